from c_common import conv, mk

DIALOGUES = []

# 021 good ar quiz with similar-looking turns
DIALOGUES.append(mk("h8c-021", "good", "ar",
"Good: Arabic capitals quiz; similar-looking quiz turns, each reply correctly judges the answer, keeps score consistently and asks the next question.",
conv(
"لنلعب لعبة العواصم! اسألني سؤالًا واحدًا في كل مرة واحسب النقاط.",
"فكرة رائعة! لنبدأ. النتيجة الآن: 0 من 0.\n\n**السؤال الأول:** ما هي عاصمة أستراليا؟",
"سيدني.",
"إجابة قريبة لكنها خاطئة! سيدني هي أكبر مدن أستراليا، لكن العاصمة هي **كانبرا**. اختيرت كانبرا عام 1908 حلًّا وسطًا بين سيدني وملبورن اللتين كانتا تتنافسان على اللقب، وبُنيت مدينة مخطَّطة من الصفر.\n\nالنتيجة: 0 من 1.\n\n**السؤال الثاني:** ما هي عاصمة كندا؟",
"أوتاوا.",
"صحيح! **أوتاوا** هي عاصمة كندا، وقد اختارتها الملكة فيكتوريا عام 1857، ويعود ذلك جزئيًا إلى موقعها على الحدود بين المقاطعات الناطقة بالإنجليزية والفرنسية.\n\nالنتيجة: 1 من 2.\n\n**السؤال الثالث:** ما هي عاصمة المغرب؟",
"الرباط.",
"صحيح! **الرباط** هي العاصمة الإدارية للمغرب، مع أن الدار البيضاء أكبر مدنه ومركزه الاقتصادي.\n\nالنتيجة: 2 من 3.\n\n**السؤال الرابع:** ما هي عاصمة تركيا؟",
"إسطنبول؟",
"ليست الإجابة الصحيحة هذه المرة! العاصمة هي **أنقرة**. جعلها مصطفى كمال أتاتورك عاصمةً للجمهورية التركية عام 1923، بينما بقيت إسطنبول أكبر المدن وأهمها تجاريًا.\n\nالنتيجة النهائية: **2 من 4**. لاحظ أن الأسئلة التي أخطأت فيها كانت عن دول عاصمتها ليست أكبر مدنها، وهذا فخ شائع. هل تريد جولة جديدة عن عواصم أفريقيا؟"
)))

# 022 good ru language learning (English present perfect)
DIALOGUES.append(mk("h8c-022", "good", "ru",
"Good: Russian speaker learning English Present Perfect vs Past Simple; clear explanation, exercise, accurate corrections; 4 turns.",
conv(
"Я учу английский и никак не пойму, когда использовать Present Perfect, а когда Past Simple. В русском ведь одно прошедшее время.",
"Да, для русскоговорящих это одна из главных трудностей, потому что в русском действительно одно прошедшее время. Главное различие такое:\n\n**Past Simple** — действие в законченный момент прошлого, и время либо названо, либо понятно из контекста.\n- *I saw that film **yesterday**.* — Я посмотрел этот фильм вчера.\n- *She **lived** in Paris in 2015.*\n\n**Present Perfect** (have/has + третья форма глагола) — прошлое действие, важное **сейчас**, без указания точного времени.\n- *I **have seen** that film.* — Я видел этот фильм (то есть знаю его, могу обсудить).\n- *I **have lost** my keys.* — Я потерял ключи (и сейчас их нет).\n\nПростой тест: если в предложении есть *yesterday, last week, in 2010, ago*, почти всегда нужен Past Simple. Если есть *ever, never, already, yet, just, so far*, чаще всего Present Perfect.",
"А как быть с 'since' и 'for'? Например, 'Я живу в Москве пять лет'.",
"Отличный пример, здесь русский и английский расходятся сильнее всего. В русском мы говорим «живу» в настоящем времени, а в английском нужен **Present Perfect**, потому что действие началось в прошлом и продолжается до сих пор:\n\n- *I **have lived** in Moscow **for** five years.*\n- *I **have lived** in Moscow **since** 2020.*\n\n**For** + период: *for five years, for two weeks, for a long time.*\n**Since** + точка начала: *since 2020, since Monday, since I was a child.*\n\nЧастая ошибка: *I live in Moscow for five years* — так сказать нельзя. А если вы уже не живёте в Москве, то Past Simple: *I lived in Moscow for five years* (и потом переехали).\n\nДля действий, которые подчёркивают процесс, часто используют Present Perfect Continuous: *I have been learning English for two years.*",
"Дай мне упражнение, пожалуйста.",
"Вот пять предложений. Раскройте скобки, выбрав Present Perfect или Past Simple:\n\n1. I ___ (visit) London three times.\n2. We ___ (go) to the cinema last Saturday.\n3. She ___ (work) here since March.\n4. ___ you ever ___ (eat) sushi?\n5. He ___ (finish) university in 2019.\n\nПишите ответы, я проверю и объясню каждый.",
"1. have visited 2. went 3. has worked 4. Did you ever eat 5. finished",
"Очень хорошо, четыре из пяти правильно!\n\n1. **have visited** — верно. Опыт за всю жизнь, время не указано.\n2. **went** — верно. *Last Saturday* — законченный момент в прошлом.\n3. **has worked** — верно. *Since March*: началось в марте и продолжается. Можно и *has been working*.\n4. **Did you ever eat** — здесь лучше **Have you ever eaten**. Вопрос об опыте за всю жизнь со словом *ever* — классический случай Present Perfect. Форма *Did you ever...* встречается в разговорном американском английском, но в учебных заданиях и в британском варианте ожидается Present Perfect.\n5. **finished** — верно. *In 2019* — конкретный год.\n\nОбратите внимание: *eat* — неправильный глагол, формы *eat – ate – eaten*. Хотите следующий набор с *already, yet* и *just*?"
)))

