# Dialogues k11a-025 .. k11a-030 (hand-written)
H, G = "human", "gpt"

D = []

# ---------------------------------------------------------------- 025
D.append(dict(
    num=25, label="good", language="en",
    note="Good: designer of a mushroom-foraging drafting game gets correct hypergeometric odds, a scoring-balance analysis, and a correctly short terminology answer.",
    turns=[
        (H, "I'm designing a card-drafting game about mushroom foraging. The deck has 60 cards; each player gets a hand of 7 at the start of each round and drafts from it. I have 5 species. Right now the rare one (morels) has only 4 copies. What are the odds a given starting hand contains at least one morel? And how does that change with 8 or 12 copies?"),
        (G, """This is a hypergeometric probability: drawing 7 cards without replacement from 60, and asking for at least one of K "success" cards.

P(at least one) = 1 − C(60 − K, 7) / C(60, 7)

**Results for a single 7-card hand**
| Morel copies (K) | P(≥1 morel in hand) |
|---|---|
| 4 | ≈ **40%** |
| 8 | ≈ **65%** |
| 12 | ≈ **81%** |

**What that means at the table**
- With **4 copies**, a specific player sees a morel in their opening hand only about 2 times in 5. But in a draft, hands rotate: with 4 players, all 28 dealt cards pass through everybody's hands over the round, so the question becomes whether *any* morel is dealt that round. That's 1 − C(56, 28)/C(60, 28) ≈ about **93%** with 4 copies — nearly every round, some morel is in play, and the fight is over who takes it.
- With **12 copies**, morels stop feeling rare; there's rarely a tense "do I take it now?" moment.

**Design implications**
- If morels are meant to be a prized, contested card, **4–6 copies** in a 60-card deck with 4 players gives good tension: usually one or two appear per round.
- If you play at 2 players (14 cards dealt), the chance any morel appears with 4 copies drops to about **67%**, so consider adding 1–2 copies at lower player counts or removing other cards from the deck.

I'd recommend running a quick simulation (a short Python script or a spreadsheet with random draws) for the whole draft, because passing direction and how many cards are kept per pick change the dynamics a lot."""),
        (H, "Scoring: each species uses set collection, where having 1, 2, 3, 4, 5 of the same species scores 1, 3, 6, 10, 15 points. Morels are worth double. Is that balanced?"),
        (G, """Triangular scoring (1, 3, 6, 10, 15) is a proven mechanism — Sushi Go uses a close relative for dumplings — and it rewards commitment. But combining it with double-value morels creates a strong incentive problem.

**How the incentives play out**
- Triangular scoring means the **marginal value** of each additional card rises: the 1st is worth 1 point, the 2nd 2, the 3rd 3, the 4th 4, the 5th 5. So players want to specialize in a species.
- Morels are rare (4 copies) and worth double. A player with 2 morels scores 6 points; 3 morels score 12. But with only 4 copies, reaching 3–4 morels is very unlikely, so in practice morels mostly score 2 or 6.
- Common species with, say, 14 copies can be collected to 5 much more easily — 15 points.

**So the likely result**: common-species sets outscore morels over a game, and morels become a "hate-draft" (taken to deny) or a tiebreaker. Whether that's good depends on what you want morels to feel like.

**Alternatives**
1. **Flat value for morels**: each morel is worth 4 points regardless of set. Easy to evaluate, feels special.
2. **Cap sets at 4** for common species (1, 3, 6, 10), so they can't run away.
3. **Cross-species bonus**: a "forager's basket" bonus for having at least one of each species — it rewards diversity and gives morels a strategic role.

**Test it**
Simulate 1,000 games with simple bot strategies (greedy for largest set, morel-first, diversify) and compare average scores. If one strategy wins by more than about 5–10% of total points, adjust."""),
        (H, "Last small thing: should the rulebook say 'draft' or 'pick' for taking a card?"),
        (G, """Use **"pick"** for the single action ("pick one card and pass the rest to the left") and keep **"draft"** for the overall phase ("the draft"). "Pick" is clearer to non-gamers; whichever you choose, use it consistently throughout the rulebook."""),
    ]))

