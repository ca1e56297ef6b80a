from a_common import h, g, item

ITEMS = []

# ---------------------------------------------------------------- first 5K (misaligned: turns 3 and 4 swapped)
ITEMS.append(item("misaligned", "en",
"Misaligned: the replies to turns 3 (shoes) and 4 (shin splints) are swapped; turn 3 gets the shin-splint answer and turn 4 gets the shoe answer.",
[
h("""
I'm 34, about 30 pounds overweight, and I want to run a 5K in 10 weeks. I haven't run since high school. Is that realistic, and how should I start?
"""),
g("""
Yes, 10 weeks is realistic for finishing a 5K if you build up gradually with run/walk intervals. Most "couch to 5K" programmes take 8–9 weeks, so you even have a small buffer for a missed week or a cold.

**The basic structure: 3 sessions a week, on non-consecutive days** (for example Monday, Wednesday, Saturday). Rest days are when your muscles, tendons and bones adapt, and tendons and bones adapt more slowly than your heart and lungs.

**A sample progression:**
- **Weeks 1–2:** 5-minute brisk walk warm-up, then alternate 60 seconds of easy running with 90 seconds of walking, 8 times. About 20–25 minutes total.
- **Weeks 3–4:** run 90 seconds / walk 90 seconds, then run 3 minutes / walk 3 minutes.
- **Weeks 5–6:** run 5 minutes / walk 3 minutes, building to one continuous 20-minute run by the end of week 6.
- **Weeks 7–8:** continuous runs of 25–28 minutes.
- **Weeks 9–10:** 30 minutes continuous, one run at about 5K distance, then an easier final week before race day.

If a week feels too hard, repeat it; nothing is gained by forcing it.

Because you're carrying some extra weight, impact is the main risk, so softer surfaces like trails, tracks or treadmills help in the first month. If you have any heart, blood-pressure or joint issues, a quick check with your doctor before starting is sensible.
"""),
h("""
How fast should I be running during the running parts? I feel like I'm dying after 60 seconds.
"""),
g("""
Almost certainly too fast. It's the most common beginner mistake. The running intervals should feel **easy enough that you could talk in short sentences**. If you can't say "I'm going to finish this 5K" without gasping, slow down.

Some practical guides:
- **Talk test:** full sentences, slightly breathless, is right. Only single words means you're going too hard.
- **Effort scale:** on a scale of 1 to 10, running intervals should feel like a 5 or 6, not an 8 or 9.
- **Pace:** it may feel barely faster than a brisk walk, and that's fine. For many beginners that's a pace of 12–14 minutes per mile. Speed comes later, with no extra effort, as your aerobic base develops.
- **Heart rate** (if you have a watch): roughly 65–75% of your maximum. A rough max estimate is 220 minus your age, so about 186, making 120–140 bpm your target range. Watch-based numbers are approximate, so trust the talk test first.

Shorter steps help too. Take quick, light steps rather than long strides, and keep your arms relaxed. Breathe through both nose and mouth.

Try your next session at half the speed you think you should run. Most people are surprised to find they can finish every interval.
"""),
h("""
What kind of running shoes should I buy? The store ones all look the same and cost $60 to $180.
"""),
g("""
Shin pain is very common in new runners, especially when the weekly load rises faster than the lower legs can adapt. A few things make a big difference:

**Prevention**
- **Increase slowly.** Stick to your plan's progression and don't add extra runs because you feel good. A common guideline is not increasing weekly running time by more than about 10% at a time.
- **Run on softer surfaces** where you can: trails, a track or a treadmill.
- **Shorten your stride.** Overstriding, landing with your foot far ahead of your body, increases impact on the shins. Aim for quicker, shorter steps, landing under your hips.
- **Strengthen your lower legs:** 2–3 times a week do calf raises (3 × 15), toe raises with your back against a wall (3 × 15), and 30-second single-leg balances.
- **Replace worn-out shoes.** Cushioning breaks down after roughly 300–500 miles.

**If pain starts**
- Mild, diffuse ache along the inner shin that fades during warm-up: cut the next few sessions back to walking intervals, ice for 10–15 minutes afterwards, and progress more slowly.
- Pain that is sharp, focused on one spot you can press with a fingertip, worse as you run, or present at rest or at night: stop running and see a doctor or physiotherapist, as this can be a stress fracture.

Most people who ease back at the first sign of shin pain are running again within one to two weeks.
"""),
h("""
Sometimes my shins start aching after runs. How do I avoid shin splints?
"""),
g("""
You don't need the most expensive pair. For a beginner, the $90–$140 range offers the best value, and fit matters far more than brand.

**How to choose:**
1. **Go to a specialist running store if you can.** Staff will watch you walk or jog and suggest a few options. They don't need to do expensive gait analysis; just trying on several pairs is the main benefit.
2. **Try them on in the afternoon,** when your feet are slightly swollen, wearing the socks you'll run in.
3. **Leave a thumb's width (about 1 cm) between your longest toe** and the end of the shoe. Feet swell and slide forward when running.
4. **Jog a few steps in the store** or on their treadmill. The shoe should feel comfortable immediately, with no pressure points. "They'll break in" is not true for running shoes.
5. **Cushioning:** given your weight and the fact you're new, a well-cushioned neutral shoe is a sensible start. Popular examples are the Brooks Ghost, ASICS Gel-Nimbus or Gel-Cumulus, Saucony Ride, Hoka Clifton and New Balance 880.
6. **Stability shoes** (Brooks Adrenaline, ASICS GT-2000) are only worth it if your feet roll inward a lot and neutral shoes feel wobbly.

Last season's colour of the same model is often 30–40% cheaper online once you know your size. Replace them after roughly 300–500 miles.
"""),
h("""
The race is in 10 weeks. What should I do the week before and on race day?
"""),
g("""
**The week before**
- **Cut back.** Do two or three short, easy runs of 15–20 minutes. You can't build fitness in the last week, but you can arrive tired.
- **Don't try anything new:** no new shoes, new foods or new stretching routines.
- **Sleep well** for the whole week; the night before the race usually doesn't matter much because of nerves.
- **Pick up your bib** early if the race allows it, and pin it to the shirt you'll wear.

**Race morning**
- **Eat a familiar, light breakfast 2–3 hours before,** such as toast with banana or oatmeal. Drink about 400–500 ml of water and then sip as needed.
- **Arrive 45–60 minutes early** for parking, toilets and bag check.
- **Warm up:** 5–10 minutes of brisk walking and a couple of 30-second easy jogs.
- **Line up toward the back.** Starting with faster runners pulls you into a pace you can't hold.

**During the race**
- Run the first kilometre slower than feels natural; adrenaline makes everyone start too fast.
- It's completely fine to keep using walk breaks. Many first-timers run 4 minutes, walk 1 minute and finish strong.
- Walk through the water station if there is one.

**After:** keep walking for 5–10 minutes, drink, eat something, and take a photo with your medal. Then take two easy days before you decide on your next goal.
"""),
]))

