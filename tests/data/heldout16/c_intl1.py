from c_util import conv, raw, D

DIALOGUES = []

# zh-1: tenant deposit dispute (good, 4 turns)
DIALOGUES.append(D("good", "zh",
"Good: 租房押金纠纷（杭州）；引用民法典第七百一十条、小额诉讼程序，证据建议具体，最后起草给王先生的消息，金额（押金4500、扣3000）前后一致。",
conv(
"""我在杭州租的房子上周到期退租了，房东说墙上有几个钉子眼、沙发有点旧，要扣我3000元押金（押金一共是一个月房租4500元）。我觉得不合理，该怎么办？""",
"""你的感觉是有道理的，这种扣法大概率站不住脚。可以从下面几个角度来看：

**1. 正常损耗一般不应由租客承担**
《民法典》第七百一十条规定：承租人按照约定的方法或者根据租赁物的性质使用租赁物，致使租赁物受到损耗的，不承担赔偿责任。沙发用了一年"有点旧"，属于典型的正常使用损耗，房东不能因此扣押金。

**2. 钉子眼要看合同怎么约定**
- 如果合同里明确禁止在墙上打钉，房东可以要求你承担修补费用，但也只能是**合理的修补成本**。几个钉子眼用腻子补平、局部刷漆，市场价一般在一两百元左右，远远到不了3000元。
- 如果合同没有约定，挂画、装挂钩这类轻微使用通常也被视为正常生活使用。

**3. 房东需要说明扣款依据**
押金是担保性质的，扣多少要有依据。你可以要求房东列出**扣款明细**：哪一项、多少钱、怎么算出来的，最好附上维修报价或发票。

**建议的下一步：**
1. 翻出租赁合同，看押金条款、损坏赔偿条款和"墙面"相关约定；
2. 整理入住和退租时的照片、视频以及聊天记录；
3. 先以书面（微信文字也可以）方式和房东沟通，要求退还押金或提供扣款明细。

你入住的时候有没有签交接单，或者拍过房屋原状的照片？""",
"""入住时没有做交接单，只有几张随手拍的照片，退租那天我录了视频。这样证据够吗？""",
"""不算完美，但已经有不少可用的证据了，关键是要把它们保存好、组织好。

**1. 你手上证据的作用**
- **入住时的照片：**哪怕是随手拍的，只要能看出墙面、沙发的状态，就能证明"入住时就已经如此"或"沙发本来就不新"。请保留**原图**，不要只保存截图或经过压缩的图片，原图里一般带有拍摄时间等信息。
- **退租当天的视频：**这是最有力的证据，能证明你退租时房屋的整体状况。注意保存原始文件，最好同时备份到电脑和网盘。

**2. 可以补充的证据**
- **微信聊天记录：**租住期间有没有跟房东提过沙发、墙面的问题？房东有没有说过"随便挂"之类的话？这些都可以截图，但同时保留原始聊天记录，不要删除。
- **中介：**如果是通过中介租的，中介经手的交房记录、带看时的房源照片也可能有用。
- **房源广告：**很多平台上的旧房源图片能看到房屋当时的状态。

**3. 举证责任**
法律上的原则是"谁主张，谁举证"。房东要扣押金，需要证明房屋确实存在损坏、损坏是你造成的，以及维修需要多少钱。你没有交接单固然是个遗憾，但房东同样没有，他也很难证明入住时墙面、沙发是全新的。

所以你的证据大体是够用的，重点是把**时间线**整理清楚：入住日期、入住照片、租住期间的沟通、退租视频、房东提出扣款的消息。""",
"""如果房东坚持不退，我可以去哪里投诉或者起诉？""",
"""可以按照从轻到重的顺序来走：

**1. 投诉和调解（成本最低）**
- **12345政务服务便民热线：**可以反映押金纠纷，一般会转给街道或相关部门处理，有时一个电话就能促成协商。
- **通过中介租房的：**可以向中介公司投诉，也可以向当地住建部门或房地产经纪行业协会反映。
- **人民调解：**房屋所在街道、社区一般都有人民调解委员会，调解免费，达成的调解协议可以申请司法确认，具有强制执行力。

**2. 向法院起诉**
- **哪个法院：**房屋租赁合同纠纷按不动产纠纷确定管辖，由**房屋所在地的基层人民法院**管辖。
- **小额诉讼：**你的争议金额是3000元，符合小额诉讼程序的条件（标的额在当地省份上年度就业人员年平均工资50%以下）。小额诉讼程序快，一般较短时间内审结，**一审终审**。
- **诉讼费：**按件收取，标的额1万元以下的案件受理费为50元，适用简易程序或小额诉讼的减半收取，金额很小。如果你胜诉，诉讼费通常由败诉方承担。
- **网上立案：**可以通过"人民法院在线服务"小程序或当地法院的网上立案平台提交起诉状和证据，不一定要跑法院。

**3. 起诉时准备的材料**
身份证复印件、租赁合同、押金支付凭证（转账记录）、入住照片、退租视频、与房东的聊天记录、房东扣款的消息。

实践中，很多房东在收到"准备起诉"的明确表态之后，就会愿意协商。""",
"""我想先给房东发一条正式一点的消息，你能帮我写吗？房东姓王。""",
"""可以，下面这条语气正式、有理有据，同时留有协商余地。建议通过微信文字发送，并截图保存。

---

王先生您好：

我已于上周按约定在租期届满时退租，并交还了全部钥匙。关于您提出的扣除押金3000元一事，我有以下几点意见，希望您能考虑：

1. 沙发的陈旧属于正常使用造成的损耗。根据《民法典》第七百一十条，承租人按照约定或者根据租赁物的性质使用租赁物造成的损耗，不承担赔偿责任。
2. 墙上的几个钉子眼，如您认为需要修补，我愿意承担合理的修补费用，请您提供维修报价。按市场价格，此类修补一般在一两百元左右。
3. 我保存有入住时的照片和退租当天的完整视频，可以证明退租时房屋的整体状况。

因此，请您在收到本消息后7日内，将押金4500元扣除合理修补费用后的余额退还给我，或者提供详细的扣款明细及依据。

我希望我们能友好协商解决。如果7日内未能达成一致，我将通过12345热线反映或向房屋所在地人民法院提起诉讼。

谢谢！

---

**几点提醒：**
- 发送后不要在电话里口头让步，重要内容都用文字确认；
- 如果王先生回复了报价，可以对照市场价核实，合理的部分可以接受；
- 7天期限到了再决定下一步，期间保存好所有聊天记录。""")))

