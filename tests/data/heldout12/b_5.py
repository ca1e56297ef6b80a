from b_common import D, pairs, raw

DIALOGUES = []

# 025 good en quantum basics (7 turns)
DIALOGUES.append(D(25, "good", "en",
"Good: seven turns exploring quantum basics (double slit, which-path measurement, interpretations, Planck's constant, uncertainty with a worked number, tunnelling, reading list); mix of long and appropriately short replies, all correct.",
pairs(
r"""Can you explain the double-slit experiment in simple terms? I keep hearing it's "the heart of quantum mechanics".""",
r"""Sure. Picture a barrier with two narrow, closely spaced slits and a screen behind it.

**With water waves**, each slit becomes a new source of ripples. Where crest meets crest the waves reinforce; where crest meets trough they cancel. The screen shows alternating strong and weak bands: an **interference pattern**.

**With little balls** (say, paint pellets), you'd just get two stripes behind the two slits.

**With electrons or photons**, you get the interference bands, as if each one were a wave passing through both slits. The astonishing part comes when you turn the source down so low that only **one particle at a time** goes through:

1. Each particle lands at a single point on the screen, like a ball.
2. The positions look random at first.
3. After thousands of particles, the dots build up the **interference pattern** again.

So each individual particle is detected at one spot, yet the statistics of where it lands follow a wave that went through both slits and interfered with itself. That's the core of quantum mechanics: a **wavefunction** evolves like a wave and determines probabilities, and detection gives particle-like single events.

This has been done with photons, electrons (the famous Tonomura experiment of 1989 showed the dots building up one by one), neutrons, atoms, and even molecules of more than 2,000 atoms. Feynman called it the phenomenon "which has in it the heart of quantum mechanics" because almost every puzzle in the theory can be seen in it.""",
r"""And why does the pattern disappear if you check which slit the particle went through?""",
r"""Because interference requires the two paths to be **indistinguishable**. If anything in the universe records which slit the particle took, the two possibilities no longer overlap, and you simply add the probabilities of two single-slit patterns: two smooth humps, no bands.

Mathematically, the amplitude at a point on the screen is $\psi_1 + \psi_2$ (one term per slit), and the probability is

$$|\psi_1 + \psi_2|^2 = |\psi_1|^2 + |\psi_2|^2 + 2\,\text{Re}(\psi_1^*\psi_2).$$

The last term is the interference. When a detector becomes correlated with the path, the full state is $\psi_1|D_1\rangle + \psi_2|D_2\rangle$, and because the detector states $|D_1\rangle$ and $|D_2\rangle$ are different, the cross term gets multiplied by their overlap, which is zero for a perfect detector. The bands vanish.

Important points:

- It's not about a conscious observer or about "disturbing" the particle in a crude way. Any physical record does it: a photon scattered off an electron, a change in an atom's state. This is called **decoherence**.
- It's gradual: a detector that only partially distinguishes the paths gives a partially washed-out pattern. Visibility and which-path knowledge trade off exactly.
- In "quantum eraser" experiments, if the which-path information is later made unrecoverable in a suitable way, the interference can be recovered in the correlated subsets of data, which confirms that what matters is distinguishability, not a mechanical kick.""",
r"""So is the wavefunction something physically real, or just our information about the particle?""",
r"""That's an open question, and it's where the **interpretations** of quantum mechanics differ. They all make the same predictions for standard experiments; they disagree about what's going on underneath.

- **Copenhagen (textbook) view**: the wavefunction is a tool for calculating probabilities of measurement outcomes. Asking what the particle "really" does between measurements is not meaningful. Measurement causes "collapse".
- **Many-worlds (Everett)**: the wavefunction is real and never collapses. A measurement entangles you with the system, and every outcome happens in a separate, non-interacting branch. No collapse postulate, but a hard question about where probabilities come from.
- **Pilot-wave (de Broglie–Bohm)**: particles always have definite positions and are guided by a real wave. In the double slit, the particle goes through one slit while the wave goes through both. It's deterministic but explicitly non-local.
- **Objective collapse (e.g. GRW)**: collapse is a real physical process that happens spontaneously, very rarely for single particles and almost instantly for large objects. This version makes slightly different predictions, which experiments are testing.
- **QBism / epistemic views**: the wavefunction represents an agent's beliefs or information, updated on measurement like a Bayesian probability.

One result constrains the "just information" side: the **PBR theorem** (Pusey, Barrett, Rudolph, 2012) shows that, under some reasonable assumptions, the wavefunction can't be merely information about an underlying real state. Views like QBism avoid it by rejecting an underlying state at all.

Surveys of physicists show no consensus; Copenhagen-style views are still the most common, with many-worlds a strong second.""",
r"""What is Planck's constant, and why is it so small?""",
r"""Planck's constant, $h = 6.626 \times 10^{-34}$ J·s, sets the scale of quantum effects. It links a photon's energy to its frequency ($E = hf$) and a particle's momentum to its wavelength ($\lambda = h/p$). Often you'll see $\hbar = h/2\pi \approx 1.055 \times 10^{-34}$ J·s.

It's "small" only in our everyday units. Joules, metres and seconds were built for human-sized objects; compared with them, quantum effects are tiny, which is why a thrown ball shows no visible wave behaviour (its de Broglie wavelength is around $10^{-34}$ m). Since 2019 its value is exact by definition and is used to define the kilogram.""",
r"""Is the Heisenberg uncertainty principle just about measurements disturbing the particle?""",
r"""No. That "disturbance" story is how Heisenberg first motivated it (his gamma-ray microscope thought experiment), but the modern principle is a property of quantum states themselves, independent of any measuring device.

The position–momentum relation is

$$\Delta x \, \Delta p \ge \frac{\hbar}{2},$$

where $\Delta x$ and $\Delta p$ are the **standard deviations** you'd find if you prepared many identical particles and measured position on some and momentum on others. No state exists in which both spreads are small. It follows from the wave nature: a wave sharply localised in space must be built from many wavelengths, i.e. many momenta, just as a short sound pulse contains many frequencies.

**Worked example: an electron confined to an atom.** Take $\Delta x \approx 1 \times 10^{-10}$ m (about an atom's size):

$$\Delta p \ge \frac{1.055\times10^{-34}}{2 \times 10^{-10}} \approx 5.3 \times 10^{-25}\ \text{kg·m/s}$$

Dividing by the electron mass $9.11 \times 10^{-31}$ kg gives a velocity spread of at least about $5.8 \times 10^{5}$ m/s. That's why electrons in atoms can't sit still at the nucleus, and it explains the size and stability of atoms.

For a 1 g bead located to within a micrometre, the minimum velocity spread is about $5 \times 10^{-26}$ m/s, utterly unmeasurable.

Measurement disturbance does exist as a separate, related idea (error–disturbance relations, studied by Ozawa and others), but it's not what the standard inequality says.""",
r"""Where does quantum tunnelling show up in real life?""",
r"""Tunnelling is when a particle crosses an energy barrier it classically couldn't climb, because its wavefunction doesn't drop to zero inside the barrier; it decays exponentially, so there's a small probability on the other side. The probability falls off roughly like $e^{-2\kappa d}$, so it's extremely sensitive to barrier width $d$. Real examples:

- **Alpha decay**: an alpha particle tunnels out of the nucleus through the Coulomb barrier. The exponential sensitivity explains why half-lives range from under a microsecond to billions of years (Gamow, 1928).
- **Nuclear fusion in the Sun**: the core's temperature (~15 million K) is far too low for protons to classically overcome their repulsion; tunnelling makes fusion happen at the rate that keeps the Sun shining.
- **Flash memory**: SSDs and USB sticks write data by making electrons tunnel through a thin oxide layer onto a floating gate (Fowler–Nordheim tunnelling).
- **Scanning tunnelling microscope**: a sharp tip a fraction of a nanometre above a surface; the tunnelling current changes by about a factor of 10 for every 0.1 nm of distance, which lets it image individual atoms (Nobel Prize 1986).
- **Tunnel diodes and Josephson junctions**: the latter are the building block of superconducting qubits.
- **Chemistry and biology**: hydrogen and electron transfer in some enzyme reactions proceeds partly by tunnelling.

It's also a nuisance: in modern transistors with gate oxides only a few atoms thick, tunnelling causes leakage current, one reason chipmakers switched to high-k gate materials.""",
r"""This has been great. Any book recommendations to go further?""",
r"""Depending on how much maths you want:

- **No maths:** Richard Feynman, *QED: The Strange Theory of Light and Matter*, short, brilliant lectures built around the same "add the arrows" idea we used for the double slit.
- **Some maths (algebra, a bit of calculus):** Leonard Susskind & Art Friedman, *Quantum Mechanics: The Theoretical Minimum*.
- **Textbook:** David Griffiths & Darrell Schroeter, *Introduction to Quantum Mechanics*, the standard undergraduate text.
- **Interpretations:** Sean Carroll, *Something Deeply Hidden* (pro many-worlds), and Adam Becker, *What Is Real?* (history of the debate).""",
)))

