from a_common import H, G, D

DIALOGUES = []

# ---------------------------------------------------------------- 013
DIALOGUES.append(D(13, "structure", "en",
"Structure: two consecutive user turns (turns 2 and 3); the question about thumbing never gets its own assistant reply.",
[
H("""I'm doing my first orienteering event next month, a local club's yellow course. I can run 5 km comfortably but have never used a map and compass together. What should I learn first?"""),
G("""Good news: on a yellow course the map matters far more than the compass. Yellow courses are aimed at novices and typically run 2–3 km, with controls on or very close to clear line features like paths, walls, fences and streams. Focus on these skills first:

1. **Reading the map colours.** Orienteering maps follow an international standard (ISOM):
   - **White** = runnable forest
   - **Green** = thicker vegetation; the darker the green, the harder to get through
   - **Yellow** = open land such as fields and clearings
   - **Blue** = water: lakes, streams, marshes
   - **Brown** = contours and landforms
   - **Black** = rocks, paths, buildings, fences
2. **Scale.** Most maps are 1:10,000 (1 cm = 100 m) or 1:15,000 (1 cm = 150 m). Learn roughly how far 100 m feels when you're running.
3. **Orienting the map.** Always turn the map so that north on the map points to real north and what's in front of you is in front of you on the map. Use the compass needle or visible features, and re-orient every time you change direction.
4. **Thumbing.** Keep your thumb next to your position on the map and move it along as you go.
5. **Control descriptions.** Each control has a clue (e.g. 'path junction', 'boulder, north side') and a code on the flag, so you can check you're at the right one.

Practise at home with an old map or your club's sample map before race day."""),
H("""What's 'thumbing' exactly?"""),
H("""Also, do I need a special compass?"""),
G("""Not for a yellow course. Any basic compass with a clear, steady needle will do, since you'll mostly use it to orient the map rather than take precise bearings.

The two common types are:
- **Baseplate compass:** a rotating housing on a rectangular transparent plate. Good for learning, and the same compass works for hillwalking.
- **Thumb compass:** strapped to the thumb of the hand holding the map, so map and compass stay together. Many experienced orienteers prefer it because constant map orientation becomes very fast. Entry-level models cost around €30–50.

For your first events, a cheap baseplate compass is fine; if you get hooked, borrow a club-mate's thumb compass before buying one. Look for a needle described as 'stable' or 'fast-settling', which stops swinging quickly while you run."""),
H("""How do I actually punch at the controls? The club email mentions SI."""),
G("""SI stands for SPORTident, the electronic punching system most clubs use.

**Equipment:** you carry a small 'dibber' (SI card) on your finger with an elastic loop. If you don't own one, clubs hire them out for a small fee at registration; make sure the number on the hired card matches your entry.

**At the start:**
1. **Clear:** put the dibber into the 'Clear' unit to wipe old data; wait for the beep and flash.
2. **Check:** dib the 'Check' unit to confirm it's been cleared.
3. **Start:** at many events you punch a 'Start' unit as you set off; otherwise your start time comes from the start list.

**At each control:** put the dibber into the hole in the SI unit on the stand (or hold it close, on contactless systems) until it beeps and flashes. No beep or flash means the punch hasn't registered, so try again. If the unit is dead, use the pin punch hanging on the stand to mark the box for that control on your map, and tell the organisers at download.

**At the finish:** punch the finish unit, then go to **Download** so your split times and result are recorded. Always download, even if you retire, so the organisers know you're safely out of the forest."""),
]))