# ---------------------------------------------------------------- slow drain (repetition: user re-asks turn 2 in other words, assistant answers again)
ITEMS.append(item("repetition", "en",
"Repetition (reworded): in turn 4 the user asks again, in other words, whether to use chemical drain cleaner, which was already asked and answered in turn 2, and the assistant repeats the same advice in different wording.",
[
h("""
Our bathroom sink drains really slowly. It takes a couple of minutes to empty after brushing teeth. What's the easiest thing to try first?
"""),
g("""
In a bathroom sink, slow drainage is almost always a clump of hair and soap scum caught on the pop-up stopper or just below it. Start there:

1. **Remove the stopper.** Many lift straight out or twist out. If not, look under the sink: there's a horizontal rod (the pivot rod) going into the back of the drain pipe, held by a nut. Unscrew the nut, pull the rod out, and the stopper will lift free. Put a bucket underneath first.
2. **Clean the stopper.** It's usually coated in a grey, hairy gunk. Wipe it off and rinse it.
3. **Use a plastic drain snake** ("Zip-It" or similar, about $3–$5). Push it down the drain as far as it goes, twist, and pull it out slowly; the barbs hook hair. Repeat several times until it comes up clean.
4. **Flush with hot tap water** for a minute.
5. **Reassemble the pivot rod** and tighten the nut by hand plus a quarter turn, then check for drips.

This fixes the majority of slow bathroom sinks in about 15 minutes. Wear gloves; it's unpleasant but harmless.
"""),
h("""
Should I just use Drano or some other chemical drain cleaner instead?
"""),
g("""
I'd avoid it, for a few reasons:

- **They often don't work on hair clogs.** Sodium hydroxide (lye) or sulphuric acid can dissolve some hair, but a dense clump with soap scum often only partly clears, leaving you with a sink full of caustic water.
- **Safety:** they can cause serious burns to skin and eyes, and if you later need to plunge or take the pipes apart, you'll be handling that chemical. Never mix different drain cleaners, or drain cleaner with bleach; some combinations produce heat or toxic gases.
- **Pipes and fittings:** repeated use can damage older metal pipes, chrome finishes and the rubber washers under the sink. The heat from some products can soften old PVC joints.
- **Septic systems:** harsh chemicals can harm the bacteria a septic tank relies on.

A mechanical fix like the plastic snake or cleaning the trap is cheaper, safer, and usually more effective for bathroom sinks. If you want something to pour in, an enzyme-based cleaner (such as Green Gobbler or Bio-Clean) is gentle but works slowly, over several hours or overnight, and is better for maintenance than for a real clog.
"""),
h("""
The plastic snake pulled out a big hairball, but it's still slower than it should be. What now?
"""),
g("""
Then the rest of the clog is probably in the **P-trap**, the U-shaped pipe under the sink. Cleaning it is easy:

1. **Put a bucket under the trap** and have old towels handy. Water will come out.
2. **Loosen the two slip nuts** on either end of the U-bend. Plastic ones usually turn by hand; use slip-joint pliers on metal ones, wrapping the jaws in a rag to avoid scratching.
3. **Remove the trap** and tip the contents into the bucket.
4. **Clean it out** with a bottle brush or an old toothbrush, then rinse it in another sink or outside. Don't rinse it in the sink you've just disconnected.
5. **Check the pipe going into the wall** with your snake or a flashlight, in case there's more gunk just past the trap.
6. **Reassemble**, making sure the washers sit flat and the trap is lined up straight. Tighten the nuts hand-tight plus a quarter turn.
7. **Run water for a minute** and check for drips at both nuts. Tighten slightly if one drips.

If it's still slow after the trap is clean, the blockage is further into the wall pipe. A 25-foot hand auger ($25–$35) can reach it, or it's time for a plumber.
"""),
h("""
Taking the trap apart sounds like a hassle. Wouldn't it be easier to just pour a bottle of chemical drain opener down there?
"""),
g("""
It might seem easier, but I'd still steer clear of chemical drain openers here:

- **Hair is the problem,** and caustic cleaners are unreliable on tangled hair mixed with soap scum. Often they clear a small channel and the clog comes back within weeks.
- **They're dangerous to handle.** They can burn skin and eyes, and if the clog doesn't clear you're left with a basin or trap full of corrosive liquid to deal with. Never combine them with other cleaners or bleach.
- **They can harm your plumbing.** Repeated use wears on older metal pipes, chrome and rubber seals, and some generate enough heat to soften old plastic joints.
- **Bad news for septic systems,** if you have one.

Mechanical methods are cheaper, safer and more effective for a bathroom sink. If you want a pour-in product anyway, choose an enzyme-based one and let it work overnight; it won't hurt anything, but it's slow and better suited to preventing clogs than clearing them.
"""),
h("""
How do I keep it from clogging again?
"""),
g("""
A few small habits keep a bathroom sink flowing:

- **Catch hair at the source.** A mesh drain cover or a silicone hair catcher that fits over or in place of the pop-up ($5–$10) stops most of it.
- **Clean the stopper monthly.** Pull it out and wipe it; it takes 30 seconds and prevents buildup.
- **Flush with hot water weekly.** Run the hottest tap water for 1–2 minutes to soften soap scum.
- **Use the plastic snake every couple of months** even if it seems fine.
- **Go easy on thick products** such as clay masks, bar-soap slivers, and toothpaste globs; rinse them down with plenty of water.
- **Don't pour oils or hair-removal creams** down the sink.

If you have long hair in the household, the hair catcher alone makes the biggest difference.
"""),
]))

