from parta_common import alt, conv, D

DIALOGUES = []

DIALOGUES.append(D(21, "repetition", "en",
 "repetition (subtle): teen soccer player nutrition; in turn 4 the user re-asks the pre-game meal question already answered in turn 2 (reworded), and the assistant answers it again in other words.",
 alt(
 "My son is 14 and plays competitive soccer, training 4 evenings a week plus games on Saturday. He's always starving and I'm not sure he's eating the right things. What does he need?",
 """A 14-year-old training that much has high needs, because he's fuelling both growth and sport. Active teen boys often need **2,800–3,200 kcal a day** or more, so constant hunger is expected.

**The basics**
- **Carbohydrates** are his main fuel: rice, pasta, potatoes, bread, oats, fruit. On training days, aim for a carb source at every meal.
- **Protein** for growth and muscle repair: roughly **1.2–1.6 g per kg** of body weight. For a 55 kg teen, that's about 65–90 g a day, spread across meals: eggs, chicken, fish, yogurt, milk, beans, lean meat.
- **Fats** from nuts, olive oil, avocado, fish.
- **Calcium and vitamin D** for bones during the growth spurt: 3 servings of dairy or fortified alternatives a day.
- **Iron** from red meat, beans and fortified cereals.

**Daily structure**
Three meals plus 2–3 snacks. A typical training day:
- Breakfast: oats with milk, banana, peanut butter
- Lunch: sandwich with chicken or tuna, fruit, yogurt
- After school snack (about 1.5–2 hours before training): toast with honey, a banana, or a granola bar
- After training: dinner within an hour, including protein and carbs (e.g., pasta with meat sauce and salad)
- Evening: glass of milk or yogurt if still hungry

**Hydration**
Water throughout the day, plus 500 ml in the two hours before training. Sports drinks are only needed for very hot days or sessions over 60–90 minutes.""",
 "What should he eat before Saturday games? They're usually at 10am.",
 """For a 10 a.m. kick-off:

- **Breakfast around 7:00–7:30** (2.5–3 hours before): something carb-rich with a bit of protein, low in fat and fibre. Examples: porridge with banana and honey, toast with eggs, or a bagel with jam and a glass of milk.
- **Small top-up around 9:00–9:15** if he's hungry: a banana, a few crackers, or a cereal bar.
- **Fluids:** about 400–600 ml of water with breakfast, then sips until warm-up.
- **Avoid** greasy foods (fried breakfast, pastries), large amounts of fibre, and anything new on game day.

At half-time, water and some orange slices are plenty.""",
 "And after the game, what helps recovery?",
 """Within about an hour after the game:
- **Carbs to refill energy** plus **20–30 g of protein** for muscle repair. Chocolate milk (about 500 ml) is a classic, cheap option.
- Then a proper meal within 2 hours: e.g., a chicken wrap with rice, or pasta with meat sauce.
- **Rehydrate:** roughly 500–750 ml of water for every 0.5 kg lost, or simply drink until his urine is pale yellow.
- **Sleep** is the biggest recovery tool: 8–10 hours for his age.""",
 "Got it. So, just to be sure, what's the best thing for him to eat on game morning before that 10am start?",
 """For a 10 o'clock game, aim to get breakfast into him about two and a half to three hours beforehand, so roughly 7 to 7:30. Keep it mostly carbohydrate with a little protein, and go easy on fat and fibre: a bowl of oatmeal with a sliced banana and some honey, eggs on toast, or a bagel with jam alongside a glass of milk all work.

If he's peckish again around 9, a banana, some crackers or a cereal bar will top him up. Have him drink 400–600 ml of water with breakfast and keep sipping until warm-up. Skip fried food, pastries and anything unfamiliar on match day."""
 )))

