from c_common import conv, item

D001 = item(1, "good", "en",
"Exam anxiety support over four turns; each reply gives concrete, correct techniques for the specific worry raised and ends with sensible advice on when to seek help.",
conv(
"""My chemistry final is in nine days and every time I open my notes my chest gets tight and I end up scrolling my phone for an hour instead. I don't even know where to start. Can you help?""",
"""That tight-chest-then-phone loop is really common, and it isn't laziness. Your brain feels a spike of anxiety, the phone gives instant relief, and the relief teaches it to reach for the phone again next time. The way out is to make starting so small that the anxiety spike never gets big.

**1. Use a 10-minute start rule.** Set a timer for 10 minutes and promise yourself you can stop when it rings. Most of the time you won't, because starting is the hardest part. Put the phone in another room, not just face down.

**2. Turn "chemistry" into a list.** Write every topic from the syllabus on one page (stoichiometry, equilibrium, acids and bases, thermodynamics, kinetics, and so on). A vague mountain is scary; a list of eight items isn't.

**3. Sketch the nine days:**
- Days 1–6: one or two topics a day. Do practice problems first, then read notes only for what you got wrong.
- Day 7: a full past paper under timed conditions.
- Day 8: review the mistakes from that paper.
- Day 9: light review and an early night.

**4. Calm the body before you sit down.** Try box breathing: in for 4 seconds, hold 4, out 4, hold 4, repeated four times. It slows your heart rate, which takes the edge off the tight-chest feeling.

Which topic feels most dangerous to you right now? We could start there, or with the easiest one to build momentum.""",
"""Okay, the 10-minute thing sounds doable. But what do I do when I sit down and my brain just goes "you're going to fail" over and over?""",
"""That voice gets loud exactly when something matters to you, so it's worth having a few tools ready instead of trying to argue it into silence.

- **Name it.** Say to yourself, "I'm having the thought that I'm going to fail." It sounds silly, but it puts a little distance between you and the thought. It becomes something your mind is doing rather than a fact.
- **Postpone the worry.** Pick a 15-minute "worry slot," say 6 pm. When the thought shows up during study time, jot it on a sticky note and tell yourself you'll deal with it at 6. When 6 pm comes, the thought has often lost most of its power.
- **Check the evidence.** Ask: what did I actually score on the last quiz? Which topics can I already do? Anxiety predicts the worst case. Your track record usually tells a more balanced story.
- **Reframe the feeling.** Instead of "I'm panicking," try "I'm nervous because this exam matters to me." Studies on anxiety reappraisal suggest that treating arousal as energy rather than threat can improve performance.
- **Ground yourself if it spirals.** Use 5-4-3-2-1: name five things you see, four you can touch, three you hear, two you smell and one you taste. It pulls your attention back into the room.

Then go straight back to a concrete task, like one practice problem. Doing something is the strongest answer to that voice.""",
"""What about the actual exam day? Last time I blanked on a question I definitely knew.""",
"""Blanking happens when stress hormones briefly get in the way of memory retrieval. The knowledge is still there; the door is just stuck for a moment. A few habits make that much less likely.

**The night before and that morning**
- Aim for a full night's sleep. An extra hour of sleep beats an extra hour of cramming, because sleep is when memories get consolidated.
- Eat a normal breakfast with some protein.
- Arrive about 15 minutes early. Forty-five minutes of listening to other people panic in the corridor doesn't help anyone.

**The first two minutes**
- Do a brain dump: write the formulas and constants you're most afraid of forgetting on the scrap paper or inside cover (gas constant, the Henderson–Hasselbalch equation, and so on). After that you don't need to hold them in your head.
- Skim the whole paper and start with the question you find easiest. Early success calms the nervous system.

**If you blank**
1. Don't stare at it. Mark the question and move on; the answer often surfaces while you're working on something else.
2. Take a physiological sigh: two short inhales through the nose, then one long exhale through the mouth. It's one of the quickest ways to bring your arousal down.
3. When you come back, look for cues. Write down anything related, such as the unit, a diagram or a similar problem you've practised. Retrieval often works through association.

Practising with timed past papers on day 7 also helps here, because the real exam will feel familiar rather than new.""",
"""Thanks. Last thing — is it normal to feel this bad, or should I talk to someone about it?""",
"""Some anxiety before a big exam is completely normal. Feeling nervous, sleeping a bit worse and having trouble focusing for a few days are all part of caring about the result.

It's worth talking to someone if any of these apply:
- you have panic attacks (racing heart, trouble breathing, feeling like something terrible is happening);
- you can't sleep or eat properly for more than a week or two;
- you've been avoiding studying or classes for weeks, not just days;
- the anxiety stays high long after exams are over, or spreads to other parts of your life.

Most universities have a free counselling service, and many offer short-notice appointments during exam season. A GP or doctor is another good starting point. Asking for help isn't a sign you can't cope. It's one of the ways people cope. And if you ever have thoughts of harming yourself, contact a crisis line or emergency services right away.

For the next nine days, though, you already have a plan. Start with ten minutes today.""",
))

