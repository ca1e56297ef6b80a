from a_common import h, g, item

ITEMS = []

# ---------------------------------------------------------------- zh: freezing food (good)
ITEMS.append(item("good", "zh",
"Good: four-turn Chinese dialogue on freezing meal-prep food (how to freeze, storage times, safe thawing, refreezing); accurate and consistent.",
[
h("""
我每周日会集中备餐，想把米饭、饺子、红烧肉这些冻起来，工作日热一下就吃。怎么冻才能不串味、口感也不会变差太多？
"""),
g("""
冷冻备餐的关键就四点：**快速冻结、隔绝空气、分成小份、写清日期**。按你提到的几样分别说：

**1. 米饭**
- 煮好后趁还温热就分装，不要放凉一整晚再冻。每份按一顿的量，大约150–200克。
- 用保鲜膜包成扁平的方块，或者装进带盖的保鲜盒，厚度2–3厘米左右。扁平的冻得快，加热也均匀。
- 吃的时候不用解冻，洒一点水、盖上盖子，微波炉中高火加热2–3分钟，中途翻一下。

**2. 生饺子**
- 包好后先单个摆在铺了烘焙纸或撒了薄面粉的托盘上，彼此不要接触，冷冻1–2小时变硬后再装进密封袋。这样不会冻成一大坨。
- 煮的时候不用解冻，直接下开水，中途点两三次凉水，饺子浮起、皮鼓起来就熟了。

**3. 红烧肉、炖菜**
- 先放凉，但常温放置别超过2小时。可以把锅坐在冷水里加快降温。
- 连汤汁一起分装，汤汁能防止肉变干变柴。盒子或袋子里留1–2厘米空间，液体冻结后会膨胀。
- 密封袋装的可以压平冻，节省空间。

**防串味和冻伤**
- 密封袋尽量挤出空气，气味重的东西（鱼、葱蒜、卤味）再套一层袋子。
- 冰箱冷冻室保持在 **-18°C 或更低**，一次不要放进太多常温食物，否则整体温度会升高。
- 每份贴上标签：名称加日期。先冻的先吃。
"""),
h("""
那生肉冻起来能放多久？我有时候一次买很多猪肉和鸡腿。
"""),
g("""
在 -18°C 下，细菌不会繁殖，所以从安全角度讲冷冻食品可以保存很久；但时间越长，水分流失和冻伤越明显，口感会变差。一般参考这样的时间（按美国农业部等常见指南整理）：

| 食材 | 建议冷冻时间 |
|---|---|
| 大块猪肉、牛肉（排骨、里脊、牛排） | 4–12 个月 |
| 肉馅 | 3–4 个月 |
| 整只鸡 | 约 12 个月 |
| 鸡腿、鸡翅、鸡胸等分切件 | 约 9 个月 |
| 培根、香肠 | 1–2 个月 |
| 做熟的肉菜、炖菜 | 2–3 个月 |
| 油脂多的鱼（三文鱼、鲭鱼） | 2–3 个月 |
| 白肉鱼（鳕鱼等） | 约 6 个月 |

**一次买很多时的分装方法：**
1. 买回来当天就处理，不要整盒直接塞进冷冻室。
2. 按一次做菜的量分：比如鸡腿2–3只一袋，猪肉切成丝、片或块后按300–400克一袋。
3. 可以提前腌好再冻，比如鸡腿用酱油、姜蒜腌好装袋，解冻后直接下锅。
4. 袋子压平冻，冻好后可以像书一样竖着放，既省空间又解冻快。

如果肉表面出现发白、发干的斑块，那是冻伤，不影响安全，切掉那部分就可以，只是口感会差一些。
"""),
h("""
解冻有什么讲究吗？我经常早上把肉拿出来放在厨房台面上，晚上下班回来再做。
"""),
g("""
这个习惯建议改一改。放在台面上解冻时，肉的表层很快就升到 4°C–60°C 这个“危险温度区”，细菌可以快速繁殖，而中间可能还是冻着的。放一整天风险比较大，尤其是夏天。

比较安全的三种方法：

**1. 冷藏室解冻（最推荐）**
- 放在 0–4°C 的冷藏室里，用盘子或碗接住，放在下层，避免血水滴到其他食物上。
- 时间：薄片、肉丝大约6–8小时；鸡腿、排骨10–12小时；整只鸡需要24小时左右。
- 解冻后的生肉在冷藏室里还能放1–2天。

**2. 冷水解冻（比较快）**
- 肉必须装在密封袋里，整袋泡在冷水中，每30分钟换一次水。
- 大约每500克需要1小时。
- 解冻后要马上烹饪。

**3. 微波炉解冻（最快）**
- 用“解冻”档，中途翻面。
- 边缘可能已经有点熟了，所以解冻后要立刻做。

**适合你的做法：** 早上出门前把当天晚上要用的那袋肉从冷冻室移到冷藏室，晚上回来基本就化好了。如果每周日备餐时就规划好，周一晚上把周二的肉移到冷藏室，会更从容。
"""),
h("""
如果解冻了没吃完，还能再冻回去吗？
"""),
g("""
要看是怎么解冻的、是生是熟：

- **在冷藏室里解冻的生肉**：只要还在冷藏保存期内（1–2天），可以再冻回去，是安全的。但每冻一次都会流失水分，口感会变柴一些。
- **用冷水或微波炉解冻的生肉**：不要直接再冻。先做熟，放凉后再冻。
- **生肉解冻后做成熟菜**：放凉后可以冷冻，这其实是处理多余解冻肉最好的办法。
- **已经冻过一次的熟菜，解冻加热后吃剩的**：不建议第二次冷冻，吃不完就冷藏，1–2天内吃完。
- **在常温下放了超过2小时的**（气温在32°C以上时超过1小时）：既不要再冻，也最好不要吃。

所以最省心的办法还是当初分装时就按一顿的量分好，每次只拿需要的那一份出来，基本就不会遇到“化了吃不完”的问题。
"""),
]))

