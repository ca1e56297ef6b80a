from h7b_common import conv, D

DIALOGUES = []

# repetition en: assistant repeats turn-1 answer in other words in turn 3
DIALOGUES.append(D("repetition", "en",
    "repetition: assistant turn 3, asked about switching to XLOOKUP, mostly re-explains the #N/A causes from turn 1 in other words (spaces, numbers as text, match mode) before one line on XLOOKUP.",
    conv(
"""My VLOOKUP returns #N/A for about half the rows even though I can see the IDs in both sheets. Formula: =VLOOKUP(A2, Products!A:C, 3, FALSE)""",
"""When the value is visibly there but VLOOKUP still says #N/A, the two cells almost always *look* the same but aren't identical. The usual causes, in order of how often I see them:

1. **Numbers stored as text.** If one sheet has `1042` as a number and the other as text `"1042"` (often after a CSV import), an exact match fails. Text numbers are usually left-aligned and may show a small green triangle. Test it with `=ISTEXT(A2)` and `=ISTEXT(Products!A2)`; if one says TRUE and the other FALSE, that's your problem.
2. **Extra spaces.** A trailing space, or a non-breaking space from a web export, makes `"AB-17 "` different from `"AB-17"`. Check with `=LEN(A2)` against the number of characters you expect.
3. **Invisible characters.** Line breaks or other non-printing characters from copy-paste. `=CLEAN()` removes most of them.

Your `FALSE` at the end (exact match) is correct, so the formula itself is fine. A quick diagnostic is `=A2=Products!A5` on one pair you believe should match: FALSE confirms they differ somehow.""",
"""ISTEXT says TRUE on the Products sheet and FALSE on mine. How do I fix it without retyping?""",
"""Convert the text numbers on the Products sheet into real numbers:

1. Type `1` in any empty cell and copy it.
2. Select the ID column on the Products sheet.
3. **Paste Special → Multiply → OK.**

Multiplying by 1 forces Excel to turn each text number into a real number. Alternatively, select the column and use **Data → Text to Columns → Finish**, which does the same conversion. After that, delete the `1` and your VLOOKUPs should resolve. If the data gets re-imported every week, you can instead handle it in the formula: `=VLOOKUP(A2&"", Products!A:C, 3, FALSE)` turns your lookup value into text so it matches the text column.""",
"""It works now! Should I switch to XLOOKUP instead while I'm at it?""",
"""Let me go over why the lookups were failing in the first place, because it matters for any lookup function. When a lookup can't find a value that you can clearly see, it's nearly always because the two cells differ in a way that isn't visible. The most common reason is that one side holds a real number and the other holds a number saved as text, which typically happens when data comes from a CSV export; you can spot those because they sit on the left of the cell and sometimes carry a green triangle, and `ISTEXT` will tell you for sure. The second reason is stray spaces at the end of a value, including non-breaking spaces from web pages, which you can catch by comparing `LEN` with the expected length. The third is hidden characters from copy-paste, which `CLEAN` strips out. And you had already set exact match correctly with `FALSE`, so the formula was never the issue.

As for XLOOKUP: yes, if everyone who uses the file has Excel 2021 or Microsoft 365, it's worth switching, since it defaults to exact match and doesn't break when columns are inserted.""",
"""Cool. What would my formula look like in XLOOKUP?""",
"""```
=XLOOKUP(A2, Products!A:A, Products!C:C, "Not found")
```

The first argument is what you're looking for, the second is the column to search, the third is the column to return, and the fourth is what to show instead of #N/A when there's no match. Because you point to the return column directly instead of counting "3", inserting a column in the Products sheet won't break it.""",
    )))

