# Dialogues m15a-001 .. m15a-010
H = "human"
G = "gpt"

DIALOGUES = []

# ---------------------------------------------------------------- 001
DIALOGUES.append(dict(
    id="m15a-001", label="good", language="en",
    note="Good: café owner hiring a barista; ad, screening, pay and onboarding answered specifically and consistently across 4 turns.",
    turns=[
        (H, """I run a small independent café in Leeds (about 40 covers, open 7am to 4pm, seven days a week). One of my two baristas is leaving at the end of next month and I need a replacement. Can you help me write a job ad that attracts people with real coffee experience, not just anyone looking for any job?"""),
        (G, """Here's a draft that signals you care about coffee and filters out people who don't:

**Experienced Barista – Independent Café, Leeds (30–38 hrs/week)**

We're a 40-cover neighbourhood café serving speciality coffee from 7am to 4pm, seven days a week. We're looking for a barista who already knows their way around an espresso machine and wants to work somewhere the coffee actually matters.

**What you'll do**
- Dial in espresso each morning and keep it tasting right through the day
- Pour consistent milk drinks at volume (our Saturday peak is 120+ drinks in three hours)
- Look after regulars, keep the bar clean and help with opening or closing
- Share ideas for guest coffees and seasonal drinks

**What we're looking for**
- At least 12 months' experience on a commercial espresso machine
- Good latte art and steady milk texture under pressure
- Reliability: our team is small, so every shift counts
- Weekend availability (roughly two weekend days in four)

**What we offer**
- Competitive hourly rate plus an equal share of tips
- Free drinks and a meal on every shift
- Input into the menu and training on brew methods
- A settled rota published two weeks ahead

**To apply:** send your CV and two or three sentences on your favourite coffee you've worked with and why.

That last line does a lot of work. Experienced baristas answer it easily and with some enthusiasm. Mass applicants tend to skip it, so you can screen them out quickly. Put the hours and the weekend requirement near the top too. It saves you interviewing people who can only do weekdays."""),
        (H, """That's great. I usually get 60+ applications when I post on Indeed. How do I screen them quickly, and what should I ask at interview?"""),
        (G, """With 60+ applications, use a three-stage funnel so you only spend real time on five or six people.

**Stage 1 – 30-second CV scan (aim to keep about 15)**
- Discard anyone who ignored the coffee question. It's your cheapest filter.
- Keep people with named coffee employers or at least a year on a commercial machine.
- Check weekend availability if they mention it.

**Stage 2 – 10-minute phone call (aim to keep 5–6)**
Ask three things: when they could start, whether the hours and weekends work, and "Talk me through how you'd dial in a new espresso in the morning." A real barista will mention dose, yield, time and tasting. Someone bluffing gives a vague answer.

**Stage 3 – 30-minute interview plus 15-minute bar test**
Good questions:
1. "Tell me about your busiest shift. What went wrong and what did you do?"
2. "A regular says their flat white tastes burnt. What do you do?"
3. "What do you do when there's a queue and nothing to make?" (You're checking whether they clean and restock without being told.)
4. "Why do you want to leave your current job?"

**Bar test:** ask them to make two flat whites and an espresso on your machine. Watch the workflow more than the art: do they purge the wand, wipe, tamp consistently and taste the shot? Nerves can wobble a pour, but sloppy habits are hard to fix.

Score each candidate from 1 to 5 on skill, attitude and availability straight after they leave, while it's fresh. It makes the final decision much easier."""),
        (H, """What should I pay? I was thinking £12.21 an hour, which is the minimum wage. Is that going to be competitive for someone experienced?"""),
        (G, """£12.21 is the National Living Wage for workers aged 21 and over from April 2025, so it's the legal floor, not a competitive rate for an experienced barista. In Leeds, speciality cafés tend to advertise roughly £12.50–£13.50 for experienced staff, with head baristas higher. At exactly minimum wage you'll mostly attract people who are new to coffee, which is the opposite of what your ad asks for.

A realistic option is **£12.75 an hour plus tips**. The cost difference is smaller than it sounds:

- £12.75 − £12.21 = £0.54 an hour
- × 35 hours = £18.90 a week
- × 52 weeks ≈ £983 a year, plus a little extra employer's National Insurance and pension contribution

Compare that with the cost of re-hiring and training someone who leaves after three months.

A few other points:
- If your best candidate is under 21, you're allowed to pay the lower age rate, but paying the same rate for the same job is fairer and avoids resentment between staff.
- Say in the ad how tips are shared. "Equal share of tips" is attractive, and many experienced baristas ask about it.
- Plan a review after the probation period (say, +£0.25 at three months if all goes well). It gives people a reason to stay and costs little."""),
        (H, """OK, I've found someone I like. How should I structure their first two weeks so they settle in and don't quit?"""),
        (G, """A simple two-week plan:

**Before day one**
- Do the right-to-work check (see the original passport or use the online share code) and keep a copy.
- Have the written statement of employment particulars ready. In the UK it must be given on or before the first day.
- Add them to payroll. They'll be auto-enrolled in a workplace pension if they're 22 or over and earn above £10,000 a year.
- Publish their rota for both weeks.

**Week 1 – learn your way of doing things**
- Day 1: paired shift with you or your other barista. Tour, allergen procedures, cleaning schedule, till, where everything lives.
- Days 2–3: they dial in the espresso with you and you agree the recipe together. It tells them their skills are respected.
- Days 4–5: they run the bar during a quiet period with support nearby.

**Week 2 – own it**
- Give them one Saturday peak with backup.
- Let them take one small responsibility, such as the milk order or the weekly guest coffee.
- End of week 2: a 15-minute chat. What's going well, what's confusing, anything they'd change.

Two things matter more than the schedule: pay them correctly and on time from the first payday, and give specific praise early ("your milk on the Saturday rush was spot on"). Most new hospitality staff who quit early say they felt ignored or thrown in without support."""),
    ]))

