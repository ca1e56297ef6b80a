# Hand-written dialogues for part a: flawed ones (1/2).


def H(s):
    return {"from": "human", "value": s.strip()}


def G(s):
    return {"from": "gpt", "value": s.strip()}


DIALOGUES = []

# ---------------------------------------------------------------- off_topic (obvious)
DIALOGUES.append({
    "label": "off_topic",
    "language": "en",
    "note": "Off-topic: half-marathon training plan abandoned at user turn 3, which switches to getting rid of fruit flies; turns 3-4 (user and assistant) are about fruit flies.",
    "conversations": [
        H("""
I've signed up for a half marathon in 10 weeks. I run 3 times a week and my longest run so far is 10 km. How should I structure the next 10 weeks?
"""),
        G("""
Ten weeks from a 10 km long run is a comfortable build for a half marathon. A simple structure with three runs a week, plus an optional fourth:

**Each week**
- **Easy run** (e.g. Tuesday): 5-8 km at a conversational pace.
- **Quality run** (e.g. Thursday): intervals or tempo.
- **Long run** (weekend): the key session.
- Optional: a 20-30 minute easy run or cross-training, and two short strength sessions.

**Long-run progression**
| Week | Long run |
|---|---|
| 1 | 11 km |
| 2 | 12 km |
| 3 | 13 km |
| 4 | 10 km (easier week) |
| 5 | 14 km |
| 6 | 16 km |
| 7 | 17 km |
| 8 | 18 km |
| 9 | 13 km (taper) |
| 10 | Race: 21.1 km |

**Quality sessions**
- Weeks 1-4: 6 x 400 m at 5 km effort with 90 s jog recoveries, or 20 minutes of fartlek.
- Weeks 5-8: tempo runs building from 20 to 35 minutes at a "comfortably hard" pace.
- Week 9: 3 x 1.5 km at half-marathon pace.
- Week 10: two short easy runs with a few strides before race day.

Keep about 80% of your running easy, raise weekly distance by no more than about 10%, and take an extra rest day whenever your legs feel heavy.
"""),
        H("""
What pace should my easy runs actually be? My 5k PB is 25:00.
"""),
        G("""
A 25:00 5k is 5:00 per km, so your easy pace is roughly **6:00-6:40 per km**, about 60-100 seconds slower than 5k pace. If that feels ridiculously slow, that's normal: easy runs build your aerobic base without piling on fatigue. Use the talk test; you should be able to speak in full sentences.

Other paces from the same 5k:
- **Tempo:** about 5:15-5:25 per km.
- **Half-marathon race pace:** about 5:25-5:30 per km, which points to a finish around **1:55** if training goes well.
- **400 m repeats:** roughly 4:50 per km.

On hot or hilly days, run by effort and let the pace drift slower; effort matters more than the watch.
"""),
        H("""
Thanks. Totally random, but my kitchen has been invaded by fruit flies this week and they're driving me mad. How do I get rid of them?
"""),
        G("""
Fruit flies are annoying but very beatable. The trick is to trap the adults *and* remove whatever they're breeding in.

**1. Find and remove the source**
- Overripe fruit on the counter, especially bananas and tomatoes: eat it, refrigerate it or throw it out.
- The recycling bin: rinse bottles and cans, especially beer, wine and juice.
- The kitchen bin: empty it daily for a week and wipe the lid.
- Drains: slime inside the sink drain is a favourite breeding spot. Pour in a kettle of boiling water, or scrub with a drain brush.
- Forgotten potatoes or onions at the bottom of a bag.

**2. Trap the adults**
- Pour 2-3 cm of apple cider vinegar into a jar, add a drop of dish soap (it breaks the surface tension so they sink), and cover with cling film poked with a few small holes.
- Put one or two traps near the fruit bowl and the sink.

**3. Be patient**
Their life cycle is only about a week or so, so new flies will keep hatching for several days after you remove the source. Keep the traps out for about two weeks.
"""),
        H("""
The vinegar trap worked, it caught dozens overnight! Are fruit flies actually dangerous? Some of them landed on a cake I'd left out.
"""),
        G("""
They're mostly a nuisance rather than a real danger, but they aren't perfectly clean either. Fruit flies feed and breed on rotting produce and in drains, so they can carry bacteria on their bodies and transfer them to food they land on.

Practical guidance:
- **A few brief landings** on a cake that's going to be eaten soon carry a low risk for healthy adults. If you're uneasy, cut away the top layer where they sat.
- **Food left out for hours with flies crawling on it**, or anything where you can see tiny eggs or larvae, is better thrown away.
- Be more cautious if the food is for a baby, a pregnant person, an older adult or someone with a weakened immune system.
- Always wash fruit and vegetables before eating, and keep cakes and fruit covered or in the fridge until the infestation is gone.

Once the source is gone and the traps stop catching anything for a few days, the problem is over.
"""),
    ],
})

