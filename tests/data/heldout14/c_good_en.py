from c_common import H, G, D

GOOD_EN = []

# --- murder mystery role-play ---
GOOD_EN.append(D(
"good", "en",
"Good: consistent in-character murder-mystery role-play over six turns; clues, times and names stay coherent and the reveal matches them.",
H("""
Let's play a mystery game. You are Thompson, the butler at Ashcombe Manor, in the autumn of 1926. Lord Ashcombe was found dead in his library tonight. I'm Inspector Hale from Scotland Yard. Stay in character, give me clues when I ask the right questions, and don't reveal the culprit unless I work it out. Ready?
"""),
G("""
*Thompson straightens his waistcoat and opens the front door wider.*

Good evening, Inspector. Thank you for coming out so late, and in this rain. I am Thompson, sir. I have served the Ashcombe family for twenty-two years, first under the old Lord and then under his Lordship... under the late Lord Ashcombe, I should say.

His Lordship was found in the library at twenty minutes to twelve by Edith, the housemaid, who had gone in to see to the fire. She screamed, sir, and I was there within the minute. He was at his desk. I did not touch him beyond confirming there was nothing to be done, and I locked the library door and have kept the key on my person since.

There are four others staying in the house tonight: her Ladyship, Lady Margaret; his Lordship's nephew, Mr. Gerald Ashcombe, who arrived from London on Thursday; Dr. Pryce, the family physician, who dined with us; and Miss Clara Vane, his Lordship's secretary. The staff are myself, Edith, and Mrs. Dawes, the cook. Everyone is assembled in the drawing room, as your constable asked.

Where would you like to begin, Inspector?
"""),
H("""
Start with you, Thompson. When did you last see Lord Ashcombe alive, and what was he doing?
"""),
G("""
At a quarter past ten, sir. His Lordship rang for his brandy, as he did most evenings, and I brought it to the library myself.

He was seated at the desk, writing a letter. He covered the page with his hand when I came in, which was not his habit; he was usually quite indifferent to my presence. He seemed agitated, sir. He had loosened his collar, and he asked me, rather sharply, to see that he was not disturbed for the rest of the evening, not even by her Ladyship.

I set the brandy on the corner of the desk, saw that the fire was drawing well, and checked the French window onto the terrace, because of the rain. It was closed and latched at that time; I am certain of it, because I tried the handle. Then I withdrew.

If I may say so, Inspector, I have only seen his Lordship write with his hand over the page once before, and that was eleven years ago, when he altered his will after a quarrel with his brother, Mr. Gerald's father.
"""),
H("""
Interesting. Who was where between 10:15 and 11:40? Including you.
"""),
G("""
As best I know it, sir:

- **Lady Margaret and Dr. Pryce** were in the drawing room playing piquet. I brought them coffee at half past ten and again at eleven, and they were there both times. Edith passed through at about twenty past eleven and says they were still at cards.
- **Miss Vane** retired at half past ten, saying she had a headache. Her room is above the morning room. Mrs. Dawes saw her light still burning when she went out to the coal store around eleven.
- **Mr. Gerald** said after dinner that he would knock the balls about in the billiard room on his own. The billiard room is at the end of the east corridor, sir, and it has its own door onto the garden.
- **Myself and Mrs. Dawes** were in the pantry from about twenty to eleven, polishing the silver for Sunday. She can vouch for me, and I for her.

There is one small thing, Inspector, though I may be making too much of it. The pantry shares a wall with the billiard room passage. I could hear the click of the balls from time to time while we worked. I remember hearing them at about ten to eleven, because the kitchen clock had just chimed the three-quarter hour. After that... I do not believe I heard them again. But Mrs. Dawes was talking a good deal, sir, and I cannot swear to it.
"""),
H("""
Take me to the library. I want to examine the room. What do I see?
"""),
G("""
*Thompson unlocks the door and stands aside.*

Here you are, sir. Nothing has been moved.

His Lordship is slumped forward over the desk. There is a wound to the back of his head; Dr. Pryce looked at him briefly and said it was a heavy blow, struck from behind. The brass poker from the fireplace set is lying on the hearthrug, some six feet from the desk.

On the desk:
- The brandy glass, still half full. His Lordship never left a brandy half drunk, sir.
- His fountain pen, uncapped.
- The blotter. There is no letter anywhere on the desk; whatever he was writing is gone. But the blotter is fresh, and if you hold it to the lamp you can read part of it backwards: *"...intend to see Harwood on Monday to change my will, and you will..."* Mr. Harwood is the family solicitor.

Elsewhere:
- The French window is **unlatched** and standing an inch open. There is mud on the carpet just inside it, and a little water.
- In the fireplace, among the coals, there are scraps of burnt paper. One corner survived, with part of the Ashcombe crest.
- The mantel clock has stopped at **five minutes to eleven**. Its glass is cracked, as if it were knocked when someone reached for the poker.

Shall I fetch anyone, sir?
"""),
H("""
The blotter and the billiard room are what interest me. Bring me Gerald's shoes from tonight, and take me to the billiard room. What state is it in?
"""),
G("""
*Thompson returns some minutes later, holding a pair of evening shoes by the heels.*

Mr. Gerald's shoes, sir. Edith collected them from outside his door for cleaning; he changed into his slippers before joining the others in the drawing room, shortly after half past eleven. As you see, the soles are wet and there is mud caked along the welts. Garden mud, sir, the same reddish clay as the terrace beds. One would not pick that up walking the corridors.

And this way to the billiard room.

*He opens the door at the end of the east corridor.*

The lamp over the table is still lit. The balls are scattered mid-game, with the red resting against the cushion, and a cue lies across the table rather than in the rack, which Mr. Gerald is usually particular about. The door onto the garden is closed but not bolted, sir. I bolt it myself every evening at ten, and I did so tonight. Someone has drawn it back since.

On the mat inside the garden door there are two sets of wet prints, one going out and one coming in. Both, I should say, are the size of the shoes I am holding.

And, Inspector, the path from this door runs along the terrace directly to the library's French window. It is perhaps forty yards.
"""),
H("""
I'm ready to name the killer. Gerald left the billiard room just after 10:45, when you last heard the balls. He went out by the garden door, along the terrace and in through the French window, which his uncle must have opened for him. He saw the letter about changing the will, they argued, and he struck him with the poker around 10:55, knocking the clock. He burned the letter, went back the way he came, and joined the others in slippers. Am I right?
"""),
G("""
*Thompson is silent for a moment, then inclines his head.*

I believe you are, sir. And I believe Mr. Gerald knows it, too. When your constable went to the drawing room just now to ask him to step out, he did not ask why. He only asked whether he might finish his cigarette.

*Stepping out of character for a moment:*

Well solved, Inspector Hale. Your reconstruction matches every clue I planted:

1. **Motive:** the blotter showed Lord Ashcombe meant to change his will on Monday, and the butler mentioned the last rewrite followed a quarrel with Gerald's father. Gerald stood to lose his inheritance.
2. **Timing:** the billiard balls fell silent at about 10:45 and the clock stopped at 10:55.
3. **Route:** the bolted garden door found unbolted, the wet prints going out and in, the muddy shoes, and mud by the French window, which had been latched at 10:15.
4. **Access:** the window was opened from inside, so Lord Ashcombe let his nephew in himself, which fits a man he expected to confront.
5. **Cover-up:** the burnt paper with the crest, and the change into slippers.

The alibis were the red herrings: Lady Margaret and Dr. Pryce vouch for each other, and Miss Vane's lit window kept her in play without clearing her.

Want another case? I can make the next one harder, with an unreliable witness.
""")
))

