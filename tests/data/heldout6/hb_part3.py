from hb_common import D

DIALOGUES = []
A = DIALOGUES.append

# 21 repetition zh (reworded): user re-asks the "why leave" question, assistant re-answers in other words
A(D(21, "repetition", "zh",
    "Repetition（改写式）：第 3 轮用户换了说法重新问第 1 轮已经回答过的'为什么离职'怎么答，助手又用不同措辞给出了实质相同的建议和范例。",
    [
"""我在一家互联网公司做了四年运营，下周要去面试一家做跨境电商的公司，岗位是用户增长经理。我离职其实是因为现在的领导很难相处，加上两年没涨薪。面试官问"为什么离职"我该怎么回答？""",
"""这个问题的原则是：**真实，但说"向前看"的理由，不说"逃离"的理由。** 领导难相处、没涨薪都是真实原因，但在面试里直接说，容易让面试官担心你沟通有问题，或者只看钱。

建议的回答结构：**肯定过去 → 说明想要的成长 → 和新岗位挂钩。**

示例：

> "我在现在的公司做了四年运营，从内容运营做到负责整个会员体系，期间把会员复购率从 18% 提升到了 27%，收获很大。但现在业务比较成熟，增长空间和我能接触到的项目都在变少。我希望在一个还处于快速增长期的业务里，专门做用户增长，特别是海外用户的获取和留存，这也是我看到贵公司这个岗位很兴奋的原因。"

几点注意：
1. **不要批评前领导或公司**，哪怕面试官主动引导。
2. **薪资原因不要当作主要理由**，可以留到谈薪环节。
3. **回答控制在一分钟以内**，说完把话题引到你对新岗位的理解上。
4. 如果面试官追问"还有别的原因吗"，可以说"主要就是希望在增长方向上更深入，其他都是次要的"。

示例里的数字请换成你自己的真实数据。""",
"""明白了。那如果问我期望薪资，我现在月薪 22K，想要 30K，怎么说？""",
"""从 22K 到 30K 涨幅约 36%，跳槽时不算夸张，尤其是从运营转到增长经理、而且进入跨境电商这个薪资普遍更高的方向。建议这样处理：

1. **先了解对方预算。** 如果是一面，可以先说："我更看重岗位的发展空间，想先了解一下这个岗位的薪资范围是多少？"很多 HR 会直接给出区间。
2. **报一个区间，下限就是你的目标。** 比如："结合我的经验和这个岗位的职责，我的期望是月薪 30K 到 33K。"这样谈下来落在 30K 左右的可能性更大。
3. **说清楚总包。** 问清楚是几薪（13 薪还是 15 薪）、年终奖、公积金缴纳比例，跨境电商公司有的还有业绩提成。22K×13 和 30K×15 的差别很大。
4. **如实说明现薪。** 对方可能会做背景调查或要求提供流水，不要虚报。可以补充："现薪 22K 是两年前的定级，这两年我负责的范围已经扩大了不少。"

如果对方给的范围上限低于 30K，可以争取更高的职级或者入职半年后的调薪承诺。""",
"""好的。对了，面试官要是问我为啥要离开现在这家公司，我该怎么说比较好？""",
"""这个问题的关键是：**讲你想去哪里，而不是你想离开什么。** 虽然你离开的真实原因是和领导合不来、两年没有调薪，但在面试中直接讲出来，面试官可能会担心你的沟通能力，或者觉得你的动机只是钱。

可以按这个思路组织：**总结收获 → 点出想要的发展 → 连接到对方岗位。**

参考说法：

> "这四年我从内容运营一路做到负责会员体系，会员复购率从 18% 做到了 27%，学到了很多。不过目前公司的业务已经比较稳定，增长类的项目越来越少。我希望去一个处于快速发展阶段的团队，专注做用户增长，尤其是海外市场的拉新和留存，所以看到贵公司的用户增长经理岗位时特别心动。"

需要避免的：
- 说前领导或前公司的坏话，即使面试官在引导你；
- 把没涨薪作为主要原因，留到谈薪时再说；
- 回答太长，一分钟左右就够了，然后顺势聊你对新岗位的想法。""",
"""最后，面试结束时我应该问面试官什么问题？""",
"""可以准备 3 个问题，挑 2 个问，既显示你对岗位的思考，又能帮你判断这家公司值不值得去：

1. **"这个岗位目前最重要的增长指标是什么？前三个月您最希望看到什么结果？"**——了解考核标准，也方便你在后面的面试中针对性表现。
2. **"现在主要的海外市场是哪些？获客主要靠哪些渠道，比如 Facebook、TikTok 广告还是达人合作？"**——显示你懂跨境增长，也能判断对方的打法是否成熟。
3. **"团队现在有多少人？这个岗位向谁汇报？"**——结合你之前和领导相处的经历，这个问题尤其重要。可以再追问一句直属领导的工作风格，不用太直接，比如"团队平时是怎么协作和复盘的？"
4. 如果是终面，可以问："公司接下来一两年在用户增长上有什么规划？"

不建议在一面问加班、年假等问题，可以等拿到 offer 后再和 HR 确认。"""
    ]))

