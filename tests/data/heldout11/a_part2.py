# Dialogues k11a-009 .. k11a-016 (hand-written)
H, G = "human", "gpt"

D = []

# ---------------------------------------------------------------- 009
D.append(dict(
    num=9, label="repetition", language="en",
    note="Repetition: in turn 5 the user re-asks the runaway-leader question from turn 2 in other words, and the assistant re-gives the same catch-up advice reworded.",
    turns=[
        (H, "I'm designing a worker-placement game about lighthouse keepers on a rocky coast, 2-4 players, about 60 minutes. Each round you place 3 keepers on actions: gather oil, repair the lamp, rescue ships, trade at the harbour. Rescued ships give victory points. Does that core loop sound solid?"),
        (G, """It's a clear, thematic core, and worker placement fits well: the tension of "someone took the harbour before me" maps nicely onto a small coastal community. A few things to think about so it has depth beyond the first play:

**1. Give each action a reason to exist every round**
Right now "rescue ships" is the only direct VP source, so the other three actions are just inputs to it. That can become a solved pipeline (oil → lamp → rescue). Consider making each action offer at least two things, e.g. repairing the lamp also raises your standing with the harbour master (cheaper trades), or trading can yield a small amount of VP through contracts.

**2. Create scarcity that changes**
Classic worker placement works because spaces run out. With 3 workers × 4 players = 12 placements, you need fewer good spaces than that. Consider a weather track: in storms, ship spaces multiply but the lamp needs more oil; in calm weather, trade is better.

**3. Add one interesting decision about timing**
Examples: first player to rescue a ship each round gets a bonus; or ships that aren't rescued drift along a track and become worth more but riskier.

**4. Keep the 60-minute target honest**
With 3 placements each per round, aim for about 8 rounds. Time your first prototype plays and count decisions per minute; if downtime between turns is over ~90 seconds at 4 players, simplify.

The loop is solid as a skeleton. The work now is making the spaces compete with each other."""),
        (H, "First playtests: whoever rescues the first two ships tends to run away with the game. By round 4 the others feel like they can't catch up. How do I fix that?"),
        (G, """That's the classic runaway-leader problem, caused by a **positive feedback loop**: rescuing ships gives VP *and* (presumably) resources or position that make rescuing the next ship easier. Some options, from lightest to heaviest touch:

**1. Break the link between points and power**
If rescued ships give anything besides VP (crew, oil, better placement), that's the engine of the runaway. Make rescues give points only, or give the *material* rewards to other actions.

**2. Turn order by score**
The player with the fewest points places first in the next round. In worker placement, first pick is powerful, so this is a gentle, invisible catch-up.

**3. Diminishing returns**
The 1st ship you rescue is worth 5, the 2nd 4, the 3rd 3 — or ships come in types and sets score better than repeats, so the leader can't just repeat the same play.

**4. Hidden or delayed scoring**
If some VP are secret (end-game objective cards, a hidden logbook), players can't tell exactly who's ahead, and trailing players keep trying. Games like Ticket to Ride use this well.

**5. Give trailing players a targeted tool**
E.g. a "salvage" action that is only available to the player(s) not in the lead, or that is cheaper the fewer ships you've rescued.

I'd start with #1 and #2 together and re-test. They're cheap to implement and often fix most of the problem without making the game feel rigged."""),
        (H, "How should I run blind playtests? Up to now it's always been me explaining the rules."),
        (G, """Blind playtesting — a group learns and plays from the rulebook alone, with you silent — is the best way to find out whether your rules work without you in the room.

**Before the session**
- Write a complete rulebook draft with a setup diagram and at least one example turn.
- Prepare a component list and make sure the prototype is complete and clearly labelled.

**During the session**
- Tell them: "Pretend I'm not here. I can't answer questions." Then actually stay silent, even when they get a rule wrong — mistakes are the data.
- Sit slightly out of their line of sight and take notes: where they pause, re-read, argue, or house-rule something.
- Time setup, rules reading and the game itself separately.

**After the session**
Ask open questions first, leading ones last:
1. What was the most fun moment? The most frustrating?
2. What did you think you were supposed to do at the start?
3. Was there a point you felt the game was decided?
4. What would you change?

Then compare how they played against your intended rules. Every difference is either a rulebook problem or a sign that their version is better.

Places to find blind testers: local game café design nights, Protospiel events, Break My Game online sessions, or printing a print-and-play for online communities."""),
        (H, "What's the cheapest way to make a decent-looking prototype to send out?"),
        (G, """For a few copies, print-on-demand is usually the sweet spot between cost and quality:

- **The Game Crafter** (US): you upload art to templates for cards, boards, boxes and tokens, and they print single copies. A small-box game with a deck of cards, a board and wooden pieces often lands in the $30–60 range per copy.
- **Print & Play Games (PrintPlayGames)**: similar, with good card stock.
- **MakePlayingCards**: excellent for card-heavy games.

Cheaper DIY route:
- Cards: print on 110 lb cardstock, cut with a rotary trimmer and a corner rounder, or print on paper and sleeve them with old cards behind them.
- Boards: print in tiles at a copy shop, mount on chipboard with spray adhesive.
- Meeples and cubes: buy generic wooden bits in bulk (Meeple Source, Spielmaterial, or Etsy sellers).

Keep art minimal and functional at this stage: icons, clear text, colour coding. Playtesters will give you better feedback on the rules if the game looks unfinished."""),
        (H, "One more thing from the last playtest: people said that once someone gets a couple of early rescues, the rest of the table feels out of it. What could I change so the players who are behind still have a shot?"),
        (G, """What you're describing is a snowball effect: early success makes further success easier, so the first player to get ahead tends to stay ahead. A few ways to counter it, starting with the gentlest:

**1. Separate scoring from advantage**
If rescuing a ship gives you anything beyond points (extra oil, a better position, more crew), that reward fuels the snowball. Let rescues award points only and put the useful resources elsewhere.

**2. Let the trailing player choose first**
Set turn order each round so the lowest score places first. First choice is a big deal in worker placement, so this quietly helps whoever is behind.

**3. Reduce the value of repeated success**
Make each additional rescue worth less (5, 4, 3…) or reward variety in the ships you rescue, so the leader can't keep repeating the same move.

**4. Hide part of the score**
Secret end-game goals or a hidden logbook make it unclear who's really winning, so everyone keeps playing to win.

**5. Give a tool only to those behind**
A "salvage" action available only to players who aren't leading, or cheaper for those with fewer rescues.

I'd try the first two together first — they're simple and usually solve most of the issue without feeling artificial."""),
    ]))

