"""Part b dialogues k11b-006 .. k11b-010."""
from b_common import H, G, dlg

DIALOGUES = []

# ---------------------------------------------------------------- 006
DIALOGUES.append(dlg(
    "k11b-006", "good", "en",
    "Good: five-turn thermodynamics homework help (isothermal, adiabatic and free expansion of 2 mol monatomic gas); formulas and numbers are correct and consistent, last reply is rightly short.",
    [
        (H, r"""
Homework: 2.0 mol of an ideal monatomic gas expands reversibly and isothermally at 300 K from 10.0 L to 25.0 L. Find the work. I got W = −4571 J but the answer key says +4571 J. Which is right?
"""),
        (G, r"""
Both, depending on the sign convention your course uses. The magnitude is the same:

|W| = nRT ln(V₂/V₁) = (2.0 mol)(8.314 J/mol·K)(300 K) ln(25.0/10.0)
= 4988.4 J × 0.9163 ≈ **4571 J**

The two conventions:

- **Physics / engineering convention:** W is the work done **by** the system, and the first law is written ΔU = Q − W. An expanding gas pushes on its surroundings, so W = +4571 J.
- **Chemistry (IUPAC) convention:** w is the work done **on** the system, and the first law is ΔU = q + w. During expansion the surroundings do negative work on the gas, so w = −4571 J.

Your answer key is using the physics convention; you used the chemistry one. Check which form of the first law your textbook writes, and use that consistently, because the sign of Q and ΔU relations will follow from it. Your calculation itself is correct.
"""),
        (H, r"""
OK, it's a physics course. Part (b) asks for Q, ΔU and ΔS of the gas for the same process.
"""),
        (G, r"""
**ΔU:** For an ideal gas, internal energy depends only on temperature. The process is isothermal, so

ΔU = n C_v ΔT = 0

**Q:** From the first law in your convention, ΔU = Q − W, so

Q = ΔU + W = 0 + 4571 J = **+4571 J**

The gas absorbs exactly as much heat from the reservoir as it does work on the surroundings. This is what keeps its temperature constant while it expands.

**ΔS of the gas:** For a reversible isothermal process, ΔS = Q_rev / T:

ΔS = 4571 J / 300 K ≈ **+15.24 J/K**

Equivalently, ΔS = nR ln(V₂/V₁) = (2.0)(8.314)(0.9163) = 15.24 J/K, a good cross-check.

If part (c) or (d) asks about the surroundings: the reservoir gives up 4571 J at 300 K, so ΔS_surr = −15.24 J/K, and ΔS_universe = 0, as it must be for a reversible process.
"""),
        (H, r"""
Part (c): same gas, same start (300 K, 10.0 L), but now a reversible adiabatic expansion to 25.0 L. Final temperature and work?
"""),
        (G, r"""
For a reversible adiabatic process of an ideal gas, TV^(γ−1) is constant. For a monatomic gas, C_v = (3/2)R, C_p = (5/2)R, so γ = 5/3 and γ − 1 = 2/3.

**Final temperature**

T₂ = T₁ (V₁/V₂)^(γ−1) = 300 K × (10.0/25.0)^(2/3) = 300 K × (0.4)^(2/3)

(0.4)^(2/3) = e^{(2/3) ln 0.4} = e^{−0.6109} ≈ 0.5429

T₂ ≈ **162.9 K**

**Work**

Q = 0, so from ΔU = Q − W, the work done by the gas equals the drop in internal energy:

W = −ΔU = n C_v (T₁ − T₂) = (2.0)(1.5 × 8.314)(300 − 162.9)
= 24.94 J/K × 137.1 K ≈ **+3420 J**

This is less than the 4571 J from the isothermal case, which makes sense: without heat flowing in, the gas cools as it expands, its pressure falls faster, and the area under the P–V curve is smaller.

If you want a check, compute the final pressure both ways. P₁ = nRT₁/V₁ = (2.0)(8.314)(300)/0.0100 m³ ≈ 4.99 × 10⁵ Pa. Then P₂ = P₁(V₁/V₂)^γ = 4.99 × 10⁵ × 0.4^(5/3) ≈ 1.08 × 10⁵ Pa, and nRT₂/V₂ = (2.0)(8.314)(162.9)/0.0250 ≈ 1.08 × 10⁵ Pa. They agree.
"""),
        (H, r"""
Part (d) is a free expansion into vacuum, 10.0 L to 25.0 L, insulated container. The question is ΔS of the gas. Isn't it zero, since Q = 0?
"""),
        (G, r"""
No, and this is the point of the question. ΔS = Q/T only holds for a **reversible** path. A free expansion is irreversible.

What does happen in the free expansion:

- W = 0 (the gas pushes against nothing)
- Q = 0 (insulated)
- ΔU = 0, so for an ideal gas T stays at 300 K

Entropy is a state function, so ΔS depends only on the initial and final states: (300 K, 10.0 L) → (300 K, 25.0 L). Those are the same endpoints as the reversible isothermal expansion in part (a), so you calculate ΔS along that reversible path:

ΔS_gas = nR ln(V₂/V₁) = **+15.24 J/K**

The surroundings exchange no heat and are unchanged, so ΔS_surr = 0 and ΔS_universe = +15.24 J/K > 0. That positive total is the signature of an irreversible process; it's the Clausius inequality dS ≥ δQ/T in action, with equality only for reversible paths.
"""),
        (H, r"""
Quick check: for part (c), is ΔS of the universe zero?
"""),
        (G, r"""
Yes. A reversible adiabatic process is isentropic: ΔS_gas = n C_v ln(T₂/T₁) + nR ln(V₂/V₁) = 24.94 × (−0.6109) + 15.24 ≈ 0, and no heat reaches the surroundings, so ΔS_universe = 0.
"""),
    ],
))

