import json
from collections import Counter

OUT = "/work/heldout4/part-a.jsonl"
rows = []

def d(i, label, lang, note, turns, roles=None):
    if roles is None:
        roles = ["human" if k % 2 == 0 else "gpt" for k in range(len(turns))]
    conv = [{"from": r, "value": t} for r, t in zip(roles, turns)]
    rows.append({"id": f"h4a-{i:03d}", "label": label, "language": lang, "note": note, "conversations": conv})

# 001 good en - sourdough
d(1, "good", "en", "Sourdough troubleshooting; detailed first answer, short correct follow-ups on starter peak, cold kitchen, whole wheat swap.", [
"My sourdough loaves keep coming out dense and flat. Recipe: 500 g bread flour, 350 g water, 100 g starter, 10 g salt. I bulk ferment for 4 hours at about 20°C, shape, then bake straight away. What am I doing wrong?",
"""Your formula is fine (70% hydration, 20% starter, 2% salt) — the problem is almost certainly timing and temperature.

**1. Bulk is too short.** At 20°C with 20% starter, bulk fermentation usually needs 6–8 hours, not 4. Judge the dough, not the clock: you want a 50–75% rise in volume, a domed surface, bubbles along the sides of the container and a jiggly, airy feel. Using a straight-sided container with a rubber band at the starting level makes this easy to see.

**2. Starter strength.** Use the starter at its peak, a few hours after feeding. A sluggish starter will give a dense loaf no matter how long you wait.

**3. No final proof.** Baking right after shaping skips the proof that gives oven spring. Either proof 1–2 hours at room temperature or, better, cold-retard the shaped loaf in the fridge (around 4°C) for 12–16 hours. Cold dough is also much easier to score.

**A workable schedule:**
1. Evening: feed starter 1:1:1.
2. Morning: mix flour and 330 g water, rest 45 minutes (autolyse).
3. Add starter, salt and the last 20 g water.
4. Do 4 sets of stretch-and-folds, 30 minutes apart.
5. Leave until it has risen 50–75%.
6. Pre-shape, rest 20 minutes, shape tightly, put in a floured banneton.
7. Refrigerate overnight.
8. Bake in a preheated Dutch oven at 250°C, lid on, 20 minutes; lid off at 230°C for another 20–25 minutes until deep brown (internal temperature around 96°C).

Let it cool at least an hour before cutting — the crumb is still setting.""",
"How do I know when my starter is at its peak?",
"It should have roughly doubled, the top will be domed or just beginning to flatten, and it will be full of bubbles with a pleasant tangy, yeasty smell. Put a rubber band around the jar right after feeding so you can see the rise clearly.",
"And in winter my kitchen drops to about 17°C. What changes?",
"Everything slows down, so expect bulk to take 9–12 hours. To keep it closer to normal, mix with warm water (about 30°C) so the dough starts around 24–25°C, and ferment it in the oven with just the light on — but keep judging by the rise, not the hours.",
"Last one: can I swap 100 g of the bread flour for whole wheat?",
"Yes. Whole wheat absorbs more water, so add 10–15 g extra water, and it ferments a little faster, so check the dough earlier. Expect a slightly tighter, nuttier crumb.",
])

# 002 off_topic en - Lisbon -> laptop wifi -> keyboards
d(2, "off_topic", "en", "Lisbon trip planning drifts over the last two exchanges (turns 3-4) to laptop Wi-Fi problems and mechanical keyboards; trip goal abandoned.", [
"I'm going to Lisbon for four days in mid-May with my partner. We like food, viewpoints and walking, not big museums. How would you split the days?",
"""Mid-May is a great time — around 22°C, long evenings, before the June festival crowds. Here's a walking-heavy plan:

**Day 1 – Baixa, Chiado, Alfama**
Start at Praça do Comércio, walk up through Baixa to Chiado for a pastel de nata at Manteigaria. In the afternoon climb into Alfama, stop at Miradouro de Santa Luzia and Miradouro da Graça for sunset. Dinner with fado in Alfama (book ahead).

**Day 2 – Belém and LX Factory**
Take tram 15 or the train from Cais do Sodré to Belém. See the Jerónimos Monastery from outside, walk to the Belém Tower along the river, and get the original pastéis de Belém. Late afternoon at LX Factory for shops and dinner.

**Day 3 – Sintra day trip**
Pena Palace and Quinta da Regaleira; start early and book Pena tickets online.

**Day 4 – Príncipe Real and Time Out Market**
Browse Príncipe Real's shops and gardens, walk down to Miradouro de São Pedro de Alcântara, then Time Out Market for lunch. Evening drinks in Bairro Alto.

Wear shoes with grip — the limestone pavements are slippery and the hills are steep.""",
"How do we get to Sintra, and is it worth it for just one day?",
"Definitely worth it. Trains leave Rossio station roughly every 20–30 minutes and take about 40 minutes; a single ticket costs a little over €2 with a Viva Viagem card. From Sintra station, walk to Quinta da Regaleira (about 15 minutes) and take the 434 bus up to Pena. Go early — by 11:00 the queues at Pena get long.",
"Speaking of trains, my laptop keeps dropping the Wi-Fi connection whenever I use it on the train at home. It's Windows 11. How do I fix that?",
"""Frequent drops on public Wi-Fi in Windows 11 usually come from power management or roaming settings. Try these in order:

1. **Disable power saving for the adapter:** Device Manager → Network adapters → your Wi-Fi card → Properties → Power Management → untick "Allow the computer to turn off this device to save power".
2. **Set roaming aggressiveness:** on the Advanced tab of the same dialog, set "Roaming Aggressiveness" to Lowest so the card doesn't keep jumping between access points.
3. **Update the driver** from the laptop maker's site rather than through Windows Update.
4. **Forget and re-add the network** under Settings → Network & internet → Wi-Fi → Manage known networks.
5. If nothing helps, run `netsh winsock reset` and `netsh int ip reset` in an admin terminal and reboot.""",
"Thanks. While I'm at it, what's a good mechanical keyboard for programming? Budget around $120.",
"""At around $120 you have some excellent options:

- **Keychron K8 Pro** (~$110): tenkeyless, hot-swappable switches, QMK/VIA support for remapping, Bluetooth plus wired.
- **Keychron V1** (~$85–95): 75% layout, fully programmable, wired only, very solid for the price.
- **Leopold FC750R** (~$120): no software, but exceptional build quality and PBT keycaps.
- **Akko 5075B Plus** (~$100): gasket mount, quiet and soft typing feel.

For programming, a tenkeyless or 75% layout keeps the arrow keys and function row while saving desk space. Tactile switches (e.g. Gateron Brown or Boba U4T) are a popular middle ground if you're unsure.""",
])

# 003 good zh - fitness
d(3, "good", "zh", "新手增肌训练计划：详细计划，后续简短回答蛋白质与膝盖问题，内容准确一致。", [
"我28岁，男，身高175，体重65公斤，想增肌。每周只能去健身房三次，每次一小时左右，应该怎么安排？",
"""以你的条件，最适合的是**每周三次的全身训练**，每次练到主要肌群，频率足够，恢复也来得及。

**训练安排（周一、三、五，或任意不连续的三天）**

A日：
1. 杠铃深蹲 3组×6–8次
2. 卧推 3组×6–8次
3. 杠铃划船 3组×8–10次
4. 哑铃推举 2组×10–12次
5. 平板支撑 3组×30–45秒

B日：
1. 罗马尼亚硬拉 3组×8次
2. 上斜哑铃卧推 3组×8–10次
3. 高位下拉或引体向上 3组×8–10次
4. 腿举 2组×10–12次
5. 哑铃弯举+绳索下压 各2组×12次

A、B交替进行，第一周A-B-A，第二周B-A-B。

**关键原则**
- **渐进超负荷**：每次能完成规定次数上限时，下次加2.5公斤（上肢）或5公斤（下肢）。
- **组间休息**：大重量复合动作休息2–3分钟，辅助动作60–90秒。
- **热身**：每次先做5分钟有氧，再用空杆做两组热身。

**饮食方面**，你体重偏轻，需要热量盈余：在维持热量基础上每天多吃300–500千卡，目标每月增重0.5–1公斤。睡眠保证7–8小时，这对增肌和你的训练同样重要。""",
"蛋白质每天要吃多少？",
"一般建议每公斤体重1.6–2.2克，你65公斤，每天大约105–140克就够了。分到三到四餐里，比如每餐一份鸡胸、鱼、鸡蛋或豆制品，再加一杯牛奶，基本就能达到。",
"我深蹲的时候左膝有点不舒服，不是很疼，这个要紧吗？",
"""轻微不适先别硬扛，可以这样处理：

1. **检查动作**：膝盖方向要和脚尖一致，不要内扣；下蹲时重心放在全脚掌，而不是前脚掌。
2. **降低重量**，先用能完全控制的重量练，深度蹲到你没有不适感的位置即可。
3. **暂时替换动作**：可以用高脚杯深蹲或箱式深蹲代替，对膝盖更友好。
4. **加强热身**：做几组臀桥和弹力带侧走，激活臀部肌肉，常常能改善膝盖内扣。

如果出现肿胀、刺痛、膝盖发软或者不适持续超过一两周，建议去看运动医学科或骨科。""",
])

