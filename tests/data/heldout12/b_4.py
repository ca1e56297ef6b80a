from b_common import D, pairs

DIALOGUES = []

_DE_RANGE_BLOCK = r"""`ROWS BETWEEN 6 PRECEDING` zählt **Zeilen**, nicht Tage. Fehlen für einen Sensor z. B. der 3. und 4. März, dann umfasst das Fenster am 9. März in Wahrheit neun Kalendertage, und der Durchschnitt ist verfälscht.

Es gibt zwei saubere Lösungen:

**1. Ein RANGE-Fenster über Datumswerte** (PostgreSQL ab Version 11):

```sql
AVG(wert) OVER (
    PARTITION BY sensor_id
    ORDER BY tag
    RANGE BETWEEN INTERVAL '6 days' PRECEDING AND CURRENT ROW
)
```

Hier gehören alle Zeilen dazu, deren `tag` höchstens sechs Tage vor dem aktuellen liegt, egal wie viele Zeilen das sind. Fehlende Tage verkleinern einfach die Zahl der Messwerte im Fenster.

**2. Lücken mit `generate_series` auffüllen**, wenn fehlende Tage ausdrücklich als solche erscheinen sollen:

```sql
WITH tage AS (
    SELECT s.sensor_id, d::date AS tag
    FROM (SELECT DISTINCT sensor_id FROM messwerte) s
    CROSS JOIN generate_series('2024-01-01'::date, '2024-12-31'::date, interval '1 day') AS d
)
SELECT t.sensor_id, t.tag, m.wert
FROM tage t
LEFT JOIN messwerte m USING (sensor_id, tag);
```

Danach funktioniert wieder das einfache `ROWS`-Fenster, weil jede Zeile genau einem Tag entspricht; `AVG` ignoriert die `NULL`-Werte der fehlenden Tage automatisch."""

