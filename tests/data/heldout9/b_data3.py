from b_common import alt, raw, item

D = []

# ---------------------------------------------------------------- 021
D.append(item(21, "repetition", "uk",
    "Repetition (turn 4): before answering the new question about the work of friction, the assistant repeats its turn-1 derivation of the forces and acceleration almost word for word.",
    alt(
"""Задача з фізики: брусок масою 2 кг зісковзує з похилої площини з кутом 30°. Коефіцієнт тертя ковзання 0,2. Знайти прискорення бруска. g = 9,81 м/с².""",
"""На брусок діють три сили: сила тяжіння mg, сила нормальної реакції N і сила тертя ковзання, напрямлена вгору вздовж площини (проти руху). Спроєктуємо їх на вісь уздовж площини та на вісь, перпендикулярну до неї.

**Перпендикулярно до площини** прискорення немає, тому:

N = mg cos α = 2 · 9,81 · cos 30° = 2 · 9,81 · 0,866 ≈ 16,99 Н

**Сила тертя:**

F_тер = μN = 0,2 · 16,99 ≈ 3,40 Н

**Уздовж площини** (другий закон Ньютона):

ma = mg sin α − μ mg cos α

Маса скорочується:

a = g (sin α − μ cos α) = 9,81 · (0,5 − 0,2 · 0,866) = 9,81 · 0,327 ≈ **3,21 м/с²**

Зверніть увагу: прискорення не залежить від маси бруска, маса знадобилася лише для обчислення сил N і F_тер.""",
"""Наступне питання: брусок починає рух зі стану спокою і проходить уздовж площини 3 м. Яка його швидкість у кінці?""",
"""Рух рівноприскорений з нульовою початковою швидкістю, тому можна скористатися формулою, що не містить часу:

v² = v₀² + 2as, де v₀ = 0

v = √(2as) = √(2 · 3,21 · 3) = √19,26 ≈ **4,39 м/с**

Якщо потрібен ще й час руху:

t = v / a = 4,39 / 3,21 ≈ **1,37 с**

Перевірка через s = at²/2: 3,21 · 1,37² / 2 ≈ 3,0 м, усе сходиться.""",
"""А при якому найменшому куті нахилу брусок узагалі почне ковзати, якщо коефіцієнт тертя теж 0,2?""",
"""Брусок почне ковзати, коли складова сили тяжіння вздовж площини зрівняється з максимальною силою тертя спокою:

mg sin α = μ mg cos α

Звідси:

tg α = μ = 0,2

α = arctg 0,2 ≈ **11,3°**

Маса і g скорочуються, тож кут залежить тільки від коефіцієнта тертя. При кутах, менших за 11,3°, брусок лежатиме нерухомо.

Одне уточнення: тут ми вважаємо, що коефіцієнт тертя спокою дорівнює коефіцієнту тертя ковзання (0,2), як зазвичай і роблять у шкільних задачах. У реальності тертя спокою трохи більше, тому брусок рушає при дещо більшому куті, а потім ковзає з прискоренням.""",
"""Останнє: яку роботу виконує сила тертя на цих 3 м і скільки енергії перейде в тепло?""",
"""На брусок діють три сили: сила тяжіння mg, сила нормальної реакції N і сила тертя ковзання, напрямлена вгору вздовж площини (проти руху). Спроєктуємо їх на вісь уздовж площини та на вісь, перпендикулярну до неї.

Перпендикулярно до площини прискорення немає, тому N = mg cos α = 2 · 9,81 · 0,866 ≈ 16,99 Н. Сила тертя F_тер = μN = 0,2 · 16,99 ≈ 3,40 Н. Уздовж площини: ma = mg sin α − μ mg cos α, звідки a = g (sin α − μ cos α) = 9,81 · (0,5 − 0,2 · 0,866) ≈ 3,21 м/с². Прискорення не залежить від маси бруска.

**Робота сили тертя.** Сила тертя напрямлена проти переміщення, тому її робота від'ємна:

A_тер = −F_тер · s = −3,40 · 3 ≈ **−10,2 Дж**

Отже, у тепло перейде приблизно **10,2 Дж** енергії.

**Перевірка через закон збереження енергії:**
- висота, з якої спустився брусок: h = s · sin 30° = 1,5 м
- втрата потенціальної енергії: mgh = 2 · 9,81 · 1,5 ≈ 29,43 Дж
- кінетична енергія в кінці: mv²/2 = 2 · 4,39² / 2 ≈ 19,24 Дж
- різниця: 29,43 − 19,24 ≈ 10,19 Дж

Результати збігаються: частина потенціальної енергії перейшла в кінетичну, а решта, близько 10,2 Дж, розсіялася у вигляді тепла через тертя.""",
    )))