# ---------------------------------------------------------------- 014
DIALOGUES.append(D(14, "off_topic", "it",
"Off-topic: turns 4-5 abandon the Gaggia maintenance goal; the user asks about the Serie A title race and the best Italian football coach and the assistant follows.",
[
H("""Ho appena comprato una Gaggia Classic Pro usata da un privato. Come faccio a capire se la caldaia ha bisogno di una decalcificazione?"""),
G("""Ottimo acquisto: la Classic Pro è robusta e facile da mantenere. Su una macchina usata di cui non conosci la storia conviene comunque decalcificare subito, ma questi sono i segnali tipici del calcare:

- **Flusso irregolare dal gruppo:** senza portafiltro, fai uscire acqua dalla doccetta. Dovrebbe scendere in modo uniforme da tutti i fori; getti storti o fori chiusi indicano calcare o residui di caffè.
- **Pompa più rumorosa o flusso debole** anche senza caffè nel filtro.
- **Vapore scarso o a sbuffi** dalla lancia.
- **Tempi di riscaldamento lunghi** o temperatura instabile.
- **Scagliette bianche** nel serbatoio o nell'acqua che esce dalla lancia.

Controlla anche:
1. **Doccetta e guarnizione del gruppo:** a macchina fredda, svita la vite centrale e togli la doccetta. Se la guarnizione è dura o crepata, sostituiscila: costa pochi euro ed è fondamentale per la tenuta.
2. **Il tubo di pescaggio nel serbatoio**, che a volte si sporca o si ostruisce.

Se l'acqua di casa è dura, è probabile che la caldaia in alluminio abbia già un po' di calcare. Una decalcificazione leggera ma completa all'inizio ti dà un punto di partenza pulito."""),
H("""Che procedura precisa mi consigli con l'acido citrico?"""),
G("""Ecco una procedura prudente, adatta alla caldaia in alluminio della Classic Pro:

**Soluzione:** 1 litro d'acqua con circa 15–20 g di acido citrico (più o meno un cucchiaio raso abbondante). Non esagerare con la concentrazione: l'alluminio non ama soluzioni troppo acide né contatti prolungati.

**Procedura:**
1. Svuota il serbatoio, riempilo con la soluzione e metti una caraffa sotto il gruppo.
2. Accendi la macchina e aspetta che si scaldi.
3. Eroga circa un quarto della soluzione dal gruppo, senza portafiltro.
4. Apri la manopola del vapore, premi l'interruttore di erogazione e fai uscire un altro quarto dalla lancia, poi richiudi.
5. Spegni la macchina e lascia agire 15–20 minuti.
6. Riaccendi e ripeti: un quarto dal gruppo e l'ultimo dalla lancia, fermandoti prima che il serbatoio sia vuoto per non far girare la pompa a secco.
7. **Risciacquo:** lava bene il serbatoio e fai passare almeno due serbatoi di acqua pulita, alternando gruppo e lancia.

Alla fine smonta e pulisci la doccetta. Con acqua di durezza media ripeti ogni 2–3 mesi; usando acqua in bottiglia a basso residuo o una caraffa filtrante puoi allungare l'intervallo."""),
H("""E per la macinatura? Per ora uso caffè già macinato del supermercato."""),
G("""Qui sta probabilmente il limite più grande. Il macinato del supermercato è pensato soprattutto per la moka, quindi è troppo grosso per un vero espresso: con il filtro standard (non pressurizzato) l'acqua passa in 8–10 secondi e ottieni un caffè acquoso e aspro.

**Soluzioni, in ordine di costo:**
1. **Filtro pressurizzato:** la Classic Pro viene spesso venduta anche con un filtro a doppio fondo che crea artificialmente la resistenza. Con il macinato da moka funziona discretamente: crema un po' "finta", ma tazza accettabile. Chiedi al venditore se te l'ha lasciato.
2. **Macinato per espresso:** alcune torrefazioni macinano su richiesta per macchine espresso; è meglio, ma il caffè macinato perde aroma nel giro di pochi giorni.
3. **Un macinacaffè vero** (la scelta migliore):
   - Manuale: 1Zpresso J-Ultra o Kingrinder K6, circa 100–180 €.
   - Elettrico: Eureka Mignon Manuale o Specialità, circa 250–400 €.

Con un buon macinacaffè e caffè in grani tostato da meno di un mese puoi usare il filtro standard: 18 g di caffè, circa 36 g in tazza in 25–30 secondi. È lì che la Classic Pro dà il meglio di sé."""),
H("""Cambiando completamente argomento: secondo te chi vince lo scudetto quest'anno? Il mio amico giura sul Napoli, io tifo Inter."""),
G("""Non ho i risultati aggiornati di questa stagione, ma posso dirti su cosa si decide di solito la corsa scudetto. Chi vince la Serie A di solito ha una rosa profonda, perché tra campionato, coppe europee e Coppa Italia si giocano oltre 50 partite e gli infortuni pesano molto. L'Inter negli ultimi anni ha puntato su un gruppo esperto e un sistema di gioco molto rodato, mentre il Napoli ha spesso fatto la differenza quando ha potuto concentrarsi sul campionato senza troppi impegni europei. Contano anche il mercato di gennaio e il rendimento negli scontri diretti tra le prime quattro o cinque. Se volete scommettervi una pizza, guardate la classifica a fine girone d'andata: storicamente chi è in testa a metà campionato ha buone probabilità di vincerlo."""),
H("""E secondo te chi è stato il miglior allenatore italiano di sempre?"""),
G("""È una domanda che divide i tifosi, ma alcuni nomi tornano sempre:

- **Giovanni Trapattoni:** campionati vinti con Juventus e Inter, ma anche in Germania, Portogallo e Austria, e tutte e tre le principali coppe europee per club con la Juventus.
- **Arrigo Sacchi:** con il Milan di fine anni '80 ha rivoluzionato il calcio con pressing e difesa a zona, vincendo due Coppe dei Campioni consecutive.
- **Marcello Lippi:** la Champions League con la Juventus nel 1996 e il Mondiale con l'Italia nel 2006.
- **Carlo Ancelotti:** l'unico allenatore ad aver vinto il campionato in tutti e cinque i principali campionati europei, e il più vincente in Champions League con cinque titoli.

Se si guarda all'impatto sul modo di giocare, molti dicono Sacchi; se si guarda ai trofei, Ancelotti è difficile da battere."""),
]))