# --- nursing mock interview ---
GOOD_EN.append(D(
"good", "en",
"Good: mock RN interview; assistant asks one question at a time, gives specific, correct feedback (STAR, ABC prioritisation) and useful closing questions.",
H("""
I have an interview on Thursday for a med-surg RN position at a community hospital. I graduated eight months ago and I've been working in a nursing home since. Can you run a mock interview? Ask me one question at a time and give me feedback after each answer.
"""),
G("""
Happy to. I'll play the nurse manager on the panel. After each of your answers I'll step out briefly, tell you what worked and what to tighten, and then ask the next question. Answer the way you would out loud, even if it's imperfect; that's the point of practising.

A few things to keep in mind as we go:
- Med-surg managers are mostly listening for **safety, prioritisation, teamwork and teachability**, especially from a newer grad.
- Your nursing-home experience is an asset: medication passes for 20+ residents, wound care, recognising subtle changes in frail older adults, and communicating with families. Lean on it.
- For "tell me about a time..." questions, use **STAR**: Situation, Task, Action, Result. Keep it to about 60-90 seconds.

Let's begin.

**Question 1:** "Thanks for coming in. Tell me a little about yourself and why you're interested in med-surg."
"""),
H("""
Um, I graduated from Westfield College in May, I passed my NCLEX in July, and I've been working at Maple Grove nursing home. I like it but I want more acute care experience and I think med-surg is a good foundation. I'm a hard worker and I like learning.
"""),
G("""
**Feedback:** Good bones: you gave your timeline and a clear reason for wanting the job. Three things would make it much stronger.

1. **Drop the filler and lead with identity.** Start with "I'm a registered nurse with eight months of experience in long-term care" rather than the graduation date. It frames you as a nurse, not a student.
2. **Replace adjectives with evidence.** "Hard worker" is something every candidate says. Swap in one concrete detail: how many residents you care for on a shift, or a skill you've built.
3. **Connect your reason to them.** Say why med-surg *at this hospital*: their preceptor programme, patient population, or reputation.

A stronger version, about 45 seconds:

> "I'm a registered nurse; I passed the NCLEX in July and I've spent the last eight months at Maple Grove, where I'm responsible for 22 residents on day shift. I've got strong with med passes, wound care and catching early changes, like a UTI presenting as new confusion. I'm applying for med-surg because I want to build acute-care skills like post-op care and managing IV therapy on a wider range of patients, and your twelve-week preceptorship is exactly the structured start I'm looking for."

(Check that the preceptorship length is right for this hospital before you use it.)

**Question 2:** "Tell me about a time you noticed a change in a patient's condition. What did you do?"
"""),
H("""
Okay. Last month one of my residents, an 84-year-old woman, was more sleepy than usual at lunch and didn't want to eat. Her vitals were temp 38.1, HR 104, BP 102/60, which was low for her because she usually runs 130s. I told my charge nurse and called the on-call doctor using SBAR. They sent her to the ER and she had urosepsis. She came back after five days.
"""),
G("""
**Feedback:** This is an excellent answer; it's the kind of story managers remember. You noticed a subtle change, you compared it with her baseline, and you escalated with a structured handoff. That shows exactly the clinical judgement they hope a new grad has.

To make it land even better:
- **Name the task and the stakes** in one sentence: "I recognised the signs could mean sepsis, which in an older adult can go downhill fast."
- **Show your own actions a bit more.** Did you recheck the vitals, check her intake and output, look at her urine, or check her mental status against baseline? Even one detail ("I rechecked her BP manually and it was 100/58") shows thoroughness.
- **End with a reflection.** "It taught me that in older adults, fatigue or poor appetite can be the first sign of infection, and I use that on every shift now." Reflection signals teachability.

**Question 3:** "It's 0800. You have four patients. One is complaining of new chest pain. One is due for scheduled insulin before breakfast. One is asking for pain medication, pain 6 out of 10. One is post-op day one and needs to walk. Who do you see first, and why?"
"""),
H("""
The chest pain patient first, because it could be cardiac and it's a potential airway, breathing or circulation problem. I'd get vitals, an ECG per protocol, and notify the provider. Then the insulin, because breakfast trays come soon, then pain meds, then ambulation.
"""),
G("""
**Feedback:** Correct, and you justified it the right way: new chest pain is an unstable, potentially life-threatening circulation problem, so it comes first under the ABCs. Mentioning vitals, an ECG per protocol and notifying the provider shows you know the first steps and the chain of communication.

Two refinements that interviewers like:
- **Say what you'd delegate.** A newer nurse who thinks about the team stands out: "While I'm assessing the chest pain patient, I'd ask the CNA to bring the post-op patient's walker and ambulate with them if they're cleared, and I'd ask another nurse or the charge nurse to cover the insulin if I'm tied up."
- **Show awareness of the insulin timing.** Check the blood glucose first and time rapid-acting insulin to when the tray actually arrives. Giving it and then having the tray delayed is a classic hypoglycaemia risk.

The pain medication is appropriately third. Pain of 6 out of 10 matters, but it is not unstable. Just say you'd tell the patient you'll be there in a few minutes, which keeps their trust.

We'll do one more behavioural question after this if you like, but first: in real interviews they almost always end with "Do you have any questions for us?" Want to practise that part?
"""),
H("""
Yes, what questions should I ask them at the end?
"""),
G("""
Aim to ask two or three, chosen from these. They show you're thinking about safety, support and growth, which is exactly the image you want:

1. **"What is the typical nurse-to-patient ratio on days and on nights?"** On med-surg, 1:4 to 1:6 is common. The answer tells you a lot about workload.
2. **"What does orientation look like for a nurse with my background? How long is it, and will I have a consistent preceptor?"** A consistent preceptor for most of your orientation is a very good sign.
3. **"How does the unit support new nurses after orientation ends?"** Listen for a residency programme, check-ins, or an approachable charge nurse.
4. **"What are the most common diagnoses and surgeries you see on this floor?"** It helps you prepare and shows genuine clinical curiosity.
5. **"How does the team handle a rapid response? Does the unit have its own team or a house-wide one?"** It signals safety awareness.
6. **"What do the nurses who do best here have in common?"** Managers like this one, and the answer tells you what they value.

Avoid leading with pay, schedule flexibility or time off. Those matter, but they're better raised with HR or after an offer.

One last tip for Thursday: bring a short written list of your questions. Glancing at a notepad is perfectly professional, and it means nerves won't make you forget them. You're in a strong position; your sepsis story in particular is a real asset, so make sure you get to tell it.
""")
))