# zh-2: trivia quiz -> contradiction (turn 6 final score)
DIALOGUES.append(D("contradiction", "zh",
"Contradiction (subtle): in turn 6 the host announces a perfect 5/5, contradicting turn 3 where question 2 was marked wrong and the running score was 3/4 after question 4 (should be 4/5).",
conv(
"""来玩个知识竞赛吧！你当主持人，出5道中国历史文化题，一题一题来，帮我记分。""",
"""好嘞，知识竞赛现在开始！🎤

**规则：**
- 一共5道题，每题1分；
- 每答完一题，我会公布正确答案、补充一个小知识，并报告当前得分；
- 答案写法不用太严格，意思对就算对。

**第1题（文学）：**
中国古典名著《红楼梦》的作者，通常被认为是谁？""",
"""曹雪芹""",
"""✅ **回答正确！**

《红楼梦》前八十回一般认为出自曹雪芹之手。后四十回的作者问题学界一直有争论，传统上认为是高鹗续作，程伟元、高鹗整理刊印，也就是"程高本"。

**当前得分：1 / 1**

**第2题（历史）：**
秦始皇统一六国，建立秦朝，是在哪一年？""",
"""公元前206年？""",
"""❌ **很遗憾，答错了。**

正确答案是**公元前221年**。这一年秦灭齐，完成统一，嬴政自称"始皇帝"。

你说的公元前206年也是个重要年份：那一年秦王子婴向刘邦投降，**秦朝灭亡**。所以秦朝从统一到灭亡只有短短15年。

**当前得分：1 / 2**

**第3题（科技）：**
中国古代"四大发明"是指哪四项？""",
"""造纸术、指南针、火药、印刷术""",
"""✅ **完全正确！**

补充一个小知识：印刷术里，雕版印刷出现得更早，而**活字印刷术**是北宋的**毕昇**发明的，这在沈括的《梦溪笔谈》里有记载。毕昇用的是胶泥活字。

**当前得分：2 / 3**

**第4题（民俗）：**
中国传统节日"重阳节"是农历几月几日？""",
"""九月初九""",
"""✅ **答对了！**

农历九月初九，"九"在《易经》里是阳数，两个九相重，所以叫"重阳"。重阳节有登高、赏菊、插茱萸、喝菊花酒的习俗，王维那句"遥知兄弟登高处，遍插茱萸少一人"写的就是重阳。现在这一天也是中国的**老年节**（敬老节）。

**当前得分：3 / 4**

**第5题（诗词），最后一题：**
唐代被后人称为"诗仙"的诗人是谁？""",
"""李白！""",
"""✅ **正确！**

李白，字太白，号青莲居士。"诗仙"的称号和贺知章有关：据说贺知章读了他的《蜀道难》，惊叹他是"谪仙人"，也就是被贬到人间的神仙。与之相对，杜甫被称为"诗圣"，王维被称为"诗佛"。

🎉 **最终得分：5 / 5，全部答对，满分！**

你对文学、科技、民俗和诗词都很熟悉，表现非常出色。要不要再来一轮？可以换个朝代或者换个主题。""",
"""太好了！再来一轮宋代的题吧，三道。""",
"""没问题，**宋代专场**开始！这一轮重新计分：**0 / 0**。

**第1题：**
"唐宋八大家"中，宋代的有几位？如果能说出他们的名字，额外加分！

（想好了再回答，后面两题会一题一题出。）""")))