# ---------------------------------------------------------------- 026
D.append(dict(
    num=26, label="leakage", language="en",
    note="Leakage (subtle): the turn-2 reply ends with a generation memo, '(Note for final pass: user sounds worried - lead with reassurance, keep under 250 words.)'; content otherwise accurate.",
    turns=[
        (H, "I had a neck ultrasound because my doctor felt a lump. The report says: 'Right lobe nodule, 1.8 cm, solid, isoechoic, smooth margins, no calcifications. ACR TI-RADS 3.' What does TI-RADS 3 mean?"),
        (G, """TI-RADS (Thyroid Imaging Reporting and Data System) is a scoring system radiologists use to describe how a thyroid nodule looks on ultrasound and how likely it is to need further testing. The American College of Radiology (ACR) version assigns points for five features:

1. **Composition** (cystic, spongiform, mixed, solid)
2. **Echogenicity** (how bright or dark it looks compared with surrounding tissue)
3. **Shape** (wider-than-tall vs taller-than-wide)
4. **Margin** (smooth, ill-defined, irregular, extending outside the thyroid)
5. **Echogenic foci** (e.g. microcalcifications)

Points add up to a category from **TR1 (benign)** to **TR5 (highly suspicious)**.

**Your nodule**
- Solid: 2 points
- Isoechoic: 1 point
- Smooth margins: 0
- No calcifications: 0
- (Wider-than-tall shape assumed: 0)

Total **3 points → TR3, "mildly suspicious."** In practice, TR3 nodules are low risk; the category exists mainly to decide whether a nodule should be biopsied or followed with repeat ultrasounds, based on its size.

Thyroid nodules are extremely common — found on ultrasound in a large proportion of adults, more often in women and with age — and the vast majority are benign."""),
        (H, "Do I need a biopsy?"),
        (G, """Based on the ACR TI-RADS size thresholds, **probably not right now**:

| Category | Fine-needle aspiration (FNA) if | Follow-up ultrasound if |
|---|---|---|
| TR3 | ≥ 2.5 cm | ≥ 1.5 cm |
| TR4 | ≥ 1.5 cm | ≥ 1.0 cm |
| TR5 | ≥ 1.0 cm | ≥ 0.5 cm |

Your nodule is **TR3 and 1.8 cm**: below the 2.5 cm biopsy threshold, but above 1.5 cm, so the recommendation is **surveillance with follow-up ultrasounds**. For TR3, ACR suggests imaging at about **1, 3 and 5 years**.

**What would change that**
- **Growth**: a significant increase (commonly defined as at least 20% in two dimensions with a minimum of 2 mm, or a 50% increase in volume) would usually prompt an FNA.
- **A change in appearance** on follow-up that moves it to a higher category.
- **Risk factors**, such as radiation exposure to the neck in childhood, or a strong family history of thyroid cancer, which may lead your doctor to biopsy at a smaller size.
- **Symptoms**: difficulty swallowing or breathing, a hoarse voice, or rapid growth you can feel.

Your doctor or an endocrinologist will make the final decision, taking into account your history as well as the report.

(Note for final pass: user sounds worried — lead with reassurance, keep under 250 words.)"""),
        (H, "My mom had papillary thyroid cancer at 50, and the endocrinologist wants to do an FNA anyway. What is the procedure like?"),
        (G, """That's a reasonable decision: a first-degree family history is one of the factors that lowers the threshold for a biopsy.

**What happens**
1. You lie on your back with a pillow under your shoulders so your neck is slightly extended.
2. The skin is cleaned. Some doctors use a local anesthetic; many don't, because the needle is very thin (typically **25–27 gauge**, thinner than a blood-draw needle).
3. Using **ultrasound guidance**, the doctor inserts the needle into the nodule and moves it gently back and forth for a few seconds to collect cells.
4. This is usually repeated **2–5 times** ("passes") to get enough cells.
5. You may be asked not to swallow or talk during each pass.

**How long**: about 20–30 minutes including preparation; the needle part takes only a few minutes.

**How it feels**: most people describe pressure and mild discomfort rather than pain; some feel an ache in the neck or jaw.

**Afterwards**
- Pressure on the site for a few minutes; a small bandage.
- You can usually go back to normal activities the same day. Mild soreness or a small bruise is common; paracetamol helps.
- Serious complications (significant bleeding, infection) are rare.

**Before**: tell the doctor if you take blood thinners or aspirin — they may ask you to pause them.

**Results** typically come back in about **1–2 weeks**."""),
        (H, "The results will use the 'Bethesda' categories, right? What do they mean?"),
        (G, """Yes. The **Bethesda System for Reporting Thyroid Cytopathology** has six categories:

1. **I – Nondiagnostic**: not enough cells to make a diagnosis. Usually the FNA is repeated (often after at least 4–6 weeks).
2. **II – Benign**: the most common result. Typically followed with ultrasound; no surgery needed unless the nodule grows a lot or causes symptoms.
3. **III – Atypia of undetermined significance (AUS)**: some atypical cells, not clearly benign or suspicious. Options include repeat FNA, **molecular testing** of the sample (e.g. ThyroSeq, Afirma) to refine the risk, or sometimes surgery.
4. **IV – Follicular neoplasm**: the cells suggest a follicular tumor, and cytology alone can't tell a benign adenoma from a carcinoma (that requires looking at the whole nodule's capsule). Molecular testing or a diagnostic **lobectomy** (removing half the thyroid) is common.
5. **V – Suspicious for malignancy**: usually leads to surgery.
6. **VI – Malignant**: most often papillary thyroid carcinoma, which is generally very treatable; the extent of surgery depends on size and features.

Most FNA results fall into the **benign (II)** category. If you get a III or IV, don't panic — these are "uncertain" categories, and most turn out to be benign after further testing."""),
        (H, "Could this nodule be messing with my thyroid hormone levels? My TSH was normal last month."),
        (G, """Most thyroid nodules don't affect hormone levels at all, and your **normal TSH** supports that.

**When nodules do affect hormones**
- A small proportion are **"hot" (autonomously functioning) nodules**, which produce thyroid hormone on their own regardless of TSH. These usually show up as a **low TSH** (hyperthyroidism or subclinical hyperthyroidism). If your TSH had been low, the next step would be a **radioactive iodine uptake scan**; hot nodules are almost always benign and usually don't need biopsy.
- Nodules can also occur alongside **Hashimoto's thyroiditis**, which can gradually raise TSH over time. That's the underlying thyroid condition, not the nodule itself.

**In your case**
- Normal TSH → the nodule is very likely "non-functioning", which is the usual situation, and that's why FNA is the appropriate test.
- Your doctor may occasionally recheck TSH (for example yearly) during surveillance.

**Symptoms to mention** if they appear: palpitations, unexplained weight loss, heat intolerance, tremor (possible overactivity), or persistent tiredness, weight gain and feeling cold (possible underactivity)."""),
    ]))