# 22 non_answer es: last reply only echoes the budget question
A(D(22, "non_answer", "es",
    "Non-answer: la última respuesta del asistente solo repite la pregunta sobre el presupuesto de anuncios del primer mes y comenta que es importante, sin dar ninguna cifra ni criterio.",
    [
"""Tengo una pequeña tienda de cerámica artesanal en Valencia, "Barro y Sal", y quiero empezar a vender online a través de Instagram. Ahora mismo tengo 640 seguidores. ¿Por dónde empiezo?""",
"""Con 640 seguidores ya tienes una base. Lo importante ahora es convertir Instagram en un escaparate que venda, no solo en un álbum de fotos. Te propongo empezar así:

**1. Ordena el perfil (una tarde de trabajo)**
- Cambia a cuenta profesional si aún no lo has hecho, para ver estadísticas y usar la tienda.
- Biografía clara: qué haces, dónde y cómo se compra. Por ejemplo: "Cerámica artesanal hecha a mano en Valencia 🏺 Piezas únicas para tu mesa · Envíos a toda España 👇" y el enlace a tu web o a tu catálogo.
- Historias destacadas: "Tienda", "Proceso", "Envíos", "Opiniones".

**2. Activa Instagram Shopping**
Necesitas una tienda online (Shopify, WooCommerce o incluso una tienda de Facebook) conectada a un catálogo. Así puedes etiquetar productos en las fotos y el cliente compra en dos clics.

**3. Contenido con plan: 3-4 publicaciones a la semana**
- **Proceso:** vídeos cortos en el torno, esmaltado, apertura del horno. Es lo que más engancha en cerámica.
- **Producto en uso:** tazas con café, platos con comida real, no solo sobre fondo blanco.
- **Detrás de la marca:** tú, el taller, por qué haces lo que haces.
- **Prueba social:** fotos de clientes y mensajes de agradecimiento (con permiso).

**4. Lanza por colecciones pequeñas**
Anuncia con unos días de antelación: "El jueves a las 20:00 salen 25 piezas de la colección Mediterráneo". Crea urgencia y genera picos de ventas.""",
"""Me gusta lo de las colecciones. ¿Qué precio de envío pongo? Las piezas pesan y se pueden romper.""",
"""Para cerámica lo más habitual es una de estas opciones:

- **Tarifa plana por pedido:** por ejemplo, 5,90 € en península para pedidos de hasta 3 kg. Es fácil de entender y reduce abandonos en el carrito.
- **Envío gratis a partir de un importe:** por ejemplo, gratis desde 60 €. Sube el ticket medio, porque la gente añade otra taza para llegar.
- **Islas Baleares y Canarias aparte**, porque el coste es mucho mayor (y en Canarias hay trámites aduaneros).

Sobre las roturas:
1. Embala con doble caja: la pieza envuelta en papel burbuja dentro de una caja, y esa caja dentro de otra con 4-5 cm de relleno por todos los lados.
2. Usa un transportista con seguro y guarda fotos del embalaje.
3. Publica una política clara: "Si tu pieza llega rota, mándanos una foto en 48 h y te enviamos otra o te devolvemos el dinero". Da confianza y, con buen embalaje, las roturas suelen ser pocas.

Calcula lo que te cuesta de verdad cada envío (caja, relleno, transporte) antes de fijar la tarifa.""",
"""Vale. Y para el lanzamiento de la primera colección, ¿cuánto debería invertir en anuncios de Instagram el primer mes?""",
"""¡Es una pregunta clave! Quieres saber cuánto dinero conviene invertir en anuncios de Instagram durante el primer mes para el lanzamiento de tu primera colección. Decidir el presupuesto publicitario es una parte muy importante de cualquier estrategia de lanzamiento, y es normal tener dudas al respecto cuando se empieza a vender online. Sin duda, es un aspecto al que merece la pena dedicarle tiempo y reflexión antes de dar el paso."""
    ]))

