# Part c: flawed dialogues i9c-023 .. i9c-030 (hand-written).
# Each conversation is a list of ("h", text) / ("g", text) tuples.

D023 = dict(
    id="i9c-023", label="non_answer", language="en",
    note="Persephone myth: turn 3 reply only restates the question about Ascalaphus and praises it, giving no information about who he was or his punishment.",
    conv=[
("h", """Can you tell me the myth of Persephone and Hades? The actual ancient story, not the romanticised TikTok version."""),
("g", """The oldest full version is the *Homeric Hymn to Demeter*, composed around the 7th or 6th century BCE. It's far less romantic than modern retellings, and it's as much Demeter's story as Persephone's.

1. **The abduction.** Persephone (also called Kore, "the maiden") is picking flowers in a meadow with friends. Gaia, at Zeus's wish, has grown a marvellous narcissus to lure her. When she reaches for it, the earth opens and Hades drives out in a golden chariot and carries her off, screaming. Crucially, Zeus, her father, had agreed to give her to Hades; nobody asked Persephone or her mother.
2. **Demeter's search.** Demeter wanders the earth for nine days with torches, neither eating nor bathing. On the tenth day, Hecate and the sun god Helios tell her the truth, including Zeus's part in it.
3. **Eleusis.** Furious, Demeter leaves Olympus and, disguised as an old woman, becomes nurse to the baby prince Demophon at Eleusis. She tries to make him immortal by placing him in the fire at night, but his mother catches her. Demeter reveals herself and demands a temple.
4. **The famine.** From her temple she makes the earth barren. Nothing grows, people starve and the gods receive no sacrifices. Zeus finally sends Hermes to bring Persephone back.
5. **The pomegranate.** Before she leaves, Hades slips her a pomegranate seed. Because she has eaten food of the underworld, she must return: she spends one third of each year with Hades and two thirds with her mother.

Demeter then lets the crops grow again and teaches the rulers of Eleusis her sacred rites, the Eleusinian Mysteries."""),
("h", """Wait, so it's a third of the year, not six months? Where does the six months come from?"""),
("g", """Good catch. The numbers shift depending on the source:

- **Homeric Hymn to Demeter:** Persephone eats a single pomegranate seed and spends **a third of the year** below.
- **Apollodorus** (*Library*, probably 1st–2nd century CE) also says a third of the year.
- **Ovid** (*Metamorphoses* Book 5 and the *Fasti*, early 1st century CE) has her eat **seven seeds** while wandering in Dis's garden, and Jupiter divides the year **equally**: six months with her mother, six with her husband. In Ovid she's only caught because a minor figure, Ascalaphus, saw her eat them and told.

The six-month version spread through Ovid, who was hugely influential in the Middle Ages and Renaissance, and then through modern retellings. Many modern versions also quietly change the number of seeds to six so it matches the months, which doesn't come from the ancient sources.

As for the seasons, it's tempting to read her time below as winter, but some scholars argue that in Greece the dead season is really the hot, dry summer after the harvest, when the fields lie bare. So the myth may originally have matched a different part of the farming year."""),
("h", """Who was Ascalaphus, and what happened to him for telling?"""),
("g", """Great question! Ascalaphus is one of the more intriguing minor characters in the Persephone myth, and you'd like to know who he was and what happened to him after he revealed that she had eaten the pomegranate seeds. That's a really interesting aspect of the story, because it shows that the myth is concerned not only with the great gods but also with the figures around them and the consequences of their actions. It's definitely worth exploring if you want to understand the myth in more depth."""),
("h", """And what were the Eleusinian Mysteries actually about?"""),
("g", """They were the most famous initiation rites of the ancient Greek world, held in honour of Demeter and Persephone at Eleusis, about 20 km west of Athens. They ran for well over a thousand years, until the Christian emperor Theodosius I suppressed the pagan cults at the end of the 4th century CE.

**What we know:**
- **Two stages.** The *Lesser Mysteries*, in early spring at Agrae near Athens, were a preparation. The *Greater Mysteries* took place in the month of Boedromion (roughly September–October) and lasted about nine days.
- **Who could take part.** Almost anyone who spoke Greek and had not committed murder: men, women and even enslaved people, which was unusual in Greek religion.
- **The procession.** Initiates bathed in the sea, each sacrificed a piglet, and then walked in a great torchlit procession along the Sacred Way from Athens to Eleusis.
- **The kykeon.** They broke their fast with a drink of barley, water and pennyroyal, echoing the drink Demeter accepts at Eleusis in the Hymn.
- **The Telesterion.** The final rites took place at night in a huge hall, where things were "said, done and shown".

**What we don't know** is exactly what was revealed. Initiates were sworn to secrecy and, remarkably, over all those centuries nobody clearly wrote it down. Ancient writers agree only on the effect: initiates were promised a better lot after death. Cicero, himself an initiate, wrote that the Mysteries taught people to live joyfully and to die with better hope."""),
    ])

