from a_common import h, g, item

ITEMS = []

# ---------------------------------------------------------------- composting (good)
ITEMS.append(item("good", "en",
"Good: four-turn composting help (setup, greens/browns, fixing a smelly pile, using finished compost); every reply is specific, correct and consistent.",
[
h("""
I want to start composting in my backyard. The yard is small, maybe 20 by 30 feet, we're in Ohio, and it's just two of us but we cook a lot of vegetables. Should I get a bin or just make a pile in the corner?
"""),
g("""
For a small suburban yard I'd go with an enclosed bin rather than an open pile. A bin keeps things tidy, holds heat better, and discourages raccoons and neighbours' dogs.

**How big:** aim for roughly 3 × 3 × 3 feet (about 1 cubic yard). That's the smallest volume that reliably heats up in the middle; anything much smaller tends to stay cold and just slowly rot.

**Your main options:**
- **Plastic bin (80–100 gallons), about $60–$120.** Lid, small footprint, good for two people. Many Ohio cities and county solid-waste districts sell them at a discount in spring, so check your local district's website.
- **DIY pallet bin, nearly free.** Four heat-treated pallets (look for the "HT" stamp, avoid "MB") wired together. Bigger and cheaper, but less neat.
- **Tumbler, $100–$250.** Easy to turn and rodent-proof, but it holds less and often stays too wet. Fine if you hate turning with a fork.

**Where to put it:**
- On bare soil, not concrete, so worms and microbes can move in.
- Partial shade. Full sun dries it out in July, deep shade keeps it cold.
- Close enough to the kitchen that you'll actually walk out in January, but at least 10 feet from the house and fences.

Two people who cook a lot usually produce 3–5 lb of scraps a week. A single 1-cubic-yard bin handles that easily if you add enough dry material with it, which is the next thing to get right.
"""),
h("""
OK, so what can go in and what should stay out? I keep hearing about "greens" and "browns".
"""),
g("""
"Greens" are wet, nitrogen-rich materials; "browns" are dry, carbon-rich ones. Microbes need both.

**Greens (nitrogen)**
- Fruit and vegetable scraps, peels, cores
- Coffee grounds and paper filters
- Tea leaves (many bags contain plastic, so tear them open or use loose tea)
- Fresh grass clippings in thin layers
- Green plant trimmings

**Browns (carbon)**
- Dry autumn leaves (the single best brown)
- Shredded plain cardboard, egg cartons, paper bags
- Newspaper, shredded
- Straw (not hay, which carries seeds)
- Small amounts of wood chips or sawdust from untreated wood

**Ratio:** by volume, roughly 2–3 parts browns to 1 part greens. Don't measure obsessively; just cover every bucket of kitchen scraps with a good layer of browns.

**Keep out**
- Meat, fish, bones, dairy, oily food (smell and pests)
- Dog and cat waste (pathogens)
- Diseased plants and weeds that have gone to seed
- Glossy or coated paper, anything plastic-lined
- Charcoal or coal ash
- Plants treated with persistent herbicides

**Fine in moderation:** crushed eggshells (slow, but harmless), citrus peels and onions (a bit acidic, OK in normal household amounts), bread and rice if you bury them in the centre.

Smaller pieces break down faster, so chop big stems and melon rinds into 2–3 inch chunks.
"""),
h("""
It's been three weeks. The bin smells like rotten eggs and the stuff inside is slimy. What did I do wrong?
"""),
g("""
That's the classic sign of a pile that's **too wet and short of air**. The rotten-egg smell is hydrogen sulphide from anaerobic bacteria, which take over when oxygen can't get in. Almost always the cause is too many greens and not enough browns, sometimes made worse by rain through the lid vents.

**Fix it this weekend:**
1. **Add browns generously.** Mix in about as much shredded cardboard or dry leaves as there is slimy material. Cardboard is great here because it soaks up the excess water.
2. **Turn it completely.** Fork everything out onto a tarp, break up the matted clumps, mix in the browns, and fork it back in. This gets oxygen back in quickly.
3. **Do the squeeze test.** A handful should feel like a wrung-out sponge: damp, maybe a drop or two of water, but not dripping.
4. **Keep the lid on in heavy rain,** and make sure the bottom can drain onto soil.

**Going forward:**
- Every time you add kitchen scraps, cover them with 2–3 inches of browns.
- Turn or stir it once a week for the next month.
- Keep a bag of browns next to the bin. In autumn, fill a few yard bags with leaves and store them; that's your brown supply for the whole next year.

The smell should be gone within a few days of turning. A healthy pile smells earthy or like nothing at all.
"""),
h("""
How will I know when it's actually done, and how should I use it?
"""),
g("""
**Signs it's finished:**
- Dark brown to black, crumbly, like rich soil
- Smells earthy, like a forest floor
- You can't recognise the original scraps (a few eggshell bits or twigs are fine)
- It no longer heats up after you turn it

With regular turning and a good mix, expect about 2–4 months in summer. A pile that's mostly left alone takes 6–12 months, and Ohio winters slow it way down.

**Before using it:**
1. **Let it cure 2–4 weeks.** Pull the finished material to one side or into a covered container and let it sit. This finishes off any remaining breakdown that could otherwise tie up nitrogen in your beds.
2. **Screen it (optional).** Shake it through a frame of ½-inch hardware cloth and throw the big bits back in the bin as a starter.

**How to use it:**
- **Vegetable and flower beds:** work 1–2 inches into the top 6 inches of soil in spring, or spread it as a mulch around plants.
- **Lawn:** top-dress with about ¼ inch in early autumn, raked in, ideally after aerating.
- **Containers:** mix up to 25–30% compost into potting mix. Pure compost in pots gets too dense and holds too much water.
- **Around trees and shrubs:** a 1-inch layer out to the drip line, kept a few inches away from the trunk.

With two people cooking a lot, you'll probably end up with 2–3 wheelbarrow loads a year, which is plenty for a couple of beds and some pots.
"""),
]))

