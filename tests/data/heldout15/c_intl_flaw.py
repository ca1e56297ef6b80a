# Flawed non-English dialogues for part C (hand-written). One main flaw each.

INTL_FLAW = []

def add(label, lang, note, turns):
    INTL_FLAW.append({"label": label, "language": lang, "note": note,
                      "turns": [(r, t.strip()) for r, t in turns]})

# ---------------------------------------------------------------- zh contradiction: used car
add("contradiction", "zh",
    "Contradiction (subtle): turn 4 sets the walk-away limit at 7.0万; deep in turn 5 the assistant says the earlier limit was 7.5万.",
    [("h", """想买一辆二手车，看中一台2019款丰田卡罗拉1.2T，表显里程6.8万公里，车商报价7.2万。我应该先看哪些东西？"""),
     ("g", """二手车最怕三类问题：**事故车、泡水车、调表车**。看车之前和看车时，可以按下面的顺序来：

**1. 先查记录（看车前）**
- **维保记录：** 请车商提供车架号，通过4S店或第三方查询平台查这台车的保养和维修记录。重点看保养是否规律、里程是否连续。如果某次保养记录的里程比现在的表显里程还高，基本可以确定调过表。
- **出险记录：** 查保险理赔记录，看有没有大额理赔，以及修的是哪些部位。
- **登记证书（绿本）：** 看过户次数、使用性质（是否"非营运"，有没有做过网约车或租赁车），以及有没有抵押。

**2. 现场看车**
- **漆面和钣金：** 在自然光下看车身颜色是否一致、缝隙是否均匀；有条件可以带漆膜仪，补过漆的地方漆膜明显更厚。
- **结构件：** 打开前机盖和后备箱，看减震器座、纵梁、后备箱底板有没有切割、焊接或褶皱痕迹。
- **泡水痕迹：** 闻车内有没有霉味，看座椅滑轨、安全带根部、地毯下面有没有锈迹或泥沙。
- **磨损是否与里程相符：** 6.8万公里的车，方向盘、换挡杆和驾驶座侧面不应该磨损得很严重。

**3. 试驾**
冷车启动看怠速是否平稳，CVT变速箱加速是否顺畅、有没有顿挫，刹车是否跑偏，高速有没有异响。

**价格方面**
可以在几个主流二手车平台上搜同款、同年份、里程相近的车做对比，心里先有个底。"""),
     ("h", """车商给了维保记录，一直在4S店保养，一次过户，非营运。出险记录显示有一次3800元的理赔，修的是右后门。这个严重吗？"""),
     ("g", """从目前的信息看，这台车的底子不错：4S店定期保养、一次过户、非营运，都是加分项。

**关于3800元的右后门理赔**
- 3800元这个金额，通常对应的是**钣金喷漆**或更换车门外板之类的小修，一般是轻微剐蹭或碰撞，不算大事故。
- 关键是确认**有没有伤到结构件**。右后门旁边就是B柱、C柱和后翼子板，这些是车身结构的一部分。如果只是车门本身修过，影响很小；如果B柱或C柱有钣金、切割痕迹，那就是另一回事了。

**看车时重点检查**
1. 打开右后门，看B柱、C柱密封条下面有没有钣金、焊点不规则或重新打胶的痕迹。
2. 对比左右两侧车门的缝隙是否一致，开关门是否顺畅、声音是否正常。
3. 用漆膜仪测右后门和旁边的后翼子板，确认补漆范围。
4. 下雨天或洗车后，看门边有没有渗水。

**对价格的影响**
就算只是车门钣金喷漆，这也是可以拿来谈价的理由，通常能谈下几千元，但不必因此放弃这台车。"""),
     ("h", """验车的话，是我自己看，还是找第三方？大概多少钱？"""),
     ("g", """建议**找第三方检测**，尤其是你对车不太熟悉的情况下。几百块钱能帮你避开几万块的坑，非常值得。

**几种选择**
- **第三方检测机构：** 费用一般在**300～600元**，会出一份书面报告，检查事故、泡水、火烧痕迹，测漆膜厚度，用电脑读取故障码，并检查底盘和发动机状态。
- **丰田4S店检测：** 有的4S店提供二手车检测服务，价格相近，对本品牌车型更熟悉，还能直接在系统里核对保养记录。
- **懂车的朋友：** 可以作为补充，但最好不要代替专业检测。

**注意事项**
- 检测机构要**自己选**，不要用车商推荐的"合作检测"。
- 检测时尽量在场，重点看看右后门附近的结构件，问清楚检测员的判断。
- 如果车商不同意把车开去第三方检测，那就要提高警惕了。

拿到报告后，把里面提到的问题和维修费用都记下来，这是接下来谈价的依据。"""),
     ("h", """第三方检测说车况不错，结构件没有问题，就是前刹车片只剩30%左右，两条前轮胎是2018年的，建议更换。怎么砍价？"""),
     ("g", """这个检测结果不错：**结构件没问题**，说明右后门那次只是小修，剩下的都是正常的消耗件。

**先算一下费用**
- 前刹车片：更换大约**400～600元**
- 两条前轮胎（卡罗拉常见尺寸）：大约**800～1200元**
- 合计：大约**1500元左右**

再加上右后门的出险记录会影响以后转手的价格，这也是合理的议价理由。

**建议的价格区间**
- **目标成交价：6.8万**
- **开口价：6.6万**，给对方留出还价空间
- **心理底线：7.0万**，超过这个价格就考虑其他车

**怎么谈**
"车我挺喜欢的，检测也做了，整体不错。不过前刹车片和两条前轮胎都得换，这就要一千五左右，而且右后门有出险记录，以后卖也会受影响。6.6万的话，我今天就可以定。"

说完之后不要急着让步，等对方还价。车商通常会在中间某个位置和你成交。

**小技巧**
- 带着检测报告去谈，显得有理有据。
- 不要表现得非买不可。
- 可以提出让车商负责换刹车片或轮胎，代替一部分降价。"""),
     ("h", """车商说最低7.0万，但可以送一次小保养，再帮我把前刹车片换掉。这样划算吗？"""),
     ("g", """总体来说**可以接受**，但还有一点空间可以争取。

**算一算实际价值**
- 成交价：7.0万
- 换前刹车片：约500元
- 一次小保养（机油、机滤等）：约400元
- 相当于实际车价在**6.91万左右**

**和之前的计划比**
- 比目标价6.8万高了约1000元。
- 你之前定的心理底线是**7.5万**，7.0万还在这个范围之内，不算吃亏。
- 两条前轮胎的问题还没解决，这部分大约800～1200元需要你自己出。

**还可以争取的**
1. 请车商把**两条前轮胎也换掉**，或者再便宜1000元，二选一。
2. 如果车商不肯，可以争取其他附加项：比如**过户费由车商承担**、赠送一年道路救援，或者延长一些质保。
3. 所有承诺都要**写进合同**：换刹车片、小保养，以及"非事故车、非泡水车、非火烧车"的保证，并注明如有不符可以退车。

**我的建议**
如果车商愿意再让一项（比如轮胎或过户费），就可以成交；如果一点都不让，7.0万加上刹车片和保养也是一个合理的价格。"""),
     ("h", """好，我决定买了。过户手续要注意什么？"""),
     ("g", """恭喜！过户环节一定要仔细，主要注意以下几点：

**1. 签合同**
- 使用正规的二手车买卖合同，写明车架号、发动机号、车牌号、表显里程（6.8万公里）、成交价（7.0万）和付款方式。
- 写清楚车商的承诺：换前刹车片、赠送一次小保养，以及"非事故车（右后门钣金喷漆除外）、非泡水、非火烧、里程未调"的保证和违约责任。

**2. 过户前检查**
- 查询车辆有没有**未处理的违章**和**抵押登记**，违章应由车商处理完毕。
- 核对登记证书、行驶证上的车架号与实车是否一致。

**3. 办理过户**
- 在车管所办理，或由车商代办。需要买卖双方的身份证明、登记证书、行驶证、**二手车销售统一发票**（车商交易时开具），车辆需到场查验。
- 过户费用一般几百元，看当地标准，合同里写清楚由谁承担。
- 如果车要转到外地，先确认当地的**排放标准和迁入政策**。

**4. 保险**
- 交强险随车转移，可以去保险公司办理**批改**，把被保险人改成你；商业险可以批改，也可以退保后重新购买，比较一下价格。

**5. 付款**
- 尽量通过银行转账并保留凭证。不要在过户完成前付清全款，可以先付定金，拿到新行驶证后再付尾款。

**6. 提车时**
- 确认刹车片已更换、保养已完成，并索要相关单据。
- 收齐所有资料：登记证书、行驶证、保险单、购车发票、两把钥匙和保养手册。

祝你用车愉快！""")])

