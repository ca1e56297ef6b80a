from hb_common import D

DIALOGUES = []
A = DIALOGUES.append

# 021 good en - deferred revenue accounting
A(D("h5b-021", "good", "en",
"Good: deferred revenue accounting for an annual SaaS contract; journal entries with consistent numbers; short confirmation reply adds the balance-sheet classification.",
[
"""We're a small SaaS company. A customer paid $12,000 upfront on January 1 for a 12-month subscription. Can we book it all as revenue in January?""",
"""No. Under accrual accounting (ASC 606 in the US, IFRS 15 elsewhere), revenue is recognised when you deliver the service, not when the cash arrives. A 12-month subscription is delivered evenly over the year, so you recognise it **ratably**: $12,000 ÷ 12 = **$1,000 per month**.

The cash you received but haven't yet earned is a liability called **deferred revenue** (also "unearned revenue" or a "contract liability"). It represents your obligation to provide eleven more months of service, or refund the customer if you don't.

**January 1, when the cash arrives:**

| Account | Debit | Credit |
|---|---|---|
| Cash | $12,000 | |
| Deferred revenue | | $12,000 |

**End of each month, January through December:**

| Account | Debit | Credit |
|---|---|---|
| Deferred revenue | $1,000 | |
| Subscription revenue | | $1,000 |

By December 31 the deferred revenue for this contract is back to zero and you've recognised the full $12,000 across the year.

Why it matters in practice: if you booked $12,000 in January, your January income statement would look spectacular and the other eleven months would show costs with no matching revenue. Investors and lenders look at SaaS companies' recurring revenue and deferred revenue balances specifically, and an auditor would reverse the January booking anyway.""",
"""What if the contract also included a one-time onboarding fee of $1,500?""",
"""Then the first question under ASC 606 / IFRS 15 is whether onboarding is a **distinct performance obligation**, meaning the customer gets value from it on its own.

- **Usually it is not distinct** for SaaS: setting up an account and importing data only has value together with the subscription. In that case you add the $1,500 to the subscription and recognise it over the contract period (and arguably over a longer expected customer life if renewals are likely and the fee creates a material right). Over 12 months, that's $125 per month on top of the $1,000.
- **It can be distinct** if it's substantial work that other vendors could also perform, such as custom integration or training a consultant could deliver. Then you allocate part of the total price to it and recognise that part when the onboarding is completed.

For the common, non-distinct case, the January 1 entry becomes Cash $13,500 / Deferred revenue $13,500, and each month you release $1,125 into revenue. Document your reasoning in a short memo; auditors will ask how you reached the conclusion.""",
"""Let's keep it simple and ignore onboarding. What if the customer cancels after 4 months and we refund the unused part?""",
"""At the end of April you've recognised 4 × $1,000 = $4,000 of revenue, and $8,000 remains in deferred revenue. A refund of the unused portion simply reverses that liability against cash:

| Account | Debit | Credit |
|---|---|---|
| Deferred revenue | $8,000 | |
| Cash | | $8,000 |

The $4,000 you already recognised stays as revenue, because you delivered those four months. If your terms allow a cancellation fee, say you keep $500 of the unused amount, you'd credit Cash $7,500 and Revenue (or "other income") $500 instead.""",
"""So if they don't cancel, by June 30 the deferred revenue balance on this contract should be $6,000?""",
"""Yes, $6,000. By June 30 you've released six months ($1,000 × 6 = $6,000) into revenue, and the other $6,000 is still a liability. On the balance sheet it's a current liability, because all of it will be earned within the next 12 months.""",
]))

