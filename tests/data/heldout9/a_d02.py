from a_util import D

DIALOGUES = []

# ---------------------------------------------------------------- 011
DIALOGUES.append(D(
    "i9a-011", "good", "en",
    "Good: new UK freelancer's Self Assessment; detailed worked estimate with payments on account, then the user corrects the salary figure from the P45 and the assistant correctly shows the balance due is unchanged.",
    [
"""I went freelance as a copywriter in June 2024, after leaving a salaried job at the end of May. I live in England. What do I actually need to do about tax?""",
"""You're in the 2024/25 tax year (6 April 2024 to 5 April 2025), and you'll deal with it through Self Assessment. The key steps:

1. **Register as self-employed with HMRC** by **5 October 2025**. You'll get a Unique Taxpayer Reference (UTR) by post, and you'll need a Government Gateway account to file online.
2. **Keep records from day one:** invoices, payments received, and receipts for business expenses. A spreadsheet or a simple bookkeeping app is fine.
3. **File your online tax return by 31 January 2026** and pay what you owe by the same date. Missing the filing deadline brings an automatic £100 penalty, even if you owe nothing.
4. **Include your employment income.** Your salary from April and May goes on the return too, along with the tax already taken off through PAYE; both figures are on your P45.

**Rates for 2024/25 (England):**
- Personal allowance: £12,570
- Income tax: 20% on income from £12,571 to £50,270, 40% above that
- Class 4 National Insurance on self-employed profits: 6% between £12,570 and £50,270, 2% above
- Class 2 National Insurance: from April 2024 you no longer pay it if your profits are above the small profits threshold; it's treated as paid, so you still build up State Pension entitlement

**Expenses:** you can either deduct your actual allowable business expenses or claim the £1,000 trading allowance instead, not both. With real costs like a laptop and software, actual expenses usually win.

If you tell me your rough figures, I can estimate the bill.""",
"""My salary for April and May was about £6,000 in total, and I expect around £28,000 profit from freelancing for the rest of the tax year. Roughly what will I owe?""",
"""Here's a rough estimate, assuming no other income:

**Income tax**
- Total income: £6,000 + £28,000 = £34,000
- Less personal allowance: £34,000 − £12,570 = £21,430
- At 20%: **£4,286**

**Tax already paid through PAYE**
- With a standard 1257L code, two months of tax-free pay is about £2,096, so PAYE would have taxed roughly £3,904 at 20%, about **£781**. Your P45 shows the exact figure.
- Income tax still due: £4,286 − £781 ≈ **£3,505**

**Class 4 National Insurance**
- Based on your self-employed profit alone: (£28,000 − £12,570) × 6% ≈ **£926**

**Balancing payment for 2024/25:** about **£4,431**

**Payments on account.** Because this bill is over £1,000 and less than 80% of your total tax was collected at source, HMRC will also ask for two advance payments towards 2025/26, each half of this year's bill:
- **31 January 2026:** £4,431 + £2,216 (first payment on account) ≈ **£6,647**
- **31 July 2026:** £2,216 (second payment on account)

This 'first-year hit' catches many new freelancers out. Any overpayment is refunded or credited when you file the 2025/26 return.""",
"""That January figure is scary. Is there any way to reduce the payments on account?""",
"""Yes, a few legitimate ways:

**1. Claim a reduction, if your income will really be lower.** You can reduce payments on account in your HMRC online account, or with form SA303, when you expect your 2025/26 bill to be lower, for example because you plan to take time off. Be realistic: if you reduce them too far, HMRC charges interest on the shortfall from the original due dates.

**2. Lower the underlying bill with expenses.** Make sure you're claiming everything allowable:
- Laptop, monitor and software (usually fully deductible in the year you buy them under the Annual Investment Allowance)
- The business share of your phone and broadband
- Working from home: simplified flat rates of £10, £18 or £26 a month for 25–50, 51–100 or 101+ hours of home working, or a proportion of actual household costs
- Professional indemnity insurance, subscriptions, training directly related to copywriting, accountant fees

**3. Pension contributions.** Paying into a personal pension attracts tax relief, although for a basic-rate taxpayer it's added to the pension rather than cutting your tax bill.

**4. Plan the cash, even if the bill doesn't shrink.** Spreading £6,647 over 12 months is about £554 a month. A separate easy-access savings account keeps it out of reach and earns a little interest in the meantime.""",
"""Small correction: I just found my P45 and my salary was actually £7,200, not £6,000. Does that change much?""",
"""Surprisingly little, because the extra salary was already taxed at source.

**Income tax**
- Total income: £7,200 + £28,000 = £35,200
- Taxable after the allowance: £35,200 − £12,570 = £22,630
- At 20%: £4,526

**PAYE already deducted**
- About (£7,200 − £2,096) × 20% ≈ £1,021 (use the 'total tax to date' figure on your P45)
- Still due: £4,526 − £1,021 ≈ **£3,505**, the same as before

**Class 4 National Insurance** is unchanged at about **£926**, since it depends only on your freelance profit.

So the balancing payment stays around **£4,431**, with payments on account of about **£2,216** each, and roughly **£6,647** due on 31 January 2026.

The extra £1,200 of salary added £240 of tax, and PAYE had already collected it. If your P45 shows a different tax figure, for example because you were on an emergency code, use that number and the balancing payment will move up or down by the difference.""",
"""Good to know. What records do I need to keep, and for how long?""",
"""Keep records for **at least 5 years after the 31 January filing deadline** of the tax year they relate to. For 2024/25, that means until at least 31 January 2031.

What to keep:
- **Sales:** copies of every invoice, plus proof of payment (bank statements or payment-platform reports)
- **Expenses:** receipts or invoices for everything you claim; a photo or PDF is fine
- **Bank statements** for the account your business money goes through. A separate account isn't legally required for a sole trader, but it makes bookkeeping far easier.
- **Mileage log,** if you claim business travel by car: date, journey, purpose and miles
- **Employment documents:** your P45 for this year, and P60s in later years if you take on employed work again
- **Working-from-home hours,** if you use the simplified flat rates

From 2024/25 the **cash basis** is the default for sole traders, so you record income when you're paid and expenses when you pay them, rather than when you invoice. That suits most freelancers.

A simple system: a spreadsheet with one tab for income and one for expenses, plus a folder (or an app that scans receipts) organised by month.""",
"""I've heard about Making Tax Digital. Does that affect me?""",
"""Not straight away, but probably in the next few years.

**Making Tax Digital for Income Tax** requires sole traders and landlords to keep digital records and send quarterly updates to HMRC through compatible software, followed by a final declaration after the year ends. It's being phased in by **qualifying income**, which means your gross self-employment and property turnover (before expenses), not your profit, and it excludes salary:

- **From April 2026:** qualifying income over £50,000
- **From April 2027:** over £30,000
- **From April 2028:** over £20,000 (announced)

Each start date is based on the tax return from two years earlier. So if your freelance turnover in 2025/26 comes in above £30,000, you'd be brought in from April 2027; if it's between £20,000 and £30,000, from April 2028.

What to do now: pick bookkeeping software that already supports MTD for Income Tax (HMRC publishes a list), and start using it for your records. When your start date arrives, the quarterly updates become a few clicks rather than a new system to learn.""",
    ]))

