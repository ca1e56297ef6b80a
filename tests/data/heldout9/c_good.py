# Part c: good dialogues i9c-001 .. i9c-012 (hand-written).
# Each conversation is a list of ("h", text) / ("g", text) tuples.

D001 = dict(
    id="i9c-001", label="good", language="en",
    note="Grief support after a father's death: empathetic, specific, consistent; last reply short and warm as fits.",
    conv=[
("h", """My dad died three weeks ago and everyone keeps telling me it gets easier. It doesn't feel like it's getting easier. Is something wrong with me?"""),
("g", """I'm so sorry about your dad. No, nothing is wrong with you. Three weeks is very, very early, and "it gets easier" is something people say partly because they don't know what else to say.

A few things that are completely normal at this stage:

- **Grief comes in waves.** You might have an okay-ish morning and then be flattened by something small: a song, his handwriting, reaching for your phone to call him.
- **Your body and brain are affected too.** Poor sleep, forgetting things, not being able to concentrate on a page of text, feeling exhausted after doing very little. These are common in the first months.
- **Numbness and intensity can alternate.** Some people feel oddly flat at the funeral and then fall apart weeks later, when everyone else has gone back to normal life.

What usually happens over time isn't that the grief gets smaller, but that your life slowly grows around it, so the waves come less often and you learn to move through them. That takes months rather than weeks, and it isn't a straight line.

It would be worth talking to your GP or a grief counsellor if, after a couple of months, you still can't manage basic things like eating, sleeping or working, or sooner if you ever have thoughts of harming yourself. In that case, please contact a crisis line or emergency services straight away.

If you'd like to, tell me a bit about him. What was he like?"""),
("h", """He was the one I'd call about everything. Car trouble, taxes, or just to talk on a Sunday. Sundays are the worst now."""),
("g", """That makes so much sense. When someone is woven into your week like that, the loss isn't one big absence but lots of small ones, and Sundays are where they all add up.

Some people find it helps to give that time a gentle new shape rather than leaving it empty:

- **Keep a small ritual that's about him.** Make the coffee he liked, take the walk you used to tell him about, or watch the match he'd have rung you about.
- **Call someone else who loved him.** A sibling, an uncle, an old friend of his. You can share the Sunday-call feeling with someone who misses the same voice.
- **Write to him.** Some people write a short note each Sunday telling him about their week, the way they would have on the phone.
- **Let it be a sad day if it needs to be.** You don't have to fix Sundays. Planning something soft, like a bath, a film or being around people, can be enough.

You don't have to pick any of these. Even just noticing "Sunday afternoons are hard, so I'll be kind to myself then" is a real step."""),
("h", """I like the idea of writing to him. How do I even start? It feels a bit silly."""),
("g", """It isn't silly at all. Talking to people we've lost is one of the most common things grieving people do. Psychologists even have a name for it, "continuing bonds", and writing is just a quieter version of it.

Some ways in, if a blank page feels too big:

1. **Begin the way you'd begin a call.** "Hi Dad, it's me. You won't believe this week..." You don't need a grand opening.
2. **Tell him one thing you would have phoned about.** A car problem, a bill, something funny at work. The ordinary stuff is often what we miss most.
3. **Say something you didn't get to say.** A thank-you, an apology, a question you wish you'd asked. Only if you want to.
4. **Set a limit.** Ten or fifteen minutes is plenty. Stop when the time is up, even mid-sentence.

Keep a notebook just for this, so the letters stay together. There are no rules about whether you reread them, keep them private or share them with family.

It may feel awkward the first time and easier after that. And if it brings up a lot, that's okay too; it usually means something important is finding its way out."""),
("h", """Thank you. I think I'll try it this Sunday. Maybe I'll tell him about the car, it's making that noise again."""),
("g", """That sounds like the perfect first letter, exactly the kind of thing you'd have called him about.

And if you'd like a second opinion on the noise in the meantime, describe it to me (squeal, grind or knock, and when it happens) and we can try to work out what it might be. Take care of yourself this week."""),
    ])

D002 = dict(
    id="i9c-002", label="good", language="en",
    note="Hotel receptionist role-play at late check-in; user asked for short natural replies and every reply is brief, in character and consistent (room 14, checkout Thursday).",
    conv=[
("h", """Let's do a role-play. You're the night receptionist at a small hotel in Edinburgh and I'm a guest arriving late. Keep your replies short and natural, like a real front desk. Ready? "Hi, sorry, I know it's late. I have a reservation under Moreau.\""""),
("g", """"Good evening, Mr Moreau, not to worry at all, we're here all night. Let me just find you... Yes, here we are: a double room with breakfast, two nights, checking out Thursday. Could I see a photo ID and the card you booked with, please?\""""),
("h", """"Sure, here you go. Is breakfast included?\""""),
("g", """"It is, yes. Breakfast is served in the conservatory from 7 to 10 each morning.\""""),
("h", """"Great. Is there anywhere still open to eat? I'm starving.\""""),
("g", """"Most kitchens are closed at this hour, I'm afraid, but the chip shop two doors down is open until one. Or we have soup and sandwiches in the lounge, and I'm happy to heat the soup for you.\""""),
("h", """"Soup sounds perfect, actually. And what's the Wi-Fi password?\""""),
("g", """"I'll bring the soup up in ten minutes. The network is Thistle Guest, and the password is on this little card with your key. You're in room 14, second floor; the lift is just to your left.\""""),
("h", """"Thanks. One more thing: could I check out a bit late on Thursday? My train's at three.\""""),
("g", """"I can give you until 1 pm at no charge. After that, we're happy to keep your bags behind the desk until it's time for your train.\""""),
("h", """"That's perfect. You've been really kind.\""""),
("g", """"My pleasure. Sleep well, Mr Moreau, and just dial 0 if you need anything tonight.\""""),
    ])

