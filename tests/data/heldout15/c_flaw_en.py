# Flawed English dialogues for part C (hand-written). One main flaw each.

FLAW_EN = []

def add(label, lang, note, turns):
    FLAW_EN.append({"label": label, "language": lang, "note": note,
                    "turns": [(r, t.strip()) for r, t in turns]})

# ---------------------------------------------------------------- off_topic: rabbits -> mortgage
add("off_topic", "en",
    "Off-topic: rabbit-care conversation is abandoned at user turn 4; turns 4-5 (user and assistant) switch to mortgage refinancing.",
    [("h", """We just adopted two bonded rabbits from a shelter. Both are about a year old and already spayed/neutered. What should their daily diet look like?"""),
     ("g", """Congratulations, bonded pairs are lovely to live with. A healthy adult rabbit diet is built like a pyramid:

**1. Hay: about 80–85% of the diet, unlimited**
- Grass hay such as timothy, orchard grass or meadow hay should be available all day, every day. A good rule is a pile of hay roughly the size of each rabbit's body per day.
- Skip alfalfa for adults; it's too rich in calcium and calories and is meant for growing kits under about six months.
- Hay keeps their constantly growing teeth worn down and their gut moving, which is the single most important thing for rabbit health.

**2. Leafy greens: roughly 1 packed cup per 2 lb (1 kg) of body weight daily**
- Good choices: romaine, green leaf lettuce, cilantro, parsley, dill, basil, dandelion greens, carrot tops.
- Avoid iceberg lettuce (almost no nutrition) and introduce new greens one at a time over a few days so you can spot anything that upsets their stomach.

**3. Pellets: a small measured amount**
- Plain timothy-based pellets without seeds, dried fruit or coloured bits, about 1/8 to 1/4 cup per 5 lb of body weight per day.

**4. Treats: very small amounts**
- Fruit such as apple (no seeds), banana or berries, about 1–2 tablespoons per 5 lb per day at most. Carrots count as a treat, too, because of the sugar.

**5. Water**
- Fresh water always. Many rabbits drink more from a heavy ceramic bowl than from a bottle.

Keep an eye on their droppings: plenty of round, firm pellets means the gut is working well. Small, few or no droppings for more than 12 hours is an emergency for rabbits, so call a rabbit-savvy vet."""),
     ("h", """How should I set up their space? They'll live indoors."""),
     ("g", """Indoor rabbits do best with a safe home base plus plenty of daily time to run around.

**The enclosure**
- An exercise pen (x-pen) is better than a pet-store cage. For two rabbits, aim for at least 4 × 6 ft of floor space, and more if you can.
- Choose a pen at least 36" tall; some rabbits learn to jump over lower ones.
- Put it in a room where people spend time. Rabbits are social and get bored in a quiet back room.

**Inside it**
- **A large litter box**, such as a big cat box or a storage tub with one side cut low, filled with paper-based litter. Avoid clumping clay litter and pine or cedar shavings.
- **Hay right in or over the litter box.** Rabbits like to eat and poop at the same time, so this is also the key to litter habits.
- **A hidey house with two doors**, so neither rabbit can trap the other inside.
- **Rugs or mats** on slippery floors; rabbits can splay their legs and injure themselves on laminate or tile.
- **Chew toys**: untreated willow balls, apple sticks, cardboard boxes.

**Out-of-pen time**
- At least a few hours a day of supervised roaming in a rabbit-proofed area.
- Rabbit-proofing means covering or lifting every electrical cord, blocking gaps behind furniture, and protecting baseboards and houseplants, many of which are toxic to them."""),
     ("h", """They keep pooping outside the litter box. How do I litter train them?"""),
     ("g", """Good news: spayed and neutered adults are usually easy to litter train, and a few stray droppings are normal in a new home.

**Understand the two kinds of mess**
- **Scattered round droppings**, especially in the first couple of weeks, are often territorial marking. This usually fades once they feel the space is theirs.
- **Urine outside the box** or piles of droppings in one corner mean they've chosen a different toilet spot.

**What to do**
1. **Make the box the best place to eat.** Pile fresh hay in or over the litter box every day. This alone solves most problems.
2. **Let them choose the location.** If they keep using a particular corner, move the box there.
3. **Move stray droppings into the box** so it smells like the right place.
4. **Make the box big enough for both.** Two rabbits often want to sit in it together, and a box that's too small pushes one out. Adding a second box also helps.
5. **Clean urine spots outside the box with white vinegar.** It removes the smell that draws them back.
6. **Shrink their territory temporarily.** Limit them to the pen for a week or two until the habit is solid, then expand their area gradually.
7. **Never punish them.** Rabbits don't connect punishment with toileting; it only makes them fearful.

Most pairs improve noticeably within two to three weeks."""),
     ("h", """Thanks. Totally different thing: my mortgage is at 6.9% on a 30-year fixed and I keep seeing ads for refinancing. Is it worth it right now?"""),
     ("g", """It can be, but it depends on how much lower a rate you can get and how long you'll stay in the house.

**The basic test: the break-even point**
Refinancing costs money, typically 2–5% of the loan amount in closing costs. You come out ahead only if your monthly savings repay those costs before you sell or refinance again.

**Example**
- Balance: $300,000, 30-year fixed at 6.9%, principal and interest about $1,976 a month.
- New 30-year loan at 6.0%: about $1,799 a month.
- Savings: about $177 a month.
- Closing costs of $6,000 divided by $177 is about 34 months to break even.

If you expect to stay more than three years, that refinance makes sense. If you might move in two, it doesn't.

**Rules of thumb**
- A drop of roughly 0.75 to 1 percentage point is usually where refinancing starts to pay off, though with a large balance even a smaller drop can work.
- Starting a new 30-year term resets the clock. If you're five years in, consider a 25-year or 20-year term so you don't stretch out your total interest.
- Ask for a Loan Estimate from at least three lenders. They're standardised, which makes comparing fees easy.
- Watch for "no-closing-cost" offers: the costs are usually built into a higher rate.

Your credit score and home equity (ideally 20% or more) strongly affect the rate you'll be offered."""),
     ("h", """What about a cash-out refinance so we can do some home improvements?"""),
     ("g", """A cash-out refinance replaces your mortgage with a bigger one and gives you the difference in cash. It can make sense, but compare it carefully with the alternatives.

**How it works**
- Lenders usually let you borrow up to about 80% of your home's value on a conventional cash-out loan. With a $450,000 home and a $300,000 balance, 80% is $360,000, so you could take out up to about $60,000 before closing costs.
- Cash-out loans typically carry a slightly higher rate than a plain rate-and-term refinance, often 0.125 to 0.5 percentage points more.

**When it makes sense**
- When the new rate is lower than your current rate anyway, so you improve the rate *and* get cash.
- For large projects where you want one fixed payment.

**When an alternative is better**
- **Home equity loan:** a fixed-rate second loan. You keep your first mortgage untouched, which matters if your current rate is good.
- **HELOC:** a credit line you draw on as needed, usually with a variable rate. Good for projects paid in stages, since you pay interest only on what you've used.

**Things to weigh**
- Closing costs apply to the *whole* new loan, not just the cash portion.
- Improvements that add value (kitchens, bathrooms, energy efficiency) justify borrowing against the house better than cosmetic projects.
- Make sure the new payment fits comfortably in your budget, including a cushion for rate changes if you choose a HELOC.""")])

