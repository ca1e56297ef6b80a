# Dialogues k11a-017 .. k11a-024 (hand-written)
H, G = "human", "gpt"

D = []

# ---------------------------------------------------------------- 017
D.append(dict(
    num=17, label="contradiction", language="zh",
    note="Contradiction: turn 2 sets the target at 2.5-3 L of fluid a day (urine over 2-2.5 L); the turn-4 reply says 'as said before, 1.5 L a day is enough'.",
    turns=[
        (H, "我今天在急诊做了 CT，说右侧输尿管下段有一颗 6 毫米的结石，肾积水轻度。医生开了坦索罗辛，让我回家多喝水、等它自己排出来。6 毫米能自己排出来吗？"),
        (G, """6 毫米属于"有机会自行排出，但不一定"的大小，医生让你先保守观察（医学上叫"药物排石治疗"）是常见而合理的做法。

**大小和排出概率**
- 5 毫米以下的结石，大多数能自行排出。
- 5–10 毫米的结石，自行排出的概率明显下降，文献中大约在一半左右，具体和位置关系很大。
- **位置对你有利**：你的结石在输尿管**下段**，靠近膀胱，这个位置的结石比上段更容易排出。

**坦索罗辛的作用**
坦索罗辛是一种 α 受体阻滞剂，可以让输尿管下段的平滑肌放松、管腔变宽，对 5–10 毫米、位于下段的结石，能提高排出率、缩短排石时间。国内常用剂量是 **0.2 毫克，每天一次**，一般睡前服用。常见副作用是头晕（尤其是起身时）、体位性低血压、射精量减少，起床时动作慢一点。

**一般观察多久**
通常观察 **2–4 周**。如果到时候还没排出、反复剧痛，或者积水加重，医生会考虑输尿管镜碎石等处理。

**回家后**
- 遵医嘱使用止痛药。
- 可以准备一个过滤网或纱布，小便时过滤，排出结石后收集起来拿去做成分分析，对以后预防很有帮助。"""),
        (H, "多喝水到底要喝多少？有人说拼命喝水能把石头冲出来。"),
        (G, """"拼命喝水把石头冲出来"是个常见误解，短时间大量喝水并不能明显加快排石，反而可能让肾盂内压力升高、加重肾绞痛。

**排石期间**
- 正常、均匀地多喝即可，不需要一次灌很多。

**长期预防结石复发**
- 目标是**每天饮水约 2.5–3 升**，使每天的**尿量达到 2–2.5 升以上**。
- 分散到全天喝：早上起床一杯，三餐各一杯，两餐之间各一杯，睡前一杯。
- 以白开水为主，可以加点柠檬汁（含枸橼酸盐，有助于抑制结石形成）。
- 观察尿色：全天保持淡黄色、接近清水的颜色，说明喝得够。
- 夏天出汗多、运动后要额外补充。

尽量少喝含糖饮料和浓茶，咖啡适量即可。"""),
        (H, "我这几天能正常上班、运动吗？跳绳是不是有助于排石？"),
        (G, """**上班**：只要疼痛能用药物控制住，一般可以正常上班。随身带好止痛药，避免长时间憋尿。

**运动**：适度活动是好的，比如快走、爬楼梯、一般强度的跑步。活动本身有没有显著促进排石，研究证据并不充分，但至少没有坏处，也有助于保持心情和体能。

**跳绳**：很多人会推荐跳绳、跳跃运动帮助排石。少量跳一跳可以，但不要把它当成主要手段，更不要在疼痛发作时硬跳。有研究提示在碎石术后做一些体位和跳跃配合可能有帮助，但对你这种自然排石的情况，效果有限。

**需要注意的**
- 如果出现发烧、寒战，或者疼痛难以控制、持续呕吐、尿量明显减少，要立刻回急诊。
- 运动时注意补水，避免脱水。"""),
        (H, "那平时饮食上要注意什么？我还不知道是哪种成分的结石。"),
        (G, """在成分分析结果出来之前，可以先按最常见的**草酸钙结石**来预防，这些建议对大多数结石类型也都适用。

**1. 水分仍然是第一位**
正如前面说的，每天喝够 **1.5 升**左右的水就足够了，保证小便颜色偏淡即可。

**2. 不要刻意少吃钙**
很多人以为结石是"钙太多"，就不喝牛奶，这是误区。饮食中的钙会在肠道里和草酸结合，从大便排出，反而减少草酸吸收。每天保持正常的奶制品摄入（如一杯牛奶、一杯酸奶），最好和餐一起吃。

**3. 控制高草酸食物**
菠菜、苋菜、竹笋、甜菜、坚果（尤其杏仁）、浓茶、巧克力草酸较高。不用完全不吃，菠菜之类可以焯水后再吃，能去掉一部分草酸。

**4. 少盐**
高盐饮食会增加尿钙，每天食盐控制在 5 克左右。

**5. 控制动物蛋白**
红肉、内脏、海鲜不要过量，它们会增加尿酸和尿钙、降低尿中枸橼酸。

**6. 多吃蔬菜水果**
柑橘类水果（橙子、柠檬）富含枸橼酸，有助于预防结石。

排出的结石记得拿去做成分分析，之后可以根据结果调整方案。如果以后反复长结石，医生可能会建议做 24 小时尿液分析。"""),
        (H, "明白了。最后问一下，如果一直排不出来，输尿管镜碎石是怎么做的？要住院吗？"),
        (G, """**输尿管镜碎石术（URL，或称输尿管镜激光碎石）** 是处理输尿管结石最常用的手术方式之一，尤其适合输尿管下段结石，成功率很高。

**怎么做**
- 一般在全身麻醉或腰麻下进行。
- 医生经尿道、膀胱，把很细的输尿管镜插入输尿管，**身体表面没有切口**。
- 找到结石后，用**钬激光**把结石击碎成小颗粒，小的会自行排出，大的用取石网篮取出。
- 术后通常会在输尿管内放一根**双 J 管**（支架管），帮助引流、防止水肿堵塞，一般 1–4 周后在门诊用膀胱镜拔除。

**住院时间**
- 国内多数医院需要住院 **2–3 天**左右，部分医院可以做日间手术。

**术后感受**
- 常见有血尿、尿频、尿急、腰部轻微胀痛，多与双 J 管有关，拔管后会缓解。
- 需要多喝水，避免剧烈运动，按时回来拔管——**双 J 管一定不能忘记拔**，放置过久会结壳、感染。

如果 2–4 周复查还没排出，或期间出现发热、剧痛、积水加重，泌尿外科医生会和你讨论是否手术。"""),
    ]))