# 026 placeholder en HVAC (4 turns) -- subtle slot inside cooling table in turn 3
DIALOGUES.append(D(26, "placeholder", "en",
"Placeholder (subtle), turn 3: inside the cooling-load table, the internal-gains row holds an unfilled slot {INTERNAL_GAINS_BTUH} instead of a number.",
pairs(
r"""I'm converting a detached 24x24 garage in Denver into a woodworking shop and want a ductless mini-split for heating and cooling. How should I approach sizing?""",
r"""Treat it like a small house: size from a **heat loss / heat gain calculation**, not from square footage. At 576 sq ft you'll see "rule of thumb" answers from 12,000 to 24,000 BTU/h, which is a huge range.

What drives the load for your shop:

1. **Climate.** Denver is heating-dominated. Design conditions are roughly **0–5°F** for winter (99% design) and about **90–91°F** for summer (1% design), with dry air, so latent cooling load is small.
2. **The envelope.** Garages are usually the weak point: thin walls, an uninsulated slab, a big overhead door, and gaps everywhere. Insulation and air sealing before sizing the unit pay off heavily, as they can halve the load.
3. **The garage door.** A 16×7 door is 112 sq ft of poorly insulated, leaky surface. Its insulation and weatherstripping matter more than almost anything else.
4. **Internal gains.** Dust collectors, table saws and lights add heat in summer and help a bit in winter.
5. **Usage.** A shop kept at 55°F when empty and 65°F when working needs less than one held at 70°F.

Then choose a **cold-climate** heat pump whose capacity at 5°F covers the heating load, and check it isn't hugely oversized for cooling.

If you tell me the wall, ceiling and door insulation, window count, and the slab situation, I can walk through a quick heat loss estimate.""",
r"""Walls are 2x4 with R-13, ceiling R-38, garage door is rated R-6, two 3x4 double-pane windows, one 36" steel entry door, and an uninsulated slab. 9 ft ceiling. I'd keep it at 65°F when working.""",
r"""Here's a quick UA-based estimate. Heat loss = U × area × ΔT, with ΔT = 65°F − 3°F (design) = **62°F**.

**Areas**
- Gross wall: 4 × 24 ft × 9 ft = 864 sq ft
- Garage door 16×7 = 112; windows 2 × 12 = 24; entry door ≈ 20
- Net wall: 864 − 112 − 24 − 20 = **708 sq ft**
- Ceiling: **576 sq ft**; slab perimeter: **96 ft**
- Volume: 576 × 9 = **5,184 cu ft**

**UA values (BTU/h·°F)**

| Component | U or F | Area / length | UA |
|---|---|---|---|
| Walls (R-13 cavity ≈ R-11 whole wall) | 0.091 | 708 | 64 |
| Ceiling R-38 | 0.028 | 576 | 16 |
| Garage door (R-6 rated ≈ R-4 real) | 0.25 | 112 | 28 |
| Windows (double pane) | 0.30 | 24 | 7 |
| Steel entry door | 0.40 | 20 | 8 |
| Uninsulated slab edge | F ≈ 0.73 | 96 ft | 70 |
| Infiltration, 0.5 ACH | 0.018 × 2,592 cu ft/h | | 47 |
| **Total** | | | **≈ 240** |

**Design heat loss ≈ 240 × 62 ≈ 14,900 BTU/h.**

Observations:

- The **slab edge (70)** and **infiltration (47)** together are almost half the total. Rigid foam along the slab edge (or under new flooring) and weatherstripping the garage door with a good bottom seal are the cheapest big wins.
- The leaky garage door could easily push infiltration to 1 ACH in reality, adding about 47 × 62 ≈ 2,900 BTU/h.
- If you keep it at 55°F when unused, the load at design drops to about 240 × 52 ≈ 12,500 BTU/h.

So plan for roughly **15,000 BTU/h at 5°F**, more if air sealing is poor.""",
r"""What about cooling? Summers here get hot and the garage door faces west.""",
r"""Cooling is usually the smaller load in Denver, even with a west-facing door, because the air is dry and nights are cool. A simplified estimate at about 91°F outdoor, 75°F indoor:

| Component | Basis | Cooling load |
|---|---|---|
| Walls and ceiling | UA ≈ 80 with sun-adjusted temperature difference | ~2,600 BTU/h |
| West garage door | UA 28, afternoon sun raises surface temperature sharply | ~1,100 BTU/h |
| Windows (2 × 12 sq ft) | conduction + solar gain, one west-facing | ~1,400 BTU/h |
| Infiltration | 47 × 16°F | ~750 BTU/h |
| Internal gains (2 people, LED lights, tools running intermittently) | people ~250 BTU/h each, lights ~300 W, dust collector/saw duty cycle | {INTERNAL_GAINS_BTUH} |
| Latent (dry climate) | moisture from people and infiltration | ~400 BTU/h |
| **Total** | | **≈ 9,200 BTU/h** |

So cooling comes out around **9,000–10,000 BTU/h**, well below the ~15,000 BTU/h heating load. That's typical for Denver: size the unit for heating, and check that it can **turn down** enough for cooling so it doesn't short-cycle.

A few ways to cut the summer load further:

- An insulated garage door with a light-coloured exterior (dark doors facing west can reach 140–150°F on the surface).
- Exterior shade or reflective film on the west window.
- Running the dust collector in a separate closet or outside the conditioned space; a 2 HP collector turns most of its ~1,500 W into heat in the room.

Since the humidity is low, you could even skip cooling on many days by ventilating the shop in the cool evening hours.""",
r"""So which mini-split should I be looking at?""",
r"""Look for a **cold-climate, single-zone, 15,000–18,000 BTU/h (1.25–1.5 ton)** unit whose heating capacity **at 5°F** is at least your ~15,000 BTU/h.

What to check in the specs:

- **Capacity at 5°F, not nominal.** Nominal ratings are at 47°F. Use the NEEP cold-climate heat pump list (ashp.neep.org), which publishes min/max capacity at 5°F for each model. Many standard units deliver only 60–70% of nominal at 5°F; cold-climate models keep 90–100%.
- **Minimum capacity.** For your ~9,200 BTU/h cooling load and mild shoulder seasons, a unit that modulates down to about 3,000–5,000 BTU/h will run long, steady cycles.
- **Operating range.** Down to at least −13°F (−25°C) so it keeps running on Denver's coldest nights, even at reduced output.
- **Base pan heater** to prevent ice build-up on the outdoor unit in snow.

Model families that commonly meet this: Mitsubishi Hyper-Heat (H2i) 15k or 18k, Fujitsu XLTH series, Daikin Aurora, and Gree Sapphire/Crown. An 18k unit gives margin if the garage door is leakier than assumed; a 15k unit is enough if you add slab-edge insulation and seal the door.

Shop-specific advice:

- Mount the indoor head **away from** the main dust sources and clean its filters often; fine wood dust clogs them fast.
- Consider a ceiling cassette or ducted mini-split if wall space is better used for storage.
- A permit and a licensed installer are usually needed for the refrigerant line set and the 240 V circuit; check Denver's requirements and Xcel Energy rebates for cold-climate heat pumps.""",
)))