D003 = dict(
    id="i9c-003", label="good", language="en",
    note="Detective story role-play: narrator keeps to one short paragraph as asked, clues (tray, violet ink, 10:40 clock) stay consistent and the user's deduction resolves the case.",
    conv=[
("h", """Let's play a murder mystery. You narrate and voice all the other characters; I'm Inspector Hale. Setting: an English country house in the 1930s, the host has just been found dead in his library. Keep each reply to one short paragraph."""),
("g", """Rain lashes the windows of Ashcombe Hall as you step into the library. Lord Ashby is slumped over his desk, a half-drunk cup of tea beside his hand. The window is latched from the inside, and the mantel clock has stopped at 10:40. Out in the hallway wait three people: Pryce, the elderly butler; Clara, Lord Ashby's niece and heir; and Mr Dunmore, his business partner, who keeps glancing at his pocket watch."""),
("h", """I examine the teacup, then ask Pryce who brought the tea up."""),
("g", """You lift the cup. Beneath the scent of Earl Grey there's a faint, bitter note of almonds. Pryce clears his throat. "I brought it in myself at half past ten, Inspector. Though Miss Clara carried the tray from the kitchen as far as the foot of the stairs. She said she was going up anyway.\""""),
("h", """I go and find Clara. Where was she between half past ten and quarter to eleven?"""),
("g", """"In my room, writing letters," Clara says, and hands you two sealed envelopes addressed to friends in London, written in a distinctive violet ink. Her voice is steady, but she keeps twisting a ring around her finger. "I did hear Uncle shouting at Mr Dunmore, around ten. Something about the railway shares.\""""),
("h", """I ask Dunmore about the argument."""),
("g", """Dunmore sighs. "Yes, we argued. Ashby was pulling out of the railway deal and it would have ruined me. But I left him at a quarter past ten and went straight to the billiard room. Pryce saw me go in." As he gestures, you notice a small violet stain on his shirt cuff."""),
("h", """Violet ink on Dunmore's cuff, the same as Clara's letters. I think Dunmore wrote those letters for her so she'd have an alibi, while Clara slipped the poison into the tea on the stairs. I arrest them both."""),
("g", """Clara goes white, and Dunmore blusters for a moment before his shoulders sag. "She came to me," he mutters. "Ashby meant to cut her out of his will on Friday, and his deal would have sunk me. I wrote the letters in her hand as best I could, and she stopped the clock at 10:40 to make the time look certain." The constable leads them both out into the rain. Case closed, Inspector. Shall we try another?"""),
    ])

D004 = dict(
    id="i9c-004", label="good", language="fr",
    note="Jeu de rôle professeur de français (niveau A2) : réponses courtes comme demandé, corrections justes (être avec aller, passé composé, rendre visite), une question à chaque tour.",
    conv=[
("h", """Bonjour ! Je suis anglophone et j'apprends le français (niveau A2). Tu peux jouer le rôle de mon prof ? Corrige mes erreurs brièvement et pose-moi une question à chaque fois. Des réponses courtes, s'il te plaît."""),
("g", """Avec plaisir ! On commence doucement. Parle-moi de ton week-end : qu'est-ce que tu as fait samedi ?"""),
("h", """Samedi, je suis allé au marché et j'ai acheté des pommes et un fromage. Après, j'ai allé au cinéma avec mon ami."""),
("g", """Très bien ! Une seule correction : « je **suis** allé au cinéma ». Le verbe aller se conjugue avec être, comme dans ta première phrase. Quel film est-ce que vous avez vu ?"""),
("h", """Nous avons vu un film français, mais je ne comprends pas tout parce que les acteurs parlent très vite."""),
("g", """Bonne phrase ! Petit détail : l'action est passée, donc « je **n'ai pas tout compris** ». Et c'est normal, le français parlé est rapide. Tu préfères les sous-titres en français ou en anglais ?"""),
("h", """Je préfère les sous-titres en français, c'est plus utile pour apprendre. Mais quelquefois je suis fatigué et je les mets en anglais, haha."""),
("g", """Parfait, aucune erreur ! « Quelquefois » est très bien ; on dit aussi « parfois ». Dernière question : qu'est-ce que tu vas faire le week-end prochain ? Utilise le futur proche (aller + infinitif)."""),
("h", """Le week-end prochain, je vais visiter ma sœur à Lyon et nous allons manger dans un bouchon."""),
("g", """Excellent, ton futur proche est correct ! Une remarque : on « rend visite à » une personne et on « visite » un lieu, donc « je vais **rendre visite à** ma sœur ». Et bravo pour « bouchon », c'est le mot juste à Lyon. Bon appétit et à la prochaine !"""),
    ])