# repetition en: user re-asks near-verbatim
DIALOGUES.append(D("repetition", "en",
    "repetition: user turn 4 re-asks near-verbatim the turn-1 question (how long to wait after levothyroxine before coffee), already answered; assistant answers it again.",
    conv(
"""I just started levothyroxine 50 mcg. How long after taking it do I need to wait before I can have my coffee?""",
"""Wait at least **30 to 60 minutes**. Levothyroxine is best absorbed on an empty stomach, and coffee taken at the same time can reduce absorption noticeably, by roughly a quarter to a third in some studies. The usual routine is to take the tablet with a full glass of water as soon as you wake up, then have breakfast and coffee at least 30, ideally 60 minutes later.

Consistency matters as much as the exact wait: if you do the same thing every day, your doctor can adjust the dose around your routine.""",
"""I also take a calcium supplement and iron for anaemia. Does that matter?""",
"""Yes, both matter a lot. Calcium and iron bind to levothyroxine in the gut and can block a significant part of its absorption. Keep them at least **4 hours apart** from your levothyroxine. A simple schedule:

- 6:30 am: levothyroxine with water
- 7:30 am: breakfast and coffee
- Lunch or dinner: iron
- Evening: calcium

The same 4-hour rule applies to antacids containing aluminium or magnesium and to multivitamins with minerals.""",
"""Would taking it at bedtime be an option? Mornings are chaotic with the kids.""",
"""Yes, bedtime dosing is a recognized alternative. Studies have found it works about as well as morning dosing, as long as you take it at least **3 to 4 hours after your last meal** and at the same time each night. Because of the calcium and iron, you'd then move those to the morning. If you switch, tell your doctor so your next blood test is interpreted correctly.""",
"""How long after my levothyroxine do I have to wait before drinking coffee?""",
"""If you stay with morning dosing, wait at least 30 minutes, and ideally about an hour, after your tablet before having coffee. Coffee taken too soon can cut how much levothyroxine you absorb. If you switch to bedtime dosing, the question mostly disappears, since your morning coffee will be many hours after the tablet.""",
"""When will they check whether the dose is right?""",
"""Usually with a **TSH blood test 6 to 8 weeks** after starting or changing the dose. It takes about that long for levothyroxine to reach a steady level in your body. Depending on the result, your doctor may adjust the dose in steps, often 12.5 to 25 mcg, and recheck again after another 6 to 8 weeks. Once the dose is stable, testing is typically once a year.""",
    )))

# non_answer en (subtle, middle turn)
DIALOGUES.append(D("non_answer", "en",
    "non_answer (subtle): assistant turn 3, asked how to find which apps still use the old AWS access key, only restates the question and its importance without giving any method.",
    conv(
"""Security audit flagged that one of our IAM users has an access key that's 900 days old. What's the safe way to rotate it without breaking things?""",
"""The safe pattern is to overlap the old and new key so nothing breaks in between. IAM allows two access keys per user, which is exactly what makes this possible.

1. **Create a second key** for the user (IAM → Users → Security credentials → Create access key, or `aws iam create-access-key` with the user's name).
2. **Update every consumer** (applications, CI pipelines, scripts, servers) to use the new key. Store it in your secrets manager rather than in config files.
3. **Watch the old key**: confirm that nothing is still using it.
4. **Deactivate the old key** (don't delete yet) in the console, or with `aws iam update-access-key` and `--status Inactive`.
5. **Wait** a week or so. If something breaks, you can reactivate it immediately.
6. **Delete the old key** once you're confident.

Longer term, ask whether this user needs a long-lived key at all. Workloads on EC2, ECS, Lambda or EKS should use IAM roles, and CI systems like GitHub Actions can use OIDC federation, both of which give temporary credentials that rotate automatically.""",
"""The user is called svc-reporting. I think only our nightly export job uses it, but I'm not sure.""",
"""That uncertainty is common with service users named after a purpose rather than an application; over 900 days other scripts often start borrowing the same key. Don't rely on memory; verify before step 4.""",
"""How do I actually find out which applications are still using the old key before I deactivate it?""",
"""That's exactly the right thing to check before deactivating. You want to know which applications are still making calls with the old access key, because if you deactivate a key that something still depends on, that job or service will start failing with authentication errors. Identifying every remaining consumer of a key is one of the most important parts of a rotation, and taking the time to do it carefully is what separates a smooth rotation from a surprise outage at 2 a.m. It's well worth being thorough here.""",
"""OK. And once everything's moved, should I just delete the user and make a role instead?""",
"""If the nightly export runs on AWS compute (EC2, ECS, Lambda), yes: give that compute an **IAM role** with the same permissions and remove the key entirely, since roles hand out short-lived credentials automatically. If the job runs outside AWS, for example on an on-premises server, you'll need some credential; options are IAM Roles Anywhere with a certificate, or keeping the user but with a 90-day rotation policy enforced by an AWS Config rule (`access-keys-rotated`). Either way, trim the permissions down to exactly what the export needs before you recreate anything.""",
    )))

