# Part B dialogues: good ones (1/2)
DIALOGUES = []

def add(label, language, note, turns):
    DIALOGUES.append({"label": label, "language": language, "note": note, "turns": turns})

# ---------------------------------------------------------------- asyncio
add("good", "en",
    "Four-turn asyncio debugging session; each reply answers its query with correct code and specifics (aiohttp, Jupyter loop, timeouts, connector limits).",
    [("h", "I have a script that downloads about 500 URLs with requests in a plain for loop and it takes almost 6 minutes. Someone told me to use asyncio. Is that actually going to help, and what would the code look like?"),
     ("g", r"""Yes, this is exactly the case where asyncio helps. Your script is I/O-bound: almost all of those 6 minutes are spent waiting for servers to answer, and a plain loop waits for each response before sending the next request. With asyncio you keep many requests "in flight" at once on a single thread.

`requests` itself is blocking, so you need an async HTTP client such as `aiohttp` (`pip install aiohttp`):

```python
import asyncio
import aiohttp

CONCURRENCY = 20

async def fetch(session, sem, url):
    async with sem:                      # at most CONCURRENCY requests at a time
        async with session.get(url) as resp:
            body = await resp.text()
            return url, resp.status, len(body)

async def main(urls):
    sem = asyncio.Semaphore(CONCURRENCY)
    async with aiohttp.ClientSession() as session:
        tasks = [fetch(session, sem, u) for u in urls]
        results = await asyncio.gather(*tasks, return_exceptions=True)
    return results

if __name__ == "__main__":
    urls = [line.strip() for line in open("urls.txt")]
    results = asyncio.run(main(urls))
    ok = [r for r in results if not isinstance(r, Exception)]
    print(f"{len(ok)}/{len(urls)} succeeded")
```

Key points:

1. **One `ClientSession` for everything** - it reuses TCP connections; creating a session per request is a common mistake that kills performance.
2. **The semaphore** caps concurrency so you don't open 500 sockets at once and get rate-limited.
3. **`return_exceptions=True`** means one failed URL doesn't cancel the whole batch; failures come back as exception objects you can inspect.

If the average request takes ~0.7 s, 500 sequential requests is ~350 s (your 6 minutes). With 20 in flight you'd expect roughly 500 / 20 x 0.7 s = about 18 s, plus some overhead."""),
     ("h", "I'm running it in a Jupyter notebook and I get: RuntimeError: asyncio.run() cannot be called from a running event loop. What's going on?"),
     ("g", r"""Jupyter (IPython 7+ with ipykernel) already runs its own asyncio event loop in the background so that the notebook can stay responsive. `asyncio.run()` tries to create and start a *new* loop, and asyncio does not allow nesting loops in the same thread, hence the error.

The simplest fix: in a notebook cell you can use top-level `await` directly, because IPython runs the cell inside its loop for you:

```python
urls = [line.strip() for line in open("urls.txt")]
results = await main(urls)      # instead of asyncio.run(main(urls))
```

That's all. Keep the `if __name__ == "__main__": asyncio.run(...)` block for when you run the same code as a normal `.py` script from the terminal, where no loop exists yet.

An alternative you'll see online is the `nest_asyncio` package (`nest_asyncio.apply()`), which patches asyncio to allow re-entrant loops. It works, but I'd only use it if you're calling library code that internally does `asyncio.run()` and you can't change it; top-level `await` is cleaner."""),
     ("h", "It works now, about 25 seconds. But a few servers are really slow and a couple seem to hang forever, so the whole gather never finishes. How do I add a timeout and maybe a couple of retries?"),
     ("g", r"""Two layers help here: an HTTP-level timeout from aiohttp, and a retry loop with backoff around each request.

```python
import asyncio
import aiohttp

TIMEOUT = aiohttp.ClientTimeout(total=15, connect=5)   # seconds
RETRIES = 3

async def fetch(session, sem, url):
    async with sem:
        for attempt in range(1, RETRIES + 1):
            try:
                async with session.get(url) as resp:
                    resp.raise_for_status()           # treat 4xx/5xx as errors
                    return url, resp.status, await resp.text()
            except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
                if attempt == RETRIES:
                    return url, None, repr(exc)
                await asyncio.sleep(2 ** (attempt - 1))   # 1 s, 2 s backoff

async def main(urls):
    sem = asyncio.Semaphore(20)
    async with aiohttp.ClientSession(timeout=TIMEOUT) as session:
        return await asyncio.gather(*(fetch(session, sem, u) for u in urls))
```

What each part does:

- `total=15` bounds the whole request including reading the body; `connect=5` fails fast on hosts that never accept the connection. A hanging server now raises `asyncio.TimeoutError` after 15 s instead of blocking forever.
- The retry loop catches both network errors and timeouts, waits 1 s then 2 s, and after the third failure returns a tuple with the error instead of raising, so `gather` always completes.
- Retrying on 404 is pointless; if you want to be precise, only retry on timeouts, connection errors and status 429/5xx, and return immediately for other 4xx codes.

Worst case per URL is now about 3 x 15 s + 3 s of backoff = 48 s, and because the semaphore slot is held during retries, a handful of bad hosts only occupies a few of your 20 slots while the rest keep flowing."""),
     ("h", "Last question: how do I choose the number for the semaphore? 20? 100? Is there a rule?"),
     ("g", r"""There's no universal number, but a few constraints narrow it down quickly:

1. **Per-host politeness.** If many URLs are on the same domain, that server sees all your concurrency. 5-10 simultaneous connections per host is a common courteous limit, and many APIs publish explicit rate limits. You can enforce this separately from the global cap:
   ```python
   connector = aiohttp.TCPConnector(limit=100, limit_per_host=8)
   session = aiohttp.ClientSession(connector=connector, timeout=TIMEOUT)
   ```
   Note that `TCPConnector` already defaults to `limit=100` total connections.
2. **Your own machine.** Each open socket uses a file descriptor; on Linux the default soft limit is often 1024 (`ulimit -n`), so several hundred is fine, thousands is not without raising it.
3. **Diminishing returns.** Throughput rises until your bandwidth or the slowest servers dominate. Measure it: run the same 500 URLs with 10, 20, 50 and 100 and time each. Typically the curve flattens somewhere in the 30-100 range for many different hosts.

For 500 URLs on mixed domains, I'd start with a global limit of 50 and `limit_per_host=8`, then adjust from the timings.""")])

