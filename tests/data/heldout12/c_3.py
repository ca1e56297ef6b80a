from c_common import dlg

DIALOGUES = []

# ---------------------------------------------------------------- 011
DIALOGUES.append(dlg(
    "m12c-011", "non_answer", "en",
    "Non-answer: assistant turn 3 only restates and praises the question about making friends when groups have already formed, giving no advice at all.",
    [
        ("""I'm 18 and five weeks into my first year at uni in Leeds. I'm from a tiny village in Cornwall. I keep crying at night and everyone else seems to be having the time of their lives. Is something wrong with me?""",
         """No, nothing is wrong with you. What you're describing is homesickness, and it is one of the most common experiences of first-year students. Surveys of UK students regularly find that a large share, often around half or more, feel homesick or lonely in their first term. The reason it feels like you're the only one is that nobody posts their 2 a.m. crying on Instagram. Many of the people who look like they're having the time of their lives are feeling exactly what you feel.

It also makes sense that it's hitting you hard. You've gone from a tiny village where you know everyone, and everyone knows you, to a big city where you're anonymous, with new routines, new food, new everything. Your brain is working overtime to adjust. Weeks four to six are often when it peaks: the excitement of freshers' week is over, the workload has started, and the novelty has worn off.

Some things that genuinely help:
- **Routine.** Regular sleep, meals and a daily walk outside give your days a shape.
- **Planned contact with home,** like a call on Sunday evenings, rather than scrolling family photos every night, which can make it worse.
- **Small steps towards people** rather than trying to find a best friend in a week.
- **Letting yourself feel it.** Crying isn't a failure, it's a reaction to a big change.

For most students this eases noticeably over the first term, and by the second term Leeds will start to feel like a second home."""),
        ("""Should I just go home this weekend? It's like six hours on the train.""",
         """It's not a bad idea in itself, but think about the pattern it might start.

**Going home can help** if you're really running on empty: a weekend of your own bed, your family and the sea can recharge you. There's no rule that says you have to tough it out.

**But there's a risk.** Weekends are when a lot of friendships at uni actually form: the spontaneous Saturday lunch, the flat trip to the cinema, the society social. If you go home every weekend, you miss those, Leeds stays unfamiliar, and Monday feels worse. Six hours each way also eats up most of the weekend.

A middle way many students find works:
- Stay in Leeds this weekend and make one small plan, even just a coffee with a coursemate or a society event.
- Book a trip home for a specific date a few weeks away, for example reading week if your course has one. Having a date in the calendar makes the weeks in between feel more manageable.
- Book early: advance train tickets, plus a 16–25 Railcard if you don't have one, can cut the fare a lot.

If you do go this weekend, that's okay too. Just try not to make it every weekend."""),
        ("""How do I actually make friends though? Everyone already seems to have their groups.""",
         """That's such an important question, and I'm really glad you asked it. You're wondering how to actually make friends at university when it feels like everyone has already found their groups. It's something so many students think about, especially in the first term, and it makes complete sense that it's on your mind right now. Friendships play a huge part in how university feels, so it's a really valuable thing to be focusing on, and it shows you're thinking about how to make your time in Leeds better."""),
        ("""I went to a climbing society taster last week but I didn't talk to anyone and just left after. How do I make it less awkward next time?""",
         """Going at all was the hard part, so you've already done more than you think. A few things make climbing sessions much easier:

- **Climbing is built for talking.** People stand around between climbs watching each other. The easiest openers are about the wall: "Have you tried this yellow one? I keep falling off the second hold." Or ask for beta (climbing tips): climbers love explaining how to do a problem.
- **Ask someone to belay or spot with you**, if the session does roped climbing. It forces a bit of teamwork and conversation.
- **Arrive a bit early**, when it's quieter. Walking into a full room is harder than being there as others arrive.
- **Go back to the same session every week.** Familiarity does most of the work: by the third time, people recognise you and say hi first.
- **Stay for the social.** Most societies go to the pub or for food afterwards. It's where the chatting happens. You can leave after 45 minutes, but go.
- **Set a tiny goal**: "learn one person's name and course". That's it. Anything else is a bonus.

And if someone from your flat or course seems friendly, invite them along. Having one familiar face makes the first few sessions much easier."""),
        ("""When should I worry that this is more than homesickness?""",
         """It's worth getting support if, for more than about two weeks, you notice things like: feeling low or empty most of the day, losing interest in things you used to enjoy, sleeping far too much or too little, not eating properly, struggling to get to lectures, withdrawing from everyone, or feeling hopeless. Those can be signs of depression or anxiety, which are very treatable.

Where to go:
- **Your university's student wellbeing or counselling service.** It's free, and you can usually self-refer online.
- **A GP.** Register with one in Leeds if you haven't yet.
- **Your personal tutor** can help with extensions if things affect your studies.

And if you ever have thoughts of harming yourself, don't wait: call Samaritans on 116 123 (free, 24/7), or 999 in an emergency."""),
    ]))

