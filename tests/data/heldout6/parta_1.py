from parta_common import alt, D

DIALOGUES = []

DIALOGUES.append(D(1, "good", "en",
 "Good: 10K training plan; later turns move naturally to shoes and a knee twinge within the same running goal; long and short replies are specific and consistent.",
 alt(
 "I'm 38, I can run about 3 km without stopping, and I signed up for a 10K in 10 weeks. Can you give me a plan? I can train 4 days a week.",
 """Ten weeks is a comfortable runway from 3 km to 10 km. Here's a structure built around 4 days a week, with the principle of raising weekly volume by roughly 10% and taking an easier week every fourth week.

**Weekly template**
- **Day 1 – Easy run:** conversational pace (you can speak full sentences).
- **Day 2 – Intervals or tempo:** the only "hard" day.
- **Day 3 – Strength + mobility (20–30 min):** squats, lunges, calf raises, glute bridges, planks.
- **Day 4 – Long run:** slow, this is where the distance builds.

**Long run progression**
| Week | Long run |
|---|---|
| 1 | 4 km |
| 2 | 5 km |
| 3 | 5.5 km |
| 4 | 4.5 km (recovery week) |
| 5 | 6.5 km |
| 6 | 7 km |
| 7 | 8 km |
| 8 | 6 km (recovery week) |
| 9 | 9 km |
| 10 | race week: 3–4 km easy midweek, then the 10K |

**Hard day ideas**
- Weeks 1–4: 6 × 1 min faster / 2 min walk.
- Weeks 5–7: 4 × 3 min at a "comfortably hard" pace with 2 min jog.
- Weeks 8–9: 20 min continuous tempo in the middle of a 5 km run.

Easy runs should sit around 3–5 km. If a week feels rough, repeat it rather than pushing forward; you have a little slack since most people can finish a 10K with a long run of 8–9 km behind them.""",
 "Nice. Do I need proper running shoes or are my gym trainers fine?",
 """For 3 km a couple of times a week, gym trainers are usually okay. Once you're running 25+ km a week, a proper running shoe is worth it. Cross-trainers are flatter and stiffer, built for side-to-side movement, while running shoes have more cushioning and a forefoot that flexes with your stride.

A few practical tips:
- **Go to a running shop** if there's one near you; many let you jog on a treadmill or outside. Pick what feels comfortable from the first step; "breaking in" a running shoe shouldn't be necessary.
- **Leave a thumb's width** of space in front of your longest toe, as feet swell on longer runs.
- **Don't overthink "pronation" categories.** Current evidence suggests comfort is a better guide than gait analysis for most recreational runners.
- **Budget:** mid-range neutral shoes (roughly $100–140) are fine. You don't need a carbon-plated racer.
- Buy them **now, not in week 9**, so you've done several runs in them before race day.

A running shoe typically lasts 500–800 km, so at your volume a pair will easily cover this plan and several months beyond.""",
 "Week 3 now. After my long run my right knee twinges on the outside, especially going down stairs. Should I stop?",
 """Pain on the outside of the knee that shows up on stairs after longer runs is a very common pattern in newer runners, often linked to the iliotibial (IT) band area or to load increasing faster than the tissues have adapted. It's usually manageable, but I can't diagnose it, so here's a sensible approach:

**Now**
- Skip the hard day this week and keep runs short and flat. If running makes the pain climb above about 3/10 or makes you limp, stop that run.
- Replace this week's long run with 4 km, or a bike or swim of similar time.

**Things that often help**
- **Strength:** side-lying leg raises, clamshells with a band, single-leg glute bridges, step-downs off a low step. 2–3 sets of 10–15, on your strength day and one other day.
- **Cadence:** slightly shorter, quicker steps (about 5% more steps per minute) reduce load at the knee.
- **Route:** avoid running on the same side of a cambered road, and go easy on long downhills.
- Foam rolling the outer thigh may feel nice but isn't a fix on its own.

**See a physio or doctor if** there's swelling, clicking with locking, the knee gives way, the pain is present at rest or at night, or it isn't improving after 2 weeks of reduced load.

If it settles, resume the plan from week 3 instead of jumping ahead.""",
 "Will that push my race back?",
 """Probably not. You started with ten weeks and the plan reaches 9 km in week 9, so losing one week still leaves you with a long run of about 8 km before the race, which is enough to finish a 10K comfortably. If you lose two weeks, drop the week 9 run to 8 km and keep race week unchanged.""",
 "Ok that's reassuring. Last one: what should I eat the morning of the race?",
 """Keep it simple and familiar, and eat about 2–3 hours before the start:

- A carbohydrate-based breakfast of roughly 300–500 kcal: porridge with banana and honey, toast with jam, or a bagel with a little peanut butter.
- Low in fat and fibre so it sits well.
- 300–500 ml of water with breakfast, then sips until about 30 minutes before the start.
- Coffee is fine if you normally drink it.

For a 10K you don't need gels during the race. Most importantly, test this exact breakfast before one of your long runs in weeks 7–9 so there are no surprises on the day."""
 )))

