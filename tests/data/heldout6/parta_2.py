from parta_common import alt, conv, D

DIALOGUES = []

DIALOGUES.append(D(11, "good", "en",
 "Good: parent helping a 10-year-old with a photosynthesis project; later turns move to the poster and presenting, same homework goal.",
 alt(
 "My 10 year old has a science project on photosynthesis due Friday. I barely remember it myself. Can you explain it in a way I can explain to her?",
 """Sure. Here's a kid-friendly version you can walk through together:

**The one-sentence version**
Plants make their own food using sunlight, water and air, and they give off oxygen as a leftover.

**The ingredients**
- **Sunlight**: the energy source, like the power for a kitchen.
- **Water**: pulled up from the soil through the roots and stems.
- **Carbon dioxide**: a gas in the air that enters through tiny holes in the leaves called **stomata**.

**Where it happens**
Inside the leaves, in little green parts called **chloroplasts**. They contain **chlorophyll**, the green pigment that captures sunlight. That's why leaves are green.

**What comes out**
- **Glucose (sugar)**: the plant's food, used for energy and to grow.
- **Oxygen**: released into the air, which is what we breathe.

**The "recipe"**
carbon dioxide + water + light energy → glucose + oxygen

(For a 10-year-old, the word equation is plenty; the chemical formula 6CO₂ + 6H₂O → C₆H₁₂O₆ + 6O₂ is optional bonus material.)

**A simple analogy**
A leaf is like a solar-powered kitchen: the roots bring water, the leaves breathe in CO₂, sunlight powers the oven, and out comes sugar to eat and oxygen as steam out the window.""",
 "That's great. Is there a simple experiment she could do by Friday?",
 """Yes, a classic one that shows results within a day or two: **the leaf bubble experiment**.

You need: a fresh leaf (spinach or a leaf from a houseplant), a clear glass of water, and a sunny windowsill.

1. Put the leaf in the glass, fully under water (weigh it down with a small stone if needed).
2. Place the glass in bright sunlight.
3. After 1–3 hours, look closely: tiny bubbles form on the leaf. That's oxygen being released.
4. For comparison, put a second glass with a leaf in a dark cupboard. It should have few or no bubbles.

She can take photos every hour and write down what she sees. The comparison between light and dark is what makes it a real experiment: it shows light is needed.""",
 "How should she lay out the poster?",
 """A clear layout teachers like:

1. **Title** at the top, big: e.g., "How Do Plants Make Food?"
2. **Question/hypothesis** (top left): "I think leaves in sunlight will make more bubbles than leaves in the dark."
3. **Diagram** (centre, largest part): a drawn plant with arrows for sunlight coming in, water up from the roots, CO₂ into the leaf, and oxygen out.
4. **Materials and steps** (left side): a short numbered list.
5. **Results** (right side): her photos and a small table of bubble counts in light vs. dark.
6. **Conclusion** (bottom): two or three sentences in her own words.

Use one colour for inputs and another for outputs, and keep text short so the diagram does the talking.""",
 "She's nervous about presenting it to the class. Any tips for her?",
 """Very normal at 10. A few things that help:

- **Keep it to 3 points:** what plants need, what they make, what her experiment showed. She doesn't need to memorise a speech.
- **Use the poster as notes:** she can point at the diagram and explain each arrow.
- **Practise 3 times at home:** once to you, once to a sibling or a stuffed animal, once standing up as if in class.
- **Prepare one fun fact**, like "one big tree can release enough oxygen in a year for a couple of people to breathe." Kids love having a surprise line.
- **Breathing trick:** one slow breath in through the nose and out through the mouth before she starts.

Remind her the class is interested in her bubbles, not in judging her."""
 )))