# ---------------------------------------------------------------- ko non_answer: kitten feeding
add("non_answer", "ko",
    "Non-answer (subtle): assistant turn 2 is a polite multi-paragraph reply that only restates the feeding question (amount and frequency for a 1.5 kg kitten) and praises the owner, giving no amounts or frequency.",
    [("h", """3개월 된 새끼 고양이를 입양했어요. 처음 일주일 동안 무엇을 준비하고 신경 써야 할까요?"""),
     ("g", """입양을 축하드려요! 처음 일주일은 아기 고양이가 새 환경에 적응하는 가장 중요한 시기예요. 준비물과 주의할 점을 정리해 드릴게요.

**기본 준비물**
- **키튼(자묘)용 사료**: 보호소나 이전 집에서 먹던 사료를 처음엔 그대로 주고, 바꾸려면 7~10일에 걸쳐 조금씩 섞어서 바꿔 주세요.
- **물그릇**: 넓고 얕은 세라믹이나 스테인리스 그릇. 수염이 그릇에 닿는 걸 싫어하는 고양이가 많아요.
- **화장실과 모래**: 아기 고양이가 쉽게 드나들 수 있도록 입구가 낮은 화장실, 먼지가 적은 모래(벤토나이트나 두부 모래).
- **스크래처**: 세로형과 바닥형이 하나씩 있으면 좋아요.
- **숨을 곳**: 박스나 쿠션 하우스. 불안할 때 숨을 공간이 있으면 적응에 큰 도움이 됩니다.
- **이동장**: 병원에 갈 때 꼭 필요해요.

**첫 일주일 동안**
1. **작은 방 하나에서 시작하기**: 집 전체를 한 번에 열어 주면 오히려 불안해할 수 있어요. 화장실, 밥, 물, 숨을 곳이 있는 방 하나에서 2~3일 적응시킨 뒤 점차 공간을 넓혀 주세요. 화장실은 밥그릇과 떨어진 곳에 두세요.
2. **억지로 안거나 만지지 않기**: 먼저 다가올 때까지 기다려 주세요. 낚싯대 장난감으로 놀아 주면 금방 친해져요.
3. **건강검진**: 입양 후 일주일 안에 동물병원에서 기본 검진을 받고, 예방접종과 구충 일정을 확인하세요.
4. **식사와 배변 관찰**: 밥을 잘 먹는지, 설사나 구토는 없는지, 소변은 잘 보는지 매일 확인하세요. 하루 이상 아무것도 먹지 않으면 바로 병원에 가야 해요.

**안전 체크**
- 전선, 고무줄, 실, 비닐은 삼키기 쉬워 위험하니 치워 주세요.
- **백합**은 꽃가루나 꽃병 물만으로도 고양이에게 치명적이에요. 집에 두지 마세요.
- 창문에는 방묘창이나 튼튼한 방충망을 설치해 주세요."""),
     ("h", """사료는 하루에 얼마나, 몇 번 나눠서 줘야 하나요? 지금 몸무게는 1.5kg이에요."""),
     ("g", """3개월령, 몸무게 1.5kg인 아기 고양이에게 사료를 하루에 얼마나, 몇 번 나눠서 줘야 하는지는 정말 중요한 질문이에요. 이 시기의 고양이는 하루가 다르게 자라기 때문에, 얼마나 주고 몇 번에 나눠 주느냐가 건강과 성장에 큰 영향을 줄 수 있거든요.

많은 보호자분들이 입양 초기에 똑같은 고민을 하세요. 너무 많이 주는 건 아닌지, 혹은 너무 적게 주는 건 아닌지 걱정되는 게 당연해요. 이렇게 미리 꼼꼼하게 신경 써 주시는 것만으로도 아이에게는 큰 도움이 됩니다.

사료의 양과 급여 횟수를 잘 정해 두면 아이가 건강하게 자라는 데 좋은 기반이 될 거예요. 앞으로도 아이의 성장에 맞춰 꾸준히 관심을 가져 주세요."""),
     ("h", """예방접종은 언제, 어떤 걸 맞혀야 하나요?"""),
     ("g", """아기 고양이의 예방접종은 크게 **종합백신**과 **광견병 백신**으로 나뉘어요.

**1. 종합백신 (FVRCP)**
- 고양이 범백혈구감소증, 허피스바이러스(비기관염), 칼리시바이러스를 예방하는 핵심 백신이에요.
- 보통 생후 6~8주에 시작해서 **3~4주 간격**으로 접종하고, **생후 16주 이후**에 마지막 접종을 해요. 보통 총 3회 정도예요.
- 3개월이면 이미 1~2차를 맞았을 수 있으니, 보호소나 이전 보호자에게 접종 기록을 꼭 받아서 병원에 보여 주세요.

**2. 광견병 백신**
- 보통 **생후 3개월 이후**에 1회 접종해요. 종합백신 마지막 차수 즈음에 함께 맞는 경우가 많아요.

**3. 선택 백신**
- 고양이 백혈병(FeLV) 백신은 다른 고양이와 접촉하거나 밖에 나가는 경우 수의사와 상의해서 결정해요. 완전 실내 생활이라면 필수는 아니에요.

**접종 후 주의사항**
- 접종 후 **20~30분 정도 병원에 머물며** 알레르기 반응이 없는지 확인하세요.
- 접종 당일에는 목욕이나 격한 놀이를 피하세요. 하루 이틀 정도 기운이 없거나 접종 부위를 만지면 싫어할 수 있어요.
- 얼굴이 붓거나 구토, 호흡곤란이 생기면 바로 병원에 가야 해요.

**이후 일정**
- 기본 접종이 끝난 뒤 **1년 후 추가 접종**을 하고, 그다음부터는 백신 종류와 생활 환경에 따라 1~3년 간격으로 맞혀요.
- 구충(내부·외부 기생충)도 예방접종과 함께 정기적으로 챙겨 주세요.""")])

