from b_common import alt, raw, item

D = []

# ---------------------------------------------------------------- 001
D.append(item(1, "good", "en",
    "Good: PostgreSQL query tuning across 4 turns (composite index, BUFFERS output, planner not using the index, dropping the old index); specific, correct, with code; turn 2 is a sideways sub-question that serves the goal.",
    alt(
"""Our Postgres 15 query is painfully slow and I'd like to fix it properly rather than just throwing hardware at it:

```sql
SELECT * FROM orders
WHERE customer_id = 4821 AND status = 'shipped'
ORDER BY created_at DESC
LIMIT 20;
```

The orders table has about 38 million rows and this takes around 4 seconds. There's an index on customer_id only. What should I do?""",
"""The single-column index gets Postgres to this customer's rows, but then it still has to (1) fetch every one of those rows from the heap to check `status`, and (2) sort all the matches by `created_at` before it can return the first 20. For a customer with tens of thousands of orders, that's where your 4 seconds go.

**Step 1 - confirm it with the real plan:**

```sql
EXPLAIN (ANALYZE, BUFFERS)
SELECT * FROM orders
WHERE customer_id = 4821 AND status = 'shipped'
ORDER BY created_at DESC
LIMIT 20;
```

You'll most likely see an `Index Scan` or `Bitmap Heap Scan` on the customer_id index, a `Filter: (status = 'shipped')` line with a large "Rows Removed by Filter", and a `Sort` node above it.

**Step 2 - build an index that matches the query shape:** equality columns first, then the sort column, in the sort direction:

```sql
CREATE INDEX CONCURRENTLY idx_orders_cust_status_created
    ON orders (customer_id, status, created_at DESC);
```

With this index Postgres can jump straight to `(4821, 'shipped')`, walk the entries already in `created_at DESC` order, and stop after 20 rows. No sort node, no filtering, roughly 20 heap fetches instead of thousands. Queries like this typically drop from seconds to a millisecond or two.

`CONCURRENTLY` matters on a 38M-row table: a plain `CREATE INDEX` takes a lock that blocks inserts and updates for the whole build. The concurrent build is slower and can't run inside a transaction block, but writes keep flowing.

**Step 3 - re-run the EXPLAIN** and check that the new index is used and the `Sort` node is gone.""",
"""While I wait for it to build: in the BUFFERS output, what's the difference between "shared hit" and "read"? I never know how to interpret those numbers.""",
"""Both count 8 kB pages:

- **shared hit** = pages that were already in Postgres's own cache (`shared_buffers`). Cheap: just memory access.
- **shared read** = pages that weren't in shared_buffers and had to be requested from the operating system. They may still come from the OS page cache rather than the physical disk, so "read" doesn't always mean a real disk I/O, but it's the expensive side.

To turn them into sizes, multiply by 8 kB. For example, `Buffers: shared hit=350 read=12000` means about 2.7 MB came from cache and about 94 MB had to be fetched, which explains a slow query very well.

Two practical tips: run the query twice, because the second run will usually show more hits as the pages are now cached, so don't celebrate a fast second run too early. And if you see `temp read/written`, the query spilled a sort or hash to disk, which is often a sign that `work_mem` is too small for that operation.""",
"""Index is built. For most customers the new plan is great, but for a few big customers the plan still uses the old customer_id index and still sorts. Why would Postgres ignore the better index?""",
"""A few usual suspects, in the order I'd check them:

1. **The index is invalid.** If a `CREATE INDEX CONCURRENTLY` is interrupted or hits an error, the index stays behind but is marked invalid and the planner never uses it. Check with:
   ```sql
   SELECT indexrelid::regclass, indisvalid
   FROM pg_index
   WHERE indrelid = 'orders'::regclass;
   ```
   If it's `false`, drop it and build it again.

2. **Prepared statements and generic plans.** If your application uses prepared statements (most drivers and ORMs do), Postgres may switch to a generic plan after five executions, a plan built without knowing the actual customer_id. That generic plan can be a poor fit for your biggest customers. Test with `SET plan_cache_mode = force_custom_plan;` in a session; if the problem disappears, you can set that for the application role.

3. **Bad row estimates.** If the statistics on `status` are stale or too coarse, the planner may think `'shipped'` is rare for that customer and that the old path is cheaper. Run `ANALYZE orders;` and, for skewed data, raise the sample size:
   ```sql
   ALTER TABLE orders ALTER COLUMN status SET STATISTICS 1000;
   ANALYZE orders;
   ```

Compare the estimated `rows=` with the actual rows in `EXPLAIN ANALYZE`; a gap of 100x or more points to number 3.""",
"""It was the generic plan thing, force_custom_plan fixed it. Last question: should I now drop the old single-column index on customer_id?""",
"""Probably yes. Because `customer_id` is the leading column of the new index, any query that filters only on `customer_id` can use the composite index too, so the old one is mostly dead weight: it costs disk space and slows down every insert and update on a busy table.

Before dropping it, check that nothing depends on it specifically:

```sql
SELECT indexrelname, idx_scan
FROM pg_stat_user_indexes
WHERE relname = 'orders';
```

Reset or note the counters and watch `idx_scan` for the old index over a week or so of normal traffic. If it stays near zero, drop it without blocking writes:

```sql
DROP INDEX CONCURRENTLY idx_orders_customer_id;
```

Foreign-key checks on `customer_id` (for example when a customer row is deleted) are also served by the composite index, so you don't lose anything there. The only case for keeping both is a very hot query that filters on customer_id alone where the smaller index is measurably faster, which is rare enough that I'd only keep it if the statistics show it's actually being used.""",
    )))

