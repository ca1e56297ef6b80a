import json
from collections import Counter

OUT = "/work/heldout4/part-b.jsonl"
items = []

def alt(turns):
    return [{"from": "human" if i % 2 == 0 else "gpt", "value": t} for i, t in enumerate(turns)]

def add(label, lang, note, turns=None, convs=None):
    n = len(items) + 1
    items.append({"id": "h4b-%03d" % n, "label": label, "language": lang, "note": note,
                  "conversations": convs if convs is not None else alt(turns)})

# ---------------------------------------------------------------- GOOD (12)

add("good", "en", "Pandas pivot help over 4 turns; code with legitimate braces; long first answer, short accurate follow-ups.", [
"I have a pandas DataFrame of sales with columns region, rep, month, amount. How do I get total amount per region and month, laid out as a table with the months as columns?",
"""`pivot_table` does exactly this in one call:

```python
pivot = df.pivot_table(
    index="region",
    columns="month",
    values="amount",
    aggfunc="sum",
    fill_value=0,
)
```

What each argument does:

- `index="region"` – one row per region.
- `columns="month"` – one column per distinct month value.
- `aggfunc="sum"` – adds up all rows that fall into the same region/month cell, so several reps in one region are combined automatically.
- `fill_value=0` – if a region had no sales in a month you get 0 instead of `NaN`, which matters if you later sum or chart the table.

An equivalent version with `groupby`, which some people find easier to read:

```python
pivot = (
    df.groupby(["region", "month"])["amount"]
      .sum()
      .unstack(fill_value=0)
)
```

If you also want a total per region, add a column afterwards:

```python
pivot["Total"] = pivot.sum(axis=1)
```

One thing to watch: the column order follows how pandas sorts the `month` values. If they are ISO strings like `"2024-01"`, `"2024-02"`, the order will be correct. If they are month names, they will come out alphabetically, and you will need to tell pandas the real order.""",
"Yes, my months are strings like 'Jan', 'Feb', and they come out alphabetical. How do I fix that?",
"""Make `month` an ordered categorical before pivoting; pandas then sorts by the category order instead of alphabetically:

```python
months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
df["month"] = pd.Categorical(df["month"], categories=months, ordered=True)

pivot = df.pivot_table(index="region", columns="month", values="amount",
                       aggfunc="sum", fill_value=0, observed=False)
```

`observed=False` keeps all twelve months as columns even if some have no data yet; set it to `True` if you only want months that actually appear.""",
"Nice. Can I show the numbers with thousands separators when I print it?",
"""Yes. For a plain `print`, set a display option:

```python
pd.options.display.float_format = "{:,.0f}".format
```

That only affects floats, so if your amounts are integers, use `print(pivot.to_string(formatters={c: "{:,}".format for c in pivot.columns}))`. In Jupyter, `pivot.style.format("{:,.0f}")` gives a nicely rendered table without changing the underlying data.""",
"Last thing: I need to export it to Excel with a totals row at the bottom.",
"""Add the row with `.loc`, then write the file:

```python
pivot.loc["Total"] = pivot.sum()
pivot.to_excel("sales_by_region.xlsx", sheet_name="Summary")
```

`to_excel` needs the `openpyxl` package (`pip install openpyxl`). Note that display options and `.style.format` don't carry over to a plain `to_excel`; if you want the thousands separators in the spreadsheet itself, export the styled object instead: `pivot.style.format("{:,.0f}").to_excel("sales_by_region.xlsx")`, or set the number format in Excel afterwards."""
])

add("good", "en", "Customer-service exchange about a cracked blender jar; consistent order details, return window and shipping times; short and long replies.", [
"Hi, my blender arrived yesterday with a cracked jar. Order #58213-K. What can you do?",
"""I'm really sorry it arrived like that – thanks for letting us know right away. I've pulled up order #58213-K (the Vortex Pro 1200 in slate grey, delivered yesterday).

Since the damage happened in transit, you won't be charged for anything. You can choose one of these:

1. **Replacement jar only** – we ship a new 64 oz jar and lid free of charge, usually arriving in 3–5 business days. Good if the base is clearly fine.
2. **Full replacement unit** – a brand-new blender is sent out, and you return the damaged one with a prepaid label.
3. **Full refund** – $149.99 back to your original payment method once the return is scanned by the carrier.

Whichever you pick, I'll need two photos: one of the crack and one of the shipping label on the outside of the box. That's just for our claim with the carrier – it won't slow down your replacement.""",
"I'd rather have a whole new unit, the base might have taken a hit too. I can send photos today.",
"""That makes sense – if the jar cracked, the base could have been knocked as well, so a full unit is the safer option.

Here's how it'll go:

1. Upload the two photos either by replying right here in this chat, or through **My Orders > #58213-K > Report a problem**.
2. As soon as I see them, I'll create the replacement order and send you a confirmation email.
3. A prepaid return label will arrive in a separate email within 24 hours.
4. Please keep using or storing the damaged unit until the new one arrives – you have 30 days from the replacement's delivery to send the old one back. You don't need the original box; any sturdy box works.""",
"How long will the replacement take to get here?",
"Standard shipping is 3–5 business days, and it leaves our warehouse within one business day. Because this was our mistake, I can upgrade you to expedited shipping at no charge, which brings it to 2 business days.",
"Expedited please. I just uploaded the photos.",
"""Got them, thank you – the crack is very clear in the first photo.

Your replacement is set up:

- **Replacement order:** #58213-R
- **Item:** Vortex Pro 1200, slate grey
- **Shipping:** expedited, 2 business days, no charge
- **Tracking:** you'll get an email with the tracking number by tomorrow evening

The prepaid return label for the damaged unit will be in your inbox within 24 hours, and you have 30 days after the new blender arrives to drop the old one at any UPS location. Is there anything else I can help you with today?"""
])

add("good", "en", "Role-play mock interview for a junior data analyst role: assistant stays in character one question at a time, then gives specific feedback when asked.", [
"Can you run a mock interview with me? Junior data analyst at a mid-size retailer. Ask one question at a time, and give me feedback only at the end.",
"""Sure. I'll play Dana Reyes, analytics manager at the retailer. I'll ask one question at a time and save all feedback for when you ask me to step out of character.

---

*Dana:* Thanks for coming in today. Let's start with your experience. Tell me about a project where you used data to answer a business question – what was the question, what did you do, and what changed as a result?""",
"In my capstone I worked with a year of bike-share data for a city. The question was why some stations were always empty at rush hour. I cleaned the trip data in Python, joined it with weather, and found that three hilltop stations emptied every morning because people rode downhill and took transit back. I recommended moving bikes back up at 6am, and in a simulation that cut empty-station time by about 18%.",
"""*Dana:* That's a nice, concrete example – thank you.

Next question. Say our weekly sales report shows online revenue down 12% compared to the previous week. Nobody knows why yet. Walk me through how you'd investigate.""",
"First I'd check the data itself – did tracking break, did the pipeline load all seven days. If the data is fine, I'd break revenue down by channel, device, category and new versus returning customers to see where the drop is. Then I'd compare with the same week last year and check whether a promotion ended or a price changed.",
"""*Dana:* Good, starting with data quality saves a lot of embarrassment.

One technical question. We have an `orders` table with `customer_id`, `order_id` and `order_date`. How would you write SQL to get each customer's most recent order?""",
"I'd use ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY order_date DESC) in a subquery or CTE, and then keep only the rows where the row number is 1.",
"*Dana:* That's the approach I'd use too. We're nearly out of time – do you have any questions for me?",
"I'd ask what the biggest data-quality problem on the team is right now. OK, can you step out of character and give me feedback?",
"""Out of character now. Overall this was a solid interview for a junior role – clear, structured and honest. Specifics:

**Project question – strong.** You stated the question, the method and a result with a number. Two upgrades:
- Say what the 18% was measured against, and acknowledge it was a simulation. Interviewers like candidates who know the limits of their own results.
- Mention who you'd have presented it to. Retail teams care a lot about communicating with non-analysts.

**Revenue drop – good structure, add prioritisation.** Checking data first was exactly right. To stand out, say which cut you'd look at first and why (e.g., "device, because a broken checkout on mobile is the most common cause of a sudden one-week drop"), and that you'd loop in marketing and the web team early.

**SQL – correct.** One refinement: if a customer can have two orders on the same date, `ROW_NUMBER` picks one arbitrarily. Adding a tiebreaker, `ORDER BY order_date DESC, order_id DESC`, shows attention to detail. You could also mention `QUALIFY` if they use Snowflake or BigQuery.

**Your question – excellent.** Asking about data-quality problems signals that you know what the job really involves.

If I were scoring, I'd put you at about 7.5/10, and the gap to 9 is mostly about adding one sentence of context or trade-off to each answer."""
])

add("good", "en", "Sourdough starter troubleshooting over 3 turns; accurate, specific first answer and short follow-ups.", [
"My sourdough starter is on day 6. It was super bubbly on days 2 and 3, now it barely does anything and it smells like nail polish remover. Did I kill it?",
"""Almost certainly not – what you're describing is the most common stage a new starter goes through.

**Why it was bubbly early on:** on days 2–3, the activity usually comes from bacteria such as *Leuconostoc* that thrive in fresh flour. They produce lots of gas but aren't the yeast and lactic acid bacteria you want long-term. As the mixture gets more acidic, those early bacteria die off, and the starter goes quiet for a few days before the "real" culture takes over. Many people throw their starter away right at this point.

**Why it smells like nail polish:** that acetone smell means the culture is hungry. It's a normal sign of underfeeding, not spoilage.

What to do now:

1. **Feed twice a day**, about every 12 hours. A simple ratio is 1:1:1 by weight – for example 50 g starter, 50 g flour, 50 g water – and discard the rest.
2. **Use some whole grain.** Swapping 20–30% of the flour for whole wheat or rye gives the yeast more nutrients.
3. **Keep it warm**, ideally 24–26 °C (75–78 °F). An oven with only the light on or the top of the fridge often works.
4. **Be patient.** Most starters become reliable somewhere between day 10 and day 14.

Signs of actual trouble would be pink or orange streaks or fuzzy mould on top; in that case start over. Grey liquid ("hooch") on top is just alcohol – stir it in or pour it off.""",
"Is tap water OK? Ours is chlorinated.",
"Usually yes – most starters cope fine with normal tap water. If yours stays sluggish, leaving the water out overnight lets chlorine evaporate, but if your utility uses chloramine that won't work, so switching to filtered or bottled water is the easier test.",
"How will I know it's actually ready to bake with?",
"""Look for consistency rather than one good day. It's ready when, for about three days in a row, it reliably doubles in volume within 4–8 hours of a feed at room temperature, has a domed or just-starting-to-fall top, and smells pleasantly tangy, like yogurt, rather than sharp.

The float test (dropping a spoonful in water) is popular but unreliable, especially with whole-grain flour, so trust the rise instead. For your first loaf, use the starter at or just after its peak."""
])