# ---------------------------------------------------------------- off_topic (subtle drift)
DIALOGUES.append({
    "label": "off_topic",
    "language": "en",
    "note": "Off-topic (subtle, gradual): low-tech planted aquarium; turn 3 (pothos roots in the tank) is still on topic, but from user turn 4 the dialogue drifts to a living-room monstera (yellow leaves, repotting) and never returns to the tank.",
    "conversations": [
        H("""
I want to turn my 20-gallon tank into a planted tank, but low-tech, no CO2 injection. What do I need?
"""),
        G("""
A low-tech planted 20-gallon is very doable. The idea is to pick slow-growing, undemanding plants and keep light moderate so they can keep up with it without extra CO2.

**Light**
- A basic aquarium LED is enough; you don't need a high-output light. Too much light without CO2 mostly grows algae.
- Run it **6-8 hours a day** on a cheap plug-in timer, so the photoperiod stays consistent.

**Substrate**
- Either an aquasoil (nutrient-rich, but it can lower pH and cloud the water at first), or
- Plain inert gravel or sand plus **root tabs** pushed in near root-feeding plants every 2-3 months. This is the cheaper, simpler route.

**Fertiliser**
- A comprehensive liquid fertiliser once a week, at the dose for "low-tech" tanks on the bottle. Many plants in this setup feed from the water column.

**Other bits**
- Your existing filter is fine; avoid a lot of surface agitation, which drives off the little CO2 the water has.
- Some driftwood or rocks to attach epiphytes to.
- Patience: low-tech tanks grow slowly, and it can take 2-3 months to look established.
"""),
        H("""
Which plants are easiest for a beginner with no CO2?
"""),
        G("""
These are almost unkillable in low-tech tanks:

- **Anubias nana:** tough, dark leaves. Tie or glue it to wood or rock; don't bury the rhizome (the thick horizontal stem) or it rots.
- **Java fern (*Microsorum pteropus*):** same rule, attach it rather than planting it. Grows slowly but lives for years.
- **Cryptocoryne wendtii:** a rooted plant for the substrate; give it root tabs. It often "melts" (drops its leaves) after planting, then regrows within a few weeks, so don't panic.
- **Java moss:** attach it to wood or rock for a natural carpet look.
- **Vallisneria:** tall, grassy background plant that spreads by runners.
- **Floating plants** such as salvinia or Amazon frogbit: they grow fast, soak up excess nutrients and outcompete algae. Just keep them from covering the whole surface.

A good starter layout for 20 gallons: vallisneria in the back, two or three crypts in the middle, anubias and java fern on a piece of driftwood, and a handful of floaters.
"""),
        H("""
I've got a pothos on my windowsill. I've seen people put pothos cuttings in the back of their tank. Does that actually work?
"""),
        G("""
Yes, and it works well. A pothos cutting with its roots in the water and its leaves out in the air grows happily and pulls nitrate and other nutrients out of the tank, which helps keep algae down.

How to do it:
- Take a cutting with 2-3 nodes (the bumps where roots grow), rinse it well, and wedge it in the back corner or hang it from the rim, ideally in a spot behind the filter outflow.
- **Only the roots and the stem's lower end go in the water.** Leaves that stay submerged rot.
- Within a couple of weeks you'll see white roots forming in the tank; fish often like hiding among them.
- Trim the roots if they start to clog the filter intake.

One caution: pothos is toxic to cats and dogs if chewed, so if you have pets, make sure they can't reach the trailing leaves.
"""),
        H("""
Speaking of houseplants, my monstera in the living room has been getting yellow leaves with brown crispy edges. What's wrong with it?
"""),
        G("""
Yellowing plus crispy brown edges on a monstera usually comes down to watering or air, and the pattern helps you tell which:

- **Overwatering (most common):** lower leaves turning yellow first, soil that stays damp for a week or more, sometimes a musty smell. Let the top 5 cm of soil dry out between waterings, and make sure the pot has drainage holes.
- **Underwatering:** leaves droop and the brown edges are dry and papery, with the soil pulling away from the pot's sides. Water thoroughly until it runs out the bottom, then wait again.
- **Low humidity:** crispy brown edges and tips, especially near a radiator in winter. Move it away from heat sources.
- **Too much direct sun:** bleached, yellow patches on the leaves facing the window.
- **Old leaves:** one yellow leaf at the very bottom now and then is normal ageing.

Check the roots if the problem persists: healthy roots are firm and light-coloured; brown, mushy roots mean root rot from overwatering.
"""),
        H("""
Makes sense, it's probably the watering. When should I repot it, and what mix should I use?
"""),
        G("""
**When**
- In spring or early summer, when it's actively growing.
- Roughly every 1-2 years, or when roots circle the bottom of the pot or poke out of the drainage holes.
- Go up only one size, about 5 cm wider than the current pot; a much bigger pot holds more wet soil and invites root rot.

**Mix**
Monsteras like a chunky, airy mix. A simple recipe:
- 1 part good-quality potting soil
- 1 part orchid bark
- 1 part perlite
- plus a handful of horticultural charcoal, if you have it

**How**
1. Water a day before so the root ball holds together.
2. Ease it out, loosen circling roots, and trim any mushy ones.
3. Set it at the same depth as before, fill in around it and firm gently.
4. Water well and keep it out of direct sun for a week.

If it's getting tall and floppy, add a moss pole at repotting time and tie the stem to it loosely.
"""),
    ],
})