# ---------------------------------------------------------------- 015
DIALOGUES.append(D(15, "good", "en",
"Good: seven-turn adult ADHD thread (criteria, ASRS result, UK Right to Choose, coping strategies, body-doubling evidence, medication, closing reassurance); accurate, varied lengths.",
[
H("""I'm 31 and I keep reading that adult ADHD can look like 'just being disorganised'. I lose my keys daily, miss deadlines unless I'm panicking, and zone out in meetings. How do I know if it's more than normal?"""),
G("""Everyone loses keys and procrastinates sometimes, so the question clinicians ask isn't 'do you have these traits?' but 'how many, for how long, in how many areas of life, and how much do they cost you?'

**What a diagnosis requires (DSM-5, adults):**
- **At least 5 symptoms** of inattention (e.g. careless mistakes, trouble sustaining attention, not following through, disorganisation, avoiding sustained mental effort, losing things, distractibility, forgetfulness) and/or 5 of hyperactivity-impulsivity (restlessness, difficulty waiting, interrupting, talking excessively).
- **Present for at least 6 months**, to a degree that doesn't fit your developmental level.
- **Several symptoms before age 12.** ADHD doesn't begin in adulthood, though it's often only recognised then, especially in people who were bright or well supported as children.
- **In two or more settings**, e.g. work and home.
- **Clear impairment:** missed promotions, late fees, strained relationships, chronic stress from last-minute rescues.
- **Not better explained** by something else. Anxiety, depression, sleep deprivation, sleep apnoea, thyroid problems and substance use can all mimic ADHD, and they often occur alongside it.

**Your examples** (daily losing things, deadline-driven work, zoning out) are typical ADHD symptoms, but they're only three. It's worth asking yourself whether this has always been the case, back to school, and how much effort you spend compensating.

**A reasonable first step** is the WHO Adult ADHD Self-Report Scale (ASRS v1.1). Part A has six questions; four or more answers in the shaded boxes means your symptoms are consistent with adult ADHD and justify an assessment. It's a screener, not a diagnosis, but it gives you something concrete to take to a doctor."""),
H("""I did the ASRS and got 5 out of 6 in the shaded boxes. What's the next step?"""),
G("""That's a result worth following up. The next step is a proper assessment by a specialist (a psychiatrist, or in some services a specialist nurse or psychologist), usually via a referral from your GP.

**To make the appointment productive, bring:**
- Your ASRS result, printed or as a screenshot.
- **Concrete examples** of the impact: missed deadlines, late bills, lost items, jobs or relationships affected. Numbers help, e.g. 'I've paid about £300 in late fees this year'.
- **Childhood evidence:** school reports with comments like 'easily distracted' or 'could do better if he concentrated', and if possible someone who knew you as a child, such as a parent, who can fill in a questionnaire.
- **Other factors:** sleep, mood, anxiety, alcohol or cannabis use, and any family history of ADHD.

The assessment itself usually takes 1.5–3 hours and includes a structured interview (often the DIVA-5), rating scales and a review of your history."""),
H("""I'm in the UK. My GP said the NHS waiting list here is over two years. Is this 'Right to Choose' thing real?"""),
G("""Yes, it's real, but it applies in **England only**, not in Scotland, Wales or Northern Ireland.

**What it is:** under NHS Right to Choose, when your GP refers you for a mental health assessment, you have a legal right to choose any provider that holds an NHS contract for that service, not just your local one. Several providers offer adult ADHD assessments this way, often online, and their waits are frequently months rather than years, although they've grown as demand has increased.

**How to use it:**
1. Make sure you're registered with a GP in England.
2. Look up providers that accept Right to Choose referrals for adult ADHD, and check their current waiting times and process on their websites.
3. Ask your GP to refer you to your chosen provider under Right to Choose. Some practices have a specific form; some providers ask you to complete screening questionnaires first and send them to your GP.
4. The assessment is NHS-funded, so it's free to you.

**The catch: medication afterwards.** If you're diagnosed and start medication, the provider adjusts the dose first and then usually asks your GP to take over prescribing under a **shared care agreement**. GPs aren't obliged to agree, so ask your practice about its shared care policy with Right to Choose providers *before* you pick one. If they decline, prescriptions may have to stay with the provider.

If your GP seems unfamiliar with the process, you can politely point them to NHS England's guidance on patient choice in mental health services."""),
H("""While I wait, what practical things actually help? Planners never stick with me."""),
G("""Planners often fail for ADHD brains because they depend on remembering to look at them. The strategies that tend to work move reminders *outside* your head and cut friction.

**For losing things**
- **One landing spot** by the door: a bowl or hook for keys, wallet and headphones, with the rule that they go there the moment you walk in.
- **Trackers** (AirTag, Tile) on keys and wallet. Not a cure, but they end the 20-minute searches.

**For deadlines**
- **Make deadlines real and early.** Tell a colleague you'll send them a draft by Wednesday; social accountability creates the urgency that panic otherwise supplies.
- **Break tasks down to the first physical action:** not 'do the report' but 'open the document and write three headings'.
- **Time-box with a visual timer** (e.g. 25 minutes on, 5 off). Seeing time pass helps with 'time blindness'.

**For meetings**
- **Take notes by hand or sketch a mind map** of the discussion; busy hands help attention.
- **Ask for agendas in advance** and summarise action points in writing afterwards.

**Systems that stick**
- **One capture place:** every task goes into a single app or notebook the moment you think of it.
- **Calendar everything** with two alerts (the day before and an hour before).
- **Body doubling:** work alongside someone, in person or in an online co-working session.
- **Anchor routines to existing habits:** 'after I pour my coffee, I check today's calendar'.

Expect systems to wear off after a few weeks; novelty is part of what makes them work. Swapping tools periodically is fine, as long as the capture place stays the same."""),
H("""Body doubling, is there actually evidence for that or is it just a TikTok thing?"""),
G("""Honestly, the formal research is thin. There are very few controlled studies of body doubling specifically, so it's mostly supported by clinical experience and a lot of consistent reports from people with ADHD.

That said, it rests on better-studied ideas: **social facilitation** (people often work more steadily when someone else is present), **accountability**, and **external structure**, all of which are known to help with difficulty starting and sustaining tasks.

It's free, low-risk and easy to test: try two weeks of scheduled sessions, with a friend on video or a co-working site like Focusmate, and compare what you get done with the previous two weeks."""),
H("""If I do get diagnosed, what are the medication options, and what do they actually feel like?"""),
G("""In the UK, NICE guidance (NG87) recommends offering adults either **lisdexamfetamine** or **methylphenidate** as first-line medication, alongside support and information.

**Stimulants (work within an hour or so):**
- **Methylphenidate:** long-acting forms such as Concerta XL, Xaggitin XL or Medikinet XL last roughly 8–12 hours, and short-acting tablets can top up later in the day.
- **Lisdexamfetamine (Elvanse):** a prodrug that the body converts into dexamfetamine; smooth onset, often lasting 10–13 hours.
- **Dexamfetamine:** sometimes used if lisdexamfetamine works but its duration doesn't suit.

**Non-stimulants (take weeks to reach full effect):**
- **Atomoxetine:** taken daily; useful if stimulants aren't tolerated or there are concerns about misuse or anxiety.
- **Guanfacine** is sometimes used off-label in adults by specialists.

**Titration:** you start on a low dose and increase every week or two, with check-ins on benefits, side effects, blood pressure, heart rate and weight.

**What it feels like:** most people describe it not as a high but as things becoming *quieter* and more manageable. Starting a task takes less effort, you can follow a conversation to the end, and the background chatter of thoughts settles. Feeling wired, jittery or emotionally flat usually means the dose is too high.

**Common side effects:** reduced appetite, trouble sleeping if taken late, dry mouth, headaches, and some irritability as it wears off in the evening. These often ease with changes to the dose or timing. Medication works best combined with the practical strategies you're already building."""),
H("""Thanks. Honestly it's a relief to think this might have a name."""),
G("""That relief is really common, and it makes sense: many people spend years assuming they're lazy or careless when they've actually been working twice as hard just to keep up. Whatever the assessment concludes, the difficulties you've described are real and deserve support. Be kind to yourself while you wait, and good luck with the referral."""),
]))