# ---------------------------------------------------------------- 010
D.append(dict(
    num=10, label="good", language="en",
    note="Good: patient with a mildly raised TSH learns what the results mean, what to retest, and what treatment involves; accurate, consistent, with a short fasting answer.",
    turns=[
        (H, "My routine bloods came back: TSH 6.2 mIU/L (range 0.4-4.0), free T4 14 pmol/L (range 12-22). The doctor wants to repeat it in 6 weeks. I'm 41, female, feel a bit tired but that's life with two kids. What does this mean?"),
        (G, """Your results fit a pattern called **subclinical hypothyroidism** — "subclinical" because the thyroid hormone itself (free T4) is still within the normal range, while TSH is mildly raised.

**How the two tests relate**
- **TSH** is made by the pituitary gland and acts like a thermostat signal: when the thyroid produces a little less hormone, the pituitary raises TSH to push it harder.
- **Free T4** is the main hormone the thyroid releases.
- So a raised TSH with a normal free T4 suggests the thyroid is working a bit harder than usual to keep hormone levels normal.

**Why repeat it**
TSH fluctuates. It can be temporarily raised by:
- recovery from a recent illness,
- the time of day (TSH is higher in the early morning),
- certain medications or supplements (including high-dose biotin, which interferes with many lab tests rather than the thyroid itself),
- or an inflammation of the thyroid that settles on its own.

A significant share of mildly raised TSH results are normal when rechecked, which is why repeating after 6–12 weeks is standard before calling it anything.

**What matters most**
With TSH between the upper limit and 10 mIU/L, guidelines generally don't recommend treatment automatically. Decisions depend on whether it persists, your age, symptoms, whether you're planning a pregnancy, and whether you have thyroid antibodies (see below).

Tiredness is very non-specific — it could relate to the thyroid, but also to sleep, iron levels, mood or simply life with two kids — so it's worth mentioning to your doctor, who may check other things such as ferritin and a blood count at the same time."""),
        (H, "Should I ask for anything else to be tested at the repeat?"),
        (G, """Reasonable things to ask about:

1. **Thyroid peroxidase antibodies (TPO antibodies)** — these indicate autoimmune thyroiditis (Hashimoto's), the most common cause of hypothyroidism in iodine-sufficient countries. If they're positive, the chance that a mildly raised TSH progresses to overt hypothyroidism is higher (roughly 4% per year versus about 2–3% without antibodies in older studies), so it affects how closely you're followed up.
2. **Repeat TSH and free T4** together, ideally at a similar time of day as the first test.
3. If you're tired: **ferritin** (iron stores), **full blood count**, and possibly **vitamin B12** and **vitamin D**, depending on your diet and history.

Free T3 isn't usually helpful in this situation; it tends to stay normal until hypothyroidism is more advanced."""),
        (H, "Do I need to fast for the thyroid test?"),
        (G, """No, fasting isn't needed for TSH or free T4. Two tips: try to have the blood drawn at a similar time of day as last time, and if you take biotin (often in hair/skin/nail supplements), stop it for at least 2–3 days beforehand, because it can falsely alter results on many lab machines."""),
        (H, "If it's still high and the antibodies are positive, what would treatment look like?"),
        (G, """If your doctor decides to treat, the standard medication is **levothyroxine**, a synthetic version of T4 identical to the hormone your thyroid makes.

**Whether to treat**
With TSH under 10 mIU/L, treatment is a judgment call. Factors that push toward treating include positive TPO antibodies, symptoms, a rising TSH over time, a goiter, or planning a pregnancy. Many doctors will offer a trial of treatment for a few months to see whether symptoms such as tiredness improve.

**Dose**
For subclinical hypothyroidism, doctors often start low, commonly **25–50 micrograms a day**, rather than a full replacement dose.

**How to take it**
- Once a day, on an **empty stomach** with water, ideally 30–60 minutes before breakfast (or at bedtime, at least 3 hours after the last meal — either works if you're consistent).
- Keep it **4 hours apart** from calcium, iron supplements and antacids, which block absorption. Coffee shortly after a dose also reduces absorption.
- Don't switch between brands without telling your doctor; small differences can shift your TSH.

**Monitoring**
TSH is rechecked about **6–8 weeks** after starting or changing the dose, because it takes that long to settle. Once stable, checks are usually once a year.

**Side effects**
At the right dose, levothyroxine has essentially no side effects — it's replacing a hormone you'd normally make. Symptoms like palpitations, anxiety or poor sleep suggest the dose is too high and should be reported."""),
        (H, "We might try for a third baby next year. Does any of this change that?"),
        (G, """Yes — it's worth telling your doctor now, because thyroid management is stricter before and during pregnancy.

**Why it matters**
In early pregnancy, the baby depends entirely on the mother's thyroid hormone for the first trimester, and the mother's requirement for thyroid hormone rises by around 20–30% or more. Untreated or under-treated hypothyroidism is associated with a higher risk of miscarriage and other complications, and positive TPO antibodies add to that risk.

**What this usually means in practice**
- Many guidelines suggest considering levothyroxine for women **planning pregnancy** who have a TSH above the pregnancy-specific upper limit, especially if TPO antibodies are positive. Your TSH of 6.2 is clearly above the target range commonly used before conception (many aim for a TSH below about 2.5 mIU/L).
- If you're on levothyroxine and get a positive pregnancy test, the common advice is to **contact your doctor right away**; often the dose is increased promptly (for example by taking two extra doses per week) and TSH is checked every 4 weeks in the first half of pregnancy.
- Take a prenatal vitamin with **iodine** (around 150 micrograms a day is commonly recommended), but keep it 4 hours away from levothyroxine because of its iron and calcium.

So: mention the pregnancy plans at your repeat test appointment. It may tip the decision toward treating now, and having your TSH in range before conceiving is much easier than catching up afterwards."""),
    ]))