DIALOGUES.append(D(2, "good", "en",
 "Good: toddler sleep regression; concrete routine, short follow-up answers, consistent nap numbers.",
 alt(
 "My son is 18 months and suddenly fights bedtime for an hour every night. He used to go down at 7:30 with no fuss. What's going on?",
 """What you're describing is very typical around 18 months, and it usually has a few overlapping causes rather than one:

1. **Developmental leaps.** Language and walking skills are exploding, and practising new skills at bedtime is common.
2. **Separation awareness.** Many toddlers go through a phase of not wanting the parent to leave, which shows up as stalling or crying at lights-out.
3. **Nap changes.** Between 15 and 18 months most children move from two naps to one. If he still takes two naps, or if his single nap runs late into the afternoon, he may simply not be tired enough at 7:30.
4. **Teething.** The first molars and canines often come in between 13 and 19 months.
5. **Testing limits.** He's learning that his actions get a reaction, so bedtime can become a game.

A few questions that help narrow it down: How many naps does he take, and when does the last one end? Does he seem distressed (clinging, crying) or playful (giggling, climbing out)? Did anything change recently, like a new sibling, daycare, or a move?""",
 "One nap, 12:30 to about 3:00. He's more playful than upset, laughing and throwing his stuffed animals out of the crib.",
 """That points strongly at timing. A nap ending at 3:00 leaves only four and a half hours before a 7:30 bedtime, and most 18-month-olds need about 5 to 6 hours of awake time before night sleep. He's probably just not tired yet, and play fills the gap.

Two options:
- **Cap the nap at 2:30**, gently waking him, and keep 7:30 bedtime, or
- **Keep the nap as is and move bedtime to 8:00–8:15** for a week to see if the fight disappears.

Most families find capping the nap easier if mornings start early.

For the playful stalling itself:
- Keep the routine short and identical every night (bath, pyjamas, two books, song, lights out), about 20–30 minutes.
- Give him choices earlier (which pyjamas, which book) so he feels in control.
- If toys go overboard, calmly return them once, then leave them out. No big reaction; the game loses its fun when it's boring.

Give any change about 5 to 7 days before judging it.""",
 "If I cap the nap, how long should it be total?",
 "Aim for about 2 hours. If he falls asleep at 12:30, wake him at 2:30. Total sleep at this age is usually 11 to 14 hours in 24, so with roughly 11 hours at night plus a 2-hour nap he's well within range.",
 "And if he still climbs out or yells after lights out?",
 """Then use a calm, repetitive response so bedtime stays dull:

- **Wait a few minutes** before going in; many toddlers stop on their own.
- **Go in briefly**, lay him back down, say the same short phrase each time ("It's sleep time, I love you, goodnight"), and leave. Keep it under a minute, lights low, no new games.
- **Repeat with the same script**, gradually lengthening the gaps.
- If he's actually climbing out of the crib, lower the mattress to the lowest setting and consider a sleep sack, which makes climbing harder. Moving to a toddler bed this early often makes stalling worse.

Expect a few bumpy nights while he tests whether the rules changed. If after two weeks of consistent nap timing and routine things aren't improving, or if he snores loudly or seems unwell, it's worth mentioning at his next check-up."""
 )))