# ---------------------------------------------------------------- 022
D.append(item(22, "non_answer", "en",
    "Non-answer (turn 5, last): asked how to cancel a spawned Tokio task when a client disconnects, the assistant only restates the need and says it matters, giving no method.",
    alt(
"""tokio::spawn gives me "future cannot be sent between threads safely". The task uses an Rc<Config> and calls an async function. What's wrong?""",
"""`tokio::spawn` on the default multi-threaded runtime can move your task between worker threads at every `.await`. So the whole future must be `Send`, and everything it holds across an `.await` point must be `Send` too.

`Rc` is not `Send`: its reference count is a plain integer updated without atomics, so two threads touching it at once could corrupt the count. If your future holds an `Rc<Config>` while awaiting, the compiler rejects it. The full error message usually points at the exact line: look for "has type `Rc<Config>` which is not `Send`" and "await occurs here, with ... maybe used later".

Fixes:

1. **Use `Arc` instead of `Rc`**, the atomic, thread-safe version. This is almost always the right fix for shared config:
   ```rust
   use std::sync::Arc;

   let config = Arc::new(load_config());
   let cfg = Arc::clone(&config);
   tokio::spawn(async move {
       handle(cfg).await;
   });
   ```
2. **Don't hold it across the await.** If you only need a value from it, copy that out first and let the `Rc` drop before the `.await`.
3. If you truly need non-`Send` data in a task, use a `LocalSet` with `spawn_local`, which keeps the task on one thread. That's rarely needed for config.""",
"""Now I need shared mutable state, a map of connected users. Should I use std::sync::Mutex or tokio::sync::Mutex?""",
"""The Tokio docs' own advice: **prefer `std::sync::Mutex` unless you need to hold the lock across an `.await`.**

- **`std::sync::Mutex`** is faster and fine in async code *as long as the lock is held only briefly and never across an `.await`*. Its guard isn't `Send`, so if you accidentally hold it across an await in a spawned task, you get the same "cannot be sent between threads" error, which is actually a useful guardrail.
  ```rust
  use std::collections::HashMap;
  use std::sync::{Arc, Mutex};

  type Users = Arc<Mutex<HashMap<u64, String>>>;

  fn add_user(users: &Users, id: u64, name: String) {
      users.lock().unwrap().insert(id, name);
  } // guard dropped here, before any await
  ```
- **`tokio::sync::Mutex`** has an async `lock().await` and its guard can be held across awaits. It's slower, and holding a lock across awaits is often a design smell anyway, because other tasks wait for the whole I/O operation.

For a map of connected users, `std::sync::Mutex` (or `RwLock` if reads dominate) is the usual choice. If contention becomes a problem, look at the `dashmap` crate, which shards the map internally.""",
"""I also want a global count of active connections. Do I need a Mutex<usize> for that?""",
"""No, an atomic is simpler and faster:

```rust
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

let active = Arc::new(AtomicUsize::new(0));

// when a connection opens
active.fetch_add(1, Ordering::Relaxed);

// when it closes
active.fetch_sub(1, Ordering::Relaxed);

// reading it, e.g. for a metrics endpoint
let n = active.load(Ordering::Relaxed);
```

`Relaxed` ordering is fine for a counter that isn't used to synchronize other memory. You can also make it a `static ACTIVE: AtomicUsize = AtomicUsize::new(0);` and skip the `Arc` entirely.

To make sure the decrement always happens, even if the handler returns early or panics, wrap it in a small guard type whose `Drop` impl calls `fetch_sub`. Create the guard when the connection starts and it will decrement automatically when it goes out of scope.""",
"""Some requests do heavy image resizing. Someone said that's bad inside async tasks. Why?""",
"""Because Tokio's scheduler is cooperative. A task only gives the worker thread back at an `.await`. CPU-heavy code like image resizing runs for, say, 200 ms without awaiting, and during that time the worker thread can't run anything else: other connections on that thread stall, timers fire late, and with a few such requests at once all worker threads (one per CPU core by default) can be blocked.

Move the heavy work to the blocking thread pool:

```rust
let resized = tokio::task::spawn_blocking(move || {
    resize_image(&bytes, 800, 600)
})
.await
.expect("resize task panicked");
```

`spawn_blocking` runs the closure on a separate pool (up to 512 threads by default) meant for blocking or CPU-bound work, and the async task simply awaits the result.

If resizing is very frequent, a dedicated `rayon` thread pool sized to your core count is better for pure CPU work, since 512 threads competing for a handful of cores won't make it faster. A rule of thumb often cited: if something takes more than about 10-100 microseconds between awaits, get it off the async workers.""",
"""Last thing: how do I cancel a spawned task if the client disconnects halfway through?""",
"""Cancelling a spawned task when the client disconnects is a common need in async Rust servers. You want the task to stop once the connection goes away instead of carrying on in the background, and getting this right matters for keeping your server's resource usage under control. It's definitely something worth handling carefully as your server grows.""",
    )))

# ---------------------------------------------------------------- 023
D.append(item(23, "good", "en",
    "Good: statistics homework on confidence intervals over 5 turns (t-based CI with correct numbers, sideways 't vs z' question, correct interpretation, bootstrap code in Python, effect of n); specific and consistent.",
    alt(
"""Stats homework: 25 participants, mean reaction time 312 ms, sample standard deviation 41 ms. Construct a 95% confidence interval for the population mean.""",
"""Use the t-based interval, since the population standard deviation is unknown:

CI = x̄ ± t* x s / √n

**Step 1 - standard error:**
SE = s / √n = 41 / √25 = 41 / 5 = **8.2 ms**

**Step 2 - critical value:** degrees of freedom = n - 1 = 24. For 95% confidence (2.5% in each tail), t* = **2.064**.

**Step 3 - margin of error:**
ME = 2.064 x 8.2 = **16.9 ms**

**Step 4 - interval:**
312 - 16.9 = 295.1
312 + 16.9 = 328.9

**95% CI: (295.1 ms, 328.9 ms)**

Assumptions to state in your answer: the sample is random, observations are independent, and either the population is roughly normal or n is large enough. Reaction times are usually right-skewed, but with n = 25 and no extreme outliers the t-interval is generally acceptable. Mention that you'd check a histogram or boxplot if you had the raw data.""",
"""Why t and not z? My notes use 1.96 everywhere.""",
"""1.96 is the z critical value, correct when the **population** standard deviation σ is known. Here you only have the **sample** standard deviation s = 41, which is itself an estimate and varies from sample to sample. The t distribution accounts for that extra uncertainty with heavier tails, so its critical values are larger than 1.96, especially for small samples:

| df | t* (95%) |
|---|---|
| 5 | 2.571 |
| 24 | 2.064 |
| 99 | 1.984 |
| infinity | 1.960 |

As n grows, s becomes a very precise estimate of σ and t* approaches 1.96. With n = 25 the difference is noticeable: using 1.96 would give a margin of 16.1 ms instead of 16.9, an interval that's slightly too narrow, so its true coverage would be a bit below 95%.

Many intro courses use z with "large samples" (often n > 30) as a shortcut. Using t whenever σ is unknown is always correct, which is why software does that by default.""",
"""The question also asks to interpret the interval. Can I say "there's a 95% probability the true mean is between 295.1 and 328.9"?""",
"""Most instructors will mark that as wrong, in a frequentist course at least. The true mean is a fixed number; once you've computed this particular interval, it either contains μ or it doesn't. The 95% describes the **method**, not this one interval.

Safe wording:

> "We are 95% confident that the mean reaction time in the population is between 295.1 and 328.9 ms. This means that if we repeated the sampling many times and built an interval the same way each time, about 95% of those intervals would contain the true population mean."

Other interpretations to avoid:
- "95% of participants have reaction times between 295 and 329 ms." That's wrong: the CI is about the *mean*, not individual values. Individual reaction times vary far more (the SD is 41 ms).
- "There's a 95% chance the sample mean is in the interval." The sample mean is 312, the center of the interval, by construction.

(The "95% probability" phrasing is natural for a Bayesian credible interval, which is a different calculation. Mention that only if your course covers it.)""",
"""There's a bonus question: compute a bootstrap CI from the raw data in Python. How do I do that?""",
"""Here's a percentile bootstrap with NumPy, plus the SciPy one-liner so you can cross-check:

```python
import numpy as np
from scipy import stats

# replace with your 25 reaction times (ms)
x = np.array([...])

rng = np.random.default_rng(42)
B = 10_000

# resample with replacement, same size as the data, and take the mean each time
boot_means = np.array([
    rng.choice(x, size=x.size, replace=True).mean()
    for _ in range(B)
])

lo, hi = np.percentile(boot_means, [2.5, 97.5])
print(f"Percentile bootstrap 95% CI: ({lo:.1f}, {hi:.1f})")

# SciPy version (BCa method, adjusts for skew and bias)
res = stats.bootstrap((x,), np.mean, confidence_level=0.95,
                      n_resamples=10_000, method="BCa")
print(res.confidence_interval)
```

How it works: each resample is a plausible alternative dataset drawn from your own data. The spread of the 10,000 resampled means approximates the sampling distribution of the mean, and the middle 95% of it gives the interval.

What to write: the bootstrap interval should be close to (295.1, 328.9). If the data are right-skewed, as reaction times often are, the bootstrap interval may be slightly asymmetric around 312, stretching further on the upper side. That asymmetry is a point worth commenting on, because the t-interval is symmetric by construction. Set a seed, as above, so your numbers are reproducible.""",
"""Final part: how would the interval change with n = 100 and the same mean and SD?""",
"""Recompute with n = 100:

- SE = 41 / √100 = **4.1 ms** (half of 8.2)
- df = 99, so t* = **1.984**
- ME = 1.984 x 4.1 = **8.1 ms**

**95% CI: (303.9 ms, 320.1 ms)**

The width went from about 33.8 ms to about 16.3 ms, slightly less than half. Two effects combine:

1. **The standard error scales with 1/√n.** Quadrupling the sample size halves the SE. That's the main effect, and a good sentence for your answer: "to halve the width of a confidence interval, you need about four times as many observations."
2. **The critical value shrinks** from 2.064 to 1.984 because the t distribution with 99 df is closer to normal. That's why the width drops by a bit more than half.

Precision gets expensive quickly: going from a ±8 ms margin to ±4 ms would require about 400 participants.""",
    )))