# --- career change teacher -> UX research ---
GOOD_EN.append(D(
"good", "en",
"Good: career-change conversation (teacher to UX research) mixing realistic labour-market advice, a concrete 12-month plan, resource costs and emotional reassurance.",
H("""
I'm 38 and I've taught high school English for 12 years. I'm seriously thinking about moving into UX research. Everyone around me says I'm crazy to walk away from a teaching pension. Is this realistic or am I kidding myself?
"""),
G("""
It's realistic, but it isn't easy right now, and both halves of that matter.

**Why it's realistic for you specifically**
UX research is mostly about understanding people: planning studies, interviewing users without leading them, spotting patterns in messy qualitative data, and explaining findings clearly to people who didn't ask for them. Twelve years of teaching gives you more of that than you may think:
- You've run thousands of hours of "sessions" with people who don't want to be there, and you read confusion and disengagement in real time.
- You design learning experiences and revise them based on what didn't work, which is iteration.
- You grade and synthesise written work at scale, and you explain complex ideas to mixed audiences (students, parents, administrators).
Former teachers are genuinely common in UX research and in the neighbouring field of instructional design.

**Why it's hard right now**
The tech job market tightened sharply after the 2022-2023 layoffs. Entry-level UX roles now attract many applicants, including experienced people who were laid off. Career changers who land jobs usually have a portfolio of real studies, some kind of network, and often a bridge role rather than a cold application to "Junior UX Researcher" postings.

**About the pension**
You don't need to decide that today. A smarter move is to test the field while still teaching. Your summers and evenings are an advantage most career changers don't have. If after 6-12 months of real projects you love the work and have traction, the decision gets much clearer, and you can find out exactly what your pension looks like if you leave at 12 years versus later.

So, not crazy. Just do it in a way that lets you find out cheaply before you jump.
"""),
H("""
What would a realistic plan look like if I keep teaching for one more school year?
"""),
G("""
Here's a plan that fits around a teaching schedule, roughly 6-8 hours a week during term and more in the summer.

**Months 1-2 (Sep-Oct): Learn the fundamentals**
- Read *Just Enough Research* by Erika Hall and *Interviewing Users* by Steve Portigal.
- Learn the core methods: user interviews, usability testing, surveys, card sorting, and affinity mapping for synthesis.
- Start a simple note on "things I do as a teacher that are research": you'll need that language for your CV.

**Months 3-5 (Nov-Jan): First real study**
- Pick a real product with real users you can reach. Your school's learning platform is perfect: interview five teachers and run usability tests with five students (with permission).
- Write it up as a case study: the problem, your method, what you found, what you'd recommend, and what you'd do differently.

**Months 5-7 (Feb-Apr): Second and third studies**
- Do one for a small non-profit or local business: a survey plus interviews about their website or sign-up process. Volunteer platforms and local networks are good sources.
- Make the third one quantitative, with a survey of 100+ responses, so you show range.

**Months 6-9 (Mar-Jun): Network and apply strategically**
- Go to local UX meetups or the online communities around ResearchOps and Mixed Methods. Ask for 20-minute chats, not jobs.
- Target bridge roles: UX research at education-technology companies (your domain knowledge is gold there), research operations, customer insights, or instructional design.

**Summer: Decision point**
By July you'll have 3 case studies, a dozen conversations, and some application results. If you have an offer, or strong interviews, you move. If not, you teach another year with a much better portfolio, and no bridges burned.
"""),
H("""
Bootcamps cost $10,000 to $15,000. Are they worth it?
"""),
G("""
For you, probably not, at least not as the first step.

**What bootcamps give you:** structure, deadlines, feedback from instructors, a cohort, and sometimes a career-services team. Those are real benefits if you struggle to self-direct.

**Why I'd hesitate:**
- Most well-known bootcamps focus on UX/UI *design*, with research as one module. You'd be paying for a lot of Figma and visual design training you don't need for a research path.
- Hiring managers increasingly say bootcamp portfolios look alike: the same assignment, the same templated case study. A study you ran on your own school's platform stands out more.
- Job guarantees usually come with conditions (applying to a set number of jobs per week, relocating) that are hard to meet while teaching.

**Cheaper options that cover the same ground:**
- **Google UX Design Certificate** on Coursera, about $49 a month; most people take 3-6 months. It's design-heavy too, but a cheap way to learn the vocabulary.
- **Nielsen Norman Group** articles and videos are free and are the industry's reference on usability. Their paid courses are excellent but pricey, so only take one if an employer will pay.
- The two books I mentioned, about $60 together.
- **Mentorship:** ADPList offers free sessions with working UX researchers. Book a few to have your case studies reviewed.

If after two or three months of self-study you find you really need structure and accountability, look at shorter, research-specific courses in the $500-$2,000 range before committing to a five-figure bootcamp.

And keep your money: a financial cushion will matter more when you make the actual move.
"""),
H("""
Honestly, I'm scared. I'm good at teaching. I'd be a beginner again, and what if I'm not good at this?
"""),
G("""
That fear makes complete sense, and it's worth saying clearly: being scared doesn't mean it's the wrong choice. It means you're leaving something you've mastered, and that always costs something.

A few things that might help:

**You wouldn't be a beginner at everything.** You'd be new to the tools and the vocabulary, but not to the hard part of the job, which is understanding people and explaining what you learned. Most new researchers struggle with running a calm interview, handling a stakeholder who hates the findings, or writing something people actually read. You've done versions of those every week for twelve years.

**Remember your own first year of teaching.** You probably weren't good at it either. Your classroom management was shaky and your lesson plans ran long. You got good because you kept at it and reflected. That's the same process, and you already know you can do it.

**The plan is the safety net.** You aren't jumping off anything. You're running an experiment with your evenings for a year. If you run that first study and find you don't enjoy it, that's useful information, not failure, and you keep a career you're good at.

**"What if I'm not good at it?" has an answer you can find.** After your first study, ask a working researcher on ADPList to review it honestly. Feedback will tell you much more than worrying will.

And one last thing: it's also completely legitimate to decide in a year that you'd rather stay in teaching, or move into something adjacent, like instructional design or curriculum work. Exploring this doesn't commit you to anything. It just means you'll know.
""")
))

