# Good non-English dialogues for part B
H, G = "human", "gpt"

DIALOGUES = []

# ---------------------------------------------------------------- zh geology
DIALOGUES.append(dict(
    label="good", language="zh",
    note="Good: 游客了解丹霞地貌与张掖彩色丘陵的成因、拍摄时机和采集规定，回答具体准确、前后一致。",
    turns=[
(H, "下个月打算去甘肃张掖的七彩丹霞和广东的丹霞山。出发前想先搞明白：“丹霞地貌”到底是什么？为什么石头是红色的？"),
(G, """简单说，丹霞地貌是指**以陆相红色砂岩、砾岩为主的岩层，在流水侵蚀、重力崩塌和风化作用下形成的“赤壁丹崖”地貌**。典型特征常被概括为“顶平、身陡、麓缓”：山顶比较平缓，四周是陡峭的红色崖壁，山脚处坡度又变缓。

**为什么是红色？**
- 这些岩石大多形成于**白垩纪前后**的内陆盆地中，当时气候炎热、干湿交替明显。
- 河流和洪水把砂、砾石搬运到盆地堆积，沉积物中的铁元素在氧化环境下形成**赤铁矿等氧化铁**，像“铁锈”一样把颗粒胶结并染成红色。
- 所以红色本质上是**含铁矿物被氧化**的结果，颜色深浅与氧化铁含量、颗粒大小有关。

**名字的由来**
“丹霞”一词就来自广东韶关的**丹霞山**。1928年地质学家冯景兰把当地的红色砂砾岩层命名为“丹霞层”，后来陈国达在1938年提出了“丹霞地形”的概念，此后逐渐发展为今天的“丹霞地貌”。

**一个小知识**
2010年，“中国丹霞”作为一个系列遗产被列入《世界遗产名录》，包括广东丹霞山、湖南崀山、福建泰宁、江西龙虎山、浙江江郎山和贵州赤水六处。张掖并不在这个名录里，但它是国家地质公园，景观类型也和丹霞山很不一样，下次可以详细说说。"""),
(H, "那张掖那种一条一条的彩色条纹是怎么来的？跟丹霞山是一回事吗？"),
(G, """不完全是一回事，这也是很多游客容易混淆的地方。

**张掖：以“彩色丘陵”为主**
张掖丹霞国家地质公园里其实有两类景观：一类是典型的丹霞崖壁，另一类就是你说的**彩色丘陵**，也就是照片里最出名的那种条纹山。它的成因大致是：

1. **多种岩层交替沉积**：泥岩、粉砂岩、砂岩一层一层叠在一起，每一层沉积时的环境不同。
2. **矿物成分决定颜色**：
   - 红色、紫红色：氧化铁（赤铁矿）含量高，形成于氧化环境；
   - 灰绿色、青灰色：含亚铁矿物，形成于相对缺氧的环境；
   - 黄色：常与褐铁矿等含水氧化铁有关；
   - 白色：可能含石膏或钙质。
3. **构造运动让岩层倾斜**：印度板块与欧亚板块碰撞导致青藏高原隆升，河西走廊一带的岩层被挤压、褶皱、倾斜，原来水平的层理被翻起来，于是在山坡上看到斜向的彩色条带。
4. **干旱少植被**：降水少，地表几乎没有植物覆盖，岩层颜色直接裸露出来；风化后表面较为松软，形成圆润的丘陵。

**丹霞山：厚层砂砾岩+湿润气候**
丹霞山位于南方湿润地区，岩层以厚层红色砂砾岩为主，颜色相对单一。在雨水、流水和崩塌作用下，形成高大的赤壁、方山、石柱、巷谷和洞穴，山体上还长满植被，整体是“红崖绿树”的画面。

所以可以这样记：**张掖看“彩”，重点是层理和矿物；丹霞山看“崖”，重点是侵蚀和崩塌塑造的形态。**"""),
(H, "拍照的话什么时间最好？"),
(G, """两个地方的思路略有不同，但共同原则是：**避开正午顶光，抓日出日落的低角度光线。**

**张掖七彩丹霞**
- **季节**：一般认为6–9月颜色最鲜艳，尤其是**雨后**，岩层吸水后饱和度明显提高。冬季游客少，偶尔有雪覆盖，也别有味道。
- **时段**：**日落前1–2小时**是最热门的时段，斜射光能把条纹的层次和起伏勾勒出来。日出时段人少，光线偏冷，也值得一试。
- **现场**：景区内有多个观景台，靠区间车串联。日落时段热门观景台人很多，建议提前上去占位置。
- **器材**：带一支**长焦镜头**（如70–200mm），可以压缩空间，把远近几层彩色山脊叠在一起；**偏振镜**能压住天空反光、提升色彩，但别转太过，否则天空会不均匀。
- 当地海拔较高、紫外线强、日照时间长，注意防晒和补水。

**丹霞山**
- **日出**是经典题材，长老峰一带的观景点可以看到云海和锦江。秋冬季节清晨更容易出现云雾。
- **阳元石、僧帽峰**等标志性景观，适合上午或下午侧光拍摄，突出岩壁的纹理。
- 南方湿度大，雨后清晨容易出现**平流雾**，可以关注天气预报里的湿度和温差。

最后提醒：两地步道都有不少台阶，带个轻便三脚架就够了，别背太重。"""),
(H, "在这些地方能不能捡几块小石头带回家做纪念？"),
(G, """**不能，建议一块都不要带。**

原因很直接：
1. **法律规定**：张掖丹霞是国家地质公园，丹霞山是世界自然遗产地和国家级风景名胜区。相关法规（如《风景名胜区条例》和地质遗迹保护方面的规定）都禁止在保护区内**擅自采集岩石、矿物和化石**，情节严重的可能被罚款。
2. **景观非常脆弱**：张掖彩色丘陵表面是风化松散的泥岩和砂岩，一个脚印、一道划痕可能多年都难以恢复。这也是景区修建栈道、禁止游客离开步道的原因。
3. **积少成多**：每位游客“只拿一小块”，乘以每年数百万游客，就是对景观的持续破坏。

**替代的纪念方式**
- **拍照和录视频**是最好的纪念；
- 景区和正规商店有出售**彩砂瓶、岩石标本或文创产品**，来源合法，可以放心买；
- 可以带一本**地质公园的科普手册**，回家后对照照片复习岩层知识，孩子也会很喜欢。

另外，走栈道时也请留意别让孩子翻越护栏去摸岩壁，既为了保护景观，也为了安全。祝旅途愉快！"""),
]))

