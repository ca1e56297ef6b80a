# Hand-written dialogues for part a: good ones (1/2).


def H(s):
    return {"from": "human", "value": s.strip()}


def G(s):
    return {"from": "gpt", "value": s.strip()}


DIALOGUES = []

# ---------------------------------------------------------------- sailing
DIALOGUES.append({
    "label": "good",
    "language": "en",
    "note": "Good: learning to sail on a lake; detailed, correct answers; user changes from dinghy to keelboat because partner joins, assistant adapts consistently.",
    "conversations": [
        H("""
I'm 34, I've never sailed, and I'd like to be able to take a small boat out on our local lake on my own by the end of the summer. It's early May now. Where do I even start?
"""),
        G("""
That's a realistic goal: four months is plenty if you get on the water regularly. Here's a sensible path.

**1. Take a structured beginner course (weeks 1-3)**
Videos can't teach you the feel of a boat. Look for:
- **US Sailing Basic Keelboat** or **ASA 101 (Basic Keelboat Sailing)** if you're in the US, usually 2-3 days and roughly $400-$700.
- A **dinghy course** at a community sailing center, often 4-6 evening sessions and sometimes under $300.
- In the UK or Europe, the equivalent is **RYA Dinghy Start Sailing (Level 1)**.

**2. Core skills to have by the end of the course**
- The points of sail (close-hauled, beam reach, broad reach, run) and how to trim the sails for each.
- Tacking and gybing under control.
- Rigging and de-rigging the boat yourself.
- Stopping the boat (heaving-to on a keelboat, luffing up on a dinghy).
- Basic right-of-way: a boat on port tack gives way to one on starboard tack; on the same tack, the windward boat keeps clear of the leeward one.
- Capsize recovery, if you learn on a dinghy.

**3. Practise (weeks 4-14)**
Most centers offer a season membership (often $200-$500) that lets you take boats out once you've passed a checkout. Aim for two sessions a week in light winds, first with a buddy, then alone when you feel ready.

**4. Solo checkout**
Many clubs require a short on-water check before you may sail alone. Treat that as your end-of-summer milestone.

Do you know yet what kind of boats your lake's sailing center uses?
"""),
        H("""
Yes, the community center on the lake teaches on 14-foot dinghies (Hunter 140s, plus a couple of Lasers for advanced members). My friend insists I should learn on a keelboat instead because it's "safer". Who's right?
"""),
        G("""
You both have a point, but for your specific goal, sailing a small boat alone on a lake, the dinghy course is the better fit.

**Why dinghies teach faster**
A 14-foot dinghy reacts instantly to every mistake: sheet in too hard and it heels, steer too close to the wind and it stalls. That immediate feedback builds a feel for the wind much faster than a 22-foot keelboat, which forgives a lot.

**What your friend is right about**
A keelboat has a weighted keel, so it's very hard to capsize and you'll usually stay dry. A dinghy *will* capsize at some point and you need to know how to right it. A good course makes you practise that deliberately, in warm shallow water, so it stops being scary.

**About the boats they use**
- The **Hunter 140** is a forgiving trainer: stable, roomy enough for an instructor, easy to right.
- The **Laser** (now often sold as the ILCA) is a single-handed racing dinghy: tippy, physically demanding and unforgiving in gusts. Great later, not as a first boat. It's a good sign they keep it for advanced members.

**Safety either way**
Wear a properly fitted life jacket every time, sail when the center's rescue boat is out, and start in winds under about 10 knots.

So: take the dinghy course on the Hunter 140s, and aim for the Laser next season if you catch the bug.
"""),
        H("""
Actually, change of plan. My partner just told me she wants to come along most weekends, and she really doesn't want to be capsizing into a cold lake. Does that change your recommendation?
"""),
        G("""
Yes, it does. Sailing with a passenger who wants to stay dry is a different goal from learning to sail solo.

If your partner will be aboard most of the time, I'd switch to a **keelboat course** (US Sailing Basic Keelboat or ASA 101) and plan to sail a small keelboat or a stable daysailer:
- **Capsize is very unlikely.** A keelboat heels, but comes back upright; she won't be swimming.
- **There's room for two.** A 20-24 foot boat has a cockpit where a passenger can sit comfortably without hiking out or ducking under the boom on every tack.
- **She can learn at her own pace.** She can simply enjoy the ride, or take the tiller when conditions are easy.

Ask your lake center whether they have keelboats (often something like a Catalina 22 or a J/22) or can point you to a nearby school. If they only have dinghies, a beamier two-person dinghy is a compromise, but it will still capsize now and then.

One idea: do the keelboat course together. Even if she never wants to skipper, knowing how to steer into the wind, drop the sails and call for help makes her a real safety asset if something happens to you.
"""),
        H("""
OK, we've booked the keelboat course together for the first weekend of June. What should we bring and wear on day one?
"""),
        G("""
Nice. Here's a practical list for a day on a lake keelboat:

**Clothing**
- Quick-drying layers: a synthetic or merino T-shirt, a fleece and a light waterproof jacket. Avoid cotton; it stays cold once wet.
- Shorts or quick-dry trousers.
- **Soft, non-marking shoes** with grippy soles (deck shoes, or light sneakers with white or gum soles). No black soles, no flip-flops.
- A hat with a chin strap or clip, and sunglasses on a retainer cord; the wind takes both.

**Gear**
- Sunscreen (SPF 30 or higher) and lip balm; the glare off the water burns faster than you'd expect.
- 1-2 litres of water each, plus snacks or a packed lunch.
- Sailing or light cycling gloves if you have them (optional, they prevent rope burn).
- A small dry bag for phones, keys and wallet.
- A spare set of clothes left in the car.

**Check with the school**
Life jackets are usually provided, but ask, and fit one properly when you arrive: it shouldn't ride up over your chin when someone pulls up on the shoulders. Also ask whether they'd like you to read the course book beforehand; the first chapter on boat parts and points of sail makes the first morning much easier.
"""),
        H("""
Last question: once we're sailing on our own, how do we judge whether it's too windy for us?
"""),
        G("""
Good thing to decide before you're on the water. Practical rules for beginners:

**Numbers**
- **Under 10 knots:** ideal for learning.
- **10-15 knots:** manageable once you're comfortable, but reef the mainsail if the boat allows it and stay close to where you launched.
- **Over 15 knots, or gusts more than about 10 knots above the average:** stay ashore until you have more experience.

**What to look at**
- The marine or lake forecast (NOAA in the US, or an app such as Windy), checking both the sustained wind and the gusts.
- The water: scattered whitecaps usually mean roughly 11-16 knots (Beaufort force 4). If whitecaps are everywhere, it's too much for you.
- The sky: if thunderstorms are forecast, don't go; if you hear thunder while you're out, head straight in.

**Your own rule**
Agree on it together in advance, for example: "We go out only if the forecast is under 12 knots with gusts under 18, and we come in as soon as either of us feels uneasy." Deciding beforehand removes the pressure to push on.

The old sailor's rule still holds: if you're wondering whether to reef, reef, and if you're wondering whether to go out, don't.
"""),
    ],
})