# --- plantar fasciitis ---
GOOD_EN.append(D(
"good", "en",
"Good: health consultation on heel pain; accurate information on likely plantar fasciitis, home care, activity modification, red flags and when to seek care.",
H("""
I've had sharp pain in my right heel for about three weeks. The first few steps in the morning are agony, then it eases up after 10 minutes or so, but it comes back if I've been sitting for a while. I'm 45 and I started walking 10,000 steps a day about two months ago, mostly in old flat sneakers. What's going on?
"""),
G("""
What you describe is the textbook pattern of **plantar fasciitis**, the most common cause of heel pain in adults. I can't examine you, so take this as information rather than a diagnosis, but the features fit closely:

- **Pain at the bottom of the heel**, often toward the inner side.
- **"First-step" pain** in the morning or after sitting, which eases as you move. The plantar fascia, a thick band of tissue running from your heel to your toes, tightens overnight and gets stretched suddenly when you stand.
- **A recent jump in load.** Going from your usual activity to 10,000 steps a day, in worn, flat shoes with little cushioning or arch support, is a very typical trigger. Age 40-60 is the peak range.

Other things that can cause heel pain and that a clinician would consider:
- **Achilles tendinopathy:** pain is at the back of the heel rather than underneath.
- **Heel fat pad syndrome:** a deep bruise-like pain in the centre of the heel, worse on hard floors.
- **A stress fracture of the heel bone:** pain that worsens the more you walk instead of easing, and tenderness when the sides of the heel are squeezed.
- **Nerve entrapment** (for example tarsal tunnel syndrome): burning, tingling or numbness.

**See a doctor promptly if you have** numbness or tingling, swelling or redness, fever, pain at night or at rest, pain after a fall or injury, or pain in both heels together with joint pain elsewhere.

The good news: plantar fasciitis usually responds well to simple measures, and most people recover without procedures.
"""),
H("""
What can I do at home to fix it?
"""),
G("""
Home treatment works for most people. The key is doing several things consistently for weeks, not one thing for a few days.

**1. Stretch the calf and the fascia (the most evidence-backed step)**
- **Plantar fascia stretch before you get out of bed:** sit up, cross the sore foot over the other knee, and pull your toes back toward your shin until you feel a stretch in the arch. Hold 10 seconds, repeat 10 times. This takes the edge off those first steps.
- **Calf stretch:** hands on a wall, sore leg behind, heel down, knee straight; hold 30 seconds. Then bend the back knee slightly and hold another 30 seconds. Do 3 rounds, 2-3 times a day.

**2. Roll and cool**
Roll the arch over a frozen water bottle for 5-10 minutes in the evening. It massages the fascia and eases soreness.

**3. Fix the shoes**
Retire the old flat sneakers. Wear supportive shoes with a cushioned heel and some arch support, including around the house. Walking barefoot on hard floors often keeps it going. An over-the-counter arch support or a silicone heel cup is a reasonable, inexpensive addition.

**4. Pain relief, short term**
If you can safely take them, an anti-inflammatory such as ibuprofen for a few days can help. Check with a pharmacist if you have stomach, kidney or heart problems or take blood thinners.

**5. Optional: a night splint**
If the morning pain stays severe, a night splint keeps the foot flexed while you sleep. Some people find it uncomfortable, but it helps others a lot.

**What to expect:** improvement is usually gradual. Many people feel better within 6-8 weeks, and most cases settle within 6-12 months with this kind of care. Progress is often two steps forward, one back.
"""),
H("""
Should I stop walking completely until it's better? I was really enjoying it.
"""),
G("""
No, you usually don't need to stop completely, and complete rest often isn't better than modified activity. The goal is to **reduce the load to what the fascia can tolerate**, then build back gradually.

A practical way to judge it:

- **Use a pain scale.** During a walk, pain up to about 3 out of 10 is generally acceptable.
- **Check the next morning.** If your first-step pain the next day is no worse than your usual baseline, that amount of walking is fine. If it's clearly worse, you did too much: cut back by about a third.

**A reasonable starting point**
- Drop to roughly half your current volume, for example 4,000-5,000 steps a day, in your new supportive shoes.
- Prefer flat, softer surfaces such as park paths over concrete, and avoid hills for now.
- Split walking into two or three shorter sessions instead of one long one.
- Once you've had a week of stable or improving mornings, increase by about 10% per week.

**Keep your fitness with low-impact options**
Cycling, swimming, or an elliptical trainer take most of the load off the heel and let you keep the habit and the mood benefits you've been enjoying.

Your 10,000 steps aren't gone. You got there a bit too quickly for your feet, so this time you build up to it slowly.
"""),
H("""
When should I see someone about it, and what would they actually do?
"""),
G("""
**See a GP, physiotherapist or podiatrist if:**
- there's no real improvement after **4-6 weeks** of consistent home care,
- the pain is getting worse or limiting your daily life or work,
- any of the red flags appear: numbness or tingling, swelling, redness, fever, pain at rest or at night, or pain after an injury.

**What they'd typically do**

1. **Examination.** They'll press along the heel and arch, check your calf flexibility, watch you walk, and look for features of the other causes. Most of the time, plantar fasciitis is diagnosed from the history and exam alone.
2. **Imaging, only if needed.** An X-ray or ultrasound may be ordered if something doesn't fit. Ultrasound can show a thickened fascia. Heel spurs on an X-ray are common and usually aren't the cause of the pain.
3. **Physiotherapy.** A structured programme, often including progressive strengthening such as heel raises with the toes on a rolled towel, plus taping to offload the fascia in the short term.
4. **Orthotics.** Prefabricated insoles work as well as custom ones for most people, and cost far less.
5. **If still stuck after a few months:**
   - **Corticosteroid injection.** It can give short-term relief, but it isn't used repeatedly, because it carries a small risk of fascia rupture and of thinning the heel's fat pad.
   - **Extracorporeal shockwave therapy**, which has reasonable evidence for stubborn cases.
6. **Surgery** is rarely needed and is usually considered only after 6-12 months of well-done conservative treatment has failed.

Given that you're only three weeks in and there was a clear trigger, you have a good chance of settling this with stretches, better shoes and smarter loading. Keep a quick note of your morning pain score each day: it makes it easy to see progress, and it's useful information if you do end up seeing someone.
""")
))

