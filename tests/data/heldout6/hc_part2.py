from hc_common import conv, raw, D

DIALOGUES = []
add = DIALOGUES.append

# 011 good en - Arduino weather station
add(D(11, "good", "en",
"Good: DIY electronics (Arduino + DHT22 + I2C LCD): wiring, code, troubleshooting, short logging follow-up; all specific and consistent.",
conv(
"I want to make a little indoor weather station with an Arduino Uno, a DHT22 sensor and a 16x2 LCD with an I2C backpack. How do I wire it?",
"""Good choice of parts: the I2C backpack means the LCD only needs 4 wires instead of 12.

**DHT22 (temperature and humidity)**
- VCC → **5V**
- GND → **GND**
- DATA → **digital pin 2**
- A **10 kΩ pull-up resistor** between DATA and VCC. If you have the DHT22 on a small 3-pin module board, the resistor is usually already there, so skip it.
- (The bare 4-pin sensor has a pin 3 that isn't connected; leave it free.)

**LCD with I2C backpack**
- VCC → **5V**
- GND → **GND**
- SDA → **A4**
- SCL → **A5**

(On an Uno R3 there are also dedicated SDA/SCL pins near AREF; they're the same signals as A4/A5.)

**Before writing the main code**
1. Find the LCD's I2C address. Most backpacks use **0x27**, some use **0x3F**. Upload the "I2C scanner" sketch (search for it or use File → Examples → Wire if your IDE has it), open the Serial Monitor at 9600 baud, and it will print the address.
2. Install two libraries via the Library Manager: **"DHT sensor library" by Adafruit** (it will also ask to install "Adafruit Unified Sensor"; say yes) and **"LiquidCrystal I2C"** by Frank de Brabander.

Keep the DHT22 away from the Arduino's voltage regulator and the LCD backlight if you can; both warm up a little and can add a degree or so to readings in a small enclosure.""",
"Can you give me the code?",
"""Here's a complete sketch. Change `0x27` if your scanner found a different address.

```cpp
#include <Wire.h>
#include <LiquidCrystal_I2C.h>
#include <DHT.h>

#define DHTPIN 2
#define DHTTYPE DHT22

DHT dht(DHTPIN, DHTTYPE);
LiquidCrystal_I2C lcd(0x27, 16, 2);

void setup() {
  dht.begin();
  lcd.init();
  lcd.backlight();
}

void loop() {
  float h = dht.readHumidity();
  float t = dht.readTemperature();   // Celsius

  lcd.clear();
  if (isnan(h) || isnan(t)) {
    lcd.print("Sensor error");
  } else {
    lcd.setCursor(0, 0);
    lcd.print("Temp: ");
    lcd.print(t, 1);
    lcd.print(" C");
    lcd.setCursor(0, 1);
    lcd.print("Hum:  ");
    lcd.print(h, 1);
    lcd.print(" %");
  }
  delay(2000);
}
```

The 2-second delay matters: the DHT22 can only be read about once every 2 seconds, and faster reads return errors (NaN).""",
"It compiles and the backlight is on, but the top row just shows solid blocks and nothing else.",
"""Solid blocks on the top row mean the LCD has power but isn't receiving (or isn't showing) data. Check these in order:

1. **Contrast.** Turn the small blue potentiometer on the back of the I2C backpack slowly with a screwdriver. Very often the text is there but invisible at the wrong contrast.
2. **Address.** If the scanner said 0x3F and the sketch says 0x27 (or vice versa), the LCD never gets the commands.
3. **SDA/SCL swapped.** Make sure SDA goes to A4 and SCL to A5.
4. **Library mismatch.** Some forks of LiquidCrystal_I2C use `lcd.begin()` instead of `lcd.init()`. If you installed a different one, check its examples.

Nine times out of ten it's the contrast pot.""",
"It was the contrast. Can I also log the readings over time?",
"""Yes, two easy ways. Simplest: add `Serial.begin(9600);` in setup and print `t` and `h` separated by a comma each loop, then use the Serial Plotter or copy to a spreadsheet. For standalone logging, add a microSD card module on the SPI pins (CS 10, MOSI 11, MISO 12, SCK 13) and append a line to a CSV file every minute with the SD library. Add a DS3231 real-time clock module (it also uses I2C, on the same A4/A5 lines) if you want timestamps."""
)))

