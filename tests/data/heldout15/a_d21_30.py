# Dialogues m15a-021 .. m15a-030
H = "human"
G = "gpt"

DIALOGUES = []

# ---------------------------------------------------------------- 021
DIALOGUES.append(dict(
    id="m15a-021", label="misaligned", language="cs",
    note="Misaligned: odpovědi na 2. a 3. dotaz jsou prohozené; na otázku o komunikaci se zaměstnanci přijde rozpočet a na otázku o rozpočtu plán komunikace.",
    turns=[
        (H, """Jsem office manažerka v IT firmě s 25 zaměstnanci v Brně. Za tři měsíce se stěhujeme do nové kanceláře o dvě čtvrti dál. Stěhování mám na starosti já. Jak si mám celý projekt rozplánovat?"""),
        (G, """Tři měsíce jsou na stěhování firmy s 25 lidmi rozumná doba, pokud začnete hned. Doporučuji rozdělit projekt do čtyř fází:

**Týdny 1–3: Příprava a rozhodnutí**
- Sestavte malý tým: vy, někdo z IT a jeden zástupce vedení, který může rychle schvalovat.
- Projděte s pronajímatelem nové kanceláře termín předání, stav prostor a co je součástí nájmu (kuchyňka, osvětlení, kabeláž).
- Ověřte výpovědní podmínky a povinnosti při předání stávající kanceláře (uvedení do původního stavu).
- Udělejte inventuru nábytku a techniky: co stěhovat, co prodat nebo darovat, co dokoupit.

**Týdny 4–7: Objednávky a dodavatelé**
- Získejte alespoň tři nabídky od stěhovacích firem a vyberte termín, ideálně pátek odpoledne a víkend.
- Objednejte internetové připojení do nové kanceláře co nejdříve; zřízení může trvat i 4–6 týdnů.
- Připravte rozmístění pracovních míst a zasedaček.

**Týdny 8–11: Detailní příprava**
- IT připraví síť, Wi-Fi a tiskárny v nových prostorách ještě před stěhováním.
- Změna adresy: obchodní rejstřík, banka, pojišťovna, dodavatelé, web a podpisy v e-mailech.
- Balení: každý zaměstnanec dostane krabice a štítky s číslem nového místa.

**Týden 12: Stěhování a první dny**
- Den stěhování podle podrobného harmonogramu.
- V pondělí ráno kontrola, že všechno funguje, a „helpdesk" na místě pro drobné problémy.

Nechte si v harmonogramu rezervu alespoň jeden týden. Nejčastější zpoždění způsobí internet a úpravy prostor."""),
        (H, """Jak a kdy to mám komunikovat zaměstnancům, aby nebyli zaskočení a stěhování jim nenarušilo práci?"""),
        (G, """Při sestavování rozpočtu je dobré myslet nejen na samotné stěhování, ale i na všechno, co s ním souvisí. Typické položky:

**1. Stěhování**
- Stěhovací firma (pro kancelář s 25 lidmi v rámci Brna počítejte řádově s desítkami tisíc korun podle objemu a pater; vždy si vyžádejte nabídku po prohlídce)
- Krabice, štítky, bublinková fólie, přepravky na techniku
- Případné pojištění přepravy

**2. IT a technologie**
- Zřízení internetu a případně záložní linky
- Síťové prvky, kabeláž, Wi-Fi access pointy
- Čas IT technika nebo externí firmy na odpojení a zapojení
- Přesun serveru nebo racku, pokud nějaký máte

**3. Nové prostory**
- Nábytek, který dokupujete (stoly, židle, zasedačky)
- Drobné úpravy: zámky, přístupový systém, osvětlení, akustické panely
- Úklid nových prostor před nastěhováním

**4. Stará kancelář**
- Uvedení do původního stavu (výmalba, oprava podlah, odstranění kabeláže)
- Odvoz a likvidace nepotřebného nábytku
- Souběh nájemného, pokud se nájmy překrývají

**5. Administrativa**
- Změna sídla v obchodním rejstříku (notář, poplatek)
- Nové vizitky, cedule, razítka

**6. Rezerva**
Přidejte 10–15 % na neočekávané výdaje. Při stěhování se téměř vždy objeví něco, s čím se nepočítalo."""),
        (H, """S jakými položkami v rozpočtu mám počítat, abych na nic nezapomněla?"""),
        (G, """Zaměstnanci by se měli o stěhování dozvědět co nejdříve a pak dostávat pravidelné, krátké informace. Navrhuji tento postup:

**Hned (3 měsíce předem)**
Oznámení od vedení na poradě nebo v e-mailu: proč se stěhujeme, kam, přibližný termín a co se pro lidi změní (doprava, parkování, vybavení). Přidejte fotky nebo vizualizaci nových prostor; lidi to uklidní.

**Průběžně (každé 2–3 týdny)**
Krátká novinka v interním kanálu (Slack, Teams): co je hotové, co se chystá. Založte si také jeden kanál nebo dokument „Stěhování – otázky a odpovědi", kam budete odpovědi doplňovat.

**6 týdnů předem**
- Plánek nové kanceláře a rozmístění týmů. Dejte lidem možnost se vyjádřit, hlavně k tomu, kdo s kým sedí.
- Informace o dopravě: MHD, parkování, kola.

**2 týdny předem**
- Přesný harmonogram: kdy balit, kdy se odpojí počítače, kdy se pracuje z domu.
- Instrukce k balení a štítky.

**Den stěhování**
Ideálně pátek a případně pondělí na home office, aby práce nebyla narušena. Klienty upozorněte, že v tyto dny může být horší dostupnost.

**První týden v nové kanceláři**
Krátký uvítací e-mail s praktickými informacemi (Wi-Fi, tiskárny, kuchyňka, klíče) a malé uvítání, například společná snídaně. Po dvou týdnech se zeptejte, co nefunguje."""),
    ]))

