from hc_common import conv, raw, D

DIALOGUES = []
add = DIALOGUES.append

# 001 good en - physics tutoring
add(D(1, "good", "en",
"Good: projectile-motion tutoring; correct numbers carried consistently across four turns, long and short replies mixed.",
conv(
"I'm revising for a physics test. A ball is kicked from flat ground at 20 m/s, 30° above the horizontal. How long is it in the air? Ignore air resistance.",
"""Split the launch velocity into horizontal and vertical parts first, because they behave independently:

- Horizontal: vₓ = 20 · cos 30° = 20 · 0.866 ≈ **17.32 m/s** (constant the whole flight, since nothing pushes sideways)
- Vertical: v_y = 20 · sin 30° = 20 · 0.5 = **10 m/s** (gravity slows this down at 9.8 m/s² every second)

**Time to the top.** At the highest point the vertical velocity is zero, so
t_up = v_y / g = 10 / 9.8 ≈ 1.02 s

**Total time.** On level ground the way down mirrors the way up, so the flight lasts twice as long:
T = 2 · 1.02 ≈ **2.04 s**

You can also write this as one formula, which is handy in a test:
T = 2 · v · sin θ / g = 2 · 20 · 0.5 / 9.8 ≈ 2.04 s

A quick sanity check worth doing on the exam: if you plug T back into the vertical equation, y = v_y·t − ½·g·t², you get 10·2.04 − 4.9·2.04² ≈ 20.4 − 20.4 = 0, i.e. the ball is back on the ground. That check catches most sign errors.""",
"And how far away does it land?",
"""Multiply the constant horizontal speed by the flight time:

R = vₓ · T = 17.32 m/s · 2.04 s ≈ **35.3 m**

Same result from the range formula: R = v² · sin 2θ / g = 400 · sin 60° / 9.8 = 400 · 0.866 / 9.8 ≈ 35.3 m. Note the formula only works when it lands at the same height it was launched from.""",
"What's the maximum height?",
"""Use only the vertical motion: H = v_y² / (2g) = 10² / (2 · 9.8) = 100 / 19.6 ≈ **5.1 m**. It reaches that height at t ≈ 1.02 s, halfway through the flight.""",
"My teacher said 45° always gives the longest range. Why is that, and is it still true if I kick the ball off the top of a cliff?",
"""On level ground, and without air resistance, it's true. Look at the range formula again: R = v² · sin 2θ / g. The speed is fixed, so the range is biggest when sin 2θ is biggest. The sine function peaks at 1 when its angle is 90°, so 2θ = 90° and **θ = 45°**. Intuitively, 45° is the best compromise: a lower angle gives more horizontal speed but less time in the air, a steeper one gives more time but less horizontal speed.

It's **not** true off a cliff. If you launch from a height h above the landing ground, the ball gets extra flight time "for free" on the way down, so it pays to spend more of the speed on the horizontal component. The best angle drops below 45°. For a launch from height h the optimum is

tan θ = v / √(v² + 2gh)

Example with your numbers, v = 20 m/s from a 10 m cliff: v² = 400, 2gh = 196, √596 ≈ 24.4, so tan θ ≈ 20 / 24.4 ≈ 0.82 and **θ ≈ 39°**. The higher the cliff, the flatter the best angle gets.

Air resistance also pushes the optimum lower, which is why real footballs, shot puts and golf drives are usually launched well under 45°. For your test, though, assume level ground and no drag unless the question says otherwise."""
)))