# 012 repetition en - user re-asks turn-1 question in other words (turn 3)
add(D(12, "repetition", "en",
"Repetition (subtle, reworded): in turn 3 the user re-asks the turn-1 question (chance of at least one six in four rolls) in different words, and the assistant answers it again (51.8%).",
conv(
"I'm a bit lost with probability. If I roll a fair die four times, what's the chance I get at least one six?",
"""The easiest route is the **complement**: work out the chance of getting *no* six at all, then subtract from 1.

- On one roll, the chance of *not* rolling a six is 5/6.
- The rolls are independent, so the chance of no six in four rolls is (5/6)⁴ = 625/1296 ≈ 0.482.
- So the chance of **at least one six** is 1 − 625/1296 = **671/1296 ≈ 0.518**, about **51.8%**.

"At least one" questions are almost always easier this way, because the direct approach means adding up the cases "exactly one six", "exactly two", "exactly three" and "exactly four", which is more work and easier to get wrong.""",
"Why can't I just add 1/6 four times and get 4/6?",
"""Because adding only works for events that can't happen together, and these can. If you add 1/6 + 1/6 + 1/6 + 1/6, you count the outcomes with two sixes (say on rolls 1 and 3) twice, those with three sixes three times, and so on. The overlap inflates the answer from 51.8% up to 66.7%.

A quick way to see the method is broken: with seven rolls, adding would give 7/6, a probability above 1, which is impossible. The complement method never has this problem: 1 − (5/6)⁷ ≈ 72.1%.""",
"OK, just to be sure I've got it: if I throw one die four times in a row, how likely is it that a six comes up at least once?",
"""Work out the opposite first: the chance that no six appears in any of the four throws. Each throw misses the six with probability 5/6, so four misses in a row have probability (5/6)⁴ = 625/1296, about 48.2%. Everything else contains at least one six, so the answer is 1 − 625/1296 = 671/1296, roughly **51.8%**: slightly better than a coin flip.""",
"What about getting at least one double six if I throw two dice 24 times?",
"""Same method. With two dice there are 36 equally likely outcomes and only one is a double six, so a single throw *misses* with probability 35/36.

- No double six in 24 throws: (35/36)²⁴ ≈ 0.5086
- At least one double six: 1 − 0.5086 ≈ **0.491, about 49.1%**

So this bet is slightly *worse* than even, while the four-rolls-for-one-six bet is slightly better. That difference is famous: in the 17th century the gambler Chevalier de Méré noticed he lost money on the double-six bet and asked Blaise Pascal why. Pascal's correspondence with Pierre de Fermat about this and similar problems is usually seen as the start of probability theory.

If you want the number of throws that makes the double-six bet favourable, you need (35/36)ⁿ < 0.5, which first happens at **n = 25** (about 50.6% to win)."""
)))