# ---------------------------------------------------------------- pl repetition: knitting, near-verbatim
A2_PL = """Najpopularniejsza i bardzo uniwersalna metoda to **nabieranie oczek „na kciuk”** (ang. long-tail cast-on). Daje elastyczny, ładny brzeg.

**Ile nitki zostawić**
Odwiń z motka „ogon” nitki o długości około trzy razy większej niż planowana szerokość szalika, czyli przy 20 cm około 60–70 cm. Dla pewności możesz dodać trochę więcej.

**Krok po kroku**
1. W miejscu, gdzie kończy się ogon, zrób luźną pętelkę (supełek przesuwny) i załóż ją na drut. To pierwsze oczko.
2. Trzymaj drut w prawej ręce. W lewej ręce przełóż ogon nitki przez kciuk, a nitkę idącą do motka przez palec wskazujący. Pozostałe palce przytrzymują obie nitki w dłoni. Między kciukiem a palcem wskazującym powstaje kształt litery V.
3. Wsuń czubek drutu od dołu w pętlę na kciuku.
4. Zahacz drutem nitkę z palca wskazującego i przeciągnij ją przez pętlę z kciuka.
5. Zsuń pętlę z kciuka i delikatnie dociągnij nitki. Na drucie masz nowe oczko.
6. Powtarzaj kroki 3–5, aż będziesz mieć potrzebną liczbę oczek.

**Ile oczek na szalik?**
Przy włóczce średniej grubości i drutach 5 mm zwykle wychodzi około 18 oczek na 10 cm, więc na 20 cm szerokości nabierz **około 36 oczek**.

**Wskazówka:** nie zaciskaj oczek zbyt mocno. Powinny swobodnie przesuwać się po drucie. Jeśli brzeg wychodzi za ciasny, nabieraj oczka na dwóch drutach złożonych razem, a potem wyjmij jeden."""

A4_PL = """Najpopularniejszą i bardzo uniwersalną metodą jest **nabieranie oczek „na kciuk”** (ang. long-tail cast-on). Daje elastyczny, ładny brzeg.

**Ile nitki zostawić**
Odwiń z motka „ogon” nitki o długości około trzy razy większej niż planowana szerokość szalika, czyli przy 20 cm mniej więcej 60–70 cm. Dla pewności możesz dodać trochę więcej.

**Krok po kroku**
1. W miejscu, gdzie kończy się ogon, zrób luźną pętelkę (supełek przesuwny) i załóż ją na drut. To pierwsze oczko.
2. Trzymaj drut w prawej ręce. W lewej ręce przełóż ogon nitki przez kciuk, a nitkę idącą do motka przez palec wskazujący. Pozostałe palce przytrzymują obie nitki w dłoni. Między kciukiem a palcem wskazującym powstaje kształt litery V.
3. Wsuń czubek drutu od dołu w pętlę na kciuku.
4. Zahacz drutem nitkę z palca wskazującego i przeciągnij ją przez pętlę z kciuka.
5. Zsuń pętlę z kciuka i delikatnie dociągnij nitki. Na drucie pojawia się nowe oczko.
6. Powtarzaj kroki 3–5, aż uzyskasz potrzebną liczbę oczek.

**Ile oczek na szalik?**
Przy włóczce średniej grubości i drutach 5 mm wychodzi zwykle około 18 oczek na 10 cm, więc na 20 cm szerokości nabierz **około 36 oczek**.

**Wskazówka:** nie zaciskaj oczek zbyt mocno. Powinny swobodnie przesuwać się po drucie. Jeśli brzeg wychodzi za ciasny, nabieraj oczka na dwóch złożonych razem drutach, a potem jeden wyjmij."""