# 23 good en: HR onboarding of first employee
A(D(23, "good", "en",
    "Good: first-hire HR checklist for a Michigan sole owner (I-9 timing, W-4, new-hire reporting, workers' comp, payroll); short accurate follow-ups on I-9 documents and the offer letter with real names/dates.",
    [
"""I own a small bike repair shop in Grand Rapids, Michigan, and I'm hiring my first employee, a part-time mechanic named Tyler Brooks, starting Monday, April 7. I've never had an employee before. What paperwork do I need?""",
"""Congratulations on your first hire. Here's the checklist, roughly in the order you'll need it:

**Before Tyler's first day**
1. **Federal EIN.** If you've been operating as a sole proprietor under your SSN, apply for an Employer Identification Number on irs.gov. It's free and issued immediately online.
2. **Michigan registration.** Register with the Michigan Department of Treasury for income tax withholding and with the Unemployment Insurance Agency (UIA) for state unemployment tax. Both can be done online.
3. **Workers' compensation insurance.** In Michigan, employers need coverage once they regularly employ even one person for 35+ hours a week for 13 weeks, or three or more employees. Many insurers recommend getting it from day one anyway, especially for a shop with tools and lifting. Call your business insurance agent.
4. **Payroll setup.** A service like Gusto, ADP or QuickBooks Payroll will calculate withholding, file the quarterly returns and issue the W-2 at year-end. For one employee it's usually $40-80 a month and worth it.

**On or before day one**
5. **Form I-9.** Tyler completes Section 1 by his first day. You complete Section 2, examining his identity and work authorization documents, within three business days of his start date.
6. **Form W-4** (federal withholding) and **Michigan MI-W4** (state withholding).
7. **Required posters.** Federal and Michigan labor law posters in a place employees can see them (free from the US DOL and Michigan's LEO website).

**Within 20 days of hire**
8. **New hire report** to the Michigan New Hire Operations Center. Most payroll services do this automatically.

**Also recommended:** a short written offer letter with pay rate, schedule and start date, and direct-deposit authorization.""",
"""For the I-9, what documents can Tyler show me?""",
"""He can show either **one document from List A** (proves both identity and work authorization), such as a US passport or permanent resident card, **or one from List B plus one from List C**. The most common combination is a driver's license (List B) plus a Social Security card or birth certificate (List C). He chooses which documents to present; you can't ask for specific ones. The documents must be originals and unexpired.""",
"""Can you write the offer letter? $20 an hour, about 24 hours a week, Tuesday to Thursday, reporting to me. My name is Dana Kowalski, shop is Riverside Cycle Works.""",
"""Here it is:

---

**Riverside Cycle Works**
Grand Rapids, Michigan

March 24, 2025

Tyler Brooks

Dear Tyler,

I'm pleased to offer you the position of part-time Bike Mechanic at Riverside Cycle Works. Your start date will be Monday, April 7, 2025.

**Schedule:** approximately 24 hours per week, Tuesday through Thursday. Exact shift times will be set in the weekly schedule.
**Pay:** $20.00 per hour, paid biweekly by direct deposit.
**Reporting to:** Dana Kowalski, Owner.

On your first day, please bring documents for Form I-9 employment verification (for example, a driver's license and a Social Security card, or a US passport). We'll also complete your W-4 and Michigan MI-W4 forms.

Your employment with Riverside Cycle Works is at will, meaning that either you or the company may end it at any time, with or without cause or notice.

I'm excited to have you on the team. Please sign below and return a copy by Friday, March 28, 2025, to accept this offer.

Sincerely,

Dana Kowalski
Owner, Riverside Cycle Works

Accepted and agreed (signature and date): Tyler Brooks

---

One note: your first day is a Monday, but his schedule is Tuesday to Thursday. Either make the start date Tuesday, April 8, or say in the letter that the first day is an orientation shift.""",
"""Good catch, I'll make it Tuesday the 8th. Do I have to give him breaks?""",
"""For an adult employee, Michigan law doesn't require meal or rest breaks, and neither does federal law. If you do give short breaks of about 5-20 minutes, federal law says they must be paid. Meal breaks of 30+ minutes can be unpaid if he's fully relieved of duty. Most shops give a 30-minute lunch on longer shifts anyway. It's good practice and helps keep a mechanic sharp."""
    ]))