# 027 misaligned en Go concurrency (4 turns) -- replies 2-4 rotated
DIALOGUES.append(D(27, "misaligned", "en",
"Misaligned (rotation): reply 2 answers turn 3 (select with default), reply 3 answers turn 4 (waiting for N goroutines with WaitGroup), reply 4 answers turn 2 (stopping a goroutine via context).",
pairs(
r"""What's the difference between a buffered and an unbuffered channel in Go?""",
r"""The difference is whether the channel can hold values without a receiver being ready.

**Unbuffered** (`make(chan int)`): a send blocks until another goroutine receives, and a receive blocks until someone sends. The two goroutines **synchronise** at that moment; it's a handoff. Use it when you want a guarantee that the receiver has got the value before the sender continues.

**Buffered** (`make(chan int, 3)`): the channel has a queue of capacity 3. Sends only block when the buffer is full; receives only block when it's empty.

```go
ch := make(chan int, 2)
ch <- 1        // doesn't block
ch <- 2        // doesn't block
// ch <- 3     // would block: buffer full, nobody receiving
fmt.Println(<-ch, <-ch) // 1 2
```

Guidelines:

- Default to **unbuffered** unless you have a reason; it makes the program's behaviour easier to reason about, and deadlocks show up immediately in testing instead of only under load.
- Use a **buffer** to decouple a producer and consumer with bursty timing, or when you know exactly how many values will be sent, e.g. `results := make(chan result, n)` for `n` goroutines so none of them ever blocks on send.
- A buffer doesn't make a program faster by itself and it doesn't fix a deadlock, it just postpones it until the buffer fills.
- `len(ch)` and `cap(ch)` report the current number of queued items and the capacity, but don't build logic on `len`; the value is stale immediately in concurrent code.""",
r"""How do I stop a running goroutine from the outside?""",
r"""A `select` with a `default` case **never blocks**: if none of the other cases is ready right now, the `default` branch runs immediately.

```go
select {
case msg := <-ch:
    fmt.Println("received", msg)
default:
    fmt.Println("no message ready, moving on")
}
```

Common uses:

**Non-blocking receive**: poll a channel without waiting, as above.

**Non-blocking send**: drop a value if the consumer is busy instead of stalling, e.g. for metrics or log events where losing one is acceptable:

```go
select {
case events <- e:
default:
    dropped++ // buffer full, skip
}
```

**Try-lock pattern** with a one-slot channel used as a semaphore.

What to avoid: putting `select { ... default: }` inside a tight `for` loop with nothing else in it. That spins the CPU at 100% while "waiting". If you actually want to wait for one of several channels, leave out `default` so the goroutine sleeps until something is ready, or add a `time.After`/ticker case if you need a timeout.""",
r"""What does select with a default case do?""",
r"""Use a `sync.WaitGroup`: call `Add` before starting each goroutine, `Done` when each finishes, and `Wait` to block until the counter is back to zero.

```go
var wg sync.WaitGroup

for i := 0; i < n; i++ {
    wg.Add(1)
    go func(id int) {
        defer wg.Done()
        process(id)
    }(i)
}

wg.Wait() // blocks until all n have called Done
fmt.Println("all done")
```

Rules that prevent the common bugs:

- Call `wg.Add(1)` **before** `go`, in the launching goroutine. Calling it inside the new goroutine races with `Wait`, which might see zero and return early.
- Use `defer wg.Done()` so it runs even if the function returns early or panics.
- Pass the `WaitGroup` by pointer if you hand it to a function; copying it breaks it (`go vet` warns about this).
- Since Go 1.22 each loop iteration has its own `i`, so capturing it is safe; passing it as an argument as above works in all versions.

If the goroutines can fail and you want the first error, use `errgroup.Group` from `golang.org/x/sync/errgroup`: `g.Go(func() error {...})` and `err := g.Wait()`. With `errgroup.WithContext`, the first error also cancels a shared context so the others can stop early.

Go 1.25 adds `wg.Go(func() {...})`, which does the `Add`/`Done` bookkeeping for you.""",
r"""And how do I wait for N goroutines to all finish before continuing?""",
r"""You can't kill a goroutine from outside; Go has no such API. Instead, the goroutine has to **cooperate**: it watches a signal and returns when asked. The standard signal is a `context.Context`.

```go
func worker(ctx context.Context, jobs <-chan Job) {
    for {
        select {
        case <-ctx.Done():
            log.Println("stopping:", ctx.Err())
            return
        case j, ok := <-jobs:
            if !ok {
                return
            }
            handle(ctx, j)
        }
    }
}

ctx, cancel := context.WithCancel(context.Background())
go worker(ctx, jobs)

// later, from anywhere:
cancel() // closes ctx.Done(); the worker returns at its next select
```

Key points:

- `cancel()` closes the `Done()` channel, so **every** goroutine sharing that context sees it; one call stops them all.
- Long-running work inside `handle` should also respect `ctx`: pass it to `http.NewRequestWithContext`, database calls (`QueryContext`), or check `ctx.Err()` between steps of a long loop. Otherwise the goroutine only notices cancellation after the current job finishes.
- Use `context.WithTimeout` or `WithDeadline` if the stop condition is time-based.
- Always call `cancel` (usually via `defer cancel()`) even if you don't need it, to release the context's resources.

Before Go had `context`, the same idea was done with a `done chan struct{}` that you `close()` to broadcast the stop.""",
)))

