from b_common import D, pairs

DIALOGUES = []

# 007 good zh epidemiology (4 turns)
DIALOGUES.append(D(7, "good", "zh",
"Good: a public-health student asks four connected epidemiology questions (R0 vs Rt, herd-immunity threshold for measles, incidence vs prevalence, PPV of a screening test); numbers computed correctly, with formulas and a 2x2 table.",
pairs(
r"""我在准备流行病学考试。基本再生数 R0 和有效再生数 Rt 到底有什么区别?""",
r"""两者都表示"一个感染者平均能传染多少人",区别在于前提条件:

**R0(基本再生数)**:在一个**完全易感**的人群中、没有任何干预措施时,一个典型感染者在整个传染期内平均产生的新发感染数。它描述的是病原体在特定人群和社会环境中的"固有传播潜力"。常用的分解方式是:

$$R_0 \approx \beta \times c \times D$$

其中 $c$ 是单位时间内的接触次数,$\beta$ 是每次接触的传播概率,$D$ 是传染期长度。所以 R0 不是病毒的固定常数,同一种病原体在人口密集、接触频繁的城市里 R0 会更高。

**Rt(有效再生数)**:在时间 $t$ 的**实际情况**下,一个感染者平均传染的人数。它会随着以下因素变化:

- 人群中已有免疫(感染后或接种疫苗)的比例;
- 口罩、隔离、停课等干预措施;
- 人们行为的自发改变,以及季节因素。

在最简单的模型里,$R_t \approx R_0 \times S_t$,$S_t$ 是当时易感者所占的比例。

判断疫情走势时看的是 Rt:$R_t > 1$ 时病例数增长,$R_t < 1$ 时逐渐下降。考试中常见的陷阱是说"R0 因为封城下降了"——严格来说下降的是 Rt,R0 的定义本身就排除了干预措施。""",
r"""那群体免疫阈值怎么算?比如麻疹的 R0 一般说是 12 到 18。""",
r"""群体免疫阈值(HIT)就是让 $R_t$ 降到 1 所需要的免疫人群比例。由 $R_t = R_0 \times (1 - p) = 1$ 解出:

$$p_c = 1 - \frac{1}{R_0}$$

代入麻疹的数据:

| R0 | 群体免疫阈值 $1 - 1/R_0$ |
|---|---|
| 12 | 1 − 1/12 ≈ **91.7%** |
| 18 | 1 − 1/18 ≈ **94.4%** |

但这是"免疫的人"的比例,不是"接种的人"的比例。如果疫苗有效率为 $E$,需要的**接种覆盖率**是:

$$V_c = \frac{1 - 1/R_0}{E}$$

两剂麻疹疫苗(MMR)的有效率约为 97%,所以:

- R0 = 12 时:$0.917 / 0.97 \approx 94.5\%$
- R0 = 18 时:$0.944 / 0.97 \approx 97.3\%$

这就是为什么世界卫生组织建议两剂麻疹疫苗覆盖率要达到 95% 以上。需要注意的是,这个公式假设人群是均匀混合的;现实中如果某个社区或学校的接种率明显偏低,即使全国平均达标,也可能在局部暴发。""",
r"""发病率和患病率我总是搞混,它们有什么关系?""",
r"""记住一个是"流量",一个是"存量":

- **发病率(incidence)**:一段时间内**新发**病例出现的速度。例如"每 1000 人年 2 例",分母是观察的人时(person-time),只统计期初未患病的人。它回答的是"得这个病的风险有多大",适合研究病因。
- **患病率(prevalence)**:某一时点(或时期)人群中**现有**病例所占的比例,新老病例都算。例如"成人糖尿病患病率 12%"。它回答的是"现在有多少人带着这个病",适合做卫生资源规划。

两者的关系可以用浴缸来想象:发病率是水龙头流进来的水,治愈和死亡是排水口,患病率是缸里的水量。在人群稳定、患病率较低的情况下:

$$P \approx I \times D$$

$D$ 是平均病程。举例:某病发病率为 2/1000 人年,平均病程 5 年,则患病率约为 $0.002 \times 5 = 0.01$,即 1%。

几个典型推论:

- 慢性病(病程长、不致死)患病率高,即使发病率不高,比如高血压;
- 急性病(如流感)患病率低,但发病率可能很高;
- 一种新疗法如果能**延长生命却不能治愈**,会使患病率**上升**,这常被误读为"疾病变多了"。""",
r"""最后一个:某筛查试验灵敏度 95%,特异度 98%,人群患病率 1%。阳性预测值是多少?""",
r"""假设筛查 10,000 人,列一个四格表最直观:

| | 真正患病 | 未患病 | 合计 |
|---|---|---|---|
| 检测阳性 | 95(真阳性) | 198(假阳性) | 293 |
| 检测阴性 | 5(假阴性) | 9,702(真阴性) | 9,707 |
| 合计 | 100 | 9,900 | 10,000 |

计算过程:

- 患病率 1% → 患病者 100 人,未患病者 9,900 人;
- 灵敏度 95% → 100 人中 95 人阳性,5 人漏检;
- 特异度 98% → 9,900 人中 2% 即 198 人为假阳性。

$$\text{PPV} = \frac{95}{95 + 198} = \frac{95}{293} \approx 32.4\%$$

$$\text{NPV} = \frac{9702}{9702 + 5} \approx 99.95\%$$

也就是说,即使试验看起来"很准",在患病率只有 1% 的人群中,阳性结果里大约只有三分之一是真病人。原因是未患病的人太多,2% 的假阳性在数量上超过了真阳性。

考试要点:灵敏度和特异度是试验本身的属性,而**预测值取决于患病率**。同样的试验用在高危人群(比如患病率 20%)中,PPV 会升到约 92%。这也是为什么筛查阳性后通常还需要特异度更高的确诊试验。""",
)))