DIALOGUES.append(D(3, "good", "en",
 "Good: homework help on quadratics; explains instead of just giving answers, checks the student's work correctly, short and long replies.",
 alt(
 "I'm in 9th grade and I don't get how to solve x^2 - 5x + 6 = 0. My teacher said factoring but I'm lost.",
 """Let's go step by step. Factoring means rewriting the left side as two brackets multiplied together, like (x + a)(x + b).

**The trick:** when the number in front of x² is 1, you need two numbers that
- **multiply** to the last number (here **+6**), and
- **add** to the middle number (here **−5**).

List pairs that multiply to 6: 1 and 6, 2 and 3, −1 and −6, −2 and −3.
Which pair adds to −5? **−2 and −3.**

So x² − 5x + 6 = (x − 2)(x − 3).

**Why that helps:** now the equation says (x − 2)(x − 3) = 0. If two things multiply to zero, at least one of them must be zero. So
- x − 2 = 0 → **x = 2**, or
- x − 3 = 0 → **x = 3**.

**Check:** put x = 2 back in: 4 − 10 + 6 = 0 ✓. And x = 3: 9 − 15 + 6 = 0 ✓.

Want to try one yourself? Give x² + 7x + 12 = 0 a go and tell me what you get.""",
 "ok I got (x+3)(x+4) so x = 3 and x = 4?",
 """Your factoring is exactly right: (x + 3)(x + 4) multiplies back to x² + 7x + 12. The last step just needs the signs flipped.

Set each bracket to zero:
- x + 3 = 0 → x = **−3**
- x + 4 = 0 → x = **−4**

Quick check with −3: 9 − 21 + 12 = 0 ✓. With +3 you'd get 9 + 21 + 12 = 42, which isn't zero. That check is a great habit for tests.""",
 "oh. What if there's a number in front of x^2, like 2x^2 + 7x + 3 = 0?",
 """Then you need one extra step. A reliable method is the **"ac method"**:

1. **Multiply a and c.** Here a = 2, c = 3, so ac = 6.
2. **Find two numbers that multiply to 6 and add to b = 7.** That's **6 and 1**.
3. **Split the middle term** using those numbers:
   2x² + 6x + 1x + 3 = 0
4. **Group in pairs and factor each:**
   2x(x + 3) + 1(x + 3) = 0
5. **Pull out the common bracket:**
   (x + 3)(2x + 1) = 0
6. **Solve each:**
   - x + 3 = 0 → x = −3
   - 2x + 1 = 0 → x = −1/2

**Check x = −1/2:** 2(1/4) + 7(−1/2) + 3 = 0.5 − 3.5 + 3 = 0 ✓

It looks long at first, but after a few problems steps 1–3 happen in your head.""",
 "What if I can't find two numbers that work?",
 """Then the quadratic probably doesn't factor nicely with whole numbers, and you use the **quadratic formula**, which works for every quadratic ax² + bx + c = 0:

x = (−b ± √(b² − 4ac)) / (2a)

Example: x² + 4x + 1 = 0 (no whole-number pair multiplies to 1 and adds to 4).
- a = 1, b = 4, c = 1
- b² − 4ac = 16 − 4 = 12
- x = (−4 ± √12) / 2 = (−4 ± 2√3) / 2 = **−2 ± √3**

So x ≈ −0.27 or x ≈ −3.73.

The part under the square root (b² − 4ac) tells you what to expect: positive → two answers, zero → one answer, negative → no real answers. Your teacher may not want this yet if you're still on factoring, so check which method the homework asks for.""",
 "thanks, that actually makes sense now",
 "Glad it clicked! A good way to lock it in: do three or four more from your homework, and check each answer by plugging it back in. If any of them fight back, send it over and we'll look at where it goes sideways."
 )))

DIALOGUES.append(D(4, "good", "en",
 "Good: family budget planning; numbers consistent across turns (take-home $6,200, emergency fund target), practical steps.",
 alt(
 "My husband and I take home $6,200 a month combined, two kids (4 and 7). We always seem to run out by the end of the month. Where do we even start?",
 """Running out every month with a decent income almost always comes down to not knowing where the money goes, so start with visibility before cutting anything.

**Step 1 – Track one full month (or look back at the last 2).** Export bank and card statements and sort every expense into categories: housing, utilities, groceries, transport, childcare/school, insurance, debt payments, subscriptions, eating out, kids' activities, everything else.

**Step 2 – Compare against a rough guide.** A common starting point is the 50/30/20 split of take-home pay:
- **Needs (50%) ≈ $3,100:** rent/mortgage, utilities, groceries, insurance, minimum debt payments, childcare.
- **Wants (30%) ≈ $1,860:** dining out, subscriptions, hobbies, holidays.
- **Savings & extra debt payments (20%) ≈ $1,240.**

Many families with young kids find needs are closer to 60%, which is fine; the point is to see where you stand.

**Step 3 – Find the leaks.** The usual suspects are food delivery and takeout, forgotten subscriptions, and many small card purchases (under $20) that add up to hundreds.

**Step 4 – Give every dollar a job at the start of the month** (zero-based budgeting): plan each category before the month begins, not after.

If you share your rough category totals, I can help you spot where the gap is.""",
 "Rough numbers: mortgage 1,850, utilities 320, groceries 1,100, car payment + gas 650, after-school care 480, insurance 290, phone/internet 190, subscriptions 85, eating out ~600, kids' activities 200, random Amazon etc ~500. No savings.",
 """Thanks, that's very useful. Adding it up:

| Category | $ |
|---|---|
| Mortgage | 1,850 |
| Utilities | 320 |
| Groceries | 1,100 |
| Car + gas | 650 |
| After-school care | 480 |
| Insurance | 290 |
| Phone/internet | 190 |
| Subscriptions | 85 |
| Eating out | 600 |
| Kids' activities | 200 |
| Amazon/misc | 500 |
| **Total** | **6,265** |

So you're spending about **$65 more than you bring in**, which explains the end-of-month squeeze (and likely a card balance creeping up).

The fixed costs look reasonable. The flexible ones are where the room is:
- **Eating out $600 → $300:** plan two "easy" nights a week (pasta, tacos, sheet-pan dinners) so takeout isn't the default when you're tired.
- **Amazon/misc $500 → $250:** use a 48-hour rule for non-urgent purchases and remove saved cards from the app.
- **Groceries $1,100 → $950:** meal plan weekly and shop with a list; for a family of four, $900–1,000 is common in many areas.

That frees roughly **$700/month**, turning a $65 deficit into about a $635 surplus.""",
 "What should we do with the $635 first?",
 """In order:

1. **A starter emergency fund of $1,500–2,000** in a separate high-yield savings account, so surprises stop landing on the credit card. At $635/month that's about 3 months.
2. **Pay off any credit card balance**, highest interest rate first.
3. **Build the emergency fund up to 3 months of essential expenses.** Based on your numbers, essentials are roughly $4,900/month, so the target is around $14,700.
4. **Then split** between retirement (at least enough to get any employer match) and kids' goals like college savings.

Automate it: set a transfer on payday so the money moves before you can spend it.""",
 "Should we stop the kids' activities to speed it up?",
 """I wouldn't start there. At $200 a month, activities are a small share of the budget and they matter to the kids; cutting them saves less than trimming eating out by a third. Keep them, and revisit only if the other changes don't stick after two or three months. If you do need to trim, look for one activity that's seasonal or that a child is lukewarm about, rather than dropping everything."""
 )))

