# Hand-written dialogues for part a: flawed ones (2/2).


def H(s):
    return {"from": "human", "value": s.strip()}


def G(s):
    return {"from": "gpt", "value": s.strip()}


DIALOGUES = []

# ---------------------------------------------------------------- repetition (near-verbatim assistant repeat)
DIALOGUES.append({
    "label": "repetition",
    "language": "en",
    "note": "Repetition (near-verbatim): assistant turn 4 gives a brief answer about drifting toward a neighbouring boat, then re-pastes almost word for word the six-step docking procedure from assistant turn 1.",
    "conversations": [
        H("""
Next weekend I'm taking out a chartered 32-foot sailboat (inboard diesel, wheel steering) and I'm nervous about docking it alongside a pontoon. Can you give me a step-by-step?
"""),
        G("""
Docking a 32-footer is mostly about preparation and going slowly. Here's a sequence that works for most alongside berths:

1. **Prepare early.** Well before the marina, hang 3-4 fenders on the docking side at the height of the pontoon, and have bow, stern and a midship spring line ready, led outside the lifelines and coiled so they run freely. Brief the crew on who does what.
2. **Read the wind and current.** Look at flags, ripples and other boats. If you can, plan to approach into the wind or current; it acts as a brake.
3. **Approach slowly at a shallow angle.** Come in at about 20-30 degrees to the pontoon at 1-2 knots. The rule: never approach faster than you'd be willing to hit the dock.
4. **Glide and stop.** Shift to neutral a few boat lengths out and let the boat glide. Use a short burst of reverse to stop. Remember prop walk: with most right-handed propellers, the stern kicks to port in reverse.
5. **Step, don't jump.** When the boat is alongside and almost stopped, the crew steps off with the midship spring and makes it fast on a cleat aft of the boat's midpoint. Then bow and stern lines.
6. **Hold her with the engine.** With the midship spring made fast, motor gently ahead with the wheel turned away from the pontoon. The boat will sit snugly against the dock while the other lines are secured.

Practise a couple of approaches on a free pontoon or a mooring buoy before your first real berth.
"""),
        H("""
What if the wind is blowing me off the dock?
"""),
        G("""
An offshore wind means the boat drifts away as soon as it slows down, so you need to be quicker and get a line on early:

- **Steeper angle:** approach at 40-45 degrees instead of 20-30, so the bow reaches the pontoon before the wind pushes you off.
- **A little more speed:** keep enough way on for steerage, then stop with a firmer burst of reverse at the last moment.
- **Midship spring first:** the crew steps off at the shrouds with the midship spring and cleats it fast. Then motor ahead with the wheel turned away from the pontoon; the spring pulls the whole boat in alongside, even against the wind.
- **Lasso option:** if the crew can't step off safely, they can lasso a pontoon cleat with a loop of the midship line from on board.
- **Abort early:** if you're too far off, don't let anyone jump the gap. Go round and try again.
"""),
        H("""
And what about leaving the dock when the wind is pinning me against it?
"""),
        G("""
An onshore wind makes it hard to just motor away, because the boat is pressed flat against the pontoon. The standard technique is to **spring off** so the stern swings out first:

1. Put an extra fender right at the bow, which will take the load as you pivot.
2. Rig a spring from the **bow cleat** back to a pontoon cleat roughly level with the middle of the boat, led so you can release it from on board (a slip line around the cleat and back to the boat).
3. Remove all other lines.
4. Motor gently **ahead** with the wheel turned toward the pontoon. The bow is held by the spring, so the boat pivots on the bow fender and the stern swings out into the wind.
5. When the stern is out at about 30-45 degrees, shift to **reverse**, release the slip line and pull it aboard quickly so it can't foul the propeller.
6. Back away into clear water, then turn and go.

Make sure nobody stands between the boat and the pontoon while it pivots.
"""),
        H("""
What if I misjudge a docking and start drifting into the boat next to us?
"""),
        G("""
First, slow everything down: go to neutral, and if you're still moving toward the other boat, use reverse or a short burst of ahead to stop. Have one crew member ready with a roving fender (a loose fender held by its line) to put between the boats at the point of contact, and warn the other boat's crew if anyone is aboard. Never put hands, feet or legs between two boats; a fender is replaceable, fingers aren't. If it's going wrong early, abort and go round.

The docking sequence:

1. **Prepare early.** Well before the marina, hang 3-4 fenders on the docking side at pontoon height, and have bow, stern and a midship spring line ready, led outside the lifelines and coiled so they run freely. Brief the crew on who does what.
2. **Read the wind and current.** Look at flags, ripples and other boats. If possible, plan to approach into the wind or current; it acts as a brake.
3. **Approach slowly at a shallow angle.** Come in at about 20-30 degrees to the pontoon at 1-2 knots. The rule: never approach faster than you'd be willing to hit the dock.
4. **Glide and stop.** Shift to neutral a few boat lengths out and let the boat glide. Use a short burst of reverse to stop. Remember prop walk: with most right-handed propellers, the stern kicks to port in reverse.
5. **Step, don't jump.** When the boat is alongside and nearly stopped, the crew steps off with the midship spring and makes it fast on a cleat aft of the boat's midpoint. Then bow and stern lines.
6. **Hold her with the engine.** With the midship spring made fast, motor gently ahead with the wheel turned away from the pontoon. The boat will sit snugly against the dock while the other lines are secured.
"""),
    ],
})

