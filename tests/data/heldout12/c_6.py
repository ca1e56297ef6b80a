from c_common import dlg

DIALOGUES = []

# ---------------------------------------------------------------- 026
_TOUR_QUESTIONS = """1. **How do you identify and support students with dyslexia?** Listen for screening, not just "we wait for a diagnosis".
2. **What reading instruction do you use for students who are behind?** The answer you want is a *structured literacy* approach (explicit, systematic phonics, often Orton-Gillingham-based programs such as Wilson or Barton), delivered by trained staff.
3. **Who delivers it, how often, and in what group size?** Two 20-minute sessions a week in a group of eight is very different from daily small-group or one-to-one work.
4. **What accommodations are routine?** Audiobooks, text-to-speech, extra time on tests, oral exams, not being asked to read aloud unexpectedly.
5. **How do subject teachers (science, history) know about Leo's needs?** Ask how information is shared and how consistently accommodations are applied in every class.
6. **How do you measure progress, and how often do you report it to parents?**
7. **Can we talk to a parent of a current student with dyslexia?**
8. **What happens when a student is struggling emotionally, not just academically?**"""

_TOUR_QUESTIONS_AGAIN = """1. **How do you identify and support students with dyslexia?** Listen for screening, not just "we wait for a diagnosis".
2. **What reading instruction do you use for students who are behind?** You want to hear *structured literacy* (explicit, systematic phonics, often Orton-Gillingham-based programs such as Wilson or Barton), delivered by trained staff.
3. **Who delivers it, how often, and in what group size?** Two 20-minute sessions a week in a group of eight is very different from daily small-group or one-to-one work.
4. **What accommodations are routine?** Audiobooks, text-to-speech, extra time on tests, oral exams, not being asked to read aloud without warning.
5. **How do subject teachers (science, history) know about Leo's needs?** Ask how information is shared and how consistently accommodations are applied across classes.
6. **How do you measure progress, and how often do you report it to parents?**
7. **Can we talk to a parent of a current student with dyslexia?**
8. **What happens when a student is struggling emotionally, not just academically?**"""