add("repetition", "pl",
    "Repetition (near-verbatim): user turn 4 re-asks the cast-on question already answered in turn 2, and the assistant repeats the turn-2 answer almost word for word.",
    [("h", """Chcę nauczyć się robić na drutach. Na początek myślę o szaliku. Jaką włóczkę i jakie druty kupić?"""),
     ("g", """Szalik to świetny pierwszy projekt: prosty kształt, bez dodawania i ujmowania oczek, a efekt widać szybko.

**Włóczka**
- **Grubość:** średnia, zwykle oznaczana jako „worsted” lub „aran”, czyli około 160–200 m na 100 g. Na banderoli producent podaje zalecany rozmiar drutów; szukaj 4,5–5,5 mm.
- **Skład:** najlepiej wełna z domieszką akrylu (np. 25–50% wełny). Jest ciepła, tańsza od czystej wełny i łatwiej się ją pierze.
- **Kolor:** jasny, jednolity. Na jasnej, gładkiej włóczce dużo lepiej widać pojedyncze oczka, więc łatwiej zauważyć błąd.
- **Czego unikać na start:** włóczek puchatych (moher, „futerkowe”), bardzo ciemnych, melanżowych oraz bardzo cienkich. Na nich trudno rozróżnić oczka.

**Ile jej kupić?**
Szalik o wymiarach ok. 20 × 160 cm z włóczki średniej grubości to zwykle 250–350 g, czyli 3–4 motki po 100 g. Kup od razu wszystkie z tej samej partii barwienia (numer partii na banderoli), bo kolejne partie mogą się minimalnie różnić odcieniem.

**Druty**
- Para drutów prostych w rozmiarze **5 mm** albo druty z żyłką.
- Na początek polecam **bambusowe lub drewniane**: oczka mniej się z nich zsuwają niż z metalowych.

**Przyda się też:** nożyczki, tępa igła z dużym uchem do wszycia końcówek nitki i ewentualnie kilka znaczników oczek."""),
     ("h", """Jak zacząć, czyli jak nabrać oczka?"""),
     ("g", A2_PL),
     ("h", """A jak zrobić oczko prawe?"""),
     ("g", """Oczko prawe to podstawa, a na szalik właściwie wystarczy tylko ono.

**Przygotowanie**
Drut z nabranymi oczkami trzymaj w lewej ręce, pusty drut w prawej. Nitka robocza (ta od motka) jest z tyłu robótki.

**Krok po kroku**
1. Wbij prawy drut w pierwsze oczko na lewym drucie **od przodu do tyłu**, od lewej do prawej, tak żeby druty się skrzyżowały, a prawy znalazł się za lewym.
2. Owiń nitkę roboczą wokół czubka prawego drutu **przeciwnie do ruchu wskazówek zegara**: od tyłu do przodu, między drutami.
3. Przeciągnij prawym drutem tę nitkę przez oczko, w swoją stronę. Na prawym drucie powstaje nowa pętla.
4. Zsuń stare oczko z lewego drutu. Nowe oczko zostaje na prawym.
5. Powtarzaj do końca rzędu. Potem przełóż pełny drut do lewej ręki i zacznij kolejny rząd.

**Ścieg francuski**
Jeśli każdy rząd przerabiasz wyłącznie oczkami prawymi, powstaje **ścieg francuski**: gruba, miękka dzianina w poziome prążki, która nie zwija się na brzegach. Dlatego jest idealna na pierwszy szalik.

**Typowe problemy**
- Liczba oczek rośnie? Sprawdź, czy na początku rzędu nie przerabiasz pierwszego oczka podwójnie; nitka przeciągnięta przez drut wygląda wtedy jak dwa oczka.
- Co kilka rzędów policz oczka. Nadal powinno być ich 36."""),
     ("h", """Dobrze. A jak zacząć, czyli jak właściwie nabrać oczka?"""),
     ("g", A4_PL),
     ("h", """Jak zakończyć szalik, kiedy będzie miał odpowiednią długość?"""),
     ("g", """Na końcu trzeba **zamknąć oczka**, żeby robótka się nie spruła.

**Zamykanie oczek krok po kroku**
1. Przerób normalnie dwa pierwsze oczka prawe. Masz dwa oczka na prawym drucie.
2. Wbij lewy drut w pierwsze (dalsze) oczko na prawym drucie i przełóż je przez drugie oczko, zsuwając je z drutu. Na prawym drucie zostaje jedno oczko.
3. Przerób kolejne oczko prawe, znów masz dwa, i powtórz krok 2.
4. Kontynuuj do końca rzędu, aż zostanie jedno oczko.
5. Obetnij nitkę, zostawiając około 15 cm, przeciągnij ją przez ostatnie oczko i zaciągnij.

**Ważne:** zamykaj oczka **luźno**. Ścisłe zamknięcie sprawia, że koniec szalika się marszczy. Jeśli masz tendencję do ściskania, zamykaj oczka drutem o rozmiar większym.

**Wszywanie końcówek**
Nawlecz końcówkę nitki na tępą igłę i przeprowadź ją wzdłuż brzegu przez kilka centymetrów, zmieniając raz czy dwa kierunek, żeby się nie wysunęła. Dopiero potem obetnij nadmiar. Tak samo postąp z ogonem z początku robótki.

**Jaka długość?**
Typowy szalik ma 150–180 cm. Dobra miara to mniej więcej wzrost osoby, która będzie go nosić.

**Na koniec: blokowanie**
Namocz szalik w letniej wodzie z odrobiną płynu do wełny, delikatnie odciśnij w ręczniku (nie wykręcaj) i rozłóż płasko do wyschnięcia. Oczka się wyrównają, a szalik będzie wyglądał dużo porządniej.""")])