# ---------------------------------------------------------------- 002
DIALOGUES.append(dict(
    id="m15a-002", label="contradiction", language="en",
    note="Contradiction (subtle): in turn 4 the assistant calls the original offer $76,000, but the user and the assistant's earlier replies both gave it as $78,000.",
    turns=[
        (H, """I just got a job offer for a Marketing Manager role at a mid-size software company: $78,000 base, standard benefits, hybrid 3 days in office. I was hoping for something closer to $88,000. I've never negotiated before. How should I respond?"""),
        (G, """Congratulations. A $10,000 gap is very normal to negotiate, and a mid-size software company will expect it. The most important thing is not to answer on the spot. Thank them, say you're excited, and ask for a day or two to review the full offer in writing.

Then prepare three things:

1. **Market data.** Look up Marketing Manager salaries for your city and company size on Levels.fyi, Glassdoor and LinkedIn Salary. If several sources show a range like $82k–$95k, that's your evidence that $88k is reasonable.
2. **Your specific value.** Pick two or three concrete results from your career, e.g. "grew organic sign-ups 40% in a year" or "ran a $300k paid budget at a 3.1x return." Tie them to what they said they need in interviews.
3. **Your number.** Counter slightly above your target, around $90,000, so there's room to land near $88,000. Have a walk-away point in mind (say $84,000) but don't share it.

When you respond, keep it positive and collaborative: you want the job and you're asking them to help close a gap, not making a demand. Going from $78,000 to $88,000 is a 12.8% increase, which is ambitious but within the normal range for a first counter. If you can show strong market data, it's a credible ask."""),
        (H, """Can you give me a script for the phone call? I'd rather do it by phone than email."""),
        (G, """Sure. Phone works well because tone comes across. Here's a script you can adapt:

---

**Opening:**
"Hi Jenna, thanks for making time. I want to start by saying I'm really excited about this role and the team. After our conversations, I can see myself doing great work here."

**The ask:**
"I've reviewed the offer carefully. Based on my research for Marketing Manager roles at software companies of this size in our area, and on the experience I'd bring, especially scaling the paid acquisition program at my current company, I was hoping for a base salary closer to $90,000. Is there flexibility there?"

**Then stop talking.** Silence is uncomfortable, but let them respond first.

**If they say they need to check:**
"Of course, I appreciate you looking into it. Is there anything else that would help make the case?"

**If they push back immediately:**
"I understand. Could you tell me where you have flexibility? I'm open to looking at the whole package."

**Close:**
"Thanks, Jenna. I'm confident we can find something that works. When might I hear back?"

---

Tips: have your notes and your numbers in front of you, stand up while you talk (it helps you sound confident), and send a short email afterwards summarising what was discussed. Don't apologise for asking. You're responding to their $78,000 offer with a reasoned counter, which is a normal part of hiring."""),
        (H, """What if they say the budget is fixed and they can't move on base salary?"""),
        (G, """That happens often, especially when a company has salary bands. It doesn't end the negotiation; it moves it to other parts of the package. Ask: "I understand the base is fixed. Could we look at other parts of the offer?" Then have a short, prioritised list ready:

- **Signing bonus.** A one-off payment often comes from a different budget line. $3,000–$7,000 is a common ask at this level.
- **Accelerated salary review.** Ask for a formal review at 6 months instead of 12, with an agreed target raise if you hit defined goals. Get it in writing in the offer letter.
- **Extra paid time off.** One extra week is often easy for them to give.
- **Remote flexibility.** Two office days instead of three can be worth a lot in commuting time and cost.
- **Professional development budget.** Conferences, courses or certifications, e.g. $2,000 a year.
- **Title.** "Senior Marketing Manager" can matter for your next salary negotiation.

Pick the two or three that matter most to you, rather than asking for everything. And note: if base really is capped at $78,000, an accelerated review is often the most valuable item, because it compounds into every future raise."""),
        (H, """Update: they came back with $84,000 base plus a $3,000 signing bonus, and they said that's the best they can do. Should I take it?"""),
        (G, """That's a solid outcome, and "that's the best we can do" after a real increase usually is the final position. Here's how to think about it:

**What you gained**
- Base went up by $8,000, from their original $76,000 to $84,000, a meaningful jump that carries into every future raise and bonus calculation.
- The $3,000 signing bonus brings your first-year cash to $87,000, very close to your $88,000 target.
- Base matches the $84,000 walk-away point we set, and the bonus puts your first year above it, so by your own standard this is acceptable.

**Questions to ask yourself**
- Does $84,000 sit comfortably inside the market range you found? If your research showed $82k–$95k, you're in the lower-middle, which is reasonable for a first year.
- Are the other parts of the role right: the team, the manager, the growth path, the hybrid schedule?
- Is there one small non-cash item you'd still like? It's fine to say: "I'm happy to accept $84,000 and the signing bonus. Could we also agree a compensation review at six months?" Many companies agree to that at this stage because it costs nothing now.

Check whether the signing bonus has a clawback clause, which is common: you'd repay it if you leave within 12 months. Make sure you're comfortable with that.

If the role is right, I'd accept. Pushing further after they've called it final risks souring the relationship before you start."""),
        (H, """Okay, I'm going to accept. Can you write the acceptance email?"""),
        (G, """Here's a concise, warm acceptance email:

---

**Subject:** Offer acceptance – Marketing Manager

Hi Jenna,

Thank you again for working with me on the offer. I'm delighted to formally accept the position of Marketing Manager.

To confirm my understanding of the terms:
- Base salary: $84,000 per year
- Signing bonus: $3,000
- Hybrid schedule: three days a week in the office
Please let me know if anything above differs from the final offer letter, and what I should expect next for onboarding paperwork and the start date.

I'm really looking forward to joining the team and getting started.

Best regards,
Alex

---

Since you haven't agreed a start date yet, I've asked about it in the email rather than guessing one. Also, don't resign from your current job until you have the signed offer letter and, if they run one, the background check has cleared."""),
    ]))

# ---------------------------------------------------------------- 003
DIALOGUES.append(dict(
    id="m15a-003", label="good", language="zh",
    note="Good: 网店卖手工香薰蜡烛的记账、定价与个体户税务问题，3轮回答具体、计算正确、前后一致。",
    turns=[
        (H, """我在网上开了一家小店，卖手工香薰蜡烛，一个人做，每个月大概卖200单左右。现在账记得很乱，就是微信和支付宝里的流水混在一起。有没有简单一点的记账方法？"""),
        (G, """一个人经营、每月200单左右，完全不需要复杂的财务软件，但要尽快把“生意的钱”和“自己的钱”分开。建议按下面几步来：

**1. 分开账户**
单独开一张银行卡（或一个专用支付宝账户）只用于店铺：平台结算款进这里，买原材料、付快递费也从这里出。个人消费一律不用这张卡。这样月底对账时，流水本身就是一本账。

**2. 用一张简单的表格**
用Excel或WPS表格，每一笔记一行，列设为：
- 日期
- 类型（收入 / 原材料 / 包装 / 快递 / 平台费用 / 推广 / 其他）
- 金额
- 说明（例如“大豆蜡10kg”）
- 凭证（订单号或截图文件名）

**3. 固定时间记账**
每周固定一个晚上，比如周日，花20分钟把这一周的支出补记上。平台收入不用逐单记，直接按平台的周结算或月结算汇总记一笔即可。

**4. 保存凭证**
进货发票、收据、网购订单截图，统一放在一个文件夹里，按月份命名。以后报税或算成本时都要用到。

**5. 每月看三个数字**
总收入、总支出、利润（收入减支出）。再加一个“原材料占收入的比例”，如果这个比例突然上升，说明进货价涨了或者损耗变大了。

坚持两三个月，你就能很清楚地知道每个月到底赚了多少。"""),
        (H, """好的。那我的定价合理吗？一个蜡烛现在卖59元。成本大概是：大豆蜡8元、香精6元、玻璃杯7元、包装盒4元、棉芯1元，快递我包邮，平均一单5元。平台会扣5%左右的佣金。"""),
        (G, """我们来算一下每单的实际利润：

**单件成本**
- 大豆蜡 8 元
- 香精 6 元
- 玻璃杯 7 元
- 包装盒 4 元
- 棉芯 1 元
- 材料合计：26 元
- 快递：5 元
- **总成本：31 元**

**按59元售价**
- 平台佣金 5%：59 × 0.05 ≈ 2.95 元
- 利润：59 − 31 − 2.95 = **25.05 元**
- 利润率约 42%

看起来还可以，但这里还没算你的人工时间、损耗（倒模失败、玻璃杯破损）、推广费用以及退换货。手工蜡烛的损耗通常在5%到10%之间，如果再做一些店铺推广，实际利润率可能会降到30%左右。

**可以考虑的调整**
- 把售价提到 **69元**：佣金约3.45元，利润 69 − 31 − 3.45 = 34.55 元，利润率约50%。对于手工香薰产品，69元在主流价格区间之内，关键是主图和香型描述要做得有质感。
- 推出“两件装”或“礼盒装”，比如两只119元。快递只算一次，能明显提高每单利润。
- 包邮可以设门槛，例如满99元包邮，单件另收运费或把运费折进价格。

建议先在部分香型上试行新价格一个月，对比转化率和利润，再决定是否全面调整。"""),
        (H, """我现在是个人身份在卖，没有办营业执照。这样需要交税吗？要不要办个体工商户？"""),
        (G, """这个问题分两部分说。

**要不要办营业执照**
按照《电子商务法》，电商经营者原则上需要办理市场主体登记；个人销售自产农副产品、家庭手工业产品，或从事零星小额交易的，可以不登记。手工蜡烛有可能被认定为家庭手工业产品，但各地和各平台的把握并不一致，而且你每月稳定200单左右，已经是持续经营的规模，平台也常常会要求补充营业执照。另外要注意，不需要登记并不等于不需要纳税。所以综合来看，还是建议办理个体工商户营业执照。目前很多地方可以在线申请，流程简单，一般几天内就能办好，费用很低或免费。

**税务方面（以个体工商户、小规模纳税人为例）**
- **增值税：** 小规模纳税人月销售额不超过10万元（季度不超过30万元）的，免征增值税。这项优惠政策目前执行到2027年底。按你每月200单、每单约59到69元，月销售额大约1.2万到1.4万元，远低于这个标准。
- **个人所得税（经营所得）：** 个体工商户年应纳税所得额不超过200万元的部分，可以减半征收个人所得税，同样执行到2027年底。很多地方对小规模个体户采用核定征收或定期定额，实际税负通常不高。

**办照的好处**
- 可以开通企业店铺、享受平台对商家的扶持
- 进货可以索取发票，成本有据可查
- 避免以后平台要求补充资质时被限流或下架

具体的核定方式和申报流程各地有差别，办照后建议到当地税务局或通过电子税务局确认一下，之前讲的记账表格也正好可以作为申报的依据。"""),
    ]))

