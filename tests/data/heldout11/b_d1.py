"""Part b dialogues k11b-001 .. k11b-005."""
from b_common import H, G, dlg

DIALOGUES = []

# ---------------------------------------------------------------- 001
DIALOGUES.append(dlg(
    "k11b-001", "good", "en",
    "Good: four-turn Rust lifetimes tutoring; each reply fixes the exact compiler error shown, with correct code and accurate explanations of elision, struct lifetimes and 'static.",
    [
        (H, r"""
I'm learning Rust and I get "missing lifetime specifier" on this:

```rust
fn longest(a: &str, b: &str) -> &str {
    if a.len() > b.len() { a } else { b }
}
```

Why does the compiler need a lifetime here? It's obvious I'm returning one of the two arguments.
"""),
        (G, r"""
It's obvious to *you* because you can read the body, but Rust checks every call site using only the function **signature**. The signature is the contract, and right now it says "I return a reference" without saying what that reference borrows from.

Rust has three lifetime elision rules that fill this in automatically:

1. Each reference parameter gets its own lifetime.
2. If there is exactly one input lifetime, the output gets it.
3. If one of the parameters is `&self` or `&mut self`, the output gets the lifetime of `self`.

Your function has two reference inputs and no `self`, so rule 2 and rule 3 don't apply and the compiler refuses to guess. You have to say it explicitly:

```rust
fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() > b.len() { a } else { b }
}
```

Read this as: "for some lifetime `'a` during which both `a` and `b` are valid, the returned reference is also valid for `'a`." At a call site the compiler picks `'a` as the overlap of the two borrows, which in practice means the shorter of the two. That is exactly what you want: the result may be either argument, so it can only be trusted for as long as *both* are alive.

Note that the lifetime annotation doesn't change how long anything lives. It only describes a relationship between the inputs and the output so the borrow checker can verify callers.
"""),
        (H, r"""
OK, that compiles. But now this fails with "`s2` does not live long enough":

```rust
let result;
let s1 = String::from("long string is long");
{
    let s2 = String::from("xyz");
    result = longest(s1.as_str(), s2.as_str());
}
println!("{}", result);
```

But `result` is obviously `s1`, which lives until the end!
"""),
        (G, r"""
The borrow checker never looks at runtime values. It doesn't know that `"long string is long"` is longer than `"xyz"`; it only knows what the signature promises. And the signature says the result is valid for `'a`, where `'a` must fit inside *both* borrows. `s2` is dropped at the closing brace of the inner block, so `'a` ends there, yet you use `result` afterwards in `println!`. From the compiler's point of view that could be a dangling reference, and in a different run with different strings it really would be.

You have a few ways out, depending on what you actually need:

- **Use the result inside the block:** move the `println!` up, before `}`.
- **Make `s2` live longer:** declare it in the outer scope next to `s1`.
- **Return an owned value:** `fn longest(a: &str, b: &str) -> String` and return `a.to_string()` or `b.to_string()`. This costs an allocation but removes the borrowing relationship entirely.
- **Change the contract:** if the function is only ever allowed to return the first argument, say so:

```rust
fn first_or_trimmed<'a, 'b>(a: &'a str, _b: &'b str) -> &'a str {
    a.trim()
}
```

  Now the output is tied only to `a`, and your outer-scope usage compiles. But you could no longer return `b` from this function, which is exactly why `longest` can't be written this way.

For a learning exercise, the first two options are the usual fix. In real code, returning `String` is often the simplest when the strings are small.
"""),
        (H, r"""
Now I have a struct that keeps a reference to the input it parses:

```rust
struct Parser {
    input: &str,
    pos: usize,
}
```

Same error. Should I just store a `String` instead?
"""),
        (G, r"""
Both are valid designs; the choice depends on who owns the text.

If the text is owned somewhere else (a file you read into a `String` in `main`, say) and the parser only needs to look at it while it runs, borrowing is the zero-copy option. A struct that holds a reference needs a lifetime parameter, because the struct itself must not outlive what it points to:

```rust
struct Parser<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn new(input: &'a str) -> Self {
        Parser { input, pos: 0 }
    }

    /// Returns the next whitespace-separated word, borrowed from the input.
    fn next_word(&mut self) -> Option<&'a str> {
        let input: &'a str = self.input;
        let rest = &input[self.pos..];
        let skipped = rest.len() - rest.trim_start().len();
        let start = self.pos + skipped;
        if start >= input.len() {
            return None;
        }
        let end = input[start..]
            .find(char::is_whitespace)
            .map(|i| start + i)
            .unwrap_or(input.len());
        self.pos = end;
        Some(&input[start..end])
    }
}
```

The key detail is the return type `Option<&'a str>`: the words borrow from the original input, not from the parser. So you can collect words into a `Vec<&str>` and keep using them after the `Parser` is gone, as long as the source string is still alive.

Store a `String` instead when the parser has to own its data: for example if you return it from a function that created the text, put it in a long-lived struct, or send it to another thread. The cost is one allocation and copy of the input, which for most parsers is negligible.

A rough rule: borrow in short-lived "view" or "cursor" types, own in long-lived ones.
"""),
        (H, r"""
Last thing: what does `'static` mean? I've seen `&'static str` for string literals and also `T: 'static` on `thread::spawn`. Same idea?
"""),
        (G, r"""
Related, but not the same.

**`&'static str`** is a reference that is valid for the whole run of the program. String literals are stored in the binary's read-only data, so `let s: &'static str = "hello";` never dangles.

**`T: 'static`** is a *bound* on a type. It means "`T` contains no borrowed references shorter than `'static`." It does **not** mean the value lives forever. `String`, `Vec<u8>` and `i32` all satisfy `'static` because they own their data; you can create and drop them at any time. A `&'a str` with a local `'a` does not.

`thread::spawn` requires its closure to be `'static` because the new thread might outlive the function that spawned it, so the closure can't capture references to that function's locals. That's why you usually write `move || { ... }` and move owned data in.

If you do want a thread to borrow local data, use scoped threads (stable since Rust 1.63):

```rust
let data = vec![1, 2, 3];
std::thread::scope(|s| {
    s.spawn(|| println!("{:?}", data));
}); // all scoped threads are joined here
```

The scope guarantees the threads finish before `data` is dropped, so no `'static` bound is needed.
"""),
    ],
))

