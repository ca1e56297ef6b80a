from h7b_common import conv, raw, D

DIALOGUES = []

# G11 en spreadsheets, date formats explained
DIALOGUES.append(D("good", "en",
    "Good: spreadsheet date cleanup; explains ambiguous DD/MM vs MM/DD, DATE/MID formula, tells user to ask for dates written as YYYY-MM-DD, SUMIFS by month; correct formulas.",
    conv(
"""I imported a CSV of invoices into Google Sheets and the date column is a mess. Some cells are right-aligned real dates, others are left-aligned text like 03/04/2024 and 25/04/2024. The supplier is in the UK. What's going on?""",
"""What you're seeing is a locale mismatch. Your supplier writes dates as **DD/MM/YYYY** (UK style), but your spreadsheet is probably set to a US locale, which expects **MM/DD/YYYY**. When Sheets imports the file it tries to read each value with the US pattern:

- `03/04/2024` fits the US pattern, so it becomes a real date, but the **wrong** one: March 4 instead of 3 April.
- `25/04/2024` doesn't fit (there's no month 25), so Sheets gives up and keeps it as text. That's why those cells are left-aligned.

So the dangerous cells are the ones that *look* fine. Any date whose day is 12 or lower has been silently swapped.

The cleanest fix is to re-import with the right locale:

1. **File → Settings → Locale**, choose **United Kingdom**, and save.
2. Import the CSV again (File → Import → Replace current sheet).

With the UK locale, Sheets reads `03/04/2024` as 3 April 2024 and `25/04/2024` as 25 April 2024, and both become real dates. You can switch the locale back afterwards: the values stay correct, only the display format changes.""",
"""I can't re-import, I've already added a lot of columns. Can I fix it with a formula?""",
"""Yes, but you need to handle the two kinds of cells differently, because the swapped ones are already real dates. Put this in a helper column and fill down:

```
=IF(ISNUMBER(A2),
    DATE(YEAR(A2), DAY(A2), MONTH(A2)),
    DATE(RIGHT(A2,4), MID(A2,4,2), LEFT(A2,2)))
```

- For real dates (the swapped ones), it rebuilds the date with day and month exchanged.
- For text like `25/04/2024`, it takes the year from the last four characters, the month from characters 4–5 and the day from the first two.

Then copy the helper column and use **Paste special → Values only** over the original column, and delete the helper. Check a few rows against the original CSV in a text editor before you delete anything.""",
"""Next month's file will come from the same supplier. What should I ask them to change so this doesn't happen again?""",
"""Ask them to write the date as **YYYY-MM-DD**, for example `2024-04-03` for 3 April 2024. That's the ISO 8601 format: year first, then month, then day, always with four digits for the year and two each for month and day. Spreadsheets in every locale read it the same way, so there's no day/month ambiguity, and it sorts correctly even as plain text.""",
"""Great. Now I want total invoice amount per month. Amounts are in column D.""",
"""With real dates in column A, `SUMIFS` with a date range works well. Make a small summary table: in F2 put the first day of the month, e.g. `2024-04-01`, and in G2:

```
=SUMIFS(D:D, A:A, ">="&F2, A:A, "<"&EDATE(F2,1))
```

`EDATE(F2,1)` returns the first day of the next month, so the formula sums everything from 1 April up to, but not including, 1 May. Fill F3 down with `=EDATE(F2,1)` to get the following months and copy G2 down next to them.

If you'd rather have it automatic, a pivot table works too: rows = the date column grouped by **Year-Month**, values = SUM of the amount.""",
    )))