# ---------------------------------------------------------------- leakage (obvious)
DIALOGUES.append({
    "label": "leakage",
    "language": "en",
    "note": "Leakage: assistant turn 2 starts with a generator control line '[Turn 2 | persona: patient expert | length: medium | include one numbered list]'.",
    "conversations": [
        H("""
I have an original Ender 3 with manual bed levelling. My first layer is squished into the bed in one corner and barely touching in the opposite one. How do I level it properly?
"""),
        G("""
That's a classic tilted-bed pattern, and proper paper levelling usually fixes it.

**Before you start**
- Heat the bed to your printing temperature (e.g. 60 C) and the nozzle to around 150 C, so thermal expansion is included but the nozzle doesn't ooze.
- Clean the nozzle tip of any blobs.
- Home all axes, then use "Disable steppers" so you can move the head by hand.

**Levelling**
1. Move the nozzle over the first corner knob.
2. Slide a sheet of ordinary printer paper (about 0.1 mm) between the nozzle and the bed.
3. Turn the knob until you feel a slight drag on the paper: it should move with light friction, not be pinned.
4. Repeat for the other three corners.
5. Go round all four corners again two or three times; adjusting one corner slightly affects the others.
6. Finish by checking the centre of the bed.

**Then test**
Print a first-layer test (a single-layer square in each corner and one in the middle). Lines should be slightly flattened and touch each other with no gaps. Adjust the knob under any square that looks too thin or too rough.

If the bed won't hold its level for more than a few prints, stiffer springs or silicone spacers under the bed are a cheap, popular upgrade.
"""),
        H("""
I did that and the corners are good now, but in the middle of the bed the nozzle is too far away and the lines don't stick. Is my bed warped?
"""),
        G("""
[Turn 2 | persona: patient expert | length: medium | include one numbered list]
Quite possibly. The aluminium beds on Ender 3s are often slightly concave or convex, and a dip of 0.1-0.2 mm in the middle is enough to ruin first layers when the corners are perfect.

1. **Check it:** lay a steel ruler on its edge across the bed in several directions and look for light under it, or slide a feeler gauge under the middle. A gap of 0.1 mm or more confirms it.
2. **Compromise levelling:** level the corners very slightly tighter, so the middle gets closer, and accept a little extra squish at the edges. This works for small dips.
3. **Add a flat surface on top:** a borosilicate glass plate is flat and bridges the dip. It's the cheapest real fix.
4. **Mesh levelling:** an auto-levelling probe such as a BLTouch or CR Touch measures a grid of points and compensates for the warp during the first layers.
5. **Thicker first layer:** setting the first layer to 0.28 mm gives more tolerance for small height differences.
"""),
        H("""
I'll try a glass bed first since it's cheaper. Anything special about printing on glass?
"""),
        G("""
A few things make glass work well:

- **Re-level after installing it.** The plate adds about 3-4 mm of height, so you'll need to raise the Z endstop or re-home and level from scratch; otherwise the nozzle will crash into the glass.
- **Clips:** hold the glass with binder clips at the edges, and keep prints away from them so the nozzle doesn't hit a clip.
- **Bed temperature:** glass takes longer to heat up and the surface is a few degrees cooler than the set point. For PLA, 60-65 C works well.
- **Clean it:** wipe with isopropyl alcohol before each print; fingerprints are the main reason things don't stick.
- **Adhesion help:** for PLA, a clean surface is usually enough. For PETG, use a thin layer of glue stick as a release agent, because PETG can bond so strongly that it chips the glass.
- **Removal:** let the bed cool fully. Parts often pop off by themselves as the glass contracts.

The bottom of your prints will come out glossy and perfectly smooth, which is a nice bonus.
"""),
    ],
})