# 013 good fr - Loire chateaux with children
add(D(13, "good", "fr",
"Good (fr): itinéraire de 4 jours dans la vallée de la Loire avec des enfants ; réponses précises et cohérentes, dernière réponse courte.",
conv(
"Nous partons 4 jours dans la vallée de la Loire en mai, en voiture, avec nos deux enfants de 8 et 11 ans. Quels châteaux choisir pour que ça leur plaise aussi ?",
"""Bonne idée : plusieurs châteaux de la Loire sont vraiment pensés pour les familles. Ma sélection pour des enfants de 8 et 11 ans :

- **Chambord** : le plus spectaculaire. Les enfants adorent l'escalier à double révolution (deux personnes peuvent monter et descendre sans jamais se croiser) et les terrasses sur les toits. Le parc immense se visite à vélo ou en voiturette électrique. Demandez l'HistoPad, une tablette qui reconstitue les pièces en réalité augmentée.
- **Le Clos Lucé** à Amboise : la dernière demeure de Léonard de Vinci. Dans le parc, une quarantaine de maquettes géantes de ses inventions qu'on peut manipuler. Souvent le grand favori des enfants.
- **Château royal d'Amboise** : juste à côté, belle vue sur la Loire, et la chapelle où serait enterré Léonard.
- **Chenonceau** : le château construit sur le Cher, avec sa longue galerie, les cuisines dans les piles du pont et un labyrinthe végétal dans les jardins.
- **Cheverny** : moins grand, mais il a inspiré Hergé pour le château de Moulinsart, avec une exposition Tintin, et le chenil d'une centaine de chiens de chasse (le « repas des chiens » est un moment marquant).

Je vous conseille de loger à **Amboise** ou à **Blois** : tout est à moins d'une heure de route. Réservez les billets en ligne, surtout pour les week-ends de mai (ponts de l'Ascension et du 8 mai), et prévoyez pas plus de deux visites par jour pour ne pas lasser les enfants.""",
"Comment les répartir sur les 4 jours ?",
"""Voici une répartition qui limite la voiture, en logeant à Amboise :

**Jour 1 – Amboise**
- Matin : château royal d'Amboise.
- Après-midi : Clos Lucé et son parc (prévoir 2 à 3 heures, on y reste longtemps).

**Jour 2 – Chambord et Cheverny**
- Chambord le matin, à l'ouverture (environ 45 min de route).
- Pique-nique dans le parc, puis Cheverny l'après-midi (20 min). Vérifiez l'heure du repas des chiens sur leur site.

**Jour 3 – Chenonceau**
- Chenonceau le matin (20 min d'Amboise), jardins et labyrinthe compris.
- Après-midi libre : baignade ou promenade au bord du Cher, ou le ZooParc de Beauval à Saint-Aignan (environ 40 min) si les enfants aiment les animaux, mais il mérite plutôt une journée entière.

**Jour 4 – Jardins et retour**
- Villandry pour ses jardins à la française et son labyrinthe, ou Azay-le-Rideau, plus petit, qui se reflète dans l'eau.
- Départ dans l'après-midi.

Si la météo est mauvaise un jour, inversez avec une journée plus « intérieure » (Amboise, Cheverny).""",
"Et on peut faire un peu de vélo en famille ?",
"""Oui, **La Loire à Vélo** est idéale : pistes plates et bien balisées. Le tronçon **Amboise – Chaumont-sur-Loire** (environ 20 km) ou une boucle plus courte vers Chenonceau se font bien avec des enfants de 8 et 11 ans. Plusieurs loueurs à Amboise proposent vélos enfants, sièges et remorques ; réservez la veille en mai."""
)))

# 014 non_answer en - film night, turn 2 reply only restates the question
add(D(14, "non_answer", "en",
"Non-answer: turn-2 reply restates the user's question (which film works best for non-sci-fi fans) and says it's worth thinking about, without naming a film; other turns good.",
conv(
"We're having a sci-fi movie night, five adults with mixed tastes. Can you suggest some films that aren't obscure but also aren't the obvious Star Wars or Star Trek picks?",
"""Here's a mix of moods, all well known enough that someone will have heard of them, but not the default blockbusters:

- **Arrival (2016)** – Linguist Louise Banks (Amy Adams) is asked to communicate with aliens whose written language is circular. Quiet, emotional, with a twist that rewards attention.
- **Edge of Tomorrow (2014)** – Tom Cruise relives the same day in an alien war, and Emily Blunt trains him. A time-loop action film that's genuinely funny.
- **Ex Machina (2014)** – A programmer is invited to test whether a humanoid robot is truly conscious. Tense, three main characters, great for discussion afterwards.
- **Moon (2009)** – Sam Rockwell alone on a lunar mining base near the end of his three-year contract. Small budget, big ideas.
- **District 9 (2009)** – Aliens stranded in a Johannesburg slum; part mockumentary, part action, sharp social commentary.
- **Children of Men (2006)** – A near future where humans have stopped having children. Bleak but stunning, with famous long single-take scenes.
- **Gattaca (1997)** – A genetically "invalid" man borrows another's identity to get into space. Stylish and thoughtful, light on effects.

For a mixed group, pick one you'd describe to someone in one sentence without using the word "science fiction" — those tend to go over best.""",
"Which of those would you pick if half the group doesn't usually like sci-fi?",
"""That's a really good thing to think about before the night. You're looking for the one film from the list that will work both for the friends who love science fiction and for the half of the group who normally don't enjoy it. Choosing the right film for a mixed group like this is an important part of making sure everyone has a good time, so it's definitely worth taking a moment to weigh up the options with your particular group in mind.""",
"How long are Arrival and Edge of Tomorrow?",
"""**Arrival** runs about 1 h 56 min (116 minutes) and **Edge of Tomorrow** about 1 h 53 min (113 minutes), so either fits an evening with time for snacks and a chat afterwards.""",
"Fun snack ideas if we go with Arrival?",
"""A few themed ideas:

- **Circle foods** for the heptapods' circular logograms: bagels, mini pizzas, doughnuts, or crackers with a squiggle of squid-ink or balsamic glaze on top.
- **"Ink" dip**: black-bean dip or black-sesame hummus served in a round bowl.
- **The shell**: a tall, dark chocolate cake or a loaf-shaped dessert standing on end, like the pebble-shaped ship hovering over Montana.
- **Drinks**: something smoky or foggy, such as a dry-ice mocktail, for the misty chamber scenes.
- **Non-zero-sum game**: a small card with a made-up word for every guest to translate, in the spirit of Louise's work."""
)))

