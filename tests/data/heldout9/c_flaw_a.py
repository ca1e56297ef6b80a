# Part c: flawed dialogues i9c-013 .. i9c-022 (hand-written).
# Each conversation is a list of ("h", text) / ("g", text) tuples.

D013 = dict(
    id="i9c-013", label="off_topic", language="en",
    note="Sofa delivery problem abandoned from user turn 3: user switches to sourdough starters and turns 3-4 stay on baking, the delivery goal is never resumed.",
    conv=[
("h", """I ordered a sofa from an online furniture shop and it was supposed to arrive last Saturday between 8 and 12. Nobody came and nobody called. The tracking just says "delayed". I paid £1,149 up front. What should I do?"""),
("g", """Sorry, that's really frustrating, especially if you stayed in all morning. In the UK you have decent protection under the Consumer Rights Act 2015. Here's what I'd do:

1. **Put it in writing today.** Email the retailer (or use their contact form) with your order number, the agreed delivery date and slot, and the fact that nobody arrived or called. Phone calls are fine, but a written record matters later.
2. **Ask for a firm new date.** Not "sometime next week", but a specific day and time window.
3. **Mention the wasted morning.** If you took time off work, say so and ask for a goodwill gesture, such as a refund of the delivery charge.
4. **Know your fallback.** If a trader misses an agreed delivery date, you can set a new, reasonable deadline. If they miss that too, you're entitled to cancel and get a full refund.
5. **Keep everything.** Screenshots of the tracking page, the order confirmation and any replies.

If you paid by credit card, you may also be able to claim from your card provider if things go badly wrong, since the sofa cost more than £100."""),
("h", """They've now said it'll come "sometime next week". Can I insist on a specific day?"""),
("g", """Yes, and you should. "Sometime next week" means another week of waiting in, which isn't reasonable after they've already missed one agreed slot.

Reply with something like:

> Thank you for the update. As my delivery on Saturday was missed without notice, I need a confirmed day and time slot rather than "sometime next week". I am available all day on Wednesday. Please confirm delivery for Wednesday; I will treat that as the final date for delivery. If the sofa is not delivered by then, I will cancel the order and expect a full refund of £1,149.

Swap Wednesday for whichever day genuinely suits you. Setting a clear final date in writing is what gives you the right to cancel later if they fail again, so don't skip that part."""),
("h", """Okay, I've sent that. While I wait, honestly, this whole week's been a mess and I need a distraction. Do you know how to make a sourdough starter? I've been meaning to get into baking."""),
("g", """Great project, and it only needs flour, water and patience. Here's a simple method:

**Day 1**
- In a clean jar, mix **50 g wholemeal or rye flour** with **50 g lukewarm water** into a thick paste.
- Cover loosely (a lid resting on top, not screwed down) and leave at room temperature, ideally 22–26 °C.

**Days 2–3**
- You may see a few bubbles, or nothing at all. Both are fine.
- Once a day, stir in another 50 g flour and 50 g water.

**Days 4–7**
- Now start discarding: throw away (or use in pancakes) all but about 50 g of the starter, then feed it 50 g flour and 50 g water.
- Do this once or twice a day. It should begin to rise and fall predictably and smell pleasantly sour, a bit like yoghurt.

**Troubleshooting**
- A layer of grey liquid on top ("hooch") just means it's hungry. Stir it in or pour it off, and feed it.
- A smell like nail-polish remover also means hunger, not failure.
- Pink or orange streaks, or fuzzy mould, mean you should throw it away and start again.

Most starters are active enough to bake with after 7–10 days, sometimes up to two weeks in a cool kitchen."""),
("h", """How do I know when it's actually ready? And what's the best flour for a first loaf?"""),
("g", """**Signs it's ready:**
- It reliably **doubles in size within 4–8 hours** of a feed, for at least two or three days in a row.
- It's full of bubbles throughout, not just on top, and has a domed, slightly wobbly surface at its peak.
- It smells tangy and pleasant rather than sharp.
- The float test: drop a spoonful into water. If it floats, it's probably ready, though a starter that doubles reliably is the better sign.

**Flour for a first loaf:**
- Use a **strong white bread flour** with around **12–13% protein**. The extra gluten makes the dough much easier to handle and gives a better rise.
- Swap in 10–20% wholemeal for more flavour once you're comfortable.
- Avoid plain or all-purpose flour for your first few loaves; it makes a slacker dough that's harder to shape.

A classic beginner ratio is **500 g bread flour, 350 g water, 100 g active starter and 10 g salt**. At 70% hydration, it's forgiving while you learn how the dough should feel."""),
    ])