DIALOGUES.append(D(22, "repetition", "id",
 "repetition (Indonesian): toddler fever care; in turn 4 the user asks near-verbatim the same question as turn 2 (when to see a doctor) and the assistant repeats its earlier answer almost word for word.",
 alt(
 "Anak saya umur 2 tahun demam 38,5°C sejak sore. Masih mau minum dan main sedikit. Apa yang harus saya lakukan di rumah?",
 """Demam 38,5°C pada anak 2 tahun yang masih mau minum dan bermain umumnya bisa dirawat di rumah dulu. Demam sendiri adalah respons tubuh melawan infeksi, biasanya karena virus.

**Perawatan di rumah**
- **Cukupi cairan:** tawarkan ASI, air putih, susu, atau kuah sup sedikit-sedikit tapi sering.
- **Pakaian tipis** dan ruangan yang sejuk; jangan diselimuti tebal.
- **Obat penurun panas** bila anak tampak rewel atau tidak nyaman: parasetamol (10–15 mg/kg per dosis, setiap 4–6 jam) atau ibuprofen (5–10 mg/kg per dosis, setiap 6–8 jam) untuk anak di atas 6 bulan. Ikuti dosis sesuai berat badan di kemasan. Jangan beri aspirin.
- **Kompres air hangat** di dahi, ketiak, dan lipatan paha bisa membuat anak lebih nyaman. Jangan pakai air es atau alkohol.
- **Istirahat** dan pantau suhu setiap 4–6 jam.

Tujuan obat bukan membuat suhu normal sempurna, tapi membuat anak lebih nyaman.""",
 "Kapan saya harus bawa ke dokter?",
 """Segera bawa ke dokter atau IGD jika:
- Demam **40°C atau lebih**.
- Demam berlangsung **lebih dari 3 hari**.
- Anak **kejang**.
- Anak **sangat lemas, sulit dibangunkan**, atau tidak merespons seperti biasa.
- **Tanda dehidrasi:** tidak buang air kecil lebih dari 8 jam, bibir kering, menangis tanpa air mata.
- **Sesak napas** atau napas cepat.
- Muncul **ruam** yang tidak hilang saat ditekan dengan gelas.
- **Leher kaku** atau muntah terus-menerus.""",
 "Bolehkan parasetamol dan ibuprofen diberikan bergantian?",
 """Sebaiknya tidak rutin dilakukan tanpa saran dokter. Memberi bergantian meningkatkan risiko salah dosis, dan manfaatnya untuk kenyamanan anak tidak jauh berbeda. Mulailah dengan satu jenis obat. Jika setelah dosis penuh anak masih sangat tidak nyaman sebelum jadwal dosis berikutnya, barulah konsultasikan dengan dokter apakah obat kedua boleh diberikan.""",
 "Oke. Kapan saya harus bawa ke dokter?",
 """Segera bawa ke dokter atau IGD jika:
- Demam **40°C atau lebih**.
- Demam berlangsung **lebih dari 3 hari**.
- Anak **kejang**.
- Anak **sangat lemas, sulit dibangunkan**, atau tidak merespons seperti biasanya.
- **Tanda dehidrasi:** tidak buang air kecil lebih dari 8 jam, bibir kering, menangis tanpa air mata.
- **Sesak napas** atau napas cepat.
- Muncul **ruam** yang tidak hilang saat ditekan dengan gelas.
- **Leher kaku** atau muntah terus-menerus."""
 )))

DIALOGUES.append(D(23, "non_answer", "en",
 "non_answer: history essay homework help; the third assistant reply only acknowledges and restates the student's request for a sharper thesis without giving any help.",
 alt(
 "I have to write a 1,000-word essay for 10th grade history: 'To what extent did the Industrial Revolution improve life for ordinary people in Britain?' I don't know how to structure it.",
 """"To what extent" questions want you to **weigh both sides and reach a judgement**, not just list facts. A structure that works well for 1,000 words:

**Introduction (~120 words)**
- One or two sentences of context (Britain, roughly 1760–1850).
- Define "ordinary people" (factory workers, miners, farm labourers moving to towns).
- State your **thesis**: your overall answer to "to what extent".

**Body paragraph 1 – ways life improved (~250 words)**
- Cheaper manufactured goods (cotton clothing, pottery).
- New jobs and, after about 1840, slowly rising real wages.
- Railways after the 1830s: cheaper travel, fresher food in cities.

**Body paragraph 2 – ways life got worse (~250 words)**
- Overcrowded, unsanitary housing; cholera outbreaks in 1832 and 1848–49.
- Long factory hours, child labour (before and even after the Factory Act of 1833).
- Dangerous conditions in mines and mills.

**Body paragraph 3 – change over time (~250 words)**
- Early decades vs. later: reforms such as the Factory Acts, the Public Health Act of 1848, and growing trade unions.
- This is where you show "extent": it got worse before it got better.

**Conclusion (~130 words)**
Restate your judgement and explain which factor matters most to your answer.

Use PEEL in each paragraph: **Point, Evidence, Explain, Link** back to the question.""",
 "Ok, my thesis is: 'The Industrial Revolution had good and bad effects on ordinary people.' Is that good?",
 """It's a start, but it's too safe. Almost any topic has "good and bad effects", so it doesn't answer **to what extent**. A strong thesis takes a position and hints at your reasoning.

Compare:
- Weak: "The Industrial Revolution had good and bad effects on ordinary people."
- Stronger: "In the short term, the Industrial Revolution made life worse for most ordinary people through dangerous work and squalid housing, but by the 1850s reforms and rising wages meant it had begun to improve their lives significantly."

The stronger version gives a judgement (worse first, then better) and sets up your three paragraphs.""",
 "That's helpful. Can you help me make my own thesis sharper? I think the railways were the biggest improvement.",
 """Absolutely, sharpening a thesis is one of the most important steps in writing a history essay, and it's great that you're thinking about it before drafting the body. You'd like your own thesis to be sharper, and you feel the railways were the biggest improvement. That's a really interesting angle to take, and it shows you're starting to form your own judgement about the question, which is exactly what teachers look for in a "to what extent" essay. Working on this now will make the rest of your essay much easier to write.""",
 "What evidence could I use for the railways part?",
 """Good evidence for railways:

- **Scale:** Britain went from under 100 miles of track in 1830 to over 6,000 miles by 1850.
- **Cheap travel:** the Railway Regulation Act of 1844 required at least one train a day on each line at **a penny a mile** ("Parliamentary trains"), making travel affordable for working people.
- **Food and goods:** fresh milk, fish and vegetables could reach cities quickly, improving diets; coal became cheaper for heating.
- **Jobs:** hundreds of thousands worked building and running the railways (the navvies).
- **Leisure:** by the 1850s–60s, day trips to the seaside (e.g., Blackpool, Brighton) became possible for workers.
- **Counterpoint for balance:** navvies faced dangerous work and many deaths, and railways came late (1830s+), so they did little for people in the first decades of industrialisation.

Using that counterpoint actually strengthens your "to what extent" argument."""
 )))