# ---------------------------------------------------------------- painting a bedroom (good)
ITEMS.append(item("good", "en",
"Good: five-turn interior painting help (paint quantity with correct arithmetic, sheen, prep, technique, drying and sleeping in the room); consistent and specific.",
[
h("""
I'm painting a 12 x 14 foot bedroom with 8-foot ceilings. One door and two standard windows. The walls are currently dark navy and I'm going to a light gray. How much paint do I need? Not doing the ceiling.
"""),
g("""
Let's work it out:

**Wall area**
- Perimeter: 12 + 14 + 12 + 14 = 52 feet
- 52 ft × 8 ft high = **416 sq ft**
- Subtract the door (about 3 × 7 = 21 sq ft) and two windows (about 3 × 5 = 15 sq ft each, so 30 sq ft)
- **Paintable area: about 365 sq ft**

**Coverage:** one gallon typically covers 350–400 sq ft per coat on smooth, previously painted drywall.

**Because you're going from dark navy to light gray,** plan on:
- **1 coat of primer:** about 1 gallon. Ask the store to tint it gray, towards your final colour; it hides the navy much better than plain white.
- **2 coats of finish paint:** about 730 sq ft, so **2 gallons**.

Without primer you'd likely need three, sometimes four, coats of light gray over navy, which costs more in paint and time than one coat of primer.

**Shopping summary:** 1 gallon tinted primer, 2 gallons wall paint. If your gray is from a custom-mixed batch, buy all the wall paint at once or mix ("box") the gallons together in a bucket before you start, so there's no slight colour difference between cans. A leftover quart for touch-ups is useful, so some people buy a third gallon or an extra quart.
"""),
h("""
What sheen should I use for a bedroom? And the trim?
"""),
g("""
**Walls: matte/flat or eggshell.**
- **Matte** hides wall imperfections best and has a soft, modern look. Modern "washable matte" lines (for example Benjamin Moore Regal Select Matte or Sherwin-Williams Emerald Matte) handle light scrubbing.
- **Eggshell** has a very slight sheen and is a bit easier to wipe clean. It's a good choice if you have kids or pets, but it shows dents and patch marks a little more.

For an adult bedroom, matte or eggshell are both fine; I'd lean towards matte if your walls have some patches or texture.

**Trim and door: semi-gloss** (or satin if you prefer a softer look). The higher sheen stands up to hands, scuffs and cleaning, and gives a crisp contrast with the walls. If the trim is staying white and is in good condition, you may not need to repaint it at all, just clean it and tape it off.

**Ceiling:** you're not doing it, but if you ever do, flat ceiling paint is standard because it hides roller marks and reflects light evenly.
"""),
h("""
What tools and prep do I need before I start?
"""),
g("""
**Tools**
- 9-inch roller frame and two roller covers with ⅜-inch nap (the right thickness for smooth drywall)
- 2–2.5-inch angled sash brush for cutting in, a good one ($15–$25), since it makes edges much easier
- Roller tray with liners, or a 5-gallon bucket and grid
- Extension pole (turns 8-foot walls into a no-ladder job)
- Painter's tape (1.5 inch), drop cloths (canvas is better than plastic for floors), a small step stool
- Spackle, a putty knife, 120–220 grit sanding sponge, a screwdriver for outlet covers, rags and a bucket of warm water

**Prep**
1. **Move furniture** to the middle and cover it.
2. **Remove outlet and switch plates,** and put the screws in a bag taped to each plate.
3. **Fill holes and dents** with spackle, let dry, and sand flush. Spot-prime patches.
4. **Clean the walls.** Wipe with a damp cloth and a little dish soap, especially around switches and near the bed. Paint doesn't stick well to grease or dust.
5. **Tape** the trim, door frame, window frames and baseboards, pressing the edge down firmly with a putty knife so paint doesn't bleed.
6. **Protect the floor** with drop cloths taped along the baseboards.
7. **Ventilate:** open a window and use a fan pointing out.

Prep usually takes as long as the painting itself, but it's what makes the result look professional.
"""),
h("""
Any tips on technique so it doesn't look streaky?
"""),
g("""
Most streaks come from working too slowly, too dry, or going back over paint that has started to set. Here's a sequence that avoids that:

1. **Cut in first, one wall at a time.** Brush a 2–3 inch band along the ceiling line, corners, baseboards and around the door and windows. Then roll that wall while the cut-in edge is still wet, so the brush and roller areas blend without "picture framing".
2. **Load the roller properly.** Dip it in the paint, then roll it on the tray ramp until it's evenly coated but not dripping.
3. **Roll in sections about 3 feet wide.** Start near a corner, roll a big "W" or "M" shape, then fill it in without lifting the roller.
4. **Keep a wet edge.** Always roll back into the wet paint of the previous section, and work from top to bottom and across the whole wall without stopping mid-wall.
5. **Finish with light, straight passes** from ceiling to floor in the same direction, with very little pressure, to even out the texture.
6. **Don't overwork it.** Once paint starts to get tacky, usually within a few minutes, leave it. Missed spots get fixed by the second coat.
7. **Use good light.** A work lamp shining along the wall at an angle shows thin spots while they're still wet.

Pull the tape once the last coat is dry to the touch but not fully hardened, usually after an hour or two, pulling at a 45-degree angle.
"""),
h("""
How long between coats, and when can I sleep in the room again?
"""),
g("""
**Between coats:** most water-based (latex/acrylic) paints and primers are dry to the touch in about an hour and ready to recoat in **2–4 hours**. Check the can, since some primers are recoatable in one hour. In humid or cold weather (under about 60°F / 15°C), allow extra time. A realistic schedule:
- Morning: primer
- Early afternoon: first coat of gray
- Late afternoon or evening: second coat

**Sleeping in the room:** with a low- or zero-VOC latex paint and good ventilation, many people sleep in the room the same night, but waiting **24 hours** is more comfortable because the smell has mostly faded by then. Keep a window cracked and a fan running for a day or two. If anyone sleeping there is pregnant, an infant, or has asthma, wait 2–3 days.

**Full cure:** the paint reaches full hardness in about **2–4 weeks**. Until then, don't push furniture tight against the walls, hang heavy pictures carefully, and avoid scrubbing. Put the outlet covers back once the paint is dry to the touch.
"""),
]))