# 008 leakage en CNC (5 turns) -- turn 1 reply opens with a generator control line
DIALOGUES.append(D(8, "leakage", "en",
"Leakage, turn 1: the first reply starts with a generation control header \"[turn_type=explain | persona=shop mentor | target_len~180w | next_user_move=ask_feeds]\" that belongs to the data generator.",
pairs(
r"""I just got access to a Haas Mini Mill at our makerspace. For pockets in 6061 aluminum, should I be climb milling or conventional milling?""",
r"""[turn_type=explain | persona=shop mentor | target_len~180w | next_user_move=ask_feeds]

On a CNC machine like the Mini Mill, **climb milling** is the default for aluminum.

**Climb milling**: the cutter rotates "with" the feed direction, so each tooth enters the material at maximum chip thickness and exits at zero. Benefits:

- Better surface finish, because the tooth isn't rubbing before it bites.
- Less heat going into the tool and the part; the chip carries it away.
- Less tendency for aluminum to weld to the cutting edge (built-up edge).
- Longer tool life.

**Conventional milling**: the tooth starts at zero chip thickness and rubs before it cuts. It's the safer choice on manual mills with backlash in the leadscrews, because climb milling can pull the table into the cut. Ball-screw CNCs like the Haas don't have that problem.

When conventional still makes sense on CNC:

- Cutting through hard scale or cast skin, so the tooth enters below the crust.
- A very flexible setup where you want the cutting forces to push the tool away from the wall.

In CAM (Fusion, Mastercam, etc.) climb is usually a checkbox or "compensation: left" for G41 on an outside profile. For pockets, make sure the toolpath direction is set to climb, not "both ways".""",
r"""I have a 1/2" 3-flute carbide endmill. If I use 800 SFM and 0.003" per tooth, what RPM and feed should I program?""",
r"""Use the standard formulas:

$$\text{RPM} = \frac{\text{SFM} \times 3.82}{D} = \frac{800 \times 3.82}{0.5} \approx 6{,}112 \text{ RPM}$$

$$\text{IPM} = \text{RPM} \times \text{flutes} \times \text{chipload}$$

The Mini Mill's standard spindle tops out at **6,000 RPM**, so cap it there. The feed then becomes:

$$6{,}000 \times 3 \times 0.003 = 54 \text{ IPM}$$

Keep the chipload and recompute the feed from the actual RPM, rather than reducing the feed by some guess; that keeps the tooth taking a proper chip instead of rubbing.

Depth and width depend on the strategy:

- **Slotting** (full width): about 0.5× diameter deep, 0.25", at those numbers.
- **Adaptive/HSM roughing**: 1–2× D axial depth (0.5–1.0") with 8–15% radial stepover (0.04–0.075"). Because radial engagement is low, chip thinning lets you raise the programmed chipload, often to 0.004–0.005", but start at 0.003" and listen to the cut.

Also check that your holder and stickout are reasonable: with 6,000 RPM and 54 IPM a 1/2" endmill at 1.5" stickout is comfortable; at 2.5" it will likely sing.""",
r"""I'm getting awful chatter when I get to the bottom of a 1.5" deep pocket wall. What can I do?""",
r"""Chatter deep in a pocket is almost always a rigidity problem: the tool is longer, engaged along more flute length, and deflects. In rough order of effectiveness:

1. **Shorten the stickout.** Deflection rises with the cube of the length, so going from 2.0" to 1.6" out of the holder cuts deflection roughly in half. Use just enough length to clear the pocket depth plus a little.
2. **Reduce radial engagement, keep axial.** With an adaptive toolpath at 10% stepover the tool sees gentle, consistent load. Full-width slotting at 1.5" deep is asking for trouble.
3. **Change the spindle speed, not just the feed.** Chatter happens near specific RPMs where the tooth-passing frequency excites the tool's natural frequency. Try ±10–15% (e.g. 5,300 or 6,000 instead of 5,600) and keep the chipload constant.
4. **Use a variable-helix or variable-pitch endmill.** Uneven tooth spacing breaks up the regular vibration; many "aluminum" endmills are designed this way.
5. **Step down the walls in levels** for the final passes, or leave 0.010–0.015" on the wall and come back with a finish pass.
6. **Check the holder.** A worn collet or an ER collet not tightened to spec is a common hidden cause; a shrink-fit or good side-lock holder is stiffer.
7. **Workholding.** A thin part in a vise can vibrate itself; support it with parallels close under the pocket.""",
r"""What's a good finishing strategy for those walls so they come out straight and smooth?""",
r"""For a 1.5" wall in 6061 with that 1/2" endmill:

1. **Rough with stock left.** Leave about 0.010–0.015" per side on the walls and 0.005–0.010" on the floor.
2. **Finish the floor first**, with a light pass at full stepover close to 50% of the diameter, so the endmill doesn't rub the floor later while finishing the walls.
3. **Finish the walls in one full-depth pass** if the tool can reach without excessive stickout. One pass avoids the visible "steps" you get from multiple Z levels. Use a small radial depth (the 0.010–0.015" you left) and **climb** direction.
4. **Speeds for finishing:** same 6,000 RPM; at such a light radial engagement you can run about 40–60 IPM. The finish depends more on a sharp tool and rigid setup than on slow feeds. Feeding too slowly makes aluminum smear.
5. **Spring pass.** Repeat the same wall path at zero additional stock. The tool deflected slightly under load the first time; the second pass removes the remaining taper. Measure top and bottom of the wall before deciding if you need it.
6. **Lead-in arcs.** Use an arc lead-in/lead-out rather than plunging straight into the wall, which leaves a witness mark.

If tolerance is tight (±0.001"), measure after the first finish pass and adjust the cutter-comp wear offset on the control instead of editing the program.""",
r"""Should I run flood coolant or just air blast in aluminum?""",
r"""Both can work; the main enemies in aluminum are **built-up edge** and **recutting chips**.

- **Flood coolant** (or a good mist) is the safest choice for pockets. It lubricates the edge, so aluminum doesn't weld to it, and it flushes chips out of a deep pocket. For a 1.5" deep pocket, chip evacuation alone is a strong reason to use it.
- **Air blast** works well for open profiles and shallow work, especially with polished, uncoated or ZrN/DLC-coated tools designed for aluminum. It keeps the part clean and avoids coolant mess, but in a deep pocket the chips can pack at the bottom and get recut, which ruins the finish and can break the tool.

Whatever you use, avoid **TiAlN/AlTiN** coatings for aluminum: the aluminum in the coating has an affinity for the workpiece and promotes built-up edge.

A common makerspace compromise: flood or mist during roughing, then air blast or mist for the finish passes where the chip load is tiny. And check that the coolant concentration is in range (usually 6–10% for a semi-synthetic); too lean and you'll see staining and poor lubrication.""",
)))