# ---------------------------------------------------------------- zh: mortgage prepayment (contradiction, subtle, turn 4)
ITEMS.append(item("contradiction", "zh",
"Contradiction (subtle): in turn 4 the assistant says prepaying the full 200,000 while shortening the term saves about 168,000 in interest, contradicting its own turn-2 figure of about 186,000.",
[
h("""
我的房贷还剩80万没还，剩余期限20年，等额本息，年利率3.95%。手里现在有20万闲钱，一直在纠结要不要提前还款。先帮我算算，我现在的月供大概是多少，剩下的利息一共还要付多少？
"""),
g("""
按你给的条件计算（本金80万，剩余240期，年利率3.95%，等额本息）：

- **月利率**：3.95% ÷ 12 ≈ 0.329%
- **月供**：约 **4,827 元**
- **剩余总还款**：4,827 × 240 ≈ 115.8 万元
- **剩余总利息**：约 **35.8 万元**

也就是说，如果什么都不做，未来20年你还要付将近36万的利息。

要不要提前还，主要看三件事：

1. **利率对比**：你的房贷利率是3.95%。如果这20万放在银行定期、大额存单或货币基金里，目前一般只有1.5%–2.5%左右的收益。提前还款相当于拿到一笔3.95%的“无风险收益”，比大多数稳健理财都高。
2. **应急资金**：提前还掉的钱基本拿不回来，所以手里要先留够6个月左右的生活开支。
3. **其他负债**：如果有信用卡分期、消费贷等利率更高的债务，应该先还那些。

如果这三点都没问题，提前还款总体上是划算的。接下来的问题是选“缩短年限”还是“减少月供”，两者差别挺大。
"""),
h("""
那缩短年限和减少月供，具体差多少？
"""),
g("""
假设20万全部用于提前还款，剩余本金变成60万，两种方式对比如下：

**方式一：月供不变，缩短年限**
- 月供仍然约 **4,827 元**
- 还款期限从240期缩短到约 **160期（约13年4个月）**
- 剩余总利息约 **17.3 万元**
- **比不提前还款节省利息约 18.6 万元**

**方式二：期限不变，减少月供**
- 还款期限仍为240期
- 月供降到约 **3,620 元**，每月少还约1,200元
- 剩余总利息约 **26.9 万元**
- **比不提前还款节省利息约 9.0 万元**

**怎么选：**
- 只看省利息，**缩短年限明显更划算**，多省了大约9.6万。原因是月供不变，每个月还掉的本金更多，本金下降得更快。
- 如果你现在的月供压力较大，或者收入不太稳定，想让每个月的现金流宽松一些，就选减少月供。
- 有些银行只允许其中一种方式，或者办理时默认某一种，办之前要确认清楚。

一个折中的思路：选缩短年限，但确保月供占家庭月收入不超过40%左右，这样既省利息，生活也不会太紧。
"""),
h("""
银行会收违约金吗？提前还款一般要怎么办理？
"""),
g("""
**违约金**
各家银行规定不同，要以你的贷款合同为准。常见情况：
- 现在很多银行对提前还款**不收违约金**，尤其是贷款已经满1年的。
- 部分银行规定贷款不满1年（有的是不满3年）提前还款，要收违约金，常见标准是**提前还款本金的1%左右，或者1–3个月的利息**。
- 有的银行对每年提前还款的**次数**或**最低金额**有限制，比如每年最多1–2次、每次至少1万元或按整万元还。

在合同里找“提前还款”这一条，或者直接打银行客服电话问：“我这笔贷款现在提前部分还款，是否收取违约金？”

**办理流程（大多数银行类似）：**
1. **预约**：通过手机银行App、客服电话或到贷款经办网点申请。很多银行需要提前预约，等待时间从几天到一个月都有，额度紧张时可能要排更久。
2. **选择方式**：申请时选择“缩短期限”或“减少月供”。
3. **存入资金**：在约定的还款日前，把提前还款的金额加上当期月供存进还款账户。
4. **银行扣款**：到期自动扣款，之后会生成新的还款计划。
5. **确认结果**：在App里查看新的还款计划表，截图或打印保存。

如果是组合贷款（商贷加公积金），公积金部分要到公积金中心单独办理，规则也不一样。
"""),
h("""
我有点担心把钱全还了手头太紧。我家每个月开支大概1.2万，你觉得留多少比较合适？
"""),
g("""
你的顾虑很有道理。提前还款的钱几乎拿不回来，如果之后遇到失业、生病或者家里急用钱，再去借消费贷，利率往往比房贷高得多，反而得不偿失。

**建议先留应急金：**
- 一般建议留 **6个月的家庭开支**。按每月1.2万计算，就是 **7.2万元**。
- 如果工作比较稳定（比如体制内、双职工且收入稳定），可以留4–6个月；如果收入波动大或是家里唯一收入来源，最好留6–12个月。
- 应急金放在活期、货币基金或随时可取的银行理财里，保证随时能用。

**按留7.2万计算，大约可以提前还13万：**
- 选缩短年限：月供仍约4,827元，期限缩短到约186期（约15年6个月），**节省利息约13.2万元**。
- 对比：前面算过，20万全部用于缩短年限能省约 **16.8万元** 利息。多还的那7万，只多省了大约3.6万利息，而你换来的是一笔随时可用的安全垫。

**另一个思路是分两步走：**先还13万，剩下的7万作为应急金；以后每年年终奖或积蓄超出应急金的部分，再做一次小额提前还款（注意银行的次数和金额限制）。这样兼顾了省利息和流动性。
"""),
h("""
听说房贷利率以后可能还会下调，这会影响我提前还款的决定吗？
"""),
g("""
会有一些影响，但通常不会改变“提前还款划算”的大方向。

**利率下调对你意味着什么：**
- 如果你的贷款是按LPR浮动的，利率会在每年的**重定价日**（常见是1月1日或贷款发放的对应日）按当时的LPR加减点重新计算。LPR下调，你的利率和月供也会跟着降。
- 利率越低，提前还款“省下的利息”就越少，相当于提前还款的收益率在下降。

**但要同时看另一边：**
- 利率普遍下行时，存款、大额存单和稳健理财的收益通常也在下降。
- 只要你的房贷利率仍然明显高于你能拿到的稳健理财收益，比如房贷3%以上、理财2%左右，提前还款就依然比把钱放着划算。

**实用建议：**
1. 先查一下你的合同，确认是固定利率还是LPR浮动利率，以及下一个重定价日是哪天。
2. 按我们前面说的，留足应急金之后再还。
3. 如果一年后利率大幅下降，房贷利率已经接近或低于你的理财收益，就可以不再追加提前还款，把多余的钱留作储蓄或投资。

总之，利率下调是“少省一点”，而不是“变得不划算”，不必因此一直观望。
"""),
]))