# 028 off_topic en calculus limits (4 turns) -- turn 3 drifts to keyboards
DIALOGUES.append(D(28, "off_topic", "en",
"Off-topic, turn 3: in the middle of working through limits, the user asks for a mechanical keyboard recommendation under $100 and the assistant answers at length before the dialogue returns to limits.",
pairs(
r"""How do I find limits of rational functions as x goes to infinity? For example (3x² − 5x + 1)/(6x² + 2).""",
r"""Divide the numerator and the denominator by the **highest power of x in the denominator**, here $x^2$:

$$\frac{3x^2 - 5x + 1}{6x^2 + 2} = \frac{3 - \frac{5}{x} + \frac{1}{x^2}}{6 + \frac{2}{x^2}}.$$

As $x \to \infty$, every term with $x$ in the denominator goes to 0, leaving

$$\lim_{x\to\infty} \frac{3}{6} = \frac{1}{2}.$$

This gives a quick rule based on the degrees of the top ($n$) and bottom ($m$):

| Degrees | Limit as $x \to \infty$ | Example |
|---|---|---|
| $n < m$ | 0 | $\frac{4x+1}{x^2-3} \to 0$ |
| $n = m$ | ratio of leading coefficients | your example: $\frac{3}{6} = \frac12$ |
| $n > m$ | $\pm\infty$ (sign from leading terms) | $\frac{x^3}{2x^2+1} \to +\infty$ |

Geometrically, when $n = m$ the graph has a **horizontal asymptote** at $y = \frac12$; when $n < m$ it's $y = 0$; when $n = m + 1$ there's a slant asymptote, found by polynomial division.

Watch out at $x \to -\infty$: the rule is the same, but for $n > m$ the sign depends on whether $n - m$ is odd or even. And for expressions with square roots, like $\frac{\sqrt{x^2+1}}{x}$, remember $\sqrt{x^2} = |x|$, so that one tends to $1$ at $+\infty$ but $-1$ at $-\infty$.""",
r"""Our course also wants epsilon-delta proofs. Can you show one for lim x→2 of (3x − 1) = 5?""",
r"""Sure. The definition: $\lim_{x\to 2}(3x-1) = 5$ means that for every $\varepsilon > 0$ there is a $\delta > 0$ such that

$$0 < |x - 2| < \delta \implies |(3x - 1) - 5| < \varepsilon.$$

**Scratch work (find δ).** Simplify the expression we need to make small:

$$|(3x - 1) - 5| = |3x - 6| = 3|x - 2|.$$

We want $3|x-2| < \varepsilon$, i.e. $|x - 2| < \varepsilon/3$. So choose $\delta = \varepsilon/3$.

**Proof (write it cleanly).** Let $\varepsilon > 0$ be given. Choose $\delta = \varepsilon/3$. Then if $0 < |x - 2| < \delta$,

$$|(3x-1) - 5| = 3|x - 2| < 3\delta = 3\cdot\frac{\varepsilon}{3} = \varepsilon.$$

Hence the limit is 5. $\blacksquare$

Things graders look for:

- The proof must work for **every** $\varepsilon$, so start with "Let $\varepsilon > 0$".
- $\delta$ must depend only on $\varepsilon$ (and constants), never on $x$.
- The scratch work goes backward from $\varepsilon$ to $\delta$; the written proof goes forward from $\delta$ to $\varepsilon$.

For a linear function $ax + b$, $\delta = \varepsilon/|a|$ always works. For non-linear ones, like $x^2$, you first restrict $\delta \le 1$ to bound the extra factor, then take $\delta = \min(1, \varepsilon/C)$.""",
r"""Random question while I think about that: I'm typing a lot for my coursework now. What's a good mechanical keyboard under $100 that won't annoy my roommate?""",
r"""For quiet typing on a budget, the switch type matters most:

- **Avoid clicky switches** (Blue, "Box White" and similar). They're the loud ones with an audible click on every press.
- **Linear or silent switches** are the best choice for shared rooms: e.g. Gateron or Cherry "Silent Red", or stock Reds with O-ring dampeners. Tactile Browns are a middle ground.

Keyboards in the $50–100 range that are often recommended:

| Keyboard | Layout | Notes |
|---|---|---|
| Keychron K2 / V2 | 75% / 65% | Hot-swappable on many versions, Bluetooth (K2), Mac and Windows keycaps |
| Royal Kludge RK84 | 75% | Very affordable, wireless, hot-swap |
| Akko 3068B / 5075B | 65% / 75% | Nice stock switches, good keycaps for the price |
| Logitech G413 SE | Full size | Simple, sturdy, widely available |

Tips to make any of them quieter: put a desk mat under the keyboard, avoid bottoming out keys hard, and choose a board with foam inside the case. **Hot-swappable** sockets let you change switches later without soldering if you decide you want something quieter or different.

Also consider ergonomics if you type for hours: a compact 75% layout keeps the mouse closer, and a wrist rest helps.""",
r"""Thanks. Back to limits: how do I handle one-sided limits for a piecewise function? f(x) = x² for x < 1 and 2x + 1 for x ≥ 1, at x = 1.""",
r"""Evaluate each side using the piece that applies on that side.

**Left-hand limit** ($x \to 1^-$, so $x < 1$, use $x^2$):

$$\lim_{x\to 1^-} f(x) = \lim_{x\to 1^-} x^2 = 1.$$

**Right-hand limit** ($x \to 1^+$, so $x \ge 1$, use $2x+1$):

$$\lim_{x\to 1^+} f(x) = \lim_{x\to 1^+} (2x + 1) = 3.$$

Since $1 \ne 3$, the two-sided limit $\lim_{x\to 1} f(x)$ **does not exist**. The function value is $f(1) = 2(1)+1 = 3$, which matches the right-hand limit only.

What this tells you about the graph: there's a **jump discontinuity** at $x = 1$, with a gap of $3 - 1 = 2$. The function is right-continuous at 1 but not continuous.

A typical follow-up exam question: "Find $k$ so that $g(x) = x^2$ for $x < 1$ and $2x + k$ for $x \ge 1$ is continuous." Set the one-sided limits equal: $1 = 2 + k$, so $k = -1$.""",
)))