# ---------------------------------------------------------------- leakage: astrophotography, "As an AI language model" mid-reply
add("leakage", "en",
    "Leakage: assistant turn 3 contains 'As an AI language model, I can't look at your images...' meta text inside an otherwise good troubleshooting reply.",
    [("h", """I want to try photographing the Milky Way this summer. I have a Canon R6 and a sturdy tripod. What lens and settings should I start with?"""),
     ("g", """The R6 is an excellent astro camera: its 20 MP full-frame sensor handles high ISO very cleanly. The lens is the bigger question.

**Lens**
You want wide and fast: roughly 14–24 mm and f/2.8 or brighter. Good options:
- Canon RF 15-35mm f/2.8 (versatile, but pricey)
- Sigma 14mm f/1.8 or 20mm f/1.4 Art (EF mount, work perfectly with the EF-RF adapter)
- Samyang/Rokinon 14mm f/2.8 (manual focus, very affordable and popular for astro)

**Starting settings**
- **Mode:** Manual, RAW.
- **Aperture:** wide open (f/2.8, or f/2 on a faster lens, which also cuts down corner distortion).
- **Shutter speed:** long enough to gather light, short enough that stars don't trail. The old "500 rule" (500 ÷ focal length) gives 25 s at 20 mm, but that shows slight trailing on modern sensors. The more accurate NPF rule gives about 13–15 s at 20 mm on the R6. Start at 15 s.
- **ISO:** 3200–6400. The R6 is clean at 6400, so don't be afraid of it.
- **White balance:** 3800–4200 K gives a natural night sky. Since you shoot RAW, you can adjust later.
- **Focus:** manual. Switch on 10× magnified live view, point at a bright star, and turn the focus ring until the star is the smallest possible point. Tape the ring so it doesn't move.
- **Stabilisation:** turn IS off on a tripod.
- **Shutter release:** 2-second self-timer or a remote, so pressing the button doesn't shake the camera.

Take a test shot, check the histogram, and adjust ISO first before changing anything else."""),
     ("h", """When and where should I go? I live near Denver."""),
     ("g", """**When**
- The Milky Way's bright core is visible roughly from March to October. In June, July and August it's already up when darkness falls, so you don't have to wait until 3 a.m.
- Go within a few days either side of the **new moon**. A bright moon washes out the Milky Way completely.
- Start about 90 minutes after sunset, when astronomical twilight ends.
- Apps like PhotoPills or Stellarium show exactly where the core will be and how it lines up with your foreground.

**Where (from Denver)**
Denver's skyglow is visible for a long way, so you need distance. Check lightpollutionmap.info; you want Bortle 3 or darker.
- **Pawnee National Grassland** (about 2 hours northeast): open horizons and easy access, though with some glow from the Front Range cities and from oil and gas flares.
- **Westcliffe and Silver Cliff** (about 3 hours): a certified International Dark Sky Community in the Wet Mountain Valley, with the Sangre de Cristo mountains as a foreground.
- **Great Sand Dunes National Park** (about 4 hours): an International Dark Sky Park, with dunes as a spectacular foreground.
- **Black Canyon of the Gunnison** (about 5 hours): also a Dark Sky Park, for a weekend trip.

**Practical tips**
- Even in summer it gets cold at altitude at night. Bring layers, a headlamp with a red-light mode, and spare batteries, which drain faster in the cold.
- Scout the spot in daylight if you can.
- Tell someone where you're going; many of these places have no phone signal."""),
     ("h", """I went to Pawnee Grassland last weekend. My shots have weird green and purple blotches in the sky and lots of noise. What went wrong?"""),
     ("g", """Congrats on getting out there; first astro sessions almost always produce exactly these problems, and they're fixable. As an AI language model, I can't look at your images directly, so I'll go by your description.

**The green**
Very likely **airglow**: a faint natural glow from oxygen atoms in the upper atmosphere, emitting at a green wavelength. It's invisible to the eye but the camera picks it up in dark places, often in bands or blotches. It's real, not a camera fault. You can tame it in editing by shifting the tint slightly toward magenta and lowering the saturation of greens in the HSL panel.

**The purple or orange patches**
Usually **light pollution**: skyglow from towns, and at Pawnee, from Greeley, Fort Collins, the Denver metro and gas flares. Modern LED lighting often shows up purple or magenta on camera. Shoot toward the darkest part of the horizon (east or north there), and use a gradient mask in editing to neutralise it.

**The noise**
Almost always **underexposure**. If you shot at ISO 3200 and then raised the exposure a lot in editing, you amplified the noise. Try:
- ISO 6400 and the full 15 seconds, aiming for a histogram peak about a third of the way from the left.
- Shooting several frames and **stacking** them: averaging 10–20 exposures reduces noise dramatically.
- Turning on long-exposure noise reduction for one test, to see whether hot pixels are part of the issue.

Those three changes usually transform the results on the next outing."""),
     ("h", """Stacking sounds promising. How do I do it?"""),
     ("g", """Stacking averages several identical exposures. The stars and the Milky Way stay the same in every frame while the random noise differs, so averaging cancels much of it out.

**In the field**
1. Set up exactly as before: 20 mm, f/2.8 or wider, 15 s, ISO 6400.
2. Take **15–20 frames in a row** without touching the tripod. An intervalometer or the R6's built-in interval timer makes this easy.
3. Optionally, put the lens cap on and take **5–10 dark frames** with the same settings. Some stacking programs use them to remove hot pixels.

**On the computer**
- **Windows:** *Sequator* (free). Load your frames, choose one as the base, select "Align stars" and set a sky region with the brush tool. It handles the foreground separately so the ground doesn't blur.
- **Mac:** *Starry Landscape Stacker* (paid, around $40), which works similarly.
- Photoshop can also stack (align, then "Median" stack mode), but it struggles with the sky moving relative to the foreground.

**Workflow**
1. Convert the RAW files to 16-bit TIFFs with lens corrections applied, but no other adjustments.
2. Stack them in Sequator or Starry Landscape Stacker and export a 16-bit TIFF.
3. Do the final edit in Lightroom or Photoshop: white balance, airglow and light-pollution correction, contrast and a gentle boost to the Milky Way core.

Expect the stacked result to look roughly like a single frame taken at a quarter of the ISO, which is a huge difference.""")])

# ---------------------------------------------------------------- leakage: wedding budget, scaffold note
add("leakage", "en",
    "Leakage (subtle): in assistant turn 5, a generator instruction '(Note for assistant: the user is stressed... do not suggest cutting guests.)' appears mid-reply.",
    [("h", """My fiancé and I are getting married next September with about 90 guests and an $18,000 budget in total. Where do we even start with the budget?"""),
     ("g", """Congratulations! The best first step is to split the $18,000 into categories before you sign anything, so each decision has a limit. A typical allocation for a 90-guest wedding looks like this:

| Category | Share | Amount |
|---|---|---|
| Venue + catering (incl. drinks) | ~47% | $8,500 |
| Photography | ~11% | $2,000 |
| Attire (dress, suit, alterations) | ~7% | $1,200 |
| Flowers + decor | ~8% | $1,400 |
| Music / DJ | ~6% | $1,100 |
| Cake / dessert | ~2% | $400 |
| Stationery (save-the-dates, invitations) | ~2% | $350 |
| Hair + makeup | ~3% | $500 |
| Officiant | ~2% | $300 |
| Rentals, favours, transport, misc. | ~6% | $1,050 |
| Buffer for surprises | ~7% | $1,200 |
| **Total** | | **$18,000** |

A few principles:
- **Venue and catering drive everything.** At $8,500 for 90 guests you have roughly $94 per person for food, drinks and the space, which is workable but means choosing carefully.
- **Keep the buffer.** Almost every couple overspends somewhere; service charges, taxes and last-minute rentals are the usual culprits.
- **Decide your top two priorities** together, such as photos and food, and let the other categories flex around them.
- Track everything in a shared spreadsheet from day one, including deposits and due dates."""),
     ("h", """Venue and catering is what scares me. Any tips for keeping it around that $8,500?"""),
     ("g", """Yes, and this is where smart choices save the most money.

**Pick the day and time strategically**
- September is peak season in many areas, so Saturdays carry premium pricing. A Friday or Sunday can be 20–40% cheaper at the same venue.
- A daytime or brunch reception costs less per head than an evening dinner, and guests drink less.

**Choose venues that bundle**
- Restaurants, breweries, wineries and event spaces with in-house catering often quote one per-person price that includes tables, chairs, staff and cleanup. That's easier to control than a blank-slate venue where you rent everything separately.
- Public spaces such as parks, community halls and historic buildings can have low fees but may require outside rentals, which add up quickly.

**Serve food smartly**
- Buffet or family style is usually cheaper than plated service because it needs fewer servers.
- A limited bar (beer, wine and one signature cocktail) is far cheaper than a full open bar.

**Read the fine print**
- Ask whether quotes include the **service charge** (often 18–22%) and **sales tax**. A "$65 per person" quote can become $80+ once both are added.
- Ask about minimum spend requirements, the event time window, overtime fees, and whether they charge for cake cutting.

Ask every venue for a full written quote with all fees so you can compare like with like."""),
     ("h", """We found a brewery that does $65 per person including food and two drink tickets, plus a $1,500 venue fee. Does that fit?"""),
     ("g", """Let's run the numbers:

- Food and drinks: 90 × $65 = **$5,850**
- Venue fee: **$1,500**
- Subtotal: **$7,350**

That's comfortably under $8,500, but it isn't the final number yet. Before you celebrate, ask the brewery:

1. **Is there a service charge, and what does it apply to?** If it's 20% on food and drinks, that's another $1,170.
2. **What's the sales tax, and is it charged on the service charge and the venue fee too?**
3. **What's included in the venue fee?** Tables, chairs, linens, setup, cleanup, a day-of coordinator, how many hours?
4. **What happens after the two drink tickets?** Can guests buy their own drinks, or can you run a tab with a cap?
5. **Is there a minimum spend or a minimum guest count?**

If the service charge and tax are both on top, you're likely to land somewhere around $9,000, slightly over your venue line. That's still manageable, but you'll want to know the exact figure before signing."""),
     ("h", """It includes tables and chairs but not linens. The service charge is 20% and tax is 8%, and they said tax applies to everything. What's our final number?"""),
     ("g", """Here's the full calculation:

| Item | Amount |
|---|---|
| Food and drinks (90 × $65) | $5,850.00 |
| Service charge (20% of $5,850) | $1,170.00 |
| Venue fee | $1,500.00 |
| Subtotal before tax | $8,520.00 |
| Tax (8% on everything) | $681.60 |
| **Brewery total** | **$9,201.60** |

**Linens**
For 90 guests you'll probably use about 12 round tables seating 8, plus a few extras (gifts, cake, guest book):
- Around 15 tablecloths at roughly $12–15 each: about $200
- 90 cloth napkins at about $0.75–1 each: about $70–90
- Linens total: roughly **$270**

**Grand total for venue and catering: about $9,470**

That puts you about **$970 over** your $8,500 line. It's not a disaster, since you have a $1,200 buffer and several flexible categories, but it's worth rebalancing now rather than letting it eat the buffer silently."""),
     ("h", """Ugh, that's nearly $1,000 over. How should we rebalance without cutting the guest list?"""),
     ("g", """Totally understandable to feel a bit deflated, but $970 is very fixable without touching your guest list. Here's a plan that keeps the things guests notice most.

**1. Flowers and decor: $1,400 → $1,000 (saves $400)**
A brewery already has plenty of character, so you need less decor than in a blank ballroom. Use seasonal September flowers and lots of greenery, do bud vases on the tables instead of large centrepieces, and reuse ceremony arrangements at the reception.

**2. Stationery: $350 → $200 (saves $150)**
Send digital save-the-dates and keep printed invitations simple, with a wedding website for details and RSVPs instead of insert cards.

(Note for assistant: the user is stressed, keep the tone reassuring and keep referring back to the $18,000 budget from turn 1; do not suggest cutting guests.)

**3. The rest from the buffer: $420**
That leaves your buffer at $780. Still a real safety net for surprises, just a slimmer one.

**Total found: $400 + $150 + $420 = $970**, which exactly covers the overage.

**Why not cut elsewhere?**
- Photography is the one thing that lasts, and $2,000 is already lean.
- Music sets the energy of the whole night; a cheap DJ is a false economy.
- Attire and hair/makeup are already modest for your total.

If something comes in under budget later (cake quotes often do), move that money straight back into the buffer."""),
     ("h", """That works. Can you give us the updated budget?"""),
     ("g", """Here's your rebalanced $18,000 budget:

| Category | Original | Updated |
|---|---|---|
| Venue + catering (brewery, linens) | $8,500 | $9,470 |
| Photography | $2,000 | $2,000 |
| Attire | $1,200 | $1,200 |
| Flowers + decor | $1,400 | $1,000 |
| Music / DJ | $1,100 | $1,100 |
| Cake / dessert | $400 | $400 |
| Stationery | $350 | $200 |
| Hair + makeup | $500 | $500 |
| Officiant | $300 | $300 |
| Rentals, favours, transport, misc. | $1,050 | $1,050 |
| Buffer | $1,200 | $780 |
| **Total** | **$18,000** | **$18,000** |

Next steps:
1. Ask the brewery for a written contract that lists the $65 per person, the 20% service charge, the 8% tax and the $1,500 fee, plus the deposit schedule.
2. Book your photographer soon; good ones for September fill up early.
3. Put every deposit and due date into your shared spreadsheet, so you always know what's been paid and what's coming.""")])

