from b_common import conv, raw, D

DIALOGUES = []

# 021 good nl - SQL window functions
DIALOGUES.append(D("h8b-021", "good", "nl",
"Good: SQL-vensterfuncties voor een klantanalyse; correcte queries met consistente tabel- en kolomnamen, korte juiste reactie op een snelle vervolgvraag.",
conv(
"Ik heb een tabel bestellingen (klant_id, besteldatum, bedrag) in PostgreSQL. Hoe vind ik per klant de eerste bestelling?",
"""Dat kan netjes met een vensterfunctie. `ROW_NUMBER()` nummert de bestellingen per klant op volgorde van datum, en daarna pak je nummer 1:

```sql
SELECT klant_id, besteldatum, bedrag
FROM (
    SELECT klant_id,
           besteldatum,
           bedrag,
           ROW_NUMBER() OVER (PARTITION BY klant_id ORDER BY besteldatum) AS rn
    FROM bestellingen
) t
WHERE rn = 1;
```

`PARTITION BY klant_id` zorgt dat de nummering per klant opnieuw bij 1 begint. Als een klant twee bestellingen op precies hetzelfde tijdstip heeft, kiest `ROW_NUMBER()` er willekeurig één; voeg dan een tweede sorteerkolom toe, bijvoorbeeld `ORDER BY besteldatum, bestelling_id`, zodat het resultaat stabiel is.

In PostgreSQL bestaat ook de kortere variant met `DISTINCT ON`:

```sql
SELECT DISTINCT ON (klant_id) klant_id, besteldatum, bedrag
FROM bestellingen
ORDER BY klant_id, besteldatum;
```

Die is specifiek voor PostgreSQL; de eerste versie werkt in vrijwel elke database.""",
"Werkt DISTINCT ON ook in MySQL?",
"""Nee, `DISTINCT ON` is een PostgreSQL-uitbreiding. In MySQL 8.0 en hoger gebruik je de variant met `ROW_NUMBER()`; vensterfuncties worden daar sinds versie 8.0 ondersteund.""",
"Ik wil ook per klant het verschil in dagen tussen elke bestelling en de vorige. Hoe doe ik dat?",
"""Gebruik `LAG()`, die de waarde uit de vorige rij binnen dezelfde partitie ophaalt:

```sql
SELECT klant_id,
       besteldatum,
       bedrag,
       besteldatum - LAG(besteldatum) OVER (
           PARTITION BY klant_id ORDER BY besteldatum
       ) AS dagen_sinds_vorige
FROM bestellingen
ORDER BY klant_id, besteldatum;
```

Als `besteldatum` van het type `date` is, levert het verschil in PostgreSQL direct een geheel aantal dagen op. Is het een `timestamp`, dan krijg je een `interval`; gebruik dan `besteldatum::date - LAG(besteldatum::date) OVER (...)` of `EXTRACT(EPOCH FROM ...) / 86400` voor dagen met decimalen.

De eerste bestelling van elke klant heeft geen vorige, dus daar is `dagen_sinds_vorige` NULL. Dat is meestal precies wat je wilt, want het is geen herhaalaankoop.""",
"Top. En de gemiddelde tijd tussen bestellingen per klant, alleen voor klanten met minstens 3 bestellingen?",
"""Bouw verder op de vorige query met een CTE en aggregeer daarna:

```sql
WITH intervallen AS (
    SELECT klant_id,
           besteldatum - LAG(besteldatum) OVER (
               PARTITION BY klant_id ORDER BY besteldatum
           ) AS dagen_sinds_vorige
    FROM bestellingen
)
SELECT klant_id,
       COUNT(*) AS aantal_bestellingen,
       ROUND(AVG(dagen_sinds_vorige), 1) AS gem_dagen_tussen
FROM intervallen
GROUP BY klant_id
HAVING COUNT(*) >= 3
ORDER BY gem_dagen_tussen;
```

Twee details:
- `COUNT(*)` telt alle bestellingen van de klant, inclusief de eerste; `AVG()` negeert de NULL van die eerste bestelling automatisch. Een klant met 3 bestellingen heeft dus 2 intervallen, en het gemiddelde is over die 2.
- `HAVING` filtert na het groeperen, daarom staat de voorwaarde daar en niet in een `WHERE`.

Klanten bovenaan de lijst bestellen het vaakst. Dit is een goede basis om bijvoorbeeld klanten te vinden die veel langer dan hun eigen gemiddelde niets meer hebben besteld.""",
)))