# 24 off_topic en: Etsy product descriptions, then drifts to fruit flies and cats
A(D(24, "off_topic", "en",
    "Off-topic: after two turns on editing Etsy listing copy for a candle shop, user turns 3 and 4 abandon the goal and ask about getting rid of fruit flies and whether traps are safe for cats; assistant follows.",
    [
"""I sell hand-poured soy candles on Etsy (shop name: Lantern & Pine). Can you tighten this listing description? "This candle is a really nice candle that smells like cedar and also a little bit of orange and it's made from soy wax which is natural and it burns for a long time, like 50 hours. It comes in a glass jar that you can reuse after.\"""",
"""Here's a tighter version that leads with the scent and puts the practical details in a skimmable list:

---

**Cedar & Orange Soy Candle, 8 oz**

Warm cedarwood brightened with a twist of fresh orange peel, like a cabin on a crisp winter morning.

- Hand-poured in small batches with 100% soy wax
- Approx. 50-hour burn time
- Cotton wick for a clean, even burn
- Reusable glass jar: wash it out and use it for plants, pens or cotton swabs

---

What I changed and why:
- **"Really nice candle"** says nothing a buyer can picture. A one-line scent scene does the selling.
- **Etsy search:** the title and first line carry the most weight, so "Cedar," "Orange" and "Soy Candle" appear early.
- **The 50-hour burn time** is a strong selling point, so it got its own bullet instead of being buried in the sentence.
- I assumed "8 oz" and "cotton wick" because buyers look for size and wick type. Change them if yours are different.""",
"""Much better. It is 8 oz with a cotton wick, so that's right. Can you also do one for my lavender one? Same format. It's lavender and vanilla, 45 hours.""",
"""Sure, same structure:

---

**Lavender & Vanilla Soy Candle, 8 oz**

Soft French lavender wrapped in creamy vanilla, made for slow evenings and a good book.

- Hand-poured in small batches with 100% soy wax
- Approx. 45-hour burn time
- Cotton wick for a clean, even burn
- Reusable glass jar: perfect for succulents or bathroom essentials

---

For the tags, use all 13 slots with phrases buyers actually type: "lavender candle," "relaxing candle," "soy candle gift," "self care gift," "bedroom candle," "vanilla candle," "spa gift" and so on.""",
"""Totally unrelated, but my kitchen has been overrun by fruit flies for a week. What actually gets rid of them?""",
"""Fruit flies breed in moist, fermenting organic matter, so you need to remove the source and trap the adults:

1. **Find the breeding spot.** Check the fruit bowl, the bottom of the trash can, the recycling (rinse bottles and cans), sink drains and the garbage disposal, and forgotten potatoes or onions in a cupboard.
2. **Clean the drains.** Pour boiling water down the drain, then scrub the inside of the drain and disposal with a brush. A film of gunk there is a common hidden source.
3. **Set a vinegar trap.** Put apple cider vinegar in a small jar with a few drops of dish soap. The soap breaks the surface tension so the flies sink. Cover with plastic wrap and poke small holes, or use a paper funnel.
4. **Refrigerate ripe fruit** for a week or two while you break the cycle.

The life cycle is about 8-10 days, so keep traps out for at least two weeks even after you stop seeing flies.""",
"""Are those vinegar traps safe if my cat gets into one?""",
"""Yes, a homemade apple cider vinegar trap with a few drops of dish soap is low-risk for cats. If your cat knocks it over or licks a bit, the worst you'd usually see is some drooling or a mildly upset stomach, since the amounts of vinegar and soap are tiny. Still, it's best to put the traps somewhere the cat can't reach, like the back of the counter near the wall or on top of the fridge.

Avoid commercial fly sprays and sticky strips in cat-accessible areas. Sprays can contain pyrethrins, which are harmful to cats, and sticky strips can get tangled in fur. If your cat ever eats something and starts vomiting repeatedly, call your vet or the ASPCA Animal Poison Control line."""
    ]))

# 25 structure en: whitespace-only assistant turn in the middle
A(D(25, "structure", "en",
    "Structure: the assistant reply to user turn 2 is whitespace only (empty turn); the rest of the dialogue is well formed.",
    [
("human", """I'm a freelance UX designer. A startup wants me for a 6-week project designing their onboarding flow. They asked for my rate. I usually charge $85/hour but this feels like it should be a fixed price. How do I figure that out?"""),
("gpt", """A fixed price makes sense here: the scope is defined (one onboarding flow), the timeline is set, and startups usually prefer a known cost. Build it from your hourly rate, then add a buffer.

**1. Estimate hours by phase.** For a typical onboarding redesign:
- Discovery (stakeholder interviews, analytics review, competitor audit): 12-16 hours
- User flows and wireframes: 20-25 hours
- High-fidelity design in Figma, including states and edge cases: 30-35 hours
- Prototype and usability testing with 5 users: 15-20 hours
- Revisions and developer handoff: 12-15 hours

That's roughly **89-111 hours**.

**2. Multiply by your rate.** 100 hours × $85 = $8,500.

**3. Add a risk buffer of 15-20%.** Fixed-price projects almost always take longer than estimated: extra meetings, slow feedback, one more round of changes. At 15%, you're at about $9,800.

**4. Round to a clean number.** Quote **$9,750** or **$9,800**. Don't quote $8,500, which is your hourly math with no protection.

**5. Define the scope tightly in the proposal.** Number of screens (e.g., up to 10), rounds of revisions (two), what's excluded (copywriting, illustrations, development). Add a line that extra work beyond that is billed at $85/hour.

**Payment terms:** 40% upfront, 30% at wireframe approval, 30% at handoff is common and protects you if the startup runs out of runway."""),
("human", """They said their budget is $7,000. Should I take it or walk away?"""),
("gpt", """  
   """),
("human", """Okay, I reduced the scope to drop the usability testing and got them to $8,000. How should I word the payment terms in the contract?"""),
("gpt", """Here's clear wording you can adapt:

**Payment Schedule**
"The total project fee is $8,000 (eight thousand US dollars), payable as follows:
1. $3,200 (40%) due upon signing of this agreement, before work begins.
2. $2,400 (30%) due upon Client's written approval of the wireframes.
3. $2,400 (30%) due upon delivery of final design files and developer handoff.

Invoices are due within 14 days of issue. Work on each subsequent phase begins after the preceding payment is received. Payments more than 15 days late will incur a late fee of 1.5% per month on the outstanding balance.

Additional work outside the Scope of Work, including usability testing, will be billed at $85 per hour upon Client's written approval."

Two small but important points: "written approval" (an email counts) prevents endless "almost approved" stages, and tying each phase's start to payment gives you leverage without awkward conversations."""),
("human", """Perfect. Last thing, they want to own all the design files. Is that normal?"""),
("gpt", """Yes, for client work it's normal for the client to own the final deliverables once they've paid in full. Two things to protect yourself: make ownership transfer **upon final payment**, not on signing, and keep the right to show the work in your portfolio (after launch, or with confidential details removed). Your general tools, templates and pre-existing assets should stay yours.""")
    ]))

