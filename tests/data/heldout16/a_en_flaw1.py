from a_common import H, G, D

DIALOGUES = []

# ---------------------------------------------------------------- off_topic (obvious)
DIALOGUES.append(D("off_topic", "en",
"Off topic: from user turn 3 on the dialogue abandons the father's fall-prevention goal and turns into gaming-laptop shopping (turns 3-5).",
[
H("""
My dad is 82 and had a fall in his bathroom last month. No fracture, thankfully, but he lives alone and I'm worried. What are the most important changes to make his house safer?
"""),
G("""
I'm glad he wasn't badly hurt. One fall is a strong predictor of another, so acting now is exactly right. The changes with the biggest payoff:

**Bathroom (where many falls happen)**
- **Grab bars** next to the toilet and inside and beside the shower or tub, screwed into studs, not suction cups.
- **Non-slip mat** inside the tub or shower, and a non-slip, rubber-backed mat outside it.
- A **shower chair** and a **hand-held shower head** so he can wash sitting down.
- A **raised toilet seat** if getting up is a struggle.

**Floors and lighting**
- Remove **loose rugs** or tape them down fully; clear cords and clutter from walkways.
- **Night lights** from bedroom to bathroom, and light switches or motion-sensor lights at both ends of hallways and stairs.
- Sturdy **handrails on both sides of the stairs**.

**Bedroom**
- Bed height so his feet are flat on the floor when sitting on the edge.
- A lamp or touch light reachable from bed, and a phone by the bed.

**Health factors (often overlooked)**
- Ask his doctor for a **medication review**: sedatives, some blood pressure medicines and sleeping pills increase fall risk.
- **Eye check** once a year.
- **Footwear:** well-fitting shoes or slippers with a closed heel and non-slip sole, not loose slippers or socks.
- **Balance and strength exercise:** programs like tai chi or a physiotherapist-led course reduce falls by roughly a quarter to a third in older adults.

Many areas offer a free **home safety assessment by an occupational therapist**; his GP can usually refer him.
"""),
H("""
He refuses to wear a pendant alarm. He says it makes him feel old. Are there alternatives?
"""),
G("""
That's a very common reaction, and there are options that feel less like a "medical device":

- **Smartwatch with fall detection.** An Apple Watch (fall detection turns on automatically for users over 55), or some Samsung Galaxy and Google Pixel watches, can detect a hard fall and call emergency services and a contact if he doesn't respond. It looks like an ordinary watch.
- **Smart speakers.** Devices like Amazon Echo or Google Nest can be set up so he can say "Alexa, call my daughter" from anywhere in the room. Useful if he can't reach a phone, though they don't detect falls by themselves.
- **Wall-mounted or wrist-worn help buttons** placed in the bathroom and by the bed, if he'll accept a button but not a pendant.
- **Passive motion sensors.** Some systems learn his routine and alert you if, say, there's no movement in the kitchen by 10 a.m. He doesn't have to wear anything.
- **A daily check-in habit:** a set time each morning when he texts or calls you.

When you raise it, framing matters. Instead of "in case you fall," try "it would really help *me* stop worrying," and let him choose the device. People accept technology much more readily when it's their own choice.
"""),
H("""
Okay, totally unrelated, but I'm also shopping for a gaming laptop for myself with a budget of around $1,500. Is an RTX 4060 or an RTX 4070 worth it at that price?
"""),
G("""
At $1,500 you can usually get either, so the question is whether the 4070 is worth the extra $150–250.

**RTX 4060 laptop**
- 8 GB VRAM, very efficient, runs most current games at **1080p high settings at 60–100+ fps**.
- Laptops with it are often cheaper, cooler and quieter, leaving budget for a better screen or more storage.

**RTX 4070 laptop**
- Also **8 GB VRAM**, which is the catch: in laptops it's typically only **10–15% faster** than the 4060, depending heavily on the power limit (TGP) the manufacturer sets.
- A 4060 running at 115–140 W can match a 4070 limited to 80 W.

**My advice:** look at the **TGP** in the spec sheet or reviews rather than the GPU name alone. A well-cooled 4060 laptop at full power is the best value at $1,500; only pay for a 4070 if it's running at a high TGP and the price gap is small.
"""),
H("""
Which screen should I prioritize: 1080p at 165 Hz or 1440p at 240 Hz?
"""),
G("""
With a 4060 or 4070, **1440p (often 2560 × 1600 on 16-inch laptops) at 165 Hz** is the sweet spot if you can find it. For the two options you mentioned:

- **1080p 165 Hz:** the GPU can actually reach high frame rates at this resolution, so you'll use the refresh rate. Text and the desktop look a bit soft on a 16-inch panel.
- **1440p 240 Hz:** much sharper, but in demanding games you'll often get 60–100 fps, so the 240 Hz only matters in lighter esports titles. Often paired with more expensive models.

If you mostly play competitive shooters, 1080p high-refresh is fine. For single-player and mixed use, the sharper panel wins. Also check **brightness (300+ nits)** and **sRGB coverage (~100%)**, which matter more day to day than the refresh rate.
"""),
H("""
And is 16 GB of RAM enough, or should I get 32?
"""),
G("""
**16 GB is enough for gaming today**, but 32 GB is the safer choice if you keep laptops for 4–5 years, stream, or keep lots of browser tabs and Discord open while playing.

Check whether the RAM is **soldered or in SO-DIMM slots**. If it's slotted, buy the 16 GB model and upgrade later for about $50–80. If it's soldered, get 32 GB now, because you can never upgrade it.
"""),
]))