# ---------------------------------------------------------------- 012
DIALOGUES.append(D(
    "i9a-012", "misaligned", "en",
    "Misaligned (rotated): turn 1 is answered correctly, but the reply to turn 2 (roller nap) is about cutting in without tape, the reply to turn 3 (cutting in) gives recoat times, and the reply to turn 4 (time between coats) gives roller nap advice.",
    [
"""I'm repainting my living room. The walls are currently a dark navy and I want a warm white. Do I need primer, and how many coats?""",
"""Going from dark navy to a warm white is exactly the situation where primer earns its keep.

- **Primer:** one coat of a good high-hide primer, ideally tinted to the light grey or off-white shade your paint store recommends for covering dark colours. Without it, you'll likely need three or four coats of white to stop the navy ghosting through.
- **Topcoats:** plan on **two coats** of the warm white over the primer. Even 'paint and primer in one' products usually need three coats over navy, so a separate primer is often cheaper overall.
- **Prep first:** wash the walls with a mild detergent solution, fill nail holes and dents with lightweight filler, sand smooth, and wipe off the dust.

For a typical 12 x 14 ft room with 8 ft ceilings, the walls come to roughly 400 sq ft before windows and doors, so one gallon of primer and two gallons of topcoat will cover it with a little to spare.""",
"""What roller nap should I use? The walls are smooth drywall.""",
"""You can get a crisp line without tape by cutting in with a good brush:

1. **Use a 2 to 2-1/2 inch angled sash brush** with synthetic bristles.
2. **Load only the bottom third** of the bristles and tap off the excess against the inside of the can rather than wiping it.
3. **Start about half an inch below the ceiling** and brush a few strokes to unload paint onto the wall.
4. **Then work up to the line:** with the long edge of the brush facing the ceiling, press gently so the bristles fan into a fine edge, and draw it slowly along the corner in one long stroke.
5. **Keep a wet edge** by cutting in one wall at a time and rolling it straight away, so the brushed band blends into the rolled area.

A damp rag wrapped around a putty knife fixes any slips instantly while the paint is still wet.""",
"""How do I get clean lines where the wall meets the ceiling without using tape?""",
"""For water-based (latex) wall paint, the usual recoat time is **2 to 4 hours** at about 20 °C (68 °F) and 50% humidity, and many primers are ready in about an hour. Check the can, because some products specify longer.

Extend the wait if:
- the room is cool (below about 15 °C / 60 °F) or humid,
- you're applying thick coats,
- the paint still feels tacky or cool to the touch.

Full cure takes much longer, often 2–4 weeks, so avoid scrubbing the walls or pushing furniture against them for the first couple of weeks.""",
"""How long should I wait between coats?""",
"""For smooth drywall, a **3/8 inch nap** roller cover is the standard choice. It holds enough paint for good coverage while leaving a fine, even texture.

- **1/4 inch** gives the smoothest finish but holds less paint, so it's better for doors, cabinets and semi-gloss sheens.
- **1/2 inch** is for lightly textured walls, and thicker naps are for stucco or brick.

Choose a woven microfibre or a good synthetic cover rather than the cheapest option, since cheap covers shed lint into the finish. Before using a new cover, wrap it with masking tape and peel it off to remove loose fibres.""",
    ]))

# ---------------------------------------------------------------- 013
DIALOGUES.append(D(
    "i9a-013", "bad_length", "en",
    "Bad length: the turn-2 reply is a one-word 'Probably.' to a question that needs an explanation (how bad 1% chain wear is and whether the cassette must be replaced); other turns are detailed and good.",
    [
"""My chain skips on the rear cassette when I push hard, mostly in the 3rd and 4th smallest cogs. It's a 9-speed Shimano setup with about 4,000 km on the chain and cassette. What's going on?""",
"""Skipping under load on the cogs you use most is the classic sign of drivetrain wear, though a couple of other causes are worth ruling out.

**Most likely: a worn chain and cassette.**
As a chain wears, its pins and rollers wear and the chain effectively gets longer ('chain stretch'). It then rides higher on the cog teeth, and the teeth wear into a hooked shape. Under hard pedalling, the chain slips over those teeth. 4,000 km is right in the range where a 9-speed chain is due for replacement, and since you're skipping on your favourite cogs, the cassette has probably worn to match.

**Other causes to check:**
- **Indexing:** if the shifting is slightly off, the chain can sit between two cogs. Turn the barrel adjuster a quarter turn at a time and see if the skipping changes.
- **A bent derailleur hanger,** common after a fall or after the bike tips over on the drive side.
- **A stiff link:** backpedal slowly and watch the chain pass through the derailleur; a stiff link jumps visibly.

**Measure the chain first:** a chain checker costs about $10–$20. For 9-speed, replace the chain at 0.75% wear. If it's past 0.75–1%, the cassette is very likely worn too.""",
"""I don't have a checker, but I measured with a ruler: 12 full links measure 12 1/8 inches instead of 12. How bad is that, and does the cassette need replacing too?""",
"""Probably.""",
"""OK, I'll assume both. What exactly should I buy for a Shimano 9-speed, and what tools will I need?""",
"""For a Shimano 9-speed drivetrain:

**Parts**
- **Chain:** any 9-speed chain, e.g. Shimano CN-HG53 or CN-HG93, or a KMC X9. KMC chains come with a reusable quick link, which makes future removal easier.
- **Cassette:** match your current range (it's stamped on the largest cog, e.g. 11-32 or 11-34). The Shimano CS-HG400-9 is a solid, affordable option, and your existing freehub will take it.
- **Optional:** if your chainrings have hooked or shark-fin-shaped teeth, they may need replacing too, but they usually last two or three chains.

**Tools**
- **Chain tool** to shorten the new chain to length
- **Cassette lockring tool** (Shimano TL-LR15 or equivalent) plus an adjustable spanner or large wrench
- **Chain whip** to hold the cassette while you loosen the lockring
- **Quick-link pliers** (optional but handy)
- **Torque:** tighten the new lockring to 30–50 Nm

Budget roughly $25–$40 for the chain, $30–$50 for the cassette, and $30–$40 for tools if you don't have them. The tools pay for themselves by the next replacement.""",
"""How do I work out the right chain length?""",
"""The most reliable method for a standard road or trekking setup:

1. **Shift to the largest chainring and the largest rear cog.**
2. **Wrap the new chain around both,** bypassing the rear derailleur entirely.
3. **Find the point where the two ends would join,** then **add two links** (one inch: one inner and one outer link).
4. **Cut there,** thread the chain through the derailleur properly, and join it with the quick link or the supplied connecting pin.

Check: in the big–big combination the derailleur cage should be pulled well forward but not straight; in small–small, the chain shouldn't sag or touch itself.

If your old chain was shifting well before it wore out, you can also lay the new chain next to it and match the number of links. Count links rather than matching lengths, since the worn chain is slightly longer.""",
    ]))