# 009 good en HVAC sizing (6 turns)
DIALOGUES.append(D(9, "good", "en",
"Good: homeowner sizing a replacement system over six turns (rule of thumb vs Manual J, inputs, tonnage from load, heat pump capacity vs heating load with table, duct airflow, SEER2); consistent numbers, last reply short.",
pairs(
r"""My contractor says our 1,800 sq ft house in Raleigh, NC needs "one ton per 500 square feet", so a 3.6-ton system, rounded up to 4 tons. Is that right?""",
r"""That rule of thumb is a rough guess and, for most modern houses, it leads to **oversizing**. The right answer comes from a room-by-room load calculation, **ACCA Manual J**, which is required by the residential building code in most US jurisdictions (including North Carolina) for new equipment.

Why square footage alone doesn't work: two 1,800 sq ft houses can differ in cooling load by a factor of two. The load depends on:

- insulation levels in walls, attic and floor;
- window area, orientation and glass type (west-facing glass is a big driver in summer);
- air leakage;
- duct location (ducts in a hot attic add load);
- number of occupants and internal gains.

Many reasonably insulated homes in Raleigh calculate out to roughly 700–1,000 sq ft per ton, meaning 2 to 2.5 tons for your size, not 4.

Why oversizing hurts:

- **Short cycling.** The system reaches the thermostat setpoint in a few minutes and shuts off before it removes much humidity. In a humid climate like Raleigh that means a cold, clammy house.
- **More wear** from frequent starts and lower efficiency.
- **Higher cost** for bigger equipment, and it may need larger ducts than you have.

Ask the contractor for a Manual J report. If they can't provide one, it's worth getting a second quote, or running the numbers yourself with a tool that follows Manual J.""",
r"""What information would a Manual J calculation need from me?""",
r"""Here's what a contractor or software will ask for:

**House envelope**
- Floor plan with room dimensions and ceiling heights.
- Wall construction and insulation (e.g. 2x4 with R-13), attic insulation (R-30, R-38?), floor over crawlspace or slab.
- Every window and glass door: size, direction it faces, and type (single/double pane, low-e). The U-factor and SHGC on the NFRC sticker, if you still have it, is ideal.
- Exterior doors.

**Air leakage**
- A blower-door result in ACH50 if you have one; otherwise the estimator picks a tightness category (tight / average / leaky).

**Ducts**
- Where they run (conditioned space, attic, crawlspace), whether they're insulated, and roughly how leaky.

**Internal loads**
- Number of occupants (Manual J usually assumes bedrooms + 1), and anything unusual like a home gym, large aquarium, or server closet.

**Climate design conditions**
- Manual J uses fixed design temperatures rather than record extremes. For Raleigh that's roughly low-90s °F for summer cooling design and about 20–22°F for winter heating design, along with an indoor setpoint of 75°F cooling and 70°F heating.

With that, the calculation gives room-by-room heating and cooling loads, split into **sensible** (temperature) and **latent** (moisture) cooling, which is what you need both for selecting equipment and for sizing each duct run.""",
r"""I ran it through an online Manual J tool: total cooling load 26,400 BTU/h. What size unit does that mean?""",
r"""26,400 BTU/h divided by 12,000 BTU/h per ton is **2.2 tons**, which points to a **2.5-ton** system, not 4.

Equipment selection follows **Manual S**, which sets how much bigger than the load the unit may be:

| Equipment type | Max cooling capacity vs total load |
|---|---|
| Single-speed | 115% |
| Two-stage | 120% |
| Variable-speed | 130% |

For a single-speed unit: $26{,}400 \times 1.15 = 30{,}360$ BTU/h, so a nominal 2.5-ton (30,000 BTU/h) fits. A 3-ton (36,000) would exceed even the variable-speed limit of $26{,}400 \times 1.3 = 34{,}320$.

Two caveats:

1. **Nominal vs actual capacity.** A "2.5-ton" unit delivers its rated capacity at standard test conditions (95°F outdoor, 80°F indoor). At your design conditions and with your specific indoor coil, it may deliver somewhat more or less. Manual S uses the manufacturer's expanded performance data to check that; ask the contractor to show it.
2. **Latent capacity.** Make sure the unit's sensible/latent split covers your latent load; in Raleigh, dehumidification matters as much as temperature.

A 4-ton unit on a 26,400 BTU/h load would be about 80% oversized, exactly the short-cycling scenario we discussed.""",
r"""The same report says the heating load is 38,000 BTU/h. I'm considering a heat pump. Can a 2.5-ton heat pump handle winter, then?""",
r"""Not entirely by itself, which is normal. A heat pump's heating capacity **drops as it gets colder outside**, while your house's heat loss rises. Typical numbers for a standard (not cold-climate) 2.5-ton unit:

| Outdoor temp | Heating capacity (approx.) | Your heat loss (approx.) |
|---|---|---|
| 47°F | 29,000 BTU/h | ~15,200 BTU/h |
| 35°F | 24,600 BTU/h | ~25,300 BTU/h |
| 25°F | 20,900 BTU/h | ~33,800 BTU/h |
| 20°F (design) | 19,000 BTU/h | 38,000 BTU/h |

(The heat loss scales roughly linearly from zero at about 65°F to 38,000 at 20°F; the capacity figures are illustrative, check the AHRI or manufacturer data for the model you're quoted.)

The temperature where the lines cross, around 36°F here, is the **balance point**. Below it you need supplemental heat. The gap at design is about $38{,}000 - 19{,}000 = 19{,}000$ BTU/h; at 3,412 BTU/h per kW that's about **5.6 kW** of electric strip heat, so an 8 kW strip (the next common size above 5) would be typical.

Options:

1. **Standard heat pump + 8 kW strip.** Cheapest to install. Raleigh only spends a small fraction of winter hours below freezing, so the strips run little.
2. **Variable-speed / cold-climate heat pump.** These can run above nominal speed in cold weather and often keep 80–100% of rated capacity at 17°F. A 2.5-ton variable unit might cover most or all of the design load with only a small backup strip.
3. **Dual fuel** (heat pump + gas furnace) if you already have gas.

Don't upsize the heat pump to 4 tons to cover heating: that reintroduces the cooling oversizing problem.""",
r"""Our existing ducts were sized for the old 3.5-ton unit. Is that a problem for a 2.5-ton system?""",
r"""Usually it's less of a problem than the reverse, but check a few things.

A system needs roughly **350–400 CFM of airflow per ton**, so:

- 3.5 tons → about 1,225–1,400 CFM (what the ducts were sized for)
- 2.5 tons → about **875–1,000 CFM**

Moving less air through bigger ducts means lower velocity and lower static pressure, which the blower handles easily. Possible downsides:

- **Low velocity at registers**: air may "dump" instead of throwing across the room. Adjustable or smaller-face registers in affected rooms can fix that.
- **Room-by-room balance**: the old ducts reflect the old design's distribution, not your new room-by-room loads. Compare each room's Manual J load with what the ducts deliver; a bedroom above the garage might still need more.
- **Leakage**: old ducts in an attic often leak 20–30% of airflow. Sealing joints with mastic before the new system goes in is one of the best-value upgrades you can make; it can matter as much as the equipment efficiency.

Ask the installer to measure **total external static pressure** after installation; for most residential air handlers it should be at or under 0.5 in. w.c. That single number tells you whether the ductwork and blower are matched.""",
r"""Last thing: what efficiency rating should I look for?""",
r"""Since 2023 the ratings are SEER2 and HSPF2. The federal minimum for a split heat pump is **14.3 SEER2 / 7.5 HSPF2**. In Raleigh's climate, the sweet spot for payback is usually around **15–17 SEER2** and **8+ HSPF2**; variable-speed units in the 18–20 SEER2 range cost noticeably more and make sense mainly if you also want their better humidity control. Check current utility rebates and the federal 25C tax credit, which favour higher-tier units.""",
)))