# 015 leakage ja - writer note left at end of last reply
add(D(15, "leakage", "ja",
"Leakage (subtle): 最後の返答の末尾に生成者向けの執筆メモ「（執筆メモ：…締めること。改善案は二つまで。）」が残っている。それ以外は良い俳句指導。",
conv(
"国語の授業で俳句を作る宿題が出ました。季節は秋です。まず俳句の基本を教えてください。",
"""俳句の基本は、大きく分けて次の4つです。

1. **五・七・五の十七音**
   音の数は「文字」ではなく「音」で数えます。小さい「ゃ・ゅ・ょ」は前の音とまとめて1音、「っ」と「ー」（長音）と「ん」はそれぞれ1音です。たとえば「きゃべつ」は3音、「がっこう」は4音です。

2. **季語を一つ入れる**
   季節を表す言葉を「季語」といいます。秋なら「月」「紅葉」「柿」など。季語が一つ入るだけで、読む人の頭に季節の景色が広がります。一句に季語が二つ以上入る「季重なり」は、初めのうちは避けたほうが無難です。

3. **切れ字で「間」をつくる**
   「や」「かな」「けり」などの切れ字は、句の途中や最後で意味を切り、余韻を生みます。必ず使う必要はありませんが、知っておくと便利です。

4. **説明せず、一場面を切り取る**
   「きれいだ」「さびしい」と気持ちを直接書くより、見たもの・聞いた音を具体的に描くと、気持ちは自然に伝わります。

**有名な秋の句**
- 柿食へば　鐘が鳴るなり　法隆寺（正岡子規）
- 秋深き　隣は何を　する人ぞ（松尾芭蕉）

どちらも、目の前の小さな出来事だけを描いて、秋の空気を感じさせています。""",
"秋の季語をいくつか教えてください。",
"""使いやすい秋の季語をジャンル別に挙げます。

- **天気・空**：月、名月、鰯雲（いわしぐも）、秋晴れ、夜長、秋風
- **植物**：紅葉、銀杏（いちょう）、コスモス、すすき、柿、栗
- **生き物**：赤とんぼ、虫の音、鈴虫、秋刀魚（さんま）、雁（かり）
- **くらし**：稲刈り、運動会、月見、新米

身近なもの、実際に見たり聞いたりしたものを選ぶと、具体的な句が作りやすいです。""",
"「赤とんぼ」で作ってみました。見てください。「赤とんぼ　夕日の中を　飛んでいる」",
"""音数を確認すると、「あかとんぼ（5）／ゆうひのなかを（7）／とんでいる（5）」で、きちんと五・七・五になっています。季語も「赤とんぼ」一つで、夕方の情景がすぐに浮かびます。最初の一句としてとても良いです。

もう一歩よくするなら、次の点を考えてみてください。

1. **「飛んでいる」は言わなくても分かる**
   赤とんぼが夕日の中にいれば、飛んでいるのは読む人にも想像できます。最後の五音を、**あなたが感じたこと・見たもの**に使うと句が深まります。
2. **自分の場面を入れる**
   どこで、誰と、何をしているときに見たのかを入れると、あなただけの句になります。

たとえば、こんな方向が考えられます。
- 赤とんぼ　夕日に溶けて　帰り道
- 赤とんぼ　夕日の色を　肩にのせ

一つ目は「溶けて」で夕日と赤とんぼの色が重なる感じを、二つ目はとんぼが肩にとまった一瞬を描いています。ただし、これはあくまで例なので、あなたが実際に見た景色に近い言葉を探してみてください。そのほうが、先生にも伝わる句になりますよ。

（執筆メモ：励ましの一言で締めること。改善案は二つまでに抑え、添削しすぎないように。）"""
)))