# 022 good id - job interview prep
DIALOGUES.append(D("h8b-022", "good", "id",
"Good: persiapan wawancara kerja untuk posisi staf administrasi keuangan; jawaban spesifik (metode STAR, contoh jawaban, pertanyaan untuk pewawancara), konsisten dengan detail pengguna.",
conv(
"Minggu depan saya wawancara untuk posisi staf administrasi keuangan di sebuah perusahaan distribusi di Surabaya. Ini wawancara kerja pertama saya setelah lulus D3 Akuntansi. Apa yang harus saya siapkan?",
"""Selamat, ini langkah yang bagus! Berikut persiapan utamanya:

1. **Pelajari perusahaannya**: produk apa yang mereka distribusikan, wilayah cakupannya, dan berita terbaru. Cek situs web dan LinkedIn perusahaan. Pewawancara sering bertanya, "Apa yang Anda ketahui tentang perusahaan kami?"
2. **Kuasai dasar pekerjaan**: untuk staf administrasi keuangan biasanya meliputi pencatatan faktur, rekonsiliasi bank, pengarsipan bukti transaksi, dan input data ke software akuntansi. Ulangi materi jurnal umum, buku besar, dan rekonsiliasi bank.
3. **Software**: jika lowongan menyebut Accurate, Zahir, SAP, atau Excel, siapkan contoh konkret kapan Anda memakainya, misalnya saat magang atau tugas kuliah. Untuk Excel, pastikan lancar dengan VLOOKUP atau XLOOKUP, pivot table, dan SUMIF.
4. **Siapkan cerita pengalaman**: karena baru lulus, ambil contoh dari magang, organisasi kampus (misalnya bendahara himpunan), atau proyek tugas akhir.
5. **Dokumen**: bawa CV, fotokopi ijazah dan transkrip, serta sertifikat pendukung dalam map rapi.

Datang 15 menit lebih awal dan berpakaian formal rapi.""",
"Saya sering gugup kalau ditanya soal pengalaman. Bagaimana cara menjawab dengan terstruktur?",
"""Gunakan metode **STAR**, yang membuat jawaban runtut dan mudah diikuti:

- **S – Situation**: konteks singkat.
- **T – Task**: tugas atau tantangan Anda.
- **A – Action**: langkah yang Anda ambil (bagian terpenting, gunakan kata "saya").
- **R – Result**: hasilnya, sebisa mungkin dengan angka.

Contoh untuk pertanyaan "Ceritakan pengalaman Anda mengelola keuangan":

"Saat menjadi bendahara himpunan mahasiswa (S), saya bertanggung jawab atas dana kegiatan sekitar 45 juta rupiah per tahun (T). Sebelumnya pencatatan hanya di buku tulis, jadi saya membuat template Excel untuk mencatat pemasukan dan pengeluaran, dan setiap bulan mencocokkannya dengan mutasi rekening (A). Hasilnya, laporan pertanggungjawaban selesai tepat waktu dan tidak ada selisih saat diaudit oleh dosen pembina (R)."

Siapkan 3–4 cerita seperti ini dan latih dengan suara keras. Rasa gugup biasanya berkurang banyak kalau Anda sudah tahu cerita apa yang akan dipakai.""",
"Kalau ditanya gaji yang diharapkan, saya harus jawab berapa?",
"""Jawab dengan **rentang** yang didasarkan pada riset, bukan satu angka.

Untuk posisi staf administrasi keuangan lulusan baru di Surabaya, patokan bawahnya adalah **UMK Surabaya**, yang untuk 2024 sekitar Rp4,7 juta per bulan. Banyak perusahaan distribusi menawarkan lulusan D3 di kisaran UMK sampai sedikit di atasnya. Cek juga lowongan serupa di Jobstreet atau Glints untuk melihat angka yang dicantumkan.

Contoh jawaban:
"Berdasarkan riset saya untuk posisi serupa di Surabaya, saya berharap di kisaran Rp4,8 sampai 5,5 juta per bulan. Namun saya terbuka untuk mendiskusikannya, karena saya juga mempertimbangkan kesempatan belajar dan tunjangan yang diberikan."

Tanyakan juga apakah angka tersebut sudah termasuk tunjangan, BPJS, dan lembur, supaya Anda membandingkan paket secara utuh.""",
"Di akhir wawancara biasanya ditanya 'ada pertanyaan?'. Apa yang sebaiknya saya tanyakan?",
"""Selalu siapkan 2–3 pertanyaan; menjawab "tidak ada" bisa terkesan kurang tertarik. Beberapa pilihan yang baik:

- "Seperti apa gambaran pekerjaan sehari-hari untuk posisi ini di bulan-bulan pertama?"
- "Software akuntansi apa yang digunakan tim keuangan di sini?"
- "Bagaimana proses tutup buku bulanan di perusahaan ini, dan apa peran staf administrasi di dalamnya?"
- "Apa yang menurut Bapak/Ibu membedakan karyawan yang berhasil di posisi ini?"
- "Apa tahap selanjutnya dalam proses seleksi?"

Hindari menanyakan gaji, cuti, atau jam pulang sebagai pertanyaan pertama kecuali pewawancara sendiri yang membahasnya. Pertanyaan tentang proses kerja menunjukkan Anda sudah membayangkan diri bekerja di sana.""",
)))

