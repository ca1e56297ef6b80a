from c_common import dlg

DIALOGUES = []

# ---------------------------------------------------------------- 001
DIALOGUES.append(dlg(
    "m12c-001", "good", "en",
    "Good: five-turn caregiving conversation; specific, consistent medical/legal/practical advice, last reply short and supportive.",
    [
        ("""My mom is 81 and lives alone about two hours from me. Over the last few months she has missed a couple of bills, left a burner on once, and she's clearly lost weight. I don't know where to even start.""",
         """That combination (missed bills, a safety slip with the stove, and weight loss) is worth acting on now, but calmly. I'd work on three tracks at once:

**1. Get a medical picture.** Memory and organisation problems in older adults are not always dementia. Several causes are reversible or treatable: low vitamin B12, thyroid problems, urinary tract infections (which can cause confusion in older people), side effects or interactions of medications, depression, poor hearing or eyesight, and dehydration. The weight loss also needs its own explanation: it can come from forgetting meals, dental pain, depression, or an unrelated illness. Ask her GP for a full check-up that includes a short cognitive screen such as the Mini-Cog or MoCA plus routine bloodwork.

**2. Reduce the immediate risks.**
- Fit an automatic stove shut-off device (there are models that turn the burner off after a set time or when no motion is detected in the kitchen).
- Put utilities and recurring bills on autopay, and ask the bank about adding you as a "trusted contact" so they can call you if something looks odd.
- Check the fridge and cupboards when you visit: out-of-date food, or very little food, tells you a lot.

**3. Start the conversation early.** While she is still managing most things, she can take part in decisions about her own future. That matters both for her dignity and, practically, for legal documents, which need her to have capacity when she signs.

A good first concrete step is booking the doctor's appointment. Everything else gets easier once you know what you are dealing with.""" ),
        ("""She gets defensive as soon as I mention the doctor. How do I bring it up without a fight?""",
         """Defensiveness is very common: for many older people "memory test" sounds like "first step to taking my house away". A few approaches that tend to work better than a direct confrontation:

- **Attach it to something she already worries about.** If she has mentioned being tired, or that her clothes are loose, start there: "You said you've been tired lately, I'd feel better if we got your bloods checked."
- **Make it routine, not special.** In the US, Medicare covers a yearly Annual Wellness Visit, and a cognitive assessment is part of it. Framing it as "the normal yearly check-up everyone your age gets" takes the spotlight off her memory.
- **Tell the doctor beforehand.** You can write or call the practice with your observations. Privacy rules limit what the doctor can tell *you* without her permission, but they don't stop the doctor from *listening* to you. That way you don't have to list her mistakes in front of her.
- **Use "I" statements.** "I worry when I can't reach you" lands better than "You're forgetting things."
- **Offer to come along** and make a day of it: lunch afterwards, a stop somewhere she likes.
- **Pick your moment.** Not at the end of a tiring day, not in front of other relatives.

If the first attempt fails, drop it and try again in a week or two from a different angle. It often takes more than one conversation."""),
        ("""It worked, the appointment is booked for the 14th and I'm going with her. What should I bring and what should I ask?""",
         """Well done, that is often the hardest step. To make the most of a short appointment:

**Bring**
1. Every medication she takes, in the actual bottles or boxes, including over-the-counter ones, sleep aids and supplements.
2. A one-page written timeline of what you've noticed, with rough dates: "March: missed electricity bill. Late April: left burner on. Since winter: clothes looser." Hand it to the doctor at the start; it is faster than explaining and spares her from hearing a list of failings.
3. Any weight records you have, even a bathroom scale photo from a few months ago.
4. Her insurance card and a list of her other doctors.

**Ask**
- Could any of her medications be contributing to confusion or loss of appetite?
- Which blood tests are you ordering (B12, thyroid, kidney function, blood count)?
- What did the cognitive screening show, and do you recommend a referral to a memory clinic or neurologist?
- Is she safe to keep driving?
- What should we watch for between now and the next visit?

Take notes, or ask if you can record the explanation on your phone. And let her speak for herself first; step in only to fill gaps."""),
        ("""Say the diagnosis ends up being early-stage Alzheimer's. What legal and money things need to happen while she can still sign?""",
         """In the early stage many people still have legal capacity for these documents, which is exactly why it is worth doing them soon. The usual set:

1. **Durable power of attorney for finances.** Lets a person she chooses (you, for example) manage bank accounts, pay bills and deal with property if she can no longer do it. "Durable" means it stays valid after she loses capacity, which is the whole point.
2. **Health care proxy / medical power of attorney.** Names who makes medical decisions when she can't.
3. **Advance directive (living will).** Records her own wishes: resuscitation, feeding tubes, hospital versus home care at the end. Talk about this with her, not just for her.
4. **HIPAA authorisation.** Allows her doctors to share information with you.
5. **Review her will and beneficiary designations** on bank accounts, pensions and life insurance.
6. **Make a simple inventory**: accounts, passwords, where the deed and insurance papers are, monthly income and fixed costs.

An elder law attorney is worth the fee here. They can judge capacity questions, draft documents that banks will actually accept, and advise on paying for long-term care later (for example Medicaid planning, which has look-back rules on gifts of money). Many charge a flat fee for a standard document package.

If there is doubt about capacity, ask her doctor to note in the chart, around the time of signing, that she understands the decisions. That protects the documents against later challenges."""),
        ("""Short one. Is it normal that I feel guilty and also kind of angry about all of this?""",
         """Yes, completely normal. Guilt, anger, sadness and relief often show up together, and many caregivers feel grief for a parent who is still alive. None of it makes you a bad child. Please look after yourself too: a caregiver support group helps a lot, and the Alzheimer's Association runs a free 24/7 helpline at 1-800-272-3900 if you want to talk to someone."""),
    ]))

