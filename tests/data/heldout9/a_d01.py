from a_util import D

DIALOGUES = []

# ---------------------------------------------------------------- 001
DIALOGUES.append(D(
    "i9a-001", "good", "en",
    "Good: bathroom floor retiling; user switches from 12x24 to 8x8 tiles for a good reason and the assistant adapts mortar, trowel and quantity advice correctly; detailed, consistent answers.",
    [
"""I'm retiling the floor of a small bathroom, roughly 5 by 8 feet. Right now there's old sheet vinyl glued down over a plywood subfloor, and the house was built in 1974. Where do I even start?""",
"""Start with two checks before you buy any tile: what's in the vinyl, and what's under it.

**1. Test the vinyl for asbestos.** Sheet vinyl and its adhesive from the 1970s quite often contain asbestos, especially in the felt backing. Don't sand, scrape or tear it up until a sample has been tested; a lab test usually costs $30–$60 and takes a few days. If it's positive, your options are professional abatement or, where local rules allow, leaving it in place and covering it.

**2. Remove the vinyl (if clean) and inspect the subfloor.** Look for soft or dark spots around the toilet flange and the tub, the classic signs of a slow leak. Cut out any rotten sections back to the joists and replace them.

**3. Check stiffness.** Ceramic and porcelain need a floor that deflects no more than L/360 under load (natural stone needs L/720). A common rule of thumb is at least 1-1/8" of total wood thickness on joists 16" on centre, for example a 3/4" plywood subfloor plus a layer of 3/8" or 1/2" plywood underlayment. If the floor bounces when you jump on it, fix that first.

**4. Choose an underlayment for the tile.** Two common options:
- 1/4" cement backer board, set in a bed of thinset and screwed every 8" with backer-board screws, seams taped with alkali-resistant mesh tape;
- an uncoupling membrane such as Schluter Ditra, bonded with thinset exactly as the manufacturer specifies.

**5. Plan the layout** before mixing any mortar: snap centre lines, dry-lay a row in each direction, and shift the grid so you don't end up with slivers under 2" at the doorway or along the tub.

Tell me the tile size you have in mind and I can get specific about mortar and trowels.""",
"""Good call on the asbestos, I'll send a sample off this week. Assuming it's clean: I was planning on 12x24 porcelain tiles. Anything special about that size?""",
"""Yes. 12x24 counts as large-format tile (any tile with a side of 15" or more), and that changes three things.

**Flatness.** Large tiles can't follow dips the way small ones can, so the substrate has to be flatter: no more than 1/8" variation in 10 feet and 1/16" in 24 inches. Check with a long straightedge and fill low spots with patching compound or self-leveller before tiling.

**Mortar and coverage.** Use a mortar labelled for large and heavy tile (often marked LHT or LFT), which resists slumping under the weight. A 1/2" square-notch or 1/2" U-notch trowel is typical. Comb the ridges in one direction, parallel to the short side of the tile, and back-butter each tile with a thin flat coat. In a bathroom aim for at least 95% coverage; lift a tile now and then in the first rows to check.

**Offset.** Most 12x24 porcelain has a slight bow from firing. In a 50% running bond, the high centre of one tile lands next to the low end of its neighbour and you get lippage. Keep the offset to 33% or less, as the industry guidelines recommend, or follow the maximum offset printed on the box.

A few extras that help:
- a tile levelling clip system (around $40–$60 for a small bathroom);
- grout joints of at least 1/8", ideally 3/16" for non-rectified tile;
- a movement joint filled with flexible sealant at the walls and along the tub instead of grout.

For 40 square feet you'd be looking at about 20 full tiles before cuts and waste.""",
"""Change of plan: my wife found 8x8 encaustic-look porcelain tiles that we both love, so we're going with those instead. Does that change the mortar and trowel?""",
"""It makes things easier. 8x8 is not large-format, so:

- **Mortar:** a standard polymer-modified thinset (ANSI A118.4 or A118.15) is fine; you don't need the large-and-heavy type.
- **Trowel:** a 1/4" x 3/8" square-notch trowel is the usual match for 8x8. Back-buttering isn't required, but with patterned tile a quick skim coat on the back helps avoid hidden voids.
- **Flatness:** the tolerance relaxes to 1/4" in 10 feet, so minor dips you'd have had to fill for 12x24 can stay.
- **Grout:** many encaustic-look porcelains are rectified, so a 1/16" to 1/8" joint looks best. Pick a grout colour that matches the dominant background colour of the pattern so the joints disappear.

The main new job is layout. Dry-lay the whole floor first and decide how the pattern should meet: many of these designs form a larger motif where four tiles join, and it's easy to rotate one by 90 degrees by accident. Once you're happy, number the backs in pencil so they go down in the same order.""",
"""How many tiles should I buy for 40 square feet with that pattern?""",
"""Each 8x8 tile covers 64 square inches, which is 0.444 square feet. 40 ÷ 0.444 = 90 tiles for the bare area.

For a patterned tile, add 15% rather than the usual 10%, because you'll lose some to matching the pattern at cuts: 90 × 1.15 ≈ 104 tiles.

Then round up to full boxes. If they come 25 to a box (11.1 sq ft, a common size), 4 boxes gives you only 100, so buy 5 boxes (125 tiles). The leftovers aren't wasted: keep a dozen somewhere dry in case a tile cracks years from now, since patterned lines are often discontinued.""",
"""Last question: what grout should we use for a bathroom floor with those tiles?""",
"""For rectified 8x8 porcelain with 1/16"–1/8" joints on a bathroom floor:

- **Unsanded grout** is the traditional choice for joints under 1/8", but plain unsanded grout can shrink and crack on floors.
- **A high-performance cement grout** (for example Mapei Ultracolor Plus FA or Custom Building Products Prism) is a good middle ground: it works in joints from 1/16", resists stains better than basic grout, and gives a consistent colour.
- **Epoxy or urethane grout** is the most stain-resistant and never needs sealing, but it's less forgiving to apply; work in small sections and stick precisely to the clean-up times.

A few tips: wait at least 24 hours after setting the tile before grouting, pull any spacers and scrape thinset out of the joints, and wipe the haze off with a barely damp sponge. Basic cement grout benefits from a penetrating sealer after about 72 hours; the high-performance products generally don't need one.""",
    ]))