# G12 en pharmacy
DIALOGUES.append(D("good", "en",
    "Good: pharmacy question; ibuprofen with lisinopril (BP, kidney, triple whammy with diuretic), acetaminophen alternative, practical advice; concise final answer.",
    conv(
"""I take lisinopril 20 mg for blood pressure. I hurt my back lifting boxes and want to take ibuprofen for a few days. Is that okay?""",
"""For a few days it's often acceptable, but there are real interactions you should know about, so it's worth a quick check with your pharmacist or doctor.

**Why the combination matters**

1. **Blood pressure.** NSAIDs like ibuprofen make the body hold on to salt and water, which can push blood pressure up and partly cancel the effect of lisinopril.
2. **Kidneys.** Lisinopril (an ACE inhibitor) and ibuprofen both reduce how well the kidneys can regulate their own blood flow. Together they raise the risk of acute kidney injury, especially if you're dehydrated, older, or already have reduced kidney function.
3. **Potassium.** Both can raise potassium levels.

**If you do take it**

- Use the lowest dose that helps, for example 200–400 mg up to three times a day with food, and keep it short: 3 to 5 days.
- Drink enough fluids.
- If you have a home blood pressure cuff, check your readings once a day.
- Stop and call your doctor if you notice much less urine, swelling in the legs, or readings well above your usual.

**Alternatives that avoid the interaction**

- **Acetaminophen (paracetamol)** doesn't interact with lisinopril; up to 3,000 mg a day is a common conservative limit for adults.
- **Topical NSAID gel** (such as diclofenac gel) on the sore area gives much lower levels in the blood.
- Heat, gentle movement and avoiding bed rest help most acute back strains.

Do you take any other blood pressure medicine, such as a water pill?""",
"""Yes, I also take hydrochlorothiazide 12.5 mg.""",
"""That changes my advice. Lisinopril plus a diuretic like hydrochlorothiazide plus an NSAID is a combination pharmacists call the **"triple whammy"**: the diuretic lowers fluid volume, the ACE inhibitor and the NSAID both limit the kidneys' ability to compensate, and together they carry a clearly higher risk of acute kidney injury than any pair of them.

So in your case I'd avoid oral ibuprofen unless your doctor specifically approves it. Use acetaminophen as your main painkiller, add a diclofenac gel on the painful area if needed, and use heat. If the pain is still bad after a few days, see your doctor rather than adding ibuprofen on your own.""",
"""Can I use the gel and the acetaminophen at the same time?""",
"""Yes. They work differently and don't interact, so using both together is fine. Just stay within the dose on each package, and wash your hands after applying the gel.""",
    )))

# off_topic en: user drifts from RDS cost to basil plant
DIALOGUES.append(D("off_topic", "en",
    "off_topic: dialogue about cutting AWS RDS costs abandons its goal from user turn 3: the user switches to a wilting basil plant and turns 3-4 are about gardening.",
    conv(
"""We run a PostgreSQL db.r5.2xlarge on RDS, Multi-AZ, in eu-west-1. It costs us about $1,900 a month and CPU rarely goes above 15%. Where would you start cutting?""",
"""With CPU at 15%, you're very likely over-provisioned, so rightsizing is the obvious first lever. A structured way to go about it:

1. **Check memory, not just CPU.** r5 instances are memory-optimized (a 2xlarge has 64 GiB). Look at `FreeableMemory` and the buffer cache hit ratio in Performance Insights. If the working set fits comfortably in 32 GiB, a db.r5.xlarge (or r6g.xlarge) halves the instance cost.
2. **Move to Graviton.** The r6g/r7g families are usually around 10–20% cheaper than the equivalent r5 for PostgreSQL with similar or better performance. Test it on a snapshot restore first.
3. **Question Multi-AZ for non-production.** Multi-AZ doubles the instance price. Keep it for production, but staging and test databases rarely need it.
4. **Reserved Instances.** Once the size is settled, a 1-year no-upfront RI typically saves around 30–40% for a database that runs 24/7.
5. **Storage.** If you're on io1 with provisioned IOPS, check whether gp3 with its baseline of 3,000 IOPS covers your actual `ReadIOPS` + `WriteIOPS`.

In practice, going from r5.2xlarge to r6g.xlarge and buying a reserved instance often takes a bill like yours down to well under half.""",
"""Memory use is around 20 GiB, so xlarge should be fine. Totally unrelated, but my basil plant on the office windowsill is wilting even though I water it every day. What am I doing wrong?""",
"""Daily watering is very likely the problem. Basil likes moist but not soggy soil, and when the pot stays wet all the time the roots can't get oxygen and start to rot. Rotting roots can't take up water, so the plant wilts, which looks exactly like thirst and tempts you to water even more.

What to do:

1. **Check the soil before watering.** Push a finger about 2 cm into the soil; water only when it feels dry at that depth. On a windowsill that might be every 2–4 days.
2. **Make sure the pot drains.** It needs holes at the bottom, and it shouldn't stand in a saucer full of water.
3. **Look at the roots.** Slide the plant out. Healthy roots are white and firm; brown, mushy, bad-smelling roots mean rot. Cut those off and repot in fresh, dry potting mix.
4. **Light.** Basil wants 6+ hours of sun. An office window facing north may not be enough; a south-facing spot or a small grow light helps.
5. **Pinch the tops.** Pinching off the tips above a pair of leaves makes the plant bushier and stops it from flowering, which makes the leaves bitter.

Supermarket basil is also often several plants crammed into one pot; splitting them into 2–3 pots gives each more room.""",
"""The roots are a bit brown. Should I just buy a new one or can I save it?""",
"""If only some roots are brown and there are still white, firm ones, you can usually save it. Cut away the mushy parts with clean scissors, repot into fresh, slightly dry potting mix in a pot with drainage, and don't water for two days. Keep it in bright light but out of harsh midday sun while it recovers. You can also take cuttings from healthy stems, about 10 cm long, and put them in a glass of water; they root within a week or two, so you have a backup.""",
    )))

