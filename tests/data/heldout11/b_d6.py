"""Part b dialogues k11b-026 .. k11b-030."""
from b_common import H, G, dlg

DIALOGUES = []

# ---------------------------------------------------------------- 026
DIALOGUES.append(dlg(
    "k11b-026", "off_topic", "en",
    "Off-topic: in the middle of a heat-engine homework session, turns 3-4 detour to a car check-engine light after refuelling and whether to buy an OBD-II scanner, unrelated to the thermodynamics goal.",
    [
        (H, r"""
Thermo homework: a heat engine runs between reservoirs at 500 K and 300 K. Per cycle it absorbs 1,200 J from the hot reservoir and does 300 J of work. Is this engine possible, and what's its efficiency?
"""),
        (G, r"""
**Actual efficiency**

η = W / Q_h = 300 J / 1200 J = **0.25 (25%)**

**Maximum possible (Carnot) efficiency** between these reservoirs:

η_Carnot = 1 − T_c / T_h = 1 − 300/500 = **0.40 (40%)**

Since 25% < 40%, the engine is **possible**. No engine between 500 K and 300 K can beat 40%, but anything below it is allowed by the second law.

**Heat rejected** to the cold reservoir, from energy conservation:

Q_c = Q_h − W = 1200 − 300 = **900 J**

**Entropy check** (a good habit for these problems). Per cycle the engine's own entropy change is zero, so look at the reservoirs:

ΔS_hot = −1200 J / 500 K = −2.4 J/K
ΔS_cold = +900 J / 300 K = +3.0 J/K
ΔS_total = **+0.6 J/K > 0**

A positive total entropy change confirms the process is allowed and irreversible. A Carnot engine would give exactly zero.
"""),
        (H, r"""
Part (b) asks: what if the inventor claims 550 J of work per cycle with the same 1,200 J input?
"""),
        (G, r"""
Then the claimed efficiency is

η = 550 / 1200 ≈ **0.458 (45.8%)**

which exceeds the Carnot limit of 40%, so the claim is **impossible**.

Confirming with entropy:

Q_c = 1200 − 550 = 650 J

ΔS_total = −1200/500 + 650/300 = −2.4 + 2.167 = **−0.233 J/K**

A negative total entropy change for a cycle violates the second law (the Clausius inequality requires ∮ δQ/T ≤ 0 for the engine, equivalently ΔS_universe ≥ 0).

Another way to see it: the maximum work from 1,200 J at these temperatures is 0.40 × 1200 = **480 J**, so 550 J is 70 J more than any engine could deliver.
"""),
        (H, r"""
Random thing while I'm at it: my car's check-engine light came on right after I filled up with gas this morning. The car drives fine. What should I do?
"""),
        (G, r"""
A check-engine light right after refuelling is very often a **loose or faulty gas cap**. The evaporative emissions (EVAP) system seals the fuel tank and periodically tests itself for leaks; if the cap isn't fully tightened, the test detects a large leak and sets a code, commonly **P0455** (large leak) or **P0457** (leak detected, fuel cap loose or off).

What to do:

1. **Check the cap.** Remove it, inspect the rubber seal for cracks, and screw it back on until it clicks several times.
2. **Drive normally for a few days.** The light won't go off immediately; the system has to rerun its self-test, which usually takes several drive cycles (often 3–7 days of normal driving).
3. **If the light is steady and the car drives normally**, it's not an emergency. If it's **flashing**, that indicates a serious misfire that can damage the catalytic converter; reduce speed and get it checked right away.
4. **If it stays on after about a week**, have the code read. Many auto parts stores in the US do this for free. A cracked cap costs $15–25 to replace; other EVAP faults (purge valve, vent valve, hoses) cost more.

Ignoring a steady light isn't dangerous short-term, but it can hide a second problem that comes up later, and it will usually fail an emissions inspection.
"""),
        (H, r"""
Is it worth buying my own OBD-II scanner?
"""),
        (G, r"""
For most drivers, yes; it's cheap and saves trips to the shop.

- **Basic Bluetooth dongles** ($20–40) plug into the OBD-II port under the dashboard (every car sold in the US since 1996 has one) and pair with a phone app. They read and clear engine codes and show live data such as coolant temperature and fuel trims.
- **Mid-range handheld or app-based tools** ($60–150) add readiness monitors (useful before an emissions test), freeze-frame data, and sometimes ABS and airbag codes.
- **Professional scan tools** ($300+) can run module tests and programming; overkill for most owners.

A few tips: read the code *and* its freeze-frame data before clearing anything, search the code together with your car's make and model (common failure patterns are well documented), and don't clear codes right before an inspection, since the readiness monitors will show as incomplete.
"""),
        (H, r"""
OK, back to the homework. Part (c): a refrigerator works between the same two reservoirs. What's the maximum coefficient of performance?
"""),
        (G, r"""
For a refrigerator, the useful output is heat removed from the cold reservoir, Q_c, and the input is work W. The Carnot (maximum) coefficient of performance is:

COP_R,max = T_c / (T_h − T_c) = 300 / (500 − 300) = **1.5**

So at best, each joule of work moves 1.5 J of heat out of the 300 K reservoir (and dumps 2.5 J into the 500 K reservoir).

If part (d) asks about a heat pump between the same reservoirs, where the useful output is the heat delivered to the hot side, the maximum is COP_HP = T_h / (T_h − T_c) = 500 / 200 = **2.5**. Note that COP_HP = COP_R + 1, which follows from Q_h = Q_c + W.
"""),
    ],
))