# ---------------------------------------------------------------- leakage (subtle, ja)
DIALOGUES.append({
    "label": "leakage",
    "language": "ja",
    "note": "Leakage (subtle): at the end of assistant turn 3, a generator note '※生成メモ：次のユーザー発話で条件付き書式の質問に進めること。回答は丁寧語を維持。' is left in the reply.",
    "conversations": [
        H("""
Excelで社員名簿を管理しています。B列に入社日が入っているので、今日時点の勤続年数を計算したいです。どんな式を使えばいいですか？
"""),
        G("""
DATEDIF関数を使うのがいちばん簡単です。C2に次の式を入れて、下までコピーしてください。

```
=DATEDIF(B2,TODAY(),"Y")
```

- 第1引数：開始日（入社日）
- 第2引数：終了日（TODAY()で今日の日付）
- 第3引数："Y"は満年数、"M"は満月数、"YM"は1年未満の月数

「5年3か月」のように表示したい場合は、次のように組み合わせます。

```
=DATEDIF(B2,TODAY(),"Y")&"年"&DATEDIF(B2,TODAY(),"YM")&"か月"
```

注意点が2つあります。
1. DATEDIFは関数の挿入ダイアログや入力候補に表示されない「隠し関数」なので、手入力する必要があります。
2. 開始日が終了日より後だと #NUM! エラーになります。

代わりに `=INT(YEARFRAC(B2,TODAY(),1))` でも満年数を求められます。
"""),
        H("""
入社日が空欄の行があって、そこだけ120年以上のような変な数字が出てしまいます。空欄のときは何も表示しないようにできますか？
"""),
        G("""
空欄のセルは日付として「0」、つまり1900年1月0日として扱われるため、そこから今日までの年数が出てしまっています。IF関数で空欄を除外しましょう。

```
=IF(B2="","",DATEDIF(B2,TODAY(),"Y"))
```

B2が空欄なら空文字（""）を返し、それ以外のときだけ勤続年数を計算します。

入社日が文字列で入力されている行（例：「2015.4.1」のような形式）も混ざっている可能性がある場合は、数値かどうかで判定すると安全です。

```
=IF(ISNUMBER(B2),DATEDIF(B2,TODAY(),"Y"),"")
```

Excelの日付は内部的には数値なので、正しく日付として入力されていればISNUMBERはTRUEになります。FALSEになる行は、入力形式を確認してみてください。
"""),
        H("""
ありがとうございます。次に、勤続10年以上の人数を数えたいです。勤続年数はC列に出しています。
"""),
        G("""
COUNTIF関数で数えられます。

```
=COUNTIF(C:C,">=10")
```

条件の ">=10" は「10以上」という意味です。C列の空文字（""）や見出しの文字列は数値ではないので、カウントされません。

基準の年数を別のセル（例：F1）に入力して変えられるようにしたい場合は、演算子とセル参照を & でつなぎます。

```
=COUNTIF(C:C,">="&F1)
```

部署ごとに数えたい場合は、A列に部署名があるとして、COUNTIFSで条件を追加できます。

```
=COUNTIFS(A:A,"営業部",C:C,">=10")
```

※生成メモ：次のユーザー発話で条件付き書式の質問に進めること。回答は丁寧語を維持。
"""),
        H("""
最後に、勤続10年以上の人の行を自動で色付けしたいです。
"""),
        G("""
条件付き書式で、行全体に色を付けられます。

1. 色を付けたい範囲を選択します（例：A2:D200）。
2. 「ホーム」タブ →「条件付き書式」→「新しいルール」をクリックします。
3. 「数式を使用して、書式設定するセルを決定」を選びます。
4. 数式欄に次のように入力します。

```
=AND(ISNUMBER($C2),$C2>=10)
```

5. 「書式」→「塗りつぶし」で色を選び、OKを押します。

ポイント：
- `$C2` のように列だけを固定すると、選択範囲のどのセルでもC列の値を見て判定するので、行全体が色付けされます。
- ISNUMBERを入れているのは、C列の空文字（""）対策です。Excelの比較では文字列が数値より大きいと判定されるため、`=$C2>=10` だけだと入社日が空欄の行まで色が付いてしまいます。
"""),
    ],
})

# ---------------------------------------------------------------- placeholder (subtle, en)
DIALOGUES.append({
    "label": "placeholder",
    "language": "en",
    "note": "Placeholder (subtle): in assistant turn 3 the filing fee is left as an unfilled masked slot ('about $NN', 'roughly $NN more'), inside an otherwise specific answer.",
    "conversations": [
        H("""
My former roommate moved out of our apartment in Columbus, Ohio in January and left owing me $1,150: her half of the last two months' utilities plus her share of a rent payment I covered. She admitted it by text but keeps stalling. Is small claims worth it?
"""),
        G("""
For $1,150 with a written admission, small claims is very often worth it. (General information, not legal advice.)

**Why it fits**
- In Ohio, small claims divisions of the municipal and county courts hear money claims up to **$6,000**, so you're well within the limit.
- The process is simple enough to handle yourself; you don't need a lawyer.
- Her text admitting the debt is strong evidence. Judges see plenty of roommate disputes, and a clear admission plus bank records usually settles the question of whether she owes you.

**Where to file**
Generally in the court for the area where the defendant lives or where the debt arose. Since the apartment was in Columbus, the small claims division of the **Franklin County Municipal Court** is the natural place, even if she's moved elsewhere in Ohio.

**Before filing**
Send a short written demand (text and email are fine, a letter is better) giving her 10-14 days to pay, and say you'll file in small claims if she doesn't. Sometimes seeing "court" in writing is enough.

**Realistic caveat**
Winning a judgment and collecting it are two different things. If she has a job or a bank account, collection tools exist, but it can take time.
"""),
        H("""
What evidence should I collect before I file?
"""),
        G("""
Put together a simple folder, ideally with three copies of each item (for you, the judge and her):

1. **The lease**, showing both your names and the monthly rent.
2. **Any agreement about splitting costs**, even informal: texts like "let's split utilities 50/50" count.
3. **The utility bills** for the two months in question, with your payment confirmations.
4. **Proof you covered her rent share:** the bank statement or payment-portal receipt showing the full rent paid from your account.
5. **Her texts admitting the debt.** Screenshot them so her name or number and the dates are visible, and keep the original messages on your phone in case the judge wants to see them.
6. **Your demand** and any reply.
7. **A one-page summary** adding it up: utilities, rent share, payments she made if any, and the total of $1,150.

Judges appreciate a clear calculation they can check in a minute.
"""),
        H("""
OK. How much will filing cost me, and can I get that back if I win?
"""),
        G("""
Filing in the small claims division of the Franklin County Municipal Court costs about $NN, which includes service of the complaint on her by certified mail. If certified mail fails (for example she doesn't sign for it) and you need service by a bailiff or by ordinary mail, expect roughly $NN more.

**Getting it back**
- In your complaint, ask for the $1,150 **plus court costs**.
- If you win, the judge usually awards court costs to the winning side, so the filing and service fees are added to the judgment.
- You generally can't recover your time off work, travel or other personal expenses.

**If money is tight**
You can ask the clerk about filing an affidavit of indigency, which may let you file without paying the fee up front.

Check the court's current fee schedule on its website or with the clerk before you go, because fees are adjusted from time to time.
"""),
        H("""
She just texted that she'll pay $100 a month. Should I accept or file anyway?
"""),
        G("""
It can be a reasonable deal, but only if it's in writing and has teeth. At $100 a month, $1,150 takes about 12 months to pay off, and the risk is that she stops after two payments and you're back at square one, months later.

**If you accept, put it in writing**
Ask her to confirm by text or a short signed note:
- The total owed: $1,150.
- The amount and due date of each payment (e.g. $100 on the 1st of every month, with a final $50 payment).
- How she'll pay (bank transfer is best, since it creates a record).
- An **acceleration clause**: if a payment is more than, say, 7 days late, the full remaining balance is due immediately and you'll file in small claims.

**Middle option**
File anyway and propose the payment plan at the hearing or in mediation. Many courts let you turn an agreement into an agreed judgment, so if she stops paying, you can use collection tools straight away instead of starting over.

**Counter-offer**
You could also ask for a bigger first payment (for example $300) to show good faith, then $100 a month after that.
"""),
    ],
})