# 016 good en - Catan, 7 turns, mix of long and short replies
add(D(16, "good", "en",
"Good: 7-turn board-game help (Catan) for a first-time player; short plain answers to short follow-ups mixed with longer strategy replies; rules correct.",
conv(
"I'm playing Catan for the first time this weekend with three friends. What should I know about the setup phase?",
"""The setup phase matters more than any other part of Catan, because your first two settlements decide what you'll produce for most of the game.

**How it works**
- Each player places **one settlement and one road**, going clockwise; then the order reverses (the last player places their second settlement immediately), going back counterclockwise. This "snake" order balances out first-player advantage.
- Your **second** settlement gives you your starting resources: one card for each hex it touches.

**What to look for**
1. **Good numbers.** 6 and 8 are rolled most often, then 5 and 9. Avoid putting both settlements on 2, 3, 11 and 12.
2. **Variety.** Early on you need **brick and wood** (roads and settlements); later **ore and wheat** (cities and development cards). Try to touch at least 4 of the 5 resource types between your two settlements.
3. **Room to expand.** Leave yourself space to build toward open intersections, ideally toward a port.
4. **Ports.** A 2:1 port matches well with a settlement on a strong hex of that same resource (e.g. a 2:1 wheat port next to a 6-wheat).
5. **Scarcity.** Look at which resource has few or poor-numbered hexes on this board; owning it makes you a valuable trade partner.

A common beginner mistake is going all-in on one resource. Balanced production almost always beats it.""",
"What do the dots under the numbers mean?",
"""They show how likely that number is to be rolled with two dice. Each dot is one of the 36 possible combinations: 6 and 8 have five dots (5/36, about 14%), 2 and 12 only one (under 3%). Add up the dots around an intersection to compare spots quickly.""",
"Can I put two settlements right next to each other?",
"""No. The distance rule says every settlement must be at least two road lengths away from any other settlement or city, including your own. So the three neighbouring intersections must be empty.""",
"What happens when someone rolls a 7?",
"""Three things, in order:

1. **Nobody produces** resources that turn.
2. **Anyone holding more than 7 cards** discards half of them, rounded down (9 cards → discard 4).
3. The player who rolled **moves the robber** to any other land hex, which then produces nothing until the robber moves again, and **steals one random card** from a player with a settlement or city on that hex.

Playing a Knight card lets you move the robber and steal the same way, without the discarding.""",
"How do I get the Longest Road card?",
"""Build a continuous road of at least **5 segments** (branches don't count; only the longest single path). It's worth **2 victory points**. If someone else builds a longer one, the card moves to them, and an opponent's settlement placed in the middle of your road breaks it.""",
"Is it ever worth trading 4:1 with the bank?",
"""Yes, when it gets you something you need right now, e.g. the last card for a city before a 7 makes you discard. But always try other players first, and a 3:1 or 2:1 port is much better than 4:1 if you can reach one.""",
"Any general tips so I don't embarrass myself?",
"""A few habits that separate beginners from experienced players:

- **Aim for 10 points, not for a nice-looking board.** Settlements are 1 point, cities 2, Longest Road and Largest Army 2 each, and victory-point development cards 1.
- **Upgrade to cities early.** A city doubles production on all its hexes, so it's both points and income.
- **Development cards are strong.** The deck has 25: 14 Knights, 5 Victory Points, 2 Road Building, 2 Year of Plenty and 2 Monopoly. Three Knights played gets you Largest Army (2 points).
- **Don't hoard.** If you hold 8+ cards at the end of your turn, you risk losing half on a 7. Spend or trade first.
- **Trade generously early,** when everyone is building; be stingier with the leader later.
- **Watch the leader.** Put the robber on their best hex, not on whoever annoyed you last.
- **Count visible points.** Someone quietly on 7 or 8 with a pile of development cards may be closer to winning than they look.

Above all, have fun; most people need a couple of games before the strategy clicks."""
)))