# 002 leakage en - DIY electronics, meta text at start of turn 2 reply
add(D(2, "leakage", "en",
"Leakage: the turn-2 reply opens with a generator planning line ('Reply plan -> ... final text below') before the actual answer; rest is a good night-light circuit dialogue.",
conv(
"I want to build a night light that switches an LED on when it gets dark. I have an LDR, a 2N2222 transistor, a 10k potentiometer, some resistors, a red LED and a 9V battery. How do I wire it?",
"""That's a classic and it works well with exactly those parts. The idea: the LDR and the potentiometer form a voltage divider that feeds the transistor's base. In light the LDR's resistance is low, in darkness it rises to hundreds of kΩ.

**Wiring**
1. Potentiometer from **+9V** to a node we'll call **B**.
2. LDR from node **B** to **ground**.
3. A **10 kΩ** resistor from node B to the **base** of the 2N2222 (limits base current).
4. Transistor **emitter** to ground.
5. From +9V: a current-limiting resistor, then the LED **anode**; LED **cathode** to the transistor **collector**.

**LED resistor.** A red LED drops about 2 V and a saturated 2N2222 about 0.2 V. For ~15 mA: (9 − 2 − 0.2) / 0.015 ≈ 453 Ω, so use the standard **470 Ω**.

**How it behaves.** In daylight the LDR pulls node B close to ground, the base gets less than ~0.6 V and the transistor stays off. As it gets dark, the LDR resistance climbs, node B rises, the transistor turns on and the LED lights. The pot sets the darkness level at which this happens.

Check the 2N2222 pinout for your package before soldering: for the common TO-92 version, with the flat face toward you and legs down, it's usually emitter–base–collector from left to right, but some makers differ.""",
"I built it and it mostly works, but the LED glows faintly even in daylight. What's going on?",
"""Reply plan → diagnose the faint glow, then give the fix in numbered steps. Final text below:

A faint glow in daylight means the transistor is partly on: node B is sitting around 0.5–0.6 V, right at the edge of conduction, so a small base current flows and the LED gets a trickle.

Things to try, in order:

1. **Turn the pot up (more resistance).** That lowers the voltage at node B in daylight. Adjust it in normal room light until the LED is fully off, then cover the LDR with your finger to check it still comes on.
2. **Measure the LDR.** Put a multimeter across it in daylight. Cheap LDRs sometimes read 5–10 kΩ even in decent light, which is too high for a 10k pot. If yours does, swap to a 50k or 100k pot.
3. **Check for leakage paths.** Flux residue on stripboard can conduct a little. Clean it with isopropyl alcohol.
4. **Add a pull-down.** A 100 kΩ resistor from base to ground bleeds off stray current and keeps the transistor firmly off.

The root cause is that a single transistor has a soft transition: it goes from off to on gradually as the light fades, so there's always a band where it's half on.""",
"Can I make it switch on sharply instead of fading in?",
"""Yes, you need hysteresis, i.e. a circuit with two thresholds so it snaps from one state to the other. Two simple options:

- **Comparator (LM393).** Feed the LDR divider into one input and a reference divider (two 10k resistors, giving 4.5 V) into the other. Add a ~1 MΩ feedback resistor from output to the non-inverting input for hysteresis. The LM393 output is open-collector, so add a pull-up and let it drive your 2N2222.
- **Two-transistor Schmitt trigger.** Uses a second 2N2222 and a shared emitter resistor (around 1 kΩ). When the first transistor turns on, the emitter voltage rises and pushes the second one off hard, so the switch is clean.

The comparator version is easier to tune and more predictable; I'd go with that.""",
"Last thing: how long will the 9V battery last if it's on about 8 hours a night?",
"""Rough estimate: an alkaline 9V holds about **500 mAh**. Your LED draws ~15 mA plus ~1 mA for the divider and transistor, so ~16 mA while on. 8 hours × 16 mA ≈ 128 mAh a night, giving **about 4 nights**. (During the day it draws well under 1 mA, so it barely matters.)

To stretch it: raise the LED resistor to 1 kΩ (~7 mA, still visible in the dark), which roughly doubles the life, or switch to a 4×AA pack (about 2,500 mAh at 6 V; recalculate the LED resistor to ~220 Ω), which gives several weeks."""
)))

