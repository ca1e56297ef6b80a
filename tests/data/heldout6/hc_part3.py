from hc_common import conv, raw, D

DIALOGUES = []
add = DIALOGUES.append

# 021 good ru - Tower of Hanoi puzzle
add(D(21, "good", "ru",
"Good (ru): головоломка «Ханойская башня»: правила, алгоритм, доказательство формулы 2^n − 1, короткий ответ в конце; все числа верны.",
conv(
"Мне подарили головоломку «Ханойская башня» с 8 дисками. Какие там правила и за сколько ходов минимум её можно собрать?",
"""Правила простые:

1. Есть три стержня. В начале все диски надеты на один стержень пирамидой: самый большой внизу, самый маленький сверху.
2. Цель — перенести всю пирамиду на другой стержень.
3. За один ход можно переложить **только один диск** — верхний с какого-то стержня.
4. **Нельзя класть больший диск на меньший.**

Минимальное число ходов для n дисков равно **2ⁿ − 1**. Для ваших 8 дисков это 2⁸ − 1 = 256 − 1 = **255 ходов**.

Для сравнения:
- 3 диска — 7 ходов,
- 4 диска — 15 ходов,
- 5 дисков — 31 ход.

Каждый новый диск примерно удваивает работу. Поэтому удобно начать с 3–4 дисков: разобраться в закономерности, а потом переходить к полному набору. Если вы где-то ошибётесь, головоломку всё равно можно собрать, просто ходов понадобится больше 255.""",
"А как собирать, чтобы не запутаться?",
"""Есть очень простой способ, который не требует ничего запоминать. Назовём стержни: **A** — где пирамида стоит сейчас, **C** — куда её нужно перенести, **B** — вспомогательный.

Ходы чередуются:

1. **Нечётные ходы (1-й, 3-й, 5-й…)** — всегда двигайте **самый маленький диск**, и всегда в одном и том же направлении по кругу. При **чётном** числе дисков (у вас 8) направление такое: A → B → C → A → B → …
2. **Чётные ходы** — делайте **единственный возможный ход, не трогая маленький диск**. Таких ходов всегда ровно один: между двумя другими стержнями меньший верхний диск кладётся на больший (или на пустой стержень).

Повторяйте, пока вся пирамида не окажется на C.

Если бы дисков было нечётное число (например, 7), маленький диск ходил бы в другую сторону: A → C → B → A…

Удобно держать в голове только два вопроса: «Этот ход нечётный? Значит, маленький диск на один шаг по кругу». «Чётный? Значит, единственный другой ход».""",
"Почему формула именно 2ⁿ − 1?",
"""Посмотрим, как переносится самый большой диск. Чтобы его сдвинуть, все n − 1 дисков над ним должны сначала уйти на вспомогательный стержень. Потом — один ход большим диском. Потом те же n − 1 дисков нужно снова перенести на него сверху.

Если T(n) — минимальное число ходов для n дисков, получаем:

**T(n) = 2 · T(n − 1) + 1**, при этом T(1) = 1.

Проверим: T(2) = 2·1 + 1 = 3, T(3) = 2·3 + 1 = 7, T(4) = 15. Каждый раз получается число на единицу меньше степени двойки. По индукции: если T(n − 1) = 2ⁿ⁻¹ − 1, то T(n) = 2·(2ⁿ⁻¹ − 1) + 1 = 2ⁿ − 1.

Быстрее нельзя, потому что большой диск обязан хотя бы раз сдвинуться, а перед этим и после этого всю меньшую башню приходится переносить целиком.

Есть и красивая легенда: монахи переносят 64 золотых диска, и когда закончат, наступит конец света. Это 2⁶⁴ − 1 ≈ 1,8 · 10¹⁹ ходов; при одном ходе в секунду — около **585 миллиардов лет**, так что волноваться не о чем.""",
"Сколько примерно времени у меня уйдёт на 8 дисков?",
"""255 ходов по 1–2 секунды — это примерно **5–9 минут**, если не ошибаться. В первый раз, пока привыкаете к алгоритму, закладывайте минут 15."""
)))