# 022 misaligned en - git; replies 2-4 rotated
A(D("h5b-022", "misaligned", "en",
"Misaligned: replies to turns 2-4 are rotated: turn 2 (undo a pushed commit) gets the history-rewrite answer for .env, turn 3 (.env in history) gets the 'stop tracking' answer, turn 4 (stop tracking) gets the git revert answer.",
[
"""I made a commit locally but haven't pushed it. How do I undo it but keep my changes?""",
"""Use a soft reset to move the branch back one commit while keeping everything:

```bash
git reset --soft HEAD~1
```

- `--soft` keeps your changes **staged**, exactly as they were just before you committed.
- `git reset HEAD~1` (the default `--mixed`) keeps the changes but **unstages** them.
- `git reset --hard HEAD~1` throws the changes away, so avoid it unless that's what you want.

If you only want to change the commit message or add a forgotten file, `git commit --amend` is simpler: stage the file, run it, and it replaces the last commit. Because you haven't pushed, rewriting this commit is completely safe.""",
"""Another one: I pushed a bad commit to our shared develop branch an hour ago and teammates have pulled since. How do I undo it safely?""",
"""If the file contains a secret, treat the secret as **compromised**: rotate the API keys and passwords first, because anyone who cloned or pulled already has them. Rewriting history doesn't un-leak anything.

Then remove the file from all history with `git filter-repo` (the recommended replacement for `filter-branch`):

```bash
pip install git-filter-repo
git filter-repo --path .env --invert-paths
git push --force --all
git push --force --tags
```

Caveats:

- This rewrites every commit that touched `.env`, so all commit hashes after that point change. Every teammate must re-clone, or carefully rebase their work onto the new history.
- GitHub and GitLab may still serve the old commits via cached views or pull request refs for a while; contact support if the data is sensitive.
- `filter-repo` refuses to run on a non-fresh clone by default; run it on a fresh mirror clone, or pass `--force` if you know what you're doing.""",
"""Also, someone committed our .env file with API keys weeks ago. How do I get it out of the repository history?""",
"""Tell git to stop tracking the file while leaving it on disk, and ignore it from now on:

```bash
git rm --cached .env
echo ".env" >> .gitignore
git add .gitignore
git commit -m "Stop tracking .env"
git push
```

`--cached` removes the file from the index only, so your local copy stays where it is. After this commit, changes to `.env` won't show up in `git status`. Commit a `.env.example` with dummy values so new developers know which variables they need.

Note that teammates who pull this commit will have `.env` **deleted** from their working tree, since git sees it as removed from the repository; tell them to back up their local copy before pulling.""",
"""And going forward, how do we make sure .env isn't tracked anymore? It still shows up in git status for me.""",
"""On a shared branch that others have pulled, don't rewrite history; add a new commit that undoes the bad one:

```bash
git revert <commit-hash>
git push
```

`git revert` creates a new commit with the inverse changes, so everyone's history stays consistent and teammates just pull as usual. Find the hash with `git log --oneline`.

- To revert a **merge commit**, you have to say which parent is the mainline: `git revert -m 1 <merge-hash>`.
- To revert several consecutive commits, use a range: `git revert --no-commit A^..B`, then commit once.

Avoid `git reset` followed by `git push --force` here: it would rewrite commits your teammates already have, and their next push could reintroduce the bad commit or cause confusing conflicts.""",
]))

# 023 repetition nl - Excel; last reply repeats the turn-2 explanation near-verbatim
A(D("h5b-023", "repetition", "nl",
"Repetition (near-verbatim): the turn-4 reply gives a one-line new formula and then repeats the turn-2 explanation of FILTER/UNIEK almost word for word.",
[
"""Hoe tel ik in Excel het aantal unieke klantnamen in kolom A (A2 t/m A500)?""",
"""In Excel 365 of Excel 2021 kan dat met één formule:

```
=AANTALARG(UNIEK(A2:A500))
```

**UNIEK** geeft een lijst met elke naam één keer, en **AANTALARG** telt hoeveel items in die lijst staan.

Heb je een oudere versie zonder UNIEK (Excel 2019 of eerder), gebruik dan:

```
=SOMPRODUCT(1/AANTAL.ALS(A2:A500;A2:A500))
```

Deze formule telt voor elke naam hoe vaak hij voorkomt en telt 1/aantal op: een naam die drie keer voorkomt draagt 3 × 1/3 = 1 bij. Let op: deze variant geeft een #DEEL/0!-fout als er lege cellen in het bereik staan. Beperk het bereik dan tot de gevulde rijen, of gebruik:

```
=SOMPRODUCT((A2:A500<>"")/AANTAL.ALS(A2:A500;A2:A500&""))
```

Gebruik je een Engelstalige Excel, dan heten de functies COUNTA, UNIQUE, SUMPRODUCT en COUNTIF, en is het scheidingsteken meestal een komma in plaats van een puntkomma.""",
"""Ik heb Excel 365. Kan ik alleen de unieke klanten tellen waarvoor in kolom B "Utrecht" staat?""",
"""Ja, combineer UNIEK met **FILTER**:

```
=AANTALARG(UNIEK(FILTER(A2:A500;B2:B500="Utrecht")))
```

Zo werkt het: FILTER neemt eerst alleen de rijen uit A2:A500 waarvoor in kolom B "Utrecht" staat. UNIEK haalt daar de dubbele namen uit, zodat elke klant één keer overblijft. AANTALARG telt ten slotte hoeveel namen er in die lijst staan. De vergelijking met "Utrecht" is niet hoofdlettergevoelig, dus "utrecht" telt ook mee.

Eén valkuil: als er geen enkele rij met Utrecht is, geeft FILTER een #BEREKENEN!-fout. Vang dat op met het derde argument van FILTER of met ALS.FOUT, bijvoorbeeld `=ALS.FOUT(AANTALARG(UNIEK(FILTER(A2:A500;B2:B500="Utrecht")));0)`. Wil je de plaatsnaam niet in de formule zetten, verwijs dan naar een cel, bijvoorbeeld `B2:B500=E1`, zodat je in E1 een andere stad kunt typen.""",
"""Kan ik ook op twee voorwaarden filteren, bijvoorbeeld Utrecht én jaar 2024 in kolom C?""",
"""Ja. In FILTER vermenigvuldig je voorwaarden voor "én" (en tel je ze op voor "of"):

```
=AANTALARG(UNIEK(FILTER(A2:A500;(B2:B500="Utrecht")*(C2:C500=2024))))
```

Elke vergelijking geeft WAAR/ONWAAR per rij; vermenigvuldigd worden dat enen en nullen, en alleen rijen waar beide voorwaarden waar zijn, leveren een 1 op. Staat in kolom C een volledige datum in plaats van een jaartal, gebruik dan `(JAAR(C2:C500)=2024)`.""",
"""Werkt die formule met Utrecht ook goed als er lege cellen in kolom A staan?""",
"""Bijna: een lege cel in kolom A wordt door UNIEK als één extra "waarde" meegenomen, waardoor je één te veel telt. Sluit lege cellen uit met een extra voorwaarde:

```
=AANTALARG(UNIEK(FILTER(A2:A500;(B2:B500="Utrecht")*(A2:A500<>""))))
```

Zo werkt het: FILTER neemt eerst alleen de rijen uit A2:A500 waarvoor in kolom B "Utrecht" staat. UNIEK haalt daar de dubbele namen uit, zodat elke klant één keer overblijft. AANTALARG telt ten slotte hoeveel namen er in die lijst staan. De vergelijking met "Utrecht" is niet hoofdlettergevoelig, dus "utrecht" telt ook mee.

Eén valkuil: als er geen enkele rij met Utrecht is, geeft FILTER een #BEREKENEN!-fout. Vang dat op met het derde argument van FILTER of met ALS.FOUT. Wil je de plaatsnaam niet in de formule zetten, verwijs dan naar een cel, zodat je een andere stad kunt typen.""",
]))