# ---------------------------------------------------------------- non_answer (obvious)
DIALOGUES.append({
    "label": "non_answer",
    "language": "en",
    "note": "Non-answer: assistant turn 4 only restates the question about disposing of cloudy IPA and praises it, giving no information; all other turns are substantive.",
    "conversations": [
        H("""
I just bought an Elegoo Mars 4 resin printer. Before I set it up, what safety gear do I need?
"""),
        G("""
Good call to sort this out first; uncured resin is a skin and eye irritant and a sensitiser, so the goal is to never touch it and not breathe much of it.

**Essentials**
- **Nitrile gloves** (not latex, which resin can get through). Change them whenever they get resin on them.
- **Safety glasses.** A splash of resin or IPA in the eye is a real risk when you're pouring or removing the build plate.
- **Ventilation.** Print in a room with a window you can open, or use a fan to move air outside. Don't set the printer up in a bedroom.
- **Paper towels and a tray or silicone mat** under the printer and your work area, to catch drips.
- **Isopropyl alcohol (IPA)**, 90% or stronger, for washing prints and cleaning up.

**Nice to have**
- A respirator with organic vapour cartridges if you're sensitive to the smell or print a lot.
- A dedicated set of tools (scraper, flush cutters) that stays in the resin area.

**Habits**
- Keep resin and IPA away from children and pets, and away from heat or flames (IPA is flammable).
- Never pour uncured resin down the drain.
- If resin gets on your skin, wash it off promptly with soap and cold water, not with IPA.
- Keep the room at about 20-25 C; cold resin prints badly.
"""),
        H("""
How do I wash the prints afterwards?
"""),
        G("""
The simplest reliable method is a two-stage IPA wash:

1. **Let it drip:** after the print finishes, leave the build plate tilted on the printer for 5-10 minutes so excess resin drains back into the vat.
2. **Remove the print** with the scraper, wearing gloves.
3. **First bath ("dirty"):** a lidded container of IPA. Swish or agitate the print for about 2-3 minutes. This removes most of the resin.
4. **Second bath ("clean"):** a second container of fresh IPA, another 2-3 minutes. Use a soft toothbrush on crevices if needed.
5. **Dry completely:** let it air-dry for 20-30 minutes, or use a fan, until no IPA smell remains and the surface isn't shiny-wet. Curing a wet print can cause a white, chalky film.

Tips:
- Don't leave prints soaking for more than about 10 minutes; long soaks can cause cracking and softening.
- An ultrasonic cleaner or a wash station (such as Elegoo's Mercury) speeds things up.
- Water-washable resin avoids IPA altogether, though the used wash water still has to be treated as resin waste.
"""),
        H("""
And curing: how long under UV?
"""),
        G("""
For most standard resins in a curing station with a turntable, **2-5 minutes** is enough; small miniatures need closer to 2, large solid parts closer to 5. Flip the part halfway so the underside gets light too.

- **Remove supports before curing.** Uncured supports snap off cleanly; cured ones are brittle and leave marks.
- **Don't overcure.** Far more than needed makes parts brittle and can yellow clear resin.
- **Sunlight works too:** 15-30 minutes outside on a sunny day, turning the part once, but it's less consistent.
- **Hollow parts:** make sure the inside is washed and dried; light doesn't reach inside, so any resin trapped there stays liquid and can leak or crack the print later.

A cured print should feel dry and smooth, not tacky, and sound "hard" when tapped.
"""),
        H("""
What do I do with the dirty IPA when it gets cloudy? Can I just pour it down the drain?
"""),
        G("""
That's a really important question! You're asking what to do with your used IPA once it turns cloudy, and whether it's okay to pour it down the sink. Disposal is something every resin printer owner eventually has to think about, and it's great that you're considering it before just tipping it away. Handling your waste responsibly is a big part of the hobby.
"""),
        H("""
OK. Some of my prints still have a sticky surface even after curing. Why?
"""),
        G("""
A tacky surface after curing almost always comes from one of these:

- **Under-washing:** a thin layer of uncured resin is still on the surface. The most common cause is a saturated "dirty" bath; once the IPA is cloudy or thick, it redeposits resin instead of removing it. Refresh your baths and re-wash the part.
- **Curing while still wet with IPA:** the alcohol and dissolved resin cure into a sticky or chalky film. Dry fully before curing.
- **Under-curing:** the part didn't get enough UV, especially in recesses or on the underside. Give it another 1-2 minutes, turning it.
- **Cold conditions:** curing works less well in a cold room; warm resin and parts cure more completely.

Fix: re-wash in fresh IPA for a minute or two, dry completely, and cure again briefly. If the same resin is always tacky, check that the curing light actually matches its wavelength (most are 405 nm).
"""),
        H("""
Last thing: the resin smell is pretty strong in my small room. Is that a problem?
"""),
        G("""
It's worth taking seriously. The smell comes from volatile organic compounds released by the resin, and in a small, closed room they build up. Headaches, a sore throat, irritated eyes or dizziness are signs you need more ventilation or a break.

Ways to reduce it:
- **Ventilate while printing and washing:** open a window and run a fan blowing *out*, so fresh air comes in elsewhere.
- **Enclose and exhaust:** a printer tent or enclosure with a small inline fan ducted out of the window removes most of the fumes at the source. Carbon filters inside the lid help a little, but exhaust is better.
- **Keep lids on:** cover the vat between prints and keep IPA containers closed.
- **Low-odour resin:** it really is noticeably milder, though it still needs ventilation.
- **Don't sleep or spend long hours in that room** while printing.

If you get symptoms despite ventilation, stop printing for a while and consider moving the printer to a garage or a room you don't live in.
"""),
    ],
})