# 022 placeholder fr - film list with an unfilled template slot in turn 1
add(D(22, "placeholder", "fr",
"Placeholder: dans la première réponse, une entrée de la liste de films est restée un gabarit non rempli ('<titre_film_3> (<annee_3>) de <realisateur_3>').",
conv(
"Mon fils de 15 ans apprend le français au lycée (nous vivons à l'étranger). Quels films français récents ou des années 90–2000 pourrions-nous regarder ensemble ?",
"""Bonne idée : le cinéma est un excellent moyen de travailler la compréhension orale. Voici une sélection variée, adaptée à 15 ans :

- **Le Fabuleux Destin d'Amélie Poulain (2001)** de Jean-Pierre Jeunet – Une jeune serveuse de Montmartre décide de faire le bonheur des autres en secret. Visuellement très riche, narration en voix off assez claire.
- **Les Choristes (2004)** de Christophe Barratier – Dans un internat de garçons en 1949, un surveillant forme une chorale. Émouvant, dialogues simples, très bon pour débuter.
- **<titre_film_3> (<annee_3>)** de <realisateur_3> – <resume_court_3>
- **Intouchables (2011)** d'Olivier Nakache et Éric Toledano – L'amitié entre un riche tétraplégique et son auxiliaire de vie venu de la banlieue. Drôle et touchant ; beaucoup d'argot, mais c'est aussi instructif.
- **Le Dîner de cons (1998)** de Francis Veber – Une comédie presque en huis clos, idéale pour l'humour verbal français.
- **Entre les murs (2008)** de Laurent Cantet – Une année dans une classe de collège à Paris. Palme d'or à Cannes, et parfait pour un ado qui connaît bien la vie scolaire.
- **Microbe et Gasoil (2015)** de Michel Gondry – Deux ados de 14 ans partent en road-trip dans une voiture qu'ils ont fabriquée. Léger et plein d'humour.

Conseil pratique : regardez d'abord avec des sous-titres dans votre langue, puis revoyez une scène préférée avec les sous-titres français.""",
"Lequel est le plus facile à comprendre pour lui ?",
"""**Les Choristes**, sans hésiter. Les dialogues sont lents et bien articulés, le vocabulaire est courant, et la musique porte une grande partie de l'émotion, donc il suivra l'histoire même s'il manque quelques mots. Ensuite viendrait **Amélie**, grâce à la voix off.""",
"Et Entre les murs, c'est adapté à son âge ?",
"""Oui, tout à fait. Le film est adapté du roman de **François Bégaudeau**, qui joue lui-même le professeur, et les élèves sont de vrais collégiens du 20ᵉ arrondissement de Paris. Il n'y a pas de scènes choquantes ; ce sont surtout des échanges en classe, parfois tendus, sur le respect, l'autorité et la langue.

En revanche, c'est l'un des plus difficiles à comprendre : les élèves parlent vite, se coupent la parole et utilisent beaucoup d'argot. Gardez-le pour plus tard, avec sous-titres, et profitez-en pour en discuter : il pourra comparer avec son propre lycée."""
)))

# 023 good en - fall of Constantinople
add(D(23, "good", "en",
"Good: history Q&A on the fall of Constantinople in 1453; accurate dates and names, consistent, with a short final answer.",
conv(
"How did the Ottomans manage to take Constantinople in 1453 when the city had resisted sieges for centuries?",
"""Several things came together in 1453 that hadn't before:

1. **Artillery.** Mehmed II hired a Hungarian (or Transylvanian) founder named **Orban**, who cast enormous bronze cannons. The largest reportedly fired stones weighing around 500 kg. The **Theodosian Walls**, a triple line of defences that had stopped attackers for a thousand years, were built for an age before gunpowder. The guns couldn't fire often, but day after day they battered sections flat, and the defenders had to rebuild at night.

2. **Numbers.** Mehmed's army is estimated at 50,000–80,000 men; the defenders under Emperor **Constantine XI Palaiologos** had perhaps 7,000–8,000, including Genoese volunteers under **Giovanni Giustiniani**.

3. **The Golden Horn.** A great chain blocked the harbour. On **22 April** Mehmed had around 70 ships dragged overland on greased wooden rollers behind Galata and relaunched into the Horn. This forced the defenders to spread thin along the sea walls as well.

4. **Isolation.** The Byzantine Empire by then was little more than the city itself. Help from the West was small: a few Venetian and Genoese ships and soldiers, and a promised Venetian fleet that came too late.

5. **The final assault** on **29 May 1453**. After waves of attacks, Giustiniani was badly wounded and carried from the walls, which hurt morale, and according to some accounts a small gate, the Kerkoporta, had been left open. Ottoman troops broke through; Constantine XI died fighting, and his body was never identified with certainty.

Mehmed was only 21. He became known as **Fatih**, "the Conqueror".""",
"What changed after the conquest?",
"""Quite a lot, in several directions:

- **A new capital.** Mehmed made the city the Ottoman capital and worked hard to repopulate it, bringing in Muslims, Christians and Jews from across the empire. He converted **Hagia Sophia** into a mosque, but allowed the Greek Orthodox Church to continue under a new Patriarch, Gennadios Scholarios.
- **The end of Rome's last direct successor.** With it, the Ottomans controlled the crossing between Europe and Asia and the Black Sea trade, and they pushed on into the Balkans for the next two centuries.
- **Scholars to Italy.** Greek scholars and manuscripts had been moving west for decades; the fall accelerated it. This fed the study of Greek in the Italian Renaissance, though historians now see it as one factor, not the cause, of the Renaissance.
- **Trade routes.** Ottoman control of the eastern Mediterranean is often cited as one reason Portugal and Spain looked for sea routes to Asia, though that link is debated too.
- **Symbolism.** Moscow's rulers later presented themselves as heirs of Byzantium, the so-called "Third Rome".""",
"When did Constantinople officially become Istanbul?",
""""Istanbul" was used in everyday Turkish for centuries, but the name became official in **1930**, when the Turkish Republic's postal law required it, and foreign mail addressed to "Constantinople" was returned."""
)))