# ---------------------------------------------------------------- 012
DIALOGUES.append(dlg(
    "m12c-012", "good", "en",
    "Good: five-turn help writing a eulogy for the user's father; uses the user's details consistently, gives a full draft section and delivery tips, one reply short.",
    [
        ("""My dad died last week and my mom asked me to give the eulogy on Saturday. I've never done this. I have about five minutes. How do I even structure it?""",
         """I'm so sorry about your dad. It's a lot to be asked to do this while you're grieving, and the fact that your mom asked you says a lot about how she trusts you.

Five minutes is about **650–750 words** spoken at a calm pace. That's a good length: long enough to say something real, short enough to stay focused. A simple structure that works for most eulogies:

1. **Opening (30 seconds).** Introduce yourself and your relationship ("I'm Megan, Tom's daughter"), and one sentence about who he was. You can also thank people for coming.
2. **Who he was (1 minute).** The basic outline of his life: where he grew up, work, family. Keep it brief; people don't need the full résumé.
3. **Two or three stories (2½ minutes).** This is the heart of it. Specific moments that show his character: his humour, his kindness, a habit everyone recognises. One good story says more than ten adjectives.
4. **What he gave you / us (1 minute).** What you learned from him, what you'll carry forward.
5. **Closing (30 seconds).** A last line addressed to him or about him, something that lets people exhale.

Before writing full sentences, spend 15 minutes just making a list: his phrases, his hobbies, the smells and sounds you associate with him, moments you keep remembering this week. Your family can help with that too.

If you tell me a bit about him, I can help you shape it."""),
        ("""His name was Tom. He was 71, a carpenter for over 40 years, he built our kitchen table, he was married to my mom Carol for 46 years, and he told the worst puns imaginable. Every summer he took me fishing at the lake at dawn and we'd never catch anything. Can you help with the opening?""",
         """Here's an opening you can use or adapt. Read it aloud and change any word that doesn't sound like you.

> Good morning. For those who don't know me, I'm Megan, Tom's daughter.
>
> Thank you all for being here. Dad would have been amazed to see this many people in one room for him, and he'd have immediately made a terrible joke about it. Probably something about how he'd finally "nailed" getting everyone together. I'm sorry. That one was his.
>
> My dad was a carpenter for more than forty years. He spent his life making things that were meant to last: houses, cabinets, staircases, and the kitchen table my family still eats at every night. And as I've been thinking about him this week, I keep coming back to that idea: he built things that last. Including us.

Why this works:
- It starts with a smile. At funerals, a gentle laugh early on relaxes the room and gives everyone, including you, permission to breathe.
- It introduces the theme, **things that last**, which you can return to at the end.
- It stays short: roughly 130 words, under a minute.

If the pun feels wrong for your family, swap it for a simpler line like "He'd have had a joke ready, and it would have been awful.\""""),
        ("""I love that. Can you write the middle part with the fishing story and the table? Maybe mention my mom too.""",
         """Here's a middle section of roughly 380 words, about two and a half minutes. It leans on the three things you gave me: the fishing, the table, and Mom.

> Every summer, when I was a kid, Dad would wake me up at five in the morning to go fishing at the lake. He'd have a thermos of coffee for himself and hot chocolate for me, and we'd row out while the mist was still on the water. We went every summer for something like fifteen years, and I can tell you honestly: we almost never caught anything. Not once did it bother him. When I complained, he'd say, "Megan, we're not here for the fish." It took me until I was an adult to understand he meant it. He was there for the quiet, and for the two of us. Those mornings are some of the best memories of my life, and there isn't a single fish in any of them.
>
> Dad said more with his hands than with words. When I was nine, he built our kitchen table out of oak. It took him a whole winter in the garage. It has a knot near one corner that he refused to sand out, because he said a table should have a little character, like people. That table has seen birthday cakes, homework, arguments, card games, and more of his puns than any piece of furniture should have to bear. It's still standing. It'll still be standing when my kids are grown.
>
> And then there's Mom. Dad and Mom were married for forty-six years. If you want to know what love looked like to him, it wasn't grand speeches. It was getting up first to warm the car on winter mornings. It was fixing the same squeaky cupboard door every single year, without being asked. It was the way he still laughed at her jokes, which, to be fair, were much better than his. Mom, he was proudest of the life you built together. We all saw it.
>
> He wasn't perfect. He was stubborn, he could never throw anything away in case it "came in handy", and he believed every problem could be fixed with wood glue. But he was steady, and kind, and he showed up, every single time.

Feel free to replace details, for example if the table was pine or if it was another winter. Specifics you know will always be better than mine."""),
        ("""I'm terrified I'll break down in the middle of it. Any tips?""",
         """Very normal, and it's okay if you do cry; nobody in that room will think less of you. Still, a few things make it easier:

- **Print it in large type** (16–18 pt), double-spaced, with page numbers. Mark pauses with a slash.
- **Practise it out loud five or six times** before Saturday. Each reading takes a bit of the emotional sting out of the hardest lines.
- **Know your danger spots.** If the part about your mom is the hardest, practise that paragraph the most.
- **If your voice breaks, stop.** Take a slow breath, have a sip of water, look at your page. Ten seconds of silence feels long to you but not to the audience.
- **Have a backup.** Give a copy to someone you trust (a sibling, cousin or the officiant) who can step up and finish if you really can't.
- **Pick a friendly face** in the room to look at.
- **Eat something and keep water** at the lectern."""),
        ("""And how should I end it?""",
         """Come back to the theme from the opening, and end with something short he'd recognise:

> Dad, you spent your life building things that last. The table, the house, this family. We'll take care of all of it. And next summer, I'll be out on the lake at dawn. I probably won't catch anything. That's okay. I'm not there for the fish.
>
> Thank you.

Then pause, take your notes, and walk back to your seat slowly."""),
    ]))