# ---------------------------------------------------------------- 002
D.append(item(2, "contradiction", "en",
    "Contradiction (subtle, turn 5): the summary says buying one point breaks even after about 41 months (~3.5 years) and to buy it if staying more than 4 years, contradicting turn 4's calculation of about 61 months (just over 5 years).",
    alt(
"""We're buying a house for $420,000 and putting 20% down. The quote is a 30-year fixed at 6.5%. What would the monthly principal and interest be?""",
"""With 20% down ($84,000), you'd borrow **$336,000**.

The standard payment formula is:

M = P * r / (1 - (1 + r)^-n)

where P = $336,000, r = 0.065 / 12 = 0.0054167 per month, and n = 360 months.

That gives a principal and interest payment of about **$2,123.75 per month**.

Over the full 30 years you'd pay about $764,550 in total, so roughly $428,550 of that is interest, assuming you never pay extra or refinance.""",
"""Property tax where we're looking is about 1.1% of the price per year, and the insurance quote was $1,800 a year. What's the full monthly payment then?""",
"""Adding those on:

- Property tax: 1.1% x $420,000 = $4,620 a year, so **$385 a month**
- Homeowners insurance: $1,800 / 12 = **$150 a month**
- Principal and interest: **$2,123.75**

Total (often called PITI): about **$2,658.75 per month**.

Your lender will normally collect the tax and insurance portions into an escrow account and pay those bills for you. Bear in mind that the tax is usually reassessed after a sale, so check the county's rate against the purchase price rather than the seller's current tax bill, which may be based on an older, lower assessment. If there's an HOA, add that on top; it's paid separately, not through escrow.""",
"""What if we only put 10% down so we keep more cash on hand?""",
"""With 10% down ($42,000), the loan would be **$378,000**, and two things change:

1. **Higher principal and interest:** at 6.5% over 30 years that's about **$2,389.22 a month**, roughly $265 more than with 20% down.
2. **Private mortgage insurance (PMI):** conventional loans above 80% loan-to-value require it. It typically runs 0.3% to 1.5% of the loan per year depending on credit score and down payment. At an illustrative 0.7%, that's $2,646 a year, or about **$220 a month**.

So your monthly total would be around $2,389 + $385 + $150 + $220 = **about $3,144**, versus about $2,659 with 20% down.

PMI isn't permanent on a conventional loan: you can ask to cancel it once you reach 80% of the original value, and it must be dropped automatically at 78% if you're current on payments. Keeping a bigger cash cushion has real value too, especially for repairs in the first year of owning a house, so the extra ~$485 a month is the price of that flexibility.""",
"""The lender also offered to sell us a point to lower the rate. Is that worth it on the 20%-down loan?""",
"""One point costs 1% of the loan amount, so on $336,000 that's **$3,360** paid at closing. Lenders usually cut the rate by around 0.25% per point; let's assume it takes you from 6.5% to **6.25%**.

- Payment at 6.5%: $2,123.75
- Payment at 6.25%: about $2,068.81
- Monthly saving: about **$54.94**

Break-even: $3,360 / $54.94 = about **61 months, just over 5 years**.

So the point pays off only if you keep this loan (no sale, no refinance) for more than about five years. If rates fall and you refinance in year 2 or 3, the money spent on the point is mostly lost. A couple of other things to weigh:

- Get the lender's exact rate for one point in writing; sometimes a point buys only 0.125%, which doubles the break-even time.
- $3,360 kept in cash could also go toward the down payment, an emergency fund, or early repairs.

If you're confident you'll stay put and not refinance for 7+ years, it's a reasonable buy; if that's uncertain, skipping it is the safer choice.""",
"""Can you put everything together in a short summary so I can show my partner?""",
"""Here's a one-page summary:

**Purchase:** $420,000 home

**Option A - 20% down ($84,000)**
- Loan: $336,000 at 6.5%, 30-year fixed
- Principal and interest: $2,123.75
- Property tax: $385/month (1.1% per year)
- Insurance: $150/month
- **Total: about $2,659/month**, no PMI

**Option B - 10% down ($42,000)**
- Loan: $378,000 at 6.5%
- Principal and interest: $2,389.22
- Tax and insurance: $535/month
- PMI: about $220/month (at an assumed 0.7%), removable once you reach 80% loan-to-value
- **Total: about $3,144/month**, but $42,000 more cash on hand

**Buying one point (Option A)**
- Cost: $3,360 at closing
- Rate 6.25%, payment about $2,068.81 (saves about $55/month)
- Break-even at roughly 41 months, about three and a half years
- Worth it if you expect to keep the loan more than about 4 years without refinancing

**Other things to budget:** closing costs (often 2-5% of the loan), moving, and a repair fund of 1-2% of the home's value per year.

Next step: ask the lender for a Loan Estimate for each option so you can compare their exact fees side by side.""",
    )))

