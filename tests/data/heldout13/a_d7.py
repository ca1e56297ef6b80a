from a_common import H, G, D

DIALOGUES = []

# ---------------------------------------------------------------- 029
DIALOGUES.append(D(
    "m13a-027", "good", "en",
    "Good: potty training a 2.5-year-old over 7 turns (readiness, method, supplies, accidents, poop refusal, nights, daycare); warm, specific, consistent, mix of short and long replies.",
    H("""
My son is two and a half. Friends keep asking if we've started potty training and I honestly don't know if he's ready. How can I tell?
"""),
    G("""
There's no single right age; most children train somewhere between about 2 and 3.5, and boys on average a little later than girls. Readiness matters far more than age. Signs he may be ready:

**Physical signs**
- He stays dry for **2 hours or more** during the day, or wakes up dry from naps.
- His bowel movements are fairly regular and predictable.
- He can walk to the bathroom and pull his pants down and up with a little help.

**Awareness signs**
- He tells you, or shows you, that he's peeing or pooping (hiding behind the couch, going quiet, grunting).
- He's bothered by a wet or dirty diaper and asks to be changed.
- He's interested in the toilet, wants to watch others, or wants to wear "big kid" underwear.

**Behavior signs**
- He can follow simple two-step instructions ("Go to the bathroom and sit on the potty").
- He likes to do things himself and enjoys praise for it.

If he shows several of these, he's probably ready to try. If he shows few, waiting a month or two and trying again is completely fine; training a child who isn't ready usually takes longer overall.

**Timing matters too.** Avoid starting during big changes: a new sibling, a move, a daycare switch, or when he's sick. Pick a stretch of a few days when you can stay close to home.
"""),
    H("""
He shows most of those. I've heard of the "three-day method" versus a slower approach. Which is better?
"""),
    G("""
Both work; the best one is the one that fits your child's temperament and your schedule.

**Three-day (intensive) method**
- You clear your calendar for about three days, take off the diaper completely during waking hours, and stay home.
- The child wears underwear or goes bare-bottomed, and you watch closely, taking him to the potty at the first sign and at regular intervals.
- Lots of accidents on day one are expected; most kids make big progress by day two or three.
- **Pros:** fast, clear (no switching between diapers and underwear), works well for kids who are ready and like clear routines.
- **Cons:** intense for parents, needs several days at home, and "three days" is the start, not the finish; there are usually occasional accidents for weeks afterward.

**Gradual (child-led) approach**
- You introduce the potty, have him sit at predictable times (after waking, after meals, before bath), praise attempts, and move to underwear once he's regularly using it.
- **Pros:** lower pressure, good for cautious or strong-willed kids, fits around work and daycare.
- **Cons:** it can drag on for months, and switching between diapers and underwear can be confusing.

**A common middle path**
Spend a few weeks building familiarity (sitting on the potty, reading books about it, letting him watch), then do a focused weekend with no diapers during the day. This combines the low pressure of the gradual approach with the clarity of the intensive one.
"""),
    H("""
We'll try the middle path with a long weekend next month. What should I buy?
"""),
    G("""
You don't need much:

- **A floor potty** for the first weeks, kept in the bathroom (many kids feel more secure with their feet on the floor). Optionally a **seat insert** for the big toilet plus a sturdy **step stool**, for later and for his feet when he uses the regular toilet.
- **10–15 pairs of underwear,** ideally ones he picks himself with characters he likes.
- **Easy pants**: elastic waist, no buttons or belts.
- **Waterproof mattress protector,** for nights later on.
- **Cleaning supplies**: enzyme cleaner for carpets and furniture, paper towels, a wet bag for soiled clothes when you're out.
- **A travel potty or folding seat** for outings.
- Optional: a couple of potty-training picture books and a simple sticker chart.
"""),
    H("""
We started this weekend. Day one: five accidents, and he got upset each time. Is this going badly?
"""),
    G("""
Not at all. Five accidents on day one is normal, even on the low side for a first diaper-free day. Day one is mostly about your son discovering what it feels like to pee without a diaper, and connecting that feeling to the potty.

**What helps on days two and three**

1. **Stay calm and neutral about accidents.** Say something matter-of-fact: "Oops, pee goes in the potty. Let's go sit there." Then let him help clean up a little (bringing a towel, putting wet clothes in the basket). This isn't a punishment; it just shows the natural consequence.
2. **Comfort him when he's upset.** He's upset because he's trying. Tell him: "It's okay, you're learning. Your body is learning too." That frustration actually shows he's understanding the goal.
3. **Use regular sits.** Every 60–90 minutes, and always after waking, after meals, and before leaving the house. A timer that "tells" you both it's potty time avoids power struggles.
4. **Watch for his signals:** wiggling, crossing legs, stopping play, holding himself. Guide him to the potty right away.
5. **Praise effort, not just results.** Sitting and trying deserves praise too; a successful pee can get extra celebration or a sticker.
6. **Keep drinks normal.** Some people push extra fluids to create more practice opportunities, but that mainly creates more accidents.

Most children have noticeably fewer accidents by day two or three, and many start telling you before they need to go within the first week. Don't judge progress until at least a week or two in.
"""),
    H("""
A week in: he pees in the potty almost every time now, but he refuses to poop there. He asks for a diaper, then hides to poop. What do I do?
"""),
    G("""
This is extremely common and has a name among pediatricians: **stool toileting refusal**. Many children who pee on the potty easily feel unsure about pooping there: it feels different, it's a strange sensation to "let go" while sitting, and some kids are scared of the flush or the feeling of falling in.

The key is to avoid a standoff, because a child who fights pooping can start holding it in, which leads to constipation, painful stools, and more fear.

**A gradual approach that works for many kids**
1. **Give him the diaper when he asks, but in the bathroom.** Let him poop standing in the bathroom with the diaper on. This changes the place without changing the feeling.
2. **Next, have him sit on the potty wearing the diaper.**
3. **Then loosen the diaper** or cut a hole in it while he sits on the potty, so the poop goes into the potty.
4. **Finally, no diaper.**
Move to the next step only when he's comfortable, which can take a few days to a few weeks per step.

**Keep his stools soft**
- Plenty of water, fruit (pears, prunes, berries), vegetables, and whole grains.
- Daily physical activity.
- Offer a sit on the potty about 15–30 minutes after meals, when the body naturally wants to go. Make it relaxed: a book, feet supported on a stool.

**Talk to your pediatrician** if he goes more than two or three days without pooping, if stools are hard or painful, or if you see blood. They may recommend a stool softener for a while, which often breaks the fear cycle quickly.
"""),
    H("""
What about nighttime? Should I take away the diaper at night too?
"""),
    G("""
Not yet. Nighttime dryness is a separate process from daytime training and depends mainly on physical development: the body's production of a hormone that reduces urine at night, bladder size, and the ability to wake up when the bladder is full. It can't really be taught.

- Many children aren't reliably dry at night until **age 4 or 5**, and bedwetting is still common and considered normal up to around age 5–6.
- Keep using a **pull-up or overnight diaper** for sleep. Call it his "sleep pants" so it doesn't feel like going backward.
- Have him pee right before bed, and make the last big drink about an hour before bedtime.
- When you notice he wakes up dry for **a week or two in a row**, try nights without the pull-up, with the mattress protector on.
"""),
    H("""
He goes back to daycare on Monday. How do I keep this going there?
"""),
    G("""
Consistency between home and daycare makes a huge difference, so a little coordination is worth it.

1. **Talk to his teachers before Monday.** Tell them where he is: pees in the potty reliably, poop still in progress with the diaper-in-the-bathroom approach. Ask how they handle potty training and whether they can follow the same steps for poop.
2. **Use the same words.** Agree on what you all call it ("potty," "pee," "poop") and how he asks to go.
3. **Align the routine.** Most daycares take kids to the bathroom at set times (after snack, before nap, after outdoor play). Ask about their schedule and mirror it at home on weekends.
4. **Send plenty of spare clothes:** 3–4 full sets including socks, plus a wet bag. A change of environment often brings a few accidents in the first week.
5. **Ask about nap time.** Most daycares use a pull-up for naps at first; that's fine.
6. **Ask for a quick daily update** on successes and accidents, so you can spot patterns.
7. **Expect a small dip.** A new setting with lots of distractions often means a few more accidents for a week or so. Stay positive, and it usually settles quickly.

Praise him for using the potty at daycare when you pick him up; knowing you care about it at both places reinforces the habit.
"""),
))

