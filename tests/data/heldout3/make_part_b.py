#!/usr/bin/env python3
"""Build /work/heldout3/part-b.jsonl: 45 hand-written labelled dialogues (ids h3b-001..h3b-045)."""
import json
import random
import collections

D = []


def H(t):
    return {"from": "human", "value": t.strip()}


def G(t):
    return {"from": "gpt", "value": t.strip()}


def add(label, lang, note, *turns):
    D.append({"label": label, "language": lang, "note": note, "conversations": list(turns)})


# =====================================================================
# GOOD
# =====================================================================

add("good", "en", "Good: sourdough starter troubleshooting, 4 turns, specific ratios, temperatures and timelines; each reply answers its query.",
H("""My sourdough starter is 9 days old and it barely rises anymore. On days 3 and 4 it doubled, now it just gets a few bubbles on top. I feed it 1:1:1 with all-purpose flour once a day and keep it on the counter; my kitchen is around 66°F. What's going on?"""),
G("""What you're seeing is very common, and it usually doesn't mean the starter has died.

**The early "false rise."** The big rise on days 2–4 is mostly caused by bacteria (Leuconostoc and friends) that thrive in fresh flour and water. As the mixture gets more acidic, those bacteria die off, and the wild yeast and lactobacilli you actually want haven't built up a large population yet. That lull typically happens somewhere between day 5 and day 10.

**Why yours is stuck.** Two things are slowing it down:
1. **Temperature.** At 66°F (19°C) yeast activity is roughly half of what it is at 76–78°F. Everything takes longer.
2. **Food.** All-purpose flour is fine, but it's low in the minerals and wild microbes that whole-grain flour carries.

**What to change:**
- Move it somewhere 75–80°F. An oven with only the light on works, but check it with a thermometer — some ovens climb past 90°F, which is too warm.
- Feed every 12 hours instead of every 24 while it's warm.
- Swap 20–25% of the flour for whole wheat or rye.
- If your tap water is chlorinated, let it stand out overnight or use filtered water.
- Put a rubber band around the jar at the level right after feeding so you can actually measure the rise.

Most starters that stall like this come back within 4–7 days once they're warmer. Total time to a reliable starter is often 2–3 weeks, not one."""),
H("""I don't have rye. Would whole wheat work, and how much exactly? Also, do I have to discard every time I feed?"""),
G("""Whole wheat works well. A simple feeding that keeps the amounts small:

- 50 g starter
- 40 g all-purpose flour + 10 g whole wheat flour
- 50 g water (around 78°F)

That's still 1:1:1 by weight, just with 20% whole wheat.

And yes, discard every time. If you don't, the starter doubles in size with each feed, so each feeding dilutes the acidity less and you'd need to keep adding more and more flour to keep the same ratio. Keeping only 50 g and throwing out the rest keeps the ratio of food to culture constant and saves flour.

Many bakers don't eat the discard from the first week or so, since the microbial mix is still unsettled. Once the starter is established, discard is great in pancakes, crackers or flatbread."""),
H("""Ok, it's been 4 more days with whole wheat and in the oven with the light on. Now it doubles in about 6 hours and smells a bit like nail polish remover. Is that bad?"""),
G("""That's actually good news — the smell is a sign of a hungry, active starter, not a spoiled one.

The acetone-like smell comes from compounds (mainly ethyl acetate) that the culture produces when it has eaten through its food and is still waiting for the next feeding. Since it now doubles in about 6 hours but you feed every 12, it spends half the day starving.

Options:
- **Feed more at each feeding:** go to 1:2:2 (e.g. 25 g starter, 50 g flour, 50 g water) so the food lasts longer.
- **Check the oven temperature.** If it's drifted above 82–85°F, it will peak faster and get sharp-smelling. Crack the door or move it.

Signs it's ready to bake with:
- It reliably doubles (or more) within 4–8 hours of feeding for 2–3 days in a row.
- The top is domed and full of bubbles at the peak, not just on the surface.
- It smells yeasty and tangy, like yogurt or mild vinegar, after a feeding.

The float test is not very reliable, so I'd go by the doubling."""),
H("""Great. Once it's ready, how do I keep it if I only bake on weekends?"""),
G("""Keep it in the fridge and feed it once a week. A routine that fits weekend baking:

**After your weekend bake:** feed it 1:2:2, leave it on the counter for 1–2 hours until you see the first bubbles, then put it in the fridge with the lid on loosely.

**Thursday night:** take it out and feed it 1:2:2.
**Friday morning:** feed it again. By Friday evening it should be back to full strength, and you can build your levain for a Saturday bake.

A few practical notes:
- A gray liquid on top after several days in the fridge ("hooch") is just alcohol from a hungry starter. Pour it off for a milder flavor, or stir it in for more sourness.
- A refrigerated starter can be neglected for 3–4 weeks and still recover with two or three feedings at room temperature.
- Make a backup: smear a thin layer on parchment, let it dry completely, break it into flakes and store them in a jar. Dried starter keeps for months and can be revived with flour and water if something goes wrong."""),
)

add("good", "en", "Good: California security-deposit question, 3 turns; statute-specific deadlines, small-claims fees; the [date] in the sample letter sentence is a deliberate fill-in for the user; last reply appropriately short.",
H("""I moved out of my apartment in San Diego five weeks ago and still haven't gotten my $2,400 deposit back or any letter explaining deductions. What are my rights?"""),
G("""In California this is covered by Civil Code section 1950.5, and the timeline is on your side.

**The deadline.** Within 21 days after you move out, the landlord must either return the full deposit or send you an itemized statement of deductions along with the remaining balance. For any repair or cleaning deduction of $125 or more, they must include copies of receipts or invoices (or a good-faith estimate if the work isn't done yet, with receipts to follow).

**What they can deduct.** Unpaid rent, cleaning needed to return the unit to the level of cleanliness it had when you moved in, and repair of damage beyond normal wear and tear. Faded paint, minor scuffs and worn carpet from ordinary use are normal wear and tear.

**Missing the deadline.** Five weeks with no statement is past the 21 days. California courts have generally held that a landlord who misses the deadline loses the right to keep deductions from the deposit and must return it in full; they can still sue you separately if they believe you caused damage, but they can't just keep the money.

**Bad faith.** If a court finds the landlord kept the deposit in bad faith, it can award statutory damages of up to twice the deposit on top of the deposit itself.

**What to do now:**
1. Send a written demand letter: your name, the address, move-out date, your forwarding address, the amount ($2,400), a reference to Civil Code 1950.5, and a deadline (14 days is common).
2. Send it by certified mail with return receipt, and keep a copy.
3. Gather your lease, proof of payment of the deposit, and any move-out photos or video."""),
H("""Should I ask for the penalty in the letter? And what happens if they just ignore it?"""),
G("""Yes, mention it. You don't need to be aggressive, but a sentence like: "If the deposit is not returned by [date], I will file in small claims court and seek statutory damages of up to twice the deposit under Civil Code 1950.5(l)" often gets things moving. Landlords who know the rules tend to pay once they see that.

If they ignore it, small claims court is the usual route:

- **Limit:** individuals can claim up to $12,500. Your deposit ($2,400) plus the maximum statutory damages ($4,800) is $7,200, well within the limit.
- **Form:** file form SC-100 (Plaintiff's Claim) with the San Diego Superior Court, online or in person.
- **Filing fee:** it depends on the amount: $30 for claims up to $1,500, $50 for $1,500.01–$5,000, and $75 above $5,000 (it's higher if you've filed more than 12 claims in the past year). You can ask for a fee waiver if you qualify.
- **Service:** the landlord must be formally served — by certified mail through the court clerk, a process server, or an adult who isn't part of the case.
- **Hearing:** usually within 30–70 days of filing. Bring the lease, proof of the deposit, your demand letter and mail receipt, and photos.

If you win, the judgment is enforceable, and most landlords pay at that point rather than face wage or bank levies."""),
H("""Thanks. Short question: do I need a lawyer for small claims?"""),
G("""No. In California small claims court, lawyers generally can't represent the parties at the hearing — you present your own case. If you'd like help preparing, the court has a free Small Claims Advisor program you can call or visit."""),
)

add("good", "en", "Good: Python f-string brace escaping, json.dumps, !r conversion, zero padding; code with literal braces is legitimate, 4 turns incl. short answers.",
H("""In Python, how do I print a literal curly brace inside an f-string? I want output like {user: 42} where 42 comes from a variable."""),
G("""Double the braces. Inside an f-string (and in `str.format`), `{{` produces a literal `{` and `}}` produces a literal `}`:

```python
uid = 42
print(f"{{user: {uid}}}")
# {user: 42}
```

Reading it left to right: `{{` → `{`, then `{uid}` is the replacement field, then `}}` → `}`. The same rule works with `.format()`:

```python
print("{{user: {}}}".format(uid))
# {user: 42}
```"""),
H("""Ok, and what about building a JSON string — should I do that with f-strings too?"""),
G("""No, use the `json` module. Hand-building JSON with f-strings breaks as soon as a value contains a quote, a backslash, a newline or non-ASCII text, and it won't convert Python values correctly (`None` must become `null`, `True` must become `true`).

```python
import json

payload = {"user": uid, "name": name, "tags": tags, "active": True}
s = json.dumps(payload)
# {"user": 42, "name": "Zoë \\"Z\\" Adams", "tags": ["a", "b"], "active": true}
```

Useful options:
- `indent=2` for human-readable output.
- `ensure_ascii=False` to keep characters like `ë` or `日本` as-is instead of `\\u00eb` escapes.
- `separators=(",", ":")` for the most compact output.
- `sort_keys=True` if you need stable output for diffs or hashing.

To go the other way, `json.loads(s)` parses a string back into Python objects."""),
H("""What's the difference between {x!r} and {x} in an f-string?"""),
G("""`{x}` uses `str(x)`; `{x!r}` uses `repr(x)`. For strings the difference is visible:

```python
x = "hi"
print(f"{x}")    # hi
print(f"{x!r}")  # 'hi'
```

`repr` adds quotes and shows escapes, which is why it's preferred in log and error messages (`f"unknown key {key!r}"` makes an empty string or trailing space obvious). There's also `!a`, which uses `ascii()`.

Since Python 3.8 you can also write `{x=}`, which prints the expression and its repr: `f"{x=}"` gives `x='hi'`."""),
H("""And how do I pad a number to 5 digits with leading zeros?"""),
G("""Use the format spec `05d`:

```python
n = 42
f"{n:05d}"   # '00042'
```

Note that the width includes the sign: `f"{-42:05d}"` gives `'-0042'`. If you already have a string, `"42".zfill(5)` does the same thing."""),
)

add("good", "en", "Good: quick kitchen conversions; short replies are exactly right for short factual questions (3 turns).",
H("""Quick one: how many grams is 1 cup of all-purpose flour?"""),
G("""About 120–125 g if you spoon it into the cup and level it off (US cup). If you scoop straight from the bag it packs down and can be 140 g or more, so weighing is more reliable."""),
H("""And a tablespoon of butter?"""),
G("""About 14 g. A US stick of butter is 8 tablespoons, or 113 g (4 oz)."""),
H("""My oven only shows Celsius. The recipe says 375°F."""),
G("""Use 190 °C: (375 − 32) × 5/9 ≈ 190.6. If it's a fan (convection) oven, set it about 20 degrees lower, to 170 °C."""),
)

add("good", "en", "Good: user asks about Jinja2 template syntax; the {{ }} and {% %} in the replies are legitimate quoted code, not placeholders (3 turns).",
H("""I'm building an email template in Jinja2. What's the difference between {{ user.name }} and {% if user.name %}?"""),
G("""They're two different kinds of tags:

- `{{ ... }}` is an **expression**: it's evaluated and the result is written into the output. `{{ user.name }}` prints the user's name.
- `{% ... %}` is a **statement**: control flow and logic — `if`, `for`, `set`, `block`, `include` — that produces no output by itself.
- `{# ... #}` is a **comment** and is removed from the output entirely.

They're typically used together:

```jinja
{% if user.name %}
Hi {{ user.name }},
{% else %}
Hi there,
{% endif %}

You have {{ orders | length }} open orders.
{% for o in orders %}
  - #{{ o.id }}: {{ o.total }} EUR
{% endfor %}
```

Jinja's `if` follows Python truthiness, so an empty string, `None` or a missing attribute all take the `else` branch."""),
H("""Some of our users have names like "O'Brien & Sons". Will that break the HTML?"""),
G("""Not if autoescaping is on — and that's the part to check, because it depends on how you create the environment.

- If you use **Flask**, autoescaping is enabled by default for templates ending in `.html`, `.htm`, `.xml` and `.xhtml`.
- If you use **plain Jinja2**, `Environment()` has autoescaping **off** by default. Turn it on:

```python
from jinja2 import Environment, FileSystemLoader, select_autoescape

env = Environment(
    loader=FileSystemLoader("templates"),
    autoescape=select_autoescape(["html", "xml"]),
)
```

With that, `O'Brien & Sons` is rendered as `O&#39;Brien &amp; Sons` in the HTML source, which the email client displays correctly.

Two things to avoid: don't apply `|safe` to anything that came from a user, and if you also send a plain-text version of the email, render it with a separate template where autoescape is off, otherwise readers will see `&amp;`."""),
H("""How do I set a default when the name is missing, in one line?"""),
G("""Use the `default` filter:

```jinja
Hi {{ user.name | default("there") }},
```

By default it only kicks in when the value is undefined. If the name can also be `None` or an empty string, pass `true` as the second argument: `{{ user.name | default("there", true) }}`."""),
)

add("good", "en", "Good: first-marathon training plan over 5 turns; Riegel estimate, mileage, paces, fueling, knee red flags; mixed reply lengths.",
H("""I ran my first half marathon in 2:05 last month. I want to run a full marathon in 20 weeks. Is that realistic, and what should my weekly mileage look like?"""),
G("""Yes, 20 weeks is a reasonable runway for someone who has just finished a half in 2:05. Here's how I'd frame it.

**Rough finish estimate.** Riegel's formula (T2 = T1 × (D2/D1)^1.06) turns a 2:05 half into about 4:20 for the full. First marathons usually come in a bit slower than the formula, so a realistic goal is 4:20–4:35, depending on how training goes.

**Mileage arc (miles per week):**
- Weeks 1–4: build from your current base toward 22–25.
- Weeks 5–12: climb gradually to 30–38, adding no more than about 10% per week.
- Weeks 13–17: peak block at 38–45, with your longest runs (18–20 miles) here.
- Weeks 18–20: taper — roughly 75%, 60%, then about 40% of peak, with race week being the lightest.

**Cutback weeks.** Every 4th week, drop volume by 20–25%. That's when the adaptation actually happens.

**Long run.** Start around 8–10 miles and add about a mile per week, with a shorter long run in cutback weeks. Most plans top out at 20 miles; going longer adds injury risk without much benefit for a first marathon.

What's your current weekly mileage and how many days a week do you run? That decides where week 1 starts."""),
H("""I'm at about 18 miles a week, 3 runs. How many days should I be running?"""),
G("""Move to 4 days now and, if your body handles it, 5 days from around week 8. More days with shorter runs is easier on the legs than a few big ones.

A 4-day week at ~22 miles could look like:
- **Tuesday:** 5 easy
- **Thursday:** 6 with 2–3 miles at a comfortably hard (tempo) effort
- **Saturday:** 3 easy
- **Sunday:** 8 long

Add the fifth day as another short easy run (3–4 miles), not as more intensity."""),
H("""What pace should the long runs be?"""),
G("""Slow: roughly 60–90 seconds per mile slower than your goal marathon pace. A 4:20–4:30 marathon is about 9:55–10:20 per mile, so most long runs should be around 11:00–11:45 per mile. You should be able to talk in full sentences.

In the last 6–8 weeks, you can make two or three long runs a bit more specific by running the final 3–5 miles at goal marathon pace."""),
H("""What about fueling during long runs? I've never used gels."""),
G("""Start practicing now, because your gut needs training just like your legs.

- **When:** for any run over about 75–90 minutes.
- **How much:** aim for 30–60 g of carbohydrate per hour. A typical gel has 20–25 g, so one gel every 30–40 minutes, starting around 40–45 minutes in.
- **With water:** take each gel with a few sips of water; gels taken without water are a common cause of stomach cramps.
- **Test brands:** try two or three different gels or chews over the next few weeks. Find out which brand the race hands out on course and at what miles, and train with it if it agrees with you.
- **Before the run:** eat a carb-focused breakfast 2–3 hours before a long run (toast with honey, a bagel, oatmeal, a banana), the same thing you plan to eat on race morning.

Never try anything new on race day — not food, shoes or gels."""),
H("""Last one — my left knee gets achy after 8+ miles. Should I worry?"""),
G("""A mild ache that comes on late in longer runs and fades within a day is common and usually manageable, but it's worth acting on now before the mileage climbs.

Things to check:
- **Shoes:** most running shoes lose much of their cushioning after 300–500 miles.
- **Cadence:** increasing your step rate by about 5% (shorter, quicker steps) reduces load on the knee.
- **Strength:** 2–3 short sessions a week of glute bridges, side-lying leg raises or clamshells, step-downs and split squats helps with the most common causes (patellofemoral pain and IT band irritation).
- **Progression:** hold the long run at its current distance for a week or two if the ache is building.

Stop and see a doctor or sports physiotherapist if there's swelling, sharp or localized pain, pain that gets worse as you keep running, pain at rest or at night, or if you start to limp."""),
)

add("good", "en", "Good: emotional support after a layoff, 4 turns; validating, then concrete steps (unemployment, severance review, COBRA/marketplace windows).",
H("""I got laid off today. 11 years at the same company and they told me in a 15-minute video call. I don't even know what I'm feeling."""),
G("""I'm really sorry. Eleven years is a huge part of your life, and being told in a 15-minute call can make it feel like those years didn't count. They did.

It's completely normal not to know what you feel right now. People describe the first day as a mix of shock, anger, embarrassment, fear about money, and sometimes a strange relief — often all within the same hour. None of those is the "wrong" reaction, and you don't have to sort them out tonight.

For today, a few small things that can help:
- **You don't need to decide anything tonight.** Not about the severance, not about your next job, not about what to tell people beyond the ones closest to you.
- **Don't sign anything yet.** Severance agreements usually give you time to review them. If you're 40 or older in the US, the law generally gives you at least 21 days (45 in a group layoff) to consider it, plus 7 days to revoke after signing.
- **Do one physical thing.** A walk, a shower, a proper meal. Shock sits in the body.
- **Tell one person** you trust, even if it's just "I got laid off, I'm not ready to talk about it yet."

If you want to, you can tell me more about how the call went or what's going through your head. I'm here to listen as much as to help plan."""),
H("""I keep thinking I should have seen it coming. My manager was acting weird for the last two months."""),
G("""That's hindsight doing what it always does: once you know the ending, the small signs look obvious. At the time they were just a manager being a bit off — which happens for all kinds of reasons, and most of the time it doesn't mean anything.

It's also worth remembering how layoffs are usually decided. They're typically set at a budget level — a headcount number, a team that gets cut, a product that gets dropped — often weeks before anyone tells the managers what to say. Your manager acting strangely may simply mean they knew and weren't allowed to tell you. Even if you had read every sign perfectly, it's unlikely you could have changed the outcome.

The "I should have known" loop can feel like it gives you control, but it mostly turns the company's decision into your fault. It wasn't."""),
H("""My wife is being supportive, but I feel like I've let her down. How do I talk to her about money without panicking her?"""),
G("""Feeling that you've let her down is very common, especially if you've been the steady one for a long time. A few things tend to make the money conversation calmer:

1. **Share the feeling first, briefly.** Something like "I'm scared and I feel like I've let us down" — it lets her support you instead of guessing what's wrong.
2. **Then do the numbers together, on paper.** Uncertainty is scarier than numbers. List:
   - Severance amount and when it's paid
   - Accrued vacation payout and final paycheck
   - Savings you can actually use
   - Expected unemployment benefits
   - Her income, if she works
   - Monthly essentials: housing, utilities, insurance, food, debt minimums
3. **Calculate your runway.** Available money ÷ monthly essentials = months of breathing room. For many people this number is larger than their fear suggested.
4. **Agree on a few "pause" items** — subscriptions, big purchases, travel — rather than cutting everything at once.
5. **Set a weekly check-in,** say Sunday evenings, 20 minutes, to update the plan. Money worry is easier when it has a time slot instead of leaking into every conversation.

Going in with a plan, even a rough one, is what usually keeps a partner from panicking."""),
H("""Ok. I think I'll make a list of what I actually need to do this week."""),
G("""That's a good instinct. A realistic list for the first week:

1. **File for unemployment** with your state. Do it in the first few days; many states have a waiting week, and benefits are usually paid from the claim date, not from your last day of work.
2. **Read the severance agreement** and note the deadline. If it includes a release of claims or a non-compete, consider a one-hour consult with an employment lawyer.
3. **Health insurance.** You normally have 60 days to elect COBRA, and losing job-based coverage also opens a 60-day special enrollment window on the marketplace, which is often cheaper. Compare both.
4. **Check your final pay:** last paycheck, unused PTO (paid out in many states), and any bonus or commission owed.
5. **Leave your 401(k) where it is for now.** Don't cash it out in a hurry; you can roll it over later.
6. **Update your contact list** — save personal emails and phone numbers of colleagues you want to stay in touch with.
7. **One thing just for you:** exercise, a day out, time with a friend. Job searches go better when you're not running on empty.

You don't need to start applying this week. Getting these basics done is enough."""),
)