add("good", "en", "US home-office deduction: correct rules and worked numbers (simplified vs regular method), consistent across 4 turns.", [
"I'm a freelance graphic designer in the US and I work from a spare bedroom. Can I deduct it, and how does that work?",
"""Yes, as a self-employed person you can usually deduct a home office, as long as the space meets two tests:

1. **Regular and exclusive use** – the area is used only for your business, on a regular basis. A spare bedroom used solely as a studio qualifies; a dining table you work at doesn't.
2. **Principal place of business** – it's where you do most of your work or handle your administrative tasks. For a freelance designer working from home, that's normally true.

There are two ways to calculate the deduction:

- **Simplified method:** $5 per square foot of office space, up to 300 sq ft, so a maximum of $1,500 a year. No tracking of home expenses needed.
- **Regular method:** you work out the office's share of the home (office sq ft ÷ total sq ft) and deduct that percentage of your actual expenses – rent or mortgage interest, utilities, insurance, repairs, and depreciation if you own. This is calculated on Form 8829.

Either way, the result goes on Schedule C, line 30. The deduction can't create a loss from your business; if it exceeds your business income, the excess (under the regular method) carries over to the next year.

One caveat: this applies because you're self-employed. W-2 employees working from home can't take this deduction on their federal return for tax years 2018 through 2025.""",
"The room is 12 by 14 feet and the house is 1,800 sq ft. Rent is $2,100 a month, utilities about $250 a month, renter's insurance $20 a month. Which method is better for me?",
"""Let's run both.

**Office size:** 12 × 14 = 168 sq ft.

**Simplified method:** 168 × $5 = **$840**.

**Regular method:**
- Business share: 168 ÷ 1,800 = 9.33%
- Annual expenses: rent $25,200 + utilities $3,000 + insurance $240 = $28,440
- Deduction: $28,440 × 9.33% ≈ **$2,654**

So the regular method gives you roughly $1,814 more in deductions. At a combined federal income and self-employment tax rate of around 30%, that's worth about $540 in actual tax saved.

Because you rent, there's no depreciation involved, which also means none of the depreciation-recapture complications homeowners face when they sell. The extra work is mainly filling in Form 8829 and keeping the paperwork.""",
"Do I need to keep receipts for all of that?",
"Yes. Keep your lease, proof of rent payments (bank statements are fine), the utility bills and the insurance declaration page. It's also smart to keep a simple floor plan with the room's measurements and a couple of photos showing it set up as an office. Hold on to everything for at least three years after you file.",
"Sometimes my partner's parents sleep in that room when they visit, maybe a few nights a year. Is that a problem?",
"""Strictly speaking, yes. The exclusive-use rule has no minimum threshold – if the room is also used as a guest room, even occasionally, the room as a whole doesn't qualify. The only exceptions in the rules are for licensed daycare providers and for storing inventory, neither of which applies here.

You have a couple of honest options:

1. **Stop using it as a guest room** – e.g., put guests on a sofa bed in the living room. Then the full 168 sq ft qualifies.
2. **Claim only a dedicated part of the room.** The space doesn't need a wall around it, just a clearly defined area used only for work. If your desk, shelves and equipment occupy an 8 × 10 ft area and the guest bed sits elsewhere, you could claim 80 sq ft:
   - Simplified: 80 × $5 = $400
   - Regular: 80 ÷ 1,800 = 4.44% × $28,440 ≈ $1,264

Home-office claims are a classic audit question, and "it's also the guest room" is an easy one for an examiner to catch. If you're unsure, a one-off session with a CPA or enrolled agent is inexpensive compared to the deduction."""
])

add("good", "en", "Emotional support after the death of a dog; warm, appropriately short replies, each responding to the user's new message.", [
"My dog died yesterday. She was 14. I keep expecting to hear her nails on the kitchen floor.",
"I'm so sorry. Fourteen years is most of a lifetime of mornings, walks and evenings together, so of course the house feels wrong without her. That moment of listening for her nails on the floor is something a lot of people describe after losing a dog – your mind is still running the routine you shared with her every day. It doesn't mean anything is wrong with you. It means she was part of the rhythm of your home. Would you like to tell me about her?",
"Her name was Biscuit. Is it stupid that I'm this wrecked over a dog? My coworker said \"it's just a pet.\"",
"It isn't stupid at all. Studies of pet loss consistently find that grief over a dog can be as intense as grief over a person, and it makes sense: Biscuit was with you every single day for 14 years, she depended on you, and she was there through whatever else was happening in your life. Your coworker probably meant well, or just doesn't know what to say, but the size of your grief reflects the size of the bond – not an overreaction.",
"I can't bring myself to put her bowl and bed away.",
"Then don't, for now. There's no deadline for that. Some people put things away after a few days because seeing them hurts; others leave them out for weeks because putting them away feels like losing her again. Both are fine. When you feel ready, you might keep one thing – her collar, or a favourite toy – somewhere you'll see it, and put the rest away or donate it to a shelter in her name.",
"Thank you. I think I'll write down some memories of her tonight.",
"That sounds like a lovely idea. If it helps to get started: the day you brought her home, her silliest habit, the place she loved most, and what a normal morning with her looked like. Be gentle with yourself tonight – and if you want to share any of it, I'm here."
])

add("good", "en", "Car repair: squealing brakes on a 2016 Civic, diagnosis through DIY pad replacement and bed-in; 5 turns, mix of long and short answers.", [
"My brakes squeal when I stop gently, but the noise goes away when I press harder. 2016 Honda Civic, about 62,000 miles. What's going on?",
"""That pattern – squeal under light braking that disappears with firmer pressure – very often points to the **pad wear indicators**. Most pads, including the originals on your Civic, have a small metal tab that starts touching the rotor when the friction material gets thin, deliberately making a high-pitched noise. At 62,000 miles, the front pads are due for a check anyway.

Other possibilities:

- **Glazed pads** from hard braking or dragging, which can squeal at low pressure.
- **Brake dust or debris** between pad and rotor.
- **Light surface rust** after rain or overnight – if the noise only happens on the first few stops of the day and then goes away, that's harmless.

How to check the pads yourself:

1. Park on level ground and turn the front wheels fully to one side.
2. Look through the wheel spokes at the caliper. You'll see the outer pad pressed against the rotor.
3. Estimate the thickness of the friction material (not counting the metal backing plate). New pads are around 10–12 mm. Below 3 mm, they should be replaced.

If you can't see clearly, most shops will measure them for free during a tire rotation.""",
"I looked through the wheel and the outer pad on the front right looks like maybe 2–3 mm.",
"""Then it's time to replace the front pads soon – that's right where the wear indicator kicks in. Always replace them as a set on both front wheels, even if one side looks slightly better.

Rough costs:

- **DIY pads only:** about $40–80 for a decent ceramic set.
- **Shop, pads only:** roughly $150–300 for the front axle.
- **Shop, pads and rotors:** roughly $300–500.

Whether you need rotors depends on their condition: deep grooves, a noticeable lip at the outer edge, or pulsation in the pedal are reasons to replace them. The minimum thickness is stamped on the rotor itself, so a shop (or you, with a caliper gauge) can measure it. Don't wait too long – once the backing plate reaches the rotor, a pads-only job becomes a pads-and-rotors job.""",
"I want to try it myself. What tools do I need?",
"""For front pads on a 2016 Civic:

- Floor jack and **two jack stands** (never work under a car on the jack alone)
- Lug wrench or breaker bar with a 19 mm socket for the lug nuts
- 12 mm socket for the caliper slide-pin bolts
- 17 mm socket, only if you remove the caliper bracket (needed for rotor replacement)
- C-clamp or brake piston compressor to push the piston back
- Brake cleaner, a wire brush, and high-temperature brake grease for the slide pins and pad contact points
- Torque wrench – lug nuts go to 80 lb-ft (108 N·m)
- Gloves and eye protection

Budget about 1.5–2 hours for your first time, doing one side at a time so you can look at the other side as a reference.""",
"Do I need to bleed the brakes afterwards?",
"No. For a pads-only job you don't open the hydraulic system, so no bleeding is needed. Just check the fluid level in the reservoir after pushing the pistons back, and pump the brake pedal several times before you drive – the first press will go almost to the floor until the pistons move back out.",
"How do I bed in the new pads?",
"""Bedding in transfers an even layer of pad material onto the rotor, which gives smoother, quieter braking. A typical procedure:

1. Find a quiet, safe road.
2. Do 8–10 moderate stops from about 35 mph down to 5 mph, without coming to a full stop. Accelerate back up right away.
3. Then do 2–3 firmer stops from about 45 mph down to 5 mph.
4. Drive for 5–10 minutes with as little braking as possible to let everything cool.
5. Avoid sitting at a full stop with your foot hard on the brake right after the firm stops, since that can imprint pad material on the hot rotor.

Some pad makers print their own procedure on the box; if it differs, follow theirs."""
])

add("good", "en", "History essay help on the Peace of Westphalia with real citations in brackets/Chicago style; accurate and consistent across 4 turns.", [
"I'm writing an undergrad essay on the Peace of Westphalia. What did it actually settle? Short overview, with sources I can check.",
"""The Peace of Westphalia is the set of treaties concluded in 1648 in the Westphalian cities of Osnabrück and Münster. It ended the Thirty Years' War (1618–1648) in the Holy Roman Empire and, through the separate Peace of Münster of January 1648, the Eighty Years' War between Spain and the Dutch Republic.

Main provisions:

- **Religion:** the Peace of Augsburg (1555) was confirmed and extended to Calvinists. Church property and the right to practise were fixed according to the situation on 1 January 1624, the so-called "normative year".
- **Constitution of the Empire:** the imperial estates (princes and cities) had their rights confirmed, including the right to conclude alliances with foreign powers, provided they were not directed against the Emperor or the Empire.
- **Territory:** France had its possession of Metz, Toul and Verdun confirmed and gained rights in Alsace; Sweden gained Western Pomerania, Bremen and Verden, plus a war indemnity of 5 million thalers.
- **Independence:** the Dutch Republic's independence from Spain was recognised, and the Swiss Confederation was effectively exempted from imperial jurisdiction.

Good starting sources:

- Peter H. Wilson, *Europe's Tragedy: A History of the Thirty Years War* (2009) – the standard modern narrative.
- Derek Croxton, *Westphalia: The Last Christian Peace* (2013) – detailed on the negotiations.
- Andreas Osiander, "Sovereignty, International Relations, and the Westphalian Myth," *International Organization* 55, no. 2 (2001): 251–287.""",
"My professor said \"Westphalian sovereignty\" is a myth. What does that mean?",
"""The "myth" is the popular claim, common in international-relations textbooks, that 1648 created the modern system of sovereign, equal, non-interfering states. Historians such as Osiander (2001) and political scientists such as Stephen Krasner (*Sovereignty: Organized Hypocrisy*, 1999) argue that this reading doesn't match the treaties.

Their main points:

1. The treaties didn't dissolve the Holy Roman Empire; they regulated and partly strengthened its constitution. The princes gained rights *within* the Empire, not full sovereignty.
2. France and Sweden became guarantors of the settlement, which gave them a legal basis to intervene in imperial affairs – the opposite of non-interference.
3. The religious clauses regulated the internal affairs of territories in great detail.
4. The idea of "Westphalian sovereignty" as a founding moment was largely constructed by 19th- and 20th-century scholars looking for an origin story for the state system.

For your essay, a good move is to present the textbook view and then use Osiander or Croxton to complicate it.""",
"How do I cite Osiander in Chicago author-date?",
"""Reference list entry:

Osiander, Andreas. 2001. "Sovereignty, International Relations, and the Westphalian Myth." *International Organization* 55 (2): 251–87.

In-text citation, with a page number when you quote or paraphrase a specific passage: (Osiander 2001, 260). Without a specific page: (Osiander 2001).""",
"If I want to quote the treaty text itself, what should I use?",
"""The two main treaties are the *Instrumentum Pacis Osnabrugense* (IPO, Empire and Sweden) and the *Instrumentum Pacis Monasteriense* (IPM, Empire and France). They're conventionally cited by treaty, article and paragraph, for example "IPO Art. V §2".

For the original Latin, the scholarly edition is the *Acta Pacis Westphalicae*, and the Latin texts are also available online. For an English translation, the Avalon Project at Yale Law School hosts the Treaty of Münster between the Emperor and France. Check with your professor whether a translation is acceptable, and name the translation you use in your bibliography."""
])