# 023 good en subscription customer service, long detailed
DIALOGUES.append(mk("h8c-023", "good", "en",
"Good: meal-kit subscription support (pause vs cancel before moving abroad); long, specific, consistent replies (cutoff, pause limit, credit) over 3 turns.",
conv(
"I'm moving abroad for six months in September and want to stop my FreshCrate meal kit deliveries. Should I cancel or pause? I have a $40 referral credit I don't want to lose.",
"Given your plans, here's how the two options compare for your situation:\n\n**Pausing**\n- You can pause for up to **12 weeks at a time**. For six months (about 26 weeks) you'd need to extend the pause twice, or pause 12 weeks and then re-pause before it ends. You'll get an email reminder 7 days before any pause ends.\n- Your **$40 referral credit stays on the account** while paused. Referral credits expire 12 months after they're issued, so check the date in **Account > Credits**.\n- Your saved recipes, preferences and delivery address stay in place.\n\n**Cancelling**\n- Cancelling stops all deliveries and billing immediately after any box already locked in.\n- Your account still exists, but **unused credits are forfeited on cancellation**, so you would lose the $40.\n- If you come back, you can reactivate with the same login, and new-customer offers won't apply.\n\nSince you want to keep the credit, **pausing is the better choice**. The only thing to be careful about is the 12-week limit: if a pause runs out while you're abroad, deliveries restart automatically to your old address. Setting a calendar reminder for week 11 avoids that.\n\nOne more detail: changes must be made before the **weekly cutoff, Wednesday at 11:59 pm**, to affect the following week's box. Would you like me to walk you through setting up the pause?",
"Yes please. My last box should be the week of August 25. How do I set it up?",
"Sure. Here's how to set it up so August 25 is your last delivery:\n\n1. Sign in and go to **Account > Deliveries**.\n2. You'll see your upcoming weeks listed. Make sure the box for the **week of August 25** is active and has the meals you want. Its cutoff is Wednesday, August 20, at 11:59 pm.\n3. Click the **week of September 1** and choose **Pause from this week**.\n4. Set the pause length to the maximum, **12 weeks**. That covers you through the week of November 17.\n5. Confirm. You'll get an email confirming the pause dates.\n\nThen:\n- Around **November 10** you'll get the 7-day reminder. Before the November 19 cutoff, go back to Deliveries and pause again for up to another 12 weeks, which takes you into February; one short final pause then covers the rest of your six months.\n- Your $40 credit will sit on the account and be applied automatically to your first box when you restart.\n\nIf you'd rather not deal with the re-pause from abroad, you can also update your delivery address to a friend's before you leave, so that an accidental restart doesn't send food to an empty flat.",
"That's perfect. Will I be charged anything while paused?",
"No. While your account is paused, **nothing is charged**: no subscription fee, no holding fee. You're only billed for boxes that are actually scheduled, and billing happens after each Wednesday cutoff for the following week's delivery.\n\nThe only charge you should see is for your final box, the week of August 25, billed shortly after the August 20 cutoff. After that, your statement should be quiet until you restart.\n\nTwo small things to check:\n- If you have any **add-ons** scheduled (desserts, breakfast packs), they're paused along with the boxes, so no separate charges.\n- Make sure your payment card won't expire while you're away. If it does, we'll simply ask you to update it when you restart; it won't cause a charge or cancel your credit.\n\nHave a great six months abroad, and your $40 will be waiting when you get back."
)))

