from a_common import H, G, D

DIALOGUES = []

# ---------------------------------------------------------------- vegetarian protein
DIALOGUES.append(D("good", "en",
"Good: vegetarian lifter plans protein intake, a full day of meals, batch prep, iron and timing; specific, consistent numbers throughout.",
[
H("""
I'm a 34-year-old woman, vegetarian (I eat eggs and dairy but no meat or fish), and I started strength training three times a week about a month ago. I weigh about 65 kg. How much protein should I actually be aiming for, and is that even realistic without meat?
"""),
G("""
For someone lifting regularly and trying to build or keep muscle, most sports-nutrition guidance lands at **1.4–2.0 g of protein per kg of body weight per day**. The upper end mostly matters for people who are also dieting hard; for you a practical target is around **1.6 g/kg**, which at 65 kg is roughly **105 g per day**. Anything in the 90–120 g range is perfectly reasonable.

It's very realistic as a lacto-ovo vegetarian, because dairy and eggs are dense, high-quality sources. Approximate amounts:

- **Greek yogurt (2%)**, 200 g: ~20 g
- **Cottage cheese**, 200 g: ~22 g
- **Eggs**, 2 large: ~12–13 g
- **Extra-firm tofu**, 100 g: ~14–16 g
- **Tempeh**, 100 g: ~19 g
- **Cooked lentils**, 1 cup (~200 g): ~18 g
- **Shelled edamame**, 1 cup: ~17 g
- **Seitan**, 100 g: ~20–25 g
- **Feta or halloumi**, 50 g: ~7–10 g

The main trick is distribution rather than heroic single meals. Aim for **25–35 g at each of three meals plus one 15–20 g snack**, and you'll reach about 105 g without it feeling forced. A mix of dairy, eggs and soy also covers all essential amino acids comfortably, so you don't need to "combine proteins" at every meal the way older advice suggested.
"""),
H("""
Okay, 105 g sounds doable. Can you sketch a full day of eating that hits it? I don't love protein powder, and I'm usually only cooking dinner, so breakfast and lunch need to be quick.
"""),
G("""
Here's a no-powder day built around quick breakfasts and lunches, with one cooked dinner:

**Breakfast (~30 g)**
- 250 g plain Greek yogurt (2%): ~25 g
- 30 g rolled oats (dry, stirred in) + 1 tbsp chia seeds + berries: ~6 g

**Lunch (~28 g)** – lentil and feta salad, can be prepped ahead
- 1 cup cooked green or brown lentils: ~18 g
- 50 g feta: ~7 g
- Cucumber, tomato, red onion, parsley, lemon-olive oil dressing
- 1 small whole-grain pita on the side: ~3–4 g

**Afternoon snack (~17 g)**
- 150 g cottage cheese with sliced peach or a handful of cherry tomatoes and black pepper
- (Alternative: 2 hard-boiled eggs, ~13 g, plus a glass of milk)

**Dinner (~35 g)** – tofu stir-fry
- 200 g extra-firm tofu, pressed and pan-fried: ~30 g
- Broccoli, peppers, snap peas: ~3 g
- 1 cup cooked brown rice: ~5 g
- Sauce: soy sauce, garlic, ginger, a little honey and sesame oil

**Total: roughly 110 g protein**, around 1,900–2,000 kcal depending on portions of oil and rice, which is a sensible intake for a 65 kg woman training three days a week.

If you want flexibility, swap dinner between tofu, tempeh (150 g gives ~28 g), a two-egg-plus-halloumi shakshuka, or a chickpea-and-paneer curry. As long as each dinner lands around 30 g, the rest of the day can stay the same.
"""),
H("""
That's great. I'd like to batch-prep the lunches on Sunday. How long will cooked lentils and the feta salad keep in the fridge, and can I freeze anything?
"""),
G("""
Good plan; lentil salad is one of the best batch-prep lunches because it actually improves after a day.

**Fridge life**
- **Cooked lentils:** 3–4 days in an airtight container at or below 4 °C (40 °F). Cool them within 2 hours of cooking: spread them on a tray for 20 minutes rather than putting a hot pot in the fridge.
- **Assembled salad with feta:** best within 3 days. Cucumber and tomato get watery after that, and the feta starts to break down.
- **Dressing:** keep it in a separate jar and add it the morning you eat it, or the night before at the earliest.

So a realistic rhythm is: **prep on Sunday for Monday–Wednesday, then do a 15-minute mini-prep on Wednesday evening** for Thursday and Friday (chop fresh veg, portion lentils from the freezer).

**Freezing**
- **Lentils freeze very well.** Portion 1 cup per bag or container, squeeze out the air, and they keep about 3 months. Thaw overnight in the fridge.
- **Cooked brown rice** freezes fine for about a month; reheat until steaming hot throughout.
- **Tofu** can be frozen raw; it becomes chewier and more sponge-like, which many people prefer for stir-fries.
- **Don't freeze** the assembled salad, the cucumber, or the feta; feta turns crumbly and grainy.

One food-safety note: when reheating anything you've cooked in advance (rice especially), heat it until it's steaming throughout, about 74 °C (165 °F), and don't reheat the same portion twice.
"""),
H("""
One concern: I've read that iron from plants isn't absorbed well, and I'm already a bit tired lately. Should I worry about iron on this plan?
"""),
G("""
It's worth taking seriously, but it's very manageable.

**Why it matters for you.** Women aged 19–50 need about **18 mg of iron a day**, and because the non-heme iron in plant foods is absorbed less efficiently than the iron in meat, some guidelines (including the US National Institutes of Health) suggest vegetarians aim for up to **1.8 times that, roughly 30 mg**. Menstruation plus new training volume makes low iron stores fairly common.

**Iron in the plan you already have**
- 1 cup cooked lentils: ~6.5 mg
- 200 g firm tofu (especially calcium-set): ~5–6 mg
- 30 g oats: ~1.3 mg
- Adding 30 g pumpkin seeds as a snack topper: ~2.5 mg
- A handful of cooked spinach in the stir-fry: ~2–3 mg

**Boost absorption**
- Pair iron foods with **vitamin C**: lemon dressing on the lentils, red peppers in the stir-fry, or fruit with the meal.
- Keep **tea and coffee at least an hour away** from your lunch and dinner; their polyphenols can cut absorption substantially.
- **Calcium competes with iron**, so it's actually helpful that your big dairy hit is at breakfast and your main iron sources are at lunch and dinner.

**About the tiredness.** Don't guess and don't start a high-dose supplement on your own: too much iron is harmful too. Ask your GP for a blood test that includes **ferritin** (your iron stores) and a full blood count. Ferritin can be low long before anemia shows up, and fatigue has many other causes (sleep, thyroid, under-eating relative to training), so a test tells you which problem you're actually solving.
"""),
H("""
Thanks, I'll ask my GP for a ferritin test. Last thing: on training days, does it matter when I eat the protein relative to my workout?
"""),
G("""
Much less than the internet suggests. The biggest factors are **hitting your daily total (~105 g)** and **spreading it across the day**, which your plan already does.

A few practical points:

- Try to have a meal or snack with **20–30 g of protein within a couple of hours either side** of your session. That's a wide window, not a 30-minute "anabolic window".
- If you train **in the evening**, your tofu dinner afterwards covers it.
- If you train **first thing in the morning on an empty stomach**, it's worth eating your Greek yogurt breakfast soon after, since you've gone all night without protein.
- A small pre-workout snack (a banana, or toast with a little cottage cheese) can help performance if you feel flat, but that's about energy, not muscle.

Consistency over weeks and gradually adding weight to your lifts will matter far more than the exact timing.
"""),
]))

