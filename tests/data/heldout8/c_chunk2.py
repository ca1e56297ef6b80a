from c_common import conv, mk

DIALOGUES = []

# 011 good it history
DIALOGUES.append(mk("h8c-011", "good", "it",
"Good: history of the Medici and Florence in Italian; accurate, specific, consistent dates across 4 turns.",
conv(
"Come hanno fatto i Medici a diventare così potenti a Firenze?",
"I Medici costruirono il loro potere soprattutto grazie alla **banca**. Giovanni di Bicci de' Medici fondò il Banco Medici nel 1397, e in pochi decenni divenne una delle banche più importanti d'Europa, con filiali a Roma, Venezia, Ginevra, Bruges, Londra e Avignone.\n\nLa chiave fu il rapporto con il **papato**: il Banco Medici diventò il banchiere principale della Curia romana, gestendo le entrate della Chiesa. Questo portò enormi profitti e contatti politici.\n\nA Firenze, però, la città era formalmente una repubblica. **Cosimo il Vecchio** (1389-1464), figlio di Giovanni, capì che poteva governare senza cariche ufficiali: usava la ricchezza per creare una rete di clienti e alleati, prestava denaro, controllava chi veniva eletto nelle magistrature tramite le liste dei candidati. Nel 1433 fu esiliato dagli Albizzi, i suoi rivali, ma già nel 1434 tornò trionfalmente e da allora la famiglia dominò la politica cittadina per sessant'anni.",
"E Lorenzo il Magnifico cosa fece di così importante?",
"Lorenzo (1449-1492), nipote di Cosimo, guidò Firenze dal 1469 e viene ricordato per tre cose principali:\n\n1. **La diplomazia**: fu chiamato \"l'ago della bilancia\" d'Italia. Con la sua politica di equilibrio tra Milano, Venezia, Napoli, Firenze e lo Stato della Chiesa contribuì a mantenere una relativa pace nella penisola dopo la Pace di Lodi (1454). Nel 1479-80 andò personalmente a Napoli a trattare con re Ferrante, chiudendo una guerra pericolosa.\n2. **Il mecenatismo**: sostenne artisti e intellettuali come Botticelli, il giovane Michelangelo (che visse per un periodo a casa sua), Poliziano, Pico della Mirandola e Marsilio Ficino.\n3. **La sopravvivenza alla Congiura dei Pazzi** (1478): durante la messa in Duomo suo fratello Giuliano fu ucciso, Lorenzo fu ferito ma si salvò. La repressione che seguì rafforzò il suo potere.\n\nCuriosamente, sotto di lui il Banco Medici andò in declino, con la chiusura di diverse filiali.",
"Cosa successe alla famiglia dopo la sua morte?",
"Dopo la morte di Lorenzo nel 1492, il potere passò al figlio **Piero**, detto \"il Fatuo\" o \"lo Sfortunato\". Nel 1494, quando Carlo VIII di Francia scese in Italia, Piero cedette al re alcune fortezze senza consultare il governo; i fiorentini, indignati, cacciarono i Medici dalla città. Seguì il periodo dominato dal frate **Girolamo Savonarola**, che finì sul rogo nel 1498.\n\nI Medici tornarono a Firenze nel 1512 con l'appoggio delle truppe spagnole. Poi arrivò il grande salto: due membri della famiglia divennero papi, **Leone X** (Giovanni, figlio di Lorenzo, papa dal 1513) e **Clemente VII** (Giulio, figlio di Giuliano, papa dal 1523). Nel 1527 furono cacciati di nuovo, ma nel 1530, dopo un lungo assedio, tornarono definitivamente.",
"E quando diventarono granduchi?",
"Il passaggio avvenne in due tappe. Nel 1532 Alessandro de' Medici divenne **duca** della Repubblica fiorentina, ponendo fine anche formalmente alla repubblica. Dopo il suo assassinio nel 1537, salì al potere **Cosimo I**, di un ramo cadetto della famiglia, che conquistò Siena nel 1555-1557 e nel 1569 ottenne da papa Pio V il titolo di **Granduca di Toscana**.\n\nI Medici regnarono come granduchi fino al 1737, quando morì Gian Gastone senza eredi e la Toscana passò ai Lorena. Un ultimo gesto importante lo fece sua sorella, Anna Maria Luisa: con il \"Patto di famiglia\" del 1737 lasciò tutte le collezioni medicee a Firenze, a condizione che non uscissero mai dalla città. È grazie a lei che gli Uffizi e Palazzo Pitti sono ancora lì."
)))