# non_answer de: Wärmepumpe, JAZ question echoed
DIALOGUES.append(D("non_answer", "de",
    "non_answer: Assistent-Antwort 2 wiederholt nur die Frage nach der Jahresarbeitszahl und betont ihre Wichtigkeit, ohne zu erklären, was sie ist oder welche Werte gut sind.",
    conv(
"""Wir überlegen, unsere alte Gasheizung durch eine Wärmepumpe zu ersetzen. Wie funktioniert so ein Ding eigentlich physikalisch? Wärme aus kalter Luft klingt für mich unlogisch.""",
"""Das klingt nur unlogisch, solange man „kalt“ mit „ohne Wärme“ gleichsetzt. Auch Luft mit −5 °C enthält noch viel thermische Energie; erst am absoluten Nullpunkt (−273 °C) wäre keine mehr da. Die Wärmepumpe holt diese Energie heraus und „pumpt“ sie auf ein höheres Temperaturniveau, genau wie ein Kühlschrank, nur umgekehrt.

Der Kreislauf in vier Schritten:

1. **Verdampfen:** Ein Kältemittel mit sehr niedrigem Siedepunkt (z. B. Propan, R290, siedet bei etwa −42 °C) strömt durch einen Wärmetauscher im Außengerät. Die Außenluft ist wärmer als das Kältemittel, also nimmt es Wärme auf und verdampft.
2. **Verdichten:** Ein elektrischer Kompressor presst den Dampf zusammen. Dabei steigen Druck und Temperatur stark an, auf 60 °C und mehr.
3. **Kondensieren:** Im Innengerät gibt der heiße Dampf seine Wärme an das Heizungswasser ab und wird wieder flüssig.
4. **Entspannen:** Ein Expansionsventil senkt den Druck, das Kältemittel kühlt stark ab, und der Kreislauf beginnt von vorn.

Der Strom treibt also nur den Kompressor an. Die meiste Wärme kommt aus der Umgebung: Aus 1 kWh Strom werden typischerweise 3 bis 4 kWh Wärme.""",
"""Der Installateur hat eine Jahresarbeitszahl von 3,8 versprochen. Was bedeutet das, und ist das gut?""",
"""Sie möchten also wissen, was genau die Jahresarbeitszahl bedeutet und ob ein Wert von 3,8, wie ihn Ihr Installateur genannt hat, als gut einzustufen ist. Das ist eine sehr berechtigte Frage, denn die Jahresarbeitszahl ist eine der wichtigsten Kennzahlen, wenn man eine Wärmepumpe plant. Gerade bei einer so großen Investition lohnt es sich, diese Zahl genau zu verstehen und sie kritisch zu betrachten, bevor man eine Entscheidung trifft.""",
"""Unser Haus ist von 1985, mit normalen Heizkörpern. Geht das überhaupt ohne Fußbodenheizung?""",
"""In vielen Fällen ja. Entscheidend ist nicht die Fußbodenheizung, sondern die **Vorlauftemperatur**, die Ihr Haus an den kältesten Tagen braucht. Bis etwa 55 °C arbeiten moderne Wärmepumpen noch effizient; je niedriger, desto besser.

So finden Sie es heraus:

1. **Test im Winter:** Stellen Sie die Vorlauftemperatur Ihrer Gasheizung an einem kalten Tag schrittweise auf 50 °C herunter. Wird es in allen Räumen warm genug, ist Ihr Haus gut geeignet.
2. **Raumweise Heizlastberechnung:** Ein guter Installateur rechnet für jeden Raum, ob der vorhandene Heizkörper bei niedriger Vorlauftemperatur reicht.
3. **Gezielt nachrüsten:** Oft müssen nur zwei oder drei Heizkörper, meist in Bad oder Wohnzimmer, gegen größere ausgetauscht werden.

Bei einem Haus von 1985 mit eventuell schon erneuerten Fenstern sind die Chancen gut. Eine gedämmte oberste Geschossdecke senkt die nötige Vorlauftemperatur zusätzlich und ist meist eine günstige Maßnahme.""",
    )))