# 019 repetition de SQL window functions (4 turns) -- turn 4 repeats turn 2 near-verbatim
DIALOGUES.append(D(19, "repetition", "de",
"Repetition, turn 4: before answering the new FIRST_VALUE question, the reply re-pastes nearly verbatim the whole ROWS-vs-RANGE and generate_series explanation already given in turn 2.",
pairs(
r"""Ich habe eine Tabelle messwerte(sensor_id, tag, wert) mit einem Wert pro Sensor und Tag. Wie berechne ich einen gleitenden 7-Tage-Durchschnitt pro Sensor?""",
r"""Mit `AVG` als Fensterfunktion, partitioniert nach Sensor und sortiert nach Tag:

```sql
SELECT
    sensor_id,
    tag,
    wert,
    AVG(wert) OVER (
        PARTITION BY sensor_id
        ORDER BY tag
        ROWS BETWEEN 6 PRECEDING AND CURRENT ROW
    ) AS gleitender_schnitt_7t
FROM messwerte
ORDER BY sensor_id, tag;
```

Erklärung:

- `PARTITION BY sensor_id` sorgt dafür, dass jeder Sensor sein eigenes Fenster hat; Werte eines Sensors fließen nie in den Durchschnitt eines anderen ein.
- `ORDER BY tag` legt die Reihenfolge innerhalb des Sensors fest.
- `ROWS BETWEEN 6 PRECEDING AND CURRENT ROW` nimmt die aktuelle Zeile plus die sechs davor, also sieben Werte.

Zwei Hinweise:

1. **Die ersten sechs Tage** eines Sensors haben weniger als sieben Werte im Fenster; der Durchschnitt basiert dort auf 1 bis 6 Werten. Wenn du nur "vollständige" Durchschnitte willst, zähle mit `COUNT(*) OVER (...)` im selben Fenster und filtere in einer äußeren Abfrage auf `= 7`.
2. `AVG` über ganze Zahlen liefert in PostgreSQL einen `numeric`-Wert; zum Runden `ROUND(AVG(wert) OVER (...), 2)` verwenden.

Für einen zentrierten Durchschnitt (drei Tage davor, drei danach) schreibst du `ROWS BETWEEN 3 PRECEDING AND 3 FOLLOWING`.""",
r"""Bei manchen Sensoren fehlen Tage (Ausfälle). Stimmt das Ergebnis dann noch?""",
r"""Nein, nicht ganz. """ + _DE_RANGE_BLOCK,
r"""Wie teile ich die Sensoren nach ihrem Jahresdurchschnitt in Quartile ein?""",
r"""Zuerst pro Sensor aggregieren, dann `NTILE(4)` über alle Sensoren anwenden:

```sql
WITH schnitt AS (
    SELECT sensor_id, AVG(wert) AS jahresschnitt
    FROM messwerte
    WHERE tag >= '2024-01-01' AND tag < '2025-01-01'
    GROUP BY sensor_id
)
SELECT
    sensor_id,
    ROUND(jahresschnitt, 2) AS jahresschnitt,
    NTILE(4) OVER (ORDER BY jahresschnitt) AS quartil
FROM schnitt
ORDER BY quartil, jahresschnitt;
```

`NTILE(4)` verteilt die sortierten Zeilen auf vier möglichst gleich große Gruppen: Quartil 1 enthält die Sensoren mit den niedrigsten Durchschnitten, Quartil 4 die höchsten. Bei 10 Sensoren werden die Gruppen 3, 3, 2, 2 groß; die ersten Gruppen bekommen die überzähligen Zeilen.

Wichtig: `NTILE` teilt nach **Anzahl**, nicht nach Wert. Zwei Sensoren mit exakt gleichem Durchschnitt können in verschiedenen Quartilen landen. Wenn du echte statistische Quartilsgrenzen brauchst, berechne sie mit `percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY jahresschnitt)` und ordne die Sensoren per `CASE` zu.""",
r"""Und wie bekomme ich für jeden Tag die Differenz zum ersten Messwert des jeweiligen Sensors?""",
r"""Zur Erinnerung vorab, weil es auch hier wichtig ist: """ + _DE_RANGE_BLOCK.replace("Es gibt zwei saubere Lösungen:", "Dafür gibt es zwei saubere Lösungen:") + r"""

Nun zu deiner Frage. Dafür eignet sich `FIRST_VALUE`:

```sql
SELECT
    sensor_id,
    tag,
    wert,
    wert - FIRST_VALUE(wert) OVER (
        PARTITION BY sensor_id
        ORDER BY tag
    ) AS diff_zum_start
FROM messwerte
ORDER BY sensor_id, tag;
```

`FIRST_VALUE` liefert den Wert der ersten Zeile im Fenster, hier also den ältesten Messwert des Sensors. Da das Standardfenster bei `ORDER BY` immer am Partitionsanfang beginnt, ist kein expliziter Rahmen nötig. Falls der erste Messwert `NULL` sein kann, nimm stattdessen den ersten Nicht-NULL-Wert über eine Unterabfrage mit `MIN(tag) ... WHERE wert IS NOT NULL`.""",
)))

