from a_common import H, G, D

DIALOGUES = []

# ---------------------------------------------------------------- 019
DIALOGUES.append(D(19, "good", "nl",
"Good: Dutch four-turn dialogue on a leaking flat bitumen roof (where to start, blocked outlet and loose lead flashing, repair vs new EPDM quote, EPDM lifespan); specific, last reply short.",
[
H("""Ons platte dak op de aanbouw (ongeveer 15 m², bitumen, zo'n 20 jaar oud) lekt bij flinke regen boven de keuken. Waar moet ik beginnen?"""),
G("""Begin met het beperken van de schade en ga daarna systematisch zoeken. Bij platte daken zit de oorzaak vaak niet precies boven de plek waar het water binnenkomt, omdat water onder de dakbedekking of over de dakplaten kan wegtrekken.

**Direct:**
- Zet een emmer neer en haal spullen weg.
- Komt het water in de buurt van een lamp of stopcontact? Schakel die groep uit in de meterkast.

**Inspectie van het dak (bij droog weer, met een stevige ladder):**
1. **Afvoer en regenpijp:** een verstopte afvoer is een van de meest voorkomende oorzaken. Het water blijft dan op het dak staan en vindt een weg via naden en randen.
2. **Plassen:** staat er lang na een bui nog water? Dat wijst op te weinig afschot of een doorgebogen dak.
3. **Blazen en scheuren** in de bitumen, vooral op plekken die vaak nat zijn.
4. **Naden en overlappen** tussen de banen: laten ze ergens los?
5. **Aansluitingen:** bij de gevel (loodslabben), rond ventilatiepijpen en lichtkoepels, en bij de daktrim langs de rand.

**Leeftijd:** bitumen gaat gemiddeld 20 tot 30 jaar mee, afhankelijk van kwaliteit en onderhoud. Een dak van 20 jaar zit dus in de fase waarin reparaties vaker nodig worden.

Maak foto's van alles wat je ziet; dat helpt bij het vergelijken van offertes en bij een eventuele melding aan je verzekeraar."""),
H("""Na de regen staat er een grote plas in het midden en de afvoer zat helemaal vol bladeren. Bij de muur zit een loodslab los."""),
G("""Dan heb je waarschijnlijk twee oorzaken die elkaar versterken.

**1. De verstopte afvoer en de plas**
- Maak de afvoer helemaal schoon, ook een stukje de regenpijp in (doorspoelen met een tuinslang werkt goed).
- Plaats een **bladvanger** of grindkorf op de afvoer.
- Een plas die twee dagen na een bui nog staat, wijst op onvoldoende afschot of een dak dat is doorgebogen. Staand water laat bitumen en naden sneller verouderen, en bij een klein lek loopt er dan voortdurend water naar binnen. Bij een renovatie kan een dakdekker het afschot corrigeren, bijvoorbeeld met afschotisolatie.

**2. De losse loodslab**
- De loodslab bij de muur moet het water over de opstaande rand van de dakbedekking leiden. Zit hij los, dan kan regen (zeker bij wind) achter de opstand lopen en zo binnenkomen. Dat is een klassieke lekoorzaak.
- De slab moet opnieuw in de voeg worden vastgezet met loodhaken of -proppen en worden afgekit met een geschikte kit.

**Tijdelijk:** bij droog weer kun je de slab voorlopig vastzetten met bitumenkit of speciale reparatietape, maar zie dat als noodoplossing tot de dakdekker komt.

Stopt het lek nadat de afvoer schoon is en de slab vastzit, dan weet je vrij zeker dat dit de oorzaak was."""),
H("""Repareren of helemaal vervangen? Een dakdekker zegt €2.400 voor een nieuw EPDM-dak."""),
G("""Dat hangt af van de staat van de rest van het dak, maar bij 20 jaar oude bitumen, staand water en een losse slab is vervangen vaak de verstandigste keuze op middellange termijn.

**Is €2.400 redelijk?** Voor 15 m² is dat ongeveer €160 per m². Dat is aan de hoge kant als het alleen om het leggen van EPDM gaat, maar vaak redelijk als het volgende erbij zit:
- het verwijderen en afvoeren van de oude bitumen;
- nieuwe daktrim en aansluitingen, inclusief het vastzetten of vervangen van de loodslabben;
- een nieuwe afvoer met bladvanger;
- eventueel het corrigeren van het afschot.

**Vraag in de offerte na:**
1. Wordt de oude bedekking verwijderd, of komt het EPDM eroverheen?
2. Welke dikte EPDM wordt gebruikt (meestal 1,14 of 1,52 mm)?
3. Wordt het afschot verbeterd?
4. Hoeveel jaar garantie krijg je op het materiaal en op de uitvoering?
5. **Isolatie:** als het dak toch open gaat, is dit hét moment om te isoleren. Dat kost extra, maar bespaart stookkosten, en onder voorwaarden is er subsidie mogelijk; kijk op de site van RVO of jouw situatie in aanmerking komt.

Vraag minstens één andere offerte aan om te vergelijken. Een reparatie (afvoer, slab, plaatselijke naden) kost misschien een paar honderd euro en kan het dak nog enkele jaren laten meegaan, maar bij een dak van deze leeftijd koop je daarmee vooral tijd."""),
H("""Hoe lang gaat EPDM eigenlijk mee?"""),
G("""Bij goede aanleg 40 tot 50 jaar, dus flink langer dan bitumen. Fabrikanten geven vaak 10 tot 20 jaar garantie op het materiaal. Het onderhoud is beperkt: houd de afvoer twee keer per jaar vrij van bladeren en controleer af en toe de randen en aansluitingen."""),
]))