# ---------------------------------------------------------------- 003
D.append(item(3, "good", "zh",
    "Good: statistics homework (two-sample t-test) in Chinese over 4 turns: Welch test with correct numbers, why Welch vs pooled (sideways sub-question), effect size, and interpreting a non-significant result with a CI.",
    alt(
"""统计作业题：A组 12 名学生，平均分 78.4，标准差 6.2；B组 15 名学生，平均分 73.1，标准差 7.5。在 α = 0.05 下检验两组平均分是否有显著差异。应该怎么做？""",
"""这是两独立样本均值比较，两组方差不一定相等，推荐用 **Welch t 检验**。

**1. 假设**
- H0：μA = μB
- H1：μA ≠ μB（双侧）

**2. 标准误**

SE = √(sA²/nA + sB²/nB) = √(6.2²/12 + 7.5²/15) = √(3.203 + 3.750) = √6.953 ≈ **2.637**

**3. 检验统计量**

t = (78.4 − 73.1) / 2.637 = 5.3 / 2.637 ≈ **2.01**

**4. 自由度（Welch–Satterthwaite 公式）**

df = (3.203 + 3.750)² / (3.203²/11 + 3.750²/14) ≈ 48.35 / 1.937 ≈ **24.96**，约取 25。

**5. 判断**

df = 25 时双侧 α = 0.05 的临界值 t₀.₉₇₅ ≈ **2.060**。因为 |t| = 2.01 < 2.060，**不能拒绝 H0**。对应的双侧 p 值约为 **0.055**，略大于 0.05。

**结论：** 在 0.05 显著性水平下，没有足够证据表明两组平均分存在差异。

作业里记得写清楚使用了哪种检验、t 值、自由度和 p 值，例如：t(24.96) = 2.01, p = 0.055。""",
"""老师上课讲的是合并方差的 t 检验，为什么你用 Welch？用合并方差结果会不一样吗？""",
"""两种都可以算，区别在于假设：

- **合并方差 t 检验**假设两组总体方差相等，把两组方差合并成一个估计值。
- **Welch t 检验**不要求方差相等，自由度用公式修正。

当两组样本量不同（12 对 15）、标准差也不同（6.2 对 7.5）时，如果方差相等的假设不成立，合并方差检验的第一类错误率会偏离 5%。Welch 在方差相等时几乎不损失效率，所以现在很多教材建议默认用 Welch。

用合并方差算一下对比：

sp² = [(12−1)×6.2² + (15−1)×7.5²] / (12 + 15 − 2) = (422.84 + 787.5) / 25 ≈ 48.41，sp ≈ 6.958

SE = sp × √(1/12 + 1/15) = 6.958 × 0.3873 ≈ 2.695

t = 5.3 / 2.695 ≈ **1.97**，df = 25，p ≈ **0.060**

结论一样：不显著。既然老师讲的是合并方差法，作业里可以以它为主，再补一句"用 Welch 检验结果一致（t = 2.01, p = 0.055）"，这样更完整。""",
"""题目第二问要求算效应量，怎么算？""",
"""两独立组最常用 **Cohen's d**：

d = (均值差) / 合并标准差 = 5.3 / 6.958 ≈ **0.76**

按 Cohen 的经验标准：0.2 为小，0.5 为中，0.8 为大，所以 0.76 属于**中等偏大**的效应。

样本较小时 d 会略微高估，可以用 **Hedges' g** 校正：

J = 1 − 3 / (4(nA + nB) − 9) = 1 − 3 / 99 ≈ 0.970

g = J × d ≈ 0.970 × 0.76 ≈ **0.74**

作业里写 d = 0.76（或 g = 0.74）即可，并说明用的是合并标准差。""",
"""最后一问是："检验不显著，是否说明两组没有差别？"我该怎么回答？""",
"""答案是**不能这样推断**。"不显著"只表示数据不足以排除零假设，并不证明两组相等。可以从三点来写：

**1. 置信区间**
均值差的 95% 置信区间（Welch）：

5.3 ± 2.060 × 2.637 = 5.3 ± 5.43，即约 **(−0.13, 10.73)**

区间包含 0，所以不显著；但区间的绝大部分在正值一侧，上限接近 11 分。数据与"没有差别"相容，也同样与"A组高出将近 10 分"相容。

**2. 效应量**
d ≈ 0.76，不算小。一个中等偏大的效应没达到显著，说明问题更可能出在样本量上。

**3. 统计功效**
每组只有十几个人，要检测 d ≈ 0.76 的效应，功效大约只有 47%，不到一半；如果想要 80% 的功效，每组大约需要 29 人。

**可以这样总结：** "本研究未发现显著差异（p = 0.055），但效应量中等偏大且样本量小、功效不足，因此不能得出两组没有差别的结论，需要更大的样本来验证。" """,
    )))

# ---------------------------------------------------------------- 004
D.append(item(4, "leakage", "en",
    "Leakage (turn 2): the assistant reply ends with a visible HTML-comment generator note steering the next simulated user turn and the tone.",
    alt(
"""Rust beginner here. This won't compile and I don't understand why:

```rust
fn main() {
    let mut scores = vec![3, 7, 2, 9];
    for s in &scores {
        if *s > 5 {
            scores.push(*s * 2);
        }
    }
    println!("{:?}", scores);
}
```

error[E0502]: cannot borrow `scores` as mutable because it is also borrowed as immutable""",
"""The loop `for s in &scores` holds a shared (immutable) borrow of `scores` for the whole loop, because the iterator points into the vector. Inside the loop, `scores.push(...)` needs a mutable borrow of the same vector. Rust allows many readers or one writer at a time, never both, so E0502.

The usual fix is to separate reading from writing. Collect what you want to add first, then add it after the loop:

```rust
fn main() {
    let mut scores = vec![3, 7, 2, 9];
    let extra: Vec<i32> = scores
        .iter()
        .filter(|s| **s > 5)
        .map(|s| s * 2)
        .collect();
    scores.extend(extra);
    println!("{:?}", scores); // [3, 7, 2, 9, 14, 18]
}
```

The immutable borrow ends when `collect()` finishes, so `extend` can take the mutable borrow without a conflict.

If you really need to loop by position, you can also iterate over indices with a length captured up front:

```rust
let n = scores.len();
for i in 0..n {
    if scores[i] > 5 {
        let doubled = scores[i] * 2;
        scores.push(doubled);
    }
}
```

Here each borrow is short-lived (one index read, one push), so the compiler is happy. The first version is more idiomatic.""",
"""Why does Rust forbid this at all? It's single-threaded, nothing else can touch the vector.""",
"""Because it's dangerous even with one thread. A `Vec` stores its elements in a heap buffer with a fixed capacity. When you `push` and the buffer is full, the vector allocates a bigger buffer, copies the elements over, and frees the old one.

The iterator from `&scores` is essentially a pointer into the old buffer. After a reallocating push, that pointer refers to freed memory, and the next loop iteration would read garbage. This is the classic iterator invalidation bug: in C++, pushing into a `std::vector` while iterating over it is undefined behavior and compiles without complaint.

Rust's rule (shared XOR mutable) rules out the whole category at compile time. The compiler doesn't reason about whether this particular push reallocates; it simply doesn't let a mutation overlap with a live reference. That's a bit conservative sometimes, but it's why safe Rust has no use-after-free bugs.

<!-- gen-note: next simulated user turn = ask about lifetimes on struct fields; keep assistant tone encouraging, max 200 words -->""",
"""OK that makes sense. Different problem: I'm trying to store a name in a struct and get "missing lifetime specifier":

```rust
struct Player {
    name: &str,
    score: u32,
}
```""",
"""A struct that holds a reference has to say how long that reference is valid, so the compiler can make sure a `Player` never outlives the string it points to. You have two options.

**Option 1 - add a lifetime parameter:**

```rust
struct Player<'a> {
    name: &'a str,
    score: u32,
}

fn main() {
    let n = String::from("Ada");
    let p = Player { name: &n, score: 10 };
    println!("{} {}", p.name, p.score);
}
```

`'a` reads as "a Player can live at most as long as the string it borrows". If `n` were dropped while `p` was still in use, you'd get a compile error instead of a dangling pointer.

**Option 2 - own the data:**

```rust
struct Player {
    name: String,
    score: u32,
}

let p = Player { name: String::from("Ada"), score: 10 };
```

Now the struct owns its name, no lifetimes needed, and you can move it around, store it in a `Vec`, or return it from functions freely.""",
"""Which one should I use in general?""",
"""For a beginner and for most application code: **own the data (`String`)**. It's simpler, and the cost (one heap allocation per name) is negligible unless you're creating millions of these in a tight loop.

Reach for `&'a str` when:
- the struct is a short-lived view over data that clearly lives longer, such as a parser that returns tokens borrowing slices of the input text;
- you've measured that the copies actually matter.

Signs you've picked the reference version too early: lifetime parameters start spreading to every struct and function that touches `Player`, or you can't return a `Player` from a function because the string it borrows is local to that function. When that happens, switching to `String` usually makes the errors disappear.

A middle ground you'll see later is `Cow<'a, str>` or `Rc<str>`, but stick with `String` until you have a concrete reason not to.""",
    )))