# 024 repetition ru - last user turn re-asks turn 2 near-verbatim, reply repeats
add(D(24, "repetition", "ru",
"Repetition (near-verbatim): в последнем ходе пользователь почти дословно повторяет вопрос 2 (сколько воды в Байкале), а ассистент почти дословно повторяет свой ответ 2.",
conv(
"Почему Байкал такой глубокий? Ведь это же просто озеро.",
"""Потому что Байкал — это не обычное озеро в низине, а **рифтовая впадина**: место, где земная кора медленно разламывается и расходится.

- Байкальская рифтовая зона начала формироваться примерно **25–30 миллионов лет назад**. Это делает Байкал **самым древним озером на планете** (большинство озёр живут лишь десятки тысяч лет и быстро заполняются осадками).
- Две части земной коры расходятся на несколько миллиметров в год, и дно впадины продолжает опускаться.
- Максимальная глубина озера — **1642 метра**, это рекорд среди озёр мира.
- Но и это не всё: под водой лежит толща осадков мощностью до **7 километров**. То есть сама трещина в коре гораздо глубже, чем озеро.

Рифт до сих пор активен: в районе Байкала регулярно случаются землетрясения, в основном слабые, а в побережье бьют горячие источники. Некоторые геологи считают, что через миллионы лет здесь может образоваться новый океан, как когда-то образовалось Красное море на месте похожего разлома.""",
"Сколько там вообще воды?",
"""Около **23 600 км³**. Это примерно **20% всей пресной воды** в озёрах и реках планеты — больше, чем во всех пяти Великих американских озёрах вместе взятых. Если бы Байкал стал единственным источником воды для всего человечества, её хватило бы на десятки лет.""",
"А какие животные там живут, которых больше нигде нет?",
"""Байкал — одно из самых богатых эндемиками мест на Земле: больше половины видов животных, живущих в озере, не встречаются больше нигде. Самые известные:

- **Байкальская нерпа** — единственный вид тюленей в мире, который живёт только в пресной воде. Как она попала в озеро, до конца не ясно; чаще всего предполагают, что её предки пришли с севера, из Северного Ледовитого океана, по рекам в ледниковые эпохи.
- **Голомянка** — полупрозрачная рыбка без чешуи и плавательного пузыря, на треть состоящая из жира. Живородящая, обитает на больших глубинах; это главная еда нерпы.
- **Байкальский омуль** — знаменитая промысловая рыба; его вылов сейчас ограничен из-за сокращения численности.
- **Эпишура** — крошечный рачок размером около 1,5 мм. Он фильтрует воду и во многом отвечает за её удивительную прозрачность.
- Сотни видов **бокоплавов** (амфипод) — от миллиметровых до крупных глубоководных.

Такое разнообразие — следствие возраста озера: за миллионы лет изоляции виды успели эволюционировать отдельно.""",
"Сколько воды всего в Байкале?",
"""Примерно **23 600 км³**. Это около **20% всей пресной воды** в озёрах и реках Земли — больше, чем во всех пяти Великих озёрах Северной Америки вместе. Если бы Байкал был единственным источником воды для человечества, её хватило бы на несколько десятилетий."""
)))

