# Dialogues k11a-001 .. k11a-008 (hand-written)
H, G = "human", "gpt"

D = []

# ---------------------------------------------------------------- 001
D.append(dict(
    num=1, label="good", language="en",
    note="Good: first-year beekeeper goes from mite count to treatment choice to overwintering; each reply specific and consistent, one deliberately short reply.",
    turns=[
        (H, "I started my first hive in May from a nuc (10-frame Langstroth, central Ohio). It's late August now and my neighbor, who's kept bees for years, says I 'definitely need to treat for mites'. The bees look fine to me. How do I actually know whether I have a mite problem?"),
        (G, """Your neighbor is probably right to raise it, but you should measure rather than guess. Varroa mites are nearly invisible on adult bees until an infestation is already severe, so "the bees look fine" tells you very little in late August.

**The standard test: an alcohol wash**
1. Find a frame of open brood (the nurse bees there carry the most mites). Make sure the queen is not on it.
2. Shake the bees into a tub and scoop about ½ cup of them — that is roughly 300 bees.
3. Pour them into a mite-wash jar (or a wide-mouth mason jar) with enough 70% isopropyl alcohol or windshield washer fluid to cover them.
4. Swirl gently for about 60 seconds, then pour the liquid through a mesh into a white tray and count the mites.

**How to read it**
Divide the mites by 3 to get mites per 100 bees. In late summer, the commonly used action threshold is about **2–3 mites per 100 bees**. Above that, treat.

**Alternatives**
- *Sugar roll*: same ½ cup of bees in a jar with a mesh lid and two tablespoons of powdered sugar; roll, let it sit two minutes, shake the mites out. The bees survive, but it undercounts somewhat, especially in humid weather.
- *Sticky boards* under a screened bottom board show mite drop, but they are hard to interpret and I would not rely on them alone.

Do the wash this week. Late August matters because the colony is starting to raise its long-lived winter bees right now, and those need to develop without mites feeding on them."""),
        (H, "Okay, did the wash. I counted 11 mites from what I think was about 300 bees. Is that bad?"),
        (G, """Yes — that is high enough to act on now.

11 mites ÷ 3 ≈ **3.7 mites per 100 bees**, which is above the late-summer threshold of roughly 3. And the number only tells you about mites riding on adult bees; a large share of the population is hidden under capped brood, so the true load is higher than the wash suggests.

What you can use in late August, with brood present:

| Product | Active ingredient | Notes |
|---|---|---|
| Formic Pro | formic acid | Kills mites under cappings too; temperature-sensitive |
| Apivar | amitraz strips | Long treatment (42–56 days); very reliable |
| Apiguard | thymol gel | Needs warm weather; can slow the queen |
| Oxalic acid (vapor or dribble) | oxalic acid | Cheap and effective, but mostly misses mites in capped brood, so one application now won't be enough |

For a single colony in Ohio at this time of year, **Formic Pro** or **Apivar** are the two I would choose between. Formic works fast (about two weeks), which is attractive because you are short on time before the winter bees are raised. Apivar is gentler on the colony but takes six to eight weeks.

Whichever you pick, follow the label exactly: these are registered pesticides and the label is the legal instruction."""),
        (H, "I still have a honey super on top that's maybe two-thirds capped. Can I treat with the super on or do I have to pull it?"),
        (G, """It depends on the product, and this is one of the reasons people in your position often choose Formic Pro.

- **Formic Pro:** the label allows use *with honey supers on*, so you can treat without pulling the super.
- **Apivar:** supers must be removed before the strips go in, and you can't put them back on until the strips have been out for the period on the label.
- **Apiguard:** also supers off.

So your options are:
1. Treat with Formic Pro now and leave the super on, or
2. Pull the super now (uncapped frames can be left for the bees or extracted if the nectar is ripe — shake a frame; if nectar rains out it is too wet), then use whichever product you prefer.

If you go with Formic Pro, watch the weather closely. The label calls for daytime highs roughly between 50 and 85°F, and heat on the first few days is what causes problems: too much vapor can lead to brood loss or, occasionally, the colony superseding or losing the queen. Check the forecast for the next three days, keep the full bottom entrance open (no entrance reducer), and don't be alarmed by some dead bees at the entrance the first day or two — that is common.

Don't open the hive for about a week after putting the strips in unless something looks wrong."""),
        (H, "How long after treatment should I re-check the mites?"),
        (G, """Do another alcohol wash about **one to two weeks after the treatment period ends** (for the two-strip Formic Pro treatment, that means roughly three to four weeks after you start). You are aiming for **under 1 mite per 100 bees** — so 3 or fewer in your ½-cup sample. If you're still above 2 per 100, plan a follow-up treatment rather than hoping the cold will fix it."""),
        (H, "Assuming the mites are under control, what else do I need to do to get this colony through its first winter?"),
        (G, """Once mites are handled, winter survival comes down to four things: food, mice, moisture and not disturbing them.

**1. Food (the big one)**
A colony in central Ohio typically needs **60–80 lb of honey** to get to spring. In a 10-frame setup, that usually means the top deep box should be close to full of capped honey by mid-October.
- Check by "hefting": tip the back of the hive up an inch. A well-stocked two-deep hive feels almost immovable; if it comes up easily, they're light.
- If they're light, feed **2:1 syrup** (2 parts sugar to 1 part water by weight) in September and early October, while days are still warm enough (roughly above 50°F) for them to take it down and cure it.
- After that, switch to solid sugar — a candy board, fondant or sugar bricks placed directly over the cluster — as emergency food from December to March.

**2. Mice**
Put a **mouse guard** (metal strip with 3/8" holes) on the entrance by early October, before mice start looking for a warm home.

**3. Moisture**
Cold rarely kills a healthy cluster; dripping condensation does. Options: a small upper entrance, a moisture quilt box with wood shavings, or a sheet of rigid foam insulation on top of the inner cover so the ceiling stays warmer than the walls. Tilt the hive very slightly forward so water runs out.

**4. Leave them alone**
Don't open the hive below about 50°F. In winter you can still check from outside: heft for weight, listen for the hum with your ear on the box, and look for cleansing flights on warm days.

Finally, if the colony is small in October (fewer than about six frames covered with bees), consider combining it with another colony — a small cluster struggles to keep itself warm."""),
    ]))