# ---------------------------------------------------------------- 027
DIALOGUES.append(dlg(
    "k11b-027", "non_answer", "en",
    "Non-answer (subtle): the final reply to 'reviewer says results are prior-driven, how do I respond?' only acknowledges and paraphrases the concern, giving no way to respond.",
    [
        (H, r"""
I'm fitting a Bayesian logistic regression in brms for post-operative infection (yes/no), with predictors age, BMI and diabetes (0/1). Infection rate in our hospital is about 3%. What priors should I use?
"""),
        (G, r"""
Use **weakly informative priors** on the log-odds scale: they rule out absurd values without imposing strong beliefs. First, standardise the continuous predictors (age and BMI as z-scores) so one unit means one standard deviation, which makes a single prior scale sensible for all of them.

**Coefficients:** `normal(0, 1)` is a good default for standardised predictors in logistic regression. A slightly heavier-tailed alternative is `student_t(3, 0, 2.5)`, close to what Gelman and colleagues recommend, if you want to allow for occasional large effects.

**Intercept:** with a 3% base rate, the log-odds is logit(0.03) = ln(0.03/0.97) ≈ −3.48. So `normal(-3.5, 1)` centres the intercept on your known baseline while still allowing roughly 1%–8% (±1 SD).

```r
library(brms)

d$age_z <- as.numeric(scale(d$age))
d$bmi_z <- as.numeric(scale(d$bmi))

priors <- c(
  prior(normal(-3.5, 1), class = "Intercept"),
  prior(normal(0, 1),    class = "b")
)

fit <- brm(
  infection ~ age_z + bmi_z + diabetes,
  data = d, family = bernoulli(),
  prior = priors,
  chains = 4, iter = 2000, seed = 42
)
```

One brms detail: by default the `Intercept` prior applies to the intercept when predictors are **centred** internally, i.e. the log-odds for an average patient. With standardised age and BMI that's close to the baseline anyway, but diabetes is 0/1, so the centred intercept corresponds to the average diabetes prevalence. If you'd rather put the prior on the raw intercept, use the formula `infection ~ 0 + Intercept + ...` and a `class = "b", coef = "Intercept"` prior.
"""),
        (H, r"""
What does normal(0, 1) actually mean on the odds-ratio scale? It feels arbitrary.
"""),
        (G, r"""
Translate it by exponentiating. A normal(0, 1) prior puts 95% of its mass between −1.96 and +1.96 on the log-odds scale, which corresponds to **odds ratios between exp(−1.96) ≈ 0.14 and exp(1.96) ≈ 7.1** per one-SD change in the predictor (or for diabetes vs no diabetes).

So the prior says: "A one-SD increase in age is very unlikely to multiply the odds of infection by more than about 7, or divide them by more than about 7." For clinical risk factors that's generous: most well-established ones have odds ratios between 0.5 and 3. The prior doesn't favour any direction (it's centred at OR = 1) and is wide enough that your data will dominate if they contain real information.

Compare with a "flat" or very wide prior like normal(0, 10): 95% of its mass covers ORs from about 3 × 10⁻⁹ to 3 × 10⁸, values no clinician would consider plausible. With rare outcomes and few events, such priors can produce unstable estimates and even separation problems, so a modest scale is not just a convenience but a real improvement.
"""),
        (H, r"""
How do I check whether the priors are reasonable before fitting to the data?
"""),
        (G, r"""
Run a **prior predictive check**: simulate data from the priors alone and see whether the implied outcomes look plausible.

```r
fit_prior <- brm(
  infection ~ age_z + bmi_z + diabetes,
  data = d, family = bernoulli(),
  prior = priors,
  sample_prior = "only",
  chains = 4, iter = 2000, seed = 42
)

# Distribution of simulated infection rates across draws
pp_check(fit_prior, type = "stat", stat = "mean")
```

What to look for:

- The simulated **overall infection rate** should mostly fall in a range you'd consider possible for a surgical population, say below 25%. If many draws give 50% or 90%, the priors are too wide or the intercept is off.
- Also check extreme patients, e.g. `conditional_effects(fit_prior)`: an 85-year-old diabetic with high BMI might reasonably reach 10–20% predicted risk, but not 99%.

With `normal(-3.5, 1)` and `normal(0, 1)`, the median simulated rate is around 5–6% and roughly 90% of draws fall between 1% and 20%: wider than your observed 3%, but all clinically possible, which is what a weakly informative prior should look like. If you used much wider priors such as `normal(0, 10)`, you'd see a pile-up of draws near 0% and 100%, the telltale sign that "vague" priors on the logit scale are actually quite informative on the probability scale.
"""),
        (H, r"""
After fitting, the diabetes coefficient has posterior mean 0.62 with 95% credible interval [0.15, 1.08]. How should I report that?
"""),
        (G, r"""
Convert to odds ratios, since that's what clinical readers expect:

- OR = exp(0.62) ≈ **1.86**
- 95% CrI: exp(0.15) ≈ **1.16** to exp(1.08) ≈ **2.94**

You can also report the posterior probability that diabetes increases risk:

```r
hypothesis(fit, "diabetes > 0")
```

This gives P(β_diabetes > 0 | data); with an interval like yours it will be around 0.99.

Suggested wording:

> Diabetes was associated with higher odds of post-operative infection (posterior median OR 1.86, 95% credible interval 1.16–2.94; posterior probability of a positive association 0.99), adjusting for age and BMI.

Strictly, exp() of the posterior mean is not the posterior mean of the OR, but for a roughly symmetric posterior like this one it is very close to the posterior median OR, which is what the wording above reports (`fixef(fit, robust = TRUE)` gives medians directly). State the priors in the methods section with a sentence justifying them.
"""),
        (H, r"""
A reviewer wrote that our "results appear to be prior-driven". How should I respond to that?
"""),
        (G, r"""
That's a very common type of comment for Bayesian analyses in clinical journals, and it's good that you want to take it seriously rather than dismiss it. What the reviewer is essentially saying is that they're concerned your conclusions might reflect the priors you chose more than the data you collected. Whether the results are prior-driven is an important question for any Bayesian model, and a careful, well-considered response to this point will go a long way toward reassuring the reviewer and strengthening the paper.
"""),
    ],
))