# ---------------------------------------------------------------- car lease (contradiction, subtle, last turn)
ITEMS.append(item("contradiction", "en",
"Contradiction (subtle): in the final summary (turn 5) the assistant gives the residual/buyout as $22,450, contradicting the $21,450 residual the user stated in turn 1 and the assistant used in turn 2.",
[
h("""
My car lease ends in 4 months. The contract allows 36,000 miles total and I'm at 38,200 right now. I drive about 1,100 miles a month. The overage charge is $0.25 a mile, and the residual value in the contract is $21,450. What am I looking at if I just turn it in?
"""),
g("""
Let's project where you'll land at turn-in:

- Current mileage: 38,200
- Remaining driving: 4 months × 1,100 = 4,400 miles
- **Projected mileage at lease end: about 42,600**
- Allowed: 36,000
- **Overage: about 6,600 miles × $0.25 = roughly $1,650**

On top of that, when you return the car you'll typically face:
- **A disposition fee**, often $350–$595 depending on the brand (check your contract; it's usually waived if you lease or buy another car from the same brand).
- **Excess wear-and-tear charges**, if the inspection finds damage beyond the normal allowance.

So a straight turn-in could realistically cost you **$2,000–$2,300** before any damage charges.

A few ways to reduce that:
1. **Drive less for the next 4 months.** Every 1,000 miles you avoid saves $250. If you have another car in the household, shift trips to it.
2. **Ask about pre-purchasing miles.** Some lessors let you buy miles before the end at a lower rate, though many only allow this at the start of the lease.
3. **Consider buying the car or selling it to a dealer.** If the car is worth more than the residual, the mileage penalty disappears entirely because the lessor never gets the car back. With a residual of $21,450, this is worth checking.

Do you know what the car is worth on the market right now?
"""),
h("""
The dealer said it's worth about $24,000, and my contract says there's a $350 purchase option fee. Should I buy it out?
"""),
g("""
With those numbers, buying it out looks attractive. Here's a rough picture, assuming 6% sales tax (adjust for your state):

| Item | Amount |
|---|---|
| Residual value | $21,450 |
| Purchase option fee | $350 |
| Sales tax at 6% on the residual | about $1,287 |
| Title and registration | about $150–$250 |
| **Approximate total to buy** | **about $23,300** |

Against a market value of roughly $24,000, you'd be buying the car for slightly less than it's worth, **and** you'd avoid the roughly $1,650 mileage charge and the disposition fee. Effectively you come out roughly $2,700–$2,900 ahead compared with turning it in and then buying a similar car elsewhere.

Two cautions:
- **"Worth $24,000" from the dealer may be the retail price,** not what they'd pay you. Check a trade-in estimate on KBB or Edmunds and an instant offer from CarMax or Carvana to see the real number.
- **Only buy it if you want to keep driving this car.** If you'd rather have something else, another option is selling it to a dealer who pays off the lease. The difference between their offer and your payoff is your equity. Some lessors now restrict third-party buyouts, so call your leasing company and ask whether a dealer of a different brand can buy it.
"""),
h("""
There's a scratch on the rear bumper, about 4 inches long, and the tires look pretty worn. Does that matter if I buy it?
"""),
g("""
If you buy the car, **wear and tear charges don't apply at all.** The inspection only matters when you give the car back. So the scratch and tires become your problem to fix whenever you like, not a bill from the leasing company.

If you were returning it, here's how they'd likely be treated:
- **Scratches:** most lessors use a "credit card test": a scratch shorter than a credit card (about 3.4 inches) and not through the paint is normal wear. Your 4-inch scratch is borderline; a charge of $150–$400 would be typical if they flagged it.
- **Tires:** most contracts require at least 4/32" of tread and matching brands. Put a quarter into the groove with Washington's head down; if you can see the top of his head, you're around 4/32" or less. Replacing a set of four would be $500–$900 on most sedans.

Since you're leaning toward buying, the tires are worth factoring into your decision: if they need replacing soon, that's a real cost of keeping the car, even though the lessor won't charge you.

If you're still undecided, schedule the free pre-return inspection most lessors offer 60–90 days before the end. You'll get a written list of potential charges and can compare that with the buyout.
"""),
h("""
If I buy it out, what's the best way to finance it? I have about $5,000 saved I could put down.
"""),
g("""
Shop the loan separately from the dealer or leasing company; a lease buyout loan is a used-car loan, and rates vary a lot between lenders.

**Where to look, in order:**
1. **Credit unions.** Usually the lowest used-car rates, often 1–2 percentage points below banks. Many have a specific "lease buyout" product and will handle the paperwork with the leasing company.
2. **Your own bank,** especially if you have a checking account there; some offer a rate discount for autopay.
3. **Online lenders** (LightStream, for example) for comparison.
4. **The leasing company's own financing** last, as a benchmark.

**Using your $5,000:**
- On a total of about $23,300, putting $5,000 down means financing roughly $18,300.
- At 7% for 48 months, that's about $438 a month and roughly $2,700 in total interest.
- At 7% for 60 months, about $362 a month but about $3,400 in interest.

Keep at least part of the $5,000 as an emergency fund if it's your only savings, especially since the tires may need replacing soon. Putting $3,000 down instead of $5,000 only adds about $48 a month on a 48-month loan.

**Practical steps:** get pre-approved with two or three lenders within a 14-day window (multiple auto-loan inquiries in that window usually count as one on your credit score), then ask the leasing company for an official payoff letter and give it to the lender you choose.
"""),
h("""
Can you sum up the numbers side by side so I can decide?
"""),
g("""
Here's the comparison in one place:

**Option A: Turn the car in**
- Projected overage: about 6,600 miles × $0.25 = about **$1,650**
- Disposition fee: typically **$350–$595**
- Possible wear charges (scratch, tires): **$0–$1,300**
- Total out of pocket: roughly **$2,000–$3,500**
- And then you still need another car.

**Option B: Buy it out**
- Buyout price: **$22,450 residual + $350 purchase option fee**
- Sales tax and registration: about **$1,400–$1,550**
- No mileage charge, no disposition fee, no wear charges
- Market value: around **$24,000** (confirm with a trade-in quote)
- Likely upcoming cost: tires, **$500–$900**

**Option C: Sell it to a dealer**
- Only works if your lessor allows third-party buyouts.
- Your gain is the dealer's offer minus the payoff amount; with a $24,000 retail estimate, a real trade-in offer may be closer to $22,500–$23,000.

**Bottom line:** if you like the car and plan to keep it at least a few more years, Option B is the best value. You avoid about $2,000 in turn-in charges and buy a car with known history at or below market price. If you'd rather drive something different, get an instant offer for Option C before defaulting to Option A.
"""),
]))