# 017 bad_length en - one-word evasive reply in turn 2
add(D(17, "bad_length", "en",
"Bad length: turn-2 reply is just 'Depends.' to a specific two-part question about soldering temperatures; other replies are detailed and good.",
conv(
"I'm learning to solder so I can build a guitar pedal kit. What iron and solder should I buy?",
"""For a pedal kit you want something with **temperature control**; cheap fixed-temperature irons run too hot and damage pads.

**Iron**
- **Budget:** a Pinecil (about $25–35, USB-C powered, heats in seconds) is excellent for the price.
- **Bench station:** a Hakko FX-888D or similar if you plan to do more electronics. Stable temperature and easy to find tips for.
- **Tip:** a small chisel tip (around 2 mm) handles almost everything on a pedal: through-hole components, pots and jacks.

**Solder**
- **Leaded 63/37 or 60/40 rosin-core, 0.8 mm diameter** is the easiest to learn with: it melts at a lower temperature and flows nicely. Wash your hands afterwards and don't eat at the bench.
- **Lead-free (SAC305)** is safer to handle but needs a hotter iron and doesn't flow as easily; fine if you prefer it, just expect a steeper learning curve.

**Extras that really help**
- A **flux pen** (no-clean rosin flux) for stubborn joints.
- **Brass wool** tip cleaner (better than a wet sponge, which cools the tip).
- A **helping hands** holder or a PCB vice.
- **Flush cutters** for trimming leads.
- **Desoldering braid** or a solder sucker for mistakes.
- A small **fan or fume extractor** to blow flux smoke away from your face.

Many pedal-kit sellers also sell a practice board; it's worth doing one before the real kit.""",
"What temperature should I set the iron to for the leaded solder, and should I change it for the big ground lugs on the jacks and pots?",
"""Depends.""",
"How do I tell if a joint is good?",
"""A good leaded joint is **shiny and smooth**, with a **concave "volcano" or tent shape** that flows up the component lead and fully covers the pad. You should see the outline of the lead under a thin layer of solder.

Bad signs:
- **Dull, grainy or cracked** surface: a cold joint, usually because the part moved while cooling or the joint wasn't hot enough.
- **A ball sitting on top** that doesn't wet the pad: the pad wasn't heated.
- **Too much solder**, bulging past the pad, can hide a bad connection or bridge to the next pad.

Fix most of them by adding a touch of flux and reheating until the solder flows. (Lead-free joints look duller even when they're fine, so judge them by shape, not shine.)""",
"What order should I put the components on the board?",
"""Go from **lowest profile to tallest**, so each part sits flat while the board is upside down:

1. Resistors
2. Diodes (check the stripe matches the board marking)
3. IC sockets (don't solder the chip directly)
4. Small film and ceramic capacitors
5. Transistors
6. Electrolytic capacitors (long leg = positive; check polarity)
7. Pots, footswitch, jacks and the DC jack last, usually off-board or in the enclosure

Check each value with a multimeter or the colour code before soldering; it's far easier than desoldering later."""
)))

