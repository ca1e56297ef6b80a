# Builds /work/heldout3/part-a.jsonl : 45 hand-written labelled dialogues.
import json, random, re, collections

D = []

def add(label, lang, note, turns=None, raw=None):
    """turns: alternating human/gpt strings starting with human.
    raw: explicit list of (from, value) for malformed dialogues."""
    if raw is None:
        conv = [{"from": "human" if i % 2 == 0 else "gpt", "value": t.strip()}
                for i, t in enumerate(turns)]
    else:
        conv = [{"from": f, "value": v} for f, v in raw]
    D.append({"label": label, "language": lang, "note": note, "conversations": conv})

H, G = "human", "gpt"

# ======================================================================
# GOOD
# ======================================================================

add("good", "en", "Good: sourdough starter troubleshooting, 4 turns, replies specific and consistent (66F kitchen, 50% rye, feeding schedule).", [
"""My sourdough starter is two weeks old and it still barely rises, maybe 20% after a feeding. I feed it once a day with all-purpose flour at 1:1:1. What am I doing wrong?""",
"""Two weeks with only a 20% rise usually means the yeast and bacteria are alive but sluggish, and the most common culprits are temperature, flour and feeding rhythm rather than anything you are doing "wrong".

**1. Temperature.** Starters are happiest at 75-80°F (24-27°C). Below about 68°F activity drops sharply, and a starter that would double in 5 hours at 78°F may need 10-12 hours at 65°F. If you only look at it a few hours after feeding, you may be missing the peak entirely.

**2. Flour.** Bleached all-purpose flour has fewer wild microbes and less of the nutrients they like. Swapping 25-50% of the feed for whole rye or whole wheat often produces a visible change within 3-4 days.

**3. Feeding ratio and timing.** 1:1:1 once a day is fine in a warm kitchen, but in a cool one the culture can run out of food and sit in an acidic state for hours, which suppresses the yeast. Feeding twice a day (every 12 hours) for a week helps build a stronger yeast population.

**4. Water.** Heavily chlorinated tap water can slow things down. Leave it out uncovered overnight or use filtered water.

**5. Measure properly.** Put a rubber band at the starter's level right after feeding so you can see the true peak, and weigh rather than scoop.

A practical reset: keep 25 g starter, feed 25 g water and 25 g flour (half rye, half all-purpose), twice a day, in the warmest spot you have. Most starters respond within 5-7 days.""",
"""My kitchen is around 66°F. Is that the main problem? I don't have a proofing box.""",
"""Very likely, yes. At 66°F (19°C) a young starter is slow enough that a 20% rise after several hours is almost expected. You don't need a proofing box, though. Some cheap workarounds:

- **Oven with only the light on.** An incandescent oven bulb usually holds the interior at 78-85°F. Check with a thermometer first; some ovens get hotter than 90°F, in which case crack the door open. Put a note on the oven door so nobody preheats it with the jar inside.
- **Top of the fridge or near (not on) a router or cable box.** These spots often run 5-8°F warmer than the room.
- **Cooler with warm water.** Put the jar in a small cooler with a mug of hot water next to it and replace the water every 6-8 hours.
- **Warm feeding water.** Use 80-85°F water at each feeding. It gives the culture a head start even in a cool room.

Expect the time to peak to shrink from 10-12 hours at 66°F to roughly 4-7 hours at 78°F once the culture is established.""",
"""Okay, I moved it into the oven with the light on and switched to 50% rye. It doubled in 7 hours! How do I know when it's actually ready to bake with?""",
"""Doubling in 7 hours is a big jump, so you're close. Look for these signs together rather than relying on any single one:

1. **Consistency.** It doubles (or more) within 4-8 hours after each feeding for at least 3 feedings in a row. One good day can be a fluke; three is a pattern.
2. **Structure.** At the peak the top is domed or just starting to flatten, and when you look through the side of the jar you see bubbles all the way through, not only at the surface.
3. **Smell.** Pleasantly tangy, like yogurt or mild vinegar. A sharp nail-polish (acetone) smell means it is hungry and has passed its peak; feed it more often or at a bigger ratio.
4. **Texture.** When you stir it, it is airy and stringy, almost like a loose mousse.

Skip the float test with a 50% rye starter: rye holds less gas and can sink even when it is perfectly active. Use the starter for baking at its peak or within an hour or two after.""",
"""Last question: if I want to bake on Saturday morning, when should I feed it?""",
"""Work backwards from when you want to mix the dough. Assuming you want to mix around 8 a.m. Saturday and your oven-light setup keeps it near 78-80°F:

- **Friday ~9-10 p.m.:** feed at a larger ratio to slow it down, for example 1:5:5 (10 g starter, 50 g water, 50 g flour). At that temperature a 1:5:5 feed usually peaks after 9-11 hours, so it should be ready around 7-8 a.m.
- **Saturday morning:** check it when you wake up. If it has doubled and domed, mix your dough right away.

If it peaks too early (collapsed, runny by morning), go to 1:8:8 next time; if it hasn't doubled yet, give it an extra hour somewhere warm. Keep the 1:1:1 twice-daily routine on the other days."""])

add("good", "en", "Good: California security deposit question, 3 turns, correct specifics (21 days, $125 receipts rule, bad-faith 2x penalty, small-claims fees).", [
"""I moved out of my apartment in Los Angeles 25 days ago and still haven't gotten my security deposit back or any letter. How long does the landlord have in California?""",
"""Under California Civil Code section 1950.5, the landlord has **21 days** after you move out to do one of two things:

1. return the full deposit, or
2. send you an **itemized statement** of deductions along with any remaining balance.

A few details that matter for your situation:

- **Receipts.** If any single deduction for repairs or cleaning is $125 or more, the landlord must include copies of receipts or invoices (or a good-faith estimate, with receipts to follow within 14 days if the work wasn't done yet).
- **Allowed deductions.** Unpaid rent, cleaning to return the unit to move-in condition, and repair of damage beyond normal wear and tear. Faded paint, minor scuffs, and worn carpet from normal use are not deductible.
- **Where it's sent.** The statement goes to the forwarding address you gave. If you never gave one, the landlord can mail it to the old unit, so check with the post office or the new tenant.
- **Penalty.** If a court finds the landlord kept the deposit in bad faith, it can award up to **twice the amount of the deposit** in addition to the deposit itself.

Since day 21 has passed with nothing at all, the usual next step is a written demand letter before going to small claims court.""",
"""What should the demand letter say? Do I need a lawyer for this?""",
"""You don't need a lawyer; most tenants handle this themselves, and lawyers aren't allowed to represent parties in California small claims court anyway. Keep the letter short and factual:

1. **Your name, the property address, and your move-out date.**
2. **The deposit amount** and how you paid it.
3. **Your forwarding address** (and that you provided it, if you did, with the date).
4. **The legal basis:** state that under California Civil Code 1950.5 the landlord had 21 days to return the deposit or send an itemized statement, and give the exact calendar date that deadline passed (day 21 after your move-out).
5. **A clear demand:** full return of the deposit within a specific period, commonly 10-14 days.
6. **Consequence:** that if you don't receive it, you will file in small claims court and ask for the statutory penalty of up to twice the deposit for bad-faith retention.

Send it by certified mail with return receipt, and also by email or text if that's how you normally communicated. Keep copies of everything, including the mailing receipt.""",
"""If it ends up in small claims, what evidence should I bring?""",
"""Bring three copies of everything (one for you, one for the judge, one for the landlord):

- **The lease** and any move-in inspection checklist.
- **Proof you paid the deposit:** cancelled check, bank statement, or receipt.
- **Photos or video** of the unit at move-in and move-out, ideally date-stamped. Move-out footage of each room is the most persuasive evidence you can have.
- **Proof of your forwarding address** (email, text, or letter).
- **The demand letter** and the certified mail receipt/tracking page.
- **All communication** with the landlord about the deposit.
- **A one-page timeline:** move-in date, move-out date, day 21, date of demand letter, date of filing.

Filing fees in California are $30 for claims up to $1,500, $50 up to $5,000, and $75 above $5,000 (more if you've filed over 12 claims in a year), and you can ask the court to add the fee to the judgment. Individuals can claim up to $12,500. In court, the landlord has the burden of showing the deductions were reasonable, so a missing itemized statement works strongly in your favor."""])

add("good", "en", "Good: pandas/DuckDB large CSV, 5 turns, mix of long code answers and short direct ones, consistent columns throughout.", [
"""I have a 6 GB CSV with about 40 million rows of sales data (columns: date, store_id, sku, qty, price). pd.read_csv crashes my laptop, which has 16 GB of RAM. Any ideas?""",
"""That crash is usually caused by pandas' default dtypes rather than the raw size. By default every integer column becomes int64 (8 bytes), floats become float64, and text columns like `sku` become Python objects, which can cost 50+ bytes per value. For 40 million rows that adds up fast.

Things to try, roughly in order of effort:

1. **Specify dtypes and load only what you need:**
   ```python
   dtypes = {"store_id": "int32", "sku": "category", "qty": "int16", "price": "float32"}
   df = pd.read_csv("sales.csv", dtype=dtypes, parse_dates=["date"],
                    usecols=["date", "store_id", "sku", "qty", "price"])
   ```
   With these types a row costs roughly 8 (date) + 4 + 4 (category code) + 2 + 4 = 22 bytes, so about 0.9 GB for 40 million rows plus the category dictionary. That alone often fits.

2. **Process in chunks** with `chunksize=` if you only need aggregates, so you never hold the full table.

3. **Use an engine built for this**, like DuckDB or Polars, which can query the CSV directly and stream it.

Check `qty` fits in int16 (max 32,767) before using it; otherwise use int32.""",
"""What would the chunked version look like if I want total revenue per store per month?""",
"""Something like this: aggregate each chunk, then combine the partial results.

```python
import pandas as pd

dtypes = {"store_id": "int32", "qty": "int32", "price": "float32"}
parts = []

for chunk in pd.read_csv("sales.csv", usecols=["date", "store_id", "qty", "price"],
                         dtype=dtypes, parse_dates=["date"], chunksize=2_000_000):
    chunk["revenue"] = chunk["qty"] * chunk["price"].astype("float64")
    chunk["month"] = chunk["date"].dt.to_period("M")
    parts.append(chunk.groupby(["store_id", "month"], observed=True)["revenue"].sum())

result = (pd.concat(parts)
            .groupby(level=["store_id", "month"]).sum()
            .reset_index()
            .sort_values(["store_id", "month"]))
result.to_csv("revenue_by_store_month.csv", index=False)
```

Notes:
- The second `groupby` is needed because the same store and month can appear in several chunks.
- I cast price to float64 before multiplying so the sums don't lose precision over millions of rows.
- 2 million rows per chunk uses a few hundred MB; raise or lower it to taste.""",
"""Does the pyarrow engine help with memory or only speed?""",
"""Mostly speed. `engine="pyarrow"` parses the file with multiple threads, often 3-10x faster. On its own it still produces a regular pandas DataFrame, so peak memory is similar. If you also pass `dtype_backend="pyarrow"` (pandas 2.0+), string columns are stored as Arrow strings, which are much more compact than Python objects, so that part does save memory. For a whole-file aggregation, though, DuckDB or Polars will beat both options.""",
"""I tried DuckDB and the query took 9 seconds. Can I write the result straight to Parquet?""",
"""Yes, with `COPY`:

```python
import duckdb
duckdb.sql('''
  COPY (
    SELECT store_id, date_trunc('month', date) AS month, SUM(qty * price) AS revenue
    FROM read_csv_auto('sales.csv')
    GROUP BY ALL ORDER BY ALL
  ) TO 'revenue_by_store_month.parquet' (FORMAT PARQUET)
''')
```

No pandas step needed; DuckDB streams the result to the file.""",
"""Great. Should I also convert the original CSV to Parquet for future analyses?""",
"""Yes, it's almost always worth it for a file you'll query repeatedly:

- **Size:** Parquet is columnar and compressed. A 6 GB CSV of this shape typically becomes 0.6-1.2 GB with the default Snappy or ZSTD compression.
- **Speed:** tools read only the columns a query needs, and each row group stores min/max statistics, so a filter like `WHERE date >= '2024-01-01'` can skip most of the file.
- **Types:** dates, integers and floats are stored with their types, so you never have to repeat the dtype dance from earlier.

One command does it:

```python
duckdb.sql("COPY (SELECT * FROM read_csv_auto('sales.csv')) "
           "TO 'sales_parquet' (FORMAT PARQUET, PARTITION_BY (year), COMPRESSION ZSTD)")
```

For that you'd first add a `year` column (`SELECT *, year(date) AS year ...`). Partitioning by year or month creates one folder per value, which makes date-range queries even faster. Avoid partitioning by something with thousands of values like `sku`; you'd end up with thousands of tiny files. Keep the original CSV archived somewhere until you've checked that row counts and revenue totals match."""])

add("good", "en", "Good: grief support after dog's euthanasia, 4 turns, empathetic and specific (guilt, explaining death to an 8-year-old, book titles), short closing reply.", [
"""My dog Biscuit died yesterday. He was 14. I keep expecting to hear his nails on the kitchen floor and then I just lose it. Is it stupid to be this wrecked over a dog?""",
"""It isn't stupid at all. I'm so sorry about Biscuit.

Fourteen years is a long time to share a home with someone. He was there for your mornings, your evenings, the walks, the ordinary days nobody else saw. The sound of his nails on the floor was part of the background of your life, and your brain is still expecting it. Those moments when you listen for him and then remember are one of the most common and painful parts of losing a pet, and they tend to hit hardest in the first days and weeks.

Research on pet loss consistently finds that grief for a dog can be as intense as grief for a person, partly because the relationship is so daily and so uncomplicated. What you're feeling is a measure of how much he mattered, not a sign that something is wrong with you.

There's no right way to do this. Some people want to put his things away right away; others keep his bowl out for weeks. Both are fine. If you'd like to tell me about him, or about what yesterday was like, I'm here to listen.""",
"""The worst part is that I'm the one who decided to put him down. The vet said his kidneys were failing but he still wagged his tail at me that morning. I feel like I killed him.""",
"""That feeling is so common among people who've had to make this decision, and it makes sense: you were the one who said yes. But I want to gently offer another way to see it.

Kidney failure in an old dog doesn't get better. By the time a vet recommends euthanasia, the kidneys usually can't clear toxins from the blood anymore, which causes nausea, weakness, mouth ulcers and exhaustion. Dogs are very good at hiding discomfort, and a tail wag when the person they love walks in doesn't mean they weren't suffering. It means he was still glad to see you, right to the end. That is something you gave him.

What killed Biscuit was the disease. What you chose was how and when it would end: quietly, with you there, before the worst weeks came. Many vets describe it as the last act of care an owner can give, and it's one that costs the owner a great deal so that the dog doesn't have to pay it.

Guilt often shows up in grief because it gives us a sense that we had control. It may keep visiting for a while. When it does, it may help to remember that you made the decision with the information the vet gave you, for his sake, not for your own.""",
"""My 8-year-old daughter keeps asking where Biscuit went. I don't know what to tell her.""",
"""At eight, children understand that death is permanent, so honest and simple words work best:

- **Use the real words.** "Biscuit died. His body was very sick and it stopped working, and he can't come back." Avoid "put to sleep" or "went away": young children can become afraid of sleeping or wonder when he'll return.
- **Explain the decision if she asks.** "His kidneys were so sick that he was going to hurt a lot. The vet helped him die peacefully so he wouldn't be in pain."
- **Let her ask the same question many times.** Repetition is how children process it. Short, consistent answers are better than long explanations.
- **Show your own sadness.** Crying in front of her tells her it's okay to be sad, and that sad feelings can be shared.
- **Give her something to do.** Drawing a picture of Biscuit, making a memory box with his collar, or writing him a letter.

Two picture books many families find helpful at this age are *The Tenth Good Thing About Barney* by Judith Viorst and *Dog Heaven* by Cynthia Rylant. Choose based on whether a heaven framing fits your family's beliefs.""",
"""Thank you. I think we'll plant something in the garden for him this weekend.""",
"""That sounds like a lovely way to remember him. Letting your daughter choose the plant, and maybe paint a small stone with his name, could give her a place to go when she misses him, and you too. Take care of yourself this week; it's okay if some days are harder than others."""])

add("good", "en", "Good: role-play mock interview for junior data analyst, 6 turns, assistant stays in role, gives specific feedback and consistent follow-up questions.", [
"""Let's do a mock interview. You're the hiring manager for a junior data analyst role at a grocery delivery company. Ask me one question at a time and give me feedback after each answer.""",
"""Sounds good. I'll play Maya, analytics manager at a grocery delivery company. I'll keep the questions close to what you'd get in a real first-round interview and give you feedback on each answer before moving on.

---

"Hi, thanks for coming in. Let's start with something from your experience. **Tell me about a time you used data to change a decision someone was about to make.** Walk me through the situation, what you did, and what happened."
""",
"""In my final year at university I worked at the campus library. They wanted to cut weekend opening hours to save money. I pulled the door-counter data and checkout logs for two semesters and found that Sunday afternoons were actually the third-busiest time slot, mostly because of students studying before Monday exams. I presented this and they cut Saturday mornings instead.""",
"""**Feedback:** That's a solid example. It's relevant, and the outcome is clear. Three things would make it stronger:

1. **Quantify.** "Third-busiest slot" is good; "about 340 visitors on an average Sunday afternoon versus 90 on Saturday mornings" is memorable.
2. **Show your process.** Mention how you combined two data sources (door counter plus checkouts) and any cleaning you did. Interviewers for analyst roles want to hear about the messy middle.
3. **Close the loop.** What happened afterwards? Did they save the money they wanted? Even "they saved roughly 8 staff-hours a week without complaints" lands well.

---

"Next, a technical one. We have an `orders` table with columns `order_id`, `customer_id`, `product_id`, `quantity`, `unit_price` and `order_date`. **Write a query that returns the top 5 products by revenue in the last calendar month.**"
""",
"""SELECT product_id, SUM(quantity * unit_price) AS revenue FROM orders WHERE order_date >= '2024-05-01' AND order_date < '2024-06-01' GROUP BY product_id ORDER BY revenue DESC LIMIT 5;""",
"""**Feedback:** That's correct, and using `>=` with a strict `<` on the next month is exactly right; it avoids missing orders late on the 31st if `order_date` is a timestamp. Two small things an interviewer might push on:

- **Hard-coded dates.** Mention you'd normally compute them, e.g. `DATE_TRUNC('month', CURRENT_DATE) - INTERVAL '1 month'`, so the query works next month too.
- **Ties.** If products 5 and 6 have equal revenue, `LIMIT 5` drops one arbitrarily. Saying "I'd check with the stakeholder whether ties matter, and use `RANK()` if so" shows maturity.

---

"Good. Now a case question. **Our on-time delivery rate dropped from 94% to 89% last week. How would you investigate?**"
""",
"""First I'd check whether it's real: did the definition or the tracking change? Then I'd break it down by city, warehouse, time of day and driver to see if the drop is concentrated somewhere. I'd also look at order volume, because a spike could overload drivers, and at external things like weather.""",
"""**Feedback:** Strong structure. Starting with "is the data right?" is exactly what experienced analysts do first, and the segmentation list is good. To push it further:

- **Prioritise.** Say which cut you'd look at first and why, e.g. "by warehouse, since operations are managed per warehouse."
- **Name a metric.** Instead of only the rate, look at the distribution of lateness: are many orders 2 minutes late, or a few orders 90 minutes late? They point to very different causes.
- **End with action.** "If I found it was concentrated in one warehouse after a staffing change, I'd share that with the ops lead with a recommendation."

---

"Last question: **Why do you want to work here rather than at a bigger tech company?**"
""",
"""Honestly, I like that grocery delivery has physical constraints like drivers, stock and perishable items, so the analysis has a visible effect. And at a smaller company I think I'd get to own projects sooner.""",
"""**Feedback:** Genuine and specific, which is what matters most. The point about physical constraints is a great hook. Add one detail that shows you've researched *this* company, such as a recent expansion or a product feature, and it will sound less like it could apply to any delivery startup.

---

"That's all from me. Do you have any questions for me?"

(In a real interview, always have two questions ready, for example about what success looks like in the first 90 days, or how the analytics team works with operations.)""",
"""Can you give me an overall score and the top 3 things to work on?""",
"""Overall I'd put this at **7.5 out of 10**: a clear pass to the next round for a junior role. Your answers were honest, well structured, and your SQL was correct.

**Top 3 things to work on:**

1. **Numbers in your stories.** Add 2-3 concrete figures to each behavioral example (visitors, hours saved, percentages). It's the single fastest way to sound like an analyst.
2. **Prioritise out loud.** In the case question you listed good ideas; say which one you'd do first and why. Hiring managers are testing judgment, not just coverage.
3. **Finish with the "so what".** End each answer with the action or recommendation. Practice the pattern: finding, then impact, then next step.

If you want, we can rerun the case question with these changes, or I can give you a harder SQL question using window functions."""])

add("good", "en", "Good: brake squeal on 2015 Civic, 4 turns, specific and correct (wear indicator, pad thickness, 80 lb-ft lug torque, cost ranges, common DIY mistakes).", [
"""My 2015 Honda Civic makes a high-pitched squeal when I brake lightly, but it goes away when I press harder. It has 62,000 miles. Should I be worried?""",
"""That pattern, a squeal under light braking that stops when you press harder, very often comes from the **pad wear indicator**. It's a small metal tab clipped to the brake pad that starts rubbing on the rotor when the pad material is down to about 2-3 mm. It's designed to squeal exactly like this to warn you. At 62,000 miles, if the front pads are the originals, they're right in the range where many Civics need their first pad replacement.

Other possible causes:

- **Glazed pads or rotors** from heavy braking; usually the squeal is there more often.
- **Dust or debris** between pad and rotor; often changes or disappears after a few days of driving.
- **Missing or dry anti-squeal shims/grease**, common right after a cheap brake job.

It's not an emergency today, but don't ignore it for months. If the indicator is the cause and you keep driving, the pad can wear to the metal backing plate, and then you'll hear grinding, and the rotors get damaged, which roughly doubles the cost. Check the pads within the next week or two.""",
"""How can I check pad thickness myself without taking the wheel off?""",
"""On a Civic you can usually see the outer pad through the wheel spokes:

1. Park on level ground, turn the steering wheel fully to one side so the front wheel's caliper faces outward, and shine a flashlight between the spokes.
2. Find the caliper (the clamp over the rotor). The pad is the dark layer pressed against the shiny rotor surface, on top of a metal backing plate.
3. Estimate the friction material's thickness, not including the backing plate. New pads are about 10-12 mm; replace at 3 mm or less.

Keep in mind the **inner pad often wears faster** than the outer one and is hard to see without removing the wheel. If the outer looks borderline, assume the inner is worse.

If your wheel design makes it impossible to see, pulling the wheel is easy: loosen the lug nuts slightly on the ground, jack the car at the front jacking point, put it on a jack stand, then remove the wheel. When you put it back, torque the lug nuts to **80 lb-ft** in a star pattern.""",
"""The outer pad looks like about 2 mm. How much should I expect to pay at a shop versus doing it myself?""",
"""At 2 mm it's time to replace them. Rough US prices for front brakes on a 2015 Civic:

**At a shop**
- Pads only: about $150-$300 for the front axle.
- Pads plus new rotors: about $300-$550. Dealers are at the top of that range, independent shops and chains at the bottom.
- Many shops will recommend rotors automatically; ask them to measure rotor thickness and show you the minimum spec before agreeing.

**Doing it yourself**
- Quality ceramic pads: $30-$70 per axle.
- Rotors, if needed: $35-$80 each.
- Tools if you don't own them: jack and jack stands, a metric socket set, a torque wrench, a C-clamp or caliper piston tool, brake cleaner and caliper grease, about $80-$150 total, reusable.

So DIY is roughly $40-$230 in parts versus $150-$550 at a shop. It takes a first-timer about 1.5-3 hours for both front wheels.""",
"""If I do it myself, is there anything people commonly mess up?""",
"""Yes, a few mistakes come up again and again:

1. **Not pumping the pedal before driving.** After pushing the caliper pistons back, the first press goes almost to the floor. Pump it until it's firm before moving the car.
2. **Skipping the slide pins.** Clean and re-grease the caliper guide pins with silicone brake grease. Dry or seized pins cause uneven pad wear and noise.
3. **Grease or brake fluid on the pad faces or rotors.** Even fingerprints can cause squeal. Clean rotors with brake cleaner before installing.
4. **Reusing worn hardware.** Use the new abutment clips that come with good pads.
5. **Not checking rotor thickness.** The minimum thickness is stamped on the rotor; if it's below that, replace it.
6. **Overflowing the brake fluid reservoir.** Pushing the pistons back raises the fluid level. Check it and remove some if it's above MAX.
7. **Over- or under-torquing bolts.** Use the torque wrench for caliper bracket bolts and lug nuts (80 lb-ft), not an impact gun.
8. **Skipping bed-in.** Do 8-10 moderate stops from about 35 mph to 5 mph without coming to a full stop, then drive a few minutes without braking hard to let them cool.

Do one side at a time so you always have the other side as a reference."""])