# 029 structure en GPU drivers -- two consecutive human turns (turns 3 and 4)
DIALOGUES.append(D(29, "structure", "en",
"Structure: two human turns in a row (the stutter question and the 60 Hz question) with no assistant reply between them; the assistant then answers both in one reply.",
raw(
("human", r"""I'm swapping my old AMD RX 580 for an RTX 4070 on Windows 11. What should I do about drivers so the two don't conflict?"""),
("gpt", r"""Do a clean switch: remove the AMD driver completely, then install NVIDIA's. Leftover AMD software rarely breaks things outright, but it's a common cause of odd crashes and stutter.

1. **Download first**: get the latest NVIDIA Game Ready (or Studio) driver for the RTX 4070 from nvidia.com, plus **Display Driver Uninstaller (DDU)** from Wagnardsoft. Save both locally.
2. **Disconnect from the internet** (unplug Ethernet / turn off Wi-Fi). Otherwise Windows Update may auto-install a generic driver in the middle of the process.
3. **Remove the AMD driver with DDU** (details below), then shut down.
4. **Swap the cards.** Connect the 4070's power: one 12VHPWR/12V-2x6 connector or the included adapter with separate 8-pin PCIe cables, not one daisy-chained cable. NVIDIA recommends a 650 W PSU for the 4070.
5. Plug the monitor into the **4070**, not the motherboard's video output.
6. **Boot, install the NVIDIA driver** ("Custom → Perform a clean installation" is fine), reboot, then reconnect to the internet.

Optional: uninstall AMD Adrenalin from Apps & Features first, before running DDU, so its services are gone too."""),
("human", r"""How exactly do I use DDU? I've never run it."""),
("gpt", r"""1. **Boot into Safe Mode.** Settings → System → Recovery → *Advanced startup* → Restart now. Then Troubleshoot → Advanced options → Startup Settings → Restart, and press **4** for Safe Mode. (DDU can also offer to reboot into Safe Mode itself when you start it.)
2. **Run DDU** (extract the downloaded archive and run `Display Driver Uninstaller.exe`).
3. In the dropdowns on the right, select device type **GPU** and vendor **AMD**.
4. Click **Clean and shutdown** (since you're swapping hardware next). Use "Clean and restart" if you're not changing the card.
5. Let it finish; it removes the driver, registry entries, and AMD's leftover folders, then powers off.

Notes:

- DDU's options menu has "Prevent downloads of drivers from Windows Update when Windows searches for a driver for a device". Ticking it stops Windows from grabbing a driver on its own before you install NVIDIA's; you can untick it later.
- The screen will go to low resolution after the clean, because Windows falls back to the Microsoft Basic Display Adapter. That's expected.
- Only use DDU for GPU drivers; there's no need to touch chipset or audio drivers."""),
("human", r"""Done, the 4070 is in and the driver installed. But games stutter every few seconds even though the FPS counter shows 120+."""),
("human", r"""Oh and another thing: my monitor is 165 Hz but Windows says it's running at 60 Hz."""),
("gpt", r"""Those two are probably related; fix the refresh rate first.

**60 Hz instead of 165 Hz**
1. Settings → System → Display → Advanced display → **Choose a refresh rate** → 165 Hz. After a driver change Windows often falls back to 60 Hz.
2. If 165 isn't listed: check the **cable and port**. Use **DisplayPort** (or HDMI 2.1 if the monitor supports 165 Hz over HDMI); an old HDMI 1.4 cable or port tops out at 1440p/1080p 60–120 Hz.
3. In NVIDIA Control Panel → Change resolution, pick the highest refresh rate under "PC" resolutions, not "Ultra HD, HD, SD".

**Stutter despite 120+ FPS**
A game rendering 120+ FPS on a 60 Hz display with V-Sync off (or mis-set) produces uneven frame pacing, which feels like stutter. Once at 165 Hz:

- Turn on **G-SYNC** (NVIDIA Control Panel → Set up G-SYNC → enable for full-screen, "G-SYNC Compatible" if it's a FreeSync monitor).
- A common setup: G-SYNC on, V-Sync **on** in NVIDIA Control Panel, V-Sync **off** in game, and an FPS cap about 3 below refresh (162) via *Max Frame Rate*.

If stutter remains after that:

- Make sure **Resizable BAR** / "Above 4G decoding" is enabled in the BIOS and that the card runs at PCIe x16 (GPU-Z shows the bus interface).
- Check **shader compilation**: many games stutter for the first minutes after a driver change while they rebuild shader caches.
- Disable overlays you don't need (Xbox Game Bar, leftover AMD overlay), and check Task Manager for background CPU spikes."""),
("human", r"""165 Hz works now and G-SYNC fixed most of it. Should I use GeForce Experience or the new NVIDIA App?"""),
("gpt", r"""Use the **NVIDIA App**. It's NVIDIA's replacement for GeForce Experience, which NVIDIA is phasing out (the NVIDIA App left beta in November 2024). It combines the driver updates from GeForce Experience with most settings from the old Control Panel, and it doesn't require an account login.

What it's good for:

- **Driver updates**: choose Game Ready (for new game optimisations) or Studio (more conservative, tested with creative apps). If you mostly game, Game Ready is fine; you don't need to install every update the day it ships.
- **Per-game optimised settings**, if you like one-click presets.
- **Overlay and recording** (the former ShadowPlay), plus performance monitoring.
- **DLSS overrides** and RTX features like RTX HDR.

It's optional: you can keep the driver alone and update manually from nvidia.com. If you care about minimum background overhead, do a custom driver install and skip the app; the NVIDIA Control Panel still works for G-SYNC and V-Sync settings either way."""),
)))

