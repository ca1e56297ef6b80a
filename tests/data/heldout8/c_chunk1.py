from c_common import conv, mk

DIALOGUES = []

# 001 good en emotional support
DIALOGUES.append(mk("h8c-001", "good", "en",
"Good: emotional support; replies reflect the user's words before offering concrete, consistent help across 4 turns.",
conv(
"I don't even know why I'm typing this. My dog died on Sunday. She was 14. Everyone keeps saying 'she had a good long life' and I just want to scream.",
"I'm so sorry. Fourteen years is a huge part of a life, and losing her on Sunday means this is all still very raw. It makes sense that 'she had a good long life' lands badly right now: it's meant kindly, but it can feel like people are skipping straight past the part where you simply miss her. A long life doesn't make the loss smaller; if anything, it means she was woven into more of your days.\n\nYou don't need a reason to type this. If you'd like to, tell me about her: what was her name, and what is the moment you keep coming back to?",
"Her name was Biscuit. The thing I keep thinking about is that I come home and there's no sound. She used to thump her tail on the floor before I even got the key in the door.",
"Biscuit. That thump of her tail before the key was even in the lock: she was greeting you before you were fully home. No wonder the silence is so loud now. That sound was part of what made the door mean 'home', and walking into a quiet hallway is a reminder of her every single day.\n\nA lot of people find the first weeks hardest exactly at these threshold moments: coming home, mealtimes, the evening walk time. A few things that sometimes soften them a little:\n\n- **Change the arrival routine slightly.** Put on music or a podcast before you open the door, or come in through a different door for a while. It doesn't erase the absence, but it breaks the exact pattern that hurts.\n- **Let yourself say hello anyway.** Some people keep greeting their pet out loud for a while. It's not strange; it's grief finding somewhere to go.\n- **Keep one thing of hers where you can see it**, if that feels comforting rather than painful. Her collar, a photo by the door.\n\nNone of this is a fix. It's just ways to get through the doorway a bit more gently.",
"The worst part is I feel guilty. The vet said it was kidney failure and I wonder if I should have noticed sooner. She was drinking more water for a few weeks and I thought it was just the heat.",
"That guilt is one of the most common parts of losing a pet, and it's heavy. You're looking back at those weeks of extra drinking and reading them with what you know now. But at the time you had a perfectly reasonable explanation: it was hot, and dogs drink more in the heat. You weren't ignoring her; you were interpreting what you saw with the information you had.\n\nIt may also help to know a couple of facts about kidney disease in older dogs:\n\n1. Dogs typically don't show clear signs until roughly two-thirds or more of kidney function is already lost. By the time thirst increases, the disease has usually been developing for a long time.\n2. Chronic kidney failure in a 14-year-old dog is not curable. Earlier detection can sometimes buy time with diet and fluids, but it doesn't change the ending.\n\nSo even if you had taken her in the first week she drank more, it's very unlikely it would have given you a different outcome. If the question keeps circling, it can genuinely help to ask your vet directly: 'Would noticing two weeks earlier have changed anything?' Most vets are kind and honest about this, and hearing it from them carries weight.",
"Thank you. I think I'll ask the vet. Is it weird that I want to write her a letter?",
"Not weird at all. Writing a letter to a pet who has died is something grief counsellors actually suggest, because it gives all the things you didn't get to say a place to land. You could tell Biscuit about the tail thumps, about the heat and the water and how sorry you are, and about what she meant over those fourteen years.\n\nThere are no rules for it. Some people read it aloud, some keep it with her collar or ashes, some bury it or write a new one on her birthday. If you'd like, once you've written it you're welcome to come back and talk about how it felt. And if the weight doesn't ease over the coming weeks, pet loss support lines and groups exist precisely because this kind of loss is real. Be gentle with yourself."
)))