# ---------------------------------------------------------------- 002
D.append(dict(
    num=2, label="leakage", language="en",
    note="Leakage: the turn-3 assistant reply opens with a generator control line ('[gen:reply idx=3 tone=reassuring max_words=220]'); the rest is fine.",
    turns=[
        (H, "We bought our house in 2023 with a 30-year fixed at 7.25%. Remaining balance is about $340,000. Our lender just quoted 6.25% with $6,800 in closing costs. Is that worth it?"),
        (G, """It can be, but it depends on how long you'll keep the loan. The way to judge it is the break-even point.

**Your current payment (principal + interest)**
$340,000 over 30 years at 7.25% ≈ **$2,319/month**.

**New payment**
$340,000 over 30 years at 6.25% ≈ **$2,093/month**.

**Monthly savings:** about **$226**.

**Break-even:** $6,800 ÷ $226 ≈ **30 months**, so roughly two and a half years.

In plain terms: if you're confident you'll stay in the house (and not refinance again) for more than about 2½ years, this refinance comes out ahead. If there's a real chance you'll move or sell within two years, you would likely lose money on it.

A few things to check before deciding:
- **Are the closing costs being paid in cash or rolled into the loan?** If you roll $6,800 in, your balance becomes about $346,800 and the payment rises to about $2,135, so the savings shrink to around $184/month and break-even stretches to about 37 months.
- **Does the quote include points?** Ask for the Loan Estimate and look at Section A (origination charges). If part of the $6,800 is discount points buying the rate down, you can ask for a version without points to compare.
- **Escrow prepaids aren't a true cost.** Property tax and insurance reserves on the Loan Estimate are money you'd pay anyway; your old escrow balance is refunded after the old loan is paid off. Make sure your break-even uses only true closing costs."""),
        (H, "The same lender also offered a 'no closing cost' option at 6.625%. Which one is better?"),
        (G, """With the no-closing-cost option, the lender covers the fees in exchange for a higher rate (lender credits).

**No-closing-cost at 6.625%:** payment ≈ **$2,177/month**, saving about **$142/month** compared with today, and you break even immediately because you pay nothing up front.

**Comparing the two offers directly**
The 6.25% loan saves about $84/month more than the 6.625% loan, but costs $6,800 up front. $6,800 ÷ $84 ≈ **81 months, or about 6¾ years**.

So:
- If you expect to keep this loan **less than about 6–7 years**, the no-closing-cost option wins.
- If you expect to keep it **longer than that**, the 6.25% option wins.

A quick 5-year check: the 6.25% loan saves about $13,560 in payments minus $6,800 in costs = **$6,760**; the 6.625% loan saves about **$8,520** with no costs.

There is also a strategic argument for the no-cost option: if rates drop again, you can refinance a second time without having "wasted" $6,800. People who expect rates to keep falling often take the no-cost loan for exactly that reason."""),
        (H, "Let's say we go ahead. What documents will they ask for so I can start gathering them?"),
        (G, """[gen:reply idx=3 tone=reassuring max_words=220]
Good idea to gather them now — it speeds up underwriting a lot. For a standard rate-and-term refinance, expect to be asked for:

**Income**
- Pay stubs covering the most recent 30 days, for each borrower
- W-2s for the last two years
- If either of you is self-employed or has rental income: two years of complete personal (and possibly business) tax returns, plus a year-to-date profit-and-loss statement

**Assets**
- The two most recent monthly statements for every checking, savings and investment account (all pages, even blank ones)
- Be ready to explain any large deposit that isn't payroll

**The property and existing loan**
- Your most recent mortgage statement
- Homeowners insurance declarations page and your agent's contact details
- HOA contact information and dues, if you have an HOA
- Your most recent property tax bill

**Identity**
- Driver's license or passport for each borrower
- Social Security numbers (they'll pull credit with your permission)

The lender may also order an appraisal; in some cases they'll waive it based on automated valuation. Avoid opening new credit cards or making big purchases on credit until you close, since they'll re-check your credit just before closing."""),
        (H, "Last question: refinancing into another 30-year restarts the clock. Should we look at a 20-year instead?"),
        (G, """It's worth pricing. You've paid about two years on your current loan, so a new 30-year pushes your payoff date out roughly two years, and you pay interest for longer.

Suppose a 20-year fixed is offered at around **5.75%** (shorter terms usually price a bit lower):
- Payment on $340,000: about **$2,387/month** — only about $68 more than you pay today.
- Total interest over the life of the loan: about **$233,000**.

Compare the 30-year at 6.25%:
- Payment about **$2,093/month**.
- Total interest if held to term: about **$414,000**.

That's a difference of roughly **$180,000** in lifetime interest, for about $294/month more in payment than the 30-year refinance.

The trade-off is flexibility. The 30-year gives you the lower required payment, which protects you if income drops; you can still prepay it as if it were a 20-year (check that there's no prepayment penalty). The 20-year forces the discipline and gives you a lower rate, but the higher payment is mandatory.

A common middle path: take the 30-year at 6.25%, then set up an automatic extra principal payment. You won't get the lower 20-year rate, but you keep the safety net."""),
    ]))

