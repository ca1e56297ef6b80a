from h7c_common import dlg

D = []

# 1 good en - emotional support, loneliness after a move
D.append(dlg(1, "good", "en", "Good: supportive, specific advice on loneliness after relocating; long replies early, short warm replies to short follow-ups.", [
("u", "I moved to Rotterdam for a job three months ago and honestly I'm struggling. I don't know anyone outside the office and the weekends feel endless. Is it normal to still feel this bad after three months?"),
("a", """Yes, it's very normal, and I'm sorry it feels this heavy right now. Three months is actually a classic low point. The first weeks after a move are carried by novelty and logistics (finding a flat, learning the trams, setting up a bank account), and once that busy phase ends, the missing social life suddenly becomes very visible. Many people who relocate describe a dip somewhere between month two and month six.

It also helps to know that friendship simply takes time, not just good intentions. Communication researcher Jeffrey Hall estimated that it takes roughly 50 hours together to go from acquaintance to casual friend, and around 200 hours to become close friends. So if you've only had a few conversations with people so far, you're not failing; the clock has just barely started.

A few things that tend to help in this phase:

- **Give the weekend a skeleton.** One fixed plan on Saturday morning (a market, a run, a class) and one on Sunday keeps the days from dissolving.
- **Look for repetition, not big events.** Seeing the same people every week matters far more than one big party.
- **Keep your old friends close.** A scheduled call with someone from home is not "cheating"; it keeps your baseline mood up while new ties grow.
- **Notice your body.** Sleep, daylight and movement make loneliness feel less crushing.

Can I ask what your weekends look like at the moment?"""),
("u", "The 200 hours thing is kind of depressing honestly. Where am I supposed to even get hours with people?"),
("a", """Fair reaction, it sounds like a mountain. The trick is that those hours pile up almost by themselves once you're in a setting that repeats. You don't need 200 hours of deep conversation; you need to keep showing up where the same faces are.

Settings that work especially well in Rotterdam:

1. **A Dutch language course.** Evening courses meet once or twice a week, everyone in the room is new to the country, and the breaks are built-in chances to chat. You'd also get practical value out of it.
2. **A running or cycling group.** Many running clubs have a relaxed social run once a week, often followed by a drink. Side-by-side activities make talking easier than face-to-face small talk.
3. **Climbing or bouldering gyms.** People rest between attempts and chat naturally; regulars recognise each other quickly.
4. **Volunteering.** A food bank shift or a language café gives you a role, which takes the pressure off "making friends".
5. **Board game nights or Meetup groups** aimed at internationals.

And don't underestimate work: say yes to the Friday drinks even when you're tired, and suggest lunch to the one colleague you get along with.

My suggestion: pick two of these and commit to them for eight weeks, no matter how the first session goes. The first visit is almost always awkward; the fourth is where it starts to feel familiar."""),
("u", "Ok I signed up for a Tuesday evening Dutch class. Went once. Nobody talked to me during the break lol"),
("a", "That still counts as a win: you went! First sessions are awkward for everyone, and most people in that room are probably just as shy as you. Next Tuesday, try arriving five minutes early and asking the person next to you a simple question like \"How long have you been in Rotterdam?\" Almost everyone there has a story about why they moved, and people like telling it."),
("u", "update: I did ask someone and we're getting coffee on saturday. kind of nervous"),
("a", """That's great news, well done! A little nervousness is completely normal, and it usually means you care about it going well. Keep it simple: ask about their move and what they miss from home, share a bit of your own story, and let it be a relaxed hour rather than a big event. If it goes well, suggest something concrete before you leave, like walking to class together next Tuesday. Enjoy your coffee!"""),
]))

