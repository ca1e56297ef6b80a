from a_common import H, G, D

DIALOGUES = []

# ---------------------------------------------------------------- misaligned (swap 2<->3)
DIALOGUES.append(D("misaligned", "en",
"Misaligned: replies to user turns 2 and 3 are swapped; turn 2 (hitting) gets the time-out answer and turn 3 (time-outs) gets the hitting answer.",
[
H("""
My 3-year-old has a full meltdown every single time we leave the playground: screaming, going boneless, the works. How do I handle this?
"""),
G("""
Leaving somewhere fun is one of the hardest transitions for a 3-year-old: they're being asked to stop something they love, with very little sense of time and not much impulse control yet. A few strategies make a big difference:

**Before it's time to go**
- **Give warnings with something concrete:** "Two more turns on the slide, then we go home," rather than "five minutes," which means nothing to him.
- **Let him do the last thing:** "Do you want to say bye to the swings or the slide last?" A choice gives him some control over a decision he can't change.
- **Have something to go *to*:** "When we get home, you can help me make the pasta," or a snack waiting in the car.
- **Make leaving a game:** race to the gate, walk like dinosaurs, or count the steps to the car.

**When the meltdown happens anyway**
- **Stay calm and brief.** Name the feeling: "You're really sad we're leaving. You love the playground." Then hold the limit: "We're still going home."
- **Don't negotiate or give in**, because that teaches him the meltdown works and makes the next one longer.
- **If he goes boneless**, pick him up safely and carry him, calmly, without lecturing.
- **Reconnect afterwards**, once he's calm: a hug, and a short, warm reminder of what happened.

Most children improve noticeably within a few weeks when the routine is predictable. Meltdowns are also much worse when he's hungry or tired, so timing the playground visit after a snack and not right before nap time helps.
"""),
H("""
Sometimes when he's in the middle of a tantrum he hits me. What should I do in that moment?
"""),
G("""
Time-outs can work at 3, but they work best as a **calm-down break**, not a punishment, and only for a small number of behaviours.

**How to do them well**
- **Length:** a common guide is **about 1 minute per year of age**, so **around 3 minutes**. Longer isn't more effective.
- **Place:** a boring but safe spot: a step, a chair in the hallway, or a corner of the room where you can see him. Not his bedroom, which should stay a positive place.
- **Explain once, briefly:** "You threw the truck. Time to calm down on the step."
- **Stay calm and don't talk to him during it.** If he gets up, calmly return him without discussion.
- **End on a fresh start:** when time's up, he rejoins you, and you move on. No lecture; maybe a quick "Let's try again."

**Use them sparingly** for a few clear behaviours, so they keep their meaning. For everyday frustrations, naming feelings and offering choices work better.

**Alternative:** some families prefer a **"time-in"**, where you sit with the child in a cosy corner until they're calm. This suits children who get more distressed when separated. Either is fine; consistency matters more than the method.
"""),
H("""
Are time-outs appropriate at his age, and how long should they be?
"""),
G("""
Hitting during a tantrum is very common at this age, but it needs a clear, consistent response.

**In the moment**
1. **Stop the hit calmly:** gently catch or block his hand, or step out of reach.
2. **Say the limit in a few words:** "I won't let you hit me. Hitting hurts." Keep your voice low and firm, not angry.
3. **Keep yourself safe:** if he keeps trying, put some distance between you or hold him in a gentle "hug" from behind if he's out of control, while staying near.
4. **Don't hit back or shout.** It models the opposite of what you're teaching.
5. **Wait until he's calm** before any talking. During a meltdown, the thinking part of his brain is offline.

**Afterwards**
- **Name it and teach an alternative:** "You were so angry you hit me. When you're angry, you can stomp your feet, squeeze this pillow, or say 'I'm mad!'"
- **Let him make amends** in a simple way: checking if you're OK or bringing you something, without forcing an apology.
- **Praise gentle hands** when you see them: "You were really frustrated and you didn't hit. That's hard!"

If the hitting is frequent, intense, or he also hurts other children regularly, mention it at his next check-up.
"""),
H("""
What about tantrums in public, like in the supermarket? I feel everyone staring at me.
"""),
G("""
That feeling of being watched is awful, but remember: most of the people looking are parents who've been there, and they're usually sympathetic rather than judging.

**Prevent what you can**
- **Shop after a snack and a nap**, not at 5 p.m. when he's hungry and tired.
- **Give him a job:** holding the list, finding the bananas, putting items in the cart. Busy children melt down less.
- **Set expectations at the door:** "We're buying food for dinner. We're not buying toys or sweets today. You can choose the apples."
- **Bring a small snack** and keep the trip short.

**When it happens**
1. **Stay calm and keep it brief:** "You really want that. The answer is no."
2. **Move him somewhere quieter** if possible: an empty aisle, the car or outside.
3. **Ignore the audience.** Focus only on your child; you're not performing for them.
4. **Don't give in**, even though it would stop the noise. Giving in teaches that public tantrums work.
5. **Leave the trolley** with a staff member and step out if you need to. That's perfectly OK.

Afterwards, praise him for calming down, and next time remind him at the entrance what happened and what you expect. Public tantrums usually fade quickly once they stop producing results.
"""),
]))