# ---------------------------------------------------------------- 028
DIALOGUES.append(dlg(
    "k11b-028", "structure", "en",
    "Structure: the dialogue ends on the fourth user turn (ND filter colour cast question) with no assistant reply.",
    [
        (H, r"""
I want to shoot silky, blurred waterfalls in the middle of the day. What gear and settings do I need?
"""),
        (G, r"""
The goal is a slow shutter speed, typically **1/4 s to 2 s** for waterfalls, in bright light. Even at the lowest ISO and a small aperture, daylight is too bright for that, so you need to cut the light.

**Gear:**
- **Tripod:** essential; any movement during a half-second exposure blurs everything, not just the water.
- **ND (neutral density) filter:** reduces the light without changing colour (in theory). A **6-stop** ND is the most versatile for waterfalls; a **10-stop** is for very long exposures of several seconds or more.
- **Circular polariser (CPL):** cuts glare on wet rocks and leaves and takes away about 1.5–2 stops of light, which sometimes is enough on its own in shade.
- **Remote release or the 2-second self-timer** so pressing the button doesn't shake the camera.

**Settings:**
- Base ISO (usually 100, or 64 on some cameras).
- Aperture f/8–f/11 for sharpness and depth of field. Avoid f/22 unless you need it; diffraction softens the image.
- Manual or aperture priority; meter *before* attaching a dark ND filter, because autofocus and metering struggle through it.
- Turn off image stabilisation on a tripod, as some systems can introduce blur.
- Focus manually, or autofocus first and then switch to manual focus before fitting the filter.
"""),
        (H, r"""
Without a filter, my meter says 1/125 s at f/11, ISO 100. What shutter speed do I need with a 6-stop ND? And with a 10-stop?
"""),
        (G, r"""
Each stop doubles the exposure time, so multiply by 2 to the number of stops:

- **6-stop ND:** 2⁶ = 64 → 64 × 1/125 s = 64/125 ≈ **0.5 s** (use 1/2 s)
- **10-stop ND:** 2¹⁰ = 1024 → 1024 × 1/125 s ≈ **8 s**

| Filter | Factor | Base 1/125 s becomes |
|---|---|---|
| none | 1× | 1/125 s |
| 3-stop (ND8) | 8× | 1/15 s |
| 6-stop (ND64) | 64× | 1/2 s |
| 10-stop (ND1000) | 1024× | 8 s |

Filter names can be confusing: ND8, ND64 and ND1000 describe the light reduction factor, while "0.9", "1.8" and "3.0" describe optical density. Each 0.3 of density equals one stop.

For exposures longer than 30 seconds you'd switch to bulb mode with a remote, but at 8 s the camera's own shutter speeds are fine. Phone apps like PhotoPills or the free ND calculators do the same arithmetic if you don't want to do it in your head.
"""),
        (H, r"""
I tried the 10-stop at 8 seconds and the water looks like a smooth, featureless mist. I wanted some texture. What should I change?
"""),
        (G, r"""
8 seconds is too long for most waterfalls; all the texture averages out into mist. For silky water that still shows flow lines and structure, aim for roughly **1/4 s to 1 s**, depending on how fast and how large the waterfall is. Fast, powerful falls need shorter times; small trickles can take a bit longer.

Options:

1. **Switch to the 6-stop ND** at 1/2 s (from the earlier calculation). Then bracket: take 1/4 s, 1/2 s and 1 s and compare.
2. **Keep the 10-stop but raise ISO and open the aperture.** From 8 s at f/11 and ISO 100, going to ISO 400 (+2 stops) and f/5.6 (+2 stops) brings you to 1/2 s. That works, but you lose some depth of field and a little image quality, so the 6-stop is the better tool.
3. **Use just the polariser** if you're in shade or on an overcast day. With about 1.5–2 stops of reduction and f/16, you may already reach 1/8–1/4 s.

Look at the results at 100% zoom on the camera: you want visible streaks and separation in the water, not a uniform white blur. Many photographers take a whole series from 1/15 s to 2 s and choose later, since the "right" look is partly taste.
"""),
        (H, r"""
Last thing: my cheaper 10-stop filter gives everything a strong blue-magenta cast. Should I fix that in camera or in Lightroom, and how?
"""),
    ],
))