# 002 good en role-play shop clerk, short in-character replies
DIALOGUES.append(mk("h8c-002", "good", "en",
"Good: role-play as a hardware-shop clerk for English practice; short in-character replies that stay consistent (prices, stock) across 6 turns.",
conv(
"Let's do a role-play so I can practise English for shopping. You are a clerk in a small hardware store. I'm the customer. Keep your answers short, like a real clerk. Start when I say hello. Hello!",
"Hi there, welcome in! Anything I can help you find today?",
"Yes, I need something to hang a heavy mirror on the wall. The wall is... how do you say, hollow? Not brick.",
"Ah, drywall, sounds like. How heavy is the mirror, roughly? For anything over about 10 kilos I'd go with toggle bolts rather than regular plugs.",
"It is maybe 15 kilos. What are toggle bolts?",
"They're bolts with little spring-loaded wings. You push them through a hole in the wall, the wings open behind it and grip the board. Much stronger than plastic plugs. They're in aisle 4, a pack of four is $6.49.",
"OK, I take one pack. Do I need a special drill?",
"Just a regular drill will do. You'll need a 1/2-inch bit for those toggles. Have you got one at home, or do you want me to grab one? They're $3.99.",
"I don't have one. Please give me one. How much is total?",
"Sure thing. So that's the toggle bolts at $6.49 and the drill bit at $3.99, comes to $10.48 before tax. Cash or card?",
"Card, please. Thank you, you are very helpful!",
"My pleasure! Just tap your card there. ...All done, here's your receipt. Good luck with the mirror, and measure twice before you drill!"
)))

# 003 good zh travel planning
DIALOGUES.append(mk("h8c-003", "good", "zh",
"Good: Chengdu travel planning in Chinese; detailed, specific, consistent itinerary over 3 turns.",
conv(
"我十月初打算去成都玩四天，第一次去，喜欢吃辣也想看熊猫，能帮我排一下行程吗？",
"当然可以！十月初成都气温大约在18到25度之间，比较舒服，但要注意国庆假期（10月1日至7日）人非常多，景点最好提前预约。下面是一个四天的参考安排：\n\n**第一天：市中心熟悉环境**\n- 上午：人民公园，在鹤鸣茶社喝盖碗茶、看人掏耳朵，体验成都的慢生活。\n- 下午：宽窄巷子，然后步行到文殊院。\n- 晚上：春熙路、太古里一带吃火锅。\n\n**第二天：熊猫基地**\n- 早上7:30开门前就出发，熊猫上午最活跃，下午多半在睡觉。成都大熊猫繁育研究基地门票约55元，需要实名预约。\n- 下午：回城后去武侯祠和隔壁的锦里。\n\n**第三天：都江堰或青城山（一日游）**\n- 从犀浦或成都站坐城际列车大约30到40分钟。都江堰水利工程有两千多年历史，值得一看。\n\n**第四天：美食与博物馆**\n- 上午：四川博物院或金沙遗址博物馆。\n- 下午：建设路小吃街，吃钵钵鸡、甜水面、蛋烘糕。\n\n要不要我再按你的预算推荐住宿区域？",
"好的，预算中等，一晚300到500元，住哪里比较方便？",
"这个预算在成都很充裕。推荐几个区域：\n\n1. **春熙路/太古里附近**：地铁2号线和3号线交汇，去哪都方便，吃饭选择最多。缺点是晚上比较热闹。\n2. **宽窄巷子/人民公园附近**：地铁2号线和4号线，环境更有老成都的感觉，离第一天的景点步行就能到。\n3. **天府广场附近**：地铁1号线和2号线的换乘站，去熊猫基地和火车站都方便。\n\n结合你的行程，我比较推荐春熙路一带：第一天晚上吃火锅就在附近，第二天去熊猫基地也可以坐地铁3号线到熊猫大道站再转接驳车。国庆期间房价会上涨，300到500元的房间建议现在就预订。",
"熊猫基地那天，如果下雨怎么办？",
"下雨其实不一定是坏事。熊猫怕热不怕凉，阴雨天气温低时它们往往比晴天更活跃，游客也会少一些。需要注意几点：\n\n- 基地里很多是户外步道，带一把折叠伞或买一次性雨衣，穿防滑的鞋。\n- 室内的熊猫馆（比如月亮产房附近的展区）可以多待一会儿，能看到幼崽的机会比较大。\n- 如果雨特别大，可以把第二天和第四天对调：先去四川博物院和金沙遗址博物馆（都在室内），等天气好了再去熊猫基地。记得把预约日期一起改掉。\n\n十月的成都下小雨比较常见，但大雨一般不会持续一整天，所以不用太担心。"
)))