# --- washer customer service ---
GOOD_EN.append(D(
"good", "en",
"Good: customer-service role-play for a washer that won't drain; logical troubleshooting, honest warranty explanation, consistent case details and empathetic handling of a complaint.",
H("""
Hi, my Norvale front-loader (model WF-8200) is showing error E21 and won't drain. There's water sitting in the drum. I bought it 14 months ago and it has a 2-year warranty. Can you help?
"""),
G("""
Hi, thanks for contacting Norvale Support, and I'm sorry your washer has stopped mid-cycle. Standing water in the drum is no fun. Let's get this sorted out.

On the WF-8200, **E21 means the machine couldn't drain within the expected time**. Most often that's a blockage rather than a fault, so let's check the simple things first.

**Before you start:** switch the washer off and unplug it. Put towels on the floor and get a shallow tray or baking dish, because some water will come out.

**1. Drain the water and clean the drain filter**
- The filter is behind the small flap at the bottom front, on the right-hand side.
- Next to the filter there's a thin black emergency drain hose. Pull it out, remove its cap, and let the water run into your tray. Re-cap it whenever the tray fills. This can take several rounds.
- Once the flow stops, turn the filter counter-clockwise slowly and pull it out. Remove any lint, coins, hair clips or small garments, then rinse it under the tap.
- Screw it back in firmly and close the emergency hose.

**2. Check the drain hose at the back**
Make sure it isn't kinked or squashed behind the machine, and that the end isn't pushed more than about 15 cm (6 in) into the standpipe.

**3. Test it**
Plug the machine back in and run **Rinse + Spin** on its own. If it drains and spins normally, you're done.

Let me know what you find in the filter and whether the error comes back.
"""),
H("""
The filter had a kid's sock and two coins in it. I cleaned it, but it still shows E21. When I run drain/spin I can hear a humming sound but no water moves.
"""),
G("""
Thanks for checking that so thoroughly. A sock in there would definitely have caused the original error. The humming tells us something useful: the **drain pump motor is getting power and trying to turn**, but either the impeller (the small fan inside the pump) is jammed, or the pump itself has failed.

There's one more quick check you can do safely:

**Check the impeller**
1. Unplug the machine again.
2. Remove the drain filter (there will only be a small amount of water this time).
3. Shine a torch into the opening. You'll see a small plastic impeller with several blades at the back.
4. With a finger, try to turn it gently.
   - **It should turn in small jerky steps**; that's the pump's magnet, and it's normal.
   - **If it won't move at all**, or you can see something wrapped around it, such as hair, thread, or part of a sock, carefully remove the debris and test again.
   - **If it spins completely freely** with no resistance, or is visibly cracked, the pump is damaged.

If you clear a jam and it drains, great. If the impeller is damaged, or it still hums without draining, the pump needs replacing. At 14 months old, your machine is **within the 2-year warranty**, so a technician visit can be arranged.

To book that, I'll need:
- the **serial number**, and
- **proof of purchase** (a receipt or order confirmation showing the date).
"""),
H("""
The impeller spins with no resistance at all. Where's the serial number? And I have the receipt as a PDF. What happens next and how long will it take?
"""),
G("""
Thanks. An impeller that spins freely with no resistance almost certainly means the pump is damaged, so a repair visit is the right next step.

**Serial number:** open the door and look at the rim of the door opening. There's a white sticker on the frame with the model number (WF-8200) and a 12-character serial number beginning with "NV". Taking a phone photo of the sticker is easiest.

**What happens next**
1. Reply with the serial number and attach your receipt PDF. I've already opened case **NV-4471-0932** for you, so your documents will be attached to it.
2. Once they're in, we'll send a booking link by email within one business day. Technician visits in most areas are available **within 3-5 business days**.
3. The technician will confirm the fault and replace the pump. It's usually done in about an hour, in a single visit, because they carry the WF-8200 pump.

**Cost**
Under the warranty, **parts and labour for manufacturing faults are covered at no charge.** I do want to be upfront about one thing: the warranty excludes damage caused by foreign objects. Since a sock was found in the filter, the technician will assess whether the pump failed on its own or was damaged by the blockage. If they judge it to be foreign-object damage, the repair would be chargeable. For this model that's typically about $140 including the visit, and you'd be told before any work starts, so you can decline.

In the meantime, avoid running the machine, so the pump motor doesn't overheat.
"""),
H("""
That's frustrating. The only reason a sock got in there is that socks slip past the door seal on this machine all the time. It's a design issue. Can you guarantee I won't be charged?
"""),
G("""
I completely understand why that's frustrating. You've paid for a machine with a warranty, and now there's a chance you'll be charged for something you feel the machine caused. That's a fair concern, and I'm not going to brush it off.

I can't guarantee the outcome in advance, because the warranty decision is made from the technician's inspection. But here's what I can do, and what I've done:

1. **I've added a note to case NV-4471-0932** recording your report that small items regularly slip past the door seal, and that the sock was found in the filter, not in the pump itself. The technician will see it before arriving.
2. **I've asked for the door seal to be inspected** during the same visit. If the seal is damaged or incorrectly fitted, that's a covered defect, and it would strongly support the pump damage being treated as covered as well.
3. **If you're told the repair is chargeable and you disagree**, you don't need to pay on the spot. Decline the work and reply to this case, and it will be escalated to our warranty review team, who look at the technician's report and photos and can override the decision. They generally respond within 5 business days.

One practical tip for the future, whatever the outcome: a mesh laundry bag for small socks and children's clothes stops this from happening again.

Please send over the serial number and receipt when you're ready, and I'll make sure the booking link reaches you.
""")
))