# ---------------------------------------------------------------- 022
DIALOGUES.append(dict(
    id="m15a-022", label="structure", language="en",
    note="Structure: the dialogue ends on an unanswered user turn (turn 4 has no assistant reply).",
    turns=[
        (H, """I run a small online clothing shop (women's linen dresses and tops, about 150 orders a month). I've never had a proper returns policy; I just handle things case by case. Can you help me write one?"""),
        (G, """Yes. A clear policy saves you time and builds trust. Here's a draft you can put on your website and link from every product page and the checkout:

---

**Returns & Exchanges**

We want you to love your linen. If something isn't right, you can return or exchange it within **30 days of delivery**.

**Conditions**
- Items must be unworn, unwashed and have the original tags attached.
- For hygiene reasons, we can't accept returns of items marked "final sale."

**How to return**
1. Email us with your order number and the item(s) you'd like to return.
2. We'll send you return instructions within one working day.
3. Pack the item securely and send it back.

**Refunds**
Refunds are issued to the original payment method within 5 working days of us receiving the return. Original shipping costs are non-refundable.

**Exchanges**
Need a different size? We'll send the new size as soon as we receive the original, and exchanges ship free.

**Faulty or incorrect items**
If your item arrives damaged or we sent the wrong one, we'll cover return shipping and send a replacement or a full refund.

---

Check your local consumer law before publishing. In the UK and EU, for example, online customers have a legal right to cancel within 14 days, so your 30-day window is more generous than the minimum, which is fine."""),
        (H, """Who should pay for return shipping? I'm worried about costs."""),
        (G, """Return shipping is a real cost, so decide based on your numbers. The three common approaches:

1. **Customer pays** for returns (except faulty or wrong items). Lowest cost to you, but it can reduce conversion, especially for clothing where fit is uncertain.
2. **Free returns.** Highest conversion, but also more returns. Linen clothing often has return rates of 20–30%, mainly from fit issues.
3. **Hybrid (my recommendation for your size):** free exchanges, but a flat return fee for refunds, e.g. deducted from the refund. This nudges customers toward exchanges, so you keep the sale.

**Rough maths for 150 orders a month**
If 20% are returned (30 orders) and a prepaid return label costs you about $7:
- Free returns: ~$210 a month
- Hybrid where half choose exchanges: you cover ~15 exchange labels (~$105) and recover the cost of the other 15 through the return fee.

**Reduce returns in the first place**
- Detailed size guide with garment measurements (not just S/M/L), plus the model's height and the size she's wearing.
- Notes on fit: "relaxed fit, size down if between sizes."
- Photos of the fabric's texture and how linen creases naturally, so it isn't a surprise.

Add your chosen approach to the "Refunds" section of the policy so it's clear before purchase."""),
        (H, """Some customers clearly wear dresses to an event and then return them. How do I stop that without annoying genuine customers?"""),
        (G, """That's known as "wardrobing," and a few measures reduce it a lot without affecting honest customers:

1. **Tamper-evident tags.** Attach a brightly coloured tag in a visible spot (e.g. at the hem or front neckline) with a note: "Returns accepted only with this tag attached." It's hard to wear the dress to an event with it on. Genuine customers trying for fit simply leave it on.
2. **Clear condition wording** in your policy: "unworn, unwashed, free of perfume, deodorant or makeup marks." It gives you a basis for refusing obvious cases.
3. **Inspect every return** and photograph anything you refuse, then email the customer the photos with a polite explanation and offer to send the item back to them.
4. **Watch for patterns.** Keep a simple note of customers with repeated returns. If someone returns most of what they buy, you can decline future orders or limit them to exchanges.
5. **Shorter window for occasion wear.** If some pieces are clearly event dresses, you could use a 14-day window for those.

Most customers never notice these measures, because they don't affect anyone who returns an item genuinely unworn."""),
        (H, """Last question: should I offer store credit instead of refunds, maybe with a bonus, like 110% of the value as credit?"""),
    ]))

# ---------------------------------------------------------------- 023
DIALOGUES.append(dict(
    id="m15a-023", label="good", language="pt",
    note="Bom: confeiteira caseira pergunta sobre preço do cento de brigadeiros, MEI e organização de encomendas; 3 turnos com cálculos corretos e coerentes.",
    turns=[
        (H, """Faço brigadeiros gourmet em casa para festas, aqui em Campinas. Cobro R$ 180 o cento, mas sinto que não sobra quase nada. Uma receita rende 30 brigadeiros e gasto: leite condensado R$ 7, creme de leite R$ 4, chocolate nobre R$ 12, manteiga R$ 2 e granulado belga R$ 6. Demoro mais ou menos 1h20 para fazer e enrolar cada receita. Como calculo o preço certo?"""),
        (G, """Vamos fazer a conta completa, incluindo o seu trabalho, que é o item que a maioria das confeiteiras esquece.

**1. Ingredientes por receita (30 unidades)**
R$ 7 + R$ 4 + R$ 12 + R$ 2 + R$ 6 = **R$ 31,00** → R$ 1,03 por brigadeiro

**2. Outros custos diretos por unidade**
- Forminha: cerca de R$ 0,08
- Gás e energia (cerca de R$ 2 por receita): R$ 0,07
- **Custo de material: R$ 1,18 por unidade**

**3. Mão de obra**
Se você quer ganhar R$ 25 por hora: 1h20 = R$ 33,33 por receita → **R$ 1,11 por unidade**

**4. Custos indiretos**
Caixas para entrega, internet, taxa do MEI, desgaste de utensílios: some cerca de 10% → **custo total ≈ R$ 2,52 por unidade**

**Resultado**
- Custo real do cento: 100 × R$ 2,52 = **R$ 252**
- Você cobra R$ 180, ou seja, está **pagando cerca de R$ 72 por cento** para trabalhar, se considerar a sua hora.

**Preço sugerido**
Com margem de lucro de 20% sobre o preço: R$ 2,52 ÷ 0,80 ≈ R$ 3,15 por unidade → **cerca de R$ 300 o cento**.

Se achar que o seu público não aceita esse valor, há alternativas:
- Criar duas linhas: **tradicional** (chocolate fracionado, mais barato) por R$ 200 e **gourmet** por R$ 300.
- Comprar chocolate e granulado em embalagens de 1 a 2 kg, o que costuma reduzir o custo por grama.
- Definir um pedido mínimo, por exemplo 50 unidades, para compensar o tempo de atendimento e entrega."""),
        (H, """Ainda não sou formalizada. Vale a pena abrir um MEI? Quanto eu pagaria?"""),
        (G, """Para quem vende com regularidade, geralmente vale muito a pena. A atividade de doceira se enquadra no MEI, desde que o faturamento fique dentro do limite.

**Como funciona**
- **Limite de faturamento:** R$ 81.000 por ano (em média R$ 6.750 por mês).
- **Custo mensal (DAS):** valor fixo de 5% do salário mínimo para o INSS, mais R$ 1 de ICMS para atividades de comércio e indústria. Com o salário mínimo de R$ 1.518 em 2025, fica em torno de **R$ 76,90 por mês**, independentemente de quanto você vende.
- **Abertura:** gratuita, pelo Portal do Empreendedor (gov.br). Desconfie de sites que cobram pela abertura.
- **Declaração anual (DASN-SIMEI):** até 31 de maio, informando o faturamento do ano anterior.

**Vantagens**
- CNPJ para comprar em atacadistas e distribuidores, muitas vezes com preço menor.
- Emissão de nota fiscal, o que abre portas para vender a empresas, buffets e cerimoniais.
- Benefícios do INSS: aposentadoria por idade, auxílio por incapacidade e salário-maternidade, respeitadas as carências.
- Conta PJ e maquininha com taxas de pessoa jurídica.

**Atenção**
- Para produção de alimentos em casa, verifique na prefeitura de Campinas e na Vigilância Sanitária municipal quais licenças ou cursos de boas práticas são exigidos.
- Se vender cerca de 8 centos por mês a R$ 300, faturaria R$ 2.400 por mês (R$ 28.800 por ano), bem abaixo do limite do MEI.

Com o DAS em torno de R$ 77, ele já está incluído no rateio de custos indiretos que usamos no cálculo do preço."""),
        (H, """Recebo quase todos os pedidos pelo WhatsApp e às vezes me perco. Como posso me organizar melhor?"""),
        (G, """Dá para organizar bastante só com o WhatsApp Business e uma planilha simples.

**1. Use o WhatsApp Business**
- **Catálogo:** cadastre cada produto com foto, descrição e preço (cento gourmet R$ 300, cento tradicional R$ 200, caixinhas). Isso evita repetir as mesmas informações toda hora.
- **Mensagem de saudação automática** com o link do catálogo e as regras básicas: pedido mínimo, prazo e formas de pagamento.
- **Respostas rápidas:** crie atalhos para as perguntas mais comuns, como "/prazo" e "/sabores".
- **Etiquetas:** "Orçamento", "Aguardando sinal", "Confirmado", "Em produção", "Entregue". Assim você vê num relance em que etapa cada cliente está.

**2. Regras claras**
- Prazo mínimo de encomenda, por exemplo 5 dias.
- **Sinal de 50%** via Pix para confirmar a data; o restante na entrega ou retirada.
- Política de cancelamento: sinal não reembolsável com menos de 72 horas de antecedência.

**3. Planilha de pedidos**
Uma linha por pedido, com colunas: data da festa, cliente, telefone, produtos e quantidades, valor total, sinal pago (sim/não), entrega ou retirada, endereço e observações.

**4. Planejamento semanal**
Todo domingo, filtre os pedidos da semana e monte a lista de produção e de compras. Assim você compra os ingredientes de uma vez e produz em lotes.

**5. Depois da entrega**
Envie uma mensagem de agradecimento pedindo uma foto da mesa da festa. Com permissão, essas fotos viram ótimo conteúdo para o seu status e Instagram."""),
    ]))

