from a_common import H, G, D

DIALOGUES = []

# ---------------------------------------------------------------- zh good: diabetes diet
DIALOGUES.append(D("good", "zh",
"Good: 子女为刚确诊2型糖尿病的父亲安排饮食：总原则、主食份量、水果、一日食谱、喝粥问题；具体且前后一致。",
[
H("""
我爸今年65岁，上个月体检查出2型糖尿病，空腹血糖8.2，糖化血红蛋白7.8%。医生先让他控制饮食加运动，三个月后复查。家里一直是我妈做饭，我想帮他们把饮食理清楚，总的原则是什么？
"""),
G("""
您父亲目前的情况（空腹血糖8.2 mmol/L，糖化血红蛋白7.8%）属于刚确诊、尚未用药的阶段，这时候认真调整饮食和运动，很多人三个月后指标能明显下降，甚至暂时不需要吃药。饮食上的总原则可以概括为以下几点：

**1. 控制总量，而不是完全不吃某类食物。** 糖尿病饮食不是"不吃主食"，而是每餐定时定量，避免一顿吃很多、一顿不吃。

**2. 用"餐盘法"搭配每一餐。** 准备一个直径约22–24厘米的盘子：
- **一半**放非淀粉类蔬菜（绿叶菜、西兰花、黄瓜、番茄、菌菇等）
- **四分之一**放优质蛋白（鱼、虾、鸡肉、瘦肉、鸡蛋、豆腐）
- **四分之一**放主食，最好粗细搭配

**3. 调整进餐顺序：先吃菜，再吃肉，最后吃主食。** 研究表明，这样可以明显降低餐后血糖峰值。

**4. 主食选"慢"的。** 糙米、燕麦、荞麦、杂豆等升糖比精白米面慢，建议占主食的三分之一左右。

**5. 少油少盐，避免含糖饮料。** 炒菜用油每人每天约25克，食盐不超过5克；果汁、含糖饮料、蜂蜜水尽量不喝。

**6. 吃饭细嚼慢咽，每餐20分钟左右。**

另外，建议家里买一个血糖仪，每周挑两三天测一下空腹和餐后2小时血糖，这样能直观看到哪些饭菜对他影响大。
"""),
H("""
他最放不下的是米饭，以前一顿能吃两大碗。现在每顿吃多少合适？
"""),
G("""
从两大碗一下子减到很少，老人往往坚持不住，建议**分两三周逐步减量**。

**目标份量**
对于65岁、活动量一般的男性，每餐主食一般建议**生重50–75克大米**，大约相当于**熟米饭130–200克**，也就是**一个普通饭碗的半碗到大半碗**，或者差不多他自己一个拳头大小。具体量可以根据他的身高体重和血糖再调整。

**让他"吃得饱"的小办法**
- **换小碗**：用直径约11厘米的小碗盛饭，视觉上是满满一碗。
- **杂粮饭**：大米里加三分之一的糙米、燕麦米或红豆，口感更有嚼劲，升糖也慢。糙米和豆类需要提前浸泡2–4小时。
- **饭煮得稍硬一点**：煮得越软烂，升糖越快。
- **冷一点再吃的剩饭**：米饭冷藏后会形成部分"抗性淀粉"，重新加热后升糖稍慢，但要注意彻底加热。
- **多加菜和蛋白质**：每餐蔬菜要够（熟重约200–250克），再加一个手掌心大小的肉、鱼或一块豆腐，饱腹感会好很多。

**怎么确认合适**
吃完饭后2小时测一次血糖，一般建议控制在**10 mmol/L以下**。如果某一餐超过这个数，下次可以把米饭再减一点，或者把其中一部分换成杂粮。
"""),
H("""
他还很喜欢吃水果，我妈说得了糖尿病就不能吃水果了，是这样吗？
"""),
G("""
不是完全不能吃，但要讲究**时机、种类和份量**。

**什么时候可以吃**
一般建议在血糖比较平稳时再吃，比如空腹血糖在7 mmol/L左右、餐后2小时在10 mmol/L以下。您父亲现在空腹8.2，可以先少量吃，同时监测血糖。

**怎么吃**
- **放在两餐之间吃**，比如上午10点或下午3点，不要饭后马上吃。
- **每天总量约200克**（大约一个中等大小的苹果或梨），可以分两次吃。
- **吃完整的水果，不喝果汁。** 果汁没有纤维，升糖很快。

**优先选择（升糖较慢）**
苹果、梨、柚子、橙子、草莓、樱桃、桃子、猕猴桃

**尽量少吃（含糖高或升糖快）**
荔枝、龙眼、榴莲、芒果、大枣、葡萄干等果干，还有熟透的香蕉

**小窍门**：吃水果那天，可以把当天主食减少约25克生米的量，相当于"换着吃"，总的碳水化合物不增加。第一次吃某种水果后，最好测一下2小时血糖，看看他自己的反应。
"""),
H("""
能不能帮我排一个具体的一天食谱？我妈做饭偏南方口味。
"""),
G("""
好的，下面是一份偏南方口味、适合他目前情况的一日食谱，总能量大约1600–1700千卡，可以根据他的体重变化再调整。

**早餐（7:00）**
- 燕麦杂粮粥一小碗：燕麦20克 + 大米15克（煮好后不要太烂）
- 水煮蛋1个
- 凉拌黄瓜或清炒小白菜一份（约100克）
- 无糖豆浆200毫升

**上午加餐（10:00）**
- 苹果半个或柚子2瓣（约100克）

**午餐（12:00）**
- 杂粮饭：大米50克 + 糙米25克（生重）
- 清蒸鲈鱼约100克
- 蒜蓉菜心200克
- 番茄豆腐汤一碗（少盐）

**下午加餐（15:30）**
- 原味坚果一小把（约15克），或无糖酸奶100克

**晚餐（18:00）**
- 杂粮饭：大米40克 + 红豆10克（生重）
- 香菇蒸鸡（去皮鸡腿肉约80克）
- 白灼西兰花150克
- 冬瓜海带汤一碗

**烹饪提示**
- 多用蒸、煮、白灼、清炖，少用红烧和油炸；红烧时糖可以换成少量代糖。
- 蘸料用生抽加蒜末、辣椒，少用甜面酱、海鲜酱。
- 全天用油约25克，盐不超过5克。

晚饭后可以陪他散步30分钟左右，对降低餐后血糖特别有效。
"""),
H("""
他早上习惯喝白粥配咸菜，说不喝粥就不舒服。这个能保留吗？
"""),
G("""
可以保留，但需要改一改做法，因为**白粥是升糖最快的主食之一**：米煮得越久越烂，淀粉越容易被吸收，再加上喝得快，餐后血糖常常冲得很高。

**改良方法**
1. **从白粥换成杂粮粥**：大米和燕麦、糙米、红豆、绿豆、藜麦搭配，白米不超过一半。
2. **不要熬得太烂**：煮到米粒开花、还能看出颗粒就关火；杂粮可以提前浸泡，缩短煮的时间。
3. **控制份量**：一小碗（约250毫升）就够，相当于我之前食谱里的燕麦20克加大米15克。
4. **配蛋白质和蔬菜**：一个鸡蛋、一小碟凉拌菜或炒青菜，先吃菜和蛋，再慢慢喝粥。
5. **咸菜少吃**：咸菜含盐太高，对血压不好。可以换成少量凉拌海带丝、拍黄瓜，或者用低钠的榨菜，每次一两筷子。

**验证效果**
换成杂粮粥后，连续测两三天早餐后2小时血糖。如果仍然超过10 mmol/L，可以把粥换成燕麦片加牛奶，或者杂粮馒头配豆浆，再做比较。

这样他既保留了喝粥的习惯，血糖也更容易控制。三个月后复查时，把这段时间的血糖记录一起带给医生看。
"""),
]))