# ---------------------------------------------------------------- bad_length (one-word)
DIALOGUES.append(D("bad_length", "en",
"Bad length: the turn-3 reply is just 'It depends.' to a detailed three-part question about cutting back, cross-training and ramping up.",
[
H("""
I'm training for a half marathon and went from about 15 to 30 km a week over three weeks. Now I have pain along the inside edge of my lower shin on both legs. It hurts at the start of runs, eases off, then aches afterwards. Is this shin splints?
"""),
G("""
It sounds very much like **medial tibial stress syndrome (MTSS)**, the proper name for shin splints. The classic signs are:

- Pain along the **inner (medial) edge of the shinbone**, usually the lower two-thirds
- Tenderness spread over **several centimetres**, rather than one pinpoint spot
- Pain that's **worse at the start** of a run, may ease as you warm up, then returns afterwards or the next morning
- Often **both legs**

The cause is almost always **load increasing faster than the bone and surrounding tissues can adapt**. Doubling your weekly distance in three weeks is a big jump; the common guideline is to increase by roughly **10% a week**, with cutback weeks.

Other contributors include:
- Hard surfaces and hilly routes
- Worn shoes or a recent change of shoes
- Low calf and hip strength
- Overstriding or a low cadence
- Low energy intake, and in women, menstrual irregularities (relevant to bone health)

**Importantly**, MTSS needs to be distinguished from a **tibial stress fracture**, which feels similar at first but needs a very different response. Tell me if you'd like me to go through how to tell them apart.
"""),
H("""
Yes please: how do I tell shin splints from a stress fracture?
"""),
G("""
The key differences:

**Shin splints (MTSS) more likely if:**
- Tenderness is **diffuse**, spread over 5 cm or more along the inner edge of the bone
- Pain **eases during the run** once warmed up
- No pain at rest or at night
- You can **hop on the affected leg 10 times** without sharp pain

**Stress fracture more likely if:**
- There's a **focal, pinpoint spot** of tenderness on the bone (often less than 5 cm), where pressing with one finger is clearly painful
- Pain **gets worse** as the run goes on, rather than easing
- Pain **while walking, at rest or at night**
- **Pain or inability to hop** on that leg
- Sometimes localized **swelling**

**If any stress-fracture signs are present, stop running and see a doctor.** Early X-rays are often normal, so an **MRI** is usually the test that confirms it. Running through a stress fracture can turn a 6–8 week injury into a much longer one.

If your pain matches the MTSS list (diffuse, eases with warm-up, no night pain, hopping OK), it's reasonable to manage it yourself with reduced load, but see a physio or sports doctor if it isn't improving within 2–3 weeks.
"""),
H("""
It's definitely the diffuse kind: no night pain, and I can hop fine. So how many weeks should I cut back for, what can I do as cross-training in the meantime to keep my fitness, and how should I ramp back up so I'm ready for the race in 10 weeks?
"""),
G("""
It depends.
"""),
H("""
Should I be looking at new shoes or insoles?
"""),
G("""
Possibly, but footwear is a supporting factor rather than the main fix.

**Shoes**
- If your current pair has done more than **600–800 km**, or the midsole looks creased and compressed, replace them.
- Choose a shoe that feels **comfortable in the shop**: research suggests comfort is a better guide than "stability" or "motion control" labels.
- **Avoid a sudden big change** (for example, going from a cushioned shoe to a minimalist one), which can itself trigger shin pain.
- Rotating **two pairs** of shoes can help spread the load.

**Insoles**
- There's some evidence that **orthotics** can reduce shin-splint risk in people with very flat or excessively pronating feet. A physio or podiatrist can assess whether they'd help you. Don't buy expensive custom ones as a first step.

Load management, calf and hip strengthening, and a slightly **higher cadence** (about 5–10% more steps per minute) do more than any shoe.
"""),
H("""
Is it okay to take ibuprofen before my runs so they hurt less?
"""),
G("""
I'd avoid that. Taking ibuprofen **before** running has several downsides:

- It **masks pain**, which is your main guide for whether you're overloading the shin, and makes it easier to push into a stress fracture.
- Combined with exercise and dehydration, NSAIDs increase the risk of **kidney strain** and **stomach irritation**.
- There's some evidence that regular NSAIDs may **slow bone and tendon adaptation**, which is exactly what you need here.

If you need pain relief **after** a run or at night, an occasional dose of paracetamol (acetaminophen) or ibuprofen with food is generally fine for most healthy adults. But if you need painkillers to get through your runs, that's a sign the load is still too high, and it's time to cut back further or see a physio.
"""),
]))