# ---------------------------------------------------------------- 020
DIALOGUES.append(D(20, "placeholder", "id",
"Placeholder: the WhatsApp draft in the last turn leaves the check-up date as ##TANGGAL_KONTROL## although the user said 14 Juni.",
[
H("""Dokter menyarankan imunoterapi alergi dengan suntikan untuk anak saya yang alergi tungau debu. Usianya 8 tahun. Apakah aman untuk anak-anak?"""),
G("""Secara umum, ya. Imunoterapi alergen (sering disebut "suntik alergi") sudah lama digunakan pada anak dan umumnya dianggap aman untuk anak usia sekitar 5 tahun ke atas, karena pada usia ini anak sudah bisa menyampaikan kalau merasa tidak enak.

**Cara kerjanya:** anak disuntik dengan ekstrak tungau debu dalam dosis sangat kecil, lalu dosisnya dinaikkan bertahap. Tujuannya agar sistem imun "terbiasa" sehingga reaksinya terhadap tungau berkurang.

**Jadwal yang umum:**
- **Fase peningkatan dosis:** suntikan sekitar 1 kali seminggu selama kurang lebih 3–6 bulan.
- **Fase pemeliharaan:** suntikan setiap 2–4 minggu, dengan total lama terapi 3–5 tahun.

**Manfaat yang bisa diharapkan:**
- Gejala bersin, pilek, dan hidung tersumbat berkurang.
- Kebutuhan obat (antihistamin, semprot hidung) menurun.
- Ada bukti bahwa pada anak dengan rinitis alergi, imunoterapi dapat menurunkan risiko munculnya asma di kemudian hari.

**Efek samping:**
- Yang sering: bengkak, kemerahan, dan gatal di tempat suntikan.
- Yang jarang: reaksi di seluruh tubuh seperti biduran, sesak, atau (sangat jarang) anafilaksis. Karena itu anak harus menunggu sekitar 30 menit di klinik setelah setiap suntikan.

Jika anak Anda juga punya asma, pastikan asmanya terkontrol dengan baik sebelum terapi dimulai."""),
H("""Kira-kira berapa biayanya, dan apakah ditanggung BPJS?"""),
G("""Biayanya sangat bervariasi antar rumah sakit dan kota, tergantung jenis ekstrak alergen, jumlah kunjungan, dan tarif konsultasi dokter. Karena terapinya berlangsung beberapa tahun, sebaiknya tanyakan **perkiraan total biaya**, bukan hanya biaya per suntikan.

Soal BPJS: cakupan untuk imunoterapi alergen tidak selalu sama di setiap fasilitas kesehatan, dan ekstrak alergennya sering tidak termasuk yang ditanggung. Cara paling pasti adalah bertanya langsung ke bagian BPJS atau administrasi rumah sakit tempat dokter Anda praktik, dan meminta rinciannya secara tertulis.

Pertanyaan yang bisa Anda ajukan:
1. Berapa biaya fase awal (3–6 bulan pertama) dan berapa biaya per bulan pada fase pemeliharaan?
2. Apakah biaya konsultasi dokter sudah termasuk?
3. Apakah ada bagian yang ditanggung BPJS atau asuransi swasta?
4. Apakah ada pilihan yang lebih hemat, misalnya jadwal kunjungan yang berbeda?"""),
H("""Apakah ada pilihan selain suntik? Anak saya sangat takut jarum."""),
G("""Ada. Pilihan utamanya adalah **imunoterapi sublingual (SLIT)**, yaitu ekstrak alergen yang diletakkan di bawah lidah, dalam bentuk tetes atau tablet.

- **Cara pakai:** diberikan setiap hari di rumah, setelah dosis pertama diberikan di bawah pengawasan dokter.
- **Efektivitas:** untuk alergi tungau debu, SLIT punya bukti yang baik dalam mengurangi gejala, meskipun banyak dokter menganggap suntikan sedikit lebih kuat.
- **Efek samping:** gatal atau kesemutan di mulut dan tenggorokan, biasanya ringan dan berkurang setelah beberapa minggu.
- **Kekurangan:** harus rutin setiap hari selama sekitar 3 tahun, dan ketersediaan serta batas usia produk tertentu berbeda di tiap negara. Tanyakan ke dokter apakah sediaan SLIT untuk tungau tersedia di Indonesia dan cocok untuk usia anak Anda.

Apa pun terapinya, **pengendalian tungau di rumah** tetap penting:
- Gunakan sarung kasur dan bantal anti-tungau.
- Cuci sprei dan sarung bantal setiap minggu dengan air panas (minimal 60°C), atau jemur di bawah sinar matahari.
- Kurangi boneka kain di tempat tidur, atau cuci secara berkala.
- Jaga kelembapan ruangan di bawah 50–60% bila memungkinkan, misalnya dengan ventilasi yang baik."""),
H("""Tolong buatkan pesan WhatsApp singkat untuk dokternya, menanyakan pilihan tablet/tetes dan biayanya. Nama saya Rina, anak saya Dimas, dan jadwal kontrol kami tanggal 14 Juni."""),
G("""Tentu, ini contoh pesannya:

---
Selamat siang, Dok. Saya Rina, ibu dari Dimas (8 tahun), pasien alergi tungau debu yang direncanakan untuk imunoterapi suntik.

Sebelum jadwal kontrol kami pada ##TANGGAL_KONTROL##, saya ingin bertanya, Dok:
1. Apakah imunoterapi di bawah lidah (tablet atau tetes) bisa menjadi pilihan untuk Dimas? Dimas sangat takut jarum.
2. Jika bisa, berapa kira-kira biayanya per bulan dan total selama terapi, dibandingkan dengan suntikan?
3. Apakah ada bagian yang dapat ditanggung BPJS?

Terima kasih banyak atas waktunya, Dok. 🙏
Salam,
Rina
---

Pesan ini cukup singkat untuk WhatsApp dan memberi dokter waktu menyiapkan jawaban sebelum kontrol."""),
]))