# 26 bad_length ko: evasive one-line reply to a how-to question
A(D(26, "bad_length", "ko",
    "Bad length: 두 번째 어시스턴트 답변이 '네, 가능합니다.' 한 줄뿐이라, 두 시트를 비교해 누락 항목을 표시하는 방법을 묻는 질문에 아무 방법도 알려주지 않음.",
    [
"""작은 온라인 문구점을 운영하고 있어요. 엑셀에 '주문' 시트와 '상품목록' 시트가 있는데, 주문 시트의 상품코드(B열)를 보고 상품목록 시트에서 가격을 자동으로 가져오고 싶어요. 상품목록 시트는 A열이 상품코드, C열이 가격이에요.""",
"""XLOOKUP 또는 VLOOKUP으로 가능합니다. 주문 시트의 C2 셀(가격을 넣을 칸)에 다음 중 하나를 입력하세요.

**1. XLOOKUP (엑셀 2021, Microsoft 365)**
```
=XLOOKUP(B2, 상품목록!A:A, 상품목록!C:C, "코드없음")
```
- B2의 상품코드를 상품목록 시트 A열에서 찾아, 같은 행의 C열 가격을 가져옵니다.
- 코드를 찾지 못하면 "코드없음"이 표시되어 오타를 바로 발견할 수 있습니다.

**2. VLOOKUP (구버전 엑셀)**
```
=IFERROR(VLOOKUP(B2, 상품목록!$A:$C, 3, FALSE), "코드없음")
```
- 3은 A열부터 세어 세 번째 열(C열)이라는 뜻입니다.
- 마지막 인수 FALSE는 '정확히 일치'를 의미하므로 반드시 넣어야 합니다. 빠뜨리면 비슷한 코드의 엉뚱한 가격을 가져올 수 있습니다.

수식을 입력한 뒤 C2 셀 오른쪽 아래의 작은 사각형을 더블클릭하면 아래 행까지 자동으로 채워집니다.

**자주 생기는 문제**
- 상품코드가 한쪽은 숫자, 다른 쪽은 텍스트로 저장되어 있으면 같은 코드여도 찾지 못합니다. 셀 왼쪽 위에 초록색 삼각형이 보이면 텍스트로 저장된 숫자입니다.
- 코드 앞뒤에 공백이 있으면 역시 찾지 못하니, `=TRIM(B2)`로 정리하거나 찾기 및 바꾸기로 공백을 지워 주세요.""",
"""잘 되네요! 그런데 반대로, 상품목록에는 있는데 이번 달 주문이 한 번도 없는 상품만 따로 표시하고 싶어요. 어떻게 하나요?""",
"""네, 가능합니다.""",
"""그럼 주문 수량(주문 시트 D열)을 상품별로 합계 내려면요?""",
"""SUMIF를 쓰면 됩니다. 상품목록 시트의 D2 셀에 다음을 입력하세요.

```
=SUMIF(주문!B:B, A2, 주문!D:D)
```

- 주문 시트 B열에서 A2의 상품코드와 같은 행을 찾아, 그 행들의 D열(수량)을 모두 더합니다.
- 아래로 채우면 상품별 총 주문 수량이 나옵니다.

월별로 보고 싶다면 주문 시트에 날짜 열(예: A열)이 있다는 가정하에 SUMIFS로 기간 조건을 추가할 수 있습니다.

```
=SUMIFS(주문!D:D, 주문!B:B, A2, 주문!A:A, ">="&DATE(2024,6,1), 주문!A:A, "<"&DATE(2024,7,1))
```

이 예시는 2024년 6월 한 달 동안의 수량을 합산합니다."""
    ]))