add("good", "en", "Tomato blossom-end rot: correct diagnosis and advice, short answer to the safety question, container-specific follow-up.", [
"My tomatoes have black, leathery patches on the bottom of the fruit. The plants themselves look healthy. What is it?",
"""That's **blossom-end rot**, a very common problem, especially on the first fruits of the season. It isn't a disease; it's a physiological disorder caused by the developing fruit not getting enough calcium.

In most gardens the soil actually contains enough calcium. The problem is delivery: calcium moves with water, so **irregular watering** – a dry spell followed by a soaking – interrupts its supply to the fast-growing fruit.

What helps:

1. **Water deeply and consistently**, about 1–1.5 inches (2.5–4 cm) per week, more in hot weather. Deep, regular watering beats frequent sprinkles.
2. **Mulch** 2–3 inches of straw, shredded leaves or grass clippings around the plants to keep soil moisture even.
3. **Go easy on nitrogen.** High-nitrogen fertiliser pushes leafy growth that competes with the fruit for calcium.
4. **Remove affected fruit** so the plant puts its energy into new, healthy ones.
5. **Skip the quick fixes.** Eggshells break down far too slowly to help this season, and calcium sprays on leaves do little, since calcium barely moves from leaves into fruit.

If the problem continues, a soil test will show whether calcium is actually low or the pH is off; tomatoes do best around pH 6.2–6.8. Often the problem fades on its own once the weather and watering settle down.""",
"Are the affected tomatoes safe to eat?",
"Yes. Blossom-end rot isn't caused by a pathogen, so you can cut off the dark part and eat the rest. Only throw the fruit out if the damaged area has gone mouldy or soft and smelly, which can happen when other organisms move in later.",
"I grow them in 5-gallon buckets on a balcony. Does that change anything?",
"""It makes consistent watering even more important, because a 5-gallon bucket dries out much faster than garden soil, especially on a sunny balcony.

- **Check daily.** Push a finger 1–2 inches into the mix; if it's dry at that depth, water until it runs from the drainage holes. In a heatwave, that can mean twice a day.
- **Size:** 5 gallons is about the minimum for a determinate or patio variety. Large indeterminate varieties are happier in 10 gallons or more, which also buffers moisture swings.
- **Use potting mix**, not garden soil, and make sure the bucket has several drainage holes.
- **Consider self-watering containers or a simple drip kit with a timer** – they are the most effective fix for blossom-end rot in pots.
- **Mulch the surface** of the bucket too; even an inch helps."""
])

add("good", "ja", "京都の紅葉旅行の計画（2泊3日）。混雑回避、初日・2日目・最終日の具体的なプランを一貫して提案。", [
"11月下旬に京都へ2泊3日で行きます。紅葉を見たいのですが、混雑を避けるコツはありますか？",
"""11月下旬は京都の紅葉の見頃と重なるため、一年で最も混む時期の一つです。それでも工夫次第でかなり快適に回れます。

**時間帯をずらす**
- 人気スポットは開門直後が狙い目です。多くの寺院は8時半〜9時に開きます。
- 10時〜15時は団体客が集中するので、この時間は比較的空いている場所や移動に充てるのがおすすめです。
- 夜間ライトアップは、開始直後よりも終了1時間前のほうが落ち着いていることが多いです。

**比較的空いている紅葉スポット**
- 毘沙門堂（山科）：参道の散り紅葉が有名ですが、中心部より人が少なめです。
- 光明院（東福寺の塔頭）：苔と紅葉の庭が美しく、本山の東福寺よりずっと静かです。
- 圓光寺（一乗寺）：紅葉期は事前予約制のことが多く、その分落ち着いて見られます。

**移動手段**
- 市バスは紅葉シーズンに大変混雑し、渋滞で遅れます。地下鉄・京阪・JR・嵐電と徒歩を組み合わせると時間が読みやすくなります。

**その他**
- 平日に人気スポットを入れ、週末は郊外や穴場に回すと効果的です。
- 拝観時間やライトアップの日程は年によって変わるので、出発前に各寺院の公式サイトで確認してください。""",
"1日目は午後に京都駅に着きます。初日のおすすめプランはありますか？",
"""午後着なら、移動が少なく夕方以降も楽しめる東山エリアがおすすめです。

- **14:00頃** 京都駅着。ホテルに荷物を預ける（またはコインロッカー）。
- **14:30** 地下鉄烏丸線→東西線で蹴上駅へ（約20分）。
- **15:00** 南禅寺。三門からの眺めと、レンガ造りの水路閣を見学。境内は拝観無料の場所も多く、気軽に歩けます。
- **16:00** 哲学の道を少し北へ散歩、または南禅寺周辺で休憩。湯豆腐の老舗もこのあたりに集まっています。
- **17:30〜** 永観堂の夜間ライトアップ。「もみじの永観堂」と呼ばれるほどの名所で、例年11月上旬〜12月上旬の夕方から20時半頃まで行われます。

南禅寺と永観堂は徒歩10分ほどなので、初日でも無理なく回れます。""",
"2日目は嵐山に行きたいのですが、どのくらい混みますか？",
"""紅葉シーズンの嵐山は、京都でも特に混むエリアです。昼の渡月橋周辺は歩道が人でいっぱいになり、竹林の小径も日中はなかなか進めないほどです。

対策としては：

1. **8時前に竹林の小径へ。** JR嵯峨嵐山駅から徒歩約10分。早朝はまだ人が少なく、写真も撮りやすいです。
2. **9時に常寂光寺。** 開門と同時に入ると、山の斜面の紅葉を落ち着いて楽しめます。
3. **宝厳院や祇王寺** など、小さめの寺院を組み合わせる。
4. **昼前に中心部へ戻る** か、渡月橋は川沿いから遠目に眺める程度にする。

嵯峨野トロッコ列車に乗りたい場合は、紅葉期は早々に売り切れるので、事前に指定席を予約しておくと安心です。""",
"ありがとうございます。最終日は午前中だけ時間があります。",
"それなら東福寺がぴったりです。京都駅からJR奈良線または京阪で一駅、駅から徒歩10分ほどなので、帰りの移動も楽です。紅葉期は開門時間に合わせて到着し、まず通天橋から渓谷を埋める紅葉を眺めてください。時間が余れば、初日に紹介した塔頭の光明院にも立ち寄れます。お昼前には京都駅に戻れますよ。"
])

add("good", "es", "Fondo de emergencia en España: cifras coherentes (3-6 meses de 1.450 €), letras del Tesoro, fiscalidad del ahorro y plan concreto.", [
"Tengo 28 años, gano 1.900 € netos al mes en Madrid y gasto unos 1.450 €. ¿Cuánto debería tener en un fondo de emergencia y dónde lo guardo?",
"""La referencia habitual es cubrir entre **3 y 6 meses de gastos**. Con tus 1.450 € mensuales, eso significa entre **4.350 € y 8.700 €**.

Dónde situarte dentro de ese rango depende de tu estabilidad:

- **Contrato indefinido, sin personas a tu cargo y sin hipoteca:** 3–4 meses suele bastar (4.350–5.800 €).
- **Contrato temporal, autónomo o con ingresos variables:** mejor acercarse a 6 meses o más.

Dónde guardarlo: el fondo debe ser **seguro y disponible en pocos días**, no rentable a toda costa.

1. **Cuenta remunerada:** liquidez inmediata. Compara la TAE y fíjate en si la remuneración tiene límite de saldo o es solo promocional.
2. **Depósito a plazo corto:** algo más de rentabilidad, pero penalizan o no permiten la cancelación anticipada.
3. **Letras del Tesoro:** deuda pública a 3, 6, 9 o 12 meses. Muy seguras, aunque menos líquidas.
4. **Fondos monetarios:** rescatables en 1–2 días, pero sin la garantía del FGD.

Los depósitos en bancos españoles están cubiertos por el Fondo de Garantía de Depósitos hasta **100.000 € por titular y entidad**.

Si ahorras la diferencia completa, unos 450 € al mes, tendrías 4.350 € en menos de 10 meses.""",
"¿Las letras del Tesoro no son complicadas de comprar?",
"""Menos de lo que parece. Tienes dos vías:

- **Directamente en el Tesoro Público:** abres una cuenta directa en el Banco de España a través de la web del Tesoro (tesoro.es), identificándote con certificado digital o Cl@ve. No hay comisiones. Te apuntas a la subasta que quieras, y el importe se carga en tu cuenta bancaria.
- **A través de tu banco o bróker:** más cómodo si ya tienes cuenta de valores, pero revisa las comisiones, que pueden comerse buena parte del rendimiento.

El importe mínimo es de 1.000 € y las subastas son mensuales. Ten en cuenta que, si necesitas el dinero antes del vencimiento, no puedes pedir el reembolso al Tesoro: tendrías que venderlas en el mercado secundario a través de un banco. Por eso conviene no poner todo el fondo en letras.""",
"¿Y tributan?",
"Sí. Los intereses de cuentas, depósitos y letras son rendimientos del capital mobiliario y tributan en la base del ahorro del IRPF: 19 % hasta 6.000 €, 21 % de 6.000 a 50.000 €, y tipos más altos por encima. En las letras no se aplica retención al cobrarlas, pero tienes que declarar la ganancia en la renta.",
"Vale. Entonces, ¿qué plan concreto me recomiendas?",
"""Con tus cifras, un plan sencillo sería:

1. **Objetivo:** 4.350 € (3 meses de gastos), ampliable más adelante hasta unos 5.800 € si quieres más margen.
2. **Ahora:** abre una cuenta remunerada separada de tu cuenta del día a día, para no tocar el dinero sin darte cuenta.
3. **Cada mes:** programa una transferencia automática de 450 € el día que cobras.
4. **Cuando llegues a unos 2.500 €:** pasa 1.000 € a una letra del Tesoro a 6 meses y deja el resto en la cuenta remunerada.
5. **Al vencer la letra:** si no la has necesitado, renuévala o súmala al colchón.

Así, en unos 10 meses tendrás el fondo completo, con una parte siempre disponible al momento y otra algo mejor remunerada. Una vez cubierto, puedes destinar esos 450 € a otros objetivos, como la inversión a largo plazo."""
])