# 004 leakage en - car repair, scaffold label (subtle)
d(4, "leakage", "en", "Subtle leakage: assistant turn 2 opens with a generation-scaffold label 'Phase 2 - narrow down the cause (keep it practical, mention rough costs):'.", [
"My 2014 Honda Civic's check engine light came on and the code reader says P0171. What does that mean?",
"""P0171 means "System Too Lean, Bank 1": the engine computer is seeing more oxygen in the exhaust than it expects, so it has been adding fuel to compensate and has hit its correction limit. On a 4-cylinder Civic there is only one bank, so this applies to the whole engine.

It is not an emergency — you can keep driving short-term — but a lean condition can cause rough idle, hesitation, and over time higher combustion temperatures. It's worth fixing within a few weeks.

The usual culprits, roughly in order of likelihood:
1. **Vacuum leak** – a cracked intake hose, PCV hose or intake gasket letting in unmetered air.
2. **Dirty or faulty MAF sensor** – it under-reports airflow, so the ECU adds too little fuel.
3. **Weak fuel delivery** – clogged filter, tired fuel pump, or dirty injectors.
4. **Exhaust leak before the upstream air-fuel sensor**, which lets in outside air and skews the reading.""",
"How can I figure out which one it is without paying a shop?",
"""Phase 2 — narrow down the cause (keep it practical, mention rough costs):

Start with the cheap, easy checks:

1. **Listen for a vacuum leak.** With the engine idling, listen around the intake manifold and hoses for a hiss. Spray a little carb cleaner or soapy water on suspected spots; if the idle changes or bubbles get sucked in, you've found it. A replacement PCV hose is usually $10–30.
2. **Clean the MAF sensor.** Unplug it, remove the two screws, and spray the wire element with MAF-specific cleaner (about $10). Never touch the element. Let it dry fully before refitting.
3. **Look at fuel trims.** If your reader shows live data, check long-term fuel trim (LTFT). If it's high (+15% or more) at idle but improves at 2,500 rpm, that points to a vacuum leak. If it's high across all speeds, suspect the MAF or fuel delivery.
4. **Check the air intake boot** between the air filter box and throttle body for cracks — a very common failure on older Civics.

Clear the code after each fix and drive a few days to see if it returns.""",
"The trim is +18% at idle and about +5% at 2,500 rpm. What does that tell me?",
"That pattern strongly suggests a vacuum leak: at idle the unmetered air is a large share of total airflow, while at higher rpm it gets diluted. Focus on the intake side first — the PCV hose, the intake boot and the brake booster hose are the most common spots on that generation of Civic.",
])

# 005 placeholder en - lost baggage, {days} slot deep in reply
d(5, "placeholder", "en", "Placeholder: assistant turn 2 says the written complaint must be filed 'within {days} days' of delivery; unfilled slot inside a long, otherwise correct reply.", [
"My checked bag never arrived after a flight from Frankfurt to Chicago three days ago. The airline gave me a file reference at the airport. What should I do now?",
"""Since you already have a Property Irregularity Report (the file reference), you've done the most important first step. Next:

1. **Track the file** online using the reference and your surname; most airlines use the WorldTracer system, which shows whether the bag has been located.
2. **Keep every receipt** for essentials you buy while waiting — toiletries, a change of clothes, phone charger. Airlines generally reimburse reasonable interim expenses.
3. **Ask about an interim allowance.** Some carriers pay a fixed daily amount for the first few days; ask the baggage service office or call centre directly.
4. **Write down the contents** of the bag now, with approximate values, while you still remember them. You'll need this if the bag is declared lost.

Most delayed bags turn up within 2–5 days. If it hasn't been found after 21 days, it is normally treated as lost and you can claim for the contents.""",
"How much can I actually claim, and are there deadlines?",
"""On an international flight like Frankfurt–Chicago, the Montreal Convention applies. Key points:

- **Liability limit:** the airline's liability for delayed, damaged or lost baggage is capped at 1,288 Special Drawing Rights per passenger — roughly $1,700, depending on the exchange rate. You can only recover what you can document, and older items are depreciated.
- **Delayed baggage:** the written complaint must be filed within {days} days of the bag being delivered to you. Don't rely on the airport report alone; send a written claim by email or the airline's web form and keep a copy.
- **Damaged baggage:** you have 7 days from receipt to complain in writing.
- **Lost baggage:** once the airline confirms the bag is lost (or after 21 days), file a claim for the contents with a list, values and any receipts you have.

If you paid for the flight with a credit card, check whether it includes baggage delay insurance — many premium cards cover essentials after a delay of 6 or 12 hours, and you can claim from both the card and the airline as long as you don't get paid twice for the same item.""",
"The airline is ignoring my emails. What can I do?",
"Escalate in writing: send a final letter by a trackable method giving them 14 days to respond, then file a complaint with the U.S. Department of Transportation's Aviation Consumer Protection office, since the flight landed in the U.S. If the amount is within the limit, small claims court is another realistic option, and airlines often settle once a claim is filed.",
])

# 006 good en - emotional support, pet loss
d(6, "good", "en", "Emotional support after a dog's death; warm, short, specific replies that follow the user.", [
"My dog died this morning. She was 14. I knew it was coming but I can't stop crying and I feel stupid for being this wrecked over a dog.",
"I'm so sorry. Fourteen years is most of a lifetime together — she was part of your daily routine, your home, probably your mornings and evenings. Grief this strong isn't stupid; it's a measure of how much she meant to you. You don't have to be okay today.",
"The worst part is I was the one who decided to put her down. I keep thinking maybe she had a few more good weeks.",
"That's one of the hardest decisions anyone makes, and almost everyone who makes it has that same doubt afterwards. Vets often say it's kinder a week too early than a day too late. You chose to spare her pain she couldn't understand — that was an act of love, even if it doesn't feel like it right now.",
"My partner's at work and the house is so quiet. I don't know what to do with myself.",
"The silence after a dog is gone is brutal. It might help to not sit alone in it: call or text your partner or a friend, even just to say it's a hard day. Getting out for a short walk — maybe even her usual route, if you can face it — can help too. And it's fine to leave her bowl and bed where they are for now; there's no rush.",
"Thank you. I think I'll call my sister.",
"That sounds like a good idea. Take care of yourself today, and be gentle with yourself in the days ahead — she was lucky to have you for fourteen years.",
])

# 007 structure en - two human turns in a row
d(7, "structure", "en", "Structure: two consecutive human turns (turns 3 and 4) before the last assistant reply.", [
"In Excel, how do I pull a price from my 'Products' sheet into my 'Orders' sheet based on the product code? Codes are in column A and prices in column C on the Products sheet.",
"""Use XLOOKUP if you have Excel 365 or 2021; otherwise VLOOKUP works.

**XLOOKUP** (in the Orders sheet, assuming the code is in A2):
```
=XLOOKUP(A2, Products!A:A, Products!C:C, "Not found")
```
It looks up A2 in column A of Products and returns the value from column C. The fourth argument is what to show if the code doesn't exist.

**VLOOKUP** equivalent:
```
=VLOOKUP(A2, Products!A:C, 3, FALSE)
```
The `3` means "third column of the range" (column C), and `FALSE` forces an exact match — always use it for codes, otherwise Excel may return a price for the wrong product.

Drag the formula down to fill the rest of the orders. If codes sometimes have trailing spaces, wrap the lookup value in `TRIM(A2)`.""",
"Great, that worked. What if the product code is in column D on the Products sheet and the price is in column B, so the price is to the left?",
"Oh, and can it return all matches if a code appears more than once?",
"""**Price to the left of the code:** VLOOKUP can't look left, but XLOOKUP can, because the lookup and return ranges are separate:
```
=XLOOKUP(A2, Products!D:D, Products!B:B, "Not found")
```
Without XLOOKUP, use INDEX/MATCH:
```
=INDEX(Products!B:B, MATCH(A2, Products!D:D, 0))
```

**All matches:** in Excel 365, FILTER returns every matching row and spills the results down:
```
=FILTER(Products!B:B, Products!D:D=A2, "None")
```
If you want them in one cell, wrap it: `=TEXTJOIN(", ", TRUE, FILTER(Products!B:B, Products!D:D=A2))`.""",
], roles=["human", "gpt", "human", "human", "gpt"])

# 008 repetition en - assistant repeats turn-1 tips reworded in final turn (subtle)
d(8, "repetition", "en", "Subtle repetition: final assistant reply (turn 4) restates the barre-chord tips from turn 1 in other words, adding nothing new.", [
"I've been playing guitar for four months and I still can't get a clean F barre chord. The B and high E strings always buzz. Any tips?",
"""Almost everyone hits this wall around the three-to-six-month mark. The fixes are mostly technique, not strength:

1. **Roll your index finger slightly onto its side** (the edge toward the headstock). The bony side is harder and presses the strings more evenly than the soft, creased underside.
2. **Move the barre close to the fret wire**, just behind the first fret, not in the middle of the space. Less pressure is needed there.
3. **Use your arm, not just your thumb.** Let the weight of your arm pull back slightly, as if you're gently pulling the guitar toward you. Squeezing harder with the thumb mostly just tires your hand.
4. **Thumb placement:** keep it roughly behind the middle finger, around the middle of the neck, not hooked over the top.
5. **Check the creases.** If the B or high E falls into a crease of your index finger, shift the finger up or down a few millimetres until those strings land on a firmer spot.

Also check the guitar: high action at the nut makes barre chords much harder, and a setup at a shop (often $50–70) can make a surprising difference.""",
"How should I practise it? I usually just try the chord a few times and give up.",
"""Short, frequent, focused sessions work better than long frustrating ones:

- **Warm-up (2 min):** play an F barre, pick each string one at a time, and adjust until each one rings. Don't strum yet.
- **Partial barre (3 min):** practise the "mini F" (index finger on the 1st fret of the B and high E only) to build the feel before the full barre.
- **Squeeze-and-release (2 min):** form the chord, hold 5 seconds, relax completely, repeat. This builds endurance without strain.
- **Chord changes (3 min):** switch between C and F, then Am and F, slowly, with a metronome at 60 bpm, one change per bar.

Ten minutes a day, every day, beats an hour once a week. Stop if your hand or wrist starts to hurt rather than just tire.""",
"How long until it usually sounds clean?",
"For most people, two to six weeks of daily practice. It tends to come suddenly: one day the chord rings, then it's shaky again for a while, then it becomes reliable. Changing to it quickly in songs takes a bit longer than just fingering it cleanly.",
"Okay, great. Anything else I should know?",
"""A few things to keep in mind:

- **Turn your index finger a little onto its edge**, the side facing the headstock, because that harder surface presses all six strings more evenly than the fleshy part.
- **Keep the barre right up against the fret**, not in the middle of the fret space, so you need less force.
- **Let your arm do some of the work** by pulling back slightly, instead of clamping with your thumb.
- **Put your thumb behind the neck**, around the middle, under your middle finger.
- **Watch out for finger creases** under the B and high E strings and nudge the finger until they sit on a firm spot.

And if the strings feel very high near the nut, a professional setup can help a lot.""",
])