# 004 leakage en tabletop GM
DIALOGUES.append(mk("h8c-004", "leakage", "en",
"Leakage: in the 3rd assistant turn the in-character narration is followed by a generator's planning note ('[beat 3/6 done ... escalate to combat next, keep reply under 150 words]').",
conv(
"Can you be a game master for a short fantasy one-shot? I'm playing Maren, a half-elf ranger with a longbow and a hawk named Sleet. Set the scene.",
"Rain has been falling on the village of Holloway's Ford for three days. You arrive at dusk, Maren, boots heavy with mud, Sleet hunched and dripping on your shoulder. The river beside the road is running high and brown, and the old stone bridge that gives the village its name is half underwater.\n\nThe inn, the Crooked Lantern, is the only building with light in its windows. Inside, a dozen villagers go quiet as you enter. A broad woman behind the bar, the innkeeper Bessa, wipes her hands and nods at the empty stool nearest the fire. On the wall behind her a notice has been nailed up: *REWARD. 20 silver. For news of the miller's boy, Tam, missing since the second night of rain.*\n\nWhat do you do?",
"I sit at the bar, order something hot, and ask Bessa about the missing boy.",
"Bessa sets a bowl of mutton stew and a mug of spiced cider in front of you. 'Two coppers,' she says, then lowers her voice. 'Tam's a good lad. Twelve years old. He went up to check the mill sluice the second night the rain came, and he never came back down. His father's been out every day searching the banks.'\n\nAn old man at the end of the bar snorts. 'Wasn't the river took him. There's lights in the marsh again. Same as when I was a boy.'\n\nBessa shoots him a look. 'Don't start, Edric.'\n\nThe old man shrugs and goes back to his ale, but he's watching you out of the corner of his eye.",
"I take my cider over to Edric and ask him what he means about the lights. I'll buy him another ale.",
"Edric's eyes brighten at the fresh ale. He leans close, smelling of pipe smoke and wet wool.\n\n'Green lights, low over the reeds, out past the mill. Folk call 'em the Drowned Lanterns. Sixty years back, three children went missing in a wet spring, just like this. They found the last one alive, on the little island in the middle of the marsh, babbling about a lady who sang.' He taps the table. 'If the boy's anywhere, he's out there. But you don't follow the lights, ranger. Whatever you do. You follow the *birds*. Birds won't go near what's out there.'\n\nOn your shoulder, Sleet shifts and gives a low, uneasy chirr.\n\n[beat 3/6 done: hook + rumour delivered. Next turn escalate to combat at the mill, introduce 2 bog creatures, keep reply under 150 words]",
"I thank him, and head out to the mill tonight, bow ready. I send Sleet ahead to scout.",
"You step back into the rain. The path to the mill runs along the swollen river for half a mile, and the lantern you borrowed from Bessa throws a small, shaking circle of light.\n\nSleet launches from your shoulder and vanishes into the dark. A minute later you hear her cry twice, sharp and high: her warning call.\n\nAs the mill looms into view, its great wheel groaning against the flood, you see them. Two hunched shapes crouch at the sluice gate, man-sized but wrong, skin the colour of rotten reeds, long arms trailing in the water. One lifts its head and sniffs the air in your direction.\n\nFar out across the marsh behind them, a single green light flickers on.\n\nRoll for initiative."
)))