# 003 good en - same question about three cities (not repetition)
add(D(3, "good", "en",
"Good: user asks the same kind of question about three different cities (Lisbon, Porto, Seville) — not repetition; each reply is specific to its city, then logistics and weather.",
conv(
"I have 10 days in late October for Portugal and southern Spain. Planning 3 days in Lisbon, 2 in Porto and 3 in Seville, plus travel. What's worth doing in Lisbon in 3 days?",
"""Lisbon in three days works nicely if you group things by neighbourhood, because the hills make zig-zagging tiring.

**Day 1 – Baixa, Alfama and Graça**
- Start at Praça do Comércio, walk up Rua Augusta to Rossio.
- Take tram 28 (go early, before 9:00, or it's packed) up to Alfama.
- São Jorge Castle for the views, then wander down through Alfama's lanes to the Sé cathedral.
- Sunset at Miradouro da Senhora do Monte or Miradouro da Graça.
- Evening: a fado house in Alfama; book ahead on weekends.

**Day 2 – Belém**
- Jerónimos Monastery (arrive at opening; the queue grows fast), Belém Tower, the Padrão dos Descobrimentos.
- Pastéis de Belém for the original custard tarts.
- MAAT or the Gulbenkian Museum in the afternoon if you like art.

**Day 3 – Sintra day trip**
- Train from Rossio station, about 40 minutes.
- Pena Palace and the Moorish Castle in the morning, Quinta da Regaleira after lunch. Book Pena tickets online with a time slot.

Get a Navegante card for metro, trams and the Sintra train. Late October is quieter than summer but still busy at Belém and Pena, so early starts pay off.""",
"Same question for Porto, with 2 days.",
"""Porto is more compact, so two days lets you see the essentials without rushing.

**Day 1 – Ribeira and the river**
- São Bento station for the azulejo tile panels in the main hall.
- Climb the Clérigos Tower (about 240 steps) for the best overview of the city.
- Livraria Lello is beautiful but needs a timed ticket; go at opening.
- Walk down to the Ribeira waterfront, then cross the upper deck of the Dom Luís I bridge on foot to Vila Nova de Gaia.
- Port cellar tour in Gaia: Graham's, Taylor's or Sandeman, around €20–30 with tasting.

**Day 2 – Foz and food**
- Morning: a six-bridges river cruise (about 50 minutes).
- Tram 1 along the Douro to Foz do Douro, where the river meets the Atlantic; walk the promenade.
- Back in town, try a francesinha (heavy sandwich with a beer-tomato sauce) at Café Santiago, and the Bolhão market.

If you can spare a third day, the Douro Valley wine region is about 2 hours by train to Pinhão and very scenic in October after the harvest.""",
"And Seville for 3 days?",
"""Seville rewards slower days: it's warm even in late October, and the city comes alive in the evening.

**Day 1 – The big monuments**
- Real Alcázar at opening (book online; it sells out). Allow 2–3 hours for the palace and gardens.
- Seville Cathedral and the Giralda tower next door; the ramp up the Giralda is easy, no steps.
- Evening: tapas in Barrio Santa Cruz.

**Day 2 – Plaza de España and Triana**
- Plaza de España and María Luisa Park in the morning light.
- Cross the Isabel II bridge to Triana: ceramics workshops, the Triana market, and the Castillo de San Jorge (Inquisition museum, free).
- A flamenco show at night: Casa de la Memoria or the Museo del Baile Flamenco are good, smaller venues.

**Day 3 – Modern Seville or a day trip**
- Metropol Parasol (Las Setas) walkway at sunset.
- Or take a day trip to Córdoba (45 minutes by high-speed train) for the Mezquita.

Eat late, like the locals: dinner from 21:00 onward.""",
"How do I get between the three cities?",
"""I'd reorder the trip to **Porto → Lisbon → Seville** to avoid backtracking:

- **Porto → Lisbon:** Alfa Pendular train, about 2 h 50 min, from Campanhã to Santa Apolónia or Oriente. Booked ahead it's often under €30.
- **Lisbon → Seville:** there's no direct train. Options are a direct bus (Flixbus or ALSA, about 6–7 hours) or a flight of about 1 hour. The flight is usually worth it for the time saved; check current schedules as they change by season.

Then fly home from Seville, or from Lisbon if that's cheaper and you don't mind the extra leg.""",
"What will the weather be like?",
"""Late October averages: **Lisbon** highs around 22 °C, **Porto** around 19–20 °C and the rainiest of the three, **Seville** around 25–26 °C and mostly dry. Pack layers and a light rain jacket for Porto."""
)))