DIALOGUES.append(D(12, "good", "tr",
 "Good (Turkish): newly diagnosed mild high blood pressure; DASH-style diet advice, salt numbers, short follow-ups, doctor caveat.",
 alt(
 "Doktorum tansiyonumun hafif yüksek olduğunu söyledi (yaklaşık 145/92). Henüz ilaç başlamadı, önce beslenme ve yaşam tarzını değiştirmemi istedi. Nereden başlamalıyım?",
 """Bu, doktorların sık önerdiği ve çoğu zaman etkili bir ilk adım. Düzenli uygulandığında yaşam tarzı değişiklikleri büyük tansiyonu 5–10 mmHg kadar düşürebilir. Önceliklere göre:

**1. Tuzu azaltın**
- Hedef: günde **5 gramdan az tuz** (yaklaşık bir çay kaşığı).
- Türk mutfağında tuzun çoğu ekmek, peynir, zeytin, turşu, salça, sucuk ve hazır çorbalardan gelir. Bunları tamamen bırakmak şart değil, porsiyonu küçültün ve az tuzlu versiyonlarını seçin.
- Yemeğe masada tuz eklemeyin; limon, sarımsak, kekik, pul biber ve nane ile tatlandırın.

**2. DASH tarzı beslenme**
- Günde 4–5 porsiyon sebze, 4–5 porsiyon meyve.
- Tam tahıllar: bulgur, yulaf, tam buğday ekmeği.
- Baklagiller haftada en az 3 kez: mercimek, nohut, kuru fasulye.
- Az yağlı süt ve yoğurt, ayran (tuzsuz veya az tuzlu).
- Kırmızı et ve işlenmiş et ürünlerini azaltın.

**3. Hareket**
Haftada en az **150 dakika** orta tempolu yürüyüş, yani 5 gün 30 dakika.

**4. Diğer etkenler**
- Fazla kilo varsa her 1 kg kayıp tansiyonu yaklaşık 1 mmHg düşürür.
- Alkolü sınırlayın, sigarayı bırakın.

Evde tansiyon aleti ile haftada birkaç gün sabah ve akşam ölçüp not alırsanız, kontrolde doktorunuz gelişimi net görebilir.""",
 "Çayı çok içiyorum, günde 8-10 bardak. Zararı var mı?",
 "Siyah çay tansiyonu ciddi şekilde yükseltmez; içindeki kafein bir kahveden azdır. Ancak 8–10 bardak biraz fazla. Günde 4–5 bardağa inmek, demini açık tutmak ve akşam saatlerinde bitki çayına geçmek iyi bir denge olur. Şekeri de azaltmayı unutmayın.",
 "Peki ne kadar sürede sonuç görürüm?",
 """Tuz azaltma ve DASH tarzı beslenme genellikle **2–4 hafta içinde** ölçümlere yansımaya başlar. Egzersiz ve kilo kaybının etkisi ise birkaç ay içinde belirginleşir. Doktorlar genelde yaşam tarzı değişikliği için **3–6 ay** süre tanır ve sonra ilaç gerekip gerekmediğine karar verir.

Şunlar olursa beklemeden doktora başvurun: tansiyon 180/110'un üzerine çıkarsa, şiddetli baş ağrısı, göğüs ağrısı, nefes darlığı, görme bozukluğu veya konuşma güçlüğü olursa."""
 )))

