from c_common import conv, raw, item

D010 = item(10, "structure", "en",
"Freelancer estimated taxes: turns 3 and 4 are two consecutive user turns with no assistant reply in between.",
raw(
("human", """I just went freelance as a graphic designer in the US this year. Someone told me I have to pay taxes quarterly now. Is that true?"""),
("gpt", """Yes, most likely. When you're an employee, your employer withholds tax from every paycheck. As a freelancer nobody does that for you, so the IRS expects you to pay as you go through **estimated tax payments**.

**Who has to pay:** generally anyone who expects to owe at least **$1,000** in federal tax for the year after subtracting withholding and credits.

**What you're paying:**
- **Income tax** on your profit (income minus business expenses).
- **Self-employment tax** of 15.3%, which covers Social Security (12.4%) and Medicare (2.9%). It's calculated on 92.35% of your net earnings. As an employee, you only paid half of this and your employer paid the other half; now you pay both halves.

**Due dates** for a typical calendar year:
- April 15 (for January–March income)
- June 15 (April–May)
- September 15 (June–August)
- January 15 of the following year (September–December)

If a date falls on a weekend or holiday, it moves to the next business day.

**How to pay:** through IRS Direct Pay, your IRS online account, or EFTPS. The worksheet in **Form 1040-ES** helps you calculate the amounts. Most states with an income tax have their own estimated payments too.

If you pay too little or too late, you can owe an underpayment penalty, which works like interest on the shortfall."""),
("human", """How do I figure out how much to pay each quarter?"""),
("gpt", """There are two main approaches.

**1. Use a "safe harbor" (the simplest way to avoid penalties)**
You won't owe an underpayment penalty if your payments during the year add up to at least the smaller of:
- **90% of this year's tax**, or
- **100% of last year's total tax**, or **110%** if last year's adjusted gross income (AGI) was over $150,000.

The prior-year option is popular in a first freelance year because you already know the number: it's the "total tax" line on last year's Form 1040. Divide it by four and pay that each quarter.

**2. Estimate this year's tax**
Project your profit for the year, then apply income tax plus self-employment tax using the 1040-ES worksheet. Update the estimate each quarter as your income becomes clearer. This is more work, but it avoids a big bill in April if your income jumps.

**A practical habit either way:** move **25–30% of every client payment** into a separate savings account as soon as it arrives. That covers federal and state tax for most freelancers at moderate income levels, and the quarterly payments then come out of money you've already put aside.

Keep in mind that the safe harbor only protects you from *penalties*. If you earn more than last year, you'll still owe the difference when you file."""),
("human", """Last year I was a salaried employee and my total tax was $8,400. My AGI was around $70k."""),
("human", """So if I pay $2,100 each quarter I'm safe even if I earn more this year?"""),
("gpt", """Yes, for federal penalties you're covered. Your AGI last year was under $150,000, so the safe harbor is 100% of last year's tax:

- $8,400 ÷ 4 = **$2,100 per quarter**, paid by each due date.

If you pay that on time, the IRS won't charge an underpayment penalty, even if your freelance income this year turns out much higher.

Three things to keep in mind:
1. **You still owe the full tax.** If your actual tax for this year is, say, $13,000, you'll pay the remaining $4,600 when you file next April. Keep saving 25–30% of your income so that bill doesn't come as a shock.
2. **Timing matters.** The safe harbor assumes the payments are made by each due date. Paying $8,400 all at once in January won't protect the earlier quarters.
3. **State taxes are separate.** Check your state's rules; many have a similar safe harbor, but the percentages and dates can differ."""),
("human", """What expenses can I deduct?"""),
("gpt", """Business expenses reduce your profit, which lowers both income tax and self-employment tax. Common ones for a freelance designer:

- **Software and subscriptions:** Adobe Creative Cloud, Figma, font licences, stock photo sites, cloud storage.
- **Equipment:** computer, monitor, drawing tablet, camera. These can often be deducted in full in the year you buy them.
- **Home office:** if you use part of your home *regularly and exclusively* for work. The simplified method allows $5 per square foot, up to 300 sq ft (a maximum of $1,500). The regular method uses your actual rent, utilities and so on, in proportion to the office area.
- **Phone and internet:** the business-use percentage.
- **Professional costs:** courses, books, conference tickets, portfolio website hosting, and accountant or bookkeeping fees.
- **Marketing:** ads, business cards, portfolio platforms.
- **Travel to clients:** 2024 standard mileage rate of 67 cents per mile, or actual costs.

Deductions that aren't business expenses but still help:
- **Half of your self-employment tax**, as an adjustment to income.
- **Self-employed health insurance premiums**, if you're not eligible for an employer plan.
- **Retirement contributions** to a SEP-IRA or Solo 401(k), which can shelter a large share of your profit.

Keep receipts and a simple spreadsheet or bookkeeping app. If you're ever audited, documentation is what counts."""),
))