add("good", "en", "Good: blossom end rot on Roma tomatoes, 3 turns, correct cause and watering advice, short accurate answer on eggshells.", [
"""The bottoms of my Roma tomatoes are turning black and leathery, like a sunken bruise. Is this a disease? Should I pull the plants?""",
"""Don't pull them. What you're describing is almost certainly **blossom end rot**, and it isn't a disease; it's a physiological disorder, so it won't spread to other plants.

**What's happening:** the fruit can't get enough calcium to the blossom end (the bottom) while it's growing fast. Calcium moves only with water, so the usual cause is **uneven watering**, not soil that lacks calcium. Dry spells followed by heavy watering, hot weather, and root damage all make it worse. Paste types like Roma and San Marzano are especially prone, and it often hits the first fruits of the season hardest and then eases off.

**What to do now:**
1. **Pick off the affected fruit.** They won't recover, and removing them lets the plant put energy into new fruit. The unaffected parts are safe to eat if you cut away the dark area.
2. **Water deeply and consistently:** about 1-1.5 inches (2.5-4 cm) of water per week, more in hot spells, delivered so the soil stays evenly moist, not soggy.
3. **Mulch** 2-3 inches of straw or shredded leaves around the base to keep soil moisture steady.
4. **Go easy on nitrogen fertilizer**, which pushes leafy growth that competes with fruit for calcium.
5. If it keeps happening next year, get a **soil test**: if pH is below about 6.2 or calcium is actually low, lime or gypsum can help.

Calcium foliar sprays are popular but have little effect, because calcium doesn't move from leaves into fruit well.""",
"""I water every evening for about 5 minutes with a hose. Is that enough?""",
"""Probably not in the way the plants need. Five minutes daily with a hose tends to wet only the top few centimeters of soil. The surface looks moist, but the deeper roots, which do most of the work in hot weather, dry out during the day. That cycle of shallow wet / deep dry is exactly the kind of unevenness that triggers blossom end rot.

Better approach for in-ground plants:

- **Water less often but deeper:** 2-3 times a week, long enough to soak the soil 6-8 inches (15-20 cm) down. With a hose at moderate flow that's often 15-20 minutes per plant, or use a soaker hose or drip line for 45-60 minutes.
- **Check before watering:** push a finger 2 inches into the soil. If it's dry at that depth, water; if it's cool and moist, wait.
- **Water in the morning** if you can, so leaves dry quickly and the plant has moisture during the hottest part of the day.
- **Containers are different:** a pot of 5 gallons or less may really need daily watering in summer, until water runs out the bottom.

With mulch on top, the deeper watering will hold much better between sessions.""",
"""Should I add crushed eggshells to the soil to fix the calcium?""",
"""They won't help this season. Eggshells break down very slowly, often taking a year or more in soil even when finely crushed, so the calcium isn't available when the plant needs it. And since the problem is water delivery rather than a lack of calcium in most gardens, consistent watering and mulch will do far more. Eggshells are fine to add to your compost; just don't count on them as a fix."""])

add("good", "en", "Good: buying a used road bike under $800, 5 turns, consistent facts (56 cm frame, Sora, $550 then bought at $500), specific checks and maintenance.", [
"""I want to buy a used road bike for under $800 to start doing 30-50 mile weekend rides. I'm 5'10". What should I look for?""",
"""$800 goes a long way on the used market, so you can be choosy. Here's what to focus on:

**Size.** At 5'10" (178 cm) you're most likely a **54-56 cm** frame on most brands, or "M" on brands that use letters. Inseam matters too; if your legs are long for your height, lean toward 56. A bike that's the wrong size can't be fixed with parts, so this is the first filter.

**Frame material.**
- *Aluminum:* durable, affordable, slightly firmer ride. Great choice at this budget.
- *Carbon:* lighter and smoother, but hidden damage is a risk on a used bike. Only buy if you can inspect it carefully or it comes with history.
- *Steel:* comfortable and repairable, often heavier.

**Components.** For 30-50 mile rides you want at least **Shimano Sora (9-speed) or Tiagra (10-speed)**; **105 (11-speed)** is the sweet spot if you find it in budget.

**Geometry.** "Endurance" bikes (Trek Domane, Specialized Roubaix, Giant Defy, Cannondale Synapse) have a taller front end and are more comfortable for long rides than race bikes.

**Inspection:**
- Frame: cracks near welds, dents in the top and down tubes.
- Wheels: spin them. They should run straight, with no wobble or grinding hubs.
- Drivetrain: check chain wear, shark-fin teeth on the chainrings, smooth shifting in all gears.
- Brakes: pads with material left; rims not deeply grooved if it's rim brakes.

Plan to keep $100-150 of the budget for a tune-up, tires, or a bike fit adjustment.""",
"""Found a 2017 Trek Domane AL 3, 56 cm, Sora groupset, $550. Good deal?""",
"""It can be, depending on condition. The Domane AL 3 is an aluminum endurance bike with a carbon fork and relaxed geometry, which fits what you described well: comfortable for 30-50 miles, stable, with room for 28 mm tires. Sora 9-speed is basic but reliable and easy to maintain.

On price: comparable 2016-2018 aluminum bikes with Sora usually sell for roughly **$400-$600** used in many US markets, so $550 is on the upper end. It's fair if the bike is clean, recently serviced, and has good tires. If it needs a chain, tires or brake pads, offering **$450-$500** and pointing out what needs replacing is reasonable.

Before going, ask the seller: has it been crashed? When was it last serviced? Is the chain original? And confirm the frame size printed on the frame, not just the listing.""",
"""How do I check chain wear when I see it?""",
"""Easiest is a **chain checker tool** ($10-15, e.g. Park Tool CC-3.2): drop it into the chain; if the 0.75% side drops in fully on a 9-speed chain, it needs replacing. No tool? Use a ruler: 12 full links should measure exactly 12 inches from pin to pin. At 12 1/16 inches, the chain is worn. At 12 1/8, the cassette is probably worn too.""",
"""The seller says the cassette was replaced last year. What else should I test on the ride?""",
"""A 10-15 minute test ride tells you a lot. Go through this:

1. **Fit first.** Set the saddle so your leg is almost straight at the bottom of the stroke. Can you reach the hoods comfortably without locking your elbows?
2. **Shifting.** Go through every gear on both chainrings, under light pedaling. It should click cleanly without skipping or hesitation. Try shifting under load on a small hill.
3. **Brakes.** Both levers should feel firm and stop you well before touching the handlebar. Listen for grinding.
4. **Noises.** Creaks while pedaling out of the saddle can mean a loose bottom bracket or dry headset; clicking that follows wheel speed may be a hub or spoke issue.
5. **Headset.** Stop, hold the front brake and rock the bike forward and back. Any clunk or play means the headset needs adjusting.
6. **Handling.** Ride no-hands briefly if you're comfortable, or with a very light grip. The bike should track straight. Pulling to one side can mean a bent fork or frame.
7. **Wheels.** Afterwards, lift each wheel and spin it; look at the gap to the brake pads for wobble.

If everything passes, you're in good shape. A new cassette last year is a bonus, but check the chain too; a worn chain would quickly wear the new cassette.""",
"""I bought it for $500! What maintenance should I do in the first month?""",
"""Nice work, $500 is a good price for that bike. In the first month:

- **Tire pressure before every ride.** For 28 mm tires at your weight, roughly 70-85 psi is a common starting point; check the range printed on the sidewall.
- **Clean and lube the chain** every 150-200 miles, or after any wet ride. Wipe off the excess; a dry-looking chain with oil inside the rollers is ideal.
- **Fine-tune your fit.** Adjust saddle height in small steps (3-5 mm). Knee pain at the front usually means the saddle is too low; at the back, too high.
- **Check bolts.** Stem, handlebar, seatpost and saddle clamp bolts, ideally with a small torque wrench using the values printed next to each bolt (usually 4-6 Nm).
- **Brake pads.** Look for remaining groove depth; replace if they're near the wear line.
- **Consider a tune-up** at a shop ($60-$100) if you don't know the service history. They'll true the wheels, adjust the gears and check bearings.

Also get a saddle bag with a spare tube, tire levers and a mini pump before your first 30-mile ride."""])

add("good", "en", "Good: history of the Hanseatic League, 4 turns, accurate specifics (Lübeck, kontors, Stralsund 1370, Utrecht 1474, Steelyard 1598, last Hansetag 1669, HH/HB/HL plates).", [
"""What was the Hanseatic League, and why was it so powerful?""",
"""The Hanseatic League (the Hanse) was a network of merchant associations and trading towns in northern Europe that dominated Baltic and North Sea trade from roughly the 13th to the 16th century. It was never a state: it had no king, army or permanent treasury, which makes its power all the more striking.

**How it worked.** It grew out of groups of German merchants who banded together for protection and shared privileges abroad. Over time the towns themselves joined, led by **Lübeck**, with Hamburg, Bremen, Cologne, Danzig (Gdańsk), Rostock, Stralsund and dozens of others. At its height some 70-100 towns were associated with it. Representatives met occasionally at a general assembly, the **Hansetag**, usually held in Lübeck.

**Kontors.** The Hanse ran four great foreign trading posts: the **Steelyard** in London, Bruges in Flanders, **Bryggen** in Bergen (Norway) and the **Peterhof** in Novgorod. Merchants there lived under their own rules and enjoyed tax and legal privileges.

**Why it was powerful:**
- It controlled the flow of key goods: furs and wax from Russia, grain and timber from the Baltic, stockfish from Norway, herring from the Sound, cloth from Flanders and England, salt from Lüneburg.
- It could impose **trade embargoes**, cutting a city or kingdom off from these goods, which was often more effective than war.
- Its ships, especially the large **cog**, could carry bulk cargo cheaply.
- Its shared privileges meant rulers who wanted Hanseatic trade had to negotiate with the whole network.""",
"""Did it ever actually fight wars?""",
"""Yes, when embargoes weren't enough. The best-known conflict was against **Denmark under King Valdemar IV**, who took Gotland and sacked Visby in 1361 and threatened Hanseatic control of the Sound. The towns formed the Confederation of Cologne in 1367 and defeated him. The **Treaty of Stralsund (1370)** gave the Hanse control of fortresses on the Scania coast for 15 years, a share of their revenues, and even a say in the Danish royal succession. It's usually seen as the peak of Hanseatic power.

Other conflicts:
- The **Anglo-Hanseatic War (1469-1474)**, mostly fought at sea, ended with the **Treaty of Utrecht (1474)**, which restored and confirmed the Hanse's privileges in England, including ownership of the Steelyard.
- Campaigns against pirates, notably the **Victual Brothers**, whose leader Klaus Störtebeker was captured and executed in Hamburg around 1401.""",
"""Why did it decline?""",
"""There was no single collapse; it faded over about two centuries:

- **Stronger territorial states.** Sweden, Denmark, Poland and Muscovy became centralized and wanted their own merchants to profit. In 1494 **Ivan III** closed the Novgorod kontor.
- **Dutch and English competition.** Dutch merchants offered cheaper shipping and better financial methods, and England pushed back against Hanseatic privileges; **Elizabeth I** revoked the Steelyard's privileges in **1598**.
- **Shifting trade routes.** After the 1490s, Atlantic and colonial trade grew in importance, and the Baltic became less central.
- **Internal weakness.** Member towns often had conflicting interests and only loose obligations to each other.
- **The Thirty Years' War (1618-1648)** devastated northern Germany.

The last Hansetag met in **1669**, with only a handful of towns attending. After that, only Lübeck, Hamburg and Bremen kept the Hanseatic name as an alliance.""",
"""Is there anything left of it today?""",
"""Quite a lot. Several German cities still call themselves "Hansestadt", and you can see it on license plates: **HH** (Hansestadt Hamburg), **HB** (Bremen), **HL** (Lübeck), **HRO** (Rostock), **HST** (Stralsund) and **HWI** (Wismar). Physical remains include Lübeck's **Holstentor** gate, the wharf at **Bryggen** in Bergen (a UNESCO World Heritage site) and Lübeck's **European Hansemuseum**, opened in 2015. And since 1980 a modern "New Hanse" city network, founded in Zwolle, links well over 100 towns that share the heritage, with an annual Hanseatic Days festival."""])

add("good", "en", "Good: starting running at 42 with past patellofemoral pain, 3 turns, specific plan, exercises with sets/reps, pain-monitoring rules.", [
"""I'm 42, about 30 pounds overweight, and I want to start running. I had mild patellofemoral pain in my right knee a couple of years ago. How should I start?""",
"""Starting carefully is the right instinct: patellofemoral pain usually flares when running volume rises faster than the tissues around the knee can adapt. A plan that works for many people in your situation:

**Before you start:** if the knee still bothers you on stairs or after sitting, see a physiotherapist or sports-medicine doctor first. Otherwise, a general check-up is sensible at 42 if you've been inactive.

**Weeks 1-2: walking base.** Walk briskly 30-40 minutes, 4 days a week. This conditions tendons and joints at low impact.

**Weeks 3-10: run-walk intervals, 3 days a week, never two days in a row.**
- Start with 1 minute easy jogging / 2 minutes walking, repeated 8 times.
- Each week, increase running time slightly (e.g. 90 s / 2 min, then 2 min / 2 min) only if the previous week felt fine.
- By week 8-10 most people can jog 20-25 minutes continuously.

**Running form tips that reduce knee load:**
- Run *slowly*, at a pace where you can talk in full sentences.
- Take slightly shorter, quicker steps. Increasing cadence by 5-10% has been shown to reduce load on the knee joint.
- Start on flat, even surfaces; avoid steep downhills early on.

**Shoes:** pick what feels comfortable in the store; comfort is a better guide than "motion control" labels.

**Strength training twice a week** is the part most beginners skip, and for patellofemoral pain it's the most important part.""",
"""What strength exercises exactly, and how often?""",
"""Twice a week, on non-running days or after an easy run. Focus on hips and thighs, since weak glutes and quads are strongly linked to patellofemoral pain. Takes about 20-25 minutes:

1. **Glute bridges:** 3 sets of 12-15. Progress to single-leg bridges after 2-3 weeks.
2. **Side-lying hip abduction** (top leg lifted, toes slightly down): 3 × 15 per side.
3. **Clamshells with a resistance band:** 3 × 15 per side.
4. **Wall sits:** 3 × 30-45 seconds, knees at a comfortable angle (start at about 45°, not a full 90°, if the knee is sensitive).
5. **Step-downs** from a 10-15 cm step, slowly, keeping the knee in line with your second toe: 3 × 10 per leg.
6. **Calf raises** on a step: 3 × 15, progressing to single-leg.

Choose a load where the last 2-3 reps feel hard but your form stays clean. Mild discomfort in the knee (up to about 3 out of 10) during step-downs is acceptable; sharp pain is not. Increase reps or add resistance every 1-2 weeks.""",
"""If my knee starts hurting on week 3, what should I do?""",
"""Use a simple pain-monitoring rule rather than stopping completely:

- **Pain up to 3/10 during the run, and back to normal by the next morning:** acceptable. Continue the plan.
- **Pain above 3/10, or still worse the next morning:** repeat the previous week's intervals instead of progressing, and run on flatter, softer ground.
- **Pain that makes you limp, or gets worse over two consecutive runs:** take 3-5 days off running, keep the strength work, and restart one week back.

See a physio if the pain lasts more than 2 weeks despite backing off, or right away if there's **swelling, locking, or the knee giving way**; those aren't typical of patellofemoral pain and need assessing."""])

add("good", "en", "Good: US freelancer estimated taxes, 4 turns, correct 2024 figures and a worked set-aside calculation, consistent $70k/$62k numbers.", [
"""I just went freelance in March (graphic design). Do I have to pay quarterly taxes? I expect to make around $70,000 this year.""",
"""Almost certainly yes. The IRS expects estimated payments if you'll owe **$1,000 or more** in federal tax for the year after withholding and credits, and at $70,000 of freelance income you'll be well above that.

**What you owe as a freelancer:**
- **Self-employment tax** of 15.3% (Social Security 12.4% + Medicare 2.9%), applied to 92.35% of your net profit. This replaces the payroll taxes an employer used to split with you.
- **Regular income tax** on your profit, after deductions.

**Due dates** for each year's estimated payments (moved to the next business day if they fall on a weekend or holiday):
- April 15 (income from January-March)
- June 15 (April-May)
- September 15 (June-August)
- January 15 of the following year (September-December)

You pay with **Form 1040-ES** vouchers or, more easily, online through IRS Direct Pay or your IRS online account. Most states with an income tax have their own quarterly payments on similar dates.

**Safe harbor:** you avoid the underpayment penalty if your payments add up to at least 90% of this year's tax, or 100% of last year's total tax (110% if last year's AGI was over $150,000). If you had a W-2 job last year with normal withholding, the prior-year rule can make the first year much simpler.""",
"""Roughly how much should I set aside from each client payment?""",
"""A rough federal estimate, using 2024 figures and assuming about $8,000 of business expenses (so $62,000 net profit), single filer, no other income:

1. **Self-employment tax:** $62,000 × 0.9235 × 15.3% ≈ **$8,760**
2. Half of that is deductible: ≈ $4,380
3. Income after that deduction: $62,000 − $4,380 = $57,620
4. Minus the standard deduction ($14,600): $43,020
5. Minus the qualified business income deduction (20%, limited here to 20% of $43,020): ≈ $8,600 → taxable income ≈ **$34,420**
6. Income tax: 10% of the first $11,600 ($1,160) + 12% of the remaining $22,820 ($2,738) ≈ **$3,900**

**Total federal ≈ $12,660**, about 20% of net profit or 18% of gross. Add state income tax (0% in states like Texas or Florida, often 4-9% elsewhere).

**Practical rule:** move **25-30% of every client payment** into a separate savings account the day it arrives. That covers federal and most states with a cushion, and anything left over in April is a nice surprise rather than a bill you can't pay.""",
"""I started in March, so I've already missed the April payment. Am I in trouble?""",
"""Not really. The April 15 payment covers income earned January through March, so only your March income was due then. A few points:

- The penalty for underpaying isn't a fine; it works like interest on the amount that was late, at the IRS underpayment rate (8% per year for most of 2024). On a small missed amount for a couple of months, that's often just a few dollars.
- **Pay now** to stop it from accruing, then make the June payment on time.
- When you file, **Form 2210 with Schedule AI** (the annualized income installment method) lets you show that your income started in March, which can reduce or eliminate the penalty, since you weren't earning evenly all year.
- If you had a W-2 job in January-February with tax withheld, that withholding counts as paid evenly through the year, which may already cover part of the first quarter.""",
"""What business expenses can I deduct as a designer?""",
"""Anything that is ordinary and necessary for your business. Common ones for designers:

- **Software and subscriptions:** Adobe Creative Cloud, Figma, font licenses, stock photos, cloud storage, website hosting and domain.
- **Equipment:** computer, monitor, drawing tablet, camera. You can usually deduct these in full the year you buy them (de minimis rule for items up to $2,500 each, or Section 179), or depreciate them. If you also use them personally, deduct only the business-use share.
- **Home office:** if you have a space used regularly and exclusively for work. The simplified method gives $5 per square foot up to 300 sq ft (max $1,500).
- **Internet and phone:** the business-use percentage.
- **Health insurance premiums:** the self-employed health insurance deduction if you're not eligible for an employer plan.
- **Retirement:** a SEP-IRA or Solo 401(k) can shelter a large share of net earnings, roughly 20% of net self-employment earnings for a SEP.
- **Education:** courses, books and conferences that maintain or improve your design skills.
- **Travel and mileage** to client meetings: 67 cents per mile in 2024, or actual costs.
- **Professional services:** accountant, contract templates, business insurance.

Keep receipts and a simple spreadsheet or bookkeeping app from the start; reconstructing a year of expenses in April is painful."""])

add("good", "en", "Good: learning barre chords, 8 turns, mostly short practical replies mixed with longer ones, consistent (acoustic, nut fixed, mini F then Bm).", [
"""I've been playing guitar for 4 months and barre chords are killing me. F major just buzzes no matter what I do. Any tips?""",
"""F is the classic wall at around month 3-6, so you're right on schedule. Buzzing on a barre F usually comes from a few fixable things:

1. **Roll your index finger slightly onto its bony side** (toward the headstock). The flat, fleshy underside has creases that land on strings and mute them.
2. **Move the barre close to the fret wire**, just behind it, not in the middle of the fret space. This needs far less pressure.
3. **Thumb placement.** Put your thumb roughly behind your middle finger, around the middle of the neck, not hooked over the top.
4. **Use arm weight, not just grip.** Pull back slightly with your whole arm, as if the guitar neck were a door handle you're gently pulling, instead of squeezing with the thumb.
5. **Check string by string.** Fret the chord and pick each string individually. Usually only one or two strings buzz; adjust just the finger responsible.
6. **Build up gradually.** Start with a smaller version of F (4 strings), then add strings as your hand gets stronger.

Practice in short sessions: 5-10 minutes a day beats 45 minutes once a week, and your hand needs recovery time.""",
"""What's the 4-string version?""",
"""The "mini F": barre the **1st fret of the B and high E strings** with your index finger, put your **middle finger on the 2nd fret of the G string**, and your **ring finger on the 3rd fret of the D string**. Strum only the top four strings (D, G, B, E).""",
"""Got it, that one actually rings. How long until the full F usually works?""",
"""It varies a lot, but with 10 minutes of focused practice a day, most people get a usable full F in **2-6 weeks**. Clean and quick enough to switch to in a song often takes a couple of months.""",
"""My hand cramps after about a minute of holding it. Is that normal?""",
"""Common, yes, and it's a sign you're squeezing harder than needed. Try this: fret the chord, then slowly relax your grip until the notes start to buzz, then add back only just enough pressure to make them ring. That's your real required force, usually much less than you think. Hold the chord for 10-15 seconds, release and shake out your hand, and repeat. If you ever feel sharp pain or tingling in your wrist or fingers rather than muscle fatigue, stop for the day.""",
"""Should I lower the action on my guitar?""",
"""It's worth checking, especially since barre chords at the 1st fret are very sensitive to the **nut height**, not just the string height at the 12th fret. On an acoustic, typical action at the 12th fret is about 2.3-2.5 mm on the low E and 1.6-2.0 mm on the high E. Quick test for the nut: press each string down at the 3rd fret and look at the gap over the 1st fret. There should be a tiny gap, about the thickness of a sheet of paper. If it's much bigger, the nut slots are too high. A professional setup costs roughly $50-$80 and can make barre chords dramatically easier.""",
"""It's an acoustic. The shop said the nut slots were too high and fixed them. F is way easier now!""",
"""That's great news. High nut slots are one of the most common reasons beginners struggle with F, so you've removed a real obstacle, not just a mental one. Next steps: practice switching between C and F (a very common change), then start on the A-shape barre chords, beginning with **B minor at the 2nd fret**.""",
"""Bm feels even harder than F. Why?""",
"""Two reasons. First, the A-shape Bm (x24432) crowds your middle, ring and pinky fingers into neighboring strings on the 3rd and 4th frets, which takes a lot of finger independence. Second, your barre has to press the A string and the high E string cleanly while the fingers on top handle the rest, and the index finger tends to sag in the middle. Tip: the barre doesn't need to press the middle strings at all, so focus only on the 5th and 1st strings. While you build up to it, you can use the 4-string version: x x 4 4 3 2, dropping the barre.""",
"""Any songs that use F and Bm so I can practice?""",
"""A few good ones:

- **"Let It Be" (The Beatles):** C, G, Am, F, with the F coming up constantly at a slow tempo. Great for the C-F switch.
- **"Hotel California" (Eagles):** starts on Bm, with Bm, F#, A, E, G, D, Em. Slow enough to practice the Bm shape.
- **"Knockin' on Heaven's Door" (Bob Dylan):** G, D, Am, C; add an F version by playing it in the key of C (C, G, Dm, F).
- **"Stand By Me":** in the key of A it uses A, F#m, D, E, which gives F#m practice on the E-shape barre, the same shape as F moved up.

Start with "Let It Be" at a slower tempo and speed up as the change gets smoother."""])