# 030 good en Terraform (8 turns)
DIALOGUES.append(D(30, "good", "en",
"Good: eight-turn Terraform tutorial for a beginner (workflow, S3 bucket with versioning, state, variables/tfvars, for_each vs count, moved block, fmt/validate, importing); consistent code across turns, several short replies where a short answer is right.",
pairs(
r"""I'm new to Terraform. What's the basic workflow?""",
r"""Four commands cover day-to-day use:

1. **`terraform init`**: run once per working directory (and after changing providers, modules or the backend). It downloads the providers, e.g. the AWS provider, into `.terraform/` and writes a `.terraform.lock.hcl` file that pins their versions; commit that lock file.
2. **`terraform plan`**: compares your `.tf` files with the **state** (what Terraform thinks exists) and the real infrastructure, and shows what it would create (`+`), change (`~`) or destroy (`-`). Nothing is changed yet.
3. **`terraform apply`**: shows the plan again and, after you type `yes`, makes the changes and updates the state. In CI you'd usually run `terraform plan -out=tfplan` and then `terraform apply tfplan`, so exactly the reviewed plan is applied.
4. **`terraform destroy`**: removes everything this configuration manages. Use carefully.

The loop is: edit code → `plan` → read the plan → `apply`. Reading the plan carefully, especially any `-/+` (replace) lines, is the habit that prevents most accidents.""",
r"""Can you write a minimal config for an S3 bucket with versioning enabled, using the current AWS provider?""",
r"""Since AWS provider v4, bucket settings like versioning are separate resources. With v5:

```hcl
terraform {
  required_version = ">= 1.5.0"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = "eu-west-1"
}

resource "aws_s3_bucket" "reports" {
  bucket = "acme-reports-dev-8f3k2"  # must be globally unique
}

resource "aws_s3_bucket_versioning" "reports" {
  bucket = aws_s3_bucket.reports.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_public_access_block" "reports" {
  bucket                  = aws_s3_bucket.reports.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
```

Notes:

- `aws_s3_bucket.reports.id` is a **reference**: it tells Terraform the versioning resource depends on the bucket, so it creates them in the right order.
- The provider takes credentials from the usual AWS sources (environment variables, `~/.aws/credentials`, SSO profile); don't put keys in the file.
- New buckets are encrypted with SSE-S3 by default; add an `aws_s3_bucket_server_side_encryption_configuration` only if you need KMS.
- Bucket names are global across all AWS accounts, hence the random suffix.

Run `terraform init`, then `terraform plan`; you should see `Plan: 3 to add, 0 to change, 0 to destroy.`""",
r"""After apply there's a terraform.tfstate file. What is it, and should I commit it to git?""",
r"""It's Terraform's record of what it manages: a JSON file mapping each resource in your code (`aws_s3_bucket.reports`) to the real object (the bucket name, ARN, all attributes). `plan` uses it to work out what changed.

**Don't commit it**, for three reasons:

1. **Secrets**: state stores attributes in plain text, including things like database passwords or generated keys if you ever manage them.
2. **Conflicts**: two people applying from different copies of the state will overwrite each other's changes, and git merges of state files are dangerous.
3. **No locking**: nothing stops two applies running at once.

Add this to `.gitignore`:

```
.terraform/
*.tfstate
*.tfstate.*
crash.log
*.tfvars      # if they contain secrets
```

For anything beyond solo experiments, use a **remote backend**: an S3 bucket with versioning (plus locking), Terraform Cloud/HCP Terraform, or your CI platform's state storage. You can migrate at any time by adding a `backend` block and running `terraform init -migrate-state`.""",
r"""How do I make the bucket name different per environment (dev, prod) without copying the files?""",
r"""Use an input variable and one `.tfvars` file per environment.

**variables.tf**
```hcl
variable "environment" {
  type        = string
  description = "Deployment environment"
  validation {
    condition     = contains(["dev", "prod"], var.environment)
    error_message = "environment must be dev or prod."
  }
}

variable "bucket_suffix" {
  type = string
}
```

**main.tf** (change the bucket resource)
```hcl
resource "aws_s3_bucket" "reports" {
  bucket = "acme-reports-${var.environment}-${var.bucket_suffix}"
  tags = {
    Environment = var.environment
  }
}
```

**dev.tfvars**
```hcl
environment   = "dev"
bucket_suffix = "8f3k2"
```

**prod.tfvars**
```hcl
environment   = "prod"
bucket_suffix = "q7m1x"
```

Then:

```bash
terraform plan -var-file=dev.tfvars
terraform apply -var-file=dev.tfvars
```

Important: with a **single state**, switching to `prod.tfvars` would rename (i.e. replace) the dev bucket rather than create a second one. Each environment needs its **own state**: either a separate backend key per environment (`terraform init -backend-config=prod.backend.hcl`), or separate root directories that call a shared module. Workspaces (`terraform workspace new prod`) are the quickest way to try it out.""",
r"""When should I use for_each versus count?""",
r"""Both create multiple instances of a resource; they differ in how instances are **identified**, which matters when the list changes.

**count** gives instances numeric indexes:

```hcl
variable "bucket_names" {
  default = ["logs", "reports", "backups"]
}

resource "aws_s3_bucket" "b" {
  count  = length(var.bucket_names)
  bucket = "acme-${var.bucket_names[count.index]}-dev"
}
# aws_s3_bucket.b[0], b[1], b[2]
```

If you remove `"logs"` from the list, `"reports"` moves from index 1 to 0 and `"backups"` from 2 to 1. Terraform sees different names at those indexes and plans to **destroy and recreate** two buckets, which for S3 means data loss or a failed apply on a non-empty bucket.

**for_each** keys instances by a string:

```hcl
resource "aws_s3_bucket" "b" {
  for_each = toset(["logs", "reports", "backups"])
  bucket   = "acme-${each.key}-dev"
}
# aws_s3_bucket.b["logs"], b["reports"], b["backups"]
```

Removing `"logs"` now destroys only `b["logs"]`; the others are untouched.

Rules of thumb:

- Use **for_each** whenever instances have a natural identity (names, environments, users). You can also iterate a map: `for_each = { logs = 30, reports = 365 }` with `each.value` as the retention days.
- Use **count** for N identical things where identity doesn't matter, and for the on/off switch pattern: `count = var.enable_logging ? 1 : 0`.
- `for_each` keys must be known at plan time; you can't use values that only exist after apply, such as a generated ID.""",
r"""I renamed a resource from aws_s3_bucket.reports to aws_s3_bucket.report_archive and now the plan wants to destroy the bucket and create a new one. How do I avoid that?""",
r"""Tell Terraform it's the same object under a new address with a **`moved` block** (Terraform 1.1+):

```hcl
moved {
  from = aws_s3_bucket.reports
  to   = aws_s3_bucket.report_archive
}
```

Also rename the references: the versioning and public-access-block resources should now use `aws_s3_bucket.report_archive.id`, and you'd usually rename those resources too, with their own `moved` blocks.

Run `terraform plan` again; instead of destroy/create you'll see:

```
# aws_s3_bucket.reports has moved to aws_s3_bucket.report_archive
```

and `0 to add, 0 to change, 0 to destroy`. Apply it to update the state.

Why a `moved` block rather than the older `terraform state mv aws_s3_bucket.reports aws_s3_bucket.report_archive`: the block lives in code, so it goes through review, and it applies automatically for every environment and every colleague's state. With `state mv` you have to remember to run it by hand against each state. Keep the `moved` block for a while (until all states have applied it), then you can delete it.""",
r"""Is there a command to tidy up the formatting of my .tf files?""",
r"""Yes: `terraform fmt -recursive` rewrites all `.tf` and `.tfvars` files to the canonical style (indentation, aligned `=` signs). In CI use `terraform fmt -check -recursive`, which fails if anything is unformatted. Pair it with `terraform validate` to catch syntax and type errors without touching AWS.""",
r"""Last question: there's an old bucket someone created by hand in the console. How do I bring it under Terraform?""",
r"""Import it into state, then make your code match it. Since Terraform 1.5 you can do it declaratively with an **`import` block**:

```hcl
import {
  to = aws_s3_bucket.legacy_uploads
  id = "acme-uploads-2019"   # the real bucket name
}
```

Then either write the matching `resource "aws_s3_bucket" "legacy_uploads" { ... }` yourself, or let Terraform draft it:

```bash
terraform plan -generate-config-out=generated.tf
```

That writes a `generated.tf` with all the bucket's current attributes. Review it: remove computed or default arguments you don't want to pin, and move the result into your normal files.

Run `terraform plan` until it shows `1 to import, 0 to add, 0 to change, 0 to destroy`. If it shows changes, your code still differs from the real bucket; adjust the code (not the bucket) until the plan is clean, then `terraform apply`.

Remember that settings like versioning, lifecycle rules and policies are separate resources, so import each one you care about too, e.g. an `import` block for `aws_s3_bucket_versioning.legacy_uploads` with the same bucket name as `id`.

On older Terraform versions, the CLI equivalent is `terraform import aws_s3_bucket.legacy_uploads acme-uploads-2019`, after writing the resource block by hand.""",
)))