# 024 good en trivia game with similar-looking turns
DIALOGUES.append(mk("h8c-024", "good", "en",
"Good: 'which came first' trivia game; six similar-looking turns, each reply correctly judges the answer with a fact and keeps a consistent running score.",
conv(
"Let's play 'which came first'. Give me two things, I guess which is older, you keep score.",
"Deal! Score: 0/0.\n\n**Round 1:** Which came first, **the fax machine** or **the telephone**?",
"Telephone, surely.",
"Surprisingly, no! The **fax machine** came first. Scottish inventor Alexander Bain patented an early facsimile device in **1843**, and commercial fax services ran in France in the 1860s. Bell's telephone patent came in **1876**.\n\nScore: 0/1.\n\n**Round 2:** Which came first, **Oxford University** or **the Aztec Empire**?",
"I've heard this one, Oxford.",
"Correct! Teaching at Oxford existed by **1096**, while Tenochtitlan, the Aztec capital, was founded around **1325**, and the empire itself formed in **1428**.\n\nScore: 1/2.\n\n**Round 3:** Which came first, **Nintendo** or **the Ford Motor Company**?",
"Ford.",
"Nope, **Nintendo**! It was founded in Kyoto in **1889** as a maker of hanafuda playing cards. Ford Motor Company was founded in **1903**.\n\nScore: 1/3.\n\n**Round 4:** Which came first, **sliced bread** or **the tea bag**?",
"Tea bag?",
"Correct! Tea bags took off around **1908**, when New York merchant Thomas Sullivan sent samples in small silk bags and customers started brewing them whole. Pre-sliced bread was first sold in **1928** in Chillicothe, Missouri.\n\nScore: 2/4.\n\n**Round 5:** Which came first, **the Great Pyramid of Giza** or **Stonehenge's first stage**?",
"Stonehenge I think.",
"Correct! The earliest phase of Stonehenge, a circular ditch and bank, dates to about **3000 BC**, while the Great Pyramid was built around **2560 BC**. The famous large sarsen stones came later, around 2500 BC.\n\nFinal score: **3/5**. A solid result, especially since rounds 1 and 3 are designed to trick people. Want another round?"
)))