D005 = dict(
    id="i9c-005", label="good", language="en",
    note="Amsterdam museum trip with a teenager: detailed two-day plan, teen-friendly hunt, budget lunch and tram directions, all specific and consistent.",
    conv=[
("h", """I'm going to Amsterdam for two days next month with my 14-year-old son. We want to see the Rijksmuseum and the Van Gogh Museum. How should I plan it?"""),
("g", """Good news: the Rijksmuseum and the Van Gogh Museum are both on Museumplein, about five minutes' walk apart, so they're easy to combine over two days. A few practical points first.

**Tickets**
- Both museums use timed entry, so book online before you go. The Van Gogh Museum only sells tickets online, and popular slots can sell out days ahead.
- Under-18s get in free at both, so your son just needs a free ticket added to your booking.
- Adult tickets are roughly €22–25 each; check the official sites for the current price.

**Suggested plan**

*Day 1*
- 9:00: Rijksmuseum at opening time. Go straight up to the Gallery of Honour on the second floor to see *The Night Watch* and Vermeer's *The Milkmaid* before the crowds build.
- Allow about 2.5–3 hours in total, with a break in the middle.
- Afternoon: lunch nearby, then a walk or a bike ride in the Vondelpark, which starts just behind the museum.

*Day 2*
- Book the Van Gogh Museum for an early slot (9:00 or 9:30 is quietest). Allow 1.5–2 hours; the collection is arranged roughly chronologically, so it tells his life story as you go.
- Afternoon: something completely different, like a canal boat tour or the NEMO science museum near Centraal Station, which teenagers usually enjoy.

**Tip:** Don't try to do both museums on the same day. Two big art museums back to back is a lot even for adults, and you'll both enjoy the second one far more with fresh legs."""),
("h", """My son gets bored quickly in museums. Any way to make the Rijksmuseum fun for a teenager?"""),
("g", """Yes, the trick is to give him a mission rather than a route. Some ideas that work well with teenagers:

1. **Make it a hunt.** Before you go, pick five things for him to find and photograph, for example:
   - the dog in *The Night Watch* (bottom right),
   - the girl in gold with a dead chicken hanging from her belt, also in *The Night Watch*,
   - the huge ship model of the warship *William Rex*,
   - Petronella Oortman's dollhouse, which cost about as much as a real canal house in its day,
   - a suit of armour or a sword in the Special Collections.
2. **Let him lead.** Hand him the map and the free Rijksmuseum app and let him choose the order. The app has audio tours, including shorter family ones.
3. **Go for the weird stuff.** The Special Collections rooms, with weapons, ship models, instruments and oddities, often hold a teenager's attention longer than the paintings.
4. **Set a time limit.** Agree on 90 minutes, then a snack in the garden or café. It's much better to leave while he's still curious than to drag him through another hour.
5. **Ask questions, not facts.** "Who do you think is the most important person in this painting?" or "What's the most expensive thing in this room?" gets a better conversation than reading labels aloud.

Teenagers are often more interested than they let on, as long as it doesn't feel like school."""),
("h", """Where can we eat lunch nearby without spending a fortune?"""),
("g", """Sit-down meals right on Museumplein aren't cheap, but there are good budget options a few minutes away:

- **Supermarket picnic:** There's a large Albert Heijn supermarket underneath Museumplein, between the two museums. Bread, Dutch cheese, fruit and drinks for two come to around €10–15, and you can eat on the grass or in the Vondelpark.
- **Albert Cuyp Market in De Pijp:** About a 15-minute walk east. It runs Monday to Saturday and has cheap street food: fresh stroopwafels, kibbeling (fried fish bites), poffertjes, sandwiches, and raw herring if he's feeling brave.
- **Museum cafés:** Convenient but pricier; fine for a coffee and a pastry during your break.

I'd do the picnic on Day 1, since you'll be right by the Vondelpark, and the market on Day 2 when you have more time."""),
("h", """Perfect. Last thing: how do we get there from Centraal Station?"""),
("g", """The tram is easiest. From Amsterdam Centraal, take **tram 2 or tram 12** and get off at the **Rijksmuseum** stop; it takes about 15–20 minutes. You can tap in and out with a contactless bank card or phone, so there's no need to buy a ticket first. Each of you needs your own card or phone to tap, and remember to tap out when you get off.

If the weather's nice, you can also walk it in about 30–35 minutes through the canal belt, which is a lovely route."""),
    ])