# ---------------------------------------------------------------- 003
D.append(dict(
    num=3, label="good", language="zh",
    note="Good: owner of a leash-pulling, reactive Shiba Inu gets a consistent step-by-step training plan; replies specific, one correctly short.",
    turns=[
        (H, "我家柴犬一岁半，公的，已绝育。每次出门散步都拼命往前拽绳子，我手腕都被拽疼了。应该怎么开始训练？"),
        (G, """拽绳是最常见的问题之一，好消息是一岁半的狗完全可以练好。关键是让它明白：**绳子松的时候才能往前走，绳子一紧世界就停下来。**

**一、先换装备**
- 用 **Y 型胸背带**（胸前呈 Y 字形，不压肩关节），比项圈更安全，柴犬脖子受力大容易伤气管。
- 牵引绳用 1.5–2 米的固定长度绳，**不要用伸缩绳**——伸缩绳本身就在奖励拽绳。
- 不建议用 P 链或刺圈，靠疼痛压制的方法对柴犬这种敏感又倔的犬种，常常会让它更紧张、更容易对外界产生攻击反应。

**二、"红绿灯"练习（每天出门前 5 分钟）**
1. 准备高价值零食（鸡胸肉丁、奶酪小块），切成黄豆大小。
2. 绳子一绷紧，你立刻站住不动，不拉、不说话。
3. 等它回头看你或者往回退一步让绳子松下来，马上说"好"并在你腿边喂一颗。
4. 再继续往前走。

**三、奖励位置很重要**
每次都在你左腿（或右腿）旁边的同一个位置喂零食，它会慢慢发现"待在这里最有好处"。

**四、先在无聊的环境练**
先在家里走廊、小区安静的角落练，再逐步到人多、狗多的地方。刚开始一次散步可能只走了 50 米，这是正常的。"""),
        (H, "在安静的地方练了几天，确实好一点了。但只要看到别的狗，它就狂叫、往前冲，怎么喂零食都不吃。"),
        (G, """这说明它已经 **"超过阈值"**——情绪太激动，大脑进入应激状态，根本顾不上吃东西。这时候训练是无效的，所以第一步是**拉开距离**。

**1. 找到它的阈值距离**
观察它在离别的狗多远时能"看到但还能吃零食、还能听你叫名字"。比如 30 米能做到、15 米就开始叫，那就先在 30 米左右练。

**2. "看那个"（LAT）练习**
- 它一看到远处的狗，你就说"好"，立刻喂一颗零食。
- 重复多次后，它会形成"看到狗 = 有好吃的"，慢慢开始看一眼狗就主动回头看你。
- 它能稳定回头看你之后，再把距离缩短几米。

**3. 遇到太近的狗：掉头走**
练一个轻松的"掉头"口令：说"走这边"，转身往反方向走，它跟上就奖励。这不是逃避，而是不让它反复练习狂叫。

**4. 管理环境**
- 选择狗少的时间散步，比如早上 6 点或晚上 9 点以后。
- 必要时隔着停着的车、绿化带等遮挡物通过。

柴犬天生警惕性高，这个过程通常需要几周到几个月，但只要它每次都在阈值以下，进步会很稳定。"""),
        (H, "每天训练多长时间比较合适？"),
        (G, """少量多次最有效：每次 **5–10 分钟**，每天 **2–3 次**，正式散步时顺带练习就算一次。它开始分心、抓咬绳子或者对零食失去兴趣时就该结束，最后一定要用一个它能轻松做到的动作收尾，让训练在成功中结束。"""),
        (H, "按你说的练了两周，拽绳好多了，但见狗狂叫还是没什么变化。要不要找训练师？找什么样的？"),
        (G, """两周内"对狗反应"没有明显变化其实很常见，这类问题一般以月为单位改善。但如果你觉得自己卡住了，找专业的人帮忙是很好的选择。有几点建议：

**先排除身体原因**
疼痛（比如关节、皮肤、牙齿问题）会让狗更易怒、更容易吠叫。如果最近一年没体检，先带它去兽医那里做一次检查。

**选训练师时看什么**
- **方法**：优先选择使用正向强化（奖励为主）的训练师。如果对方一上来就推荐电击项圈、P 链猛拉、"要让狗知道谁是老大"，建议换人。
- **资质**：国际上常见的认证有 CPDT-KA（认证专业犬训练师）、IAABC 的行为咨询师认证等；国内也有一些相关认证，但更重要的是问清楚具体做法。
- **是否上门/陪同散步**：对狗反应需要在真实场景中练，只在训练场里上课效果有限。

**第一次沟通可以问的问题**
1. 您会怎么处理我家狗见狗狂叫的问题？
2. 如果它做错了，您会怎么做？
3. 大概需要多长时间，我自己每天要做什么？

如果训练师评估后认为焦虑程度比较高，也可能建议你咨询有行为学经验的兽医，必要时配合药物。这并不罕见，也不代表训练失败。"""),
    ]))