# ---------------------------------------------------------------- 004
DIALOGUES.append(dict(
    id="m15a-004", label="off_topic", language="en",
    note="Off-topic: after two turns planning the dog-grooming salon's launch marketing, turns 3-5 abandon the goal for unrelated Italian language learning and trip packing.",
    turns=[
        (H, """I'm opening a dog-grooming salon in a suburban area next month. It's just me and one part-time groomer. I have about $3,000 for launch marketing. How should I split it?"""),
        (G, """With $3,000 and a local service business, almost all of your spend should target people within about a 5-mile radius. Here's a practical split:

| Item | Budget | Why |
|---|---|---|
| Google Business Profile + local ads | $900 | Most people search "dog groomer near me." Set up the free profile first, then run Google Local Services or Search ads for 6–8 weeks. |
| Facebook/Instagram ads | $700 | Target dog owners within 5 miles. Use before-and-after photos; they perform extremely well for grooming. |
| Grand opening event | $500 | Free nail trims, treats, a photo backdrop. Collect emails and phone numbers at sign-in. |
| Printed materials | $350 | Door hangers for nearby streets, flyers for vets, pet stores and dog parks. |
| Introductory offer | $400 | Budget for the discount: e.g. 20% off first groom for the first 50 clients. |
| Reserve | $150 | For whatever works best in week 3. |

Two free things matter as much as the paid ones:
- **Reviews.** Ask every happy client for a Google review in the first two months. Twenty good reviews will bring more bookings than any ad.
- **Vet partnerships.** Drop off flyers and a box of treats at the three closest vet clinics and offer their staff a discounted groom. Vets get asked for groomer recommendations constantly."""),
        (H, """Good plan. What should the introductory offer actually be? I don't want to attract only bargain hunters who never come back."""),
        (G, """Good instinct. A flat "50% off" tends to attract one-time bargain hunters. Structure the offer so the discount rewards coming back:

**Option 1 – Split discount (my recommendation)**
"$15 off your first groom and $15 off your second if booked within 8 weeks." The second visit is when a habit forms. Someone who has come twice is far more likely to become a regular on a 6–8 week cycle.

**Option 2 – Free add-on instead of a discount**
"Free teeth brushing and paw balm with your first full groom." It keeps your headline price intact, so clients don't anchor on a lower number.

**Option 3 – Pre-booking incentive**
"Book your next appointment before you leave and get 10% off it." Useful permanently, not just at launch.

A few guardrails:
- Limit it to the first 50 clients or the first 6 weeks, and say so. Scarcity drives action.
- Apply it to full grooms only, not nail trims.
- Record which channel each new client came from (ask "how did you hear about us?" at booking) so you know which part of the $3,000 is working.

With an average full groom around $70–$90, $15 off twice costs you about $30 per client. If that client returns every 8 weeks, they're worth roughly $500 a year."""),
        (H, """Makes sense. Totally unrelated, but I'm going to Italy for two weeks in the autumn and I want to learn some Italian before I go. What's the fastest way to get to a basic conversational level?"""),
        (G, """If you have a few months, you can get to basic conversational Italian (ordering, asking directions, small talk) with about 20–30 minutes a day. Here's an efficient approach:

1. **Start with pronunciation (week 1).** Italian is very phonetic. Learn how c, g, gl, gn and double consonants work. A couple of short YouTube lessons are enough.
2. **Learn high-frequency phrases, not grammar tables.** Focus on survival phrases: *Vorrei...* (I'd like...), *Dov'è...?* (Where is...?), *Quanto costa?* (How much is it?), *Il conto, per favore* (The bill, please), *Posso...?* (Can I...?). With *vorrei* and *posso* plus nouns, you can handle most travel situations.
3. **Use spaced repetition.** An app like Anki with a ready-made "top 1,000 Italian words" deck, 15 minutes a day.
4. **Listen daily.** Podcasts such as "Coffee Break Italian" are designed for beginners and build listening skills.
5. **Speak early.** After a month, book a few 30-minute sessions with a tutor on italki or Preply. Speaking with a real person is what makes it stick.

Realistically, three months of this will let you handle restaurants, shops and simple conversations, and Italians really appreciate the effort."""),
        (H, """Thanks! And what should I pack for two weeks in Italy in October? I'll be in Rome and Florence."""),
        (G, """October in Rome and Florence is usually mild, with daytime highs around 20–23°C (68–73°F) early in the month and cooler evenings, plus a fair chance of rain. Pack in layers:

**Clothing**
- 2–3 pairs of trousers or jeans, maybe one skirt or dress
- 5–6 tops, mixing short and long sleeves
- A light sweater or cardigan
- A packable rain jacket or a compact umbrella
- Comfortable walking shoes you've already broken in. You'll easily walk 15,000–20,000 steps a day on cobblestones
- One smarter outfit for dinners

**Churches and sights**
St Peter's and many churches require covered shoulders and knees. Carry a light scarf that can double as a shoulder cover.

**Practical items**
- Type L/C plug adapter
- A small crossbody bag with a zip; pickpocketing is common around Termini station and the busy sights
- Reusable water bottle: Rome's public fountains (*nasoni*) have free drinking water
- Copies of your passport and booking confirmations

**Book in advance:** the Vatican Museums, the Colosseum and the Uffizi all sell out or have long queues, so reserve timed tickets before you go."""),
    ]))

