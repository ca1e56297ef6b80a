from c_common import dlg

DIALOGUES = []

# ---------------------------------------------------------------- 006
DIALOGUES.append(dlg(
    "m12c-006", "misaligned", "en",
    "Misaligned: the replies to turns 2 and 4 are swapped; turn 2 (Colosseum capacity and shows) gets the Arch of Titus explanation, and turn 4 (the arch) gets the capacity/games answer.",
    [
        ("""Let's role-play. You're Marco, a licensed tour guide in Rome, and I'm a tourist on your morning walking tour. We're standing outside the Colosseum. Go ahead and start the tour!""",
         """*Marco raises a small green umbrella so the group can find him.*

Buongiorno a tutti, good morning everyone! Come a little closer, out of the way of the horse carriages. I'm Marco, I was born in Trastevere, and for the next three hours I'll be your guide through the heart of ancient Rome.

Behind me is the Flavian Amphitheatre, which everybody today calls the Colosseum. The name probably comes from the Colossus, a giant bronze statue of Nero that stood right there, where you see that patch of grass. The emperor Vespasian started building the amphitheatre around AD 70 on the site of Nero's private lake, a very clever political move: he gave the land Nero had taken for himself back to the people, as entertainment.

We'll go inside in a moment, then walk along the Via Sacra into the Roman Forum and finish on the Palatine Hill. Please drink water, it's going to be warm, and the fountains with the little spouts, the *nasoni*, are free and perfectly safe. Any questions before we start?"""),
        ("""How many people could the Colosseum hold, and what kind of shows did they actually watch here?""",
         """*Marco stops beneath a tall single-bay arch of white marble and points up.*

This is the Arch of Titus, the oldest surviving triumphal arch in Rome. It was put up shortly after AD 81 by the emperor Domitian to honour his brother Titus, who had just died and been declared a god. Look at the inscription at the top: "SENATUS POPULUSQUE ROMANUS", the Senate and People of Rome, dedicate this to the divine Titus.

Now step inside the passage and look at the two big relief panels. On the left, Roman soldiers carry the spoils from the Temple of Jerusalem, which Titus captured in AD 70: you can clearly see the great seven-branched menorah and the silver trumpets. On the right, Titus rides in his triumphal chariot, crowned by the goddess Victory. In the ceiling, an eagle carries him up to heaven.

This arch had a long afterlife. For centuries it was built into a medieval fortress of the Frangipane family, and it was restored in the 1820s by Giuseppe Valadier, which is why the middle part is original marble and the sides are travertine. And the menorah relief became so well known that it inspired the emblem of the State of Israel."""),
        ("""Why is a whole part of the outer wall missing on one side?""",
         """Good eye! The outer ring survives complete only on the north side, the one facing the Esquiline Hill. The southern part came down for two main reasons.

First, **earthquakes**. The Colosseum is built partly on the soft, marshy ground of Nero's old lake, while the north side stands on firmer soil. A big earthquake in 1349 brought down much of the southern outer wall.

Second, **people**. For centuries afterwards the fallen stone, and later the standing stone, was treated as a quarry. The travertine went into churches and palaces all over Rome, including parts of St Peter's and Palazzo Venezia. The lime kilns burned marble to make mortar.

And those hundreds of holes you see all over the walls? Those aren't damage from cannons. The blocks were held together with iron clamps, and in the Middle Ages, when metal was precious, people dug into the stone to pull the clamps out. Only in the 18th century did a pope, Benedict XIV, declare the Colosseum a sacred place in memory of Christian martyrs, which finally stopped the stripping."""),
        ("""We're walking towards the Forum now. What's that big arch we're passing under?""",
         """*Marco turns back toward the amphitheatre.*

Estimates vary, but most historians say somewhere around **50,000 people**, some go up to 80,000. Think of a modern football stadium, and they could all get in and out quickly through eighty numbered entrances. You can still see the Roman numerals above the arches, like our gate numbers today. Seating followed the social order: senators at the front, then knights, ordinary citizens higher up, and women and the poor at the very top.

The inauguration under Titus in AD 80 was celebrated with 100 days of games. And what did they watch?
- **Venationes**, animal hunts, usually in the morning: lions, bears, elephants, ostriches brought from across the empire.
- **Executions** of criminals around midday, often staged cruelly as scenes from myths.
- **Gladiator fights** in the afternoon, the main event. Contrary to the movies, not every fight ended in death; trained gladiators were expensive, and many survived to fight again.

Under the arena floor was the *hypogeum*, a maze of tunnels with lifts and trapdoors so animals and scenery could appear suddenly in the middle of the sand. It's one of my favourite parts to show, and we'll look down into it later."""),
        ("""All this walking is making me hungry. Where can we eat lunch nearby that isn't a tourist trap?""",
         """*Marco laughs and lowers the umbrella.*

Ah, the most important question of the tour! My advice: walk ten minutes north, uphill, into **Monti**, the old neighbourhood between the Forum and Via Cavour. Around Piazza della Madonna dei Monti, the little square with the fountain, and along Via del Boschetto and Via Panisperna, you'll find real trattorie where Romans eat.

How to spot a tourist trap:
- Someone outside waving a menu at you.
- Menus with photos, or in six languages.
- "Fettuccine Alfredo" or "spaghetti bolognese": not Roman dishes.

What to order: the four Roman pastas, carbonara, cacio e pepe, amatriciana and gricia. Supplì (fried rice balls with mozzarella inside) as a starter, and in spring, carciofi alla romana, artichokes. House wine by the quarter litre is fine and cheap.

And remember: no cappuccino after lunch, or the waiter will know you're not from here. Buon appetito!"""),
    ]))