# ---------------------------------------------------------------- zh contradiction: chiffon temperature
DIALOGUES.append(D("contradiction", "zh",
"Contradiction (subtle): turn-1 and turn-2 replies give 150°C for the 6-inch chiffon; the turn-3 reply says 'as before, the 6-inch used 160°C'.",
[
H("""
我想在家做一个6寸的戚风蛋糕，家里是普通的上下火烤箱。能给我一个详细的配方和步骤吗？
"""),
G("""
好的，下面是一个成功率比较高的6寸戚风配方（活底模，不防粘）。

**材料**
蛋黄糊：
- 鸡蛋3个（每个约55–60克，带壳），蛋黄蛋白分开
- 牛奶40克
- 玉米油（或其他无味植物油）30克
- 低筋面粉50克
- 细砂糖10克（加在蛋黄里）

蛋白霜：
- 蛋白3个
- 细砂糖35克
- 柠檬汁几滴（或白醋）

**步骤**
1. **预热烤箱：上下火150°C，预热15分钟。**
2. 牛奶、玉米油、10克糖混合，用手动打蛋器搅拌到乳化（看不见油花）。
3. 筛入低筋面粉，用"Z"字形搅拌均匀，不要过度搅拌。
4. 加入蛋黄，搅拌成细腻顺滑的蛋黄糊。
5. 蛋白放在无水无油的盆里，加柠檬汁，用电动打蛋器打到粗泡，**35克糖分三次加入**，打到**提起打蛋头有短小直立的尖角**（硬性发泡）。
6. 取三分之一蛋白霜加入蛋黄糊，翻拌均匀，再倒回剩下的蛋白霜里，**快速翻拌**，不要画圈。
7. 倒入模具，从10厘米高处震两下，震出大气泡。
8. 放入烤箱**中下层**，**150°C烤约50分钟**。用竹签插入中心，拔出没有湿面糊就好了。
9. 出炉后从20厘米高处震一下，**立刻倒扣**，完全放凉（约1–2小时）后再脱模。
"""),
H("""
我照做了，结果蛋糕表面裂得很厉害，而且倒扣放凉后底部往里凹了一块。是哪里出了问题？
"""),
G("""
这两个问题都很常见，分开来看：

**1. 表面开裂**
戚风表面轻微开裂其实很正常，但裂得很厉害，通常有以下原因：
- **温度偏高**：很多家用烤箱实际温度比设定高10–20°C。建议买一个烤箱温度计，确认150°C是真的150°C。
- **蛋白打得太硬**：打到干性发泡（尖角完全硬挺、有颗粒感），膨胀时缺乏弹性，容易爆裂。打到**硬性发泡、尖角短而直**就要停。
- **位置太高**：离上火太近，表面很快定型，里面还在膨胀，就会被撑裂。放中下层。

如果想要表面完整，可以试试**先150°C烤20分钟，再降到140°C烤30分钟**，或者在蛋糕膨起到最高后，在上方放一张锡纸。

**2. 底部凹陷（"凹底"）**
- **底火不足或没烤熟**：底部的面糊还没有完全定型。可以把模具放到更低一层，或者延长5分钟。
- **蛋黄糊没有乳化好**：油和牛奶没有充分混合，油会沉到底部，形成凹底或一层湿湿的"布丁层"。
- **倒扣前没有震出热气**：出炉后一定要从高处震一下再倒扣。
- **模具有防粘涂层**：戚风需要"爬"着模具壁往上长，防粘模具容易导致回缩和凹底。

建议下一次先用烤箱温度计确认温度，蛋白打到硬性发泡就停，再观察效果。
"""),
H("""
过两周是我妈生日，我想做一个8寸的。配方和烤的时间要怎么换算？
"""),
G("""
8寸模具的底面积大约是6寸的1.8倍（半径10厘米对7.5厘米，面积比约为1.78），所以配方大约**乘以1.8**，为了方便取整：

**8寸戚风配方**
蛋黄糊：
- 鸡蛋5个，蛋黄蛋白分开
- 牛奶70克
- 玉米油55克
- 低筋面粉90克
- 细砂糖15克

蛋白霜：
- 蛋白5个
- 细砂糖60克
- 柠檬汁几滴

**步骤**和6寸完全一样：乳化、筛粉、加蛋黄，蛋白分三次加糖打到硬性发泡，分两次翻拌，入模震出气泡。

**温度和时间**
蛋糕更大更厚，需要低温长时间烤透。和之前6寸一样的温度（160°C），先烤20分钟，然后**降到140°C再烤40–45分钟**，总共约60–65分钟。最后10分钟开始用竹签检查，插入中心拔出干净即可。

**几个注意点**
- 8寸面糊量多，翻拌要更快更轻，避免消泡。
- 放烤箱**最下层或倒数第二层**，确保上面留有足够空间膨胀。
- 出炉后同样要震一下立刻倒扣，**至少放凉2小时**再脱模，否则容易塌。

如果要做成生日蛋糕夹奶油水果，建议放凉后横切成三片，每片夹一层打发淡奶油和水果。
"""),
H("""
奶油要打多少？做好以后能提前一天放冰箱吗？
"""),
G("""
**奶油用量（8寸，夹两层加外面抹面）**
- 动物淡奶油（乳脂含量35%左右）**400–450克**
- 细砂糖**30–35克**（淡奶油重量的大约8%）

**打发要点**
- 淡奶油要冷藏至少12小时，盆和打蛋头最好也冰一下。夏天可以在盆底垫冰水。
- 用中速打到**出现纹路、提起有弯钩**，用来抹面和夹层正好；挤花需要再打一点点到尖角挺立，但不要打过头，否则会油水分离。

**提前制作**
- **戚风蛋糕坯**可以提前一天烤好，完全放凉后用保鲜膜包好，室温或冷藏保存，第二天再夹奶油。
- **组装好的奶油蛋糕**可以提前一天做好，放在**蛋糕盒里冷藏（约4°C）**，最好在24小时内吃完。切开前从冰箱拿出放15–20分钟，口感更好。
- 草莓、芒果等水果切开后容易出水，最好当天早上再放在表面装饰；夹层里的水果要用厨房纸吸干水分。
"""),
]))

