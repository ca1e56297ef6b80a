from c_common import H, G, D

INTL_A = []

# --- zh good: 字谜 ---
INTL_A.append(D(
"good", "zh",
"Good: Chinese character-riddle game for a 9-year-old; riddles and explanations are correct, hints are fitting, and the final turn gives concrete methods for making riddles.",
H("""
我女儿9岁，最近迷上了猜字谜。你能出几个适合她的字谜吗？先别告诉我们答案，我们自己猜。
"""),
G("""
好呀！猜字谜特别适合这个年纪的孩子，既练识字又练观察力。先来三个由易到难的，每个都是"打一字"：

1. **一口咬掉牛尾巴**
2. **千里相逢**
3. **有水能养鱼虾，有土能种庄稼，有人不是你我，有马走遍天下**

小提示：猜字谜的关键是把谜面里的词当成"零件"，看看它们能怎样拼成、拆成一个字，而不是只理解字面意思。

你们先慢慢想，猜好了告诉我，需要提示也可以随时说。
"""),
H("""
第一个她猜是"告"，第二个我们俩一起猜是"重"。第三个完全没头绪，能给个提示吗？
"""),
G("""
太厉害了，前两个都对！

- **一口咬掉牛尾巴 → 告**：把"牛"字下面出头的那一竖（牛尾巴）去掉，再在下面加一个"口"，就是"告"。
- **千里相逢 → 重**："千"和"里"两个字上下叠在一起，正好拼成"重"。

第三个确实难一些，给你们一个提示：

> 谜底是一个很常用的字，只有**三画**，平时常用来表示"同样"的意思。想一想：哪个字分别加上"氵""土""亻""马"四个偏旁，会变成四个不同的字，而且每个字都正好和谜面的一句话对得上？

让她一句一句去对，会很有成就感。
"""),
H("""
哈哈，是"也"！池、地、他、驰，她自己对出来的，特别开心。能再来几个难一点的吗？
"""),
G("""
完全正确！"池"里能养鱼虾，"地"里能种庄稼，"他"不是你我，"驰"就是骑马奔跑、走遍天下。她能自己一句句对上，说明已经掌握了"加偏旁"这种思路。

下面三个难度再高一点，用到的方法各不相同：

4. **一人一张口，口下长只手**（打一字）
5. **上下一体**（打一字）
6. **半部春秋**（打一字）

提示思路（不是答案）：
- 第4个是"拼零件"，按从上到下的顺序把部件摆好。
- 第5个要把谜面里的每个字都当成字形来看，而不是"上下是一个整体"的意思。
- 第6个是"各取一半"，要想想"春"和"秋"分别取哪一半。

猜不出来也没关系，告诉我卡在哪儿，我再给提示。
"""),
H("""
她猜出了"拿"和"卡"，但"秦"是我们查答案才知道的，还是想不通为什么。能解释一下吗？另外我想让她自己编字谜，怎么引导她？
"""),
G("""
先说"秦"：

**半部春秋 → 秦**
- 取"春"字的**上半部分**：就是"春"去掉下面的"日"，剩下的"𡗗"（三横加一撇一捺）。
- 取"秋"字的**左半部分**："禾"。
- 把"禾"放在"𡗗"的下面，就是"秦"。
所以"半部春秋"的意思是"春"和"秋"各取一部分拼起来。这类谜需要对字形很熟，九岁孩子想不到很正常。

顺便说说另外两个：
- **拿**：一"人"、一"口"，口下一只"手"，从上到下拼起来。
- **卡**：把"上"和"下"两个字合成一体，就是"卡"。

**引导她自己编字谜**，可以从最简单的三种方法开始：

1. **拼字法**：选一个能拆开的字，把零件编成一句话。
   例如"**休**"：一个人靠在树旁边休息 →"人靠大树"。
2. **会意法**：用字的意思和结构一起出题。
   例如"**明**"：日月同辉 →"太阳月亮在一起"。
   例如"**尖**"：上面小、下面大 →"上小下大"。
3. **加减法**：给一个字加一笔或减一笔。
   例如"**大**"加一点是"太"，"大"加一横是"天"，可以编成"大字多一横"（谜底：天）。

**小技巧**
- 让她从自己的名字或家人的名字里挑字来编，兴趣会更大。
- 家里做个"字谜本"，每人每周出一个，互相猜。
- 她编的谜不一定严谨，只要能自圆其说就多鼓励。等她熟练了，再慢慢讲究谜面要简洁、不能直接出现谜底。
""")
))