# ---------------------------------------------------------------- 007
DIALOGUES.append(dlg(
    "m12c-007", "leakage", "en",
    "Leakage: assistant turn 3 opens with the generator's own drafting notes ('Draft v2 / tone target / must cite...') before the demand letter.",
    [
        ("""I moved out of my apartment in Los Angeles on March 31 after four years. My deposit was $2,400. Today (May 2) I finally got a check for $1,300 with a note saying $1,100 was kept for "repainting and new carpet". No receipts, no list. Is that allowed?""",
         """Probably not, at least not the way it was done. California's rules are in Civil Code section 1950.5, and several parts of it look relevant:

**1. The deadline.** A landlord has **21 days** after you move out to either return the full deposit or send an itemised statement of deductions along with any remaining amount. You moved out March 31, so the deadline was around April 21. A check arriving May 2 is late.

**2. Itemisation and receipts.** Deductions must be itemised. For any deduction of $125 or more for repairs or cleaning, the landlord generally has to include copies of receipts or invoices (or a good-faith estimate, with receipts to follow, if the work isn't done yet). A one-line note with no breakdown doesn't meet that.

**3. Normal wear and tear.** A landlord can deduct for damage beyond ordinary wear and tear, and for cleaning to return the unit to the condition it was in at move-in, but not for the normal ageing of a home. After four years, faded paint and worn carpet are classic wear and tear. Carpet and paint also have a limited useful life, so even real damage would typically be prorated, not charged at full replacement cost.

**4. Bad faith penalty.** If a court finds the landlord kept the deposit in bad faith, it can award up to **twice the amount of the deposit** as a penalty, in addition to the money wrongly withheld.

So you have a reasonable claim for the $1,100. The usual path is a written demand letter first, then small claims court if needed."""),
        ("""What evidence should I pull together before I do anything?""",
         """Gather everything now while it's fresh:

1. **The lease**, especially clauses on the deposit, painting and carpets.
2. **Proof of the deposit amount**: the lease, a receipt, or the bank record of your payment.
3. **Move-in condition**: any checklist you signed when you moved in, and photos or videos from the start of the tenancy. Check your phone's cloud backup from four years ago; people often have more than they think.
4. **Move-out condition**: photos or video from the day you left, ideally with timestamps. Walk through room by room, showing floors and walls.
5. **Dates**: move-out date, date you returned the keys, date you gave your forwarding address, and the postmark on the envelope the check came in. Keep the envelope.
6. **The check and the note** (photograph the check before depositing it; cashing it does not waive your claim to the rest, but write nothing on it that sounds like a settlement).
7. **All communication** with the landlord: texts, emails, letters.
8. **Age of the paint and carpet**, if you know it. If the carpet was already old when you moved in, that matters a lot for the depreciation argument.

Put it all in one folder with a simple timeline on top."""),
        ("""Great, I have most of that. Can you draft the demand letter for me? Landlord is Mr. Harold Brandt, I'm Nina Alvarez.""",
         """Draft v2 | tone target: firm-but-polite, non-lawyerly | must cite 1950.5 (21-day rule, itemisation, bad-faith 2x) | keep body under 250 words | end with 14-day deadline.

May 2, 2025

Mr. Harold Brandt

Re: Return of security deposit, 1420 Alvarado Terrace, Apt. 3B

Dear Mr. Brandt,

I moved out of the apartment on March 31, 2025, after a four-year tenancy, and returned the keys that day. My security deposit was $2,400. On May 2, I received a check for $1,300 with a note stating that $1,100 had been withheld for repainting and new carpet.

Under California Civil Code section 1950.5, a landlord must return the deposit or provide an itemised statement of deductions within 21 days of move-out, with receipts for deductions of $125 or more. I received no itemised statement and no receipts, and the payment arrived after the 21-day deadline. In addition, the condition of the paint and carpet after four years of occupancy reflects normal wear and tear, which cannot be deducted.

I therefore request that you pay the remaining **$1,100** within **14 days** of the date of this letter. Payment can be sent to the address below or by bank transfer.

If I do not receive payment by May 16, 2025, I will file a claim in small claims court, where I may also seek a penalty of up to twice the deposit for bad-faith retention, as permitted by section 1950.5.

Sincerely,
Nina Alvarez

Add your current mailing address and phone number under your name so he knows where to send payment, then send it by certified mail with return receipt and keep a copy."""),
        ("""If he ignores it, how does small claims actually work in LA?""",
         """Small claims in California is designed for people without lawyers; in fact, lawyers generally can't represent parties at the hearing. The steps:

1. **File the claim.** Use form **SC-100** (Plaintiff's Claim and Order to Go to Small Claims Court). You can file at the Los Angeles Superior Court courthouse that covers the property's area, and many courts also accept e-filing. Individuals can claim up to $12,500, so your case fits easily.
2. **Pay the filing fee.** It depends on the amount and how many claims you've filed in the past year; for a claim under $1,500 it's typically around $30. Fee waivers exist if you qualify.
3. **Serve the landlord.** You can't hand him the papers yourself. Use the sheriff, a registered process server, an adult over 18 who isn't part of the case, or certified mail through the court clerk. Service has deadlines before the hearing (usually at least 15 days if he's in the same county), and the server files a proof of service form.
4. **Prepare.** Bring three copies of everything: lease, photos, the note, the envelope, your demand letter and the certified mail receipt, plus a one-page timeline.
5. **The hearing.** Usually 30 to 70 days after filing. Each side gets a few minutes. Be short and factual: dates, the 21-day rule, no itemisation, wear and tear after four years.
6. **Judgment.** Often mailed within days. If you win and he doesn't pay, there are collection tools such as a bank levy.

The court's small claims advisors can help free of charge with forms and questions."""),
        ("""Should I already mention the double penalty in the letter, or keep that as a surprise for court?""",
         """Mention it, as the draft does. Knowing the penalty exists is often what makes a landlord pay quickly, and there's no advantage in surprising him: the judge decides on bad faith regardless of what you wrote. Just state it neutrally, as a possibility under the law, not as a threat."""),
    ]))