# ---------------------------------------------------------------- bad_length (long ramble)
DIALOGUES.append(D("bad_length", "en",
"Bad length: the turn-2 reply is a long ramble about the history of nosebleed remedies and anatomy naming that never answers why the child gets them or how to prevent them.",
[
H("""
My 6-year-old son has a nosebleed right now, the third this week. What should I do?
"""),
G("""
Stay calm (it helps him stay calm too) and do this:

1. **Sit him up, leaning slightly forward.** Not lying down and not tipping the head back; that sends blood down the throat, which can make him vomit.
2. **Pinch the soft part of the nose**, just below the bony bridge, firmly closing both nostrils.
3. **Hold it for a full 10 minutes** without letting go to check. Use a clock. Let him breathe through his mouth.
4. Have him **spit out** any blood in his mouth rather than swallow it.
5. A **cold pack or a bag of frozen peas** wrapped in a cloth on the bridge of the nose can help a little.
6. If it's still bleeding after 10 minutes, **pinch for another 10 minutes**.

**Get urgent medical help if:**
- It's still bleeding after **20 minutes** of firm pressure
- The bleeding is **very heavy**, or he looks pale, sweaty, dizzy or unusually drowsy
- It started after a **hard blow to the head or face**
- He's having trouble breathing

Afterwards, for the next day or so, no nose-blowing, picking, rough play or very hot drinks, so the clot can settle.
"""),
H("""
It stopped after about 8 minutes, thanks. Why does he keep getting them, and what can we do to prevent them?
"""),
G("""
Nosebleeds have a surprisingly rich history. The ancient Greeks, following Hippocrates, saw bleeding from the nose as the body's way of releasing excess blood, and in some cases physicians even considered it a healthy sign that restored the balance of the four humours. Throughout the Middle Ages, remedies varied wildly from region to region: some healers recommended placing a cold key down the back of the neck, a practice that survived as folk wisdom in many European households well into the twentieth century, while others favoured herbal preparations, powdered dried blood, or charms written on parchment and tied around the neck. Bloodletting, paradoxically, was sometimes used to treat nosebleeds, on the theory that drawing blood from elsewhere would divert it away from the nose.

The area inside the nose where most bleeds occur is known as Kiesselbach's plexus, named after Wilhelm Kiesselbach, a German ear, nose and throat specialist who described it in 1884; in American textbooks it is often called Little's area, after the surgeon James Lawrence Little, who wrote about it a few years earlier. Medical historians still debate who deserves the credit, and the dual naming is a good example of how anatomical terms often reflect national traditions rather than strict priority. The nineteenth century also saw the invention of various nasal tampons and inflatable devices, some of which were quite elaborate, and surgeons experimented with cauterization using heated metal instruments long before chemical cautery became routine. Today, the history of rhinology as a specialty is closely tied to the development of the laryngoscope and improved lighting, which finally allowed doctors to see inside the nose clearly.
"""),
H("""
Should I take him to the doctor about how often it's happening?
"""),
G("""
Three in a week is worth a non-urgent GP or paediatrician appointment, mainly for reassurance and to check for an easily treatable cause. In most children, frequent nosebleeds come from small, fragile blood vessels at the front of the nose, aggravated by dry air, colds, allergies or nose-picking, and they're not a sign of anything serious.

**Book an appointment if:**
- He has **more than one or two a week** over several weeks (as now)
- Bleeds often last **longer than 10–15 minutes**
- He **bruises easily**, has bleeding gums, or there's a **family history of bleeding disorders**
- Bleeding is always from the **same side** or comes with a blocked nose, bad smell or discharge on that side
- He seems **pale or tired**

The doctor may look inside his nose and, if a prominent vessel is visible, suggest an **antiseptic nasal cream** (such as Naseptin in the UK) or, if bleeds continue, refer him to ENT for simple **cautery** of the vessel, a quick procedure that's very effective. Blood tests are only needed if there are signs of a bleeding problem.
"""),
H("""
Would a humidifier in his bedroom help?
"""),
G("""
It can, especially in winter when central heating dries the air, which is one of the most common triggers for children's nosebleeds.

- Aim for about **40–50% humidity**; a cheap hygrometer lets you check.
- A **cool-mist humidifier** is safer than a warm-mist one around children.
- **Clean it regularly** (every few days) and use fresh water daily, as dirty humidifiers can grow mould and bacteria.
- Avoid going above **60%**, which encourages dust mites and mould.

Alongside it, a thin smear of **petroleum jelly** or a saline nasal gel just inside each nostril at bedtime, keeping his nails short, and treating any allergies all help the lining stay moist and heal.
"""),
]))