# ---------------------------------------------------------------- 002
DIALOGUES.append(D(
    "i9a-002", "contradiction", "en",
    "Contradiction (subtle): turn 1 works out about $12,200/year, i.e. about $3,050 per quarter; the last reply (turn 4) refers back to 'the roughly $3,550 per quarter we worked out at the start'.",
    [
"""I started freelancing as a graphic designer this year and I expect around $60,000 in net profit. I've never paid estimated taxes. How does it work, and roughly how much should I be sending?""",
"""As a freelancer nobody withholds tax for you, so the IRS expects you to pay during the year in four estimated payments, using Form 1040-ES. The usual due dates are:

1. April 15 (for income earned January–March)
2. June 15 (April–May)
3. September 15 (June–August)
4. January 15 of the following year (September–December)

If a date falls on a weekend or holiday, it moves to the next business day.

**What you owe has two parts:**

- **Self-employment tax:** 15.3% (12.4% Social Security + 2.9% Medicare) on 92.35% of your net profit. On $60,000: $60,000 × 0.9235 × 0.153 ≈ **$8,480**.
- **Income tax:** half of the SE tax (about $4,240) is deductible, then you take the standard deduction ($14,600 for a single filer in 2024) and, in most cases, the 20% qualified business income deduction. That leaves taxable income of roughly $32,900 and federal income tax of about **$3,720**.

Together that's around **$12,200 for the year, or about $3,050 per quarter**, before any state income tax.

**Safe harbor:** you avoid underpayment penalties if your payments cover at least 90% of this year's tax or 100% of last year's total tax (110% if last year's AGI was over $150,000). If you had a salaried job last year with a modest tax bill, paying 100% of that amount is a simple, safe target.

You can pay online through IRS Direct Pay or your IRS online account. A good habit is to move 25–30% of every invoice into a separate savings account so the money is there when each date comes round.""",
"""That's more than I expected. What can I deduct to bring it down?""",
"""Quite a lot, as long as it's ordinary and necessary for the business. The most useful ones for a designer:

- **Home office:** if you have a space used regularly and exclusively for work. The simplified method gives $5 per square foot, up to 300 sq ft ($1,500 max); the regular method uses the actual share of rent, utilities and insurance.
- **Equipment and software:** computer, monitor, drawing tablet, Adobe Creative Cloud, fonts, stock-image subscriptions. Items up to $2,500 each can usually be expensed at once under the de minimis safe harbor.
- **Phone and internet:** the business-use percentage.
- **Health insurance premiums:** if you're not eligible for an employer plan, they're deductible through the self-employed health insurance deduction.
- **Retirement contributions:** a SEP IRA lets you put in up to about 20% of your net self-employment earnings; a Solo 401(k) allows more at this income level.
- **Business mileage:** 67 cents per mile in 2024 for client visits and supply runs, not commuting.
- **Professional costs:** portfolio hosting, courses, memberships, accountant fees.

Keep in mind that most of these reduce both income tax and self-employment tax, because they lower your net profit. Retirement contributions and health insurance premiums are the exception: they only reduce income tax.""",
"""If I put $8,000 into a SEP IRA, how much would that actually save me?""",
"""Less than you might hope, but it's still worthwhile.

A SEP contribution doesn't reduce self-employment tax, so that stays around $8,480. It does reduce income tax. Your taxable income sits in the 12% bracket, so taking $8,000 off would save up to $960. But the contribution also lowers your taxable income and qualified business income, which trims the 20% QBI deduction a little. Net of that, the federal saving comes to about **$770**.

So the $8,000 moves into your retirement account and your federal bill falls by roughly $770. If your state has an income tax, add your state rate on top: in a state with a flat 5% rate, that's about another $400.

Timing: you can make a SEP contribution for this year right up to your filing deadline, including extensions, so you don't have to decide now. Many freelancers wait until they know their final profit.""",
"""One wrinkle: I only started freelancing in May, so I didn't make a payment in April. Am I already in trouble?""",
"""No. Estimated tax is owed on income as you earn it, and you had no self-employment income in January–March, so there was nothing to pay on April 15.

The catch is that the IRS's default calculation assumes your income arrived evenly across the year, which would make it look as though you underpaid in April. To avoid a penalty on paper, you use the **annualized income installment method**: when you file, attach Form 2210 with Schedule AI, which shows that your income only started in May. Each required payment is then based on what you had actually earned by that point.

In practice:

1. **June 15:** pay an amount based on your May profit. A simple approach is 25–30% of that month's profit.
2. **September 15:** pay based on your June–August profit.
3. **January 15:** settle up for September–December.

Because your income is concentrated in the last eight months, the later payments will be larger than the roughly **$3,550 per quarter** we worked out at the start, and the April slot simply stays at zero. Keep a simple spreadsheet of monthly profit so filling in Schedule AI takes minutes rather than hours.

If that sounds fiddly, the alternative is to split the full-year estimate over the three remaining dates, about $4,070 each, and accept a small penalty risk if the numbers end up uneven. Many first-year freelancers take that route and let their tax software handle Form 2210.""",
    ]))