DIALOGUES.append(D(5, "good", "en",
 "Good: adult learning Spanish; plan, then related sub-topics (pronunciation, podcasts, plateau) stay within the learning goal.",
 alt(
 "I want to learn Spanish before a 3-week trip to Mexico next summer, so about 9 months. I'm a total beginner and have maybe 30 minutes a day. Realistic goal?",
 """Yes, 30 minutes a day for 9 months is about 135 hours, which is enough to reach a solid **A2 level** (some learners get close to B1). In practice that means you can order food, ask for directions, handle hotels and transport, make small talk about yourself, and understand people when they speak slowly.

**A structure that works well**
- **Months 1–3 (foundation):** core vocabulary (numbers, food, directions, time), present tense, ser vs. estar, basic questions. Use one structured course (e.g., *Language Transfer*'s free Spanish course, or a textbook like *Complete Spanish*) plus an app for vocabulary review.
- **Months 4–6 (listening + past tense):** add preterite and "ir a + infinitive" for future plans. Start beginner podcasts daily.
- **Months 7–9 (speaking):** 1–2 conversations a week with a tutor (iTalki, Preply; Mexican tutors often cost $10–20/hour). Practise trip scenarios: restaurants, taxis, markets, asking for help.

**Daily 30 minutes**
- 10 min: flashcards (Anki or the app's review)
- 15 min: course lesson or podcast
- 5 min: speak out loud, describing your day or shadowing audio

Pick Latin American materials where possible, since Mexican Spanish uses "ustedes" instead of "vosotros" and has its own vocabulary (e.g., *camión* for bus, *¿mande?* for "pardon?").""",
 "The rolled R is killing me. Any tricks?",
 """A few that work for many people:

- **Start from the "tt" in "butter"** (American pronunciation). Say "butter" fast; that quick tap is the single Spanish *r* as in *pero*. The rolled *rr* is just that tap repeated.
- **Use "d" or "t" warm-ups:** say "tda-tda-tda" or "bread-bread" quickly with a relaxed tongue tip right behind your upper teeth.
- **Keep the tongue loose** and push air; the vibration comes from airflow, not muscle.
- **Practise 2–3 minutes a day**, not 30 minutes once. It often clicks suddenly after a few weeks.

And don't worry: if you use a tap instead of a full roll, people in Mexico will still understand *perro* vs. *pero* from context.""",
 "Which podcasts would you suggest for months 4-6?",
 """Good beginner options with Latin American Spanish:
- **Coffee Break Spanish** (Season 1–2): structured lessons with explanations in English.
- **Españolistos**: hosted by a Colombian and an American, slow conversational Spanish about everyday topics.
- **Dreaming Spanish** (video, but works as audio): comprehensible input graded by level; filter for "beginner" and Mexican guides.
- **Spanish Obsessed**: beginner and intermediate episodes with clear speech.

Aim for content where you understand about 70–80%, and replay episodes rather than always moving on.""",
 "Around month 5 I might plateau. How do I know if I'm actually progressing?",
 """Plateaus are normal around the intermediate-beginner stage, because progress becomes less visible. Ways to measure it:

- **Record yourself** for 2 minutes now describing your week, and again every 6 weeks. The difference is usually obvious.
- **Re-listen to an episode** you found hard in month 4; if it's noticeably easier, you're progressing.
- **Track a concrete task list:** order a meal, ask directions, explain an allergy, book a room by phone. Tick them off with your tutor.
- **Take a free online placement test** (many language schools offer one) at months 3, 6 and 8, ideally the same test each time.

If you truly feel stuck, change the input: switch from podcasts to a Mexican TV show with Spanish subtitles, such as *Club de Cuervos*."""
 )))