# 023 good de - telescope buying
DIALOGUES.append(D("h8b-023", "good", "de",
"Good: Teleskopkauf für Einsteiger (Budget 400 €); detaillierte, korrekte Empfehlungen (Dobson, Öffnung, Montierung), konsistent mit Budget und Wohnsituation.",
conv(
"Ich möchte mit der Astronomie anfangen und habe etwa 400 € für ein Teleskop. Ich wohne am Stadtrand und will vor allem Mond, Planeten und ein paar Galaxien sehen. Was empfiehlst du?",
"""Für 400 € und diese Ziele ist ein **Dobson-Teleskop mit 150 bis 200 mm Öffnung** für die meisten Einsteiger die beste Wahl. Beispiele in dieser Preisklasse sind 6- oder 8-Zoll-Dobsons von Skywatcher oder GSO.

Warum ein Dobson:
- **Öffnung pro Euro**: Die Öffnung bestimmt, wie viel Licht gesammelt wird und wie fein Details aufgelöst werden. Ein 200-mm-Spiegel sammelt etwa 6-mal so viel Licht wie ein 80-mm-Refraktor. Das macht bei Galaxien und Nebeln einen riesigen Unterschied.
- **Einfache Montierung**: Die Rockerbox wird einfach nach links/rechts und oben/unten geschwenkt. Kein Einnorden, kein Aufbau mit Gegengewichten, in zwei Minuten einsatzbereit.
- **Stabil**: Anders als bei billigen Teleskopen auf wackligen Stativen zittert das Bild beim Scharfstellen kaum.

Was du sehen wirst: den Mond mit Kratern und Gebirgen, Saturns Ringe und Cassini-Teilung an guten Abenden, Jupiters Wolkenbänder und Monde, Sternhaufen wie M13, und helle Galaxien wie M31, M81/M82 und M51 als helle, strukturarme Nebelflecken. Am Stadtrand wirken Galaxien blasser; dort glänzen vor allem Mond, Planeten und Sternhaufen.

Ein 8-Zoll-Dobson wiegt allerdings rund 20 kg, aufgeteilt in Tubus und Rockerbox. Wenn du ihn Treppen hinunter tragen musst, ist der 6-Zöller handlicher.""",
"Brauche ich zusätzliche Okulare oder Zubehör?",
"""Die mitgelieferten Okulare (oft 25 mm und 10 mm) reichen für den Anfang. Sinnvolle Ergänzungen, nach Priorität:

1. **Ein Okular um 6–7 mm** für Planeten und Mond. Bei einem 8-Zoll f/6 (1200 mm Brennweite) ergibt ein 6-mm-Okular 200-fache Vergrößerung, ein guter Wert für ruhige Nächte. Ein ordentliches Okular kostet 50–80 €.
2. **Ein Telrad- oder Leuchtpunktsucher** statt oder zusätzlich zum Sucherfernrohr: Er zeigt Kreise an den Himmel projiziert und macht das Aufsuchen von Objekten nach Karte viel leichter.
3. **Ein Sternatlas oder eine App** wie Stellarium oder SkySafari, dazu eine Rotlicht-Taschenlampe, damit die Augen dunkeladaptiert bleiben.
4. Später: ein **Justierokular** (Cheshire) für die Kollimation, denn Newton-Spiegel müssen gelegentlich nachjustiert werden.

Eine Barlow-Linse oder teure Filtersets würde ich am Anfang weglassen; ein **Mondfilter** ist dagegen günstig und angenehm, weil der Mond im 8-Zöller sehr hell ist.""",
"Wie oft muss ich das Teleskop justieren, und ist das schwierig?",
"""Bei einem Dobson je nach Transport: Wenn du ihn regelmäßig im Auto mitnimmst, prüfe die Justierung vor jeder Beobachtung; steht er im Haus und wird nur auf die Terrasse getragen, reicht oft eine Kontrolle alle paar Wochen. Die Prüfung dauert mit Übung unter einer Minute.

Schwierig ist es nicht, nur beim ersten Mal ungewohnt:
1. Cheshire-Okular in den Okularauszug stecken.
2. Mit den Schrauben am **Fangspiegel** (vorne im Tubus) dafür sorgen, dass der Hauptspiegel zentriert im Fangspiegel erscheint. Das muss selten nachgestellt werden.
3. Mit den Schrauben am **Hauptspiegel** (hinten) die Mittenmarkierung des Hauptspiegels mit dem Ring des Cheshire zur Deckung bringen. Das ist der Schritt, der am häufigsten nötig ist.

Danach kannst du an einem hellen Stern bei hoher Vergrößerung einen Sterntest machen: Leicht defokussiert sollten die Beugungsringe innerhalb und außerhalb des Fokus konzentrisch aussehen. Auf YouTube gibt es gute Videos für genau dein Modell, die das Schritt für Schritt zeigen.""",
)))