# ---------------------------------------------------------------- 003
DIALOGUES.append(D(
    "i9a-003", "good", "zh",
    "Good: switching an overweight cat to weight-management food; user updates the plan after the vet's advice and the assistant recalculates calories correctly (RER for 5 kg ≈ 234 kcal); safe, specific, consistent.",
    [
"""我家猫三岁，母猫，已绝育，一直吃某个牌子的普通成猫干粮。上周体检兽医说她超重了，现在5.8公斤，建议换成体重管理粮。换粮具体要怎么做？""",
"""换粮最重要的是**慢**，一般用7到10天逐步过渡，让肠胃适应：

- 第1–2天：新粮25%，旧粮75%
- 第3–4天：新粮50%，旧粮50%
- 第5–6天：新粮75%，旧粮25%
- 第7天起：全部新粮

每天留意三件事：便便是否成形、有没有呕吐、食欲是否正常。出现软便就在当前比例多停留两三天再往下走。

关于减重本身，有几个要点：

1. **减得慢一点更安全。** 猫比较理想的减重速度大约是每周减体重的0.5%–1%，对她来说就是每周30–55克左右。减得太快，或者突然大幅减少食物，猫容易得脂肪肝（肝脂质沉积症），这是很危险的。
2. **用厨房秤称粮，不用量杯。** 量杯误差很大，差十几克对一只猫来说就是不小的热量。
3. **按目标体重而不是现在的体重来算喂食量。** 具体目标体重请让兽医来定，很多猫会先定一个阶段性目标。
4. **零食也算热量。** 零食最好控制在每天总热量的10%以内，可以从每天的粮里留出几粒当奖励。
5. **增加活动。** 每天两三次、每次10分钟左右的逗猫棒游戏，对室内猫很有帮助。

建议每两周在同一台秤上称一次体重并记录下来，下次复诊时给兽医看。""",
"""她特别挑食。现在是第三天，她开始只挑旧粮吃，新粮几乎都剩在碗里。怎么办？""",
"""这很常见，不用着急，但要守住一条底线：**不要让她长时间不吃东西**。猫超过24小时几乎不进食就要警惕，持续两三天有脂肪肝风险，所以"饿她两天她自然会吃"这个办法对猫不适用。

可以这样调整：

- **退回上一个比例。** 回到新粮25%、旧粮75%，每个阶段延长到3–4天。
- **充分混合。** 把两种粮放在袋子里摇匀，让她不容易挑出来。
- **提升香味。** 在粮上洒一点点温水，或者拌一小勺同品牌的体重管理湿粮，温热后香味更明显。
- **固定喂食时间。** 定时定量，20–30分钟后收走，不要整天放着，这样到点她会更有食欲。
- **换一款试试。** 不同品牌的体重管理粮口味差别挺大，如果一周后还是不接受，可以请兽医推荐另一款。

如果她连续一天吃得很少，或者出现精神差、躲起来、呕吐，要尽快带去看兽医。""",
"""我修改一下计划：兽医建议改成同品牌的处方湿粮为主，再加一点干粮，目标体重定在5公斤。那每天大概喂多少？""",
"""好的，按目标体重5公斤，可以这样估算，最终以兽医给的数字为准：

1. **计算静息能量需求（RER）：** RER = 70 × 体重(kg)^0.75。5^0.75 ≈ 3.34，所以RER ≈ 70 × 3.34 ≈ **234千卡/天**。
2. **减重期一般给RER的0.8–1.0倍：** 也就是大约 **190–235千卡/天**。刚开始可以取中间值，约210千卡。
3. **看包装上的热量：** 处方湿粮和干粮的包装上都会写每罐或每100克多少千卡。

举个例子（请换成你手上产品的实际数值）：

- 湿粮每罐156克，约120千卡 → 每天1罐 = 120千卡
- 干粮约330千卡/100克，即每克3.3千卡 → 再给25克 ≈ 83千卡
- 合计约 **203千卡/天**

分配建议：湿粮分早晚两顿；干粮分成几小份，放在漏食球或藏食玩具里，让她边玩边吃，既增加活动又不会一下子吃完。

每两周称一次体重：如果每周下降30–55克，就保持不变；降得太慢，把干粮减少5克左右；降得太快，就稍微加一点。""",
"""好的，谢谢！多久带她复查一次比较合适？""",
"""一般建议：

- **在家称重：** 每两周一次，固定时间、同一台秤。
- **回诊：** 开始减重后第一个月复查一次，之后每1–2个月一次，直到达到5公斤。
- **达标以后：** 兽医会帮你把喂食量调整到维持水平，之后每半年体检一次即可。

期间如果她食欲明显下降超过一天，随时就诊，不用等到预约的时间。""",
    ]))