DIALOGUES.append(dlg(
    "m12c-026", "repetition", "en",
    "Repetition: assistant turn 5, asked what to do next after the tours, mostly re-pastes the eight tour questions from turn 2 near-verbatim instead of new guidance.",
    [
        ("""We're choosing a middle school for our son Leo, who's 11 and has dyslexia. Options: our big local public middle school, a small private school that specialises in learning differences ($28,000 a year), and a STEM magnet school his friends are going to. How should we think about this?""",
         """With dyslexia in the picture, I'd put **the quality of reading support** at the centre of the decision, and weigh everything else around it. Middle school is when reading demands jump: textbooks, multi-step instructions, essays in every subject. A student whose decoding is still shaky can fall behind in science and history, not just English.

**Key things to compare**
1. **Reading intervention.** Does the school provide evidence-based, structured literacy instruction, by trained staff, often enough to matter?
2. **Accommodations across all classes**: audiobooks, extra time, oral testing, assistive technology.
3. **Legal protections.** In a public school (including most public magnet schools), Leo is entitled to an evaluation and, if eligible, an IEP under the federal IDEA law, with legally binding services. If you choose a private school, those IDEA rights largely don't follow him: the school may be excellent, but its support is a matter of its own policy and your contract with it.
4. **Class size and pace.** Small classes make individual attention easier, but a specialised school may be less academically broad.
5. **Social life and Leo's own motivation.** Friends matter a lot at 11, and a child who feels like "the dyslexic kid" can lose confidence fast.
6. **Cost.** $28,000 a year for three years of middle school is $84,000, before any increases.

**A common pattern**: families start with the public school, make sure a strong IEP is in place, and move to a specialised school only if progress stalls. The reverse also happens when a child is far behind and needs intensive remediation for a year or two before returning.

Does Leo already have an IEP or a 504 plan?"""),
        ("""He has an IEP at his elementary school. What should we ask on the school tours about dyslexia support?""",
         """Good, that gives you a baseline to compare against. Questions to bring to each tour:

""" + _TOUR_QUESTIONS + """

Take notes right after each tour, and pay attention to *how* they answer: specific names of programs and staff are a good sign; vague reassurance ("we support all learners") is not."""),
        ("""Leo really wants the magnet school because his friends are going. How much should his preference count?""",
         """It should count, and more than many parents expect, but not as the deciding factor on its own.

**Why it matters**: at 11, motivation and belonging are huge for learning. A child who feels lonely or out of place often stops trying, and for a kid with dyslexia, who already works harder than his peers just to keep up, having friends around can be what keeps him going. Kids also cope better with a decision they feel part of.

**Why it can't decide alone**: friendships at this age shift a lot, often within the first year of middle school. And a magnet school with a fast academic pace and heavy reading load can be a hard environment if the support isn't there.

**How to involve him**
- Take him on the tours and ask him what he noticed, not just what his friends think.
- Be honest about the trade-offs in kid language: "This school is great at science, but we need to make sure they'll help you with reading."
- Give him a real say in some parts, like which clubs or electives matter to him.

If the magnet school turns out to have strong, specific dyslexia support, his preference is a good reason to choose it. If its answers on the tour are vague, his friends are not a good enough reason."""),
        ("""Would his IEP carry over if we went to the private school?""",
         """Not in the same way. An IEP is a commitment by the public school district under the federal IDEA law. If you enrol Leo in a private school by your own choice, he generally isn't entitled to the full IEP services there. The district may offer "equitable services" to privately placed students, but these are usually limited and decided by the district, not guaranteed in the IEP form.

What typically happens:
- The **private school uses its own learning plan**. A specialised school for learning differences may actually provide more intensive support than the IEP did, but it's based on their policies, not your legal rights.
- The **IEP can be reactivated** if he returns to public school; the district would review it and update it.
- Some private schools still honour **504-type accommodations** (extra time, assistive tech) as a matter of practice. Ask them to put it in writing.

If you're seriously considering private school, talk to the district's special education office first, so you know exactly what you'd give up and what they'd still offer."""),
        ("""We toured all three. The private school had a very concrete answer about structured literacy, the public school was vague, and the magnet school said Leo's IEP would be followed but couldn't say who'd deliver reading support. What should we do next?""",
         """That's a useful first impression. Before deciding, go back over the same ground with each school and make sure you have their answers to every question:

""" + _TOUR_QUESTIONS_AGAIN + """

Write their answers down side by side so you can compare them directly."""),
        ("""Thanks. We'll ask for a follow-up meeting with the magnet school's special ed coordinator.""",
         """That's a smart move. Bring Leo's current IEP and his latest reading assessment, and ask them to show you exactly how each service would be delivered there: by whom, how often and in what group size. If they can answer that clearly, the magnet school could give Leo both his friends and the support he needs."""),
    ]))