# 025 misaligned sv history: replies rotated among turns 2-4
DIALOGUES.append(mk("h8c-025", "misaligned", "sv",
"Misaligned: replies 2-4 are rotated: reply 2 (asked about the Stockholm Bloodbath) answers how Gustav became king, reply 3 answers the church question, reply 4 describes the Stockholm Bloodbath.",
conv(
"Vem var Gustav Vasa?",
"Gustav Vasa (Gustav Eriksson, cirka 1496–1560) var Sveriges kung från 1523 till sin död 1560. Han räknas ofta som grundaren av den moderna svenska staten. Han ledde upproret mot den danske kungen Kristian II, bröt Sverige ut ur Kalmarunionen, genomförde reformationen, byggde upp en centraliserad förvaltning och gjorde 1544 kungamakten ärftlig inom sin släkt, Vasaätten.",
"Vad var Stockholms blodbad?",
"Efter blodbadet flydde Gustav till Dalarna och försökte få dalkarlarna att resa sig mot danskarna. Enligt traditionen vägrade de först, och Gustav fortsatte på skidor mot Norge. Men när nyheterna om danskarnas grymheter spreds ändrade sig dalkarlarna och skickade två skidlöpare som hann ikapp honom i Sälen. Den färden minns i dag genom Vasaloppet, 90 km mellan Sälen och Mora.\n\nUpproret växte, och med hjälp av bland annat Lübeck kunde Gustavs styrkor pressa tillbaka danskarna. Den **6 juni 1523** valdes han till kung vid en riksdag i Strängnäs, och den 24 juni tågade han in i Stockholm.",
"Hur blev han kung?",
"Gustav Vasa behövde pengar, bland annat för att betala skulderna till Lübeck, och kyrkan var landets största jordägare. Vid **riksdagen i Västerås 1527** drev han igenom att kyrkans egendom skulle övergå till kronan och att biskoparnas makt skulle begränsas. Samtidigt spreds den lutherska läran, främst genom reformatorerna **Olaus och Laurentius Petri**.\n\nProcessen var gradvis. Den första fullständiga bibelöversättningen på svenska, den så kallade **Gustav Vasas bibel**, kom 1541. Reformationen stärkte kronans ekonomi kraftigt men ledde också till uppror, till exempel Dackefejden i Småland 1542–1543.",
"Hur förändrade han kyrkan i Sverige?",
"Stockholms blodbad ägde rum den **8–9 november 1520**. Den danske kungen Kristian II hade erövrat Sverige och kröntes i Stockholm. Under festligheterna efter kröningen lät han gripa ett stort antal personer ur den svenska adeln och prästerskapet, som anklagades för kätteri eftersom de hade avsatt ärkebiskop Gustav Trolle. Omkring **80–100 personer** avrättades på Stortorget.\n\nBland de avrättade fanns Gustavs far, **Erik Johansson Vasa**. Blodbadet väckte stort hat mot danskarna och blev en av utlösarna till befrielsekriget."
)))

# 026 bad_length pt shop clerk role-play: rambling reply never gives price
DIALOGUES.append(mk("h8c-026", "bad_length", "pt",
"Bad length: the 2nd assistant reply (in-character clerk asked the price of pastéis de nata) is a long ramble about the pastry's history and never gives the price; other clerk replies are short and in character.",
conv(
"Vamos fazer um role-play: você é o atendente de uma pastelaria em Lisboa e eu sou um turista brasileiro. Respostas curtas, como na vida real. Bom dia!",
"Bom dia! Seja bem-vindo. O que vai ser?",
"Quanto custa o pastel de nata? E se eu levar seis?",
"Ah, o pastel de nata! Sabe que a história dele é fascinante? Tudo começou no Mosteiro dos Jerónimos, em Belém, onde os monges usavam muitas claras de ovo para engomar as roupas e, para não desperdiçar as gemas, inventaram doces conventuais. Depois da Revolução Liberal de 1820, os conventos foram fechados em 1834 e os monges precisavam de sustento, por isso começaram a vender os pastéis numa refinaria de açúcar ali perto. Em 1837 abriu a famosa Fábrica de Pastéis de Belém, que guarda a receita original até hoje numa sala secreta, conhecida só por poucos mestres pasteleiros. Aliás, Belém tem muito mais para ver: a Torre de Belém, construída no início do século XVI, o Padrão dos Descobrimentos, inaugurado em 1960, e o Museu dos Coches, com uma das maiores coleções de carruagens do mundo. E já que o senhor é brasileiro, sabia que foi de Belém que Pedro Álvares Cabral partiu em 1500 na viagem que chegou ao Brasil? Muitos turistas brasileiros gostam de visitar o mosteiro por isso, e também o túmulo de Vasco da Gama, que está lá dentro.",
"Certo... e tem canela para pôr por cima?",
"Tem sim, canela e açúcar em pó, ali no balcão. Sirva-se à vontade.",
"Ótimo. Então vou levar seis para viagem e um galão, por favor.",
"Com certeza. Seis pastéis numa caixinha e um galão. Vai ser para pagar com cartão?",
"Cartão, sim. Obrigado!",
"Obrigado eu! Pode aproximar o cartão. Pronto. Aqui está a sua caixa, cuidado que os pastéis ainda estão quentinhos. Bom passeio por Lisboa!"
)))

