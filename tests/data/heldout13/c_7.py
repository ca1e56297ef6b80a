# Part C, dialogues m13c-025 .. m13c-028 (hand-written)


def H(s):
    return {"from": "human", "value": s.strip()}


def G(s):
    return {"from": "gpt", "value": s.strip()}


DIALOGUES = []

# ---------------------------------------------------------------- 025
DIALOGUES.append({
    "id": "m13c-025",
    "label": "good",
    "language": "en",
    "note": "Good: eight-turn game of 20 questions; short in-game replies are appropriate, the question count is tracked correctly (solved in 7), and the final reply adds accurate facts about the violin.",
    "conversations": [
        H("""Let's play 20 questions. You think of something, I'll guess. Go."""),
        G("""Got it, I'm thinking of something. Rules: you ask yes/no questions, 20 at most, and I'll keep count. A small starting hint for the category: it's an **object**, not a person, animal or place.

Question 1 is yours!"""),
        H("""Is it bigger than a breadbox?"""),
        G("""Roughly the same size, a bit longer than a typical breadbox, but you could easily carry it under one arm. I'll count that as a "sort of yes".

**1 question used, 19 left.**"""),
        H("""Is it electronic?"""),
        G("""No. No batteries, no plug, no screen.

**2 used, 18 left.**"""),
        H("""Is it used for entertainment or a hobby?"""),
        G("""Yes! Some people use it for work, but entertainment or hobby is a fair description for most.

**3 used, 17 left.**"""),
        H("""Is it made mostly of wood?"""),
        G("""Yes, mostly wood, though a few parts are made of other materials.

**4 used, 16 left.**"""),
        H("""Does it make sound?"""),
        G("""Yes, it does. You're getting warm.

**5 used, 15 left.**"""),
        H("""Is it a string instrument that you play with a bow?"""),
        G("""Yes! That's technically two questions in one, but I'll allow it. Now narrow it down, because there are a few of these.

**6 used, 14 left.**"""),
        H("""Is it a violin?"""),
        G("""**Yes, it's a violin!** 🎻 You got it in 7 questions, well played. The string-and-bow question was the turning point.

A few fun facts about what you just guessed:
- **It's made of several woods.** The top is usually spruce, chosen for its lightness and resonance, while the back, ribs and neck are typically maple. The fingerboard is traditionally ebony.
- **The bow isn't strung with string.** It uses horsehair, usually from horses' tails, and players rub it with rosin so it grips the strings.
- **It has a surprising number of parts,** around 70 once you count everything, including the small sound post inside the body that carries vibrations from the top to the back.
- **Antonio Stradivari** made roughly 1,100 instruments in Cremona, and about 650 survive today. The best of his violins have sold for well over $10 million.

Want to switch roles? You think of something, and I'll try to beat 7 questions."""),
    ],
})

