#!/usr/bin/env python3
"""Build /work/heldout3/part-c.jsonl: 45 hand-written dialogues (18 good, 3 per flaw kind)."""
import json
import random
from collections import Counter

D = []


def add(label, lang, note, msgs=None, roles=None):
    """msgs: alternating human/gpt strings starting with human.
    roles: explicit list of (role, text) tuples (used for structure flaws)."""
    if roles is None:
        roles = [("human" if i % 2 == 0 else "gpt", m) for i, m in enumerate(msgs)]
    D.append({
        "label": label,
        "language": lang,
        "note": note,
        "conversations": [{"from": r, "value": t.strip("\n") if t.strip() else t} for r, t in roles],
    })


# ---------------------------------------------------------------- GOOD (18)

add("good", "en", "Good: Python retry decorator with backoff, Retry-After, testing and async; code is correct and each reply answers its turn.", [
"""I'm calling a flaky internal REST API from a Python script and roughly 1 in 20 requests fails with a 503. I'd like a retry decorator with exponential backoff instead of pulling in a library. Can you write one?""",
'''Sure. Here's a small, dependency-free decorator with exponential backoff and "full jitter" (a random delay between 0 and the current backoff ceiling), which avoids all your clients retrying in lockstep:

```python
import functools
import random
import time


def retry(max_attempts=5, base_delay=0.5, max_delay=30.0, exceptions=(Exception,)):
    """Retry the wrapped function with exponential backoff and full jitter."""
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, max_attempts + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == max_attempts:
                        raise
                    ceiling = min(max_delay, base_delay * 2 ** (attempt - 1))
                    time.sleep(random.uniform(0, ceiling))
        return wrapper
    return decorator
```

How it behaves with the defaults: the ceilings are 0.5 s, 1 s, 2 s and 4 s before attempts 2-5, and the last failure is re-raised unchanged so your traceback still points at the real error. `functools.wraps` keeps the original function name and docstring, which helps logging.

Using it with `requests`, only retry the failures that are actually transient:

```python
import requests


class RetryableHTTPError(Exception):
    pass


@retry(max_attempts=4, exceptions=(RetryableHTTPError, requests.ConnectionError, requests.Timeout))
def fetch_report(report_id):
    resp = requests.get(f"https://reports.internal/api/v2/reports/{report_id}", timeout=10)
    if resp.status_code in (502, 503, 504):
        raise RetryableHTTPError(f"upstream returned {resp.status_code}")
    resp.raise_for_status()
    return resp.json()
```

A 404 or 401 raises `requests.HTTPError`, which is not in the tuple, so it fails immediately instead of wasting four attempts.''',
"""Nice. The API sometimes sends a Retry-After header along with the 503. Can the decorator respect that?""",
"""Yes. The cleanest way is to let the exception carry the server's hint and have the decorator prefer it over its own computed delay.

First, attach the value when you raise:

```python
class RetryableHTTPError(Exception):
    def __init__(self, message, retry_after=None):
        super().__init__(message)
        self.retry_after = retry_after


def parse_retry_after(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return None  # HTTP-date form or missing: fall back to backoff
```

and in `fetch_report`:

```python
if resp.status_code in (502, 503, 504):
    hint = parse_retry_after(resp.headers.get("Retry-After"))
    raise RetryableHTTPError(f"upstream returned {resp.status_code}", retry_after=hint)
```

Then change the `except` block in the decorator:

```python
except exceptions as exc:
    if attempt == max_attempts:
        raise
    hint = getattr(exc, "retry_after", None)
    if hint is not None:
        delay = min(max_delay, hint)
    else:
        delay = random.uniform(0, min(max_delay, base_delay * 2 ** (attempt - 1)))
    time.sleep(delay)
```

Two details worth keeping: the `min(max_delay, hint)` cap protects you from a misconfigured server sending `Retry-After: 3600`, and the date form of the header (`Retry-After: Wed, 21 Oct 2025 07:28:00 GMT`) is rare for 503s, so falling back to normal backoff is a reasonable simplification.""",
"""How do I unit test this without the tests actually sleeping?""",
"""Patch `time.sleep` where the decorator looks it up. Because the module does `import time` and calls `time.sleep`, patching `time.sleep` works; with pytest's `monkeypatch` it looks like this:

```python
import pytest
import retrying  # the module that defines retry()


def test_retries_then_succeeds(monkeypatch):
    sleeps = []
    monkeypatch.setattr(retrying.time, "sleep", sleeps.append)

    calls = {"n": 0}

    @retrying.retry(max_attempts=3, exceptions=(ValueError,))
    def flaky():
        calls["n"] += 1
        if calls["n"] < 3:
            raise ValueError("boom")
        return "ok"

    assert flaky() == "ok"
    assert calls["n"] == 3
    assert len(sleeps) == 2


def test_gives_up_and_reraises(monkeypatch):
    monkeypatch.setattr(retrying.time, "sleep", lambda s: None)

    @retrying.retry(max_attempts=2, exceptions=(ValueError,))
    def always_fails():
        raise ValueError("nope")

    with pytest.raises(ValueError, match="nope"):
        always_fails()
```

Recording the sleep durations in a list also lets you assert on the Retry-After path, e.g. `assert sleeps == [2.0]` when the exception carries `retry_after=2.0`. To make the jittered values deterministic, patch `retrying.random.uniform` with `lambda a, b: b` so every delay equals its ceiling.""",
"""Last thing: would this work on async functions too?""",
"""Not as written. `time.sleep` would block the whole event loop, and calling `func(*args, **kwargs)` on a coroutine function just returns a coroutine object without running it, so nothing would ever raise inside the `try`.

A small async variant:

```python
import asyncio
import functools
import random


def aretry(max_attempts=5, base_delay=0.5, max_delay=30.0, exceptions=(Exception,)):
    def decorator(func):
        @functools.wraps(func)
        async def wrapper(*args, **kwargs):
            for attempt in range(1, max_attempts + 1):
                try:
                    return await func(*args, **kwargs)
                except exceptions:
                    if attempt == max_attempts:
                        raise
                    ceiling = min(max_delay, base_delay * 2 ** (attempt - 1))
                    await asyncio.sleep(random.uniform(0, ceiling))
        return wrapper
    return decorator
```

If you'd rather have one decorator for both, check `inspect.iscoroutinefunction(func)` inside `decorator` and return the sync or async wrapper accordingly. In tests, patch `asyncio.sleep` with an `AsyncMock` instead of `time.sleep`."""])

add("good", "en", "Good: role-play of a nursing job interview; interviewer asks one question at a time and gives specific feedback at the end as requested.", [
"""Can you play a hiring manager at a hospital and interview me for a new-grad RN position on a med-surg unit? Ask one question at a time and save your feedback for the end, not after each answer.""",
"""Happy to. I'll be Dana Whitfield, nurse manager of 5 West, a 32-bed medical-surgical unit. Let's begin.

"Thanks for coming in today. To start, tell me a little about yourself and why you chose med-surg for your first position.\"""",
"""Thank you for having me. I graduated in May with my BSN and did my capstone on a med-surg floor at St. Luke's, where I carried up to four patients with my preceptor. I chose med-surg because I liked the variety: post-op patients, COPD exacerbations, diabetics, and I want a strong foundation in assessment and time management before I specialize.""",
""""That's a good foundation. Next question: describe a time during clinicals when you noticed a change in a patient's condition. What did you notice, and what did you do?\"""",
"""On my capstone, I had a patient who was one day post-op after a bowel resection. At 1400 his heart rate was 118, up from the 80s, his blood pressure had dropped to 96/58, and he said he felt "off." I rechecked the vitals, checked his incision and drain output, which had increased, and then gave an SBAR report to my preceptor and the charge nurse. The surgical resident came up within ten minutes and he went back to the OR that evening for a bleed.""",
""""That's a solid example, and you clearly know SBAR. A follow-up: suppose your charge nurse had been tied up in a code on the other hall. What would you have done?\"""",
"""I would have called the rapid response team directly. At St. Luke's any nurse could activate it, and I'd stay with the patient, keep monitoring vitals every five minutes, and have the chart and the last set of labs ready when they arrived.""",
""""Good. Last question: how would you handle a physician's order that you believe is unsafe?\"""",
"""I'd hold the order and call the physician to clarify, explaining my concern specifically, like a potassium rider when the morning level was already 5.3. If they still wanted it given and I still thought it was unsafe, I'd go up the chain of command to my charge nurse and the house supervisor and document everything. That's all I have. Can I get the feedback now?""",
"""Stepping out of character, here's my feedback.

**What worked well**
- Your deterioration story was excellent: specific numbers (HR 118, BP 96/58), a clear sequence of actions, and an outcome. That is exactly what interviewers want from behavioral questions.
- You named the rapid response team and said you would stay with the patient. Managers listen for that, because new grads sometimes hesitate to escalate.
- Your unsafe-order answer included holding the order, clarifying, chain of command and documentation, which are all four elements a manager is listening for.

**What to sharpen**
1. **Your opening.** It was accurate but a little résumé-like. End it with something about this unit, e.g. "I read that 5 West has a 12-week residency, and structured support is important to me."
2. **Structure.** Frame every behavioral answer as STAR (Situation, Task, Action, Result). You did this naturally for the post-op patient; make it a habit so your weaker stories sound as organised.
3. **Reflection.** Add one sentence of what you learned, e.g. "It taught me to trust a patient who says he feels off."
4. **Your own questions.** You'll almost always be asked "Do you have any questions for us?" Prepare two or three: length of orientation, nurse-to-patient ratios on days and nights, and how new grads are supported in their first year.

Overall you came across as safe, calm and teachable, which is what a med-surg manager is hiring for. Want to run a second round with tougher questions, like conflict with a coworker or a medication error?"""])

add("good", "en", "Good: emotional support after a dog's death; short warm replies, one longer practical reply about talking to a 7-year-old.", [
"""My dog died this morning. She was 14. I don't really know why I'm typing this to a chatbot.""",
"""I'm so sorry. Fourteen years is a whole chapter of your life, and she was there for all of it. It makes sense to want to say it out loud somewhere, even here. What was her name?""",
"""Biscuit. Beagle mix. She used to wait at the door every single day when I got home from work.""",
"""Biscuit is a perfect name for a beagle mix. That waiting-at-the-door routine is often the hardest part: the house can feel strangely quiet at exactly the moment you expect her. Be gentle with yourself around that time of day for a while.""",
"""I keep feeling guilty, like I should have taken her to the vet sooner when she stopped eating.""",
"""That guilt is one of the most common parts of losing a pet, and it comes from how much you loved her. Older dogs often hide illness until it's advanced, and a 14-year-old eating less can look like ordinary ageing for days. You made your decisions with what you knew then. If it would help, you could ask your vet about it directly; many are glad to talk it through.""",
"""I put her bowl and leash away this afternoon and then just sat on the kitchen floor and cried for an hour.""",
"""That sounds like such a hard moment. Putting away her things makes it feel real in a way nothing else does. Crying for an hour on the kitchen floor isn't an overreaction; it's what love looks like on the first day. There's no rush, either: some people keep the bowl out for weeks, and that's okay too.""",
"""Is it weird that I keep thinking I hear her tags jingling?""",
"""Not weird at all. It's very common in the first days and weeks after losing a pet. Your brain spent 14 years tuned to that sound, and it keeps listening for it. For many people it fades gradually; some even find it a little comforting later on.""",
"""My daughter is 7 and she keeps asking where Biscuit went. I don't know what to tell her.""",
"""At seven, children do best with simple, honest words. A few things that help:

- **Use the word "died."** Phrases like "went to sleep" or "we lost her" can confuse children or make them afraid of sleeping. You might say: "Biscuit was very old and her body stopped working. She died, and she can't come back, but she isn't hurting."
- **Let her see that you're sad.** It shows her that crying is a normal way to miss someone.
- **Expect repeat questions.** Kids often ask the same thing many times over days or weeks; that's how they process it, not a sign you explained it badly.
- **Give her something to do.** Drawing a picture of Biscuit, choosing a photo for a frame, or writing a short letter to her can help a lot.

If she asks something you don't know, "I don't know, what do you think?" is a perfectly good answer.""",
"""That helps. I think we'll plant something in the yard for her this weekend.""",
"""That sounds like a lovely way to remember her, and it's something your daughter can help with, visit, and watch grow. Maybe she could pick the plant or paint a small stone with Biscuit's name for beside it.""",
"""Thanks. I feel a little better just having talked about her.""",
"""I'm really glad. Biscuit was clearly well loved. Take it easy on yourself this week, and come back anytime you want to talk about her."""])

add("good", "en", "Good: car repair, squealing brakes on a 2015 Civic; diagnosis, DIY pad swap steps with torque figures, rotor advice, bedding-in procedure.", [
"""My 2015 Honda Civic makes a high-pitched squeal when I brake, mostly in the first few minutes of driving. About 68,000 miles on it. What's going on?""",
"""There are two common causes, and the timing you describe helps tell them apart.

1. **Pad wear indicators.** Most Civic pads have a small steel tab that starts scraping the rotor when the friction material is down to about 2-3 mm. It makes a thin, metallic squeal when you brake. At 68,000 miles on original or once-replaced front pads, this is quite plausible.
2. **Moisture and surface rust.** If the car sits overnight, a thin film of rust forms on the rotors, and the first few stops can squeal or grind until it is wiped off. This goes away within a few minutes and is harmless.

Your symptom, worse in the first few minutes, points toward number 2, but it's worth ruling out number 1 because driving on worn pads eventually damages the rotors.

**How to check:** Look through the spokes of the front wheels at the caliper. You'll see the pad pressed against the rotor; new pads have roughly 10-12 mm of friction material. If you see 3 mm or less, or if the squeal continues after the car is warmed up, plan to replace the pads soon. Check both sides, and use a flashlight: the inner pad often wears faster and is harder to see.""",
"""I looked and the outer pad on the front left looks like maybe 3 mm. Can I replace them myself? I have basic tools.""",
"""Yes, front pads on this car are a good first brake job. Budget about 1.5-2 hours the first time.

**You'll need:** a jack and two jack stands, a 19 mm socket for the lug nuts, a 12 mm wrench or socket for the caliper guide bolts, a large C-clamp or piston spreader, brake-parts cleaner, a small tube of brake grease, and a torque wrench. Buy a full front axle set of pads (both wheels), ideally with new abutment clips.

**Steps (one side at a time):**
1. Loosen the lug nuts slightly, lift the car, and support it on jack stands, never just the jack.
2. Remove the wheel. Take out the **lower** 12 mm guide bolt and swing the caliper upward on the upper bolt.
3. Slide out the old pads and shims. Note which pad has the wear indicator; it usually goes on the inner side.
4. Open the brake fluid reservoir cap, then push the piston back slowly with the C-clamp, using an old pad to protect it.
5. Clean the bracket, fit new clips, and put a thin film of brake grease on the clips and pad backing ears, never on the friction surface.
6. Install the pads, lower the caliper, and torque the guide bolt to about 23 lb-ft. Torque the lug nuts to 80 lb-ft in a star pattern.

Before driving, **pump the brake pedal** until it's firm. The first press will go nearly to the floor because the piston is retracted. Double-check the exact torque values in your owner's or service manual.""",
"""Should I also replace the rotors or just the pads?""",
"""Check them before deciding; many rotors are fine for a second set of pads.

Replace the rotors if any of these apply:
- **Below minimum thickness.** The minimum is cast or stamped into the rotor itself, usually on the hat or edge. Measure with a micrometer or a caliper at several points.
- **Deep grooves** you can catch a fingernail in, or a raised lip at the outer edge.
- **Pulsation** in the brake pedal or steering wheel when braking from highway speed, which usually means uneven thickness.
- **Blue spots or cracks**, which indicate overheating.

If they pass, you can reuse them; some people lightly scuff the surface with 120-grit sandpaper to help the new pads seat. Aftermarket front rotors for this Civic typically cost $35-60 each, so if yours are borderline, replacing them at the same time is cheap peace of mind. On this car the rotor is held on by two small Phillips screws after the caliper bracket (two 17 mm bolts) is removed, and those screws are often seized; an impact driver helps.""",
"""What's bedding in and how do I do it?""",
"""Bedding in transfers an even layer of pad material onto the rotor, which gives smoother, quieter braking and prevents vibration later. Do it right after the job, on an empty road where you can safely brake repeatedly:

1. Accelerate to about 35 mph and brake moderately down to about 5 mph. Don't come to a full stop. Repeat 8-10 times.
2. Then do 2-3 firmer stops from about 45 mph down to 10 mph.
3. Drive for 5-10 minutes with as little braking as possible to let everything cool.
4. Avoid holding the brakes hard at a complete stop while they're hot, since that can imprint pad material onto one spot of the rotor.

You may notice a slight smell during the process; that's normal. For the first 200 miles or so, avoid panic stops when you can."""])

add("good", "en", "Good: US estimated quarterly taxes for a new freelancer; due dates, safe harbor, worked estimate for $60k with correct arithmetic, penalty explanation.", [
"""I went freelance in March (graphic design). Someone told me I now need to pay "quarterly taxes." What does that mean and when are they due?""",
"""When you were an employee, your employer withheld income tax and your share of Social Security and Medicare from every paycheck. As a freelancer nobody does that, so the IRS expects you to send payments yourself during the year. These are **estimated taxes**, paid with Form 1040-ES.

**What they cover:**
- Federal income tax on your profit.
- **Self-employment tax** of 15.3% (12.4% Social Security plus 2.9% Medicare) on 92.35% of your net earnings. This is both the employee and employer share, which surprises most new freelancers.

**Due dates** (moved to the next business day if they fall on a weekend or holiday):
- April 15, for income earned January-March
- June 15, for April-May
- September 15, for June-August
- January 15 of the following year, for September-December

**Who must pay:** generally anyone who expects to owe $1,000 or more when they file.

**Avoiding penalties (safe harbor):** you won't owe an underpayment penalty if your payments this year total at least 100% of last year's total tax (110% if last year's AGI was over $150,000), or 90% of this year's tax. Since you had a W-2 job for part of last year, the "100% of last year" rule may be the easiest target.

You can pay online through IRS Direct Pay or EFTPS. Most states with an income tax have their own estimated payments with similar dates.""",
"""I expect to net around $60,000 this year. Roughly how much should I set aside?""",
"""Here's a rough federal estimate for a single filer with no other income, using 2024 figures. Your real numbers will differ, but it shows the moving parts.

1. **Self-employment tax:** $60,000 x 0.9235 = $55,410, and $55,410 x 15.3% ≈ **$8,478**.
2. **Deduct half of SE tax:** $8,478 / 2 ≈ $4,239, so adjusted gross income ≈ $55,761.
3. **Standard deduction:** $14,600, leaving $41,161.
4. **Qualified business income deduction:** up to 20% of your business income, but capped at 20% of taxable income before this deduction: 20% x $41,161 ≈ $8,232. Taxable income ≈ **$32,929**.
5. **Income tax:** 10% on the first $11,600 = $1,160, plus 12% on the remaining $21,329 ≈ $2,559. Total ≈ **$3,719**.

**Federal total:** about $8,478 + $3,719 ≈ **$12,200**, roughly 20% of your net profit.

**What to set aside:** add your state income tax (anywhere from 0% to around 9% in most states at this income) and a cushion for a good year, and 25-30% of each payment you receive is a sensible rule of thumb. Keep it in a separate savings account so it never feels like spendable money.

For the quarterly amounts, $12,200 / 4 ≈ $3,050 per payment federally, though because you started in March you can also use the annualized income method on Form 2210 if your income is uneven. Contributing to a SEP-IRA or Solo 401(k) would lower the income tax part.""",
"""If I miss the June payment, how bad is the penalty?""",
"""Not catastrophic, but worth avoiding. The underpayment penalty works like interest: it's the federal short-term rate plus 3 percentage points, which has been 8% a year for most of 2024, charged per day on the amount that was short for each quarter.

Example: if you skip a $3,000 June payment and pay it with the September installment, that's about three months late, so roughly $3,000 x 8% x 3/12 ≈ **$60**. Leave it until you file in April and it grows to around $200.

A few practical points:
- Pay as soon as you can, even if it's partial. The penalty stops accruing on whatever you pay.
- The penalty is calculated on Form 2210 when you file; your tax software will do it automatically.
- It's separate from, and much smaller than, the late-payment and late-filing penalties on your annual return.
- If you still have any W-2 income, increasing withholding there counts as if it were paid evenly through the year, which can erase an earlier shortfall."""])

add("good", "en", "Good: gardening, blossom end rot on container tomatoes; correct cause, debunks eggshells, watering advice for heat, short reassuring last reply.", [
"""The bottoms of my tomatoes are turning black and leathery, about the size of a quarter. The plants themselves look healthy. What is it?""",
"""That's **blossom end rot**. It's not a disease, so it won't spread from plant to plant or fruit to fruit. It happens when the developing fruit can't get enough calcium, and the tissue at the blossom end (the bottom) collapses and darkens.

In most gardens the soil has plenty of calcium. The problem is usually **delivery**: calcium only moves into the fruit with water, so uneven watering, with the soil drying out between waterings, starves the fast-growing fruit even when calcium is present. Other contributors are heavy nitrogen feeding, which pushes leafy growth that competes for calcium, and root damage from digging near the plant.

What to do now:
- Pick off affected fruit. They won't recover, and removing them lets the plant put energy into new fruit. The unaffected part is technically edible if you cut the bad end off.
- Focus on keeping soil moisture steady from here on.""",
"""Should I add calcium? Someone told me to put crushed eggshells around the plants.""",
"""Probably not, and eggshells won't help this season. They take months to years to break down enough to release calcium, far too slow for fruit forming now.

A better approach:
1. **Test before adding anything.** A basic soil test from your local extension service costs about $15-25 and tells you calcium level and pH. If the pH is below about 6.2, garden lime adds calcium and raises pH, but it acts over weeks to months.
2. **Water consistently.** Aim for 1 to 1.5 inches a week in the ground, delivered as deep soakings rather than daily sprinkles.
3. **Mulch.** 2-3 inches of straw or shredded leaves keeps moisture even.
4. **Go easy on nitrogen.** Switch to a tomato fertilizer lower in nitrogen, such as 5-10-10.

Calcium foliar sprays are sold for this, but research shows little benefit because leaves don't pass much calcium on to the fruit.""",
"""They're in 5-gallon buckets on a balcony, and it's been around 32°C (90°F) lately.""",
"""That explains it. A 5-gallon bucket is on the small side for a full-size tomato, and in 32°C heat on a balcony it can go from soaked to dry in a single afternoon, exactly the swing that causes blossom end rot.

- **Water daily, sometimes twice.** Check by pushing a finger 5 cm into the mix; if it's dry at that depth, water until it runs out of the drainage holes. Morning is best; add an afternoon top-up on the hottest days.
- **Mulch the top** of each bucket with straw or even a layer of cardboard.
- **Shade the buckets, not the plants.** Dark buckets in full sun can overheat the roots. Wrap them in light-colored fabric or stand them behind a board.
- **Afternoon shade cloth** of around 30-40% helps on extreme days.
- **Try self-watering inserts** or drip spikes with an inverted bottle to even out the supply.

Next year, 10-15 gallon containers or fabric grow bags will make a big difference.""",
"""So is this season ruined, or will the next tomatoes be OK?""",
"""Not ruined at all. Blossom end rot typically hits the first fruit of the season hardest. Once you keep the watering steady, new fruit usually develops normally within two or three weeks. Paste varieties like Roma are more prone to it, so if you're growing those, expect an occasional affected fruit even with good care."""])