D006 = dict(
    id="i9c-006", label="good", language="en",
    note="Norse mythology: detailed ordered account of Ragnarok, Freyr's sword from Skirnismal, and a nuanced answer on sources with correct names and dates.",
    conv=[
("h", """I've been reading about Norse mythology and I'm confused about Ragnarök. What actually happens, in order?"""),
("g", """The main sources are the poem *Völuspá* ("The Prophecy of the Seeress") in the Poetic Edda and Snorri Sturluson's *Prose Edda*, written in Iceland around 1220. Snorri gives the most orderly version, which runs roughly like this:

1. **Fimbulwinter.** Three harsh winters follow one another with no summer between them. Before that, the world sinks into war and moral collapse; brothers kill brothers.
2. **The sun and moon are swallowed.** The wolves that have always chased them, Sköll and Hati, finally catch them. Stars fall and the earth shakes.
3. **The monsters break loose.** The wolf Fenrir and Loki both break free of their bonds. The world serpent Jörmungandr surges onto land, spitting poison, and the ship Naglfar, made from dead men's nails, sails out carrying giants.
4. **Fire from the south.** The fire giant Surtr rides out of Muspelheim with a flaming sword, and the rainbow bridge Bifröst breaks under his army.
5. **The gods gather.** Heimdallr blows the Gjallarhorn, Odin consults Mímir's head, and the gods and the einherjar (the dead warriors of Valhalla) march to the plain of Vígríðr.
6. **The battle.** Fenrir swallows Odin, and Odin's son Víðarr avenges him by tearing the wolf's jaws apart. Thor kills Jörmungandr but walks nine steps and dies of its venom. Freyr falls to Surtr. Týr and the hound Garmr kill each other, as do Heimdallr and Loki.
7. **The end.** Surtr flings fire over the world and the earth sinks into the sea.

Then comes the rebirth. The earth rises again, green and fertile. Surviving gods, including Víðarr, Váli and Thor's sons Móði and Magni (who inherit Mjölnir), meet on the plain, and Baldr and Höðr return from Hel. Two humans, Líf and Lífþrasir, who sheltered in a wood called Hoddmímis holt, repopulate the world."""),
("h", """Why doesn't Freyr have his sword?"""),
("g", """Because of a love story told in the poem *Skírnismál*. Freyr once sat in Odin's high seat, Hliðskjálf, from which you can see all the worlds, and caught sight of the giantess Gerðr in Jötunheimr. He fell so hopelessly in love that he stopped eating and speaking.

His servant Skírnir agreed to travel to Jötunheimr and win Gerðr for him, but asked for Freyr's sword as payment, a sword that would fight on its own if its bearer was wise. Freyr handed it over, and Skírnir succeeded (partly through threats and curses, it has to be said).

Snorri remarks that this is why Freyr was unarmed at the end. Earlier he had to kill the giant Beli with a deer's antler, and at Ragnarök he faces Surtr without a sword and is killed. It's often read as a tragic trade: he gave up his weapon for love and paid for it at the end of the world."""),
("h", """Is there any evidence that Vikings actually believed this, or did Christians make it up later?"""),
("g", """It's a mix, and scholars still argue about how much of each. Roughly:

**The problem with the sources.** Almost everything we have was written down in Iceland by Christians. Snorri wrote the *Prose Edda* around 1220, two centuries after Iceland converted in about 1000. *Völuspá* was probably composed around the time of the conversion, but its main manuscript, the Codex Regius, dates from about 1270. Snorri also arranged the myths into a tidy system that the original beliefs probably never were.

**Signs of Christian influence.** The rebirth section, with its new and purified world and, in one manuscript of *Völuspá*, a "mighty one from above" who comes to rule everything, looks to many scholars like it was shaped by Christian ideas of judgement and a new heaven and earth.

**Evidence that the core is older.** Some art and poetry from the Viking Age itself shows parts of the story:
- **Thorwald's Cross** on the Isle of Man (10th century) shows a figure with a raven on his shoulder and his foot in a wolf's jaws, usually read as Odin being devoured by Fenrir.
- **The Gosforth Cross** in Cumbria (10th century) includes a figure forcing open a beast's jaws, commonly identified as Víðarr.
- The 10th-century poem *Eiríksmál*, composed for a Norwegian king, has Odin explain that he gathers warriors because "the grey wolf" is watching the home of the gods.

So the best answer is: a final battle between gods and monsters, with Odin killed by the wolf, is genuinely pre-Christian, while the neat sequence and perhaps the hopeful ending were shaped later."""),
    ])

