from hb_common import D

DIALOGUES = []
A = DIALOGUES.append

# 1 good en: user pastes cover letter draft, assistant quotes parts back
A(D(1, "good", "en",
    "Good: cover-letter review where the assistant quotes the user's pasted draft back, rewrites with the user's real numbers, short follow-ups answered briefly and correctly.",
    [
"""Can you look at my cover letter draft? I'm applying for an Operations Coordinator role at Harbor Point Logistics in Tacoma. Here it is:

"Dear Hiring Manager,

I am writing to apply for the Operations Coordinator position. I have worked in retail for six years and I think I would be a good fit. At my current job at Fred Meyer I am an assistant store manager and I handle scheduling, inventory and vendor deliveries. I am a hard worker and a team player. I am very organized and I like solving problems. I hope you will consider me.

Sincerely,
Dana Whitcomb"

Be honest, I feel like it's kind of flat.""",
"""You're right that it reads flat, but the raw material is good. Here's what I'd change, line by line.

**"I have worked in retail for six years and I think I would be a good fit."**
"I think" undercuts you in the second sentence. Also, "retail" is the part a logistics recruiter cares least about. Lead with the operations work instead.

**"I handle scheduling, inventory and vendor deliveries."**
This is your strongest sentence and it's buried. Scheduling, inventory and inbound deliveries are exactly what an Operations Coordinator does. It deserves its own paragraph, with numbers: how many people you schedule, how many deliveries a week, anything you improved.

**"I am a hard worker and a team player. I am very organized and I like solving problems."**
Every applicant writes these four claims, so they don't register. Cut them and let the examples prove organization and problem-solving.

**"I hope you will consider me."**
This is passive. Close by saying what you want: a conversation about the role.

**Structure I'd aim for (three short paragraphs):**
1. The role you're applying for, plus one sentence on why your store operations experience maps onto it.
2. Two or three concrete results with numbers.
3. Why Harbor Point specifically (a detail from the posting or their website), then a confident close.

If you send me a few numbers (team size, delivery volume, any before/after improvement), I'll draft the middle paragraph for you.""",
"""Okay. I schedule 34 people. We get about 9 vendor deliveries a week. I made a receiving checklist that cut check-in time from about 50 minutes to 30 per delivery. And our shrink went from 2.1% to 1.4% over the last year, partly because of tighter receiving.""",
"""Those are solid numbers. Here's a middle paragraph built from them:

"As assistant store manager at Fred Meyer, I build weekly schedules for a team of 34 and coordinate roughly nine vendor deliveries a week. After noticing that check-in was slowing down the receiving dock, I created a standard receiving checklist that cut check-in time from about 50 minutes to 30 per delivery. Tighter receiving was also part of why our shrink fell from 2.1% to 1.4% over the past year."

A few notes on why it's written this way:
- It opens with the tasks that match the job ad (scheduling, inbound coordination) before the results.
- "After noticing..." shows you spotted the problem yourself, which is the "problem-solving" claim proven instead of stated.
- I kept "part of why" for the shrink number so you aren't taking full credit for a store-wide result. Interviewers often probe that, and this wording holds up.

For the opening, something like: "I'm applying for the Operations Coordinator position at Harbor Point Logistics. For the past six years I've run the operational side of a high-volume grocery store, and I'm ready to bring that experience to a dedicated logistics team." Then end with: "I'd welcome the chance to talk about how I could support your Tacoma operations." """,
"""Should I address it to someone by name? The posting lists the recruiter as Marisol Ortega.""",
"""Yes. Use "Dear Ms. Ortega," since she's named in the posting. It shows you read it carefully and it's warmer than "Dear Hiring Manager." If you aren't sure of her preferred title, "Dear Marisol Ortega," is also fine.""",
"""Last thing: is it okay that it's only three paragraphs? Feels short.""",
"""Three paragraphs is ideal. Most recruiters skim a cover letter in under a minute, and 250 to 350 words is the sweet spot. With your numbers in the middle paragraph, short reads as confident, not thin. Just make sure it fits on one page with your name and contact details at the top."""
    ]))