# ---------------------------------------------------------------- 005
DIALOGUES.append(dict(
    id="m15a-005", label="structure", language="en",
    note="Structure: turns 2 and 3 are two consecutive user messages with no assistant reply between them.",
    turns=[
        (H, """A pipe burst under my kitchen sink last night while I was away, and water soaked the kitchen floor and part of the hallway. I have homeowners insurance. What should I do first to make sure my claim goes smoothly?"""),
        (G, """Sorry, that's stressful. The first 24–48 hours matter most, both for limiting damage and for your claim. In order:

1. **Stop the water and make it safe.** Shut off the main water valve if you haven't already, and turn off electricity to the affected area if water is near outlets or appliances.
2. **Document everything before cleaning up.** Take wide photos of each room, then close-ups of the floor, baseboards, cabinets and the burst pipe itself. A slow video walk-through with a narration of the date and time is very useful. Keep the broken section of pipe if a plumber removes it.
3. **Prevent further damage.** Your policy almost certainly requires you to take "reasonable steps" to mitigate. Mop up standing water, run fans and a dehumidifier, and move furniture off wet floors. Keep receipts for anything you buy or rent; these costs are usually reimbursable.
4. **Call your insurer or file online today.** Get a claim number and ask when an adjuster will inspect. Write down the name of everyone you speak to and the date.
5. **Call a water mitigation company if the floor is soaked.** Laminate and hardwood can trap moisture underneath, and mould can start in 24–48 hours. Many insurers have preferred vendors, but you can usually choose your own.
6. **Don't throw out damaged items** until the adjuster has seen them, or at least until you've photographed them with something for scale.

Sudden pipe bursts are generally covered under standard homeowners policies; slow leaks that happened over months often are not, so the plumber's note saying it was a sudden failure can be helpful."""),
        (H, """Okay, I've called them and I have a claim number. The adjuster is coming Thursday."""),
        (H, """What should I prepare before the adjuster visits, and what questions should I ask them?"""),
        (G, """Good progress. Preparation makes the inspection faster and helps avoid items being missed.

**Before Thursday**
- **A written timeline:** when you left, when you found the water, when you shut it off, who you called.
- **Photo and video files**, organised by room, ideally backed up in a shared folder you can send the adjuster.
- **The plumber's invoice or report** stating the cause (for example, "failed compression fitting under kitchen sink").
- **Mitigation receipts:** fan or dehumidifier rental, water extraction company, any emergency repairs.
- **A damaged-items list** with approximate age and replacement cost: rug, hallway runner, items stored under the sink, etc.
- **Moisture readings** if the mitigation company took them. They show how far the water travelled under the floor.

**Questions to ask the adjuster**
1. What does my policy cover for this loss, and what is my deductible?
2. Is the cost of the water mitigation company covered in full?
3. Will you cover replacing matching flooring if only part of it is damaged? (Ask how they handle "matching" when the same laminate is discontinued.)
4. Is my policy replacement cost or actual cash value for contents?
5. If I need to stay elsewhere during repairs, is "additional living expense" covered?
6. What's the expected timeline for the estimate and the first payment?
7. Can I get my own contractor's estimate if I disagree with yours?

During the visit, walk the adjuster through every affected area, including the hallway and the cabinet bases, and point out anything you noticed that isn't obvious, like warped baseboards."""),
        (H, """The adjuster's estimate came in at $6,800 but my contractor quoted $11,200 to replace the flooring and cabinets. What can I do?"""),
        (G, """A gap like that is common, and it can usually be narrowed. Work through it step by step:

1. **Get the adjuster's estimate line by line.** Ask for the full itemised estimate, often produced in software called Xactimate. Compare it with your contractor's quote item by item. Gaps usually come from a few places: square footage, flooring grade, labour rates, whether cabinets are repaired or replaced, and whether baseboards, paint and disposal are included.
2. **Have your contractor write a response.** A short letter from the contractor explaining each difference (e.g. "adjuster priced 180 sq ft; actual continuous flooring area is 310 sq ft because the kitchen and hallway floor is one run with no break") is much more persuasive than a total number.
3. **Raise the matching issue.** If the damaged flooring runs continuously into undamaged rooms and can't be matched, many policies and some state regulations require a reasonable uniform appearance. Ask the adjuster in writing how they've addressed it.
4. **Request a re-inspection** with your contractor present, so they can discuss the scope directly.
5. **Ask about supplements.** If hidden damage appears during repairs, such as a wet subfloor, the contractor can submit a supplemental claim.
6. **If you still can't agree,** check your policy for an appraisal clause: each side hires an appraiser, and an umpire settles differences. Your state's department of insurance also takes complaints if the insurer isn't responding.

Keep everything in writing and stay polite but firm. Most gaps of this size get resolved at steps 1–4."""),
    ]))