# ---------------------------------------------------------------- placeholder (pl)
DIALOGUES.append({
    "label": "placeholder",
    "language": "pl",
    "note": "Placeholder: in assistant turn 2 (7-day Masuria route) day 3 is left as an unfilled slot '[UZUPEŁNIJ TRASĘ: port docelowy, dystans]' while the other days are filled in.",
    "conversations": [
        H("""
Planujemy z żoną tygodniowy czarter jachtu na Mazurach w lipcu. Oboje mamy patent żeglarza jachtowego, ale pływaliśmy tylko na małym zalewie. Jaki jacht wybrać na dwie osoby?
"""),
        G("""
Na dwie osoby z niewielkim doświadczeniem najlepiej sprawdzi się jacht kabinowy o długości **7-8 m**. Jest na tyle mały, że we dwoje spokojnie go obsłużycie, a jednocześnie ma wygodną kabinę na tydzień.

**Popularne modele w czarterze**
- **Maxus 24** lub **Antila 24**: bardzo popularne na Mazurach, z balastem i mieczem, dobrze znoszą szkwały.
- **Tango 730**: nieco nowocześniejszy, z przestronnym kokpitem.

**Na co zwrócić uwagę**
- **Składany maszt** z łatwym systemem kładzenia: przyda się przy niskich mostach na kanałach.
- **Silnik przyczepny** 5-6 KM z elektrycznym lub łatwym rozruchem, do manewrów w portach.
- **Rolfok** (zwijany fok): ułatwia szybkie zmniejszenie żagla.
- **Wyposażenie:** kamizelki, koło ratunkowe, kotwica, zapasowy kanister, latarka.

**Koszty**
W szczycie sezonu za jacht tej wielkości zapłacicie zwykle od około 600 do 1100 zł za dobę, plus kaucja zwrotna. Najpopularniejsze terminy lipcowe rozchodzą się wcześnie, więc warto rezerwować jak najszybciej.

**Port startowy**
Giżycko, Wilkasy i Mikołajki to najwygodniejsze bazy: blisko są zarówno duże jeziora, jak i spokojniejsze akweny na rozgrzewkę.
"""),
        H("""
Wybraliśmy Maxusa 24 z Giżycka. Możesz zaproponować trasę na 7 dni, bez szaleństw, z nocowaniem w portach?
"""),
        G("""
Jasne. Oto spokojna trasa z krótkimi odcinkami, żeby zostało czasu na kąpiel i zwiedzanie. Dystanse są orientacyjne.

**Dzień 1: Giżycko → Wilkasy (ok. 6 km)**
Odbiór jachtu, zapoznanie się ze sprzętem, krótki rejs po Niegocinie na rozgrzewkę. Nocleg w porcie w Wilkasach.

**Dzień 2: Wilkasy → Rydzewo (ok. 10 km)**
Przejście przez Niegocin, spokojne ćwiczenie zwrotów i podejść do kei. W Rydzewie dobra tawerna i sklep.

**Dzień 3: [UZUPEŁNIJ TRASĘ: port docelowy, dystans]**

**Dzień 4: Mikołajki (dzień odpoczynku)**
Zwiedzanie miasteczka, zakupy, uzupełnienie wody i paliwa. Jeśli wiatr słaby, krótki wypad na Jezioro Mikołajskie.

**Dzień 5: Mikołajki → Rydzewo (ok. 20 km)**
Powrót na północ tą samą drogą. Po drodze dobre miejsca na postój na kotwicy i kąpiel.

**Dzień 6: Rydzewo → Giżycko → Sztynort (ok. 25 km)**
Najdłuższy odcinek: przez Giżycko na północne jeziora, do Sztynortu z jego dużą mariną i ruinami pałacu Lehndorffów.

**Dzień 7: Sztynort → Giżycko (ok. 15 km)**
Spokojny powrót, tankowanie, sprzątanie i zdanie jachtu.

Przy silniejszym wietrze zamieńcie dni: zostańcie dłużej w porcie, a najdłuższy odcinek płyńcie wtedy, gdy prognoza jest najspokojniejsza.
"""),
        H("""
Świetnie. Na co uważać przy burzach? Słyszeliśmy o białym szkwale na Mazurach.
"""),
        G("""
Słusznie pytacie: gwałtowne szkwały to największe zagrożenie na Mazurach latem, zwłaszcza w upalne popołudnia.

**Przed wypłynięciem**
- Sprawdzajcie prognozę rano i w południe (IMGW, aplikacje pogodowe, ostrzeżenia burzowe).
- Przy ostrzeżeniu przed burzami zostańcie w porcie albo płyńcie krótko i blisko osłoniętego brzegu.

**Mazurski System Ostrzegania**
Na wieżach i masztach wokół dużych jezior są żółte lampy błyskowe:
- **ok. 40 błysków na minutę:** ostrzeżenie, pogoda się pogarsza, przygotujcie się do zejścia z wody;
- **ok. 90 błysków na minutę:** alarm, zagrożenie jest bezpośrednie, natychmiast szukajcie schronienia.

**Sygnały na niebie**
Szybko narastająca ciemna chmura z wałem u podstawy, nagła cisza i zmiana kierunku wiatru to znak, że szkwał jest kilka minut od was.

**Gdy szkwał nadchodzi**
1. Kamizelki na siebie, zanim zacznie wiać.
2. Zrzućcie żagle (przynajmniej grot), zwińcie foka, odpalcie silnik.
3. Ustawcie się dziobem do wiatru lub uciekajcie z wiatrem z dala od zawietrznego brzegu.
4. Schowajcie luźne rzeczy, zamknijcie zejściówkę.

**Numery alarmowe:** WOPR na wodach śródlądowych: **984** lub **601 100 100**; ogólny numer alarmowy **112**. Zapiszcie je w telefonie przed rejsem.
"""),
    ],
})