DIALOGUES.append(D(24, "non_answer", "en",
 "non_answer (subtle): strength training for a 50-year-old woman; the final long reply sounds helpful but only restates that protein and creatine questions are important and individual, giving no amounts or timing.",
 alt(
 "I'm a 50-year-old woman, post-menopausal, and my doctor told me to start lifting weights for bone density. I've never lifted. How do I start safely?",
 """Your doctor's advice is well supported: resistance training is one of the best ways to slow bone loss after menopause, and it also helps muscle mass, balance and blood sugar.

**Start with 2 sessions a week**, on non-consecutive days, about 40 minutes each.

**Beginner routine (2–3 sets of 8–12 reps)**
1. **Goblet squat** with a dumbbell or kettlebell (or sit-to-stand from a chair)
2. **Romanian deadlift** with dumbbells (hinge at the hips, flat back)
3. **Dumbbell bench or floor press**
4. **Seated cable row** or one-arm dumbbell row
5. **Overhead press** with light dumbbells
6. **Step-ups** onto a low box
7. **Farmer's carry:** walk 20–30 metres holding dumbbells

**Key principles**
- **Technique first:** start light enough that the last 2 reps feel challenging but clean.
- **Progress gradually:** when you can do 12 good reps in every set, increase the weight by the smallest step available.
- **Heavier over time matters:** research like the LIFTMOR trial showed that supervised, progressive heavier lifting improved bone density in post-menopausal women with low bone mass.
- **Add impact if cleared:** small jumps or heel drops can also stimulate bone.

If you have diagnosed osteoporosis, ask about avoiding loaded spinal flexion (like sit-ups with weights) and consider a few sessions with a physiotherapist or certified trainer to learn form.""",
 "Should I use machines or free weights?",
 "Both are fine. Machines are a great way to start because they guide the movement and feel safer, so many beginners spend the first 4–6 weeks mostly on machines. Free weights add balance and coordination, which matter for fall prevention, so gradually include dumbbell exercises like goblet squats and farmer's carries. A mix of the two is ideal.",
 "How do I know if I'm progressing besides the scale?",
 """Good markers that have nothing to do with the scale:
- **Training log:** weights and reps going up over weeks is the clearest sign.
- **Everyday tasks:** carrying groceries, climbing stairs, getting up from the floor feel easier.
- **Balance:** time how long you can stand on one leg; retest monthly.
- **Grip strength:** some gyms and physios can measure it.
- **Bone density:** your doctor may repeat a DEXA scan after 1–2 years; bone changes slowly, so don't expect quick results there.""",
 "How much protein should I be eating, and is creatine worth taking for someone my age? If so, how much and when?",
 """These are both really important questions to be asking as you start your strength training journey, and it's great that you're thinking about nutrition alongside the lifting itself. Protein and creatine come up a lot for women in your situation, and how much of each makes sense, and when, can depend on quite a few individual factors, including your goals, your overall diet, and your health history.

Protein is something many people wonder about when they begin lifting, and it's certainly a key part of the picture when it comes to building and keeping muscle. Creatine, too, is a supplement that gets a lot of attention, and there's been growing interest in whether it might be helpful for people in midlife and beyond. Whether it's worth it for you is a very personal decision.

The best approach is to look at both of these thoughtfully as part of your overall plan, and to keep in mind that nutrition and training work together. It's worth bringing both topics up with your doctor or a registered dietitian, who can look at your specific situation."""
 )))