# ---------------------------------------------------------------- 006
DIALOGUES.append(dict(
    id="m15a-006", label="good", language="en",
    note="Good: 6-turn job interview prep for a project coordinator role; each reply addresses its question, mixes short and long answers, consistent details.",
    turns=[
        (H, """I have an interview on Monday for a Project Coordinator role at a commercial construction company. I'm coming from 4 years as an office administrator at a dental practice. Can you help me prepare? First, how should I answer "Tell me about yourself"?"""),
        (G, """Yes. For a career change, "Tell me about yourself" is your best chance to frame the story before they start wondering whether dental admin is relevant. Use a 60–90 second structure: **present, past, future**.

**Present:** what you do now, described in project-coordination terms.
**Past:** one or two achievements that show organisation, scheduling and handling many stakeholders.
**Future:** why construction, and why this company.

Example:

"I'm currently the office administrator at a busy four-dentist practice, where I coordinate schedules for 12 staff, manage supplier orders and keep about 60 patient appointments a day running on time. Over the last four years I've become the person who keeps moving parts organised. For example, when we renovated two treatment rooms last year, I coordinated the contractor, the equipment supplier and our patient schedule so we only lost two days of appointments instead of the planned five. That project is actually what got me interested in construction: I enjoyed tracking the schedule, chasing deliveries and keeping everyone informed. I'm now looking for a role where coordinating projects is the core of the job, and your company's commercial projects feel like the natural next step for me."

Adjust the details to what's true for you, and if you can, name one specific project from their website in the last sentence. Notice it avoids apologising for the career change and leads with transferable skills. If the renovation story isn't real, replace it with any project you ran end to end, like a software migration or an office move."""),
        (H, """The renovation story is real, actually. They'll probably ask a conflict question. Can you help me answer "Tell me about a time you dealt with a difficult stakeholder" using that project?"""),
        (G, """Great, a real story is much stronger. Use the STAR format (Situation, Task, Action, Result), with most of your time on the Action.

**Situation:** "During the treatment-room renovation, the equipment supplier told us on a Tuesday that the new dental chairs would arrive a week late, after the contractor was due to finish."

**Task:** "My job was to keep the renovation on schedule and minimise cancelled appointments, so I needed to get the supplier and the contractor aligned."

**Action:** "I called the supplier's account manager and asked for the specific reason for the delay. It turned out one chair was back-ordered, not both. I negotiated for the in-stock chair to ship on the original date. Then I met the contractor's site lead and asked whether they could re-sequence the work so the first room was fully finished first. I put the revised plan in a one-page schedule and sent it to the supplier, contractor and practice manager so everyone was working from the same dates, and I followed up with both every two days."

**Result:** "The first room reopened on schedule and the second was only three days late. We rebooked 18 appointments instead of about 45, and the supplier gave us a discount on installation for the delay."

Practise saying it out loud in under two minutes. Interviewers for coordinator roles are listening for: you found the root cause, you communicated in writing, and you followed up."""),
        (H, """What about "What's your greatest weakness"? I hate that question."""),
        (G, """Most people do. The interviewer isn't looking for a confession; they want to see self-awareness and that you're actively working on something real. Pick a genuine weakness that isn't central to the job, and spend most of the answer on what you're doing about it.

For you, a good honest option is lack of construction-specific knowledge:

"My biggest gap right now is construction-specific knowledge. I understand scheduling and coordination, but I'm still learning the terminology and processes, like RFIs, submittals and change orders. To close that gap, I've started an online Construction Management Fundamentals course and I've been reading through sample submittal logs and RFI templates so the paperwork isn't new to me on day one. I expect it'll take a few months on the job to be fully fluent, and I'm comfortable asking questions early rather than guessing."

Avoid fake weaknesses like "I'm a perfectionist." They come across as evasive."""),
        (H, """That course is actually real, I signed up last week. What questions should I ask them at the end?"""),
        (G, """Ask two or three, chosen from these:

1. "What does a successful first 90 days look like for this role?"
2. "Which project software do you use, Procore, Excel or something else, and how is it set up?"
3. "How are project coordinators split across projects? One big job, or several smaller ones?"
4. "What's the most common reason things fall behind schedule here, and where does the coordinator help most?"
5. "How do coordinators grow here? Do people move into assistant project manager roles?"

Question 2 shows you're already thinking practically, and question 5 signals you plan to stay. Avoid asking about salary or holidays in the first interview unless they raise it."""),
        (H, """Last thing: should I send a thank-you email after, and what should it say?"""),
        (G, """Yes, within 24 hours. It's short but it keeps you top of mind, and in a close decision it can tip the balance. Send one to each person who interviewed you, slightly varied, referencing something specific you discussed.

Template:

---

**Subject:** Thank you – Project Coordinator interview

Hi Maria,

Thank you for taking the time to meet with me on Monday. I really enjoyed hearing about the upcoming clinic fit-out in Riverside and how coordinators work alongside the project managers there.

Our conversation about keeping suppliers and site teams on the same schedule reminded me of the renovation I coordinated at my current practice, and it confirmed how much I'd enjoy doing that work full-time. I've also made good progress in the Construction Management Fundamentals course I mentioned, which I'm finding very useful for the terminology around submittals and RFIs.

I'm very interested in the role and would be glad to provide anything else that would help.

Best regards,
Sam

---

Replace the Riverside project with whatever they actually talked about; the specific detail is what makes it feel genuine rather than generic. Keep it under 150 words, and don't re-pitch your whole CV. Good luck on Monday."""),
    ]))

# ---------------------------------------------------------------- 007
DIALOGUES.append(dict(
    id="m15a-007", label="placeholder", language="es",
    note="Placeholder: en el turno 2 la carta de oferta deja huecos sin rellenar ([Nombre del candidato], {fecha_inicio}, [Nombre de la empresa]) aunque el usuario ya dio esos datos.",
    turns=[
        (H, """Tengo una panadería en Valencia, Horno Sant Joan, con tres empleados. Quiero contratar a una ayudante de obrador a media jornada. ¿Qué tipo de contrato me conviene y qué tengo que tener en cuenta?"""),
        (G, """Para un puesto estable de ayudante de obrador a media jornada, lo más adecuado desde la reforma laboral de 2022 es un **contrato indefinido a tiempo parcial**. Los contratos temporales solo se pueden usar con causas muy concretas (sustituir a alguien de baja, o picos de producción justificados y limitados en el tiempo), y si se usan mal se convierten en indefinidos y pueden acarrear sanciones.

Aspectos a tener en cuenta:

1. **Convenio colectivo.** Revisa el convenio de panadería aplicable en la provincia de Valencia: fija la categoría profesional (ayudante u oficial de obrador), el salario mínimo por categoría, los pluses de nocturnidad (el obrador suele empezar de madrugada) y las pagas extra.
2. **Jornada y horario.** En el contrato debe constar el número de horas y su distribución. Si trabaja por ejemplo de 5:00 a 9:00, parte de esas horas pueden considerarse nocturnas según el convenio.
3. **Periodo de prueba.** Puede pactarse, con el límite que marque el convenio y el Estatuto de los Trabajadores.
4. **Alta en la Seguridad Social** antes de que empiece a trabajar, a través del sistema RED o de tu gestoría.
5. **Registro de jornada.** Es obligatorio registrar diariamente la hora de inicio y fin, también a tiempo parcial.
6. **Prevención de riesgos y manipulación de alimentos.** Debe tener formación en higiene alimentaria y recibir información sobre riesgos del puesto (hornos, amasadoras, cargas).

Si trabajas con una gestoría, pídeles que preparen el contrato y el alta; suele estar incluido en la cuota mensual o tener un coste bajo."""),
        (H, """Perfecto. Ya he elegido a la candidata: se llama Lucía Ferrer, empieza el 3 de marzo, 20 horas semanales de lunes a viernes de 6:00 a 10:00. ¿Me puedes redactar una carta de oferta para enviarle antes de firmar el contrato?"""),
        (G, """Claro, aquí tienes una carta de oferta clara y cercana:

---

**Asunto:** Oferta de empleo – Ayudante de obrador

Estimada [Nombre del candidato]:

Nos alegra mucho comunicarte que, tras el proceso de selección, queremos ofrecerte el puesto de **ayudante de obrador** en [Nombre de la empresa].

Las condiciones principales serían:

- **Tipo de contrato:** indefinido a tiempo parcial.
- **Jornada:** 20 horas semanales, de lunes a viernes, de 6:00 a 10:00.
- **Fecha de incorporación:** {fecha_inicio}.
- **Salario:** el establecido en el convenio colectivo de panadería de la provincia de Valencia para la categoría de ayudante, en proporción a la jornada, con las pagas extraordinarias correspondientes.
- **Periodo de prueba:** según lo previsto en el convenio.
- **Formación inicial:** durante las dos primeras semanas trabajarás junto a nuestro maestro panadero para conocer nuestras masas, horarios de horneado y normas de higiene.

Antes de tu incorporación necesitaremos una copia de tu DNI o NIE, tu número de afiliación a la Seguridad Social, un número de cuenta bancaria para la nómina y, si lo tienes, el certificado de formación en manipulación de alimentos.

Te agradeceríamos que nos confirmaras tu aceptación antes del viernes. Si tienes cualquier duda, puedes llamarnos o pasar por el obrador.

¡Esperamos trabajar contigo muy pronto!

Un saludo cordial,

Dirección de [Nombre de la empresa]

---

La carta no sustituye al contrato: las condiciones definitivas serán las que firméis en el contrato de trabajo."""),
        (H, """Gracias. ¿Qué debería incluir en su primer día para que se sienta cómoda y aprenda rápido?"""),
        (G, """Un buen primer día en un obrador combina seguridad, orden y un poco de trabajo real para que Lucía sienta que aporta desde el principio. Una propuesta para su turno de 6:00 a 10:00:

**6:00–6:30 – Bienvenida y recorrido**
Preséntale al equipo y enséñale el obrador: zonas de amasado, cámaras, hornos, almacén de harinas y dónde están los EPI (guantes térmicos, delantal, calzado antideslizante). Explícale las normas de higiene: lavado de manos, pelo recogido, sin joyas.

**6:30–7:00 – Seguridad**
Muéstrale cómo funcionan la amasadora, la divisora y el horno, y sobre todo cómo se paran en caso de emergencia. Dónde está el botiquín y el extintor.

**7:00–9:00 – Trabajo acompañado**
Que trabaje al lado del maestro panadero en una tarea concreta y repetitiva: formar barras, pesar masas o preparar bandejas de bollería. Así aprende la rutina sin agobiarse.

**9:00–9:30 – Limpieza y cierre de tareas**
Enséñale el orden de limpieza y dónde se registra (muchas inspecciones sanitarias revisan estos registros).

**9:30–10:00 – Charla breve**
Pregúntale cómo se ha sentido, resuelve dudas y cuéntale qué hará en los próximos días.

Dale además una hoja sencilla con los horarios de horneado, los productos principales y los teléfonos del equipo. Y no olvides registrar su jornada desde el primer día."""),
    ]))