add("good", "en", "Good: DIY brake pad job on a 2016 Civic, 4 turns; diagnosis, uneven wear cause, tools, honest about torque specs, bed-in procedure.",
H("""My 2016 Honda Civic squeals when I brake lightly, and it goes away when I press harder. 48,000 miles, I think it still has the original pads. What's causing it?"""),
G("""The most likely cause at that mileage is the pad **wear indicator** — a small metal tab on the pad backing plate that starts touching the rotor when the friction material gets down to about 2–3 mm. It's designed to squeal, and the noise often changes or disappears under firmer braking because the pad and tab seat differently.

Original front pads on a Civic commonly last anywhere from 30,000 to 70,000 miles depending on driving, so 48,000 fits.

Other possibilities:
- **Missing or dried shims/lubricant** on the pad backing plates, which lets the pad vibrate.
- **Glazed pads** from hard braking or riding the brakes.
- **Surface rust** after rain or overnight — but that squeal goes away after a few stops, so it's not what you're describing.

**How to check:** look through the wheel spokes at the caliper. New pads are around 10–12 mm thick; at 3 mm or less they should be replaced. Check both the outer pad and, with a flashlight, the inner one."""),
H("""I looked, and the inner pad on the front left looks thinner than the outer one. Like maybe 3 mm vs 6 mm."""),
G("""That pattern — inner pad much more worn than the outer — usually means the caliper isn't sliding freely. The caliper floats on two guide (slide) pins; when they get dry or corroded, the piston keeps pushing the inner pad against the rotor while the outer pad doesn't pull in as much.

What to do during the pad job:
- **Service the slide pins:** pull them out, clean off old grease and rust, inspect the rubber boots (replace if torn), and relubricate with silicone-based brake grease — not regular petroleum grease, which swells the rubber.
- **Check the piston:** it should push back smoothly with a C-clamp or piston tool and the dust boot should be intact. A sticky piston means a caliper rebuild or replacement.
- **Replace pads on both front wheels** as a set, even if the right side looks better.
- **Measure the rotors:** the minimum thickness is stamped on the rotor. Replace them if they're below spec or deeply grooved."""),
H("""I want to do it myself. What tools do I need, and what's the torque for the caliper bracket bolts?"""),
G("""Tools:
- Floor jack and **two jack stands** (never work under a car on the jack alone)
- Lug wrench or breaker bar, and a torque wrench
- Sockets: typically 12 mm or 14 mm for the caliper slide bolts and 17 mm for the bracket bolts on this generation
- C-clamp or piston compressor
- Wire brush, brake cleaner, silicone brake grease
- Rags, gloves, and a bungee cord to hang the caliper so it doesn't dangle from the brake hose

On torque: I'd rather not hand you an exact number for brake hardware from memory. Check the factory service information for your exact trim (Honda's service site, or a repair manual such as Haynes). For reference, caliper bracket bolts on compact cars are usually in the 70–90 lb-ft range, and slide pin bolts are much lower, roughly 20–30 lb-ft — the two are very different, so don't use one value for both. Wheel lug nuts on Civics are 80 lb-ft (108 N·m).

Use a small drop of medium-strength threadlocker on the bracket bolts only if the manual calls for it."""),
H("""After I put the new pads on, is there anything I should do before driving normally?"""),
G("""Yes, three things:

1. **Pump the brake pedal** several times before you move the car. You pushed the pistons back, so the first press will go nearly to the floor. Keep pumping until the pedal is firm.
2. **Check the brake fluid level.** Pushing the pistons back raises it; make sure it's between MIN and MAX and the cap is tight.
3. **Bed in the pads** so they transfer an even layer of material onto the rotors:
   - On an empty road, do 8–10 moderate stops from about 35 mph down to 5 mph, without coming to a complete stop.
   - Then 2–3 firmer stops from 45 mph down to 5 mph.
   - Drive for a few minutes without braking much to let them cool. Avoid holding the car stopped with the pedal pressed on hot rotors right after bed-in.

Then recheck the lug nut torque after the first 50 miles or so."""),
)

add("good", "en", "Good: role-play mock interview for a junior data analyst role, 5 turns, with SQL review and feedback; stays in role and on goal.",
H("""Let's role-play. You're interviewing me for a junior data analyst position at a logistics company. Ask one question at a time and give me short feedback after each answer."""),
G("""Sounds good. I'll be Dana, analytics lead at a mid-sized freight company. We move about 4,000 shipments a week and the analytics team supports operations and pricing.

Thanks for coming in today. Let's start with a classic:

**Can you tell me about a time you used data to solve a problem?**"""),
H("""Sure. In my last semester I analyzed a year of bike-share trip data for my city in SQL and built a Tableau dashboard. I found that six stations near the university were empty by 9 a.m. almost every weekday. I recommended moving the rebalancing truck route earlier, and the city's transport office used it in a pilot."""),
G("""**Feedback:** Good example — real data, a clear finding, and someone actually used it. To make it stronger, quantify the result ("empty in 82% of weekday mornings" or "the pilot cut empty-station time by 30%") and say one sentence about *how* you found it (e.g., hourly availability by station). Interviewers remember numbers.

**Next question:** Suppose you get a shipment dataset where 8% of the delivery timestamps are missing. How would you handle that?"""),
H("""I'd just delete those rows and do the analysis on the other 92%."""),
G("""**Feedback:** That's the answer I'd push back on. Deleting rows is sometimes fine, but only after checking *why* they're missing. If the missing timestamps are concentrated in one carrier, one region, or failed deliveries, dropping them biases everything — for example, you'd make on-time rates look better than they are.

A stronger answer:
1. Check the pattern: missing by carrier, date, region, shipment type?
2. Ask operations how the timestamp is recorded — is it a scanner issue, a manual entry step?
3. Depending on the cause: flag them and report separately, recover them from another source (GPS, proof-of-delivery), or exclude them and state that clearly.

**Next question:** We have a table `shipments(carrier_id, promised_date, delivered_date)`. Write a query for the top 3 carriers by on-time rate last quarter."""),
H("""SELECT carrier_id, SUM(CASE WHEN delivered_date <= promised_date THEN 1 ELSE 0 END) / COUNT(*) AS on_time_rate
FROM shipments
WHERE delivered_date >= '2024-04-01' AND delivered_date < '2024-07-01'
GROUP BY carrier_id
ORDER BY on_time_rate DESC
LIMIT 3;"""),
G("""**Feedback:** The structure is right, and using a half-open date range is a nice touch. Three things I'd flag:

1. **Integer division.** In PostgreSQL and SQL Server, an integer divided by an integer is an integer, so every carrier would show 0 or 1. Multiply by `1.0` or cast.
2. **Minimum volume.** A carrier with 2 shipments and 2 on time gets 100% and tops the list. Add a `HAVING COUNT(*) >= 50` or similar.
3. **Missing delivery dates** — connecting to the last question — are excluded silently by your `WHERE`. That's worth mentioning.

```sql
SELECT carrier_id,
       AVG(CASE WHEN delivered_date <= promised_date THEN 1.0 ELSE 0.0 END) AS on_time_rate,
       COUNT(*) AS shipments
FROM shipments
WHERE delivered_date >= '2024-04-01' AND delivered_date < '2024-07-01'
GROUP BY carrier_id
HAVING COUNT(*) >= 50
ORDER BY on_time_rate DESC
LIMIT 3;
```

**Next question:** Why do you want to work in logistics specifically?"""),
H("""Can we stop here? How did I do overall?"""),
G("""Of course. Stepping out of the role:

**Strengths**
- Your project example was concrete and had real-world impact — that's rarer than you'd think for junior candidates.
- Your SQL fundamentals are solid: correct grouping, ordering, a clean date filter.

**To work on**
- **Data quality thinking.** The missing-data question is a favorite because it separates people who run queries from people who question the data. Practice saying "first I'd check why."
- **Quantify.** Add one or two numbers to every story.
- **Edge cases in SQL.** Integer division, small-sample bias and NULLs come up in almost every technical screen.

**Prep for next time:** have an answer ready for "why logistics?" that mentions something specific — on-time performance, route costs, fuel, warehouse throughput — so it sounds like you've thought about the business, not just the job title. Overall, I'd say you'd likely move on to the next round, with the missing-data answer as the main thing to tighten up."""),
)

add("good", "en", "Good: history of the Hanseatic League, 3 turns; names, dates, kontors, decline, wars.",
H("""What was the Hanseatic League, exactly? Was it a country?"""),
G("""No, it was never a country. The Hanseatic League (the Hanse) was a network of merchant associations and trading towns in northern Europe, active roughly from the 13th to the 17th century. Think of it as a commercial alliance rather than a state: it had no permanent army, no single ruler, and no fixed membership list. At its height, somewhere between 70 and 200 towns were associated with it, depending on how you count.

**Center:** Lübeck was the leading city, and the Hanseatic Diet (*Hansetag*), the League's assembly, usually met there. It met irregularly; the last one was held in 1669.

**Kontors (foreign trading posts):** the four main ones were
- the **Steelyard** in London,
- **Bruges** in Flanders,
- **Bryggen** in Bergen, Norway,
- the **Peterhof** in Novgorod, Russia.

**What they traded:** furs and wax from Novgorod, dried cod (stockfish) from Bergen, cloth from Flanders and England, salt from Lüneburg, herring from the Baltic, grain from Prussia and Poland, timber, tar and beer. Lübeck's key advantage was connecting the Baltic to the North Sea via the short land route to Hamburg.

The League's power came from privileges: its merchants negotiated tax exemptions and legal autonomy in foreign ports, and the member towns could enforce them collectively through trade embargoes."""),
H("""Why did it decline?"""),
G("""There wasn't one cause; several pressures added up over the 15th–17th centuries:

1. **Stronger territorial states.** Rulers in Sweden, Denmark, Poland-Lithuania and Muscovy built their own trade policies. Ivan III closed the Novgorod kontor in 1494.
2. **Dutch competition.** Dutch merchants offered bigger ships, cheaper freight and better financing, and increasingly traded directly in the Baltic.
3. **Loss of privileges in England.** English merchants resented the Hanse's exemptions, and Elizabeth I revoked them; the Steelyard was closed in 1598.
4. **The shift to Atlantic trade.** After the voyages to the Americas and Asia, Europe's economic center moved west.
5. **The Thirty Years' War** (1618–1648) devastated many member towns.

By the 1669 Diet only a handful of towns attended. Lübeck, Hamburg and Bremen kept the Hanseatic identity, and you can still see it today: German license plates from those cities start with HL, HH and HB — the H stands for *Hansestadt*."""),
H("""Did it ever fight wars?"""),
G("""Yes, despite not being a state. The most famous conflict was against King Valdemar IV of Denmark, who captured Visby in 1361 and threatened Hanseatic trade through the Øresund. The towns formed the Confederation of Cologne in 1367 and defeated Denmark. The **Peace of Stralsund (1370)** marked the League's peak: it gained trade privileges and control of fortresses on the Scanian coast for 15 years, and a say in the Danish royal succession.

Other conflicts include:
- **The Anglo-Hanseatic War (1469–1474),** mostly a naval and privateering war, ended by the Treaty of Utrecht (1474), which restored the Hanse's privileges in England.
- **Campaigns against the Victual Brothers,** pirates who raided Baltic and North Sea shipping around 1400. Their best-known captain, Klaus Störtebeker, was executed in Hamburg, traditionally dated to 1401.

The League usually preferred economic weapons — embargoes and blockades — over fighting, because they were cheaper and often just as effective."""),
)

add("good", "en", "Good: blossom-end rot in container tomatoes, 3 turns; cause, watering schedule, short final answer on edibility.",
H("""My tomato plants in containers have black, leathery patches on the bottom of some fruit. What is it?"""),
G("""That's **blossom-end rot**. It isn't a disease; it's a calcium shortage in the developing fruit. The important part is that it's rarely caused by a lack of calcium in the soil — it's usually caused by **uneven watering**. Calcium moves into the fruit with water, so when the soil swings between soaking wet and dry, the fast-growing fruit tip misses out.

Containers make it worse because they dry out quickly, especially in heat.

What helps:
- **Consistent moisture** is the main fix (see below).
- **Container size:** each tomato plant needs at least 5 gallons (about 20 L) of soil; 10 gallons is better for large varieties.
- **Mulch** the surface with 2–3 cm of straw or wood chips to slow evaporation.
- **Go easy on nitrogen.** Lots of leafy growth competes with the fruit for calcium. Use a tomato fertilizer rather than a high-nitrogen all-purpose one.
- **Remove affected fruit** so the plant puts energy into new ones.

Crushed eggshells break down far too slowly to help this season, and calcium sprays on the leaves have limited effect because calcium doesn't move from leaves into fruit very well."""),
H("""How often should I water, then? It's been 90°F here all week."""),
G("""In 90°F heat, containers usually need water **every day**, and smaller pots (5 gallons or less) may need it twice — morning and late afternoon.

Rather than a fixed schedule, use this routine:
1. Check each morning by pushing a finger about 2 inches into the soil. If it's dry at that depth, water.
2. Water slowly until it runs out of the drainage holes, then wait a minute and water again so the whole root ball is wet, not just a channel down one side.
3. Water the soil, not the leaves.
4. On the hottest days, check again around 4–5 p.m.

If you're often away, self-watering containers or a simple drip line on a $20 timer make moisture much more even, and that alone usually stops blossom-end rot on new fruit."""),
H("""Is the fruit that's already affected safe to eat?"""),
G("""Yes. Cut away the black patch and eat the rest if it's firm and smells normal. If mold or soft rot has spread into the fruit, compost it."""),
)

add("good", "en", "Good: brackets and [sic] in academic quotations; brackets and '[Name withheld]' are legitimate quoted content, not placeholders (3 turns).",
H("""In a research paper, when I quote someone and need to change or add a word, I've seen square brackets used. How does that work?"""),
G("""Square brackets inside a quotation mark anything **you** changed or added, so readers can tell your words from the author's.

Common uses:
- **Clarifying a reference:** original "She rejected the proposal" → "She [the committee chair] rejected the proposal."
- **Adjusting grammar to fit your sentence:** original "I was never told" → Smith claimed that she "[was] never told."
- **Changing capitalization:** if you start a sentence with a word that was lowercase in the middle of the original sentence: "[T]he results were inconclusive." (Legal and some humanities styles bracket the letter; APA allows changing the first letter's case without brackets.)
- **Adding emphasis:** italicize the words and add *[emphasis added]* after them.
- **Flagging an error in the original:** [sic], which you'll probably need at some point.

Omissions, on the other hand, use an ellipsis ( ... ), not brackets, in APA and MLA.

Keep changes minimal — if you find yourself bracketing several words, it's usually better to paraphrase or quote a shorter piece."""),
H("""The quote I want has a spelling mistake: "the goverment failed to act". Do I use [sic] or just fix it?"""),
G("""Keep the original spelling and add [sic] right after the error:

> "the goverment [*sic*] failed to act"

In APA 7 the word *sic* is italicized and the brackets are not. Don't correct it silently in a direct quotation — APA treats quotations as word-for-word, and [sic] tells the reader the mistake is in the source.

If the quote is full of errors, or the mistake is distracting, consider paraphrasing instead. And for a trivial typo that doesn't matter to your point, paraphrasing is often cleaner than drawing attention with [sic]."""),
H("""What if the source itself already has brackets, like "[Name withheld] said the program was underfunded"?"""),
G("""Keep the brackets exactly as they appear, because they're part of the original text. To avoid readers thinking you added them, note it in the citation: (Garcia, 2021, p. 14, brackets in original). That's the same pattern as "emphasis in original" and is accepted in APA, MLA and Chicago."""),
)

add("good", "ja", "Good: ふるさと納税のワンストップ特例、上限額の目安、6自治体に寄附した場合の確定申告（3ターン、具体的な条件と期限）。",
H("""会社員です。ふるさと納税のワンストップ特例制度を使いたいのですが、使える条件を教えてください。"""),
G("""ワンストップ特例制度を使うには、次の条件をすべて満たす必要があります。

1. **もともと確定申告をする必要がないこと**
   年末調整で税金の手続きが終わる会社員などが対象です。副業の所得が年20万円を超える方、医療費控除や住宅ローン控除の初年度などで確定申告をする方は使えません。
2. **1年間（1月〜12月）の寄附先が5自治体以内であること**
   同じ自治体に何回寄附しても「1自治体」と数えます。
3. **寄附のたびに申請書を提出すること**
   寄附した翌年の**1月10日必着**で、各自治体に「寄附金税額控除に係る申告特例申請書」を送ります。マイナンバーを確認できる書類と本人確認書類のコピーを添付します。最近は多くの自治体でオンライン申請（マイナンバーカードを使うアプリなど）にも対応しています。

特例が適用されると、所得税からの還付はなく、その分も含めて**翌年度の住民税から控除**されます（自己負担の2,000円を除く）。6月ごろに会社から配られる「住民税決定通知書」の「寄附金税額控除」の欄で、きちんと反映されているか確認できます。

なお、特例を申請したあとで確定申告をすることになった場合、特例は無効になります。その場合は確定申告書にすべての寄附を記載してください。"""),
H("""上限額はどうやって調べればいいですか？年収は600万円、独身です。"""),
G("""総務省の目安表では、**給与収入600万円・独身（または共働き）の場合、上限額の目安は約77,000円**です。

ただし、これはあくまで目安で、次のような場合は上限が下がります。
- 住宅ローン控除を受けている
- iDeCoや生命保険料控除、医療費控除がある
- 給与以外の所得がある

より正確に知りたい場合は、手元の**源泉徴収票**（またはその年の給与明細からの見込み額）を使って、ふるさと納税サイトの詳細シミュレーションに「支払金額」「給与所得控除後の金額」「所得控除の額の合計額」「源泉徴収税額」を入力すると、かなり正確な数字が出ます。

年の途中で年収が確定していない場合は、目安の8〜9割程度にとどめておくと安全です。上限を超えた分は自己負担になるだけで、ペナルティはありません。"""),
H("""去年の寄附ですが、うっかり6つの自治体に寄附してしまいました。どうすればいいですか？"""),
G("""6自治体になった時点で、その年の寄附には**ワンストップ特例が使えません**。すでに提出した申請書も無効になるので、**確定申告で寄附金控除を申告**してください。

手順:
1. **受領証明書を集める**：各自治体から届いた「寄附金受領証明書」を6件分用意します。ふるさと納税サイトによっては、1年分をまとめた「寄附金控除に関する証明書」（特定事業者の証明書）を発行でき、e-Taxならそのデータを読み込むだけで済みます。
2. **確定申告書を作成**：国税庁の「確定申告書等作成コーナー」で、寄附金控除の欄に6件すべて（特例を申請していた分も含めて）入力します。
3. **提出**：通常の期限は**3月15日**です。e-Taxならマイナンバーカードとスマートフォンで自宅から提出できます。

確定申告の場合は、所得税の還付（指定口座に振り込み）と、翌年度の住民税の減額に分かれて控除されます。合計額はワンストップ特例とほぼ同じです。

もし期限を過ぎてしまっても、還付を受けるための申告（還付申告）は**5年以内**であれば提出できますので、慌てなくて大丈夫です。"""),
)