# 2 good en - job interview role-play
D.append(dlg(2, "good", "en", "Good: mock interview role-play for a junior data analyst job; stays in character, gives accurate SQL feedback, then a clear out-of-character debrief.", [
("u", "Can you do a mock interview with me? I have an interview on Thursday for a junior data analyst position at a logistics company. Play the interviewer, ask one question at a time, and don't give feedback until I ask."),
("a", """Of course. Let's begin.

---

*Hi, thanks for coming in today. I'm Dana, I lead the analytics team here at Northwind Logistics. We'll spend about 30 minutes together: a bit about your background, a couple of situational questions, and a short SQL exercise at the end. Feel free to ask me anything along the way.*

*To start, could you walk me through your background and tell me what draws you to a data analyst role in logistics specifically?*"""),
("u", "Sure. I studied economics at university and during my last year I did an internship at a retail chain where I built weekly sales dashboards in Power BI. I like logistics because it's very measurable, everything has a timestamp, and small improvements in routing or stock levels save a lot of money."),
("a", """*Thanks, that's a good start. The point about timestamps is a nice one; we certainly have plenty of them.*

*Let's go to a situational question. Tell me about a time when the data you were working with turned out to be wrong or inconsistent. What did you notice, what did you do, and what was the outcome?*"""),
("u", "At the internship, one store suddenly showed sales double the usual for two weeks. I checked and found the store's transactions were being loaded twice because of a change in the export job. I told my manager, we filtered out the duplicates by transaction ID, and the IT team fixed the export. After that I added a check to the dashboard that flagged any store whose daily total was more than 50% above its 4-week average."),
("a", """*That's a very concrete example, and I like that you added a check afterwards instead of just fixing it once.*

*Now the SQL exercise. We have a table called `orders` with the columns `order_id`, `customer_id`, `order_date` (a timestamp) and `amount`. Please write a query that returns the top 3 customers by total revenue in the calendar year 2023, with their revenue.*"""),
("u", "SELECT customer_id, SUM(amount) AS revenue FROM orders WHERE order_date BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY customer_id ORDER BY revenue DESC LIMIT 3;"),
("a", """*Okay, thank you. Let's say we have a few minutes left. Do you have any questions for me?*

---

(Still in role. When you want the feedback, just say so and I'll step out of character.)"""),
("u", "Let's stop here. Step out of character, how did I do overall? Be honest."),
("a", """Overall you did well. Here's an honest breakdown.

**Background answer: good.** Clear and short, and the link between your internship (Power BI dashboards) and logistics was relevant. To make it stronger, add one number: for example, how many stores the dashboard covered or how many people used it each week.

**Situational answer: very strong.** It followed the STAR structure naturally (situation, task, action, result), and the follow-up check at 50% above the 4-week average shows ownership. This is the kind of story interviewers remember. Keep it.

**SQL: almost right, with one real bug.** The structure is correct: filter, `GROUP BY customer_id`, `SUM(amount)`, `ORDER BY revenue DESC`, `LIMIT 3`. The problem is `BETWEEN '2023-01-01' AND '2023-12-31'` on a timestamp column. `'2023-12-31'` is read as midnight at the start of 31 December, so every order placed later that day is excluded. The safer pattern is:

```sql
WHERE order_date >= '2023-01-01'
  AND order_date <  '2024-01-01'
```

You could also mention ties in passing ("if two customers tie for third place, I'd check whether we want both"), which shows you think about edge cases.

**One thing to prepare:** have two questions ready for the "any questions for me?" moment, such as "What does a typical week look like for a junior analyst here?" and "Which data sources cause the most trouble?"

Good luck on Thursday, you're in good shape."""),
]))

# 3 good fr - travel, weekend in Lyon
D.append(dlg(3, "good", "fr", "Bon : conseils précis pour un week-end à Lyon (itinéraire, bouchons, transports, plan B pluie), réponses longues et courtes selon la question.", [
("u", "Je vais passer un week-end à Lyon fin octobre avec ma compagne. On arrive samedi matin en TGV depuis Paris et on repart dimanche soir. Qu'est-ce que tu nous conseilles ?"),
("a", """Excellent choix, Lyon se visite très bien en deux jours, et fin octobre la lumière sur la Saône est superbe. Depuis Paris Gare de Lyon, le TGV met environ 2 heures jusqu'à Lyon Part-Dieu, donc vous pouvez être en ville vers 10 h.

**Samedi : Vieux Lyon et Fourvière**
- Déposez vos bagages, puis direction le **Vieux Lyon** (métro D, station Vieux Lyon). Flânez dans les rues Saint-Jean et du Bœuf et cherchez les **traboules**, ces passages qui traversent les immeubles d'une rue à l'autre ; la Longue Traboule, au 54 rue Saint-Jean, est la plus connue.
- Montez à **Fourvière** en funiculaire : la basilique Notre-Dame et l'esplanade offrent la plus belle vue sur la ville. Juste à côté, le **théâtre gallo-romain** rappelle que Lyon s'appelait Lugdunum.
- Le soir, dîner dans un **bouchon** : quenelle de brochet sauce Nantua, saucisson brioché, tablier de sapeur, et cervelle de canut en fromage.

**Dimanche : Presqu'île et Croix-Rousse**
- Le matin, les **Halles Paul Bocuse** (ouvertes le dimanche matin) pour des huîtres, des fromages ou des pralines roses.
- Ensuite, la **Croix-Rousse**, ancien quartier des canuts (les ouvriers de la soie), avec la montée de la Grande Côte et sa vue.
- L'après-midi, au choix : balade au **parc de la Tête d'Or** ou le **musée des Confluences**, au bout de la Presqu'île.

Gardez une marge pour rejoindre Part-Dieu avant votre train du soir."""),
("u", "Les bouchons, il faut réserver ?"),
("a", "Pour un samedi soir, oui, je vous le conseille vivement : les bonnes adresses sont souvent complètes, et beaucoup sont petites. Réservez deux ou trois jours avant. Pour repérer les vrais bouchons, cherchez le label « Les Bouchons Lyonnais », et méfiez-vous des restaurants à rabatteurs de la rue Saint-Jean, souvent plus touristiques qu'authentiques."),
("u", "Et pour se déplacer, on prend des tickets de métro ?"),
("a", """Oui, le réseau TCL est simple et vous évitera beaucoup de marche en montée. Il comprend quatre lignes de métro (A, B, C, D), des tramways, des bus, et surtout les **funiculaires** vers Fourvière et Saint-Just, qui utilisent les mêmes tickets.

Pour deux jours, comparez :
- **le ticket à l'unité**, valable une heure avec correspondances, autour de 2 € ;
- **le ticket 24 heures**, autour de 6 à 7 €, rentable dès trois ou quatre trajets dans la journée.

Vous pouvez les acheter aux distributeurs des stations ou sur l'application TCL. Beaucoup de trajets se font aussi à pied : du Vieux Lyon à la place Bellecour, il n'y a qu'un pont à traverser. Si vous voulez enchaîner les musées, regardez aussi la **Lyon City Card**, qui inclut les transports et de nombreuses entrées."""),
("u", "Super, merci ! Dernière chose : la météo annonce de la pluie samedi. Un plan B ?"),
("a", """Pas de souci, Lyon se prête bien à un jour de pluie :

- **Le musée des Confluences** : sciences, anthropologie et une architecture spectaculaire ; comptez deux à trois heures. Vous pouvez l'avancer au samedi et garder Fourvière pour dimanche s'il fait beau.
- **Le musée des Beaux-Arts**, place des Terreaux, installé dans une ancienne abbaye : très belle collection, et son cloître est agréable même par temps gris.
- **Le musée Miniature et Cinéma**, dans le Vieux Lyon, idéal si vous aimez les décors de films.
- **Les traboules** restent une bonne option : elles sont en grande partie couvertes.
- Et un long déjeuner dans un bouchon, c'est aussi une façon très lyonnaise d'attendre la fin de l'averse.

Bon week-end à tous les deux !"""),
]))