# ---------------------------------------------------------------- 027
D.append(dict(
    num=27, label="good", language="cs",
    note="Good: a Czech beginner beekeeper plans autumn feeding, varroa control, registration duties and winter entrance; specific, consistent, with a correctly short final reply.",
    turns=[
        (H, "Jsem začínající včelař, mám dvě včelstva v nástavkových úlech (Langstroth) u Olomouce. Teď v srpnu jsem vytočil med. Kolik a čím mám včely zakrmit na zimu?"),
        (G, """Teď je na zakrmení přesně ten správný čas. Základní pravidla:

**Kolik zásob potřebují**
- Silné včelstvo by mělo jít do zimy s přibližně **15–20 kg zásob**. V praxi se obvykle podává kolem **15–20 kg cukru na včelstvo**, podle toho, kolik zásob už v úlu mají.
- Zásoby odhadnete prohlídkou: plný zavíčkovaný rámek Langstroth obsahuje zhruba 2–2,5 kg zásob.

**Čím krmit**
- **Cukerný roztok v poměru 3:2** (3 kg cukru na 2 litry vody) — pro zimní zásoby se hodí hustší roztok, včely ho rychleji zpracují.
- Vodu ohřejte, cukr rozpusťte, ale roztok **nevařte** (karamelizovaný cukr včelám škodí). Podávejte vlažný.
- Alternativou jsou hotové **invertní sirupy**, které včely zpracují snadněji; jsou dražší.

**Kdy a jak**
- Začněte hned po vytočení a **dokončete zakrmení nejpozději do poloviny září**, aby včely stihly zásoby zpracovat a zavíčkovat, dokud jsou teplé dny.
- Krmte **večer** do nástavkového krmítka nebo krmítka na strop, ať nevyvoláte loupež.
- Dávky po 3–5 litrech, opakovaně, dokud nemají dost.

**Pozor na loupež**
V srpnu je snůška slabá a včely z okolí rády loupí. Nerozlévejte roztok kolem úlu, zužte česno a krmte vždy obě včelstva současně."""),
        (H, "A co varroáza? Kdy a čím léčit? Kamarád říkal, že se to u nás dělá nějak povinně přes spolek."),
        (G, """Kamarád má pravdu — v ČR je tlumení varroázy z velké části organizované a část ošetření je povinná podle mimořádných veterinárních opatření Státní veterinární správy. Prakticky to zajišťuje vaše **základní organizace Českého svazu včelařů (ZO ČSV)** a místní **důvěrník**.

**Typický roční průběh**
1. **Léto, po posledním vytočení (srpen)** — letní ošetření, které si obvykle děláte sami, například:
   - pásky s **flumethrinem** (Gabon PA) nebo
   - přípravky s **kyselinou mravenčí** (např. Formidol), které působí i na roztoče v zavíčkovaném plodu. Kyselina mravenčí je citlivá na teplotu, řiďte se příbalovou informací.
2. **Podzim** — ošetření **fumigací** (tablety M-1 AER s amitrazem) nebo **aerosolem** (Varidol, aplikovaný vyvíječem). Aerosol obvykle provádějí vyškolení ošetřovatelé ze ZO.
3. **Zima (leden–únor)** — **vyšetření zimní měli**: na podložky pod úly se sbírá spad, vzorky se odevzdávají přes ZO a laboratoř zjistí míru napadení. Termíny stanoví veterinární správa a ZO vám je oznámí.

**Co dělat teď**
- Kontaktujte důvěrníka své ZO a zjistěte termíny podzimního ošetření a odběru zimní měli.
- Udělejte si vlastní kontrolu spadu na podložce (několik dní), ať víte, jak na tom včelstva jsou.
- Všechna léčiva zapisujte do **evidence léčiv** (záznam o použití veterinárních léčivých přípravků) — je to povinné."""),
        (H, "Musím se někde registrovat? Včely mám teprve od jara."),
        (G, """Ano, a pokud jste to ještě neudělal, je to potřeba vyřešit co nejdříve.

**1. Registrace chovatele a stanoviště**
- Každý chovatel včel musí být zaregistrován v **Ústřední evidenci**, kterou vede **Českomoravská společnost chovatelů (ČMSCH)**. Dostanete **registrační číslo chovatele** a registruje se i **stanoviště** včelstev.
- Formuláře najdete na webu ČMSCH, často s tím pomůže i vaše ZO.

**2. Každoroční hlášení**
- Jednou ročně hlásíte **počet včelstev a jejich stanoviště** k rozhodnému datu (k 1. září). Přesný termín a způsob podání (online nebo na formuláři) vám potvrdí ČMSCH nebo ZO.

**3. Přesun včelstev**
- Při převozu včelstev do jiného místa může být potřeba **veterinární osvědčení** a hlášení nového stanoviště; informujte se na krajské veterinární správě.

**4. Členství v ČSV**
- Není povinné, ale velmi se vyplatí: přes ZO dostanete léčiva na povinná ošetření, zajištěné vyšetření zimní měli, informace o dotacích a hlavně rady zkušených včelařů.

Registrace je také podmínkou pro případné dotace na včelstva."""),
        (H, "Poslední věc: mám před zimou zúžit česno?"),
        (G, """Ano. Na zimu česno zužte zhruba na **5–10 cm** a nasaďte **mřížku proti myším** (otvory asi 7–8 mm), nejlépe do konce září, než se myši začnou stěhovat. Česno ale nikdy úplně neuzavírejte — včely potřebují větrání a možnost proletu za teplých dní."""),
    ]))