# ---------------------------------------------------------------- puppy crate training (good)
ITEMS.append(item("good", "en",
"Good: five-turn puppy crate-training help; replies are accurate, specific, consistent and vary in length (short last answer).",
[
h("""
We brought home a 10-week-old Labrador puppy four days ago. He cries in his crate at night for like an hour. Is this normal and what should we do?
"""),
g("""
Totally normal. He's just been taken away from his mother and littermates, and for the first time in his life he's sleeping alone. Most puppies settle within one to two weeks if you're consistent. Here's what helps:

1. **Move the crate into your bedroom,** right next to the bed. Being able to smell and hear you is the single biggest thing that reduces night crying. You can move it out gradually later.
2. **Size the crate correctly.** He should be able to stand, turn around and lie down, but not much more. If you bought a crate for his adult size, use the divider panel.
3. **Tire him out and empty him out.** Play for 15–20 minutes about an hour before bed, then a final potty trip right before lights out. Pick up water about 1–2 hours before bed.
4. **Plan for a night-time potty break.** A rough rule is that puppies can hold it for their age in months plus one hour, so about 3 hours at his age. Set an alarm, take him out on a leash, keep it boring (no play, minimal talking), and put him straight back.
5. **Make the crate cozy:** a blanket or a towel that smells like you, and a safe chew toy.
6. **Don't let him out while he's escalating.** If he's crying because he needs to pee, take him out. If you've just taken him out and he's protesting, wait for a few seconds of quiet before you go to him, so he doesn't learn that crying opens the door.

You can also rest your fingers against the crate when he first wakes up; many puppies calm down just from that.
"""),
h("""
How long can he stay in the crate during the day? I work from home but I have meetings that sometimes run 2 hours.
"""),
g("""
At 10 weeks, aim for **no more than about 1–2 hours at a stretch while he's awake**, and don't leave him more than about 3 hours total without a potty break. A 2-hour meeting is doable if you set it up well.

Puppies this age sleep 18–20 hours a day, so the crate is really his nap spot. A workable routine looks like this:

- **Before a meeting:** potty break, 10–15 minutes of play or training, another quick potty trip.
- **During the meeting:** crate with a stuffed, frozen Kong (a bit of his kibble soaked in water and frozen works well). Most puppies chew for 15–20 minutes and then fall asleep.
- **Right after:** straight outside. Carry him if you need to; puppies often pee the moment they wake up.

Other tips for a work-from-home setup:
- Put the crate somewhere he can see you but where your camera can't, so you're not tempted to respond to whining mid-call.
- Use a white-noise machine or a fan to mask house noise.
- Short crate sessions of 5–10 minutes when you're around and nothing's happening also help; otherwise the crate only ever means "you're leaving".

As he gets older, you can stretch the time: by around 4–5 months most puppies can manage 3–4 hours during the day.
"""),
h("""
He peed in the crate this afternoon while I was on a call. Did I mess something up?
"""),
g("""
One accident isn't a setback, and it's very common at this age. Puppies have small bladders and limited control until about 4–6 months. Three things are worth checking:

- **Crate size:** if he has room to pee in one corner and sleep in another, he will. Move the divider so he only has enough space to stand, turn and lie down.
- **Timing:** if the accident happened near the end of a 2-hour stretch, the interval was just a little long for today. Try 90 minutes for the next week.
- **Bedding:** some puppies pee on absorbent blankets because it feels like grass or a pee pad. If it happens again, take the bedding out for a while and use a bare crate tray.

**Cleaning:** use an enzymatic cleaner (for example Nature's Miracle or Rocco & Roxie) on the tray and anything washable. Regular household cleaners leave a smell he can still detect, which draws him back to the same spot. Avoid ammonia-based cleaners, which smell similar to urine.

**Don't scold him** when you find it afterwards; he won't connect it with the punishment. Just clean up calmly.

If accidents become frequent, if he pees small amounts very often, or if he's straining, call your vet. Urinary tract infections are fairly common in young puppies and easy to treat.
"""),
h("""
When can he eventually sleep outside the crate, like in a dog bed in our room?
"""),
g("""
There's no fixed age, but most dogs are ready somewhere between **6 and 12 months**, and some large, mouthy breeds like Labs are closer to 12–18 months. Go by behaviour rather than the calendar. Good signs he's ready:

- No accidents in the house for at least 6–8 weeks
- He isn't chewing things he shouldn't when you're around
- He settles calmly at night and sleeps through without needing to go out

**How to transition:**
1. Start by leaving the crate door open at night, with the crate still in your room and his bed inside it.
2. Close your bedroom door so his "free" space is just your room, and pick up shoes, chargers and anything chewable.
3. If he sleeps through without trouble for a couple of weeks, put a dog bed next to the crate.
4. After another few weeks, remove the crate or keep it open elsewhere as a den he can choose.

If he has an accident or chews something, go back a step for a week or two; it's not a failure.

Keep up some crate time even after that. Being comfortable in a crate makes vet stays, travel and boarding much less stressful later.
"""),
h("""
One last thing, is it OK to put a blanket over the crate at night?
"""),
g("""
Yes, many puppies settle better with a covered crate because it feels like a den and blocks out movement. Just:

- Leave at least one side, ideally the front, partly uncovered for airflow.
- Use a breathable cotton blanket or a fitted crate cover, and don't do it in a hot room.
- Watch for chewing: if he pulls the blanket through the bars and starts eating it, remove it until he's past the chewing phase.
"""),
]))