D007 = dict(
    id="i9c-007", label="good", language="en",
    note="Snappy general-knowledge trivia game: short replies as requested, correct answers and a running score kept accurately to 6/7.",
    conv=[
("h", """Quiz me! General knowledge, one question at a time, and keep score. Keep it snappy."""),
("g", """Deal. Question 1: What is the smallest planet in our solar system?"""),
("h", """Mercury"""),
("g", """Correct! 1/1. Question 2: In which year did the Berlin Wall fall?"""),
("h", """1991?"""),
("g", """Close, but it was 1989 (9 November). 1/2. Question 3: Which element has the chemical symbol Fe?"""),
("h", """Iron."""),
("g", """Yes! 2/3. Question 4: Who painted *The Persistence of Memory*, the one with the melting clocks?"""),
("h", """Dalí"""),
("g", """Spot on: Salvador Dalí, 1931. 3/4. Question 5: How many bones are there in the adult human body?"""),
("h", """206"""),
("g", """Correct! 4/5. Question 6: What's the longest river in South America?"""),
("h", """The Amazon, easy."""),
("g", """Easy for you! 5/6. Final question: What is the capital of Australia?"""),
("h", """Sydney! ...wait, no. Canberra."""),
("g", """I'll accept the correction: Canberra it is! Final score: 6/7, with only the Berlin Wall tripping you up. Fancy a harder round?"""),
    ])

D008 = dict(
    id="i9c-008", label="good", language="zh",
    note="行政转行数据分析：学习路线、三个月计划（每周约11–12小时）、作品集选题与简历写法，具体且前后一致。",
    conv=[
("h", """我今年32岁，在一家工厂做了8年行政，最近想转行做数据分析。是不是太晚了？应该从哪里开始？"""),
("g", """完全不晚。32岁转行做数据分析的人很多，而且你的背景其实有优势：做了8年行政，你大概率经常用Excel做报表、整理数据、跟各个部门打交道，这些恰恰是数据分析日常工作的一部分。

建议按这个顺序学：

1. **Excel进阶**（2–4周）：数据透视表、XLOOKUP/VLOOKUP、条件格式、常用图表。很多初级岗位的笔试会直接考Excel。
2. **SQL**（6–8周）：这是最重要的技能。重点掌握 SELECT、WHERE、GROUP BY、JOIN、子查询和窗口函数。
3. **可视化工具**（3–4周）：Power BI 或 Tableau 选一个即可，国内企业用 Power BI 和 FineBI 的比较多。
4. **基础统计**：平均数、中位数、标准差、相关性，以及A/B测试的基本思路。够用就行，不需要很深。
5. **Python**（放在最后）：用 pandas 做数据清洗和分析，是加分项，而不是入门门槛。

如果每天能保证1.5–2小时，一般6–9个月可以达到初级数据分析岗位的要求。

还有一个很实用的建议：先在现在的工作里找和数据有关的事情做，比如把工厂的采购、库存或考勤数据做成分析报表。这样简历上就有真实的业务案例，比只写“自学了SQL”有说服力得多。"""),
("h", """我下班后每天大概只有一个半小时，周末能多一些。能帮我排一下前三个月的计划吗？"""),
("g", """可以。按工作日每天1.5小时、周末其中一天学4小时、另一天休息来算，每周大约11–12小时。前三个月可以这样安排：

**第1个月：Excel + SQL入门**
- 第1–2周：Excel进阶。每天练一个功能（数据透视表、XLOOKUP、条件格式、图表），周末用一份数据做一张完整的月度报表。
- 第3–4周：SQL基础。安装MySQL，学习 SELECT、WHERE、ORDER BY、GROUP BY 和聚合函数，每天在练习平台（比如牛客网或LeetCode的数据库题）做3–5道题。

**第2个月：SQL进阶**
- 第5–6周：多表JOIN、子查询、CASE WHEN。
- 第7–8周：窗口函数（ROW_NUMBER、RANK、LAG）和日期处理。周末做一个小练习：用一份销售数据算出每月销售额、环比增长，以及每个地区销量前三的产品。

**第3个月：可视化 + 第一个作品**
- 第9–10周：学习Power BI，练习连接数据、建模、做交互式仪表板。
- 第11–12周：完成第一个作品集项目，把前面SQL分析的结果做成仪表板，并写一页分析结论。

几个小建议：
- 周末休息的那一天要真正休息，避免三周后就累垮。
- 把学习笔记整理好，以后写简历和准备面试都用得上。
- 第3个月结束时，你应该能独立完成“取数—分析—可视化—结论”的完整流程。"""),
("h", """做作品集的话，用什么数据比较好？我担心用公开数据太普通了。"""),
("g", """你的担心是对的，面试官看过太多泰坦尼克号和鸢尾花数据集了。关键不在于数据多特别，而在于你提出了什么业务问题。几个方向：

1. **用你熟悉的行业数据（首选）**
   在工厂做行政，可以考虑办公用品采购、差旅费用、考勤加班这类数据。一定要先确认公司允许，并做好脱敏：删掉姓名和工号，金额可以整体按比例调整。
   项目示例：《办公耗材采购成本分析》——哪些品类花费最多？哪些部门超预算？集中采购能省多少？

2. **公开数据，但换个角度**
   - 国家统计局网站上的分地区、分行业数据；
   - 天池、Kaggle上的电商或零售数据集。
   不要只做“销售额排名”，而是回答“复购率低的原因是什么”“哪个渠道的获客成本最高”这类问题。

3. **自己收集的数据**
   比如连续两个月记录所在城市的二手房挂牌价，或者整理一个你感兴趣领域的数据。自己收集数据更能体现主动性。

每个项目按这个结构呈现：**业务问题 → 数据来源与清洗 → 分析方法 → 关键发现（配图）→ 可执行的建议**。2–3个扎实的项目，比7–8个浅尝辄止的项目有用得多。"""),
("h", """好的，谢谢！最后想问一下，简历上怎么写，才不会让HR觉得我只是个做行政的？"""),
("g", """关键是让HR一眼看到“数据能力”，而不是“行政岗位”。几点具体做法：

- **求职意向写清楚**：简历顶部直接写“数据分析师”，不要写“行政转数据分析”。
- **项目经历放在工作经历前面**：把2–3个作品集项目放在最显眼的位置，每个项目写明用了什么工具、得出了什么结论。
- **用数据描述行政经历**：不要写“负责部门报表”，而是写“用Excel数据透视表搭建月度费用报表，将汇总时间从2天缩短到3小时”“分析近两年办公采购数据，提出集中采购方案，预计年节省约4万元”。前提是这些都是真实的。
- **技能栏具体化**：写“SQL（多表连接、窗口函数）、Power BI、Excel（数据透视表、XLOOKUP）”，比只写“熟悉数据分析”有力得多。
- **附上作品链接**：把项目放到GitHub或个人博客上，在简历里放链接。

这样一来，8年行政经验反而会成为加分项：你懂业务流程，也习惯和不同部门沟通，这正是很多纯技术背景的分析师欠缺的。"""),
    ])