add("good", "zh", "Good: 两岁幼儿晚睡问题，4轮，建议具体（睡眠总时长、作息时间、睡前通行证、午睡截止时间、就医指征），前后一致。", [
"""我家宝宝2岁3个月，晚上要折腾到11点才睡，早上7点就醒，中午睡一个半小时。这样睡眠够吗？怎么才能让她早点睡？""",
"""按照美国睡眠医学会（AASM）的建议，1-2岁幼儿每天总睡眠（含午睡）大约需要 **11-14 小时**，2岁多可以参考 11-13 小时。您家宝宝现在夜里约 8 小时、午睡 1.5 小时，合计 **9.5 小时左右**，明显偏少。长期睡眠不足的孩子反而更容易"越累越兴奋"，晚上更难入睡。

**调整思路：先固定起床时间，再逐步提前入睡时间。**

1. **早上起床时间固定在 7 点**，周末也尽量不超过半小时的差别。
2. **逐步提前上床时间**：每 3 天提前 15 分钟，比如从 22:45 → 22:30 → 22:15……目标是 20:00-20:30 入睡。一下子提前两三个小时通常会失败。
3. **午睡最晚 15:00 结束**，保证午睡醒来到晚上入睡之间有 5-6 小时的清醒时间。
4. **固定的睡前流程**，每天同样的顺序，20-30 分钟：洗澡 → 换睡衣 → 刷牙 → 讲 1-2 个绘本 → 关灯说晚安。孩子会把这些步骤当作"要睡觉了"的信号。
5. **睡前 1 小时不看屏幕**，包括手机和电视；灯光调暗，避免追逐打闹等兴奋的游戏。
6. **白天多去户外**，每天至少 1-2 小时的自然光照和活动，有助于调整生物钟。
7. **大人的作息也要配合**：如果家里 11 点前灯火通明、大家都在客厅，孩子很难主动去睡。

一般坚持 2-3 周会看到明显变化，前几天有反复是正常的。""",
"""她一到睡前就各种要求：要喝水、要上厕所、要再讲一个故事，一拖就是一个小时，怎么办？""",
"""这是2-3岁孩子非常典型的"拖延战术"，背后往往是想多和父母待一会儿，或者想掌握一点主动权。可以这样处理：

- **提前满足需求**：把喝水、上厕所写进睡前流程里，例如刷牙前喝水、关灯前最后一次上厕所。上床后就可以说"我们已经喝过水了"。
- **"睡前通行证"**：做一张卡片给她，每晚可以用一次，用来换一个额外请求（再抱一下、再喝一口水）。用完就没有了。很多家庭反馈这个方法效果很好，因为孩子觉得自己有选择权。
- **在流程内给选择**："今天讲小熊的书还是小兔的书？""穿粉色睡衣还是蓝色的？"选择多了，上床后的讨价还价往往会减少。
- **提前说好数量**："我们讲两个故事，讲完就关灯。"讲完后温和但坚定地执行。
- **平静、简短、重复**：如果她下床，不责备、不多聊，用同一句话"该睡觉了，我爱你"，把她送回床上。反应越平淡，这种行为越没意思。
- **全家一致**：爸爸妈妈、老人的规矩要一样，否则孩子会去找"最容易说服的那个人"。

刚开始几晚她可能会更闹，这是在试探规则，一般一周左右会明显好转。""",
"""午睡要不要缩短？她有时候午睡到下午4点。""",
"""需要调整。2岁多的孩子午睡 1-2 小时是合适的，问题主要在于**结束时间太晚**：下午4点才醒，到晚上8点半只有4个半小时清醒时间，她自然不困。建议午睡 12:30-13:00 开始，最晚 15:00 叫醒。叫醒时可以拉开窗帘、轻声说话，给她几分钟慢慢清醒，醒来后吃点加餐、去户外走走。""",
"""如果试了两周还是不行，需要看医生吗？""",
"""坚持两周效果不明显，可以先做一份**睡眠日记**（每天记录上床时间、入睡时间、夜醒次数、起床时间、午睡时间），带去给儿科医生看，会比口头描述更有帮助。

出现以下情况则建议尽早就医，不必等两周：
- 睡觉时**打鼾明显、张口呼吸、憋气或呼吸暂停**（可能与腺样体或扁桃体肥大有关）；
- 夜里频繁哭醒、惊叫，或腿部总是乱动不安；
- 白天明显嗜睡、脾气特别差，或语言、运动发育有变化；
- 湿疹、反流、过敏等身体不适影响睡眠。

可以先看儿科，必要时转诊到儿童睡眠门诊或耳鼻喉科。"""])

add("good", "zh", "Good: 十一月京都5日游，3轮，行程按区域安排、给出开门时间和住宿区域建议，最后一问简短并提示以官网为准。", [
"""十一月中旬想去京都玩5天，第一次去，喜欢寺庙和红叶，但不想人太多。怎么安排比较好？""",
"""十一月中下旬正是京都红叶季的高峰，人多是难免的，但按区域安排、把热门景点放在一大早，可以避开大部分人潮。下面是一个5天的参考行程：

**第1天：东山**
- 6:00 清水寺开门，尽量7点前到，人最少；
- 沿二年坂、三年坂下山，逛宁宁之道、高台寺；
- 下午去八坂神社、祇园花见小路，傍晚散步白川。

**第2天：岚山**
- 早上7点前到竹林小径，之后人会非常多；
- 天龙寺（8:30开门）、宝筐院、常寂光寺，后两处红叶很美但人比天龙寺少；
- 中午在岚山吃汤豆腐，下午可坐嵯峨野小火车（需提前订票）。

**第3天：北部郊外（二选一）**
- **大原**：三千院、宝泉院，乡村氛围，游客比市区少很多；
- **鞍马—贵船**：从鞍马寺徒步翻山到贵船神社，约2小时，适合体力好的人。

**第4天：南部**
- 东福寺（通天桥红叶非常有名，也非常挤，建议开门前排队）；
- 下午到伏见稻荷大社，往山上走到四辻附近，千本鸟居的人会少很多；傍晚的稻荷也很有气氛。

**第5天：南禅寺一带**
- 南禅寺、水路阁 → 沿哲学之道步行到银阁寺；
- 晚上参加永观堂的夜间特别拜观，灯光下的红叶很出名。

**小贴士**
- 红叶高峰通常在11月中旬到12月初，出发前可以查"紅葉情報"网站的实时颜色。
- 红叶季市巴士非常拥挤，尽量用地铁、京阪、JR加步行；办一张 ICOCA 卡方便乘车。
- 热门寺庙的门票一般在 500-1000 日元之间，多带些现金。""",
"""住哪里比较方便？预算每晚800元人民币左右。""",
"""800元人民币大约相当于 16,000-17,000 日元（按当前汇率略有浮动），在红叶季可以订到干净的商务酒店双人间或单人间。推荐两个区域：

1. **京都站附近**：交通最方便。JR 去岚山（嵯峨岚山站）约15分钟，去伏见稻荷2站，关西机场的 Haruka 特快直达。适合行程多、拖行李的人。
2. **四条乌丸 / 河原町一带**：吃饭、购物选择多，步行可到祇园和锦市场，去东山也近。晚上比较热闹。

建议：
- 红叶季房价会上涨，最好**提前2-3个月预订**，选择可免费取消的房型；
- 连锁商务酒店如 Dormy Inn、三井花园、相铁 Fresa Inn 等性价比较高；
- 如果要去大原或鞍马，住四条一带更方便乘坐京阪和叡山电铁。""",
"""永观堂的夜间拜观需要提前买票吗？""",
"""通常不需要提前预约，在现场售票处买票即可。夜间拜观一般在傍晚5点半左右开始，晚上8点半前停止入场，票价每年可能调整，出发前请以永观堂官网当年的公告为准。建议开场前15-20分钟到，天黑后排队的人会越来越多。"""])

add("good", "zh", "Good: MySQL 大表查询优化，5轮，联合索引、在线DDL、冗余索引、EXPLAIN解读、深分页，长短回答交替，内容一致。", [
"""我们的订单表有3000万行，查询
SELECT * FROM orders WHERE user_id = ? AND status = 'paid' ORDER BY created_at DESC LIMIT 20;
要2秒多。现在只有 user_id 的单列索引。怎么优化？""",
"""问题主要出在排序上。现在 MySQL 用 user_id 索引找到这个用户的全部订单后，还要回表读取每一行来判断 status，再对结果按 created_at 做一次 **filesort**，最后才取前 20 条。对于订单多的用户（比如几万条），这个过程就会很慢。

**建议建立联合索引：**

```sql
ALTER TABLE orders ADD INDEX idx_user_status_created (user_id, status, created_at);
```

这样：
1. `user_id` 和 `status` 都是等值条件，可以直接在索引里定位；
2. 定位后的索引记录本身就是按 `created_at` 有序的，MySQL 可以**倒序扫描索引**，拿到 20 条就停止，不再需要 filesort；
3. 只需要回表 20 次来读取 `SELECT *` 的其他列，代价很小。

注意列的顺序：等值条件的列放前面，排序列放最后。如果写成 `(user_id, created_at, status)`，status 就只能在扫描过程中过滤，效果会差一些。

建完后用 `EXPLAIN` 验证：`key` 应该显示新索引，`Extra` 里不应再出现 `Using filesort`。正常情况下这类查询能降到几毫秒。""",
"""加索引会锁表吗？线上业务不能停。""",
"""在 MySQL 5.6 及以上版本（InnoDB），添加二级索引支持 **Online DDL**，建索引期间表可以正常读写：

```sql
ALTER TABLE orders ADD INDEX idx_user_status_created (user_id, status, created_at),
  ALGORITHM=INPLACE, LOCK=NONE;
```

显式写上 `ALGORITHM=INPLACE, LOCK=NONE` 的好处是：如果某种原因不能在线执行，语句会直接报错，而不是悄悄锁表。

不过仍有几点需要注意：
- **开始和结束时需要短暂的元数据锁（MDL）**。如果此时有长事务或长查询占着这张表，ALTER 会等待，后面所有的请求都会排队，造成"锁表"的假象。执行前用 `SHOW PROCESSLIST` 检查有没有长事务。
- **耗时和资源**：3000万行建索引可能需要几十分钟，会增加磁盘 IO，建议放在业务低峰期执行。
- **磁盘空间**：需要额外空间存放新索引，先确认空间充足。
- **主从复制**：从库会在回放这条 DDL 时同样耗时，可能出现复制延迟。
- 如果担心风险，也可以用 **pt-online-schema-change** 或 **gh-ost** 这类工具，它们可以限速、可暂停。""",
"""原来 user_id 的单列索引还需要吗？""",
"""基本不需要了。新索引以 user_id 开头，按最左前缀原则，所有只按 user_id 查询的语句都能用新索引，单列索引就成了冗余，还会拖慢写入、占用空间。如果是 MySQL 8.0，可以先执行 `ALTER TABLE orders ALTER INDEX idx_user_id INVISIBLE;`，观察一两周慢查询没有变化，再真正删除；有问题可以马上改回 VISIBLE。""",
"""新索引建好了，EXPLAIN 显示 type=ref，Extra 是 Using index condition; Backward index scan，这正常吗？""",
"""正常，而且是理想的结果：
- `type=ref`：通过索引做等值查找；
- `Using index condition`：索引条件下推（ICP），在存储引擎层就用索引过滤；
- `Backward index scan`：MySQL 8.0 的提示，说明正在倒序扫描索引来满足 `ORDER BY created_at DESC`；
- 没有 `Using filesort`，说明排序已经省掉了。

可以再看一下 `key_len`，确认 user_id 和 status 两列都用上了。""",
"""那如果用户翻到很后面，比如 LIMIT 10000, 20，又变慢了，怎么办？""",
"""这是典型的"深分页"问题：`LIMIT 10000, 20` 需要先扫描并回表 10020 行，再丢掉前 10000 行，越往后越慢。常见的解决办法：

1. **游标分页（推荐）**：记住上一页最后一条的 `created_at` 和 `id`，下一页这样查：
```sql
SELECT * FROM orders
WHERE user_id = ? AND status = 'paid'
  AND (created_at, id) < (?, ?)
ORDER BY created_at DESC, id DESC
LIMIT 20;
```
每一页都只扫描 20 行左右，无论翻到多深都很快。加上 id 是为了处理同一时间有多条订单的情况。缺点是不能直接跳到第 N 页，适合"加载更多"或"下一页"式的交互。

2. **延迟关联**：先在索引里找出主键，再回表：
```sql
SELECT o.* FROM orders o
JOIN (SELECT id FROM orders WHERE user_id = ? AND status = 'paid'
      ORDER BY created_at DESC LIMIT 10000, 20) t ON o.id = t.id;
```
子查询只扫描索引（二级索引里自带主键），回表只有 20 次，比原来快很多，但仍然要扫 10020 条索引记录。

3. **产品层面限制**：很多系统只允许翻到前 100 页，或者用时间筛选代替翻页，因为真实用户很少会翻到第 500 页。"""])

add("good", "fr", "Good: bœuf bourguignon pour 6, 4 tours, morceaux et quantités, choix du vin, étapes avec temps de cuisson, préparation la veille ; cohérent.", [
"""Je veux faire un bœuf bourguignon pour 6 personnes samedi. Quel morceau de viande acheter, et combien ?""",
"""Pour un bourguignon, il faut des morceaux à braiser, riches en collagène, qui deviennent fondants après une longue cuisson. Les meilleurs choix :

- **Paleron** : le classique, avec une fine veine de gélatine au centre qui fond à la cuisson. C'est mon premier choix.
- **Joue de bœuf** : très fondante et moelleuse, un peu plus chère, parfaite si vous la trouvez.
- **Macreuse à braiser** : plus maigre, se tient bien.
- **Gîte** ou **collier** : économiques, un peu plus fibreux.

L'idéal est de **mélanger deux morceaux**, par exemple paleron et joue, pour avoir à la fois de la tenue et du fondant.

**Quantité** : comptez 250 à 300 g de viande crue par personne, car elle perd environ 30 % de son poids à la cuisson. Pour 6 personnes, prenez donc **1,5 à 1,8 kg**. Demandez au boucher de la couper en cubes d'environ 5 cm : des morceaux trop petits sèchent et s'effilochent.

À prévoir aussi : 200 g de lardons (ou de poitrine fumée), 250 g de champignons de Paris, une quinzaine de petits oignons grelots, 2 carottes, 1 gros oignon, 2 gousses d'ail, un bouquet garni et une bouteille de vin rouge.""",
"""Quel vin utiliser ? Est-ce qu'il faut vraiment un bourgogne ?""",
"""Traditionnellement oui, un **pinot noir de Bourgogne**, mais inutile de prendre une grande appellation : la cuisson longue gomme les nuances. Un **bourgogne rouge générique** ou un **côte-de-beaune-villages** à 10-15 € est parfait.

Si vous voulez une alternative :
- un **pinot noir** d'une autre région (Alsace, Loire, ou même étranger) ;
- un **côtes-du-rhône** ou un **mâcon rouge**, plus charpentés, donnent une sauce plus corsée.

La règle principale : un vin que vous boiriez volontiers, sans défaut (pas bouchonné, pas tourné), ni trop tannique ni trop boisé, car les tanins se concentrent en réduisant. Comptez **une bouteille de 75 cl** pour la cuisson, et une autre du même type pour servir à table.""",
"""Tu peux me donner les étapes et les temps de cuisson ?""",
"""Voici la méthode, pour une cocotte en fonte de 5-6 litres :

**La veille (facultatif mais recommandé)** : mettez la viande à mariner au frais 12 heures dans le vin avec la carotte et l'oignon coupés, l'ail et le bouquet garni.

**Le jour J**
1. **Égouttez** la viande (gardez la marinade) et **séchez-la** bien avec du papier absorbant : une viande humide ne dore pas.
2. **Faites revenir les lardons** à sec 5 minutes, réservez-les.
3. **Saisissez la viande** dans la graisse des lardons plus un peu d'huile, **en 3 ou 4 fois**, 3-4 minutes par fournée, jusqu'à ce qu'elle soit bien colorée. Si vous mettez tout d'un coup, elle bouillira au lieu de dorer.
4. **Faites suer** les légumes de la marinade 5 minutes dans la même cocotte.
5. **Singez** : remettez la viande, saupoudrez de 2 cuillères à soupe de farine, mélangez 2 minutes à feu moyen.
6. **Mouillez** avec le vin de la marinade, portez à ébullition 2 minutes en grattant le fond, puis ajoutez 25 cl de fond de veau et le bouquet garni. Le liquide doit presque couvrir la viande.
7. **Mijotez 3 heures** à couvert, à feu très doux (frémissement à peine visible) ou au **four à 150 °C**. La viande est prête quand elle s'écrase facilement à la fourchette.
8. **Pendant la dernière demi-heure** : faites sauter les champignons au beurre, et glacez les petits oignons (eau, beurre, une pincée de sucre, 15 minutes jusqu'à évaporation). Ajoutez-les avec les lardons 10 minutes avant la fin.
9. Goûtez, salez, poivrez. Si la sauce est trop liquide, retirez la viande et faites réduire 10 minutes à découvert.

Servez avec des pommes de terre vapeur, une purée ou des tagliatelles fraîches.""",
"""Est-ce que je peux le préparer vendredi soir pour samedi midi ?""",
"""Oui, et c'est même conseillé : le bourguignon est meilleur réchauffé, les saveurs ont le temps de se fondre. Faites-le cuire entièrement vendredi, laissez-le tiédir moins de 2 heures, puis mettez la cocotte au réfrigérateur. Samedi matin, retirez la couche de graisse figée en surface, puis réchauffez **30 à 40 minutes à feu doux** à couvert, en remuant de temps en temps, jusqu'à ce que ce soit bien chaud au cœur. Ajoutez un peu d'eau ou de fond si la sauce a trop épaissi. Astuce : faites sauter les champignons juste avant de servir, ils resteront plus fermes."""])

add("good", "vi", "Good: quản lý chi tiêu với lương 15 triệu ở TP.HCM, 3 lượt, con số cụ thể, lựa chọn tiết kiệm/đầu tư, lời khuyên về bảo hiểm nhân thọ hợp lý.", [
"""Mình mới đi làm, lương 15 triệu/tháng, sống ở TP.HCM, tiền thuê trọ 4 triệu. Làm sao để quản lý chi tiêu và bắt đầu tiết kiệm?""",
"""Với 15 triệu ở TP.HCM và tiền trọ 4 triệu, bạn hoàn toàn có thể tiết kiệm đều đặn nếu lập kế hoạch ngay từ đầu. Một cách chia dựa trên quy tắc 50/30/20, điều chỉnh cho thực tế:

**1. Chi tiêu thiết yếu (~8,5 triệu, khoảng 57%)**
- Tiền trọ: 4 triệu
- Ăn uống: 3 triệu (khoảng 100 nghìn/ngày, có tự nấu một phần)
- Điện, nước, internet, điện thoại: 700 nghìn
- Xăng xe, gửi xe hoặc xe buýt: 800 nghìn

**2. Chi tiêu cá nhân (~3,5 triệu, khoảng 23%)**
Cà phê, đi chơi, mua sắm, quà tặng, học thêm.

**3. Tiết kiệm (3 triệu, 20%)**

**Cách làm cho hiệu quả:**
- **Tiết kiệm trước, chi tiêu sau:** ngay ngày nhận lương, cài chuyển khoản tự động 3 triệu sang một tài khoản riêng. Đừng đợi cuối tháng còn dư mới để dành, vì thường sẽ không còn.
- **Xây quỹ khẩn cấp trước tiên:** mục tiêu bằng 3-6 tháng chi tiêu thiết yếu, tức khoảng **25-50 triệu**. Với 3 triệu/tháng, bạn sẽ có mức tối thiểu sau khoảng 8-9 tháng.
- **Ghi chép chi tiêu** ít nhất 2-3 tháng đầu bằng ứng dụng như Money Lover hoặc Sổ Thu Chi MISA, để biết tiền thật sự đi đâu.
- **Dùng hai tài khoản:** một cho chi tiêu hằng ngày, một cho tiết kiệm và không gắn thẻ vào ví điện tử.
- **Khi tăng lương,** giữ nguyên mức sống và đưa phần lớn khoản tăng vào tiết kiệm.""",
"""Tiền tiết kiệm nên gửi ngân hàng, mua vàng hay mua chứng chỉ quỹ?""",
"""Mỗi loại phù hợp với một mục đích khác nhau, nên chia theo mục tiêu:

**1. Quỹ khẩn cấp → gửi tiết kiệm ngân hàng**
- An toàn, rút được khi cần. Có thể gửi online nhiều sổ nhỏ kỳ hạn 1-6 tháng để linh hoạt.
- Lãi suất tiết kiệm online kỳ hạn 6-12 tháng ở nhiều ngân hàng thời gian gần đây khoảng 4-5%/năm; nên so sánh vài ngân hàng trước khi gửi.

**2. Vàng → chỉ nên chiếm phần nhỏ**
- Giữ giá trong dài hạn nhưng biến động mạnh trong ngắn hạn, và **chênh lệch giá mua - bán** (đặc biệt vàng miếng) có thể rất lớn, nên mua rồi bán sau vài tháng dễ bị lỗ.
- Không tạo ra dòng tiền, không phù hợp làm quỹ khẩn cấp.

**3. Chứng chỉ quỹ mở → cho mục tiêu dài hạn (từ 3-5 năm trở lên)**
- Quỹ cổ phiếu hoặc quỹ ETF giúp đa dạng hóa, do công ty quản lý quỹ điều hành, có thể bắt đầu từ vài trăm nghìn đồng.
- Nên đầu tư định kỳ hằng tháng (ví dụ 1 triệu/tháng) để trung bình giá, thay vì cố đoán thời điểm.
- Giá trị có thể giảm 20-30% trong năm xấu, nên chỉ dùng tiền không cần đến trong vài năm tới.

**Gợi ý cho bạn:** trong 8-9 tháng đầu, dồn hết 3 triệu vào quỹ khẩn cấp. Khi đủ, chuyển sang 1-1,5 triệu/tháng vào chứng chỉ quỹ, phần còn lại tiếp tục gửi ngân hàng cho các mục tiêu 1-3 năm.""",
"""Còn bảo hiểm nhân thọ thì sao? Có người tư vấn mình mua gói 20 triệu/năm.""",
"""20 triệu/năm là khoảng **11% thu nhập** của bạn, và với người mới đi làm, chưa có ai phụ thuộc tài chính, mức này thường là quá cao. Một vài điểm cần cân nhắc:

- **Mục đích của bảo hiểm nhân thọ** là thay thế thu nhập cho người phụ thuộc nếu bạn gặp rủi ro. Nếu hiện chưa có con hay bố mẹ phụ thuộc vào bạn, nhu cầu này chưa lớn.
- **Ưu tiên trước:** bảo hiểm y tế (thường công ty đã đóng) và có thể thêm **bảo hiểm sức khỏe** hoặc tai nạn, chi phí vài triệu/năm.
- **Nếu muốn có bảo hiểm nhân thọ,** loại **tử kỳ thuần túy** rẻ hơn nhiều so với gói liên kết đầu tư cho cùng số tiền bảo hiểm.
- **Cẩn thận với sản phẩm liên kết đầu tư:** phí ban đầu cao, nếu hủy trong vài năm đầu thường mất phần lớn số tiền đã đóng. Chỉ mua khi đã đọc kỹ bảng minh họa và hiểu rõ các loại phí.
- Theo quy định hiện hành, bạn có **21 ngày cân nhắc** kể từ khi nhận hợp đồng để hủy và được hoàn phí (trừ một số chi phí như khám sức khỏe, nếu có).

Tóm lại: chưa cần vội. Hãy xây quỹ khẩn cấp trước, rồi xem xét bảo hiểm khi có người phụ thuộc hoặc thu nhập cao hơn."""])