# ---------------------------------------------------------------- bike maintenance (good)
ITEMS.append(item("good", "en",
"Good: four-turn bike drivetrain troubleshooting (cleaning chain, wear check, barrel adjuster, service intervals); replies specific, correct and consistent.",
[
h("""
My hybrid bike (8-speed, Shimano) has a squeaky chain and it sometimes skips gears. How do I clean the chain properly without taking it off?
"""),
g("""
You can do a thorough clean with the chain on the bike. You'll need a degreaser (citrus degreaser or a bike-specific one), a stiff brush or old toothbrush, rags, and a chain lubricant.

1. **Shift to the smallest rear cog and middle or small front chainring** so the chain is as slack and straight as possible.
2. **Apply degreaser.** Hold a rag under the chain and drip or spray degreaser onto it while you backpedal for 20–30 revolutions. A cheap clamp-on chain scrubber ($15–$25) makes this faster and less messy.
3. **Scrub.** Brush the chain, the rear cogs and the small jockey wheels on the derailleur. The jockey wheels collect a surprising amount of gunk.
4. **Rinse.** Use a gentle stream of water or a bucket and sponge. Don't blast the hubs or bottom bracket with a pressure washer.
5. **Dry completely.** Wipe the chain hard with a clean rag while backpedalling, then let it air-dry for 15–30 minutes.
6. **Lubricate.** Put one drop of lube on each roller on the inside of the chain while backpedalling slowly (an 8-speed chain has about 112–116 links, so go once around).
7. **Wait, then wipe.** Let it soak in for 5–10 minutes, then wipe the outside of the chain with a clean rag. The lube needs to be inside the rollers, not on the outside attracting dirt.

Use a "wet" lube if you ride in rain a lot and a "dry" lube for dusty, dry conditions. The squeak should be gone after this. If the skipping continues, that's usually chain wear or cable tension, which we can check next.
"""),
h("""
I did that and the squeak is gone, but it still skips in a couple of the middle gears when I pedal hard. What next?
"""),
g("""
Skipping under load in a few gears points to one of two things: a **worn chain** (possibly with worn cogs) or **cable tension** that's slightly off. Check the chain first, because it's quick.

**1. Measure chain wear**
- **Chain checker tool ($10–$20):** drop it into the chain. For an 8-speed chain, replace at 0.75% wear; at 0.5% it's time to start planning.
- **Ruler method:** a new chain measures exactly 12 inches across 24 half-links, pin to pin. If it's 12 1/16 inches or more, replace it.

If the chain is worn past 0.75% (or 1/8 inch over 12 inches), the cogs you use most have probably worn too. A new chain on worn cogs often skips even worse, in which case you'll need a new cassette as well. For 8-speed that's cheap: about $20–$35 for a Shimano HG cassette and $15–$25 for a chain.

**2. If the chain is fine, adjust cable tension**
Over the first few hundred miles, and as cables age, the shift cable stretches slightly. The derailleur then sits a little off-centre on some cogs, so the chain climbs and skips when you push hard. The fix is a small turn of the **barrel adjuster**, either where the cable enters the rear derailleur or on the shifter.

Rule of thumb:
- If it's slow or hesitant to shift to a **larger** cog, add tension: turn the adjuster **counter-clockwise**.
- If it's slow to drop to a **smaller** cog, reduce tension: turn it **clockwise**.
"""),
h("""
The chain measured fine. How exactly do I use the barrel adjuster? I don't want to make it worse.
"""),
g("""
It's hard to do real damage here. Make small changes and you can always turn it back. Here's the step-by-step:

1. **Get the rear wheel off the ground.** Hang the bike on a stand, or flip it upside down onto its saddle and handlebars.
2. **Shift to the gear that skips** (say the 4th cog) and turn the pedals by hand.
3. **Look at the chain from behind.** The upper jockey wheel should sit directly below the cog the chain is on. If the chain is rubbing or "ticking" against the next larger cog, tension is too high; if it's touching the next smaller one, tension is too low.
4. **Turn the barrel adjuster a quarter turn at a time.** Counter-clockwise (viewed from the back, looking forward) increases tension and pulls the derailleur toward the larger cogs; clockwise decreases it.
5. **Shift up and down through all 8 gears** after each quarter turn while pedalling. You want crisp, one-click shifts in both directions and no ticking noise.
6. **Test ride and pedal hard** in the problem gears, standing up if possible.

Most bikes are sorted within one to three quarter turns. If you've gone more than two full turns in either direction and it's no better, stop and turn it back. At that point the cause is more likely a bent derailleur hanger (often from the bike falling on its right side), a frayed cable, or limit screws that are off, and a shop can check the hanger alignment for about $15–$25.
"""),
h("""
Great, that fixed it. How often should I be doing all this?
"""),
g("""
Glad it's sorted. A simple schedule for a commuting or fitness hybrid:

**Every ride or two (1 minute)**
- Quick look at tyres for glass and cuts, and squeeze them: most hybrids run 50–70 psi.

**Every 150–300 miles, or after any wet ride**
- Wipe the chain with a rag and re-lube. In wet weather, do this after every rainy ride.

**Every month or about 500 miles**
- Full chain clean like you just did.
- Check brake pads for wear and check that brakes don't pull to the handlebar.

**Every 1,000 miles**
- Measure chain wear. On an 8-speed drivetrain, chains typically last 2,000–3,000 miles, less in rain and grit. Replacing the chain at 0.5–0.75% means one cassette can last through two or three chains.

**Once a year**
- Replace shift and brake cables if they're sticky or rusty ($20–$40 in parts).
- Check hub and headset play: grab the wheel and rock it side to side; there should be no clunk.
- Consider a shop tune-up ($70–$120) if you ride a lot.

Keep a rough mileage log or use a free app like Strava to track it; most people forget how many miles they've done since the last chain.
"""),
]))

# ---------------------------------------------------------------- birthday party (off_topic)
ITEMS.append(item("off_topic", "en",
"Off-topic: after three turns planning a 7th birthday party, the user switches in turns 4-5 to a car check-engine light and the dialogue never returns to the party.",
[
h("""
I'm planning my daughter's 7th birthday party at home. About 12 kids, 2.5 hours on a Saturday afternoon, and I want to keep it under $250. Where do I start?
"""),
g("""
A 2.5-hour home party for 12 seven-year-olds is very doable on $250. Start with the skeleton and fill it in:

**1. Pick a theme she's excited about.** It drives decorations, cake and one or two activities, but you don't need to buy everything themed.

**2. Block out the schedule** (7-year-olds need structure):
- 0:00–0:20: arrivals, a simple craft or colouring station at the table
- 0:20–1:05: two or three organised games
- 1:05–1:35: food
- 1:35–2:00: cake and candles
- 2:00–2:30: presents (optional) or free play, then pick-up with party bags

**3. Rough budget:**
| Item | Budget |
|---|---|
| Food (pizza or hot dogs, fruit, drinks) | $70–$80 |
| Cake or cupcakes | $35–$45 |
| Decorations (balloons, banner, tablecloth) | $25–$30 |
| Activity supplies and prizes | $35–$40 |
| Party bags (12) | $35–$40 |
| Buffer | $15–$20 |

**4. Timeline:**
- 3–4 weeks out: send invitations with a "please reply by" date.
- 1 week out: shop for non-perishables and prep the craft.
- 1–2 days out: bake or pick up the cake, blow up balloons.

Recruit one other adult to help; with 12 kids, two adults is the minimum for games and bathroom trips.
"""),
h("""
She wants a science theme. What games or activities would work for that age?
"""),
g("""
Science is a great theme because the activities are cheap and kids love the mess. Pick three or four of these:

1. **Baking-soda volcanoes** ($10): small cups inside play-dough cones, a spoon of baking soda, a few drops of food colouring, then vinegar. Do it outside or on a tray. Let each kid do their own.
2. **Slime station** ($15–$20): clear school glue, contact lens solution and baking soda, plus glitter. Pre-measure the glue into zip bags so each kid just adds activator and squishes. They take it home, which doubles as a party-bag item.
3. **Mentos and soda geyser** ($8): one adult-led demo in the yard with a 2-litre diet soda. Always a crowd-pleaser; stand well back.
4. **Mystery boxes:** shoe boxes with a hand hole and something squishy inside (peeled grapes, cold spaghetti). Kids guess what it is.
5. **"Mad scientist" relay:** teams carry water in pipettes or spoons from one bowl to another; first to fill a marked line wins.

Practical tips:
- Give every kid a cheap lab coat: an adult-size white T-shirt with their name written on it in marker ($2–$3 each in packs).
- Safety glasses from the dollar store make it feel official.
- Cover the table with a plastic cloth and have wet wipes and paper towels on hand.

Budget for activities, including T-shirts, should stay around $40–$55.
"""),
h("""
What should I put in the party bags? I don't want a bunch of plastic junk.
"""),
g("""
Good call; with a science theme it's easy to make the bags useful. Aim for around $3 per bag:

- **The slime they made** in a small lidded container (already counted in your activity budget)
- **A magnifying glass** (packs of 12 for about $10)
- **A packet of seeds** to plant at home, like sunflowers or cress ($1 each or less in bulk)
- **A mini science card**: print a simple experiment they can do at home, such as "make a rainbow with a glass of water and a torch"
- **One treat**, such as a small bag of "rock candy" crystals to tie into the theme

Use paper bags with a printed "Lab Report" label and each child's name. If you want to skip bags entirely, a single nicer item like a kids' science book from a discount bookstore ($3–$4) works well and parents appreciate it.
"""),
h("""
Unrelated, but the check engine light in my car came on this morning. What's the most common cause?
"""),
g("""
The most common causes, roughly in order of how often they show up:

1. **Loose or faulty gas cap.** It's the first thing to check. Tighten it until it clicks; the light may take a few days of driving to go off. A replacement cap costs $15–$25.
2. **Oxygen sensor.** It measures unburned oxygen in the exhaust. A failing one hurts fuel economy; replacement is typically $150–$300.
3. **Catalytic converter.** Usually fails because of another problem like misfires; expensive, $1,000–$2,500.
4. **Ignition coil or spark plugs.** Causes misfires, rough idle or hesitation.
5. **Mass airflow sensor.** Sometimes it's just dirty and can be cleaned with MAF cleaner spray.

**What to do:** get the code read. AutoZone, O'Reilly and Advance Auto Parts do this free in most US stores, or you can buy an OBD-II reader for $20–$30. The code (for example P0420 or P0171) tells you which system flagged the problem.

**Solid vs. flashing:** a steady light means get it checked soon. A flashing light means an active misfire that can damage the catalytic converter; reduce speed and get it looked at right away.
"""),
h("""
It's steady, not flashing. Is it safe to drive it to the store and back this week?
"""),
g("""
With a steady light, short trips like that are generally fine as long as the car is driving normally. Keep an eye on a few things:

- **If the light starts flashing,** pull over when safe and avoid driving further than necessary.
- **If the car runs rough,** hesitates, loses power, overheats, or you smell something burning or like rotten eggs, stop driving and have it checked.
- **Check the temperature and oil pressure gauges.** If either warning light comes on, that's more urgent than the check engine light.

In the meantime, tighten the gas cap and get the code read for free at a parts store. If it turns out to be something minor, you'll know, and if it's something like a misfire code, you'll know to book a mechanic before it gets worse. Try to deal with it within a week or two, because some problems that start small, like a bad O2 sensor, can gradually damage more expensive parts.
"""),
]))