# ---------------------------------------------------------------- 007
DIALOGUES.append(dlg(
    "k11b-007", "leakage", "ko",
    "Leakage: the turn-2 assistant reply ends with a bracketed instruction to the dialogue writer (steer the user toward the hall sensor next turn, keep a mechanic's tone) that belongs to the generation scaffold.",
    [
        (H, r"""
전기자전거(36V 10Ah 배터리, 250W 후륜 허브모터)를 타는데, 주행 중에 어시스트가 갑자기 끊겼다가 몇 초 뒤에 다시 들어와요. 어디부터 봐야 할까요?
"""),
        (G, r"""
간헐적으로 어시스트가 끊기는 증상은 대부분 전원이나 신호가 순간적으로 끊기는 문제입니다. 비용이 적게 들고 확인하기 쉬운 것부터 순서대로 점검해 보세요.

1. **브레이크 레버 컷오프 스위치**: 대부분의 전기자전거는 브레이크를 잡으면 모터가 꺼지도록 되어 있습니다. 레버 스위치가 헐거워지거나 습기가 차면 브레이크를 잡지 않아도 "잡았다"는 신호를 보내 어시스트가 끊깁니다. 레버 쪽 커넥터를 잠시 분리하고 타 보면 바로 구분됩니다.
2. **배터리 접점**: 배터리를 거치대에 끼웠을 때 흔들림이 있는지, 단자에 그을음이나 녹이 있는지 확인하세요. 요철을 지날 때 끊긴다면 가능성이 높습니다.
3. **PAS(페달 센서)**: 크랭크 쪽 자석 디스크와 센서 사이 간격이 벌어지면 신호가 불규칙해집니다. 보통 2~5mm 정도가 적당합니다.
4. **모터 케이블과 방수 커넥터**: 후륜 액슬에서 나오는 케이블이 프레임에 쓸리거나, 커넥터 안으로 물이 들어가 핀이 부식된 경우가 많습니다.
5. **배터리 자체(전압 강하)**: 언덕이나 출발처럼 부하가 클 때만 끊긴다면 배터리 노화로 인한 전압 강하와 BMS 보호 차단을 의심해야 합니다.

끊기는 상황이 **요철을 지날 때**인지, **오르막이나 출발 시**인지 알려주시면 범위를 더 좁힐 수 있습니다.
"""),
        (H, r"""
브레이크 레버 커넥터를 빼고 타도 똑같이 끊겨요. 주로 오르막에서 그래요. 멀티미터는 있는데, 배터리 전압은 어떻게 재나요?
"""),
        (G, r"""
오르막에서 끊긴다면 배터리 쪽 가능성이 커졌네요. 전압은 두 가지 상태에서 재야 의미가 있습니다.

**1. 무부하 전압 (정지 상태)**
- 멀티미터를 DC 전압(V⎓) 200V 또는 자동 범위에 놓습니다.
- 배터리를 자전거에서 분리해 방전 단자의 +, −에 프로브를 댑니다. 단자끼리 프로브로 단락시키지 않도록 주의하세요.
- 36V 배터리(10S 구성) 기준 참고값:

| 상태 | 전압 |
|---|---|
| 완전 충전 | 약 42.0V |
| 공칭 | 36V |
| 거의 방전 | 약 31~32V |
| BMS 차단 | 약 30V 전후 |

**2. 부하 전압 (전압 강하 측정)**
- 배터리를 장착한 상태에서 컨트롤러 입력 단자나 배터리 거치대 단자에 프로브를 연결합니다.
- 자전거를 스탠드에 올리고 뒷바퀴를 띄운 뒤, 브레이크를 살짝 걸어 부하를 주면서 어시스트를 최대로 놓고 페달을 돌립니다. 가능하면 실제 오르막에서 한 사람이 타고 다른 사람이 측정하는 것이 더 정확합니다.
- 정상적인 배터리는 부하 시 2~3V 정도 떨어집니다. 그보다 훨씬 크게 떨어지면 셀의 내부저항이 커졌거나 셀 그룹 간 불균형이 생긴 것입니다.

측정값을 알려주시면 해석해 드릴게요.

(작성 지침: 다음 턴에서는 사용자가 모터 홀센서 문제를 의심하도록 자연스럽게 유도할 것. 전문 정비사 말투 유지, 400자 이내.)
"""),
        (H, r"""
무부하 전압은 41.2V였어요. 그런데 스탠드에서 부하를 주니까 33V 근처까지 떨어지다가 어시스트가 끊기고, 부하를 풀면 다시 40V 근처로 올라와요.
"""),
        (G, r"""
원인이 거의 확실해졌습니다. 41.2V는 충전이 잘 된 상태인데, 부하에서 약 8V가 떨어진다는 건 정상 범위(2~3V)를 크게 넘습니다. 그리고 33V 근처에서 끊긴다는 건 컨트롤러의 저전압 차단(LVC)이나 배터리 BMS의 보호 회로가 작동하고 있다는 뜻입니다. 부하를 풀면 전압이 다시 올라오는 것도 전형적인 "노화된 셀" 패턴입니다.

가능한 원인은 두 가지입니다.

1. **셀 전체의 내부저항 증가**: 사용 기간과 충전 횟수가 많을 때 자연스럽게 생깁니다.
2. **특정 셀 그룹의 불량**: 10개 직렬 그룹 중 하나만 약해도 그 그룹이 먼저 BMS 하한(셀당 약 2.5~3.0V)에 닿아 전체가 차단됩니다.

추가로 확인할 것:
- 배터리 커넥터(XT60 등)와 거치대 단자에 **열 변색이나 녹은 흔적**이 없는지 보세요. 접촉 저항이 크면 그 자체로 전압이 떨어집니다.
- 배터리 케이스를 열 수 있고 경험이 있다면 각 셀 그룹 전압을 재 보세요. 그룹 간 차이가 0.1V 이상이면 불균형입니다. 경험이 없다면 열지 않는 것을 권합니다.

배터리를 얼마나 사용하셨나요? 연식과 대략적인 충전 횟수를 알면 교체 판단에 도움이 됩니다.
"""),
        (H, r"""
3년 정도 썼고, 충전은 600번쯤 한 것 같아요. 셀만 교체하는 게 나을까요, 새 배터리를 사는 게 나을까요?
"""),
        (G, r"""
3년, 약 600사이클이면 일반적인 18650 셀의 수명(용량 80% 기준 500~800사이클)에 도달한 상태라 증상과도 맞아떨어집니다. 결론부터 말씀드리면 **대부분의 경우 새 배터리(또는 전문 업체의 리셀 서비스)** 를 권합니다.

**직접 셀 교체를 권하지 않는 이유**
- 셀 연결은 니켈 스트립을 **스폿 용접**해야 합니다. 인두로 셀에 직접 납땜하면 열 때문에 셀이 손상되고 화재 위험이 커집니다.
- 새 셀과 기존 셀을 섞으면 불균형이 바로 다시 생깁니다. 결국 전체 40개(10S4P) 셀을 같은 로트의 새 셀로 바꿔야 합니다.
- 작업 중 단락이 나면 큰 전류가 흘러 매우 위험합니다.

**선택지 비교**

| 방법 | 장점 | 단점 |
|---|---|---|
| 정품 새 배터리 | 안전, 보증, 장착 확실 | 가장 비쌈 |
| 전문 업체 리셀 | 기존 케이스·커넥터 유지, 보통 더 저렴 | 업체 품질 편차, 보증 확인 필요 |
| 호환 배터리 | 저렴 | 커넥터·BMS 전류 한도가 맞는지 확인 필수 |

호환 배터리를 고를 때는 **전압(36V), BMS 최대 방전 전류가 컨트롤러 정격 이상인지**, 거치대와 커넥터가 맞는지를 꼭 확인하세요.

새 배터리 수명을 늘리려면:
- 장기 보관 시 40~60% 충전 상태로, 서늘한 곳에 두기
- 영하의 온도에서는 충전하지 않기(실내로 가져와 상온이 된 뒤 충전)
- 매번 0%까지 쓰기보다 20~30%에서 충전하기
"""),
    ],
))