# ---------------------------------------------------------------- 026
DIALOGUES.append({
    "id": "m13c-026",
    "label": "bad_length",
    "language": "it",
    "note": "Turn 2 asks a yes/no question (is the seller right to send me to the manufacturer?); the reply is a long ramble on Roman law, guilds, EU directives and robot-vacuum history that never answers it. Other turns are precise.",
    "conversations": [
        H("""Ciao, ho comprato online un robot aspirapolvere tre settimane fa da un negozio italiano che vende su un marketplace. Da ieri non si ricarica più: la base ha la luce accesa, ma il robot non parte. Cosa posso fare?"""),
        G("""Mi dispiace, è una situazione frustrante, ma hai buoni strumenti per risolverla. Prima però conviene escludere un problema banale.

**1. Controlli veloci (5 minuti)**
- Pulisci i **contatti di ricarica** sul robot e sulla base con un panno asciutto o appena inumidito di alcol: polvere e peli spesso impediscono il contatto.
- Verifica che l'interruttore principale del robot, di solito sotto o sul lato, sia acceso.
- Lascialo sulla base per qualche ora e, se il modello lo prevede, fai un reset seguendo il manuale.

**2. Se il problema rimane: garanzia legale di conformità**
Come consumatore in Italia hai la **garanzia legale di conformità di 2 anni** prevista dal Codice del Consumo (D.Lgs. 206/2005). Un prodotto che smette di caricarsi dopo tre settimane è un caso tipico di difetto di conformità. Hai diritto innanzitutto alla **riparazione o sostituzione gratuita** e, se queste non sono possibili o non avvengono in tempi ragionevoli, a una riduzione del prezzo o alla risoluzione del contratto con rimborso.

**3. Il recesso probabilmente non c'entra**
Il diritto di recesso di 14 giorni decorre dalla consegna: dopo tre settimane di solito è scaduto, ma non ti serve. Qui si tratta di un difetto, non di un ripensamento.

**4. Cosa fare subito**
- Apri una segnalazione dalla sezione ordini del marketplace, descrivendo il difetto.
- Allega un breve **video** che mostri il robot sulla base che non si ricarica.
- Conserva la conferma d'ordine, le email e le chat."""),
        H("""Il venditore mi ha risposto che per la garanzia devo rivolgermi direttamente al produttore e mi ha dato l'indirizzo email di un centro assistenza in Germania. È corretto?"""),
        G("""Quella della garanzia è una questione con una storia lunghissima e, a pensarci bene, affascinante. Già nel diritto romano esisteva l'*actio redhibitoria*: gli edili curuli, che sorvegliavano i mercati, avevano stabilito che chi comprava uno schiavo o un animale con un difetto nascosto potesse chiedere l'annullamento della vendita entro sei mesi. In un certo senso, l'idea che chi vende debba rispondere di ciò che vende ha più di duemila anni.

Nel Medioevo erano le corporazioni di arti e mestieri a vigilare sulla qualità: un artigiano che produceva merce scadente poteva essere multato o addirittura espulso dalla corporazione. Con la rivoluzione industriale e la produzione di massa, però, il rapporto diretto tra chi fabbrica e chi compra si è perso, ed è nata la figura moderna del produttore che offre una propria garanzia commerciale, spesso anche come strumento di marketing.

In Europa, una tappa importante è stata la direttiva 1999/44/CE, poi sostituita dalla direttiva (UE) 2019/771, che ha armonizzato molte regole sulla vendita di beni ai consumatori, compresi i beni con elementi digitali.

Anche i robot aspirapolvere, del resto, hanno una storia curiosa: il primo modello commerciale fu il Trilobite di Electrolux, messo in vendita nel 2001, seguito l'anno dopo dal Roomba di iRobot. Da allora le batterie sono passate dal nichel-metallo idruro agli ioni di litio, più leggere ma più delicate, il che spiega in parte perché i problemi di ricarica siano tra i guasti più segnalati. Molti produttori, inoltre, concentrano l'assistenza in pochi centri europei, spesso in Germania o nei Paesi Bassi, per ragioni logistiche.

Insomma, il rapporto tra consumatori, venditori e produttori è complesso, si è evoluto nel corso dei secoli e ogni situazione ha le sue particolarità."""),
        H("""Quindi alla fine posso insistere con il venditore o no? Come glielo scrivo?"""),
        G("""Sì, puoi e conviene insistere con il venditore. La garanzia legale di conformità è un obbligo **del venditore** nei confronti del consumatore: è lui che risponde del difetto e non può rimandarti al produttore. La garanzia del produttore (detta commerciale o convenzionale) è un'opzione in più, che puoi usare se ti conviene, ma non sostituisce quella legale.

Ecco un messaggio da inviare tramite la messaggistica del marketplace e, se hai il suo indirizzo, anche via email o PEC:

> **Oggetto: Difetto di conformità del robot aspirapolvere acquistato presso il vostro negozio**
>
> Buongiorno,
> il robot aspirapolvere che ho acquistato presso il vostro negozio circa tre settimane fa ha smesso di ricaricarsi: la base risulta alimentata, ma il robot non si carica né si avvia, anche dopo la pulizia dei contatti e il reset. Allego un video che mostra il difetto.
> Vi ricordo che, ai sensi del Codice del Consumo (D.Lgs. 206/2005), la garanzia legale di conformità è a carico del venditore, e che i difetti che si manifestano entro un anno dalla consegna si presumono già esistenti al momento della consegna.
> Vi chiedo pertanto di provvedere, a vostra cura e spese, alla sostituzione del prodotto o alla sua riparazione entro un termine congruo, indicandomi le modalità per la restituzione. In mancanza, mi riservo di chiedere la risoluzione del contratto e il rimborso del prezzo.
> Cordiali saluti

Firma con nome e cognome e aggiungi in fondo il numero d'ordine, così il venditore lo trova subito. Conserva una copia di tutto e dai loro una decina di giorni per rispondere."""),
        H("""E se non mi rispondono o continuano a dire di no?"""),
        G("""Se il venditore non risponde entro una decina di giorni o continua a rifiutare, hai diverse strade, da usare più o meno in quest'ordine:

1. **Apri una contestazione sul marketplace.** Quasi tutte le piattaforme hanno un programma di tutela dell'acquirente: se il venditore non collabora, puoi chiedere l'intervento della piattaforma, che spesso rimborsa direttamente. Allega il video e la conversazione con il venditore.

2. **Contesta il pagamento.** Se hai pagato con carta di credito o PayPal, puoi aprire una contestazione (chargeback o reclamo PayPal) per merce difettosa. Fallo presto: i termini di solito si contano in settimane o pochi mesi dalla transazione.

3. **Invia una diffida formale.** Una PEC o una raccomandata A/R in cui richiami la garanzia legale, fissi un termine preciso, per esempio 15 giorni, e dichiari che in mancanza ti rivolgerai alle vie legali. Spesso basta questo passaggio a sbloccare la situazione.

4. **Rivolgiti a un'associazione dei consumatori.** Associazioni come Altroconsumo, Codacons o Federconsumatori possono assisterti, scrivere al venditore per tuo conto e indicarti eventuali procedure di conciliazione.

5. **Giudice di pace.** Per importi contenuti come il prezzo di un robot aspirapolvere è la sede competente, e per le cause di valore più basso puoi stare in giudizio anche senza avvocato.

Tieni traccia di tutto: date, messaggi, ricevute. E usa sempre canali scritti, perché le telefonate non lasciano prove."""),
    ],
})