add("good", "ja", "Good: 親子丼の作り方（4ターン）。最初は詳しいレシピ、代用品は短い答え、卵のコツ、むね肉の代用。",
H("""親子丼を作りたいです。2人分の材料と手順を教えてください。"""),
G("""2人分のレシピです。

**材料**
- 鶏もも肉：1枚（約250g）
- 玉ねぎ：1/2個
- 卵：3〜4個
- 三つ葉：適量（なければ青ねぎ）
- ご飯：どんぶり2杯分

**割り下**
- だし：150ml
- 醤油：大さじ2
- みりん：大さじ2
- 砂糖：小さじ2

**手順**
1. 鶏もも肉は余分な脂を取り、2〜3cm角に切ります。玉ねぎは5mm幅の薄切りにします。
2. 小さめのフライパン（直径20cm前後）に割り下の材料を入れて中火にかけ、煮立ったら玉ねぎを入れて2分ほど煮ます。
3. 鶏肉を加え、ときどき上下を返しながら5〜6分、火が通るまで煮ます。
4. 溶き卵の2/3を回し入れ、蓋をして30秒ほど加熱。残りの卵を加えて火を止め、蓋をして20〜30秒蒸らします。
5. ご飯にのせ、三つ葉を散らして完成です。

2人分を一度に作るより、1人分ずつ半量で作るほうが卵がきれいに仕上がります。"""),
H("""みりんがない場合はどうすればいいですか？"""),
G("""みりん大さじ2の代わりに、**酒大さじ2＋砂糖小さじ1**を使ってください。酒もなければ、砂糖を小さじ1増やすだけでも大丈夫です。"""),
H("""いつも卵が固くなってしまいます。とろとろにするコツはありますか？"""),
G("""ポイントは4つです。

1. **溶きすぎない**：箸で10回ほど切るように混ぜ、白身が少し残るくらいで止めます。白身と黄身の固まる温度の差で、ふんわりした層ができます。
2. **2回に分けて入れる**：最初に2/3を入れて周りが固まり始めたら、残りの1/3を中心に流し入れます。
3. **火を止めてから蒸らす**：2回目の卵を入れたらすぐに火を止め、蓋をして余熱で20〜30秒。火にかけたままだと一気に固くなります。
4. **フライパンを小さくする**：1人分ずつ直径16〜18cm程度の小さな鍋で作ると、卵が厚みを保ったまま火が入り、とろとろに仕上がります。

また、鶏肉に火が通るまで煮てから卵を入れるのも大切です。卵を入れたあとに鶏肉の火通りを待つと、卵に火が入りすぎてしまいます。"""),
H("""鶏むね肉でも作れますか？"""),
G("""作れます。むね肉はパサつきやすいので、次の点に気をつけてください。

- 繊維を断つように**そぎ切り**（5〜7mm厚）にする
- 切った肉に**片栗粉を薄くまぶす**と、煮汁がからんでしっとりします
- 煮る時間は**2〜3分**と短めにし、火が通ったらすぐに卵を入れる

時間があれば、切った肉を塩麹や砂糖水（水100mlに砂糖小さじ1）に15分ほど漬けておくと、さらに柔らかくなります。"""),
)

add("good", "ko", "Good: 렌터카 없이 제주 2박 3일 일정, 버스 이용, 비 오는 날 실내 명소 (3턴, 구체적 장소와 소요 시간).",
H("""다음 달에 2박 3일로 제주도에 가요. 렌터카 없이 대중교통으로만 다닐 건데, 일정 좀 짜 주세요. 숙소는 제주시에 있어요."""),
G("""렌터카 없이 다니려면 하루에 한 방향(동쪽 또는 서쪽)만 도는 게 핵심이에요. 제주 버스는 배차 간격이 20~30분 이상인 노선이 많아서, 동선을 넓게 잡으면 이동에 하루를 다 쓰게 됩니다.

**1일차 — 제주시 시내**
- 오후 도착 후 숙소에 짐 맡기기
- 용두암 → 용연구름다리 (시내에서 버스로 10~15분)
- 동문재래시장 구경과 저녁 (야시장은 저녁 7시 전후부터)
- 탑동 해안 산책

**2일차 — 동쪽 (성산·우도)**
- 아침 일찍 제주버스터미널에서 일주동로 노선(201번 등)을 타고 성산 방면으로 이동, 약 1시간 30분
- 성산일출봉 (정상까지 왕복 약 1시간)
- 성산포항에서 우도행 배 (약 15분). 우도 안에서는 순환버스나 전기자전거로 이동
- 돌아오는 길에 세화 해변이나 함덕 해수욕장에 들러도 좋아요

**3일차 — 가까운 곳 + 공항**
- 오전: 함덕 해수욕장이나 사려니숲길(버스로 40분 안팎) 중 택1
- 점심 후 공항으로 이동 (제주시에서 버스로 20~30분)

한라산 등반을 원하시면 2일차 대신 넣을 수 있는데, 성판악·관음사 코스는 **사전 탐방 예약**이 필요해요.

버스 시간은 카카오맵이나 네이버 지도에서 실시간으로 확인하는 게 가장 정확합니다."""),
H("""버스비는 얼마 정도 들까요? 교통카드가 필요한가요?"""),
G("""제주 시내·간선·지선 버스는 성인 기준 교통카드로 **1,200원 안팎**이고, 급행버스는 거리에 따라 요금이 더 비쌉니다. 2박 3일 동안 하루 4~6번 정도 탄다고 보면 1인당 **총 2만 원 이내**로 충분해요.

- **교통카드**: 육지에서 쓰는 티머니·캐시비 같은 교통카드, 후불 교통카드 기능이 있는 신용카드를 그대로 쓸 수 있어요. 따로 살 필요는 없습니다.
- **현금**: 가능하지만 잔돈을 안 거슬러 주는 경우가 있고 환승 할인이 안 될 수 있어요.
- **환승**: 교통카드로 내리고 일정 시간(보통 40분) 안에 갈아타면 추가 요금이 없거나 차액만 냅니다. 내릴 때도 꼭 카드를 찍으세요.
- **우도 배**: 버스와 별도로 왕복 뱃삯과 우도 입도 비용이 들고, 승선 신고서를 쓰고 신분증을 보여줘야 해요."""),
H("""비 오면 갈 만한 실내 장소도 알려 주세요."""),
G("""제주시 숙소 기준으로 버스로 가기 좋은 곳 위주로 골랐어요.

**제주시 안**
- **국립제주박물관**: 제주의 역사와 탐라국 유물을 볼 수 있고, 상설전시는 무료예요. 1~2시간.
- **제주도립미술관**: 신제주 쪽, 연동·노형동에서 가까워요.
- **넥슨컴퓨터박물관**: 노형동. 옛날 게임을 직접 해 볼 수 있어서 비 오는 날 인기가 많아요.
- **제주4·3평화공원**: 봉개동. 실내 기념관 전시가 충실하고, 제주 역사를 이해하는 데 큰 도움이 됩니다.

**조금 멀지만 일정과 맞으면**
- **빛의 벙커**: 성산 쪽. 2일차 동쪽 일정 중 비가 오면 성산일출봉 대신 넣기 좋아요.
- **아르떼뮤지엄 제주**: 애월. 서쪽이라 이번 동선에서는 버스로 1시간 가까이 걸려요.

비가 많이 오면 우도 배가 결항될 수 있으니, 2일차 아침에 운항 여부를 먼저 확인하세요."""),
)

add("good", "pt", "Good: reserva de emergência no Brasil, 3 turnos; valor-alvo calculado, Tesouro Selic x poupança com alíquotas de IR, liquidez.",
H("""Tenho 28 anos, ganho R$ 5.000 líquidos por mês e gasto uns R$ 3.800. Quero começar uma reserva de emergência. Quanto devo guardar e onde?"""),
G("""Ótimo momento para começar. Vamos por partes.

**Quanto guardar**
A referência mais comum é de **6 meses de gastos** para quem tem carteira assinada (CLT) e de 9 a 12 meses para autônomos ou quem tem renda variável.
- Com gastos de R$ 3.800: 6 × 3.800 = **R$ 22.800**.
- Se você guardar a diferença entre renda e gastos (R$ 1.200 por mês), chega lá em cerca de **19 meses**, um pouco menos contando os rendimentos.

**Onde guardar**
A reserva precisa de três coisas: baixo risco, liquidez diária e rendimento que pelo menos acompanhe a inflação.
- **Tesouro Selic**: título público, risco muito baixo, rende próximo à taxa Selic.
- **CDB com liquidez diária** pagando 100% do CDI ou mais, de um banco sólido. É coberto pelo FGC até R$ 250 mil por CPF por instituição.
- **Contas remuneradas** de bancos digitais, que costumam render cerca de 100% do CDI e permitem saque imediato.

A **poupança** é simples, mas costuma render menos do que essas opções quando a Selic está acima de 8,5% ao ano.

Evite ações, fundos imobiliários ou títulos prefixados e IPCA+ longos para a reserva: eles podem estar em queda justamente quando você precisar do dinheiro."""),
H("""Qual a diferença de imposto entre o Tesouro Selic e a poupança?"""),
G("""A poupança é **isenta de Imposto de Renda** para pessoa física. O Tesouro Selic (assim como CDBs) segue a **tabela regressiva de IR**, cobrada só sobre o rendimento, no momento do resgate:

| Prazo da aplicação | Alíquota |
|---|---|
| Até 180 dias | 22,5% |
| De 181 a 360 dias | 20% |
| De 361 a 720 dias | 17,5% |
| Acima de 720 dias | 15% |

Há também **IOF** regressivo se você resgatar nos primeiros 30 dias, e ele zera a partir do 30º dia.

Sobre custos: a B3 cobra taxa de custódia de 0,20% ao ano no Tesouro Direto, mas o **Tesouro Selic é isento dessa taxa para valores até R$ 10 mil** por investidor.

Mesmo pagando IR, com a Selic acima de 8,5% o Tesouro Selic costuma render mais que a poupança, porque nesse cenário a poupança fica limitada a 0,5% ao mês + TR. Vale simular os dois na calculadora do próprio Tesouro Direto com a taxa do momento."""),
H("""E se eu precisar tirar o dinheiro num domingo?"""),
G("""Essa é a principal limitação do Tesouro Selic: a venda só é liquidada em **dias úteis**. Pedidos feitos em dia útil até as 13h costumam cair na conta no mesmo dia; no fim de semana você pode pedir, mas o dinheiro só chega no dia útil seguinte.

Para cobrir emergências de fim de semana, uma divisão prática é:
- **Uma parte pequena (por exemplo, R$ 2.000 a R$ 3.000)** em conta remunerada ou CDB de liquidez diária de banco digital que permita resgate imediato a qualquer hora e transferência por Pix.
- **O restante** no Tesouro Selic ou em CDB de liquidez diária, que você resgata no próximo dia útil se precisar.

Confirme no aplicativo do seu banco se o resgate do CDB é realmente imediato em fins de semana; isso varia de instituição para instituição."""),
)

add("good", "en", "Good: toddler crib-to-bed transition and bedtime battles, 3 turns; specific safety thresholds and methods; short final answer.",
H("""My 2.5-year-old has started climbing out of her crib and fights bedtime for an hour every night. Should I move her to a bed?"""),
G("""If she can climb out, the crib has become a fall risk, so it's a good time to move her — or at least to buy a little time safely. The AAP advises transitioning once a child is about 35 inches (89 cm) tall, or when the top rail is below nipple height when she stands with the mattress at its lowest setting.

**If you want to delay a few weeks:**
- Drop the mattress to the lowest position.
- A wearable sleep sack makes it much harder to swing a leg over the rail.

**If you move her to a bed:**
- Use a toddler bed or put a regular mattress low to the ground.
- Treat the whole room as the "crib": anchor dressers and bookshelves to the wall, cover outlets, secure blind cords, and put a gate or door knob cover on the door.

**For the hour-long bedtime fight:**
- Keep a **20–30 minute routine** in the same order every night (bath, pajamas, two books, song, lights out). A picture chart helps toddlers know what comes next.
- **Check the nap.** At 2.5 most kids still need one nap of 1–2 hours, but it should end by about 3 p.m. A late or long nap is the most common cause of bedtime battles at this age.
- Consider an "OK-to-wake" clock that changes color when she's allowed to get up in the morning.

Expect a few rough nights with the change; a new bed often makes bedtime worse for about a week before it gets better."""),
H("""We moved her to a bed, and now she keeps coming out of the room after lights out."""),
G("""Very normal — she's testing the new freedom. Two methods that work well at this age:

**Silent return**
- Each time she comes out, walk her back calmly with as few words as possible ("It's bedtime," once), tuck her in, and leave.
- No negotiation, no extra stories, no big reactions. The goal is to make coming out boring.
- The first night or two you might do this 20–50 times. Consistency matters more than anything else.

**Bedtime pass**
- Give her one card (the "pass") at bedtime. She can use it once to come out for a hug, a drink or one more question, then she hands it over.
- If she keeps the pass until morning, she trades it for a small reward, like a sticker.

In the morning, praise any progress specifically: "You stayed in your bed after one trip — that was great." If she keeps escaping, a baby gate at her door is a safe, non-punitive limit."""),
H("""How long until this usually works?"""),
G("""Most families see clear improvement within 3–7 nights. It often gets worse on nights 2–3 before it gets better (an "extinction burst"), so don't give up then. If nothing has changed after about two weeks, or you notice loud snoring, gasping or frequent night terrors, mention it to her pediatrician."""),
)

add("good", "en", "Good: Catan rules questions during a game, 7 turns; short correct answers are appropriate, one slightly longer for the road-break rule.",
H("""Playing Catan tonight with my kids, I'll ask rules questions as they come up. Can you trade with other players when it's not your turn?"""),
G("""Only with the player whose turn it is. During someone else's turn, that player can trade with you, but two players who aren't taking their turn can't trade with each other."""),
H("""Someone rolled a 7 and I have 9 cards. How many do I discard?"""),
G("""Four. Anyone holding more than 7 resource cards discards half, rounded down: 9 ÷ 2 = 4.5 → 4."""),
H("""Can the robber be moved back to the desert?"""),
G("""Yes. The robber has to move to a different hex than the one it's on, but the desert is allowed. It's a common move when someone doesn't want to block anybody."""),
H("""Does the longest road need at least 5 segments?"""),
G("""Yes — at least 5 connected road segments, worth 2 victory points. Another player only takes the card by building a strictly longer road; a tie doesn't take it away from you."""),
H("""Can my son break my road by building a settlement in the middle of it?"""),
G("""Yes, if he can legally build there: the intersection must be connected to one of his own roads, and it must respect the distance rule (no settlement on any adjacent intersection). A settlement splits your road into two separate pieces.

After a break, count the longest road again. If you no longer have the longest, the card goes to whoever now has the longest road of 5 or more. If nobody does — or several other players are tied for it — the card is set aside until someone has the longest road outright."""),
H("""If I build a city, do I get two resources from each adjacent hex?"""),
G("""Yes. A city produces 2 resource cards from each adjoining hex when its number is rolled, compared with 1 for a settlement. It's also worth 2 victory points instead of 1."""),
H("""Last one: how many points to win?"""),
G("""10 victory points, and you have to reach 10 during your own turn to win."""),
)

# =====================================================================
# OFF_TOPIC
# =====================================================================

add("off_topic", "en", "Off-topic: turns 1-3 are a solid refinancing discussion, then from user turn 4 the user drifts to the TV show The Bear and the last three exchanges never return to the mortgage.",
H("""We owe $310,000 on our mortgage at 7.1% with 27 years left; principal and interest is about $2,150 a month. A lender is offering a new 30-year loan at 6.2% with $6,500 in closing costs. Is it worth it?"""),
G("""Let's run the numbers.

**New payment.** $310,000 over 30 years at 6.2% works out to about **$1,899/month** principal and interest. That's roughly **$251 less** than your current $2,150.

**Break-even on closing costs.** $6,500 ÷ $251 ≈ **26 months**. If you stay in the house (and keep the loan) longer than a little over two years, the refinance pays for itself on a monthly basis.

**The catch: the reset to 30 years.** You currently have 27 years left; the new loan adds 3 years of payments. Compare total interest:
- Keep current loan: about $2,150 × 324 payments ≈ $696,800, minus $310,000 principal ≈ **$387,000 interest**.
- New 30-year: about $1,899 × 360 ≈ $683,500, minus $310,000 ≈ $373,500 interest, plus $6,500 costs ≈ **$380,000**.

So the 30-year saves about $7,000 over the life of the loan — modest, because you pay for 3 extra years.

**Better option to ask about: a shorter term.** A 27-year (or 25-year) loan at the same 6.2% would be about **$1,973/month** for 27 years, still $177 less than today, and total interest plus costs comes to roughly $336,000 — around **$51,000 less** than your current loan. The break-even is longer (about 37 months), but the long-run savings are much bigger.

If you take the 30-year for flexibility, you can still pay the extra $251 toward principal each month and finish in about the same time as now."""),
H("""Can we roll the closing costs into the loan? The lender also mentioned buying points."""),
G("""**Rolling in the costs.** Yes, most lenders allow it if your home value supports it (typically up to 80% loan-to-value to avoid PMI on a conventional loan). Adding $6,500 makes the loan $316,500, which raises a 30-year payment at 6.2% by about **$40/month**, to roughly $1,939. You'd also pay interest on that $6,500 for 30 years, so it's convenient but not free.

**Points.** One point costs 1% of the loan — $3,100 on $310,000 — and typically lowers the rate by about 0.125 to 0.25 percentage points, though it varies by lender and day. To evaluate:
1. Ask for the payment with and without the point.
2. Divide the point cost by the monthly difference. For example, if 1 point takes you from 6.2% to 5.95%, the payment drops by about $50, so the break-even is roughly $3,100 ÷ $50 ≈ 62 months, or about 5 years.
3. Only buy points if you're confident you'll keep the loan well past that break-even — a later refinance or sale wipes out the benefit.

Get official Loan Estimates from at least three lenders. The forms are standardized, so you can compare rates, points and closing costs line by line."""),
H("""Ok, that makes sense. We'll probably stay at least 10 years."""),
G("""With a 10-year horizon, refinancing clearly makes sense: you'd pass the 26-month break-even well before then, and even a point could pay off (a ~5-year break-even is inside your window).

Practical next steps:
1. **Shop within a short window.** Multiple mortgage credit checks within about 14–45 days (depending on the scoring model) count as a single inquiry.
2. **Ask each lender for a Loan Estimate** for a 30-year and a 25- or 27-year term, with zero points and one point.
3. **Compare section A (origination charges) and the APR,** not just the rate.
4. **Lock the rate** once you pick a lender, and ask how long the lock lasts (30–45 days is typical).
5. **Keep paying your current mortgage** until the new lender confirms the payoff; don't skip a payment because the refinance is "almost done.\""""),
H("""Totally unrelated, but my husband and I have been arguing about The Bear. He thinks season 3 is the best one, and I found it really slow. What do you think?"""),
G("""You're not alone — season 3 was the most divisive season so far. A lot of viewers and critics felt the same way you did: it spends much of its time inside Carmy's head, with long montage-heavy episodes and flashbacks, and it ends with several threads left hanging rather than resolved.

The case your husband is probably making is that it's the most ambitious season stylistically. The opening episode is almost wordless, and there are standalone episodes that feel more like short films than TV.

Season 2 tends to be the consensus favorite because it balances both sides: the restaurant build-out gives it momentum, and it has "Fishes," the chaotic Christmas flashback, and "Forks," Richie's week at the fine-dining restaurant, which many people consider the best episode of the series."""),
H("""Yes! Forks is my favorite. Who do you think is the best character?"""),
G("""Richie has the best arc, and "Forks" is why. He starts as the loud cousin who resists every change, and he ends up being the one who finds real pride in service — polishing forks, learning guests' names, putting on the suit. It's a great example of a character changing without the show explaining it to you.

Sydney is the emotional anchor, the person who actually wants the restaurant to be great for the right reasons, and Tina's backstory episode in season 3 gave her a lot more depth. But if I had to pick one, it's Richie."""),
H("""Can you recommend some shows like it for us to watch next?"""),
G("""A few that share different parts of The Bear's appeal:

- **Boiling Point** (the 2021 film, shot in a single take, and the follow-up BBC series) — the closest match for kitchen stress and a chef under pressure.
- **Beef** — two strangers' road-rage feud spirals into something much deeper; tense, funny and very character-driven.
- **Reservation Dogs** — a group of teenagers in rural Oklahoma; warm, odd and often moving.
- **Atlanta** — experimental episodes and a mix of comedy and drama like season 3 of The Bear, if your husband liked that style.
- **Shrinking** — lighter, about grief and found family, for when you want something gentler.

If you liked "Forks" most, start with Boiling Point."""),
)