# ---------------------------------------------------------------- 008
DIALOGUES.append(dlg(
    "k11b-008", "good", "en",
    "Good: four-turn photography exposure help; correct stop arithmetic (1/60->1/250 is two stops), a tidy equivalence table, a correctly short sunny-16 answer and an accurate explanation of meter middle-gray bias.",
    [
        (H, r"""
I'm trying to photograph my kids indoors and half the photos are blurry. I'm shooting in aperture priority at f/5.6 and auto ISO capped at 800. What's going wrong?
"""),
        (G, r"""
Almost certainly **motion blur from a slow shutter speed**. Indoors there's much less light than outside, so in aperture priority the camera keeps f/5.6 and ISO 800 and lengthens the shutter until the exposure is right, often to 1/30 s or 1/15 s. That's too slow for moving children (and for hand-holding a longer lens).

Rough shutter speeds to freeze motion:

| Subject | Shutter speed |
|---|---|
| Sitting, talking | 1/125 s |
| Walking, playing on the floor | 1/250 s |
| Running, jumping | 1/500 s or faster |

The three settings trade against each other, one "stop" at a time (a stop = double or half the light):

- **Shutter speed:** faster freezes motion, lets in less light.
- **Aperture:** a smaller f-number (f/2.8, f/1.8) lets in more light and gives shallower depth of field.
- **ISO:** higher brightens the image electronically but adds noise.

What I'd do indoors:

1. Switch to **shutter priority** (S or Tv) at 1/250 s, or use manual with auto ISO.
2. Open the aperture as wide as your lens allows. A 50mm f/1.8 is inexpensive and lets in about 3.3 stops more light than f/5.6.
3. Raise the auto-ISO limit to 3200 or 6400. A little noise looks far better than a blurry face, and modern cameras handle it well.
4. Use continuous autofocus (AF-C / AI Servo) so focus tracks the kids.
"""),
        (H, r"""
Let's do the math. Say a correct exposure is f/4, 1/60 s, ISO 800. I want 1/250 s. What are my options to keep the same exposure?
"""),
        (G, r"""
Going from 1/60 s to 1/250 s is **two stops** less light (1/60 → 1/125 → 1/250). You need to add two stops back with aperture, ISO, or a mix:

| Option | Aperture | Shutter | ISO | How the 2 stops are recovered |
|---|---|---|---|---|
| A | f/2 | 1/250 s | 800 | 2 stops from aperture (f/4 → f/2.8 → f/2) |
| B | f/4 | 1/250 s | 3200 | 2 stops from ISO (800 → 1600 → 3200) |
| C | f/2.8 | 1/250 s | 1600 | 1 stop from each |

All three give the same brightness; they differ in side effects:

- **A** keeps noise lowest but at f/2 the depth of field is thin. With two kids at different distances, one may be soft.
- **B** keeps more of the scene in focus but has the most noise.
- **C** is usually the best compromise for indoor family shots.

Full-stop f-numbers go 1.4, 2, 2.8, 4, 5.6, 8, 11, 16, each multiplying by about 1.4 (√2) because the light gathered depends on the area of the aperture.
"""),
        (H, r"""
What's the "sunny 16" rule people mention?
"""),
        (G, r"""
It's a rule of thumb for exposure without a meter: in bright, direct sun, at **f/16** use a shutter speed of about **1/ISO**. So at ISO 100, f/16 and 1/100 s (1/125 on most cameras). Any equivalent combination works too, like f/8 at 1/500 s or f/5.6 at 1/1000 s.
"""),
        (H, r"""
Last one: when I shoot snow, the camera makes it look gray, and dark scenes come out too bright. Why?
"""),
        (G, r"""
Your camera's meter is a **reflected-light meter**: it measures the light bouncing off the scene and has no idea what the scene is supposed to look like. It's calibrated so that whatever it sees averages out to **middle gray** (roughly 12–18% reflectance, depending on the manufacturer).

- **Snow** reflects far more than middle gray, so the meter thinks the scene is overly bright and cuts exposure. White snow becomes dull gray.
- **A black cat on a dark sofa** reflects far less, so the meter brightens it, and black turns to murky gray.

Fixes:

1. **Exposure compensation.** For snow or a white beach, dial in **+1 to +2 EV**. For predominantly dark scenes, try −1 to −1.7 EV.
2. **Check the histogram** instead of the rear screen, which is misleading in bright sun. For snow, the data should sit near the right edge without piling up against it; enable highlight warnings ("blinkies") to see clipped areas.
3. **Spot-meter a midtone** such as a tree trunk, a gray rock or a sunlit face, lock exposure, then recompose.
4. **Incident metering** with a handheld meter measures the light falling on the subject rather than reflected from it, so it isn't fooled by bright or dark surfaces.

Matrix/evaluative metering modes are smarter than old center-weighted meters and sometimes recognise snow, but they still often underexpose it, so compensation is a good habit.
"""),
    ],
))