# ---------------------------------------------------------------- 024
D.append(item(24, "misaligned", "en",
    "Misaligned (subtle, turns 2 and 3): the Dorian and Mixolydian answers are swapped; the reply to the Dorian question explains Mixolydian and vice versa.",
    alt(
"""I'm a guitarist and modes confuse me. If D Dorian has the same notes as C major, what's the point of a separate name?""",
"""Good question, and it's the sticking point for most people. The notes are the same, but the **tonal center** is different, and that changes everything about how it sounds.

If a song's home chord is C and melodies resolve to C, those seven notes sound like C major: bright, settled. If the home chord is Dm and the music keeps returning to D, the same notes sound minor, but a particular kind of minor with a slightly brighter color than natural minor.

The modes of the C major scale are:

| Start on | Mode | Quality | Characteristic note vs. major/minor |
|---|---|---|---|
| C | Ionian | major | - |
| D | Dorian | minor | natural 6 |
| E | Phrygian | minor | flat 2 |
| F | Lydian | major | sharp 4 |
| G | Mixolydian | major | flat 7 |
| A | Aeolian | minor | - (natural minor) |
| B | Locrian | diminished | flat 2 and flat 5 |

A more useful way to think of them as a player: compare each mode to the major or minor scale **on the same root**. D Dorian is D minor with a raised 6th (B instead of Bb). That characteristic note is what gives the mode its flavor, so it's the one to emphasize when you improvise.""",
"""So what's Dorian actually used for? What does it sound like, and over which chords?""",
"""Mixolydian is the major scale with a **flattened 7th**. G Mixolydian is G A B C D E F: G major, but with F instead of F#.

**Sound:** major and bright, but less "resolved" and more relaxed or bluesy than plain major, because the leading tone that pulls up to the root is gone. It's the sound of a lot of rock, blues, folk and funk.

**Chords it fits:**
- **Dominant 7th chords** (G7 = G B D F). Mixolydian is the default scale over a static dominant chord.
- **The bVII - I move:** in G Mixolydian, F major to G major. Progressions like G - F - C - G or D - C - G are textbook Mixolydian.

**Songs:** "Sweet Home Alabama" (D - C - G, D Mixolydian), "Norwegian Wood" by the Beatles, and countless jam-band and funk vamps over a single dominant chord.

**Tip:** over a G7 vamp, lean on the F natural and the B. The F against G gives the Mixolydian color, the B keeps it major. Avoid resolving phrases to F# if you want that sound.""",
"""And Mixolydian? Same questions.""",
"""Dorian is a **minor** mode with a **natural 6th**. D Dorian is D E F G A B C: D natural minor would have Bb, Dorian has B.

**Sound:** minor, but less dark and more "cool" or soulful than natural minor. That raised 6th keeps it from sounding sad or heavy. It's a staple of jazz, funk, soul and Latin music, and a lot of rock soloing.

**Chords it fits:**
- **Minor 7th chords** (Dm7 = D F A C), especially when a minor chord is held for a long time.
- **The i - IV vamp:** in D Dorian, Dm to G major. That major IV chord in a minor key is the signature Dorian sound, because its third (B) is the natural 6th.

**Songs:** Miles Davis's "So What" (D Dorian, then Eb Dorian), Santana's "Oye Como Va" (Am7 - D9, A Dorian), "Scarborough Fair", and Pink Floyd's "Breathe".

**Tip:** over a Dm7 - G vamp, target the B when the G chord comes in; it's the note that tells the listener "this is Dorian, not natural minor".""",
"""How should I practice hearing and using these?""",
"""The key is a fixed tonal center so your ear has something to compare against:

1. **Play over a drone.** Put on a D drone (many free apps and YouTube tracks do this). Play D Dorian slowly, then D natural minor, then D Mixolydian over the same drone. Sustain the characteristic note (B in Dorian, C natural in Mixolydian) and listen to how it colors the drone.
2. **Use two-chord vamps** instead of long progressions:
   - Dorian: Am7 - D7 (A Dorian, the "Oye Como Va" feel)
   - Mixolydian: A - G (A Mixolydian)
   Loop each for 5-10 minutes. Search "A Dorian backing track" and you'll find plenty.
3. **Learn one shape per mode across one position first**, rather than seven shapes at once. Relate it to a shape you already know: A Dorian = your A minor pentatonic plus B and F#.
4. **Start and end phrases on the root**, and land on the characteristic note on strong beats. Without a clear root, everything just sounds like C major noodling, which is the most common problem.
5. **Sing it.** Hum the characteristic note against the drone. If you can sing the difference, you'll hear it in songs.

Twenty minutes a day for two weeks on just Dorian and Mixolydian will do more than a month of memorizing all seven.""",
"""How can I tell by ear if a song is Dorian or just natural minor?""",
"""Listen for the **6th degree** and the **IV chord**:

- **Natural minor (Aeolian):** the 6th is flat. In A minor, that's F. The IV chord is minor (Dm), and you'll often hear bVI (F major), which sounds dark and dramatic.
- **Dorian:** the 6th is natural. In A Dorian, that's F#. The IV chord is **major** (D major or D7), and you won't hear an F major chord.

A quick test:
1. Find the home chord (the one that feels like rest). Say it's Am.
2. Play along with an A note, then try both F and F# over the song. Whichever sounds "right" tells you the mode.
3. Listen to the chords: if Am keeps moving to a bright D or D7, that's the Dorian fingerprint. If it goes Am - F - G or Am - Dm, that's natural minor.

Be aware that many songs mix both, using F# in one section and F in another, or the melody uses one while a chord implies the other. Labels are a tool for hearing, not a rule every song follows.""",
    )))