# ---------------------------------------------------------------- 008
DIALOGUES.append(dict(
    id="m15a-008", label="non_answer", language="th",
    note="Non-answer: ในเทิร์นที่ 3 ผู้ช่วยแค่ทวนคำถามเรื่องจุดคุ้มทุนและบอกว่าสำคัญ โดยไม่คำนวณหรือให้ข้อมูลใดเลย",
    turns=[
        (H, """อยากเปิดร้านกาแฟเล็กๆ ในเชียงใหม่ ขนาดประมาณ 8-10 ที่นั่ง มีงบประมาณราว 600,000 บาท ควรแบ่งงบยังไงดีคะ"""),
        (G, """งบ 600,000 บาท สำหรับร้านขนาด 8-10 ที่นั่ง ถือว่าทำได้ครับ ถ้าวางแผนดีๆ ตัวอย่างการแบ่งงบประมาณ:

**1. เครื่องชงและอุปกรณ์หลัก (ประมาณ 200,000 บาท)**
- เครื่องชงเอสเพรสโซ 2 หัวชง มือสองสภาพดี 120,000-150,000 บาท
- เครื่องบดเมล็ด 1-2 ตัว 30,000-40,000 บาท
- อุปกรณ์ย่อย เช่น พิชเชอร์ แทมเปอร์ ตาชั่ง 10,000 บาท

**2. ตกแต่งร้านและเฟอร์นิเจอร์ (ประมาณ 130,000 บาท)**
เคาน์เตอร์บาร์ โต๊ะเก้าอี้ ไฟ และงานระบบน้ำ-ไฟฟ้า

**3. ค่าเช่าและเงินมัดจำ (ประมาณ 75,000 บาท)**
ถ้าค่าเช่าเดือนละ 15,000 บาท มักต้องจ่ายมัดจำ 2 เดือนและล่วงหน้า 1-3 เดือน

**4. ตู้เย็น ซิงค์ เครื่องทำน้ำแข็ง (ประมาณ 60,000 บาท)**

**5. วัตถุดิบล็อตแรกและบรรจุภัณฑ์ (ประมาณ 20,000 บาท)**

**6. การตลาดช่วงเปิดร้าน (ประมาณ 20,000 บาท)**

**7. เงินสำรองหมุนเวียน (อย่างน้อย 95,000 บาท)**
ส่วนนี้สำคัญมาก ร้านส่วนใหญ่ต้องใช้เวลา 3-6 เดือนกว่ายอดขายจะคงที่

รวมประมาณ 600,000 บาทพอดี ถ้าอยากประหยัด ให้ลดงบตกแต่งก่อน อย่าลดงบเครื่องชงและเครื่องบด เพราะคุณภาพกาแฟคือสิ่งที่ทำให้ลูกค้ากลับมาครับ"""),
        (H, """ต้องจดทะเบียนหรือขอใบอนุญาตอะไรบ้างคะ"""),
        (G, """เอกสารหลักที่ต้องเตรียมสำหรับร้านกาแฟขนาดเล็กมีดังนี้ครับ

1. **ทะเบียนพาณิชย์** – จดที่เทศบาลหรือสำนักงานเขตในพื้นที่ที่ตั้งร้าน ภายใน 30 วันหลังเริ่มกิจการ ค่าธรรมเนียมไม่แพง
2. **หนังสือรับรองการแจ้งจัดตั้งสถานที่จำหน่ายอาหาร** – ตามกฎหมายสาธารณสุข ถ้าพื้นที่ร้านไม่เกิน 200 ตารางเมตร ใช้วิธีแจ้งต่อท้องถิ่น ถ้าเกิน 200 ตารางเมตรต้องขอใบอนุญาต ร้านขนาด 8-10 ที่นั่งมักอยู่ในกลุ่มแรก
3. **ภาษีป้าย** – ถ้าติดป้ายชื่อร้าน ต้องยื่นแบบภาษีป้ายกับท้องถิ่นเป็นประจำทุกปี
4. **ภาษีเงินได้** – ถ้าเปิดในนามบุคคลธรรมดา รายได้จากร้านต้องยื่นภาษีเงินได้บุคคลธรรมดา (ภ.ง.ด.94 กลางปี และ ภ.ง.ด.90 ปลายปี)
5. **ภาษีมูลค่าเพิ่ม (VAT)** – ต้องจดทะเบียนเมื่อรายได้เกิน 1.8 ล้านบาทต่อปี ร้านเล็กช่วงแรกส่วนใหญ่ยังไม่ถึง
6. **ประกันสังคม** – ถ้าจ้างพนักงานแม้แค่ 1 คน ต้องขึ้นทะเบียนนายจ้างและลูกจ้างกับสำนักงานประกันสังคมภายใน 30 วันนับจากวันที่จ้าง

แนะนำให้โทรสอบถามเทศบาลที่ร้านตั้งอยู่ก่อน เพราะรายละเอียดเอกสารและค่าธรรมเนียมแต่ละพื้นที่อาจต่างกันเล็กน้อยครับ"""),
        (H, """แล้วจะคำนวณจุดคุ้มทุนยังไงคะ ถ้าขายแก้วละ 65 บาท ต้นทุนวัตถุดิบต่อแก้วประมาณ 22 บาท ค่าใช้จ่ายคงที่ต่อเดือนประมาณ 45,000 บาท"""),
        (G, """เป็นคำถามที่สำคัญมากครับ การรู้จุดคุ้มทุนจะช่วยให้คุณวางแผนธุรกิจได้ดีขึ้นมาก คุณต้องการทราบว่าเมื่อขายกาแฟแก้วละ 65 บาท มีต้นทุนวัตถุดิบแก้วละ 22 บาท และมีค่าใช้จ่ายคงที่เดือนละ 45,000 บาท ร้านจะต้องขายได้เท่าไรถึงจะคุ้มทุน

เรื่องจุดคุ้มทุนเป็นสิ่งที่เจ้าของร้านกาแฟทุกคนควรเข้าใจก่อนเปิดร้าน เพราะช่วยให้ตัดสินใจเรื่องราคา ต้นทุน และเป้าหมายยอดขายได้อย่างมั่นใจ ตัวเลขที่คุณมีอยู่ ทั้งราคาขาย ต้นทุนต่อแก้ว และค่าใช้จ่ายคงที่ คือข้อมูลที่ใช้ในการพิจารณาเรื่องนี้ การเข้าใจความสัมพันธ์ระหว่างตัวเลขเหล่านี้จะทำให้คุณเห็นภาพธุรกิจได้ชัดเจนขึ้นครับ"""),
        (H, """ช่วงเปิดร้านใหม่ควรทำการตลาดยังไงให้คนในละแวกรู้จักคะ"""),
        (G, """ร้านกาแฟเล็กๆ พึ่งลูกค้าในรัศมีเดินถึงหรือขับรถไม่เกิน 10 นาทีเป็นหลัก การตลาดช่วงแรกจึงควรเน้นท้องถิ่นครับ

**ก่อนเปิดร้าน 2-3 สัปดาห์**
- สร้าง **Google Business Profile** ใส่รูปร้าน เมนู และเวลาเปิด-ปิด คนเชียงใหม่และนักท่องเที่ยวค้นหา "ร้านกาแฟใกล้ฉัน" ใน Google Maps บ่อยมาก
- เปิดเพจ Facebook และ Instagram ลงรูปการตกแต่งร้าน เบื้องหลังการคั่วหรือชิมเมล็ด ให้คนติดตามก่อนเปิด
- เข้ากลุ่ม Facebook ของชุมชนหรือหมู่บ้านในละแวก แนะนำร้านอย่างเป็นกันเอง

**สัปดาห์เปิดร้าน**
- โปรโมชันเปิดร้าน เช่น "ซื้อ 1 แถม 1 สำหรับเมนูเอสเพรสโซ 3 วันแรก" หรือ "ลด 20% สำหรับลูกค้าที่เช็กอินที่ร้าน"
- แจกบัตรสะสมแต้ม ซื้อครบ 9 แก้ว แก้วที่ 10 ฟรี ช่วยให้ลูกค้ากลับมาซ้ำ
- เชิญ food blogger หรือเพจรีวิวคาเฟ่ในเชียงใหม่ขนาดเล็กถึงกลางมาชิมฟรี มักได้ผลดีกว่าจ้างเพจใหญ่

**หลังเปิดร้าน**
- ขอให้ลูกค้าที่พอใจรีวิวใน Google Maps รีวิว 30-50 รายการแรกมีผลต่อการค้นหามาก
- ลงโพสต์สม่ำเสมอ สัปดาห์ละ 3-4 ครั้ง เช่น เมนูใหม่ เมล็ดกาแฟจากดอยในภาคเหนือ หรือมุมถ่ายรูปในร้าน
- ร่วมมือกับร้านใกล้เคียง เช่น ร้านเบเกอรีหรือโฮสเทล ให้ส่วนลดแก่ลูกค้าของกันและกัน

ใช้งบการตลาด 20,000 บาทที่ตั้งไว้ได้ครบทุกข้อข้างต้นครับ"""),
    ]))