# 018 good pt - Brazilian literature recommendations
add(D(18, "good", "pt",
"Good (pt): recomendações de literatura brasileira, com detalhes corretos (autores, anos, enredos) e uma resposta final curta.",
conv(
"Quero começar a ler literatura brasileira. Gosto de romances com personagens fortes e um pouco de ironia. Por onde começo?",
"""Ótima escolha de critérios: a literatura brasileira tem muita ironia e personagens marcantes. Uma lista para começar, do clássico ao contemporâneo:

- **Memórias Póstumas de Brás Cubas (1881), Machado de Assis** – Narrado por um defunto que conta a própria vida "sem pressa", com capítulos curtíssimos e um humor ácido sobre a elite do Rio de Janeiro. Se você gosta de ironia, é o ponto de partida ideal.
- **Dom Casmurro (1899), Machado de Assis** – Bento Santiago conta sua história com Capitu, a dos "olhos de ressaca", e tenta convencer o leitor de que foi traído. O narrador é parcial, e o livro é famoso justamente pela dúvida que deixa.
- **Vidas Secas (1938), Graciliano Ramos** – A família de Fabiano fugindo da seca no sertão nordestino. Curto, seco como o título, e muito forte; a cadela Baleia é uma das personagens mais lembradas da literatura brasileira.
- **A Hora da Estrela (1977), Clarice Lispector** – A história de Macabéa, uma moça alagoana pobre no Rio, contada por um narrador, Rodrigo S.M., que vive hesitando. Menos de 100 páginas, estranho e comovente.
- **Gabriela, Cravo e Canela (1958), Jorge Amado** – Ilhéus na época do cacau, cheio de humor, política local e sensualidade. Leitura leve e divertida.
- **Torto Arado (2019), Itamar Vieira Junior** – Duas irmãs no sertão da Bahia, herdeiras da história da escravidão e da luta pela terra. Um dos romances contemporâneos mais lidos e premiados.

Eu deixaria **Grande Sertão: Veredas** (Guimarães Rosa) para depois: é uma obra-prima, mas a linguagem inventiva exige mais do leitor.""",
"Dom Casmurro é muito difícil para quem não está acostumado com clássicos?",
"""Menos do que parece. O livro tem **148 capítulos curtos**, muitos com uma ou duas páginas, o que dá um ritmo bom. O vocabulário do século XIX aparece aqui e ali, mas uma edição com notas de rodapé resolve quase tudo.

Duas dicas para aproveitar mais:
1. **Desconfie do narrador.** Bentinho escreve já velho e amargurado; repare em como ele interpreta cada gesto de Capitu a seu favor.
2. **Não espere uma resposta.** O livro nunca confirma se houve traição. A graça é formar sua própria opinião, e você vai encontrar muita discussão sobre isso depois.

Se travar nos primeiros capítulos, continue: a história ganha força a partir da adolescência de Bentinho e Capitu.""",
"E depois de Dom Casmurro, qual seria o próximo?",
"""Para variar de época e de estilo, eu iria de **Torto Arado**: é contemporâneo, com narradoras fortes e um ritmo que prende. Se preferir continuar no Machado, **Memórias Póstumas de Brás Cubas** é o caminho natural."""
)))

# 019 structure en - single exchange only
add(D(19, "structure", "en",
"Structure: only a single exchange (one user turn and one reply), so it is not a multi-turn dialogue; the answer itself is good.",
conv(
"Why does the Nile flow north? I always thought rivers flow south, like the Mississippi.",
"""Rivers don't have a preferred compass direction; they simply flow **downhill**, from their source toward the lowest point they can reach, usually the sea. The idea that rivers flow south probably comes from maps, where "down" on the page is south, and from famous examples like the Mississippi, which happens to run from the northern United States to the Gulf of Mexico.

The Nile's sources lie in high ground far to the south:

- The **White Nile** is fed by the Great Lakes region of East Africa. Lake Victoria, its best-known source, sits at about **1,130 m** above sea level.
- The **Blue Nile** starts at Lake Tana in the **Ethiopian Highlands**, at roughly **1,790 m**, and supplies most of the water and almost all of the silt during the summer flood.

The two meet at Khartoum, and from there the river descends across Sudan and Egypt to the Mediterranean, which is at sea level. So the land slopes down from south to north, and the Nile follows it for about **6,650 km**, making it one of the two longest rivers in the world (the Amazon is its rival, depending on how the sources are measured).

North-flowing rivers are actually common:

- The **Ob, Yenisei and Lena** in Siberia flow north into the Arctic Ocean.
- The **Mackenzie** in Canada does the same.
- The **Rhine** flows broadly north-west from the Alps to the North Sea.
- In the US, the **Red River of the North** and Florida's **St. Johns River** both flow north.

The only rule is gravity: wherever the land is highest, water starts there and runs toward lower ground."""
)))