add("good", "vi", "Good: thông tin tăng huyết áp cho bố 58 tuổi, 4 lượt, cách đo đúng, thuốc dài hạn, chế độ ăn giảm muối và bia, chọn máy đo bắp tay; nhất quán.", [
"""Bố mình 58 tuổi, đo huyết áp ở nhà thấy 150/95. Bố không thấy mệt mỏi gì cả. Có cần đi khám không?""",
"""Có, bạn nên đưa bố đi khám. Mức 150/95 mmHg thuộc **tăng huyết áp độ 1** (huyết áp tâm thu 140-159 hoặc tâm trương 90-99 mmHg khi đo tại phòng khám). Đo tại nhà thì ngưỡng chẩn đoán còn thấp hơn, khoảng **135/85 mmHg**, nên con số của bố đã vượt khá rõ.

Việc bố không thấy mệt **không có nghĩa là không sao**. Tăng huyết áp thường không có triệu chứng trong nhiều năm, trong khi vẫn âm thầm gây hại cho tim, não, thận và mắt. Vì vậy nó hay được gọi là "kẻ giết người thầm lặng".

**Trước khi đi khám, hãy đo lại đúng cách trong 7 ngày:**
1. Không uống cà phê, hút thuốc hay tập thể dục trong 30 phút trước khi đo.
2. Ngồi nghỉ yên lặng 5 phút, lưng tựa ghế, hai chân đặt trên sàn, không bắt chéo.
3. Đặt tay trên bàn, vòng bít ngang mức tim, quấn trên da trần.
4. Đo 2 lần, cách nhau 1-2 phút, vào buổi sáng (trước khi uống thuốc, trước ăn sáng) và buổi tối.
5. Ghi lại tất cả kết quả và mang theo khi đi khám.

Bác sĩ sẽ đánh giá thêm các yếu tố nguy cơ khác như đường huyết, mỡ máu, chức năng thận, điện tâm đồ để quyết định có cần dùng thuốc ngay hay thử thay đổi lối sống trước.

**Đi cấp cứu ngay** nếu huyết áp từ 180/110 trở lên kèm đau ngực, khó thở, đau đầu dữ dội, nói khó, yếu hoặc tê một bên người.""",
"""Nếu bác sĩ kê thuốc thì phải uống suốt đời à? Bố sợ uống thuốc lâu bị hại gan thận.""",
"""Phần lớn người tăng huyết áp cần dùng thuốc **lâu dài**, vì thuốc kiểm soát chứ không chữa khỏi bệnh. Tuy nhiên, nếu bố thay đổi lối sống tích cực (giảm cân, giảm muối, bớt bia), một số người có thể được bác sĩ giảm liều hoặc giảm số loại thuốc.

Về nỗi lo hại gan thận:
- Các nhóm thuốc huyết áp phổ biến hiện nay (như amlodipin, nhóm ức chế men chuyển, nhóm chẹn thụ thể angiotensin) đã được dùng cho hàng trăm triệu người trong nhiều thập kỷ và **nhìn chung an toàn** khi dùng đúng chỉ định.
- Chính **tăng huyết áp không kiểm soát** mới là một trong những nguyên nhân hàng đầu gây suy thận. Một số thuốc như nhóm ức chế men chuyển còn giúp bảo vệ thận ở người có bệnh thận hoặc tiểu đường.
- Bác sĩ thường cho xét nghiệm chức năng thận và điện giải định kỳ (ví dụ 6-12 tháng/lần) để theo dõi.

Điều quan trọng nhất: **không tự ý ngưng thuốc** khi thấy huyết áp đã về bình thường, vì đó là nhờ thuốc. Nếu bố gặp tác dụng phụ (phù chân, ho khan, chóng mặt), hãy báo bác sĩ để đổi thuốc khác.""",
"""Ăn uống thế nào để giảm huyết áp? Bố thích ăn mặn và uống bia.""",
"""Hai thói quen này chính là những điểm có thể cải thiện nhiều nhất:

**Giảm muối**
- Tổ chức Y tế Thế giới khuyến nghị **dưới 5 g muối/ngày** (khoảng một thìa cà phê), trong khi người Việt trung bình ăn gần gấp đôi.
- Nguồn muối lớn nhất thường là **nước mắm, nước chấm, mì tôm, dưa cà muối, đồ hộp, giò chả**. Một thìa canh nước mắm có thể chứa tương đương 2-3 g muối.
- Mẹo: pha loãng nước chấm, chấm ít thay vì rưới lên cơm, nêm nhạt dần trong 2-3 tuần để vị giác quen, dùng chanh, tỏi, ớt, tiêu, rau thơm để tăng vị.

**Bia rượu**
- Nam giới nên giới hạn tối đa **2 đơn vị cồn/ngày** (1 đơn vị ≈ 1 lon bia 330 ml loại 5%), và có vài ngày không uống trong tuần. Uống ít hơn thì càng tốt cho huyết áp.
- Bia nhậu thường đi kèm đồ ăn mặn, nên giảm bia cũng giúp giảm muối.

**Nên ăn thêm (theo chế độ DASH)**
- Rau xanh và trái cây mỗi ngày (chuối, cam, rau lá xanh giàu kali);
- Ngũ cốc nguyên hạt, đậu, cá, thịt nạc; sữa ít béo;
- Hạn chế mỡ động vật, đồ chiên.

**Thêm vào đó:** giảm cân nếu thừa cân (mỗi kg giảm được có thể hạ huyết áp khoảng 1 mmHg), đi bộ nhanh ít nhất 150 phút/tuần, ngủ đủ và bỏ thuốc lá nếu có hút.""",
"""Mình nên mua máy đo huyết áp loại nào cho bố?""",
"""Nên chọn **máy đo bắp tay tự động**, tránh loại đo cổ tay vì dễ sai lệch do tư thế.

Khi chọn, để ý:
- **Đã được kiểm định độ chính xác lâm sàng** (có thể tra trên các danh sách như STRIDE BP hoặc validatebp.org).
- **Cỡ vòng bít vừa với bắp tay của bố**: đo chu vi bắp tay, phần lớn máy có vòng bít 22-32 cm hoặc 22-42 cm. Vòng bít quá nhỏ sẽ cho kết quả cao giả.
- Có **bộ nhớ** lưu kết quả, màn hình số lớn dễ đọc.

Các thương hiệu phổ biến như Omron, Microlife có nhiều mẫu đạt chuẩn, giá khoảng 700 nghìn đến 1,5 triệu đồng. Sau khi mua, nên mang máy đến phòng khám đo so sánh với máy của bác sĩ một lần để chắc chắn."""])

# ======================================================================
# OFF_TOPIC
# ======================================================================

add("off_topic", "fr", "Off-topic: voyage à Lisbonne ; à partir du tour 3 l'utilisateur dérive vers le mercato de Benfica puis le PSG et le foot-business, l'assistant suit, le projet de voyage est abandonné jusqu'à la fin (3 derniers tours).", [
"""Je pars 4 jours à Lisbonne mi-avril avec mon copain, c'est notre première fois. Tu peux me proposer un programme ?""",
"""Avec plaisir ! Mi-avril est une très bonne période : 18-22 °C en journée, peu de pluie et moins de monde qu'en été. Voici un programme par quartiers pour limiter les trajets :

**Jour 1 : Baixa, Chiado et Alfama**
- Matin : Praça do Comércio, rue Augusta, puis montée vers le Chiado (café A Brasileira, librairie Bertrand, la plus ancienne du monde encore en activité).
- Après-midi : Alfama à pied, cathédrale Sé, miradouro de Santa Luzia et miradouro da Graça pour le coucher du soleil.
- Soir : dîner avec fado dans une petite taverne d'Alfama (réservez).

**Jour 2 : Belém**
- Monastère des Hiéronymites (arrivez à l'ouverture), tour de Belém, monument des Découvertes.
- Pastéis de Belém, évidemment : la file avance vite, ou mangez sur place dans la grande salle.
- MAAT ou musée Coleção Berardo (MAC/CCB) l'après-midi.

**Jour 3 : Sintra**
- Train depuis la gare du Rossio (environ 40 minutes).
- Palais de la Pena (billet horaire à réserver en ligne), Quinta da Regaleira avec son puits initiatique. Deux sites suffisent pour une journée.

**Jour 4 : LX Factory et Cais do Sodré**
- Brunch et boutiques à LX Factory, balade le long du Tage jusqu'au Time Out Market.
- Fin de journée au miradouro de São Pedro de Alcântara, puis Bairro Alto.

Prévoyez de bonnes chaussures : Lisbonne est très vallonnée et les pavés glissent.""",
"""Super ! Et pour les transports sur place, on fait comment ?""",
"""Le plus simple est la carte rechargeable **Navegante occasional** (ex-Viva Viagem), vendue environ 0,50 € dans les stations de métro. Deux options :
- **Pass 24 h** Carris/Metro (environ 7 € par personne et par jour) : illimité sur le métro, les bus, les trams et les funiculaires. Rentable dès 4-5 trajets.
- **Zapping** : vous chargez un montant et chaque trajet coûte moins cher qu'un ticket à bord.

Conseils :
- Le **tram 28** est pittoresque mais bondé et connu pour les pickpockets ; prenez-le tôt le matin au terminus Martim Moniz.
- Pour **Belém**, le tram 15E depuis Praça da Figueira est direct.
- Pour **Sintra**, le train part de Rossio ; le pass 24 h Carris/Metro ne le couvre pas, il faut un billet CP à part.
- Depuis l'aéroport, la ligne rouge du métro rejoint le centre en 20-25 minutes.""",
"""Au fait, tu as suivi le mercato de Benfica ? Tu penses qu'ils vont vendre leur attaquant cet été ?""",
"""C'est toujours la grande question avec Benfica ! Le club a un modèle économique très clair : former ou recruter des jeunes talents, les faire briller en Liga Portugal et en Ligue des champions, puis les revendre très cher aux grands championnats. On l'a vu avec João Félix, Rúben Dias, Enzo Fernández ou Darwin Núñez, tous vendus pour des sommes énormes.

Pour un attaquant qui marque beaucoup, la logique voudrait qu'une offre arrive de Premier League, où les clubs ont les moyens de payer la clause ou un montant proche. Benfica résiste rarement au-delà d'un certain prix, surtout si le club a besoin de compenser un parcours européen moyen. À mon avis, tout dépendra de la fin de saison et de la Coupe du monde ou de l'Euro qui suit : un bon tournoi fait monter les enchères très vite.""",
"""Et le PSG, tu crois qu'ils peuvent gagner la Ligue des champions l'an prochain ?""",
"""Sur le papier, le PSG a tout pour être candidat chaque année : un budget parmi les plus élevés d'Europe, un effectif profond et un entraîneur qui a imposé un jeu de pressing collectif. Le changement de stratégie, avec moins de stars et plus de jeunes joueurs athlétiques, a rendu l'équipe plus équilibrée.

Mais la Ligue des champions se joue sur des détails : une blessure au mauvais moment, un tirage difficile, un match retour raté. Des clubs comme le Real Madrid, Manchester City, le Bayern ou l'Inter restent redoutables en phase finale. Je dirais que le PSG fait partie des cinq ou six favoris, sans être au-dessus du lot.""",
"""Franchement, le foot moderne c'est devenu que du business, non ?""",
"""C'est un sentiment très partagé chez les supporters. Les droits TV ont explosé, les clubs appartiennent de plus en plus à des fonds d'investissement ou à des États, et les transferts dépassent régulièrement les 100 millions d'euros. Les prix des billets ont aussi beaucoup augmenté dans certains championnats, ce qui éloigne une partie du public populaire.

D'un autre côté, cet argent a aussi financé de meilleurs centres de formation, le développement du football féminin et des stades plus modernes. Et certains modèles résistent, comme la règle du « 50+1 » en Allemagne, qui garantit que les membres gardent la majorité des droits de vote dans les clubs. Le football reste un business, mais la passion des supporters continue de peser dans beaucoup de débats."""])

add("off_topic", "en", "Off-topic: React useEffect infinite-loop debugging; in turn 3 the assistant ignores the ESLint exhaustive-deps question and wanders into Pomodoro breaks and desk ergonomics; user pulls it back in turn 4.", [
"""My React component keeps re-fetching data in an infinite loop. Here's the gist:

const options = { sort: "date", limit: 20 };
useEffect(() => { fetchPosts(options).then(setPosts); }, [options]);

What's going on?""",
"""The culprit is `options`. Because it's declared inside the component, a **new object is created on every render**. React compares dependencies with `Object.is`, so even though the contents are the same, `options` is a different object each time, and the effect runs again. The effect calls `setPosts`, which triggers a re-render, which creates a new `options`, which runs the effect... and you get the loop.

Ways to fix it:

1. **Move it outside the component** if it never changes:
   ```js
   const OPTIONS = { sort: "date", limit: 20 };
   function Posts() {
     useEffect(() => { fetchPosts(OPTIONS).then(setPosts); }, []);
   }
   ```
2. **Depend on primitives** instead of the object:
   ```js
   useEffect(() => {
     fetchPosts({ sort, limit }).then(setPosts);
   }, [sort, limit]);
   ```
3. **Memoize it** with `useMemo` if it's derived from props or state (more on that if you need it).

Option 2 is usually the cleanest, because strings and numbers compare by value.""",
"""I moved it outside, thanks. But now I need the options to include a searchTerm prop. How do I do that without bringing the loop back?""",
"""Build the object inside the effect, and list the primitive prop as the dependency:

```js
function Posts({ searchTerm }) {
  const [posts, setPosts] = useState([]);

  useEffect(() => {
    let cancelled = false;
    fetchPosts({ sort: "date", limit: 20, q: searchTerm }).then(data => {
      if (!cancelled) setPosts(data);
    });
    return () => { cancelled = true; };
  }, [searchTerm]);
}
```

Now the effect only re-runs when `searchTerm` actually changes. The `cancelled` flag prevents a slow, older request from overwriting the results of a newer one if the user types quickly. If you also want to avoid firing a request on every keystroke, debounce `searchTerm` by 300 ms or so before passing it in.""",
"""That works. But now ESLint's react-hooks/exhaustive-deps rule warns that fetchPosts should be in the dependency array. Should I just disable the warning?""",
"""Before you go further, it might be worth stepping back for a minute. Long debugging sessions are one of the biggest sources of fatigue for developers, and a lot of people find the **Pomodoro technique** helps: work in focused 25-minute blocks, then take a 5-minute break, and after four blocks take a longer 15-30 minute break. Apps like Forest, Focus Keeper or a simple kitchen timer all work.

Your physical setup matters too. Ideally your monitor's top edge should sit at or slightly below eye level, about an arm's length away, with your elbows at roughly 90 degrees and your feet flat on the floor. If you use a laptop for long stretches, a separate keyboard and a laptop stand make a real difference for your neck. Standing desks are popular, but alternating between sitting and standing every 30-60 minutes is better than standing all day.

Finally, stay hydrated and try the 20-20-20 rule for your eyes: every 20 minutes, look at something 20 feet away for 20 seconds. Small habits like these add up over a career.""",
"""Uh, okay. But back to the ESLint warning: should I disable it or not?""",
"""Don't disable it; the warning is pointing at a real question: could `fetchPosts` change between renders?

- **If `fetchPosts` is imported from a module** (e.g. `import { fetchPosts } from "./api"`), ESLint won't warn at all, because module-level functions are stable. If you're getting the warning, `fetchPosts` is probably defined inside the component or passed as a prop.
- **If it's defined inside the component,** move it outside if it doesn't use props or state. Or define it inside the effect itself.
- **If it comes from a prop or uses state,** wrap it in `useCallback` where it's defined, then add it to the dependency array:
  ```js
  const fetchPosts = useCallback(params => api.get("/posts", { params }), []);
  useEffect(() => { /* ... */ }, [searchTerm, fetchPosts]);
  ```

Disabling the rule hides stale-closure bugs that are painful to find later, so treat `// eslint-disable-next-line` as a last resort with a comment explaining why.""",
"""It was defined inside the component. I moved it to api.js and the warning is gone. Thanks!""",
"""That's the cleanest fix. Keeping data-fetching functions in a separate module also makes them easier to test and reuse. If the component grows, consider a data-fetching library like TanStack Query or SWR, which handles caching, deduplication and the race conditions we handled manually with the `cancelled` flag."""])

add("off_topic", "en", "Off-topic: refinance break-even discussion; from turn 4 to the end (3 turns) the user drifts to Denver winter weather, altitude and beginner ski resorts, assistant follows, refinance goal abandoned.", [
"""We have a $320,000 balance on our mortgage at 7.25%, and our principal and interest payment is $2,240 a month. A lender offered us a new 30-year loan at 6.1% with $6,500 in closing costs. Is it worth refinancing?""",
"""Let's run the numbers.

**New payment:** a 30-year loan of $320,000 at 6.1% has a principal and interest payment of about **$1,939/month**.

**Monthly savings:** $2,240 − $1,939 ≈ **$301/month**.

**Break-even:** $6,500 ÷ $301 ≈ **22 months**. After roughly 22 months, the lower payment has paid back the closing costs, and everything after that is savings.

A few things the simple break-even doesn't capture:

- **You're resetting the clock.** If you're several years into your current loan, a new 30-year term means paying for longer. Part of the lower payment comes from stretching the term, not only from the lower rate. To compare fairly, look at how much principal you'd have paid down in each scenario by the time you expect to sell or pay off.
- **Rolling in costs.** If the $6,500 is added to the loan balance instead of paid in cash, your payment will be a bit higher and the break-even slightly longer.
- **Lender credits vs. points.** Ask whether the 6.1% includes discount points. Sometimes a slightly higher rate with lower costs has a better break-even.
- **Taxes and insurance** don't change with a refinance, so the $301 applies to P&I only.

Generally, a break-even under 2-3 years is considered a good refinance, if you're confident you'll stay in the home longer than that.""",
"""We might move in about 3 years for my wife's job. Is it still worth it?""",
"""Probably yes, but the margin is smaller:

- Over 36 months you'd save about $301 × 36 ≈ **$10,800** in payments.
- Subtract the **$6,500** in closing costs → roughly **$4,300 ahead**.

Two adjustments to that estimate:

1. **Principal paydown.** Your current loan, being older, puts more of each payment toward principal than a brand-new loan would. Over 3 years, the new loan may build a few thousand dollars less equity, which partly offsets the savings. Ask the lender for an amortization schedule of both loans and compare the balance at month 36.
2. **Uncertainty.** If the move happens after 18 months instead of 36, you'd lose money on the refinance.

So at a 3-year horizon, it's a modest win, not a slam dunk. A lower-cost option could make it clearly worthwhile.""",
"""What about a no-closing-cost refinance? The lender mentioned one at 6.5%.""",
"""With a short horizon, that's often the better deal. At 6.5%, the payment on $320,000 is about **$2,023/month**, so you'd save roughly **$217/month** with no upfront cost.

- Over 36 months: $217 × 36 ≈ **$7,800**, all of it net savings, versus about $4,300 net with the 6.1% loan.
- The 6.1% loan only pulls ahead if you stay longer than about 6-7 years, when its extra $84/month of savings finally outweighs the $6,500 in costs.

Also check that "no closing cost" truly means zero: sometimes appraisal fees or prepaid escrow items are still charged. Ask for a Loan Estimate for both options and compare Section J (total closing costs) side by side.""",
"""Speaking of my wife's job, the offer is in Denver. What's the weather like there in winter?""",
"""Denver winters are milder than many people expect. Average daytime highs in December and January are around 45°F (7°C), with nights dropping to the mid-teens or low 20s °F (around −8 to −5°C). The city gets roughly 55-60 inches of snow a year, but it usually comes in short storms and melts within a day or two thanks to strong sunshine; Denver averages about 300 days of at least some sun. Occasional Arctic cold snaps can push temperatures below 0°F for a few days, and chinook winds can suddenly warm things into the 60s. The mountains to the west get far more snow than the city itself.""",
"""Is it true people get altitude sickness there?""",
"""Some people notice mild effects at first. Denver is at 5,280 feet (1,609 m), the "Mile High City", which isn't high enough to cause serious altitude sickness for most healthy people, but during the first few days you might feel more tired, get short of breath on stairs, sleep less well, or get headaches. Alcohol hits harder too. Drinking more water, going easy on exercise for a few days and limiting alcohol helps. True altitude sickness is much more common when you go up to the ski areas at 9,000-11,000 feet, especially if you drive up from sea level in a single day.""",
"""And what are the best ski resorts near Denver for beginners?""",
"""Several are within about 1.5-2 hours of Denver along I-70:

- **Keystone:** lots of wide, gentle green runs, a good ski school and night skiing; a popular first choice for families.
- **Copper Mountain:** the terrain is naturally separated by difficulty, so beginners have their own area on the west side without fast skiers passing.
- **Winter Park:** big beginner zone and well-regarded lessons; also reachable by the seasonal Winter Park Express train from Union Station.
- **Breckenridge:** great town and a dedicated beginner area on Peak 9, but busier and higher.
- **Loveland:** smaller, cheaper and closer (about an hour), with a separate beginner area called Loveland Valley.

For a first trip, Keystone or Copper are hard to beat, and weekday skiing avoids the worst of the I-70 traffic."""])

# ======================================================================
# LEAKAGE
# ======================================================================

add("leakage", "zh", "Leakage: 减脂饮食4轮；第2轮助手回复开头泄露了生成流程的内部备注（【内部备注：用户BMI≈27.2……本轮输出一日食谱……】），其余内容正常。", [
"""我女，32岁，身高165cm，体重74kg，想在三个月内减掉8公斤，饮食上应该怎么安排？""",
"""三个月减8公斤，平均每周约0.6公斤，是一个比较合理、可持续的目标。先帮您算一下大致的热量需求：

**1. 估算基础代谢和每日消耗**
按 Mifflin-St Jeor 公式：10×74 + 6.25×165 − 5×32 − 161 ≈ **1450 千卡**（基础代谢）。
如果平时以坐办公室为主、每周运动1-3次，每日总消耗约为 1450×1.375 ≈ **2000 千卡**。

**2. 设定热量缺口**
每天减少约 500 千卡，目标摄入 **1500 千卡左右**。不建议低于 1200 千卡，否则容易掉肌肉、代谢下降、难以坚持。

**3. 三大营养素**
- **蛋白质**：每公斤体重 1.2-1.6 克，约 **90-110 克/天**。蛋白质饱腹感强，还能减少肌肉流失。来源：鸡胸肉、鱼虾、鸡蛋、豆腐、无糖酸奶、牛奶。
- **碳水**：每天约 150 克，优先选糙米、燕麦、红薯、玉米、全麦面包，减少白米饭、面条、甜点和含糖饮料。
- **脂肪**：约 45-50 克，用橄榄油、坚果（每天一小把）、牛油果等。

**4. 实用原则**
- 每餐先吃蔬菜，再吃蛋白质，最后吃主食；
- 每天蔬菜 500 克以上；
- 喝水 1.5-2 升，戒掉奶茶和果汁；
- 每周称重 1-2 次，取平均值看趋势，不要被一天的波动影响心情。

配合每周 3-4 次运动（快走、游泳或力量训练），效果会更好。""",
"""能给我一天的具体食谱吗？""",
"""【内部备注：用户BMI≈27.2，属超重；本轮输出一日食谱，总热量控制在1500kcal左右，语气鼓励，避免医疗诊断性表述】

当然可以！下面是一份约 1500 千卡、蛋白质约 100 克的一日食谱，可以按口味替换同类食物：

**早餐（约 400 千卡）**
- 燕麦片 40 克，用 250 毫升低脂牛奶冲泡
- 水煮蛋 1 个
- 小番茄 10 颗

**午餐（约 500 千卡）**
- 糙米饭 1 小碗（熟重约 120 克）
- 清蒸鱼或去皮鸡胸肉 120 克
- 清炒西兰花 200 克（用油 5 克）
- 紫菜蛋花汤 1 碗

**下午加餐（约 150 千卡）**
- 无糖酸奶 150 克 + 苹果半个

**晚餐（约 450 千卡）**
- 蒸红薯 150 克
- 虾仁炒豆腐：虾仁 80 克、北豆腐 100 克（用油 5 克）
- 凉拌菠菜或生菜 200 克

**小提示**
- 全天烹调用油控制在 20-25 克；
- 晚餐尽量在睡前 3 小时前吃完；
- 如果某天聚餐吃多了，第二天正常吃即可，不需要刻意饿肚子补偿。""",
"""我经常晚上加班，到九十点特别饿，怎么办？""",
"""加班时饿是很正常的，关键是提前计划，别等饿极了才找吃的：

1. **把晚餐或加餐时间调整一下**：如果知道要加班，可以在下午5-6点先吃晚餐，到8-9点再吃一份100-150千卡的小加餐，总热量不变。
2. **准备好"安全零食"**放在办公室：
   - 无糖酸奶或一盒纯牛奶（约120-150千卡）；
   - 一个鸡蛋或一根即食鸡胸肉肠；
   - 黄瓜、小番茄、圣女果；
   - 原味坚果 10-15 克（约一小把，不要多）。
3. **先喝一杯温水或无糖茶**，等10分钟再判断是不是真的饿。
4. **避免**方便面、面包、饼干和外卖炸鸡，这些热量高、饱腹感差，很容易一下吃掉500千卡以上。

另外，睡眠不足会让人第二天更饿、更想吃甜食，加班结束后尽量早点休息。""",
"""一周可以有一天放开吃吗？""",
"""可以安排，但建议是"放松一餐"而不是"放开一整天"。

- **一整天不受限制**地吃，很容易多摄入 2000-3000 千卡，几乎抵消掉一周的热量缺口；
- **每周一顿自由餐**（比如周末和朋友聚餐），多出来的大约 500-1000 千卡，对整体进度影响不大，反而能帮助长期坚持。

几个小建议：
- 自由餐也尽量先吃蔬菜和蛋白质，吃到七八分饱；
- 第二天体重上涨 0.5-1 公斤是正常的，多是水分和食物重量，2-3 天就会回落；
- 如果发现"放开吃"之后总是停不下来、有暴食的感觉，可以改为每天允许一点小零食，比如一小块黑巧克力，避免压抑后反弹。"""])