# ---------------------------------------------------------------- 004
DIALOGUES.append(D(
    "i9a-004", "leakage", "en",
    "Leakage: the turn-3 reply (Lightroom editing) ends with a bracketed generator continuity memo 'not for the user' that plans the next user turn; the rest is a good astrophotography dialogue.",
    [
"""I have a Canon EOS R50 with the 18-45mm kit lens, and I'd like to photograph the Milky Way on a camping trip next month. Is that realistic with this gear?""",
"""Realistic, yes, with some limits. The kit lens is slow (f/4.5 at 18mm), so it collects less light than a dedicated astro lens, but from a dark site you can still get a recognisable Milky Way core.

**Where and when matter more than gear:**
- Go as dark as you can: a Bortle 1–3 site, well away from towns.
- Shoot around the new moon, or after the moon has set.
- In the Northern Hemisphere the core is visible roughly March to October, and best placed in the evening from June to August, low over the southern horizon.

**Starting settings:**
- Manual mode, lens at 18mm, f/4.5 (wide open)
- Shutter: 15 seconds. The old '500 rule' gives 500 ÷ (18 × 1.6) ≈ 17 s on your APS-C sensor; the stricter NPF rule suggests shorter, so 10–15 s keeps stars round.
- ISO 3200–6400
- RAW, image stabilisation off on a tripod, 2-second self-timer or a remote

**Essentials:** a sturdy tripod, a headlamp with a red-light mode, and a spare battery, because cold nights drain batteries quickly.

If you catch the bug, the biggest upgrade later is a wide manual-focus prime in the f/2–f/2.8 range; several third-party makers offer 10–14mm options for the RF mount, and they gather roughly 2.5 to 5 times more light than the kit lens.""",
"""The trip happens to be right at new moon. How do I focus at night? My autofocus just hunts.""",
"""Autofocus won't lock on stars, so switch to manual focus and do it by eye:

1. **Set MF in the camera's menu.** The kit lens has no AF/MF switch on the barrel, so focus mode is set on the body.
2. **Turn on focus peaking** (MF peaking). It's a helpful guide, although for stars the magnified view is the final judge.
3. **Find the brightest point in the sky:** Jupiter, Vega or Arcturus, depending on the season, and put it in the middle of the frame.
4. **Magnify the live view** to the maximum and slowly turn the focus ring. The star shrinks to its smallest, sharpest point and then grows again as you pass focus. Stop at the smallest point.
5. **Take a test shot** at ISO 6400 for 10 seconds, zoom into the review image, and check the stars are pinpoints rather than little donuts.
6. **Don't let the camera sleep.** The kit lens focuses electronically and may not keep its position after the camera powers off, so set auto power off to disabled for the night.

Backup plan: at dusk, focus on a distant light or a ridge more than a kilometre away, and then leave the focus alone.""",
"""And editing afterwards? I have Lightroom Classic.""",
"""A basic Milky Way edit in Lightroom Classic, in this order:

1. **Denoise first:** run Denoise on the RAW file (around 50), or use manual luminance noise reduction at 30–40 if your computer is slow.
2. **Lens corrections:** enable profile corrections and remove chromatic aberration. This fixes the dark corners the kit lens will have at 18mm.
3. **White balance:** around 3800–4200 K gives a natural, slightly blue night sky. Nudge the tint towards magenta if light pollution turns it green.
4. **Basic panel:** exposure +0.3 to +0.7, highlights −30, shadows +30, whites up until the brightest stars just start to clip, blacks down until the sky has depth.
5. **Presence:** dehaze +15 to +25 and clarity +10 to +20 bring out the dust lanes. Go easy; too much makes the sky look crunchy.
6. **Local adjustments:** a linear gradient on the foreground to lift it slightly, and a brush on the core with a touch more contrast.
7. **HSL:** reduce orange and yellow saturation near the horizon to tame glow from distant towns.

For cleaner results, shoot 10–20 identical frames and stack them in Sequator (Windows) or Starry Landscape Stacker (Mac) before editing.

[Continuity memo, not for the user: he is on APS-C with the kit zoom, keep every later number consistent with 18mm f/4.5. Next user turn should bring up star trails.]""",
"""Last thing: could I also try a star trail shot the same night?""",
"""Definitely, and star trails are more forgiving of a slow lens than Milky Way shots.

- **Composition:** point north towards Polaris for circular trails, or east or west for long diagonal streaks. Include some foreground, such as a tent or a tree line.
- **Settings:** 18mm, f/4.5, ISO 800–1600, 30-second exposures, one after another with almost no gap.
- **How many:** 120 frames at 30 s is one hour of trails; 200 or more gives long, dramatic arcs.
- **Triggering:** use the camera's interval timer if your menu offers one, or a remote that can keep firing frames back to back.
- **Power:** an hour of shooting in the cold can empty a battery, so start the sequence with a fresh one.
- **Dew:** lenses fog up on clear nights; a cheap USB lens heater strip prevents it.
- **Processing:** stack the frames in StarStaX (free) with 'Lighten' blending and gap filling switched on.

Do the Milky Way frames first while the core is high, then set up the trail sequence and let it run while you sit by the fire.""",
    ]))

# ---------------------------------------------------------------- 005
DIALOGUES.append(D(
    "i9a-005", "good", "en",
    "Good: roadside flat repair on a commuter; user discovers the tyres are actually set up tubeless and the assistant adapts (plugs, sealant checks, top-up schedule); practical and consistent.",
    [
"""I keep getting flats on my commuter. If it happens on the way to work, how do I fix it at the roadside? It's the rear wheel, 700x32 tyres, quick-release skewers and rim brakes.""",
"""Here's the roadside routine. Carry two tyre levers, a spare tube (700x28–35 with the right valve type), a mini pump or CO2 inflator, and a patch kit as backup.

1. **Shift to the smallest rear cog.** This slackens the chain and makes the wheel easier to remove and refit.
2. **Open the brake.** Flip the quick-release lever on the caliper, or unhook the noodle on V-brakes, so the tyre clears the pads.
3. **Open the skewer and drop the wheel out,** pulling the derailleur back slightly with one hand.
4. **Let out any remaining air** and push both tyre beads into the centre channel of the rim all the way round; this gives you slack.
5. **Lever one bead off** opposite the valve and pull the tube out.
6. **Find the cause before fitting a new tube.** Pump the old tube up a little and listen for the hole, then check the matching spot on the tyre. Run your fingers carefully round the inside of the tyre: glass and wire slivers are the usual culprits on commutes. Also check that the rim tape covers every spoke hole.
7. **Fit the new tube** with just enough air to give it shape, valve first, and tuck it in.
8. **Roll the bead back on by hand,** finishing at the valve. Avoid levers here if you can; they pinch tubes.
9. **Inflate** to the pressure range on the sidewall; for 700x32 on a commuter that's usually 60–80 psi depending on your weight.
10. **Refit the wheel,** close the skewer firmly, and **re-close the brake** before riding off.

If you're getting repeated flats, a tyre with a puncture-protection belt is often worth more than any technique.""",
"""Actually I just checked the receipt from the shop: the tyres are tubeless-ready, and they set them up tubeless with sealant last year. Does that change things?""",
"""It changes quite a bit, mostly for the better.

**Why you might be getting flats anyway:** sealant dries out. Most latex sealants last about 2–6 months depending on heat, so after a year there's a good chance little liquid is left, and the tyre is effectively running without protection.

**Roadside fix with tubeless:**
1. Small holes usually seal themselves. Spin the wheel so the hole is at the bottom, let the sealant pool there, and add some air.
2. If it keeps hissing, use a **tubeless plug** (the sticky 'bacon strip' kind, or a Dynaplug). Push it in with the tool, trim the excess, and re-inflate.
3. If the cut is too big, fall back to a tube: undo the lock nut and remove the tubeless valve, pull out whatever caused the puncture, and fit a tube as before. Expect some sealant mess.

**Updated kit:** a plug tool and strips, plus the spare tube, levers and pump as before; a small valve-core tool is handy too.

**At home:** top up the sealant now. For 700x32 tyres, roughly 30–45 ml per tyre is typical; check the recommendation on your sealant bottle.""",
"""How can I check whether the sealant has dried out without taking the tyre off?""",
"""Three easy checks, from quickest to most reliable:

1. **Shake and listen.** Hold the wheel off the ground and give it a sharp shake from side to side. A healthy amount of sealant sloshes audibly. Silence is a bad sign, though not conclusive with small volumes.
2. **Watch the pressure.** If the tyre loses noticeably more air overnight than it used to, the sealant probably isn't doing its job.
3. **The dipstick test.**
   - Rotate the wheel so the valve is at about 4 or 8 o'clock and let it sit for a minute, so the sealant pools at the bottom near the valve.
   - Let the air out and remove the valve core with a core tool.
   - Slide a thin zip tie or a spoke through the valve into the tyre until it touches the bottom.
   - Pull it out: wet sealant on the tip means you still have some; dry or rubbery means it's time to top up.

To top up, use a sealant injector or a syringe through the open valve, refit the core, inflate, and spin the wheel so the sealant coats the inside of the tyre.""",
"""How often should I top up, given I ride about 25 km a day and summer here is hot and dry?""",
"""Heat and dry air evaporate sealant faster, so for your conditions:

- **Check monthly** with the shake or dipstick test.
- **Top up every 2–3 months** in summer, rather than the 4–6 months often quoted for cooler climates.
- **Once a year,** pull one bead off, peel out the dried sealant clumps (they add weight and can unbalance the wheel), and refill with fresh sealant.

At 25 km a day you're covering around 500 km a month, so a phone reminder on the first of every other month works well.""",
    ]))