# ---------------------------------------------------------------- babyproofing (leakage, turn 2)
ITEMS.append(item("leakage", "en",
"Leakage: the turn-2 reply opens with a generation-scaffold line ('Response for turn 2 — tone: practical, include specific products and numbers:') before the actual answer.",
[
h("""
Our daughter is 8 months old and just started crawling. Where do I even start with babyproofing? The house feels like one giant hazard.
"""),
g("""
It helps to prioritise by what causes the most serious injuries at this age, rather than trying to do everything at once. In rough order:

1. **Furniture and TV tip-overs.** Dressers, bookshelves and TVs falling on children cause serious injuries every year. Anchor them to the wall.
2. **Stairs.** Hardware-mounted gates at the top, and a gate at the bottom.
3. **Poisoning.** Cleaning products, medicines (including vitamins and iron supplements), laundry pods, button batteries and alcohol go up high or behind locked cabinets.
4. **Choking hazards.** Anything that fits through a toilet-paper tube is a choking risk. Get down to her level and scan the floors daily, especially for coins, small toy parts and button batteries.
5. **Burns and water.** Set the water heater to 120°F, never leave her alone in the bath even for a moment, and keep hot drinks out of reach.
6. **Cords.** Blind cords and electrical cords should be out of reach; cordless blinds are the safest option.
7. **Outlets.** Use sliding covers or tamper-resistant outlets.

A good way to find hazards is to crawl through each room at her eye level. You'll notice things you'd never see standing up.

Tackle the first three this week; the rest can happen over the next few weekends.
"""),
h("""
How do I anchor furniture properly? We rent, so I'm worried about damaging the walls.
"""),
g("""
Response for turn 2 — tone: practical, include specific products and numbers:

Anchoring is worth it even in a rental; the holes are small and easy to patch when you move out, and most landlords prefer that to the alternative. Check your lease, but small screw holes are generally treated as normal wear.

**What to buy:** furniture anti-tip kits with a metal cable or a strap, about $10–$20 for a multi-pack. Avoid the thin plastic zip-tie style for heavy dressers.

**How to install:**
1. **Find a stud** with a stud finder ($15–$25). Studs are usually 16 inches apart. Screwing into a stud is much stronger than any drywall anchor.
2. **Attach one bracket to the back of the furniture** near the top, into a solid part of the frame, not thin back panelling.
3. **Attach the other bracket to the wall stud** at the same height or slightly higher, using the screws from the kit (usually at least 2 inches long for studs).
4. **Connect them** and pull the strap snug so the furniture can't tip forward more than an inch.
5. **If there's no stud where you need it,** use heavy-duty toggle bolts rated for at least 50 lb, not plastic anchors.

**What to anchor:** dressers, bookcases, TV stands, and the TV itself (use a strap kit or wall mount). Also keep heavy items in bottom drawers and don't put toys or a TV on top of dressers, which tempts climbing.

When you move out, fill the holes with spackle, sand lightly and touch up with paint.
"""),
h("""
What kind of baby gates do we need for the stairs?
"""),
g("""
Use **different gates for the top and the bottom**:

**Top of the stairs: hardware-mounted gate, always.**
- It screws into the wall or banister so it can't be pushed out. Pressure-mounted gates can pop loose and are not safe at the top of stairs.
- Make sure it **doesn't have a threshold bar** on the floor that you could trip over while carrying her.
- It should swing **away from the stairs** (towards the landing), never out over the steps. Many gates have a one-way stop for this.
- If you have a banister, use a banister adapter kit so you don't drill into the wood.

**Bottom of the stairs:** a hardware-mounted gate is still best, but a **pressure-mounted** one is acceptable here. Place it on the first or second step so she can't climb the lowest steps and fall.

**What to look for:**
- JPMA certification (in the US) on the packaging
- Height at least 22 inches; taller ones, 30 inches or more, last longer as she grows
- Gaps between bars under 3 inches
- A one-hand opening mechanism you can operate while holding a baby

Popular examples include the Summer Infant Wood Banister & Stair Gate and the Regalo Top of Stair gate. Expect to pay $40–$90 per gate.

Stop using gates once she can climb over them or reaches about 2 years, whichever comes first, and teach safe stair climbing instead.
"""),
h("""
What about the kitchen and bathroom? Those seem the scariest.
"""),
g("""
They are, because that's where poisons, water, heat and sharp things all live.

**Kitchen**
- **Move cleaning products, dishwasher pods and alcohol** to a high cabinet. Dishwasher and laundry pods are a leading cause of poisoning calls for toddlers.
- **Install cabinet locks** on low cabinets that can't be emptied. Magnetic locks (such as Safety 1st Adhesive Magnetic Locks) are invisible and don't damage cabinets, which is handy in a rental.
- **Leave one "safe" low cabinet** full of plastic containers and wooden spoons; it keeps her busy and away from the others.
- **Cook on back burners** and turn pot handles inward. Stove knob covers are useful once she can stand.
- **Keep the dishwasher closed and locked**; the knives and detergent are at crawling height when it's open.
- **Dangling cords:** keep kettle and appliance cords coiled well back on the counter.

**Bathroom**
- **Medicines in a locked box** or a high cabinet with a lock, including vitamins, iron supplements and adult painkillers.
- **Toilet lock** to prevent drowning risk and curious hands.
- **Never leave her in the bath alone**, not even to grab a towel. Babies can drown in an inch or two of water, silently.
- **Non-slip mat** in the tub and a faucet cover to prevent bumps.
- **Keep the bathroom door closed,** with a door knob cover if she starts reaching handles.

Save the Poison Control number (1-800-222-1222 in the US) in your phone now.
"""),
h("""
You mentioned setting the water heater to 120°F. Why that number, and how do I check it?
"""),
g("""
At **120°F (about 49°C)**, water takes several minutes to cause a serious burn on adult skin, and children's skin burns faster than adults'. At 140°F (60°C), a common factory setting, a serious scald can happen in about 5 seconds on an adult and even faster on a baby. So 120°F gives you time to react while still being hot enough for showers and washing dishes.

**How to check it:**
1. Run the hot water tap closest to the water heater for 2–3 minutes.
2. Fill a glass and put a cooking or candy thermometer in it.
3. If it reads above 120°F, lower the setting.

**How to adjust:**
- **Gas heaters:** there's a dial on the gas control valve near the bottom. "Warm" or "A" is often around 120°F, but check with the thermometer.
- **Electric heaters:** the thermostat is behind one or two access panels. Turn off the breaker first, remove the panel and insulation, and adjust with a flat screwdriver. If you're unsure, ask your landlord; in a rental, they may prefer to do it.

Re-test after a few hours and adjust again if needed. An anti-scald device on the bath faucet is a good backup, and always test bath water with your wrist or elbow before putting her in.
"""),
]))

# ---------------------------------------------------------------- selling a used car (bad_length: evasive one-liner in turn 3)
ITEMS.append(item("bad_length", "en",
"Bad length: the turn-3 reply to a concrete question about accepting a cashier's check versus cash for $9,800 is just 'It depends.'; the other replies are full answers.",
[
h("""
I want to sell my 2016 Honda Civic LX privately. It has 98,000 miles, clean title, one owner, and I'm in Texas. How do I figure out what to ask for it?
"""),
g("""
Use a few sources and then price slightly above the number you actually want, since private buyers almost always negotiate.

1. **Kelley Blue Book and Edmunds:** enter the exact trim (LX), mileage, options and your ZIP code, and choose "private party" value, not trade-in. Be honest about condition; most cars are "good", not "excellent".
2. **Local listings:** search Facebook Marketplace, Craigslist, Autotrader and CarGurus for 2015–2017 Civics within about 50 miles with 80,000–120,000 miles. These asking prices show your real competition.
3. **Instant offers:** CarMax, Carvana and similar give you a floor; if a private buyer offers less than that, you're better off selling to them.

For a 2016 Civic LX at 98,000 miles, private-party values in Texas are often somewhere around $10,000–$11,500 in good condition, but check current numbers since used-car prices move.

**Adjust for:**
- Service records and a clean Carfax: list them, buyers pay more for documentation.
- Tires: new tires add value; bald ones subtract $400–$700.
- Cosmetic issues like dents, a cracked windshield or a stained interior.

**Setting the price:** ask about 5% above your target. If your research says $10,700, listing at $10,900–$11,200 leaves room to negotiate without scaring people off. Odd numbers like $10,950 tend to look more considered than round ones.
"""),
h("""
What paperwork do I need in Texas?
"""),
g("""
Texas makes it fairly simple, but there are a couple of steps that protect you as the seller:

1. **Texas Certificate of Title.** Sign and date it in the seller section and write in the sales price and odometer reading. If there was a loan, make sure the lien release is on the title or attached.
2. **Form 130-U, Application for Texas Title and/or Registration.** Both you and the buyer sign it. The buyer takes it to their county tax office to transfer the title, usually within 30 days.
3. **Bill of sale.** Not strictly required, but strongly recommended. Include the date, price, VIN, make/model/year, odometer reading, both names and signatures, and the words "sold as is, with no warranty".
4. **Vehicle Transfer Notification.** File this with the Texas DMV (online or with form VTR-346) within 30 days of the sale. It records that you no longer own the car, protecting you from tolls, tickets or liability if the buyer delays transferring the title.
5. **Plates and registration sticker:** in Texas, license plates and the registration sticker stay with the vehicle.
6. **Maintenance records:** hand them over; they're a selling point.

Take photos of the signed title, the 130-U and the bill of sale before you hand them over, and cancel or transfer your auto coverage after the sale is complete.
"""),
h("""
A buyer offered $9,800 and wants to pay with a cashier's check. Should I accept a cashier's check or insist on cash?
"""),
g("""
It depends.
"""),
h("""
How do I handle test drives safely? I'm a bit nervous about strangers.
"""),
g("""
Reasonable to be careful. A few steps make test drives much safer:

**Before the meeting**
- **Talk on the phone first,** not just text. It filters out a lot of scammers and time-wasters.
- **Get their full name** and ask them to bring their driver's licence.
- **Meet in a public place** during daylight. Many police stations have designated "safe exchange" parking spots with cameras.
- **Bring a friend** if you can, and tell someone else when and where you're meeting.

**At the test drive**
- **Photograph the buyer's licence** (ask politely; serious buyers don't mind).
- **Ride along** in the passenger seat. Never hand over the keys and let someone drive off alone.
- **Plan a route** of 10–15 minutes on roads you know, including some highway if they want it.
- **Keep the title and spare key at home.** Only bring copies of the service records.
- **Trust your instincts:** if someone pressures you or the story doesn't add up, end the meeting.

**If they want a mechanic inspection**
That's a good sign of a serious buyer. Agree to a shop of their choice nearby, during business hours, and drive the car there yourself. They pay for the inspection.
"""),
h("""
The windshield has a crack about 8 inches long. Should I fix it before selling?
"""),
g("""
Probably yes, for a crack that size. An 8-inch crack can't be repaired with resin (that only works for chips and cracks up to a few inches), so it means a replacement. For a 2016 Civic, aftermarket glass typically costs **$250–$400 installed**, more for OEM glass.

Reasons to replace it:
- **Buyers overestimate repair costs.** A visible crack often knocks $500 or more off an offer, or becomes an easy negotiating point.
- **Safety and test drives:** a long crack in the driver's line of sight is distracting on a test drive and makes careful buyers wonder what else hasn't been maintained.
- **Photos:** a cracked windshield is the first thing people notice in listing pictures.

Get two or three quotes from mobile glass companies, which can often do it in your driveway within a day or two. If you're selling very soon and don't want to bother, mention the crack in the listing and price it in; being upfront avoids awkward surprises at the meeting.
"""),
]))