# ---------------------------------------------------------------- ja: moving house (good)
ITEMS.append(item("good", "ja",
"Good: five-turn Japanese dialogue on moving from Tokyo to Osaka (checklist, mover costs, online 転出届, deposit/原状回復, packing); specific and consistent.",
[
h("""
4月から大阪に転勤になりました。今は東京の1Kに一人暮らしで、3月下旬に大阪の1Kへ引っ越す予定です。何から手をつければいいか分かりません。
"""),
g("""
転勤での引っ越し、お疲れさまです。やることは多いですが、時期ごとに分けると整理しやすくなります。

**1か月以上前（今すぐ）**
- **今の部屋の解約通知**：多くの賃貸契約は「退去の1か月前までに通知」です。契約書で期限と連絡方法（書面か電話か）を確認してください。
- **会社の転勤規定の確認**：引っ越し費用の負担範囲、指定業者の有無、赴任旅費、社宅や家賃補助の条件。
- **引っ越し業者の見積もり**：3月下旬は一年で最も混む時期なので、最優先で予約を。
- **大阪の部屋探し・契約**：まだなら、内見はオンライン対応の不動産会社も多いです。

**2週間前まで**
- **転出届**：東京の区役所、またはマイナポータルからオンラインで。
- **電気・ガス・水道**：東京側の停止と大阪側の開始の連絡。ガスの開栓は立ち会いが必要です。
- **インターネット回線**：移転手続きは工事まで2〜4週間かかることもあるので早めに。
- **郵便の転居届**：郵便局の窓口かネットの「e転居」で。1年間、旧住所宛ての郵便が新住所に転送されます。

**1週間前〜前日**
- 荷造りを本格的に。冷蔵庫は前日に電源を切って霜取り、洗濯機は水抜き。

**引っ越し当日**
- 搬出、退去立ち会い、鍵の返却。

**引っ越し後14日以内**
- **転入届**（大阪の区役所）、同時に**マイナンバーカードの住所変更**。
- **運転免許証の住所変更**（警察署や運転免許試験場）、銀行・クレジットカード・携帯電話などの住所変更。
"""),
h("""
引っ越し業者の費用はどのくらいかかりますか？3月は高いと聞いて不安です。
"""),
g("""
おっしゃる通り、3月下旬は繁忙期で料金が大きく上がります。目安は次の通りです（荷物量や業者によって変わります）。

**単身・東京→大阪（約500km）の目安**
- 通常期：**5万〜8万円**程度
- 3月下旬の繁忙期：**8万〜15万円**、土日や月末だとそれ以上になることも

**費用を抑える方法**
1. **単身パック・ボックス型のサービスを検討する**：専用ボックス単位で運ぶサービス（日本通運の「単身パック」など）は、荷物が少なければ数万円程度に収まることがあります。ただし、ベッドや大きな家具は入らないので、荷物量とサイズの確認が必要です。
2. **混載便・帰り便**：他の荷物と一緒に運ぶため安くなりますが、到着日時の指定に幅が出ます。
3. **日程をずらす**：平日、月の中旬、午後便やフリー便（時間指定なし）にすると安くなりやすいです。4月の第1週にずらせるなら、それも効果的です。
4. **複数社で見積もりを取る**：一括見積もりサイトで3〜4社に依頼し、訪問またはオンラインで見積もりを受けると、数万円単位で差が出ることがあります。
5. **荷物を減らす**：古い冷蔵庫や洗濯機はリサイクルショップやフリマアプリで処分し、大阪で買い直すほうが安い場合もあります。

**まず確認すべきこと**：転勤の場合、会社が費用を全額または一部負担することが多いです。会社の指定業者や上限額があるなら、その範囲で手配するのが一番安心です。
"""),
h("""
転出届はオンラインでできるんですか？役所に行く時間がなかなか取れなくて。
"""),
g("""
はい、**マイナンバーカードを持っていれば、転出届はオンラインで出せます**。マイナポータルの「引越しワンストップサービス」を使います。

**必要なもの**
- マイナンバーカード
- マイナンバーカード読み取り対応のスマートフォン（またはパソコンとICカードリーダー）
- **署名用電子証明書の暗証番号**（英数字6〜16桁）

**手続きの流れ**
1. マイナポータルにログインし、「引越しの手続」を選ぶ。
2. 新旧の住所、引っ越し予定日、**大阪の区役所に転入届を出しに行く予定日**などを入力する。
3. 電子署名をして送信する。受付時期は自治体の案内で確認してください（引っ越し予定日の前から申請できます）。

**メリット**
- 東京の区役所に行く必要がありません。
- 紙の「転出証明書」も不要になります。

**注意点**
- **転入届はオンラインでは完結しません**。大阪に引っ越してから**14日以内**に、マイナンバーカードを持って区役所の窓口へ行く必要があります。
- 転入届のとき、マイナンバーカードの住所変更も一緒に行います。このとき**4桁の暗証番号**が必要なので、忘れていないか事前に確認しておきましょう。
- 国民健康保険に加入している場合などは、別途手続きが必要なことがあります。会社員で会社の健康保険に入っているなら、会社への住所変更届で足ります。
"""),
h("""
今の部屋には4年住んでいます。退去立ち会いで敷金をたくさん引かれないか心配です。
"""),
g("""
4年住んでいるなら、知っておくと安心なポイントがあります。基準になるのは、国土交通省の「**原状回復をめぐるトラブルとガイドライン**」です。

**基本の考え方**
- **通常の使用による損耗や経年劣化は、貸主の負担**です。日焼けによる壁紙や床の変色、家具を置いたことによる床のへこみ、画鋲の穴などは、原則として借主が払う必要はありません。
- **借主の負担になるのは**、故意・過失や手入れ不足による損傷です。たとえばタバコのヤニ汚れ、ペットの傷、壁に開けた大きなネジ穴、結露を放置して広がったカビなどです。

**経過年数の考え方**
- 壁紙（クロス）は**耐用年数6年**で、6年経つと価値はほぼゼロとされます。
- 4年住んだ場合、仮に借主の過失で張り替えが必要になっても、負担は**最大でも約3分の1**程度が目安です。

**立ち会い前にやっておくこと**
1. **契約書の特約を確認**：「退去時のハウスクリーニング費用は借主負担」などの特約があれば、その金額は基本的に払うことになります。
2. **部屋全体を写真・動画で記録**：日付が分かる形で、壁・床・水回りを撮っておきましょう。
3. **簡単な掃除**：水回りやキッチンの油汚れを落としておくだけでも印象が変わります。

**立ち会い当日**
- その場で精算書にサインを求められても、納得できなければ「持ち帰って確認します」と言って大丈夫です。
- 後日、**費用の明細**（どこを何㎡、単価いくら）を書面で出してもらいましょう。

納得できない請求があれば、消費者ホットライン（**188**）で最寄りの消費生活センターに相談できます。
"""),
h("""
ありがとうございます。最後に、荷造りのコツがあれば教えてください。
"""),
g("""
一人暮らしの荷造りは、次のポイントを押さえるとかなり楽になります。

- **使わない物から詰める**：季節外の服、本、思い出の品などは2週間前から。
- **重い物は小さい箱、軽い物は大きい箱**：本や食器を大きい箱に入れると持てなくなり、底が抜けることもあります。
- **箱の側面に中身と置く場所を書く**：「キッチン・食器」「クローゼット・冬服」など。上面だけだと積んだときに見えません。
- **食器は新聞紙や緩衝材で1枚ずつ包み、縦に詰める**：皿は立てて入れると割れにくいです。
- **「当日すぐ使う箱」を1つ作る**：トイレットペーパー、タオル、充電器、歯ブラシ、カーテン、簡単な工具、ゴミ袋など。
- **貴重品と重要書類は自分で持つ**：通帳、印鑑、マイナンバーカード、パソコン、契約書類。
- **家電の準備**：冷蔵庫は前日までに電源を切って水を捨て、洗濯機は給水ホースと排水ホースの水を抜いておきます。

大阪での新生活、うまくいきますように。
"""),
]))