# ---------------------------------------------------------------- Bayesian A/B
add("good", "en",
    "Bayesian A/B test analysis over three turns; posterior parameters and probabilities are computed correctly and consistently, final turn gives stakeholder wording.",
    [("h", "We ran an A/B test on a signup page. Variant A: 120 conversions out of 2,400 visitors. Variant B: 150 out of 2,450. Instead of a p-value my team lead wants a Bayesian analysis. How do I do that?"),
     ("g", r"""The standard approach for conversion rates is the Beta-Binomial model. Each variant has an unknown conversion rate p; you put a Beta prior on it, and because the Beta is conjugate to the Binomial, the posterior is again a Beta with simple updated parameters:

posterior = Beta(alpha + conversions, beta + non-conversions)

With a flat prior Beta(1, 1):

| Variant | Conversions | Visitors | Posterior | Posterior mean |
|---|---|---|---|---|
| A | 120 | 2,400 | Beta(121, 2281) | 121/2402 = 5.04% |
| B | 150 | 2,450 | Beta(151, 2301) | 151/2452 = 6.16% |

The quantity people usually care about, P(p_B > p_A), has no neat closed form, so you sample:

```python
import numpy as np

rng = np.random.default_rng(42)
n = 1_000_000
a = rng.beta(121, 2281, n)
b = rng.beta(151, 2301, n)

print("P(B > A):", (b > a).mean())
lift = b / a - 1
print("relative lift, 95% interval:", np.percentile(lift, [2.5, 97.5]))
print("expected loss if we ship B:", np.maximum(a - b, 0).mean())
```

You should get approximately:

- P(B > A) = 0.955
- median relative lift around +22%, with a 95% credible interval of roughly -3% to +55%
- expected loss of choosing B around 0.00012, i.e. 0.012 percentage points of conversion

So there's about a 95.5% probability that B is truly better, and if it isn't, you lose very little by shipping it. The wide lift interval tells you the *size* of the improvement is still uncertain."""),
     ("h", "My manager says historically this page converts at about 5%, and that a flat prior ignores that. Should we use an informative prior, and how much would it change things?"),
     ("g", r"""It's reasonable, as long as you apply the same prior to both variants (otherwise you bake your hopes into the comparison).

A Beta(alpha, beta) prior behaves like alpha + beta pseudo-visitors with alpha pseudo-conversions. To encode "about 5%, and we're fairly but not extremely sure", Beta(50, 950) is a common choice: mean 50/1000 = 5%, and it's worth 1,000 visitors of evidence, which is less than half of each arm's real data.

Updated posteriors:

| Variant | Posterior | Posterior mean |
|---|---|---|
| A | Beta(50+120, 950+2280) = Beta(170, 3230) | 5.00% |
| B | Beta(50+150, 950+2300) = Beta(200, 3250) | 5.80% |

Running the same simulation gives roughly:

- P(B > A) = 0.93 (down from 0.955)
- median relative lift around +16%, 95% interval roughly -5% to +42%

This is the expected effect of an informative prior: both arms are pulled toward 5%, B more so because it's further from it, so the estimated gap shrinks. The conclusion doesn't flip, but it becomes more cautious.

Two practical tips: do a sensitivity check with a weaker prior like Beta(10, 190) (same 5% mean, 200 pseudo-visitors) and report if the decision changes; and write the prior down *before* looking at results next time, so nobody can accuse the team of choosing it to get the answer they wanted."""),
     ("h", "How should I present this to people who aren't technical? They'll just ask 'did B win?'"),
     ("g", r"""Lead with the decision and two numbers, and keep the machinery in an appendix. Something like:

> **Recommendation: ship variant B.**
> Based on the test data and our historical conversion rate, there is about a **93% chance that B converts better than A**. Our best estimate is that B improves signups by about **16%**, but the true improvement could plausibly be anywhere from slightly negative to about 40%. If B turns out not to be better, the expected cost is negligible (a fraction of a hundredth of a percentage point).

Tips for the conversation:

1. **Say "chance" not "probability of the hypothesis".** "93% chance B is better" is the main selling point of the Bayesian approach: it's a direct answer to the question people actually ask, unlike a p-value.
2. **Show the range.** A simple chart of the two posterior distributions (two overlapping bell-shaped curves, B shifted right) makes the uncertainty intuitive.
3. **Translate into business units.** At 6,000 visitors a month, a 0.8-point difference in conversion is about 48 extra signups per month.
4. **State the threshold you agreed on.** If the team agreed in advance to ship at ≥ 90% with low expected loss, say so; it shows the decision rule wasn't invented after seeing the data.

Keep the flat-prior result (95.5%) in the appendix to show that the conclusion holds under both priors.""")])

