# Good English dialogues for part C (hand-written).

GOOD_EN = []

def add(label, lang, note, turns):
    GOOD_EN.append({"label": label, "language": lang, "note": note,
                    "turns": [(r, t.strip()) for r, t in turns]})

# ---------------------------------------------------------------- plumbing
add("good", "en",
    "Good: kitchen sink clog and leak solved over 4 turns, specific safe steps, each reply fits its question and stays consistent.",
    [("h", """My kitchen sink drains really slowly, and there's a small drip underneath from where the curved pipe connects. It's a double sink with a garbage disposal on the left side. Where do I start?"""),
     ("g", """These are often two separate problems that happen to show up together, so it helps to tackle them one at a time.

**First, pin down the leak.**
1. Clear out the cabinet and dry every pipe and joint with a paper towel.
2. Lay a dry paper towel or a sheet of newspaper on the cabinet floor.
3. Run water in one basin at a time and watch each joint. Drips tend to travel along the pipe before falling, so the wet spot on the floor isn't always directly under the culprit.

The curved pipe is the P-trap (the U-shaped piece is called the J-bend). It's held by slip nuts that squeeze a tapered plastic or rubber washer. If a nut is loose, tighten it by hand and then about a quarter turn with channel-lock pliers. Don't crank on plastic nuts: overtightening cracks them or deforms the washer, and then it leaks worse.

**Then, the slow drain.**
With a disposal, the usual suspects are grease and starchy food (rice, pasta, potato peels) building up in the trap or in the horizontal pipe running into the wall. Before taking anything apart:
- Run the disposal with cold water for 15–20 seconds to make sure it isn't jammed.
- Plunge the slow side with a flat-bottomed sink plunger, but seal the other basin first with a stopper or a wet rag held down firmly. Otherwise you just push water back and forth between the two sides.
- If your dishwasher drains into the disposal, pinch its drain hose with a clamp while you plunge so you don't force dirty water into the dishwasher.

One thing to avoid: chemical drain cleaner. It rarely clears grease clogs fully, and if you end up opening the trap afterwards you'll be working with caustic water."""),
     ("h", """Plunging helped a little but it's still slow. I'm fine taking the trap off. What do I need and how do I do it?"""),
     ("g", """Good call, that's where most kitchen clogs live. You'll need:
- A bucket or shallow basin
- Channel-lock (tongue-and-groove) pliers
- Rubber gloves and an old towel
- A bottle brush or an old toothbrush
- Two new 1-1/2" slip-joint washers (a couple of dollars at any hardware store; kitchen drains are almost always 1-1/2")
- Optional: a 1/4" hand drain auger, 15–25 ft long, in case the clog is further in

**Steps**
1. Switch off the disposal at the wall switch, and unplug it if the plug is under the sink.
2. Put the bucket directly under the J-bend. It's full of water.
3. Loosen the two slip nuts at either end of the J-bend, counter-clockwise as you look down on them. Start with the pliers if they're stiff, then finish by hand.
4. Pull the bend down and empty it into the bucket. Note which way the washers face: the tapered side points toward the pipe it seals onto.
5. Clean the bend with the brush and hot water somewhere else, such as a bathtub or an outdoor tap, not the sink you're working on.
6. Look into the trap arm (the pipe heading into the wall). If you can see or feel gunk, feed the auger in, crank it clockwise while pushing gently, and pull it back out a few times.
7. Reassemble with the new washers: hand-tight, then a quarter turn with the pliers.
8. Test properly: fill both basins a few inches deep and pull both plugs at once. That sends far more water through the joints than a running tap and will reveal weak spots quickly."""),
     ("h", """Found a disgusting clump of grease and rice in the trap. Cleaned it, put it back, and it drains fast now. But the drip is still there, and now I can see it's coming from where the pipe comes out of the side of the disposal, not the trap."""),
     ("g", """Nice work on the clog. That side pipe is the disposal's discharge tube, and its connection is a very common leak point.

On most disposals (InSinkErator, Waste King and others) the discharge tube is held against the side of the unit by a small metal flange and one or two bolts, with a rubber gasket between the tube and the housing. Over the years the gasket gets squashed flat, hardens, or gets knocked slightly out of position, and water weeps out when the disposal runs.

What to try, in order:
1. With the power off, tighten the flange bolt(s) with a screwdriver or socket. Snug, not gorilla-tight; the flange is thin.
2. Dry everything, hold a paper towel under the joint and run the disposal with water. If the towel still gets wet, take the bolt out and pull the tube away.
3. Inspect the gasket. If it's flat, cracked or stiff, replace it. Gaskets are model-specific but cheap: search for the model number on the label underneath the disposal plus "discharge gasket".

Before you buy anything, rule out two look-alikes:
- A leak from the **top** of the disposal, where it hangs from the sink, comes from the sink flange and needs fresh plumber's putty.
- A leak from the **bottom** or from the body of the disposal usually means the internal seals have failed. That isn't repairable, and the unit needs replacing.

Since you can see the water at the discharge joint itself, the gasket is by far the most likely cause."""),
     ("h", """It was the gasket, squashed completely flat. Replaced it, tightened the bolt, and it's bone dry now. Any habits so the clog doesn't come back?"""),
     ("g", """Great result. A few habits make a big difference:
- **Grease goes in the trash, not the drain.** Let pan fat cool, then wipe it out with a paper towel. Hot water only moves grease further down the pipe, where it sets again.
- **Go easy on starch.** Rice, pasta, bread and potato peels swell into a paste. A few leftovers are fine; a whole pot's worth isn't.
- **Run cold water** while the disposal runs and for 15–20 seconds after it stops, so the ground food gets carried past the trap.
- **Use a basket strainer** on the side without the disposal.
- **Skip boiling water and chemical cleaners.** Boiling water can soften PVC joints, and chemical cleaners are hard on pipes and gaskets.

Also take a quick look under the sink in a week or so. New slip washers sometimes settle a little and need another small tweak of the nut.""")])