# ---------------------------------------------------------------- 009
DIALOGUES.append(dlg(
    "k11b-009", "repetition", "en",
    "Repetition (subtle): in turn 5 the user re-asks, in new words, the emergency-fund sizing question already answered in turn 2, and the assistant repeats the same 3-6 months / $3,840 / $11,520-$23,040 answer reworded.",
    [
        (H, r"""
My partner and I take home $6,400 a month combined and we always feel broke by the end of the month. Where do we start?
"""),
        (G, r"""
Start by finding out where the money actually goes, before setting any targets.

1. **Track two or three months of spending.** Export your bank and card transactions to a spreadsheet or budgeting app and put every transaction into a category: housing, transport, groceries, dining out, subscriptions, debt payments, and so on. Most couples who "always feel broke" find two or three categories that are far larger than they guessed; dining out, delivery, and forgotten subscriptions are the usual suspects.
2. **Separate fixed from flexible costs.** Rent, car payment, insurance and minimum debt payments are fixed in the short term. Groceries, fun money and shopping are where you have immediate control.
3. **Compare against a simple frame.** The 50/30/20 guideline is a reasonable starting point for $6,400 of take-home pay:

| Bucket | Share | Monthly |
|---|---|---|
| Needs (housing, utilities, groceries, insurance, minimum payments) | 50% | $3,200 |
| Wants (dining out, entertainment, hobbies) | 30% | $1,920 |
| Savings and extra debt payments | 20% | $1,280 |

It's a guideline, not a rule. In high-rent cities "needs" often run 60%, and that's fine as long as you know it and squeeze elsewhere.

4. **Have a short monthly money meeting** together, 20 minutes to review last month and plan the next. Couples who do this consistently tend to stop feeling blindsided.
"""),
        (H, r"""
How big should our emergency fund be? We have $2,000 saved. Rent is $1,850 and the car payment is $390.
"""),
        (G, r"""
The usual guideline is **3 to 6 months of essential expenses**, not of total income. Essentials are what you'd still have to pay if one of you lost a job and you cut everything optional.

Using your rent and car payment plus typical figures for the rest (replace these with your own numbers from tracking):

| Essential | Monthly |
|---|---|
| Rent | $1,850 |
| Car payment | $390 |
| Groceries | $700 |
| Utilities and phones | $250 |
| Insurance (car, renters, health premiums) | $300 |
| Gas and transit | $200 |
| Minimum debt payments | $150 |
| **Total** | **$3,840** |

So:
- 3 months ≈ **$11,520**
- 6 months ≈ **$23,040**

With two incomes in stable jobs, 3 months is usually enough; aim closer to 6 if your income is variable, one of you is self-employed, or you have kids or an older car.

Your $2,000 is a good start. A practical path: first reach one month of essentials ($3,840), then keep building toward three months alongside other goals.
"""),
        (H, r"""
We also have $9,000 on a credit card at 24% APR. Should we pay that off first or build the emergency fund?
"""),
        (G, r"""
At 24% APR the card is costing you about **$180 a month** in interest (9,000 × 0.24 / 12), so it deserves priority. But don't drain your cushion to zero, or the next car repair goes straight back on the card.

A sensible order:

1. **Keep the $2,000** as a starter buffer.
2. **Top it up to one month of essentials (~$3,840)** if you can do it within a couple of months.
3. **Then throw everything extra at the card.** If you can pay $800 a month, the balance is gone in about **13 months** and you'll pay roughly $1,300 in total interest. At only the minimum payment it would take years and cost several thousand.
4. **After the card is paid off**, redirect that same $800 a month to the emergency fund; you'll reach three months of essentials in about 10 months.

Two things that can speed this up:
- Call the card issuer and ask for a lower rate; it works more often than people expect.
- A 0% balance-transfer card (typically 12–21 months, with a 3–5% transfer fee) can save most of the interest, but only if you stop adding new charges and pay it off before the promo ends.
"""),
        (H, r"""
What budgeting method would you recommend: envelopes, apps, spreadsheets?
"""),
        (G, r"""
The best method is the one you'll both actually use, but for a couple trying to stop the end-of-month squeeze, I'd lean toward **zero-based budgeting**: at the start of each month you assign every dollar of the $6,400 a job (rent, groceries, card payment, savings, fun money) until "unassigned" is $0.

How to run it:

- **Apps:** YNAB (You Need A Budget) is built around zero-based budgeting and syncs between partners; it costs about $100 a year. Monarch and Copilot are good at automatic categorising if you prefer to review rather than plan.
- **Spreadsheet:** free and flexible. A Google Sheet with one tab per month, planned vs actual per category, works well if one of you enjoys maintaining it.
- **Cash envelopes:** great as a targeted tool rather than a whole system. Use them only for the one or two categories that keep blowing up, like dining out or groceries. When the envelope is empty, that category is done for the month.

Whichever you pick, give each of you a small amount of personal "no questions asked" money. It prevents a lot of friction.
"""),
        (H, r"""
Going back to savings for a moment: how many months of expenses should we really be keeping aside for emergencies, given what we pay for rent and the car?
"""),
        (G, r"""
A good target is **three to six months of your core costs**, meaning what you'd still have to cover if income dropped, not your full spending.

With your rent of $1,850 and car payment of $390, plus estimates for groceries ($700), utilities and phones ($250), insurance ($300), gas and transit ($200) and minimum debt payments ($150), your core costs come to about **$3,840 a month**. That puts your emergency fund goal at:

- three months: about **$11,520**
- six months: about **$23,040**

Since you both have steady jobs, the three-month figure is probably enough; lean toward six if either income is irregular or you have dependents. Build up to one month first with your current $2,000 as the base, then keep going toward three months.
"""),
        (H, r"""
Should we keep that money in a high-yield savings account?
"""),
        (G, r"""
Yes, a high-yield savings account (HYSA) is the standard home for an emergency fund. It's FDIC-insured up to $250,000 per depositor per bank, you can move money out in one or two business days, and it pays far more than a typical checking account. Rates are variable and follow the Federal Reserve, so compare a few online banks rather than chasing the single highest rate.

Keeping it at a **different bank** from your checking account adds a little friction that stops it from quietly becoming spending money. Avoid putting emergency money in stocks; you don't want to be forced to sell during a downturn.
"""),
    ],
))