# ---------------------------------------------------------------- 009
DIALOGUES.append(dict(
    id="m15a-009", label="good", language="en",
    note="Good: 5-turn retirement savings planning (401k match, Roth IRA, funds, job change); specific, correct, consistent figures.",
    turns=[
        (H, """I'm 34, single, and I earn $72,000 a year in the US. I've barely saved for retirement: about $9,000 in my 401(k). My employer matches 100% of contributions up to 4% of salary. I currently contribute 2%. Where should I start?"""),
        (G, """Start by raising your 401(k) contribution to at least 4%, today if possible. Right now you're leaving free money on the table:

- 4% of $72,000 = $2,880 a year from you, matched with another $2,880 from your employer.
- At 2%, you put in $1,440 and get $1,440 matched, so you're missing **$1,440 a year** in match.

That match is an instant 100% return, which no investment beats.

After that, a common order of priorities is:

1. **Contribute enough to get the full match** (4%).
2. **Build an emergency fund** of 3–6 months of essential expenses in a high-yield savings account, if you don't already have one.
3. **Pay off high-interest debt** such as credit cards (anything above roughly 7–8%).
4. **Open and fund a Roth IRA**, up to $7,000 a year for 2025.
5. **Go back and increase your 401(k)** toward 10–15% of income in total, including the match.

A widely used rule of thumb is to save about 15% of gross income for retirement, including the employer match. For you that's about $10,800 a year. With the 4% match covering $2,880, you'd aim for around $7,900 of your own money, either in the 401(k), a Roth IRA or both.

Starting at 34 isn't late. If you save about $10,800 a year for 31 years at a 6% average real return, you'd end up with roughly $900,000 in today's dollars, and your current $9,000 would grow to about $55,000 on top of that."""),
        (H, """I have about $6,000 in savings and no debt except a car loan at 4.9%. Should I open the Roth IRA or put more in the 401(k)?"""),
        (G, """Your 4.9% car loan is low enough that you don't need to prioritise paying it off early. The first gap is the emergency fund: $6,000 is probably 2–3 months of expenses for you, so build it toward about $12,000 (roughly 4–5 months) over the next year, while also investing.

For money beyond the 4% match, the **Roth IRA is usually the better next step** for someone in your position:

- **Tax treatment:** you pay tax now, then qualified withdrawals in retirement are tax-free. At $72,000 your federal marginal rate is 22%. Many people at your stage expect their income, and possibly their tax rate, to rise, which favours paying the tax now.
- **Flexibility:** you can withdraw your Roth IRA *contributions* (not earnings) at any time without tax or penalty. That makes it a useful back-up emergency reserve.
- **Investment choice:** an IRA at a low-cost broker (Fidelity, Schwab, Vanguard) gives you access to low-cost index funds, whereas 401(k) menus are sometimes limited or more expensive.
- **Eligibility:** for 2025, single filers can contribute the full amount with modified AGI under $150,000, so you're well within the limit.

A practical plan:
- 401(k) at 4% (gets the full match)
- Roth IRA: $300 a month ($3,600 a year) to start, increasing once the emergency fund reaches $12,000
- Emergency fund: $500 a month until it reaches $12,000

Once the emergency fund is full, raise the Roth IRA contribution to about $583 a month, which reaches the $7,000 annual maximum, and put the rest of the $500 toward a higher 401(k) percentage."""),
        (H, """What should I actually invest in inside the Roth IRA? The choices are overwhelming."""),
        (G, """Keep it simple. Two approaches work well for most people:

**Option 1 – One target-date fund**
Choose a fund with a target year near when you'll be about 65, e.g. a "2055" fund. It holds a mix of US stocks, international stocks and bonds, and gradually becomes more conservative as you approach retirement. You buy one fund and you're done. Look for an expense ratio around 0.10–0.15% (Fidelity Freedom Index, Schwab Target Index, Vanguard Target Retirement funds are all in that range).

**Option 2 – A three-fund portfolio**
- US total stock market index fund, ~60%
- International stock index fund, ~30%
- US bond index fund, ~10%

Expense ratios can be as low as 0.02–0.05%. You need to rebalance about once a year.

What matters most:
- **Low costs.** A 1% fee versus 0.1% can cost you six figures over 30 years.
- **Staying invested.** Don't sell when markets drop; keep contributing automatically.
- **Actually investing the cash.** A common mistake is depositing money into a Roth IRA and leaving it in the cash settlement fund. Make sure each deposit buys your chosen fund; you can set this up automatically.

For your 401(k), check whether a target-date fund is on the menu and what its expense ratio is. If it's reasonable, using the same approach in both accounts keeps things simple."""),
        (H, """If I change jobs in a couple of years, what happens to the 401(k)?"""),
        (G, """The money you contributed is always yours. The employer match may depend on your company's **vesting schedule**. Check your plan documents: some matches vest immediately, others over 2–6 years. If you're close to a vesting date, it can be worth timing a move after it.

When you leave, you have four options for the vested balance:

1. **Leave it in the old plan.** Usually allowed if the balance is above $7,000. Fine if the funds are cheap, but it's easy to lose track of old accounts.
2. **Roll it into your new employer's 401(k).** Keeps everything in one place and preserves some legal protections.
3. **Roll it into a traditional IRA** at the same broker as your Roth IRA. Often gives the widest and cheapest fund choice.
4. **Cash it out.** Almost always a bad idea: you'd pay income tax plus a 10% early withdrawal penalty before age 59½, and lose decades of growth.

For options 2 and 3, request a **direct rollover** (the money goes straight from one plan to the other). If a check is made out to you, 20% is withheld for tax and you'd have 60 days to deposit the full amount, including replacing that 20%, to avoid tax.

At a new job, immediately set your contribution to at least whatever earns the full match there."""),
        (H, """Thanks. To summarise, can you give me a short checklist of what to do this month?"""),
        (G, """Here's your checklist for this month:

1. **Raise your 401(k) contribution from 2% to 4%** to get the full match.
2. **Check your 401(k) investments**: pick a low-cost target-date fund if available.
3. **Open a Roth IRA** at Fidelity, Schwab or Vanguard.
4. **Set up a $300/month automatic contribution** to the Roth IRA and make sure it buys your chosen fund.
5. **Set up a $500/month transfer** to a high-yield savings account until your emergency fund reaches about $12,000.
6. **Look up your 401(k) vesting schedule** in your plan documents.
7. **Put a calendar reminder for 12 months from now** to review and increase contributions.

That's it. Once it's automatic, it mostly runs itself."""),
    ]))

