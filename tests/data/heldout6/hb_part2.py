from hb_common import D

DIALOGUES = []
A = DIALOGUES.append

# 11 good en: resignation letter with real sample values
A(D(11, "good", "en",
    "Good: resignation letter written with the user's real names and dates (Dr. Karen Liu, Brightline Dental Group, last day March 14, 2025); short email version and a brief correct follow-up.",
    [
"""I need to resign from my job as a dental office manager at Brightline Dental Group. My manager is Dr. Karen Liu. I want to give two weeks' notice and hand it in this Friday, February 28, 2025, so my last day would be March 14. I've been there four years and I'm leaving on good terms. Can you write the letter? My name is Jessica Romero.""",
"""Here's a warm, professional letter you can print and hand in on Friday:

---

Jessica Romero
Office Manager, Brightline Dental Group

February 28, 2025

Dr. Karen Liu
Brightline Dental Group

Dear Dr. Liu,

Please accept this letter as formal notice of my resignation from my position as Office Manager at Brightline Dental Group. My last day of work will be Friday, March 14, 2025.

Thank you for the support and trust you've given me over the past four years. I've learned a great deal running the front office here, from rolling out the new scheduling system to building relationships with our insurance partners, and I'm grateful to have worked with such a caring team.

Over the next two weeks I'll make the transition as smooth as possible. I'll document my daily and monthly procedures, including payroll submission, insurance claim follow-ups and vendor contacts, and I'm happy to help train whoever takes over my responsibilities.

I wish you, the staff and the practice continued success, and I hope we stay in touch.

Sincerely,

Jessica Romero

---

A few tips:
- Ask to speak with Dr. Liu privately first and hand her the letter at the end of the conversation. She shouldn't find out from the letter.
- Keep a copy for yourself, and send a PDF by email too, so there's a dated record.
- Before your last day, ask HR or payroll about your final paycheck, unused PTO and when your benefits end.""",
"""Dr. Liu is actually out at a conference Friday. Can you give me a short email version so I can send it instead?""",
"""Sure. Here's a short version for email:

---

**Subject:** Resignation – Jessica Romero

Dear Dr. Liu,

I'm writing to let you know that I'm resigning from my position as Office Manager. My last day will be Friday, March 14, 2025.

I'm sorry to share this by email while you're away. I'd be glad to talk in person when you're back next week. Thank you for four great years at Brightline. I'll prepare a full handover of my procedures and help train my replacement before I go.

Best regards,
Jessica Romero

---

Attach the full letter as a PDF so she has the formal version on file.""",
"""Should I mention where I'm going next?""",
"""You don't have to, and it's usually best to leave it out of the letter. If Dr. Liu asks when you talk, it's fine to tell her, especially since you're leaving on good terms. Just keep the letter itself focused on your last day and the handover."""
    ]))

# 12 non_answer en (subtle, middle): HR manager asks about PIP vs written warning
A(D(12, "non_answer", "en",
    "Non-answer: assistant turn 2 only restates the user's question about whether a PIP can come before a written warning and praises it, without giving any information; other turns are substantive.",
    [
"""I manage a team of 9 at a call center. One agent, Marcus, has been late 11 times in the last two months, usually 10-20 minutes. I've mentioned it verbally twice. HR says I need to "document it properly." What does that actually mean?""",
""""Documenting properly" means creating a written record that shows three things: what happened, that Marcus knew the expectation, and that you gave him a fair chance to fix it. In practice:

**1. Build a factual log of the incidents.** For each late arrival, note the date, scheduled start time, actual login time, and whether he called ahead. Pull these from your timekeeping or phone system rather than memory. "11 instances between March 3 and April 28, ranging from 8 to 22 minutes" is much stronger than "he's always late."

**2. Write down the verbal warnings after the fact.** Send yourself or HR a short dated note for each: "On April 2, I spoke with Marcus about late arrivals on March 3, 10, 11 and 24. I reminded him that shifts start at 8:00 and that agents must be logged in by then." If you can, send Marcus a brief recap email after each conversation too.

**3. Reference the policy.** Attach or quote the attendance policy from the handbook so it's clear the expectation was written and known.

**4. Stick to observable behavior.** Avoid words like "lazy" or "doesn't care." Write what happened and what it affected: "Late logins left the 8:00-8:30 queue understaffed, and average wait time rose to 4 minutes on those days."

**5. Ask about causes.** Note whether you asked if something is going on, like childcare, transit or health. If he mentions a medical issue, bring HR in right away, because accommodation rules may apply.

With that record, the next step is normally a formal written warning.""",
"""Could I skip the written warning and go straight to a performance improvement plan, or does it have to be in that order?""",
"""That's a really important question. You're asking whether you can put Marcus on a performance improvement plan directly, or whether a written warning has to come first. The order of these steps matters a lot, and it's something many managers wonder about when they're dealing with attendance problems. It's good that you're thinking it through carefully before acting, because how you sequence these things can make a difference for everyone involved.""",
"""Okay. If I do the written warning, what should it include?""",
"""A solid written warning for attendance usually has these parts:

1. **Heading:** "Written Warning – Attendance," employee name, your name, date.
2. **The facts:** the specific incidents with dates and minutes late, e.g., "Between March 3 and April 28 you logged in late on 11 occasions, ranging from 8 to 22 minutes."
3. **Prior steps:** "We discussed this verbally on April 2 and April 16."
4. **The policy:** quote the relevant section of the attendance policy.
5. **The impact:** one or two sentences on how it affects the team or customers.
6. **Clear expectation:** "Effective immediately, you are expected to be logged in by your scheduled start time. If you will be late, you must notify me before your shift begins."
7. **Timeframe and consequences:** "We will review your attendance on June 30. Further late arrivals may result in additional disciplinary action, up to and including termination."
8. **Support offered:** for example, a conversation about shift times if there's a real obstacle.
9. **Signature lines** for you and Marcus, with a note that signing shows receipt, not agreement, and a space for his comments.

Have HR review it before the meeting, and keep the meeting short and calm.""",
"""He'll probably refuse to sign. What then?""",
"""That's common and not a problem. Tell him his signature only confirms he received the warning, not that he agrees. If he still declines, write "Employee declined to sign" with the date, sign it yourself, and ideally have a second manager or HR rep who was present initial it. Give him a copy either way and send it to HR for his file. The warning is still valid."""
    ]))