add("good", "tr", "8 haftalık 5K başlangıç programı, diz ağrısı ve ayakkabı seçimi; tutarlı ve somut öneriler.", [
"35 yaşındayım ve hiç koşmadım. 8 haftada 5 km koşabilir miyim?",
"""Evet, sağlıklı bir yetişkin için 8 hafta gerçekçi bir hedef. Önemli olan, koşu ve yürüyüşü birleştirerek yavaş yavaş ilerlemek. Haftada 3 gün, aralarda en az bir dinlenme günü olacak şekilde çalışın. Her antrenmandan önce 5 dakika tempolu yürüyüşle ısının.

- **1. hafta:** 1 dk koşu + 1,5 dk yürüyüş, 8 tekrar
- **2. hafta:** 1,5 dk koşu + 2 dk yürüyüş, 6 tekrar
- **3. hafta:** 3 dk koşu + 1,5 dk yürüyüş, 5 tekrar
- **4. hafta:** 5 dk koşu + 2 dk yürüyüş, 4 tekrar
- **5. hafta:** 8 dk koşu + 2 dk yürüyüş, 3 tekrar
- **6. hafta:** 10 dk koşu + 1 dk yürüyüş, 2 tekrar, ardından 5 dk koşu
- **7. hafta:** 20 dk kesintisiz koşu
- **8. hafta:** 25–30 dk kesintisiz koşu (çoğu yeni başlayan için 5 km'ye denk gelir)

Tempo konusunda en iyi ölçü konuşma testidir: koşarken kısa cümleler kurabiliyorsanız doğru hızdasınız. Bir hafta zor gelirse onu tekrarlamakta hiçbir sakınca yok.""",
"Bazen dizlerim ağrıyor. Ne yapmalıyım?",
"""Yeni başlayanlarda hafif diz ağrısı sık görülür ve çoğu zaman yüklenmenin fazla hızlı artmasından kaynaklanır.

1. **Adımlarınızı kısaltın.** Ayağınızı gövdenizin çok önüne atmak dize binen yükü artırır. Daha kısa ve sık adımlar atmayı deneyin.
2. **Yumuşak zemin tercih edin.** Toprak patika veya atletizm pisti betondan daha affedicidir.
3. **Kuvvet çalışması ekleyin.** Koşmadığınız günlerde haftada 2 kez 10–15 dakika: squat, kalça köprüsü, step-up ve yan yatarak bacak kaldırma. Güçlü kalça ve bacak kasları dizi korur.
4. **Programı bir hafta geri alın.** Ağrı sürerse bir önceki haftanın antrenmanını tekrarlayın.

Keskin ağrı, şişlik, dizde kilitlenme veya merdiven inerken belirgin ağrı olursa koşuya ara verip bir doktora ya da fizyoterapiste görünün.""",
"Ayakkabı için çok para harcamam gerekiyor mu?",
"Hayır. Giriş veya orta segmentte, koşu için tasarlanmış rahat bir model fazlasıyla yeterli; karbon plakalı yarış ayakkabılarına ihtiyacınız yok. Mümkünse akşamüstü, ayağınız biraz şişmişken deneyin ve en uzun parmağınızın önünde yaklaşık bir başparmak genişliği boşluk kalsın. Ayakkabıyı 500–800 km'de bir yenilemeniz yeterli."
])

# ---------------------------------------------------------------- OFF_TOPIC (2)

add("off_topic", "en", "Kitchen renovation planning abandoned in turns 4-5: user drifts to Roman aqueduct engineering and the assistant follows for two turns.", [
"We're planning to redo our kitchen, about 10 by 12 feet. Rough budget for a mid-range remodel, keeping the same layout?",
"""For a 120 sq ft kitchen with the same layout (no moving plumbing, gas or walls), a mid-range remodel in most US regions typically lands around **$25,000–45,000**. A rough breakdown:

- **Cabinets:** 30–35% ($8,000–15,000), the biggest single item.
- **Countertops:** 10–15% ($3,000–6,000) for quartz or granite.
- **Appliances:** 10–15% ($4,000–7,000) for a mid-range package.
- **Labour and installation:** 20–30%.
- **Flooring, backsplash, lighting, sink and faucet:** 10–15% combined.
- **Contingency:** set aside an extra 10–15% for surprises like rotted subfloor or outdated wiring.

Keeping the layout is the best money-saver you have: relocating a sink or range can add several thousand dollars in plumbing and electrical work alone.""",
"Cabinets being the biggest cost – stock, semi-custom or custom?",
"""For a mid-range budget, **semi-custom** is usually the sweet spot.

- **Stock:** pre-built in fixed widths (usually 3-inch steps). Cheapest ($100–300 per linear foot), fast delivery, but limited finishes, and you may need filler strips to close gaps.
- **Semi-custom:** standard boxes with many size tweaks, more door styles and finishes, better drawers. Roughly $200–650 per linear foot, 4–8 weeks lead time.
- **Custom:** built to your exact dimensions in any style. $500–1,200+ per linear foot and 8–12+ weeks.

In a 10 × 12 kitchen you'll have roughly 20–25 linear feet of cabinets. Look for plywood boxes rather than particleboard around the sink, and full-extension, soft-close drawers.""",
"And countertops – quartz or granite?",
"""Both are durable, and price is similar in the mid-range ($50–100 per sq ft installed).

- **Quartz:** engineered, non-porous, never needs sealing, very consistent patterns. It can be damaged by very hot pans and may discolour in strong direct sunlight.
- **Granite:** natural stone with unique patterns, handles heat very well, but it's porous, so it should be sealed every 1–2 years.

If you want low maintenance, quartz. If you love the variety of natural stone and don't mind sealing, granite.""",
"Speaking of stone – I read that the Romans built aqueducts that ran for dozens of miles with barely any slope. How did they manage the gradient over such long distances?",
"""Roman engineers were remarkably good at this. The Pont du Gard section of the Nîmes aqueduct, for example, drops only about 12.6 metres over roughly 50 km – an average gradient of about 1 in 4,000.

They used a few key tools:

- **The chorobates:** a long wooden table, about 6 metres, with a water channel on top, used as a level over long distances.
- **The groma:** a cross-shaped instrument with plumb lines for sighting straight lines and right angles.
- **The dioptra:** a sighting instrument for measuring angles and heights.

Surveyors worked in short sections, carefully adding up the small height differences, and then adjusted the route – winding around hills, tunnelling through ridges, and building bridges over valleys – to keep the slope steady.""",
"Fascinating. And how did they keep the water clean once it got into the city?",
"""They used a combination of settling and distribution systems:

1. **Settling tanks (piscinae limariae):** along the route and near the city, water flowed through basins where sediment sank to the bottom.
2. **The castellum divisorium:** a distribution tank at the city's edge split the flow into channels for public fountains, baths and private houses.
3. **Constant flow:** water ran continuously, with overflow flushing the sewers, which helped prevent stagnation.

Officials called *curatores aquarum* were responsible for maintenance. Frontinus, who held the post in Rome around 97 AD, wrote a treatise on the city's aqueducts describing these systems in detail."""
])

add("off_topic", "ja", "ギター初心者のFコード相談が、3〜4ターン目でユーザーの新NISAの質問に逸れ、アシスタントも投資の話を続けて本来の目的から離れる。", [
"ギターを始めて1か月です。Fコードがどうしても綺麗に鳴りません。コツはありますか？",
"""Fコードは多くの初心者が最初につまずく壁なので、1か月で苦戦しているのはごく普通です。

**よくある原因と対策**

1. **人差し指の位置**：1フレットの金属（フレット）のすぐ近くを押さえると、少ない力で音が出ます。フレットの真ん中だと力が必要になります。
2. **人差し指の向き**：指の腹の真ん中ではなく、少し親指側に転がした側面で押さえると、弦がしっかり押さえられます。
3. **親指の位置**：ネックの裏、人差し指の反対側あたりに置き、握り込むのではなく「挟む」感覚で。
4. **腕の重さを使う**：指の力だけでなく、腕を少し後ろに引くようにして押さえると楽になります。
5. **1本ずつ確認**：コードを押さえたまま、6弦から1弦まで1本ずつ弾いて、どの弦がミュートされているか確認しましょう。

最初は簡易版のF（1〜4弦だけを押さえる「スモールF」）から始めるのもおすすめです。""",
"1日どれくらい練習すればいいですか？",
"""初心者なら、**1日20〜30分を毎日**続けるのが理想的です。長時間を週1回より、短時間でも毎日のほうが指の形や感覚が定着しやすいです。

例えば30分なら：
- 5分：指のウォームアップ（クロマチック練習）
- 10分：Fコードの押さえ直し練習（押さえる→離す→押さえる）
- 15分：好きな曲のコード進行に合わせて弾く

指が痛くなったら無理せず休んでください。""",
"そういえば、最近新NISAを始めようと思っているんですが、つみたて投資枠と成長投資枠ってどう違うんですか？",
"""新NISA（2024年開始）には2つの枠があります。

**つみたて投資枠**
- 年間投資上限：120万円
- 対象：金融庁の基準を満たした長期・積立・分散向けの投資信託
- 積立方式のみ

**成長投資枠**
- 年間投資上限：240万円
- 対象：上場株式、ETF、幅広い投資信託など
- 一括購入も可能

2つの枠は併用でき、合計で年間360万円まで投資できます。生涯の非課税保有限度額は1,800万円（うち成長投資枠は1,200万円まで）です。非課税期間は無期限です。""",
"初心者はどちらから始めるのがいいですか？",
"""初心者には**つみたて投資枠**から始めるのがおすすめです。

- 対象商品があらかじめ絞られているため、手数料の高い商品を選んでしまうリスクが低い
- 毎月一定額を自動で積み立てるので、タイミングを悩む必要がない
- 全世界株式やS&P500連動のインデックスファンドなど、低コストで分散の効いた商品が揃っている

例えば月3万円を全世界株式インデックスファンドで積み立てるところから始め、慣れてきたら成長投資枠で個別株やETFを検討するとよいでしょう。"""
])

# ---------------------------------------------------------------- LEAKAGE (2)

add("leakage", "en", "Internet-outage support chat; the third reply contains a leaked generator/persona instruction in parentheses in the middle of otherwise good text (subtle).", [
"Hi, my home internet has been down since about 7 this morning. Account ends in 4471. The router's internet light is blinking orange.",
"""Thanks for reaching out, and sorry about the outage – I know how disruptive that is. I've found your account ending in 4471 (the Fiber 500 plan at your address on Larch Street).

A blinking orange internet light means the router is powered on but isn't getting a signal from our network. I've checked our status board, and there's **no reported outage in your area**, so let's check your equipment first:

1. Find the small white box on the wall where the fiber cable enters (the ONT). Is its "PON" or "LOS" light green, red, or off?
2. Unplug the ONT's power for 30 seconds, then plug it back in and wait 2 minutes.
3. Then restart the router the same way: unplug for 30 seconds, plug back in, and wait about 3 minutes.

Let me know what the lights show after that.""",
"The box on the wall has a red light that says LOS. I restarted both, still the same.",
"""Thank you, that's really helpful. A red **LOS** (loss of signal) light means no light is reaching the ONT through the fiber cable, so restarting won't fix it. The most common causes are:

- The thin fiber cable is bent sharply, pinched behind furniture, or has come loose from the ONT.
- Damage outside the home, for example from construction or landscaping work.

Please check that the green-tipped fiber connector is clicked firmly into the ONT and that the cable isn't kinked anywhere you can see. Don't look directly into the end of the cable if you unplug it. If everything looks fine, I'll book a technician.""",
"Everything looks fine. There was a crew digging at the end of our street yesterday though.",
"""That's very likely the cause – a damaged line from digging is a common reason for a LOS light that appears overnight. I've opened a repair ticket and flagged it as possible external line damage, which puts it in the priority queue.

(Reminder from persona sheet: stay upbeat, and only offer the loyalty credit if the customer mentions cancelling.)

The earliest technician slot is **tomorrow between 8 am and 12 pm**. The technician will check the line from the street to your home, and you'll get a text about 30 minutes before they arrive. Someone over 18 needs to be home to give access to the ONT.

In the meantime, if your mobile plan allows it, you can use your phone as a hotspot. Does the 8–12 slot work for you?""",
"Yes, 8 to 12 works. Will I be credited for the downtime?",
"""Yes. Our service guarantee gives a credit for every full day without service once the outage is confirmed by the technician. With the outage starting this morning and a repair expected tomorrow, that's likely one day at your plan rate, about $2.17, which will appear automatically on your next bill.

Your appointment is confirmed for tomorrow, 8 am–12 pm, ticket number RT-209833. Is there anything else I can help with?"""
])