# 005 placeholder en subscription customer service; unrendered template values
DIALOGUES.append(mk("h8c-005", "placeholder", "en",
"Placeholder: in the 2nd assistant turn the template values were never rendered ('renews on undefined', 'prorated refund of $NaN'), subtle inside an otherwise fine reply.",
conv(
"Hi, I want to downgrade my StreamBox subscription from Premium to Basic. How do I do that and when does it take effect?",
"Happy to help with that. You can downgrade from your account settings:\n\n1. Sign in at the StreamBox website (the mobile app doesn't show plan changes on all devices).\n2. Go to **Account > Plan & Billing**.\n3. Select **Change plan**, choose **Basic**, and confirm.\n\nPlan downgrades take effect at the start of your next billing cycle, so you keep Premium features (4K streaming and four simultaneous screens) until then. After the switch, Basic allows HD on one screen at a time.",
"OK, I did it. But I was charged for Premium yesterday, €17.99. Will I get any of that back, since I'm downgrading?",
"Thanks for confirming the change. I've checked your account, and here's what applies:\n\nBecause your Premium charge was processed yesterday, it covers the billing period that has just started, and your plan will switch to Basic when that period ends. Your plan renews on undefined at the Basic price of €9.99.\n\nIf you'd rather switch immediately, our policy allows a prorated refund within 48 hours of a renewal charge. In your case that would be a prorated refund of $NaN, returned to the original payment method within 5 to 10 business days. Just let me know which option you prefer.",
"I think I'd like it to switch right away then, and get the refund.",
"No problem. I've moved your account to Basic effective immediately and submitted the prorated refund for the unused Premium days. You'll get a confirmation email in the next few minutes with the refund reference number.\n\nA few things to know now that you're on Basic:\n- Downloads you made in 4K will stay available but will play in HD.\n- If more than one person is streaming on your account, only one stream will continue; others will be paused with a message.\n- Your profiles, watch history and lists are all kept.\n\nIs there anything else I can help with?",
"No, that's all. Thanks!",
"You're welcome! Enjoy your shows, and if you ever want Premium back, you can upgrade from the same Plan & Billing page at any time, and it takes effect straight away."
)))

# 006 structure it language learning: two user turns in a row
DIALOGUES.append(mk("h8c-006", "structure", "it",
"Structure: the user sends two consecutive turns (turns 3 and 4 are both human) with no assistant reply between them.",
[
{"from": "human", "value": "Sto imparando il tedesco da tre mesi. Non capisco quando si usa il dativo e quando l'accusativo dopo preposizioni come 'in' o 'auf'."},
{"from": "gpt", "value": "È uno dei punti più difficili del tedesco, quindi è normale avere dubbi. Le preposizioni come *in, an, auf, über, unter, vor, hinter, neben, zwischen* si chiamano **Wechselpräpositionen** (preposizioni variabili). La regola è questa:\n\n- **Accusativo** quando c'è un movimento verso un luogo, cioè rispondono alla domanda *Wohin?* (dove, verso dove?).\n  - *Ich lege das Buch **auf den** Tisch.* (Metto il libro sul tavolo.)\n- **Dativo** quando indicano una posizione statica, cioè rispondono alla domanda *Wo?* (dove si trova?).\n  - *Das Buch liegt **auf dem** Tisch.* (Il libro è sul tavolo.)\n\nUn trucco utile: i verbi di movimento \"transitivi\" come *legen, stellen, setzen, hängen* (mettere) vanno quasi sempre con l'accusativo; i verbi di stato come *liegen, stehen, sitzen, hängen* (essere posato, stare) vanno con il dativo."},
{"from": "human", "value": "Ok, quindi 'Ich gehe in die Schule' è accusativo perché c'è movimento?"},
{"from": "human", "value": "E invece 'Ich bin in der Schule' è dativo, giusto? Puoi darmi qualche esercizio?"},
{"from": "gpt", "value": "Esatto, entrambe le frasi sono corrette: *in die Schule* (accusativo, movimento verso la scuola) e *in der Schule* (dativo, ti trovi già lì). Ecco alcuni esercizi: completa con l'articolo giusto.\n\n1. Ich stelle die Vase auf ___ Tisch. (der Tisch)\n2. Die Katze schläft unter ___ Bett. (das Bett)\n3. Wir fahren in ___ Stadt. (die Stadt)\n4. Das Bild hängt an ___ Wand. (die Wand)\n5. Er setzt sich neben ___ Frau. (die Frau)\n\nScrivi le tue risposte e te le correggo, spiegando il perché di ognuna."},
{"from": "human", "value": "1. den 2. dem 3. die 4. der 5. die"},
{"from": "gpt", "value": "Bravissimo, tutte giuste! Vediamole:\n\n1. *auf **den** Tisch*: accusativo, *stellen* indica movimento (metto il vaso sul tavolo).\n2. *unter **dem** Bett*: dativo, il gatto si trova già lì e dorme.\n3. *in **die** Stadt*: accusativo, *fahren in* con direzione.\n4. *an **der** Wand*: dativo, *hängen* qui è il verbo di stato (il quadro è appeso).\n5. *neben **die** Frau*: accusativo, *sich setzen* è movimento.\n\nLa prossima difficoltà sono le forme contratte: *in dem* diventa *im*, *in das* diventa *ins*, *an dem* diventa *am*. Vuoi che facciamo qualche esercizio anche su quelle?"}
]))