# ---------------------------------------------------------------- woodworking
add("good", "en",
    "Good: first bookshelf build over 5 turns (wood, joinery, edges, finish, anchoring), detailed correct advice, consistent measurements.",
    [("h", """I want to build a simple bookshelf as my first real woodworking project, roughly 6 feet tall and 3 feet wide. I own a circular saw, a drill, and a random orbit sander. What wood should I use?"""),
     ("g", """With those tools you have two realistic options, and for a 3-foot-wide bookshelf I'd lean strongly toward the first.

**Option 1: 3/4" birch plywood (my recommendation)**
- It stays flat and doesn't cup the way wide solid boards can.
- Cabinet-grade birch runs roughly $70–110 a sheet, depending on where you live.
- Many big-box stores will make a few rough rip cuts on their panel saw for free or a small fee. Ask them to rip the sheet into four strips about 11-7/8" wide. That saves you the hardest cut for a circular saw, and you can crosscut the strips to length at home with a straightedge guide.
- One 4×8 sheet gives you the two 72" sides plus four horizontal pieces at 34-1/2" (3 ft minus the two 3/4" sides). For a top, a bottom and three shelves in between, buy an extra half sheet.

**Option 2: 1×12 pine boards**
- Cheaper and easier to carry home, but a "1×12" is actually 3/4" × 11-1/4".
- Pine is soft, dents easily, and wide boards often cup or twist. Pick the straightest ones by sighting down each edge in the store.

**Watch the span.** Books are heavy, and a 3/4" shelf spanning about 34" will slowly sag under a full load, especially in pine. Two easy fixes:
- Glue a 1×2 strip of hardwood along the front edge of each shelf. It stiffens the shelf a lot and hides the plywood edge at the same time.
- Or add a vertical divider in the middle of the lower shelves.

Whatever you choose, buy a little extra for test cuts. Your first few cuts will teach you a lot about your saw."""),
     ("h", """Plywood it is. How should I join the shelves to the sides without fancy tools?"""),
     ("g", """For a first build with a drill and a circular saw, **glue plus screws** is the best balance of strength and simplicity. Here's how to do it well:

1. **Mark the shelf positions on both sides at once.** Clamp the two side panels together, inside faces out, and draw each shelf line across both with a square. This guarantees the shelves come out level.
2. **Drill pilot holes** from the outside of each side panel, 3/8" below the line that marks the top of the shelf, so they land in the middle of the shelf's thickness. Use a 1/8" bit for #8 screws; plywood edges split easily without a pilot.
3. **Countersink** each hole so the screw heads sit flush or slightly below the surface.
4. **Glue and screw.** Spread wood glue on the shelf end, line it up, and drive 1-5/8" or 2" #8 wood screws, three per shelf end. The glue does most of the holding; the screws act as clamps while it dries.
5. **Add a back.** A 1/4" plywood back, glued and nailed or screwed to the back edges of the sides and shelves, is what stops the case from racking side to side. Don't skip it.

If you'd rather not see screw heads on the outside, there are two upgrades:
- **Pocket holes** with an entry-level jig (around $40). The screws go in from the underside of each shelf, so the outer faces stay clean.
- **Wood plugs.** Counterbore the holes about 3/8" deep, glue in plugs cut with a plug cutter, and sand them flush.

Dadoes (grooves cut into the sides) are stronger still and can be done with a circular saw in several shallow passes, but they take practice. I'd save them for project number two."""),
     ("h", """I'll go with glue and screws and fixed shelves. How do I hide the ugly plywood edges?"""),
     ("g", """You have three good options, from easiest to most durable:

**1. Iron-on edge banding**
- Pre-glued birch veneer tape sold in rolls. Get the 13/16" width for 3/4" plywood; the small overhang is trimmed off afterwards.
- Set a household iron to the cotton setting with no steam, press the banding on with slow passes, then immediately rub it down firmly with a block of wood.
- Trim the overhang with an edge-banding trimmer (about $10–15) or a sharp utility knife held flat, then sand the edges lightly with 180 grit at a slight angle so you don't sand through the thin veneer.

**2. Solid wood strips**
- Glue on 1/4" × 3/4" strips of hardwood, held with painter's tape or small brads while the glue dries, then sand flush. More durable than veneer and less likely to chip.

**3. A 1×2 nosing on the shelves**
- As I mentioned earlier, a 1×2 glued to the front of each shelf also stiffens it, so you get edge coverage and sag resistance in one step. It gives the shelves a chunkier, more traditional look.

For your build I'd combine them: 1×2 nosing on the shelves for strength, and iron-on banding on the front edges of the two side panels.

**Order of work matters:** band or nose every piece *before* assembly, while you can lay it flat and reach all the edges easily."""),
     ("h", """What finish would you recommend? I'd like it to look natural but hold up to books sliding in and out."""),
     ("g", """For a natural look plus scuff resistance, **water-based polyurethane** is my pick for birch plywood.

**Why water-based**
- It dries almost clear, so pale birch stays pale. Oil-based poly gives a warm amber tone, which is also nice if you prefer that look.
- Recoat time is around 2 hours, so you can get three coats on in a day.
- Low odour, and cleanup is soap and water.

**Process**
1. Sand everything to 180 grit. Going finer than 220 doesn't help under poly.
2. Vacuum, then wipe with a barely damp cloth or a tack cloth.
3. Apply a thin first coat with a good synthetic brush or a foam pad, working with the grain.
4. When it's dry, the surface will feel slightly rough (raised grain). Sand lightly with 320 grit, just enough to make it smooth, and remove the dust.
5. Apply coats two and three the same way. The shelf tops take the most wear, so give them a fourth coat if you like.

**A warning if you want colour:** birch is notorious for blotching with ordinary liquid stain. If you want it darker, use a pre-stain conditioner or a gel stain, and test on a scrap first.

**Curing:** it'll be dry to the touch in an hour or two, but polyurethane takes much longer to harden fully. Wait at least three days before loading books, and avoid sliding heavy stacks across the shelves for a couple of weeks."""),
     ("h", """Last thing: it's going in my kid's room. Do I need to anchor it to the wall?"""),
     ("g", """Yes, definitely. A 6-foot bookshelf is exactly the kind of furniture that tips over when a child climbs it or pulls on a shelf, and furniture tip-overs injure thousands of children every year.

How to do it:
1. **Find a stud** behind where the shelf will stand, using a stud finder or by probing with a small nail in a spot the shelf will hide.
2. **Use a furniture anchor kit** (strap or cable style) or a pair of small steel L-brackets, fixed to the top back edge or the underside of the top.
3. **Screw into the stud** with a 2-1/2" wood screw. If there's truly no stud where you need one, use heavy-duty toggle bolts rated for the load; plain plastic drywall anchors aren't enough.
4. **Put heavy books on the bottom shelves** and lighter things up top to keep the centre of gravity low.

One tip: if the room has baseboards, the shelf will sit a little away from the wall at the bottom. Either notch the back of the sides to fit over the baseboard, or put a spacer block between the top of the shelf and the wall so the case stays vertical when you tighten the anchor.

Enjoy the build, and take your time with those first cuts.""")])