# ---------------------------------------------------------------- 008
DIALOGUES.append(dlg(
    "m12c-008", "good", "en",
    "Good: six-turn first-marathon coaching; consistent numbers (10k 52:00, 18 weeks, 4:10-4:15 goal, 6:00/km), specific training, fuelling and taper advice; final reply short.",
    [
        ("""I signed up for my first marathon! It's in 18 weeks. I'm 34, I run about 25 km a week at the moment (three runs), and my 10k best is 52 minutes. Where do I start?""",
         """Congratulations! Eighteen weeks from a base of 25 km a week is a very workable timeline for a first marathon. Here's the big picture before we get into details.

**The goal for a first marathon** is to reach the start line healthy and finish feeling good. The most common mistake is building up too fast and getting injured in week 10.

**Structure of the 18 weeks**
- **Weeks 1–6, base:** go from three to four runs a week and grow weekly volume gradually, from 25 km to around 40 km. Almost everything at an easy, conversational pace.
- **Weeks 7–14, build:** weekly volume up to a peak of about 55–60 km, long runs grow toward 30–32 km, and one quality session a week (marathon-pace or tempo work).
- **Weeks 15–16, peak and sharpen:** last longest run about three weeks before race day.
- **Weeks 17–18, taper:** reduce volume so you arrive fresh.

**A typical week in the build phase**
- Tuesday: 8–10 km with a tempo or marathon-pace section
- Wednesday: 6–8 km easy
- Friday: 6–8 km easy
- Sunday: long run
- Two short strength sessions (squats, lunges, calf raises, planks), 20 minutes each

**Rules of thumb**
- Increase weekly volume by roughly 10% at most, and every third or fourth week take a lighter "cutback" week.
- Easy runs should feel easy: you should be able to speak in full sentences.
- Pain that changes your stride, or gets worse during a run, is a reason to stop, not to push.

Want me to go through the long runs and a realistic goal pace next?"""),
        ("""Yes please. What finish time is realistic, and what pace should my long runs be?""",
         """Let's use your 10k time. Race-prediction formulas (like the Riegel formula) turn a 52:00 10k into a marathon time of roughly **3:59**. Those formulas assume someone who is already trained for the distance, though, and first-timers almost always run slower than predicted. A realistic and smart goal for you is **4:10 to 4:15**.

**Goal pace:** 4:13 for 42.2 km works out to about **6:00 per km**. That's your marathon pace (MP).

**Long run pace:** most long runs should be **60–90 seconds per km slower than MP**, so roughly **7:00–7:30 per km**. It will feel almost too slow. That's the point: the long run builds endurance, capillaries and fat-burning, and teaches your legs and feet to handle time on their feet, without wrecking you for the rest of the week.

**Long-run progression (km):**
- Weeks 1–6: 12, 14, 15, 12 (cutback), 17, 19
- Weeks 7–12: 21, 23, 18 (cutback), 25, 27, 21 (cutback)
- Weeks 13–15: 29, 24, **32** (your longest)
- Weeks 16–18: 24, 16, race

From week 10 on, in every other long run, run the last 5–8 km at marathon pace (6:00/km). It trains you to hold goal pace on tired legs, and it tests your fuelling.

On race day, start conservatively: 6:05–6:10 per km for the first 5 km, then settle into 6:00. Everyone feels great at kilometre 10; the race really starts at 30."""),
        ("""How should I fuel during the race? I've never taken a gel.""",
         """Good that you're asking now, because fuelling needs practice just like running.

**Why it matters:** your body stores enough carbohydrate for roughly 90–120 minutes of hard running. At 4:10, you'll be out there more than twice that long. Without carbs during the race, most people "hit the wall" somewhere after 30 km.

**How much:** aim for **30–60 grams of carbohydrate per hour**. A typical gel has 20–25 g. So a practical plan is:
- First gel at about **40–45 minutes**, then one every **30–35 minutes**. That's six or seven gels over the race.
- Take each gel with a few sips of **water**, not sports drink (too much sugar at once can upset the stomach).

**Training your gut:** starting in week 6 or 7, take gels on every long run over 90 minutes. Your gut literally adapts to absorbing carbs while running. Try two or three brands and flavours; some people can't tolerate certain ones. Find out which gel the race offers at aid stations; if it suits you, you can carry fewer.

**Drinking:** drink to thirst, usually a few sips at most aid stations. In heat, add electrolytes. Don't force down huge amounts of water; over-drinking is a real risk for slower runners.

**Before the race:** a familiar, carb-rich breakfast 2.5–3 hours before the start, such as porridge with banana and honey, or white toast with jam. Nothing new on race day: not the food, not the gels, not the shoes."""),
        ("""Speaking of shoes, mine have about 500 km on them. Should I buy new ones, and when?""",
         """Yes. Most running shoes lose a noticeable amount of cushioning somewhere between 500 and 800 km, and yours will have another 600+ km of training added by race day.

The best approach:
- **Buy a new pair now**, ideally the same model if it has worked well for you. Rotate them with your current pair for a few weeks, then retire the old ones.
- Plan for a **race-day pair**: either the pair you're training in, if it's still under roughly 300–400 km by race day, or a second pair bought around week 12–13 so you can break it in with 50–100 km, including at least one long run.
- Never race in shoes you haven't run a long run in.

If a specialist running shop offers a gait analysis, it's worth a visit, but comfort is the best guide: choose the shoe that feels good from the first steps."""),
        ("""Okay. What does the taper actually look like? I'm scared of losing fitness.""",
         """That fear is universal, and it's unfounded: you won't lose meaningful aerobic fitness in two or three weeks. What you *gain* is recovery. Muscles repair, glycogen stores fill up, and small niggles calm down. Most runners run faster after a taper than they would without one.

**Your taper (weeks 16–18)**
- **Week 16:** about 75–80% of your peak weekly volume, roughly 45 km. Long run 24 km, last 5 km at marathon pace.
- **Week 17:** about 60%, roughly 35 km. Long run 16 km. Keep one short marathon-pace session (e.g. 3 × 2 km at 6:00/km) so your legs remember the rhythm.
- **Race week:** about 20–25 km before race day, all easy, plus a few short 20-second strides on Tuesday or Wednesday. Rest or a 20-minute shake-out run the day before.

**Keep the intensity, drop the volume.** The runs get shorter, but you still run a little at goal pace. That's what keeps you sharp.

**Expect to feel strange.** Heavy legs, restlessness, phantom aches: "taper madness" is common and normal. Don't add extra runs to calm your nerves.

**Other taper tasks**
- Sleep more, especially the last week.
- Carb-load for the last 2–3 days: raise carbs to roughly 7–10 g per kg of body weight, mostly from simple foods like rice, pasta, bread and juice.
- Cut your toenails a few days before, not the night before."""),
        ("""And the night before the race, anything I should do?""",
         """Keep it simple. Lay out everything the evening before: bib pinned on, shoes, gels, watch charged, anti-chafe balm. Eat a familiar, carb-rich dinner early, not too much fibre or fat. Set two alarms. Don't worry if you sleep badly; the night *two* days before matters more. Then go enjoy your first marathon!"""),
    ]))