# ---------------------------------------------------------------- 030
DIALOGUES.append(D(
    "m13a-030", "good", "en",
    "Good: first raised-bed vegetable garden in Columbus, Ohio, over 8 turns (bed and materials, soil volume, crops, timing, watering, fertilizer, hornworms, fall cleanup); correct and consistent, replies vary from short to long.",
    H("""
I want to build my first raised vegetable bed this spring. I'm in Columbus, Ohio. What size should it be, and what should I build it out of?
"""),
    G("""
A raised bed is a great way to start. A few proven guidelines:

**Size**
- **4 × 8 feet** is the classic size. At 4 feet wide you can reach the middle from either side without stepping in the bed, which keeps the soil loose. If the bed is against a fence or wall and you can only reach from one side, make it 2.5–3 feet wide.
- **Height: 10–12 inches** is enough for almost all vegetables. Taller beds (18–24 inches) are easier on your back but need much more soil.
- Leave paths at least 2 feet wide (3 feet if you want to fit a wheelbarrow).

**Materials**
- **Untreated cedar:** naturally rot-resistant, lasts roughly 10–15 years, looks good. More expensive.
- **Untreated pine or fir:** cheap, but lasts only 3–5 years in contact with soil.
- **Modern pressure-treated lumber:** today's treatments (copper-based, without the arsenic used in older lumber) are considered safe by most extension services for vegetable beds; some gardeners still prefer to line the inside with heavy plastic.
- **Galvanized steel kits:** long-lasting and easy to assemble; they warm up quickly in spring.
- Avoid old railroad ties and any wood of unknown treatment.

**Location**
- At least **6–8 hours of direct sun**; fruiting crops like tomatoes and peppers need the most.
- Close to a water source; you'll be watering a lot in summer.
- On level ground.

**Base**
Lay cardboard on the grass inside the frame to smother it (remove tape and labels). If voles or moles are a problem in your yard, staple galvanized hardware cloth across the bottom first.
"""),
    H("""
I'm going with a 4 × 8 cedar bed, 12 inches tall. How much soil do I need, and what kind?
"""),
    G("""
**Volume**
4 ft × 8 ft × 1 ft = **32 cubic feet**, which is about **1.2 cubic yards**. Soil settles by roughly 10–20% over the first season, so fill it to the top, or order a little extra.

**What to fill it with**
Avoid plain garden topsoil (it compacts) and avoid 100% compost (it's too rich and shrinks a lot). A good mix:
- **About 60% screened topsoil**
- **About 40% compost**
Many landscape suppliers in central Ohio sell a premixed "raised bed" or "garden" blend along these lines, which is the simplest option.

**Bulk vs. bags**
- **Bagged:** 32 cubic feet is about 21–22 bags of 1.5 cubic feet each, which gets expensive and means a lot of hauling.
- **Bulk:** a landscape supplier usually charges roughly $40–70 per cubic yard for a garden blend, plus a delivery fee. For 1.2 yards, picking it up in a pickup truck or trailer, or having it delivered, is usually much cheaper than bags.

After filling, water the bed thoroughly and let it settle for a few days before planting.
"""),
    H("""
What should I plant in my first year? I'd like things that are easy and that we'll actually eat.
"""),
    G("""
Great approach: plant what you like to eat, and start with reliable crops. In a 4 × 8 bed, think of it as 32 one-foot squares (the "square foot gardening" method). Here's a layout that works well for beginners:

**North side (so tall plants don't shade the rest)**
- **2 tomato plants** in cages or on stakes, 4 squares each. Choose one slicer (like 'Better Boy' or 'Celebrity') and one cherry tomato ('Sungold' is a favorite).
- **2 pepper plants**, 1 square each.

**Middle**
- **Bush beans:** 4 squares, 9 plants per square. Very easy and productive.
- **Basil:** 2 squares, great next to tomatoes.
- **Parsley or cilantro:** 1 square.

**South side (shortest)**
- **Lettuce and salad greens:** 4 squares, harvest leaves as they grow.
- **Radishes:** 2 squares, 16 per square; ready in about a month, so kids love them.
- **Carrots:** 2 squares, 16 per square.
- **Green onions:** 1 square.

That uses 26 squares, leaving 6 for anything else you love (cucumbers on a trellis, bush-type zucchini, marigolds to attract pollinators).

**One caution on zucchini:** a single plant can cover a 3 × 3 foot area. If you want zucchini or winter squash, consider growing it in a large container or at the end of the bed where it can sprawl over the edge.
"""),
    H("""
When should I plant each of those in Columbus?
"""),
    G("""
Central Ohio's average last frost is around **late April**, but frost in early May isn't unusual, so plant in two waves.

**Early to mid-April (cool-season crops, tolerate light frost)**
- Lettuce and salad greens: seeds or transplants
- Radishes, carrots: direct seed
- Green onions, parsley, cilantro
Cover them with a frost cloth or an old sheet if a hard frost is forecast.

**Mid to late May (warm-season crops)**
- **Tomatoes and peppers:** transplants, once nights stay above about 50°F and the soil has warmed to around 60°F. Around **Mother's Day or a little after** is the traditional safe date in central Ohio.
- **Bush beans and basil:** they hate cold soil, so late May is ideal.
- Cucumbers and zucchini, if you're adding them.

**Tips**
- **Harden off transplants:** for 7–10 days before planting, set them outside in a sheltered spot for a few hours, increasing the time each day, so they adjust to sun and wind.
- **Succession planting:** sow a new square of radishes and lettuce every 2–3 weeks through May for a continuous harvest. In midsummer lettuce bolts in the heat; sow it again in late August for fall.
- **Bean succession:** a second sowing of beans in late June extends the harvest into September.
"""),
    H("""
How often should I water? I work during the day.
"""),
    G("""
Raised beds drain well, so they dry out faster than in-ground beds.

**General rule:** vegetables need about **1 inch of water per week** (rain plus watering), and more during hot, dry spells in July and August.

**How to water**
- **Water deeply, less often.** Two or three thorough waterings a week encourage deep roots better than a quick sprinkle every day. In the hottest weeks, you may need to water every day or two.
- **Water in the morning** before work. The plants are well supplied for the heat of the day, and leaves dry quickly, which reduces disease. Evening works too, but try to water the soil, not the leaves.
- **Check with your finger:** if the soil is dry 2 inches down, it's time to water.

**Make it easy on yourself**
- A **soaker hose or drip line** snaked through the bed, connected to a **battery-powered hose timer** (about $30–50), waters automatically at the base of the plants while you're at work.
- **Mulch** the soil with 2–3 inches of straw (not hay, which has seeds) or shredded leaves once the soil has warmed in late May. Mulch keeps moisture in and weeds down, and can cut watering by a third or more.
"""),
    H("""
Do I need fertilizer if the soil has all that compost in it?
"""),
    G("""
For the first season, the compost does much of the work, but heavy feeders benefit from a little extra:

- **Tomatoes and peppers:** mix a handful of balanced organic vegetable fertilizer into each planting hole, then side-dress (sprinkle around the plant and water in) once when the first fruits form and again about a month later.
- **Beans, lettuce, radishes, herbs:** usually need nothing extra in fresh soil. Beans even make some of their own nitrogen.
- **Avoid high-nitrogen lawn fertilizers:** they produce lots of leaves and few fruits.

Each spring after that, top up the bed with 1–2 inches of compost.
"""),
    H("""
In July, something stripped the leaves off one tomato plant overnight. I found a huge green caterpillar with a horn on its tail. What is it?
"""),
    G("""
That's a **tomato hornworm**, the caterpillar of the five-spotted hawk moth. They're very common in Ohio and can strip a plant surprisingly fast because they grow up to 3–4 inches long. They also eat pepper, eggplant, and potato leaves.

**How to deal with them**
1. **Hand-pick them.** They're well camouflaged, so look in early morning or at dusk, when they're more active on the outer leaves. Follow the damage: bare stems and the dark green droppings on the leaves below point straight to them. Drop them in soapy water, or feed them to the neighbor's chickens.
2. **Use a UV flashlight at night.** Hornworms glow under ultraviolet light, which makes them much easier to find.
3. **Leave the ones with white "rice grains" on their backs.** Those are cocoons of tiny braconid wasps, which parasitize hornworms. The caterpillar is already doomed and will stop eating, and the wasps that hatch will help control the next generation.
4. **For a heavy infestation,** spray *Bacillus thuringiensis* (Bt), a bacterial insecticide that only affects caterpillars and is approved for organic gardening. It works best on young, small caterpillars.
5. **Next year,** till or turn the soil lightly in fall and spring; hornworms pupate in the soil over winter.

Your plant will usually recover and put out new leaves if the main stem is intact.
"""),
    H("""
Last question: what should I do with the bed at the end of the season?
"""),
    G("""
A little fall care sets you up well for next year.

1. **Clear spent plants** after the first frost kills the tomatoes, peppers, and beans. Compost healthy plant material, but throw out (don't compost) any plants that had leaf spots, blight, or mildew, so the disease doesn't carry over.
2. **Plant garlic** in October if you'd like a head start on next year: in central Ohio, plant individual cloves about 2 inches deep and 6 inches apart around mid-October, mulch with straw, and harvest the following July.
3. **Cover the soil** instead of leaving it bare over winter. Either sow a cover crop like winter rye in September or early October, and cut it down a few weeks before spring planting, or spread a few inches of shredded leaves, which break down into excellent organic matter.
4. **Add compost:** spread 1–2 inches on top in fall or early spring to replace what settled and what the plants used.
5. **Keep notes** on what grew well, what you'd plant more or less of, and where each crop was. Next year, rotate: don't plant tomatoes in the same spot two years in a row if you can avoid it, to reduce disease.

Then enjoy planning next year's garden over the winter with the seed catalogs.
"""),
))