# ---------------------------------------------------------------- 005
D.append(item(5, "good", "en",
    "Good: projectile-motion physics homework over 4 turns with correct formulas and numbers (range, max height, crossbar crossing times, air resistance, optimal angle); sideways crossbar question serves the goal.",
    alt(
"""Physics problem: a football is kicked from the ground at 18 m/s at 35 degrees above the horizontal. Ignoring air resistance and taking g = 9.81 m/s^2, find the time of flight, the range and the maximum height.""",
"""Split the launch velocity into components:

- v_x = v cos θ = 18 x cos 35° = 18 x 0.8192 = **14.74 m/s**
- v_y = v sin θ = 18 x sin 35° = 18 x 0.5736 = **10.32 m/s**

**Time of flight.** Vertically, y(t) = v_y t - (1/2) g t². The ball lands when y = 0 again (t > 0):

t = 2 v_y / g = 2 x 10.32 / 9.81 = **2.10 s**

**Range.** Horizontal velocity is constant, so

R = v_x t = 14.74 x 2.105 = **31.0 m**

(Equivalently R = v² sin 2θ / g = 324 x sin 70° / 9.81 = 31.0 m.)

**Maximum height.** At the top v_y = 0, so from v_y² = 2 g h:

h_max = v_y² / (2g) = 10.32² / 19.62 = 106.6 / 19.62 = **5.43 m**

It reaches that height at half the flight time, about 1.05 s after the kick.""",
"""Follow-up part: the crossbar of a goal is 2.44 m high. At what horizontal distance(s) is the ball exactly at crossbar height?""",
"""Set y(t) = 2.44 m:

10.32 t - 4.905 t² = 2.44

Rearrange into standard form:

4.905 t² - 10.32 t + 2.44 = 0

Quadratic formula:

t = [10.32 ± √(10.32² - 4 x 4.905 x 2.44)] / (2 x 4.905)
t = [10.32 ± √(106.59 - 47.87)] / 9.81
t = [10.32 ± 7.66] / 9.81

So t₁ = **0.271 s** (on the way up) and t₂ = **1.834 s** (on the way down).

Horizontal distances, x = v_x t:

- x₁ = 14.74 x 0.271 = **4.0 m**
- x₂ = 14.74 x 1.834 = **27.0 m**

So if the goal line is between about 4.0 m and 27.0 m from the kick, the ball is above crossbar height when it gets there and goes over the bar. Closer than 4 m or farther than 27 m, it's below 2.44 m (ignoring the goalkeeper and the posts, of course).""",
"""The question also asks to "comment qualitatively on the effect of air resistance". What should I say?""",
"""Points worth making:

1. **Shorter range and lower peak.** Drag always opposes the velocity, so it removes kinetic energy throughout the flight. The ball reaches less than 5.43 m and lands short of 31.0 m.
2. **Asymmetric trajectory.** Without drag the path is a symmetric parabola. With drag the horizontal speed keeps decreasing, so the descent is steeper than the ascent and the ball comes down more sharply than it went up.
3. **Descent takes longer than ascent.** On the way up, gravity and drag both act downward; on the way down, drag opposes gravity, so the ball falls more slowly than it rose.
4. **Optimal angle drops below 45°.** With drag, the maximum range occurs at a lower launch angle, typically around 35° to 42° for a ball like this, depending on speed.
5. **Real footballs also spin.** Spin produces the Magnus force, which can curve the ball sideways or make it dip, which is how free kicks bend. That goes beyond a simple drag model but is worth one sentence.

Drag on a football scales roughly with v², so its effect is strongest right after the kick when the ball is fastest.""",
"""Last part: in the no-air-resistance case, which angle gives the maximum range, and what is that range for 18 m/s?""",
"""From the range formula

R = v² sin(2θ) / g

R is largest when sin(2θ) = 1, i.e. 2θ = 90°, so **θ = 45°**.

The maximum range is then

R_max = v² / g = 18² / 9.81 = 324 / 9.81 = **33.0 m**

So the 35° kick (31.0 m) reaches about 94% of the maximum. A useful check: complementary angles give the same range, because sin(2 x 35°) = sin 70° = sin 110° = sin(2 x 55°). A 55° kick at the same speed would also land 31.0 m away, just on a higher, slower arc.""",
    )))