# ---------------------------------------------------------------- lowering an electricity bill (good)
ITEMS.append(item("good", "en",
"Good: six-turn help lowering a Texas summer electricity bill (levers, thermostat, filters, AC replacement maths, phantom loads, plan choice); numbers consistent and reasonable.",
[
h("""
Our electric bill was $210 last month. We're in a 1,800 sq ft house near Dallas with central AC. What's actually worth doing to bring it down?
"""),
g("""
In a Texas summer, **air conditioning is usually 50–70% of the bill**, so the biggest savings come from making the AC do less work. In order of impact per dollar:

1. **Thermostat settings.** Raising the setpoint a few degrees and setting it higher when nobody's home is free and can cut cooling costs by 10% or more.
2. **AC filter and maintenance.** A clogged filter makes the system run longer; replacing it costs $5–$20.
3. **Block the sun.** West- and south-facing windows pour heat in during the afternoon. Blackout curtains, solar screens ($5–$10 per sq ft installed) or exterior shades can make a noticeable difference.
4. **Seal leaks.** Weatherstripping doors and caulking around windows costs under $50 in materials.
5. **Attic insulation.** Many older Texas homes have R-19 or less; the recommendation for this climate is around R-38 to R-49. Blown-in insulation often costs $1,500–$2,500 for a house your size and may qualify for rebates from Oncor or federal tax credits.
6. **Electricity plan.** Dallas is in a deregulated market, so your rate per kWh matters as much as your usage. Check your current rate on the bill.
7. **Phantom loads and lighting,** which are smaller but easy wins.

To see how much is cooling, compare your $210 bill with a spring month like April. The difference is mostly AC.
"""),
h("""
What temperature should I actually set the thermostat to?
"""),
g("""
A practical target for summer:
- **When you're home and awake: 78°F.** This is the Department of Energy's suggested setting, and with ceiling fans it feels like 74–75°F.
- **When nobody's home:** raise it to **82–85°F**. The DOE estimates you can save up to about 10% a year on heating and cooling by adjusting the thermostat 7–10°F for 8 hours a day.
- **At night:** many people sleep comfortably at 76–78°F with a fan; a couple of degrees warmer than daytime saves more.

**How much each degree saves:** each degree higher typically cuts cooling energy by about 3%, so going from 72°F to 78°F could trim roughly 15–18% off the cooling portion of your bill.

**Tips that make it bearable:**
- **Ceiling fans** on the counter-clockwise setting (in summer) make a room feel 4°F cooler. Turn them off in empty rooms; fans cool people, not rooms.
- **A smart or programmable thermostat** ($100–$250, with rebates sometimes available) handles the schedule for you. Set it to start cooling about 30 minutes before you get home.
- **Avoid big swings right before peak hours.** Pre-cooling to 76°F in the early afternoon, then letting it drift to 80°F between 4 and 7 PM, keeps things comfortable and lowers usage during the most expensive hours on time-of-use plans.
"""),
h("""
How often should I change the AC filter? I honestly don't remember the last time.
"""),
g("""
For a Texas summer:
- **Basic 1-inch pleated filters: every 1–2 months** while the AC is running heavily. Monthly if you have pets, allergies, or live near construction.
- **4–5 inch media filters:** every 6–12 months.

Since you don't remember the last change, replace it now. A badly clogged filter restricts airflow, makes the system run longer, and can even cause the indoor coil to freeze up.

**Choosing a filter:**
- Look for the size printed on the edge of the old one (for example 20 × 25 × 1).
- **MERV 8–11** is a good balance for most homes. Higher MERV (13+) filters catch more particles but can restrict airflow on some residential systems; check your system's guidance before going that high.

**Also worth doing:**
- **Rinse the outdoor unit** (condenser) with a garden hose, spraying from the inside out if you can, after turning off power at the disconnect. Clear leaves and keep plants at least 2 feet away.
- **Annual tune-up** ($80–$150) in spring: a technician checks refrigerant, cleans coils and tests capacitors, which are a common failure in Texas heat.

Write the date on the filter frame with a marker when you install it, or set a phone reminder.
"""),
h("""
Our AC unit is about 15 years old and rated SEER 10. Is it worth replacing it just for the savings?
"""),
g("""
Replacement purely for savings is borderline; replacement because a 15-year-old system is near the end of its life is more convincing. Let's put numbers on it.

**Savings estimate**
- If your summer bills average $210 and spring bills are around $90, cooling costs roughly $120 a month for about 5–6 months, plus smaller amounts in shoulder months, say **$700–$800 a year**.
- A new unit rated about SEER 16 (roughly SEER2 15.2 under the newer testing standard) uses about 35–40% less energy than a SEER 10, since efficiency scales with the ratio: 10/16 ≈ 0.63.
- That's a saving of roughly **$250–$300 a year.**

**Cost**
- A new central AC system (condenser plus matching coil) for 1,800 sq ft, typically 3 tons, costs around **$7,000–$12,000** installed in the Dallas area, more if you also replace the furnace or switch to a heat pump.
- Federal tax credits and utility rebates can offset some of this, especially for qualifying heat pumps (up to $2,000 under the federal credit in recent years; check current rules).

**Payback from savings alone:** around 20+ years, which doesn't justify replacement by itself.

**When to replace:** if it needs a major repair (compressor, or a refrigerant leak in an old R-22 system), don't put $2,000+ into a 15-year-old unit; replace it. Otherwise keep it maintained and budget for replacement in the next few years. Also get quotes that include a Manual J load calculation, since many homes have oversized units.
"""),
h("""
What about phantom loads? Is that a real thing or a myth?
"""),
g("""
It's real, just smaller than the AC. Devices that are "off" but plugged in still draw power, and in a typical home that standby load adds up to **30–60 watts continuously**, sometimes more. 50 watts running all year is about 440 kWh, or roughly $60 a year at 14 cents per kWh.

**Common culprits:**
- Cable and satellite boxes: 15–30 W even when "off"
- Game consoles in instant-on or rest mode: 10–15 W
- Desktop computers and monitors in sleep, printers, soundbars
- Old phone chargers and power bricks (newer ones draw very little)
- Second fridges or chest freezers in a hot garage, technically not standby, but often the biggest hidden load at 500–1,000 kWh a year for an old unit

**How to find them:** a plug-in watt meter like a Kill A Watt ($20–$30) shows exactly what each device draws. Some smart meters and utility apps also show your baseline use overnight.

**Fixes:**
- Put the entertainment center on a smart power strip or switched strip.
- Turn off "instant on" in console settings.
- Unplug or remove that old garage fridge if it's only holding drinks.

Together, these usually save $5–$10 a month: worth an afternoon, but not a game changer.
"""),
h("""
Last one: how do I know if I'm on a good electricity plan?
"""),
g("""
Look at your bill's **"average price per kWh"** (or divide the energy charges plus delivery charges by the kWh used). Then compare on **PowerToChoose.org**, the state's official comparison site:

- Enter your ZIP and filter for fixed-rate plans of 12–24 months.
- Compare the price at **your actual usage** (likely 1,500–2,000 kWh in summer), not the advertised 1,000 kWh rate.
- Open each plan's **Electricity Facts Label (EFL)** and watch for bill credits that only apply in a narrow usage band, minimum-usage fees, and early termination fees.

If your current all-in rate is well above the best fixed plans, switch when your contract ends, or check whether the cancellation fee is smaller than the savings.
"""),
]))