# ---------------------------------------------------------------- CSS grid
add("good", "en",
    "Five-turn CSS grid layout help, progressing from page layout to responsive, auto-fill cards, aligned buttons, and a short answer on gap; all correct.",
    [("h", "I want a classic page layout with CSS grid: a header across the top, a 250px sidebar on the left, the main content on the right, and a footer across the bottom. What's the cleanest way?"),
     ("g", r"""Named grid areas make this very readable:

```html
<body class="page">
  <header class="site-header">...</header>
  <nav class="sidebar">...</nav>
  <main class="content">...</main>
  <footer class="site-footer">...</footer>
</body>
```

```css
.page {
  display: grid;
  min-height: 100vh;
  grid-template-columns: 250px 1fr;
  grid-template-rows: auto 1fr auto;
  grid-template-areas:
    "header  header"
    "sidebar main"
    "footer  footer";
}

.site-header { grid-area: header; }
.sidebar     { grid-area: sidebar; }
.content     { grid-area: main; }
.site-footer { grid-area: footer; }
```

How it works:

- `grid-template-columns: 250px 1fr` gives a fixed sidebar and lets the main column take all remaining space.
- `grid-template-rows: auto 1fr auto` sizes the header and footer to their content and gives the middle row the leftover height, which together with `min-height: 100vh` keeps the footer at the bottom even on short pages.
- Each string in `grid-template-areas` is one row; repeating `header header` makes the header span both columns.

A nice property of this approach is that the visual layout lives entirely in CSS, so rearranging it later doesn't require touching the HTML."""),
     ("h", "On phones I'd like everything in one column, with the sidebar moved below the main content."),
     ("g", r"""Redefine the template in a media query; the HTML stays the same. Mobile-first is usually easiest: make the single column the default and add the two-column layout for wider screens.

```css
.page {
  display: grid;
  min-height: 100vh;
  grid-template-columns: 1fr;
  grid-template-rows: auto 1fr auto auto;
  grid-template-areas:
    "header"
    "main"
    "sidebar"
    "footer";
}

@media (min-width: 768px) {
  .page {
    grid-template-columns: 250px 1fr;
    grid-template-rows: auto 1fr auto;
    grid-template-areas:
      "header  header"
      "sidebar main"
      "footer  footer";
  }
}
```

One accessibility note: grid areas only change the *visual* order. Screen readers and keyboard tab order still follow the DOM, where the nav comes before main. That's fine here (nav first is a sensible reading order), but avoid using grid to make the visual order contradict the logical one in ways that would confuse keyboard users."""),
     ("h", "Inside main I have a list of product cards. I'd like as many columns as fit, each card at least 220px wide, without writing more media queries."),
     ("g", r"""That's the classic `repeat(auto-fill, minmax())` pattern:

```css
.card-list {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
  gap: 1.5rem;
}
```

- `minmax(220px, 1fr)`: every column is at least 220px and at most an equal share of the free space.
- `auto-fill`: the browser creates as many 220px+ columns as fit in the container. In a 1000px wide main area with a 24px (1.5rem) gap, that's 4 columns (4 x 220 + 3 x 24 = 952px fits; 5 columns would need 1,196px), and each stretches to about 232px.

**auto-fill vs auto-fit** only matters when there are fewer cards than columns. With `auto-fill`, empty column tracks are kept, so 2 cards in a wide container stay card-sized and leave empty space on the right. With `auto-fit`, empty tracks collapse to zero, so 2 cards stretch to fill the row. For product grids `auto-fill` usually looks better because cards keep a consistent size.

If the container could ever be narrower than 220px (very small phones inside padding), use `minmax(min(220px, 100%), 1fr)` to prevent horizontal overflow."""),
     ("h", "The cards have different amounts of text, so the 'Add to cart' buttons end up at different heights. Can I line them up?"),
     ("g", r"""Yes, two good options.

**1. Flexbox inside each card (works everywhere).** The grid already makes all cards in a row the same height (`align-items: stretch` is the default), so you only need to push the button to the bottom:

```css
.card {
  display: flex;
  flex-direction: column;
}
.card .add-to-cart {
  margin-top: auto;   /* takes all free space above the button */
}
```

**2. Subgrid (aligns every row of the card, not just the button).** If each card has, say, an image, a title, a description and a button, you can make the card span 4 rows of the parent grid and inherit them:

```css
.card-list {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
  gap: 1.5rem;
}
.card {
  display: grid;
  grid-row: span 4;
  grid-template-rows: subgrid;
  row-gap: 0.5rem;
}
```

Now titles line up with titles and descriptions with descriptions across the whole row, even if one title wraps to two lines. Subgrid is supported in all current major browsers (Firefox since 71, Safari 16, Chrome/Edge 117), so it's safe unless you need to support older versions.

If only the buttons bother you, option 1 is simpler."""),
     ("h", "Quick one: why use gap instead of just putting margins on the cards?"),
     ("g", r"""Because `gap` only creates space *between* tracks, never on the outer edges. With margins you get extra space at the start and end of every row and have to cancel it with negative margins or `:nth-child` rules, which breaks as soon as the number of columns changes. `gap` also doesn't collapse or double up the way adjacent margins can, and it's accounted for when `auto-fill` calculates how many columns fit.""")])