# ---------------------------------------------------------------- 018
D.append(dict(
    num=18, label="good", language="ja",
    note="Good: a hobby potter diagnoses crazing on stoneware mugs, adjusts the glaze recipe, and learns how to test it; accurate and specific throughout.",
    turns=[
        (H, "電気窯で1230℃（SK6相当）で焼いている石器土のマグカップに、焼成から数日後、透明釉に細かいひびが入ってきました。表面はつるつるで、手で触っても引っかかりません。これは何が原因ですか？"),
        (G, """症状からすると、それは**貫入（かんにゅう、英語では crazing）**です。釉薬の層だけに入る細かいひびで、表面は滑らかなまま、焼成後しばらくしてから（数時間〜数週間後）現れることが多いのが特徴です。

**原因：熱膨張の不一致**
- 釉薬の**熱膨張係数が素地（土）より大きい**と、冷却の過程で釉薬のほうが大きく縮もうとします。
- 素地に引っ張られた釉薬に**引張応力**がかかり、耐えきれなくなってひびが入ります。
- 焼成直後は目立たなくても、湿気を吸った素地がわずかに膨張することで（特に吸水率の高い素地）、後から貫入が進むこともあります。

**よくある要因**
1. 釉薬にナトリウムやカリウム（長石、フリットなど）が多い：これらは膨張係数を大きくします。
2. 珪石（シリカ）が少ない：シリカは膨張係数を下げます。
3. 素地が十分に焼き締まっていない：吸水率が高いと後から貫入が出やすくなります。
4. 釉薬が厚すぎる。

**意図的な貫入との違い**
装飾として貫入を楽しむ器（青磁など）もありますが、日常使いのマグカップでは、ひびに飲み物や汚れが入り込み、衛生面や強度の面で望ましくありません。素地が焼き締まっていない場合は水漏れの原因にもなります。"""),
        (H, "釉薬のレシピは「長石 40、珪石 25、石灰石 20、カオリン 15」です。どう直せばいいですか？"),
        (G, """このレシピは長石が多く、シリカがやや少なめなので、**膨張係数を下げる方向**に調整するのが基本です。一度にいくつも変えず、テストピースで段階的に試してください。

**1. 珪石を増やす（最初に試す方法）**
- 珪石を 5 ずつ増やして、**30、35** の 2 パターンを作ります（他はそのまま、合計は 100 を超えて構いません）。
- シリカを増やすと膨張係数が下がり、釉も硬く丈夫になります。入れすぎると溶けにくくなり、マットになったり艶が落ちたりするので、表情の変化も確認してください。

**2. 長石の一部を別の原料に置き換える**
- 長石（ナトリウム・カリウム源）を 40 → 30 に減らし、その分を**タルク**（マグネシウム源）や**ホウ酸を含むフリット**で補うと、溶けやすさを保ちながら膨張係数を下げられます。
- マグネシウムやホウ素は膨張係数が小さい成分です。ただし、原料の置き換えは釉の溶け方も変わるので、こちらは第 2 段階で。

**3. 施釉の厚さと素地の焼き締まり**
- 釉を少し薄めにかける。
- 素地の吸水率を確認する（目安として 1〜2% 以下が望ましい）。焼成温度が土の推奨温度より低い場合は、素地側の問題も考えられます。

**4. 釉計算ソフトの活用**
Glazy や Insight-live などのソフトにレシピを入力すると、膨張係数の目安や成分（ゼーゲル式）を確認できます。変更前後の数値を比べると方向性がつかみやすいです。"""),
        (H, "直したあと、貫入が出ないかどうかはどうやって確かめればいいですか？"),
        (G, """貫入は後から出ることがあるので、**わざと負荷をかけて早めに確認する**のが一般的です。

**急冷テスト（熱衝撃テスト）**
1. 焼成したテストピース（できれば実際のマグと同じ土・同じ厚さの小さな器）を用意します。
2. オーブンで **150℃ 前後に 30 分**ほど加熱します。
3. 取り出してすぐに**氷水**に入れます。
4. 乾かしてから、**油性マーカーや墨汁**を表面に塗り、すぐに拭き取ります。ひびがあれば線が黒く残り、簡単に見つかります。
5. 問題がなければ温度を **25℃ ずつ上げて**繰り返します。元のレシピと比較して、より高い温度差まで耐えられれば改善しています。

**煮沸・オートクレーブ的な確認**
- 鍋で数時間煮沸し、一晩水に浸けてから墨汁テストをする方法もあります。素地が水分を吸って膨張する「後貫入」を早く再現できます。

**実際の使用テスト**
- 最終的には、試作のマグを食洗機や電子レンジで数週間使ってみるのが確実です。

元のレシピのテストピースも一緒に同じ条件で試すと、改善の度合いがはっきり比較できます。"""),
    ]))

