# -*- coding: utf-8 -*-
# Hand-written dialogues m13b-009 .. m13b-012

DIALOGUES = []

# ---------------------------------------------------------------- 009
DIALOGUES.append({
    "id": "m13b-009",
    "label": "repetition",
    "language": "en",
    "note": "Repetition (reworded): user turn 4 re-asks the credible-vs-confidence-interval question already answered in turn 2, and reply 4 explains it again in other words.",
    "conv": [
        ("human", "We ran an A/B test: variant A had 120 conversions out of 2,400 visitors, variant B had 150 out of 2,400. How would a Bayesian analyse this?"),
        ("gpt", """The standard Bayesian model for conversion rates is **Beta-Binomial**.

**1. Prior.** Start with a uniform prior on each conversion rate: Beta(1, 1).

**2. Posterior.** The Beta prior is conjugate to the binomial likelihood, so the update is just addition:

- A: Beta(1 + 120, 1 + 2,400 − 120) = **Beta(121, 2281)**
- B: Beta(1 + 150, 1 + 2,400 − 150) = **Beta(151, 2251)**

Posterior means: A ≈ 121/2402 = **5.04%**, B ≈ 151/2402 = **6.29%**.

**3. Questions you can now answer directly,** by sampling from the posteriors:

```python
import numpy as np

rng = np.random.default_rng(0)
a = rng.beta(121, 2281, 400_000)
b = rng.beta(151, 2251, 400_000)

print("P(B > A):", (b > a).mean())
diff = b - a
print("95% credible interval for B - A:", np.percentile(diff, [2.5, 97.5]))
lift = b / a - 1
print("median relative lift:", np.median(lift))
```

Typical output:

- **P(B > A) ≈ 0.97**
- 95% credible interval for the absolute difference: about **−0.05 to +2.56 percentage points**
- Median relative lift ≈ **+25%**, with a wide interval (roughly −1% to +58%)

So: B is very probably better, the best guess is about a 1.25-point improvement, and the data still allows anything from "no difference" to "much better". Note that these statements are about the probability of hypotheses, which is exactly what stakeholders usually want to hear."""),
        ("human", "The script gives a 95% credible interval. How is that different from the confidence interval our old testing tool reported?"),
        ("gpt", """They often look numerically similar, but they answer different questions.

**Bayesian 95% credible interval**
"Given the data and the prior, there is a 95% probability that the true difference lies in this interval." The interval is fixed once you've seen the data, and the probability statement is about the *parameter*. For your test: there's a 95% probability that B's true conversion rate is between −0.05 and +2.56 points above A's.

**Frequentist 95% confidence interval**
The true difference is treated as a fixed, unknown number, and the *interval* is the random thing. "95%" describes the **procedure**: if you repeated the experiment many times and built an interval each time, 95% of those intervals would contain the true value. For any single computed interval, frequentist theory doesn't let you say "95% probability the truth is in here". It either is or isn't.

**Why they look similar here:** with a flat prior and a fairly large sample (2,400 per arm), the posterior is dominated by the likelihood. The two intervals come out almost identical numerically. They differ more with small samples, informative priors, or rates near 0% or 100%.

**Practical consequence:** most people, including most analysts, *read* confidence intervals as if they were credible intervals. The Bayesian version simply makes that reading correct."""),
        ("human", "Does the Beta(1,1) prior bias the result? How should I pick a prior?"),
        ("gpt", """With your data, Beta(1, 1) has almost no influence. It's equivalent to having seen **2 pseudo-observations** (1 success, 1 failure), compared with 2,400 real ones per arm. It shifts the posterior mean by a few hundredths of a percentage point.

How to choose, in rough order of preference:

**1. Informative prior from historical data.** If past tests on this page consistently convert around 5%, encode that with moderate strength. For example, Beta(50, 950) has mean 5% and is worth 1,000 observations. With your data, A's posterior becomes Beta(170, 3230) and B's becomes Beta(200, 3200). Estimates are pulled slightly toward 5%, which **reduces false alarms** from early noisy data. That's especially helpful if people peek at results mid-test.

**2. Weakly informative prior.** Something like Beta(2, 38) (mean 5%, worth 40 observations) encodes "conversion rates are small, not 50%" without much pull. It helps a lot when traffic is low.

**3. Uniform Beta(1, 1) or Jeffreys Beta(0.5, 0.5).** Fine defaults when you have lots of data, as you do.

Two rules that matter more than the exact choice:

- **Use the same prior for both arms.** An asymmetric prior builds a winner into the analysis.
- **Fix the prior before looking at the data,** and run a sensitivity check. If Beta(1,1) and Beta(50,950) lead to different decisions, the data isn't conclusive yet."""),
        ("human", "Sorry, one thing I still want to get straight before I present this: when I show the 95% interval to my manager, what exactly am I allowed to say it means, compared with the confidence intervals from our old tool?"),
        ("gpt", """Here's how to put it for your manager.

With the **Bayesian credible interval** you can say directly: "Given our data, there's a 95% chance that B's true conversion rate is somewhere between 0.05 points below A's and 2.56 points above it." The probability refers to the unknown true difference, and the interval itself is fixed.

With the **old tool's confidence interval**, the 95% doesn't attach to this particular interval. It describes the method: across many repeated experiments, 95% of the intervals produced that way would capture the true difference. Strictly, you can't say "95% chance the truth is in this one".

Since you have 2,400 visitors per arm and a flat prior, the two intervals are close to identical in numbers. What changes is the interpretation. The Bayesian one licenses the intuitive sentence that people usually want to say anyway.

A slide-ready version: *"95% credible interval for the uplift: −0.05 to +2.56 percentage points. There's about a 97% probability that B converts better than A."*"""),
        ("human", "How do I decide when to stop the test and ship B? Is there a Bayesian stopping rule?"),
        ("gpt", """A common and well-behaved rule is **expected loss** (sometimes called "risk").

For each option, the expected loss is how much conversion rate you expect to give up if you pick it and it turns out to be the worse one:

- Loss if you ship B: E[max(θ_A − θ_B, 0)]
- Loss if you ship A: E[max(θ_B − θ_A, 0)]

You stop when the expected loss of the leading variant falls below a **threshold of caring**, i.e. a difference too small to matter for the business, decided in advance. Something like 0.05 percentage points is common for a 5% baseline.

```python
loss_B = np.maximum(a - b, 0).mean()
loss_A = np.maximum(b - a, 0).mean()
print(f"expected loss shipping B: {loss_B:.5f}")
print(f"expected loss shipping A: {loss_A:.5f}")
```

With your posteriors:

- Expected loss of shipping **B ≈ 0.008 percentage points** (0.00008)
- Expected loss of shipping **A ≈ 1.26 percentage points**

B's expected loss is far below a 0.05-point threshold, so by this rule you can ship B now.

Why this is better than "stop when P(B > A) > 95%": expected loss accounts for the **size** of a possible mistake, not only its probability. A 20% chance of being worse by 0.01 points is harmless. A 5% chance of being worse by 2 points might not be. It's also less sensitive to repeated peeking than p-value stopping, although checking every hour on tiny samples still isn't a good idea. Set a minimum sample size too."""),
    ],
})