# ---------------------------------------------------------------- road trip -> resignation letter (off_topic)
ITEMS.append(item("off_topic", "en",
"Off-topic: the conversation starts as planning a family road trip to Yellowstone, but from turn 3 on the user switches to a sister's resignation letter and the road-trip goal is abandoned.",
[
h("""
We're driving from Denver to Yellowstone in July with our kids (5 and 9). Google says about 9 to 10 hours. Should we do it in one day or split it up, and where should we stop?
"""),
g("""
With a 5- and a 9-year-old, I'd split it into two days. Ten hours of driving easily turns into 12–13 with kids, and arriving exhausted in the evening wastes your first park day.

**A good route:** Denver → I-25 north to Casper → US-20/26 west to Shoshoni → through the Wind River Canyon to Thermopolis → Cody → Yellowstone's East Entrance. It's about 560 miles and more scenic than the interstate-only options.

**Day 1: Denver to Thermopolis, about 6.5 hours of driving**
- Stop in **Fort Collins or Cheyenne** after 1.5–2 hours for a break and a playground.
- Lunch in **Casper**; the Fort Caspar Museum has a reconstructed fort kids can walk through.
- Evening in **Thermopolis**: Hot Springs State Park has a free public bathhouse (a limited soak time each visit) and the Wyoming Dinosaur Center is just outside town, which is a big hit with kids.

**Day 2: Thermopolis to Yellowstone, about 3–3.5 hours to the East Entrance**
- Stop in **Cody** for lunch and stretch your legs; the Buffalo Bill Center of the West is good if you have time.
- The drive from Cody through the Wapiti Valley to the East Entrance is beautiful.
- You'll arrive in the park by early afternoon, with time to reach Lake Yellowstone and see some geysers near West Thumb.

Book Thermopolis lodging early; July is busy.
"""),
h("""
How do I keep the kids from going crazy on the long stretches?
"""),
g("""
A few tactics work well for those ages:

- **Break the day into chunks:** a stop every 1.5–2 hours, even just 15 minutes at a rest area to run around. Tell them the next stop in advance so they have something to count down to.
- **A "surprise bag" per kid:** small wrapped items (sticker books, a new card game, a small Lego set, a Wyoming map to colour) handed out once per hour or at certain towns.
- **Audiobooks and podcasts everyone enjoys:** the "Wow in the World" or "Brains On!" podcasts, or an audiobook like "The Wild Robot", which works for both ages.
- **Car games:** license-plate bingo (print a US map and mark states), "I spy", 20 Questions, or spotting pronghorn, which you'll see a lot of in Wyoming.
- **Limited screen time:** save the tablets for the last, hardest stretch of each day rather than starting with them.
- **Snack system:** a small bin for each kid with pre-portioned snacks, plus a cooler with water and cheese sticks. Avoid sugary drinks on long stretches.
- **Let the 9-year-old navigate:** a paper map or "co-pilot" job tracking the miles to the next town keeps them engaged.

Also pack a "car sick kit": ginger chews, a plastic bag, wipes and a change of clothes within reach.
"""),
h("""
Totally separate thing: my sister is about to quit her job and asked me what she should put in her resignation letter. What should it include?
"""),
g("""
A resignation letter should be short, polite and factual. It's a formal record, not the place to air grievances. It typically includes:

1. **A clear statement of resignation** in the first sentence, naming her job title and the company, for example: "I am writing to formally resign from my position as Operations Manager at Harlow Logistics."
2. **Her last working day,** calculated from her notice period, for example "My last day will be Friday, August 15."
3. **A brief thank-you:** one or two sentences on something she genuinely appreciated, such as what she learned or the team.
4. **An offer to help with the transition:** documenting her work, training a replacement or wrapping up projects.
5. **A professional sign-off** with her name and contact details.

**What to leave out:**
- Complaints about her manager, pay or colleagues, even if they're valid. If she wants to give feedback, the exit interview is the place.
- Long explanations of why she's leaving, or details about the new job.
- Anything she wouldn't want in her personnel file forever.

**Format:** half a page is plenty. She should email it to her manager (and HR if that's the company norm) right after telling her manager in person or on a call, and keep a copy for herself.
"""),
h("""
She's a manager. Should she give more than two weeks' notice?
"""),
g("""
Often yes, if her contract and situation allow it. Two weeks is the common minimum in the US, but for managers, three to four weeks is more typical and is seen as professional, because handing over a team takes longer than handing over individual tasks.

Things she should check first:
- **Her employment contract or handbook:** some companies require a specific notice period for managers, such as 30 days, and tie it to payout of unused vacation.
- **Her new employer's start date:** she shouldn't over-commit; a new employer usually understands a 3–4 week notice period for a manager.
- **Company culture:** in some companies, people are walked out the same day once they resign, especially in sales or roles with access to sensitive data. If that's the norm, she should be prepared to leave immediately and have her personal files organised beforehand.

If she offers four weeks, it's reasonable to write something like "My last day will be September 12. I'm happy to discuss the timing if a different date works better for the transition."
"""),
h("""
Should she tell her team before she tells HR?
"""),
g("""
No. The usual order is:

1. **Her own manager first,** in person or on a video call, followed by the written letter.
2. **HR next,** usually the manager or she herself notifies them the same day.
3. **Her team after that,** ideally in a conversation agreed with her manager, including what will happen with their reporting line and who will cover her responsibilities.

Telling the team first risks the news reaching her manager through the grapevine, which damages trust and her references. It also leaves the team anxious without answers to their obvious questions. Most managers appreciate being asked, "How would you like us to communicate this to the team?", which lets her leave on good terms.
"""),
]))