# ---------------------------------------------------------------- 024
DIALOGUES.append(dict(
    id="m15a-024", label="bad_length", language="en",
    note="Bad length: turn 3 reply is a long ramble about the history of estimation, famous overruns and Parkinson's law that never gives a method for estimating website projects.",
    turns=[
        (H, """I run a small design agency (6 people). We build websites for local businesses, and almost every project runs late and over budget. Where do we start fixing our project management?"""),
        (G, """Late and over-budget projects at small agencies usually come from three sources: unclear scope, no single owner per project, and no visibility of who is working on what. Start with these five changes:

1. **One project owner per project.** Not necessarily a full-time project manager, but one named person responsible for the schedule, client communication and flagging problems early.
2. **A written scope before work starts.** List pages, features, number of revision rounds, and what the client must provide (content, photos, logins) and by when. Most delays at agencies are clients supplying content late.
3. **Standard project phases.** For example: discovery → sitemap and wireframes → design → development → content entry → QA → launch. Each phase has a client sign-off before the next starts.
4. **Time tracking.** Even rough tracking (Toggl, Harvest or your PM tool) shows where hours really go. After 5–10 projects you'll have real data for quoting.
5. **A weekly 20-minute team meeting** to review every active project: status, blockers, next deadline, and who is overloaded.

Start with the scope document and the single owner. They cost nothing and fix the most common causes immediately."""),
        (H, """Which tool should we use? We're choosing between Trello, Asana and ClickUp."""),
        (G, """All three can work for a 6-person agency. The best choice depends on how much structure you want:

- **Trello:** the simplest. Boards with cards and columns are easy for everyone to understand, and clients can be invited to a board. But it gets messy with many projects and has limited reporting and timelines unless you add paid features. Good if your team resists tools.
- **Asana:** a good middle ground. Project templates (create one for your standard website process and reuse it), timeline view, dependencies, and a "My Tasks" view for each person. Workload views are on paid tiers. Clean and easy to learn.
- **ClickUp:** the most features: built-in time tracking, docs, workload views, custom fields. Very powerful but can feel overwhelming, and teams sometimes spend more time configuring it than using it.

**My recommendation for you: Asana.** The key features are templates (so every project starts with the same phases and tasks) and timeline views (so you can see when projects overlap). Pair it with a simple time tracker like Toggl or Harvest if you don't use ClickUp's built-in tracking.

Whichever you choose, set it up with one project template, agree that "if it's not in the tool, it doesn't exist," and review it together in your weekly meeting. The discipline matters more than the tool."""),
        (H, """How should we estimate how long a typical 10-page website for a local business takes, so our quotes are realistic?"""),
        (G, """Estimation is one of the oldest problems in any kind of project work, and it's worth thinking about where it comes from. People have been underestimating projects for as long as there have been projects. The Sydney Opera House is the classic example: it was originally expected to take about four years and cost A$7 million, and it ended up taking fourteen years and over A$100 million. The architect, Jørn Utzon, left the project before it was finished and never saw it completed in person. Similar stories exist for the Channel Tunnel, the Scottish Parliament building and countless software systems.

Psychologists Daniel Kahneman and Amos Tversky called this the "planning fallacy": people focus on the specific plan in front of them and ignore how long similar projects actually took. Kahneman later described a curriculum project he worked on himself that was estimated at two years and took eight. There's also Hofstadter's Law, from Douglas Hofstadter's book *Gödel, Escher, Bach*: "It always takes longer than you expect, even when you take into account Hofstadter's Law." It's a wonderfully recursive idea, very much in the spirit of the book, which is about self-reference in mathematics, art and music.

Then there's Parkinson's Law, which says that work expands to fill the time available for its completion. Cyril Northcote Parkinson wrote it as a humorous essay in *The Economist* in 1955, mostly about the British civil service, where he noted that the number of officials grew regardless of the amount of work to be done. And in software, Fred Brooks' *The Mythical Man-Month* famously observed that adding people to a late project makes it later, because of the communication overhead.

So estimation is as much about human psychology as it is about project management, and every industry has its own version of the problem."""),
        (H, """Clients keep asking for "small" extra things mid-project. How do we handle scope creep without upsetting them?"""),
        (G, """Scope creep is manageable if you make the process normal and friendly rather than confrontational.

**1. Set expectations at kickoff**
Explain your change process in the first meeting: "If anything new comes up, no problem. We'll send a quick estimate and you decide whether to add it now or after launch." Clients accept it more easily when it's introduced before it's needed.

**2. Keep the scope document visible**
When a request comes in, check it against the signed scope: pages, features, revision rounds. If it's not in there, it's a change.

**3. Use a simple change request**
A short email or form with: what's requested, estimated hours, cost, and the impact on the launch date. The client approves it in writing before you start.

**4. Offer options instead of "no"**
- "We can add it now for $450, and launch moves by three days."
- "We can swap it for something in the current scope of similar size."
- "We can put it on a phase-two list after launch."

**5. Allow small favours deliberately**
Some agencies include a small buffer (e.g. 2 hours per project) for goodwill changes and tell the client: "That one's on us." It builds loyalty, but track it so it doesn't silently grow.

**6. Log every change**
Record approved changes in your PM tool. At the end of the project, compare original and final scope. It helps you quote better next time.

Most clients respect a clear process; what upsets them is surprise invoices."""),
    ]))