# 2 leakage en: scaffold header leaked in middle reply
A(D(2, "leakage", "en",
    "Leakage: assistant turn 2 opens with a generation-scaffold header ('Reply draft for exchange 2 -- persona: supportive career coach, target ~180 words') before the real answer.",
    [
"""I'm a high school chemistry teacher trying to move into instructional design. I have an interview next Thursday with a corporate training team at a healthcare company. What should I expect them to ask?""",
"""Teacher-to-instructional-designer interviews usually cover four areas, so prepare a story for each.

**1. Your transition story.** "Why are you leaving teaching?" is almost guaranteed. Keep it forward-looking: you like designing learning experiences and want to do it at scale for adults. Don't complain about schools.

**2. Design process.** Expect "Walk me through how you'd build a course from scratch." They want to hear a model. ADDIE (Analyze, Design, Develop, Implement, Evaluate) is the standard vocabulary. Map it onto something real, like a chemistry unit you rebuilt after looking at test results.

**3. Adult learners and stakeholders.** Corporate training means working with subject-matter experts (in healthcare, that's often nurses, compliance officers or pharmacists) and learners who are busy and skeptical. Have an example of working with colleagues or parents to reach a shared goal.

**4. Tools and portfolio.** Many teams ask about Articulate Storyline or Rise, Camtasia, or an LMS like Cornerstone or Docebo. If you haven't used them, say which you've started learning and show a sample. Even one 5-minute Rise module on something like lab safety makes a strong impression.

Also expect a healthcare-specific question, such as how you'd train staff on a new HIPAA procedure. Measurable outcomes matter there: completion rates, quiz scores, fewer incidents.""",
"""The transition question makes me nervous. Can you help me phrase an answer?""",
"""Reply draft for exchange 2 -- persona: supportive career coach, target ~180 words

Absolutely. The goal is a 45-60 second answer with three beats: what you loved, what you discovered, where you're going.

Here's a version you can adapt:

"For eight years I've taught chemistry, and the part I've always enjoyed most is designing the learning itself: figuring out why students get stuck on something like stoichiometry and rebuilding the unit so they don't. Two years ago I redesigned our lab safety training into short scenario-based modules, and failed safety quizzes dropped by about half. That project made me realize I wanted to do this full time, for adult learners, with more room to iterate on design. Instructional design in healthcare appeals to me because the stakes are real. Good training there directly affects patient safety."

Why this works:
- It frames the move as growth, not escape.
- It includes a concrete, measurable result.
- It ends on *their* world (healthcare) rather than yours.

Swap in your real numbers. If you don't have a metric like the quiz one, use something observable, like how many colleagues adopted your materials.""",
"""That's great. What should I ask them at the end?""",
"""Good questions for the end show you're already thinking like someone on the team:

1. "What does a typical project look like from request to launch, and who are the main SMEs I'd work with?"
2. "How do you measure whether a training program worked? Completion rates, assessments, or operational metrics?"
3. "Which authoring tools and LMS does the team use, and is there time built in to ramp up on them?"
4. "What's the biggest training challenge the organization is facing this year?"
5. "What would success look like for this person in the first 90 days?"

Pick three. Question 4 is especially useful because you can follow up with a sentence on how you'd approach it. Avoid asking about salary or remote days in the first round unless they raise it."""
    ]))

# 3 good zh: collection email for a small business
A(D(3, "good", "zh",
    "Good: 小公司催款邮件，使用真实的公司名、发票号、金额和日期；后续调整语气和下一步处理，回答具体一致。",
    [
"""我开了一家小设计工作室，客户"杭州青禾文化传媒有限公司"有一笔款一直没付。发票号 INV-2024-0187，金额 48,600 元，9月30日就到期了，现在已经过了三周。对接人是市场部的周敏。我叫林晓，工作室叫"拾光设计工作室"，电话 138 5712 0463。能帮我写一封催款邮件吗？不想伤和气。""",
"""可以，第一封催款邮件的关键是：语气友好、信息完整、给出明确的付款期限。下面是一版可以直接用的：

---

**主题：** 发票 INV-2024-0187 付款确认（48,600 元，已于 9 月 30 日到期）

周敏您好：

希望您一切顺利！

感谢贵司在品牌视觉项目上的合作，整个过程和您对接非常愉快。

想跟您确认一下发票 INV-2024-0187 的付款进度。该发票金额为人民币 48,600 元，付款日期为 2024 年 9 月 30 日，目前我们这边尚未收到款项。可能是流程上有所延误，所以特地跟您核对一下。

为方便财务处理，收款账户信息与发票上所列一致，如需我们重新提供，请随时告诉我。

如果贵司已经安排付款，请忽略此邮件，并麻烦告知预计到账时间；如果需要我们补充任何材料（如发票原件、验收单），也请随时告诉我。

麻烦您在 **10 月 28 日（周一）前** 回复一下进度，非常感谢！

祝好，
林晓
拾光设计工作室｜138 5712 0463

---

几点说明：
1. 主题里直接写发票号和金额，方便对方转给财务时检索。
2. "可能是流程上有所延误"给对方留了台阶，不直接指责。
3. 给出具体回复日期，比"尽快"更有效。
4. 收款信息写"与发票一致"，避免在邮件正文里反复贴账号，也减少被冒充的风险。""",
"""写得很好。但周敏其实只是对接人，付款是她们财务管的，我要不要直接抄送财务？""",
"""建议第一封先只发给周敏，不要直接抄送财务。原因是：她是你的业务联系人，绕过她直接找财务，容易让她觉得被"越级"，影响以后合作。

可以在邮件里加一句，请她帮忙转达：

> "如果付款由财务同事处理，也麻烦您帮忙转给相关负责人，或告诉我对接人的联系方式，我直接跟进即可。"

这样既礼貌，又能拿到财务的联系方式。如果 10 月 28 日还没有回复，第二封再抄送财务和她的上级也不迟。""",
"""如果到11月中旬还是不付，我该怎么办？""",
"""可以按下面的顺序逐步升级，每一步都留下书面记录：

1. **第二封邮件（10 月底）**：语气更正式，抄送财务负责人，写明"已逾期约 30 天"，要求在 11 月 8 日前付款或给出书面付款计划。
2. **电话沟通（11 月初）**：直接打给周敏或财务，问清楚卡在哪里——有时是缺验收单或发票抬头有误。通话后发一封邮件总结通话内容。
3. **正式催款函（11 月中旬）**：以工作室名义发出，引用合同中的付款条款和违约条款（如有逾期付款利息或违约金，写明具体金额），给出最后期限，例如 10 个工作日。
4. **律师函或起诉**：48,600 元的金额，如果合同和发票、验收记录齐全，可以考虑请律师发函，通常对方会重视。仍不付款的，可以向法院申请支付令或提起诉讼；这个金额一般可以适用小额或简易程序，费用和周期都相对可控。

同时，建议以后在合同里写清楚：付款期限、逾期利息、以及"未付清前不交付源文件"之类的条款，能大大减少这种情况。"""
    ]))