D014 = dict(
    id="i9c-014", label="off_topic", language="ru",
    note="Поездка в Эрмитаж прерывается в 3-м ходе: пользователь спрашивает, как починить кухонный кран, и ассистент подробно отвечает про сантехнику; лишь в 4-м ходе разговор возвращается к музею.",
    conv=[
("h", """Я буду в Санкт-Петербурге в конце апреля на три дня и хочу сходить в Эрмитаж. Как лучше купить билеты и сколько времени закладывать на посещение?"""),
("g", """Отличный план! Несколько практических советов:

**Билеты**
- Лучше всего покупать электронный билет заранее на официальном сайте Эрмитажа: так вы не будете стоять в очереди в кассу, которая в сезон может занять час и больше.
- Сохраните билет в телефоне или распечатайте его; на входе сканируют QR-код.
- Обратите внимание, что основной комплекс, Зимний дворец, **закрыт по понедельникам**, так что планируйте визит на другой день.

**Часы работы**
Обычно музей открыт с 10:30 до 18:00, а по средам и пятницам работает до 21:00. Вечерние часы — хороший вариант, если хочется поменьше людей. Перед поездкой всё же проверьте расписание на сайте, оно иногда меняется.

**Сколько времени нужно**
- На основные шедевры Зимнего дворца закладывайте **минимум 3–4 часа**.
- Импрессионисты и постимпрессионисты (Моне, Ренуар, Матисс, Пикассо) находятся в отдельном здании — **Главном штабе** на другой стороне Дворцовой площади. На него стоит выделить ещё 1,5–2 часа, лучше в другой день.

**Совет:** приходите к открытию и сразу идите к самым популярным залам, пока туда не пришли экскурсионные группы."""),
("h", """Что обязательно посмотреть, если я не люблю долго ходить?"""),
("g", """Тогда предлагаю короткий маршрут примерно на два часа по самым ярким местам Зимнего дворца:

1. **Иорданская лестница** — парадная белая лестница с позолотой, с неё обычно и начинается осмотр.
2. **Павильонный зал** с часами **«Павлин»** — механической птицей XVIII века в натуральную величину.
3. **Зал Леонардо да Винчи** — две его картины: «Мадонна Литта» и «Мадонна Бенуа». В мире очень мало работ Леонардо, так что это настоящая редкость.
4. **Рембрандт, «Возвращение блудного сына»** — одна из самых трогательных картин в музее; постойте перед ней пару минут.
5. **Малахитовая гостиная** — зал, отделанный уральским малахитом.
6. **Рыцарский зал** — доспехи и конные рыцари, особенно нравятся детям.

Между залами есть скамейки, а в музее — кафе, так что можно делать перерывы. Если останутся силы на другой день, загляните в Главный штаб ради «Танца» Матисса."""),
("h", """Кстати, у меня дома на кухне уже неделю капает кран. Как его починить самому?"""),
("g", """Чаще всего это несложно. Порядок такой:

1. **Перекройте воду** — кранами под мойкой или на стояке. Откройте смеситель, чтобы стравить остаток воды.
2. **Определите тип смесителя.**
   - *Вентильный* (две ручки, которые нужно крутить): обычно изнашивается резиновая прокладка или кран-букса.
   - *Однорычажный* (одна ручка вверх-вниз): как правило, виноват картридж.
3. **Снимите ручку.** Подденьте декоративную заглушку, открутите винт под ней и снимите ручку.
4. **Замените деталь.**
   - Для вентильного смесителя выкрутите кран-буксу гаечным ключом и замените прокладку или всю буксу целиком.
   - Для однорычажного открутите прижимную гайку и вытащите картридж.
5. **Возьмите старую деталь в магазин**, чтобы купить точно такую же: размеры бывают разные.
6. **Соберите всё в обратном порядке** и медленно откройте воду.

Прокладка стоит копейки, картридж — несколько сотен рублей. Если смеситель старый и течёт из корпуса, иногда проще поменять его целиком."""),
("h", """Спасибо! И последний вопрос: где рядом с Эрмитажем можно недорого пообедать?"""),
("g", """Вариантов много, особенно в сторону Невского проспекта:

- **Кафе в самом музее** — удобно, если не хочется выходить, но цены выше среднего.
- **«Теремок»** — сеть с блинами, супами и кашами; несколько точек есть на Невском, в 10–15 минутах ходьбы.
- **Пышечная на Большой Конюшенной** — легендарное место с пончиками-пышками и кофе с молоком из большого бака, очень дёшево и атмосферно. Идти минут 10–12.
- **Столовые** — на Невском и в соседних переулках есть недорогие столовые с комплексными обедами.

Если пойдёте в музей к открытию, удобно сделать обеденный перерыв около 14:00, а потом ещё прогуляться по Дворцовой набережной."""),
    ])