DIALOGUES.append(D(25, "misaligned", "en",
 "misaligned: learning French for work; the four assistant replies are rotated by one (reply 1 answers query 2, reply 2 answers query 3, reply 3 answers query 4, reply 4 answers query 1).",
 alt(
 "My company is relocating me to Lyon in 10 months. I have zero French. How should I structure my learning?",
 """For a working adult, a few tools stand out, each for a different job:

- **Anki** (free on desktop/Android): spaced-repetition flashcards for vocabulary. Download a "French 5000 most frequent words" deck and do 15 new cards a day.
- **Assimil "Le Nouveau Français sans peine"**: an audio course with a dialogue a day, excellent for natural spoken French.
- **Duolingo or Babbel**: fine for habit-building on the commute, but not enough on their own. Babbel is more grammar-focused, which many adults prefer.
- **italki or Preply**: find a French tutor (about $15–30/hour) for conversation once you have some basics.
- **InnerFrench podcast**: slow, clear French about interesting topics, great from about month 3 onward.

Use one app for habit, one course for structure, and a tutor for speaking.""",
 "Which apps or resources are actually worth paying for?",
 """Noun gender is the classic French headache. Some strategies:

- **Always learn the noun with its article:** not "table" but "**la** table"; not "livre" but "**le** livre". Put the article on the flashcard.
- **Use endings as clues** (they work most of the time):
  - Usually masculine: **-age** (le fromage), **-ment** (le gouvernement), **-eau** (le bureau), **-isme**
  - Usually feminine: **-tion/-sion** (la réunion), **-té** (la société), **-ette**, **-ence/-ance**, **-ure**
  - Exceptions exist (la plage, l'eau is feminine), so note them separately.
- **Colour-code your flashcards:** blue for masculine, red for feminine. Visual memory helps.
- **Learn in phrases:** "une bonne idée", "un grand bureau". Adjective agreement reinforces the gender.

Expect it to feel random for a few months; it gets much more automatic with exposure.""",
 "How do I memorise whether nouns are masculine or feminine? It seems random.",
 """For a work relocation, DELF B1 is a sensible target, and some employers or visa routes ask for it. The exam has four parts, each worth 25 points: **listening, reading, writing, and speaking**. You need 50/100 overall and at least 5/25 in each part.

**Preparation**
- **Practise with official sample papers** from France Éducation international.
- **Writing:** the task is usually a 160–180 word letter, forum post or article giving your opinion. Learn connectors like *d'abord, ensuite, cependant, en revanche, donc*.
- **Speaking:** three parts: a guided interview, an interactive role-play, and expressing your opinion on a short document. Practise the opinion monologue with a tutor weekly.
- **Listening:** radio like RFI's *Journal en français facile* (10 minutes a day).

Budget about 8–10 weeks of focused exam prep once you're around a solid A2.""",
 "Should I take the DELF B1 before I move? What's on it?",
 """With 10 months, a realistic target is a solid A2 to low B1, enough to handle daily life and simple work conversations. A structure:

**Months 1–3: Foundations**
- Pronunciation basics (nasal vowels, silent endings, liaison).
- The 1,000 most common words.
- Present tense, être/avoir, basic questions, numbers, time.
- 45–60 minutes a day: 15 min flashcards, 30 min course, 10 min listening.

**Months 4–7: Building**
- Passé composé, imparfait, futur proche.
- Weekly tutor session focused on speaking.
- Work vocabulary: meetings, emails, phone calls.
- Start listening to slow French podcasts daily.

**Months 8–10: Real-life preparation**
- Two tutor sessions a week simulating real situations: opening a bank account, renting an apartment, small talk with colleagues.
- Read short French news every day.
- Watch French TV series with French subtitles.

Consistency matters more than long sessions: one hour every day beats seven hours on Sunday."""
 )))