# ---------------------------------------------------------------- 025
DIALOGUES.append(dict(
    id="m15a-025", label="placeholder", language="en",
    note="Placeholder (subtle): the appeal letter in turn 4 contains an unfilled '[Adjuster Name]' slot although the user gave the adjuster's name (Dana Whitfield) in turn 3.",
    turns=[
        (H, """I own a small restaurant. We had a kitchen fire in March and were closed for 19 days. Our insurer paid the property damage, but for the business interruption claim they only paid for 12 days. They say the last 7 days were because of our delay getting the health inspection, not the fire. Is that something I can challenge?"""),
        (G, """Yes, it's worth challenging, and partial business interruption (BI) payouts over the length of the "period of restoration" are one of the most commonly disputed parts of these claims.

**What the policy usually says**
Most commercial BI coverage pays for lost income during the **period of restoration**: the time it should reasonably take, with reasonable speed, to repair the damage and resume operations. Many policies also include delays caused by the need to comply with laws or ordinances related to the repair, but wording varies a lot.

**Key questions**
1. **Was the health inspection required because of the fire?** If you couldn't legally reopen until the health department inspected the repaired kitchen, the inspection is arguably part of restoring operations, not a separate delay.
2. **Was the delay really yours?** If you requested the inspection promptly and the health department's scheduling caused the wait, that's not a lack of "reasonable speed" on your part.
3. **What does your policy's exact wording say** about the period of restoration and ordinance or law coverage?

**What to gather now**
- The policy, especially the BI section and definitions.
- Dates: when repairs finished, when you requested the inspection, when it took place, when you reopened.
- Emails or call logs with the health department.
- The denial letter, which should state the policy language they rely on.

If the timeline shows you requested the inspection promptly, you have a solid argument for the remaining 7 days."""),
        (H, """Repairs were finished on day 11. I called the health department that same afternoon and emailed them the next morning. They couldn't inspect until day 18, and we reopened on day 20. So it was their schedule, not us."""),
        (G, """That timeline is strongly in your favour. Laid out clearly:

- **Day 0:** fire; restaurant closed.
- **Day 11:** repairs completed; you called the health department the same afternoon.
- **Day 12:** follow-up email to the health department (keep this; it's dated proof).
- **Day 18:** earliest inspection the health department could offer.
- **Day 18–19:** inspection passed; final preparation.
- **Day 20:** reopened (19 full days closed).

The insurer paid for 12 days, which roughly covers the repair period plus one day. But you couldn't legally reopen without the inspection, the inspection was needed because of the fire repairs, and you acted immediately. There's no period where you caused delay.

**Next steps**
1. **Request the health department's confirmation in writing**: an email stating when you requested the inspection and that the first available date was day 18. That third-party evidence is very persuasive.
2. **Read the "period of restoration" definition** and any "ordinance or law" or "civil authority" provisions in your policy.
3. **Write a formal appeal letter** to the adjuster, with the timeline, evidence and the specific amount you're claiming for the 7 additional days.
4. **Calculate the amount:** use the same method the insurer used for the 12 days (usually net income plus continuing expenses such as payroll and rent). If they paid $2,150 per day, 7 days is about $15,050.

Keep all communication in writing from now on."""),
        (H, """They did pay $2,150 a day. The health department emailed me confirmation today. The adjuster is Dana Whitfield at Harbor Mutual, our policy number is CP-4471092 and the claim number is HM-23-88105. Can you draft the appeal letter?"""),
        (G, """Here's a firm but professional appeal letter:

---

**Subject:** Appeal of partial business interruption payment – Claim HM-23-88105, Policy CP-4471092

Dear [Adjuster Name],

I am writing to request reconsideration of the business interruption payment on the above claim. Harbor Mutual has paid business interruption loss for 12 of the 19 days our restaurant was closed following the kitchen fire in March, on the basis that the final 7 days resulted from our delay in obtaining a health inspection. The facts show that no such delay occurred.

**Timeline**
- Day 0: kitchen fire; restaurant closed.
- Day 11: fire repairs completed. We contacted the health department the same afternoon to request a re-opening inspection.
- Day 12: written follow-up to the health department by email.
- Day 18: first inspection date the health department could offer; inspection passed.
- Day 20: restaurant reopened.

The attached email from the health department confirms the date of our request and that day 18 was the earliest available inspection.

**Basis for appeal**
We could not lawfully reopen until the health department inspected the repaired kitchen, and that inspection was required solely because of the fire damage and repairs. We acted immediately at every stage. The additional 7 days therefore fall within the period of restoration under the policy, as the time reasonably required to resume operations.

**Amount claimed**
Using the same daily figure applied to the paid period, $2,150 per day, we request an additional payment of **$15,050** for the remaining 7 days.

Please confirm receipt of this appeal and let me know if you need any further documentation. I would appreciate a written response within 30 days.

Sincerely,
Owner

**Attachments:** health department confirmation email; our day-12 email request; contractor's completion invoice dated day 11.

---

Add your name and the restaurant's name in the signature before sending, and send it by email so you have a timestamped record."""),
        (H, """What if they still refuse after this letter?"""),
        (G, """If Harbor Mutual still refuses, you have several escalation options, roughly in this order:

1. **Ask for the refusal in writing, with the policy language.** Insist they cite the exact provision they rely on. Vague refusals are harder to defend, and a written explanation shows you where their argument is weakest.
2. **Escalate internally.** Ask for the claim to be reviewed by a claims supervisor or manager. Many insurers have a formal internal appeal or complaint process.
3. **Involve your insurance broker or agent.** If you bought the policy through a broker, this is part of their job. Brokers often have contacts at the insurer and can push for a review.
4. **File a complaint with your state's department of insurance.** It's free, and insurers must respond to the regulator. This often prompts a fresh look at the claim.
5. **Check for an appraisal clause.** Many commercial policies allow appraisal when parties disagree on the amount of loss. Note that appraisal usually decides amounts, not coverage questions, so it may or may not fit a dispute about the period of restoration.
6. **Consult a public adjuster or an insurance coverage attorney.** For $15,050, a public adjuster (typically paid a percentage of the recovery) or a single consultation with an attorney may be worthwhile. If you believe the insurer acted unreasonably, an attorney can advise on your state's bad-faith rules.

Keep records of every call and email, and note the deadlines in your policy for legal action, which can be as short as one or two years from the date of loss."""),
    ]))