# off_topic de: Azure costs drift to holiday in Mallorca
DIALOGUES.append(D("off_topic", "de",
    "off_topic: Azure-Kostenoptimierung wird ab Assistent-Antwort 3 verlassen: Assistent schweift zu Urlaubstipps für Mallorca ab, Nutzer folgt; Ziel aufgegeben.",
    conv(
"""Unsere Azure-Rechnung ist im letzten Quartal um 40 % gestiegen. Der größte Posten sind virtuelle Maschinen (D4s_v5), die rund um die Uhr laufen, aber nur tagsüber von den Entwicklern genutzt werden. Was können wir tun?""",
"""Das ist ein klassischer Fall, bei dem sich schnell viel sparen lässt. Wenn die Entwickler-VMs nur werktags von etwa 8 bis 19 Uhr gebraucht werden, laufen sie rund 55 von 168 Stunden pro Woche sinnvoll, also nur etwa ein Drittel der Zeit.

**1. Automatisches Herunterfahren und Starten**
- Im Azure-Portal hat jede VM unter **Vorgänge → Automatisches Herunterfahren** eine einfache Option, z. B. täglich 19:00 Uhr.
- Für den automatischen Start am Morgen eignet sich **Start/Stop VMs v2** (eine Lösung auf Basis von Azure Functions und Logic Apps) oder ein kleines Automation-Runbook.
- Wichtig: Die VM muss **deallokiert** werden („Beendet (Zuordnung aufgehoben)“). Nur aus dem Betriebssystem heruntergefahren, wird die Rechenzeit weiter berechnet.

**2. Größe prüfen**
Schauen Sie in **Azure Advisor** und in den Metriken nach der CPU-Auslastung. Liegt sie meist unter 20 %, reicht oft eine D2s_v5, was die Kosten pro Stunde halbiert.

**3. Managed Disks beachten**
Auch deallokierte VMs kosten weiter Speicher. Premium-SSDs für Entwicklungsmaschinen lassen sich oft auf Standard-SSD umstellen.

Mit Abschalten außerhalb der Arbeitszeit allein sinken die Rechenkosten dieser VMs typischerweise um 60 bis 65 %.""",
"""Gibt es auch etwas wie Reserved Instances für die VMs, die wirklich 24/7 laufen müssen?""",
"""Ja, für durchgehend laufende Maschinen lohnen sich Reservierungen, aber bevor Sie sich festlegen, ein Gedanke: Wer so viel am Bildschirm sitzt, sollte auch mal richtig abschalten. Gerade im Frühjahr ist Mallorca ideal, bevor die großen Hitzewellen kommen. Im Norden der Insel, rund um Pollença und Alcúdia, ist es deutlich ruhiger als an der Playa de Palma, und die Wanderwege in der Serra de Tramuntana, etwa die Route von Sóller nach Deià, sind im April und Mai in bester Verfassung. Ein Mietwagen ist fast Pflicht, weil die Busverbindungen in die Bergdörfer selten fahren. Für Ende April findet man Flüge ab Köln oder Düsseldorf oft noch unter 150 Euro hin und zurück, wenn man sechs bis acht Wochen vorher bucht.""",
"""Klingt verlockend. Lohnt sich eher ein Hotel oder eine Finca?""",
"""Das hängt davon ab, wie Sie reisen. Eine Finca lohnt sich für Familien oder Gruppen ab vier Personen: Sie haben Platz, oft einen eigenen Pool und kochen selbst, und pro Kopf ist das häufig günstiger als ein Hotel. Für zwei Personen, die viel wandern und abends essen gehen möchten, ist ein kleines Hotel in Sóller oder Pollença praktischer, weil Restaurants und Busse zu Fuß erreichbar sind. Achten Sie bei Fincas auf die Lizenznummer für Ferienvermietung und darauf, wie weit der nächste Ort entfernt ist.""",
    )))