# ---------------------------------------------------------------- 011
D.append(dict(
    num=11, label="bad_length", language="en",
    note="Bad length: the turn-4 reply to a concrete question about replacing a 14-year-old roof before installing panels is just 'It depends.'; other replies are full and specific.",
    turns=[
        (H, "I'm in Phoenix and got a quote for a 7.2 kW solar system: 18 panels at 400 W, microinverters, $20,900 before any incentives. Is that a fair price?"),
        (G, """That works out to **$20,900 ÷ 7,200 W ≈ $2.90 per watt** before incentives, which is within the typical range for residential solar in the US (roughly $2.50–$3.50/W in recent years), and reasonable for a system with microinverters, which cost more than a single string inverter.

To judge the quote properly, compare a few things:

**Equipment**
- Panel brand and model, and the warranty: look for a 25-year product warranty and a linear performance warranty (e.g. at least ~85–90% of rated output after 25 years).
- Microinverter brand (Enphase is the most common); they usually carry a 25-year warranty too.

**What's included**
- Permits, interconnection with your utility (APS or SRP), monitoring, and any roof work.
- Workmanship warranty from the installer: 10 years is common, 25 from the better installers.

**Get at least 2–3 quotes**
Prices per watt can vary by more than $0.50 between installers in the same city. Also compare proposed system sizes: a good installer bases the size on your last 12 months of electricity usage, not just what fits on the roof.

If another quote comes in much lower, check whether it uses lower-tier panels, a string inverter, or excludes something like the main panel upgrade."""),
        (H, "How much electricity will it actually produce?"),
        (G, """Phoenix is one of the best solar locations in the US. A well-oriented system there typically produces around **1,600–1,800 kWh per year for each kW** of panels.

For your 7.2 kW system:
- **Estimated production: roughly 11,500–13,000 kWh per year**, or about 960–1,080 kWh per month on average.

What moves it up or down:
- **Orientation:** south-facing is best; west-facing loses around 10–15% of annual production but produces more in late afternoon, which can be valuable with time-of-use rates.
- **Tilt:** roof pitches of 15–30° are close to ideal in Phoenix.
- **Shading:** trees, chimneys or a neighbor's two-story house can cut output significantly; microinverters limit the damage to the shaded panels.
- **Heat:** panels lose efficiency in high temperatures, roughly 0.3–0.4% per °C above 25°C cell temperature, so summer output is somewhat lower than the sunshine suggests.

Ask the installer for a production estimate from PVWatts or a similar tool, including the shading report. Then compare it with your annual usage on your utility bills."""),
        (H, "My utility only pays a low rate for exported power. Does that make a battery worth it?"),
        (G, """It can change the math, but for most people it's still a close call.

**Why export rates matter**
Arizona utilities moved away from full retail net metering. Exported energy is credited at an export rate that is considerably lower than what you pay to buy power, especially in evening peak hours. So the value of your solar depends on how much you **use yourself** as it's produced.

**What a battery does**
It stores midday solar and lets you use it in the evening peak instead of buying expensive peak power. With a big gap between export credit and peak price, each kWh you shift is worth the difference.

**Rough numbers**
A 10–13 kWh battery installed often costs **$10,000–$15,000**. If it shifts about 10 kWh a day, and the difference between the export rate and the peak rate is, say, 15–20 cents/kWh, that's about $550–$730 per year — a payback of 15+ years, longer than many batteries' warranties (usually 10 years).

**When it makes more sense**
- If your utility's demand charges or peak rates are high.
- If you value backup power during outages.
- If there's a specific battery incentive in your utility's service area.

Alternatives: shift your own consumption into the day — run the pool pump, dishwasher and pre-cooling of the house around midday."""),
        (H, "My roof is asphalt shingle and about 14 years old. Should I replace it before the panels go on?"),
        (G, "It depends."),
        (H, "Last question: should I pay cash, take a loan, or lease?"),
        (G, """Each option trades lifetime savings for upfront cost:

**Cash**
- Highest long-term savings; you own the system and any incentives.
- Typical payback in Phoenix is often around 8–12 years, depending on your rate plan and self-consumption.
- Downside: $20,900 up front, which might earn returns elsewhere.

**Solar loan**
- You own the system with little or nothing down.
- Watch for **dealer fees**: many "low-rate" solar loans (e.g. 1.99%) include a hidden fee of 20–30% added to the system price. Ask for the cash price and the loan price in writing and compare.
- A home equity loan or HELOC from your bank can be cheaper than a solar-specific loan.

**Lease or PPA**
- No upfront cost; you pay a monthly fee (lease) or a per-kWh rate (PPA).
- The leasing company owns the system and takes the incentives.
- Savings are smaller, and contracts often include an annual escalator (e.g. 2.9% per year) that can erode savings.
- It can complicate selling your home, because the buyer must qualify to take over the contract.

For most people who can afford it, **cash or a low-cost home equity loan** gives the best value, and ownership is simpler when selling the house. Lease only if you can't use incentives and want zero upfront cost."""),
    ]))