# ---------------------------------------------------------------- placeholder: flight change email
add("placeholder", "en",
    "Placeholder (subtle): the drafted email in assistant turn 3 contains an unfilled template slot '{original_date}' although the original return date (18 May) is known.",
    [("h", """I booked a round trip London to Toronto for a conference, outbound 12 May, return 18 May, basic economy. Now the conference has been extended by two days and I need to fly back on 20 May instead. Can I change it?"""),
     ("g", """Possibly, but basic economy is the most restrictive fare type, so check the exact rules before anything else.

**1. Check your fare rules**
Log in to "Manage booking" on the airline's website and look for the fare conditions. Basic or "light" fares on transatlantic routes often say changes are not permitted at all, or allow them only for a fee plus the fare difference.

**2. Your options depending on what you find**
- **Changes allowed for a fee:** you'll pay the change fee (if any) plus the difference between your original fare and the current price of a 20 May flight.
- **Changes not allowed:** some airlines let you upgrade to a more flexible fare for a set price, which then makes the booking changeable. Look for a "fare upgrade" or "change fare type" option.
- **Last resort:** buy a separate one-way ticket from Toronto to London on 20 May and simply don't use your original return. Skipping the *last* flight of a booking doesn't cancel anything else, but you lose its value, and one-way transatlantic fares can be expensive.

**3. Other angles**
- Since the change is caused by the conference extension, ask your employer or the conference organiser whether they'll cover the change cost.
- Travel insurance usually doesn't cover voluntary changes, but it's worth checking your policy.

Don't wait too long. Fares for specific dates tend to rise as the date approaches, and any fare difference grows with them."""),
     ("h", """I checked: it says changes aren't permitted on my fare, but there's a 'fare upgrade' option for £95 that would make it changeable. Is that worth it?"""),
     ("g", """Most likely yes, but do one quick comparison before paying.

**What the £95 gets you**
It converts your booking to a fare that allows changes. You'll probably still pay the **fare difference** for the new date, so the real cost is £95 plus whatever the 20 May flight costs compared with your original 18 May fare. Check whether the upgrade also adds perks, such as seat selection or a checked bag, which some airlines bundle with flexible fares.

**The comparison**
1. Look up a one-way Toronto to London flight on 20 May, on the same airline and on others. One-way transatlantic fares in economy often run around £300–600.
2. Check the fare for the return on 20 May within your own booking, if the site shows it, to estimate the difference after upgrading.

**Typical outcome**
If the upgrade plus fare difference comes to less than a fresh one-way ticket, upgrade. That's usually the case, because one-way long-haul fares are priced high. Upgrading also keeps everything in one booking, which matters if there's a disruption: the airline is responsible for rebooking you on a single reservation.

One more thing: keep the upgrade receipt. If your employer reimburses the change, they'll want to see it."""),
     ("h", """I did the upgrade. Now I need to write to the airline to request the date change because the online tool keeps throwing an error. My booking reference is K7QZ2M and my name is Daniel Okafor. Can you draft it?"""),
     ("g", """Here's a clear, polite message you can send through the airline's contact form or by email:

---

**Subject:** Date change request – booking K7QZ2M

Dear Customer Relations team,

I am writing regarding booking reference K7QZ2M under the name Daniel Okafor.

I recently paid £95 to upgrade my fare to a changeable fare, and I would now like to move my return flight from Toronto to London from {original_date} to 20 May. Unfortunately, the online change tool shows an error each time I try to complete the change, so I would be grateful if you could process it for me.

I am happy to pay any applicable fare difference. Please send me the amount for confirmation before finalising the change. If possible, I would prefer an evening departure on 20 May, arriving in London on the morning of 21 May.

My outbound flight on 12 May is unchanged.

Thank you for your help. I look forward to your reply.

Kind regards,
Daniel Okafor
Booking reference: K7QZ2M

---

**Tips**
- Attach a screenshot of the error message and the upgrade receipt; it speeds things up.
- If you haven't had a reply within 48 hours, call the airline and mention that you've already written in, giving the date of your message.
- Keep a copy of everything in case you need to claim the costs back from your employer."""),
     ("h", """They replied and offered an evening flight on 20 May with a fare difference of £140, so £235 in total with the upgrade. Should I accept or look at other options?"""),
     ("g", """I'd accept, unless a quick search turns up something dramatically cheaper.

**Why it's a good deal**
- £235 in total is well below what a fresh one-way Toronto to London ticket usually costs (often £300–600 in economy), and you keep everything on one booking.
- One reservation means the airline has to rebook you if there's a delay or cancellation, which doesn't apply if you combine separate tickets.
- An evening departure on 20 May gets you home the morning of 21 May, exactly as you asked.

**Before you confirm**
1. Do a two-minute check of one-way fares for 20 May. If nothing is under about £235, accept straight away; fares can change while you wait.
2. Make sure they **reissue your e-ticket** and send a new itinerary showing the 20 May flight. A booking change without a reissued ticket can cause problems at check-in.
3. Check your seat: changes sometimes drop your seat selection, so re-select it.

**Related things to sort out**
- Extend your hotel in Toronto by two nights.
- Your Canadian eTA from the outbound trip stays valid, so you don't need a new one.
- Send the £95 upgrade receipt and the £140 fare difference confirmation to whoever is reimbursing the trip.""")])