# ---------------------------------------------------------------- 010
DIALOGUES.append({
    "id": "m13b-010",
    "label": "good",
    "language": "en",
    "note": "Good: 3-turn DIY dimmer replacement; safety-first, correct wiring guidance (line/load, neutral, ground), specific LED dimmer advice and flicker troubleshooting.",
    "conv": [
        ("human", "I want to replace a regular light switch with a dimmer for six LED recessed lights (10 W each) in my living room. US house. What kind of dimmer do I need?"),
        ("gpt", """Six 10 W LEDs is a 60 W load. Almost any modern LED-rated dimmer can handle that. What matters more is **compatibility**:

**1. Get a dimmer rated for LEDs.** Look for "LED+", "CL" (CFL/LED), or a specific LED wattage rating on the package. For example, the Lutron Diva DVCL-153P is rated for 150 W of LED/CFL or 600 W incandescent/halogen. Old incandescent-only dimmers often cause buzzing or flicker with LEDs.

**2. Check that your fixtures are dimmable.** Integrated LED recessed lights or retrofit modules should say "dimmable" on the label or spec sheet. Many manufacturers publish a compatibility list of tested dimmers. Lutron, Leviton and the fixture makers all have lookup tools online. Using a tested combination is the most reliable way to avoid flicker.

**3. Watch the minimum load.** Some dimmers need a minimum load to work smoothly. 60 W is comfortably above the typical minimum, so you're fine.

**4. Single-pole vs 3-way.** If this is the only switch controlling the lights, buy a single-pole dimmer. If another switch elsewhere also controls them, you need a 3-way dimmer (or a smart dimmer with a companion remote).

**5. Smart dimmers need a neutral (usually).** Wi-Fi or Z-Wave dimmers typically need a neutral wire in the box. Some Lutron Caséta models don't, which helps in older homes.

Before opening anything, **turn off the breaker** and confirm the power is off at the switch with a non-contact voltage tester. Test the tester on a known live outlet first so you know it works."""),
        ("human", """Breaker off, switch pulled out. Two black wires go to the old switch, a bare copper wire goes to its green screw, and there's a bundle of white wires capped together at the back of the box. The new dimmer has two black leads, a green lead, and a white lead. How do I connect it?"""),
        ("gpt", """That's a standard setup.

**What you have:**
- **Two black wires** on the old switch: one is the **line** (power in from the panel), the other is the **load** (going to the lights).
- **Bare copper:** the equipment ground.
- **Bundle of whites:** the neutrals, spliced together and passing through the box. They don't touch the switch.

**Connections:**
1. **Green dimmer lead → bare copper ground.** Use a wire nut. If there are several grounds in the box, pigtail them together.
2. **White dimmer lead → the white neutral bundle.** Remove the existing wire nut, add the dimmer's white lead to the bundle, and put on a wire nut rated for that many conductors (check the range printed on the package, e.g. "2–5 #14"). Twist until the insulation starts to twist along with it, then tug each wire to check.
3. **The two black leads → the two black wires.** On many basic dimmers the blacks are interchangeable. If your dimmer's instructions label them **LINE** and **LOAD** (common on smart dimmers), you must identify which house wire is the line:
   - Separate the two blacks so they don't touch anything, and cap each one.
   - Turn the breaker on, and use the non-contact tester to find which one is live. That's the line.
   - Turn the breaker off again, mark the line wire with tape, and confirm it's dead before continuing.

**Before closing up:** fold the wires in neatly. Dimmers are bulkier than switches, and they get slightly warm in use, so don't cram them. Then mount the dimmer, restore power and test.

If anything doesn't match this description (for example, no white bundle, two cables with red wires, or aluminum wiring), stop and call a licensed electrician. Some jurisdictions also require a permit even for a like-for-like swap, so check local rules."""),
        ("human", "It works, but the lights flicker at the lowest setting and one of them still glows faintly when the dimmer is off. Fixable?"),
        ("gpt", """Both are common LED–dimmer interaction issues, and usually fixable without new hardware.

**Flicker at the low end**
The LED drivers can't regulate at the very low power the dimmer sends at the bottom of its range. Fix it by raising the dimmer's **low-end trim**:
- Many LED-rated dimmers have a small adjustment dial, often behind the faceplate or on the side of the unit. On the Diva CL it's on the side of the unit, reachable once the wallplate is off. Turn the dimmer to its lowest setting, then turn the dial until the flicker stops and the lights are steady.
- Smart dimmers usually have this setting in the app ("low-end trim" or "minimum brightness").

You lose a little of the very bottom of the range, but the dimming becomes smooth.

**Faint glow when off ("ghosting")**
Most dimmers without a neutral leak a tiny current through the load to power their own electronics. Even dimmers *with* a neutral can leak a little through their circuitry. An LED driver can store that energy and glow dimly. Options:
- Make sure the dimmer's white lead is actually connected to the neutral (you did this, good).
- Check whether that one fixture is a different brand or model from the rest. Mixed drivers on one dimmer are a classic cause of both ghosting and flicker.
- Some dimmers have a **phase setting** (forward phase vs reverse phase). Many LED drivers behave better on reverse phase, also called ELV.
- As a last resort, a small "LED load correction" device (for example Lutron LUT-MLC) installed at a fixture gives the leakage current somewhere else to go.

If one fixture keeps misbehaving while the others are fine, replacing that fixture with the same model as the rest is often the simplest fix."""),
    ],
})