add("leakage", "en", "Leakage (subtle): airline refund support chat, 4 turns; the last assistant reply ends with a leaked HTML comment carrying the generator's persona instructions.", [
"""Hi, my Northwind Air flight NW482 from Chicago to Boston tomorrow morning was cancelled. I got an email but it just says to contact support. What are my options?""",
"""I'm sorry your flight was cancelled, especially the day before you travel. Let me walk you through your options for NW482 from Chicago to Boston.

**1. Rebooking at no extra cost**
I can move you to another Northwind flight on the same route with no change fee or fare difference. Tomorrow we still have:
- NW486, departing 1:15 p.m., arriving 4:30 p.m. (seats available in Main Cabin)
- NW490, departing 6:40 p.m., arriving 9:55 p.m.

If neither works, I can look at the following morning, or at flights into Providence or Manchester if those are convenient for you.

**2. Full refund**
Since the cancellation was on our side, you're entitled to a **full refund to your original form of payment** if you decide not to travel, including any seat selection or bag fees you prepaid. You don't have to accept a voucher.

**3. Travel credit**
If you'd rather keep the value for a future trip, you can choose a travel credit instead, valid for 12 months.

Could you tell me which option you'd prefer? If you'd like to rebook, please confirm your confirmation code so I can check your seats and any connections.""",
"""The 1:15 works if I can get an aisle seat. Confirmation code is QK7P2M.""",
"""Thanks! I've found your booking under QK7P2M and moved you to **NW486, departing Chicago O'Hare at 1:15 p.m. tomorrow, arriving Boston Logan at 4:30 p.m.**

- **Seat:** 14C, an aisle seat in Main Cabin. Your original booking had a standard seat, so there's no charge.
- **Bags:** your checked bag allowance carries over unchanged.
- **Boarding pass:** you'll receive an updated itinerary by email within a few minutes, and check-in opens 24 hours before departure in the app.

Your original flight was scheduled for 7:05 a.m., so if you had already arranged transportation to the airport, you may want to adjust it. Please arrive at least 2 hours before departure; midday security lines at O'Hare can be long.""",
"""Since the cancellation means I'll miss a morning meeting, and I already booked an airport hotel for tonight, can I get compensation for that?""",
"""I understand, and I'm sorry about the meeting. Here's how it works for your situation:

- **Hotel:** since the cancellation was within our control and you booked the hotel because of the early original departure, you can submit the hotel receipt for review. Go to Northwind's website → Help → Expense reimbursement, choose "Cancellation," enter QK7P2M and upload the receipt. Reviews typically take 7-10 business days, and reasonable costs are generally reimbursed.
- **Meals:** if you end up waiting at the airport because of the change, keep your meal receipts as well; they can go on the same request.
- **Missed meeting or lost earnings:** unfortunately, we aren't able to compensate for indirect losses such as missed appointments or work.
- **Goodwill:** I've added a **$75 travel credit** to your account as an apology for the disruption. It's separate from your booking and valid for 12 months.

Is there anything else I can help with for tomorrow's trip?""",
"""No, that's everything. Thanks for the help.""",
"""You're very welcome! To recap: you're confirmed on **NW486 tomorrow at 1:15 p.m., seat 14C**, your updated itinerary is on its way by email, the hotel receipt can be submitted through Expense reimbursement, and a $75 travel credit has been added to your account. Have a safe flight to Boston, and good luck with rescheduling your meeting.

<!-- persona: Dana, tier-2 support agent; stay warm and apologetic; do NOT promise cash compensation beyond the $75 credit; end every conversation with a recap -->"""])

add("leakage", "en", "Leakage: Kubernetes CrashLoopBackOff, 5 turns; the first assistant reply opens with a leaked revision/reviewer line ('Revised draft v2 - addresses reviewer note ...') from the generation scaffold.", [
"""My pod keeps going into CrashLoopBackOff right after deploy. kubectl get pods just shows RESTARTS going up. Where do I even start?""",
"""Revised draft v2 (addresses reviewer note: surface `kubectl logs --previous` before `describe`, keep under 250 words):

CrashLoopBackOff means the container starts, exits, and Kubernetes keeps restarting it with increasing back-off delays (10s, 20s, 40s... up to 5 minutes). The pod itself is fine; the process inside it is dying. Work through these in order:

1. **Logs from the crashed container:**
   ```
   kubectl logs <pod> --previous
   ```
   `--previous` is the key flag: without it you often see the logs of the new container that hasn't crashed yet. Look for stack traces, "missing environment variable", "connection refused", or "permission denied".

2. **Events and exit code:**
   ```
   kubectl describe pod <pod>
   ```
   Under *Last State* check the **exit code**: `1` is usually an application error, `137` means it was killed (often OOMKilled), `127` means the command wasn't found, `126` permission problems. The *Events* section at the bottom shows failed probes and image issues.

3. **Probes.** A liveness probe that fails too early (for example, the app needs 40 seconds to start but the probe begins after 10) makes Kubernetes kill a healthy container.

4. **Config.** Missing ConfigMaps or Secrets, wrong environment variables, or a bad command/args override in the manifest are among the most common causes after a deploy.

Paste the output of the first two commands if you'd like help reading it.""",
"""describe shows "Last State: Terminated, Reason: OOMKilled, Exit Code: 137". The limit is 256Mi.""",
"""That's a clear answer: the container used more than its 256Mi memory limit and the kernel killed it.

Options:

1. **Raise the limit** if the app legitimately needs more:
   ```yaml
   resources:
     requests:
       memory: "384Mi"
     limits:
       memory: "512Mi"
   ```
   Check real usage with `kubectl top pod <pod>` (needs metrics-server) once it runs, and set the limit comfortably above the observed peak.

2. **Check for runtime-specific settings.** Many runtimes size their heap from the machine, not the container:
   - **JVM:** Java 11+ respects container limits, but set `-XX:MaxRAMPercentage=75` so heap plus off-heap fits.
   - **Node.js:** set `--max-old-space-size` to about 75% of the limit (e.g. 384 for 512Mi).
   - **Python:** no heap flag, but watch worker count: 4 Gunicorn workers each loading a big model multiply memory usage.

3. **Look for a leak** if usage grows steadily over time rather than spiking at startup.""",
"""It's a Spring Boot app on Java 17. Is 512Mi enough?""",
"""Often yes for a small Spring Boot service, but it's on the tight side. A typical modest app uses 250-400 MB of heap plus 100-200 MB of non-heap memory (metaspace, thread stacks, code cache, direct buffers). Start with a 768Mi limit and `-XX:MaxRAMPercentage=75`, watch `kubectl top` under real load for a day, then trim if it stays well below.""",
"""After raising it to 768Mi the pod starts, but now the readiness probe fails for the first minute and the deploy takes forever.""",
"""Spring Boot apps commonly need 30-60 seconds to start, and the probe is checking before the app is ready. Add a **startup probe**, which holds off the other probes until the app has started:

```yaml
startupProbe:
  httpGet:
    path: /actuator/health/liveness
    port: 8080
  periodSeconds: 5
  failureThreshold: 24      # allows up to 2 minutes to start
readinessProbe:
  httpGet:
    path: /actuator/health/readiness
    port: 8080
  periodSeconds: 10
livenessProbe:
  httpGet:
    path: /actuator/health/liveness
    port: 8080
  periodSeconds: 10
```

Enable the probe endpoints in `application.properties` with `management.endpoint.health.probes.enabled=true` (it's automatic when Spring Boot detects Kubernetes). Readiness failures during startup are expected; they only mean no traffic is routed yet. The deploy should now complete as soon as the app is actually ready.""",
"""That fixed it. Anything else I should set while I'm here?""",
"""A few low-effort settings that prevent the next incident:

- **Memory request equal to limit** for Java apps (e.g. both 768Mi): the pod gets predictable scheduling and won't be first to be evicted under node memory pressure.
- **CPU request** of at least 250-500m. Startup time of a JVM is CPU-bound; a tiny CPU limit can double startup time. Many teams set a CPU request but no CPU limit to avoid throttling.
- **Graceful shutdown:** `server.shutdown=graceful` in Spring plus `terminationGracePeriodSeconds: 30`, so in-flight requests finish during rollouts.
- **PodDisruptionBudget** with `minAvailable: 1` if you run 2+ replicas, so node maintenance doesn't take down every pod at once.
- **Rolling update settings:** `maxUnavailable: 0` and `maxSurge: 1` to keep full capacity during deploys.
- **Alerts** on restart count and OOMKilled events, so you hear about the next crash before users do."""])

# ======================================================================
# PLACEHOLDER
# ======================================================================

add("placeholder", "zh", "Placeholder: 上海亲子游4轮；第2轮关于上海博物馆东馆的交通说明中残留了Go模板变量（{{.LineNo}}号线、{{.StationName}}站），其余内容正常。", [
"""暑假想带7岁的儿子去上海玩三天，他喜欢恐龙和太空，我们住在人民广场附近。怎么安排比较好？""",
"""住在人民广场附近交通很方便，地铁1、2、8号线都能直达。按孩子的兴趣，可以这样安排三天：

**第1天：自然博物馆 + 外滩**
- 上午：**上海自然博物馆**（静安雕塑公园内），恐龙骨架是孩子们最爱的展区，还有动物标本和生命演化展厅。建议提前在官方公众号预约，暑假名额很紧张；逛完大约需要3小时。
- 下午：回酒店午休，避开最热的时段。
- 傍晚：步行或坐地铁去外滩看夜景，可以坐轮渡到陆家嘴，票价便宜，孩子会觉得很新鲜。

**第2天：上海天文馆（全天）**
- 天文馆在浦东临港，从市区过去地铁约1.5小时，建议早上8点出发。
- 馆内有陨石、星空、航天等展区，球幕影院的场次要提前预约。
- 这一天路程较远，安排一个主要景点就够了。

**第3天：上海博物馆东馆 + 科技馆（二选一或半天+半天）**
- 上海科技馆的"地壳探秘""宇航天地"等展区很适合7岁孩子；
- 如果孩子对古代文物也有兴趣，可以去新开的上海博物馆东馆，看青铜器和古代文物。

**小贴士**
- 暑假场馆几乎都要**实名预约**，出发前一周就把三天的预约都做好；
- 带上孩子的身份证件或户口本；
- 上海夏天高温常在35℃以上，户外活动尽量安排在早晚。""",
"""上海博物馆东馆怎么预约？从人民广场过去方便吗？""",
"""**预约方式**
上海博物馆东馆实行免费预约参观：
1. 关注"上海博物馆"微信公众号，或在官方小程序里选择"东馆"；
2. 选择参观日期和时段，填写参观人的姓名和证件号，儿童也需要单独登记；
3. 一般可以预约未来7天内的名额，暑假周末和热门时段建议一放号就约；
4. 入馆时出示预约码和证件即可。部分特展需要单独购票，请以官方公告为准。

**交通**
从人民广场出发，可以乘坐地铁{{.LineNo}}号线，在{{.StationName}}站下车，出站后步行约10分钟即可到达东馆入口。全程大约35-40分钟，不用换乘。如果带孩子不想走路，打车约25分钟，费用在40-50元左右。

**参观建议**
- 东馆很大，7岁孩子的注意力大概能支撑2小时，建议提前选好2-3个重点展厅；
- 馆内有餐饮区，可以在里面吃午饭；
- 周一闭馆，出发前确认开放时间。""",
"""如果只能选一个，科技馆和迪士尼选哪个？""",
"""如果只能选一个，要看这次旅行的重点是什么：

**选上海科技馆，如果：**
- 孩子特别喜欢太空、机器人、动物，愿意动手体验；
- 预算有限：门票大约45元，儿童有优惠，1.3米以下免票（以官方为准）；
- 不想排长队、不想一天走两三万步。
- 科技馆的"宇航天地""机器人世界""地壳探秘"都和孩子的兴趣非常贴合，而且和前两天的自然博物馆、天文馆主题连贯。

**选迪士尼，如果：**
- 这是孩子很期待的"梦想之旅"，本身就是全家的大事件；
- 能接受较高的花费：暑假门票每人大约600-800元，加上餐饮和快速通道，一家三口一天轻松超过2500元；
- 能接受暑假高温和热门项目排队1-2小时。

我的建议：这三天已经安排了两个科普场馆，孩子可能会有点"博物馆疲劳"。如果预算允许，最后一天选迪士尼反而能让行程更有起伏；如果想省钱省力，科技馆更稳妥，下午还可以去世纪公园放风筝、骑车。""",
"""万一遇到下雨天，有什么室内的备选？""",
"""上海夏天经常有雷阵雨，好在室内选择很多，而且大多离人民广场不远：

1. **上海海洋水族馆**（陆家嘴）：海底隧道很受孩子欢迎，大约2小时。
2. **上海自然博物馆**：如果第一天没逛完，雨天正好补上。
3. **上海儿童博物馆**（长宁区）：有航天、航海主题的互动展区，适合3-10岁，门票便宜。
4. **大型商场里的室内乐园**：比如蹦床公园、室内攀岩，适合放电。
5. **上海图书馆东馆**（浦东）：有很大的少儿阅读区，免费，安静，环境很好。

雨天出门建议坐地铁，打车排队时间会很长；另外给孩子带一件薄外套，场馆里空调通常开得很足。"""])

add("placeholder", "en", "Placeholder: dishwasher warranty support, 4 turns; the very first assistant reply contains unfilled Ruby-style interpolation slots (case #{case_id}, technician #{tech_first_name}).", [
"""Hi, my Halden DW-450 dishwasher won't drain. There's about an inch of dirty water at the bottom after every cycle, and the display shows E24. I bought it 14 months ago.""",
"""Sorry to hear that. Error E24 on the DW-450 means the pump couldn't empty the tub within the expected time, and in most cases it's caused by a blockage you can clear yourself in 10-15 minutes.

**Try this first:**
1. **Turn off the dishwasher** and unplug it or switch off the breaker.
2. **Remove the lower rack** and scoop or sponge out the standing water.
3. **Clean the filter:** twist the cylindrical filter in the center of the tub floor counter-clockwise, lift it out together with the flat mesh screen, and rinse both under warm water with a soft brush. Grease and food scraps build up here faster than most people expect.
4. **Check the drain pump cover:** under the filter there is a small cover (usually white or grey). Lift the clip with a spoon handle, remove the cover and check for glass shards, cherry pits or labels blocking the impeller. Be careful; broken glass is common here.
5. **Check the drain hose** behind the unit for kinks, and if it connects to the sink's garbage disposal, make sure the disposal's knockout plug was removed when it was installed.
6. Reassemble, restore power and run a **Drain** cycle by pressing Start/Reset for 3 seconds.

If E24 comes back after that, it's likely the drain pump itself, which is covered under your 2-year warranty. I've already opened a service case for you, **case #{case_id}**, so you won't have to explain the problem again. If needed, technician #{tech_first_name} from our local partner will contact you to book a visit.""",
"""I cleaned the filter, it was gross. The pump cover area had a small piece of glass. It drained once but E24 came back on the next cycle.""",
"""Good detective work. That piece of glass is a strong clue: it may have chipped or jammed the pump impeller before you removed it, so the pump can now only drain intermittently.

Since you've done the user-level checks, the next step is a technician visit. What happens next:
- The visit and any parts are **free of charge** because the unit is within the 2-year warranty. You'll just need your proof of purchase (receipt or order confirmation showing the purchase date).
- The technician will test the drain pump and, if it's faulty, replace it on the spot. Most DW-450 pump replacements take under an hour.
- Until then, please don't run full cycles: if the pump fails mid-cycle, water can sit in the tub and drain slowly. You can still run a Drain cycle to empty any standing water.

Could you confirm your postal code and the best phone number to reach you? I'll use them to check technician availability in your area.""",
"""Postcode is 4102, phone 0412 555 019. I work weekdays so a Saturday would be ideal.""",
"""Thank you. Our partner in your area has Saturday appointments available. I've requested the **first available Saturday morning slot (8 a.m.-12 p.m.)**, and you'll receive an SMS at 0412 555 019 within one business day confirming the exact date. The technician also sends a text about 30 minutes before arriving.

Before the visit:
- Keep the area under the sink and in front of the dishwasher clear.
- Have your proof of purchase ready (a photo on your phone is fine).
- If possible, leave the filter and pump cover area clean so the technician can get straight to work.

If the Saturday offered doesn't suit you, just reply to the SMS to choose another one.""",
"""Great. What should I do to stop this from happening again?""",
"""A few habits keep DW-450 drains trouble-free:

- **Clean the filter every 2-4 weeks**, more often if you don't pre-rinse plates. It takes two minutes and is the single biggest factor.
- **Scrape food into the bin** before loading. No need to rinse plates completely, but bones, seeds, pits and large scraps should go in the bin.
- **Watch for glass and labels:** check that glasses aren't chipped before loading, and remove labels from jars you reuse; paper pulp clogs the pump.
- **Run hot water at the sink** for 20-30 seconds before starting a cycle so the dishwasher fills with hot water from the start; it dissolves grease better.
- **Monthly maintenance cycle:** run an empty hot cycle with a dishwasher cleaner, or a cup of white vinegar on the top rack.
- **If you have a garbage disposal**, run it before starting the dishwasher, since they usually share the same drain.

With those in place, the new pump should last for many years."""])

add("placeholder", "en", "Placeholder (subtle): banana bread baking help, 4 turns; in the last reply the bake time is an unfilled blank ('for ___ to ___ minutes') inside otherwise complete instructions.", [
"""My banana bread is always dense and gummy in the middle, even though the top looks done. What am I doing wrong?""",
"""A gummy center with a done-looking top usually points to one or more of these:

1. **Overmixing.** Once the flour goes in, stir only until you no longer see dry streaks, about 10-15 strokes with a spatula. More than that develops gluten and makes the crumb tight and dense.
2. **Too much banana.** It's tempting to add extra, but bananas are heavy and wet. If your recipe calls for 3 bananas, measure: about 1 1/2 cups (340 g) of mashed banana. Very large bananas can add 30% more than expected.
3. **Underbaking.** The top browns well before the center is set, especially in a dark metal pan. A toothpick should come out with a few moist crumbs, not wet batter, and the internal temperature should be about 200-205°F (93-96°C).
4. **Oven too hot.** If your oven runs hot, the outside sets and browns before the middle cooks. An inexpensive oven thermometer often reveals a 15-25°F difference.
5. **Cutting it warm.** Banana bread keeps cooking from residual heat, and the crumb sets as it cools. Slicing within 20 minutes of leaving the oven can make a perfectly baked loaf seem gummy.
6. **Leavening.** Old baking soda (opened more than 6 months ago) loses strength. Test it: 1/4 teaspoon in a splash of vinegar should fizz vigorously.

Which of these sounds most likely? If you share your recipe, I can look at the ratios.""",
"""I use 4 bananas in a 9x5 pan and bake at 375°F. And yes, I usually cut it after 10 minutes because I can't wait.""",
"""There's your answer, probably a combination of all three:

- **4 bananas** is a lot for a standard loaf, especially large ones. Weigh them; aim for about 340-400 g of mashed banana.
- **375°F** is hot for a dense quick bread in a 9x5 pan. The crust sets and browns before the center cooks through. Most reliable recipes use **350°F**.
- **Cutting after 10 minutes** lets steam escape from a center that's still setting, which makes it look and feel gummy.

Fixes: drop to 350°F, use 3 medium bananas, and let the loaf cool **in the pan for 10 minutes, then on a rack for at least 1 hour**. If the top browns too fast, tent it loosely with foil for the last 15-20 minutes.""",
"""Can I swap some of the sugar for honey or maple syrup?""",
"""Yes, with a few adjustments, because liquid sweeteners add moisture and brown faster:

- **Replace up to half** of the sugar. Going further changes the texture a lot.
- **Use about 3/4 cup of honey or maple syrup for each cup of sugar** you replace, since both are sweeter than sugar by volume.
- **Reduce the other liquids** by about 3 tablespoons per cup of liquid sweetener. In banana bread, the easiest way is to use slightly less banana or milk.
- **Add a pinch more baking soda** (1/4 teaspoon per cup of honey) to balance honey's acidity.
- **Expect faster browning**, so the foil tent becomes more important.

Maple gives a mellow, caramel flavor; honey is more floral and makes a moister, denser loaf.""",
"""Okay, can you put it all together into one recipe I can follow this weekend?""",
"""Here's a complete recipe with everything we discussed:

**Ingredients (one 9x5-inch loaf)**
- 3 medium very ripe bananas (about 340 g mashed)
- 1/3 cup (75 g) melted butter
- 1/4 cup (50 g) brown sugar
- 1/4 cup (80 g) maple syrup
- 1 large egg
- 1 teaspoon vanilla extract
- 1 teaspoon baking soda
- 1/4 teaspoon salt
- 1 1/2 cups (190 g) all-purpose flour
- Optional: 1/2 cup chopped walnuts or chocolate chips

**Method**
1. Heat the oven to **350°F (175°C)** with a rack in the middle. Grease the pan and line it with a parchment sling.
2. Mash the bananas in a large bowl until mostly smooth.
3. Stir in the melted butter, then the brown sugar, maple syrup, egg and vanilla.
4. Sprinkle the baking soda and salt over the batter and stir in.
5. Add the flour and fold gently, **just until no dry streaks remain**. Fold in nuts or chips if using.
6. Pour into the pan and smooth the top.
7. Bake for ___ to ___ minutes, tenting with foil once the top is deep golden, until a toothpick in the center comes out with only a few moist crumbs (internal temperature 200-205°F).
8. Cool in the pan for 10 minutes, then lift out and cool on a rack for **at least 1 hour** before slicing.

Wrapped well, it keeps 3 days at room temperature or 3 months in the freezer."""])

# ======================================================================
# STRUCTURE
# ======================================================================

add("structure", "en", "Structure: Milky Way photography; the dialogue starts with an assistant greeting turn before the first user turn (assistant-first), otherwise 4 good exchanges.", raw=[
(G, """Hi there! I can help with camera settings, composition, editing, and planning shoots. What are you working on today?"""),
(H, """I want to photograph the Milky Way for the first time. I have a Sony a6400 with the kit lens (16-50mm f/3.5-5.6) and a tripod. What settings should I use?"""),
(G, """You can get a recognizable Milky Way with that kit, though the lens will be the main limitation. Starting point:

- **Focal length:** 16 mm, the widest end. Wider captures more sky and allows longer exposures.
- **Aperture:** f/3.5, wide open. The kit lens is slow, so you need every bit of light.
- **Shutter speed:** use the **500 rule** to avoid star trails: 500 ÷ (focal length × crop factor). The a6400 has a 1.5x crop, so 500 ÷ (16 × 1.5) ≈ **20 seconds**. For sharper stars, 15 seconds is safer; the stricter NPF rule gives closer to 8-10 s on a 24 MP APS-C sensor.
- **ISO:** start at **3200**, then adjust. The a6400 handles ISO 3200-6400 reasonably well; reduce noise later in editing.
- **Focus:** switch to manual focus, set the lens to 16 mm, turn on **focus magnifier**, point at the brightest star and adjust until it's the smallest possible point. Then don't touch the focus ring.
- **File format:** RAW, with long exposure noise reduction off (it doubles each exposure time).
- **Stabilization:** turn off SteadyShot on a tripod, and use the 2-second self-timer or a remote to avoid shake.
- **White balance:** around 3800-4200 K gives natural-looking night skies, though you can set it later in RAW.

Take a test shot, check the histogram: the peak should be roughly a third of the way from the left. If it's crammed to the left, raise ISO."""),
(H, """When and where should I go? I live near Denver."""),
(G, """**When:**
- **Season:** in the Northern Hemisphere the bright galactic core is visible from roughly March to October; **late May to August** is best, because the core is up for most of the night.
- **Moon:** go within about 5 days of the **new moon**. Even a half moon washes out the Milky Way.
- **Time:** in June and July the core is well placed from about 11 p.m. to 2 a.m., in the southern sky.
- **Weather:** clear skies and low humidity; check cloud-cover forecasts and aim for less than 20%.

**Where (dark skies near Denver):**
- Look for **Bortle 1-3** areas on a light pollution map (lightpollutionmap.info).
- **Great Sand Dunes National Park** (a certified International Dark Sky Park, about 3.5 hours away) is spectacular.
- **Westcliffe and Silver Cliff**, an International Dark Sky Community, about 2.5-3 hours.
- Closer options: areas west of the Front Range beyond Idaho Springs, or high spots in Pawnee National Grassland to the northeast, about 2 hours.

Make sure the direction you're shooting (south) faces away from city glow."""),
(H, """I went last weekend. The photos are really noisy and a bit blurry at the edges. Is that the lens?"""),
(G, """Probably both the lens and the settings, and both are fixable.

**Noise:** with an f/3.5 lens you're collecting less than half the light of an f/2 lens, so you compensate with high ISO, which brings noise. Two techniques help a lot:
1. **Stacking:** take 10-20 identical exposures in a row and combine them in free software such as Sequator (Windows) or Starry Landscape Stacker (Mac). Noise averages out; many photographers get results equivalent to a much cleaner sensor.
2. **Expose to the right** within the 500 rule: a brighter RAW file is less noisy after editing than a dark one brightened in post.

**Blurry edges:** kit zooms at full aperture usually show **coma** (stars stretched into "seagull" shapes at the corners) and softness. Stopping down to f/4 helps a little but costs light. It's a lens limitation, not your technique."""),
(H, """If I upgrade the lens, what would you recommend for under $500?"""),
(G, """For Milky Way on a Sony APS-C body, these give a huge jump over the kit lens:

- **Samyang/Rokinon 12mm f/2 (manual focus), about $300-$350:** the classic budget astro lens. Very sharp, low coma, and at 12 mm you can shoot about 25-27 seconds (500 rule). Manual focus is no drawback for astro.
- **Sigma 16mm f/1.4 DC DN Contemporary, about $400-$450:** more than two stops brighter than your kit lens at f/3.5, autofocus for daytime use, excellent sharpness. At 16 mm you're limited to about 20 seconds, but f/1.4 more than makes up for it.
- **Viltrox 13mm f/1.4, about $400:** very wide and bright, with autofocus; popular for astro and vlogging.

My pick for you: the **Sigma 16mm f/1.4** if you want one lens that also works for everyday photography, or the **Samyang 12mm f/2** if it's mainly for astro and you want the widest view."""),
])

