from a_common import H, G, D

DIALOGUES = []

# ---------------------------------------------------------------- 001
DIALOGUES.append(D(
    "m13a-001", "good", "en",
    "Good: beginner beekeeping plan over 4 turns (costs, package vs nuc, inspections, varroa); specific, correct and consistent throughout.",
    H("""
I'm thinking about starting beekeeping next spring in my backyard. We're in suburban Pennsylvania on about half an acre. What do I actually need to get started, and roughly what will it cost me?
"""),
    G("""
Great project for a half-acre lot. Here's a realistic starter list with typical US prices:

**Hives (plan for two)**
- Two complete 10-frame Langstroth hives (bottom board, two deep brood boxes with frames and foundation, inner cover, telescoping outer cover): about $200–350 each, assembled and painted a bit more.
- One or two honey supers per hive for later in the season: $60–90 each with frames.

**Bees**
- A nuc or package per hive: roughly $180–250 for a nuc, $150–200 for a package.

**Gear**
- Jacket or full suit with attached veil: $60–150
- Gloves: $15–25
- Smoker: $35–50
- Hive tool: $10–15
- Feeders (entrance or top feeders) and sugar for spring feeding: $30–50

All in, a first year with two hives usually lands between $800 and $1,300. Starting with two colonies instead of one is worth the extra cost: you can compare them, and if one loses its queen you can borrow a frame of eggs from the other.

**Before you buy anything**
1. Check your township ordinance and any HOA rules; some limit the number of hives or require setbacks from property lines.
2. Pennsylvania requires apiaries to be registered with the state Department of Agriculture. It's cheap and it gets you access to the state apiary inspectors.
3. Join a local club (most counties have one) and take a beginner course over the winter. Many clubs run mentor programs, which is the single most useful thing for a first-year beekeeper.
4. Order your bees by January. Good local suppliers sell out early, and bees usually arrive in April or May.

Place the hives where they get morning sun, some afternoon shade, and where the flight path doesn't cross a walkway; a fence or hedge in front forces the bees to fly up and over people.
"""),
    H("""
People keep mentioning "package" versus "nuc". What's the difference, and which would you pick as a beginner?
"""),
    G("""
They're two different ways of buying a starter colony.

**Package**
- About 3 lb of bees (roughly 10,000) shaken into a screened box, plus a mated queen in a small cage.
- No comb, no brood, no stored food. The bees have to build all their comb from scratch, which costs them a lot of sugar and time.
- The queen isn't related to the workers, so there's a small risk they reject her.
- Cheaper and widely available in April.

**Nuc (nucleus colony)**
- Usually four or five frames with drawn comb, brood in all stages, some honey and pollen, and a laying queen the bees have already accepted.
- The colony is effectively three to four weeks ahead of a package, because the first round of new bees is already in the cells.
- Downsides: it costs more, and you can import pests or disease along with the comb, so buy from a supplier whose bees are inspected.
- The frames must match your equipment; most nucs are deep Langstroth frames, which fit the hives I listed.

For a first year I'd pick nucs from a local producer. You get a stronger start, a proven queen, and a colony that's more likely to reach a good size before winter. Local bees are also used to your climate. Packages are fine, and many people succeed with them, but they leave less margin for beginner mistakes.
"""),
    H("""
Once they're in, how often should I open the hive during the first season, and what am I actually looking for?
"""),
    G("""
In spring and early summer, inspect every 7–10 days; from midsummer on, every two to three weeks is enough. Pick a warm, calm day (ideally above 60°F) around midday, when many foragers are out. Give the entrance a couple of puffs of smoke, wait a minute, and aim to close up within 15–20 minutes.

On each inspection, work through the brood box frame by frame and check:

1. **Eggs.** Tiny upright grains at the bottom of cells. Eggs mean a queen was laying within the last three days, so you don't need to actually find her.
2. **Brood pattern.** Solid patches of capped brood are good. A spotty, scattered pattern can point to a failing queen or disease.
3. **Queen cells.** Peanut-shaped cells hanging from the bottom of frames in spring usually mean swarm preparation; a few in the middle of a frame can mean the bees are replacing their queen.
4. **Food.** Honey and pollen arcs above and around the brood. In the first weeks keep feeding 1:1 sugar syrup until they've drawn out most of the comb.
5. **Space.** When the bees have drawn out about 7 of the 10 frames, add the second deep box. Running out of space is a main trigger for swarming.
6. **Pests.** Small hive beetles running across the frames, wax moth webbing, and deformed wings on young bees (a sign of heavy varroa load).

Keep a short notebook or phone note for each hive with the date and what you saw; patterns over several weeks tell you far more than any single inspection.
"""),
    H("""
Everyone warns me about varroa mites. How do I check for them, and when should I treat?
"""),
    G("""
Varroa is the main reason colonies die over winter, so monitoring is not optional. Don't rely on spotting mites on adult bees; by the time you see them, the load is usually high.

**How to count: alcohol wash (most accurate)**
1. Take a frame of open brood from the middle of the nest and make sure the queen is not on it.
2. Shake or scoop about half a cup of bees (roughly 300 bees) into a jar with a screened lid.
3. Add rubbing alcohol or windshield washer fluid, swirl for a minute, and pour the liquid through the screen into a white tray.
4. Count the mites and divide by 3 to get mites per 100 bees.

A sugar roll works the same way with powdered sugar and doesn't kill the bees, but it misses some mites.

**When to act**
- Test about once a month from late spring to fall.
- If you find more than 2–3 mites per 100 bees in summer or fall, treat. Lower numbers in spring are still worth watching because the mite population grows with the brood.
- The crucial window is August: the bees that will carry the colony through winter are raised in late summer and early fall, and they need to be raised in a low-mite hive.

**Common treatments**
- Formic acid strips work even while there is capped brood, but are sensitive to hot weather.
- Amitraz strips (Apivar) are easy to use and stay in for several weeks.
- Thymol gels need moderate temperatures.
- Oxalic acid (vapor or dribble) is very effective when there's little or no brood, so it's often used in late fall or early winter.

Always follow the label exactly, including temperature ranges and whether honey supers may be on the hive during treatment, and re-test a couple of weeks after treating to confirm it worked.
"""),
))