# ---------------------------------------------------------------- 002
DIALOGUES.append(dlg(
    "k11b-002", "contradiction", "en",
    "Contradiction (subtle): in turn 2 the assistant recommends SET work_mem = '64MB' for the session; deep in the turn-4 reply it refers back to 'the 256MB we set for your session earlier'.",
    [
        (H, r"""
I have a PostgreSQL 15 table `orders` with about 40 million rows. This report query takes 38 seconds:

```sql
SELECT customer_id, sum(total)
FROM orders
WHERE created_at >= '2024-01-01' AND status = 'shipped'
GROUP BY customer_id;
```

Where do I even start?
"""),
        (G, r"""
Start by getting the real execution plan, not a guess:

```sql
EXPLAIN (ANALYZE, BUFFERS, VERBOSE)
SELECT customer_id, sum(total)
FROM orders
WHERE created_at >= '2024-01-01' AND status = 'shipped'
GROUP BY customer_id;
```

`ANALYZE` actually runs the query and reports real row counts and timings per node; `BUFFERS` shows how many 8 kB pages were read from cache (`shared hit`) versus disk (`read`). Run it twice, because the first run may be slow just because the cache is cold.

Things to look for, in order:

1. **Scan type on `orders`.** A `Seq Scan` or `Parallel Seq Scan` with a large `Rows Removed by Filter` means you're reading the whole table to keep a small part of it.
2. **Estimated vs actual rows.** If a node says `rows=1200` estimated but `actual rows=3400000`, the planner is working from bad statistics; run `ANALYZE orders;` and compare again.
3. **Spills to disk.** On `Sort` you'll see `Sort Method: external merge Disk: ...`; on `HashAggregate` you'll see `Batches` greater than 1 and a `Disk Usage` line. Both mean `work_mem` was too small for that step.
4. **Where the time goes.** Each node's `actual time=start..end` is cumulative including its children, so subtract the child times to see which node is expensive.

If you paste the plan (or the top few nodes), I can point at the specific fix.
"""),
        (H, r"""
Here's the important part:

```
HashAggregate (actual time=36210..37880 rows=412000 loops=1)
  Group Key: customer_id
  Batches: 5  Memory Usage: 4145kB  Disk Usage: 41000kB
  -> Seq Scan on orders (actual time=0.03..29870 rows=8900000 loops=1)
       Filter: ((created_at >= '2024-01-01') AND (status = 'shipped'))
       Rows Removed by Filter: 31100000
```

`work_mem` is the default 4MB.
"""),
        (G, r"""
Two clear problems:

**1. The sequential scan reads 40 million rows to keep 8.9 million.** About 78% of the work is thrown away. An index that matches the filter will fix most of this. Put the equality column first and the range column second, and include the columns the query needs so PostgreSQL can answer from the index alone:

```sql
CREATE INDEX CONCURRENTLY idx_orders_status_created
    ON orders (status, created_at)
    INCLUDE (customer_id, total);
```

`CONCURRENTLY` avoids locking writes while it builds, at the cost of taking longer; on 40 million rows expect several minutes. With `(status, created_at)` the planner can jump straight to `status = 'shipped'` and scan only the dates from 2024 onwards.

**2. The aggregate spilled to disk.** `Batches: 5` and `Disk Usage: 41000kB` mean the hash table for 412,000 customers did not fit in 4 MB. For this report, raise `work_mem` just for the session that runs it:

```sql
SET work_mem = '64MB';
```

64 MB comfortably covers the roughly 45 MB the hash table needed (about 4 MB in memory plus 41 MB on disk). Don't put a value like this in `postgresql.conf` yet: `work_mem` is allowed *per sort or hash operation, per connection*, so a global 64 MB with many concurrent queries can use far more RAM than you expect.

Create the index, set the session value, and run `EXPLAIN (ANALYZE, BUFFERS)` again.
"""),
        (H, r"""
Done. Now it's an Index Only Scan and the time dropped to 9 seconds, but the plan says `Heap Fetches: 2900000`. I thought index-only meant it doesn't touch the table?
"""),
        (G, r"""
It only skips the table for pages that PostgreSQL *knows* are all-visible. That knowledge lives in the **visibility map**, one bit per heap page, set by `VACUUM`. If a page has been modified since the last vacuum, its bit is cleared, and the index-only scan has to visit the heap to check whether each row version is visible to your transaction. 2.9 million heap fetches means a large share of the 2024 pages haven't been vacuumed since they were written, which is typical for recent rows on a busy table.

Immediate fix:

```sql
VACUUM (ANALYZE, VERBOSE) orders;
```

Then make sure it stays fixed. With default settings autovacuum runs when dead rows exceed 20% of the table (`autovacuum_vacuum_scale_factor = 0.2`), which on 40 million rows is 8 million dead rows: far too rare. For an insert-heavy table you also want the insert-triggered vacuum added in PostgreSQL 13:

```sql
ALTER TABLE orders SET (
    autovacuum_vacuum_scale_factor = 0.01,
    autovacuum_vacuum_insert_scale_factor = 0.01
);
```

That triggers a vacuum roughly every 400,000 updated or inserted rows, which keeps the visibility map fresh and heap fetches low.
"""),
        (H, r"""
After VACUUM it's 1.4 seconds! Should I now set work_mem globally in postgresql.conf since it helped so much?
"""),
        (G, r"""
I'd still avoid raising it globally to a large value. The reason is the multiplication effect: `work_mem` is the limit for *each* sort, hash or materialize node in *each* query on *each* connection. A single complex query can have four or five such nodes, and parallel workers each get their own allowance.

A quick worst-case estimate helps. Say `max_connections = 200` and a typical query has two memory-hungry nodes. With the 256MB we set for your session earlier applied globally, the theoretical ceiling is 200 × 2 × 256 MB ≈ 100 GB, which would push the server into swap or trigger the OOM killer long before that. In practice not all connections run big queries at once, but the risk is real on busy OLTP systems.

Better options, from most targeted to least:

1. **Per-role:** if reports run under a dedicated user, set it only there:
   ```sql
   ALTER ROLE reporting SET work_mem = '64MB';
   ```
2. **Per-transaction** inside the report job:
   ```sql
   BEGIN;
   SET LOCAL work_mem = '64MB';
   -- report query
   COMMIT;
   ```
3. **Modest global bump:** raising the default from 4 MB to 16 MB is usually safe on a server with 32 GB+ RAM and helps small sorts everywhere.

Also check whether the aggregate still spills now that the input is smaller: look for `Batches: 1` in the new plan. If it fits, you may not need more than the default for this query at all.
"""),
        (H, r"""
Last question: would partitioning `orders` by month speed this up even more?
"""),
        (G, r"""
For this particular query, probably not much. The index already narrows the scan to `status = 'shipped'` and 2024+ dates, and at 1.4 seconds most of the remaining time is aggregating 8.9 million rows, which partitioning doesn't reduce. Partition pruning would let PostgreSQL skip old months, but the index is already skipping them.

Where partitioning does pay off:

- **Data retention:** dropping a month is `DROP TABLE orders_2021_01;` (or `DETACH PARTITION`), instant, instead of a huge `DELETE` that bloats the table and needs vacuuming.
- **Maintenance:** vacuum and reindex work on one partition at a time, and old partitions that never change stay all-visible.
- **Very large growth:** at hundreds of millions of rows, queries that always filter on a date range benefit more because each partition's indexes stay small and cache-friendly.

At 40 million rows I'd keep the single table, keep the autovacuum settings tight, and revisit partitioning when you need to archive old data or the table grows by an order of magnitude. If your rows are inserted roughly in `created_at` order, a tiny BRIN index on `created_at` is also worth testing for range-only reports; it is a few hundred kilobytes instead of gigabytes.
"""),
    ],
))