# 009 non_answer it - basil
d(9, "non_answer", "it", "Non-answer: assistant turn 2 only restates the question about yellowing basil leaves and says it is important, with no information.", [
"Ho appena comprato una piantina di basilico al supermercato e l'ho messa sul balcone. Come faccio a non farla morire in due settimane come le altre?",
"""Il basilico del supermercato muore spesso per un motivo preciso: nel vasetto ci sono 20–40 piantine ammassate che competono per acqua e luce. Ecco cosa fare:

1. **Dividi il cespo.** Estrai il pane di terra e separalo delicatamente in 3–4 gruppetti, poi trapiantali in vasi più grandi (almeno 15–20 cm di diametro) con terriccio universale fresco.
2. **Luce:** almeno 6 ore di sole al giorno, ma nelle ore più calde d'estate un po' di ombra evita che le foglie si brucino.
3. **Acqua:** annaffia quando i primi 2 cm di terra sono asciutti, meglio al mattino e alla base, senza bagnare le foglie. Il sottovaso non deve restare pieno d'acqua.
4. **Cima regolarmente.** Taglia sopra una coppia di foglie quando la pianta ha 3–4 piani: così si ramifica e diventa più folta.
5. **Togli i fiori** appena compaiono, altrimenti la pianta smette di produrre foglie e le foglie diventano più amare.

Con questi accorgimenti può durare tutta l'estate, fino a quando le temperature notturne scendono sotto i 10–12 °C.""",
"Ho fatto come dici, ma adesso alcune foglie in basso stanno diventando gialle. Perché?",
"Ottima domanda! Vuoi sapere perché le foglie in basso del tuo basilico stanno diventando gialle. È una cosa che capita a molte persone che coltivano il basilico sul balcone, ed è importante capirne il motivo per poter intervenire nel modo giusto e mantenere la pianta sana.",
"Va bene. E posso congelare le foglie quando ne ho troppe?",
"Sì, ma le foglie intere congelate diventano nere e molli. Il metodo migliore è tritarle con un filo d'olio extravergine e congelare il composto nelle vaschette per il ghiaccio: ogni cubetto è pronto per un sugo o un minestrone. In alternativa prepara un pesto senza formaggio e aggiungi il parmigiano al momento di usarlo.",
])

# 010 misaligned id - rendang, replies 2 and 3 swapped
d(10, "misaligned", "id", "Misaligned: assistant replies to turns 2 and 3 are swapped (pressure-cooker answer under the cooking-time question and vice versa).", [
"Saya mau masak rendang daging untuk Lebaran, kira-kira 1 kg daging. Bahan-bahannya apa saja?",
"""Untuk 1 kg daging sapi (paling cocok bagian sengkel atau paha), siapkan:

**Bahan utama**
- 1 kg daging sapi, potong besar sekitar 4–5 cm
- 1,5 liter santan dari 3 butir kelapa (atau 2 liter santan encer + 400 ml santan kental)

**Bumbu halus**
- 15 butir bawang merah
- 8 siung bawang putih
- 10–15 cabai merah keriting (sesuaikan selera)
- 4 cm jahe
- 4 cm lengkuas
- 3 cm kunyit
- 2 sdm ketumbar sangrai

**Bumbu utuh**
- 2 batang serai, memarkan
- 4 lembar daun jeruk
- 2 lembar daun kunyit, ikat simpul
- 2 lembar daun salam
- 1 buah asam kandis

**Lainnya**
- 100 g kelapa parut, sangrai hingga cokelat lalu tumbuk halus (kerisik)
- Garam dan sedikit gula merah secukupnya

Kerisik inilah yang membuat rendang berwarna gelap dan rasanya gurih dalam, jadi jangan dilewatkan.""",
"Berapa lama waktu memasaknya sampai jadi rendang yang kering dan hitam?",
"Bisa. Dengan panci presto, rebus daging bersama santan dan bumbu sekitar 30–40 menit setelah panci berdesis agar daging empuk. Setelah itu pindahkan ke wajan dan masak terbuka sambil terus diaduk sampai santan menyusut dan berminyak. Hasilnya tetap enak, tapi aroma karamelisasinya sedikit kurang dibanding cara tradisional, jadi tahap di wajan jangan dipersingkat.",
"Kalau pakai panci presto boleh tidak, supaya lebih cepat?",
"""Dengan cara tradisional, siapkan waktu sekitar 4–5 jam untuk 1 kg daging:

1. **Jam pertama:** santan dan bumbu dimasak dengan api sedang sambil diaduk agar santan tidak pecah, lalu daging dimasukkan.
2. **Jam ke-2 sampai ke-3:** santan mulai menyusut dan mengental. Pada tahap ini warnanya cokelat dan disebut *kalio*. Kalau suka yang berkuah, bisa berhenti di sini.
3. **Jam ke-4 sampai ke-5:** kecilkan api, masukkan kerisik, dan aduk terus supaya tidak gosong di dasar wajan. Minyak akan keluar dan daging akan berubah menjadi cokelat tua kehitaman.

Kuncinya api kecil dan kesabaran di tahap akhir; kalau apinya terlalu besar, bumbu akan gosong sebelum meresap ke daging.""",
"Rendangnya tahan berapa lama kalau disimpan?",
"Rendang yang benar-benar kering bisa tahan 3–4 hari di suhu ruang, sekitar 2 minggu di kulkas, dan 2–3 bulan di freezer. Simpan dalam wadah tertutup, dan panaskan hanya porsi yang akan dimakan supaya sisanya tidak berulang kali dipanaskan.",
])

# 011 bad_length en - ramble on quarterly deadlines
d(11, "bad_length", "en", "Bad length (ramble): assistant turn 2 wanders through IRS history and the 16th Amendment instead of listing the quarterly deadlines.", [
"I started selling handmade candles on Etsy this year (US). I'll probably make around $3,000 profit. Do I need to do anything special for taxes?",
"""Yes — at that level you're running a small business for tax purposes, and there are a few things to set up:

1. **You must file a return.** Self-employment income triggers a filing requirement once net earnings reach $400, even if your total income is otherwise low.
2. **Self-employment tax.** On top of income tax, you owe about 15.3% for Social Security and Medicare on 92.35% of your net profit. On $3,000 that's roughly $424.
3. **Schedule C and Schedule SE.** You report income and expenses on Schedule C and compute self-employment tax on Schedule SE, both attached to your Form 1040.
4. **Deduct your costs.** Wax, wicks, jars, fragrance oils, packaging, Etsy fees, shipping labels, and a share of your internet can all reduce your profit. Keep receipts or a simple spreadsheet.
5. **Form 1099-K.** Etsy may send you one depending on your sales volume and the current reporting threshold, but you must report the income whether or not you receive it.
6. **State sales tax.** Etsy collects and remits sales tax for you in most states as a marketplace facilitator, but check whether your state also requires you to register.""",
"Do I need to pay quarterly estimated taxes? When are they due?",
"""That's a question with a long backstory. The federal income tax as we know it dates to the 16th Amendment, ratified in 1913, which gave Congress the power to tax income without apportioning it among the states. Before that, there had been a temporary income tax during the Civil War, introduced in 1861 to fund the Union army and repealed in 1872. The Bureau of Internal Revenue, which later became the IRS in the 1950s, expanded massively during World War II, when withholding from paychecks was introduced in 1943 so the government could collect revenue steadily throughout the year rather than in one lump sum. That idea of collecting tax as income is earned is really the philosophy behind the whole system, and it reflects a broader shift in how governments financed themselves in the twentieth century. Self-employed people, of course, have no employer to do the withholding, which is where the concept of paying as you go comes into the picture for people like artists, freelancers and craft sellers, a group that has grown enormously with the rise of online marketplaces like Etsy, which itself was founded in Brooklyn in 2005 as a home for handmade goods.""",
"Okay. What records should I keep, and for how long?",
"Keep receipts or invoices for every supply purchase, your Etsy sales and fee reports, shipping costs, and bank or PayPal statements showing the money coming in. The IRS generally can audit up to 3 years after you file, so keep records at least that long; many people keep them for 7 years to be safe, and keep records for equipment as long as you own it plus 3 years.",
])