# ---------------------------------------------------------------- running toilet (structure: ends on a user turn)
ITEMS.append(item("structure", "en",
"Structure: the dialogue ends on a user turn (turn 4 question about replacing the fill valve has no assistant reply).",
[
h("""
Our toilet randomly refills for a few seconds every 20 minutes or so, even when nobody uses it. What's going on?
"""),
g("""
That's called a **"phantom flush"** and it almost always means water is slowly leaking from the tank into the bowl. When the tank level drops enough, the fill valve kicks on to top it up.

The usual culprit is the **flapper**, the rubber seal at the bottom of the tank. Over time it warps, hardens, or gets mineral deposits, so it no longer seals perfectly.

**Confirm it with the dye test (free, 15 minutes):**
1. Take the lid off the tank.
2. Add 10 drops of food colouring to the tank water (or use a dye tablet).
3. **Don't flush** for 15–30 minutes.
4. Check the bowl. If coloured water appears in the bowl, the flapper is leaking.

While the lid is off, also check:
- **The chain:** if it's too tight, it holds the flapper slightly open. There should be about ½ inch of slack.
- **The water level:** if water is flowing into the overflow tube (the open tube in the middle), the problem is the fill level instead.

A leaking flapper can waste 200 gallons a day or more, so it's worth fixing soon.
"""),
h("""
The colour showed up in the bowl after about 10 minutes. So it's the flapper?
"""),
g("""
Yes, that confirms it. Replacing a flapper is one of the easiest plumbing fixes: about $5–$15 and 15 minutes.

**1. Buy the right size.** Most toilets use a **2-inch flapper**; many newer ones (especially some Kohler, American Standard and high-efficiency models) use **3-inch**. Look at the drain opening or the model number stamped inside the tank behind the water line. Bring the old one to the store if in doubt. Some brands, like Kohler's canister-style valves, use a round seal instead of a flapper.

**2. Replace it:**
1. Turn off the water at the valve behind the toilet (clockwise).
2. Flush and hold the handle down to drain the tank. Sponge out the remaining water.
3. Unhook the chain from the flush lever, and pop the flapper's ears off the pegs on the sides of the overflow tube (or slide the ring off if it's a ring-style flapper).
4. **Clean the valve seat,** the ring the flapper sits on, with a scrub pad or fine sandpaper to remove mineral buildup. A rough seat makes even a new flapper leak.
5. Attach the new flapper and connect the chain with about ½ inch of slack.
6. Turn the water back on, let the tank fill, and flush a few times.

Repeat the dye test after an hour to make sure it's sealed.
"""),
h("""
I replaced the flapper and the dye test is clean now, but the tank still makes a hissing sound and I can see water trickling into the overflow tube.
"""),
g("""
Now it's the **fill level**. The fill valve isn't shutting off fully because the water rises too high and spills into the overflow tube, so it keeps running.

**Check the level:** water should stop about **1 inch below the top of the overflow tube**. Many tanks have a "water line" mark on the inside wall.

**Adjust the float:**
- **Modern cylinder float** (a float that slides up and down on the fill valve shaft): there's usually an adjustment screw or a clip on a metal rod. Turn the screw counter-clockwise, or pinch the clip and slide the float down, to lower the shut-off level by about ½ inch at a time.
- **Old ball float on an arm:** turn the adjustment screw on top of the valve, or gently bend the arm downward so the ball sits lower.

Flush and let it refill after each adjustment, and check that the valve shuts off completely with the water 1 inch below the overflow.

**If adjusting the float doesn't stop it,** the seal inside the fill valve may be worn. On some valves (for example Fluidmaster 400 series), you can replace the cap seal for a few dollars; otherwise a new fill valve is inexpensive.
"""),
h("""
OK, I'll try adjusting the float tonight. If it still hisses after that, should I just replace the whole fill valve, and is there a brand you'd recommend?
"""),
]))