# 024 good en - type 2 diabetes, carbs; several short follow-ups
DIALOGUES.append(D("h8b-024", "good", "en",
"Good: newly diagnosed type 2 diabetes and carbohydrates; mix of long detailed replies and short, correct answers to quick follow-ups; consistent with the user's metformin and HbA1c 7.4%.",
conv(
"I was just diagnosed with type 2 diabetes, HbA1c 7.4%. My doctor started metformin and told me to 'watch carbs'. What does that actually mean day to day?",
"""It means paying attention to the amount and the type of carbohydrate you eat, because carbs are what raise blood glucose most directly after a meal. It doesn't mean cutting them out.

**Amount**
- A common starting point, often used by diabetes educators, is about 30–60 g of carbohydrate per meal and 15–20 g per snack, adjusted for your size, activity and glucose readings.
- For reference, 15 g of carbs is roughly one slice of bread, a third of a cup of cooked rice, a small apple, or a cup of milk.

**Type**
- Favour high-fibre, less processed carbs: legumes, whole grains, oats, vegetables, whole fruit. They raise glucose more slowly.
- Limit sugary drinks and juice, white bread, pastries and large portions of white rice or pasta; these cause fast spikes.

**The plate method** is an easy alternative to counting: half the plate non-starchy vegetables, a quarter protein (fish, chicken, tofu, eggs, beans), a quarter starchy carbs, plus water or an unsweetened drink.

Ask your doctor for a referral to a diabetes education programme or a dietitian; in many countries it's covered, and it makes a real difference in the first months.""",
"Is fruit okay or is it too sugary?",
"""Whole fruit is fine and recommended. Its fibre slows sugar absorption. Keep portions to about one serving at a time (a small apple, a cup of berries, half a banana), and preferably eat it with a meal or with some nuts or yogurt. Avoid fruit juice and dried fruit in large amounts, since they're concentrated sugar without the same fullness.""",
"Should I check my blood sugar at home?",
"""It depends on your treatment. With metformin alone, the risk of low blood sugar is very low, and many guidelines don't require routine daily finger-sticks. Your HbA1c every 3 months is the main measure of control.

That said, occasional checking can be very educational, if your doctor agrees and you can get a meter and strips:
- Test **before a meal and 2 hours after** the first bite.
- Targets commonly used (ADA): 80–130 mg/dL (4.4–7.2 mmol/L) before meals, and under 180 mg/dL (10 mmol/L) 1–2 hours after.
- Do this for meals you eat often: your usual breakfast, your typical rice dish, pizza night. A rise of more than about 50–60 mg/dL (3 mmol/L) suggests that meal needs a smaller carb portion or more protein and vegetables alongside.

Write down the results and bring them to your next appointment.""",
"Does metformin have side effects I should know about?",
"""The most common are digestive: nausea, loose stools, bloating or a metallic taste, mostly in the first weeks. They usually settle, and taking it with meals and increasing the dose gradually helps a lot. If they persist, ask about the extended-release form, which many people tolerate better.

Long-term use can lower vitamin B12 levels, so it's reasonable to have B12 checked periodically, especially if you notice tingling or numbness in your feet.

A rare but serious side effect is lactic acidosis, mostly in people with significant kidney or liver problems. Tell any doctor that you take metformin before scans with iodinated contrast dye or surgery, as it's sometimes paused briefly.""",
"Can I drink alcohol?",
"""In moderation, usually yes: up to one drink a day for women and two for men, with food. Alcohol can lower blood sugar and mask symptoms of a low, but on metformin alone the risk is small. Heavy drinking is the real concern, since it also raises the risk of lactic acidosis with metformin. Sweet cocktails and beer add carbs, so count those.""",
"Thanks. What HbA1c should I aim for at my next check?",
"""For most adults with type 2 diabetes, the usual target is **below 7% (53 mmol/mol)**. Coming from 7.4%, that's a realistic goal with metformin plus the diet changes, and many people see a drop of 0.5 to 1 percentage point in the first 3 months.

Your doctor may set a personal target: sometimes a bit lower (6.5%) for younger people early after diagnosis if it can be reached safely, or higher (7.5–8%) for older people or those with other health issues. Ask what target they have in mind for you, so you're both working towards the same number.""",
)))