# 010 bad_length en options (4 turns) -- turn 3 rambling reply
DIALOGUES.append(D(10, "bad_length", "en",
"Bad length (ramble), turn 3: asked what theta means for the specific $50 call position, the reply gives one vague sentence and then wanders through the history of options, Black-Scholes and market philosophy without answering.",
pairs(
r"""I'm new to options. What's the actual difference between a call and a put?""",
r"""Both are contracts on an underlying stock, and both have a **strike price** and an **expiration date**. The difference is the direction of the right they give the buyer:

- A **call** gives the buyer the right, not the obligation, to **buy** the stock at the strike price until expiration. You buy calls when you expect the price to rise.
- A **put** gives the buyer the right to **sell** the stock at the strike price. You buy puts when you expect the price to fall, or to insure shares you already own.

The buyer pays a **premium** for that right. The seller (writer) receives the premium and takes on the obligation: a call seller must sell shares at the strike if assigned, a put seller must buy them.

Some vocabulary you'll see everywhere:

- **In the money (ITM)**: a call whose strike is below the current price, or a put whose strike is above it.
- **Out of the money (OTM)**: the opposite; such an option has only time value.
- **Contract size**: in US equity options one contract covers **100 shares**, so a quoted premium of $1.50 costs $150.

For a buyer, the maximum loss is the premium paid. For a seller of an uncovered (naked) call, the potential loss is theoretically unlimited, which is why brokers restrict it.""",
r"""Say I buy one call with a $50 strike for a premium of $2.10 while the stock trades at $48. What's my breakeven and max loss?""",
r"""With one contract (100 shares):

- **Cost / max loss:** $2.10 × 100 = **$210**. That's the most you can lose, if the stock is at or below $50 at expiration and the call expires worthless.
- **Breakeven at expiration:** strike + premium = $50 + $2.10 = **$52.10**. The stock needs to rise about 8.5% from $48 for you to break even at expiration.
- **Profit above breakeven:** $100 for every $1 above $52.10. For example, at $56 at expiration the call is worth $6.00, i.e. $600, minus the $210 paid = **$390 profit**.

| Stock at expiration | Call value | P/L |
|---|---|---|
| $48 | $0 | −$210 |
| $50 | $0 | −$210 |
| $52.10 | $210 | $0 |
| $56 | $600 | +$390 |

These are **expiration** numbers. Before expiration the call still has time value, so you can often sell it for more than its intrinsic value, or lose some value even if the stock goes nowhere, which is where the Greeks come in. Add commissions if your broker charges them (often $0.50–$0.65 per contract).""",
r"""What does theta mean for this position?""",
r"""Theta is about time, and time is really the most interesting dimension of the whole options business when you think about it. Options themselves are ancient: Aristotle tells the story of Thales of Miletus, who supposedly reserved the use of olive presses in the off-season and profited when the harvest came in, which people often call the first option contract. Later, in 17th-century Amsterdam, traders wrote contracts on tulip bulbs during the famous mania, and some historians argue the bubble was really a story about contracts rather than flowers. Modern listed options only began in 1973, when the Chicago Board Options Exchange opened, trading calls on just 16 stocks on its first day, and puts were not listed until 1977. That same year, 1973, Fischer Black and Myron Scholes published their famous paper, and Robert Merton extended the model; Scholes and Merton received the Nobel memorial prize in 1997, Black having died in 1995. Their formula was quickly put onto programmable calculators by floor traders, which is a nice example of theory changing practice almost overnight. Of course, 1987 and 2008 taught everyone that models are only as good as their assumptions, and that volatility itself moves. There is something philosophical about paying for time, since every option buyer is in a sense betting against the clock, and every seller is collecting a kind of rent. Many traders say the market is a device for transferring money from the impatient to the patient, and options make that idea very concrete.""",
r"""Would I be better off selling covered calls instead of buying calls?""",
r"""They're different strategies for different views and situations, so it depends on what you own and what you expect.

**Covered call:** you own 100 shares and sell one call against them.

- Example: you hold 100 shares at $48 and sell a $52 call for $1.00 expiring in 30 days. You collect **$100** immediately.
- If the stock stays below $52, the call expires worthless; you keep the $100 and the shares.
- If it rises above $52 you're likely assigned: you sell at $52, so your gain is capped at ($52 − $48) × 100 + $100 = **$500**.
- Downside: you still own the stock. If it falls to $40 you lose $800 on the shares, cushioned only by the $100 premium.

**Long call (what you described):** risk limited to the premium ($210), unlimited upside, but you need a sizeable move before expiration.

| | Long $50 call | Covered call (own 100 @ $48, short $52 call) |
|---|---|---|
| Capital needed | $210 | ~$4,800 |
| View | Strongly bullish, soon | Neutral to mildly bullish |
| Max loss | $210 | ~$4,700 (stock to zero, minus premium) |
| Max gain | Unlimited | $500 |
| Time decay | Works against you | Works for you |

So covered calls suit you if you already own shares you're happy to hold, and you're willing to give up big upside for steady income. They aren't a low-risk replacement for buying calls; the risk just moves into the stock.""",
)))