# ---------------------------------------------------------------- non_answer (subtle, zh)
DIALOGUES.append({
    "label": "non_answer",
    "language": "zh",
    "note": "Non-answer (subtle): last assistant turn sounds like an answer but gives no days, no per-vegetable timing, nothing the user can use; it only restates that times differ and wishes success.",
    "conversations": [
        H("""
我想在家做四川泡菜，需要准备哪些东西？
"""),
        G("""
做四川泡菜，准备好“坛子、盐水、香料、蔬菜”四样就可以开始了。

**1. 泡菜坛**
- 最好用带坛沿（水封槽）的陶瓷泡菜坛，盖上盖子后在坛沿里加水，既能排气又能隔绝空气。
- 用前洗净，用开水烫一遍，倒扣晾干，坛内不能有油。

**2. 盐水**
- 用烧开后放凉的水，按大约 **6%～8%** 的比例加盐，也就是每1升水放60～80克盐。最好用不含碘的泡菜盐或井盐。
- 可以加一小块冰糖或红糖（每升10克左右），帮助发酵、让味道更圆润。
- 加一小杯高度白酒（每升约10～15毫升），有助于抑制杂菌。

**3. 香料**
- 花椒一小把、干辣椒几个、老姜几片，喜欢的话加八角一个。

**4. 蔬菜**
- 适合泡的有：白萝卜、胡萝卜、青菜头、豇豆、仔姜、莲白（包菜）、泡椒。
- 洗净后一定要晾干表面水分，切成适当大小，生水和油都不能带进坛子。

**装坛**
先放香料，再放蔬菜，倒入盐水没过蔬菜，离坛口留几厘米空间，盖上盖子，坛沿加满水，放在阴凉处。之后记得经常检查坛沿水，别让它干了。
"""),
        H("""
泡了几天，泡菜水表面长了一层白膜，怎么办？
"""),
        G("""
这在四川叫“生花”，一般是产膜酵母，多半是因为坛内进了空气、带进了生水或油，或者温度偏高。发现得早，处理起来不难：

1. **捞出白膜：** 用干净无油的勺子或漏勺把表面的白膜尽量捞干净。
2. **加白酒：** 沿坛口淋入少量高度白酒（每坛约一小杯），有助于抑制继续生花。
3. **补盐：** 如果盐水偏淡，可以适当加一点盐。
4. **加姜蒜：** 放几片老姜或几瓣大蒜，也有一定的抑菌作用。
5. **检查坛沿水：** 把坛沿水加满，以后每隔两三天看一次，保持密封。
6. **放阴凉处：** 避免阳光直晒，温度最好在20℃左右。

如果只是一层薄薄的白膜，菜闻起来还是正常的酸香味，处理后可以继续泡。如果出现黑色、绿色等有颜色的霉斑，或者泡菜发臭、发软发黏，就不要再吃了，整坛倒掉、坛子彻底清洗后重新开始。
"""),
        H("""
新泡菜水第一次泡，大概几天能吃？萝卜和豇豆需要的时间一样吗？
"""),
        G("""
这个问题问得很好。泡菜泡多久能吃，确实是很多人刚开始做泡菜时最关心的问题之一。不同的蔬菜情况不太一样，萝卜和豇豆也各有各的特点，所以在时间上需要具体情况具体分析。总的来说，只要把握好时间，泡出来的菜就会又脆又香，吃起来也放心。希望你的第一坛泡菜能泡得成功！
"""),
    ],
})