D015 = dict(
    id="i9c-015", label="leakage", language="en",
    note="Teacher-to-instructional-design career change: turn 2 reply opens with a leaked generation spec line (turn number, persona, length, must-mention items).",
    conv=[
("h", """I've been a secondary school science teacher for 11 years and I'm burned out. People keep suggesting instructional design. What is it actually, and would my teaching experience count?"""),
("g", """Instructional design is the work of planning and building learning experiences, mostly for adults and mostly outside schools: onboarding for new employees, compliance training, software tutorials, customer education, online courses. Job titles you'll see include **instructional designer**, **learning experience designer (LXD)** and **e-learning developer**.

A typical project looks like this:
1. Work with a subject-matter expert to understand what people need to be able to *do*.
2. Write learning objectives and plan the structure.
3. Build the materials: e-learning modules, videos, job aids, workshop plans.
4. Test, launch and measure whether it worked.

**Your experience counts a lot.** You already do the core of the job:
- Lesson planning is essentially *backward design*: start from the outcome and work back.
- You write assessments and know how to check understanding.
- You adapt material for different levels (differentiation).
- You explain complex science to people who find it hard, which is exactly what working with technical experts requires.

**What you'd need to add:**
- The corporate context: business goals, stakeholders, tight deadlines.
- Common models such as **ADDIE** and Bloom's taxonomy for objectives (you may know the latter already).
- Authoring tools, especially **Articulate Storyline** and **Rise**, and sometimes Adobe Captivate.
- A small portfolio, since hiring managers want to see your work rather than read about it.

Teachers are one of the most common routes into the field, so you'd be in good company."""),
("h", """What should I put in a portfolio? I don't have any corporate projects."""),
("g", """[turn 2 | persona: supportive career coach | target length 200-250 words | MUST mention: Storyline, Rise, needs analysis | do not repeat salary]

You don't need real corporate clients. Most career-changers build 3–4 sample projects that *look* like workplace training. A strong starter portfolio:

1. **A short e-learning module in Rise (10–15 minutes).** Take something you know well and give it a workplace angle. Your lab safety induction, for example, can become "Chemical safety for new warehouse staff". Rise is quick to learn and produces clean, mobile-friendly courses.
2. **A branching scenario in Storyline.** A realistic situation where the learner makes choices and sees consequences, such as a customer complaint or a safety incident. This shows you can design for decisions, not just information.
3. **A design document.** One or two pages showing your thinking: a brief **needs analysis** (who the learners are, what the problem is, why training will help), learning objectives, an outline and how you'd measure success. Hiring managers love seeing the reasoning behind the product.
4. **A job aid.** A one-page checklist or quick-reference guide. It shows you know that not everything needs to be a course.

For each piece, write a short case study: the problem, your approach, the tools you used and what you'd improve. Host everything on a simple portfolio site so you can send one link with each application."""),
("h", """How long would this realistically take if I'm still teaching full-time?"""),
("g", """Realistically **6–12 months** to be job-ready while teaching, depending on how much time you can protect. A plan that works for a lot of teachers:

**Months 1–2: Foundations (3–4 hours a week)**
- Learn ADDIE, writing measurable objectives and basic adult-learning principles.
- Follow a free course or a couple of well-reviewed books rather than an expensive certificate.

**Months 3–6: Build the portfolio (4–6 hours a week)**
- Start the Articulate 360 free trial only when you're ready to build, so you use the whole 30 days.
- Build the Rise module first, then the Storyline scenario, then the design document and job aid.

**Months 6 onwards: Apply and network**
- Rewrite your CV in corporate language ("designed and delivered training for 150 learners a year" rather than "taught Year 10 chemistry").
- Join instructional design communities on LinkedIn and ask for portfolio feedback.
- Apply for roles in education technology, healthcare and other regulated industries, which value teaching backgrounds.

**Use the holidays.** The summer break is your biggest asset: a focused six weeks can do as much as three months of evenings. Many teachers time their first applications so they can start in late summer."""),
("h", """Thanks, this is so much clearer. I'll start with the safety module idea."""),
("g", """That's a great first project: you already know the content inside out, so you can focus on learning the tool and the design process. Good luck, and feel free to come back when you have a draft and want some feedback on it."""),
    ])