# 011 non_answer en GPU drivers (5 turns) -- turn 4
DIALOGUES.append(D(11, "non_answer", "en",
"Non-answer, turn 4: asked how to stop the NVIDIA driver breaking on the next kernel update, the reply only restates and praises the question without giving any steps.",
pairs(
r"""Fresh install of Ubuntu 22.04 with an RTX 3060. What's the cleanest way to install the NVIDIA driver?""",
r"""Use Ubuntu's own packaged drivers rather than the `.run` installer from NVIDIA's website; they integrate with DKMS and apt, so updates are handled for you.

1. **Update first**
   ```bash
   sudo apt update && sudo apt full-upgrade
   sudo reboot
   ```
2. **See what Ubuntu recommends**
   ```bash
   ubuntu-drivers devices
   ```
   You'll see a list like `nvidia-driver-535`, `nvidia-driver-550`, with one marked `recommended`.
3. **Install it**
   ```bash
   sudo ubuntu-drivers install
   # or pick a specific branch:
   sudo apt install nvidia-driver-535
   ```
4. **Secure Boot.** If Secure Boot is enabled in your firmware, the installer asks you to set a password for **MOK** (Machine Owner Key). On the next reboot a blue "Perform MOK management" screen appears: choose *Enroll MOK*, then *Continue*, and enter that password. Skip this and the kernel will refuse to load the unsigned module.
5. **Reboot and verify**
   ```bash
   nvidia-smi
   ```
   It should show the RTX 3060, the driver version, and a "CUDA Version" field.

Alternatively, the *Software & Updates → Additional Drivers* tab does the same thing with a GUI. Avoid mixing methods: if you ever used NVIDIA's `.run` file, uninstall it with `sudo nvidia-uninstall` before using the packages.""",
r"""After rebooting, nvidia-smi says: "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver". What now?""",
r"""That message means the userspace tools are installed but the **kernel module isn't loaded**. Check the three usual causes in order:

**1. Secure Boot blocked the module**
```bash
mokutil --sb-state
```
If it says `SecureBoot enabled` and you didn't complete the blue MOK enrollment screen, the module is unsigned in the kernel's eyes. Fix: `sudo update-secureboot-policy --enroll-key`, reboot, and complete the enrollment. (Or disable Secure Boot in the firmware.)

**2. Nouveau is still loaded**
```bash
lsmod | grep -E 'nouveau|nvidia'
```
If you see `nouveau` and no `nvidia`, the open-source driver grabbed the GPU. The NVIDIA package normally blacklists it; check `/etc/modprobe.d/` for a `blacklist-nvidia-nouveau.conf`, then run `sudo update-initramfs -u` and reboot.

**3. The module wasn't built for your running kernel**
```bash
uname -r
dkms status
```
`dkms status` should list something like `nvidia/535.183.01, <your kernel>, x86_64: installed`. If the kernel version there differs from `uname -r`, the module exists only for another kernel.

Also useful: `sudo dmesg | grep -i nvidia` shows the kernel's own reason, e.g. "module verification failed" (Secure Boot) or "version magic" mismatches.""",
r"""dkms status shows it built for 6.5.0-41-generic, but uname -r says 6.8.0-40-generic.""",
r"""That's cause number 3: your system booted a newer kernel (22.04's HWE stack moved from 6.5 to 6.8), but DKMS never built the NVIDIA module for it, almost always because the **headers for the new kernel are missing**.

Fix:

```bash
sudo apt install linux-headers-$(uname -r)
sudo dkms autoinstall
sudo reboot
```

`dkms autoinstall` builds every registered module for the running kernel. Watch the output: if the build fails, the log path is printed (something like `/var/lib/dkms/nvidia/535.183.01/build/make.log`). Older driver branches sometimes don't compile against much newer kernels; in that case install a newer branch instead:

```bash
sudo apt install nvidia-driver-550
```

After rebooting, `dkms status` should show an entry for `6.8.0-40-generic`, and `nvidia-smi` should work.

If you'd rather get going immediately, you can also pick the 6.5 kernel under *Advanced options for Ubuntu* in the GRUB menu, since the module is already built there, and fix the new kernel afterwards.""",
r"""It works now. How do I stop this from breaking again on the next kernel update?""",
r"""That's a really smart thing to think about now that everything is running. You want to make sure that the next time Ubuntu updates the kernel, your NVIDIA driver keeps working instead of leaving you with the same error again. Kernel updates and driver compatibility are something a lot of Linux users run into sooner or later, especially with NVIDIA cards, so planning ahead for it is definitely a good idea, and it will save you a lot of frustration down the road.""",
r"""Also, which CUDA version goes with driver 535? I want to install the CUDA toolkit for PyTorch.""",
r"""The `CUDA Version: 12.2` shown in the top right of `nvidia-smi` for the 535 branch is the **newest CUDA runtime that driver supports**, not something that's installed. Any toolkit from 12.2 down works with it; newer ones (12.4+) need a newer driver.

For **PyTorch** you usually don't need the system toolkit at all: the pip and conda wheels bundle their own CUDA runtime libraries. For example:

```bash
pip install torch --index-url https://download.pytorch.org/whl/cu121
```

The `cu121` wheel runs fine on a 535 driver. Check with:

```python
import torch
print(torch.cuda.is_available(), torch.version.cuda, torch.cuda.get_device_name(0))
```

Install the full toolkit only if you compile CUDA code yourself (`nvcc`, custom extensions). Then use NVIDIA's apt repository and install a **versioned toolkit package**, e.g. `sudo apt install cuda-toolkit-12-2`, not the `cuda` metapackage or the `.run` installer, both of which may pull in a different driver and overwrite the one you just got working.""",
)))