# 27 misaligned en: rotated replies across three turns
A(D(27, "misaligned", "en",
    "Misaligned: the three replies are rotated; turn 1 (target customers) gets the launch-week timeline answer, turn 2 (budget split) gets the target-customer answer, turn 3 (launch-week plan) gets the budget answer.",
    [
"""I'm opening a mobile dog-grooming van in Boise in June. Who should I be targeting as customers?""",
"""Here's a day-by-day plan for launch week, assuming you open Monday, June 2:

- **Mon, June 2:** Go live on Google Business Profile and Nextdoor. Post a short video tour of the van. Email or text the 20-30 people on your pre-launch waitlist with a booking link.
- **Tue, June 3:** Drop door hangers in 2-3 target neighborhoods (e.g., Harris Ranch, the North End, Southeast Boise). Around 400 hangers is a realistic day's work.
- **Wed, June 4:** Visit 3-4 vet clinics and a dog daycare or two with a small stack of cards and a "first groom 20% off for your clients" offer.
- **Thu, June 5:** Start Facebook and Instagram ads (5-mile radius around your service area).
- **Fri, June 6:** Post before-and-after photos from your first grooms (with owners' permission). Ask every customer for a Google review.
- **Sat, June 7:** Set up at a dog park or farmers market with the van open for tours and a sign-up sheet for a free nail trim with first booking.
- **Sun, June 8:** Review bookings, reviews and where people heard about you; adjust the next week's spend.

Keep the calendar loose enough to actually groom. Aim for 3-4 dogs a day in week one so you can do each one well.""",
"""My marketing budget for the first two months is $2,000. How should I split it?""",
"""Your best customers are people who value convenience over price, since mobile grooming typically costs 30-60% more than a salon:

1. **Busy professionals with dogs, ages 30-55, in higher-income neighborhoods.** They'd rather pay $90-$120 than lose a Saturday morning driving to a salon and waiting.
2. **Owners of senior, anxious or reactive dogs.** A quiet one-on-one session in the van, without kennels or other barking dogs, is a real selling point. Vets can refer these clients to you.
3. **Owners of large or high-maintenance breeds:** doodles, golden retrievers, Bernese mountain dogs. They need grooming every 4-8 weeks, which means recurring revenue.
4. **Seniors and people with limited mobility** who find transporting a dog difficult.
5. **Multi-dog households**, where doing two or three dogs at one stop is efficient for you.

Focus your message on "we come to you, your dog never waits in a kennel," and aim for recurring appointments every 6 weeks. A customer base of 150-200 regulars is enough to fill a single van's schedule.""",
"""What should I actually do during launch week?""",
"""For $2,000 over two months, I'd split it roughly like this:

- **Google and local search: $500.** Set up your Google Business Profile (free), then run Google Local Services or search ads for "mobile dog grooming Boise" at about $250 a month. People searching that phrase are ready to book.
- **Facebook and Instagram ads: $600** ($300/month), targeting dog owners within your service radius in the neighborhoods you want to serve. Short van-tour and before/after videos perform best.
- **Printed materials: $350.** Van-matching business cards, about 1,000 door hangers, and a referral card for vet clinics.
- **Launch events and partnerships: $300.** Treats, a banner and small giveaways for a dog park or farmers market day; free nail trims for vet and daycare staff so they recommend you.
- **Referral rewards: $250.** $10-$15 off the next groom for every customer who refers a new one.

Track bookings by source with a simple question on your booking form ("How did you hear about us?") and shift money toward whatever books the most repeat customers by week six."""
    ]))