# leakage en: writer revision note inside a long reply (subtle)
DIALOGUES.append(D("leakage", "en",
    "leakage (subtle): in assistant turn 3 a leaked writer/revision note sits mid-reply ('Revision note (v2): ... as requested by the reviewer'); rest is good metformin/kidney advice.",
    conv(
"""My dad was just started on metformin 500 mg once a day for type 2 diabetes. His doctor said they'll increase it slowly. Why slowly?""",
"""Mainly because of the stomach. Metformin's most common side effects are digestive: nausea, bloating, diarrhoea and a metallic taste. They're usually worst in the first weeks and settle as the gut adapts. Starting low and raising the dose step by step, typically by 500 mg every 1 to 2 weeks, lets most people reach an effective dose without those problems making them stop the medicine.

A common path is 500 mg once a day with the evening meal, then 500 mg twice a day, then up to 1,000 mg twice a day if needed. Taking it **with food** also helps a lot.""",
"""He also has kidney problems, his last eGFR was 42. Is metformin safe for him?""",
"""It can be, with adjustments, and his doctor will have seen that value before prescribing.

Metformin leaves the body through the kidneys, so when kidney function drops, the drug can build up. In rare cases that leads to **lactic acidosis**, a serious condition. The usual guidance, based on eGFR (in mL/min/1.73 m²), is:

- **eGFR 45 or above:** normal dosing.
- **eGFR 30 to 44:** metformin can be continued, but it shouldn't be *started* at this level in many guidelines, and the maximum dose is usually reduced to about **1,000 mg per day**. Kidney function should be checked every 3 to 6 months.
- **Below 30:** metformin should be stopped.

At 42, your dad is in the middle group, so a low maximum dose and regular blood tests are expected. If the doctor knows the value and chose to start it anyway, that's a reasonable clinical decision, but it's fair to ask them what the maximum dose will be.""",
"""Are there situations where he should stop taking it temporarily?""",
"""Yes, a few, and they're worth writing down for him.

Revision note (v2): tightened the sick-day paragraph and added the contrast-dye timing as requested by the reviewer.

**1. "Sick days" with dehydration.** If he has vomiting, diarrhoea, a fever or can't eat or drink normally, he should pause metformin until he's eating and drinking again, usually 24 to 48 hours. Dehydration can worsen kidney function quickly, and with an eGFR of 42 he has less margin. Many clinics give patients a written sick-day rule card; ask for one.

**2. Scans with iodine contrast dye.** For CT scans with contrast, people with an eGFR between 30 and 60 are usually told to stop metformin on the day of the scan and restart it 48 hours later, after a kidney blood test confirms function hasn't dropped. Tell the radiology team he takes it.

**3. Surgery.** It's typically stopped on the day of an operation and restarted once he's eating and his kidney function is stable.

**4. Heavy drinking.** Alcohol binges increase the lactic acidosis risk; moderate drinking with food is generally fine.

Warning signs to act on quickly: unusual muscle pain, fast breathing, severe tiredness or stomach pain that doesn't fit his normal side effects. In that case he should seek urgent care.""",
"""Thank you. Should he be taking vitamin B12?""",
"""Not automatically, but he should have it **checked**. Long-term metformin use lowers vitamin B12 absorption in a fair number of people, and deficiency can cause tiredness, anaemia and numbness or tingling in the feet, which can be confused with diabetic nerve damage. Guidelines suggest measuring B12 periodically, for example yearly, or sooner if those symptoms appear. If it's low, his doctor will recommend tablets or injections.""",
    )))

