# Part C, dialogues m13c-013 .. m13c-016 (hand-written)


def H(s):
    return {"from": "human", "value": s.strip()}


def G(s):
    return {"from": "gpt", "value": s.strip()}


DIALOGUES = []

# ---------------------------------------------------------------- 013
DIALOGUES.append({
    "id": "m13c-013",
    "label": "good",
    "language": "fr",
    "note": "Good: choosing a laptop for an architecture master's (Revit is Windows-only) within 1,200 EUR; RAM/GPU trade-offs, battery life and French legal warranty explained accurately and consistently.",
    "conversations": [
        H("""Bonjour ! Je commence un master en architecture en septembre et je dois acheter un ordinateur portable. Budget maximum : 1 200 €. On utilise Revit, AutoCAD, Rhino et Twinmotion. Mac ou PC ?"""),
        G("""Bonjour ! Pour ce cursus, la réponse est assez claire : **un PC sous Windows**.

**Pourquoi pas un Mac ?**
- **Revit n'existe pas sous macOS.** Autodesk ne le propose que pour Windows. Sur un Mac, il faudrait passer par une machine virtuelle ou un service dans le cloud, ce qui est lent et peu pratique au quotidien.
- AutoCAD et Rhino existent sur Mac, mais certains plugins utilisés en école, notamment autour de Rhino et Grasshopper, sont parfois réservés à Windows.
- Pour Twinmotion et le rendu en temps réel, une carte graphique NVIDIA dédiée est un vrai plus, et à 1 200 € on n'en trouve que côté PC.

**Configuration conseillée**
- **Processeur** : Intel Core i7 ou AMD Ryzen 7 récent. Revit sollicite surtout un cœur à haute fréquence pendant la modélisation, mais le rendu profite de plusieurs cœurs.
- **Mémoire vive** : 16 Go minimum, **32 Go idéalement**. Une maquette Revit un peu lourde avec Twinmotion ouvert en même temps sature vite 16 Go.
- **Carte graphique** : de préférence une NVIDIA GeForce RTX 4060 (8 Go de mémoire vidéo).
- **Stockage** : SSD de 1 To. Les fichiers de projet, les bibliothèques de textures et les rendus prennent beaucoup de place.
- **Écran** : 15 à 16 pouces, idéalement avec une couverture sRGB proche de 100 % pour juger correctement les couleurs de vos rendus.

Dans votre budget, ce profil correspond surtout aux PC « gaming » ou « créateurs » de milieu de gamme. La mémoire et la carte graphique sont les deux points où il faut souvent faire un compromis à ce prix ; on peut les regarder ensemble si vous voulez."""),
        H("""32 Go dans ce budget, c'est réaliste ? Et une RTX 4050, ça suffirait ou il faut vraiment la 4060 ?"""),
        G("""**Pour les 32 Go :** il est difficile de trouver 32 Go d'origine avec une bonne carte graphique à 1 200 €, mais il y a une astuce. Beaucoup de portables de ce segment ont **deux emplacements SO-DIMM** et sont livrés avec 16 Go (2 × 8 Go). Vous pouvez alors acheter un kit de 2 × 16 Go et remplacer les barrettes, pour environ 60 à 90 € selon le type de mémoire (le plus souvent de la DDR5). Avant d'acheter, vérifiez dans la fiche technique ou dans les tests :
- que la mémoire n'est **pas soudée** à la carte mère (c'est de plus en plus fréquent sur les modèles fins) ;
- le nombre d'emplacements et la capacité maximale prise en charge.

**RTX 4050 ou 4060 :**
- La 4050 a **6 Go** de mémoire vidéo, la 4060 en a **8 Go**. Pour Twinmotion, c'est surtout la mémoire vidéo qui limite : une scène avec beaucoup de végétation, des textures en haute résolution et un éclairage soigné peut dépasser 6 Go, et le logiciel devient alors très lent, voire plante.
- En puissance brute, la 4060 est environ 15 à 25 % plus rapide, selon les modèles et la puissance que le fabricant lui alloue (le TGP).

**Mon conseil :** la 4050 suffit pour la première année et pour Revit ou AutoCAD, qui sollicitent peu la carte graphique. Si vous comptez faire beaucoup de rendus pour vos projets, la 4060 vaut l'effort. À budget égal, je préfère **une 4060 avec 16 Go, à étendre plus tard**, plutôt qu'une 4050 avec 32 Go."""),
        H("""Et l'autonomie ? Je vais passer des journées entières à l'école."""),
        G("""C'est le point faible de ce type de machine, autant le savoir avant d'acheter.

**À quoi s'attendre**
- En bureautique légère (navigateur, PDF, prise de notes), un portable avec RTX tient en général **entre 4 et 7 heures**, selon la capacité de la batterie ; visez 80 Wh ou plus si possible.
- En modélisation sur Revit ou Rhino sur batterie, plutôt **2 à 3 heures**.
- En rendu Twinmotion, **à peine une heure**, et les performances sont de toute façon souvent réduites sur batterie.

**Comment gagner quelques heures**
- Activez le **mode hybride (Optimus)** : la carte NVIDIA ne s'allume que lorsqu'un logiciel en a besoin.
- Passez l'écran à 60 Hz sur batterie s'il monte à 144 Hz ou plus.
- Utilisez le profil d'alimentation « économie » du fabricant.

**Côté pratique**
- Le chargeur d'origine de ces machines est lourd, souvent 200 à 230 W. Vérifiez si le portable accepte **la charge en USB-C** : un petit chargeur USB-C de 100 W ne suffira pas pour faire du rendu, mais il maintient la batterie pendant les cours et allège beaucoup le sac.
- Comptez 2,2 à 2,5 kg pour l'ordinateur, plus le chargeur.
- Repérez les prises dans les ateliers : en école d'architecture, on se les dispute souvent les jours de rendu !"""),
        H("""Merci ! Dernière question : extension de garantie et assurance, ça vaut le coup ?"""),
        G("""En général, **l'extension de garantie vendue en caisse vaut rarement son prix**, mais une assurance casse et vol peut se justifier pour un ordinateur que vous transportez tous les jours. Voici comment faire le tri :

**Ce que vous avez déjà, gratuitement**
- **La garantie légale de conformité : 2 ans** pour un produit neuf acheté auprès d'un professionnel en France. Pendant cette période, c'est le vendeur qui doit réparer ou remplacer un appareil défectueux, sans frais. Beaucoup d'extensions vendues en magasin font en partie doublon avec elle.
- **La garantie commerciale du fabricant**, souvent d'un ou deux ans, parfois avec enlèvement ou réparation sur site.

**Ce qui peut valoir le coup**
- Une **assurance casse accidentelle et vol**, car la garantie légale ne couvre ni une chute, ni un café renversé, ni un vol dans l'atelier. Avant de souscrire :
  - vérifiez votre **assurance habitation** : certains contrats couvrent les appareils nomades, parfois en option ;
  - regardez votre **carte bancaire** : certaines cartes haut de gamme incluent une garantie sur les achats payés avec elle, souvent limitée dans le temps.
- Si vous prenez une assurance, lisez bien la **franchise**, les exclusions (vol sans effraction, oxydation…) et si l'appareil est remplacé à neuf ou à sa valeur dépréciée.

**Astuce étudiant**
Beaucoup de fabricants ont des programmes « Éducation » avec 5 à 15 % de réduction, et parfois une garantie étendue incluse. Comparez avant d'acheter en magasin."""),
    ],
})