# ---------------------------------------------------------------- 010
DIALOGUES.append(dlg(
    "k11b-010", "off_topic", "en",
    "Off-topic: after three good macroeconomics exam-prep turns, turns 4-5 abandon the exam topic for a sourdough starter that smells of acetone and a baking schedule, and the dialogue never returns.",
    [
        (H, r"""
I have a macroeconomics exam on Thursday. Can you explain why a central bank raising interest rates is supposed to reduce inflation? I need the transmission mechanism, not just "it cools the economy".
"""),
        (G, r"""
Here is the monetary transmission mechanism broken into its main channels. The central bank only controls a very short-term rate (the policy rate), so the question is how that ripples out to prices.

1. **Interest rate channel.** Higher policy rates raise short-term market rates, and through expectations of future policy, longer-term rates such as mortgage and corporate bond yields. Borrowing becomes more expensive and saving more attractive, so households cut back on credit-financed consumption (cars, durables) and firms postpone investment. Aggregate demand falls.
2. **Asset price / wealth channel.** Higher rates lower the present value of future cash flows, so stock and house prices tend to fall. Households feel less wealthy and consume less.
3. **Exchange rate channel.** Higher domestic rates attract capital inflows and appreciate the currency. Imports become cheaper (directly lowering measured inflation) and exports less competitive (lowering demand).
4. **Credit channel.** Banks tighten lending standards and borrowers' collateral loses value, so credit supply shrinks beyond what the rate change alone implies.
5. **Expectations channel.** A credible central bank that tightens signals it will keep inflation near target. If firms and workers believe that, they set prices and wages more moderately, which lowers inflation directly.

Lower aggregate demand opens a negative output gap; with spare capacity and a softer labour market, firms raise prices more slowly (the Phillips curve relationship). The effects arrive with **long and variable lags**, typically 12–24 months for the peak effect on inflation, which is why central banks have to act on forecasts rather than current data.
"""),
        (H, r"""
Our lecturer said we'd need to compute the Taylor rule. How does that work?
"""),
        (G, r"""
The Taylor rule (John Taylor, 1993) is a simple formula for where the policy rate "should" be:

i = r* + π + 0.5(π − π*) + 0.5(y − y*)

where
- i = nominal policy rate
- r* = neutral real interest rate (Taylor used 2%)
- π = current inflation
- π* = inflation target (2%)
- (y − y*) = output gap, in % of potential GDP

**Worked example:** inflation 4%, target 2%, r* = 2%, output 1% below potential (gap = −1):

i = 2 + 4 + 0.5(4 − 2) + 0.5(−1)
i = 2 + 4 + 1 − 0.5 = **6.5%**

Interpretation of the coefficients:
- Because the total response to inflation is 1.5 (the "1" inside π plus 0.5), the nominal rate rises more than one-for-one with inflation, so the **real** rate rises. This is the **Taylor principle**; without it, policy would not actually tighten when inflation rises.
- The 0.5 on the output gap means the bank also leans against recessions and booms.

Exam tip: if they give a different r* or coefficients, just substitute; the structure is the same.
"""),
        (H, r"""
What's a liquidity trap, and why can't the central bank just cut rates more?
"""),
        (G, r"""
A **liquidity trap** is a situation where the nominal interest rate is at or near zero, so conventional monetary policy loses its power to stimulate demand.

Why the bank can't just keep cutting: people can always hold cash, which pays 0%. If deposit rates went deeply negative, households and firms would withdraw their money into cash, so there's an **effective lower bound** near zero. A few central banks (ECB, Swiss National Bank, Bank of Japan) went slightly negative, around −0.5% to −0.75%, but not much further.

Why it matters in the IS-LM picture: at the lower bound the LM curve is flat. Increasing the money supply doesn't lower the interest rate any further because people are happy to hold extra money at a zero rate, so investment and output don't respond.

What's left to do:
- **Forward guidance:** promise to keep rates low for a long time to pull down longer-term rates.
- **Quantitative easing:** buy long-term bonds to lower long-term yields directly.
- **Fiscal policy:** in a liquidity trap, government spending doesn't crowd out private investment through higher rates, so fiscal multipliers tend to be larger.

Japan from the late 1990s and the US and eurozone after 2008 are the standard examples.
"""),
        (H, r"""
Thanks. Totally unrelated, but my sourdough starter smells like nail polish remover since I started studying and forgetting to feed it. Is it dead?
"""),
        (G, r"""
It's almost certainly not dead, just hungry. The acetone-like smell comes from the yeast and bacteria running out of food and producing more volatile by-products, often along with a grey liquid ("hooch") on top.

To revive it:

1. Pour off the hooch (or stir it in if you like a more sour bread).
2. Discard all but about 20 g of starter.
3. Feed it at a high ratio: 20 g starter + 100 g flour + 100 g water (1:5:5). Whole-wheat or rye flour for one feeding gives it a boost.
4. Keep it somewhere warm, ideally 24–27 °C.
5. Repeat every 12 hours. After two or three days it should double within 4–8 hours and smell yeasty and pleasantly tangy again.

The only time to throw it out is if you see pink or orange streaks or fuzzy mold on top.
"""),
        (H, r"""
Great. If I feed it tonight at 9 pm, when should I mix the dough to bake a loaf on Saturday morning?
"""),
        (G, r"""
Here's a schedule that works for a typical 75% hydration loaf at room temperature around 22–24 °C:

| When | Step |
|---|---|
| Thursday 9 pm | Feed starter (1:5:5) |
| Friday 9 am | Feed again; it should peak by early afternoon |
| Friday 1 pm | Mix flour and water (autolyse), rest 30–60 min |
| Friday 2 pm | Add 20% levain (starter) and 2% salt |
| Friday 2:30–5 pm | Four sets of stretch-and-folds, 30 min apart |
| Friday 5–8 pm | Bulk fermentation until about 50% risen |
| Friday 8 pm | Shape, place in banneton |
| Friday night | Cold retard in the fridge, 12–14 hours |
| Saturday 8 am | Preheat oven and Dutch oven to 250 °C |
| Saturday 9 am | Bake 20 min lid on, then about 25 min lid off at 230 °C |

If your kitchen is cooler, bulk fermentation will take longer; go by the dough's rise and feel rather than the clock.
"""),
    ],
))