# 027 contradiction en travel planning: number of nights changed subtly
DIALOGUES.append(mk("h8c-027", "contradiction", "en",
"Contradiction (subtle): reply 1 plans 3 nights in Interlaken; reply 3, deep in the pass calculation, says 'with your 4 nights in Interlaken' and prices accordingly.",
conv(
"We're two adults going to Switzerland for 8 nights in July. We want lakes, mountains and not too much packing. Can you suggest a route starting and ending in Zurich?",
"Here's a relaxed loop with only three bases:\n\n**Lucerne: 3 nights**\n- Old Town, Chapel Bridge and the lakefront.\n- Day trip up **Mount Pilatus**: boat to Alpnachstad, the world's steepest cogwheel railway up, cable car down to Kriens (the 'Golden Round Trip').\n\n**Interlaken: 3 nights**\n- Base for the Jungfrau region. Take the train to **Lauterbrunnen** (waterfalls) and up to **Wengen** or **Mürren**.\n- One big day: **Jungfraujoch** (3,454 m) or the cheaper, less crowded **Schilthorn**.\n- A boat on Lake Thun or Lake Brienz.\n\n**Zermatt: 2 nights**\n- The Matterhorn. Ride the **Gornergrat** railway and walk part of the way down past the Riffelsee for the famous reflection.\n\nTrains connect everything: Zurich Airport–Lucerne is about 1 hour, Lucerne–Interlaken about 2 hours on the scenic Luzern–Interlaken Express, Interlaken–Zermatt about 2 hours 15 minutes, and Zermatt back to Zurich Airport about 3.5 hours.",
"Should we get a Swiss Travel Pass or buy tickets as we go?",
"For your route, the main candidates are the **Swiss Travel Pass** (unlimited trains, buses and boats, plus 25-50% off most mountain railways) and the **Half Fare Card** (50% off everything, paid once).\n\nThe right choice depends on how many mountain excursions you do, because these are the expensive parts. Jungfraujoch from Interlaken costs well over CHF 200 per person at full price, Gornergrat around CHF 130 return in summer, and Pilatus about CHF 110.\n\nIf you give me your planned excursions, I can compare the two options for you.",
"We'd do Pilatus, Jungfraujoch and Gornergrat. Which pass works out cheaper?",
"With those three excursions, here's a rough comparison per person (2nd class, summer prices, rounded):\n\n**Option A: Swiss Travel Pass, 8 days: about CHF 460**\n- All your train journeys between bases are covered.\n- Pilatus: about 50% off with the pass, so roughly CHF 55.\n- Jungfraujoch: the pass covers the trip to Wengen or Grindelwald, then about 25% off the rest, so roughly CHF 150.\n- Gornergrat: 50% off, roughly CHF 65.\n- **Total: about CHF 730.**\n\n**Option B: Half Fare Card: CHF 150**\n- Intercity trains at half price: Zurich–Lucerne–Interlaken–Zermatt–Zurich, roughly CHF 130 in total.\n- Local trains and boats: with your 4 nights in Interlaken you'll use local trains most days; budget CHF 80 at half price.\n- Pilatus about CHF 55, Jungfraujoch about CHF 120 with the special Half Fare fare, Gornergrat about CHF 65.\n- **Total: about CHF 600.**\n\nSo the **Half Fare Card is likely cheaper by around CHF 130 each**, unless you add a lot of boat trips and local transport. The Travel Pass has one advantage: no need to buy tickets every time, which some people find worth paying for.",
"Great, Half Fare it is. Do we need to book the trains in advance?",
"Mostly no. Regular Swiss trains don't require reservations: with the Half Fare Card you just buy a ticket in the SBB Mobile app before boarding, and prices don't rise at the last minute (there are some cheaper 'Supersaver' tickets if you book early for fixed trains).\n\nWorth knowing:\n- **Luzern–Interlaken Express**: no reservation needed, but in July board a few minutes early to get a window seat for the lake views.\n- **Jungfraujoch**: in July, reserve a seat on the final section from Kleine Scheidegg (about CHF 10), as slots sell out.\n- **Glacier Express** or **GoldenPass Express**, if you decide to add them: reservations are mandatory."
)))