# ---------------------------------------------------------------- 014
DIALOGUES.append({
    "id": "m13c-014",
    "label": "non_answer",
    "language": "en",
    "note": "Turn 3 reply only restates the user's wish for flexible volunteer tutoring and praises the question, giving no way to actually find such tutoring; the other four replies are specific and helpful.",
    "conversations": [
        H("""I retired in March after 38 years teaching high school chemistry. My wife still works full time. I thought I'd love the freedom, but most days I don't speak to another person until she gets home at 5:30. Is this normal?"""),
        G("""Yes, very normal, and it's one of the least talked-about parts of retirement. For 38 years your days came with built-in structure and built-in people: students, colleagues, the staff room, parents, even the small talk in the hallway between periods. Teaching is one of the most socially intense jobs there is. When that stops overnight, the silence can feel enormous, especially with your wife still at work.

A few things worth knowing:
- **The first year is often the hardest.** Many retirees describe a honeymoon of a few weeks or months, followed by a flat or lonely stretch once the freedom stops feeling like a holiday. You're about where that tends to hit.
- **It isn't a sign you're bad at retirement.** It's a sign your old life met needs that now aren't being met: structure, purpose and connection.
- **It matters for your health.** Long stretches of isolation affect mood, sleep and even physical health, so it's worth taking seriously rather than just waiting out.

The good news is that those needs can be rebuilt deliberately, and people who do it often end up with a retirement they love. It usually takes a bit of experimenting.

Can I ask what you miss most? The people, the routine, the feeling of being needed, the subject itself? Each answer points toward different solutions."""),
        H("""I think what I miss most is being useful. Kids asking me questions, colleagues grabbing me in the hallway. Does that make sense?"""),
        G("""It makes complete sense. Being useful, being *needed*, was woven into your identity for nearly four decades. Losing that can feel like losing part of yourself, even when retiring was your choice.

The encouraging part is that the skills behind it are in demand. A few directions that suit a retired chemistry teacher particularly well:

- **Tutoring.** High school students struggling with chemistry, or adults going back to school for nursing and other health programs, where chemistry is often the big hurdle.
- **Science museum or science center volunteering.** Many rely on volunteer explainers who run demonstrations for visitors. You'd be very good at it.
- **Judging science fairs.** Regional fairs always need judges with a science background, usually for a day or two in the spring.
- **Mentoring new teachers.** First- and second-year teachers are often overwhelmed. Some districts and teacher-training programs have formal mentoring schemes, or you could simply offer your time to your old department.
- **Substitute teaching.** If you miss the classroom itself, it gives you students without the grading or staff meetings, and you choose your days.
- **Adult education and literacy programs.** Libraries and community colleges often need volunteers.

You don't have to pick one forever. Trying one or two for a couple of months is the best way to find out what actually feels good now."""),
        H("""The tutoring idea appeals to me, but I don't want to be back on a 7:30am bell schedule. How would I actually find volunteer tutoring that's flexible?"""),
        G("""That's a really good question, and an important one. You'd like to find volunteer tutoring that gives you the satisfaction of helping students without tying you back to a rigid school-day timetable, which makes complete sense after 38 years of bells. Flexibility is clearly going to be key for you in this next chapter, and it's great that you're being thoughtful about what kind of commitment would actually suit your life now. Finding the right fit matters, and you're asking exactly the right question."""),
        H("""Okay. My wife also thinks I should do something social that's just for fun, not about being useful. I used to play chess in college."""),
        G("""Your wife has a good point. Purpose and fun meet different needs, and it's nice to have something that asks nothing of you except showing up. Chess is a great choice too: it's social but structured, so you don't have to make small talk for hours.

Ways to get back into it:
- **Local chess clubs.** Many towns have one that meets weekly in a library, community center or café. The US Chess Federation website has a club search, and searching your town plus "chess club" often turns up casual groups that don't play rated games.
- **Library and senior-center chess mornings.** These tend to be relaxed, mixed-ability and in the daytime, which fits your schedule.
- **Café or park chess.** Some cities have regular boards in a park or a café known for it.
- **Online, to shake off the rust.** Lichess (free) or Chess.com let you play at your own level and do puzzles before you sit across a board from people again.
- **Start a group.** A former teacher running a beginners' evening at the library would likely be welcomed, and it quietly scratches the "useful" itch as well.

Try to go on the same day every week. Regularity is what turns strangers into acquaintances, and acquaintances into friends."""),
        H("""Honestly, I'm nervous about walking into a room full of strangers. Feels silly at 63."""),
        G("""It's not silly at all. Walking into a room of strangers makes most people nervous at any age, and after decades in which your social world came ready-made, you simply haven't needed that muscle in a long time. It comes back quickly.

A few things that make the first visit easier:
- **Contact the organizer beforehand.** A quick email or call: "I played in college and I'm looking to get back into it." Then you're not walking in as a stranger, you're expected.
- **Arrive a few minutes early.** It's easier to join a room as it fills up than to walk into a full one.
- **Say it out loud.** "First time here, a bit rusty." Chess players tend to be welcoming to returning players, and it gives people an easy way to help you.
- **Let the board do the work.** Chess is a gift for nervous people: you don't need conversation, you need a game. "Fancy a game?" is all it takes, and conversation grows naturally afterwards.
- **Give it three visits before deciding.** The first is always the most awkward. By the third, people recognize you, and that's when it starts to feel like yours.

And a reminder from one teacher's perspective: you spent 38 years walking into rooms full of teenagers who weren't sure they wanted to be there. You can handle a chess club."""),
    ],
})