# ---------------------------------------------------------------- 006
DIALOGUES.append(D(
    "i9a-006", "placeholder", "en",
    "Placeholder: in turn 2 the drafted photographer inquiry email leaves unfilled slots ('___ guests' and 'around $TKTK') even though the user gave 60 guests and a $3,000 budget.",
    [
"""We're getting married on September 13, 2025 at Hollins Barn in Vermont. 60 guests, ceremony at 4 pm, reception in the same barn. Could you sketch a day-of timeline?""",
"""Here's a timeline that works well for a 4 pm ceremony with everything on one site. Sunset in Vermont in mid-September is around 7:05 pm, so golden-hour portraits fall neatly during the reception.

- **10:00 am** Hair and makeup start (allow about 45 minutes per person, more for the couple)
- **12:30 pm** Lunch for the wedding party; it's easy to forget
- **1:30 pm** Photographer arrives: details, dress, rings, invitations
- **2:00 pm** Getting dressed and getting-ready photos
- **2:45 pm** First look (optional) and couple portraits
- **3:15 pm** Wedding party and family photos
- **3:30 pm** Guests arrive; music starts
- **4:00 pm** Ceremony (20–30 minutes)
- **4:30 pm** Cocktail hour; any remaining family photos in the first 15 minutes
- **5:30 pm** Guests seated; grand entrance
- **5:45 pm** Dinner service
- **6:30 pm** Toasts (keep to three, about 3–5 minutes each)
- **6:45 pm** Golden-hour portraits, 15–20 minutes outside
- **7:10 pm** First dance, then parent dances
- **7:30 pm** Dance floor opens
- **8:30 pm** Cake cutting
- **9:45 pm** Last dance and send-off
- **10:00 pm** End; vendor load-out

Build a 10–15 minute buffer around the photo blocks; that's where wedding days usually slip.""",
"""This is great. Could you draft an inquiry email I can send to photographers? Budget is $3,000 for 6 hours of coverage. I'm Dana Whitfield and my partner is Sam Ortiz.""",
"""Here's a draft you can send as is or tweak:

---

**Subject:** Photography inquiry for September 13, 2025, Hollins Barn, Vermont

Hi there,

We're Dana and Sam, and we're getting married on Saturday, September 13, 2025 at Hollins Barn in Vermont. We love your work, especially the natural, candid feel of your barn and outdoor weddings, and we'd love to know if you're available.

A few details about our day:

- Ceremony at 4:00 pm, with the reception in the same barn
- ___ guests, so it's a relaxed, fairly intimate celebration
- About 6 hours of coverage, roughly 1:30 pm to 7:30 pm, including getting-ready shots, the ceremony, family photos, golden-hour portraits and the first dance
- Our photography budget is around $TKTK

Could you let us know:
1. Whether you're available on our date
2. Your packages and pricing for around 6 hours
3. How and when we'd receive the final images, and roughly how many to expect
4. Whether a second shooter is included or available

We'd be happy to set up a quick call. Thank you so much, and we hope to hear from you!

Warm regards,
Dana Whitfield & Sam Ortiz

---

Tip: send it to 4–6 photographers at once; the good ones for September Saturdays book up early.""",
"""How far ahead should we book, and what should be in the contract?""",
"""For a Saturday in September, which is peak season in Vermont, book 10–14 months ahead if you can; popular photographers are often gone a year out. If you're closer than that, ask about associate shooters or an off-peak rate.

**What the contract should spell out:**
- **Date, times and location,** plus the exact hours of coverage and the overtime rate (often $200–$400 per hour)
- **Total price, deposit and payment schedule:** a 25–50% non-refundable retainer is typical, with the balance due 2–4 weeks before the wedding
- **Deliverables:** approximate number of edited images, delivery method (usually an online gallery), delivery time (6–10 weeks is common), and how long the gallery stays online
- **Usage rights:** you should get a personal-use licence to print and share; the photographer normally keeps copyright and may ask to use images in their portfolio, which you can decline if you prefer privacy
- **Second shooter:** included or not, and for how many hours
- **Cancellation and rescheduling** terms on both sides, including what happens if the photographer falls ill (a named replacement from their network is ideal)
- **Meals and travel:** most photographers ask for a hot meal during a 6-hour day, plus travel fees if they're more than an hour away
- **Liability insurance:** many venues, barns included, require vendors to carry it

Read it all before signing, and keep a copy with your venue contract.""",
"""And is tipping expected?""",
"""Not required, but appreciated. Common practice in the US:

- If the photographer owns the business, a tip is optional; a heartfelt review and referrals are valued just as much.
- For an associate photographer or a second shooter, $50–$200 each is typical.

Put it in a labelled envelope and ask your planner or a trusted friend to hand it over at the end of the night.""",
    ]))