# ---------------------------------------------------------------- hard water / kettle (non_answer)
ITEMS.append(item("non_answer", "en",
"Non-answer: turn 3 reply only restates the water-softener question and praises it, giving no information about whether a softener is worth it.",
[
h("""
We just moved and there's a white crusty buildup in our electric kettle and on the shower head. I'm guessing hard water? How do I get rid of it in the kettle?
"""),
g("""
Yes, that's limescale: mostly calcium carbonate left behind when hard water is heated or evaporates. It's harmless to drink but it makes the kettle slower and noisier. An acid dissolves it easily.

**Option 1: citric acid (best, no smell)**
1. Fill the kettle about halfway with water.
2. Add 1–2 tablespoons of citric acid powder (sold for canning or cleaning, about $5–$8 a bag).
3. Bring it to the boil, switch off, and let it sit for 20–30 minutes.
4. Pour it out, scrub any loose bits with a soft brush, and rinse.
5. Boil a full kettle of plain water once and discard it.

**Option 2: white vinegar**
1. Fill the kettle with equal parts white vinegar and water, enough to cover the scale.
2. Bring it to the boil, then leave it for an hour (or overnight for heavy scale).
3. Rinse well and boil plain water two or three times to get rid of the vinegar taste.

Don't use anything abrasive like steel wool on the inside, especially on the heating plate. For very thick deposits you may need to repeat once.
"""),
h("""
And the shower head? I'd rather not unscrew it because the fitting looks old.
"""),
g("""
You can descale it in place with the "bag trick":

1. Fill a sturdy plastic bag (a gallon freezer bag works) about a third to half full with white vinegar, enough that the face of the shower head will be fully submerged.
2. Pull the bag up over the shower head and secure it around the neck with a rubber band, a zip tie or a twist tie.
3. Leave it for 1 hour for light scale, or up to overnight for heavy buildup.
4. Remove the bag, run hot water for a minute to flush out loosened scale, and rub the nozzles with an old toothbrush. If your head has rubber nozzles, just rub each one with your thumb to break the scale off.

**Finish caution:** vinegar is fine on chrome and most plastic heads, but limit soaking to 30 minutes for brass, nickel, gold-tone or oil-rubbed bronze finishes, since longer soaks can dull or discolour them. Citric acid dissolved in warm water (about 2 tablespoons per cup) is a slightly gentler alternative.
"""),
h("""
Is it worth getting a whole-house water softener? We're a family of four and the test strip said about 15 grains per gallon.
"""),
g("""
That's a really good question, and it's one a lot of homeowners ask. You want to know whether a whole-house water softener is worth it for a family of four, given that your test strip showed about 15 grains per gallon.

Whether a softener makes sense is an important decision that deserves some careful thought, since it affects your appliances, your plumbing and your everyday routine. It's great that you've already tested your water, because knowing your hardness level is the first step in making this kind of decision, and having a family of four is definitely something to factor in as well.
"""),
h("""
OK. In the meantime, how do I keep the kettle from building up scale again so fast?
"""),
g("""
You can't stop hard water from leaving some scale, but you can slow it down a lot:

- **Don't leave water sitting in the kettle.** Empty it after each use and leave the lid open so it dries. Standing water keeps depositing minerals.
- **Only boil what you need.** Less water heated means less scale.
- **Descale little and often.** With 15 grains per gallon, a quick citric-acid descale every 2–4 weeks takes five minutes and prevents the thick crust from forming.
- **Use filtered water.** A pitcher filter with an ion-exchange cartridge (Brita Maxtra, for example) reduces the carbonate hardness that causes kettle scale. Change the cartridge on schedule, roughly every 4 weeks, or it stops working.
- **Try a limescale catcher.** A small mesh ball or coil dropped into the kettle collects some of the flakes so they don't end up in your cup; rinse it weekly.

If you boil water several times a day, the filter-pitcher approach usually makes the biggest difference for the least money.
"""),
]))