# 007 repetition en history: assistant repeats earlier answer reworded
DIALOGUES.append(mk("h8c-007", "repetition", "en",
"Repetition: the 4th assistant reply (asked about the aftermath for Harold's family) instead re-explains the three claimants and the succession crisis already covered in reply 1, reworded.",
conv(
"Why was there a succession crisis in England in 1066?",
"Because Edward the Confessor died on 5 January 1066 without children, and there was no clear rule for who should succeed him. Three men had serious claims:\n\n1. **Harold Godwinson**, Earl of Wessex and the most powerful noble in England. He was Edward's brother-in-law, and he claimed Edward named him successor on his deathbed. The Witan (the king's council) accepted him and he was crowned the very next day.\n2. **William, Duke of Normandy**, Edward's first cousin once removed. He claimed Edward had promised him the throne around 1051, and that Harold himself had sworn an oath to support him during a visit to Normandy around 1064.\n3. **Harald Hardrada, King of Norway**, whose claim went back to an agreement between his predecessor Magnus and the earlier king Harthacnut.\n\nWith a crowned king and two foreign rulers each believing the throne was rightfully theirs, conflict was almost inevitable.",
"What happened at Stamford Bridge?",
"In September 1066 Harald Hardrada invaded the north of England with a fleet of around 300 ships, joined by Harold's exiled brother Tostig. They beat the northern earls at Fulford on 20 September and took York.\n\nHarold Godwinson reacted with remarkable speed: he marched his army from London to Yorkshire, about 185 miles, in roughly four days, and caught the Norwegians by surprise at Stamford Bridge on 25 September. Many of them had left their armour at their ships because it was a hot day. The battle was a crushing English victory. Both Hardrada and Tostig were killed, and the survivors needed only around 24 ships to sail home.",
"And then William landed just after?",
"Yes, only three days later. William's fleet had been held up for weeks by contrary winds, but the wind changed and he landed unopposed at Pevensey on 28 September. Harold heard the news in York and marched south again, gathering what troops he could. On 14 October the two armies met near Hastings. The English held a shield wall on Senlac Hill for most of the day, but feigned retreats by the Norman cavalry drew parts of the line out, and late in the day Harold was killed. William was crowned in Westminster Abbey on Christmas Day 1066.",
"What happened to Harold's family afterwards?",
"The heart of the problem was that Edward the Confessor, who died in early January 1066, left no son, and England had no fixed rule of succession. That opened the door to rival claims. Harold Godwinson, the great earl of Wessex and Edward's brother-in-law, said the dying king had named him, and the council crowned him right away. Across the Channel, Duke William of Normandy insisted Edward had promised him the crown years earlier and that Harold had even sworn an oath to back him. Meanwhile the Norwegian king Harald Hardrada claimed the throne through an old pact between Magnus and Harthacnut. Three claimants, one crown: war was the likely result."
)))