DIALOGUES.append(D(13, "off_topic", "en",
 "off_topic: family meal-prep planning; in the last two turns the user switches to fantasy football draft strategy and the assistant follows, abandoning the goal.",
 alt(
 "I want to start Sunday meal prep for our family of five (two adults, three kids 6-12). Budget around $180 a week. Where do I start?",
 """Sunday prep works best when you prep **components**, not five finished dinners, so meals stay flexible and kids don't get bored.

**1. Plan (15 min, Saturday)**
Pick 4 dinners for the week plus one "leftovers/pizza night". Choose recipes that share ingredients: e.g., roast chicken on Monday becomes chicken quesadillas on Wednesday.

**2. Shop with a list organised by store section**, and check what's in the freezer first. For five people, $180 a week is workable if dinners lean on chicken thighs, ground turkey or beef, eggs, beans, rice, pasta and seasonal vegetables.

**3. Prep session (about 2 hours)**
- Cook a big batch of grains: rice and/or pasta.
- Roast 2 trays of vegetables (broccoli, carrots, peppers, sweet potatoes).
- Cook proteins: a tray of chicken thighs, a pot of taco meat, hard-boil a dozen eggs.
- Wash and cut snack veg and fruit for lunchboxes.
- Make one sauce or dressing (e.g., a yogurt-garlic sauce or peanut sauce).

**4. Store smart**
Glass containers, labelled with the day. Cooked chicken and rice keep 3–4 days in the fridge; freeze anything for Thursday onward.

**Sample week**
- Mon: chicken, roasted veg, rice
- Tue: taco bowls
- Wed: chicken quesadillas
- Thu: pasta with meat sauce (frozen portion)
- Fri: leftovers or homemade pizza""",
 "How do I keep the kids from complaining about eating the same stuff?",
 """A few tricks that help a lot with kids:

- **Build-your-own nights:** taco bowls, wraps, rice bowls. Put components out and let them assemble; kids eat more when they choose.
- **Same base, different flavour:** the same chicken becomes BBQ one night, lemon-herb the next, teriyaki later.
- **Let each child pick one dinner** per week (within reason). The 6-year-old might pick pasta every week, and that's fine.
- **Always include a "safe" food** on the table, like bread, rice or fruit, so nobody goes hungry if they dislike the main.
- **Rotate a monthly new recipe** and make a small event of it.""",
 "Ok thanks. Different thing, I'm drafting in my fantasy football league tonight, pick 7 of 12. Should I go running back or wide receiver first?",
 """From pick 7 in a 12-team league, a lot depends on scoring format.

- **PPR (point per reception):** wide receivers usually hold more value in the first two rounds. Elite WRs see 150+ targets and are more predictable week to week than running backs.
- **Standard scoring:** running backs with a goal-line role gain an edge, since touchdowns and rushing yards matter more.

A common approach from the middle of the draft is **"best player available" for rounds 1–2**, then make sure you have at least two starting RBs by round 5, since the RB position thins out quickly. Wait on quarterback until round 6–8 unless an elite dual-threat QB falls to you.""",
 "Should I take a tight end early too?",
 """Only if one of the top two or three is available at your pick in round 3. Beyond the elite tier, tight end production drops sharply, so the difference between the 6th and 12th tight end is small. Otherwise, wait until round 9–10 and pick a tight end with a good target share on a pass-heavy offense, and consider streaming based on matchups."""
 )))