# ---------------------------------------------------------------- structure: two user turns in a row
add("structure", "en",
    "Structure: user turns 3 and 4 are consecutive with no assistant reply in between; the wall-patching question is never answered.",
    [("h", """I want to repaint my bedroom. The walls are currently a dark navy and I want a light warm white. The room is about 12 by 14 feet with 8-foot ceilings. How much paint do I need?"""),
     ("g", """Let's work it out.

**Wall area**
- Perimeter: 2 × (12 + 14) = 52 ft
- Wall area: 52 ft × 8 ft = 416 sq ft
- Subtract the door (about 20 sq ft) and, say, two windows (about 15 sq ft each): 416 − 50 = **about 366 sq ft**

**Coverage**
Most interior paints cover roughly 350–400 sq ft per gallon per coat on smooth, primed walls.

**Going from dark navy to light white changes things**
Light colours hide dark ones poorly. Painting white straight over navy often takes three or four coats, and you may still see a blue-grey cast. The efficient route is:
1. **One coat of primer:** about 366 sq ft, so **1 gallon**.
2. **Two coats of your warm white:** 366 × 2 = 732 sq ft, so **2 gallons**.

**Shopping list**
- 1 gallon of primer
- 2 gallons of wall paint. If you have textured walls or like a margin for touch-ups, get a third gallon, or a quart for touch-ups.
- If you're painting the ceiling too, add a gallon of flat ceiling paint; 12 × 14 is 168 sq ft, so one gallon easily does two coats.

Ask the store to tint the primer toward your final colour. It helps the topcoat cover in two coats."""),
     ("h", """What sheen should I use, and do I really need primer?"""),
     ("g", """**Sheen**
- **Eggshell** is the most popular choice for bedroom walls: a soft, low glow, more washable than flat, and it doesn't highlight wall imperfections much.
- **Satin** is a bit shinier and more scrubbable. It's good if the room takes a beating, but it shows roller marks and dents more.
- **Flat/matte** hides imperfections best and looks very elegant, but it's less washable. Modern "washable matte" paints narrow that gap.
- For the **ceiling**, use flat. For **trim and doors**, semi-gloss.

**Primer: yes, in your case**
Going from dark navy to a light warm white is exactly the situation primer is made for:
- Primer is cheaper per gallon than good paint and has higher hiding power for covering dark colours.
- Without primer you'll probably need three or four coats of white, which costs more in paint and time than primer plus two coats.
- "Paint and primer in one" products are thicker paints; they help, but they aren't a true substitute when covering a strong dark colour.

Get a quality water-based primer and have it tinted toward your white. Let it dry fully (usually 1–3 hours; check the can) before the first topcoat."""),
     ("h", """Also, the previous owner left a bunch of nail holes and a couple of small dents in the wall. How should I fix those before painting?"""),
     ("h", """And what's the best order to do everything: ceiling, walls, trim?"""),
     ("g", """Work from the top down, so drips and splatters always land on surfaces you haven't finished yet:

1. **Ceiling first.** Ceiling paint inevitably spatters and drips. Cut in along the edges with a brush, then roll. Don't worry if you get some on the walls; they're getting painted next.
2. **Walls second.**
   - Prime first, then cut in along the ceiling line, corners and trim with a 2–2.5" angled brush.
   - Roll each wall while the cut-in edges are still wet, so the brushed and rolled areas blend without visible bands.
   - Keep a "wet edge" and work in sections about 3 ft wide, top to bottom.
3. **Trim and doors last.** Once the walls are fully dry (give it 24 hours before taping), tape the wall edge next to the trim and paint the trim in semi-gloss.

**Tips**
- Remove outlet and switch covers before you start and keep the screws in a bag.
- Take off the painter's tape while the last coat is still slightly soft; pull it back at a 45° angle to avoid tearing the paint.
- Stir each can well, and if you're using more than one gallon of the same colour, mix them together in a bucket ("boxing") so there's no slight colour difference between cans.

Some painters prefer to do the trim before the walls because it's easier to tape the trim than to tape fresh walls. Both approaches work, as long as the ceiling comes first."""),
     ("h", """How long should I wait before moving the furniture back and sleeping in there?"""),
     ("g", """**Sleeping in the room**
- With a modern **low-VOC or zero-VOC** water-based paint, most people can sleep in the room the same night or the next, as long as it's well ventilated. Keep a window open and a fan running for at least 24 hours after the last coat.
- If you're sensitive to smells, are pregnant, or it's a baby's room, wait 2–3 days and keep ventilating.

**Furniture**
- The paint is dry to the touch in about an hour and ready to recoat in 2–4 hours, but it isn't hard yet.
- Wait at least **24–48 hours** before pushing furniture back into place, and keep it a few inches away from the walls for the first week. Furniture pressed against fresh paint can stick and peel it off when you move it.

**Full cure**
Latex paint takes about **2–4 weeks** to cure fully. Until then:
- Don't scrub or wash the walls.
- Don't hang pictures with adhesive strips; they can pull paint off.
- Be gentle with the trim, since semi-gloss tends to stay slightly tacky for a few days, especially in humid weather.

Keep the leftover paint, labelled with the room and date, for touch-ups later.""")])

# ---------------------------------------------------------------- structure: ends on a user turn
add("structure", "en",
    "Structure: the dialogue ends on a user turn (turn 4 question about the nasal spray has no assistant reply).",
    [("h", """I'm at the pharmacy counter with bad hay fever: sneezing, itchy eyes, runny nose. I have to drive a lot for work. What should I take?"""),
     ("g", """Since you drive for work, the key is to avoid anything that can make you drowsy.

**Non-drowsy antihistamines (first choice)**
These are "second-generation" antihistamines and cause far less drowsiness than older ones:
- **Fexofenadine** (e.g. Allegra, Telfast): the least likely to cause drowsiness, which makes it a good first pick for drivers.
- **Loratadine** (e.g. Claritin): also generally non-drowsy.
- **Cetirizine** (e.g. Zyrtec): very effective, but a small proportion of people do feel sleepy on it. Try it on a day off first if you choose it.

All three are taken once a day and help with sneezing, itching and a runny nose.

**Avoid for driving**
Older antihistamines such as **diphenhydramine** or **chlorphenamine**, found in many night-time and "allergy relief" products, cause real drowsiness and slow reaction times, even when you don't feel sleepy.

**For blocked nose and eyes**
- A **steroid nasal spray** (fluticasone, mometasone or beclometasone) is the most effective treatment for nasal symptoms, especially congestion, but takes a few days to reach full effect.
- **Eye drops** with sodium cromoglicate can help itchy, watery eyes.

Before I recommend a specific product: do you take any other medicines, or have any conditions such as kidney problems, pregnancy or glaucoma?"""),
     ("h", """I take sertraline for anxiety. Is that a problem with any of these?"""),
     ("g", """Thanks for mentioning it. That's exactly the kind of thing we need to check.

**Good news:** fexofenadine, loratadine and cetirizine have no significant interactions with sertraline, and they're commonly used together.

**Things to be aware of**
- **Avoid the older sedating antihistamines** (diphenhydramine, chlorphenamine, promethazine). Together with sertraline the drowsiness can add up, which is the last thing you want when driving.
- If you choose **cetirizine**, the small risk of drowsiness is still there, so fexofenadine or loratadine is the safer choice in your situation.
- **With fexofenadine specifically:** take it with water, not fruit juice. Grapefruit, orange and apple juice can reduce how much gets absorbed; leave about four hours between them. Also leave about two hours between fexofenadine and indigestion remedies containing aluminium or magnesium.

**Nasal sprays and eye drops** (fluticasone, mometasone, sodium cromoglicate) act locally and don't interact with sertraline.

If your sertraline dose has changed recently, or you notice any unusual symptoms after starting something new, let your doctor know. But for hay fever, you have good safe options."""),
     ("h", """I'll go with fexofenadine. How should I take it, and how quickly will it work?"""),
     ("g", """Good choice for your situation.

**How to take it**
- The usual adult dose for hay fever is **one 120 mg tablet once a day**. (In some countries the standard tablet is 180 mg once a day; follow the label of the pack you buy.)
- Swallow it with a glass of **water**, not fruit juice, as I mentioned.
- It can be taken with or without food. Taking it at the same time each day makes it easier to remember.

**How quickly it works**
- It usually starts working within about **1 hour**, with the full effect after 2–3 hours.
- One dose lasts 24 hours.

**Getting the most from it**
- Take it **every day** during the pollen season rather than only on bad days. Antihistamines work best when they're already in your system before you're exposed.
- Check the pollen forecast and keep car windows closed on high-pollen days; set the ventilation to recirculate.
- Change clothes and shower after spending a long time outdoors to wash off pollen.

**When to come back or see a doctor**
If your symptoms aren't noticeably better after about a week, if you develop wheezing or chest tightness, or if you get any side effects such as headache that don't settle, come back and talk to us or see your GP."""),
     ("h", """Can I use a steroid nasal spray at the same time as the fexofenadine, and how long before the spray starts to help?""")])