# 4 contradiction en (subtle): original offer changes from 92k to 95k deep in a later reply
A(D(4, "contradiction", "en",
    "Contradiction (subtle): turn 3 reply refers to 'your original $95,000 offer', but the user said in turn 1 the offer was $92,000 (and the assistant's own earlier math used $92,000).",
    [
"""I just got a job offer as a senior data analyst at a mid-size insurance company in Columbus. Base is $92,000. From what I've seen on Glassdoor and Levels, similar roles in Columbus are $98k-$110k. I'd like to get to around $102k. How should I counter?""",
"""You have a good case. Your target is within the market range you found, and you're not asking for the top of it. A few recommendations:

**Counter a bit above your target.** Companies usually meet you somewhere in the middle, so if you want $102,000, counter at $104,000-$105,000. From their $92,000, that's about a 13-14% ask, which is assertive but normal for a senior role with market data behind it.

**Anchor on the role, not your needs.** Base the number on market data and the scope of the job ("senior," any team lead or stakeholder duties in the posting), not your rent or your current salary.

**Be enthusiastic and specific.** Open by saying you're excited about the role. It tells them you want to say yes, which makes the recruiter more willing to go back to the hiring manager for you.

**Have fallbacks ready.** If base is capped, ask about a signing bonus, an earlier first salary review (at 6 months instead of 12), extra PTO, or a professional development budget. Insurance companies often have rigid salary bands but more room on signing bonuses.

**Do it by phone if you can, then confirm by email.** Recruiters negotiate by phone all the time, and your tone comes across better than in writing.

Want me to write a short script for the call?""",
"""Yes please, a script would help. The recruiter's name is Priya. For context, at my current job I built our pricing models and led the Tableau migration, and in the interviews I talked a lot with Jordan, who runs the claims analytics team I'd join.""",
"""Here's a script you can adapt. Keep it short and pause after you say the number.

**Opening:**
"Hi Priya, thanks again for the offer. I'm really excited about the role and the team, especially the claims analytics work we talked about with Jordan."

**The ask:**
"I've looked at the market for senior data analyst roles in Columbus, and for this scope the range I'm seeing is roughly $98,000 to $110,000. Given my experience building the pricing models and leading the Tableau migration at my current company, I was hoping we could get the base to $104,000."

*(Stop talking here. Let her respond.)*

**If she says the band is tight:**
"I understand. Is there any flexibility on a signing bonus, or on an earlier salary review at six months?"

**Close:**
"Thanks for taking this back to the team. If we can get close to that number, I'm ready to accept."

Afterward, send a two-line email: "Thanks for talking today. As discussed, I'd love to get the base to $104,000, and I'm excited to join." That puts your number in writing.""",
"""Priya came back with $98,000 base plus a $5,000 signing bonus. Should I take it or push again?""",
"""That's a good result, and in most cases I'd accept it, possibly with one small non-salary ask. Here's the math.

**What you gained:** Your original $95,000 offer went to $98,000, an extra $3,000 a year in base, plus $5,000 once. First-year cash is $103,000, right around your $102k goal. The base increase also compounds: future raises are usually a percentage of base, and a 3% raise on $98,000 is more than on the original figure.

**What's left on the table:** Base is still $4,000 under your target. But you've already negotiated once, and pushing base a second time after they moved usually gets "that's the top of the band," and it can spend goodwill with your future manager.

**Option that usually works:** Accept, and make one small, easy-to-grant request:
"Thank you, Priya. I'm happy to accept at $98,000 with the $5,000 signing bonus. One request: could we schedule my first compensation review at six months rather than twelve?"

That costs them nothing now and gives you a real chance to reach $102k+ within a year if you perform well.

**One thing to check:** Read the signing bonus terms. Many companies require you to repay it if you leave within 12 months. Make sure that's acceptable and that the bonus, base and review timing are all in the written offer before you sign."""
    ]))