# ---------------------------------------------------------------- 012
D.append(dict(
    num=12, label="contradiction", language="en",
    note="Contradiction (subtle): in turn 5 the assistant says 'as I said earlier, in the Exchange you recapture 4...Nxd5', contradicting its turn-2 explanation that Black recaptures 4...exd5 with the pawn.",
    turns=[
        (H, "I'm about 1350 on Lichess rapid. As White I play 1.e4. As Black against 1.d4 I just kind of improvise. What's a solid, low-theory defense I could learn?"),
        (G, """At your level, I'd recommend the **Queen's Gambit Declined (QGD)**: 1.d4 d5 2.c4 e6.

**Why it suits you**
- It's based on simple principles: hold the center with ...d5 and ...e6, develop knights and bishops, castle kingside.
- You don't need to memorize long lines; the same setup works against most of White's tries.
- It's been trusted at the top level for over a century, so you'll never be "refuted".

**Basic setup**
1.d4 d5 2.c4 e6 3.Nc3 Nf6 4.Bg5 Be7 5.e3 O-O 6.Nf3 — then typically ...h6, ...Nbd7 or ...b6, and ...c5 or ...dxc4 followed by ...c5 to challenge the center.

**The main weakness**
Your light-squared bishop on c8 gets hemmed in by the pawn on e6. A lot of QGD play is about freeing it, either with ...b6 and ...Bb7, or with ...dxc4 and ...e5/...c5 breaks.

**The Exchange Variation (important to know)**
White often plays 4.cxd5 and you recapture **4...exd5 with the pawn**. This opens the c8–h3 diagonal for your bishop, so the "bad bishop" problem mostly disappears. In return, the pawn structure becomes fixed, and White often plans a "minority attack" with b4–b5 on the queenside.

Against 1.d4 without c4 (e.g. the London System), you can keep the same ...d5/...e6/...Nf6 setup."""),
        (H, "What about the London System? Everyone at my level seems to play it."),
        (G, """True, the London (1.d4, 2.Bf4, e3, Nf3, c3, Nbd2, Bd3) is extremely popular at club level because White can play the same setup every game.

Against it, with your QGD-style pawns, a reliable plan is:

**Setup:** 1.d4 d5 2.Bf4 Nf6 3.e3 c5! 4.c3 Nc6 5.Nd2 e6 6.Ngf3 Bd6.

**Ideas**
- **Strike at the center early with ...c5.** Don't play passively with ...e6/...Be7/...O-O and wait; the London is most comfortable when Black does nothing.
- **Challenge the f4-bishop with ...Bd6.** If White exchanges on d6, you recapture with the queen and your dark squares are fine. If White avoids the trade with Bg3, you can consider ...O-O and ...Qc7.
- **Put pressure on b2 with ...Qb6.** After White's Bf4, the b2 pawn is often weak; ...Qb6 forces White to decide how to defend it.

**A typical trap to avoid**
After ...Nc6, if you casually play ...Bd6 and White plays Bb5 and Ne5, you can get pinned and pressured. Keep an eye on the e5 square — ...Nd7 or ...Bxe5 can be useful to remove that knight."""),
        (H, "How should I actually learn these? I don't want to memorize 20 moves."),
        (G, """Good instinct — at 1350, understanding beats memorization. A plan:

1. **Learn the first 5–6 moves** of the two setups (QGD and anti-London) and the *reason* for each move. That's it for memorizing.
2. **Play through 10–15 annotated master games** in each line. Lichess Studies has free collections; search "Queen's Gambit Declined model games". Focus on plans: where the pieces go, which pawn breaks happen.
3. **Play it a lot** in 10+5 or 15+10 games.
4. **After each game**, check where you left your preparation and what the engine suggests — look at only the first big mistake, not every inaccuracy.
5. **Keep a short personal file** (a Lichess study works) of positions you got wrong. Review it weekly.

Budget maybe 20% of your chess time for openings. At your rating, tactics and endgames still win more games than opening theory."""),
        (H, "In the QGD, what's a typical middlegame plan for Black when White goes for the minority attack?"),
        (G, """The minority attack is White's classic plan in the Exchange QGD: White pushes b4–b5 to trade on c6 and leave you with a weak pawn (usually c6 or an isolated d5).

Black's main responses:

**1. Counterattack on the kingside**
White's queenside pawns are busy, so Black often plays for ...Ne4, ...f5 and a kingside attack with pieces: knight on e4, queen and rooks swinging to the kingside, sometimes ...Rf6–h6. This is the most active plan.

**2. Meet b5 with ...c5 or ...cxb5**
If you can arrange to answer b5 with ...c5, you avoid a weak c6-pawn; or after b5 you can sometimes take ...cxb5 and accept an isolated d-pawn with active pieces.

**3. Re-route the knight to d6**
A knight on d6 (often via ...Nf6–e4–d6 or ...Nf6–e8–d6) eyes the b5 and c4 squares and slows the b4–b5 push.

**4. Keep pieces on if you're the one attacking, trade if you're defending**
If your kingside play is going well, avoid simplifying. If White's minority attack is already through, trading pieces reduces the importance of the weak pawn.

Knowing that the bishop on c8 is free in the Exchange (thanks to the open diagonal) helps a lot here: it often goes to f5 or g4 to trade off White's best minor piece."""),
        (H, "I keep getting confused about the move order in the Exchange. Can you walk me through what I should play in the first 8 moves?"),
        (G, """Sure. Here's a clean, standard move order for Black in the Exchange Variation of the QGD, with the ideas behind each move:

1.d4 d5
2.c4 e6
3.Nc3 Nf6
4.cxd5 — White releases the tension. As I said earlier, in the Exchange you recapture **4...Nxd5**, keeping your pawn structure flexible and centralizing the knight.
5.Bg5 — White pins the knight (in the main lines). Continue with **...Be7**, breaking the pin and preparing to castle.
6.e3 — **...O-O**. Get your king safe before the middlegame starts.
7.Bd3 — **...Nbd7**. The knight heads for f8 and e6/g6 later, supporting the kingside, and doesn't block your c-pawn.
8.Qc2 — **...Re8**. The rook goes to the half-open e-file, and the f8-square is freed for the knight (…Nf8).

Typical plans from here:
- ...c6 solidifies d5 and prepares ...Nf8–g6 or ...Ne4.
- Your c8-bishop will come to g4 or f5 to trade off White's active pieces.
- Watch White's Qc2 and Bd3 battery against h7 — don't move your f6-knight without checking that h7 is defended.

If White plays an early Nf3 instead of Bg5, the same setup works; if White castles queenside (rare at your level), go for ...c5 and an attack on the queenside."""),
        (H, "Great. Any quick tip for converting a better position in these structures?"),
        (G, """A simple method that works well at club level:

1. **Improve your worst piece first.** Before forcing anything, ask which piece does the least, and find it a better square.
2. **Create a second weakness.** If White has a weak c-pawn or an isolated pawn, attack it — but also open a second front (often the kingside). A single weakness can be defended; two usually can't.
3. **Trade pieces, not pawns,** when you're ahead in material or structure. The fewer pieces, the bigger the effect of White's weak pawns.
4. **Don't rush.** There's no need to win in three moves. Check for your opponent's tactics every move, especially checks and captures.
5. **Activate your king in the endgame.** Once queens come off, your king walks to the center.

Practice by playing out slightly better positions from model games against a friend or an engine at a moderate level."""),
    ]))