D016 = dict(
    id="i9c-016", label="leakage", language="it",
    note="Viaggio a Firenze: la risposta del turno 3 sui posti dove mangiare termina con una nota di revisione del generatore rimasta nel testo (NB per revisione...), leakage sottile.",
    conv=[
("h", """Vado a Firenze per un weekend lungo a ottobre, da venerdì a lunedì. È la mia prima volta. Cosa non devo perdere?"""),
("g", """Ottima scelta, ottobre è un bel periodo: meno caldo e un po' meno folla che in estate. Ecco le cose imperdibili:

- **Galleria degli Uffizi**: Botticelli (*La nascita di Venere*, *La Primavera*), Leonardo, Michelangelo, Caravaggio. Prenota l'ingresso con orario.
- **Galleria dell'Accademia**: per il *David* di Michelangelo. Anche qui conviene prenotare.
- **Duomo e Cupola del Brunelleschi**: la salita alla cupola (463 gradini) regala una vista spettacolare. Serve un biglietto con orario prenotato.
- **Ponte Vecchio** e una passeggiata in **Oltrarno**, il quartiere degli artigiani, più tranquillo e autentico.
- **Piazzale Michelangelo** al tramonto, per la vista classica su tutta la città.
- **Palazzo Pitti e Giardino di Boboli**, se vi resta tempo.

Un'avvertenza importante: **il lunedì Uffizi, Accademia e Palazzo Pitti sono chiusi**, quindi conviene concentrare i musei tra venerdì e domenica."""),
("h", """Come organizzo le giornate, visto che il lunedì molti musei sono chiusi?"""),
("g", """Ecco una proposta che tiene conto delle chiusure:

**Venerdì: il centro**
- Arrivo e passeggiata tra piazza della Signoria e piazza del Duomo.
- Pomeriggio: Battistero e salita alla Cupola (con orario prenotato).
- Sera: Piazzale Michelangelo al tramonto, poi cena in Oltrarno.

**Sabato: Uffizi e Oltrarno**
- Mattina: Uffizi all'apertura delle 8:15, quando c'è meno gente. Contate 3 ore.
- Pomeriggio: Ponte Vecchio, Palazzo Pitti e Giardino di Boboli.

**Domenica: Accademia e mercati**
- Mattina: Accademia alle 8:15; per il *David* e il resto bastano circa 1,5 ore.
- Pranzo al Mercato Centrale di San Lorenzo.
- Pomeriggio: Basilica di Santa Croce, dove sono sepolti Michelangelo e Galileo.

Attenzione: se è la **prima domenica del mese**, i musei statali sono gratuiti, ma le code sono lunghissime. In quel caso valutate di spostare l'Accademia al venerdì.

**Lunedì: Fiesole**
- Prendete il bus 7 da piazza San Marco fino a Fiesole (circa 20–30 minuti): teatro romano, vista sulla città e una passeggiata tranquilla prima della partenza."""),
("h", """E per mangiare? Vorrei provare le cose tipiche senza spendere troppo."""),
("g", """Firenze è perfetta per mangiare bene spendendo poco. Cosa provare:

- **Lampredotto**: il panino con lo stomaco di manzo cotto a lungo, con salsa verde. Si mangia ai chioschi dei trippai o al Mercato Centrale, per pochi euro.
- **Schiacciata farcita**: la focaccia toscana riempita di salumi e formaggi. Le botteghe in via dei Neri sono famose; aspettatevi una fila, ma scorre veloce.
- **Ribollita** e **pappa al pomodoro**: piatti poveri a base di pane toscano, perfetti in autunno.
- **Bistecca alla fiorentina**: da provare almeno una volta, ma si paga al chilo ed è alta, quindi meglio dividerla in due o più persone.
- **Cantucci e vin santo** per chiudere il pasto.

Qualche consiglio:
- Per le trattorie, spostatevi in **Oltrarno** o a **San Frediano**: prezzi più onesti che intorno al Duomo.
- Diffidate dei menù con le foto dei piatti e dei camerieri che vi chiamano dalla porta.
- A pranzo molte trattorie propongono un piatto del giorno a prezzo fisso.

(NB per revisione: prezzi da verificare prima della pubblicazione; tono ok, lunghezza ok, passare al turno 4.)"""),
("h", """Ultima cosa: come arrivo dall'aeroporto di Firenze al centro?"""),
("g", """È facile:

- **Tramvia T2**: parte proprio davanti all'aeroporto di Peretola e arriva in centro (fermata Unità, vicino alla stazione di Santa Maria Novella) in circa 20 minuti. Passa ogni 5–10 minuti e un biglietto ordinario costa meno di 2 euro. Potete anche pagare con la carta contactless direttamente sulla macchinetta a bordo o in fermata.
- **Taxi**: c'è una tariffa fissa per il centro, intorno ai 25 euro, con qualche supplemento per bagagli o orari notturni. Comodo se avete valigie pesanti o arrivate tardi.

Con il tram, dalla fermata Unità il Duomo è a circa 10 minuti a piedi."""),
    ])