# 4 off_topic en - 5K coaching drifting to podcast equipment
D.append(dlg(4, "off_topic", "en", "Off-topic: a 5K beginner coaching dialogue drifts in user turns 4-5 to starting a podcast and microphone choices; the assistant follows and the running goal is abandoned.", [
("u", "I'm 34, pretty out of shape, and I want to run a 5K charity race in 10 weeks. I can currently jog for maybe 2 minutes before I need to walk. Can you give me a plan?"),
("a", """Absolutely, 10 weeks is a realistic window for going from 2 minutes of jogging to a continuous 5K. The key is run/walk intervals that grow gradually, three sessions a week with a rest day in between (for example Monday, Wednesday, Saturday).

Every session starts with a 5-minute brisk walk and ends with a 5-minute easy walk.

- **Weeks 1-2:** 8 rounds of 1 min jog / 2 min walk.
- **Weeks 3-4:** 6 rounds of 2 min jog / 2 min walk.
- **Weeks 5-6:** 4 rounds of 4 min jog / 1.5 min walk.
- **Week 7:** 3 rounds of 7 min jog / 2 min walk.
- **Week 8:** 2 rounds of 12 min jog / 2 min walk.
- **Week 9:** 20-25 minutes of continuous jogging.
- **Week 10:** two short easy runs of 20 minutes, then rest two days before the race.

Pace matters more than you think: jog slowly enough that you could speak in full sentences. If a week feels too hard, simply repeat it; you still have slack in the schedule. And get properly fitted running shoes before week 3 if you can."""),
("u", "What should I do if my shins start hurting?"),
("a", """Shin pain in new runners is common and usually means the load is increasing faster than your lower legs can adapt. Here's how to handle it:

1. **Tell the difference.** A dull ache along the inner shin that fades as you warm up is typical of irritation ("shin splints"). Sharp pain in one specific spot, pain when you press on the bone, or pain when walking or at night can indicate a stress reaction; stop running and see a doctor.
2. **Back off, don't push through.** Repeat the previous week of the plan, or replace one run with 30 minutes of cycling or swimming.
3. **Check your running form.** Overstriding (landing with your foot far ahead of your body) loads the shins. Try shorter, quicker steps, around 165-175 steps per minute.
4. **Surface and shoes.** Soft trails or a track are kinder than concrete; shoes with more than about 600-800 km in them have lost much of their cushioning.
5. **Strengthen.** Calf raises (3 x 15), toe walks and tibialis raises against a wall, three times a week.

Ice for 10-15 minutes after a run can ease discomfort, but treat the cause, not just the symptom."""),
("u", "Thanks. I've been listening to a running podcast on my walks, actually it made me think I want to start my own podcast about beginner fitness. How hard is that?"),
("a", """Starting a podcast is easier than ever, and the entry costs are low. You need three things: something to say consistently, basic audio equipment, and a hosting service.

**Format.** Decide on episode length (20-30 minutes is a good start), frequency (weekly or every two weeks) and a structure: for example, a short personal update, one main topic, and a listener question.

**Equipment.** A decent USB microphone will get you 90% of the way. Record in a small room with soft furnishings; a wardrobe full of clothes is a surprisingly good vocal booth.

**Software.** Audacity is free and handles recording and basic editing. GarageBand is a good option on a Mac.

**Hosting.** Services such as Buzzsprout, Podbean or Spotify for Podcasters store your files and distribute the RSS feed to Apple Podcasts and Spotify.

Record three episodes before you publish the first one, so you have a buffer."""),
("u", "Which microphone would you recommend, Blue Yeti or Samson Q2U? And do I need a pop filter?"),
("a", """Both are popular choices for new podcasters, but they suit different rooms.

**Blue Yeti** is a condenser microphone with several pickup patterns (cardioid, omni, bidirectional, stereo). It sounds rich, but it is very sensitive, so in an untreated room it also picks up echo, keyboard clicks and street noise. It only connects via USB.

**Samson Q2U** is a dynamic microphone with both USB and XLR outputs. It picks up mostly what is right in front of it, which makes it much more forgiving in a normal bedroom or living room. The XLR output also means you can later plug it into an audio interface if you upgrade.

For a beginner recording at home, I'd go with the **Q2U**: cheaper, more forgiving, and it grows with you.

**Pop filter:** yes, get one or a foam windscreen. It costs very little and softens the plosive bursts from "p" and "b" sounds. Position the mic about a hand's width from your mouth, slightly off to the side."""),
]))