# ---------------------------------------------------------------- 004
D.append(dict(
    num=4, label="placeholder", language="en",
    note="Placeholder: in turn 5 the clamping reply leaves editorial 'TK' slots unfilled (\"you'll want TK bar clamps\", \"about TK inches apart\"); otherwise a good woodworking dialogue.",
    turns=[
        (H, "I'm building my first dining table. The top will be white oak, 72\" x 38\", glued up from 8/4 rough boards I bought from a local sawmill. They've been in my garage for a week. Can I start milling?"),
        (G, """Not quite yet. The single most common cause of a warped or cracked tabletop is milling wood before it's at equilibrium with the room where the table will live.

**Check the moisture content first**
Get a pin or pinless moisture meter (a $30–50 one is fine for this). Kiln-dried hardwood for indoor furniture should read around **6–8%** in most of the US. If your boards read 10–12% or higher, they need more time.

**Acclimate them properly**
- Bring them inside if you can — a garage can be much more humid than your dining room.
- Sticker them: stack the boards with ¾" strips of dry wood between layers every 16–18" so air reaches every face.
- Give them **two to three weeks** and re-check. Readings should stabilize and be similar between boards.

**Mill in two stages**
When they're ready, rough-mill first: cut to rough length (a couple of inches over), joint and plane them to about ⅛" over final thickness, and rip slightly oversize. Then let them sit stickered for another few days. Oak releases internal stress when you remove material, and boards often move a little. After that, take them to final dimension.

For a 72" top, plan on a finished thickness of about 1¼"–1⅜" from 8/4 stock. That leaves room to flatten after glue-up."""),
        (H, "I don't have a jointer. How do I get glue-ready edges?"),
        (G, """You have a few good options without a jointer:

**1. Router with a straightedge**
Clamp a known-straight edge (a factory edge of ¾" MDF or plywood, or a level) to the board, and run a flush-trim or pattern bit along it. Take no more than ⅛" per pass. This gives an excellent edge and is probably the most accurate option for 72" boards.

**2. Table saw with a sled or straight-line jig**
Screw or clamp the rough board to a straight carrier board (a strip of plywood wider than the fence-to-blade distance), with the crooked edge overhanging the carrier. Run the carrier against the fence; the blade cuts a straight line. Flip and rip the other edge parallel against the fence. With a good rip blade, the edge is often glue-ready straight off the saw.

**3. Hand plane**
A jointer plane (No. 7 or No. 8) or even a No. 5 can joint edges. For a table top, plane two mating boards together ("match planing"): clamp them face to face and plane both edges at once. Any slight angle in the edge cancels out when you open them like a book.

Whichever method you use, check the joint by standing the two boards edge to edge: there should be no light through the joint, or at most a very slight gap in the middle (a "spring joint"), which clamping closes."""),
        (H, "Which glue should I use, and how much time do I have once it's spread?"),
        (G, """For an indoor dining table, a standard PVA wood glue is ideal.

- **Titebond Original** — strong, easy to sand, open time roughly 5 minutes. Fine for indoors.
- **Titebond II** — water-resistant; similar open time. Good if you want a bit more protection against spills soaking into the joints.
- **Titebond III** — waterproof, longer open time (around 8–10 minutes), and slightly darker glue line. Its extra working time is the main reason people choose it for big glue-ups like yours.

Four or five long joints in a 72" top is a lot of surface to spread glue on, so the longer open time of Titebond III is worth it for a first table. Also:
- Do a **dry run** with all clamps and cauls in place so you know the sequence.
- Use a small roller or a silicone brush to spread a thin, even film on **one** edge of each joint.
- If you think you can't do it in one go, glue up the top in two halves, then join the halves the next day.
- Work at room temperature; PVA glues need at least about 50°F to cure properly."""),
        (H, "Should I use biscuits or Dominos in the joints?"),
        (G, """They're optional. A properly jointed long-grain edge joint with PVA glue is **stronger than the wood itself** — biscuits and Dominos add essentially no strength in a tabletop.

What they do help with is **alignment**: keeping the faces of adjacent boards flush while you clamp. That saves you a lot of flattening later.

- If you have a biscuit joiner, use #20 biscuits every 10–12" along each joint, keeping them 3–4" from the ends (so they don't show when you trim the ends).
- If you don't, cauls do the same job: straight 2x stock clamped across the top and bottom of the panel (waxed or taped so glue doesn't stick). Many experienced builders skip biscuits entirely and rely on cauls.

Don't bother buying tools just for this."""),
        (H, "Okay, clamping. How many clamps do I need for this top and how should I arrange them?"),
        (G, """For a 72" long panel with boards about 6–7" wide, you'll want TK bar clamps, plus two or three pairs of cauls.

**Arrangement**
- Alternate clamps **above and below** the panel. Clamps only on one side tend to bow the top toward the bars; alternating cancels this.
- Space them about TK inches apart along the length, with the first and last clamps roughly 2–3" from the ends.
- Put cauls across the width at both ends and in the middle to keep the faces flush.

**Pressure**
Use firm but moderate pressure. You want a continuous thin bead of squeeze-out along each joint. If you crank down as hard as possible, you can starve the joint of glue and distort the panel. Parallel-jaw clamps (Bessey K-Body, Jet) are great but pricey; pipe clamps with ¾" black pipe are the cheap, effective option for long tops.

**Squeeze-out**
Let it skin over for 20–30 minutes, then scrape it off with a chisel or putty knife. Wiping wet glue with a damp rag can push glue into the pores, which shows up as blotches under finish.

Leave the panel in clamps for at least an hour, and don't stress the joints (flattening, routing) for 24 hours."""),
        (H, "After glue-up, how do I flatten a top this big without a wide planer?"),
        (G, """Two main approaches:

**1. Router sled**
Build a pair of straight rails on either side of the tabletop, set to the same height, and a sled that carries your router across them. Use a 1–1½" surfacing (spoilboard) bit and take passes of about 1/16". Flip the top, shim it so it doesn't rock, and do the other side. It's slow but very reliable and needs no hand-plane skill. Expect some light tearout and ridges, which you'll sand out.

**2. Hand planes**
- **Jack plane (No. 5) with a cambered iron** across the grain/diagonally to remove high spots.
- **Jointer plane (No. 7)** diagonally in both directions, then along the grain, checking with winding sticks and a straightedge.
- **Smoothing plane** or a card scraper to finish.

**Sanding**
Start with a random-orbit sander at 80 grit if there are ridges, then 120, 150 and 180. For oak, 180 is usually enough under oil or a hard-wax oil; going much finer can reduce absorption.

**Finish**
For a dining table, something durable: a hard-wax oil (Rubio Monocoat, Osmo Polyx) or a wipe-on polyurethane. Finish both sides equally so the top doesn't cup as it exchanges moisture with the air."""),
    ]))