# ---------------------------------------------------------------- 011
DIALOGUES.append({
    "id": "m13b-011",
    "label": "non_answer",
    "language": "de",
    "note": "Non-answer: reply 2 only restates the question about finding the old TTL and remaining propagation time and calls it important, giving no commands or information.",
    "conv": [
        ("human", "Wir haben unsere Domain gestern zu einem neuen Hoster umgezogen. Manche Kollegen sehen schon die neue Website, andere noch die alte. Woran liegt das?"),
        ("gpt", """Das ist ganz normales DNS-Caching und kein Fehler beim Umzug.

**Was passiert:** Jeder DNS-Eintrag hat eine **TTL** (Time to Live) in Sekunden. Resolver, also die DNS-Server Ihres Providers, Ihres Firmennetzes oder öffentliche wie 1.1.1.1, speichern eine Antwort so lange zwischen, wie die TTL es erlaubt. Wer die alte IP-Adresse noch im Cache hat, landet bis zum Ablauf der TTL auf dem alten Server. Wer zufällig einen Resolver mit abgelaufenem Cache benutzt, sieht schon die neue Seite.

Es gibt zwei Ebenen:
1. **A-/AAAA-Record** (Domain → IP): Dessen TTL bestimmt, wie lange die alte IP gecacht wird.
2. **NS-Records** (wer für die Domain zuständig ist): Wenn Sie beim Umzug auch die Nameserver gewechselt haben, müssen Resolver erst erfahren, dass die Zone jetzt woanders liegt. Die NS-Einträge in der .de-Zone bei der DENIC haben typischerweise eine TTL von einem Tag.

**Prüfen können Sie das so:**

```bash
# Was liefern verschiedene öffentliche Resolver?
dig +short beispiel.de A @1.1.1.1
dig +short beispiel.de A @8.8.8.8

# Welche Nameserver sind zuständig?
dig +short beispiel.de NS

# Direkt beim neuen autoritativen Nameserver fragen:
dig +short beispiel.de A @ns1.neuer-hoster.de
```

Wenn der autoritative Nameserver bereits die neue IP liefert, ist auf Ihrer Seite alles richtig. Dann ist es nur eine Frage der Zeit. Lokal können Sie den Cache leeren, unter Windows mit `ipconfig /flushdns`, unter macOS mit `sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder`."""),
        ("human", "Wie kann ich herausfinden, welche TTL der alte Eintrag hatte und wie lange es ungefähr noch dauert, bis alle die neue Seite sehen?"),
        ("gpt", """Sie möchten also herausfinden, welche TTL der alte Eintrag hatte und wie lange es ungefähr noch dauert, bis wirklich alle Nutzer die neue Website sehen. Das ist eine sehr berechtigte Frage, und genau diese Unsicherheit beschäftigt bei fast jedem Domain-Umzug viele Administratoren.

Die TTL des alten Eintrags spielt dabei natürlich eine wichtige Rolle, denn sie hängt eng damit zusammen, wie lange die Umstellung insgesamt dauert. Es ist daher absolut sinnvoll, sich diese Frage jetzt zu stellen, statt einfach abzuwarten, und sich einen Überblick über den aktuellen Stand der Umstellung zu verschaffen."""),
        ("human", "Noch ein Problem: Seit dem Umzug kommen keine E-Mails mehr an. Die Website läuft inzwischen bei allen."),
        ("gpt", """Das liegt fast immer daran, dass beim Umzug der Zone die **Mail-Records** nicht mit übernommen wurden. Der neue Hoster legt oft eine Standardzone an, die auf seine eigenen Mailserver zeigt oder gar keinen MX-Eintrag enthält.

**1. MX-Record prüfen**

```bash
dig +short beispiel.de MX
```

Das Ergebnis muss auf den Server zeigen, der Ihre Postfächer tatsächlich hostet, z. B. `10 mx.alter-mailprovider.de.` oder bei Microsoft 365 `0 beispiel-de.mail.protection.outlook.com.` Ist er leer oder zeigt auf den neuen Webhoster, landen die Mails dort oder werden abgewiesen.

**2. Die zugehörigen TXT-Records prüfen**

```bash
dig +short beispiel.de TXT                    # SPF: "v=spf1 ..."
dig +short _dmarc.beispiel.de TXT             # DMARC
dig +short selector1._domainkey.beispiel.de TXT   # DKIM (Selector je nach Anbieter)
```

Fehlen SPF oder DKIM, kommen Ihre **ausgehenden** Mails zwar oft noch an, landen aber beim Empfänger im Spam oder werden wegen DMARC abgelehnt.

**3. Mit der alten Zone vergleichen**
Falls Sie keinen Export der alten Zone haben: Der alte Nameserver antwortet häufig noch, solange der Vertrag läuft. Fragen Sie ihn direkt:

```bash
dig beispiel.de MX @ns1.alter-hoster.de
```

Dann tragen Sie die fehlenden Records beim neuen Hoster nach. Mails, die inzwischen abgewiesen wurden, sind verloren. Mails, die nur verzögert wurden, stellen die sendenden Server in der Regel noch bis zu etwa fünf Tage lang erneut zu."""),
        ("human", "Wie vermeiden wir so etwas beim nächsten Umzug?"),
        ("gpt", """Mit einer kleinen Checkliste, die Sie vor jedem DNS-Umzug abarbeiten:

**Vorbereitung (mindestens 2 Tage vorher)**
1. **Komplette Zone exportieren**: A, AAAA, CNAME, MX, TXT (SPF, DKIM, DMARC, Verifizierungen für Google/Microsoft), SRV, CAA. Viele Hoster bieten einen Zonen-Export im BIND-Format an.
2. **TTL senken**: alle relevanten Einträge auf 300 Sekunden setzen. Wichtig: Das muss mindestens eine *alte* TTL-Dauer vor dem Umzug passieren. Bei einer TTL von 86400 also mindestens 24 Stunden vorher, besser 48.

**Umzug**
3. **Neue Zone vollständig anlegen** und *vor* dem Nameserver-Wechsel direkt beim neuen Nameserver prüfen:
   ```bash
   dig beispiel.de MX @ns1.neuer-hoster.de
   dig beispiel.de TXT @ns1.neuer-hoster.de
   ```
4. **Diff machen**: die Ausgaben für alle Record-Typen von altem und neuem Nameserver vergleichen. Jede Abweichung muss begründet sein.
5. Erst dann Nameserver bzw. Records umstellen.

**Danach**
6. **Alten Hoster mindestens eine Woche weiterlaufen lassen**, Website und Mail, damit Nachzügler aus Caches nicht ins Leere laufen.
7. Mailfluss aktiv testen: eine Mail von extern senden und die Header prüfen (SPF/DKIM/DMARC = pass).
8. **TTL wieder erhöhen**, z. B. auf 3600 oder 86400, wenn alles stabil läuft.

Mit den gesenkten TTLs dauert eine Umstellung dann wenige Minuten statt bis zu einem Tag, und Sie können einen Fehler genauso schnell wieder zurückdrehen."""),
    ],
})