# --- zh contradiction: 退货退款时间 ---
INTL_A.append(D(
"contradiction", "zh",
"Contradiction (subtle): turn 2 promises refund within 48 hours of the warehouse signing for the return, but the closing summary in turn 5 says 72 hours.",
H("""
你好，我上周在你们店买了一台空气净化器，型号 AP-360，5天前收到的。这两天开机后一直有"咔哒咔哒"的异响，风速调到最低也有。请问怎么处理？
"""),
G("""
您好，非常抱歉给您带来不好的体验！我是优选家居旗舰店的客服小林，马上帮您处理。

根据您的描述，开机后持续出现"咔哒"声，并且低风速也有，比较像是**风机扇叶或电机部件的问题**，属于质量问题的范围。先请您做一个简单的检查：

1. 关机并拔掉电源，打开后盖，取出滤网，看看包装用的**塑料膜是否已经撕掉**，滤网是否放平、卡到位。有些异响是滤网没有装好引起的。
2. 把机器放在**平整的地面**上再试一次。

如果检查后仍有异响，请您：
- 录一段**10-20秒的视频**，能听到异响、能看到机器和屏幕上的风速档位即可；
- 然后在订单页面申请售后。

关于售后政策：
- 签收后**7天内**支持无理由退货；
- 签收后**15天内**如属质量问题，可选择**退货退款**或**换新**；
- 质量问题的退回运费由我们承担。

您收到已经5天，两种方式都可以选。请问您希望退货还是换一台新的呢？
"""),
H("""
我检查过了，塑料膜撕掉了，滤网也装好了，还是响。我想直接退货退款，具体怎么操作？
"""),
G("""
好的，明白了，那我们按质量问题为您办理**退货退款**。操作步骤如下：

1. 打开App，进入"我的订单"，找到这台 AP-360，点击"**申请售后**"。
2. 选择"**退货退款**"，原因选"**质量问题**"。
3. 上传您录好的**异响视频**，描述里简单写"开机有咔哒异响"即可。
4. 提交后，我们会在**1个工作日内**审核，审核通过后系统会给您发送退货地址。
5. 退货请使用**顺丰**，选择"**到付**"，运费由我们承担，您不用垫付。
6. 寄出后，请在售后页面填写**快递单号**。

**退款时间**：仓库签收后，会在**48小时内**完成验货并发起退款，款项原路退回。支付宝、微信一般当天到账，银行卡视银行而定，通常1-5个工作日。

审核通过后您会收到短信通知。有任何问题随时找我。
"""),
H("""
我下单时用了一张"满1000减100"的优惠券，商品原价1,299元，实付1,199元。退款是退多少？优惠券还能退回来吗？
"""),
G("""
这个问题很重要，我给您说清楚：

**退款金额**
退款按您的**实际支付金额**计算，也就是 **1,199元**。优惠券抵扣的100元不是您实际支付的钱，所以不会以现金形式退回。

**优惠券是否返还**
- 如果这张优惠券**还在有效期内**，退款完成后会**自动退回**到您的账户，可以再次使用。
- 如果优惠券**已经过期**，按平台规则就不会再退回了。

我帮您查了一下，您这张券的有效期到**本月30日**，目前还有效，所以退款完成后券会返还，前提是退款在30日之前完成。按正常流程时间是来得及的。

**运费**
因为是质量问题，退回运费由我们承担（顺丰到付），您没有额外费用。
"""),
H("""
还有一个问题，我把外面的快递纸箱扔了，但产品本身的彩盒和里面的泡沫还在。这样可以退吗？
"""),
G("""
可以的，请放心。

因为是**质量问题退货**，外层快递纸箱丢了**不影响**退货退款。只要满足以下几点就可以：

- **产品彩盒**和**内部泡沫**都在，这点最重要，能保护机器在运输中不被二次损坏；
- **配件齐全**：滤网、电源线、说明书、保修卡请一起放回去；
- 机器本身没有人为损坏，比如摔裂、进水。

**打包建议**
1. 把机器和泡沫按原样放回彩盒。
2. 在彩盒外面再套一个**结实的纸箱**，可以用家里其他纸箱，或者让顺丰快递员上门时提供包装，一般会收少量包装费，这部分您可以保留凭证，我们一并补给您。
3. 彩盒和外箱之间的空隙用旧报纸或气泡膜塞紧，防止晃动。
4. **不要直接在彩盒上写字或贴快递单**，快递单请贴在外箱上。

包装好后就可以预约顺丰上门取件了。
"""),
H("""
好的，最后确认一下：我今天寄出去的话，大概什么时候能拿到钱？
"""),
G("""
好的，我帮您把整个时间线整理一下：

1. **今天**：您寄出后，请在售后页面填写顺丰单号。
2. **运输时间**：顺丰一般**1-2天**送到我们仓库。
3. **仓库签收后**：我们会在**72小时内**完成验货，验货通过后立即发起退款。
4. **到账时间**：
   - 原路退回支付宝/微信：通常**当天到账**；
   - 如果是银行卡支付：一般**1-5个工作日**。

**退款金额**：1,199元（实付金额）。
**优惠券**：满1000减100的券会自动返还到您的账户，有效期到本月30日。
**运费**：顺丰到付，由我们承担。

按这个时间，顺利的话您大概**一周之内**就能收到退款，优惠券也来得及在过期前返还。退款发起时系统会给您发短信，如果超过时间还没到账，直接在这个对话里找我，我帮您查。

再次为给您带来的不便说声抱歉，感谢您的耐心！
""")
))