# ---------------------------------------------------------------- 005
D.append(dict(
    num=5, label="good", language="en",
    note="Good: asyncio debugging session (hanging scraper, blocking calls, semaphores, timeouts, TaskGroup) with correct code and one short, correctly brief answer.",
    turns=[
        (H, """My async scraper just hangs after a while. Python 3.11, aiohttp. Simplified:

```python
async def fetch(session, url):
    async with session.get(url) as r:
        html = await r.text()
    data = parse(html)   # BeautifulSoup, takes ~0.3s
    save_to_db(data)     # psycopg2 insert
    return data

async def main(urls):
    async with aiohttp.ClientSession() as s:
        return await asyncio.gather(*(fetch(s, u) for u in urls))
```

With 50 URLs it's fine; with 2,000 it crawls and then seems to stop. What's wrong?"""),
        (G, """There are a few things going on, and together they explain the "crawls, then stops" behaviour.

**1. Blocking calls on the event loop**
`parse()` (BeautifulSoup, ~0.3 s) and `save_to_db()` (psycopg2) are ordinary synchronous functions. While either runs, the event loop is frozen: no other request makes progress, no timeouts fire. With 2,000 URLs that's around 10 minutes of pure blocking just for parsing.

Move them off the loop:

```python
data = await asyncio.to_thread(parse, html)
await asyncio.to_thread(save_to_db, data)
```

(Better still for the DB: an async driver such as `asyncpg` or psycopg 3's async API.)

**2. Unbounded concurrency**
`gather` starts all 2,000 requests at once. aiohttp's default connector caps connections at 100 total, so the rest queue inside the connector — and while the loop is blocked by parsing, those queued requests can sit until servers drop the connection.

**3. No timeouts**
aiohttp's default total timeout is 5 minutes per request. A few stuck connections look like a hang.

A fixed version:

```python
import asyncio, aiohttp

SEM = asyncio.Semaphore(20)
TIMEOUT = aiohttp.ClientTimeout(total=30)

async def fetch(session, url):
    async with SEM:
        async with session.get(url) as r:
            r.raise_for_status()
            html = await r.text()
    data = await asyncio.to_thread(parse, html)
    await asyncio.to_thread(save_to_db, data)
    return data

async def main(urls):
    async with aiohttp.ClientSession(timeout=TIMEOUT) as s:
        return await asyncio.gather(*(fetch(s, u) for u in urls),
                                    return_exceptions=True)
```

`return_exceptions=True` keeps one failing URL from discarding the results of all the others; you then filter exceptions out of the result list."""),
        (H, "Is psycopg2 safe to call from to_thread? I have one global connection."),
        (G, """Not with one shared connection used concurrently. psycopg2 connections are thread-safe in the narrow sense that they won't crash, but **operations on a single connection are serialized**, and all threads share one transaction. If one insert fails, the transaction is aborted for every thread until someone rolls back, and you get confusing `InFailedSqlTransaction` errors.

Options, from least to most change:

1. **A thread-safe pool**: `psycopg2.pool.ThreadedConnectionPool(minconn=1, maxconn=10, ...)`. In `save_to_db`, `getconn()`, insert, commit, `putconn()`. Keep `maxconn` around the size of the default thread pool you actually use (`asyncio.to_thread` uses the loop's default executor, which has `min(32, os.cpu_count() + 4)` workers).
2. **Batch writes**: collect parsed rows and insert them in chunks of, say, 500 with `psycopg2.extras.execute_values`. Fewer round-trips, one connection is then fine.
3. **Go async**: `asyncpg` with `asyncpg.create_pool()`, then `async with pool.acquire() as conn: await conn.executemany(...)`. No threads involved for the DB.

For a scraper, option 2 is often the biggest win for the least effort."""),
        (H, "Now I sometimes see 'Task was destroyed but it is pending!' at exit. What causes that?"),
        (G, """That message is printed when a Task object is garbage-collected while it still hasn't finished — usually because the event loop shut down (or the task lost every reference to it) before the task completed.

Common causes:

1. **Fire-and-forget tasks**: `asyncio.create_task(something())` without storing the result. The loop only keeps a *weak* reference to tasks, so an unreferenced task can be collected mid-flight. The docs recommend keeping references:

```python
background = set()
t = asyncio.create_task(log_progress())
background.add(t)
t.add_done_callback(background.discard)
```

2. **Exiting `main()` while tasks are still running**: e.g. you started a progress-reporter task and returned without cancelling/awaiting it. `asyncio.run()` cancels remaining tasks at shutdown, but tasks created in odd ways (other loops, threads) can escape that.

3. **An exception in `gather` without `return_exceptions=True`**: `gather` raises the first exception immediately, but the other awaitables keep running; if your program then exits, they're torn down while pending.

The clean fix in 3.11 is structured concurrency with `asyncio.TaskGroup`: every task started in the group is awaited before the `async with` block exits, and if one fails, the others are cancelled properly:

```python
async with asyncio.TaskGroup() as tg:
    for u in urls:
        tg.create_task(fetch(s, u))
```

Note that TaskGroup cancels everything on the first unhandled exception, so catch per-URL errors inside `fetch` if you want the rest to continue."""),
        (H, "Quick one: asyncio.run() vs loop.run_until_complete() — does it matter which I use?"),
        (G, """Use `asyncio.run()`. It creates a fresh loop, runs your coroutine, cancels leftover tasks, shuts down async generators and the default executor, and closes the loop. `run_until_complete()` is the lower-level API and leaves all that cleanup to you; it's mainly for code that has to manage a loop manually."""),
        (H, "Some URLs hang even with the 30s ClientTimeout. How can I see where a task is stuck?"),
        (G, """A few tools help here.

**1. Asyncio debug mode**
Run with `PYTHONASYNCIODEBUG=1` (or `asyncio.run(main(), debug=True)`). It logs any callback that blocks the loop longer than `loop.slow_callback_duration` (0.1 s by default), which often reveals a hidden synchronous call, and it warns about coroutines that were never awaited.

**2. Dump what every task is waiting on**
From inside the program, e.g. triggered on a timer:

```python
for t in asyncio.all_tasks():
    t.print_stack(limit=5)
```

Each stack shows the `await` a task is parked on — you'll quickly see whether they're stuck in `session.get`, in `r.text()`, or waiting for the semaphore.

**3. Put a hard limit around the whole unit of work**
`ClientTimeout(total=30)` applies to the request, but not to your own code after the response (parsing in a thread, DB). Wrap the whole fetch:

```python
async with asyncio.timeout(60):
    return await fetch(session, url)
```

`asyncio.timeout()` is new in 3.11. On timeout it raises `TimeoutError`, which you can log with the URL.

**4. Watch for slow-drip servers**
`total` limits the whole request, but `sock_read` limits the time between chunks. Setting `ClientTimeout(total=30, sock_read=10)` catches servers that trickle bytes.

Note that a thread started by `to_thread` can't be cancelled: if `parse()` truly hangs on pathological HTML, the timeout frees your coroutine but the thread keeps running."""),
        (H, "Thanks. Last thing: what's a sensible default value for the semaphore?"),
        (G, """There's no universal number, but a reasonable way to choose:

- **Start at 10–20 per host.** Most sites tolerate that, and it's polite. If you scrape many different hosts, you can go higher overall (50–100) while limiting per host with `aiohttp.TCPConnector(limit=100, limit_per_host=10)`.
- **Measure throughput**: run 200 URLs at 10, 20, 40 and 80. Throughput usually climbs and then flattens; pick the point where it stops improving much. Beyond that you only add load, timeouts and 429 responses.
- **Respect signals from the server**: if you see HTTP 429 or 503, back off (exponential backoff with jitter, honoring `Retry-After`).
- **Keep the thread pool in mind**: with parsing in `to_thread`, more concurrency than the executor's worker count just builds a queue for the threads.

For your 2,000-URL job, 20 with `limit_per_host=10` is a sensible default."""),
    ]))