add("good", "en", "Good: Postgres window functions (latest order per customer, running total, days since previous order) with correct SQL.", [
"""I have a Postgres table orders(order_id, customer_id, order_date, total). I need each customer's most recent order. What's the cleanest query?""",
"""In Postgres the most concise option is `DISTINCT ON`:

```sql
SELECT DISTINCT ON (customer_id)
       customer_id, order_id, order_date, total
FROM   orders
ORDER  BY customer_id, order_date DESC, order_id DESC;
```

`DISTINCT ON (customer_id)` keeps the first row for each customer according to the `ORDER BY`, so sorting by `order_date DESC` makes that the latest order. The extra `order_id DESC` is a tie-breaker, so a customer with two orders on the same date always gets the same, deterministic row.

The portable version, which also works in MySQL 8, SQL Server and others, uses `ROW_NUMBER()`:

```sql
SELECT customer_id, order_id, order_date, total
FROM (
    SELECT o.*,
           ROW_NUMBER() OVER (PARTITION BY customer_id
                              ORDER BY order_date DESC, order_id DESC) AS rn
    FROM orders o
) t
WHERE rn = 1;
```

For either one, an index like `CREATE INDEX ON orders (customer_id, order_date DESC, order_id DESC);` helps a lot on large tables. If you have a separate `customers` table and only need a few customers, a `LATERAL` join with `LIMIT 1` per customer is often the fastest of all.""",
"""Now I also want each row to show that customer's running total of spend, ordered by date.""",
"""That's a windowed `SUM`:

```sql
SELECT order_id,
       customer_id,
       order_date,
       total,
       SUM(total) OVER (
           PARTITION BY customer_id
           ORDER BY order_date, order_id
           ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
       ) AS running_total
FROM orders
ORDER BY customer_id, order_date, order_id;
```

Why the explicit frame? When a window has an `ORDER BY` but no frame clause, Postgres defaults to `RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW`. With `RANGE`, all rows that tie on the sort key are "peers", so two orders on the same date would both show the total *including each other*. Adding `order_id` to the ordering and using `ROWS` makes the total grow one order at a time.

If `total` can be `NULL` (for example, cancelled orders), `SUM` just skips those rows, so the running total stays flat across them, which is usually what you want.""",
"""And how would I get the number of days since that customer's previous order?""",
"""Use `LAG()` to pull the previous row's date within the same customer:

```sql
SELECT order_id,
       customer_id,
       order_date,
       order_date - LAG(order_date) OVER (
           PARTITION BY customer_id
           ORDER BY order_date, order_id
       ) AS days_since_prev
FROM orders;
```

If `order_date` is a `date`, subtracting two dates in Postgres returns an integer number of days, so this works as is. The first order of each customer has no previous row, so `days_since_prev` is `NULL`; wrap it in `COALESCE(..., 0)` if you'd rather show 0.

If the column is a `timestamp`, subtraction gives an `interval` instead. Convert it with:

```sql
EXTRACT(EPOCH FROM order_date - LAG(order_date) OVER (...)) / 86400.0
```

or cast both sides to `::date` first if you only care about calendar days. You can put all three calculations from this conversation into one `SELECT`, and if you reuse the same window several times, define it once with a `WINDOW w AS (PARTITION BY customer_id ORDER BY order_date, order_id)` clause and write `OVER w`."""])

add("good", "en", "Good: travel planning, 5 days in Lisbon with kids 6 and 9; itinerary, transport-card advice hedged appropriately, hills, food tips.", [
"""We're going to Lisbon for 5 days in April with our kids, who are 6 and 9. Can you suggest a day-by-day plan that isn't exhausting?""",
"""Here's a plan with one main area per day, a mid-day break, and nothing that needs a 7 a.m. start.

**Day 1: Baixa, Alfama and the castle.** Start in Praça do Comércio by the river, walk up through Alfama's lanes, and visit Castelo de São Jorge; the kids can run along the walls and spot peacocks. Lunch in Alfama, then an easy afternoon back in Baixa.

**Day 2: Belém.** Take tram 15E from Praça da Figueira (about 25 minutes). See the Jerónimos Monastery cloister, eat pastéis de nata at Pastéis de Belém, then walk along the river to the Padrão dos Descobrimentos and the Torre de Belém. The big lawns in the Jardim da Praça do Império are good for a break.

**Day 3: Oceanário and Parque das Nações.** The Oceanário de Lisboa is one of Europe's best aquariums and easily fills 2-3 hours. Afterwards ride the cable car along the river and let the kids cool off at the water gardens.

**Day 4: Sintra.** Train from Rossio station takes about 40 minutes. Pick *one* palace. With kids, Pena Palace and its park are the most fun, and Quinta da Regaleira's initiation well is a hit with 9-year-olds. Book timed tickets in advance and take the 434 bus or a tuk-tuk up the hill.

**Day 5: LX Factory and science.** Morning at the Pavilhão do Conhecimento (hands-on science museum), afternoon browsing LX Factory under the 25 de Abril bridge, with a final sunset from a miradouro like Senhora do Monte.""",
"""Is the Lisboa Card worth it for us?""",
"""Possibly for the adults, often not for the kids. Check current prices before you buy, because they change every year.

The card includes unlimited metro, buses, trams, the Santa Justa lift and the train to Sintra, plus free entry to places like Jerónimos Monastery and the Torre de Belém, and discounts (not free entry) at the Oceanário and many others.

What tips the maths:
- **Children often get in free or at steep discounts** at many Lisbon monuments, especially under 12, so a child card rarely pays off.
- **Sintra palaces aren't included** (only a small discount), and they're the most expensive tickets of your trip.
- The card is best value on a day packed with included sights, like your **Belém day**, where transport plus Jerónimos plus the tower adds up quickly.

A common approach: buy a 24-hour card for each adult on the Belém day, and use the rechargeable **Viva Viagem** card with "Zapping" credit for the rest of the trip. Each person needs their own Viva Viagem card.""",
"""My 6-year-old gets tired of walking quickly. How hilly is it really?""",
"""Very hilly, with steep cobbled streets that get slippery when wet. But there are lots of ways around the climbs:

- **Free public lifts.** One runs from Rua dos Fanqueiros in Baixa up to Rua da Madalena, and a second, inside the building with the Pingo Doce supermarket, continues up to Largo Chão do Loureiro, a short walk from the castle. Together they skip most of the climb.
- **Funiculars.** The Glória (Restauradores to Bairro Alto) and Bica lines are short rides kids enjoy, and included with transport credit.
- **Trams and tuk-tuks.** Tram 28 is crowded by mid-morning; ride it early or use tram 12 for a shorter loop. Tuk-tuks cost more but are fun for a single uphill stretch.
- **Stay somewhere flat.** Baixa or Chiado puts you near the metro and most routes.

Bring a lightweight travel stroller if your 6-year-old still fits one, or a kid carrier; plan to go uphill by transport and walk downhill.""",
"""Any tips for food with kids?""",
"""Lisbon is easy for kids food-wise:

- **Frango assado** (grilled chicken) with fries is a near-guaranteed win. Ask for it *sem picante* to skip the piri-piri.
- **Bifanas**, thin pork sandwiches, are cheap and mild.
- **Caldo verde** and other soups are on almost every menu and cost a few euros.
- The **Time Out Market** at Cais do Sodré lets everyone pick something different.
- Pastéis de nata for breakfast or a snack, and **Santini** for gelato.

Restaurants usually serve dinner from around 7:30 p.m., which is late for young kids, so plan a bigger lunch or eat at a café. Bread, olives and cheese put on the table at the start aren't free; you pay for what you eat, so just wave them away if you don't want them."""])

add("good", "en", "Good: history of the Hanseatic League; accurate, specific answers on nature, the Danish war and Treaty of Stralsund, and decline.", [
"""What exactly was the Hanseatic League? Was it a country?""",
"""It wasn't a country. The Hanseatic League (the Hansa) was a loose network of merchant associations and trading towns in northern Europe that dominated Baltic and North Sea trade from roughly the 13th to the 16th century.

Key features:
- **Members were towns, not states.** At its peak roughly 200 towns were associated with it, from Bruges and Cologne in the west to Riga, Reval (Tallinn) and Danzig (Gdańsk) in the east. **Lübeck** was its informal capital.
- **No permanent government.** Decisions were made at the *Hansetag*, an irregular assembly of town delegates usually held in Lübeck. There was no standing army, treasury or constitution, and many towns attended rarely or not at all.
- **Foreign trading posts (Kontore).** The four big ones were the Steelyard in London, the Kontor in Bruges, Bryggen in Bergen, and the Peterhof in Novgorod. Hansa merchants there lived under their own rules and enjoyed tax privileges.
- **The trade.** Furs, wax and timber from Russia and the Baltic; grain from Prussia; herring from Scania (southern Sweden); salt from Lüneburg; stockfish from Norway; cloth from Flanders and England.

Its main tool was collective economic pressure: if a ruler harmed Hanseatic merchants, member towns could jointly boycott that territory.""",
"""How did it have enough power to fight a war against Denmark?""",
"""Because in the 1360s its core interests were directly threatened, and the towns temporarily pooled their ships and money.

King **Valdemar IV Atterdag** of Denmark was rebuilding Danish power around the Øresund, the narrow strait that controlled access to the Baltic. In 1361 he captured **Visby** on Gotland, an important Hanseatic town, and he also controlled the Scanian herring markets and charged heavy tolls.

A first Hanseatic counterattack failed in 1362. Then in 1367 the towns formed the **Confederation of Cologne**, a specific alliance for this war, including Wendish towns like Lübeck, Prussian and Livonian towns, and Dutch towns from outside the Hansa. They financed the fleet with a special toll on trade (the *Pfundzoll*) and allied with Denmark's enemies, including Sweden and Holstein.

The campaign of 1368 went well: they raided the Danish coast and took Copenhagen. The **Treaty of Stralsund (1370)** gave the towns:
- control of four fortresses on the Scanian coast for 15 years,
- two-thirds of the revenues from those districts,
- confirmation of their trading privileges,
- and a say in the choice of Valdemar's successor.

This is usually seen as the high point of Hanseatic power.""",
"""Why did it decline?""",
"""No single event; a combination of political and economic changes over about two centuries:

1. **Stronger territorial states.** Sweden, Denmark, England, Poland and Muscovy built centralised monarchies that didn't need to grant foreign merchants privileges. Ivan III closed the Novgorod Kontor in 1494, and Elizabeth I shut the Steelyard's privileges in 1598.
2. **Dutch competition.** Dutch merchants used larger, cheaper ships, sailed directly through the Øresund, and bypassed Lübeck's overland link to Hamburg.
3. **Shifts in trade.** The Atlantic routes after 1492 moved Europe's commercial centre west to Antwerp and Amsterdam, and the Baltic herring shoals migrated to the North Sea.
4. **Internal weakness.** Member towns had diverging interests, and many belonged to princes who pulled them out. The Thirty Years' War (1618-1648) devastated trade further.

The last Hansetag met in **1669**, with only nine towns present. Lübeck, Hamburg and Bremen kept the title "Hanseatic city", which is why their car number plates still start with HL, HH and HB."""])

add("good", "en", "Good: fitness, knee pain in Couch to 5K; sensible pain rules, rehab exercises, shoe advice, short return-to-run criteria.", [
"""I'm in week 3 of Couch to 5K and the outside of my right knee started aching around minute 15 of my runs. I'm 38, female, about 15 kg overweight. Should I push through or stop?""",
"""Don't push through it. Pain on the outside of the knee that starts at a predictable point in a run is very often **iliotibial band syndrome (ITBS)**, an irritation where the IT band passes over the outer knee. It's one of the most common problems for new runners, and pushing through usually turns a two-week issue into a two-month one.

A practical rule many physiotherapists use:
- **Pain up to about 3 out of 10** that doesn't get worse during the run and settles within 24 hours: usually OK to continue, maybe with shorter runs.
- **Pain above 3/10, pain that builds, or that makes you limp** afterwards: stop running for now and rest it for 3-5 days, keeping active with walking, cycling or swimming if those are pain-free.

See a physio or doctor promptly if you have **swelling, locking, the knee giving way**, pain at night, or pain that hasn't improved after two weeks of rest.

Week 3 is also when the program jumps to 3-minute running intervals, and extra body weight increases the load on your knees, so it's common for the first niggle to appear exactly here. It doesn't mean you're not built for running; it means your tissues need a bit more time to catch up with your lungs.""",
"""What can I do on rest days to help it?""",
"""Strengthening the hip muscles, especially gluteus medius on the side of your hip, is the best-supported approach for ITBS. Do this 3 times a week:

1. **Clamshells:** lie on your side, knees bent, feet together, and open the top knee like a book. 3 sets of 15 each side. Add a resistance band above the knees when it gets easy.
2. **Side-lying leg raises:** bottom knee bent, top leg straight and slightly behind you, toes pointing forward. Lift to about 30-40 cm. 3 x 12.
3. **Glute bridges:** on your back, knees bent, push through your heels to lift your hips. Pause 2 seconds at the top. 3 x 15. Progress to single-leg bridges.
4. **Step-downs** (once the knee is calm): stand on a low step and slowly lower the other heel to the floor, keeping your knee pointing over your second toe. 3 x 10.

A foam roller on your **quads and glutes** can feel good, but rolling directly on the IT band itself is painful and doesn't stretch it. It's very dense connective tissue.

Expect it to take 3-6 weeks of consistent work before the strength changes make a difference.""",
"""Do I need new shoes?""",
"""Maybe. It's worth checking if:
- your shoes are general gym or casual trainers rather than running shoes,
- they've done more than roughly 500-800 km,
- the midsole looks creased or the heel is worn unevenly.

If any of those apply, get fitted at a specialist running shop, where they'll usually let you jog a little in a few pairs. Research suggests **comfort** is the best guide to choosing a shoe, so pick the pair that feels best rather than the most "supportive" one. New shoes alone rarely fix ITBS, but worn-out ones can contribute.""",
"""How will I know when I can go back to the program?""",
"""A good test: you can walk briskly for 30 minutes and do 10 slow single-leg squats on that side with no pain. When you can, restart at **week 2** rather than week 4, run on flat ground, take slightly shorter, quicker steps, and keep doing the hip exercises twice a week."""])

add("good", "en", "Good: role-play/interactive fiction, lighthouse mystery; narrator follows the user's constraints, scenes build consistently to an ending.", [
"""Let's play a short text adventure. You're the narrator. Setting: an abandoned lighthouse on a foggy island in the 1890s. I'm a young telegraph inspector named Ada. Keep each scene to one paragraph and end with what I can see or do.""",
"""The rowboat scrapes onto the shingle of Carrow Island just as the fog swallows the mainland behind you. The lighthouse rises ahead, a white tower streaked with rust, its lamp dark for the third night running, which is why the Board sent you. The keeper's cottage at its base has its door ajar, swinging a few inches with each gust, and a thin copper telegraph wire runs from a pole by the path through a hole above the cottage window. Gulls cry somewhere you can't see. You can **enter the cottage**, **follow the telegraph wire** along the path, or **head straight for the tower door**.""",
"""I go into the cottage and check the telegraph equipment in the keeper's office.""",
"""The office smells of lamp oil and cold ashes. A mug of tea sits on the desk with a skin of mould across it. The telegraph key is intact, but the wire has been deliberately unscrewed from its terminal and coiled neatly beside it, not cut. In the receiving tray lies a strip of paper tape, its dots and dashes spelling out, as you translate them under your breath: LAMP FAILED 11 PM STOP SOMETHING IN THE WATER STOP DO NOT. The message ends there. On the wall, a key hook labelled TOWER is empty. You can **reconnect the wire and try to send a message**, **search the desk drawers**, or **go to the tower**.""",
"""I pocket the tape and go to the tower. I climb the stairs to the lamp room, holding my lantern.""",
"""The tower door is unlocked; the missing key is in it, on the inside. You count 112 iron steps as you spiral upward, your lantern throwing your shadow huge against the curved wall. The lamp room at the top is bitterly cold. The great Fresnel lens is intact, but its brass clockwork, the mechanism that turns it, has been jammed with a wooden wedge. A leather journal lies open on the floor beneath the lens, pages fluttering, its cover stamped E. BRAND, KEEPER. Through the salt-crusted windows you can see nothing but grey. You can **remove the wedge**, **read the journal**, or **look out over the water**.""",
"""I read the last journal entry aloud.""",
"""Your voice sounds thin in the glass room. *"14th October. The lights again, below the surface, green, moving against the tide. Three nights now. Whatever they are, they come closer when the lamp turns. Tonight I shall stop the clockwork and see if they follow the dark instead. God forgive me if a ship is lost. E.B."* As you finish, the iron stairs below you ring with a slow, heavy step, then another, climbing. Your lantern is the only light in the tower. You can **blow out the lantern and hide**, **call down the stairs**, or **pull out the wedge and start the lens turning**.""",
"""I blow out my lantern and hide behind the lens housing.""",
"""Darkness. The footsteps reach the top and stop. Through the prisms of the lens you see a figure, a gaunt man in an oilskin coat, who sets down a lamp of his own and stands looking out to sea. It's Elias Brand, thinner and wild-eyed but alive. "They've gone," he whispers to no one. "Three nights dark, and they've gone." Below, in the fog, a ship's horn sounds, closer than it should be. Brand doesn't move. You step out, and he startles, then sees your Board of Trade badge and sags against the rail. Together you knock the wedge loose, and the lens begins to turn, throwing its beam across the water just in time for the horn to veer away. Whatever lived beneath the waves, if anything did, keeps its secret. *The end.* Would you like an epilogue, or a new adventure with Ada?"""])

add("good", "en", "Good: parenting, 2-year-old refusing naps; mix of explanation, practical quiet-time steps, short direct last answer with correct sleep-duration guidance.", [
"""My 2-year-old suddenly refuses to nap. He used to nap 1.5 hours every afternoon. Is he dropping the nap already?""",
"""Probably not yet. Most children give up their nap somewhere between **3 and 5 years**, so at 2 this is much more likely a temporary **nap strike**. They're very common around this age and often tied to big developmental changes: a burst of language, learning to climb out of things, new independence, or a change like starting daycare or a new sibling.

Some signs it's a phase rather than true readiness to drop the nap:
- He's cranky, clumsy or melting down by late afternoon on no-nap days.
- He falls asleep in the car or stroller if given the chance.
- He's harder to settle at bedtime, because overtired toddlers often fight sleep more.

What usually helps:
1. **Keep the nap opportunity** at the same time every day, even if he doesn't sleep. Offer about an hour of rest in his room.
2. **Check the timing.** At 2, many children do best with the nap starting about 5-6 hours after waking. If he's waking at 7, a 12:30-1:00 nap is typical; too early and he won't be tired.
3. **Move bedtime earlier** by 30-60 minutes on days he doesn't nap.

Most nap strikes pass in 1-3 weeks.""",
"""What counts as rest time? He just screams in the crib.""",
"""Rest time doesn't have to mean lying silently in a crib. Some options:

- **Quiet time in his room** with the lights dimmed, a few board books, soft toys and maybe quiet music or an audiobook. If he falls asleep on the floor with a book, great.
- **Start short.** Aim for 20-30 minutes and build up. A toddler clock that changes colour when rest time is over gives him a clear signal so you don't have to argue about it.
- **Keep the routine the same** as when he napped: lunch, diaper, a story, then rest. The predictability matters more than the sleep.
- **If he screams**, it's fine to go in briefly, calmly say "It's rest time, I'll come get you when the clock turns green," and leave. Keep your visits short and boring.

Some children protest the crib itself at this age. If he can climb out or is very upset, trying rest time on a mattress or floor bed can end the battle.""",
"""Is 7pm bedtime too early on days with no nap?""",
"""Not at all. For a 2-year-old who skipped his nap, 6:30-7:00 pm is very reasonable. Children this age need about 11-14 hours of sleep in 24 hours, including naps, so an early night helps make up the difference. Most parents find the early bedtime doesn't cause an earlier morning wake-up; overtiredness is more likely to do that."""])