# ---------------------------------------------------------------- 021
DIALOGUES.append(D(21, "leakage", "en",
"Leakage (subtle): the turn 2 reply ends with a generator status tag '[draft 2/3 · tone: reassuring · UK-specific · ok to ship]'.",
[
H("""I was diagnosed with ADHD last year at 38 and I'm on Elvanse, which helps a lot. But my new manager schedules back-to-back meetings and expects instant replies on Slack, and I'm drowning. Should I tell her about the diagnosis?"""),
G("""There's no single right answer, but here's how to think it through.

**Your legal position (UK):** ADHD can count as a disability under the Equality Act 2010 if it has a substantial and long-term adverse effect on normal day-to-day activities. Importantly, that's judged *as if you weren't taking medication*, so being well managed on Elvanse doesn't rule you out. If it qualifies, your employer must make **reasonable adjustments**, but that duty really only applies once they know, or could reasonably be expected to know, about the condition.

**Reasons to disclose:**
- It triggers the legal duty to make adjustments and protection from discrimination.
- It gives your manager context, so your requests read as practical needs rather than preferences.
- Occupational health and Access to Work support become easier to use.

**Reasons to hesitate:**
- Stigma and misunderstanding still exist, and you don't know this manager well yet.
- Once disclosed, you can't take it back.

**A middle path many people use:**
1. Start by asking for specific changes framed around productivity, without naming the diagnosis: 'I do my best work in focused blocks; could we cluster meetings in the afternoons?'
2. If that doesn't work, or she's unreceptive, disclose formally, ideally in writing or through HR, so there's a record.

You can also disclose to HR or occupational health first rather than your line manager, and ask them to help set up adjustments. And **Access to Work**, a government scheme, can fund things like coaching or equipment; its involvement sometimes makes these conversations easier."""),
H("""What adjustments could I realistically ask for?"""),
G("""Plenty of adjustments are cheap and easy for employers, which is what makes them 'reasonable' in most cases. Ideas that fit your situation:

**Meetings**
- A protected focus block, e.g. no meetings before 11:00 or on Wednesday afternoons.
- At least 10–15 minutes between meetings to write up notes and reset.
- Agendas sent in advance and action points confirmed in writing afterwards.
- Permission to keep your camera off or take notes by hand in long calls.

**Slack and communication**
- An agreed response window, e.g. within two hours for normal messages, with urgent matters by phone or a specific tag.
- Freedom to snooze notifications during focus blocks and check messages at set times.
- Important instructions in writing rather than only verbally.

**Workload and environment**
- A short weekly priorities check-in with your manager, so you're clear on what matters most.
- Noise-cancelling headphones or a quieter desk, if you're in an office.
- Some flexibility in start times, particularly if your medication timing matters.
- ADHD coaching, which Access to Work may fund.

Pick the two or three that would make the biggest difference rather than presenting a long list; you can always add more later.

[draft 2/3 · tone: reassuring · UK-specific · ok to ship]"""),
H("""How do I open that conversation without it sounding like I'm making excuses?"""),
G("""Frame it around doing the job well, not around struggling. Managers usually respond well to someone who has already thought about solutions.

**Before the meeting**
- Book a dedicated 20–30 minute slot rather than tacking it onto the end of a busy one-to-one.
- Bring your two or three requests, written down.

**An opening you could adapt:**
> 'I wanted to talk about how I can do my best work in this team. I've noticed that back-to-back meetings and fast Slack turnaround make it hard for me to get deep work done, and I think a couple of changes would make a real difference to my output.'

Then, if you've decided to disclose:
> 'Some context: I have ADHD. It's well managed, but structure makes a big difference for me, so these are adjustments that help me work effectively.'

**Then make specific asks:**
> 'Could we try keeping Tuesday and Thursday mornings meeting-free, and agree that non-urgent Slack messages get a reply within two hours? For anything urgent, just call me.'

**Suggest a trial:** 'Could we try this for four weeks and then review?' A time-limited experiment is easy to say yes to.

**Afterwards:** send a short email summarising what you agreed. It creates a record and avoids misunderstandings.

Remember: asking for the conditions you need to perform well is professional, not an excuse."""),
]))