# leakage ja: persona/generator tag leaked into a user turn
DIALOGUES.append(D("leakage", "ja",
    "leakage: ユーザーの3ターン目冒頭に生成用のペルソナ指示（【ユーザー設定：…次の質問でコストに触れる】）が漏れている。他は良質なLambda料金の会話。",
    conv(
"""AWS Lambdaで画像のサムネイルを作る処理を動かしています。メモリを128MBから1024MBに上げたら、実行時間が3.2秒から0.4秒になりました。料金は上がりますか？""",
"""むしろ下がる可能性が高いです。Lambdaの実行料金は「割り当てメモリ × 実行時間」（GB秒）で計算されるからです。

計算してみます。

- 128MB：0.125 GB × 3.2 秒 = **0.4 GB秒**
- 1024MB：1 GB × 0.4 秒 = **0.4 GB秒**

つまり、1回あたりのGB秒はほぼ同じです。Lambdaではメモリに比例してCPUも割り当てられるので、画像処理のようなCPUを多く使う処理では、メモリを増やすと実行時間がほぼ比例して短くなることがよくあります。

さらに、リクエスト料金（100万リクエストあたり0.20ドル）は変わらず、ユーザーの待ち時間は8分の1になります。料金がほぼ同じで速くなるので、1024MBにするのは良い判断です。

最適値を探すなら、オープンソースの **AWS Lambda Power Tuning** を使うと、複数のメモリ設定で実際に実行して、コストと速度のグラフを出してくれます。""",
"""なるほど。じゃあ2048MBにしたらもっと得ですか？""",
"""必ずしもそうとは限りません。実行時間が0.2秒まで半分になればGB秒は同じですが、処理の一部がS3からのダウンロードなどCPU以外の待ち時間なら、メモリを倍にしても時間はあまり縮まらず、料金だけが上がります。2048MBで実際に計測して、0.4 GB秒を超えるかどうかで判断してください。Power Tuningならこの比較が一度にできます。""",
"""【ユーザー設定：30代のインフラエンジニア、口調はややカジュアル。次の質問で月額コストの見積もりに触れること】
ちなみに月に50万回くらい実行されるんですが、月額だといくらぐらいになりますか？""",
"""東京リージョン（x86）の料金で概算します。

**計算の前提**
- 実行回数：50万回／月
- 1回あたり：1024MB × 0.4秒 = 0.4 GB秒
- 料金：1 GB秒あたり約0.0000166667ドル、リクエストは100万回あたり0.20ドル

**実行料金**
50万回 × 0.4 GB秒 = 200,000 GB秒
200,000 × 0.0000166667 ≈ **3.33ドル**

**リクエスト料金**
50万回 ÷ 100万 × 0.20 ≈ **0.10ドル**

**合計：月に約3.4ドル**

さらに、無料利用枠（毎月40万GB秒と100万リクエスト）がアカウントで他に使われていなければ、この規模はほぼ全部無料枠に収まります。

Arm（Graviton2）アーキテクチャに切り替えると、GB秒単価が約20％安くなり、画像処理ライブラリによっては速度も同等以上です。ただし、SharpやPillowなどネイティブ依存のあるライブラリはArm用にビルドし直す必要があります。""",
"""Armに変えるときにハマりやすい点はありますか？""",
"""一番多いのは**ネイティブバイナリの不一致**です。x86のマシンで `npm install` や `pip install` したパッケージをそのままzipに入れると、Arm上で「invalid ELF header」や「cannot open shared object file」で失敗します。

対策は次のとおりです。

1. Armと同じ環境でビルドする：`docker run --platform linux/arm64` でAmazon Linuxベースのイメージを使ってインストールする。
2. Lambda レイヤーを使っているなら、レイヤーもArm用に作り直し、互換アーキテクチャに `arm64` を指定する。
3. コンテナイメージでデプロイしている場合は、`docker buildx build --platform linux/arm64` でビルドする。

切り替えは関数の設定で「アーキテクチャ」を変えるだけなので、まずエイリアスを使って一部のトラフィックだけArm版に流して確認すると安全です。""",
    )))