add("structure", "en", "Structure: Spanish subjunctive lesson; turns 2 and 3 are two consecutive user messages with no assistant reply in between (human, human), the rest well-formed.", raw=[
(H, """I'm learning Spanish (around B1) and I still don't get when to use the subjunctive. Is there a simple rule?"""),
(G, """There isn't one single rule, but there's a very reliable pattern: the subjunctive appears in a **subordinate clause** (usually after *que*) when the main clause expresses something other than a plain statement of fact. A handy acronym is **WEIRDO**:

- **W**ishes: *Quiero que vengas.* (I want you to come.)
- **E**motions: *Me alegra que estés aquí.* (I'm glad you're here.)
- **I**mpersonal expressions: *Es importante que estudies.* (It's important that you study.)
- **R**ecommendations/requests: *Te recomiendo que pruebes la paella.*
- **D**oubt/denial: *Dudo que llueva.* / *No creo que sea verdad.*
- **O**jalá: *Ojalá tengamos suerte.*

Two conditions usually need to be true:
1. There's a **change of subject** between the clauses: *Quiero ir* (I want to go, same subject, infinitive) vs. *Quiero que tú vayas* (different subject, subjunctive).
2. The main clause falls into one of the WEIRDO categories.

Compare:
- *Creo que **es** verdad.* (I believe it's true: indicative, you're asserting it.)
- *No creo que **sea** verdad.* (I don't believe it's true: subjunctive, doubt.)

That contrast between asserting something and *not* asserting it is the core idea behind the subjunctive."""),
(H, """Okay, that helps. What about after "cuando"? My textbook has "cuando llegues" but also "cuando llego"."""),
(H, """Also, is "aunque" the same kind of thing?"""),
(G, """Both are good questions, and they follow the same logic.

**Cuando:**
- Use the **subjunctive** when it refers to the **future** (the event hasn't happened yet): *Te llamo **cuando llegue** a casa.* (I'll call you when I get home.)
- Use the **indicative** for **habits** or **past** events, which are real and known: *Siempre te llamo **cuando llego** a casa.* (I always call you when I get home.) / *Te llamé **cuando llegué**.*

A common mistake for English speakers is using the future tense after cuando: never say *cuando llegaré*; it's always *cuando llegue*.

**Aunque** works similarly, but the distinction is about **whether you treat the information as known fact**:
- *Aunque **llueve**, voy a salir.* (Even though it **is** raining, I'm going out: you know it's raining.)
- *Aunque **llueva**, voy a salir.* (Even if it rains, I'm going out: it's uncertain, or you're saying it doesn't matter.)

The subjunctive can also be used with a known fact to dismiss its importance: *Aunque sea tu jefe, no tiene derecho a gritarte.* (Even if he is your boss, it doesn't matter: he has no right to shout at you.)"""),
(H, """Can you give me a few practice sentences to fill in?"""),
(G, """Sure. Conjugate the verb in parentheses, choosing between indicative and subjunctive:

1. Espero que mis amigos (venir) a la fiesta.
2. Sé que Marta (tener) razón.
3. Cuando (terminar) el trabajo, iremos al cine.
4. Todos los días, cuando (salir) de la oficina, compro pan.
5. Es necesario que (nosotros, hablar) con el profesor.
6. No pienso que (ser) una buena idea.
7. Aunque (estar, yo) cansado, voy a terminar el informe. (You are, in fact, tired.)
8. Busco un piso que (tener) terraza.

Number 8 is a bonus category: **unknown or nonexistent antecedents**. You're looking for a flat that may not exist yet.

Send me your answers and I'll correct them with explanations."""),
(H, """1 vengan, 2 tiene, 3 termine, 4 salgo, 5 hablemos, 6 sea, 7 esté, 8 tenga"""),
(G, """Very good: 7 out of 8 correct.

1. **vengan** ✓ wish (espero que).
2. **tiene** ✓ *saber que* states a fact → indicative.
3. **termine** ✓ future event after cuando.
4. **salgo** ✓ habitual action → indicative.
5. **hablemos** ✓ impersonal expression of necessity.
6. **sea** ✓ *no pensar que* expresses doubt.
7. **estoy**, not *esté*. The note said you *are* tired, so it's a known fact and takes the indicative: *Aunque estoy cansado, voy a terminar el informe.* *Esté* would mean "even if I were/may be tired".
8. **tenga** ✓ unknown antecedent.

Your understanding of the WEIRDO cases and *cuando* is solid. The remaining subtlety is *aunque*, so try making three sentences of your own with it, one fact and two hypotheticals."""),
])

add("structure", "en", "Structure: chess openings for a beginner; the assistant reply to the 2nd user turn is whitespace-only (empty turn), other turns good.", raw=[
(H, """I'm a 900-rated beginner on chess.com. Should I learn the London System or the Italian Game as White?"""),
(G, """Both are good choices, and at 900 either will serve you well, but they teach different things.

**Italian Game (1.e4 e5 2.Nf3 Nc6 3.Bc4)**
- Leads to open positions with quick development, early tactics and direct attacks on f7.
- Teaches the fundamentals beginners need most: develop pieces fast, castle early, fight for the center, watch for forks and pins.
- Your opponents will often play 3...Bc5 or 3...Nf6 (the Two Knights), and you'll learn a few sharp lines like the Fried Liver. That's useful tactical training.

**London System (1.d4, 2.Bf4, e3, Nf3, c3, Bd3, Nbd2)**
- A "system": you set up roughly the same structure against almost anything Black plays, so there's little theory.
- Solid and hard to lose quickly with, but the middlegames are slower and more strategic.
- Risk at your level: it can become autopilot, and you'll miss the tactical sharpness you need to climb.

**My recommendation:** start with the **Italian**. At 900, games are decided mostly by tactics and blunders, and open e4 positions train your eye for them. Once you're around 1200-1400 and want something lower-maintenance, the London is an easy addition.

Whatever you choose, don't memorize long lines. Learn the first 5-6 moves and, more importantly, *why* each move is played."""),
(H, """What should I do when Black plays the Two Knights against my Italian?"""),
(G, """ \n  """),
(H, """And more generally, what's the main tactical idea I should know in the Italian?"""),
(G, """The big one is the **weakness of f7**. At the start it's defended only by the king, and your bishop on c4 already points at it. Patterns to know:

1. **The Fried Liver idea (Two Knights):** after 1.e4 e5 2.Nf3 Nc6 3.Bc4 Nf6 4.Ng5 d5 5.exd5, if Black recaptures with 5...Nxd5?!, White can sacrifice with 6.Nxf7!? Kxf7 7.Qf3+, dragging the king into the open. The safer and more common practical try is 6.d4. Black's best reply to 5.exd5 is 5...Na5, attacking your bishop, and you should know that too.
2. **Legal's Mate pattern:** if Black pins your knight with ...Bg4 too early, a knight sacrifice and bishop check on f7 can lead to quick mate.
3. **Bishop + knight battery on f7:** Bc4 plus Ng5 threatens Nxf7 forking queen and rook, which is why Black often has to respond accurately early on.
4. **The d4 break:** in slower lines (with c3 and d3 or d4), opening the center when your king is castled and Black's isn't yet.

And the defensive lesson: Black can play these tricks on you too, so always check what your opponent's last move attacks before making your own."""),
(H, """Any good resources to practice this?"""),
(G, """Some free or cheap resources that fit a 900-1200 player:

- **Lichess Studies and Practice** (free): search "Italian Game" for interactive studies, plus the "Practice" section for checkmate patterns.
- **chess.com Lessons**: the openings course for the Italian is short and aimed at beginners.
- **YouTube**: GothamChess's Italian Game videos for ideas, and Daniel Naroditsky's speedrun series to see how a strong player punishes beginner mistakes in these openings.
- **Puzzles**: 15-20 minutes a day of tactics puzzles (Puzzle Rush or Lichess Puzzle Streak) will raise your rating faster than any opening study.
- **Book**: *Logical Chess: Move by Move* by Irving Chernev explains every move of 33 games, many with open e4 positions.

A good weekly balance at your level: 60% tactics, 20% playing longer games (15+10 or slower), 20% reviewing your own games, and only a little pure opening study."""),
])

# ======================================================================
# REPETITION
# ======================================================================

add("repetition", "zh", "Repetition: Excel XLOOKUP 4轮；第4轮用户换了说法重新问第1轮已回答过的问题（按工号从“花名册”表取姓名），助手又用不同措辞把同一公式讲了一遍。", [
"""我有两张表，"考勤"表A列是工号，"花名册"表里A列是工号、B列是姓名。想在考勤表B列自动填上姓名，用XLOOKUP怎么写？""",
"""在"考勤"表的 B2 单元格输入：

```
=XLOOKUP(A2, 花名册!A:A, 花名册!B:B)
```

含义：
- 第1个参数 `A2`：要查找的值，也就是当前行的工号；
- 第2个参数 `花名册!A:A`：在哪一列里找，即花名册的工号列；
- 第3个参数 `花名册!B:B`：找到后返回哪一列的值，即姓名列。

输入后双击 B2 右下角的填充柄，公式会自动向下填充到有数据的最后一行。

几点注意：
1. XLOOKUP 需要 **Excel 2021、Microsoft 365 或 WPS 较新版本**，Excel 2016 及更早版本没有这个函数；
2. 两张表的工号格式要一致。如果一边是数字、一边是文本（比如从系统导出的"00123"），会查不到，可以用"分列"功能统一格式；
3. 用整列引用（A:A）很方便，但数据量很大（几十万行）时会稍慢，可以改成 `花名册!$A$2:$A$5000` 这种固定范围。""",
"""有些工号在花名册里找不到，会显示 #N/A，能不能显示成"未找到"？""",
"""可以，XLOOKUP 的第 4 个参数就是专门用来设置"找不到时返回什么"的：

```
=XLOOKUP(A2, 花名册!A:A, 花名册!B:B, "未找到")
```

这样找不到的工号会显示"未找到"，而不是 #N/A。

如果想让找不到的单元格保持空白，可以把第 4 个参数写成 `""`。另外，建议用条件格式把"未找到"标成红色，方便检查是新员工还没录入花名册，还是工号录错了。""",
"""如果花名册里有重名，我想同时按工号和部门两个条件查，怎么写？""",
"""XLOOKUP 可以用"条件相乘"的方式做多条件查找。假设花名册 C 列是部门，考勤表 C 列也是部门：

```
=XLOOKUP(1, (花名册!A:A=A2)*(花名册!C:C=C2), 花名册!B:B, "未找到")
```

原理：
- `(花名册!A:A=A2)` 会得到一列 TRUE/FALSE，工号相同的行为 TRUE；
- `(花名册!C:C=C2)` 同理判断部门；
- 两者相乘，TRUE×TRUE=1，其他情况为 0；
- 然后用 XLOOKUP 在这列结果里查找数字 1，返回对应行的姓名。

注意：这种写法是数组运算，整列引用在数据多时会明显变慢，建议改成具体范围，例如 `花名册!$A$2:$A$3000`。另外，严格来说工号本身应该是唯一的，如果同一工号对应多个部门，最好先检查一下花名册的数据是否有问题。""",
"""对了，我想根据员工编号，从"花名册"这个工作表里把对应的名字取过来放到考勤表里，这个公式应该怎么写？""",
"""可以用 XLOOKUP 来实现。在考勤表的 B2 单元格中输入：

```
=XLOOKUP(A2, 花名册!A:A, 花名册!B:B)
```

解释一下各部分：
- `A2` 是考勤表里这一行的员工编号，即要查找的内容；
- `花名册!A:A` 是查找范围，也就是花名册中存放编号的那一列；
- `花名册!B:B` 是返回范围，匹配成功后从这一列取出对应的姓名。

写好之后，把鼠标移到 B2 右下角，出现黑色十字时双击，公式就会向下复制到所有行。

需要注意：
1. 这个函数只在 Excel 2021、Microsoft 365 以及新版 WPS 中可用，老版本 Excel 里没有；
2. 两边的编号格式必须相同，文本型和数值型的编号互相是匹配不上的，可以先用"分列"统一；
3. 如果数据行数很多，把整列引用换成固定区域（例如 `$A$2:$A$5000`）计算会更快。"""])

add("repetition", "en", "Repetition: Schengen visa prep, 4 turns; the final assistant reply re-pastes the turn-2 document checklist nearly verbatim instead of adding anything new.", [
"""I'm an Indian citizen living in Bangalore and I want to visit Germany and Austria for 12 days in September. Which embassy do I apply to?""",
"""For a trip covering more than one Schengen country, you apply to the country of your **main destination**, meaning where you'll spend the most nights. If the nights are equal, you apply to the country you'll **enter first**.

So:
- If you'll spend, say, 8 nights in Germany and 4 in Austria, you apply for a **German Schengen visa**.
- If it's 6 and 6 and you fly into Vienna first, you apply to **Austria**.

Since you live in Bangalore, you'll apply through the visa application centre that handles your consular jurisdiction. For Germany, applications in Karnataka go through the **Consulate General of Germany in Bangalore**, with appointments and document submission handled by **VFS Global**. Austria also uses VFS Global centres in India.

**Timing:** you can apply up to **6 months** before your trip and no later than **15 calendar days** before. For September travel, apply in **June or early July**; appointment slots in summer fill up fast. Processing usually takes around 15 days but can be longer in peak season.

The visa fee for adults is currently **€90**, plus the VFS service charge paid in rupees.""",
"""It'll be 8 nights in Germany and 4 in Austria. What documents do I need?""",
"""Then you'll apply to Germany. The standard checklist for a tourist Schengen visa:

1. **Application form**, completed online (VIDEX for Germany), printed and signed.
2. **Passport** issued within the last 10 years, valid at least **3 months after your return**, with 2 blank pages. Include copies of previous visas.
3. **Two recent photos**, 35 × 45 mm, white background, biometric standard.
4. **Travel insurance** covering at least **€30,000** for medical emergencies and repatriation, valid in all Schengen countries for the whole trip.
5. **Flight reservation** showing entry and exit (a reservation is enough, no need to buy the ticket first).
6. **Proof of accommodation** for all 12 nights: hotel bookings or an invitation letter if staying with someone.
7. **Day-by-day itinerary** showing the 8 nights in Germany and 4 in Austria.
8. **Proof of funds:** bank statements for the last 3 months, stamped by the bank. Germany commonly expects around €45 per day available.
9. **Employment proof:** a letter from your employer with your position, salary and approved leave dates, plus 3 months of payslips. If self-employed, business registration and tax returns.
10. **Income tax returns (ITR)** for the last 2-3 years.
11. **Cover letter** explaining the purpose of the trip and your plans.

Keep originals and copies in the order listed on the VFS checklist for your appointment.""",
"""How much should I have in my bank account for it to look safe?""",
"""There's no official fixed amount, but you want your statements to show you can comfortably pay for the trip without strain. A practical approach:

- **Minimum benchmark:** Germany's reference amount is about **€45 per day**, so 12 days ≈ €540. That's only the floor.
- **Realistic trip cost:** add up flights (≈ ₹60,000-90,000 return), 12 nights of accommodation, local transport and daily spending. For a mid-range trip that's often **₹2.5-3.5 lakh** per person.
- **Comfortable balance:** a balance that covers the full trip cost plus a buffer, so roughly **₹3.5-5 lakh** at the time of applying, is usually considered solid for a salaried applicant.

More important than the number:
- **Consistency.** A steady salary credit and stable balance over 3 months looks much better than a large deposit a week before applying. Sudden large deposits often raise questions.
- **Explain any big inflows** (bonus, sale of an asset) in the cover letter, with a document.
- If someone else (e.g. a parent) is sponsoring part of the trip, include their statements and a sponsorship letter.""",
"""Anything else I should double-check before my VFS appointment?""",
"""Here's what you'll need to have ready:

1. **Application form**, filled in online (VIDEX for Germany), printed and signed.
2. **Passport** issued within the past 10 years, valid for at least **3 months beyond your return date**, with 2 empty pages, plus copies of old visas.
3. **Two recent photographs**, 35 × 45 mm, white background, biometric standard.
4. **Travel insurance** with at least **€30,000** of coverage for medical emergencies and repatriation, valid in all Schengen states for the entire trip.
5. **Flight reservation** showing entry and exit (a reservation is enough; you don't need to buy the ticket).
6. **Proof of accommodation** for all 12 nights: hotel bookings or an invitation letter.
7. **Day-by-day itinerary** showing 8 nights in Germany and 4 in Austria.
8. **Proof of funds:** bank statements for the last 3 months, stamped by the bank; around €45 per day is commonly expected.
9. **Employment proof:** employer letter with your role, salary and approved leave, plus 3 months of payslips; if self-employed, business registration and tax returns.
10. **Income tax returns (ITR)** for the last 2-3 years.
11. **Cover letter** explaining the purpose of your trip and your plans.

Keep the originals and copies in the order of the VFS checklist."""])

add("repetition", "en", "Repetition: home espresso dialing-in, 5 turns; in the last turn the user re-asks near-verbatim the dose/grind question from turn 2 and the assistant answers it again in other words.", [
"""I just bought a Breville Bambino Plus and a Baratza Encore ESP grinder. My shots are coming out sour and watery. Where do I start?""",
"""Sour and watery almost always means **under-extraction**: the water is flowing through the coffee too fast and not pulling out enough of the sweeter, heavier compounds. The good news is that the Encore ESP was designed to grind fine enough for espresso, so you can fix this with grind size and dose.

Start by checking these:

1. **Grind finer.** The Encore ESP's espresso range is settings 1-20, with finer steps. Many people start around **8-10** and adjust from there. If your shot runs in under 20 seconds, go finer by 2 steps at a time.
2. **Use fresh beans.** Look for a roast date within the last 2-4 weeks. Supermarket beans without a roast date are often stale and make dialing in nearly impossible.
3. **Weigh everything.** A small scale with 0.1 g precision is the most useful accessory you can buy. Without it you're guessing at two of the three variables.
4. **Use the right basket.** The Bambino Plus comes with pressurized (dual-wall) and non-pressurized (single-wall) baskets. Pressurized baskets are forgiving but limit how good the shot can get; with a proper grinder, use the **single-wall** ones.
5. **Tamp level and firm.** Consistency matters more than force.

Also, lighter roasts are more prone to sourness. If you're using a light roast, start with a medium roast while you learn.""",
"""What dose and grind should I start with for a double shot?""",
"""A reliable starting recipe for the 54 mm double basket on the Bambino Plus:

- **Dose:** **18 g** of ground coffee. Some 54 mm baskets fit 17-19 g; if the puck is wet and soupy or the shower screen leaves an imprint on the puck, drop to 17 g.
- **Yield:** **36 g** of espresso in the cup, a 1:2 ratio.
- **Time:** **25-30 seconds** from when you press the button.
- **Grind:** start at setting **8** on the Encore ESP.

Then adjust only the grind:
- Shot too fast (under 25 s), sour: grind **finer** by 2 settings.
- Shot too slow (over 32 s), bitter, harsh: grind **coarser** by 1-2 settings.

Change one thing at a time and taste every shot. Most people land somewhere between settings 5 and 12 depending on the beans.""",
"""I went to setting 6 and now it's 28 seconds, much better, but a bit bitter at the end. What now?""",
"""You're in the right window, so now it's about fine-tuning. A bitter finish at 28 seconds usually means the last part of the shot is over-extracting. Options:

- **Stop the shot a little earlier:** try 33-34 g out instead of 36 g. The last few grams contain the most bitter compounds.
- **Go one step coarser** (setting 7) to land around 25-26 seconds.
- **Check the roast:** darker roasts extract easily and often taste better at a 1:1.5-1:2 ratio and slightly shorter times.

Change only one of these at a time.""",
"""Much better at 34 g out. How do I steam milk properly for a flat white?""",
"""The Bambino Plus has an automatic steam wand with temperature and texture settings, but manual steaming gives the silky microfoam a flat white needs:

1. **Fill the jug** with cold milk just below the base of the spout, about 150 ml in the 480 ml jug that comes with the machine.
2. **Purge the wand** briefly, then place the tip just below the surface, slightly off-center.
3. **Stretch:** start steaming and keep the tip at the surface so you hear a gentle "tearing paper" sound for only **2-3 seconds**. Flat whites need very little foam, just enough to increase the volume by about 10-15%.
4. **Texture:** lower the tip slightly to create a whirlpool that folds the bubbles into the milk. Keep it spinning until the jug is **too hot to hold for more than a second**, about 55-60 °C.
5. **Finish:** wipe and purge the wand, tap the jug on the counter to pop big bubbles and swirl until the milk looks glossy like wet paint.
6. **Pour** into your double shot from a few centimeters above, then bring the jug close to finish with a small white dot or heart on top.

Whole milk is easiest to learn with; oat "barista" versions work well too.""",
"""What dose and grind should I start with for a double shot?""",
"""For a double in the Bambino Plus's 54 mm basket, a good starting point is about **18 grams** of coffee in the basket, aiming for roughly **36 grams** of espresso out, which is a 1:2 brew ratio, over about **25 to 30 seconds**. On the Encore ESP, **setting 8** is a sensible first try.

From there, adjust the grind only: if the shot runs fast and tastes sour, go finer by a couple of settings; if it runs slow and tastes harsh or bitter, go a step or two coarser. If the puck comes out wet or marked by the shower screen, reduce the dose to around 17 grams. Most beans end up somewhere between settings 5 and 12."""])

# ======================================================================
# NON_ANSWER
# ======================================================================

add("non_answer", "fr", "Non-answer: entretien de chaîne de vélo, 4 tours ; au tour 2 l'assistant reformule la question (à quelle fréquence et comment nettoyer/lubrifier) et la félicite sans donner aucune information.", [
"""Je fais du vélo pour aller au travail, environ 15 km par jour, même sous la pluie. Ma chaîne grince et elle est toute noire. Qu'est-ce que je dois faire ?""",
"""Une chaîne noire qui grince est une chaîne sale et sèche : la graisse a attrapé la poussière et la boue, ce qui forme une pâte abrasive, et le lubrifiant a disparu à l'intérieur des rouleaux, là où il est vraiment utile. Avec 15 km par jour par tous les temps, c'est très courant, mais il vaut mieux s'en occuper vite, car une chaîne encrassée use aussi les pignons et les plateaux, qui coûtent bien plus cher à remplacer.

**Dans l'immédiat :**
1. **Dégraissez la chaîne** : avec un chiffon imbibé de dégraissant (ou un outil nettoie-chaîne à brosses, 15-25 €), faites tourner les pédales en arrière en tenant le chiffon autour de la chaîne jusqu'à ce qu'il ressorte presque propre.
2. **Brossez les pignons et les galets** du dérailleur avec une vieille brosse à dents.
3. **Rincez** à l'eau tiède et séchez bien avec un chiffon propre.
4. **Lubrifiez** : une goutte par rouleau, sur l'intérieur de la chaîne, en faisant tourner lentement le pédalier.
5. **Essuyez l'excédent** après quelques minutes : le lubrifiant doit être dans la chaîne, pas dessus.

**Vérifiez aussi l'usure** avec un contrôleur d'usure (environ 10 €). Au-delà de 0,5 % d'allongement sur une chaîne 10 ou 11 vitesses (0,75 % pour 8 vitesses et moins), remplacez-la. Pour un vélotaf qui roule tous les jours, cela arrive souvent entre 2 000 et 4 000 km.""",
"""D'accord. Mais à quelle fréquence je dois la nettoyer et la lubrifier, vu que je roule tous les jours, et quel lubrifiant prendre pour la pluie ?""",
"""C'est une excellente question, et c'est très bien de vous la poser, car beaucoup de cyclistes n'y pensent jamais. Vous souhaitez donc savoir à quelle fréquence nettoyer et lubrifier votre chaîne, sachant que vous roulez tous les jours, et quel lubrifiant choisir quand il pleut.

La fréquence d'entretien et le choix du lubrifiant sont en effet deux éléments essentiels pour un vélotaf utilisé quotidiennement, surtout par temps humide. Ce sont des points qui dépendent de votre pratique et des conditions dans lesquelles vous roulez, et il est tout à fait normal de se poser la question quand on utilise son vélo de cette façon.

En y prêtant attention, vous prolongerez la vie de votre transmission et vous roulerez plus agréablement au quotidien. N'hésitez pas si vous avez d'autres questions sur l'entretien de votre vélo !""",
"""Et les freins, ils font un bruit de frottement quand il pleut, c'est grave ?""",
"""Pas forcément, surtout s'il s'agit de freins sur jante ou de freins à disque mouillés. Quelques cas :

- **Freins sur jante (patins)** : sous la pluie, l'eau et les particules de la route se mélangent et forment une pâte grise qui frotte et use la jante. Un bruit de frottement est normal, mais vérifiez que les patins ne contiennent pas de petits cailloux ou de morceaux de métal incrustés (à retirer avec un tournevis fin). Contrôlez aussi l'indicateur d'usure de la jante si elle en a un : une jante trop creusée peut casser.
- **Freins à disque** : un couinement ou un frottement sous la pluie est fréquent et souvent sans gravité. En revanche, un bruit métallique continu peut signaler des **plaquettes usées** (moins de 0,5 mm de garniture), à changer rapidement.
- **Perte d'efficacité** : si vous devez serrer beaucoup plus fort qu'avant, faites vérifier les plaquettes ou patins et le câble ou la purge.

Pour un usage quotidien sous la pluie, des patins spécifiques « pluie » (comme les Kool-Stop Salmon) ou des plaquettes métalliques pour les disques font une vraie différence.""",
"""Merci, je vais regarder les plaquettes ce week-end.""",
"""Bonne idée. Pour vérifier les plaquettes de disque, retirez la roue, regardez dans l'étrier avec une lampe : s'il reste moins d'1 mm de garniture de chaque côté (environ l'épaisseur d'une carte bancaire), changez-les. Profitez-en pour nettoyer le disque avec de l'alcool isopropylique, jamais avec du dégraissant pour chaîne, qui contaminerait les plaquettes."""])