# 5 placeholder es: template-engine slots in the follow-up email
A(D(5, "placeholder", "es",
    "Placeholder: en el turno 2 el correo de agradecimiento contiene huecos sin rellenar (@@nombre_entrevistador@@, %PUESTO%, @@tema_conversado@@) aunque el usuario ya dio esos datos.",
    [
"""Ayer tuve una entrevista para el puesto de analista de compras en Grupo Ferrovial Servicios en Madrid. Me entrevistó Lucía Benítez, la jefa de compras. ¿Vale la pena mandar un correo de agradecimiento? En España no sé si se estila.""",
"""Sí, vale la pena, aunque en España sea menos habitual que en Estados Unidos o Reino Unido. Precisamente por eso destaca: pocos candidatos lo hacen, y un correo breve y profesional deja buena impresión sin parecer excesivo.

Algunas pautas:

- **Envíalo en las primeras 24 horas.** Si la entrevista fue ayer, hoy es el momento ideal.
- **Que sea corto:** entre 80 y 150 palabras. No es una segunda carta de presentación.
- **Personalízalo.** Menciona algo concreto de la conversación, por ejemplo un proyecto del departamento, un reto que te comentó Lucía o una pregunta que te hizo. Así demuestras que prestaste atención.
- **Refuerza una idea.** Si hubo algo que no explicaste bien, puedes añadir una frase que lo complete, sin extenderte.
- **Tono:** en un entorno corporativo como Ferrovial, usa "usted" en el primer contacto escrito salvo que ella te haya tuteado durante la entrevista. En ese caso, el tuteo es natural.
- **Asunto claro:** "Gracias por la entrevista – Analista de Compras".

Si me cuentas de qué hablasteis, te preparo un borrador.""",
"""Me tuteó todo el rato. Hablamos sobre todo de cómo están renegociando contratos con proveedores de materiales por la subida de precios, y yo le conté que en mi trabajo actual reduje un 8% el coste de embalaje cambiando de proveedor. Prepárame el borrador, por favor.""",
"""Aquí tienes un borrador con tuteo, breve y centrado en lo que hablasteis:

---

**Asunto:** Gracias por la entrevista – %PUESTO%

Hola, @@nombre_entrevistador@@:

Muchas gracias por dedicarme tu tiempo ayer y por contarme con tanto detalle los retos del departamento.

Me quedé pensando en lo que comentamos sobre @@tema_conversado@@. Es justo el tipo de trabajo que más me motiva: en mi puesto actual conseguí reducir un 8 % el coste de embalaje cambiando de proveedor y renegociando condiciones, y me encantaría aplicar esa experiencia en un volumen de compras como el vuestro.

Quedo a tu disposición para cualquier información adicional. Espero que podamos seguir hablando pronto.

Un saludo,
Álvaro Méndez
600 123 456

---

Algunos detalles:
- Mencionar el 8 % refuerza tu logro más relevante sin repetir toda la entrevista.
- "Me quedé pensando en..." suena natural y demuestra interés genuino.
- Terminar con una frase abierta, sin presionar por una respuesta, es lo más adecuado en esta fase.""",
"""Genial. ¿Y si en una semana no me han dicho nada, vuelvo a escribir?""",
"""Sí, pero espera un poco más. Si en la entrevista te dieron un plazo ("te diremos algo la semana que viene"), escribe uno o dos días después de que venza. Si no te dieron ninguno, lo razonable es esperar entre 7 y 10 días laborables desde la entrevista.

El mensaje de seguimiento debe ser aún más corto que el de agradecimiento, por ejemplo:

"Hola, Lucía: Te escribo para saber si hay novedades sobre el proceso para el puesto de analista de compras. Sigo muy interesado en la posición. ¡Gracias y un saludo!"

Si tampoco hay respuesta, un segundo recordatorio a las dos semanas es aceptable; más allá de eso, conviene seguir con otros procesos y no insistir."""
    ]))

# 6 good en: spreadsheet formulas, long then short follow-ups
A(D(6, "good", "en",
    "Good: Google Sheets help for an invoice log; detailed SUMIFS answer, correct fix for text amounts, short direct answers on $ locking and a correct conditional-formatting formula.",
    [
"""I keep an invoice log in Google Sheets for my cleaning business. Column A is the invoice date, column B is the client, column C is the amount. I want a little summary table that shows total invoiced per month for 2024. What formula should I use?""",
"""SUMIFS with a date range works well here. Set up the summary table like this:

**1. Make a month column.** In a new area, say column F, put the first day of each month:
- F2: `1/1/2024`
- F3: `=EDATE(F2,1)` then drag down to F13 (gives Feb 1 through Dec 1)

Format F2:F13 as `MMM yyyy` (Format → Number → Custom date and time) so they display as "Jan 2024" while still being real dates.

**2. Total per month in column G.** In G2:

```
=SUMIFS($C$2:$C$500, $A$2:$A$500, ">="&F2, $A$2:$A$500, "<"&EDATE(F2,1))
```

This adds up every amount in C whose date in A is on or after the first of the month and before the first of the next month. Drag it down to G13.

**Why this approach:**
- It doesn't need a helper column in your invoice log.
- Using "< first of next month" instead of "<= last day" avoids problems with month lengths and with dates that include a time.
- The `$` signs keep the ranges fixed while F2 changes as you drag.

**3. Optional yearly total:** in G14, `=SUM(G2:G13)`.

If your log grows past row 500, change the ranges to something larger, or use whole columns (`$C:$C`, `$A:$A`). That works fine in Google Sheets as long as the summary table isn't inside the same columns.""",
"""Some months show 0 even though I know there are invoices. A few amounts were pasted in as "$1,200" and they're left-aligned. Is that the problem?""",
"""Yes. Left-aligned numbers in Sheets are almost always text, and SUMIFS skips text. Two ways to fix it:

**Fix the data (better):** select column C, then Format → Number → Currency. Cells that are still text won't convert that way, so use a helper column. In D2:
```
=VALUE(SUBSTITUTE(SUBSTITUTE(C2,"$",""),",",""))
```
Drag down, copy column D, then right-click C2 → Paste special → Values only. Delete the helper column.

**Or make the formula tolerant:** keep the data and use
```
=SUMPRODUCT((A2:A500>=F2)*(A2:A500<EDATE(F2,1))*IFERROR(VALUE(SUBSTITUTE(SUBSTITUTE(C2:C500,"$",""),",","")),0))
```
This works, but it's harder to read. I'd clean the data once and keep the simple SUMIFS.

Also check column A. If dates were pasted as text, they'll be left-aligned too, and `=ISNUMBER(A2)` will return FALSE.""",
"""Fixed, thanks. Quick one: when I copy the formula sideways the ranges shift. How do I stop that?""",
"""Put `$` in front of the column letter and the row number, like `$C$2:$C$500`. In the formula bar, click on the reference and press F4 (Cmd+T on some Macs) to cycle through the options: `$C$2` locks both, `C$2` locks only the row, `$C2` locks only the column.""",
"""Last thing: can I make unpaid invoices older than 30 days turn red? Column D says "Paid" or "Unpaid".""",
"""Yes, with conditional formatting and a custom formula:

1. Select A2:D500.
2. Format → Conditional formatting.
3. Under "Format cells if," choose **Custom formula is** and enter:
   ```
   =AND($D2="Unpaid", $A2<TODAY()-30)
   ```
4. Pick a red fill and click Done.

The `$` before D and A keeps the check on those columns for every cell in the row, so the whole row turns red. Because it uses TODAY(), rows will turn red automatically as invoices age past 30 days."""
    ]))