# 025 off_topic ar - Andalusia history, last turn jumps to football
add(D(25, "off_topic", "ar",
"Off-topic: حوار عن تاريخ الأندلس، ثم في الدور الأخير يسأل المستخدم عن كرة القدم (الكلاسيكو وتشكيلة برشلونة) ويجيب المساعد، فيترك الحوار هدفه.",
conv(
"ما هي أهم معالم الحضارة الإسلامية في الأندلس التي ما زالت موجودة حتى اليوم؟",
"""تركت الحضارة الأندلسية آثارًا مهمة ما زال كثير منها قائمًا في جنوب إسبانيا، ومن أبرزها:

- **المسجد الجامع في قرطبة**: بدأ بناءه **عبد الرحمن الداخل** سنة 785م، ثم وسّعه خلفاؤه مرات عدة. يشتهر بغابة الأعمدة والأقواس المزدوجة المخططة بالأحمر والأبيض، وبمحرابه المزين بالفسيفساء. تحوّل إلى كاتدرائية بعد سقوط قرطبة سنة 1236م، وبُنيت في وسطه كنيسة في القرن السادس عشر.
- **مدينة الزهراء**: المدينة الملكية التي أسسها **عبد الرحمن الناصر** قرب قرطبة سنة 936م تقريبًا. دُمّرت في الفتنة بعد أقل من قرن، لكن أطلالها المكتشفة مدرجة اليوم ضمن التراث العالمي لليونسكو.
- **قصر الحمراء في غرناطة**: شيّده بنو نصر بين القرنين الثالث عشر والرابع عشر. من أشهر أجزائه بهو الأسود وقاعة السفراء، وجدرانه مزينة بالخط العربي وعبارة «ولا غالب إلا الله».
- **الخيرالدا في إشبيلية**: كانت مئذنة المسجد الجامع في عهد الموحدين، وهي اليوم برج جرس الكاتدرائية.

ولم يقتصر الأثر على العمارة؛ فقد خرجت من الأندلس أسماء كبيرة مثل **ابن رشد** في الفلسفة، و**الزهراوي** في الجراحة، و**زرياب** في الموسيقى وآداب المائدة، كما كانت **طليطلة** مركزًا لترجمة الكتب العربية إلى اللاتينية بعد سقوطها، فانتقلت عبرها علوم كثيرة إلى أوروبا.""",
"ومتى سقطت غرناطة بالتحديد؟",
"""سقطت غرناطة في **2 يناير 1492م**، عندما سلّم آخر ملوكها **أبو عبد الله محمد الثاني عشر** (المعروف بأبي عبد الله الصغير) مفاتيح المدينة للملكين الكاثوليكيين **فرديناند وإيزابيلا**، بعد حصار دام عدة أشهر. وقد ضمنت معاهدة التسليم للمسلمين حرية العبادة والاحتفاظ بممتلكاتهم، لكن هذه الشروط نُقضت خلال سنوات قليلة، وبدأت حملات التنصير القسري. وبسقوط غرناطة انتهى آخر كيان سياسي إسلامي في شبه الجزيرة الإيبيرية بعد نحو ثمانية قرون.""",
"بالمناسبة، من الأفضل حاليًا برأيك: ريال مدريد أم برشلونة؟ وما أفضل تشكيلة يمكن أن يلعب بها برشلونة هذا الموسم؟",
"""سؤال يثير الجدل دائمًا! المقارنة بين الفريقين تتغير من موسم لآخر، ولا أستطيع متابعة النتائج الأخيرة لحظة بلحظة، لكن يمكن الحديث عن الصورة العامة:

- **ريال مدريد** يعتمد عادة على لاعبين يحسمون المباريات الكبيرة، ويملك تاريخًا استثنائيًا في دوري أبطال أوروبا بأكثر من أربعة عشر لقبًا.
- **برشلونة** يعتمد أكثر على الاستحواذ والتمرير القصير وعلى خريجي أكاديمية «لا ماسيا».

أما التشكيلة، فبرشلونة غالبًا ما يلعب بطريقة **4-3-3** أو **4-2-3-1**:
- في حراسة المرمى حارس أساسي خلفه بديل موثوق.
- خط دفاع رباعي مع ظهيرين يتقدمان للهجوم.
- في الوسط لاعبون مثل **بيدري** لصناعة اللعب، مع لاعب ارتكاز يحمي الدفاع.
- في الهجوم جناح سريع مثل **لامين يامال** على اليمين، ومهاجم صريح في العمق.

التشكيلة «الأفضل» تعتمد على الإصابات وعلى الخصم، لذلك يغيّر المدرب عادة بين مباراة وأخرى."""
)))