DIALOGUES.append(D(26, "misaligned", "sv",
 "misaligned (Swedish): starting solid food for a baby; the assistant replies to turns 2 and 3 are swapped (allergen answer given to the water question and vice versa).",
 alt(
 "Vår dotter är 5 månader. När ska vi börja med smakportioner och hur?",
 """Livsmedelsverket rekommenderar att man börjar med **smakportioner från ungefär 4–6 månaders ålder**, så ni är precis i rätt tid. Smakportioner är små mängder, från en kryddmått till en tesked, som handlar om att vänja barnet vid nya smaker och konsistenser, inte om att mätta. Bröstmjölk eller ersättning är fortfarande huvudmaten.

**Så kan ni göra**
- **Välj ett tillfälle om dagen** när hon är pigg och inte jättehungrig.
- **Börja med en sak i taget**, till exempel mosad potatis, morot, avokado, banan eller välkokt gröt.
- **Ge samma smak några dagar** innan ni lägger till nästa.
- **Låt henne sitta upprätt**, i knät eller i en barnstol med stöd.
- **Ingen salt, socker eller honung** (honung först efter 1 år på grund av risken för botulism).

**Tecken på att hon är redo**
- Kan hålla upp huvudet stadigt och sitta med stöd.
- Visar intresse för er mat.
- Tungan skjuter inte automatiskt ut allt ur munnen.

Räkna med att mycket hamnar utanför munnen de första veckorna; det är helt normalt.""",
 "Behöver hon dricka vatten nu när hon börjar äta?",
 """Ja, och det är bra att inte vänta med dem. Tidigare trodde man att man skulle skjuta upp allergena livsmedel, men i dag vet man att **tidig introduktion kan minska risken för allergi**.

- **Ägg:** ge välkokt ägg, mosat i gröt eller potatis, från cirka 4–6 månader.
- **Jordnötter:** aldrig hela nötter (kvävningsrisk), utan en liten mängd jordnötssmör utrört i gröt eller mos.
- **Fisk:** kokt och noggrant urbenad, till exempel lax eller torsk.
- **Vete:** i gröt eller små bitar mjukt bröd.

Introducera ett nytt allergen åt gången, gärna på förmiddagen så att ni kan se eventuella reaktioner under dagen. Vid tidigare svårt eksem eller känd allergi bör ni prata med BVC innan.""",
 "Och hur gör vi med ägg och jordnötter? Jag har hört att man ska vänta med allergener.",
 """Så länge hon får bröstmjölk eller ersättning får hon det mesta av sin vätska den vägen. När smakportionerna blir större kan ni erbjuda några klunkar vatten i en liten mugg eller pipmugg i samband med måltiden. Det är mest för att hon ska vänja sig vid att dricka ur mugg. Kranvatten går bra i de flesta kommuner, men har ni egen brunn bör vattnet testas först.""",
 "Tack, vad bra. När brukar barn kunna äta samma mat som resten av familjen?",
 "Runt 8–12 månader kan de flesta barn äta i stort sett samma mat som familjen, i mindre bitar och utan extra salt. Sätt undan hennes portion innan ni saltar eller kryddar starkt, och fortsätt med bröstmjölk eller ersättning som komplement under det första året."
 )))

DIALOGUES.append(D(27, "bad_length", "en",
 "bad_length: family finance, car loan vs. investing; the second assistant reply is just 'It depends.' to a substantive question, while other replies are detailed.",
 alt(
 "We have an emergency fund of 4 months' expenses now, finally. Next step: we have a car loan at 6.9% with $11,000 left, and we're already getting the full 401(k) match. Should extra money go to the car loan or more investing?",
 """Congratulations on the emergency fund, that's a real milestone. With the match captured, you're at the point where it's a trade-off between a **guaranteed return** and an **expected return**.

**Paying off the car loan**
- Every extra dollar "earns" exactly **6.9%**, guaranteed and risk-free.
- $11,000 paid off early frees up the monthly payment for other goals.
- Interest on a personal car loan isn't tax-deductible, so 6.9% is the true cost.

**Investing more (e.g., additional 401(k) contributions or a Roth IRA)**
- Long-term stock market returns have averaged roughly 7–10% a year historically, but with no guarantee, and some years are sharply negative.
- Pre-tax 401(k) contributions also reduce your taxable income now, which adds to the effective return.
- Roth IRA space is "use it or lose it" each year.

**A common rule of thumb**
- Debt above ~7–8%: pay it off first.
- Debt below ~4–5%: invest.
- In between (like 6.9%): it's close, and a **split** is very reasonable, e.g., 50/50 between the loan and a Roth IRA.

Your personality matters too: if the loan bothers you, the psychological win of being debt-free is worth something.""",
 "If we split it 50/50 and we have about $800 a month extra, how long until the car is paid off, and what would the Roth have roughly by then?",
 "It depends.",
 "Is a Roth IRA or more 401(k) better for us? We're in the 22% bracket.",
 """In the 22% bracket, both are reasonable; the key question is whether you expect your tax rate in retirement to be higher or lower than now.

- **Roth IRA:** you pay tax now (22%), withdrawals in retirement are tax-free. Good if you expect similar or higher tax rates later, and it adds **tax diversification** if most of your savings are already pre-tax in the 401(k). Contributions (not earnings) can be withdrawn anytime without penalty, a useful safety valve. 2025 limit: $7,000 per person, subject to income limits.
- **Extra pre-tax 401(k):** saves 22% in tax now, taxed on withdrawal. Better if you expect a lower bracket in retirement. Check your plan's fund fees; if they're high (over ~0.5%), a Roth IRA at a low-cost brokerage is more attractive.

For many couples in the 22% bracket with a 401(k) match already captured, the common order is: **match → Roth IRAs → more 401(k)**.""",
 "Ok, we'll open Roth IRAs. Any brokerage you'd suggest?",
 "The big low-cost options are Fidelity, Charles Schwab and Vanguard. All three offer no account fees and commission-free trades on their own index funds or ETFs. Fidelity and Schwab have no investment minimums on many of their index funds, which makes it easy to start with $400 a month. Pick whichever app you like using, and open one Roth IRA for each of you, since IRAs are individual accounts."
 )))