# ---------------------------------------------------------------- 027
DIALOGUES.append({
    "id": "m13c-027",
    "label": "good",
    "language": "en",
    "note": "Good: envy over a best friend's promotion; reframes envy as information, writes a sincere congratulation, separates IC and management tracks, and preps a concrete manager conversation.",
    "conversations": [
        H("""My best friend from college just got promoted to director at 31 and posted about it on LinkedIn. I'm genuinely happy for her, but I also felt kind of sick reading it. I've been in the same analyst role for four years. Does that make me a bad friend?"""),
        G("""No. It makes you a person. Feeling a jolt of envy when someone close to you hits a milestone you want is one of the most normal reactions there is, and it tends to be *stronger* with close friends, because you compare yourself with people whose starting point looks like yours. The fact that you're also genuinely happy for her shows you're holding two feelings at once. That isn't a failure of friendship; it's honesty.

What would make someone a bad friend is what they *do* with the feeling: downplaying her success, going quiet, making snide comments, or pulling away. You haven't done any of that. You noticed the feeling and you're questioning it, which is the opposite.

It can also help to treat envy as **information** rather than a verdict on your character. That sick feeling usually points at something you want for yourself. It might be:
- recognition, feeling seen for your work;
- progress, the sense of not being stuck;
- something specific, like a title, money or influence;
- or reassurance that you're "on track" compared with your peers.

Four years in one role can be perfectly fine or it can feel like treading water, and only you know which. One question worth asking yourself: if you woke up tomorrow in her exact job, would you be excited, or would part of you dread it?

We can look at both: how to congratulate her in a way that feels true, and what the envy might be telling you about your own career."""),
        H("""Let's start with congratulating her. Everything I write sounds fake."""),
        G("""It usually sounds fake when you try to sound more excited than you feel, or when the message is generic. The fix is to be **specific** and **personal**. Specific details are hard to fake, so they read as sincere.

A few principles:
- Mention something you actually know about her path: a project, a late night, an obstacle she got past.
- Name a quality you genuinely admire in her. You can admire her and envy her at the same time.
- Skip superlatives you don't feel ("SO insanely proud!!!"). A calm, warm tone works better.
- Take it out of the public comments. A private message or a call means more from a best friend than a LinkedIn "Congrats!".

Example text:

> "Just saw the news: director! Honestly, I'm not surprised at all. I still remember you rewriting our entire capstone deck at 2 a.m. because it 'wasn't clear enough yet.' You've always been the person who makes things better. Let me take you out to celebrate, drinks on me next week?"

Swap in a memory that's real between you two. Then, when you see her, ask questions: what the new role involves, what she's nervous about. Being curious about her experience is the most natural way to show you're happy for her, and it often takes the sting out of envy, because you see the real person behind the title."""),
        H("""Okay, done, and she was thrilled. Now the career part. I think the envy is telling me I want to move up. But I'm not even sure I want to be a manager. I like the actual analysis work."""),
        G("""That's a really useful realization, because "moving up" doesn't have to mean "managing people". In analytics there are usually two ways to grow:

**1. Individual contributor (IC) track**
Analyst, then senior analyst, then lead or principal analyst, or a move into analytics engineering or data science. You keep doing deep work, but with more scope, harder problems, more influence on decisions and better pay. Many companies have senior IC roles that pay on a par with managers.

**2. Management track**
Team lead, then manager, then director. The job becomes hiring, coaching, prioritizing and representing the team, and you do much less hands-on analysis.

From what you've said, you seem to be leaning toward the IC track. A few questions to sharpen it:
- What part of your work gives you energy: modeling, finding the story in the data, presenting to leadership, building tools?
- Have you been offered more scope in four years? If not, is that the company's structure, or because you haven't asked?
- Does your company even have a senior or lead analyst level? If not, growth may mean moving elsewhere.

**Concrete next steps**
1. Find your company's career framework, or ask HR for it, to see what "senior" requires.
2. Write down three to five of your most impactful projects from the last year, with numbers where possible: hours saved, revenue influenced, decisions changed.
3. Book a dedicated career conversation with your manager, separate from your regular one-on-ones."""),
        H("""Can you help me prep for that conversation with my manager? It's on Thursday."""),
        G("""Absolutely. Here's a simple structure so Thursday feels like a plan rather than an ambush.

**Before Thursday**
1. **Your evidence.** Pick your top three projects. For each, write one line covering the problem, what you did and the result. For example: "Rebuilt the weekly churn report, cut prep time from 6 hours to 1, and the retention team now uses it to choose which accounts to call."
2. **Your ask, in one sentence.** "I'd like to grow toward a senior analyst role and take more ownership of analysis, rather than moving into people management."
3. **Your questions,** prepared in advance (see below).

**In the meeting**
- **Open with context, not complaints.** "I've really enjoyed the last four years here, and I've been thinking about what's next for me. I'd love your perspective."
- **Share your goal and your evidence** in about two minutes.
- **Ask:**
  - "From your view, what's the gap between my current work and a senior analyst?"
  - "Are there projects coming up where I could take more ownership?"
  - "If I close those gaps, what would a realistic timeline look like?"
  - "Is there a senior IC path here, or does growth mainly go through management?"
- **Listen more than you talk,** and take notes.

**Afterwards**
Send a short email the same day summarizing what you agreed, for example: "Thanks for today. My takeaways: I'll lead the Q3 pricing analysis end to end, and we'll review my progress against the senior analyst criteria in our September one-on-one." That turns a nice chat into a commitment.

One last thing: if the answers are vague or there's no senior path, that's useful information too. It tells you whether growing here is realistic, or whether your next step is outside the company."""),
    ],
})