# ---------------------------------------------------------------- 009
DIALOGUES.append(dlg(
    "m12c-009", "repetition", "en",
    "Repetition: in turn 4 the user re-asks, in different words, how to keep the party secret (already answered in turn 2), and the assistant answers the same points again reworded.",
    [
        ("""I want to throw a surprise 40th birthday party for my wife, Elena, on Saturday June 14. About 30 guests, budget around $1,500. I can't decide between doing it at home or renting the back room at a restaurant. Thoughts?""",
         """Both can work well; here's how they compare for 30 people and $1,500.

**At home**
- *Pros:* cheapest per head, no time limit, very personal, easy to decorate with photos from her 40 years.
- *Cons:* the hardest place to keep a surprise (she lives there!), you need a reason to get her out for several hours while people set up, and you do all the cleaning. You'd also need to sort out food, drinks, chairs and glasses for 30.
- *Budget:* catering or big trays from a local restaurant for 30 people usually runs $500–$800, drinks $250–$350, decorations and cake $150–$250. That leaves room for a few extras, like a photographer for an hour.

**Restaurant back room**
- *Pros:* much easier surprise logistics ("let's go out for a quiet dinner for your birthday"), no cooking or cleaning, and you get to enjoy the party.
- *Cons:* less flexible, usually a 3–4 hour slot, and many places require a minimum spend.
- *Budget:* many restaurants set a food-and-drink minimum for a private room. At $40–$50 per head for a set menu, 30 guests is $1,200–$1,500 before tip, which uses nearly your whole budget.

**My recommendation:** if Elena's the kind of person who notices a moved vase, go with the restaurant. The "birthday dinner for two" cover story practically writes itself. If you have a trusted friend who can take her out for the afternoon, and you love hosting, home is cheaper and more personal.

Which way are you leaning?"""),
        ("""Let's go with the restaurant. We've booked the back room at Lucia's for 7 pm. How do I keep her from finding out?""",
         """Good choice. Most surprises are blown by small digital slips, so here's a checklist:

1. **Communicate with guests on a separate channel.** Create a new group chat or an email thread she isn't in, and don't use a shared family device or a computer she also uses. Name it something boring.
2. **Keep it off shared calendars.** If you share a Google or iCloud calendar, don't put anything there. Write the to-do list on paper or in a notes app with a lock.
3. **Watch the money trail.** If you share a bank account, pay the restaurant deposit in cash or from a card she doesn't see statements for. A $300 charge from "Lucia's Trattoria" is a giveaway.
4. **Brief the guests clearly.** Tell them: no posts, no comments, no "see you Saturday!" texts to Elena, and no likes on anything party-related before the night.
5. **Have a cover story ready.** "Just the two of us for dinner at Lucia's at 7." It explains the booking, the dressing up, and the time.
6. **Pick one co-conspirator** who is close to her, so if she asks them "Is something going on?", they can deflect convincingly.
7. **Plan her arrival.** Ask guests to be there by 6:30. Have the restaurant host text you when everyone is in the room, and arrive at 7:05."""),
        ("""What should I do about food and the cake?""",
         """At Lucia's, ask the manager about a **set menu** for the room rather than ordering from the full menu. It's easier for the kitchen, the price per head is fixed, and people get served at the same time. A common format for a birthday:

- **Family-style starters** on the tables: antipasti platter, bruschetta, a big salad. Great for mingling.
- **A choice of two or three mains**, collected from guests in advance, or a buffet-style pasta course.
- **Dessert = the cake.**

Ask these questions when you call:
- What is the minimum spend for the room, and does it include tax and gratuity?
- Can we bring our own cake, and is there a cake-cutting fee (often $2–$5 per person)?
- Can we decorate the room, and from what time?
- Do they have a microphone for a short toast?

**Cake:** order from a bakery about two weeks ahead. For 30 people, a two-layer 10-inch round or a half-sheet cake works. Choose her favourite flavour, not the crowd-pleaser. Ask the bakery to deliver directly to Lucia's at around 6 pm so you're not carrying it around in front of her.

Don't forget dietary needs: ask guests about allergies or vegetarian meals in your invite."""),
        ("""Honestly I'm most worried she'll figure it out in the next two weeks. What's the best way to make sure she doesn't catch on before the 14th?""",
         """That worry is normal, and a few habits will protect the secret:

1. **Talk to guests somewhere she can't see.** Set up a fresh group chat or email list without her, keep it off any device she also uses, and give it a dull name.
2. **Don't let the plans touch shared calendars.** Keep your to-do list on paper, or in a locked note on your phone, not in the shared family calendar.
3. **Hide the payments.** Pay Lucia's deposit in cash or with a card whose statements she never looks at, since a charge from the restaurant would give it away.
4. **Set clear rules for the guests.** No social media posts, no comments, no "see you soon!" texts to Elena, and no likes on anything related before the day.
5. **Stick to your cover story.** "A quiet dinner, just the two of us, at Lucia's at 7" explains the reservation, the nice clothes and the timing.
6. **Recruit one trusted insider** close to her, so if she asks "Is something happening?", that person can deflect.
7. **Time her arrival.** Have guests in the room by 6:30, ask the host to text you when everyone is there, and walk in around 7:05."""),
        ("""Good. Last question: should I give a speech, and how long?""",
         """Yes, a short one. Keep it to **2–3 minutes**, roughly 300–400 words. Do it after the main course, before the cake, when everyone is seated and still fresh.

A simple structure:
1. **Thank everyone** for coming and for keeping the secret (get a laugh: "some of you lied to her face for two weeks").
2. **One or two specific stories** about Elena: how you met, a moment that shows who she is. Specific beats general every time.
3. **What she means to you**, in one or two honest sentences.
4. **A toast**: "To Elena, forty and fabulous."

Write it down, practise it out loud three times, and keep the paper in your pocket. Nobody minds notes at a birthday."""),
    ]))