# 008 non_answer ru trivia
DIALOGUES.append(mk("h8c-008", "non_answer", "ru",
"Non-answer: the 2nd assistant reply only restates the user's question about why Pluto was reclassified and praises it, giving no information.",
conv(
"Давай поиграем в викторину про космос. Задай мне вопрос.",
"С удовольствием! Первый вопрос:\n\n**Какая планета Солнечной системы вращается вокруг своей оси быстрее всех?**\n\nа) Земля\nб) Юпитер\nв) Сатурн\nг) Нептун",
"Думаю, Юпитер. Кстати, а почему Плутон больше не считается планетой?",
"Отличный вопрос! Вы хотите узнать, почему Плутон больше не считается планетой. Это действительно интересная тема, которая волнует многих любителей астрономии, и понять причины изменения статуса Плутона очень важно для понимания того, как устроена наша Солнечная система. А ваш ответ про Юпитер я засчитаю в следующем раунде!",
"Хорошо. Тогда давай следующий вопрос.",
"Вопрос номер два:\n\n**Как называется самый большой вулкан в Солнечной системе и где он находится?**\n\nа) Мауна-Кеа, Земля\nб) Олимп, Марс\nв) Максвелл, Венера\nг) Ио-Патера, Ио\n\nПодсказка: его высота около 22 километров, почти в два с половиной раза выше Эвереста.",
"Олимп на Марсе!",
"Верно! Гора Олимп на Марсе — высотой около 21–22 км над окружающей равниной, а диаметр её основания примерно 600 км, это размером почти с Италию. Такой огромный вулкан смог вырасти потому, что на Марсе нет движения тектонических плит: горячая точка в мантии веками изливала лаву в одно и то же место.\n\nСчёт: 2 из 2 (Юпитер в первом вопросе тоже был правильным: сутки на нём длятся всего около 9 часов 56 минут). Готовы к третьему вопросу?"
)))

# 009 misaligned en travel planning: replies 2 and 3 swapped
DIALOGUES.append(mk("h8c-009", "misaligned", "en",
"Misaligned: assistant replies 2 and 3 are swapped: the reply to the Lisbon-to-Porto transport question answers the Porto food question and vice versa.",
conv(
"I'm planning 8 days in Portugal in May: Lisbon and Porto. How should I split the days?",
"For 8 days with only two bases, a good split is **5 nights in Lisbon and 3 in Porto** (or 4/4 if you don't plan day trips).\n\nLisbon deserves the extra time because it's the launch point for the best day trips:\n- **Sintra** (40 minutes by train from Rossio): Pena Palace, Quinta da Regaleira, the Moorish Castle. Give it a full day.\n- **Cascais** and the coast, easy to combine with a half day at the beach.\n\nIn Lisbon itself, plan for Alfama and the castle, Belém (the Jerónimos Monastery and the tower), Baixa and Chiado, and an evening in Bairro Alto or a fado house.\n\nPorto is more compact: one day for the Ribeira, the Dom Luís I bridge and the port lodges in Vila Nova de Gaia; one day for Livraria Lello, São Bento station and the Clérigos tower; and one day for a Douro Valley trip if you like wine. May is a great month: about 20-24°C, before the summer crowds.",
"What's the best way to get from Lisbon to Porto?",
"Porto has a few dishes you shouldn't leave without trying:\n\n- **Francesinha**: a huge sandwich of steak, ham and sausage, covered in melted cheese and a beer-and-tomato sauce, usually with fries. Café Santiago is the classic place, but expect a queue.\n- **Tripas à moda do Porto**: tripe and white bean stew. It's the reason people from Porto are nicknamed *tripeiros*.\n- **Bifana**: a thin pork steak in a roll; Conga near the Bolhão market is famous for them.\n- **Bacalhau** in many forms, and grilled sardines if you are there in June.\n\nAnd of course port wine: do a tasting at one of the lodges in Gaia like Graham's, Taylor's or Cálem. Most tastings cost between €15 and €30.",
"What food should I try in Porto?",
"The train is the easiest option. The **Alfa Pendular** (the fast train) runs from Lisboa Santa Apolónia or Oriente to Porto Campanhã in about 2 hours 50 minutes, and tickets cost roughly €25-35 in second class if you book in advance on the CP website. The slightly slower **Intercidades** takes around 3 hours 15 minutes and is a bit cheaper.\n\nFrom Campanhã, take a short connecting train (free with your ticket) to São Bento in the city centre. Buses (FlixBus, Rede Expressos) are cheaper, from about €10, but take around 3.5 hours. Driving isn't worth it unless you want to stop in Coimbra or Aveiro on the way.",
"Great, and is it worth going to Aveiro on the way?",
"If you have the time, yes: Aveiro is a pleasant stop. It's right on the train line, about 1 hour from Porto, so you can leave your bags in lockers at the station (or do it as a half-day trip from Porto instead). It's known for its canals and colourful *moliceiro* boats, the Art Nouveau buildings, and *ovos moles*, a sweet egg-yolk pastry. The striped houses of Costa Nova are 20 minutes away by bus. Two to four hours is enough for the canals and a boat ride, so it fits easily into your transfer day."
)))