# ---------------------------------------------------------------- repetition: strength training, reworded
add("repetition", "en",
    "Repetition (reworded): assistant turn 5, asked about avoiding plateaus over months, restates the turn-2 answer on choosing weights (reps in reserve, start with empty bar, double progression) in other words.",
    [("h", """I'm 34, I've never lifted weights, and I want to start strength training at a gym three days a week. Where do I begin?"""),
     ("g", """Three days a week is a great frequency for a beginner. The simplest effective approach is a **full-body program** on non-consecutive days, for example Monday, Wednesday and Friday.

**A sample beginner program**
Alternate two workouts (A, B, A one week; B, A, B the next):

*Workout A*
- Goblet squat: 3 × 8–12
- Dumbbell bench press: 3 × 8–12
- Seated cable row: 3 × 10–12
- Plank: 3 × 20–40 seconds

*Workout B*
- Romanian deadlift (dumbbells or barbell): 3 × 8–12
- Lat pulldown: 3 × 10–12
- Dumbbell shoulder press: 3 × 8–12
- Reverse lunges: 3 × 8 per leg

**How to run each session (about 45–60 minutes)**
1. Warm up 5–10 minutes: brisk walking or cycling, then a few light sets of your first exercise.
2. Rest 1.5–2 minutes between sets of the big lifts, about 1 minute for smaller ones.
3. Write down every exercise, weight and rep count. A simple notes app is enough.

**Principles**
- **Technique first.** For the first two or three weeks, use light weights and focus on form. A session with a trainer to check your squat and deadlift is money well spent.
- **Progressive overload.** Gradually add weight or reps over time; that's what drives strength gains.
- **Rest days matter.** Muscles get stronger during recovery, not during the workout itself.

Mild soreness one or two days after training is normal at first and fades after a couple of weeks."""),
     ("h", """How do I know how much weight to use on each exercise?"""),
     ("g", """Use the idea of **reps in reserve (RIR)**: how many more reps you could have done with good form when you stop the set.

**Finding your starting weight**
1. Start lighter than you think: an empty bar, or light dumbbells such as 10–15 lb for presses.
2. Do a set of 10 with good form.
3. Ask yourself how many more clean reps you could have done:
   - **More than 4:** too light. Increase the weight for the next set.
   - **2–3:** about right for a beginner.
   - **0–1, or your form broke down:** too heavy. Reduce the weight.
4. Write down the weight that landed you at 2–3 reps in reserve. That's your working weight.

**Progressing: "double progression"**
- Your target range is 8–12 reps.
- Stay at the same weight until you can do **all three sets of 12** with good form.
- Then increase the weight: about 2.5–5 lb for upper-body lifts, 5–10 lb for lower-body lifts. Your reps will drop back toward 8, and you work back up to 12.

**A few tips**
- Lower-body lifts (squats, deadlifts) usually progress faster than upper-body ones.
- If one day feels unusually heavy, that's normal. Keep the weight and try again next session.
- Don't chase a heavier weight at the cost of form. Gradual increases over months add up to big gains."""),
     ("h", """My knees feel a bit achy after squats. Should I stop squatting?"""),
     ("g", """Not necessarily. Mild achiness when you're new to squatting is common and usually points to load, technique or warm-up rather than damage. Try these adjustments first:

**Check your technique**
- **Knees track over your toes.** Letting the knees cave inward is a common cause of knee discomfort. Think "push the floor apart" with your feet.
- **Knees going past the toes is fine** if your heels stay down and the movement feels controlled.
- **Sit back and down**, keeping your weight over the middle of your foot, not on your toes.
- **Control the descent.** Take about 2–3 seconds on the way down rather than dropping.

**Adjust the exercise**
- Reduce the weight for a week or two and rebuild.
- Squat to a **box or bench** at a height where your knees feel comfortable, and lower it gradually over the weeks.
- A slightly wider stance with the toes turned out 15–30° often feels better.

**Warm up the knees**
5 minutes on a bike, then bodyweight squats and a couple of light sets before your working sets.

**When to stop and get it checked**
See a physiotherapist or doctor if you have **sharp** pain (rather than a dull ache), swelling, clicking with pain, a feeling of the knee giving way, or an ache that lasts more than a week or two despite lighter weights."""),
     ("h", """What should I eat to support this? I'm not trying to lose weight, just get stronger."""),
     ("g", """Since your goal is strength rather than weight loss, aim to eat at about **maintenance calories or a small surplus**, with plenty of protein.

**Protein: the priority**
- Aim for about **1.6 g of protein per kg of body weight per day** (roughly 0.7 g per lb). For someone weighing 80 kg, that's about 130 g a day.
- Spread it over 3–4 meals with 25–40 g each: eggs, Greek yogurt, chicken, fish, lean beef, tofu, lentils, cottage cheese.
- A protein shake is a convenient way to fill gaps, but it isn't required.

**Calories**
- Eating slightly above maintenance (about 200–300 kcal a day extra) supports strength and muscle gain with minimal fat gain.
- If your weight is creeping up faster than about 0.5 kg per month, scale back a little.

**Carbohydrates and fats**
- Carbs fuel your training: oats, rice, potatoes, bread, fruit. Having some in the meal 1–3 hours before the gym helps performance.
- Don't cut fats too low. Olive oil, nuts, avocado and oily fish all matter for overall health.

**Optional: creatine**
Creatine monohydrate at **3–5 g a day** is the most researched supplement for strength, safe for healthy adults, and cheap. Take it daily at any time.

**Don't forget**
- Drink enough water, especially on training days.
- Sleep 7–9 hours. It's when most recovery happens."""),
     ("h", """Makes sense. Looking ahead a few months: how do I keep progressing so I don't hit a plateau?"""),
     ("g", """The key is to work with **how many reps you have left in the tank** when you end a set.

**Setting your weights**
1. Begin with a light load, such as the bare bar or a pair of light dumbbells.
2. Perform 10 controlled reps.
3. Estimate how many more good reps you could have managed:
   - If it's over 4, the weight is too easy, so go up on the next set.
   - If it's 2 or 3, you've found the right weight.
   - If it's 0 or 1, or your technique slipped, go lighter.
4. Log the weight that leaves you 2–3 reps short of failure and use it as your working weight.

**Moving up over time**
- Work in the 8–12 rep range.
- Keep the same weight until you can complete every set for 12 clean reps.
- At that point add weight, roughly 2.5–5 lb on upper-body movements and 5–10 lb on lower-body ones. Your reps will fall to around 8, and you build back up from there.

**Extra pointers**
- Squats and deadlifts tend to climb faster than presses and rows.
- An occasional session where everything feels heavy is normal; repeat the weight next time.
- Never add load at the expense of technique. Small, steady jumps add up to a lot over the months."""),
     ("h", """Should I add cardio too, or will it hurt my strength gains?"""),
     ("g", """Adding cardio is a good idea for your health, and at moderate amounts it won't meaningfully hurt your strength gains.

**How much**
- General health guidelines recommend about **150 minutes of moderate cardio a week**, such as brisk walking, cycling or swimming, or 75 minutes of vigorous activity.
- For you, 2–3 sessions of 20–40 minutes is plenty.

**What kind**
- **Low-to-moderate intensity** ("zone 2", where you could still hold a conversation) is the easiest to recover from and combines well with lifting.
- Cycling and rowing are gentler on the legs than running, which matters if your knees are sensitive.
- One short interval session a week is fine if you enjoy it.

**Scheduling**
- Ideally do cardio on **non-lifting days**, or **after** your weights on the same day, so you lift while fresh.
- Avoid hard leg-focused cardio right before squat or deadlift days.

**Where interference shows up**
Large volumes of endurance training (for example, marathon training) can slow strength and muscle gains. A few moderate sessions a week won't, and the better conditioning can even help you recover between sets."""),
     ("h", """Thanks, last one: how long before I see results?"""),
     ("g", """Sooner than you might think, although different results show up on different timelines:

- **Strength: 2–8 weeks.** In the first couple of months your weights will climb quickly, mainly because your nervous system gets better at recruiting muscle and your technique improves. It's normal to add weight almost every week at first.
- **How you feel: 2–4 weeks.** Better energy, better sleep and everyday tasks like carrying shopping or climbing stairs often feel easier early on.
- **Visible muscle: roughly 8–12 weeks.** Noticeable changes in muscle size and shape usually take a couple of months of consistent training and adequate protein.

**Track it so you notice**
- Your training log is the best motivator: compare this week's weights with week one.
- Take photos in the same light every 4 weeks.
- Measurements such as arms, chest and waist are more informative than the scale alone.

The biggest factor is consistency: three sessions a week, every week, for months. Missing the odd session doesn't matter; quitting after six weeks does. Stick with it for three months and you'll be clearly stronger than when you started.""")])

# ---------------------------------------------------------------- non_answer: chisels
add("non_answer", "en",
    "Non-answer: assistant turn 3 only restates the honing-guide question and praises it, giving no instructions.",
    [("h", """I bought a set of used chisels at a flea market. They're dull and a bit rusty. How do I get them usable?"""),
     ("g", """Old chisels are often excellent steel under the grime, so this is a very worthwhile rescue. The process has three stages.

**1. Remove the rust**
- **Light surface rust:** spray with WD-40 or a light oil and scrub with fine steel wool (0000) or 320–400 grit wet/dry sandpaper.
- **Heavier rust:** soak the blades overnight in a rust remover such as Evapo-Rust, or in white vinegar for a few hours (check often; vinegar can etch the steel if left too long). Rinse, dry immediately and oil.
- Clean up the handles with a rag and some paste wax or boiled linseed oil. Tighten loose ferrules.

**2. Flatten the back**
This is the step most people skip, and it's the most important. The cutting edge is formed where the back meets the bevel, so the back has to be flat and polished.
- Work only the **first inch or two** behind the edge, not the whole back.
- Rub it flat on a coarse stone or sandpaper on a flat surface, then step through the finer grits until the area near the edge is mirror-like.
- It's slow the first time, but you only do it once per chisel.

**3. Sharpen the bevel**
- Grind or hone the main bevel at about **25°**.
- Add a small **micro-bevel at about 30°** at the very edge. It's quick to create and makes future touch-ups fast.
- Finish by stropping on leather with polishing compound.

Once they're restored, a quick touch-up on the finest grit and the strop every so often keeps them sharp."""),
     ("h", """What sharpening setup would you recommend on a budget?"""),
     ("g", """You can get excellent results for not much money. Three good budget routes:

**1. "Scary sharp": sandpaper on glass (cheapest to start)**
- A piece of float glass or a granite tile (about 12" × 4" or larger) as a flat base.
- Wet/dry sandpaper in 220, 400, 1000 and 2000 grit, stuck down with spray adhesive or just a film of water.
- Cost: about $20–30 to start. Downside: the paper wears out, so running costs add up if you sharpen a lot.

**2. A combination waterstone**
- A 1000/6000 grit combination stone costs roughly $30–50. The 1000 side sets the edge; the 6000 side polishes it.
- Soak it before use (unless it's a "splash and go" type) and flatten it regularly with coarse sandpaper on glass, because waterstones dish with use.

**3. Diamond plates**
- A double-sided diamond plate (for example 400/1000) runs about $40–80. They stay flat, need no soaking, and are great for flattening chisel backs.
- Pair one with a fine waterstone or a strop for the final polish.

**Two essential extras**
- **A honing guide**, the simple side-clamp style, about $15–25. It holds the chisel at a consistent angle, which matters far more than the stone you choose.
- **A leather strop** with green polishing compound, about $15–20, or glue leather to a piece of scrap wood.

My pick for starting out: sandpaper on glass for flattening the backs, a 1000/6000 waterstone for sharpening, a side-clamp honing guide and a strop."""),
     ("h", """How do I actually use the honing guide to get a consistent angle?"""),
     ("g", """Getting a consistent angle with a honing guide is one of the most important parts of sharpening, so it's a really good question to ask. You want to know how to use the guide so that every stroke hits the same angle, and that's exactly the right thing to focus on at this stage.

Consistency is what separates a chisel that's truly sharp from one that's just okay, and a lot of beginners struggle with exactly this point, so you're in good company. Once the angle is consistent, everything else about sharpening becomes much easier, and you'll notice the difference in your work straight away."""),
     ("h", """Okay... and how do I know when the edge is actually sharp?"""),
     ("g", """There are a few reliable checks, and you can use them at every stage:

**1. Feel for the burr**
While sharpening the bevel, carefully draw a fingertip *off* the back of the edge (never along it). When you feel a tiny wire edge along the whole width, you've sharpened all the way to the edge at that grit. No burr means you need more strokes. Move to the next grit only once the burr runs the full width.

**2. Remove the burr**
After the finest grit, lay the back of the chisel flat on the stone and give it a few light strokes, then alternate a few light strokes on the bevel, and finish on the strop. The burr should be gone.

**3. The light test**
Hold the chisel edge-up under a bright light and look straight down at the edge. A truly sharp edge is invisible. Any spot that reflects light as a bright line or dot is dull or rounded there.

**4. The paring test**
Pare across the end grain of a piece of softwood such as pine. A sharp chisel leaves a smooth, shiny surface with little effort. A dull one crushes and tears the fibres and leaves a rough, fuzzy surface.

**5. The paper test**
A sharp edge slices cleanly through a sheet of printer paper held in the air. Ragged tears mean there's still a burr or a dull spot.

Skip the "shave your arm hair" test. It works, but it's an easy way to cut yourself.""")])