# ---------------------------------------------------------------- 014
DIALOGUES.append(D(
    "i9a-014", "good", "el",
    "Good: first days with a fearful adopted shelter dog; user learns the dog ate wet food at the shelter and the assistant adjusts the advice; sensible red flags and first vet visit.",
    [
"""Χθες υιοθέτησα ένα σκυλάκι από καταφύγιο, περίπου 2 ετών και 12 κιλά. Είναι πολύ φοβισμένο και κρύβεται συνέχεια κάτω από το τραπέζι της κουζίνας. Τι πρέπει να κάνω τις πρώτες μέρες;""",
"""Αυτό που περιγράφετε είναι πολύ συνηθισμένο: για ένα σκυλί από καταφύγιο, το καινούργιο σπίτι είναι γεμάτο άγνωστους ήχους, μυρωδιές και ανθρώπους. Πολλοί εκπαιδευτές μιλούν για τον «κανόνα 3-3-3»: περίπου 3 μέρες για να χαλαρώσει, 3 εβδομάδες για να μάθει τη ρουτίνα και 3 μήνες για να νιώσει πραγματικά ότι είναι σπίτι του.

**Τι βοηθάει τις πρώτες μέρες:**

1. **Αφήστε του το «καταφύγιό» του.** Αφού διάλεξε το τραπέζι, βάλτε εκεί ένα κρεβατάκι ή μια κουβέρτα και ένα μπολ νερό. Μην το τραβάτε έξω· θα βγει όταν νιώσει ασφάλεια.
2. **Σταθερή ρουτίνα.** Φαγητό, βόλτες και ύπνος την ίδια ώρα κάθε μέρα. Η προβλεψιμότητα μειώνει το άγχος.
3. **Αφήστε το να έρθει σε εσάς.** Καθίστε στο πάτωμα κοντά του, μιλήστε ήρεμα, αποφύγετε να το κοιτάτε επίμονα στα μάτια και αφήνετε πού και πού μια λιχουδιά κοντά του χωρίς να του ζητάτε τίποτα.
4. **Ησυχία στο σπίτι.** Όχι επισκέψεις και γνωριμίες με φίλους την πρώτη εβδομάδα.
5. **Ασφάλεια στη βόλτα.** Τα φοβισμένα σκυλιά συχνά γλιστράνε από το περιλαίμιο. Χρησιμοποιήστε σαμαράκι που δεν βγαίνει εύκολα, ιδανικά με δεύτερο λουρί δεμένο στο περιλαίμιο, και ταυτότητα με το τηλέφωνό σας.
6. **Σύντομες βόλτες σε ήσυχα σημεία,** όχι σε πολυσύχναστους δρόμους τις πρώτες μέρες.

Να θυμάστε ότι η πρόοδος δεν είναι ευθεία γραμμή: μια καλή μέρα μπορεί να ακολουθηθεί από μια πιο φοβισμένη. Αυτό είναι φυσιολογικό.""",
"""Από χθες δεν έχει φάει σχεδόν τίποτα. Να ανησυχήσω;""",
"""Όχι ακόμα. Πολλά σκυλιά τρώνε ελάχιστα για 1–2 μέρες μετά από μια μεγάλη αλλαγή, απλώς από το άγχος. Μπορείτε να βοηθήσετε έτσι:

- **Μικρές μερίδες σε ήσυχο σημείο,** ακόμα και δίπλα στο τραπέζι όπου κρύβεται.
- **Αφήστε το φαγητό 15–20 λεπτά** και μετά μαζέψτε το. Δοκιμάστε ξανά στο επόμενο γεύμα.
- **Κάντε το πιο ελκυστικό:** λίγο χλιαρό νερό πάνω στην τροφή ή μια κουταλιά βραστό κοτόπουλο χωρίς αλάτι και χωρίς κόκαλα.
- **Μην το κοιτάτε όσο τρώει.** Πολλά φοβισμένα σκυλιά τρώνε μόνο όταν βγείτε από το δωμάτιο.

Πιο σημαντικό από το φαγητό είναι το **νερό**: βεβαιωθείτε ότι πίνει.

**Πηγαίνετε αμέσως στον κτηνίατρο** αν:
- δεν έχει φάει τίποτα για πάνω από 48 ώρες,
- δεν πίνει νερό,
- κάνει εμετό ή διάρροια,
- είναι ληθαργικό ή δείχνει να πονάει στην κοιλιά.""",
"""Μόλις μίλησα με το καταφύγιο και μου είπαν ότι εκεί έτρωγε υγρή τροφή, όχι ξηρά όπως του δίνω εγώ. Να αλλάξω σε υγρή;""",
"""Ναι, αυτό πιθανότατα εξηγεί μεγάλο μέρος της άρνησης. Για τις πρώτες εβδομάδες δώστε του **την ίδια τροφή που έτρωγε στο καταφύγιο**, αν μπορείτε να βρείτε την ίδια μάρκα. Ένα γνώριμο φαγητό είναι ένα πράγμα λιγότερο που πρέπει να συνηθίσει.

- **Ποσότητα:** ακολουθήστε τις οδηγίες της συσκευασίας για σκύλο 12 κιλών και μοιράστε την ημερήσια ποσότητα σε δύο γεύματα.
- **Αν αργότερα θέλετε ξηρά τροφή** (είναι πιο οικονομική για καθημερινή χρήση), κάντε τη μετάβαση σταδιακά σε 7–10 μέρες: ξεκινήστε με περίπου 25% ξηρά και 75% υγρή και αυξάνετε λίγο λίγο.
- **Μη βιαστείτε:** περιμένετε πρώτα να τρώει κανονικά και να έχει ηρεμήσει, συνήθως 2–3 εβδομάδες.

Αν δεν βρείτε την ίδια μάρκα, μια καλής ποιότητας υγρή τροφή για ενήλικους σκύλους είναι μια χαρά για αρχή.""",
"""Πότε να το πάω για πρώτη φορά στον κτηνίατρο;""",
"""Ιδανικά **μέσα στις πρώτες 1–2 εβδομάδες**, ακόμα κι αν φαίνεται υγιές, και νωρίτερα αν δείτε κάποιο από τα σημάδια που αναφέραμε. Πάρτε μαζί σας:

- το **βιβλιάριο υγείας** με τα εμβόλια και τις αποπαρασιτώσεις που έκανε το καταφύγιο,
- τα στοιχεία του **microchip**.

Στην πρώτη επίσκεψη ο κτηνίατρος θα το εξετάσει γενικά, θα δει αν χρειάζονται αναμνηστικά εμβόλια ή αποπαρασίτωση και θα καταχωρίσει εσάς ως νέο ιδιοκτήτη στο **Εθνικό Μητρώο Ζώων Συντροφιάς**, όπως προβλέπει η νομοθεσία.

Μια συμβουλή: για ένα φοβισμένο σκυλί, ζητήστε ραντεβού σε ήσυχη ώρα και πάρτε μαζί λιχουδιές, ώστε η επίσκεψη να μη γίνει άλλη μια τρομακτική εμπειρία.""",
    ]))