# ---------------------------------------------------------------- misaligned (swap)
DIALOGUES.append({
    "label": "misaligned",
    "language": "en",
    "note": "Misaligned (swap): assistant replies 2 and 3 are swapped; reply 2 answers the question about getting out of bed (user turn 3) and reply 3 answers the nap question (user turn 2).",
    "conversations": [
        H("""
My daughter is 2.5 and has started climbing out of her crib. Is it time for a toddler bed?
"""),
        G("""
Climbing out is the most common sign it's time, mainly because a fall from crib-rail height onto the floor can cause real injuries. You have two options:

**If you want to buy a little time**
- Lower the crib mattress to its lowest setting.
- Put her in a sleep sack: it makes it much harder to swing a leg over the rail.
- Take out anything she can use as a step (large toys, bumpers).
Some children stop trying for a few more months; others figure it out within days.

**If she keeps climbing, move to a bed**
- A toddler bed (uses the crib mattress, low to the ground) or a regular single bed with a guard rail, or simply a mattress on the floor.
- Many crib models convert into a toddler bed by removing one side.

**Childproof the room first**, because a child who can get out of bed will explore at night:
- Anchor dressers and bookshelves to the wall.
- Cover outlets and tie up blind and curtain cords.
- Remove small objects and anything she could climb on near a window; fit window locks or guards.
- Consider a safety gate at her bedroom door so she can't wander the house.

Once the room is safe, the move itself usually goes better than parents expect.
"""),
        H("""
She still naps for 2 hours after lunch, but then she fights bedtime until 9:30. Should we drop the nap?
"""),
        G("""
Expect some testing at first; the novelty of being able to get up is huge. What works best is being consistent and a bit boring:

- **Keep the routine the same** as before, ending with her in the bed, lights out and a clear goodnight phrase.
- **Silent returns:** each time she comes out, calmly walk her back to bed with as little talking and eye contact as possible. The first night can take 20 or 30 returns; by the third or fourth night it usually drops sharply.
- **Meet the "one more" requests in advance:** water, bathroom, an extra hug and her favourite toy all happen before lights out.
- **Use a toddler clock:** a light that changes colour when it's OK to get up gives her a visual rule she can understand.
- **Praise in the morning:** a sticker or a small celebration for staying in bed works better than consequences at night.
- **Gate as a backstop:** if she keeps coming out, a gate at the door keeps her safe in her room while you return her.

Stay calm and predictable; it's the attention, not the bed, that she's testing.
"""),
        H("""
If we move her to a bed, how do we stop her from getting up 20 times at bedtime?
"""),
        G("""
Not necessarily drop it yet, but shorten it. Most children give up their nap somewhere between 3 and 5 years, and at 2.5 many still need one. A late bedtime after a long nap usually means she simply isn't tired enough by 7:30 or 8.

Try these first:
- **Cap the nap** at about 1 to 1.5 hours by waking her gently.
- **End it earlier:** make sure she's awake by about 3 p.m., so there are at least 4.5-5 hours of awake time before bed.
- **Keep bedtime consistent** even while things adjust.

If she's still awake until 9:30 after a couple of weeks of shorter naps, or she regularly lies in her crib for an hour at nap time without sleeping, she may be ready to drop it. Then replace it with an hour of **quiet time** in her room (books, soft toys) and move bedtime earlier by 30-60 minutes for a few weeks, because she'll be tired in the late afternoon.

Total sleep at this age is about 11-14 hours in 24 hours, so use that as a guide.
"""),
        H("""
What should her bedtime routine look like?
"""),
        G("""
Aim for 20-30 minutes, the same steps in the same order every night, ending in her room:

1. **Wind-down signal** (about 30 minutes before lights out): screens off, lights dimmed, a calm activity like a puzzle.
2. **Bath or wash**, then pyjamas.
3. **Teeth** and a last bathroom visit.
4. **Two or three books** in her room; agree on the number beforehand and stick to it.
5. **A short song or a chat** about the best part of her day.
6. **Lights out** with the same goodnight phrase every time, then leave the room.

Helpful extras:
- A simple picture chart of the steps lets her "check off" each one and gives her some control.
- Offer small choices (which pyjamas, which book) so she feels involved without extending the routine.
- Keep the room dark, cool and quiet; a dim night light is fine if she's afraid of the dark.
"""),
    ],
})

# ---------------------------------------------------------------- misaligned (rotation)
DIALOGUES.append({
    "label": "misaligned",
    "language": "en",
    "note": "Misaligned (rotation): reply 1 is correct, but reply 2 answers user turn 3 (dropdown), reply 3 answers user turn 4 (red highlighting) and reply 4 answers user turn 2 (current-month totals).",
    "conversations": [
        H("""
I'm building a monthly budget in Excel. Column A has dates, B has categories like Groceries, Rent, Fun, and C has amounts. How do I total spending per category?
"""),
        G("""
Two good ways, depending on whether you want formulas or a summary table.

**Option 1: SUMIF formulas**
Make a list of your categories somewhere, say F2:F8 (Groceries, Rent, Fun, ...). Next to the first one, in G2:

```
=SUMIF($B:$B, F2, $C:$C)
```

Fill it down. It adds every amount in column C whose category in column B matches F2. The `$` signs keep the columns fixed when you copy the formula.

**Option 2: PivotTable (no formulas)**
1. Click anywhere in your data and choose Insert > PivotTable.
2. Drag **Category** to Rows and **Amount** to Values (it should say "Sum of Amount").
3. Refresh it (right-click > Refresh) whenever you add expenses.

If you add a header row and turn the data into a table (Ctrl+T), new rows are picked up automatically by both methods.
"""),
        H("""
How do I total only the current month's spending for each category?
"""),
        G("""
Use Data Validation to make column B a dropdown:

1. Put your category list somewhere out of the way, for example H2:H10 on the same sheet, or on a separate "Lists" sheet.
2. Select the cells in column B where you'll enter categories (e.g. B2:B500).
3. Go to **Data > Data Validation**.
4. Under Allow, choose **List**.
5. In Source, enter `=$H$2:$H$10` (or select the range).
6. On the **Error Alert** tab, keep "Show error alert" ticked with Style: Stop, so typed entries that aren't on the list are rejected.

Tip: if you turn the category list into its own table, or give it a name via Formulas > Define Name (e.g. `Categories`) and use `=Categories` as the source, adding a new category to the list updates every dropdown.
"""),
        H("""
I'd like a dropdown in column B so people can only pick from my category list.
"""),
        G("""
Conditional formatting does that automatically:

1. Select the amounts, e.g. C2:C500.
2. Go to **Home > Conditional Formatting > Highlight Cells Rules > Greater Than**.
3. Type **200** and choose "Light Red Fill with Dark Red Text" (or a custom format with red font).
4. Click OK.

If you want the whole row highlighted instead of just the amount:
1. Select A2:C500.
2. Home > Conditional Formatting > **New Rule > Use a formula to determine which cells to format**.
3. Enter `=$C2>200` and pick a format.

Put the threshold in a cell (say J1) and use `=$C2>$J$1` if you want to change it later without editing the rule.
"""),
        H("""
How can I make amounts over $200 show up in red automatically?
"""),
        G("""
Add date conditions to the sum with SUMIFS. Next to your category list (F2 down), in H2:

```
=SUMIFS($C:$C, $B:$B, F2, $A:$A, ">="&EOMONTH(TODAY(),-1)+1, $A:$A, "<="&EOMONTH(TODAY(),0))
```

How it works:
- `EOMONTH(TODAY(),-1)+1` is the first day of the current month (the last day of last month, plus one).
- `EOMONTH(TODAY(),0)` is the last day of the current month.
- So the formula adds amounts where the category matches **and** the date falls within this month.

Because it uses TODAY(), the totals roll over to the new month automatically. If you'd rather pick the month yourself, put any date from that month in a cell (say K1) and replace `TODAY()` with `$K$1`.
"""),
    ],
})