DIALOGUES.append(D(28, "bad_length", "vi",
 "bad_length (Vietnamese): helping a child learn English vocabulary; the last assistant reply starts on topic but becomes a long ramble drifting to the history of English and of the Vietnamese quốc ngữ script, never answering how many words a day.",
 alt(
 "Con trai tôi học lớp 3, bắt đầu học tiếng Anh ở trường. Tôi muốn giúp con học từ vựng ở nhà nhưng tôi không giỏi tiếng Anh lắm. Nên làm thế nào?",
 """Bố mẹ không cần giỏi tiếng Anh vẫn có thể giúp con rất nhiều, vì vai trò chính của bạn là **tạo thói quen và sự hứng thú**. Một số cách đơn giản:

**1. Học theo chủ đề của trường**
Hỏi cô giáo hoặc xem sách giáo khoa để biết con đang học chủ đề gì (màu sắc, đồ vật trong lớp, gia đình, con vật...). Ôn đúng những từ đó ở nhà.

**2. Thẻ từ (flashcards)**
- Một mặt vẽ hình hoặc dán ảnh, mặt kia viết từ tiếng Anh.
- Mỗi ngày 10–15 phút, chơi "đoán từ" hoặc "lật thẻ ghép cặp".
- Các ứng dụng như Quizlet có sẵn phát âm chuẩn, giúp bạn không lo phát âm sai.

**3. Dán nhãn đồ vật trong nhà**
Dán giấy ghi "door", "table", "window" lên đồ vật. Con nhìn thấy mỗi ngày sẽ nhớ tự nhiên.

**4. Nghe và xem**
Cho con xem các kênh dành cho trẻ em như *Super Simple Songs*, *Peppa Pig* bằng tiếng Anh, 15–20 phút mỗi ngày.

**5. Học cùng con**
Bạn có thể học cùng và để con "dạy lại" bố mẹ. Trẻ rất thích làm thầy giáo, và việc giảng lại giúp con nhớ lâu hơn.""",
 "Con hay quên từ đã học tuần trước. Có cách nào nhớ lâu hơn không?",
 """Quên là bình thường; bí quyết là **ôn lại đúng lúc**, tức là lặp lại ngắt quãng:
- Ôn từ mới vào **ngày hôm sau**, rồi **3 ngày sau**, rồi **1 tuần sau**.
- Chia thẻ thành 3 hộp: "chưa nhớ" (ôn mỗi ngày), "hơi nhớ" (ôn 2–3 ngày một lần), "nhớ rồi" (ôn mỗi tuần).
- Cho con **dùng từ trong câu**: "I have a red pen." Từ được dùng sẽ nhớ lâu hơn từ chỉ đọc thuộc.""",
 "Mỗi ngày nên cho con học bao nhiêu từ mới là vừa?",
 """Câu hỏi về số lượng từ mới mỗi ngày khiến tôi nhớ đến một điều thú vị: tiếng Anh là một ngôn ngữ có kho từ vựng cực kỳ lớn, một phần vì lịch sử rất đặc biệt của nó. Sau cuộc chinh phục của người Norman năm 1066, tiếng Pháp trở thành ngôn ngữ của tầng lớp quý tộc Anh trong gần ba thế kỷ, nên ngày nay tiếng Anh có rất nhiều cặp từ song song, ví dụ "cow" (gốc Anglo-Saxon, chỉ con bò ngoài đồng) và "beef" (gốc Pháp, chỉ thịt bò trên bàn ăn của quý tộc). Sau đó, thời Phục Hưng lại mang vào hàng nghìn từ gốc Latinh và Hy Lạp.

Điều này cũng khá giống với tiếng Việt, vốn có một lớp từ Hán Việt rất lớn song song với từ thuần Việt, như "phụ nữ" và "đàn bà". Thú vị hơn, chữ viết tiếng Việt hiện nay, chữ Quốc ngữ, lại được hình thành từ thế kỷ 17 nhờ các giáo sĩ phương Tây, trong đó nổi tiếng nhất là Alexandre de Rhodes với cuốn từ điển Việt – Bồ – La xuất bản năm 1651 tại Rome. Trước đó, người Việt dùng chữ Hán và chữ Nôm, và phải đến đầu thế kỷ 20 chữ Quốc ngữ mới được phổ biến rộng rãi nhờ các phong trào như Đông Kinh Nghĩa Thục.

Có lẽ vì thế mà người Việt học bảng chữ cái Latinh khá nhanh, nhưng lại thường gặp khó khăn với cách phát âm tiếng Anh vốn không thống nhất giữa chữ viết và âm đọc, một hệ quả của sự thay đổi nguyên âm lớn (Great Vowel Shift) diễn ra từ thế kỷ 15 đến thế kỷ 18 ở Anh, khi cách viết đã được cố định phần nào bởi máy in của William Caxton."""
 )))