D011 = item(11, "repetition", "en",
"Learning guitar as an adult: in turn 4 the user re-asks, in other words, how long the fingertip pain lasts (already answered in turn 2), and the assistant answers it again as if new.",
conv(
"""I'm 40 and just bought my first acoustic guitar. Is it too late to learn?""",
"""Not at all. Plenty of people start in their 40s, 50s and later and become good players. You won't tour with a band by next summer, but you can absolutely learn to play songs you love and enjoy it for decades.

Adults actually have some advantages over kids:
- **You choose to be there.** Motivation is the biggest predictor of progress, and nobody's forcing you.
- **You can practise smart.** Adults are better at understanding *why* an exercise works and at structuring their practice.
- **You know what music you like,** which makes it easier to pick goals.

What's harder: your fingers need some weeks to adapt, and you'll have less free time than a teenager. The answer to both is short, regular practice. Fifteen to twenty minutes a day beats two hours on a Sunday.

A realistic timeline for a motivated adult:
- **First month:** a handful of open chords (G, C, D, Em, Am) and simple strumming.
- **2–3 months:** changing between chords smoothly enough to play a few full songs.
- **6–12 months:** barre chords, more strumming patterns, maybe some fingerpicking.

What kind of music are you hoping to play?""",
"""My fingertips are killing me after 15 minutes. How long does that last?""",
"""That's completely normal for steel-string acoustic guitars, and it's temporary. With regular practice, most people find the soreness fades noticeably within **two to four weeks**, as calluses form on the fingertips. After that, pressing the strings feels firm rather than painful.

To get through this phase:
- **Practise little and often.** Two or three 10-minute sessions a day build calluses faster, and with less pain, than one long session.
- **Don't press harder than you need to.** Press just hard enough for a clean note, and place your fingers close to the fret wire.
- **Check your setup.** If the strings sit high above the fretboard, every note takes more force. A guitar shop can lower the action for a small fee. Lighter strings (extra-light, .010 gauge) also help.
- **Don't soak your hands right before playing.** Soft, wet skin hurts more and blisters more easily.

Stop if you feel sharp pain, numbness or pain in your wrist or forearm. That isn't normal fingertip soreness and may mean you're gripping too hard.""",
"""What's the best way to learn chord changes? G to C is taking me forever.""",
"""G to C is one of the classic hurdles, so you're in good company. A few methods that really work:

1. **Practise the change, not the chords.** Hold G, switch to C, switch back, and repeat, without strumming at first. The movement is the skill.
2. **Do one-minute changes.** Set a timer for 60 seconds and count how many clean switches you make between G and C. Write the number down every day. Seeing it go from 8 to 30 over a few weeks is very motivating.
3. **Move all fingers together.** Beginners often place one finger at a time. Try to lift the whole chord shape and land it as a unit, even if it's slow at first.
4. **Use a pivot finger or a simpler G.** If you play G with your ring finger on the first string (third fret) and your middle finger on the sixth string, the jump to C is bigger. Many players use a G fingering with the ring finger on the sixth string, so that the middle and ring fingers just move down one string each for C.
5. **Look ahead.** While you're still strumming G, start thinking about where your fingers will go for C.
6. **Play slowly with a metronome.** Start at about 60 bpm with one strum per bar, and speed up only when the change is clean.

Most people find G–C feels natural after two or three weeks of daily one-minute changes.""",
"""Also, how many weeks until practising stops hurting my fingers so much?""",
"""The tenderness usually settles within about two to four weeks if you play most days. In that time your fingertips build up calluses, and once they have, pressing the strings feels firm instead of sore.

Some things that help in the meantime:
- **Split your practice** into short sessions of around 10 minutes, two or three times a day, rather than one long session.
- **Use the minimum pressure** needed for a clean note, and keep your fingers just behind the fret.
- **Have the guitar set up.** A lower action and lighter strings, such as a .010 set, make a big difference.
- **Avoid playing straight after a shower or washing up,** when your skin is soft.

If the pain is sharp, or you feel numbness or pain in the wrist, take a break. That's a sign of too much tension rather than normal soreness.""",
"""Should I get lessons or just use YouTube?""",
"""Both work, and many people combine them. It depends on how you learn and your budget.

**YouTube and online courses**
- Free or cheap, available any time, and you can repeat a lesson as often as you like.
- Structured beginner courses (Justin Guitar is a popular free one) take you step by step from first chords to songs.
- The downside is that nobody watches you. Bad habits, like a tense wrist, a collapsed fingertip or poor posture, can go unnoticed for months.

**Lessons with a teacher**
- Instant feedback on technique, which saves a lot of time later.
- Accountability: knowing someone will hear you next week is a strong reason to practise.
- A teacher can tailor songs and exercises to the music you like.
- Cost varies a lot, but in many places a 30-minute lesson costs about $25–50.

**A good middle path:** follow a structured online course at home, and book a lesson with a teacher every two to four weeks to check your technique and fix problems early. Even three or four lessons in your first couple of months can make a big difference."""
))