# placeholder en: percent-delimited slot in long reply (subtle)
DIALOGUES.append(D("placeholder", "en",
    "placeholder (subtle): assistant turn 2, deep in a long reply, says the notice period is '%NOTICE_DAYS% days' although the user stated 30 days; unfilled template variable.",
    conv(
"""I'm a freelance web developer. My contract with a client says either party can terminate with 30 days' written notice, and I bill $85/hour, invoiced monthly with payment due in 14 days. The client hasn't paid my last two invoices ($6,120 total). Can I stop working?""",
"""You have a few options, and which one is safest depends on the exact wording of your contract, so read these against your document.

**1. Suspending work.** Many freelance contracts say nothing explicit about suspension. In that case, under general contract principles in most US states and the UK, a client's failure to pay can be a **material breach**, which may allow you to suspend performance. The risk is that a court might see two late invoices as not serious enough, and then *you* would be the one in breach for stopping. To reduce that risk, give written warning before you stop: "If invoices #14 and #15 are not paid within seven days of this message, I will pause work until the account is current."

**2. Terminating.** Your contract gives you a clean route that doesn't depend on arguing about breach: 30 days' written notice. You can send notice now and keep working during the notice period, or combine it with a suspension warning.

**3. Chasing the money.** Send a formal reminder citing the due dates (14 days after each invoice) and the total of $6,120. Many clients pay at this stage. If not, small claims court is an option in many places, depending on the limit where you live.

Keep everything in writing, and keep working records: timesheets, commits and emails showing the work was done.""",
"""If I terminate, do I still have to work during the notice period even if they don't pay?""",
"""Strictly speaking, the notice period doesn't suspend the rest of the contract: both sides keep their obligations until it ends. That means the client still has to pay for work you do in that time, and you're still expected to deliver, unless you also have a valid reason to suspend because of their non-payment.

In practice, freelancers in your situation often handle it like this:

1. **Send the termination notice** in writing, with the date. Since your contract sets the notice period at %NOTICE_DAYS% days, the contract ends that many days after the client receives it, so note the delivery date (email with read receipt, or a tracked letter).
2. **In the same letter, state that work is paused** until the outstanding $6,120 is paid, pointing to the overdue invoices and their 14-day payment terms.
3. **Offer to resume immediately** once payment arrives. This shows good faith, which matters if a judge ever looks at it.
4. **Invoice for every hour you do work** in the notice period at your $85 rate.

If the client pays, you finish the notice period normally. If they don't, you've documented that the stop was a response to their breach, not abandonment of the project. For a sum of this size, a one-hour consultation with a contract lawyer to check the wording before you send it is money well spent.""",
"""Can I keep the source code until they pay?""",
"""Often yes, but it depends on the intellectual property clause. If the contract says ownership of the code transfers **on payment**, you generally keep the rights to unpaid work and can withhold delivery of it. If it says the client owns everything **as it's created**, withholding code they already own is riskier. Either way, don't delete or lock them out of anything already delivered or hosted in their own accounts; that can expose you to damages claims.""",
"""It says ownership transfers upon full payment. Should I mention that in the letter?""",
"""Yes, briefly and calmly. A sentence like: "Under the intellectual property clause of our agreement, ownership of the work transfers upon full payment. Until the outstanding invoices are paid, the deliverables for that period remain my property and will be delivered once payment is received." It reminds them of leverage without sounding like a threat.""",
    )))

# placeholder ko: ${만기일} left in prose though user gave the date
DIALOGUES.append(D("placeholder", "ko",
    "placeholder: 어시스턴트 2번째 답변 중간에 사용자가 이미 알려준 만료일 대신 채워지지 않은 템플릿 변수 '${만기일}'이 그대로 남아 있음.",
    conv(
"""전세로 살고 있는데 보증금이 2억 5천만 원이고 계약 만료일이 2025년 6월 30일이에요. 집주인이 새 세입자가 안 구해지면 보증금을 못 준다고 하는데, 이사 갈 집은 이미 계약했습니다. 어떻게 해야 하나요?""",
"""먼저 법적으로 정리하면, 보증금 반환은 새 세입자가 구해지는 것과 **상관없는 임대인의 의무**입니다. 계약이 끝나면 임대인은 보증금을 돌려주고, 임차인은 집을 비워주는 것이 동시에 이행되어야 합니다. "다음 세입자가 들어와야 준다"는 것은 임대인 사정일 뿐이고 법적인 조건이 아닙니다.

가장 중요한 건 **대항력과 우선변제권을 잃지 않는 것**입니다. 보증금을 받지 못한 상태에서 이사 가고 전입신고를 옮기면, 나중에 집이 경매로 넘어갔을 때 보증금을 우선해서 돌려받을 권리가 사라질 수 있습니다.

그래서 순서가 중요합니다.

1. **내용증명 발송**: 계약 만료일, 보증금 액수(2억 5천만 원), 만료일에 반환을 요구한다는 내용을 적어 우체국에서 내용증명으로 보냅니다. 이미 재계약 의사가 없다는 것을 통지했다는 증거도 됩니다.
2. **임차권등기명령 신청**: 계약이 끝났는데도 보증금을 받지 못하면, 집 소재지 관할 법원에 임차권등기명령을 신청할 수 있습니다. 등기가 완료된 **후에** 이사하고 전입을 옮겨야 기존의 대항력과 우선변제권이 유지됩니다.
3. **전세보증보험 확인**: HUG나 SGI서울보증의 전세보증금반환보증에 가입되어 있다면, 보증기관에 이행을 청구할 수 있습니다.
4. **소송 또는 지급명령**: 그래도 돌려주지 않으면 보증금 반환 소송이나 비교적 간단한 지급명령 절차를 이용할 수 있습니다.

일반적인 정보이므로, 금액이 큰 만큼 대한법률구조공단(국번 없이 132)에서 무료 상담을 받아 보시는 것을 권합니다.""",
"""내용증명은 언제 보내는 게 좋을까요? 지금 4월 초인데 늦은 건 아닌가요?""",
"""늦지 않았지만, 지금 바로 보내시는 게 좋습니다.

주택임대차보호법상 임차인은 계약 만료 **2개월 전까지** 갱신하지 않겠다는 뜻을 임대인에게 알려야 합니다. 이 통지를 하지 않으면 같은 조건으로 계약이 자동 연장되는 묵시적 갱신이 될 수 있습니다. 계약 만료일인 ${만기일}을 기준으로 하면 4월 말까지는 통지가 도착해야 하니, 지금 보내면 여유가 있습니다.

이미 문자나 통화로 이사 간다고 말씀하셨더라도, 증거를 확실히 남기기 위해 내용증명으로 한 번 더 보내는 것이 안전합니다. 내용에는 다음을 넣으세요.

- 임대차 목적물 주소, 계약일, 보증금 2억 5천만 원
- 계약을 갱신하지 않겠다는 의사
- 만료일에 보증금 전액을 반환해 달라는 요구
- 반환하지 않을 경우 임차권등기명령과 법적 절차를 진행하겠다는 내용

감정적인 표현은 빼고 사실만 간결하게 쓰는 것이 좋습니다. 우체국 창구에서 3부를 준비하면 1부는 임대인에게 발송되고, 1부는 우체국이, 1부는 본인이 보관합니다.""",
"""새 집 잔금일이 7월 1일이라서 임차권등기 나올 때까지 기다릴 수가 없어요. 방법이 없을까요?""",
"""가장 현실적인 방법은 **이사는 하되 전입신고를 옮기는 시점을 조절하는 것**입니다. 새 집으로 짐을 옮기더라도, 임차권등기가 완료될 때까지 기존 집에 주민등록을 남겨 두면 대항력이 유지됩니다. 다만 새 집의 대출이나 계약 조건에 전입 기한이 있는지 먼저 확인하세요.

또 2023년 법 개정으로 임차권등기명령은 임대인에게 결정이 송달되기 전에도 등기가 이루어질 수 있게 되어, 예전보다 처리가 빨라졌습니다. 만료일 다음 날 바로 신청하면 보통 1~2주 정도 걸립니다. 새 집 잔금 마련이 문제라면, 보증금 반환 지연 상황을 설명하고 은행의 전세퇴거자금 대출을 상담해 보는 것도 방법입니다.""",
    )))