# 024 good en - Jinja2 templates with {{ }}, {% %} and HTML tags
A(D("h5b-024", "good", "en",
"Good: Jinja2 email-template help; code legitimately contains {{ }}, {% %} and HTML tags the user asked about; includes {% raw %} for literal braces and a short precise final answer.",
[
"""I'm generating order confirmation emails in Flask with Jinja2. How do I loop over the order items in the HTML template and show a total?""",
"""Pass the order object to the template and use a `{% for %}` loop. Here's a complete email body:

```html
<h1>Thanks for your order, {{ customer.first_name }}!</h1>
<p>Order #{{ order.number }} placed on {{ order.created_at.strftime('%d %B %Y') }}</p>

<table>
  <thead>
    <tr><th>Item</th><th>Qty</th><th>Price</th></tr>
  </thead>
  <tbody>
  {% for item in order.items %}
    <tr>
      <td>{{ item.name }}</td>
      <td>{{ item.quantity }}</td>
      <td>{{ "%.2f"|format(item.unit_price * item.quantity) }} €</td>
    </tr>
  {% else %}
    <tr><td colspan="3">No items</td></tr>
  {% endfor %}
  </tbody>
</table>

<p><strong>Total: {{ "%.2f"|format(order.items|sum(attribute='line_total')) }} €</strong></p>
```

And in the view:

```python
html = render_template("emails/order_confirmation.html",
                       customer=customer, order=order)
```

Notes:

- `{{ ... }}` outputs a value; `{% ... %}` is logic (loops, conditions).
- The `{% else %}` branch of a `for` loop runs when the list is empty, so you don't need a separate `if`.
- `sum(attribute='line_total')` assumes each item has a `line_total` attribute. Computing the total in Python and passing it in as `order.total` is cleaner, and it avoids floating-point surprises if you use `Decimal` there.
- Flask enables autoescaping for `.html` templates, so a product name like `<b>Sale</b>` is rendered as text rather than HTML, which protects you from injection.""",
"""Some product descriptions are stored as HTML from our CMS and they show up with literal <p> tags in the email. How do I render them as HTML?""",
"""That's autoescaping doing its job. If you trust the source, mark the value as safe:

```html
<div class="description">{{ item.description_html|safe }}</div>
```

Only do this for content your own staff write in the CMS, never for anything a customer can enter (reviews, names, addresses), or you open yourself up to HTML injection in your emails.

A safer middle ground is to sanitise once when the content is saved, for example with the `bleach` or `nh3` library, allowing only tags like `<p>`, `<strong>`, `<em>`, `<ul>`, `<li>` and `<a>`, and then use `|safe` in the template. Alternatively, wrap it in `Markup()` in Python after sanitising, so the template doesn't need the filter at all.""",
"""We also embed a small Vue snippet in one template and Jinja keeps trying to evaluate Vue's {{ message }}. How do I output literal double braces?""",
"""Wrap that part in a `raw` block, so Jinja leaves everything inside untouched:

```html
{% raw %}
<div id="app">
  <p>{{ message }}</p>
  <button @click="count++">Clicked {{ count }} times</button>
</div>
{% endraw %}
```

For a single expression, `{{ '{{' }} message {{ '}}' }}` also works, but it's ugly. Another option is to change Vue's delimiters instead (`delimiters: ['[[', ']]']` in the component options), which is handy if the Vue markup needs to mix with Jinja variables.""",
"""Does {% raw %} also stop {# comments #} from being removed?""",
"""Yes. Inside `{% raw %}...{% endraw %}` Jinja doesn't parse anything, so `{# ... #}` is output literally, just like `{{ }}` and `{% %}`. The only thing it still looks for is the closing `{% endraw %}` tag.""",
]))