D002 = item(2, "good", "en",
"Gate-agent role-play with short in-character replies that handle the delay, rebooking and voucher consistently, then a brief out-of-character debrief when asked.",
conv(
"""Let's role-play. You're a gate agent at Gate B14 for a delayed flight to Denver, and I'm a frustrated passenger. Stay in character. Ready?""",
"""Ready. *looks up from the podium* Good afternoon, welcome to Gate B14, Flight 482 to Denver. How can I help you?""",
"""Hi, the board says we're delayed two hours. I have a connection in Denver to Boise at 6:40. Am I going to miss it?""",
"""Let me pull up your reservation. *types* Okay. With the new departure time of 3:55, we'd land in Denver around 5:50. That gives you fifty minutes, which is tight but still a legal connection. I'd rather not leave you to chance, though. Would you like me to look at a backup?""",
"""Yes please. What are the options?""",
"""Two options. I can move you to the 4:15 to Salt Lake City tonight, connecting to Boise at 8:05 and arriving at 9:10. Or you can stay on this flight and I'll protect you on the 8:30 Denver–Boise, so if you miss the 6:40 you already have a seat.""",
"""Let's do the protection on the 8:30. Can I get a meal voucher for the wait?""",
"""Done, you're protected on the 8:30. And yes, the delay is over two hours and it's mechanical, so I can give you a $15 meal voucher. *prints it and hands it over* It's valid at any restaurant on this concourse until midnight.""",
"""Thanks. Sorry for being snappy earlier.""",
"""No need to apologize. Delays are stressful. If anything changes I'll announce it here at the gate, and you'll get a text as well.""",
"""Okay, let's end the role-play. How did I do as a difficult passenger?""",
"""Out of character: you were a realistic difficult passenger. You opened with a concrete worry (the Boise connection), which is exactly how most frustrated travellers start. If you want a harder practice round next time, try pushing for compensation right away, or asking for a supervisor. That's where gate agents really need to stay calm.""",
))