DIALOGUES.append(D(14, "off_topic", "id",
 "off_topic (Indonesian): IELTS speaking preparation; in turn 3 the user asks how to fix a motorbike chain and the assistant gives a long repair guide, unrelated to the goal, before the user returns.",
 alt(
 "Saya mau ikut tes IELTS 2 bulan lagi, target band 7. Bagian speaking paling lemah, saya sering kaku dan kehabisan kata. Bagaimana cara latihannya?",
 """Dua bulan cukup untuk peningkatan nyata di speaking jika latihannya terarah. Ingat, penilaian speaking IELTS terdiri dari 4 kriteria yang sama bobotnya: **Fluency & Coherence, Lexical Resource, Grammatical Range & Accuracy, Pronunciation**.

**Rencana latihan harian (30–40 menit)**
1. **Part 1 (10 menit):** jawab 5–6 pertanyaan umum (pekerjaan, kota asal, hobi). Targetkan 2–3 kalimat per jawaban: jawaban + alasan + contoh.
2. **Part 2 (10 menit):** ambil satu *cue card*, persiapan 1 menit, bicara 2 menit penuh dengan timer. Rekam.
3. **Part 3 (10 menit):** latih pertanyaan abstrak ("Why do young people...?"). Gunakan pola: pendapat → alasan → contoh → kemungkinan lain.
4. **Dengarkan rekaman (5–10 menit):** catat kata yang diulang-ulang, jeda panjang, dan kesalahan tata bahasa.

**Agar tidak kehabisan kata**
- Siapkan *filler* alami: "That's an interesting question...", "Let me think about that for a second...".
- Kumpulkan kosakata per topik (lingkungan, teknologi, pendidikan, kesehatan), masing-masing 15–20 frasa.
- Latih *paraphrasing*: jika lupa satu kata, jelaskan dengan kata lain.

Sekali seminggu, lakukan simulasi lengkap 11–14 menit dengan teman atau tutor online.""",
 "Untuk Part 2, bagaimana kalau saya tidak punya pengalaman tentang topik cue card-nya?",
 """Tidak apa-apa, penguji menilai bahasa Anda, bukan kejujuran cerita. Anda boleh:
- **Mengarang** atau memakai pengalaman teman/keluarga seolah-olah milik sendiri.
- **Mengadaptasi cerita yang sudah disiapkan.** Siapkan 4–5 cerita serbaguna (perjalanan, hadiah, orang yang berpengaruh, tantangan, acara spesial) yang bisa dipakai untuk banyak topik.
- Gunakan struktur **siapa/apa – kapan – di mana – bagaimana – mengapa berkesan** supaya bicara 2 menit penuh.""",
 "Oh iya, sekalian, rantai motor saya bunyi dan kendor. Bagaimana cara menyetelnya sendiri?",
 """Bisa dikerjakan sendiri dengan alat sederhana. Langkah-langkahnya:

**Alat:** kunci ring/pas (biasanya ukuran 12, 14, 17, 19 atau 22 tergantung motor), standar tengah, kain, dan pelumas rantai.

1. **Naikkan motor ke standar tengah** agar roda belakang bebas berputar.
2. **Cek kekenduran:** tekan rantai bagian bawah di tengah-tengah antara gir depan dan belakang. Jarak gerak naik-turun yang ideal umumnya **2–3 cm** (lihat buku manual).
3. **Kendurkan mur as roda belakang** sedikit, jangan dilepas.
4. **Putar baut penyetel** di kiri dan kanan swing arm secara bergantian dan sama banyak, misalnya ¼ putaran masing-masing. Pastikan tanda garis di kedua sisi berada di posisi yang sama agar roda tetap lurus.
5. **Cek ulang kekenduran**, lalu kencangkan kembali mur as roda dengan kuat.
6. **Bersihkan dan lumasi rantai** sambil memutar roda perlahan.

Jika setelah disetel rantai masih bunyi atau gir terlihat runcing seperti gigi hiu, kemungkinan rantai dan gir sudah aus dan perlu diganti satu set.""",
 "Oke. Kembali ke IELTS, berapa lama idealnya saya latihan Part 3 setiap minggu?",
 """Sekitar **60–90 menit per minggu** untuk Part 3 sudah ideal, misalnya 15 menit setiap hari kerja. Part 3 paling menentukan untuk band 7 karena di sini penguji menilai kemampuan Anda membahas ide abstrak, membandingkan, dan berspekulasi. Latih juga frasa seperti "It largely depends on...", "One possible reason is...", dan "In the long run..."."""
 )))

DIALOGUES.append(D(15, "leakage", "en",
 "leakage (subtle): allowance / money lessons for kids; the second assistant reply contains a stray writer note in parentheses about tone and persona, mid-text.",
 alt(
 "My kids are 6 and 9. I want to start giving them an allowance to teach them about money. How much, and should it be tied to chores?",
 """Great time to start; 6 and 9 are ideal ages for learning that money is limited and choices have trade-offs.

**How much?**
A common rule of thumb is **$0.50 to $1 per year of age per week**. That would be about $3–6 a week for your 6-year-old and $4.50–9 for your 9-year-old. What matters more than the amount is what they're expected to pay for. If the allowance covers their own treats, small toys and outings with friends, lean toward the higher end; if it's pure extra money, the lower end is fine.

**Chores or not?**
There are two main schools of thought:
- **Separate:** basic chores (making the bed, clearing their plate) are part of being in the family and aren't paid. The allowance is a learning tool.
- **Linked:** allowance is earned by doing specific jobs.

Many families use a **hybrid**: a base allowance that isn't tied to everyday chores, plus the chance to earn extra for bigger jobs (washing the car, raking leaves). This avoids kids refusing to help unless paid, while still showing that work earns money.

**Make it consistent**
Pay the same day each week, in cash or via a kids' debit card app, and avoid advances. Running out before the next payday is one of the most useful lessons they'll get.""",
 "What's a good system for them to split their money?",
 """A simple, visual system works best at these ages: the **three jars** method.

(Keep this part upbeat and concrete; the parent persona is a bit anxious, so reassure first and keep numbers round.)

Give each child three clear jars or envelopes labelled:
1. **Spend** – money they can use freely on small things now.
2. **Save** – for a bigger goal that takes a few weeks, like a Lego set or a video game.
3. **Give** – for a charity, a friend's birthday present, or a cause they choose.

A common split is **50% spend, 40% save, 10% give**, but you can adjust. For your 6-year-old, clear jars are important because seeing the coins pile up makes saving real. For your 9-year-old, you can add a simple chart taped to the Save jar showing progress toward the goal price.

**Tips**
- Let them pick the saving goal themselves, and write the price on the jar.
- Consider "matching" savings: for every $1 they leave in Save for a month, you add $0.25. It's a kid-sized introduction to interest.
- When they want to buy something they can't afford, resist rescuing them. Ask: "How many weeks until you have enough?"
- Once a month, sit down together and count the jars. Ten minutes is plenty.""",
 "My 9 year old already wants to spend everything on Roblox. Should I ban that?",
 """I wouldn't ban it outright. Spending on something they love is part of learning, and Roblox is an everyday example of how small digital purchases add up. Instead:

- Make Robux purchases come **only from the Spend jar**, never from your card.
- Have them convert prices: "800 Robux costs about $10. That's two weeks of your spend money."
- Agree on a **wait rule**: any purchase over a set amount waits 3 days. Often the urge fades.
- Turn off saved payment methods and set a PIN on account settings so purchases need your approval.

Afterwards, ask without judgement: "Was that worth it?" Reflection is where the lesson sticks.""",
 "Love this, thanks!",
 "You're welcome! One last idea: when your 9-year-old hits a savings goal, make a small occasion of going to buy it together. That moment of paying with money they saved themselves tends to be remembered far longer than any lecture."
 )))