# 020 non_answer ar electrical circuits (3 turns) -- turn 2
DIALOGUES.append(D(20, "non_answer", "ar",
"Non-answer, turn 2: asked how to compute the current for a 9 V battery with 100 and 220 ohm resistors in series, the reply only restates the question and praises it, giving no formula or value.",
pairs(
r"""ما الفرق بين توصيل المقاومات على التوالي وعلى التوازي؟ وكيف أحسب المقاومة الكلية في كل حالة؟""",
r"""**التوصيل على التوالي**
توصَل المقاومات واحدة تلو الأخرى في مسار واحد، فيمر **التيار نفسه** في جميع المقاومات، بينما يتوزع الجهد عليها. المقاومة الكلية هي مجموع المقاومات:

$$R_{كلية} = R_1 + R_2 + \dots$$

مثال: مقاومتان 100 أوم و220 أوم على التوالي:
$$R = 100 + 220 = 320\ \Omega$$

**التوصيل على التوازي**
توصَل المقاومات بين النقطتين نفسيهما، فيكون **الجهد نفسه** على كل مقاومة، بينما يتوزع التيار بين الفروع. مقلوب المقاومة الكلية يساوي مجموع مقلوبات المقاومات:

$$\frac{1}{R_{كلية}} = \frac{1}{R_1} + \frac{1}{R_2} + \dots$$

ولمقاومتين فقط توجد صيغة مختصرة:
$$R = \frac{R_1 \times R_2}{R_1 + R_2} = \frac{100 \times 220}{320} = 68.75\ \Omega$$

**ملاحظات مهمة:**
- المقاومة الكلية على التوالي تكون دائمًا **أكبر** من أكبر مقاومة.
- المقاومة الكلية على التوازي تكون دائمًا **أصغر** من أصغر مقاومة.
- في التوالي، إذا انقطعت مقاومة واحدة يتوقف التيار في الدائرة كلها (مثل بعض سلاسل الزينة القديمة). في التوازي، تبقى بقية الفروع تعمل، ولهذا تُوصَل أجهزة المنزل على التوازي.""",
r"""طيب، عندي بطارية 9 فولت والمقاومتان 100 و220 أوم موصولتان على التوالي. كيف أحسب التيار المار في الدائرة؟""",
r"""سؤال ممتاز! أنت تريد أن تعرف كيف تحسب التيار المار في دائرة فيها بطارية 9 فولت ومقاومتان، 100 أوم و220 أوم، موصولتان على التوالي. هذا بالفعل من أهم المهارات الأساسية في فهم الدوائر الكهربائية، وكثير من الطلاب يسألون عنه عندما يبدؤون دراسة الكهرباء. معرفة التيار في الدائرة أمر مهم جدًا لفهم سلوكها، وهي خطوة ضرورية قبل الانتقال إلى مفاهيم أخرى.""",
r"""وماذا عن القدرة المستهلكة في كل مقاومة؟ هل تتحمل مقاومة ربع واط ذلك؟""",
r"""نحسب التيار أولًا من قانون أوم باستخدام المقاومة الكلية 320 أوم:

$$I = \frac{V}{R} = \frac{9}{320} \approx 0.0281\ \text{A} = 28.1\ \text{mA}$$

ولأن التوصيل على التوالي، يمر هذا التيار نفسه في المقاومتين. القدرة في كل مقاومة:

$$P = I^2 R$$

| المقاومة | الجهد عليها $V = IR$ | القدرة $P = I^2R$ |
|---|---|---|
| 100 أوم | 2.81 فولت | 0.079 واط |
| 220 أوم | 6.19 فولت | 0.174 واط |
| المجموع | 9.00 فولت | 0.253 واط |

للتحقق: القدرة الكلية من البطارية $P = V \times I = 9 \times 0.0281 \approx 0.253$ واط، وهي تساوي مجموع القدرتين.

**هل تكفي مقاومة ربع واط (0.25 واط)؟**
- مقاومة 100 أوم: 0.079 واط، أي نحو ثلث قدرتها المقننة، فهي آمنة تمامًا.
- مقاومة 220 أوم: 0.174 واط، أي نحو 70% من قدرتها المقننة. ستعمل، لكنها ستسخن بشكل ملحوظ. القاعدة العملية أن يبقى الاستهلاك دون نصف القدرة المقننة، لذا يُفضَّل استخدام مقاومة **نصف واط** للـ220 أوم.

تذكّر أيضًا أن جهد بطارية 9 فولت الجديدة قد يكون قرابة 9.5 فولت، فترتفع القدرة قليلًا.""",
)))