# ---------------------------------------------------------------- 002
DIALOGUES.append(dlg(
    "m12c-002", "contradiction", "en",
    "Contradiction (subtle): in assistant turn 5 the comparison uses an original offer of $95,000 and a $5,000 base gain, but the user stated in turn 1 that the original offer was $92,000 (gain $8,000).",
    [
        ("""I just got an offer for a Senior Data Analyst role: $92,000 base, 10% target bonus, 15 days PTO. I currently make $84,000. Levels and Glassdoor show roughly $98k to $110k for this title in my city. Should I negotiate, and for how much?""",
         """Yes, negotiate. The offer is a solid raise over your current pay, but it sits below the market range you found, and recruiters almost always leave room between the first offer and the top of the approved band.

**Where to anchor:** I'd counter at around **$106,000**. Reasons:
- It is inside the $98k–$110k range, so it is defensible with data rather than looking greedy.
- It leaves the company space to "meet you in the middle" at $100k or so, which would still land you in the market range.
- Going to $110k exactly can read as "I picked the highest number I could find".

**What to keep in mind**
- Negotiate base first. Bonus percentage and PTO are often set by level and are harder to move, but they are still useful as secondary levers.
- Your current salary is not the company's business. If asked, you can say you're focused on the market rate for the role.
- Show enthusiasm. The message is "I want to join, let's make the numbers work", never "take it or leave it".

A rescinded offer because of a polite, data-based counter is very rare. The realistic worst case is that they say no and the $92,000 offer stands."""),
        ("""Should I do this by phone or email, and how do I actually phrase it?""",
         """Either works; choose the one where you'll be calmest. Phone is slightly better for tone and gets a faster reaction, email lets you word things exactly. A common approach is a short call, followed by an email that confirms what you said.

**Phone script**
> "Thanks again for the offer, I'm genuinely excited about the team and the work on the forecasting platform. Before I sign, I'd like to discuss the base salary. Based on my research for senior analyst roles in this area, and the experience I'd bring with SQL, dbt and stakeholder reporting, I was expecting something closer to $106,000. Is there flexibility there?"

Then **stop talking**. Let them respond, even if there is a pause.

**Email version**
> Hi Dana,
> Thank you for the offer for the Senior Data Analyst position. I'm excited about the role and the team. After reviewing the package and market data for similar roles in the city, I'd like to ask whether the base salary could be adjusted to $106,000. I'm confident I can contribute quickly, and with that adjustment I'd be ready to move forward.
> Best, Sam

Keep it short. Long justifications sound defensive."""),
        ("""What if they say the budget is fixed?""",
         """Then move to the things that are not paid out of the same salary budget. In rough order of how often they move:

1. **Signing bonus.** A one-time payment comes from a different bucket and is easier to approve. $3k–$10k is a normal range for this level.
2. **PTO.** Going from 15 to 20 days is a common ask and costs the company less than it's worth to you.
3. **Early compensation review.** Ask for a written commitment to a salary review after 6 months instead of 12, with clear criteria.
4. **Title or level.** Sometimes the band is fixed but a higher level has a higher band.
5. **Start date, remote days, equipment or learning budget.** Smaller, but real.

Pick one or two, not all five. A phrase that works: "I understand the base is fixed. Would there be flexibility on a signing bonus to help close the gap?\""""),
        ("""Update: they came back with $100,000 and said that's the top of the band for this level. Should I just accept?""",
         """$100,000 is a good outcome. It's $8,000 (about 8.7%) above their first offer, about 19% above your current $84,000, and inside the market range you found. If they've said it's the top of the band, believe them for base salary.

I wouldn't push base any further, but you can make **one** final, small ask on a different lever without risk, for example:

> "Thank you, I appreciate you going to $100,000. If you could add a $5,000 signing bonus, I'm ready to accept today."

Tying it to a quick acceptance makes it easy for the recruiter to get approval. If they say no, you accept the $100,000 package happily and you've lost nothing."""),
        ("""I asked for the $5k signing bonus. They offered $3k plus one extra week of PTO instead. Can you help me total up the first-year value so I know what I'm actually getting?""",
         """Sure. Here is the first-year value of the final package, with the extra week valued at your daily rate.

| Item | Value |
|---|---|
| Base salary | $100,000 |
| Target bonus (10%) | $10,000 |
| Signing bonus | $3,000 |
| Extra PTO week (5 days × $100,000 ÷ 260 working days) | ≈ $1,923 |
| **First-year total** | **≈ $114,923** |

A few notes:
- The bonus is a *target*, not a guarantee. If you want a conservative number, count half of it: the total would then be about $109,900.
- The extra week is not cash, but it has real value, and unlike the signing bonus it usually repeats every year, so it is arguably worth more than the $2,000 difference from the $5k you asked for.
- Check whether the signing bonus has a clawback clause (commonly: repay it if you leave within 12 months).

Relative to the original offer of $95,000 base and 15 days, you've added $5,000 in base, $3,000 up front and a week of time off, and compared with your current $84,000 salary, your base alone rises by $16,000. That is a very successful negotiation; I'd accept."""),
        ("""Last thing: how do I accept gracefully and make sure it's all in writing?""",
         """Reply warmly and ask for the updated offer letter in the same message:

> Hi Dana,
> Thank you for working on this with me. I'm happy to accept the offer: $100,000 base, 10% target bonus, a $3,000 signing bonus and 20 days of PTO. Could you send the updated offer letter reflecting these terms? I'll sign as soon as I receive it. I'm looking forward to starting on the 3rd.
> Best, Sam

Don't resign from your current job until the signed letter with all four items is in your hands."""),
    ]))