# 13 structure zh: two user turns in a row
A(D(13, "structure", "zh",
    "Structure: 第 2 个用户轮次之后紧接着又是一个用户轮次（连续两个 human 轮），中间缺少助手回复。",
    [
("human", """我在淘宝开了个卖手工皂的小店，想用 Excel 记账。表格里 A 列是日期，B 列是收支类型（"收入"或"支出"），C 列是金额。怎么算出总收入和总支出？"""),
("gpt", """用 SUMIF 就可以，按 B 列的类型对 C 列求和：

- 总收入：
```
=SUMIF(B:B,"收入",C:C)
```
- 总支出：
```
=SUMIF(B:B,"支出",C:C)
```
- 利润：
```
=SUMIF(B:B,"收入",C:C)-SUMIF(B:B,"支出",C:C)
```

几点建议：
1. B 列最好用"数据验证"做成下拉菜单（数据 → 数据验证 → 序列，来源填 `收入,支出`），避免手打出现"收入 "（多一个空格）这种情况，否则 SUMIF 会漏算。
2. C 列金额统一填正数，用 B 列区分收支，公式最清楚。
3. 如果以后想区分支出类别（原料、包装、快递费、平台扣点），可以加一列 D 写类别，再用 SUMIFS 按类别统计。"""),
("human", """好的。那如果我想按月统计，比如只算 2024 年 5 月的收入呢？"""),
("human", """还有，淘宝平台扣的佣金和技术服务费我应该记成支出吗？还是直接用到账金额记收入？"""),
("gpt", """建议**按订单全额记收入，平台扣费单独记支出**，不要直接用到账金额记收入。原因：

1. **能看清真实成本。** 如果只记到账金额，你就不知道每个月被平台扣了多少，也没法判断某个活动（比如参加满减、淘宝客推广）到底值不值。
2. **和平台账单对得上。** 淘宝后台的账单里销售额和各项扣费是分开列的，你按同样方式记，月底对账很方便。
3. **以后报税或核算毛利时更准确。**

具体做法：在 D 列类别里加一项"平台费用"，每个月从千牛后台导出账单，把佣金、技术服务费、推广费分别汇总后记一笔支出即可，不需要每单都记。

这样月底用 `=SUMIFS(C:C,B:B,"支出",D:D,"平台费用")` 就能看到当月平台一共拿走了多少。"""),
("human", """明白了。最后一个问题：快递费是我先垫付、买家付的运费算收入吗？"""),
("gpt", """算。买家支付的运费是你收到的钱，应当记为收入（可以在类别里单独标成"运费收入"）；你付给快递公司的钱记为支出（类别"快递费"）。

这样分开记，你能看出运费是赚了还是亏了。很多小店会发现包邮或低运费其实在亏钱，比如买家付 5 元，实际快递费 8 元，每单就倒贴 3 元，这个数字只有分开记才看得出来。""")
    ]))