# ---------------------------------------------------------------- 019
D.append(dict(
    num=19, label="good", language="en",
    note="Good: eight-turn comparison of cash-out refinance, HELOC and home-equity loan for a $60k remodel; numbers computed correctly and used consistently; some short answers.",
    turns=[
        (H, "We have a house worth about $520,000. We owe $260,000 on a 30-year fixed at 3.1% that we got in 2021. We want about $60,000 for a kitchen remodel. Should we do a cash-out refinance?"),
        (G, """With a 3.1% rate, a cash-out refinance is probably the most expensive option for you, because it replaces your entire $260,000 balance at today's much higher rates — not just the $60,000 you need.

**Rough comparison**
- Your current principal and interest: if your original loan was about $300,000 at 3.1%, the payment is about **$1,281/month**.
- Cash-out refinance to **$320,000 at 6.5%** for 30 years: about **$2,023/month**, i.e. roughly **$740 more per month** to borrow $60,000, plus closing costs of typically 2–5% of the new loan amount ($6,400–$16,000).

That's because you'd lose the 3.1% rate on $260,000 forever.

**The alternatives that keep your 3.1% loan**
- **HELOC (home equity line of credit):** a revolving line secured by the house, usually variable rate, with low or no closing costs. You draw what you need as the remodel progresses.
- **Home equity loan (second mortgage):** a lump sum at a fixed rate, repaid over 5–20 years.

Both sit *behind* your existing mortgage as a second lien, so your 3.1% first mortgage stays untouched.

In your situation, one of the two second-lien options will almost certainly cost less. A cash-out refinance mainly makes sense when your existing rate is at or above current rates."""),
        (H, "How much could we borrow with a HELOC?"),
        (G, """Lenders look at your **combined loan-to-value (CLTV)**: all mortgage debt on the house divided by its appraised value. Many lenders allow up to **80–85% CLTV**, some up to 90% for strong borrowers.

With a $520,000 value:
- At **80% CLTV**: $416,000 total debt allowed − $260,000 owed = **$156,000** maximum line.
- At **85% CLTV**: $442,000 − $260,000 = **$182,000**.

Your $60,000 need would put you at about **61.5% CLTV** ($320,000 ÷ $520,000), comfortably within limits. That typically helps you qualify for better pricing.

Lenders will also check your credit score (often 680+ for the best terms) and debt-to-income ratio (commonly 43% or lower including the new payment), and usually order an appraisal or automated valuation."""),
        (H, "How do HELOC rates and payments work?"),
        (G, """**Rate**
Most HELOCs are **variable**, tied to the **prime rate** plus (or minus) a margin. If prime is 7.5% and your margin is +1.0%, you pay 8.5%. When the Fed changes rates, prime moves and your rate adjusts, usually monthly. Some lenders offer an introductory rate for 6–12 months and many allow you to **lock** part of the balance at a fixed rate.

**Two phases**
1. **Draw period** (commonly **10 years**): you can borrow, repay and borrow again. Many HELOCs require **interest-only** payments during this time.
2. **Repayment period** (commonly **20 years**): no more draws; you repay principal plus interest, so payments rise.

**Example with $60,000 at 8.5%**
- Interest-only during the draw period: $60,000 × 8.5% ÷ 12 ≈ **$425/month**.
- If you carried the full balance into a 20-year repayment period at the same rate, the payment would be about $521/month.

You only pay interest on what you've actually drawn, which is handy for a remodel paid in stages (deposit, cabinets, final payment)."""),
        (H, "Is HELOC interest tax deductible?"),
        (G, """It can be. Under current federal rules, HELOC or home equity loan interest is deductible only if you **itemize** and you use the money to **buy, build or substantially improve** the home that secures the loan — a kitchen remodel qualifies. The combined mortgage debt limit for the deduction is **$750,000** ($260,000 + $60,000 is well within that). If you take the standard deduction, there's no benefit. Keep the remodel invoices as proof of how the money was used."""),
        (H, "What about a fixed home equity loan instead? Which is better for us?"),
        (G, """A home equity loan gives you the whole $60,000 at once at a **fixed rate**, with a fixed payment from day one.

**Example:** $60,000 over **15 years at 8.25%** ≈ **$582/month**, fixed until it's paid off.

**Compared with a HELOC at 8.5%**
| | HELOC | Home equity loan |
|---|---|---|
| Rate | Variable (prime + margin) | Fixed |
| Payment at the start | ~$425 (interest-only) | ~$582 (principal + interest) |
| Borrowing | Draw as needed | Lump sum, interest on all from day one |
| Closing costs | Often low or none | Often 1–3%, sometimes waived |
| Risk | Payment rises if rates rise; payment jumps at the end of the draw period | None from rates |

**Which suits you?**
- If you value **certainty** and will draw the full $60,000 early, the fixed loan is simpler.
- If the remodel is paid in stages, if you might not need the full amount, or you expect rates to fall, the **HELOC** is more flexible and cheaper at first.
- Many couples choose a HELOC and then use its **fixed-rate lock option** once the remodel is finished and the final amount is known — a hybrid of both."""),
        (H, "Are there fees on HELOCs we should watch for?"),
        (G, """Yes, even "no closing cost" HELOCs can have fees:

- **Early closure / early termination fee:** if you close the line within the first 2–3 years, often $300–$500 or a repayment of the closing costs the lender paid for you.
- **Annual fee:** some charge $50–$100 a year, sometimes waived if you have an account with them.
- **Minimum draw requirements:** e.g. you must draw $10,000 at opening, or keep a minimum balance.
- **Inactivity fee:** some charge if you don't use the line.
- **Appraisal fee** if they require a full appraisal (often covered by the lender).
- **Rate-lock fees** for converting part of the balance to a fixed rate (sometimes $50–$100 per lock).

Ask for the full fee schedule in writing, and compare the APR and margin, not just the introductory rate."""),
        (H, "What are the risks of a HELOC?"),
        (G, """The main ones:

1. **Rising rates:** your payment on a variable HELOC rises with the prime rate. A 2-point rise on $60,000 adds about $100/month during the interest-only period.
2. **Payment shock:** when the draw period ends, payments switch to principal + interest and can jump significantly, especially if you've been paying only interest for 10 years.
3. **Your house is collateral:** if you can't pay, the lender can foreclose, even though it's a second lien.
4. **The line can be frozen or reduced:** if home values fall sharply or your finances change, the lender can freeze or cut the unused portion — as many did in 2008–2009. Don't count on an unused line as an emergency fund.
5. **Temptation:** it's easy to keep drawing for non-essential spending.
6. **Selling the house:** the HELOC must be paid off when you sell, reducing your proceeds.

For a $60,000 remodel at 61.5% CLTV with a stable income, these risks are manageable: plan to pay down principal during the draw period (e.g. $200–$300 extra per month) instead of paying interest only."""),
        (H, "Okay, I think we'll go with a HELOC. What should we ask lenders when shopping around?"),
        (G, """Get quotes from at least three: your current bank, a credit union, and an online lender. Ask each:

1. What is the **margin** over prime, and is there an introductory rate? What is the rate **after** the intro period?
2. Is there a **rate floor** or **cap** (lifetime maximum)?
3. How long are the **draw** and **repayment** periods? Are draw-period payments interest-only?
4. What are the **closing costs**, and is there an **early closure fee** if we close the line within a few years?
5. Is there an **annual fee** or minimum draw?
6. Can we **lock** part of the balance at a fixed rate, and what does that cost?
7. Will you require a **full appraisal**?
8. How long from application to access to funds?

Compare margins side by side; a difference of 0.5% on $60,000 is about $300 a year."""),
    ]))