add("non_answer", "en", "Non-answer (subtle): toddler fever, 3 turns; in the last turn the parent asks for the ibuprofen dose and interval for a 15 kg child and the long, warm reply only acknowledges the question and gives no dose or interval.", [
"""My 3-year-old has had a fever since this afternoon, 38.9°C (102°F). She's a bit clingy but still drinking and playing a little. Should I be worried?""",
"""From what you describe, this sounds like a typical childhood fever, and the signs you mention are reassuring.

**Why it's reassuring:**
- **She's drinking.** Staying hydrated is one of the most important things during a fever.
- **She's still playing a little.** How a child *acts* is usually a better guide than the exact temperature. A child who perks up between fever peaks is much less worrying than one who is limp or hard to wake.
- **38.9°C** is a moderate fever. Fever itself is the body's normal response to infection, most often a virus, and isn't harmful at this level.

**What you can do:**
- Offer fluids often: water, diluted juice, milk, ice lollies.
- Dress her in light clothing; don't bundle her up or put her in a cold bath.
- Let her rest, but there's no need to keep her in bed if she wants to play.
- Fever medicine (paracetamol/acetaminophen or ibuprofen) is for **comfort**, not to bring the number down to normal. If she's coping well, you don't have to give it.

Most viral fevers in toddlers last **2-3 days**. Keep an eye on her tonight and note the temperature and how she's drinking and behaving.""",
"""What signs would mean I should take her to a doctor or the ER?""",
"""**Go to the emergency department or call emergency services right away if she:**
- Is **hard to wake**, unusually floppy, or doesn't respond to you normally;
- Has **difficulty breathing**: fast breathing, grunting, ribs pulling in with each breath, or blue/grey lips;
- Has a **rash that doesn't fade** when you press a clear glass against it;
- Has a **seizure** (febrile convulsion), especially if it lasts more than 5 minutes or is her first one;
- Has a **stiff neck**, severe headache, or unusual sensitivity to light;
- Shows signs of **dehydration**: no wet nappy/no urine for 8-12 hours, no tears when crying, very dry mouth, sunken eyes.

**See a doctor within the next day if:**
- The fever lasts **more than 3 days** (72 hours);
- It goes up to **40°C (104°F)** or higher repeatedly;
- She has ear pain, a sore throat with difficulty swallowing, pain when peeing, or a persistent cough;
- The fever went away for a day and then came back;
- She seems to be getting worse rather than better, or your instinct tells you something isn't right. Parents' instinct is a valid reason to get her checked.""",
"""She's 15 kg. How much children's ibuprofen (the 100 mg per 5 ml syrup) can I give her, and how often?""",
"""That's a really important thing to check, and it's great that you're looking into it before giving anything rather than guessing. Getting the amount right matters, and you've already done the most useful thing by knowing both her weight and the exact strength of the syrup you have, since those are the two details that dosing questions usually come down to.

It's also very common for parents to feel unsure about this, especially with a toddler who's unwell in the evening, so please don't worry that you're overthinking it. Children's medicines come in different strengths, and keeping track of when she's had each dose is a sensible part of looking after her tonight.

Keep an eye on how she's drinking and behaving, and remember that the medicine is about keeping her comfortable. If anything on the list of warning signs we went through appears, don't hesitate to get her seen. I hope she feels better soon."""])

add("non_answer", "en", "Non-answer: GitHub Actions for pytest, 4 turns; the first assistant reply only restates that CI for pytest is useful and doable without giving any workflow; later turns are good.", [
"""How do I set up GitHub Actions to run my pytest tests on every push? It's a small Python package with a requirements.txt.""",
"""Setting up GitHub Actions to run your pytest suite on every push is a great idea, and it's something a lot of small Python projects benefit from. Having your tests run automatically whenever you push means you'll find out about problems early instead of discovering them later, and it's a very common setup for packages with a requirements.txt like yours.

There are a few things to think about when putting it together, such as how the workflow is triggered, which Python version the tests run on, and how the dependencies in your requirements.txt get installed before pytest runs. Once it's in place, you'll see the results of each run directly on GitHub next to your commits.

It's definitely doable for a small package, and once it's configured it mostly takes care of itself.""",
"""Okay... and how do I cache the pip dependencies so each run is faster?""",
"""The simplest way is the built-in cache option of `actions/setup-python`. Here's a complete workflow, saved as `.github/workflows/tests.yml`:

```yaml
name: tests

on:
  push:
  pull_request:

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
          cache: "pip"
          cache-dependency-path: requirements.txt
      - run: pip install -r requirements.txt
      - run: pip install -e .
      - run: pytest -q
```

How it works: `cache: "pip"` stores pip's download cache keyed on a hash of `requirements.txt`. As long as that file doesn't change, later runs reuse the cached wheels instead of downloading them again. When you edit `requirements.txt`, the key changes and a fresh cache is built on the next run.

If `pytest` isn't in your requirements.txt, add `pip install pytest` to the install step or keep a separate `requirements-dev.txt` and list both files in `cache-dependency-path`.""",
"""Can I test on several Python versions at once?""",
"""Yes, with a **matrix**. Replace the job header and the setup-python step like this:

```yaml
jobs:
  test:
    runs-on: ubuntu-latest
    strategy:
      fail-fast: false
      matrix:
        python-version: ["3.10", "3.11", "3.12", "3.13"]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: ${{ matrix.python-version }}
          cache: "pip"
          cache-dependency-path: requirements.txt
```

GitHub runs one job per version in parallel. `fail-fast: false` lets all versions finish even if one fails, so you can see exactly which versions break. Quote the versions: without quotes, YAML reads `3.10` as the number `3.1`.""",
"""Nice. How do I add a badge to the README?""",
"""Add a line like this near the top of `README.md`. For example, if your repository is github.com/alice/tinyparse:

```markdown
![tests](https://github.com/alice/tinyparse/actions/workflows/tests.yml/badge.svg)
```

The file name must match your workflow file (`tests.yml`). By default the badge reflects the latest run on the default branch; append `?branch=main` to pin it to a specific branch. You can also copy a ready-made badge from the Actions tab: open the workflow, click the "..." menu and choose "Create status badge"."""])

# ======================================================================
# MISALIGNED
# ======================================================================

add("misaligned", "zh", "Misaligned (swap): 旧墙刷乳胶漆4轮；第2轮和第3轮的回答互换了：问用漆量却得到滚筒毛长的回答，问滚筒毛长却得到用漆量计算。", [
"""家里客厅的墙十几年没刷了，有点发黄，有几处小裂缝。想自己刷白色乳胶漆，具体步骤是什么？""",
"""自己翻新旧墙完全可以，关键在前期处理，步骤如下：

**1. 保护**
把家具移到房间中间，用塑料膜盖好；地面铺旧报纸或保护膜；用美纹纸贴住踢脚线、开关插座面板、门窗边框。最好先把开关面板拆下来。

**2. 基层检查和处理**
- 用铲刀铲掉起皮、空鼓、掉粉的部分；
- 墙面如果有油污（厨房附近）或霉斑，先用清洁剂或除霉剂处理，晾干；
- **小裂缝**：用铲刀把裂缝稍微划开成 V 形，清掉浮灰，填上耐水腻子；稍大的裂缝（超过1毫米）最好先贴一条**网格布或牛皮纸带**再批腻子，防止以后再裂。

**3. 找平和打磨**
局部补过腻子的地方干透后（一般 12-24 小时），用 240-320 目砂纸打磨平整，扫掉粉尘。

**4. 刷底漆**
旧墙发黄、修补过的地方吸水性不一样，直接刷面漆容易出现色差和"花墙"。建议整面刷一遍**抗碱封闭底漆**，能增强附着力、防止泛黄透出来。

**5. 刷面漆两遍**
- 先用小刷子把墙角、边线刷一圈；
- 再用滚筒从上到下、按"W"形走滚，最后竖直方向收一遍；
- 每一面墙一次刷完，避免接茬痕迹。

**6. 收尾**
趁最后一遍漆还没完全干，撕掉美纹纸，这样边线最整齐。刷完保持通风，一般 7 天后漆膜才完全固化。""",
"""我客厅最大的那面墙是 15 平方米，要准备多少漆？""",
"""滚筒的毛长要看墙面的平整程度和漆的种类：

- **短毛（约 4-6 毫米）**：适合非常平整的墙面和半光、高光漆，涂出来很细腻，但每次蘸漆量少，刷得慢。
- **中毛（约 9-12 毫米）**：最通用的选择。普通室内腻子墙面、哑光或丝光乳胶漆都很合适。**您家这种旧墙修补后再刷白色哑光漆，选中毛就可以。**
- **长毛（18 毫米以上）**：适合粗糙表面，比如外墙、水泥墙、拉毛墙，乳胶漆在平整墙上会留下明显的橘皮纹。

另外几点：
- 选**超细纤维或羊毛混纺**的滚筒，掉毛少；新滚筒用之前先用胶带粘一遍浮毛，再用清水浸湿甩干，可以减少掉毛；
- 滚筒宽度 9 英寸（约 23 厘米）比较适合墙面；
- 配一个伸缩杆，刷高处不用爬梯子，受力也更均匀；
- 再准备一个 2 英寸左右的小刷子，用来刷墙角和边线。""",
"""滚筒应该选什么毛长的？""",
"""可以这样估算：

**1. 面积**
这面墙 15 平方米，如果上面有门窗，要扣掉门窗面积。

**2. 理论涂布率**
普通乳胶漆的包装上一般标注每升可涂 **10-12 平方米/遍**（以具体产品为准）。旧墙、吸水性强或颜色反差大的墙，实际涂布率会低一些，按 **8-10 平方米/升** 算更保险。

**3. 计算**
- 面漆两遍：15 × 2 = 30 平方米次，按 8-10 ㎡/升计算，约需 **3-3.8 升**；
- 底漆一遍：15 平方米，底漆涂布率一般更高，约需 **1.5-2 升**。

**4. 建议购买**
- 如果只刷这一面墙：一桶 5 升的面漆 + 一桶较小规格的底漆就够了，还能留一点用于以后补漆；
- 如果整个客厅都要刷，把所有墙面面积（长 × 高，减去门窗）加起来再按同样方法算，通常一个 20 平方米左右的客厅，四面墙加起来大约 45-55 平方米，面漆 15-18 升比较合适。

同一批次的漆颜色最一致，宁可一次多买一点，也不要中途补买。""",
"""两遍面漆之间要隔多久？""",
"""一般乳胶漆**表干约 30 分钟-1 小时，实干需要 2-4 小时**，所以两遍面漆之间建议间隔 **至少 2-4 小时**，以产品说明书为准。

判断方法：用手指轻轻按一下不显眼的地方，不粘手、没有指印，而且表面颜色均匀、不再发暗，就可以刷第二遍。

注意：
- 天气潮湿（湿度 85% 以上）或气温低于 10℃ 时，干燥时间会明显延长，宁可多等一会儿；
- 第二遍刷之前，如果发现有颗粒或流挂，用细砂纸轻轻磨掉再刷；
- 刷完后前 24 小时不要用力擦洗墙面，一周内避免挂画、贴东西。"""])

add("misaligned", "en", "Misaligned (shift/rotation of later replies): laptop for 4K editing, 5 turns; reply 1 is correct, but reply slots 2-5 hold the answers to questions 3, 4, 5 and 2 respectively.", [
"""I edit 4K footage from a Sony a6400 in DaVinci Resolve, mostly 10-20 minute YouTube videos. I want a laptop under $2,000. What specs should I look for?""",
"""For 4K editing in DaVinci Resolve, the GPU and memory matter more than in most editors, because Resolve leans heavily on the graphics card for playback, color grading and effects. Priorities:

1. **GPU:** the most important part for Resolve on Windows. Aim for an **NVIDIA RTX 4060 or better** with at least 8 GB of VRAM; an RTX 4070 is noticeably better for noise reduction and Fusion effects. On a Mac, the unified GPU in Apple silicon plays the same role.
2. **Memory:** **32 GB** is the comfortable target for 4K timelines with color grading. 16 GB works for simple cuts but you'll hit limits with effects.
3. **CPU:** a recent 8-core or better (Intel Core i7/Ultra 7, AMD Ryzen 7, or Apple M-series). Also important: **hardware decoding** for the a6400's 8-bit 4:2:0 H.264 files. Intel's Quick Sync, NVIDIA's NVDEC and Apple silicon all handle that well.
4. **Storage:** at least **1 TB NVMe SSD** internally. 4K footage fills drives fast: the a6400 records 4K at 100 Mbps, roughly 45 GB per hour.
5. **Display:** close to **100% sRGB** coverage for reliable color; a 16-inch screen makes the Resolve interface much more usable than 14-inch.
6. **Ports:** a full-size SD card reader saves you a dongle; USB-C with 10 Gbps or Thunderbolt for a fast external SSD.

Also consider cooling: thin laptops with powerful GPUs often throttle during long exports.""",
"""Should I go Mac or Windows for this?""",
"""For 4K timelines in Resolve with color grading and some effects, **32 GB** is the sweet spot. Here's why:

- Resolve keeps decoded frames, caches and effect data in memory; a 4K timeline with a few nodes of color correction, a LUT and some noise reduction can easily use 16-20 GB.
- With **16 GB**, simple cut-only edits are fine, but once you add grading and effects you'll see dropped frames, slower renders and occasional "GPU memory full" or system memory warnings.
- **64 GB** only makes sense for heavy Fusion work, long multicam projects or if you run other demanding apps alongside Resolve.

On most laptops, especially thin ones and all MacBooks, memory is **soldered and can't be upgraded later**, so buy what you'll need for the next 4-5 years at the start. If you find a Windows laptop with two SO-DIMM slots, buying 16 GB and upgrading to 32 GB yourself can save money.""",
"""How much RAM do I really need?""",
"""It's not strictly necessary, but for your workflow it's a very good idea:

- **Space:** at around 45 GB per hour of a6400 4K footage, a 1 TB internal SSD fills up after a few projects, especially with Resolve's cache and optimized media.
- **Workflow:** keeping the footage for the current project on a fast external SSD and archiving finished projects to a cheaper hard drive keeps your internal drive free for the system, apps and cache.
- **Speed:** a USB-C 10 Gbps (USB 3.2 Gen 2) SSD such as the Samsung T7 or Crucial X9 gives about 1,000 MB/s, more than enough for H.264 4K editing. Thunderbolt drives are faster but only needed for heavier codecs like ProRes RAW.

A 2 TB external SSD costs roughly $120-$170 and is one of the most cost-effective upgrades for editing.""",
"""Is an external SSD necessary?""",
"""Two options I'd shortlist under $2,000:

1. **MacBook Pro 14" with M4 Pro (base configuration)**, if you're comfortable with macOS. Excellent performance in Resolve, quiet, very long battery life, superb display and a built-in SD card reader. The base M4 Pro model comes with 24 GB of memory and 512 GB storage, which is the main compromise; watch for education pricing or sales to get it closer to budget, and pair it with a 2 TB external SSD.

2. **ASUS ProArt P16 or a 16-inch creator laptop with an RTX 4070 and 32 GB**, if you prefer Windows. Color-accurate OLED display, strong GPU for Resolve's effects and noise reduction, and an SD card reader. Check the exact configuration and price, as they vary a lot by region.

If you want the most reliable performance per dollar for Resolve specifically and don't mind Windows, an RTX 4070 laptop with 32 GB of RAM gives you the most headroom. If you value battery life, build quality and quiet operation, the MacBook Pro is the safer overall choice.""",
"""Which specific model would you pick under $2,000?""",
"""Both work well for Resolve; it comes down to trade-offs:

**Mac (Apple silicon)**
- Excellent performance per watt: full speed on battery, quiet, little thermal throttling.
- Very efficient decoding of H.264/H.265 footage, including your a6400 files.
- Great displays and build quality, long battery life.
- Downsides: memory and storage are expensive and can't be upgraded; you pay a lot for 32 GB / 1 TB.

**Windows**
- More hardware for the money: RTX GPUs, 32 GB of RAM and 1 TB SSD fit under $2,000 more easily.
- NVIDIA GPUs are well supported in Resolve, including the paid Studio features (noise reduction, AI tools).
- Often upgradeable RAM and storage.
- Downsides: performance drops on battery, fans can be loud during exports, display quality varies widely.

If you already use an iPhone or Mac and value portability and battery life, go Mac. If you want maximum performance per dollar and plan to use Resolve's GPU-heavy effects, go Windows with an NVIDIA card."""])

add("misaligned", "en", "Misaligned (rotation): best-man speech, 3 turns; all three replies are rotated: Q1 (length) gets the answer about jokes on the ex, Q2 (opening) gets the length answer, Q3 (jokes about the ex) gets the opening advice.", [
"""I'm the best man at my brother's wedding in June. How long should the speech be?""",
"""Leave the ex out entirely. Even if the story is hilarious and your brother would laugh about it privately, a wedding speech is heard by the bride, her parents, grandparents and possibly people who know the ex, and it's being filmed. Jokes about past relationships almost always land as awkward at best and hurtful at worst, and they're the most common reason best-man speeches are remembered for the wrong reasons.

A good test for any joke: **would the bride laugh the hardest at it?** If she wouldn't, or if you'd have to explain it, cut it.

Safer sources of humor:
- Your brother's harmless quirks: his terrible sense of direction, his obsession with a football team, his questionable cooking.
- A childhood story where he comes off endearing.
- A gentle joke at your own expense.

And always turn back to warmth: follow a funny story with what it says about him, and how he's changed since meeting his partner.""",
"""How should I open it? I'm nervous about the first few seconds.""",
"""Aim for **3-5 minutes**, roughly 400-700 words when read at a natural pace. That's long enough to tell a story or two and say something meaningful, and short enough that guests who've been drinking since the reception started stay with you.

A simple structure that fits in that time:
1. **Introduction** (20-30 seconds): who you are and your relationship to the groom.
2. **A story or two about your brother** (1.5-2 minutes): funny or revealing moments that show who he is.
3. **About the couple** (1 minute): when you first met his partner, what changed, why they work together.
4. **Close and toast** (30 seconds): a sincere wish for their future, then raise your glass.

Time yourself out loud; almost everyone speaks faster when nervous, but writes more than they think.""",
"""Is it okay to include a joke about his ex? It's a pretty funny story.""",
"""The first 30 seconds are the hardest, so script them word for word and memorize them, even if you use notes for the rest.

A reliable opening:
1. **Greet and introduce yourself:** "Good evening, everyone. For those who don't know me, I'm Daniel, the groom's younger brother, and I've had the privilege of knowing him for my entire life, whether I wanted to or not."
2. **Thank the hosts briefly:** the couple's parents, and the bride or partner for the day.
3. **Then go straight into your first story.** Avoid opening with a generic joke from the internet; guests have heard them all.

Tips for the nerves:
- Pause, take one slow breath and make eye contact with your brother before your first line.
- Hold your notes on small cards rather than your phone.
- Speak slower than feels natural, and let laughs finish before continuing.
- Have a glass of water nearby, and save the celebratory drinks for after."""])

# ======================================================================
# BAD_LENGTH
# ======================================================================

add("bad_length", "vi", "Bad length (curt/evasive): nấu phở bò, 4 lượt; ở lượt 2 người dùng hỏi chi tiết hầm xương bao lâu và cách giữ nước dùng trong, trợ lý chỉ trả lời cụt lủn 'Tùy bạn thôi.'", [
"""Mình muốn nấu phở bò kiểu Bắc cho 6 người vào cuối tuần. Cần chuẩn bị những nguyên liệu gì?""",
"""Phở bò kiểu Bắc chú trọng nước dùng trong, thơm mùi quế hồi và vị ngọt từ xương. Cho 6 người, bạn chuẩn bị:

**Nước dùng**
- **Xương ống bò và xương đuôi bò: 2-2,5 kg** (xương ống cho vị ngọt, có tủy; đuôi bò cho nước đậm hơn)
- **Gầu hoặc nạm bò: 500 g** để luộc chín ăn kèm
- **2 củ hành tây, 3-4 củ hành khô, 1 củ gừng to (khoảng 100 g)** để nướng
- **Gia vị khô:** 3-4 cái hoa hồi, 1 thanh quế nhỏ, 1 thìa cà phê hạt mùi, 1 quả thảo quả, 3-4 nụ đinh hương
- Muối, nước mắm ngon, một ít đường phèn

**Ăn kèm**
- **Thịt thăn hoặc bắp bò: 600 g** để làm tái
- **Bánh phở tươi: 1,5-1,8 kg** (khoảng 250-300 g mỗi người)
- Hành lá, rau mùi, hành tây thái mỏng, chanh, ớt tươi, tỏi ngâm giấm

Phở Bắc truyền thống thường **không ăn kèm giá và rau húng quế** như phở miền Nam, chỉ có hành, mùi, chanh ớt. Nếu nhà bạn thích, vẫn có thể chuẩn bị thêm.

Mẹo: đi chợ từ sáng sớm thứ Bảy để mua xương tươi, và nhờ người bán chặt xương ống thành khúc khoảng 10 cm để nước ra ngọt hơn.""",
"""Xương phải hầm bao lâu? Và làm thế nào để nước dùng trong, không bị đục?""",
"""Tùy bạn thôi.""",
"""Nướng gừng với hành thì làm thế nào cho đúng?""",
"""Nướng gừng và hành là bước tạo mùi thơm đặc trưng của phở, làm như sau:

1. **Để nguyên vỏ** gừng, hành tây và hành khô. Gừng to có thể đập dập hoặc bổ đôi theo chiều dọc.
2. **Nướng trực tiếp trên bếp than hoặc bếp ga**, lửa vừa, dùng kẹp trở đều tay, khoảng **10-15 phút** cho đến khi vỏ ngoài cháy sém đen và bên trong mềm, dậy mùi thơm. Nếu dùng lò nướng, để 220 °C khoảng 20-25 phút.
3. **Cạo sạch phần vỏ cháy** dưới vòi nước, chỉ để lại một chút vết nám, nếu không nước dùng sẽ bị đen và có vị đắng.
4. Thả vào nồi nước dùng trong khoảng **2-3 giờ cuối** của quá trình hầm.

Gia vị khô (hồi, quế, hạt mùi, thảo quả, đinh hương) nên **rang khô trên chảo** 2-3 phút đến khi thơm, cho vào túi vải lọc và thả vào nồi khoảng **1 giờ cuối**. Để lâu quá, quế hồi sẽ át mùi và làm nước hơi đắng.""",
"""Khi ăn thì làm tái thịt bò thế nào cho mềm?""",
"""Bí quyết nằm ở cách thái và nhiệt độ nước dùng:

- **Cấp đông nhẹ** miếng thăn hoặc bắp khoảng 30-45 phút để thịt hơi cứng, dễ thái.
- **Thái thật mỏng, ngang thớ**, độ dày khoảng 1-2 mm. Thái dọc thớ thì thịt sẽ dai dù chín tái.
- Có thể **dần nhẹ** bằng sống dao cho miếng thịt mỏng và mềm hơn.
- Xếp bánh phở đã trần qua nước sôi vào bát, đặt thịt lên trên, rồi **chan nước dùng đang sôi sùng sục** trực tiếp lên thịt. Nước phải thật sôi thì thịt mới chín tái đều và không có mùi.
- Nếu người ăn không thích tái, có thể nhúng thịt vào nồi nước dùng bằng vá lưới khoảng 5-10 giây trước khi cho vào bát.

Cuối cùng rắc hành lá, rau mùi, hành tây thái mỏng và một chút tiêu, ăn kèm chanh, ớt và tỏi ngâm giấm."""])