# 012 good en interviewer role-play
DIALOGUES.append(mk("h8c-012", "good", "en",
"Good: mock job interview role-play; interviewer questions are short and in character, final turn gives detailed feedback; 5 turns.",
conv(
"Can you act as an interviewer for a junior data analyst position at a logistics company? Ask me one question at a time and give me feedback at the end. Let's begin.",
"Of course. Thanks for coming in today. I'm Dana, I lead the analytics team here. To start, could you walk me through your background and what drew you to this role?",
"Sure. I studied economics, and in my last year I did a project analysing delivery delays for a local courier using Excel and some Python. I liked finding patterns that actually changed how they scheduled drivers, so logistics appealed to me.",
"That's a nice link to our work. You mentioned the delivery delay project: what was one specific finding, and what did the courier actually change because of it?",
"We found that most delays happened on Monday mornings because drivers were loading weekend backlog. They started a second loading shift on Sunday evenings, and Monday delays dropped by about a third.",
"Good, concrete result. Next: imagine a manager sends you a dashboard showing on-time delivery fell from 94% to 88% last month, and asks why by tomorrow. How would you approach it?",
"I'd first check the data itself, like whether the definition of on-time changed or there's missing data. Then I'd break it down by region, carrier and day of week to see where the drop is concentrated, and look at any events like weather or a new warehouse. I'd give the manager a short answer with the main driver and what I'm still checking.",
"Thank you. Last question: tell me about a time you made a mistake in an analysis. What happened?",
"In the courier project I first counted a delivery as late if it was after 5 pm, but some customers had evening slots. I'd overstated delays. I caught it when a driver said the numbers didn't match his experience, fixed the definition, and reran everything.",
"Thanks, that's the end of the interview. Stepping out of the role, here's my feedback:\n\n**Strengths**\n- **Concrete examples.** Your Monday-morning finding with a measurable result (delays down about a third) is exactly what interviewers want. Keep leading with numbers.\n- **Structured thinking.** Your answer to the dashboard question was strong: validate the data first, then segment, then look for events. Many junior candidates jump straight to causes.\n- **Honest mistake story.** You described the error, how you found it, and how you fixed it. Mentioning that feedback from a driver triggered it shows you listen to people on the ground.\n\n**To improve**\n1. **Your opening was a bit short.** Add one sentence about tools (for example, 'I used pandas to clean about 20,000 delivery records') and one about what you want to learn in this role.\n2. **On the dashboard question, mention communication timing.** Say you'd send a quick note the same day with early findings, rather than waiting until tomorrow.\n3. **For the mistake story, add the lesson.** Close with what you now do differently, such as confirming metric definitions with stakeholders before starting.\n\nOverall: a solid performance for a junior role. Want to try another round with harder technical questions, such as SQL?"
)))