DIALOGUES.append(D(6, "good", "en",
 "Good: vegetarian teenager iron intake; specific foods, numbers (15 mg RDA for girls 14-18), caution to see doctor, consistent.",
 alt(
 "My 15-year-old daughter went vegetarian 6 months ago and she's been really tired lately. Could it be iron? What should she be eating?",
 """Iron deficiency is one possible cause, and teenage girls are at higher risk because of growth and menstruation, especially after cutting out meat. But tiredness has many causes (sleep, stress, thyroid, vitamin B12, low overall calories), so the first step is to **ask her doctor for a blood test**, typically a full blood count and ferritin, and ideally B12 too.

**How much iron she needs:** girls aged 14–18 need about **15 mg a day**. Because plant (non-heme) iron is absorbed less well, guidelines suggest vegetarians aim for about 1.8 times that, so roughly 27 mg.

**Good vegetarian sources**
- Lentils (1 cup cooked): ~6.6 mg
- Chickpeas (1 cup cooked): ~4.7 mg
- Tofu (half a cup, firm): ~3–6 mg, depending on brand
- Fortified breakfast cereal: often 8–18 mg per serving (check the label)
- Pumpkin seeds (30 g): ~2.5 mg
- Spinach (1 cup cooked): ~6 mg, though poorly absorbed
- Eggs (if she eats them): ~1 mg each

**Absorption tips**
- Pair iron foods with **vitamin C**: peppers, oranges, strawberries, tomatoes, broccoli.
- Keep **tea and coffee** away from meals (at least an hour), since tannins reduce absorption.
- Calcium (milk, cheese) at the same meal also reduces absorption a bit; not worth avoiding entirely, just spread it out.

Don't start iron supplements without the test result; too much iron is harmful, and the doctor can choose the dose if she needs one.""",
 "What would a day of meals look like that hits the target?",
 """Here's one example day, roughly 27 mg:

- **Breakfast:** fortified cereal (~12 mg) with milk and a handful of strawberries. Tea or coffee an hour later, not with it.
- **Lunch:** hummus and roasted pepper wrap on a wholemeal tortilla (~3 mg), plus an orange.
- **Snack:** 30 g pumpkin seeds and a clementine (~2.5 mg).
- **Dinner:** lentil and tomato curry (1 cup lentils, ~6.6 mg) with brown rice and a side of broccoli (~1 mg).
- **Dessert/extra:** a square of dark chocolate (70%+, 20 g is ~2 mg).

Total: about 27 mg, with vitamin C at every main meal. She doesn't need to hit this exactly every day; averaging well over the week is what counts.""",
 "She hates lentils lol",
 """Very common. Easy swaps with similar iron:
- **Chickpeas** in a curry, roasted as a snack, or blended into hummus.
- **Black beans or kidney beans** in burritos, chili, or burrito bowls (~3.5–4 mg per cup).
- **Firm tofu** in a stir-fry with peppers; marinating it in soy sauce, garlic and ginger helps many teens who think they hate tofu.
- **Red lentils blended into tomato pasta sauce**, where they disappear completely.

Letting her pick two or three recipes herself usually helps more than anything.""",
 "Got it. Should she take B12 too?",
 """If she eats dairy and eggs regularly, she may get enough B12, but many vegetarians run low, so it's worth checking it on the same blood test. Good sources for her: milk, yogurt, cheese, eggs, and fortified foods like some plant milks, cereals and nutritional yeast. If she drifts toward vegan eating, a B12 supplement becomes essential, and her doctor can suggest a dose based on the result."""
 )))