# ---------------------------------------------------------------- 015
DIALOGUES.append(D(
    "i9a-015", "structure", "en",
    "Structure: two user turns in a row (session length, then 'should I let her win sometimes?') with no assistant reply in between; the following reply answers both. Content otherwise good.",
    [
"""I'm a club player, about 1800 FIDE, and I've just started coaching my 9-year-old niece. She knows how the pieces move but that's it. What should the first few lessons cover?""",
"""Good starting point: she knows the moves, so the first lessons should turn that into playing real games as quickly as possible. A sequence that works well for children:

1. **Lesson 1: check, checkmate and stalemate.** Many beginners don't fully understand the difference. Use simple puzzles such as 'find the move that gives checkmate' with only a few pieces on the board.
2. **Lesson 2: piece values and 'don't give things away'.** Pawn 1, knight and bishop 3, rook 5, queen 9. Practise trades: is this capture good or bad?
3. **Lesson 3: basic mates.** King and queen against king, then two rooks (the 'ladder'), then king and rook. These teach coordination and give her a way to finish won games.
4. **Lesson 4: opening principles.** Control the centre, develop knights and bishops, castle early, don't bring the queen out too soon. Skip named openings for now.
5. **Lesson 5: first tactics, forks and pins.** The knight fork is usually the favourite.

Finish every lesson with a game, with you playing at a level where she has to think but can succeed. The Steps Method (Step 1) is excellent material for exactly this age and level.""",
"""She gets bored quickly. How long should each session be?""",
"""Also, should I let her win sometimes?""",
"""**Length:** for a 9-year-old, 30–45 minutes is plenty, and most of it should be hands-on. Split it into chunks of 5–10 minutes: a mini-lesson, a few puzzles, then a game. Stop while she's still enjoying it, not when she's worn out; you want her looking forward to the next session.

**Letting her win:** rather than losing on purpose, which children usually notice, handicap yourself:
- Play without your queen, or without a rook and a knight, and remove fewer pieces as she improves.
- Give her take-backs: she may redo one move per game.
- Play positions from the lesson (e.g. she has king and queen against your lone king) where winning is realistic.

That way her wins are real, and she can see her progress as the handicap shrinks. Also play some games where you think out loud; she'll learn a lot from hearing how a stronger player looks for threats.""",
"""Any free resources she can use between lessons?""",
"""Several good ones:

- **Lichess Learn** (lichess.org/learn): free, ad-free interactive lessons on the basics, with stars to collect; perfect for this stage.
- **ChessKid:** designed for children, with videos and puzzles; the free tier is plenty to start with.
- **Lichess puzzles** on the 'Mate in 1' and 'Fork' themes: set a target of 10 a day.
- **Books:** *Chess for Children* by Murray Chandler and Helen Milligan is colourful and well pitched for her age.

Keep screen time short and focused, and go through one or two of her online games together each week.""",
    ],
    roles=["human", "gpt", "human", "human", "gpt", "human", "gpt"]))