# 012 contradiction zh - rental notice period 30 -> 15 days
d(12, "contradiction", "zh", "矛盾：第一轮说合同约定提前30天书面通知，第三轮却说“按之前说的提前15天通知即可”。", [
"我在上海租房，合同签了一年，月租4500元，押一付三。现在住了7个月，想提前退租，合同里写着“乙方提前退租须提前30天书面通知甲方，押金不予退还”。我该怎么办？",
"""先别急，按合同条款来看，你的情况可以这样处理：

1. **按约定通知**：合同写明须提前30天书面通知，所以最好尽快发书面通知（微信文字加签字的纸质通知都保留），注明预计搬离日期，这样至少满足了通知义务。
2. **押金问题**：合同约定提前退租押金不退，这属于违约金性质。一般来说，如果这笔违约金明显高于房东的实际损失，可以协商减少；但4500元相当于一个月租金，通常不会被认定为过高，所以现实预期是押金可能拿不回来。
3. **争取转租**：最有效的办法是帮房东找到下一个租客。如果新租客能无缝接上，房东没有空置损失，你就有充分理由要求退还全部或部分押金。这一点可以提前和房东商量好并写下来。
4. **已付租金**：你是押一付三，注意算清楚最后一期已付租金覆盖到哪一天，超出搬离日期的部分应该退还给你。
5. **交接**：搬走时和房东一起验房，拍照录像，结清水电燃气，签一份交接确认单。""",
"如果房东不同意我找人转租怎么办？",
"房东有权不同意转租，但你可以说明是由房东自己和新租客签合同，而不是你转租，这样房东风险更小，多数房东会接受。如果房东坚持不接受，那就按合同履行通知义务后搬离，押金按约定处理；之后如有争议，可以向街道的人民调解委员会申请调解，费用为零。",
"好的，那我这周就通知他。通知里要写什么？",
"""通知写清楚以下几点即可：

- 双方姓名、房屋地址、合同签订日期；
- 你决定提前解除合同，按照我们之前说的，合同只要求提前15天通知，所以写明具体的搬离日期在15天之后就可以；
- 希望协商押金处理方式，并表示愿意配合带看、介绍新租客；
- 已付租金的结算方式和交接验房的时间；
- 你的签名和日期。

通过微信发送后再打印一份签字交给房东或拍照留存，作为已经书面通知的证据。""",
])

# 013 good en - code, pandas dedupe
d(13, "good", "en", "Programming help: pandas dedupe keeping the latest row, case-insensitive emails, date parsing; code plus short follow-up answers.", [
"I have a CSV of newsletter signups with columns email, name, signup_date. Some people signed up several times. In Python, how do I keep only the most recent row per email?",
"""With pandas this is a sort followed by `drop_duplicates`:

```python
import pandas as pd

df = pd.read_csv("signups.csv", parse_dates=["signup_date"])

latest = (
    df.sort_values("signup_date")
      .drop_duplicates(subset="email", keep="last")
      .sort_values("email")
)

latest.to_csv("signups_deduped.csv", index=False)
print(f"{len(df)} rows -> {len(latest)} unique emails")
```

How it works:
1. `parse_dates` turns `signup_date` into real datetimes, so sorting is chronological rather than alphabetical.
2. Sorting by date puts each person's most recent signup last.
3. `drop_duplicates(subset="email", keep="last")` keeps only that last row per email.
4. The final sort is optional, just to make the output easier to read.

If two rows for the same email have exactly the same timestamp, the one appearing later in the file wins, because pandas' default sort is stable only with `kind="stable"` — add `kind="stable"` to the first `sort_values` call if that matters to you.""",
"Some emails differ only in capitalization, like Anna@Mail.com and anna@mail.com. Those should count as the same person.",
"""Normalise the email before deduplicating. Stripping whitespace is worth doing at the same time:

```python
df["email"] = df["email"].str.strip().str.lower()

latest = (
    df.sort_values("signup_date", kind="stable")
      .drop_duplicates(subset="email", keep="last")
)
```

If you want to keep the original spelling in the output, deduplicate on a helper column instead:

```python
df["email_key"] = df["email"].str.strip().str.lower()
latest = (
    df.sort_values("signup_date", kind="stable")
      .drop_duplicates(subset="email_key", keep="last")
      .drop(columns="email_key")
)
```""",
"The dates are in the format 03/04/2024 and it's day first. Does parse_dates handle that?",
"Not reliably — by default pandas assumes month first for that format. Parse it explicitly instead: `df['signup_date'] = pd.to_datetime(df['signup_date'], format='%d/%m/%Y')`, which also raises an error on any row that doesn't match, so bad dates don't slip through silently.",
])

# 014 good it - risotto alla milanese
d(14, "good", "it", "Ricetta del risotto alla milanese: risposta dettagliata, poi risposte brevi e corrette su zafferano in pistilli e riso avanzato.", [
"Stasera vorrei fare il risotto alla milanese per quattro persone. Mi dai una ricetta precisa?",
"""Ecco una versione classica per 4 persone:

**Ingredienti**
- 320 g di riso Carnaroli (o Vialone Nano)
- 1,2–1,5 litri di brodo di carne caldo
- 1 cipolla piccola (o mezza media), tritata finissima
- 80 g di burro (40 per il soffritto, 40 per la mantecatura)
- 30 g di midollo di bue (facoltativo ma tradizionale)
- 1 bustina di zafferano in polvere (0,15 g) o una presa di pistilli
- 1/2 bicchiere di vino bianco secco
- 70 g di Parmigiano Reggiano grattugiato
- Sale

**Procedimento**
1. Tieni il brodo sempre caldo su un fornello a fianco.
2. In una casseruola larga fai sciogliere 40 g di burro con il midollo, aggiungi la cipolla e falla appassire a fuoco basso per 5–6 minuti, senza farla colorire.
3. Aggiungi il riso e tostalo 2–3 minuti, mescolando, finché i chicchi diventano traslucidi.
4. Sfuma con il vino e lascia evaporare.
5. Aggiungi il brodo un mestolo alla volta, mescolando spesso e aspettando che venga assorbito prima del successivo.
6. A metà cottura (circa 8–9 minuti) sciogli lo zafferano in un mestolo di brodo e aggiungilo.
7. Dopo 16–18 minuti in totale assaggia: il riso deve essere al dente e il risotto morbido, "all'onda".
8. Togli dal fuoco, aggiungi il burro freddo rimasto e il Parmigiano, manteca energicamente e lascia riposare coperto 1–2 minuti.

Servi subito, nel piatto piano.""",
"Ho i pistilli invece della polvere. Cambia qualcosa?",
"Sì, vanno messi in infusione prima: lasciali in un paio di cucchiai di brodo caldo o acqua tiepida per almeno 30 minuti, meglio un'ora, e aggiungi sia i pistilli sia il liquido verso fine cottura. Il colore sarà un po' meno uniforme, ma il profumo più intenso.",
"E se avanza, posso usarlo domani?",
"Certo: è la base perfetta per il risotto al salto. Domani schiaccia il riso freddo in uno strato di circa 1 cm in una padella antiaderente con un po' di burro e fallo dorare a fuoco medio da entrambi i lati, finché si forma una crosticina croccante.",
])

# 015 contradiction en - loan rate 6.9 -> 7.4 (subtle)
d(15, "contradiction", "en", "Subtle contradiction: final assistant reply refers to 'your 7.4% rate' though the user's rate was 6.9% throughout.", [
"I'm buying a used car and the dealer offered a loan of $18,000 at 6.9% APR for 60 months. What would my monthly payment be, and how much interest would I pay in total?",
"""Using the standard amortization formula:

- Monthly rate: 6.9% / 12 = 0.575%
- Number of payments: 60

**Monthly payment ≈ $355.57**

Over 60 months you'd pay about $21,334 in total, so **total interest ≈ $3,334**.

A few things to check before signing:
1. **Confirm the APR includes all fees.** Some dealers quote a rate but add documentation, processing or "loan origination" fees. The APR on the final contract should reflect those.
2. **Compare with a credit union.** Credit unions often offer used-car rates one to two percentage points lower. Getting pre-approved gives you a benchmark and leverage — the dealer may beat it.
3. **Watch for add-ons** rolled into the loan, such as extended warranties, GAP insurance or paint protection. These increase the amount financed and the interest you pay on it. GAP can be worthwhile if you put little down, but it's usually cheaper from your own insurer.
4. **Prepayment penalty.** Make sure there isn't one, so you can pay extra when you're able to.""",
"What if I take 48 months instead?",
"At the same 6.9%, a 48-month loan would be about **$430.20 a month**, roughly $75 more, but total interest drops to about **$2,649** — a saving of around $685 compared with 60 months. You'd also own the car outright a year earlier and be less likely to owe more than it's worth.",
"I could also put $3,000 down from my savings. Is that better than the shorter loan?",
"""You can do both, but it helps to see them separately.

Putting $3,000 down reduces the loan to $15,000. At 6.9%:
- **60 months:** about $296 a month, total interest around $2,780.
- **48 months:** about $358 a month, total interest around $2,208.

So the down payment cuts interest by roughly $550 on the 60-month loan, and combining the down payment with 48 months saves about $1,125 compared with your original offer.

Whether it's wise depends on your savings. Paying down a 6.9% loan is effectively a guaranteed 6.9% return, which beats a savings account. But don't drain your emergency fund for it — you want at least three months of expenses left, especially with a used car that may need repairs.""",
"If I go with $3,000 down and 48 months, should I also try to pay extra each month?",
"If your budget allows, yes: every extra dollar goes straight to principal, and at your 7.4% rate that's a solid risk-free return. Even $50 a month extra on the $15,000, 48-month loan would cut a few months off and save a couple of hundred dollars in interest. Just confirm with the lender that extra payments are applied to principal and that there is no prepayment penalty.",
])