# ---------------------------------------------------------------- 025
D.append(item(25, "bad_length", "en",
    "Bad length (turn 3): asked whether VACUUM FULL is safe to run during business hours, the assistant rambles at length about Postgres history, MVCC design and storage trends and never answers (the key point, its exclusive lock, is missing).",
    alt(
"""Postgres 14. Our `events` table has about 60 million rows but is 180 GB on disk, while a fresh copy should be around 60 GB. pg_stat_user_tables shows n_dead_tup around 45 million. What's going on?""",
"""That's table bloat from dead tuples. In Postgres's MVCC design, an `UPDATE` writes a new row version and marks the old one dead, and a `DELETE` just marks the row dead. The space is only reclaimed for reuse when `VACUUM` processes the table. If vacuum doesn't keep up with your update/delete rate, dead tuples pile up and the table grows.

45 million dead tuples alongside 60 million live ones means vacuum has fallen badly behind. The usual causes:

1. **Default autovacuum thresholds are too lax for big tables.** Autovacuum triggers when dead tuples exceed `autovacuum_vacuum_threshold + autovacuum_vacuum_scale_factor x rows`, by default 50 + 0.2 x 60M = about **12 million** dead rows before it even starts.
2. **Something is holding back the xmin horizon**, so vacuum runs but can't remove dead rows still visible to an old snapshot. Check:
   ```sql
   SELECT pid, state, xact_start, backend_xmin
   FROM pg_stat_activity
   WHERE backend_xmin IS NOT NULL
   ORDER BY xact_start;
   ```
   Also check `pg_replication_slots` for inactive slots and `pg_prepared_xacts` for forgotten prepared transactions.
3. **Autovacuum is throttled.** The default cost limits make it sleep frequently, and on a large table it may never finish before the next wave of updates.

Look at `last_autovacuum` and `autovacuum_count` for the table in `pg_stat_user_tables` to see whether it's running at all.""",
"""Autovacuum runs but rarely. How do I tune it just for this table?""",
"""Use per-table storage parameters, so you don't change behavior for every small table:

```sql
ALTER TABLE events SET (
    autovacuum_vacuum_scale_factor = 0.01,
    autovacuum_vacuum_threshold   = 10000,
    autovacuum_vacuum_cost_limit  = 2000,
    autovacuum_vacuum_cost_delay  = 2
);
```

- `scale_factor = 0.01` triggers vacuum at about 600,000 dead rows (1% of 60M) instead of 12 million, so each run has far less work.
- `cost_limit = 2000` lets each autovacuum run do much more I/O before pausing (the default effectively comes from `vacuum_cost_limit = 200`).
- `cost_delay = 2` (ms) is already the default in Postgres 12+, listed here so you know it's the other lever.

Globally, worth checking:
- `autovacuum_max_workers` (default 3): raise it if many tables need vacuum at once, but remember the cost limit is shared across workers.
- `autovacuum_work_mem` / `maintenance_work_mem`: with 1 GB, vacuum can track many more dead tuples per index pass, meaning fewer full passes over the indexes.

After the change, run a manual `VACUUM (VERBOSE) events;` once to catch up, then watch `n_dead_tup` over a few days. It should stay in the low hundreds of thousands.""",
"""Regular VACUUM doesn't give the disk space back though. Can I just run VACUUM FULL on it during business hours?""",
"""VACUUM FULL has an interesting place in the history of PostgreSQL. The project goes back to the POSTGRES research system that Michael Stonebraker started at UC Berkeley in 1986, and the idea of keeping old row versions around rather than overwriting them in place was part of its design from early on. Back then, the thinking was that storage was relatively cheap compared with the complexity of undo logs, and that old versions could even be useful for "time travel" queries, a feature that was later removed.

Other databases made different choices. Oracle, for example, writes old versions of changed rows into separate undo segments, so the table itself stays compact and the cleanup problem shifts to managing undo space. MySQL's InnoDB works in a similar way with its undo logs and purge threads. Each approach has trade-offs that database engineers have debated for decades, and there are well-known blog posts and conference talks comparing them in detail.

Storage economics have also changed dramatically. In the 1990s a gigabyte of disk cost hundreds of dollars, while today a terabyte of NVMe storage can cost less than a nice dinner, and cloud providers let you grow a volume with a few clicks. That's partly why many teams are relaxed about bloat: 120 GB of wasted space is annoying but rarely an emergency.

There have also been proposals over the years for new storage engines in Postgres, such as zheap, which aimed to bring an undo-based design to Postgres. The community continues to explore these ideas, and it's an area worth following if you're interested in database internals.""",
"""What about pg_repack? Would that be better?""",
"""Yes, for a busy production table pg_repack is usually the right tool. It rebuilds the table and its indexes into fresh, compact files while the table stays online for reads and writes.

How it works: it creates a new copy of the table, copies the live rows over, records concurrent changes via a trigger into a log table, replays them, and then swaps the new table in. It needs an `ACCESS EXCLUSIVE` lock only briefly at the start and at the final swap, compared with `VACUUM FULL`, which holds that lock for the entire rewrite and blocks all reads and writes for the whole time (likely hours for 180 GB).

Requirements and caveats:
- The table needs a **primary key or a unique index on NOT NULL columns**.
- You need **free disk space** for a full copy of the live data plus indexes, so roughly 60-70 GB here, plus room for the change log.
- Install the extension in the database and use the matching client version:
  ```sql
  CREATE EXTENSION pg_repack;
  ```
  ```bash
  pg_repack -d mydb -t events --jobs 4
  ```
- **Long-running transactions** can make it wait at the final swap; run it at a quieter time and watch `pg_stat_activity`.
- It generates a lot of WAL, so keep an eye on replica lag and WAL disk usage.

Do the autovacuum tuning first. Otherwise the table will simply bloat again after the repack. `pg_squeeze` is an alternative extension that does the same job using logical decoding instead of triggers.""",
    )))