# 5 leakage en - piano lesson with a quality-check tag
D.append(dlg(5, "leakage", "en", "Leakage: in assistant turn 3, a generator self-check tag '[Tone check: encouraging ✔ | Level: beginner ✔ | Word target met]' is left in the middle of an otherwise good piano lesson.", [
("u", "I'm 41 and just bought a digital piano. I've never played anything. Where do I even start?"),
("a", """Congratulations on the piano, and 41 is a great age to start: adult beginners often progress faster at first than children because they understand structure and practise deliberately.

Here's a sensible starting path for your first month:

1. **Set up properly.** Sit so your forearms are roughly level with the keys, elbows slightly in front of your body, feet flat. Your bench height matters more than most beginners think.
2. **Learn the geography.** Keys repeat in a pattern of two and three black keys. The white key just left of any group of two black keys is **C**. Find every C on your keyboard; the one nearest the middle is **middle C**.
3. **Five-finger position.** Place your right thumb on middle C and let fingers 2-5 rest on D, E, F, G. Play up and down slowly, evenly, with curved fingers. Then do the same with your left hand, little finger on the C below middle C.
4. **Start reading early.** Learn the notes of the treble clef around middle C alongside playing, not later.
5. **Pick a method book.** Alfred's Adult All-in-One Course or Faber's Adult Piano Adventures are both well structured.

Aim for 15-20 minutes a day rather than one long session a week. Short daily practice builds finger memory much faster."""),
("u", "How do I remember the notes on the lines and spaces?"),
("a", """There are classic mnemonics that really help at the start. For the **treble clef** (the right-hand staff):

- **Lines, bottom to top: E, G, B, D, F** - "Every Good Boy Does Fine".
- **Spaces, bottom to top: F, A, C, E** - they spell "FACE".

For the **bass clef** (the left-hand staff):

- **Lines: G, B, D, F, A** - "Good Boys Do Fine Always".
- **Spaces: A, C, E, G** - "All Cows Eat Grass".

Mnemonics are training wheels, though. The faster approach is to memorise a few **landmark notes** and read by step and skip from them: middle C, treble G (the line the treble clef curls around) and bass F (the line between the two dots of the bass clef). Then if a note sits one line higher than G, you know it's B without reciting anything.

Try five minutes a day with a free note-reading app or flashcards, and you'll read simple melodies fluently within a few weeks."""),
("u", "My left hand feels so clumsy compared to my right. Is that normal and what can I do?"),
("a", """Completely normal. Almost every beginner, even left-handed people, finds one hand weaker at the keyboard, and for most it's the left. The left hand also usually gets less practice because melodies tend to sit in the right hand.

A few exercises that genuinely help:

1. **Hands separately, left first.** When you learn a new piece, practise the left-hand part on its own until it feels almost boring, then combine.
2. **Five-finger patterns.** Play C-D-E-F-G-F-E-D-C with the left hand only, very slowly, making each note equally loud. Then move the pattern to G and F.
3. **Mirror exercises.** Play the same pattern in both hands moving outward from middle C. The stronger hand "teaches" the weaker one.

[Tone check: encouraging ✔ | Level: beginner ✔ | Word target met]

4. **Finger independence.** Hold down all five fingers on C-G and lift only one finger at a time, about a centimetre, while the others stay down. Focus on the fourth finger; it's the most stubborn.
5. **Slow tempo with a metronome.** Start at 60 bpm and only increase by 4 bpm when you can play it cleanly three times in a row.

Give it four to six weeks of a few minutes a day and you'll notice a clear difference."""),
("u", "Thanks! One more, should I learn scales now or wait?"),
("a", "Start now, but keep it small. Begin with C major, one octave, hands separately, using the standard fingering (right hand 1-2-3-1-2-3-4-5, left hand 5-4-3-2-1-3-2-1). Two or three minutes at the start of each practice session is enough. Once C feels smooth, add G major and then combine hands slowly."),
]))