DIALOGUES.append(D(29, "contradiction", "en",
 "contradiction (subtle): weight loss plan; turn 1 sets a 1,900 kcal daily target, but the final long reply refers to 'your 2,200 kcal target' when planning meals.",
 alt(
 "I'm a 41-year-old man, 5'10\", 196 lb, desk job, and I want to lose about 20 lb over the next 5 months. How many calories should I eat?",
 """A 20 lb loss over about 5 months (roughly 1 lb a week) is a realistic, sustainable pace.

**Estimating your maintenance calories**
Using the Mifflin-St Jeor equation for a 41-year-old man at 5'10" (178 cm) and 196 lb (89 kg):
- BMR ≈ 10 × 89 + 6.25 × 178 − 5 × 41 + 5 ≈ **1,800 kcal/day**
- With a desk job and light activity (factor ~1.3): maintenance ≈ **2,350–2,400 kcal/day**

**Your target**
To lose about 1 lb a week you need a deficit of about 500 kcal a day, which puts you at roughly **1,900 kcal/day**.

**Protein**
Aim for about **150–170 g of protein a day** (around 0.8 g per lb of goal weight). It keeps you fuller and helps preserve muscle while losing fat.

**How to track it**
- Use an app like MyFitnessPal or Cronometer for the first 4–6 weeks. Weigh foods with a kitchen scale at first; guessing portions is where most people go wrong.
- Weigh yourself 3–4 mornings a week and look at the **weekly average**, since daily numbers swing 2–4 lb with water and salt.
- If the average isn't dropping after 3 weeks, reduce intake by about 150 kcal or add more walking.

**Activity**
Adding 7,000–9,000 steps a day and 2–3 strength sessions a week will make the loss easier and more of it fat rather than muscle.""",
 "Is it ok to have a cheat day on weekends?",
 "A full \"cheat day\" can easily add 2,000+ kcal and wipe out most of a week's deficit. A better approach is a planned flexible meal: one restaurant meal or takeaway on Saturday, with the rest of the day normal. Or bank about 150 kcal from each weekday and enjoy an extra ~750 kcal on the weekend.",
 "Can you give me a sample day of eating that hits my numbers? I like simple food, I'll eat the same breakfast and lunch most days.",
 """Here's a simple, repeatable day built around your numbers. Breakfast and lunch stay the same each day; rotate dinners.

**Breakfast (~450 kcal, ~40 g protein)**
- 250 g plain Greek yogurt (0–2%)
- 40 g oats
- 100 g berries (fresh or frozen)
- Black coffee or with a splash of milk

**Lunch (~550 kcal, ~50 g protein)**
- Wrap or sandwich: 150 g grilled chicken breast, a wholemeal tortilla, lettuce, tomato, 1 tbsp light mayo or hummus
- An apple

**Snack (~250 kcal, ~25 g protein)**
- A protein shake with water, or 2 boiled eggs and a cheese stick

**Dinner (~650 kcal, ~45 g protein)** – rotate:
- Salmon (150 g), 150 g potatoes, and a big serving of roasted vegetables
- Lean beef chilli with beans and 100 g cooked rice
- Stir-fry with 150 g prawns or tofu, vegetables and 80 g dry noodles

That comes to about 1,900 kcal and 160 g protein, which lines up with your 2,200 kcal target and the 150–170 g protein range. Drink water freely, and if you're genuinely hungry in the evening, add vegetables or a little extra protein rather than snacks like crisps or biscuits.

On days you hit 10,000+ steps or lift, an extra piece of fruit or a slice of toast is fine."""
 )))