# ---------------------------------------------------------------- 013
D.append(dict(
    num=13, label="non_answer", language="en",
    note="Non-answer: the turn-2 reply only restates the crawling-vs-pinholing question and says it is important, without distinguishing the two defects.",
    turns=[
        (H, "I fire cone 6 oxidation in an electric kiln. A new satin white glaze keeps pulling away from the clay in spots, leaving bare patches with thick rolled edges. What's going on?"),
        (G, """That's **crawling**: the glaze layer pulls back on itself during melting, leaving bare clay with beaded or rolled edges around it. It almost always starts before or during the early stages of the firing, when the raw glaze layer loses its grip on the bisque.

**Common causes**
1. **High shrinkage of the raw glaze.** Glazes with a lot of raw clay (kaolin, ball clay) or very fine materials shrink a lot as they dry, crack, and those cracks open into crawls. Satin and matte glazes often have high clay or zinc/magnesium content, which makes them prone.
2. **Glaze applied too thick.** Thick layers crack as they dry.
3. **Dusty, greasy or damp bisque.** Dust, oil from hands, or dipping bisque that's still damp from a previous coat reduces adhesion.
4. **Magnesium carbonate or zinc oxide.** Both have high surface tension in the melt and high shrinkage; many satin glazes use them.
5. **Rough handling of dry glaze**, e.g. rubbing fingerprints, which leaves weak spots.

**First checks**
- Look at the dried glaze before firing: if you see a network of cracks, that's your cause.
- Wipe bisque with a damp sponge before glazing and let it dry fully.
- Try a thinner application on a test tile."""),
        (H, "What's the difference between crawling and pinholing, and how do I tell which one I actually have?"),
        (G, """That's a really useful distinction to make. You're asking how crawling differs from pinholing and how you can tell which one you're actually seeing on your pots. These two defects are different from each other, and identifying which one you have is an important step in troubleshooting a glaze, because getting the diagnosis right will guide everything you do next in the studio."""),
        (H, "How do I check if my glaze is too thick when dipping?"),
        (G, """Measure the glaze slurry instead of judging by eye. The most useful number is **specific gravity (SG)**.

**How to measure SG**
1. Stir the bucket thoroughly.
2. Weigh exactly 100 ml of glaze in a graduated cylinder (tare the cylinder first).
3. Divide grams by 100. E.g. 145 g → SG 1.45.

**Typical targets for dipping**
- Most cone 6 glazes: **SG 1.40–1.50**.
- Satin/matte glazes that tend to crawl: often at the lower end, around 1.40–1.44.
Add water in small amounts if too high; let it settle and decant water if too low.

**Then control the dip**
- Dip for a consistent time, e.g. **3 seconds**, counting out loud.
- Check the dried layer with a pin: scratch through it at the rim. For most glazes, about **the thickness of a credit card** (roughly 0.7–1 mm) is a good starting point.

**Also watch thixotropy**
Some glazes gel in the bucket; a slightly gelled glaze can go on thicker than the SG suggests. If the glaze drips slowly off your finger in sheets rather than running, it may need a few drops of a deflocculant (like Darvan 7)."""),
        (H, "Would adding bentonite or CMC gum help with the crawling?"),
        (G, """They can, but in different ways, and they address different causes.

**CMC gum (carboxymethyl cellulose)**
- It acts as a binder: it makes the dried glaze layer tougher and more adherent, and it slows drying, which reduces the cracks that lead to crawling.
- Typical amount: **0.5–1% of the dry glaze weight**, usually added as a pre-mixed solution.
- Downside: glaze dries slower, and CMC solutions can go moldy; many potters add a drop of bleach or Dowicil-type preservative.

**Bentonite**
- Mainly a **suspension** aid (keeps the glaze from settling) and somewhat improves dry strength.
- It's a clay, so it **increases** drying shrinkage — if shrinkage is your problem, bentonite can make crawling worse. Use no more than **about 2%**.

**The better fix for high shrinkage**
If the recipe has a lot of raw kaolin (say over 15–20%), replace part of it with **calcined kaolin**. Calcined kaolin has already lost its chemically bound water and doesn't shrink, so it keeps the chemistry the same while reducing cracking. A common approach is to swap half of the kaolin for calcined kaolin, adjusting for weight (calcined kaolin weighs about 14% less for the same chemistry, so use roughly 0.86 g of calcined per 1 g of raw kaolin replaced).

Try a test tile with each change separately so you can see which one makes the difference."""),
    ]))