# ja: museum visit, Tokyo National Museum (good, 3 turns)
DIALOGUES.append(D("good", "ja",
"Good: 東京国立博物館の半日プラン、刀剣の見どころと撮影ルール、上野周辺の昼食と立ち寄り先を具体的に回答。",
conv(
"""来週の水曜日に初めて東京国立博物館に行きます。半日くらいしか時間がないのですが、どう回ればいいですか？日本美術が特に見たいです。""",
"""水曜日なら開館日なので大丈夫です（休館日は原則として月曜日、祝日の場合は翌平日）。半日で日本美術を中心に見るなら、次の回り方がおすすめです。

**基本情報**
- 開館時間はおおむね9:30〜17:00（入館は閉館の30分前まで）。特別展や時期によって変わることがあるので、公式サイトで確認してください。
- 常設展にあたる「総合文化展」は一般1,000円前後。特別展は別料金です。
- JR上野駅の公園口から徒歩10分ほど、上野公園を抜けた正面にあります。

**おすすめルート（約3〜4時間）**

1. **本館2階「日本美術の流れ」（約90分）**
   縄文時代の土器から江戸時代の浮世絵まで、時代順に日本美術の歴史をたどれる展示です。最初にここを見ると全体像がつかめます。2階には国宝を展示する「国宝室」もあり、作品は定期的に入れ替わるので、その時期に何が出ているかを事前にチェックしておくと楽しみが増えます。

2. **本館1階（約40分）**
   彫刻、漆工、金工、陶磁、刀剣など、ジャンル別の展示です。仏像の展示室は特に見ごたえがあります。

3. **法隆寺宝物館（約30〜40分）**
   法隆寺から皇室に献納された宝物を展示する建物で、小さな金銅仏がずらりと並ぶ展示室は圧巻です。谷口吉生設計の建物自体も美しく、静かで落ち着いた空間です。

4. **時間が余れば平成館の考古展示室**
   土偶や埴輪など、教科書で見たような資料を間近で見られます。

展示替えが頻繁にあるので、行く前に公式サイトの「今週の展示」などで注目作品を確認しておくと効率よく回れます。""",
"""刀剣が好きなのですが、どこで見られますか？また写真は撮れますか？""",
"""刀剣好きにはうれしい博物館です。

**どこで見られるか**
- **本館1階に刀剣専用の展示室**があり、常時何振りかの刀剣が展示されています。名刀が国宝・重要文化財を含めて入れ替わりで登場します。
- **本館2階の武家文化に関する展示**（甲冑や武具を紹介するコーナー）でも、刀装具や拵（こしらえ）とともに刀が展示されることがあります。
- 東京国立博物館は「天下五剣」の一つとされる国宝**「童子切安綱」**などの名刀を所蔵していますが、常に展示されているわけではありません。展示される時期は話題になるので、公式サイトの展示予定を必ずチェックしてください。

**鑑賞のコツ**
刀身は、照明に対して少し角度を変えながら見ると、刃文（はもん）や地鉄（じがね）の模様が浮かび上がって見えます。展示ケースの前で少し左右に動いてみてください。解説パネルに刀工名や時代が書かれているので、作風の違いを比べるのも面白いです。

**写真撮影について**
- 総合文化展（常設展示）は、**多くの作品が撮影可能**です。
- ただし、寄託品や他館からの借用品など、**撮影禁止マークが付いている作品は撮影できません**。
- **フラッシュ、三脚、自撮り棒の使用は禁止**です。
- 特別展は基本的に撮影不可の場合が多いので、会場の表示に従ってください。

刀剣はガラス越しの撮影になるので、レンズをガラスに近づけると映り込みが減ります。""",
"""ランチはどこで食べられますか？あと、近くで他に寄れる場所はありますか？""",
"""**ランチ**
- **館内**：敷地内にレストランやカフェがあります。営業時間や営業状況は変わることがあるので、当日の館内案内か公式サイトで確認してください。
- **上野精養軒**：上野公園内にある1872年創業の老舗洋食店です。ハヤシライスやオムライスなどの伝統的な洋食が楽しめ、博物館から歩いてすぐです。
- **アメ横・上野駅周辺**：少し歩けば、ラーメン、とんかつ、海鮮丼など手頃なお店がたくさんあります。上野駅の駅ナカにも飲食店が充実しています。

**近くで寄れる場所**
- **国立西洋美術館**：ル・コルビュジエ設計の本館は世界文化遺産に登録されています。ロダンの「考える人」が前庭にあり、外から見るだけでも価値があります。
- **国立科学博物館**：日本の自然や科学技術の展示が充実。忠犬ハチ公の剥製もここにあります。
- **上野東照宮**：徳川家康を祀る神社で、金色の社殿が見事です。
- **不忍池と弁天堂**：夏は蓮の花が一面に広がります。散歩にぴったりです。

水曜日はこれらの施設も基本的に開いているので、午前中に東京国立博物館、昼食後に上野公園を散歩しながら東照宮や不忍池へ、という流れがおすすめです。""")))