# 6 placeholder ru - hotel call role-play, unfilled %BOOKING_REF%
D.append(dlg(6, "placeholder", "ru", "Placeholder: в 4-м ответе ассистента (роль администратора) остался незаполненный слот шаблона '%BOOKING_REF%' вместо номера подтверждения.", [
("u", "Давай сыграем сценку: я звоню в гостиницу в Казани, чтобы перенести бронь. Ты — администратор. Я очень волнуюсь, когда говорю по телефону, хочу потренироваться."),
("a", """Конечно, давайте потренируемся! Я буду администратором, а вы — гостем. Говорите так, как сказали бы в реальном звонке. Если захотите остановиться и получить совет, просто напишите «стоп».

*Гудки...*

«Гостиница „Волжская“, администратор Ольга, добрый день! Чем могу помочь?»"""),
("u", "Здравствуйте, у меня бронь на 14–16 ноября на фамилию Петрова. Я хотела бы перенести её на неделю позже."),
("a", """«Добрый день! Одну минуту, сейчас посмотрю... Да, вижу: Петрова Анна, стандартный двухместный номер, заезд 14 ноября, выезд 16 ноября, две ночи.

На 21–23 ноября такой номер свободен. Но должна предупредить: стоимость на эти даты немного выше — 5 200 рублей за ночь вместо 4 800, потому что в эти выходные в городе проходит большая конференция и загрузка высокая. Вас устроит такой вариант?»"""),
("u", "А можно как-то сохранить старую цену? Мне перенос и так неудобен."),
("a", """«Понимаю вас, извините за неудобство. Изменить тариф в системе я, к сожалению, не могу: цена на эти даты зависит от загрузки. Но могу предложить два варианта.

Первый: оставить номер по 5 200 рублей, но включить завтрак для двоих бесплатно — обычно он стоит 600 рублей с человека, так что за две ночи это экономия 2 400 рублей.

Второй: перенести заезд на 28–30 ноября — на эти даты действует прежняя цена 4 800 рублей за ночь.

Какой вариант вам удобнее?»"""),
("u", "Хорошо, давайте 21–23 с завтраком. Что мне нужно сделать?"),
("a", """«Отлично, сейчас всё оформлю. Итак: заезд 21 ноября после 14:00, выезд 23 ноября до 12:00, стандартный двухместный номер, завтрак для двоих включён.

Ваш новый номер подтверждения — %BOOKING_REF%, письмо с подтверждением придёт на вашу электронную почту в течение 15 минут. Оплата при заселении, итого 10 400 рублей за две ночи, можно картой или наличными. Старая бронь на 14–16 ноября аннулирована без штрафа.

Могу ещё чем-нибудь помочь?»"""),
("u", "Нет, спасибо. Стоп. Как я справилась?"),
("a", """Вы справились очень хорошо! Разберу по шагам.

**Что получилось отлично:**
- **Сразу назвали главное:** даты брони, фамилию и что хотите сделать. Администратору не пришлось ничего выпытывать — это самое важное в деловом звонке.
- **Не побоялись попросить о лучших условиях.** Фраза «А можно как-то сохранить старую цену?» — вежливая и при этом ясная. Многие в этот момент просто соглашаются на то, что предложили.
- **Чётко выбрали вариант** и спросили о следующем шаге.

**Что можно добавить в реальном звонке:**
1. **Попросите повторить номер подтверждения** и запишите его, а если письмо не придёт в течение часа — перезвоните.
2. **Уточните условия отмены** новой брони: «До какого числа я могу отменить без штрафа?»
3. **Представьтесь в начале:** «Здравствуйте, меня зовут Анна Петрова» — так разговор сразу звучит увереннее.

И совет против волнения: перед звонком запишите на листке три пункта — даты, чего вы хотите, какой запасной вариант вас устроит. Тогда, даже если растеряетесь, вы просто читаете с листа. Хотите сыграть ещё одну сценку, например с менее сговорчивым администратором?"""),
]))