# ---------------------------------------------------------------- ja art history
DIALOGUES.append(dict(
    label="good", language="ja",
    note="Good: 大学生が浮世絵と印象派（ジャポニスム）についてレポートを準備。具体的な作品例、伝来の経緯と逸話の扱い、字数配分つき構成案と文献まで一貫している。",
    turns=[
(H, "大学のレポートで「浮世絵が印象派に与えた影響」について書きます。具体的にどんな作品例を挙げればいいですか？"),
(G, """取り上げやすい代表例をいくつか挙げます。レポートでは「どの特徴が、どの作品に、どう表れているか」を対応させて書くと説得力が出ます。

**1. フィンセント・ファン・ゴッホ（厳密にはポスト印象派）**
- 1887年に歌川広重の《名所江戸百景》から《大はしあたけの夕立》と《亀戸梅屋舗》を油彩で模写しています。画面の縁に漢字風の文字を書き加えている点も注目されます。
- 《タンギー爺さん》（1887年）では背景に浮世絵が何枚も描き込まれています。

**2. クロード・モネ**
- 《ラ・ジャポネーズ》（1876年）は、着物をまとった妻カミーユと団扇を描いた作品で、当時の日本趣味を直接示します。
- ジヴェルニーの庭に太鼓橋を架け、浮世絵を多数収集していたことも知られています。

**3. エドガー・ドガ**
- 画面の端で人物を大胆に切り取る構図、高い視点から見下ろす俯瞰などに浮世絵の影響が指摘されます。踊り子や浴女の連作が分析しやすいです。

**4. メアリー・カサット**
- 1890年にパリで開かれた日本版画の大規模な展覧会を見たのち、1890〜91年に多色刷りの銅版画連作を制作しました。平面的な色面と輪郭線が特徴です。

**浮世絵から取り入れられた主な造形的特徴**
- 陰影を抑えた平面的な色面
- はっきりした輪郭線
- 大胆なトリミングと非対称の構図
- 高い視点や、前景に大きなモチーフを置く遠近法

「ゴッホは印象派か」という点は指摘されやすいので、「印象派とその周辺の画家」と範囲を明記しておくと安全です。"""),
(H, "浮世絵がヨーロッパに伝わった経緯も書きたいです。陶磁器の包み紙として浮世絵が渡ったという話は本当ですか？"),
(G, """経緯は大きく三つの流れで整理できます。

**1. 開国と貿易**
1854年の日米和親条約以降、日本の工芸品や版画が欧米へ流出し始めます。それ以前にもオランダ経由で一部は伝わっていましたが、量が一気に増えたのは開国後です。

**2. 万国博覧会**
- 1862年のロンドン万博では、初代駐日英国公使オールコックが収集した日本の品々が展示されました。
- 1867年のパリ万博には、江戸幕府、薩摩藩、佐賀藩が出品し、日本美術への関心が大きく高まりました。

**3. 画商と出版**
- パリでは林忠正が浮世絵や工芸品を扱い、日本美術の紹介に大きな役割を果たしました。
- ジークフリート（サミュエル）・ビングは美術商として活動し、月刊誌『芸術の日本（Le Japon artistique）』（1888〜91年）を刊行しました。
- 「ジャポニスム（japonisme）」という言葉は、批評家フィリップ・ビュルティが1872年ごろに使い始めたとされています。

**包み紙の逸話について**
版画家フェリックス・ブラックモンが1856年ごろ、日本から届いた陶磁器の詰め物の中に『北斎漫画』を見つけた、という話が有名です。ただし、この逸話は後年の回想に基づくもので、年代や細部を裏づける同時代の史料は乏しく、研究者の間でも伝説的な要素があると指摘されています。

レポートでは「〜と伝えられている」「〜という逸話が知られる」と書き、事実として断定しないのが適切です。むしろ、こうした逸話が広まったこと自体が、当時の「日本発見」の語られ方を示している、と論じることもできます。"""),
(H, "ありがとうございます。4000字くらいのレポートの構成案を作ってもらえますか？"),
(G, """4000字を想定した構成案です。字数は目安なので、調べた内容に応じて調整してください。

**序論（約400字）**
- 問題提起：19世紀後半のフランス絵画に、なぜ日本の版画が影響を与えたのか
- 本レポートの範囲（印象派とその周辺の画家、1860〜1890年代）と方法（作品比較）を明示

**第1章　浮世絵の伝来とジャポニスムの成立（約800字）**
- 開国、1862年ロンドン万博、1867年パリ万博
- 林忠正とビングの役割、『芸術の日本』
- ブラックモンの逸話を「伝承」として紹介し、その扱いに注意を促す

**第2章　浮世絵の造形的特徴（約800字）**
- 平面的な色面、輪郭線、大胆なトリミング、高い視点
- 西洋の線遠近法・陰影法との違いを簡潔に対比

**第3章　作品分析（約1400字）**
- ゴッホ《大はしあたけの夕立》模写と広重の原画の比較（約600字）
- ドガの構図における切り取りと俯瞰（約400字）
- モネ《ラ・ジャポネーズ》：造形的影響というより「日本趣味」の表れとして（約400字）

**第4章　考察：影響の質と限界（約400字）**
- 単なる模倣か、西洋絵画の革新のための「触媒」か
- 当時の「日本」像が理想化・異国趣味化されていた点

**結論（約200字）**
- 浮世絵は主題よりも「見る方法」、つまり構図と色彩の考え方を変えた、とまとめる

**参考文献の例**
- 馬渕明子『ジャポニスム――幻想の日本』ブリュッケ
- 大島清次『ジャポニスム――印象派と浮世絵の周辺』講談社学術文庫

図版を入れる場合は、作品名・制作年・所蔵先を必ずキャプションに記載しましょう。"""),
]))

