from a_common import H, G, D

DIALOGUES = []

# ---------------------------------------------------------------- structure: two human turns in a row
DIALOGUES.append(D("structure", "en",
"Structure: user turns 2 and 3 follow each other with no assistant reply in between (two human turns in a row).",
[
H("""
I run about 25 km a week and for the last three weeks I've had a dull ache around and behind my right kneecap. It's worse going downstairs and after sitting through a long movie. What's likely going on?
"""),
G("""
What you describe (a dull ache **around or behind the kneecap**, worse **going downstairs** and after **sitting with bent knees**, the so-called "movie-goer's sign") fits **patellofemoral pain syndrome**, often called runner's knee. It's the most common running injury.

**What's behind it.** The kneecap glides in a groove at the end of the thigh bone. When the load on that joint rises faster than the tissues can adapt, it becomes irritated. Common contributors:
- A recent **jump in mileage, hills or speed work**
- **Weak hips and quads**, especially the glute muscles that keep the knee from drifting inward
- **Overstriding**, landing with the foot far ahead of the body, which increases knee load
- Worn-out shoes, or a sudden change of shoes

**Reassuring points:** it isn't usually a sign of structural damage, and most people improve within **6–12 weeks** with load management and strengthening.

**When it's probably something else.** See a doctor or physiotherapist sooner if the knee **swells**, **locks or gives way**, you had a **twist or fall**, the pain is on the **outer side of the knee** (more like IT band syndrome) or **below the kneecap** (patellar tendon), or pain wakes you at night.
"""),
H("""
Should I stop running completely until it's gone?
"""),
H("""
Also, which exercises should I be doing to fix it?
"""),
G("""
**On stopping:** usually not completely. Complete rest tends to help in the short term, but the pain often returns when you restart because the knee hasn't been strengthened. Use the **pain-monitoring rule**:
- Running is OK if pain stays at **3/10 or less** during the run and has settled by the next morning.
- If it goes above that, or is worse the next day, cut back.
- In practice: drop to about **50–60% of your usual volume** (say 12–15 km a week), run on flat ground, skip downhills and speed work for now, and shorten your stride slightly (increasing cadence by 5–10% reduces knee load).

**Exercises (3 times a week, 6–8 weeks):**
1. **Wall sit** at a comfortable depth (about 45–60° of knee bend): 5 × 30–45 seconds
2. **Side-lying hip abduction** or banded lateral walks: 3 × 15 each side
3. **Glute bridge**, progressing to single-leg: 3 × 12
4. **Step-ups** onto a 15–20 cm step, knee tracking over the second toe: 3 × 10 each leg
5. **Clamshells** with a band: 3 × 15
6. **Calf raises** off a step: 3 × 15
7. Later: **split squats** and **single-leg deadlifts** as pain allows

Mild discomfort during exercises is fine if it settles within 24 hours. Progress by adding load or depth every week or two.
"""),
H("""
At what point should I see a physio instead of managing it myself?
"""),
G("""
Book a physiotherapist (or sports-medicine doctor) if:

- There's **no clear improvement after 3–4 weeks** of reduced running plus the exercises
- The knee **swells, locks, clicks painfully or gives way**
- Pain appears **at rest or at night**, or you start limping
- You can't run even 3–4 km without the pain going above 3/10
- You have a race coming up and want a structured return plan

A physio can assess your hip strength, running gait and footwear, and tailor the load progression, which often shortens recovery. Many offer video gait analysis, which is especially useful if overstriding is a factor.
"""),
]))