# 14 bad_length en: last reply is a ramble that drifts and never answers
A(D(14, "bad_length", "en",
    "Bad length: final assistant turn is a long ramble about the history of LinkedIn, networking philosophy and remote-work trends that never answers whether to use the #OpenToWork banner.",
    [
"""I was laid off from my marketing manager job two weeks ago. Can you help me rewrite my LinkedIn headline? Right now it just says "Marketing Manager at Corvell Software.\"""",
"""Yes, and since you're job hunting, the headline is worth getting right. It shows up in search results, comments and connection requests, and LinkedIn gives you 220 characters. Use them for keywords recruiters search for plus one clear value statement, not just your last title.

A good formula: **Role you want | Specialty or industry | Proof point.**

Some options depending on your focus:

1. "B2B SaaS Marketing Manager | Demand Generation & Product Launches | Grew pipeline 40% YoY at Corvell Software"
2. "Marketing Manager – B2B Software | Content Strategy, ABM & Marketing Ops | HubSpot & Salesforce"
3. "Growth-focused Marketing Leader | SaaS Launches, Lifecycle Email & Paid Acquisition | Open to Marketing Manager roles"

Tips:
- Put the job title you're targeting first. Recruiters search for titles.
- Use real numbers only if you can back them up in an interview. Replace "40%" with your actual figure.
- Naming Corvell as a past employer is fine. Don't write "Former" or "Ex-", which just draws attention to the gap.
- Add two or three tools (HubSpot, Salesforce, Google Ads) if they're in the job postings you're targeting. Those words count for search.

Tell me which roles you're applying for and a couple of your best results, and I'll tighten it to one version.""",
"""I'm mostly applying to demand gen roles at SaaS companies. Best result: I ran a webinar program that generated 1,800 MQLs in 2023 and about $1.2M in pipeline.""",
"""That's a strong, specific result, so put it in the headline. Final version:

**"Demand Generation Manager | B2B SaaS | Webinar & ABM programs that drove $1.2M in pipeline | HubSpot, Salesforce"**

That's about 120 characters, so it shows in full on most screens.

For the About section, open with the same story in one or two sentences: "In 2023 I built a webinar program at Corvell Software that generated 1,800 MQLs and about $1.2M in pipeline. I'm looking for my next demand gen role at a SaaS company where I can build programs like that from the ground up." Then add a short list of skills and a line inviting people to reach out.""",
"""Should I turn on the green #OpenToWork banner on my photo, or does that look desperate?""",
"""LinkedIn has an interesting history when you think about it. It launched in 2003, long before Facebook opened to the public, and it was built on the idea that your professional network is an asset you carry with you from job to job. Back then, most people found jobs through newspaper classifieds, staffing agencies or personal referrals, and the idea of putting your whole résumé online for anyone to see was fairly radical.

Networking itself, of course, is much older than LinkedIn. Guilds in medieval Europe worked as professional networks, deciding who could enter a trade and vouching for members' skills. In many ways, modern professional associations and alumni groups do the same thing. People have always relied on "who you know," and research on weak ties from the 1970s suggested that acquaintances, not close friends, are often the ones who pass along job leads.

The shift to remote work after 2020 changed a lot of this. Teams spread across time zones, in-person conferences paused, and online presence became much more important for visibility. Many marketers built personal brands through posting, newsletters and podcasts, and "thought leadership" became something nearly everyone in the field talks about. Some people love this; others find it exhausting and performative.

There's also a broader conversation about how much of our identity should be tied to our jobs at all. Layoffs in tech over the past few years have made many people rethink loyalty to employers and focus more on skills, community and balance. In the end, your career is a long story, and any one moment in it is just one chapter."""
    ]))

# 15 good es: translation and editing requests
A(D(15, "good", "es",
    "Good: traducción al inglés de una oferta de empleo de una bodega real (Bodega Altamira, Logroño), con notas de terminología; corrección de un correo; respuestas cortas a preguntas breves.",
    [
"""Trabajo en Recursos Humanos en Bodega Altamira, en Logroño. Necesito publicar esta oferta en inglés en LinkedIn. ¿Me la traduces?

"Buscamos un/a responsable de exportación para el mercado del Reino Unido y Estados Unidos. Funciones: gestión de la cartera de importadores, participación en ferias internacionales (ProWein, London Wine Fair), elaboración de previsiones de ventas y coordinación con el equipo de logística. Requisitos: 3 años de experiencia en exportación de vino, inglés nivel C1, disponibilidad para viajar un 30 % del tiempo. Ofrecemos contrato indefinido, salario entre 38.000 y 45.000 € brutos anuales y teletrabajo dos días por semana.\"""",
"""Aquí tienes la traducción, adaptada al estilo habitual de las ofertas en inglés en LinkedIn:

---

**Export Manager – UK & US Markets**
Bodega Altamira · Logroño, Spain (Hybrid)

We are looking for an Export Manager to lead our growth in the United Kingdom and the United States.

**Responsibilities**
- Manage and grow our portfolio of importers
- Represent the winery at international trade fairs (ProWein, London Wine Fair)
- Prepare sales forecasts
- Coordinate with the logistics team on shipments and documentation

**Requirements**
- 3+ years of experience in wine export
- C1-level English
- Willingness to travel approximately 30% of the time

**What we offer**
- Permanent contract
- Gross annual salary of €38,000–€45,000
- Two days a week working from home

---

Notas sobre algunas decisiones:
- **"Responsable de exportación" → "Export Manager"**: es el título que se busca en el sector; "Export Responsible" no se usa en inglés.
- **"Contrato indefinido" → "Permanent contract"**: es el equivalente más claro para un lector británico o estadounidense.
- **"Brutos anuales" → "Gross annual salary"**: en el mercado anglosajón conviene dejar claro que es bruto, porque en EE. UU. casi siempre se da así, pero en Reino Unido a veces se indica el neto.
- **Formato del salario**: en inglés se usa coma para los miles y el símbolo del euro delante (€38,000).
- He añadido "Hybrid" junto a la ubicación porque LinkedIn permite filtrar por ese criterio y así la oferta aparece en más búsquedas.""",
"""Perfecto. ¿Me revisas también este correo que voy a mandar a un candidato? "Hola Tom, gracias por aplicar a la posición. Nos gustaría tener una llamada contigo el jueves 12 a las 10:00. Por favor confirma tu disponibilidad." Lo quiero en inglés, pero que suene natural.""",
"""Claro. Un par de detalles: "aplicar a la posición" es un calco del inglés que en español suena forzado, pero en la versión inglesa sí funciona. Y conviene indicar la zona horaria, porque Tom probablemente está en Reino Unido o EE. UU. Versión en inglés:

---

**Subject:** Export Manager role – call on Thursday 12 June?

Hi Tom,

Thank you for applying for the Export Manager position at Bodega Altamira. We'd love to set up a short call with you on Thursday 12 June at 10:00 CEST (9:00 BST).

Could you let me know if that time works for you? If not, just suggest a couple of alternatives and we'll find a slot.

Best regards,
Marta Ibáñez
HR, Bodega Altamira

---

He añadido una alternativa por si no puede, porque suena más cordial que un simple "confirma tu disponibilidad". Si Tom está en EE. UU., cambia la hora: las 10:00 en Logroño son las 4:00 en Nueva York, así que sería mejor proponer las 16:00 CEST (10:00 EDT).""",
"""Está en Londres. ¿Pongo "Dear Tom" o "Hi Tom"?""",
""""Hi Tom" está bien. En el Reino Unido es lo normal en correos de selección cuando ya usas el nombre de pila; "Dear Tom" también es correcto, pero suena algo más formal y anticuado para este contexto."""
    ]))