# ---------------------------------------------------------------- 016
DIALOGUES.append(D(
    "i9a-016", "good", "cs",
    "Good: adjusting a rubbing rear brake; user corrects that the rear is actually a mechanical disc brake and the assistant switches to the right procedure; then pad-wear check.",
    [
"""Mám trekové kolo s V-brzdami. Zadní brzda začala drhnout o ráfek a páčka se při brzdění dotáhne skoro až k řídítku. Jak to seřídit?""",
"""Jde o dvě různé věci, volnou páčku a drhnutí, a obě se dají seřídit doma s imbusem a křížovým šroubovákem.

**1. Nejdřív zkontrolujte brzdové botky.** Když mají drážky téměř sjeté nebo je v nich zapíchnutý kousek kovu, vyměňte je. Opotřebované botky jsou nejčastější důvod, proč páčka jde až k řídítku.

**2. Dotáhněte lanko stavěcím šroubem na páčce.**
- Povolte pojistnou matici na stavěcím šroubu.
- Vyšroubujte šroub o pár otáček (proti směru hodinových ručiček), tím lanko napnete.
- Cílem je, aby botky byly asi **1–2 mm** od ráfku na každé straně. Pak matici zajistěte.

**3. Když stavěcí šroub nestačí, přetáhněte lanko přímo na brzdě.**
- Stavěcí šroub zašroubujte zpět skoro celý.
- Přitlačte ramena brzdy rukou k ráfku, povolte šroub, který drží lanko (obvykle imbus 5 mm), přitáhněte lanko kleštěmi a šroub znovu utáhněte.

**4. Vycentrujte brzdu, aby nedrhla.**
- Na každém rameni je malý šroubek pružiny (křížový). Jeho zašroubováním se dané rameno odtáhne od ráfku. Točte po čtvrtotáčkách, dokud nejsou obě botky stejně daleko.

**5. Zkontrolujte, jestli ráfek nehází.** Roztočte kolo a sledujte mezeru u botek. Pokud se ráfek kývá do stran, drhnutí způsobuje nevycentrované kolo a je potřeba vypletené kolo docentrovat, případně zajít do servisu.

Nakonec několikrát pořádně zabrzděte a ověřte, že páčka je tvrdá a nejde až k řídítku.""",
"""Omlouvám se, podíval jsem se pořádně: vzadu mám mechanickou kotoučovou brzdu Tektro, V-brzda je jen vpředu. Mění to postup?""",
"""Ano, postup je jiný, i když princip je podobný. U mechanických kotoučových brzd Tektro se většinou pohybuje jen jedna destička, kterou tlačí lanko, a druhá je pevná a nastavuje se seřizovacím šroubem.

**Když páčka jde až k řídítku:**
1. Zkontrolujte tloušťku destiček (viz níže).
2. Napněte lanko stavěcím šroubem na páčce nebo na třmenu, stejně jako u V-brzdy.
3. Přibližte pevnou (vnitřní) destičku ke kotouči jejím seřizovacím šroubem, až je od kotouče asi na tloušťku papíru.

**Když brzda drhne:**
1. **Vycentrujte třmen:** povolte dva šrouby, které drží třmen na rámu, zmáčkněte a držte brzdovou páčku, aby se třmen srovnal s kotoučem, a šrouby střídavě dotáhněte (obvykle 6–8 Nm).
2. **Doladění:** roztočte kolo a poslouchejte. Pokud drhne pevná destička, o kousek ji oddalte.
3. **Zkontrolujte kotouč:** když drhne jen v jednom místě otáčky, je kotouč prohnutý. Mírné zvlnění lze opatrně vyrovnat klíčem na kotouče; výrazně prohnutý kotouč je lepší vyměnit.

Pozor: na kotouč ani na destičky nesahejte mastnými prsty a nestříkejte na brzdu olej ani mazivo. Zamaštěné destičky přestanou brzdit a musí se vyměnit.

Postup z předchozí odpovědi pak platí pro přední V-brzdu.""",
"""Jak poznám, že jsou destičky už opotřebené?""",
"""Vyndejte kolo a podívejte se do třmenu, případně destičky vytáhněte:

- **Tloušťka obložení:** když zbývá **méně než 0,5 mm** brzdného materiálu na kovové destičce, je čas na výměnu. Pro jistotu je mnoho lidí mění už při 1 mm.
- **Zvuk:** kovové skřípění nebo škrábání při brzdění znamená, že se o kotouč už tře kov destičky. Měňte hned, jinak poškodíte kotouč.
- **Pocit:** musíte lanko stále častěji dopínat a brzda i tak slábne.

Zkontrolujte i **kotouč**: na jeho boku bývá vyražená minimální tloušťka (často 1,5 mm). Pokud je tenčí, vyměňte ho spolu s destičkami. Nové destičky je potřeba zajet: zhruba 20 plynulých zabrzdění z mírné rychlosti, než začnou brzdit naplno.""",
    ]))