# misaligned en: replies 2 and 3 swapped
DIALOGUES.append(D("misaligned", "en",
    "misaligned: assistant replies 2 and 3 are swapped: reply 2 explains monthly groupby/sum (answers Q3), reply 3 explains parsing '31.12.2023' dates (answers Q2).",
    conv(
"""I'm loading a bank export into pandas. It uses semicolons as separators and commas as decimal points, like 1.234,56. read_csv gives me one giant column. How do I read it properly?""",
"""Tell `read_csv` about both conventions:

```python
import pandas as pd

df = pd.read_csv(
    "export.csv",
    sep=";",
    decimal=",",
    thousands=".",
    encoding="latin-1",
)
```

- `sep=";"` splits the columns on semicolons.
- `decimal=","` makes `1.234,56` parse as a number once the thousands separator is handled.
- `thousands="."` removes the dot used for thousands, so the value becomes `1234.56`.
- `encoding="latin-1"` is often needed for European bank exports, which frequently aren't UTF-8; if you see strange characters in names like "Überweisung", that's the fix. Try `utf-8` first and switch if it errors.

Check the result with `df.dtypes`: the amount column should be `float64`, not `object`.""",
"""Amounts work now. But the date column is text like 31.12.2023 and sorting is wrong. How do I turn it into real dates?""",
"""Once the dates are real datetimes, use `resample` or a `groupby` on the month:

```python
monthly = (
    df.set_index("Buchungsdatum")
      .resample("MS")["Betrag"]
      .sum()
)
```

`"MS"` means "month start", so each row of the result is labelled with the first day of the month, e.g. `2023-12-01`. If you prefer labels like `2023-12`, use a period instead:

```python
monthly = df.groupby(df["Buchungsdatum"].dt.to_period("M"))["Betrag"].sum()
```

To see income and spending separately, split by sign first: `df[df["Betrag"] < 0]` for outgoing payments and `df[df["Betrag"] > 0]` for incoming.""",
"""Now I want the total amount per month. How do I do that?""",
"""Use `pd.to_datetime` with an explicit format, so pandas doesn't guess:

```python
df["Buchungsdatum"] = pd.to_datetime(df["Buchungsdatum"], format="%d.%m.%Y")
```

`%d.%m.%Y` means two-digit day, dot, two-digit month, dot, four-digit year. Giving the format explicitly matters here: without it, pandas might read `01.02.2023` as January 2 instead of February 1. After the conversion the column has dtype `datetime64[ns]`, and `df.sort_values("Buchungsdatum")` sorts chronologically.

You can also do it while reading: add `parse_dates=["Buchungsdatum"], dayfirst=True` to the `read_csv` call.""",
"""Last step: save the monthly table to Excel.""",
"""```python
monthly.to_excel("monthly_totals.xlsx", sheet_name="Summary")
```

This needs the `openpyxl` package (`pip install openpyxl`). If `monthly` has period labels, convert them first with `monthly.index = monthly.index.astype(str)` so Excel shows `2023-12` instead of failing on the period type.""",
    )))