# 028 off_topic en emotional support drifting to sourdough
DIALOGUES.append(mk("h8c-028", "off_topic", "en",
"Off-topic: emotional support about caregiver burnout; from the 2nd assistant reply on, the dialogue abandons the topic for a detailed sourdough baking tutorial that the user follows.",
conv(
"I've been looking after my mum since her stroke last year. I love her but I'm exhausted and I feel awful even saying that.",
"It takes courage to say that, and I want you to hear that it doesn't cancel out the love. You've been caring for your mum for a year since her stroke, and you're exhausted: both things are true at once. Feeling awful about admitting it is something nearly every family carer describes. It's not a sign you're doing it wrong; it's a sign you've been giving a lot for a long time without enough rest.\n\nCan I ask what a typical day looks like for you, and whether anyone else shares the care?",
"It's mostly me. My brother visits once a month. She needs help with washing, meals and her medication. The only time I relax is when she's watching her cooking shows and I bake bread in the kitchen.",
"Baking bread is a great way to relax, and sourdough in particular is rewarding. Here's how to start your own starter:\n\n1. **Day 1**: mix 50 g wholemeal flour with 50 g lukewarm water in a jar. Cover loosely and leave at room temperature (around 21-24°C).\n2. **Days 2-7**: each day, discard about half and feed with 50 g flour and 50 g water.\n3. It's ready when it reliably doubles within 4-8 hours of feeding and smells pleasantly sour.\n\nFor your first loaf, a simple recipe: 500 g strong white flour, 350 g water (70% hydration), 100 g active starter, 10 g salt. Mix, rest 30 minutes, then do four sets of stretch-and-folds 30 minutes apart.",
"Oh nice. What hydration should I use if my dough is always too sticky?",
"If it's too sticky to handle, drop the hydration to about **65%**: for 500 g flour, use 325 g water. Also:\n\n- **Use strong bread flour** (12-13% protein); it absorbs more water than plain flour.\n- **Wet your hands**, not floured hands, during stretch-and-folds; the dough sticks to water less.\n- **Give it time**: stickiness often disappears as gluten develops over the folds.\n\nOnce you're comfortable, raise the hydration again 2-3% at a time for a more open crumb.",
"And how long should I bake it?",
"Bake in a preheated Dutch oven at **250°C** with the lid on for **20 minutes**, then remove the lid, lower to **230°C** and bake another **20-25 minutes** until deep brown. The internal temperature should be around 96-98°C. Let it cool at least an hour before slicing, or the crumb will be gummy."
)))

# 029 good en GM role-play with short in-character replies
DIALOGUES.append(mk("h8c-029", "good", "en",
"Good: tabletop GM for a quick dungeon encounter; short in-character replies, consistent stats and HP (goblin AC 13, 7 HP) across 6 turns.",
conv(
"Quick dungeon encounter please. I'm Brannoc, a dwarf fighter, 24 HP, armour class 18, battleaxe. I'll roll my own dice and tell you results.",
"Torchlight flickers on wet stone. You reach a narrow chamber. A goblin crouches over an overturned chest, counting coins. It hasn't seen you yet. Another archway leads deeper in, and you hear faint chattering from that direction.\n\nWhat do you do?",
"I sneak up on it. Stealth roll: 9.",
"Your boots scrape the stone. The goblin whirls around, eyes wide, and snatches up a rusty scimitar. 'Dwarf!' it shrieks toward the archway.\n\nRoll initiative.",
"Initiative 15.",
"The goblin rolls 11. You act first. It's five feet away, shaking but holding its ground.",
"I swing my battleaxe. Attack 17, damage 8.",
"A 17 hits its AC 13. Your axe bites deep and the goblin drops before it can scream again. Coins spill across the floor.\n\nFrom the archway, the chattering stops. Then: hurried footsteps. Two, maybe three sets.",
"I grab a coin pouch and stand ready at the side of the archway, axe raised, to ambush whatever comes through.",
"You press your back to the wall beside the arch. Torchlight spills through the opening. The footsteps slow.\n\nA goblin with a spear edges through first, peering at its fallen friend. It hasn't spotted you. Behind it, a second one hangs back in the dark.\n\nYou get one attack with advantage.",
"Rolled 12 and 19, so 19. Damage 6.",
"Nineteen easily hits. Six damage, and this one has 7 HP, so it staggers, bleeding, barely standing. It jabs wildly at you and misses your plate.\n\nThe second goblin squeals and bolts back into the darkness, shouting for help.\n\nYour move, Brannoc."
)))