# ---------------------------------------------------------------- SN1/SN2
add("good", "en",
    "Organic chemistry exam prep over four turns: SN1/SN2/E2 criteria, worked examples with correct products and stereochemistry.",
    [("h", "I have an organic chemistry exam on Friday and I keep mixing up SN1 and SN2. How do I decide which one a reaction follows?"),
     ("g", r"""Look at four factors, roughly in this order of importance:

| Factor | Favors SN2 | Favors SN1 |
|---|---|---|
| Substrate | methyl > primary > secondary | tertiary > secondary (also allylic, benzylic) |
| Nucleophile | strong, often anionic (I⁻, HS⁻, CN⁻, N₃⁻, RO⁻) | weak, neutral (H₂O, ROH) |
| Solvent | polar aprotic (acetone, DMSO, DMF, acetonitrile) | polar protic (water, alcohols, formic acid) |
| Leaving group | good LG needed in both | good LG needed in both (I⁻ > Br⁻ > Cl⁻, tosylate) |

The logic behind it:

- **SN2** is one concerted step: the nucleophile attacks from the back side as the leaving group departs. Rate = k[substrate][Nu]. Bulky groups block the back side, so tertiary substrates essentially never do SN2. The result is **inversion of configuration**.
- **SN1** is two steps: the leaving group leaves first to form a carbocation (rate-determining), then the nucleophile adds. Rate = k[substrate]. It needs a stable carbocation (tertiary, or resonance-stabilized), and protic solvents help by stabilizing the ions. The planar carbocation can be attacked from either face, giving **racemization** (often with slight excess inversion), and rearrangements (hydride or methyl shifts) are possible.

Secondary substrates are the gray zone: there the nucleophile and solvent decide. And always keep elimination in mind: strong, bulky bases and heat push toward E2, and the conditions that favor SN1 also allow E1."""),
     ("h", "OK, so what happens with 2-bromobutane and sodium ethoxide in ethanol?"),
     ("g", r"""This is a classic exam trap. 2-Bromobutane is secondary, and ethoxide (CH₃CH₂O⁻) is both a strong nucleophile and a strong base. With a secondary substrate and a strong base, **E2 is the major pathway**, and SN2 is the minor one.

**Major (E2):** ethoxide removes a β-hydrogen anti-periplanar to the Br. There are β-hydrogens on C1 and C3, so you get:
- but-2-ene (more substituted, Zaitsev product), mainly **trans-(E)-but-2-ene**, with less cis-(Z)
- but-1-ene as a minor alkene (Hofmann product)

**Minor (SN2):** back-side attack at C2 gives 2-ethoxybutane (sec-butyl ethyl ether), with inversion at C2.

For a sense of the numbers: the closely related 2-bromopropane with NaOEt in ethanol at 55 °C gives about 79% propene and 21% ethyl isopropyl ether. Expect a similar picture here, and higher temperatures push it even further toward elimination.

If an exam asks for "the major product", answer trans-but-2-ene. If you wanted the ether as the main product, you'd do it the other way round (Williamson synthesis): use sodium sec-butoxide with a primary electrophile like bromoethane, where SN2 dominates."""),
     ("h", "And if I just heat 2-bromobutane in ethanol without any added base?"),
     ("g", r"""Now the nucleophile is ethanol itself: neutral and weak. With a polar protic solvent and heat, the reaction goes by **solvolysis through a carbocation**, so SN1 and E1 compete.

Mechanism:
1. The C-Br bond ionizes slowly (rate-determining) to give the secondary 2-butyl cation and Br⁻. Ethanol's hydrogen bonding stabilizes both ions.
2. Then either:
   - **SN1:** ethanol attacks the planar cation from either face; loss of a proton gives 2-ethoxybutane as a roughly racemic mixture.
   - **E1:** ethanol acts as a weak base and removes a β-H, giving mainly but-2-ene (trans > cis) plus some but-1-ene.

Points worth writing on an exam:
- The rate depends only on [2-bromobutane], not on ethanol (it's the solvent, present in huge excess).
- A hydride shift is possible in principle, but moving H from C3 to C2 just gives another secondary cation, so there's no driving force; you don't get a rearranged skeleton here. (With 2-bromo-3-methylbutane you *would* see a shift to the tertiary cation.)
- Secondary substrates solvolyze slowly; tertiary ones like 2-bromo-2-methylpropane react far faster under the same conditions.
- Higher temperature favors E1 over SN1, because elimination produces more molecules and has a more favorable entropy term."""),
     ("h", "Last one: (R)-2-bromobutane with NaI in acetone. What's the product and its configuration?"),
     ("g", r"""This is textbook SN2 (a Finkelstein reaction): iodide is an excellent nucleophile, acetone is polar aprotic, and the substrate is secondary but unhindered enough.

**Product: (S)-2-iodobutane**, formed with inversion of configuration.

Why the label changes from R to S: in the starting material the priorities at C2 are Br > CH₂CH₃ > CH₃ > H. In the product, I simply takes the place of Br as priority 1, and the other three groups keep their ranking. Since the nucleophile enters from the side opposite the leaving group, the three other substituents flip like an umbrella in the wind, and the same priority order now traces the opposite direction, so R becomes S. (Be careful: the R/S label doesn't *always* flip in SN2; it does here because the incoming group has the same priority rank as the leaving group.)

Two extra details examiners like:
- NaBr is much less soluble in acetone than NaI, so it precipitates, pulling the equilibrium toward the product (Le Chatelier). The white precipitate is also a visual sign the reaction is happening.
- If you leave it long with excess iodide, I⁻ can attack the product itself, inverting (S) back to (R) repeatedly, so the optical activity slowly drops toward a racemic mixture. This was the basis of the classic experiments showing that each substitution causes one inversion.

Good luck on Friday!""")])