# 020 contradiction ja - Sapporo-Asahikawa travel time changed in last turn
add(D(20, "contradiction", "ja",
"Contradiction (subtle): 1ターン目で札幌→旭川は特急で約1時間25分と説明したのに、最後の返答では『先ほどお伝えしたとおり約2時間半』と食い違っている。",
conv(
"7月に札幌を拠点にして3泊4日で北海道を回りたいです。車は使わず、電車とバスだけです。おすすめのプランはありますか？",
"""7月の北海道は、ラベンダーが見ごろで気候も爽やかなので、とても良い時期です。札幌を拠点に、電車とバスで無理なく回れるプランを考えました。

**1日目：札幌市内**
- 新千歳空港から札幌駅まで、JR快速エアポートで約40分。
- 大通公園、さっぽろテレビ塔、札幌市時計台を散策。
- 昼は二条市場で海鮮丼。
- 夜は藻岩山ロープウェイで夜景（札幌駅から市電とシャトルバスで約40分）。

**2日目：小樽**
- 札幌から小樽まではJR快速で約35分。
- 小樽運河、堺町通りのガラス工房やオルゴール堂を散策。
- 昼はお寿司。夕方、ガス灯がともる運河もきれいです。

**3日目：旭川・美瑛・富良野方面**
- 札幌から旭川までは**特急カムイ／ライラックで約1時間25分**。
- 旭山動物園（旭川駅からバスで約40分）か、美瑛・富良野のラベンダー畑のどちらかを選ぶのがおすすめです。

**4日目：札幌でゆっくり→空港へ**
- 北海道大学のキャンパスや白い恋人パークなど。
- 午後、快速エアポートで新千歳空港へ。空港内のラーメン道場やお土産店も充実しています。

7月は観光客が多いので、宿は早めに予約してください。""",
"3日目、旭山動物園と富良野の両方に行くのは無理ですか？",
"""電車とバスだけだと、かなり厳しいです。旭山動物園は見学に最低2〜3時間かかり、そこから富良野まではJR富良野線で1時間以上、さらにファーム富田などへの移動もあります。両方を急いで回ると、どちらも中途半端になりがちです。

7月ならラベンダーの時期なので、個人的には**美瑛・富良野**を優先するのがおすすめです。旭川から富良野線に乗り、美瑛で途中下車して「青い池」（バス約20分）を見て、夏季に運行される観光列車「富良野・美瑛ノロッコ号」でラベンダー畑駅まで行く、という流れが人気です。どうしても両方行きたい場合は、旭川発着の定期観光バスツアーを調べてみてください。""",
"美瑛・富良野にします。日帰りにするなら、札幌を何時ごろ出ればいいですか？",
"""先ほどお伝えしたとおり、札幌から旭川までは特急で約2時間半かかりますので、**朝7時台**の特急に乗るのがおすすめです。目安のスケジュールは次のとおりです。

- **7:30ごろ** 札幌発の特急で旭川へ
- **旭川で富良野線に乗り換え**、美瑛へ（約35分）
- **美瑛**：駅前から路線バスで「青い池」へ（約20分）。午前中は光が入って青がきれいに見えやすく、人も比較的少なめです。
- **昼前後** 美瑛に戻り、ランチ
- **午後** 富良野線またはノロッコ号でラベンダー畑駅へ。ファーム富田まで徒歩約7分。
- **夕方** 富良野から旭川経由で札幌へ。富良野線で旭川まで戻り、特急に乗り継ぎます。札幌着はだいたい夜8時ごろを目安にしてください。

注意点として、富良野線は本数が少なく、1時間に1本程度の時間帯もあります。出発前に帰りの時刻を必ず確認し、乗り継ぎに余裕を持たせてください。また、ノロッコ号は運行日が決まっているので、事前に運行カレンダーを調べておくと安心です。ラベンダーの見ごろは例年7月中旬ごろですが、年によって前後します。"""
)))