# ---------------------------------------------------------------- 027
DIALOGUES.append(dlg(
    "m12c-027", "non_answer", "en",
    "Non-answer: assistant turn 4, asked for a strong closing line, only says that a closing line matters and should be memorable, without offering one.",
    [
        ("""I'm in my university's debate society. The motion next week is "This House believes remote work does more harm than good." I'm on opposition, so I argue remote work does NOT do more harm than good. Help me with my main arguments?""",
         """Great motion, and opposition has good material. Remember your burden: you don't have to prove remote work is perfect, only that its benefits outweigh its harms. I'd build around three arguments:

**1. It widens access to good jobs.**
Remote and hybrid work open skilled jobs to people previously shut out by geography or circumstance: disabled workers for whom commuting is exhausting or impossible, carers, parents, people in regions with few employers, and people who can't afford to live in expensive city centres. Frame this as a question of fairness: the office-based model quietly favoured the young, mobile and unencumbered.

**2. It gives people back time and money.**
Commuting is one of the least-liked activities in daily life, according to wellbeing research. Removing even part of it returns hours every week, saves transport costs, and reduces emissions from daily travel. Push the proposition to explain why these gains should be dismissed.

**3. The "harms" are fixable management problems, not features of remote work.**
Isolation, weak mentoring and blurred boundaries are real, but they come from badly designed remote work, not remote work itself. Good practices (hybrid schedules, deliberate mentoring, clear core hours, in-person team days) address them. Your line: "The proposition is describing bad management and calling it remote work."

**Weighing**: tell the judges why your benefits are bigger. Access to work changes lives permanently; a weaker watercooler culture is a fixable inconvenience."""),
        ("""What will the proposition hit us with, and how do we answer?""",
         """Expect these four, roughly in order of strength:

**1. "Junior employees learn less."**
They'll cite research showing that engineers sitting near teammates received more feedback, and that the effect was strongest for juniors.
*Your response:* Concede the finding, contest the conclusion. It shows proximity *matters for mentoring*, which argues for deliberate in-person time (hybrid), not for abandoning remote work. Then weigh: a mentoring gap that can be fixed by design versus access to work for people who can't commute at all.

**2. "Innovation and collaboration suffer."**
Likely source: the Microsoft study showing networks became more siloed during company-wide remote work.
*Response:* That was 2020, during a pandemic, with no preparation. It tells us about emergency remote work, not well-designed remote work.

**3. "Loneliness and mental health."**
*Response:* Loneliness has many causes; for many people the commute and the open-plan office were a mental-health cost too. Flexibility lets people choose what works for them.

**4. "City centres and local businesses die."**
*Response:* Spending hasn't vanished, it has moved to local high streets and neighbourhoods where people live. That's a shift, not a harm.

General tactic: make them defend their *mechanism*. Every time they say "remote work causes X", ask whether it's remote work or poor implementation."""),
        ("""I'm the second opposition speaker and I have 4 minutes. How should I structure it?""",
         """As second opposition, you rebut the proposition's case, rebuild your partner's, and add new material. A four-minute plan:

**0:00–0:20 | Roadmap.** "I'll respond to their claims about mentoring and innovation, rebuild our case on access, and bring a new argument on productivity evidence."

**0:20–1:50 | Rebuttal (90 seconds).** Take their two strongest points. For each: state it fairly in one sentence, give your response, and weigh ("even if that's true, it matters less than...").

**1:50–2:40 | Rebuild (50 seconds).** Restate your partner's main argument and answer the attacks it received.

**2:40–3:40 | Extension (60 seconds).** Your new argument, for example the hybrid evidence: large studies find hybrid work reduces resignations while keeping productivity roughly unchanged. That's a direct challenge to "more harm than good".

**3:40–4:00 | Summary and close.** Two sentences on why opposition wins, then your closing line.

Tips: signpost clearly ("My second response..."), accept one point of information around the middle, and keep an eye on the time signals."""),
        ("""Perfect. Can you give me a strong closing line to finish the speech?""",
         """A strong closing line is one of the most important parts of any debate speech. It's the last thing the judges and the audience will hear from you before the next speaker stands up, so it really needs to land. You want it to be memorable and to leave everyone in the room thinking about your side of the motion as you sit down. It's well worth putting some real thought into getting the ending of your speech exactly right."""),
    ]))