# 016 bad_length en - "It depends." one-word evasive (last turn)
d(16, "bad_length", "en", "Bad length: final assistant reply to a detailed question about booking and paying for rifugi is just 'It depends.'", [
"I'm planning a two-day hike in the Dolomites in mid-September, sleeping one night in a rifugio. What should I pack?",
"""Mid-September in the Dolomites can range from warm sunshine to sleet above 2,500 m, so pack for both, but keep it light — you'll carry everything.

**Clothing (layers)**
- Moisture-wicking base layer (merino is ideal) and a spare top for the evening
- Warm midlayer: fleece or light down jacket
- Waterproof, breathable shell jacket; waterproof overtrousers are worth it
- Hiking trousers or shorts + light leggings
- Warm hat and thin gloves — mornings can be near 0°C
- Two pairs of hiking socks

**Footwear**
- Broken-in hiking boots with good grip; the scree and limestone can be slippery when wet

**For the rifugio**
- **Sleeping bag liner** (sleeping-bag sheet) — mandatory in most huts for hygiene
- Light hut shoes or flip-flops (many huts provide them, but not all)
- Small toiletry kit and quick-dry towel
- Earplugs — dormitories can be noisy
- Cash: some huts still don't take cards, and there are no ATMs on the trail

**On the trail**
- 1.5–2 litres of water capacity; huts sell water and drinks
- Snacks for the day; lunch can be bought at huts along many routes
- Map or offline app (e.g. maps downloaded for the area), phone power bank
- Sunscreen, sunglasses, small first-aid kit, blister plasters
- Headlamp

Aim for a 25–35 litre pack weighing 6–8 kg including water.""",
"Which area would you recommend for a first two-day hut trip?",
"The Tre Cime di Lavaredo area is a classic first choice: from Rifugio Auronzo the loop is well marked with modest elevation gain, and you can spend the night at Rifugio Locatelli facing the north faces of the Tre Cime. Alternatively, the Puez-Odle area above Val Gardena is quieter and equally beautiful.",
"Great. Do I need to book the rifugio in advance, and how does payment and half-board usually work?",
"It depends.",
])

# 017 misaligned en - baby sleep, rotation of replies 2-4 (subtle)
d(17, "misaligned", "en", "Misaligned (rotation): replies to turns 2, 3 and 4 are rotated — turn 2 gets the nap answer, turn 3 gets the night-waking answer, turn 4 gets the bedtime-routine answer.", [
"My son is 8 months old and sleep has become a mess. He used to sleep 6-7 hours straight, now he's up every 2 hours. Is this normal?",
"""Yes, this is very common. Around 8–10 months many babies go through a sleep regression, and there are usually several reasons at once:

- **Developmental leaps:** crawling, pulling to stand and babbling are big changes, and babies often "practise" them at night.
- **Separation awareness:** object permanence is kicking in, so he now knows you exist when you leave the room, and protests.
- **Teething:** first molars or more incisors may be coming through.
- **Nap transitions:** some babies are moving from three naps to two around now, and being overtired makes night sleep worse.

Most regressions last two to six weeks. What helps is keeping your routines consistent rather than introducing new sleep props you'll later want to undo. If he also has a fever, ear-pulling, breathing difficulties or isn't feeding well, check with your paediatrician, because illness can look like a regression.""",
"What kind of bedtime routine should I have?",
"""At 8 months most babies do best on **two naps**, totalling about 2–3 hours:

- **Wake windows:** around 2.5–3.5 hours. For example, wake at 7:00, nap 1 around 9:30–10:00, nap 2 around 14:00, bedtime around 19:00.
- **Last nap ending** no later than about 3.5 hours before bedtime, so he's tired enough at night.
- If he's fighting the third nap, drop it and move bedtime a little earlier for a couple of weeks.

Overtiredness is a common cause of frequent night waking, so protecting the two naps can help nights noticeably.""",
"How many naps should he have during the day?",
"""Wait a minute or two before going in — many babies stir, fuss and resettle on their own. If he keeps crying:

1. Go in, keep the lights low and your voice quiet and boring.
2. Try to settle him in the cot first: a hand on his tummy, shushing, a few pats.
3. If he's had a good dinner and feeds during the day, he likely doesn't need a feed every 2 hours; you can gradually space night feeds or offer water instead, but check with your paediatrician about how many night feeds he still needs.
4. Be consistent — responding the same way each time helps him learn what to expect.

If you decide to try a more structured approach like timed check-ins, start when he's healthy and you have a few calm nights ahead.""",
"What should I do when he wakes up in the middle of the night?",
"""A short, predictable routine of 20–30 minutes, in the same order every night, is ideal:

1. **Bath** (doesn't have to be every night — a wash and fresh nappy works too)
2. **Pyjamas and sleeping bag** in a dim room
3. **Feed**, ideally in the lit room before the book, so he doesn't associate falling asleep with feeding
4. **Book or song**, the same one or two each night
5. **Into the cot drowsy but awake**, with a consistent phrase like "goodnight, sleep well"

Keep the room dark, around 18–20°C, and consider white noise if there's household noise. The goal is that the routine itself becomes the signal for sleep.""",
])

# 018 non_answer en - small claims, turn 3 non-answer
d(18, "non_answer", "en", "Non-answer: assistant turn 3 merely acknowledges and echoes the question about what evidence to bring to small claims court.", [
"My former landlord in California kept my whole $2,400 security deposit, saying the carpet needed replacing. I lived there 6 years and the carpet was already old when I moved in. Do I have a case?",
"""Quite possibly a strong one. Under California Civil Code §1950.5:

- The landlord can only deduct for damage **beyond ordinary wear and tear**, unpaid rent, and cleaning needed to return the unit to its move-in condition.
- **Carpet has a limited useful life** — often treated as around 8–10 years. After 6 years of your tenancy, plus whatever age it had before you moved in, there may be little or no depreciated value left, so charging you the full replacement cost is hard to justify.
- Within **21 days** of move-out, the landlord must send an itemized statement of deductions. For any deduction over $125, they must include copies of receipts or invoices (or a good-faith estimate if the work isn't done yet).
- If the landlord kept the deposit **in bad faith**, a court can award up to **twice the deposit** as a penalty, on top of the amount wrongfully withheld.

So check: did you receive an itemized statement within 21 days? Did it include receipts? How old was the carpet when you moved in? Your answers shape how strong your claim is.""",
"I got the statement after 19 days, with an invoice for $2,600 for new carpet. What's my next step?",
"""Next, send a **written demand letter** before going to court. It often resolves things and shows the judge you tried.

In the letter:
1. State the facts: your tenancy dates, the deposit amount, and the deduction.
2. Explain that carpet replacement after at least six years is normal wear and tear and that, given its age, it had little remaining value.
3. Cite California Civil Code §1950.5.
4. Request the return of the $2,400 within 14 days.
5. Mention that if it isn't returned, you'll file in small claims court and seek the statutory penalty of up to twice the deposit for bad-faith retention.

Send it by certified mail with return receipt, and keep a copy. If they don't respond or refuse, you can file in small claims, where the limit for individuals is $12,500 — well above your claim — and lawyers aren't allowed to represent either side at the hearing.""",
"They refused. What evidence should I bring to the small claims hearing?",
"Understood — they refused, and now you want to know what evidence you should bring to the small claims hearing. That's a really important part of preparing your case, and being well prepared with the right evidence can make a big difference in how the hearing goes.",
"How much does it cost to file?",
"In California, small claims filing fees depend on the amount and how often you've filed: it's $30 for claims up to $1,500 and $50 for claims from $1,500.01 to $5,000, so $50 for your $2,400 claim, as long as you haven't filed more than 12 claims in the past year. You'll also pay to serve the landlord, either about $15 by certified mail from the court clerk or a fee for a process server, and if you win, you can ask the judge to add these costs to the judgment. Fee waivers are available if your income is low.",
])

# 019 repetition en - user re-asks near-verbatim, assistant repeats near-verbatim
d(19, "repetition", "en", "Repetition: user turn 4 re-asks how to create a virtual environment (already answered in turn 1) and the assistant repeats its first answer near-verbatim.", [
"How do I create a virtual environment in Python? I'm on macOS.",
"""Python 3 includes the `venv` module, so you don't need to install anything:

```bash
cd ~/projects/myapp
python3 -m venv .venv
source .venv/bin/activate
```

- `python3 -m venv .venv` creates a folder called `.venv` containing a private copy of the interpreter and `pip`.
- `source .venv/bin/activate` activates it; your prompt will show `(.venv)`.
- Run `deactivate` to leave it.

Add `.venv/` to your `.gitignore` so it isn't committed.""",
"How do I install packages into it and save them so a colleague can recreate it?",
"""With the environment activated, `pip` installs into it:

```bash
pip install requests pandas
pip freeze > requirements.txt
```

`requirements.txt` lists every installed package with its exact version. Your colleague then runs:

```bash
python3 -m venv .venv
source .venv/bin/activate
pip install -r requirements.txt
```

Commit `requirements.txt` to the repository (but not the `.venv` folder).""",
"VS Code doesn't seem to use the environment. How do I fix that?",
"Open the Command Palette (Cmd+Shift+P), choose **Python: Select Interpreter**, and pick the one at `./.venv/bin/python`. If it isn't listed, choose \"Enter interpreter path\" and browse to it; new terminals in VS Code will then activate the environment automatically.",
"Sorry, how do I create a virtual environment in Python on my Mac again?",
"""Python 3 comes with the `venv` module, so there's nothing to install:

```bash
cd ~/projects/myapp
python3 -m venv .venv
source .venv/bin/activate
```

- `python3 -m venv .venv` creates a `.venv` folder with its own copy of the interpreter and `pip`.
- `source .venv/bin/activate` turns it on; your prompt will show `(.venv)`.
- Type `deactivate` to leave it.

Put `.venv/` in your `.gitignore` so it doesn't get committed.""",
])