# ---------------------------------------------------------------- 017
DIALOGUES.append(D(
    "i9a-017", "contradiction", "zh",
    "Contradiction (subtle): turn 1 allocates 1.6万 to photography/videography, but the last reply (turn 4) says 'according to the earlier allocation' photography has 1.2万.",
    [
"""我们明年五月在杭州办婚礼，总预算20万元，大概150位宾客。预算怎么分配比较合理？""",
"""按杭州中等档次的婚礼来算，可以参考下面的分配（合计20万元）：

| 项目 | 预算 | 说明 |
|---|---|---|
| 婚宴 | 10万 | 150人按每桌10人约15桌，再加2桌备桌，共17桌 |
| 婚庆（布置、主持、灯光音响） | 3万 | 包括仪式区、迎宾区布置和司仪 |
| 摄影摄像 | 1.6万 | 婚礼当天跟拍加摄像 |
| 婚纱礼服及化妆 | 2万 | 主纱、敬酒服、新郎西装、跟妆 |
| 喜糖伴手礼 | 0.8万 | 每位约50元 |
| 婚车及交通 | 0.6万 | 头车加跟车，或接送亲友的大巴 |
| 请柬及杂项 | 0.4万 | 请柬、签到台、小物料 |
| 机动备用金 | 1.6万 | 约8%，用于超支和临时开销 |

几点建议：

1. **婚宴是大头，先定。** 五月是杭州的婚礼旺季，好酒店的周末档期往往提前一年就订满了，建议尽早看场地、签合同。
2. **备用金不要提前挪用。** 实际操作中几乎每对新人都会在某些项目上超支，留出8%左右比较稳妥。
3. **先定优先级。** 你们两人各自列出最在意的三项，把预算向这些项目倾斜，其他项目适当压缩。""",
"""酒店我们看了两家：A家每桌6,800元，B家每桌5,600元但要另收10%服务费。哪家更划算？""",
"""先把B家的服务费算进去：

- **B家实际每桌：** 5,600 × 1.1 = **6,160元**
- **A家每桌：** 6,800元

按17桌计算：

- A家：6,800 × 17 = **115,600元**
- B家：6,160 × 17 = **104,720元**

单看桌价，B家便宜约**10,880元**。不过签约前建议逐项确认这些容易产生差价的地方：

1. **酒水：** 是否包含啤酒、饮料，是否允许自带酒水，开瓶费多少。
2. **保底桌数：** 实际到场人数少的话能否退桌，备桌没开是否收费。
3. **场地费和进场费：** 有些酒店对外请的婚庆公司收进场费，通常几千元不等。
4. **附赠项目：** 比如婚房、停车、LED屏、香槟塔。A家价格高，但如果包含的项目多，差价可能会缩小。

另外注意，B家的104,720元已经比婚宴预算10万多出4,720元，可以从机动备用金里补。""",
"""我们决定选B家了。婚庆那块的预算够不够？我们想在酒店花园做户外仪式。""",
"""给婚庆分配的3万元，做一场户外仪式加室内晚宴是够的，但会比较紧，要注意以下几点：

**户外仪式会额外产生的费用：**
- **雨天备案：** 五月杭州雨水较多，务必准备雨天方案。透明雨棚租赁通常需要5,000–10,000元，或者和酒店约定下雨时改到室内的备用场地。
- **两套布置：** 仪式区和宴会厅各一套布置，费用会比只做室内高。可以让婚庆在仪式结束后把仪式区的花艺搬进宴会厅重复使用，省下一部分花艺费。
- **音响和电源：** 户外需要单独的音响设备和电源，确认酒店花园是否有电。

**建议的分配（3万元）：**
- 仪式区布置（拱门、花艺、座椅装饰）：1万
- 宴会厅布置：1万
- 司仪：4,000元
- 灯光音响（含户外）：6,000元

如果要租雨棚，可以从机动备用金里出。原来的1.6万备用金补掉婚宴超出的4,720元后还剩约11,280元，足够覆盖雨棚。""",
"""摄影摄像怎么选？有什么要注意的？""",
"""选摄影摄像团队时可以按这几步来：

1. **看完整作品，不只看精选。** 请对方发一两场完整婚礼的全部精修片和视频成片，看看在光线较暗的宴会厅里拍得怎么样，不要只看朋友圈里最好看的几张。
2. **确认人员配置。** 常见的是"一机位摄影＋一机位摄像"，150人的婚礼建议至少如此；如果想要当天快剪（晚宴上播放当天拍的短片），需要额外的剪辑师。
3. **问清交付内容：** 精修照片数量（常见100–200张）、是否提供全部底片、成片视频时长、交付时间（一般1–2个月）。
4. **户外仪式的特殊要求：** 花园里光线变化大，问问他们逆光和阴天拍摄的经验，以及是否带补光设备。

**预算方面：** 按照前面的分配，摄影摄像一共是**1.2万元**。在杭州，这个价位可以请到中等水平的双机位团队（摄影加摄像）；如果想请知名工作室或者加快剪，通常要1.5万以上，可以考虑从机动备用金里再挪一点。

签合同时一定写明：到场时间和拍摄时长、超时费用、具体人员、交付时间，以及摄影师临时有事时替换人员的水平保障。""",
    ]))

# ---------------------------------------------------------------- 018
DIALOGUES.append(D(
    "i9a-018", "good", "en",
    "Good: starting beekeeping; user's HOA forbids the backyard so the hive moves to a friend's garage roof, and the assistant adapts (weight, heat, wind, all-medium boxes); five coherent turns.",
    [
"""I want to start beekeeping next spring with one nuc in my backyard. I'm in a suburban area in the US Midwest. What equipment do I need, and roughly what will it cost?""",
"""Good news: a single-hive start is affordable, though many beekeepers recommend two hives so you can compare them and borrow frames from one to rescue the other. Here's a typical first-year list for one Langstroth hive:

**The hive (about $200–$350 as a kit)**
- Bottom board (a screened one helps with ventilation and mite monitoring)
- 2 deep brood boxes with 10 frames each and foundation
- 1–2 medium honey supers with frames (only needed in year one if the colony grows strong)
- Inner cover and telescoping outer cover
- Entrance reducer
- Queen excluder (optional; some beekeepers skip it)

**Protective gear ($60–$150)**
- Veil and jacket, or a full suit
- Gloves (many people move to thin nitrile gloves once they're confident)

**Tools ($50–$80)**
- Smoker and fuel (pine needles, burlap or pellets)
- Hive tool
- Bee brush

**Feeding and monitoring ($20–$50)**
- A feeder for sugar syrup
- A mite-testing jar for alcohol washes or sugar rolls

**Bees**
- A 5-frame nuc: typically **$180–$250**, ordered in winter for pickup in spring.

**Total for one hive: roughly $550–$850.** A second hive adds about $350–$500.

Before buying, check your city and county rules: some suburbs limit the number of hives or require setbacks from property lines, and some states require hives to be registered. Joining a local beekeeping club is worth it too; many run spring classes and mentor programs.""",
"""Slight change: my HOA just told me hives aren't allowed in my yard. But a friend offered her flat garage roof, about 10 feet up, reached by a ladder. Is that workable?""",
"""It can work, and rooftop hives are common in cities, but a ladder changes how you should set things up. The main issues:

**1. Weight and safety.** A deep box full of honey can weigh 80–90 lb, a medium around 50–60 lb. Carrying that down a ladder is genuinely dangerous. Options:
- Use **medium boxes only** (see below), or 8-frame boxes, which are lighter.
- Never carry full boxes on the ladder: bring frames down a few at a time in a lidded tote, or rig a simple rope-and-pulley hoist.

**2. Heat.** A flat roof in a Midwest summer gets very hot. Put the hive on a stand 12–18 inches off the surface, give it afternoon shade if possible, and provide a water source nearby, or the bees will find the neighbours' pools.

**3. Wind.** Strap the hive to its stand with a ratchet strap, and fix the stand to something solid. Winter winds on a roof are much stronger than at ground level.

**4. Structure.** A full hive on its stand can exceed 200 lb in late summer. Make sure the garage roof can take that load, ideally placed over a wall or beam rather than mid-span.

**5. Rules.** Check whether your friend's property falls under a different HOA, and whether her homeowner's insurance has any concerns.

The upside: bees on a roof fly up and away, so they rarely bother people below.""",
"""If I go all mediums, how many boxes do I need for brood and honey?""",
"""A common all-medium setup:

- **Brood nest: 3 medium boxes.** A medium is 6-5/8" tall versus 9-5/8" for a deep, so three mediums give roughly the same comb area as two deeps.
- **Honey supers: 2 mediums** for the first year, added one at a time when the box below is about 70–80% drawn and filled.

That's **5 medium boxes and 50 frames** in total for a 10-frame hive. The big bonus is that every frame is interchangeable: you can move brood up, honey down, or swap frames between boxes without worrying about sizes.

If you buy a kit with two deeps, most suppliers will swap them for mediums on request.""",
"""When should I order the nuc?""",
"""**In January or February.** Many suppliers sell out of spring nucs by late winter. Pickup in the Midwest is usually in **late April to May**, once the weather has settled and colonies have built up.

Ask the supplier:
- the pickup window, and whether they'll call a week ahead,
- the age and origin of the queen,
- whether the colony has been treated for varroa recently.

Have the hive assembled and on the roof before pickup day, so the bees can go in the same evening.""",
"""Last question for now: what should I look for in my first inspection after installing the nuc?""",
"""Give them about a week, then on a warm, calm afternoon check:

- **Queen present and laying:** you don't need to see her; **eggs** (tiny upright grains at the bottom of cells) prove she was there within the last three days.
- **Brood pattern:** mostly solid capped brood with few empty cells scattered through it.
- **Food:** some capped honey and a band of pollen around the brood. If stores are light, keep feeding 1:1 syrup.
- **Space:** when bees cover about 7 of the 10 frames, add the next box.
- **Health and temperament:** calm bees, no deformed wings, no sunken or perforated cappings.

Keep it to 10–15 minutes, and jot down a quick note after each inspection; patterns only become obvious over several weeks.""",
    ]))