# 026 good en - book recommendations for a 12-year-old, short follow-ups
add(D(26, "good", "en",
"Good: book (and film) recommendations for a 12-year-old Percy Jackson fan; one long list then several short, plain answers to short follow-ups.",
conv(
"My 12-year-old son just finished all five Percy Jackson books and loved them. What should he read next?",
"""Lucky you: there's a lot of great stuff in that space. Some picks, grouped by how close they are to Percy Jackson:

**More Rick Riordan**
- **The Heroes of Olympus** (starts with *The Lost Hero*) – the direct sequel series, with Percy returning in book 2. The obvious next step.
- **The Kane Chronicles** (starts with *The Red Pyramid*) – same humour, Egyptian mythology, told by a brother and sister.
- **Magnus Chase** – Norse mythology, set in Boston; Magnus turns out to be Annabeth's cousin.

**Similar feel, different authors**
- **Amari and the Night Brothers** by B. B. Alston – a girl discovers a hidden world of magic and supernatural agencies while searching for her missing brother. Fast and funny.
- **Keeper of the Lost Cities** by Shannon Messenger – a telepathic girl discovers she's an elf; long series, very addictive.
- **Wings of Fire** by Tui T. Sutherland – dragon tribes, prophecies and war, each arc told by a different dragon.
- **Artemis Fowl** by Eoin Colfer – a 12-year-old criminal mastermind versus high-tech fairies. Witty, clever plots.

**A step up**
- **The Hobbit** by J. R. R. Tolkien – slower, but a classic adventure he may be ready for.
- **A Wizard of Earthsea** by Ursula K. Le Guin – short, beautifully written, about a young wizard's mistake.

If he liked the mythology most, go Riordan; if he liked the humour and the team of friends, try Amari or Artemis Fowl.""",
"Is Wings of Fire too young for him?",
"""Not really. It's aimed at roughly 8–12, but it has real stakes: wars, deaths and some dark moments. Plenty of 12- and 13-year-olds love it. If he finds the first book simple, the later arcs get more complex.""",
"What's the first Keeper of the Lost Cities book called?",
"""It's also called **Keeper of the Lost Cities** (2012). The second is *Exile*.""",
"Have any of these been made into films?",
"""*The Lightning Thief* was filmed in 2010, and Disney+ launched a more faithful **Percy Jackson and the Olympians** series in 2023. **Artemis Fowl** got a film in 2020, but it was poorly received and changes a lot. **The Hobbit** has Peter Jackson's three films. Save the films until after the books.""",
"Great. If you had to pick the next three in order, what would they be?",
"""1. **The Lost Hero** – keeps the momentum going in a world he already loves.
2. **Amari and the Night Brothers** – something fresh but with a similar energy.
3. **The Hobbit** – a gentle stretch into classic fantasy, ideal before he's 13."""
)))

# 027 non_answer pt - last reply only restates the stoichiometry question
add(D(27, "non_answer", "pt",
"Non-answer (subtle): no último turno a resposta reformula a pergunta (massa de CO2 de 88 g de propano) e fala da importância do cálculo, sem dar número nem passos; resto correto.",
conv(
"Estou estudando para a prova de química. Como balanceio a equação da combustão do metano?",
"""Vamos por etapas. A combustão completa de um hidrocarboneto sempre produz CO₂ e H₂O:

CH₄ + O₂ → CO₂ + H₂O

**1. Carbono.** Há 1 C à esquerda e 1 à direita. Já está certo.

**2. Hidrogênio.** Há 4 H no CH₄ e só 2 na água. Coloque **2** na frente da H₂O:
CH₄ + O₂ → CO₂ + **2** H₂O

**3. Oxigênio por último** (porque ele aparece sozinho no O₂, é o mais fácil de ajustar). À direita: 2 no CO₂ + 2 nas duas águas = 4 átomos de O. Então você precisa de **2** O₂:
CH₄ + **2** O₂ → CO₂ + 2 H₂O

**Conferência final**
- C: 1 = 1
- H: 4 = 4
- O: 4 = 4

Dica para a prova: em combustões, balanceie sempre na ordem **C → H → O**. O oxigênio fica por último porque só ele aparece como substância simples, e mexer nele não desarruma os outros.""",
"E a do propano, C₃H₈?",
"""Mesma ordem:

- **C:** 3 carbonos → **3** CO₂
- **H:** 8 hidrogênios → **4** H₂O
- **O:** à direita, 3 × 2 + 4 × 1 = 10 átomos → **5** O₂

**C₃H₈ + 5 O₂ → 3 CO₂ + 4 H₂O**

Conferência: C 3 = 3, H 8 = 8, O 10 = 10.""",
"Perfeito. E qual a massa de CO₂ produzida quando eu queimo 88 g de propano?",
"""Boa, agora você quer dar o passo seguinte: sair do balanceamento e ir para a estequiometria, ou seja, descobrir quanta massa de CO₂ é formada a partir dos 88 g de propano que você queimou. Esse é exatamente o tipo de questão que costuma cair em provas e vestibulares, e ela depende diretamente da equação balanceada que montamos antes.

É um cálculo muito importante para entender a relação entre a quantidade de matéria e a massa nas reações químicas, e vale muito a pena dominá-lo bem antes da prova, porque aparece em muitos exercícios diferentes."""
)))