DIALOGUES.append(D(7, "good", "en",
 "Good: adult insomnia; CBT-I style advice, consistent 6-hour sleep window across turns, short replies to short follow-ups.",
 alt(
 "I've had trouble staying asleep for about 3 months. I fall asleep fine at 11 but wake at 3 and lie there till 5 or so. I'm 44, no major health issues. What can I do without pills?",
 """Waking in the middle of the night and staying awake for a couple of hours, for three months, fits the pattern of chronic insomnia. The best-studied non-drug treatment is **CBT-I** (cognitive behavioural therapy for insomnia), and you can start several of its core pieces on your own.

**1. Sleep restriction (the most effective part)**
If you're in bed from 11 to about 7 but sleeping roughly 6 hours, your time in bed is much longer than your sleep. Temporarily shrink the window to match: for example, **bed at 12:30, up at 6:30 every day**, weekends included. It feels harsh for a week or two, but it builds sleep pressure and consolidates sleep.

**2. Stimulus control**
- If you're awake for what feels like **more than 15–20 minutes**, get up, go to another room with dim light, and do something dull (reading a paper book, folding laundry). Return only when sleepy.
- Use the bed only for sleep and sex, no phone or TV.

**3. Steady anchors**
- Same wake time daily.
- Morning daylight for 15–30 minutes.
- No caffeine after noon; alcohol is a common cause of 3 a.m. waking.

**4. Wind-down**
A 30–60 minute buffer before bed with no work or email.

If you snore loudly, wake gasping, or feel very sleepy during the day, see a doctor, as sleep apnoea can cause exactly this waking pattern.""",
 "12:30 feels so late. Won't I be even more tired?",
 "For the first week or two, yes, a bit. That's the point: the extra sleep pressure makes sleep deeper and less broken. Avoid driving if you feel drowsy, and don't nap. Once you're sleeping most of the 6 hours, you'll start widening the window.",
 "How do I widen it?",
 """Use sleep efficiency: time asleep divided by time in bed.

- Keep a simple diary each morning: when you went to bed, roughly when you fell asleep, how long you were awake at night, when you got up.
- At the end of each week, calculate it. Example: 5 h 30 min asleep out of 6 h in bed = 92%.
- **Above 85–90%:** move bedtime 15 minutes earlier (e.g., 12:30 → 12:15).
- **Below 80–85%:** keep the window as it is, or tighten it by 15 minutes.
- Keep the 6:30 wake time fixed throughout.

Most people settle on a window of 6.5–7.5 hours after 4–8 weeks.""",
 "What do I do with my brain at 3am? It just starts listing everything I have to do.",
 """A few techniques help with the 3 a.m. to-do spiral:

- **Scheduled worry time, earlier in the day:** 15 minutes in the early evening to write down worries and one next step for each. Your brain learns the list already exists.
- **Notepad by the bed** (not the phone): write the thought down in two words and let it go.
- **Cognitive shuffle:** pick a random word, like "garden", and for each letter think of unrelated objects (g: grape, guitar, goat...). It occupies the mind without emotion.
- **Reframe the waking:** brief waking is normal; it's the frustration that keeps you up. Remind yourself that resting quietly is still useful.

And if it goes past roughly 20 minutes, follow the get-up rule from the plan.""",
 "Is there an app for CBT-I or do I need a therapist?",
 """You can do a lot on your own. Options:
- **CBT-i Coach**: free app developed by the US Department of Veterans Affairs, includes the sleep diary and calculates your window.
- **Sleepio** or **Somryst**: digital programmes, available through some employers, insurers, or health services.
- **Books:** *Quiet Your Mind and Get to Sleep* by Colleen Carney and Rachel Manber, or *Say Good Night to Insomnia* by Gregg Jacobs.

A therapist trained in CBT-I is worth it if you've tried for 6–8 weeks without improvement, or if anxiety or low mood is part of the picture.""",
 "Thanks, I'll start tonight.",
 "Good luck. One small tip for tonight: set the 6:30 alarm now and put the notepad by the bed. Expect the first few nights to feel rough; that's normal and usually a sign it's working. Give it at least two weeks before judging."
 )))