# ---------------------------------------------------------------- 003
DIALOGUES.append(dlg(
    "k11b-003", "good", "zh",
    "Good: Chinese A/B-test statistics dialogue; correct p-value interpretation, a worked two-proportion z-test (z≈2.16, p≈0.031), the peeking problem, and a correct 95% CI for the lift.",
    [
        (H, r"""
我们在做一个 A/B 测试，结果 p 值是 0.03。这是不是说明新版本有 97% 的概率比旧版本好？
"""),
        (G, r"""
不是，这是对 p 值最常见的误解之一。

**p 值的定义**：假设原假设为真（也就是新旧版本其实没有差别），那么观察到和你现在一样极端、或者更极端的结果的概率。

所以 p = 0.03 的意思是：“如果两个版本真的一样，我们只有大约 3% 的机会看到这么大（或更大）的差异。”它说的是**数据在某个假设下有多罕见**，而不是**假设本身有多大概率成立**。

几个常见的错误说法：

- ❌ “原假设为真的概率是 3%”
- ❌ “新版本更好的概率是 97%”
- ❌ “结果有 97% 的把握可以复现”

如果你真正想回答的是“新版本更好的概率有多大”，那需要贝叶斯方法：给转化率设定先验分布，再结合数据算出后验，然后直接计算 P(新版转化率 > 旧版转化率 | 数据)。这个数字在先验比较宽的时候往往和 1 − p/2 接近，但它们在概念上是两回事，不能直接互换。

另外，p < 0.05 只说明差异“不太像是纯随机造成的”，并不说明差异**大**或者**有业务价值**，这一点在报告时也要分开说。
"""),
        (H, r"""
明白了。我们的数据是：对照组 10,000 人，转化 520 人；实验组 10,000 人，转化 590 人。这个 p 值是怎么算出来的？
"""),
        (G, r"""
这种情况用**双比例 z 检验**。步骤如下：

**1. 各组转化率**

| 组别 | 样本量 | 转化数 | 转化率 |
|---|---|---|---|
| 对照组 | 10,000 | 520 | 5.2% |
| 实验组 | 10,000 | 590 | 5.9% |

差异 = 5.9% − 5.2% = 0.7 个百分点。

**2. 合并转化率**（原假设下两组相同）

p̂ = (520 + 590) / 20,000 = 0.0555

**3. 标准误**

SE = √[ p̂(1 − p̂)(1/n₁ + 1/n₂) ] = √[ 0.0555 × 0.9445 × (2/10,000) ] ≈ 0.003238

**4. z 统计量**

z = 0.007 / 0.003238 ≈ 2.16

**5. 双侧 p 值**

p = 2 × (1 − Φ(2.16)) ≈ 0.031

和你们系统给出的 0.03 一致。用 Python 可以这样验证：

```python
from statsmodels.stats.proportion import proportions_ztest

z, p = proportions_ztest(count=[590, 520], nobs=[10000, 10000])
print(round(z, 3), round(p, 4))   # 约 2.162, 0.0306
```

注意这里用的是双侧检验（“新版和旧版不同”）。如果你们事先就只关心“新版是否更好”并且写进了实验计划，可以用单侧检验，p 值约为 0.015；但不能看到数据后再决定用单侧。
"""),
        (H, r"""
还有个问题：我们其实是每天都看一次 p 值，一旦小于 0.05 就打算停止实验。这样做有问题吗？
"""),
        (G, r"""
有问题，而且是很严重的问题，这叫做 **“偷看”（peeking）** 或可选停止。

原因是：即使两个版本完全没有差别，p 值也会随着数据累积而上下波动。你每看一次，就多一次“碰巧低于 0.05”的机会。设定的 5% 假阳性率只在**只看一次、在预定样本量时看**的前提下才成立。

经典的模拟结果（原假设为真时）大致是：

| 查看次数 | 实际假阳性率 |
|---|---|
| 1 次 | 5% |
| 5 次 | 约 14% |
| 10 次 | 约 19% |
| 20 次 | 约 25% |

也就是说，如果你们跑两到三周、每天看一次，“显著”的结果里有相当一部分可能只是噪声。

可行的解决办法：

1. **事先确定样本量**：根据最小可检测效应（MDE）、显著性水平和统计功效（一般 80%）算好样本量，跑满再看结论。中间可以看数据是否有 bug，但不据此做决定。
2. **序贯检验**：如果业务上确实需要提前停止，使用专门设计的方法，比如 O'Brien-Fleming 边界或 alpha 消耗函数（alpha spending），它们会在早期要求非常小的 p 值。
3. **始终有效的 p 值 / mSPRT**：很多实验平台（如 Optimizely 的统计引擎）采用这种方法，允许随时查看。
4. **贝叶斯方法**：报告后验概率和期望损失，但同样需要事先定好决策规则。
"""),
        (H, r"""
最后，0.7 个百分点的提升在业务上算有意义吗？报告里应该怎么写？
"""),
        (G, r"""
报告时建议同时给出效应大小和置信区间，而不只是 p 值。

- 绝对提升：0.7 个百分点（5.2% → 5.9%）
- 相对提升：0.7 / 5.2 ≈ 13.5%
- 差值的 95% 置信区间（非合并标准误 ≈ 0.003238）：0.007 ± 1.96 × 0.003238，约为 **[0.07, 1.33] 个百分点**

可以这样写：“实验组转化率比对照组高 0.7 个百分点（相对提升 13.5%，95% CI：0.07–1.33 个百分点，p = 0.031）。”

是否“有意义”要看业务：区间下限 0.07 个百分点几乎可以忽略，上限则相当可观，说明估计还比较不精确。如果你们事先定的最小有价值提升是 0.5 个百分点，那结论应是“方向上支持新版，但幅度尚不确定”。
"""),
    ],
))