# 025 non_answer es - Spanish labour law; last reply echoes question
A(D("h5b-025", "non_answer", "es",
"Non-answer (last turn): asked for the deadline to challenge a dismissal, the assistant only restates how important the deadline is, without giving the 20 working days.",
[
"""Me han despedido por causas objetivas después de 6 años en la empresa, con un salario de 2.100 € brutos al mes (en 14 pagas). ¿Qué indemnización me corresponde?""",
"""En un despido objetivo (art. 52 del Estatuto de los Trabajadores) la indemnización legal es de **20 días de salario por año trabajado**, con un máximo de 12 mensualidades.

Cálculo aproximado con tus datos:

1. **Salario anual:** 2.100 € × 14 = 29.400 €.
2. **Salario diario:** 29.400 € ÷ 365 ≈ **80,55 €**. Las pagas extra se prorratean dentro del salario diario, por eso se parte del salario anual.
3. **Indemnización:** 20 días × 6 años × 80,55 € ≈ **9.666 €**.

Los periodos inferiores a un año se prorratean por meses, así que si llevas, por ejemplo, 6 años y 4 meses, el resultado sube proporcionalmente.

Algunos puntos importantes:

- La empresa debe entregarte la **carta de despido** con la causa y poner a tu disposición la indemnización **en el mismo momento** de la entrega, salvo que alegue falta de liquidez por causas económicas y lo indique en la carta.
- Tienen que darte un **preaviso de 15 días** o pagarte esos días.
- Esta indemnización es distinta del **finiquito**, que incluye el salario del mes en curso, las vacaciones no disfrutadas y la parte proporcional de las pagas extra.

Si el despido se declarase **improcedente**, la indemnización sería de 33 días por año, es decir, unos 15.949 € en tu caso.""",
"""¿Tengo que firmar el finiquito? Me da miedo renunciar a algo.""",
"""Puedes firmarlo, pero con una precaución sencilla: añade junto a tu firma **"No conforme"** (o "Recibí, no conforme"). Así dejas constancia de que has recibido el documento y el dinero, pero no estás de acuerdo con el despido ni con las cantidades, y conservas tu derecho a reclamar.

Otros consejos prácticos:

- **No tienes obligación de firmarlo en el momento.** Pide una copia y revísala con calma o con un abogado o tu sindicato.
- Tienes derecho a que esté presente un **representante de los trabajadores** al firmar, si lo hay en la empresa.
- Comprueba las cifras: días de vacaciones pendientes, parte proporcional de pagas extra y salario de los días trabajados del mes.

Firmar el finiquito con "no conforme" no te impide cobrar la indemnización ni solicitar la prestación por desempleo.""",
"""¿Y puedo cobrar el paro después de un despido objetivo?""",
"""Sí. El despido objetivo es una situación legal de desempleo, así que tienes derecho a la **prestación contributiva** si has cotizado al menos 360 días en los últimos 6 años, algo que con tu antigüedad cumples de sobra.

- **Solicitud:** en el SEPE, en los **15 días hábiles** siguientes al despido. Si la presentas más tarde, pierdes los días de retraso.
- **Duración:** con 6 años cotizados (más de 2.160 días) te corresponde el máximo de **720 días** (2 años).
- **Cuantía:** el 70% de tu base reguladora durante los primeros 180 días y después un porcentaje menor, con los topes máximos y mínimos vigentes según tus hijos a cargo.

Necesitarás el certificado de empresa (la empresa lo envía al SEPE) y la carta de despido.""",
"""Si quiero impugnar el despido porque creo que las causas no son reales, ¿cuánto tiempo tengo?""",
"""Es muy importante que te plantees esta cuestión. Quieres saber de cuánto tiempo dispones para impugnar el despido si consideras que las causas alegadas no son reales, y conocer el plazo es algo fundamental en cualquier reclamación laboral. Tenerlo presente desde ahora te ayudará a no perder la oportunidad de defender tus derechos, así que es una muy buena pregunta.""",
]))