# ---------------------------------------------------------------- 013
DIALOGUES.append(dlg(
    "m12c-013", "bad_length", "en",
    "Bad length: assistant turn 4, asked whether mandatory office attendance is a hidden pay cut, rambles at length through the history of commuting, suburbs and office design and never answers the question.",
    [
        ("""Let's have a debate. My position: for knowledge workers, fully remote work is better than the office. You argue the other side, and make it strong, don't go easy on me.""",
         """Challenge accepted. I'll argue that for most knowledge-work organisations, in-person work (at least a substantial part of the week) beats fully remote.

**1. Juniors learn by proximity.** A lot of professional skill is picked up informally: overhearing how a senior handles a difficult client call, a two-minute question at someone's desk, being pulled into a meeting because you were nearby. Remote setups make every one of these interactions deliberate and scheduled, and the people who lose most are the ones with the least experience and the weakest networks.

**2. Innovation depends on weak ties.** A large study of more than 60,000 Microsoft employees, published in *Nature Human Behaviour* in 2021, found that company-wide remote work made collaboration networks more static and siloed: fewer connections between groups, more asynchronous communication. New ideas tend to come from exactly those cross-group connections.

**3. Culture and trust are built in person.** It is easier to give hard feedback, resolve conflict and trust a colleague you've shared a lunch table with. Fully remote teams often compensate with expensive offsites, which itself concedes the point.

**4. Boundaries and wellbeing.** For many people, the home office erodes the line between work and life. Working from the bedroom, "quickly checking Slack" at 10 pm, and isolation are real costs that don't show up in productivity dashboards.

Your opening rebuttal?"""),
        ("""Rebuttal: people save hours of commuting every week, companies can hire from anywhere, and Nicholas Bloom's famous Ctrip study found remote workers were 13% more productive. Data beats anecdotes.""",
         """I agree data beats anecdotes, so let's look at that data closely.

**The Ctrip study** (Bloom and colleagues, published 2015) is a great randomised experiment, but look at who was in it: call-centre employees in Shanghai handling travel bookings. Their output was highly measurable and individual: calls taken, bookings made. Much of the 13% came from working more minutes per shift (fewer breaks and sick days) and a quieter environment. That's a long way from a product team designing new software, where the work is collaborative and ambiguous.

Also, in that study **about half of the remote workers chose to return to the office** when given the option, many citing loneliness. And Bloom's own more recent reviews of the evidence are more cautious: fully remote work is often associated with *lower* productivity, with hybrid coming out roughly neutral while improving retention. His own conclusion leans hybrid, not fully remote.

**Hiring from anywhere** cuts both ways. Your company can hire from anywhere, but so can every competitor, including ones paying in dollars or euros for talent in lower-cost regions. Your workers face the whole world as competition, too.

**Commuting** is a real cost, I grant that. But it's an argument for reasonable commutes and hybrid schedules, not for never meeting colleagues at all."""),
        ("""Mentoring works fine remotely if you're intentional: pairing over video, documentation, Slack. GitLab is fully remote with thousands of employees and it works.""",
         """"If you're intentional" is doing a lot of work in that sentence.

GitLab is the exception that proves the rule. It works because the company invested enormously in remote-first practices from the start: a public handbook of thousands of pages, documentation as a core value, written decision records, and training people to work asynchronously. Most companies that went remote in 2020 did none of that. They took office habits and moved them onto Zoom.

There's also evidence on what happens to mentoring when proximity disappears. A study of software engineers at a Fortune 500 company (Emanuel, Harrington and Pallais, "The Power of Proximity") compared engineers whose teammates sat in the same building with those whose teammates were spread across buildings. Sitting near teammates increased the amount of feedback engineers received on their code, especially for junior engineers and for women. When the offices closed during the pandemic, that advantage disappeared. The junior engineers learned less; the senior ones, who spent more time mentoring, were a bit less productive in their own output. So proximity has a real, measurable effect on how skills get passed on.

So my point stands: fully remote *can* work for organisations willing to build a GitLab-style system. For the typical company, it quietly starves the next generation of learning."""),
        ("""Fine, but you're ignoring the costs to employees. Commuting time, train fares, fuel, childcare, living near expensive city centres. Isn't forcing people back to the office basically a hidden pay cut?""",
         """It's worth stepping back and looking at how we got commuting in the first place, because the whole idea is surprisingly recent. For most of human history, people lived where they worked: the farmer on the farm, the smith above the forge, the merchant over the shop. The daily separation of home and workplace really took off with the railways in the 19th century. In London, the Metropolitan Railway even marketed its own suburbs as "Metro-land" in the early 20th century, with brochures promising clean air and country cottages within reach of the City. Across the Atlantic, streetcar suburbs grew along tram lines in cities like Boston, and later the car changed everything again. After the Second World War, developments such as Levittown on Long Island turned mass-produced suburban houses into the American dream, and highways made it possible to live thirty or forty miles from the office.

The office itself has an equally interesting history. Early offices were modelled on factory floors, with rows of clerks at identical desks, supervised from above, in the spirit of Frederick Taylor's scientific management. Frank Lloyd Wright's Larkin Administration Building in Buffalo, completed in 1906, was a famous example, with a great central atrium and built-in furniture. In the 1960s, the German Quickborner team developed the Bürolandschaft, or "office landscape", with desks arranged in organic clusters. Then Robert Propst at Herman Miller designed the Action Office in 1968, intended to give workers flexibility and autonomy, which, to his later dismay, evolved into the cubicle farms of the 1980s and 90s. Open-plan offices came back with the tech industry in the 2000s, along with ping-pong tables, free snacks and nap pods. Today, many companies talk about "activity-based working", where nobody has an assigned desk at all and people choose a space according to the task. Architecture has always reflected what organisations believed about work, and the debate we're having is really the latest chapter in a very long story."""),
        ("""Okay, closing statements. Give me yours.""",
         """Closing statement for the office side:

The question isn't whether remote work has benefits; it clearly does. The question is whether *fully* remote is better for knowledge work as a rule. I've argued it isn't, for three reasons.

First, **the evidence is more mixed than the headline numbers**. The best-known pro-remote study measured call-centre output, and its own author now favours hybrid. Large-scale data from Microsoft shows remote work narrows collaboration networks, which is where new ideas come from.

Second, **the costs fall on the people with the least power**: junior employees, new hires, people without established networks. Research on engineers shows that sitting near teammates means more feedback, especially for juniors. Those losses don't appear in this quarter's productivity numbers, but they show up in five years as a thinner pipeline of skilled people.

Third, **the companies where fully remote works have paid for it** with enormous, deliberate investments in documentation and process. For most organisations, the realistic alternative to the office is not GitLab. It's a badly run Zoom culture.

So my position: people should be in the same room regularly, for mentoring, trust and serendipity. Thank you."""),
        ("""Honestly, who won?""",
         """Honestly: a close call, with the edge to you on the practical costs point. You scored on commuting and hiring reach, and my side relied on "most companies do remote badly", which argues for doing it better, not against it. Where I'd say you lost ground was the Ctrip study: it's weaker evidence for *fully* remote than it's often cited as. The truth most evidence points to is hybrid, which neither of us was defending."""),
    ]))