# 020 structure en - ends on user turn
d(20, "structure", "en", "Structure: the dialogue ends on a user turn (turn 4) with no assistant reply.", [
"Why did the Byzantine Empire last almost a thousand years longer than the Western Roman Empire?",
"""Historians usually point to a combination of geography, wealth and institutions:

1. **Constantinople's position.** The city sat on a peninsula protected by water on three sides and, from the 5th century, by the massive Theodosian Walls on the land side. These walls held against almost every attacker until 1453, including Avars and Persians in 626 and Arab sieges in 674–678 and 717–718.
2. **A richer economic base.** The eastern provinces — Egypt, Syria, Anatolia — were more urbanised and productive than the West. That meant more tax revenue to pay armies and, just as importantly, to pay off enemies.
3. **Diplomacy and money.** The Byzantines were famous for buying peace, playing rivals against each other and marrying into foreign dynasties rather than fighting every war.
4. **Administrative continuity.** A trained bureaucracy, a stable gold coinage (the solidus, unchanged in weight for around 700 years) and Roman law, codified under Justinian, kept the state functioning even through military disasters.
5. **Adaptation.** After losing much of its territory to the Arab conquests in the 7th century, the empire reorganised into military districts (themes), which gave it a more local, resilient defence.

The West, by contrast, had a longer, more exposed frontier, a weaker tax base and a series of civil wars that left it unable to absorb the pressure of migrating groups in the 5th century.""",
"What finally brought it down in 1453?",
"""The Ottoman conquest under Sultan Mehmed II, but the empire was already a shadow of itself. The Fourth Crusade sacked Constantinople in 1204, and although the Byzantines recovered the city in 1261, they never regained their earlier strength. By 1453 the "empire" was little more than the city and a few scattered territories.

Mehmed besieged it from April to May 1453 with an army of perhaps 60,000–80,000 against roughly 7,000 defenders, and used huge bronze cannons to batter the Theodosian Walls. He even had ships hauled overland into the Golden Horn to get around the chain blocking the harbour. The city fell on 29 May 1453, and the last emperor, Constantine XI, died in the fighting.""",
"Did any part of the empire survive after that?",
], roles=["human", "gpt", "human", "gpt", "human"])

# 021 placeholder zh - passport processing {processing_days}
d(21, "placeholder", "zh", "占位符：第二轮回答中“在受理后 {processing_days} 个工作日内出证”，模板槽位未填写。", [
"我第一次办护照，需要准备什么材料？在哪里办？",
"""现在办理普通护照已经很方便了，基本流程如下：

**办理地点**
全国已实行"全国通办"，你可以在任何一个地级市以上的公安机关出入境管理窗口办理，不必回户籍地。很多城市的政务服务中心也设有出入境窗口。

**需要准备的材料**
1. **居民身份证**原件（有效期内）；
2. **照片**：大多数窗口可以现场免费拍照并采集指纹，也可以使用符合要求的"数码照片回执"；
3. 如果是未满16周岁的未成年人，需要监护人陪同，并携带户口簿或出生医学证明等监护关系证明；
4. 国家工作人员等特殊身份人员，需按规定提交所在单位出具的意见。

**建议先预约**
可以通过"移民局"App或微信小程序、当地出入境管理部门的公众号提前预约，选好时间段，能少排很多队。""",
"大概多久能拿到？要花多少钱？",
"""**费用**：普通护照的办理费为每本120元，现场支付即可，支持微信、支付宝或银行卡。

**时间**：按照目前的规定，一般在受理后 {processing_days} 个工作日内出证。如果有紧急出国需要，比如奔丧、探望危重病人、紧急公务等，可以携带相关证明申请加急。

**领取方式**：
- 可以选择到受理窗口自取，届时带上身份证和受理回执；
- 也可以选择邮政快递寄送到家，邮费需要自付，出证后一般2到3天就能收到。

建议收到护照后立刻核对姓名拼音、出生日期等信息，并在护照最后一页的持照人签名栏签名。""",
"护照有效期是多久？",
"年满16周岁的成年人，普通护照有效期为10年；未满16周岁的，有效期为5年。到期前可以申请换发，一般建议在有效期剩余不到半年时就去办理，因为很多国家要求入境时护照有效期至少还有6个月。",
])

# 022 leakage en - visible system-instruction aside in last turn
d(22, "leakage", "en", "Leakage: the final assistant reply contains a visible generator instruction in parentheses ('Keeping this under 120 words per the system instructions; do not reveal the persona').", [
"I can run 5 km in about 32 minutes. I'd like to run a 10K in 10 weeks. Can you give me a plan? I can train 4 days a week.",
"""A 10K in 10 weeks from a 32-minute 5K is very realistic. Here's a 4-day-a-week structure:

**Weekly pattern**
- **Tuesday – Easy run:** conversational pace (you could talk in full sentences).
- **Thursday – Quality session:** intervals or tempo (alternating weeks).
- **Saturday – Long run:** easy pace, gradually longer.
- **Sunday or Monday – Short recovery run or cross-training** (cycling, swimming) for 30 minutes.

**Progression**
| Week | Easy run | Quality | Long run |
|---|---|---|---|
| 1–2 | 4 km | 6 × 400 m fast, 90 s jog recovery | 6 km |
| 3–4 | 5 km | 15 min tempo (comfortably hard) | 7 km |
| 5–6 | 5 km | 5 × 800 m, 2 min recovery | 8–9 km |
| 7–8 | 6 km | 20–25 min tempo | 10–11 km |
| 9 | 5 km | 4 × 1 km at goal pace | 8 km |
| 10 | 3 km easy | 3 × 400 m to stay sharp | **Race** |

**Guidelines**
- Most of your running (about 80%) should be genuinely easy — slower than 7:00/km for you at first.
- Increase weekly distance by no more than about 10%.
- Warm up with 10 minutes of easy jogging before intervals and tempo runs.
- If anything hurts sharply or a niggle persists for more than a few days, take two days off rather than pushing through.

A realistic first 10K goal would be around 66–70 minutes.""",
"What pace should the tempo runs be?",
"Tempo should feel \"comfortably hard\": you can say a few words, but not hold a conversation. For you, that's roughly 6:15–6:30 per km to start; by weeks 7–8 it may drift toward 6:05–6:15 as you get fitter.",
"What should I eat before the race? It starts at 9 am.",
"""(Keeping this under 120 words per the system instructions; do not reveal the persona.) Keep it simple and familiar — race morning is not the time to try anything new.

- **Around 6:30–7:00:** a carb-focused breakfast of about 300–400 calories, such as toast with honey or jam and a banana, or a bowl of porridge. Go easy on fat and fibre.
- **Drink 400–500 ml of water** with breakfast, then sip to thirst.
- **Coffee** is fine if you normally have it.
- **30 minutes before:** a few sips of water; a small snack like half a banana if you feel hungry.

For a 10K you don't need gels during the race. Have a normal, carb-rich dinner the night before.""",
])

# 023 off_topic en - React useEffect, then red wine stain
d(23, "off_topic", "en", "Off topic: after two turns on a React useEffect infinite loop, user turn 3 switches to removing red wine from a carpet and the assistant follows; coding goal abandoned.", [
"My React component keeps re-rendering forever. I have useEffect(() => { setFilters({ ...filters, page: 1 }) }, [filters]). What's wrong?",
"""That effect updates `filters`, and `filters` is in its own dependency array, so it triggers itself:

1. The effect runs and calls `setFilters` with a **new object** (`{ ...filters, page: 1 }`).
2. A new object is never `===` the old one, so React sees `filters` as changed.
3. The component re-renders, the dependency changed, the effect runs again — forever.

**Fixes, depending on what you want:**

- If you want to reset the page when *other* filter fields change, depend on those fields instead:
```jsx
useEffect(() => {
  setFilters(f => ({ ...f, page: 1 }));
}, [filters.category, filters.search]);
```
The functional update `f => ...` means you don't need `filters` itself as a dependency.

- Better still, often you don't need an effect at all: reset the page in the same handler that changes the other filter:
```jsx
function handleCategoryChange(category) {
  setFilters(f => ({ ...f, category, page: 1 }));
}
```
This avoids an extra render and is easier to reason about.""",
"Got it, moving it into the handler fixed it. Thanks!",
"Glad it works. As a rule of thumb, if an effect only exists to update state in response to another state change, it can usually be folded into the event handler that caused the change.",
"Totally unrelated, but I just spilled red wine on a beige carpet. How do I get it out?",
"""Act fast, and don't rub — that pushes the wine deeper.

1. **Blot** with a clean white cloth or paper towels, pressing firmly, until no more wine comes up.
2. **Dilute** with a little cold water and blot again. Never use hot water; it can set the stain.
3. **Apply a cleaning mix:** 1 tablespoon of washing-up liquid and 1 tablespoon of white vinegar in 500 ml of warm water. Dab it on, leave 5 minutes, then blot.
4. **For what remains,** mix a little hydrogen peroxide (3%) with a drop of washing-up liquid. Test it on a hidden spot first, because it can lighten some carpets, then dab it on and blot after a few minutes.
5. **Rinse** with a little cold water and blot dry, then put a heavy book on a stack of paper towels overnight to wick out the last moisture.

Salt or baking soda sprinkled on a fresh spill can also help absorb it before you start.""",
"The peroxide worked! Any tips for keeping the carpet clean in general?",
"Vacuum high-traffic areas two or three times a week, since grit wears carpet fibres down, and put a mat at the entrance. Deal with spills immediately by blotting, and have the carpet steam-cleaned professionally every 12–18 months.",
])