# ---------------------------------------------------------------- 003
DIALOGUES.append(dlg(
    "m12c-003", "good", "en",
    "Good: seven-turn role-play as a 14th-century village blacksmith; short in-character replies are appropriate, one accurate out-of-character history answer, character kept consistent.",
    [
        ("""Let's do a role-play. You are Aldric, a blacksmith in a small English village in 1350. I'm a traveler whose mare has just thrown a shoe on the road. Stay in character unless I say "out of character".""",
         """*Aldric sets down his hammer and wipes his hands on a scorched leather apron.*

Good day to you, stranger. Thrown a shoe, has she? Bring her round by the water trough, out of the way of the cart. Let me see the hoof... aye, left fore, and the nails tore out clean. She's lucky you stopped walking her on it. Sit you down on the bench; this won't take long."""),
        ("""*I hand over the reins.* "How much to reshoe her? I've only a few pennies left after the toll at the bridge.\"""",
         """*He lifts the hoof and taps it with a knuckle.*

One shoe and the nails, that's two pence. I've a shoe near her size hanging on the wall already, so you'll not pay for fresh iron. If two pence pinches, give me one and carry a sack of charcoal in from the cart for me. I'll not see a beast go lame for a penny."""),
        ("""*I carry the sack in.* "What's that you're working on over there on the anvil?\"""",
         """*He nods at the glowing piece cooling by the hearth.*

A share for Walter Cobb's plough. The old one wore down to a stub on the stony ground by the mill. Over there, hinges for the church door, and that heap is nails, always nails. Every farm needs them and no one ever has enough. Sickles before harvest, pot hooks, a new tire for a cart wheel when the wheelwright sends one. Honest iron. Nothing fancy."""),
        ("""Out of character for a moment: would a village smith in 1350 really have been making swords, like in the movies?""",
         """Out of character: mostly no. A village smith's bread and butter was agricultural and household ironwork: horseshoes and nails, plough shares and coulters, sickles and scythes, hinges, locks and keys, tools for other craftsmen, and repairs of everything. Shoeing was common work for a rural smith, although in towns farriers were becoming a separate trade.

Swords and armour were usually made by specialists in towns and cities: bladesmiths, cutlers (who assembled and finished knives and swords) and armourers, often organised in guilds. London, for example, had its cutlers' and armourers' guilds by the 14th century. Good sword steel and the heat treatment it needed took skills and materials a village forge rarely had. A village smith might sharpen or repair a weapon, or make a simple knife or spearhead, but not forge knightly swords.

One detail that fits your date well: 1350 is right at the end of the first wave of the Black Death (1348–1350 in England). Labour suddenly became scarce and craftsmen could ask higher wages, which is why Parliament passed the Statute of Labourers in 1351 to try to freeze wages at pre-plague levels. So Aldric could well be busier, and better paid, than a few years before.

Shall I go back into character?"""),
        ("""Yes, back in character. *I watch him fit the shoe.* "Were you here when the great pestilence came through?\"""",
         """*The hammer pauses for a breath, then keeps its rhythm.*

I was. Two summers gone, it came up the river road. We lost Father Thomas first, for he went to every sickbed. Then the miller's whole house, then half the cottages on the green. My own brother, who worked this forge beside me. *He drives a nail home.* There were weeks when the only hammering in the village was mine, making nails for coffins. Now the lord's steward begs for hands to bring in the harvest, and a man who lived can ask a fair wage for once. God forgive me for saying it's the one good thing to come of it."""),
        ("""*After a silence.* "Could I buy a knife for the road? Something plain.\"""",
         """*He reaches under the bench and lays out a short blade with an ash handle.*

Made it last week. Good for bread, rope and whatever else the road asks of you. Three pence. And since you carried the charcoal, call the shoeing one penny. Four in all."""),
        ("""*I pay him four pennies and lead my mare out.* "Farewell, smith. God keep you.\"""",
         """*He raises a blackened hand.*

And you, traveler. Keep to the high road past the ford; the low one floods after rain. And if she throws another shoe before Michaelmas, it'll be a poor shoe, and you come back and tell me so."""),
    ]))