# 021 good tr data visualization (4 turns)
DIALOGUES.append(D(21, "good", "tr",
"Good: four turns in Turkish on chart design (when pie charts fail, whether axes must start at zero, dual y-axes, sorted horizontal bar chart in matplotlib); specific and consistent.",
pairs(
r"""Yöneticim her raporda pasta grafiği istiyor. Pasta grafiği ne zaman uygun değildir?""",
r"""Pasta grafiği tek bir şeyi iyi yapar: **bir bütünün birkaç büyük parçaya nasıl bölündüğünü** göstermek. Şu durumlarda uygun değildir:

1. **Kategori sayısı fazlaysa.** 5–6 dilimden sonra küçük dilimler okunmaz hale gelir, etiketler üst üste biner. 12 ürün grubu için pasta neredeyse her zaman kötü bir seçimdir.
2. **Dilimler birbirine yakınsa.** İnsan gözü açı ve alanı, uzunluğa göre çok daha kötü karşılaştırır. Cleveland ve McGill'in 1984'teki algı deneyleri bunu gösterir: %23 ile %27'lik iki dilimin hangisinin büyük olduğunu pastada söylemek zordur, çubuk grafikte ise anında görülür.
3. **Zaman içinde değişim gösterilecekse.** Yan yana birkaç pasta ile "geçen yıla göre ne değişti" sorusunu cevaplamak çok zordur; gruplanmış veya yığılmış çubuk ya da çizgi grafik daha uygundur.
4. **Toplam %100 etmiyorsa.** Çoklu seçimli anket cevapları gibi verilerde parçalar bir bütün oluşturmaz, pasta yanıltıcı olur.
5. **Negatif değerler varsa**, pasta hiç çizilemez.

Uygun olduğu durum: 2–4 kategori, aralarında belirgin fark var ve mesaj "X toplamın yarısından fazlası" gibi basit bir oran. Örneğin "gelirin %62'si yurt içinden".

Yöneticinizi ikna etmek için aynı veriyi yan yana bir pasta ve **büyükten küçüğe sıralanmış yatay çubuk grafik** olarak gösterin; çoğu zaman fark kendini anlatır.""",
r"""Peki y ekseni her zaman sıfırdan başlamak zorunda mı?""",
r"""Grafik türüne bağlı:

- **Çubuk grafiklerde evet.** Çubuğun uzunluğu değeri temsil eder. Eksen 90'dan başlarsa 95 ile 100 arasındaki fark, gerçekte %5 olduğu halde çubuklarda iki kat gibi görünür. Bu, medyada en sık görülen yanıltıcı grafik hatasıdır.
- **Çizgi grafiklerde şart değil.** Çizgide okunan şey konum ve eğimdir, uzunluk değil. Vücut sıcaklığı ya da bir hisse fiyatı gibi dar bir aralıkta değişen veride sıfırdan başlamak tüm değişimi düz bir çizgiye çevirir. Ekseni verinin aralığına göre seçmek meşrudur, yeter ki eksen etiketleri açıkça okunsun.
- **Nokta (dot) grafikleri ve dağılım grafikleri** de sıfır gerektirmez.

Ek öneriler:

- Sıfırdan başlamayan bir çizgi grafikte eksen değerlerini belirgin yazın; gerekirse eksende bir "kırık" işareti kullanın.
- Değerler çok farklı büyüklüklerdeyse (ör. 10 ile 100.000) **logaritmik ölçek** düşünün ve bunu eksen başlığında belirtin.
- Asıl ilgilendiğiniz şey değişimse, değerin kendisi yerine **yüzde değişimi** ya da bir başlangıç dönemine göre endeksi (başlangıç = 100) çizin; o zaman sıfır ya da 100 doğal bir referans çizgisi olur.""",
r"""Çift y eksenli grafikler hakkında ne düşünüyorsun? Satış ve reklam harcamasını aynı grafikte göstermek istiyorum.""",
r"""Genelde kaçınılması gereken bir yöntemdir, çünkü iki eksenin ölçeği **keyfi** olarak seçilir ve bu seçim okuyucunun göreceği ilişkiyi belirler:

- Sağ ekseni biraz daraltın, reklam harcaması satışla "mükemmel uyumlu" görünür; genişletin, ilişki kaybolur. Aynı veriyle istediğiniz hikâyeyi anlatabilirsiniz.
- Çizgilerin kesiştiği noktaların hiçbir anlamı yoktur, ama okuyucular anlam yükler.
- Okuyucu hangi çizginin hangi eksene ait olduğunu sürekli kontrol etmek zorunda kalır.

Daha iyi alternatifler:

1. **Üst üste iki panel, ortak x ekseni.** Üstte satış, altta reklam harcaması; aylar hizalı olduğu için birlikte hareket edip etmedikleri rahatça görülür. Matplotlib'de `fig, (ax1, ax2) = plt.subplots(2, 1, sharex=True)`.
2. **Endekslenmiş tek grafik.** Her iki seriyi ilk aya göre 100'e endeksleyin; aynı eksende "hangisi daha hızlı büyüdü" sorusu dürüstçe cevaplanır.
3. **Dağılım grafiği.** Asıl soru "reklam harcaması arttıkça satış artıyor mu?" ise x'e harcamayı, y'ye satışı koyun; her nokta bir ay olsun. Noktaları zamana göre renklendirebilir veya birleştirebilirsiniz (connected scatterplot).

Çift eksen ancak iki seri **aynı birimde** olduğunda ya da biri diğerinin basit bir dönüşümü olduğunda (°C ve °F gibi) sorunsuzdur.""",
r"""Son olarak: Python'da büyükten küçüğe sıralı, değer etiketli yatay bir çubuk grafiği nasıl çizerim?""",
r"""Matplotlib ile şöyle yapabilirsiniz:

```python
import matplotlib.pyplot as plt

bolgeler = {"Marmara": 412, "İç Anadolu": 268, "Ege": 231,
            "Akdeniz": 187, "Karadeniz": 96, "Doğu Anadolu": 54}

# büyükten küçüğe sırala; barh alttan başladığı için ters çevir
sirali = sorted(bolgeler.items(), key=lambda kv: kv[1])
etiketler, degerler = zip(*sirali)

fig, ax = plt.subplots(figsize=(7, 4))
cubuklar = ax.barh(etiketler, degerler, color="#2b6cb0")

ax.bar_label(cubuklar, labels=[f"{d:,}".replace(",", ".") for d in degerler],
             padding=4, fontsize=9)
ax.set_xlabel("Satış (bin TL)")
ax.set_title("2024 bölgesel satışlar", loc="left", fontweight="bold")

for kenar in ["top", "right"]:
    ax.spines[kenar].set_visible(False)
ax.set_xlim(0, max(degerler) * 1.12)   # etiketler için boşluk

fig.tight_layout()
fig.savefig("bolgesel_satis.png", dpi=200)
```

Notlar:

- `barh` ilk öğeyi en alta çizer; bu yüzden **küçükten büyüğe** sıralayınca en büyük değer en üstte görünür.
- `bar_label` (Matplotlib 3.4+) değerleri çubukların ucuna yazar; böylece x eksenine bakmaya gerek kalmaz ve isterseniz ekseni tamamen gizleyebilirsiniz.
- Tek renk yeterlidir; belirli bir bölgeyi vurgulamak isterseniz o çubuğu farklı renklendirip diğerlerini griye çekin.""",
)))