# ---------------------------------------------------------------- board games
add("good", "en",
    "Good: family game night, 3 turns; accurate game suggestions and Ticket to Ride rules, practical advice on a child who hates losing.",
    [("h", """We're starting a weekly family game night: me, my partner, and our kids, who are 9 and 12. They like Uno and Monopoly, but we're all sick of Monopoly. What should we try?"""),
     ("g", """Good news: there's a whole world of games that play faster than Monopoly and don't end with one person slowly bankrupting everyone. Some that work really well with a 9- and a 12-year-old:

- **Ticket to Ride** (2–5 players, ages 8+, 30–60 min). Collect coloured train cards and claim railway routes across a map. Simple turns, a bit of tension, and everyone is building something until the end. A great Monopoly replacement.
- **Kingdomino** (2–4 players, 8+, about 15 min). Build a little kingdom from domino-style tiles. Very quick to learn, so it's a good second game on the same night.
- **Sushi Go Party!** (2–8 players, 8+, 20 min). Fast card drafting: pick a card, pass your hand. It has the pace of Uno but more choices.
- **King of Tokyo** (2–6 players, 8+, 30 min). Roll dice as giant monsters smashing Tokyo. Loud, silly, and kids usually love the monster-on-monster attacks.
- **Forbidden Island** (2–4 players, 10+, 30 min). Cooperative: everyone works together to grab treasures before the island sinks. Nobody loses to another family member, which takes the heat out of competitive moments.
- **Azul** (2–4 players, 8+, 30–45 min). Tile drafting with beautiful pieces. A bit more thinky, which your 12-year-old may enjoy.

If I had to pick just one to start with, it would be Ticket to Ride: easy enough for the 9-year-old, with enough strategy that the adults won't get bored."""),
     ("h", """Ticket to Ride sounds fun. How do I teach it quickly without reading the whole rulebook out loud?"""),
     ("g", """Teach the goal first, then the three possible actions, then scoring. About five minutes in total:

**1. The goal (30 seconds):** "We're building train routes across America. You score points for routes you claim, and for secret tickets that ask you to connect two cities."

**2. Setup:** everyone gets 45 trains, 4 train cards and 3 destination tickets. You must keep at least 2 of the tickets and may return one.

**3. On your turn, do exactly ONE of these:**
- **Draw train cards:** take 2, either from the 5 face-up cards or blind from the deck. Taking a face-up locomotive (the rainbow wild card) uses up your whole draw.
- **Claim a route:** play cards matching the route's colour and length and place your trains on it. Grey routes can be claimed with any single colour.
- **Draw tickets:** take 3 new tickets and keep at least 1.

**4. Scoring:** a 1-train route scores 1 point, 2 scores 2, 3 scores 4, 4 scores 7, 5 scores 10 and 6 scores 15. At the end, completed tickets add their value and unfinished ones subtract it. The longest continuous route earns a 10-point bonus.

**5. The end:** when someone has 2 or fewer trains left, everyone, including that player, gets one final turn.

Tips for the first game:
- Play the first round with hands face up so you can coach.
- With four players, both tracks of a double route can be used. (In 2–3 player games only one of each pair is.)
- Remind the kids that tickets are a risk: unfinished ones cost points."""),
     ("h", """Great. One more thing: my 9-year-old gets really upset when he loses. Any tips?"""),
     ("g", """That's very common at 9. A few things that tend to help:

- **Alternate competitive and cooperative games.** In Forbidden Island the whole family wins or loses together, so he gets to practise handling a loss without feeling singled out.
- **Play in teams sometimes.** Pair him with a parent for Ticket to Ride. He'll pick up strategy and share the outcome.
- **Model losing out loud.** When you lose, say something like "Ugh, I really wanted that route, but that was a fun game. Well played!" Kids learn more from watching than from being told.
- **Celebrate moments, not only winners.** After each game, everyone names their favourite moment or best move. It shifts attention away from the final score.
- **Keep games short at first**, so a loss doesn't come after an hour of investment.
- **Don't let him win on purpose.** He'll notice eventually, and then winning means nothing. Adjusting difficulty openly is fine, for example letting him start with one extra train card.
- **Talk about it calmly afterwards**, not in the heat of the moment.

With weekly practice, most kids get noticeably better at this within a couple of months.""")])