# ---------------------------------------------------------------- 007
DIALOGUES.append(D(
    "i9a-007", "good", "es",
    "Good: first-year beekeeper measuring and treating varroa; user reports counts and then local amitraz resistance, and the assistant adapts the plan correctly (3% vs 0.7%, oxalic options, retest timing).",
    [
"""Tengo dos colmenas Langstroth en un pueblo de Valencia y es mi primer año. Un apicultor vecino me ha dicho que en agosto tengo que controlar la varroa. ¿Cómo mido si tengo mucha infestación?""",
"""Buen consejo el de tu vecino: agosto es un momento clave, porque la población de abejas empieza a bajar mientras la de varroa sigue creciendo, y las abejas que se crían ahora son las que pasarán el invierno.

El método más sencillo y fiable es el **lavado con azúcar glas** (el de alcohol es algo más preciso, pero mata las abejas):

1. **Busca un cuadro con cría abierta** y asegúrate de que la reina no está en él; si la ves, apártala.
2. **Sacude las abejas en una bandeja** y recoge unos 100 ml, que son aproximadamente **300 abejas**. Un vaso medidor sirve.
3. **Mételas en un bote con tapa de malla** (de unos 3 mm, para que pasen los ácaros pero no las abejas) y añade dos cucharadas de azúcar glas.
4. **Gira el bote con suavidad durante un minuto** para que todas queden cubiertas y déjalo reposar otro minuto.
5. **Agita boca abajo sobre un plato blanco** durante un minuto. Los ácaros caen con el azúcar.
6. **Cuenta los ácaros** (un poco de agua disuelve el azúcar y se ven mejor) y devuelve las abejas a la colmena.

**Cálculo:** ácaros ÷ 300 × 100 = porcentaje de infestación.

**Cómo interpretarlo en verano:**
- Menos del 1%: bien.
- Entre 1 y 2%: vigilar de cerca.
- Más del 2–3%: conviene tratar.

Haz la prueba en **las dos colmenas por separado**, porque pueden tener niveles muy distintos aunque estén una al lado de la otra. La bandeja en el fondo sanitario (contar la caída natural durante 3 días) es otra opción, pero es menos precisa.""",
"""Hecho. Colmena A: 9 ácaros. Colmena B: 2 ácaros. ¿Qué hago ahora?""",
"""Con 300 abejas por muestra:

- **Colmena A:** 9 ÷ 300 = **3%**. Está por encima del umbral; conviene tratar ya.
- **Colmena B:** 2 ÷ 300 ≈ **0,7%**. Bien por ahora; vuelve a medir en 3–4 semanas.

**Opciones para la colmena A** (solo medicamentos autorizados, siguiendo el prospecto):

- **Amitraz en tiras** (por ejemplo, Apivar): 2 tiras por colmena entre los cuadros de cría, durante 6–10 semanas. Funciona con cría y con calor.
- **Ácido oxálico en tiras de liberación lenta:** útiles con cría, aunque su eficacia varía más según la colmena.
- **Timol** (Apiguard, Thymovar): eficaz aproximadamente entre 15 y 30 °C, pero en agosto en Valencia se superan a menudo los 30 °C y puede hacer que la reina deje de poner o que las abejas abandonen la colmena.
- **Ácido fórmico:** alcanza también las varroas dentro de la cría operculada, pero con temperaturas altas es arriesgado para la reina.

**Importante en todos los casos:**
- Retira las alzas de miel antes de tratar.
- Anota el tratamiento en el **libro de registro de la explotación**, como exige la normativa, y guarda la receta veterinaria si la hay.
- Si perteneces a una ADS (Agrupación de Defensa Sanitaria) apícola, pregunta qué tratamiento coordinan en tu zona: tratar a la vez que los colmenares vecinos reduce la reinfestación.""",
"""Cambio de planes: mi vecino dice que en la comarca hay mucha resistencia al amitraz porque todo el mundo lleva años usándolo. ¿Qué me recomiendas entonces para la colmena A?""",
"""Tiene sentido hacerle caso: la resistencia de la varroa al amitraz está documentada en varias zonas de España tras años de uso repetido. Con calor y con cría, estas son las alternativas razonables:

1. **Ácido oxálico en tiras de liberación lenta.** Es la opción más práctica ahora mismo: se colocan entre los cuadros de cría y liberan el ácido durante varias semanas, lo que compensa que el oxálico no penetre en la cría operculada. Depende mucho menos de la temperatura que el timol.

2. **Interrupción de cría + oxálico por goteo.** Más trabajo, pero muy eficaz:
   - Enjaula a la reina (por ejemplo, en una jaula tipo Scalvini) durante unos 24–25 días.
   - Al final de ese periodo ya no queda cría operculada, así que todas las varroas están sobre las abejas adultas.
   - Libera a la reina y aplica oxálico por goteo según el prospecto (típicamente unos 5 ml por calle ocupada por abejas).
   - Bien hecho, supera el 90% de eficacia.

3. **Evita por ahora** el timol y el fórmico mientras las máximas pasen de 30 °C.

Elijas lo que elijas, **rota los principios activos** de un año a otro y confirma el producto con tu veterinario o con la ADS, que sabrán qué está funcionando mejor en la comarca.""",
"""¿Y cuándo vuelvo a medir para saber si ha funcionado?""",
"""Haz un nuevo lavado con azúcar **unas 2 semanas después de terminar el tratamiento** (o de retirar las tiras). El objetivo es quedar **por debajo del 1%**.

Después:
- Mide también la colmena B a finales de septiembre.
- En **noviembre o diciembre**, cuando haya poca o ninguna cría, llega el mejor momento para un tratamiento de invierno con oxálico, que limpia lo que quede antes de la primavera.""",
    ]))