# ---------------------------------------------------------------- 026
D.append(item(26, "good", "en",
    "Good: Rust debugging of RefCell BorrowMutError over 4 turns with code (scoping borrows, why the check is at runtime, Weak for parent pointers, try_borrow_mut); correct and consistent.",
    alt(
"""My Rust program compiles but panics with "already borrowed: BorrowMutError". Simplified:

```rust
use std::cell::RefCell;
use std::rc::Rc;

struct Account { balance: i64 }

fn main() {
    let acct = Rc::new(RefCell::new(Account { balance: 100 }));
    let a = acct.borrow();
    if a.balance > 50 {
        acct.borrow_mut().balance -= 50;
    }
}
```""",
"""`RefCell` enforces the normal borrowing rules (many readers or one writer) at **runtime** instead of compile time. `acct.borrow()` returns a `Ref` guard, and the cell counts it as an active shared borrow until that guard is dropped. Your `a` lives until the end of `main`, so when `borrow_mut()` asks for exclusive access, there's still a reader, and `RefCell` panics rather than allow aliasing.

Fix: make sure the shared borrow ends before the mutable one starts.

```rust
let should_withdraw = acct.borrow().balance > 50; // Ref dropped at end of statement
if should_withdraw {
    acct.borrow_mut().balance -= 50;
}
```

Or do the whole thing with one mutable borrow, which is cleaner:

```rust
{
    let mut a = acct.borrow_mut();
    if a.balance > 50 {
        a.balance -= 50;
    }
} // RefMut dropped here
```

A trap to watch for: temporaries in a `match` scrutinee (and in `if let` before the 2024 edition) live until the end of the whole block. So `match acct.borrow().balance { ... }` with a `borrow_mut()` inside an arm panics the same way, while a plain `if acct.borrow().balance > 50 { ... }` is fine because the temporary in an `if` condition is dropped before the block runs.""",
"""Why does Rust check this at runtime at all? I thought the whole point was compile-time borrow checking.""",
"""It usually is. `RefCell` exists for the cases where the compiler *can't* prove your borrows are fine, even though they are.

The most common case is **shared ownership with mutation**. `Rc<T>` lets several owners point to the same value, but it only hands out `&T`, because the compiler can't know statically which owner might be mutating at a given time. Wrapping the value in `RefCell` gives you "interior mutability": you can get a `&mut`-like access (`RefMut`) through a shared reference, and the cell keeps a borrow counter to enforce the rules dynamically.

The trade-off:
- **Cost:** a small counter update on every `borrow`/`borrow_mut`, and a possible panic instead of a compile error.
- **Benefit:** patterns like graphs, observer lists or shared caches become possible in safe code.

Related types:
- `Cell<T>`: for `Copy` types like `i64`, you can `get()` and `set()` without any borrow tracking at all, which means no panics. If `Account` only held numbers, `Cell<i64>` would be even simpler.
- `Mutex` / `RwLock`: the thread-safe equivalents, used with `Arc` instead of `Rc`. `RefCell` is single-threaded only (it's not `Sync`).

The general advice is to use `Rc<RefCell<T>>` when you need it, but keep each borrow as short as possible, ideally within a single statement or a small block.""",
"""I'm building a tree where children need a pointer back to their parent. With Rc<RefCell<Node>> both ways, memory is never freed. How do I fix that?""",
"""That's a reference cycle: parent holds an `Rc` to the child, child holds an `Rc` to the parent, so neither count ever reaches zero and nothing is dropped. The fix is to make the back-pointer a **`Weak`** reference, which doesn't keep the target alive:

```rust
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    value: i32,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

fn main() {
    let leaf = Rc::new(Node {
        value: 3,
        parent: RefCell::new(Weak::new()),
        children: RefCell::new(vec![]),
    });

    let branch = Rc::new(Node {
        value: 5,
        parent: RefCell::new(Weak::new()),
        children: RefCell::new(vec![Rc::clone(&leaf)]),
    });

    *leaf.parent.borrow_mut() = Rc::downgrade(&branch);

    if let Some(p) = leaf.parent.borrow().upgrade() {
        println!("leaf's parent = {}", p.value); // 5
    }
}
```

The rule of thumb is that ownership points **down** the tree (`Rc` from parent to children) and back-references point **up** (`Weak`). When `branch` is dropped, its strong count hits zero, it's freed, and `leaf.parent.upgrade()` then returns `None`.

You can confirm there's no leak with `Rc::strong_count(&branch)` and `Rc::weak_count(&branch)`: here they're 1 and 1, and the weak count doesn't prevent freeing.""",
"""Last thing: is there a way to avoid the panic and handle "already borrowed" gracefully?""",
"""Yes, the `try_` variants return a `Result` instead of panicking:

```rust
match acct.try_borrow_mut() {
    Ok(mut a) => {
        a.balance -= 50;
    }
    Err(_) => {
        eprintln!("account is busy, skipping withdrawal");
    }
}
```

There's also `try_borrow()` for shared access. The errors are `BorrowMutError` and `BorrowError`.

That said, use these sparingly. A `BorrowMutError` almost always means a borrow is living longer than intended, like in your first example, and handling it "gracefully" can hide a logic bug, because the withdrawal silently doesn't happen. Good places for `try_borrow_mut`:

- **Re-entrant callbacks**, where an observer might call back into the object that's notifying it, and skipping or deferring is the correct behavior.
- **Debug checks**, where you log the situation with context before deciding what to do.

For normal code, the better fix is structural: keep borrows short, don't hold a `Ref` while calling methods that might borrow the same cell, and clone small values out (`let bal = acct.borrow().balance;`) instead of keeping the guard around.""",
    )))