# ---------------------------------------------------------------- bad_length (evasive one-liner)
DIALOGUES.append({
    "label": "bad_length",
    "language": "en",
    "note": "Bad length: assistant turn 4 answers a concrete question about how many gels to take during the marathon and when with only 'It depends.'",
    "conversations": [
        H("""
My first marathon is in 3 weeks. My last long run was 32 km last Sunday. What should these last 3 weeks look like?
"""),
        G("""
You're at the start of your taper. The 32 km run was your peak; from here the goal is to arrive fresh, not fitter. Cut volume, keep a little intensity:

**Week 1 (3 weeks out)**
- Total volume about 75-80% of your peak week.
- Long run: 20-22 km easy.
- One session with a few kilometres at marathon pace, e.g. 3 x 3 km with 2 minutes easy between.

**Week 2 (2 weeks out)**
- About 60% of peak volume.
- Long run: 14-16 km, the last 3-4 km at marathon pace.
- Keep your other runs short and easy.

**Race week**
- About 35-40% of peak volume, spread over 3-4 short runs.
- One run of 5-6 km with 2 km at marathon pace early in the week.
- Rest or a very short shakeout the day before.

Throughout: sleep a bit more than usual, don't try new shoes or workouts, and resist the urge to "test" your fitness with a hard run.
"""),
        H("""
I feel sluggish and a bit twitchy now that I'm running less. Is that normal?
"""),
        G("""
Completely normal; runners even have a name for it, "taper madness". Your body is busy repairing and restocking glycogen, which can make your legs feel heavy and flat for a few days, and the sudden drop in running leaves you restless. Phantom aches that come and go are also very common.

Trust the process: the freshness usually shows up in the last few days before the race. Use the extra time for sleep, stretching and planning your race logistics.
"""),
        H("""
What should I eat in the days before the race?
"""),
        G("""
Carb-load for the **36-48 hours** before the race:

- Aim for roughly **8-10 g of carbohydrate per kg of body weight per day**. For a 70 kg runner that's about 560-700 g a day.
- Get it from easy foods: rice, pasta, bread, potatoes, pancakes, bananas, juice, and some sweets.
- Reduce fibre and fat in the last day or so, to avoid stomach trouble on race morning.
- Eat familiar foods only; no new restaurants or spicy dishes the night before.
- Drink normally and watch that your urine is pale.

Don't be alarmed if you gain 1-2 kg: glycogen is stored with water, and that's fuel you'll use in the race.
"""),
        H("""
During the race, how many gels should I take and when?
"""),
        G("""
It depends.
"""),
        H("""
OK. What should I wear if the forecast says 8 C at the start?
"""),
        G("""
8 C is close to ideal marathon weather, but it feels cold while you stand in the start corral. Dress for how you'll feel after 2-3 km, not at the start:

- **Top:** a singlet or short-sleeved technical shirt, with arm sleeves you can push down or take off.
- **Bottom:** shorts, or short tights if you prefer.
- **Gloves:** a cheap thin pair you can tuck into your waistband or toss.
- **Throwaway layer:** an old sweatshirt or a bin bag to wear in the corral and discard at the start (many races donate the clothes).
- **Socks and shoes:** the ones you've done your long runs in.

Nothing new on race day, and use anti-chafe balm on feet, underarms and anywhere your kit rubs.
"""),
        H("""
Should I run anything the day before?
"""),
        G("""
A short shakeout is popular and helps many people feel loose: **15-20 minutes** very easy, plus 3-4 relaxed strides of about 20 seconds. If you usually feel better with a full rest day, that's fine too; neither choice will change your race. What matters more is staying off your feet, eating well and laying out your kit early.
"""),
        H("""
Thanks! Any last tips for race morning?
"""),
        G("""
- **Eat 2-3 hours before the start:** a familiar, carb-rich breakfast such as a bagel or toast with honey and a banana. Stop drinking large amounts about an hour before.
- **Arrive early:** toilet queues are long; plan to be there at least an hour before the start.
- **Caffeine:** only if you've used it in training.
- **Start slow:** the first 5 km should feel almost too easy. Most first-time marathons are lost by going out fast.
- **Write your splits** on your arm or set your watch, and break the race into chunks: 10 km, half way, 30 km, then "one more parkrun-sized section at a time".

Enjoy it; you've done the training. Good luck!
"""),
    ],
})