# ---------------------------------------------------------------- 020
D.append(dict(
    num=20, label="bad_length", language="en",
    note="Bad length: the turn-1 reply to a direct grit-sequence question rambles through the history of sandpaper and abrasives trivia and never gives a sequence; later turns are fine.",
    turns=[
        (H, "I just finished building a cherry bookshelf and I'm going to finish it with Danish oil. What grit sequence should I sand with?"),
        (G, """Sandpaper has a surprisingly rich history. Some of the earliest recorded abrasive papers come from 13th-century China, where craftsmen are said to have glued crushed shells, seeds and sand onto parchment using natural gums. Long before that, woodworkers in many cultures used rough materials such as pumice, sandstone, and even dried sharkskin, whose tiny tooth-like scales (dermal denticles) make an effective rasp.

In Europe, "glass paper" became common in the 18th and 19th centuries — ground glass glued to paper — and the name stuck for a long time in Britain. The first patent in the United States for a machine to produce sandpaper was granted in 1834 to Isaac Fischer Jr. of Springfield, Vermont.

The modern era began in the early 20th century. A Philadelphia printing-ink maker named Francis Okie came up with the idea for waterproof sandpaper and approached 3M, which released Wetordry in 1921. It was quickly adopted by the automobile industry because it reduced the dust that caused lung disease in workers sanding car paint. 3M's experience with abrasives and adhesives later led, somewhat famously, to masking tape, developed by Richard Drew after he noticed painters struggling with two-tone car finishes.

Today, grit numbers follow standards such as CAMI in the US and FEPA (the "P" numbers) in Europe; the two systems are similar in the coarse range but diverge at finer grits. Abrasive minerals include aluminum oxide, silicon carbide, garnet, ceramic and zirconia, each with its own character. Garnet, for example, is a natural mineral that fractures and dulls relatively quickly, while ceramic grains are engineered to self-sharpen under pressure, which is why they are popular in industrial belt sanding.

It's a fascinating story of how a humble product shaped craft and industry alike."""),
        (H, "Okay. Cherry is known for blotching, right? Should I use a pre-stain conditioner before the Danish oil?"),
        (G, """Cherry can blotch, mainly with pigmented stains and dyes. With a clear or lightly tinted **Danish oil**, blotching is much less of a problem, and many woodworkers apply it directly to cherry without any conditioner.

**Options**
- **Natural Danish oil straight on well-sanded wood:** usually looks good on cherry. The wood will darken naturally over months with exposure to light — that's the famous cherry patina.
- **A washcoat** if you're worried: a thin coat of dewaxed shellac (about a 1-lb cut), lightly sanded with 320 grit when dry, partly seals the wood so the oil absorbs more evenly. The trade-off is slightly less depth and grain "pop".
- Commercial **pre-stain conditioners** work similarly to a washcoat; follow the recoat window on the can, because waiting too long reduces oil penetration.

**Test first**
Use an offcut from the same boards, sanded identically. Finish one half with oil directly and the other with a washcoat first. Look at it in daylight once dry.

**Tip for faster color**
If you want the aged look sooner, put the finished piece in indirect sunlight for a few days; cherry darkens noticeably within weeks. Avoid leaving objects on the surface during that time, or you'll get lighter "shadows"."""),
        (H, "How many coats of Danish oil, and how long between them?"),
        (G, """A typical schedule for Danish oil (e.g. Watco, Rustins):

1. **First coat:** flood it on generously with a rag or brush, keep the surface wet for about **15–30 minutes**, adding oil to dry-looking spots. Then wipe off **all** excess thoroughly.
2. **Wait 4–6 hours** (or overnight in cool or humid conditions) before the next coat.
3. **Second coat:** same process, shorter wet time (5–15 minutes), wipe off all excess.
4. **Third coat (optional):** many people lightly wet-sand this coat with 400–600 grit wet/dry paper or a grey abrasive pad, using the oil as lubricant; the slurry fills the pores, giving a smoother, silkier finish. Wipe off completely.

**Total:** 2–3 coats is standard for furniture like a bookshelf. Let it cure for about **72 hours** before putting books on it, and full cure takes a couple of weeks.

**Safety warning:** oily rags can spontaneously combust as the oil cures. Lay them flat outdoors to dry, or put them in a sealed metal container filled with water before disposal."""),
        (H, "Do I need a top coat, or is Danish oil enough for a bookshelf?"),
        (G, """For a bookshelf, Danish oil alone is usually enough. Shelves don't face the hot mugs, spills and abrasion that a table does, and the in-the-wood look of an oil finish suits cherry well.

**When to add a top coat**
- If the shelf will hold plants, drinks or get heavy handling, a top coat adds protection.
- Good options over cured Danish oil (wait at least 72 hours, ideally a week):
  - **Wipe-on polyurethane** (satin), 2–3 thin coats — durable and easy.
  - **Paste wax** — adds a soft sheen and a bit of slipperiness so books slide in easily, but little protection.
  - **Shellac** — an attractive, warm look; less resistant to alcohol and heat.

**Maintenance**
An oil finish is easy to refresh: clean, lightly scuff with a grey pad, and wipe on another thin coat every few years if it starts looking dry."""),
    ]))