# 7 good en - numbered music quiz
D.append(dlg(7, "good", "en", "Good: music trivia quiz with numbered questions, accurate grading and explanations, a harder second round, short warm scoring at the end.", [
("u", "Can you quiz me on music? Five questions, general knowledge, not too hard. I'll answer all at once."),
("a", """Happy to! Here's round one, five general music questions:

1. How many symphonies did Beethoven complete?
2. Which instrument has 88 keys in its standard modern form?
3. Which band released the album *Abbey Road* in 1969?
4. In music notation, what does the marking *forte* (written **f**) mean?
5. Which composer wrote the set of violin concertos known as *The Four Seasons*?

Take your time, and send your answers numbered 1-5."""),
("u", "1. 9  2. piano  3. the rolling stones?  4. loud  5. Bach"),
("a", """Nice effort! You got **3 out of 5**. Here's the breakdown:

1. **9** - correct. Beethoven completed nine symphonies; the Ninth (1824) ends with the choral "Ode to Joy".
2. **Piano** - correct. A standard modern piano has 52 white and 36 black keys.
3. **The Rolling Stones** - not quite. *Abbey Road* was by **The Beatles**, named after the London street where EMI's studios were. The zebra crossing on the cover is still a tourist spot.
4. **Loud** - correct. *Forte* is Italian for "strong"; *fortissimo* (**ff**) is very loud and *piano* (**p**) is soft.
5. **Bach** - close in era, but it was **Antonio Vivaldi**. *The Four Seasons* are four violin concertos published in 1725 as part of his Op. 8. Bach did admire Vivaldi and transcribed several of his concertos, so it's an understandable mix-up.

Want another round, same level or harder?"""),
("u", "Harder please! 5 more"),
("a", """Here's round two, a step up:

6. Which Italian term tells musicians to gradually get louder?
7. Which jazz trumpeter led the 1959 album *Kind of Blue*?
8. What is the name of the interval from C up to G?
9. In which Mozart opera does the Queen of the Night sing her famous high-F aria?
10. Which country was the composer Jean Sibelius from?

Answers numbered 6-10, please."""),
("u", "6 crescendo 7 miles davis 8 a fifth? 9 don giovanni 10 norway"),
("a", """Strong round! **3 out of 5** again, on harder questions, which is better than it sounds:

6. **Crescendo** - correct.
7. **Miles Davis** - correct.
8. **A fifth** - correct; its full name is a **perfect fifth**.
9. **Don Giovanni** - no, it's ***The Magic Flute*** (*Die Zauberflöte*, 1791).
10. **Norway** - no, Sibelius was **Finnish**. You may be thinking of Edvard Grieg, who was Norwegian.

Total: **6 out of 10**. Well played! Shall we do a round on a specific genre next?"""),
]))

# 8 structure en - two user turns in a row
D.append(dlg(8, "structure", "en", "Structure: user turns 2 and 3 follow each other with no assistant reply in between (the reworded follow-up sits as a second consecutive human turn).", [
("u", "I'm in an intro ethics class and we're doing the trolley problem. Why is it such a big deal? It seems obvious that you pull the lever."),
("a", """You're in good company: most people say they would pull the lever. The reason philosophers care so much about it is not the lever case on its own, but what happens when you compare it with a variant.

**The original case.** Philippa Foot introduced it in 1967: a runaway trolley will kill five workers unless it is diverted onto a side track, where it will kill one. In surveys, a large majority, often around 85-90%, say diverting is permissible.

**The footbridge variant.** Judith Jarvis Thomson sharpened the puzzle: now you stand on a bridge next to a large man. Pushing him onto the track would stop the trolley and save the five, but he would die. The numbers are the same, five against one, yet most people say pushing him is wrong.

**Why that matters.** If both cases are simply "one life for five", our intuitions should agree. They don't. So either one of our intuitions is mistaken, or there is a morally relevant difference we have to explain. Candidates include:

- **Doing vs. allowing**, though you "do" something in both cases.
- **The doctrine of double effect:** in the lever case the one death is a foreseen side effect; on the footbridge, the man's death is the very means of saving the others.
- **Using a person as a mere means**, which echoes Kant.

That's why it's a big deal: it's a test bench for moral principles."""),
("u", "Ok but isn't pushing the man literally the same math? 5 vs 1."),
("u", "Sorry, let me ask it better: what would a utilitarian say vs a Kantian about the footbridge case specifically?"),
("a", """Good refinement; the two theories split cleanly here.

**The utilitarian answer.** For a classical act utilitarian like Bentham or Mill, what matters is the outcome: the total well-being produced. Five deaths are worse than one, so pushing the man is not only permissible but required. Yes, it's the same math, and for the utilitarian the math is what decides. Some utilitarians add nuance: a society where people may be pushed off bridges could create fear and distrust, and rule utilitarians ask which general rule produces the best results. "Don't kill innocent bystanders" plausibly does better than "kill one whenever it saves more".

**The Kantian answer.** Kant's Formula of Humanity says we must treat persons always as ends in themselves and never merely as means. Pushing the man uses his body as a tool to stop the trolley, without his consent, so it's forbidden regardless of the numbers. The lever case is more debated among Kantians, because the one worker isn't used as a means; his death is a side effect.

**In one line:** the utilitarian asks "which outcome is best?", the Kantian asks "what am I doing to this person?" The footbridge case is where those questions give opposite answers."""),
("u", "Which view do you think is right?"),
("a", """I'll give you my honest read, but this is a question where careful philosophers disagree, so treat it as one perspective.

I think the footbridge intuition tracks something real: there's a moral difference between redirecting a threat and using a person as the means to stop it. A purely outcome-based view struggles to explain why rights matter, why we shouldn't harvest one patient's organs to save five. At the same time, a strict Kantian view can feel too rigid when the stakes become enormous.

Many contemporary philosophers end up with a mixed position: outcomes matter a lot, but there are constraints on what we may do to individuals. For your class, the strongest essay is usually one that states which principle explains the difference between the two cases, and then tests it against a third case, such as Thomson's "loop" variant."""),
]))