# 004 placeholder en - Rome itinerary, unfilled slot deep in turn 2
add(D(4, "placeholder", "en",
"Placeholder: in the long turn-2 itinerary an unfilled template slot 'Trattoria %RESTAURANT_2%' is left in the Day 2 dinner line; everything else is good.",
conv(
"My partner and I are going to Rome for 4 days in April, our first time. We like history and food, not so much shopping. Where should we stay?",
"""For a first visit focused on history and food, I'd look at three areas:

- **Monti** – between the Colosseum and Termini station. Walkable to the Forum, lively in the evening with wine bars and small trattorias, slightly less touristy than the centre.
- **Centro Storico (around Campo de' Fiori / Piazza Navona)** – you can walk to the Pantheon, Navona and Trevi. Beautiful, but louder at night and pricier.
- **Trastevere** – across the river, cobbled streets, excellent restaurants. A 20–25 minute walk to the centre and a bit further from the Colosseum.

With your interests, **Monti** is the best balance: you can walk to the ancient sites in 10 minutes, and the dinner options are great. Book early for April; Easter week is especially busy.""",
"Monti sounds good. Can you draft a 4-day plan?",
"""Here's a plan that groups sights by area and keeps afternoons relaxed:

**Day 1 – Ancient Rome**
- 9:00 Colosseum (book the timed combined ticket with the Forum and Palatine).
- 11:30 Roman Forum and Palatine Hill; allow 2–3 hours.
- Lunch in Monti: pizza al taglio at a bakery on Via dei Serpenti.
- Late afternoon: Capitoline Museums and the view over the Forum from the terrace behind the Campidoglio.

**Day 2 – Vatican**
- 8:00 Vatican Museums and Sistine Chapel (book the earliest slot).
- Then St Peter's Basilica; climb the dome (551 steps, or take the lift part-way).
- Afternoon rest.
- Dinner: book a table at Trattoria %RESTAURANT_2% in Trastevere for 20:30 and walk back across Ponte Sisto.

**Day 3 – Centro Storico**
- Pantheon at opening, then Piazza Navona and Campo de' Fiori market.
- Trevi Fountain before 10:00 or after 21:00 to avoid crowds.
- Evening: aperitivo and cacio e pepe near Campo de' Fiori.

**Day 4 – Appian Way**
- Rent bikes at the Appia Antica park office, visit the Catacombs of San Callisto and the Tomb of Cecilia Metella.
- Last dinner back in Monti.""",
"Is the Roma Pass worth it for this plan?",
"""Probably not. The 72-hour Roma Pass (around €58) covers two museums free and public transport. But the Vatican isn't included, the Colosseum still needs a separately booked time slot, and you're staying in walkable Monti, so you'll barely use transport. Buy individual tickets instead.""",
"Any food we shouldn't leave without trying?",
"""The four classic Roman pastas: **carbonara**, **cacio e pepe**, **amatriciana** and **gricia**. Also try **supplì** (fried rice balls with mozzarella), **carciofi alla romana** or **alla giudia** (artichokes are in season in April), **saltimbocca**, and **maritozzi** (cream buns) for breakfast. Gelato from a place where the pistachio looks greyish-green rather than bright green is usually a sign it's made properly."""
)))

# 005 good ja - quadratic equations
add(D(5, "good", "ja",
"Good (ja): 二次方程式の指導。因数分解→解の公式→判別式と順に進み、計算はすべて正しい。",
conv(
"中学3年です。x² − 5x + 6 = 0 の解き方を教えてください。",
"""この式は**因数分解**で解けます。

**手順**
1. 「かけて +6、たして −5」になる2つの数を探します。
   - 候補：(1, 6)、(2, 3)、(−1, −6)、(−2, −3)
   - たして −5 になるのは **−2 と −3** です。
2. すると式は次のように書けます。
   (x − 2)(x − 3) = 0
3. 「2つのものをかけて0になる」なら、どちらかが0です。
   - x − 2 = 0 → **x = 2**
   - x − 3 = 0 → **x = 3**

**確かめ算**（テストでもおすすめです）
- x = 2 のとき：4 − 10 + 6 = 0 ✔
- x = 3 のとき：9 − 15 + 6 = 0 ✔

答え：**x = 2, 3**

コツは、定数項（ここでは +6）が正なら2つの数は同じ符号、負なら異なる符号になる、という点です。今回は +6 なので同符号、しかも和が −5 なので両方マイナスだとすぐ分かります。""",
"じゃあ 2x² + 3x − 2 = 0 みたいに x² の前に数字がある場合は？",
"""その場合は**解の公式**を使うのが確実です。

ax² + bx + c = 0 のとき
x = (−b ± √(b² − 4ac)) / 2a

今回は a = 2、b = 3、c = −2 です。

1. まず √ の中を計算します。
   b² − 4ac = 3² − 4 × 2 × (−2) = 9 + 16 = **25**
2. √25 = 5
3. 公式に入れると
   x = (−3 ± 5) / 4
   - プラスのとき：(−3 + 5) / 4 = 2/4 = **1/2**
   - マイナスのとき：(−3 − 5) / 4 = −8/4 = **−2**

答え：**x = 1/2, −2**

ちなみに、この式は「たすき掛け」を使えば (2x − 1)(x + 2) = 0 と因数分解することもできます。展開すると 2x² + 4x − x − 2 = 2x² + 3x − 2 となり、元の式に戻ります。慣れてきたら両方のやり方で答えを確かめると安心です。""",
"b² − 4ac がマイナスになったらどうなるんですか？",
"""いい疑問です。b² − 4ac は**判別式**（D）と呼ばれ、解がいくつあるかを教えてくれます。

- **D > 0**：異なる2つの解がある（さっきの例は D = 25）
- **D = 0**：解が1つだけ（「重解」といいます）。例：x² − 6x + 9 = 0 は D = 36 − 36 = 0 で、x = 3
- **D < 0**：マイナスの数の平方根は、中学で習う数の範囲には存在しないので、**実数の解はありません**

例：x² + 2x + 5 = 0 なら D = 4 − 20 = −16 で、解なしです。

グラフで考えると分かりやすいです。y = x² + 2x + 5 の放物線は、頂点が (−1, 4) で x 軸より上にあるので、x 軸と一度も交わりません。「交わる点がない＝解がない」ということです。

高校では「虚数」という新しい数を習い、D < 0 の場合にも解を表せるようになります。今は「D がマイナスなら実数の解なし」と覚えておけば十分です。"""
)))