# 013 good pt emotional support
DIALOGUES.append(mk("h8c-013", "good", "pt",
"Good: emotional support in Portuguese about exam anxiety; replies mirror the user's words, then offer practical steps; 4 turns.",
conv(
"Tenho a prova da OAB daqui a duas semanas e não consigo dormir. Fico acordada pensando que vou reprovar de novo e decepcionar meus pais.",
"Parece muito pesado carregar isso sozinha: a prova chegando, as noites sem dormir e esse medo de reprovar *de novo* e decepcionar seus pais. Quando a gente já passou por uma reprovação, a cabeça tende a repetir aquela experiência como se fosse uma previsão, e à noite, no silêncio, isso fica ainda mais alto.\n\nQuero te dizer duas coisas. Primeiro, essa ansiedade não é sinal de que você vai falhar; é sinal de que isso importa muito para você. Segundo, o sono agora é uma ferramenta de estudo: memória e concentração dependem dele.\n\nVocê quer conversar um pouco sobre o que aconteceu na última prova, ou prefere que eu sugira algumas coisas para as noites?",
"Na última vez eu travei na segunda fase. Estudei muito, mas na hora deu branco na peça. Queria algo para as noites primeiro.",
"Entendi: você estudou muito e, mesmo assim, na hora da peça deu branco. Isso é frustrante, e faz sentido que o medo esteja ligado justamente a esse momento. Vamos cuidar das noites primeiro:\n\n1. **Horário fixo de parar de estudar**, pelo menos 1 hora antes de deitar. Estudar até o último minuto deixa o cérebro em modo de alerta.\n2. **Anote as preocupações antes de dormir.** Pegue um papel e escreva: \"Tenho medo de...\" e, ao lado, uma coisa concreta que você vai fazer amanhã sobre isso. Tirar da cabeça e pôr no papel ajuda a pausar a ruminação.\n3. **Respiração 4-7-8**: inspire em 4 segundos, segure por 7, solte devagar em 8. Repita quatro vezes já deitada.\n4. **Se não dormir em uns 20 minutos, levante**, vá para outro cômodo com luz baixa e faça algo tranquilo (nada de celular ou revisão), e só volte quando sentir sono.\n5. **Café só até o começo da tarde.**\n\nSe a insônia continuar por várias noites seguidas, vale falar com um médico: duas semanas é pouco tempo, mas há orientações seguras.",
"Obrigada. E sobre o branco na peça, tem algo que eu possa fazer?",
"Tem sim, e é ótimo você querer olhar para isso. Um \"branco\" em prova geralmente não é falta de conhecimento: é o estresse bloqueando o acesso a algo que você sabe. O treino mais eficaz é fazer a situação da prova ficar familiar:\n\n- **Simule a peça em condições reais** pelo menos três ou quatro vezes até lá: mesmo tempo (5 horas), só com o material permitido, sentada à mesa, sem pausas para o celular.\n- **Crie um roteiro de partida.** Antes de escrever, sempre os mesmos passos: identificar o problema, a peça cabível, o juízo competente e os pedidos. Ter um começo automático evita a página em branco.\n- **Plano para o branco.** Se acontecer, pare 60 segundos, respire fundo (a mesma 4-7-8), releia o enunciado sublinhando os fatos e volte ao roteiro.\n\nE lembre: você já tem a experiência de uma segunda fase. Muita gente chega lá pela primeira vez. Você não está recomeçando do zero."
)))

# 014 contradiction en subscription customer service: price changed subtle
DIALOGUES.append(mk("h8c-014", "contradiction", "en",
"Contradiction (subtle): reply 2 states the annual plan is $89.99/year; reply 4, deep in a long summary, says 'as mentioned, the annual plan is $79.99'.",
conv(
"Hi, I'm on the monthly plan for LinguaLeap at $11.99. Is there a cheaper way to pay?",
"Hi! Yes, there are two options that lower your cost compared with paying $11.99 every month:\n\n1. **Annual plan**: billed once a year.\n2. **Family plan**: if other people in your household use LinguaLeap, one subscription covers up to six accounts.\n\nWould you like details on either?",
"Tell me about the annual plan.",
"The annual plan costs **$89.99 per year**, billed in one payment. That works out to about $7.50 a month, so compared with twelve monthly payments of $11.99 ($143.88) you'd save $53.89 a year, around 37%.\n\nYou get exactly the same features as now: unlimited lessons, offline downloads, the speaking coach, and no ads. The main difference is commitment: the annual plan renews once a year, and if you cancel you keep access until the end of the paid year, but there are no partial refunds after the first 14 days.",
"If I switch today, what happens to the month I've already paid for?",
"Good question. You paid your current monthly charge on the 3rd, so you have time left in this month. When you switch to annual, we apply a credit for the unused days of your current month to the first annual payment. With about 19 days left, that's roughly $7.60, so today's charge would be around $82.39 instead of the full amount.\n\nYour new renewal date would then be today's date next year.",
"OK, and can I switch back to monthly later if I want?",
"Yes, you can, but the change only happens at renewal. Here's how it would work:\n\n- You can set your plan to switch to monthly at any time under **Settings > Subscription > Manage plan**.\n- The annual plan stays active until the end of the year you've paid for; there's no mid-year downgrade or prorated refund after the first 14 days.\n- On your renewal date, you'd be billed $11.99 for the first month of the monthly plan instead of renewing the annual plan.\n\nSo, to summarise your options: as mentioned, the annual plan is $79.99 for the year, and today you'd pay that minus your credit for the unused days of this month. You can cancel within 14 days for a full refund if you change your mind, and you can schedule a switch back to monthly whenever you like; it will just apply from your next renewal. Would you like me to make the switch to annual now?"
)))