# ---------------------------------------------------------------- 002
DIALOGUES.append(D(
    "m13a-002", "contradiction", "en",
    "Contradiction: turn 2 reply says pads are replaced at 3 mm and the user's 4 mm fronts have life left; turn 4 reply (mid-paragraph) says 'the 5 mm replacement point I mentioned' and that the 4 mm pads are already past it.",
    H("""
My 2016 Honda Civic makes a high-pitched squeal when I brake, mostly for the first few stops in the morning. Then it goes away. Should I be worried?
"""),
    G("""
A squeal that only shows up on the first few stops and then disappears is usually not an emergency, but it's worth understanding what's causing it.

**Most likely causes, from harmless to worth-checking:**

1. **Surface rust on the rotors.** Overnight humidity or dew leaves a thin film of rust on the cast-iron rotors. The first few brake applications scrape it off, which can squeal or grind lightly. This is very common and harmless.
2. **Moisture and cold pads.** Brake pads can be noisier when cold and damp, and quieter once they warm up.
3. **Glazed pads or missing anti-squeal parts.** If the pads were overheated at some point, or if shims and caliper grease were left out during a previous brake job, they can vibrate and squeal.
4. **Wear indicators.** Many pads have a small metal tab that touches the rotor when the pad gets thin, producing a deliberate squeal. That squeal is usually present whenever you brake, not just in the morning, but it's worth ruling out.

**What to do:**
- Look through the wheel spokes at the outer pad on the front calipers. If the friction material looks thinner than about a quarter of an inch, have it measured properly.
- Pay attention to whether the noise changes. A squeal that becomes constant, or any grinding, pulsing in the pedal, or pulling to one side means you should get it checked soon.

Since the noise goes away after a few stops, the most likely explanation is rust or moisture, but a quick pad measurement at your next tire rotation or oil change will settle it.
"""),
    H("""
I had a shop look at it. They measured the front pads at 4 mm and the rears at 6 mm, and quoted $380 for front pads and rotors. Is that reasonable?
"""),
    G("""
Those measurements help a lot.

**Pad thickness**
New pads usually have about 10–12 mm of friction material. Most shops recommend replacing them once they're down to around **3 mm**, which leaves a safety margin before the backing plate or wear indicator gets close to the rotor. At 4 mm your fronts are getting toward the end, but they're not at the replacement point yet; depending on your driving, that's often a few thousand miles of life. The rears at 6 mm are fine for now; rear pads on most front-wheel-drive cars wear more slowly.

**The price**
$380 for front pads and rotors at an independent shop is within the normal range. Typical quotes run from about $300 to $450 at independent shops and $450 to $600 at a dealer, depending on parts quality.

**Questions worth asking the shop**
- Do the rotors actually need replacing? Rotors have a minimum thickness stamped on them. If yours are above that minimum and you don't feel pulsing in the pedal, a pads-only job (often $150–250) may be enough.
- What brand and type of pads are they using? Ceramic pads are usually quieter and produce less dust, which may also help with the squeal.
- Are new hardware clips and caliper lubrication included? They should be.

So the quote isn't a rip-off, but you have a little time, and you can decide whether the rotors are truly needed before committing.
"""),
    H("""
I'm pretty handy and have done oil changes. How hard is it to do the front pads myself?
"""),
    G("""
If you're comfortable with oil changes, front pads are a very reasonable next step. Plan on about two hours the first time, including setup.

**Tools**
- Floor jack and two jack stands (never work under a car supported only by the jack)
- Lug wrench or breaker bar and a socket for your lug nuts
- Sockets for the caliper slide bolts and caliper bracket bolts (check the exact sizes for your car before you start)
- C-clamp or a piston-spreader tool
- Torque wrench
- Brake cleaner, high-temperature caliper grease, a wire brush
- A bungee cord or piece of wire to hang the caliper

**Parts**
- Front pad set: roughly $40–80 for good ceramic pads, usually with new clips included
- Rotors, if you replace them: about $50–90 each

**Overview of the job**
1. Loosen the lug nuts, lift the car, set it on stands, remove the wheel.
2. Remove the two caliper slide bolts and swing or lift the caliper off; hang it so it doesn't pull on the brake hose.
3. Take out the old pads and clips, clean the bracket with a wire brush, install the new clips, and lightly grease where the pad ears slide.
4. Push the caliper piston back with the C-clamp, using an old pad to spread the force. Keep an eye on the brake fluid reservoir so it doesn't overflow.
5. Install the new pads, refit the caliper, and torque the slide bolts to spec.
6. Repeat on the other side; always replace pads on both sides of an axle together.
"""),
    H("""
Should I also do the rotors, or just the pads?
"""),
    G("""
It depends on the condition of the rotors, not just on habit. Here's how to decide.

**Reasons to replace the rotors**
- They're at or below the minimum thickness stamped on the rotor edge or hub (measure with a micrometer or caliper at several points).
- You feel pulsing in the brake pedal or vibration in the steering wheel when braking from highway speed, which suggests uneven thickness.
- There are deep grooves you can catch a fingernail in, cracks, or blue heat spots.

**Reasons pads-only can be fine**
- Thickness is comfortably above minimum, the surface is smooth, and there's no pulsing.
- Plenty of mechanics install new pads on good rotors without problems, especially with ceramic pads.

**Practical considerations**
On a Civic, rotors are cheap enough that many people simply replace them with the pads so everything beds in together and the job is done for a long time. Resurfacing ("turning") rotors is less common now because it often costs nearly as much as new ones and leaves them thinner. Your fronts at 4 mm are already below the 5 mm replacement point I mentioned, so I'd plan the job for this weekend rather than waiting; if the rotors measure fine, a pads-only job will save you around $100–180.

If you do the rotors yourself, there are usually two bracket bolts holding the caliper bracket, and sometimes a small retaining screw holding the rotor to the hub. Those screws are often seized; an impact driver helps. Clean the protective oil off new rotors with brake cleaner before installing them.
"""),
    H("""
After the job is done, is there anything special I need to do before driving normally?
"""),
    G("""
Yes, a few things, and the first one is critical.

1. **Pump the brake pedal before moving the car.** When you pushed the caliper pistons back, you created a gap. The first few pedal presses will feel soft or go to the floor until the pistons move out against the new pads. Pump until the pedal is firm, with the engine running.
2. **Check the brake fluid level.** It should sit between MIN and MAX. Don't top it up while the pads are new if it's already at MAX; the level drops naturally as the pads wear.
3. **Torque the lug nuts properly.** For your Civic, the lug nut spec is 80 ft-lb. Tighten in a star pattern, and re-check the torque after about 50 miles.
4. **Bed in the new pads.** On an empty road, do about 8–10 moderate stops from 35 mph down to about 5 mph, without coming to a complete stop, and then a few firmer stops from 45 mph. Don't sit with your foot on the brake at a full stop right after this, because that can imprint pad material on a hot rotor. Then drive a few minutes without heavy braking to let everything cool.
5. **Listen and feel for the first week.** A little noise in the first couple of days is normal. Pulling to one side, grinding, or a soft pedal is not; recheck your work or have someone look at it.

Done this way, the new pads will be quiet, grab evenly, and the morning squeal should be gone too.
"""),
))