# ---------------------------------------------------------------- first 10K
DIALOGUES.append(D("good", "en",
"Good: beginner runner builds an 8-week 10K plan, paces derived from a 32:00 5K, side-stitch tips and race-day fueling; all numbers consistent.",
[
H("""
I can run 5K in about 32 minutes and I'm running three times a week. I signed up for a 10K that's 8 weeks away. Can you give me a simple plan to get there without getting hurt?
"""),
G("""
Eight weeks is a comfortable runway from a 32-minute 5K. The plan below keeps you at three runs a week, with an optional fourth easy run from week 3 if you feel good. Most runs are easy; the long run grows gradually; there's a cutback week in the middle and a short taper at the end.

**Weekly structure**
- **Run A – easy:** 30–40 minutes at conversational pace
- **Run B – quality:** a short workout (strides, tempo or intervals)
- **Run C – long run:** the distance below, all easy
- 1–2 sessions of 20 minutes strength work (squats, lunges, calf raises, planks) on non-running days

**Long run progression**
| Week | Long run | Quality session |
|---|---|---|
| 1 | 6 km | 30 min easy + 6 × 20 s strides |
| 2 | 7 km | 3 × 5 min tempo, 2 min jog between |
| 3 | 8 km | 6 × 400 m brisk, 90 s jog |
| 4 | 6 km (cutback) | 30 min easy + strides |
| 5 | 9 km | 2 × 10 min tempo, 3 min jog |
| 6 | 10 km | 5 × 800 m brisk, 2 min jog |
| 7 | 11 km | 20 min continuous tempo |
| 8 | Race week: 20–25 min easy on Tue and Thu, rest Fri, race Sun | — |

**Injury-prevention rules**
- Increase weekly volume by no more than about 10–15%.
- If something hurts in a sharp or localized way, or makes you limp, take two days off rather than pushing through.
- Replace shoes after roughly 600–800 km.
- At least one full rest day a week.

Running 11 km in week 7 means the 10K itself will feel well within your range.
"""),
H("""
What pace should my easy runs and the tempo sections be? My 5K is 32:00 flat.
"""),
G("""
A 32:00 5K is **6:24 per km**. From that:

- **Predicted 10K:** about 66–67 minutes (using the common Riegel formula), so roughly **6:40/km** race pace. For a first 10K I'd aim for 67–68 minutes and enjoy finishing strong.
- **Easy runs and long runs:** **7:30–8:15/km**. That will feel almost too slow, which is the point. You should be able to speak in full sentences. If that means walking briefly up hills, that's fine.
- **Tempo sections:** **6:45–6:55/km**, "comfortably hard". You can say a few words but not hold a conversation.
- **400 m and 800 m repeats:** about **6:05–6:15/km**, slightly quicker than your 5K pace. For 400 m that's roughly 2:25–2:30 per rep.
- **Strides:** 20 seconds building to fast but relaxed, not a sprint.

Most beginners run their easy days too fast and their hard days too slow, which leaves them tired without the benefits of either. If you have a watch, roughly 80% of your weekly running time should be in that easy band.
"""),
H("""
Sometimes I get a side stitch around the 4 km mark, usually on the right. Any tips?
"""),
G("""
Side stitches are common and not dangerous, and a few things reliably help:

1. **Food and drink timing.** Avoid a full meal in the 2–3 hours before running, and avoid gulping large amounts of water or sugary drinks just before you start.
2. **Slow down at the first twinge** and breathe deeply, pushing your belly out as you inhale.
3. **Change your breathing rhythm.** Many people exhale on the same foot strike every time; try exhaling on the *left* foot for a few minutes when the stitch is on the right.
4. **Press and stretch.** Push your fingers firmly into the painful spot while exhaling through pursed lips, or raise your right arm overhead and lean gently to the left.
5. **Core strength.** Planks and side planks two or three times a week reduce how often stitches appear for many runners.

If the pain comes with chest tightness, dizziness or spreads to the arm or jaw, stop and get checked. That isn't a stitch.
"""),
H("""
Great. Now race day: what should I eat that morning, and how should I pace the 10K itself?
"""),
G("""
**Race-morning eating**
- Eat **2–3 hours before the start**, about 300–500 kcal, mostly carbohydrate with a little protein and low fibre and fat. Examples: two slices of white toast with peanut butter and a banana; a bowl of porridge with honey; a bagel with jam.
- **Only eat things you've already tried** before a long run. Use your week 6 and 7 long runs to rehearse breakfast.
- Drink **400–600 ml of water** with breakfast, then sip small amounts until about 30 minutes before the start.
- Coffee is fine if you normally drink it.
- You don't need gels for a 10K at your pace; water at the aid station is enough.

**Warm-up**
10 minutes of very easy jogging, a few leg swings, and 3–4 short strides finishing 10–15 minutes before the gun.

**Pacing for a ~67-minute finish**
- **km 1–2: 6:50–6:55/km.** This will feel too easy because of the adrenaline. Resist the crowd.
- **km 3–8: settle at about 6:40/km.** Run by effort on hills rather than forcing the pace.
- **km 9–10: if you feel good, pick it up** towards 6:25–6:30/km and finish strong.

A slightly slower start is the single most useful thing you can do; it prevents the classic km-7 slump and lets you pass people at the end instead of being passed.
"""),
]))