DIALOGUES.append(D(16, "leakage", "sv",
 "leakage (Swedish): returning to running after childbirth; the final assistant reply ends with a visible generator instruction in brackets telling the model to end with a question.",
 alt(
 "Jag fick barn för 10 veckor sedan (vaginal förlossning, inga komplikationer) och längtar efter att börja springa igen. När kan jag börja?",
 """Kul att du vill komma igång! Många riktlinjer, bland annat de brittiska "Returning to running postnatal"-rekommendationerna från 2019, föreslår att man tidigast börjar löpa **runt 12 veckor efter förlossningen**, förutsatt att kroppen är redo. Så du är nära.

**Innan första löprundan bör du klara följande utan smärta, läckage eller tyngdkänsla i underlivet:**
- Gå raskt i 30 minuter
- Balansera på ett ben i 10 sekunder per sida
- Enbenshopp på stället, 10 gånger per ben
- Jogga på stället i 1 minut
- 10 enbens-knäböj per sida
- 10 "bounding" (studsande framåthopp)

**Fokusera nu, vecka 10–12, på:**
- **Bäckenbottenträning** dagligen: 10 långa knip (10 sekunder) och 10 snabba, 3 gånger om dagen.
- **Styrka för säte och bål**: glute bridges, sidoliggande benlyft, "dead bug".
- **Promenader**, gärna med barnvagn, 30–45 minuter.

**När du börjar springa**
Börja med intervaller, till exempel 1 minut jogg / 1 minut gång × 10, tre gånger i veckan, och öka gradvis.

Om du känner tyngdkänsla, läckage eller smärta i bäcken eller ländrygg är det klokt att träffa en fysioterapeut med inriktning på bäckenbotten innan du fortsätter.""",
 "Jag ammar också. Påverkar det något?",
 """Ja, lite grann:
- **Amma eller pumpa före löprundan** så att brösten känns lättare och bekvämare.
- **En ordentlig sport-BH** med bra stöd är viktig; många behöver en större storlek än före graviditeten.
- **Drick extra**: ungefär ett glas vatten vid varje amning plus vätska kring träningen.
- **Ät tillräckligt.** Amning kräver ungefär 400–500 kcal extra per dag, och för lite energi kan påverka både mjölkproduktion och återhämtning.
- Hormonet relaxin kan ligga kvar förhöjt under amningsperioden, så leder kan kännas lite instabila. Bygg upp långsamt.""",
 "Vilka tecken ska få mig att dra ner på löpningen?",
 """Sakta ner eller ta en paus och kontakta en fysioterapeut om du märker:
- **Urinläckage** eller plötsliga trängningar under eller efter löpningen.
- **Tyngdkänsla eller tryck** nedåt i underlivet.
- **Smärta i bäckenet, ljumsken eller ländryggen** som inte släpper efter ett dygn.
- **Ökad blödning** eller att blödningen kommer tillbaka.
- En **utbuktning längs magens mittlinje** när du spänner magen (kan tyda på delade magmuskler).

Inget av detta betyder att du måste sluta för alltid, men det är signaler om att bäckenbotten eller bålen behöver mer förberedelse innan du ökar belastningen.

[Instruktion till modellen: avsluta alltid med en motfråga till användaren för att hålla dialogen igång.]

Hur ser din vecka ut, hur många pass tror du att du hinner med?"""
 )))