# ---------------------------------------------------------------- 021
D.append(dict(
    num=21, label="placeholder", language="de",
    note="Placeholder: in turn 2 the drafted invitation letter keeps unfilled %GASTNAME%/%ANREISE%/%ABREISE%/%PASSNR% slots although the user supplied all those details.",
    turns=[
        (H, "Meine Freundin Priya aus Bangalore (Indien) möchte mich im Mai für zwei Wochen in Leipzig besuchen. Sie braucht ein Schengen-Visum. Was kann ich von hier aus tun, um ihren Antrag zu unterstützen?"),
        (G, """Sie können einiges tun. Im Wesentlichen gibt es zwei Möglichkeiten, je nachdem, wer die Reise finanziert.

**1. Formloses Einladungsschreiben**
- Ein von Ihnen unterschriebener Brief an die Botschaft bzw. das Generalkonsulat, in dem Sie bestätigen, dass Sie Priya eingeladen haben, wie lange sie bleibt, dass sie bei Ihnen wohnt und in welcher Beziehung Sie zueinander stehen.
- Dazu eine Kopie Ihres Personalausweises und ggf. eine Meldebescheinigung.
- Das reicht aus, wenn Priya ihre Reise selbst finanziert und dies mit eigenen Kontoauszügen und Einkommensnachweisen belegen kann.

**2. Förmliche Verpflichtungserklärung (§§ 66–68 AufenthG)**
- Damit verpflichten Sie sich gegenüber dem Staat, für alle Kosten des Aufenthalts aufzukommen (Lebensunterhalt, Unterkunft, Krankheitskosten, ggf. Rückreise).
- Sie wird persönlich bei der **Ausländerbehörde in Leipzig** abgegeben. Sie brauchen in der Regel Personalausweis, Einkommensnachweise (z. B. die letzten drei Gehaltsabrechnungen), Mietvertrag und die Passdaten Ihrer Freundin. Die Gebühr beträgt derzeit **29 Euro**.
- Sinnvoll, wenn Priyas eigene finanzielle Mittel nicht ausreichen.

**Zuständige Stelle in Indien**
Für Bangalore ist das **Deutsche Generalkonsulat Bengaluru** zuständig; die Anträge laufen über VFS Global. Priya sollte frühzeitig einen Termin buchen, da im Frühjahr viel los ist.

Unabhängig davon braucht sie eine Reisekrankenversicherung mit mindestens **30.000 Euro** Deckung, einen Flug- und Reiseplan und Nachweise über ihre Bindung an Indien (Arbeitgeberbescheinigung usw.)."""),
        (H, "Sie finanziert die Reise selbst, also reicht das Einladungsschreiben. Können Sie mir eins formulieren? Daten: Priya Nair, Reisepass Nr. W4817263, Besuch vom 10. bis 24. Mai. Ich bin Jonas Weber, Karl-Heine-Straße 48, 04229 Leipzig, wir kennen uns seit dem Studium in Heidelberg."),
        (G, """Gern, hier ein Entwurf, den Sie ausdrucken und unterschreiben können:

---

Jonas Weber
Karl-Heine-Straße 48
04229 Leipzig

An das Generalkonsulat der Bundesrepublik Deutschland
Bengaluru, Indien

**Betreff: Einladung für %GASTNAME%, Reisepass Nr. %PASSNR%**

Sehr geehrte Damen und Herren,

hiermit lade ich meine Freundin %GASTNAME%, Staatsangehörige der Republik Indien, wohnhaft in Bengaluru, herzlich zu einem privaten Besuch nach Deutschland ein. Der Aufenthalt ist vom %ANREISE% bis zum %ABREISE% geplant.

Wir kennen uns seit unserem gemeinsamen Studium an der Universität Heidelberg und stehen seitdem in engem freundschaftlichem Kontakt. Während ihres Aufenthalts wird sie kostenfrei bei mir in meiner Wohnung in der Karl-Heine-Straße 48, 04229 Leipzig, wohnen.

Frau %GASTNAME% trägt die Kosten ihrer Reise, einschließlich Flug, Verpflegung und Reisekrankenversicherung, selbst. Nach Ende ihres Besuchs wird sie nach Indien zurückkehren, wo sie beruflich tätig ist.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

Jonas Weber

Anlagen: Kopie meines Personalausweises, Meldebescheinigung

---

Tipp: Unterschreiben Sie den Brief handschriftlich und schicken Sie Priya einen Scan sowie das Original per Post, falls das Konsulat das Original verlangt."""),
        (H, "Muss ich die Meldebescheinigung extra beantragen, oder reicht mein Ausweis?"),
        (G, """Oft reicht der Personalausweis, denn darauf steht Ihre aktuelle Anschrift. Eine Meldebescheinigung wird nicht in jedem Fall verlangt, sie ist aber ein zusätzlicher offizieller Nachweis, dass Sie tatsächlich in Leipzig wohnen, und kann nicht schaden.

**Wenn Sie eine beilegen möchten**
- Eine **einfache Meldebescheinigung** bekommen Sie beim Bürgeramt der Stadt Leipzig; in vielen Fällen auch online mit der Online-Ausweisfunktion Ihres Personalausweises.
- Die Gebühr liegt meist bei wenigen Euro (je nach Kommune etwa 5–10 Euro, online oft günstiger).
- Sie sollte aktuell sein, idealerweise nicht älter als drei Monate.

**Wichtig**
Wenn die Adresse auf Ihrem Ausweis nicht mehr aktuell ist (z. B. nach einem Umzug ohne neuen Aufkleber), ist die Meldebescheinigung wirklich notwendig.

Ich würde sie beilegen — es ist ein kleiner Aufwand, und ein vollständiger Antrag wird erfahrungsgemäß schneller bearbeitet."""),
        (H, "Und welche Reisekrankenversicherung sollte Priya abschließen? Geht eine indische?"),
        (G, """Ja, eine indische Versicherung ist möglich, solange sie die Schengen-Anforderungen erfüllt:

- **Deckung mindestens 30.000 Euro** für medizinische Notfälle, Krankenhausaufenthalt und Rücktransport (einschließlich Überführung im Todesfall).
- **Gültig für den gesamten Schengen-Raum** und für die **gesamte Aufenthaltsdauer** — also mindestens vom 10. bis 24. Mai, besser mit ein oder zwei Tagen Puffer.
- Möglichst **ohne oder mit sehr geringer Selbstbeteiligung**.

Viele indische Versicherer (z. B. Tata AIG, ICICI Lombard, HDFC ERGO, Bajaj Allianz) bieten spezielle Schengen-Tarife an, die ein Zertifikat mit dem Deckungsbetrag in Euro ausstellen — genau das sollte sie einreichen.

Alternativ gibt es deutsche Anbieter von **Incoming-Versicherungen** für Besucher (z. B. Hanse-Merkur, Care Concept), die Sie auch von Deutschland aus für sie abschließen können. Die Kosten liegen für zwei Wochen meist im Bereich von 20–40 Euro.

Wichtig: Die Police sollte vor dem Visumstermin abgeschlossen sein, da sie Teil der Antragsunterlagen ist. Viele Versicherer erstatten den Beitrag, falls das Visum abgelehnt wird."""),
    ]))