# ---------------------------------------------------------------- child asthma
DIALOGUES.append(D("good", "en",
"Good: parent of a 7-year-old with new asthma diagnosis learns inhaler roles, spacer technique, emergency signs, sport, triggers and school logistics.",
[
H("""
My 7-year-old son was just diagnosed with asthma. The doctor gave us two inhalers: a brown one (fluticasone) twice a day and a blue one (salbutamol) "when needed", both with a spacer. I'm confused about why he needs two.
"""),
G("""
It's a very common source of confusion, and understanding it makes everything else easier. The two inhalers do completely different jobs.

**Brown inhaler: preventer (fluticasone, an inhaled corticosteroid)**
- Treats the underlying **inflammation** in the airways, which makes them twitchy and prone to narrowing.
- Works slowly: it takes **days to weeks** to build up its effect, so it won't help during an attack.
- Must be taken **every day, morning and evening, even when he's well**. When children are symptom-free, it's usually because the preventer is working, not because they no longer need it.
- Inhaled steroid doses are small and go straight to the lungs. At standard children's doses, they're considered very safe; your doctor will monitor growth as routine.

**Blue inhaler: reliever (salbutamol)**
- Relaxes the muscles around the airways within **minutes**, easing coughing, wheezing and tight chest.
- Used **only when he has symptoms** (or before exercise, if the doctor suggests it).
- Effects last about 4 hours.

A helpful rule of thumb: **how often he needs the blue inhaler tells you how well his asthma is controlled.** If he's needing it more than two or three times a week, that's a sign to go back to the doctor for a review rather than just using more of it.

Ask your doctor or asthma nurse for a **written asthma action plan**; it sets out his daily medicines, what to do when symptoms worsen, and when to get emergency help.
"""),
H("""
How do we use the spacer correctly? He's a bit wriggly.
"""),
G("""
The spacer matters a lot: it can more than double how much medicine reaches his lungs. For a 7-year-old with a mouthpiece spacer:

1. **Remove the cap and shake the inhaler** well for a few seconds.
2. **Fit the inhaler** into the back of the spacer.
3. Have him **sit or stand up straight** and breathe out gently, away from the spacer.
4. **Seal his lips around the mouthpiece.**
5. **Press the inhaler once**, only one puff per go.
6. He **breathes in and out slowly 5–6 times** through the mouthpiece (tidal breathing), or, if he can manage it, one slow deep breath held for about 10 seconds.
7. For a second puff, **remove, shake again and repeat**, waiting about 30 seconds between puffs.
8. After the **brown preventer**, he should **rinse his mouth and spit** (or brush teeth). This reduces the chance of oral thrush and a hoarse voice.

**Tips for a wriggly child**
- Make it a routine tied to brushing teeth, morning and night.
- Let him count the breaths out loud or watch the valve move.
- Younger children often use a mask; at 7 most can use a mouthpiece, but if he can't keep a seal, ask about a mask.

**Cleaning:** about once a month, wash the spacer in warm water with a drop of washing-up liquid, **don't rinse and don't wipe it dry**. Let it air dry. This reduces static so the medicine doesn't stick to the walls.
"""),
H("""
How will I know if an attack is serious enough to go to the ER?
"""),
G("""
This is exactly what his written asthma action plan should spell out, so follow that if it differs. The general signs of a **severe attack needing emergency help** are:

- The blue reliever **isn't helping**, or he needs it **more often than every 4 hours**
- He's **too breathless to talk, eat or walk** comfortably
- **Breathing very fast**, or the skin is sucking in between the ribs or at the base of the throat
- **Blue or grey lips**, or very pale
- He becomes **drowsy, confused or exhausted**
- He says his chest feels very tight or he's frightened

**What to do during an attack (common guidance for children)**
1. Sit him up; keep calm and loosen tight clothing.
2. Give **1 puff of the blue reliever through the spacer every 30–60 seconds, up to 10 puffs**.
3. If he's not improving, or you're worried at any point, **call emergency services (911 / 999 / 112)**.
4. If help hasn't arrived after 10 minutes, **repeat step 2**.

Any attack that needs this level of treatment, even if he recovers, should be followed by a doctor's review within a day or two, since it usually means his daily treatment needs adjusting.
"""),
H("""
He loves soccer. Should he cut back on sports?
"""),
G("""
No. With good control, children with asthma can play any sport, including at a high level, and exercise is good for lung health.

- If exercise triggers symptoms, the doctor may suggest **2 puffs of the blue reliever about 15 minutes before** training or matches.
- A **gradual warm-up** of 10 minutes reduces exercise-induced symptoms.
- **Cold, dry air** is a common trigger; a scarf or buff over the mouth helps in winter.
- Make sure the **coach knows** and the reliever and spacer are in his kit bag, not left at home.

If he regularly has to stop because of coughing or wheezing despite this, it's a sign his asthma isn't well controlled yet, so bring it up at his review rather than limiting what he does.
"""),
H("""
Our house has carpets everywhere and we have a cat. Could those be triggers?
"""),
G("""
They can be, but it depends on whether he's actually sensitized to them, so it's worth asking the doctor about **allergy testing** (skin prick or blood test) before making big changes.

**House dust mites** are one of the most common asthma triggers in children. Carpets, mattresses, pillows and soft toys are their main habitat. Reasonable steps:
- Wash bedding weekly at **60 °C**.
- Use allergen-proof covers on his mattress and pillow.
- Keep soft toys on his bed to a minimum, or freeze them for 24 hours once a month.
- Vacuum with a HEPA-filter vacuum, ideally when he's not in the room.
- If you're replacing flooring anyway, hard floors in his bedroom help more than anywhere else.

**Cats.** If testing shows he's allergic to cats, the most effective single step is keeping the cat **out of his bedroom** entirely, plus washing hands after stroking it. Rehoming is sometimes suggested for severe cases, but it's not automatic and it's a decision to make with your doctor once you know the results.

Other common triggers worth noting: **colds** (the biggest one in children), **cigarette smoke** (including on clothes), strong fragrances and mould.
"""),
H("""
Quick one: should the brown inhaler go to school with him or stay at home?
"""),
G("""
Keep the **brown preventer at home**: since it's twice a day, he takes it morning and evening around breakfast and bedtime.

The **blue reliever and a spacer must be at school**, ideally a spare set that lives there, plus a copy of his asthma action plan for the school nurse or office.
"""),
]))