# ---------------------------------------------------------------- 012
DIALOGUES.append({
    "id": "m13b-012",
    "label": "bad_length",
    "language": "en",
    "note": "Bad length: reply 3 is just 'It depends.' for a question needing a comparison of asyncio.gather vs TaskGroup.",
    "conv": [
        ("human", "I have a script that fetches 500 URLs with requests in a for loop and it takes about 4 minutes. Would asyncio help?"),
        ("gpt", """Yes. This is the textbook case for asyncio. Your script spends almost all its time **waiting on the network**, and asyncio lets hundreds of those waits overlap in one thread.

`requests` is blocking, so you need an async HTTP client. `aiohttp` and `httpx` are the usual choices. With aiohttp:

```python
import asyncio
import aiohttp

with open("urls.txt") as f:
    URLS = [line.strip() for line in f if line.strip()]

async def fetch(session, sem, url):
    async with sem:
        async with session.get(url) as resp:
            body = await resp.text()
            return url, resp.status, len(body)

async def main():
    sem = asyncio.Semaphore(20)          # at most 20 requests in flight
    async with aiohttp.ClientSession() as session:
        tasks = [fetch(session, sem, u) for u in URLS]
        results = await asyncio.gather(*tasks)
    for url, status, size in results:
        print(status, size, url)

asyncio.run(main())
```

Key points:

- **One `ClientSession`** for all requests. It pools connections and reuses TCP and TLS handshakes. Creating a session per request is a common mistake that throws away much of the speedup.
- **Semaphore** caps concurrency. Without it, all 500 requests go out at once, which can trigger rate limits or exhaust file descriptors. Start with 10–50.
- If the average request takes ~0.5 s, 20 concurrent requests turn 4 minutes into roughly 500 × 0.5 / 20 ≈ **12–15 seconds**.

If the URLs are all on one host, check its rate limits first. Being 20× faster doesn't help if you get blocked."""),
        ("human", "It's way faster now, but a few requests hang forever and the script never finishes."),
        ("gpt", """aiohttp's default timeout is generous (5 minutes total), and a stalled server can keep a request open for a long time. Set explicit timeouts at two levels.

**1. Session-level timeout:**

```python
timeout = aiohttp.ClientTimeout(total=15, connect=5, sock_read=10)
async with aiohttp.ClientSession(timeout=timeout) as session:
    ...
```

- `total`: hard limit for the whole request, including reading the body.
- `connect`: time to get a connection (DNS, TCP, TLS).
- `sock_read`: maximum gap between received chunks. This catches servers that send data slowly.

**2. Don't let one failure kill everything:**

```python
results = await asyncio.gather(*tasks, return_exceptions=True)

for url, r in zip(URLS, results):
    if isinstance(r, Exception):
        print("FAILED", url, type(r).__name__)
    else:
        print(r[1], url)
```

Without `return_exceptions=True`, the first `asyncio.TimeoutError` propagates out of `gather` and you lose the other results. The remaining tasks keep running in the background, unsupervised.

On Python 3.11+ you can also wrap any block with `async with asyncio.timeout(15):` for a timeout that isn't tied to aiohttp."""),
        ("human", "I've read that TaskGroup is the modern replacement for gather. Should I switch to TaskGroup for this script, or stick with gather?"),
        ("gpt", "It depends."),
        ("human", "Some servers return 429 or 503. How do I add retries with exponential backoff?"),
        ("gpt", """Wrap the fetch in a retry loop that backs off exponentially, adds jitter, and respects `Retry-After`:

```python
import asyncio
import random
import aiohttp

RETRY_STATUSES = {429, 500, 502, 503, 504}

async def fetch_with_retry(session, sem, url, max_attempts=5):
    for attempt in range(1, max_attempts + 1):
        try:
            async with sem:
                async with session.get(url) as resp:
                    if resp.status not in RETRY_STATUSES:
                        return url, resp.status, await resp.text()
                    retry_after = resp.headers.get("Retry-After")
        except (aiohttp.ClientError, asyncio.TimeoutError):
            retry_after = None
        if attempt == max_attempts:
            raise RuntimeError(f"gave up on {url} after {attempt} attempts")
        if retry_after and retry_after.isdigit():
            delay = int(retry_after)
        else:
            delay = min(30, 0.5 * 2 ** (attempt - 1))   # 0.5, 1, 2, 4 ...
            delay *= random.uniform(0.5, 1.5)            # jitter
        await asyncio.sleep(delay)
```

Details that matter:

- **Sleep outside the semaphore.** The `async with sem` block ends before `asyncio.sleep`, so a waiting retry doesn't occupy one of your 20 slots.
- **Jitter** prevents many failed requests from retrying at the same instant and hitting the server in synchronized waves.
- **`Retry-After`** on 429s tells you exactly how long to wait. Respecting it is both polite and faster than guessing. (It can also be an HTTP date. This code just falls back to backoff in that case.)
- **Cap the delay** (30 s here) and the number of attempts, so a dead host can't stall the run forever.
- Don't retry 4xx errors other than 429. A 404 won't fix itself.

If you'd rather not write this yourself, the `tenacity` library provides the same pattern as a decorator, and it supports async functions."""),
    ],
})