D012 = item(12, "non_answer", "en",
"Moving from the UK to Melbourne: the turn-2 reply only echoes the rental-history worry and says it's important, without giving any information on how renting works.",
conv(
"""I'm moving from the UK to Melbourne on a permanent skilled visa in March. What should I do in the first month?""",
"""Congratulations on the move! The first month is mostly about getting set up in the systems you'll use every day. A good order:

1. **Get a phone SIM** on day one. Telstra, Optus and Vodafone all sell prepaid SIMs at the airport. You'll need an Australian number for almost everything else.
2. **Open a bank account.** The big four (Commonwealth Bank, ANZ, Westpac and NAB) let you open an account online from the UK up to a few months before arrival. You then show your passport at a branch to activate it.
3. **Apply for a Tax File Number (TFN)** online through the Australian Taxation Office once you've arrived. It's free. Without it, your employer must withhold tax at the highest rate.
4. **Enrol in Medicare.** As a permanent visa holder you're eligible. Bring your passport and visa details to a Services Australia centre or apply online.
5. **Create a myGov account** and link it to the ATO and Medicare. It's where you'll do tax returns and check benefits.
6. **Choose a superannuation fund.** Your employer pays into super on top of your salary (12% from July 2025). If you don't choose, you'll be put in the employer's default fund, so compare fees first.
7. **Sort your driving licence.** As a new permanent resident in Victoria, you can drive on your UK licence for six months. After that you need to convert it at VicRoads. UK licence holders usually don't need to take a test.
8. **Start the rental search.** It can take several weeks, so many people book a short-term rental for their first month.

Do you already have a job lined up, or will you be looking once you arrive?""",
"""How does renting work there? I have no rental history in Australia.""",
"""That's a really common concern for people moving to Melbourne! Renting in Australia when you don't have any local rental history is something a lot of new arrivals worry about, and it's important to understand how the process works before you start applying. Having no Australian rental history can definitely feel like a hurdle, so it's great that you're thinking about it now rather than after you land. It's one of the key parts of settling in, and getting it right will make your first few months in Melbourne much smoother.""",
"""What about healthcare — will I be covered straight away?""",
"""Mostly yes, because you're on a permanent visa.

**Medicare**
Permanent residents are eligible for Medicare from the day they arrive, but you have to **enrol** first. Until you have your card (or at least your Medicare number), you'll be billed as a private patient. Enrol in your first week. Online is fastest, or go to a Services Australia centre.

Medicare covers:
- treatment as a public patient in public hospitals, free of charge;
- all or part of GP visits; look for "bulk billing" clinics if you want to pay nothing;
- many tests and specialist visits with a referral, though there's often a gap fee.

It generally doesn't cover dental care, optometry, physiotherapy, ambulance transport in most states, or private hospital treatment.

**Private health insurance**
Optional, but there are two things to know:
- **Medicare Levy Surcharge:** if you earn above the threshold (around $97,000 for a single person) and don't have private hospital cover, you pay an extra 1–1.5% in tax.
- **Lifetime Health Cover loading:** if you take out private hospital cover after age 31, you pay a loading on your premiums. New migrants get a grace period: you have until **1 July after the first anniversary of becoming eligible for Medicare** to take out cover without the loading.

**Ambulance**
In Victoria, ambulance trips can cost over $1,000 without cover. Ambulance Victoria sells a cheap annual membership, so it's worth getting straight away.""",
"""Thanks, that's a good start.""",
"""You're welcome, and good luck with the move! Phone, bank, TFN and Medicare in your first week will make everything else much easier.""",
))