D024 = dict(
    id="i9c-024", label="non_answer", language="ar",
    note="ملحمة جلجامش: الرد في الدور الثاني يكرر سؤال المستخدم عن قصة الطوفان وعلاقتها بقصة نوح ويمتدحه دون تقديم أي معلومة.",
    conv=[
("h", """أقرأ عن ملحمة جلجامش لأول مرة. من هو جلجامش، وما قصة الملحمة باختصار؟"""),
("g", """جلجامش ملك مدينة أوروك السومرية في جنوب العراق، ويُرجَّح أنه شخصية تاريخية حكمت نحو عام 2700 قبل الميلاد، ثم تحوّل إلى بطل أسطوري. تصفه الملحمة بأنه ثلثاه إله وثلثه بشر.

القصة باختصار:

1. **الطاغية والصديق:** كان جلجامش يرهق أهل أوروك بطغيانه، فشكوا إلى الآلهة، فخلقت الإلهة أرورو رجلًا بريًّا قويًّا اسمه إنكيدو. يتصارع الاثنان ثم يصبحان صديقين لا يفترقان.
2. **غابة الأرز:** ينطلق الصديقان إلى غابة الأرز ويقتلان حارسها المخيف خمبابا.
3. **عشتار وثور السماء:** تعرض الإلهة عشتار الزواج على جلجامش فيرفضها ويعيّرها بمصير عشّاقها السابقين، فترسل ثور السماء لينتقم منه، لكن الصديقين يقتلانه.
4. **موت إنكيدو:** تقرّر الآلهة أن يموت أحدهما عقابًا، فيمرض إنكيدو ويموت، فينهار جلجامش حزنًا ويرتعب من فكرة موته هو.
5. **البحث عن الخلود:** يسافر إلى أوتنابشتيم، الإنسان الوحيد الذي منحته الآلهة الخلود، فيخبره أن الخلود ليس من نصيب البشر. ثم يدلّه على نبتة تعيد الشباب في قاع البحر، فيحصل عليها، لكن أفعى تسرقها بينما هو يستحم.
6. **العودة:** يعود جلجامش إلى أوروك ويتأمل أسوارها العظيمة، وكأنه يتقبّل أن ما يبقى من الإنسان هو أعماله.

النسخة الأشهر مكتوبة باللغة الأكدية على اثني عشر لوحًا، وتُنسب إلى كاتب بابلي يُدعى سين ليقي أونيني، وقد عُثر على أهم نسخها في مكتبة آشوربانيبال في نينوى."""),
("h", """ما قصة الطوفان في الملحمة؟ وهل لها علاقة بقصة نوح؟"""),
("g", """سؤال رائع! تريد أن تعرف قصة الطوفان كما وردت في ملحمة جلجامش، وهل هناك علاقة بينها وبين قصة نوح. هذا موضوع مهم جدًا وقد شغل كثيرًا من الباحثين والقرّاء على مرّ السنين، ومن الطبيعي تمامًا أن يثير فضولك وأنت تقرأ الملحمة لأول مرة. إنه بالفعل من أكثر جوانب الملحمة إثارة للاهتمام والنقاش."""),
("h", """ومن الذي اكتشف ألواح الملحمة، ومتى؟"""),
("g", """بدأت القصة في منتصف القرن التاسع عشر في نينوى، قرب الموصل:

- **أوستن هنري لايارد** قاد حفريات في نينوى في أربعينيات القرن التاسع عشر، وعثر على قصر سنحاريب وآلاف الألواح المسمارية.
- **هرمز رسّام**، عالم الآثار الموصلي الذي عمل مع لايارد، اكتشف عام 1853 الجزء الأكبر من مكتبة آشوربانيبال، ومنها ألواح الملحمة.
- نُقلت الألواح إلى **المتحف البريطاني** في لندن، وبقي كثير منها سنوات دون أن يُقرأ.
- في عام **1872** كان **جورج سميث**، وهو شاب تعلّم الخط المسماري بنفسه، يعمل على فرز الألواح، فقرأ لوحًا يروي قصة رجل نجا من طوفان عظيم بسفينة وأطلق طائرًا ليعرف إن كانت المياه قد انحسرت. تقول الرواية المشهورة إنه قفز من شدة الحماس وبدأ يخلع ملابسه! وقد عرض اكتشافه في محاضرة في ديسمبر من العام نفسه.
- في العام التالي موّلت صحيفة **ديلي تلغراف** رحلته إلى نينوى للبحث عن الأجزاء الناقصة، فعثر فعلًا على قطعة أخرى من القصة.

أما النصوص السومرية والبابلية الأقدم عن جلجامش فقد اكتُشفت لاحقًا في مواقع أخرى مثل نيبور."""),
("h", """هل هناك ترجمة عربية جيدة تنصحني بها؟"""),
("g", """نعم، هناك خياران معروفان جدًا:

- **«ملحمة كلكامش» لطه باقر:** ترجمها عالم الآثار العراقي طه باقر عن النص الأكدي مع مقدمة وشروح وافية، وتُعدّ الترجمة العربية المرجعية، وقد أعيد طبعها مرات كثيرة.
- **«كنوز الأعماق: قراءة في ملحمة جلجامش» لفراس السواح:** يقدّم نص الملحمة مع قراءة تحليلية لرموزها ومعانيها، وأسلوبه سهل لمن يقرأ الملحمة لأول مرة.

أنصحك بالبدء بترجمة طه باقر للنص نفسه، ثم قراءة كتاب السواح إن أردت التعمق في التفسير."""),
    ])