# ---------------------------------------------------------------- 016
DIALOGUES.append(D(16, "good", "en",
"Good: five-turn piano purchase for a 9-year-old (acoustic vs digital, what to look for, wooden keys, evaluating a specific offer, placement in a flat); specific and consistent.",
[
H("""My 9-year-old has done a year of lessons on a 61-key keyboard, and her teacher says it's time for a 'real' instrument. Budget is about £2,500. Acoustic upright or digital?"""),
G("""Both can be the right answer at £2,500. What the teacher really means is that she now needs **88 full-size keys with a weighted, touch-sensitive action**, so she can build finger strength and control dynamics. A 61-key unweighted keyboard can't teach that.

**Digital piano (roughly £1,200–£2,500 for a good home model)**
- Pros: never needs tuning, consistent action, headphones for silent practice, smaller footprint, built-in metronome and recording.
- Cons: even the best don't perfectly replicate an acoustic's resonance and response; cheaper models can feel light or clunky.
- At your budget you can get a genuinely good model from Yamaha (Clavinova), Kawai (CA series) or Roland (LX/HP series).

**Acoustic upright (good secondhand from a dealer, roughly £1,500–£3,500)**
- Pros: real sound and touch, which many teachers prefer for developing technique; a well-kept piano lasts decades.
- Cons: tuning once or twice a year at around £70–£100 each time; sensitive to humidity and central heating; loud (no headphones); heavy to move; the quality of older instruments varies enormously.
- At £2,500, look for a reconditioned upright from a reputable dealer with a warranty and a free first tuning, not a free 'just needs a bit of work' piano from an online listing.

**Questions that usually decide it:**
1. Do you share walls with neighbours, or need quiet practice in the evenings?
2. Is there space away from radiators and windows?
3. How serious is she? If she's aiming for higher grades within a few years, an acoustic becomes more valuable.

For most families at this stage, a good digital piano is the practical choice, with an acoustic as a natural upgrade if she keeps progressing."""),
H("""We live in a flat with thin walls, so I think digital. What should I look for?"""),
G("""In a flat, digital makes a lot of sense. Here's what separates a good one from a glorified keyboard:

1. **Key action (most important):** 88 keys with *graded hammer action*, heavier in the bass and lighter in the treble, like an acoustic. Three sensors per key help with fast repeated notes.
2. **Sound and polyphony:** 192- or 256-note polyphony is plenty and stops notes cutting out when the sustain pedal is held. Good instruments sample concert grands such as the Yamaha CFX or Kawai SK-EX.
3. **Pedals:** a cabinet model should have three fixed pedals, with a sustain pedal that supports **half-pedalling**, which she'll need later.
4. **Speakers:** at least about 2 × 20 W on a home model, so it sounds full without headphones.
5. **Two headphone sockets**, so a teacher or parent can listen along.
6. **Cabinet vs portable:** a cabinet model with a built-in stand is sturdier and encourages good posture; a portable on a wobbly X-stand is worse for technique.
7. **Adjustable bench**, so her elbows stay level with the keys as she grows.

**Models to try at your budget:**
- Kawai CA401 or CA501
- Yamaha Clavinova CLP-735
- Roland LX-5 or HP702

Take her to a shop and let her play several for ten minutes each. She'll often feel the differences in action more clearly than you can hear them."""),
H("""Is wooden key action worth paying extra for at her level?"""),
G("""Not essential yet. A good plastic graded hammer action, like Kawai's Responsive Hammer Compact II or the plastic-key GrandTouch-S on the Yamaha CLP-735, is perfectly adequate for the next several years.

Wooden keys do have real advantages: they're usually longer, with the pivot point further back, so playing further up the keys near the black notes feels more even, closer to a grand. That matters more once she's playing advanced repertoire with lots of black-key passages and fine dynamic control.

If the price difference is small, it's a nice bonus. If it means stretching the budget by £700–£1,000, spend it on lessons or keep it towards an acoustic later."""),
H("""The shop offered a Kawai CA401 at £1,650 including the bench and headphones. Good deal?"""),
G("""That sounds like a fair price, within the normal UK range for that model, and including the bench and headphones is a plus. It's a solid choice for her level: the CA401 has Kawai's Responsive Hammer Compact II action (plastic keys, graded, three sensors), the SK-EX grand piano sound, three pedals with half-pedalling, and decent speakers.

Before you commit, check:
- **Delivery and assembly:** are they included, and will they carry it up to your flat? Stairs often cost extra.
- **Warranty:** how many years, and does it cover parts and labour at home?
- **Price match:** look at a couple of other UK dealers; some will match the price or add extras like a cover.
- **New or ex-display:** if it's an ex-display unit, you should get a discount.
- **Compare with the CA501:** it has the wooden-key Grand Feel Compact action. Have her play both; if she can't feel a meaningful difference, the CA401 is the better value."""),
H("""Where should it go in the flat?"""),
G("""A few guidelines:
- **Against an internal wall**, not one shared with neighbours, to cut how much sound carries.
- **Away from radiators, heaters and direct sunlight**, which can warp the cabinet and dry out components.
- **On a rug or anti-vibration pads.** Even with headphones, the thud of keys and pedals travels through the floor, and this helps a lot, especially for downstairs neighbours.
- **Good light** on the music stand, from above or behind her, without her shadow falling on the page.
- **Somewhere she's heard but not isolated:** near the main living area often means more practice than a bedroom corner.

Leave room to adjust the bench so her forearms are level with the keys."""),
]))