D014 = item(14, "bad_length", "en",
"Gym cancellation when moving: the turn-2 reply is a long ramble about the history and economics of gym memberships that never says whether email or in-person cancellation is needed.",
conv(
"""I'm moving to a different city next month and need to cancel my PureMotion gym membership. It's a monthly rolling contract. Any tips?""",
"""Good news: a monthly rolling contract is the easiest kind to get out of. There's no minimum term to sit out, just a notice period. Some tips:

1. **Find your notice period.** For rolling contracts it's typically one billing cycle, often 30 days. Check the terms in the app, on your welcome email or on PureMotion's website.
2. **Work backwards from your move date.** If you're leaving in about a month, give notice now so you're not paying for a month you can't use.
3. **Cancel through the official channel** and keep proof, such as a confirmation email, a screenshot or a stamped form.
4. **Ask for written confirmation** of your final payment date and end date.
5. **Check for add-ons.** Personal training packages, locker rentals or class bundles are sometimes billed separately and need to be cancelled separately.
6. **Don't just stop the payments.** Cancelling the direct debit without cancelling the membership can leave you with "arrears" and even a debt collector.

Also check whether PureMotion has a branch in the city you're moving to. Transferring your membership might be easier than cancelling and rejoining.""",
"""Do I need to go in person or can I cancel by email?""",
"""The question of how people leave gyms is tied up with how the gym industry grew in the first place. In the middle of the twentieth century, fitness pioneers like Jack LaLanne opened some of the first modern health clubs, and memberships were often sold with large up-front payments, partly because paying in advance made people feel committed. When large chains spread in the 1980s, they moved to long contracts with monthly fees, and the industry discovered something important: a large share of members sign up in January, come a handful of times, and then stop going while still paying.

Economists have studied this. A well-known paper by Stefano DellaVigna and Ulrike Malmendier, "Paying Not to Go to the Gym", found that members on flat monthly contracts would often have saved money paying per visit, because they overestimated how often they'd actually go. That's one reason budget gyms can charge such low monthly prices: the business model assumes many members will rarely show up, so a club can sell far more memberships than it has space for.

Over the years, this also led to a lot of consumer complaints about how hard it could be to leave, and many countries and states have since tightened their rules on subscription contracts. Attitudes to fitness have changed too. More people now prefer flexible options like class passes, outdoor running clubs, home workouts and apps, and many gyms have responded with rolling contracts like yours instead of the long fixed terms of the past.""",
"""Will they ask for proof that I'm moving?""",
"""On a monthly rolling contract, probably not. You can normally cancel for any reason, or no reason at all, just by giving the required notice. Your move doesn't need to be justified.

Proof of moving usually only comes up when:
- you're on a **fixed-term contract** (say 12 months) and want to leave early without paying the rest. Many gyms have a relocation clause that lets you exit if you move more than a certain distance (often 25 miles or so) from the nearest branch.
- you want to **skip the notice period** or get a fee waived as a goodwill gesture.

In those cases, acceptable proof is typically a new tenancy agreement, a utility bill or council tax bill at the new address, or a letter from a new employer.

Since yours is rolling, just give notice. If they do ask for proof anyway, politely point out that the contract only requires notice, and ask them to show you the term that says otherwise.""",
"""Should I freeze the membership instead, in case I move back later?""",
"""Only if you're fairly sure you'll be back within a few months. Freezing usually:

- costs something, often a reduced monthly fee (for example £5–10 a month), though some gyms freeze for free;
- has a maximum length, commonly one to three months, sometimes up to six;
- restarts full billing automatically when the freeze ends.

So freezing makes sense for a temporary move, like a three-month work placement. For a permanent move, cancelling is cleaner and cheaper. On a rolling contract there's nothing to lose by cancelling: if you come back, you can usually rejoin, maybe paying a small joining fee or taking advantage of a promotion that waives it.

If PureMotion has a gym in your new city, ask about transferring or switching your home club. That way you keep your membership without paying for a gym you can't use.""",
))