# ---------------------------------------------------------------- 014
D.append(dict(
    num=14, label="off_topic", language="en",
    note="Off topic: after three turns on disputing an auto insurance repair estimate, turns 4-5 abandon the claim and switch to a couch-to-5K running plan and running shoes.",
    turns=[
        (H, "Someone rear-ended me at a red light. The police report puts them at fault. Their insurer's adjuster looked at my car and wrote an estimate of $2,340, but my body shop says the real repair is $4,900 because there's hidden damage behind the bumper. What do I do?"),
        (G, """This is very common: the adjuster's first estimate only covers visible damage. Hidden damage behind bumpers (absorbers, reinforcement bars, brackets, sensors) usually shows up once the shop starts disassembly.

**How it normally works**
1. **Let your body shop start the repair** (or at least tear it down) and document the hidden damage with photos and a written list.
2. The shop then submits a **supplement** to the insurer — an additional estimate for damage found after the initial inspection.
3. The insurer may send the adjuster back to re-inspect, or approve from photos.

**What to do now**
- Tell the other driver's insurer in writing (email is fine) that your shop found additional damage and will submit a supplement. Reference your **claim number**.
- Ask your shop whether they deal with supplements regularly — most do, and they know which documentation insurers need.
- Keep copies of the police report, both estimates, photos and all correspondence.

**Your rights**
In most states you can choose your own repair shop. The at-fault insurer owes the **reasonable cost to restore the car to pre-accident condition**, not just its first estimate.

If they refuse to pay the difference, you still have options (see next steps: your own collision coverage, a complaint to the state insurance department, or small claims court)."""),
        (H, "They're also refusing to pay for a rental car beyond 5 days, but the shop says repairs will take 12 days because of parts delays. Can they do that?"),
        (G, """Generally, the at-fault insurer must pay for **loss of use** for the **reasonable** time needed to repair your car, and parts delays caused by the repair process are usually part of that. Five days is often the insurer's opening offer, not a legal limit.

**What to do**
1. Ask your shop for a **written statement** of the repair timeline, including the parts back-order dates.
2. Send it to the adjuster and ask, in writing, for the rental to be extended to cover the actual repair period.
3. Keep the rental **comparable to your car** (same class); insurers can refuse to pay for an upgrade.

**If they still refuse**
- If you have **rental reimbursement** coverage on your own policy, you can use it, and your insurer may recover the cost from the at-fault insurer (subrogation). Your deductible usually doesn't apply to rental coverage, but daily and total limits (e.g. $40/day, $1,200 max) do.
- Keep all rental receipts; you can claim the unpaid days directly from the at-fault driver's insurer later or in small claims court.
- Many states have regulations against unreasonable delays in claims handling; mentioning you'll file a complaint with the **state department of insurance** often moves things along."""),
        (H, "If the insurer won't budge on the repair cost, how does filing a complaint with the state insurance department work?"),
        (G, """It's free and usually straightforward:

1. **Go to your state's department of insurance website** and find "file a complaint" or "consumer services". Most have an online form.
2. **Provide:** your name and contact details, the insurance company's name, the claim number, the policyholder's (at-fault driver's) name, and a short, factual description of the dispute.
3. **Attach documents:** both estimates, the supplement, photos, the police report, and your written correspondence with the adjuster.
4. **State what you want:** e.g. "payment of the supplemental repair estimate of $2,560 and rental coverage for the full 12-day repair period."

**What happens next**
The department forwards the complaint to the insurer, which must respond within a set time (often 15–30 days). The department checks whether the insurer followed the law and its regulations. They can't act as your lawyer or force a specific dollar amount in every case, but insurers take these complaints seriously because they're tracked.

If that doesn't resolve it, **small claims court** against the at-fault driver is the usual next step for amounts like yours; the limit is typically a few thousand dollars to $10,000+ depending on the state."""),
        (H, "Thanks. Unrelated, but since I'm stuck without a car for a couple of weeks I've decided to start running. What's a good beginner plan to get to 5K?"),
        (G, """Great time to start! The classic approach is a **couch-to-5K** style plan: three runs per week, about 30 minutes each, alternating running and walking, over about 8–9 weeks.

**Sample progression**
- **Week 1:** 5-minute brisk walk warm-up, then alternate 60 seconds of jogging and 90 seconds of walking for 20 minutes.
- **Week 2:** 90 seconds jogging / 2 minutes walking, repeated 6 times.
- **Week 3:** 2 × (90 s jog, 90 s walk, 3 min jog, 3 min walk).
- **Week 4:** 3 min jog, 90 s walk, 5 min jog, 2½ min walk, repeated.
- **Week 5:** Run 5 min / walk 3 min three times, then by the end of the week, one continuous 20-minute run.
- **Weeks 6–9:** Gradually extend continuous running to 25 and then 30 minutes.

**Tips**
- Run at a "conversational" pace: you should be able to talk in full sentences.
- Take at least one rest day between runs.
- If a week feels too hard, repeat it. There's no prize for rushing.
- Slight muscle soreness is normal; sharp pain or pain that changes your stride isn't — rest and get it checked."""),
        (H, "What kind of running shoes should I buy?"),
        (G, """The most important thing is **comfort**, not a specific technology.

**How to choose**
- Go to a running specialty store if you can; many let you jog on a treadmill or outside.
- Try several pairs and pick the one that feels best immediately — research suggests comfort is a good predictor of fewer injuries.
- Leave about a thumb's width between your longest toe and the end of the shoe; feet swell when you run.

**Categories**
- **Neutral cushioned shoes** suit most beginners (e.g. Brooks Ghost, ASICS Gel-Nimbus/Cumulus, Hoka Clifton, New Balance 880).
- **Stability shoes** have a firmer medial side for runners whose feet roll inward a lot (e.g. Brooks Adrenaline, ASICS Kayano). Try them if neutral shoes feel unstable.
- Avoid racing flats and carbon-plated shoes as a beginner.

**Budget and lifespan**
Expect $100–$160. Last year's model is often discounted by 30–40% and works just as well. Replace them after about 400–500 miles (650–800 km), or when the cushioning feels flat."""),
    ]))