D017 = dict(
    id="i9c-017", label="placeholder", language="en",
    note="Hotel reservations role-play: turn 3 reply gives the confirmation number as an unfilled slot '#CONFIRMATION_NO#'.",
    conv=[
("h", """Role-play please: you're the reservations agent at the Seagull Hotel in Brighton and I'm phoning to book. "Hi, I'd like a room for two adults, arriving Friday the 14th of June and leaving Sunday the 16th.\""""),
("g", """"Thank you for calling the Seagull Hotel, this is Amy speaking. Two adults, Friday the 14th to Sunday the 16th of June, so that's two nights. We have a standard double at £135 a night or a sea-view double at £165 a night. Which would you prefer?\""""),
("h", """"The sea view, please. Does that include breakfast?\""""),
("g", """"It does: full English or continental, served from 7:30 to 10 in our dining room. So that's £330 in total for the two nights. May I take your name?\""""),
("h", """"It's Daniel Okafor.\""""),
("g", """"Thank you, Mr Okafor. I've reserved a sea-view double for you from the 14th to the 16th of June. Your confirmation number is #CONFIRMATION_NO#, and we'll email it to you as well. Could I take a card to guarantee the booking? Nothing will be charged until you arrive.\""""),
("h", """"Sure. What time can we check in? We might get there early.\""""),
("g", """"Check-in is from 3 pm, but you're welcome to leave your bags with us from the morning and head down to the pier. If the room is ready earlier, we'll give you a ring.\""""),
("h", """"Great. And is there parking?\""""),
("g", """"We don't have parking on site, I'm afraid, but there's a public car park about two minutes' walk away, and we can give you a discounted 24-hour ticket for £18. Is there anything else I can help with, Mr Okafor?\""""),
    ])

D018 = dict(
    id="i9c-018", label="placeholder", language="zh",
    note="被开通增值业务的话费投诉：第1轮长回复中间写着“（此处填写天数）”，是未填写的模板槽位，较隐蔽。",
    conv=[
("h", """我这几个月话费每个月都比平时多了15块，查了一下账单，发现被开通了一个“视频彩铃”增值业务，我从来没开过。该怎么办？"""),
("g", """这种情况挺常见的，按规定增值业务必须经过用户确认才能开通，所以你完全有理由要求退费。建议按下面的步骤来：

1. **先查询并退订**
   发短信“0000”到你所在运营商的客服号码（移动10086、联通10010、电信10001），可以查询已订购的全部业务，按提示回复即可退订。也可以在营业厅APP里的“已订业务”中查看。

2. **打客服电话，要求查开通记录**
   问清楚三件事：什么时间开通的、通过什么渠道开通的（短信、网页、APP还是营业厅）、有没有发送过二次确认短信。让客服把这些信息记录在工单里。

3. **明确要求全额退费**
   从开通之日起多扣的所有费用都应退还。记下通话时间和客服工号，有条件的话打开通话录音。

4. **企业不处理就向工信部申诉**
   如果运营商在接到投诉后（此处填写天数）内没有处理，或者你对处理结果不满意，可以拨打 **12300** 或登录工信部电信用户申诉受理中心网站提交申诉。申诉前一般要求你已经先向运营商投诉过，所以第3步的投诉记录一定要保留好。

另外，建议顺便在APP里关闭“短信/网页一键订购”之类的功能，防止以后再被开通。"""),
("h", """客服说是我3月份在一个网页上点了确认开通的，可我根本不记得有这回事。"""),
("g", """不记得很正常，很多这类业务是通过弹窗广告、抽奖页面“一键开通”的，用户往往没意识到自己在订购。但是“说你点过”不等于合规开通，你可以这样回应：

- **要求出示完整证据**：具体的开通时间、页面链接、验证码短信的发送和回复记录，以及开通成功后的二次确认短信。按照规定，开通收费增值业务需要用户明确确认，并告知资费。
- **核对自己的短信记录**：翻一下3月份有没有收到确认短信或验证码。如果没有，这就是对你有利的证据。
- **明确表态**：告诉客服“我没有主动订购，也没有收到过资费告知，要求退还全部费用”，并请对方把你的诉求写进工单。

如果运营商拿不出验证码回复记录和二次确认记录，一般很难证明你是自愿订购的。"""),
("h", """他们答应退一半，说另一半是“已经使用”的费用。我应该接受吗？"""),
("g", """我建议先不要接受。理由是：

- **你根本没有使用过**。视频彩铃是给打给你的人听的，你从来没设置过，谈不上“已使用”。你可以要求他们提供具体的使用记录。
- **算一下金额**：每月15元，从3月到现在共4个月，总共60元。退一半只有30元，剩下的30元你没有理由承担。
- **举证责任在运营商**：既然他们主张你开通并使用了，就应该拿出证据。

你可以这样回复客服：“我没有订购也没有使用该业务，请提供开通确认记录和使用记录；如果无法提供，请全额退还60元。”

如果他们仍然坚持只退一半，就按之前说的向 12300 申诉，把通话时间、客服工号、账单截图都准备好。很多人到了申诉这一步，运营商就会主动联系全额退款。"""),
("h", """好的，我先再跟客服说一次。谢谢！"""),
("g", """不客气！沟通时语气平和但立场坚定就好，记得让客服把你的诉求写进工单并告诉你工单号。祝你顺利拿回这60元。"""),
    ])