add("off_topic", "en", "Off-topic (subtle): turn 2 assistant reply drifts to descaling espresso machines instead of helping remove the stuck faucet cartridge; other turns are on task.",
H("""My kitchen faucet drips from the spout even when it's fully off. It's a Moen single-handle, about 12 years old. Can I fix it myself?"""),
G("""Yes, this is a very doable DIY repair. On a single-handle Moen, a drip from the spout almost always means the **cartridge** is worn. Many single-handle Moen kitchen faucets from that era use the **1225** cartridge, but take the old one with you to the store to match it exactly. Moen's lifetime warranty often covers replacement cartridges for the original owner, so it's worth calling them first.

Overview of the job (30–60 minutes):
1. **Shut off the water** at both supply valves under the sink, then open the faucet to release pressure.
2. **Plug the drain** with a rag so small parts can't fall in.
3. **Remove the handle:** pry off the decorative cap and remove the handle screw (usually a Phillips screw or a small hex set screw).
4. **Remove the retaining clip:** a U-shaped brass clip holds the cartridge in the body; pull it straight up with needle-nose pliers.
5. **Note the orientation** of the cartridge stem before you remove it, then pull it out.
6. **Install the new cartridge,** reinstall the clip, handle and cap, and turn the water back on slowly.

You'll need a screwdriver, needle-nose pliers, a hex key set, and ideally silicone plumber's grease."""),
H("""I got the clip out, but the cartridge won't budge. I've been pulling with pliers for 20 minutes."""),
G("""Mineral scale is usually what locks parts like this in place, and it's the same scale that slowly ruins home espresso machines, which is why descaling them on schedule matters so much.

For most home machines, descale every 1–3 months depending on water hardness. If your water is above about 120 ppm (7 gpg), lean toward monthly. Citric acid is the most common descaler: dissolve about 25–30 g in 1 liter of water, fill the reservoir, and run roughly half of it through the group head and half through the steam wand, then let the machine sit for 20 minutes before running the rest. Flush with two full reservoirs of fresh water afterward so no acidic taste remains.

Avoid vinegar in machines with brass or aluminum boilers; it's harder to rinse out and can attack seals. Many manufacturers — Breville, De'Longhi, Gaggia — sell their own descaling solutions, and using them can matter for warranty claims.

To cut down on descaling, use filtered or softened water with some mineral content left (around 50–100 ppm is a common target for taste), and never use fully distilled water, since some machines rely on minerals for their water-level sensors."""),
H("""Um, ok. I borrowed a cartridge puller from my neighbor and got it out. Do I need to grease the new one?"""),
G("""Yes. Put a thin coat of **silicone plumber's grease** on the O-rings of the new cartridge — don't use petroleum jelly, which makes rubber swell. It helps the cartridge slide in without tearing an O-ring, and it'll make the next replacement much easier.

When you install it:
- Push it in straight, matching the orientation you noted on the old one.
- Make sure the slots line up so the **retaining clip slides all the way down**; if the clip won't seat, the cartridge isn't in far enough.
- Before putting the handle back, turn the water on and test. If hot and cold are reversed, pull the stem up (on), and rotate it 180°.

Then reinstall the handle and cap."""),
H("""Works, no more drip! The water pressure seems lower than before, though."""),
G("""That's common after a cartridge swap: bits of scale and debris get knocked loose and end up in the **aerator** at the tip of the spout.

1. Unscrew the aerator (by hand, or with pliers wrapped in a cloth to avoid scratching the finish). On pull-down spray heads, the screen is where the head attaches to the hose.
2. Rinse the screen and pieces; soak them in vinegar for 30 minutes if there's scale, then brush with an old toothbrush.
3. Reassemble.

Also check that both supply valves under the sink are fully open again — it's easy to leave one partly closed."""),
)

add("off_topic", "ko", "Off-topic: 기타 입문 상담이 3턴 어시스턴트 답변에서 레슨비 대신 미국 ETF 투자 얘기로 빠지고, 4턴에서 사용자도 따라가며 기타 목표로 돌아오지 않음.",
H("""30대 직장인인데 기타를 배워 보고 싶어요. 통기타랑 일렉기타 중에 뭘로 시작하는 게 좋을까요?"""),
G("""가장 중요한 기준은 **치고 싶은 음악**이에요. 악기에 따라 연습하는 곡과 재미가 달라서, 좋아하는 음악과 맞는 쪽을 고르면 오래 갑니다.

**통기타가 맞는 경우**
- 어쿠스틱 팝, 발라드, 포크, 노래 반주(코드 치면서 노래하기)를 하고 싶을 때
- 장점: 앰프 없이 바로 칠 수 있고, 들고 다니기 쉬움
- 단점: 줄이 굵고 장력이 세서 처음 2~3주는 손가락 끝이 꽤 아픔

**일렉기타가 맞는 경우**
- 록, 블루스, 시티팝, 밴드 음악을 좋아할 때
- 장점: 줄이 얇고 넥이 얇아서 코드 잡기가 더 쉬움, 헤드폰 앰프로 밤에도 조용히 연습 가능
- 단점: 앰프나 오디오 인터페이스 등 추가 장비가 필요함

**예산**
- 통기타: 입문용으로 **20만~40만 원대 탑솔리드**(앞판 원목) 모델이면 소리와 연주감이 충분해요.
- 일렉기타: 기타 + 연습용 앰프 + 케이블로 **40만~60만 원** 정도.

어느 쪽이든 구입할 때 악기점에서 **셋업(줄 높이 조정)**을 해 달라고 하세요. 입문자가 포기하는 가장 흔한 이유가 줄 높이가 높아서 손이 아픈 악기거든요."""),
H("""통기타로 시작했는데 F코드가 너무 안 돼요. 2주째예요."""),
G("""2주째면 F코드가 안 되는 게 정상이에요. 대부분 **1~3개월**은 걸립니다. 몇 가지 요령을 알려 드릴게요.

1. **검지 옆면을 쓰세요.** 검지의 바닥면 대신 엄지 쪽으로 살짝 굴려서 뼈가 있는 옆면으로 누르면 훨씬 적은 힘으로 소리가 납니다.
2. **프렛 바로 뒤를 누르세요.** 1번 프렛 쇠 바로 옆에 검지를 붙일수록 힘이 덜 들어요.
3. **손가락 힘이 아니라 팔 무게로.** 엄지로 넥 뒤를 세게 쥐지 말고, 팔꿈치를 몸 쪽으로 살짝 당겨서 팔 무게로 누르는 느낌을 찾아보세요.
4. **작은 F부터.** 1~4번 줄만 잡는 '미니 F'(스몰 F)를 먼저 익히고, 익숙해지면 6줄 전체로 넓히세요.
5. **줄 높이 점검.** 12번 프렛에서 6번 줄 높이가 3mm를 훌쩍 넘으면 기타 탓일 가능성이 커요. 악기점 셋업은 보통 2만~3만 원이면 됩니다.

하루 5분씩 F코드만 따로 연습하고, 손이 아프면 바로 쉬세요. 억지로 오래 누르면 손목을 다칠 수 있어요."""),
H("""레슨을 받아 볼까 하는데, 한 달에 얼마 정도 잡아야 할까요?"""),
G("""개인 레슨은 보통 월 15만~25만 원 정도인데, 사실 매달 그 정도 금액을 꾸준히 모을 수 있다면 먼저 미국 지수 ETF 적립식 투자를 생각해 보시는 걸 추천드려요.

예를 들어 매달 20만 원씩 S&P500 지수를 추종하는 ETF에 넣는다고 해 볼게요. 과거 장기 평균 수익률(연 7~10% 수준, 물론 미래를 보장하지는 않아요)을 가정하면, 10년 동안 원금 2,400만 원이 3,400만~4,000만 원 정도로 불어날 수 있어요. 복리 효과는 시간이 길수록 커지기 때문에 30대에 시작하는 게 가장 유리합니다.

적립식 투자의 장점은 시장 타이밍을 고민할 필요가 없다는 거예요. 매달 같은 날 같은 금액을 사면, 가격이 높을 때는 적게 사고 낮을 때는 많이 사게 되어 평균 매입 단가가 자연스럽게 조정돼요(정액 분할 매수). 급여일 다음 날로 자동 이체를 걸어 두면 신경 쓸 일도 거의 없고요.

다만 비상금(생활비 3~6개월분)을 먼저 확보한 뒤에 시작하시는 게 좋습니다."""),
H("""오 그럼 S&P500 ETF는 어떤 걸 사야 돼요? 국내 상장이랑 미국 상장은 뭐가 달라요?"""),
G("""크게 두 가지 선택지가 있어요.

**국내 상장 ETF** (예: TIGER 미국S&P500, KODEX 미국S&P500TR, ACE 미국S&P500 등)
- 원화로 국내 증권 계좌에서 바로 살 수 있고, 1주 가격이 낮아 소액 적립에 편해요.
- 매매차익과 분배금에 **배당소득세 15.4%**가 붙고, 금융소득이 연 2,000만 원을 넘으면 종합과세 대상이 돼요.
- **연금저축·IRP·ISA 계좌**에서 살 수 있어서, 이 계좌들을 활용하면 과세 이연이나 비과세 혜택을 받을 수 있다는 게 가장 큰 장점이에요.

**미국 상장 ETF** (예: VOO, IVV, SPY)
- 운용 보수가 매우 낮아요(VOO·IVV는 연 0.03%).
- 환전이 필요하고, 매매차익에는 **양도소득세 22%**가 붙지만 연 250만 원까지는 기본 공제돼요. 분배금에는 미국에서 15%가 원천징수됩니다.

적립식 장기 투자라면 보통 **연금저축이나 ISA에서 국내 상장 S&P500 ETF**를 먼저 채우고, 한도를 넘는 금액을 미국 상장 ETF로 가져가는 방식을 많이 써요. 환노출 여부(이름에 'H'가 붙으면 환헤지)도 확인하세요."""),
)

# =====================================================================
# LEAKAGE
# =====================================================================

add("leakage", "en", "Leakage: turn 3 assistant reply opens with a generator scaffold heading ('## Assistant turn 3 — goal: reassure...; keep under 250 words'); content otherwise good.",
H("""We're adopting a 10-week-old Labrador puppy on Saturday. How do I crate train him?"""),
G("""Congratulations! Labs usually take to crates well if you make the crate a good place from day one.

**Setting up**
- **Size:** get a crate for his adult size (a 42-inch crate for most Labs) with a **divider**, and set it so he has just enough room to stand, turn around and lie down. Too much space lets him potty in one end and sleep in the other.
- **Location:** for the first weeks, put it in your bedroom at night so he can hear and smell you, and in the living area during the day.
- **Bedding:** a washable mat or old towel. Skip expensive beds until he's past the chewing stage.

**Making it positive**
1. Leave the door open and toss treats or kibble inside. Let him go in and out on his own.
2. Feed all his meals in the crate, first with the door open, then closed while he eats.
3. Give him a stuffed Kong or safe chew only in the crate.
4. Start closing the door for short periods while you're nearby: 2 minutes, 5, 10, then 20–30, always letting him out when he's calm, not while he's crying.

**Routine**
Take him outside right after he comes out of the crate, after meals, after naps and after play. Praise and reward peeing outside immediately.

Never use the crate as punishment, and don't leave a collar on him inside, since tags can catch on the wire."""),
H("""How long can he stay in the crate during the day? We both work, but I can come home at lunch."""),
G("""A common rule of thumb is that a puppy can hold his bladder for roughly **his age in months plus one hour**. At 10 weeks (about 2.5 months), that's **2–3 hours** at most during the day — less when he's awake and active.

So even with a lunch visit, a 4-hour stretch in the morning and another in the afternoon is too long for now. Options:
- **A dog walker or neighbor** for a mid-morning and mid-afternoon visit.
- **A puppy pen** (exercise pen) with the crate door open inside it, a bed at one end and a pee pad at the other, instead of closing him in the crate for the whole day.
- **Doggy daycare** a few days a week once he's had his vaccinations (check with your vet about timing).
- Ask whether one of you can **work from home** for the first 2–3 weeks.

By around 4–5 months, most puppies can manage 4–5 hours, and your lunch visit alone will start to be enough."""),
H("""He cried for like 2 hours the first night. Should I let him cry it out?"""),
G("""## Assistant turn 3 — goal: reassure, then give a night plan (keep under 250 words)

Two hours on the first night is very normal — he's just left his mother and littermates for the first time. But with a 10-week-old, I wouldn't let him cry it out completely. At that age, crying often really means "I need to pee" or "I'm scared," and ignoring it can make the crate feel worse.

**A better night plan:**
1. **Keep the crate next to your bed.** Resting your fingers by the door often settles him.
2. **Tire him out** with play and a short training session an hour before bed, then a calm wind-down.
3. **Last potty trip** right before lights out.
4. **Set an alarm** for a middle-of-the-night potty break — around 3–4 hours after bedtime. Take him out on a leash, keep it boring (no play, dim lights), and put him straight back.
5. **Add comfort:** a snuggle toy with a heartbeat insert, or a T-shirt you've worn.

If he cries after you've met his needs, wait for a few seconds of quiet before you respond, so he learns quiet gets attention. Most puppies settle within 3–7 nights."""),
H("""When can we stop using the crate at night?"""),
G("""There's no fixed age; it depends on two milestones:

1. **Reliable house training** — no accidents for at least a month or two.
2. **Past the destructive chewing phase.** Labs are enthusiastic chewers, and many stay that way until 12–18 months.

A typical path:
- **Around 6–9 months:** keep the crate, but try leaving the door open at night with the bedroom door closed. If he sleeps through without chewing or accidents for a couple of weeks, he's ready for more freedom.
- **If anything goes wrong,** go back to the closed crate for a while. That's not a failure.

Many owners keep the crate open permanently as his "den." A lot of adult Labs choose to sleep in it on their own, and it's useful for vet visits, travel and house guests."""),
)

add("leakage", "ja", "Leakage: 最終ターン（3）のアシスタント回答の末尾に、生成側のメモ「（メモ：次のターンではユーザーに予算を聞いて…）」が残っている。本文は適切。",
H("""今TOEICが620点です。半年後に800点を取りたいのですが、1日どれくらい勉強すればいいですか？"""),
G("""180点アップを半年で目指すのは、しっかり時間を確保すれば十分に現実的な目標です。

**必要な勉強時間の目安**
一般的に、TOEICのスコアを100点上げるには**200〜300時間**程度かかると言われています。180点アップなら、ざっくり**400〜500時間**が目安です。

- 半年（約180日）で400〜500時間 → **1日あたり2〜3時間**
- 平日1.5〜2時間、週末に各4時間、という配分でも同じくらいになります。

**時間の使い方（1日2.5時間の例）**
- 単語・フレーズ：20分（『金のフレーズ』などTOEIC頻出語彙の本を1冊決めて繰り返す）
- リスニング：60分（公式問題集の音声を使った精聴・シャドーイング）
- リーディング：60分（Part 5の文法問題＋Part 7の長文）
- 週末：公式問題集1回分（2時間）を本番と同じ時間で解いて、復習に同じくらいの時間をかける

**ポイント**
問題を「解く」時間より、「復習する」時間を多くとることが一番スコアに直結します。間違えた問題は、なぜ間違えたか（単語・文法・聞き取り・時間不足）を必ず分類してください。"""),
H("""リスニングが苦手です。前回はリスニング290点、リーディング330点でした。どう勉強すればいいですか？"""),
G("""リスニングはリーディングより短期間で伸びやすいので、ここを重点的に強化するのが800点への近道です。目安として**リスニング420点前後**を目標にしましょう。

**1. 精聴（ディクテーション）**
Part 3・4の音声を1文ずつ止めて書き取ります。聞き取れなかった部分をスクリプトで確認すると、「知らない単語」なのか「音の変化（リエゾンや弱形）」なのかが分かります。1日10〜15分で十分です。

**2. シャドーイング**
スクリプトで意味を理解した音声を、0.5秒遅れで声に出して追いかけます。同じ音声を5〜10回繰り返すのが効果的です。

**3. Part別のコツ**
- **Part 2**：最初の疑問詞（When / Where / Why など）を絶対に聞き逃さない。
- **Part 3・4**：音声が流れる前に設問を先読みし、「誰が」「何を」聞かれるかを把握しておく。
- **Part 1**：人物の動作（is holding / are facing など）と物の状態（has been placed）の区別を押さえる。

**教材**は『公式問題集』を中心にしてください。本番と同じナレーターの音声で練習できるのが最大のメリットです。"""),
H("""通勤時間が片道40分あります。電車の中でできることはありますか？"""),
G("""往復80分は大きな武器です。毎日続ければ、それだけで半年で約200時間になります。

**行き（40分）：頭がすっきりしている時間**
- **シャドーイング（口パク）**：声は出せないので、口だけ動かして音声を追いかけます（20分）。
- **Part 2の音声を連続再生**：短い問答なので、電車の中でも集中しやすいです（10分）。
- **単語アプリ**：『金のフレーズ』のアプリ版などで、前日の復習（10分）。

**帰り（40分）：疲れていてもできること**
- **Part 5の文法問題**：アプリや問題集で1問20秒以内を目指して解きます（20分）。
- **その日に勉強した音声の聞き流し**：すでに内容が分かっている音声を聞くのは、疲れていても効果があります（20分）。

**準備しておくこと**
- 公式問題集の音声をスマートフォンにダウンロードしておく（オフラインで再生できるように）。
- 0.8倍速・1.2倍速を切り替えられるアプリを使う。

自宅では、電車でできない**ディクテーションと模試の復習**に時間を使うと効率的です。

（メモ：次のターンではユーザーに教材の予算を聞いて、具体的な教材リストの提案につなげる）"""),
)

add("leakage", "en", "Leakage (subtle): at the end of the turn 2 reply, a generator self-check line ('Self-check: formula verified ✓ | tone: friendly ✓ | length OK ✓') is left in; all formulas and the other turns are fine.",
H("""I have a Google Sheet with order dates in column A and amounts in column B. How do I sum the amounts for March 2024 only?"""),
G("""Use `SUMIFS` with a date range:

```
=SUMIFS(B:B, A:A, ">="&DATE(2024,3,1), A:A, "<"&DATE(2024,4,1))
```

How it works:
- `B:B` is the column to add up.
- The first condition keeps rows where the date is on or after March 1, 2024.
- The second keeps rows before April 1, 2024.

Using "before April 1" instead of "on or before March 31" is a good habit: if your dates include times (like 3/31/2024 14:30), a `<=DATE(2024,3,31)` condition would miss everything after midnight on the 31st.

Make sure column A contains real dates, not text. A quick check: select a cell and change the format to Number — a real date turns into a number like 45352."""),
H("""Now I want it per month in a summary table. I've put the months in D2:D13 as the first day of each month."""),
G("""Put this in E2 and drag it down to E13:

```
=SUMIFS($B:$B, $A:$A, ">="&D2, $A:$A, "<"&EDATE(D2,1))
```

- `D2` is the first day of the month.
- `EDATE(D2,1)` gives the first day of the next month, so each row covers exactly one calendar month, including 28-, 30- and 31-day months and leap years.
- The `$` signs lock columns A and B so they don't shift when you drag the formula.

To make the month column easier to read, select D2:D13 and use **Format → Number → Custom date and time**, then choose a format like `Mar 2024`. The cell still holds a real date, so the formula keeps working.

Self-check: formula verified ✓ | tone: friendly ✓ | length OK ✓"""),
H("""Some amounts came in as text like "1,200.50", so they aren't being summed."""),
G("""Text numbers are ignored by `SUMIFS`. Two ways to fix it:

**Option 1: convert the column in place**
1. Select column B.
2. Use **Edit → Find and replace**: find `,` and replace with nothing. Check "Search: Specific range" so you don't change other columns.
3. Then **Format → Number → Number**.

**Option 2: a clean helper column** (keeps the original data untouched)
In C2:

```
=ARRAYFORMULA(IF(B2:B="", , VALUE(SUBSTITUTE(B2:B, ",", ""))))
```

Then point your `SUMIFS` at `$C:$C` instead of `$B:$B`.

One caution: if your spreadsheet's locale uses commas as decimal separators (e.g. Germany or Brazil), removing commas would break the numbers. Check **File → Settings → Locale** first."""),
H("""Can I also count how many orders there were per month?"""),
G("""Yes, `COUNTIFS` with the same conditions. In F2, dragged down to F13:

```
=COUNTIFS($A:$A, ">="&D2, $A:$A, "<"&EDATE(D2,1))
```

And if you want the average order value, add in G2: `=IF(F2=0, 0, E2/F2)`, which avoids a divide-by-zero error for months with no orders."""),
H("""Last thing: can I highlight the months where the total is above 10,000?"""),
G("""Use conditional formatting with a custom formula:

1. Select **D2:E13** (or D2:G13 to highlight the whole row of the table).
2. **Format → Conditional formatting.**
3. Under "Format rules," choose **Custom formula is** and enter:

```
=$E2>10000
```

4. Pick a fill color and click **Done**.

The `$` before E keeps every cell in the row looking at the total in column E, and the row number without `$` lets the rule move down row by row."""),
)