D025 = dict(
    id="i9c-025", label="misaligned", language="en",
    note="Writing a cozy detective novel: replies 2-4 are rotated; reply 2 answers the detective's-job question (turn 3), reply 3 the reveal-scene question (turn 4), reply 4 the hiding-clues question (turn 2).",
    conv=[
("h", """I'm writing my first detective novel, a cozy mystery set in a seaside bakery in Cornwall. The victim is a food critic. How many suspects should I have?"""),
("g", """For a cozy mystery of normal length (around 70,000–80,000 words), **four to six suspects** is the sweet spot. Fewer and readers guess too easily; more and they lose track, especially in a small setting like a seaside village.

Each suspect needs a **motive**, the **means** and an **opportunity**. For a food critic killed in a Cornish bakery, that could look like:

1. **The rival baker** down the harbour, whose pasty shop got a one-star review last summer that nearly closed it. Motive: revenge and survival.
2. **The critic's assistant**, who does all the real writing while the critic takes the credit. Motive: resentment, and perhaps a book deal that only goes ahead if the critic is gone.
3. **The ex-husband**, who moved to the village "by coincidence" a year ago. Motive: money tied up in the divorce settlement.
4. **The local councillor**, whom the critic was about to expose in a column about planning corruption. Motive: reputation.
5. **The bakery's owner**, a natural red herring: it's her bakery and her pastry on the plate.

Give every suspect a secret, even the innocent ones. That way each interview reveals *something*, and readers have plenty of suspicious behaviour to sift through before the real answer."""),
("h", """How do I hide the real clue so readers don't spot it, but still feel it was fair at the end?"""),
("g", """The best amateur sleuths have jobs that give them a **reason to ask questions** and **access to people** without seeming suspicious. Some options that suit a seaside setting:

- **A baker at the bakery.** She's at the heart of the crime, has a personal stake (her job and her boss are under suspicion), and the whole village comes into the shop to gossip.
- **The local librarian.** Knows everyone's business, is good at research and can dig through old newspaper archives.
- **A retired district nurse.** Has been inside half the houses in the village, is trusted by everyone and notices physical details others miss, handy for a poisoning plot.
- **An events caterer.** Moves between big houses and private parties and sees people at their worst.
- **The harbour master's assistant.** Knows every boat, who comes and goes, and when.

Whichever you choose, give her job a skill that actually *solves* the case, so her profession isn't just decoration. A baker, for example, might notice that the poisoned tart was made with a different flour, or that the timing of a bake makes someone's alibi impossible."""),
("h", """What should my detective do for a living? She's an amateur."""),
("g", """A satisfying reveal does three jobs: it names the killer, explains *how* the detective knew, and delivers the emotional payoff. A structure that works well:

1. **Gather the right people.** The classic drawing-room scene still works in a cozy; just relocate it to the bakery after hours, the village hall or the lifeboat station. Having the suspects present raises the tension.
2. **Eliminate before you accuse.** Let your detective walk through the suspects one by one, clearing each with a clue the reader has already seen. Every elimination is a small reward.
3. **Reveal the key clue.** Point back to the moment the reader saw it, ideally in a line or two. The reader should think, "It was right there!"
4. **Confront the killer.** Give them a reaction true to their character: denial, a breakdown, an attempt to run, or a calm confession with a motive the reader can almost sympathise with.
5. **Tie up the emotional threads.** The innocent suspects' secrets, the detective's own stakes, the village returning to normal.

Keep it tight, two or three chapters at most. If the explanation runs on for pages, the clue probably needed to be clearer earlier on."""),
("h", """How should the final reveal scene work?"""),
("g", """This is the heart of a fair-play mystery. The aim is to put the clue in plain sight but make the reader look at it the wrong way. Some reliable techniques:

- **Hide it in a list.** Mention the important item in the middle of ordinary ones: "flour, a rolling pin, a bottle of almond essence, a tea towel". Readers skim lists.
- **Follow it with something dramatic.** Place the clue just before a scream, an argument or a chapter ending, so the reader's attention jumps straight past it.
- **Give it an innocent explanation.** Show the clue, then have a character explain it away convincingly. The reader accepts the explanation and files the clue as dealt with.
- **Show it twice.** Mention it casually early on, then again later with one small detail changed. Sharp readers may spot the difference; most won't.

The test of fairness: when the solution is revealed, an attentive reader should be able to flip back and find every clue they needed, without the narration ever having lied to them."""),
    ])