# ---------------------------------------------------------------- 028
DIALOGUES.append(dlg(
    "m12c-028", "good", "en",
    "Good: five-turn job-coach mock interview for a hospital project coordinator role; realistic questions, specific feedback with improved answers, a short final reply.",
    [
        ("""Can you be my job coach and run a mock interview? It's for a Project Coordinator job at a regional hospital. I've been an office administrator at a logistics company for four years. Ask me one question at a time and give me feedback.""",
         """Absolutely. I'll play the hiring manager first, then step out to give feedback after each answer.

A few quick notes before we start: project coordinator interviews usually focus on organisation, communication with many stakeholders, and handling competing priorities. Hospitals add a layer: patient safety, clinical staff who are very busy, and regulation. Keep that in mind.

*Interview starts.*

"Thanks for coming in today. To begin, could you tell me a little about yourself and why you're interested in this role?\""""),
        ("""Um, so I've worked at a logistics company for four years as an office admin. I do a lot of scheduling and stuff. I want to move into healthcare because it seems more meaningful and I want to grow.""",
         """*Stepping out of the interview.*

Good that you were honest and short, but this answer undersells you. Three problems:
1. **"Scheduling and stuff"** is vague. The interviewer learns nothing about your skills.
2. **No evidence.** You didn't give a single example or number.
3. **"More meaningful"** is fine, but without a link to the job it sounds generic.

Use a **present – past – future** structure, about 60–90 seconds:

> "I'm currently an office administrator at Northline Logistics, where for the past four years I've been the person who keeps operations running: I coordinate schedules for a team of 35 drivers and warehouse staff, manage supplier contracts, and last year I organised the move of our dispatch office to a new site without any downtime. *(present)*
>
> Over those four years I've grown from handling the front desk to running most of the office's day-to-day logistics, which taught me to stay calm when several urgent things happen at once. *(past)*
>
> I'm applying for this role because I want to use those coordination skills where the work directly affects people's health. Your hospital's new outpatient wing project really caught my attention, and I'd love to help projects like that run smoothly. *(future)*"

Adapt the details to your real experience; the point is concrete facts and a link to *their* work.

*Back in the interview.*

"Thanks. Can you tell me about a time you had to manage several competing priorities at once? How did you decide what came first?\""""),
        ("""Last December we had three things at once: the office move, year-end invoicing, and two drivers off sick. I made a list, asked my manager what was most urgent, moved the office move by a week, and got a temp for invoicing. Everything got done.""",
         """*Stepping out.*

Much better! That's a real example with a clear outcome. Score: about **7/10**. To get to 9 or 10, use the full **STAR** structure (Situation, Task, Action, Result) and make your own judgement more visible.

What's missing:
- **Your reasoning.** "Asked my manager what was most urgent" is sensible, but interviewers want to see that *you* can prioritise. Explain the criteria you used: deadlines, impact, what could be delegated.
- **The result in numbers.** "Everything got done" → "Invoices were sent by December 20, and the move was completed a week later with no missed deliveries."
- **A link to the role.** One sentence connecting it to the hospital.

Improved version:

> "Last December I had the dispatch office move, year-end invoicing, and two drivers off sick, all in the same fortnight. *(Situation)* I was responsible for keeping operations running. *(Task)* I listed everything with its deadline and impact: driver cover couldn't wait because deliveries were at risk; invoicing had a fixed deadline but could be partly delegated; the move had some flexibility. I proposed a one-week delay to the move to my manager, found two agency drivers within a day, and brought in a temp for data entry while I checked the invoices. *(Action)* All invoices went out by December 20, no deliveries were missed, and the move happened a week later without disruption. *(Result)* In a hospital, I know priorities like patient safety would always come first, and I'd use the same approach of being clear about impact and deadlines."

*Back in the interview.*

"Why do you want to work at this hospital specifically?\""""),
        ("""Honestly I don't know much about them. What should I say?""",
         """*Stepping out.* Then that's your homework before the real interview, because this question comes up almost every time, and "I don't know much" is the one answer that hurts. Spend an hour on:

1. **The hospital's website:** mission statement, "about us", annual report or strategy documents. Look for current projects: new buildings, digital records upgrades, new services.
2. **Recent news:** search the hospital's name in local news for the last 12 months. Expansions, awards, community programmes.
3. **The job ad itself:** which projects or departments does it mention?
4. **LinkedIn:** look up the hiring manager and the project team. What have they posted about?
5. **Patient reviews and community role:** is it a teaching hospital, a trauma centre, known for a particular specialty?

Then build a three-part answer: **one specific thing about them** ("your new outpatient wing opening next year"), **why it matters to you** ("I like the idea of helping the community get care closer to home"), and **what you'd bring** ("coordinating a move and a build-out is exactly the kind of work I've done on a smaller scale").

Specific beats enthusiastic: one real detail shows more interest than any number of "I've always admired your hospital"."""),
        ("""Last question: what should I ask them at the end?""",
         """Have three ready, and ask two:

- "What would success look like in this role after six months?"
- "Which projects would I be working on first?"
- "How does the project team work with the clinical staff day to day?"
- "What do you enjoy most about working here?"

Avoid salary and holidays in the first interview unless they raise it."""),
    ]))