# ---------------------------------------------------------------- off_topic (subtle)
DIALOGUES.append(D("off_topic", "en",
"Off topic (subtle): after three turns of budget family meal planning, user turns 4-5 drift to repainting oak kitchen cabinets and the dialogue ends there.",
[
H("""
We're a family of five (two adults, kids aged 4, 9 and 13) and I need to get our groceries down to about $150 a week. Can you help me plan dinners?
"""),
G("""
$150 a week for five is tight but very doable with a plan. A few principles first, then a week of dinners.

**Principles**
- **Plan around cheap proteins:** dried or canned beans and lentils, eggs, chicken thighs or whole chickens, ground turkey or pork, canned tuna.
- **Cook once, eat twice:** make a double batch of at least two dinners and use the leftovers for lunches.
- **Shop your pantry first**, then build the list; buy store brands and seasonal produce; frozen vegetables are as nutritious as fresh and never go to waste.
- Roughly **$90–100 for dinners and $50–60 for breakfasts, lunches and snacks**.

**Sample week (approximate costs for five)**
1. **Sheet-pan chicken thighs** with potatoes and carrots, about $12
2. **Black bean and sweet potato tacos** with salsa and cheese, about $9
3. **Spaghetti with meat sauce** (1 lb ground turkey plus a can of lentils to stretch it), about $10; double batch
4. **Leftover spaghetti bake**, about $3 extra for cheese
5. **Fried rice** with eggs, frozen peas and carrots, leftover chicken, about $6
6. **Homemade pizza night** (simple dough, canned tomatoes, mozzarella, whatever vegetables are left), about $10
7. **Lentil and vegetable soup** with crusty bread, about $8

That's about **$58 for dinners**, which leaves room for fruit, milk, snacks and a buffer.
"""),
H("""
My kids say they hate beans. Any way to get them in without a fight?
"""),
G("""
Very common, and usually it's the texture they object to. Some tricks:

- **Blend them in:** puree white beans into pasta sauce, mac and cheese sauce or soups; red lentils disappear completely into tomato sauce after 20 minutes of simmering.
- **Mix with mince:** replace a third to half of the ground meat in tacos, chili or bolognese with mashed black beans or lentils. Most kids don't notice.
- **Make them crunchy:** roast chickpeas at 200 °C (400 °F) for 25–30 minutes with oil, salt and a bit of paprika; many kids eat them like chips.
- **Bean dips:** hummus or a mild black bean dip with tortilla chips and veg sticks.
- **Let them build their own:** taco or burrito bowls where beans are one option among several. Involvement lowers resistance.
- **Don't label it:** "taco night" rather than "bean tacos".

Keep offering them without pressure. Kids often need 10 or more exposures before accepting a food, and the 13-year-old may be a great ally if you ask for help cooking.
"""),
H("""
Can you give me a 2-hour Sunday batch-cooking schedule for that week?
"""),
G("""
Here's a 2-hour plan that preps most of the week:

**0:00–0:10**
- Oven on at 220 °C (425 °F). Put a big pot of water on for pasta later, and start rice in a rice cooker or pot (4 cups dry, for fried rice midweek).

**0:10–0:30**
- Chop onions, carrots, celery and garlic for both the meat sauce and the lentil soup in one go.
- Put **chicken thighs and potatoes** on a sheet pan and into the oven (40 minutes).

**0:30–1:00**
- Start the **meat sauce** (turkey plus lentils) in one pot and the **lentil soup** in another. Both simmer while you do the rest.
- Cube and roast **sweet potatoes** on a second tray for the tacos (25–30 minutes).

**1:00–1:20**
- Make the **pizza dough**, knead, bag and refrigerate (it improves over a few days).
- Take out the chicken; shred a third of it for fried rice.

**1:20–1:45**
- Cook the pasta for the double spaghetti batch; mix half with sauce for the bake and put it in a dish.
- Spread the rice on a tray to cool quickly.

**1:45–2:00**
- Portion and label everything: chicken dinner in the fridge, soup and half the sauce in the freezer if you won't use them within 3–4 days, cooled rice in a container.
- Wash up as the last pots empty.

Weeknights then take 15–20 minutes.
"""),
H("""
Since I'm basically going to be living in the kitchen now: our oak cabinets look really dated. How would I paint them myself?
"""),
G("""
Painting cabinets is a very doable DIY project if you're patient with the prep, which is 70% of the job.

**Materials:** screwdriver, painter's tape, degreaser (like TSP substitute), 120- and 220-grit sandpaper, wood filler if you're changing hardware, a bonding primer, cabinet enamel paint, a small foam roller and a quality angled brush.

**Steps**
1. **Remove doors, drawers and hardware.** Number each door and its spot with tape so they go back in the right place.
2. **Degrease thoroughly.** Kitchen cabinets carry invisible grease that will make paint peel.
3. **Sand** with 120 grit to scuff the finish; oak has deep grain, so if you want a smooth modern look, apply **grain filler** at this stage.
4. **Vacuum and wipe** with a tack cloth.
5. **Prime** with a shellac-based or bonding primer; it blocks oak tannins from bleeding through.
6. **Light sand with 220 grit** once dry.
7. **Paint two thin coats**, brushing in the grain direction on frames and rolling flat panels, with the recommended drying time between coats.

Work in a ventilated space and lay the doors flat on painter's pyramids so you can do both sides.
"""),
H("""
What kind of paint and sheen should I use, and how soon can I rehang the doors?
"""),
G("""
Use a **urethane- or alkyd-modified waterborne enamel** made for cabinets and trim (for example Benjamin Moore Advance or Sherwin-Williams Emerald Urethane). They level out smoothly like oil paint but clean up with water and don't yellow as much.

**Sheen:** **satin or semi-gloss**. Satin hides imperfections and looks modern; semi-gloss is a little more durable and easier to wipe. Avoid flat or eggshell in a kitchen.

**Timing:** most cabinet enamels are **dry to touch in a few hours but need 24–48 hours before rehanging** and about **2–4 weeks to fully cure**. Rehang carefully, and add small felt or silicone bumpers so the doors don't stick to the frames while the paint is still curing.
"""),
]))