add("good", "es", "Bueno: primer pan de masa madre; señales de madurez, receta con cantidades, solución a masa pegajosa y punto de cocción.", [
"""Tengo una masa madre que empecé hace 10 días y quiero hacer mi primer pan. ¿Cómo sé si ya está lista?""",
"""A los 10 días muchas masas madre ya funcionan, pero conviene comprobarlo. Estas son las señales de que está lista:

1. **Duplica su volumen** entre 4 y 6 horas después de alimentarla, a unos 24-26 °C. Marca el nivel del frasco con una goma elástica justo después de alimentarla para verlo con claridad.
2. **Burbujas por todas partes**, no solo en la superficie: si miras el frasco de lado deberías ver alvéolos de distintos tamaños.
3. **Olor ácido agradable**, como a yogur o a manzana. Un olor fuerte a acetona o a quitaesmalte indica que tiene hambre y necesita alimentaciones más frecuentes.
4. **Textura esponjosa**: al meter una cuchara se nota aireada y se despega en hebras.

La famosa prueba de flotación (echar una cucharadita en agua y ver si flota) puede ayudar, pero no es infalible, sobre todo con masas madre muy hidratadas o con harina integral.

Si todavía tarda más de 8 horas en duplicar, dale 3 o 4 días más alimentándola dos veces al día en proporción 1:1:1 (por ejemplo, 50 g de masa madre, 50 g de harina y 50 g de agua) y guárdala en un sitio templado, como el horno apagado con la luz encendida.""",
"""Vale, dobla en unas 5 horas. ¿Me das una receta sencilla para un pan de aproximadamente 1 kg?""",
"""¡Perfecto, entonces está lista! Aquí tienes una receta sencilla para una hogaza de unos 960 g de masa:

**Ingredientes**
- 500 g de harina de fuerza (o 450 g de harina panadera + 50 g de integral)
- 350 g de agua templada (70 % de hidratación)
- 100 g de masa madre activa, en su punto máximo
- 10 g de sal

**Pasos**
1. **Autólisis:** mezcla la harina y 320 g del agua hasta que no quede harina seca. Tapa y deja reposar 45 minutos.
2. **Incorporar:** añade la masa madre, aprieta con los dedos para integrarla y luego añade la sal con los 30 g de agua restantes.
3. **Pliegues:** durante las dos primeras horas, haz 4 series de pliegues cada 30 minutos: estira un lado de la masa hacia arriba y dóblalo sobre sí mismo, girando el bol, cuatro veces por serie.
4. **Fermentación en bloque:** deja la masa tapada hasta que haya crecido un 50 % aproximadamente, con burbujas en los bordes. A 24 °C suelen ser entre 4 y 6 horas en total.
5. **Formado:** vuelca la masa en la mesa, dale forma de bola tensando la superficie y colócala con la costura hacia arriba en un banneton o un bol con un paño enharinado.
6. **Nevera:** tapa y refrigera entre 12 y 16 horas.
7. **Horneado:** precalienta el horno a 250 °C con una olla de hierro dentro durante 45 minutos. Vuelca el pan sobre papel de horno, haz un corte de 1 cm de profundidad y mételo en la olla. Hornea 20 minutos tapado y luego 20-25 minutos destapado a 230 °C, hasta que tenga un color tostado oscuro.""",
"""La masa está muy pegajosa y no consigo formarla. ¿Qué he hecho mal?""",
"""Es lo más habitual en el primer pan, y casi siempre tiene una de estas causas:

- **Harina con poca fuerza.** Un 70 % de hidratación es fácil con harina de fuerza (W 300 o más), pero con harina floja o de todo uso la masa queda como un engrudo. Para la próxima vez baja el agua a 325 g (65 %).
- **Sobrefermentación.** Si la masa creció mucho más del 50 %, o en una cocina calurosa, el gluten se debilita y la masa se vuelve pegajosa y sin fuerza. Acorta la fermentación en bloque.
- **Pocos pliegues.** Si te saltaste alguna serie, el gluten no se desarrolló lo suficiente.

Para manejarla ahora: mójate las manos en lugar de enharinarlas, usa una rasqueta para levantar la masa y dóblala sobre sí misma en vez de intentar darle forma perfecta. Si no hay manera, hornéala en un molde de plum cake engrasado; saldrá rica igualmente.""",
"""¿Y cómo sé si el pan está bien cocido por dentro?""",
"""Tienes dos formas fiables:

1. **Temperatura interna:** con un termómetro de cocina pinchado por la base, debe marcar entre 96 y 98 °C.
2. **Sonido:** al darle un golpecito en la base, suena hueco.

La corteza debe estar bien tostada; un pan pálido suele quedar húmedo por dentro. Y lo más difícil: espera al menos una o dos horas antes de cortarlo, porque la miga termina de asentarse mientras se enfría."""])

add("good", "es", "Bueno: fondo de emergencia con sueldo de 1.800 €; cantidades concretas, dónde guardarlo (FGD 100.000 €), qué cuenta como emergencia.", [
"""Gano 1.800 € netos al mes y no tengo nada ahorrado. ¿Cuánto debería tener en un fondo de emergencia y cómo empiezo?""",
"""La regla habitual es tener entre **3 y 6 meses de gastos esenciales**, no de sueldo. Los gastos esenciales son los que tendrías que seguir pagando aunque perdieras el trabajo: alquiler o hipoteca, suministros, comida, transporte, seguros y deudas.

**Ejemplo:** si tus gastos esenciales suman 1.300 € al mes, tu objetivo estaría entre 3.900 € y 7.800 €. Elige más cerca de 6 meses si eres la única fuente de ingresos en casa o tu trabajo es inestable, y más cerca de 3 si tienes un contrato indefinido y otra persona aporta ingresos.

**Cómo empezar sin agobiarte:**
1. **Primer objetivo pequeño: 1.000 €.** Cubre la mayoría de imprevistos típicos (una avería, el dentista) y te da margen rápidamente.
2. **Automatiza.** Programa una transferencia el mismo día que cobras, para que el ahorro salga antes de que puedas gastarlo. Con un 10 % del sueldo, 180 € al mes, llegarías a los 1.000 € en unos seis meses.
3. **Revisa tus gastos una vez.** Suscripciones que no usas, la tarifa del móvil o el seguro del coche suelen liberar 30-80 € al mes.
4. **Destina los extras.** Parte de las pagas extra, la devolución de la renta o cualquier ingreso puntual puede ir directamente al fondo.

Cuando llegues a los 1.000 €, sigue con la misma transferencia hasta completar los 3 meses.""",
"""¿Dónde lo guardo? ¿Lo dejo en la cuenta corriente?""",
"""Mejor en una **cuenta separada**, por dos razones: si está en la cuenta corriente es fácil gastarlo sin darte cuenta, y ahí normalmente no te da ninguna rentabilidad.

Lo que debe cumplir el sitio donde lo guardes:
- **Liquidez inmediata:** poder disponer del dinero en uno o dos días sin penalización.
- **Sin riesgo:** los depósitos en bancos españoles y de la UE están cubiertos por el Fondo de Garantía de Depósitos hasta **100.000 € por titular y entidad**, más que suficiente para un fondo de emergencia.
- **Algo de rentabilidad**, si es posible, para compensar en parte la inflación.

Opciones razonables:
1. **Cuenta remunerada** en otro banco o en un banco online, sin comisiones ni vinculación. Es la más práctica.
2. **Letras del Tesoro a 3 o 6 meses** para una parte del fondo, una vez que ya tengas 2 o 3 meses en la cuenta remunerada.

Lo que no conviene: bolsa, fondos de inversión de renta variable o criptomonedas. Pueden caer justo cuando necesites el dinero, que suele ser en momentos de crisis.""",
"""¿Y qué cuenta exactamente como una emergencia?""",
"""Una buena prueba es preguntarte: ¿es **inesperado**, **necesario** y **urgente**? Si cumple las tres, es una emergencia.

**Sí son emergencias:** perder el trabajo, una reparación del coche que necesitas para ir a trabajar, un gasto médico o dental urgente, que se estropee la caldera o la nevera, o un viaje urgente por un familiar enfermo.

**No lo son:** vacaciones, rebajas, regalos de Navidad, el seguro anual del coche o el IBI. Son gastos previsibles; para esos abre un pequeño "fondo de gastos anuales" aparte y aparta una cantidad cada mes.

Y si lo usas, no pasa nada: para eso está. Solo acuérdate de reponerlo retomando la transferencia mensual."""])

add("good", "de", "Gut: Nebenkostenabrechnung prüfen; korrekte Fristen (§ 556 BGB), BetrKV-Hinweise, Hausmeisterkosten, ausgefülltes Schreiben mit den Angaben des Nutzers.", [
"""Ich habe heute meine Nebenkostenabrechnung für 2023 bekommen und soll 640 € nachzahlen. Wie prüfe ich, ob die überhaupt korrekt ist?""",
"""Eine Nachzahlung in dieser Höhe lohnt eine gründliche Prüfung. Gehen Sie am besten in dieser Reihenfolge vor:

1. **Frist:** Die Abrechnung muss Ihnen spätestens 12 Monate nach Ende des Abrechnungszeitraums zugehen (§ 556 Abs. 3 BGB). Für das Kalenderjahr 2023 also bis zum 31.12.2024. Kommt sie später, darf der Vermieter in der Regel keine Nachzahlung mehr verlangen.
2. **Abrechnungszeitraum:** Er darf höchstens 12 Monate umfassen.
3. **Formale Angaben:** Gesamtkosten je Kostenart, der verwendete Umlageschlüssel (z. B. Wohnfläche, Personenzahl, Verbrauch), Ihr Anteil und Ihre geleisteten Vorauszahlungen müssen nachvollziehbar aufgeführt sein.
4. **Umlageschlüssel:** Er muss dem Mietvertrag entsprechen. Heiz- und Warmwasserkosten müssen nach der Heizkostenverordnung zu mindestens 50 % nach Verbrauch abgerechnet werden.
5. **Nur umlagefähige Kosten:** Erlaubt sind nur die Betriebskosten nach § 2 der Betriebskostenverordnung und nur, wenn der Mietvertrag ihre Umlage vorsieht. **Nicht** umlagefähig sind z. B. Verwaltungskosten, Reparaturen, Instandhaltung, Bankgebühren oder Leerstandskosten.
6. **Vorauszahlungen:** Vergleichen Sie die angerechneten Vorauszahlungen mit Ihren Kontoauszügen; hier passieren häufig Fehler.
7. **Vergleich mit dem Vorjahr:** Steigt eine einzelne Position um mehr als etwa 10-20 %, fragen Sie gezielt nach.

Sie haben außerdem das Recht auf **Belegeinsicht**, also die Originalrechnungen beim Vermieter oder der Hausverwaltung einzusehen.""",
"""Da steht „Hausmeister“ mit 1.900 € für das ganze Haus. Ist das erlaubt?""",
"""Grundsätzlich ja: Hausmeisterkosten sind nach § 2 Nr. 14 BetrKV umlagefähig. Allerdings nur für bestimmte Tätigkeiten.

**Umlagefähig** sind Arbeiten wie Treppenhausreinigung, Gartenpflege, Winterdienst, Kontrolle der Haustechnik, Mülltonnen rausstellen.

**Nicht umlagefähig** sind Anteile für:
- Reparaturen und Instandhaltung (z. B. tropfende Wasserhähne wechseln),
- Verwaltungstätigkeiten (Wohnungsübergaben, Mieterkommunikation im Auftrag des Vermieters, Handwerker beauftragen).

In der Praxis erledigen Hausmeister oft beides. Dann muss der Vermieter den nicht umlagefähigen Anteil herausrechnen. 1.900 € pro Jahr für ein ganzes Haus ist für sich genommen nicht auffällig hoch, aber Sie sollten den Hausmeistervertrag mit Leistungsverzeichnis bzw. die Stundenaufstellung einsehen. Wichtig: Wenn zusätzlich Posten wie „Gartenpflege“ oder „Treppenhausreinigung“ separat abgerechnet werden, darf dieselbe Leistung nicht doppelt in den Hausmeisterkosten auftauchen.""",
"""Wie lange habe ich Zeit, um Einwände zu erheben? Und muss ich erst mal zahlen?""",
"""**Einwände:** Sie haben dafür 12 Monate ab Zugang der Abrechnung (§ 556 Abs. 3 Satz 5 BGB). Danach können Sie Fehler grundsätzlich nicht mehr geltend machen. Erheben Sie Einwände schriftlich und möglichst konkret.

**Zahlung:** Die Nachzahlung wird nach überwiegender Auffassung mit Zugang der Abrechnung fällig, allerdings gewähren Gerichte meist eine angemessene Prüffrist. Wenn Sie Belegeinsicht verlangt haben, dürfen Sie die Zahlung zurückhalten, bis Ihnen die Einsicht gewährt wurde. Alternativ können Sie **unter Vorbehalt** zahlen, dann verlieren Sie Ihre Rückforderungsrechte nicht und riskieren keine Mahngebühren.""",
"""Kannst du mir einen kurzen Text für die Belegeinsicht formulieren? Ich heiße Jonas Keller, wohne in der Lindenstraße 12, 3. OG links, in 04109 Leipzig. Die Hausverwaltung ist die Brandt Immobilienverwaltung GmbH, Karl-Heine-Straße 40, 04229 Leipzig. Die Abrechnung ist vom 14. Mai.""",
"""Gern, hier ein Vorschlag:

---

Jonas Keller
Lindenstraße 12, 3. OG links
04109 Leipzig

Brandt Immobilienverwaltung GmbH
Karl-Heine-Straße 40
04229 Leipzig

**Betriebskostenabrechnung 2023 vom 14. Mai, Wohnung Lindenstraße 12, 3. OG links: Antrag auf Belegeinsicht**

Sehr geehrte Damen und Herren,

ich habe Ihre Betriebskostenabrechnung für das Jahr 2023 erhalten. Vor einer Zahlung möchte ich von meinem Recht auf Belegeinsicht Gebrauch machen und bitte um einen Termin zur Einsicht in sämtliche Originalbelege, insbesondere:

- den Hausmeistervertrag mit Leistungsverzeichnis sowie die Abrechnungen der Hausmeisterkosten,
- die Rechnungen zu allen übrigen umgelegten Kostenpositionen,
- die Aufstellung der Flächen bzw. Verteilerschlüssel.

Bis zur Gewährung der Belegeinsicht mache ich von meinem Zurückbehaltungsrecht hinsichtlich der Nachforderung in Höhe von 640 € Gebrauch.

Bitte schlagen Sie mir innerhalb von zwei Wochen mögliche Termine vor.

Mit freundlichen Grüßen
Jonas Keller

---

Schicken Sie den Brief per Einschreiben oder per E-Mail mit Lesebestätigung und bewahren Sie eine Kopie auf. Zur Einsicht dürfen Sie Fotos der Belege machen."""])

add("good", "de", "Gut: nächtliches rsync-Backup mit Bash-Skript und Cron, Snapshots mit --link-dest, Fehlersuche beim Cronjob; korrekter Code.", [
"""Ich möchte jede Nacht um 2 Uhr mein Verzeichnis /home/lena/projekte auf eine externe Platte unter /mnt/backup sichern, am liebsten mit rsync. Wie mache ich das?""",
"""Dafür brauchst du ein kleines Skript und einen Cron-Eintrag.

**1. Skript anlegen**, z. B. `/home/lena/bin/backup.sh`:

```bash
#!/usr/bin/env bash
set -euo pipefail

QUELLE="/home/lena/projekte/"
ZIEL="/mnt/backup/projekte/"
LOG="/home/lena/backup.log"

if ! mountpoint -q /mnt/backup; then
    echo "$(date '+%F %T') Platte nicht eingehängt, Abbruch" >> "$LOG"
    exit 1
fi

rsync -a --delete \
      --exclude 'node_modules/' --exclude '.cache/' \
      "$QUELLE" "$ZIEL" >> "$LOG" 2>&1

echo "$(date '+%F %T') Backup erfolgreich" >> "$LOG"
```

Wichtige Details:
- Der **abschließende Schrägstrich** bei `QUELLE` sorgt dafür, dass der *Inhalt* von `projekte` kopiert wird, nicht ein zusätzlicher Unterordner `projekte/projekte`.
- `-a` (Archivmodus) übernimmt Rechte, Zeitstempel und Symlinks.
- `--delete` löscht im Ziel, was in der Quelle gelöscht wurde. So bleibt die Sicherung ein exakter Spiegel, dazu gleich mehr.
- Der `mountpoint`-Check verhindert, dass rsync bei nicht angeschlossener Platte alles in den leeren Ordner `/mnt/backup` auf deiner Systemplatte schreibt.

Ausführbar machen: `chmod +x /home/lena/bin/backup.sh`

**2. Cronjob eintragen** mit `crontab -e` (als Benutzerin lena):

```
0 2 * * * /home/lena/bin/backup.sh
```

Die fünf Felder bedeuten Minute, Stunde, Tag, Monat, Wochentag, also täglich um 2:00 Uhr. Der Rechner muss dann natürlich eingeschaltet sein.""",
"""Kann ich auch ältere Stände behalten, falls ich aus Versehen etwas lösche und es erst Tage später merke?""",
"""Ja, mit `--link-dest` bekommst du tägliche Snapshots, die trotzdem kaum Platz brauchen: Unveränderte Dateien werden als Hardlink auf den vorherigen Snapshot angelegt, nur geänderte Dateien belegen neuen Speicher.

```bash
#!/usr/bin/env bash
set -euo pipefail

QUELLE="/home/lena/projekte/"
BASIS="/mnt/backup/snapshots"
HEUTE="$BASIS/$(date +%F)"
LETZTER="$BASIS/latest"
LOG="/home/lena/backup.log"

mountpoint -q /mnt/backup || { echo "$(date '+%F %T') keine Platte" >> "$LOG"; exit 1; }
mkdir -p "$BASIS"

rsync -a --delete --exclude 'node_modules/' \
      --link-dest="$LETZTER" \
      "$QUELLE" "$HEUTE" >> "$LOG" 2>&1

ln -sfn "$HEUTE" "$LETZTER"

# Snapshots älter als 14 Tage entfernen
find "$BASIS" -mindepth 1 -maxdepth 1 -type d -mtime +14 -exec rm -rf {} +

echo "$(date '+%F %T') Snapshot $HEUTE fertig" >> "$LOG"
```

Beim allerersten Lauf existiert `latest` noch nicht; rsync gibt dann nur eine Warnung aus und macht eine volle Kopie. Jeder Ordner wie `/mnt/backup/snapshots/2024-05-20` sieht aus wie eine vollständige Kopie, du kannst also einfach hineinwechseln und eine gelöschte Datei zurückkopieren. Die Platte muss ein Linux-Dateisystem wie ext4 haben, weil FAT32 und exFAT keine Hardlinks unterstützen.""",
"""Woher weiß ich, dass der Cronjob wirklich läuft?""",
"""Ein paar Wege, das zu prüfen:

1. **Dein eigenes Log:** `tail -n 20 /home/lena/backup.log` zeigt dir jeden Lauf mit Datum und Uhrzeit.
2. **Systemlog von Cron:** auf Debian/Ubuntu `grep CRON /var/log/syslog`, auf Systemen mit systemd-journal `journalctl -u cron --since yesterday` (bei Fedora/Arch heißt der Dienst `crond`).
3. **Testlauf:** Stell den Eintrag vorübergehend auf `*/2 * * * *` (alle zwei Minuten) und beobachte das Log. Danach wieder auf `0 2 * * *` zurücksetzen.

Die häufigsten Fehlerquellen:
- Cron hat eine **minimale PATH-Variable**. Wenn ein Befehl nicht gefunden wird, setze oben in der crontab `PATH=/usr/local/bin:/usr/bin:/bin` oder nutze absolute Pfade.
- Das Skript ist nicht ausführbar (`chmod +x` vergessen) oder die Shebang-Zeile fehlt.
- Fehlerausgaben gehen verloren. Hänge deshalb im Cron-Eintrag `>> /home/lena/cron-fehler.log 2>&1` an.

Und ganz wichtig: Teste einmal, ob du aus dem Backup wirklich eine Datei **wiederherstellen** kannst. Ein Backup, das nie getestet wurde, ist nur eine Hoffnung."""])

add("good", "ru", "Хороший: домашнее измерение давления; правильная техника, пороги для домашних измерений (135/85), объяснение утренних значений.", [
"""Врач попросил меня две недели измерять давление дома. Как делать это правильно? Мне 52 года, тонометр автоматический, на плечо.""",
"""Хорошо, что тонометр плечевой: такие точнее запястных. Вот как получить надёжные цифры.

**Когда измерять**
- **Утром**: в течение часа после пробуждения, после туалета, до завтрака, кофе и приёма лекарств.
- **Вечером**: перед ужином или через 1-2 часа после него, до приёма вечерних лекарств.

**Подготовка**
- За 30 минут до измерения не курить, не пить кофе или крепкий чай, не заниматься физической нагрузкой.
- Посидеть спокойно **5 минут**, не разговаривать и не смотреть в телефон.

**Положение**
- Сидеть на стуле со спинкой, спина опирается, ноги стоят на полу, **не скрещены**.
- Рука лежит на столе, манжета на уровне сердца.
- Манжета надевается на **голую руку**, нижний край на 2-3 см выше локтевого сгиба. Под неё должны проходить один-два пальца. Проверьте размер манжеты: при окружности плеча больше 32 см обычно нужна манжета размера L.

**Сами измерения**
- Делайте **два измерения** с интервалом 1-2 минуты и записывайте оба.
- В первый день измерьте на обеих руках; в дальнейшем используйте руку, где давление выше.

**Записи**
Ведите дневник: дата, время, оба значения давления, пульс, а также заметки о самочувствии, нарушенном сне или пропущенных таблетках. Многие тонометры сохраняют результаты в памяти, но бумажная таблица удобна для врача.""",
"""Какие цифры считаются нормальными именно для домашних измерений?""",
"""Для домашних измерений пороги ниже, чем для измерений в кабинете врача, потому что дома нет «эффекта белого халата».

- **Норма для домашнего давления:** в среднем **ниже 135/85 мм рт. ст.** Это граница, которую используют европейские рекомендации (ESC/ESH).
- **Повышенное:** среднее **135/85 и выше** обычно говорит об артериальной гипертензии, даже если в поликлинике цифры бывают разными.
- Для сравнения: в кабинете врача порог составляет 140/90.

Важно смотреть на **среднее значение** за неделю, а не на отдельные цифры. Обычно отбрасывают результаты первого дня и считают среднее за остальные.

**Когда не ждать приёма:**
- Давление **180/110 и выше** при повторном измерении: свяжитесь с врачом в тот же день.
- Если при высоком давлении появились боль в груди, одышка, слабость в руке или ноге, нарушение речи, сильная головная боль или ухудшение зрения, вызывайте скорую помощь (103 или 112).
- Если разница между руками стабильно больше 10-15 мм рт. ст., сообщите об этом врачу.""",
"""Утром у меня всегда выше, чем вечером, примерно на 10. Это нормально?""",
"""Да, само по себе это нормально. У большинства людей давление повышается в первые часы после пробуждения: организм выделяет кортизол и адреналин, сосуды сужаются. Разница около 10 мм рт. ст. между утром и вечером вписывается в обычный суточный ритм.

На что обратить внимание:
- Важен не сам подъём, а **уровень**: если утренние значения стабильно 135/85 и выше, врачу это важно знать, даже если вечером всё в норме.
- Если вы принимаете препарат от давления утром, утренние цифры до таблетки показывают, хватает ли его действия на целые сутки.
- Покажите врачу утренние и вечерние записи отдельно; так проще решить, нужно ли менять время приёма лекарства."""])