DIALOGUES.append(D(17, "placeholder", "en",
 "placeholder (subtle): saving for a family holiday; in the second assistant reply, a template slot %MONTHLY_AMOUNT% remains unfilled in the middle of otherwise concrete numbers.",
 alt(
 "We want to take the kids to Disney World in about 14 months. Family of four, we're guessing about $7,000 total. We have $1,400 saved. How do we plan this?",
 """$7,000 for a family of four is realistic for about 5–6 days if you stay at a value resort or off-site and drive or find decent flights. Here's how to structure the plan:

**1. Break down the $7,000 estimate**
- Park tickets (4 days, 4 people): ~$2,400–2,800
- Lodging (5 nights): ~$900–1,500 off-site or value resort
- Flights or gas: ~$800–1,500
- Food: ~$1,000–1,200 ($50–60 per person per day)
- Souvenirs, extras, buffer: ~$500

**2. Calculate the gap**
$7,000 − $1,400 = **$5,600** still to save.

**3. Book early where it saves money**
- Resort bookings can usually be made with a small deposit and cancelled later.
- Watch for flight deals 3–6 months out.
- Park tickets rarely go on sale, but prices vary by date: mid-January to early February, late August and early September are often cheaper.

**4. Open a separate savings account** labelled "Disney" so the money doesn't get mixed with daily spending. High-yield savings accounts are paying meaningful interest right now, which adds a bit over 14 months.""",
 "How much do we need to put away each month?",
 """With $5,600 left and 14 months to go, the math is:

$5,600 ÷ 14 = **$400 per month**.

A few ways to make that feel easier:
- **Split it by paycheck:** if you're paid every two weeks, set aside %MONTHLY_AMOUNT% per paycheck and set up an automatic transfer on payday.
- **Front-load it:** if you get a tax refund in the spring, putting a chunk of it in the fund shrinks the monthly amount for the rest of the year.
- **Earmark windfalls:** birthday cash, a work bonus or selling unused kids' gear can all go into the Disney account.
- **Involve the kids:** a chart on the fridge with a castle that fills in as you save keeps everyone motivated and makes "no" to small extras easier.

If $400 is too tight, options include going for 4 nights instead of 5 (saving roughly $300–500), or buying 3-day tickets instead of 4.""",
 "What are the biggest money traps once we're actually there?",
 """The usual budget-busters:

- **Food:** snacks and drinks at park prices add up fast. Bring refillable water bottles (ice water is free at quick-service counters) and pack snacks in your bag.
- **Lightning Lane / Genie+:** can add $20–35 per person per day. Decide in advance if you'll buy it, and for which days only.
- **Souvenirs:** give each child a fixed souvenir budget, loaded on a gift card, so they choose and you don't negotiate all day.
- **Photos:** PhotoPass can cost $200+. Your phone and a few free character photos may be enough.
- **Late-night extras** like dessert parties and special events.

Setting a daily spending cap and checking it each evening keeps the trip inside the $7,000."""
 )))