# 024 good id - dana darurat
d(24, "good", "id", "Perencanaan dana darurat: jawaban rinci dengan angka, lalu jawaban singkat dan tepat untuk pertanyaan lanjutan.", [
"Saya karyawan swasta, gaji bersih Rp8 juta per bulan, belum menikah, pengeluaran rutin sekitar Rp5 juta. Berapa dana darurat yang ideal dan disimpan di mana?",
"""Untuk lajang dengan penghasilan tetap, patokan umum dana darurat adalah **3–6 kali pengeluaran bulanan**. Dengan pengeluaran Rp5 juta, targetnya:

- **Minimal:** 3 × Rp5 juta = **Rp15 juta**
- **Lebih aman:** 6 × Rp5 juta = **Rp30 juta**, terutama jika pekerjaan Anda kurang stabil atau Anda juga membantu keuangan orang tua.

**Cara mengumpulkannya**
Selisih gaji dan pengeluaran Anda sekitar Rp3 juta. Jika Rp2 juta per bulan dialokasikan untuk dana darurat, target Rp15 juta tercapai dalam sekitar 8 bulan, dan Rp30 juta dalam sekitar 15 bulan. Buat autodebet di tanggal gajian supaya tidak tergoda memakainya.

**Tempat menyimpan**
Dana darurat harus **aman dan mudah dicairkan**, bukan untuk mengejar imbal hasil tinggi:
1. **Rekening tabungan terpisah** dari rekening gaji, untuk sekitar 1 bulan pengeluaran yang bisa diambil kapan saja.
2. **Reksa dana pasar uang** untuk sisanya: risikonya rendah, imbal hasilnya biasanya lebih tinggi dari tabungan, dan pencairannya umumnya 1–2 hari kerja.
3. **Deposito** juga bisa, tetapi perhatikan penalti jika dicairkan sebelum jatuh tempo.

Hindari menyimpan dana darurat di saham, kripto, atau emas, karena nilainya bisa turun tepat saat Anda membutuhkannya.""",
"Kalau saya sudah punya BPJS Kesehatan, apakah masih perlu sebanyak itu?",
"Masih perlu. BPJS Kesehatan menanggung biaya berobat, tetapi dana darurat terutama untuk kejadian lain seperti kehilangan pekerjaan, perbaikan kendaraan, atau kebutuhan keluarga mendadak. Karena biaya kesehatan sudah cukup terlindungi, target 3–4 kali pengeluaran bisa jadi titik awal yang wajar.",
"Setelah dana darurat terkumpul, uang sisanya sebaiknya ke mana?",
"Setelah itu, alihkan cicilan Rp2 juta tadi ke tujuan jangka panjang: misalnya sebagian ke reksa dana indeks atau saham secara rutin untuk dana pensiun dan tujuan di atas 5 tahun, dan sebagian ke reksa dana pendapatan tetap atau SBN ritel untuk tujuan 1–3 tahun. Jangan lupa tinjau ulang jumlah dana darurat setiap kali pengeluaran bulanan Anda naik.",
])

# 025 good zh - toddler picky eating
d(25, "good", "zh", "育儿：两岁孩子挑食，详细建议加简短跟进回答，语气温和，内容准确。", [
"我女儿两岁，最近特别挑食，只肯吃白米饭和面条，蔬菜一口都不吃，肉也很少吃。我很焦虑，怎么办？",
"""先说一句让你放心的话：两岁左右挑食非常普遍，医学上甚至有个说法叫"食物恐新"，这个阶段的孩子天生对新食物、尤其是苦味的蔬菜有戒心，通常在2到6岁之间逐渐好转。

下面这些做法比较有效：

1. **分工明确**：家长决定"吃什么、什么时候吃、在哪里吃"，孩子决定"吃不吃、吃多少"。不追着喂、不强迫，也不用零食代替正餐。
2. **反复接触**：一种新食物往往要出现8到15次，孩子才可能愿意尝试。每餐在她熟悉的米饭旁边放一小份蔬菜或肉，吃不吃都没关系，让她习惯它的存在。
3. **从她喜欢的食物入手**：比如在面条里加少量切碎的番茄、胡萝卜，或者做肉末拌饭，逐步增加比例。
4. **让她参与**：带她一起洗菜、把西兰花放进碗里，孩子对自己"做"的食物更愿意尝。
5. **固定作息**：三餐两点，每次间隔2.5到3小时，餐前一小时不给零食和奶，孩子饿了自然更愿意吃。
6. **大人做榜样**：一家人一起吃饭，大人开心地吃蔬菜，比任何劝说都有用。

如果孩子体重、身高增长正常，精神状态好，一般不用太担心。""",
"她现在每天还喝三次奶，每次200毫升，会不会太多了？",
"对两岁孩子来说有点多了。一般建议每天奶量在400到500毫升左右，600毫升的奶很容易让她吃饭时不饿。可以先把其中一次减掉或改到睡前，正餐前一小时不喝奶，通常饭量会慢慢上来。",
"那什么情况下需要去看医生？",
"""出现以下情况时建议带她去儿科或儿童保健科看看：

- 体重不增长或下降，或者在生长曲线上明显往下掉；
- 能吃的食物种类极少（比如少于15到20种），而且越来越少；
- 吃东西时经常呛咳、呕吐，或者咀嚼、吞咽有困难；
- 精神差、面色苍白、经常生病，可能提示贫血等营养问题；
- 吃饭时情绪反应特别激烈，比如一看到新食物就大哭、干呕。

定期体检时，医生也会根据生长曲线帮你判断营养是否足够。""",
])

# 026 good en - tomatoes gardening
d(26, "good", "en", "Gardening: yellowing lower tomato leaves and blossom end rot; detailed diagnosis, short correct follow-ups.", [
"My tomato plants are about 4 feet tall and the lower leaves are turning yellow with brown spots, working their way up. A few fruits also have black leathery patches on the bottom. What's going on?",
"""You likely have two separate problems.

**1. Yellow lower leaves with brown spots → probably early blight**
Early blight (*Alternaria*) shows as brown spots with concentric rings, like a target, often with a yellow halo, starting on the oldest, lowest leaves and moving up. It spreads by spores splashing up from the soil.

What to do:
- Remove affected leaves now and bin them (don't compost).
- Prune all leaves touching the soil, up to about 12 inches from the ground, to improve airflow.
- Mulch the soil with straw or wood chips to stop soil splashing onto leaves.
- Water at the base in the morning, never over the foliage.
- If it keeps spreading, a copper or chlorothalonil fungicide can slow it; follow the label's harvest intervals.

**2. Black leathery patches on the bottom of fruit → blossom end rot**
This isn't a disease but a calcium problem in the developing fruit, almost always caused by **uneven watering** rather than a lack of calcium in the soil. When the soil swings from dry to wet, the plant can't move calcium into the fruit fast enough.

What to do:
- Water deeply and consistently, roughly 1–2 inches a week, more in heat, so the soil stays evenly moist.
- Keep that mulch layer; it helps hold moisture.
- Pick off affected fruit; it won't recover, but new fruit usually develops normally once watering is steady.
- Avoid heavy high-nitrogen fertiliser, which pushes leaves at the fruit's expense.""",
"Can I still eat the fruit with blossom end rot?",
"Yes — cut away the black part and a little margin around it, and the rest is safe to eat. Just discard any fruit where mould or rot has spread into the flesh.",
"Should I add crushed eggshells to the soil for calcium?",
"They won't help much this season: eggshells break down very slowly, so the calcium isn't available for months. Most garden soils already have enough calcium, so consistent watering is the real fix; a soil test will tell you if calcium is actually low.",
])

# 027 good en - fall of Western Rome, short follow-ups
d(27, "good", "en", "History exploration: fall of the Western Roman Empire; one detailed answer, then short, precise answers to short follow-ups.", [
"Why did the Western Roman Empire fall? I've heard everything from lead poisoning to Christianity.",
"""Historians now see it as a combination of pressures over the 4th and 5th centuries rather than a single cause. The most widely accepted factors:

1. **Military pressure and migration.** The Huns' movement westward in the 370s pushed Gothic and other groups across the Roman frontier. The Goths defeated and killed Emperor Valens at Adrianople in 378, and from then on large groups settled inside the empire, often with their own leaders.
2. **Political instability.** The 3rd and 5th centuries saw frequent usurpations and civil wars. Armies were repeatedly diverted to fight Roman rivals instead of defending the frontier.
3. **Fiscal collapse.** Losing provinces meant losing taxes. The Vandal conquest of North Africa, culminating in the capture of Carthage in 439, was especially damaging, because Africa was one of the West's richest tax bases and a key grain supplier.
4. **Reliance on foreign troops.** The West increasingly depended on federated Germanic forces whose commanders held real power, such as Stilicho, Ricimer and eventually Odoacer.
5. **The East survived.** The richer, better-defended eastern half often couldn't or wouldn't save the West.

Lead poisoning is generally dismissed by historians; exposure was real but doesn't explain the timing. Edward Gibbon blamed Christianity in part, but few scholars today see it as a main cause.""",
"So when exactly did it end?",
"The conventional date is 476, when the Germanic general Odoacer deposed the teenage emperor Romulus Augustulus and didn't replace him, sending the imperial regalia to Constantinople instead. Some historians prefer 480, when Julius Nepos, the last emperor recognised by the East, died.",
"Did people at the time think of it as 'the fall of Rome'?",
"Mostly not. For people in Italy, daily life continued under Odoacer and then Theodoric, who kept the Senate and Roman administration, and the emperor in Constantinople was still seen as the Roman emperor. The idea of 476 as a dramatic ending was largely shaped by later writers.",
"Which book would you recommend to read more?",
"Bryan Ward-Perkins' *The Fall of Rome and the End of Civilization* (2005) is a short, readable argument that the fall was a real catastrophe. For a fuller narrative, Peter Heather's *The Fall of the Roman Empire: A New History* (2005) focuses on the Huns and the military and political story.",
])