# ---------------------------------------------------------------- 022
D.append(dict(
    num=22, label="off_topic", language="en",
    note="Off topic: recall training for a beagle; in turns 3-4 the user and assistant wander into writing a wedding toast for the user's sister before returning to the dog.",
    turns=[
        (H, "My 2-year-old beagle, Biscuit, has zero recall. At the park he ignores me completely once he's off leash. Where do I start?"),
        (G, """Beagles are scent hounds bred to follow a trail for hours without checking in with anyone, so you're working against genetics — but a reliable recall is absolutely trainable. The key is to rebuild it from scratch, with a **new cue**, and to **never let him practice ignoring you** while you train.

**Step 1: Choose a fresh cue**
If "Biscuit, come!" has been ignored hundreds of times, it's "poisoned". Pick a new word or a whistle (two short blasts works well and carries far).

**Step 2: Charge the cue at home**
- Use food he'd do anything for: chicken, cheese, hot dog pieces.
- Say the cue once, then immediately give a treat — even if he's right next to you. Repeat 10 times, two sessions a day, for a few days.
- The cue should come to mean "amazing food is happening".

**Step 3: Build distance and distraction slowly**
- Call him from another room, then from the garden, then in a quiet outdoor space on a long line.
- Reward every successful recall with a "jackpot" — several treats in a row, plus praise.

**Rules**
- Never call him for something unpleasant (bath, nail trim, leaving the park). Go and get him instead.
- Never repeat the cue; if he doesn't come, go back to an easier level.
- Until the recall is reliable in the park, he stays on a long line there."""),
        (H, "What kind of long line should I get, and how do I use it without him getting tangled?"),
        (G, """**The line**
- Length: **10–15 m** (30–50 ft) is a good range for a beagle. Longer is hard to manage.
- Material: **biothane** (coated webbing) is ideal — it doesn't soak up water or mud, is easy to clean and doesn't burn your hands as much as nylon.
- Width: thin enough to be light (about 10–13 mm for a medium dog).
- Attach it to a **harness**, never a flat collar or head halter, to avoid neck injuries if he hits the end of the line at speed.

**Using it**
- Let it trail on the ground, and hold it loosely or let it drag and step on it if needed. Wear gloves at first.
- Keep the line slack; it's a safety net, not a steering tool.
- Call him when he's not deeply engaged in a scent — for example, when he lifts his head from sniffing — and reward generously when he comes.
- If he ignores the cue, don't reel him in while repeating it. Walk toward him, calmly, and restart at an easier level next time.

**Avoiding tangles**
- Use open spaces without many trees or bushes at first.
- Coil the excess line in figure-eights in your hand when you need to shorten it quickly.
- Never wrap it around your hand or fingers."""),
        (H, "Thanks! Slightly unrelated — my sister Anna is marrying her boyfriend Mark next month and I'm giving the toast as her big brother. I'm terrible at this. How do I write a funny but not embarrassing speech?"),
        (G, """Congratulations to Anna and Mark! A good wedding toast is short, warm, and funny *with* the couple, not *at* them.

**Structure (about 3–4 minutes)**
1. **Introduce yourself**: "For those who don't know me, I'm Anna's big brother — the one who got blamed for everything she broke until 2009."
2. **One or two short stories** that show who your sister is. Pick stories where she comes off well, even if they're funny.
3. **How the couple fits together**: something you noticed about them as a couple — how she changed once she met him, a moment that made you realize "this is it".
4. **Wish and toast**: "So please raise your glasses: to Anna and Mark — may your life together be as adventurous as your first date was chaotic."

**Humor guidelines**
- **The grandma test**: if you wouldn't say it in front of your grandmother, cut it.
- No exes, no drinking stories, no inside jokes only three people understand.
- Gentle self-deprecation is the safest humor.

**Delivery**
- Write it out, then reduce it to bullet-point cue cards.
- Practice out loud 5–6 times and time it.
- Have at most one drink before speaking."""),
        (H, "Could you give me a sample opening line? I'm Tom, and Anna is a vet."),
        (G, """Here are a few options — pick the one that sounds most like you:

1. "Good evening, everyone. I'm Tom, Anna's brother. As a vet, Anna has spent years handling nervous, unpredictable creatures who don't listen to a word she says — so really, she was well prepared for marriage."
2. "For those who don't know me, I'm Tom, Anna's brother. Anna has spent her career looking after animals, so when she told us she'd found someone who's loyal, affectionate and always happy to see her, we assumed she'd adopted another dog. Then we met Mark."
3. "Anna is a vet, which means she's used to taking care of everyone else. Tonight, for once, it's our turn to celebrate her."

Option 2 is a crowd-pleaser as long as Mark has a sense of humor; option 3 is the safe, heartfelt choice."""),
        (H, "Back to Biscuit: what do I do when he's got his nose on a scent and completely tunes me out?"),
        (G, """That's the hardest moment for any scent hound, so plan for it rather than fight it.

**1. Don't call him when you know he'll fail**
Calling a beagle who's locked onto a rabbit trail mostly teaches him to ignore the cue. Instead, walk up the line, interrupt gently (a touch on the harness), and lead him away. Save the cue for moments where he can succeed.

**2. Use sniffing as a reward**
Practice "Premack": call him when he's mildly interested in a smell; when he comes, reward him with a treat **and** release him back to sniff ("Go sniff!"). He learns that coming to you doesn't end the fun.

**3. Practice with planted scents**
Drag a sardine or a scented cloth on the ground in a controlled area, then practice recalls near it at increasing levels of temptation.

**4. Build an "attention check-in" habit**
Reward him every time he looks back at you voluntarily on walks. Dogs who check in often are easier to recall.

**5. Realistic expectations**
Many experienced beagle owners never let their hounds off leash in unfenced areas. A long line or fenced dog parks might be Biscuit's safest long-term freedom."""),
        (H, "How long before I can realistically trust him off-leash in a fenced park?"),
        (G, """In a **fenced** park, many owners get there in **1–3 months** of consistent practice, if you:

- Practice recalls daily (several short sessions).
- Achieve **around 9 out of 10 successful recalls on the long line** in the same park, with typical distractions (other dogs, smells).
- Start off-leash at quiet times, when the park is nearly empty.

Then drop the line but leave a short "drag line" (2–3 m) attached for the first few sessions, so you can catch him easily.

For **unfenced** areas with a beagle, the honest answer is: possibly never, or only after many months of work, and only in places where a sudden chase couldn't take him toward a road. That's not a failure — it's breed-appropriate safety."""),
    ]))