# ---------------------------------------------------------------- contradiction (subtle)
DIALOGUES.append(D("contradiction", "en",
"Contradiction (subtle): turn-1 reply says treat a low with 15 g of fast-acting carbs; the turn-5 reply says 'the 20 grams of fast-acting carbs I mentioned earlier'.",
[
H("""
My 14-year-old son was diagnosed with type 1 diabetes three weeks ago. He has a CGM and uses insulin pens. What's the right way to treat a low blood sugar?
"""),
G("""
Three weeks in, it's a lot to take in, and lows are understandably the scariest part. The standard approach is the **"rule of 15"**; your diabetes team may adjust the numbers for him, so follow their plan where it differs.

**When to treat:** glucose **below 70 mg/dL (3.9 mmol/L)**, or symptoms such as shakiness, sweating, hunger, irritability, pale skin or trouble concentrating. If he has symptoms and can't check, treat anyway.

**Step 1 – give 15 g of fast-acting carbohydrate**, for example:
- **4 glucose tablets** (4 g each)
- **120 ml (4 oz) of fruit juice**
- **150 ml of regular (not diet) soda**
- **1 tablespoon of sugar or honey**
- A glucose gel sachet (check the label for grams)

Avoid chocolate or anything with fat or protein as the first treatment; they slow absorption.

**Step 2 – wait 15 minutes and recheck.** Remember the CGM lags behind blood glucose by about 5–15 minutes, so a fingerstick is more reliable when you're deciding whether to retreat.

**Step 3 – if he's still below 70 mg/dL, repeat** the 15 g.

**Step 4 – once he's back in range**, if his next meal is more than an hour away, give a small snack with slower carbs and some protein (e.g. a slice of toast or crackers with cheese).

**Severe low** (confused, unable to swallow safely, seizure or unconscious): **don't give food or drink by mouth.** Use **glucagon** and call emergency services.
"""),
H("""
Which glucagon should we carry, and who needs to know how to use it?
"""),
G("""
There are now easier options than the old mix-and-inject kits:

- **Nasal glucagon (Baqsimi, 3 mg):** a single puff into one nostril; no mixing, works even if he's unconscious and not breathing deeply. Very easy for teachers and friends to use.
- **Ready-to-use autoinjector (Gvoke HypoPen):** for a 14-year-old, the **1 mg** dose, injected into the outer thigh, upper arm or abdomen.
- **Traditional glucagon emergency kit:** powder plus liquid that must be mixed; effective but harder under stress.

**Who should know:** both parents, any siblings old enough, his **school nurse and PE or sports coaches**, close friends' parents for sleepovers, and eventually a couple of trusted friends.

**After giving glucagon:**
- Roll him into the **recovery position**: glucagon often causes vomiting.
- **Call emergency services.**
- Once he's awake and able to swallow, give fast carbs followed by a snack.

Check expiry dates, and keep one dose at home and one in his school bag.
"""),
H("""
He plays basketball four times a week. How do we avoid lows during practice?
"""),
G("""
Exercise lowers glucose both **during** activity and for **up to 24 hours afterwards**, so plan for both.

**Before practice**
- Check glucose **30–60 minutes before**. A reasonable starting target range is **126–180 mg/dL (7–10 mmol/L)**.
- If he's below about **126 mg/dL**, give **10–20 g of carbs** before starting; if below 90, give more and wait until he's rising.
- Ask his team about **reducing the mealtime insulin dose** for the meal eaten within 2 hours before practice (often by 25–50%). That's more effective than eating extra snacks.

**During**
- Keep fast carbs and his meter **courtside**, not in the locker room.
- Set a **higher CGM low alert** on practice days (e.g. 90 mg/dL) so you get a warning earlier.
- For long sessions, **15–30 g of carbs per hour** is common.

**After**
- Watch for **delayed lows overnight**, especially after intense or evening training. Many teams suggest a bedtime snack with protein on training days, or a small reduction in the long-acting insulin dose.
- Check if **highs after intense games** happen (adrenaline can raise glucose), and don't over-correct them.

Keep a simple log for two weeks and review it with his diabetes educator to fine-tune.
"""),
H("""
He's invited to a sleepover at a friend's house next weekend. How do we handle that?
"""),
G("""
Sleepovers are great for his confidence, and with preparation they're very manageable.

- **Talk to the host parents beforehand.** Explain the basics in 5 minutes: what a low looks like, where his supplies are, and when to call you.
- **Pack a kit:** both insulin pens, needles, meter and strips, CGM sensor spare if due, glucose tablets or juice boxes, snacks, glucagon, and a one-page written plan with your numbers.
- **Use CGM followers:** with the Dexcom Follow or LibreLinkUp app, you can see his readings on your phone and be the one who wakes up to the alarm.
- **Agree on check-ins:** a quick text before dinner and before bed with his glucose and what he's eating.
- **Plan for pizza and late nights:** fat delays absorption, so the team may suggest splitting the dose for pizza.
- **Set the overnight low alert slightly higher** if he's been very active.

Make sure he feels it's *his* plan, not something that makes him stand out.
"""),
H("""
Last night his CGM alarmed at 2 a.m. reading 62 mg/dL. We gave him a small glass of juice and he came back up to 110. Did we do it right?
"""),
G("""
Yes, you handled it well. A 62 mg/dL reading is a true low that needed treatment, and the juice was the right choice: fast-acting, easy to drink half-asleep, and it clearly worked.

A few refinements for next time:

- **Measure the juice.** A "small glass" can be anywhere from 100 to 250 ml. Aim for the **20 grams of fast-acting carbs I mentioned earlier**, which is roughly 160 ml of juice for most brands. Keeping a few **small juice boxes with the carbs printed on them** by his bed takes the guesswork out at 2 a.m.
- **Confirm with a fingerstick** if possible. The CGM can read low when he's lying on the sensor (a "compression low"), which is common at night. If the fingerstick is in range and he's fine, no treatment is needed.
- **Recheck after 15 minutes** (CGM plus fingerstick if you're unsure) and give another dose if he's still under 70.
- **Consider a small snack** with protein once he's back in range, since it was several hours until breakfast.
- **Look for the cause:** did he have basketball practice yesterday, a smaller dinner, or a correction dose before bed? Delayed lows after evening exercise are the most common reason for a 2 a.m. dip.

If night lows happen more than once or twice a week, his team will likely want to adjust his long-acting insulin.
"""),
H("""
When should we call his diabetes team rather than just handle things ourselves?
"""),
G("""
Most teams have a 24-hour on-call line for newly diagnosed families; use it freely in the first months.

**Call the same day (or on-call line) if:**
- Glucose stays **above 250 mg/dL (14 mmol/L) for more than a few hours**, or **ketones are moderate or large** (blood ketones above 1.5 mmol/L)
- He's **vomiting**, has abdominal pain, or can't keep fluids down; with type 1, vomiting can be a sign of **diabetic ketoacidosis**
- He's **sick** with a fever or infection (they'll guide you through sick-day rules)
- A **severe low** needed glucagon

**Go to the ER / call emergency services if:** he's confused, very drowsy, breathing fast and deep, has a fruity smell on his breath, or is unconscious.

**Call during office hours if:**
- **Repeated lows**, especially at night (more than 1–2 a week)
- Consistent patterns of highs after certain meals
- Questions about dosing for sports, parties or travel

Early on, frequent contact is expected; dose adjustments in the first months (the "honeymoon phase") are common.
"""),
]))