# ---------------------------------------------------------------- fr philosophy
DIALOGUES.append(dict(
    label="good", language="fr",
    note="Good: élève de terminale construit une dissertation de philosophie (problématisation, plan avec auteurs, citations exactes de Rousseau, introduction rédigée) ; réponses précises et cohérentes.",
    turns=[
(H, "Je suis en terminale et j'ai une dissertation de philo : « Peut-on être libre sans lois ? ». Je n'arrive pas à trouver la problématique."),
(G, """La problématique naît d'une tension entre deux évidences. Commence par analyser les termes.

**Analyse du sujet**
- **« Peut-on »** : s'agit-il de possibilité de fait (est-ce réalisable ?) ou de droit (est-ce légitime, souhaitable ?). Tu peux jouer sur les deux sens.
- **« libre »** : au moins trois sens possibles. La liberté comme absence de contrainte (faire ce que je veux) ; la liberté comme autonomie (me donner à moi-même ma règle) ; la liberté politique (être citoyen d'un État qui garantit des droits).
- **« lois »** : lois juridiques (l'État), lois morales, mais aussi lois de la nature. Pour rester précis, concentre-toi surtout sur les lois juridiques et morales.

**La tension**
- D'un côté, la loi **interdit et oblige** : elle semble par définition limiter ma liberté. Sans lois, je pourrais faire tout ce que je veux.
- De l'autre, sans lois, **rien ne protège ma liberté contre celle des autres** : c'est la loi du plus fort, et seul le plus fort est « libre », encore que de façon précaire.

**Problématique possible**
> La loi, qui semble restreindre ma liberté en m'imposant des obligations, n'en est-elle pas au contraire la condition, dans la mesure où, sans elle, la liberté de chacun serait livrée à la violence de tous ?

Tu peux ensuite ajouter une question qui ouvrira ta troisième partie : **toute loi rend-elle libre, ou seulement certaines lois ?**"""),
(H, "Tu peux me proposer un plan en trois parties avec des auteurs ?"),
(G, """Voici un plan progressif, du sens le plus immédiat vers le plus exigeant.

**I. La loi apparaît comme l'ennemie de la liberté**
- Au sens courant, être libre, c'est ne rencontrer aucun obstacle. **Hobbes** définit la liberté comme « l'absence d'obstacles extérieurs » au mouvement, et dans le *Léviathan* (chap. 21), la liberté des sujets réside dans ce que la loi n'a pas réglé : là où la loi se tait.
- Dans le *Gorgias* de **Platon**, **Calliclès** soutient que les lois sont inventées par les faibles pour brider les forts ; l'homme supérieur devrait s'en affranchir.
- Transition : mais une liberté sans loi est-elle vraiment une liberté, ou seulement la puissance de quelques-uns ?

**II. Sans lois, pas de liberté réelle : la loi comme condition de la liberté**
- L'état de nature chez Hobbes : « guerre de chacun contre chacun », où la vie est « solitaire, misérable, dangereuse, animale et brève ». La liberté illimitée s'y détruit elle-même.
- **Montesquieu**, *De l'esprit des lois* (XI, 3) : « la liberté est le droit de faire tout ce que les lois permettent ». La loi garantit un espace de liberté protégé.
- **Rousseau**, *Du contrat social* (I, 8) : obéir à la loi qu'on s'est prescrite est liberté. La loi, expression de la volonté générale, me libère de la dépendance envers la volonté particulière d'autrui.

**III. Mais toute loi ne libère pas : la liberté exige des lois justes**
- Une loi injuste ou imposée par un tyran n'est qu'une contrainte. **Kant** : l'autonomie consiste à obéir à la loi morale que ma raison se donne.
- **Antigone** (Sophocle) oppose les « lois non écrites » au décret de Créon ; **Thoreau** (*La Désobéissance civile*, 1849) justifie le refus d'obéir à une loi injuste.
- Conclusion de la partie : on ne peut être libre sans lois, mais pas avec n'importe quelles lois ; la liberté exige que la loi soit juste et qu'on puisse la reconnaître comme sienne."""),
(H, "La citation de Rousseau, elle est exacte ? Je veux la citer mot pour mot."),
(G, """Voici le texte exact. Dans *Du contrat social*, livre I, chapitre 8 (« De l'état civil »), Rousseau écrit :

> « On pourrait sur ce qui précède ajouter à l'acquis de l'état civil la liberté morale, qui seule rend l'homme vraiment maître de lui ; car l'impulsion du seul appétit est esclavage, et l'obéissance à la loi qu'on s'est prescrite est liberté. »

Pour ta copie, tu peux ne citer que la fin, ce qui est plus percutant :
> « l'impulsion du seul appétit est esclavage, et l'obéissance à la loi qu'on s'est prescrite est liberté » (Rousseau, *Du contrat social*, I, 8).

**Attention au contresens** : Rousseau parle ici de la *liberté morale*, pas seulement de la liberté politique. L'idée clé, c'est « qu'on s'est prescrite » : la loi libère parce que j'en suis l'auteur, en tant que membre du peuple souverain. C'est précisément ce qui te permet de faire la transition vers ta troisième partie.

Une autre citation très utile, tirée des *Lettres écrites de la montagne* (huitième lettre, 1764) :
> « Un peuple libre obéit, mais il ne sert pas ; il a des chefs et non pas des maîtres ; il obéit aux lois, mais il n'obéit qu'aux lois. »

Elle résume bien la distinction entre obéir à la loi et servir un homme."""),
(H, "Et pour l'introduction, comment je m'y prends ? Tu peux m'en rédiger une ?"),
(G, """Une introduction de dissertation suit quatre temps : **accroche, analyse des termes, problématique, annonce du plan**. Visons 15 à 20 lignes. Voici un exemple, que tu dois reformuler avec tes propres mots :

> Lorsqu'un adolescent rêve de liberté, il imagine souvent un monde sans règles, où rien ne viendrait entraver ses désirs. La loi, qui interdit, oblige et punit, semble alors l'adversaire naturel de la liberté. Pourtant, un monde sans lois serait-il un monde d'hommes libres, ou un monde livré au plus fort ?
>
> Être libre peut s'entendre comme l'absence de contrainte extérieure, mais aussi comme la capacité de se déterminer soi-même. Quant aux lois, il s'agit ici des règles, juridiques et morales, qui encadrent la vie commune. Le sujet nous demande donc si la liberté est possible, et même pensable, hors de tout cadre de ce type.
>
> Dès lors, la loi, qui paraît restreindre ma liberté en m'imposant des obligations, n'en est-elle pas plutôt la condition, puisque sans elle la liberté de chacun serait exposée à la violence de tous ?
>
> Nous verrons d'abord que la loi apparaît comme un obstacle à la liberté. Nous montrerons ensuite que, sans lois, aucune liberté réelle n'est possible. Enfin, nous nous demanderons si toute loi rend libre, ou si seule une loi juste, que l'on peut reconnaître comme sienne, est véritablement libératrice.

**Conseils** : évite les accroches du type « De tout temps, les hommes… » ; ne donne pas ta réponse dès l'introduction ; et annonce le plan sous forme de questions ou d'étapes, pas de titres numérotés."""),
]))