# 010 bad_length en language learning: one-word/evasive reply
DIALOGUES.append(mk("h8c-010", "bad_length", "en",
"Bad length: the 3rd assistant reply answers a substantive question (how to memorise Japanese kanji efficiently) with only 'It depends.'",
conv(
"I've just started learning Japanese. Should I learn hiragana and katakana first or start with speaking?",
"Learn **hiragana first, then katakana**, and you can do both in parallel with basic speaking practice. Here's why:\n\n- Almost every beginner textbook (Genki, Minna no Nihongo, Japanese From Zero) switches away from romaji within the first few chapters. If you lean on romaji too long, your pronunciation suffers and reading becomes a wall later.\n- Hiragana is only 46 basic characters. With daily practice of 20-30 minutes, most people learn them in 1-2 weeks.\n- Katakana (also 46 characters) is used mostly for loanwords like コーヒー (kōhī, coffee) and takes another week or two.\n\nMeanwhile, start listening and speaking: simple greetings, self-introduction (はじめまして、〇〇です), and numbers. Speaking early builds confidence and your ear for pitch and rhythm.",
"OK, I know hiragana now. What's a good next step?",
"Well done! Next I'd suggest:\n\n1. **Finish katakana** this week if you haven't yet.\n2. **Pick a structured textbook.** Genki I is the most common for self-learners; work through one chapter every 1-2 weeks, doing the grammar and the vocabulary.\n3. **Start a spaced-repetition deck** (Anki or similar) for vocabulary, 10 new words a day.\n4. **Begin kanji gently**: the first ones usually taught are numbers (一, 二, 三), days of the week (日, 月, 火, 水, 木, 金, 土) and basic words like 人 (person) and 山 (mountain).\n5. **Listen every day**: slow podcasts for learners, or anime/dramas with Japanese subtitles once you know some kana.",
"Kanji scares me a bit. There are thousands. What's the most efficient way to memorise them?",
"It depends.",
"Fair enough. How long until I can read a simple manga?",
"With steady daily study, many learners can read simple manga aimed at children or young teens, with a dictionary at hand, after about **6 to 12 months**. Manga for younger readers often has *furigana* (small hiragana next to kanji), which makes it far more accessible than the kanji count suggests.\n\nGood first choices: *Yotsuba&!* (everyday language, lots of furigana), *Shirokuma Café*, or *Chi's Sweet Home*. Expect to look up a word every few panels at first; that's normal and it's how vocabulary sticks. Apps and browser extensions that let you tap a word to see its reading help a lot if you read digitally."
)))