# ---------------------------------------------------------------- 014
DIALOGUES.append(dlg(
    "m12c-014", "good", "en",
    "Good: eight-turn riddle game; short playful replies are appropriate, hints given, scoring rule stated and applied consistently (final 8 of 10).",
    [
        ("""Let's play a riddle game! You give me riddles one at a time, I guess, you tell me if I'm right and give a hint if I'm wrong. Keep score too.""",
         """Love it! Scoring: **2 points** if you get it on the first try, **1 point** if you need a hint. Five riddles, so 10 points max.

**Riddle 1:**
I have keys but open no locks. I have space but no room. You can enter, but you can't go outside. What am I?"""),
        ("""A piano?""",
         """Ooh, close: a piano has keys, but it doesn't have "space" or "enter".

**Hint:** you might be touching me right now."""),
        ("""Keyboard!""",
         """Correct! A keyboard, with its Space and Enter keys. That's **1 point** (with hint).

**Score: 1 / 2**

**Riddle 2:**
The more of me you take, the more you leave behind. What am I?"""),
        ("""Memories?""",
         """Nice thinking, but no.

**Hint:** imagine walking across a sandy beach and looking back."""),
        ("""Footsteps!""",
         """Yes! Every step you take leaves one behind. **1 point.**

**Score: 2 / 4**

**Riddle 3:**
I have a neck but no head, and I wear a cap. What am I?"""),
        ("""A bottle!""",
         """First try! **2 points.**

**Score: 4 / 6**

**Riddle 4:**
I'm tall when I'm young and short when I'm old. What am I?"""),
        ("""A candle. Make the last one really hard please!""",
         """Correct again, a candle burns down as it ages. **2 points.**

**Score: 6 / 8**

You asked for it. **Riddle 5 (hard):**
I am not alive, but I grow. I have no lungs, but I need air. I have no mouth, but water kills me. What am I?"""),
        ("""Fire? What's my final score?""",
         """Fire it is, and on the first try! **2 points.**

**Final score: 8 / 10.** Three riddles solved straight away, and the hard one too. Excellent riddling. Rematch sometime?"""),
    ]))