# ---------------------------------------------------------------- 004
DIALOGUES.append(dlg(
    "m12c-004", "placeholder", "en",
    "Placeholder: assistant turn 3 (the in-character announcement) contains unfilled slots %%CAPTAIN_SURNAME%% and %%MINUTES_TO_LANDING%%.",
    [
        ("""Can you role-play a flight attendant for me? I'm a nervous flyer and I have a long-haul flight next month. I want to practice staying calm. I'm the passenger in seat 23C, we're about an hour into a flight from London to Toronto.""",
         """Of course. I'll be Priya, one of your cabin crew. Say "pause" whenever you want to step out and talk about strategies.

*Priya stops her cart at row 23 and smiles.*

Good afternoon! Can I get you something to drink? We've got tea, coffee, juices, soft drinks, and there's a hot meal coming round in about twenty minutes: chicken curry or a vegetable pasta. You're in 23C, the aisle, so you'll have easy access if you want to stretch your legs later. Just let me know if you need anything at all."""),
        ("""Just water, thanks. Um, is it normal that the wings are bouncing like that? I can see them from here.""",
         """*Priya hands you the water and glances out the window with a relaxed expression.*

Completely normal, I promise. The wings are designed to flex. On a plane like this one, the wingtips can move several metres up and down in flight, and in testing they're bent far beyond anything we'd ever meet in real weather. A stiff wing would actually be more likely to crack; the flexing is how it absorbs the bumps.

What you're seeing right now is just the air moving, a bit like a boat on small waves. The pilots can see it on their weather radar and they'll put the seatbelt sign on if it gets any bumpier. Nothing about it is a problem for the aircraft.

If it helps, try watching the wing for a minute and notice that it always comes back to the same shape. Shall I bring you a blanket as well?"""),
        ("""Okay... that actually helps. It's getting bumpier though. Can you tell me what's going on?""",
         """*The seatbelt sign chimes on. Priya crouches beside your seat so she's at eye level.*

That's just the seatbelt sign, which means the pilots expect a few more bumps for a while. Here's what the captain has just told the cabin:

> "Ladies and gentlemen, this is Captain %%CAPTAIN_SURNAME%% speaking. We're passing through an area of light to moderate turbulence over the Atlantic. Please return to your seats and fasten your seatbelts. We expect a smoother ride in about %%MINUTES_TO_LANDING%% minutes."

Turbulence is uncomfortable, but it's a comfort issue, not a safety one: the aircraft is built for far more than this, and the crew fly through it every week. The only real thing it asks of you is to keep your belt fastened, which you're already doing.

Let's try something together: breathe in for four counts, hold for four, out for six. Feet flat on the floor. I'll stay here for a minute. You're doing really well."""),
        ("""Pause. Out of the role-play: what else can I actually do on the real flight if I panic?""",
         """Good idea to have a plan ready. Things that help many nervous flyers:

1. **Tell the crew when you board.** A quiet "I'm a nervous flyer" is enough. Crew are trained for this, and they'll often check on you and explain noises.
2. **Know the normal noises.** Thuds after take-off are the landing gear retracting; whirring sounds are flaps moving; a drop in engine noise after climbing is the power being reduced as planned.
3. **Use slow breathing.** A longer exhale than inhale (4 in, 6 out) calms the nervous system within a minute or two.
4. **Ground yourself.** Press your feet into the floor, name five things you can see, four you can hear. It interrupts spiralling thoughts.
5. **Sit over the wing** if you can choose: it's the most stable part of the plane in turbulence.
6. **Keep your hands and head busy**: a downloaded series, a puzzle book, a podcast you've been saving.
7. **Go easy on caffeine and alcohol**, which can both heighten anxiety.

If your fear is strong, a short fear-of-flying course (several airlines and clinics run them, some online) or a few sessions of cognitive behavioural therapy before the trip are well worth it."""),
    ]))