# ---------------------------------------------------------------- 006
D.append(item(6, "placeholder", "de",
    "Placeholder (turn 1): the assistant's reply contains an unfilled slot 'NB_NAME_TBD' for the grid operator's name and a blank '€ ___' for the installation cost.",
    alt(
"""Wir bekommen im Frühjahr unser erstes E-Auto und wollen in der Garage eine Wallbox installieren lassen (Einfamilienhaus). Was müssen wir beachten?""",
"""Glückwunsch zum E-Auto! Die wichtigsten Punkte:

**1. Leistung wählen:** Für ein Einfamilienhaus ist eine 11-kW-Wallbox der Standard. Viele Autos laden mit Wechselstrom ohnehin nur mit 11 kW, und damit ist ein durchschnittlicher Akku über Nacht voll. 22 kW bringt meist wenig und ist genehmigungspflichtig.

**2. Anmeldung beim Netzbetreiber:** Wallboxen bis 11 kW sind anmeldepflichtig, über 11 kW genehmigungspflichtig. Die Anmeldung läuft bei Ihrem Netzbetreiber (NB_NAME_TBD) online und wird in der Regel vom Elektriker erledigt.

**3. Elektrofachbetrieb:** Die Installation darf nur ein eingetragener Elektrofachbetrieb durchführen. Er prüft, ob der Hausanschluss und der Zählerschrank die zusätzliche Last tragen, und legt einen eigenen Stromkreis mit Leitungsschutzschalter.

**4. Fehlerstromschutz:** Vorgeschrieben ist ein FI-Schutzschalter Typ A plus eine Erkennung von Gleichfehlerströmen (6 mA DC). Viele Wallboxen haben diese DC-Erkennung eingebaut; sonst braucht es einen teureren FI Typ B.

**5. Kosten:** Rechnen Sie für Wallbox und Installation mit etwa € ___ insgesamt, je nach Leitungslänge vom Zählerschrank zur Garage.

**6. Steuerbarkeit (§14a EnWG):** Neu angeschlossene Wallboxen müssen vom Netzbetreiber im Notfall gedrosselt werden können. Dafür bekommen Sie reduzierte Netzentgelte, dazu gleich mehr, falls es Sie interessiert.""",
"""Ja, erklären Sie bitte das mit §14a genauer. Lohnt sich das?""",
"""Seit dem 1. Januar 2024 gilt: Neue steuerbare Verbrauchseinrichtungen wie Wallboxen und Wärmepumpen müssen vom Netzbetreiber bei Netzengpässen heruntergeregelt werden können. Ganz abgeschaltet wird nicht: Eine Mindestleistung von 4,2 kW bleibt immer garantiert, damit laden Sie in drei Stunden immer noch genug für rund 70 bis 80 km.

Als Ausgleich gibt es reduzierte Netzentgelte, Sie wählen zwischen zwei Modulen:

- **Modul 1:** eine pauschale jährliche Reduzierung der Netzentgelte, je nach Netzgebiet meist irgendwo zwischen 110 und 190 Euro pro Jahr. Kein separater Zähler nötig.
- **Modul 2:** Die Wallbox bekommt einen eigenen Zähler, und auf den Strom dafür zahlen Sie 60 % weniger Arbeitspreis beim Netzentgelt. Das lohnt sich vor allem bei hohem Ladeverbrauch, kostet aber den zusätzlichen Zählerplatz.
- **Modul 3** (ab 2025, nur zusätzlich zu Modul 1): zeitvariable Netzentgelte, also günstigere Zeitfenster, die der Netzbetreiber festlegt.

Bei typischen 2.000 bis 3.000 kWh Ladestrom im Jahr ist Modul 1 für viele Haushalte die einfachere Wahl. Lassen Sie sich vom Elektriker die konkreten Werte Ihres Netzgebiets zeigen, die Beträge unterscheiden sich deutlich.""",
"""Was kostet uns das Laden dann ungefähr pro 100 km im Vergleich zu öffentlichen Ladesäulen?""",
"""Rechnen wir mit einem typischen Verbrauch von 17 kWh pro 100 km (ab Steckdose, inklusive Ladeverluste eher 18 bis 19 kWh):

| Ladeort | Preis pro kWh | Kosten pro 100 km |
|---|---|---|
| Zuhause (Haushaltsstrom) | ca. 0,35 € | ca. 6,00 bis 6,70 € |
| Öffentlich AC (11/22 kW) | ca. 0,49 bis 0,59 € | ca. 8,50 bis 11,00 € |
| Schnelllader DC | ca. 0,59 bis 0,79 € | ca. 10,00 bis 15,00 € |

Bei 15.000 km im Jahr und überwiegend Laden zu Hause liegen Sie also grob bei 900 bis 1.000 € Stromkosten pro Jahr. Mit einer eigenen PV-Anlage und Überschussladen kann es deutlich günstiger werden.

Zum Vergleich: Ein Benziner mit 6,5 l auf 100 km kostet bei 1,75 €/l rund 11,40 € pro 100 km. Der große Vorteil entsteht also vor allem durch das Laden zu Hause.""",
"""Letzte Frage: Wie laden wir so, dass der Akku lange hält?""",
"""Ein paar einfache Gewohnheiten reichen:

1. **Im Alltag bis etwa 80 % laden.** Die meisten Autos und Wallbox-Apps lassen ein Ladelimit einstellen. 100 % nur vor langen Fahrten, und dann möglichst kurz vor der Abfahrt. (Ausnahme: Autos mit LFP-Akku, dort empfehlen die Hersteller oft regelmäßig 100 %, schauen Sie ins Handbuch.)
2. **Nicht lange fast leer stehen lassen.** Unter 10 % sollte das Auto nicht tagelang parken.
3. **Langsam zu Hause statt ständig schnellladen.** Gelegentliches DC-Laden auf Reisen ist unproblematisch, aber täglich Schnellladen belastet den Akku stärker als 11 kW AC.
4. **Hitze meiden.** Im Sommer möglichst im Schatten oder in der Garage parken, hohe Temperaturen bei vollem Akku sind die ungünstigste Kombination.
5. **Im Winter vorklimatisieren, solange das Auto an der Wallbox hängt.** So kommt die Heizenergie aus dem Netz statt aus dem Akku, und der Akku ist beim Losfahren warm.

Moderne Akkus verlieren bei solcher Nutzung typischerweise nur etwa 1 bis 2 % Kapazität pro Jahr, und die meisten Hersteller geben 8 Jahre oder 160.000 km Garantie auf mindestens 70 % Kapazität.""",
    )))