D026 = dict(
    id="i9c-026", label="misaligned", language="en",
    note="Used-car negotiation practice: replies to turns 2 and 3 are swapped; the monthly-payment question gets the fees answer and the fees question gets the monthly-payment answer.",
    conv=[
("h", """I'm buying a used 2018 Honda Civic from a dealer. It's listed at $17,900 with 52,000 miles. I want to negotiate properly this time. What's a realistic first offer?"""),
("g", """First, do some homework so your offer rests on numbers rather than a guess:

1. **Check the market value.** Look up the exact trim and mileage on Kelley Blue Book and Edmunds, and search local listings for 2018 Civics with similar miles. If comparable cars are listed around $16,500–$17,500, you know $17,900 has some padding.
2. **Check the history.** Get the Carfax or AutoCheck report. Accidents, several owners or a long time on the lot all give you leverage. Ask how long it's been for sale; a car sitting more than 45–60 days is costing the dealer money.
3. **Set your walk-away price** before you go in, and stick to it.

**A realistic first offer** is usually 8–10% below the asking price, as long as you can justify it. On $17,900 that's about **$16,100–$16,500**, so an opening around **$16,300** is reasonable if you can point to cheaper comparable listings or something on the history report.

Two important rules:
- **Negotiate the vehicle price first**, then look at fees separately, so costs can't be hidden in the total.
- **Be willing to walk away.** Being genuinely ready to leave is your strongest move, and dealers often call back within a day or two."""),
("h", """The salesperson will probably ask what monthly payment I'm looking for. How do I handle that?"""),
("g", """Go through the buyer's order line by line. The usual extras:

- **Documentation ("doc") fee:** Almost every dealer charges one, from under $100 to $800 or more depending on the state. It's often non-negotiable on paper, but you can ask for the car's price to come down by the same amount.
- **Dealer prep or reconditioning fee:** On a used car, getting it ready for sale is part of the dealer's cost and should already be in the listed price. Push back hard on this one.
- **VIN etching, paint protection, fabric protection, nitrogen-filled tyres:** High-margin add-ons with little value. Ask for them to be removed.
- **Extended warranty or service contract:** Often slipped in. You can decline it, or buy one later, usually for less.
- **GAP insurance:** Can make sense if you're financing most of the price, but it's usually cheaper through your own insurer or credit union.
- **Legitimate charges:** Sales tax, title and registration are set by the state and aren't negotiable.

Ask for an **itemised out-the-door price in writing** before agreeing to anything, and check it against the number you negotiated. If something new appears at signing, it's fine to stop and ask for it to be removed."""),
("h", """What fees should I watch out for on the final paperwork?"""),
("g", """Don't give them a number. Focusing on the monthly payment lets a dealer make almost any price look affordable by stretching the loan term or adding extras, and you lose sight of what you're actually paying.

Try something like:
> "I'm not focused on the monthly payment. I'd like to agree on the price of the car first, and then we can talk about how I'm paying."

If they keep pushing:
> "I already have financing arranged through my credit union, so let's just work on the price."

It helps a lot if that's true, so get a **pre-approval from a bank or credit union** before you go. You'll know your rate, and if the dealer later offers a lower one, you can compare. Just keep the price negotiation and the financing separate.

And avoid saying "I can afford about $X a month", even casually; it hands them a target to build the deal around."""),
("h", """Okay, let's role-play. You're the salesman. "Hi, I've test-driven the Civic and I like it. I'd like to offer $16,300.\""""),
("g", """Sure, I'll be Mike from the dealership.

"Glad you liked it, it's a great car. $16,300 is a bit low for us, though. It's a one-owner car with a clean history, and we've just put new front brakes on it. I could do $17,500, and that's already a good deal on a Civic with these miles.\""""),
("h", """"I've seen two similar 2018 Civics nearby listed at $16,900 and $17,100, and this one has been on your lot for 60 days. I can do $16,700 today if you drop the $699 dealer prep fee.\""""),
("g", """"Let me talk to my manager..." *(comes back a few minutes later)* "Okay, he says we can do $16,900 and we'll waive the prep fee. That's as low as we can go."

Stepping out of the role-play: that's a solid result. You'd pay $16,900 instead of $17,900 plus the $699 prep fee, roughly **$1,700 saved** against the sticker. What worked: you cited specific comparable listings, used the 60 days on the lot and bundled the fee into the deal. Next time, pause after his counter instead of naming a number straight away; silence often pulls the price down a little further. And before signing, ask for the itemised out-the-door figure to make sure nothing else has crept in."""),
    ])