D019 = dict(
    id="i9c-019", label="structure", language="en",
    note="Movie trivia game: malformed structure, user turns 3 and 4 come back to back with no assistant reply between them.",
    conv=[
("h", """Let's play movie trivia! You ask, I answer, and you keep score. Medium difficulty please."""),
("g", """Love it. Question 1: Which 1994 film features the line "Life is like a box of chocolates"?"""),
("h", """Forrest Gump."""),
("g", """Correct! 1/1. Question 2: Who directed *Jaws* (1975)?"""),
("h", """Steven Spielberg."""),
("h", """Oh, and can you make the next ones a bit harder?"""),
("g", """Correct, that's 2/2. And sure, turning it up a notch. Question 3: Which film won the very first Academy Award for Best Animated Feature?"""),
("h", """Hmm... Shrek?"""),
("g", """Yes! *Shrek* won it at the 2002 ceremony, beating *Monsters, Inc.* 3/3. Question 4: Which 1927 film is usually cited as the first feature-length "talkie"?"""),
("h", """The Jazz Singer."""),
("g", """Correct again, 4/4, a perfect run so far! Want to keep going, or switch to a themed round like sci-fi or the 1980s?"""),
    ])

D020 = dict(
    id="i9c-020", label="structure", language="ms",
    note="Pertukaran kerjaya jurutera ke pengurusan projek (PMP): dialog berakhir dengan giliran pengguna ke-4 tanpa jawapan pembantu.",
    conv=[
("h", """Saya berumur 35 tahun dan sudah 10 tahun bekerja sebagai jurutera mekanikal. Saya berminat untuk beralih ke bidang pengurusan projek. Adakah sijil PMP berbaloi?"""),
("g", """Untuk latar belakang seperti anda, PMP (Project Management Professional) biasanya memang berbaloi. Ia diiktiraf di peringkat antarabangsa dan sering disebut dalam iklan jawatan pengurus projek, terutamanya dalam sektor minyak dan gas, pembinaan, pembuatan dan IT.

**Syarat kelayakan (bagi pemegang ijazah empat tahun):**
- sekurang-kurangnya **36 bulan** pengalaman mengetuai dan mengarahkan projek dalam tempoh lapan tahun yang lalu; dan
- **35 jam** pendidikan atau latihan pengurusan projek (boleh diperoleh melalui kursus dalam talian).

**Tentang peperiksaan:**
- **180 soalan** dalam masa **230 minit**.
- Meliputi tiga domain: *People*, *Process* dan *Business Environment*, termasuk pendekatan tangkas (*agile*) dan hibrid, bukan sahaja kaedah tradisional.
- Yuran ialah sekitar **USD 405** untuk ahli PMI dan **USD 575** untuk bukan ahli. Keahlian PMI berharga kira-kira USD 139 setahun, jadi menjadi ahli dahulu biasanya lebih jimat.

Jika pengalaman mengetuai projek anda belum mencukupi, **CAPM** ialah sijil peringkat permulaan yang boleh menjadi batu loncatan. Tetapi dengan 10 tahun sebagai jurutera, besar kemungkinan anda sudah layak untuk PMP."""),
("h", """Saya pernah mengetuai beberapa projek kecil di kilang, tetapi jawatan saya bukan "pengurus projek". Adakah pengalaman itu dikira?"""),
("g", """Ya, dikira. PMI melihat **peranan** anda dalam projek, bukan gelaran jawatan. Apa yang penting ialah anda benar-benar mengetuai dan mengarahkan kerja projek, contohnya:

- merancang skop, jadual dan bajet projek naik taraf mesin;
- menyelaras kontraktor, pembekal atau pasukan penyelenggaraan;
- memantau kemajuan, mengurus risiko dan melaporkan status kepada pengurusan;
- menutup projek dan menyerahkannya kepada pengguna akhir.

Semasa mengisi permohonan, tulis setiap projek secara berasingan: tarikh mula dan tamat, peranan anda, dan ringkasan kerja mengikut fasa (permulaan, perancangan, pelaksanaan, pemantauan, penutupan). Pastikan jumlah bulan projek tidak bertindih dikira dua kali.

Simpan juga nama dan hubungan penyelia bagi setiap projek, kerana sebahagian kecil permohonan dipilih secara rawak untuk **audit**, dan anda perlu mendapatkan pengesahan mereka."""),
("h", """Baik. Biasanya berapa lama orang belajar untuk peperiksaan itu?"""),
("g", """Kebanyakan orang yang bekerja sepenuh masa mengambil masa **8 hingga 12 minggu**, dengan 1 hingga 2 jam sehari pada hari bekerja dan sesi lebih panjang pada hujung minggu. Contoh rancangan:

- **Minggu 1–4:** Habiskan kursus 35 jam, dan baca bahagian utama *PMBOK Guide* edisi ke-7 serta *Agile Practice Guide*.
- **Minggu 5–8:** Fokus pada soalan latihan mengikut domain. Untuk setiap jawapan yang salah, fahami mengapa pilihan lain lebih tepat.
- **Minggu 9–10:** Buat sekurang-kurangnya dua atau tiga ujian simulasi penuh (180 soalan, 230 minit) untuk membina stamina.
- **Minggu 11–12:** Ulang kaji topik yang lemah dan tetapkan tarikh peperiksaan apabila skor simulasi anda konsisten sekitar 70% atau lebih.

Satu petua penting: banyak soalan berbentuk situasi dan bertanya apa yang *sepatutnya* dilakukan oleh pengurus projek, jadi jawab mengikut amalan terbaik PMI, bukan semata-mata kebiasaan di tempat kerja anda."""),
("h", """Terima kasih. Satu lagi soalan: selepas saya lulus PMP, bagaimana saya patut menulis semula resume saya supaya majikan nampak saya sebagai pengurus projek dan bukan jurutera semata-mata?"""),
    ])