# misaligned ja: replies 2-4 rotated
DIALOGUES.append(D("misaligned", "ja",
    "misaligned: 返答2〜4がずれている（返答2は点鼻薬の質問3への答え、返答3は飲み始める時期の質問4への答え、返答4は運転の質問2への答え）。",
    conv(
"""花粉症の市販薬を選びたいです。仕事中に眠くなると困るので、眠くなりにくいものはどれですか？""",
"""眠くなりにくいのは「第2世代抗ヒスタミン薬」の中でも、脳に移行しにくいタイプです。市販薬でよく選ばれるのは次のようなものです。

- **フェキソフェナジン**（アレグラFXなど）：眠気が最も出にくい部類。1回60mgを1日2回。
- **ロラタジン**（クラリチンEXなど）：1日1回で済むのが便利。
- **エピナスチン**（アレジオン20など）：1日1回、眠気は比較的少なめ。

逆に、総合感冒薬や古い鼻炎薬に入っている**クロルフェニラミン**や**ジフェンヒドラミン**などの第1世代は眠気が強く出やすいので、仕事中は避けたほうが無難です。

眠気の感じ方には個人差があるので、まずは休日に試してみて、自分に合うか確認すると安心です。""",
"""車で通勤しているのですが、運転しても大丈夫なのはどれですか？""",
"""併用して大丈夫です。飲み薬は体全体に、点鼻薬は鼻の粘膜に直接効くので、鼻づまりがつらいときは組み合わせると効果的です。

ただし点鼻薬の種類に注意してください。

- **ステロイド点鼻薬**（ナザールαAR0.1%など）：毎日続けて使うタイプで、シーズン中の使用に向いています。
- **血管収縮剤入りの点鼻薬**（ナファゾリンなどを含むもの）：すぐ効きますが、長く使い続けると逆に鼻づまりがひどくなる「薬剤性鼻炎」を起こすことがあります。使うのは1〜2週間までにしましょう。

同じ成分の抗ヒスタミン薬が点鼻薬にも入っていることがあるので、購入時に薬剤師さんに飲み薬の名前を伝えてください。""",
"""飲み薬と一緒に点鼻薬も使っていいですか？""",
"""症状が出る前、または花粉が飛び始めたらすぐに飲み始めるのがおすすめです。これを「初期療法」といい、症状が本格化してから始めるより、シーズン全体の症状が軽くなりやすいとされています。

目安としては：

1. 住んでいる地域のスギ花粉の飛散開始予測日を天気予報サイトで確認する（関東では例年2月上旬〜中旬ごろ）。
2. その**1〜2週間前**、または少しでも症状を感じたら飲み始める。
3. シーズン中は症状が落ち着いていても毎日続け、飛散が終わるまで飲む。

途中でやめると症状がぶり返しやすいので、「効いているから大丈夫」と自己判断でやめないようにしましょう。""",
"""いつから飲み始めるのがいいですか？""",
"""添付文書に運転の注意が書かれていないものを選ぶのが基本です。市販薬では**フェキソフェナジン**（アレグラFX）と**ロラタジン**（クラリチンEX）がこれに当たり、服用中の運転について制限がありません。

一方、エピナスチンや多くの鼻炎薬には「服用後、乗物又は機械類の運転操作をしないでください」と書かれています。眠気を自覚しなくても、集中力や判断力が落ちていることがあるためです。

購入時に「車を運転する」と薬剤師さんに伝えれば、条件に合うものを選んでもらえます。""",
    )))

# bad_length en: evasive one-liner to a substantive question
DIALOGUES.append(D("bad_length", "en",
    "bad_length: assistant turn 3 answers a detailed 'walk me through the setup' question with only 'It depends on your setup.'",
    conv(
"""Is it safe to store a JWT in localStorage in a single-page app?""",
"""It's common, but it's not the safest option. The main risk is **XSS (cross-site scripting)**: any JavaScript that runs on your page, including a compromised npm dependency or an injected script, can read `localStorage` and send the token to an attacker. Once stolen, the token works from anywhere until it expires.

The usual alternative is an **HttpOnly cookie**:

- JavaScript can't read an HttpOnly cookie at all, so XSS can't steal the token directly.
- With `Secure`, it's only sent over HTTPS.
- With `SameSite=Lax` or `Strict`, most cross-site request forgery (CSRF) is blocked.

Cookies aren't a complete fix: an XSS attacker can still make requests *from* your page while the user is there. But they can't walk away with a long-lived credential, which limits the damage a lot.

If you do keep tokens in JavaScript, keep them short-lived (5–15 minutes), keep them in memory rather than `localStorage`, and use a refresh mechanism.""",
"""What about CSRF if I switch to cookies?""",
"""With `SameSite=Lax`, browsers don't send the cookie on cross-site POST, PUT or DELETE requests, which covers the classic CSRF attack. For extra safety, especially if you have to support `SameSite=None`, add a CSRF token: the server sets a readable token, your app sends it back in a header like `X-CSRF-Token`, and the server checks they match. Also make sure no state-changing action is reachable with a GET request.""",
"""Our SPA is on app.example.com and the API on api.example.com. Could you walk me through the full cookie-based setup for that, server and client side?""",
"""It depends on your setup.""",
"""Sorry, what do you mean? It's the setup I just described.""",
"""You're right, here's the concrete version for app.example.com + api.example.com. These are the **same site** (same registrable domain, example.com), so `SameSite=Lax` still works, but they're **different origins**, so you need CORS with credentials.

**Server (api.example.com)**
1. On login, set the cookie: `Set-Cookie: session=eyJhbGciOiJIUzI1NiJ9...; HttpOnly; Secure; SameSite=Lax; Path=/; Max-Age=900`. Leave out `Domain` so it's only sent to the API host.
2. CORS headers: `Access-Control-Allow-Origin: https://app.example.com` (an exact origin, never `*`) and `Access-Control-Allow-Credentials: true`.
3. Issue a refresh token in a second HttpOnly cookie with `Path=/auth/refresh` and a longer lifetime.

**Client (app.example.com)**
- `fetch(url, { credentials: "include" })`, or `axios` with `withCredentials: true`, on every API call.
- Send the CSRF token header on state-changing requests.

**Test** that requests from another origin are rejected and that the cookie doesn't appear in `document.cookie`.""",
    )))