# ---------------------------------------------------------------- 008
DIALOGUES.append(D(
    "i9a-008", "off_topic", "en",
    "Off-topic: a chess-improvement dialogue (turns 1-2) is abandoned in turn 3 when the user switches to an Oregon rent-increase question, and turn 4 continues with a letter to the landlord.",
    [
"""I'm a 1350-rated adult on Lichess and I keep hanging pieces in the middlegame. I can study about 45 minutes a day. How should I structure my practice?""",
"""At 1350, hanging pieces is the single biggest source of lost points, so the plan should target it directly. With 45 minutes a day:

**Daily (about 45 min):**
- **15 min of tactics.** Lichess puzzles, but use Puzzle Themes and focus on 'Hanging piece', 'Fork' and 'Pin' for the first month. Solve slowly: aim for accuracy, not streaks.
- **20 min: one game at a slower time control,** 15+10 or longer. Blitz trains speed, not safety; you need time to check your moves.
- **10 min: review that game** without an engine first. Find the moment you lost material and write one sentence about why. Then check with the engine.

**Twice a week, swap the game for:**
- **Endgame basics:** king and pawn endings, the Lucena and Philidor positions. Lichess Practice covers these for free.

**Weekly check:** count how many pieces you hung that week. The goal isn't a rating number but fewer free pieces; the rating follows.

If you like books, *The Woodpecker Method* is too hard at this stage; *Chess Tactics for Champions* by Susan Polgar or *Learn Chess Tactics* by John Nunn fit better.""",
"""The review part makes sense. But how do I actually stop hanging pieces during the game? I know I should check, I just forget.""",
"""Forgetting is normal. The fix is to make checking a physical routine rather than a good intention.

**A 10-second blunder check before every move:**
1. **What did my opponent's last move attack?** Look at every square the moved piece now hits, and any line it opened behind it.
2. **Checks, captures, threats** for your opponent, in the position after the move you're about to play. Imagine your piece already on its new square.
3. **Is every piece of mine defended, or safe where it stands?** Loose pieces drop off.

**Ways to make it stick:**
- **Sit on your hands.** Literally, or keep your hand off the mouse until you've run the three questions.
- **Say the words.** A silent 'checks, captures, threats' works as a trigger.
- **Play slower.** At 15+10 you have time for this on every move; at 3+0 you don't.
- **Track it.** After each game, note whether a blunder came from skipping the check. Seeing a tally of 'skipped check' usually shocks people into doing it.

It feels slow for the first couple of weeks. After that it runs in the background, and most players see their number of hung pieces drop clearly.""",
"""Makes sense. Totally unrelated, but my landlord just told me he's raising my rent by 18% starting next month. I'm in Oregon. Is that even allowed?""",
"""Very likely not, for most Oregon rentals. Oregon has statewide rent stabilization:

- **Cap on increases:** once in any 12-month period, a landlord can raise rent by no more than 7% plus CPI, with an overall maximum of 10%. The state publishes the exact cap each year; for 2025 it is 9.5%.
- **Notice:** at least **90 days' written notice** before the increase takes effect, stating the amount of the increase, the new rent and the effective date.
- **First year:** no increase is allowed during the first year of a tenancy.

**Exemptions:** buildings whose first certificate of occupancy was issued less than 15 years ago, and some regulated affordable housing, are exempt from the cap, though the 90-day notice rule still applies.

So an 18% increase with one month's notice fails on both counts unless your building is exempt. A landlord who violates the cap can be liable for three months' rent plus actual damages.

Next step: find out when your building was built, and put your response in writing.""",
"""Thanks. Can you help me write that letter to him?""",
"""Here's a firm but polite draft:

---

Hello,

Thank you for letting me know about the planned 18% rent increase starting next month.

I'd like to point out that under Oregon's rent stabilization law (ORS 90.323 and 90.600), increases are limited to the annual maximum published by the state, which is 9.5% for 2025, and require at least 90 days' written notice. Unless the building is exempt because its certificate of occupancy was issued within the last 15 years, the proposed increase and notice period don't meet these requirements.

I'm happy to discuss a lawful increase with proper notice. Until then, I will continue to pay my current rent on the usual date.

Kind regards,

---

Add your name, unit number and the date, send it by email and by post so there's a record, and keep a copy. If he doesn't back down, the Community Alliance of Tenants runs a renters' hotline, and Oregon Law Help lists free legal aid.""",
    ]))