# 022 good en options (5 turns)
DIALOGUES.append(D(22, "good", "en",
"Good: five turns on cash-secured puts (payoff numbers, implied volatility and expected move, assignment, early assignment, brief tax note); consistent figures throughout, last reply short.",
pairs(
r"""Can you explain what a cash-secured put is, with actual numbers?""",
r"""A cash-secured put means you **sell** a put option and keep enough cash in your account to buy the shares if you're assigned.

**Example.** A stock trades at **$100**. You sell one **$95 put** expiring in 30 days and receive a premium of **$2.40** per share.

- **Premium received:** $2.40 × 100 = **$240**, credited immediately.
- **Cash set aside:** $95 × 100 = **$9,500**, the amount you'd need to buy 100 shares at the strike. (Your broker holds it; some subtract the premium, showing $9,260.)
- **Breakeven:** $95 − $2.40 = **$92.60**.

At expiration:

| Stock price | What happens | Result |
|---|---|---|
| $105 | Put expires worthless | +$240 (max profit) |
| $95 or above | Expires worthless | +$240 |
| $92.60 | Assigned at $95; shares worth $92.60 | $0 |
| $85 | Assigned at $95; shares worth $85 | −$760 |
| $0 | Assigned; shares worthless | −$9,260 (max loss) |

So the **maximum profit is the premium**, and the risk is much like owning the stock from $92.60 down.

Why people use it:

- You get paid to place what is effectively a limit order to buy at $95.
- If the stock never dips, you keep $240 on $9,500 of collateral, about 2.5% in a month.

The trade-off: if the stock rallies to $130, you only made $240, and if it crashes you own shares well above market price. Only sell puts on stocks you'd genuinely be happy to own at the strike.""",
r"""People keep talking about implied volatility when selling puts. What is it and why does it matter?""",
r"""**Implied volatility (IV)** is the volatility the market is pricing into an option. You take the option's market price, plug it into a pricing model, and solve for the volatility that makes the model match. It's quoted as an annualised percentage, e.g. 30%.

Why it matters to a put seller:

1. **IV drives the premium.** All else equal, higher IV means more premium. If IV on that stock rose from 30% to 45%, the same $95 put might pay around $3.50 instead of $2.40.
2. **It tells you the expected range.** A rough one-standard-deviation move over $T$ days:

$$\text{move} \approx S \times IV \times \sqrt{T/365}$$

With $S = \$100$, IV = 30% and 30 days:

$$100 \times 0.30 \times \sqrt{30/365} \approx 100 \times 0.30 \times 0.287 \approx \$8.60$$

So the market expects the stock to end roughly between $91.40 and $108.60 about two-thirds of the time. Your $95 strike sits inside that range; there's a real chance of assignment.

3. **High IV has a reason.** IV spikes before earnings, FDA decisions or when the market is scared. The fat premium is compensation for a real risk of a big move. After the event, IV typically collapses ("IV crush"), which helps sellers who held through it, if the stock didn't gap through their strike.

A common guideline is to compare current IV with its own history (IV rank or IV percentile): selling premium when IV is high relative to the past year gives you better compensation for the same risk.""",
r"""What actually happens if I get assigned?""",
r"""If the stock is below $95 at expiration (by even $0.01), your put will almost certainly be **exercised**, and you're assigned:

1. Over the weekend (for a Friday expiry), your broker uses the $9,500 set aside to **buy 100 shares at $95**.
2. The put disappears from your account and 100 shares appear.
3. Your **effective cost basis** is $95 − $2.40 = **$92.60** per share, since you keep the premium.

Say the stock closed at $91. You now own shares worth $9,100 that cost you effectively $9,260, a paper loss of $160. Compared with having bought the stock at $100 a month earlier, you're $900 better off.

From here you have three choices:

- **Hold** the shares like any investment.
- **Sell them** immediately if you no longer want them (realising the loss).
- **Sell covered calls** against them, e.g. a $95 call for $1.50. If the stock recovers above $95 you're called away at $95, having kept both premiums. This put → shares → call cycle is what people call the **"wheel"** strategy.

If you don't want to be assigned, you can **buy back** the put before expiration (closing the position, usually at a loss if the stock fell) or **roll** it: buy back this put and sell a later-dated one, often at a lower strike, for a net credit.""",
r"""Can I get assigned before expiration?""",
r"""Yes. US equity options are **American-style**, so the buyer can exercise any time before expiration. In practice early assignment on a put is uncommon, but it happens in predictable situations:

- **Deep in the money with little time value left.** An option's price = intrinsic value + extrinsic (time) value. If the stock falls to $80, your $95 put is worth at least $15 intrinsic; if it trades at $15.05, the holder gains almost nothing by waiting and may exercise to get cash now (especially when interest rates are high, since the $9,500 received can earn interest).
- **Close to expiration**, when extrinsic value naturally shrinks toward zero.
- For **calls**, the classic trigger is the day before an **ex-dividend** date, when the dividend is larger than the call's remaining extrinsic value. That matters for covered calls in the wheel, less for your puts.

What to watch: the put's **extrinsic value**. If it's below about $0.10 while the option is in the money, early assignment is a realistic possibility. Since a cash-secured put has the cash already set aside, early assignment simply means you get the shares a bit sooner; financially it's the same outcome you'd get at expiration. It's no disaster, just a surprise if you weren't expecting it.

Index options like SPX are European-style and can't be assigned early, which some traders prefer.""",
r"""Quick one: how is the premium taxed? I'm in the US.""",
r"""In general terms (confirm with a tax professional):

- If the put **expires worthless** or you **buy it back**, the gain or loss is a **short-term capital gain/loss**, regardless of how long the option was open.
- If you're **assigned**, the premium isn't taxed separately; it **reduces the cost basis** of the shares ($92.60 in our example), and the holding period of the shares starts on the assignment date.
- In an IRA, none of this is taxed annually.""",
)))