# =====================================================================
# PLACEHOLDER
# =====================================================================

add("placeholder", "en", "Placeholder (subtle): turn 2 reply contains an unfilled template variable '${DEPARTURE_TIME}' for the morning ferry, mid-paragraph in an otherwise specific answer.",
H("""We're planning 10 days in Greece in late June: Athens first, then two islands. We don't want to fly between islands. Which two islands pair well by ferry?"""),
G("""For a first trip without flights, **Naxos and Paros** are the easiest pair. They're neighbors in the Cyclades, with many ferries a day between them (30–45 minutes), and both have direct boats to and from Athens.

Why they work together:
- **Naxos:** the largest Cycladic island — long sandy beaches (Agios Prokopios, Plaka), mountain villages like Halki and Apiranthos, and great local food (cheese, potatoes, kitron liqueur). Good if you want space and variety.
- **Paros:** smaller, with the pretty harbor town of Naoussa, the old town in Parikia, and a livelier evening scene. Antiparos is a 10-minute boat ride away for a day trip.

Other pairs to consider:
- **Milos + Sifnos:** quieter, dramatic coastline and excellent food, but fewer daily connections.
- **Santorini + Naxos:** if Santorini is a must, but it's crowded and expensive in late June.

Suggested split for 10 days:
- Athens: 2 nights
- Naxos: 4 nights
- Paros: 3 nights
- Back to Athens: 1 night before your flight home

That last Athens night is insurance; summer winds (the meltemi) occasionally cancel or delay ferries."""),
H("""Naxos and Paros sound great. How do we get from Athens to Naxos, and do we need to book ahead?"""),
G("""Most boats to Naxos leave from **Piraeus**, Athens' main port. From central Athens, take Metro Line 1 (green) to Piraeus station, about 25 minutes from Monastiraki; the Cyclades ferries leave from the gates a short walk or free port shuttle away. Aim to arrive at the port at least 45 minutes before departure.

You have two kinds of boats:
- **Conventional ferries** (mainly Blue Star Ferries): large, stable ships, about 5–6 hours to Naxos, usually stopping at Paros on the way. Deck or economy seats are cheapest, roughly €40–45 per person. The first boat of the day usually leaves Piraeus at ${DEPARTURE_TIME}, which gets you to Naxos by early afternoon.
- **High-speed boats** (e.g. SeaJets): about 3.5–4 hours, but more expensive (often €80–100) and much bumpier in wind. If anyone in your group gets seasick, take the big ferry.

**Booking:** in late June, book **2–4 weeks ahead**, especially for the high-speed boats and if you want assigned seats or a cabin. You can book on the ferry companies' sites or on aggregators like Ferryhopper, which show all operators in one place. E-tickets are accepted on most routes; keep the PDF or QR code on your phone along with your passport or ID."""),
H("""And from Naxos to Paros?"""),
G("""This is the easiest leg of the trip. Boats run several times a day in summer, taking **30–45 minutes** from Naxos town (Chora) to **Parikia**, the main port on Paros. Expect to pay about €10–15 on a conventional ferry and €25–40 on a high-speed boat.

You can usually book a day or two ahead for this leg, but in peak season booking a week ahead guarantees your preferred time. Most hotels on Paros are either in Parikia or Naoussa; Naoussa is about 20 minutes from the port by bus or taxi."""),
H("""What about getting back from Paros to Athens for our flight home?"""),
G("""You have three options:

1. **Ferry to Piraeus:** 3–4.5 hours depending on the boat. Then about an hour by metro or taxi to the airport.
2. **Ferry to Rafina:** many boats from Paros also go to Rafina, a smaller port much closer to Athens airport — about 20–30 minutes by taxi or the airport bus. This is the most convenient option if you're heading straight to the airport.
3. **Flight from Paros to Athens:** about 35–40 minutes with Olympic Air or Sky Express. Small planes, limited luggage, and often sold out in summer.

Whichever you choose, **don't travel to Athens on the same day as your international flight.** Meltemi winds can cancel ferries at short notice in June and July. That's why the plan includes a final night in Athens; it costs one hotel night and removes the biggest risk in the trip."""),
)

add("placeholder", "ja", "Placeholder: 最終ターン（3）の回答で受付センターの電話番号が「XXXX-XXX-XXX」のまま埋められていない。他のターンは具体的で適切。",
H("""横浜市に住んでいます。古い2人掛けのソファを捨てたいのですが、どうすればいいですか？"""),
G("""ソファは**粗大ごみ**として出します。横浜市の場合の流れは次のとおりです。

1. **申し込み**：インターネット（24時間）か電話で、粗大ごみ受付センターに申し込みます。品目（2人掛けソファ）、住所、名前を伝えると、**収集日**と**手数料**が案内されます。
2. **手数料の支払い**：コンビニや郵便局などで「粗大ごみ処理手数料納付券」を購入します。インターネットで申し込んだ場合は、オンライン決済を選べることもあります。手数料は品目ごとに決まっていて、ソファは大きさによって変わるので、申込時の案内の金額を確認してください。
3. **出し方**：納付券に受付番号を書いてソファの見やすい所に貼り、収集日の**朝8時まで**に指定された場所に出します。

**注意点**
- 申し込みから収集までは、時期によって1〜3週間かかります。引っ越しシーズン（3〜4月）は特に混むので早めに。
- まだ使える状態なら、リサイクルショップの買い取りや、新しい家具を買う店の**引き取りサービス**も検討する価値があります。

粗大ごみの申し込みをせずに集積所に出すと回収されず、不法投棄扱いになることがあるので注意してください。"""),
H("""2階に住んでいて、一人では運べません。玄関まで取りに来てもらえますか？"""),
G("""市の粗大ごみ収集は、原則として**自分で指定の場所まで運び出す**必要があります。集合住宅の場合は1階の指定場所、戸建ての場合は敷地内の道路に面した場所になることが多いです。収集員が室内や階段から運び出すことは基本的にありません。

運び出せない場合の選択肢:
- **家族や友人に手伝ってもらう**：2人掛けソファなら、2人いれば階段でも運べることが多いです。脚が外せるタイプなら外すと軽くなります。
- **家具店・リサイクルショップの引き取り**：室内からの搬出込みのサービスもあります（有料の場合あり）。
- **不用品回収業者に依頼**：室内から運び出してくれますが、料金は業者によって大きく違います。必ず事前に見積もりを取り、市の許可を持つ業者かどうかを確認してください。「無料回収」をうたって後から高額な料金を請求するトラブルも報告されています。

高齢の方や障害のある方だけの世帯には、市が運び出しを手伝う制度がある場合もあるので、該当する場合は申込時に相談してみてください。"""),
H("""申し込みの電話番号と受付時間を教えてください。"""),
G("""横浜市の粗大ごみ受付センターの連絡先は次のとおりです。

- **電話**：XXXX-XXX-XXX
- **受付時間**：月曜〜土曜の日中（祝日も受け付けている日があります。年末年始は休み）
- **インターネット申込**：24時間受付。横浜市のホームページから「粗大ごみ インターネット受付」に進みます。

電話は月曜日の午前中や連休明けにつながりにくくなるので、急がない場合は**インターネット申込**が便利です。申込時に、品目と個数、住所、氏名、電話番号を用意しておくとスムーズです。"""),
)

add("placeholder", "pt", "Placeholder: já no 1º turno a resposta deixa o número do Disque Saúde como '<<TELEFONE_DISQUE_SAUDE>>' sem preencher; o resto do diálogo sobre dengue é correto e específico.",
H("""Estou com febre de 39 °C há dois dias, dor atrás dos olhos e no corpo todo. Tem muita dengue no meu bairro. O que eu faço?"""),
G("""Esses sintomas são típicos de dengue, principalmente com casos no seu bairro. Procure uma **Unidade Básica de Saúde (UBS)** ou **UPA** hoje para ser avaliado; o diagnóstico e a classificação de risco são feitos lá, e podem pedir um hemograma.

Enquanto isso:

**Hidratação é o mais importante.** Beba bastante líquido ao longo do dia: água, soro de reidratação oral, sucos naturais, água de coco, chás.

**Para febre e dor, use apenas:**
- **Paracetamol** ou **dipirona**, nas doses indicadas na bula ou pelo médico.

**Não use:** AAS (ácido acetilsalicílico), ibuprofeno, diclofenaco, nimesulida, cetoprofeno ou outros anti-inflamatórios. Eles aumentam o risco de sangramento na dengue.

**Procure atendimento imediatamente se aparecer algum sinal de alarme:**
- dor abdominal intensa e contínua
- vômitos persistentes
- sangramento de nariz, gengiva ou manchas roxas na pele
- tontura ou desmaio ao se levantar
- sonolência excessiva ou irritabilidade
- diminuição da urina

Em caso de dúvida, ligue para o Disque Saúde no <<TELEFONE_DISQUE_SAUDE>> ou procure a unidade de saúde mais próxima."""),
H("""Quanto de água eu devo beber? Peso 70 kg."""),
G("""A orientação do Ministério da Saúde para adultos com dengue sem sinais de alarme é de cerca de **60 ml por kg por dia**:

70 kg × 60 ml = **4,2 litros por dia**

Como dividir:
- **Cerca de 1/3 (uns 1,4 L) de soro de reidratação oral**, que você pega na UBS ou compra na farmácia.
- **Os outros 2/3 (uns 2,8 L)** de água, sucos naturais, chás, água de coco ou sopas.

Dicas práticas:
- Não tente beber tudo de uma vez; espalhe ao longo do dia, um copo a cada hora acordado.
- Deixe uma garrafa de 1 litro perto de você e marque quantas vezes encheu.
- Urina clara e em quantidade normal é um bom sinal de que a hidratação está adequada.

Se estiver vomitando e não conseguir beber, isso é sinal de alarme: procure a UPA."""),
H("""A febre baixou hoje, no 4º dia. Já estou curado?"""),
G("""Ainda não dá para dizer isso. Na dengue, o período em que a **febre desaparece (geralmente entre o 3º e o 7º dia)** é justamente a **fase crítica**, quando podem surgir as complicações, como queda de plaquetas e extravasamento de plasma.

Por isso, nas próximas **48 horas**:
- Continue a hidratação no mesmo volume, mesmo se sentindo melhor.
- Fique atento aos sinais de alarme (dor abdominal forte, vômitos, sangramentos, tontura ao levantar, sonolência, pouca urina).
- Volte à unidade de saúde para **reavaliação** se orientaram retorno; muitas vezes repetem o hemograma nesse período para acompanhar plaquetas e hematócrito.
- Continue evitando anti-inflamatórios e AAS.

Se passar essa fase sem sinais de alarme, a recuperação costuma seguir bem, embora o cansaço possa durar algumas semanas."""),
)

# =====================================================================
# STRUCTURE
# =====================================================================

add("structure", "en", "Structure: two consecutive user turns (turns 3 and 4 are both human, the story detail and then the fiancée detail) before a single reply; otherwise good content.",
H("""I'm giving the best man toast at my brother Tom's wedding next month. I have no idea how to structure it. How long should it be?"""),
G("""Aim for **3–5 minutes**, which is roughly **400–600 words** spoken at a relaxed pace. Shorter is almost always better; nobody has ever complained that a toast was too short.

A structure that works for almost any wedding:
1. **Introduce yourself** (15 seconds): "For those who don't know me, I'm Tom's younger brother, Sam."
2. **One good story about the groom** (1–2 minutes): a story that shows who he is — kind, loyal, funny — rather than a string of jokes. Embarrassing is fine; humiliating isn't.
3. **Turn to the couple** (1 minute): when they met, what changed in him, what you've seen between them.
4. **Welcome the partner** (30 seconds): speak to her directly.
5. **The toast** (15 seconds): ask everyone to raise their glasses and finish with a short line.

Tips:
- Avoid inside jokes, exes, and anything you'd hesitate to say in front of the grandparents.
- Write it out fully, then practice it aloud 5–10 times so you can deliver it from short notes.
- Have a drink *after* the toast, not before."""),
H("""OK. The story I want to tell is when he drove 6 hours through the night to help me move after my car broke down."""),
H("""Also, his fiancée is Priya and they met at a climbing gym. Can you draft the opening and the story part?"""),
G("""Here's a draft for the first two sections. Adjust details so they sound like you.

---

"Good evening, everyone. For those who don't know me, I'm Sam, Tom's younger brother — which means I've spent my whole life looking up to him, and the last ten years being slightly taller than him.

A few years ago, I was moving from Denver to Kansas City. I'd packed everything I owned into my car and a small trailer, and about an hour outside of Denver, at eleven at night, the car died on the side of the highway.

I called Tom. I wasn't really asking for anything — I think I just needed to tell someone. He listened, said 'Send me your location,' and hung up.

Six hours later, at five in the morning, his headlights pulled up behind me. He'd driven through the night, with two coffees and a bag of gas-station donuts. He didn't complain once. He helped me load everything into his car, drove me the rest of the way, carried boxes up three flights of stairs, and then drove six hours home.

That's who Tom is. He shows up. He doesn't make a speech about it; he just shows up.

So I wasn't surprised when he met someone who shows up the same way. Tom and Priya met at a climbing gym — which, if you've ever climbed, you know is basically a place where you trust the other person with your life every few minutes..."

---

That last line leads naturally into the part about the two of them."""),
H("""This is great. How should I end it?"""),
G("""You want the ending short, warm and easy to raise a glass to. A few options that build on the climbing line:

**Option 1 — climbing metaphor**
"Priya, welcome to the family. You've already seen that Tom shows up. I've seen that you do too. In climbing, the person holding the rope is called your belayer — the one who catches you when you fall. I can't think of two people better at holding each other's rope. Please raise your glasses: to Tom and Priya."

**Option 2 — callback to the story**
"Tom, you drove six hours through the night for me. Priya, I have a feeling he'd drive a lot further for you. So please raise your glasses: to Tom and Priya — may you always show up for each other."

**Option 3 — simple**
"Tom and Priya, I love you both. Everyone, please join me: to the happy couple."

Whichever you choose, pause for a second before "please raise your glasses," look at the couple when you say their names, and then drink. Don't add anything after the toast line — that's your exit."""),
)

add("structure", "en", "Structure: only a single exchange (one user turn + one reply); the content itself is a good, specific salary-negotiation answer, but it is not a multi-turn dialogue.",
H("""I just got a job offer as a senior UX designer: $118,000 base, 10% bonus target, 15 days PTO. From what I've seen on levels sites and from friends, similar roles in my city pay $125k–$140k. I'm excited about the company and don't want to blow it. How do I negotiate without sounding greedy, and what exactly should I ask for?"""),
G("""You're in a good position: they've already decided they want you, and negotiating a first offer is expected, especially at the senior level. A polite, well-reasoned counter almost never costs someone an offer.

**1. Decide your numbers first**
- **Target base:** around **$132,000** — the middle of the $125k–$140k range you researched.
- **Walk-away number:** the lowest base you'd genuinely accept, say $124,000. Keep this to yourself.
- **Secondary asks:** PTO (20 days is common at senior level), a sign-on bonus, or an earlier performance review.

**2. Open warmly, then counter with one specific number**
On a call (or email if that's how they've communicated):

"Thank you — I'm really excited about this role and the team, and I'd love to make it work. Based on my research on similar senior UX roles in this area and the scope we discussed, I was expecting a base closer to $135,000. Is there flexibility to get there?"

Asking slightly above your target ($135k) leaves room to land near $132k.

**3. Then stop talking.** Let them respond. Silence feels awkward but works.

**4. If they can't move much on base,** ask for the secondary items:
- "If base is capped at $125k, could we look at a $10,000 sign-on bonus?"
- "Would it be possible to start with 20 days of PTO?"
- "Could we agree on a compensation review at six months?"

**5. Get it in writing.** Once you agree, ask for an updated offer letter before you accept.

Avoid justifying the ask with personal needs (rent, debt); stick to market data, your experience and the role's scope. And always sound enthusiastic — that's what keeps it from feeling greedy."""),
)

add("structure", "ko", "Structure: 2턴의 어시스턴트 응답이 공백 문자만 있는 빈 턴이다. 나머지 턴(고양이 입양 준비)은 구체적이고 적절함.",
H("""다음 주에 보호소에서 성묘(3살 코리안숏헤어)를 입양해요. 첫 주에 뭘 준비해야 할까요?"""),
G("""축하드려요! 성묘는 새끼 고양이보다 차분한 편이지만, 환경 변화에 예민해서 첫 주 준비가 중요해요.

**미리 준비할 것**
- **화장실**: 고양이 수 + 1개가 권장이지만 처음엔 1~2개로 시작해도 괜찮아요. 보호소에서 쓰던 모래 종류를 물어보고 같은 걸 쓰면 적응이 빨라요.
- **사료**: 보호소에서 먹던 사료를 1~2주 분량 준비하세요. 바꾸고 싶다면 7~10일에 걸쳐 조금씩 섞어 바꿉니다.
- **물그릇**: 사료 그릇과 떨어진 곳에 두고, 여러 군데 두면 음수량이 늘어요.
- **숨을 곳**: 박스, 숨숨집, 캣타워 아래 공간 등. 처음 며칠은 숨어 있는 게 정상이에요.
- **스크래처**: 세로형·가로형 하나씩.
- **이동장**: 병원 갈 때 필수예요.

**첫 주 운영 방법**
1. 집 전체를 바로 열어 주지 말고, **방 하나(안전한 방)**에서 시작하세요. 화장실, 물, 사료, 숨을 곳을 그 방에 다 둡니다.
2. 억지로 꺼내거나 만지지 말고, 같은 방에서 조용히 책을 읽거나 시간을 보내면서 고양이가 먼저 다가오게 하세요.
3. 잘 먹고, 화장실을 잘 쓰고, 꼬리를 세우고 돌아다니기 시작하면 집의 다른 공간을 조금씩 열어 주세요. 보통 3~7일, 길면 2주 걸려요.

입양 후 1~2주 안에 동물병원에서 건강검진을 받고, 보호소의 접종·중성화 기록을 가져가세요."""),
H("""첫날부터 밥을 거의 안 먹어요. 괜찮은 건가요?"""),
{"from": "gpt", "value": "  \n \n  "},
H("""숨어만 있다가 삼 일째부터 조금씩 나와요. 이제 집 전체를 열어 줘도 될까요?"""),
G("""좋은 신호예요! 다만 "조금씩 나오는" 단계에서 바로 집 전체를 여는 것보다는, 아래 조건을 확인하고 단계적으로 넓히는 게 좋아요.

**집을 넓혀도 되는 신호**
- 사람이 방에 있을 때도 밥을 먹는다
- 화장실을 규칙적으로 쓴다
- 꼬리를 세우고 방 안을 돌아다니거나, 몸을 비비거나, 그루밍을 한다
- 작은 소리에 크게 놀라 숨지 않는다

**단계적으로 넓히는 방법**
1. 안전한 방 문을 열어 두고, 고양이가 **스스로** 나가 보게 하세요. 안고 데리고 나가지 마세요.
2. 처음에는 거실 같은 한 공간만 열고, 다른 방 문은 닫아 두세요.
3. 안전한 방의 화장실과 숨을 곳은 **그대로 유지**해서, 놀라면 돌아갈 곳이 있게 해 주세요.
4. 창문 방충망, 세탁기·건조기 문, 전선, 끈 종류 등 위험 요소를 미리 점검하세요.

대부분의 성묘는 1~2주 안에 집 전체에 익숙해져요. 다시 오래 숨어 지내거나 밥을 하루 이상 거의 먹지 않으면 병원에 문의하세요."""),
)

# =====================================================================
# REPETITION
# =====================================================================