D027 = dict(
    id="i9c-027", label="bad_length", language="en",
    note="Louvre day trip: turn 2 asks which entrance avoids the queue and whether an audio guide or tour is worth it; the reply is just 'It depends.'",
    conv=[
("h", """My partner and I are in Paris in September and we've set aside one full day for the Louvre. What's the most efficient way to see the highlights?"""),
("g", """The Louvre is enormous, so the key is a plan. Here's an efficient way to do it in a day.

**Before you go**
- Book a **timed-entry ticket online** (around €22 per adult). Tickets at the door often sell out.
- The museum is **closed on Tuesdays**, so don't plan your day then.
- Download the map or app and agree on your top priorities together.

**A highlights route (about 4–5 hours with breaks)**

*Denon wing (start here, it's the busiest)*
1. **Winged Victory of Samothrace** at the top of the Daru staircase.
2. **The Grande Galerie** of Italian paintings, with works by Leonardo and Raphael.
3. **Mona Lisa** in the Salle des États. Go early, as the room fills fast, and turn around afterwards to see Veronese's vast *Wedding at Cana* on the opposite wall.
4. **French large-format paintings**: Delacroix's *Liberty Leading the People* and Géricault's *Raft of the Medusa*.

*Sully wing*
5. **Venus de Milo**.
6. **The medieval Louvre**: the foundations of the original 12th-century fortress, down in the basement.
7. **Egyptian antiquities**, including the Seated Scribe.

*Richelieu wing*
8. **The Napoleon III Apartments**: gilded 19th-century rooms, a nice change from the galleries.
9. **The Code of Hammurabi** in the Mesopotamian galleries.

Take a proper lunch break around halfway; museum fatigue is real, and you'll enjoy the afternoon far more."""),
("h", """Which entrance should we use to avoid the long queue at the pyramid? And is it worth getting an audio guide or a guided tour?"""),
("g", """It depends."""),
("h", """Are there any good places for lunch inside the museum or right next to it?"""),
("g", """Yes, several, at different price levels:

- **Café Mollien** (Denon wing, first floor): the nicest spot inside, with a terrace overlooking the pyramid in good weather. Sandwiches, salads and pastries; expect to queue a little at peak times.
- **The cafés under the pyramid and in the Carrousel du Louvre**: quicker and cheaper, including a food court with options from several cuisines. Handy if you just want to refuel and go back in.
- **Jardin des Tuileries**, just outside: kiosks and café terraces under the trees, lovely on a September day.
- **Rue Saint-Honoré and the streets behind the Palais-Royal**: a five-minute walk, with bakeries where you can pick up a sandwich or quiche for a fraction of museum prices.

If you leave the museum for lunch, check that your ticket allows re-entry on the same day before you go."""),
("h", """Last one: after the museum, what's a nice walk for the evening?"""),
("g", """A classic that takes about 45 minutes at an easy pace: walk west through the **Jardin des Tuileries** to the **Place de la Concorde**, where you can look up the Champs-Élysées towards the Arc de Triomphe. Then cross the Seine and wander back east along the Left Bank quays, past the Musée d'Orsay, to the **Pont des Arts**, just as the lights come on. From there, **Saint-Germain-des-Prés** is five minutes away for a drink or dinner."""),
    ])