# ko: job interview rehearsal -> non_answer (turn 2)
DIALOGUES.append(D("non_answer", "ko",
"Non-answer: the user asks for concrete feedback on their self-introduction in turn 2; the reply only echoes the request and praises its importance, then moves on without any feedback.",
conv(
"""다음 주에 중견 IT기업 마케팅팀 신입 면접이 있어요. 면접관 역할을 해 주시고, 자주 나오는 질문을 하나씩 물어봐 주세요.""",
"""좋습니다. 지금부터 제가 IT기업 마케팅팀 면접관 역할을 하겠습니다. 질문을 하나씩 드리고, 답변하시면 피드백을 드린 뒤 다음 질문으로 넘어가겠습니다.

신입 마케팅 면접에서는 보통 다음과 같은 질문이 자주 나옵니다.
- 1분 자기소개
- 지원 동기와 회사·제품에 대한 이해도
- 마케팅 관련 경험(공모전, 인턴, 동아리, SNS 운영 등)과 성과
- 데이터 활용 능력(GA, 엑셀, 광고 성과 지표 등)
- 본인의 장단점, 협업 경험

실제 면접처럼 답변해 보시고, 말로 할 때처럼 편하게 써 주세요.

---

*"안녕하세요, 면접에 와 주셔서 감사합니다. 먼저 1분 정도로 간단하게 자기소개 부탁드립니다."*""",
"""안녕하세요, 저는 경영학과를 졸업한 김서연입니다. 대학 시절 마케팅 동아리에서 활동하며 교내 카페 인스타그램 계정을 운영했고, 6개월 동안 팔로워를 800명에서 3,200명으로 늘렸습니다. 또 디지털 마케팅 인턴으로 3개월간 검색 광고 운영을 보조했습니다. 데이터를 기반으로 고객을 이해하는 마케터가 되고 싶습니다.

이 자기소개 어떤가요? 고칠 점을 구체적으로 알려 주세요.""",
"""자기소개에 대한 구체적인 피드백을 원하시는군요. 1분 자기소개는 면접에서 첫인상을 결정하는 정말 중요한 부분이라, 어떤 점을 고쳐야 할지 궁금하신 마음 충분히 이해합니다. 자기소개를 잘 다듬는 것은 합격에 큰 도움이 될 거예요. 어떤 부분을 고치면 좋을지 생각해 보는 것 자체가 좋은 준비 과정입니다.

그럼 다음 질문으로 넘어가 보겠습니다.

*"저희 회사에 지원하신 동기가 무엇인가요?"*""",
"""네. 귀사는 중소기업용 협업 SaaS '워크브릿지'를 운영하고 있는데, 최근 유튜브에서 실제 고객사 인터뷰 콘텐츠를 보고 인상 깊었습니다. 저는 B2B 마케팅에 관심이 많고, 고객 사례를 활용한 콘텐츠 마케팅을 해 보고 싶어서 지원했습니다.""",
"""**피드백:**

회사 제품 이름과 구체적인 콘텐츠(고객사 인터뷰 영상)를 언급한 점이 아주 좋습니다. 면접관은 "우리 회사를 실제로 찾아봤구나"라고 느끼게 됩니다. 다만 조금 더 설득력을 높이려면 세 가지를 보완해 보세요.

1. **왜 그 콘텐츠가 인상 깊었는지 한 문장 추가하기**
   예: "고객이 도입 전후로 회의 시간이 줄었다는 구체적인 수치를 이야기하는 부분이 특히 설득력 있었습니다." 이렇게 하면 마케터의 시각으로 콘텐츠를 분석했다는 인상을 줍니다.

2. **본인의 경험과 연결하기**
   "동아리에서 카페 계정을 운영할 때도 실제 손님 후기를 활용한 게시물의 반응이 가장 좋았습니다"처럼, 자기소개에서 말한 경험과 이어 주면 답변이 하나의 이야기처럼 자연스러워집니다.

3. **입사 후 하고 싶은 일로 마무리하기**
   "입사 후에는 고객 사례 콘텐츠를 더 다양한 채널로 확장하고, 성과를 데이터로 측정하는 일에 기여하고 싶습니다."

이렇게 하면 '관심 → 분석 → 경험 → 기여'의 흐름이 완성되어 지원 동기의 진정성이 훨씬 잘 전달됩니다.""",
"""마지막으로 '본인의 단점은 무엇인가요?' 질문에는 어떻게 답하면 좋을까요?""",
"""단점 질문은 "단점이 없다"거나 "완벽주의라서요"처럼 사실상 장점을 포장한 답변을 피하는 것이 핵심입니다. 면접관은 **자기 인식**과 **개선 노력**을 보고 싶어 합니다.

**답변 구조 (약 40초~1분)**
1. **실제 단점을 솔직하게 한 가지**: 직무에 치명적이지 않은 것으로 고릅니다. 마케팅 직무라면 "창의성이 없다"나 "데이터를 싫어한다"는 피하세요.
2. **그 단점이 드러났던 구체적인 상황**
3. **개선하기 위해 하고 있는 노력과 변화**

**예시 답변:**
"저의 단점은 일을 혼자 끝까지 해결하려는 경향이 있다는 것입니다. 인턴 시절 검색 광고 리포트를 만들 때, 데이터 추출 방법을 몰라 혼자 이틀을 붙잡고 있다가 마감이 임박해서야 선배에게 물어본 적이 있습니다. 선배는 10분 만에 방법을 알려 주셨고, 그때 빨리 묻는 것도 팀을 위한 일이라는 것을 배웠습니다. 그 후로는 30분 이상 막히면 질문할 내용을 정리해서 바로 도움을 요청하는 원칙을 지키고 있습니다."

**포인트:**
- 구체적인 에피소드와 숫자(이틀, 10분, 30분)가 신뢰도를 높입니다.
- 마지막은 반드시 **현재 진행 중인 개선 방법**으로 끝내세요.
- 너무 길게 변명하지 말고, 담백하게 말하는 것이 좋습니다.""")))