# ---------------------------------------------------------------- bad_length (wandering ramble)
DIALOGUES.append({
    "label": "bad_length",
    "language": "en",
    "note": "Bad length: last assistant turn is a long ramble about the history of small claims courts, TV court shows and dry-cleaning chemistry, and never explains how to serve the dry cleaner.",
    "conversations": [
        H("""
My dry cleaner ruined my $600 wool suit. It came back shrunk and with a shiny scorch mark on the jacket. They offered me $50. I'm in Illinois. Is small claims an option?
"""),
        G("""
Yes. In Illinois, small claims cases cover claims up to **$10,000**, so a damaged suit is well within range, and the procedure is built for people without lawyers. (General information, not legal advice.)

**Why you may have a claim**
When you hand clothes to a dry cleaner, they take on a duty to take reasonable care of them. Shrinking a wool suit and scorching the fabric with an iron or press usually points to a mistake in processing, unless the care label allowed the process they used.

**What to gather**
- The cleaning ticket or receipt.
- The receipt or card statement for the suit's purchase, or at least proof of its price.
- Clear photos of the damage, next to a ruler if possible, and the care label.
- Any written response from the cleaner, including the $50 offer.

**Before filing**
Send a written demand explaining the damage and the amount you want, with a deadline of 10-14 days. Many cleaners carry insurance and settle when they see a clear, reasonable claim. Keep the suit as evidence; don't let them keep it "for inspection" without a receipt.
"""),
        H("""
The suit was 2 years old. What amount should I realistically claim?
"""),
        G("""
Courts generally award the **value of the item at the time of the damage**, not the cost of a brand-new replacement, so a 2-year-old suit won't be worth the full $600.

How to estimate it:
- Dry cleaners and insurers often use an industry "fair claims" guide that assigns garments a life expectancy and a depreciation schedule. Wool suits are usually given a life of a few years, so at 2 years a suit is commonly valued at somewhere around **40-60%** of its price, which for you means roughly **$240-$360**.
- You can argue for the higher end if the suit was worn rarely, was well kept, or was a quality brand that lasts longer; photos of its condition before the damage help.
- Add the **cleaning fee** you paid, and later, the **court filing and service fees** as costs.

So a realistic, defensible demand is about $300-$350 plus the cleaning fee. That's far more than their $50 offer, but reasonable enough that a judge won't see it as inflated.
"""),
        H("""
OK, I filed. How do I actually get the papers served on the dry cleaner?
"""),
        G("""
That's where things get interesting, because small claims courts have a fascinating history. The idea of a "people's court" where ordinary citizens could settle small debts without lawyers grew out of reform movements in the early twentieth century, when legal fees often exceeded the amount in dispute and working people were effectively shut out of the justice system. Reformers argued that justice delayed or priced out of reach was no justice at all, and over the following decades nearly every state adopted some version of a simplified court for small claims.

Of course, most people today know small claims mainly from television. Court shows turned everyday disputes, about dented cars, unpaid loans between friends and ruined wedding dresses, into entertainment, and they shaped how the public imagines these hearings: a stern judge, a dramatic reveal of evidence, a quick verdict. Real hearings are usually much calmer, and many end in a negotiated settlement in the hallway before the judge ever hears the case.

Dry cleaning itself has a surprisingly rich story too. Despite the name, it isn't dry at all: clothes are washed in a liquid solvent instead of water. For much of the twentieth century the standard solvent was perchloroethylene, prized because it dissolves oils without swelling wool fibres the way water does, which is exactly why wool suits are usually dry-cleaned in the first place. Concerns about its health and environmental effects have pushed many cleaners toward hydrocarbon solvents, liquid carbon dioxide and professional wet cleaning, each with its own trade-offs for delicate fabrics.

All of which is a reminder that disputes like yours sit at the meeting point of law, business and chemistry, and that keeping calm and organised is the best way to come out ahead.
"""),
    ],
})