# 7 off_topic de: marketing plan for café drifts to bike repair
A(D(7, "off_topic", "de",
    "Off-topic: Ab Nutzerturn 3 wird das Ziel (Marketingplan für das Café) aufgegeben; Nutzer und Assistent reden zwei Runden lang über die Reparatur einer Fahrradkette und Kettenöl.",
    [
"""Ich eröffne im April ein kleines Café in Leipzig-Plagwitz, 28 Sitzplätze, Schwerpunkt Specialty Coffee und selbstgebackener Kuchen. Mein Marketingbudget für die ersten drei Monate liegt bei 2.500 €. Wie würdest du das aufteilen?""",
"""Mit 2.500 € für drei Monate solltest du dich auf lokale Sichtbarkeit konzentrieren. Deine Kundschaft wohnt oder arbeitet überwiegend im Umkreis von etwa einem Kilometer. Ein Vorschlag:

**1. Eröffnung und Vorlauf (ca. 900 €)**
- Soft Opening für Nachbarn, Gewerbetreibende im Viertel und lokale Instagram-Accounts: 300–400 € für Kaffee und Kuchen aufs Haus.
- Flyer und Gutscheinkarten ("Erster Flat White gratis"), verteilt an Coworking-Spaces, Ateliers und die Büros an der Karl-Heine-Straße: etwa 250 €.
- Gutes Außenschild bzw. Kreidetafel: 200–250 €.

**2. Instagram und Google (ca. 900 €)**
- Google-Unternehmensprofil sofort anlegen, mit Fotos, Öffnungszeiten und Speisekarte. Das kostet nichts, ist aber für "Café in der Nähe"-Suchen das Wichtigste.
- Ein professionelles Fotoshooting von Raum, Kaffee und Kuchen: ca. 400 €. Die Bilder nutzt du monatelang.
- Lokal ausgespielte Instagram-Anzeigen (Radius 2 km, Alter 22–45): etwa 150 € pro Monat, also 450 €.

**3. Kooperationen und Stammkunden (ca. 500 €)**
- Bohnen von einer Leipziger Rösterei führen und gemeinsam bewerben, das bringt deren Community mit.
- Stempelkarte (10. Kaffee gratis): Druckkosten ca. 80 €.
- Ein kleines Event pro Monat, z. B. Latte-Art-Abend oder Cupping: Material ca. 100–120 € je Event.

**Reserve (ca. 200 €)** für das, was im ersten Monat überraschend gut funktioniert.

Miss von Anfang an, woher die Gäste kommen: Frag an der Kasse nach, und gib jedem Kanal einen eigenen Gutscheincode.""",
"""Gute Idee mit der Rösterei. Wie spreche ich die am besten an?""",
"""Am besten persönlich. Geh zu einer Verkostung oder in den Laden und frag nach der Person, die für Gastrokunden zuständig ist. Danach schickst du eine kurze Mail mit den Eckdaten:

- Eröffnungstermin, Lage und Sitzplätze
- geschätzte Abnahmemenge (bei 28 Plätzen realistisch 8–15 kg pro Woche)
- was du anbietest: Nennung auf Karte und Instagram, Bohnen im Verkaufsregal, gemeinsames Eröffnungs-Event

Viele Röstereien bieten Gastrokunden Barista-Schulung, Leihmühlen oder Rabatte ab bestimmten Mengen. Frag gezielt danach. Wichtig: Sprich über Lieferrhythmus und Mindestmengen, bevor du dich festlegst.""",
"""Danke! Ach, übrigens, ganz andere Frage: Meine Fahrradkette springt seit gestern ständig, vor allem am kleinsten Ritzel. Woran kann das liegen?""",
"""Eine springende Kette, besonders auf den kleinen Ritzeln, hat meistens eine dieser Ursachen:

1. **Verschlissene Kette.** Ketten längen sich mit der Zeit. Mit einer Kettenverschleißlehre (ca. 10 €) prüfst du das in Sekunden. Ab 0,5 % Längung (bei 11-fach und mehr) oder 0,75 % (bei 8- bis 10-fach) sollte sie getauscht werden.
2. **Verschlissene Ritzel.** Wenn die Kette zu lange gefahren wurde, sind die kleinen Ritzel oft mit abgenutzt. Dann springt auch eine neue Kette. Die Zähne sehen dann haifischflossenartig aus.
3. **Schaltung verstellt.** Oft reicht es, die Zugspannung am Einstellrädchen am Schaltwerk eine halbe bis ganze Umdrehung zu drehen, bis die Kette sauber auf dem Ritzel läuft.
4. **Steifes Kettenglied.** Kurbel langsam rückwärts drehen und beobachten, ob ein Glied am Schaltwerk "hüpft". Mit etwas Öl und seitlichem Biegen löst sich das meist.

Beginne mit der Verschleißlehre, das ist die häufigste Ursache.""",
"""Die Kette ist wohl durch. Welches Kettenöl nimmt man am besten, eher Wachs oder Nassöl?""",
"""Das hängt davon ab, wie und wo du fährst:

**Nassöl** haftet sehr gut und hält auch bei Regen lange. Nachteil: Es zieht Schmutz an, die Kette wird schwarz und muss öfter gereinigt werden. Gut für Pendeln bei jedem Wetter, z. B. im Leipziger Winter.

**Trockenschmierstoffe bzw. Wachsemulsionen** (z. B. Squirt, Muc-Off Dry) bleiben sauberer und laufen leise, müssen aber öfter nachgetragen werden, etwa alle 150–250 km, und nach Regen sofort.

**Heißwachs** (Kette in geschmolzenem Paraffin-Wachs baden) ist am saubersten und schont den Antrieb am meisten, ist aber aufwendig und lohnt sich eher für Rennrad-Enthusiasten.

Für ein Alltagsrad würde ich eine Wachsemulsion empfehlen und im Winter auf Nassöl wechseln. Wichtig bei neuer Kette: Das Werksfett zunächst drinlassen, es ist ein guter Grundschutz."""
    ]))