# 023 leakage en epidemiology (4 turns) -- turn 3 ends with a generator self-check line
DIALOGUES.append(D(23, "leakage", "en",
"Leakage (subtle), turn 3: the confounding explanation ends with a generator self-check line '(Self-check: defines term ✔ | concrete example ✔ | no diagnosis given ✔ | ~220 words ✔)'.",
pairs(
r"""I'm a nursing student doing a module on study designs. What's the real difference between a cohort study and a case-control study?""",
r"""The key difference is the **starting point**, which then decides what you can measure.

**Cohort study: start from exposure, follow forward to outcome**
- You pick people **without** the disease, classify them by exposure (e.g. smokers vs non-smokers), and follow them over time to see who develops the disease.
- Can be *prospective* (follow into the future) or *retrospective* (using existing records, e.g. employment files from 1990, to reconstruct a cohort).
- Gives you **incidence** in each group, so you can calculate **relative risk** directly.
- Good for common outcomes and rare exposures; you can study several outcomes from one exposure.
- Downsides: expensive, slow, and needs very large samples for rare diseases. Example: the Framingham Heart Study, running since 1948.

**Case-control study: start from outcome, look back to exposure**
- You pick people **with** the disease (cases) and comparable people **without** it (controls), then compare how often each group was exposed in the past.
- Because you choose how many cases and controls to include, you **can't calculate incidence or relative risk**; you calculate the **odds ratio** instead.
- Good for **rare diseases** and diseases with long latency; quick and cheap.
- Downsides: **recall bias** (cases tend to remember past exposures more carefully) and difficulty choosing truly comparable controls. Example: Doll and Hill's 1950 study linking smoking to lung cancer.

A memory aid: cohort goes **exposure → outcome**, case-control goes **outcome → exposure**.""",
r"""Can you walk me through calculating an odds ratio? Say 40 of 100 cases were exposed and 20 of 100 controls were exposed.""",
r"""Set it up as a 2×2 table:

| | Cases | Controls |
|---|---|---|
| Exposed | a = 40 | b = 20 |
| Unexposed | c = 60 | d = 80 |

**Odds of exposure among cases:** $40/60 = 0.667$
**Odds of exposure among controls:** $20/80 = 0.25$

$$OR = \frac{a/c}{b/d} = \frac{a \times d}{b \times c} = \frac{40 \times 80}{20 \times 60} = \frac{3200}{1200} \approx 2.67$$

**Interpretation:** the odds of having been exposed are about 2.7 times higher among cases than controls. When the disease is rare in the population (under about 10%), the OR approximates the relative risk, so you could say exposure is associated with roughly 2.7 times the risk.

**95% confidence interval** (Woolf's method, on the log scale):

$$SE(\ln OR) = \sqrt{\tfrac{1}{40} + \tfrac{1}{20} + \tfrac{1}{60} + \tfrac{1}{80}} = \sqrt{0.1042} \approx 0.323$$

$$\ln(2.67) \approx 0.981, \qquad 0.981 \pm 1.96 \times 0.323 = 0.348 \text{ to } 1.614$$

$$CI = e^{0.348} \text{ to } e^{1.614} \approx 1.42 \text{ to } 5.02$$

Because the interval doesn't include 1, the association is statistically significant at the 5% level. The width (1.4 to 5.0) shows the estimate is fairly imprecise with 200 participants.""",
r"""What is confounding? Our lecturer mentioned it but I didn't really get it.""",
r"""Confounding is when the association you see between an exposure and an outcome is partly or wholly caused by a **third factor** that is linked to both.

For a variable to be a confounder, it must:

1. be associated with the **exposure**,
2. be an independent risk factor for the **outcome**, and
3. **not** lie on the causal pathway between them.

**Classic example: coffee and lung cancer.** Early studies found coffee drinkers had more lung cancer. But coffee drinkers were also more likely to smoke, and smoking causes lung cancer. Smoking is associated with coffee drinking (1), causes lung cancer on its own (2), and coffee doesn't cause smoking (3). Once researchers compared coffee drinkers and non-drinkers **within** smokers and **within** non-smokers, the association largely disappeared.

**A nursing example:** patients on a new wound dressing heal more slowly. But if the dressing is mainly used on patients with diabetes, who heal slowly anyway, diabetes confounds the comparison.

Confounding can also **hide** a real effect or even reverse its direction; that reversal is called Simpson's paradox.

What confounding is **not**: a mediator. If exercise lowers blood pressure and thereby reduces strokes, blood pressure is on the pathway, and adjusting for it would wrongly hide part of exercise's effect.

(Self-check: defines term ✔ | concrete example ✔ | no diagnosis given ✔ | ~220 words ✔)""",
r"""How do researchers control for confounding?""",
r"""They can deal with it at two stages: when **designing** the study and when **analysing** the data.

**At the design stage**
- **Randomisation** (in trials): random allocation balances both known and unknown confounders between groups, on average. It's the main reason RCTs sit above observational studies in the evidence hierarchy.
- **Restriction**: only include people in one stratum of the confounder, e.g. only non-smokers. Simple and effective, but results then apply only to that group.
- **Matching**: in case-control studies, pick controls with the same value of the confounder as each case (e.g. same age ± 5 years and sex). Matched data must then be analysed with matched methods, such as conditional logistic regression.

**At the analysis stage**
- **Stratification**: analyse the association separately in each stratum (smokers, non-smokers) and combine with the **Mantel–Haenszel** method into one adjusted OR. If the crude OR is 2.7 and the adjusted OR is 1.1, most of the crude association was confounding.
- **Multivariable regression**: logistic regression for case-control data or Cox regression for cohort data, adjusting for several confounders at once.
- **Propensity scores**: model each person's probability of being exposed from their characteristics, then match or weight on that score.

Two limits to keep in mind: you can only adjust for confounders you **measured**, and measured accurately (residual confounding remains otherwise); and adjusting for a mediator or a consequence of the outcome introduces bias rather than removing it. That's why researchers often draw a causal diagram (a DAG) before deciding what to adjust for.""",
)))