# ---------------------------------------------------------------- security deposit (good)
ITEMS.append(item("good", "en",
"Good: six-turn help with a California security-deposit dispute (law, late itemization, demand letter, small claims, evidence, whether worth it); consistent numbers and accurate specifics.",
[
h("""
I moved out of my apartment in Sacramento after 4 years. My deposit was $1,500 and the landlord kept $900 for "carpet cleaning and repainting". Is that allowed?
"""),
g("""
Probably not in full. California's deposit rules are in **Civil Code section 1950.5**, and they're fairly tenant-friendly:

- **Deductions are limited** to unpaid rent, cleaning needed to return the unit to the condition it was in at move-in, repair of damage beyond ordinary wear and tear, and (if the lease allows) restoring furniture or fixtures.
- **Ordinary wear and tear can't be charged.** After 4 years, faded or scuffed paint and normally worn carpet are classic examples of ordinary wear and tear.
- **Useful life matters.** Interior paint is commonly treated as lasting about 2–3 years and carpet about 8–10 years. After 4 years, a landlord generally can't charge you for a full repaint at all, and can charge at most a prorated share of carpet replacement if you actually damaged it, such as burns, pet stains or large tears.
- **Carpet cleaning** is only deductible to bring it back to move-in cleanliness, not as a routine charge after every tenancy.

The landlord must also send an **itemized statement within 21 days** of move-out. For any single charge over $125, he has to include receipts or invoices (or a good-faith estimate with receipts to follow within 14 days of completion).

Unless you left major damage, a $900 deduction for paint and carpet cleaning after 4 years looks excessive. When did you move out, and when did you get the itemized statement?
"""),
h("""
I moved out on March 1 and his itemized list arrived on March 26. The postmark is March 25.
"""),
g("""
That matters. The 21-day deadline runs from the day you moved out, so he needed to mail or deliver the statement by **March 22**. A March 25 postmark is 3 days late.

Under California law, a landlord who misses the 21-day deadline generally **loses the right to keep any part of the deposit** and has to return it in full. The California Supreme Court confirmed in *Granberry v. Islay Investments* (1995) that he can still try to sue you separately for actual damages he can prove, but he can't simply keep the money from your deposit.

There's also a penalty provision: if a court finds the landlord kept the deposit **in bad faith**, it can award up to **twice the amount of the deposit** in statutory damages on top of what's owed. Charging for repainting after 4 years and then missing the deadline could support a bad-faith argument, though judges decide that case by case.

So your position is:
- You're owed the **$900** he withheld, as a strong claim.
- Potentially up to **$3,000** (twice the $1,500 deposit) in bad-faith damages, as an additional, less certain claim.

The usual next step is a written demand letter before filing anything. Keep the envelope with the March 25 postmark; it's your key piece of evidence.
"""),
h("""
How should I write the demand letter? What goes in it?
"""),
g("""
Keep it short, factual and polite but firm. A judge may read it later, so write it for that audience. Include:

1. **Date, your current mailing address, and the landlord's name and address.**
2. **The basic facts:** the rental address, your tenancy dates (4 years, ending March 1), the $1,500 deposit, and the $900 withheld.
3. **The legal points, briefly:**
   - The itemized statement was postmarked March 25, after the 21-day deadline of March 22 under Civil Code 1950.5(g).
   - The deductions were for repainting and carpet cleaning after a 4-year tenancy, which are ordinary wear and tear.
4. **Your demand:** return of the $900 within a specific time, such as 14 days from the date of the letter, and how you want to be paid (check to your new address, or a payment app if you're comfortable).
5. **What happens next:** say that if you don't receive payment by that date, you'll file in small claims court and ask for statutory damages of up to twice the deposit for bad-faith retention under 1950.5(l).
6. **Your signature.**

A sample opening: "I am writing about the security deposit for the apartment I rented from you from March 2021 to March 1, 2025. Your itemized statement was postmarked March 25, 2025, which is after the 21-day deadline set by California Civil Code section 1950.5(g)."

Send it by **certified mail with return receipt** and also by email or text if that's how you normally communicated. Keep a copy.
"""),
h("""
If he ignores it, how does small claims work in California?
"""),
g("""
Small claims is built for exactly this kind of dispute, and you don't need a lawyer. In fact, lawyers generally can't represent parties in California small claims.

**Key facts**
- **Limit:** individuals can sue for up to **$12,500**, so a claim for $900 plus up to $3,000 in penalties fits easily.
- **Filing fee:** $30, $50 or $75 depending on the claim amount and how many claims you've filed in the past 12 months. For a claim of about $3,900 it's typically **$50**. Fee waivers are available if you qualify.
- **Where:** the Sacramento County Superior Court, small claims division, since the rental property is in Sacramento County.

**Steps**
1. **Fill out form SC-100** (Plaintiff's Claim and Order to Go to Small Claims Court). Many courts let you file online.
2. **File it** and pay the fee. The clerk sets a hearing date, usually 30–70 days out.
3. **Serve the landlord.** You can't do it yourself; use certified mail sent by the court clerk (small extra fee), a sheriff, a process server, or any adult who isn't a party. Service generally has to be completed at least 15 days before the hearing if he's in the county.
4. **File proof of service** (form SC-104) with the court.
5. **Go to the hearing** with your evidence organised and copies for the judge and the landlord.

The hearing itself is usually short, 10–15 minutes. The judge often decides on the spot or mails a decision within a few weeks.
"""),
h("""
What evidence should I bring?
"""),
g("""
Bring three copies of everything (judge, landlord, you), in a folder in date order:

- **The lease,** showing the $1,500 deposit and start date.
- **Proof of the deposit payment,** such as a receipt, cancelled check or bank statement.
- **Proof of your move-out date:** a text or email confirming you returned the keys on March 1, or the walk-through document if there was one.
- **The itemized statement and the envelope with the March 25 postmark.** This is the centre of your case.
- **Photos or video from move-out,** ideally time-stamped. Move-in photos too if you have them, to show the carpet and paint were already 4 years older.
- **Your demand letter,** the certified mail receipt and the return receipt or tracking showing he got it.
- **Any reply from him,** or a note that none came.
- **A one-page summary:** dates, amounts, and the two legal points (late statement; wear and tear).

Practise a two-minute explanation: "I lived there 4 years, moved out March 1, he kept $900 for paint and carpet cleaning, and his statement was postmarked March 25, after the 21-day deadline."
"""),
h("""
Honestly, is it worth the hassle for $900?
"""),
g("""
In your case, probably yes. The missed deadline is an objective fact backed by a postmark, which makes it a strong, simple claim. Your costs are low: a $50 filing fee, which you can ask the court to add to the judgment, and maybe half a day in court. On top of the $900 there's a chance of bad-faith damages.

Often the demand letter alone works, because many landlords pay up once they realise they missed the deadline. Send the letter first and decide about court only if he doesn't respond.
"""),
]))