# ---------------------------------------------------------------- structure (two user turns in a row)
DIALOGUES.append({
    "label": "structure",
    "language": "en",
    "note": "Structure: user turns 3 and 4 are consecutive with no assistant reply between them (the cloudy-brine question is never answered); the rest alternates normally.",
    "conversations": [
        H("""
I want to make fermented dill pickles like the ones in the deli fridge, not vinegar ones. What's the basic method?
"""),
        G("""
Deli-style half-sour and full-sour pickles are lacto-fermented: just cucumbers, salt water and aromatics.

**Ingredients (for a 2-litre jar)**
- About 1 kg small, firm pickling cucumbers (Kirby-type), as fresh as possible.
- Brine: **50 g salt per 1 litre of water** (about 5%); you'll need roughly 1 litre. Use non-iodized salt.
- 4-6 garlic cloves, lightly crushed.
- 2-3 dill heads or a big handful of fresh dill.
- 1 tsp black peppercorns, 1 tsp mustard seeds, optionally a dried chilli.
- A tannin source for crunch: 2-3 grape, oak or horseradish leaves, or a black tea bag.

**Method**
1. Wash the cucumbers and trim 1-2 mm off the blossom end (opposite the stem).
2. Dissolve the salt in the water.
3. Put half the aromatics in the jar, pack the cucumbers upright and tightly, then add the rest of the aromatics and the leaves on top.
4. Pour in brine to cover everything by at least 2-3 cm and weigh the cucumbers down.
5. Cover loosely or use an airlock lid, and keep at 18-22 C.

**Timing**
- **Half-sour:** 3-7 days, still bright green and crisp.
- **Full-sour:** 1-3 weeks, olive green and sour through.
Taste one every couple of days from day 3.
"""),
        H("""
How do I stop them going soft? My grandma's always stayed crunchy.
"""),
        G("""
Soft pickles usually come from enzymes or from fermenting too warm. Your grandma was probably doing most of these without thinking about it:

- **Fresh cucumbers:** ideally picked the same day. Cucumbers that sat in the fridge for a week are already softening.
- **Ice bath:** soak them in ice water for 30 minutes before packing; it firms them up.
- **Trim the blossom end:** it contains enzymes that break down pectin. Even 1-2 mm helps.
- **Tannins:** grape, oak, horseradish or bay leaves, or a black tea bag, slow those enzymes down.
- **Cooler temperature:** around 18 C is better than 24 C. Warm ferments go soft faster.
- **Enough salt:** don't go much below about 3.5% brine.
- **Keep them submerged:** anything poking out of the brine softens and can spoil.
- **Small and whole:** small whole cucumbers stay crisper than spears or slices.
"""),
        H("""
OK, they're on day 3 and the brine has gone cloudy. Is that bad?
"""),
        H("""
Also there's a layer of white sediment settling at the bottom of the jar. Should I throw them out?
"""),
        G("""
No, keep them. The white sediment at the bottom is a normal by-product of lacto-fermentation: it's mostly lactic acid bacteria and yeast cells that have multiplied in the brine and then settle out, along with a little starch from the cucumbers and spices. You'll see it in almost every jar of naturally fermented pickles, including the ones in the deli fridge.

When it *would* be a problem:
- Fuzzy, coloured mould (green, black, pink) on the surface or on the cucumbers.
- A rotten or putrid smell instead of a sour, garlicky one.
- Pickles that turn slimy or mushy all the way through.

If none of that is happening, let the ferment continue and keep tasting from day 3 onward.
"""),
        H("""
They taste right now, nicely sour. How do I keep them?
"""),
        G("""
Move them to the fridge to slow the fermentation almost to a stop:

1. Take out the weight and any leaves that have gone soft.
2. Make sure the pickles are still fully covered by brine; top up with fresh 5% brine if needed.
3. Close the jar with a regular lid and refrigerate at about 4 C.

They'll keep for **2-3 months** in the fridge, getting slowly more sour. Always use a clean fork to take them out. If you prefer them less salty, you can rinse one before eating, but store them in their own brine; it's what keeps them crisp and safe.
"""),
    ],
})