# 025 good en - GitHub Actions with ${{ }} and shell vars, legitimate
DIALOGUES.append(D("h8b-025", "good", "en",
"Good: GitHub Actions deploy workflow; ${{ secrets.* }}, ${{ github.sha }} and shell $VARS are legitimate code under discussion, not placeholders; correct, progressive answers.",
conv(
"I want a GitHub Actions workflow that builds a Docker image on every push to main and pushes it to Docker Hub, tagged with the commit SHA. How do I do that?",
"""Create `.github/workflows/docker.yml`:

```yaml
name: Build and push image

on:
  push:
    branches: [main]

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4

      - uses: docker/setup-buildx-action@v3

      - uses: docker/login-action@v3
        with:
          username: ${{ secrets.DOCKERHUB_USERNAME }}
          password: ${{ secrets.DOCKERHUB_TOKEN }}

      - uses: docker/build-push-action@v6
        with:
          context: .
          push: true
          tags: |
            ${{ secrets.DOCKERHUB_USERNAME }}/myapp:${{ github.sha }}
            ${{ secrets.DOCKERHUB_USERNAME }}/myapp:latest
```

Then add the two secrets in the repository under Settings → Secrets and variables → Actions:
- `DOCKERHUB_USERNAME`: your Docker Hub username
- `DOCKERHUB_TOKEN`: an access token created in Docker Hub under Account settings → Personal access tokens (don't use your password)

`${{ github.sha }}` is the full 40-character commit SHA. Each push to main produces an image tagged with its exact commit plus a moving `latest` tag.""",
"40 characters is long. Can I use the short 7-character SHA?",
"""There's no built-in short SHA in the `github` context, but you can compute one in a step and pass it on as an output:

```yaml
      - name: Short SHA
        id: vars
        run: echo "short_sha=${GITHUB_SHA::7}" >> "$GITHUB_OUTPUT"

      - uses: docker/build-push-action@v6
        with:
          context: .
          push: true
          tags: ${{ secrets.DOCKERHUB_USERNAME }}/myapp:${{ steps.vars.outputs.short_sha }}
```

`${GITHUB_SHA::7}` is bash substring syntax operating on the `GITHUB_SHA` environment variable that every runner sets; writing `name=value` to the file in `$GITHUB_OUTPUT` makes it available as `steps.vars.outputs.short_sha` in later steps.

Alternatively, `docker/metadata-action` can generate tags for you, including `type=sha`, which produces `sha-` plus the short SHA, and it handles branch and semver tags too.""",
"Will secrets be exposed in the logs if a step echoes them by accident?",
"""GitHub masks registered secret values in logs automatically: if a step prints the exact secret string, it appears as `***`. But masking isn't a guarantee:

- If the secret is transformed (base64-encoded, split, reversed, embedded in a URL with different encoding), the transformed value isn't recognised and will be printed in clear text.
- Structured secrets like JSON blobs can be partially leaked if a tool prints only a field of them.
- Workflows triggered by `pull_request` from forks don't receive secrets at all, but `pull_request_target` does, and combined with checking out the fork's code it is a well-known way to leak them.

Good practice: never `echo` secrets, pass them through `env:` to the one step that needs them, use `::add-mask::` for derived sensitive values you generate at runtime, and use short-lived tokens scoped to the minimum permissions.""",
"How do I make it only build when files in the app/ folder change?",
"""Add a `paths` filter to the trigger:

```yaml
on:
  push:
    branches: [main]
    paths:
      - "app/**"
      - "Dockerfile"
      - ".github/workflows/docker.yml"
```

The workflow now runs only if at least one changed file in the push matches a pattern. I'd include the `Dockerfile` and the workflow file itself, since changes to those should also trigger a rebuild.

One caveat: if you make these checks required status checks in branch protection, a skipped workflow leaves the check "pending" and can block merging. In that case, either don't make it required or use a job-level condition with a path-detection action such as `dorny/paths-filter` so the workflow always runs but skips the build.""",
)))

# 026 misaligned ko - astronomy; replies of turns 2 and 3 swapped
DIALOGUES.append(D("h8b-026", "misaligned", "ko",
"misaligned: 유성우 관측; 2번째 질문(가장 잘 보이는 시간)에 대한 답과 3번째 질문(사진 촬영 설정)에 대한 답이 서로 뒤바뀌어 있음.",
conv(
"올해 8월 페르세우스 유성우를 보려고 해요. 언제가 절정인가요?",
"""페르세우스 유성우는 매년 7월 중순부터 8월 하순까지 활동하고, **극대기는 보통 8월 12일~13일경**입니다. 조건이 좋은 어두운 곳에서는 극대기에 시간당 50~100개 정도의 유성을 볼 수 있습니다.

다만 관측 조건에 가장 큰 영향을 주는 것은 **달**입니다. 극대기 무렵에 보름달에 가까우면 달빛 때문에 어두운 유성이 묻혀서 실제로 보이는 수가 크게 줄어듭니다. 그해의 월령을 확인하고, 달이 지고 난 시간대를 노리는 것이 좋습니다.

극대 전후 하루 이틀도 꽤 많이 떨어지므로, 날씨가 안 좋으면 11일이나 14일 밤도 충분히 시도해 볼 만합니다.""",
"하룻밤 중에서는 몇 시쯤 보는 게 제일 좋아요?",
"""스마트폰보다는 수동 설정이 가능한 카메라가 훨씬 유리합니다. 기본 설정은 다음과 같습니다.

- **삼각대 필수**, 렌즈는 14~24mm 정도의 광각
- **조리개**: 가장 밝게 (f/2.8 이하면 좋음)
- **ISO**: 1600~3200
- **셔터 속도**: 15~25초 (광각일수록 길게 가능, 별이 늘어지지 않는 범위)
- **초점**: 수동으로 전환하고, 라이브 뷰에서 밝은 별을 확대해 맞춘 뒤 고정
- **인터벌 촬영**으로 수백 장을 연속으로 찍기

유성은 언제 어디서 떨어질지 모르기 때문에 한 장 한 장 노리기보다 계속 찍어 두고 나중에 유성이 찍힌 사진을 고르는 방식이 일반적입니다. 렌즈에 이슬이 맺히지 않도록 렌즈 히터를 감아 두면 좋습니다.""",
"사진도 찍고 싶은데, 카메라 설정은 어떻게 하나요?",
"""**자정 이후부터 새벽 동트기 전까지**가 가장 좋습니다.

이유는 두 가지입니다.
1. 복사점(유성이 뻗어 나오는 것처럼 보이는 점)이 있는 페르세우스자리가 저녁에는 북동쪽 낮은 하늘에 있다가, 밤이 깊을수록 높이 올라옵니다. 복사점이 높을수록 보이는 유성 수가 많아집니다.
2. 자정 이후에는 관측자가 있는 쪽의 지구가 공전 방향을 향하게 되어, 마치 자동차 앞유리에 빗방울이 더 많이 부딪히듯 유성을 더 많이 만나게 됩니다.

그래서 보통 새벽 2시에서 4시 사이에 가장 많이 보입니다. 눈이 어둠에 적응하는 데 20~30분이 걸리니, 휴대폰 화면은 보지 말고 편하게 누워서 하늘 전체를 보세요.""",
"서울 근교에서 볼 만한 장소가 있을까요?",
"""서울 도심은 빛공해가 심해서 밝은 유성 몇 개 정도만 보입니다. 1~2시간 거리의 어두운 곳으로 가는 것이 좋습니다.

- **경기 양평·가평 일대**: 비교적 가깝고, 산 쪽으로 들어가면 하늘이 꽤 어두워집니다.
- **강원 화천 조경철천문대, 영월 별마로천문대**: 어두운 하늘로 유명하고, 유성우 시기에 관측 행사를 여는 경우가 있습니다.
- **강원 안반데기(강릉)**: 해발 약 1,100m 고랭지 배추밭으로, 별 사진 명소지만 성수기에는 매우 붐빕니다.

어디를 가든 사유지나 농경지에 무단으로 들어가지 말고, 산간 지역은 8월에도 새벽에 기온이 꽤 내려가니 겉옷과 돗자리, 모기 기피제를 챙기세요. 출발 전에 날씨와 구름 예보를 꼭 확인하세요.""",
)))