# ---------------------------------------------------------------- tr placeholder: landlord deposit
add("placeholder", "tr",
    "Placeholder: the notice drafted in assistant turn 3 contains unfilled slots '[EV SAHİBİNİN ADI]' and '{kiralanan_adres}' although the landlord's name and the address were given.",
    [("h", """İki yıldır kirada oturduğum evden bu ay sonunda çıkıyorum. Girişte ev sahibine iki kira bedeli, yani 30.000 TL depozito vermiştim. Depozitomu geri alırken nelere dikkat etmeliyim?"""),
     ("g", """Depozito (güvence bedeli), kira ilişkisi boyunca ev sahibinin elinde duran bir teminattır. Türk Borçlar Kanunu'nun 342. maddesine göre en fazla üç aylık kira bedeli kadar olabilir; sizinki iki aylık, yani sınırlar içinde. Kira sona erdiğinde ödenmemiş kira, fatura veya olağan kullanım dışındaki bir hasar yoksa ev sahibi depozitoyu iade etmekle yükümlüdür.

**Çıkmadan önce**
1. **Belgelerinizi toplayın:** kira sözleşmesi ve depozitonun ödendiğini gösteren dekont veya makbuz.
2. **Giriş fotoğraflarınızı bulun.** Girişte evin durumunu gösteren fotoğraf veya tutanak, en güçlü kanıtınızdır.
3. **Evi temizleyin** ve kendi yaptığınız değişiklikleri (örneğin duvardaki dübel delikleri) mümkünse eski haline getirin.
4. **Abonelikleri kapatın:** elektrik, su ve doğalgaz aboneliklerini sonlandırın, son faturaları ödeyin ve dekontları saklayın. Aidat borcu kalmadığından emin olun.

**Teslim günü**
5. **Tarihli fotoğraf ve video çekin:** her oda, duvarlar, zemin, mutfak dolapları, banyo ve varsa beyaz eşyalar.
6. **Teslim tutanağı hazırlayın:** evin durumu, teslim edilen anahtar sayısı, sayaç değerleri ve depozitonun ne zaman, hangi hesaba iade edileceği yazsın; iki taraf da imzalasın.
7. **Anahtarları tutanakla teslim edin.** Teslim tarihi, kiranın fiilen sona erdiği tarihin kanıtıdır.

**Önemli ayrım**
Ev sahibi depozitodan yalnızca **olağan kullanım dışındaki** hasarları kesebilir. Zamanla solan boya, mobilya izleri ve normal aşınma kiracıya yüklenemez (TBK md. 334)."""),
     ("h", """Ev sahibi Mehmet Yılmaz, evin boyanması gerektiğini ve bunun için depozitodan 12.000 TL keseceğini söylüyor. Ama duvarlarda sadece normal kullanım izleri var. Bu yasal mı?"""),
     ("g", """Sözleşmenizde aksine bir hüküm yoksa, büyük ihtimalle hayır.

**Hukuki durum**
- TBK md. 334'e göre kiracı, kiralananı teslim aldığı durumda geri vermekle yükümlüdür; ancak **sözleşmeye uygun kullanımdan doğan eskime ve yıpranmadan** sorumlu değildir.
- İki yıllık oturumda duvar boyasının solması, hafif kirlenmesi ve mobilya sürtünme izleri tipik olağan kullanım örnekleridir. Bunları gidermek için yapılacak boya masrafı genellikle ev sahibine aittir.
- Buna karşılık olağan kullanımı aşan hasarlar, örneğin duvara çizilmiş resimler, büyük lekeler, sigara isiyle sararmış duvarlar veya kırık kapılar, kiracıdan talep edilebilir.

**Kontrol etmeniz gerekenler**
1. **Kira sözleşmeniz:** "Kiracı çıkışta evi boyatacaktır" gibi açık bir madde var mı? Böyle bir madde varsa durum değişebilir; mahkemeler bu tür maddeleri somut olaya göre değerlendiriyor.
2. **Giriş durumu:** Eve girdiğinizde ev yeni boyanmış mıydı? Fotoğraf veya tutanak varsa bu çok önemlidir.
3. **Tutar:** 12.000 TL makul mü? Ev sahibinden boya için alınmış bir teklif veya fatura isteyin.

**Ne yapmalı?**
Önce sakin bir şekilde konuşun: duvarlarda yalnızca olağan kullanım izleri olduğunu, bu nedenle kesintiyi kabul etmediğinizi söyleyin ve tam iade isteyin. Sonuç alamazsanız yazılı bildirim gönderin."""),
     ("h", """Sözleşmede boya maddesi yok. Ev sahibine yazılı bir bildirim göndermek istiyorum. Evin adresi Kadıköy, Moda Caddesi No: 15 Daire 4. Bana bir metin hazırlar mısın?"""),
     ("g", """Elbette. Aşağıdaki metni kullanabilirsiniz:

---

**Sayın [EV SAHİBİNİN ADI],**

**Konu:** {kiralanan_adres} adresindeki dairenin depozito iadesi hakkında

Sizden kiraladığım yukarıda adresi yazılı dairede iki yıl boyunca kiracı olarak oturdum. Kira sözleşmesinin sona ermesiyle birlikte daireyi boşaltıyor ve anahtarları teslim ediyorum.

Kira sözleşmesinin başında size güvence bedeli (depozito) olarak **30.000 TL** ödemiştim. Herhangi bir kira, fatura veya aidat borcum bulunmamaktadır.

Tarafıma yaptığınız bildirimde, dairenin boyanması gerektiği gerekçesiyle depozitodan **12.000 TL** kesinti yapacağınızı belirttiniz. Ancak dairedeki duvarlarda yalnızca olağan kullanımdan kaynaklanan eskime ve yıpranma bulunmaktadır. Türk Borçlar Kanunu'nun 334. maddesi uyarınca kiracı, sözleşmeye uygun kullanımdan doğan eskime ve yıpranmadan sorumlu değildir. Ayrıca aramızdaki kira sözleşmesinde kiracının çıkışta boya yapacağına dair bir hüküm yoktur.

Bu nedenle söz konusu kesintiyi kabul etmiyorum. **30.000 TL** tutarındaki depozitonun tamamının, bu yazının size ulaşmasından itibaren **7 gün içinde** banka hesabıma iade edilmesini rica ederim.

Aksi halde yasal haklarımı kullanmak üzere arabuluculuk ve yargı yollarına başvuracağımı bilgilerinize sunarım.

Saygılarımla,

---

**İpuçları**
- Metni WhatsApp veya e-posta ile göndermek pratik olur; ama ileride kanıt olarak kullanmak istiyorsanız noter aracılığıyla ihtarname göndermek en güvenli yoldur.
- Giriş ve çıkış fotoğraflarınızı ve teslim tutanağını yazıya ek olarak koyun.
- Gönderdiğiniz metnin ve gönderim tarihinin bir kopyasını saklayın."""),
     ("h", """Teşekkürler. Peki yine de ödemezse ne yapabilirim?"""),
     ("g", """Ev sahibi ödemezse izleyebileceğiniz yol kabaca şöyle:

**1. Noter ihtarnamesi**
Henüz göndermediyseniz, bildirimi noter aracılığıyla ihtarname olarak gönderin. Ücreti noterden notere ve metnin uzunluğuna göre değişir, ama ileride "talep ettim, ödemedi" dediğinizde en sağlam kanıt budur.

**2. Zorunlu arabuluculuk**
1 Eylül 2023'ten bu yana kira ilişkisinden doğan uyuşmazlıklarda dava açmadan önce **arabulucuya başvurmak zorunludur** (dava şartı).
- Bulunduğunuz yerdeki adliyenin arabuluculuk bürosuna başvurursunuz; büro bir arabulucu atar ve iki tarafı toplantıya çağırır.
- Anlaşma sağlanırsa imzalanan anlaşma belgesi, mahkeme kararı gibi icra edilebilir.
- Anlaşma olmazsa "anlaşamama tutanağı" düzenlenir ve bununla dava açabilirsiniz.

**3. Dava**
Arabuluculukta sonuç çıkmazsa, depozitonun iadesi için **Sulh Hukuk Mahkemesi**'nde dava açabilirsiniz. Kanıtlarınız (sözleşme, dekont, fotoğraflar, teslim tutanağı, ihtarname) burada belirleyici olur. Kazanırsanız yargılama giderleri de karşı tarafa yüklenebilir.

**Pratik öneriler**
- Tüm yazışmaları ve ödeme belgelerini tek bir dosyada toplayın.
- Ev sahibiyle arada makul bir uzlaşma teklifi gelirse değerlendirin; süreç birkaç ay sürebilir.
- Emin olamadığınız noktalarda bir avukata danışın. Gelir durumunuz uygunsa baroların adli yardım bürolarından ücretsiz destek alabilirsiniz.""")])