# ---------------------------------------------------------------- birthday
add("good", "en",
    "Good: 7th birthday science party planned over 6 turns; schedule, safe experiments, allergy-aware menu, budget trim and shopping list all consistent (12 kids, $250).",
    [("h", """I'm planning my daughter's 7th birthday. She wants a science party. Around 12 kids, at our house, 2 hours, and my budget is about $250. Can you help me plan it?"""),
     ("g", """A science party is a fantastic choice for 7-year-olds: hands-on, a bit messy, and everyone goes home with something. Here's a plan that fits 2 hours and $250.

**Schedule**
- **0:00–0:15 Arrival:** each kid decorates a lab coat with fabric markers and gets safety goggles. Instant costume, and something to do while others arrive.
- **0:15–0:45 Experiment stations** (3 tables, kids rotate every 10 minutes):
  1. Volcano: baking soda, vinegar, a drop of dish soap and food colouring in a cup.
  2. Colour-changing milk: whole milk, food colouring and a cotton swab dipped in dish soap.
  3. Dancing raisins: raisins dropped into a glass of clear soda.
- **0:45–1:05 Big demo:** elephant toothpaste at the table, then a Mentos-and-diet-soda geyser outside.
- **1:05–1:35 Food and cake.**
- **1:35–1:55 Slime lab:** every kid makes a batch to take home.
- **1:55–2:00 Goodbyes**, with the slime in a labelled zip bag as the party favour.

**Budget**
| Item | Approx. cost |
|---|---|
| Kid-size lab coats (12) | $60 |
| Safety goggles (12-pack) | $25 |
| Experiment and slime supplies | $45 |
| Food and drinks | $70 |
| Cake | $35 |
| Decorations (balloons, tablecloths, signs) | $15 |
| **Total** | **$250** |

Helpers make a big difference: ideally one adult per station during the rotations. Want me to go into detail on any of the experiments?"""),
     ("h", """Elephant toothpaste sounds amazing. Is there a kid-safe version, and what do I need?"""),
     ("g", """Yes. The huge foam columns you see online use 12% or even 30% hydrogen peroxide, which burns skin and is strictly for adults in gloves. The kid-safe version uses ordinary 3% drugstore peroxide. The foam is smaller, but 7-year-olds still love it.

**You need (per demo)**
- 1/2 cup of 3% hydrogen peroxide
- 1 packet (2-1/4 tsp) of dry active yeast
- 3 tbsp warm water
- A good squirt of dish soap
- A few drops of food colouring
- A 16–20 oz plastic bottle, a funnel, and a baking tray to catch the foam

**Steps**
1. Stand the bottle on the tray. Pour in the peroxide, add the dish soap and colouring, and swirl gently.
2. In a separate cup, mix the yeast with the warm water for about 30 seconds until it's smooth and runny.
3. Count down with the kids, pour the yeast mixture in through the funnel, and step back.

**What's happening:** yeast contains an enzyme called catalase that rapidly splits hydrogen peroxide into water and oxygen. The soap traps the oxygen in bubbles, and the reaction gives off a little heat, so the foam feels warm.

**Safety**
- An adult pours; the kids watch with goggles on.
- The foam is just soapy water, oxygen and yeast, so touching it afterwards is fine, but no tasting, and everyone washes their hands.
- Keep the peroxide bottle out of reach until you need it.

Tip: do one practice run at home before the party so you know how much foam to expect."""),
     ("h", """And the slime? I've heard borax can be a problem."""),
     ("g", """You heard right. Concentrated borax powder can irritate skin, and there have been cases of burns when kids handled strong mixtures. The usual kid-friendly method uses contact lens solution instead, which contains small amounts of boric acid and sodium borate that do the same job much more gently.

**Recipe (one batch per child)**
- 1/2 cup white or clear PVA school glue (e.g. Elmer's)
- 1/2 tsp baking soda
- 1 tbsp contact lens solution. Check the label: it **must** list boric acid and sodium borate, or the slime won't set.
- Optional: food colouring or glitter

**Steps**
1. Pour the glue into a bowl, add colouring, and stir.
2. Stir in the baking soda.
3. Add the contact lens solution and stir. It will start pulling away from the bowl within a minute.
4. Knead with your hands. If it's still sticky, add a few more drops of solution; too much makes it rubbery.

**Party tips**
- Pre-measure the glue into 12 cups and the baking soda into small paper cups before guests arrive. A dozen 7-year-olds pouring from a big glue bottle is chaos.
- Have one adult handle the contact lens solution and add it to each bowl.
- Cover the table with a plastic tablecloth and keep wet wipes nearby.
- Any child with eczema or sensitive skin can wear disposable gloves.
- Everyone washes their hands afterwards, and the slime goes into a zip bag with their name on it."""),
     ("h", """Food: two kids have nut allergies and one is gluten-free. Can you suggest a simple menu?"""),
     ("g", """Keep it simple, and make the safe options the default rather than special plates:

**Menu**
- **"Lab fuel" snack bar:** fruit skewers (grapes, strawberries, melon), cheese cubes, veggie sticks with ranch dip, and plain potato chips (most major brands are gluten-free and nut-free, but check each bag).
- **Main:** mini hot dogs in buns, with gluten-free buns for your gluten-free guest. Alternatively, build-your-own tacos with corn tortillas, which are naturally gluten-free.
- **Drinks:** water and lemonade in "beakers" (clear plastic cups with measurement lines drawn on).
- **Cake:** a cake from a nut-free bakery or a homemade one from a box mix labelled nut-free, plus one gluten-free cupcake decorated the same way so that child doesn't feel singled out.

**Allergy safety**
- Ask the parents of the allergic kids exactly what's safe. Nut allergies range from "no peanuts" to "no tree nuts and nothing that may contain traces", and gluten-free might mean coeliac disease, which needs strict avoidance of cross-contamination.
- Keep all packaging until the party is over, so you can show ingredient lists if anyone asks.
- Prepare the gluten-free food first, with clean utensils, and keep it covered and labelled.
- Leave out anything with a "may contain nuts" warning entirely rather than trying to manage it.
- Ask parents of kids with severe allergies whether their child carries an epinephrine auto-injector, and where it will be during the party."""),
     ("h", """I priced everything out and I'm at $310. Where can I trim $60?"""),
     ("g", """Very doable. Here are the cuts with the least impact on the fun:

1. **Swap the lab coats for name badges** (saves about $55). Goggles plus a sticker badge reading "Dr." and the child's name are enough of a costume for most 7-year-olds. If you really want coats, adult white T-shirts cost roughly $3 each and still save you about $25.
2. **Make the cake yourself** (saves around $20). A box mix with coloured frosting and gummy "specimens" on top fits the theme perfectly.
3. **Keep the soda geyser to one bottle.** It's a 10-second event; one 2-litre bottle and a roll of Mentos is plenty.
4. **Dollar-store decorations.** Tablecloths, balloons and cups are all there, and you can print signs like "Caution: Science in Progress" at home.
5. **Let the slime be the party favour.** If you'd planned separate goodie bags, drop them.
6. **Drinks:** water and one big batch of lemonade rather than juice boxes.

Swapping the coats for badges (about $55) and making the cake yourself (about $20) brings you from $310 to roughly $235, comfortably under budget, and the kids won't notice anything is missing."""),
     ("h", """Perfect. Can you make me a shopping list I can print?"""),
     ("g", """**Science Party Shopping List (12 kids)**

**Supermarket / pharmacy**
- 3% hydrogen peroxide: 2 bottles (32 oz each), enough for the demo plus a practice run
- Dry active yeast: 1 strip of 3 packets
- Contact lens solution listing boric acid and sodium borate: 1 bottle (12 oz)
- Baking soda: 1 box (1 lb)
- White vinegar: 1 large bottle
- Dish soap
- Food colouring set
- Whole milk: half a gallon
- Raisins: 1 small box
- Clear soda: one 2-litre bottle
- Diet soda: one 2-litre bottle, plus 1 roll of Mentos
- Box cake mix labelled nut-free, frosting, gummy candies
- Gluten-free cupcake mix (or one ready-made GF cupcake)
- Mini hot dogs and buns, plus gluten-free buns
- Grapes, strawberries, melon, a block of cheese, carrots, cucumbers, ranch dip
- Plain potato chips (check the labels)
- Lemons and sugar, or ready-made lemonade

**Craft / dollar store**
- White PVA school glue: 6 cups in total, so one 64 oz bottle
- Safety goggles: 12-pack
- Sticker name badges
- Quart-size zip bags and a permanent marker
- 3 plastic tablecloths, clear plastic cups, paper plates, napkins
- Balloons
- Cotton swabs
- An empty 16–20 oz plastic bottle, a funnel and a baking tray

**Before the party**
- Confirm allergy details with the parents
- Do one practice run of the elephant toothpaste
- Pre-measure the glue and baking soda into 12 cups each""")])