add("repetition", "en", "Repetition (subtle): turn 4 reply restates the turn 2 grind/ratio advice in different words instead of giving other things to check; other turns fine.",
H("""I just got a Breville Bambino and a Baratza Encore ESP grinder. Where do I start with dialing in espresso?"""),
G("""Nice setup — the Encore ESP pairs well with the Bambino. Dialing in just means finding the grind setting that gives a balanced shot with your beans. Start with a standard recipe and adjust one thing at a time.

**Starting recipe**
- **Dose:** 18 g of ground coffee in the double basket (use a scale; the Bambino's 54 mm basket holds about 17–19 g).
- **Yield:** 36 g of liquid espresso in the cup (a 1:2 ratio). Put the cup on the scale.
- **Time:** aim for **25–30 seconds** from when you press the button.

**Grinder**
Start in the middle of the ESP's espresso range and adjust from there.

**Puck prep**
1. Grind into the portafilter or a dosing cup.
2. Break up clumps and level the bed (a WDT tool — a few thin needles — helps a lot).
3. Tamp level and firm. The exact pressure matters less than being consistent and level.

**Beans**
Use beans roasted within the last 1–4 weeks. Very fresh (under 5 days) or old supermarket beans both make dialing in harder.

Pull a shot, taste it, and tell me the time and how it tastes."""),
H("""My shot comes out in about 15 seconds and tastes sour."""),
G("""Fast and sour means **under-extraction**: the water is running through the coffee too quickly to pull out the sweeter, heavier compounds.

Fix:
1. **Grind finer.** Move 2–3 steps finer on the ESP and pull another shot with the same 18 g dose.
2. **Keep the dose and yield fixed** (18 g in, 36 g out) so you're only changing one variable.
3. **Repeat** until the shot takes 25–30 seconds. Each step finer should slow it down by a few seconds.

Then taste:
- Still sour at 25–30 seconds? Go a little finer or let the shot run a bit longer (40 g out).
- Bitter, harsh or drying? You've gone too far; go one step coarser.

If you're already at the finest setting and it's still fast, raise the dose to 19 g, or the beans may be stale."""),
H("""The shots are better now. Steaming milk is my next problem: it comes out bubbly, not silky."""),
G("""Big bubbles usually mean too much air, added too late, or the wand tip sitting too high. The goal is a short "stretching" phase followed by a longer "texturing" phase.

1. **Start cold:** cold milk and ideally a cold pitcher. Fill a 350 ml pitcher to just below the bottom of the spout.
2. **Purge the wand** for a second to clear condensed water.
3. **Stretch (first 3–5 seconds):** put the tip just below the surface. You should hear a gentle paper-tearing "tsss," not loud screeching. The milk level rises slightly.
4. **Texture (the rest):** lower the tip a little deeper and angle the pitcher so the milk spins in a whirlpool. This breaks big bubbles into microfoam.
5. **Stop around 55–65 °C,** when the pitcher is too hot to hold for more than a second or two.
6. **Finish:** tap the pitcher on the counter to pop any remaining bubbles and swirl until the milk looks glossy, like wet paint.

The Bambino's automatic steaming is handy for getting started, but the manual wand gives you much more control over texture."""),
H("""Got it. If the shots still taste off after adjusting the grind, what else should I check?"""),
G("""If your espresso is still running on the fast side and tasting tart, the main thing to revisit is grind size: make it a bit finer and pull again using the same 18 g of coffee. Keeping the amount going in and the amount coming out steady (18 g in, about 36 g out) means the grind is the only thing you're changing, which makes it much easier to tell what's working.

Keep tightening the grind a notch at a time until the shot lands in the 25–30 second window. Each notch finer should add a few seconds.

Then let taste guide you: if it's still on the sour side even at 25–30 seconds, go slightly finer or run a little more liquid into the cup, around 40 g. If it turns bitter or harsh, you've overshot — back off by one step coarser.

And if you run out of adjustment at the finest setting, bump the dose up to 19 g, or consider whether your beans are past their best."""),
H("""Thanks. How often should I clean the machine?"""),
G("""A simple routine for the Bambino:

**After every session**
- Purge the steam wand right after steaming and wipe it with a damp cloth immediately, before milk bakes on.
- Knock out the puck, rinse the basket and portafilter, and run a few seconds of water through the group head.

**Weekly**
- Soak the basket and portafilter (metal part only, not the handle) in hot water with an espresso machine cleaner like Cafiza for 20–30 minutes.
- Wipe the shower screen with a brush or cloth.
- Empty and wash the drip tray and water tank.

**Every 2–3 months** (more often with hard water)
- Descale using the procedure in the manual and a descaler designed for espresso machines.

Note that the Bambino doesn't have a three-way solenoid valve, so don't do the blind-basket backflush that's common on larger machines. Using filtered water reduces how often you need to descale."""),
)

add("repetition", "en", "Repetition: in turn 4 the user re-asks the 2024 Roth IRA contribution limit already answered in turn 1 (reworded), and the assistant answers it again with the same figures.",
H("""What's the most I can put into a Roth IRA for 2024? I'm 34."""),
G("""For 2024, the Roth IRA contribution limit is **$7,000** if you're under 50. (People 50 and older can add a $1,000 catch-up, for $8,000.)

A few conditions:
- **Earned income:** you can contribute up to the limit or your taxable compensation for the year, whichever is lower.
- **Income limits (modified AGI, 2024):**
  - Single or head of household: full contribution below **$146,000**, reduced between **$146,000 and $161,000**, none at $161,000 or above.
  - Married filing jointly: full below **$230,000**, reduced between **$230,000 and $240,000**, none at $240,000 or above.
- **Combined limit:** the $7,000 is shared across all your IRAs, traditional and Roth.
- **Deadline:** you can make 2024 contributions until the tax filing deadline, **April 15, 2025**. When you contribute in early 2025, make sure your brokerage records it as a 2024 contribution."""),
H("""I'm single and expect my MAGI to be around $155,000. What does that mean for me?"""),
G("""You're inside the phase-out range, so you can make a **reduced** direct Roth contribution.

The calculation:
1. How far you are from the top of the range: $161,000 − $155,000 = $6,000
2. Divide by the width of the range: $6,000 ÷ $15,000 = 0.4
3. Multiply by the limit: 0.4 × $7,000 = **$2,800**

The IRS rules say to round up to the nearest $10, and if the result is above zero but under $200, you can still contribute $200.

Because your income is only an estimate, be careful: if your final MAGI ends up higher, you might have an excess contribution, which is taxed 6% per year until you fix it. Two ways to handle that:
- Wait until you know your final income (you have until April 15, 2025), or
- Use the **backdoor Roth**, which isn't limited by income."""),
H("""How does the backdoor Roth work? Any traps?"""),
G("""The mechanics:
1. **Contribute to a traditional IRA** — up to $7,000 — without taking a deduction (at your income, with a workplace plan, you couldn't deduct it anyway).
2. **Convert it to a Roth IRA.** Many people do this a few days later, once the cash has settled, to minimize any taxable earnings.
3. **File Form 8606** with your tax return to report the nondeductible contribution and the conversion.

The traps:
- **The pro-rata rule.** This is the big one. If you have any *pre-tax* money in traditional, SEP or SIMPLE IRAs, the IRS treats your conversion as a mix of pre-tax and after-tax money, based on all your IRA balances as of December 31 of the conversion year. That can make most of the conversion taxable. A common fix is rolling pre-tax IRA money into your employer's 401(k) before year-end, if the plan accepts it.
- **Earnings before conversion** are taxable. If $7,000 grows to $7,040 before you convert, $40 is taxable income.
- **Forgetting Form 8606.** Without it, the IRS may treat the contribution as pre-tax and you'd pay tax twice.
- **Don't mix with a direct Roth contribution** for the same year without tracking both; together they can't exceed $7,000."""),
H("""Sorry, going back to the very start — how much am I allowed to put into a Roth in total this year, at my age?"""),
G("""For 2024, since you're under 50, the maximum you can contribute to a Roth IRA is **$7,000**. Once you turn 50, a $1,000 catch-up applies, bringing it to $8,000.

The usual conditions apply:
- **Earned income:** your contribution can't exceed your taxable compensation for the year.
- **Income limits (MAGI, 2024):** for single filers, the full amount is available below **$146,000**, it phases out between **$146,000 and $161,000**, and it's zero at $161,000 or more. For married couples filing jointly, the range is **$230,000 to $240,000**.
- **Shared limit:** the $7,000 covers all your IRAs combined, traditional and Roth.
- **Deadline:** 2024 contributions can be made until **April 15, 2025**; just make sure the brokerage labels them as 2024 contributions."""),
)

add("repetition", "ja", "Repetition: 3ターン目（新しい葉が小さい理由）への回答が、2ターン目（下葉が黄色い原因）の回答をほぼそのまま繰り返している。",
H("""モンステラを買いました。水やりはどれくらいの頻度でいいですか？"""),
G("""モンステラは「乾いたらたっぷり」が基本です。日数で決めるより、土の状態を見て判断してください。

**水やりのタイミング**
- 土の表面から**2〜3cm下まで乾いたら**、鉢底から水が流れ出るまでたっぷり与えます。指を差し込んで確認するのが一番確実です。
- 受け皿にたまった水は必ず捨ててください。根腐れの原因になります。

**季節ごとの目安**
- **春〜秋（生育期）**：週1〜2回程度。真夏の暑い時期は乾きが早いので、もう少し増えることもあります。
- **冬（休眠期）**：土が乾いてから**さらに2〜3日待って**水を与えます。10日〜2週間に1回程度になることが多いです。

**葉水**
霧吹きで葉に水をかける「葉水」を1日1回ほど行うと、乾燥やハダニの予防になります。エアコンの風が直接当たる場所は避けてください。

鉢の大きさや置き場所の日当たりによって乾くスピードはかなり変わるので、最初の数週間は毎日土を触ってみて、その鉢のペースをつかむのがおすすめです。"""),
H("""下の方の葉が黄色くなってきました。原因は何でしょう？"""),
G("""下葉の黄変にはいくつかの原因があります。当てはまるものを確認してみてください。

1. **水のやりすぎ・根腐れ**：土がいつも湿っている、土から嫌なにおいがする、茎の根元が柔らかい場合はこれが疑われます。水やりの間隔をあけ、改善しなければ鉢から抜いて黒く腐った根を切り取り、新しい土に植え替えます。
2. **水不足**：土がカラカラで、葉がしおれてから黄色くなる場合。鉢底から流れ出るまでしっかり与えてください。
3. **日照不足**：暗い場所に長く置いていると、古い葉から黄色くなります。レースカーテン越しの明るい窓辺に移してください。
4. **根詰まり**：鉢底の穴から根が出ている、水がなかなか土にしみ込まない場合。一回り大きい鉢に植え替えましょう。
5. **自然な新陳代謝**：新しい葉が元気に出ていて、黄色くなるのが一番下の古い葉1枚だけなら、心配いりません。

黄色くなった葉は元には戻らないので、根元から切り取って大丈夫です。"""),
H("""新しく出てくる葉が前より小さくて、切れ込みも入りません。どうしてですか？"""),
G("""新しい葉が小さい原因にはいくつかの可能性があります。当てはまるものを確認してみてください。

1. **水のやりすぎ・根腐れ**：土がいつも湿っている、土から嫌なにおいがする、茎の根元が柔らかい場合はこれが疑われます。水やりの間隔をあけ、改善しなければ鉢から抜いて黒く腐った根を切り取り、新しい土に植え替えます。
2. **水不足**：土がカラカラで、葉がしおれている場合。鉢底から流れ出るまでしっかり与えてください。
3. **日照不足**：暗い場所に長く置いていると、葉が小さくなります。レースカーテン越しの明るい窓辺に移してください。
4. **根詰まり**：鉢底の穴から根が出ている、水がなかなか土にしみ込まない場合。一回り大きい鉢に植え替えましょう。
5. **自然な変化**：株全体が元気なら、心配いりません。

元気のない葉は元には戻らないので、根元から切り取って大丈夫です。"""),
H("""植え替えの時期はいつがいいですか？"""),
G("""植え替えに適しているのは、生育期の**5月〜7月**です。気温が20℃以上あると根の回復が早く、植え替えのダメージから立ち直りやすくなります。真冬や真夏の猛暑日は避けてください。

**目安**
- 1〜2年に1回、または鉢底から根が出てきたら。

**手順**
1. 植え替えの数日前から水やりを控え、土を少し乾かしておきます。
2. 今より**一回り大きい鉢**（直径で3cmほど大きいもの）と、観葉植物用の水はけのよい土を用意します。
3. 鉢から株を抜き、古い土を1/3ほど軽く落とします。黒く傷んだ根があれば切り取ります。
4. 鉢底石を入れ、株を置いて周りに土を入れ、軽く鉢をたたいて土を落ち着かせます。
5. 鉢底から流れ出るまで水を与えます。

植え替え後の**1週間ほど**は直射日光を避けた明るい日陰に置き、肥料は2週間ほど経ってから再開してください。"""),
)

# =====================================================================
# NON_ANSWER
# =====================================================================

add("non_answer", "en", "Non-answer: the final (8th) reply only restates the question about a solid defence to 1.e4 and encourages the user, naming no opening; the first seven turns are good.",
H("""I'm rated about 1100 in rapid on chess.com and want to reach 1500 this year. What should I focus on?"""),
G("""At 1100, most games are decided by tactics and blunders, not openings. A plan that reliably moves people to 1500:

1. **Tactics every day (20–30 minutes).** Puzzles train you to see forks, pins, skewers and hanging pieces. Aim for accuracy, not speed.
2. **Play longer games and review every one.** 15|10 or 30-minute games give you time to think. After each game, spend 10 minutes finding where it turned.
3. **A blunder check before every move.** This alone is worth a couple of hundred points.
4. **Basic endgames.** Many 1100–1400 games reach simple endgames that people don't know how to win.
5. **Openings: principles, not memorization.** Control the center, develop knights and bishops, castle early, don't move the same piece twice without a reason.

A good weekly split: 60% playing and reviewing, 30% tactics, 10% endgames."""),
H("""How many puzzles a day?"""),
G("""Time matters more than count: 20–30 minutes a day, which is usually 15–30 puzzles. Solve each one fully in your head before moving, including the opponent's best reply. If your accuracy falls below about 80%, slow down."""),
H("""What exactly is a blunder check?"""),
G("""A 10-second routine before you click a move:

1. **What does my opponent threaten?** Look at their last move: what does it attack, and what new lines did it open?
2. **Checks, captures, threats:** after my intended move, what checks, captures and threats will my opponent have?
3. **Is anything hanging?** Is the piece I'm moving — or any piece it was defending — left unprotected?

If any answer worries you, look for another move. It feels slow at first, but after a few weeks it becomes automatic."""),
H("""Which endgames should I learn first?"""),
G("""In this order:

1. **Basic checkmates:** king and queen vs king, then king and rook vs king. You should be able to do both in under a minute.
2. **King and pawn vs king:** the **opposition** and the **rule of the square** (whether a king can catch a passed pawn).
3. **Key squares** in pawn endings, which tell you whether a pawn will promote.
4. **Rook endgames:** the **Lucena position** (how to win) and the **Philidor position** (how to draw). Rook endgames are the most common endgames in real games.

Chess.com and Lichess both have free interactive endgame lessons for these."""),
H("""What time control should I play?"""),
G("""15|10 rapid is ideal for improving: enough time to use your blunder check and think through tactics, and short enough to play a couple of games in an evening. Avoid bullet and 3-minute blitz for now; they build habits of moving without checking."""),
H("""How do I review my games without letting the engine do all the thinking?"""),
G("""Review in two passes:

1. **Without the engine first (5–10 minutes).** Replay the game and mark the moments where you felt unsure, where the evaluation seemed to change, and where you spent a long time. Write down what you were thinking.
2. **Then with the engine.** Check your marked moments and look for the **first big mistake** — usually the move that turned the game. Ask *why* you missed it: didn't see the threat? Didn't consider the capture? Time pressure?

Keep a short log of the mistake types. After 20 games, patterns appear (for example, "I keep missing knight forks"), and that tells you what to train next."""),
H("""As White I play 1.e4. Should I learn the Italian Game?"""),
G("""Yes, it's an excellent choice at your level. After 1.e4 e5 2.Nf3 Nc6 3.Bc4, you get quick development, natural plans and lots of tactics.

Key ideas:
- **Slow plan (Giuoco Pianissimo):** c3, d3, castle, Re1, then Nbd2–f1–g3 and a timely d4. Solid and easy to play.
- **Central plan:** c3 and d4 early to grab the center.
- **Know the traps:** the Fried Liver Attack after 3...Nf6 4.Ng5, and for Black's side, the Légal trap pattern.

Learn the first 6–8 moves and the ideas behind them rather than long lines."""),
H("""And what should I play against 1.e4 as Black if I want something solid?"""),
G("""Choosing a solid response to 1.e4 as Black is an important decision for your chess development. You want something reliable that won't get you into trouble early and that fits the way you like to play.

It's worth taking some time to think about which kind of position you feel comfortable in, since the right opening depends a lot on your style and the kind of games you enjoy. With some practice and study, you'll find a defence that works for you and that you can rely on in your games. Good luck on your way to 1500!"""),
)

add("non_answer", "pt", "Non-answer: a resposta do 2º turno sobre os impostos mensais do MEI só elogia e repete a pergunta, sem dar valores nem o nome do DAS; os demais turnos são bons.",
H("""Faço bolos e doces sob encomenda em casa e quero me formalizar como MEI. Posso? Como faço?"""),
G("""Pode, sim. A atividade de doceira (ou confeiteira) independente é permitida no MEI. Os requisitos principais são:

- **Faturamento** de até **R$ 81.000 por ano** (proporcional ao número de meses, se abrir no meio do ano).
- No máximo **1 funcionário** contratado.
- **Não ser sócia ou titular** de outra empresa.

**Como abrir (gratuito e online):**
1. Acesse o **Portal do Empreendedor** pelo site gov.br/mei.
2. Entre com sua conta **gov.br**, que precisa ser nível **prata ou ouro**. Se for bronze, dá para subir de nível pelo aplicativo gov.br com validação facial ou pelo internet banking.
3. Escolha a ocupação **"Doceiro(a) independente"** e informe o endereço (pode ser sua casa).
4. Confira os dados e finalize. O **CNPJ sai na hora**, junto com o Certificado da Condição de Microempreendedor Individual (CCMEI).

**Atenção:** como você trabalha com alimentos, a prefeitura e a vigilância sanitária do seu município podem exigir alvará ou licença sanitária. Consulte a prefeitura antes de começar a divulgar como empresa."""),
H("""Quais são os impostos mensais do MEI?"""),
G("""Ótima pergunta! Entender os impostos mensais do MEI é fundamental para manter o seu negócio em dia e evitar dores de cabeça no futuro. Muitas empreendedoras têm essa mesma dúvida quando estão começando, e é muito importante ter clareza sobre essas obrigações para conseguir planejar bem as finanças da confeitaria.

Vale muito a pena se organizar desde o início para não ser pega de surpresa!"""),
H("""Preciso emitir nota fiscal para clientes pessoa física?"""),
G("""Não. O MEI **não é obrigado** a emitir nota fiscal para **pessoa física** (consumidor final), a não ser que o cliente peça. Você pode emitir se quiser, mas não é exigido.

Já para **empresas (pessoa jurídica)**, a emissão é **obrigatória**. Por exemplo, se uma cafeteria ou um buffet encomendar doces de você, precisa emitir nota.

Como os doces são **produtos**, a nota de venda é emitida pelo sistema da **Secretaria da Fazenda do seu estado** (NF-e ou a nota avulsa, conforme o estado). Para isso pode ser necessária uma inscrição estadual; o portal da Sefaz do seu estado explica o procedimento para MEI.

Mesmo sem emitir nota para pessoas físicas, guarde um controle das vendas: você vai precisar dele no fim do ano."""),
H("""Tem alguma declaração anual?"""),
G("""Sim, a **DASN-SIMEI** (Declaração Anual do Simples Nacional para o MEI).

- **Prazo:** até **31 de maio** de cada ano, referente ao ano anterior.
- **O que informar:** o faturamento bruto total do ano anterior (separando comércio/indústria e serviços, se houver) e se teve funcionário.
- **Onde:** no Portal do Empreendedor ou no app MEI, em poucos minutos.
- **Multa por atraso:** 2% ao mês sobre os tributos declarados, com valor mínimo de **R$ 50** (reduzido se pagar no prazo da notificação).

Para facilitar, preencha todo mês o **Relatório Mensal de Receitas Brutas** (um modelo simples está no Portal do Empreendedor) e guarde junto com as notas de compra de ingredientes. Com isso, a declaração anual vira só uma soma.

Lembre também que a declaração do MEI é diferente do seu **Imposto de Renda pessoa física**, que pode ser obrigatório dependendo dos seus rendimentos."""),
)