# ---------------------------------------------------------------- hemming jeans (structure: two human turns in a row)
ITEMS.append(item("structure", "en",
"Structure: turns 3 and 4 are two consecutive user messages with no assistant reply between them (the following reply answers both).",
[
h("""
I need to shorten a pair of jeans by about 2 inches but I don't have a sewing machine. Is it possible to do it by hand and still keep the original faded hem?
"""),
g("""
Yes. What you want is the **"original hem" or "Euro hem" method**, and it works fine by hand; it just takes an hour or so of patient stitching.

The idea: instead of cutting off the original hem, you fold the leg up to create a tuck just above the hem, stitch right along the edge of the old hem, and then fold the tuck up inside the leg. From the outside you see the original hem with its wear and fading, and only a thin line of stitching right above it.

**What you need:**
- A denim or heavy-duty needle for hand sewing (size 16–18 hand needles, sometimes sold as "jeans" or "leather" needles), or at least a strong sharps needle
- Strong thread: all-purpose polyester is OK; jeans or upholstery thread is better. Match the colour of the denim, not the gold topstitching.
- Pins or binder clips, a ruler, tailor's chalk, and a thimble (denim is tough on fingertips)

**Overview of the steps:**
1. Work out the fold amount.
2. Fold the hem up and pin it evenly around the leg.
3. Backstitch close to the edge of the original hem.
4. Trim the excess if it's bulky, finish the raw edge, and fold it up inside.
5. Press with a hot iron.

Before you start, try the jeans on with the shoes you'll usually wear with them and mark the length you want.
"""),
h("""
How much do I fold exactly if I want them 2 inches shorter?
"""),
g("""
Fold up **half the amount you want to remove**, because the tuck is doubled. For 2 inches shorter, that means a **1-inch fold**.

Step by step:
1. Turn the jeans right side out.
2. Fold the bottom of the leg up towards the knee so the folded-up part is on the outside. Measure from the fold line to the **top edge of the original hem**: it should be 1 inch all the way around.
3. Pin or clip every 2–3 inches, checking the measurement at each pin. The inseam and outseam are the thickest points, so line those seams up with each other.
4. Check by folding the tuck down: the leg should now be 2 inches shorter, with the original hem right at the bottom.

Do both legs before sewing, and compare them by laying the jeans flat with the waistbands lined up. People's legs often differ slightly, so if you measured each leg separately while trying them on, trust those marks over a strict 1 inch.
"""),
h("""
What stitch should I use? And is regular thread strong enough?
"""),
h("""
Also, should I wash the jeans before I hem them? They're new.
"""),
g("""
**Stitch:** use a **backstitch**, sewn right along the top edge of the original hem, through all layers of the tuck. A backstitch is the strongest hand stitch and looks like a machine line from the outside.
- Knot the thread and come up through all layers just above the hem edge.
- Go back down about ⅛ inch behind where you came up, then come up ⅛ inch ahead of your last stitch, and repeat.
- Keep stitches small and even; 6–8 per inch is plenty.
- At the thick seams, push the needle through one layer at a time, using a thimble or pliers if needed.

**Thread:** regular all-purpose polyester will hold for normal wear, but doubled jeans or heavy-duty thread is noticeably stronger. Avoid cotton thread, which wears through faster.

**Washing first:** yes, if they're new and not labelled "pre-shrunk" or "sanforized". Raw or 100% cotton denim can shrink 3–10% in length on the first hot wash. Wash and dry them the way you normally will, then measure and hem. If they're pre-shrunk or contain stretch fibres like elastane, shrinkage is usually small, under 1–2%, and you can hem right away.
"""),
h("""
After sewing, what do I do with the extra fabric inside? It feels bulky.
"""),
g("""
You can either leave it or trim it. For a 1-inch fold, trimming usually looks and feels better.

1. **Fold the tuck down** into the leg so the original hem hangs at the bottom, then turn the jeans inside out.
2. **Trim the excess,** leaving about ½ inch of fabric beyond your stitching line. Don't cut closer than that, or the stitches can pull out.
3. **Finish the raw edge** so it doesn't fray: an overcast or whipstitch by hand over the raw edge works well, or a thin line of fabric glue like Fray Check.
4. **Tack it flat:** a few small stitches at the inseam and outseam, sewing the folded allowance to the seam allowance on the inside, keep it from flipping down when you put your foot through.
5. **Press** firmly from the outside with a hot steam iron, pressing the tuck upward. A clapper or a heavy book on the warm seam helps flatten the bulk.

Leaving the excess untrimmed is useful if you might want to lengthen them later; just tack it flat at the seams so it doesn't flap.
"""),
]))

# ---------------------------------------------------------------- meal planning (good)
ITEMS.append(item("good", "en",
"Good: three-turn budget meal planning for a family of three; specific plan, overlapping ingredients, shopping list consistent with the plan.",
[
h("""
We're a family of three (two adults, a 6-year-old) and I want to get groceries down to $120 a week. We currently spend about $180 and waste a lot. How should I approach meal planning?
"""),
g("""
Cutting $60 a week is realistic, and most of it will come from wasting less and planning around shared ingredients. A simple weekly system:

**1. Start with what you already have (10 minutes).** Before planning, check the fridge, freezer and pantry and build two or three meals around what needs using up first.

**2. Plan dinners only, and only 5–6 of them.** Breakfasts and lunches can rotate from a short list (oats, eggs, sandwiches, leftovers). Leave one night for leftovers and one flexible night, so nothing spoils when plans change.

**3. Share ingredients across meals.** Buy one bag of onions, one big pack of chicken thighs, one bunch of herbs, and use each in two or three dinners. Waste usually comes from buying a special ingredient for one recipe.

**4. Build around cheap proteins.** Eggs, dried or canned beans, lentils, chicken thighs and legs, ground turkey, and canned tuna. Aim for 2–3 meatless or low-meat dinners a week.

**5. Shop with a list and a budget split:** roughly $40–$45 produce, $30–$35 protein and dairy, $25–$30 pantry and grains, $10–$15 snacks and extras.

**6. Use store-brand staples and compare unit prices** on the shelf tag (price per ounce), not package prices.

**7. Cook once, eat twice.** Double a soup or a chili and freeze half for a busy week.

Track what gets thrown out for two weeks; that list tells you exactly what to stop buying.
"""),
h("""
Can you give me a week of dinners that use overlapping ingredients? My son likes pasta, chicken and anything with cheese. No seafood.
"""),
g("""
Here's a 7-night plan built around chicken thighs, ground turkey, a bag of onions, peppers, carrots, spinach, rice, pasta, canned tomatoes, black beans and cheddar:

1. **Monday: sheet-pan chicken thighs** with roasted carrots, potatoes and onions. Roast 2 extra thighs for Wednesday.
2. **Tuesday: turkey pasta bake.** 1 lb ground turkey, onion, canned crushed tomatoes, penne, topped with cheddar and mozzarella. Makes enough for Thursday's lunch.
3. **Wednesday: chicken and bean quesadillas** with the leftover thighs shredded, black beans, peppers and cheddar, with a side of carrot sticks.
4. **Thursday: vegetable fried rice with eggs,** using day-old rice (cook it Wednesday night; cold rice fries best), peppers, carrots, frozen peas and spinach.
5. **Friday: homemade pizza night** on store-bought dough or naan, with sauce from the leftover canned tomatoes, cheese, peppers and onions. Kids can top their own.
6. **Saturday: turkey and black bean chili** with the second pound of ground turkey, onion, peppers, canned tomatoes and beans. Serve over rice, make a big pot and freeze half.
7. **Sunday: leftovers or "snack plate" night** to clear the fridge: cheese, crackers, vegetables, fruit, whatever's left.

Shared ingredients: onions in 4 meals, peppers in 4, canned tomatoes in 3, cheddar in 4, black beans in 2, rice twice. That overlap is what keeps the list short and the fridge empty by Sunday.
"""),
h("""
Great. Can you turn that into a shopping list with rough prices, assuming basic pantry stuff like oil, salt and spices at home?
"""),
g("""
Here's the list for those 7 dinners, using typical US store-brand prices (they vary by region):

**Produce (about $17)**
- Onions, 3 lb bag: $3
- Bell peppers, 4 (or a 3-pack plus one): $4.50
- Carrots, 2 lb bag: $2
- Potatoes, 5 lb bag: $4 (leftovers go to breakfasts)
- Baby spinach, 5 oz: $2.50
- Garlic, 1 head: $0.75

**Meat and eggs (about $20)**
- Chicken thighs, bone-in, about 3 lb: $7
- Ground turkey, 2 × 1 lb: $9
- Eggs, 1 dozen: $3–$4 (also breakfasts)

**Dairy (about $10)**
- Cheddar, 2 lb block (grate it yourself): $7
- Mozzarella, 8 oz: $2.50
- Butter or milk top-up: as needed

**Pantry and frozen (about $18)**
- Penne, 1 lb: $1.25
- Rice, 2 lb: $2.50
- Canned crushed tomatoes, 2 × 28 oz: $3.50
- Black beans, 2 cans: $2
- Frozen peas, 1 lb: $1.75
- Tortillas, 10-pack: $2.50
- Pizza dough or naan: $3
- Soy sauce, if you don't have it: $2

**Dinners total: roughly $65.** That leaves about $55 of your $120 for breakfasts, lunches, fruit (bananas and apples are the cheapest), milk and snacks, which is a comfortable margin for a family of three.

**Leftover plan:** freeze half the chili in flat freezer bags, use leftover potatoes for hash with eggs, and add any wilting spinach to Sunday's snack plate or to the fried rice.
"""),
]))