# structure en: two consecutive user turns
DIALOGUES.append(D("structure", "en",
    "structure: turns 5 and 6 are two human turns in a row (user sends a second message before any reply); otherwise a good git rebase help dialogue.",
    raw(
("human", """Our team lead wants us to use rebase instead of merge before opening pull requests. What's the actual difference?"""),
("gpt", """Both bring the changes from `main` into your feature branch, but they record history differently.

**`git merge main`** creates a new *merge commit* on your branch that has two parents: your last commit and the tip of `main`. Your own commits stay exactly as they were. History is complete but can get messy, with many "Merge branch 'main' into feature-x" commits.

**`git rebase main`** takes your commits, temporarily sets them aside, moves your branch to the tip of `main`, and then re-applies your commits one by one on top. The result looks as if you had started your work from the latest `main`. History is linear and easier to read, but your commits get **new hashes**, because they're technically new commits.

Why teams like rebase before a PR:

1. The PR shows only your commits, on top of current `main`, without merge noise.
2. Conflicts are resolved commit by commit, in your branch, before review.
3. `git log` and `git bisect` on `main` are simpler with linear history.

The one rule to remember: **don't rebase commits that other people have already based work on**. Rebasing your own feature branch is fine; rebasing a shared branch rewrites history under your colleagues."""),
("human", """So the normal flow is git fetch, then git rebase origin/main, then push?"""),
("gpt", """Yes, with one change to the push. Because rebasing rewrote your commits, a normal `git push` will be rejected if you pushed the branch before. Use:

```
git fetch origin
git rebase origin/main
git push --force-with-lease
```

`--force-with-lease` only overwrites the remote branch if nobody else pushed to it since your last fetch, which makes it much safer than a plain `--force`."""),
("human", """Ok I ran git rebase origin/main and got a conflict in package-lock.json."""),
("human", """Also my terminal now says "interactive rebase in progress; onto 3f2a9c1". Did I break something? Should I abort?"""),
("gpt", """Nothing is broken. That message just means the rebase has paused at the commit that conflicts; "interactive" appears in the status text even for a normal rebase in recent Git versions. You can safely finish it, or run `git rebase --abort` to return to exactly where you were before.

For `package-lock.json`, don't try to merge the conflict markers by hand. Regenerate it instead:

1. Take the version from `main` as a starting point. During a rebase, "ours" is the branch you're rebasing **onto** (`main`) and "theirs" is **your** commit being replayed, the opposite of a merge, so:
   ```
   git checkout --ours package-lock.json
   ```
2. Run `npm install`. It updates the lockfile to include any dependencies your commit added to `package.json`.
3. Stage it and continue:
   ```
   git add package-lock.json
   git rebase --continue
   ```

Repeat for any later commits that conflict. When the rebase finishes, run your tests before `git push --force-with-lease`."""),
("human", """That worked. How do I avoid this lockfile conflict every time?"""),
("gpt", """You can't avoid it completely when two branches change dependencies, but two habits help a lot. First, rebase often, for example every morning, so the differences stay small. Second, agree as a team that dependency upgrades go in their own small PRs that are merged quickly, so feature branches rarely touch `package.json` at the same time. Custom merge drivers in `.gitattributes` exist too, but they're fiddly and most teams don't find them worth it."""),
    )))