# --- ja good: 九九 ---
INTL_A.append(D(
"good", "ja",
"Good: parent asks how to teach the 7-times table to a second grader; correct maths (commutativity, 4 new facts), age-appropriate methods, practice plan and emotional support before a test.",
H("""
小学2年生の息子が九九の7の段でつまずいています。5の段までは言えるのに、7の段になると急に覚えられなくて、泣きそうになります。どう教えたらいいでしょうか。
"""),
G("""
7の段は、多くの子どもがつまずく「難所」です。息子さんが特別苦手というわけではないので、まずは安心してください。

**7の段が難しい理由**
- 答えの一の位に規則性が見えにくい（7, 4, 1, 8, 5, 2, 9, 6, 3）。
- 「しちしじゅうく」「しちはごじゅうろく」など、言いにくい・聞き間違えやすい読みが多い。
- 2の段や5の段のように「数えて確かめる」ことがしにくい。

**いちばん効く考え方：実は新しく覚えるのは4つだけ**
かけ算は順番を入れ替えても答えが同じです（7×3 と 3×7 は同じ21）。
5の段まで言えるなら、
- 7×1〜7×5 は、1〜5の段ですでに知っている答えです（7×4 = 4×7 = 28 など）。
- 新しく覚える必要があるのは **7×6＝42、7×7＝49、7×8＝56、7×9＝63** の4つだけです。

「7の段は全部で9個」ではなく「新しいのは4個だけ」と伝えると、子どもの気持ちがぐっと楽になります。

**覚えやすくする工夫**
- **7×8＝56**：「5、6、7、8」と数字が順番に並ぶ（56＝7×8）。
- **7×7＝49**：「しちしち しじゅうく」はリズムで何度も唱える。
- 答えを書いたカードを作り、表に式・裏に答えを書いて、新しい4つだけを集中練習する。

まずは7の段全体より、この4つに絞って練習してみてください。
"""),
H("""
「順番を入れ替えても同じ」というのを、2年生にどう説明すればいいですか？
"""),
G("""
2年生には、言葉で説明するより「目で見て、手で動かす」ほうがずっと伝わります。

**おはじき（またはお菓子）で並べる方法**
1. おはじきを **横に7個 × 縦に3列** 並べます。「7が3つで、7×3」と一緒に言います。
2. 数えると21個。
3. 次に、並べたもの全体（紙の上に並べておくと便利）を **90度回転** させます。
4. すると **横に3個 × 縦に7列** になります。これは「3が7つで、3×7」。
5. 「おはじきは1個も増えても減ってもいないよね？」と聞きます。だから 7×3 も 3×7 も21。

**紙に描く方法**
方眼紙にマスを塗って長方形を作り、「横から見ると7×3、縦から見ると3×7」と確認します。紙をくるっと回すだけなので、子どもにも分かりやすいです。

**声かけのポイント**
- 「だから、3の段で覚えた3×7＝21を使えば、7×3も分かるね」と、**すでに知っていることとつなげる**。
- 「ずるい方法を見つけたね！」と言うと、子どもはうれしそうに使い始めます。

なお、学校でも2年生の九九の単元で「かけられる数とかける数を入れかえても答えは同じ」というきまりを学ぶので、家で先に体験しておくと授業でも自信を持てます。
"""),
H("""
毎日どのくらい練習すればいいですか？上がり九九、下がり九九、バラバラ、どの順番でやるのがいいでしょう？
"""),
G("""
**練習時間の目安**
- **1回5〜10分、1日2回**（たとえば朝ごはんの前と、お風呂のあと）がおすすめです。
- 長時間より「短く・毎日」のほうが記憶に定着します。泣きそうになったら、その日はそこで終わりにしてOKです。

**順番は「上がり → 下がり → バラバラ」**
1. **上がり九九**（7×1 から 7×9 まで）
   まずは順番に言えるようにします。リズムで覚える段階です。
2. **下がり九九**（7×9 から 7×1 まで）
   上がりがスラスラ言えるようになったら挑戦します。「順番の流れ」に頼らずに、一つ一つの式と答えを結びつける練習になります。
3. **バラバラ九九**（7×6、7×2、7×8…のようにランダム）
   最後の仕上げです。学校のテストや実際の計算ではこの力が必要です。カードをシャッフルして使うと便利です。

**続けるための工夫**
- **タイムを測る**：「昨日は40秒、今日は35秒！」と記録すると、自分の成長が見えてやる気が出ます。
- **合格シール**：上がり・下がり・バラバラで1枚ずつ、シールを貼れる表を作る。
- **お風呂ポスター**：九九表を貼っておき、湯船で一緒に唱える。
- **親が間違える**：わざと「7×8＝54？」と言って、子どもに直してもらう。子どもは大喜びで覚えます。

目安として、新しい4つ（7×6〜7×9）は1〜2週間ほどで安定してくることが多いです。
"""),
H("""
来週学校で九九のテストがあって、本人がすごくプレッシャーを感じているみたいです。「できなかったらどうしよう」と言っています。どう声をかければいいですか？
"""),
G("""
「できなかったらどうしよう」と口に出せているのは、それだけ頑張りたい気持ちがある証拠ですね。まずはその気持ちを受け止めてあげることが大切です。

**1. 気持ちを否定せずに受け止める**
「大丈夫だよ！」とすぐに言うより、
> 「テストがあると、ドキドキするよね。お母さん（お父さん）も子どものころ、テストの前はドキドキしたよ」
と共感すると、子どもは安心します。

**2. 結果ではなく、がんばりに目を向ける**
> 「7の段、最初は泣きそうだったのに、今は7×8がすぐ言えるようになったよね。それがすごいんだよ」
テストの点数より、**できるようになったこと**を具体的に言葉にしてあげてください。

**3. 「間違えても大丈夫」と伝える**
> 「テストは、どこがまだ苦手かを見つけるためのものだよ。間違えたところは、また一緒に練習すればいいんだよ」
テストを「失敗を見つける場」ではなく「練習の続き」と捉えられると、プレッシャーが軽くなります。

**4. テスト前日・当日のポイント**
- 前日は新しいことはせず、**得意な段を楽しく唱えて終わる**。自信を持って寝ることが大事です。
- 当日の朝は「いつも通りでいいよ」と一言だけ。
- 難しい問題で止まったら、「**入れ替えて考えてみる**」（7×4→4×7）という作戦を思い出させておくと、心の支えになります。

**5. テストのあと**
結果がどうであっても、まず「よくがんばったね」と伝えてください。もし間違いがあっても、「どこを練習すればいいか分かったね」と次につなげれば十分です。

2年生の九九は、多くの子が秋から冬にかけて少しずつ完成させていくものです。今つまずいていても、毎日少しずつ続けていれば必ず言えるようになります。
""")
))