# ---------------------------------------------------------------- used car
add("good", "en",
    "Good: buying a used Civic over 5 turns; research, test drive, inspection, negotiation ($15,500 to $14,700) and paperwork, numbers consistent.",
    [("h", """I'm looking at a 2017 Honda Civic, 78,000 miles, private seller asking $15,500. What should I check before I even go see it?"""),
     ("g", """Smart to do the homework first. Before you spend an afternoon on it:

**1. Get the VIN and run it.**
- A paid report (Carfax or AutoCheck, roughly $25–45) shows reported accidents, title brands, odometer readings and sometimes service history.
- The free NHTSA recall lookup (nhtsa.gov/recalls) tells you whether any safety recalls are still open. Open recalls are fixed free of charge at a Honda dealer.
- The free NICB VINCheck flags cars reported stolen or declared a total loss by participating insurers.

**2. Ask the seller a few questions by phone or message:**
- Is the title in your name, and is it clean (not salvage or rebuilt)?
- Is there a loan on the car? If so, how will the lien be released?
- How many owners has it had, and do you have maintenance records?
- Any accidents or paintwork?
- Why are you selling?
Vague answers, or a title in someone else's name, are reasons for caution.

**3. Check the price.**
Look up the private-party value on Kelley Blue Book and Edmunds for the exact trim (LX, EX, EX-T, Sport, Touring) and options, and compare with similar local listings. Trim matters a lot: a Touring is worth considerably more than an LX with the same mileage. If $15,500 is well above the range, that's your first negotiating point.

**4. Know the model's weak spots.**
For this generation of Civic, owners have commonly reported A/C problems (often the condenser), and the 1.5-litre turbo engine has had complaints about fuel diluting the oil in cold climates. Neither is a deal-breaker, but both are worth asking about and checking."""),
     ("h", """The seller says clean title, one previous owner, and he has oil change receipts. What should I do during the test drive?"""),
     ("g", """That's a good start. On the day, allow about an hour and go in daylight, ideally in dry weather.

**Before starting the engine**
- Ask him not to warm the car up before you arrive. A cold start reveals rough idling, rattles and smoke that disappear once it's warm. Put your hand on the hood when you get there.
- Walk around it: uneven panel gaps, paint that doesn't quite match, or overspray on rubber seals suggest bodywork.
- Check the tyres for even wear across the tread, and read the 4-digit date code on the sidewall ("2219" means week 22 of 2019). Tyres older than about six years should be replaced regardless of tread depth.
- Look under the car and in the engine bay for drips or fresh oil.

**Starting up**
- All the dashboard warning lights should come on briefly and then go out. A check-engine light that never lights up at all may have been disabled.

**Driving (at least 20 minutes, mixed roads)**
- Automatic Civics of this year use a CVT, which should feel smooth and seamless. Shuddering, slipping or a whining noise is a concern.
- Brake firmly from about 40 mph: no pulling, grinding or pulsing in the pedal.
- Get up to highway speed and feel for vibration in the steering wheel.
- Drive over a few bumps and listen for clunks from the suspension.
- Run the A/C on full cold for several minutes. Given the history I mentioned, make sure it stays cold.
- Test every window, lock, the infotainment screen, the backup camera and all the lights.

**After the drive**, open the hood again. Look for leaks, sniff for coolant or burning oil, and check that the oil on the dipstick isn't overfull or smelling of fuel."""),
     ("h", """Should I pay for a pre-purchase inspection? He seems honest."""),
     ("g", """Yes, even with an honest seller. A pre-purchase inspection typically costs $100–200 and is the best money you'll spend in this process. An honest seller may simply not know about a problem.

A good independent mechanic will put the car on a lift and check things you can't see in a driveway: suspension and steering parts, the exhaust, signs of accident repair or frame damage, leaks from the bottom of the engine and transmission, and brake pad and rotor thickness. They'll also scan the car's computer for stored or pending trouble codes.

Tips:
- Choose the shop yourself, ideally one that knows Hondas, rather than one the seller suggests.
- Most sellers will let you take the car there or will meet you at the shop. If he refuses an inspection outright, treat that as a serious red flag.
- Ask the mechanic for a written list with estimated repair costs. That list becomes your negotiating tool."""),
     ("h", """The inspection found the rear brake pads at 3 mm and said the tyres will need replacing soon. Everything else was fine. How do I negotiate?"""),
     ("g", """That's a good inspection result: both are normal wear items, not hidden problems. They still cost money, so it's fair to factor them in.

**Estimate the costs**
- Rear brake pads: around $150–250 at an independent shop, more like $250–400 if the rotors need replacing too.
- A set of four decent tyres for a Civic, mounted and balanced: roughly $500–800.
- Together, call it about $800–1,000.

**Build your offer**
- Asking price $15,500, minus roughly $900 of needed work, is about $14,600.
- Open a little below that, around $14,300, so there's room to meet in the middle.

**How to say it**
"I had it inspected and it's in good shape overall. The mechanic says it needs rear brakes and a set of tyres soon, which is about $900 of work. I can offer $14,300 today."

Then stop talking and let him respond.

**Likely outcome:** many sellers will meet you somewhere between $14,500 and $14,800. Decide your walk-away number before the conversation, say $14,900, so you don't get pulled upward in the moment. Bringing the mechanic's written report makes the request feel factual rather than pushy."""),
     ("h", """He agreed to $14,700! What paperwork do I need so this is safe and legal?"""),
     ("g", """Congratulations, that's a fair deal. Exact rules vary by state, so check your DMV's website, but in general:

**At the handover**
1. **The title.** Check that the VIN on the title matches the car (dashboard and driver's door jamb) and that the seller's name matches his ID. He signs it over to you in the seller section, and the sale price ($14,700) and date go in. No white-out or crossed-out entries; many DMVs reject altered titles.
2. **Lien release.** If the title lists a lender, you need a lien release letter from them, otherwise the lender still has a claim on the car.
3. **Odometer disclosure.** For a 2017 model-year vehicle, federal law requires the mileage to be recorded at transfer. It's usually a section on the title itself.
4. **Bill of sale.** Even where it isn't required, write one: both names and addresses, the VIN, year, make and model, mileage, price, date, "sold as-is", and both signatures. Make two copies.

**Paying safely**
Avoid carrying large amounts of cash. A cashier's check, or meeting at your bank so he can watch the funds being drawn, protects you both.

**Before you drive away**
- Call your insurer and add the car. Most states require insurance before you drive on public roads.
- Ask whether the plates stay with the car or go with the seller; that depends on your state.

**Afterwards**
- Title and register the car at the DMV within your state's deadline (often 10–30 days) and pay the sales tax there.
- Keep copies of everything, including the inspection report.""")])