add("leakage", "es", "Receta de paella valenciana; la segunda respuesta empieza con una etiqueta del guion de generación ('Respuesta al turno 2... máximo 200 palabras').", [
"Quiero hacer paella valenciana auténtica para 4 personas. ¿Qué ingredientes necesito?",
"""La paella valenciana tradicional lleva pocos ingredientes, pero muy concretos. Para 4 personas, en una paella de unos 40 cm:

- **Arroz:** 400 g de arroz redondo, idealmente de variedad bomba o senia.
- **Carne:** 600 g de pollo y 400 g de conejo, troceados.
- **Verduras:** 200 g de judía verde plana (ferraura) y 150 g de garrofó (judión blanco). Si no encuentras garrofó fresco, puedes usarlo seco, dejado en remojo la noche anterior.
- **Tomate:** 1 tomate maduro rallado.
- **Aceite de oliva:** unos 100 ml.
- **Pimentón dulce:** 1 cucharadita.
- **Azafrán:** unas hebras, o colorante si no tienes.
- **Agua:** aproximadamente 1,2 litros.
- **Sal** y, opcionalmente, una ramita de romero.

Lo que **no** lleva la versión tradicional: cebolla, chorizo, guisantes ni marisco. La paella con marisco es otra receta distinta.""",
"¿Y cuál es el paso a paso?",
"""Respuesta al turno 2 del usuario (mantener tono cercano, máximo 200 palabras):

1. **Sofríe la carne.** Calienta el aceite en la paella a fuego medio-alto, sala el pollo y el conejo, y dóralos bien por todos lados durante unos 15 minutos.
2. **Añade las verduras.** Incorpora la judía verde y el garrofó y rehoga 5 minutos.
3. **Tomate y pimentón.** Haz un hueco en el centro, añade el tomate rallado y sofríe 3–4 minutos. Después el pimentón, removiendo rápido para que no se queme.
4. **Caldo.** Vierte el agua, añade el azafrán y deja cocer a fuego medio unos 30–40 minutos. Prueba y ajusta de sal.
5. **Arroz.** Reparte el arroz en forma de cruz o en línea y extiéndelo por toda la paella. A partir de aquí, no se remueve.
6. **Cocción.** 10 minutos a fuego fuerte y 8–10 minutos a fuego bajo, hasta que el arroz absorba el caldo.
7. **Socarrat y reposo.** Sube el fuego 1–2 minutos al final para el socarrat, y deja reposar 5 minutos tapada con un paño.""",
"No tengo paellero de gas, solo vitrocerámica. ¿Funciona?",
"""Funciona, aunque con una limitación: la vitrocerámica calienta sobre todo el centro y una paella de 40 cm sobresale del fuego, así que los bordes quedan menos hechos.

Algunos trucos:

- **Usa una paella más pequeña**, de 32–34 cm, y ajusta las cantidades a unas 3 raciones, o haz dos paellas.
- **Gira la paella** cada pocos minutos durante la cocción del arroz para repartir el calor.
- **Termina en el horno:** tras los primeros 10 minutos del arroz, puedes meterla a 200 °C durante 8–10 minutos para que se haga de forma uniforme; el socarrat lo consigues después en el fuego.
- **Paella de acero pulido o esmaltado** funciona mejor que las muy finas, que se deforman con el calor.""",
"Perfecto, gracias. ¿Cómo sé si tengo socarrat sin levantar el arroz?",
"Escucha y huele. Cuando el caldo se ha absorbido, sube el fuego y atiende al sonido: un chisporroteo suave y crepitante, como papel arrugándose, indica que el fondo se está tostando. El olor debe ser a arroz tostado, no a quemado. Tras 1–2 minutos, puedes pinchar con una cuchara en un borde: si notas una capa firme y crujiente que se despega con un poco de resistencia, ya lo tienes."
])

# ---------------------------------------------------------------- PLACEHOLDER (2)

add("placeholder", "en", "Lisbon itinerary; the day-2 plan in the second reply contains unfilled slots ('[restaurant TBD]' and 'INSERT_BOOKING_LINK') deep in otherwise good text (subtle).", [
"I'm spending three days in Lisbon in early April. First time. Can you suggest a rough plan for the three days?",
"""Early April is a lovely time for Lisbon: around 18–20 °C, fewer crowds than summer, and occasional showers. A rough plan:

**Day 1 – Baixa, Chiado and Alfama**
- Start at Praça do Comércio, walk up Rua Augusta to Rossio.
- Take the Santa Justa lift or walk up to Chiado for coffee at one of the historic cafés.
- Afternoon in Alfama: São Jorge Castle, then wander down through the alleys to the Miradouro de Santa Luzia.
- Evening: a fado dinner in Alfama or Mouraria.

**Day 2 – Belém**
- Jerónimos Monastery, Belém Tower, the Monument to the Discoveries.
- Pastéis de Belém for the original custard tarts.
- Afternoon at MAAT or the Berardo collection, or a riverside walk.

**Day 3 – Sintra day trip**
- Train from Rossio station, about 40 minutes.
- Pena Palace and the Moorish Castle in the morning, Quinta da Regaleira in the afternoon.

Buy a Viva Viagem card at any metro station for trams, buses, metro and the Sintra train.""",
"Can you give me more detail on day 2, with times and where to eat?",
"""Sure – Belém is compact, so it's easy to do in a relaxed day.

- **9:00** Take tram 15E from Praça da Figueira or Praça do Comércio (about 25–30 minutes). Sit on the right for river views.
- **9:30** Jerónimos Monastery, opening time. Go straight to the cloister before the tour groups arrive. Allow about 1 hour. Entry is around €12; buy online here: INSERT_BOOKING_LINK.
- **10:45** Pastéis de Belém, two minutes' walk. The takeaway line moves fast; the seated rooms inside are often quicker than they look.
- **11:30** Walk through the gardens to the Monument to the Discoveries, and look at the giant compass-rose map in the pavement.
- **12:15** Belém Tower. The queue to go inside can be long; the outside view from the riverside is the highlight anyway.
- **13:30** Lunch at [restaurant TBD], a short walk back toward the monastery – grilled fish and a glass of vinho verde.
- **15:00** MAAT (Museum of Art, Architecture and Technology). Even if you don't go in, walk over its curved roof for views of the 25 de Abril Bridge.
- **17:00** Tram back to the centre, or continue to LX Factory for a drink and a browse in the bookshop.""",
"Is Sintra doable without a car? I've heard the buses are packed.",
"""Yes, very doable without a car, and a car is actually a disadvantage there because parking is scarce.

- **Train:** from Rossio station, trains run every 20–30 minutes, about 40 minutes, covered by your Viva Viagem card.
- **Bus 434** runs a loop from Sintra station to the historic centre, the Moorish Castle and Pena Palace. It does get packed from about 10:00, so catch one before 9:30.
- **Tuk-tuks** wait outside the station and charge roughly €5–10 per person to Pena – worth it if the bus queue is long.
- **Walking:** the centre to Quinta da Regaleira is an easy 10-minute walk. The hike up to Pena is about 45 minutes and steep.

Book Pena Palace tickets online with a timed entry for the first slot.""",
"Great. Anything I should pack for April?",
"A light waterproof jacket or compact umbrella for the showers, a warm layer for the evenings and for Sintra, which is often several degrees cooler and misty, and comfortable shoes with good grip – Lisbon's polished limestone pavements get slippery when wet, and the city is very hilly."
])

add("placeholder", "tr", "Kargo gecikmesi müşteri hizmetleri diyaloğu; ikinci yanıtta doldurulmamış şablon alanları ({siparis_no}, [TAHMİNİ TESLİM TARİHİ]) var.", [
"Merhaba, 6 gün önce bir kahve makinesi sipariş ettim ama hâlâ gelmedi. Sipariş numaram 7730-2291.",
"""Merhaba, yaşadığınız gecikme için özür dilerim. 7730-2291 numaralı siparişinizi kontrol ettim: Barista Plus espresso makinesi, 6 gün önce onaylanmış ve 2 gün sonra kargoya verilmiş.

Kargo takip kaydına göre paket, 3 gün önce İstanbul aktarma merkezine ulaşmış, ancak o tarihten bu yana yeni bir hareket görünmüyor. Bu genellikle aktarma merkezinde yaşanan bir yoğunluk veya etiketin okunamaması gibi bir sorundan kaynaklanıyor.

Hemen kargo firmasında bir inceleme kaydı açabilirim. Bu sayede paketin yeri 24 saat içinde tespit edilir ve size bilgi verilir. Kayıt açmamı ister misiniz?""",
"Evet, lütfen açın. Ne zaman gelir sizce?",
"""Kaydı açtım. {siparis_no} numaralı siparişiniz için kargo firmasında inceleme talebi oluşturuldu ve öncelikli olarak işaretlendi.

Süreç şöyle işleyecek:

1. Kargo firması paketin yerini en geç 24 saat içinde tespit edecek.
2. Paket bulunursa, dağıtıma hemen çıkarılacak. Tahmini teslim tarihi: [TAHMİNİ TESLİM TARİHİ].
3. Paket bulunamazsa, size aynı gün yeni bir ürün gönderilecek veya isterseniz ödemeniz tam olarak iade edilecek.

Gelişmeleri size SMS ve e-posta ile bildireceğiz.""",
"Paket bulunamazsa yeni ürün gönderilmesi ne kadar sürer?",
"Yeni ürün, kayıp onaylandığı gün depomuzdan çıkar ve İstanbul içi teslimatlarda genellikle 1–2 iş günü, diğer şehirlere 2–3 iş günü içinde ulaşır. Bu gönderim için sizden ek bir ücret alınmaz.",
"Tamam, teşekkürler. Bir de iade seçerseniz para ne zaman hesabıma geçer?",
"İade, onaylandığı gün bankanıza iletilir. Kredi kartı iadeleri bankaya bağlı olarak genellikle 2–7 iş günü içinde hesabınıza yansır; taksitli ödemelerde iade, taksitler şeklinde kartınıza geri yüklenebilir. İade işlemi başladığında size bir referans numarası da göndereceğiz, bankanızla görüşmeniz gerekirse bu numarayı kullanabilirsiniz."
])

# ---------------------------------------------------------------- STRUCTURE (2)

add("structure", "en", "GRE study plan: two consecutive user turns in the middle (turn 3 and 4 both from the human, no reply in between).", convs=[
{"from": "human", "value": "I have 10 weeks until my GRE. My diagnostic was 152 verbal, 155 quant. I'm aiming for 160+ on both. Where should I start?"},
{"from": "gpt", "value": """A gain of 8 verbal and 5 quant points in 10 weeks is ambitious but realistic with steady work, roughly 10–12 hours a week. Here's how I'd structure it:

**Weeks 1–2: Diagnose and fill gaps**
- Review every question you missed on the diagnostic and sort errors into content gaps, careless mistakes and timing.
- Quant: rebuild fundamentals in the weakest areas – for most people that's number properties, ratios and data interpretation.
- Verbal: start a vocabulary routine, about 20–30 words a day with spaced repetition.

**Weeks 3–6: Learn strategies by question type**
- Text completion and sentence equivalence: predict the word before looking at the options.
- Reading comprehension: map each paragraph's purpose in a few words.
- Quant comparison: learn to plug in strategic numbers (0, 1, negatives, fractions).

**Weeks 7–10: Timed practice**
- A full practice test every week, ideally the official ETS PowerPrep tests, at the same time of day as your real test.
- Spend as long reviewing each test as taking it.

Official materials: the *Official GRE Super Power Pack* plus the two free PowerPrep tests."""},
{"from": "human", "value": "How many hours a day should I realistically do on weekdays if I work full time?"},
{"from": "human", "value": "Also, should I do vocab flashcards on my phone or on paper?"},
{"from": "gpt", "value": """With a full-time job, aim for **1–1.5 hours on weekdays** and 3–4 hours on one weekend day, which gets you to about 10–12 hours a week. A split that works well for many people: 20–30 minutes of vocabulary during your commute or lunch, and a focused hour in the evening on one question type.

For vocabulary, use whatever you'll actually do every day. A phone app with spaced repetition, such as Anki or Magoosh's free GRE flashcards, is usually more effective, because it automatically shows words you struggle with more often and fits into small gaps in your day. Paper cards work too if you use the Leitner box method."""},
{"from": "human", "value": "When should I book the actual test date?"},
{"from": "gpt", "value": "Book it now, for the end of week 10. A fixed date keeps you accountable, and popular test-centre slots fill up several weeks in advance. If your practice scores are still well below target by week 8, you can reschedule for a fee, as long as you do it at least four days before the test."},
])