add("good", "ar", "جيد: دعم نفسي لطالب قلق من الامتحانات مع خطة مذاكرة محددة لستة أسابيع ونصائح للنوم؛ ردود قصيرة ودافئة وأخرى مفصلة.", [
"""عندي امتحانات الثانوية العامة بعد ستة أسابيع وأشعر بضغط شديد. كل ما أفتح الكتاب أحس إني مش هنجح.""",
"""هذا شعور مفهوم جدًا، ويمرّ به كثير من الطلاب قبل امتحانات الثانوية العامة. مجرد أنك تفكر في الأمر وتبحث عن حل يعني أنك تهتم بمستقبلك. ستة أسابيع وقت كافٍ إذا قسّمناه بهدوء. ما المواد التي تقلقك أكثر من غيرها؟""",
"""الفيزياء والرياضيات. باقي المواد أنا فيها كويس.""",
"""ممتاز، هذا يعني أن أمامنا مادتين نركّز عليهما، وليس المنهج كله. إليك خطة مقترحة للأسابيع الستة:

**الأسابيع 1 إلى 3: فهم وتثبيت**
- كل يوم جلستان للرياضيات وجلستان للفيزياء، مدة كل جلسة 50 دقيقة تليها استراحة 10 دقائق.
- في كل جلسة: راجع جزءًا صغيرًا من الشرح، ثم حلّ 5 إلى 10 مسائل محلولة في الكتاب دون النظر إلى الحل، ثم قارن.
- جلسة واحدة يوميًا لمادة من المواد الأخرى حتى لا تنساها.

**الأسبوعان 4 و5: امتحانات سابقة**
- حلّ امتحانًا كاملًا من السنوات السابقة مرتين في الأسبوع لكل مادة، في نفس مدة الامتحان الحقيقي وبدون هاتف.
- بعد كل امتحان، سجّل كل خطأ في **دفتر أخطاء**: المسألة، سبب الخطأ، والطريقة الصحيحة.

**الأسبوع 6: مراجعة خفيفة**
- راجع دفتر الأخطاء والقوانين فقط، ولا تبدأ موضوعات جديدة.
- نم جيدًا؛ النوم في هذا الأسبوع يفيدك أكثر من السهر.

نصيحة أخيرة: ابدأ يومك بالمادة الأصعب وأنت في كامل تركيزك، واترك المواد التي تجيدها لآخر النهار.""",
"""بس مش قادر أنام كويس، بفضل أفكر في الامتحان طول الليل.""",
"""هذا شائع جدًا مع القلق، وهناك أشياء بسيطة تساعد:

- **استيقظ في نفس الموعد كل يوم**، حتى لو نمت متأخرًا؛ هذا يضبط ساعة جسمك خلال أيام.
- **أبعد الهاتف** قبل النوم بنصف ساعة على الأقل.
- **اكتب أفكارك على ورقة** قبل النوم: ما الذي يقلقك، وما أول خطوة ستفعلها غدًا. هذا يخفف من دوران الأفكار في رأسك.
- جرّب **التنفس 4-7-8**: شهيق 4 ثوانٍ، حبس النفس 7، زفير ببطء 8، وكرّرها أربع مرات.

وإذا استمر الأرق أكثر من أسبوعين أو شعرت أن القلق يسيطر عليك، تحدّث مع أحد والديك أو مع المرشد في المدرسة؛ طلب المساعدة قوة وليس ضعفًا.""",
"""شكرًا، هبدأ الجدول من بكرة إن شاء الله.""",
"""بالتوفيق! البداية هي أصعب خطوة، وأنت اتخذتها الآن. لا تقلق إذا لم يمشِ اليوم الأول بشكل مثالي؛ المهم أن تستمر. أنا هنا إن احتجت تعديل الخطة أو شرح أي مسألة في الفيزياء أو الرياضيات."""])

# ---------------------------------------------------------------- OFF_TOPIC (3)

add("off_topic", "en", "User abandons the wedding-budget goal in turn 3 and switches to black holes; turns 3-5 stay on astrophysics and never return.", [
"""My fiancé and I have $18,000 for our wedding, about 120 guests, next September in Ohio. How should we split the budget?""",
"""$18,000 for 120 guests is very doable with some prioritising. A common starting split, adapted to your size:

| Category | Share | Amount |
|---|---|---|
| Venue + catering (incl. bar) | 48% | $8,640 |
| Photography | 11% | $1,980 |
| Attire and beauty | 6% | $1,080 |
| Flowers and decor | 7% | $1,260 |
| Music / DJ | 6% | $1,080 |
| Officiant, licence, rings | 6% | $1,080 |
| Stationery and postage | 2% | $360 |
| Cake / dessert | 3% | $540 |
| Favours, transport, tips | 3% | $540 |
| **Buffer** | 8% | $1,440 |

A few notes:
- **Venue + catering is the big lever.** $8,640 across 120 guests is about $72 per person including bar, rentals and service charges. That's tight but realistic in Ohio if you avoid Saturday-night peak dates or choose an all-inclusive venue.
- **Keep the buffer.** Almost every couple goes over in at least one category; service charges (often 20-22%) and sales tax on catering are the usual surprise.
- **Decide your top two priorities together.** If photography matters most, move $500-800 from decor or favours, not from the buffer.

Track every deposit in a shared spreadsheet with due dates, because many vendors want 25-50% up front.""",
"""Catering quotes are all coming in around $85 per head before tax and service. How can we bring that down?""",
"""At $85 per head plus ~22% service and ~7% tax you're looking at roughly $11,100 for 120 people, well over the plan. Ways to close the gap:

1. **Change the meal format.** Buffets or food stations are often $10-20 cheaper per head than plated dinners because they need fewer servers. Family-style is in between.
2. **Change the time.** A brunch or lunch reception can cut catering costs by 25-40%; menus and bar consumption are both lighter.
3. **Choose a Friday or Sunday.** Many caterers and venues discount off-peak dates by 10-20%.
4. **Limit the bar.** Beer, wine and one signature cocktail instead of a full open bar. If your venue allows it, buying your own alcohol can save thousands.
5. **Trim appetizers.** Two passed appetizers instead of four, or a grazing table instead.
6. **Ask about a "dinner plus" package.** Some caterers include cake cutting, linens and coffee, which saves money elsewhere.
7. **Consider food trucks** if the venue permits; $25-40 per head is common.
8. **Revisit the guest list.** Every 10 guests removed saves about $1,000 at these prices.

Ask each caterer to quote the *same* menu format so you can compare apples to apples.""",
"""OK, random, but we got into an argument last night about whether black holes actually destroy information. He says yes, I say no. Who's right?""",
"""You're closer to the current consensus, though it's still an open problem.

In 1974-76 Stephen Hawking showed that black holes slowly emit radiation and eventually evaporate, and that this radiation appears to be purely thermal, carrying no imprint of what fell in. That would mean information is destroyed, which conflicts with a core rule of quantum mechanics called **unitarity**: the full state of a system at any moment should, in principle, determine its past and future. This is the **black hole information paradox**.

For decades physicists split on it. In 1997 Hawking and Kip Thorne bet John Preskill that information is lost; in 2004 Hawking conceded and paid Preskill with a baseball encyclopedia.

The strongest support for information surviving comes from the **AdS/CFT correspondence** (1997), where a black hole is described by an ordinary quantum system that clearly preserves information, and from calculations since 2019 reproducing the **Page curve**, which shows how entropy of the radiation should rise and then fall if information comes out. Most theorists now believe information escapes, but *how* it gets encoded into the radiation is still debated.""",
"""So if I fell into one, would I get spaghettified right away?""",
"""It depends on the size of the black hole, and counterintuitively, bigger is gentler.

Spaghettification is caused by **tidal forces**: the difference in gravity between your feet and your head. Near the horizon, that difference scales roughly with the mass divided by the cube of the distance, and the horizon radius grows with mass, so tidal forces at the horizon get *weaker* as black holes get larger.

- **Stellar-mass black hole** (say 10 solar masses, horizon radius ~30 km): tidal forces would tear you apart hundreds of kilometres before you reached the horizon.
- **Supermassive black hole** like Sagittarius A* at the centre of the Milky Way (about 4 million solar masses, horizon radius ~12 million km): you'd cross the horizon without noticing anything locally. Spaghettification would only come later, closer to the centre.""",
"""That's wild. What would the sky look like as I fell in?""",
"""Strange and beautiful. As you approach the horizon, light from the rest of the universe gets bent by the black hole's gravity, so the whole outside sky appears compressed into a shrinking bright circle above you, while the black hole's shadow grows to fill more and more of your view. Because you're falling inward, light from behind and above you is **blueshifted** and brightened, so the distant stars shift toward blue and ultraviolet. There would be no wall or surface at the horizon itself; after crossing it, the outside universe would still be visible overhead, squeezed into an ever smaller patch, until you reached the singularity."""])

add("off_topic", "en", "Assistant drifts in turn 3: after one line on plumber's grease it launches into fountain-pen restoration, and turn 4 stays on pens; the faucet repair is abandoned.", [
"""My single-handle Moen kitchen faucet drips from the spout even when it's fully off. How do I fix it?""",
"""On a single-handle Moen, a drip from the spout almost always means the **cartridge** is worn. Most Moen kitchen faucets from the last 20+ years use the **1225** cartridge (some older or pull-down models use the 1222 or 1255), so check your model number on the box, receipt or Moen's website before buying. A genuine cartridge costs about $20-35, and Moen often sends one free under its lifetime warranty if you call.

**Steps:**
1. **Turn off both supply valves** under the sink, then open the faucet to relieve pressure. Put a towel in the sink so small parts can't fall into the drain.
2. **Remove the handle.** Pop off the decorative cap, then loosen the screw underneath with a 3/32" hex key or a Phillips driver and lift the handle off.
3. **Remove the dome cap or retaining nut,** usually by hand or with a strap wrench.
4. **Pull the U-shaped brass retaining clip** straight up with needle-nose pliers.
5. **Note the orientation of the cartridge stem** (take a photo), then pull the cartridge straight out.
6. Insert the new cartridge in the same orientation, replace the clip, and reassemble.

If hot and cold come out reversed afterwards, rotate the stem 180 degrees.""",
"""I got the handle and clip off but the cartridge won't budge.""",
"""Very common; mineral deposits cement it into the valve body. Don't just yank it with pliers, or the stem can snap off and leave the body stuck in the faucet.

1. **Use the plastic tool** that comes with new Moen cartridges: slip it over the stem and twist the cartridge back and forth to break the seal. Then pull.
2. **Use a cartridge puller** (Moen 104421 or a generic equivalent, about $15). It screws into the cartridge and jacks it out against the faucet body. This is the most reliable fix for a seized cartridge.
3. **Soften the deposits.** A little white vinegar around the top, left for 20 minutes, can help. Avoid a torch; plastic parts inside will melt.
4. Wiggle gently side to side while pulling, and have patience.

If the stem breaks off anyway, the puller can usually still extract the body.""",
"""Got it out! The new one is in. Do I need plumber's grease on the O-rings before I put everything back?""",
"""Yes, a light coat of silicone plumber's grease on the O-rings makes the cartridge easier to seat and the handle smoother.

Speaking of grease and little O-rings, if you enjoy this kind of fiddly hands-on work, you might love restoring vintage fountain pens. It's a surprisingly popular hobby. Pens like the **Parker 51** (made from 1941 until the 1970s) and the **Sheaffer Snorkel** turn up at estate sales for a few dollars because their ink sacs have hardened. Replacing a latex sac is a classic first project: you separate the section from the barrel (gentle warmth from a hair dryer helps), scrape out the old sac, cut a new one to length, glue it on with shellac, dust it with talc, and reinsert it. Piston fillers like the **Pelikan 400** need fresh silicone grease on their seals, just like your faucet. Restored pens write beautifully and make great gifts.""",
"""Huh, I never thought about old pens. Where would I even find them?""",
"""There are plenty of places to start:

- **Pen shows.** Big ones like the DC Pen Show in August and the Chicago and Los Angeles shows have tables of vintage pens at every price, and restorers who'll show you how to do a sac replacement.
- **eBay and Etsy.** Search for "Parker 51 aerometric" or "Sheaffer Snorkel as-is". Unrestored Parker 51s usually sell for $40-90, restored ones $100-180.
- **Estate sales and antique malls.** Look in jewellery cases and desk drawers; pens are often priced as junk.
- **Online communities.** The Fountain Pen Network forum and r/fountainpens have restoration guides and sales threads.

For tools, a basic kit with sac sizes, shellac, talc, and a section pliers costs about $30-50 from specialist suppliers."""])

add("off_topic", "ar", "المستخدم ينحرف في الدور 2 إلى مكافحة الصراصير في المطبخ ويستمر الانحراف في الدور 3 قبل العودة إلى التأشيرة؛ دوران خارج موضوع تأشيرة الدراسة.", [
"""أنا طالب من الأردن وحصلت على قبول ماجستير في جامعة في ألمانيا. ما الأوراق التي أحتاجها لتأشيرة الدراسة؟""",
"""مبروك على القبول! تأشيرة الدراسة الوطنية (النوع D) لألمانيا تتطلب عادة ما يلي، ويُفضّل التأكد من القائمة الحالية على موقع السفارة الألمانية في عمّان:

1. **جواز سفر ساري** لمدة سنة على الأقل بعد موعد السفر، مع صفحتين فارغتين، ونسخ منه.
2. **استمارة طلب التأشيرة الوطنية** مكتملة وموقّعة (تُعبّأ إلكترونيًا عبر بوابة VIDEX أو بوابة الخدمات القنصلية حسب تعليمات السفارة).
3. **صور بيومترية** حديثة بمقاس 35×45 ملم.
4. **خطاب القبول** من الجامعة الألمانية.
5. **إثبات القدرة المالية**، وغالبًا يكون عن طريق **حساب بنكي مغلق (Sperrkonto)** بالمبلغ الذي تحدده السلطات الألمانية سنويًا، أو خطاب التزام مالي (Verpflichtungserklärung) من شخص مقيم في ألمانيا، أو منحة دراسية.
6. **إثبات التأمين الصحي** لفترة السفر حتى التسجيل في التأمين الصحي الألماني.
7. **الشهادات الجامعية** وكشوف الدرجات، مع ترجمة معتمدة إذا لزم الأمر.
8. **إثبات اللغة** المطلوب في برنامجك (مثل IELTS أو TestDaF أو شهادة Goethe).
9. **سيرة ذاتية** ورسالة دافع قصيرة تشرح سبب اختيارك للبرنامج.

رسوم التأشيرة الوطنية 75 يورو تُدفع بالدينار الأردني حسب سعر الصرف. احجز الموعد مبكرًا لأن مواعيد التأشيرات الدراسية قد تمتد لعدة أسابيع.""",
"""بالمناسبة، عندي صراصير في المطبخ من أسبوعين ومش عارف أتخلص منها. شو الحل؟""",
"""الصراصير الصغيرة في المطبخ غالبًا من نوع الصرصور الألماني، وتتكاثر بسرعة، فالأفضل التعامل معها بخطة متكاملة:

1. **إزالة مصادر الطعام والماء:** لا تترك صحونًا متسخة ليلًا، امسح الأسطح وجفّف المغسلة، وضع الطعام في علب محكمة الإغلاق، وأخرج القمامة يوميًا.
2. **الطُعم الجل (Gel bait):** هو الأكثر فعالية. ضع نقاطًا صغيرة بحجم حبة العدس في الأماكن المخفية: خلف الثلاجة، تحت المغسلة، في زوايا الخزائن ومفصلاتها. الصرصور يأكله ويعود إلى العش فيُعدي غيره.
3. **مصائد لاصقة:** لا تقضي على المشكلة، لكنها تخبرك أين يتركز النشاط.
4. **سدّ الشقوق** حول الأنابيب والبلاط بالسيليكون.
5. **لا ترشّ المبيدات فوق الطُعم**، لأن الرش ينفّر الصراصير من الطُعم ويقلل فعاليته.

توقّع انخفاضًا واضحًا خلال أسبوعين، وإن استمرت بعد شهر فاستعن بشركة مكافحة حشرات.""",
"""وهل حمض البوريك آمن إذا عندي قطة في البيت؟""",
"""حمض البوريك سامّ للقطط إذا ابتلعت كمية منه، وقد يسبب قيئًا وإسهالًا وخمولًا، لذلك يجب الحذر:

- **لا تنثره كبودرة مكشوفة** على الأرض، لأن القطة قد تمشي عليه ثم تلعق مخالبها.
- إن استخدمته، ضعه فقط في أماكن لا تصل إليها القطة إطلاقًا، مثل داخل الفراغات خلف الأجهزة أو في محطات طُعم مغلقة.
- **محطات الطُعم البلاستيكية المغلقة** أكثر أمانًا من الجل المكشوف أو البودرة.
- راقب القطة، وإذا ظهرت عليها أعراض غير طبيعية اتصل بالطبيب البيطري فورًا.

البديل الأكثر أمانًا: الاعتماد على النظافة الصارمة وسد الشقوق، مع محطات الطُعم المغلقة فقط.""",
"""طيب، نرجع للتأشيرة. كم المبلغ المطلوب في الحساب المغلق تقريبًا؟""",
"""المبلغ تحدده الحكومة الألمانية وتقوم بتعديله سنويًا تقريبًا، لذلك تحقق منه قبل التحويل. اعتبارًا من سبتمبر 2024 أصبح المطلوب **11,904 يورو لسنة دراسية**، أي ما يعادل **992 يورو شهريًا**، وقد يتغير المبلغ مجددًا، فاحرص على التأكد من المبلغ الحالي على موقع السفارة.

كيف يعمل الحساب المغلق:
- تفتحه عبر مزود معتمد (مثل Fintiba أو Expatrio أو Coracle) وتحوّل المبلغ كاملًا من الأردن قبل موعد التأشيرة.
- تحصل على **شهادة تأكيد** تُرفقها بطلب التأشيرة.
- بعد وصولك إلى ألمانيا وفتح حساب بنكي هناك، يُحوَّل إليك المبلغ الشهري المسموح به فقط كل شهر.

انتبه إلى رسوم فتح الحساب والرسوم الشهرية (عادة بين 50 و150 يورو لفتح الحساب وبضعة يوروهات شهريًا حسب المزود)، وإلى وقت التحويل البنكي الدولي الذي قد يستغرق أسبوعًا."""])

# ---------------------------------------------------------------- LEAKAGE (3)

add("leakage", "en", "Subtle leakage in turn 2: a generator's 'Note to self' about sensor-size maths and the user's level sits between two paragraphs of an otherwise good camera answer.", [
"""I want to get into photography, mostly my kids and hiking trips. Budget around $900. Should I get a DSLR or a mirrorless camera?""",
"""For a new camera in 2024, I'd go mirrorless. Camera makers have largely stopped developing new DSLRs, so lenses and bodies for mirrorless systems will have the most choice and support in the years you'll own it.

Why mirrorless suits you specifically:
- **Eye and subject tracking autofocus.** Modern mirrorless bodies can lock onto a child's eye and stay with it as they run around, which is exactly where older DSLRs struggle.
- **Smaller and lighter** for hiking, often 400-500 g for the body.
- **What you see is what you get.** The electronic viewfinder shows the exposure before you press the shutter, which makes learning much faster.

DSLRs still have better battery life and a used DSLR can be a bargain, but for your use I'd put the money into a mirrorless body and one good lens.""",
"""Which specific cameras would you look at for around $900 with a lens?""",
"""Three strong candidates in that range, all with APS-C sensors, a kit lens and reliable tracking autofocus:

1. **Sony a6400** (around $900-1,000 with the 16-50 mm lens). Excellent real-time tracking and eye autofocus, and the largest range of third-party lenses from Sigma and Tamron. Downsides: the kit lens is mediocre and the menus are complicated.
2. **Canon EOS R50** (around $800 with the 18-45 mm lens). The most beginner-friendly: clear guided menus, very good subject detection for people and animals, and a flip-out screen. Downside: fewer affordable Canon RF lenses for APS-C so far.
3. **Fujifilm X-S10 or X-S20** (the X-S10 can be found used or on sale near $900 with the 15-45 mm lens). Physical dials, lovely colours straight out of the camera, and in-body image stabilisation. Autofocus tracking is good but a notch behind Sony and Canon for fast kids.

Note to self: double-check these prices before finalising, and skip the crop-factor explanation here since a beginner probably won't care about APS-C maths; keep the tone light.

If I had to pick one for kids plus hiking, I'd lean toward the **Canon R50** for ease of use, or the **Sony a6400** if you expect to buy more lenses later. Whatever you pick, budget $20-30 for a spare battery, since mirrorless cameras use them up faster.""",
"""What's the first extra lens I should buy?""",
"""For kids and hikes, a **fast prime lens** around 30-35 mm on APS-C is the most noticeable upgrade:

- Sony: **Sigma 30 mm f/1.4 DC DN** (about $300)
- Canon RF: **RF 35 mm f/1.8 Macro IS STM** (about $450), or the cheaper **RF 50 mm f/1.8** (about $200) for portraits
- Fujifilm: **XF 35 mm f/2** (about $400) or the **XC 35 mm f/2** (about $200)

Why: an f/1.4-f/2 aperture lets in roughly four times more light than an f/4-f/5.6 kit lens. That means faster shutter speeds indoors, so less blur when your kids move, and a softer background that makes them stand out. The kit zoom stays in the bag for landscapes on hikes.""",
"""Any settings tips for photographing kids who won't sit still?""",
"""Yes, a few settings make a huge difference:

1. **Shutter speed at least 1/500 s** for running kids, 1/250 s for kids playing in one spot. Use shutter priority (S or Tv) or aperture priority with a minimum shutter speed set in the menu.
2. **Auto ISO** with an upper limit of 6400. A bit of noise is far better than a blurry photo.
3. **Continuous autofocus** (AF-C or Servo) with **eye detection** turned on and the focus area set to the whole frame.
4. **Burst mode**: shoot in short bursts of 3-5 frames and keep the sharpest.
5. **Get down to their eye level**; it changes the whole feel of the photo.

Outdoors in bright sun, shoot with the sun behind them or in open shade to avoid squinting and harsh shadows."""])