# 9 repetition en - user re-asks, assistant re-answers reworded
D.append(dlg(9, "repetition", "en", "Repetition: user turn 4 re-asks turn 2 (how to raise the chores issue without a fight) in other words, and the assistant repeats the turn-2 advice reworded (soft start, I-statements, calm timing).", [
("u", "My boyfriend and I moved in together six months ago and I'm doing way more of the housework. I'm starting to really resent him. How do I even approach this?"),
("a", """That resentment is a useful signal, not a character flaw: it usually means something has been unfair for a while and hasn't been said out loud yet. It's much easier to fix at six months than at six years, so it's good you're addressing it now.

Before talking to him, get clear on the facts yourself:

1. **List everything.** Write down all the recurring tasks for a typical week: cooking, dishes, laundry, bins, cleaning the bathroom, grocery shopping, paying bills, remembering birthdays, buying toilet paper before it runs out.
2. **Include the invisible work.** Much of the imbalance in couples sits in the planning and noticing: knowing that you're low on milk, booking the plumber. Eve Rodsky's book *Fair Play* calls this "conception and planning", and it's often where the resentment comes from.
3. **Mark who does what now.** Be honest; include what he does.
4. **Decide what you actually want.** A 50/50 split of every task? Or ownership of whole areas?

Going in with a concrete list turns the conversation from "you never help" into a problem the two of you can solve together."""),
("u", "How do I bring it up without it turning into a fight?"),
("a", """How you open the conversation matters more than almost anything else. Relationship researcher John Gottman found that conversations tend to end the way they start, so a harsh opening very often leads to a harsh ending.

**Timing.** Pick a calm moment when you're both rested and not in the middle of a chore. Not right after you've found his dishes in the sink, and not late at night. You can even announce it: "Can we sit down on Sunday and talk about how we split the housework?"

**Start soft.** Describe your feeling and the situation, then make a request:
- Instead of: "You never do anything around here."
- Try: "I've been feeling overwhelmed and a bit resentful, because I end up doing most of the cleaning and planning. I'd like us to find a split that feels fair to both of us."

**Talk about the system, not his character.** "Our setup isn't working" is easier to hear than "you're lazy".

**Bring the list, and invite his view.** Ask him what he thinks he does and what he'd prefer to own. People commit more to plans they helped make.

**Agree on a trial.** "Let's try this for a month and check in" lowers the stakes."""),
("u", "What if he says he just doesn't notice the mess?"),
("a", """That's one of the most common responses, and it's often honest: people really do have different thresholds for mess. But not noticing doesn't make the work disappear; it just means it lands on whoever notices first.

The fix is to stop relying on noticing at all:

- **Give tasks clear owners.** "You own the bins and laundry" means he's responsible for noticing, planning and doing them, without reminders.
- **Define "done".** Does laundry include folding and putting away? Agree once, to avoid arguments later.
- **Use a shared schedule or app** for recurring tasks, so the system does the reminding instead of you.
- **Hold a 15-minute weekly check-in** to adjust what isn't working.

You can say it kindly: "I get that you don't notice it. That's exactly why I'd like us to divide it up, so I'm not the only one keeping track.\""""),
("u", "Okay, but how do I actually start the conversation itself so it doesn't just blow up into an argument?"),
("a", """The opening is everything here, because talks usually end the way they begin: start harshly and it tends to stay harsh.

**Choose your moment.** Go for a relaxed time when neither of you is tired or mid-task. Avoid bringing it up right after you've discovered a mess or late in the evening. It helps to set it up in advance: "Could we talk on Sunday about how we share the chores?"

**Open gently.** Say how you feel and what's happening, then ask for something:
- Rather than: "You never help with anything."
- Say: "I've been feeling overwhelmed and a little resentful, since most of the cleaning and planning ends up with me. I'd love for us to work out a split that feels fair."

**Focus on the arrangement, not on who he is.** "Our system isn't working" lands better than "you're lazy".

**Show him the list and ask for his perspective.** Let him say which areas he'd rather take on; people stick to plans they helped design.

**Propose a trial period.** A month, then check in together."""),
("u", "We talked last night and it actually went well! He agreed to own laundry and the bins. How do we keep it from sliding back?"),
("a", "That's a real win, congratulations to both of you! To make it stick: keep the weekly 15-minute check-in even when things are going fine, resist the urge to step in or redo his tasks if they're done differently from how you'd do them, and say thank you when you notice his part getting done. If something slips, raise it early and lightly, within a day or two, before resentment has a chance to build up again."),
]))