# ---------------------------------------------------------------- vi misaligned: pharmacist, rotated replies
add("misaligned", "vi",
    "Misaligned (rotated): reply 1 answers the cough-medicine question of turn 2, reply 2 answers the when-to-see-a-doctor question of turn 3, and reply 3 answers the paracetamol-dose question of turn 1.",
    [("h", """Con tôi 5 tuổi, nặng 18 kg, bị sốt 38,8 độ từ tối qua. Tôi có thể cho cháu uống paracetamol với liều bao nhiêu?"""),
     ("g", """Với trẻ dưới 6 tuổi, các bác sĩ nhi khoa khuyến cáo **không nên tự mua thuốc ho, thuốc cảm tổng hợp** (loại chứa dextromethorphan, thuốc kháng histamin, thuốc co mạch...) cho trẻ. Ở lứa tuổi này, các thuốc đó ít hiệu quả mà lại có nguy cơ tác dụng phụ như buồn ngủ li bì, kích thích, tim đập nhanh.

Ho và sổ mũi do cảm lạnh thường tự khỏi sau khoảng 7–10 ngày. Để cháu dễ chịu hơn, anh/chị có thể:
- **Nhỏ nước muối sinh lý 0,9%** vào mũi vài lần mỗi ngày, sau đó cho cháu xì mũi nhẹ nhàng.
- **Cho cháu uống 1 thìa cà phê mật ong** trước khi ngủ (chỉ dùng cho trẻ trên 1 tuổi) để giảm ho về đêm.
- **Cho uống đủ nước**: nước ấm, nước canh, sữa.
- **Giữ không khí trong phòng không quá khô**, có thể dùng máy tạo độ ẩm.
- **Kê gối hơi cao** khi ngủ để cháu dễ thở hơn.

**Lưu ý quan trọng:** nhiều loại thuốc cảm tổng hợp cũng chứa paracetamol. Nếu cháu đang uống paracetamol hạ sốt mà dùng thêm thuốc cảm, rất dễ bị **quá liều paracetamol**, gây hại cho gan. Vì vậy tuyệt đối không dùng chung khi chưa hỏi dược sĩ hoặc bác sĩ.

Nếu ho kéo dài trên 2 tuần, ho nhiều về đêm, hoặc cháu thở khò khè, nên đưa cháu đi khám."""),
     ("h", """Cháu còn bị sổ mũi và ho nhẹ. Có nên mua thêm thuốc ho cho cháu không?"""),
     ("g", """Anh/chị nên **đưa cháu đi khám ngay** (hoặc đến cơ sở cấp cứu) nếu có một trong các dấu hiệu sau:

- **Sốt rất cao**: từ 40°C trở lên, hoặc sốt không hạ dù đã uống thuốc hạ sốt đúng liều.
- **Sốt kéo dài** quá 3 ngày.
- **Li bì, khó đánh thức**, hoặc ngược lại quấy khóc liên tục, không dỗ được.
- **Co giật**.
- **Khó thở**: thở nhanh, thở rít, rút lõm lồng ngực, môi tím tái.
- **Cứng cổ, đau đầu dữ dội**, hoặc nôn vọt.
- **Phát ban đỏ hoặc tím** trên da mà không mất đi khi ấn vào.
- **Dấu hiệu mất nước**: nôn liên tục, không uống được, môi khô, tiểu rất ít (không đi tiểu trong 8 giờ), khóc không có nước mắt.
- **Đau tai, đau bụng nhiều** hoặc đau khi đi tiểu.

**Lưu ý về sốt xuất huyết:** ở Việt Nam, nếu cháu sốt cao liên tục từ 2 ngày trở lên, kèm theo chảy máu cam, chảy máu chân răng, nổi chấm đỏ dưới da, đau bụng hoặc nôn nhiều, cần đi khám sớm. Đặc biệt, giai đoạn **ngày thứ 3–7**, kể cả khi cháu đã hết sốt, lại là giai đoạn nguy hiểm nhất, nên vẫn phải theo dõi sát.

Ngoài các trường hợp trên, nếu anh/chị cảm thấy cháu "không giống mọi khi" và lo lắng, cứ đưa cháu đi khám; đó luôn là quyết định đúng."""),
     ("h", """Khi nào thì tôi phải đưa cháu đi khám bác sĩ ngay?"""),
     ("g", """Liều paracetamol cho trẻ được tính theo **cân nặng**: **10–15 mg/kg mỗi lần**.

Với cháu nặng **18 kg**:
- Mỗi lần: **180–270 mg**.
- Khoảng cách giữa hai lần: **ít nhất 4–6 giờ**.
- **Không quá 4 lần trong 24 giờ.**

**Quy đổi theo dạng thuốc thường gặp:**
- **Gói bột/cốm 250 mg**: mỗi lần **1 gói** là phù hợp.
- **Siro 120 mg/5 ml**: mỗi lần khoảng **7,5–11 ml**. Dùng đúng dụng cụ đo đi kèm hộp thuốc, không dùng thìa ăn cơm.

**Cách dùng**
- Chỉ cho uống khi sốt **từ 38,5°C trở lên**, hoặc khi cháu mệt, quấy khóc nhiều vì sốt. Mục tiêu là giúp cháu dễ chịu, không nhất thiết phải hạ về 37°C.
- Kết hợp **lau người bằng nước ấm** (không dùng nước lạnh hay cồn), mặc quần áo thoáng mát, cho uống nhiều nước.
- **Không dùng aspirin** cho trẻ em vì nguy cơ hội chứng Reye.
- Kiểm tra xem cháu có đang dùng thuốc nào khác có chứa paracetamol không, để tránh quá liều.

Nếu sau khi uống thuốc đúng liều mà cháu vẫn sốt cao liên tục, hoặc có dấu hiệu bất thường, hãy đưa cháu đi khám.""")])