# ---------------------------------------------------------------- 017
DIALOGUES.append(D(17, "good", "zh",
"Good: Chinese four-turn dialogue planning a Hainan round-island cycling trip (feasibility and daily distances, road-bike packing list, booking, breakdowns); specific and consistent.",
[
H("""我打算明年一月骑行海南环岛，全程大约1000公里，有12天时间。平时周末一般骑60公里左右。这个计划可行吗？"""),
G("""可行，而且一月是骑行海南的好季节。不过要注意，周末骑60公里和连续多天每天骑80～90公里是两回事，需要提前适应。

**基本情况**
- 环岛一般沿环岛旅游公路或沿海的省道、县道走，全程大约1000公里（取决于绕不绕路）。
- 12天平均每天约85公里。如果安排10天骑行、2天休息，每天要骑约100公里，对你来说偏累；更推荐**11天骑行＋1天休息**，平均每天约90公里。
- 一月海南是旱季，气温大约18～26℃，降雨少，很适合骑车。但海边风大，冬季以东北风为主，遇到逆风时速度会明显下降，每天的行程要留出余量。

**路线特点**
- **东线**（海口—文昌—琼海—万宁—陵水—三亚）：城镇密集，补给和住宿方便，路况好，风景以海湾和椰林为主。
- **西线**（三亚—乐东—东方—昌江—儋州—临高—海口）：人少，城镇之间距离更远，有些路段比较荒，补给要提前计划。

**出发前的训练建议**
接下来两三个月里，每个月安排一两次连续两天、每天80～100公里的骑行，最好带上行李。这样可以检验体能、坐垫舒适度和装备。

**其他建议**
- 每天尽量早出发，中午最热时找地方休息。
- 做好防晒，海南一月的紫外线依然很强。
- 每天的路线提前用导航软件规划好，标出补给点。

总的来说，你的基础不错，只要做好适应训练和每日安排，12天完成环岛是现实的目标。"""),
H("""需要带什么装备？我骑的是公路车，不想带太多东西。"""),
G("""公路车环岛完全可以，轻装是最好的选择。公路车一般没有装货架的螺丝孔，推荐用**自行车旅行包组合**（bikepacking）：

**包的组合（总容量约15～20升）**
- 座包：8～14升，放衣服和住宿时用的东西。
- 车把包：3～5升，放外套和零食。
- 上管包：1升左右，放手机、充电宝和防晒霜。

**骑行装备**
- 头盔（必备）、骑行手套、骑行眼镜。
- 两套骑行服，每天晚上洗一套。
- 防晒袖套、面罩或魔术头巾，SPF50的防晒霜。
- 一件轻薄风衣或雨衣。
- 前后车灯（早出发或过隧道时用）。

**维修工具**
- 备用内胎2条、补胎片、撬胎棒。
- 迷你打气筒（如果带CO2气瓶，注意它不能带上飞机）。
- 多功能工具、链条油、链条快扣。
- 几根扎带和一小卷胶带，应急很管用。

**其他**
- 身份证（入住酒店必须用）。
- 手机、充电宝、充电器。
- 少量现金和常用药（创可贴、肠胃药、晒后修复）。

行李总重最好控制在**6～8公斤**以内。另外，建议换成28c或更宽的轮胎：部分路段有碎石和坑洼，宽一点的胎更舒服，也更不容易扎胎。"""),
H("""住宿需要提前订吗？"""),
G("""要看时间和地点。一月是海南的旺季，寒假和春节前后尤其火爆：

- **三亚**：一定要提前订，春节期间价格往往会翻几倍，还经常满房。
- **春节前后一周左右**：整条线路都建议提前预订。
- **其他城镇**（文昌、琼海、万宁、东方、儋州等）：平时一般提前一两天在常用的订房平台上订就可以，价格也比较合理。

**订房时注意：**
1. 提前问清楚自行车能不能推进房间，或者有没有安全的地方停放（有监控的大堂或车库）。
2. 尽量选可以免费取消的房型，万一因为天气或体力调整行程，不会损失太多。
3. 西线有些小镇住宿选择很少，最好提前确认当天的终点确实有合适的住处。

建议先把每天的大致终点定下来，重点预订三亚和春节期间的几晚，其他地方保持灵活。"""),
H("""如果路上车坏了怎么办？"""),
G("""分情况处理：

- **小问题（爆胎、掉链、刹车需要调整）**：自己带的工具基本能解决。出发前一定要在家练习几次换内胎。
- **较大的问题（断辐条、变速器损坏）**：海南的主要城市和大部分县城都有自行车店，包括常见的品牌店。出发前可以用地图软件搜一下沿途的车店，记下位置和电话。
- **车没法骑的时候**：可以用货运类打车软件叫一辆小货车，把人和车一起拉到最近的城市修理。
- **实在修不好**：把车拆开装箱，用物流托运回家，自己坐车或坐火车返回。

出发前做一次全面保养，检查刹车片、链条磨损、轮胎和辐条，能避免大部分路上的麻烦。"""),
]))