# ---------------------------------------------------------------- structure: ends on user turn
DIALOGUES.append(D("structure", "en",
"Structure: the dialogue ends on the user's 4th turn (emergency number / hospitals question) with no assistant reply.",
[
H("""
I have a severe cashew and pistachio allergy (I've had anaphylaxis twice) and I'm going to Thailand for two weeks in March. I really want to enjoy the food. How do I do this safely?
"""),
G("""
It's absolutely possible to travel and eat well with a serious tree-nut allergy, but Thailand needs more preparation than most places, because cashews are common in stir-fries (like the famous chicken with cashews), curries, salads and desserts, and shared woks are the norm.

**Before you go**
- See your allergist for an **up-to-date action plan** and a prescription for **at least two, ideally four, epinephrine auto-injectors**, enough to keep two on you at all times even if one pair is lost.
- Get a **doctor's letter** stating your allergy and that you need to carry auto-injectors.
- Buy **travel insurance** that clearly covers pre-existing conditions and emergency treatment.
- Prepare **Thai-language chef cards** (more on that next).

**Eating out**
- Favour **restaurants with a few simple dishes** over huge menus, and eat at less busy times so the cook has attention to spare.
- Safer options are often **grilled meats (gai yang, moo ping), sticky rice, plain steamed fish, and noodle soups** made fresh to order. Still ask every time.
- Higher-risk: **anything stir-fried in a shared wok**, curries made from pre-made pastes, salads with crushed nuts, desserts and street-food sauces.
- Note that **peanuts** are also very widely used. Even if you're not allergic to them, cross-contact with cashews often happens in the same kitchens.

**Carry with you**
- Both auto-injectors, antihistamines, chef cards, and a phone with your hotel address in Thai.
"""),
H("""
Can you help me with a chef card in Thai?
"""),
G("""
Here's a clear card. Print it in large type, laminate a few copies, and keep a photo on your phone. Please ask a Thai speaker (for example, your hotel reception) to check it once you arrive.

**English:**
I have a severe allergy to cashew nuts and pistachios. If I eat even a small amount I can become very ill and need a hospital. Please do not use any cashews, pistachios or other nuts, nut oils or sauces containing nuts in my food. Please use a clean wok, pan and utensils. Thank you very much.

**Thai:**
ฉันแพ้เม็ดมะม่วงหิมพานต์และถั่วพิสตาชิโออย่างรุนแรง ถ้าฉันกินแม้เพียงเล็กน้อย ฉันอาจป่วยหนักและต้องไปโรงพยาบาล กรุณาอย่าใส่เม็ดมะม่วงหิมพานต์ ถั่วพิสตาชิโอ หรือถั่วชนิดอื่น น้ำมันถั่ว หรือซอสที่มีถั่วในอาหารของฉัน กรุณาใช้กระทะและอุปกรณ์ที่สะอาด ขอบคุณมากค่ะ/ครับ

(Use ค่ะ if you're a woman, ครับ if you're a man.)

Show the card **before ordering**, and watch the reaction. If the cook hesitates or says "a little is OK", choose somewhere else. That's not rude; it's how many allergic travellers in Thailand stay safe.
"""),
H("""
Will I have any problems carrying my auto-injectors on the plane?
"""),
G("""
Usually not; auto-injectors are routinely allowed in cabin baggage on international flights, including to Thailand. To make it smooth:

- Keep them in your **carry-on** (never in checked luggage: the hold can get very cold, and you need them within reach).
- Bring them in their **original pharmacy packaging** with your name on the label.
- Carry the **doctor's letter** stating your diagnosis and that you need to carry epinephrine at all times.
- **Tell security** you're carrying them as you go through screening.
- Check your **airline's allergy policy** before booking. Some let you pre-board to wipe down your seat and tray table, and some will make an announcement. Don't rely on the airline to make the flight nut-free.
- **Bring your own food** for the flight, and decline the airline's nut snacks.
- Store them below about 25 °C where possible: Thai heat can degrade epinephrine, so don't leave them in a hot car or in direct sun on the beach. An insulated pouch helps.
"""),
H("""
What's the emergency number in Thailand, and which hospitals in Bangkok are best if I have a reaction?
"""),
]))