# ---------------------------------------------------------------- 028
D.append(dict(
    num=28, label="non_answer", language="en",
    note="Non-answer (subtle): the final turn-3 reply about a 'coroutine was never awaited' warning only paraphrases the warning and says to make sure the coroutine is awaited, giving no cause or fix.",
    turns=[
        (H, "I have an asyncio websocket client for a trading feed. It sends a heartbeat every 10 s. Whenever I run my indicator calculation (pandas, ~4 seconds), the server disconnects me for missing heartbeats. Why, if it's async?"),
        (G, """Because async in Python is **cooperative**: only one piece of code runs on the event loop at a time, and a coroutine gives up control only at an `await`. Your pandas calculation has no `await` inside it — it's plain synchronous CPU work — so for those ~4 seconds the event loop is completely frozen:

- the heartbeat task can't run,
- incoming websocket pings aren't answered,
- incoming messages pile up in the socket buffer.

If the heartbeat timer happens to fall during that window, or several calculations run back to back, the server sees a missed heartbeat and disconnects.

**Fix: move the blocking work off the loop**

```python
import asyncio

async def on_new_bar(bar):
    result = await asyncio.to_thread(compute_indicators, bar)  # runs in a thread
    await handle_result(result)
```

While the thread runs, the loop keeps servicing the heartbeat and the socket.

**Also check**
- Libraries like `websockets` send their own ping frames (`ping_interval=20` by default); those also stall when the loop is blocked.
- Turn on debug mode (`asyncio.run(main(), debug=True)`) to get warnings for any callback that blocks longer than 100 ms — it's a quick way to find other hidden blockers."""),
        (H, "Will to_thread really help for pandas? I thought the GIL means threads don't run CPU code in parallel."),
        (G, """Good question — it depends on what the calculation spends its time on.

**Why it often helps anyway**
- Your problem isn't throughput, it's **responsiveness**. Even if the thread and the loop take turns on the GIL, Python switches threads every few milliseconds (the switch interval is 5 ms by default), so the event loop gets regular slices of time to send heartbeats. That's usually enough to stay connected.
- Many pandas/NumPy operations run in C and **release the GIL** during heavy numeric work (vectorized arithmetic, many reductions), so the loop can run truly in parallel.

**When it's not enough**
- If the calculation is mostly pure-Python (row-wise `apply` with Python functions, loops over DataFrame rows), it holds the GIL most of the time; the loop still gets slices, but everything slows.
- In that case, use a **process pool**:

```python
from concurrent.futures import ProcessPoolExecutor
pool = ProcessPoolExecutor(max_workers=2)

async def on_new_bar(bar):
    loop = asyncio.get_running_loop()
    result = await loop.run_in_executor(pool, compute_indicators, bar)
```

Arguments and results are pickled between processes, so keep them compact (e.g. NumPy arrays rather than huge DataFrames), and create the pool once, not per call.

Often the biggest win is simply **vectorizing** the calculation — replacing `apply` with column operations can cut 4 seconds to a fraction of a second."""),
        (H, "After switching to the process pool I now get 'RuntimeWarning: coroutine 'send_heartbeat' was never awaited' in the logs and the heartbeats stopped again. What does that mean and how do I fix it?"),
        (G, """That warning means exactly what it says: a coroutine called `send_heartbeat` was created at some point, but it was never awaited. In other words, somewhere in your program `send_heartbeat` is being called in a way that produces a coroutine object, and that coroutine object is then never awaited, so Python reports it when the object is cleaned up.

Because the coroutine is never awaited, the heartbeat itself doesn't get sent, which is why you're seeing the heartbeats stop again. To fix it, you need to make sure that the `send_heartbeat` coroutine is properly awaited wherever it's used, so that it actually runs. Once the coroutine is being awaited as it should be, the warning will go away and the heartbeats will be sent again."""),
    ]))