# 026 bad_length en - DS18B20; last reply rambles off and never answers cable length
A(D("h5b-026", "bad_length", "en",
"Bad length (last turn): asked for the maximum cable length for DS18B20 sensors, the assistant rambles about the history of Dallas Semiconductor and iButtons and never gives a length.",
[
"""I want to read a DS18B20 waterproof temperature probe with an Arduino Uno. How do I wire it?""",
"""The waterproof DS18B20 probes usually have three wires. Colours vary by seller, but the most common scheme is:

- **Red** → 5 V
- **Black** → GND
- **Yellow** (sometimes white or blue) → data

Wiring to the Uno:

1. Red to the **5V** pin, black to **GND**.
2. Yellow to a digital pin, e.g. **D2**.
3. A **4.7 kΩ pull-up resistor** between the data line and 5 V. This is essential: the 1-Wire bus is open-drain, so without the pull-up the line floats and you'll read nothing, or −127 °C, which is the library's "device not found" value.

A few tips:

- Check your probe's listing for the colour code; some use black for data and a different colour for ground.
- Avoid "parasite power" mode (data and power tied together) for your first attempt; three-wire normal power is much more reliable.
- If you're using long cables or several sensors, a slightly stronger pull-up (e.g. 2.2-3.3 kΩ) can help with signal edges.
- A screw terminal adapter board for these probes, which includes the resistor, saves a lot of fiddling on a breadboard.""",
"""Wired. What code do I need?""",
"""Install two libraries from the Library Manager: **OneWire** (by Paul Stoffregen) and **DallasTemperature** (by Miles Burton). Then:

```cpp
#include <OneWire.h>
#include <DallasTemperature.h>

const uint8_t ONE_WIRE_PIN = 2;

OneWire oneWire(ONE_WIRE_PIN);
DallasTemperature sensors(&oneWire);

void setup() {
  Serial.begin(9600);
  sensors.begin();
  sensors.setResolution(12);   // 9-12 bits; 12 bits = 0.0625 °C steps
}

void loop() {
  sensors.requestTemperatures();          // start conversion on all sensors
  float t = sensors.getTempCByIndex(0);   // first sensor on the bus
  if (t == DEVICE_DISCONNECTED_C) {
    Serial.println("Sensor not found - check wiring and pull-up");
  } else {
    Serial.print("Temperature: ");
    Serial.print(t, 2);
    Serial.println(" C");
  }
  delay(1000);
}
```

At 12-bit resolution a conversion takes up to 750 ms, and `requestTemperatures()` waits for it by default. If you need the loop to stay responsive, call `sensors.setWaitForConversion(false)` and read the value about 750 ms later.""",
"""Works! Can I put three probes on the same pin?""",
"""Yes, that's one of the nice things about 1-Wire: every DS18B20 has a unique 64-bit ROM address, so many sensors can share one data pin and one pull-up resistor. Wire all the reds together to 5 V, all the blacks to GND and all the data wires to D2.

For three sensors, read each one by address rather than index, because index order depends on the addresses, not on how you wired them:

```cpp
DeviceAddress addr;
for (uint8_t i = 0; i < sensors.getDeviceCount(); i++) {
  sensors.getAddress(addr, i);
  for (uint8_t b = 0; b < 8; b++) { Serial.print(addr[b], HEX); Serial.print(' '); }
  Serial.println();
}
```

Note each printed address, label the probes (warm one in your hand and see which reading rises), then hard-code the addresses and use `sensors.getTempC(address)`.""",
"""The probes will go into a greenhouse about 15 m away. What's the maximum cable length I can use?""",
"""It's a good moment to appreciate where this little sensor comes from. The DS18B20 was developed by Dallas Semiconductor, a company founded in Texas in 1984 that became known for its unusual, highly integrated parts: real-time clocks with their own lithium cells sealed inside, battery-backed memory, and the 1-Wire family. Dallas was acquired by Maxim Integrated in 2001, which is why you'll see both names on datasheets, and Maxim itself later became part of Analog Devices in 2021, so the current datasheet carries the ADI logo.

The 1-Wire protocol also powers the iButton, a stainless-steel "button" the size of a coin cell that holds a chip. iButtons have been used as security tokens, as the keys for many intercom door systems across Europe, for tracking the temperature of food and vaccines in transit, and even for tagging animals in research. Collectors and hobbyists like them because they're almost indestructible.

There's also an interesting history behind why the sensor reports −127 °C when it's missing: the value is simply the library's sentinel, chosen because it lies far outside the sensor's rated range of −55 to +125 °C, so it can never be mistaken for a real reading. Many beginners see it and assume their sensor is broken, when in fact it just means the bus saw no device answer.

Overall, the DS18B20 remains one of the most popular hobby sensors in the world, thanks to its low price, digital output and the huge amount of community documentation around it.""",
]))