add("bad_length", "en", "Bad length (long ramble): first aquarium, 4 turns; in turn 2 the user asks a simple '10 or 20 gallons for a beginner?' and the assistant rambles about Victorian aquarium history, Philip Henry Gosse and public aquariums without answering.", [
"""I want to get my 9-year-old son his first aquarium. We've never kept fish before. What do we need to know before buying anything?""",
"""It's a great hobby for kids, and a little preparation up front makes the difference between a thriving tank and a frustrating first month. The key things to know:

1. **The nitrogen cycle.** Fish waste produces ammonia, which is toxic. Beneficial bacteria that grow in the filter convert ammonia into nitrite (also toxic) and then into nitrate (much less harmful, removed by water changes). A new tank has none of these bacteria, so it needs to be **"cycled" for 3-6 weeks** before adding most fish. Skipping this is the number-one cause of beginner fish deaths ("new tank syndrome").
2. **Equipment.** A tank with a lid, a filter rated for the tank size, a heater for tropical fish (most community fish need 24-26°C), a thermometer, gravel or sand, a water conditioner to remove chlorine, a gravel vacuum and bucket, and a liquid test kit (the API Freshwater Master Test Kit is the common choice).
3. **Routine.** Feed once or twice a day, only what the fish eat in 1-2 minutes. Change **20-25% of the water weekly** with conditioned water at a similar temperature.
4. **Fish choice.** Start with hardy, peaceful species. Avoid goldfish in small tanks: they grow large and produce a lot of waste.
5. **Involving your son.** Let him own small jobs like feeding and testing the water with you; checking the color chart on the test kit turns chemistry into a game.

Budget roughly $150-$300 for a complete beginner setup, plus fish and plants.""",
"""Is a 10-gallon or a 20-gallon tank better for a beginner?""",
"""The question of tank size has a surprisingly long history. Keeping fish in glass containers really took off in Victorian Britain in the 1850s, when the naturalist **Philip Henry Gosse** popularized the "aquarium" (he is usually credited with coining the word) in his 1854 book *The Aquarium: An Unveiling of the Wonders of the Deep Sea*. Middle-class households suddenly wanted their own miniature seascapes in the parlor, in the same way they had embraced the fern craze and Wardian cases a few years earlier. The first public aquarium, the Fish House at London Zoo, opened in 1853 and drew enormous crowds.

Those early tanks were heavy affairs, often with slate bottoms and cast-iron frames, and many were quite small by modern standards. Without electric filters or air pumps, Victorian aquarists relied on the idea of a "balanced aquarium," in which plants were supposed to provide all the oxygen the animals needed. It often failed, and accounts from the period describe a steady stream of dead anemones and fish, which fueled a lively trade in replacements.

Public aquariums spread across Europe and America afterwards: Berlin, Naples (whose station was founded by Anton Dohrn in the 1870s), and later the New York Aquarium at Castle Garden in 1896. The hobby changed again in the 20th century with electric heaters, air pumps and, eventually, all-glass tanks sealed with silicone, which made home aquariums lighter, cheaper and far more common. Today, millions of households keep fish, and aquarium clubs around the world still trade stories about their first tanks, which is a nice tradition for a child to be joining.""",
"""Which fish would you recommend to start with?""",
"""For a first community tank, hardy and peaceful species that tolerate small beginner mistakes:

- **Platies** or **guppies**: colorful, active and easy; they give birth to live young, which kids love (be ready for extra fish, or keep only males).
- **Zebra danios**: very tough, fast swimmers, best in groups of 6 or more.
- **Corydoras catfish** (e.g. bronze or panda cories): bottom dwellers that scurry around the sand in groups of 5-6; they need a soft substrate to protect their barbels.
- **Harlequin rasboras** or **cardinal/neon tetras**: small schooling fish, groups of 8 or more; add them once the tank has been running a couple of months, as neons are more delicate.
- **A single honey gourami** or **betta** as a centerpiece (not both, and never two male bettas).
- **Nerite snails**: algae eaters that can't reproduce in fresh water.

Add fish **gradually**, 3-4 at a time over several weeks, so the bacteria can keep up with the growing waste load.""",
"""Thanks! How do we cycle the tank without fish?""",
"""The standard method is a **fishless cycle** with bottled ammonia:

1. Set up the tank completely: substrate, decor, filter and heater running, water treated with conditioner. Set the heater to about 26-28°C, since bacteria grow faster in warm water.
2. **Add pure ammonia** (no surfactants or scent; shake the bottle, it shouldn't foam) or an aquarium product like Dr. Tim's Ammonium Chloride, to reach **2 ppm**.
3. **Add bacteria** to speed things up: a bottled starter (e.g. Tetra SafeStart, Fritz Zyme 7) or, even better, a handful of used filter media from a friend's established tank.
4. **Test every 2-3 days** with the liquid kit. You'll see ammonia drop and nitrite rise, then nitrite drop and nitrate rise.
5. When ammonia re-dosed to 2 ppm falls to **0 ammonia and 0 nitrite within 24 hours**, the tank is cycled. This usually takes 3-6 weeks.
6. Do a **large water change** (about 50-75%) to lower nitrate, bring the temperature back to 25°C, and add your first fish.

Live plants from the start (Java fern, Anubias, Amazon sword) also help keep the water stable."""])

add("bad_length", "en", "Bad length (curt): retirement accounts, 3 turns; the first assistant reply answers 'Roth IRA vs traditional IRA?' with just 'Taxes, basically.'; later replies are detailed and correct.", [
"""What's the difference between a Roth IRA and a traditional IRA?""",
"""Taxes, basically.""",
"""Okay... can you explain more? I'm 26, single, making $55,000 a year, and my job has a 401(k) with a 4% match. Which one makes more sense for me?""",
"""Sure. The core difference is **when you pay income tax**:

- **Traditional IRA:** contributions may be tax-deductible now, the money grows tax-deferred, and withdrawals in retirement are taxed as ordinary income.
- **Roth IRA:** you contribute money you've already paid tax on, it grows tax-free, and **qualified withdrawals in retirement are completely tax-free**. You can also withdraw your contributions (not the earnings) at any time without tax or penalty.

**For your situation, a Roth IRA is usually the better fit:**

1. **Your tax bracket is relatively low now.** At $55,000 single, after the $14,600 standard deduction (2024) your taxable income is about $40,400, which puts your top dollars in the **12% federal bracket**. Paying tax at 12% now to avoid tax later is a good deal if your income, and bracket, rise over your career.
2. **The traditional IRA deduction may be limited anyway.** Because you're covered by a workplace 401(k), the traditional IRA deduction phases out for single filers with modified AGI between **$77,000 and $87,000** (2024). You're below that, so you'd get the deduction today, but it's only worth 12%.
3. **Flexibility.** Being able to take out contributions in an emergency is valuable at 26.

**Order of priorities** most planners suggest:
1. Contribute at least **4% to the 401(k)** to get the full match; that's an instant 100% return.
2. Then fund a **Roth IRA**, up to **$7,000** for 2024.
3. If you still have money to invest, go back and increase your 401(k) contributions.""",
"""Are there income limits on the Roth?""",
"""Yes. For 2024, single filers can make the full Roth IRA contribution with a modified AGI **below $146,000**. The allowed contribution shrinks between **$146,000 and $161,000**, and above $161,000 you can't contribute directly. (For married filing jointly, the range is $230,000-$240,000.) At $55,000 you're far below the limit.

If your income grows past the limit later, a **"backdoor Roth"** is a legal workaround: contribute to a traditional IRA without deducting it, then convert it to a Roth. It gets more complicated if you have other pre-tax IRA balances (the pro-rata rule), so get advice before doing it.

Also note the contribution deadline: you can contribute for 2024 until the **tax filing deadline in April 2025**, which gives you extra time to max it out."""])

# ======================================================================
# CONTRADICTION
# ======================================================================

add("contradiction", "zh", "Contradiction (subtle): 婚礼预算4轮；第1轮算出婚宴20桌×3888元=77,760元，第3轮深处却说“前面给婚宴留的是6.8万元”，并据此计算超支。", [
"""我们婚礼总预算15万元，已经定了酒店，20桌，每桌3888元（含服务费）。剩下的钱怎么分配比较合理？""",
"""先把确定的部分算出来：**婚宴 20 桌 × 3888 元 = 77,760 元**，大约占总预算的 52%。剩下约 **72,240 元**，可以参考下面的分配：

| 项目 | 预算 | 说明 |
|---|---|---|
| 婚宴 | 77,760 元 | 已确定 |
| 婚庆布置（场地、花艺、灯光、司仪） | 20,000 元 | 中等档次的婚庆套餐一般在 1.5-3 万 |
| 摄影摄像（当天跟拍） | 12,000 元 | 双机位摄像+一名摄影师 |
| 婚纱礼服（租+买） | 10,000 元 | 主纱租赁、敬酒服购买、新郎西装 |
| 酒水、烟、喜糖 | 12,000 元 | 按每桌约 600 元估算 |
| 婚车 | 4,000 元 | 主车+4 辆跟车 |
| 请柬、伴手礼、小物 | 6,000 元 | 按 200 位宾客估算 |
| **机动资金** | **8,240 元** | 约占 5.5% |
| **合计** | **150,000 元** | |

几点建议：
1. **机动资金一定要留**，婚礼几乎都会有临时追加，比如加桌、加菜、临时布置；
2. 先确认酒店是否允许**自带酒水**，有没有开瓶费，这一项差别很大；
3. 婚庆和摄影尽量货比三家，看完整的婚礼视频样片，而不是只看精修照片；
4. 把所有定金、尾款的时间列一张表，避免婚礼前一周集中付款压力太大。""",
"""想再省一点，哪些地方可以砍？""",
"""可以从这些地方入手，对整体效果影响比较小：

1. **婚庆布置（可省 5,000-8,000 元）**：选择酒店自带的基础布置套餐，只在仪式区和签到区重点布置；花艺用仿真花或当季花材，比进口花便宜很多。
2. **婚纱礼服（可省 3,000-5,000 元）**：主纱和敬酒服都选择租赁；新郎西装买一套以后也能穿的深色西装即可。
3. **酒水（可省 3,000-5,000 元）**：如果酒店允许自带，在电商大促时买酒，比酒店价格低 30%-50%；白酒按每桌 1-2 瓶准备，没开的可以退或留着。
4. **婚车（可省 2,000-3,000 元）**：请亲友帮忙出车，给红包和油费，比租车便宜。
5. **摄影摄像（可省 3,000-4,000 元）**：只保留摄影跟拍，摄像改为单机位，或者请会拍照的朋友帮忙补拍花絮。

这样大约能省下 **1.6-2.5 万元**。不建议砍的是：婚宴菜品质量（宾客最在意）、摄影师水平（照片是唯一留下来的），以及机动资金。""",
"""如果桌数要从20桌加到24桌，预算还够吗？""",
"""我们算一下加桌的影响：

- 每桌 3888 元，增加 4 桌：4 × 3888 = **15,552 元**；
- 前面给婚宴留的是 **6.8 万元**，加桌后婚宴总费用变成 **93,312 元**，比原计划多出 2.5 万多；
- 另外，宾客增加后，**酒水烟糖**按每桌 600 元还要多 2,400 元，**伴手礼和请柬**按多 40 位宾客估算约多 1,200 元。

合计需要增加约 **1.9 万元**，而原来的机动资金只有 8,240 元，显然不够。

**解决办法：**
1. 采用上一轮提到的省钱方案（婚庆、礼服、酒水等），可以省出 1.6-2.5 万元，基本能覆盖加桌的开销；
2. 和酒店谈判：加桌通常可以争取到**赠送 1 桌或者减免部分服务费**，尤其是婚期不在热门日子时；
3. 确认是否真的需要 24 桌：可以先发一轮"意向确认"，很多时候实际到场人数会比预估少 5%-10%；酒店一般允许在婚礼前 7-15 天确定最终桌数，还可以准备 1-2 桌备桌，不用不收费。""",
"""酒店说可以加桌，但要求婚礼前15天付清全部尾款。这样有什么风险？""",
"""提前 15 天付清尾款在婚宴行业比较常见，本身不算过分，但要注意几点：

1. **先确认最终桌数再付款**：在合同里写明"最终桌数以婚礼前 X 天确认为准，多退少补"，避免按 24 桌付了钱、实际只来了 21 桌的宾客。
2. **备桌条款**：要求写明备桌数量（比如 2 桌），未开席不收费，或只收少量费用。
3. **菜单锁定**：把菜品名称、规格（比如"清蒸石斑鱼一条约 1.5 斤"）写进合同附件，防止临时换菜、缩水。
4. **退改政策**：问清楚如果因不可抗力（疫情、极端天气）需要改期，已付款如何处理，最好书面写进合同。
5. **付款方式**：用对公账户转账或刷卡，保留发票和收据，不要转到个人账户。
6. **额外费用**：确认是否有开瓶费、场地延时费、LED 屏幕使用费等隐性收费。

把这些都落实到合同或补充协议里再付尾款，风险就比较小了。"""])

add("contradiction", "en", "Contradiction (subtle): Iceland Ring Road trip, 5 turns; turn 1-2 plan a counter-clockwise loop (south coast first, Akureyri on day 6), but turn 4 says 'since you're driving clockwise, Akureyri and Mývatn come on days 2-3'.", [
"""We're planning to drive Iceland's Ring Road in 8 days in late June. Which direction should we go?""",
"""In late June either direction works, since the roads are open and you have almost 24 hours of daylight. I'd recommend **counter-clockwise**, starting from Reykjavík and heading **east along the south coast first**, for a few reasons:

- **Best sights early, while you're fresh:** Seljalandsfoss, Skógafoss, Reynisfjara black-sand beach, Vík, Jökulsárlón glacier lagoon and Skaftafell all come in the first 3 days. If the weather turns later or you run short of time, you've already seen the highlights most people come for.
- **Gentle start:** the south coast is well-serviced, with plenty of fuel stations, shops and accommodation, which makes the first days of driving on the right-hand side less stressful.
- **East Fjords in the middle:** the long, winding fjord roads come once you're comfortable with the car.
- **North at the end:** Mývatn, Akureyri and the Snæfellsnes detour work as a relaxed finish on the way back to Reykjavík.

The Ring Road (Route 1) is about **1,330 km**, so 8 days means roughly 170 km a day on average, leaving plenty of time for stops and short hikes. Book accommodation early; late June is high season and small towns sell out months in advance.""",
"""Can you give us a rough day-by-day plan?""",
"""Here's a counter-clockwise plan with overnight stops:

**Day 1: Reykjavík → Hella/Hvolsvöllur (≈ 100 km + Golden Circle detour).** Þingvellir, Geysir, Gullfoss, then south to Hella.
**Day 2: → Vík (≈ 90 km).** Seljalandsfoss and Gljúfrabúi, Skógafoss, Sólheimasandur plane wreck (optional 7 km walk), Dyrhólaey, Reynisfjara.
**Day 3: → Höfn area (≈ 270 km).** Fjaðrárgljúfur canyon, Skaftafell (hike to Svartifoss, 1.5 h return), Jökulsárlón and Diamond Beach.
**Day 4: → Egilsstaðir or Seyðisfjörður (≈ 260 km).** East Fjords via Route 1 or the coastal Route 96 through Fáskrúðsfjörður; Seyðisfjörður's rainbow street.
**Day 5: → Mývatn (≈ 170 km).** Dettifoss (take the paved west-side road 862), then Námaskarð geothermal area and Mývatn Nature Baths.
**Day 6: Mývatn → Akureyri (≈ 90 km).** Morning at Hverfjall crater, Goðafoss on the way, afternoon and evening in Akureyri. Optional whale watching from Húsavík instead of the morning at Mývatn.
**Day 7: → Snæfellsnes peninsula (≈ 380 km).** Long driving day; stop at Hvítserkur if time allows.
**Day 8: Snæfellsnes → Reykjavík (≈ 190 km).** Kirkjufell, Arnarstapi cliffs, then back to the city.

Drive times don't include stops; plan on roughly double the pure driving time.""",
"""What kind of car do we need? Is a 2WD enough?""",
"""For the Ring Road in late June, **a 2WD is enough**. Route 1 is paved almost the entire way, and every stop in the plan above is reachable on paved or well-graded roads.

You'd need a **4x4** only if you want to drive **F-roads** (the highland mountain roads, such as the routes to Landmannalaugar or Askja). Those usually open between mid-June and early July depending on snow, and driving them in a 2WD is **prohibited** by law and by rental contracts.

Tips for renting:
- Get **gravel protection** insurance; loose gravel on side roads commonly chips windscreens and paint.
- Check whether the rental includes **sand and ash protection** if you'll be on the south coast on a windy day.
- A small car is fine for two people; for four with luggage, a compact SUV is more comfortable on long days.
- Fuel stations are frequent in the south and north, sparser in the east. Fill up when the tank is half-empty.""",
"""We want to do a whale-watching tour. Where and when fits best?""",
"""**Húsavík** is the best choice: it's known as Iceland's whale-watching capital, and in June the chance of seeing humpback whales on a 3-hour tour is very high, with minke whales, white-beaked dolphins and occasionally blue whales too.

Since you're driving clockwise, Akureyri and Mývatn come early in the trip, so Húsavík fits best on **day 2 or 3**: it's about 75 km north of Akureyri and 55 km from Mývatn. Book a morning tour (many leave at 9 or 10 a.m.) so you can continue your drive in the afternoon.

Options in Húsavík:
- **Traditional oak boats:** larger, stable, good for people prone to seasickness; about 3 hours.
- **RIB speedboats:** faster, closer to the water, smaller groups; about 2 hours, more expensive.

Bring warm layers even in summer; the operators usually lend overalls, and take seasickness tablets an hour before if you're unsure.""",
"""Great. Any restaurants you'd recommend along the way?""",
"""A few well-known stops along your route:

- **Friðheimar** (Golden Circle, day 1): lunch inside a tomato greenhouse; their tomato soup with bread is famous. Reserve ahead in summer.
- **Suður-Vík** (Vík, day 2): cozy spot with hearty Icelandic and Asian-inspired dishes.
- **Pakkhús** (Höfn, day 3): Höfn is known for **langoustine**, and Pakkhús serves it in the harbor.
- **Kaffi Lára / El Grillo Bar** (Seyðisfjörður, day 4): relaxed café-bar in a pretty fjord town.
- **Vogafjós** (Mývatn, day 5): cowshed café where you can watch the cows being milked while eating geysir-baked rye bread and local smoked trout.
- **Rub23** (Akureyri, day 6): seafood and sushi, one of the best-known restaurants in the north.
- **Bjargarsteinn** (Grundarfjörður, day 7): small restaurant with a view of Kirkjufell, focusing on local fish.

Also try a **hot dog (pylsa)** at any gas station, a lamb soup (kjötsúpa) somewhere along the way, and **skyr** for breakfast."""])

add("contradiction", "en", "Contradiction: Python config loader, 4 turns; turn 1 correctly says dicts keep insertion order (guaranteed since 3.7), turn 3 claims regular dicts don't guarantee order and recommends OrderedDict for that reason.", [
"""I'm on Python 3.11. If I build a dict by inserting keys in a certain order, will iterating over it always give me that same order?""",
"""Yes. Since **Python 3.7**, preserving insertion order is an official part of the language specification for `dict`, not just an implementation detail. (In CPython 3.6 it already worked that way, but wasn't guaranteed.) So on 3.11:

```python
d = {}
d["b"] = 1
d["a"] = 2
d["c"] = 3
print(list(d))        # ['b', 'a', 'c']
```

A few details worth knowing:
- **Updating an existing key** keeps its original position: `d["b"] = 99` leaves `b` first.
- **Deleting and re-inserting** moves the key to the end.
- `dict.keys()`, `.values()` and `.items()` all follow the same order.
- **Equality ignores order:** `{"a": 1, "b": 2} == {"b": 2, "a": 1}` is `True`.
- JSON loading with `json.load` also preserves the order of keys as they appear in the file.

`collections.OrderedDict` still exists and is useful when you need order-sensitive equality or methods like `move_to_end()` and `popitem(last=False)`, but you don't need it just to keep insertion order.""",
"""Nice. I'm writing a loader that reads an INI config with configparser and turns each section into a dict. How do I do that?""",
"""`configparser` makes this straightforward, since each section behaves like a mapping:

```python
import configparser

def load_config(path):
    parser = configparser.ConfigParser()
    with open(path, encoding="utf-8") as f:
        parser.read_file(f)
    return {section: dict(parser[section]) for section in parser.sections()}

config = load_config("settings.ini")
print(config["database"]["host"])
```

Things to be aware of:
- **All values are strings.** Use `parser.getint()`, `getfloat()` and `getboolean()` for typed values, e.g. `parser["server"].getint("port")`. `getboolean` accepts `yes/no`, `true/false`, `on/off` and `1/0`.
- **Keys are lowercased** by default. If case matters, set `parser.optionxform = str` before reading.
- **The `[DEFAULT]` section** is special: its keys appear in every other section. If you don't want that in your dicts, read values with `parser.items(section, raw=True)` and filter, or avoid using DEFAULT.
- **Interpolation:** `%(name)s` references are expanded by default. Use `ConfigParser(interpolation=None)` if values may contain literal `%` signs, such as in log formats.""",
"""I need the keys to stay in the same order as in the file, because I print them in a settings report. Will that work?""",
"""Since regular dicts don't guarantee any particular ordering, you'll want `collections.OrderedDict` to keep the keys in the order they appear in the file. Change the loader like this:

```python
import configparser
from collections import OrderedDict

def load_config(path):
    parser = configparser.ConfigParser(dict_type=OrderedDict)
    parser.optionxform = str   # keep original key case for the report
    with open(path, encoding="utf-8") as f:
        parser.read_file(f)
    return OrderedDict(
        (section, OrderedDict(parser.items(section, raw=True)))
        for section in parser.sections()
    )
```

`configparser` reads sections and keys in file order, and wrapping each level in an `OrderedDict` makes sure that order survives when you iterate over it in your report:

```python
for section, values in load_config("settings.ini").items():
    print(f"[{section}]")
    for key, value in values.items():
        print(f"  {key} = {value}")
```

Note that `parser.items(section)` also includes keys inherited from `[DEFAULT]`, which will appear after the section's own keys.""",
"""Last thing: how do I write a modified config back to the file?""",
"""Use `parser.write()` on a file opened for writing:

```python
parser["server"]["port"] = "8081"          # values must be strings
parser.set("logging", "level", "DEBUG")    # equivalent form
if not parser.has_section("cache"):
    parser.add_section("cache")
parser["cache"]["ttl"] = "300"

with open("settings.ini", "w", encoding="utf-8") as f:
    parser.write(f)
```

Limitations to know: `configparser` **discards comments** when writing, and it normalizes formatting (e.g. `key = value` with spaces). If you need to preserve comments and layout exactly, either edit the file as text for small changes, or use a round-trip library such as `configupdater`. Also write to a temporary file and rename it over the original (`os.replace`) so a crash mid-write can't leave you with a half-written config."""])

# ======================================================================
# shuffle deterministically, assign ids, write, verify
# ======================================================================
OUT = "/work/heldout3/part-a.jsonl"
random.Random(20240611).shuffle(D)
rows = []
for i, d in enumerate(D, 1):
    rows.append({"id": "h3a-%03d" % i, "label": d["label"], "language": d["language"],
                 "note": d["note"], "conversations": d["conversations"]})

with open(OUT, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

# ---- verification ----
LABELS = ["good", "off_topic", "leakage", "placeholder", "structure", "repetition",
          "non_answer", "misaligned", "bad_length", "contradiction"]
loaded = []
with open(OUT, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        obj = json.loads(line)          # raises if a line is invalid
        loaded.append(obj)
assert len(loaded) == 45, len(loaded)
assert len({o["id"] for o in loaded}) == 45

def well_formed(conv):
    if not (6 <= len(conv) <= 16 and len(conv) % 2 == 0):
        return False
    for k, t in enumerate(conv):
        if t["from"] != ("human" if k % 2 == 0 else "gpt"):
            return False
        if not t["value"].strip():
            return False
    return True

suspect = re.compile(r"\[[A-Z][A-Za-z ]+\]|\{\{|\}\}|#\{|XXX|lorem ipsum|<insert|___|As an AI|内部备注|<!--|Revised draft", re.I)
for o in loaded:
    assert o["label"] in LABELS, o["id"]
    conv = o["conversations"]
    if o["label"] == "structure":
        assert not well_formed(conv), o["id"]
    else:
        assert well_formed(conv), (o["id"], o["label"])
    if o["label"] == "good":
        for t in conv:
            m = suspect.search(t["value"])
            assert m is None, (o["id"], m.group(0))

lab = collections.Counter(o["label"] for o in loaded)
lang = collections.Counter(o["language"] for o in loaded)
cross = collections.Counter((o["label"], o["language"]) for o in loaded)
turns = collections.Counter(sum(t["from"] == "human" for t in o["conversations"]) for o in loaded)
print("wrote", OUT, "-", len(loaded), "lines, all load")
print("per label:", dict(sorted(lab.items())))
print("per language:", dict(sorted(lang.items())))
print("label x language:")
for l in LABELS:
    print("  %-14s %s" % (l, {k[1]: v for k, v in sorted(cross.items()) if k[0] == l}))
print("user turns per dialogue:", dict(sorted(turns.items())))