# ---------------------------------------------------------------- tabletop RPG
add("good", "en",
    "Good: lighthearted one-shot RPG over 6 turns; GM reacts to each player action, dice results with stated modifiers, names/reward (20 gp) consistent, correct 5e XP to level 2.",
    [("h", """Can you run a short fantasy one-shot for me? I'll play Mira, a half-elf rogue. Keep it lighthearted, and roll dice for me when needed, just tell me the results."""),
     ("g", """Delighted! Let's begin.

**The Great Pumpkin Heist**

The village of Brindlewick is in full harvest-festival mode. Paper lanterns sway between the cottages, a fiddler is losing a battle with a very enthusiastic goat, and the smell of cinnamon buns drifts across the square.

The pride of the festival is Gertrude, a pumpkin the size of a hay cart that has won the Golden Gourd three years running. Or rather, she was. This morning the stand where Gertrude sat is empty except for a torn velvet cushion.

Mayor Odo Thistle, a round halfling whose chain of office keeps slipping off one shoulder, climbs onto a barrel and waves his arms.

"Friends! Gertrude has been… *pumpkinnapped!* The judging is at sunset! Whoever brings her back will receive twenty gold pieces and free cinnamon buns for a year!"

The crowd murmurs. A few people eye each other. A farmer holding a suspiciously large turnip looks especially nervous.

You, Mira, are leaning against a lantern post with a cinnamon bun in one hand.

What do you do?

*(Quick stats for the session: Mira is level 1, with Investigation +3, Stealth +5, Persuasion +4, Perception +3 and Sleight of Hand +5. Tell me if you'd like different numbers.)*"""),
     ("h", """Mira finishes her bun, slips away from the crowd, and checks the empty pumpkin stand for clues."""),
     ("g", """Mira drifts through the crowd as if she's just looking for a napkin, and nobody notices her reach the stand.

**Investigation check:** d20 = 14, +3 = **17**. Nicely done.

Up close, the scene tells a story the villagers missed:
- **Drag marks** in the dirt: two parallel grooves, like the wheels of a small cart, leading away behind the stand.
- **Footprints** around them, tiny ones, no bigger than a child's hand, with pointed toes.
- A **sticky golden trail** dotted along the grooves. Mira dabs it with a finger: honey. Fresh.
- Caught on a splinter of the stand: a **tuft of bright blue fur**, soft as a kitten's, but each strand as thick as a bootlace.

The drag marks and the honey head north along the lane toward the old mill by the stream. It's been empty since the miller retired, and locals say it's haunted, though they say that about every empty building in Brindlewick.

Behind you, Mayor Odo is now questioning the turnip farmer, who insists loudly that his turnip is "a completely normal size".

What does Mira do?"""),
     ("h", """She follows the trail toward the mill, trying to stay unseen."""),
     ("g", """Mira keeps to the hedgerows, stepping on the grass instead of the gravel.

**Stealth check:** d20 = 12, +5 = **17**. Quiet as a shadow.

The mill looms ahead, its wheel creaking lazily in the stream. Mira crouches behind a rain barrel and peeks through a gap in the boards.

Inside, lit by a single lantern:
- **Gertrude**, sitting on a wobbly handcart with honey smeared on its axles (apparently to stop them squeaking).
- **Three gnomes** in patched waistcoats, arguing in whispers. One holds a map, one holds a very large spoon, and one is asleep.
- Lying beside the cart, the owner of the blue fur: an enormous **blue-furred badger** wearing a tiny pair of spectacles, eating honey straight from a jar.

The gnome with the map hisses, "Fennick says we move at dusk, once everyone's at the judging!"

"I *am* Fennick," says the gnome holding the map.

"Then stop saying 'Fennick says'!"

The badger burps. One of the gnomes pats it and calls it "Professor Buttons".

Nobody has noticed Mira. What does she do?"""),
     ("h", """Mira steps out and tries to talk them into giving it back. She points out they'll get caught anyway, since everyone in the county knows what Gertrude looks like."""),
     ("g", """Mira steps into the lantern light. Three gnomes freeze. Professor Buttons stops mid-lick.

**Persuasion check:** d20 = 8, +4 = **12** against a target of 13. So close: Fennick wavers, but he doesn't fold.

"She's… got a point," mutters the spoon-holder. "Gertrude *is* very recognisable."

"Hush, Pim." Fennick straightens his patchiest waistcoat, and his voice cracks a little. "We weren't going to *sell* her. Our village, Lower Bramble, grows pumpkins too. Or it did, until the blight took every vine this year. No crop, no harvest fair, no money for winter. We only wanted Gertrude's seeds. One pumpkin like her could replant our whole valley."

Professor Buttons growls softly, a low warning rumble. He clearly doesn't like a stranger standing between him and his honey.

"So," says Fennick, lifting his chin, "unless you've got a better idea, we're leaving at dusk."

Through the gap in the boards, the sun is sinking. The judging begins in about an hour.

What does Mira do?"""),
     ("h", """Mira offers a deal: if Fennick brings Gertrude back himself and apologizes, she'll ask the mayor to give him seeds from the pumpkin."""),
     ("g", """That offer actually solves Fennick's problem, so no roll is needed. Fennick looks at Pim, Pim looks at the sleeping gnome, and the sleeping gnome snores in what sounds like agreement.

"…Deal," says Fennick. "But if the mayor says no, we're taking the seeds anyway."

The procession back to Brindlewick is quite a sight: Mira in front, three gnomes pushing a honey-wheeled cart, and Professor Buttons waddling behind, still clutching his jar.

The crowd gasps. Mayor Odo Thistle nearly falls off his barrel.

Fennick steps forward, takes off his hat, and delivers an apology that is genuinely moving, if a little long. He mentions the blight, the empty fields of Lower Bramble, and the children who will have no harvest fair.

Mira explains the deal. The mayor strokes his chin. The crowd looks at him expectantly. So does the badger.

"Well," says Odo, "Gertrude's seeds usually go to auction… but I suppose a pumpkin this famous could stand to be famous in two villages." He turns to Mira. "Your twenty gold pieces, as promised. And Fennick, you and your friends will stay for the judging. As guests."

Gertrude wins the Golden Gourd for the fourth year running. Professor Buttons wins an unofficial prize for Most Honey Consumed."""),
     ("h", """That was so fun! Can you wrap up with a short epilogue and tell me how much XP Mira would earn?"""),
     ("g", """**Epilogue**

Spring comes to Lower Bramble. Where the blighted vines once lay, rows of green shoots push up through the soil, every one of them grown from Gertrude's seeds. Fennick sends a letter to Brindlewick, written in very careful handwriting and smelling faintly of honey, inviting "Mira the Reasonable" to the first Lower Bramble Harvest Fair in three years.

Mira still has most of her twenty gold pieces. The free cinnamon buns are another story: the baker has started hiding when he sees her coming.

And every autumn since, at the Brindlewick festival, a blue-furred badger in spectacles sits in the front row of the judging with a jar of honey, looking very proud of himself.

**XP**

In D&D 5e, a peaceful resolution like this is normally rewarded as if the challenge had been overcome. For a level-1 character completing a whole adventure, I'd award **300 XP**, which is exactly what's needed to reach **level 2**. If your table prefers milestone levelling, this is a natural milestone anyway, so either way Mira levels up.

Thanks for playing! If you ever want to bring Mira back, Lower Bramble's harvest fair might have a mystery of its own.""")])