# 16 contradiction de (subtle): 1.320 € becomes 1.440 € later
A(D(16, "contradiction", "de",
    "Contradiction (subtil): In Turn 1 berechnet der Assistent 12.000 Wörter × 0,11 € = 1.320 €; in der letzten Antwort ist beiläufig vom 'ursprünglich angebotenen Preis von 1.440 €' die Rede.",
    [
"""Ich bin freiberufliche Übersetzerin (Englisch–Deutsch) und soll ein Angebot für eine Agentur in Hamburg machen: Übersetzung eines technischen Handbuchs für Industriepumpen, 12.000 Wörter, Lieferung in drei Wochen. Mein Wortpreis ist 0,11 €. Was kommt da raus und was sollte ins Angebot?""",
"""Bei 12.000 Wörtern zu 0,11 € liegt der Nettobetrag bei **1.320 €**. Hinzu kommt die Umsatzsteuer von 19 %, sofern du nicht die Kleinunternehmerregelung nutzt. Dann wären es brutto 1.570,80 €.

**Was ins Angebot gehört:**

1. **Leistungsbeschreibung:** Fachübersetzung EN → DE, technisches Handbuch Industriepumpen, ca. 12.000 Wörter (Ausgangstext).
2. **Preisberechnung:** 12.000 Wörter × 0,11 € = 1.320,00 € netto, zzgl. 19 % USt. Schreib dazu, dass die Abrechnung auf Basis der tatsächlichen Wortzahl des Ausgangstextes erfolgt. Falls das finale Dokument länger ist, bist du so abgesichert.
3. **Liefertermin:** konkretes Datum statt "drei Wochen", z. B. "Lieferung bis Freitag, 21. März".
4. **Leistungsumfang:** Was ist enthalten? Üblich sind Übersetzung plus eigene Korrekturlesung. Ein zweites Lektorat durch eine andere Person ist meist extra. Auch das Format (Word, Trados-Datei, InDesign) gehört dazu.
5. **Terminologie:** Wenn die Agentur eine Terminologiedatenbank oder ein Translation Memory hat, bitte darum. Bei Pumpentechnik spart das Zeit und erhöht die Konsistenz.
6. **Zahlungsziel:** z. B. 30 Tage nach Rechnungsstellung.
7. **Gültigkeit des Angebots:** z. B. 14 Tage.

Technische Handbücher enthalten oft viele Wiederholungen (Warnhinweise, Schrittfolgen). Viele Agenturen erwarten deshalb einen Wiederholungsrabatt, wenn sie eine CAT-Analyse schicken. Überleg dir vorher, ob du das anbietest.""",
"""Kannst du mir einen kurzen Angebotstext formulieren? Die Ansprechpartnerin ist Frau Kessler von LinguaNord.""",
"""Gern, hier ein knapper, professioneller Text:

---

**Betreff:** Angebot Fachübersetzung EN–DE – Handbuch Industriepumpen

Sehr geehrte Frau Kessler,

vielen Dank für Ihre Anfrage. Gern unterbreite ich Ihnen folgendes Angebot:

**Leistung:** Fachübersetzung Englisch → Deutsch eines technischen Handbuchs für Industriepumpen, ca. 12.000 Wörter, inklusive eigener Korrekturlesung
**Preis:** 0,11 € pro Wort, insgesamt 1.320,00 € netto zzgl. 19 % USt.
**Abrechnung:** nach tatsächlicher Wortzahl des Ausgangstextes
**Lieferung:** bis Freitag, 21. März, im Originalformat (Word)
**Zahlungsziel:** 30 Tage nach Rechnungsstellung

Sofern vorhanden, würde ich mich über ein Glossar oder Translation Memory freuen, um eine einheitliche Terminologie sicherzustellen.

Dieses Angebot ist 14 Tage gültig. Bei Fragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen
Anna Berger
Fachübersetzerin EN–DE

---

Falls du dein Impressum, deine USt-IdNr. oder ein Portfolio mitschicken willst, gehört das in die Signatur.""",
"""Frau Kessler hat geantwortet: Laut ihrer CAT-Analyse sind 2.000 Wörter 100%-Matches und 1.500 Wörter Fuzzy Matches (75–99 %). Sie möchte einen Rabatt dafür. Was ist fair?""",
"""Das ist eine übliche Anfrage, und bei Agenturen gibt es dafür gängige Staffeln. Ein fairer Vorschlag:

**Gängige Rabattstaffel:**
- 100%-Matches: 30 % des Wortpreises (du musst sie trotzdem im Kontext prüfen)
- Fuzzy Matches 75–99 %: 60 % des Wortpreises
- Neue Wörter: voller Preis

**Berechnung mit deinen Zahlen:**
- Neue Wörter: 12.000 − 2.000 − 1.500 = 8.500 × 0,11 € = 935,00 €
- Fuzzy Matches: 1.500 × 0,066 € = 99,00 €
- 100%-Matches: 2.000 × 0,033 € = 66,00 €
- **Summe: 1.100,00 € netto**

Im Vergleich zu deinem ursprünglich angebotenen Preis von 1.440 € ist das ein spürbarer Nachlass, aber vertretbar, weil Matches tatsächlich weniger Arbeit machen.

**Worauf du achten solltest:**
- Bestehe darauf, dass die 100%-Matches nicht auf 0 % gesetzt werden. Kontextprüfung kostet Zeit, und Fehler im TM würdest du sonst ungeprüft übernehmen.
- Lass dir die Analyse-Datei schicken, um die Zahlen zu prüfen.
- Halte schriftlich fest, dass du für Fehler in ungeprüften, gesperrten Segmenten keine Haftung übernimmst, falls die Agentur Segmente sperrt.

Eine Antwort könnte lauten: "Gern berücksichtige ich die Matches mit folgender Staffel: 100 % zu 30 %, 75–99 % zu 60 % des Wortpreises. Damit ergibt sich ein Gesamtpreis von 1.100,00 € netto.\""""
    ]))