# ---------------------------------------------------------------- sourdough
DIALOGUES.append(D("good", "en",
"Good: home baker gets a sourdough formula with grams and oven temperatures, adjusts for a cold kitchen, fixes flat loaves, adds whole wheat and storage; consistent figures.",
[
H("""
My sourdough starter is finally active (doubles in about 5 hours after feeding). Can you give me a reliable recipe for one loaf, with exact quantities and temperatures?
"""),
G("""
Here's a dependable beginner loaf at 70% hydration, baked in a Dutch oven.

**Ingredients (one loaf, ~900 g)**
- 450 g strong white bread flour
- 50 g whole wheat flour
- 350 g water (lukewarm, ~27 °C)
- 100 g active starter (100% hydration, at its peak)
- 10 g fine salt

**Schedule**
1. **Feed the starter** 4–6 hours before mixing, so it's bubbly and domed.
2. **Autolyse (9:00):** mix the flours with 330 g of the water until no dry bits remain. Cover, rest 45 minutes.
3. **Add starter (9:45):** add the 100 g starter, squeeze it through the dough for 2–3 minutes.
4. **Add salt (10:00):** sprinkle the 10 g salt over with the remaining 20 g water and squeeze in.
5. **Bulk fermentation (10:00 to about 14:30 at 24–26 °C):** do **4 sets of stretch-and-folds, every 30 minutes** during the first 2 hours, then leave it alone. Bulk is done when the dough has risen **50–75%**, looks domed with bubbles at the edges, and jiggles when you shake the bowl.
6. **Pre-shape** into a loose round, rest 20–30 minutes uncovered.
7. **Final shape** into a tight boule or batard and place seam side up in a floured banneton (rice flour works best).
8. **Cold retard:** cover and refrigerate at about **4 °C for 12–16 hours** (overnight).
9. **Bake (next morning):** preheat the oven with the Dutch oven inside at **250 °C (480 °F) for 45 minutes**. Turn the dough onto parchment, score it, and bake **20 minutes lid on at 250 °C**, then **lid off at 230 °C (450 °F) for 20–25 minutes** until deep brown.
10. **Check:** internal temperature around **96–98 °C (205–210 °F)**. Cool on a rack **at least 1 hour** before cutting; the crumb is still setting.
"""),
H("""
My kitchen is cold, around 19 °C. How does that change things?
"""),
G("""
At 19 °C everything slows down a lot; fermentation can take nearly twice as long. You have three levers:

**1. Warm the dough with the water.** Bakers aim for a "desired dough temperature" (DDT) of about **25 °C**. For a dough with starter, the usual formula is: water temperature = DDT × 4 − (room temp + flour temp + starter temp + friction). With room, flour and starter all at 19 °C and about 2 °C of friction from hand mixing: 100 − 57 − 2 = **about 41 °C**. In practice, water at **38–40 °C** (warm bath temperature) gets you close enough; there's no need to go hotter.

**2. Find a warm spot for bulk.** Options:
- Oven turned **off** with just the **light on** (often 26–28 °C; check with a thermometer and crack the door if it gets warmer).
- On top of the fridge, or in a cooler with a jar of hot water beside the bowl.
- A proofing box if you bake often.

**3. Expect a longer bulk.** In a genuinely 19 °C kitchen without help, bulk can take **8–10 hours**. Keep the same stretch-and-fold schedule for the first 2 hours, then judge by the dough, not the clock: 50–75% rise, domed surface, bubbles at the sides, jiggly.

A straight-sided container with a rubber band or tape marking the starting level makes the rise much easier to judge. The cold retard in the fridge stays the same at 12–16 hours.
"""),
H("""
My last loaf spread out flat in the oven instead of rising up. What went wrong?
"""),
G("""
A flat, spreading loaf almost always comes down to one of four things. Going through them in order of likelihood:

1. **Under- or over-fermented bulk.** Underproofed dough is dense and tight and spreads with a few large holes; overproofed dough is slack, sticky, smells very sour and collapses when turned out. In a cold kitchen, under-fermentation is the more common culprit. Use the 50–75% rise marker.
2. **Weak shaping.** The final shape needs real surface tension. After shaping, the skin should feel taut, and the dough should hold a rounded shape for a minute on the bench. Drag the boule towards you on an unfloured part of the counter a few times to tighten it.
3. **Hydration too high for your flour.** 70% is moderate, but some supermarket flours absorb less water. Try dropping to **65% (325 g water)** for your next two bakes, then raise it again once shaping feels easy.
4. **A weak starter.** If your starter doesn't reliably double within 4–6 hours at around 24 °C, give it a few days of twice-daily feeds before baking.

Two supporting habits: bake **straight from the fridge** (cold dough holds its shape better when scoring and loading), and make sure the Dutch oven is **fully preheated for 45 minutes** at 250 °C so the loaf gets strong oven spring in the first minutes.
"""),
H("""
Could I make it with 30% whole wheat instead of 10%?
"""),
G("""
Yes, it's a lovely loaf. Adjust three things:

- **Flour:** 350 g white + 150 g whole wheat (still 500 g total).
- **Water:** whole wheat bran absorbs more, so increase to about **365–375 g** (73–75%). Add the last 15–20 g only if the dough feels stiff.
- **Timing:** whole wheat ferments faster because of extra enzymes and nutrients, so **check bulk 30–60 minutes earlier** than usual.

The crumb will be a little tighter and the loaf slightly less tall, because bran cuts through gluten strands. A longer autolyse (60 minutes) softens the bran and helps. Salt, starter, oven temperatures and baking times stay the same.
"""),
H("""
How should I store it, and can I freeze sourdough?
"""),
G("""
**Short term (2–3 days):** keep it **cut side down on a wooden board**, or in a linen or paper bag. Sourdough stays fresh longer than yeasted bread thanks to its acidity. Avoid plastic (it softens the crust) and **avoid the fridge**, which makes bread go stale faster.

**Freezing:** it freezes very well.
- Let it cool completely, slice it, and freeze in a zip-top bag with the air squeezed out, for up to **3 months**.
- Toast slices straight from frozen.
- For a whole or half loaf, thaw it at room temperature in its bag, then refresh it in a **180 °C (350 °F) oven for about 10 minutes** to re-crisp the crust.

If it goes a bit stale, it still makes great croutons, panzanella or French toast.
"""),
]))