# ---------------------------------------------------------------- breakup support
add("good", "en",
    "Good: emotional support after a breakup, 4 turns; empathetic, concrete, no false promises, gentle pointer to counselling, replies vary in length.",
    [("h", """My girlfriend of three years broke up with me last night. She said she's been unhappy for months and I never noticed. I can't stop replaying everything in my head."""),
     ("g", """I'm really sorry. Three years is a big part of your life, and having it end overnight, with the added shock of hearing she'd been unhappy for a while, is a lot to take in at once. It makes sense that your mind keeps replaying things. That's often how we try to make sense of something that doesn't feel like it makes sense yet.

You don't have to figure anything out today. For the next day or two, it can help to focus on a few basics:
- **Eat something and drink water**, even if you're not hungry.
- **Try to sleep**, even if it's patchy. If your mind races at night, writing down what you're thinking can get it out of your head for a while.
- **Tell one person you trust** what happened: a friend or a sibling, someone who can check in on you.

When the replaying gets intense, try to notice it rather than fight it ("I'm going over it again") and then do something physical, like a walk or a shower, to give your mind a short break.

If you want to talk about it, I'm here. What's been the hardest part so far?"""),
     ("h", """The hardest part is thinking that if I'd paid more attention, she'd still be here. I feel like it's all my fault."""),
     ("g", """That feeling is really common after a breakup, especially one that comes with "I've been unhappy for a while". It turns into a loop of "if only I'd noticed, if only I'd done this or that". I want to gently push back on the "all my fault" part, though.

A relationship has two people in it. Maybe there were signs you missed; that's possible, and it's worth reflecting on. But she also had months in which she could have said clearly, "I'm unhappy, and here's why." I'm not saying that to blame her; people often struggle to say those things out loud. It just means the breakup isn't a single failure that belongs entirely to you.

There's also hindsight bias: once we know the ending, earlier moments look like obvious warning signs, even though they weren't obvious at the time.

It might help to separate two things:
- **Responsibility:** "What can I learn from this and do differently in the future?" That's useful.
- **Guilt:** "It's all my fault, I ruined everything." That keeps you stuck, and it isn't accurate.

If you'd like something concrete, take a sheet of paper and make two columns: "Things I could have done differently" and "Things that weren't in my control". Seeing both on paper often makes the picture more balanced.

You clearly cared about her a lot. That's part of why this hurts so much."""),
     ("h", """We share a lot of friends and there's a birthday party in two weeks. She'll be there. Should I just skip it?"""),
     ("g", """Either choice is okay, and skipping one party doesn't mean you're hiding or losing your friends. Two weeks after a breakup is still very raw. Some things to weigh:

**Reasons to skip**
- You may spend the whole evening tracking where she is instead of enjoying yourself.
- If either of you gets emotional, it could turn into a scene neither of you wants.
- You can celebrate with the birthday person separately, over coffee or with a gift, so they know you care.

**Reasons to go**
- Avoiding every shared event can leave you isolated exactly when you need your friends.
- The first meeting is usually the hardest. Getting it over with in a crowded, friendly setting can make later ones easier.

**If you go, a plan helps:**
- Arrive with a friend who knows the situation and can step in.
- Decide in advance how long you'll stay, say an hour, and give yourself permission to leave earlier.
- Prepare a short, polite greeting ("Hi, good to see you") and then move on to other people. You don't need a long conversation.
- Go easy on alcohol; it makes emotions harder to manage.
- Consider giving the host a quiet heads-up so they aren't caught off guard.

You might not know how you feel until a day or two before. It's fine to decide then."""),
     ("h", """Thanks. I think I'll go for an hour with my friend Sam. Having a plan helps a lot."""),
     ("g", """That sounds like a really good plan: a set time, someone in your corner, and the option to leave early if you need to. Sam sounds like a good friend to have there.

Be kind to yourself over the next few weeks. Some days will feel almost normal, and then something small will knock you back. That's part of the process, not a sign you're doing it wrong.

If after several weeks you're still struggling to sleep, eat or get through the day, or if things start to feel really dark, please consider talking to a counsellor or your doctor. That's a completely reasonable step after a big loss.

And I'm here anytime you want to talk, whether it's about the party, about her, or about something else entirely.""")])