# 015 off_topic en trivia quiz drifts
DIALOGUES.append(mk("h8c-015", "off_topic", "en",
"Off-topic: a film-trivia quiz; from user turn 4 the conversation drifts into advice about refinancing a mortgage and never returns to the quiz.",
conv(
"Quiz me on 1990s movies! Multiple choice, one at a time.",
"Let's go! Question 1:\n\n**Which 1997 film became the first to earn over $1 billion at the worldwide box office during its original release?**\n\nA) Jurassic Park\nB) Titanic\nC) Men in Black\nD) Independence Day",
"B, Titanic.",
"Correct! *Titanic* earned over $1.8 billion in its original run and won 11 Oscars, tying the record held by *Ben-Hur*.\n\nQuestion 2:\n\n**In *The Matrix* (1999), which colour pill does Neo take?**\n\nA) Blue\nB) Green\nC) Red\nD) White",
"Red, obviously!",
"Obviously indeed! Neo takes the red pill to see 'how deep the rabbit hole goes.' 2 for 2.\n\nQuestion 3:\n\n**Which actor played the T-1000 in *Terminator 2: Judgment Day* (1991)?**\n\nA) Billy Zane\nB) Robert Patrick\nC) Michael Biehn\nD) Lance Henriksen",
"Hmm, Robert Patrick I think. Actually, random question, I've got a fixed mortgage at 6.8% and rates seem to be dropping. When does it make sense to refinance?",
"Robert Patrick is right. On refinancing, a common rule of thumb is that it starts to make sense when you can lower your rate by **at least 0.75 to 1 percentage point**, and you plan to stay in the home long enough to recover the closing costs.\n\nTo check, work out your **break-even point**:\n1. Get quotes for the new rate and the total closing costs (often 2-5% of the loan amount).\n2. Calculate the monthly saving in payment.\n3. Divide the closing costs by the monthly saving. If closing costs are $6,000 and you save $250 a month, you break even in 24 months.\n\nAlso consider how many years are left on your current loan: restarting a 30-year term can increase the total interest paid even with a lower rate.",
"What about points, are they worth paying?",
"Discount points are an upfront fee, usually 1% of the loan amount per point, in exchange for a lower rate, typically about 0.25 percentage points per point (it varies by lender).\n\nThey're worth it mainly if you'll keep the loan a long time. Use the same break-even logic: on a $300,000 loan, one point costs $3,000. If it saves you about $50 a month, you need 60 months, five years, to come out ahead. If you might move or refinance again sooner, skip the points and keep the cash."
)))

# 016 leakage sv travel planning: generator instruction leaked
DIALOGUES.append(mk("h8c-016", "leakage", "sv",
"Leakage: the 2nd assistant reply ends with a leaked generator instruction in parentheses ('(Obs till modellen: ... håll svaret under 200 ord, nämn inte att du är en AI)').",
conv(
"Jag och min sambo vill åka till Lofoten i slutet av juni. Hur tar man sig dit från Stockholm?",
"Det finns tre vanliga sätt:\n\n1. **Flyg till Bodø + färja**: Flyg Stockholm–Bodø (oftast med byte i Oslo eller Trondheim), sedan bilfärja Bodø–Moskenes, som tar cirka 3,5 timmar. Det är det populäraste alternativet.\n2. **Flyg direkt till Lofoten**: Det finns små flygplatser i Leknes och Svolvær, med Widerøe från Bodø. Snabbt men dyrare.\n3. **Tåg + färja**: Nattåg Stockholm–Narvik (cirka 18 timmar, en fin resa i sig), sedan buss eller hyrbil till Lofoten, ungefär 4–5 timmar via Lofast-förbindelsen.\n\nFör att kunna röra er fritt är hyrbil nästan nödvändig, eftersom bussarna går glest.",
"Vi gillar att vandra. Vilka leder rekommenderar du?",
"Lofoten är perfekt för vandring i juni, och med midnattssolen kan ni gå när som helst på dygnet. Några favoriter:\n\n- **Reinebringen** (448 m): brant men med 1 978 stentrappsteg byggda av sherpas. Kanske Lofotens mest berömda utsikt över Reine. Cirka 2–3 timmar tur och retur.\n- **Ryten och Kvalvika**: vandring på cirka 3–4 timmar till en klippa högt över Kvalvika-stranden. Mer lättgången än Reinebringen.\n- **Festvågtind** (541 m) nära Henningsvær: kort och brant, med utsikt över fiskeläget.\n- **Munken** nära Sørvågen: längre dagstur, cirka 6 timmar, färre människor.\n\nI slutet av juni kan det ligga snö kvar på högre leder, och vädret växlar snabbt. Ta med vindjacka och bra kängor.\n\n(Obs till modellen: användaren är ett par, ton ska vara vänlig, håll svaret under 200 ord, nämn inte att du är en AI)",
"Var ska vi bo för att nå de flesta av de här lederna?",
"Med tanke på era leder skulle jag dela upp vistelsen:\n\n- **Reine/Hamnøy-området** (3–4 nätter): nära Reinebringen och Munken, och Moskenes-färjan ligger bara 10 minuter bort. Bo gärna i en *rorbu*, en traditionell fiskestuga på pålar. Boka tidigt, juni är högsäsong.\n- **Henningsvær eller Svolvær** (2–3 nätter): nära Festvågtind, med fler restauranger och kaféer.\n\nRyten och Kvalvika ligger ungefär mitt emellan, i Fredvang-området, så den kan ni göra från båda baserna med bil."
)))