# ---------------------------------------------------------------- ja good: insomnia
DIALOGUES.append(D("good", "ja",
"Good: 寝つきの悪い40代会社員が睡眠衛生、週末の寝だめ、寝酒、受診の目安について相談；具体的で一貫している。",
[
H("""
45歳の会社員です。ここ3か月ほど、布団に入ってから眠るまでに1時間以上かかります。寝る前はだいたいベッドでスマホを見ています。何から改善すればいいでしょうか？
"""),
G("""
3か月続いているとのことなので、生活習慣を見直す良いタイミングだと思います。寝つきの悪さ（入眠困難）には、まず次の点から取り組むのがおすすめです。

**1. 就寝前のスマホをやめる（最優先）**
画面の光、とくにブルーライトは眠気を促すメラトニンの分泌を抑えます。さらにSNSやニュース、仕事のメールは脳を覚醒させます。**寝る1時間前にはスマホを寝室の外で充電**し、代わりに紙の本や軽いストレッチにしましょう。

**2. 起きる時間を毎日そろえる**
寝る時間より**起きる時間を固定する**ほうが体内時計は整います。休日もプラス1時間以内に。朝起きたらカーテンを開けて**15〜30分、日光を浴びる**と、夜の眠気が自然に来やすくなります。

**3. 「眠くなってから」布団に入る**
眠くないのに早めに布団に入ると、「布団＝眠れずに悩む場所」と脳が覚えてしまいます。布団に入って**20分ほど眠れなければ一度起きて**、薄暗い部屋で静かに過ごし、眠気が来たら戻ります。

**4. 入浴のタイミング**
**寝る90分前に38〜40℃のお湯に15分ほど**つかると、その後体の深部体温が下がるタイミングで眠りやすくなります。

**5. カフェインは午後2時まで**
コーヒー、緑茶、エナジードリンクのカフェインは5〜6時間ほど体に残ります。

まずは1と2を2週間続けてみて、簡単な睡眠日記（布団に入った時刻・眠れた時刻・起床時刻）をつけると、変化がわかりやすくなります。
"""),
H("""
平日は6時起きですが、週末は10時頃まで寝て「寝だめ」しています。これは良くないですか？
"""),
G("""
気持ちはよくわかりますが、寝つきの悪さという点では**逆効果になりやすい**です。

**なぜ問題か**
- 平日6時、週末10時だと、起床時刻が**4時間ずれます**。これは毎週、東京からドバイへ時差のある旅行をしているようなもので、「社会的時差ぼけ」と呼ばれます。
- 日曜の朝に遅く起きると、日曜の夜に眠気が来るのも遅くなり、**日曜の夜が一番眠れない**という悪循環になります。

**おすすめの方法**
- 週末も**7時、遅くても8時まで**には起きる（平日との差を1〜2時間以内に）。
- 眠気が強ければ、**午後3時までに20〜30分の昼寝**で補う。それ以上長い昼寝や夕方の昼寝は夜の睡眠を削ります。
- 起きたらすぐに日光を浴びる。散歩や朝食を外で取るのも効果的です。

平日の睡眠不足を根本的に減らすには、平日の就寝を少しずつ早め、**6時間半〜7時間半**の睡眠を確保することが目標です。
"""),
H("""
実は寝つきをよくしようと、寝る前に缶ビール1本か焼酎を少し飲んでいます。これも関係ありますか？
"""),
G("""
関係している可能性が高いです。いわゆる「寝酒」は、一時的には寝つきを良くするように感じますが、睡眠全体の質を下げてしまいます。

**アルコールが睡眠に与える影響**
- 飲んで数時間後、アルコールが分解される過程で**眠りが浅くなり、夜中や明け方に目が覚めやすく**なります。
- 利尿作用でトイレに起きやすくなります。
- 喉の筋肉がゆるみ、**いびきや睡眠時無呼吸**が悪化することがあります。
- 毎晩続けると効果に**慣れ（耐性）**ができ、同じ効果を得るために量が増えがちです。そして「飲まないと眠れない」という状態になりやすくなります。

**おすすめ**
- まず**2週間、寝酒をやめてみて**、睡眠日記で変化を確認してください。最初の数日は寝つきが悪く感じることがありますが、多くの場合1〜2週間で落ち着きます。
- お酒を楽しむなら、**夕食と一緒に、寝る3〜4時間前まで**にし、量は缶ビール1本程度までに。
- 寝る前の「儀式」として、ノンアルコールビール、白湯やカモミールティー（カフェインなし）に置き換えるのも一つの方法です。
"""),
H("""
これらを1か月試しても改善しない場合、病院に行くべきですか？睡眠薬は怖いイメージがあります。
"""),
G("""
はい、**1か月生活習慣を整えても改善しない場合や、日中の眠気・集中力の低下で仕事に支障がある場合は、受診をおすすめします。** 次のような場合は、1か月を待たずに早めに相談してください。

- 気分の落ち込み、興味の低下、不安が強い（うつ病や不安障害のサインのことがあります）
- 家族に**大きないびきや呼吸が止まる**ことを指摘される（睡眠時無呼吸症候群）
- 夕方以降に**脚がむずむずして**じっとしていられない（むずむず脚症候群）

**どこに行けばいいか**
まずはかかりつけの内科で構いません。専門的な検査が必要な場合は「睡眠外来」や精神科・心療内科を紹介してもらえます。

**睡眠薬について**
以前の睡眠薬には依存や翌日へのふらつきの問題がありましたが、現在は**オレキシン受容体拮抗薬**（スボレキサント、レンボレキサントなど）や**メラトニン受容体作動薬**（ラメルテオン）など、依存性が比較的低い薬も使われています。医師の指示どおりに使えば、過度に怖がる必要はありません。

また、薬を使わない治療として**不眠症のための認知行動療法（CBT-I）**があり、国際的には第一選択とされています。実施している医療機関はまだ限られますが、受診の際に「薬以外の方法も知りたい」と伝えてみてください。睡眠日記を持参すると、診察がスムーズになります。
"""),
]))