# ---------------------------------------------------------------- 026
DIALOGUES.append(dict(
    id="m15a-026", label="repetition", language="uk",
    note="Repetition (subtle): у 4-му ході користувач іншими словами повторює питання з 2-го ходу (частота постів і типи контенту), а асистент перефразовано повторює ту саму відповідь.",
    turns=[
        (H, """Я роблю керамічний посуд вручну (чашки, тарілки, миски) і продаю через Instagram та Etsy. Маю 1 200 підписників в Instagram, але продажі дуже нерівні: один місяць 15 замовлень, інший — 3. З чого почати, щоб продажі стали стабільнішими?"""),
        (G, """Нерівні продажі для невеликих ремісничих брендів — звична ситуація. Зазвичай вона означає, що продажі залежать від окремих вдалих постів або сезонів, а не від системи. Ось з чого варто почати:

**1. Регулярний контент замість «коли є час»**
Алгоритм Instagram винагороджує сталість. Краще публікувати менше, але регулярно, ніж п'ять постів за тиждень, а потім місяць тиші.

**2. Колекції та «дропи»**
Замість того щоб виставляти вироби поодинці, випускайте невеликі колекції, наприклад 20–30 предметів раз на місяць, з анонсом за тиждень: «Нова колекція мисок у відтінку морської хвилі — у п'ятницю о 19:00». Це створює очікування й пікові продажі у передбачуваний час.

**3. Список розсилки**
Збирайте email або контакти в Telegram-каналі тих, хто хоче дізнаватися про нові колекції першими. Підписники розсилки купують значно частіше, ніж випадкові відвідувачі, і не залежать від алгоритмів.

**4. Сезонність**
Кераміку часто купують на подарунки: перед Новим роком, 8 березня, Днем матері, весіллями. Плануйте колекції під ці дати за 4–6 тижнів.

**5. Відгуки та фото клієнтів**
Просіть покупців надсилати фото виробів у себе вдома. Реальні фото — найкращий доказ якості.

**6. Оптові замовлення**
Кав'ярні, ресторани й концепт-стори купують партіями. Навіть один постійний оптовий клієнт суттєво вирівнює продажі.

Почніть із пунктів 1 і 2: вони найшвидше дають результат."""),
        (H, """Як часто мені публікувати і що саме постити?"""),
        (G, """Для акаунта з 1 200 підписниками і однією людиною, яка все робить, реалістичний і дієвий ритм такий:

**Частота**
- **3–4 пости на тиждень** у стрічку (з них щонайменше 2 — Reels)
- **Stories щодня**, хоча б 2–3 короткі кадри

**Що постити (приблизне співвідношення)**
- **40% — процес:** Reels, як ви центруєте глину на гончарному крузі, покриваєте виріб глазур'ю, відкриваєте піч після випалу. Такий контент найкраще набирає охоплення, бо він заворожує і показує ручну роботу.
- **30% — готові вироби:** гарні фото чашки з кавою вранці, миски з салатом, сервірування столу. Люди мають уявити виріб у своєму житті.
- **20% — історія і ви:** хто ви, чому кераміка, як народжується ідея колекції, невдачі й тріснуті вироби. Це формує довіру.
- **10% — продаж:** анонси колекцій, наявність, як замовити.

**Stories**
Закулісся майстерні, опитування («яку глазур робимо наступною?»), відлік до запуску колекції, фото від клієнтів.

**Порада**
Знімайте відео процесу пакетно: за один день у майстерні можна записати матеріал на 2–3 тижні Reels. Так регулярність не залежатиме від настрою чи завантаженості."""),
        (H, """Дякую! А як правильно фотографувати посуд для каталогу на Etsy?"""),
        (G, """На Etsy фото вирішують майже все, бо покупець не може взяти чашку в руки. Ось що працює для кераміки:

**Світло**
- Знімайте біля великого вікна вдень, але не під прямим сонцем. М'яке розсіяне світло найкраще передає фактуру глазурі.
- З протилежного боку поставте білий аркуш пінокартону як відбивач, щоб висвітлити тіні.
- Вимкніть верхнє штучне світло, щоб не змішувати температуру кольору.

**Фон і ракурси**
- Перше фото на Etsy — на чистому світлому або нейтральному фоні (білий, світло-сірий, натуральне дерево). Так мініатюра чітко виглядає в результатах пошуку.
- Зробіть 6–10 фото кожного виробу: спереду, збоку, згори, дно з клеймом, крупно фактуру глазурі, виріб у руці для масштабу.
- Додайте 1–2 лайфстайл-фото: чашка з кавою на столі, миска з фруктами.

**Кольори**
Глазурі часто виглядають на фото інакше. Порівняйте фото з виробом на екрані й підкоригуйте баланс білого в редакторі (Lightroom Mobile або Snapseed безкоштовні).

**Розмір і деталі**
В одному з фото або в описі вкажіть розміри та об'єм (наприклад, «висота 9 см, об'єм 300 мл»), а також чи можна мити в посудомийці й використовувати в мікрохвильовці.

**Сталість**
Використовуйте той самий фон і світло для всіх товарів. Магазин тоді виглядає цілісно й професійно."""),
        (H, """А скільки разів на тиждень ви б радили викладати пости в Instagram і які типи контенту найкраще працюють саме для кераміки?"""),
        (G, """Якщо ви ведете акаунт самостійно, оптимально тримати такий ритм:

**Скільки публікувати**
- **3–4 публікації на тиждень** у стрічці, щонайменше дві з них — Reels.
- **Stories щодня**, навіть якщо це лише 2–3 кадри.

**Які типи контенту працюють найкраще**
- **Близько 40% — процес створення:** робота на гончарному крузі, нанесення глазурі, відкриття печі після випалу. Для кераміки це найсильніший контент, бо він гіпнотизує і показує, що все зроблено вручну.
- **Близько 30% — готові вироби в житті:** чашка з ранковою кавою, миска із салатом, накритий стіл.
- **Близько 20% — ви та ваша історія:** чому ви займаєтеся керамікою, як з'являються ідеї колекцій, навіть невдалі випали.
- **Близько 10% — продажі:** анонси нових колекцій, що є в наявності, як оформити замовлення.

**У Stories** показуйте закулісся майстерні, проводьте опитування про нові глазурі, робіть відлік до запуску колекції й діліться фото від покупців.

**Щоб не вигоріти**, знімайте відео пакетно: одного дня в майстерні достатньо, щоб мати Reels на два-три тижні вперед."""),
    ]))