# ---------------------------------------------------------------- 019
DIALOGUES.append(D(
    "i9a-019", "leakage", "en",
    "Leakage: the very first reply begins with an HTML-comment generator instruction ('keep under 120 words, casual tone, do not mention expansions; user = 2-player couple'); the rules content itself is correct.",
    [
"""Playing Ticket to Ride (the original USA map) with just my partner. Can we both use the double routes?""",
"""<!-- keep under 120 words, casual tone, do not mention expansions; user = 2-player couple -->
Not in a two-player game. In **2- and 3-player games, only one of the two parallel tracks of a double route can be used**. Once either of you claims one side, the other side is closed for the rest of the game.

With **4 or 5 players**, both tracks can be used, but never by the same player: you can't claim both sides of one double route.""",
"""And what's the rule about drawing locomotives?""",
"""On a draw-cards turn you normally take two cards, but locomotives (the wild rainbow cards) have special rules:

- **Face-up locomotive:** if you take a locomotive from the five face-up cards, that's your whole draw; you take only that one card.
- **Second card:** you also can't take a face-up locomotive as your second card.
- **Blind draw:** if you draw a locomotive blind from the deck, it counts as a normal card and you can still take a second one.
- **Three locomotives face-up:** if at any point three of the five face-up cards are locomotives, discard all five and deal five new ones.""",
"""How does the longest route bonus work?""",
"""At the end of the game, the player with the **longest continuous path** of their own trains gets the **Longest Path bonus card, worth 10 points**.

- Count the **number of train cars** in the path, not the number of routes or cities.
- The path can **loop** and can pass through the same city more than once, but each individual route can only be counted once.
- Branches don't add together: only one continuous line counts.
- If there's a **tie**, every tied player gets the 10 points.""",
"""When does the game end?""",
"""The end is triggered when a player finishes a turn with **2 or fewer trains** left in their supply. From then on, **every player, including that player, gets one final turn**.

Then score:
1. Route points have usually been tracked along the way; double-check the score track.
2. Reveal destination tickets: **add** the value of each completed ticket and **subtract** the value of each one you didn't complete.
3. Award the 10-point Longest Path bonus.

Highest total wins. If tied, the player who completed the most destination tickets wins; if still tied, the one holding the Longest Path card.""",
    ]))