# ---------------------------------------------------------------- sauerkraut
DIALOGUES.append({
    "label": "good",
    "language": "en",
    "note": "Good: first sauerkraut; 2% salt by weight with concrete steps; user switches from a 1 L jar to a 3 L crock and the assistant rescales correctly; kahm yeast vs mould; storage.",
    "conversations": [
        H("""
I want to make sauerkraut for the first time. I've got one head of green cabbage, about 1 kg. How much salt do I need and what do I do?
"""),
        G("""
Sauerkraut is a great first ferment: cabbage, salt and time.

**Salt: 2% of the cabbage weight**
Weigh the cabbage *after* trimming and shredding, then use 2% of that in salt. For 1 kg of cabbage that's **20 g of salt**. Use salt without iodine or anti-caking agents: pickling salt, plain sea salt or additive-free kosher salt. Weigh it if you can; by volume salts vary a lot (a teaspoon of Diamond Crystal kosher salt weighs about half as much as a teaspoon of table salt).

**Steps**
1. Remove the outer leaves and keep one or two clean ones aside. Quarter the head and cut out the core.
2. Shred the cabbage thinly, about 2-3 mm.
3. Weigh it, add the salt, and massage and squeeze with clean hands for 5-10 minutes. It will soften and release a lot of liquid.
4. Pack it into a clean 1-litre jar a handful at a time, pressing down hard so the brine rises above the cabbage.
5. Lay a reserved leaf on top and weigh it down (a small jar filled with water, or a glass fermentation weight) so everything stays **under the brine**. Leave 2-3 cm of headspace.
6. Cover loosely or use an airlock lid, and stand the jar on a plate in case it overflows.

**Fermenting**
Keep it at about 18-22 C, out of direct sun. You'll see bubbles within 2-3 days. Start tasting after a week; most people like it at 2-4 weeks. Cooler temperatures take longer but give a cleaner flavour.

If the brine drops below the cabbage in the first couple of days, top it up with 2% brine (20 g of salt dissolved in 1 litre of water).
"""),
        H("""
Change of plan: my neighbour just lent me a 3-litre ceramic crock with a water-seal lid and stone weights, so I'm going to buy a second head and make a bigger batch in that instead of the jar. Anything I need to change?
"""),
        G("""
Nice upgrade; water-seal crocks are very forgiving. What changes:

- **Salt:** the ratio stays at 2%, so scale it to the new weight. If the two shredded heads weigh, say, 2.2 kg, use 44 g of salt. Weigh after shredding rather than assuming 1 kg per head.
- **Capacity:** about 2 kg of packed cabbage plus brine takes up roughly 1.5-2 litres, so a 3-litre crock leaves comfortable headspace. Don't fill it above about three-quarters.
- **Work in batches:** salt and massage each head separately in a big bowl, then pack them into the crock one after the other, pressing each layer down.
- **Weights:** set the crock's stone weights directly on the cabbage (or on an outer leaf); they should sit below the brine.
- **Water seal:** fill the channel around the rim about halfway and set the lid in it. Gas escapes through the water, air can't get in. Check the channel every few days, because it evaporates, and if it dries out the seal is gone. Top it up with water or a little 2% brine.
- **Clean first:** wash the crock and weights with hot water, let them dry, and check the glaze for cracks.

You won't need to "burp" anything, and lifting the lid less often is actually better.
"""),
        H("""
It's day 4 and there's a thin white film on the surface of the brine. Have I ruined it?
"""),
        G("""
Almost certainly not. A flat, thin white or cream film, sometimes slightly wrinkled, is usually **kahm yeast**. It's harmless, though if it's left to grow it can give a slightly musty taste.

What to do:
- Skim off as much as you can with a clean spoon or a piece of paper towel.
- Wipe the inside of the crock above the brine line.
- Make sure the cabbage and weights are fully submerged; top up with 2% brine if needed.
- Check the water seal hasn't dried out, and if the room is warmer than about 24 C, move the crock somewhere cooler.

How to tell it from **mould**:
- Mould is fuzzy or raised, grows in spots, and is often blue, green, black or pink.
- Kahm yeast is flat and even and covers the surface like a skin.

If you ever see fuzzy, coloured mould, the cautious advice is to throw the batch out, especially if it has spread into the cabbage or the kraut smells rotten rather than sour. A thin film of yeast on day 4 is a normal part of many ferments.
"""),
        H("""
Three weeks in and it tastes nicely sour. How do I store it and how long will it keep?
"""),
        G("""
Great, that's the moment to stop it.

1. Pack the kraut into clean glass jars, pressing it down so it's covered by its own brine, and pour any extra brine over the top.
2. Close the lids and refrigerate (about 4 C). Cold slows fermentation almost to a halt, so the flavour stays close to what you like now, only getting very slowly more sour.
3. Always take some out with a clean fork and press the rest back under the brine.

In the fridge, properly fermented sauerkraut keeps for **at least 4-6 months**, often longer. Signs it's past it: slimy texture, a rotten or "off" smell, or mould.

You can water-bath can it for shelf-stable jars, but the heat kills the live bacteria, so keep it in the fridge if they're part of why you're making it.
"""),
    ],
})