# ---------------------------------------------------------------- linear algebra
add("good", "en",
    "Eigenvalues, diagonalization and A^10 for a 2x2 matrix, all arithmetic verified, followed by an intuition question answered well.",
    [("h", "Can you walk me through finding the eigenvalues and eigenvectors of A = [[4, 1], [2, 3]]?"),
     ("g", r"""Sure. Eigenvalues are the λ that make A - λI singular, i.e. det(A - λI) = 0.

**1. Characteristic polynomial**

A - λI = [[4 - λ, 1], [2, 3 - λ]]

det = (4 - λ)(3 - λ) - (1)(2) = λ² - 7λ + 12 - 2 = λ² - 7λ + 10 = (λ - 5)(λ - 2)

So **λ₁ = 5** and **λ₂ = 2**. Quick check: their sum 7 equals the trace (4 + 3) and their product 10 equals the determinant (4·3 - 1·2).

**2. Eigenvector for λ₁ = 5**

A - 5I = [[-1, 1], [2, -2]]. The first row says -x + y = 0, so y = x. Any multiple of **v₁ = (1, 1)** works.
Check: A·(1, 1) = (4 + 1, 2 + 3) = (5, 5) = 5·(1, 1). ✓

**3. Eigenvector for λ₂ = 2**

A - 2I = [[2, 1], [2, 1]]. Both rows say 2x + y = 0, so y = -2x, giving **v₂ = (1, -2)**.
Check: A·(1, -2) = (4 - 2, 2 - 6) = (2, -4) = 2·(1, -2). ✓

Since the eigenvalues are distinct, v₁ and v₂ are linearly independent, which means A is diagonalizable."""),
     ("h", "Great. Now can you diagonalize it and use that to compute A^10?"),
     ("g", r"""Put the eigenvectors in the columns of P and the eigenvalues on the diagonal of D, in the same order:

P = [[1, 1], [1, -2]],  D = [[5, 0], [0, 2]],  A = P D P⁻¹

**Inverse of P:** det P = (1)(-2) - (1)(1) = -3, so

P⁻¹ = (1/-3)·[[-2, -1], [-1, 1]] = (1/3)·[[2, 1], [1, -1]]

**Powers:** A¹⁰ = P D¹⁰ P⁻¹, and D¹⁰ = diag(5¹⁰, 2¹⁰) = diag(9,765,625, 1,024).

P D¹⁰ = [[9,765,625, 1,024], [9,765,625, -2,048]]

Multiply by (1/3)·[[2, 1], [1, -1]]:

- row 1: ((2·9,765,625 + 1,024)/3, (9,765,625 - 1,024)/3) = (19,532,274/3, 9,764,601/3) = (6,510,758, 3,254,867)
- row 2: ((2·9,765,625 - 2,048)/3, (9,765,625 + 2,048)/3) = (19,529,202/3, 9,767,673/3) = (6,509,734, 3,255,891)

**A¹⁰ = [[6,510,758, 3,254,867], [6,509,734, 3,255,891]]**

Sanity checks: the entries are integers, as they must be for a power of an integer matrix; and det(A¹⁰) should be 10¹⁰, which it is (6,510,758·3,255,891 - 3,254,867·6,509,734 = 10,000,000,000). You can confirm with `numpy.linalg.matrix_power(A, 10)`.

In general form: A^k = (1/3)·[[2·5^k + 2^k, 5^k - 2^k], [2·5^k - 2·2^k, 5^k + 2·2^k]]."""),
     ("h", "I can do the mechanics now, but what's the intuition? Why do people care so much about eigenvectors, e.g. in Markov chains or PCA?"),
     ("g", r"""The intuition: an eigenvector is a direction that the matrix doesn't rotate, only stretches or shrinks by the eigenvalue. Any other vector can be written as a mix of eigenvectors, and then applying A just scales each component independently. That's exactly why A¹⁰ was easy: in the eigenvector coordinates, A is a simple scaling.

It also tells you what happens in the long run. For your matrix, after many applications the 5^k part overwhelms the 2^k part (5¹⁰ is almost 10,000 times 2¹⁰), so almost any starting vector ends up pointing along (1, 1). The dominant eigenvector describes the long-term behavior.

**Markov chains.** A transition matrix always has eigenvalue 1, and (for a well-behaved chain) all others have absolute value below 1. Repeatedly applying the matrix kills the components along the other eigenvectors, leaving the eigenvector for λ = 1: the **stationary distribution**. Google's original PageRank is exactly this eigenvector of the web's link matrix. The second-largest eigenvalue tells you how fast the chain converges.

**PCA.** You take the covariance matrix of your data. It's symmetric, so its eigenvectors are orthogonal. The eigenvector with the largest eigenvalue is the direction along which the data varies most, and the eigenvalue is the variance along that direction. Keeping the top few eigenvectors gives the best low-dimensional approximation of the data; e.g. if the first two eigenvalues account for 90% of the sum of all eigenvalues, a 2D plot keeps 90% of the variance.

Other places you'll meet the same idea: vibration modes in mechanics, stability of differential equations (eigenvalues with negative real parts mean the system settles), and energy levels in quantum mechanics.""")])