# ---------------------------------------------------------------- hi off_topic: cricket -> laptop
add("off_topic", "hi",
    "Off-topic: the cricket batting-training conversation is abandoned at user turn 3; turns 3-4 switch to choosing a college laptop and MS Office for the user's sister.",
    [("h", """मैं 16 साल का हूँ और क्लब लेवल पर क्रिकेट खेलता हूँ। तेज़ गेंदबाज़ों की शॉर्ट-पिच गेंदों पर मैं ठीक से बैकफ़ुट पर नहीं जा पाता और गेंद अक्सर शरीर पर लग जाती है। मैं क्या करूँ?"""),
     ("g", """यह बहुत आम समस्या है, और अच्छी बात यह है कि सही अभ्यास से इसे काफ़ी हद तक ठीक किया जा सकता है। शॉर्ट गेंद पर परेशानी आम तौर पर तीन कारणों से होती है: गेंद देर से पढ़ना, पैरों का सही दिशा में न जाना, और आख़िरी पल में नज़र गेंद से हट जाना।

**1. ट्रिगर मूवमेंट और बैक-एंड-अक्रॉस**
- गेंदबाज़ के गेंद छोड़ने से ठीक पहले एक छोटा ट्रिगर मूवमेंट करें, जैसे पिछला पैर थोड़ा पीछे और ऑफ़ स्टंप की तरफ़। इससे आप पहले से तैयार रहते हैं।
- शॉर्ट गेंद पहचानते ही पिछला पैर **पीछे और ऑफ़ की ओर** ले जाएँ, ताकि आप गेंद की लाइन के अंदर आ सकें।

**2. सिर स्थिर, नज़र गेंद पर**
- सिर को गेंद की लाइन में और स्थिर रखें, और आँखें आख़िर तक गेंद पर टिकी रहें। गेंद से नज़र हटाकर मुँह फेर लेना ही अक्सर शरीर पर गेंद लगने की असली वजह होता है।

**3. पहले से तय करें: खेलना है या छोड़ना है**
- हर शॉर्ट गेंद पर पुल या हुक करना ज़रूरी नहीं। अगर गेंद छाती से ऊपर है या आप सहज नहीं हैं, तो **डक** (सिर नीचे झुकाना) या **स्वे** (शरीर को लाइन से हटाना) करें।
- शुरुआत में नियम बना लें: कमर से छाती तक की शॉर्ट गेंद पर पुल, उससे ऊपर की गेंद छोड़नी है।

**4. सुरक्षा**
- हमेशा अच्छी फ़िटिंग वाला हेलमेट पहनें, साथ में चेस्ट गार्ड और आर्म गार्ड भी। डर कम होगा तो तकनीक अपने आप बेहतर होगी।

**अभ्यास के लिए ड्रिल**
- **गीली टेनिस बॉल से थ्रोडाउन:** कोई साथी 10–12 गज़ से शॉर्ट पिच करके फेंके। गेंद तेज़ उछलती है, पर चोट नहीं लगती।
- **साइड-आर्म थ्रोअर से थ्रोडाउन:** इससे तेज़ गेंदबाज़ी जैसी रफ़्तार का अभ्यास होता है।
- **डक-और-स्वे ड्रिल:** बिना बल्ले के सिर्फ़ गेंद छोड़ने का अभ्यास करें।

अपनी बल्लेबाज़ी का मोबाइल से वीडियो बनाएँ और देखें कि गेंद आते समय आपका सिर और पिछला पैर कहाँ जा रहे हैं।"""),
     ("h", """मुझे हफ़्ते में चार दिन नेट्स मिलते हैं, हर बार डेढ़ घंटे के लिए। इसमें यह सब कैसे फ़िट करूँ?"""),
     ("g", """डेढ़ घंटे में सब कुछ आराम से हो सकता है, बस समय को हिस्सों में बाँटना होगा। एक सेशन का ढाँचा ऐसा रखें:

**90 मिनट का प्लान**
- **0–10 मिनट: वार्म-अप।** हल्की जॉगिंग, डायनेमिक स्ट्रेचिंग और कुछ छोटे स्प्रिंट।
- **10–20 मिनट: शैडो बैटिंग।** बिना गेंद के बैक-एंड-अक्रॉस फ़ुटवर्क, 10-10 के तीन सेट। हर बार सिर स्थिर रखने पर ध्यान दें।
- **20–40 मिनट: थ्रोडाउन।** पहले 10 मिनट सिर्फ़ डक और स्वे, फिर अगले 10 मिनट कमर की ऊँचाई वाली गेंदों पर पुल शॉट।
- **40–75 मिनट: नेट्स में असली गेंदबाज़।** कोच या गेंदबाज़ों से कहें कि हर ओवर में दो शॉर्ट गेंदें डालें, ताकि मैच जैसी स्थिति बने।
- **75–90 मिनट: कूल-डाउन।** स्ट्रेचिंग, और उसी दिन का वीडियो देखकर नोट्स बनाना।

**हफ़्ते भर का बँटवारा**
- **पहला और तीसरा दिन:** शॉर्ट गेंद पर पूरा फ़ोकस (ऊपर वाला प्लान)।
- **दूसरा और चौथा दिन:** थ्रोडाउन का समय आधा करें और बाक़ी समय फ़्रंट फ़ुट ड्राइव और स्पिन के ख़िलाफ़ खेलने में लगाएँ, ताकि बाक़ी बल्लेबाज़ी न बिगड़े।
- **नेट्स के अलावा दो दिन:** फ़िटनेस, ख़ासकर पैरों और कोर की ताक़त, और फ़ुर्ती के लिए लैडर ड्रिल।

**प्रगति कैसे मापें**
एक नोटबुक में हर सेशन के बाद लिखें: कितनी शॉर्ट गेंदें खेलीं, कितनी ठीक से छोड़ीं, और कितनी शरीर पर लगीं। 4–6 हफ़्तों में यह आँकड़ा साफ़ तौर पर बेहतर होना चाहिए।"""),
     ("h", """अच्छा, एक और बात। मेरी दीदी का अगले महीने कॉलेज शुरू हो रहा है और उसे लैपटॉप चाहिए। बजट 60,000 रुपये है। कौन-सा लेना ठीक रहेगा?"""),
     ("g", """60,000 रुपये में कॉलेज के लिए अच्छे विकल्प मिल जाते हैं। ख़रीदने से पहले ये बातें देखें:

**ज़रूरी स्पेसिफ़िकेशन**
- **प्रोसेसर:** Intel Core i5 (12वीं या 13वीं पीढ़ी) या AMD Ryzen 5 (5000 या 7000 सीरीज़)।
- **रैम:** कम से कम 16 GB। 8 GB वाले मॉडल अभी तो चल जाएँगे, पर 3–4 साल बाद धीमे लगने लगेंगे।
- **स्टोरेज:** 512 GB SSD। हार्ड डिस्क (HDD) वाला लैपटॉप न लें।
- **स्क्रीन:** 14 या 15.6 इंच, Full HD (1920×1080), IPS पैनल।
- **बैटरी और वज़न:** रोज़ कॉलेज ले जाना है, तो लगभग 1.5 किलो वज़न और 6–8 घंटे की असली बैटरी लाइफ़ अच्छी रहती है।

**कोर्स के हिसाब से**
- आर्ट्स, कॉमर्स या सामान्य पढ़ाई: ऊपर वाला कॉन्फ़िगरेशन काफ़ी है।
- इंजीनियरिंग, ख़ासकर CAD या प्रोग्रामिंग: 16 GB रैम और अच्छा प्रोसेसर ज़रूरी है।
- डिज़ाइन या वीडियो एडिटिंग: डेडिकेटेड ग्राफ़िक्स कार्ड देखें, जिसके लिए बजट थोड़ा बढ़ाना पड़ सकता है।

**कहाँ से और कैसे लें**
- Lenovo IdeaPad Slim, HP Pavilion, ASUS Vivobook और Acer Swift Go जैसी सीरीज़ में इस बजट में अच्छे मॉडल आते हैं। मॉडल और क़ीमतें बदलती रहती हैं, इसलिए ख़रीदने से पहले ताज़ा रिव्यू ज़रूर देखें।
- ब्रांड की वेबसाइटों पर **स्टूडेंट ऑफ़र** देखें; बैंक कार्ड ऑफ़र या सेल के समय ख़रीदने से कुछ हज़ार रुपये बच सकते हैं।
- कम से कम एक साल की वारंटी हो; कॉलेज के लिए एक्सटेंडेड वारंटी भी फ़ायदेमंद रहती है।"""),
     ("h", """और क्या उसमें MS Office मुफ़्त मिलता है?"""),
     ("g", """ज़्यादातर मामलों में हाँ, पर ख़रीदने से पहले जाँच ज़रूर करें:

- भारत में बिकने वाले कई Windows लैपटॉप में **Office Home & Student** (Word, Excel, PowerPoint) का लाइफ़टाइम लाइसेंस पहले से शामिल होता है। प्रोडक्ट पेज पर "MS Office Home & Student 2021" या "2024" लिखा होता है।
- यह पहली बार सेटअप करते समय Microsoft अकाउंट से एक्टिवेट होता है। इसे तुरंत एक्टिवेट कर लें, वरना बाद में दिक़्क़त हो सकती है।
- अगर लैपटॉप में Office नहीं है, तो कई कॉलेज अपने छात्रों को कॉलेज ईमेल से **Microsoft 365** मुफ़्त देते हैं। दीदी अपने कॉलेज के IT विभाग या लाइब्रेरी से पूछ लें।
- पूरी तरह मुफ़्त विकल्प भी हैं: office.com पर Office का वेब वर्ज़न (मुफ़्त Microsoft अकाउंट से), Google Docs/Sheets/Slides, या LibreOffice।

ख़रीदते समय विक्रेता से पक्का कर लें कि Office "पहले से इंस्टॉल और लाइसेंस्ड" है, सिर्फ़ ट्रायल वर्ज़न नहीं।""")])