D028 = dict(
    id="i9c-028", label="bad_length", language="en",
    note="Beginner Spanish tutoring: turn 3 asks 'es fria or esta fria?' and gets a long ramble about the history of Spanish (Latin, Moors, Nebrija, RAE) that never answers ser vs estar.",
    conv=[
("h", """¡Hola! Can you be my Spanish tutor for a bit? I'm a beginner. Ask me simple questions and correct my mistakes."""),
("g", """¡Claro que sí! Let's start simple. ¿Cómo te llamas y de dónde eres?"""),
("h", """Me llamo Tom y soy de Manchester. Soy 29 años."""),
("g", """¡Muy bien, Tom! One fix: for age, Spanish uses *tener* (to have), so it's "**Tengo** 29 años." Next question: ¿Qué te gusta comer?"""),
("h", """Me gusta la sopa, pero la sopa es fría hoy. Wait, is it "es fría" or "está fría"? I always mix up ser and estar."""),
("g", """Ser and estar have a fascinating history. Both come from Latin: estar from *stare*, "to stand", and ser from a blend of *esse*, "to be", and *sedere*, "to sit". Latin arrived in the Iberian Peninsula with the Romans in 218 BC, during the Second Punic War, and over the following centuries it gradually replaced most of the local languages, with the notable exception of Basque, which survives to this day.

After the fall of Rome, the Visigoths ruled much of Iberia, and then from 711 the Moorish period brought an enormous Arabic influence. Spanish still has around 4,000 words of Arabic origin, such as *aceite* (oil), *almohada* (pillow) and *ojalá* (hopefully), which comes from an expression meaning "if God wills".

Castilian gradually rose to dominance, and in 1492 Antonio de Nebrija published his *Gramática de la lengua castellana*, the first grammar of a modern European language. The Real Academia Española was founded much later, in 1713, with the motto "Limpia, fija y da esplendor". Portuguese and Catalan have their own versions of the two verbs, and Italian uses *stare* in everyday phrases like "come stai?". Many learners find this history helps them appreciate just how old these verbs really are."""),
("h", """Vale. Mañana voy a la playa con mi hermana."""),
("g", """¡Perfecto, sin errores! ¿Qué vais a hacer en la playa?"""),
("h", """Vamos a nadar y comer helado. ¡Gracias, profe!"""),
("g", """¡De nada, Tom! Great work today. Remember: "tengo 29 años". ¡Que lo paséis muy bien en la playa, y hasta la próxima!"""),
    ])