D009 = dict(
    id="i9c-009", label="good", language="en",
    note="Phone-plan complaint (UK): clear steps, a complaint letter using the user's own details, sound advice on the £10 offer (£24 owed) and the 8-week ombudsman rule.",
    conv=[
("h", """My phone company moved me onto a more expensive plan without asking. I was paying £18 a month and now my bill says £26. I've been with them six years. What can I do?"""),
("g", """A provider shouldn't move you onto a different, more expensive plan without your agreement, so you're in a strong position. Here's how I'd approach it:

1. **Work out exactly what happened.** Log in to your account or look at recent bills and find the date the plan changed and the name of the new plan. Check your emails and texts too, in case a change notice was buried in a "your plan is changing" message.
2. **Complain in writing.** Use the provider's complaints form, email or live chat (save the transcript). Say clearly that you didn't agree to the change, ask to be moved back to your original plan, and ask for a refund of the difference: £8 for every month you've been overcharged.
3. **Keep records.** Screenshots of bills, dates of calls and the names of anyone you speak to.
4. **Escalate if needed.** If it isn't resolved within **8 weeks**, or they send a "deadlock letter" saying they won't do any more, you can take it to the free Alternative Dispute Resolution (ADR) scheme your provider belongs to: either the **Communications Ombudsman** or **CISAS**. Your provider has to tell you which one.
5. **Remember you can leave.** If you're out of contract after six years, switching is easy: text **PAC** to **65075** to get a code that keeps your number, and give it to your new provider.

When did the change happen? Then I can help you work out how much to ask for."""),
("h", """It started three months ago, on the March bill. I'm Dana Whitfield, account number 4031 8872. Could you write the complaint for me?"""),
("g", """Of course. Here's a draft you can paste into their complaints form or an email:

---
**Subject: Formal complaint – unauthorised plan change – account 4031 8872**

Dear Customer Services,

I am writing to make a formal complaint about an unauthorised change to my mobile plan.

From my March bill onwards, my monthly charge has risen from £18 to £26. I did not request or agree to a change of plan, and I have no record of being asked for my consent.

I have been a customer for six years and would like this resolved quickly. Please:

1. return me to my original £18 per month plan with immediate effect; and
2. refund the overcharge of £24 (£8 × 3 months: March, April and May) to my account or original payment method.

Please confirm in writing within 14 days what action you will take. If the matter is not resolved, I will ask for a deadlock letter and refer it to your Alternative Dispute Resolution scheme.

Yours sincerely,
Dana Whitfield

---

If your June bill arrives before they fix it, add another £8. And keep a dated copy of whatever you send."""),
("h", """They've replied offering a £10 credit and saying the new plan has more data so it's actually "better value". Should I take it?"""),
("g", """I wouldn't accept that as it stands, for three reasons:

- **£10 is less than half of what you've been overcharged.** You've paid £24 extra so far, and the unauthorised plan change itself is the problem, not just the money.
- **"Better value" isn't the point.** Extra data is only worth something if you wanted it. You didn't agree to pay £26 for it, and they can't decide that for you.
- **Accepting may close the complaint.** Providers often treat an accepted offer as the end of the matter, and you'd stay on the £26 plan.

A short reply could be:

> Thank you for your response. I don't accept the £10 credit. I did not agree to change plans, and I'd like to be moved back to my £18 plan and refunded the full £24 overcharge. If you are unable to do this, please send me a deadlock letter so I can refer the complaint to your ADR scheme.

One thing to consider honestly: if you do use the extra data and would happily keep it, you could negotiate, for example keeping the new plan at £18 a month. But that's your choice to make, not theirs."""),
("h", """OK, I'll push back. If they drag their feet, how long before I can go to the ombudsman?"""),
("g", """Eight weeks from the date you first complained, so count from your first message, not from this reply. If they send you a deadlock letter before then, you can go straight away.

The ADR service is free for you, and it can require the provider to put the plan right, refund you, apologise and sometimes pay a small goodwill amount for the hassle. Keep every email and chat transcript; you'll need them for the case."""),
    ])