# ---------------------------------------------------------------- 015
DIALOGUES.append({
    "id": "m13c-015",
    "label": "contradiction",
    "language": "es",
    "note": "Turn 4: the seller says the timing belt will need changing soon, around 150,000 km, contradicting turn 2 where he showed the invoice for the belt already replaced at 120,000 km; everything else stays consistent.",
    "conversations": [
        H("""Vamos a hacer un role-play para practicar: tú eres Manolo, un particular que vende su Seat León 1.6 TDI de 2016 con 142.000 km por 9.800 €. Yo soy el comprador. Empieza tú cuando llego a ver el coche."""),
        G("""*Manolo sale del portal secándose las manos con un trapo y te saluda con un apretón fuerte.*

—¡Buenas! Tú eres el del anuncio, ¿no? Pasa, pasa, que lo tengo aquí mismo. Mira, este es: Seat León 1.6 TDI de 110 caballos, del 2016, gris oscuro. Único dueño, que soy yo; lo compré nuevo en el concesionario y siempre ha dormido en garaje.

Tiene 142.000 kilómetros, casi todos de autovía, porque iba y venía todos los días a Guadalajara por trabajo. La ITV la pasó en marzo sin ningún defecto, aquí tienes la tarjeta. Las ruedas delanteras son nuevas, de hace unos 5.000 km, Michelin.

*Da una vuelta alrededor del coche y señala el paragolpes trasero.*

—Te lo digo yo antes de que lo veas: tiene este rasguño aquí atrás, de una columna de un parking. Es solo la pintura, no está abollado.

Por dentro está muy cuidado, no se ha fumado nunca. ¿Quieres arrancarlo, mirar el motor o prefieres que demos una vuelta directamente?"""),
        H("""Buenas. Antes de nada, ¿tiene las facturas del mantenimiento? Y la correa de distribución, ¿cuándo se cambió?"""),
        G("""—Claro, hombre, todo guardado. *Abre la guantera y saca una carpeta azul bien gruesa.* Aquí lo tienes, ordenadito por fechas.

Los cambios de aceite y filtros, cada 15.000 km: en el taller oficial de Seat hasta los 100.000 y luego en un taller de confianza del barrio, que te puedo dar el teléfono si quieres preguntarles.

Y la correa de distribución, mira, aquí: **se cambió a los 120.000 km, junto con la bomba de agua y el tensor**. Me costó 640 euros; aquí tienes la factura con fecha y sello. Así que eso ya lo tienes hecho para muchos años.

Lo que sí te digo es que las pastillas de freno traseras habrá que mirarlas dentro de poco; en la última revisión me dijeron que les quedaba como un 30 %. Pero eso son 80 o 100 euros.

¿Quieres que lo arranquemos en frío? Lo tengo sin mover desde ayer, para que veas que arranca a la primera."""),
        H("""Lo he probado. He notado que el embrague patina un poco en tercera cuando acelero fuerte, y luego está el rasguño del paragolpes. Te ofrezco 8.500 €."""),
        G("""*Manolo se rasca la nuca y suelta una risa corta.*

—Hombre, 8.500 es apretar mucho. A ver, lo del embrague... Yo no he notado que patine, pero es verdad que tiene sus kilómetros, y un embrague con 142.000 puede empezar a estar cansado. No te voy a decir que no. Lo del paragolpes te lo dije yo mismo, no te lo he escondido.

Pero mira lo que te llevas: un coche con todo el historial, ruedas nuevas, la distribución hecha y la ITV recién pasada. Busca un León como este en las páginas de anuncios y verás que los que hay a 9.000 tienen 180.000 km o no tienen ni una factura.

Te propongo una cosa: por lo del embrague te bajo algo. **9.400 €** y te lo llevas con el depósito lleno. Es un precio justo, de verdad."""),
        H("""Mira, si cerramos hoy y te hago la transferencia ahora mismo desde el móvil, ¿lo dejamos en 9.000?"""),
        G("""*Manolo se queda mirando el coche un momento, como quien se despide de él, y suspira.*

—Me estás pillando, ¿eh? Lo de la transferencia hoy me viene bien, no te voy a engañar, que ya tengo el coche nuevo pedido y me lo entregan la semana que viene.

Pero 9.000 me parece poco. Te explico mis números: el embrague, si hay que cambiarlo, son unos 600 o 700 euros con el volante motor, vale. Pero también tienes que pensar que la correa de distribución te tocará cambiarla pronto, hacia los 150.000, y eso ya lo había descontado yo del precio desde el principio; por eso lo anuncié a 9.800 y no a 10.500 como otros.

Así que ni para ti ni para mí: **9.200 €**, transferencia hoy, y te doy también el juego de alfombrillas de goma que tengo en el trastero y las dos llaves. Y si quieres, mañana te acompaño a la gestoría para el cambio de nombre. ¿Trato hecho?"""),
        H("""Vale, 9.200 €, trato hecho. ¿Qué papeles tenemos que firmar y qué tengo que hacer yo después?"""),
        G("""*Manolo te da la mano con una sonrisa.*

—¡Trato hecho! Mira, esto es lo que hacemos, que lo he mirado bien:

**Hoy, entre los dos**
- **Contrato de compraventa**, dos copias firmadas, una para cada uno. Ponemos nuestros datos y DNI, la matrícula, el número de bastidor, los kilómetros, el precio de 9.200 €, la fecha y **la hora** de la venta, que es importante por si hay una multa ese mismo día.
- Te entrego el **permiso de circulación**, la **tarjeta ITV** (ficha técnica), el último recibo del impuesto de circulación pagado, la carpeta de facturas y las dos llaves.
- Yo, como vendedor, puedo comunicar la venta a la DGT para que conste que el coche ya no es mío.

**Lo que te toca a ti después**
1. **Seguro:** el coche tiene que estar asegurado a tu nombre antes de salir de aquí. Llama ahora a tu aseguradora o hazlo por la app.
2. **Impuesto de Transmisiones Patrimoniales (ITP):** lo paga el comprador en tu comunidad autónoma, normalmente con el modelo 620, en un plazo de 30 días hábiles. Ojo: Hacienda no calcula sobre los 9.200 € si su tabla de precios medios da un valor mayor; se usa el más alto.
3. **Cambio de titularidad en la DGT:** con el contrato, el justificante del ITP y la tasa de transferencia, en Tráfico con cita previa o a través de una gestoría, que te cobrará algo más pero te lo hace todo.

Y ahora, si quieres, hacemos la transferencia y te enseño dónde está la rueda de repuesto."""),
    ],
})