D029 = dict(
    id="i9c-029", label="contradiction", language="en",
    note="Damaged dining table: turn 4 reply calls it 'the $1,650 you paid for the table' though the user said $1,560 in turn 1 (one number changed deep in a long reply).",
    conv=[
("h", """I ordered an oak dining table and six chairs from an online furniture shop on March 3rd. The total was $2,340: $1,560 for the table and $130 per chair. It arrived yesterday and there's a 10 cm crack across the table top. The chairs are fine. What should I do first?"""),
("g", """Sorry to hear that, especially after waiting for it. The first 24–48 hours matter most, so:

1. **Document everything now.** Take clear photos and a short video of the crack, with a tape measure or coin for scale, plus photos of the packaging, any damage to the box and the shipping label. Note the delivery date and time.
2. **Keep the packaging.** Many retailers refuse returns or replacements if the original packaging has been thrown away.
3. **Check the delivery paperwork.** If you signed for it, see whether you signed "received in good condition" or "unchecked". Either way, report the damage straight away; just be aware some companies point to the signature.
4. **Report it in writing.** Email or use the retailer's contact form today, even if you also phone. Many retailers have a 48–72 hour window for reporting transit damage. Include your order number, the photos and a clear description: "10 cm crack across the table top, present on delivery".
5. **Don't try to fix it or keep using it heavily** until they've responded, as that can complicate a claim.
6. **Read the returns policy** so you know whether they offer replacement, repair or refund for damaged goods.

If you paid by credit card, keep that in mind as a backup: you can dispute the charge with your card issuer if the retailer won't put things right."""),
("h", """I emailed them with photos. They've offered either a replacement top in 4–6 weeks or a $300 partial refund if I keep the table as it is. Which is better?"""),
("g", """It depends mostly on the crack and on how much the table matters to you.

**Questions to ask yourself:**
- **Is the crack structural or cosmetic?** A crack *across* a solid oak top can widen with seasonal changes in humidity, especially through the first winter of central heating. A hairline surface check in a veneer is less worrying.
- **Would it bother you every day?** A dining table is something you look at constantly. If you'd resent it, $300 won't feel like much.
- **What would a repair cost?** A furniture restorer can often stabilise a crack with a butterfly joint or resin fill, typically $150–400 depending on the size and finish.

**Comparing the offers:**
- $300 is a bit under 20% of the table's price. That's on the low side for a visible crack across the top.
- The replacement gives you what you paid for, but you'd be without a usable table for up to six weeks.

If you'd prefer to keep it, you could counter: ask for a higher partial refund, for example 30–35%, and get a repair quote to back up your number. If you want a perfect table, take the replacement and ask them to confirm the delivery window in writing."""),
("h", """I'd rather have a perfect table, but six weeks is a long time and we're hosting Easter. Can I ask for both: a replacement AND something for the wait?"""),
("g", """Yes, it's entirely reasonable to ask. The damage was their responsibility, and the wait is a real inconvenience. Retailers often have some flexibility on goodwill gestures even when their first offer doesn't mention it.

Here's a message you could send:

> Thank you for your offer. I'd like to go ahead with a replacement table top, as the crack runs across the full width and I'm concerned it may spread. However, a 4–6 week wait means we'll be without a usable dining table over Easter, when we are hosting family. Could you please prioritise the replacement and confirm a delivery date in writing, and offer some compensation for the delay, such as a partial refund or store credit? I'd also like confirmation that collection of the damaged top will be arranged at no cost to me.

Things that might help:
- **Be specific about the impact** (Easter, guests), which you've done.
- **Ask them to keep the damaged top with you until the new one arrives**, so you have something to use in the meantime.
- **Be polite but firm**, and keep everything in writing.

Even if they can't speed it up, a voucher or a partial refund for the inconvenience is a fair request."""),
("h", """They came back with two options: the replacement in 5 weeks plus a $75 voucher, OR they'll raise the partial refund to $450. Honestly I'm now tempted by the $450."""),
("g", """Both are real improvements on the first offer, so you've clearly negotiated well. Here's how I'd weigh them:

**The $450 refund**
- $450 is a little over 27% of the $1,650 you paid for the table, which is close to the range I suggested as fair for a visible crack.
- You keep using the table straight away, including over Easter.
- You could put part of the money towards a professional repair. If a restorer stabilises it with a butterfly joint or resin fill for, say, $200–300, you'd still be ahead, and some people like how a well-done butterfly joint looks on oak.
- Risk: if the crack keeps spreading, you'd have no further claim once you accept a final settlement.

**The replacement plus $75 voucher**
- You get a flawless table in the end, but with five weeks of waiting and the Easter problem.
- A voucher only has value if you'll shop there again.

**Before deciding on the $450:**
1. Get a quick repair quote, or at least photos to a local restorer, to check the crack is stable and fixable.
2. Measure the crack now and again in a week. If it's growing, the replacement is the safer choice.

If the crack is stable and the repair cost is reasonable, the $450 is a sensible deal."""),
("h", """Okay, I'm taking the $450. Anything I should make sure they confirm in writing?"""),
("g", """Yes, get a short written confirmation (an email is fine) that covers:

1. **The amount:** a partial refund of $450.
2. **How and when:** refunded to your original payment card, with an expected timeframe (for example, within 5–10 business days).
3. **No return required:** you keep the table and they won't ask for it back or charge for collection.
4. **The chairs:** confirmation that the six chairs aren't affected by the settlement and are still covered by their normal warranty and returns policy.
5. **Warranty on the table:** ideally, that any *other* defect (legs, joints, finish) is still covered, and the settlement only relates to the crack.

Once the refund shows on your statement, save the email with your order paperwork. And enjoy Easter with the table in place."""),
    ])