# ---------------------------------------------------------------- 006
D.append(dict(
    num=6, label="misaligned", language="en",
    note="Misaligned: replies 2 and 3 are swapped - the water-intake question gets the dairy/calcium answer and the dairy question gets the fluid-intake answer.",
    turns=[
        (H, "I passed a kidney stone last week (ouch). The lab analysis came back as 'calcium oxalate monohydrate, 100%'. What does that actually mean?"),
        (G, """Sorry you went through that — it's known as one of the most painful experiences people have.

**What the result means**
- Calcium oxalate is by far the most common type of kidney stone, accounting for roughly three-quarters of stones.
- "Monohydrate" (the mineral whewellite) refers to the crystal form. Monohydrate stones tend to be harder and are often associated with high urinary oxalate; the dihydrate form is more often associated with high urinary calcium. That's only a hint, not a diagnosis.
- "100%" means the stone was pure calcium oxalate, with no uric acid, struvite (infection) or calcium phosphate component. That rules out several less common causes.

**Why stones form**
Stones form when urine is *supersaturated* — there's more calcium and oxalate dissolved than the urine can hold — so crystals form and grow. The main drivers are:
- Low urine volume (not drinking enough)
- High urinary oxalate (diet, gut absorption issues)
- High urinary calcium (sometimes genetic, sometimes diet-related, such as a high salt intake)
- Low urinary citrate (citrate is a natural inhibitor of stone formation)

**What's next**
About half of people who have one stone will have another within 5–10 years without prevention. Your doctor may suggest a **24-hour urine collection** to see which of these factors applies to you specifically, which makes prevention much more targeted."""),
        (H, "How much water should I be drinking now?"),
        (G, """Please don't cut out dairy — this is one of the most common mistakes after a calcium oxalate stone, and it tends to make things worse, not better.

**Why calcium helps**
Calcium in your food binds oxalate in your gut, so the oxalate leaves in your stool instead of being absorbed and ending up in your urine. People who eat *low*-calcium diets absorb more oxalate and have a higher stone risk.

**What to do**
- Aim for the normal recommended intake of roughly **1,000–1,200 mg of calcium a day from food** (a glass of milk ≈ 300 mg, a cup of yogurt ≈ 300–450 mg, 30 g of hard cheese ≈ 200 mg).
- Eat calcium-containing foods **with** meals, especially meals that contain high-oxalate foods, so they meet in the gut.
- Be more cautious with **calcium supplements**: taken between meals they can raise urinary calcium without the binding benefit. If you need one, take it with food and discuss it with your doctor.

What *is* worth cutting back on is **salt**: high sodium intake increases the calcium your kidneys excrete. Keeping sodium under about 2,300 mg per day helps."""),
        (H, "Should I cut dairy out? My uncle said that's what caused his stones."),
        (G, """Fluid is the single most effective prevention step, and the target is about urine, not just how much you drink.

**The goal:** produce at least **2 to 2.5 liters of urine per day**. For most people that means drinking around **2.5 to 3 liters of fluid** a day, more in hot weather or when you exercise and sweat.

**Practical ways to get there**
- Spread it out: a glass with every meal, one between meals, and one before bed.
- Check your urine color: it should look pale yellow, like weak lemonade, through the day.
- Water is best. Adding lemon or lime juice gives you a bit of citrate, which helps inhibit stone formation.
- Coffee and tea count toward the total; sugary sodas and large amounts of fruit juice are not ideal.

**A quick test**
If your doctor orders a 24-hour urine collection, it will show your actual urine volume — many people who think they drink "plenty" turn out to make only 1.2–1.5 liters."""),
        (H, "What should make me go to the ER if it happens again?"),
        (G, """Many stones can be managed at home with pain relief and fluids, but some situations need urgent care. Go to the ER (or call emergency services) if you have:

- **Fever or chills along with flank pain** — this can mean an infection behind a blocked kidney, which is an emergency and can become dangerous quickly.
- **Pain you can't control** with the pain medication you've been prescribed or with over-the-counter options.
- **Vomiting that stops you keeping fluids or medication down.**
- **Little or no urine output.**
- **Only one working kidney** or a kidney transplant, with any stone symptoms.
- **Pregnancy** with stone symptoms.

Call your doctor within a day or two (rather than the ER) if:
- The pain is manageable but hasn't improved after a few days, or
- You see blood in your urine that doesn't clear up.

Since you've had a stone, it's worth asking your doctor now for a plan for next time: which pain medication to keep at home, whether a medication like tamsulosin is appropriate if a stone gets stuck, and when to get imaging."""),
    ]))