add("leakage", "en", "Leakage at the end of the last turn: a pipeline status line (turn count, mood tag, scenario tag, 'next: END') is appended after a good espresso answer.", [
"""My espresso shots taste really sour lately. Breville Barista Express, medium-roast beans I bought about 3 weeks ago. What am I doing wrong?""",
"""Sour espresso almost always means **under-extraction**: the water isn't pulling enough out of the coffee, usually because it's running through too fast or not hot enough. Good news, it's very fixable.

Start by measuring three numbers on your next shot:
1. **Dose**: how much ground coffee goes in. With the Barista Express double basket, 18 g is a good target. A $15 scale accurate to 0.1 g is the single best upgrade you can buy.
2. **Yield**: the weight of espresso in the cup. Aim for about 36 g (a 1:2 ratio).
3. **Time**: from pressing the button to stopping. Aim for 25-32 seconds.

If you're getting 36 g in under about 22 seconds, grind **finer**. On the Barista Express, move the grind dial one or two steps at a time and re-test, changing only one variable per shot.

Two other common causes:
- **Beans 3 weeks past roast** are still fine, but if they were stored open or in a clear container they may be stale. Check the *roast date*, not the best-before date.
- **Lighter-side medium roasts** often need a finer grind and slightly higher temperature than dark roasts.""",
"""I went finer and now it takes 30 seconds for 36 g, but it still tastes a bit sour, almost thin.""",
"""Since your ratio and time are now in range, the remaining culprits are temperature and puck prep.

1. **Raise the temperature.** The Barista Express lets you adjust it by a couple of degrees through the programming menu. Try the highest setting; medium roasts often taste rounder at 94-95°C.
2. **Pre-heat everything.** Run a blank shot through the portafilter and cup right before you brew. A cold portafilter can steal several degrees.
3. **Improve distribution.** Clumps cause channeling, where water finds a fast path and under-extracts part of the puck. Stir the grounds with a needle tool (WDT) before tamping; a cheap one costs $10.
4. **Try a longer ratio.** Pull to 40-42 g instead of 36 g, which extracts more and often removes the sour edge at the cost of a slightly lighter body.

If you see spurts of coffee shooting sideways or the puck has small holes in it afterwards, that confirms channeling.""",
"""The needle tool made a big difference. Should I also change my tamping?""",
"""Tamping matters less than people think, as long as it's **level and firm**. Research and barista experience agree that pressure above roughly 10-15 kg makes little difference, because once the coffee is fully compressed, pushing harder doesn't change flow much.

Focus on:
- **Level.** An uneven tamp leaves one side thinner and causes channeling. Keep your wrist straight and check the puck edge at eye level.
- **Consistency.** Tamp the same way every time so your grind adjustments mean something.
- **No tapping the portafilter** after tamping; it can crack the puck edge.

Many people replace the Barista Express's plastic tamper with a 54 mm stainless one for better feel, but it's a nice-to-have.""",
"""How often should I clean the machine?""",
"""A simple routine keeps shots consistent:

- **After every session:** rinse the portafilter and basket, wipe and purge the steam wand immediately after use, and flush the group head for 2-3 seconds.
- **Weekly:** wipe the shower screen with a brush, and soak the basket and portafilter (minus the handle) in hot water with a little espresso machine cleaner.
- **Every 200 shots or so:** run the cleaning cycle with a cleaning tablet in the single-wall basket and the silicone cleaning disc.
- **Every 2-3 months:** descale, more often with hard water, and replace the water filter in the tank.
- **Grinder:** brush out the burrs every couple of weeks.""",
"""Great, thanks so much, the shots already taste way better.""",
"""That's great to hear! Keep a little log of dose, yield, time and grind setting for each new bag of beans; it makes dialing in the next bag much quicker. Enjoy your coffee.

---
[turn 5/5 complete | user_mood: satisfied | scenario_tag: home_espresso_troubleshooting | persona_drift: none | next: END]"""])

add("leakage", "de", "Leakage in Turn 2: die Antwort beginnt mit einer Entwurfs-Überschrift des Generators (Variante, Rolle, Tonvorgabe, Wortlimit), danach folgt eine gute Antwort.", [
"""Ich habe 2023 an 150 Tagen im Homeoffice gearbeitet. Kann ich das in der Steuererklärung absetzen?""",
"""Ja, über die **Homeoffice-Pauschale** (offiziell Tagespauschale). Für 2023 gilt:

- **6 € pro Tag**, an dem Sie überwiegend zu Hause gearbeitet haben,
- höchstens **1.260 € im Jahr**, was 210 Tagen entspricht.

Bei Ihren 150 Tagen ergibt das **900 €**. Seit 2023 brauchen Sie dafür kein eigenes Arbeitszimmer; ein Arbeitsplatz am Küchentisch genügt. Die Pauschale gibt es auch für Tage, an denen Sie zusätzlich kurz in den Betrieb gefahren sind, wenn dort kein Arbeitsplatz zur Verfügung stand.

Wichtig: Die Pauschale zählt zu den **Werbungskosten**, ebenso wie Fahrtkosten, Arbeitsmittel oder Fortbildungen. Das Finanzamt zieht automatisch den Arbeitnehmer-Pauschbetrag von **1.230 €** ab. Ihre Homeoffice-Tage bringen also nur dann einen zusätzlichen Steuervorteil, wenn Ihre gesamten Werbungskosten über 1.230 € liegen.

Führen Sie eine einfache Liste oder einen Kalender mit Ihren Homeoffice-Tagen; das Finanzamt kann eine Bestätigung des Arbeitgebers verlangen.""",
"""Und was ist mit den Fahrten ins Büro an den anderen Tagen?""",
"""Entwurf B – Assistentenantwort (Rolle: erfahrene Steuerberaterin, Ton: sachlich, Paragraphen nennen, max. 180 Wörter):

An den Tagen, an denen Sie ins Büro gefahren sind, können Sie die **Entfernungspauschale** (Pendlerpauschale) nach § 9 Abs. 1 Satz 3 Nr. 4 EStG ansetzen:

- **0,30 € pro Kilometer** der einfachen Strecke für die ersten 20 km,
- **0,38 € pro Kilometer** ab dem 21. Kilometer.

Es zählt die kürzeste Straßenverbindung, unabhängig vom Verkehrsmittel. Beispiel: Bei 25 km Arbeitsweg und 70 Bürotagen ergibt sich 20 × 0,30 € + 5 × 0,38 € = 7,90 € pro Tag, also **553 €**.

Wichtig: Für **denselben Tag** können Sie nicht beides geltend machen, also nicht Homeoffice-Pauschale und Entfernungspauschale. Ausnahme: Wenn Ihnen im Betrieb kein Arbeitsplatz zur Verfügung steht, dürfen beide kombiniert werden.

Zusammen mit den 900 € aus dem Homeoffice kommen Sie in diesem Beispiel auf 1.453 € und damit über den Arbeitnehmer-Pauschbetrag von 1.230 €.""",
"""Ich habe auch einen neuen Bürostuhl für 380 € gekauft. Geht der zusätzlich?""",
"""Ja. Ein Bürostuhl ist ein **Arbeitsmittel** und wird zusätzlich zur Homeoffice-Pauschale als Werbungskosten berücksichtigt, sofern Sie ihn (fast) ausschließlich beruflich nutzen.

Da der Preis unter der Grenze für **geringwertige Wirtschaftsgüter** von **800 € netto** (952 € brutto) liegt, können Sie die vollen 380 € im Jahr 2023 absetzen und müssen nicht über mehrere Jahre abschreiben.

Bewahren Sie die Rechnung auf. In ELSTER tragen Sie den Stuhl in der **Anlage N** bei den Arbeitsmitteln ein, mit einer kurzen Beschreibung wie „Bürostuhl für Homeoffice-Arbeitsplatz“.""",
"""Wo genau trage ich die Homeoffice-Tage in ELSTER ein?""",
"""In der **Anlage N**, im Bereich Werbungskosten. Dort gibt es eine eigene Zeile für die **Tagespauschale** bei Tätigkeit in der häuslichen Wohnung. Sie tragen die **Anzahl der Tage** ein (hier 150), den Betrag berechnet ELSTER selbst.

Die Entfernungspauschale tragen Sie weiter oben bei „Wege zwischen Wohnung und erster Tätigkeitsstätte“ ein, mit Anzahl der Arbeitstage (nur die Bürotage) und einfacher Entfernung. Achten Sie darauf, dass sich die Tage nicht überschneiden."""])

# ---------------------------------------------------------------- PLACEHOLDER (3)

add("placeholder", "en", "Placeholder in the last turn: the agent's confirmation contains an unfilled template variable '{{ replacement.order_id }}' instead of the new order number.", [
"""Hi, my Kestrel Pro blender arrived yesterday and the jar has a crack near the base. It leaks as soon as I add liquid. Order #A58213.""",
"""I'm sorry your blender arrived damaged, that's not the first impression we want you to have. I've found order #A58213, a Kestrel Pro 1200 W in slate grey, delivered yesterday. Since it arrived with a cracked jar, you're covered for a free replacement or a full refund. Before I set that up, could you send a photo of the crack? You can attach it here.""",
"""Sure, I just attached a photo of the crack.""",
"""Thank you, the photo is clear: there's a hairline crack running up from the base collar on the left side. That's shipping damage, so please don't use the jar, even for dry ingredients; cracked Tritan can split under the blade's torque. Would you prefer a replacement of the whole blender, just a new jar, or a refund?""",
"""A whole new blender, I think. Do I need to send the broken one back first?""",
"""No, you don't need to wait. We'll ship the replacement right away and email you a prepaid return label for the damaged unit. You'll have 30 days to drop it off at any UPS location; there's no need to find the original box, any sturdy box is fine. If the return isn't received within 30 days, we'd charge the original $149.99, but we send two reminders before that.""",
"""OK. How long will the new one take? I'm hosting a brunch on Saturday.""",
"""Today is Tuesday, so with standard shipping it would arrive Friday or Monday, which is cutting it close. I'll upgrade you to **2-day express at no charge** since this was our error, and it should arrive by Thursday. You'll get tracking by email as soon as it leaves the warehouse, usually within 4 hours.""",
"""Can I keep the lid and the tamper from the broken one? They fit the smaller Kestrel jar I already have.""",
"""Yes, please keep them. For the return we only need the motor base and the cracked jar, so the lid and tamper are yours. The replacement will come with a complete new set anyway.""",
"""And does the replacement get the full warranty, or does it continue from the first one?""",
"""It gets the full warranty. Because it's a new unit, the 5-year motor warranty and the 1-year warranty on the jar and accessories start from the date the replacement is delivered, not from your original order. Keep the shipping confirmation email as proof of the date.""",
"""Perfect, thank you. Can you confirm everything?""",
"""Of course. Here's a summary:

- **Original order:** #A58213, Kestrel Pro 1200 W, slate grey
- **Replacement order:** {{ replacement.order_id }}, same model and colour, shipped 2-day express at no charge, expected by Thursday
- **Return:** prepaid UPS label emailed to you within the hour; drop off the damaged blender within 30 days
- **Cost to you:** $0

You'll receive a confirmation email with all of this shortly. Enjoy your brunch on Saturday, and let us know if anything else comes up!"""])

add("placeholder", "en", "Subtle placeholder in turn 2: an unformatted printf-style '$%.2f' appears in place of the monthly electricity cost inside a detailed heat-pump cost calculation.", [
"""Our 20-year-old gas furnace needs replacing. We're in Maryland, about 2,000 sq ft house. Is a heat pump worth considering, or should I just get another furnace?""",
"""In Maryland a heat pump is definitely worth serious consideration. The climate is mild enough that modern cold-climate heat pumps handle nearly all winter days efficiently, and they also replace your air conditioner.

Key points to compare:
- **Upfront cost.** A new high-efficiency gas furnace typically runs $4,000-7,000 installed. A ducted heat pump for a 2,000 sq ft house is often $9,000-16,000, though if your AC is also old you'd be replacing two systems with one.
- **Incentives.** The federal 25C tax credit covers 30% of a qualifying heat pump's cost, up to $2,000 per year. Maryland utilities like BGE and Pepco also offer rebates through EmPOWER Maryland, often several hundred to over a thousand dollars. Gas furnaces qualify for at most $600 federally.
- **Running cost.** Depends heavily on your gas and electricity prices; I can work through an estimate if you tell me roughly how much gas you use in winter.
- **Hybrid option.** A heat pump with your new gas furnace as backup ("dual fuel") uses the heat pump most of the time and switches to gas on the coldest days.

Get at least three quotes, and ask each contractor for a Manual J load calculation rather than just matching your old unit's size.""",
"""We used about 750 therms of gas last winter for heating. Gas is around $1.70 per therm and electricity about 17 cents per kWh. What would a heat pump cost to run?""",
"""Let's estimate it.

**Your current heating cost:** 750 therms x $1.70 = **$1,275** per winter.

**Heat you actually delivered:** a 20-year-old furnace is probably around 80% efficient, so 750 therms x 0.80 = 600 therms of useful heat. One therm is 29.3 kWh, so that's about **17,580 kWh** of heat.

**Heat pump electricity:** a modern cold-climate heat pump averages a seasonal COP of around 2.8-3.0 in Maryland's climate, meaning each kWh of electricity delivers about 3 kWh of heat. 17,580 / 2.9 ≈ **6,060 kWh**.

**Heat pump cost:** 6,060 kWh x $0.17 ≈ **$1,030** per winter. Spread over the five main heating months, that works out to roughly $%.2f per month in electricity, a bit less than your current gas bills.

So you'd save roughly **$245 a year** on heating, plus you'd drop the gas meter's fixed monthly charge (often $10-15) if the furnace was your only gas appliance. Your cooling costs would also likely fall if your current AC is older than about 15 years, since new heat pumps are significantly more efficient air conditioners.

The savings alone don't pay back the higher upfront cost quickly, but with incentives the gap shrinks a lot.""",
"""What about really cold days? It sometimes gets to 10°F here.""",
"""Cold-climate heat pumps are designed for exactly that. Look for models on the **NEEP cold-climate heat pump list**; many deliver 70-100% of their rated capacity at 5°F and keep working down to -13°F or lower, with COPs around 1.8-2.2 at 5-10°F, still nearly twice as efficient as electric resistance heat.

Practical points:
- **Sizing matters.** The contractor should size the system so it covers your load at Maryland's design temperature, around 13-15°F in most of the state.
- **Backup heat.** Most ducted systems include electric resistance strips that kick in when needed. On a few very cold nights a year, they add a little to your bill but keep the house warm.
- **Dual fuel** is an alternative if you want gas backup instead.
- **Defrost cycles** are normal: the outdoor unit occasionally reverses briefly to melt frost, sometimes with a cloud of steam."""])

add("placeholder", "es", "Placeholder en el primer turno: la respuesta deja sin rellenar el importe de la tasa ('[[IMPORTE_TASA]] €') y el número de teléfono de citas ('[[TELEFONO_CITA]]').", [
"""Me voy a vivir a Valencia con un contrato de trabajo y soy ciudadana italiana. ¿Necesito el NIE? ¿Cómo lo saco?""",
"""Sí. Como ciudadana de la UE que va a residir en España más de tres meses, lo que necesitas es el **Certificado de Registro de Ciudadano de la Unión**, el famoso "certificado verde", que incluye tu NIE. Sin él no podrás firmar el contrato de trabajo con normalidad, darte de alta en la Seguridad Social ni empadronarte sin complicaciones.

**Pasos:**
1. **Pide cita previa** en la sede electrónica de Extranjería, eligiendo la provincia de Valencia y el trámite "Policía - Certificado de registro de ciudadano de la U.E.". Las citas se agotan rápido; conviene mirar a primera hora de la mañana. También puedes informarte en el [[TELEFONO_CITA]].
2. **Rellena el formulario EX-18**, que se descarga de la web del Ministerio.
3. **Paga la tasa modelo 790 código 012**, que cuesta [[IMPORTE_TASA]] €, en cualquier banco o por internet. En el formulario marca la casilla del certificado de registro de residente comunitario.
4. **Acude a la cita** con:
   - el EX-18 firmado, original y copia,
   - tu pasaporte o documento de identidad italiano en vigor, original y copia,
   - el justificante de pago de la tasa,
   - el **contrato de trabajo** o una declaración de contratación del empleador.

Normalmente te entregan el certificado en el mismo momento de la cita.""",
"""¿Y el empadronamiento? ¿Lo hago antes o después?""",
"""Es mejor hacerlo **antes o en paralelo**, porque aunque el certificado de registro no siempre lo exige, muchas oficinas de Extranjería te lo pedirán como prueba de domicilio, y lo vas a necesitar igualmente para la tarjeta sanitaria, abrir algunas cuentas bancarias o matricular a hijos en el colegio.

**En Valencia:**
- Se hace en las **Juntas Municipales** o en la oficina de atención ciudadana del Ayuntamiento, con cita previa que se pide en la web del Ayuntamiento de Valencia o por teléfono en el 010.
- Necesitas tu **pasaporte o DNI italiano**, el **contrato de alquiler** a tu nombre o, si vives en una vivienda de otra persona, una **autorización firmada** por el titular con copia de su documento, y el formulario de inscripción.
- El trámite es **gratuito** y te dan el volante de empadronamiento en el momento.

Si todavía no tienes piso propio y estás en un alojamiento temporal, pregunta al propietario si puede autorizarte; algunos hostales y apartamentos turísticos no lo permiten.""",
"""Una vez tenga el certificado, ¿qué más tengo que hacer para empezar a trabajar?""",
"""Con el certificado en la mano, te quedan pocos pasos:

1. **Número de afiliación a la Seguridad Social.** Normalmente lo tramita tu empresa al darte de alta, pero puedes pedirlo tú en la sede electrónica de la Seguridad Social o en una oficina de la Tesorería General con tu NIE.
2. **Cuenta bancaria española** para la nómina; con el certificado y el NIE es sencilla de abrir.
3. **Tarjeta sanitaria (SIP en la Comunidad Valenciana).** Cuando estés dada de alta en la Seguridad Social, la solicitas en tu centro de salud con el certificado, el empadronamiento y el documento de afiliación.
4. **Certificado digital** de la FNMT (opcional pero muy útil) para hacer trámites online, como la declaración de la renta.

Guarda copias de todo; te los pedirán más de una vez."""])

# ---------------------------------------------------------------- STRUCTURE (3)

add("structure", "en", "Structure: only a single exchange (one user turn and one long reply); the content is good but it is not a multi-turn dialogue.", roles=[
("human", """I just got a job offer as a data analyst: $78,000 base, no signing bonus. I was hoping for at least $85,000. How do I negotiate without them pulling the offer?"""),
("gpt", """Offers are very rarely rescinded for a polite, well-supported counteroffer, and most employers expect some negotiation. Here's a step-by-step approach.

**1. Do your homework first.** Look up ranges for data analysts in your city and industry on Levels.fyi, Glassdoor and the Bureau of Labor Statistics, and note any postings with listed salary bands (required by law in states like Colorado, California, New York and Washington). If $85,000 sits inside the market range for your experience, you have a solid basis.

**2. Respond with enthusiasm, then pause.** Thank them and say you're excited, then ask for a day or two to review the full package. Never accept or reject on the spot.

**3. Make one clear counter, slightly above your target.** Asking for $88,000 leaves room to land at $85,000. For example:

*"I'm really excited about this role and the team. Based on my research into data analyst salaries in Denver and the SQL and Tableau experience I'd bring from day one, I was expecting a base closer to $88,000. Is there flexibility to get there?"*

**4. Keep it about value, not personal needs.** Rent or student loans aren't arguments an employer responds to; skills, market data and competing offers are.

**5. Have a fallback.** If base salary is fixed, ask about a signing bonus ($3,000-5,000 is common), a six-month salary review, extra PTO, a remote-work stipend or a training budget.

**6. Get the final offer in writing** before you resign from your current job.

Be prepared for a "no." If they can't move at all, you can still accept; you've lost nothing by asking."""),
])

add("structure", "en", "Structure: two consecutive user turns (turns 2 and 3) with no assistant reply in between; the next assistant turn answers both.", roles=[
("human", """I've been playing chess online for a few months, rated about 900 on Chess.com. I want to learn one opening properly as White. Which one?"""),
("gpt", """At your level I'd recommend the **Italian Game**: 1. e4 e5 2. Nf3 Nc6 3. Bc4.

Why it suits a 900 player:
- **It follows the classic principles** you want to build habits around: control the centre with a pawn, develop knights before bishops, aim pieces at the weak f7 square, and castle quickly.
- **The ideas are simple.** White usually plays c3 and d4 to build a strong centre, or plays slowly with d3, castles, and manoeuvres.
- **It scales.** World champions still play it, so you won't have to replace it as you improve.
- **It leads to open positions** with tactics, which is where most games at your rating are decided.

Start by learning the first 6-8 moves of the main ideas and, more importantly, *why* each move is played. Against 1...e5 players who don't reply 2...Nc6, you'll still follow the same principles: develop, castle, control the centre."""),
("human", """OK. What do I do if Black plays 3...Bc5?"""),
("human", """Also, someone mentioned the "Fried Liver Attack" — should I be learning that?"""),
("gpt", """Good questions, taking them in order.

**After 3...Bc5 (the Giuoco Piano)** you have two sensible plans:
1. **Slow and solid (Giuoco Pianissimo):** 4. c3 Nf6 5. d3 d6 6. O-O O-O 7. Re1, then often a4, h3 and Nbd2-f1-g3. You keep a solid structure and build up before breaking with d4 later.
2. **Central and sharp:** 4. c3 Nf6 5. d4 exd4 6. cxd4 Bb4+ 7. Bd2 (or 7. Nc3). You get a big centre, but you need to know some tactics.

At 900, the first plan is easier; learn the ideas rather than exact move orders.

**The Fried Liver** comes up after **3...Nf6 4. Ng5 d5 5. exd5 Nxd5?! 6. Nxf7!** (sacrificing a knight to drag Black's king into the open). It's fun and wins many games at your level, because most opponents don't know that 5...Na5! is the main line. It's worth knowing the first few moves, but don't build your whole repertoire on it: stronger opponents will play 5...Na5 or avoid 3...Nf6, and you'll need the normal Italian ideas anyway."""),
("human", """How should I practice so it actually sticks?"""),
("gpt", """A routine that works for most club players:

1. **Play it in every game as White** for the next month, in 10+5 or 15+10 rapid so you have time to think.
2. **Review every Italian game afterwards** using the Chess.com or Lichess analysis: find the first move where you left known territory and check what the engine suggests, then ask *why* it's better.
3. **Build a small file** (Lichess studies are free) with the lines you've actually faced, adding a short note about the idea behind each key move.
4. **Study model games.** Search for classical Giuoco Piano games, e.g. by Carlsen or Caruana, and play through them slowly, guessing each White move.
5. **Do tactics daily**, 15-20 minutes of puzzles. In the Italian, most games are decided by a tactic on f7 or along the e-file, not by deep opening knowledge."""),
])