# ---------------------------------------------------------------- marathon (zh)
DIALOGUES.append({
    "label": "good",
    "language": "zh",
    "note": "Good: first marathon plan; user moves from a December race to an October one because of a business trip and the plan is compressed consistently; fueling, knee pain advice with safety caveats, pacing maths correct (5 h = about 7:07/km).",
    "conversations": [
        H("""
我今年32岁，现在每周跑3次，每次5公里左右，配速大概6分30秒。我想报12月的一场全程马拉松，当作人生第一个全马。现在是7月初，时间够吗？
"""),
        G("""
时间是够的。从7月初到12月中大约有22～23周，对已经有规律跑步习惯的人来说，完成第一个全马是现实的目标。建议以“完赛、不受伤”为主要目标，把训练分成四个阶段：

**1. 基础期（第1～6周）**
- 每周从3次增加到4次，周跑量从现在的15公里左右逐步加到30公里。
- 每周跑量增幅控制在10%左右，每3～4周安排一个减量周。
- 绝大多数训练用轻松配速（能完整说话的强度），大约7分～7分30秒。

**2. 提升期（第7～14周）**
- 周跑量加到35～45公里。
- 每周一次长距离，从14公里逐步加到24公里。
- 每周加一次节奏跑，例如热身后用5分50秒～6分10秒的配速跑20分钟。

**3. 高峰期（第15～19周）**
- 周跑量45～55公里，长距离跑到28～32公里，安排2～3次。

**4. 减量期（最后3周）**
- 跑量依次降到高峰期的约75%、55%、35%，保留少量配速跑，保证睡眠。

另外，每周做两次20～30分钟的力量训练（深蹲、弓步、臀桥、提踵），对预防受伤很有帮助。按你现在的水平，第一个全马比较合理的预期在4小时50分到5小时10分之间。
"""),
        H("""
刚得知12月公司要派我出国出差两周，那场比赛肯定去不了了。我改报了10月27日的一场，这样只剩16周左右，计划要怎么改？
"""),
        G("""
16周仍然可以完成，只是要压缩基础期，更要注意别为了赶进度加量过快。调整后的安排：

| 周数 | 周跑量 | 长距离 | 重点 |
|---|---|---|---|
| 第1～3周 | 20→28公里 | 8→12公里 | 加到每周4次，全部轻松跑 |
| 第4周 | 22公里 | 10公里 | 减量周 |
| 第5～8周 | 30→40公里 | 14→20公里 | 每周加一次节奏跑 |
| 第9周 | 32公里 | 16公里 | 减量周 |
| 第10～13周 | 42→50公里 | 24→32公里 | 其中两次长距离达到28公里以上 |
| 第14～15周 | 38→28公里 | 20→14公里 | 减量 |
| 第16周（比赛周） | 约15公里＋比赛 | — | 短距离轻松跑，保持状态 |

几点提醒：
- 长距离最多跑到32公里，全程距离留给比赛日。
- 出现持续疼痛时，宁可少跑一次长距离，也不要带伤硬撑。
- 准备时间变短了，完赛目标不变，但预期可以放宽到5小时左右，前半程一定要控制住。
"""),
        H("""
长距离跑的时候需要吃东西吗？吃什么、多久吃一次？
"""),
        G("""
需要。跑步超过大约75～90分钟，体内储存的糖原会明显下降，及时补充碳水能让后半程不那么“崩”。

**碳水化合物**
- 目标：每小时30～60克碳水。
- 能量胶一般每支含20～25克碳水，可以从第40分钟左右开始，每35～45分钟一支。
- 也可以用香蕉、软糖、运动饮料代替，关键是好消化。

**水和电解质**
- 每15～20分钟喝几口，每小时大约400～800毫升，视天气和出汗量而定。
- 天热或出汗多时，补充含钠的运动饮料或盐丸。
- 不要一次灌很多水，也不要过量饮水。

**最重要的一条**
比赛当天不要尝试任何新东西。长距离训练就是彩排：用比赛时打算吃的能量胶、同样的间隔、同样的早餐，让肠胃提前适应。可以先查一下10月那场比赛的补给站提供哪个牌子的饮料和能量胶，在训练里先试试。
"""),
        H("""
这两周跑完长距离以后，膝盖外侧会疼，下楼梯的时候更明显，平路走路还好。要紧吗？
"""),
        G("""
先说明：我不能替代医生面诊。不过你描述的情况——膝盖外侧疼、长距离后出现、下楼梯更明显——比较符合跑者常见的**髂胫束综合征**（ITBS）。它通常在跑量增加较快时出现，及早处理一般恢复得不错。

**现在可以做的**
- 接下来1～2周把长距离缩短到不引起疼痛的距离，一疼就停，不要硬撑。
- 用骑车、游泳代替部分跑量，维持心肺能力。
- 每天做臀部力量训练：侧卧抬腿、蚌式开合、弹力带侧向走、单腿臀桥，各3组×12～15次。臀中肌力量不足是常见诱因。
- 用泡沫轴放松大腿外侧和臀部，不需要使劲滚最痛的点。
- 检查跑鞋：一般跑了600～800公里后缓震会明显下降。
- 略微提高步频（约5%），缩小步幅，可以减轻膝盖负担。

**需要尽快就医的情况**
- 膝盖肿胀、卡住，或突然“打软腿”；
- 休息两周后仍然疼，或者平时走路也疼；
- 疼痛转到膝盖内侧或正前方，并且越来越重。

出现这些情况，找运动医学科医生或康复治疗师评估比较稳妥。离比赛还有时间，少跑一两次长距离，远比带伤跑完整个周期要好。
"""),
        H("""
好的，谢谢。那比赛当天配速怎么分配比较稳妥？我的目标是5小时以内。
"""),
        G("""
5小时跑完全马，平均配速约为**7分07秒/公里**（300分钟 ÷ 42.195公里）。稳妥的做法是“前慢后稳”：

- **0～5公里：** 7分15秒～7分25秒。起跑人多，别跟着人群冲，这一段慢一点几乎不损失时间。
- **5～30公里：** 7分00秒～7分05秒，保持稳定节奏，按训练时的间隔吃能量胶、在补给站喝水。
- **30公里以后：** 感觉良好就保持或稍微提速；如果开始吃力，守住7分15秒左右，仍然能在5小时左右完赛。

实用技巧：
- 手表设置每公里提醒，前半程每公里比目标慢几秒是正常的。
- 如果比赛有5小时的配速员（“兔子”），可以跟着他，但前10公里宁可落后一点。
- 上坡按体感跑，不看配速；下坡别猛冲，保护膝盖。

祝你第一个全马顺利完赛！
"""),
    ],
})