# --- digital piano for child ---
GOOD_EN.append(D(
"good", "en",
"Good: buying advice for a child's digital piano; correct requirements, realistic models and prices, acoustic vs digital trade-offs, setup ergonomics and a final recommendation.",
H("""
My 8-year-old daughter just started piano lessons and her teacher says she needs a proper instrument at home, not her little 61-key keyboard. My budget is about $700. What should I be looking for?
"""),
G("""
Her teacher is right. Once lessons get going, a small unweighted keyboard holds kids back, because their fingers never build the strength and control a real piano needs. With $700 you can get a genuinely good digital piano.

**Non-negotiables**
- **88 keys.** Within a year or two she'll be playing pieces that use the full range.
- **Fully weighted, hammer-action keys.** The keys should feel heavier in the bass and lighter in the treble, like an acoustic piano. Marketing terms to look for: "graded hammer action". Avoid "semi-weighted" or "touch-sensitive" alone.
- **A proper sustain pedal.** Many budget pianos come with a small footswitch. A piano-style pedal (around $25-40) feels far more realistic.
- **Polyphony of 64 notes or more.** Anything modern in this class meets it.

**Good options around your budget (prices vary by retailer)**
- **Yamaha P-145**: about $500. Yamaha's GHC action, a simple, reliable entry point.
- **Roland FP-10**: about $500-550. It has Roland's PHA-4 Standard action, widely considered one of the best in this price range, plus Bluetooth MIDI for learning apps.
- **Casio Privia PX-S1100**: about $600-700. Very slim and stylish, with good sound; the key action is a bit shallower.
- **Kawai ES120**: about $750. Excellent action and piano tone, just over budget.

**Remember the extras**
Budget for a stand (about $50-150), an adjustable bench (about $50-100), the pedal upgrade, and decent headphones (about $50) so she can practise without everyone listening. That's why I'd aim for the $500-550 models rather than spending it all on the piano.
"""),
H("""
A friend says I should just buy a used acoustic upright instead. I've seen some for $400-600 on Marketplace. Is that better?
"""),
G("""
A good acoustic piano is a wonderful thing, but for a beginner on a $700 budget, a used upright from Marketplace is usually the riskier choice. Here's the honest comparison.

**The hidden costs of a cheap upright**
- **Moving:** a professional piano mover typically charges **$200-500** for a local move, more with stairs. Don't move a piano with friends; they weigh 300-500 lb.
- **Tuning:** it will need tuning after the move and then once or twice a year, usually **$100-200** per tuning.
- **Condition risk:** many cheap uprights have problems that aren't obvious to a non-expert: cracked soundboards, loose tuning pins that won't hold a tune, worn hammers, sticky keys. Some can't be tuned to standard pitch at all. A technician's inspection before buying costs around $100-150 and is strongly recommended.

So a "$500 piano" can easily become $1,000+ in its first year, with no guarantee.

**Where acoustic is better**
A well-maintained acoustic gives a richer, more responsive touch and tone, which matters more as a student advances. A free or cheap piano that passes a technician's inspection can be a great find.

**Where digital wins for you right now**
- No tuning, ever: it's always at correct pitch, so what she hears at home matches what she hears at lessons.
- A headphone jack, which is invaluable for daily practice in a shared home.
- Easy to move, and resale value holds reasonably well.

**My suggestion:** buy a good digital piano now. If she's still keen in three or four years, that's the time to invest in a quality acoustic, with a technician's help.
"""),
H("""
Okay, digital it is. Should I get a cheap X-stand or a furniture-style stand? And what about the bench?
"""),
G("""
Go for a **furniture-style stand** if you can. For a child practising daily, it's worth it.

**Why furniture-style**
- **Stability.** X-stands wobble when someone plays with energy, and they can tip if a child leans on them. A four-legged or panel stand is much steadier.
- **Correct height.** Furniture stands put the keys at standard piano height, around 29-30 inches from the floor. X-stands are adjustable, which sounds good, but they're often set wrong and drift.
- **A pedal bar.** Many have a bar that holds the pedal in place so it doesn't slide away during practice.

Roland and Yamaha both make matching stands for the FP-10 and P-145 at roughly $100-150. A generic furniture-style stand is fine if it's listed as compatible with your model's dimensions.

**The bench matters more than the stand**
- Get an **adjustable bench**, not a fixed one. Kids grow fast, and the correct height changes.
- **Correct position:** seated, with her forearms roughly level with the keys, or very slightly sloping down, with her elbows just in front of her body. Her wrists shouldn't have to bend upward to reach the keys.
- **Feet:** an 8-year-old's feet won't reach the floor. Dangling feet make kids slump, so use a **footrest** (a sturdy box or a piano footstool) so her feet are flat. Her teacher will love you for it.

Adjustable benches start at about $50. Avoid keyboard-style X-benches if possible; a proper padded piano bench with a height knob is more stable.
"""),
H("""
Last question: Roland FP-10 or Yamaha P-145? Which one would you buy?
"""),
G("""
For your daughter, I'd buy the **Roland FP-10**, though both are good choices and she'd learn well on either.

**Why the FP-10 edges it**
- **Key action.** The FP-10's PHA-4 Standard action has escapement and a slightly textured key surface. It's generally regarded as closer to an acoustic piano than the Yamaha's GHC action, which is lighter. A slightly heavier, more realistic action builds finger strength that transfers when she plays her teacher's acoustic.
- **Bluetooth MIDI.** She can connect wirelessly to apps like Simply Piano, Flowkey or Roland's Piano Every Day on a tablet, which many kids find motivating. The P-145 doesn't have Bluetooth; it connects over USB instead.
- **Polyphony.** The FP-10 has 96-note polyphony, versus 64 on the P-145. In practice, a beginner won't notice much difference.

**Where the Yamaha P-145 is better**
- It's a little lighter and more compact, so it's easier if it needs to be moved around or stored.
- Some people prefer Yamaha's brighter piano sound. Sound is personal, so if you can try both in a shop, let her choose. She's the one who has to want to sit at it.

**Estimated total for the FP-10 setup**
- Roland FP-10: about $530
- Matching furniture-style stand: about $120
- Adjustable bench: about $60
- Piano-style sustain pedal: about $30
Total: about **$740**. You can bring that under $700 by choosing a generic stand or watching for a bundle deal, which retailers often run.

And a tip: ask her teacher which one they'd prefer. Some teachers have a strong opinion on action, and it's a nice way to get them invested in her progress.
""")
))