add("structure", "ar", "خلل بنيوي: المحادثة تنتهي بدور للمستخدم (سؤال عن التسميد) دون رد من المساعد.", roles=[
("human", """زرعت شجرة زيتون صغيرة عمرها سنتان في حديقة البيت في عمّان قبل شهر. كم مرة أسقيها في الصيف؟"""),
("gpt", """الشجرة المزروعة حديثًا تحتاج إلى ري أكثر انتظامًا من الشجرة الكبيرة، لأن جذورها لم تنتشر بعد في التربة.

**في السنة الأولى، خلال الصيف في عمّان:**
- اسقها **مرة إلى مرتين في الأسبوع** ريًّا عميقًا، بحوالي **20 إلى 30 لترًا** في كل مرة، بحسب حرارة الجو ونوع التربة.
- اسقِ ببطء حول الجذع في دائرة قطرها نحو متر، حتى يتسرّب الماء إلى عمق 40 إلى 50 سم، بدلًا من رشّ كميات قليلة يوميًا.
- أفضل وقت للري هو **الصباح الباكر** أو بعد غروب الشمس لتقليل التبخّر.

**كيف تعرف أنها تحتاج ماء؟** احفر بإصبعك أو بعصا صغيرة إلى عمق 10 سم قرب الجذع؛ إذا كانت التربة جافة تمامًا فاسقِها.

**تنبيه:** الزيتون لا يحب الماء الراكد. إذا كانت التربة طينية ثقيلة، قلّل عدد مرات الري وتأكد من عدم تجمّع الماء حول الجذع، لأن ذلك قد يسبب تعفّن الجذور.

بعد السنة الثانية أو الثالثة، عندما تتعمق الجذور، يمكنك التباعد إلى مرة كل أسبوعين تقريبًا في الصيف."""),
("human", """الأوراق من تحت بدأت تصفرّ وتسقط. هل هذه مشكلة؟"""),
("gpt", """ليس بالضرورة. تساقط بعض الأوراق السفلية القديمة أمر طبيعي، خاصة بعد **صدمة الزراعة** في الشهر الأول، لأن الشجرة تتخلص من جزء من أوراقها لتوازن بين الجذور والمجموع الخضري.

لكن راقب هذه العلامات:
- **اصفرار مع تربة مبتلّة دائمًا:** غالبًا زيادة في الري أو سوء تصريف. قلّل الري فورًا.
- **اصفرار مع تربة جافة جدًا وأوراق ملتفّة:** نقص في الماء.
- **اصفرار الأوراق الجديدة في الأعلى** وليس القديمة فقط: قد يدل على نقص الحديد أو النيتروجين، وهو شائع في التربة الكلسية في الأردن.
- **بقع بنية أو دوائر على الأوراق:** قد تكون إصابة فطرية مثل **عين الطاووس**، وتحتاج رشًّا بمركّب نحاسي في الخريف.

إذا كان التساقط محدودًا في الأوراق السفلية والنموات الجديدة في الأعلى خضراء وسليمة، فالشجرة على الأغلب بخير وتتأقلم."""),
("human", """وهل أحتاج أقلّم الشجرة هذه السنة؟"""),
("gpt", """في السنة الأولى بعد الزراعة يُفضّل **تقليمًا خفيفًا جدًا** فقط:

- أزل **السرطانات**، وهي الأفرع التي تنمو من قاعدة الجذع أو من الجذور.
- أزل الأفرع **الجافة أو المكسورة**.
- إذا كنت تريد شكل **الكأس** المفتوح (الأكثر شيوعًا في الزيتون)، اختر من 3 إلى 4 أفرع رئيسية موزّعة حول الجذع على ارتفاع 60 إلى 80 سم، واترك الباقي دون قصّ قوي هذه السنة.

**أفضل توقيت:** أواخر الشتاء وبداية الربيع، في شهري شباط وآذار تقريبًا، بعد انتهاء خطر الصقيع وقبل بداية النمو القوي. تجنّب التقليم في الصيف الحار لأنه يعرّض الجذع والأفرع لحروق الشمس.

التقليم القوي في السنوات الأولى يؤخر الإثمار، لذا كلما كان التدخّل أقل الآن كان أفضل."""),
("human", """طيب، ومتى وكيف أسمّدها؟ وهل السماد البلدي (روث الأغنام) مناسب لها؟"""),
])

# ---------------------------------------------------------------- REPETITION (3)

add("repetition", "en", "Repetition in turn 4: the user re-asks, in other words, whether rolling the 401(k) into an IRA is taxable (answered in turn 2), and the assistant re-explains the same direct/indirect rollover rules.", [
"""I just left my job and have about $62,000 in my old employer's 401(k). What are my options?""",
"""You have four main options:

1. **Leave it where it is.** Most plans allow this if your balance is over $7,000. It keeps working, but you can't add to it, and you're stuck with the plan's fund menu and fees.
2. **Roll it into your new employer's 401(k)**, if the new plan accepts rollovers. Keeps everything in one place and preserves some advantages: 401(k)s have strong creditor protection, and if you leave that employer in or after the year you turn 55, you can withdraw without the 10% penalty.
3. **Roll it into an IRA** at a brokerage of your choice. This usually gives you the widest choice of low-cost investments and keeps things simple if you change jobs again.
4. **Cash it out.** Generally a bad idea: the whole amount would be taxed as ordinary income, plus a 10% early-withdrawal penalty if you're under 59½. On $62,000 you could easily lose $20,000 or more.

For most people the choice comes down to options 2 and 3. Compare the new plan's fund expense ratios against what you'd get in an IRA; if the new plan offers index funds under about 0.10%, rolling into it is perfectly good.""",
"""If I roll it into an IRA, will I owe taxes on it?""",
"""Not if you do it the right way. There are two methods:

**Direct rollover (recommended).** You ask the old plan to send the money directly to your IRA provider, either electronically or as a check made payable to the new custodian "FBO" (for the benefit of) you. No taxes are withheld and nothing is taxable. You'll receive a Form 1099-R next year showing the distribution with code G, which tells the IRS it was a direct rollover.

**Indirect rollover (avoid if you can).** The plan pays you. In that case:
- It must **withhold 20%** for federal taxes, so from $62,000 you'd receive $49,600.
- You have **60 days** to deposit the **full $62,000** into the IRA, which means making up the missing $12,400 from your own savings. You get the withheld amount back as a refund when you file.
- Anything not deposited within 60 days is taxed as income and, if you're under 59½, hit with the 10% penalty.

So: call your old plan administrator, say you want a **direct rollover to a traditional IRA**, and have your IRA account number ready. Open the IRA first so you have that number.""",
"""Which brokerage should I use for the IRA?""",
"""Any of the big three low-cost brokerages is a good choice: **Fidelity**, **Charles Schwab** or **Vanguard**. All three offer:
- no account fees or minimums for IRAs,
- commission-free trading of stocks and ETFs,
- their own low-cost index funds, many with expense ratios under 0.05%,
- rollover specialists who will contact your old plan for you.

Small differences: Fidelity has zero-expense-ratio index funds and a very good app; Schwab has strong customer service and branches in many cities; Vanguard pioneered index funds and is popular with buy-and-hold investors but its website is considered clunkier. Pick whichever interface you like; the difference in long-term outcomes will be negligible.""",
"""And just so I'm clear, moving the money out of the old plan and into the IRA won't create a tax bill, right?""",
"""Right, as long as it goes in as a rollover. The key is how the money moves:

- **Direct rollover:** the old plan sends the funds straight to your new IRA, or mails a check payable to the brokerage for your benefit. Nothing is withheld and nothing is taxed. The 1099-R you get next year will be coded G so the IRS knows it wasn't a withdrawal.
- **Indirect rollover:** if the plan pays you instead, it's required to hold back 20%, so you'd get about $49,600. You'd then have 60 days to put the full $62,000 into the IRA, covering the $12,400 gap yourself, and you'd get the withholding back at tax time. Whatever doesn't make it into the IRA within 60 days becomes taxable income, plus the 10% penalty if you're under 59½.

So ask for a direct rollover to a traditional IRA and you won't owe anything.""",
"""Once it's in the IRA, what should I actually invest it in?""",
"""For most people, the simplest good option is a single **target-date index fund** matching roughly the year you expect to retire, e.g. Fidelity Freedom Index 2060, Schwab Target Index 2060, or Vanguard Target Retirement 2060. It holds a diversified mix of US and international stocks and bonds and gradually becomes more conservative as you near retirement. Expense ratios are around 0.08-0.12%.

If you prefer more control, the classic **three-fund portfolio** works well:
- US total stock market index fund (e.g. 60%),
- international stock index fund (e.g. 30%),
- US bond index fund (e.g. 10%), adjusted to your risk tolerance and age.

Whatever you choose, make sure the money is actually **invested** after the rollover arrives. Rolled-over cash often sits in a money-market "core position" until you buy something, and people sometimes leave it there for years by mistake.""",
"""Oh, I forgot: about $8,000 of the balance is in a Roth 401(k). Does that change anything?""",
"""Yes, that part has to go to a **Roth IRA**, not the traditional IRA. Roth money keeps its tax-free status only if it stays in a Roth account.

- Ask the plan administrator to split the rollover: the pre-tax portion (about $54,000) to your traditional IRA and the Roth portion ($8,000) to a Roth IRA at the same brokerage. Both can be done as direct rollovers in one request.
- Open the Roth IRA first. It can be a new account even if you've never contributed to a Roth IRA.
- **Five-year rule:** qualified tax-free withdrawals of earnings from a Roth IRA require that your *first* Roth IRA has been open for five years. Time in the Roth 401(k) doesn't count toward it, so if this is your first Roth IRA, the clock starts now. That only matters for withdrawals before retirement; your contributions can always come out tax- and penalty-free."""])

add("repetition", "en", "Repetition in turn 4: after answering the crate question, the assistant pastes a near-verbatim copy of the five bite-training steps it already gave in turn 2.", [
"""We just got a 10-week-old Labrador puppy and she bites our hands constantly. Is that normal?""",
"""Completely normal. Puppies explore the world with their mouths, and at 10 weeks she's also starting to teethe; her adult teeth come in between about 12 and 24 weeks. Play-biting usually peaks around 12-16 weeks and fades by 6-7 months with consistent training.

It's actually useful: this is when she learns **bite inhibition**, how hard she can use her mouth before it hurts. Puppies learn it from littermates, who yelp and stop playing when bitten too hard. Your job is to continue that lesson, teaching her that human skin is very sensitive and that teeth on skin ends the fun.

Labradors are notoriously mouthy as puppies, so you're in good company.""",
"""How do I teach her to stop?""",
"""Here's what works for most puppies:

1. **Redirect to a toy.** Keep a rope toy or soft chew within reach and offer it whenever she goes for your hands. Praise her when she bites the toy instead.
2. **End play when teeth hit skin.** Say "ouch" in a calm voice, take your hands away, and turn away or stand still for 10-20 seconds. Then resume gently. She learns that biting makes the game stop.
3. **Use a short time-out if she's overexcited.** If she keeps biting, calmly put her in her playpen or crate with a chew for a few minutes. It's a reset, not a punishment.
4. **Make sure she sleeps enough.** Puppies need 18-20 hours of sleep a day. Overtired puppies bite much more, so enforce naps.
5. **Never punish physically.** Don't hold her mouth shut, tap her nose or push her away roughly; it makes many puppies bite harder or become fearful of hands.

Make sure everyone in the family follows the same rules, especially kids, who tend to squeal and run, which looks like a great game to a puppy.""",
"""She's worst in the evening, like 7 to 9 p.m. Any specific tips for that?""",
"""That's the classic puppy "witching hour," and it's almost always about being overtired and overstimulated after a busy day.

- **Schedule a nap before it starts.** Put her in her crate or pen around 6:30 with a stuffed frozen Kong (kibble soaked and mixed with a spoon of plain yoghurt, then frozen). Licking is calming, and she'll often fall asleep afterwards.
- **Swap wild play for brain games.** Scatter part of her dinner on a snuffle mat or in the grass; 10 minutes of sniffing tires her out more than 30 minutes of fetch.
- **Do a short training session.** Five minutes of "sit", "down" and name recognition with treats is mentally tiring.
- **Lower the energy in the house.** Rough play with kids right before bedtime winds her up further.

If she's frantic and nothing works, she almost certainly needs sleep. Calmly crate her with a chew and dim the lights.""",
"""How do I get her to sleep through the night in the crate?""",
"""At 10 weeks she physically can't hold her bladder all night yet, so aim for "settles quickly and goes back to sleep" rather than "sleeps 8 hours straight." A rough guide is her age in months plus one, so about 3 hours now.

- **Put the crate in your bedroom** for the first few weeks. Hearing and smelling you helps her settle, and you'll hear when she needs to go out.
- **Last potty break right before bed**, around 11 p.m., and no water in the last hour.
- **Set an alarm for one night break** around 3 a.m. rather than waiting for her to cry. Carry her out, let her pee, no talking, no play, straight back in.
- **Make the crate cosy:** a blanket, a chew, and a cover over three sides.
- **Tire her out in the evening** with sniffing and training, not wild play.

By 14-16 weeks most puppies can manage 5-6 hours.

And for the biting, here's what works for most puppies:

1. **Redirect to a toy.** Keep a rope toy or soft chew within reach and offer it whenever she goes for your hands. Praise her when she bites the toy instead.
2. **End play when teeth hit skin.** Say "ouch" in a calm voice, take your hands away, and turn away or stand still for 10-20 seconds. Then resume gently, so she learns biting makes the game stop.
3. **Use a short time-out if she's overexcited.** If she keeps biting, calmly put her in her playpen or crate with a chew for a few minutes. It's a reset, not a punishment.
4. **Make sure she sleeps enough.** Puppies need 18-20 hours of sleep a day, and overtired puppies bite much more.
5. **Never punish physically.** Don't hold her mouth shut, tap her nose or push her away roughly.""",
"""When can she start puppy classes?""",
"""Most good puppy classes accept puppies about **7 days after their first set of vaccinations**, often from 9-10 weeks, because the classes use cleaned indoor floors and only vaccinated puppies. So she can likely start now or within a week or two.

It's worth not waiting: the **socialisation window**, when puppies accept new people, dogs, sounds and places most easily, closes around **12-16 weeks**. A class gives her safe contact with other puppies, which is also the best teacher of bite inhibition.

Look for a trainer who uses reward-based methods (certifications like CPDT-KA or membership of a positive-training association), keeps groups small (6-8 puppies), and includes supervised puppy play by size."""])

add("repetition", "ru", "Повтор в 4-м ходе: пользователь другими словами снова спрашивает, какую финишную шпаклёвку выбрать (уже разобрано во 2-м ходе), и ассистент пересказывает тот же ответ.", [
"""Хочу сам подготовить стены под покраску в квартире, в комнате 18 м². Старые обои уже снял. С чего начать?""",
"""Хороший проект для самостоятельной работы. Общая последовательность такая:

1. **Очистка.** Смойте остатки клея от обоев тёплой водой с губкой, удалите отслаивающуюся краску и осыпающуюся штукатурку. Простучите стены: если где-то звучит пусто, этот участок лучше вскрыть и заштукатурить заново.
2. **Оценка ровности.** Приложите правило длиной 2 м в разных направлениях. Перепады до 3-5 мм выводятся шпаклёвкой, больше, уже штукатуркой.
3. **Грунтовка глубокого проникновения.** Наносится валиком, сохнет 2-4 часа. Она укрепляет основание и улучшает сцепление.
4. **Стартовая шпаклёвка** (если нужно) слоем до 5-10 мм для выравнивания крупных неровностей, с армирующей сеткой на трещинах.
5. **Финишная шпаклёвка** в один-два тонких слоя, 1-2 мм, для гладкой поверхности под покраску.
6. **Шлифовка** после полного высыхания.
7. **Повторная грунтовка** перед покраской, чтобы краска легла равномерно и расход был меньше.

На комнату 18 м² с высотой потолков 2,7 м это примерно 45-50 м² стен за вычетом окна и двери. Закладывайте на всю подготовку 5-7 дней с учётом высыхания.""",
"""Какую финишную шпаклёвку выбрать: гипсовую или полимерную?""",
"""Для сухой жилой комнаты подойдут обе, выбор зависит от опыта и бюджета.

**Гипсовая (сухая смесь, например Knauf HP Finish, Волма Финиш):**
- дешевле, мешок 25 кг стоит заметно меньше полимерной;
- замешивается водой, жизнеспособность раствора обычно 40-60 минут, потом он схватывается, поэтому замешивать нужно небольшими порциями;
- допускает слой чуть толще, до 3-5 мм;
- хорошо шлифуется, но пылит.

**Полимерная (готовая паста в ведре или сухая полимерная, например Vetonit LR+, Sheetrock):**
- даёт самую гладкую поверхность, идеальна под покраску;
- у готовых паст нет спешки: материал не схватывается в ведре, его можно использовать несколько дней, если закрывать крышкой;
- наносится тонко, 0,2-2 мм;
- легко шлифуется, меньше усадка;
- дороже.

**Совет новичку:** если стены уже выровнены стартовым слоем, возьмите **полимерную** для финиша: с ней проще добиться гладкости, и ошибки меньше заметны. Гипсовую разумно брать, если нужно много материала на большую площадь и вы уверенно работаете шпателем. Для ванной ни та, ни другая не подходят; там используют цементные составы.""",
"""Как правильно шлифовать, чтобы не было полос и ямок?""",
"""Несколько правил:

1. **Дождитесь полного высыхания**, обычно 12-24 часа, в зависимости от толщины слоя и влажности. Недосохшая шпаклёвка забивает сетку и рвётся.
2. **Абразив:** для финишного слоя абразивная сетка или шкурка **P150-P180**, для последнего прохода **P220**. Крупнее, чем P120, на финише не используйте, останутся риски.
3. **Инструмент:** ручная тёрка с ровной подошвой. Для большой площади удобна шлифовальная машинка с пылесосом, но новичку легче контролировать ручную тёрку.
4. **Движения:** круговые или крест-накрест, без сильного нажима. Не задерживайтесь долго на одном месте, иначе образуется ямка.
5. **Подсветка:** держите яркую лампу или фонарь **сбоку под острым углом** к стене. Все бугорки и ямки будут отбрасывать тени. Отмечайте их карандашом и подправляйте.
6. **Пыль:** после шлифовки обметите стену щёткой или пропылесосьте, прежде чем грунтовать.

И обязательно работайте в респираторе и очках.""",
"""Слушай, так для последнего слоя всё-таки что лучше брать: на гипсе или готовую полимерную?""",
"""Если коротко, для финиша лучше полимерная, но давайте ещё раз сравним.

**Гипсовая сухая смесь** обходится дешевле, её разводят водой, и работать с ней нужно быстро: примерно через 40-60 минут раствор схватывается, поэтому замешивают понемногу. Её можно класть чуть толще, до 3-5 мм, шлифуется она неплохо, но даёт много пыли.

**Полимерная**, особенно готовая паста в ведре, дороже, зато даёт максимально гладкую поверхность под покраску. Она не схватывается в ведре, так что можно спокойно работать несколько дней, главное закрывать крышку. Слой тонкий, от 0,2 до 2 мм, усадка меньше, шлифуется легко.

Поэтому если стены уже выровнены стартовой шпаклёвкой и опыта немного, берите **полимерную**: гладкость получить проще. Гипсовая имеет смысл при большой площади и уверенной работе шпателем. Для санузла ни та, ни другая не подходит, там нужны цементные составы.""",
"""Сколько ждать после последней грунтовки, прежде чем красить?""",
"""Обычно достаточно **2-4 часов** для акриловой грунтовки при комнатной температуре около 20 °C и нормальной влажности, но точное время указано на банке; лучше ориентироваться на него. Если в комнате прохладно или сыро, подождите до 12 часов.

Пара советов для покраски: держите температуру в помещении не ниже +10 °C, избегайте сквозняков и прямого солнца, а краску наносите в два слоя с интервалом, указанным производителем, обычно 2-4 часа."""])

# ---------------------------------------------------------------- NON_ANSWER (3)

add("non_answer", "en", "Non-answer in turn 2: asked how many minutes a day to practise piano, the assistant only restates the question and says it matters, with no number or guidance.", [
"""I'm 41 and just bought a digital piano. I've never played before. Where should I start: lessons, an app, or YouTube?""",
"""Congratulations, 41 is a great age to start; adults often progress faster than kids in the first year because they practise deliberately and understand theory concepts quickly.

All three can work, but they do different jobs:
- **A teacher** (in person or online) is the best option if you can afford it, typically $30-60 for a 30-minute lesson. A teacher catches posture and hand-tension problems early, which are very hard to fix later, and keeps you accountable.
- **Apps** like Simply Piano, Flowkey or Playground Sessions are great for motivation and daily practice. They listen through your piano's USB/MIDI connection and give instant feedback, but they focus on getting the right notes and teach technique poorly.
- **YouTube** has excellent free material (channels like Pianote or Bill Hilton), but without structure it's easy to jump around.

A good combination for many adults: a **method book** like *Alfred's Adult All-in-One Course, Level 1* as your backbone, plus either a lesson every two weeks or an app for daily practice, with YouTube for specific questions.""",
"""How many minutes a day should I practise?""",
"""That's one of the most common questions adult beginners ask, and it's a really good one to be thinking about right at the start. How much you practise each day has a big effect on how quickly you progress, so it's definitely worth getting this right for yourself. The right amount of daily practice is something every learner has to work out, and it's great that you're already thinking about building it into your routine.""",
"""My fingers feel really clumsy, especially my left hand. Is there anything specific I can do for that?""",
"""Very normal. Almost everyone's non-dominant hand lags at first. Some targeted exercises:

1. **Five-finger patterns.** Place your left hand on C-D-E-F-G and play up and down slowly, 5-4-3-2-1-2-3-4-5, making each note equally loud. Then do the same starting on G, D and A.
2. **Left hand alone first.** When learning a new piece, practise the left-hand part separately until it's comfortable before putting hands together.
3. **Slow practice with a metronome.** Start at a tempo where you make no mistakes, even 50 bpm, and raise it by 4-5 bpm only when it feels easy.
4. **Finger independence:** hold down all five fingers on keys and lift one finger at a time, gently, without the others moving.
5. **Stay relaxed.** Clumsiness often comes from tension. Check that your wrist is level, your shoulders are down, and your fingers are curved as if holding a ball.

You'll notice a real difference in 3-4 weeks of regular practice.""",
"""Should I learn to read sheet music or just play by ear?""",
"""Learn to read, and use your ear alongside it. Reading gives you access to the huge amount of written piano music and makes lessons and method books usable; for most adults it's the faster route to playing real pieces. Playing by ear trains your musical memory and helps you improvise and play pop songs from chords.

A practical balance: learn to read with your method book (treble and bass clef, note values, key signatures), and once a week try to pick out a simple melody you know, like "Happy Birthday", by ear. Learning basic chords (C, F, G, A minor) will also let you accompany songs from lead sheets quickly."""])