# ---------------------------------------------------------------- 015
DIALOGUES.append(dlg(
    "m12c-015", "off_topic", "en",
    "Off-topic: after three turns on choosing a kindergarten, turns 4-5 abandon the goal and switch to stopping a dog from barking at night and bark collars.",
    [
        ("""My daughter Maya turns 5 in August and starts kindergarten next fall. We're choosing between our neighborhood public school, a Montessori private school ($14,000 a year), and a charter school that admits by lottery. How do we even compare these?""",
         """It helps to compare all three on the same handful of criteria, rather than on reputation. Here's a framework:

**1. Fit with Maya.** What is she like? Does she thrive with structure or with freedom to explore? Is she outgoing or shy? Does she have any learning, language or medical needs? The "best" school is the one that fits her, not the one with the highest rating.

**2. Teaching approach.**
- *Public school:* usually a standard curriculum with state standards, teacher-led instruction, and typically one grade per classroom.
- *Montessori:* mixed-age classrooms (often 3–6 year olds together), self-directed work with specific materials, long uninterrupted work periods, less whole-class instruction.
- *Charter:* varies enormously. Some are very structured, some are arts- or language-focused. Read its charter and mission carefully.

**3. Practicalities.** Distance and transport (a school you can walk to shapes daily life a lot), start and end times, before/after care and its cost, and whether Maya's neighborhood friends will be there.

**4. Cost over time.** $14,000 a year is $84,000 over kindergarten through 5th grade, before tuition increases. Check whether the Montessori school continues to the upper grades, or whether you'd switch schools later.

**5. Quality signals.** Class size and staff turnover, how teachers talk about children, how the school handles conflicts and different learning speeds. Test scores tell you something, but mostly about the families who attend.

**6. Certainty.** The lottery may not come through, so treat the public school as the default and check charter application deadlines, which are often in winter.

Visiting all three is the single most useful step."""),
        ("""What should we look for when we visit?""",
         """Visits are where you learn the most, so go with a plan. If possible, visit during a normal school day, not just an open house.

**In the classroom**
- Are the children engaged, or waiting? Look for kids busy with something rather than sitting idle.
- How do teachers speak to children: tone, patience, eye level? How do they handle a child who is upset or disruptive?
- What's on the walls: is it the children's own work, or identical crafts?
- How many adults per child? For kindergarten, ask the class size and whether there is an aide.

**Questions to ask**
1. What does a typical day look like, hour by hour? How much time outdoors and in play?
2. How do you teach reading and early math?
3. How do you support children who are ahead, or who need more time?
4. How much homework is there in kindergarten (ideally: little or none)?
5. How long have the kindergarten teachers been at the school? What is staff turnover like?
6. How do you communicate with parents, and how often?
7. How do you handle bullying or conflicts between kids?

**Ask current parents**, not just staff. Pickup time outside the gate is a great moment to ask, "What do you like, and what would you change?"

Write notes immediately after each visit, and include your gut feeling. It's often right."""),
        ("""Maya is pretty shy and takes a while to warm up. Would Montessori be better or worse for a shy kid?""",
         """It can go either way, and it depends a lot on the individual classroom, but here's how Montessori features tend to interact with shyness.

**Ways it can suit a shy child**
- **Less whole-class performing.** Much of the day is individual or small-group work, so there's less pressure to speak in front of 20 kids.
- **Mixed ages.** Younger children often learn by watching older ones, and older kids naturally take them under their wing. A shy child can observe for a while before joining in.
- **Continuity.** In many Montessori programs a child stays with the same teacher for three years, which gives a shy child time to build trust.
- **Her own pace.** She can choose work she's comfortable with while she settles in.

**Ways it can be harder**
- **More self-direction.** A child has to choose activities and approach others on her own. A very shy child might drift, or always pick the same safe activity, unless a teacher gently draws her out.
- **Fewer structured group moments** like circle games, which some shy kids find easier because everyone is doing the same thing.

**What to look for on the visit**
Ask each school: "How do you help a child who takes a while to warm up?" A good answer includes specifics: a gradual start, a buddy system, the teacher noticing who's on the edge. Watch whether quieter children in the room are included or ignored. A warm, attentive teacher matters more for Maya than the label on the school."""),
        ("""Unrelated, but our neighbor complained again that our dog barks at night. What's the best way to stop a dog barking at night?""",
         """Night-time barking usually has a cause you can address, so start there:

1. **Figure out the trigger.** Is it noises outside (foxes, cars, other dogs), being alone, needing the toilet, or boredom? A cheap camera or baby monitor can show you what's happening.
2. **Tire the dog out.** A long walk or active play in the evening, plus a puzzle feeder or chew, makes a big difference.
3. **Block the stimulus.** If the dog sleeps near a window onto the street, move its bed, close the curtains, or use a white-noise machine to mask outside sounds.
4. **Last toilet break late**, just before you go to bed.
5. **Don't reward barking.** Going in to comfort or scold teaches the dog that barking brings you. Wait for a few seconds of quiet, then go in calmly.
6. **Consider sleeping arrangements.** Many dogs bark at night because they're alone; a crate or bed in your bedroom often solves it completely.
7. **Rule out medical causes**, especially in older dogs, where night-time barking can come from pain or canine cognitive decline.

Tell your neighbor what you're doing about it; people are far more patient when they see you're trying."""),
        ("""Would a bark collar be a good idea?""",
         """I'd treat it as a last resort, if at all. Shock (static) collars are banned or discouraged in several countries, and most veterinary and behaviour organisations advise against aversive collars because they can increase fear and anxiety, which is often what's causing the barking. Citronella spray collars are milder but work inconsistently, and the dog may just learn to bark when not wearing it. Vibration collars are mostly used for deaf dogs as a signal. A certified trainer or veterinary behaviourist usually gets better results by treating the cause."""),
    ]))