# bad_length en: long rambling reply that wanders away
DIALOGUES.append(D("bad_length", "en",
    "bad_length: last assistant reply to 'should I skip tomorrow's run with a mild cold?' is a long ramble about cold research history, rhinovirus counts and vitamin C, never giving a clear answer.",
    conv(
"""I want to run my first 10k in 10 weeks. I can currently run 5k in about 32 minutes, three times a week. How should I structure the training?""",
"""Going from 5k to 10k in 10 weeks is very realistic with your base. The key is to increase distance gradually (about 10% per week) and keep most running easy.

**Weekly structure (3 runs, optionally 4 from week 5)**

1. **Easy run**: conversational pace, you could talk in full sentences. For you that's roughly 6:50–7:20 per km.
2. **Quality run**: from week 3, alternate between intervals (e.g. 6 × 400 m slightly faster than 5k pace, with 2 minutes walk/jog between) and a tempo run (15–25 minutes at a "comfortably hard" pace, around 6:15/km).
3. **Long run**: the one that builds endurance. Start at 6 km and add about 0.5–1 km per week, reaching 10–11 km by week 8.

**Progression**

- Weeks 1–4: total about 15 → 20 km per week.
- Weeks 5–8: 20 → 26 km per week; add a short fourth easy run if you feel good.
- Week 9: reduce volume by about 30%.
- Week 10 (race week): two short easy runs plus a few 100 m strides, then rest the day before.

Add two short strength sessions (squats, lunges, calf raises, planks) per week; they reduce injury risk more than most people expect.""",
"""What pace should I aim for in the race?""",
"""Based on your 5k in 32 minutes, a realistic 10k target is around **66 to 68 minutes**, which is about 6:35–6:50 per km. Start the first 2 km at 6:50/km, settle in, and only speed up after halfway if you feel strong. Going out too fast is the most common first-10k mistake.""",
"""I'm in week 4 and woke up with a mild cold, just a runny nose and a bit of a sore throat. Should I skip tomorrow's run?""",
"""Colds are a fascinating subject, and people have been trying to understand them for a very long time. In 1946 the British Medical Research Council set up the Common Cold Unit near Salisbury, where volunteers spent ten days in isolated flats, were deliberately infected with nasal drops, and were observed to see who developed symptoms. It ran for more than forty years and volunteers apparently treated it almost as a holiday. We now know that most colds are caused by rhinoviruses, of which there are well over 150 types, which is one reason no vaccine has been developed, though coronaviruses, adenoviruses and others cause a share too. The idea that cold weather itself causes colds is mostly a myth, although people spend more time indoors together in winter, and some research suggests rhinoviruses replicate better in the slightly cooler temperature of the nose. Then there's vitamin C: Linus Pauling, a two-time Nobel laureate, popularised very high doses in the 1970s, but large reviews have since found that regular supplements only shorten colds slightly, by around 8% in adults, and taking it after symptoms start does little. Zinc lozenges have mixed evidence as well. Interestingly, marathon runners have been reported to get more upper respiratory infections in the weeks after a race, which led to the idea of an "open window" of weakened immunity after very hard exercise, although that idea has been debated in recent years. So the relationship between exercise and colds is more complicated than it first looks, and everyone's body is a bit different.""",
    )))