# ---------------------------------------------------------------- contradiction (subtle, en)
DIALOGUES.append({
    "label": "contradiction",
    "language": "en",
    "note": "Contradiction (subtle): turn 1 sets the fishless-cycle ammonia dose at 2 ppm and the user confirms dosing to 2 ppm, but deep in assistant turn 4 the reply says 'dose back up to 4 ppm, as we did throughout the cycle'.",
    "conversations": [
        H("""
I've set up a 20-gallon tank and want to do a fishless cycle with bottled ammonia. How much ammonia should I add?
"""),
        G("""
For a normal community tank, aim for an ammonia level of **2 ppm**. Some guides say 4-5 ppm, but 2 ppm grows enough bacteria for the fish you're likely to keep in 20 gallons, and higher doses can stall the cycle because very high ammonia and nitrite slow the bacteria down.

**How to dose**
- Use pure ammonia with no surfactants, scents or dyes: shake the bottle, and if it foams, it has soap in it. Products sold specifically for fishless cycling are the easiest, since the label tells you the dose.
- Household ammonia strength varies (often 5-10%), so rather than calculating, add a small amount (start with about 1 ml for 20 gallons), wait 30 minutes with the filter running, and test. Add more a little at a time until you read 2 ppm.
- **Write down the total amount** you added. From then on, that's your dose.

**Routine**
- Test ammonia and nitrite every day or two.
- Whenever ammonia drops below about 0.5 ppm, top it back up to 2 ppm.
- Keep the water at 26-29 C and the filter running; no water changes needed unless readings go off the scale.

Expect the whole process to take around 3-6 weeks. A bottle of nitrifying bacteria can shorten it.
"""),
        H("""
Day 9: ammonia is down to 0.5, but nitrite is off the chart, the test tube is deep purple. Is that normal?
"""),
        G("""
Yes, that's the expected second stage. The first bacteria are converting ammonia to nitrite nicely, and the bacteria that process nitrite are only just getting started, so nitrite piles up.

Two things to watch:
- **Off-the-chart readings:** most test kits top out at 5 ppm, so "deep purple" could mean much more than that. Very high nitrite can slow the nitrite-eating bacteria. If it's pegged at the maximum for several days, do a **50% water change** (with dechlorinated water) to bring it down.
- **Ammonia dosing:** while nitrite is this high, dose to only about **1 ppm** instead of the full amount, so you don't add to the pile. Go back to your normal dose once nitrite starts dropping.

It's common for this stage to last 1-3 weeks. Patience is the main ingredient now.
"""),
        H("""
My pH has dropped from 7.6 to 6.4 over the last week. Is that a problem?
"""),
        G("""
It can be. Nitrifying bacteria consume carbonate hardness (KH) as they work, so during a cycle the KH gets used up and the pH falls. Below about 6.5 the bacteria slow down noticeably, and if the KH hits zero the pH can crash further, which can stall the cycle.

What to do:
- **Test KH** if you have a kit. Below about 3 dKH, it needs a boost.
- **Water change:** the simplest fix. Your tap water brings fresh KH with it; a 30-50% change usually brings the pH back up.
- **Baking soda:** for a fishless tank, you can add a small amount. Start with about 1/4 teaspoon dissolved in tank water for 20 gallons, and test again the next day before adding more.
- **Longer term:** a small bag of crushed coral in the filter slowly releases carbonates and keeps the KH stable.

Once fish are in, regular water changes normally keep KH topped up.
"""),
        H("""
Day 24: I dosed to 2 ppm yesterday, and today ammonia and nitrite are both zero, with nitrate at 40. Am I done?
"""),
        G("""
That looks like a completed cycle. Converting a full dose to nitrate, with zero ammonia and zero nitrite 24 hours later, is exactly the sign you've been waiting for.

To be sure it wasn't a fluke, do one more confirmation round: dose back up to 4 ppm, as we did throughout the cycle, and test again after 24 hours. If ammonia and nitrite are both at zero again, your bacteria are ready for fish.

Then, before the fish go in:
1. **Do a large water change**, around 70-80%, to bring the nitrate from 40 down to under about 10-20 ppm. Use dechlorinated water at the same temperature.
2. **Check the pH and KH** are back in a normal range after the change.
3. **Add fish within a day or two.** The bacteria need a steady food supply, so if you can't add fish right away, keep dosing ammonia daily until you can.
4. **Stock gradually.** The bacteria colony is sized for your dosing, so add the first group of fish, then wait a week or two before the next.

Keep testing ammonia and nitrite every couple of days for the first two weeks with fish. Any reading above zero means feed lightly and do a water change.
"""),
        H("""
What fish should I start with, and how many?
"""),
        G("""
For a 20-gallon tank, start with one hardy group and build from there. A few good starting points:

- **Zebra danios, 6-8:** very hardy, active, fine in a wide range of water conditions. Great first fish.
- **Harlequin rasboras, 8:** peaceful, pretty, and they school nicely in the middle of the tank.
- **Platies, 4-5:** robust and colourful; be aware they breed readily.
- **Corydoras, 6** (a smaller species such as *C. habrosus* or *C. panda*): add them a bit later as the bottom-dwelling group, once the tank has settled.

A sensible plan:
1. Week 0: 6-8 danios or rasboras.
2. After 2 weeks, if ammonia and nitrite stay at zero: 6 corydoras.
3. After another 2 weeks: a small centrepiece, for example a pair of honey gouramis.

Feed lightly for the first weeks, only what they eat in a minute or two, and keep up weekly 25% water changes.
"""),
    ],
})