# ---------------------------------------------------------------- 023
D.append(dict(
    num=23, label="misaligned", language="en",
    note="Misaligned (rotation): replies 3-5 are rotated - the larb question gets the serving-temperature answer, the temperature question gets the open-bottle answer, and the open-bottle question gets the larb pairing.",
    turns=[
        (H, "I'm cooking Thai for friends: a fairly spicy green curry with chicken. I usually drink big reds like Zinfandel. What would actually go with it?"),
        (G, """Big reds are the wine that struggles most with spicy food. High alcohol makes chili heat feel hotter, and tannin gets harsh and bitter against spice. For a spicy green curry, you want:

- **Low to moderate alcohol** (ideally under about 12.5%)
- **A touch of sweetness** to calm the heat
- **Good acidity** to match the lime and cut through coconut milk
- **Aromatic** character that works with lemongrass, basil and galangal

**Best picks**
1. **Off-dry German Riesling (Kabinett or Spätlese)** — around 8–10% alcohol, lime and peach, enough sweetness to tame the chili. The classic choice.
2. **Gewürztraminer from Alsace** — lychee and ginger aromas echo Thai flavors; choose a slightly sweet one.
3. **Chenin Blanc (demi-sec Vouvray)** — honeyed but fresh.
4. **Grüner Veltliner** if you prefer dry — its peppery, herbal character works with basil, though it won't calm the heat.

**If your guests want red**
A light, chilled, low-tannin red: **Beaujolais (Gamay)** or a cool-climate Pinot Noir, served slightly cool.

Beer is also a great option with Thai food, but as a wine pairing, off-dry Riesling is hard to beat."""),
        (H, "How do I tell from the label if a Riesling is off-dry? I don't want a dry one by accident."),
        (G, """German Riesling labels can be confusing, but a few clues help:

**1. Look for "trocken"**
"Trocken" means **dry**. If you want off-dry, **avoid** bottles that say trocken (or "Grosses Gewächs", which is always dry).

**2. "Feinherb" or "halbtrocken"**
These mean **off-dry** — a bit of sweetness, balanced by acidity. Good for spicy food.

**3. Prädikat level without "trocken"**
- **Kabinett**: lightest, often off-dry, 8–10% alcohol.
- **Spätlese**: riper, usually noticeably sweeter.
- **Auslese** and above: sweet dessert wines, too sweet for most mains.

**4. Check the alcohol**
Low alcohol (8–10%) usually means residual sugar was left in the wine. Riesling at 12.5–13.5% is almost always dry.

**5. The IRF scale**
Some producers (especially outside Germany) print the International Riesling Foundation sweetness scale on the back label: Dry – Medium Dry – Medium Sweet – Sweet. "Medium Dry" is your target.

A Mosel Kabinett without "trocken" on the label, at around 8–9% alcohol, is a very safe choice."""),
        (H, "I'm also making a beef larb — tangy, lots of lime, fish sauce, mint and toasted rice. Does the same Riesling work, or should I open something else?"),
        (G, """Serve off-dry Riesling **well chilled, around 7–9°C (45–48°F)**. That's about 2–3 hours in the fridge, or 20–30 minutes in an ice bucket with water and ice.

- Too cold (straight from a very cold fridge at 3–4°C) mutes the aromas; let it sit on the table for 5–10 minutes.
- Too warm makes the sweetness feel heavier and less refreshing, especially next to spicy food.

Keep the bottle in an ice bucket or wine sleeve on the table so it stays cool through dinner."""),
        (H, "What temperature should I serve the Riesling at?"),
        (G, """An opened bottle of Riesling keeps well — better than most whites, thanks to its high acidity.

- **Recork it** (or use a wine stopper) and put it back in the **fridge** right away.
- It will stay fresh for about **3–5 days**, and some off-dry Rieslings even taste good for a week.
- A vacuum pump or argon spray can add a day or two.
- Store it upright to minimize the surface exposed to air.

If it starts to taste flat or slightly oxidized (bruised apple notes), use it for cooking — it's great in a pan sauce or for deglazing."""),
        (H, "If there's wine left over, how long does an opened bottle keep in the fridge?"),
        (G, """The same off-dry Riesling will work, but larb is tangier and more herb-driven than the curry, so you can also go drier and zestier.

- **Stick with the Riesling** if the larb is spicy: the slight sweetness will again soften the chili, and the lime-like acidity matches the dressing.
- **Grüner Veltliner** — peppery, herbal, high acid: great with mint, cilantro and toasted rice.
- **Sauvignon Blanc** (Loire, e.g. Sancerre or Touraine) — grassy, citrusy, mirrors the herbs and lime.
- **Dry rosé** — especially good if the beef is a bit richer.

Avoid oaky whites and tannic reds: the fish sauce and lime make oak taste clumsy and tannins taste bitter. One bottle of Riesling and one Grüner would cover both dishes nicely."""),
    ]))