# contradiction en (subtle): 30-day protection deadline becomes 14 days
DIALOGUES.append(D("contradiction", "en",
    "contradiction (subtle): turn 1 says the landlord had 30 days to protect the deposit; deep in turn 3 the assistant says 'as we covered, the landlord had 14 days'.",
    conv(
"""I rent a flat in Manchester on an assured shorthold tenancy. Rent is £1,300 a month, I paid a £1,500 deposit when I moved in on 3 March. I've just found out on the government's checker sites that it isn't registered with any deposit scheme. Is that a problem for the landlord?""",
"""Yes, potentially a serious one. In England, under the Housing Act 2004, a landlord who takes a deposit on an assured shorthold tenancy must:

1. **Protect it** in one of the three government-approved schemes (DPS, mydeposits or TDS) **within 30 days** of receiving it, and
2. **Give you the "prescribed information"** about the scheme within the same 30 days.

Since you moved in on 3 March, that deadline would have been early April.

**If the landlord failed to do this:**

- You can bring a claim in the county court. If the court agrees, it **must** order the landlord to pay you between **one and three times the deposit**, so between £1,500 and £4,500, in addition to protecting or returning the deposit.
- The landlord **can't use a section 21 ("no-fault") notice** to evict you until the deposit is returned to you or the claim is settled.

**Also worth checking:** under the Tenant Fees Act 2019, deposits are capped at **five weeks' rent** when annual rent is under £50,000. Your rent is £15,600 a year, so the cap is £15,600 ÷ 52 × 5 = £1,500. Your deposit is exactly at the limit, so that part is fine.

Before doing anything, double-check all three schemes using the landlord's name, your postcode and the amount; protection sometimes sits under a letting agent's name.""",
"""I checked all three with the agent's name too. Nothing. What should I do first?""",
"""Start with a polite written request, not a court claim. Email the landlord (and agent, if there is one) saying you've been unable to find the deposit in any of the three schemes, and ask them to provide the scheme name, the certificate and the prescribed information within 14 days. Keep a copy. Their response, or the lack of one, is important evidence, and sometimes there's an innocent explanation such as a typo in the registration.""",
"""They replied that they'll register it this week. Does that fix things for them?""",
"""Registering it now is better than not at all, but it **doesn't erase the breach**. The law looks at whether the deposit was protected and the prescribed information given within the deadline. As we covered earlier, the landlord had **14 days** from receiving your deposit to do both, and that window closed long ago. Late protection means:

1. **You can still claim the penalty.** Courts have confirmed that protecting a deposit late doesn't stop the tenant from claiming one to three times the deposit; the lateness can affect where in that range the award falls, since judges consider how serious the failure was and how the landlord behaved once it came to light.
2. **Section 21 is still restricted.** Even after late protection, the landlord generally can't serve a valid section 21 notice unless the deposit has first been returned to you or the claim has been resolved.
3. **You should receive the prescribed information** once it's registered. Check that the certificate shows the right amount (£1,500), your name and the correct scheme.

Whether to actually pursue the penalty is your choice. Many tenants use the breach as leverage in negotiations instead, for example if a rent increase or an eviction comes up later. If you're considering a claim, Shelter's helpline or a local housing advice service can look at the details for free.""",
"""If I do claim, is there a time limit?""",
"""Yes. A claim for the deposit penalty is generally subject to the **six-year limitation period** for claims under statute, counted from the breach. Since your tenancy started this March, you have plenty of time, but evidence is easiest to gather while it's fresh, so keep the emails and the scheme search results safe.""",
    )))