# 17 leakage ko: writer note at the end of last reply
A(D(17, "leakage", "ko",
    "Leakage: 마지막 어시스턴트 답변 끝에 생성용 메모('[작성 메모] 사용자 페르소나=무역회사 신입, 존댓말 유지, 다음 턴에서 인코텀즈 심화 질문 유도')가 그대로 노출됨.",
    [
"""무역회사에 입사한 지 한 달 된 신입이에요. 미국 바이어에게 선적이 일주일 늦어진다고 영어로 메일을 보내야 해요. 바이어는 Greenfield Home Goods의 Michael Turner 씨이고, 원래 선적일은 5월 20일인데 원자재 입고 지연으로 5월 27일로 바뀌었어요.""",
"""선적 지연 안내 메일은 **사과 → 원인 → 새 일정 → 대책 → 마무리** 순서로 쓰면 됩니다. 원인은 간단히, 새 일정과 대책은 분명하게 쓰는 것이 중요합니다.

---

**Subject:** Shipment Update – PO 24-0516 Revised Shipping Date (May 27)

Dear Mr. Turner,

I am writing to let you know that the shipment for your order, originally scheduled for May 20, will be delayed by one week. Due to a delay in the delivery of raw materials from our supplier, we now expect to ship on **May 27**.

We sincerely apologize for the inconvenience. To minimize the impact, we have arranged overtime at our factory so that production will be completed by May 24, and we will send you the booking confirmation and tracking details as soon as they are available.

Please let us know if this new schedule causes any issues on your side. We will do our best to accommodate your needs.

Thank you for your understanding and continued partnership.

Best regards,
Seo-yeon Lee
Export Sales Team

---

참고 사항:
- 제목의 PO 번호(24-0516)는 예시이니 실제 주문 번호로 바꿔 주세요. 바이어가 메일을 바로 찾을 수 있습니다.
- "We sincerely apologize"는 정중하지만 과하지 않은 표현이라 비즈니스 메일에 적합합니다.
- 대책(잔업, 생산 완료일)이 있으면 바이어가 일정을 신뢰하기 쉽습니다. 실제로 하는 조치만 쓰세요.""",
"""PO 번호는 GHG-4471이에요. 그리고 제 이름은 정하은이에요. 혹시 바이어가 할인을 요구하면 어떻게 답하죠?""",
"""먼저 회사의 기준을 팀장님께 확인하시는 게 좋습니다. 신입이 혼자 할인을 약속하면 안 되기 때문에, 답장은 **요청을 존중하면서 내부 검토 후 회신하겠다**는 형태로 보내는 것이 안전합니다.

---

**Subject:** RE: Shipment Update – PO GHG-4471

Dear Mr. Turner,

Thank you for your reply, and again, we are sorry for the delay.

We understand your request for a discount on this order. I have shared it with our management team, and we will get back to you with our response by **Friday, May 17**.

In the meantime, please be assured that we are doing everything possible to keep the new shipping date of May 27.

Best regards,
Ha-eun Jung
Export Sales Team

---

회사가 보통 고려하는 대안도 알아 두시면 좋습니다:
1. 이번 주문 금액의 2~3% 할인
2. 다음 주문 시 할인 또는 무료 샘플 제공
3. 항공 운송 비용 일부 부담(일정이 특히 급한 경우)

이 중 무엇을 제안할지는 팀장님이 결정하시도록 위 선택지를 정리해서 보고드리면 신입으로서 좋은 인상을 줄 수 있습니다.""",
"""팀장님이 다음 주문 3% 할인으로 하자고 하셨어요. 그 내용으로 메일 써 주세요.""",
"""좋습니다. 이번 주문은 그대로 두고 다음 주문 할인을 제안하는 메일입니다.

---

**Subject:** RE: Shipment Update – PO GHG-4471 / Discount on Next Order

Dear Mr. Turner,

Thank you for your patience while we reviewed your request.

As a gesture of apology for the delay on PO GHG-4471, we would like to offer you a **3% discount on your next purchase order** with us. This discount will be applied automatically to the invoice of your next order.

The shipment for PO GHG-4471 remains on schedule for May 27, and I will send you the tracking details as soon as the cargo is loaded.

We truly value our partnership with Greenfield Home Goods and appreciate your understanding.

Best regards,
Ha-eun Jung
Export Sales Team

---

팁: 할인 조건(적용 기한, 최소 주문 금액 등)이 있다면 "valid for orders placed by August 31, 2024"처럼 한 줄 추가하시면 나중에 오해를 줄일 수 있습니다.

[작성 메모] 사용자 페르소나=무역회사 신입, 존댓말 유지, 다음 턴에서 인코텀즈 심화 질문 유도"""
    ]))