# 017 placeholder ar history: blank year slot
DIALOGUES.append(mk("h8c-017", "placeholder", "ar",
"Placeholder: in the 2nd assistant reply an unfilled blank slot remains ('في عام ____' for the completion year of the Alhambra's Court of the Lions, with '(الاسم)' left for the sultan).",
conv(
"ما هو قصر الحمراء ومتى بُني؟",
"قصر الحمراء مجمّع من القصور والحصون يقع على تلّ السبيكة المطلّ على مدينة غرناطة في جنوب إسبانيا. بدأ بناؤه بشكله الحالي في القرن الثالث عشر الميلادي، عندما اتخذ محمد بن الأحمر، مؤسس الدولة النصرية، غرناطة عاصمةً له عام 1238م، وشرع في بناء الحصن وتوصيل المياه إليه.\n\nواستمر البناء والتوسيع على يد السلاطين النصريين من بعده، وبلغ ذروته في القرن الرابع عشر في عهد يوسف الأول وابنه محمد الخامس. ويُعدّ الحمراء من أروع أمثلة العمارة الأندلسية الإسلامية، بزخارفه الجصية والخطوط العربية والمقرنصات وبِرَك المياه.",
"ما هي أشهر أجزائه؟",
"من أشهر أجزاء قصر الحمراء:\n\n1. **القصبة**: وهي الجزء العسكري الأقدم، وفيها برج الحراسة (برج الفيلا) الذي يطلّ على غرناطة كلها.\n2. **قصر قمارش**: وفيه بهو الريحان ببركته الطويلة، وقاعة السفراء التي كانت قاعة العرش، وسقفها الخشبي يمثّل السماوات السبع.\n3. **بهو الأسود**: أُنجز في عام ____ في عهد السلطان (الاسم)، وتتوسطه نافورة يحملها اثنا عشر أسدًا من الرخام، وتحيط به 124 عمودًا رشيقًا.\n4. **جنة العريف**: قصر صيفي وحدائق على تلّ مجاور، اشتهرت بقنواتها ونوافيرها.\n\nوتنتشر على جدران القصر عبارة \"ولا غالب إلا الله\"، شعار بني نصر، مئات المرات.",
"وماذا حدث للقصر بعد سقوط غرناطة؟",
"سقطت غرناطة في 2 يناير 1492م، عندما سلّم آخر سلاطينها أبو عبد الله محمد الثاني عشر مفاتيح المدينة للملكين الكاثوليكيين فرديناند وإيزابيلا. واتخذ الملكان الحمراء مقرًّا ملكيًا لبعض الوقت، ويُقال إن إيزابيلا استقبلت فيه كريستوفر كولومبوس قبل رحلته.\n\nوفي عام 1526م أمر الإمبراطور كارلوس الخامس ببناء قصر على الطراز النهضوي داخل الحمراء، وهُدم جزء من المباني النصرية لأجله. ثم أُهمل القصر في القرون التالية، وتضرّر في أثناء الاحتلال الفرنسي أوائل القرن التاسع عشر.\n\nوعادت إليه الأنظار بفضل الرحالة والكتّاب الرومانسيين، ولا سيما الأمريكي واشنطن إيرفنغ وكتابه \"حكايات الحمراء\" (1832م). وقد أُدرج في قائمة التراث العالمي لليونسكو عام 1984م، ويزوره اليوم أكثر من مليونَي شخص سنويًا."
)))