# ---------------------------------------------------------------- 003
DIALOGUES.append(D(
    "m13a-003", "placeholder", "zh",
    "Placeholder: turn 3 reply contains an unfilled slot 【航空公司名称】 even though the user named Lufthansa; rest of dialogue is good.",
    H("""
我明年三月要从上海搬到德国慕尼黑工作,想带我的狗一起去。它是一只4岁的柯基,大概12公斤。需要准备哪些手续?
"""),
    G("""
可以带,但中国不在欧盟的"免检测名单"国家里,所以比从日本或美国入境多一项狂犬病抗体检测,一定要尽早开始。整体流程如下:

**1. 芯片**
狗必须植入符合 ISO 11784/11785 标准的15位芯片。关键是:芯片必须在狂犬疫苗**之前**植入(或同一天,先植入芯片)。如果它现在的芯片是后来才打的,之前的疫苗在欧盟眼里等于无效,需要重新接种。

**2. 狂犬疫苗**
在植入芯片后接种,疫苗需在有效期内,记录上要写明芯片号、疫苗品牌和批号。

**3. 狂犬病抗体检测(FAVN)**
接种疫苗至少30天后抽血,送到欧盟认可的实验室检测,结果需要 ≥0.5 IU/ml。中国境内有少数几家获欧盟认可的实验室,名单可以在欧盟委员会网站上查到。

**4. 等待期**
从**抽血那天**起算,必须等满3个月才能进入欧盟。这是整个流程里最耗时的一步。

**5. 出境检疫和欧盟健康证明**
出发前,到海关指定的机构办理出境检疫,并由官方兽医签发欧盟格式的动物健康证明。这份证明签发后10天内必须入境欧盟。

**6. 入境**
入境机场需设有旅客宠物检查点,法兰克福、慕尼黑等大机场都有。

建议你这周就去宠物医院核对芯片和疫苗记录,时间会比较紧。
"""),
    H("""
抗体检测具体怎么做?现在是十月,时间上来得及吗?
"""),
    G("""
来得及,但几乎没有余量,要马上开始。我们按最坏情况倒推一下:

**情况A:芯片是在最近一次狂犬疫苗之前植入的,且疫苗仍在有效期内**
- 满足"疫苗后至少30天"的话,这周就可以抽血。
- 10月中旬抽血 → 实验室出结果一般需要2–4周(包括寄送时间)→ 最早1月中旬满3个月。
- 三月出发完全没问题,还有一个多月缓冲。

**情况B:需要重新打疫苗(芯片晚于疫苗,或疫苗已过期)**
- 10月中旬打疫苗 → 11月中旬(满30天后)抽血 → 2月中旬满3个月。
- 三月初出发也能赶上,但如果检测结果不合格(低于0.5 IU/ml)需要加强免疫后重新抽血,就会推迟到五月以后。

**具体操作**
1. 找有经验的宠物医院,告诉他们是为了进入欧盟做 FAVN 检测,让他们按实验室要求抽血、分离血清、冷链寄送。
2. 提交单上的芯片号必须和疫苗记录、将来的健康证明完全一致,一个数字都不能错。
3. 拿到检测报告后保存原件,入境时要随健康证明一起提供。

好消息是:只要之后按时加强免疫、疫苗不断档,这份合格的抗体检测结果长期有效,以后在欧盟内或回国再出入境都不用重做。
"""),
    H("""
我们打算坐汉莎航空从上海直飞法兰克福。柯基能带进客舱吗?
"""),
    G("""
很遗憾,大概率不行。汉莎航空的客舱宠物规定是:宠物连同航空箱总重不超过8公斤,航空箱要能放进前排座位下方。你的柯基12公斤,只能走托运。

**托运(随机托运,放在货舱的恒温加压区)需要注意:**

1. **尽早预订。** 每个航班能接收的活体动物数量有限,订好机票后马上打电话给航空公司加订宠物,不要等到出发前。
2. **航空箱。** 必须符合 IATA 活体动物标准:硬壳、金属门、金属螺丝固定,四面通风,狗站立时头不碰顶,能自然转身、躺下。柯基一般需要中号到中大号的箱子,建议提前一个月买好,让它在家里适应,在箱子里睡觉。
3. **费用。** 洲际航线托运宠物按重量和箱子尺寸收费,具体价格请以【航空公司名称】官网或客服报价为准,通常在几百欧元的范围。
4. **出发当天。** 起飞前约4小时喂少量食物,正常给水;不建议使用镇静剂,镇静会影响狗在高空的呼吸和体温调节,多数航空公司也明确不接受服用镇静剂的动物。
5. **季节。** 三月不存在夏季高温禁运的问题,这点对你有利。柯基不属于短鼻犬种,也不受那类限制。

另外,上海直飞法兰克福后,你还要从法兰克福转到慕尼黑。如果是同一张机票的联程航班,确认宠物是否可以直挂到慕尼黑,以及在哪个机场办理入境动物检查。
"""),
    H("""
到了慕尼黑以后,还需要办什么手续?
"""),
    G("""
到慕尼黑后主要有这几件事:

1. **登记狗税(Hundesteuer)。** 在慕尼黑养狗要向市政府登记并缴纳狗税,目前标准是每只狗每年100欧元。一般在你办理住址登记(Anmeldung)之后,尽快在网上或市政部门登记,登记后会收到狗牌编号。
2. **责任险(Hundehaftpflichtversicherung)。** 巴伐利亚州并未对普通犬种强制要求,但非常建议买,每年大约50–100欧元。狗如果撞倒自行车或咬伤别人,赔偿金额可能很高;而且很多房东在租房合同里会要求你提供这份保险。
3. **租房合同。** 签约前确认允许养狗,最好在合同里写明。
4. **找兽医并办理欧盟宠物护照。** 带着中国的疫苗记录、芯片信息和抗体检测报告去当地兽医处,办一本欧盟宠物护照(EU-Heimtierausweis)。以后在欧盟境内旅行,有这本护照就够了。
5. **遛狗规则。** 市区大部分地方要求牵绳;英国花园等公园里有允许放绳的区域,但有明确标识,要留意。另外记得随身带拾便袋,乱丢狗便会被罚款。

这些手续办完,你和柯基就可以安心在慕尼黑生活了。
"""),
))