# ---------------------------------------------------------------- Excel
add("good", "en",
    "Excel workbook help over four turns: XLOOKUP, SUMIFS with date criteria, text dates, dynamic arrays; formulas are correct and build on the stated sheet layout.",
    [("h", "I have two sheets. 'Orders' has A: OrderID, B: CustomerID, C: OrderDate, D: Amount, rows 2 to about 3,000. 'Customers' has A: CustomerID, B: Name, C: Region. I want the customer's name in Orders column E. What formula should I use?"),
     ("g", r"""If you have Microsoft 365 or Excel 2021, use XLOOKUP in E2:

```
=XLOOKUP(B2, Customers!$A:$A, Customers!$B:$B, "Not found")
```

- B2 is the value to look up (the CustomerID of this order).
- `Customers!$A:$A` is where to look for it, `Customers!$B:$B` is what to return.
- The 4th argument is what to show if the ID doesn't exist, so you get "Not found" instead of #N/A.
- XLOOKUP does an exact match by default, which is what you want for IDs.

Then double-click the fill handle (the small square at the bottom right of E2) to copy the formula down to the last order row.

On older Excel without XLOOKUP, the INDEX/MATCH equivalent is:

```
=IFERROR(INDEX(Customers!$B:$B, MATCH(B2, Customers!$A:$A, 0)), "Not found")
```

The `0` in MATCH forces an exact match; leaving it out is a common source of wrong results.

One thing to check if you get unexpected "Not found" results: IDs stored as numbers in one sheet and as text in the other won't match. `=ISNUMBER(B2)` and `=ISNUMBER(Customers!A2)` tell you quickly whether they're the same type."""),
     ("h", "Works. Now I need the total Amount per region, but only for orders placed in 2024."),
     ("g", r"""SUMIFS needs the region to be in the Orders sheet, so first add a helper column F with the region, the same way as the name:

```
F2: =XLOOKUP(B2, Customers!$A:$A, Customers!$C:$C, "Unknown")
```

Then, in a summary area, say with region names in H2:H5 (North, South, East, West), put this in I2 and fill down:

```
=SUMIFS(Orders!$D:$D,
        Orders!$F:$F, H2,
        Orders!$C:$C, ">=" & DATE(2024,1,1),
        Orders!$C:$C, "<"  & DATE(2025,1,1))
```

Using `>=` 1 Jan 2024 and `<` 1 Jan 2025 is safer than `<=` 31 Dec 2024, because it also includes orders on 31 December that have a time component (e.g. 31/12/2024 15:30).

If you'd rather not add a helper column, SUMPRODUCT can do the lookup inline, though it's slower on large ranges:

```
=SUMPRODUCT(Orders!$D$2:$D$3000,
   --(XLOOKUP(Orders!$B$2:$B$3000, Customers!$A:$A, Customers!$C:$C, "") = H2),
   --(YEAR(Orders!$C$2:$C$3000) = 2024))
```

The `--` turns TRUE/FALSE into 1/0 so they can be multiplied with the amounts. Note that SUMPRODUCT needs bounded ranges (D2:D3000), not whole columns."""),
     ("h", "The totals look too low. I just noticed some OrderDate cells are left-aligned and show like 2024-03-15, while others are right-aligned. I think some are text?"),
     ("g", r"""Good catch, left alignment is the classic sign of text. Excel stores real dates as numbers (15 March 2024 is 45366), and SUMIFS date criteria compare numbers, so text dates are silently skipped.

**1. Confirm it.** In a spare column: `=ISNUMBER(C2)`. FALSE means text. `=COUNT(C2:C3000)` vs `=COUNTA(C2:C3000)` tells you how many real dates vs filled cells you have.

**2. Convert them.** Options, from quickest to most robust:

- **Text to Columns:** select column C → Data → Text to Columns → Delimited → Next → Next → choose *Date* with format **YMD** → Finish. This converts in place and is the best option for ISO strings like 2024-03-15.
- **Formula in a helper column:**
  ```
  =IF(ISNUMBER(C2), C2, DATE(LEFT(C2,4), MID(C2,6,2), RIGHT(C2,2)))
  ```
  This works regardless of your regional settings, because it builds the date from the pieces. Format the column as a date, then copy → Paste Special → Values over column C.
- `=DATEVALUE(C2)` or `=--C2` also work for ISO text on most systems, but the result can depend on locale settings for other formats (03/04/2024 means March 4 in the US and 3 April in the UK), so I'd use the DATE version.

**3. Prevent it.** Text dates usually come from CSV imports. When importing via Data → From Text/CSV (Power Query), set the column type to Date explicitly.

After converting, `=COUNT(C2:C3000)` should equal the number of orders, and your SUMIFS totals will update automatically."""),
     ("h", "Fixed, thanks! Final thing: can I make a summary that lists each region and its 2024 total automatically, so if a new region gets added I don't have to type it in?"),
     ("g", r"""Yes, with dynamic array formulas (Microsoft 365 / Excel 2021). In an empty cell, say H2:

```
=LET(
   regions, UNIQUE(FILTER(Orders!F2:F3000, Orders!F2:F3000 <> "")),
   totals,  SUMIFS(Orders!D2:D3000, Orders!F2:F3000, regions,
                   Orders!C2:C3000, ">=" & DATE(2024,1,1),
                   Orders!C2:C3000, "<"  & DATE(2025,1,1)),
   SORTBY(HSTACK(regions, totals), totals, -1)
)
```

What it does:
- `UNIQUE(FILTER(...))` builds the list of regions that occur, ignoring blanks.
- Because `regions` is an array, SUMIFS returns one total per region.
- `HSTACK` puts the two columns side by side and `SORTBY(..., totals, -1)` sorts by total, largest first.

The result "spills" into as many rows as there are regions, so a new region appears automatically. Make sure the cells below and to the right are empty, or you'll get a #SPILL! error.

If you have the newest Microsoft 365 build, GROUPBY does it in one call:

```
=GROUPBY(Orders!F2:F3000, Orders!D2:D3000, SUM, , , -2,
         YEAR(Orders!C2:C3000) = 2024)
```

To make new orders flow in too, convert the Orders range into a Table (Ctrl+T) and refer to columns like `Orders[Amount]` instead of fixed ranges; then rows added at the bottom are included without editing the formula. On older Excel versions, a PivotTable with Region in Rows, Amount in Values and a filter on the year is the equivalent.""")])