# ---------------------------------------------------------------- 024
D.append(dict(
    num=24, label="repetition", language="pt",
    note="Repetition: in turn 4 the user re-asks the altitude-sickness question from turn 2 almost word for word and the assistant repeats its turn-2 answer nearly verbatim.",
    turns=[
        (H, "Vou fazer o trekking até o Campo Base do Everest em novembro, saindo de Lukla. Tenho 38 anos, corro meia-maratona, mas nunca estive acima de 3.000 m. Como deve ser o roteiro para aclimatar bem?"),
        (G, """Seu preparo físico ajuda, mas a aclimatação depende principalmente do ritmo de subida, não do condicionamento. Um roteiro clássico e seguro tem cerca de **12 dias** (ida e volta a partir de Lukla):

| Dia | Trecho | Altitude onde dorme |
|---|---|---|
| 1 | Voo Katmandu → Lukla (2.860 m), caminhada até Phakding | 2.610 m |
| 2 | Phakding → Namche Bazaar | 3.440 m |
| 3 | **Dia de aclimatação em Namche** (subida ao Everest View Hotel, ~3.880 m, e volta) | 3.440 m |
| 4 | Namche → Tengboche / Deboche | 3.860 m |
| 5 | Tengboche → Dingboche | 4.410 m |
| 6 | **Dia de aclimatação em Dingboche** (subida a Nangkartshang, ~5.000 m, e volta) | 4.410 m |
| 7 | Dingboche → Lobuche | 4.940 m |
| 8 | Lobuche → Gorak Shep → **Campo Base (5.364 m)** → Gorak Shep | 5.164 m |
| 9 | Madrugada no **Kala Patthar (5.645 m)** → descida até Pheriche | 4.240 m |
| 10–11 | Descida até Namche e Lukla | — |
| 12 | Voo de volta a Katmandu | — |

**Princípios**
- Acima de 3.000 m, aumentar a altitude de dormir em no máximo **300–500 m por dia**, com um dia extra a cada 3–4 dias.
- "Subir alto, dormir baixo" nos dias de aclimatação.
- Reserve **1–2 dias extras** no fim: os voos de Lukla atrasam com frequência por causa do tempo.

Novembro é ótima época: céu limpo e pouca chuva, mas noites muito frias acima de 4.000 m."""),
        (H, "Quais são os sinais do mal de altitude e o que devo fazer se aparecerem?"),
        (G, """Existem três quadros principais:

**1. Mal agudo de montanha (MAM)**
- Sintomas: **dor de cabeça** somada a náusea, falta de apetite, cansaço, tontura ou sono ruim.
- O que fazer: **não subir mais** até os sintomas passarem; descansar, beber água, tomar paracetamol ou ibuprofeno. Se piorar, **descer**.

**2. Edema cerebral de altitude (ECGA / HACE)**
- Sintomas: confusão, comportamento estranho, **perda de coordenação** (não conseguir andar em linha reta, pé ante pé), sonolência intensa.
- O que fazer: **emergência — descer imediatamente**, com acompanhante, e buscar evacuação/atendimento médico.

**3. Edema pulmonar de altitude (EPGA / HAPE)**
- Sintomas: **falta de ar em repouso**, tosse (às vezes com secreção rosada), cansaço extremo, lábios arroxeados.
- O que fazer: **emergência — descer imediatamente** e buscar atendimento.

**Regras de ouro**
- Nunca suba com sintomas.
- Se piorar, desça (às vezes 300–500 m já fazem diferença).
- Nunca deixe uma pessoa com sintomas sozinha.

**Acetazolamida (Diamox)**
Pode ser usada como prevenção (dose comum: **125 mg de 12 em 12 horas**, começando um dia antes de subir acima de ~3.000 m). Converse com um médico de medicina de viagem antes, pois exige receita e tem efeitos colaterais como formigamento nas mãos e pés e aumento da vontade de urinar."""),
        (H, "Preciso de um seguro específico? O do cartão de crédito serve?"),
        (G, """Provavelmente **não serve**. Os seguros de cartão de crédito costumam excluir atividades de aventura ou limitar a cobertura a altitudes bem mais baixas. Verifique estes pontos na apólice:

1. **Altitude máxima coberta:** precisa cobrir trekking até pelo menos **5.700 m** (o Kala Patthar tem 5.645 m). Muitos seguros comuns param em 3.000 ou 4.000 m.
2. **Resgate de helicóptero:** no Nepal, evacuações são feitas de helicóptero e custam vários milhares de dólares. Confirme que "busca, resgate e evacuação" estão incluídos.
3. **Despesas médicas:** valor alto, idealmente **US$ 100.000** ou mais, incluindo repatriação.
4. **Cancelamento e interrupção de viagem:** útil com os atrasos frequentes dos voos de Lukla.
5. **Exclusões:** leia com atenção as cláusulas sobre esportes de aventura e doenças preexistentes.

Seguradoras especializadas em viagens de aventura (por exemplo, World Nomads ou seguros voltados a montanhismo) costumam ter planos adequados. Leve o número da apólice e o telefone de assistência 24 h impressos e deixe uma cópia com o guia."""),
        (H, "Só para eu ter certeza: quais são os sinais do mal de altitude e o que eu faço se aparecerem?"),
        (G, """Existem três quadros principais:

**1. Mal agudo de montanha (MAM)**
- Sintomas: **dor de cabeça** somada a náusea, falta de apetite, cansaço, tontura ou sono ruim.
- O que fazer: **não subir mais** até os sintomas passarem; descansar, beber água, tomar paracetamol ou ibuprofeno. Se piorar, **descer**.

**2. Edema cerebral de altitude (ECGA / HACE)**
- Sintomas: confusão, comportamento estranho, **perda de coordenação** (não conseguir andar em linha reta, pé ante pé), sonolência intensa.
- O que fazer: **emergência — descer imediatamente**, com acompanhante, e buscar evacuação/atendimento médico.

**3. Edema pulmonar de altitude (EPGA / HAPE)**
- Sintomas: **falta de ar em repouso**, tosse (às vezes com secreção rosada), cansaço extremo, lábios arroxeados.
- O que fazer: **emergência — descer imediatamente** e buscar atendimento.

**Regras de ouro**
- Nunca suba com sintomas.
- Se piorar, desça (muitas vezes 300–500 m já fazem diferença).
- Nunca deixe alguém com sintomas sozinho.

**Acetazolamida (Diamox)**
Pode ser usada como prevenção (dose comum: **125 mg de 12 em 12 horas**, começando um dia antes de subir acima de ~3.000 m). Fale com um médico de medicina de viagem antes, pois exige receita e tem efeitos colaterais como formigamento nas mãos e nos pés e aumento da vontade de urinar."""),
    ]))