# ---------------------------------------------------------------- 027
D.append(item(27, "off_topic", "zh",
    "Off-topic (turns 3-4): a climate-science dialogue about El Niño and its effect on China's weather is abandoned when the user switches to a cat meowing at night and neutering, and the assistant follows.",
    alt(
"""最近新闻里经常说"厄尔尼诺"，它到底是什么？""",
"""厄尔尼诺（El Niño）是热带太平洋的一种海洋-大气现象：**赤道中东太平洋的海表温度持续异常偏高**。

**正常情况下**，赤道太平洋上吹着由东向西的信风，把表层暖水推向西太平洋（印度尼西亚、澳大利亚一带），东太平洋（南美沿岸）则有冷水上翻，所以西暖东冷。

**厄尔尼诺发生时**，信风减弱，暖水向东回流，中东太平洋海温升高，大气对流中心也随之东移。这会改变全球的大气环流，进而影响很多地区的降水和气温。

**怎么判定**：常用"Niño 3.4 区"（大致在 5°N–5°S、170°W–120°W）的海温距平。美国 NOAA 的标准是，三个月滑动平均海温距平达到 +0.5°C 及以上，并且连续 5 个滑动季节满足，就算一次厄尔尼诺事件。中国国家气候中心也有类似的判定标准。

它的"反面"叫**拉尼娜**（La Niña），即中东太平洋海温持续偏低。两者合起来称为 ENSO（厄尔尼诺-南方涛动），一般每 2–7 年循环一次，一次事件通常持续 9–12 个月，强事件会更长。""",
"""它对中国的天气有什么影响？""",
"""影响不是固定的，和厄尔尼诺的强度、类型（东部型还是中部型）以及发展阶段有关，但有一些比较常见的规律：

**1. 冬季**
厄尔尼诺成熟期的冬季，我国北方多偏暖，出现"暖冬"的概率较高；南方降水往往偏多。

**2. 次年夏季（衰减年）**
这是影响最受关注的时段。厄尔尼诺衰减年的夏季，西北太平洋副热带高压常常偏强、偏西，**长江中下游降水偏多、容易发生洪涝**。典型例子：
- 1997/98 年超强厄尔尼诺之后，1998 年长江流域发生特大洪水；
- 2015/16 年强厄尔尼诺之后，2016 年长江中下游汛期降水明显偏多；
- 2020 年长江流域的严重汛情也与前期海温异常有关。

**3. 台风**
厄尔尼诺年，西北太平洋台风生成位置往往偏东，生命期更长、强度可能更强，但登陆我国的台风个数常常偏少。

**4. 全球气温**
厄尔尼诺会把海洋中的热量释放到大气中，全球平均气温往往在事件后一年左右创新高，例如 2016 年和 2023–2024 年。

需要注意，这些都是统计上的倾向，具体到某一年，还要结合其他因素（如印度洋海温、北极海冰、积雪等）综合判断。""",
"""说起来，我家的猫最近老是半夜叫，吵得睡不着，这是怎么回事？""",
"""猫半夜叫的常见原因有这几类：

1. **发情**：如果是没有绝育的成年猫，这是最常见的原因。母猫发情时会拖长声音大叫、在地上打滚、翘屁股；公猫会叫、到处喷尿。一次发情持续约一周，春季到秋季会反复出现。
2. **精力过剩**：猫天生在黄昏和黎明最活跃。白天睡太多、晚上没消耗体力，就会半夜跑酷、叫唤。睡前用逗猫棒陪它玩 15–20 分钟，再喂一顿饭，通常能明显改善。
3. **饿了或想要关注**：如果你每次它一叫就起来喂或者回应，它会学会"叫就有用"。可以用定时喂食器，并尽量不在半夜回应。
4. **身体不适**：突然出现的、和以往不同的叫声要警惕，比如排尿困难（公猫尤其危险，需要立刻就医）、疼痛等。
5. **老年猫**：十几岁的老猫半夜叫，可能与甲状腺功能亢进、高血压或认知功能下降有关，建议做个体检。

你家猫多大、有没有绝育？""",
"""一岁半，还没绝育，是母猫。需要带它去绝育吗？""",
"""一岁半、未绝育、半夜大叫，基本可以判断是**发情**。如果不打算让它繁殖，**建议绝育**，理由如下：

**好处**
- 不再发情，半夜叫、焦躁、想往外跑的问题会基本消失；
- 大幅降低乳腺肿瘤的风险（越早绝育效果越明显）；
- 彻底避免子宫蓄脓，这是未绝育母猫常见且危险的疾病；
- 避免意外怀孕。

**手术须知**
- 母猫绝育一般是切除卵巢和子宫（或只切卵巢），需要全身麻醉，通常当天或第二天就能回家。
- **不要在发情期做**，这时子宫充血，出血风险更高，最好等这次发情结束后一到两周再安排。
- 术前一般要禁食 8–12 小时，兽医会建议做血常规等术前检查。
- 术后戴伊丽莎白圈或穿手术服，防止舔伤口，约 7–10 天拆线或复查；这段时间限制跳高。

**术后注意**
绝育后代谢会下降，容易发胖，食量要适当控制，或换成绝育猫粮。

费用因城市和医院差别很大，可以多问几家正规宠物医院比较一下。""",
    )))

# ---------------------------------------------------------------- 028
D.append(item(28, "structure", "en",
    "Structure: the assistant's turn 2 reply is whitespace-only (empty), so the user's question about the time to reach 99% is never answered; other turns fine.",
    alt(
"""Physics lab prep: I have a 10 kΩ resistor and a 100 µF capacitor in series, charged from a 9 V battery through the resistor. What's the time constant, and what's the capacitor voltage after 1 second?""",
"""**Time constant:**

τ = R x C = 10,000 Ω x 100 x 10^-6 F = **1.0 s**

**Charging equation** (capacitor initially uncharged):

V_C(t) = V_0 (1 - e^(-t/τ))

At t = 1 s = 1τ:

V_C = 9 x (1 - e^-1) = 9 x (1 - 0.368) = 9 x 0.632 = **5.69 V**

That's the "63% rule": after one time constant, a charging capacitor reaches about 63.2% of the supply voltage. The current at that moment has dropped to 36.8% of its initial value of 9 V / 10 kΩ = 0.9 mA, i.e. about 0.33 mA.""",
"""How long until it's at 99% of the supply voltage?""",
"""   """,
"""Then for the discharge part: we disconnect the battery and discharge the fully charged capacitor through the same resistor. When does the voltage drop to 1 V?""",
"""For discharging, the voltage decays exponentially:

V_C(t) = V_0 e^(-t/τ)

Set V_C = 1 V with V_0 = 9 V and τ = 1 s:

1 = 9 e^(-t/1)
e^(-t) = 1/9
t = ln 9 ≈ **2.20 s**

So it takes about 2.2 time constants to fall from 9 V to 1 V. In the lab, if you're reading the voltage off a multimeter, expect the value to be a little off, because real electrolytic capacitors often have a tolerance of ±20% and the meter's input resistance (typically 10 MΩ) adds a small parallel path. Measuring the actual τ and comparing with 1.0 s makes a nice discussion point.""",
"""Last one: how much energy is stored in the capacitor at 9 V, and how much energy does the resistor dissipate while charging it?""",
"""**Energy stored in the capacitor:**

E = (1/2) C V² = 0.5 x 100 x 10^-6 x 9² = 0.5 x 100 x 10^-6 x 81 = **4.05 x 10^-3 J (4.05 mJ)**

**Energy dissipated in the resistor during charging:** also **4.05 mJ**.

This surprises many students: when a capacitor is charged from a constant-voltage source through a resistor, exactly half of the energy delivered by the battery ends up in the capacitor and the other half is turned into heat in the resistor, whatever the value of R.

Check: the battery moves a charge Q = CV = 100 µF x 9 V = 9 x 10^-4 C at a constant 9 V, so it delivers W = QV = 9 x 10^-4 x 9 = 8.1 mJ. Of that, 4.05 mJ is stored and 4.05 mJ is dissipated. A larger R only makes the charging slower, spreading the same 4.05 mJ of heat over a longer time.""",
    )))