# ---------------------------------------------------------------- de: dog pulling on leash (repetition, near-verbatim, turn 5)
ITEMS.append(item("repetition", "de",
"Repetition (near-verbatim): in turn 5 the user re-asks the harness-vs-collar question already answered in turn 2, and the assistant repeats its turn-2 answer almost word for word.",
[
h("""
Unser Hund (Mischling, 2 Jahre, ca. 25 kg, aus dem Tierschutz) zieht extrem an der Leine. Die Spaziergänge sind für uns beide nur noch Stress. Wo fange ich am besten an?
"""),
g("""
Das ist eines der häufigsten Probleme, und die gute Nachricht ist: Mit Geduld und Konsequenz lässt es sich bei fast jedem Hund deutlich verbessern.

**Warum Hunde ziehen:** Für Ihren Hund hat sich Ziehen bisher gelohnt. Er zieht, und er kommt voran: zum nächsten Baum, zum nächsten Geruch. Das Ziel des Trainings ist deshalb einfach: **Lockere Leine bringt ihn weiter, gespannte Leine bringt ihn nicht weiter.**

**Die Grundlagen:**
1. **Konsequenz:** Jedes Mal, wenn Ziehen doch zum Ziel führt, wird es belohnt. Alle Familienmitglieder sollten deshalb nach denselben Regeln gehen.
2. **Kurze Trainingseinheiten:** Üben Sie bewusst 5–10 Minuten am Stück, am Anfang am besten in einer reizarmen Umgebung, zum Beispiel in einer ruhigen Seitenstraße.
3. **Trainings- und Alltagsspaziergänge trennen:** Wenn Sie es einmal eilig haben, hilft zum Beispiel ein anderes Geschirr oder eine andere Befestigung der Leine als „Signal“, dass jetzt nicht trainiert wird. So wird das eigentliche Training nicht verwässert.
4. **Auslastung vorher:** Ein paar Minuten Schnüffelspiel oder Suchspiel im Garten oder auf einer Wiese senkt den Energiepegel, bevor es an der Leine losgeht.
5. **Hochwertige Belohnungen:** Kleine Stückchen Käse, Fleischwurst oder Hühnchen wirken draußen viel besser als normales Trockenfutter.

Bei einem Tierschutzhund kommt oft noch Unsicherheit dazu. Rechnen Sie mit einigen Wochen, bis sich etwas Stabiles zeigt, und feiern Sie kleine Fortschritte.
"""),
h("""
Brauche ich dafür ein Geschirr, oder reicht das Halsband? Und welche Leine ist sinnvoll?
"""),
g("""
Für einen Hund, der stark zieht, empfehle ich klar ein **gut sitzendes Brustgeschirr** statt des Halsbands.

**Warum kein Halsband beim Ziehen:** Bei starkem Zug drückt das Halsband auf Kehlkopf, Luftröhre und Halswirbelsäule. Bei 25 kg und kräftigem Ziehen kommt da einiges an Druck zusammen, was zu Husten, Verletzungen und auf Dauer zu Problemen führen kann. Außerdem verbinden manche Hunde den Schmerz am Hals mit dem, was sie gerade sehen, etwa mit anderen Hunden.

**Welches Geschirr:**
- Ein **Y-Geschirr**, bei dem die Riemen vor der Brust ein Y bilden und die Schultern frei bleiben. Geschirre mit einem Querriemen direkt vor den Schultern (klassische „Norweger“) schränken die Bewegung eher ein.
- Gut ist ein Geschirr mit **zwei Ringen**, einem auf dem Rücken und einem vorne an der Brust. Wird die Leine vorne eingehängt, dreht sich der Hund beim Ziehen leicht zur Seite, was das Ziehen zusätzlich erschwert.
- Beispiele sind Geschirre von Anny-X oder das Ruffwear Front Range. Rechnen Sie mit etwa **30–60 €**. Wichtig ist vor allem, dass es gut angepasst ist: Zwei Finger sollten unter jeden Gurt passen.

**Welche Leine:**
- Eine **2–3 m lange, verstellbare Führleine** mit zwei Karabinern. Die können Sie vorne und hinten am Geschirr einhängen, was Ihnen mehr Kontrolle gibt.
- **Keine Flexileine** beim Training: Sie steht immer unter Zug und belohnt damit genau das, was Sie abgewöhnen wollen.
- Bitte auch **kein Würgehalsband oder Stachelhalsband**. Die arbeiten mit Schmerz und verschlimmern gerade bei unsicheren Hunden oft das Verhalten.
"""),
h("""
Man liest überall, man soll einfach stehen bleiben, wenn er zieht. Wie genau funktioniert das?
"""),
g("""
Das „Stehenbleiben“ (oft auch „Baum spielen“ genannt) funktioniert so:

1. **Sobald die Leine sich spannt, bleiben Sie sofort stehen.** Kein Rucken, kein Schimpfen, einfach ruhig stehen wie ein Baum.
2. **Warten Sie, bis die Leine wieder locker wird.** Der Hund dreht sich irgendwann um, macht einen Schritt zurück oder setzt sich. Am Anfang kann das 20–30 Sekunden dauern.
3. **Markieren Sie den Moment** mit einem kurzen Markerwort („Fein!“ oder „Yes!“) oder einem Klicker.
4. **Belohnen Sie an Ihrer Seite**, auf Höhe Ihres Knies. So lernt der Hund, dass die Position neben Ihnen lohnenswert ist.
5. **Gehen Sie weiter.** Das Weitergehen selbst ist auch eine Belohnung.

**Varianten, wenn Stehenbleiben allein nicht reicht:**
- **Richtungswechsel:** Sobald er zieht, drehen Sie sich freundlich um und gehen in die andere Richtung. Kommt er mit und die Leine ist locker, markern und belohnen.
- **Hohe Belohnungsrate am Anfang:** In den ersten Tagen ruhig alle 2–3 Schritte belohnen, wenn die Leine locker ist. Später seltener.

**Realistische Erwartung:** In den ersten Einheiten kommen Sie vielleicht nur 50 Meter in 10 Minuten weit. Das ist normal und genau richtig. Wenn Sie dagegen jedes fünfte Mal doch nachgeben, lernt der Hund nur, dass Ziehen manchmal funktioniert, und genau das macht ein Verhalten besonders hartnäckig.
"""),
h("""
Und was mache ich, wenn er andere Hunde sieht? Dann springt er richtig in die Leine und bellt.
"""),
g("""
Das ist keine reine Leinenführigkeitsfrage mehr, sondern **Leinenreaktivität**, und die wird anders trainiert. Meistens steckt Aufregung, Frust oder Unsicherheit dahinter, bei Tierschutzhunden oft eine Mischung.

**Das Wichtigste: Abstand.** Ihr Hund kann nur lernen, solange er unter seiner „Reizschwelle“ bleibt, also noch ansprechbar ist und Futter nimmt. Wenn er schon bellt und springt, lernt er nichts mehr.

**Konkretes Vorgehen:**
1. **Distanz finden:** Stellen Sie fest, ab welcher Entfernung er einen anderen Hund sieht, aber noch ruhig bleibt. Das können 30 Meter sein, manchmal mehr.
2. **„Schau mal“-Übung:** Sieht er den anderen Hund an, markern Sie („Fein!“) und geben ihm sofort ein besonders gutes Leckerli. So verknüpft er andere Hunde mit etwas Positivem.
3. **Bögen laufen:** Gehen Sie bei Begegnungen einen großen Bogen, wechseln Sie die Straßenseite oder stellen Sie sich hinter ein parkendes Auto.
4. **Langsam näher:** Über Wochen die Distanz nur in kleinen Schritten verringern.
5. **Stress beachten:** Nach einer heftigen Begegnung braucht ein Hund oft einen bis drei Tage, bis das Stresslevel wieder gesunken ist. Planen Sie danach ruhige Spaziergänge.

**Management im Alltag:** Gehen Sie zu ruhigeren Zeiten, wählen Sie übersichtliche Strecken und vermeiden Sie enge Wege, auf denen Begegnungen unausweichlich sind.

Wenn es sehr heftig ist, lohnt sich eine **Hundetrainerin mit Erfahrung in Reaktivität**, idealerweise mit Arbeit über positive Verstärkung. Schon zwei, drei Einzelstunden helfen oft enorm.
"""),
h("""
Noch mal kurz zur Ausrüstung: Soll ich ihm jetzt ein Geschirr kaufen, oder kann ich beim Halsband bleiben? Und was für eine Leine?
"""),
g("""
Für einen Hund, der stark zieht, empfehle ich klar ein **gut sitzendes Brustgeschirr** statt des Halsbands.

**Warum kein Halsband beim Ziehen:** Bei starkem Zug drückt das Halsband auf Kehlkopf, Luftröhre und Halswirbelsäule. Bei 25 kg und kräftigem Ziehen kommt da einiges an Druck zusammen, was zu Husten, Verletzungen und auf Dauer zu Problemen führen kann. Außerdem verbinden manche Hunde den Schmerz am Hals mit dem, was sie gerade sehen, etwa mit anderen Hunden.

**Welches Geschirr:**
- Ein **Y-Geschirr**, bei dem die Riemen vor der Brust ein Y bilden und die Schultern frei bleiben. Geschirre mit einem Querriemen direkt vor den Schultern (klassische „Norweger“) schränken die Bewegung eher ein.
- Gut ist ein Geschirr mit **zwei Ringen**, einem auf dem Rücken und einem vorne an der Brust. Wird die Leine vorne eingehängt, dreht sich der Hund beim Ziehen leicht zur Seite, was das Ziehen zusätzlich erschwert.
- Rechnen Sie mit etwa **30–60 €**. Wichtig ist vor allem, dass es gut angepasst ist: Zwei Finger sollten unter jeden Gurt passen.

**Welche Leine:**
- Eine **2–3 m lange, verstellbare Führleine** mit zwei Karabinern, die Sie vorne und hinten am Geschirr einhängen können.
- **Keine Flexileine** beim Training: Sie steht immer unter Zug und belohnt damit genau das, was Sie abgewöhnen wollen.
- Bitte auch **kein Würgehalsband oder Stachelhalsband**.
"""),
]))