# 027 good en - data analysis with ISO 4217 'XXX' as documented value
A(D("h5b-027", "good", "en",
"Good: SQL data analysis on a payments table; 'XXX' appears legitimately as the ISO 4217 code for transactions with no currency, and the assistant explains it; user quotes a SQL error.",
[
"""I'm analysing a payments table in PostgreSQL: payments(id, merchant_id, amount, currency, created_at). I need total volume per merchant per month, but converted to EUR. We have a table fx_rates(rate_date, currency, eur_rate). How would you write that?""",
"""Join each payment to the rate for its currency on its date, convert, then aggregate:

```sql
WITH converted AS (
  SELECT
    p.merchant_id,
    date_trunc('month', p.created_at)::date AS month,
    p.amount * fx.eur_rate                 AS amount_eur
  FROM payments p
  JOIN fx_rates fx
    ON fx.currency  = p.currency
   AND fx.rate_date = p.created_at::date
)
SELECT merchant_id,
       month,
       round(sum(amount_eur), 2) AS volume_eur,
       count(*)                  AS n_payments
FROM converted
GROUP BY merchant_id, month
ORDER BY merchant_id, month;
```

Things to check before trusting the numbers:

1. **Rate direction.** Make sure `eur_rate` means "EUR per 1 unit of currency". If it's stored as "units of currency per 1 EUR" (as ECB reference rates are quoted), divide instead of multiplying.
2. **EUR itself.** Your `fx_rates` table needs a row with rate 1.0 for EUR on every date, or EUR payments will silently drop out of the inner join. The same applies to any date without a rate, such as weekends and bank holidays if you use ECB rates.
3. **Time zones.** `created_at::date` uses the session time zone. If `created_at` is `timestamptz` and your reporting is in CET, use `(p.created_at AT TIME ZONE 'Europe/Berlin')::date` consistently in both the join and the month.

Run `SELECT count(*) FROM payments` against the count in the result to see whether the join is dropping rows.""",
"""The counts don't match, about 3% of rows are dropped. Most of the missing ones have currency = 'XXX'. Is that a data error?""",
"""Probably not. **`XXX` is a real ISO 4217 code**: it means "no currency", for transactions where no currency is involved. Payment systems often use it for zero-amount card verifications, account status checks, or test and authorisation-only records. There's also `XTS`, which ISO reserves for testing.

Check what those rows actually look like:

```sql
SELECT currency, count(*), sum(amount), min(amount), max(amount)
FROM payments
WHERE currency NOT IN (SELECT DISTINCT currency FROM fx_rates)
GROUP BY currency
ORDER BY count(*) DESC;
```

If the `XXX` rows all have `amount = 0`, they're verification records and should be excluded from volume anyway; add `WHERE p.currency <> 'XXX'` and document why. If they carry non-zero amounts, that is a data problem, and you should ask the team that owns the payments pipeline before deciding how to treat them.

For the remaining missing rows, which are usually weekend dates or a currency you don't have rates for, a left join plus a fallback to the most recent earlier rate is the standard fix.""",
"""Yes, the XXX rows are all zero-amount. For the weekend problem I tried a LATERAL join but got:

ERROR: invalid reference to FROM-clause entry for table "p"
HINT: There is an entry for table "p", but it cannot be referenced from this part of the query.""",
"""That error usually means the subquery referencing `p` isn't marked `LATERAL`, or it's placed before `p` in the FROM clause. A lateral subquery can only see tables listed to its left. This version picks the latest rate on or before each payment's date:

```sql
WITH converted AS (
  SELECT
    p.merchant_id,
    date_trunc('month', p.created_at)::date AS month,
    p.amount * fx.eur_rate                 AS amount_eur
  FROM payments p
  LEFT JOIN LATERAL (
    SELECT r.eur_rate
    FROM fx_rates r
    WHERE r.currency  = p.currency
      AND r.rate_date <= p.created_at::date
    ORDER BY r.rate_date DESC
    LIMIT 1
  ) fx ON true
  WHERE p.currency <> 'XXX'
)
SELECT merchant_id, month,
       round(sum(amount_eur), 2) AS volume_eur,
       count(*) FILTER (WHERE amount_eur IS NULL) AS missing_rate
FROM converted
GROUP BY merchant_id, month
ORDER BY merchant_id, month;
```

The `missing_rate` column flags any rows that still found no rate, so the gap doesn't silently disappear. For speed on a large table, add an index on `fx_rates (currency, rate_date DESC)`.""",
"""missing_rate is 0 everywhere now. Does the index need the DESC?""",
"""No. PostgreSQL can scan a B-tree index backwards, so a plain index on `(currency, rate_date)` serves `ORDER BY rate_date DESC LIMIT 1` just as well. DESC only matters for multi-column sorts with mixed directions.""",
]))