# --- pet grief and child ---
GOOD_EN.append(D(
"good", "en",
"Good: grief support after the family dog's death; age-appropriate advice for explaining death to a 6-year-old, guilt, rituals, parental grief and timing of a new pet.",
H("""
Our 14-year-old beagle, Biscuit, had to be put to sleep yesterday. My 6-year-old daughter keeps asking when Biscuit is coming home from the vet. I don't know what to tell her.
"""),
G("""
I'm so sorry about Biscuit. Fourteen years is a whole life with a family; he'd have been there for everything your daughter can remember. It's hard to help a child through grief when you're hurting too.

Her question makes sense at six. Children her age are still working out that death is **permanent**, so "when is he coming home?" is her way of trying to understand. The kindest thing is to be gentle and **very clear**:

- **Use the word "died."** Phrases like "put to sleep," "went away" or "we lost him" can genuinely confuse young children. Some become afraid of going to sleep, or keep waiting for the dog to be found.
- **Explain what died means in concrete terms:** "Biscuit died. That means his body stopped working. He can't breathe, or eat, or feel hurt anymore. He won't be coming home, and that makes us very sad."
- **Give a simple reason:** "He was very, very old, and his body was too sick for the vet to make it better. The vet helped him die peacefully so he wouldn't be in pain."

Something like:
> "Sweetheart, I need to tell you something sad. Biscuit isn't coming home. He was very old and very sick, and yesterday he died. His body stopped working, and he wasn't in any pain. We're going to miss him so much."

Expect her to ask the same question again, maybe many times over the next days and weeks. That's normal: it's how young children take in big news. Answer it the same way each time, calmly. You don't need to get it perfect; being honest and staying close to her is what matters most.
"""),
H("""
I told her last night. This morning she asked if it was her fault because she didn't want to walk him on Sunday.
"""),
G("""
Oh, that's heartbreaking to hear, and it's also very common. At six, children often think in a "magical" way: they believe their thoughts, wishes or small actions can make big things happen. She needs a clear, direct answer, not just comfort.

Tell her plainly, and more than once:
> "No. It was not your fault. Not walking him on Sunday didn't make Biscuit die. Nothing you did, or didn't do, or thought made him die. He died because he was very old and his body was very sick. That's the only reason."

A few things that help:
- **Be specific.** Name the exact thing she's worried about (the Sunday walk) so she knows you really heard it.
- **Don't rush past it.** Ask, "Are you worried about anything else you did?" Sometimes children carry several worries and only say one.
- **Share a happy memory** that she was part of: "Do you remember how he'd sit by your chair at dinner? He loved being with you." It helps her feel she was a good friend to him, rather than focusing on the one walk.
- **Expect it to come back.** Guilt often resurfaces at bedtime, or when something reminds her of Biscuit. Give the same answer, calmly, each time.

It may also help her to hear that you've had thoughts like this too, if that's true: "I wondered if I should have taken him to the vet sooner. But the vet told me nothing would have changed it." That shows her these feelings are normal, and that the answer is still "not your fault."
"""),
H("""
Should we have a little ceremony for him? My husband thinks it'll just make her more upset.
"""),
G("""
Your husband's instinct to protect her is understandable, but for most children a small, simple ritual **helps** rather than harms. She'll probably cry, and that's okay. Crying with her family around her is healthy grief, not damage. What children find harder is sadness with no place to go, and a ceremony gives her something to do with her feelings.

Keep it short, informal and child-sized, about 10-15 minutes. Ideas:
- **Plant something** in the garden or a pot, like a small shrub or flowers, as "Biscuit's plant."
- **Make a memory box** with his collar, a favourite toy, photos and the tag from the vet.
- **Draw pictures or write letters** to Biscuit. Even a few words or a drawing works at six.
- **Each person shares one favourite memory.** Funny ones are welcome; laughing is part of remembering.
- **Light a candle** or blow bubbles to "send" messages.

A few tips:
- **Let her choose** some of it: which toy goes in the box, or what to plant. Choice gives children a sense of control at a time when they've had none.
- **Tell her beforehand** exactly what will happen, so nothing surprises her.
- **Give her an out:** if she wants to stop or go inside, that's fine.

If your husband is still unsure, you could suggest starting with the memory box, something quiet at the kitchen table, and seeing how she responds.
"""),
H("""
Honestly I'm a wreck too. I keep crying in the kitchen. Is it OK for her to see me cry?
"""),
G("""
Yes. It's more than okay; it's actually good for her.

When she sees you cry over Biscuit, she learns that **sadness is a normal response to losing someone you love**, that grown-ups feel it too, and that it's safe to show it at home. Children who never see their parents grieve sometimes conclude that they should hide their own sadness, or that something is wrong with them for feeling it.

What helps is to **name it and reassure her**:
> "I'm crying because I miss Biscuit. I'm sad, but I'm okay. Being sad is what happens when you love someone and they die."

That last part, "I'm okay", matters. Children can handle a parent's sadness; what frightens them is feeling that the adult is falling apart and no one is in charge. If there are moments when you're overwhelmed, it's fine to step away to cry privately. Just don't feel you have to hide it all.

And please be gentle with yourself. Grief for a pet is real grief. Biscuit was part of your daily life for fourteen years: the walks, the routine, the sound of him in the house. People are sometimes surprised by how hard it hits, especially when they were the one who made the decision at the vet. You made that decision out of love, so he wouldn't suffer.

If you'd like to talk to someone, many veterinary schools and animal charities run free pet-loss support lines. Your vet's practice can usually point you to one.
"""),
H("""
Last thing. She's already asking if we can get a new puppy. When would be the right time?
"""),
G("""
There's no fixed rule, but here are some guidelines that help families decide well.

**Her asking is normal.** For a six-year-old, wanting a puppy doesn't mean she's forgotten Biscuit or didn't love him. Children often swing quickly between grief and looking ahead. You can honour both: "We might get another dog one day. Right now we're still missing Biscuit, so we're going to wait a little while."

**Signs the family is ready:**
- Everyone, including you and your husband, can talk about Biscuit with more warm memories than raw pain.
- You want *a* dog, not *Biscuit back*. A new dog will have its own personality. If a puppy is expected to fill his exact place, both the family and the puppy can end up disappointed.
- You have the energy for a puppy: house training, chewing and broken sleep.

For many families that's somewhere between a few weeks and several months. Some know sooner, and some need a year. All of that is fine.

**Avoid:**
- Calling the new dog a "replacement," or giving it Biscuit's name.
- Getting a puppy mainly to stop her crying, because it can teach that sad feelings should be fixed quickly rather than felt.

**A middle step:** let her help plan. Read books about dog breeds together, talk about what kind of dog you'd want, or volunteer at a shelter later on. It gives her something hopeful to focus on while the family heals at its own pace.

And when the time comes, involving her in choosing the new dog can be a lovely way to start the next chapter, with Biscuit's photo still on the shelf.
""")
))