# ---------------------------------------------------------------- telecom dispute
add("good", "en",
    "Good: internet bill dispute over 4 turns; evidence, escalation, FCC complaint, paying under protest; $40 difference and 10 remaining months consistent.",
    [("h", """My internet provider charged me $89.99 this month, but my promo rate was $49.99 for 24 months. I signed up 14 months ago. How do I handle this?"""),
     ("g", """A $40 jump partway through a promotion is usually a billing error or a promo that was entered wrongly in their system, and it's very often fixable. Here's how to approach it:

**1. Gather your evidence first**
- The original order confirmation email, or the offer summary you received when you signed up.
- This month's bill and last month's, to show when the rate changed.
- Any screenshots of the offer, if you saved them.

**2. Contact them, ideally by chat**
Chat gives you a written transcript; save or screenshot it before closing the window. If you call instead, note the date, time and the rep's name or ID, and ask for a reference number.

**3. Be specific about what you want**
For example: "My account was set up 14 months ago with a $49.99 rate guaranteed for 24 months, and I have the confirmation. This month I was billed $89.99. Please restore the $49.99 rate for the rest of the promotion and credit the $40 difference on this bill."

**4. If the first rep can't fix it**
Politely ask to be transferred to a supervisor or to the retention or loyalty department. Retention teams usually have more authority to apply credits.

**5. Get it in writing**
Whatever they agree to, ask for confirmation by email, or at least a note on your account stating the rate and the end date of the promotion."""),
     ("h", """Did the chat. They claim the promo was only 12 months, not 24. But my confirmation email literally says '24-month price guarantee'. What now?"""),
     ("g", """Your confirmation email is strong evidence. That's exactly the kind of written promise that matters in a dispute. Next steps:

**1. Escalate within the company**
Ask for a supervisor by chat or phone and quote the email word for word, including the date it was sent: it promises a "24-month price guarantee" at $49.99. Offer to send a copy. Ask them to escalate it to their billing disputes team and give you a case number.

**2. Try executive customer relations**
Most large providers have an executive or "office of the president" team. A short, factual email with the confirmation attached often gets a faster result than frontline support.

**3. File a complaint with the FCC**
If they still refuse, file an informal complaint at fcc.gov/complaints. It's free and takes about 15 minutes. The FCC forwards it to the provider, which is expected to respond to you in writing, generally within 30 days. Providers take these seriously because they're tracked. You can also complain to your state attorney general's consumer protection office.

**4. Keep the paper trail**
Save everything: the email, chat transcripts, copies of the bills and all case numbers.

The amount at stake is meaningful: $40 a month for the remaining 10 months of your guarantee comes to $400."""),
     ("h", """The supervisor refused, so I filed the FCC complaint. In the meantime, should I pay the $89.99 or just the $49.99?"""),
     ("g", """The safer option is usually to **pay the full $89.99 for now**, clearly under protest, and keep pursuing the credit. Here's why:

- **Paying only $49.99** can trigger late fees, service interruptions and, if it drags on, collections activity that can eventually show up on your credit report. Even if you're in the right, untangling that is a headache.
- **Paying in full** keeps your account in good standing while the FCC complaint is processed. If they agree to honour the 24-month guarantee, they credit the overcharges back and you lose nothing.

How to do it properly:
1. Pay the full amount by the due date.
2. Send a short written note by chat or email: "I am paying the disputed $40 under protest while my FCC complaint is pending, and I expect it to be credited once the 24-month rate is honoured." Keep a copy.
3. Keep track of every month you're overcharged so you know exactly what credit to ask for.

If paying the extra $40 would genuinely strain your budget, tell them. Some providers will put a disputed amount on hold so it doesn't attract late fees while it's under review, but get that confirmed in writing before you pay less than the bill."""),
     ("h", """Update: the FCC complaint worked! They're honouring the $49.99 and crediting me the $40. Anything I should do to make sure it sticks?"""),
     ("g", """Great result, and well done for keeping the paperwork. A few things to lock it in:

1. **Get written confirmation** of the rate and, importantly, the end date of the guarantee. It should run until 24 months after your start date, so about 10 months from now.
2. **Check the next two bills** to confirm that both the $40 credit and the $49.99 rate actually appear. Credits sometimes show up one billing cycle later.
3. **Set a reminder** for about a month before the guarantee ends. That's the time to call retention and negotiate a new rate or compare other providers, rather than being surprised by another jump.
4. **Keep the file**: the confirmation email, chat transcripts, the FCC complaint number and the company's response. If the rate changes again, you can point straight to the resolved complaint.""")])