# ---------------------------------------------------------------- 007
D.append(dict(
    num=7, label="good", language="en",
    note="Good: dinner-party wine planning in three turns; a detailed course-by-course pairing, a focused white alternative, and a correctly short quantity answer.",
    turns=[
        (H, "I'm hosting 8 people on Saturday. Menu: wild mushroom risotto to start, red-wine-braised beef short ribs as the main, and a lemon tart for dessert. Budget is about $25 a bottle. What should I pour with each course?"),
        (G, """That's a lovely menu with a clear progression — earthy, then rich, then bright and sweet.

**Mushroom risotto → an earthy red or a textured white**
- **Red:** Pinot Noir from Oregon's Willamette Valley or a village-level Burgundy-style bottle at the top of your budget. Its forest-floor notes echo the mushrooms and the low tannin won't fight the creamy rice. Look for producers like A to Z or Elk Cove (around $20–25).
- **White:** an unoaked or lightly oaked Chardonnay from the Mâconnais (Mâcon-Villages, Saint-Véran) — rich enough for the butter and Parmesan, with enough acidity to keep it fresh. $15–22.

**Braised short ribs → a structured red**
Rich, fatty braised beef needs tannin and acidity to cut through it.
- **Côtes du Rhône or a Rhône-style Grenache/Syrah blend** — dark fruit, a bit of spice, excellent value ($14–20).
- **Chianti Classico** — bright acidity and savory notes; good with a red-wine braise ($20–25).
- **Malbec from Mendoza** if your guests like bigger, fruitier wines.
Bonus tip: cook with a drinkable version of the same style you'll serve — the sauce and the glass will match.

**Lemon tart → a sweet wine with high acidity**
The rule for dessert: the wine must be **at least as sweet as the dessert**, or it tastes sour and thin.
- **Moscato d'Asti** — lightly sparkling, low alcohol (around 5.5%), peachy; very crowd-pleasing ($12–18).
- **Late-harvest Riesling** or a **Sauternes-style** half bottle from a lesser-known Bordeaux appellation (Loupiac, Cadillac) — honeyed and citrusy ($18–25 for 375 ml).

Serve the reds slightly cool (around 60–65°F; 15–20 minutes in the fridge does it) and the whites and dessert wine well chilled."""),
        (H, "One guest doesn't drink red at all. Is there a white that can stand up to the short ribs?"),
        (G, """Yes — you need a white with body, texture and some savoriness, not a crisp, light one.

- **White Rhône blend (Marsanne/Roussanne/Viognier)** — waxy, full-bodied, notes of stone fruit and nuts. Côtes du Rhône Blanc is often $15–20. This is my top pick for braised beef.
- **Oaked Chardonnay** — California or Burgundy-style with some barrel age; the richness matches the sauce.
- **Skin-contact ("orange") wine** — white grapes fermented on their skins, giving a bit of tannin. Adventurous, but one of the best white options with red meat.

A bottle of any of these will cover your guest for the main course with some left over to share with the curious."""),
        (H, "How many bottles should I buy in total?"),
        (G, """For a three-course dinner for 8, plan on roughly **one bottle per guest**, so about 8 bottles:

- Risotto: 2 bottles (Pinot or Chardonnay)
- Short ribs: 3 bottles of red + 1 bottle of the white Rhône for your non-red guest
- Dessert: 2 half-bottles (375 ml) — dessert pours are small

Buy one extra red as a buffer; unopened bottles keep."""),
    ]))