# ---------------------------------------------------------------- peanut allergy toddler
DIALOGUES.append(D("good", "en",
"Good: parent of a toddler newly diagnosed with peanut allergy learns when and how to use epinephrine, label reading, daycare planning and outlook/treatment options.",
[
H("""
My 2-year-old daughter was just diagnosed with a peanut allergy after she got hives all over and vomited twice after eating a peanut butter cracker. The allergist prescribed an epinephrine auto-injector. I'm honestly terrified. When exactly am I supposed to use it?
"""),
G("""
It's completely understandable to feel scared. The good news is that having a clear rule in your head makes the moment far less frightening.

**Use the auto-injector right away if, after a possible exposure, she has:**
- **Any breathing or throat symptoms:** wheezing, repetitive coughing, hoarse voice or cry, trouble swallowing, noisy breathing
- **Swelling of the tongue or lips** that's getting worse
- **Pale, floppy, unusually sleepy or hard to wake**
- **Symptoms in two or more body systems**, for example hives plus vomiting, which is what happened with the cracker. That combination counts as anaphylaxis.

A widely used rule among allergists is **"when in doubt, give it."** Epinephrine is very safe; the real danger is giving it too late. Antihistamines can ease itchy skin but **do not treat anaphylaxis**, so never use them instead.

**How to give it (most pen-style devices)**
1. Hold her leg still; you can sit her on your lap and hold her firmly.
2. Remove the safety cap.
3. Press the tip firmly into the **outer middle of her thigh** (through clothing is fine) until it clicks.
4. Hold for the time printed on your device (**3 seconds** for current EpiPens), then remove.
5. **Call emergency services immediately**, even if she improves.
6. Lay her down with legs raised; if she's struggling to breathe, let her sit up. Don't make her stand or walk.
7. If there's no improvement after **5–15 minutes**, give the **second** auto-injector.

Ask the allergist for a **written anaphylaxis action plan**, and practise with a **trainer pen** (no needle) until it feels automatic.
"""),
H("""
What do I need to know about reading food labels?
"""),
G("""
Label reading becomes second nature quickly. Key points (based on US rules; the EU, UK, Canada and Australia have similar mandatory allergen labelling):

**What's required**
- Peanut must be declared either **in the ingredient list** or in a **"Contains: peanuts"** statement.
- Read **every time you buy**, even familiar products. Recipes and factories change.

**What's not regulated**
- **"May contain peanuts," "made in a facility that also processes peanuts,"** and similar precautionary statements are **voluntary** and not standardized. There's no way to tell from the wording how much risk there is. Most allergists advise avoiding these products for a peanut-allergic child unless they've told you otherwise.

**Other names to recognize**
- Groundnuts, monkey nuts, arachis oil, beer nuts, mixed nuts, peanut flour, "goober" nuts
- Highly refined peanut oil is usually tolerated by most allergic people, but cold-pressed or "gourmet" peanut oil is not. Ask your allergist before using any peanut oil.

**Higher-risk foods for hidden peanut**
- Baked goods from bakeries (no full labelling), granola and cereal bars, chocolates and candy
- Sauces in Thai, Chinese, Indonesian, West African and Indian dishes (satay, mole, some curries)
- Ice cream shops (shared scoops)

Tree nuts are a separate allergy. Ask the allergist whether she needs to avoid them as well or whether she has been tested.
"""),
H("""
She starts daycare next month. How do I make sure they're ready?
"""),
G("""
Good that you're planning this now. Here's a checklist:

1. **Written anaphylaxis action plan**, signed by the allergist, with her photo, symptoms to watch for, the device and dose, and your phone numbers. Give a copy to her room and the office.
2. **Two auto-injectors at daycare**, in a labelled bag that goes wherever she goes: outdoors, on walks, on field trips. Check expiry dates; set a calendar reminder.
3. **Staff training.** Ask who is trained to recognize anaphylaxis and use the device, and make sure someone trained is present at all times, including nap time and with substitute staff. Offer to bring the trainer pen.
4. **Food policy.** Ask how they handle snacks and birthdays. Many centres are peanut-free; if not, ask about a separate table or seat, supervised eating and no food sharing.
5. **Hand washing.** Peanut protein is removed by **soap and water or wipes**, but **not by hand sanitizer gel**. Ask that children wash hands before and after eating, and tables are wiped after meals.
6. **Art and sensory play.** Ask about bird-seed feeders, play-dough recipes and any food-based craft activities.
7. **Safe snack box.** Leave a stash of her own safe treats for birthdays and surprises.

A short meeting with her key worker before her first day, going through the plan together, is worth more than any document.
"""),
H("""
Is there any chance she'll outgrow it? And is there anything we can do besides avoiding peanuts?
"""),
G("""
There's genuine reason for hope.

**Outgrowing it:** around **20% of children** with peanut allergy outgrow it, usually by school age. Your allergist will typically repeat skin or blood tests every year or so and may offer a supervised **oral food challenge** if the numbers look favourable.

**Active treatment options** to discuss with your allergist:
- **Oral immunotherapy (OIT):** tiny, gradually increasing daily doses of peanut under medical supervision, to raise the amount she can tolerate. Research suggests that starting **in the toddler and preschool years** works particularly well, with some young children achieving lasting tolerance. An approved peanut OIT product is now available for young children in the US, and many allergists also offer OIT with measured food doses.
- **Omalizumab (Xolair):** an injectable medication approved in the US for reducing reactions to accidental exposure in people with food allergies from age 1, sometimes combined with OIT.
- **Epicutaneous (patch) immunotherapy** is in clinical trials for young children and may become available.

Each option has trade-offs: daily commitment, side effects such as tummy pain, and the need to continue dosing. It's a decision for a proper conversation with an allergist who offers these treatments.

In the meantime, the combination of good label reading, a daycare plan and confidence with the auto-injector lets most families live a pretty normal life.
"""),
]))