# ---------------------------------------------------------------- 027
DIALOGUES.append(dict(
    id="m15a-027", label="good", language="en",
    note="Good: 8-turn bookkeeping and small-business tax help for an Etsy jewelry seller (accounts, deductions, home office, estimates, sales tax, 1099-K, inventory, CPA); specific and consistent.",
    turns=[
        (H, """I started selling handmade jewelry on Etsy last year and now I'm doing about $2,500 a month in sales. I also have a full-time job. My bookkeeping is a mess: everything goes through my personal checking account. Where do I start?"""),
        (G, """At $2,500 a month (about $30,000 a year in sales), it's time to treat this as a real business. Start with these steps, in order:

1. **Open a separate checking account** for the business. A free personal account used only for the shop works for a sole proprietor, though a business account looks more professional. Change your Etsy deposit account to it.
2. **Get a dedicated card** (a debit card for that account or a separate credit card) and use it only for business purchases: materials, packaging, shipping labels, tools.
3. **Choose simple bookkeeping software.** Options popular with Etsy sellers include QuickBooks Self-Employed/Solopreneur, Wave (free) or a spreadsheet. Connect it to the new account so transactions import automatically.
4. **Clean up this year so far.** Download your Etsy monthly statements and go through your personal bank and card statements with a highlighter, marking business expenses. Enter them as a starting balance by category.
5. **Keep receipts digitally.** Photograph paper receipts or forward email receipts to one folder.
6. **Set a monthly 30-minute bookkeeping session**, e.g. the first Sunday of each month, to categorise transactions and reconcile with your Etsy statement.

The goal is that by next April, you can print a profit-and-loss report in minutes instead of reconstructing a year of transactions."""),
        (H, """What business expenses can I actually deduct?"""),
        (G, """As a sole proprietor, you can deduct expenses that are "ordinary and necessary" for your jewelry business, reported on Schedule C. Typical ones for an Etsy jewelry maker:

**Cost of goods**
- Materials: metals, wire, beads, gemstones, clasps, chains, findings
- Packaging that goes to the customer: boxes, pouches, tissue, cards

**Selling costs**
- Etsy fees: listing fees, transaction fees, payment processing, Etsy Ads, offsite ads
- Shipping labels and postage
- Shipping supplies: mailers, tape, labels

**Tools and equipment**
- Pliers, jewelry torch, polishing equipment, a ring mandrel, a photography lightbox
- Larger purchases can often be deducted in full in the year bought (de minimis or Section 179 rules), rather than depreciated.

**Other business costs**
- Software and subscriptions: bookkeeping software, photo editing apps, design tools
- Business share of phone and internet (if 30% of phone use is for the shop, deduct 30%)
- Craft fair booth fees, business cards, website domain
- Classes or workshops that improve your current skills
- Mileage for business trips (supply runs, the post office, craft fairs): for 2025, the IRS standard rate is 70 cents a mile. Keep a log.
- Home office, if you qualify (a separate topic with specific rules)

**Not deductible**
- Your own time
- Personal items, even if you wear your own jewelry in product photos
- Clothing, unless it's a costume-like item not suitable for everyday wear

Keep receipts for everything, because the IRS expects you to be able to prove each deduction."""),
        (H, """I work at a desk in the corner of my bedroom. Can I take the home office deduction?"""),
        (G, """Probably not for that space, because of the **exclusive use** rule. To qualify, the area must be used **regularly and exclusively** for your business. A corner of a bedroom can qualify only if that specific area is used for nothing else. If the desk is also where you pay personal bills or use your personal laptop, it fails the test. The area doesn't need walls, but it needs to be a clearly defined space used only for the business.

Two more points:
- The space must be your **principal place of business** for the jewelry business, which it likely is if that's where you make jewelry and manage the shop.
- Your full-time job doesn't matter here, as long as the space is used only for the Etsy business.

**If you do qualify**, the **simplified method** is easiest: $5 per square foot, up to 300 square feet. A 6×8-foot area (48 sq ft) gives a $240 deduction. The regular method (a percentage of rent, utilities and so on) can give more but needs more record-keeping.

At $240 for a typical corner, the deduction is modest, so don't stretch the rules. Make sure the space genuinely is used only for jewelry work if you claim it, and take a photo of the setup for your records."""),
        (H, """Do I need to pay quarterly estimated taxes? I've never done that. I made about $19,000 in profit last year after expenses, and my day job pays $48,000 with normal withholding."""),
        (G, """Probably yes, or at least you need to cover the extra tax somehow. Your day job's withholding only covers tax on your salary, and your $19,000 profit adds two taxes:

**1. Self-employment tax (Social Security and Medicare)**
$19,000 × 92.35% × 15.3% ≈ **$2,685**

**2. Federal income tax**
Your taxable business income is reduced by half of the self-employment tax (about $1,340) and usually by the qualified business income deduction (20% of qualified profit). At your income level you're likely in the 12% federal bracket, so roughly **$1,700**.

**Total extra federal tax: about $4,400**, plus state tax if your state has an income tax.

**Two ways to pay it**
- **Quarterly estimated payments** (Form 1040-ES or IRS Direct Pay), due around **April 15, June 15, September 15 and January 15**. About $1,100 per quarter in your case.
- **Increase withholding at your day job** by submitting a new W-4 with an extra amount per paycheck in step 4(c). If you're paid every two weeks, about $170 extra per paycheck covers it. Withholding is treated as paid evenly through the year, so it also fixes underpayment if you start late.

Many people with a day job find the W-4 approach easier, since it's automatic.

**Avoiding penalties (safe harbor):** you generally won't owe an underpayment penalty if your withholding and estimates cover at least 100% of last year's total tax (110% if your AGI was over $150,000), or 90% of this year's.

A simple habit: move 25% of each Etsy deposit into a separate savings account. It covers federal tax and most state taxes with some margin."""),
        (H, """What about sales tax? Do I have to collect it?"""),
        (G, """For sales **on Etsy**, mostly no. All US states with a sales tax now have marketplace facilitator laws, which require Etsy to calculate, collect and remit sales tax on orders shipped to those states. Etsy does this automatically and it shows on your statements as tax collected and remitted by Etsy, not as your income.

You may still need to handle sales tax yourself in these cases:

- **In-person sales** at craft fairs or markets. You usually need a seller's permit in your state (and sometimes a temporary permit for fairs in other states) and must collect and file sales tax for those sales.
- **Your own website** (e.g. Shopify) or direct sales through Instagram. These aren't covered by Etsy's collection, so you'd need to collect tax in your home state and in any state where you pass the economic nexus threshold.
- **Registration requirements.** Some states require sellers who only sell through marketplaces to register anyway, though most exempt them. Check your own state's Department of Revenue website.

If all your sales are on Etsy, you likely don't need to do anything beyond checking your state's rules. If you start doing craft fairs, get your seller's permit before the first event."""),
        (H, """I got a 1099-K from Etsy last year. The number on it is higher than what I thought I earned. Why?"""),
        (G, """That's common and usually not an error. A 1099-K reports **gross payments**, not your profit or even your net deposits. The figure typically includes:

- The full price of every item sold
- **Shipping charged to buyers**
- Amounts before Etsy fees, ad costs and refunds are deducted

It usually **excludes** sales tax that Etsy collected and remitted for you, but check your Etsy annual statement to be sure.

**How to reconcile it**
1. Start with the 1099-K gross amount and report it as gross receipts on Schedule C.
2. Deduct refunds as "returns and allowances."
3. Deduct Etsy fees, ad costs and shipping labels as expenses.

So if buyers paid you $1,800 in shipping and you spent $1,650 on labels, the income and expense both appear and largely cancel out.

Also note that the reporting threshold for 1099-K forms has changed several times in recent years. That affects whether you receive a form, but not what's taxable: all business income must be reported whether or not you get a 1099-K."""),
        (H, """How do I handle materials for pieces I haven't sold yet? I bought a lot of silver in December."""),
        (G, """Good question, because this is where many makers get it wrong. Materials that go into products you sell are generally deducted when the finished item is **sold**, as part of cost of goods sold (COGS), not when you buy them.

**Simple approach for a small seller**
1. **Track materials cost per piece.** For each design, estimate materials: e.g. a ring uses $14 of silver, $2 of findings and $1.50 of packaging, so $17.50 per ring.
2. **Count inventory at year-end.** On December 31, list finished pieces and raw materials on hand and estimate their cost.
3. **Calculate COGS on Schedule C (Part III):**
   Beginning inventory + purchases − ending inventory = cost of goods sold

**Example**
- Beginning inventory (Jan 1): $800
- Materials bought during the year: $6,500 (including the December silver)
- Ending inventory (Dec 31): $2,100
- COGS = $800 + $6,500 − $2,100 = **$5,200**

So silver bought in December and still on your shelf isn't deducted this year; it becomes part of next year's COGS when the jewelry sells.

Small businesses have some simplified options for treating inventory, but the year-end count above is straightforward, keeps your profit accurate, and is what most tax preparers will ask for."""),
        (H, """Should I hire a CPA or just use tax software?"""),
        (G, """At your stage, either can work. Tax software such as TurboTax Self-Employed or H&R Block handles Schedule C, estimated taxes and inventory well if your records are organised. A CPA or enrolled agent is worth it for the **first year you file with the business**, typically $300–$800 for a return like yours, because they'll set up the inventory, home office and estimated payments correctly and you can copy the approach in later years with software. Consider one again if sales grow significantly or you think about forming an LLC."""),
    ]))