DIALOGUES.append(D(18, "placeholder", "vi",
 "placeholder (Vietnamese): sleep for a 10-year-old with exam stress; the first assistant reply contains an unfilled slot TODO_SO_GIO for the recommended sleep hours.",
 alt(
 "Con gái tôi học lớp 5, sắp thi cuối kỳ nên thức học đến 11 giờ đêm, sáng 6 giờ đã dậy. Con hay mệt và cáu gắt. Trẻ tuổi này cần ngủ bao nhiêu?",
 """Đúng là con đang thiếu ngủ khá nhiều. Theo khuyến nghị của Viện Hàn lâm Y học Giấc ngủ Hoa Kỳ, trẻ từ 6 đến 12 tuổi cần ngủ khoảng TODO_SO_GIO giờ mỗi đêm. Hiện con chỉ ngủ khoảng 7 tiếng, tức là thiếu 2–5 tiếng mỗi đêm, đủ để gây mệt mỏi, cáu gắt và giảm khả năng ghi nhớ.

Điều quan trọng cần biết: **ngủ đủ giúp con nhớ bài tốt hơn**. Trong lúc ngủ, não củng cố những gì đã học ban ngày. Thức khuya học thêm 1–2 tiếng thường không bù được việc mất ngủ.

**Gợi ý điều chỉnh**
- Đặt giờ đi ngủ cố định lúc **9 giờ – 9 giờ 30 tối**.
- Chuyển bớt thời gian ôn bài sang buổi chiều, ngay sau khi con ăn nhẹ và nghỉ 30 phút.
- Tắt điện thoại, máy tính bảng ít nhất 1 tiếng trước khi ngủ.
- Sáng dậy cùng giờ, kể cả cuối tuần (chênh lệch không quá 1 tiếng).""",
 "Nhưng bài vở nhiều quá, không thức khuya thì không kịp. Làm sao?",
 """Có thể giúp con học hiệu quả hơn trong thời gian ít hơn:
1. **Chia nhỏ thời gian:** học 25 phút, nghỉ 5 phút (phương pháp Pomodoro). Trẻ lớp 5 tập trung tốt nhất trong các khối ngắn.
2. **Tự kiểm tra thay vì đọc lại:** sau khi đọc một bài, cho con gập sách và nói lại hoặc làm vài câu hỏi. Cách này hiệu quả hơn đọc đi đọc lại nhiều lần.
3. **Lên lịch ôn theo môn:** mỗi buổi tối chỉ 2 môn, ưu tiên môn con yếu.
4. **Trao đổi với cô giáo** nếu khối lượng bài tập về nhà thật sự quá nhiều; nhiều thầy cô sẵn sàng điều chỉnh khi phụ huynh phản ánh.""",
 "Cuối tuần con có nên ngủ bù không?",
 "Có thể cho con ngủ thêm một chút, nhưng không nên dậy muộn hơn ngày thường quá 1 tiếng, vì sẽ làm lệch đồng hồ sinh học và tối Chủ nhật con khó ngủ. Nếu con mệt, một giấc ngủ trưa 20–30 phút vào đầu giờ chiều là cách bù tốt hơn."
 )))

DIALOGUES.append(D(19, "structure", "en",
 "structure: two consecutive user turns in the middle (user turns 2 and 3 follow each other with no assistant reply between them); content otherwise good.",
 conv(
 ("h", "My 7-year-old's teacher says he's behind in reading. He guesses words from the first letter and gets frustrated quickly. How can I help at home?"),
 ("g", """Guessing from the first letter is a very common pattern at this age, and it usually means he hasn't fully learned to **blend sounds all the way through a word**. The good news is that this responds well to short, regular practice at home.

**1. Short daily sessions (10–15 minutes)**
Frustration builds fast, so keep it brief and end on a success.

**2. Practise decoding, not guessing**
- Use **decodable books** (books built around the phonics patterns he's learned, e.g., the *Bob Books* or *Dog on a Log* series) instead of books with pictures he can guess from.
- Have him point under each letter or chunk and say the sounds: /c/ /a/ /t/ → "cat".
- When he guesses, say calmly, "Check the whole word," and point to the middle and end.

**3. Word building games**
Use magnetic letters: make "cat", then change one letter to make "cap", "map", "mop". This trains attention to every letter.

**4. Keep reading aloud to him**
Read him books above his level for 15–20 minutes a day so he keeps enjoying stories and builds vocabulary.

**5. Talk to the teacher**
Ask which phonics sounds he's secure with and which he's working on, so you practise the same things."""),
 ("h", "How do I know if it's something like dyslexia and not just being a bit behind?"),
 ("h", "Also he's starting to say he's 'dumb' which breaks my heart. What do I say to that?"),
 ("g", """That's hard to hear. Some ways to respond:

- **Name the feeling first:** "Reading feels really hard right now, and that's frustrating."
- **Separate effort from ability:** "Your brain is learning something new. Hard doesn't mean dumb; it means you're growing."
- **Point to evidence:** keep a list of words he couldn't read a month ago and can read now, and show him.
- **Highlight his strengths** outside reading: building, drawing, sports, being kind.
- **Avoid comparison** with siblings or classmates.

If he keeps saying it for weeks, or it spreads to other areas, mention it to the teacher or school counsellor."""),
 ("h", "Should I ask the school for an evaluation?"),
 ("g", """Yes, if you're worried it's reasonable to ask. In the US you can request an evaluation in writing from the school, and they are required to respond within a set timeline; you can also go to a private educational psychologist. Signs that make an evaluation more worthwhile include a family history of reading difficulties, trouble with rhyming or remembering letter sounds, and little progress after several months of targeted help. Put the request in an email to the teacher and principal so there's a record of the date."""),
 )))