# 028 bad_length ar - middle reply is a ramble that drifts away from the question
add(D(28, "bad_length", "ar",
"Bad length: الرد الثاني (كيف أجعل الفصل الأوسط مشوقًا) يبدأ بالموضوع ثم ينجرف تدريجيًا في استطراد طويل عن تاريخ الوراقين وصناعة الورق في بغداد، ولا يجيب عن السؤال.",
conv(
"أكتب رواية قصيرة عن فتاة تعمل في مكتبة قديمة في وسط القاهرة، وتجد رسالة مخبأة داخل كتاب مستعمل. هل تساعدني في وضع مخطط للقصة؟",
"""فكرة جميلة، فالرسالة المخبأة مدخل طبيعي للغموض والحنين معًا. إليك مخططًا من ثلاثة فصول:

**الفصل الأول: الاكتشاف**
- نتعرف على **سلمى**، 26 عامًا، تعمل في مكتبة قديمة لبيع الكتب المستعملة قرب شارع شريف، يملكها رجل مسن قليل الكلام.
- أثناء ترتيب مجموعة كتب اشترتها المكتبة من تركة عائلة قديمة، تسقط من رواية لنجيب محفوظ رسالة مؤرخة في عام 1967، موقعة بحرف واحد: «ن».
- الرسالة موجهة إلى امرأة تدعى «ليلى»، وفيها وعد بلقاء «عند الساعة، حيث التقينا أول مرة».
- نهاية الفصل: تقرر سلمى أن تعرف ما إذا كان اللقاء قد حدث.

**الفصل الثاني: البحث**
- تتتبع سلمى عنوان التركة وتلتقي بأحفاد العائلة.
- تكتشف أن «ليلى» كانت معلمة، وأن «ن» سافر فجأة بعد الحرب.
- تتقاطع القصة مع حياة سلمى نفسها: علاقة لم تكتمل، وخوفها من المغادرة أو البقاء.
- صاحب المكتبة يعرف أكثر مما يقول.

**الفصل الثالث: الكشف**
- يتبين أن صاحب المكتبة هو «ن»، وأن الرسالة لم تصل قط.
- لقاء مؤثر بينه وبين «ليلى» المسنّة، أو زيارة لقبرها، بحسب النبرة التي تريدها.
- سلمى تتخذ قرارها الخاص في حياتها.

إن أردت، يمكننا تعميق أي فصل أو تطوير الشخصيات الثانوية.""",
"أخشى أن يصبح الفصل الثاني مملًا لأنه مجرد بحث. كيف أجعله مشوقًا؟",
"""الفصل الأوسط هو فعلًا أصعب جزء في أي رواية، وهذا شعور يمر به معظم الكتّاب. والبحث عن الماضي في القاهرة موضوع غني جدًا، خاصة أن المدينة نفسها كانت دائمًا مدينة كتب ووراقين. فمنذ العصر المملوكي كانت هناك أسواق كاملة للوراقين قرب الجامع الأزهر، حيث كان النساخ يجلسون في دكاكين صغيرة ينسخون الكتب باليد ويبيعونها للطلاب والعلماء، وكانت مهنة الوراقة تشمل النسخ والتجليد وبيع الورق معًا.

وهذا يذكرنا بأن الورق نفسه وصل إلى العالم الإسلامي في وقت مبكر نسبيًا؛ فالرواية الشائعة أن صناعة الورق انتقلت من الصين إلى سمرقند بعد معركة طلاس سنة 751م، حين أُسر صناع ورق صينيون. ثم أُنشئت أول مصانع للورق في بغداد في عهد هارون الرشيد نحو سنة 794م، وكان يُصنع من الكتان والخرق البالية بدلًا من لحاء الشجر، ومن بغداد انتشرت الصناعة إلى دمشق والقاهرة ثم إلى المغرب والأندلس، ومنها إلى أوروبا بعد قرون.

وكان لهذا التحول أثر كبير في انتشار الكتب، إذ كان الورق أرخص كثيرًا من الرق والبردي، فازدهرت المكتبات الكبرى مثل بيت الحكمة في بغداد، ودار العلم في القاهرة الفاطمية التي أسسها الحاكم بأمر الله سنة 1005م. أما اليوم فصناعة الورق تعتمد أساسًا على لب الخشب، وتمر بمراحل الطحن والتبييض والكبس والتجفيف في آلات ضخمة، كما أصبحت إعادة تدوير الورق جزءًا مهمًا منها للحد من قطع الأشجار، ويمكن إعادة تدوير الألياف الورقية عدة مرات قبل أن تصبح قصيرة جدًا.""",
"هل تقترح عنوانًا للرواية؟",
"""بعض الاقتراحات بحسب النبرة:
- **«رسالة لم تصل»**: مباشر ويلمّح إلى المفاجأة.
- **«عند الساعة»**: مأخوذ من الرسالة نفسها، غامض وجذاب.
- **«هوامش ليلى»**: أدبي ويربط القصة بالكتب.
- **«مكتبة شارع شريف»**: يركز على المكان والحنين إلى وسط البلد."""
)))