# 024 bad_length en CNC (3 turns) -- last reply is a one-word evasion
DIALOGUES.append(D(24, "bad_length", "en",
"Bad length, turn 3 (last): asked for a concrete G83 peck depth for a 1/4\" hole 1.5\" deep in 304 stainless, the reply is just 'Depends.'",
pairs(
r"""I'm learning G-code for our Haas VF-2. What's the difference between G90 and G91?""",
r"""They set how the control interprets the coordinates in your moves.

**G90: absolute positioning.** Every X/Y/Z value is a position measured from the active work zero (e.g. G54).

```
G90 G54
G00 X1.0 Y1.0   (go to X1.0 Y1.0 from part zero)
G01 X3.0 F20.   (go to X3.0: moves 2.0" to the right)
G01 X3.0        (no motion: already at X3.0)
```

**G91: incremental positioning.** Every value is a distance from where the tool currently is.

```
G91
G01 X2.0 F20.   (move 2.0" right from the current spot)
G01 X2.0        (move another 2.0" right)
```

Practical notes:

- Both are **modal**: once active, they stay on until the other is commanded. Most programs put `G90` in the safe-start line at the top, e.g. `G00 G17 G40 G49 G80 G90`, so you never inherit G91 from a previous program.
- G91 is handy for repeated patterns inside a subprogram (drill a hole, move 0.5", drill again), or for simple jog-like moves.
- The classic G91 crash: forgetting to switch back to G90, so the next "absolute" position is taken as a distance and the tool travels somewhere unexpected.
- The common return-home line `G91 G28 Z0.` uses G91 on purpose: "go to the Z home position via an intermediate point 0 away from here", i.e. straight up. Follow it with G90.""",
r"""And what is G54? How do I set it for a part in the vise?""",
r"""G54 is the first of the **work coordinate systems** (G54–G59, plus G154 P1–P99 on Haas). It stores the distance from machine home to your part's zero point, so your program can use part coordinates no matter where the vise sits on the table.

To set G54 for a part in the vise, with X0 Y0 at the top-left corner and Z0 on the top face:

**X and Y**
1. Put an edge finder or probe in the spindle (edge finder at ~1,000 RPM).
2. Touch off the left edge of the part. On the **Offsets** page, move the cursor to G54 X and press **PART ZERO SET**; the control stores the current machine position.
3. Correct for the tool radius: with a 0.200" edge finder the spindle centre is 0.100" left of the edge, so adjust G54 X by +0.100" (using the *+INPUT* key), so that X0 sits on the edge itself.
4. Repeat on the back edge for Y (correcting by −0.100" since the spindle is past the edge toward the back).

**Z**
On Haas the common method is to set **tool length offsets** (H values) from a reference, and set G54 Z to the distance from that reference to the top of the part. Many shops simply touch each tool on the part top and leave G54 Z = 0.

**Verify**: run the program in Graphics mode, then single-block the first moves with rapid override at 5–25% and the tool well above the part (e.g. by adding a few inches to G54 Z for a dry run).

With a Renishaw-style probe the control's VPS probing routines do steps 1–4 automatically and write G54 for you.""",
r"""Thanks. For a 1/4" hole 1.5" deep in 304 stainless with a carbide drill, what peck depth should I program in G83?""",
r"""Depends.""",
)))