# --- 20 questions ---
GOOD_EN.append(D(
"good", "en",
"Good: 20-questions game; short, consistent yes/no answers with a correct running question count, a correct reveal with a true fun fact, and a role switch.",
H("""
Let's play 20 questions. You think of an object and I'll ask yes/no questions. Go!
"""),
G("""
Great, I've got one in mind. It's an everyday physical object: not a person, animal or place.

You have 20 yes/no questions. I'll keep count for you. Ask away!
"""),
H("""
Is it alive? Is it bigger than a loaf of bread?
"""),
G("""
No, it's not alive. And no, it's not bigger than a loaf of bread. It fits easily in your hand.

**Questions used: 2 of 20.**
"""),
H("""
Would I find it in a kitchen? Does it use electricity?
"""),
G("""
Not usually in a kitchen, although I suppose one could end up in a junk drawer.

And no electricity needed. That's part of its charm: it works without batteries or power.

**Questions used: 4 of 20.**
"""),
H("""
Is it mostly used outdoors? Is it made of metal?
"""),
G("""
Yes, it's mostly used outdoors.

Metal is a tricky one, so I'll give a partial yes. There's a small metal part inside that is essential to how it works, but the outside is often plastic or brass.

**Questions used: 6 of 20.**
"""),
H("""
Does it help you measure or find something? Is it connected to travel?
"""),
G("""
Yes to both! It helps you find something, or at least figure it out. And it's strongly connected to travel, especially hiking and sailing.

**Questions used: 8 of 20.** You're getting warm.
"""),
H("""
Is it a compass?
"""),
G("""
Yes! It's a compass. You got it in **9 questions**. Nicely done.

A fun fact to go with it: a compass needle doesn't point to the geographic North Pole. It lines up with Earth's magnetic field, so it points toward **magnetic north**. The angle between magnetic north and true north is called **magnetic declination**, and it varies depending on where you are. That's why hiking maps usually print the local declination in the margin. Magnetic north also drifts over time, so the value on an old map may no longer be accurate.

Want to switch? You think of something and I'll try to guess it.
"""),
H("""
Sure! I'm thinking of something. Your turn to ask.
"""),
G("""
Great, I'll start broad and narrow it down.

**Question 1:** Is it something that is, or was once, alive?
""")
))