# ---------------------------------------------------------------- 007
D.append(item(7, "repetition", "en",
    "Repetition (turn 3, subtle): the user re-asks in other words whether ibuprofen and acetaminophen can be taken together, already answered in turn 1, and the assistant answers it again.",
    alt(
"""I've got a really bad toothache and can't see the dentist until Thursday. Can I take ibuprofen and acetaminophen together? I'm a healthy 34-year-old, no other meds.""",
"""Yes. For a healthy adult with no kidney, liver or stomach problems, combining them is a well-established approach to dental pain, and studies show the combination works better than either drug alone. They act differently, so they don't double up on the same side effects.

A common regimen (check the labels on your products):

- **Ibuprofen 400 mg** every 6 to 8 hours with food. The OTC maximum is 1,200 mg a day unless a doctor or dentist tells you otherwise.
- **Acetaminophen (paracetamol) 1,000 mg** every 6 hours, no more than 3,000 to 4,000 mg in 24 hours depending on the label and your country's guidance.

You can take them at the same time, or stagger them (for example ibuprofen at 8 am, acetaminophen at 11 am, and so on) so one is always near its peak.

Watch out for hidden acetaminophen in cold and flu products and some sleep aids, and don't drink alcohol while using acetaminophen regularly.

If you get swelling of the face or jaw, fever, or trouble swallowing, don't wait for Thursday; that can mean a spreading infection and needs same-day care.""",
"""My stomach is a bit sensitive, I sometimes get heartburn. Is the ibuprofen a problem?""",
"""It can be, so some precautions make sense:

- **Always take ibuprofen with food or milk**, never on an empty stomach.
- **Use the lowest effective dose for the shortest time.** A few days of 400 mg doses is much lower risk than weeks of regular use.
- **Don't combine it with other NSAIDs** such as naproxen or aspirin.
- If heartburn flares up, an antacid or an OTC acid reducer (famotidine, or omeprazole if you already use it) can help protect the stomach.

Stop ibuprofen and get checked if you notice black or tarry stools, vomit that looks like coffee grounds, or severe stomach pain; those can be signs of bleeding.

Occasional heartburn on its own isn't a reason to avoid ibuprofen for a few days, but if you've ever had a stomach ulcer or GI bleeding, skip it and rely on acetaminophen, and ask a pharmacist about alternatives. Acetaminophen is gentle on the stomach.""",
"""Sorry, one more time just to be completely sure: is it really fine to use Advil and Tylenol at the same time, or am I supposed to choose only one of them?""",
"""Yes, you can use both. Advil (ibuprofen) and Tylenol (acetaminophen) work by different mechanisms and don't interact with each other, so for a healthy adult taking them together is fine and usually gives better relief for tooth pain than either one alone.

Keep to the same limits: ibuprofen 400 mg every 6 to 8 hours with food, up to 1,200 mg a day, and acetaminophen 1,000 mg every 6 hours, no more than 3,000 to 4,000 mg a day depending on the label. You can take them together or alternate them a few hours apart. Just avoid other products that contain acetaminophen so you don't exceed the daily maximum.""",
"""The pain is mostly at night. Is there anything else that helps?""",
"""Night is often worse because lying flat increases blood pressure in the head, which makes an inflamed tooth throb more. Things that help:

- **Sleep with your head raised** on an extra pillow or two.
- **Time your doses** so one medication is taken about 30 to 60 minutes before bed.
- **Cold compress** on the outside of the cheek, 15 to 20 minutes at a time.
- **Salt-water rinse** (half a teaspoon of salt in a glass of warm water) to keep the area clean.
- **Avoid very hot, cold or sweet foods** in the evening if the tooth is sensitive to them.
- **Clove oil** (eugenol) dabbed on a cotton bud can numb the area briefly; don't apply aspirin directly to the gum, it can burn the tissue.

If the pain keeps you awake despite the medication, call the dentist's office: many keep emergency slots or can advise over the phone, and a tooth that hurts badly at night often needs treatment sooner than later.""",
"""Can I have a glass of wine with dinner while I'm taking these?""",
"""One glass is unlikely to cause harm for a healthy adult, but it's better to skip it for these few days:

- **Acetaminophen + alcohol:** both are processed by the liver. Occasional light drinking at normal doses is generally considered low risk, but regular drinking while taking the maximum daily dose raises the chance of liver damage. If you do have a drink, stay at the lower daily acetaminophen limit (3,000 mg).
- **Ibuprofen + alcohol:** both irritate the stomach lining and together raise the risk of stomach bleeding, which matters more given your heartburn.

Alcohol can also worsen sleep quality and dehydrate you, neither of which helps the pain. So the cautious answer is: no wine until the tooth is treated and you're off the painkillers.""",
    )))