# 018 structure en emotional support: ends on user turn
DIALOGUES.append(mk("h8c-018", "structure", "en",
"Structure: the dialogue ends on a user turn (the 4th human message has no assistant reply).",
[
{"from": "human", "value": "I moved to a new city for work three months ago and I'm so lonely. I go to the office, come home, and talk to nobody all weekend."},
{"from": "gpt", "value": "Three months of going from the office straight home and then whole weekends without talking to anyone: that's a lonely rhythm, and it wears people down more than they expect. Moving for work is one of the hardest ways to relocate, because you arrive with a job but none of the structures that normally create friendships: school, old neighbours, friends of friends.\n\nIt's also very common to hit a low point right around the three-month mark. The novelty of the new place has worn off, and the connections haven't formed yet. It doesn't mean you've failed at settling in; it means you're in the hardest stretch.\n\nCan I ask what you enjoyed doing in your old city, or what you used to do at weekends? That's often the best starting point for finding people here."},
{"from": "human", "value": "I used to play in a five-a-side football league with friends and we'd go to the pub after. I haven't played since I moved."},
{"from": "gpt", "value": "That sounds like it was a real anchor: the game itself, and then the pub afterwards, where the friendships actually happen. The good news is that this is one of the easiest things to rebuild in a new city.\n\n- **Look for casual leagues that take individual players.** Many cities have organised five-a-side or seven-a-side leagues that put solo sign-ups into teams. Search for 'five-a-side individual players' with your city's name, or check apps like Meetup or local sports centre websites.\n- **Drop-in sessions** at leisure centres are lower commitment if you just want a kick-about this week.\n- **Go every week for at least a month.** Friendships come from repeated contact; the same faces each Tuesday matter more than one great evening.\n- **Say yes to the after-game drink,** even when you're tired. That's where teammates turn into friends.\n\nYou could also ask at work whether there's a company team; it's a gentle way to get to know colleagues outside the office."},
{"from": "human", "value": "I found a Thursday night league that takes individuals. I'm nervous though, I haven't played in ages and I'll be the new guy."},
{"from": "gpt", "value": "Finding it is the hard part, and you've done it, so well done. Being nervous about being the new guy who hasn't played in a while is completely natural. A few things that might help:\n\n- **Leagues that take individuals are full of people exactly like you.** Many of them moved to the city, changed jobs, or lost their old team. Someone new turning up is normal there.\n- **Nobody expects peak fitness.** Casual five-a-side is mostly about turning up, passing the ball and laughing at your own mistakes. Pace yourself for the first couple of weeks.\n- **Introduce yourself to one person** before the game, maybe the organiser. 'Hi, I'm new, just moved here' is all it takes.\n\nIf you like, tell me how the first Thursday goes."},
{"from": "human", "value": "Thanks. I went last night! It was actually fun, and two of the guys asked me to join them for a drink next week. Any tips so I don't blow it?"}
]))