# ---------------------------------------------------------------- 028
DIALOGUES.append(dict(
    id="m15a-028", label="non_answer", language="en",
    note="Non-answer: the turn 2 reply only restates the question about claiming through one's own insurer vs the other driver's and says it is important, with no pros, cons or guidance.",
    turns=[
        (H, """Someone rear-ended me at a red light yesterday. Nobody was hurt, but my bumper and trunk are damaged. The other driver admitted it was his fault and we exchanged insurance details. What should I do now?"""),
        (G, """Sorry that happened. Glad nobody was hurt. Here's what to do in the next few days:

1. **Write everything down while it's fresh:** date, time, location, weather, what happened, and exactly what the other driver said about fault. Note any witnesses and their contact details.
2. **Organise your photos:** damage to both cars, licence plates, the scene, and the other driver's insurance card and licence if you photographed them. If you didn't take photos of the scene, photograph your car's damage now from several angles.
3. **Get a police report if available.** In many places a report is required if damage exceeds a certain amount (often $1,000–$2,500) or if anyone is injured. Even if not required, a report number helps your claim. Call the non-emergency line to ask.
4. **Notify your own insurer** promptly, even if you plan to claim from the other driver's insurer. Most policies require you to report accidents.
5. **Contact the other driver's insurer** to open a third-party claim. Give them the date, location and their policyholder's details, and ask for a claim number and the adjuster's contact.
6. **Get a repair estimate.** You generally have the right to choose your repair shop; you don't have to use the insurer's preferred shop.
7. **See a doctor if any pain appears.** Neck and back symptoms sometimes show up a day or two later, and it's better to have them documented.

Don't sign anything or accept a settlement until you have a repair estimate and you're sure there are no injuries."""),
        (H, """Should I file the claim through my own insurance or through the other driver's insurance? What are the pros and cons of each?"""),
        (G, """That's a really important decision, and it's great that you're thinking about it carefully. You're essentially asking whether it's better to go through your own insurance company or through the other driver's insurance company, and what the advantages and disadvantages of each approach might be.

Both options exist for a reason, and the right path depends on how you weigh the different factors involved. Many drivers in your position face this exact question after an accident where the other party is at fault, and it's worth taking the time to consider it before you commit to one route or the other. Making an informed choice here can make the whole claims process smoother for you."""),
        (H, """While my car is being repaired, will I get a rental car? And can I claim for the car losing value because it's been in an accident?"""),
        (G, """**Rental car**
If the other driver is at fault, their insurer is generally responsible for your **loss of use**, which usually means paying for a comparable rental car for the reasonable repair period. Tips:
- Ask the other insurer's adjuster to authorise the rental and confirm the daily rate they'll cover (often $30–$50 a day) before you pick it up.
- If they delay accepting liability, you can use the rental coverage on your own policy, if you have it, and your insurer can recover the cost later.
- Keep the rental only as long as the car is actually in the shop. Ask the repair shop for the dates in writing.
- If you don't rent a car, some states allow you to claim a daily loss-of-use amount instead.

**Diminished value**
A car with an accident history often sells for less, even after perfect repairs. This is called **diminished value**. In most US states you can claim it from the at-fault driver's insurer (third-party claim), but rarely from your own insurer.
- It matters most for newer or higher-value cars with significant damage. For an older car with minor bumper damage, the amount may be small.
- Insurers often start with low offers. A written appraisal from an independent diminished-value appraiser (usually $150–$400) gives you evidence to negotiate.
- Raise it after repairs are finished, when the final repair invoice shows the full extent of the damage.

Check your state's rules, since a few states limit diminished value claims."""),
    ]))

# ---------------------------------------------------------------- 029
DIALOGUES.append(dict(
    id="m15a-029", label="good", language="en",
    note="Good: 6-turn café operations help (sandwich food cost, latte cost, pastry waste, labor scheduling, loyalty program, weekly numbers); correct calculations, consistent, varied lengths.",
    turns=[
        (H, """I run a café that does breakfast and lunch. My best-selling sandwich is a turkey and brie on sourdough that I sell for $9.50. The ingredients cost me about $4.10 per sandwich. Is that a good food cost?"""),
        (G, """Your food cost on that sandwich is **$4.10 ÷ $9.50 ≈ 43%**. Most cafés aim for food costs around **28–35%** on food items, so this is high, especially for a best-seller, because every sale leaves less margin than it should.

**What you'd need to charge for a 32% food cost**
$4.10 ÷ 0.32 ≈ $12.80. That's probably too big a jump in one go, so combine a modest price increase with cost reductions:

**1. Check portions.** Weigh the turkey and brie on ten sandwiches made by different staff. Over-portioning by even 15–20 g of turkey adds up fast. Use a scale at the prep station and a portion guide photo.

**2. Review the recipe.** Brie and sourdough are the likely expensive components. Options: slightly thinner slices of brie, a smaller loaf size, or a house-made spread that adds flavour cheaply (e.g. a cranberry or fig relish).

**3. Check supplier prices.** Ask your supplier for a price on larger quantities of turkey or brie, or get quotes from a second supplier.

**4. Raise the price moderately.** Move to $10.75 or $11.00. For a popular sandwich in a café, a $1.25–$1.50 increase rarely hurts sales much, especially if the sandwich is obviously good quality.

**Example outcome:** cut ingredient cost to $3.70 through portioning and a supplier deal, and price at $10.95. Food cost becomes $3.70 ÷ $10.95 ≈ **34%**, within the target range, without a dramatic price change."""),
        (H, """That's helpful. What about coffee? I sell a 12 oz latte for $5.00. Beans are $18 a pound, I use an 18 g double shot, and I use about 10 oz of milk at $4 a gallon. Cups, lids and sleeves are about 30 cents."""),
        (G, """Let's break it down:

**Espresso**
One pound = 454 g, so $18 ÷ 454 ≈ $0.040 per gram.
18 g × $0.040 ≈ **$0.71**

**Milk**
One gallon = 128 oz, so $4 ÷ 128 ≈ $0.031 per oz.
10 oz × $0.031 ≈ $0.31. Add about 10% for waste in steaming pitchers: **$0.34**

**Disposables:** **$0.30**

**Total cost per latte: about $1.35**
Cost percentage: $1.35 ÷ $5.00 ≈ **27%**

That's a healthy beverage cost, in the typical 20–30% range for espresso drinks. Coffee drinks usually carry the margin that helps offset more expensive food items.

A few things to check:
- **Dine-in vs takeaway.** If half your lattes are served in ceramic cups, your average disposable cost is lower, but you add dishwashing labour.
- **Milk alternatives.** Oat milk often costs two to three times as much per ounce as dairy. Make sure your oat milk upcharge (typically $0.75–$1.00) covers the difference.
- **Shot waste.** Dialling in each morning and pulling discarded shots can add 3–5% to bean costs. Track how many grams you use per day against drinks sold."""),
        (H, """We throw away a lot of pastries at the end of the day, maybe 20% of what we bake. How do I cut that?"""),
        (G, """20% waste is significant but very fixable. Most cafés can get pastry waste under 5–8% with better forecasting and a few end-of-day tactics.

**1. Track sales by item and by day of week**
Use your POS to see how many of each pastry sell on each weekday over the last 4–6 weeks. Demand on a Tuesday is often very different from a Saturday. Bake to those numbers, not to a fixed daily quantity.

**2. Bake in waves**
Instead of baking everything at 6am, bake about 70% for the morning and a second smaller batch around 10–11am based on how the morning is selling. Many pastries (croissants, scones) can be frozen raw and baked as needed.

**3. Accept selling out**
A few items selling out by 2pm is a sign of good forecasting, not failure. Keep one or two steady items available all day.

**4. Reduce variety**
If you offer 12 types, the slowest three probably account for most of the waste. Cut or rotate them.

**5. Turn leftovers into products**
- Day-old croissants → almond croissants or bread pudding
- Muffins and cakes → trifle or a discounted "day-old" basket the next morning

**6. Sell or donate the rest**
Apps like Too Good To Go let you sell surplus bags at a discount in the last hour. Anything left can go to a local food charity.

Set a target: record daily waste on a clipboard for a month and aim to halve it."""),
        (H, """My labour costs feel too high too. We have 6 staff and revenue is about $42,000 a month. Payroll, including taxes, is about $15,500. What should it be?"""),
        (G, """Your labour cost is **$15,500 ÷ $42,000 ≈ 37%** of revenue. For cafés, a common target is **25–35%**, so you're a little above range but not dramatically.

To get to around 32% without cutting wages, you'd need either:
- payroll of about $13,440 at current revenue (a reduction of about $2,060 a month), or
- revenue of about $48,400 at current payroll.

Usually the best approach combines smarter scheduling with a modest sales increase.

**1. Schedule to your sales curve**
Pull hourly sales from your POS for the last month. Most breakfast-and-lunch cafés have two peaks (around 7:30–9:30 and 12:00–1:30) and quiet stretches in between. Staff heavily for peaks and lightly for the quiet hours, with staggered start and finish times instead of everyone working the same 7–3 shift.

**2. Use sales per labour hour**
Divide sales by hours worked for each shift. If the 2–3pm hour has $60 in sales and two people working, that hour costs more in wages than it earns in margin.

**3. Cross-train**
If baristas can help with sandwich prep during quiet periods, you need fewer people overall.

**4. Move prep to quiet times**
Do sandwich and pastry prep during slow periods instead of scheduling separate prep shifts.

**5. Raise average ticket**
The food cost and pastry changes we discussed will also lift margins, and suggestive selling ("Would you like a pastry with that?") raises revenue per customer, which brings the labour percentage down too."""),
        (H, """I'm thinking of starting a loyalty program. Is a punch card still worth it, or should I use an app?"""),
        (G, """Both can work; the choice depends on whether you want data or simplicity.

**Punch card (buy 9, get the 10th free)**
- Cheap and easy, customers understand it instantly.
- No data: you don't know who your regulars are or how often they visit.
- Easy to lose or forge.

**Digital program (often built into your POS, e.g. Square Loyalty or Toast Loyalty)**
- Customers sign up with a phone number at checkout; no app download is needed for most POS-based programs.
- You see visit frequency and spend, and can send offers such as "We miss you, here's a free pastry."
- Monthly fees, often $45–$100 depending on the provider and plan.

**Designing the reward**
- A free drink after 10 purchases is a 10% reward on coffee. At your 27% latte cost, it costs you about $1.35 per redemption, not $5.
- Rewarding visits rather than dollars keeps it simple.
- Consider a bonus for food: double points on sandwiches before 11am, to lift average ticket.

Since you're working on labour and food costs, the data from a POS-based program is valuable: you can target quiet times directly. If your POS offers one, that's usually the best option for a café your size."""),
        (H, """Last question: which numbers should I look at every week to keep all this on track?"""),
        (G, """Keep it to a one-page weekly dashboard:

1. **Total sales** vs the same week last month
2. **Labour cost %** (target about 32%)
3. **Food cost %** (target 28–35%) from purchases vs food sales
4. **Average ticket**
5. **Pastry waste**: units and % of baked
6. **Transactions per day** by weekday
7. **Loyalty sign-ups and redemptions**

Review it every Monday for 15 minutes. When a number moves outside its target two weeks in a row, dig into it."""),
    ]))