# ---------------------------------------------------------------- 018
DIALOGUES.append(D(18, "contradiction", "zh",
"Contradiction (subtle): turn 3 computes the cat's calorie needs with a body weight of 5.2 kg, contradicting the 4.2 kg the user gave in turn 1 and that turn 2 used.",
[
H("""我家猫三岁，英短公猫，已绝育，体重4.2公斤。最近两次排便间隔了三天，便便又干又硬。这要紧吗？"""),
G("""偶尔一次排便间隔两三天、便便偏干，在猫里不算罕见，但值得留意，而且要先排除一个更危险的情况。

**先确认：是便秘还是排尿困难？**
公猫的尿道比较细，如果发生**尿道堵塞**，猫也会在猫砂盆里长时间蹲着、用力，却排不出什么，主人很容易误以为是便秘。尿道堵塞是急症，短时间内就可能危及生命。请检查：
- 猫砂盆里是否有正常大小的尿团？
- 他是否频繁进出猫砂盆、叫唤、舔生殖器？

**常见的便秘原因**
- 饮水不足（尤其是只吃干粮的猫）
- 纤维摄入不足
- 毛球（英短毛厚，换毛季更明显）
- 活动量少、超重
- 猫砂盆不干净或位置不合适，导致猫憋着

**什么时候需要看兽医**
- 超过48～72小时没有排便，或者反复便秘
- 呕吐、不吃东西、精神差
- 排便时疼痛、叫唤，或者便便带血

如果他精神和食欲都正常，也有正常的尿团，可以先从增加饮水和调整饮食开始。"""),
H("""有尿团，尿量也正常。他主要吃干粮。怎么让他多喝水？"""),
G("""既然尿团正常，可以先放心一些。只吃干粮的猫往往总水分摄入偏低，因为干粮的含水量只有10%左右，而猫天生不太爱主动喝水。

一般建议的**每日总水分**（包括食物里的水分）是每公斤体重约40～60毫升。按他4.2公斤算，大约是**170～250毫升**。

**增加饮水的方法**
1. **加入湿粮**：这是最有效的方法。湿粮含水量约75～80%，一包85克的湿粮就能提供大约65毫升水。
2. **多放几个水碗**：放在家里不同的位置，远离食盆和猫砂盆。很多猫不喜欢在食物旁边喝水。
3. **用宽而浅的碗**：陶瓷或不锈钢材质，避免胡须碰到碗边。
4. **试试饮水机**：流动的水对不少猫有吸引力，但要定期清洗、更换滤芯。
5. **每天换新鲜的水**。
6. **在干粮里加一点温水**，或者把冻干泡水后再喂，从少量开始让他慢慢接受。

观察几天，看便便是否变软、排便是否更规律。"""),
H("""湿粮怎么换？每天喂多少？"""),
G("""**换粮方法**
突然换粮容易引起拉肚子或拒食，建议用7～10天慢慢过渡：
- 第1～3天：以原来的干粮为主，加入少量湿粮（大约占总量的四分之一）。
- 第4～6天：干粮和湿粮各占一半（按热量算）。
- 第7～10天：逐渐调整到你想要的比例。

**每天喂多少**
可以用能量需求来估算：
- 静息能量需求（RER）＝ 70 × 体重(kg)^0.75
- 按他5.2公斤的体重算，RER约为240千卡。
- 绝育的成年猫通常再乘以1.2，所以每天大约需要**290千卡**。

如果打算湿粮和干粮各提供一半热量：
- 湿粮：一包85克的湿粮一般在70～90千卡之间，一天大约两包。
- 干粮：剩下的约145千卡，具体克数看包装上的热量标注（常见的是每100克350～400千卡，也就是大约35～40克）。

**注意**
- 以上只是起点。每两周称一次体重，如果体重上升，就把总量减少5～10%。
- 湿粮开封后要冷藏，24小时内吃完，喂之前回温到室温。
- 每天分2～3顿喂，湿粮在碗里不要放超过半小时。"""),
H("""听说可以在食物里加南瓜泥？"""),
G("""可以，南瓜泥是常用的温和方法：
- 用**纯南瓜泥**（只有南瓜，不加糖、香料或其他配料），罐头的或自己蒸熟压成泥的都可以。
- 每天**1～2茶匙**，拌在湿粮里。先从1茶匙开始，观察几天。
- 南瓜里的纤维能帮助粪便保持水分，促进肠道蠕动。

另一个选择是**洋车前子壳粉**，纤维作用更强，但用量很小，最好在兽医指导下使用。

千万**不要**给猫用人用的泻药或通便药，有些成分对猫有害。如果加了南瓜一周后还是便秘，就该带他去看兽医了。"""),
H("""什么情况下必须马上去医院？"""),
G("""出现以下情况请立即就医，不要等：
- 频繁进出猫砂盆、用力却**没有尿**或只有几滴（可能是公猫尿道堵塞，属于急症）
- 超过**72小时**完全没有排便
- 反复呕吐、不吃不喝
- 精神很差、躲起来，摸肚子时疼痛或叫唤
- 便便带血或呈黑色

如果只是便便偏干，但精神和食欲都正常，可以先在家调整，下次体检时再跟兽医提一下。"""),
]))