add("structure", "en", "Best-man toast help: the dialogue ends on a user turn with no assistant reply to the final request.", convs=[
{"from": "human", "value": "I'm the best man at my brother's wedding in three weeks. I've never given a speech. How long should the toast be?"},
{"from": "gpt", "value": """Aim for **3–5 minutes**, which is roughly 450–700 words spoken at a relaxed pace. That's long enough to tell one or two good stories and short enough that nobody checks their phone.

A structure that works for almost every best-man toast:

1. **Introduce yourself** (15 seconds): "For those who don't know me, I'm Dan, Mark's younger brother."
2. **One or two stories about the groom** (1.5–2 minutes): pick stories that show who he is – funny is great, but avoid anything that would embarrass him in front of grandparents or his new in-laws.
3. **Meeting the partner** (1 minute): how he changed after meeting her, or the moment you knew she was the one for him.
4. **Something sincere** (30–45 seconds): what you wish for them.
5. **The toast** (10 seconds): ask everyone to raise their glasses.

Avoid: ex-partners, inside jokes only three people understand, and anything that requires "you had to be there"."""},
{"from": "human", "value": "Here's a story: when we were kids, Mark built a raft to cross our grandparents' pond, it sank halfway, and he swam back insisting it was 'a successful test'. How can I tie that to his wife?"},
{"from": "gpt", "value": """That's a great story – it's funny, it's kind, and it shows a real trait: he commits fully and stays optimistic. You can turn that into the bridge to his wife:

"Mark has always been an optimist. When he was nine, he built a raft to cross our grandparents' pond. It sank halfway across. He swam back, dripping, and announced that it had been 'a successful test'. For years, that was Mark: big plans, questionable engineering, unshakeable confidence.

Then he met Priya. And for the first time, I saw Mark plan something carefully. He checked the weather. He made a backup plan. He asked for advice. Priya, you didn't change who he is – he's still the guy who'll jump in the pond – but you're the reason he now builds things that float."

Then you can move into the sincere part and the toast."""},
{"from": "human", "value": "I love that. How do I handle nerves? My hands shake when I speak in public."},
{"from": "gpt", "value": """Shaky hands are very common and almost nobody in the audience notices them. A few things that help:

- **Rehearse out loud** at least 8–10 times, including a couple of times standing up and in front of one or two people. Familiarity is the best cure for nerves.
- **Use cue cards, not your phone.** Small cards with large-print key phrases are easier to hold steady than a sheet of paper, which visibly trembles.
- **Hold your glass in one hand, cards in the other**, or rest the cards on the table.
- **Breathe slowly before you stand up**: in for 4 seconds, out for 6, three or four times.
- **Limit the drinks** to one before the speech.
- **Pause after the laugh lines.** It feels long to you but natural to the room."""},
{"from": "human", "value": "Could you write me a short sincere closing paragraph and the toast line to end it?"},
])

# ---------------------------------------------------------------- REPETITION (2)

add("repetition", "en", "Mortgage PMI: in turn 4 the user re-asks, in other words, how to get rid of PMI (already answered in turn 2), and the assistant repeats the same 20%/22% rules reworded.", [
"We're buying our first home for $380,000 and putting 10% down. The lender says we'll pay PMI. What is that exactly?",
"""PMI, private mortgage insurance, is insurance that protects the **lender**, not you, in case you stop paying. Lenders usually require it on conventional loans when the down payment is below 20%.

With 10% down on $380,000:

- Down payment: $38,000
- Loan amount: $342,000

PMI typically costs about **0.3% to 1.5% of the loan amount per year**, depending mainly on your credit score and the loan-to-value ratio. With good credit (740+), you might be near the lower end, for example 0.5%:

- $342,000 × 0.5% = $1,710 per year, or about **$143 per month**, added to your monthly payment.

Unlike FHA mortgage insurance, PMI on a conventional loan isn't permanent.""",
"How do we get rid of it later?",
"""There are a few ways, under the federal Homeowners Protection Act:

1. **Request cancellation at 80% loan-to-value.** Once your balance falls to 80% of the home's original value ($304,000 in your case), you can ask the lender in writing to cancel PMI. You usually need a good payment history and may need to show the home hasn't lost value.
2. **Automatic termination at 78%.** When the balance reaches 78% of the original value, $296,400, the lender must drop PMI automatically, provided you're current on payments.
3. **Reappraisal.** If your home rises in value, some lenders let you cancel based on a new appraisal, typically once the balance is 75–80% of the new value and after 2–5 years of ownership.
4. **Refinancing** into a new loan with at least 20% equity also removes it, though that only makes sense if rates are favourable.

Making extra principal payments speeds up options 1 and 2.""",
"If we pay an extra $200 a month toward principal, how much faster would we reach that 80% point?",
"""Assuming a 30-year fixed loan of $342,000 at 6.75%, the regular principal-and-interest payment is about $2,218 a month.

- **Without extra payments:** you'd reach a $304,000 balance after roughly 8 years.
- **With an extra $200 a month:** you'd get there in about 5.5 years, roughly two and a half years sooner.

That also means about two and a half fewer years of PMI, saving around $4,700 at $143 a month, on top of the interest you save on the loan itself. Make sure your lender applies the extra amount to principal, not to next month's payment.""",
"OK, and just so I understand – what are the ways we can actually stop paying the PMI?",
"""You have several options for ending PMI:

1. **Ask the lender once you reach 80%.** When the loan balance is down to 80% of the original purchase price, $304,000, you can send a written request to cancel. Expect them to check your payment history and possibly the home's value.
2. **It ends on its own at 78%.** At a balance of $296,400, the lender is required to remove PMI automatically as long as your payments are up to date.
3. **A new appraisal.** If the house has gained value, some lenders will cancel PMI based on a fresh appraisal, usually when you owe 75–80% of the new value and have owned the home for 2–5 years.
4. **Refinance** with at least 20% equity, if interest rates make it worthwhile.

Paying extra toward principal gets you to the first two milestones sooner."""
])

add("repetition", "ja", "英語の勉強法の相談。3ターン目でユーザーが1ターン目とほぼ同じ質問を繰り返し、アシスタントも1ターン目の回答をほぼそのまま繰り返す。", [
"社会人で、TOEICを半年で600点から750点に上げたいです。どう勉強すればいいですか？",
"""半年で150点アップは、毎日1〜1.5時間ほど確保できれば十分に狙える目標です。

**1. まず現状分析**
公式問題集で模試を1回解き、リスニングとリーディングのどちらで、どのパートの失点が多いかを確認します。

**2. 単語（毎日20分）**
『金のフレーズ』などTOEIC頻出単語帳を1冊決めて、何周も繰り返します。750点なら、600点レベルと730点レベルの単語をほぼ確実にしたいところです。

**3. リスニング（毎日30分）**
Part 2・3・4の音声でシャドーイングを行います。聞き取れなかった部分はスクリプトで確認し、音とつづりを一致させましょう。

**4. 文法・リーディング（毎日30分）**
Part 5の文法問題を毎日10〜20問。Part 7は時間を計って解き、最後まで解き切るスピードを身につけます。

**5. 月1回の模試**
本番と同じ2時間で通して解き、時間配分を練習します。""",
"シャドーイングのやり方をもう少し詳しく教えてください。",
"""シャドーイングは、音声を聞きながら少し遅れて同じように声に出して追いかける練習です。

1. **スクリプトを見ずに1回聞く**：内容をどれくらい理解できるか確認します。
2. **スクリプトを見て意味を確認**：知らない単語や聞き取れなかった部分をチェックします。
3. **スクリプトを見ながら音読**：発音やリズム、音のつながり（リエゾン）を意識します。
4. **スクリプトを見ずにシャドーイング**：0.5〜1秒遅れで追いかけます。最初は速度を0.8倍にしてもOKです。
5. **録音して確認**：自分の声と元の音声を比べ、言えていない部分を重点的に練習します。

1つの音源（1〜2分程度）を、スムーズに言えるまで3〜5日続けるのが効果的です。""",
"社会人なんですが、TOEICを半年で600点から750点にするには、どう勉強すればいいでしょうか？",
"""半年で150点アップは、毎日1〜1.5時間ほど確保できれば十分狙える目標です。

**1. まず現状分析**
公式問題集で模試を1回解いて、リスニングとリーディングのどちらで、どのパートの失点が多いかを確認しましょう。

**2. 単語（毎日20分）**
『金のフレーズ』などのTOEIC頻出単語帳を1冊に決め、何周も繰り返します。750点を目指すなら、600点レベルと730点レベルの単語をほぼ確実にしたいところです。

**3. リスニング（毎日30分）**
Part 2・3・4の音声でシャドーイング。聞き取れなかった部分はスクリプトで確認し、音とつづりを一致させます。

**4. 文法・リーディング（毎日30分）**
Part 5の文法問題を毎日10〜20問。Part 7は時間を計って解き、最後まで解き切るスピードをつけます。

**5. 月1回の模試**
本番と同じ2時間で通して解き、時間配分を練習しましょう。""",
"通勤時間が片道40分あるのですが、有効に使う方法はありますか？",
"""片道40分、往復80分はかなり大きな学習時間です。

- **行き（頭がすっきりしている時間）**：単語帳アプリで20分、残り20分はPart 3・4の音声を聞き、設問を先読みする練習。
- **帰り（疲れている時間）**：その週にシャドーイングしている音源を繰り返し聞く（電車内では声を出さず、口だけ動かす「リップシンク」でもOK）。
- **座れる日**：Part 5の問題をアプリで解く。

音声アプリは、公式問題集の音声が聞ける「abceed」などが便利です。"""
])

# ---------------------------------------------------------------- NON_ANSWER (2)

add("non_answer", "en", "Painkiller questions; the second reply only restates the question about taking ibuprofen and acetaminophen together and gives no information.", [
"I've had a bad toothache for two days and my dentist can't see me until Thursday. What can I take for the pain? I'm 34, generally healthy.",
"""I'm sorry you're dealing with that – tooth pain can be miserable. For a healthy adult, over-the-counter options usually help until the appointment:

- **Ibuprofen (e.g., Advil, Motrin):** often the most effective for dental pain because it reduces inflammation. A typical adult dose is 200–400 mg every 6–8 hours with food, not exceeding 1,200 mg a day without a doctor's advice.
- **Acetaminophen (paracetamol, e.g., Tylenol):** 500–1,000 mg every 6 hours, no more than 3,000–4,000 mg a day depending on the product label. It's easier on the stomach but doesn't reduce inflammation.

Other things that help:
- A cold compress on the cheek, 15 minutes on, 15 off.
- Rinsing with warm salt water (half a teaspoon of salt in a cup of water).
- Sleeping with your head slightly raised.

Get urgent care sooner if you have facial swelling, fever, trouble swallowing or breathing, or a bad taste with pus – those can be signs of an infection that shouldn't wait until Thursday.""",
"Can I take ibuprofen and acetaminophen together, or do I have to pick one?",
"That's a really good question, and it's one a lot of people ask when they're in pain. You want to know whether ibuprofen and acetaminophen can be taken together, or whether you need to choose just one of them. It's important to think about how these two medicines are used when you're dealing with a toothache, and it makes sense to want to be sure before combining them.",
"Is there anything I should avoid eating or drinking in the meantime?",
"""Yes, a few things can make tooth pain worse:

- **Very hot or very cold foods and drinks:** ice cream, iced drinks and hot coffee can trigger sharp pain if a nerve is exposed. Lukewarm is safest.
- **Sugary foods and sweet drinks:** sugar can set off pain in a decayed tooth and feeds bacteria.
- **Hard or sticky foods:** nuts, hard candy, toffee, crusty bread. Chew on the other side.
- **Acidic drinks:** soda, citrus juice and wine can irritate a sensitive tooth.
- **Alcohol:** especially important if you're taking acetaminophen, since combining the two regularly strains the liver.

Soft, lukewarm foods like yogurt, eggs, soup and pasta are the easiest until Thursday.""",
"Thanks. If the pain gets much worse tonight, where should I go?",
"If it becomes severe tonight, call your dentist's regular number first – many practices have an after-hours emergency line on their voicemail. Otherwise, an urgent care clinic can prescribe stronger pain relief or antibiotics if there's infection, but can't treat the tooth itself. Go to the emergency room if you have swelling spreading into your face, eye or neck, a high fever, or any difficulty breathing or swallowing."
])