DIALOGUES.append(D(8, "good", "vi",
 "Good (Vietnamese): parenting a picky 3-year-old eater; concrete strategies, short and long replies, consistent.",
 alt(
 "Con tôi 3 tuổi, rất kén ăn, chỉ chịu ăn cơm trắng với trứng chiên, rau gì cũng nhè ra. Tôi lo con thiếu chất quá. Tôi nên làm gì?",
 """Kén ăn ở tuổi lên 3 rất phổ biến, và phần lớn trẻ sẽ dần cải thiện nếu bố mẹ kiên nhẫn và không biến bữa ăn thành "cuộc chiến". Một số cách đã được chứng minh là hiệu quả:

**1. Chia trách nhiệm rõ ràng**
- Bố mẹ quyết định **ăn gì, ăn lúc nào, ăn ở đâu**.
- Con quyết định **ăn bao nhiêu**, kể cả không ăn.
Khi không bị ép, trẻ bớt phản kháng.

**2. Cho làm quen nhiều lần**
Trẻ thường cần được tiếp xúc với một món mới **8–15 lần** mới chịu ăn. Mỗi bữa đặt một lượng rất nhỏ (1–2 miếng) rau cạnh món con thích, không bắt ăn, không khen chê.

**3. Giữ lịch ăn đều**
3 bữa chính và 2 bữa phụ cố định, cách nhau khoảng 2,5–3 giờ. Hạn chế sữa và bánh kẹo sát giờ ăn, vì trẻ no sẽ càng kén.

**4. Cho con tham gia**
Cho con rửa rau, nhặt đậu, chọn một loại quả khi đi chợ. Trẻ hay ăn thử món mình "tự làm".

**5. Biến tấu món quen**
Vì con thích trứng chiên, thử trứng chiên cà rốt băm nhỏ, trứng cuộn rau cải, hoặc cơm chiên trứng với đậu Hà Lan.

**Khi nào cần gặp bác sĩ?** Nếu con sụt cân, chậm tăng cân theo biểu đồ, ăn dưới khoảng 15–20 món tổng cộng, hay nôn ọe mỗi khi gặp món mới, hãy đưa con đi khám dinh dưỡng.""",
 "Có nên cho con xem điện thoại lúc ăn để con ăn nhiều hơn không?",
 """Không nên. Xem điện thoại giúp con ăn nhiều hơn **trong bữa đó**, nhưng về lâu dài lại làm tình trạng kén ăn nặng hơn: con không để ý mùi vị, không học được cảm giác đói – no, và dần chỉ chịu ăn khi có màn hình. Hãy cho con ngồi ăn cùng cả nhà, trò chuyện nhẹ nhàng, và giới hạn bữa ăn trong khoảng 20–30 phút.""",
 "Nếu con không ăn gì trong bữa tối thì có cho ăn thêm trước khi ngủ không?",
 """Có thể, nhưng theo cách có nguyên tắc:
- Không nấu riêng món con đòi. Nếu con bỏ bữa tối, khoảng 1 giờ sau có thể cho một bữa phụ **đơn giản, bổ dưỡng** đã định sẵn: một hộp sữa chua, một quả chuối, hoặc một cốc sữa.
- Không dùng bánh kẹo làm bữa bù, nếu không con sẽ học được rằng bỏ bữa thì được ăn ngọt.
- Giữ thái độ bình thản, không trách mắng.

Một bữa ăn ít không làm trẻ thiếu chất; điều quan trọng là tổng lượng ăn trong **cả tuần**.""",
 "Cảm ơn bạn, tôi sẽ thử trong 2 tuần xem sao.",
 "Rất hợp lý. Trong 2 tuần đó, bạn có thể ghi lại mỗi ngày con đã \"thử\" món mới nào, dù chỉ là liếm hay cầm lên. Những tiến bộ nhỏ như vậy rất đáng ghi nhận. Chúc hai mẹ con thành công!"
 )))

DIALOGUES.append(D(9, "good", "sv",
 "Good (Swedish): saving for children via ISK vs. savings account, barnbidrag; concrete numbers and consistent.",
 alt(
 "Vi har två barn, 2 och 5 år, och vill börja spara barnbidraget åt dem. Hur gör man smartast?",
 """Att spara barnbidraget är ett väldigt bra sätt att bygga upp ett startkapital till barnen. Barnbidraget är i dag 1 250 kr per barn och månad. Några saker att fundera på:

**1. Tidshorisont**
Sparandet ska räcka till 18 års ålder eller längre, alltså 13–16 år. Med så lång horisont passar **aktiefonder** bäst för större delen, eftersom sparkonto ofta inte hänger med inflationen.

**2. I vems namn?**
- **I ditt eget namn (ISK)**: du behåller kontrollen och kan bestämma när pengarna ges. Mest flexibelt.
- **I barnets namn**: pengarna blir barnets och barnet får full rätt till dem vid 18. Uttag före dess kräver i princip överförmyndarens godkännande.
Många väljer ett ISK i egen namn, märkt för respektive barn.

**3. Vad ska man köpa?**
En eller två **billiga globala indexfonder** (avgift under 0,3 %) räcker långt. Undvik dyra förvaltade barnfonder med avgifter på 1–1,5 %.

**4. Räkneexempel**
Om ni sparar 1 250 kr i månaden i 16 år med 6 % genomsnittlig årlig avkastning blir det ungefär **400 000 kr**. Det är ingen garanti, men visar hur mycket tid och ränta-på-ränta betyder.

**5. Buffert först**
Har ni ingen buffert på 2–3 månadslöner bör ni bygga den parallellt.""",
 "Hur fungerar skatten på ISK egentligen?",
 """På ISK betalar man ingen skatt på vinster eller utdelningar. I stället betalar man en schablonskatt varje år, som beräknas på kontots värde (kapitalunderlaget) och dras oftast i början av året. För 2025 är de första 150 000 kr per person (sammanlagt i ISK och kapitalförsäkringar) skattefria, och från 2026 höjs gränsen till 300 000 kr. På beloppet över gränsen blir skatten runt 0,9 % per år. För de flesta som sparar åt barnen blir skatten därför låg eller noll de första åren.""",
 "Och när femåringen fyller 18, hur tar man ut pengarna utan krångel?",
 """Om pengarna ligger i ditt eget ISK är det enkelt:
1. Sälj fonderna några månader i förväg, gärna stegvis under ett par år innan, så att ett börsras precis innan inte slår hårt.
2. Ta ut pengarna till ditt konto och för över till barnets konto.
3. En gåva från förälder till barn är skattefri i Sverige, så ni behöver inte deklarera något.

Tips: när barnen blir tonåringar kan ni visa dem sparandet och prata om hur fonder fungerar. Det blir en bra ekonomisk lektion."""
 )))