# ---------------------------------------------------------------- ko non_answer: toddler tantrums
DIALOGUES.append(D("non_answer", "ko",
"Non-answer: 3번째 답변이 '무시할지 안아줄지' 질문을 되풀이하고 공감만 할 뿐 아무 정보도 주지 않음.",
[
H("""
세 살 아들이 마트만 가면 장난감 코너에서 드러누워 울어요. 사주지 않으면 20분씩 소리를 질러서 결국 사주게 되는데, 어떻게 해야 할까요?
"""),
G("""
세 살은 원하는 것은 분명한데 감정을 조절하는 뇌 기능은 아직 한참 발달 중인 시기라, 마트에서의 떼쓰기는 정말 흔한 일입니다. 다만 지금처럼 **20분 울면 결국 사주게 되는 패턴**이 반복되면, 아이는 "오래, 크게 울면 얻을 수 있다"는 것을 배우게 됩니다. 그래서 핵심은 **미리 약속하고, 일관되게 지키는 것**입니다.

**마트에 가기 전**
- 들어가기 전에 짧고 분명하게 약속합니다. "오늘은 저녁거리를 사러 왔어. 장난감은 안 사. 대신 바나나는 네가 골라줘."
- 가능하면 **장난감 코너를 지나지 않는 동선**을 택합니다.
- 배고프거나 졸린 시간(낮잠 전, 저녁 직전)은 피하고, 간식을 챙겨 갑니다.
- 아이에게 **역할**을 줍니다. 카트에 물건 넣기, 사과 세 개 고르기 등.

**떼를 쓰기 시작하면**
1. 낮고 차분한 목소리로 감정을 읽어 줍니다. "저 자동차가 정말 갖고 싶구나. 속상하지."
2. 그리고 한 번만 분명하게 말합니다. "그래도 오늘은 안 사."
3. 드러누우면 안전한 곳(한적한 통로, 매장 밖, 차 안)으로 **조용히 안아서 이동**합니다.
4. 진정될 때까지 옆에서 기다리되, 설득하거나 협상하지 않습니다.

**가장 중요한 것**
처음 몇 번은 오히려 더 심하게 울 수 있습니다("소거 폭발"). 이때 사주면 다음에는 더 오래 울게 되니, **2–3주만 일관되게 버티면** 대부분 눈에 띄게 줄어듭니다. 진정한 뒤에는 꼭 안아 주며 "속상했는데 잘 진정했네"라고 칭찬해 주세요.
"""),
H("""
솔직히 저도 지쳐서 같이 소리를 지르게 돼요. 그러고 나면 너무 후회되고요.
"""),
G("""
그 마음, 정말 많은 부모님이 겪는 일입니다. 지친 상태에서 아이가 계속 울면 부모의 뇌도 "위협 모드"가 되어 소리를 지르게 되는 건 자연스러운 반응이에요. 중요한 건 완벽하게 참는 것이 아니라, **조금씩 줄이고, 소리쳤을 때 잘 회복하는 것**입니다.

**그 순간에 쓸 수 있는 방법**
- **내 신호를 알아차리기**: 목소리가 커지고, 어깨에 힘이 들어가고, 숨이 빨라지는 순간을 기억해 두세요.
- **숨 고르기**: 코로 4초 들이마시고 입으로 6초 내쉬기를 세 번. 몸이 먼저 진정돼야 말도 차분해집니다.
- **잠깐 물러나기**: 아이가 안전하다면 "엄마(아빠)도 화가 나서 잠깐 진정하고 올게"라고 말하고 몇 걸음 떨어져도 괜찮습니다. 이것 자체가 아이에게 감정 조절의 좋은 본보기가 됩니다.
- **짧은 문장 미리 정해 두기**: "안 돼. 기다릴게." 같은 짧은 말을 정해 두면, 길게 화내며 말할 일이 줄어듭니다.

**소리쳤다면**
아이가 진정된 뒤에 "아까 엄마가 소리 질러서 미안해. 엄마도 화가 많이 났었어. 다음에는 숨을 쉬어 볼게"라고 사과해 주세요. 이런 **관계 회복**은 아이에게 상처를 남기기보다 오히려 감정을 다루는 법을 가르쳐 줍니다.

그리고 부모님 자신의 수면, 휴식, 도움받을 사람이 있는지도 꼭 챙기세요. 지친 정도가 심하다면 배우자나 가족과 역할을 나누는 것이 필요합니다.
"""),
H("""
떼쓸 때 그냥 무시하는 게 맞나요, 아니면 안아주면서 달래야 하나요? 육아 책마다 말이 달라서 헷갈려요.
"""),
G("""
정말 좋은 질문이에요. 아이가 떼를 쓸 때 그냥 무시하는 것이 맞는지, 아니면 안아 주면서 달래야 하는지 궁금하신 거죠. 육아 책마다 말이 달라서 헷갈리신다는 것도 충분히 이해가 됩니다. 이 부분은 많은 부모님들이 고민하는 문제이고, 아이의 떼쓰기에 어떻게 반응하느냐는 정말 중요한 일이에요. 이렇게 아이를 위해 여러 책을 찾아 읽고 고민하시는 모습이 참 멋지다고 생각합니다.
"""),
H("""
다음 주에 어린이집 선생님과 상담이 있는데, 이 문제에 대해 뭘 물어보면 좋을까요?
"""),
G("""
좋은 기회예요. 어린이집에서의 모습을 알면 집에서의 떼쓰기를 이해하는 데 큰 도움이 됩니다. 이런 질문들을 준비해 가 보세요.

**아이의 모습에 대해**
- "어린이집에서도 원하는 걸 못 가질 때 떼를 쓰거나 드러눕나요? 그럴 때 얼마나 오래 가나요?"
- "주로 어떤 상황에서 힘들어하나요? (전이 시간, 낮잠 전, 친구와 장난감 다툼 등)"
- "스스로 진정하는 방법이 있나요? 선생님은 어떻게 도와주시나요?"
- "말로 감정을 표현하는 편인가요? ('싫어', '속상해' 등)"

**선생님의 방법에 대해**
- "어린이집에서 쓰는 규칙이나 말(예: '기다려요', '진정 의자')이 있다면 집에서도 똑같이 쓰고 싶어요."
- "떼를 쓸 때 어떤 반응이 가장 효과가 있었나요?"

**가정과의 연계**
- 집에서 시도하고 있는 방법(마트 가기 전 약속하기, 감정 읽어 주고 한 번만 단호하게 말하기)을 공유하고, 일관성을 맞출 수 있는지 물어보세요.
- "또래와 비교했을 때 걱정할 수준인지"도 솔직하게 물어보셔도 됩니다.

상담 후에는 집과 어린이집에서 **같은 말과 같은 규칙**을 쓰는 것이 가장 큰 효과를 냅니다. 만약 떼쓰기가 하루에도 여러 번, 아주 길게(25분 이상) 지속되거나, 자신이나 다른 사람을 자주 다치게 한다면 소아청소년과 발달 상담을 받아 보는 것도 좋습니다.
"""),
]))