# ---------------------------------------------------------------- 008
D.append(dict(
    num=8, label="structure", language="en",
    note="Structure: turns 3 and 4 are two consecutive human messages with no assistant reply between them (the assistant then answers both); content otherwise fine.",
    turns=[
        (H, "I'm an Indian citizen planning a 12-day trip to Europe in May: 8 nights in Italy (Rome, Florence, Venice) and then 4 nights in Paris. Where do I apply for the Schengen visa, Italy or France?"),
        (G, """You apply to **Italy**.

The rule for a multi-country Schengen trip is:
1. Apply to the country that is your **main destination**, measured by the length of stay (or the main purpose of the trip).
2. Only if you spend an **equal** amount of time in two or more countries do you apply to the country you'll **enter first**.

With 8 nights in Italy and 4 in France, Italy is clearly the main destination, so you apply through the Italian consulate or embassy that covers your place of residence in India. Italy, like France, handles applications through an external service provider (VFS Global), so in practice you'll book an appointment at a VFS Italy visa application centre in your jurisdiction (for example Mumbai, New Delhi, Bengaluru, Chennai, Kolkata and others).

Your itinerary should make this obvious: flight into Rome (or any Italian city), hotel bookings for the 8 nights in Italy, then the train or flight to Paris and the 4 nights there. If your plans change later, consulates can question a visa obtained from the "wrong" country, so keep the plan that you submit realistic."""),
        (H, "What documents will I need?"),
        (G, """For a tourist short-stay (type C) Schengen visa applied through Italy, the usual checklist is:

**Core documents**
- **Passport** issued within the last 10 years, valid for at least 3 months beyond your planned departure from the Schengen area, with at least 2 blank pages. Include copies of previous visas.
- **Application form**, completed and signed.
- **Two recent photographs** meeting ICAO specifications (35 × 45 mm, white background).
- **Visa fee** (the standard adult fee is €90; check the current fee on VFS when you book).

**Trip details**
- Return flight reservation.
- Hotel bookings for every night (Italy and France).
- A day-by-day itinerary.
- **Travel medical insurance** valid for the whole Schengen area and your whole stay, with at least **€30,000** coverage for medical emergencies and repatriation.

**Proof of finances and ties to India**
- Bank statements for the last 3–6 months, signed and stamped by the bank.
- Income Tax Returns (ITR) for the last 2–3 years.
- If employed: a leave approval/no-objection letter from your employer and recent salary slips.
- If self-employed: business registration and company bank statements.

**Biometrics**
You'll give fingerprints at the VFS appointment unless you've given them for a Schengen visa within the last 59 months.

Always check the latest checklist on the VFS Italy India website before your appointment; they occasionally add items."""),
        (H, "My bank statement shows a big deposit last month — my father transferred me ₹2,00,000 to help with the trip. Will that look suspicious?"),
        (H, "Also, how early can I book my appointment? I want to get it done before March."),
        (G, """Two separate points:

**1. The large deposit**
Consulates do look closely at sudden large deposits, because "parking" borrowed money in an account just before applying is a known practice. A legitimate gift from your father is fine, but **explain it rather than hoping they won't notice**:
- Include a short signed **letter from your father** stating that he transferred ₹2,00,000 to support your trip, with his relationship to you.
- Add his **bank statement** showing the debit, and a copy of his ID.
- Mention it in your cover letter.
- Your own longer-term statement history should still show regular income and a reasonable balance independent of the gift.

**2. Timing of the appointment**
Under the Schengen Visa Code you can apply **up to 6 months before** your trip and **no later than 15 calendar days** before departure. For a May trip, you can apply from roughly November onward.

Standard processing is **15 calendar days**, but it can be extended to 45 days in individual cases, and appointment slots in India get scarce in the spring travel season. Applying in February or early March is sensible: book the VFS appointment as soon as you have your flight and hotel reservations (refundable ones are fine)."""),
        (H, "For the insurance, does it have to be from a European company?"),
        (G, """No. Indian insurers are accepted as long as the policy meets the Schengen requirements. The policy should:

- Cover **all Schengen states** (not just Italy and France), for the **entire duration** of your trip.
- Provide at least **€30,000** of coverage for emergency medical treatment, hospitalization and repatriation (including repatriation of remains).
- Have **no deductible**, or only a very low one, for medical emergencies — some consulates reject policies with high deductibles.

Many Indian travel insurers (Tata AIG, ICICI Lombard, HDFC ERGO, Bajaj Allianz and others) sell specific "Schengen" plans that include a certificate designed for visa applications, stating the coverage amount in euros. Ask for that certificate and submit it with your application.

Tip: buy the policy with dates matching your flight booking. If your travel dates change after the visa is issued, you can usually amend the policy dates for free or a small fee."""),
    ]))