# ---------------------------------------------------------------- 004
DIALOGUES.append(dlg(
    "k11b-004", "placeholder", "en",
    "Placeholder: the turn-3 note for the accountant contains unfilled slots <<EMPLOYEE_FULL_NAME>> and %SUTA_RATE% although the name (Dana Ruiz) and rate (2.7%) were given.",
    [
        (H, r"""
I run a 6-person design studio and just moved payroll in-house. First paycheck of the year, paid January 15: Dana Ruiz, semi-monthly gross $4,200, contributes 5% to a traditional 401(k). Federal income tax withholding from the tables is $412 and state withholding is $168. Can you walk me through her net pay?
"""),
        (G, r"""
Sure. The order matters because a traditional 401(k) deferral reduces income-tax wages but **not** Social Security and Medicare wages.

| Item | Basis | Amount |
|---|---|---|
| Gross pay | | $4,200.00 |
| 401(k) deferral | 5% × $4,200 | −$210.00 |
| Social Security | 6.2% × $4,200 | −$260.40 |
| Medicare | 1.45% × $4,200 | −$60.90 |
| Federal income tax | from tables (on $3,990) | −$412.00 |
| State income tax | from tables | −$168.00 |
| **Net pay** | | **$3,088.70** |

A few notes:

- FICA (Social Security + Medicare) is calculated on the full $4,200 because 401(k) deferrals are still subject to FICA.
- Federal and state withholding should be looked up on wages after the deferral, $3,990, which is presumably what your $412 and $168 already reflect.
- Social Security stops once her year-to-date wages reach that year's wage base; at $4,200 twice a month she won't get near it. Medicare has no cap, and an extra 0.9% applies only above $200,000.

Double-check: 4,200 − 210 − 260.40 − 60.90 − 412 − 168 = 3,088.70.
"""),
        (H, r"""
What's the journal entry on payday?
"""),
        (G, r"""
On January 15 you record the gross wages as an expense, the withholdings as liabilities you now owe to the IRS, the state and the 401(k) provider, and the net pay as cash going out:

| Account | Debit | Credit |
|---|---|---|
| Salaries & Wages Expense | 4,200.00 | |
| Social Security Tax Payable (employee) | | 260.40 |
| Medicare Tax Payable (employee) | | 60.90 |
| Federal Income Tax Withheld Payable | | 412.00 |
| State Income Tax Withheld Payable | | 168.00 |
| 401(k) Contributions Payable | | 210.00 |
| Cash | | 3,088.70 |
| **Totals** | **4,200.00** | **4,200.00** |

Each payable is cleared later with a debit when you make the deposit: the federal amounts via EFTPS, the state amount through your state's portal, and the 401(k) amount when you remit it to the plan. Remit 401(k) deferrals promptly; the Department of Labor expects them as soon as they can reasonably be separated from company assets, and small plans have a 7-business-day safe harbor.
"""),
        (H, r"""
And the employer side? Our state unemployment rate is 2.7%. Also, could you write a short note I can attach to the entry for our outside accountant?
"""),
        (G, r"""
The employer owes its own share of payroll taxes on top of what was withheld from Dana:

- **Social Security match:** 6.2% × $4,200 = $260.40
- **Medicare match:** 1.45% × $4,200 = $60.90
- **FUTA:** 0.6% × $4,200 = $25.20 (the net rate after the full state credit; applies to the first $7,000 of her wages each year)
- **SUTA:** 2.7% × $4,200 = $113.40 (your state's taxable wage base applies; check it, since it varies widely by state)

| Account | Debit | Credit |
|---|---|---|
| Payroll Tax Expense | 459.90 | |
| Social Security Tax Payable (employer) | | 260.40 |
| Medicare Tax Payable (employer) | | 60.90 |
| FUTA Payable | | 25.20 |
| SUTA Payable | | 113.40 |

Here is a note you can attach:

> **Payroll entry: pay date January 15**
> Employee: <<EMPLOYEE_FULL_NAME>>, semi-monthly gross $4,200.00, 5% traditional 401(k) deferral ($210.00).
> Entry 1 records gross wages, employee withholdings (FICA $321.30, FIT $412.00, SIT $168.00, 401(k) $210.00) and net pay of $3,088.70.
> Entry 2 records employer taxes of $459.90: FICA match $321.30, FUTA $25.20 at 0.6%, and SUTA $113.40 at %SUTA_RATE%.
> FICA and FUTA will be deposited per our depositor schedule; SUTA is filed quarterly with the state.

Keep the note with the payroll register for that pay date so the accountant can tie each payable to its deposit.
"""),
        (H, r"""
When do I actually have to deposit the federal taxes?
"""),
        (G, r"""
It depends on your **deposit schedule**, which the IRS assigns based on a lookback period:

- **Monthly depositor:** if you reported $50,000 or less of Form 941 taxes in the lookback period. Deposit each month's taxes by the 15th of the following month, so January's liabilities are due February 15.
- **Semiweekly depositor:** if you reported more than $50,000. Payroll paid Wednesday–Friday is due the following Wednesday; payroll paid Saturday–Tuesday is due the following Friday.
- **New employers** with no lookback history are monthly depositors for their first calendar year.
- **$100,000 next-day rule:** if you accumulate $100,000 or more of liability on any day, deposit by the next business day and you become a semiweekly depositor.

"Form 941 taxes" means federal income tax withheld plus both halves of Social Security and Medicare. All federal deposits go through EFTPS.

Separately, Form 941 itself is filed quarterly: by April 30, July 31, October 31 and January 31.

**FUTA** works differently: you deposit it only once the accumulated, undeposited liability exceeds $500, by the last day of the month after the quarter ends. Otherwise it rolls forward and you settle it with Form 940 by January 31.

State withholding and SUTA deadlines are set by your state.
"""),
        (H, r"""
When will Dana hit the $7,000 FUTA wage base?
"""),
        (G, r"""
On her second paycheck of the year.

- January 15: $4,200 is FUTA-taxable → FUTA $25.20, year-to-date wages $4,200
- January 31: only $7,000 − $4,200 = $2,800 is taxable → FUTA $16.80
- From February onward: $0 FUTA for Dana for the rest of the year

Her total FUTA for the year is $42.00 (0.6% × $7,000). Your SUTA wage base is separate and often higher, so SUTA may continue for several more paychecks.
"""),
    ],
))