# ---------------------------------------------------------------- fi peatlands
DIALOGUES.append(dict(
    label="good", language="fi",
    note="Good: lukiolainen valmistelee esitelmää soiden hiilivarastoista; vastaukset ovat asiallisia, täsmällisiä ja johtavat selkeään esitelmän runkoon.",
    turns=[
(H, "Teen lukiossa esitelmää soiden merkityksestä ilmastolle. Miksi suot ovat niin tärkeitä hiilivarastoja?"),
(G, """Suot ovat tärkeitä, koska niihin on kertynyt tuhansien vuosien aikana valtava määrä hiiltä **turpeena**.

**Miten hiili kertyy?**
- Suokasvit, erityisesti **rahkasammalet**, sitovat yhteyttäessään hiilidioksidia ilmasta.
- Kun kasvit kuolevat, ne päätyvät märkään ja hapettomaan ympäristöön. Ilman happea hajottajat toimivat hyvin hitaasti, joten kasvien jäänteet eivät hajoa kokonaan.
- Osittain hajonneesta kasviaineksesta muodostuu turvetta. Se kasvaa tyypillisesti vain **noin millimetrin vuodessa** tai hitaammin, mutta jatkuessaan vuosituhansia kerros voi olla useita metrejä paksu.

**Kuinka paljon hiiltä?**
- Maailmanlaajuisesti suot peittävät vain noin **3 %** maapallon maa-alasta, mutta niissä on arviolta noin **kolmannes** maaperän hiilestä, enemmän kuin kaikessa maailman metsien puustossa yhteensä.
- Suomi on yksi maailman soisimmista maista: alun perin soita oli noin **kolmannes** maa-alasta.

**Miksi tämä on tärkeää ilmastolle?**
Luonnontilainen suo toimii yleensä hitaana **hiilinieluna**: se sitoo hiilidioksidia enemmän kuin vapauttaa. Samalla se tosin tuottaa jonkin verran **metaania**, koska hapettomissa oloissa toimivat metaania tuottavat mikrobit. Pitkällä aikavälillä hiilivarasto on kuitenkin suurin asia: kun hiili pysyy turpeessa, se ei lämmitä ilmakehää.

Esitelmässä kannattaa korostaa eroa **varaston** (kuinka paljon hiiltä on) ja **nielun** (kuinka nopeasti sitä kertyy lisää) välillä."""),
(H, "Mitä tapahtuu, kun suo ojitetaan?"),
(G, """Ojitus muuttaa suon toiminnan perusteellisesti, ja usein hiilivarasto alkaa purkautua.

**1. Vedenpinta laskee**
Ojat kuivattavat turpeen pintakerroksia. Sinne pääsee happea, ja hajottajat, kuten bakteerit ja sienet, alkavat hajottaa vuosisatojen aikana kertynyttä turvetta.

**2. Päästöt muuttuvat**
- **Hiilidioksidipäästöt kasvavat**, koska turvetta hajoaa nopeammin.
- **Metaanipäästöt yleensä vähenevät**, koska hapettomat olosuhteet häviävät.
- Ravinteikkailla turvemailla voi syntyä myös **dityppioksidia (N₂O)**, joka on voimakas kasvihuonekaasu.
Kokonaisuutena ojitetut turvemaat ovat usein selvä päästölähde, erityisesti maatalouskäytössä olevat turvepellot.

**3. Suomen tilanne**
Suomessa yli puolet alkuperäisistä soista on ojitettu, pääosin metsätalouden tarpeisiin 1900-luvun puolivälin jälkeen. Ojitetut turvemaat ovat merkittävä päästölähde maankäyttösektorilla. Lisäksi turpeen poltto energiaksi on ollut Suomessa pitkään merkittävä päästöjen lähde, vaikka sen käyttö on vähentynyt nopeasti 2020-luvulla.

**4. Ennallistaminen**
Soita voidaan ennallistaa **tukkimalla ojia** ja nostamalla vedenpintaa. Tavoitteena on, että turpeen hajoaminen hidastuu ja rahkasammal alkaa taas kasvaa. Vaikutus ei ole välitön: metaanipäästöt voivat aluksi kasvaa, ja suon toipuminen kestää vuosikymmeniä. Myös EU:n ennallistamisasetus (2024) velvoittaa jäsenmaita ennallistamaan heikentyneitä luontotyyppejä, myös soita."""),
(H, "Voisitko tehdä esitelmälle rungon? Aikaa on 10 minuuttia."),
(G, """Tässä runko noin kymmenen minuutin esitelmälle, 7–8 diaa:

**Dia 1 – Aloitus (0,5 min)**
Kysymys yleisölle: "Mikä Suomen luontotyyppi varastoi eniten hiiltä?" Vastaus: suot. Kuva aapasuosta tai keidassuosta.

**Dia 2 – Mikä suo on? (1 min)**
Märkä, hapeton ympäristö; turve; rahkasammal. Lyhyt määritelmä ja kuva turvekerroksesta.

**Dia 3 – Miten hiili kertyy? (1,5 min)**
Yhteyttäminen → kasvit kuolevat → hidas hajoaminen → turve. Kasvuvauhti noin millimetri vuodessa, mutta tuhansia vuosia.

**Dia 4 – Kuinka suuri varasto? (1,5 min)**
Suot noin 3 % maa-alasta, mutta noin kolmannes maaperän hiilestä. Vertailu metsien puustoon. Suomessa alun perin noin kolmannes maa-alasta soita.

**Dia 5 – Nielu vai päästölähde? (1,5 min)**
Luonnontilainen suo: hidas hiilinielu, mutta tuottaa metaania. Selitä varaston ja nielun ero.

**Dia 6 – Ojitus (1,5 min)**
Vedenpinta laskee → happi → hajoaminen → CO₂-päästöt. Yli puolet Suomen soista ojitettu. Kaavio ennen/jälkeen.

**Dia 7 – Ennallistaminen ja tulevaisuus (1,5 min)**
Ojien tukkiminen, vedenpinnan nosto, hidas toipuminen. EU:n ennallistamisasetus.

**Dia 8 – Yhteenveto ja kysymykset (1 min)**
Kolme pääviestiä: 1) suot ovat valtava hiilivarasto, 2) ojitus purkaa varastoa, 3) ennallistaminen auttaa, mutta hitaasti.

**Vinkit:** käytä kuvia tekstin sijaan, harjoittele ääneen kellon kanssa ja merkitse lähteet viimeiseen diaan, esimerkiksi Suomen ympäristökeskuksen ja Luonnonvarakeskuksen julkaisut."""),
]))