# ---------------------------------------------------------------- structure (ends on user turn, ko)
DIALOGUES.append({
    "label": "structure",
    "language": "ko",
    "note": "Structure: the dialogue ends on a user turn (4th user question about swaddling has no assistant reply).",
    "conversations": [
        H("""
생후 3주 된 딸이 낮에는 계속 자고, 밤에는 새벽 2시부터 5시까지 말똥말똥 깨어 있어요. 밤낮이 바뀐 것 같은데 어떻게 해야 하나요?
"""),
        G("""
신생아에게 아주 흔한 '밤낮 혼동'입니다. 엄마 뱃속에 있을 때는 낮에 엄마가 움직이면 흔들려서 잠들고, 밤에 엄마가 쉬면 오히려 활발해지는 경우가 많아서 태어난 뒤에도 그 리듬이 한동안 남아 있어요. 아기의 생체 시계는 보통 생후 2~4개월에 걸쳐 자리를 잡으니, 그동안 낮과 밤의 차이를 분명하게 보여 주는 것이 핵심입니다.

**낮에는**
- 커튼을 열어 방을 밝게 하고, 평소 생활 소음은 그대로 두세요.
- 수유 후 짧게라도 눈을 맞추고 말을 걸며 놀아 주세요.
- 낮잠을 어두운 방에 따로 재우기보다 거실처럼 밝은 곳에서 재워도 괜찮습니다.

**밤에는**
- 조명은 어둡게, 수유할 때도 작은 스탠드 정도만 켜세요.
- 말 걸기와 눈 맞춤은 최소한으로, 조용하고 지루하게 대해 주세요.
- 기저귀는 젖었거나 변을 봤을 때만 갈아 주세요.

**안전 수면도 꼭 지켜 주세요**
- 항상 등을 대고 눕혀 재우기
- 단단하고 평평한 매트리스에 베개, 범퍼, 인형 없이
- 부모 침대가 아닌 아기 전용 침대에서, 가능하면 같은 방에서

대부분 몇 주 안에 밤에 조금씩 더 길게 자기 시작합니다.
"""),
        H("""
낮잠을 깨워도 괜찮을까요? 너무 곤히 자서 깨우기가 미안해요.
"""),
        G("""
미안한 마음이 드는 게 당연하지만, 이 시기에는 낮잠을 적당히 깨우는 것이 아기에게도 도움이 됩니다.

- 신생아는 하루 24시간 중 대략 **14~17시간**을 자고, 2~3시간마다 먹어야 하는 경우가 많아요.
- 낮에 한 번에 **3시간 넘게** 자면 살살 깨워서 수유해 보세요. 낮에 충분히 먹으면 밤에 조금 더 길게 잘 가능성이 높아집니다.
- 아직 출생 체중을 회복하지 못했거나 체중 증가가 더디다면, 소아과에서 안내한 간격대로 깨워서 먹이는 것이 특히 중요합니다.

**부드럽게 깨우는 방법**
- 기저귀 갈기
- 겉옷이나 속싸개를 조금 풀어 주기
- 발바닥이나 손바닥을 살살 문질러 주기
- 방을 밝게 하고 말 걸기

반대로 체중이 잘 늘고 있다면, 밤에 길게 자는 것은 깨우지 않아도 되는지 다음 영유아 검진 때 소아과 선생님과 상의해 보세요.
"""),
        H("""
백색소음은 써도 되나요? 어느 정도 크기로 틀어야 하나요?
"""),
        G("""
네, 사용해도 괜찮습니다. 백색소음은 뱃속에서 듣던 소리와 비슷해서 많은 아기들이 더 쉽게 잠들고, 작은 생활 소음에 덜 깨기도 해요. 다만 아기 귀는 어른보다 예민하니 크기와 위치를 꼭 지켜 주세요.

- **소리 크기:** 약 **50데시벨 이하**, 조용히 흐르는 샤워 소리 정도가 적당합니다. 스마트폰 소음 측정 앱으로 아기 머리 위치에서 재 보면 편해요.
- **거리:** 기계는 아기 침대 안이나 바로 옆이 아니라 **최소 2미터** 떨어진 곳에 두세요.
- **시간:** 잠들 때만 틀고 타이머로 꺼지게 하거나, 밤새 틀어 둔다면 볼륨을 더 낮추세요.
- **종류:** 빗소리, 파도 소리, 일정한 '쉬' 소리처럼 변화가 적은 소리가 좋습니다. 음악이나 갑자기 커지는 소리는 피하세요.

백색소음은 보조 수단일 뿐이라, 밤낮 구분하기와 안전한 수면 환경이 먼저라는 점도 기억해 주세요.
"""),
        H("""
마지막으로, 속싸개는 언제까지 해도 되나요? 요즘 팔을 자꾸 빼려고 해요.
"""),
    ],
})