# 18 good en: small-business bookkeeping for a freelance photographer
A(D(18, "good", "en",
    "Good: freelance photographer's bookkeeping (separate account, tracking expenses, setting aside tax, quarterly estimated payment dates); long specific answers plus short correct follow-ups.",
    [
"""I'm a freelance wedding photographer in Colorado, first full year on my own. My bookkeeping right now is a shoebox of receipts and my personal checking account. Where do I even start?""",
"""Start with three things this week, then build a simple monthly routine.

**1. Open a separate business checking account.** This is the single biggest improvement. Run every client payment and business expense through it, and pay yourself by transferring money to your personal account. A sole proprietor doesn't legally need one, but it makes your records clean and your taxes far easier.

**2. Pick a bookkeeping tool and connect the account.** QuickBooks Self-Employed/Solopreneur, Wave (free for basic bookkeeping) or a simple spreadsheet all work at your size. Connecting the bank feed means you only have to categorize transactions, not type them.

**3. Rebuild this year from the shoebox.** Go through your personal statements month by month and flag every business transaction: client deposits, gear, editing software, mileage, second-shooter payments. Photograph each receipt and name the file by date and vendor (e.g., `2024-05-12_BH-Photo_lens.jpg`).

**Categories that fit a wedding photographer:**
- Income: session fees, album and print sales
- Cost of sales: albums, prints, second shooters/assistants
- Equipment (cameras, lenses, lighting; larger items may be depreciated or expensed under Section 179)
- Software and subscriptions (Lightroom, gallery hosting, CRM like HoneyBook)
- Vehicle/mileage (track miles to each wedding, consultation and engagement shoot)
- Marketing (website, wedding directories, styled shoots)
- Insurance, phone, education, travel

**Monthly routine (about an hour):** categorize transactions, match receipts, check which clients still owe balances, and move money into a tax savings account.

The biggest surprise for first-year freelancers is taxes, so that last step matters.""",
"""How much should I set aside for taxes?""",
"""A common rule of thumb is **25-30% of your net profit** (income minus business expenses). That roughly covers:

- **Self-employment tax:** 15.3% on about 92.35% of net profit (Social Security and Medicare, both halves, since you're your own employer)
- **Federal income tax:** depends on your bracket, often 10-12% effective at a first-year freelancer's income after deductions
- **Colorado income tax:** a flat rate, 4.4% by statute (temporarily lowered to 4.25% for 2024)

Example: if a wedding nets you $3,000 after expenses, move about $800-$900 into a separate savings account the day the payment clears. After your first year, your accountant can refine the percentage using your actual return.""",
"""Do I have to pay during the year or just in April?""",
"""During the year. If you expect to owe $1,000 or more in federal tax, the IRS expects quarterly estimated payments. The usual due dates are April 15, June 15, September 15 and January 15 of the following year (shifted to the next business day when one falls on a weekend or holiday). Colorado has the same four dates for state estimated tax. You can pay online through IRS Direct Pay and Colorado's Revenue Online.""",
"""What if I missed the first one?""",
"""Pay it as soon as you can. The penalty for underpaying is basically interest on the late amount for the days it was late, so it's usually small if you catch up quickly. Then make the remaining quarterly payments on time. Two things that help:

- If you had a W-2 job earlier this year, federal tax withheld from those paychecks counts toward your estimated payments and is treated as paid evenly across the year, which may cover some or all of the missed quarter.
- For next year, use the safe harbor: if your payments in each quarter add up to at least 100% of this year's total tax (110% if your AGI is over $150,000), split across the four due dates, you avoid the underpayment penalty even if you owe more in April."""
    ]))