# 030 good en history long detailed
DIALOGUES.append(mk("h8c-030", "good", "en",
"Good: Panama Canal history; three long, detailed, accurate and consistent replies with dates, names and figures.",
conv(
"Why did the French fail to build the Panama Canal?",
"The French effort, led by **Ferdinand de Lesseps**, ran from **1881 to 1889** and failed for three main reasons.\n\n**1. The wrong plan.** De Lesseps had built the Suez Canal (opened 1869) as a sea-level canal through flat desert, and he insisted on the same approach in Panama. But Panama has the Continental Divide, jungle and the flood-prone **Chagres River**. Digging a sea-level cut through the Culebra mountains meant moving far more earth than estimated, and landslides kept filling the cut back in. The French only switched to a lock design in 1887, too late.\n\n**2. Disease.** Yellow fever and malaria devastated the workforce. Nobody yet knew that mosquitoes spread them; hospital bed legs were even placed in bowls of water to keep ants away, which bred mosquitoes. Estimates suggest around **22,000 workers died** during the French period.\n\n**3. Money and scandal.** The company raised huge sums from around 800,000 small French investors. Costs soared, and when it went bankrupt in **1889** the resulting **Panama scandal** revealed bribery of journalists and politicians. De Lesseps and his son were convicted, though the sentence was later overturned.\n\nThe French still left something valuable: excavation work, equipment, a railway and surveys that the Americans later bought for **$40 million**.",
"How did the Americans succeed where the French failed?",
"The United States took over in **1904**, after backing Panama's independence from Colombia in 1903 and signing the Hay–Bunau-Varilla Treaty, which gave it control of a canal zone. Success came from solving the same three problems.\n\n**Disease first.** Dr **William Gorgas**, building on Walter Reed's work in Cuba proving mosquitoes carried yellow fever, launched a massive sanitation campaign: draining standing water, spreading oil on breeding sites, fumigating houses, installing screens and piped water. Yellow fever was eliminated from the zone by **1906**, and malaria cases dropped sharply.\n\n**A better plan.** Chief engineer **John Stevens** (1905-1907) convinced Washington to build a **lock canal**. Instead of fighting the Chagres, they dammed it at Gatún, creating **Gatún Lake**, then the largest artificial lake in the world. Ships are lifted about **26 metres (85 feet)** to the lake, cross it, and are lowered back to sea level. Stevens also rebuilt the railway to haul away spoil efficiently.\n\n**Organisation and money.** Army engineer **George Washington Goethals** took over in 1907 and ran the project with military discipline and federal funding. The hardest part was the **Culebra Cut**, about 13 km through the mountains, plagued by slides.\n\nThe canal opened on **15 August 1914**. Even so, about **5,600 workers died** during the American era, most of them West Indian labourers.",
"When did Panama take control of the canal?",
"Panama gained full control on **31 December 1999**, at noon local time.\n\nThe road there was long. The 1903 treaty had granted the US control of the Canal Zone 'in perpetuity', and this became a major source of resentment in Panama. Tensions peaked in **January 1964**, when a dispute over flying the Panamanian flag at a Canal Zone school led to riots in which more than 20 people died. Panama still commemorates 9 January as Martyrs' Day.\n\nNegotiations eventually produced the **Torrijos–Carter Treaties**, signed in **1977** by Panamanian leader Omar Torrijos and US President Jimmy Carter. They abolished the Canal Zone in 1979, set up a joint transition period, and guaranteed the canal's permanent neutrality, with the US keeping the right to defend it.\n\nSince the handover, the canal has been run by the **Panama Canal Authority**. Its biggest project was the expansion with a third set of larger locks, **Agua Clara** on the Atlantic side and **Cocolí** on the Pacific side, which opened on **26 June 2016** and allow 'Neopanamax' ships carrying up to about 14,000 containers. The canal remains one of Panama's largest sources of revenue."
)))