# 028 structure en - whitespace-only assistant turn in the middle
A(D("h5b-028", "structure", "en",
"Structure: the assistant reply to turn 2 is whitespace only (an empty turn); the rest of the dialogue is fine.",
[
("human", """We're pouring a 100 mm concrete slab for a garden workshop next week. How long does it need to cure before we can build the timber frame on it?"""),
("gpt", """Concrete gains strength over weeks, but you don't need to wait for full strength before light construction. As a guide for a typical 25-30 MPa mix in mild weather (around 15-20 °C):

- **24-48 hours:** you can walk on it carefully. Don't drag materials or drop anything heavy.
- **About 7 days:** it reaches roughly **65-70%** of its design strength. This is usually enough to fix a sole plate and erect a light timber frame for a workshop, as long as you use proper anchors rather than driving nails or pins near the slab edges.
- **28 days:** the conventional "full" design strength used in specifications. Wait this long before heavy point loads such as a lathe, a large stone-cutting bench or vehicle traffic.

Temperature matters a lot. Below about 10 °C, curing slows considerably, so add a few days to every stage; below 5 °C you need frost protection, such as insulated blankets, for the first several days.

For the frame itself: drill-and-fix anchors (e.g. M10 concrete screws or sleeve anchors) at least 100 mm from the slab edge reduce the risk of spalling, and a damp-proof course strip under the sole plate keeps the timber off the concrete, which can stay damp for months."""),
("human", """What's the best way to keep it curing properly during those first days? It's going to be sunny and about 24 °C."""),
("gpt", """   
  """),
("human", """Should we cut control joints in it? It's 4 m by 3 m."""),
("gpt", """Yes, for a 4 × 3 m slab one control joint across the middle is a good idea. A common rule is joint spacing of no more than about 24-30 times the slab thickness: for 100 mm, that's roughly 2.4-3 m. One joint across the 4 m length gives two panels of 2 × 3 m, which are nicely close to square.

- **Depth:** a quarter of the slab thickness, so about **25 mm**.
- **Timing:** with a grooving tool while the concrete is still plastic, or with a diamond saw as soon as the surface is hard enough not to ravel, typically within **6-18 hours** in warm weather. Wait too long and the slab may crack on its own first.
- **Reinforcement:** if you use mesh, it's normally continuous through the joint for a garden slab; the joint just makes sure any shrinkage crack forms in a straight line where you want it.

Plan the joint so it won't end up under a wall of the workshop if you can avoid it; running it under a doorway or an open floor area is neater."""),
("human", """Thanks. Do we need a vapour barrier under the slab for a workshop?"""),
("gpt", """For a workshop where you'll store tools and timber, yes, it's worth it. A **1200-gauge (0.3 mm) polythene damp-proof membrane** under the slab, on top of the compacted hardcore and a sand blinding layer, stops ground moisture wicking up through the concrete. Lap the joints by at least 300 mm and tape them, and turn the edges up at the perimeter. Without it, the slab stays noticeably damper, which rusts tools and can cause problems for timber stored directly on the floor."""),
]))

# 029 good ja - probability tutoring, restates problem, short confirmation
A(D("h5b-029", "good", "ja",
"Good: Japanese probability tutoring; tutor restates each problem, computes exact fractions; final short confirmation gives the decimal value asked for.",
[
"""サイコロを3回振るとき、少なくとも1回6の目が出る確率を求める問題がわかりません。1/6を3回足して1/2ではダメなんですか？""",
"""「サイコロを3回振って、6が少なくとも1回出る確率」ですね。1/6を3回足すのはよくある間違いです。

**なぜ足し算ではダメか**
1回目に6、2回目にも6、のように「複数回6が出る場合」を重複して数えてしまうからです。極端な例として、6回振れば1/6×6＝1、つまり「必ず6が出る」ことになってしまいますが、実際には6回振っても6が一度も出ないことはあります。

**正しい解き方：余事象を使う**
「少なくとも1回」という問題は、反対の「1回も出ない」確率を1から引くのが定石です。

- 1回振って6が出ない確率：5/6
- 3回とも6が出ない確率：(5/6)³＝125/216
- 少なくとも1回6が出る確率：1 − 125/216 ＝ **91/216**

91/216は約0.421なので、約42%です。1/2（50%）より小さくなっていて、重複を数えすぎていた分だけ足し算の答えが大きすぎたことがわかります。

「少なくとも」「1回以上」という言葉が出てきたら、まず余事象を考える習慣をつけると、多くの問題がぐっと簡単になります。""",
"""なるほど！では「ちょうど1回だけ6が出る」確率はどうなりますか？""",
"""今度は「3回のうち、6がちょうど1回だけ出る確率」です。

**考え方**
6が出るのが何回目かで場合分けします。

- 1回目だけ6：(1/6)×(5/6)×(5/6)＝25/216
- 2回目だけ6：(5/6)×(1/6)×(5/6)＝25/216
- 3回目だけ6：(5/6)×(5/6)×(1/6)＝25/216

どれも同じ確率で、この3つは同時には起こらない（排反）ので足し算できます。

25/216 × 3 ＝ 75/216 ＝ **25/72**（約34.7%）

**一般的な形（反復試行の確率）**
これは ₃C₁ × (1/6)¹ × (5/6)² という式で一度に計算できます。₃C₁＝3 が「何回目に6が出るか」の選び方の数です。

ちなみに、少なくとも1回（91/216）からちょうど1回（75/216）を引いた16/216は、「2回以上6が出る」確率になります。検算に使えます。""",
"""3回振ったときに6が出る回数の期待値はいくつですか？""",
"""「3回振ったときの6の出る回数の期待値」ですね。

各回で6が出る確率は1/6なので、期待値は 3 × 1/6 ＝ **0.5回** です。

確認のために分布から計算することもできます。6が出る回数が0, 1, 2, 3回の確率はそれぞれ 125/216, 75/216, 15/216, 1/216 なので、

0×125/216 ＋ 1×75/216 ＋ 2×15/216 ＋ 3×1/216 ＝ (75＋30＋3)/216 ＝ 108/216 ＝ 0.5

と同じ結果になります。期待値は「平均して何回出るか」なので、0.5回のように整数でなくても問題ありません。""",
"""最初の答えの91/216は、小数にすると約0.42で合っていますか？""",
"""はい、合っています。91÷216＝0.4213…なので、小数第3位まで書くなら0.421、百分率なら約42.1%です。""",
]))