add("non_answer", "en", "Subtle non-answer in the last turn: asked whether to repot now or wait until spring, the assistant lists the factors back to the user and gives no recommendation or information.", [
"""My fiddle leaf fig has brown spots in the middle of some leaves, and a few lower leaves have dropped. What's wrong?""",
"""Brown spots in the **middle** of the leaf, especially if they're dark, soft or spreading, are most often a sign of **root rot from overwatering**. Fiddle leaf figs are very prone to it, and dropping lower leaves fits the same picture.

Compare with the other common causes:
- **Dark brown spots mid-leaf, sometimes with yellowing around them:** overwatering or poor drainage.
- **Crispy, light brown edges:** underwatering or very low humidity.
- **Pale, scorched patches on leaves facing the window:** sunburn, often after moving the plant to a sunnier spot.
- **Red-brown speckles on new leaves:** harmless "edema" from uneven watering, usually fades.

**Check the soil:** push a finger or a wooden chopstick 5 cm into the pot. If it's still damp several days after watering, or the pot has no drainage hole, overwatering is very likely. Also sniff the soil; a sour, swampy smell suggests rot.""",
"""The soil is still wet after 6 days and it smells a bit sour. What should I do?""",
"""That points to root rot, so act now:

1. **Take the plant out of the pot** and gently shake off the wet soil.
2. **Inspect the roots.** Healthy roots are firm and light tan or white. Rotten ones are dark brown or black, mushy, and may slip off when you pinch them.
3. **Cut away all rotten roots** with clean, sharp scissors, wiping the blades with rubbing alcohol between cuts.
4. **Repot in fresh, fast-draining mix**, e.g. 2 parts indoor potting soil, 1 part perlite and 1 part orchid bark, in a pot with drainage holes that's only slightly bigger than the remaining root ball.
5. **Water lightly** once, then wait until the top 5 cm are dry before watering again, often every 7-10 days in a bright room.

If more than about half the roots are rotten, the plant may struggle; you can take a stem cutting as insurance.""",
"""I looked and only a few roots are mushy, maybe 10%. Do I have to repot right now, or can I wait until spring when it's supposedly better for repotting?""",
"""Whether to repot now or hold off until spring really comes down to a few things: the condition of the roots, the time of year, and how the plant is coping overall. Spring is often mentioned as the best time for repotting, while root problems are something you want to keep an eye on, so it's a question of balancing the two. Every plant and situation is a bit different, so it's worth weighing these factors carefully and deciding what feels right for your fiddle leaf fig."""])

add("non_answer", "es", "Non-answer en el primer turno: al preguntar cómo darse de baja del gimnasio, el asistente solo reformula la pregunta y la valida sin dar ningún paso.", [
"""Quiero darme de baja de mi gimnasio (una cadena grande, pago mensual domiciliado). ¿Cómo lo hago para que no me sigan cobrando?""",
"""Entiendo perfectamente: quieres darte de baja de tu gimnasio y asegurarte de que no te sigan cobrando las cuotas mensuales domiciliadas. Es una situación muy habitual y es normal que te preocupe hacerlo bien, porque nadie quiere encontrarse con cargos inesperados en su cuenta. Darse de baja de un gimnasio es un trámite importante y conviene tenerlo claro antes de dar el paso.""",
"""Tengo permanencia de 12 meses y llevo 8. ¿Me pueden cobrar una penalización?""",
"""Depende de lo que diga exactamente tu contrato, pero hay reglas que te protegen:

- **La permanencia es válida** si la aceptaste expresamente al darte de alta, normalmente a cambio de una cuota más baja o sin matrícula. Revisa el contrato o las condiciones que firmaste en la app o en recepción.
- **La penalización debe ser proporcional.** Según la normativa de consumo, no pueden cobrarte todas las cuotas pendientes como si siguieras siendo socio, sino una cantidad que refleje el descuento que recibiste. Por ejemplo, si no pagaste 60 € de matrícula por aceptar la permanencia, lo razonable es que te reclamen como máximo la parte proporcional: con 4 de 12 meses pendientes, unos 20 €.
- **Cláusulas abusivas:** si el contrato dice que pagarás todas las cuotas restantes, puedes reclamarlo ante la oficina de consumo de tu comunidad autónoma.

Pide por escrito el cálculo exacto de la penalización antes de pagar nada.""",
"""¿Y si me mudo a otra ciudad donde no tienen centros?""",
"""Es uno de los motivos con más peso para que te eximan de la permanencia. Muchas cadenas lo prevén en sus condiciones como causa justificada de baja, igual que una enfermedad o lesión que impida entrenar.

Qué hacer:
1. **Revisa las condiciones generales** buscando apartados como "causas justificadas" o "traslado de domicilio".
2. **Aporta una prueba:** certificado de empadronamiento en la nueva ciudad, contrato de alquiler o un contrato de trabajo allí.
3. **Comunícalo por escrito** (email a atención al cliente, burofax o formulario de la web) y guarda el justificante.
4. Si insisten en cobrarte la penalización pese a no tener centros en tu nueva ciudad, puedes presentar una **hoja de reclamaciones** y acudir a consumo; estos casos suelen resolverse a favor del cliente.

Y no olvides revisar tu cuenta el mes siguiente: si te pasan un cargo indebido, puedes devolver el recibo desde tu banco hasta 8 semanas después del cargo."""])

# ---------------------------------------------------------------- MISALIGNED (3)

add("misaligned", "en", "Subtle swap: the replies to turns 2 and 3 are exchanged (turn 2 asks where to place the satellites but gets the SSID/band answer; turn 3 asks about band names but gets the placement answer).", [
"""We live in a three-storey townhouse and the ISP router is in the basement. Wi-Fi on the top floor is basically dead. Is a mesh system the answer?""",
"""Very likely, yes. A three-storey townhouse with the router in the basement is close to the worst case for a single router: Wi-Fi has to pass through two floors, and floors (especially with ductwork, pipes or concrete) absorb far more signal than walls.

A mesh system uses several units that work as one network. You keep one unit connected to your ISP router and place the others around the house; your devices roam between them automatically under a single network name.

What to look for:
- **Wi-Fi 6 or 6E** support, so newer phones and laptops get the speed benefit.
- **Ethernet backhaul** option: if you have any Ethernet cabling between floors, wiring the units together gives much better speed than a wireless link.
- **A 3-pack** for three floors. Popular choices are the Eero 6+, TP-Link Deco X55, Google Nest Wifi Pro and Asus ZenWiFi.

Expect roughly $200-300 for a good 3-pack. Before you buy, run a speed test right next to the router; if it's much lower than your plan, the issue is the internet line, not the Wi-Fi.""",
"""We got a 3-pack of Eero 6+. Where should I put the two satellite units?""",
"""Keep them under **one network name**, which is the default on Eero; in fact Eero doesn't let you split the bands into separate names at all.

With a single name, the system uses **band steering**: it automatically puts devices that support 5 GHz onto the faster 5 GHz band when they're close enough, and shifts distant devices or older gadgets to 2.4 GHz, which travels further through floors but is slower. As you walk around the house, your phone moves between bands and units without you doing anything.

The only common problem is **smart-home devices** like some plugs, bulbs and cameras that only support 2.4 GHz and sometimes fail to connect during setup on a combined network. If that happens, Eero has a temporary "pause 5 GHz" option in the app (under Settings > Troubleshooting > My device won't connect) that turns off 5 GHz for 10 minutes so the device can join. After setup it will stay connected normally.""",
"""Should I keep the 2.4 GHz and 5 GHz bands under one network name or split them?""",
"""Think of each satellite as a relay: it needs a strong signal from the unit before it to pass good speed along.

- **Main unit:** connected to the ISP router in the basement. If possible, put the main Eero on a shelf rather than the floor, and as close to the stairwell as the cable allows.
- **Satellite 1 on the ground floor**, roughly above the main unit and toward the centre of the house, ideally near the stairs. Open stairwells carry signal between floors far better than solid floors.
- **Satellite 2 on the top floor**, again near the stairwell, so it's one floor away from satellite 1, not two floors from the basement.

General rules: keep them in the open, not inside cabinets or behind the TV; about 1-1.5 m off the ground is ideal; avoid placing them right next to microwaves, aquariums or large mirrors.

After placing them, open the Eero app: each unit shows a connection quality indicator. If a satellite shows a weak connection, move it closer to the previous unit until it shows good or excellent.""",
"""Do I need to turn off Wi-Fi on the ISP router?""",
"""Yes, ideally. Two things to sort out:

1. **Turn off the ISP router's Wi-Fi.** If both the router and the Eero broadcast networks, they interfere with each other on the same channels, and devices may stick to the weaker router network. Log into the router (often 192.168.0.1 or 192.168.1.1; the details are usually on a sticker) and disable both Wi-Fi bands.
2. **Avoid double NAT.** With two devices both acting as routers, some things like online gaming, port forwarding or VPNs can misbehave. Either put the ISP router into **bridge mode / modem mode** (so the Eero does all the routing), or put the **Eero into bridge mode** in the app (Settings > Advanced > DHCP & NAT > Bridge), which keeps the ISP router in charge.

If your ISP router supports bridge mode, use that: Eero's features like parental controls and device lists work best when the Eero is the router. Some ISP routers, especially those that also handle TV or phone service, don't allow it; then use Eero's bridge mode instead."""])

add("misaligned", "en", "Rotation in turns 3-5: turn 3 (F barre chord) gets the strumming-pattern reply, turn 4 (sore fingertips) gets the barre-chord reply, turn 5 (strumming) gets the sore-fingertips reply.", [
"""I'm three weeks into learning acoustic guitar on my own. Which chords should I focus on first?""",
"""Start with the open chords that appear in thousands of songs and share finger positions, so learning one helps with the next:

1. **E minor (Em)** and **A minor (Am)**: easiest, two and three fingers.
2. **C major** and **G major**: together with Em and Am you can play hundreds of pop songs (G-Em-C-D, C-G-Am-F, etc.).
3. **D major**: a small triangle shape on the top three strings.
4. **E major** and **A major**: Em and Am with one extra finger.

That's seven chords, enough for a huge song list. Learn them in pairs that commonly follow each other: Em-G, C-G, G-D, Am-C.

Aim for clean sound first: press just behind the fret (not on top of it), keep your fingertips upright so they don't mute neighbouring strings, and play each string one at a time to check. Then work on speed. The F chord can wait a few weeks; it's the first real hurdle for everyone.""",
"""Switching between G and C is super slow. Any tips?""",
"""That's the classic first hard change, because every finger has to move. Some tricks:

- **Find the guide finger.** In many fingerings, your ring finger moves from the low E string in G (3rd fret) to the A string in C (3rd fret), just one string over. Lead with it and let the others follow.
- **Practise the change without strumming.** Form G, lift your fingers just off the strings, form C, and repeat slowly 20 times, watching your hand.
- **One-minute changes.** Set a timer for 60 seconds and count how many clean switches you make between G and C. Write it down daily; most people go from around 10 to 30-40 within a couple of weeks.
- **Keep your fingers low.** Fingers that fly far from the fretboard take longer to come back.
- **Use the "cheat" G** (only the top strings, with a different fingering) if you want songs to flow sooner; it makes the switch to C smaller.""",
"""The F chord is impossible. How do I get the barre to ring clearly?""",
"""For most beginner songs, start with a simple pattern that works for almost anything in 4/4 time:

**Down, down-up, up-down-up**, counted as "1, 2 and, and 4 and" (skipping the down-stroke on beat 3).

How to learn it:
1. Keep your strumming hand moving **down and up constantly**, like a pendulum, in time with the beat, even when you don't hit the strings. That's what keeps the rhythm steady.
2. Start by muting the strings with your fretting hand and just strumming the rhythm.
3. Then add one chord, then change chords only on beat 1.
4. Use a metronome at 60-70 bpm and speed up slowly.

Other useful patterns: all **down-strokes** on each beat (great for rock and for practising chord changes), and **down, down, up, up, down, up** for a slightly more syncopated pop feel. Keep your wrist loose and hit fewer strings on the up-strokes, mostly the thinner ones.""",
"""My fingertips are really sore. Should I take a break for a few days?""",
"""The F barre is the first real hurdle for every guitarist, and it's mostly technique, not strength:

1. **Roll your index finger slightly onto its side**, the bony edge toward the headstock. The side is harder and flatter than the soft underside.
2. **Place the barre right behind the fret**, not in the middle of the space.
3. **Use arm weight, not just grip.** Pull back gently with your arm, as if your hand were hanging from the neck, instead of squeezing with your thumb.
4. **Check which strings buzz.** Play string by string. Usually the B and G strings buzz because they fall in a crease of your index finger; shift the finger up or down a few millimetres.
5. **Start with the "small F":** barre only the top two strings at the first fret and play the top four strings. It sounds good and trains the same shape.

Also check your action: if the strings are very high at the first fret, a setup at a music shop (about $40-70) can make barre chords dramatically easier.""",
"""What's a good strumming pattern for simple songs?""",
"""Soreness in the first month is normal, since your fingertips are building calluses, but you don't need to stop completely.

- **Shorter, more frequent sessions** work best: two or three 15-minute sessions a day rather than one long hour.
- **Stop if you feel sharp pain,** see grooves that don't fade, or get blisters; then take a day off.
- **Press only as hard as you need.** Many beginners press far harder than necessary. Try pressing until the note just stops buzzing, then use that pressure.
- **Lower string tension helps:** light-gauge strings (0.011 or 0.010) are much kinder than mediums.
- Avoid soaking your hands in water right before playing, since softened skin hurts more.

Most people find the soreness fades within 2-4 weeks as calluses form."""])

add("misaligned", "de", "Rotation aller vier Antworten: jede Antwort gehört zur vorherigen Frage (Frage 1 erhält die Wartungsantwort von Frage 4, Frage 2 die E-Bike-Typ-Antwort usw.).", [
"""Ich pendle 12 km zur Arbeit, teilweise hügelig, und will aufs E-Bike umsteigen. Was für ein Modell brauche ich?""",
"""Als Faustregel gilt: **mindestens einmal im Jahr** eine Inspektion in der Fachwerkstatt, bei täglichem Pendeln eher **zweimal**, also im Frühjahr und im Herbst. Das kostet meist 60 bis 120 € plus Verschleißteile.

Dazwischen kannst du selbst viel erledigen:
- **Reifendruck** alle ein bis zwei Wochen prüfen; der richtige Bereich steht auf der Reifenflanke. Zu wenig Druck kostet Reichweite und erhöht das Pannenrisiko.
- **Kette** alle 200 bis 300 km reinigen und ölen. E-Bikes verschleißen Ketten schneller, oft nach 2.000 bis 3.000 km.
- **Bremsen** regelmäßig prüfen: Beläge von Scheibenbremsen halten bei E-Bikes oft nur 1.000 bis 2.000 km.
- **Software-Updates** für den Motor lässt du bei der Inspektion mitmachen.

Den Akku pflegst du am besten, indem du ihn bei Zimmertemperatur lagerst und im Winter nicht in der kalten Garage lädst.""",
"""Reicht ein Akku mit 500 Wh?""",
"""Für 12 km mit Steigungen empfehle ich ein **Trekking- oder City-E-Bike mit Mittelmotor**:

- **Mittelmotor** (z. B. Bosch Performance Line, Shimano EP oder Yamaha) statt Nabenmotor: Er nutzt die Gangschaltung, zieht am Berg deutlich besser und das Rad fühlt sich natürlicher an.
- **Drehmoment** von mindestens 60 bis 85 Nm für hügelige Strecken.
- **Pedelec bis 25 km/h**: Es gilt rechtlich als Fahrrad, also ohne Versicherungskennzeichen, Helmpflicht oder Führerschein. Ein S-Pedelec bis 45 km/h wäre schneller, darf aber nicht auf Radwege und braucht Kennzeichen und Helm.
- **Ausstattung für Pendler:** festes Licht, Schutzbleche, Gepäckträger, hydraulische Scheibenbremsen und idealerweise eine Federgabel.

Preislich liegen gute Pendel-E-Bikes meist zwischen 2.500 und 4.000 €. Mach unbedingt eine Probefahrt auf einer Strecke mit Steigung und lass dir die Rahmengröße anpassen. Viele Arbeitgeber bieten außerdem **Dienstrad-Leasing** an, das mit Steuervorteil oft 20 bis 40 % günstiger ist als der Kauf.""",
"""Wie schütze ich es gegen Diebstahl? Lohnt sich eine Versicherung?""",
"""Für deine Strecke ja, mehr als genug. Bei 24 km Hin- und Rückweg pro Tag mit Steigungen verbrauchst du je nach Unterstützungsstufe, Gewicht und Temperatur etwa **8 bis 15 Wh pro Kilometer**, also rund 200 bis 350 Wh pro Tag.

Mit 500 Wh kommst du damit:
- mindestens einen vollen Arbeitstag hin und zurück, auch im Winter,
- bei sparsamer Fahrweise oft zwei Tage ohne Laden.

Praktische Hinweise:
- **Kälte** reduziert die Reichweite um 20 bis 30 %. Lagere den Akku im Winter drinnen und setze ihn erst kurz vor der Fahrt ein.
- **Laden im Büro:** Wenn du dort laden kannst, reicht sogar ein kleinerer Akku; ein zusätzliches Ladegerät kostet etwa 100 bis 150 €.
- Ein Akku mit 625 oder 750 Wh lohnt sich vor allem für lange Freizeittouren, macht das Rad aber 1 bis 1,5 kg schwerer und teurer.""",
"""Wie oft muss ich das E-Bike warten lassen?""",
"""E-Bikes sind bei Dieben sehr beliebt, deshalb lohnt sich beides, ein gutes Schloss und eine Versicherung.

**Schloss und Abstellen:**
- Ein **Bügel- oder Faltschloss** mit hoher Sicherheitsstufe (z. B. ABUS Stufe 12 bis 15) kostet 80 bis 150 €. Als Faustregel: etwa 10 % des Radpreises ins Schloss investieren.
- **Immer an einen festen Gegenstand anschließen**, Rahmen und Hinterrad zusammen.
- Den **Akku mitnehmen**, wenn du länger parkst.
- Einen **GPS-Tracker** (z. B. versteckt im Rahmen) in Betracht ziehen.

**Versicherung:**
- Die Hausratversicherung deckt Fahrraddiebstahl oft nur mit Zusatzklausel und begrenzter Summe, meist 1 bis 3 % der Versicherungssumme, und manchmal nicht nachts zwischen 22 und 6 Uhr.
- Eine **spezielle E-Bike-Versicherung** kostet für ein Rad um 3.000 € etwa 80 bis 150 € im Jahr und deckt oft auch Akku- und Elektronikschäden, Vandalismus und Unfallschäden.
- Rahmennummer notieren, Kaufbeleg und Fotos aufbewahren und das Rad codieren lassen (z. B. beim ADFC)."""])

# ---------------------------------------------------------------- BAD_LENGTH (3)

add("bad_length", "en", "Bad length in turn 2: asked for a sub-8 kg packing list for a September hut-to-hut hike, the assistant replies only 'Pack light.'", [
"""I'm planning to hike the Alta Via 1 in the Dolomites in mid-September, 8 days hut to hut. Is September a good time?""",
"""September is one of the best times. The summer crowds thin out after the Italian holidays in August, the weather is usually more stable than in July-August with fewer afternoon thunderstorms, and the light is beautiful.

Things to know:
- **Hut closures.** Many rifugi close between about September 20 and early October. Check each hut's closing date before booking; for an 8-day trip starting mid-month, you may find one or two already closed and need an alternative.
- **Temperatures.** Expect 10-18°C during the day at 2,000-2,500 m, often near or below freezing at night, and the first snow is possible at altitude by late September.
- **Shorter days.** You'll have about 12 hours of daylight, so start early each day.
- **Booking.** Even in September, book huts in advance, especially Rifugio Lagazuoi and Rifugio Nuvolau, and confirm by email or phone.

Most people walk the route north to south, from Lago di Braies to La Pissa (near Belluno), which puts the most dramatic sections like the Civetta and the Schiara later in the trip.""",
"""What should I pack? I want to keep my pack under 8 kg.""",
"""Pack light.""",
"""Do I need a sleeping bag in the huts?""",
"""Not a full sleeping bag. Rifugi provide mattresses, pillows and blankets or duvets, but most require a **sleeping bag liner** (a "sacco lenzuolo") for hygiene. Many now make it mandatory and will sell or rent you one if you arrive without.

A silk liner weighs about 120-150 g; a cotton one around 300-400 g. Silk is worth it on a trip where you're counting grams. Some huts also provide sheets for an extra charge, but don't count on it.""",
"""What about money and payments in the huts?""",
"""Bring plenty of **cash**. Many rifugi now accept cards, but connections fail often at altitude and some still only take cash.

Budget roughly €70-95 per night for **half board** (dinner, bed and breakfast) in a dormitory, a bit more for a private room. Club members (CAI, Alpenverein, or other clubs with reciprocal rights) usually get a discount of around 10-20% on the overnight price. Add €10-20 a day for lunch, drinks and packed snacks. For 8 days, €800-1,000 per person in cash and card combined is a reasonable plan. The last ATMs are in the valley towns, like Cortina d'Ampezzo, so stock up there."""])