# ---------------------------------------------------------------- 005
DIALOGUES.append(dlg(
    "k11b-005", "misaligned", "en",
    "Misaligned: replies to turns 2 and 3 are swapped; the turn-2 question about a stale fetch in useEffect gets the array-mutation/immutability answer, and the turn-3 push() question gets the AbortController race-condition answer.",
    [
        (H, r"""
React question. I have a counter and in the click handler I call `setCount(count + 1)` three times in a row, expecting +3, but it only goes up by 1. Why?
"""),
        (G, r"""
Because `count` inside your handler is a **snapshot** of the state from the render in which the handler was created. All three calls read the same value:

```jsx
// count is 0 during this render
setCount(count + 1); // setCount(1)
setCount(count + 1); // setCount(1)
setCount(count + 1); // setCount(1)
```

React batches the three updates and applies them in order, but each one just says "set it to 1", so the result is 1.

When the next value depends on the previous one, use the **updater function** form. React passes each updater the latest pending value:

```jsx
setCount(c => c + 1); // 0 -> 1
setCount(c => c + 1); // 1 -> 2
setCount(c => c + 1); // 2 -> 3
```

Now you get +3. A good habit is to use the updater form any time you compute new state from old state, especially inside handlers, timeouts and effects where the captured value can be stale.
"""),
        (H, r"""
Second bug. I load a user profile when `userId` changes:

```jsx
useEffect(() => {
  fetch(`/api/users/${userId}`)
    .then(r => r.json())
    .then(data => setProfile(data));
}, [userId]);
```

If I click quickly between users, sometimes the profile of the previous user shows up for the one I selected. What's going on?
"""),
        (G, r"""
You're mutating the existing array and then passing the **same reference** back to React:

```jsx
items.push(newItem);
setItems(items); // same array object as before
```

React decides whether to re-render by comparing the old and new state with `Object.is`. Since it's the same array object, React concludes nothing changed and skips the update. The data did change, but React never finds out, and you also broke the "state is a snapshot" assumption for any code that still holds the old render's `items`.

Create a new array instead:

```jsx
setItems(prev => [...prev, newItem]);
```

The same rule applies to every operation:

| Goal | Mutating (avoid) | Immutable (use) |
|---|---|---|
| add | `push`, `unshift` | `[...prev, x]`, `[x, ...prev]` |
| remove | `splice` | `prev.filter(i => i.id !== id)` |
| replace | `arr[i] = x` | `prev.map(i => i.id === id ? x : i)` |
| sort | `sort()` in place | `[...prev].sort(...)` or `toSorted()` |

For objects it's the same idea: `setUser(u => ({ ...u, name: 'Ana' }))` rather than `user.name = 'Ana'`. If nested updates get verbose, Immer's `produce` (or the `useImmer` hook) lets you write mutating-looking code that produces a new object under the hood.
"""),
        (H, r"""
Third one. I add items to a list like this, and the list doesn't re-render:

```jsx
function addItem(newItem) {
  items.push(newItem);
  setItems(items);
}
```
"""),
        (G, r"""
That's a race condition. Each change of `userId` starts a new request, but nothing cancels the old one. If you go from user 1 to user 2 quickly and the request for user 1 happens to finish **after** the request for user 2, the last `setProfile` call wins, and it carries user 1's data.

The fix is to make each effect run ignore (or abort) its own request once it's been superseded. The cleanup function runs before the next effect, so it's the right place:

```jsx
useEffect(() => {
  const controller = new AbortController();

  fetch(`/api/users/${userId}`, { signal: controller.signal })
    .then(r => r.json())
    .then(data => setProfile(data))
    .catch(err => {
      if (err.name !== 'AbortError') throw err;
    });

  return () => controller.abort();
}, [userId]);
```

If your fetching code can't be aborted, a boolean flag works too:

```jsx
useEffect(() => {
  let ignore = false;
  fetchUser(userId).then(data => {
    if (!ignore) setProfile(data);
  });
  return () => { ignore = true; };
}, [userId]);
```

In development, React 18 StrictMode mounts effects twice on purpose, which tends to expose exactly this kind of missing cleanup. For larger apps, libraries like TanStack Query or SWR handle cancellation, caching and deduplication for you.
"""),
        (H, r"""
Is there a lint rule that would have caught any of these?
"""),
        (G, r"""
Partly.

- **`eslint-plugin-react-hooks`** is the big one. `react-hooks/rules-of-hooks` catches hooks called conditionally, and `react-hooks/exhaustive-deps` warns when an effect or callback uses a value that's missing from its dependency array, which is a frequent source of stale-state bugs. It's included by default in Create React App, Vite's React template and Next.js.
- **No standard rule catches state mutation** like `items.push` followed by `setItems(items)`, because ESLint can't reliably tell that `items` came from `useState`. Options are `eslint-plugin-functional` (its `immutable-data` rule flags mutations, though it's noisy), using TypeScript with `ReadonlyArray<Item>` for state types so `push` is a type error, or Immer so mutation-style code is safe.
- **Race conditions** aren't lintable; StrictMode's double-invoked effects in development and a data-fetching library are your best defences.

The TypeScript `readonly` trick is underrated: `useState<readonly Item[]>([])` makes `items.push(...)` fail to compile.
"""),
    ],
))