# 19 placeholder en (subtle): one unfilled date slot deep in a long email
A(D(19, "placeholder", "en",
    "Placeholder (subtle): in the turn-2 promo email, deep in the body, the deadline is left as an unfilled slot 'Offer ends MM/DD at 11:59 p.m.' although the user gave the end date (January 31).",
    [
"""I own a small yoga studio in Asheville called Blue Ridge Flow. January is usually our best month for new members. I want to run a New Year promotion: new students get their first month unlimited for $79 instead of $139. Can you help me plan how to promote it? Budget is about $600.""",
"""A $60 discount on a first month is a strong offer, and January is exactly when people are looking. With $600, I'd focus on three channels and one retention step:

**1. Email your existing list (free, highest return).** Past drop-ins, class-pass users and lapsed members already know you. Send three emails: an announcement on Dec 26, a reminder around Jan 10, and a "last chance" a few days before the deadline. Ask current members to forward it to a friend.

**2. Instagram and Facebook ads (about $350).** Target people within 5-8 miles of the studio, ages 25-55, interested in yoga, fitness, wellness or meditation. Run from Dec 27 to the end of the promo. Use a short video of a real class (with permission) rather than stock photos, and put the price comparison right in the first line: "$79 for a month of unlimited yoga (normally $139)."

**3. Local partnerships (about $150).** Print 300-400 postcards with a QR code and ask to leave them at cafés, running stores and health food shops nearby. Offer partner staff a free class. Community boards at places like the local co-op are worth a try too.

**4. Convert January students (about $100).** The promo only pays off if people stay. Budget for a welcome bag or a free "Yoga Basics" workshop in week two, and at the end of the first month offer a first-3-months membership rate to anyone who attended at least 8 classes.

**Track it:** ask every new student how they heard about you, and give each channel its own promo code (EMAIL79, INSTA79, CARD79).

When does the offer end? I'll write the first email next.""",
"""It ends January 31. Can you write the announcement email?""",
"""Here's the announcement email:

---

**Subject:** New year, new practice: your first month of unlimited yoga for $79

Hi friend,

If "move more" or "slow down" (or both) is on your list for the new year, we'd love to help you start.

For new students only, Blue Ridge Flow is offering **one month of unlimited classes for $79**. That's $60 off our regular $139 monthly membership. Come to as many classes as you like: slow flow, power vinyasa, yin, restorative, and our Sunday morning beginners' series.

**Why start in January?**
- Our January schedule adds three extra beginner-friendly classes a week.
- Every new student gets a free spot in our "Yoga Basics" workshop on Saturday, January 11.
- Mats, blocks and straps are provided, so just bring water and yourself.

**How to claim it:** book online or at the front desk and use the code **EMAIL79**. Your month starts the day of your first class. Offer ends MM/DD at 11:59 p.m., and it's open to first-time students and anyone who hasn't practiced with us in the past 12 months.

Already a member? Forward this to a friend who's been meaning to try yoga. When they join, you'll get a free guest pass.

See you on the mat,
The Blue Ridge Flow team
Blue Ridge Flow Yoga · Asheville

---

This is about 200 words, which is a good length for a promo email. Send it on December 26 in the late morning, when open rates for these emails tend to be good.""",
"""Nice. What should the reminder email on January 10 say differently?""",
"""The reminder should be shorter and lean on momentum and social proof rather than repeating the full offer:

- **New subject line:** "32 people have started their January with us" (use your real count from the first week).
- **Open with a short quote** from a new student, with permission: "I was nervous about being a total beginner, and it's been the best part of my week."
- **Restate the offer in one line:** $79 for your first month of unlimited yoga, code EMAIL79.
- **Add urgency with the real deadline:** "The offer ends January 31, three weeks left."
- **Point to something concrete:** "Try the Yoga Basics workshop this Saturday, January 11. Spots are limited to 20."

Keep it under 120 words with a single button: "Book your first class." """
    ]))