add("bad_length", "en", "Bad length in turn 3: asked what to do right now after the dog ate grapes, the assistant rambles for 250+ words about grape history, tartaric acid research and winemaking without ever saying to call a vet or induce vomiting.", [
"""I have a 9 kg terrier mix. Which human foods are safe to give her as treats?""",
"""Lots of everyday foods make good treats in small amounts:

**Safe options**
- **Plain cooked chicken or turkey**, skinless and boneless.
- **Carrots** (raw or cooked), **green beans**, **cucumber**: crunchy and very low in calories.
- **Apple slices** without seeds or core, **blueberries**, **banana** in small pieces.
- **Plain cooked pumpkin** (not pie filling), good for digestion.
- **Plain, unsalted peanut butter**, but check the label for **xylitol**, which is highly toxic to dogs.
- **Plain cooked rice** or **scrambled egg** without butter or salt.

**Never give**
- **Grapes and raisins** (can cause sudden kidney failure, even in small amounts)
- **Chocolate**, **xylitol** (in sugar-free gum, some peanut butters and baked goods)
- **Onions, garlic, leeks and chives** in any form
- **Macadamia nuts**, **alcohol**, **caffeine**
- **Cooked bones**, which can splinter.

Introduce one new food at a time in small amounts so you can spot anything that upsets her stomach.""",
"""How much of her daily food can be treats?""",
"""The usual guideline is that treats should make up **no more than 10% of her daily calories**.

A moderately active 9 kg dog needs roughly **450-550 kcal a day**, depending on age, activity and whether she's spayed. So her treat budget is about **45-55 kcal**, which is roughly:
- 2 baby carrots (~8 kcal) plus 10 blueberries (~8 kcal) plus a thumb-sized piece of chicken (~25 kcal), or
- 1 teaspoon of peanut butter (~30 kcal) plus a few green beans.

If you give more treats on a training-heavy day, reduce her main meal slightly. Check her body shape every few weeks: you should be able to feel her ribs easily under a thin layer of fat, and see a waist from above.""",
"""Oh no. She just ate maybe 5 grapes that rolled off the counter a minute ago. What should I do right now?""",
"""Grapes are a really fascinating case in veterinary toxicology, because for a long time nobody could explain why they're a problem at all. The link between grapes and kidney trouble in dogs was first noticed in the late 1990s, when the ASPCA Animal Poison Control Center began seeing a pattern in its case records. What puzzled researchers was how inconsistent it was: some dogs ate a whole bunch of grapes with no problems, while others got sick after a handful of raisins.

The leading theory today involves **tartaric acid**. In 2021, veterinarians noticed that dogs who ate homemade play dough made with cream of tartar, which is potassium bitartrate, showed very similar signs, and dogs appear to be unusually sensitive to it. Grapes contain varying amounts of tartaric acid depending on the variety, ripeness and growing conditions, which could explain the inconsistency.

Tartaric acid has an interesting history of its own. It's the same compound that forms the little crystals sometimes found at the bottom of a bottle of white wine or on the underside of a cork, often called "wine diamonds". Winemakers have known about it since antiquity, and in 1848 Louis Pasteur used tartaric acid crystals to discover molecular chirality, the idea that molecules can come in left- and right-handed forms. Grapes themselves have been cultivated for at least 8,000 years, starting in the South Caucasus, and today there are more than 10,000 varieties, from Concord to Thompson Seedless, each with a slightly different chemistry.""",
"""OK, I called the emergency vet and they're inducing vomiting now. What should I watch for over the next few days?""",
"""You did exactly the right thing by getting her seen quickly. After decontamination, vets usually recommend monitoring for **72 hours**, since kidney injury from grapes typically shows up within 24-72 hours if it's going to happen.

Watch for:
- **Vomiting or diarrhoea** that starts or continues after the first day
- **Lethargy**, weakness, or hiding
- **Loss of appetite**
- **Changes in urination:** especially producing *less* urine or none, but also drinking and peeing much more than usual
- **Abdominal pain** (hunched posture, reluctance to be picked up)
- **Bad breath** with an ammonia smell, or mouth ulcers in later stages

Many vets also recommend **blood tests** (kidney values like creatinine and SDMA) at 24, 48 and/or 72 hours, and some keep dogs on IV fluids for 48 hours as a precaution. Follow whatever plan your vet gives you, and call them right away if any of these signs appear."""])

add("bad_length", "ru", "Плохая длина в последнем ходе: на вопрос, какой из трёх ноутбуков выбрать с учётом всего обсуждённого, ассистент отвечает только «Зависит от ваших задач.»", [
"""Я начинающий разработчик (Python, немного веба), хочу купить ноутбук примерно до 120 тысяч рублей. На что смотреть в первую очередь?""",
"""Для разработки на Python и веба важнее всего не видеокарта, а комфорт в долгой работе и запас памяти. Приоритеты такие:

1. **Оперативная память: минимум 16 ГБ.** Браузер с десятком вкладок, IDE (PyCharm или VS Code), Docker и локальная база данных легко съедают 10-12 ГБ. 8 ГБ сегодня будут постоянно упираться в предел. Хорошо, если память можно расширить.
2. **SSD от 512 ГБ**, лучше NVMe. Виртуальные окружения, образы Docker и node_modules быстро занимают место.
3. **Процессор:** любой современный 6-8-ядерный подойдёт: AMD Ryzen 5/7 серий 7000-8000, Intel Core i5/i7 12-13 поколения или Apple M-серии.
4. **Экран:** не меньше Full HD (1920×1080), матрица IPS или OLED, 14-16 дюймов. На экране меньше 14 дюймов с кодом тесно.
5. **Клавиатура и вес:** вы будете печатать часами, поэтому обязательно попробуйте клавиатуру вживую, если есть возможность. Если ноутбук будете носить с собой, смотрите на вес до 1,6-1,8 кг.
6. **Автономность:** от 8 часов реальной работы, если планируете работать вне дома.

Игровые ноутбуки с мощной видеокартой переплачены для ваших задач, тяжёлые и шумные, если только вы не планируете заниматься машинным обучением на GPU.""",
"""Я выбираю между тремя: MacBook Air M2 8/256, Lenovo ThinkPad E14 Gen 5 (Ryzen 7, 16/512) и ASUS Vivobook 16 (Core i5, 16/512). Что скажешь?""",
"""Кратко по каждому:

**MacBook Air M2 8/256**
- Плюсы: отличный экран, тишина (без вентилятора), автономность 12-15 часов, macOS удобна для разработки (Unix-окружение, терминал).
- Минусы: **8 ГБ памяти и 256 ГБ диска** в этой конфигурации станут узким местом, особенно с Docker. Память и диск не расширяются.

**Lenovo ThinkPad E14 Gen 5 (Ryzen 7, 16/512)**
- Плюсы: одна из лучших клавиатур в классе, 16 ГБ памяти, Ryzen 7 с запасом производительности, хорошие порты, в некоторых версиях можно добавить память до 40 ГБ.
- Минусы: экран в базовых версиях средний по яркости, автономность 7-9 часов.

**ASUS Vivobook 16 (Core i5, 16/512)**
- Плюсы: большой экран 16 дюймов, удобно для работы с кодом дома, обычно самый дешёвый из трёх.
- Минусы: корпус из пластика, качество экрана и сборки скромнее, вес около 1,8 кг.""",
"""Я в основном работаю дома, но пару раз в неделю езжу в коворкинг. Docker использую, Linux хотел бы попробовать.""",
"""Это важные детали:

- **Docker** делает 8 ГБ в MacBook Air серьёзным ограничением: Docker Desktop на Mac работает в виртуальной машине и сам по себе занимает 2-4 ГБ. Вариант MacBook с 16 ГБ уже выходит за ваш бюджет.
- **Linux:** на MacBook с чипами M его установить сложно (есть Asahi Linux, но поддержка неполная). На ThinkPad Linux (Ubuntu, Fedora) ставится отлично, Lenovo официально поддерживает многие модели. На Vivobook обычно тоже работает, но с мелкими проблемами вроде драйверов тачпада или сна.
- **Коворкинг пару раз в неделю:** все три переносимы. Vivobook на 16 дюймов самый громоздкий, но для двух поездок в неделю это некритично.

По совокупности ваших задач ThinkPad выглядит наиболее сбалансированным, но окончательное решение за вами.""",
"""Итак, с учётом всего, что мы обсудили, какой из трёх ты бы взял и почему?""",
"""Зависит от ваших задач."""])

# ---------------------------------------------------------------- CONTRADICTION (3)

add("contradiction", "en", "Subtle contradiction in turn 3: the user said in turn 1 they land at Keflavik at 06:40, but the day-1 plan says 'since you land mid-afternoon' and plans around a late arrival.", [
"""We land at Keflavík at 06:40 on September 12 and fly home on the 19th. Should we try the whole Ring Road or stick to the south?""",
"""With seven days I'd stick to the **south**, possibly adding the Snæfellsnes peninsula, rather than the full Ring Road.

The Ring Road (Route 1) is about 1,330 km, which is roughly 17-18 hours of pure driving before any detours. In seven days that's doable, but it means 3-4 hours behind the wheel most days, early starts, and little time to linger. In mid-September daylight is about 12.5 hours and shrinking, and weather can slow you down, especially in the east and north.

Sticking to the south lets you:
- do the **Golden Circle** (Þingvellir, Geysir, Gullfoss) without rushing,
- spend real time on the **South Coast**: Seljalandsfoss, Skógafoss, Reynisfjara black beach, the Vík area,
- reach **Jökulsárlón** glacier lagoon and Diamond Beach, the highlight for many people,
- keep flexible days for weather.

If you want a taste of something different, swap two days of the south for **Snæfellsnes**, about 2 hours north of Reykjavík, often called "Iceland in miniature".""",
"""Let's do the south coast and Golden Circle. Where should we base ourselves?""",
"""Changing base three times keeps driving manageable. A good split for six nights:

- **Nights 1-2: Selfoss or Hella area.** Central for the Golden Circle (Gullfoss is about an hour away) and the first waterfalls on the south coast. Selfoss has supermarkets and restaurants; around Hella there are lovely farm guesthouses.
- **Nights 3-4: Vík or Kirkjubæjarklaustur.** Vík gives you Reynisfjara, Dyrhólaey and the puffin cliffs (puffins have mostly left by mid-September, though). Kirkjubæjarklaustur is quieter and an hour closer to the glacier lagoon.
- **Night 5: near Jökulsárlón,** e.g. at Hof, Skaftafell or Hali. Staying close lets you see the lagoon and Diamond Beach at sunrise without crowds.
- **Night 6: back toward Reykjavík,** so the final drive to the airport (about 45 minutes from the city) isn't stressful. Reykjavík itself is a nice last evening.

Book soon: accommodation along the south coast is limited, and September is still busy.""",
"""What should we do on day 1? We'll be pretty tired after the overnight flight.""",
"""Keep day 1 gentle. Here's a plan that doesn't overload you:

1. **Pick up the rental car** at the airport. Check it carefully for scratches and photograph everything, since Icelandic rental companies are strict about damage.
2. **Food and supplies.** Stop at a Bónus or Krónan supermarket on the way (there's one in Reykjanesbær near the airport and several in Reykjavík) for snacks, water, and breakfast supplies for the next few days. Groceries are far cheaper than eating out.
3. **A warm soak.** Since you land mid-afternoon, you won't have much daylight left, so skip the Golden Circle today and go straight to a geothermal pool. Instead of the Blue Lagoon, consider the **Sky Lagoon** near Reykjavík or the local **Laugardalslaug** pool, which costs a fraction of the price.
4. **Drive to Selfoss** (about an hour from Reykjavík) and check in. On the way, the **Hellisheiði** plateau has dramatic lava fields and steaming vents.
5. **Early night.** A proper meal and sleep; the Golden Circle tomorrow starts best early, ideally reaching Þingvellir by 9 a.m. before tour buses arrive.

Tip: drink lots of water and get outside in daylight, which helps with jet lag.""",
"""Do we need a 4x4 in September?""",
"""Not for this itinerary. Route 1 along the south coast and the Golden Circle roads are fully paved and kept in good condition, so a regular 2WD car is fine in September.

You'd need a 4x4 only if you plan to drive **F-roads**, the mountain roads into the highlands (e.g. to Landmannalaugar). Those are legally restricted to 4x4 vehicles and usually close for the season in September, often by mid-month.

What matters more than 4x4:
- **Gravel protection (GP) insurance**, since stones thrown by passing cars are the most common damage.
- **Sand and ash protection (SAAP)** if windy days are forecast on the south coast, especially between Vík and Skaftafell.
- Checking **road.is** and **vedur.is** every morning for road conditions and wind warnings.""",
"""What are our chances of seeing the northern lights?""",
"""Decent. Mid-September is the start of the aurora season, as nights get properly dark again. You need three things at once:

1. **Darkness:** after about 21:30 in mid-September, best between 22:00 and 02:00.
2. **Clear skies:** the most important factor. Check the **cloud cover forecast on vedur.is**, which also has an aurora forecast page.
3. **Solar activity:** a Kp index of 2-3 is often enough in Iceland; higher is better.

Your south-coast bases are great for this: Hella, Vík and the Jökulsárlón area have very little light pollution. Apps like My Aurora Forecast help, and many guesthouses offer aurora wake-up calls. Photographs often show more colour than the naked eye, so bring a phone with a night mode or a tripod."""])

add("contradiction", "en", "Contradiction in turn 3: turn 1 recommended starting at 220°C and then lowering to 190°C, but turn 3 says 'since you're roasting at a steady 180°C the whole time, as I suggested'.", [
"""I'm roasting a whole chicken for the first time, about 1.8 kg. What temperature and how long?""",
"""For a 1.8 kg chicken, a two-stage roast gives crisp skin and juicy meat:

1. **Preheat the oven to 220°C** (200°C fan / 425°F).
2. **Pat the chicken very dry** with paper towels, inside and out, rub it with a tablespoon of oil or soft butter, and season generously with salt and pepper.
3. **Roast at 220°C for 20 minutes** to start browning the skin.
4. **Lower the heat to 190°C** (170°C fan / 375°F) and roast for another **50-60 minutes**.

Total time is usually **70-80 minutes** for 1.8 kg, but go by temperature rather than time: the chicken is done when the thickest part of the thigh, not touching bone, reaches **74°C (165°F)** on an instant-read thermometer, and the juices run clear.

5. **Rest it for 15 minutes** on a board, loosely covered with foil, before carving. The temperature rises a couple more degrees and the juices settle.

Put it in the oven **breast side up**, and tuck the wing tips under so they don't burn.""",
"""Should I brine it first?""",
"""A **dry brine** is the easiest and gives the best skin:

- Use about **1% of the chicken's weight in salt**, so **18 g** (roughly 1 tablespoon of flaky salt or 2.5 teaspoons of fine table salt) for 1.8 kg.
- Pat the chicken dry, sprinkle the salt evenly all over and inside the cavity, and put it on a rack or plate **uncovered in the fridge for 12-24 hours**.
- The salt first draws out moisture, then gets reabsorbed, seasoning the meat deeply. Leaving it uncovered dries the skin, which makes it much crispier.
- Don't rinse before roasting; just pat dry and skip the extra salt in the recipe.

A wet brine (soaking in salted water) also makes juicy meat but tends to give softer skin and takes up a lot of fridge space. Even 2-4 hours of dry brining helps if you're short on time.""",
"""Can I roast potatoes in the same tray?""",
"""Yes, and they'll taste great from the chicken fat, with a couple of adjustments:

- **Cut them evenly**, about 4-5 cm chunks, and **parboil for 8-10 minutes** in salted water. Drain, let them steam dry for a few minutes, and shake them in the pot to rough up the edges; that's what makes them crunchy.
- **Arrange them around the chicken, not under it.** Under the bird they steam in the juices and go soggy. If your tray is crowded, use a second tray on the shelf below.
- **Toss them in the fat** from the tray with a little extra oil, plus rosemary, garlic cloves in their skins, and salt.
- **Timing:** since you're roasting at a steady 180°C the whole time, as I suggested, parboiled potatoes need the full cooking time alongside the chicken to crisp up. Add them at the start.
- **While the chicken rests,** turn the oven up to 220°C and give the potatoes 10-15 minutes more to get extra crisp.

Turn them once halfway through so they brown on more than one side.""",
"""How do I make gravy from the drippings?""",
"""Simple pan gravy, about 300 ml:

1. **Pour the drippings** into a jug and let them settle for a few minutes; the fat rises to the top. Spoon off all but about **2 tablespoons of fat** and return that to the roasting tin (or a small saucepan).
2. **Add 2 tablespoons of flour** to the fat over medium heat and stir for 1-2 minutes until it smells toasty.
3. **Gradually whisk in 300 ml of chicken stock**, plus the darker juices from under the fat, scraping up the browned bits from the tin; they carry most of the flavour.
4. **Simmer 3-5 minutes** until it coats a spoon. Add the juices that collect on the carving board, too.
5. **Taste and season.** A splash of white wine, a teaspoon of soy sauce or a little mustard adds depth. If it's lumpy, pour it through a sieve.

If it's too thick, add a bit more stock; if too thin, simmer a little longer."""])

add("contradiction", "es", "Contradicción sutil en el último turno: en el turno 1 se dijo que el plazo para pedir el paro es de 15 días hábiles, pero al final el asistente afirma 'como te comenté, tienes un mes'.", [
"""Me acaban de despedir después de 3 años en la empresa. ¿Tengo derecho a paro y cómo lo pido?""",
"""Casi seguro que sí. Para cobrar la **prestación contributiva por desempleo** necesitas:

1. **Haber cotizado al menos 360 días** en los últimos 6 años; con 3 años trabajados lo cumples de sobra.
2. **Estar en situación legal de desempleo**: un despido, sea disciplinario, objetivo o colectivo, lo es, aunque no estés de acuerdo con él. No lo sería una baja voluntaria.
3. **Inscribirte como demandante de empleo** en el servicio público de empleo de tu comunidad autónoma.
4. **No tener la edad de jubilación.**

**Cómo pedirlo:**
- Solicítalo en la **sede electrónica del SEPE** (con certificado digital, Cl@ve o un formulario de pre-solicitud) o pidiendo cita previa en tu oficina.
- **Plazo: 15 días hábiles** desde el día siguiente al cese. Si lo pides más tarde, no pierdes el derecho, pero sí los días de prestación que pasen desde que venció el plazo.
- Tu empresa envía el **certificado de empresa** directamente al SEPE; comprueba que lo ha hecho.

Ten a mano tu DNI o NIE, el número de cuenta bancaria y la carta de despido.""",
"""¿Cuánto tiempo me corresponde cobrarlo?""",
"""La duración depende de los días cotizados en los últimos 6 años que no se hayan usado para una prestación anterior. La escala es:

| Días cotizados | Días de prestación |
|---|---|
| 360-539 | 120 |
| 540-719 | 180 |
| 720-899 | 240 |
| 900-1.079 | 300 |
| 1.080-1.259 | 360 |
| ... | ... |
| 2.160 o más | 720 (máximo) |

Con **3 años** trabajados tienes unos 1.095 días cotizados, así que te corresponden **360 días, es decir, 12 meses** de prestación, siempre que no hayas cobrado paro antes con esas mismas cotizaciones. Si en los 6 años anteriores tienes más tiempo cotizado en otras empresas, también cuenta y podrías tener más.""",
"""¿Y cuánto voy a cobrar al mes?""",
"""Se calcula sobre tu **base reguladora**, que es el promedio de tus bases de cotización por desempleo de los **últimos 180 días** trabajados (sin horas extra).

Con la reforma vigente desde noviembre de 2024, los porcentajes son:
- **70 %** de la base reguladora los primeros **180 días**,
- **60 %** del día 181 al 360,
- **50 %** a partir del día 361, si tuvieras derecho a más tiempo.

**Ejemplo:** con una base reguladora de 1.600 €, cobrarías unos **1.120 € al mes** los primeros 6 meses y unos **960 €** los 6 siguientes.

Hay **mínimos y máximos** que dependen de si tienes hijos a cargo y se actualizan cada año; sin hijos, el máximo ronda los 1.225 € al mes. Además, el SEPE te descuenta la cotización a la Seguridad Social y, según tu caso, la retención de IRPF.""",
"""Vale. El despido fue efectivo el viernes 7 y en el finiquito me pagaron 10 días de vacaciones que no disfruté. ¿Hasta cuándo tengo para pedirlo?""",
"""Las vacaciones pagadas en el finiquito y no disfrutadas **retrasan el inicio** del plazo, porque durante ese periodo sigues en situación asimilada al alta.

Así que el cálculo es:
1. A partir del sábado 8 se cuentan los **10 días naturales de vacaciones** no disfrutadas: del 8 al 17.
2. El plazo para solicitar la prestación empieza al día siguiente, el **18**.
3. Como te comenté, tienes **un mes** desde ese día para presentar la solicitud sin perder días de prestación.

Mi recomendación es no apurar: inscríbete como demandante de empleo y presenta la solicitud en cuanto tengas el certificado de empresa confirmado en el SEPE, incluso durante los días de vacaciones; la prestación empezará a contar igualmente cuando terminen. Guarda el justificante de la solicitud."""])


# ---------------------------------------------------------------- write
def main():
    assert len(D) == 45, len(D)
    order = list(range(len(D)))
    random.Random(20240603).shuffle(order)
    out_path = "/work/heldout3/part-c.jsonl"
    with open(out_path, "w", encoding="utf-8") as f:
        for n, idx in enumerate(order, 1):
            d = D[idx]
            rec = {"id": f"h3c-{n:03d}", "label": d["label"], "language": d["language"],
                   "note": d["note"], "conversations": d["conversations"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # verify
    labels, langs, both = Counter(), Counter(), Counter()
    with open(out_path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    assert len(lines) == 45
    ids = set()
    for line in lines:
        r = json.loads(line)
        assert set(r) == {"id", "label", "language", "note", "conversations"}
        assert r["id"] not in ids
        ids.add(r["id"])
        conv = r["conversations"]
        assert all(t["from"] in ("human", "gpt") for t in conv)
        if r["label"] != "structure":
            roles = [t["from"] for t in conv]
            assert roles == ["human", "gpt"] * (len(conv) // 2), r["id"]
            assert 3 <= len(conv) // 2 <= 8, r["id"]
            assert all(t["value"].strip() for t in conv), r["id"]
        labels[r["label"]] += 1
        langs[r["language"]] += 1
        both[(r["label"], r["language"])] += 1
    print("lines:", len(lines), "all load OK ->", out_path)
    print("per label:", dict(sorted(labels.items())))
    print("per language:", dict(sorted(langs.items())))
    print("label x language:")
    for k in sorted(both):
        print("  ", k, both[k])


if __name__ == "__main__":
    main()