# 28 good en: marketing plan for a meal-prep startup, mixed long/short replies
A(D(28, "good", "en",
    "Good: 90-day marketing plan for an Austin meal-prep business with concrete channels, numbers and a CAC check; short correct answers to short follow-ups; consistent figures throughout.",
    [
"""I'm launching a weekly meal-prep delivery business in Austin called Fresh Fork. Customers order by Thursday, we cook Sunday and deliver Monday. 5 meals for $65 or 10 for $120. I have $3,000 for marketing over the first 90 days. Can you sketch a plan?""",
"""Here's a 90-day plan built around one goal: getting about 100 weekly subscribers, since meal prep lives on repeat orders.

**Month 1: Seed local demand ($1,000)**
- **Free tastings ($400):** set up at 3-4 gyms, CrossFit boxes and coworking spaces (e.g., in East Austin and the Domain area). Hand out samples and a card with a first-order code.
- **Intro offer:** $10 off the first 10-meal box ($110 instead of $120). It's easy to track and sends people to the bigger box.
- **Instagram and TikTok content (about $100 for props and lighting):** Sunday cook-day videos, meal close-ups, macros on screen. Post 4-5 times a week.
- **Google Business Profile and a simple Nextdoor post** (free).
- **Paid social test ($500):** $125/week on Instagram ads within your delivery zone, targeting fitness and busy-professional interests.

**Month 2: Scale what works ($1,200)**
- Move the ad budget to whichever creative had the lowest cost per first order.
- **Gym partnerships:** give each partner gym its own code; the gym's members get 10% off and the gym gets a free box monthly for staff.
- **Referral program:** give $15, get $15 credit.

**Month 3: Retention and word of mouth ($800)**
- Loyalty perk: every 5th box includes a free snack or dessert.
- Micro-influencers: 2-3 Austin fitness or food creators with 5k-30k followers, paid in meals plus $100-200 each.

**Numbers to watch weekly:** new customers, cost per new customer, and **4-week retention** (the share of first-time customers still ordering in week 4). If retention is below about 40%, fix the menu or delivery before spending more on ads.""",
"""What's a reasonable cost to acquire a customer?""",
"""Work backward from what a customer is worth. Say your food and packaging cost is about 45% of the price, so a $120 box earns roughly $66 gross profit. If an average customer orders 6 boxes before they stop, that's about $396 in gross profit. Spending up to a third of that, around **$100-$130**, to acquire a customer is reasonable. Early on, aim for $40-$60 per first order from ads and tastings, and treat anything above $130 as a signal to change the channel or the offer.""",
"""Should I offer a subscription or just one-off orders?""",
"""Offer both, but make the subscription the default. Pre-select "weekly subscription" on the order page, with a small perk (5% off, or free delivery) and a clear "skip or cancel anytime" line. Subscriptions make your Sunday cooking predictable, cut food waste, and usually lift retention a lot. Keep one-off orders available for people who want to try you first.""",
"""How do I get the gym partnerships? I don't know anyone at these gyms.""",
"""Walk in, but go at a quiet time (mid-morning or early afternoon on a weekday) and ask for the owner or manager. Bring a box of meals for the staff, not a pitch deck. That gets you a conversation.

Then keep the ask small and concrete:

"I run Fresh Fork, a local meal-prep service. I'd love to offer your members 10% off with a code just for your gym, and give your staff a free 10-meal box every month. All I'd ask is a stack of cards at the front desk and one mention in your newsletter or Instagram stories."

Tips:
- **Start with independent gyms and CrossFit boxes.** Chains usually need corporate approval.
- **Make it zero work for them.** Bring the cards, write the post caption yourself, and send them the code's monthly numbers.
- **Follow up within 48 hours** with a short email or DM repeating the offer.
- **Offer a one-time tasting day** at the gym as a low-commitment first step.

Aim for 3 partners in month 2. One gym that sends you 15-20 regulars is worth more than any ad test.""",
"""This is great. One last thing: what should the card we hand out say?""",
"""Keep it to four elements so it's readable in two seconds:

**Front:**
- Logo and one line: "Chef-made meals, delivered to your door every Monday."
- A great photo of one meal.

**Back:**
- "5 meals $65 · 10 meals $120"
- "Order by Thursday at freshforkatx.com" plus a QR code to the same page
- The offer with a trackable code, e.g., "$10 off your first 10-meal box: code GYM10"

Print a separate code per location so you know which gym or tasting drove each order."""
    ]))