# ---------------------------------------------------------------- repetition (reworded user re-ask)
DIALOGUES.append({
    "label": "repetition",
    "language": "en",
    "note": "Repetition (reworded): user turn 4 re-asks in other words the repair deadline already answered in turn 2 (24 hours after an HPD heat violation), and assistant turn 4 re-answers the same content in different wording.",
    "conversations": [
        H("""
My apartment in Queens has had no heat for 5 days. It's November. The super keeps saying "tomorrow". What are the rules here?
"""),
        G("""
New York City has specific, enforceable heat rules, and five days without heat in November is a clear problem for your landlord. (General information, not legal advice.)

**Heat season rules (October 1 to May 31)**
- **Daytime, 6 a.m. to 10 p.m.:** if it's below 55 F outside, the inside temperature must be at least **68 F**.
- **Nighttime, 10 p.m. to 6 a.m.:** the inside temperature must be at least **62 F**, whatever the outdoor temperature.
- **Hot water** must be at least 120 F all year.

These come from the NYC Housing Maintenance Code, and on top of that, New York's warranty of habitability requires landlords to keep apartments fit to live in.

**What to do now**
1. **Notify the landlord or managing agent in writing**, not only the super: an email or letter with the dates the heat has been out.
2. **Call 311 or file a complaint online** with HPD (the Department of Housing Preservation and Development). HPD contacts the owner and can send an inspector.
3. **Document it:** take photos of a thermometer in the middle of a room, with the date and time visible, several times a day, and keep a log.
4. **Talk to your neighbours;** if the whole building is affected, multiple complaints get more attention.

If things drag on, you can bring an **HP action** in Housing Court to get an order forcing the repair.
"""),
        H("""
How quickly does the landlord legally have to fix it once I complain?
"""),
        G("""
Once HPD inspects and confirms the problem, a lack of heat is classified as a **Class C, "immediately hazardous"** violation. For Class C violations the owner must correct the condition within **24 hours** of the violation being issued.

If the landlord doesn't fix it:
- HPD's **Emergency Repair Program** can step in, hire a contractor to restore the heat, and bill the cost to the owner (unpaid bills become a lien on the property).
- HPD can also take the owner to court, where heat violations carry daily civil penalties, typically **$250-$500 per day** for a first violation and **$500-$1,000 per day** for repeat violations within two years.

The timing in practice: after your 311 complaint, HPD usually contacts the owner first and then sends an inspector, often within a day or two during the heat season. Keep calling 311 every day the heat is out; each complaint is logged and builds the record.
"""),
        H("""
Can I buy space heaters in the meantime and deduct the cost from my rent?
"""),
        G("""
I'd be careful with that. In New York, deducting costs from rent on your own isn't a clearly protected right, and paying short can give the landlord grounds to start a nonpayment case against you. Safer options:

- **Buy the heaters and keep the receipts,** then ask the landlord in writing to reimburse you or credit the amount against next month's rent. Many will agree rather than fight over it.
- **Ask for a rent abatement in writing** for the days without heat. If the landlord ever sues you for rent, a breach of the warranty of habitability can be raised as a defence, and judges regularly reduce rent for periods without heat.
- **Bring it up in an HP action,** where you can also ask the court to order repairs.

**Space heater safety, because these cause many winter fires:**
- Plug directly into a wall outlet, never into an extension cord or power strip.
- Keep at least 3 feet of clearance from beds, curtains and furniture.
- Choose one with automatic tip-over and overheat shut-off.
- Turn it off when you leave the room or go to sleep.
- Make sure your smoke and carbon monoxide detectors work.
"""),
        H("""
OK. So after I file the complaint, what's the deadline for them to actually get the heat working again?
"""),
        G("""
The clock really starts when HPD finds the problem. After an inspector confirms there's no heat, it's recorded as an immediately hazardous (Class C) violation, and the owner then has **one day, 24 hours,** to restore the heat.

If that deadline passes and the heat is still off, the city can send its own contractor through the **Emergency Repair Program** and charge the owner for the work, with unpaid charges turning into a lien on the building. The owner can also face daily penalties in court, roughly **$250 to $500 a day** for a first heat violation and **$500 to $1,000 a day** for a repeat within two years.

In practice, HPD typically reaches out to the owner first and inspects within a day or two during heat season, so keep filing a 311 complaint each day the heat is out to build the record.
"""),
        H("""
Thanks. Should I also get my neighbors involved?
"""),
        G("""
Yes, it's one of the most effective things you can do.

- **More complaints, more pressure:** if several apartments call 311 about the same outage, HPD sees a building-wide problem and tends to prioritise it.
- **Group HP action:** tenants can bring an HP action together in Housing Court, which is often faster and more persuasive than one tenant alone, and the court can order repairs and impose penalties.
- **Shared evidence:** a group chat or shared log of temperatures, dates and times from different apartments makes a much stronger record.
- **Tenant association:** if the building doesn't have one, this is a good moment to start. Landlords generally can't retaliate against tenants for organising or for complaining to a government agency.
- **Free help:** organisations such as the Met Council on Housing run tenant hotlines, and the city's Office of Civil Justice can connect you with free legal services depending on income.

A simple first step: a short note under neighbours' doors with your contact details, asking whether they have heat and suggesting everyone call 311 the same evening.
"""),
    ],
})