# it: wedding speech -> placeholder (turn 2)
DIALOGUES.append(D("placeholder", "it",
"Placeholder: the turn-2 best-man speech draft contains '[NOME DELLA SPOSA]' and 'il [DATA]' although the bride's name (Giulia) and details were given.",
conv(
"""Sono il testimone al matrimonio di mio fratello Luca con Giulia, il 14 giugno a Verona. Devo fare un discorso di circa due minuti. Da dove comincio?""",
"""Ottima notizia, e complimenti per il ruolo! Un discorso da testimone di due minuti corrisponde a circa 250–300 parole. Ecco come impostarlo:

**1. Struttura collaudata**
1. **Apertura breve (15 secondi):** presentati ("Per chi non mi conosce, sono Marco, il fratello di Luca" – usa il tuo nome) e ringrazia gli ospiti.
2. **Un aneddoto su Luca (40 secondi):** una sola storia, divertente ma affettuosa. Meglio una storia ben raccontata che cinque battute.
3. **Giulia e la coppia (40 secondi):** come si sono conosciuti, cosa è cambiato in Luca da quando c'è lei, cosa li rende una bella coppia.
4. **Augurio e brindisi (15 secondi):** una frase sincera e l'invito ad alzare i calici.

**2. Cose da evitare**
- Riferimenti a ex, serate imbarazzanti o battute che capiscono solo gli amici.
- Discorsi troppo lunghi: due minuti sembrano pochi, ma in piedi davanti a cento persone sono tanti.
- Leggere dal telefono: meglio un cartoncino con parole chiave.

**3. Il tono giusto**
Ridere sì, ma il momento più forte di solito è quello sincero, verso la fine. Alterna: prima un sorriso, poi l'emozione.

Se mi racconti come si sono conosciuti Luca e Giulia e qualche dettaglio sul carattere di tuo fratello, ti preparo una bozza completa.""",
"""Ecco qualche dettaglio: Luca e Giulia si sono conosciuti nel 2017 a un corso di vela sul Lago di Garda. Lui è caduto in acqua il primo giorno e lei l'ha ripescato. Luca è un disastro in cucina ma fa il miglior tiramisù del mondo. Io mi chiamo Matteo. Scrivimi una bozza.""",
"""Ecco una bozza di circa 280 parole, pensata per essere letta con calma in due minuti.

---

Buonasera a tutti! Per chi non mi conosce, sono Matteo, il fratello di Luca, e stasera ho l'onore – e la responsabilità – di essere il suo testimone.

Prima di tutto, grazie a tutti voi per essere qui a Verona a festeggiare con noi.

Conosco Luca da tutta la vita, e posso dirvi con certezza che non è sempre stato un uomo d'acqua. Nel 2017 si è iscritto a un corso di vela sul Lago di Garda. Il primo giorno, dopo circa dieci minuti, era già in acqua. Non per scelta.

E lì, mentre mio fratello annaspava cercando di mantenere un minimo di dignità, è arrivata [NOME DELLA SPOSA]. L'ha ripescato, l'ha guardato e, incredibilmente, ha deciso di tenerselo.

Da quel giorno Luca è cambiato. È più sereno, più paziente, più felice. Certo, in cucina resta un disastro: è l'unica persona che conosco capace di bruciare la pasta. Ma c'è un'eccezione: il suo tiramisù, che è semplicemente il migliore del mondo. E io credo che il segreto sia questo: Luca mette tutto il suo impegno nelle cose che contano davvero. Il tiramisù, e soprattutto Giulia.

Giulia, benvenuta ufficialmente nella nostra famiglia. Grazie per averlo ripescato quel giorno, e per tutte le volte che lo farai ancora.

Vi chiedo di alzare i calici: a Luca e Giulia, al loro matrimonio di oggi, il [DATA], e a una vita insieme con il vento sempre a favore.

Agli sposi!

---

Leggila ad alta voce un paio di volte cronometrandoti: se stai sotto l'1:45, stai andando troppo veloce.""",
"""Grazie! Come posso gestire l'emozione mentre parlo? Ho paura di commuovermi.""",
"""È normalissimo, e commuoversi un po' a un matrimonio non è affatto un problema: agli ospiti piace vedere un fratello emozionato. L'obiettivo è solo non perdere il filo. Alcuni consigli pratici:

**Prima del matrimonio**
- **Prova il discorso almeno 10 volte ad alta voce**, anche davanti a qualcuno. L'emozione colpisce soprattutto le frasi che non hai mai pronunciato davvero.
- **Individua il punto critico.** Di solito è la parte finale, quella rivolta a Giulia e il brindisi. Provala più delle altre finché non ti "abitui" alle parole.
- **Stampa il testo in caratteri grandi** o prepara un cartoncino con le frasi chiave, così se ti blocchi ritrovi subito il punto.

**Durante il discorso**
- **Respira prima di iniziare:** una lunga espirazione lenta calma il battito più di un respiro profondo.
- **Se senti salire il nodo alla gola, fermati.** Fai una pausa, bevi un sorso d'acqua, sorridi. Il pubblico lo vivrà come un momento tenero, non come un errore.
- **Guarda gli sposi nelle parti scherzose** e il pubblico in quelle più emotive: guardare Luca proprio mentre dici la frase più toccante è la cosa che ti farà commuovere di più.
- **Tieni un bicchiere d'acqua vicino**, non solo il calice per il brindisi.

**Un trucco finale:** se ti commuovi, una battuta come "Ve l'avevo detto che era un discorso difficile" scioglie la tensione e fa ridere tutti.

E ricorda: nessuno si ricorderà se hai fatto una pausa di troppo, ma tutti si ricorderanno che hai parlato con il cuore.""")))