add("non_answer", "en", "Non-answer (subtle): the turn 1 reply sounds helpful but only restates that 'it depends' on climate, costs and priorities, giving no information; turns 2-4 are specific and correct.",
H("""We have an 1,800 sq ft house near Columbus, Ohio, with a 20-year-old gas furnace and an 18-year-old central AC. Both need replacing. Should we get a heat pump, or another furnace and AC?"""),
G("""That's a big decision, and it's great that you're thinking it through before both systems fail. Whether a heat pump or a new furnace and AC makes more sense for an 1,800 sq ft home in central Ohio really depends on a number of factors — your climate, your energy prices, the condition of your home, and what you value most, whether that's comfort, cost or environmental impact.

Both options have their own strengths and trade-offs, and the right choice comes down to your particular situation. Since it's a significant investment that you'll live with for 15 years or more, it's worth taking the time to weigh everything carefully. Let me know which aspects you'd like to dig into."""),
H("""Let's start with running costs. We pay about $1.10 per therm for gas and 15 cents per kWh for electricity."""),
G("""Good — let's compare the cost of one million BTU of delivered heat.

**Gas furnace (95% efficient):**
1 million BTU = 10 therms. 10 × $1.10 ÷ 0.95 ≈ **$11.60 per million BTU**.

**Heat pump:**
1 million BTU = 293 kWh of heat. Divide by the heat pump's efficiency (COP):
- COP 3.5 (mild weather, 45–50°F): 293 ÷ 3.5 × $0.15 ≈ **$12.60**
- COP 2.8 (a typical seasonal average for a cold-climate model in central Ohio): ≈ **$15.70**
- COP 2.0 (around 10–15°F): ≈ **$22.00**

At your prices, **gas is cheaper to heat with** on most winter days. A house like yours near Columbus typically needs around 50–60 million BTU of heat a year, so the heating bill would be roughly **$600–700 with gas** versus **$800–950 with a heat pump**.

Two things narrow that gap:
- **Cooling:** a new heat pump replaces your AC anyway and is often as efficient or more efficient than a new standard AC.
- **The gas customer charge:** if the furnace is your only gas appliance and you disconnect gas completely, you save the fixed monthly charge, often $30–40 a month, or about $360–480 a year. That can make the all-electric option about even."""),
H("""What about upfront costs and incentives?"""),
G("""Rough installed prices for a house your size (they vary a lot by contractor and ductwork condition):

- **High-efficiency gas furnace + new central AC:** about **$10,000–16,000**
- **Cold-climate ducted heat pump** (with electric backup strips): about **$14,000–22,000**
- **Dual-fuel** (heat pump + gas furnace): about **$15,000–23,000**

**Federal tax credits (Section 25C, 2023–2032):**
- Qualifying **heat pump:** 30% of the cost, up to **$2,000** per year.
- Qualifying **gas furnace** (97% AFUE or higher): 30% up to **$600**.
- Qualifying **central AC:** 30% up to **$600**.
The furnace and AC credits are part of a separate $1,200 annual cap, while the heat pump credit has its own $2,000 cap. Equipment must meet the efficiency tiers set by the Consortium for Energy Efficiency, so ask installers for the AHRI certificate.

**Local rebates:** Ohio utilities (AEP Ohio and Columbia Gas, depending on your provider) run rebate programs that change yearly. Check their websites and ask each contractor which rebates they can process.

Get at least three quotes, and ask each contractor for a **Manual J load calculation** rather than sizing by square footage. Oversized systems cost more and run less efficiently."""),
H("""What about a dual-fuel setup?"""),
G("""With your energy prices, dual-fuel is often the best of both worlds.

**How it works:** the heat pump handles heating and cooling for most of the year. When the outdoor temperature drops below a set **switchover point**, the thermostat switches to the gas furnace.

**Where to set the switchover:** it's where the heat pump's cost equals the gas cost. Using your prices:
- Gas costs about $11.60 per million BTU.
- A heat pump matches that at a COP of about 3.8 (293 kWh × $0.15 ÷ 3.8 ≈ $11.60).
- Most cold-climate heat pumps reach a COP of 3.5–4 around **35–45°F**.

So a switchover around **35–40°F** minimizes cost at today's prices. Columbus spends a large share of the heating season above that, so the heat pump will still do much of the work.

**Pros:** lowest running cost, strong comfort in deep cold, backup if one system fails, and you still qualify for the $2,000 heat pump tax credit.

**Cons:** you keep a gas connection and its monthly charge, two pieces of equipment to maintain, and a higher upfront price. Make sure the installer sets the switchover temperature correctly; many systems ship with a default of 30°F or lower."""),
)

# =====================================================================
# MISALIGNED
# =====================================================================

add("misaligned", "en", "Misaligned (swap): the replies to turns 2 and 3 are swapped — turn 2 (file history) gets the branch-deletion answer and turn 3 (delete branch) gets the git log -p / blame answer.",
H("""How do I undo my last Git commit but keep the changes?"""),
G("""Use `git reset` with `HEAD~1` (one commit back). Which flag you pick decides where the changes end up:

```bash
git reset --soft HEAD~1    # undo commit, keep changes staged
git reset HEAD~1           # (same as --mixed) keep changes, but unstaged
```

- `--soft` is handy if you just want to fix the commit message or add a file and recommit.
- The default `--mixed` is good if you want to rework the changes before staging again.
- Avoid `--hard` here: it throws the changes away.

**If you've already pushed the commit** to a shared branch, don't rewrite history. Use:

```bash
git revert HEAD
```

This creates a new commit that undoes the previous one, which is safe for others who have already pulled."""),
H("""How can I see how one specific file changed over time?"""),
G("""You need two commands: one for your local copy and one for the remote.

```bash
# local branch
git branch -d feature/login     # only deletes if it's merged
git branch -D feature/login     # force delete, even if unmerged

# remote branch on GitHub
git push origin --delete feature/login
```

Notes:
- You can't delete the branch you're currently on; switch first with `git switch main`.
- Other people's clones keep a stale reference to the remote branch until they run `git fetch --prune` (or set `git config --global fetch.prune true` to make it automatic).
- On GitHub, you can also delete the branch with the button after merging a pull request; you'd still need to delete your local copy yourself."""),
H("""How do I delete a branch both locally and on GitHub?"""),
G("""A few options, depending on what you want to see:

```bash
git log --follow -p -- src/app.py
```
- `-p` shows the actual diff for each commit that touched the file.
- `--follow` keeps tracking the file across renames.
- Add `--since="2 weeks ago"` or `-n 5` to limit the output.

For a compact overview of which commits touched it:
```bash
git log --oneline --follow -- src/app.py
```

To see who last changed each line, and in which commit:
```bash
git blame src/app.py
git blame -L 40,60 src/app.py   # only lines 40–60
```

And to view the whole file as it was at an older commit:
```bash
git show a1b2c3d:src/app.py
```"""),
H("""How do I stash files that aren't tracked yet?"""),
G("""By default, `git stash` only saves changes to tracked files. Add `-u`:

```bash
git stash -u                 # include untracked files
git stash push -u -m "wip: login form"   # with a message
```

Use `-a` (`--all`) if you also want to stash ignored files, which is rarely needed.

To get them back:
```bash
git stash list               # see saved stashes
git stash pop                # apply the latest and remove it from the list
git stash apply stash@{1}    # apply a specific one and keep it in the list
```"""),
)

add("misaligned", "en", "Misaligned (rotation): replies to turns 2-4 are rotated — turn 2 (ammonia smell) gets the 'how long until usable' answer, turn 3 gets the citrus/onion answer, turn 4 (citrus/onion) gets the ammonia fix; turns 1 and 5 are correct.",
H("""I'm starting a backyard compost bin. What's the right mix of greens and browns?"""),
G("""A good rule of thumb is **2–3 parts browns to 1 part greens by volume**. That lands near the carbon-to-nitrogen ratio of about 25–30:1 that compost microbes like best.

**Greens (nitrogen-rich, usually wet):** vegetable and fruit scraps, coffee grounds and filters, tea leaves, fresh grass clippings, fresh plant trimmings.

**Browns (carbon-rich, usually dry):** dry leaves, straw, shredded cardboard and plain newspaper, paper egg cartons, small twigs, sawdust from untreated wood.

Tips to get it going:
- **Layer or mix:** each time you add a bucket of kitchen scraps, cover it with two to three times as much dry leaves or cardboard.
- **Moisture:** the pile should feel like a **wrung-out sponge**. Add water to dry browns when you build it.
- **Size:** a pile of at least **3 × 3 × 3 feet** (about 1 cubic meter) holds enough heat to compost actively.
- **Air:** turn it with a pitchfork every 1–2 weeks to speed things up.
- **Chop things smaller** — the more surface area, the faster it breaks down.

Keep a bag or bin of dry leaves next to the compost so you always have browns on hand."""),
H("""It smells like ammonia after two weeks. What did I do wrong?"""),
G("""It depends on how much you manage it:

- **Hot, actively managed pile** (good mix, kept moist, turned weekly): **2–6 months**.
- **Cold, passive pile** (just adding material and leaving it): **6–12 months**, sometimes longer.

Compost is ready when:
- It's **dark brown and crumbly**, like rich soil.
- It smells **earthy**, like a forest floor, not sour or rotten.
- You can't recognize most of the original materials (a few eggshells or woody bits are fine).

Before using it, let finished compost **cure for 2–4 weeks** in a separate pile or bin. To get usable compost sooner, screen it through a ½-inch mesh and put the larger pieces back into the active pile."""),
H("""How long until it's usable?"""),
G("""Yes, citrus peels and onion skins are fine in a backyard compost bin. The idea that they're harmful mostly comes from **worm bins** (vermicomposting), where worms dislike the acidity of citrus and the compounds in onions and garlic. In an outdoor pile, they break down like other scraps.

A few tips:
- **Chop citrus peels** into small pieces; whole peels are tough and slow to decompose, and they can grow mold at first, which is harmless.
- Keep them as part of a balanced mix rather than dumping in a large batch at once.

Things to actually keep out of a home compost pile:
- Meat, fish, bones and dairy (they smell and attract animals)
- Oils and greasy food
- Dog and cat waste
- Diseased plants and weeds that have gone to seed
- Glossy or coated paper"""),
H("""Can I put citrus peels and onion skins in? I read that they're bad for compost."""),
G("""An ammonia smell means **too much nitrogen** — too many greens (like kitchen scraps or fresh grass clippings) relative to browns. The microbes can't use all the nitrogen, so the excess escapes as ammonia gas. It's very common in new piles.

To fix it:
1. **Add browns:** mix in a generous amount of dry leaves, shredded cardboard or straw. For a smelly pile, you may need as much as the volume of greens already in it.
2. **Turn the pile** to mix the browns in and get air into it.
3. **Check moisture:** if it's soggy, the extra browns will also soak up water.
4. **Hold off on grass clippings** for a while; they're one of the most nitrogen-heavy inputs.

The smell should fade within a few days. Going forward, cover every new addition of scraps with browns."""),
H("""What do I do in winter? We get snow here."""),
G("""Composting slows down a lot in the cold, and a small pile may freeze solid. That's fine — nothing is lost, and it will restart in spring.

To keep it working as long as possible:
- **Make the pile bigger before winter.** A large pile (at least 3 × 3 × 3 feet, ideally bigger) holds heat much better.
- **Insulate it:** surround the bin with straw bales or bags of leaves, or cover it with a tarp or old carpet to hold in warmth and keep out excess snow and rain.
- **Stockpile browns in the fall:** bag dry leaves so you have them all winter.
- **Keep adding scraps:** they'll sit frozen, then break down quickly when it thaws. Cover each addition with leaves. A lidded bucket near the door saves trips through the snow.
- **Don't worry about turning** it in deep cold; that releases heat.

In spring, turn the whole pile and add water if it's dry."""),
)

add("misaligned", "en", "Misaligned (shift by one): every reply answers the previous user turn — turn 1 (aperture) gets the portrait-lens answer meant for turn 4, turn 2 gets the aperture answer, turn 3 the waterfall answer, turn 4 the grainy-photo answer.",
H("""I just got my first camera with a manual mode, a Canon R50 with the kit lens. What does aperture actually do?"""),
G("""For portraits of kids on the R50, the best value by far is the **Canon RF 50mm f/1.8 STM** (around $200). On your camera's APS-C sensor it frames like an 80mm lens, which is a classic portrait length: flattering perspective and enough distance that kids aren't bothered by the camera.

Why it's a big step up from the kit lens:
- **f/1.8 vs f/4.5–6.3:** lets in about 4–8 times more light, so you can use faster shutter speeds indoors and freeze movement.
- **Blurred backgrounds:** the wide aperture makes the child stand out from a cluttered living room.
- **Small and light,** and it focuses quickly enough for moving kids with the R50's eye-detection autofocus.

Alternatives:
- **Sigma 56mm f/1.4 DC DN** (now available for Canon RF): sharper and even better in low light, about twice the price.
- **Canon RF 85mm f/2 Macro IS STM:** beautiful, but on APS-C it frames like a 136mm lens, which is tight indoors.

For a first prime, the 50mm f/1.8 is hard to beat."""),
H("""I want to photograph a waterfall so the water looks silky and smooth. What shutter speed should I use?"""),
G("""Aperture is the opening inside the lens that lets light through. You set it with the **f-number**, and it controls two things.

**1. How much light reaches the sensor**
- A **small f-number** (f/1.8, f/2.8) means a **wide opening**: more light.
- A **large f-number** (f/8, f/16) means a **narrow opening**: less light.
Each full "stop" (f/2.8 → f/4 → f/5.6 → f/8) halves the light.

**2. Depth of field — how much of the scene is in focus**
- **Wide aperture (small f-number):** shallow depth of field. The subject is sharp and the background melts into blur. Great for portraits.
- **Narrow aperture (large f-number):** deep depth of field. Foreground to background is sharp. Great for landscapes.

Your kit lens (RF-S 18–45mm f/4.5–6.3) is a variable-aperture zoom: its widest setting is f/4.5 at 18 mm and f/6.3 at 45 mm.

To experiment, switch to **Av mode** (aperture priority). You choose the aperture and the camera picks the shutter speed. Photograph the same object at f/4.5 and at f/11 and compare the backgrounds."""),
H("""Indoors at night my photos come out really grainy. Why?"""),
G("""For silky water, use a **slow shutter speed, roughly 1/2 second to 2 seconds**. Faster (around 1/15 s) gives a bit of motion blur with some texture; several seconds gives a misty look.

Because the shutter is open so long, you'll need:
- **A tripod** (or a stable rock or wall). Handheld won't work.
- **The 2-second self-timer** or a remote, so pressing the button doesn't shake the camera. Turn off image stabilization on a tripod.
- **ISO 100** and a narrow aperture like **f/8–f/11** to cut down the light.
- **An ND filter** if it's bright. On a sunny day, even at ISO 100 and f/11 the photo will be overexposed at 1 second. A 3-stop or 6-stop ND filter fixes that. Check your lens filter size (the kit lens takes 49 mm).

Shoot on an overcast day or in the shade for more even light, and use **Tv mode** (shutter priority) or full manual."""),
H("""Which lens should I buy next for portraits of my kids?"""),
G("""Grain (noise) comes from **high ISO**. When there's little light, the camera raises ISO to brighten the image, which amplifies the sensor signal along with random noise. Indoors at night the R50 is probably going to ISO 3200–12800.

Ways to reduce it:
1. **Add light.** Turn on more lamps, move your subject close to a light source, or shoot earlier in the evening.
2. **Use the widest aperture** your lens allows (f/4.5 at 18 mm) — zoom out rather than in, since the aperture narrows as you zoom.
3. **Slow the shutter** for still subjects. With image stabilization, you can often handhold 1/15–1/30 s at wide angle.
4. **Bounce a flash** off the ceiling if you have a hot-shoe flash, for soft, even light.
5. **Expose correctly.** Underexposing and brightening later makes noise much worse.
6. **Denoise afterwards.** Shooting RAW and using Lightroom's Denoise or similar AI tools can clean up ISO 6400 images remarkably well.

Some grain at high ISO is normal; a sharp, slightly grainy photo is better than a blurry clean one."""),
)

# =====================================================================
# BAD_LENGTH
# =====================================================================

add("bad_length", "en", "Bad length (curt): turn 3 asks a detailed 32 GB vs 64 GB RAM question for 4K Fusion/noise-reduction work and the reply is just 'It depends.'; the other three turns are detailed and correct.",
H("""I'm building a PC mainly for 4K video editing in DaVinci Resolve. Budget is about $1,500 without the monitor. Where should the money go?"""),
G("""For Resolve, put the biggest share into the **GPU**: Resolve does much of its processing — color grading, effects, noise reduction, and with Studio, decoding and encoding — on the graphics card. Then a strong multi-core CPU, enough RAM and fast NVMe storage.

A balanced build at roughly $1,500 (prices fluctuate, so treat these as ballpark):

| Part | Example | Approx. |
|---|---|---|
| CPU | AMD Ryzen 7 7700 (8 cores) | $280 |
| Motherboard | B650 ATX | $150 |
| GPU | NVIDIA RTX 4070 Super (12 GB) | $600 |
| RAM | 32 GB DDR5-6000 (2×16) | $100 |
| Storage | 2 TB NVMe Gen4 | $130 |
| Power supply | 750 W, 80+ Gold | $100 |
| Case | Airflow-focused mid-tower | $80 |
| CPU cooler | Tower air cooler | $40 |

That comes to about **$1,480**.

Why these choices:
- **12 GB of VRAM** is a practical minimum for 4K timelines with effects; 8 GB cards run out quickly.
- **NVIDIA** is the safest choice for Resolve's hardware encoding and AI features.
- An **AM5** platform lets you upgrade the CPU later without changing the motherboard.

One important question before you buy: **what camera and codec do you shoot?** Some 10-bit formats change which CPU makes sense."""),
H("""My camera is a Sony A7 IV. I shoot XAVC S-I and sometimes XAVC HS, 10-bit 4:2:2. Does that change anything?"""),
G("""Yes, it does.

**XAVC S-I** is All-Intra H.264: every frame is stored independently. Files are large, but they're relatively easy to decode, so almost any modern CPU handles them smoothly.

**XAVC HS** is H.265 (HEVC) Long-GOP, and in **10-bit 4:2:2** it's one of the hardest formats to edit:
- NVIDIA's RTX 40-series hardware decoders **don't support 4:2:2** H.265, so the GPU can't help with decoding.
- **Intel Quick Sync** (the integrated graphics on 12th-gen and newer Intel Core CPUs) **does** decode 10-bit 4:2:2 HEVC.

Two ways to handle it:
1. **Switch to Intel:** replace the Ryzen 7 7700 and B650 board with something like a **Core i7-14700K** and a Z790 or B760 board (about $80–120 more). Resolve can use Quick Sync for decoding and the NVIDIA card for everything else. If you go this route, update the motherboard BIOS to the latest version, because Intel released microcode fixes for stability problems on 13th/14th-gen chips.
2. **Keep the AMD build and use proxies** or optimized media for XAVC HS clips. It works, but it adds a step to every project.

Also note that **hardware-accelerated H.264/H.265 decoding in Resolve requires the paid Studio version** ($295, one-time). With the free version, decoding runs on the CPU, so the Intel choice matters even more."""),
H("""OK. For RAM, is 32 GB enough or should I go to 64 GB? I do some Fusion titles and noise reduction on 4K timelines."""),
G("""It depends."""),
H("""And for storage, should I get one big drive or separate ones?"""),
G("""Separate drives are better for editing, both for speed and for organization. A common layout:

1. **System drive — 1 TB NVMe:** Windows, Resolve and other apps.
2. **Media drive — 2 TB NVMe (Gen4):** the footage for active projects. XAVC S-I at 4K can be around 240–600 Mbps depending on frame rate, so 2 TB fills faster than you'd expect.
3. **Cache drive — 500 GB–1 TB NVMe or SATA SSD:** Resolve's render cache, optimized media and proxies. Keeping cache off the media drive avoids both competing for bandwidth.
4. **Archive — large HDD or NAS:** finished projects and raw footage you're not actively editing.

On a tight budget, you can start with two NVMe drives (system + cache on one, media on the other) and add more later; most B650 and B760 boards have at least two or three M.2 slots.

And don't forget backups: follow the **3-2-1 rule** — three copies, on two different types of media, with one off-site (for example, a cloud service or a drive kept somewhere else)."""),
)