# 006 off_topic en - Iceland trip abandons goal for crypto/savings
add(D(6, "off_topic", "en",
"Off-topic: an Iceland road-trip planning dialogue; from turn 3 the user switches to whether to move savings into Bitcoin and index funds, and the trip goal is abandoned.",
conv(
"I'm planning 7 days in Iceland in early June with a rental car. Should I do the whole Ring Road or focus on the south?",
"""With 7 days I'd skip the full Ring Road. It's about 1,320 km, which is doable in a week on paper, but you'd spend 4–5 hours a day driving and only see places through the windscreen. Early June is a great time, though: nearly 24-hour daylight, most roads open (the highland F-roads usually aren't yet), and fewer crowds than July.

A more relaxed south-and-west plan:

- **Day 1:** Arrive, Blue Lagoon or Sky Lagoon, Reykjavík.
- **Day 2:** Golden Circle: Þingvellir, Geysir, Gullfoss. Overnight around Selfoss.
- **Day 3:** Seljalandsfoss, Skógafoss, Sólheimajökull glacier; overnight in Vík.
- **Day 4:** Reynisfjara black beach, Dyrhólaey (puffins in June), Fjaðrárgljúfur canyon.
- **Day 5:** Skaftafell hike to Svartifoss, then Jökulsárlón glacier lagoon and Diamond Beach.
- **Day 6:** Drive back west (about 5 hours from Jökulsárlón to Reykjavík).
- **Day 7:** Snæfellsnes peninsula or a relaxed Reykjavík day before your flight.

Keep an eye on road.is and vedur.is for road and weather conditions.""",
"OK, south it is. Where should I base myself to avoid backtracking?",
"""Move bases every night or two: 1 night in Reykjavík, 1 in Selfoss or Hella, 2 around Vík or Kirkjubæjarklaustur, 1 near Höfn or at Hof close to Skaftafell, then 2 back in Reykjavík. Book early; rooms along the south coast sell out by spring.""",
"Unrelated, but my brother keeps telling me to move my emergency fund into Bitcoin. I have about $12,000 saved. Is that a good idea?",
"""I'd be cautious. An emergency fund has one job: to be there, at full value, on the day you need it, for a job loss, a car repair or a medical bill. Bitcoin is a poor fit for that job:

- **Volatility.** It has dropped more than 50% several times in its history, sometimes within months. If an emergency happens during a drop, you'd be forced to sell at a loss.
- **Access.** Moving crypto to cash can take days and carries fees and spreads.
- **Taxes.** In many countries, selling crypto is a taxable event, which complicates things when you need the money quickly.

A common guideline is to keep 3–6 months of essential expenses in a boring, safe, liquid place: a high-yield savings account or a money-market fund. If you want crypto exposure, use money beyond the emergency fund that you could afford to lose entirely, and keep it to a small share, often suggested as no more than 5% of your investments.""",
"Makes sense. What about index funds versus a high-yield savings account for the money beyond the emergency fund?",
"""It depends on when you'll need the money:

- **Under 3 years (a car, a deposit for a flat):** stay in a high-yield savings account or short-term bonds. Index funds can fall 20–30% in a bad year and may not recover in time.
- **5+ years (retirement, long-term wealth):** a broad, low-cost index fund (total market or S&P 500, expense ratio under 0.1%) has historically beaten savings accounts by a wide margin over long periods, despite the ups and downs.

If your employer offers a retirement plan with a match, fill that first: the match is an instant return. Then use a tax-advantaged account where possible, and automate a monthly contribution so you don't try to time the market."""
)))