# ---------------------------------------------------------------- es: cat peeing outside the litter box (misaligned, rotated replies 2-4)
ITEMS.append(item("misaligned", "es",
"Misaligned (rotation): reply 2 answers the litter-type question of turn 3, reply 3 answers the cleaning question of turn 4, and reply 4 answers the number/location-of-boxes question of turn 2.",
[
h("""
Mi gata de 6 años, esterilizada, ha empezado a orinar fuera del arenero, sobre todo en la alfombrilla del baño. Nunca lo había hecho. ¿Qué puede estar pasando?
"""),
g("""
Cuando un gato adulto que siempre ha usado bien el arenero empieza a orinar fuera de repente, **lo primero es descartar un problema médico**. Muchas veces no es "mal comportamiento", sino dolor o molestias al orinar.

**Causas médicas frecuentes:**
- **Cistitis idiopática felina:** inflamación de la vejiga muy relacionada con el estrés. Es una de las causas más comunes en gatas de esta edad.
- **Infección urinaria o cristales/cálculos en la orina.**
- **Diabetes o enfermedad renal,** que hacen que beba y orine más.

Un detalle típico: los gatos con molestias urinarias suelen elegir **superficies blandas**, como alfombrillas, toallas o ropa, porque asocian el arenero con el dolor.

**Señales de urgencia:** si la ves entrar y salir del arenero muchas veces, hacer fuerza sin que salga orina, o llorar al orinar, llévala al veterinario **el mismo día**. Una obstrucción urinaria es una emergencia, sobre todo en machos, pero también puede ocurrir en hembras.

**Causas de comportamiento (una vez descartado lo médico):**
- Arenero sucio o limpiado con productos de olor fuerte
- Cambio reciente de arena o de sitio del arenero
- Estrés: mudanza, obras, visitas, un animal nuevo, cambios de horario
- Arenero demasiado pequeño, cubierto o en un sitio ruidoso

Te recomiendo pedir cita con el veterinario esta semana y, si puedes, llevar una muestra de orina o preguntar si la recogen en la consulta.
"""),
h("""
El veterinario dice que está sana, el análisis de orina salió normal. ¿Cuántos areneros debería tener y dónde ponerlos? Vivo en un piso pequeño y solo la tengo a ella.
"""),
g("""
La arena tiene mucho que ver con este tipo de problemas, y la que describes es probablemente parte de la causa.

**Lo que prefieren la mayoría de los gatos:**
- **Arena aglomerante sin perfume,** de grano fino, parecida a la arena de playa. Es la que más se acerca a lo que usarían en la naturaleza.
- **Sin olores añadidos.** El olfato de los gatos es mucho más sensible que el nuestro, y un perfume de lavanda que a nosotros nos parece agradable a ellos puede resultarles muy intenso y desagradable.
- **Una capa de 5–7 cm** de profundidad, suficiente para escarbar y tapar.

**Sobre la sílice:** controla bien el olor, pero a algunos gatos no les gusta la textura de los cristales en las almohadillas, y si además tiene perfume, es doble motivo para rechazarla.

**Cómo cambiar sin estresarla:**
1. Mezcla un 25 % de la arena nueva con un 75 % de la actual durante 3–4 días.
2. Después pasa a mitad y mitad, luego 75/25, y finalmente solo la nueva. En total, unas dos semanas.
3. Otra opción es la "prueba de preferencia": pon dos areneros juntos, uno con la arena de siempre y otro con arena aglomerante sin perfume, y observa cuál usa durante una semana.

Si ves que empieza a usar el arenero nuevo de forma constante, ya sabes cuál es su preferida.
"""),
h("""
¿Qué tipo de arena es mejor? Ahora uso una de sílice con olor a lavanda.
"""),
g("""
Limpiar bien es fundamental, porque si queda el más mínimo rastro de olor a orina, tu gata seguirá identificando ese lugar como un sitio válido para orinar.

**Qué usar:**
- **Un limpiador enzimático** específico para orina de mascotas. Las enzimas descomponen los compuestos del olor, en lugar de solo taparlos. Se venden en tiendas de animales y por internet.
- **Nada de amoniaco ni lejía.** La orina contiene compuestos amoniacales, así que un limpiador con amoniaco puede "invitarla" a volver a marcar la zona.

**Paso a paso:**
1. **Seca la orina** lo antes posible con papel de cocina, presionando sin frotar.
2. **Aplica el limpiador enzimático** en abundancia, de modo que llegue tan hondo como llegó la orina (en alfombras, al menos tanto como el líquido original).
3. **Déjalo actuar** el tiempo que indique el envase, a menudo de 10 a 15 minutos o más.
4. **Deja secar al aire,** sin secador, para que las enzimas trabajen el mayor tiempo posible. Puede tardar un día.
5. **Repite** si aún notas olor.

**Consejos extra:**
- Una **linterna de luz ultravioleta** barata ayuda a encontrar manchas antiguas que no se ven a simple vista.
- La **alfombrilla del baño** lávala en la lavadora con un ciclo largo y un poco de limpiador enzimático, o retírala unas semanas.
- Cambia el "significado" del lugar: pon allí su comedero, una cama o juguetes durante un tiempo. Los gatos no suelen orinar donde comen o duermen.
"""),
h("""
¿Y cómo limpio la alfombrilla y el suelo para que no vuelva a orinar ahí?
"""),
g("""
La regla general es **un arenero por gato, más uno extra**. Con una sola gata, lo ideal son **dos areneros**, incluso en un piso pequeño.

**Dónde ponerlos:**
- En **lugares tranquilos** pero de fácil acceso, donde no pase mucha gente ni haya ruidos repentinos.
- **Lejos de su comida y su agua.** Los gatos no quieren hacer sus necesidades cerca de donde comen.
- **No junto a la lavadora** u otros electrodomésticos que puedan asustarla al arrancar.
- **En habitaciones diferentes,** no los dos juntos en el mismo rincón, porque para ella contarían casi como uno solo.
- Como ya eligió el baño, colocar uno de los areneros **en el baño, cerca de donde estaba la alfombrilla,** suele funcionar muy bien.

**Cómo deben ser:**
- **Grandes:** al menos 1,5 veces la longitud de la gata sin contar la cola. Muchos areneros comerciales son pequeños; una caja de almacenaje de plástico grande funciona muy bien.
- **Sin tapa** al principio. Los areneros cubiertos concentran los olores y a muchos gatos no les gustan.
- **Bordes bajos** en al menos un lado, sobre todo si en el futuro se hace mayor.

**Limpieza:**
- Retira los grumos y las heces **al menos una vez al día,** mejor dos.
- Vacía y lava el arenero por completo con agua caliente y jabón neutro cada 2–4 semanas.

Con un segundo arenero bien colocado, muchos gatos vuelven a usar el arenero en pocos días.
"""),
]))