DIALOGUES.append(D(10, "good", "id",
 "Good (Indonesian): home strength training for a beginner; 3-day plan, progression, then a related sub-topic (protein) within the same goal.",
 alt(
 "Saya pekerja kantoran, 32 tahun, belum pernah olahraga rutin. Mau mulai latihan kekuatan di rumah tanpa alat. Bisa dibuatkan program?",
 """Tentu. Untuk pemula, 3 kali seminggu (misalnya Senin, Rabu, Jumat) sudah sangat cukup. Setiap sesi sekitar 30–35 menit.

**Pemanasan (5 menit)**
- Jalan di tempat 1 menit
- Putar lengan dan pinggul 1 menit
- 10 squat pelan, 10 lunge bergantian, 10 push-up dinding

**Latihan inti (3 putaran, istirahat 60–90 detik antar-latihan)**
1. **Squat** – 10–15 repetisi
2. **Push-up** – 5–10 repetisi (boleh bertumpu pada lutut atau di meja)
3. **Glute bridge** – 12–15 repetisi
4. **Row memakai handuk di pintu** atau "superman" di lantai – 10 repetisi
5. **Plank** – 20–30 detik
6. **Reverse lunge** – 8 repetisi per kaki

**Pendinginan (5 menit)**
Peregangan paha depan, paha belakang, dada, dan punggung, masing-masing 30 detik.

**Cara meningkatkan**
- Jika semua set terasa mudah dengan teknik yang baik, tambah 2 repetisi atau 1 putaran.
- Setelah 4–6 minggu, ganti ke variasi lebih sulit: push-up penuh, split squat Bulgaria dengan kaki belakang di kursi, plank 45 detik.

Yang terpenting adalah konsistensi: lebih baik 3 sesi pendek setiap minggu daripada 1 sesi panjang lalu berhenti.""",
 "Kalau otot terasa pegal 2 hari setelah latihan, itu normal?",
 "Normal. Itu disebut DOMS (delayed onset muscle soreness), biasanya paling terasa 24–72 jam setelah latihan dan makin berkurang setelah 2–3 minggu rutin. Jalan santai dan peregangan ringan membantu. Yang tidak normal adalah nyeri tajam di sendi, bengkak, atau urin berwarna gelap seperti teh; untuk itu segera periksa ke dokter.",
 "Perlu tambah protein tidak? Saya makan biasa saja, nasi, tempe, kadang ayam.",
 """Kemungkinan besar perlu sedikit ditambah. Untuk membangun otot, anjuran umumnya sekitar **1,2–1,6 gram protein per kg berat badan per hari**. Jika berat Anda 70 kg, itu sekitar 85–110 gram sehari.

Contoh sumber yang mudah:
- Tempe 100 g: ±19 g protein
- Tahu 100 g: ±8 g
- Dada ayam 100 g: ±30 g
- Telur 1 butir: ±6 g
- Susu 1 gelas (250 ml): ±8 g
- Kacang hijau matang 1 mangkuk: ±14 g

Cara praktis: pastikan ada sumber protein di **setiap kali makan**, misalnya telur saat sarapan, tempe dan ayam saat makan siang, tahu atau ikan saat makan malam. Suplemen whey tidak wajib; makanan biasa sudah cukup jika porsinya pas.""",
 "Oke, saya mulai minggu depan. Terima kasih!",
 "Sama-sama! Tips kecil: catat repetisi setiap sesi di buku atau ponsel. Setelah sebulan, melihat angkanya naik itu sangat memotivasi. Semangat!"
 )))