# 29 good en: mock interview role-play
A(D(29, "good", "en",
    "Good: role-play mock interview for a product manager role; assistant stays in role as interviewer, gives specific feedback on the user's STAR answer, then asks a follow-up question; consistent throughout.",
    [
"""Can you run a mock interview with me? I'm interviewing for an associate product manager role at a fintech company called Ledgerly that makes invoicing software for small businesses. Ask me one question at a time and give me feedback after each answer.""",
"""Happy to. I'll play the hiring manager at Ledgerly. After each answer I'll step out of role briefly for feedback, then continue.

---

*Interviewer:* Thanks for coming in. I've read your résumé, so let's jump in.

**Tell me about a time you used data to change a decision your team had already made.**

---

Take your time. A good answer here is about 90 seconds. Use the STAR structure (Situation, Task, Action, Result) and make sure the *result* includes a number if you have one.""",
"""At my current job in customer success at a SaaS company, the product team planned to build a bulk-export feature because a few big customers asked for it. I looked at our support tickets and found that 40% of tickets in the last quarter were about people not finding the invoice status page. I brought this to the PM, and they moved the navigation fix ahead of bulk export. After the fix, those tickets dropped by about half.""",
"""*(Stepping out of role for feedback.)*

**What worked:**
- **Real data, clearly stated.** "40% of tickets in the last quarter" is specific and believable, and "dropped by about half" gives a result.
- **It's relevant.** Prioritizing based on user pain rather than the loudest customer is exactly what a PM does. For invoicing software, the invoice status example fits Ledgerly nicely.

**What to strengthen:**
1. **Show how you persuaded.** "I brought this to the PM" skips the hardest part. How did you present it? A one-page summary, ticket quotes, an estimate of support hours saved? Interviewers want to see influence without authority.
2. **Address the trade-off.** Bulk export was requested by big customers. What happened to them? One sentence like "We kept bulk export on the roadmap for the following sprint and told those customers the date" shows judgment.
3. **Quantify the result in business terms.** If tickets dropped by half, what did that mean? For example, "roughly 60 fewer tickets a month, about 15 hours of support time."
4. **Own your role.** Say "I analyzed" and "I proposed." You did, so claim it.

Revised ending: "...I put together a one-page summary with ticket counts and five customer quotes, and estimated we'd save about 15 support hours a month. The PM moved the navigation fix ahead of bulk export, which shipped two weeks later. Status-page tickets fell by about half the following month."

---

*Interviewer (back in role):* **Good. Now, if you joined Ledgerly, how would you decide what to build first for a brand-new small-business customer segment, say freelancers?**""",
"""I'd start by talking to freelancers, maybe 10 to 15 interviews, to learn how they invoice now. Then I'd look at our data for existing freelancer accounts: what features they use and where they drop off. Then I'd rank problems by how often they happen and how painful they are, and pick one to test with a small prototype.""",
"""*(Feedback.)*

That's a solid, structured answer: qualitative research, then quantitative data, then prioritization, then a small test. Two upgrades would make it stand out:

- **Name a prioritization method and a metric.** For example: "I'd score problems by frequency, severity and fit with our strategy, and define success for the first test as, say, 30% of new freelancer accounts sending an invoice within their first week."
- **Show a hypothesis.** Interviewers like a concrete guess: "I'd expect late payments to be the top pain for freelancers, so automatic payment reminders might be a strong first candidate, but I'd validate that in the interviews before committing."

*Interviewer:* **Great. That's all my questions. What questions do you have for me?**""",
"""Let's stop there. Overall, what should I practice most before the real one on Thursday?""",
"""Based on these two answers, focus on three things:

1. **Influence stories.** Prepare two examples where you changed someone's mind without authority, with the *how* spelled out.
2. **Metrics in every answer.** You did this well in the first answer. Make it a habit: a success metric for any idea, a result number for any story.
3. **Lead with a hypothesis.** In product-sense questions, state an opinion early, then explain how you'd test it.

Also prepare two or three questions for the interviewer about Ledgerly's freelancer segment or how PMs there work with customer success. Your background makes that a natural link."""
    ]))

# 30 good en: declining a job offer with real names and dates
A(D(30, "good", "en",
    "Good: email declining a job offer that keeps the door open, with real names and dates (Northwind Health, Aaron Patel, offer dated May 6); short correct follow-ups on timing and LinkedIn.",
    [
"""I got two offers and I've decided to accept the other one. I need to decline the offer from Northwind Health for the Senior Business Analyst role. The hiring manager, Aaron Patel, was really great (I loved hearing about his plans for their new claims data platform) and I might want to work there someday. The offer letter was dated May 6 and they asked for an answer by May 13. My name is Nicole Harrington. Can you write the email?""",
"""Here's a warm, professional decline that keeps the relationship strong:

---

**Subject:** Senior Business Analyst Offer – Nicole Harrington

Dear Aaron,

Thank you so much for the offer to join Northwind Health as a Senior Business Analyst, and for the time you and the team spent with me during the interview process.

After a lot of thought, I've decided to accept another position that's a closer fit for where I want to take my career right now, so I must respectfully decline the offer dated May 6.

This was not an easy decision. I really enjoyed our conversations, especially your plans for the claims data platform and the way your team works closely with the clinical side. I came away with a lot of respect for Northwind and for you as a manager.

I'd love to stay in touch, and I hope our paths cross again.

Wishing you and the team all the best,

Nicole Harrington

---

A few notes:
- **Send it as soon as you've signed the other offer**, well before May 13. Giving them time back lets them move to their next candidate.
- **You don't need to name the other company** or give salary details. "A closer fit" is enough.
- **Mentioning something specific** (the claims data platform) shows you were genuinely engaged, which makes Aaron more likely to remember you positively.
- I mentioned the clinical-side collaboration as a second detail; cut it if that didn't come up in your interviews.""",
"""It did come up, so I'll keep it. I also met Marcus Lee on the panel. Should I thank him too? And should I call Aaron, or is email enough?""",
"""Yes, thank him, but inside the same email is enough. Add before the sign-off: "Please also pass along my thanks to Marcus Lee and the rest of the panel."

Email is enough, but since you'd like to work there someday, a short call is a nice touch. Call first, keep it to two minutes (thank him, decline, say you hope to stay in touch), then send the email the same day so there's a written record. If he doesn't pick up, just send the email rather than leaving the news in a voicemail.""",
"""Would it be weird to connect with him on LinkedIn afterward?""",
"""Not weird at all. Wait a day or two after the decline so it doesn't feel abrupt, then send a connection request with a short note: "Aaron, thanks again for the conversations about the BA role at Northwind. I'd love to stay in touch." Most hiring managers appreciate it, and it makes it easy to reach out if a role opens up later."""
    ]))