# ---------------------------------------------------------------- Excel
DIALOGUES.append({
    "label": "good",
    "language": "en",
    "note": "Good: Excel lookups and conditional sums; user discovers Excel 2016 (#NAME? on XLOOKUP) and the assistant switches to INDEX/MATCH; SUMIFS with operator concatenation; fixing numbers stored as text.",
    "conversations": [
        H("""
I have an Orders sheet: column A is Order ID, B is Customer, C is Region, D is Amount, about 3,000 rows. On a separate sheet I want to type an order ID into G2 and have the amount show up next to it in H2. What formula should I use?
"""),
        G("""
The cleanest option is XLOOKUP. In H2:

```
=XLOOKUP(G2, Orders!A:A, Orders!D:D, "Not found")
```

How it reads:
- `G2`: the order ID you type.
- `Orders!A:A`: the column to search.
- `Orders!D:D`: the column to return a value from.
- `"Not found"`: what to show if the ID doesn't exist, instead of `#N/A`.

XLOOKUP uses an exact match by default, so no extra argument is needed. For the customer name in I2, just change the return column:

```
=XLOOKUP(G2, Orders!A:A, Orders!B:B, "Not found")
```

With 3,000 rows, whole-column references are fine. If you prefer, turn the data into a table (Ctrl+T) named `Orders`; the formula becomes `=XLOOKUP(G2, Orders[Order ID], Orders[Amount], "Not found")` and grows automatically as you add rows.
"""),
        H("""
I just tried it and got #NAME?. I checked, and it turns out the office PCs are on Excel 2016. What should I use instead?
"""),
        G("""
That explains it: `#NAME?` means Excel doesn't recognise the function, and XLOOKUP only exists in Microsoft 365 and Excel 2021 or later. In Excel 2016, use INDEX with MATCH:

```
=IFERROR(INDEX(Orders!D:D, MATCH(G2, Orders!A:A, 0)), "Not found")
```

- `MATCH(G2, Orders!A:A, 0)` finds the row where the ID sits. The `0` is essential: it means exact match.
- `INDEX(Orders!D:D, ...)` returns the value from column D in that row.
- `IFERROR(..., "Not found")` replaces the `#N/A` you'd get for a missing ID.

A VLOOKUP version also works:

```
=IFERROR(VLOOKUP(G2, Orders!A:D, 4, FALSE), "Not found")
```

Here `4` means the 4th column of A:D and `FALSE` means exact match. I'd still lean towards INDEX/MATCH: it doesn't break if someone inserts a column between A and D, and it can return values to the left of the lookup column.

One common trap: if the IDs are numbers on one sheet and text on the other (for example typed with a leading apostrophe), the lookup says "Not found" even though the IDs look identical.
"""),
        H("""
Perfect, that works. Next: I want the total amount for one region, but only orders over a threshold. Region goes in J2, threshold in K2.
"""),
        G("""
Use SUMIFS, which Excel 2016 has:

```
=SUMIFS(Orders!D:D, Orders!C:C, J2, Orders!D:D, ">"&K2)
```

- The first argument is the column to add up (Amount).
- Then pairs of *criteria range, criterion*: Region must equal J2, and Amount must be greater than K2.
- `">"&K2` joins the operator to the cell's value, producing something like `">500"`. Writing `">K2"` inside the quotes wouldn't work, because Excel would compare against the literal text K2.

For the number of such orders:

```
=COUNTIFS(Orders!C:C, J2, Orders!D:D, ">"&K2)
```

Use `">="&K2` if an order exactly at the threshold should count.
"""),
        H("""
Some totals are too low. I found that some amounts have a stray space and are stored as text, so SUMIFS skips them. Can I fix the column without retyping?
"""),
        G("""
Yes, two quick ways.

**Option 1: Text to Columns (fastest, in place)**
1. Select column D.
2. Data > Text to Columns > *Delimited* > click **Finish** straight away.
Excel re-enters every cell and converts most numbers stored as text into real numbers. If a few cells still refuse to convert, they probably contain non-breaking spaces; use option 2 for those.

**Option 2: helper column (handles stubborn cases)**
Data pasted from web pages often contains non-breaking spaces (character 160), which TRIM doesn't remove. In an empty column, say E2:

```
=VALUE(TRIM(SUBSTITUTE(D2, CHAR(160), "")))
```

Fill it down, copy the column, Paste Special > Values over column D, then delete the helper.

To check it worked, `=SUMPRODUCT(--ISTEXT(Orders!D2:D3001))` counts the cells still stored as text; it should return 0. After that your SUMIFS totals will include every row.
"""),
    ],
})