# ---------------------------------------------------------------- 022
_b_q1 = H("""I bake sourdough boules at about 72% hydration, and my scores just seal back up in the oven. What am I doing wrong?""")
_b_a1 = G("""When a score seals instead of opening into an ear, it usually means the crust set before the loaf finished expanding, or the dough didn't have the strength or gas to push the cut open. The usual suspects:

1. **Proofing.** Overproofed dough has little oven spring left, so the cut stays flat and may close. Underproofed dough springs violently and bursts somewhere other than the score. Try the poke test: a floured fingertip dent should spring back slowly and leave a slight dip.
2. **Surface tension.** If the boule is slack, the blade drags and nothing pulls the cut open. Finish shaping by dragging the dough towards you on an unfloured bench to tighten the skin.
3. **Scoring too shallow or too upright.** A timid, shallow cut heals over quickly.
4. **Not enough steam.** Without steam in the first 15–20 minutes, the crust sets early and glues the score shut. A preheated Dutch oven with the lid on for the first 20 minutes is the simplest fix.
5. **Warm dough.** Room-temperature dough at 72% is soft and sticky; scoring straight from a cold overnight retard gives much cleaner cuts.

Start with steam and proofing, then refine the cut itself.""")
_b_q2 = H("""How deep should the cut actually be?""")
_b_q3 = H("""Does the blade angle matter, or can I just cut straight down?""")
_b_q4 = H("""What about rice flour on top? I've seen people dust it before scoring.""")
_b_depth = G("""For the main expansion score on a boule, aim for roughly **6–12 mm** deep. Beginners nearly always cut too shallow, because the dough feels delicate.

- **Too shallow (2–3 mm):** the score heals over as the crust sets, which is exactly the sealing problem.
- **Too deep (over about 1.5 cm):** the loaf can spread sideways, or the cut opens into a gaping trench with a flat top.
- **Decorative cuts** (leaves, wheat patterns) stay shallow, 1–2 mm, because the main score does the expansion work.

Make one confident, continuous stroke rather than sawing or going back over it; a second pass tears the skin. If the dough is well chilled and properly shaped, you'll feel the blade glide at that depth.""")
_b_angle = G("""Yes, the angle matters a lot if you want an ear.

- **Straight down (90°)** gives a symmetrical opening: the cut spreads evenly on both sides. That's good for cross or square patterns on a boule, but it won't form a raised ear.
- **A low angle (about 30–45°)**, with the blade almost lying along the surface, cuts a thin flap of skin. As the loaf springs, that flap lifts and bakes into a crisp ridge: the 'ear'.

Keep the angle constant from one end of the cut to the other, in a single smooth motion. A slightly curved blade naturally helps create the flap. For a boule, a single long, gently curved score running about two-thirds of the way across, cut at a low angle, is the classic way to get a dramatic ear.""")
_b_rice = G("""It's a good idea, for both looks and function.

- **Contrast:** a thin dusting of rice flour stays pale in the oven, so the score shows up as a dark, caramelised line against a white surface.
- **Less sticking:** rice flour has no gluten and doesn't turn gummy the way wheat flour can, so it also helps the blade glide over a sticky 72% dough.
- **Doesn't scorch as easily** as a heavy coat of wheat flour.

How to do it: after turning the boule out of the banneton, sift a very light, even layer over the top with a small tea strainer, then score straight away. If you already dust your banneton with rice flour, some of the pattern will be there. Avoid thick patches, which can taste dusty.""")