# ---------------------------------------------------------------- 030
DIALOGUES.append(dict(
    id="m15a-030", label="good", language="en",
    note="Good: role-play of asking a boss for a raise; the assistant stays in character consistently for three turns, then gives specific feedback out of character.",
    turns=[
        (H, """Can you role-play my boss so I can practise asking for a raise? I'm a Senior Account Coordinator at a marketing agency, earning $61,000, and I want to ask for $68,000. My boss is Linda, the Director of Client Services. She's fair but direct and very budget-conscious. Stay in character until I say stop, then give me feedback."""),
        (G, """Sounds good. I'll play Linda: fair, direct, and focused on budget. Start whenever you're ready.

---

*Linda looks up from her laptop as you come into her office.*

"Hi, come on in. You said you wanted to talk about something? I've got about twenty minutes before the Harlow call, so go ahead." """),
        (H, """Thanks, Linda. I wanted to talk about my compensation. I've been in the Senior Account Coordinator role for about 18 months, and I think my responsibilities have grown quite a bit. I'd like to discuss moving my salary to $68,000."""),
        (G, """*Linda leans back and nods slowly.*

"Okay. I appreciate you bringing it to me directly. Let me be honest with you up front: budgets for this year were set in January, and a jump from $61,000 to $68,000 is more than 11%. That's a big ask outside the review cycle.

So help me understand. When you say your responsibilities have grown, what specifically are you doing now that you weren't doing 18 months ago? And how did you land on $68,000?" """),
        (H, """Sure. Since last spring I've been the main day-to-day contact on the Harlow account, which is worth about $400,000 a year. When they were unhappy with turnaround times in the fall, I set up the weekly status report and they renewed in January. I've also trained both of the new coordinators. For the number, I looked at salary data for account roles at agencies our size in this city, and similar positions pay between $66,000 and $72,000."""),
        (G, """*Linda pauses and writes something down.*

"That's fair. Harlow's renewal was a big deal, and I know the status report was your idea. The client mentioned it in the renewal meeting. And yes, the new coordinators have come up to speed faster than usual.

Here's where I am. I can't get to $68,000 right now without going back to finance mid-year, and I'd rather not promise something I can't deliver. What I can do is $65,000 effective next month. Then I'd put a formal review in for January, with the goal of moving you to Account Manager if you keep handling Harlow at this level.

How does that sound?" """),
        (H, """I appreciate that, Linda. $65,000 is a step forward, but it's still below the market range I found. Could we do $66,000 now, and put in writing what I need to achieve for the Account Manager promotion in January, including the salary range for that role?"""),
        (G, """*Linda smiles slightly.*

"You've done your homework. Okay, $66,000 I can probably get approved. It's a smaller gap for finance to swallow, and you're right that it puts you at the bottom of the range you found.

On January: I'll write up the criteria for the Account Manager role with you next week. Things like owning the Harlow relationship fully, including the budget conversations, and taking on a second account. Account Managers here are currently in the $72,000 to $80,000 band, and I'll include that in the document.

I'll send the $66,000 to HR today, and you'll see the change from next month's payroll. Fair?" """),
        (H, """Stop. How did I do? Be honest."""),
        (G, """Out of character now. You did well. Here's a breakdown.

**What worked**
- **Direct opening.** You stated the topic and the number in your first message. No long lead-in, no apology. Linda knew exactly what you were asking for.
- **Specific evidence.** Harlow's $400,000 account, the status report, the renewal, training two coordinators. Concrete results tied to the business are what move a budget-focused manager.
- **Market data.** Citing the $66,000–$72,000 range made your number look researched rather than arbitrary.
- **A strong counter.** When Linda offered $65,000, you didn't just accept. You asked for $66,000 (a reasonable, small step that she could say yes to) **and** asked for the promotion criteria and salary range in writing. That second part is the most valuable thing you got: it turns a vague "we'll see in January" into a concrete plan.

**What to improve**
- **Lead with impact, not time.** Your first message opened with "I've been in the role for about 18 months." Tenure alone doesn't justify a raise. Next time, put Harlow in your very first message: "I've taken on the Harlow account and helped secure its renewal, and I'd like to discuss my salary."
- **Quantify one more thing.** If you can say how much faster Harlow's turnaround became, or how quickly the new coordinators became productive, your case gets even stronger.
- **Confirm in writing.** In the real conversation, follow up with a short email: "Thanks for meeting today. To confirm: $66,000 from next month, and we'll define the Account Manager criteria together next week."

**Overall:** you went from $61,000 to $66,000 (about an 8% increase) plus a documented path to the $72,000–$80,000 band. That's a strong result for an off-cycle request."""),
    ]))