# ---------------------------------------------------------------- 016
DIALOGUES.append({
    "id": "m13c-016",
    "label": "good",
    "language": "en",
    "note": "Good: writing a toast for a sister's wedding; structure, story development, a full consistent draft (Nora, Tom, mud-pie restaurant, comment card, climbing gym) and practice tips.",
    "conversations": [
        H("""My little sister Nora is getting married in three weeks and I'm giving a toast. I'm her older brother, four years older. I'm not funny and I hate public speaking. Where do I even start?"""),
        G("""Congratulations, and I promise you don't need to be funny. The best wedding toasts are warm, specific and short. A heartfelt toast built around one good story lands far better than a string of jokes.

**Target length:** two to four minutes, roughly 300 to 500 words spoken at a relaxed pace. Shorter is always better than longer.

**A simple structure that works**
1. **Opening (15 seconds):** who you are. "For those who don't know me, I'm Nora's big brother."
2. **A story about her (1 minute):** one specific memory that shows who she is, a quality people will recognise.
3. **Who she is now (30 seconds):** connect the story to the adult she's become.
4. **Her partner (30 to 45 seconds):** what you've seen of them together, and a welcome into the family.
5. **The toast (15 seconds):** ask everyone to raise their glasses, and say one line wishing them well.

**Things to avoid**
- Inside jokes only three people understand.
- Stories about exes, drunken moments, or anything your grandmother shouldn't hear.
- Reading out a long list of qualities. One story shows more than ten adjectives.

To get started, tell me:
- Her partner's name and how they met.
- One or two memories of Nora growing up that still make you smile.
- One word you'd use to describe her."""),
        H("""Her fiancé is Tom. They met at a climbing gym. One story I have: when she was nine she ran a "restaurant" in our backyard and charged me a dollar for mud pies, and she made me fill out a comment card after every meal. One word for her... generous, I guess. She always shows up for people."""),
        G("""That story is *perfect*. It's funny without being embarrassing, it's visual (everyone can picture a nine-year-old handing out comment cards), and it says something real about her: she's enterprising, a little bossy in the best way, and she genuinely cares whether people come back. That last part connects beautifully to "she always shows up for people", and it can be the thread for the whole toast.

The climbing gym gives you a natural image for Tom: trust, holding the rope, catching each other. Used lightly, just once, it's lovely.

Here's how the opening and story could sound:

> "Good evening, everyone. For those who don't know me, I'm Nora's big brother. I've had her whole life to collect material, and I promised Mom I'd only use one story.
>
> When Nora was nine, she opened a restaurant in our backyard. The menu had exactly one item: mud pies, decorated with dandelions. The price was one dollar. I was the only customer, every single day, for an entire summer. And after every meal, she handed me a comment card."

The comment card is both your punchline and your theme. Hold back the question written on it, because you'll bring it back at the very end.

Want me to write the full draft from here?"""),
        H("""Yes please, full draft. Keep it under four minutes."""),
        G("""Here's a full draft, about 380 words, which is roughly three minutes at a comfortable pace:

---

"Good evening, everyone. For those who don't know me, I'm Nora's big brother. I've had her whole life to collect material, and I promised Mom I'd only use one story.

When Nora was nine, she opened a restaurant in our backyard. The menu had exactly one item: mud pies, decorated with dandelions. The price was one dollar. I was the only customer, every single day, for an entire summer. And after every meal, she handed me a comment card. A real one, with lines, that she'd drawn herself. The questions were: 'How was the food?' 'How was the service?' And, underlined twice: 'Would you come back?'

I always said yes. Partly because she was very persuasive for a nine-year-old. But mostly because even then, Nora put her whole heart into everything. She didn't just make mud pies; she made an experience. She cared whether you'd come back.

She's still like that. She's the friend who remembers your dentist appointment, the sister who calls on the morning of your job interview, the person who shows up, every time, for everyone.

And then she met Tom. At a climbing gym, which makes sense, because Nora has never met a wall she didn't want to get to the top of. Tom, I've watched you with my sister. You hold the rope. You let her climb as high as she wants, and you make sure that if she slips, she's safe. That's all any big brother could ask for.

So, Tom: welcome to the family. Officially. I'm afraid the comment cards come with the package.

Everyone, please raise your glasses. To Nora and Tom: may your life together be full of adventure, may you always hold each other's rope, and may every day end with the answer to that most important question: 'Would you come back?' Yes. Always.

To Nora and Tom!"

---

If any line doesn't sound like you, change it. A toast in your own words beats a polished one that doesn't feel like yours."""),
        H("""I love it. How should I practise so I don't end up just reading it off my phone?"""),
        G("""Reading from a phone is where a lot of toasts fall flat, so it's great you're thinking about it now. Three weeks is plenty of time.

**Week 1: learn the shape, not the words**
- Read it out loud once a day. Out loud matters; silent reading doesn't prepare your mouth.
- Then boil it down to **five or six bullet points** on an index card: *Big brother / Backyard restaurant, mud pies, $1 / Comment card, "Would you come back?" / Still shows up for everyone / Tom, climbing, holding the rope / Toast.*

**Week 2: practise from the card**
- Deliver it from the card only, four or five times. It's fine if the wording shifts; it will sound more natural, not less.
- Record yourself once and listen back. You'll notice where you rush. Most nervous speakers go too fast, so aim to feel like you're speaking slightly too slowly.
- Give it once in front of a friend.

**Week 3: rehearse real conditions**
- Practise standing, with a glass in one hand and the card in the other.
- Memorise the first two sentences and the final toast word for word. A strong start and a strong ending are what people remember.

**On the day**
- Keep the card in your jacket pocket even if you never look at it. Knowing it's there helps.
- One drink at most before the toast.
- Before you begin, take a breath and look at Nora.
- Pause after the comment-card line and let people laugh. Silence feels long to you, but natural to them."""),
    ],
})