# ---------------------------------------------------------------- 028
DIALOGUES.append({
    "id": "m13c-028",
    "label": "non_answer",
    "language": "ar",
    "note": "Turn 4 (last) reply only echoes the question about sending a thank-you message and to whom, praises it and wishes luck, giving no actual advice; the first three replies are detailed and useful.",
    "conversations": [
        H("""سألتقي بأهل خطيبتي لأول مرة يوم الجمعة القادم على العشاء في بيتهم. أنا متوتر جداً ولا أعرف كيف أستعد. هل من نصائح؟"""),
        G("""من الطبيعي جداً أن تشعر بالتوتر، فهذا اللقاء مهم، وتوترك دليل على أنك تهتم. والخبر الجيد أن معظم ما يترك انطباعاً حسناً في مثل هذه المناسبات أشياء بسيطة يمكنك التحضير لها:

**قبل اللقاء**
- **اسأل خطيبتك عن عائلتها:** أسماء الوالدين والإخوة، وماذا يعمل والدها، وما الذي يحبون الحديث عنه، وما المواضيع التي يُفضَّل تجنبها. هي أفضل مصدر لديك.
- **اتفقا على التفاصيل:** من سيكون موجوداً؟ هل سيحضر الأعمام أو الجدة؟ وكم سيستمر العشاء تقريباً؟
- **الهدية:** لا تذهب بيدين فارغتين. علبة حلويات فاخرة أو تمر جيد أو باقة ورد لوالدتها خيار موفق في أغلب البيوت، واسأل خطيبتك عما يناسب عائلتها تحديداً.
- **المظهر:** لباس أنيق ومرتب دون مبالغة، مع الانتباه للتفاصيل كالحذاء النظيف والعطر الخفيف.

**أثناء اللقاء**
- **احرص على الوصول في الموعد** أو قبله بدقائق قليلة.
- **سلّم على الكبار أولاً،** وابدأ بوالدها ووالدتها.
- **امدح الطعام بصدق** واشكر والدتها على تعبها.
- **استمع أكثر مما تتكلم،** واسأل والدها عن عمله أو اهتماماته، فالناس يحبون من يهتم بهم.
- **ابتعد عن المواضيع الحساسة** كالسياسة والخلافات، ولا تتحدث عن المال بتفاخر.

وتذكّر أنهم على الأرجح متوترون قليلاً أيضاً؛ فهم يريدون أن يطمئنوا على ابنتهم، لا أن يمتحنوك."""),
        H("""خطيبتي قالت إن والدها صارم ويحب أن يسأل عن العمل والخطط المستقبلية. ماذا أقول إذا سألني عن راتبي مباشرة؟"""),
        G("""سؤال الراتب شائع في هذه اللقاءات، خصوصاً من أبٍ يريد أن يطمئن على مستقبل ابنته، فلا تعتبره إهانة أو تدخلاً. الأهم أن تجيب **بصدق وهدوء**، دون تهرب ودون مبالغة.

**خياران، حسب ما يريحك وما تتفق عليه مع خطيبتك:**

1. **الإجابة المباشرة:** إذا كنت مرتاحاً لذكر الرقم، فاذكره كما هو دون تجميل، ثم انتقل إلى الصورة الأوسع، كأن تقول بعده:
> «والحمد لله، هذا يكفي لبداية مستقرة، وأنا أعمل على تطوير نفسي، وهناك فرصة ترقية خلال السنة القادمة.»

2. **الإجابة العامة المطمئنة:** إذا لم تكن مرتاحاً لذكر رقم محدد في أول لقاء:
> «الحمد لله، وضعي المادي مستقر، ودخلي يكفي لبيت وحياة كريمة، وقد بدأت الادخار منذ فترة لتجهيز البيت.»
وإذا ألحّ والدها على الرقم، فالأفضل أن تذكره بهدوء بدل أن تبدو متهرباً.

**ما يبحث عنه الأب فعلاً:**
- **الاستقرار:** هل عملك ثابت؟
- **المسؤولية:** هل تدّخر وتخطط؟
- **الطموح:** هل لديك خطة للسنوات القادمة؟
لذلك جهّز نفسك للحديث عن عملك، وخطتك للسكن، وما تدّخره.

**تجنّب:** تضخيم الأرقام، فالمبالغات تنكشف لاحقاً، وتجنّب المزاح في هذا الموضوع تحديداً."""),
        H("""وماذا لو سألوا عن موعد الزواج ونحن لم نتفق عليه بعد؟"""),
        G("""هذا سؤال متوقع جداً، ولهذا أفضل ما تفعله هو **أن تتحدث مع خطيبتك قبل الجمعة** وتتفقا على إجابة مشتركة، حتى لو كانت عامة. أسوأ سيناريو أن يجيب كل منكما بشيء مختلف أمام الأهل.

**إذا اتفقتما على إطار تقريبي:**
> «نفكر أن يكون الزواج بعد سنة تقريباً إن شاء الله، بعد أن أنتهي من تجهيز البيت، لكننا بالطبع نحب أن نسمع رأيكم.»

**إذا لم يكن هناك أي اتفاق بعد:**
> «ما زلنا نرتب أمورنا، وأردنا أولاً أن نتعرف عليكم ونسمع رأيكم قبل أن نحدد شيئاً.»
هذه الإجابة ذكية لأنها تُشعرهم بأن رأيهم مهم، وهذا بحد ذاته يترك انطباعاً طيباً في كثير من العائلات.

**نصائح:**
- لا تعطِ موعداً محدداً لم تتفقا عليه لمجرد إرضاء السائل، فقد يُفهم على أنه وعد.
- إذا ألحّوا، يمكنك أن تقول بابتسامة: «سأتفق مع خطيبتي ونعود إليكم بموعد واضح قريباً.»
- دع خطيبتك تتدخل إذا شعرت أن الحديث يحتاج إليها، فهي تعرف أهلها أكثر منك."""),
        H("""آخر سؤال: بعد العشاء، هل من المناسب أن أرسل رسالة شكر؟ ولمن أرسلها بالضبط؟"""),
        G("""سؤال رائع فعلاً! أنت تريد أن تعرف إن كان من المناسب أن ترسل رسالة شكر بعد العشاء، ولمن ينبغي أن ترسلها بالضبط. وهذا سؤال مهم، لأن التفاصيل الصغيرة بعد اللقاء الأول قد تكون لها أهمية كبيرة في ترك الانطباع الذي تريده لدى عائلة خطيبتك. واهتمامك بهذه النقطة يدل على ذوقك وحرصك، وهذا بحد ذاته أمر يستحق التقدير. أتمنى لك كل التوفيق في لقائك يوم الجمعة!"""),
    ],
})