# 029 misaligned ar - replies rotated by one position
add(D(29, "misaligned", "ar",
"Misaligned: الردود مُدوَّرة بمقدار دور واحد: الرد الأول يجيب عن سؤال الأطباق (الرابع)، والثاني عن الأماكن (الأول)، والثالث عن المطار (الثاني)، والرابع عن رحلة الأطلس/الصحراء (الثالث).",
conv(
"أخطط لرحلة مدتها خمسة أيام إلى مراكش في شهر مارس. ما أهم الأماكن التي يجب أن أزورها؟",
"""لا تفوّت هذه الأطباق في مراكش:

- **الطنجية المراكشية**: طبق المدينة الشهير، لحم يُطهى ببطء لساعات في جرة فخارية مع الليمون المصبّر والثوم والكمون، وتقليديًا في رماد فرن الحمّام.
- **الطاجين**: بأنواعه، مثل طاجين الدجاج بالليمون المصبّر والزيتون، أو اللحم بالبرقوق واللوز.
- **الكسكس**: يُقدَّم تقليديًا يوم الجمعة، بالخضار السبع أو بالتفاية (البصل المكرمل والزبيب).
- **البسطيلة**: فطيرة رقيقة محشوة بالدجاج أو الحمام واللوز، مرشوشة بالسكر والقرفة؛ مزيج الحلو والمالح مدهش.
- **الحريرة**: حساء الطماطم والعدس والحمص، مثالي في أمسيات مارس الباردة نسبيًا.
- **أتاي بالنعناع**: الشاي الأخضر بالنعناع، يُقدَّم في كل مكان.

وفي ساحة جامع الفنا مساءً جرّب الأكشاك الشعبية، واختر الأكثر ازدحامًا بالسكان المحليين.""",
"كيف أصل من المطار إلى المدينة القديمة؟",
"""في خمسة أيام يمكنك رؤية أهم معالم مراكش براحة:

- **ساحة جامع الفنا**: قلب المدينة النابض، فيها الحكواتيون والموسيقيون نهارًا، وتتحول إلى مطعم مفتوح ضخم عند المغيب.
- **جامع الكتبية**: صومعته الموحدية (نحو 77 مترًا) هي رمز المدينة؛ لا يُسمح لغير المسلمين بدخول المسجد، لكن الحدائق المحيطة جميلة.
- **قصر الباهية**: قصر من القرن التاسع عشر بزخارف خشبية وزليج رائعة.
- **مدرسة ابن يوسف**: أكبر مدرسة قرآنية تاريخية في المغرب، بفنائها المزخرف.
- **مقابر السعديين**: أضرحة ملوك الدولة السعدية، اكتُشفت من جديد عام 1917.
- **حدائق ماجوريل ومتحف إيف سان لوران**: الحدائق الزرقاء الشهيرة؛ احجز التذاكر مسبقًا.
- **الأسواق (السويقات)**: للجلود والتوابل والنحاس؛ تفاوض على السعر دائمًا.

مارس وقت ممتاز للزيارة: النهار دافئ (نحو 22 درجة) والليل بارد.""",
"هل تستحق رحلة يوم إلى الصحراء أو إلى جبال الأطلس؟",
"""مطار مراكش المنارة قريب جدًا، نحو 6 كيلومترات فقط من المدينة القديمة:

- **سيارة الأجرة (الطاكسي الكبير)**: الأسرع، نحو 20 دقيقة. اتفق على السعر قبل الركوب، فالعداد نادرًا ما يُستخدم من المطار.
- **حافلة المطار (الخط 19)**: رخيصة وتتوقف قرب ساحة جامع الفنا وفي حي جليز.
- **النقل من الرياض**: كثير من الرياضات تقدم خدمة استقبال من المطار بسعر ثابت، وهذا مفيد لأن السيارات لا تدخل أزقة المدينة القديمة، فيرافقك شخص حتى الباب.

نصيحة: احتفظ بنسخة من عنوان الرياض وخريطته على هاتفك دون الحاجة للإنترنت.""",
"وما الأطباق التي يجب أن أجربها؟",
"""نعم، تستحق، لكن اختر حسب الوقت:

- **جبال الأطلس (يوم واحد مريح)**: **وادي أوريكا** على بعد ساعة تقريبًا، بقرى أمازيغية وشلالات صغيرة، أو **إمليل** عند سفح جبل توبقال، أعلى قمة في شمال إفريقيا. في مارس قد تجد الثلج على القمم، والمنظر رائع.
- **آيت بن حدو وورزازات (يوم طويل)**: القصبة المدرجة في التراث العالمي، عبر ممر تيزي نتيشكا الجبلي؛ نحو 4 ساعات في كل اتجاه.
- **الصحراء الحقيقية (مرزوكة)**: بعيدة جدًا ليوم واحد (نحو 9–10 ساعات طريق)، وتحتاج رحلة من ثلاثة أيام على الأقل. البديل القريب هو **صحراء أكافاي** الصخرية، على بعد ساعة، لرحلة جمال وعشاء عند الغروب.

مع خمسة أيام، أنصح بيوم في أوريكا أو إمليل، وربما أمسية في أكافاي."""
)))