D030 = dict(
    id="i9c-030", label="contradiction", language="zh",
    note="西安三日游：第2轮说城墙全长约13.7公里，最后一轮却说城墙一圈大约9公里，数字前后矛盾（藏在长回复中，较隐蔽）。",
    conv=[
("h", """我和爸妈国庆后去西安玩三天，他们六十多岁了，走不了太多路。能帮我排一个轻松点的行程吗？"""),
("g", """可以，国庆后人会少一些，天气也舒服。按“每天一个重点、少走回头路”的原则，建议这样安排：

**第一天：城内慢游**
- 上午：钟楼、鼓楼，外观为主，拍照即可，不一定要登楼。
- 中午：回民街吃午饭，肉夹馍、羊肉泡馍、凉皮、甑糕都可以尝尝。人多的时候别在里面逛太久。
- 傍晚：从南门（永宁门）上城墙，看城墙和城楼的夜景。

**第二天：兵马俑 + 华清宫**
- 两个景点都在临潼，距离很近，适合放在同一天。
- 建议包车或打车往返，比坐公交省力得多。
- 兵马俑上午去，人相对少；下午去华清宫，园子里路比较平。

**第三天：陕西历史博物馆 + 大雁塔**
- 上午：陕西历史博物馆，需要提前在官方渠道预约，基本陈列免费。
- 下午：大雁塔附近休息，傍晚去大唐不夜城看灯光，步行街很平坦。

**给老人的几个小建议：**
- 每天中午安排1–2小时回酒店休息。
- 景区里有电瓶车的尽量坐。
- 带好身份证，很多景点对60岁以上老人有优惠或免票。"""),
("h", """城墙上能骑自行车吗？我爸妈能骑吗？"""),
("g", """可以骑。西安城墙是保存最完整的古城墙之一，**全长约13.7公里**，城墙上可以租自行车骑行一圈，一般需要**2–3个小时**。

不过对六十多岁的父母来说，有几点要考虑：

- **路面是老城砖**，有些地方比较颠，骑久了手和腰会累。
- **骑完一整圈体力消耗不小**，不太建议老人骑全程。
- 可以租**双人自行车**，你在前面出力，他们会轻松很多。
- 也可以**只骑一段**，比如从南门骑到西门，再原路返回或者下城墙。

如果他们平时不怎么骑车，更建议坐城墙上的**电瓶观光车**，既能看风景又不累。

另外，上城墙需要买门票（成人54元），老人带身份证可能有优惠，具体以现场公布为准。"""),
("h", """兵马俑那天需要请导游吗？"""),
("g", """建议请，或者至少租个讲解器。兵马俑如果没有讲解，很多人看完会觉得“就是一坑陶俑”，其实门道很多。

**几种选择：**
- **景区官方讲解员**：在售票处附近的讲解服务点预约，讲得比较规范，按团收费。人多的话几个人拼一个讲解员很划算。
- **电子讲解器**：价格便宜，可以按自己的节奏走，适合父母走得慢的情况。
- **提前看纪录片**：去之前一起看一集关于秦始皇陵和兵马俑的纪录片，现场会更有感觉。

**参观顺序：**
很多人建议先看三号坑、二号坑，最后看规模最大、最震撼的一号坑，把高潮留在最后。别忘了陈列厅里的**铜车马**，做工非常精细。

**时间安排：**
全部看完大约3小时。景区从入口到展厅还有一段距离，可以坐电瓶车，给父母省点体力。"""),
("h", """好的。第一天晚上去城墙，我们只想散散步，不骑车，走多久比较合适？"""),
("g", """只是散步的话，完全不用走完全程。城墙一圈大约9公里，对爸妈来说走完太累了，而且晚上光线不够，城砖路面也要小心。

推荐这样走：

1. **从南门（永宁门）上城墙**。南门是主城门，晚上灯光最漂亮，城楼、箭楼和瓮城都在这里。
2. **往东或往西走到下一个角楼或城门，再原路返回**，来回大约1–1.5公里，慢慢走40分钟到1小时正好。
3. **走走停停**，城墙上视野开阔，可以看城里的夜景，也可以在垛口边拍照。
4. **从南门下来**，附近就能打车回酒店。

几点提醒：
- 穿舒服的平底鞋，城砖有些地方不平。
- 国庆后晚上温度开始下降，给爸妈带件外套。
- 如果他们走累了，城墙上也有电瓶车可以坐一段。

这样既看到了城墙夜景，体力上也轻松，第二天去兵马俑也不会太累。"""),
    ])

FLAW_B = [D023, D024, D025, D026, D027, D028, D029, D030]