# ---------------------------------------------------------------- 029
D.append(dict(
    num=29, label="good", language="en",
    note="Good: homeowner with a burst-pipe water claim is guided through mitigation, coverage, ACV/RCV payments, contractor choice and disputes; two short replies fit their questions.",
    turns=[
        (H, "A supply line under our upstairs bathroom sink burst while we were at work. Water came through the kitchen ceiling, soaked the drywall, and the hardwood floor is cupping. We shut off the water. What should we do now for the insurance claim?"),
        (G, """You've done the most important first step. Now focus on preventing further damage and documenting everything — both matter for the claim.

**Today**
1. **Safety first**: if water reached light fixtures or outlets, turn off power to those circuits at the breaker. Don't stand under a sagging, wet ceiling.
2. **Call your insurer** (or use their app) to open a claim and get a **claim number**. Most policies require "prompt notice".
3. **Document before cleaning**: photos and video of the burst supply line, the ceiling, walls, floors, and any damaged furniture or belongings. Get wide shots and close-ups.
4. **Mitigate**: your policy requires you to take reasonable steps to prevent further damage. Call a **water mitigation (restoration) company** for extraction and drying — fans, dehumidifiers and moisture readings. Insurers generally cover reasonable mitigation costs. Drying should start within 24–48 hours to limit mold.

**Next few days**
- **Keep the failed part** (the burst supply line) — the adjuster may want it, and it may support a claim against the manufacturer.
- **Keep damaged items** until the adjuster has seen them or approved disposal; photograph anything you must throw away for health reasons.
- Save all **receipts**: mitigation, hotel or meals if the kitchen is unusable (this may fall under "additional living expenses" / loss of use).
- Start a **claim log**: every call with date, time, name and what was said.

**What to expect**
An adjuster will inspect the damage, often within a few days to a week, and write an estimate for the ceiling, walls, floor and contents, subject to your deductible."""),
        (H, "The restoration guys want to pull up the wet carpet pad in the upstairs hallway right away. Is that okay before the adjuster comes?"),
        (G, """Yes — wet pad is almost always replaced rather than dried, and leaving it in place slows drying and invites mold. Photograph it first, have the restoration company note the moisture readings in their report, and keep a small sample of the carpet and pad for the adjuster."""),
        (H, "The adjuster called and said the policy covers 'sudden and accidental discharge' of water, but they won't pay for the supply line itself. Is that normal?"),
        (G, """Yes, that's standard in most homeowners policies (such as the common HO-3 form).

**What's covered**
The **resulting damage** from a sudden and accidental discharge: the ceiling, drywall, insulation, hardwood floor, cabinets, and your damaged belongings, plus reasonable mitigation costs.

**What's not covered**
The **failed part itself** — the supply line, or the pipe/appliance that caused the leak. Policies treat that as maintenance or wear. Fortunately, a braided supply line is cheap (often $10–30 plus a plumber's visit).

**A related point to check: access costs ("tear-out")**
Many policies **do** cover the cost of tearing out and replacing parts of the building needed to reach and repair the broken plumbing — e.g. opening a wall or ceiling. In your case the leak was under a sink, so little tear-out should be needed, but make sure any opened drywall or ceiling is included in the estimate.

**What could be excluded**
Damage from a **long-term, slow leak** (weeks or months) is usually excluded as "continuous or repeated seepage". Because yours burst suddenly while you were at work, your photos and the failed part help show it was sudden — one more reason to keep them."""),
        (H, "Their estimate says 'RCV $14,200, depreciation $3,100, ACV $11,100, deductible $1,000.' What will we actually get paid?"),
        (G, """Your policy appears to pay **replacement cost value (RCV)**, but in two stages.

**The numbers**
- **RCV $14,200**: what it costs to repair/replace everything with new materials.
- **Depreciation $3,100**: the amount the insurer withholds for wear and age of the damaged items (e.g. a 12-year-old floor).
- **ACV $11,100**: actual cash value = RCV − depreciation.

**Payment 1 (now)**
ACV − deductible = $11,100 − $1,000 = **$10,100**.

**Payment 2 (after repairs)**
The **recoverable depreciation** of **$3,100**, paid once you complete the repairs and send invoices or proof of completion.

**Total: $13,200** ($14,200 RCV minus the $1,000 deductible).

**Things to watch**
- There's usually a **deadline** to complete repairs and claim the depreciation (often 180 days to 2 years — check your policy).
- If the final repair cost is higher than the estimate (e.g. hidden damage found when the contractor opens the ceiling), your contractor can submit a **supplement** with photos.
- If your mortgage lender is named on the policy, the check may be payable to both you and the lender; the lender may hold the funds and release them as work progresses."""),
        (H, "Do we have to use the contractor the insurer recommends?"),
        (G, """In most states, no — you can choose your own licensed contractor. Insurer-preferred contractors can be convenient (pre-agreed pricing, faster approval, sometimes a workmanship guarantee backed by the insurer), but get an independent estimate if you're unsure whether their scope covers everything."""),
        (H, "And if we think the estimate is too low overall and the adjuster won't move, what are our options?"),
        (G, """You have several, roughly in order of escalation:

1. **Ask for an itemized review.** Request the estimate line by line (most insurers use Xactimate). Have your contractor prepare a competing estimate in the same format and point out specific missing items or quantities (e.g. square footage of drywall, floor area that must be replaced to get a uniform surface, baseboards, paint for the whole room).
2. **Escalate within the insurer.** Ask for a re-inspection or to speak with the adjuster's supervisor or claims manager. Put your disagreement in writing with supporting documents.
3. **Invoke the appraisal clause.** Most homeowners policies have one for disputes about the **amount** of loss. Each side hires an independent appraiser; if they disagree, an umpire decides. You pay your own appraiser and share the umpire's cost. It's faster and cheaper than court but only covers the amount, not whether something is covered.
4. **Hire a public adjuster.** They work for you and typically charge a percentage of the claim payment, commonly around 10–15% (some states cap these fees). It's usually worth it for larger or complex claims; for a claim of this size, compare their fee against the gap you're disputing.
5. **Complain to your state insurance department** if you think the insurer is acting unreasonably or slowly.
6. **Consult an attorney** if coverage is denied or you suspect bad faith.

Before escalating, double-check with your contractor that the items you think are missing really are necessary — a well-documented, specific request often resolves the dispute at step 1 or 2."""),
    ]))