# ---------------------------------------------------------------- 005
DIALOGUES.append(dlg(
    "m12c-005", "good", "zh",
    "Good: four-turn Chinese job-coaching dialogue about moving from accounting to data analysis; specific plan, resume and interview advice, consistent.",
    [
        ("""你好，我今年28岁，在一家制造企业做了五年会计。最近很想转行做数据分析，但不知道从哪里开始，也担心年龄和背景不合适。你能当我的职业教练，帮我理一理吗？""",
         """你好！很高兴帮你一起梳理。先说结论：28岁、五年会计经验，转数据分析完全来得及，而且你的背景其实是优势，不是短板。

**你已经具备的能力**
- 对业务数字敏感：成本、毛利、费用结构这些，很多纯技术出身的分析师反而不懂。
- 熟练使用Excel：数据透视表、VLOOKUP/XLOOKUP、各种函数，这是数据分析最常用的工具之一。
- 严谨、习惯核对：数据分析里“口径对不对、数有没有错”非常重要。

**需要补的能力（按优先级）**
1. **SQL**：几乎所有数据分析岗位都要求，建议最先学，2–3个月可以达到面试水平。
2. **一个可视化工具**：Power BI 或 Tableau 二选一。制造业和财务相关公司用 Power BI 比较多。
3. **基础统计**：均值、分布、相关性、A/B测试的基本概念。
4. **Python（pandas）**：可以放在第二阶段，初级岗位不一定强制要求。

**最现实的转型路径**
不建议一上来就投互联网大厂的“数据分析师”，竞争大、要求偏技术。更容易成功的方向是“财务分析”“经营分析”“BP（业务伙伴）”这类岗位，既用到你的会计背景，又要做大量数据工作，做一两年后再往纯数据分析走，会顺很多。

你现在每周大概能拿出多少时间学习？我可以据此帮你排一个具体计划。"""),
        ("""工作日晚上大概能学一个半小时，周末每天能有四个小时左右。""",
         """这样算下来每周大约15小时，足够了。下面是一个六个月的计划，你可以按实际进度调整：

**第1–2个月：SQL**
- 学习内容：SELECT、WHERE、GROUP BY、JOIN、子查询、窗口函数（ROW_NUMBER、SUM OVER）。
- 练习：在力扣（LeetCode）或牛客网刷SQL题，每天3–5道，总共做到150道左右。
- 小目标：能独立写出“按月、按产品统计销售额和同比增长”这种查询。

**第3个月：Power BI**
- 学会导入数据、建立数据模型、写简单的DAX度量值、做交互式报表。
- 用你熟悉的财务场景做一个作品：比如“费用分析看板”（用脱敏或公开数据，千万不要用公司真实数据）。

**第4个月：统计基础 + 业务分析方法**
- 描述统计、假设检验、A/B测试的逻辑。
- 常用分析框架：同比环比、漏斗分析、帕累托分析、杜邦分析（你做会计的会很熟）。

**第5个月：Python入门**
- pandas 读取、清洗、合并、分组聚合数据即可，不用追求太深。

**第6个月：作品集 + 求职**
- 准备2–3个完整项目，放在GitHub或个人文档里，每个项目写清楚：问题、数据、方法、结论、建议。

另外，别忽略你现在的工作：如果能在公司里主动承担一些报表自动化或数据整理的任务，这段经历写进简历，会比任何课程都有说服力。"""),
        ("""简历怎么写？我所有的经历都是会计，感觉写出来就是个会计的简历。""",
         """这是转行的人最常遇到的问题。关键是：**经历不变，但换一种写法，突出“和数据有关”的那部分。**

**1. 标题和个人简介**
不要写“会计”，写“财务数据分析 / 经营分析方向”。简介两三句话，例如：
“五年制造业财务经验，熟悉成本与费用分析；掌握SQL、Power BI，能够搭建报表并基于数据提出改进建议。”

**2. 工作经历用“动作 + 工具 + 结果”来写**
改写前：“负责每月成本核算和费用报销审核。”
改写后：“使用Excel整理并分析每月约2万条成本数据，搭建产品毛利分析模板，发现两条产品线原材料损耗偏高，推动采购调整后月度成本下降约3%。”

尽量量化：数据量、节省的时间、发现的问题、带来的金额。如果你把月结报表从三天缩短到一天，这就是非常好的数据类成果。

**3. 单独列一个“项目经历”**
放你自学时做的Power BI看板和SQL分析项目，写清楚用了什么数据、解决了什么问题、得出什么结论。

**4. 技能栏具体写**
“SQL（多表关联、窗口函数）、Power BI（数据建模、DAX）、Excel（数据透视表、Power Query）、Python（pandas基础）”，比笼统地写“熟悉数据分析工具”强得多。

**5. 控制在一页**
会计证书可以保留，但放在后面，不必占太多篇幅。"""),
        ("""面试时如果被问“你为什么要转行”，我应该怎么回答？""",
         """这个问题几乎一定会被问到，面试官想确认两件事：你是真的想做，而且不是一时冲动。回答的结构可以是“过去 → 转折 → 行动 → 未来”，控制在一分钟左右：

“我做了五年制造业会计，在做成本分析的过程中，发现自己最有成就感的时候，不是把账做平，而是从数据里找到问题，比如发现某条产品线损耗偏高，推动采购调整后降低了成本。（过去和转折）

所以过去半年我系统地学习了SQL和Power BI，做了一个费用分析看板和一个销售数据分析项目，也在公司里主动承担了报表自动化的工作。（行动）

我希望接下来把更多时间放在分析和支持决策上。我的财务背景让我更容易理解业务和数字背后的含义，这也是我觉得自己适合这个岗位的原因。（未来）”

**注意几点：**
- 不要说“会计没前途”“太枯燥”之类否定过去的话，要讲“被什么吸引”，而不是“逃离什么”。
- 一定要有“已经做了什么”的证据，这是区分真心转行和随便想想的关键。
- 结尾把话题拉回到对方的岗位，说明你的背景能为他们带来什么。

建议你把这段话用自己的语言写下来，对着手机录几遍，听听语气是否自然。祝你顺利！"""),
    ]))