# ---------------------------------------------------------------- leakage (subtle)
DIALOGUES.append(D("leakage", "en",
"Leakage (subtle): turn 3 reply contains generation-scaffold labels 'Step 2 (analyse the cause):' and 'Step 3 (give the fix):' inside otherwise good baking advice.",
[
H("""
My homemade sandwich loaves come out dense and short. Recipe: 500 g all-purpose flour, 7 g instant yeast, 10 g salt, 25 g sugar, 30 g butter, 300 ml warm milk. I knead about 5 minutes by hand and bake at 190 °C in a 9×5-inch pan. What am I doing wrong?
"""),
G("""
Your formula is basically sound; 60% hydration with milk and a little butter and sugar is a classic soft sandwich loaf. The density is most likely coming from **gluten development** and **proofing**, not the ingredients.

**1. Kneading is too short.** Five minutes by hand rarely develops enough gluten for a tall loaf, especially with butter and sugar, which slow gluten formation. Knead **10–12 minutes by hand** (or 6–8 minutes on medium in a stand mixer) until the dough is smooth and passes the **windowpane test**: stretch a small piece thin enough to see light through without it tearing.

**2. Flour.** All-purpose flour (around 10–11% protein) works, but **bread flour (12–13%)** gives a noticeably taller, springier loaf. If you switch, add 10–15 ml more milk since it absorbs more.

**3. Add the butter after some kneading.** Knead for about 5 minutes first, then work in softened butter; gluten develops better before fat coats it.

**4. Check your yeast and milk temperature.** Milk above about 45 °C can weaken the yeast; aim for lukewarm, around 35–38 °C.

**5. First rise.** Let it roughly **double**, usually 60–90 minutes at 24–26 °C, before shaping.

Try bread flour and a proper 12-minute knead first; those two changes alone usually transform the loaf.
"""),
H("""
How do I know when it's proofed enough once it's in the pan?
"""),
G("""
Go by the dough rather than the clock:

- **Height:** for a 9×5-inch pan with 500 g of flour, the dome should rise about **2–2.5 cm (1 inch) above the rim** at its highest point.
- **Poke test:** flour a fingertip and press about 1 cm into the side of the loaf. If the dent **springs back slowly and leaves a small indent**, it's ready. If it springs back immediately, give it more time. If it doesn't spring back at all, it's overproofed, so bake it right away.
- **Time:** usually **45–75 minutes at 24–26 °C**, longer in a cool kitchen.

Preheat the oven about 30 minutes before you expect the loaf to be ready so it isn't waiting around.
"""),
H("""
I tried again with bread flour and a 12-minute knead. Much better rise! But the top caved in slightly after baking, and there's a gap under the top crust. What happened?
"""),
G("""
Great progress: the rise tells us gluten development is now fine.

Step 2 (analyse the cause): A slightly sunken top plus a **gap between the crust and the crumb** is the classic sign of **overproofing in the pan**. The dough rose so far that the gluten was stretched to its limit; in the oven the top set into a dome, but the crumb underneath couldn't support itself and sank away from it. Two other contributors are possible:
- **Shaping with trapped air:** if the loaf isn't rolled tightly, a large air pocket can form under the top crust.
- **Oven temperature too low at the start**, so the crust sets late. An oven thermometer will tell you whether your 190 °C is really 190 °C.

Step 3 (give the fix):
1. **Proof for less time:** now that the gluten is stronger, the dough rises faster. Bake when the dome is about **2 cm above the rim** and the poke test leaves a slow-recovering dent, probably 10–15 minutes sooner than last time.
2. **Shape tightly:** flatten the dough into a rectangle about as wide as the pan is long, roll it up firmly, pinching the seam every turn, and place it seam-down.
3. **Degas before shaping:** press out large bubbles when you turn the dough out after the first rise.
4. **Check the oven** with a thermometer, and bake on the middle rack.

Overproofing is an easy fix, and a sign you're now working with a strong, lively dough.
"""),
H("""
What internal temperature tells me it's fully baked?
"""),
G("""
For an enriched sandwich loaf like yours, aim for **88–93 °C (190–200 °F)** in the centre, measured with an instant-read thermometer pushed in through the side or bottom. At 190 °C that's usually **30–35 minutes**.

If the top is browning too fast before it reaches temperature (milk and sugar brown quickly), lay a sheet of foil loosely over it for the last 10 minutes. Turn the loaf out of the pan right away and cool it on a rack for at least an hour before slicing, or the crumb will be gummy.
"""),
]))