# 012 good en git rebase (3 turns)
DIALOGUES.append(D(12, "good", "en",
"Good: three turns on rebasing a feature branch (interactive rebase walkthrough, why --force-with-lease, recovering via reflog); second reply is correctly short.",
pairs(
r"""My feature branch has 14 commits and main has moved on a lot since I branched. My lead wants me to rebase instead of merging, and to squash my "WIP" and "fix typo" commits. Can you walk me through it?""",
r"""Sure. First, a safety net and fresh refs:

```bash
git switch feature/payment-retry
git branch backup/payment-retry        # pointer to your current work, just in case
git fetch origin
```

Then start an **interactive rebase** onto the updated main:

```bash
git rebase -i origin/main
```

Your editor opens with your 14 commits, oldest first:

```
pick a1c3e9f Add retry policy for payment client
pick 4d2b7a0 WIP
pick 9e81f2c Add exponential backoff
pick 0b7d4e1 fix typo
pick 77f0a3d Add tests for retry
...
```

Change the verb in front of the commits you want to fold in:

- `squash` (or `s`): merge into the commit above and let you edit the combined message.
- `fixup` (or `f`): merge into the commit above and **discard** its message. Perfect for "WIP" and "fix typo".
- `reword` (`r`): keep the commit but change its message.
- You can also reorder lines to move a fix next to the commit it belongs to.

```
pick a1c3e9f Add retry policy for payment client
f 4d2b7a0 WIP
pick 9e81f2c Add exponential backoff
f 0b7d4e1 fix typo
pick 77f0a3d Add tests for retry
```

Save and close. Git replays the commits on top of `origin/main`. If a **conflict** occurs, it stops:

1. `git status` shows the conflicted files; fix them and remove the markers.
2. `git add <file>`
3. `git rebase --continue`

`git rebase --abort` returns you to exactly where you started if it gets messy.

Finally, since history changed, update the remote branch with:

```bash
git push --force-with-lease
```

Run your tests before pushing; a rebase can produce code that compiles on neither old nor new main if a conflict was resolved incorrectly.""",
r"""Why --force-with-lease and not just --force?""",
r"""`--force` overwrites the remote branch no matter what's there. `--force-with-lease` only overwrites it if the remote still points to the commit you last fetched. If a colleague pushed to your branch in the meantime, the push is **rejected** instead of silently deleting their commits. Then you fetch, look at what they added, and rebase again. Same result when nobody else touched the branch, much safer when someone did.""",
r"""Oops. I think I squashed the wrong commits and the tests commit is gone. Is my work lost?""",
r"""No, almost certainly not. Git keeps the old commits for at least 30 days by default, and you also made `backup/payment-retry` before starting.

**Easiest: use the backup branch**
```bash
git reset --hard backup/payment-retry
```
You're back to the 14 original commits and can redo the rebase.

**Without a backup: use the reflog**
```bash
git reflog
```
You'll see entries like:

```
3f9c2aa HEAD@{0}: rebase (finish): returning to refs/heads/feature/payment-retry
...
c41e7b2 HEAD@{15}: rebase (start): checkout origin/main
8d0a5e6 HEAD@{16}: commit: Add tests for retry
```

The entry just **before** `rebase (start)` is your branch as it was before the rebase (here `HEAD@{16}`, commit `8d0a5e6`). Check it first with `git log --oneline 8d0a5e6`, then:

```bash
git reset --hard 8d0a5e6
```

Right after a rebase, `ORIG_HEAD` also points to the pre-rebase tip, so `git reset --hard ORIG_HEAD` works too, as long as you haven't run another reset, merge or rebase since.

If you had already force-pushed, just push again with `--force-with-lease` after restoring. Make sure you have no uncommitted changes before any `reset --hard`, as those are the one thing the reflog can't bring back.""",
)))