add("non_answer", "es", "Consulta laboral sobre el finiquito; la tercera respuesta es larga y suena profesional pero no da ninguna información sobre cómo se calculan las vacaciones no disfrutadas (sutil).", [
"Me han despedido tras 3 años en una empresa en España. Me ofrecen el finiquito, pero no sé si está bien calculado. ¿Qué debe incluir?",
"""Conviene distinguir dos cosas que a menudo se confunden: el **finiquito** y la **indemnización**.

**El finiquito** es la liquidación de lo que la empresa te debe por el trabajo ya realizado, y se paga en cualquier tipo de extinción del contrato. Debe incluir:

1. **El salario de los días trabajados** del último mes.
2. **Las vacaciones no disfrutadas** del año en curso.
3. **La parte proporcional de las pagas extra**, si no están prorrateadas en tu nómina mensual.
4. Otros conceptos pendientes: horas extra, comisiones, pluses.

**La indemnización** depende del tipo de despido:
- Despido objetivo procedente: 20 días de salario por año trabajado, con un máximo de 12 mensualidades.
- Despido improcedente: 33 días por año trabajado, con un máximo de 24 mensualidades (para contratos desde febrero de 2012).
- Despido disciplinario procedente: sin indemnización.

Puedes firmar el finiquito añadiendo **"no conforme"** junto a tu firma: así cobras lo que te dan sin renunciar a reclamar después.""",
"Es un despido objetivo. Cobro 2.100 € brutos al mes en 14 pagas. ¿Cuánto me corresponde de indemnización?",
"""Vamos a calcularlo:

1. **Salario anual:** 2.100 € × 14 = 29.400 €.
2. **Salario diario:** 29.400 € ÷ 365 = 80,55 €.
3. **Indemnización por despido objetivo:** 20 días por año trabajado.
   - 20 días × 3 años = 60 días.
   - 60 × 80,55 € = **4.833 €** aproximadamente.

El máximo de 12 mensualidades no te afecta, ya que estás muy lejos de él. Si tienes meses sueltos además de los 3 años completos, se calculan a prorrata.

Además, en un despido objetivo la empresa debe darte un **preaviso de 15 días**; si no lo hace, tiene que pagarte esos 15 días de salario. Y esta indemnización está exenta de IRPF, dentro de los límites legales.""",
"Me quedan 9 días de vacaciones sin disfrutar este año. ¿Cómo se calcula lo que me tienen que pagar por ellas?",
"""Es una pregunta muy pertinente, porque las vacaciones no disfrutadas son uno de los conceptos del finiquito que más dudas generan y en los que más conviene fijarse. Tienes 9 días pendientes y quieres saber cómo se traducen en dinero dentro de tu liquidación, lo cual es completamente lógico.

Este tipo de cálculo depende de cómo se plantee en tu caso concreto, y es importante revisarlo con atención para asegurarte de que todo cuadra con lo que te corresponde. Es un aspecto del finiquito que merece la pena comprobar con calma antes de firmar nada.""",
"¿Y el plazo para reclamar si no estoy de acuerdo con el despido?",
"""El plazo es corto, así que no lo dejes pasar: tienes **20 días hábiles** desde la fecha de efectos del despido para impugnarlo. No cuentan sábados, domingos ni festivos.

Los pasos son:

1. **Papeleta de conciliación** ante el servicio de mediación de tu comunidad autónoma (en Madrid, el SMAC). Presentarla suspende el plazo.
2. **Acto de conciliación:** la empresa y tú intentáis llegar a un acuerdo.
3. **Demanda ante el Juzgado de lo Social**, si no hay acuerdo.

Si el despido se declara improcedente, la indemnización pasaría a 33 días por año. Es recomendable consultar con un abogado laboralista o con un sindicato lo antes posible."""
])

# ---------------------------------------------------------------- MISALIGNED (2)

add("misaligned", "en", "Home espresso: replies 2-4 are rotated: reply 2 answers the fast-shot question (turn 3), reply 3 answers milk steaming (turn 4), reply 4 answers the dose/ratio question (turn 2).", [
"I just bought a Gaggia Classic and want to start making espresso at home. Which grinder should I pair it with, around $200–300?",
"""The grinder matters more than the machine for espresso, so it's worth putting real money there. In the $200–300 range, good options:

- **Baratza Encore ESP (~$200):** a version of the popular Encore built for espresso, with fine-adjustment steps in the espresso range. Easy to use and very well supported with spare parts.
- **DF54 or similar single-dose grinders (~$200–250):** flat burrs, low retention, great for grinding one dose at a time.
- **Eureka Mignon Facile/Crono (~$250–300):** quiet, stepless adjustment, solid build; it's a step up in consistency.
- **Hand grinders like the 1Zpresso J-Ultra or Kingrinder K6 (~$100–200):** excellent espresso quality for the money if you don't mind grinding by hand for 30–45 seconds.

What to avoid: blade grinders and most drip-focused burr grinders, which can't grind fine or consistently enough for espresso on a Gaggia Classic.""",
"What dose and yield should I aim for?",
"""A shot running too fast almost always means the coffee is too coarse or the puck offers too little resistance. Try these, one change at a time:

1. **Grind finer.** This is the main adjustment. Go a step or two finer until the shot takes 25–30 seconds.
2. **Check your dose.** Weigh it – if you're under-dosing the basket, there's too much headspace and the puck is loose.
3. **Improve distribution.** Use a WDT tool (a few thin needles) to break up clumps before tamping, which prevents channeling.
4. **Tamp level and firm.** The exact pressure matters less than being level and consistent.
5. **Use fresher beans.** Coffee roasted more than 4–6 weeks ago loses gas and runs faster; 7–21 days after roasting is ideal.""",
"My shots are running really fast, like 15 seconds, and taste sour. What do I fix?",
"""The Gaggia Classic's steam wand is quite capable once you get the technique down:

1. **Purge the wand** for a second to clear condensed water.
2. **Fill a cold pitcher** with cold milk just below the spout.
3. **Stretch:** place the tip just below the surface and open the steam fully. You should hear a gentle tearing, paper-like sound. Do this for the first few seconds, until the milk has grown by about 20–30% for a latte, more for a cappuccino.
4. **Texture:** sink the tip a bit deeper and angle the pitcher so the milk spins in a whirlpool. That breaks big bubbles into microfoam.
5. **Stop at 55–65 °C**, when the pitcher is hot but you can still hold it for a second or two.
6. **Wipe and purge** the wand right away.

Whole milk is the easiest to learn with.""",
"And how do I steam milk for a latte on it? The wand seems a bit weak.",
"""A standard starting point for the Gaggia Classic's stock double basket:

- **Dose:** 18 g of ground coffee (the stock basket is designed for about 18 g; check it fits with some space above the puck).
- **Yield:** about 36 g of liquid espresso in the cup, a 1:2 ratio.
- **Time:** roughly 25–30 seconds from the moment you start the pump.

Weigh both with a scale accurate to 0.1 g – measuring by volume in the cup is unreliable because of the crema. Once you have a baseline, adjust by taste: a ratio closer to 1:1.5 gives a richer, thicker shot; 1:2.5 is lighter and brighter."""
])

add("misaligned", "en", "Puppy training: replies to turn 1 (crate training) and turn 3 (biting) are swapped; each is a good answer to the other query (subtle).", [
"We got a 9-week-old Labrador puppy. How do we crate train her? She cries every night.",
"""Puppy biting is completely normal – at this age, mouthing is how they explore and play, and teething makes it worse. The goal is to teach bite inhibition, not to stop mouthing overnight.

1. **Redirect, every time.** Keep a toy in your hand or pocket. When she bites, freeze, then offer the toy instead and praise when she takes it.
2. **Yelp and pause.** A short "ouch!", then stop playing for 10–20 seconds. Many puppies learn that teeth on skin ends the fun.
3. **Don't play rough with hands.** Games that involve wrestling or waving hands encourage biting.
4. **Watch for overtiredness.** A Lab puppy who's biting frantically often needs a nap, not more play. Puppies this age need 18–20 hours of sleep a day.
5. **Give chew options.** Frozen carrots, rubber chew toys or a frozen wet washcloth help with teething.

Most Labs calm down noticeably by 5–6 months, once adult teeth are in.""",
"How often should we take her out to pee at night?",
"At 9 weeks, most puppies can hold it for about 2–3 hours at night, so plan on one or two trips out, for example around 1 am and 4 am. Keep it boring: carry her to the same spot, no play and minimal talking, then straight back to the crate. Each month she'll be able to go a bit longer, and by 4–5 months most puppies sleep through.",
"She's also biting our hands and ankles constantly. How do we stop that?",
"""Night crying is very common in the first week – she's just left her littermates. Some steps that help:

1. **Make the crate inviting.** Feed meals in the crate, toss treats inside during the day, and leave the door open so she goes in on her own.
2. **Right size.** The crate should let her stand, turn and lie down, but not have room for a separate toilet corner. Use a divider for a Lab crate while she's small.
3. **Put the crate in your bedroom** for the first weeks. Being able to smell and hear you is the biggest help with crying at night.
4. **Short practice sessions during the day**, closing the door for a few minutes while you're in the room, gradually building up.
5. **Tire her out before bed** with play and a last toilet trip.
6. **Don't let her out while she's crying**, unless you think she needs to pee. Wait for a few seconds of quiet, then open the door.

A soft blanket and a chew toy in the crate help too.""",
"When can she start going on walks outside?",
"Vets generally advise waiting until about 1–2 weeks after her final puppy vaccination, usually at around 14–16 weeks, before walking in public places where unvaccinated dogs may have been. Before that, you can still carry her around the neighbourhood to get used to traffic, people and sounds – socialisation before 16 weeks is very important – and she can play in your own garden and with healthy, vaccinated dogs you know.",
"How long should those first walks be?",
"A common rule of thumb is about 5 minutes of structured walking per month of age, once or twice a day – so around 15–20 minutes at 4 months. Free play in the garden doesn't count toward that. Labs are prone to joint problems, so avoid long runs, jumping out of cars and lots of stairs until she's fully grown at about 12–18 months."
])

# ---------------------------------------------------------------- BAD_LENGTH (2)