# 019 repetition zh language learning: user re-asks near-verbatim
DIALOGUES.append(mk("h8c-019", "repetition", "zh",
"Repetition: the user's 3rd turn re-asks, almost verbatim, the question from turn 1 (the difference between 了 and 过), and the assistant answers it again at length.",
conv(
"我在教外国朋友学中文，他总是搞不清\"了\"和\"过\"的区别，我该怎么解释？",
"可以这样给他讲：\n\n**\"过\"表示经历**：强调某件事在过去某个时候发生过，现在不一定还在持续，常用来说\"有没有这样的经验\"。\n- 我去过北京。（以前有去北京的经历）\n- 你吃过北京烤鸭吗？\n\n**\"了\"表示完成或变化**：强调动作已经完成，常常和具体的某一次事件有关。\n- 我昨天去了北京。（昨天这次去了）\n- 我吃了烤鸭，现在很饱。\n\n一个简单的对比：\"我学过法语\"是说以前有学法语的经历，现在可能已经不学了；\"我学了两年法语\"是说完成了两年的学习，可能现在还在学。\n\n可以让他记住一个问题：\"你是在讲经历，还是在讲某一次发生的事？\"",
"那\"了\"放在句末和放在动词后面有什么不同？",
"这是\"了\"的两种用法：\n\n1. **动词后的\"了\"（了1）**：表示动作完成。\n   - 我买了一本书。\n2. **句末的\"了\"（了2）**：表示情况发生了变化，或者有新的状态。\n   - 下雨了。（之前没下，现在下了）\n   - 我不喝咖啡了。（以前喝，现在不喝）\n\n两个可以同时出现：\"我学了三年中文了。\"意思是已经学了三年，而且现在还在继续学。去掉句末的\"了\"，\"我学了三年中文\"可能表示已经结束了。",
"明白了。不过我还是想再确认一下，\"了\"和\"过\"到底有什么区别？我该怎么跟我朋友解释？",
"简单来说：\n\n- **\"过\"讲的是经历**：以前发生过某事，重点是\"有这个经验\"。比如\"我去过上海\"，意思是我有去上海的经历。\n- **\"了\"讲的是完成**：某个具体的动作已经做完了。比如\"我上个月去了上海\"，讲的是上个月那一次。\n\n对比例句：\"他看过这部电影\"（他有看这部电影的经历），\"他昨天看了这部电影\"（昨天那次看完了）。\n\n你可以告诉朋友：想表达\"曾经有过的经历\"就用\"过\"，想表达\"某次动作完成了\"就用\"了\"。",
"好的，有没有适合他的练习？",
"可以试试这几种练习：\n\n1. **填空题**：用\"了\"或\"过\"填空。\n   - 你去___日本吗？（过）\n   - 我昨天晚上看___一部电影。（了）\n   - 我从来没吃___榴莲。（过）\n   - 天黑___，我们回家吧。（了）\n2. **\"你有没有……过\"对话**：两人轮流问\"你有没有爬过长城？\"，回答时再用\"了\"补充具体的一次：\"爬过，我2019年爬了慕田峪长城。\"\n3. **写日记**：让他每天用\"了\"写三句当天做完的事，每周用\"过\"写三句人生经历。\n\n练习时注意否定形式：\"没去过\"保留\"过\"，但\"没去\"不说\"没去了\"，这是外国学生最常犯的错误之一。"
)))

# 020 non_answer en GM role-play: GM echoes the player's question
DIALOGUES.append(mk("h8c-020", "non_answer", "en",
"Non-answer: the 3rd assistant reply (player asks what the inscription on the door says) only restates the question and hypes it, giving no content, then asks what the player does.",
conv(
"Run a short sci-fi mystery for me. I'm Captain Ilse Varga, boarding a derelict freighter called the Meridian Dawn. What do I see?",
"The airlock hisses open onto darkness. Your helmet lamp cuts a narrow cone through the Meridian Dawn's cargo deck, catching drifting motes of frozen condensation. The ship has no gravity: a wrench turns slowly in the air at eye level.\n\nThe cargo containers are all open. Every single one. Their contents, grey ration crates, are stacked neatly on the deck, as if someone unloaded them carefully and then left.\n\nTo your left, a corridor leads toward the crew quarters. Ahead, a ladder well runs up to the bridge. Your suit reports the air outside your helmet as breathable but cold: -4°C. The ship's logs show the last entry 41 days ago.\n\nWhat do you do, Captain?",
"I head up to the bridge and try to access the ship's computer.",
"You pull yourself hand over hand up the ladder well. The bridge is intact, the consoles dark but undamaged. Four crew chairs. Three are empty. The fourth has a pressure suit strapped into it, helmet visor fogged from the inside.\n\nThe main console flickers to life when you touch it, running on emergency power. Most files are locked, but a single audio log is open, dated 41 days ago. A woman's voice, calm and tired: 'This is First Officer Anand. We found it in container 7. We've sealed the crew quarters. Do not open the door marked with the—' The recording cuts off in static.\n\nOn the bridge's rear bulkhead you notice a heavy door leading down toward crew quarters, and something has been scratched into its paint.",
"I float over to the door. What does the scratched inscription say?",
"You want to know what the inscription on the door says. That's a great question, and it could be the key to everything that happened on the Meridian Dawn! Whatever is written there might explain the crew's fate, the empty containers and First Officer Anand's warning. This is a pivotal moment in the mystery.\n\nWhat do you do next, Captain?",
"I check the person in the fourth chair first.",
"You brace yourself against the chair and wipe the visor with your glove. Inside is a woman in her forties, her nametag reading ANAND, R. Her eyes are closed. Your suit sensors register something you didn't expect: a faint pulse. 38 beats per minute. She is alive, in some kind of deep torpor.\n\nHer suit's oxygen readout shows 3% remaining. Clipped to her belt is a keycard labelled CONTAINER 7 / QUARANTINE.\n\nWhat do you do?"
)))