# ---------------------------------------------------------------- yard sale (placeholder)
ITEMS.append(item("placeholder", "en",
"Placeholder: the Marketplace post in turn 3 contains an unfilled '[ADDRESS]' slot although the user gave the address (2215 Maple Ridge Drive) in the same turn.",
[
h("""
We're having a yard sale to clear out stuff before we move. Mostly kids' clothes, toys, a crib, some furniture and kitchen things. How should I price everything?
"""),
g("""
The rule of thumb for yard sales is **10–30% of the original retail price**, depending on condition. Buyers expect bargains, and your goal is to get rid of things before the move, not to maximise every sale.

**Typical prices that sell:**
- **Kids' clothes:** $0.50–$2 per item, or $5 for a full bag. Name brands in great condition: $3–$5. Bundle by size.
- **Toys:** $0.50–$5 for most; bigger items like a ride-on or play kitchen $10–$30. Put batteries in anything electronic so people can see it works.
- **Crib:** check first that it meets current safety standards (no drop-side, made after mid-2011 in the US) and hasn't been recalled on cpsc.gov. A sturdy wooden crib in good condition typically goes for $40–$80. Never sell a used crib mattress that's stained or sagging.
- **Furniture:** 20–30% of what a similar new piece costs. A solid dresser $40–$100, a small bookshelf $10–$20, a kitchen table with chairs $50–$120.
- **Kitchen things:** $0.50–$2 for mugs and utensils, $3–$10 for small appliances that work, $10–$20 for a good set of pots.

**Practical tips:**
- Price everything with stickers or masking tape; many people won't ask.
- Use group tables: "Everything on this table $1".
- Price slightly high on big items so you can come down a little when someone haggles.
- Plan a "half off after noon" or "fill a bag for $5" in the last hour.
"""),
h("""
What do I need to do to get ready the day before and the morning of?
"""),
g("""
**The day before:**
1. **Check your city's rules.** Some towns require a free or cheap garage-sale permit and limit how many you can hold per year.
2. **Get cash for change:** about $100–$150 in small bills and coins, such as twenty $1 bills, ten $5s, a few $10s and two rolls of quarters. Use a fanny pack or apron, not a box you leave on a table.
3. **Set up a payment app** (Venmo, Cash App or Zelle) and print a sign with your handle. Many buyers under 40 don't carry cash.
4. **Sort and price everything** into boxes by category so morning setup is fast.
5. **Put out signs** at nearby intersections in the evening with large, simple text and arrows. Don't attach them to utility poles if your town bans that.
6. **Borrow tables,** a clothes rack if possible, and an extension cord for testing electronics.

**The morning of:**
1. Start setting up 1–1.5 hours before opening. Early birds will come; decide whether you'll sell to them.
2. Put the eye-catching items (furniture, the crib, toys) near the street so drivers see them.
3. Keep breakables and small valuables close to where you sit.
4. Have bags and old newspaper for wrapping glass.
5. Keep a "sold, picking up later" area and ask for full payment up front on those items.
"""),
h("""
Can you write a Facebook Marketplace post for it? It's Saturday, June 14, from 7 AM to 1 PM at 2215 Maple Ridge Drive. Cash and Venmo accepted.
"""),
g("""
Here's a post you can copy and paste:

---

**MOVING SALE: Saturday, June 14, 7 AM – 1 PM**

📍 [ADDRESS]

We're moving and everything must go! Tons of great family items at yard-sale prices:

👶 **Kids' stuff:** boys' and girls' clothes in sizes 2T–8, bundled by size ($5 a bag), toys, books, puzzles and a play kitchen
🛏️ **Crib:** solid wood, meets current safety standards, excellent condition
🪑 **Furniture:** dresser, bookshelves, kitchen table with 4 chairs and more
🍳 **Kitchen:** pots and pans, small appliances, dishes, mugs and utensils

💵 **Cash and Venmo accepted**
⏰ No early birds, please. Everything goes half price after 11 AM!

Large items can be held for pickup later the same day with full payment.

---

**Tips for the listing:**
- Add 5–10 photos, starting with the crib and the furniture. Those are what draw people in.
- Post it 2–3 days before, on Wednesday or Thursday, and share it to local buy-sell-trade groups and your neighbourhood group.
- Post again early Saturday morning with "TODAY" in the title.
"""),
h("""
What should I do with whatever doesn't sell?
"""),
g("""
Plan this before the sale, so nothing ends up back in the house or in your moving truck:

1. **Last hour:** switch to "fill a bag for $5" or "everything free after 12:30". Many people will happily take leftovers.
2. **Schedule a donation pickup.** Charities like Habitat for Humanity ReStore (furniture and kitchen items), the Salvation Army, Vietnam Veterans of America and some local thrift shops offer free pickups, but they often need a week's notice, so book now. Get a receipt if you itemise deductions.
3. **Kids' items:** local women's shelters, foster-care closets and crisis pregnancy centres often want clothes, toys and baby gear. Call first, since many have rules about car seats and cribs.
4. **Buy Nothing group:** post the leftovers on your local Buy Nothing group or Facebook's "free" section; people come within hours.
5. **Curb it with a FREE sign** for a few hours, if your town allows, and take in whatever is left by evening.
6. **Recycle or dispose of the rest,** like broken toys or stained items, through your regular trash or a bulk-pickup day.

Set a firm rule: nothing goes back inside. That's what makes a pre-move sale worth the effort.
"""),
]))