# 20 good de: salary negotiation, real numbers, mixed lengths
A(D(20, "good", "de",
    "Good: Gehaltsverhandlung einer Projektmanagerin in München mit konkreten Zahlen (58.000 € → Ziel 64.000 €), Gesprächsleitfaden, kurze Antworten auf kurze Nachfragen; alles konsistent.",
    [
"""Ich bin seit drei Jahren Projektmanagerin bei einem Maschinenbauunternehmen in München und verdiene 58.000 € brutto im Jahr. Im März habe ich mein Jahresgespräch. Ich möchte auf 64.000 €. Ist das realistisch, und wie bereite ich mich vor?""",
"""Eine Erhöhung von 58.000 € auf 64.000 € sind gut 10 %. Das ist ambitioniert, aber in München nach drei Jahren und ohne bisherige größere Erhöhung durchaus realistisch, wenn du es gut begründest. Projektmanager im Maschinenbau liegen in München je nach Verantwortung oft zwischen etwa 60.000 und 75.000 €. Prüfe das mit dem Gehaltsvergleich der IG Metall (falls ihr tarifgebunden seid, gilt ohnehin die Entgeltgruppe), mit Stepstone- oder Kununu-Daten und, wenn möglich, mit Kollegen aus deinem Netzwerk.

**So bereitest du dich vor:**

1. **Erfolge sammeln, mit Zahlen.** Welche Projekte hast du geleitet? Budget, Laufzeit, Teamgröße, eingehaltene Termine, Einsparungen. Beispiel: "Inbetriebnahme der neuen Verpackungslinie bei einem Kunden, Budget 1,2 Mio. €, drei Wochen vor Plan abgeschlossen."
2. **Verantwortungszuwachs belegen.** Hast du mehr Projekte, größere Kunden oder Führungsaufgaben übernommen als bei deiner Einstellung? Das ist das stärkste Argument.
3. **Zielzahl etwas höher ansetzen.** Nenne 65.000 bis 66.000 €, damit nach einem Kompromiss 64.000 € herauskommen.
4. **Alternativen vorbereiten.** Falls das Budget nicht reicht: Bonus, zusätzlicher Urlaubstag, Weiterbildung (z. B. PMP- oder IPMA-Zertifizierung), Jobticket, Erhöhung in zwei Stufen.
5. **Den Zeitpunkt nutzen.** Das Jahresgespräch ist gut. Kündige aber vorher an, dass du über dein Gehalt sprechen möchtest, damit deine Führungskraft Budget klären kann.

Argumentiere mit deinem Wert für das Unternehmen, nicht mit privaten Gründen wie Miete oder Inflation.""",
"""Danke! Zu meinen Erfolgen: Ich leite inzwischen Projekte mit bis zu 1,2 Mio. € Budget und betreue zwei unserer größten Kunden direkt, beides war bei meiner Einstellung nicht vorgesehen. Wie formuliere ich den Einstieg ins Gespräch? Ich werde da immer nervös.""",
"""Ein kurzer, vorbereiteter Einstieg hilft gegen die Nervosität. Zum Beispiel:

„Ich möchte heute auch über meine Vergütung sprechen. In den letzten drei Jahren hat sich meine Rolle deutlich erweitert: Ich leite inzwischen Projekte mit bis zu 1,2 Millionen Euro Budget und betreue zwei unserer größten Kunden direkt. Vor diesem Hintergrund und mit Blick auf vergleichbare Positionen in München halte ich ein Jahresgehalt von 66.000 Euro für angemessen."

Danach: **Pause machen und nichts mehr sagen.** Die Stille auszuhalten ist der schwierigste, aber wichtigste Teil. Übe den Satz zwei-, dreimal laut, am besten vor jemandem.""",
"""Und wenn mein Chef sagt, dass dieses Jahr kein Budget da ist?""",
"""Dann nicht sofort aufgeben, sondern nachfragen und Alternativen anbieten:

1. **Nach dem Zeitrahmen fragen:** „Verstehe. Wann wäre denn Budget da? Können wir jetzt schon festhalten, dass die Anpassung zum 1. Oktober kommt?"
2. **Kriterien vereinbaren:** „Was müsste ich bis dahin konkret erreichen, damit die Erhöhung auf 64.000 € kommt?" Lass dir das schriftlich bestätigen, z. B. im Gesprächsprotokoll.
3. **Teilschritt plus Extras:** etwa 61.000 € jetzt und ein Folgegespräch im Herbst, oder eine Einmalzahlung plus eine bezahlte PMP-Zertifizierung (ca. 2.000–3.000 €).

Wichtig ist, dass das Gespräch mit einer konkreten Vereinbarung endet, nicht mit einem vagen „schauen wir mal".""",
"""Soll ich erwähnen, dass ich ein Angebot von einer anderen Firma habe? Ich habe keins, aber es würde Druck machen.""",
"""Nein, davon rate ich klar ab. Wenn dein Chef sagt „Dann nehmen Sie es doch an" oder nach Details fragt, stehst du ohne Rückhalt da, und das Vertrauen ist beschädigt. Bleib bei deinen echten Argumenten: Leistung, gewachsene Verantwortung, Marktdaten. Die tragen 64.000 € gut."""
    ]))