DIALOGUES.append(D(30, "contradiction", "en",
 "contradiction: German B1 exam prep; the user says the Goethe exam is on 14 March (12 weeks away), but the second assistant reply plans around 'your exam on 21 March' and '13 weeks'.",
 alt(
 "I'm at a solid A2 in German and I've booked the Goethe-Zertifikat B1 for 14 March, so about 12 weeks from now. I work full time. Can you help me plan?",
 """Twelve weeks from a solid A2 to B1 is ambitious but doable with about **6–8 hours a week**. The Goethe B1 has four modules: **Lesen, Hören, Schreiben, Sprechen**, and you need at least 60% in each (they can be taken and passed separately).

**Weeks 1–4: Close grammar gaps**
- Nebensätze (weil, dass, wenn, obwohl) and word order.
- Perfekt vs. Präteritum of common verbs (war, hatte, konnte, musste).
- Dative and accusative prepositions, adjective endings.
- Resource: *Menschen B1* or *Sicher! B1* plus the free *Deutsche Welle "Nicos Weg"* course.

**Weeks 5–8: Exam skills**
- One module per weekday evening: Mon Lesen, Tue Hören, Wed Schreiben, Thu Sprechen.
- Use the official *Übungssatz* (sample papers) on the Goethe website.
- Schreiben: practise the three tasks: an informal email, a forum opinion post, and a short semi-formal message.

**Weeks 9–12: Full mock exams**
- One full timed mock each weekend.
- Two italki sessions a week for Sprechen, especially *gemeinsam etwas planen* (planning something together) and the short presentation.

**Daily habits**
15 minutes of *Langsam gesprochene Nachrichten* (DW) on the commute, and 10 new words a day in Anki.""",
 "Sprechen scares me most. How should I prepare the presentation part?",
 """The presentation (Teil 2) is very predictable, which makes it the easiest part to prepare. Since your exam is on 21 March, you have a good 13 weeks to build a routine for it.

**The structure (about 3–4 minutes, 5 slides)**
1. **Introduce the topic** and your plan: "Ich möchte heute über das Thema ... sprechen. Zuerst erzähle ich ..., dann ..."
2. **Your personal experience:** "Ich habe selbst erlebt, dass ..."
3. **The situation in your home country:** "In meinem Heimatland ist das so: ..."
4. **Pros and cons:** "Ein Vorteil ist ..., ein Nachteil ist ..."
5. **Conclusion and thanks:** "Zum Schluss möchte ich sagen ... Vielen Dank für Ihre Aufmerksamkeit."

**How to prepare**
- Write a reusable set of **chunks** for each slide (like the ones above) and learn them by heart.
- Practise with 10–15 typical topics: *Homeoffice, Haustiere in der Stadt, Kinder und Handys, Online-Einkaufen, Sport im Alltag*.
- Record yourself, time it, and aim for about 3 minutes without reading.
- After the talk you'll get a question from the examiner, and you'll ask your partner a question too; prepare a few ready-made ones ("Was meinst du zu ...?").

Practise one topic every other day with your tutor or alone, rotating through the list.""",
 "What about Hören? I lose track when they speak fast.",
 """That's very common. Strategies:
- **Read the questions first.** You get time before each part; underline key words so you know exactly what to listen for.
- **Don't try to catch every word.** Listen for names, numbers, times and opinion markers (*aber, trotzdem, leider*).
- **Know which texts play once vs. twice** (check the current Übungssatz instructions) and use the second play to confirm.
- **Train with real speed:** *Slow German* podcasts first, then switch to normal-speed sources like *Easy German* on YouTube.
- **Do transcription practice:** 2–3 minutes of audio, write down what you hear, then compare with the transcript.""",
 "Thanks, that's a solid plan.",
 "Viel Erfolg! Put the mock exam dates in your calendar now so the weekends stay protected, and keep the last two days before the exam light: a quick review of your Sprechen chunks and a good night's sleep will do more than cramming."
 )))