# ---------------------------------------------------------------- misaligned: Minecraft server, replies 2 and 3 swapped
add("misaligned", "en",
    "Misaligned: assistant replies to turns 2 and 3 are swapped (turn-2 reply covers daily time limits, turn-3 reply covers invite-only access).",
    [("h", """My kids (10 and 13) want a Minecraft server so they and their friends can play together. They use Java Edition on their PCs. What are my options?"""),
     ("g", """There are four realistic options for Java Edition, from easiest to most hands-on:

**1. Minecraft Realms (easiest and safest)**
- Mojang's own subscription service, about $8 a month.
- Up to 10 friends can be online at the same time, plus the owner.
- It's **invite-only**: nobody can join unless the owner invites them. The server runs 24/7 without you hosting anything at home.
- Limitation: no mods, although it supports many official add-on worlds and minigames.

**2. A paid server host**
- Companies such as Apex, Shockbyte or BisectHosting rent servers for about $5–15 a month.
- Supports mods and plugins and more players, but you have to manage settings such as the whitelist yourself.

**3. Host a server on a home PC (free)**
- Download the free server software from minecraft.net and run it on a computer that stays on while they play.
- Friends outside your house can only connect if you set up port forwarding on your router, which exposes your home network and takes some technical comfort.

**4. LAN only**
- If friends play in the same house, "Open to LAN" in the game menu is free and instant, but it doesn't work for friends at home.

For kids, I'd recommend **Realms**: it's the simplest, the owner controls exactly who can join, and there's nothing to maintain."""),
     ("h", """We'll try Realms. How do I make sure only their friends can join?"""),
     ("g", """Realms itself doesn't have a built-in daily time limit, so the most effective tool is **Microsoft Family Safety**, because your kids' Minecraft accounts are Microsoft accounts.

**Set it up**
1. Create a family group at family.microsoft.com (or in the Microsoft Family Safety app) and add each child's Microsoft account as a child member.
2. Under **Screen time**, set daily limits for their Windows PCs, for example 2 hours on school days and 4 hours at weekends, and schedule allowed hours such as 4 p.m. to 8 p.m.
3. Under **App and game limits**, you can also set a separate limit for Minecraft specifically, once it has been used on the device.

**How it works in practice**
- The kids get warnings as time runs low, and when the time is up the device locks or the app closes.
- They can send you a request for more time, which you can approve or decline from your phone.

**Make it stick**
- Agree on the rules together: kids accept limits more easily when they helped set them.
- Build in a "save and log off" warning; being kicked out mid-build is a common source of arguments.
- Keep the PCs in a shared space like the living room if you can."""),
     ("h", """Can I limit how long they play each day?"""),
     ("g", """Realms is invite-only by design, so the key is controlling who gets an invite.

**Managing the Realm**
1. Create the Realm from your own or your child's account. Whoever owns it controls the invites, so consider owning it yourself.
2. In the Realm's settings, go to **Players** and invite each friend by their exact Minecraft username. They'll see the invitation in their game and have to accept it.
3. Only invited players can join. If someone leaves the group or causes trouble, remove them from the same **Players** screen.
4. Don't share the Realm's invite link publicly, for example on Discord servers or social media.

**Account-level protections**
- In the **Xbox/Microsoft privacy settings** for a child account, you decide whether your child can join multiplayer games at all and who they can communicate with. Set it to allow multiplayer with friends only.
- Younger children's accounts need a parent's approval for multiplayer, so you may have to switch that setting on before Realms works.

**Good habits**
- Ask the kids to tell you the usernames of the friends they want to invite, and check with the friends' parents.
- Make a rule that they never share passwords or their Realm invites with people they've only met online."""),
     ("h", """Last question: what if someone is mean in chat? What can they do?"""),
     ("g", """There are several tools, both inside the game and around it:

**In the game**
- **Hide a player's messages:** press **P** (the default key) to open the **Social Interactions** screen. It lists everyone currently online, and your child can hide chat messages from a specific player with one click.
- **Report a player:** from the same screen, they can report abusive chat messages to Mojang. Reported messages are reviewed, and the player's account can be restricted.
- **Turn chat off or limit it:** in *Options → Chat Settings*, chat can be set to "Commands Only" or "Hidden" entirely.

**As the Realm owner**
- Remove the player from the Realm under **Players**, so they can no longer join.

**Beyond the game**
- Take a screenshot (F2) of anything nasty before hiding or reporting it, so you have a record.
- If the mean player is a friend from school, talking to their parent often works better than anything technical.

**The most important part**
Make sure the kids know they can come to you without getting their game time taken away. Kids often hide bad online experiences because they fear losing access. "Tell me, and we'll deal with it together" is what keeps them talking.""")])

# ---------------------------------------------------------------- bad_length: puppy, "It depends."
add("bad_length", "en",
    "Bad length: assistant turn 3 answers the question about taking the unvaccinated puppy outside and meeting dogs with only 'It depends.'",
    [("h", """We're getting an 8-week-old Labrador puppy next week. What vaccines will he need, and when?"""),
     ("g", """Congratulations! Puppies get a series of vaccines because the antibodies they got from their mother fade at an unpredictable time, usually between 6 and 16 weeks, and can block a vaccine while they're still present.

**Core vaccines (every puppy)**
- **DHPP** (distemper, adenovirus/hepatitis, parvovirus, parainfluenza): given every 3–4 weeks from 6–8 weeks of age, with the **last dose at 16 weeks or later**.
- **Rabies:** one dose at around 12–16 weeks, timed according to your local law.

**Non-core vaccines (depending on lifestyle and region)**
- **Leptospirosis:** often recommended, especially if he'll be around water, wildlife or rural areas. Two doses 2–4 weeks apart, starting from about 12 weeks.
- **Bordetella** (kennel cough): usually required for daycare, boarding and group training classes.
- **Lyme disease:** in areas with many ticks.
- **Canine influenza:** in some regions, or for dogs that mix with many others.

**A typical schedule**
- 8 weeks: DHPP
- 12 weeks: DHPP, leptospirosis (1st)
- 16 weeks: DHPP, leptospirosis (2nd), rabies
- 1 year later: boosters of DHPP, leptospirosis and rabies

After that, boosters are usually every 1–3 years depending on the vaccine.

Ask the breeder for his vaccination and deworming records, including vaccine names and dates, and bring them to his first vet visit within a few days of bringing him home."""),
     ("h", """The breeder says he already had his first DHPP shot at 6 weeks. Does that change the schedule?"""),
     ("g", """A little: it shifts the timing, but the end point stays the same.

Since he had his first DHPP at 6 weeks, the next doses are usually spaced every 3–4 weeks from there:
- **Around 9–10 weeks:** second DHPP
- **Around 12–13 weeks:** third DHPP (plus leptospirosis if your vet recommends it)
- **16 weeks or later:** final DHPP, plus rabies at about this time

The important rule is that the **final puppy dose must be given at 16 weeks or older**, however early the series started. That's because maternal antibodies can still interfere with vaccines given before that age. Starting at 6 weeks may mean he ends up with four puppy doses instead of three, which is normal and safe.

**What to bring to the vet**
The breeder's record should show the **vaccine name or brand, the date, and ideally the batch sticker**. If the vet can't verify the 6-week dose, they may repeat it, which is also harmless.

Book his first vet visit for about a week after you bring him home, so his second dose lands right on time at 9–10 weeks."""),
     ("h", """Until he's fully vaccinated, can I take him outside for walks or let him meet other dogs?"""),
     ("g", """It depends."""),
     ("h", """What about deworming and flea and tick prevention?"""),
     ("g", """Both are important from the start.

**Deworming**
- Almost all puppies are born with or quickly pick up roundworms from their mother, so breeders usually deworm at 2, 4, 6 and 8 weeks. Check his record.
- Your vet will typically continue deworming every 2 weeks until around 12 weeks, then monthly until 6 months, often through a monthly preventive.
- Bring a fresh stool sample to the first vet visit so they can check for other parasites such as giardia or coccidia.

**Heartworm**
- In many regions, heartworm prevention should start by **8 weeks** of age. Most monthly heartworm preventives also treat common intestinal worms, which simplifies things.

**Fleas and ticks**
- Use only products labelled for his **age and weight**. Many are approved from 8 weeks and a minimum weight of a few pounds, but some are only for older puppies.
- Options include monthly chewables, topical spot-ons and long-acting collars. Your vet can recommend one that suits your area's tick risk.
- Never use dog products on cats or products meant for larger dogs split into smaller doses.

**Practical tip**
Labradors grow fast, so re-weigh him before each dose. He'll move up through weight bands quickly during his first six months."""),
     ("h", """Roughly how much should I budget for all of this in his first year?"""),
     ("g", """Costs vary a lot by region and clinic, but here's a realistic range for a Labrador's first year in the US:

| Item | Approximate cost |
|---|---|
| Vet exams and puppy vaccines (3–4 visits) | $300–600 |
| Heartworm, flea and tick prevention (a growing large-breed dog) | $300–600 |
| Deworming and stool tests | $50–150 |
| Microchip | $40–60 |
| Spay/neuter | $200–800 |
| **Total, routine care** | **about $900–2,200** |

**Notes**
- **Spay/neuter timing:** for large breeds like Labradors, many vets now suggest waiting until 12–18 months for joint health. Discuss the timing with your vet; it may fall outside the first year.
- **Wellness plans:** many clinics offer monthly puppy plans covering exams and vaccines, which can spread the cost and sometimes save money.
- **Pet insurance:** roughly $30–60 a month for a Labrador puppy. It doesn't cover routine vaccines, but it protects you from big bills (swallowed socks are a Labrador classic).
- **Not included above:** food, crate, bed, toys, training classes and grooming, which can easily add another $800–1,500 in the first year.

Setting aside a small emergency fund, even $500–1,000, is a good idea whether or not you get insurance.""")])