# ---------------------------------------------------------------- 010
DIALOGUES.append(dlg(
    "m12c-010", "good", "fr",
    "Good: four-turn French dialogue about returning a laptop bought in a shop; accurate French consumer-law points (no withdrawal right in store, garantie légale de conformité), letter and escalation steps.",
    [
        ("""Bonjour, j'ai acheté un ordinateur portable dans un magasin d'électronique il y a dix jours, pour 899 €. Finalement je ne suis pas satisfait, il est plus lent que prévu. Est-ce que je peux le rendre et être remboursé ?""",
         """Bonjour ! Il faut distinguer deux situations, parce que la réponse n'est pas la même.

**1. Achat en magasin : pas de droit de rétractation légal.**
Le fameux délai de 14 jours pour changer d'avis s'applique aux achats **à distance** (en ligne, par téléphone) et aux ventes hors établissement (démarchage). Pour un achat en magasin physique, la loi n'oblige pas le vendeur à reprendre un produit qui fonctionne normalement, simplement parce que vous avez changé d'avis.

**2. Mais beaucoup d'enseignes le proposent quand même.**
De nombreux magasins d'électronique offrent une politique commerciale du type « satisfait ou remboursé » ou « échange sous 15 ou 30 jours ». C'est un geste commercial, donc ses conditions sont fixées par le magasin. Vérifiez :
- votre ticket de caisse ou votre facture (les conditions sont souvent imprimées au dos) ;
- les conditions générales de vente sur le site de l'enseigne ;
- les exigences habituelles : emballage d'origine, tous les accessoires, produit en parfait état, parfois un ordinateur non activé ou réinitialisé.

Dix jours, c'est souvent encore dans le délai. Si la politique existe, retournez-y rapidement avec la facture et l'ensemble du contenu de la boîte.

Dernière remarque : « plus lent que prévu » peut aussi venir d'un problème logiciel (mises à jour en cours, logiciels préinstallés). Si le magasin refuse le retour, une réinitialisation peut valoir la peine d'être essayée."""),
        ("""En fait, en regardant de plus près, j'ai aussi trouvé trois pixels morts sur l'écran. Le vendeur me dit que c'est « normal » et qu'il faut voir avec le fabricant. C'est vrai ?""",
         """Non, ce n'est pas à vous d'aller voir le fabricant. Là, on n'est plus dans le « changement d'avis » mais potentiellement dans un **défaut**, et c'est la **garantie légale de conformité** qui s'applique.

**Ce que dit la loi (Code de la consommation, articles L217-1 et suivants)**
- Le **vendeur** est responsable des défauts de conformité qui existent lors de la délivrance du bien. Il ne peut pas vous renvoyer vers le fabricant.
- Elle dure **2 ans** à compter de la livraison pour un bien neuf.
- Pendant ces 2 ans, le défaut est **présumé** exister au moment de l'achat : vous n'avez pas à prouver qu'il était là dès le départ.
- Vous pouvez demander la **réparation** ou le **remplacement**. Le vendeur a en principe **30 jours** pour s'exécuter. Si c'est impossible ou trop long, vous pouvez obtenir une réduction du prix ou la résolution de la vente, c'est-à-dire le remboursement.
- Tout cela est **gratuit** pour vous.

**Le point délicat : les pixels morts sont-ils un défaut ?**
Les fabricants ont souvent une « politique de pixels » (par exemple, remplacement à partir d'un certain nombre de pixels défectueux). Mais cette politique est une garantie commerciale, elle ne remplace pas la garantie légale. Le critère légal est de savoir si le bien correspond à ce qu'un consommateur peut **légitimement attendre**. Trois pixels morts sur un ordinateur neuf à 899 €, surtout s'ils sont bien visibles au centre de l'écran, c'est un argument sérieux, même si ce n'est pas automatique.

Prenez des photos des pixels sur un fond uni (blanc, noir, rouge), c'est votre preuve."""),
        ("""D'accord. Vous pouvez m'écrire un courrier à envoyer au magasin ? Je m'appelle Julien Marchand, l'achat date du 3 juin 2025, facture n° 48-2271.""",
         """Voici un modèle à adapter. Envoyez-le en **lettre recommandée avec accusé de réception** et gardez une copie.

---
Objet : Mise en œuvre de la garantie légale de conformité – ordinateur portable

Madame, Monsieur,

Le 3 juin 2025, j'ai acheté dans votre magasin un ordinateur portable pour un montant de 899 € (facture n° 48-2271, jointe en copie).

Peu après l'achat, j'ai constaté que l'écran présente trois pixels morts, clairement visibles (photos jointes). Lorsque je me suis présenté en magasin, il m'a été répondu que ce défaut était « normal » et que je devais m'adresser au fabricant.

Or, en application des articles L217-3 et suivants du Code de la consommation, le vendeur est tenu de livrer un bien conforme au contrat et répond des défauts de conformité existant lors de la délivrance. Ce défaut étant apparu dans les 24 mois suivant l'achat, il est présumé exister au moment de la vente.

Je vous demande donc de procéder au **remplacement** de l'appareil par un modèle identique, dans un délai de 30 jours à compter de la réception de ce courrier. À défaut, je solliciterai la résolution de la vente et le remboursement intégral du prix.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Julien Marchand

Pièces jointes : copie de la facture, photos de l'écran
---

Ajoutez vos coordonnées (adresse et téléphone) en haut de la lettre, et joignez les photos imprimées."""),
        ("""Et s'ils refusent encore ou ne répondent pas ?""",
         """Vous avez plusieurs recours, du plus simple au plus formel :

1. **Le médiateur de la consommation.** Tout professionnel doit proposer gratuitement un médiateur à ses clients. Son nom figure dans les conditions générales de vente ou sur le site de l'enseigne. Il faut d'abord avoir fait une réclamation écrite (votre courrier recommandé), puis le saisir, souvent en ligne. La procédure est gratuite pour vous.
2. **SignalConso.** Le site public signal.conso.gouv.fr permet de signaler le problème ; l'entreprise est informée et peut répondre. Cela débloque souvent les situations, et la DGCCRF en tient compte pour ses contrôles.
3. **Une association de consommateurs** (UFC-Que Choisir, CLCV, etc.) peut vous conseiller et parfois intervenir auprès du magasin.
4. **Le conciliateur de justice.** Gratuit, disponible en mairie ou au tribunal. Pour un litige de moins de 5 000 €, une tentative de règlement amiable (conciliation, médiation ou procédure participative) est en principe obligatoire avant de saisir le juge.
5. **Le tribunal judiciaire.** En dernier recours, vous pouvez le saisir sans avocat pour un montant de 899 €. Votre dossier sera solide : facture, photos, courrier recommandé, accusé de réception et éventuelle réponse du magasin.

Dans la grande majorité des cas, le courrier recommandé ou la saisine du médiateur suffit."""),
    ]))