# 007 structure en - two user turns in a row
add(D(7, "structure", "en",
"Structure: turns 2 and 3 are two consecutive user turns with no assistant reply in between (the next reply answers both); otherwise a good chess-opening dialogue.",
raw(
("human", "I'm about 1200 on chess.com and I keep getting bad positions out of the opening as White. Which opening should I learn?"),
("gpt", """At 1200 you don't need a big repertoire; you need one opening whose *ideas* you understand. Two good choices:

- **Italian Game (1.e4 e5 2.Nf3 Nc6 3.Bc4).** Fast development, pressure on f7, and it teaches open, tactical chess, which is what wins games at your level. Most of your opponents will answer 1.e4 with 1...e5 anyway.
- **London System (1.d4, 2.Bf4, e3, Nf3, Bd3, c3, Nbd2).** Very solid; you can play nearly the same setup against everything. The downside is that it can become passive and doesn't teach you much about open positions.

My recommendation is the Italian. Learn the first 5–6 moves of the main lines and, more importantly, the plans: castle early, play c3 and d4 to grab the centre, and watch the f7 square. Also learn what to do against the two most common alternatives at club level, 1...c5 (Sicilian) and 1...e6 (French), even if only a simple setup like 2.Nf3 and 3.d4 or 2.d4 d5 3.Nc3."""),
("human", "I'll go with the Italian. What are the main ideas after 1.e4 e5 2.Nf3 Nc6 3.Bc4 Bc5?"),
("human", "And what do I do if Black plays 3...Nf6 instead?"),
("gpt", """**After 3...Bc5 (Giuoco Piano)**
- The main plan is **4.c3** followed by **d4** (immediately or after preparation with 5.d3, 6.O-O, 7.Re1). c3 supports d4 and gives your bishop a retreat square on c2 later.
- The quiet line, 4.c3 Nf6 5.d3, is very popular now: castle, play Re1, Nbd2–f1–g3, and a4 to gain queenside space. Slow, but you'll get comfortable positions without memorising much.
- Watch out for ...Bxf2+ tricks when your king is still in the centre.

**After 3...Nf6 (Two Knights Defence)**
- **4.d3** is the calm, solid choice: it protects e4 and transposes to similar plans as above.
- **4.Ng5** attacks f7 directly. After 4...d5 5.exd5, the natural 5...Nxd5?! allows the famous Fried Liver attack (6.Nxf7), but Black's main move is **5...Na5**, gaining time on your bishop, and Black gets good compensation for the pawn.
- At your level I'd play 4.d3: fewer traps to memorise, same kind of position every game."""),
("human", "Any good way to practise it?"),
("gpt", """Play 10-minute or 15+10 games with only 1.e4, then after each game look up where you left "book" in the opening explorer and note the position. Lichess studies on the Italian are free and good for drilling the first 6–8 moves."""),
)))