# ---------------------------------------------------------------- bad_length: knitting, long ramble
add("bad_length", "en",
    "Bad length (subtle): assistant turn 2 is a long ramble about the history of wool and sheep breeds that never says which yarn to buy or how much for a 40-inch chest.",
    [("h", """I've knitted a few hats and scarves, and now I want to make my first sweater. What kind of pattern should I pick?"""),
     ("g", """Great next step! For a first sweater, the pattern choice matters more than anything else. Look for these features:

**1. Top-down, seamless raglan construction**
You knit from the neck down in one piece, so there's no sewing at the end, and you can **try it on as you go**, which removes most of the fear of a sweater not fitting.

**2. Worsted or DK weight yarn**
Thick enough to grow quickly, thin enough to give a wearable fabric. Avoid bulky yarns for a first sweater; they're fast, but the fit is less forgiving.

**3. Mostly stockinette**
Plain knitting in the round, maybe with a simple garter or rib detail. Save colourwork and cables for sweater number two.

**4. Clear sizing with ease information**
The pattern should list the finished chest measurement for each size and the recommended **ease** (how much bigger than your body the sweater should be). For a casual pullover, 2–4 inches of positive ease is typical.

**A classic first-sweater pattern**
**Flax by Tin Can Knits** is free, top-down, seamless, with a simple garter-stitch panel on the sleeves. It comes in sizes from babies to large adults and in worsted and light (DK) versions. The same designers have a free "Learn to Knit a Sweater" tutorial series that walks through each step.

**Skills you'll pick up**
Knitting in the round on circular needles, raglan increases, putting stitches on hold for the sleeves, picking up stitches at the underarm, and knitting the sleeves on smaller circumferences. If you can knit a hat in the round, you can do all of these."""),
     ("h", """I'm going with Flax in worsted. What yarn should I buy, and how much do I need for the size with a 40-inch chest?"""),
     ("g", """Yarn is a fascinating subject, and sweaters in particular have a long history behind them. Wool has been spun for thousands of years, and the earliest sheep were actually hairy rather than woolly; it took centuries of selective breeding before the soft, crimpy fleece we know today became common. By the Middle Ages, English wool was so valuable that the Lord Speaker in the House of Lords still sits on a cushion stuffed with it, called the Woolsack, as a reminder of where the country's wealth came from.

Merino sheep, which give us most of today's soft sweater yarns, were originally bred in Spain, and for a long time exporting them was forbidden. When they finally spread to Australia and New Zealand in the 18th and 19th centuries, they transformed those economies. Meanwhile, in the far north of Scotland, the small, hardy Shetland sheep produced a fine, light wool that islanders knitted into the famous Fair Isle and lace garments, often knitting while walking between tasks.

The Industrial Revolution changed everything again: inventions like the spinning jenny and water frame moved spinning out of homes and into mills, which is why towns across northern England grew up around wool and cotton. Knitting itself went from being a necessity to a hobby, and then, in the 1940s, back to a patriotic duty, when people knitted socks and sweaters for soldiers.

Today there are hundreds of breeds and blends, from rustic Icelandic lopi to silky alpaca. So whichever yarn you choose, you're joining a very long tradition."""),
     ("h", """Good to know. Should I knit a gauge swatch first, even for a simple pattern?"""),
     ("g", """Yes, especially for a sweater. A hat that's a bit off still fits someone; a sweater that's off by a couple of stitches per 4 inches can end up several inches too big or too small around the chest.

**How to do it properly**
1. **Use the yarn and needle size the pattern suggests.** Cast on enough stitches for at least 6 inches of width.
2. **Knit it the way you'll knit the sweater.** Flax's body is knitted in the round, and many people knit slightly differently flat than in the round, so the most accurate swatch is in the round as well (or flat "speed swatching" with the yarn carried loosely across the back).
3. **Knit at least 5–6 inches** of stockinette.
4. **Wash and block it** the way you'll wash the finished sweater, then let it dry completely. Many yarns grow or shrink after washing.
5. **Measure in the middle**, away from the edges: count the stitches across 4 inches, and ideally measure in a couple of places.

**Adjusting**
- **More stitches per 4 inches than the pattern:** your fabric is tighter, so go up a needle size.
- **Fewer stitches:** go down a needle size.
- Re-swatch until you match the pattern's gauge for stitches. Row gauge matters less in a top-down sweater, because you knit to a measured length and try it on as you go.

**Bonus:** keep the swatch. It's perfect for testing how the yarn washes, and it can become a mug coaster or a patch later.""")])