# --- ko placeholder: 제주 펜션 예약 ---
INTL_A.append(D(
"placeholder", "ko",
"Placeholder: the reservation confirmation in assistant turn 3 contains unfilled slots '[체크인 날짜]' and '[체크아웃 날짜]'.",
H("""
안녕하세요. 다음 달에 제주도로 가족여행을 가는데, 어른 2명이랑 초등학생 아이 2명이에요. 2박 하려고 하는데 바다 보이는 방 있나요? 펜션 예약 담당자처럼 안내해 주세요.
"""),
G("""
안녕하세요, 한라뷰 펜션 예약 담당 김수진입니다. 가족여행으로 저희 펜션을 알아봐 주셔서 감사합니다!

네, 바다가 보이는 객실이 있습니다. 4인 가족이시면 **오션뷰 패밀리룸**을 추천드려요.

**오션뷰 패밀리룸 안내**
- **기준 인원 4명** (최대 5명, 추가 1인당 1박 2만 원)
- **침대:** 퀸 침대 1개 + 싱글 침대 2개라서 아이들이 따로 잘 수 있어요.
- **전망:** 거실과 침실 모두 바다 방향 통창이라 아침에 일출도 보실 수 있습니다.
- **취사 가능:** 인덕션, 전자레인지, 냉장고, 기본 조리도구와 식기가 있습니다.
- **크기:** 약 15평(49㎡), 복층 아님, 욕실 1개

**요금 (1박 기준)**
- 일~목요일 숙박: **18만 원**
- 금·토요일 숙박: **23만 원**

체크인은 오후 3시, 체크아웃은 오전 11시입니다. 원하시는 날짜를 알려주시면 예약 가능 여부를 바로 확인해 드릴게요.
"""),
H("""
금요일, 토요일 이렇게 2박 하면 얼마예요? 그리고 바비큐도 할 수 있나요?
"""),
G("""
금요일과 토요일 숙박은 둘 다 주말 요금이 적용되어서요,

- 금요일 1박: 23만 원
- 토요일 1박: 23만 원
- **객실 요금 합계: 46만 원**

**바비큐 안내**
네, 가능합니다! 1층 테라스에 객실별 전용 바비큐 자리가 있어요.
- **바비큐 세트 (4인 기준): 3만 원**
  - 숯, 그릴, 집게, 가위, 토치, 장갑 포함
  - 고기와 채소는 직접 준비해 오셔야 해요. 펜션에서 차로 5분 거리에 하나로마트가 있습니다.
- **이용 시간:** 오후 5시 ~ 9시 (주변 민가에 방해가 되지 않도록 9시 이후에는 정리 부탁드립니다)
- 비가 오는 날에는 지붕이 있는 공용 바비큐장으로 안내해 드려요.
- 바비큐는 당일 현장에서 신청하셔도 되지만, 주말에는 미리 말씀해 주시면 준비가 수월합니다.

바비큐 세트를 하루 추가하시면 총 **49만 원**, 이틀 모두 하시면 **52만 원**입니다. 예약 진행 도와드릴까요?
"""),
H("""
네, 예약할게요. 바비큐는 토요일 하루만 할게요. 예약자는 김민지, 연락처는 010-2847-3391이에요.
"""),
G("""
감사합니다, 김민지 고객님! 예약 내용 확인해 드릴게요.

**예약 확인서**
- **예약자:** 김민지 (010-2847-3391)
- **객실:** 오션뷰 패밀리룸 (어른 2명, 어린이 2명)
- **숙박 일정:** [체크인 날짜] 금요일 ~ [체크아웃 날짜] 일요일 (2박)
- **체크인 / 체크아웃:** 오후 3시 / 오전 11시
- **추가 옵션:** 토요일 바비큐 세트 1회 (3만 원)
- **총 결제 금액:** **49만 원**

**결제 안내**
- 예약 확정을 위해 **24시간 이내**에 총 금액의 30%인 **14만 7천 원**을 예약금으로 입금해 주세요.
- 잔금 34만 3천 원은 체크인 당일 현장에서 카드 또는 계좌이체로 결제하시면 됩니다.
- 입금 계좌와 예약 번호는 잠시 후 문자로 보내드립니다.

입금이 확인되면 확정 문자를 다시 보내드릴게요. 아이들 나이를 알려주시면 어린이용 수건과 슬리퍼도 미리 준비해 두겠습니다!
"""),
H("""
감사합니다. 혹시 일정이 바뀌면 환불 규정은 어떻게 되나요?
"""),
G("""
네, 환불 규정 안내해 드릴게요. 예약금 기준으로 적용됩니다.

**취소 및 환불 규정**
- 이용일 **7일 전까지** 취소: **100% 환불**
- 이용일 **5~6일 전** 취소: **70% 환불**
- 이용일 **3~4일 전** 취소: **50% 환불**
- 이용일 **2일 전 ~ 당일** 취소: **환불 불가**

**참고해 주세요**
- 환불은 취소 요청 후 **영업일 기준 3일 이내**에 입금하신 계좌로 처리됩니다.
- **날짜 변경**은 이용일 7일 전까지 1회 무료로 가능해요. 다만 변경하시는 날짜에 빈 객실이 있어야 하고, 요금이 다르면 차액이 발생합니다.
- **천재지변**으로 항공편이 결항되는 경우(태풍 등)에는 결항 확인서를 보내주시면 날짜와 관계없이 **전액 환불**해 드립니다. 여름철 제주는 태풍 영향이 있을 수 있으니 참고해 주세요.
- 바비큐 옵션은 현장 결제라 취소하셔도 별도 수수료가 없습니다.

취소나 변경은 이 번호로 문자나 전화 주시면 됩니다. 즐거운 제주 여행 되시길 바랍니다!
""")
))