# ---------------------------------------------------------------- 029
DIALOGUES.append(dlg(
    "m12c-029", "off_topic", "en",
    "Off-topic: the blacksmith-apprentice role-play is interrupted in turns 3-4 by an unrelated laptop Wi-Fi troubleshooting exchange that takes over the middle of the dialogue.",
    [
        ("""Role-play: you're Master Godric, a blacksmith in a market town in 1420, and I'm your new apprentice on my first morning. Give me orders, teach me the trade, stay in character.""",
         """*Godric looks you up and down, then tosses you a leather apron.*

So you're the lad your father promised me. Seven years you're bound to this forge, and you'll start where every smith starts: at the bottom.

First task: the fire. Clear the ash from the hearth, down to the grate, and carry it out back. Then fetch charcoal from the shed, two baskets, and mind you don't crush it, broken charcoal burns too fast. When that's done, work the bellows slow and steady till the coals glow orange, not yellow.

Do it well and by noon I'll let you hold the tongs. Do it badly and you'll be sweeping till Michaelmas. Go on!"""),
        ("""*I come back with the charcoal.* "Master, how do you know when the iron's hot enough to work?\"""",
         """*Godric pulls a bar from the fire with the tongs and holds it up.*

By its colour, boy. Look at it, not at the flames. Dull red: too cold, you'll crack it if you strike hard. Cherry red, like this: good for bending and light work. Orange to yellow: that's forging heat, when the iron moves under the hammer like wax. Go past that, to white with sparks spitting off it, and you're burning the iron, and it's ruined.

That's why a smithy is kept dim. In bright sunlight you can't judge the colour right. Now watch my hammer, not my mouth."""),
        ("""Sorry, random question out of character: my laptop keeps dropping the Wi-Fi connection every few minutes, but my phone is fine on the same network. How do I fix that?""",
         """If the phone stays connected on the same network, the problem is most likely on the laptop's side. Work through these, roughly from quickest to most involved (Windows steps, with Mac notes where different):

1. **Restart the laptop and the router.** Unplug the router for 30 seconds. It fixes a surprising number of dropouts.
2. **Forget the network and reconnect.** Settings → Network & Internet → Wi-Fi → Manage known networks → select it → Forget, then rejoin.
3. **Update the Wi-Fi driver.** Device Manager → Network adapters → your wireless adapter → Update driver. Better still, download the latest driver from the laptop maker's or the chip maker's (e.g. Intel's) support site, since Windows Update often has older versions.
4. **Stop Windows from powering down the adapter.** In Device Manager, open the adapter's properties → Power Management tab → untick "Allow the computer to turn off this device to save power". Also set the power plan to "Best performance" while plugged in.
5. **Check the band.** If your router broadcasts one combined name for 2.4 GHz and 5 GHz, the laptop may be bouncing between bands. Try giving them separate names temporarily and connect to one.
6. **Run the network troubleshooter** (Settings → System → Troubleshoot) and, if needed, Network reset, which reinstalls adapters.
7. **On a Mac:** remove the network under System Settings → Wi-Fi, and check for macOS updates.

If none of that helps, test with a cheap USB Wi-Fi adapter: if it stays connected, the built-in card may be faulty."""),
        ("""Thanks. Would moving the router help too? It's in a cupboard in the hallway.""",
         """Quite possibly, yes. Wi-Fi signals are weakened by walls, doors and especially by being enclosed: a cupboard, particularly one with electrical equipment, a boiler or metal shelving, can cut the signal noticeably.

Better placement:
- **Central and open**, ideally at chest height or higher, on a shelf rather than the floor.
- **Away from** microwaves, cordless phone bases, baby monitors, fish tanks and large mirrors or metal objects.
- **Antennas**, if it has external ones, pointing in different directions (one vertical, one horizontal) helps devices at different angles.

If you can't move it because that's where the line comes in, a mesh system or a single access point placed in the main living area usually solves coverage problems for a reasonable price."""),
        ("""Okay, back to the forge. *I pick up the tongs.* "What do I make first, Master?\"""",
         """*Godric grunts, almost approving.*

Nails. Every apprentice starts with nails. A town needs thousands, and there's no better way to learn heat, hammer and rhythm. Take that thin rod. Heat the end to orange, draw it to a point on the anvil's edge, cut it nearly through on the hardy, set it in the heading tool, snap it off, and strike the head flat with four blows. Four, not ten.

Make me fifty before the church bell rings noon. The first twenty will be crooked. Throw them in the scrap bucket and don't let me see you sulk."""),
    ]))