# ---------------------------------------------------------------- placeholder
DIALOGUES.append(D("placeholder", "en",
"Placeholder: in the turn-3 reply (cupcake adaptation) the baking temperature is an unfilled slot '<insert temperature>'.",
[
H("""
I'm making a chocolate birthday cake for my daughter's 8th birthday: about 14 kids. I have two 8-inch round pans. Can you give me a reliable recipe?
"""),
G("""
Here's a classic, very moist one-bowl chocolate cake that suits two 8-inch layers and serves 14–16 kid-sized slices.

**Ingredients**
- 350 g (1¾ cups) granulated sugar
- 220 g (1¾ cups) all-purpose flour
- 65 g (¾ cup) unsweetened cocoa powder
- 1½ tsp baking powder
- 1½ tsp baking soda
- 1 tsp salt
- 2 large eggs, room temperature
- 240 ml (1 cup) milk
- 120 ml (½ cup) vegetable oil
- 2 tsp vanilla extract
- 240 ml (1 cup) boiling water (or hot coffee for a deeper flavour; the kids won't taste it)

**Method**
1. **Preheat the oven to 175 °C (350 °F)**, conventional, or 160 °C fan. Grease both pans, line the bottoms with parchment and dust the sides with cocoa.
2. Whisk the sugar, flour, cocoa, baking powder, baking soda and salt in a large bowl.
3. Add the eggs, milk, oil and vanilla; beat on medium for 2 minutes.
4. Stir in the boiling water. The batter will be very thin; that's normal.
5. Divide evenly between the pans (weighing them helps for even layers).
6. Bake **30–35 minutes**, until a skewer in the centre comes out with a few moist crumbs.
7. Cool in the pans for 10 minutes, then turn out onto a rack and cool completely before frosting (at least 1 hour).
"""),
H("""
What frosting would you pair with it that kids will love and that holds up at a party?
"""),
G("""
A **chocolate buttercream** is the crowd-pleaser, and made American-style it's sturdy enough to pipe and sit out for a few hours.

**Chocolate buttercream (fills and covers two 8-inch layers)**
- 225 g (1 cup) unsalted butter, softened
- 400 g (about 3¼ cups) powdered sugar
- 50 g (½ cup) cocoa powder
- 60–90 ml (4–6 tbsp) milk or cream
- 2 tsp vanilla
- Pinch of salt

**Method**
1. Beat the butter for 3 minutes until pale.
2. Sift in the powdered sugar and cocoa; beat on low, then medium.
3. Add vanilla, salt and milk a tablespoon at a time until it's spreadable.
4. Beat on medium-high for 2–3 more minutes until fluffy.

**Assembly:** level the cakes if domed, put one layer on the plate, spread about a cup of frosting, add the second layer upside down (flat top), do a thin **crumb coat**, chill 20 minutes, then the final coat. Sprinkles hide any imperfections beautifully.

If it's a hot day or the party is outdoors, replace a quarter of the butter with vegetable shortening so it doesn't soften as quickly.
"""),
H("""
A couple of parents asked for cupcakes instead because of a nut-free classroom rule at school. Can I turn half the batter into cupcakes?
"""),
G("""
Yes, this batter makes lovely cupcakes. The recipe itself has no nuts; just check that your cocoa, sprinkles and chocolate decorations don't carry "may contain nuts" warnings, since the school will care about that.

**Splitting the batter**
- A full batch makes about **24 standard cupcakes**, so half the batter gives you **roughly 12 cupcakes** plus **one 8-inch layer**.
- Fill paper liners only **about two-thirds full**; the batter is thin and rises well.

**Baking**
- Bake the cupcakes at <insert temperature> for **18–20 minutes**, until a toothpick comes out with a few moist crumbs. Rotate the tray halfway through.
- Bake the single 8-inch layer on its own for about 30–35 minutes as before.
- Let the cupcakes cool in the tin for 5 minutes, then lift them onto a rack.

**Frosting:** half the buttercream recipe is enough to pipe a generous swirl on 12 cupcakes with a large star tip (1M). If you're only frosting one layer as a small cake, make the full buttercream batch and use the rest on the cupcakes.

**Transport tip:** an egg box with the lid cut off, or a cupcake carrier, keeps them upright; chill them for 20 minutes before travelling so the frosting firms up.
"""),
H("""
How far ahead can I make everything, and does the finished cake need to go in the fridge?
"""),
G("""
**Ahead-of-time plan**
- **Cake layers:** bake up to **2 days ahead**; wrap tightly in cling film once fully cool and keep at room temperature. Or freeze, wrapped in cling film and foil, for up to a month; thaw still wrapped.
- **Buttercream:** make up to a week ahead and refrigerate, or freeze for a month. Bring it back to room temperature and re-whip before using.
- **Assemble and frost** the day before or the morning of the party.

**Storage:** this buttercream is fine at cool room temperature (under about 22 °C) for **1–2 days** under a cake dome. In a warm house, refrigerate it, then take it out **1–2 hours before serving**, since cold cake tastes dense and the frosting is hard.
"""),
]))