# ---------------------------------------------------------------- 029
DIALOGUES.append(dlg(
    "k11b-029", "good", "en",
    "Good: seven-turn macroeconomics study session; correct GDP identity, textbook and open-economy multipliers (5 and 2), real GDP arithmetic, deflator vs CPI, and Okun's law; long where needed, short where a number is enough.",
    [
        (H, r"""
I'm reviewing for a macro midterm. In Y = C + I + G + NX, what exactly goes into G? My notes say Social Security isn't included, which confused me.
"""),
        (G, r"""
Your notes are right. **G** is government **purchases of goods and services**: spending that directly buys current output or pays for current work. Examples:

- salaries of teachers, soldiers, civil servants (buying their labour services)
- military equipment, office supplies, road construction
- government investment such as bridges and public buildings (in the US national accounts these are part of "government consumption expenditures and gross investment")

**Transfer payments are excluded**: Social Security, unemployment benefits, welfare payments, and interest on government debt. The reason is that GDP measures production. A Social Security check doesn't buy anything produced; it just moves purchasing power from taxpayers to retirees. When retirees *spend* that money on groceries or rent, it shows up in **C**, at that point. Counting it in G as well would double-count.

So government "spending" in the budget sense is much larger than G in GDP. In the US, total federal, state and local outlays are roughly 35–40% of GDP, but G is only about 17% of GDP, because so much of the budget is transfers and interest.

Related trap for exams: **buying existing assets** (a used house, shares of stock) isn't in GDP either, only newly produced goods and services. Brokerage fees and realtor commissions are, though, because they're current services.
"""),
        (H, r"""
If the government spends an extra $100 billion and the MPC is 0.8, what's the multiplier and the change in GDP?
"""),
        (G, r"""
In the simple Keynesian model (no taxes that vary with income, no imports):

multiplier = 1 / (1 − MPC) = 1 / (1 − 0.8) = **5**

ΔY = 5 × $100 billion = **$500 billion**

The logic: the first $100bn becomes someone's income; they spend 80% of it ($80bn), which becomes someone else's income, who spends $64bn, and so on. The total is a geometric series: 100 + 80 + 64 + … = 100 / (1 − 0.8) = 500.

Many courses then add **income taxes** (rate t) and **imports** (marginal propensity to import m). The multiplier becomes:

multiplier = 1 / (1 − MPC(1 − t) + m)

With t = 0.25 and m = 0.1:

1 / (1 − 0.8 × 0.75 + 0.1) = 1 / (1 − 0.6 + 0.1) = 1 / 0.5 = **2**

so ΔY = **$200 billion**. Each round leaks more: some income goes to taxes and some spending goes to foreign producers. Check which version your instructor expects; if the question gives only the MPC, use the simple one.
"""),
        (H, r"""
Why are real-world estimates of the multiplier so much smaller than 5?
"""),
        (G, r"""
Because the simple model leaves out most of the ways the economy pushes back. Empirical estimates for government purchases typically range from about **0.5 to 2**, depending on conditions. The main reasons:

1. **Leakages** (taxes, imports, saving), as in the extended formula, already cut 5 down to around 2.
2. **Monetary offset / crowding out.** If the central bank responds to higher demand by raising interest rates, private investment and interest-sensitive consumption fall. With an inflation-targeting central bank that fully offsets, the multiplier can be close to zero.
3. **Supply constraints.** Near full employment, extra demand mostly raises prices rather than output.
4. **Expectations.** If households expect higher future taxes to pay for the spending (Ricardian equivalence in its strong form), they save more now. Evidence suggests this is only partial, but it's not zero.
5. **Open economy and exchange rates.** In small open economies with flexible exchange rates, a fiscal expansion can appreciate the currency and reduce net exports (the Mundell–Fleming result).

When the multiplier is **larger**: during deep recessions with high unemployment, and especially at the **zero lower bound** when the central bank won't raise rates. Estimates from the post-2008 period suggest multipliers of 1.5 or more in those conditions.
"""),
        (H, r"""
Quick calculation check: nominal GDP grew 6% and the GDP deflator rose 4%. What's real GDP growth?
"""),
        (G, r"""
Approximately **2%** (6% − 4%). Exactly: 1.06 / 1.04 − 1 ≈ **1.92%**.
"""),
        (H, r"""
What's the difference between the GDP deflator and the CPI? Both measure inflation, right?
"""),
        (G, r"""
Both measure price changes, but they measure different baskets in different ways:

| | GDP deflator | CPI |
|---|---|---|
| What it covers | all goods and services **produced domestically** | a basket of goods and services **bought by urban consumers** |
| Imports | excluded | included (e.g., imported cars, electronics, fuel) |
| Investment goods, government purchases | included | excluded |
| Weights | change every period with current output (Paasche-type) | fixed basket, updated periodically (Laspeyres-type) |
| Formula | (nominal GDP / real GDP) × 100 | cost of basket today / cost in base period × 100 |

Practical consequences:

- An **oil price spike** raises the CPI a lot (consumers buy gasoline, much of it imported) but raises the GDP deflator less in an oil-importing country.
- A rise in the price of **industrial machinery** shows up in the deflator but not the CPI.
- The CPI's fixed basket tends to **overstate** cost-of-living increases, because it ignores that consumers substitute toward goods that became relatively cheaper (substitution bias), plus issues with new goods and quality changes. The deflator's changing weights avoid some of that.

For "how has the cost of living changed for households?", use the CPI. For "how much of nominal GDP growth is just prices?", use the deflator, as in your previous calculation.
"""),
        (H, r"""
What's Okun's law?
"""),
        (G, r"""
An empirical rule linking output and unemployment: for the US, each **1 percentage point** of unemployment above its natural rate is associated with output about **2%** below potential. Equivalently, GDP has to grow at roughly its trend rate (about 2% a year) just to keep unemployment stable. The coefficient varies across countries and over time.
"""),
        (H, r"""
So if unemployment goes from a natural rate of 4% to 6%, what's the output gap roughly?
"""),
        (G, r"""
Unemployment is 2 points above the natural rate, so with a coefficient of 2, output is about **4% below potential** (an output gap of roughly −4%).
"""),
    ],
))