# ---------------------------------------------------------------- tenant rights
DIALOGUES.append({
    "label": "good",
    "language": "en",
    "note": "Good: California security deposit (Civil Code 1950.5, 21 days, up to twice the deposit for bad faith), demand letter, repainting as normal wear and tear, small claims filing with SC-100 and correct fee tiers; consistent $2,400 and $900 throughout.",
    "conversations": [
        H("""
I moved out of my apartment in Los Angeles five weeks ago. My landlord hasn't returned my $2,400 security deposit or sent me anything at all. What are my rights here?
"""),
        G("""
In California the rules are in **Civil Code section 1950.5**, and they're fairly tenant-friendly. (General information, not legal advice.)

**The 21-day rule**
Within **21 days** after you move out, the landlord must either:
- return your full deposit, or
- send you an **itemized statement** of deductions together with whatever is left.

For any deduction for repairs or cleaning over $125, the statement must come with copies of receipts or invoices (or a good-faith estimate, with receipts to follow, if the work couldn't be finished in time).

**What can be deducted**
- Unpaid rent.
- Cleaning needed to bring the unit back to the level of cleanliness it had when you moved in.
- Repair of damage beyond **normal wear and tear** caused by you or your guests.

**If the landlord misses the deadline or withholds in bad faith**
You can sue for the deposit, and if a court finds the landlord kept it in bad faith, it can add a penalty of up to **twice the amount of the deposit** on top of what you're owed.

**What to do now**
1. Make sure the landlord has your forwarding address in writing; if not, send it today.
2. Collect your lease, move-in and move-out photos, and proof that you paid the deposit.
3. Send a written demand letter.
4. If that fails, file in small claims court; the limit for individuals is $12,500, comfortably above your deposit.

Did you give your landlord your new address when you left?
"""),
        H("""
Yes, I emailed it the day I handed back the keys. For the demand letter, should I email it or send a paper letter?
"""),
        G("""
Do both. It costs little and removes any argument about whether he received it.

- **Certified mail with return receipt** to the address where you paid rent (or the notice address in your lease). Keep the mailing receipt and the green card when it comes back.
- **Email** the same letter as a PDF, replying in the thread where you sent your forwarding address, so the whole timeline is in one place.

**What to put in it**
1. Your name, the rental address and your move-out date.
2. That you gave your forwarding address by email on the day you returned the keys.
3. That more than 21 days have passed without a refund or an itemized statement, as Civil Code section 1950.5 requires.
4. The amount you're demanding: $2,400.
5. A deadline: 10 to 14 days from the date of the letter is typical.
6. That if you aren't paid by then, you'll file in small claims court and ask for the statutory penalty of up to twice the deposit.

Keep the tone factual and calm; a judge may read this letter later. Save copies of everything.
"""),
        H("""
He finally replied: he's keeping $900 to repaint the entire apartment. I lived there 4 years and didn't damage the walls. Is that allowed?
"""),
        G("""
Probably not in full, and possibly not at all.

Paint wears out with ordinary living: fading, light scuffs, marks where furniture stood, a few small nail holes from pictures. That's **normal wear and tear**, and section 1950.5 doesn't let a landlord charge you for it. Interior paint is generally treated as lasting only a few years, so after a four-year tenancy repainting is usually something the landlord would have had to do anyway.

A charge can be justified only for damage beyond that, such as large stains, crayon across a wall, big holes, smoke damage, or walls painted a bold colour without permission, and even then courts often reduce it to reflect how old the paint already was.

**What to do**
- Ask in writing for the itemized statement and the receipts or invoices; since $900 is over $125, he has to provide them.
- Point out that his statement came well after the 21-day deadline.
- Gather your evidence: move-out photos or video of the walls, and any move-in checklist.
- Restate your demand for the full $2,400, or decide whether you'd accept a partial settlement.

If he won't budge, this is exactly the kind of dispute small claims judges see every week.
"""),
        H("""
If it goes to small claims, how do I file and what should I bring?
"""),
        G("""
**Filing**
- The claim form is **SC-100 (Plaintiff's Claim and ORDER to Go to Small Claims Court)**. In Los Angeles County you can file at the courthouse or through the court's online filing options.
- The filing fee depends on the amount: **$30** up to $1,500, **$50** from $1,500.01 to $5,000, and **$75** above $5,000 (more if you've filed over 12 claims in the past year). For $2,400 you'd pay $50, and you can ask to recover it as a cost.
- The landlord must then be **served**, by a sheriff, a registered process server or any adult who isn't a party to the case, and you file proof of service (form SC-104).
- Lawyers can't represent either side at the hearing, so you'll both speak for yourselves.

**What to bring (three copies: for you, the judge and the landlord)**
1. The lease and any addenda.
2. Proof you paid the $2,400 deposit (bank statement or receipt).
3. The move-in checklist and dated move-in/move-out photos.
4. The email with your forwarding address.
5. Your demand letter and the certified-mail receipt.
6. The landlord's late itemization with the $900 repainting charge.
7. A one-page timeline: move-in, move-out, forwarding address, 21-day deadline, demand letter, his reply.

In the claim, ask for the $2,400 plus the statutory penalty, and explain briefly why you believe the withholding was in bad faith: the missed deadline and a charge for normal wear and tear.
"""),
    ],
})