D010 = dict(
    id="i9c-010", label="good", language="ja",
    note="紅葉シーズンの京都旅行：混雑回避のコツ、大原への行き方、宝泉院・寂光院の紹介、最後はお礼に短く返答。具体的で一貫している。",
    conv=[
("h", """来月、初めて京都に2泊3日で行きます。ちょうど紅葉の時期なんですが、人混みが苦手で…。混雑を避けるコツってありますか？"""),
("g", """紅葉シーズンの京都は一年でいちばん混む時期ですが、工夫次第でかなり快適になりますよ。

**1. とにかく朝早く動く**
人気の寺社は9時を過ぎると一気に混みます。清水寺は朝6時から開いているので、7時台に行くと比較的ゆったり見られます。嵐山の竹林も朝8時前がおすすめです。

**2. 有名どころは1日1か所に絞る**
東福寺の通天橋や永観堂は特に混雑します。行くなら朝一番にして、それ以外の時間は少し郊外へ。

**3. 郊外のスポットを選ぶ**
大原（三千院・宝泉院）や貴船・鞍馬は、市内中心部より人が少なめで、紅葉も見事です。

**4. 移動は電車・地下鉄中心に**
市バスは観光客で満員になりやすく、渋滞で時間も読めません。地下鉄や京阪・阪急・JRをうまく使うと、時間もストレスも減らせます。

**5. 平日を狙う**
日程を動かせるなら、土日より平日のほうが断然空いています。

夕方以降はライトアップ目当ての人で混むので、夜はホテルの近くでゆっくり食事、という過ごし方もおすすめです。"""),
("h", """大原、気になります！どうやって行くんですか？"""),
("g", """行き方は主に2つあります。

- **京都駅から京都バス（17系統）**：乗り換えなしで大原まで行けますが、約1時間かかり、紅葉シーズンは道が混むことがあります。
- **地下鉄烏丸線で国際会館駅まで行き、京都バス（19系統）に乗り換え**：バスは20分ほど。渋滞の影響を受けにくいので、こちらがおすすめです。

大原バス停から三千院までは、ゆるやかな坂道を歩いて10分ほどです。"""),
("h", """三千院のほかに、大原で行っておくべきところはありますか？"""),
("g", """ぜひ足を延ばしてほしいのが次の2か所です。

- **宝泉院**：三千院のすぐ近く。柱と柱の間から庭を額縁のように眺める「額縁庭園」が有名で、拝観料にお抹茶とお菓子が含まれています。座ってゆっくり紅葉を眺められます。
- **寂光院**：バス停から三千院とは反対方向へ歩いて15分ほど。『平家物語』ゆかりの尼寺で、建礼門院が晩年を過ごした場所です。静かで落ち着いた雰囲気です。

それから、大原は赤じその産地なので、お土産にはしば漬けがおすすめです。"""),
("h", """わあ、ありがとうございます！楽しみになってきました。"""),
("g", """どういたしまして！大原は市内より気温が低く、朝晩はかなり冷えるので、上着を一枚持っていってくださいね。素敵な紅葉旅行になりますように。"""),
    ])