# ---------------------------------------------------------------- de good: dementia care
DIALOGUES.append(D("good", "de",
"Good: Tochter organisiert die Pflege der Mutter mit beginnender Demenz: Pflegegrad, Umgang mit Wiederholungen, Sicherheit, Entlastung, Trinken, Vorsorgevollmacht; konkret und stimmig.",
[
H("""
Meine Mutter (79) hat vor zwei Monaten die Diagnose beginnende Alzheimer-Demenz bekommen. Sie lebt noch allein, ich wohne 20 Minuten entfernt. Womit fange ich an, was die Pflegeversicherung angeht?
"""),
G("""
Das ist ein guter Zeitpunkt, sich zu kümmern, denn viele Leistungen gibt es erst ab Antragstellung und nicht rückwirkend.

**1. Pflegegrad beantragen**
- Der Antrag geht an die **Pflegekasse**, die bei der Krankenkasse Ihrer Mutter angesiedelt ist. Ein formloser Anruf oder ein kurzes Schreiben genügt; die Kasse schickt dann die Formulare.
- Anschließend kommt der **Medizinische Dienst (MD)** (bei Privatversicherten Medicproof) zu einem Hausbesuch und begutachtet, wie selbstständig Ihre Mutter im Alltag ist. Bei Demenz zählen dabei ausdrücklich auch **Orientierung, Gedächtnis, Alltagsgestaltung und Verhalten**, nicht nur körperliche Hilfe.
- Die Kasse muss in der Regel innerhalb von **25 Arbeitstagen** entscheiden.

**2. Begutachtung gut vorbereiten**
- Führen Sie **zwei Wochen lang ein Pflegetagebuch**: Wobei braucht sie Erinnerung oder Hilfe (Medikamente, Essen, Körperpflege, Termine, Geld)? Wie oft?
- **Seien Sie beim Termin dabei.** Menschen mit beginnender Demenz wirken in solchen Situationen oft erstaunlich fit ("Fassadenverhalten").
- Arztberichte und Medikamentenplan bereitlegen.

**3. Beratung nutzen**
- Sie haben Anspruch auf eine **kostenlose Pflegeberatung** durch die Pflegekasse.
- **Pflegestützpunkte** in Ihrer Region beraten neutral zu allen Leistungen und Angeboten vor Ort.
- Die **Alzheimer-Gesellschaft** bietet Beratung, Angehörigengruppen und ein Alzheimer-Telefon.

Bei beginnender Demenz ist oft **Pflegegrad 1 oder 2** realistisch. Schon Pflegegrad 1 bringt den **Entlastungsbetrag** (Stand 2025: 131 € monatlich) für anerkannte Alltagshilfen; ab Pflegegrad 2 kommen Pflegegeld bzw. Pflegesachleistungen hinzu.
"""),
H("""
Sie fragt mich bei jedem Besuch zehnmal, welcher Tag heute ist und wann ich wiederkomme. Ich werde dann ungeduldig, und das tut mir leid. Wie gehe ich damit um?
"""),
G("""
Das kennen fast alle Angehörigen, und Ungeduld ist eine normale Reaktion. Hilfreich ist, sich klarzumachen: Ihre Mutter fragt nicht, um Sie zu ärgern. **Für sie ist jede Frage die erste**, weil das Kurzzeitgedächtnis die Antwort nicht speichert. Hinter der Frage steckt oft **Unsicherheit**: "Bin ich allein? Kommt jemand?"

**Was im Alltag hilft**
- **Antworten Sie jedes Mal kurz und freundlich**, ohne "Das habe ich dir doch schon gesagt". Dieser Satz verunsichert sie nur.
- **Externe Gedächtnisstützen:** eine gut lesbare **Kalenderuhr** mit Wochentag und Datum (gibt es speziell für Menschen mit Demenz), ein großer Wandkalender, auf dem Sie Ihre Besuche eintragen, und ein Zettel "Anja kommt am Donnerstag um 15 Uhr" an einer festen Stelle.
- **Auf das Gefühl eingehen:** "Du möchtest wissen, wann ich wiederkomme. Ich komme bestimmt, am Donnerstag. Schau, hier steht es." Die Beruhigung ist wichtiger als die Information.
- **Ablenkung** nach der Antwort: gemeinsam Tee kochen, Fotos anschauen, einen kurzen Spaziergang.

**Für Sie selbst**
- Wenn Sie merken, dass die Geduld zu Ende geht, ist ein kurzer Gang in die Küche völlig in Ordnung.
- Der Austausch in einer **Angehörigengruppe** entlastet erstaunlich, weil man merkt, dass es anderen genauso geht.
"""),
H("""
Ich mache mir Sorgen wegen des Herds. Letzte Woche stand ein Topf stundenlang auf der heißen Platte. Was kann ich tun?
"""),
G("""
Die Sorge ist berechtigt; der Herd ist eines der größten Sicherheitsrisiken, wenn Menschen mit Demenz allein leben. Es gibt gute Lösungen, die ihr die Selbstständigkeit lassen:

**Technische Lösungen**
- **Herdabschaltung / Herdwächter:** ein Gerät, das Hitze oder Rauch über dem Herd erkennt bzw. die Nutzungsdauer überwacht und den Herd automatisch abschaltet. Es wird zwischen Stromanschluss und Herd installiert, am besten vom Elektriker. Kosten ca. 200–600 € plus Einbau.
- **Zeitschaltung:** manche Systeme schalten den Herd nach einer festgelegten Zeit ab, z. B. nach 30 Minuten.
- **Rauchmelder** in Küche, Flur und Schlafzimmer, idealerweise **vernetzt** oder mit Benachrichtigung auf Ihr Handy.
- Langfristig: Wechsel zu **Induktion** (die Platte wird ohne Topf nicht heiß) oder Nutzung einer Mikrowelle und eines Wasserkochers mit Abschaltautomatik.

**Finanzierung**
Sobald ein Pflegegrad vorliegt, kann die Pflegekasse **wohnumfeldverbessernde Maßnahmen** mit bis zu **4.180 € pro Maßnahme** bezuschussen. Ein Herdwächter kann darunter fallen. Stellen Sie den Antrag **vor** dem Kauf.

**Organisatorisch**
- Essen auf Rädern oder vorgekochte Mahlzeiten zum Aufwärmen reduzieren das Kochen auf dem Herd.
- Wenn Ihre Mutter gern kocht, gemeinsames Kochen bei Ihren Besuchen erhält eine wichtige Fähigkeit und Freude, ohne dass sie allein am Herd steht.
"""),
H("""
Ich arbeite Vollzeit und habe zwei Kinder. Ehrlich gesagt bin ich jetzt schon erschöpft. Welche Entlastung gibt es?
"""),
G("""
Es ist wichtig, dass Sie das so offen sagen. Pflegende Angehörige, die auf sich achten, können ihre Eltern länger gut begleiten. Es gibt mehrere Bausteine:

**Hilfe für Ihre Mutter (finanziert über die Pflegeversicherung)**
- **Entlastungsbetrag** (ab Pflegegrad 1): für anerkannte Alltagsbegleiter, Haushaltshilfen oder Betreuungsgruppen, z. B. jemand, der zweimal pro Woche vorbeikommt, mit ihr spazieren geht und nach dem Rechten sieht.
- **Ambulanter Pflegedienst** (Pflegesachleistung, ab Pflegegrad 2): z. B. für die tägliche Medikamentengabe.
- **Tagespflege:** Ihre Mutter verbringt ein bis mehrere Tage pro Woche in einer Einrichtung mit Programm, Essen und Gesellschaft; oft mit Fahrdienst. Das wird zusätzlich zu Pflegegeld bzw. Sachleistung finanziert.
- **Verhinderungspflege und Kurzzeitpflege:** wenn Sie Urlaub brauchen oder krank sind.

**Hilfe für Sie**
- **Familienpflegezeit und Pflegezeit:** gesetzliche Möglichkeiten, die Arbeitszeit zu reduzieren (bei ausreichender Betriebsgröße); kurzfristig gibt es außerdem bis zu **10 Arbeitstage** Freistellung in einer akuten Pflegesituation, mit Pflegeunterstützungsgeld.
- **Pflegekurse** der Pflegekassen, kostenlos und oft auch online.
- **Angehörigengruppen** der Alzheimer-Gesellschaft.

**Praktischer Tipp:** Verteilen Sie Aufgaben schriftlich. Gibt es Geschwister, Nachbarn oder Freundinnen Ihrer Mutter, die feste, kleine Aufgaben übernehmen können, z. B. den Mittwochsanruf oder den Einkauf am Samstag?
"""),
H("""
Ich habe gelesen, dass ältere Menschen oft zu wenig trinken. Wie viel sollte sie trinken, und wie bekomme ich das hin?
"""),
G("""
Das stimmt, und bei Demenz kommt hinzu, dass das Durstgefühl schwächer wird und das Trinken schlicht vergessen wird. Flüssigkeitsmangel kann Verwirrtheit deutlich verstärken und Stürze, Verstopfung und Harnwegsinfekte begünstigen.

**Wie viel?** Als Orientierung gilt für ältere Menschen etwa **1,3–1,5 Liter pro Tag** an Getränken, sofern der Arzt nichts anderes sagt (z. B. bei Herzschwäche oder Nierenerkrankung). Ein Teil des Bedarfs wird zusätzlich über das Essen gedeckt.

**Tricks, die wirklich funktionieren**
- **Sichtbare Trinkmenge:** morgens eine Karaffe mit 1,5 Litern hinstellen; so sehen Sie abends, wie viel getrunken wurde.
- **Trinken an Routinen koppeln:** ein Glas Wasser zu jeder Tablette, zu jeder Mahlzeit, beim Fernsehen.
- **Lieblingsgetränke:** verdünnte Säfte, Früchtetee, auch Kaffee zählt mit.
- **Farbige Gläser oder Becher** werden besser wahrgenommen als durchsichtige.
- **Wasserreiche Lebensmittel:** Suppen, Melone, Gurke, Joghurt, Wackelpudding.
- **Erinnerung per Telefon** oder durch die Betreuungskraft beim Besuch.

**Warnzeichen für Flüssigkeitsmangel:** plötzlich stärkere Verwirrtheit, sehr dunkler Urin, trockene Mundschleimhaut, Schwindel. Dann frühzeitig den Hausarzt kontaktieren.
"""),
H("""
Ein Bekannter hat gesagt, wir sollten jetzt schnell eine Vorsorgevollmacht machen. Warum ist das so dringend?
"""),
G("""
Ihr Bekannter hat recht. Eine **Vorsorgevollmacht** kann Ihre Mutter nur erteilen, solange sie noch **geschäftsfähig** ist, also versteht, was sie unterschreibt und welche Folgen das hat. Bei beginnender Demenz ist das oft noch der Fall, aber das Zeitfenster schließt sich mit fortschreitender Erkrankung.

**Was passiert ohne Vollmacht?** Sie als Tochter dürfen nicht automatisch für Ihre Mutter entscheiden, etwa bei Bankgeschäften, Verträgen oder der Wahl eines Pflegeheims. Dann bestellt das **Betreuungsgericht** einen rechtlichen Betreuer. Das können Sie sein, es ist aber ein gerichtliches Verfahren mit Kontrolle und Aufwand. (Seit 2023 gibt es zwar ein gesetzliches **Notvertretungsrecht für Ehegatten** in Gesundheitsfragen, aber nur für Ehepartner und nur für maximal sechs Monate.)

**Die wichtigsten Dokumente**
1. **Vorsorgevollmacht:** für Gesundheit, Aufenthalt, Finanzen, Behörden. Vorlagen gibt es kostenlos beim Bundesjustizministerium.
2. **Patientenverfügung:** welche medizinischen Maßnahmen sie in bestimmten Situationen wünscht oder ablehnt.
3. **Betreuungsverfügung:** wer Betreuer werden soll, falls doch eine Betreuung nötig wird.

**Praktische Hinweise**
- Für Immobilien- und manche Bankgeschäfte ist eine **notarielle Beurkundung** oder Beglaubigung sinnvoll; viele Banken verlangen zusätzlich ihre eigene Vollmacht. Gehen Sie am besten gemeinsam zur Bank.
- Ein kurzes **ärztliches Attest** über die Geschäftsfähigkeit zum Zeitpunkt der Unterzeichnung kann spätere Zweifel ausräumen.
- Die Vollmacht kann im **Zentralen Vorsorgeregister** der Bundesnotarkammer registriert werden, damit Gerichte sie finden.
"""),
]))