# ---------------------------------------------------------------- aquarium (es)
DIALOGUES.append({
    "label": "good",
    "language": "es",
    "note": "Good: cycling a new 60 L tank (nitrogen cycle, fishless cycling to 2 ppm), user drops the betta+guppy idea after the shop's warning, stocking adapted to hard tap water, maintenance routine.",
    "conversations": [
        H("""
Acabo de montar un acuario de 60 litros con filtro de mochila y calentador. El agua lleva dos días en marcha. ¿Cuándo puedo meter los peces?
"""),
        G("""
Todavía no: primero hay que **ciclar** el acuario, es decir, dejar que en el filtro se instalen las bacterias que procesan los desechos de los peces. Sin ellas, el amoníaco se acumula y puede matarlos en pocos días.

**Cómo funciona el ciclo del nitrógeno**
1. Los peces y la comida en descomposición producen **amoníaco**, muy tóxico.
2. Unas bacterias lo convierten en **nitrito**, también tóxico.
3. Otras bacterias convierten el nitrito en **nitrato**, mucho menos dañino, que se elimina con los cambios de agua.

**Ciclado sin peces (recomendado)**
- Añade una fuente de amoníaco: amoníaco puro, sin perfume ni detergente, hasta unos **2 ppm**, o una pizca de comida para peces cada día.
- Mantén el agua a 25-28 °C y el filtro siempre encendido.
- Mide cada 2-3 días con un test de gotas (amoníaco, nitrito y nitrato); las tiras son menos fiables.
- Puedes acelerar el proceso con bacterias embotelladas o con una esponja de filtro de un acuario ya maduro.

**¿Cuándo está listo?**
Cuando, tras subir el amoníaco a 2 ppm, a las 24 horas mides **0 ppm de amoníaco y 0 ppm de nitrito** y el nitrato va subiendo. Suele tardar de **4 a 6 semanas**. Entonces haz un cambio de agua grande (alrededor del 50 %) y ya puedes introducir los primeros peces, poco a poco.
"""),
        H("""
Mi idea era poner un betta con unos guppys, pero en la tienda me han dicho que el betta puede atacar a los guppys machos por sus colas largas. Prefiero no arriesgar. ¿Qué comunidad pondrías en 60 litros?
"""),
        G("""
Te han aconsejado bien: los bettas macho suelen tomar las colas vistosas de los guppys por rivales, y los guppys, a su vez, a veces mordisquean las aletas del betta. Mejor elegir una de estas opciones:

**Opción A: el betta como protagonista**
- 1 betta macho.
- 6 Corydoras pequeños (por ejemplo *Corydoras pygmaeus* o *C. habrosus*), que viven en el fondo y no le molestan.
- Algunos caracoles nerita para las algas.

**Opción B: comunidad sin betta**
- Un banco de 8-10 peces pequeños y tranquilos para la zona media (neones, rasboras arlequín o tetras ember).
- 6 Corydoras en el fondo.
- Opcional: gambas Neocaridina, si no hay peces que se las coman.

**Reglas generales**
- Introduce los peces por grupos, empezando por el más resistente, y espera 1-2 semanas entre grupos para que las bacterias se adapten.
- Los peces de banco necesitan al menos 6-8 ejemplares para sentirse seguros.
- Antes de decidir, mide la dureza (GH/KH) y el pH del agua del grifo: no todas estas especies prefieren la misma agua.
"""),
        H("""
He medido el agua del grifo: pH 7,8 y un GH de unos 14 °dH. ¿Eso descarta los neones?
"""),
        G("""
No los descarta del todo, pero no es lo ideal. Los neones (*Paracheirodon innesi*) de criadero toleran agua algo dura, aunque viven mejor y más tiempo en agua blanda y ligeramente ácida (pH 6-7, GH bajo). Con pH 7,8 y 14 °dH es más sensato elegir especies a las que les guste el agua dura que intentar corregirla con productos químicos: un pH estable importa más que un número «perfecto».

Para tu agua encajan bien:
- **Guppys o endlers** (solo machos, 5-6, si no quieres crías): coloridos y activos.
- **Platys**: resistentes y tranquilos; 4-5 en 60 litros.
- ***Corydoras aeneus* o *C. paleatus***: se adaptan bien a aguas medias y duras.
- **Gambas Neocaridina y caracoles**: el agua dura les ayuda a formar el caparazón y la concha.

Una combinación posible para 60 litros: 6 endlers macho, 6 *Corydoras aeneus* y unas gambas. Si algún día quieres neones, mezclar agua del grifo con agua de ósmosis baja el GH, pero tendrás que prepararla en cada cambio de agua.
"""),
        H("""
Perfecto. Una vez que tenga peces, ¿cada cuánto cambio el agua y qué cantidad?
"""),
        G("""
Una rutina sencilla para 60 litros:
- **Cada semana:** cambia un 20-30 % (unos 12-18 litros) y aspira el sustrato con un sifón para sacar restos de comida.
- **Agua nueva:** siempre con acondicionador para eliminar el cloro y la cloramina, y a una temperatura parecida a la del acuario (±1-2 °C).
- **Filtro:** una vez al mes, enjuaga la esponja en el agua que acabas de sacar del acuario, nunca bajo el grifo, para no matar las bacterias. No cambies todo el material filtrante a la vez.
- **Control:** mide el nitrato cada dos semanas e intenta mantenerlo por debajo de 20-40 ppm; si sube más, aumenta el porcentaje del cambio.

Y alimenta con moderación: lo que se coman en 2 minutos, una o dos veces al día. La sobrealimentación es la causa más común de problemas con el agua.
"""),
    ],
})