D021 = dict(
    id="i9c-021", label="repetition", language="en",
    note="Pet loss: user returns to the euthanasia guilt in turn 4 and the reply restates turn 1's answer in other words (same saying, same HHHHHMM scale, same 'you carried the hard part'), adding nothing new.",
    conv=[
("h", """Our dog Biscuit died on Monday. She was 14. I keep feeling guilty that I chose to have her put down. What if she had more good days left?"""),
("g", """I'm so sorry about Biscuit. Fourteen years is a whole chapter of a family's life, and the guilt you're describing is one of the most common parts of losing a pet this way.

A few things that might help to hold on to:

- **There is never a perfect moment.** Vets often say "better a week too early than a day too late". Waiting until a dog is clearly suffering means her last days are spent in pain or fear. Choosing a calm, gentle end while she still had some comfort is a kindness, not giving up.
- **Looking back, good days can seem more certain than they were.** Quality-of-life tools such as the "HHHHHMM" scale (hurt, hunger, hydration, hygiene, happiness, mobility and "more good days than bad") exist precisely because it's so hard to judge from inside the situation. If Biscuit was struggling with several of those, her good days were already running out.
- **You took on the hard part so she didn't have to.** She didn't have to know what was happening or be afraid. You carried the decision and the sadness instead, which is one of the last things you could do for her.

Guilt in grief is often love that has nowhere else to go. It usually softens as the rawness fades. Would it help to talk about what her last few weeks were like?"""),
("h", """My 8-year-old keeps asking where Biscuit went. How should I explain it?"""),
("g", """Children this age cope best with simple, honest words. Some pointers:

- **Use the word "died".** Avoid "put to sleep", "went away" or "we lost her"; they can make a child afraid of going to sleep, or wonder why nobody is looking for her.
- **Explain what dying means.** "Biscuit was very old and her body stopped working. When a dog dies, she can't breathe, eat or feel pain any more, and she can't come back."
- **Be honest about the vet, in simple terms.** "The vet helped her die peacefully so she wouldn't hurt any more." Children often find out later, and honesty now builds trust.
- **Expect repeated questions.** Eight-year-olds often ask the same thing many times while they process it. Answer calmly each time.
- **Give feelings somewhere to go.** Drawing pictures of Biscuit, making a memory box with her collar and photos, or writing her a card all help.
- **Share your own sadness.** It's fine for your child to see you cry; it shows that missing someone is normal.

A lovely book for this age is *The Tenth Good Thing About Barney* by Judith Viorst, about a boy whose cat dies and who tries to think of ten good things about him."""),
("h", """We're thinking of planting something in the garden for her. Any ideas?"""),
("g", """That's a lovely way to remember her, and it gives your child somewhere to go and "visit". Some ideas:

- **A rose bush.** Long-lived and it flowers every summer, often around the time of year you'll want to remember her. There are even varieties with dog-related names if you fancy looking.
- **Lavender or rosemary.** Tough, fragrant and easy; brushing past it releases the scent, which is comforting.
- **A small tree,** such as a crab apple or an ornamental cherry, if you have room. It grows alongside your child, which can be quite special.
- **Spring bulbs.** Plant daffodils or crocuses in autumn and they'll come up every spring as a reminder.

Let your child help choose and plant it, and consider adding a small stone or slate plaque with "Biscuit" painted on it. If she's buried in the garden, plant a little to one side so the roots have space, and avoid anything toxic to other pets you might have in future, such as foxgloves or lilies if you ever get a cat."""),
("h", """Thank you. I think what I'm struggling with most is still the decision. The vet said it was time, but part of me wonders if I gave up on her too soon."""),
("g", """That feeling is completely understandable, and it's one of the hardest parts of this kind of loss.

It may help to remember that there's never a perfect time. Many vets put it as "better a week too early than a day too late": waiting until a dog is obviously suffering means her last days are painful or frightening, whereas a gentle end while she still had some comfort is an act of kindness rather than giving up.

It's also natural, looking back, to feel more certain about the good days than you could be at the time. That's why vets use quality-of-life measures like the HHHHHMM scale, covering hurt, hunger, hydration, hygiene, happiness, mobility and whether there are more good days than bad. If Biscuit was struggling in several of these areas, her good days were already slipping away.

And in making the choice, you took the difficult part on yourself so that she never had to be afraid or know what was happening. Carrying that decision was one of the last caring things you could do for her.

Guilt during grief is often love with nowhere else to go, and it usually eases as time passes."""),
("h", """Thank you. I might look through some photos of her tonight."""),
("g", """That sounds like a gentle thing to do. You might even pick a favourite to print and put near the spot where you plant her rose or tree. Be kind to yourself tonight."""),
    ])