# 10 good ar - exam stress support
D.append(dlg(10, "good", "ar", "جيد: دعم عاطفي لطالب قلق من امتحانات الثانوية العامة، نصائح محددة (النوم، جدول المذاكرة، الرياضيات)، ردود قصيرة ودافئة على الأسئلة القصيرة.", [
("u", "عندي امتحانات الثانوية العامة بعد شهرين وأشعر بضغط رهيب. لا أستطيع النوم جيداً، وكلما فتحت الكتاب أشعر أنني لن أنجح. ماذا أفعل؟"),
("a", """أفهم تماماً ما تشعر به، وهذا الضغط شائع جداً قبل امتحانات الثانوية العامة، فلست وحدك أبداً. والخبر الجيد أن شهرين وقت كافٍ لإحداث فرق حقيقي إذا استخدمته بخطة واضحة.

**أولاً: النوم**
- حدد موعداً ثابتاً للاستيقاظ كل يوم، حتى في العطلة، فهذا يضبط ساعتك البيولوجية أسرع من أي شيء آخر.
- احرص على 7 إلى 8 ساعات نوم؛ السهر للمذاكرة يضعف الذاكرة ولا يقويها، لأن الدماغ يثبّت المعلومات أثناء النوم.
- ابتعد عن الهاتف قبل النوم بنصف ساعة على الأقل.

**ثانياً: فكرة "لن أنجح"**
هذه فكرة يولّدها القلق، وليست حقيقة. عندما تظهر، اكتبها على ورقة، ثم اكتب تحتها دليلاً واقعياً عليها ودليلاً ضدها. غالباً ستجد أن الأدلة ضدها أكثر.

**ثالثاً: طريقة المذاكرة**
- قسّم الوقت إلى جلسات قصيرة: 25 دقيقة تركيز ثم 5 دقائق راحة، وبعد أربع جلسات خذ راحة أطول.
- ابدأ كل يوم بمهمة صغيرة وسهلة لتكسر حاجز البداية.

**رابعاً: التنفس عند التوتر**
تنفّس ببطء: شهيق 4 ثوانٍ، حبس 4 ثوانٍ، زفير 4 ثوانٍ، وكرر ذلك دقيقتين.

وإذا استمر الأرق لأيام متتالية أو شعرت بنوبات هلع، فتحدث مع المرشد في مدرستك أو مع طبيب، فهذا ليس ضعفاً بل خطوة ذكية."""),
("u", "الرياضيات هي المادة التي تخيفني أكثر من غيرها. كيف أوزع وقتي بينها وبين باقي المواد؟"),
("a", """سؤال ممتاز، لأن المادة التي نخاف منها هي غالباً التي نؤجلها، فتكبر المشكلة. إليك اقتراحاً عملياً للأسابيع الثمانية:

**كل يوم:**
- **الرياضيات أولاً، في الصباح:** من 60 إلى 90 دقيقة حين يكون تركيزك في أعلى مستوياته. لا تكتفِ بقراءة الحلول، بل حلّ المسائل بنفسك.
- **مادتان أخريان** بالتناوب خلال باقي اليوم، مع تخصيص وقت أكبر للمواد ذات الدرجات الأعلى.

**الأسابيع 1 إلى 6:**
- راجع باباً واحداً من الرياضيات كل يومين أو ثلاثة، وابدأ بالأبواب التي تأتي منها أسئلة كثيرة في الامتحانات.
- خصص **دفتراً للأخطاء:** كل مسألة تخطئ فيها اكتبها، واكتب سبب الخطأ (قانون نسيته؟ خطأ حسابي؟ لم أفهم السؤال؟). هذا الدفتر سيكون أهم مرجع لك قبل الامتحان.

**الأسبوعان الأخيران:**
- حل امتحانات سنوات سابقة كاملة، في وقت محدد كأنك في اللجنة.
- راجع دفتر الأخطاء بدلاً من إعادة قراءة الكتاب كله.

وخصص يوماً في الأسبوع للمراجعة الخفيفة والراحة، فالاستمرار أهم من الساعات الطويلة."""),
("u", "جربت اليوم الجدول وحليت 15 مسألة، لكنني أخطأت في 6 منها 😞"),
("a", "أحسنت! حللت 9 مسائل صحيحة من 15 في أول يوم، أي 60%، وهذه بداية جيدة جداً. الأخطاء الستة ليست فشلاً، بل هي بالضبط ما تحتاج إلى معرفته. اكتبها في دفتر الأخطاء مع سبب كل خطأ، ثم أعد حلها غداً قبل أن تبدأ بمسائل جديدة. ستلاحظ التحسن أسرع مما تتوقع."),
("u", "شكراً، أشعر أنني هدأت قليلاً. هل من الطبيعي أن أبكي أحياناً من التوتر؟"),
("a", "نعم، هذا طبيعي تماماً. البكاء طريقة الجسم في تفريغ الضغط المتراكم، وكثيرون يشعرون بعده براحة. لا تلُم نفسك عليه. لكن إذا أصبح يومياً أو صرت تشعر باليأس معظم الوقت، فتحدث مع شخص تثق به من أهلك، أو مع المرشد في المدرسة. أنت تبذل جهداً حقيقياً، وهذا وحده يستحق الفخر."),
]))