D004 = item(4, "good", "zh",
"Beginner guitar learning in Chinese: choosing a guitar on a budget, a 30-minute practice plan, fingertip pain and a realistic timeline, each reply specific and correct.",
conv(
"""我今年32岁，想自学吉他，完全零基础。应该买什么样的琴？预算大概1500元。""",
"""32岁开始学完全不晚，很多人都是工作以后才开始学的。1500元的预算买入门琴很合适，可以从这几个方面来选：

**1. 民谣吉他还是古典吉他？**
- **民谣吉他（钢弦）**：声音明亮，适合弹唱流行歌，是大多数自学者的选择。
- **古典吉他（尼龙弦）**：弦更软，手指没那么疼，但琴颈宽，更适合弹古典曲子。
如果你想弹唱流行歌，就选民谣吉他。

**2. 尽量选"面单"**
面单就是面板用实木，背侧板用合板。1500元左右能买到不错的面单琴，比如雅马哈FG800这一类。面单琴音色比全合板好，而且越弹越好听。

**3. 一定要看手感**
- 琴弦高度：12品处六弦和品丝之间的距离最好在2.5毫米以内，太高按弦会很吃力。
- 琴颈要直，没有明显弯曲。
- 每个品位都要弹一下，检查有没有打品（嗡嗡的杂音）。
最好去实体店试一试，或者网购时选支持调琴、可以退换的店家。

**4. 配件**
调音器（夹式的最方便）、几片中等厚度的拨片、一个变调夹、一个琴包。这些加起来大概一两百元，预算里记得留出来。""",
"""买好了！每天该怎么练？我只有晚上半小时。""",
"""半小时完全够用，关键是每天坚持。可以按下面的顺序来练：

**0–5分钟：热身（爬格子）**
左手在一根弦上依次按1、2、3、4品，每个手指负责一个品位，从六弦爬到一弦再爬回来。用节拍器，速度60开始，慢一点没关系，重点是每个音都干净。

**5–15分钟：学和弦**
先学C、G、Am、Em、D这五个开放和弦。每个和弦按好以后一根一根弦地拨，检查有没有哑音。哑音通常是指尖没有立起来，碰到了旁边的弦。

**15–25分钟：换和弦练习**
这是最重要的部分。选两个和弦，比如C和G，计时一分钟，看能来回换多少次，把次数记下来。每天记录，看到数字一点点涨会很有成就感。

**25–30分钟：扫弦节奏**
用节拍器60，先练简单的"下 下 下 下"，再练"下 下上 上下上"这个最常用的节奏型，同时按一个和弦。

**每周目标参考：**
- 第1周：五个和弦能按响
- 第2周：C和G之间一分钟换20次以上
- 第3–4周：能用两三个和弦配合节奏型弹一段

另外，如果某一天实在很累，哪怕只练10分钟换和弦，也比完全不练强。""",
"""手指按弦好疼，左手指尖都红了，正常吗？""",
"""完全正常，几乎每个学钢弦吉他的人都会经历这个阶段。指尖要慢慢长出一层茧，一般坚持练两到四周，疼痛就会明显减轻。

这段时间可以这样缓解：
- **分段练**：与其一次练30分钟，不如分成两次15分钟，中间让手指休息一下。
- **按在品丝旁边**：手指尽量靠近品丝按，用的力气会小很多，声音也更干净。
- **别按得太死**：很多初学者用力过猛。试着慢慢放松，找到"刚好不出杂音"的力度就够了。
- **换细一点的弦**：如果你的琴用的是012规格的弦，可以换成011或010，按起来会轻松不少。弦距太高的话，也可以请琴行帮忙调低。

需要注意的是：如果出现刺痛、麻木，或者手腕、前臂疼，就要停下来休息，这不是正常的指尖疼，可能是姿势或用力方式有问题。""",
"""学多久能弹一首完整的歌？""",
"""按你每天练半小时的节奏，大多数人一到两个月就能完整弹下一首简单的歌。

原因是很多流行歌只用四个和弦，比如C、G、Am、F，或者G、D、Em、C。你现在学的五个和弦已经覆盖了大部分。唯一的难点是F和弦，它需要横按，初学者一开始往往按不响。可以先用简化的"小横按"F（只按一、二弦的横按），等手指力量上来再练大横按。

可以先试这几首：
- **《Knockin' on Heaven's Door》**：只有G、D、Am、C四个和弦，节奏慢，特别适合第一首。
- **《Let It Be》**：C、G、Am、F，顺便练一下F和弦。
- 再挑一首你自己喜欢的中文歌，找标注了和弦的弹唱谱，选只用开放和弦的版本。

刚开始换和弦跟不上是正常的，可以先把速度放慢，或者每小节只扫一下，等熟了再加节奏型。能弹完整首歌的那一刻会非常有成就感，加油！""",
))

D006 = item(6, "good", "en",
"Medieval-innkeeper role-play with brief, vivid in-character replies; prices, names and plot details (Wexmoor, the hooded stranger) stay consistent.",
conv(
"""Be the innkeeper of a medieval tavern called the Gilded Goose. I'm a weary traveller stepping in from the rain.""",
"""*wipes hands on apron* Shut that door quick, friend, before the wind takes the candles! Welcome to the Gilded Goose. Sit by the fire and dry yourself. What'll it be: ale, a bed, or both?""",
"""Both. How much for a room?""",
"""Two pennies for a place in the shared loft, or six for the room at the top of the stairs, the one with a lock on the door. Supper comes with the room. Tonight it's mutton stew.""",
"""The private room, then. And what news is there on the road?""",
"""*lowers voice* The bridge at Harrow's Ford washed out three days back, so the merchants are going the long way round by the abbey. Adds near a day. And there's talk of wolves in the Greywood, though folk say that every winter.""",
"""I'm heading north to Wexmoor. Is the abbey road safe?""",
"""Safe enough by daylight. The monks give bread to travellers. Don't linger past dusk, mind. The old toll-keeper at the crossing charges double once the sun's down.""",
"""Who's that hooded fellow in the corner?""",
"""*glances over* Calls himself Aldric. Been here four nights, pays in silver, speaks to no one. Asked me yesterday whether any travellers were bound for Wexmoor. *pause* Now I think on it... that's where you said you're headed.""",
"""Hm. Can you bring my stew up to the room instead?""",
"""Wise choice. I'll send Maud up with the stew and a jug of ale. Bolt the door, and knock twice if you need me. That way I'll know it's you.""",
"""Thank you, innkeeper. Goodnight.""",
"""Goodnight, traveller. Sleep light. *takes up a candle and heads for the kitchen*""",
))