# ---------------------------------------------------------------- repetition (subtle, reworded)
DIALOGUES.append(D("repetition", "en",
"Repetition (subtle): user turn 4 re-asks, in other words, the turn-2 question about what to do when awake at 3 a.m., and the assistant repeats its earlier advice reworded.",
[
H("""
I'm 38 and for about two months I've been waking up around 3 a.m. almost every night and then lying awake for an hour or more. I fall asleep fine at 11. What can I do?
"""),
G("""
What you describe is called **sleep-maintenance insomnia**, and it's very common, especially in mid-life and during stressful periods. Two months of it is worth addressing properly, because the longer it goes on, the more the bed itself becomes linked with wakefulness.

**The most effective approach** is **CBT for insomnia (CBT-I)**, which guidelines recommend before sleeping pills. It has a few core parts:

1. **Fixed wake-up time**, 7 days a week, even after a bad night. This anchors your body clock.
2. **Stimulus control:** the bed is only for sleep (and sex), so you rebuild the association between bed and sleeping.
3. **Sleep restriction:** temporarily limiting your time in bed to roughly the time you actually sleep, which deepens sleep and reduces night waking. Best done with guidance.
4. **Managing the racing mind:** dealing with worries earlier in the evening so they don't arrive at 3 a.m.

**Things to check**
- **Alcohol** in the evening, which often causes early-morning waking.
- **Caffeine** after about 2 p.m.
- **Stress, low mood or anxiety**: early waking can be a symptom of depression.
- **Snoring or gasping**: sleep apnea can cause repeated waking.
- **Night sweats or hot flushes**: perimenopause can start in the late 30s.
- **Needing to urinate** at night.

Apps and online programs (such as Sleepio or CBT-I Coach) deliver CBT-I well, and your GP can refer you if the waking persists or affects your mood.
"""),
H("""
What should I actually do in the moment, when I wake at 3 and my mind starts racing?
"""),
G("""
Have a plan ready so you're not improvising while frustrated:

1. **Don't check the clock.** Turn it away from the bed. Clock-watching adds "I only have three hours left" to the spiral.
2. **Stay calm and lie still for a while**, using a calming technique: slow breathing (in for 4, out for 6–8), a body scan, or a mentally absorbing but dull task like naming a fruit for each letter of the alphabet.
3. **If you're still awake after about 20 minutes** (a rough sense, not timed), **get up**. Go to another room with dim, warm light.
4. **Do something quiet and boring**: reading a paper book, a simple puzzle, folding laundry. No phone, news, email or work.
5. **Return to bed only when you feel sleepy** (heavy eyelids, nodding), not just tired. Repeat if needed.
6. **Get up at your usual time anyway.**

For the racing thoughts themselves, a **"worry window"** helps: 15 minutes in the early evening where you write down what's on your mind and one next step for each. If a thought arrives at 3 a.m., you can tell yourself it's already on the list.
"""),
H("""
Could alcohol be part of it? I have about two glasses of wine most evenings.
"""),
G("""
Very possibly. Alcohol helps you fall asleep faster, which is why it feels like it helps, but it **disrupts the second half of the night**:

- As your body metabolizes it over 3–5 hours, there's a **rebound of alertness**: lighter sleep, more awakenings, often exactly in the 2–4 a.m. window.
- It **suppresses REM sleep** early in the night, which then rebounds later with more vivid dreams and waking.
- It relaxes throat muscles, which can worsen **snoring and sleep apnea**, and it makes you need the bathroom.

Two glasses of wine (roughly 2–3 standard drinks) most evenings is enough to have these effects.

**A simple experiment:** go **alcohol-free for two weeks** and keep a short sleep diary (time you woke in the night, roughly how long you were awake). If you'd rather not stop completely, try having a glass **with dinner, at least 3–4 hours before bed**, and not every night. Many people see a clear difference in their 3 a.m. waking within a week or two.
"""),
H("""
Okay, and when I'm lying there awake at 3 a.m. with my thoughts spinning, what's the best thing to actually do?
"""),
G("""
The key is to have a routine you follow every time:

1. **Don't look at the time.** Keep the clock or phone out of sight; knowing the exact time makes you calculate how much sleep you're losing.
2. **Give yourself a little while in bed** and try a relaxation technique: breathe out longer than you breathe in, scan your body from toes to head, or do a boring mental game such as listing animals alphabetically.
3. **If sleep doesn't come after roughly 20 minutes**, leave the bedroom and sit somewhere with low, warm lighting.
4. **Choose something calm and uninteresting**, such as a printed book or a simple crossword. Avoid your phone, the news and anything work-related.
5. **Go back to bed when you notice you're drowsy**, and repeat the cycle if necessary.
6. **Get up at your normal time** the next morning regardless.

Writing your worries down in the early evening, with one next step for each, also makes it easier to let them go when they show up at night.
"""),
H("""
Should I try melatonin?
"""),
G("""
Melatonin isn't very effective for your particular pattern. It's mainly a **timing signal** for the body clock, so it helps most with jet lag, shift work and delayed sleep phase (people who can't fall asleep until very late). For waking at 3 a.m., studies show only small benefits, and standard **immediate-release melatonin wears off within a few hours**, before your usual waking time.

If you want to try it:
- Use a **low dose (0.5–2 mg)**; more isn't better and can cause morning grogginess.
- **Prolonged-release melatonin (2 mg)** is the form licensed for insomnia in people over 55 in the UK and EU and is more relevant to night waking.
- It can interact with some medications (e.g. blood thinners, some antidepressants), so check with a pharmacist.

I'd prioritize the alcohol experiment, the fixed wake-up time and CBT-I first. If after a month the waking persists or you're feeling low, see your GP.
"""),
]))