D011 = dict(
    id="i9c-011", label="good", language="en",
    note="Salary negotiation practice role-play: realistic in-character pushback ($82k offer, $88k band top, $3k bonus) and accurate feedback afterwards.",
    conv=[
("h", """I have a salary negotiation on Friday. Can you play the hiring manager, Priya, for a practice run? The offer is $82,000 for a senior UX designer role and I want $92,000. Be realistic and push back a bit. When we're done, give me feedback."""),
("g", """Sure, let's do it. I'll stay in character until you say we're done.

"Hi, thanks for making the time. We're really excited about the possibility of you joining the team. As you saw in the offer letter, we're at $82,000 base plus our standard benefits package. How are you feeling about it?\""""),
("h", """"Thanks, Priya, I'm really excited about the role too. Based on my research and my five years of experience, I was hoping for something closer to $92,000.\""""),
("g", """"I appreciate you being upfront. $92,000 is above the band we've set for this level, which tops out around $88,000. Can you tell me a bit more about what's behind that number?\""""),
("h", """"Sure. In my last role I led the redesign of our checkout flow, which increased conversion by 14%. I'd bring that same kind of impact here. And market data for senior UX roles in this city runs from about $88k to $98k.\""""),
("g", """"That's a strong result, and it's exactly the kind of work we want. I can move to $86,000, and I'd be open to a formal compensation review at six months.\""""),
("h", """"Could we meet at $88,000, the top of the band, with the six-month review? I'd also like an extra week of PTO.\""""),
("g", """"Let me see what I can do... I can get you to $88,000 with the six-month review. PTO is set by HR policy, so I can't move on that, but I can offer a $3,000 signing bonus instead. Does that work for you?\""""),
("h", """"That works for me." Okay, let's step out of the role-play. How did I do?"""),
("g", """Nicely done: you moved from $82,000 to $88,000 base (+$6,000), plus a $3,000 signing bonus and a review at six months. Here's what worked and what to sharpen before Friday.

**What worked**
- **You justified your number.** Years of experience, a quantified result (14% conversion lift) and market data make a much stronger case than "I'd like more".
- **You used their own band.** Asking for $88,000 as "the top of the band" made it easy for Priya to say yes.
- **You asked for something non-salary.** Even though PTO was a no, it pushed her to offer the signing bonus.

**What to sharpen**
- **Wording.** "I was hoping for" sounds tentative. Try "Based on my experience and the market, I'm looking for $92,000."
- **Ask before you reveal.** When Priya mentioned the band, you could have asked how people move within it and what it would take to be paid at the top.
- **Use silence.** After she offered $86,000 you countered straight away. Pausing for a few seconds often draws a better offer on its own.
- **Get it in writing.** In the real conversation, finish by asking for the updated offer letter with salary, bonus and review date.

Want to run it again with Priya being tougher, for example refusing to go above $85,000?"""),
    ])

D012 = dict(
    id="i9c-012", label="good", language="en",
    note="Loneliness support after moving to Leeds and working remotely: practical, kind steps tailored to football and board games; short replies where the user just shares progress.",
    conv=[
("h", """I moved to Leeds for work four months ago and I don't know anyone. I work remotely, so some days I don't speak to a single person. It's starting to get to me."""),
("g", """That sounds really hard, and it's very common. Moving to a new city is lonely on its own, and remote work takes away the everyday contact, the small chats and lunches, that usually does a lot of the work of making friends for us. Four months in is exactly when it tends to hit, once the novelty wears off.

A few things that help:

- **Get out of the house on a routine.** Working from a café, a library or a co-working space one or two days a week won't instantly give you friends, but it breaks the silent days and makes you a familiar face somewhere.
- **Choose repeated things over one-offs.** Friendships mostly grow from seeing the same people again and again. A weekly club or class beats a single big meetup.
- **Start with what you already enjoy.** It's much easier to talk to people when there's an activity to share, because the conversation has something to hang on.

What did you enjoy doing before you moved? That's usually the best place to start."""),
("h", """I used to play five-a-side football and I like board games. But I'm kind of shy about just turning up somewhere."""),
("g", """Those are both brilliant for this, because the activity does most of the talking for you.

**Football:** Look for casual five-a-side sessions rather than a competitive league. Apps such as Footy Addicts, or pay-and-play sessions at local leisure centres, let you book a single game on your own. Everyone's used to players turning up solo, and you only need to talk about the game.

**Board games:** Board game cafés and pub game nights are some of the friendliest places for shy people. You're sat at a table with a shared focus, and people are usually happy to teach a newcomer.

A few things that make turning up easier:
- **Message the organiser first.** "Hi, I'm new to Leeds and thinking of coming on Thursday, is that okay?" means someone will be expecting you.
- **Arrive on time rather than early,** so you're not standing around alone.
- **Commit to three visits before deciding.** The first time is always the most awkward; by the third, people start to recognise you."""),
("h", """What if I go and nobody really talks to me?"""),
("g", """It might happen the first time, and that's not a verdict on you. Groups often take a while to notice a new face, and lots of regulars are quietly shy too.

It helps to have a couple of easy openers ready: "How long have you been coming here?" or "Which game would you recommend for a beginner?" People generally like being asked for advice. And if the evening is quiet, you still got out of the house and practised, which counts. Give it those three visits before you judge it."""),
("h", """Okay. I found a board game night on Thursday at a café near me. I think I'll go."""),
("g", """That's a great step. When you arrive, just tell whoever is running it that you're new and ask if there's a table that could teach you a game. It's the easiest way in, and it gives you something to do with your hands and your nerves."""),
("h", """Thanks. Honestly, just talking about it has helped."""),
("g", """I'm really glad. Be patient with yourself; building a social life in a new city takes months, and you're already doing the hard part. If the loneliness ever starts turning into persistent low mood, it's worth mentioning to your GP too. And feel free to come back and tell me how Thursday went."""),
    ])

GOOD = [D001, D002, D003, D004, D005, D006, D007, D008, D009, D010, D011, D012]