DIALOGUES.append(D(22, "misaligned", "en",
"Misaligned (rotation): replies 2-4 are rotated; turn 2 (cut depth) gets the blade-angle answer, turn 3 (angle) gets the rice-flour answer, turn 4 (rice flour) gets the depth answer.",
[_b_q1, _b_a1, _b_q2, _b_angle, _b_q3, _b_rice, _b_q4, _b_depth]))

# ---------------------------------------------------------------- 023
DIALOGUES.append(D(23, "good", "en",
"Good: eight-turn first-sweater knitting thread (construction choice, gauge, gauge mismatch maths, ease, size choice with correct calculations, raglan increases, separating sleeves, matching sleeves).",
[
H("""I've made a few hats and scarves and want to knit my first sweater. Should I go top-down raglan or bottom-up in pieces?"""),
G("""For a first sweater, I'd strongly suggest a **top-down raglan** knitted in the round.

**Why top-down raglan suits a first sweater:**
- **You can try it on as you go.** Slip the stitches onto a long circular needle or waste yarn and pull it over your head to check the yoke depth, body length and sleeve length. No guessing until the very end.
- **Little or no seaming.** It's one piece, so finishing is mostly weaving in ends.
- **Easy length adjustments.** Because the body and sleeves come last, you can stop exactly where you want, or knit until the yarn runs low.
- **Skills you already have.** If you've knit hats in the round, you know most of it. The new parts are raglan increases and putting sleeve stitches on hold.

**Bottom-up in pieces** has advantages too: seams add structure and stability, which helps with heavy yarns and very oversized fits, and each piece is a small, portable project. But seaming neatly (mattress stitch) is a skill in itself, and you can't try anything on until it's all assembled.

**Choosing the pattern:** look for one described as beginner-friendly or a 'first sweater', in DK or worsted weight (much faster than fingering), with a plain stockinette body and simple ribbing. Make sure it has a schematic with finished measurements for every size, which you'll need for choosing a size, and check that plenty of other knitters have finished it successfully."""),
H("""The pattern I like says 'DK weight, 22 sts and 30 rows to 10 cm on 4 mm needles, in stockinette.' What does that mean and do I really have to swatch?"""),
G("""That line is the **gauge** (or tension): with the designer's yarn on 4 mm needles, 10 cm of stockinette contains 22 stitches across and 30 rows up. Every measurement in the pattern depends on it.

**Why it matters for a sweater:** a small difference multiplies across the whole garment. If you get 20 stitches per 10 cm instead of 22, each stitch is 10% wider, so a sweater designed to be 100 cm around comes out at 110 cm. On a hat that's forgivable; on a sweater it's the difference between relaxed and tent.

**So yes, swatch.** How to do it properly:
1. Cast on about 30 stitches (roughly 14 cm) with the exact yarn you'll use, on 4 mm needles.
2. Knit stockinette for about 12–14 cm. Since the sweater is worked in the round and many people purl more loosely than they knit, a swatch knitted in the round (or a flat 'speed swatch' with the yarn carried loosely across the back) is more accurate.
3. **Wash and dry it** exactly as you'll treat the sweater. Many yarns grow or shrink a little after washing.
4. Lay it flat without stretching and count the stitches across 10 cm in the centre, away from the edges. Do this in two or three places and average.

It feels like a delay, but an hour of swatching protects 30–40 hours of knitting."""),
H("""Washed swatch gives me 21 stitches per 10 cm on 4 mm. Is that close enough?"""),
G("""It's close, but on a sweater it adds up: 21 instead of 22 means each stitch is about 5% wider, so the finished garment will be about 5% bigger than the pattern says. On a 96 cm chest that's nearly 5 cm extra.

You have two good options:

1. **Go down a needle size** to 3.75 mm and swatch again. That's the cleanest fix if you want to follow the pattern exactly; just check the fabric still feels soft rather than stiff.
2. **Keep 4 mm and choose a different size**, using a little maths to get the measurements you want. For example, the 96 cm size at 22 sts/10 cm has about 211 stitches around the chest (96 × 2.2). At your 21 sts/10 cm, 211 stitches measure 211 ÷ 2.1 ≈ 100.5 cm. So if a 100 cm sweater is what you want, knitting the 96 cm size at your gauge gets you there.

Option 2 is very common and works well for simple stockinette sweaters. Just remember that sleeve and yoke widths change by the same proportion, so check those numbers too.

Row gauge matters less in top-down patterns that say 'knit until the piece measures X cm', because you knit to length rather than to a row count."""),
H("""What's ease, and how much do I want?"""),
G("""**Ease** is the difference between the garment's finished measurement and your body measurement, usually quoted for the chest.

- **Positive ease:** the garment is bigger than you. A 92 cm chest in a 100 cm sweater has 8 cm of positive ease.
- **Zero ease:** the same size as your body; it skims you.
- **Negative ease:** the garment is smaller and stretches to fit, common for fitted ribbed tops and hats.

**Rough guide for sweaters:**
- Close fit: 0–5 cm
- Classic, relaxed fit: 5–10 cm
- Oversized: 15–25 cm or more

Patterns usually state the intended ease ('designed to be worn with 10 cm of positive ease'), and the photos help too.

**The best practical trick:** measure a favourite sweater that fits the way you like. Lay it flat, measure straight across the chest just below the armholes, and double it. Compare that with the pattern's finished chest measurements, and you don't need ease charts at all."""),
H("""My chest is 92 cm and I want relaxed, so 8–10 cm of ease, ideally around 100–102 cm. The pattern's finished chest sizes at gauge are 91, 96, 102, 107, 112 cm. With my 21-stitch gauge, which size?"""),
G("""Let's work out what each size actually comes out at with your gauge.

At the pattern gauge of 22 sts/10 cm, the chest stitch counts are roughly:
- 91 cm → about 200 stitches
- 96 cm → about 211 stitches
- 102 cm → about 224 stitches
- 107 cm → about 235 stitches

At **your** gauge of 21 sts/10 cm (2.1 stitches per cm), those become:
- 200 ÷ 2.1 ≈ **95 cm**
- 211 ÷ 2.1 ≈ **100.5 cm**
- 224 ÷ 2.1 ≈ **106.7 cm**
- 235 ÷ 2.1 ≈ **112 cm**

So **knit the 96 cm size** on your 4 mm needles: it comes out at about 100.5 cm, giving you roughly 8.5 cm of ease, right in your target range.

Do check the pattern's exact body stitch count after the sleeves are separated; it may differ slightly from my estimate because of the underarm stitches. Divide that number by 2.1 to get your real finished chest.

Check the **upper arm** for that size the same way: the sleeves will also be about 5% wider, which is usually fine for a relaxed fit but worth knowing. Lengths aren't a problem, because you'll knit the body and sleeves to measurement and can try them on."""),
H("""The yoke says 'inc 8 sts every other round.' How do I do that without making holes?"""),
G("""Those 8 increases happen at the four raglan lines: one increase on each side of each of the four raglan markers (4 × 2 = 8).

**Setup:** you'll have four markers separating back, sleeve, front and sleeve. Use a different colour for the beginning-of-round marker.

**The increases:** if your pattern doesn't specify a method, M1R and M1L are a tidy choice:
- **M1R (make 1 right):** with the left needle, lift the horizontal strand between the stitches from back to front, then knit it through the front loop. It leans right.
- **M1L (make 1 left):** lift the strand from front to back, then knit it through the back loop. It leans left.

**Increase round:** *knit to 1 stitch before the marker, M1R, knit 1, slip marker, knit 1, M1L*; repeat at all four markers. (Some patterns place the increases right next to the marker instead; follow yours.)

**Why holes happen:** if you pick up the strand and knit it *without twisting* it, you've effectively made a yarn over, which leaves an eyelet. Knitting it through the correct loop, as above, twists it closed.

**Plain rounds in between:** knit the next round with no increases. A row counter, or a tally on your pattern, stops you losing track of which round you're on."""),
H("""How do I know when to separate the sleeves from the body?"""),
G("""The pattern will usually give a target: a number of increase rounds, a stitch count per section, or a yoke depth such as 'until the yoke measures 21 cm from the cast-on at centre back'. Since your gauge is slightly different, trust the measurement and a try-on over the round count.

**Check the fit:**
1. Move the stitches onto a long circular needle or a long piece of waste yarn.
2. Try it on. The raglan lines should reach from your neck to about your underarm, or 1–2 cm below it. If it pulls across the upper arm or the underarm sits above your armpit, keep increasing.
3. Check that the sleeve section goes comfortably around your upper arm, too.

**Separating:**
1. Knit across the back stitches.
2. Slip the first sleeve's stitches onto waste yarn.
3. Cast on the underarm stitches the pattern specifies (often 6–10) using a backward-loop or cable cast-on. Place a marker in the middle if the pattern asks; that becomes the side 'seam'.
4. Knit across the front, put the second sleeve on hold, cast on the underarm stitches again, and join to continue the body in the round.

Then knit the body to length, trying it on as you go."""),
H("""Last one: tips for making sure both sleeves come out the same length?"""),
G("""Track rounds, not centimetres. On the first sleeve, write down every decrease round and the total number of rounds, then copy them exactly on the second. A row counter or tally marks on the pattern work well.

Better still, knit both at once with the two-at-a-time magic loop method, so every decrease happens on both sleeves in the same sitting. And before binding off, lay them side by side to compare."""),
]))