# ---------------------------------------------------------------- non_answer
DIALOGUES.append(D("non_answer", "en",
"Non-answer: the turn-3 reply only restates the question about the father's 150/88 readings and praises it, without explaining the numbers.",
[
H("""
My dad is 78 and his doctor wants him to check his blood pressure at home for two weeks. What kind of monitor should I buy him?
"""),
G("""
Home monitoring is very useful, and the right device makes the readings trustworthy:

- **Upper-arm cuff, automatic.** Wrist and finger monitors are less accurate, especially in older adults, and very sensitive to arm position.
- **Clinically validated.** Check the model on a validation list such as **validatebp.org** (US) or the British and Irish Hypertension Society list (UK).
- **Correct cuff size.** This matters more than the brand. Measure around the middle of his upper arm: most standard cuffs fit about **22–32 cm**, and a large cuff is needed above that. A cuff that's too small gives falsely high readings.
- **Memory and averaging**: storing at least 60 readings with dates and times makes the doctor's job easier; some models average the morning and evening readings automatically.
- **Large display and simple buttons**, ideally one-button operation.
- Optional: **irregular heartbeat detection** (some models flag possible atrial fibrillation) and **Bluetooth** to sync readings to a phone app.

Reputable brands with validated upper-arm models include **Omron, A&D, Withings and Microlife**, typically $40–100. Bring the monitor to his next appointment so the practice nurse can compare it with theirs.
"""),
H("""
How should he take the readings so they're accurate?
"""),
G("""
Technique makes a big difference; poor technique can shift readings by 10 mmHg or more.

**Before measuring**
- No **caffeine, smoking or exercise** in the 30 minutes before.
- **Empty his bladder.**
- **Sit quietly for 5 minutes**, back supported, feet flat on the floor, legs uncrossed.

**During**
- Cuff on **bare skin** of the upper arm, lower edge about 2–3 cm above the elbow crease.
- **Arm supported** on a table at **heart level**, palm up, relaxed.
- **No talking**, no phone, no TV during the reading.

**Schedule (a common protocol for a two-week check)**
- **Twice in the morning** (before medication and breakfast) and **twice in the evening** (before dinner), each time taking **two readings 1 minute apart**.
- Use the **same arm** each time, usually the one that reads higher if the doctor has compared both.

**Record** every reading with date and time, even unusual ones; don't discard "bad" numbers.
"""),
H("""
His readings this week were mostly around 150/88 in the mornings and about 138/82 in the evenings. What do those numbers mean, and is that high for someone his age?
"""),
G("""
That's a really important question. You'd like to understand what your father's readings of around 150/88 in the mornings and 138/82 in the evenings actually mean, and whether they count as high for someone who is 78. Making sense of blood pressure numbers is a key part of looking after heart health, and it's great that you're keeping such a close eye on his readings and thinking about them in the context of his age. Interpreting these values properly is something many families wonder about, especially when an older parent is involved.
"""),
H("""
Should I bring the log to his doctor, and what's the best format?
"""),
G("""
Yes, bring it. The log is the whole point of the two-week exercise, and doctors often base treatment decisions on home readings.

**Best format**
- A **simple table**: date, time, morning or evening, reading 1, reading 2, pulse, and a notes column (e.g. "missed tablet", "poor night's sleep", "felt dizzy").
- Keep **every reading** in the table, including odd ones.
- If possible, calculate the **average systolic and diastolic** across all days, often leaving out day 1, which many protocols exclude.
- If his monitor has an app, a **printout or PDF export** is ideal; otherwise a handwritten sheet is perfectly fine.

**Also bring**
- The **monitor itself**, so its accuracy can be checked against the clinic's device.
- A **current list of all his medications**, including over-the-counter painkillers (NSAIDs like ibuprofen can raise blood pressure) and supplements.
- A note of any **symptoms**: dizziness when standing, headaches, breathlessness, chest pain. Dizziness on standing is particularly important at his age if medication is changed.
"""),
]))