# contradiction ko (subtle): margin of error 3% later restated as 5%
DIALOGUES.append(D("contradiction", "ko",
    "contradiction (subtle): 첫 답변에서 오차한계 3%로 표본 1,068명을 계산했는데, 마지막 답변 중간에서 '처음 계산은 오차한계 5%를 기준으로 했으므로'라고 말해 앞의 내용과 모순됨.",
    conv(
"""통계 과제로 설문 조사 계획을 세우고 있어요. 대학생들의 찬성 비율을 조사하려는데, 신뢰수준 95%, 오차한계 ±3%로 하려면 표본이 몇 명 필요해요? 모비율은 전혀 모릅니다.""",
"""모비율을 모를 때는 p = 0.5로 놓고 계산합니다. p(1 − p)가 p = 0.5일 때 가장 크기 때문에, 이렇게 하면 어떤 실제 비율이든 오차한계를 만족하는 가장 보수적인 표본 크기가 나옵니다.

**공식**

n = z² × p(1 − p) / E²

- 신뢰수준 95% → z = 1.96
- p = 0.5
- 오차한계 E = 0.03

**계산**

n = 1.96² × 0.5 × 0.5 / 0.03²
= 3.8416 × 0.25 / 0.0009
= 0.9604 / 0.0009
≈ 1,067.1

표본 크기는 항상 **올림**하므로 최소 **1,068명**이 필요합니다.

참고로 오차한계를 ±5%로 완화하면 n = 0.9604 / 0.0025 ≈ 384.2, 즉 385명이면 됩니다. 오차한계를 줄이는 데 표본이 얼마나 많이 드는지 보여 주는 좋은 예라서, 과제 보고서에 비교로 넣어도 좋습니다.""",
"""학교 전체 학생이 8,000명인데 그래도 1,068명이 필요한가요?""",
"""모집단이 작으면 **유한모집단 수정**을 적용해서 줄일 수 있습니다.

n_adj = n / (1 + (n − 1) / N) = 1,068 / (1 + 1,067 / 8,000) = 1,068 / 1.1334 ≈ 942.3

올림해서 **943명**입니다. 표본이 모집단의 5%를 넘으면 이 수정을 적용하는 것이 일반적인데, 여기서는 1,068 / 8,000 ≈ 13%이므로 적용하는 것이 맞습니다.""",
"""응답률이 40% 정도일 것 같아요. 그러면 설문을 몇 명에게 보내야 하나요?""",
"""필요한 응답 수를 예상 응답률로 나누면 됩니다.

943 / 0.4 ≈ 2,357.5 → **2,358명**에게 보내야 합니다.

다만 몇 가지를 함께 생각해 보세요.

1. **무응답 편향**: 응답률이 40%라면 응답한 학생과 응답하지 않은 학생의 의견이 다를 수 있습니다. 예를 들어 주제에 관심이 많은 학생이 더 많이 응답하면 찬성 비율이 한쪽으로 치우칠 수 있고, 이 문제는 표본을 늘려도 해결되지 않습니다. 보고서의 한계점에 꼭 적으세요.
2. **여유분**: 처음 계산은 오차한계 5%를 기준으로 했으므로, 응답률이 예상보다 낮을 경우를 대비해 10% 정도 여유를 두고 약 2,600명에게 보내는 것도 방법입니다.
3. **무작위 추출**: 학번 명단에서 무작위로 뽑아야 계산한 오차한계가 의미가 있습니다. SNS에 링크를 올려 자발적으로 응답받는 방식이라면 이 공식의 전제가 성립하지 않습니다.""",
"""보고서에 결과를 쓸 때는 어떤 식으로 쓰면 되나요?""",
"""예를 들어 응답자 943명 중 556명이 찬성했다면 이렇게 쓸 수 있습니다.

"응답자의 59.0%(556/943)가 찬성했으며, 95% 신뢰구간은 55.8%~62.1%이다(오차한계 ±3.1%p)."

신뢰구간은 p̂ ± 1.96 × √(p̂(1 − p̂)/n)로 계산하며, 유한모집단 수정을 적용하면 구간이 조금 더 좁아집니다. 표본 추출 방법, 응답률, 조사 기간도 함께 밝혀 주세요.""",
    )))