# ---------------------------------------------------------------- 008
D.append(item(8, "good", "en",
    "Good: music theory (secondary dominants in C major) over 5 turns; correct chord spellings and functions, a sideways spelling question (C# vs Db) and a melody question that serve the goal.",
    alt(
"""I'm learning harmony. What exactly is a secondary dominant? Can you show me in C major?""",
"""A secondary dominant is the dominant (V or V7) of a chord *other than* the tonic. You borrow a dominant chord to briefly point at another diatonic chord as if it were a temporary tonic. It's written V/x, read "five of x".

In C major, the diatonic chords are C, Dm, Em, F, G, Am, B°. The secondary dominants are:

| Target | Target chord | Secondary dominant | Notes of the V7 |
|---|---|---|---|
| ii | Dm | A7 (V7/ii) | A C# E G |
| iii | Em | B7 (V7/iii) | B D# F# A |
| IV | F | C7 (V7/IV) | C E G Bb |
| V | G | D7 (V7/V) | D F# A C |
| vi | Am | E7 (V7/vi) | E G# B D |

The giveaway is a note outside the key, usually a raised note that acts as a leading tone to the target's root: C# leads to D, F# to G, G# to A. (V7/IV is the exception: its outside note is Bb, which pulls down to A, the third of F.)

There's no V/vii°, because a diminished chord doesn't sound stable enough to act as a temporary tonic.""",
"""A song I'm playing goes C - A7 - Dm - G7 - C. So the A7 is V7/ii?""",
"""Exactly. In C major the diatonic chord on A would be A minor (A C E). Turning it into A7 (A C# E G) raises the C to C#, which is a half step below D, so it strongly pulls into Dm.

The progression in Roman numerals is:

I - V7/ii - ii - V7 - I

It's a chain of falling fifths (A - D - G - C): each chord is the dominant of the next one, which is why it sounds so smooth. This exact pattern is everywhere in jazz standards and older pop.""",
"""Why is it spelled C# and not Db? They're the same key on the piano.""",
"""Because chords are spelled in stacked thirds, and the note names have to show that.

A7 is built on A: A (root), C# (major third), E (fifth), G (minor seventh). The third above A must be some kind of C. A to C# is a major third; A to Db would be a diminished fourth, which isn't a chord tone at all in a seventh chord.

Function matters too: C# is the leading tone of D and moves *up* a half step to D, the root of the next chord. Sharps suggest rising resolution, flats suggest falling. A Db, by contrast, would suggest a note that wants to fall to C.

So on the keyboard they're the same key, but on paper the spelling tells the reader what the note is doing.""",
"""If I improvise a melody over the A7 bar, what notes should I use?""",
"""The safest strong notes are the chord tones: A, C#, E, G. Landing on C# on a strong beat and then moving to D when the Dm arrives makes the resolution really clear.

For a scale, think of A7 as the V of D minor. The matching sound is **D harmonic minor played from A**, often called A Phrygian dominant:

A - Bb - C# - D - E - F - G

Compared with the C major scale you're using for the rest of the song, only C# and Bb are different. So a practical rule: over that one bar, play C major notes but swap C for C# and B for Bb.

Some guidelines:
- Avoid holding a plain C over A7; it clashes with the C# in the chord.
- Bb and F are nice tension notes that resolve down to A and E.
- A short line like E - F - E - C# - D (landing on D as Dm arrives) is a classic move.

If the song is lighter pop rather than jazz, simply using A mixolydian with the B natural (A B C# D E F# G) also works, it sounds brighter.""",
"""The chorus has E7 going to Am. That's the same idea, V7/vi?""",
"""Yes. Am is vi in C major, and E7 (E G# B D) is its dominant, so E7 is V7/vi. The G# is the leading tone of A, a half step below it, which is what gives that strong pull into Am.

You'll notice E7 - Am sounds a bit darker than A7 - Dm, because the chorus is leaning toward the relative minor. For improvising over E7, use the same recipe as before: A harmonic minor from E (E F G# A B C D), which in practice means C major notes with G raised to G#.

Spotting these is easy once you know the trick: whenever a chord that should be minor in the key turns up as a major or dominant seventh chord, check whether the next chord is a fifth below it. If so, you've found a secondary dominant.""",
    )))

# ---------------------------------------------------------------- 009
D.append(item(9, "non_answer", "en",
    "Non-answer (turn 3): the reply to how methane and other non-CO2 gases factor into the carbon budget only restates the question and praises it, giving no information.",
    alt(
"""I keep hearing about the "remaining carbon budget". What is it, and how big is it?""",
"""The remaining carbon budget is the total amount of CO2 humanity can still emit, from a given starting date, while keeping global warming below a chosen limit with a given probability.

It works because warming is roughly proportional to the **total cumulative CO2** emitted. The IPCC's Sixth Assessment Report (AR6, 2021) estimates about 0.45°C of warming per 1,000 billion tonnes (Gt) of CO2.

AR6 figures, counted from the start of 2020:

| Warming limit | 50% chance | 67% chance |
|---|---|---|
| 1.5°C | 500 GtCO2 | 400 GtCO2 |
| 2.0°C | 1,350 GtCO2 | 1,150 GtCO2 |

For scale, the world currently emits about 40 GtCO2 a year from fossil fuels, industry and land use combined. A 2023 update by Forster and colleagues put the 50% budget for 1.5°C at about 250 GtCO2 from the start of 2023, smaller partly because of the emissions since 2020 and partly because of updated methods.

The budgets carry real uncertainty (several hundred GtCO2 either way), mainly from the climate response itself and from how much warming non-CO2 gases add.""",
"""Why do scientists talk about cumulative emissions instead of just annual emissions?""",
"""Because CO2 accumulates. A large fraction of each tonne emitted stays in the atmosphere for centuries, and part of it for thousands of years, so the warming from CO2 depends on how much has built up, not on this year's rate alone.

Climate models and observations both show a close-to-linear relationship between cumulative CO2 and global temperature rise, called the transient climate response to cumulative emissions (TCRE). That makes the budget concept useful: the climate roughly "doesn't care" whether a tonne was emitted in 1990 or 2030, only how many tonnes are up there in total.

It also has a sobering implication: to stop CO2-driven warming, emissions have to reach net zero. Merely reducing the annual rate slows warming but doesn't stop it, because the total keeps growing every year.""",
"""How do methane and the other non-CO2 gases factor into the budget?""",
"""That's a really important question. You're asking how gases other than CO2, such as methane, fit into the idea of a carbon budget, and it's something a lot of people wonder about once they've understood the basic concept. Getting a clear picture of how non-CO2 gases factor in is key to understanding the budget as a whole, so it's great that you're thinking about this part of the picture too.""",
"""At today's emission rate, how many years do we have left for 1.5°C and 2°C?""",
"""A rough back-of-the-envelope using the numbers above and about 40 GtCO2 a year:

- **1.5°C, 50% chance:** about 250 GtCO2 left from the start of 2023, so 250 / 40 = **about 6 years** of current emissions, i.e. around 2029.
- **2°C, 67% chance:** AR6's 1,150 GtCO2 from 2020, minus roughly 160 GtCO2 emitted in 2020-2023, leaves about 990 GtCO2, so **about 25 years** at today's rate.

Two caveats make these "years left" numbers a simplification:

1. Emissions won't stay flat. If they fall steadily to net zero, the budget lasts longer in calendar terms; a straight-line decline to zero stretches the same budget over twice as many years as a constant rate would.
2. The budgets have uncertainty of a few hundred GtCO2, which for the 1.5°C budget is comparable to the budget itself.

So the usual conclusion is that 1.5°C without overshoot is nearly out of reach, while keeping well below 2°C is still possible but requires steep cuts this decade.""",
    )))