# 030 good en - tides tutoring
add(D(30, "good", "en",
"Good: science tutoring on tides (two bulges, spring/neap tides, Sun vs Moon); accurate and consistent, ends with a short answer.",
conv(
"Why are there two high tides a day? I get that the Moon pulls the water toward it, but why is there also a high tide on the opposite side?",
"""This trips up a lot of people, because "the Moon pulls the water" is only half the story. What matters is the **difference** in the Moon's pull across the Earth.

Gravity weakens with distance. The side of the Earth facing the Moon is about 12,700 km (one Earth diameter) closer to it than the far side. So:

- **Near side:** the ocean is pulled toward the Moon **more strongly** than the Earth's centre is. The water gets ahead of the Earth: bulge #1.
- **Far side:** the ocean is pulled **less strongly** than the Earth's centre. The Earth is effectively pulled away from that water, which is left behind: bulge #2.

Another way to picture it: the Earth and the Moon both orbit their common centre of mass, and the tidal force stretches the Earth's oceans along the Earth–Moon line, like pulling on both ends of a rubber band.

The Earth then rotates underneath these two bulges. A given coastline passes through both in roughly one day, so it gets **two high tides and two low tides**. Because the Moon also moves along its orbit in the same direction, the cycle takes about **24 hours 50 minutes**, not 24 hours. That's why high tide is about 50 minutes later each day.

Real tides are messier: continents block the bulges, and ocean basins slosh with their own rhythms, so some places (parts of the Gulf of Mexico, for example) get only one high tide a day, and the size varies hugely, from under a metre in the Mediterranean to about 16 m in the Bay of Fundy.""",
"Then why are some high tides much bigger than others?",
"""Mostly because of the **Sun**, which also produces tidal bulges, just smaller ones.

- **Spring tides** (nothing to do with the season): at new moon and full moon, the Sun, Earth and Moon are lined up, so the Sun's bulges add to the Moon's. High tides are higher and low tides lower.
- **Neap tides:** at first and last quarter, the Sun and Moon pull at right angles, partly cancelling. The tidal range is smallest.

This cycle repeats about every two weeks. On top of that, tides are larger when the Moon is at **perigee** (closest to Earth in its elliptical orbit); a perigee that coincides with a spring tide gives the extra-large "king tides".""",
"So the Sun's effect is weaker even though it's so much more massive?",
"""Yes. Tidal force depends on the *difference* in pull across the Earth, which falls off with the **cube** of distance. The Sun is about 27 million times more massive than the Moon but about 390 times farther away, so its tidal effect is only about **46%** of the Moon's."""
)))