# ---------------------------------------------------------------- 030
DIALOGUES.append(dlg(
    "m12c-030", "good", "en",
    "Good: three-turn first-marathon race-day and recovery advice; long specific replies with correct pace math (4:30 goal = 6:24/km, 2:15 half), consistent throughout.",
    [
        ("""My first marathon is on Sunday! Training went well, my longest run was 32 km, and I'm aiming for 4:30. How should I pace it?""",
         """Congratulations on getting to the start line healthy, that's the hardest part of the whole project!

**The numbers:** a 4:30 marathon is **6:24 per km** on average, which puts you through halfway (21.1 km) at **2:15:00**.

**A pacing plan for a first marathon**
- **0–5 km: 6:35–6:40/km.** Deliberately slower than goal. Adrenaline and the crowd will make goal pace feel ridiculously easy, and the first 5 km are where most first-timers ruin their race. You'll lose about a minute here, and that's fine.
- **5–30 km: settle into 6:20–6:24/km.** This should feel comfortable and controlled, "I could do this for a long time". Check in every 5 km: breathing relaxed, shoulders loose, able to say a short sentence.
- **30–38 km: hold on.** Goal pace will start to feel like effort. Focus on form and the next kilometre only.
- **38–42.2 km: whatever you have left.** If you feel good, now is the time to speed up.

Aim for roughly even or slightly negative splits: a second half equal to or a bit faster than the first.

**Practical tips**
- **Don't chase your watch's average pace.** GPS usually measures slightly long in big races (weaving, tall buildings), so your watch may say 42.6 km at the finish. Use the official kilometre markers to check your real pace, or a printed pace band.
- **Run the tangents**, the shortest line through curves, when it's safe.
- **On hills, run by effort, not pace.** Slow down uphill, don't sprint down.
- **Stick to your fuelling plan** from training, starting early, before you feel you need it.

And if the day is hot, adjust: add 10–20 seconds per kilometre and let the goal go. A finish is the real goal of a first marathon."""),
        ("""What do I do if I hit the wall around 32 km?""",
         """First, it's much less likely if you start conservatively and fuel consistently, because "the wall" is largely running out of stored glycogen. But if it happens, or if it simply gets very hard, here's what to do:

**Prevent it in the first 30 km**
- Take your gels on schedule from the first 40–45 minutes, even if you feel great. Fuel taken at 25 km is what powers you at 35 km.
- Drink to thirst at aid stations; take electrolytes if it's warm.

**If you feel it coming**
1. **Take a gel immediately**, with water. Sugar reaches the blood within minutes, and even rinsing carbohydrate in your mouth can give a noticeable lift.
2. **Slow down by 20–30 seconds per km** rather than stopping. A controlled slow pace costs far less time than a full stop.
3. **Walk the aid stations if you need to.** A planned 20–30 second walk while drinking is completely fine, and then run again. The key is choosing when to walk, not letting your legs decide.
4. **Shrink the race.** Don't think "10 km to go". Think "to the next aid station" or "to that lamp post". Count to 100 steps and start again.
5. **Check your form.** Tall posture, relaxed hands and shoulders, quick short steps. Fatigue makes you hunch, which makes everything harder.
6. **Use mantras and the crowd.** Have a phrase ready, like "Strong and steady". Read the spectators' signs. High-five kids. It genuinely helps.

**When to stop:** chest pain, dizziness, confusion, or a sharp pain that changes your stride are reasons to see the medical team. Being tired and miserable is not; that's the marathon."""),
        ("""And after the race, how should I recover? I'd like to get back to running soon.""",
         """Give yourself real recovery time. A marathon causes muscle damage, depletes your energy stores and stresses your immune system, even if you feel fine after a couple of days.

**Right after the finish**
- Keep walking for 10–15 minutes; don't just sit down.
- Drink, and eat something with carbs and protein within an hour (chocolate milk, a sandwich, a recovery bar).
- Get warm and dry. You'll cool down fast.

**Days 1–3**
- No running. Short walks help the soreness; so can an easy swim or gentle cycling from day 2 or 3.
- Stairs will hurt, especially going down. That's normal muscle soreness (DOMS), which peaks around 24–72 hours.
- Sleep a lot and eat well. Skip the deep-tissue massage for a few days; light massage is fine.

**Days 4–7**
- If the soreness is gone, one or two very easy 20–30 minute runs at most.

**Week 2**
- Three or four easy runs, 30–45 minutes. No speed work.

**Weeks 3–4**
- Gradually build back toward your normal training. A common rule of thumb is about one easy day for every mile raced, so roughly 3–4 weeks before hard workouts or racing again.

**Watch for warning signs**: pain in one specific spot (especially shin, foot or hip) that hurts more when you run or press on it can be a stress injury, so get it checked rather than running through it.

And take a moment to celebrate. You'll be a marathoner on Sunday evening, whatever the clock says."""),
    ]))