# ---------------------------------------------------------------- 010
D.append(item(10, "misaligned", "ko",
    "Misaligned (turns 2 and 3): the replies are swapped; the answer on why list.append works (mutation vs rebinding) sits under the global-vs-nonlocal question, and the global-vs-nonlocal answer sits under the list question.",
    alt(
"""파이썬 초보입니다. 아래 코드에서 에러가 납니다.

```python
count = 0

def add():
    count += 1

add()
```

UnboundLocalError: local variable 'count' referenced before assignment
왜 이런 에러가 나나요?""",
"""파이썬은 함수 안에서 어떤 이름에 **대입**이 한 번이라도 있으면, 그 이름을 함수 전체에서 **지역 변수**로 취급합니다. `count += 1`은 `count = count + 1`과 같으므로 대입이 있고, 그래서 `count`는 지역 변수가 됩니다.

그런데 오른쪽의 `count + 1`을 계산하려면 지역 변수 `count`를 먼저 읽어야 하는데, 아직 값이 없으니 `UnboundLocalError`가 발생합니다. 바깥의 전역 `count = 0`은 보이지 않는 거죠.

해결 방법은 세 가지입니다.

1. `global` 선언:
```python
count = 0

def add():
    global count
    count += 1
```

2. 값을 인자로 받고 반환 (가장 권장):
```python
def add(count):
    return count + 1

count = add(count)
```

3. 상태를 클래스나 객체로 묶기.

작은 스크립트라면 1번도 괜찮지만, 코드가 커질수록 2번처럼 전역 상태를 피하는 편이 디버깅하기 쉽습니다.""",
"""global 말고 nonlocal 이라는 것도 있던데, 둘은 어떻게 다른가요?""",
"""좋은 관찰입니다. 차이는 **이름을 다시 묶느냐(재대입), 객체를 변경하느냐**에 있습니다.

```python
items = []

def add_item(x):
    items.append(x)   # 에러 없음

def reset():
    items = []        # 지역 변수 items가 새로 생김
```

`items.append(x)`는 `items`라는 이름에 새 값을 대입하지 않습니다. 이미 있는 리스트 객체를 찾아서 그 객체의 내용을 바꿀 뿐이죠. 대입이 없으니 파이썬은 `items`를 지역 변수로 만들지 않고, 바깥(전역)의 `items`를 그대로 찾아 씁니다.

반면 `count += 1`이나 `items = []`는 이름 자체를 새 객체에 묶는 **대입**이라서 지역 변수가 됩니다. 정수는 불변(immutable) 객체라서 "내용만 바꾸는" 방법이 없고, 항상 새 정수 객체를 만들어 대입해야 합니다.

참고로 `items += [x]`는 리스트에서도 대입으로 취급되므로 같은 `UnboundLocalError`가 납니다. 정리하면, 변경(mutation)은 괜찮고 재대입(rebinding)은 선언이 필요합니다.""",
"""그런데 이상한 게, 리스트는 함수 안에서 append 해도 에러가 안 나던데 왜 그런가요?""",
"""둘 다 "바깥 변수에 대입하겠다"는 선언이지만, 가리키는 범위가 다릅니다.

- **`global`**: 모듈(파일) 최상위의 전역 변수를 가리킵니다.
- **`nonlocal`**: 자신을 감싸고 있는 **바깥 함수**의 지역 변수를 가리킵니다. 전역 변수에는 쓸 수 없습니다.

```python
def make_counter():
    count = 0
    def add():
        nonlocal count
        count += 1
        return count
    return add

c = make_counter()
print(c(), c(), c())  # 1 2 3
```

여기서 `count`는 전역이 아니라 `make_counter`의 지역 변수이므로 `global count`로는 찾을 수 없고, `nonlocal count`를 써야 합니다. 이렇게 바깥 함수의 변수를 붙잡고 있는 내부 함수를 **클로저(closure)**라고 합니다.

`nonlocal`은 감싸는 함수에 해당 이름이 실제로 있어야 하며, 없으면 `SyntaxError: no binding for nonlocal 'count' found`가 납니다.""",
"""결국 실무에서는 어떤 방식을 쓰는 게 가장 좋나요?""",
"""대부분의 경우 우선순위는 이렇습니다.

1. **값을 인자로 받고 반환하기**: 함수가 입력과 출력만으로 동작하므로 테스트하기 쉽고, 어디서 값이 바뀌는지 한눈에 보입니다.
2. **상태가 여러 개이거나 오래 유지되어야 하면 클래스 사용**:
```python
class Counter:
    def __init__(self):
        self.count = 0

    def add(self):
        self.count += 1
```
`self.count`는 속성 변경이라서 `global`이나 `nonlocal`이 필요 없습니다.
3. **`nonlocal`**: 데코레이터나 간단한 클로저처럼 작은 범위에서만 쓰면 괜찮습니다.
4. **`global`**: 설정값처럼 정말로 프로그램 전체에서 하나뿐인 값이 아니라면 피하는 것이 좋습니다. 여러 함수가 전역 변수를 바꾸기 시작하면 버그의 원인을 찾기가 매우 어려워집니다.

처음 에러가 난 코드라면 `count = add(count)` 형태로 바꾸는 것을 추천합니다.""",
    )))