# ---------------------------------------------------------------- 015
D.append(dict(
    num=15, label="good", language="en",
    note="Good: planning an Annapurna Circuit trek over seven turns (permits, itinerary, altitude, gear, money, insurance, guide); consistent facts, mix of long and short replies.",
    turns=[
        (H, "I'm planning to trek the Annapurna Circuit in October. I'm 34, fit, have done multi-day hikes in the Alps but never above 3,500 m. First question: do I need a guide now? I read the rules changed."),
        (G, """Yes, the rules changed in 2023. Since **1 April 2023**, the Nepal Tourism Board requires foreign trekkers to hire a **licensed guide** (through a registered trekking agency) for treks in Nepal's national parks and conservation areas, and the Annapurna Conservation Area is included. Solo independent trekking there is no longer officially allowed.

In practice:
- You book a guide through a **registered agency** in Kathmandu or Pokhara; the agency arranges the **TIMS card** (Trekkers' Information Management System) and the **ACAP permit** (Annapurna Conservation Area Permit). For foreigners the ACAP is NPR 3,000 and the TIMS card NPR 2,000 (check for updates before you go).
- Enforcement has varied — some trekkers report few checks — but permits are checked at multiple checkpoints, and it's not worth the risk or the insurance complications of ignoring the rule.
- A guide typically costs about **US$25–35 per day** plus tips, with the guide's food and lodging usually included in that rate on teahouse treks. A porter (optional) is roughly $20–25/day and can carry up to ~20–25 kg (often shared between two trekkers).

The Everest (Khumbu) region has a local exemption from this rule, but the Annapurna region does not.

October is peak season: clear skies, stable weather, busy teahouses. Book your guide a few weeks ahead."""),
        (H, "What would a sensible itinerary look like, with acclimatization?"),
        (G, """A classic itinerary of about **14–16 days** from Besisahar, with the crossing of **Thorong La (5,416 m)**:

| Day | Route | Sleeping altitude |
|---|---|---|
| 1 | Kathmandu → Besisahar → jeep to Chame | 2,670 m |
| 2 | Chame → Upper Pisang | 3,300 m |
| 3 | Upper Pisang → Ghyaru → Ngawal (high route) | 3,660 m |
| 4 | Ngawal → Manang | 3,540 m |
| 5 | **Rest day in Manang** (acclimatization hike, e.g. to the Ice Lake ~4,600 m or Praken Gompa ~3,950 m) | 3,540 m |
| 6 | Manang → Yak Kharka | 4,050 m |
| 7 | Yak Kharka → Thorong Phedi | 4,450 m |
| 8 | Thorong Phedi → **Thorong La 5,416 m** → Muktinath | 3,800 m |
| 9 | Muktinath → Jomsom (walk or jeep) | 2,720 m |
| 10 | Jomsom → Pokhara (flight or bus) | — |

Why it works:
- The **high route via Ghyaru and Ngawal** takes you above 3,600 m and back down slightly — "climb high, sleep low".
- The rest day in **Manang** is essential; don't skip it.
- From Manang, sleeping altitude rises about 400–500 m per day, in line with common recommendations (above 3,000 m, increase sleeping altitude by no more than 300–500 m per day, with a rest day every 3–4 days).

If you want more buffer, add a second night in Manang or at Yak Kharka/Ledar, or stay at Thorong High Camp (4,880 m) only if you're acclimatizing well. Add a spare day for flight delays from Jomsom."""),
        (H, "How do I deal with altitude sickness? Should I take Diamox?"),
        (G, """**Know the three conditions**
- **AMS (acute mountain sickness):** headache plus nausea, loss of appetite, fatigue, dizziness or poor sleep. Common above 2,500 m. Mild AMS: stop ascending, rest, hydrate, take paracetamol/ibuprofen. Don't go higher until symptoms are gone.
- **HACE (high-altitude cerebral edema):** confusion, loss of coordination (can't walk heel-to-toe in a straight line), severe drowsiness. **Emergency: descend immediately.**
- **HAPE (high-altitude pulmonary edema):** breathlessness at rest, cough, often pink frothy sputum, marked fatigue. **Emergency: descend immediately.**

The golden rule: **never ascend with symptoms**, and descend if they get worse.

**Diamox (acetazolamide)**
- It speeds acclimatization. Many travel-medicine guidelines suggest **125 mg twice daily** for prevention, starting the day before ascending above ~3,000 m and continuing until you've been at your highest point for 2 days or start descending.
- Common side effects: tingling in fingers and toes, more frequent urination, and carbonated drinks tasting flat.
- It's a sulfonamide, so check allergies. It needs a prescription in many countries — see a travel-medicine clinic and try a dose at home first.
- It's not a substitute for a sensible ascent.

**Other tips:** drink 3–4 liters a day, avoid alcohol and sleeping pills at altitude, and tell your guide about any symptoms honestly."""),
        (H, "What sleeping bag rating do I need for teahouses in October?"),
        (G, """Bring a bag with a **comfort rating around −10°C** (roughly a 0°F extreme rating). Teahouse rooms aren't heated, and at Thorong Phedi and Muktinath nights can drop well below freezing in late October. Teahouses provide blankets too, so a −10°C comfort bag (or a −5°C bag plus a liner) is plenty. You can rent good down bags in Kathmandu or Pokhara for about $1–2 a day."""),
        (H, "How much cash should I bring? Are there ATMs along the way?"),
        (G, """Budget roughly **US$30–40 per day** for food, rooms and hot showers/charging on the trek itself, excluding the guide. Prices rise with altitude: dal bhat might cost NPR 600–700 in the lower villages and NPR 1,000 or more near Thorong La. Rooms are cheap (sometimes free) if you eat where you sleep.

For 10 trekking days, carry around **NPR 40,000–50,000** in cash, plus a reserve for tips (commonly 10–15% of the guide's total fee) and emergencies.

ATMs exist in Besisahar and Jomsom, and there have been machines in Chame and Manang, but they're unreliable and often out of cash or offline. **Withdraw in Kathmandu or Pokhara** before you start, and keep the money split between two places in your bag."""),
        (H, "What should my travel insurance cover specifically?"),
        (G, """Key points to check in the policy wording:

1. **Trekking altitude limit:** it must cover trekking up to at least **5,500 m** (Thorong La is 5,416 m). Many standard policies stop at 3,000 or 4,000 m unless you buy an adventure add-on.
2. **Helicopter evacuation and rescue:** evacuations in Nepal are done by helicopter and cost several thousand dollars. Make sure "search and rescue" and "emergency evacuation" are covered, ideally with a high limit (US$100,000+ for medical expenses and evacuation is common).
3. **Guided trek requirement:** some policies require you to trek with a licensed guide — which matches Nepal's current rule.
4. **Medical treatment and repatriation** to your home country.
5. **Trip cancellation and interruption:** useful if flights to Jomsom or Lukla are delayed by weather.
6. **24-hour assistance line:** carry the number and policy ID, and give a copy to your guide.

Insurers that often cover Himalayan trekking include World Nomads, Global Rescue (evacuation membership rather than insurance), and specialist mountaineering insurers. Read the exclusions carefully, especially for pre-existing conditions."""),
        (H, "Any tips for picking a good guide or agency?"),
        (G, """Yes — a good guide makes a big difference to safety and enjoyment.

**Check credentials**
- The agency should be registered with the **Department of Tourism** and ideally a member of **TAAN** (Trekking Agencies' Association of Nepal).
- Ask for the guide's **trekking guide license** issued by the Nepal Tourism Board.

**Ask specific questions**
1. How many times has the guide done the Annapurna Circuit? (You want someone who has crossed Thorong La many times.)
2. What's included: permits, TIMS, transport to the trailhead, the guide's insurance, wages and meals?
3. What's the plan if someone gets altitude sickness? Do they carry a pulse oximeter and a first-aid kit?
4. What's the English level of the guide? Can you talk to them (video call) before booking?

**Look at reviews**
Recent reviews on Google, TripAdvisor or trekking forums, especially ones mentioning how the guide handled problems.

**Price**
Be wary of deals far below the typical rate: it often means underpaid guides, no insurance for porters, or hidden extras. A fair, all-in agency package for the circuit with a guide is commonly in the range of a few hundred to about a thousand US dollars depending on inclusions.

**Ethics**
Ask whether porters are insured and properly equipped — reputable agencies follow IPPG (International Porter Protection Group) guidelines."""),
    ]))