# ---------------------------------------------------------------- balcony vegetable garden (good)
ITEMS.append(item("good", "en",
"Good: four-turn balcony container vegetable garden help (what to grow, containers and soil, watering, weight/safety); specific and consistent.",
[
h("""
I have a south-facing apartment balcony, about 4 by 10 feet, with roughly 6 to 7 hours of direct sun in summer. I'm in Philadelphia. What vegetables can I realistically grow?
"""),
g("""
That's a great setup: 6–7 hours of direct sun is enough for most fruiting vegetables, and Philadelphia's season (last frost around mid-April, first frost late October or early November) is long enough for tomatoes and peppers.

**Best picks for a 4 × 10 ft balcony**
- **Cherry tomatoes** (Sungold, Sweet Million): productive and forgiving. One or two plants in large pots.
- **Compact tomato varieties** (Tumbling Tom, Patio Choice Yellow, Bush Early Girl) if you want less staking.
- **Peppers:** both sweet (Lunchbox, Mini Belle) and hot (jalapeño, Thai). They love heat and do well in 3–5 gallon pots.
- **Bush beans:** quick, about 55 days, and productive in a long trough.
- **Lettuce, arugula and spinach** in spring (March–May) and fall (September–October); they bolt in mid-summer heat unless partly shaded by taller plants.
- **Herbs:** basil, parsley, thyme, chives, oregano. Basil next to tomatoes is classic.
- **Cucumbers** on a trellis, if you pick a compact variety like Spacemaster or Patio Snacker.

**Harder on a balcony:** squash and zucchini (huge plants), corn, potatoes (possible in bags, but low yield per space), and anything that needs lots of room to sprawl.

**A sample layout:** two cherry tomatoes and one cucumber along the back railing with trellises, three pepper pots in front, a long trough of beans, and a herb box hanging on the railing. That fits comfortably in 40 square feet and gives a steady harvest from July to October.
"""),
h("""
What size containers and what soil should I use?
"""),
g("""
**Container sizes (bigger is almost always better on a sunny balcony, since small pots dry out fast):**
- **Tomatoes:** at least 5 gallons per plant, ideally 10–15 gallons for indeterminate cherry types. Fabric grow bags are cheap ($3–$6 each) and light.
- **Peppers:** 3–5 gallons per plant.
- **Cucumbers:** 5 gallons, with a trellis.
- **Bush beans:** a trough or window box at least 8 inches deep; space plants about 4 inches apart.
- **Lettuce and greens:** 6–8 inches deep is enough.
- **Herbs:** 1–2 gallon pots or a long window box; keep mint in its own pot because it spreads.

Every container needs drainage holes. Put saucers under them if water dripping onto your downstairs neighbour's balcony is an issue.

**Soil:**
- Use a quality **potting mix**, not garden soil or topsoil, which compacts in pots and drains poorly. Look for mixes with peat or coir, perlite, and some compost.
- Mix in about **20–25% compost** for extra nutrients and water retention.
- Add a **slow-release vegetable fertiliser** at planting (follow the bag rate, often 1–2 tablespoons per gallon of soil).

For a setup like the one above, you'll need roughly **4–6 bags of 1.5–2 cubic feet** of potting mix. You can reuse it next year after refreshing it with compost and fertiliser.
"""),
h("""
How often do I need to water? I work in an office all day.
"""),
g("""
On a south-facing balcony in July, **large containers usually need water once a day and small ones may need it twice.** That's the main challenge of balcony gardening, but there are good solutions for someone who's out all day.

**General rules:**
- Water **deeply in the morning** until water runs out of the drainage holes.
- **Check with your finger:** if the top inch of soil is dry, water. In spring and fall, that may be every 2–3 days.
- Tomatoes especially need **consistent moisture**. Alternating between bone-dry and soaked causes split fruit and blossom-end rot.

**Ways to cope with an office schedule:**
1. **Bigger pots:** a 15-gallon tomato pot can often last a full day in summer where a 5-gallon one can't.
2. **Self-watering containers** with a water reservoir (such as EarthBox or City Pickers) can go 2–4 days between fillings.
3. **Mulch:** a 1–2 inch layer of straw or shredded bark on top of the soil cuts evaporation significantly.
4. **A drip kit with a timer:** if you have an outdoor tap or can run a hose from the kitchen sink, a battery timer with drip lines ($40–$80) waters everything automatically. If not, a gravity drip kit connected to a 5-gallon bucket works too.
5. **Group pots together** so they shade each other's sides.

On heatwave days above 90°F, a quick evening check and top-up for the smallest pots is worth it.
"""),
h("""
Is there a risk of too much weight on the balcony? It's an older building.
"""),
g("""
It's a sensible thing to check, since wet soil is heavy. Rough numbers:

- Wet potting mix weighs about **80–100 lb per cubic foot**.
- A 5-gallon pot with wet soil: about **40–50 lb**.
- A 15-gallon pot: about **120–150 lb**.
- The setup we discussed (two large tomato pots, a cucumber, three peppers, a bean trough and herbs) could add up to **500–700 lb** when watered, plus you.

Many residential balconies are designed for a live load of around 40–60 lb per square foot, so a 40 sq ft balcony might be rated for roughly 1,600–2,400 lb, but older buildings vary and corrosion or rot can reduce that.

**What to do:**
- **Ask your landlord or building management** whether there's a weight limit; some leases specify one.
- **Place the heaviest pots near the wall** or over the supports, not at the outer edge.
- **Use lightweight options:** fabric grow bags, plastic instead of ceramic, and potting mix with extra perlite.
- **Inspect the balcony:** cracks in concrete, rust stains, soft or rotting wood, or a slope towards the outside are reasons to get it checked before loading it up.

Also secure railing planters firmly, since anything that falls from a height is a hazard to people below.
"""),
]))

# ---------------------------------------------------------------- lawn reseeding (good)
ITEMS.append(item("good", "en",
"Good: three-turn help reseeding bare lawn patches in Pennsylvania (timing, step-by-step method with seed rates, aftercare); accurate and consistent.",
[
h("""
I have a bunch of bare and thin patches in my lawn in central Pennsylvania. It's mostly tall fescue and some bluegrass. When's the best time to reseed?
"""),
g("""
**Late summer to early fall, roughly August 20 to September 20**, is the best window in central Pennsylvania for cool-season grasses like tall fescue and Kentucky bluegrass.

Why that timing works:
- **Soil is still warm** (ideal germination is with soil temperatures around 50–65°F and air in the 60s–70s), so seed sprouts quickly: tall fescue in about 7–14 days, bluegrass in 14–28 days.
- **Cooler air and more rain** reduce stress on young grass.
- **Fewer weeds germinate** in fall than in spring, especially crabgrass, which dies at the first frost.
- **The new grass has two growing seasons,** fall and the following spring, to develop roots before the summer heat.

**Spring (mid-March to late April) is the second choice.** It works, but seedlings have less time to establish before July heat, and you can't use most crabgrass preventers because they also stop grass seed from germinating (the exception is mesotrione, found in products such as Scotts Turf Builder Triple Action Built for Seeding).

Avoid seeding in June and July; most seedlings won't survive the heat and drought without constant watering.

If you have a lot of bare patches, it's worth finding out why: heavy shade, compacted soil, grubs, or dog urine all cause bare spots, and the new seed will fail in the same places unless you address the cause.
"""),
h("""
How exactly do I reseed the patches? I don't want to hire anyone.
"""),
g("""
Here's a straightforward DIY process for patches:

1. **Mow the surrounding lawn** a bit shorter than usual, around 2.5 inches, so the new seed gets light.
2. **Loosen the soil.** Rake out dead grass and debris, then scratch the top ¼–½ inch of soil with a hard rake or a garden fork. For badly compacted spots, loosen 2–3 inches. Seed needs direct contact with loose soil.
3. **Level and improve.** Fill low spots with a mix of topsoil and compost, and rake smooth.
4. **Choose matching seed.** For a tall fescue lawn, use a blend that's mostly turf-type tall fescue, perhaps with 10% bluegrass. Avoid cheap mixes with lots of annual ryegrass or "inert matter".
5. **Seed at the right rate:**
   - Tall fescue: about 6–8 lb per 1,000 sq ft for bare soil (roughly 3 oz per 25 sq ft patch)
   - Overseeding thin areas: about half that rate
6. **Fertilise** with a starter fertiliser (higher in phosphorus) at label rates, if a soil test hasn't shown phosphorus is already high.
7. **Rake lightly** so the seed is covered by about ⅛–¼ inch of soil, then press it down by stepping on it or using a roller.
8. **Cover lightly** with straw (you should still see 50% of the soil through it) or a thin layer of peat moss to keep moisture in.
9. **Water gently** right away.

A 7 lb bag of good tall fescue blend usually covers all the patches in an average yard, with some left over.
"""),
h("""
How should I water and take care of it afterwards?
"""),
g("""
The first 3–4 weeks make or break reseeding:

**Watering**
- **Until germination (about 1–2 weeks):** keep the top inch of soil **constantly moist**. That usually means light watering **2–3 times a day** for 5–10 minutes, more often in hot or windy weather. Seed that dries out after it has started sprouting dies.
- **After germination:** gradually switch to **deeper, less frequent watering**, once a day, then every other day, so roots follow the water down.
- **After 4–6 weeks:** water like the rest of the lawn, about 1 inch a week including rain.

**Mowing**
- Wait until the new grass is about **3.5–4 inches tall**, then mow to about 3 inches with a sharp blade. Don't mow when the soil is soft and wet.

**Other care**
- **Keep foot traffic and pets off** the patches for 3–4 weeks.
- **Fertilise again** about 6–8 weeks after seeding, often around mid-October with a regular lawn fertiliser.
- **Don't apply weed killers** until the new grass has been mowed 3–4 times; most herbicides damage seedlings.
- **Leaves:** rake or mulch-mow fallen leaves promptly in October so they don't smother the new grass.

By next spring, the patches should blend in with the rest of the lawn.
"""),
]))