# 8 repetition en: user re-asks cash vs accrual; assistant repeats turn-1 answer near-verbatim
A(D(8, "repetition", "en",
    "Repetition: in turn 4 the user re-asks the cash-vs-accrual question already answered in turn 1, and the assistant repeats its turn-1 answer nearly verbatim.",
    [
"""I just opened a small bakery (one location, me plus two part-timers). My accountant friend asked whether I'm going to use cash or accrual accounting. What's the difference and which should I pick?""",
"""The difference is *when* you record income and expenses:

- **Cash basis:** you record income when money actually hits your account and expenses when you actually pay them. If you cater an event in March but the client pays in April, that's April income.
- **Accrual basis:** you record income when you earn it and expenses when you incur them, regardless of when cash moves. The March catering job is March income, even if you're paid in April.

**For a small bakery, cash basis is usually the better choice:**
1. It's simpler. Your books match your bank account, which makes reconciliation easy.
2. Most of your sales are paid on the spot (card or cash at the counter), so the two methods would look almost the same anyway.
3. In the US, businesses with average annual gross receipts under the IRS threshold (about $30 million) can generally use cash basis for taxes, so you're well within that.

**When accrual would make sense:** if you start doing a lot of wholesale to cafés on 30-day invoices, or you need to show lenders a more accurate picture of monthly profitability. Even then, many owners keep cash books and have their accountant produce accrual reports at year-end.

One caution: bakeries carry inventory (flour, butter, packaging). Ask your accountant how to treat it. Small businesses can often expense supplies as they buy them, but the rules depend on your setup.""",
"""Okay, cash it is. What expense categories should I set up?""",
"""Here's a practical starting chart of accounts for a bakery. Fewer, clearer categories are better than dozens you'll never use:

**Cost of goods sold**
- Ingredients (flour, sugar, butter, eggs, chocolate)
- Packaging (boxes, bags, cups, labels)

**Operating expenses**
- Payroll wages
- Payroll taxes
- Rent
- Utilities (gas and electric are big for ovens; keep them separate from internet/phone if you can)
- Equipment repairs and maintenance
- Small equipment and smallwares (pans, mixers under your capitalization threshold)
- Card processing fees
- Marketing and advertising
- Insurance
- Licenses and permits (health department, food handler cards)
- Software and subscriptions (POS, accounting app)
- Professional fees (accountant, lawyer)
- Bank fees
- Cleaning and supplies

**Separate from expenses**
- Large equipment purchases (a new deck oven) go on the balance sheet as fixed assets, not in expenses.
- Money you take out for yourself goes to **Owner's draw**, not wages (if you're a sole proprietor or single-member LLC).

Keeping ingredients and packaging as cost of goods sold lets you calculate your food-cost percentage, which is one of the most useful numbers in a bakery. Many aim for roughly 25-35% of sales.""",
"""Great. How often should I reconcile the bank account?""",
"""Monthly at a minimum, as soon as the statement closes. For a bakery with daily card deposits, a quick weekly check is even better:

- **Weekly (10 minutes):** compare your POS sales report to the deposits from your card processor. Deposits arrive net of fees and 1-2 days late, so match by date and note the fees.
- **Monthly (30-60 minutes):** match every transaction in your accounting software to the bank statement, confirm the ending balances agree, and investigate anything that doesn't match.

Catching a missing deposit or duplicate charge in week one is far easier than finding it in December.""",
"""Sorry, going back to the start: should I go with cash or accrual? What's the actual difference?""",
"""The difference is *when* you record income and expenses:

- **Cash basis:** you record income when money actually hits your account and expenses when you actually pay them. If you cater an event in March but the client pays in April, that's April income.
- **Accrual basis:** you record income when you earn it and expenses when you incur them, regardless of when cash moves. The March catering job is March income, even if you're paid in April.

**For a small bakery, cash basis is usually the better choice:**
1. It's simpler. Your books match your bank account, which makes reconciliation easy.
2. Most of your sales are paid on the spot (card or cash at the counter), so the two methods would look almost the same anyway.
3. In the US, businesses under the IRS gross receipts threshold (about $30 million) can generally use cash basis, so you're well within that.

**When accrual would make sense:** if you do a lot of wholesale to cafés on 30-day invoices, or need to show lenders a more accurate picture of monthly profitability. Many owners keep cash books and have their accountant produce accrual reports at year-end.

And as before, ask your accountant how to handle inventory like flour, butter and packaging."""
    ]))