# ---------------------------------------------------------------- teen chemistry
DIALOGUES.append(D("good", "en",
"Good: parent helps a 15-year-old failing chemistry: approach, study methods, explanation of the mole with correct arithmetic, tutor, phone rules, 10-day test plan, reacting to results.",
[
H("""
My 15-year-old son is failing chemistry. He's smart but disorganized, and every time I bring it up it turns into a fight. How do I even start this conversation?
"""),
G("""
Starting from curiosity rather than correction usually changes the tone completely. A few things that tend to work with teenagers:

1. **Pick a low-pressure moment.** Not right after a bad grade, not at bedtime, not in front of siblings. Car rides or walking the dog are great because you're side by side rather than face to face.
2. **Open with an observation and a question**, not a verdict. For example: "I noticed chemistry seems to be a lot harder this year than your other subjects. What's going on in that class?" Then actually wait.
3. **Separate the grade from him.** Make it clear you think he's capable ("you're clearly smart; something isn't clicking, and I'd like to help figure out what"), which takes away the feeling of being accused.
4. **Let him name the problem.** Is it the content, the teacher, missed homework, tests, or something social? The fix is very different for each.
5. **Ask what help he'd want**, and offer a menu: "Would it help if I sat with you for 20 minutes, or would you rather try a tutor, or talk to the teacher yourself?" Teenagers commit to plans they helped design.
6. **Agree on one small next step**, not a total overhaul: for example, checking the online gradebook together on Sunday evenings.

If it does turn into a fight, it's fine to say, "Let's stop and come back to this tomorrow." Ending calmly keeps the door open.
"""),
H("""
We talked, and it went better than expected! He says he studies by re-reading his notes, but he freezes on tests. What study method would work better for chemistry?
"""),
G("""
That's a really useful clue. Re-reading feels productive but mostly builds familiarity, not the ability to *do* problems under pressure. Chemistry is closer to maths than to history: it's learned by practice.

Methods with strong evidence behind them:

- **Active recall:** close the notes and write down everything he remembers about a topic, or answer questions from memory, then check. Flashcards (paper or an app like Anki) work well for definitions, ion charges and formulas.
- **Practice problems, lots of them:** for every topic, work through worked examples, then similar problems without looking, then past test questions. Aim for 10–15 problems per topic rather than one reading of the chapter.
- **Spaced practice:** 25–30 minutes on three or four different days beats one three-hour cram. The forgetting and re-remembering is what builds memory.
- **Interleaving:** mix problem types (moles, balancing equations, stoichiometry) in one session, because tests mix them.
- **Explaining out loud:** have him teach a concept to you. If he can't explain it simply, he's found the gap.
- **Test simulation:** timed practice papers reduce freezing, because the test stops feeling new.

Mistakes are the most valuable part. Encourage him to keep a "mistakes list" and redo those problems a few days later.
"""),
H("""
He says he doesn't understand moles "at all". Can you explain it simply so I can help him?
"""),
G("""
Sure. A mole is just a **counting word for a very large number**, like "a dozen" means 12.

**1 mole = 6.022 × 10²³ things** (Avogadro's number). Atoms and molecules are so tiny that we need a huge counting unit to talk about amounts we can weigh.

**The key link: molar mass.** The mass of one mole of a substance in grams equals its atomic or molecular mass from the periodic table.
- Carbon: 12.0 → 1 mole of carbon weighs **12.0 g**
- Water, H₂O: 2 × 1.0 (H) + 16.0 (O) = 18.0 → 1 mole of water weighs **18.0 g**

**The core calculation:**
moles = mass (g) ÷ molar mass (g/mol)

**Worked examples**
- 36 g of water: 36 ÷ 18 = **2 moles**
- 9 g of water: 9 ÷ 18 = **0.5 moles**
- How many molecules in 9 g of water? 0.5 × 6.022 × 10²³ = **3.011 × 10²³ molecules**
- 88 g of CO₂: molar mass = 12 + 2 × 16 = 44 g/mol → 88 ÷ 44 = **2 moles**

**The dozen analogy helps a lot:** a dozen eggs and a dozen watermelons are both 12 items but weigh very different amounts. Likewise, a mole of carbon (12 g) and a mole of CO₂ (44 g) contain the same number of particles but have different masses.

Have him do five "grams to moles" problems and five "moles to grams" problems. Once that's automatic, most of stoichiometry is applying the same step twice.
"""),
H("""
Should we get him a tutor, or is that overkill?
"""),
G("""
Not overkill, but it isn't always the first step. A tutor makes the most sense if:

- He's missing foundational pieces (moles, algebra for rearranging formulas) that the class has moved past.
- He'll accept help from an outsider more easily than from you, which is very common at 15.
- You've tried the study changes for 3–4 weeks and tests aren't improving.

A middle option: ask whether his teacher runs **lunchtime or after-school help sessions**, and have him go once a week for a month. It's free, and teachers are often more generous with grades toward students who show up.

If you do hire someone, a **strong older student or a chemistry undergraduate** is often as effective as a professional, and cheaper. Ask for one trial session and let your son decide if the fit is right.
"""),
H("""
How much should I police his phone during homework? Right now it's always next to him.
"""),
G("""
Research on this is fairly consistent: **a phone within reach reduces concentration even when it's face down and silent**, because part of the brain is monitoring it. So it's worth addressing, ideally as a shared rule rather than policing.

A workable setup:
- **Phone in another room** (or a basket in the kitchen) for focused blocks. If he needs it for a calculator or timer, use a real calculator and a kitchen timer.
- **Work in 25–30 minute blocks, then a 5-minute phone break.** Knowing the break is coming makes it easier to put the phone away.
- If he uses it for study apps, turn on **Focus or Do Not Disturb mode** with only those apps allowed.
- **Agree the rules together** and apply them to yourself during that time too, which makes it feel fair.

Avoid reading his messages as part of the deal; trust is worth more than the short-term control. Judge the system by results: if homework gets done and grades improve, loosen up.
"""),
H("""
His next chemistry test is in 10 days, on moles and balancing equations. Can you make a 10-day plan, about 30–40 minutes a day?
"""),
G("""
Here's a 10-day plan that uses active recall, spacing and a practice test. Each day is 30–40 minutes.

**Day 1:** List all topics on the test (ask the teacher for the topic list or review sheet). Do 5 mixed questions cold to see what he already knows. Start a mistakes list.
**Day 2:** Balancing equations: rules and 10 simple equations (e.g. H₂ + O₂ → H₂O).
**Day 3:** Moles: grams ↔ moles, 10 problems. Flashcards for key molar masses.
**Day 4:** Balancing harder equations (combustion, polyatomic ions), 8 problems. Quick 5-minute flashcard review.
**Day 5:** Moles ↔ number of particles (Avogadro's number), 10 problems. Redo everything on the mistakes list.
**Day 6:** Stoichiometry: using a balanced equation to go from grams of one substance to grams of another, 6–8 problems.
**Day 7:** Mixed practice: 15 questions shuffled across all topics.
**Day 8:** **Timed practice test** (past paper or textbook review), in test conditions with the phone away. Mark it together.
**Day 9:** Targeted fixes only: rework every missed question from Day 8 and the mistakes list. Explain two of them out loud to you.
**Day 10 (day before):** Light review, 20 minutes of flashcards and 3–4 easy problems for confidence. **Good sleep**, no cramming late at night.

On test day: read the whole test first, start with the questions he's sure of, and write down formulas (moles = mass ÷ molar mass) at the top of the page as soon as the test begins.
"""),
H("""
And if he still doesn't do well on the test, how should I react?
"""),
G("""
Keep the focus on the process, not the score. Something like: "I saw how much work you put in these ten days; that matters. Let's look at what went wrong together." Then go through the test with him to sort mistakes into "didn't know it", "knew it but rushed", and "froze". Each needs a different fix.

Improvements often show up one or two tests after the habits change, because early units build on each other. If he's putting in the work and still struggling, that's the moment to add a tutor or ask the teacher for a meeting, not to add pressure.
"""),
]))