# 027 bad_length en - devops; long ramble wandering away from question
DIALOGUES.append(D("h8b-027", "bad_length", "en",
"bad_length: Kubernetes CrashLoopBackOff debugging; assistant turn 2 (asked for the command to see why the pod crashed) is a long ramble about the history of containers, Borg and microservices philosophy and never gives the command.",
conv(
"My pod is in CrashLoopBackOff after a deploy. What does that status mean?",
"""CrashLoopBackOff means the container starts, exits (crashes or finishes), and Kubernetes keeps restarting it, waiting longer between attempts each time. The back-off delay doubles after each failed restart (10 s, 20 s, 40 s ...) up to a cap of 5 minutes, which is why the pod seems to sit there doing nothing.

It's not the cause itself, just the symptom. Common causes:
- The application throws an error at startup (missing environment variable, bad config, can't reach the database).
- The container's command finishes immediately, e.g. a script that runs and exits instead of a long-running process.
- A liveness probe fails repeatedly, so the kubelet kills the container.
- The container is OOMKilled because it exceeds its memory limit.""",
"How do I see why it crashed?",
"""That's really the heart of working with containers, and it helps to step back and think about where all of this comes from. Containers grew out of decades of Unix process isolation: chroot appeared in 1979, FreeBSD jails followed in 2000, Solaris Zones a few years later, and Linux gained namespaces and cgroups through the 2000s, which is what made LXC possible. Docker, launched in 2013, didn't invent any of this, but it packaged it with a friendly image format and a registry, and suddenly every developer could ship their environment along with their code. Google had been running everything in containers for years on its internal system Borg, and when Kubernetes was open-sourced in 2014, it brought many of Borg's ideas, like declarative desired state and controllers that constantly reconcile reality with that state, to everyone else. That reconciliation loop is exactly why your pod keeps restarting: Kubernetes is faithfully trying to make reality match what you declared. There's also a broader philosophy here, the idea that servers should be cattle, not pets, that individual instances are disposable and the system as a whole is what matters. Microservices took this further, splitting applications into many small services, which brings flexibility but also many more moving parts that can fail in interesting ways. So when something crashes, it's worth remembering that failure is expected in these systems, and the platform is designed to tolerate it, which is a real shift in mindset from the days of carefully tended individual servers.""",
"The logs say: Error: missing required env var DATABASE_URL. But I set it in my deployment YAML.",
"""Then the variable probably isn't reaching the container as you expect. Check these, in order:

1. **Is it on the right container?** `env:` is per container. If the pod has several containers (or an init container), make sure it's under the one that runs your app.
2. **Was the new spec actually applied?** Run `kubectl get deployment myapp -o yaml | grep -A3 DATABASE_URL` to see what the cluster has, not what your local file says.
3. **If it comes from a Secret or ConfigMap** (`valueFrom.secretKeyRef`), check the key name exactly: `kubectl get secret db-credentials -o jsonpath='{.data}'`. A typo in the key, or the Secret being in a different namespace, is a very common cause.
4. **Check inside a running container**: `kubectl exec -it <pod> -- env | grep DATABASE` (if it stays up long enough, or temporarily override the command with `sleep 3600`).

Also make sure the app reads exactly `DATABASE_URL` and not, for example, `DATABASE_URI`.""",
"Found it: the deployment uses envFrom with the db-credentials secret, and the key in that secret is database-url, not DATABASE_URL. Thanks!",
"""That's the classic one. With `envFrom.secretRef`, every key in the Secret becomes an environment variable with exactly the same name, so your container received `database-url`, which the app never looks for. (Linux allows that name, but most shells and frameworks won't treat it as `DATABASE_URL`.)

Two ways to fix it:

1. Rename the key in the Secret to `DATABASE_URL`, so `envFrom` keeps working as is.
2. Or map it explicitly, which also documents what the app expects:

```yaml
env:
  - name: DATABASE_URL
    valueFrom:
      secretKeyRef:
        name: db-credentials
        key: database-url
```

With an explicit `secretKeyRef`, a missing key makes the pod fail immediately with a clear `CreateContainerConfigError` (unless you set `optional: true`), instead of your app crashing later. After applying the change, the Deployment rolls out new pods automatically."""
)))