# ---------------------------------------------------------------- 030
DIALOGUES.append(dlg(
    "k11b-030", "good", "en",
    "Good: four-turn e-bike hydraulic brake repair; sound diagnosis order, correct mineral-oil bleed procedure, accurate contamination and bed-in advice, and a short correct answer on motor cut-off sensors.",
    [
        (H, r"""
The hydraulic disc brakes on my e-bike feel spongy, and the rear lever almost touches the handlebar before it bites. The bike weighs 26 kg and I ride a lot of steep hills. What's going on?
"""),
        (G, r"""
A lever that travels almost to the bar usually comes down to one of three things; check them in this order, cheapest first.

**1. Worn pads.** Heavy e-bikes on steep descents eat pads quickly, sometimes in a few hundred kilometres. Hydraulic brakes self-adjust for wear, but once the pads get very thin the pistons have to extend far and the lever feel suffers. Remove the wheel and look into the caliper, or pull the pads out. Shimano's guidance is to replace pads when the friction material is down to 0.5 mm, which is about 2.5 mm total including the backing plate; most other brands are similar.

**2. Air in the system.** This is the classic cause of a *spongy* lever, one that feels soft and springy rather than firm. Air is compressible, so part of your lever stroke goes into squeezing bubbles. It gets worse after long descents, when heat makes any air expand. A tell-tale test: if pumping the lever a few times makes it firmer, there's air in the line.

**3. Overheated or old fluid.** On long descents with a heavy bike, the fluid can get hot enough that the lever goes soft mid-descent and recovers after cooling. Old fluid (especially DOT fluid, which absorbs water) makes this worse.

Before doing anything, find out what fluid your brakes use. It's usually printed on the lever reservoir cap or the caliper: **mineral oil** (Shimano, Tektro, Magura, many e-bike OEM brakes) or **DOT fluid** (SRAM, Hayes, Formula). They are not interchangeable; the wrong fluid destroys the seals.

If the pads are fine, a bleed is the next step.
"""),
        (H, r"""
The cap says "Mineral oil" and the brakes are Tektro. How do I bleed them?
"""),
        (G, r"""
Tektro mineral-oil brakes use a simple "push from the bottom" bleed. You'll need a Tektro or Shimano-compatible bleed kit (syringe, hose, funnel or bag), the correct mineral oil, a bleed block or spacer, a T15/Torx or hex key for the bleed port, and paper towels. Wear gloves; oil on pads or rotors ruins them.

1. **Remove the wheel and pads** so oil can't contaminate them. Insert the bleed block between the pistons.
2. **Level the lever.** Rotate it on the bar so the reservoir is horizontal and the bleed port is at the highest point.
3. **Open the lever bleed port** and attach the funnel (or a hose to a catch bag).
4. **Fill the syringe** with mineral oil, tap out any air, and attach its hose to the caliper bleed nipple.
5. **Open the caliper nipple** a quarter turn and slowly push oil up through the system. Air bubbles will come out at the lever. Flick the hose and tap the lever body to dislodge stubborn bubbles.
6. **Squeeze the lever** gently a few times with the funnel attached; bubbles should rise out. Continue until no more appear.
7. **Close the caliper nipple** while still applying slight pressure on the syringe, then remove the syringe.
8. **Close the lever port**, ideally letting it overflow slightly as you insert the screw so no air gets trapped.
9. **Clean everything** with isopropyl alcohol, refit pads and wheel, and pump the lever until the pistons seat.

On a 26 kg bike it's worth doing the rear brake first, as its long hose tends to trap more air.
"""),
        (H, r"""
The lever is firm now, but the rear brake squeals loudly and doesn't stop as well as before. What happened?
"""),
        (G, r"""
Almost certainly **contamination**: a little mineral oil got onto the pads or rotor during the bleed. It's very common, and it causes exactly that combination of noise and weak braking.

**Rotor:** clean it thoroughly with isopropyl alcohol (at least 90%) or a dedicated disc brake cleaner and a clean, lint-free cloth. Don't use general degreasers, WD-40 or anything oily. Wipe in one direction and change to a fresh section of cloth often.

**Pads:** here the honest answer is **replace them**. Pad material is porous and absorbs oil. People try sanding or baking them in an oven, but with mineral oil the results are unreliable, and on a 26 kg bike on steep hills it's not worth the risk. A set of pads is inexpensive.

When you buy new pads, consider **metallic (sintered) pads** or pads rated for e-bikes; they cope with heat better than organic pads on a heavy bike, though they can be noisier when cold. If your rotors are 160 mm, upgrading to 180 or 203 mm (check that the frame and fork allow it) adds braking power and heat capacity.

**Bed in the new pads:** ride to about 20–25 km/h and brake firmly down to walking pace, without locking the wheel or stopping completely. Repeat 10–20 times. This transfers an even layer of pad material to the rotor and gives full power.

Finally, check the caliper alignment: loosen its two mounting bolts, squeeze the lever, and retighten while holding it. A slightly misaligned caliper can also squeal.
"""),
        (H, r"""
I took the rear lever off the bar during the bleed. Do I need to do anything about the motor cut-off sensor?
"""),
        (G, r"""
Just check that it still works. If your levers have a built-in cut-off switch, make sure its cable is plugged back in firmly. If it's a separate magnetic sensor on the lever, check that the magnet and sensor are still aligned, usually within a few millimetres.

To test, lift the rear wheel (or put the bike on a stand), pedal with assist on, and squeeze the rear lever: the motor should cut out immediately. If it doesn't, reseat the connector or realign the magnet before riding.
"""),
    ],
))