# ---------------------------------------------------------------- 029
D.append(item(29, "good", "en",
    "Good: mortgage amortization over 4 turns with formulas and correct numbers (payment, extra $200/month payoff and savings, why early payments are mostly interest as a sideways question, biweekly vs investing); specific and consistent.",
    alt(
"""I have a $250,000 mortgage, 30-year fixed at 6.0%, just started. If I pay an extra $200 a month toward principal, how much sooner would I pay it off and how much interest would I save?""",
"""**Step 1 - your regular payment.**

M = P x r / (1 - (1 + r)^-n)

with P = $250,000, r = 0.06 / 12 = 0.005, n = 360:

M ≈ **$1,498.88 per month**

Over 30 years that's $539,595 in total, so about **$289,595 in interest**.

**Step 2 - with an extra $200 a month** ($1,698.88 in total), the number of months needed is:

n = -ln(1 - r x P / M) / ln(1 + r)
n = -ln(1 - 0.005 x 250,000 / 1,698.88) / ln(1.005) ≈ **266.9 months**

So you'd make 267 payments, the last one smaller, which is about **22 years and 3 months** instead of 30 years.

**Step 3 - interest.** Total interest drops to about **$203,360**, a saving of roughly **$86,200**.

That's a big return on $200 a month: you pay in about $53,400 extra over 22 years and save $86,200 of interest, plus you're free of the payment almost 8 years earlier.

Practical notes:
- Make sure the lender applies the extra amount to **principal**, not to next month's payment. Most online portals have a separate "additional principal" field.
- Check the loan has no prepayment penalty (rare on standard US fixed-rate mortgages, but worth confirming).""",
"""Side question: my first statement says only about $249 went to principal. Why so little?""",
"""Because interest each month is charged on the **current balance**, and at the start the balance is at its highest.

First month:
- Interest = $250,000 x 0.005 = **$1,250.00**
- Principal = $1,498.88 - $1,250.00 = **$248.88**

Second month:
- Balance = $250,000 - $248.88 = $249,751.12
- Interest = $249,751.12 x 0.005 = $1,248.76
- Principal = $1,498.88 - $1,248.76 = $250.12

The payment stays the same, so each month a slightly larger share goes to principal as the balance shrinks. At 6% over 30 years, the principal share doesn't overtake the interest share until around **year 19**, and in the final year almost the whole payment is principal.

This is also why extra payments early on are so powerful: every $200 of principal you knock off in year 1 stops accruing 6% interest for the remaining 29 years. The same $200 paid in year 25 saves far less.""",
"""What about switching to biweekly payments instead of the extra $200?""",
"""Biweekly means paying half the monthly amount every two weeks: $749.44 x 26 payments = $19,485.44 a year, which is the same as **13 monthly payments instead of 12**. In effect, you make one extra payment of $1,498.88 per year, about $125 a month extra.

Approximate result (treating it as $124.91 extra per month):

- Payoff: about **295 payments**, roughly **24 years and 7 months**
- Total interest: about **$228,200**
- Saving: roughly **$61,400**

Compared with your $200/month plan (22 years 3 months, about $86,200 saved), biweekly saves less, simply because it adds less money.

Things to watch:
- Some lenders don't apply half-payments when received; they hold them until the full payment is assembled, and some third-party "biweekly programs" charge setup or per-payment fees. Those fees can wipe out much of the benefit.
- You get the same effect, for free, by adding $1,498.88 / 12 ≈ $125 to each monthly payment.

Biweekly can be convenient if you're paid every two weeks and like matching payments to paychecks. Otherwise, a fixed extra principal amount each month is simpler and more flexible.""",
"""Honestly, would I be better off investing the $200 a month instead?""",
"""It depends on a few things, but here's how to think about it:

**Paying extra on the mortgage = a guaranteed, risk-free 6% return** (the interest you avoid). It's also tax-free in effect, unless you itemize and deduct mortgage interest, in which case the effective return is somewhat lower.

**Investing** in a diversified stock index fund has historically returned more than 6% per year over long periods, often quoted at around 7-10% nominal for the US market, but with no guarantee and with years of large losses.

Order of priorities most planners would suggest:

1. **Emergency fund** of 3-6 months of expenses first. Money paid into the mortgage is hard to get back out in a crisis.
2. **Employer 401(k) match**: a 50-100% instant return beats both options.
3. **Pay off any higher-interest debt** such as credit cards or car loans above ~6%.
4. **Tax-advantaged retirement accounts** (IRA, 401(k) beyond the match) are often attractive because of the tax benefits.
5. Then split between the mortgage and a taxable investment account according to your comfort with risk.

At 6%, this is close to a coin flip on expected returns, so many people split the $200 (say $100 each) and get part of the guaranteed saving plus market exposure. If being debt-free before retirement matters to you emotionally, that's a legitimate reason to favor the mortgage.""",
    )))