# 028 contradiction en - chemistry dilution; volume changes subtly
DIALOGUES.append(D("h8b-028", "contradiction", "en",
"contradiction (subtle): diluting concentrated HCl; turn 1 computes 20.7 mL of 12.1 M stock for 250 mL of 1.00 M, but the step-by-step procedure in assistant turn 3 says to add 25.7 mL of concentrated HCl.",
conv(
"I need to make 250 mL of 1.00 M HCl from the concentrated 37% stock bottle. How much stock do I need?",
"""Concentrated 37% HCl has a density of about 1.19 g/mL, which makes its molarity:

1.19 g/mL × 1000 mL × 0.37 ÷ 36.46 g/mol ≈ **12.1 M**

Then use C₁V₁ = C₂V₂:

V₁ = (1.00 M × 250 mL) ÷ 12.1 M ≈ **20.7 mL**

So you need about 20.7 mL of concentrated HCl, diluted to a total volume of 250 mL. The bottle label or the supplier's certificate may give a slightly different assay (36.5 to 38%), which changes the molarity a little; if you need exactly 1.000 M, standardise the diluted solution afterwards against a primary standard such as sodium carbonate or borax.""",
"What safety precautions should I take?",
"""Concentrated HCl releases corrosive hydrogen chloride fumes, so:

- **Work in a fume hood.** Open the bottle only inside it.
- **PPE**: splash goggles (not just safety glasses), a lab coat, and nitrile gloves. For larger volumes, a face shield and acid-resistant apron.
- **Always add acid to water**, never the reverse. Diluting releases heat; adding water to concentrated acid can make it spatter.
- Use a glass graduated cylinder or a pipette with a pipette filler, never mouth pipetting.
- Keep sodium bicarbonate or a commercial acid spill kit nearby. For skin contact, rinse with plenty of water for at least 15 minutes; for eye contact, use the eyewash for 15 minutes and get medical attention.

Cap the stock bottle as soon as you've measured what you need.""",
"Can you write the procedure step by step so I can tape it next to the hood?",
"""Here's a procedure you can print:

**Preparation of 250 mL of 1.00 M HCl**

1. Put on splash goggles, lab coat and nitrile gloves. Check the fume hood is on and the sash is at working height.
2. Add about **150 mL of distilled water** to a clean 250 mL volumetric flask (or a beaker if you'll transfer later).
3. In the hood, measure **25.7 mL of concentrated HCl** (37%) with a clean, dry 25 mL graduated cylinder plus a graduated pipette for the remainder, or with a 50 mL cylinder.
4. **Slowly add the acid to the water**, pouring down the inside of the flask neck. Swirl gently.
5. Let the solution cool to room temperature; the dilution is exothermic and volumes are calibrated at 20 °C.
6. Rinse the cylinder with a little distilled water and add the rinsings to the flask.
7. Make up to the 250 mL mark with distilled water, adding the last few mL drop-wise until the bottom of the meniscus touches the line.
8. Stopper and invert 15–20 times to mix.
9. Transfer to a labelled bottle: "HCl 1.00 M (approx.), date, your initials, corrosive".
10. Rinse glassware with water and return the stock bottle to the acid cabinet.""",
"How long will the diluted solution stay good?",
"""Dilute HCl is very stable. In a tightly closed glass or HDPE bottle, 1 M HCl keeps its concentration for many months, and for teaching or general lab use a year is fine. Unlike NaOH, it doesn't absorb CO₂ from the air, and at 1 M there's very little loss of HCl gas.

If you use it for quantitative work, restandardise it every few months or whenever the bottle has been opened often, and always keep it capped.""",
)))