# 9 good ko: interview prep
A(D(9, "good", "ko",
    "Good: 식품회사 마케팅 신입 면접 준비 — 지원동기 답변 첨삭, 단점 질문 대응, 감사 메일 작성(실제 이름·날짜 사용). 길이와 내용이 적절함.",
    [
"""다음 주 화요일에 한빛식품 마케팅팀 신입 면접이 있어요. 지원동기를 이렇게 준비했는데 봐주실 수 있나요?

"저는 어릴 때부터 한빛식품 제품을 먹고 자랐고, 평소 마케팅에 관심이 많아 지원하게 되었습니다. 열심히 배우겠습니다.\"""",
"""솔직히 말씀드리면 지금 답변은 면접관이 하루에 수십 번 듣는 유형이라 기억에 남기 어렵습니다. 세 가지를 보완하면 훨씬 좋아집니다.

**1. "어릴 때부터 먹고 자랐다" → 구체적인 관찰로 바꾸기**
제품 경험 자체보다, 그 브랜드의 마케팅에서 무엇을 보았는지가 중요합니다. 예를 들어 최근 한빛식품이 낸 간편식 라인이나 SNS 캠페인 중 하나를 골라, 무엇이 좋았고 무엇을 더 해보고 싶은지 말하는 것이 좋습니다.

**2. "마케팅에 관심이 많다" → 경험으로 증명하기**
공모전, 동아리, 인턴, 개인 SNS 운영 등 작은 것이라도 숫자가 있는 경험을 넣으세요.

**3. "열심히 배우겠습니다" → 기여할 점으로 마무리하기**
신입이라도 "이런 부분에서 기여하고 싶다"로 끝내는 편이 적극적으로 보입니다.

예시 구조를 드리면:

> "한빛식품의 '한끼든든' 라인이 20대 1인 가구를 겨냥해 숏폼 레시피 콘텐츠를 운영하는 것을 보고, 제품을 '먹는 방법'까지 제안하는 마케팅이 인상 깊었습니다. 저는 대학 시절 교내 카페 SNS 계정을 6개월간 운영하며 팔로워를 400명에서 2,100명으로 늘렸고, 그 과정에서 짧은 영상이 가장 반응이 좋다는 것을 경험했습니다. 입사 후에는 이런 콘텐츠 기획 경험을 살려 2030 고객과의 접점을 넓히는 데 기여하고 싶습니다."

캠페인 이름과 수치는 실제로 확인한 내용과 본인 경험으로 바꿔 주세요. 면접관이 후속 질문을 할 가능성이 높습니다.""",
"""예시 좋네요. 그런데 "본인의 단점은?"이라는 질문이 나오면 어떻게 답해야 할지 모르겠어요. 저는 사실 결정을 내리는 데 시간이 오래 걸리는 편이에요.""",
"""그 단점은 충분히 솔직하게 말해도 괜찮습니다. 핵심은 **단점 + 구체적 사례 + 개선 노력 + 현재 상태**의 순서로 답하는 것입니다.

> "제 단점은 결정을 내리기 전에 정보를 지나치게 많이 모으려는 점입니다. 팀 프로젝트에서 발표 주제를 정할 때 자료 조사에만 일주일을 써서 일정이 빠듯해진 적이 있습니다. 그 이후로는 결정 전에 마감 시한을 먼저 정하고, 필요한 정보 세 가지만 확인하면 결정하는 원칙을 세웠습니다. 덕분에 지난 학기 공모전에서는 기획안 방향을 이틀 만에 확정할 수 있었습니다."

피해야 할 것:
- "완벽주의라서요"처럼 장점을 포장한 답변 → 면접관이 바로 알아챕니다.
- 마케팅 직무에 치명적인 단점(예: 사람을 만나는 것이 불편하다) 언급.""",
"""면접 끝나고 감사 메일도 보내는 게 좋을까요? 면접관은 인사팀 박서연 매니저님이 연락 주셨어요. 참고로 제 이름은 김지우예요.""",
"""네, 보내시면 좋습니다. 면접 당일 저녁이나 다음 날 오전에 짧게 보내세요. 면접이 3월 11일 화요일이라면 이렇게 쓰시면 됩니다.

---

**제목:** 3월 11일 마케팅팀 신입 면접 감사 인사드립니다 – 김지우

박서연 매니저님, 안녕하세요.
3월 11일 마케팅팀 신입 면접에 참여한 김지우입니다.

바쁘신 중에 면접 일정을 조율해 주시고 당일에도 친절하게 안내해 주셔서 감사했습니다. 면접을 통해 '한끼든든' 라인의 콘텐츠 전략에 대해 더 자세히 들을 수 있어 한빛식품 마케팅팀에서 일하고 싶은 마음이 더욱 커졌습니다.

좋은 결과로 다시 인사드릴 수 있기를 바랍니다.
감사합니다.

김지우 드림

---

메일 서명에 휴대전화 번호를 한 줄 추가해 두면 연락받기 더 편합니다. 면접관이 여러 명이었다면 박 매니저님께 "면접관님들께도 감사 인사를 전해 주시면 감사하겠습니다"라는 문장을 추가하셔도 좋습니다."""
    ]))