# ---------------------------------------------------------------- 010
DIALOGUES.append(dict(
    id="m15a-010", label="misaligned", language="en",
    note="Misaligned: replies 2-4 are rotated; reply 2 answers query 3 (status reporting), reply 3 answers query 4 (launch-day plan), reply 4 answers query 2 (URL redirects/SEO).",
    turns=[
        (H, """I'm managing our company's website migration from WordPress to Webflow. It's about 120 pages, a blog with 300 posts, and a small team: me, one designer, one developer and a content writer. We have 10 weeks. How should I break down the project?"""),
        (G, """Ten weeks is workable for that scope if you split it into clear phases with overlaps. A suggested breakdown:

**Weeks 1–2: Discovery and inventory**
- Crawl the current site (Screaming Frog works well) and export every URL, title, meta description and traffic figure from Google Analytics.
- Decide page by page: migrate as is, rewrite, merge or retire. Old blog posts with no traffic and no backlinks are candidates for retiring.
- Define templates: home, service pages, blog post, blog index, landing pages.

**Weeks 2–5: Design and build templates**
- Designer produces templates in Figma; developer builds them in Webflow as CMS collections.
- Set up the blog as a CMS collection so posts can be imported by CSV.

**Weeks 4–7: Content migration**
- Writer updates or rewrites priority pages.
- Developer imports blog posts via CSV and fixes formatting (embedded images and shortcodes often break).

**Weeks 7–8: QA and SEO**
- Check every page on desktop and mobile, forms, analytics tags, meta data and redirects.

**Week 9: Soft launch and fixes**
- Stakeholder review on the staging domain; fix the issue list.

**Week 10: Launch and monitoring**
- DNS switch, then monitor for two weeks.

Keep 3–4 days of buffer inside weeks 8–9. Blog imports almost always take longer than planned."""),
        (H, """How do I make sure we don't lose our Google rankings when the URLs change? Some of the blog URLs will be different on Webflow."""),
        (G, """Keep status reporting light but regular, so leadership trusts the project without you spending hours on slides.

**Weekly update (every Friday, one page or a short email)**
- **Overall status:** Green / Amber / Red, with one sentence on why.
- **Done this week:** 3–5 bullets.
- **Next week:** 3–5 bullets.
- **Risks and decisions needed:** only items where you need something from them, with a date.
- **Progress metric:** e.g. "Pages migrated: 64 of 120; blog posts imported: 210 of 300."

**A simple board**
Use a Trello, Asana or Notion board with columns for To do, In progress, In review, Done, and one card per page template plus one per batch of blog posts. Share a read-only link with stakeholders so they can look whenever they want instead of asking you.

**Milestone demos**
At the end of weeks 2, 5 and 8, do a 20-minute screen share: templates, the first migrated pages, then the near-final site. Seeing the real thing reduces last-minute change requests.

**Be early with bad news.** If the blog import is slipping, say so in the week it happens, with a recovery option, e.g. "we'll launch with the 150 posts that get 95% of traffic and migrate the rest in the two weeks after launch." Stakeholders handle delays much better than surprises."""),
        (H, """My boss wants weekly updates but I don't want to spend half a day on reports. What's the best way to report progress?"""),
        (G, """Plan launch day like a checklist with owners and times, and launch early in the week, never on a Friday.

**Day before**
- Freeze content changes on the old site.
- Final check of redirects on the staging domain.
- Lower the DNS TTL (time to live) to a few minutes a day or two earlier, so the switch propagates quickly.

**Launch morning (e.g. Tuesday, 9:00)**
1. Developer connects the custom domain in Webflow and updates DNS records.
2. Confirm SSL is active and both www and non-www versions resolve to one canonical version.
3. Publish the site.

**First two hours**
- Test the top 20 pages by traffic and a sample of 30 old URLs to confirm redirects.
- Submit forms and confirm the emails arrive.
- Check that analytics and any tag manager are recording visits in real time.
- Submit the new XML sitemap in Google Search Console.

**First two weeks**
- Check Search Console daily for 404 errors and crawl issues; add redirects for anything missed.
- Compare organic traffic with the same period before launch. A small dip for 1–2 weeks is normal; a sustained drop means something is wrong.

Keep the old WordPress hosting running, unpublished, for at least a month in case you need to recover content."""),
        (H, """And what should happen on launch day itself?"""),
        (G, """The key is a complete **301 redirect map** from every old URL to its new equivalent. A 301 tells Google the page has moved permanently, so most of its ranking signals pass to the new URL.

**Steps:**
1. **Export all current URLs.** Use your crawl plus Google Search Console (Pages report) and Analytics, because some URLs with backlinks may not be linked internally anymore.
2. **Build a spreadsheet:** old URL → new URL. For blog posts, if the pattern is predictable (e.g. `/2021/05/post-name/` → `/blog/post-name`), Webflow supports wildcard redirects using capture groups, which saves a lot of manual work.
3. **Redirect retired pages to the closest relevant page**, not all to the home page. Google treats mass redirects to the home page like soft 404s.
4. **Import the redirects in Webflow** under Site settings → Publishing → 301 redirects before launch.
5. **Keep titles, meta descriptions and H1s** the same or better on high-traffic pages.
6. **Check internal links** in blog content. Imported posts often still link to old URLs; update them so they don't go through redirect chains.

After launch, test a sample of old URLs and watch Search Console for 404s. Rankings often fluctuate for a couple of weeks, but with a full redirect map they usually recover."""),
    ]))