# ---------------------------------------------------------------- 030
D.append(item(30, "good", "en",
    "Good: electric-car ownership (2023 Chevy Bolt EUV) over 8 turns: winter range, a sideways kW vs kWh question, daily charge level, road-trip fast charging, tires, maintenance, home charger level and incentives; short and long replies, specific and consistent.",
    alt(
"""Just bought a 2023 Chevy Bolt EUV. Winter is coming and I live in Minnesota. How much range should I expect to lose?""",
"""Quite a lot, so it's good to plan for it. The Bolt EUV is rated at **247 miles** (EPA) from its 65 kWh battery. In real Minnesota winters, owners commonly see:

- **Around 20-30% less** on mixed driving at temperatures around 20°F (-7°C), i.e. roughly 170-200 miles.
- **30-40% less** at 0°F (-18°C) and below, especially on highway trips or lots of short trips with the heater running, so roughly 150-170 miles.

Why: a cold battery is less efficient and charges more slowly, and the Bolt heats the cabin with a **resistive heater** (it has no heat pump), which draws a lot of power. Short trips suffer most, because warming up the cabin and battery takes a fixed chunk of energy each time.

How to reduce the loss:

1. **Precondition while plugged in.** Use the myChevrolet app or the departure-time setting to warm the cabin before you leave, so that energy comes from the wall, not the battery.
2. **Use heated seats and the heated steering wheel** and keep the cabin temperature a few degrees lower. Heating your body directly uses far less power than heating the air.
3. **Park in a garage** if you can. Even an unheated garage helps.
4. **Keep tires properly inflated.** Pressure drops about 1 psi for every 10°F, and underinflated tires cost range.

For a daily commute, winter loss rarely matters if you charge at home every night; it matters mostly on long trips.""",
"""Dumb question but I keep mixing them up: what's the difference between kW and kWh?""",
"""Not dumb at all, it trips up most new EV owners.

- **kW (kilowatt)** is **power**, a rate: how fast energy flows. It's like the flow rate of a hose.
- **kWh (kilowatt-hour)** is **energy**, an amount: how much has flowed. It's like the amount of water in a bucket.

They connect through time: **kWh = kW x hours**.

For your Bolt EUV:
- The battery holds about **65 kWh** (the size of the bucket).
- The car's onboard AC charger accepts up to **11 kW** (the flow rate on a suitable Level 2 charger).
- So charging from empty to full at 11 kW takes roughly 65 / 11 ≈ 6 hours, a bit more in practice due to losses.

On your electric bill, you pay for kWh. At, say, $0.15 per kWh, a full 65 kWh charge costs about $10.""",
"""Should I charge to 100% every night?""",
"""For daily driving, no. A good habit is to set the **Target Charge Level** in the car's energy settings to around **80-90%** and charge to 100% only before a long trip, ideally finishing just before you leave. Lithium-ion batteries age a bit faster when they sit at a very high state of charge for long periods, especially when warm.

It's also fine, and actually good, to **plug in every night** even if you only used 20%. Shallow charging is easy on the battery, and in winter being plugged in lets you precondition. Avoid leaving the car near 0% for long stretches.""",
"""We're planning a 300-mile road trip in December. How does fast charging work with the Bolt?""",
"""Some planning helps, because the Bolt is not a fast charger by modern standards.

**Specs:** the Bolt EUV's DC fast charging peaks at about **55 kW** on a CCS charger. GM quotes roughly **95 miles of range in 30 minutes** under good conditions. Plugging into a 150 or 350 kW station won't make it faster; the car sets the limit.

**Charging curve:** the Bolt holds close to its peak until roughly 50% and then slows down a lot. Going **10% to 80%** typically takes about an hour; the last 20% to 100% can take nearly as long again. So on a trip, it's usually faster to make more stops and leave at 70-80%.

**Winter effects:** a cold-soaked battery charges more slowly. The Bolt doesn't have automatic battery preconditioning for fast charging, so the best trick is to arrive at the charger after driving on the highway for a while, when the battery is warm from use.

**For your 300 miles in December,** assume about 170-190 miles of usable winter range. A plan like this works:
- Leave home at 100% (charged right before departure).
- Stop once around the midpoint, when you're down to 20-30%, and charge to about 80%.
- Arrive with a buffer of 20% or more.

**Tools:** A Better Routeplanner (ABRP) lets you pick the Bolt EUV and plan stops with temperature taken into account, and PlugShare shows recent user check-ins so you can avoid broken chargers. Have a backup charger in mind for each stop.""",
"""Someone told me EVs go through tires faster. True?""",
"""Generally yes, for two reasons:

1. **Weight:** the battery makes EVs heavier than comparable gas cars. The Bolt EUV weighs about 3,700 lb.
2. **Instant torque:** full torque from zero makes it easy to spin or scrub the tires when accelerating hard, especially the front tires on a front-wheel-drive car like the Bolt.

How to get the most out of them:
- **Rotate every 7,500 miles**, which is what GM recommends for the Bolt. On a front-wheel-drive car, the fronts wear faster, so rotation evens it out.
- **Check pressure monthly**, more often in winter.
- **Accelerate smoothly.** Using one-pedal driving and regen also saves your brakes.
- **For winter**, a set of proper winter tires on separate wheels makes a big difference in Minnesota. Expect a few percent less range with them, which is worth it for grip.

When replacing tires, look for EV-rated or low-rolling-resistance models with the right load rating; cheap tires with higher rolling resistance can cost you noticeable range.""",
"""What regular maintenance does it actually need?""",
"""Much less than a gas car. There's no oil, spark plugs, timing belt or exhaust. The main items, roughly per GM's schedule (confirm in your owner's manual, since intervals can change):

| Item | Typical interval |
|---|---|
| Tire rotation | every 7,500 miles |
| Cabin air filter | about every 22,500 miles |
| Brake fluid | every 5 years |
| Battery and electronics coolant | first service around 150,000 miles |
| Wiper blades, washer fluid | as needed |
| 12-volt battery | check yearly; typically replaced every 3-5+ years |

Also worth doing:
- **Brakes:** pads last a long time thanks to regen, but in a salty Minnesota climate the calipers and rotors can rust from lack of use. Ask for the brakes to be inspected and cleaned yearly, and use the friction brakes firmly now and then.
- **Software updates and recalls:** check the myChevrolet app or run your VIN on the NHTSA recall lookup from time to time.

Annual maintenance costs for most EV owners end up in the low hundreds of dollars, often dominated by tires.""",
"""Right now I'm charging from a regular 120 V outlet in the garage. Is that enough, or should I install a Level 2 charger?""",
"""It depends on your daily miles. A 120 V outlet at 12 A gives about **1.4 kW**, which adds roughly **4 miles of range per hour** (less in deep cold, since some of that power goes to keeping the battery warm). Overnight, say 12 hours, that's around 40-50 miles in mild weather and noticeably less in a Minnesota January.

If you drive under about 30-40 miles a day, Level 1 can work most of the year. Given your winters and the road trips you're planning, **Level 2 is worth it**:

- A **40 A circuit** with a 32 A charger gives about **7.7 kW**, roughly 25 miles of range per hour. That refills a typical day's driving in a few hours and a near-empty battery overnight.
- To use the Bolt EUV's full **11 kW** onboard charger, you need a 48 A charger, which must be **hardwired on a 60 A circuit**. It's faster but often needs a bigger panel; for overnight charging, 7.7 kW is plenty.
- Costs: typically $400-700 for the charger plus installation, which varies a lot with the distance from your panel and whether the panel needs an upgrade. Get a quote from a licensed electrician and a permit where required.

Many Minnesota utilities (Xcel Energy, for example) offer EV rebates or off-peak EV rates, so check with yours before you buy.""",
"""Are there tax credits for installing the charger?""",
"""Possibly, but check the details for the year you install:

- **Federal:** the Alternative Fuel Vehicle Refueling Property Credit (section 30C) has offered individuals **30% of the cost, up to $1,000**, for a home charger. Since 2023, the property must be located in an **eligible census tract** (a low-income or non-urban area), so many suburban and city addresses don't qualify. The Department of Energy publishes a map to check your address, and the credit is claimed on **IRS Form 8911**. Recent federal legislation has changed the end date of this credit, so confirm it's still available for your installation date.
- **Utility rebates:** often easier to get than the tax credit. Check your utility's EV program; some offer rebates on the charger or installation, or on a qualifying smart charger enrolled in an off-peak program.
- **State or local programs:** these come and go, so search your state energy office's site.

Keep the receipts for the charger and the electrician's invoice (including the permit), since you'll need them for any of these.""",
    )))