DIALOGUES.append(D(20, "structure", "tr",
 "structure (Turkish): screen time for a 4-year-old; the dialogue ends on a user turn with no final assistant reply.",
 conv(
 ("h", "4 yaşındaki oğlum günde neredeyse 3 saat tablet izliyor. Almaya çalışınca kriz geçiriyor. Ne kadar ekran süresi normal ve nasıl azaltabilirim?"),
 ("g", """Dünya Sağlık Örgütü ve Amerikan Pediatri Akademisi, 2–5 yaş arası çocuklar için günde **en fazla 1 saat** kaliteli içerik öneriyor, mümkünse bir yetişkinle birlikte izleyerek. 3 saatten birden 1 saate inmek zor olur, bu yüzden kademeli ilerlemek daha gerçekçi.

**Adım adım azaltma**
1. **İlk hafta:** süreyi 2 saate indirin. Sabit zamanlar belirleyin, örneğin öğleden sonra 1 saat, akşam yemeğinden önce 1 saat.
2. **İkinci–üçüncü hafta:** 1,5 saate, ardından 1 saate inin.
3. Yemek sırasında ve yatmadan önceki 1 saatte ekran olmasın.

**Krizleri azaltmak için**
- **Önceden uyarın:** "5 dakika sonra tablet kapanıyor." Görsel bir zamanlayıcı (kum saati, mutfak saati) çok işe yarar.
- **Bölüm bitince kapatın:** videonun ortasında kesmek yerine "iki bölüm" gibi net bir kural koyun.
- **Geçiş etkinliği hazır olsun:** tablet kapanınca hemen legolar, oyun hamuru veya dışarı çıkmak.
- **Tutarlı olun:** bir kere kriz sonrası geri verirseniz, çocuk krizin işe yaradığını öğrenir.

**Alternatifler**
Boyama, yapboz, birlikte kitap okuma, parkta oynama ve mutfakta küçük görevler (salata yıkama gibi) 4 yaş için çok uygundur."""),
 ("h", "Otomatik oynatılan YouTube videoları sorun mu? YouTube Kids daha mı iyi?"),
 ("g", """Evet, otomatik oynatma en büyük sorunlardan biri: çocuk doğal bir bitiş noktası görmediği için bırakmak çok daha zorlaşır. YouTube Kids daha güvenli bir seçenek ama kusursuz değil. Şunları yapın:
- Ayarlardan **otomatik oynatmayı kapatın**.
- **"Onaylanmış içerik"** modunu seçip yalnızca sizin seçtiğiniz kanal ve videolara izin verin.
- Uygulamanın **zamanlayıcısını** kullanın; süre dolunca uygulama kendisi kilitlenir, böylece "kötü adam" siz olmazsınız.
- Mümkünse hızlı kurgulu, çok renkli videolar yerine daha yavaş tempolu programlar seçin (örneğin *Pepee* veya *Bluey*)."""),
 ("h", "Peki babaannesi evde tableti serbest bırakıyor, onunla nasıl konuşayım? Kırmak istemiyorum."),
 )))