# 10 misaligned en: replies 2 and 3 swapped
A(D(10, "misaligned", "en",
    "Misaligned: the replies to user turns 2 and 3 are swapped; turn 2 (rollover) gets the busy-season blackout answer and turn 3 (busy season) gets the rollover answer.",
    [
"""I run a 12-person landscaping company in Ohio and I'm finally writing an employee handbook. How much PTO is typical for small companies like mine?""",
"""For US small businesses, the most common setups look like this:

- **Entry level / first year:** 10 days of PTO (vacation and personal days combined), sometimes plus 5 sick days, or 15 days total in a single PTO bank.
- **After 3-5 years:** 15 days.
- **After 10 years:** 20 days.

Paid holidays are usually separate: 6 to 8 is typical (New Year's Day, Memorial Day, July 4, Labor Day, Thanksgiving and the day after, Christmas Day).

A few points specific to your situation:

1. **Ohio has no state law requiring paid vacation or private-sector paid sick leave**, so the policy is up to you. But once you write it down, you have to follow it consistently, and your handbook governs whether unused PTO is paid out when someone leaves.
2. **Seasonal work matters.** Landscaping crews are busiest roughly April through October. Many companies in your industry give the same amount of PTO but encourage or require most of it to be used in the off-season.
3. **Accrual vs. front-loading.** Accruing PTO per hour worked (e.g., 0.0385 hours per hour worked ≈ 10 days a year for a full-time employee) is fairer for seasonal and part-time staff and limits your exposure if someone quits early.

For a 12-person company, a single PTO bank of 10 days in years 1-2, rising to 15 days at year 3, plus 7 paid holidays, would be competitive without being costly.""",
"""Should unused PTO roll over to the next year?""",
"""Yes, you can restrict PTO during peak periods. It's common and legal, as long as the handbook states it clearly and you apply it consistently. Suggested approach:

- **Define the blackout window precisely**, e.g., "PTO requests between April 1 and June 15 will be approved only in exceptional circumstances." Spring startup is usually the crunch in landscaping.
- **Set a request deadline** for the rest of the season: at least two weeks' notice for 1-2 days, four weeks for a full week.
- **First-come, first-served with a cap**: no more than one person per crew off at the same time.
- **Exceptions**: family emergencies, bereavement, and legally protected leave (like FMLA if you grow past 50 employees, or jury duty) must be handled separately and can't be blocked by a blackout.

Being upfront about this in the handbook and at hiring prevents most resentment. Employees in seasonal trades generally expect it.""",
"""And how do I handle PTO requests during our busy season without people getting upset?""",
"""A limited rollover is the most common choice, and it's the one I'd recommend for you.

**Options:**
- **Use it or lose it:** unused PTO disappears at year-end. Legal in Ohio as long as the policy is written clearly, but it tends to cause a December rush, and that's awkward even in your off-season.
- **Unlimited rollover:** builds large balances. If your policy pays out unused PTO at termination, that becomes a growing liability on your books.
- **Capped rollover (recommended):** employees can carry over up to a set amount, e.g., 5 days, into the next year. Anything above that is forfeited.

**Sample wording:** "Employees may carry over up to 40 hours of unused PTO into the following calendar year. Hours above 40 will be forfeited on December 31. Carried-over hours do not count toward the annual accrual maximum."

Also decide and write down whether unused PTO is paid out when someone leaves. In Ohio that's governed by your written policy, so state it explicitly either way.""",
"""Can you put all of that into one handbook paragraph?""",
"""Here's a handbook-ready version based on what we discussed:

**Paid Time Off (PTO)**
Full-time employees accrue PTO at a rate of 0.0385 hours per hour worked (approximately 10 days per year) during their first two years of employment, increasing to 0.0577 hours per hour worked (approximately 15 days per year) beginning in the third year. PTO may be used for vacation, illness, or personal matters. Employees may carry over up to 40 hours of unused PTO into the following calendar year; hours above 40 are forfeited on December 31. Because April 1 through June 15 is our peak season, PTO during this period will be approved only in exceptional circumstances, and no more than one member of each crew may be on PTO at the same time throughout the season. Requests require at least two weeks' notice for one or two days and four weeks' notice for five or more consecutive days. Unused PTO is not paid out upon separation. The company also observes seven paid holidays, listed in Section 4.2.

Have an employment attorney or your HR provider review it once before you publish, mainly for the payout sentence."""
    ]))