# --- fr misaligned: reflux, rotation among turns 2-4 ---
INTL_A.append(D(
"misaligned", "fr",
"Misaligned: replies to turns 2-4 are rotated: turn 2 (lifestyle changes) gets the OTC-medication answer, turn 3 (pharmacy) gets the when-to-see-a-doctor answer, turn 4 (when to consult) gets the lifestyle answer.",
H("""
Bonjour. Depuis environ trois semaines, j'ai des brûlures derrière le sternum après les repas, surtout le soir quand je m'allonge. Parfois j'ai un goût acide dans la bouche. J'ai 42 ans. Qu'est-ce que ça peut être ?
"""),
G("""
Bonjour. Ce que vous décrivez correspond très bien au **reflux gastro-œsophagien (RGO)**, un trouble très fréquent. Je ne peux pas vous examiner, donc prenez ceci comme une information et non comme un diagnostic.

**Pourquoi cela y ressemble**
- **Brûlure derrière le sternum** qui remonte, après les repas : c'est le « pyrosis », le symptôme typique.
- **Aggravation en position allongée** : quand on est couché, l'acide de l'estomac remonte plus facilement dans l'œsophage.
- **Goût acide dans la bouche** : ce sont des « régurgitations acides ».

Le reflux survient quand le sphincter situé entre l'œsophage et l'estomac se relâche trop souvent. Les repas copieux, les repas tardifs, l'alcool, le tabac, le surpoids, le café ou certains aliments gras et épicés peuvent le favoriser.

**Consultez rapidement (sans attendre) si vous avez :**
- des **difficultés ou une douleur pour avaler**, ou la sensation que les aliments se bloquent ;
- une **perte de poids** inexpliquée ;
- des **vomissements**, surtout avec du sang, ou des **selles noires** ;
- une **fatigue** inhabituelle ou une pâleur (signe possible d'anémie) ;
- une douleur thoracique à l'effort, avec essoufflement ou sueurs : dans ce cas, il faut écarter une cause cardiaque en urgence, appelez le 15.

En l'absence de ces signes, le reflux se soulage souvent bien avec quelques changements d'habitudes et, si besoin, un traitement simple.
"""),
H("""
Quels changements d'habitudes je peux faire pour que ça aille mieux ?
"""),
G("""
En pharmacie, sans ordonnance, vous avez deux grandes familles de traitements, pour des symptômes occasionnels ou de courte durée.

**1. Les alginates et antiacides** (par exemple Gaviscon)
- Ils forment une sorte de « radeau » qui flotte sur le contenu de l'estomac et limite les remontées, ou neutralisent l'acide.
- **Action rapide**, en quelques minutes, mais de courte durée.
- À prendre **après les repas et au coucher**, selon la notice.
- Attention : ils peuvent gêner l'absorption d'autres médicaments ; espacez les prises d'environ 2 heures.

**2. Les inhibiteurs de la pompe à protons (IPP) à faible dose**
- L'**oméprazole 20 mg** ou le **pantoprazole 20 mg** existent en automédication.
- Ils **réduisent la production d'acide**. Ils agissent moins vite (il faut souvent 2-3 jours pour un effet complet) mais plus durablement.
- À prendre **une fois par jour, le matin, avant le petit-déjeuner**.
- En automédication, la durée de traitement est limitée à **14 jours**. Si les symptômes persistent au-delà, il faut consulter un médecin.

**Demandez conseil au pharmacien** si vous prenez d'autres médicaments (certains anticoagulants, par exemple), si vous êtes enceinte, ou si vous avez des problèmes de reins.

Et évitez l'automédication prolongée : si vous avez besoin d'un traitement plus de deux semaines, ou plusieurs fois par mois, c'est le signe qu'il faut en parler à votre médecin.
"""),
H("""
Et en pharmacie, qu'est-ce que je peux prendre sans ordonnance ?
"""),
G("""
Il est conseillé de voir un médecin dans plusieurs situations.

**Consultez votre médecin traitant si :**
- les symptômes persistent **au-delà de 2 semaines** malgré les mesures d'hygiène de vie et un traitement sans ordonnance ;
- vous avez besoin de médicaments **plus de deux ou trois fois par semaine** ;
- les symptômes **reviennent** dès que vous arrêtez le traitement ;
- les brûlures vous **réveillent la nuit** régulièrement, ou s'accompagnent d'une toux chronique, d'un enrouement ou de crises d'asthme nocturnes, qui peuvent être liés au reflux.

Le médecin pourra vous prescrire un IPP à dose adaptée, généralement pendant 4 à 8 semaines, puis réévaluer.

**Quand fait-on une fibroscopie ?**
La **fibroscopie œso-gastro-duodénale** (une caméra souple passée par la bouche, généralement sous anesthésie locale ou légère sédation) n'est pas systématique. Elle est surtout indiquée :
- en présence de **signes d'alarme** : difficulté à avaler, perte de poids, vomissements, saignement, anémie ;
- si les symptômes apparaissent pour la **première fois après 50 ans** ;
- si le reflux **résiste au traitement** bien conduit ;
- en cas de reflux ancien, pour rechercher des complications comme une œsophagite ou un endobrachyœsophage (« œsophage de Barrett »).

À 42 ans, avec des symptômes typiques depuis trois semaines et sans signe d'alarme, on commence en général par un traitement d'épreuve, sans examen immédiat.
"""),
H("""
Et à partir de quand faut-il voir un médecin, voire faire une fibroscopie ?
"""),
G("""
Plusieurs changements simples réduisent nettement le reflux chez beaucoup de personnes :

**Au moment des repas**
- **Dîner plus tôt** : laissez au moins **2 à 3 heures** entre le dernier repas et le coucher.
- **Des repas moins copieux** : un estomac très plein favorise les remontées. Mieux vaut plusieurs petits repas qu'un gros.
- **Limitez les aliments déclencheurs**, en observant ce qui vous concerne personnellement : plats gras ou frits, chocolat, menthe, café, alcool, boissons gazeuses, tomates, agrumes, plats épicés.

**La nuit**
- **Surélevez la tête du lit** de 10 à 15 cm (cales sous les pieds du lit ou coussin de surélévation). Empiler des oreillers est moins efficace, car cela plie le ventre.
- Essayez de **dormir sur le côté gauche** : plusieurs études montrent moins de reflux dans cette position.

**Au quotidien**
- **Tabac** : l'arrêt améliore le reflux.
- **Poids** : même une perte de quelques kilos, en cas de surpoids, réduit souvent nettement les symptômes.
- **Vêtements** : évitez les ceintures et pantalons trop serrés à la taille.
- Évitez de vous **pencher en avant** ou de faire un effort juste après le repas.

Tenez un petit carnet pendant deux semaines (repas, horaires, symptômes) : il vous aidera à repérer vos propres déclencheurs.
""")
))