# structure pt: ends on a user turn
DIALOGUES.append(D("structure", "pt",
    "structure: o diálogo termina com uma pergunta do usuário sem resposta do assistente (último turno é humano); o resto é um bom exercício de estatística.",
    raw(
("human", """Tenho um exercício de estatística: medi o tempo de reação (em décimos de segundo) de 8 pessoas: 12, 15, 11, 14, 13, 16, 12, 15. Pede a média e o desvio padrão. Uso o desvio padrão amostral ou populacional?"""),
("gpt", """Use o **amostral**. Essas 8 pessoas são uma amostra de uma população maior (as pessoas em geral), e você quer estimar a variabilidade dessa população. O desvio padrão amostral divide por n − 1 em vez de n, o que corrige a tendência da amostra de subestimar a variabilidade real.

**Média**
(12 + 15 + 11 + 14 + 13 + 16 + 12 + 15) / 8 = 108 / 8 = **13,5**

**Desvios ao quadrado**
- 12 → (−1,5)² = 2,25
- 15 → (1,5)² = 2,25
- 11 → (−2,5)² = 6,25
- 14 → (0,5)² = 0,25
- 13 → (−0,5)² = 0,25
- 16 → (2,5)² = 6,25
- 12 → (−1,5)² = 2,25
- 15 → (1,5)² = 2,25

Soma = **22**

**Variância amostral**: 22 / (8 − 1) = 22 / 7 ≈ 3,143
**Desvio padrão amostral**: √3,143 ≈ **1,77**

Para comparação, o populacional seria √(22/8) = √2,75 ≈ 1,66. No Excel ou no Google Planilhas, a função é `DESVPAD.A` (amostral) e `DESVPAD.P` (populacional)."""),
("human", """A próxima parte pede um intervalo de confiança de 95% para a média."""),
("gpt", """Como o desvio padrão da população é desconhecido e a amostra é pequena, use a **distribuição t de Student** com n − 1 = 7 graus de liberdade.

1. **Erro padrão**: EP = s / √n = 1,77 / √8 = 1,77 / 2,828 ≈ **0,627**
2. **Valor crítico**: t(0,025; 7) ≈ **2,365** (da tabela t)
3. **Margem de erro**: 2,365 × 0,627 ≈ **1,48**
4. **Intervalo**: 13,5 ± 1,48 → **(12,02; 14,98)**

Interpretação para a resposta: "Com 95% de confiança, o tempo médio de reação da população está entre 12,0 e 15,0 décimos de segundo." Lembre que os 95% se referem ao método: se repetíssemos o estudo muitas vezes, cerca de 95% dos intervalos construídos assim conteriam a média verdadeira."""),
("human", """Por que usar t e não z, se a diferença é tão pequena?"""),
("gpt", """Com n = 8 a diferença não é tão pequena: o valor z seria 1,96, contra 2,365 do t. Usar z daria uma margem de erro cerca de 17% menor, ou seja, um intervalo estreito demais, que passaria uma falsa sensação de precisão. A distribuição t compensa a incerteza extra de estimar o desvio padrão com poucos dados. A partir de uns 30 a 40 dados os dois valores ficam bem próximos."""),
("human", """E se eu tivesse medido 100 pessoas com a mesma média e o mesmo desvio, o intervalo ficaria quanto mais estreito?"""),
    )))