# ---------------------------------------------------------------- 004
DIALOGUES.append(D(
    "m13a-004", "good", "ja",
    "Good: fishless cycling of a 60 cm freshwater tank over 4 turns (nitrogen cycle, nitrite stall, stocking, routine water changes); accurate and consistent.",
    H("""
60cm水槽を立ち上げたばかりです。「水槽の立ち上げ」とか「バクテリアを育てる」とよく聞きますが、具体的に何をすればいいんでしょうか?
"""),
    G("""
「立ち上げ」とは、魚のフンや餌の残りから出る有害物質を分解してくれるバクテリアを、ろ過フィルターや底砂に定着させる作業のことです。これを「窒素循環」と呼びます。

**窒素循環の流れ**
1. 魚のフン・残り餌 → **アンモニア**(魚にとって猛毒)
2. アンモニア → **亜硝酸**(これも猛毒):アンモニア酸化細菌が分解
3. 亜硝酸 → **硝酸塩**(比較的無害):亜硝酸酸化細菌が分解
4. 硝酸塩は水換えで取り除く

**魚を入れない立ち上げ(フィッシュレス・サイクリング)の手順**
1. フィルターとヒーターを24時間回し続けます。水温は25〜28℃くらいにするとバクテリアの増殖が早くなります。
2. アンモニア源を入れます。少量の熱帯魚用の餌を毎日ひとつまみ入れるか、純粋な塩化アンモニウムで水中濃度を2mg/L程度にします。
3. 試薬で数日おきに、アンモニア・亜硝酸・硝酸塩を測ります。最初はアンモニアが上がり、次に亜硝酸が上がり、最後に硝酸塩が増えていきます。
4. **完了の目安**:アンモニアを2mg/L入れてから24時間以内に、アンモニアも亜硝酸も0になること。通常4〜6週間かかります。

市販のバクテリア剤を使うと少し早まることがありますが、必須ではありません。この期間は魚を入れず、フィルターのスポンジも洗わないでください。
"""),
    H("""
試験紙で測っているんですが、2週間目で亜硝酸が5mg/L以上のまま全然下がりません。失敗でしょうか?
"""),
    G("""
失敗ではありません。「亜硝酸の停滞」は立ち上げでとてもよくある段階です。亜硝酸を分解するバクテリアはアンモニアを分解するバクテリアより増えるのが遅いので、2週間目で亜硝酸が高いのはむしろ順調な証拠です。

ただ、濃度が高すぎるとバクテリアの増殖自体が鈍ることがあるので、次の対策をおすすめします。

1. **水換えで濃度を下げる。** カルキ抜きした水で30〜50%換えて、亜硝酸を2〜3mg/L程度まで下げます。水換えでバクテリアが流れてしまうことはほとんどありません。バクテリアの大部分は水中ではなく、フィルターや砂に住んでいるからです。
2. **アンモニア源を減らす。** 餌を入れている場合は量を半分に、塩化アンモニウムなら1mg/L程度に抑えます。
3. **pHを確認する。** pHが6.5を下回るとバクテリアの働きが大きく落ちます。低いようならサンゴ砂を少量ネットに入れてフィルターに入れるなどして、7前後に保ちましょう。
4. **フィルターは触らない。** スポンジの掃除や交換は立ち上げが終わるまで我慢してください。

それから、試験紙は便利ですが誤差が大きいので、液体試薬を一つ持っておくと判断が楽になります。多くの場合、ここから1〜2週間で亜硝酸が一気に下がり始めます。
"""),
    H("""
3週間半で、アンモニアも亜硝酸も24時間で0になるようになりました!魚は何匹まで入れていいですか?ネオンテトラとコリドラスを考えています。
"""),
    G("""
おめでとうございます!かなり早く仕上がりましたね。

**魚を入れる前に**
立ち上げ中に硝酸塩がかなり溜まっているはずなので、まず50%以上の大きめの水換えを1〜2回して、硝酸塩を20mg/L以下にしてから魚を入れてください。水温とpHも確認しておきましょう。

**匹数の目安(60cm規格水槽・約57L)**
- ネオンテトラ:15匹前後
- コリドラス:同じ種類を6匹前後(群れで暮らす魚なので、1〜2匹だけより安定します)
- 余裕があれば、コケ取り役にオトシンクルスを2〜3匹

**一度に全部入れない**
バクテリアの量は、今入れているアンモニアの量に合わせて育っています。いきなり全員を入れると処理が追いつかないことがあるので、
1. まずネオンテトラ10匹
2. 1〜2週間後、アンモニアと亜硝酸が0のままなのを確認してから、コリドラス6匹
3. さらに1〜2週間後に残りのネオンテトラ
という順番がおすすめです。

コリドラスは底をつつきながら餌を探すので、底砂は角の丸い細かい砂が向いています。最初の1か月は餌を控えめにして、水質を週に1〜2回測ってください。
"""),
    H("""
立ち上げ後の普段の水換えは、どのくらいの頻度と量がいいですか?
"""),
    G("""
基本は **週1回、水量の1/4〜1/3** です。

- **カルキ抜き**:新しい水には必ずカルキ抜きを入れます。
- **水温を合わせる**:新しい水は水槽との差を1〜2℃以内にします。
- **底砂の掃除**:水換えのときにプロホースなどで、底砂の一部(毎回半分くらいの面積)を吸い出すと汚れが溜まりにくくなります。
- **フィルター掃除**:月1回程度、スポンジを**抜いた飼育水**の中で軽くもみ洗いします。水道水で洗うと塩素でバクテリアが死んでしまいます。
- **水質チェック**:月に1〜2回、硝酸塩を測って25mg/L以下を保てていれば、今のペースで十分です。

魚を増やしたり、水草を入れたりしたら、硝酸塩の値を見ながら水換えの量を調整してください。
"""),
))