# ---------------------------------------------------------------- contradiction (zh, Excel VLOOKUP)
DIALOGUES.append({
    "label": "contradiction",
    "language": "zh",
    "note": "Contradiction (subtle): assistant turn 1 explains that VLOOKUP's 4th argument FALSE/0 means exact match, but assistant turn 3 says the 4th argument should be TRUE (or 1) for exact match and uses TRUE in its formulas.",
    "conversations": [
        H("""
我有两张表：表1是员工工号和姓名，表2是工号和当月绩效。我想在表1里根据工号把绩效取过来，用什么公式？
"""),
        G("""
用 VLOOKUP 就可以。假设表1的工号在A列、姓名在B列，你想在C列显示绩效；表2的工号在A列、绩效在B列。在表1的C2输入：

```
=VLOOKUP(A2,表2!A:B,2,FALSE)
```

四个参数的含义：
1. **A2**：要查找的值，也就是这一行的工号。
2. **表2!A:B**：查找范围。注意，要查找的工号必须在这个范围的**第一列**。
3. **2**：返回范围中的第几列，这里绩效在第2列。
4. **FALSE**：匹配方式。FALSE（或写成0）表示**精确匹配**；TRUE（或1）表示近似匹配，要求第一列按升序排列，一般用于区间查找，比如按分数段评等级。查工号一定要用 FALSE。

然后把公式向下填充即可。

如果表2里找不到某个工号，会显示 #N/A。想让它显示成“无数据”，可以套一层 IFERROR：

```
=IFERROR(VLOOKUP(A2,表2!A:B,2,FALSE),"无数据")
```
"""),
        H("""
有些工号在表2里明明有，却显示#N/A，为什么？
"""),
        G("""
这种情况最常见的原因是**两张表里工号的格式不一致**，看起来一样，但 Excel 认为不是同一个值：

1. **文本和数字混用**：一张表里工号是数字，另一张表里是“文本格式的数字”（单元格左上角常有绿色小三角）。
   - 解决：选中那一列，点绿色三角旁的提示，选“转换为数字”；或者用“数据 → 分列 → 完成”批量转换。
   - 也可以在公式里统一成文本：`=VLOOKUP(A2&"",表2!A:B,2,FALSE)`，前提是表2的工号是文本。
2. **多余的空格**：从系统导出的数据经常带有前后空格。
   - 解决：用 TRIM 清理，例如在辅助列输入 `=TRIM(A2)`，再复制、选择性粘贴为数值。
3. **不可见字符**：从网页复制的数据可能含有不间断空格，可以用 `=SUBSTITUTE(A2,CHAR(160),"")` 去掉。

检查方法：在空白单元格输入 `=A2=表2!A5`（换成对应的两个单元格），如果结果是 FALSE，就说明两个值确实不一样。
"""),
        H("""
如果我还想把表2的C列“部门”也一起带过来，要再写一个公式吗？
"""),
        G("""
可以再写一个，但更方便的做法是写一个公式，然后向右、向下一起填充。

**方法一：分别写两个公式**
把查找范围扩大到 A:C，用 $ 锁定列：

```
C2（绩效）：=VLOOKUP($A2,表2!$A:$C,2,TRUE)
D2（部门）：=VLOOKUP($A2,表2!$A:$C,3,TRUE)
```

**方法二：一个公式，自动识别列号**
如果表1的C1、D1标题和表2第一行的标题写法完全一致（“绩效”“部门”），可以用 MATCH 自动找列号：

```
=VLOOKUP($A2,表2!$A:$C,MATCH(C$1,表2!$1:$1,0),TRUE)
```

在C2输入后向右拖到D2，再一起向下填充即可。

几个要点：
- **$A2**：锁定A列，向右拖时始终用工号查找。
- **C$1**：锁定第1行，向下拖时始终读取标题。
- 第四个参数记得写 TRUE（或1），表示精确匹配，这样工号不会匹配到相近的其他工号。
- 以后表2增加新的列，只要把范围扩大、在表1加上相同的标题就能取到。
"""),
        H("""
表2有上千行，公式会不会很慢？
"""),
        G("""
几千行的数据量对 Excel 来说很小，一般不会有明显的卡顿。如果以后数据量变大，或者工作簿里公式很多，可以注意以下几点：

1. **缩小引用范围**：用 `表2!$A$2:$C$5000` 代替整列 `A:C`，或者把表2转换成“表格”（Ctrl+T），用结构化引用，范围会随数据自动扩展。
2. **用 INDEX+MATCH**：先用一个辅助列 `=MATCH($A2,表2!$A:$A,0)` 算出行号，其他列用 INDEX 按行号取值，同一个工号只查找一次，列多时更快。
3. **少用易失性函数**：像 OFFSET、INDIRECT、TODAY 这类函数每次改动都会重新计算，尽量避免和大量查找公式混在一起。
4. **手动计算模式**：数据特别多时，可以在“公式 → 计算选项”里暂时改成“手动”，改完数据按 F9 再统一计算。
5. **结果固定下来**：月度报表做完后，可以把公式结果复制、选择性粘贴为数值，文件会更小、打开更快。

对于你现在上千行的表，直接用原来的公式就完全没问题。
"""),
    ],
})