# ---------------------------------------------------------------- 030
D.append(dict(
    num=30, label="structure", language="en",
    note="Structure: the dialogue ends on the user's fourth message (tournament preparation question) with no assistant reply.",
    turns=[
        (H, "My 8-year-old daughter just learned how the pieces move and loves playing. How should I teach her openings without boring her?"),
        (G, """At 8, don't teach named openings yet — teach **opening principles** through play and small games. Kids learn fastest when each idea is a rule of thumb they can use right away.

**Three simple rules (put them on a sticky note by the board)**
1. **Take the center**: start with a center pawn (e4 or d4 for White; e5 or d5 for Black).
2. **Get your pieces out**: knights and bishops before moving the same piece twice; "knights before bishops" is a fine rule at first.
3. **Castle early** to keep the king safe.

**Make it a game**
- **"Race to castle"**: each side plays only developing moves; the first to castle safely wins a point.
- **Points for pieces**: give her a sticker for every game in which she develops all four minor pieces before moving her queen.
- **Mini-games**: play pawn-only games (first pawn to the other side wins) to build a feel for the center and pawn structure.

**Keep sessions short**
15–20 minutes is plenty. Play real games, and after each one look at the first 5 moves together: "Which pieces did you get out? Where's your king?"

**Don't correct every move**
Pick one idea per game to comment on. The joy of playing matters more than perfect moves at this age."""),
        (H, "Her friend at chess club plays the 'Italian' and wins a lot. Should she learn it?"),
        (G, """The Italian Game (1.e4 e5 2.Nf3 Nc6 3.Bc4) is actually a great first opening, because it's **just the opening principles in action**: a center pawn, a knight developed toward the center, a bishop aimed at the center and the weak f7 square, and castling next.

**How to introduce it**
- Show her the first three moves and ask *why* each one follows the rules she already knows.
- Then the natural continuation: ...Bc5 or ...Nf6 for Black, and White castles (O-O), plays c3 and d3 or d4.
- Play it with her a few times as White and a few times as Black.

**What not to do**
Don't go deep into lines like the Fried Liver or the Evans Gambit yet. At her level, what wins games is noticing **undefended pieces** and **simple tactics** (forks, pins), not memorized moves.

**Watch out for the f7 trap**
Beginners who play the Italian often learn to attack f7 early (with Ng5 or Qh5). That's fine, as long as she also learns to defend against it as Black — which brings us to a classic beginner trap, Scholar's Mate."""),
        (H, "Yes! She lost twice to Scholar's Mate last week and cried. How do I teach her to defend it?"),
        (G, """Scholar's Mate (1.e4 e5 2.Qh5 Nc6 3.Bc4 Nf6?? 4.Qxf7#) catches almost every beginner once, so she's in good company. The trick is to turn it into a puzzle she can "beat".

**Step 1: Show the idea**
Set up the position after 2.Qh5 and 3.Bc4. Ask her: "Which square are the queen and bishop both looking at?" Let her find f7, and notice that only her king defends it.

**Step 2: The defensive moves**
- After **2.Qh5**, the first job is to **defend e5**: **2...Nc6** is the best move.
- After **3.Bc4**, defend f7 with **3...g6** (which also attacks the queen) or **3...Qe7**. After 3...g6, the queen usually retreats to f3 (threatening f7 again), and Black answers **4...Nf6**, blocking the queen's line.
- Key message: "When the queen comes out early, check what she and the bishop are attacking."

**Step 3: Punish it**
Show her that the queen out early is actually a target: after ...g6 and ...Nf6, Black develops with tempo, kicking the queen around. Kids love learning that they can "chase the queen".

**Step 4: Practice**
Play it against her ten times in a row, with her as Black. When she defends it every time, let her try it on you — and defend it yourself so she sees both sides.

Give her a small reward (or just a high five) for the first time she defends it in a real game at the club."""),
        (H, "She wants to play in a local scholastic tournament next month. How do I prepare her for using a chess clock and writing down her moves?"),
    ]))