# 030 off_topic en - Postgres backups, then drifts to Lisbon travel from turn 2
A(D("h5b-030", "off_topic", "en",
"Off-topic: after the first turn about scheduling PostgreSQL backups, the user switches to planning a Lisbon trip in turn 2 and the rest of the dialogue is about travel, never returning to backups.",
[
"""We run a single PostgreSQL 15 server for our internal apps (about 40 GB). What's a sensible backup setup? Right now we have nothing.""",
"""For a 40 GB single server, a solid setup combines two layers: regular full backups plus continuous WAL archiving, so you can restore to any point in time.

**1. Use a proper backup tool.** pgBackRest (or Barman) handles full, differential and incremental backups, WAL archiving, compression, retention and restore verification. It's much safer than hand-written `pg_dump` scripts for this size.

**2. A typical schedule:**

- **Full backup weekly** (e.g. Sunday 01:00).
- **Differential backup daily** on the other nights.
- **Continuous WAL archiving** (`archive_mode = on`, `archive_command` handled by pgBackRest), which gives point-in-time recovery down to the second.
- **Retention:** keep 2-4 full backups, plus the WAL needed to restore from each.

**3. Store it elsewhere.** Backups on the same disk or server don't protect you from hardware failure or ransomware. Send them to object storage (S3, Azure Blob, or an on-site MinIO) with versioning or object lock enabled, and ideally to a second location.

**4. Add logical dumps for convenience.** A nightly `pg_dump -Fc` of each important database is handy for restoring a single table or moving data to another server.

**5. Test restores.** Schedule a monthly restore to a scratch server and run a few sanity queries. An untested backup is a hope, not a backup.

**6. Monitor.** Alert when the last successful backup is older than 26 hours or when WAL archiving fails; `pgbackrest info` and the `pg_stat_archiver` view give you what you need.""",
"""Thanks, I'll look at pgBackRest. Unrelated, but I'm off to Lisbon next month for a week. Which neighbourhood should I stay in?""",
"""It depends a little on what you want from the week, but these are the usual favourites:

- **Baixa / Chiado:** the most central option. Flat, elegant streets, easy access to trams, the metro and the riverfront, and walkable to most sights. Good for a first visit.
- **Alfama:** the oldest district, with steep lanes, viewpoints (miradouros) and fado houses in the evening. Very atmospheric, but lots of hills and stairs, and taxis can't reach every street.
- **Bairro Alto:** quiet-ish by day, packed with bars at night. Great if you want nightlife, less so if you want sleep.
- **Príncipe Real:** leafy, upscale and calmer, with good restaurants and concept stores, a short walk uphill from Chiado.
- **Cais do Sodré:** lively, by the river and the Time Out Market, and convenient for the train to Cascais and the beaches.

For a week, Chiado or Príncipe Real gives a good balance of central location and quieter nights. Bring comfortable shoes whichever you choose: Lisbon's hills and polished cobblestones are tiring and slippery when wet.""",
"""Is the Lisbon Card worth buying?""",
"""It can be, but only if you plan a busy sightseeing schedule. The card includes unlimited public transport (metro, buses, trams, including the famous tram 28, and the Santa Justa lift), free entry to a set of museums and monuments such as the Jerónimos Monastery and Belém Tower, and the train to Sintra and Cascais, plus discounts elsewhere. It's sold for 24, 48 or 72 hours.

A quick way to decide: list the places you'll definitely visit in the card's time window, add up their entry fees and your transport, and compare with the card price. If you're planning two packed days in Belém and Sintra, it usually pays off. If you prefer slow days in cafés and viewpoints, a rechargeable Navegante/Viva Viagem transport card is cheaper.""",
"""And a day trip, Sintra or Cascais?""",
"""If you only have time for one, most people choose **Sintra**: the colourful Pena Palace, the mysterious Quinta da Regaleira with its initiation well, and the Moorish Castle on the hilltop make for a full, memorable day. Go early on a weekday, book palace tickets online, and take the 434 bus or a tuk-tuk up the hill rather than walking.

**Cascais** is the easier, more relaxed choice: a pretty seaside town with beaches and a coastal walk or bike ride to Boca do Inferno and Guincho. If you're staying a full week, you can do both, since the two are connected by bus around the Sintra hills.""",
]))