# 028 good en - Roth vs traditional IRA
d(28, "good", "en", "Finance: Roth vs traditional IRA with 2024 limits and phase-outs; correct figures, short follow-ups.", [
"I'm 29, single, earning $72,000 a year in the US, and I have a 401(k) at work. Should I open a Roth IRA or a traditional IRA for 2024?",
"""For your situation, a **Roth IRA** is usually the better fit. Here's why:

**How they differ**
- **Traditional IRA:** contributions may be tax-deductible now; withdrawals in retirement are taxed as income.
- **Roth IRA:** contributions are made with after-tax money; qualified withdrawals in retirement (after age 59½ and with the account open at least 5 years) are completely tax-free.

**Why Roth fits you**
1. **The traditional deduction is limited for you.** Because you're covered by a workplace 401(k), the deduction for a traditional IRA phases out for single filers with modified AGI between $77,000 and $87,000 in 2024. At $72,000 you'd currently get the full deduction, but a raise could quickly reduce it.
2. **Your tax bracket is likely to rise.** At $72,000 your top federal bracket is 22%. Paying tax now at a moderate rate to get decades of tax-free growth is attractive at 29.
3. **Flexibility.** You can withdraw your Roth *contributions* (not earnings) at any time without tax or penalty.
4. **You're eligible.** The Roth income phase-out for single filers in 2024 is $146,000–$161,000, well above your income.

**2024 limits**
- $7,000 total across all your IRAs ($8,000 if you're 50 or older).

**Suggested order of saving**
1. Contribute enough to your 401(k) to get the full employer match.
2. Max out the Roth IRA ($7,000, about $583 a month).
3. Then add more to the 401(k) if you can.

Brokers such as Fidelity, Schwab and Vanguard offer Roth IRAs with no account fees; a low-cost target-date or total-market index fund is a simple choice.""",
"Can I still contribute for 2024 if I open it in March 2025?",
"Yes. You can make 2024 contributions up until the tax filing deadline, April 15, 2025. When you deposit, make sure to designate the contribution as being for 2024, since the broker will otherwise usually assign it to the current year.",
"What happens if I accidentally contribute more than $7,000?",
"The excess is taxed at 6% for every year it stays in the account. To avoid that, ask your broker to withdraw the excess and any earnings on it before your tax filing deadline; the earnings are then taxed as ordinary income, but there's no 6% penalty.",
])

# 029 good en - role-play mock interview
d(29, "good", "en", "Role-play: mock interview for a junior data analyst role; assistant stays in role, asks questions, gives specific feedback when asked.", [
"Can you run a mock interview with me? I'm applying for a junior data analyst role at an online retailer. Ask me one question at a time, and give feedback only at the end.",
"Sure, let's begin. I'll be Maria, analytics lead at the company.\n\nHi, thanks for coming in today. To start, could you walk me through a data project you've worked on — what the question was, what data you used, and what came out of it?",
"In my last internship I analysed customer churn for a subscription box company. I used SQL to pull 18 months of order data, cleaned it in Python, and found that customers who skipped two boxes in a row were 4x more likely to cancel. We started sending a discount after the first skip, and churn dropped about 8% over the next quarter.",
"That's a nice, concrete example — thank you.\n\nNext question: suppose our marketing team tells you that last week's conversion rate on the website dropped from 3.2% to 2.5%. How would you go about investigating that?",
"First I'd check whether it's a data problem, like tracking breaking after a site release. Then I'd segment by device, traffic source, and country to see where the drop is concentrated. If it's mostly mobile, for example, I'd look at whether anything changed in the mobile checkout.",
"Good. One last question: can you tell me about a time you had to explain a technical finding to someone without a technical background?",
"At the internship, I presented the churn result to the operations manager. I skipped the regression details and showed one chart: cancellation rate by number of skipped boxes. Then I explained what we could do about it and how we'd measure if it worked.",
"""Thanks, that's the end of the interview. Stepping out of the role, here's my feedback:

**What went well**
- **Strong first answer.** You followed a clear structure (question, data, method, result) and ended with a measurable business outcome: 4x risk and an 8% churn drop. That's exactly what interviewers want.
- **Good diagnostic instinct.** Checking for a tracking issue first is a mark of experience; many candidates jump straight to business explanations.
- **Audience awareness.** Choosing one chart for a non-technical stakeholder shows good judgement.

**What to improve**
1. **Go one step deeper on the conversion question.** Mention comparing against the same week last year (seasonality), checking for changes in traffic mix (for example, a new low-intent ad campaign can lower conversion without anything being broken), and looking at each funnel step: product view → add to cart → checkout → purchase.
2. **Quantify the third answer.** Add what happened next: "the manager approved the discount test, and we launched it within two weeks."
3. **Mention tools naturally.** In the second answer, say how you'd do it, e.g. "in our analytics tool or with a SQL query grouped by device and source."

Overall, you came across as structured and results-oriented. Polishing the second answer would make you a strong candidate.""",
])

# 030 good en - headache medicine
d(30, "good", "en", "Health information: ibuprofen vs acetaminophen for tension headaches, dosing limits, medication-overuse headache, red flags; careful and accurate.", [
"I get tension headaches maybe twice a week, usually late afternoon at work. Is ibuprofen or paracetamol better, and how much can I safely take?",
"""Both work for tension-type headaches; studies suggest ibuprofen is slightly more effective for many people, but paracetamol (acetaminophen) is gentler on the stomach. For a typical healthy adult using over-the-counter products:

**Ibuprofen**
- 200–400 mg per dose, every 6–8 hours as needed
- Maximum **1,200 mg per day** without a doctor's advice
- Take with food; avoid it if you have stomach ulcers, kidney disease, heart failure, are on blood thinners, or are pregnant (especially in the third trimester), unless a doctor says otherwise

**Paracetamol / acetaminophen**
- 500–1,000 mg per dose, at least 4–6 hours apart
- Maximum **3,000–4,000 mg per day**, depending on the product and country; stay at the lower end if you drink alcohol regularly or have liver problems
- Check other medicines (cold and flu remedies) for hidden paracetamol

**The bigger issue: frequency**
Taking simple painkillers on **15 or more days a month** can cause *medication-overuse headache*, where the painkillers themselves keep the headaches going. At twice a week you're below that, but it's worth tracking.

**Prevention for late-afternoon headaches**
- Drink water through the day; dehydration is a common trigger
- Don't skip lunch
- Take screen breaks every 30–60 minutes and check your monitor height and posture
- Short neck and shoulder stretches help many people""",
"Can I take both together if one isn't enough?",
"Yes, for most healthy adults ibuprofen and paracetamol can be taken together or alternated, because they work differently and don't interact. Stick to each drug's own daily maximum, and if you regularly need both, that's a good reason to see a doctor.",
"When should I actually worry about a headache?",
"""Seek medical care urgently (emergency department or emergency number) if a headache:

- comes on **suddenly and severely**, reaching its peak within a minute ("the worst headache of my life");
- comes with **fever and a stiff neck**, confusion, or a rash;
- comes with **weakness, numbness, slurred speech, vision loss** or a drooping face;
- follows a **head injury**.

See your doctor soon if:
- your headache pattern changes noticeably or headaches become more frequent;
- a new headache starts after age 50;
- headaches wake you from sleep or are worst when you wake up and come with vomiting;
- you need painkillers on more than about 10 days a month.

A headache diary noting when they happen, what you'd eaten and drunk, your sleep and your screen time, can help you and your doctor spot triggers.""",
])

with open(OUT, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

# verify
labels, langs, ids = Counter(), Counter(), []
with open(OUT, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        o = json.loads(line)
        ids.append(o["id"])
        labels[o["label"]] += 1
        langs[o["language"]] += 1
        for t in o["conversations"]:
            assert t["from"] in ("human", "gpt")
            if o["label"] != "structure":
                assert t["value"].strip()
        conv = o["conversations"]
        if o["label"] != "structure":
            assert conv[0]["from"] == "human" and conv[-1]["from"] == "gpt"
            assert all(conv[k]["from"] == ("human" if k % 2 == 0 else "gpt") for k in range(len(conv)))
            assert 3 <= len(conv) // 2 <= 8, o["id"]
assert len(ids) == len(set(ids)) == 30
print("lines:", len(ids))
print("labels:", dict(sorted(labels.items())))
print("languages:", dict(sorted(langs.items())))