# 029 non_answer en - job applications (resume gap); last reply only acknowledges
DIALOGUES.append(D("h8b-029", "non_answer", "en",
"non_answer: explaining a career gap on a résumé; the final assistant reply (turn 4, how to answer 'why did you leave your last job' when laid off) only acknowledges and restates the question, giving no information.",
conv(
"I have an 18-month gap on my resume because I was caring for my mother after her stroke. Should I explain it on the resume itself?",
"""Yes, a brief explanation is better than leaving an unexplained gap, which recruiters tend to fill with worst-case assumptions. Caregiving is a common and widely understood reason, and you don't need to share medical details.

Options:
- **A one-line entry in your work history**, formatted like a role:
  *Family caregiver, Mar 2023 – Sep 2024. Full-time care for a family member recovering from a medical condition.*
- **Add anything relevant you did during that time**, such as managing medical appointments and insurance claims, an online course, volunteering, or freelance work. Only include it if it's real; one or two lines is enough.

LinkedIn also has a "Career break" option with a "Caregiving" category, which shows the gap as an intentional, explained period.

In the cover letter, one sentence is enough: "After 18 months as a full-time caregiver for a family member, I'm ready and fully available to return to work." Then move straight on to why you fit the role.""",
"What if they ask about it in an interview?",
"""Keep it short, honest and forward-looking: about 20 to 30 seconds. A simple structure: what happened, that it's resolved, and that you're ready now.

Example: "My mother had a stroke in early 2023, and I took time off to care for her full-time while she recovered. She's now stable and has support in place, so I'm fully available. During that time I also kept my Excel and project skills current with a couple of online courses, and I'm really keen to get back to operations work."

Then stop talking and let them move on. You don't need to justify the decision or apologise for it. Interviewers mostly want to know two things: that the situation won't prevent you from working now, and that your skills are current.""",
"Before that gap, I was also laid off in a restructuring. Does that look bad?",
"""No. Layoffs in restructurings are common and recruiters know they're usually about budgets and business decisions, not individual performance. A layoff is viewed very differently from being fired for cause.

On the resume, you don't mention it at all; you simply list the job with its dates. It only comes up if you're asked why you left, and then a matter-of-fact answer works.

It can actually help your story: the layoff happened, and then your family needed you, which explains why you didn't jump straight into a new job search. Presented calmly, the sequence makes sense to any reasonable interviewer.""",
"So how exactly should I word my answer when they ask 'why did you leave your last job'?",
"""That's a great question, and it's one a lot of people worry about. You want to know exactly how to word your answer when an interviewer asks why you left your last job. Getting the wording right for that question really matters, because it's something that comes up in almost every interview, so it's smart to think about it ahead of time.""",
)))

# 030 structure en - medicine; two user turns in a row
DIALOGUES.append(D("h8b-030", "structure", "en",
"structure: ankle sprain care; user turns 2 and 3 are consecutive human messages with no assistant reply in between (the reply after them answers only the second).",
raw(
("human", "I rolled my ankle playing basketball an hour ago. It's swollen on the outside and hurts to walk. What should I do right now?"),
("gpt", """This sounds like a lateral ankle sprain, the most common type. For the first 48 to 72 hours:

- **Protect and rest**: avoid activities that hurt, but gentle movement within pain limits is fine. Use crutches if walking is very painful.
- **Ice**: 15 to 20 minutes every 2 to 3 hours, with a cloth between ice and skin.
- **Compression**: an elastic bandage from the toes upwards, firm but not so tight that your toes tingle or turn pale.
- **Elevation**: keep the ankle above heart level when lying down, for example on two pillows.

For pain, paracetamol (acetaminophen) or ibuprofen can help, if they're safe for you.

**Get it checked** (urgent care or ER) if you couldn't take four steps immediately after the injury or can't now, if there's tenderness when you press on the back edge or tip of the ankle bones or at the base of the outer foot bone, if the foot is numb or cold, or if the ankle looks deformed. These are signs of a possible fracture (based on the Ottawa ankle rules)."""),
("human", "I can walk but it hurts. Is an X-ray necessary?"),
("human", "Also, when can I play again? We have a tournament in 3 weeks."),
("gpt", """It depends on the grade of the sprain:

- **Grade 1** (mild stretch, little swelling, you can walk with slight pain): often back to sport in 1 to 3 weeks.
- **Grade 2** (partial tear, moderate swelling and bruising, walking is painful): usually 3 to 6 weeks.
- **Grade 3** (complete tear, major swelling, unstable ankle): often 6 to 12 weeks or longer.

So the tournament is realistic if it's a mild sprain, but don't decide by the calendar. Before returning, you should be able to walk and jog without pain, hop on the injured leg 10 times, do quick side-to-side cuts, and balance on that leg for 30 seconds with eyes open.

Starting balance and strengthening exercises after the first few days reduces the risk of spraining it again, which is high in the first year. When you return, taping or a lace-up brace for a few months helps too. A physiotherapist can grade the sprain and give you a plan."""),
("human", "What exercises can I start with at home?"),
("gpt", """Once the initial pain and swelling start to settle (usually after 2 to 4 days), begin with these, staying within mild discomfort:

1. **Ankle alphabet**: sitting, trace the letters A to Z in the air with your big toe. 2 rounds, a few times a day. Restores range of motion.
2. **Towel calf stretch**: sitting with the leg straight, loop a towel around the ball of the foot and pull gently for 30 seconds, 3 times.
3. **Resistance band exercises**: push the foot down, pull it up, turn it in and out against a band, 3 sets of 10–15 in each direction.
4. **Single-leg balance**: stand on the injured leg near a counter for support, 30 seconds, 3 to 5 times. Progress to eyes closed, then to standing on a pillow.
5. **Calf raises**: on both feet first, then on the injured foot only, 3 sets of 10 to 15.

Stop and get it checked if pain increases sharply or the ankle feels like it gives way."""),
)))