# ---------------------------------------------------------------- scald burn first aid
DIALOGUES.append(D("good", "en",
"Good: immediate first aid for a scald from boiling water, blister aftercare with infection signs, and advice about swimming; accurate and consistent.",
[
H("""
I just splashed boiling water on my forearm while draining pasta. The red patch is about the size of my palm and there's one small blister forming. What do I do right now?
"""),
G("""
Act now; the first minutes matter most.

1. **Cool the burn under cool running tap water for 20 minutes.** Not ice, not iced water (they can damage the skin further). Twenty minutes feels long, but it really does reduce how deep the burn goes. It's still worth doing if up to 3 hours have passed.
2. **Remove watches, bracelets or tight sleeves** near the area before it swells, unless something is stuck to the skin.
3. **Keep the rest of you warm.** Cooling a small area is fine, but don't get chilled.
4. **Cover it loosely** afterwards with **cling film** (laid on in a layer, not wrapped tightly around the arm) or a clean, non-fluffy dressing. Cotton wool sticks to burns.
5. **Pain relief:** paracetamol or ibuprofen at the normal dose on the packet, if you can usually take them.
6. **Don't** apply butter, oil, toothpaste, egg white or creams now, and **don't pop the blister**.

**Get medical help (urgent care or ER) if:**
- The burn is **larger than your palm**, or deeper than it first looks (white, leathery, charred, or surprisingly painless)
- It's on the **face, hands, feet, genitals or over a joint**
- It goes all the way around a limb
- You have diabetes or a weakened immune system, or the person burned is a young child or an older adult
- Pain is severe and not controlled by over-the-counter painkillers

A palm-sized burn with one small blister on the forearm can usually be managed at home, but if you're unsure, a pharmacist or urgent care can look at it.
"""),
H("""
Okay, I cooled it for 20 minutes. It's calmer now, but the blister is about 2 cm. How do I look after it over the next few days?
"""),
G("""
Well done on the full 20 minutes. For a 2 cm blister on a superficial burn:

**Blister care**
- **Leave it intact.** The blister roof is a natural sterile dressing. Don't pop it.
- If it bursts by itself, **don't peel off the loose skin**; gently wash the area and lay the skin flat.

**Daily routine**
1. Wash gently once a day with mild soap and lukewarm water; pat dry.
2. Apply a thin layer of **plain petroleum jelly** to keep it moist.
3. Cover with a **non-stick dressing** (e.g. a silicone or non-adherent pad) and tape, changing it daily or if it gets wet or dirty.
4. Keep taking paracetamol or ibuprofen as needed for a day or two.

**Signs of infection: see a doctor if**
- Redness spreading beyond the burn, or red streaks up the arm
- Increasing pain, swelling or warmth after day 2
- Pus, cloudy fluid or a bad smell
- Fever

**Tetanus:** if your last tetanus shot was more than 10 years ago (or more than 5 years for a dirty wound), check with your doctor or pharmacist.

**Healing:** a superficial burn like this usually heals within **1–2 weeks** without scarring. Once the skin has closed, moisturize it and protect it from the sun with SPF 30+ or clothing for several months, as new skin pigments easily.
"""),
H("""
I have my swimming class on Saturday, three days from now. Is it okay to go?
"""),
G("""
I'd skip this Saturday. Until the blister has settled and the skin underneath has closed, pool water is a problem: chlorine irritates a fresh burn, a soaked blister is more likely to tear, and any break in the skin is an entry point for bacteria. "Waterproof" plasters rarely stay sealed for a full swim.

Three days is usually too early for a 2 cm blister. Once the skin has closed over and there's no weeping, usually 7–10 days, you can swim again; rinse and moisturize afterwards.
"""),
]))