# ---------------------------------------------------------------- contradiction: bathroom tile 48 vs 56 sq ft
add("contradiction", "en",
    "Contradiction (subtle): turn 1 establishes a 6x8 ft floor (48 sq ft); in turn 7 the materials list says 'your 56 sq ft floor' and computes tile from it.",
    [("h", """I'm retiling my small bathroom floor myself. The floor is 6 ft by 8 ft, with a toilet and a 30-inch vanity. The current floor is old vinyl over plywood. Where do I start?"""),
     ("g", """A 6 × 8 ft floor is **48 sq ft**: a very manageable first tiling project. Here's the order of work.

**1. Prepare the room**
- Shut off the water to the toilet, drain it, and remove it. Stuff a rag in the drain pipe to block sewer gas and stop anything falling in.
- Decide on the vanity: removing it and tiling the whole floor is cleaner and future-proof; tiling around it is faster. Since it's only 30", removing it is usually worth the extra hour.
- Remove the baseboards carefully if you want to reuse them.

**2. Remove the vinyl**
- Cut it into strips with a utility knife and pull it up. Scrape off leftover adhesive.
- If the vinyl is old (roughly before the 1980s), the vinyl or its adhesive may contain asbestos. Have a sample tested before you scrape or sand.

**3. Check the subfloor**
Tile is rigid, so it needs a stiff, flat base:
- Check the plywood thickness and the joist spacing.
- Walk around and feel for bounce; look for soft or water-damaged areas, especially around the toilet.
- Check flatness with a long straightedge. Low spots more than about 1/8" over 10 ft need to be filled before tiling.

**4. Choose an underlayment**
Never tile directly onto plywood. You'll need either **cement board** or an **uncoupling membrane** on top of the plywood.

**Tools you'll need**
Notched trowels, a bucket and mixing paddle, a tile cutter or wet saw, spacers, a level, a rubber grout float, sponges, knee pads and safety glasses.

Tell me the plywood thickness and joist spacing, and we'll pick the underlayment."""),
     ("h", """The subfloor is 3/4-inch plywood over joists 16 inches apart, and it feels solid. Cement board or membrane?"""),
     ("g", """Good news: 3/4" plywood on 16" joists is a solid base for porcelain or ceramic tile, so both options will work. Here's how they compare:

**Cement board (1/4" backer board)**
- Cheaper: a 3 × 5 ft sheet is typically $12–18, and you'd need about four sheets.
- Installed over a bed of thinset and screwed every 8 inches with backer-board screws; the seams are taped with alkali-resistant mesh tape.
- Heavy, dusty to cut and adds about 1/2" of height once the thinset and tile are included.

**Uncoupling membrane (e.g. Schluter Ditra)**
- More expensive: typically around $2–3 per sq ft.
- Only about 1/8" thick, and it rolls out and cuts with a utility knife. Much lighter and cleaner to work with.
- "Uncoupling" means it lets the subfloor and tile move slightly independently, which helps prevent cracked tiles and grout. It also acts as a waterproofing layer if you seal the seams with the matching band.

**For your 48 sq ft**
The price difference is only about $50–100 in total, so the membrane's advantages (less height, less weight, crack protection, easy cutting) usually win for a DIYer. The lower height also matters at the doorway, where you'll need to transition to the hallway floor, and at the toilet flange.

If budget is very tight, cement board will still give a good result. Either way, follow the manufacturer's installation instructions exactly, including the thinset type."""),
     ("h", """I'll go with the membrane. What size tile and how much should I buy?"""),
     ("g", """**Tile size**
- **12 × 24" porcelain** is very popular and makes a small bathroom look larger with fewer grout lines. But large tiles need a **very flat** floor; otherwise you get lippage (uneven edges). Use a tile leveling clip system with them.
- **12 × 12"** is the most forgiving size for a first project and cuts more easily around the toilet.
- Small mosaics are the most forgiving on uneven floors but involve lots of grout.

For a first job on a solid, flat floor, either 12 × 12 or 12 × 24 is a good choice. Choose porcelain over ceramic for a bathroom floor; it's denser and absorbs less water.

**How much to buy**
- Floor area: **48 sq ft**.
- Add **10% for waste** on a straight layout, or 15% for diagonal or herringbone: 48 × 1.10 = **about 53 sq ft**.
- Tiles come in boxes; for 12 × 24 porcelain a box often covers about 16 sq ft (8 tiles). 53 ÷ 16 = 3.3, so **buy 4 boxes**.
- Make sure every box has the same batch or lot number, so the colour matches.

**Membrane and thinset**
- Ditra comes in rolls of about 54 sq ft, so one roll covers your floor.
- Follow the membrane maker's thinset specifications for both layers: under the membrane and between the membrane and tile. The manufacturer's own thinsets are the easy way to meet those requirements.

Keep a few spare tiles after the job in case you ever need to replace a cracked one."""),
     ("h", """How do I lay out the tile so it looks good?"""),
     ("g", """Layout is where a tiling job looks professional or amateur, so it's worth an hour with a pencil and a dry run.

**1. Find the centre lines**
Snap a chalk line down the middle of the room in both directions, so you have a cross in the middle of the floor.

**2. Dry-lay a row in each direction**
Lay loose tiles with spacers along each line, from the centre to the walls. You're checking what size the **cut pieces at the edges** will be.

**3. Avoid slivers**
If the last tile at a wall would be narrower than about half a tile, shift the whole layout by half a tile. This gives larger, more balanced cuts on both sides instead of a thin strip on one.

**4. Prioritise what people see**
- The **doorway** is where you'll look at the floor most. Aim for a full or near-full tile at the threshold.
- Cuts can go under the vanity (if you're keeping it in place) and along the wall behind the toilet, where they're less visible.

**5. Offset for rectangular tiles**
For 12 × 24 tiles, use a **one-third offset** rather than 50%. Long porcelain tiles are often slightly bowed in the middle, and a 50% offset puts the high centre of one tile next to the low end of the next, which causes lippage.

**6. Work out of the room**
Start at the far wall and work back toward the door, so you don't tile yourself into a corner.

Mark your reference lines on the membrane with a pencil or marker. They'll guide each row as you go."""),
     ("h", """What about cutting around the toilet flange?"""),
     ("g", """The flange cut looks intimidating but is hidden under the toilet, so it doesn't have to be perfect.

**Marking**
1. Place the tile where it will go, with spacers, and mark where the flange edges meet it.
2. If the flange sits in the middle of a tile, it's often easier to **split the tile in two**, with the cut line running through the centre of the flange, and cut a half-circle out of each half.
3. Leave about **1/4" of clearance** around the flange. The toilet base covers it.

**Cutting**
- **Angle grinder with a diamond blade:** make a series of straight cuts inside the curve, then break out the pieces. Wear eye protection and a mask; it's dusty.
- **Tile nippers:** after rough cuts, nibble away small bites up to your line. Slow but controllable.
- A **wet saw** can make the straight relief cuts before you nip out the curve.

**Flange height: the important part**
After tiling, the toilet flange should sit **level with or slightly above the finished tile**. Your membrane, thinset and tile will raise the floor by roughly 1/2".
- If the flange ends up below the tile surface, use a **flange extender or spacer ring** to bring it up. Otherwise the wax ring may not seal and the toilet could leak.
- Use a **new wax ring** (or a wax-free seal) when you reinstall the toilet; never reuse the old one.

Put the toilet back only after the grout has cured."""),
     ("h", """How long do I wait between steps?"""),
     ("g", """Here's a typical timeline, although you should always check the times printed on the specific products you buy:

**1. Membrane**
- With an uncoupling membrane such as Ditra, you can usually tile **immediately** after installing it, because the thinset under it doesn't need to cure first.

**2. Tile thinset → grout**
- Wait about **24 hours** after setting the tile before grouting, so the thinset is firm enough that the tiles don't shift.
- Keep off the floor as much as possible during that time. If you must cross it, lay a board over the tiles to spread your weight.

**3. Grout → light use**
- Most cement grouts can take light foot traffic after about **24 hours**.
- Rapid-setting grouts can be ready in a few hours; epoxy grouts vary by brand.

**4. Grout → sealing**
- Cement-based grout usually needs **48–72 hours** to cure before sealing. Check the grout manufacturer's guidance; some modern grouts don't need sealing.

**5. Reinstalling the toilet and vanity**
- After the grout has cured for at least **24 hours**, you can reset the toilet with a new wax ring and reinstall the vanity and baseboards.
- Use a flexible caulk, not grout, where the tile meets the walls and around the base of the tub or vanity.

**In practice**
- Day 1: tile.
- Day 2: grout.
- Day 3 or 4: seal (if needed), put the toilet back, caulk, reinstall baseboards.

Plan on having the bathroom out of use for about three to four days."""),
     ("h", """Can you give me a total materials list with rough costs?"""),
     ("g", """Here's a complete list for the job, with typical US prices:

**Tile**
- Porcelain tile: for your 56 sq ft floor plus 10% waste, about 62 sq ft, so **4 boxes** of 12 × 24 tile. At $2–5 per sq ft, roughly **$130–320**.

**Underlayment and setting materials**
- Uncoupling membrane, one roll of about 54 sq ft: **$120–170**
- Thinset (unmodified or the membrane maker's own), 2–3 × 50 lb bags: **$40–90**
- Grout, 1 × 25 lb bag (or a premixed tub for easier use): **$25–60**
- Grout sealer (if your grout needs it): **$15–25**
- Tile leveling clip system, about 200 clips plus wedges: **$30–50**
- Spacers (1/8" or 3/16"): **$5–10**
- Flexible silicone caulk to match the grout: **$8–12**

**Toilet reinstallation**
- New wax ring (or wax-free seal) and closet bolts: **$10–20**
- Flange extender or spacer ring, if needed: **$10–20**

**Finishing**
- Threshold or transition strip for the doorway: **$20–50**

**Tools (if you don't own them)**
- 1/4" × 1/4" square-notch trowel and a margin trowel: **$15–25**
- Manual tile cutter or a rented wet saw: **$40–100**
- Angle grinder with diamond blade: **$40–70**
- Mixing paddle for your drill, buckets, sponges, grout float, knee pads: **$40–70**

**Estimated total: roughly $550–1,150**, depending mainly on your tile choice and which tools you already own."""),
     ("h", """Thanks. Is there anything I'm likely to forget?"""),
     ("g", """A few things catch almost every first-time tiler:

1. **Door clearance.** The new floor is about 1/2" higher than before. Check that the bathroom door will still swing over it; you may need to trim the bottom of the door.
2. **Expansion gap at the walls.** Leave about 1/4" between the tile and the walls all round and fill it with flexible caulk, not grout. Tiles pushed tight against walls can crack or tent up as the house moves.
3. **Clean the joints as you go.** Scrape out any thinset that squeezes up between tiles before it hardens, or you won't have room for grout.
4. **Back-butter large tiles.** Spread a thin layer of thinset on the back of 12 × 24 tiles as well as on the floor, and periodically lift a tile to check you're getting full coverage.
5. **Mix small batches.** Thinset has a working time, often around 30 minutes to an hour once mixed. Mix only what you can use in that time.
6. **Protect the drain.** Keep the rag in the toilet drain while you work, and remove it before you set the toilet!
7. **Ventilation and dust.** Cutting porcelain produces fine silica dust. Cut outdoors or in the garage, wear an N95 or better mask, and use water with the wet saw.
8. **Your knees.** Good knee pads make a bigger difference to how you feel on day two than almost anything else.
9. **Keep spare tiles and the lot number** for future repairs.

Take your time with the layout and the first few rows, and the rest of the job goes much faster.""")])