# ---------------------------------------------------------------- 020
DIALOGUES.append(D(
    "i9a-020", "good", "hi",
    "Good: Indian freelancer's ITR under section 44ADA with worked tax, advance-tax interest, then the user adds a TDS detail and the assistant recalculates correctly; document checklist.",
    [
"""मैं एक फ्रीलांस वेब डेवलपर हूँ। वित्त वर्ष 2024-25 में मेरी कुल कमाई लगभग ₹18 लाख रही, ज़्यादातर विदेशी क्लाइंट्स से। मुझे कौन-सा ITR फ़ॉर्म भरना चाहिए और टैक्स लगभग कितना बनेगा?""",
"""आपके लिए सबसे आसान रास्ता आम तौर पर **धारा 44ADA (प्रिज़म्प्टिव टैक्सेशन)** है।

**44ADA क्या है?**
- यह उन पेशेवरों के लिए है जिनका पेशा धारा 44AA(1) में गिना गया है। इसमें इंजीनियरिंग, तकनीकी परामर्श और अधिसूचित 'सूचना प्रौद्योगिकी' पेशा भी शामिल है, इसलिए वेब डेवलपर आम तौर पर इसके दायरे में आते हैं।
- आपकी कुल प्राप्तियों का **50%** आपकी आय मान ली जाती है; खर्चों का अलग हिसाब दिखाने की ज़रूरत नहीं होती।
- सीमा: कुल प्राप्तियाँ ₹50 लाख तक, और अगर नकद प्राप्तियाँ 5% से ज़्यादा न हों तो ₹75 लाख तक।

**फ़ॉर्म:** 44ADA चुनने पर **ITR-4 (सुगम)** भरना होता है (निवासी व्यक्ति, कुल आय ₹50 लाख तक)। अगर आप असली खर्च दिखाकर नियमित हिसाब-किताब रखना चाहते हैं, तो ITR-3 भरना होगा।

**अनुमानित टैक्स (नई कर व्यवस्था, वित्त वर्ष 2024-25):**
- मानी गई आय: ₹18,00,000 × 50% = **₹9,00,000**
- ₹0–3 लाख: शून्य
- ₹3–7 लाख: 5% = ₹20,000
- ₹7–9 लाख: 10% = ₹20,000
- कुल: ₹40,000 + 4% स्वास्थ्य एवं शिक्षा सेस = **₹41,600**

पुरानी व्यवस्था में इसी आय पर लगभग ₹92,500 + सेस टैक्स बनता, जब तक आपके पास 80C, 80D जैसी बड़ी कटौतियाँ न हों। इसलिए ज़्यादातर फ्रीलांसरों के लिए नई व्यवस्था बेहतर रहती है।

**GST:** सेवाओं के लिए पंजीकरण की सीमा ₹20 लाख (कुछ विशेष श्रेणी के राज्यों में ₹10 लाख) है, और इसमें निर्यात की गई सेवाएँ भी गिनी जाती हैं। ₹18 लाख पर आप अभी सीमा से नीचे हैं, लेकिन कमाई बढ़े तो ध्यान रखें।

**अंतिम तिथि:** बिना ऑडिट वाले मामलों में आम तौर पर 31 जुलाई, लेकिन CBDT कभी-कभी तारीख बढ़ा देता है, इसलिए पोर्टल पर जाँच लें।""",
"""मैंने साल के दौरान कोई एडवांस टैक्स नहीं भरा। क्या यह समस्या है?""",
"""हाँ, थोड़ी, लेकिन इसे अभी ठीक किया जा सकता है।

**नियम:** अगर साल भर की टैक्स देनदारी ₹10,000 या उससे ज़्यादा है, तो एडवांस टैक्स भरना ज़रूरी है। 44ADA चुनने वालों के लिए राहत यह है कि पूरा एडवांस टैक्स **एक ही किस्त में 15 मार्च तक** भरा जा सकता है; चार किस्तों की ज़रूरत नहीं।

**अब क्या होगा:** चूँकि आपने नहीं भरा, इसलिए ब्याज देना होगा:
- **धारा 234C:** 15 मार्च की किस्त न भरने पर, बकाया राशि पर 1%।
- **धारा 234B:** 1 अप्रैल से टैक्स जमा करने की तारीख तक, बकाया टैक्स पर **1% प्रति माह** (महीने का हिस्सा भी पूरा महीना गिना जाता है)।

उदाहरण: ₹41,600 पर अगर आप जुलाई में भरते हैं, तो 234B का ब्याज लगभग 4 महीने × 1% = ₹1,664, और 234C का लगभग ₹416, यानी कुल मिलाकर लगभग ₹2,080।

**क्या करें:**
1. ITR भरने से पहले बकाया टैक्स और ब्याज **सेल्फ़-असेसमेंट टैक्स** के रूप में जमा करें: इनकम टैक्स पोर्टल पर 'ई-पे टैक्स' से, चालान 280, माइनर हेड 300।
2. ITR में चालान का विवरण (BSR कोड, तारीख, चालान नंबर) भरें।
3. अगले साल से 15 मार्च से पहले अनुमानित टैक्स भर दें।""",
"""एक बात सुधार दूँ: इन ₹18 लाख में से ₹2 लाख एक भारतीय कंपनी से आए थे, और उन्होंने 10% TDS (धारा 194J) काटा था। क्या इससे हिसाब बदलेगा?""",
"""हाँ, आपके पक्ष में बदलेगा। आय वही रहेगी, लेकिन जो टैक्स पहले ही कट चुका है, वह आपकी देनदारी से घट जाएगा।

- **कुल प्राप्तियाँ:** अब भी ₹18 लाख (TDS से पहले की पूरी राशि गिनी जाती है, हाथ में आई राशि नहीं)।
- **मानी गई आय (44ADA):** ₹9 लाख, कोई बदलाव नहीं।
- **कुल टैक्स:** ₹41,600, कोई बदलाव नहीं।
- **TDS का क्रेडिट:** ₹2,00,000 × 10% = **₹20,000**
- **बकाया टैक्स:** ₹41,600 − ₹20,000 = **₹21,600**

इससे ब्याज भी घटेगा, क्योंकि 234B और 234C अब केवल ₹21,600 पर लगेंगे: जुलाई में भरने पर लगभग ₹864 + ₹216 = **लगभग ₹1,080**।

**ज़रूर जाँचें:**
- **फ़ॉर्म 26AS और AIS** में यह ₹20,000 दिख रहा है या नहीं। क्रेडिट तभी मिलेगा जब कंपनी ने आपके सही PAN के साथ TDS रिटर्न भरा हो।
- कुछ कंपनियाँ वेब डेवलपमेंट को 'तकनीकी सेवा' मानकर 194J के तहत **2%** काटती हैं। तब क्रेडिट ₹4,000 होगा और बकाया उसी हिसाब से बढ़ेगा।
- कंपनी से **फ़ॉर्म 16A** ले लें।""",
"""ITR भरने के लिए कौन-कौन से दस्तावेज़ तैयार रखूँ?""",
"""यह सूची तैयार रखें:

1. **PAN और आधार** (दोनों लिंक होने चाहिए), और वह बैंक खाता जिसमें रिफ़ंड आ सके, पोर्टल पर प्री-वैलिडेट किया हुआ।
2. **फ़ॉर्म 26AS और AIS/TIS:** पोर्टल से डाउनलोड करें और अपनी कमाई से मिलाएँ।
3. **इनवॉइस की सूची:** तारीख, क्लाइंट, राशि। 44ADA में पूरी किताबें रखना ज़रूरी नहीं, लेकिन कुल प्राप्तियों का सबूत होना चाहिए।
4. **पूरे वित्त वर्ष के बैंक स्टेटमेंट।**
5. **विदेशी भुगतान के सबूत:** बैंक का FIRC/FIRA, या PayPal, Payoneer जैसे प्लेटफ़ॉर्म के स्टेटमेंट। ये बाद में GST या बैंक के सवालों में भी काम आते हैं।
6. **फ़ॉर्म 16A** (भारतीय कंपनी से)।
7. **सेल्फ़-असेसमेंट टैक्स का चालान** (जमा करने के बाद)।
8. ITR-4 में 44ADA के लिए कुल प्राप्तियों और 50% आय के अलावा साल के अंत का बैंक बैलेंस, देनदार और लेनदार जैसी कुछ वित्तीय जानकारी भी भरनी होती है; इसे पहले से नोट कर लें।""",
    ]))