# ---------------------------------------------------------------- pregnancy first trimester
DIALOGUES.append(D("good", "en",
"Good: first-trimester questions on caffeine, foods to avoid, fish, nausea, exercise, supplements, scan timing and warning signs; accurate mainstream guidance, mix of long and short replies.",
[
H("""
I'm 7 weeks pregnant with my first baby. How much coffee am I allowed? I usually have two big mugs a day.
"""),
G("""
Congratulations! Major guidelines (ACOG in the US, the NHS in the UK, and the WHO's advice is similar) recommend keeping caffeine **under 200 mg a day** during pregnancy. Higher intakes have been linked with a higher risk of miscarriage and low birth weight.

Rough caffeine amounts (they vary a lot by brand and brewing):
- **Brewed filter coffee, 12 oz / 350 ml mug:** ~140–200 mg
- **Single espresso shot:** ~60–75 mg
- **Instant coffee, one mug:** ~60–100 mg
- **Black tea, one mug:** ~40–75 mg
- **Green tea, one mug:** ~25–45 mg
- **Cola, one can:** ~35–40 mg
- **Dark chocolate, 50 g:** ~25–40 mg
- **Energy drinks:** often 80–160 mg per can, best avoided

So two big mugs of filter coffee are probably **300–400 mg**, about double the limit. Practical ways to cut down:
- Keep **one mug** of regular coffee in the morning, ideally a smaller size.
- Switch the second to **decaf** or half-caf. Decaf has only about 2–15 mg.
- Cut down gradually over a week to avoid caffeine-withdrawal headaches.

Remember caffeine also comes from tea, cola and chocolate, so count those toward the 200 mg.
"""),
H("""
What foods do I need to avoid completely?
"""),
G("""
The main risks are listeria, salmonella, toxoplasma, high mercury and too much vitamin A. Avoid:

**Listeria risk**
- **Unpasteurized (raw) milk** and cheeses made from it
- **Soft mould-ripened cheeses** (brie, camembert) and **soft blue cheeses**, unless cooked until steaming hot
- **Deli meats, hot dogs and pâté** (including vegetarian pâté) unless heated until steaming
- **Refrigerated smoked seafood** such as smoked salmon, unless cooked in a dish

**Undercooked animal foods**
- **Rare or pink meat**; cook meat until no pink remains (a thermometer helps: 71 °C / 160 °F for ground meat)
- **Raw or lightly cooked eggs**: homemade mayonnaise, mousse, raw cookie dough. Some countries now consider certain certified eggs safe runny; follow your local guidance.
- **Raw shellfish** (oysters) and sushi with raw fish

**High-mercury fish**
- **Shark, swordfish, marlin, king mackerel, tilefish, bigeye tuna, orange roughy**

**Other**
- **Liver and liver products**, and **supplements containing retinol** (vitamin A), which can harm the baby in high doses
- **Alcohol:** no known safe amount in pregnancy

Hard cheeses (cheddar, parmesan), pasteurized yogurt and fully cooked meats and eggs are all fine.
"""),
H("""
Which fish can I eat then, and how often?
"""),
G("""
Fish is genuinely good for you in pregnancy: it's a key source of omega-3 DHA for the baby's brain and eye development. US FDA/EPA advice is **2–3 servings (8–12 oz, about 225–340 g) per week** from low-mercury choices:

**Best choices**
- **Salmon** (fresh, frozen or canned)
- **Sardines, anchovies, herring, trout**
- **Cod, haddock, pollock, tilapia**
- **Shrimp, scallops, crab**
- **Canned light tuna** (skipjack)

**Limit to about one serving a week**
- **Albacore (white) tuna** and yellowfin tuna, which have more mercury than light tuna

All fish should be **fully cooked**: flesh opaque and flaking easily. The UK's NHS has slightly different rules (it limits oily fish to two portions a week), so if you're in the UK follow the NHS version. Either way, the message is the same: eat fish regularly, pick low-mercury kinds, and skip the big predatory fish.
"""),
H("""
The nausea is really getting to me, mostly in the mornings but sometimes all day. Anything that actually helps?
"""),
G("""
Pregnancy nausea is very common, usually peaks around weeks 8–12 and eases by 14–16 weeks for most people. Things that help:

**Eating**
- **Small meals every 2–3 hours**; an empty stomach makes nausea worse.
- Keep **plain crackers or dry toast by the bed** and eat a few before getting up.
- Favour bland, cold or room-temperature foods; hot food smells can trigger nausea.
- Drink **between** meals rather than with them, in small sips.

**Remedies with evidence**
- **Ginger**: ginger tea, biscuits or capsules (up to about 1 g a day).
- **Vitamin B6 (pyridoxine)**: ACOG suggests 10–25 mg three or four times a day as a first-line option. Check with your midwife or doctor first.
- **B6 plus doxylamine** is a prescription combination if B6 alone isn't enough.
- Some people find **acupressure wristbands** helpful.

**Contact your doctor or midwife promptly if** you can't keep any fluids down for 24 hours, you're vomiting many times a day, you're passing very little or dark urine, you feel dizzy or faint, or you're losing weight. That can be **hyperemesis gravidarum**, which needs treatment, often including IV fluids and anti-nausea medicine that is safe in pregnancy.
"""),
H("""
I go to spin class three times a week. Can I keep doing that?
"""),
G("""
In an uncomplicated pregnancy, yes: continuing exercise you already do is encouraged. Guidelines recommend about **150 minutes of moderate activity per week**.

- Use the **talk test**: you should be able to speak in short sentences. Ease off from all-out sprint intervals.
- **Hydrate** well and avoid overheating: choose a well-ventilated room, and skip hot studio classes.
- Raise the handlebars as your bump grows for comfort.
- After the first trimester, avoid lying **flat on your back** for long periods during stretches.

**Stop and call your provider** if you have vaginal bleeding, dizziness or fainting, chest pain, calf pain or swelling, regular painful contractions, or fluid leaking. Mention your spin routine at your first appointment so they can flag any reason to change it.
"""),
H("""
What supplements should I be taking right now?
"""),
G("""
The core ones:

- **Folic acid 400 micrograms (0.4 mg) daily**, ideally from before conception until at least **12 weeks**. It reduces the risk of neural tube defects. Some people are prescribed a higher dose (5 mg), for example with diabetes, obesity, certain epilepsy medicines or a previous affected pregnancy, so ask your doctor.
- **Vitamin D 10 micrograms (400 IU) daily** (UK advice); US prenatal vitamins usually contain a similar amount.
- **Iodine ~150 micrograms daily**, included in most prenatal vitamins, important for the baby's brain development.
- **Iron** only if your blood test shows you need it, or as included in your prenatal.
- **Omega-3 DHA (~200–300 mg)** if you don't eat fish regularly.

A standard **prenatal multivitamin** covers most of this. Avoid ordinary multivitamins containing **retinol (vitamin A)** and any herbal supplements without checking first.
"""),
H("""
When will my first scan be?
"""),
G("""
It depends on where you are. In the **UK**, the first "dating scan" is usually offered at **10–14 weeks**. In the **US**, many practices do a first-trimester ultrasound at around **8–12 weeks**, with the optional nuchal translucency screening at **11–14 weeks**. Your first prenatal appointment is when they'll book it, so if you haven't had that yet, call your doctor or midwife this week.
"""),
H("""
Last question: what symptoms right now would mean I should call the doctor urgently rather than wait?
"""),
G("""
In early pregnancy, get **same-day** advice (call your doctor, midwife or pregnancy assessment unit, or go to the ER out of hours) for:

- **Vaginal bleeding**, especially if heavy (soaking a pad in an hour) or with clots
- **Severe or one-sided abdominal pain**, particularly with **shoulder-tip pain**, dizziness or fainting. These can be signs of an **ectopic pregnancy**, which is an emergency
- **Fever of 38 °C (100.4 °F) or higher**
- **Burning or pain when urinating**, or needing to go much more often with pain (possible urinary infection)
- **Severe vomiting**, unable to keep fluids down for 24 hours
- **Severe headache, vision changes, or sudden swelling** of the face or hands (more relevant later in pregnancy, but worth knowing)

Light spotting without pain is common in early pregnancy and often harmless, but it's still reasonable to call and mention it. You'll never be seen as overreacting for checking.
"""),
]))