D015 = item(15, "off_topic", "es",
"Spanish: planning a Madrid anniversary dinner; from turn 3 the user switches to car insurance for a new driver and the dialogue never returns to the dinner booking.",
conv(
"""Quiero reservar una cena para el 40 aniversario de mis padres en Madrid. Seremos seis personas. ¿Qué tipo de restaurante me recomiendas y con cuánta antelación debería reservar?""",
"""¡Qué bonita celebración! Para un 40 aniversario con seis personas, te recomendaría un sitio con cierta solemnidad pero donde se pueda hablar tranquilamente. Algunas opciones según el estilo:

- **Cocina madrileña clásica:** Lhardy, abierto desde 1839 en la Carrera de San Jerónimo, es un clásico para celebraciones familiares y tiene salones en la planta de arriba. Casa Lucio, en la Cava Baja, es otro clásico, famoso por sus huevos rotos.
- **Asador o cocina vasca:** ideal si a tus padres les gusta la carne a la brasa o el pescado. Suelen tener mesas amplias y un ambiente más tranquilo.
- **Restaurante con menú degustación:** si buscáis algo más especial, pero ten en cuenta que para seis personas la cena puede alargarse tres horas y el precio sube bastante.

**Antelación:**
- Para un viernes o sábado por la noche, reserva con **al menos dos o tres semanas**.
- Si quieres un salón privado, mejor con **un mes**.
- Al reservar, menciona que es un aniversario. Muchos restaurantes preparan un detalle, como un postre con vela o una copa de cava.

¿Preferís comida tradicional o algo más moderno?""",
"""Me gusta la idea de Lhardy. ¿Tienen salones privados?""",
"""Sí. Lhardy es conocido precisamente por sus salones de la planta superior, decorados en estilo del siglo XIX, como el Salón Japonés o el Salón Isabelino. Se utilizan mucho para comidas familiares y celebraciones.

Para vuestro caso te recomiendo:
1. **Llamar por teléfono** en lugar de reservar online, porque los salones se gestionan aparte.
2. Preguntar **qué salón tiene una capacidad adecuada para seis personas**. Algunos son más grandes y pueden pedir un mínimo de comensales o un suplemento.
3. Preguntar si hay que elegir un **menú cerrado** para grupos en salón privado. Es habitual, y suele incluir su famoso cocido madrileño o platos de caza según la temporada.
4. Confirmar la **política de cancelación** y si piden una señal.

Y no olvides comentar que es el 40 aniversario de tus padres.""",
"""Por cierto, mi hermano pequeño acaba de sacarse el carné de conducir. ¿Por qué es tan caro el seguro de coche para los conductores noveles?""",
"""Es una queja muy habitual. Las aseguradoras calculan el precio según el riesgo estadístico, y los conductores noveles salen caros por varias razones:

- **Más siniestros:** los conductores con menos de dos años de carné y menores de 25 años tienen, en proporción, muchos más accidentes que la media.
- **Sin historial:** la aseguradora no tiene datos sobre cómo conduce, así que no puede aplicarle bonificaciones por años sin partes.
- **Tipo de coche:** si además el coche es potente o nuevo, el precio se dispara.

**Cómo abaratarlo:**
1. **Incluirlo como conductor ocasional** en el seguro de vuestros padres, si va a usar su coche. Hay que declararlo siempre; si no, la aseguradora puede negarse a cubrir un accidente o reclamar lo pagado.
2. **Elegir un coche pequeño y de poca potencia.**
3. **Seguros con caja negra o app** que miden cómo conduce y premian la conducción prudente.
4. **Comparar** en varios comparadores y preguntar directamente a las aseguradoras.
5. Empezar con **terceros ampliado** en lugar de todo riesgo si el coche tiene unos años.""",
"""¿Y qué diferencia hay entre un seguro a terceros y uno a todo riesgo?""",
"""La diferencia principal es qué daños cubre el seguro:

**Seguro a terceros (básico)**
- Es el mínimo obligatorio en España.
- Cubre los daños que **causas a otros**: otros coches, personas u objetos.
- **No cubre los daños de tu propio coche** si el accidente es culpa tuya.
- Suele incluir defensa jurídica y asistencia en carretera.

**Terceros ampliado**
- Lo mismo que el anterior, más coberturas para tu coche como **lunas, robo e incendio**, y a veces daños por fenómenos atmosféricos.
- Sigue sin cubrir los golpes de tu coche si tienes la culpa.
- Es una opción intermedia muy popular para coches de entre cuatro y diez años.

**Todo riesgo**
- Cubre también los **daños de tu propio coche**, aunque el accidente sea culpa tuya.
- Puede ser **con franquicia** (pagas tú los primeros 150–600 euros de cada reparación, y el seguro es más barato) o **sin franquicia**.
- Recomendable para coches nuevos o de alto valor.

Para un conductor novel con un coche de segunda mano, lo más habitual es un terceros ampliado o un todo riesgo con franquicia.""",
))