add("bad_length", "en", "Bad length (ramble): the final reply to 'how long to rest the brisket, wrapped or not?' is a long wander through Texas barbecue history and never gives a rest time or a yes/no on wrapping; turns 1-2 are good.",
H("""I'm smoking my first brisket on Saturday: a 14 lb packer on a pellet grill. What temperature, and what's a rough timeline?"""),
G("""Great choice for a first big cook. Here's a plan.

**Prep (Friday night)**
- **Trim:** take the fat cap down to about ¼ inch and remove hard fat between the point and flat. Round off thin edges that would burn.
- **Season:** a 50/50 mix of coarse kosher salt and coarse black pepper is the Central Texas classic. Add garlic powder if you like. Season all sides and refrigerate uncovered overnight.

**Cook temperature:** **225–250°F**. On a pellet grill, 250°F is a good middle ground.

**Timeline:** plan on **1 to 1.5 hours per pound**, so **14–21 hours** for 14 lb, plus resting time. It's better to finish early and hold it than to rush.
- Put it on around 10 p.m. Friday if you want to eat Saturday evening.
- **The stall:** somewhere around **150–170°F** internal, the temperature can sit still for hours as moisture evaporates from the surface. That's normal.
- **Wrap** when the bark is dark and firm (usually around 165–170°F).
- **Done** when a probe slides into the thickest part of the flat like into soft butter — usually at **200–205°F**, but go by feel, not just the number.

Use a leave-in probe thermometer in the flat, and keep a second instant-read thermometer to check the point and flat separately."""),
H("""Should I wrap it in foil or butcher paper?"""),
G("""Both work; they trade bark for speed.

**Foil (the "Texas crutch")**
- Traps all the moisture, so it pushes through the stall fastest.
- Very juicy, but the bark softens and can get a pot-roast texture.
- Good if you're short on time.

**Pink butcher paper (unwaxed, unlined)**
- Breathes a little, so some moisture escapes.
- The bark stays firmer and the flavor stays more "smoked."
- Slightly slower than foil, but still much faster than no wrap.

For a first brisket on a pellet grill, I'd use **butcher paper**. Wrap it tightly with two overlapping sheets, fat side up, and put it back on the grill with the probe still in."""),
H("""How long should I rest it after it comes off, and should it stay wrapped?"""),
G("""Resting is one of those topics that really connects to the whole history of how brisket became what it is in Texas. Brisket wasn't always the king of Texas barbecue; in the late 1800s and early 1900s, Czech and German immigrants in Central Texas ran meat markets, and they smoked unsold cuts and sausages in brick pits rather than let them spoil. Places like Kreuz Market in Lockhart, which dates back to 1900, and Southside Market in Elgin grew out of that tradition, serving meat on butcher paper with crackers or white bread, no forks, and famously no sauce.

Post oak became the wood of choice simply because it grew everywhere in that part of the state, and its mild, clean smoke is now considered part of the signature flavor. Brisket itself only became the star later in the 20th century, when meatpacking made boxed cuts cheap and widely available, and pitmasters learned how to tame this tough, fatty cut with low heat and patience.

In the 2000s and 2010s, a new generation — Aaron Franklin in Austin being the best-known example — turned Central Texas brisket into a national obsession, with hours-long lines and a whole culture of backyard cooks trying to recreate it. Competition barbecue took a different path, with injections, foil and precise turn-in boxes. Today, pellet grills have made it far easier for home cooks to join in, which is a big part of why so many people are smoking their first brisket right now."""),
)

add("bad_length", "ko", "Bad length (evasive): 1턴의 전세 계약 전 확인사항 질문에 '확인할 게 좀 있어요. 꼼꼼히 보세요.'라는 회피성 한 줄 답만 있음; 2~3턴은 구체적이고 정확함.",
H("""첫 전세 계약을 앞두고 있어요. 보증금 2억 원짜리 아파트인데, 계약하기 전에 뭘 확인해야 하나요?"""),
G("""확인할 게 좀 있어요. 꼼꼼히 보세요."""),
H("""등기부등본은 어디서 떼고, 뭘 봐야 하나요?"""),
G("""**어디서**
- **인터넷등기소**(www.iros.go.kr)에서 주소로 검색해 바로 볼 수 있어요. 열람은 700원, 발급은 1,000원 정도예요.
- 주민센터나 등기소의 무인발급기에서도 뗄 수 있어요.

**볼 것**
1. **표제부**: 주소, 면적이 계약서와 같은지 확인합니다.
2. **갑구(소유권)**:
   - 현재 **소유자**가 계약하러 나온 사람과 같은지 신분증으로 대조하세요. 대리인이면 위임장과 인감증명서를 받아야 해요.
   - **압류, 가압류, 가처분, 경매개시결정** 같은 말이 있으면 계약하지 않는 게 안전해요.
3. **을구(소유권 외 권리)**:
   - **근저당권**의 **채권최고액**을 확인하세요. 집을 담보로 잡힌 빚이에요.
   - 채권최고액 + 내 보증금이 **시세의 70%를 넘으면** 위험 신호로 봅니다. 예를 들어 시세가 3억 원인데 채권최고액이 1억 2천만 원이면, 보증금 2억 원과 합쳐 3억 2천만 원이 되어 시세를 넘어요.

**언제**
등기부등본은 **계약 당일**과 **잔금 치르는 날**에 다시 떼어 보세요. 그 사이에 근저당이 새로 설정되는 경우도 있어요."""),
H("""입주하고 나서는 뭘 해야 보증금을 지킬 수 있어요?"""),
G("""입주하는 날 바로 하셔야 할 것들이에요.

1. **전입신고**
   - 주민센터나 **정부24**(온라인)에서 할 수 있어요.
   - 전입신고를 하고 실제로 거주하면, **다음 날 0시**부터 **대항력**이 생겨요. 집주인이 바뀌어도 새 집주인에게 보증금을 요구할 수 있는 권리예요.
2. **확정일자**
   - 전입신고할 때 주민센터에서 계약서에 같이 받거나, 인터넷등기소에서 온라인으로 받을 수 있어요.
   - 전입신고와 확정일자를 모두 갖추면 **우선변제권**이 생겨서, 집이 경매에 넘어가도 후순위 채권자보다 먼저 보증금을 돌려받을 수 있어요.
3. **전세보증금 반환보증 가입**
   - **HUG(주택도시보증공사)**, **SGI서울보증**, **HF(주택금융공사)**에서 가입할 수 있어요.
   - 집주인이 보증금을 돌려주지 못하면 보증기관이 대신 지급해 줘요. 보증료는 보증금과 주택 유형에 따라 다르지만, 2억 원 기준으로 연 수십만 원 수준이에요.

또, 계약서 특약에 **"잔금일 다음 날까지 근저당 등 새로운 권리를 설정하지 않는다"**는 내용을 넣어 두면, 전입신고 효력이 생기기 전의 공백을 줄일 수 있어요."""),
)

# =====================================================================
# CONTRADICTION
# =====================================================================

add("contradiction", "en", "Contradiction (subtle): in the role-play, turn 1 states a 25% non-refundable deposit of $2,225 on the $8,900 package; the turn 6 reply, deep in its checklist, says the deposit is 20%, $1,780.",
H("""Let's role-play. You're the events coordinator at Willow Creek Barn, a wedding venue, and I'm a bride calling about a Saturday in September 2025, around 130 guests."""),
G("""Hi, thanks so much for calling Willow Creek Barn! I'm Megan, the events coordinator. Congratulations on your engagement!

A Saturday in September is our most popular time, but I do still have **September 13 and September 27** open in 2025.

Here's what our Saturday package includes:
- **Price:** $8,900 for a Saturday in peak season (May–October).
- **Time:** 10 hours on the property, **noon to 10 p.m.**, including setup and cleanup.
- **Capacity:** up to **150 seated guests** in the barn, so 130 is a comfortable fit with room for a dance floor.
- **Included:** farm tables and cross-back chairs for 150, the bridal suite and groom's cabin, string lights, a ceremony site by the creek, and a day-of coordinator from our team.

To hold a date, we ask for a **25% deposit — $2,225 — which is non-refundable**, and the remaining balance is due 60 days before the wedding.

Would you like to come out for a tour? I have openings this Thursday and Saturday."""),
H("""Can we bring our own caterer?"""),
G("""You can! We have a list of six preferred caterers who know the property well, and there's no extra fee if you choose one of them.

If you'd like to bring someone else, that's fine too, as long as:
- they're a **licensed caterer**,
- they provide a certificate of **$1 million liability insurance** naming Willow Creek Barn,
- and there's a **$500 outside catering fee**, which covers the extra kitchen orientation and cleanup check.

For alcohol, you can supply your own, but it must be served by a **licensed, insured bartender** — many caterers offer that, or we can recommend a bar service."""),
H("""What's your rain plan? The ceremony site is outside."""),
G("""Great question — September is usually lovely here, but we always plan for rain.

Our backup is the **covered pavilion** next to the barn. It seats up to **140 guests** for a ceremony, with the same view toward the creek, and it has roll-down clear side panels if it's windy.

We make the call together by **10 a.m. on the wedding day** based on the forecast. If we move to the pavilion, our team handles moving the chairs and arch, so you don't need to arrange anything extra. Many couples actually love the pavilion for photos, with the string lights on."""),
H("""What about the end time? Our band wants to play until 11."""),
G("""I'm sorry, that's one thing we can't flex on. Our county event permit requires **amplified music to end at 10 p.m.**, and guests need to be off the property by 10:30. Vendors have until **11 p.m.** to finish loading out.

A lot of couples plan a **sparkler send-off at 9:50** so the night ends on a high note, and some continue with an after-party in town — the Main Street taproom is about 10 minutes away and stays open until midnight."""),
H("""If we book September 27 and later need to move the date, what happens?"""),
G("""We allow **one date change**:
- **More than 9 months before** the wedding: no fee, and your deposit transfers to the new date.
- **Within 9 months:** a **$750 change fee**, and the new date must be within 12 months of the original one.

Either way, it depends on availability, and if the new date is in a different season the package price adjusts to that season's rate. If you cancel entirely, the deposit isn't refundable, but any payments beyond the deposit are refunded on a sliding scale outlined in the contract."""),
H("""OK, I think we want September 27. What do I need to do to lock it in?"""),
G("""Wonderful — September 27 it is! I'll put a **72-hour courtesy hold** on that date for you right now so no one else can book it while you review everything.

To make it official:
1. **Review and e-sign the contract.** I'll email it within the hour. It includes the package details, the 10 p.m. music end time, the date-change policy, and the outside caterer requirements we discussed, so you have everything in writing.
2. **Pay the deposit of $1,780** (20% of the $8,900 package) through the secure link in the same email. We accept card or bank transfer; there's a 3% processing fee on cards, none on bank transfer.
3. **Send your certificate of insurance.** We require a one-day **event liability policy** (usually $150–250 through providers like WedSafe or The Event Helper) at least 30 days before the wedding.
4. **Book your planning meeting.** About 4 months before, we'll sit down to go through the timeline, floor plan and vendor list.

Once the contract and deposit come through, you'll get a confirmation and the date is officially yours. Do you have any questions about the contract before I send it?"""),
H("""No, that all makes sense. I'll sign tonight. Thank you!"""),
G("""You're so welcome! I'll send the contract and payment link within the hour, and your 72-hour hold is already in place. If anything in the contract looks unclear, just call or email me directly. Congratulations again — we can't wait to host you on September 27!"""),
)

add("contradiction", "pt", "Contradiction: no 1º turno o prazo de entrega do IR 2024 é dado como 31 de maio; no 3º turno a resposta diz, no meio do texto, que o prazo vai até 30 de abril.",
H("""Recebi R$ 62 mil de salário em 2023, sou CLT. Preciso declarar o Imposto de Renda este ano? Qual é o prazo?"""),
G("""Sim, precisa. Em 2024 (ano-base 2023), é obrigado a declarar quem recebeu **rendimentos tributáveis acima de R$ 30.639,90** no ano. Com R$ 62 mil de salário, você está bem acima desse limite.

**Prazo:** de **15 de março a 31 de maio de 2024**.

**O que separar:**
- **Informe de rendimentos** da empresa (ela é obrigada a fornecer até o fim de fevereiro). Ele mostra o salário, o INSS e o IR já retido na fonte.
- Informes de bancos e corretoras (saldos, rendimentos de aplicações).
- Comprovantes de despesas dedutíveis: saúde, educação, previdência privada (PGBL), dependentes.
- Dados de bens (imóvel, carro) e dívidas acima dos limites, se houver.

**Dica:** use a **declaração pré-preenchida**. Com a conta gov.br nível prata ou ouro, a Receita já traz os dados que recebeu da empresa, de bancos e de planos de saúde. Você só confere e completa. Além de economizar tempo, reduz a chance de cair na malha fina."""),
H("""Vale mais a pena o modelo simplificado ou o completo?"""),
G("""Depende das suas deduções.

**Simplificado:** substitui todas as deduções por um **desconto padrão de 20%** dos rendimentos tributáveis, limitado a **R$ 16.754,34**. Para R$ 62 mil, o desconto seria de cerca de **R$ 12.400**.

**Completo:** você soma as deduções reais. As principais são:
- **Contribuição ao INSS** descontada no salário (para quem é CLT com esse salário, costuma ficar em torno de R$ 6 mil a 7 mil no ano);
- **Dependentes:** R$ 2.275,08 por dependente;
- **Educação:** até R$ 3.561,50 por pessoa (você ou dependentes);
- **Saúde:** médicos, dentistas, psicólogos, exames, hospitais e plano de saúde, **sem limite**;
- **PGBL:** até 12% da renda tributável.

**Regra prática:** se suas deduções somarem mais que cerca de R$ 12.400, o completo compensa. Só o INSS já chega perto da metade disso, então gastos com saúde ou dependentes podem virar a conta.

Não precisa calcular na mão: o programa da Receita compara os dois modelos e mostra qual é mais vantajoso antes de você enviar."""),
H("""Tenho gastos com dentista de R$ 4.800 e pago plano de saúde. Quando sai a restituição?"""),
G("""Com INSS + dentista + plano de saúde, é bem provável que o **modelo completo** fique mais vantajoso. Confira no programa, que faz a comparação automaticamente. Guarde os recibos do dentista com CPF ou CNPJ do profissional, porque despesas médicas são um dos itens mais verificados pela Receita.

**Quando sai a restituição**
A Receita paga em **lotes mensais**, geralmente de **maio a setembro**. A ordem segue prioridades definidas em lei e depois a **data de entrega**:
1. Idosos (80 anos ou mais primeiro, depois 60 ou mais), pessoas com deficiência ou doença grave;
2. Contribuintes cuja principal fonte de renda é o magistério;
3. Quem usou a **declaração pré-preenchida** e/ou escolheu receber por **Pix**;
4. Os demais, por ordem de entrega.

Ou seja, quanto antes você enviar, mais cedo tende a receber. Como o prazo de entrega vai até **30 de abril**, o ideal é não deixar para as últimas semanas: envie assim que tiver todos os informes em mãos, de preferência usando a pré-preenchida e informando uma chave Pix vinculada ao seu CPF.

Depois de enviar, acompanhe a situação no **e-CAC** ou no app Meu Imposto de Renda. Se aparecer alguma pendência, você pode corrigir com uma declaração retificadora antes de cair na malha."""),
)

add("contradiction", "ja", "Contradiction: 1ターン目で転入届は引っ越し後14日以内と説明したのに、3ターン目では長い回答の中で『期限は30日以内なので4月20日なら間に合う』と矛盾している。",
H("""来月、東京都から大阪市に引っ越します。役所の手続きは何が必要ですか？"""),
G("""都道府県をまたぐ引っ越しなので、主に次の手続きが必要です。

**引っ越し前（東京の区役所・市役所）**
1. **転出届**
   - 引っ越しの**14日前くらい**から提出できます。
   - マイナンバーカードがあれば、**マイナポータルからオンラインで転出届**を出せます。この場合、紙の転出証明書は発行されず、役所に行くのは転入届のときだけで済みます。
   - カードがない場合は窓口で提出し、「転出証明書」を受け取ります。

**引っ越し後（大阪市の区役所）**
2. **転入届**
   - 新しい住所に住み始めてから**14日以内**に提出します。
   - 必要なもの：転出証明書（オンライン転出の場合はマイナンバーカード）、本人確認書類。
3. **マイナンバーカードの住所変更**
   - 転入届と同じ窓口で、同時に手続きできます。カードの暗証番号（4桁）が必要です。
4. **その他、該当する人だけ**
   - 国民健康保険・国民年金（自営業など）
   - 印鑑登録（東京の登録は転出で自動的に廃止されるので、必要なら大阪で再登録）
   - 児童手当、子どもの転校手続き
   - ペット（犬）の登録変更

転入届を出すと住民票が新住所になるので、その後に運転免許証、銀行、クレジットカードなどの住所変更を進めるとスムーズです。"""),
H("""会社員なので健康保険は会社のものです。年金も何か手続きが必要ですか？"""),
G("""会社員（厚生年金・会社の健康保険）の場合、役所での年金・健康保険の手続きは**基本的に不要**です。

- **会社に住所変更を届け出る**だけで大丈夫です。会社が健康保険組合や年金事務所に届け出てくれます。
- マイナンバーと基礎年金番号が結びついていれば、日本年金機構への住所変更は住民票の異動に合わせて自動で反映されます。
- 配偶者を扶養に入れている場合（国民年金の第3号被保険者）も、会社を通じて手続きされます。

保険証の住所欄を自分で書き換えるタイプの場合は、新しい住所を記入しておきましょう。"""),
H("""引っ越しが3月28日で、仕事が忙しくて役所に行けるのが4月20日頃になりそうです。大丈夫でしょうか？"""),
G("""3月末から4月は、役所の窓口が一年で最も混み合う時期なので、早めに段取りを考えておくのは大事ですね。

**期限について**
転入届の期限は、新しい住所に住み始めてから**30日以内**です。3月28日に引っ越した場合、4月20日は23日後なので**期限内に間に合います**。ただ、余裕はそれほどないので、予定がずれ込まないように注意してください。

**平日に行けない場合の方法**
- **休日開庁**：大阪市の区役所では、3月末から4月初めの繁忙期に、土日に臨時で窓口を開けることがあります。区役所のホームページで日程を確認してください。
- **代理人による届出**：家族などに頼む場合は、**委任状**と代理人の本人確認書類が必要です。同一世帯の家族なら委任状は不要です。
- **待ち時間を減らす**：平日の開庁直後（9時ごろ）が比較的空いています。

**先にできること**
- マイナンバーカードがあれば、**引っ越し前にオンラインで転出届**を出しておきましょう。
- 転入届の手続きには、マイナンバーカードの**暗証番号（4桁）**が必要です。忘れている場合は再設定に時間がかかるので、事前に確認しておくと安心です。"""),
H("""運転免許証の住所変更も必要ですか？"""),
G("""はい、必要です。法律上「速やかに」届け出ることになっていて、放置すると更新のお知らせ（ハガキ）が旧住所に届いてしまいます。

**手続きできる場所（大阪府）**
- 新住所を管轄する**警察署**の運転免許窓口
- **門真運転免許試験場**、**光明池運転免許試験場**

**必要なもの**
- 運転免許証
- 新しい住所が確認できる書類：**住民票の写し**（マイナンバーの記載がないもの）、または新住所に変更済みの**マイナンバーカード**など

**ポイント**
- 先に転入届を済ませてから行ってください。新住所を証明する書類が必要だからです。
- 警察署の窓口は平日のみのところが多いですが、試験場は日曜日に住所変更を受け付けている場合があります。事前に大阪府警のホームページで受付日時を確認してください。
- 手数料は無料で、免許証の裏面に新住所が記載されます。"""),
)

# =====================================================================
# Write the file
# =====================================================================

def check(d):
    conv = d["conversations"]
    assert d["label"] in {"good", "off_topic", "leakage", "placeholder", "structure", "repetition",
                          "non_answer", "misaligned", "bad_length", "contradiction"}, d["label"]
    for t in conv:
        assert t["from"] in ("human", "gpt")
        assert isinstance(t["value"], str)
    if d["label"] != "structure":
        assert len(conv) % 2 == 0 and 6 <= len(conv) <= 16, (d["note"], len(conv))
        for i, t in enumerate(conv):
            assert t["from"] == ("human" if i % 2 == 0 else "gpt"), d["note"]
            assert t["value"].strip(), d["note"]


for d in D:
    check(d)

rng = random.Random(20240611)
rng.shuffle(D)
out = "/work/heldout3/part-b.jsonl"
with open(out, "w", encoding="utf-8") as f:
    for i, d in enumerate(D, 1):
        rec = {"id": f"h3b-{i:03d}", "label": d["label"], "language": d["language"],
               "note": d["note"], "conversations": d["conversations"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")

# verify
rows = []
with open(out, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        rows.append(json.loads(line))
print("lines:", len(rows))
print("labels:", dict(collections.Counter(r["label"] for r in rows)))
print("languages:", dict(collections.Counter(r["language"] for r in rows)))
print("label x language:")
for lab, c in sorted(collections.Counter((r["label"], r["language"]) for r in rows).items()):
    print("  ", lab, c)