# ---------------------------------------------------------------- 016
D.append(dict(
    num=16, label="good", language="zh",
    note="Good: a Jiangsu homeowner evaluates rooftop solar (sizing, grid-connection mode, roof safety, maintenance); specific numbers, consistent, appropriately hedged on policy.",
    turns=[
        (H, "我家在江苏苏州郊区，自建房，平屋顶大概 80 平方米，没有遮挡。想装户用光伏，大概能装多大？能发多少电？"),
        (G, """平屋顶、无遮挡，条件很好。粗略估算如下：

**一、能装多大**
- 80 平方米的屋顶，要扣掉女儿墙、检修通道、水箱、楼梯间等，实际可用面积一般在 60% 到 75%，按约 55–60 平方米算。
- 平屋顶需要用支架把组件倾斜安装（苏州地区倾角一般取 20–25 度左右），前后排之间要留间距防止冬季遮挡，所以比斜屋顶"铺满"要少装一些。
- 目前主流组件单块约 550–580 W、面积约 2.6 平方米左右。综合下来，**大约能装 20–24 块，装机容量约 11–13 千瓦**。

**二、能发多少电**
- 苏州所在的苏南地区，光伏年等效利用小时数大约在 **1,000–1,150 小时**。
- 以 12 千瓦计算：12 × 1,100 ≈ **13,000 度/年**，平均每天约 36 度。夏季多、冬季和梅雨季少。
- 组件每年会有轻微衰减（一般首年约 1–2%，之后每年 0.4–0.55% 左右）。

**三、投资大概多少**
户用系统（组件、逆变器、支架、并网设备、安装）近年来价格下降明显，很多地区报价在每瓦 2.5–3.5 元左右，12 千瓦约 **3 万到 4 万元**。具体还要看组件品牌、支架方案和屋顶情况。

下一步建议找 2–3 家有资质的安装商上门勘察，让他们按你的屋顶出具排布图和发电量测算，对比报价。"""),
        (H, "安装商问我选\"全额上网\"还是\"自发自用、余电上网\"，有什么区别？哪个划算？"),
        (G, """两种模式的区别在于电怎么算钱：

**全额上网**
- 光伏发的电全部卖给电网，家里用电仍然按原来的方式从电网买。
- 收入 = 发电量 × 上网电价。江苏的燃煤发电基准价约 **0.391 元/度**，过去户用项目多数按这个价格结算。
- 优点：收益稳定、计算简单，和家里用电多少无关。

**自发自用、余电上网**
- 发的电优先给家里用，多余的再卖给电网。
- 自己用掉的部分，相当于省下了居民电价（江苏居民第一档约 0.53 元/度，峰谷电价下白天的峰时电价更高）；卖给电网的部分按上网电价结算。
- 优点：如果白天家里用电多（空调、热水器、电动车白天充电、家里有人上班在家），每度电价值更高。

**怎么选**
- 粗算：假如每年发 13,000 度，全额上网收入约 13,000 × 0.391 ≈ **5,100 元/年**。
- 如果白天能自己用掉其中 4,000 度，那这部分价值约 4,000 × 0.53 ≈ 2,120 元，其余 9,000 度卖电约 3,520 元，合计约 **5,640 元/年**，比全额上网多一些。
- 所以**白天用电多的家庭选自发自用更划算；白天家里基本没人的，两者差别不大**，全额上网更省心。

需要注意：近年新能源上网电价政策在调整，新并网项目的结算方式可能和以往不同，签约前请向当地供电公司确认最新的并网和结算政策。"""),
        (H, "屋顶是十几年前的现浇楼板，会不会压坏或者漏水？台风天安全吗？"),
        (G, """这三点都很关键，正规安装商应该逐一给你方案。

**一、承重**
- 光伏系统本身重量不大：组件加支架一般每平方米约 **15–25 公斤**。
- 平屋顶如果用**水泥配重块**固定（不打孔），总荷载会增加到每平方米 50–100 公斤左右。
- 现浇钢筋混凝土楼板通常能承受，但十几年的老房子建议让安装商或请结构工程师看一下楼板厚度、有无裂缝和钢筋锈蚀，必要时出具荷载核算。

**二、防水**
- 平屋顶尽量采用**配重式支架**，不在屋面上打孔，对原防水层破坏最小。
- 如果必须打孔（如化学锚栓），要求在孔位做防水处理，并在合同中写明漏水的责任和保修年限。
- 最好在装光伏之前先检查屋面防水层，有老化就先翻修，因为光伏装好后再修防水要拆组件，很麻烦。

**三、台风安全**
- 苏州不在台风正面登陆区，但夏季受台风外围影响时风力也可能达到 8–10 级。
- 要求安装商按当地基本风压做**抗风计算**，说明配重块重量或锚固方式是否满足要求。
- 组件边缘（尤其屋顶四角、边缘区域）受风最大，应增加配重或锚固。
- 台风前检查压块、螺栓是否松动。

合同里建议写明：结构安全评估、防水质保（至少 5 年）、抗风等级和安装质保年限。"""),
        (H, "装好以后需要怎么维护？寿命多长？"),
        (G, """日常维护不多，但有几件事值得做：

**清洁**
- 苏州雨水多，一般雨水能冲掉大部分灰尘。若发现发电量明显下降，或组件上有鸟粪、落叶、明显积灰，可以用**清水和软毛刷**清洗，不要用高压水枪直冲边框接缝，也不要在正午组件很烫时用冷水冲。
- 一年清洗 1–2 次通常就够，注意屋顶作业安全。

**监控**
- 逆变器一般带手机 App，可以看每天的发电量。养成每月看一眼的习惯，和去年同期、和邻居的同规模系统对比，发现异常尽快报修。

**定期检查**
- 每年检查一次：支架和压块有无松动、锈蚀；线缆有无老化、被老鼠咬；配重块有没有移位。
- 台风、暴雨之后额外看一下。

**寿命和质保**
- **组件**：设计寿命一般 25–30 年，常见的功率质保为 25 年或 30 年（到期时保证约 80%–87% 的初始功率，具体看厂家）。
- **逆变器**：寿命通常 10–15 年，质保一般 5–10 年，所以整个系统周期内预计要更换一次逆变器，费用约几千元。
- **支架**：热镀锌或铝合金支架寿命和组件相当。

保存好合同、质保卡、组件序列号和并网资料，以后维修和索赔都要用到。"""),
    ]))