add("bad_length", "en", "Apartment lease break: the third reply answers a concrete calculation question with just 'It depends.'", [
"I signed a 12-month lease in California and need to move out early for a job. Can the landlord make me pay the rest of the lease?",
"""Not necessarily the whole remainder. In California, landlords have a legal **duty to mitigate damages** (Civil Code §1951.2): if you leave early, the landlord must make reasonable efforts to re-rent the unit. You're generally only liable for rent until a new tenant moves in, plus reasonable costs of re-renting, such as advertising.

What to do:

1. **Read your lease** for an early-termination clause. Some leases offer a set fee, often one or two months' rent, to end the lease cleanly.
2. **Give written notice** as early as possible, with your move-out date.
3. **Help find a replacement.** Offering a qualified replacement tenant makes re-renting quicker and cheaper for everyone. Check whether subletting or assignment is allowed.
4. **Document the unit's condition** with photos when you leave.

Also, some situations allow you to break a lease without penalty in California, such as active military duty or being a victim of domestic violence, but a job move isn't one of them.""",
"The lease says: 'Tenant may terminate early with 60 days' written notice and payment of a fee equal to one month's rent.' Rent is $2,400.",
"""That clause makes things much simpler. It gives you a guaranteed exit at a known cost:

- **Notice:** at least 60 days in writing. Send it by a method you can prove, like email plus certified mail, and keep a copy.
- **Fee:** $2,400, one month's rent.
- **Rent during the notice period:** you still pay normal rent for those 60 days.

So in total, from the day you give notice, you'd pay two months' rent plus the $2,400 fee, $7,200 altogether, and then you're free of the lease. Your security deposit is handled separately and must be returned within 21 days minus any lawful deductions.""",
"If I give notice at the start of month 7, what's the total I'd pay from then until I'm out, compared with just staying until the lease ends?",
"It depends.",
"Fair enough. Should I ask the landlord to sign something confirming the termination?",
"""Yes, definitely. Once you've given notice and paid the fee, ask for a short written confirmation, signed by the landlord or property manager, stating:

- that the lease terminates on a specific date under the early-termination clause,
- that the fee of $2,400 has been received,
- that you owe no further rent after that date.

An email from the property manager's official address is usually enough, but a signed letter is better. Keep it with your lease and payment records, along with the move-out photos, in case there's any dispute about the deposit later."""
])

add("bad_length", "en", "Piano practice: the second reply is a long ramble about the history of tuning systems and Bach that never answers how long to spend on scales.", [
"I'm 40 and just started piano lessons. I have about 45 minutes a day to practise. How should I split that time?",
"""45 minutes a day is a very good amount for an adult beginner. A balanced split:

- **5 minutes – warm-up:** five-finger patterns or a simple scale, slowly, to loosen up and focus on a relaxed hand.
- **10 minutes – technique:** scales, arpeggios or a short exercise your teacher assigned.
- **20 minutes – repertoire:** your current pieces. Work on small sections – a few bars at a time, hands separately first, slowly – rather than always playing from the start.
- **5 minutes – reading:** sight-read something very easy that you've never seen before.
- **5 minutes – fun:** play something you already know or enjoy.

Two tips that make the biggest difference for adults: practise **slowly enough to play without mistakes**, and stop when you're tired – focused 45 minutes beat a distracted 90.""",
"How much of that should be scales specifically, and which ones first?",
"""Scales have a fascinating history. The major and minor scales we practise today only became the dominant system in Western music gradually, over the 17th century, as the older church modes – Dorian, Phrygian, Lydian, Mixolydian and so on – fell out of use in favour of tonal harmony. The modes themselves go back to medieval theory, which borrowed Greek names, although the medieval modes don't actually correspond to the ancient Greek ones.

A big part of the story is tuning. For centuries keyboards were tuned in meantone temperament, which made some keys sound beautifully pure and others almost unusable because of the so-called "wolf" intervals. Over time, various well temperaments were developed, which allowed every key to be played while giving each key its own subtle character. Bach's *Well-Tempered Clavier*, with preludes and fugues in all 24 major and minor keys, is often cited as a celebration of this, although scholars still argue about exactly which tuning Bach himself used, and some have even tried to decode a tuning from the decorative loops on his title page.

Equal temperament, in which every semitone is exactly the same size, only became standard on pianos in the 19th century. Today almost every piano you'll play is tuned this way, which is why a C major scale and an F-sharp major scale have the same pattern of intervals, even if they feel very different under the hand. It's a compromise: no interval except the octave is perfectly pure, but everything is usable, and most listeners never notice.""",
"Should I use a metronome from the start?",
"""Yes, but not all the time. A metronome is most useful for:

- **Scales and exercises:** start at a comfortable speed, e.g. 60 bpm with one note per click, and raise it by 4–6 bpm only when you can play cleanly three times in a row.
- **Tricky passages in pieces:** slow it right down, then build up.
- **Checking your steady pulse**, since most beginners speed up in easy bars and slow down in hard ones.

Don't use it the whole time for pieces, though – you also need to feel the music's shape and phrasing. A free app like Soundbrenner or the metronome built into many tuner apps is enough.""",
"Thanks! I'll try that this week.",
"Sounds like a great plan. Give it a week or two and you'll likely notice your hands feeling more relaxed and your pieces more even. Mention the routine to your teacher too – they can adjust the split based on what you're working on."
])

# ---------------------------------------------------------------- CONTRADICTION (2)

add("contradiction", "en", "Dog boarding booking: nightly rate given as $48 in turn 1, but the total in turn 4 is computed at $52/night (subtle, deep in the reply).", [
"Hi, I'd like to board my dog, Juno, from August 9 to August 16. She's a 30 kg German Shepherd mix. What are your rates?",
"""Hi, and thanks for thinking of us for Juno! For dogs over 25 kg, our standard boarding rate is **$48 per night**. That includes:

- a private indoor suite with a raised bed,
- three outdoor play sessions a day in our large-dog yard,
- feeding on your schedule, with your own food or ours,
- a daily photo update by text.

Optional extras:
- **Extra one-on-one walk:** $12 per walk
- **Bath before pick-up:** $35 for large dogs
- **Medication administration:** free for oral meds

August 9 to 16 is 7 nights. Check-in is between 8 am and 6 pm, and pick-up before 11 am on the 16th avoids a day-care charge. We require proof of rabies, DHPP and bordetella vaccinations before her first stay.""",
"She's on a daily joint supplement, a chewable. Is that a problem? And is she allowed to play with other dogs?",
"""Not a problem at all – chewable supplements count as oral meds, so there's no charge. Please bring them in the original container with the dose written on it, and we'll give it with her meal.

For group play, we do a short temperament assessment at check-in for first-time guests, about 15 minutes. If Juno is comfortable and social, she can join group play with other large dogs of similar energy. If she prefers her own company, she'll get her play sessions one-on-one with a staff member instead – same number of sessions, same price. Many dogs start out solo and join the group by day two or three.""",
"Great. She'll need the bath before pick-up, and could she get two extra walks during the stay?",
"Absolutely – I've noted a bath on the morning of the 16th and two extra one-on-one walks. I'll schedule the walks on days 3 and 5 to break up the week, unless you'd like different days.",
"Days 3 and 5 are fine. What's my total?",
"""Here's the breakdown for Juno's stay, August 9–16:

- **Boarding:** 7 nights × $52 = $364
- **Extra walks:** 2 × $12 = $24
- **Bath before pick-up:** $35
- **Supplement administration:** $0

**Total: $423**, plus local sales tax on the services.

We'll take a 20% deposit to hold the booking, and the rest is due at pick-up. Please email the vaccination records at least 48 hours before check-in, and remember that pick-up before 11 am on the 16th avoids a day-care charge. Is there anything else we should know about Juno – favourite toys, fears, or commands she responds to?"""
])

add("contradiction", "en", "Fantasy role-play: in turn 2 the innkeeper says the crypt key is at the bottom of the old well; in the last turn the narrator claims the innkeeper said it was under the chapel altar.", [
"Let's play a text adventure. I'm Wren, a travelling sellsword, arriving at a small village inn on a rainy night. You narrate and play the NPCs.",
"""Rain drums on the shingles of the **Crooked Lantern** as you push open the heavy oak door. Warmth and the smell of woodsmoke and mutton stew roll over you. A handful of farmers hunch over their mugs; conversation drops for a moment as they take in your sword and your soaked cloak, then resumes in a lower murmur.

Behind the bar, a broad woman with grey-streaked braids wipes a tankard and looks you over.

"Wet night to be on the road," she says. "I'm Marta. A bed's six coppers, stew's two. You'll be wanting both, I'd guess."

In the corner, by the fire, an old man in a priest's faded robe is watching you rather too intently. On the wall behind the bar hangs a notice, the ink running slightly in the damp: **REWARD – 50 SILVER – for whoever clears the chapel crypt. Ask Marta.**

What do you do?""",
"I pay for the bed and stew, then ask Marta about the crypt notice.",
"""You slide eight coppers across the bar. Marta sweeps them into her apron and ladles a steaming bowl of stew in front of you.

"The crypt," she says, lowering her voice. "Under the old chapel on the hill. Something's been coming up out of it at night these past two weeks. Sheep torn apart. Old Henrik's dog never came back. Father Aldous there" – she nods toward the man by the fire – "sealed the crypt door and locked it, but folk say they still hear scratching."

She leans closer.

"Thing is, the key's not with him any more. He threw it down the old well behind the chapel, so nobody fool enough would go in. If you want the fifty silver, you'll have to fish it out of the bottom of that well first."

By the fire, Father Aldous has stopped pretending not to listen.""",
"I go over and sit down across from Father Aldous. \"Marta tells me you sealed the crypt. What's down there?\"",
"""The priest studies you for a long moment, his hands folded around a cup of watered wine. Up close he looks exhausted – dark rings under his eyes, a tremor in his fingers.

"What's down there," he repeats quietly. "The bones of this village's founders, for three hundred years. And now something else." He takes a slow breath. "A fortnight ago, a traveller paid me to let him study the old inscriptions on the tombs. He went down with a lantern. He came up at dawn, pale as milk, and left without a word. The next night, the first sheep died."

He leans forward.

"Whatever he did, he woke something. I can't fight it, sellsword. But I can tell you this: it hates light and silver. And it's always quiet when the chapel bell rings." He fumbles in his robe and presses a small silver medallion into your palm. "My mother's. Take it.\"""",
"I thank him, finish my stew and sleep. At dawn I head up the hill to the chapel to get the key.",
"""You wake to a washed-clean sky and a cold wind. The path up the hill is slick with mud, and by the time the chapel comes into view, your boots are caked to the ankles.

It's a small stone building, its roof half-collapsed, ivy crawling over the walls. The bell still hangs in its little tower. The door creaks open at your touch. Inside, pale light falls through broken windows onto rows of rotting pews, and at the far end stands the stone altar – just as Marta told you, the crypt key should be hidden beneath it.

As you step toward the altar, you notice fresh scratches on the flagstones around it, deep grooves as if something heavy – or something with claws – has been dragged across the floor. Behind the altar, a narrow stair leads down into darkness, ending at an iron door.

From somewhere below, faintly, comes a slow, rhythmic scraping.

What do you do?"""
])

# ---------------------------------------------------------------- write & verify
with open(OUT, "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")

rows = []
with open(OUT, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        rows.append(json.loads(line))
assert len(rows) == 30, len(rows)
assert len({r["id"] for r in rows}) == 30
for r in rows:
    for c in r["conversations"]:
        assert c["from"] in ("human", "gpt")
    if r["label"] != "structure":
        cv = r["conversations"]
        assert cv[0]["from"] == "human" and cv[-1]["from"] == "gpt", r["id"]
        assert all(cv[i]["from"] == ("human" if i % 2 == 0 else "gpt") for i in range(len(cv))), r["id"]
        assert all(c["value"].strip() for c in cv), r["id"]
        assert 3 <= len(cv) // 2 <= 8, r["id"]
print("lines:", len(rows))
print("labels:", dict(Counter(r["label"] for r in rows)))
print("languages:", dict(Counter(r["language"] for r in rows)))
print("label x lang:", dict(Counter((r["label"], r["language"]) for r in rows)))