# 008 good en - poem help with recap before final summary
add(D(8, "good", "en",
"Good: creative-writing help for a birthday poem; the final reply briefly recaps earlier turns (images, form, first stanza, ending) before a final summary plan.",
conv(
"I'm writing a poem for my grandmother's 90th birthday. She was a seamstress for 40 years and grew up in a fishing village in Cornwall. Can you help me brainstorm images?",
"""What a lovely combination to work with: sewing and the sea share a surprising amount of vocabulary. Some images to get you started:

**From her work**
- Pins held between her lips while fitting a hem
- A thimble worn smooth on one side
- Tailor's chalk lines, tacking stitches that get pulled out later
- The rhythm of a treadle machine
- A bolt of cloth unrolling like a wave across the table
- Pattern pieces pinned to fabric like a map
- Mending: making something worn whole again

**From the village**
- The harbour wall, gulls, nets hung out to dry
- Tides: the pull and slack of the sea, like thread
- The horizon as a seam where sea meets sky
- Lights on the water at night, boats coming home
- Salt on the windows, the smell of tar and fish

**Where they meet**
- Fishermen's wives mending nets, a kind of sewing she might have watched as a child
- A **hem** and the **horizon**: both are the line where one thing is finished off and held
- "Casting on" and "casting off" (knitting and boats)
- Stitching a life together from pieces

It might help to ask a family member for one specific memory, a dress she made for someone's wedding, for example. One concrete detail usually does more than five general ones.""",
"I love the hem/horizon idea. What form should it take? It'll be read out at the party, so not too long.",
"""For reading aloud, I'd go with **four quatrains** (four-line stanzas) with a loose, regular beat, about 8 syllables per line, and rhyme on lines 2 and 4 (ABCB). That's roughly one minute read aloud: long enough to feel like a gift, short enough that nobody shuffles. The light rhyme helps listeners follow along without sounding sing-song. A formal villanelle or sonnet would be harder to write and can feel stiff at a party.""",
"Can you draft the first stanza so I can see the tone?",
"""Here's a draft to react to:

*She learned the harbour before the hem,*
*the slack and pull of Cornish tide;*
*she pinned the grey sea to the sky*
*and ran her stitch from side to side.*

The idea is to introduce both worlds at once: the village first, then the sewing, with the horizon image in line 3. Feel free to swap "Cornish" for the name of her village if it scans; a real place name makes it personal.""",
"That's lovely. Should the last stanza speak to her directly?",
"""Yes, I'd switch to "you" in the final stanza. After three stanzas *about* her, turning to address her in the room is a natural, moving close. Something like: *and every seam you ever sewed / still holds us, ninety years away.*""",
"Great. Can you sum up where we've landed so I can write the rest tonight?",
"""Quick recap of what we decided: you chose the **hem/horizon** image from the brainstorm; the form is **four quatrains, about 8 syllables a line, rhyming ABCB**, around a minute aloud; stanza 1 is drafted (harbour, tide, pinning sea to sky); and the last stanza will **speak to her directly**.

**Plan for tonight**
1. **Stanza 2 – her work.** Use two or three concrete details: pins between her lips, the worn thimble, the treadle's rhythm. Keep one sea word in it (e.g. cloth "unrolling like a wave") so the two worlds stay stitched together.
2. **Stanza 3 – what she made for others.** Ask the family for one specific garment: a wedding dress, school uniforms, a christening gown. Name it.
3. **Stanza 4 – to her.** Switch to "you", bring back the horizon or the seam, and end on something that holds, for example the line about every seam still holding the family.

**Before the party**
- Read it aloud twice and fix any line where you stumble; that's where the beat is off.
- Print it in a large font, and leave a pause before the last stanza.
- Consider giving her a copy afterwards, perhaps tied with a ribbon or a length of her own thread."""
)))

# 009 contradiction en - Ticket to Ride scoring, subtle number change in last turn
add(D(9, "contradiction", "en",
"Contradiction (subtle): turn 1 states a 6-train route scores 15 points; the long last reply says 'as I mentioned, each 6-train route is worth 18 points' and computes 72 for four of them.",
conv(
"Can you explain how scoring works in Ticket to Ride? We're playing the original USA map.",
"""Sure. Points come from four sources.

**1. Claiming routes (scored immediately)**
| Route length | Points |
|---|---|
| 1 train | 1 |
| 2 trains | 2 |
| 3 trains | 4 |
| 4 trains | 7 |
| 5 trains | 10 |
| 6 trains | 15 |

Move your scoring marker along the track around the board as soon as you claim a route.

**2. Destination tickets (scored at the end)**
Each ticket shows two cities and a value. If you've connected them with a continuous chain of your own routes, you **add** the value; if not, you **subtract** it. At the start you're dealt three and must keep at least two; whenever you draw more tickets later, you draw three and must keep at least one.

**3. Longest continuous path**
The player with the longest continuous chain of their own trains gets a **10-point bonus** card. Ties all get it. Cities can be passed through more than once, but each route segment counts only once.

**4. End-of-game check**
Recount route points at the end; mistakes with the marker are common.

Each player starts with **45 trains**.""",
"Is it better to go for long routes or focus on tickets?",
"""Both matter, but long routes are the most efficient use of trains: a 6-train route gives 15 points (2.5 points per train), while a 3-train route gives 4 (about 1.3 per train). Tickets are where games are won or lost, though: one failed 20-point ticket swings your score by 20. A good approach is to pick tickets that overlap, then build them using long routes wherever the map allows.""",
"How does the game end?",
"""When a player has **2 or fewer trains** left at the end of their turn, every player, including that one, gets **one final turn**. Then the game ends and you score tickets and the longest-path bonus.""",
"My friend says the winning strategy is to rush 6-length routes. If I claim four of them, how many points is that and how many trains does it use?",
"""Let's do the numbers. Four 6-train routes use **24 of your 45 trains**, a bit more than half your supply. As I mentioned, each 6-train route is worth 18 points, so four of them give you **72 points** from routes alone, before tickets.

That's a strong base, but there are catches:

- **There are only a handful of 6-length routes on the USA map**, mostly in the west and along the northern edge (Seattle–Helena is one), and your opponents can see them too. Once someone blocks one, the plan falls apart.
- **Collecting six cards of one colour takes time.** While you're hoarding, opponents claim short routes you may need. Grey routes help, since any single colour works.
- **They often don't connect to your tickets.** A long route that goes nowhere useful leaves you with unfinished tickets, and each unfinished ticket is subtracted.
- **Ending the game fast** is the real strength of a rush: burning through trains quickly can leave opponents with incomplete tickets.

A practical version: keep tickets that run along the long routes (e.g. west-coast or northern tickets), grab the 5- and 6-length routes on those paths, and fill gaps with short routes. That way the rush also completes your tickets and may win the longest-path bonus."""
)))