# ---------------------------------------------------------------- 009
DIALOGUES.append(D(
    "i9a-009", "repetition", "en",
    "Repetition: in turn 3 the user re-asks, in other words, what happens on a rolled 7 (discard rule), already answered in turn 1, and the assistant answers it again in rephrased form.",
    [
"""We're playing Catan (base game) for the first time tonight. What happens when someone rolls a 7?""",
"""Three things happen, in this order:

1. **Discard:** every player holding **more than 7 resource cards** must discard half of them, rounded down. So with 8 cards you discard 4, and with 9 you also discard 4. Development cards don't count.
2. **Move the robber:** the player who rolled moves the robber to any other terrain hex (or the desert). While the robber sits there, that hex produces nothing, even when its number is rolled.
3. **Steal:** the roller then takes one random resource card from a player who has a settlement or city next to the robber's new hex. If several players qualify, the roller chooses which one.

Nobody collects resources on a 7; it's the only roll that produces nothing.""",
"""Can I build a settlement right next to someone else's settlement if my road reaches it?""",
"""No. The **distance rule** applies to everyone, including you: a settlement can only go on an intersection where all adjacent intersections are empty. In other words, there must be at least two road lengths between any two settlements, whoever owns them.

Two more placement rules after the opening setup:
- The settlement must connect to one of **your own** roads.
- An opponent's settlement blocks a road: you can't continue your road through an intersection where they've built.

That's why a common tactic is to race for a good spot and drop a settlement there before the other player's road arrives.""",
"""Quick one before we start: if a 7 comes up, who has to throw away cards, and how many?""",
"""Anyone holding more than seven resource cards gives up half of them, rounding down: 8 or 9 cards means losing 4, 10 or 11 cards means losing 5. Development cards aren't counted. After that, the player who rolled the 7 moves the robber to a new hex, which stops producing while it's occupied, and steals one random card from a player with a building next to it.""",
"""How do development cards work?""",
"""You buy one for **1 ore, 1 wool and 1 grain**, drawing the top card of the deck. Rules for playing them:

- You can play **only one** development card per turn, at any point during your turn, even before rolling.
- You **can't play a card on the turn you bought it.**
- **Victory Point** cards are the exception: keep them hidden and reveal them when they bring you to 10 points.

The card types (25 in the base game):
- **Knight (14):** move the robber and steal, just like a 7 but without anyone discarding. Played knights stay face-up in front of you.
- **Road Building (2):** place two roads for free.
- **Year of Plenty (2):** take any two resources from the bank.
- **Monopoly (2):** name a resource; every other player gives you all of theirs.
- **Victory Point (5):** worth 1 point each.

The first player to have played **3 knights** gets the **Largest Army** card, worth 2 points; someone else takes it over by playing more knights than the current holder.""",
"""How does trading work? Can I trade with anyone at any time?""",
"""Only on your own turn, after you've rolled for production. There are two kinds of trade:

**Domestic trade (with players)**
- You can trade with any other player at any ratio you both agree on, for example 2 brick for 1 ore.
- The other players may trade only with you during your turn, not among themselves.
- You can't give cards away for nothing, and you can't trade identical resources (3 wool for 1 wool).

**Maritime trade (with the bank)**
- **4:1** at any time on your turn: give 4 of one resource, take 1 of any other.
- **3:1** if you have a settlement or city on a generic harbor.
- **2:1** for one specific resource if you're on that resource's special harbor.

Trades and building can be mixed in any order once you've rolled, so you can build a road, trade, and then build a settlement in the same turn.""",
"""And what exactly counts for Longest Road?""",
"""You need an unbroken line of **at least 5 road segments**. Branches don't add up: only the single longest path through your network counts, though it may loop back on itself.

- The first player to build such a road takes the **Longest Road** card (2 points).
- Another player takes it only by building a **longer** road; equalling it isn't enough.
- An opponent can **break** your road by building a settlement on an open intersection along it. The two pieces then count separately, and the card may move to whoever now has the longest road.

Tip: when you're close to the card, watch for open intersections in the middle of your road; they're where opponents will try to cut you.""",
"""And when does the game end?""",
"""As soon as a player has **10 victory points on their own turn**, they declare it and win immediately. Points come from settlements (1 each), cities (2 each), Longest Road (2, for at least 5 continuous road segments), Largest Army (2) and Victory Point cards (1 each). If you somehow reach 10 during someone else's turn, you still have to wait until your own turn to claim the win.""",
    ]))

# ---------------------------------------------------------------- 010
DIALOGUES.append(D(
    "i9a-010", "non_answer", "ja",
    "Non-answer: the turn-2 reply only restates the user's question about whether the kit lens is good enough for night shots and gives no information; turns 1 and 3 are good.",
    [
"""スマホからの乗り換えで、初めてミラーレス（ソニーα6400）を買いました。三脚なしで、手持ちで夜景を撮りたいのですが、どんな設定から始めればいいですか？""",
"""手持ちの夜景撮影は「手ブレ」と「ノイズ」のバランスがポイントです。まずは次の設定から試してみてください。

- **撮影モード：** A（絞り優先）またはM（マニュアル）
- **絞り：** レンズの開放値（いちばん小さいF値）
- **シャッタースピード：** 目安は「1 ÷（焦点距離×1.5）」秒より速く。α6400はAPS-Cなので、35mm判換算の焦点距離で考えます。たとえば16mmなら1/25秒程度、50mmなら1/80秒程度が安全圏です。
- **ISO感度：** オートにして上限を6400に設定。α6400ならISO 3200〜6400でも十分実用的です。
- **手ブレ補正：** α6400にはボディ内手ブレ補正がないので、レンズ側の手ブレ補正（OSS）を必ずONにしてください。
- **記録形式：** RAW＋JPEG。RAWなら後からノイズや色をしっかり調整できます。

**構え方のコツ**
- 脇を締めて、ファインダーを覗く（液晶を見ながら腕を伸ばすより安定します）
- 息を吐き切ったところでシャッターを押す
- 連写で3〜5枚撮って、いちばんブレていないものを選ぶ
- 手すりや壁など、体やカメラを預けられる場所を探す

まずはこの設定で何枚か撮ってみて、ブレるならシャッタースピードを速く、暗すぎるならISOを上げる、という順で調整すると覚えやすいです。""",
"""レンズはキットレンズ（E PZ 16-50mm F3.5-5.6 OSS）しか持っていません。このレンズでも夜景はちゃんと撮れますか？""",
"""キットレンズのE PZ 16-50mm F3.5-5.6 OSSで夜景がちゃんと撮れるかどうか、というご質問ですね。α6400を買われた方の多くが最初に手にするのがこのレンズですので、夜景撮影でどこまで使えるのかは、とても気になるところだと思います。夜景撮影では、レンズ選びは大切な要素のひとつです。ぜひ、いろいろな場面で試してみてください。""",
"""わかりました。やっぱり三脚も買おうと思います。予算はどれくらいで、どんな点を見て選べばいいですか？""",
"""α6400とキットレンズなら合計でも500g強と軽いので、高価な三脚は必要ありません。**予算は1万〜2万円前後**が目安です。

**選ぶときのポイント**

1. **耐荷重：** 機材の重さの3倍以上あると安心です。1.5〜3kg程度あれば十分です。
2. **全高：** ファインダーを覗くなら、エレベーターを伸ばさずに目の高さ近くまで届くものが理想です。エレベーターを上げると揺れやすくなります。
3. **重さと収納サイズ：** 夜景撮影では持ち歩くことが多いので、1.5kg前後、縮長50cm以下だと持ち出しやすいです。
4. **素材：** アルミは安くて丈夫、カーボンは軽くて振動が収まりやすいものの高価です。この予算ならアルミで十分です。
5. **雲台：** 自由雲台は構図を素早く決めやすく、初心者にも扱いやすいです。

**三脚を使うときの設定**
- ISO 100、F8前後、シャッタースピードは数秒（明るさに合わせて調整）
- レンズのOSSはOFF（三脚の上ではかえってブレの原因になることがあります）
- 2秒セルフタイマーを使うと、シャッターを押したときの振動を防げます

三脚があれば、キットレンズでもノイズの少ない、くっきりした夜景が撮れます。""",
    ]))