# ---------------------------------------------------------------- 024
DIALOGUES.append(D(24, "bad_length", "en",
"Bad length: turn 5 reply 'Either works.' is an evasive two-word answer to whether to hire specialist movers or use friends and a dolly to get an upright up three steps.",
[
H("""I'm an adult returning to piano after 15 years away, and I want a secondhand acoustic upright. Budget around $4,000, and I live in a house. What should I look for?"""),
G("""Great project. With $4,000 and a house, a good used upright is very realistic if you're methodical.

**Size matters more than brand.** Taller uprights have longer strings and a bigger soundboard, which means a fuller bass and a more even tone. Aim for at least 48 inches (about 122 cm) tall; 50–52 inches is better. Avoid spinets (under about 40 inches), whose drop actions make them harder to play well and to repair.

**Brands and models that hold up well used:**
- **Yamaha U1 (48-inch) and U3 (52-inch):** the benchmark for reliability, and plentiful on the used market.
- **Kawai K-series or older BL/BS models:** comparable to Yamaha, sometimes cheaper.
- **Well-kept older American uprights** from makers like Baldwin, Mason & Hamlin or Charles Walter, depending on condition.
- Be cautious with unfamiliar or 'stencil' brands, and with century-old uprights unless they've been properly restored.

**Things you can check yourself:**
1. Play every key softly and loudly. Listen for dead or buzzing notes and feel for sticky or uneven keys.
2. Look inside for moth damage to the felts, rust on strings or tuning pins, and mouse droppings.
3. Check that the pedals work and don't squeak.
4. Ask when it was last tuned and whether it's at standard pitch (A440).

**The most important step:** before paying, hire an independent piano technician to inspect it, typically $100–200. They can assess the pinblock, soundboard and action, which you can't judge on your own.

Dealers charge more but usually include delivery, a tuning and a warranty. Private sales are cheaper but carry more risk."""),
H("""A private seller has a 1978 Yamaha U1 for $3,200. Is that age a problem?"""),
G("""Not by itself. A 1978 U1 is a very common used piano, and many are still in excellent shape. A well-built upright can last 60–80 years with routine maintenance, although hammers, strings and dampers may need attention along the way.

**What to consider:**
- **Where it has lived.** Pianos kept in stable conditions, away from radiators and damp basements, age far better. Ask the seller about its history.
- **Grey-market concerns.** Some used U1s were originally built for the Japanese domestic market and imported later. Yamaha has warned that such instruments weren't necessarily prepared for drier climates, which can lead to soundboard cracks or loose tuning pins in centrally heated homes. Many are perfectly fine, but ask for the serial number and have the technician look closely.
- **Wear after more than 45 years.** Expect grooved hammers and compressed felts; these can usually be addressed with voicing and regulation.

**Is $3,200 fair?** It's within a typical range for a private-sale U1 of that era in decent condition. If the technician finds significant work needed, use that to negotiate."""),
H("""What should I ask the technician to check?"""),
G("""Give them a clear brief so you get a useful report:

1. **Pinblock and tuning pins:** do the pins hold firmly? Loose pins mean the piano won't hold a tune, which is expensive to fix.
2. **Current pitch:** is it at A440 or below? A piano well below pitch needs a pitch raise before a fine tuning.
3. **Soundboard and ribs:** cracks, ribs separating, or loss of crown.
4. **Bridges:** cracks around the bridge pins, which affect tone and tuning stability.
5. **Strings:** rust, especially on the bass strings, and any broken or replaced strings.
6. **Hammers:** how deep the string grooves are, and whether they can be filed and voiced or need replacing.
7. **Action and regulation:** even touch, good repetition, dampers stopping the sound cleanly, no sticking keys.
8. **Pedals and trapwork:** working properly, no noises.
9. **Environmental damage:** moths, rodents, water marks, cabinet cracks.
10. **Serial number:** age and origin, and whether it looks like a grey-market import.

Ask for an estimate of any work needed over the next 2–3 years and a rough value for the piano as it stands."""),
H("""The tech says it's sitting at A435, hammers are lightly grooved, but otherwise it's solid. It needs a pitch raise and some voicing, about $450 total."""),
G("""That's a good report. Those are routine jobs, and the important structural parts (pinblock, soundboard, bridges) sound healthy.

**The pitch raise:** A435 is roughly 20 cents flat of A440, so it's a modest raise. The technician will usually bring it up in a rough first pass and then fine-tune, either the same day or a few weeks later once the tension settles. Expect it to drift a little in the first months.

**The voicing:** lightly grooved hammers can be reshaped (filed) and voiced with needles to even out the tone, which will make it sound clearer and more consistent across the keyboard.

**Price:** $450 for both is reasonable, and you can use the report to negotiate. Something like 'The technician found it needs $450 of work; would you take $2,800?' is a fair opening. Many private sellers accept a reasonable offer backed by a professional assessment.

Overall, this sounds like a good buy."""),
H("""Should I hire specialist piano movers, or can a few strong friends and a dolly handle it? There are three steps up to my front door."""),
G("""Either works."""),
H("""Once it's in, how often should it be tuned?"""),
G("""After the move, let it settle into your home's temperature and humidity for 2–3 weeks, then have the pitch raise and tuning done. Because it's coming up from A435, plan a second tuning about 2–3 months later, once the strings have settled at the new tension.

After that, **twice a year** is ideal for a piano you play regularly, often timed with the seasonal shifts in indoor humidity; once a year is the minimum. Keep the room's humidity fairly steady, ideally around 40–50%, and keep the piano away from radiators, vents and direct sunlight. That does more for tuning stability than anything else."""),
]))