D022 = dict(
    id="i9c-022", label="repetition", language="da",
    note="Tur til Louisiana Museum: brugeren stiller i 3. tur næsten ordret det samme spørgsmål om transport som i 1. tur, og assistenten gentager det samme svar.",
    conv=[
("h", """Hej! Jeg skal til København i næste uge og vil gerne besøge Louisiana Museum of Modern Art. Hvordan kommer jeg derud fra Hovedbanegården?"""),
("g", """Det er nemt med tog:

- Tag **Kystbanen** fra Københavns Hovedbanegård mod **Helsingør** og stå af på **Humlebæk Station**. Turen tager cirka 35–40 minutter, og togene kører typisk hvert 10.–20. minut om dagen.
- Fra Humlebæk Station er der cirka 10–15 minutters gang til museet. Følg skiltene; ruten går gennem et stille villakvarter.

Billet kan du købe i DOT-appen eller i billetautomaten på stationen, eller du kan bruge Rejsekort. Husk, at Humlebæk ligger uden for de centrale zoner, så en almindelig bybillet ikke rækker."""),
("h", """Hvad koster entréen, og hvornår har de åbent?"""),
("g", """Entréen for voksne ligger omkring 150–170 kr., og børn og unge under 18 år kommer gratis ind.

Åbningstiderne er normalt:
- **Tirsdag–fredag:** 11–22
- **Lørdag–søndag:** 11–18
- **Mandag:** lukket

De lange aftener på hverdage er en god mulighed, hvis du vil undgå de største menneskemængder. Tjek dog museets hjemmeside inden besøget, da priser og tider kan ændre sig, for eksempel ved helligdage."""),
("h", """Undskyld, hvordan kommer jeg egentlig derud fra Hovedbanegården?"""),
("g", """Du tager **Kystbanen** fra Københavns Hovedbanegård i retning mod **Helsingør** og står af på **Humlebæk Station**. Turen tager omkring 35–40 minutter, og der går tog cirka hvert 10.–20. minut.

Fra Humlebæk Station går du 10–15 minutter til museet; følg bare skiltene gennem villakvarteret.

Billetten køber du i DOT-appen, i automaten på stationen eller med Rejsekort. Bemærk, at en almindelig bybillet ikke dækker turen, fordi Humlebæk ligger uden for de centrale zoner."""),
("h", """Er der noget særligt, jeg ikke må gå glip af?"""),
("g", """Ja, et par ting er virkelig værd at opleve:

- **Giacometti-salen**: Alberto Giacomettis lange, tynde figurer står i et rum med store vinduer ud mod søen. Det er et af museets mest ikoniske rum.
- **Yayoi Kusamas "Gleaming Lights of the Souls"**: et lille spejlrum fyldt med farvede lys, der ser ud til at fortsætte i det uendelige. Der kan være kø, så gå derhen tidligt.
- **Skulpturparken**: værker af blandt andre Henry Moore og Alexander Calder på græsplænerne ned mod Øresund.
- **Caféen**: terrassen har udsigt over Øresund til Sverige. Perfekt til en frokost eller kaffe midt i besøget.

Tjek også, hvilke særudstillinger der kører; Louisiana er kendt for sine store skiftende udstillinger."""),
("h", """Hvor lang tid skal jeg regne med derude?"""),
("g", """Regn med **3–4 timer** på selve museet, inklusive en pause i caféen og en tur i skulpturparken. Lægger du togturen frem og tilbage oveni, bliver det let en halv dag eller mere, så det er en god idé at tage afsted om formiddagen."""),
    ])

FLAW_A = [D013, D014, D015, D016, D017, D018, D019, D020, D021, D022]