# 010 misaligned en - replies 2 and 3 swapped
add(D(10, "misaligned", "en",
"Misaligned: the replies to turns 2 and 3 are swapped — turn 2 (date of the end) gets the answer about the Eastern Empire, turn 3 (what happened to the East) gets the 476 answer.",
conv(
"Why did the Western Roman Empire fall? I've heard so many different explanations.",
"""Historians mostly agree it wasn't one cause but several that reinforced each other over the 3rd to 5th centuries:

1. **Military pressure.** Germanic groups (Goths, Vandals, Franks) and the Huns pushed on the frontiers. After the defeat at Adrianople in 378 the empire increasingly relied on settling these groups inside its borders as allies (foederati) with their own leaders.
2. **Political instability.** In the 3rd-century crisis there were over 20 emperors in about 50 years. Civil wars pulled troops away from the borders again and again.
3. **Economic strain.** Heavy taxes, debased coinage and inflation, and the loss of rich provinces. The Vandal capture of Carthage in 439 cut off North Africa's grain and tax revenue, a blow the West never recovered from.
4. **The East–West split.** After 395 the empire was permanently divided. The East was richer, more urban and easier to defend (Constantinople's walls); the West had longer frontiers and fewer resources.
5. **Loss of control over the army.** By the 5th century real power lay with generals such as Stilicho, Aetius and Ricimer, often of Germanic origin, who made and unmade emperors.

Older theories, like Gibbon's blame on Christianity or "moral decay", are now seen as too simple. Some historians (e.g. Peter Heather) stress external invasions; others (e.g. Bryan Ward-Perkins) stress the real collapse in living standards; a "transformation" school argues it was more of a gradual change than a fall.""",
"When is the usual date given for the end, and why that date?",
"""The Eastern half carried on for nearly another thousand years. We now call it the **Byzantine Empire**, but its people called themselves Romans to the end. Under Justinian in the 6th century it even reconquered Italy, North Africa and part of Spain, though much of that was lost again. It was gradually worn down by the Arab conquests, the Seljuk Turks, and especially the Fourth Crusade, which sacked Constantinople in 1204. It finally ended when the Ottomans under Mehmed II took Constantinople on **29 May 1453**.""",
"What happened to the Eastern half?",
"""The conventional date is **476 CE**, when the Germanic general **Odoacer** deposed the teenage emperor **Romulus Augustulus** and sent the imperial regalia to Constantinople, declaring there was no need for a separate Western emperor. It's a symbolic date: Odoacer ruled Italy much as before, the Senate kept meeting, and many people at the time didn't see it as a dramatic break. Some historians prefer 480, when Julius Nepos, the last Western emperor recognised by the East, died.""",
"Did the fall actually change daily life much for ordinary people?",
"""It depended a lot on where you lived. In **Italy** under Odoacer and then Theodoric, life went on much as before for a generation or two: Roman law, the Senate and the cities continued. The bigger damage came later with the long Gothic Wars (535–554) and the Lombard invasion.

In **Britain**, by contrast, the change was drastic: after Roman troops left around 410, towns emptied, coin use stopped, and pottery became crude and handmade within a few decades. Archaeology shows a real drop in living standards: smaller cattle, fewer roof tiles, less long-distance trade.

**Gaul and Spain** sat in between: the new Frankish and Visigothic kings kept many Roman officials, the Church took over many civic roles, and Latin evolved into French and Spanish. For a farmer, the main changes were who collected the taxes and how safe the roads were."""
)))