# ---------------------------------------------------------------- 005
DIALOGUES.append(D(
    "m13a-005", "misaligned", "en",
    "Misaligned: replies to turns 2 and 3 are swapped: the dado-cutting question gets the glue/clamping answer and the glue question gets the router dado instructions.",
    H("""
I'm building a simple bookcase out of solid red oak: 36 inches wide, about 72 tall, five shelves, 3/4-inch stock. What joints should I use for the shelves and the case?
"""),
    G("""
For a solid-oak bookcase of that size, a classic and very strong set of joints is:

**Fixed shelves: dadoes**
Cut a dado across each side panel for the fixed shelves, about 1/4 inch deep in your 3/4-inch sides. A dado gives the shelf a ledge to sit on, so the glue isn't carrying the load alone. A "stopped" dado that ends about 3/4 inch short of the front edge hides the joint, but a through dado is simpler for a first build.

**Top and bottom: rabbets or dadoes**
The top can sit in a rabbet cut into the top of the sides, or in a dado a couple of inches down if you want the sides to run past it. The bottom shelf usually sits in a dado a few inches above the floor with a toe kick underneath.

**Back panel: rabbet**
Cut a rabbet along the back inside edge of both sides (and the top), about 3/8 inch wide and deep enough to take a 1/4-inch plywood back. Screwing the back into the shelves and rabbets does more to keep the case square than any other single step.

**Adjustable shelves: shelf pins**
Make one or two shelves fixed for stiffness (the middle one is ideal) and drill 1/4-inch holes for shelf pins for the rest; a drilling jig keeps the rows aligned.

**One caution: span**
A 3/4-inch oak shelf spanning roughly 34.5 inches between the sides will sag visibly under a full load of books over time. Either glue a 1.5-inch-tall hardwood strip to the front edge of each shelf, which stiffens it a lot, or add a center divider.
"""),
    H("""
How do I cut clean dadoes with just a circular saw and a router? I don't have a table saw.
"""),
    G("""
For oak, a good wood glue like Titebond II or Titebond III is all you need.

**Open time and assembly**
- Titebond II gives you roughly 5 minutes of open time, Titebond III around 8–10. With five shelves going into dadoes on both sides, that's tight, so consider gluing up in stages or using Titebond III.
- Always do a complete dry fit first with all your clamps set to the right opening. It's much easier to discover a problem when there's no glue involved.
- Spread a thin, even layer on both the dado walls and the shelf ends; a small brush or an old credit card works well. End grain in a dado soaks glue up, so the long-grain walls of the dado do most of the work.

**Clamping**
- Keep the clamps on for at least 30–60 minutes, then let the case sit at least 24 hours before putting any load on it.
- Use cauls (straight scrap boards, slightly crowned) across the sides so the pressure reaches the middle of each shelf and not just the edges.
- Check the diagonals right after clamping. If they differ, nudge the case square with a clamp across the long diagonal.

**Squeeze-out**
On oak, wet glue wiped with a damp rag can get pushed into the open pores and show up as blotches under finish. It's often cleaner to let squeeze-out turn rubbery (about 20–30 minutes) and then lift it off with a sharp chisel.
"""),
    H("""
What glue should I use for this, and how long should I leave the clamps on?
"""),
    G("""
The router does the clean work; the circular saw isn't really needed for dadoes except for roughing out.

**Router method (recommended)**
1. Use a straight or upcut spiral bit. A 3/4-inch bit is the obvious choice, but solid oak stock is often a hair under 3/4 inch after milling, so many people use a slightly smaller bit (such as 5/8 inch) and make two passes to sneak up on a snug fit.
2. Make a simple T-square jig: a straight fence of plywood screwed at exactly 90 degrees to a crossbar that hooks over the edge of the panel. Clamp it across the side panel and run the router base along the fence.
3. Cut the dado in two or three passes of about 1/8 inch depth each until you reach 1/4 inch. This avoids burning and tear-out.
4. Clamp both side panels edge to edge and cut the dado across both at once; this guarantees the shelves line up left and right.
5. Test on a scrap piece of the same thickness first, and test-fit an actual shelf board.

**Circular saw method (if you really want to use it)**
Set the blade to 1/4-inch depth, cut the two outer edges of the dado against a clamped straightedge, then make many closely spaced kerfs in between and clean out the waste with a chisel. It works but it's slower and less precise than the router.

Score the edges of the dado with a utility knife first to keep the oak from chipping.
"""),
    H("""
Last question: any finishing tips for red oak?
"""),
    G("""
Red oak finishes beautifully but has very open pores, so a few specifics help:

1. **Sand to 150 or 180 grit.** Going finer doesn't help much on oak and can make stain take unevenly.
2. **Raise the grain if you're using water-based products.** Wipe with a damp cloth, let it dry, and lightly re-sand with 180. Otherwise the first coat will leave it fuzzy.
3. **Decide on the pores.** Left open, they give that classic textured oak look. For a glass-smooth surface, use a paste grain filler before finishing.
4. **Test on scraps.** Stain, especially darker colors, can look very different on oak than on the sample chip, and red oak has a pinkish cast that some stains exaggerate.
5. **Choose a durable topcoat.** For shelves that take wear, an oil-based wipe-on polyurethane is forgiving and durable: three or four thin coats, with a light scuff using 320 grit or a gray pad between coats. A water-based poly keeps the oak lighter and yellows less.
6. **Finish the back and inside faces too,** so the panels take on and lose moisture evenly.

Give the final coat several days to cure before loading the shelves with books, or the finish can stick to book covers.
"""),
))
