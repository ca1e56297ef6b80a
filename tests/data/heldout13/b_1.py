# -*- coding: utf-8 -*-
# Hand-written dialogues m13b-001 .. m13b-004

DIALOGUES = []

# ---------------------------------------------------------------- 001
DIALOGUES.append({
    "id": "m13b-001",
    "label": "good",
    "language": "en",
    "note": "Good: learner works through Rust lifetime errors step by step; every reply is correct, specific, with compiling code, consistent across 4 turns.",
    "conv": [
        ("human", """I'm learning Rust and I get "missing lifetime specifier" on this:

```rust
fn longest(a: &str, b: &str) -> &str {
    if a.len() > b.len() { a } else { b }
}
```

What does the compiler actually want from me?"""),
        ("gpt", """It wants you to say which input the returned reference borrows from.

Rust has three **lifetime elision rules** that let you skip annotations in common cases:

1. Every reference parameter gets its own lifetime.
2. If there is exactly one input lifetime, it is assigned to all output references.
3. If one of the parameters is `&self` or `&mut self`, its lifetime is assigned to the outputs.

Your function has two reference inputs and no `self`, so rules 2 and 3 don't apply. The returned `&str` could come from `a` or from `b`, and the compiler refuses to guess, because callers need to know how long the result stays valid.

The fix is to tie all three together with one named lifetime:

```rust
fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() > b.len() { a } else { b }
}
```

Read it as: "for some lifetime `'a` during which both `a` and `b` are valid, the result is also valid for `'a`." In practice the compiler picks `'a` as the *overlap* of the two borrows, i.e. the shorter one.

Important: annotations don't change how long anything lives. They only describe relationships so the borrow checker can verify every call site."""),
        ("human", """OK, that compiles. But now main fails:

```rust
let result;
let a = String::from("long string");
{
    let b = String::from("xyz");
    result = longest(a.as_str(), b.as_str());
}
println!("{}", result);
```

It says `b` does not live long enough. But `a` is longer, so `a` is what gets returned. Why does it care about `b`?"""),
        ("gpt", """Because the borrow checker works from the **signature**, not from what happens at runtime.

The signature promises only this: the result lives no longer than the shorter of the two inputs. At the call site, `'a` becomes the region where both `a` and `b` are borrowed, and `b` is dropped at the inner `}`. So `result` is only valid until that brace, and your `println!` uses it after that. The fact that `a` happens to be longer is a runtime detail. With other strings the function would return `b`, and the compiler has to reject code that *could* leave a dangling reference.

Ways to fix it, depending on what you need:

- **Use the result inside the block:** move the `println!` above the closing brace.
- **Extend `b`'s lifetime:** declare `b` in the outer scope next to `a`.
- **Return an owned value:** `fn longest(a: &str, b: &str) -> String` and call `.to_string()` on the winner. That costs an allocation but removes the borrow entirely.
- **Change the contract:** if the function really only ever returns something from `a`, say so:

```rust
fn first_word<'a, 'b>(a: &'a str, _b: &'b str) -> &'a str {
    a.split_whitespace().next().unwrap_or("")
}
```

Now the output depends only on `'a`, and your original `main` would compile, since `b` no longer constrains `result`."""),
        ("human", "When do I need lifetimes on a struct? The book mentions it but I don't see why I'd store references instead of Strings."),
        ("gpt", """You need a lifetime parameter whenever a struct holds a reference. The usual reason to do it is to avoid copying: a parser or tokenizer that hands out slices of one big input buffer, with no allocation per token.

```rust
struct Parser<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn new(input: &'a str) -> Self {
        Parser { input, pos: 0 }
    }

    fn next_word(&mut self) -> Option<&'a str> {
        let rest = &self.input[self.pos..];
        let trimmed = rest.trim_start();
        if trimmed.is_empty() {
            return None;
        }
        let start = self.pos + (rest.len() - trimmed.len());
        let end = trimmed
            .find(char::is_whitespace)
            .map(|i| start + i)
            .unwrap_or(self.input.len());
        self.pos = end;
        Some(&self.input[start..end])
    }
}
```

Note the return type `Option<&'a str>`. If you wrote `Option<&str>`, elision rule 3 would tie the result to the `&mut self` borrow, and you couldn't keep a word while calling `next_word` again. With `'a`, the words borrow from the *original input*, not from the parser:

```rust
let text = String::from("alpha beta gamma");
let mut p = Parser::new(&text);
let mut words = Vec::new();
while let Some(w) = p.next_word() {
    words.push(w); // fine: w borrows `text`, not `p`
}
```

Rule of thumb: use owned `String` fields for data the struct should own long-term. Use `&'a str` for short-lived views over data that something else owns."""),
        ("human", "Last one: what does 'static actually mean? thread::spawn requires T: 'static but I'm passing Strings, not string literals, and it works."),
        ("gpt", """`'static` shows up in two different places and means something slightly different in each:

**1. `&'static T`, a reference with the static lifetime.** The data it points to stays valid for the rest of the program. String literals (`&'static str`), `static` items, and memory deliberately leaked with `Box::leak` qualify.

**2. `T: 'static`, a bound on a type.** This does *not* mean the value lives forever. It means the type contains **no borrowed references with a shorter lifetime**, so a holder could keep it alive as long as it likes. Every owned type satisfies it: `String`, `Vec<u8>`, `i32`, `Arc<Mutex<HashMap<..>>>`. A `&'a str` with a non-static `'a` does not.

That is why `thread::spawn` works with your Strings. Its signature is roughly:

```rust
pub fn spawn<F, T>(f: F) -> JoinHandle<T>
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
```

The new thread might outlive the function that spawned it, so the closure can't borrow locals. A `move` closure that *owns* a `String` is `'static`. One that borrows `&name` from the caller's stack is not:

```rust
let name = String::from("worker");
std::thread::spawn(move || println!("{name}")); // OK: closure owns `name`
```

If you do want threads that borrow local data, use `std::thread::scope` (stable since Rust 1.63). The scope guarantees all its threads are joined before it returns, so `'static` isn't required."""),
    ],
})

# ---------------------------------------------------------------- 002
DIALOGUES.append({
    "id": "m13b-002",
    "label": "contradiction",
    "language": "en",
    "note": "Contradiction (subtle): turn 5 runbook table gives startupProbe failureThreshold 40 / 200 s budget, but turn 1 configured failureThreshold 30 (5 s x 30 = 150 s).",
    "conv": [
        ("human", """My pod keeps restarting in a loop. It's a Spring Boot app that needs about 90 seconds to start. Liveness probe:

```yaml
livenessProbe:
  httpGet:
    path: /actuator/health
    port: 8080
  initialDelaySeconds: 10
  periodSeconds: 10
  failureThreshold: 3
```

Why does it never come up?"""),
        ("gpt", """The liveness probe kills it before it finishes starting.

The timeline with your settings:

- t = 10 s: first probe. The app isn't listening yet, so it fails (1/3).
- t = 20 s: fails (2/3).
- t = 30 s: fails (3/3). The kubelet restarts the container.

The app needs ~90 s, so it never gets there. Each restart also grows the CrashLoopBackOff delay.

You could raise `initialDelaySeconds` to 120, but that delays failure detection on *every* start, and it breaks again when startup gets slower. The right tool is a **startupProbe**. While it is running, liveness and readiness probes are disabled. Once it succeeds, they take over.

```yaml
startupProbe:
  httpGet:
    path: /actuator/health/liveness
    port: 8080
  periodSeconds: 5
  failureThreshold: 30      # 5 s x 30 = up to 150 s to start
livenessProbe:
  httpGet:
    path: /actuator/health/liveness
    port: 8080
  periodSeconds: 10
  failureThreshold: 3
readinessProbe:
  httpGet:
    path: /actuator/health/readiness
    port: 8080
  periodSeconds: 5
  failureThreshold: 3
```

This gives the app up to 150 s to start, which leaves headroom over your 90 s. A fast start is detected within 5 s. After startup, a hung app is still restarted within about 30 s."""),
        ("human", "What's the actual difference between readiness and liveness? Can't I just point both at /actuator/health?"),
        ("gpt", """They trigger very different actions:

| Probe | On failure | Purpose |
|---|---|---|
| Liveness | Container is **restarted** | Detect a stuck process (deadlock, wedged event loop) |
| Readiness | Pod is **removed from Service endpoints**, no restart | Stop sending traffic while the pod can't serve it |

Pointing both at `/actuator/health` is a common cause of outages. By default that endpoint aggregates dependency checks: database, Redis, disk space. Imagine the database goes down for two minutes:

- Readiness fails, and the pods stop getting traffic. That's reasonable.
- Liveness *also* fails, so every pod restarts. The restarts don't fix the database, pods come back and fail again, and you now have a restart storm on top of a database incident.

Liveness should answer only "is this process alive and able to make progress?" Spring Boot 2.3+ exposes exactly that split:

- `/actuator/health/liveness`: internal application state only.
- `/actuator/health/readiness`: whether the app is ready to accept traffic. You can add dependency checks here with `management.endpoint.health.group.readiness.include=readinessState,db`.

These probe groups turn on automatically when Spring Boot detects it's running on Kubernetes. Locally you can enable them with `management.endpoint.health.probes.enabled=true`."""),
        ("human", "A colleague suggested exec probes with curl instead of httpGet. Any reason to prefer one?"),
        ("gpt", """Prefer `httpGet` for an HTTP service. Reasons:

- **No binary dependency.** The kubelet sends the HTTP request itself. With exec, `curl` must exist inside the image, and it doesn't in distroless or minimal JRE images.
- **Lower overhead.** An exec probe forks a process in the container every period. That's cheap once, but it adds up across many pods at a 5 s period, and it counts against the container's CPU and PID limits.
- **Clearer failure semantics.** httpGet treats 200–399 as success and shows the status code in events. With exec you have to get `curl -f` and the timeouts right yourself.

Exec probes make sense when the health check isn't HTTP: running `pg_isready`, checking a file a worker touches, or calling a CLI. For plain TCP services there's `tcpSocket`, and for gRPC services there's the native `grpc` probe (GA since Kubernetes 1.27)."""),
        ("human", "Unrelated to restarts, but during rolling deploys we see a few seconds of 502s from the ingress while old pods terminate. Is that a probe problem?"),
        ("gpt", """Not really. It's the classic termination race, and probes don't solve it.

When a pod is deleted, two things happen **in parallel**:

1. The kubelet sends SIGTERM to the container.
2. The endpoint controller removes the pod from the Service, and that change spreads to kube-proxy and the ingress controller. This can take a few seconds.

If the app stops accepting connections right after SIGTERM, the ingress still routes some requests to it during those seconds, and you get 502s.

Fix it on both sides:

```yaml
spec:
  terminationGracePeriodSeconds: 45
  containers:
    - name: app
      lifecycle:
        preStop:
          exec:
            command: ["sh", "-c", "sleep 10"]
```

and in `application.properties`:

```properties
server.shutdown=graceful
spring.lifecycle.timeout-per-shutdown-phase=20s
```

The `preStop` sleep holds off SIGTERM for 10 s while endpoints are removed. Graceful shutdown then lets in-flight requests finish for up to 20 s. The grace period (45 s) must cover both, because 10 + 20 = 30 plus some margin. If your image has no `sh`, Kubernetes 1.30+ supports a native `sleep` action in `preStop`.

Also set `maxUnavailable: 0` and `maxSurge: 1` in the rolling update strategy. The readiness probe makes sure new pods only get traffic once they're ready."""),
        ("human", "Great. Can you summarise the final timings in one table so I can paste it into our runbook?"),
        ("gpt", """Here's the runbook summary:

| Setting | Value | Effect |
|---|---|---|
| startupProbe `periodSeconds` | 5 s | Startup is checked every 5 s |
| startupProbe `failureThreshold` | 40 | Up to 200 s allowed for startup before a restart |
| livenessProbe `periodSeconds` / `failureThreshold` | 10 s / 3 | Hung app restarted after ~30 s |
| readinessProbe `periodSeconds` / `failureThreshold` | 5 s / 3 | Pod pulled from endpoints after ~15 s of failures |
| Probe endpoints | `/actuator/health/liveness`, `/actuator/health/readiness` | Liveness ignores dependencies |
| `preStop` | `sleep 10` | Lets endpoint removal propagate before SIGTERM |
| `spring.lifecycle.timeout-per-shutdown-phase` | 20 s | In-flight requests drained |
| `terminationGracePeriodSeconds` | 45 s | Covers preStop + drain + margin |
| Rolling update | `maxSurge: 1`, `maxUnavailable: 0` | No capacity dip during deploys |

Notes for on-call:

- If startup time grows (e.g. a bigger Flyway migration), raise the startup `failureThreshold` rather than `initialDelaySeconds`.
- A CrashLoopBackOff with `Liveness probe failed` in `kubectl describe pod` usually means a deadlock or a long GC pause, not a dependency outage.
- 502s during deploys point to the shutdown settings, not the probes."""),
    ],
})

# ---------------------------------------------------------------- 003
DIALOGUES.append({
    "id": "m13b-003",
    "label": "placeholder",
    "language": "zh",
    "note": "Placeholder: last assistant reply (turn 3) contains unfilled slots '<插入日期>' and '[文件名].xlsx'.",
    "conv": [
        ("human", "我有一张销售明细表，列是：日期、地区、销售员、产品、数量、金额，大概两万行。想按月份和地区汇总金额，用数据透视表应该怎么做？"),
        ("gpt", """可以按下面的步骤来，大概两分钟就能做好：

**1. 先把数据区域转换成"表格"**
点击数据区域任意单元格，按 `Ctrl + T`，勾选"表包含标题"。这样做的好处是以后新增行时，透视表的数据源会自动扩展，不用手动改范围。

**2. 插入数据透视表**
「插入」→「数据透视表」，来源选刚才的表（例如"表1"），放置位置选"新工作表"。

**3. 拖放字段**
- **行**：日期
- **列**：地区
- **值**：金额（默认就是"求和项：金额"）

在较新的 Excel（2016 及以后）里，把日期拖到行区域后，它通常会自动分组成"年 / 季度 / 月"。如果没有自动分组，就在任意日期上右键 →「组合」，同时选中"月"和"年"。一定要把"年"也选上，否则不同年份的 1 月会被合并到一起。

**4. 调整显示**
右键金额 →「值字段设置」→「数字格式」，选千位分隔符、0 位小数，表格会清爽很多。

**常见问题**：如果右键组合时提示"选定区域不能分组"，几乎都是因为日期列里混有文本格式的日期或空白单元格。可以用「数据」→「分列」→ 直接完成，把文本日期统一转换成真正的日期值，然后刷新透视表再试。"""),
        ("human", "做好了！我还想看每个地区的金额占总额的百分比，另外老板要同比增长率，这个怎么弄？"),
        ("gpt", """这两个都可以用「值显示方式」实现，不需要写公式。

**一、各地区占比**
1. 把"金额"再拖一次到「值」区域，会出现"求和项：金额2"。
2. 右键它 →「值显示方式」→「行汇总的百分比」。

因为地区在列上，"行汇总的百分比"表示每个月里各地区占当月合计的比例。如果你想看的是每个地区占全年总额的比例，就选「总计的百分比」。

**二、同比增长率**
同比需要"年"和"月"是两个独立的字段：
1. 确认行区域里有"年"和"月"（自动分组后就是"年""季度""月"，可以把"季度"拖掉）。为了方便比较，可以把"年"拖到列区域、"月"留在行区域。
2. 再把"金额"拖一次到值区域，右键 →「值显示方式」→「差异百分比」。
3. 基本字段选 **年**，基本项选 **（上一个）**。

这样每个月都会显示相对去年同月的增长率。第一年没有可比较的数据，会显示为空白，这是正常的。

**小技巧**：三个值字段可以在「值字段设置」里改名，比如"销售额""占比""同比"。注意名字不能和原字段名完全相同，可以在后面加一个空格来规避。"""),
        ("human", "最后，老板想要一个能点按钮筛选地区的报表，而且每个月数据更新后能自动刷新，有办法吗？"),
        ("gpt", """有的，用"切片器 + 日程表 + 自动刷新"就能做成一个简单的交互式报表。

**1. 插入切片器（按钮式筛选）**
点击透视表 →「数据透视表分析」→「插入切片器」→ 勾选"地区"。会出现一组按钮，点一下就筛选对应地区，按住 `Ctrl` 可以多选。还可以在「切片器」选项卡里把"列"设为 4，让按钮横向排列，更像仪表盘。

**2. 插入日程表（按时间筛选）**
同一个选项卡 →「插入日程表」→ 选"日期"。拖动时间条就能选择任意月份区间，比筛选下拉菜单直观得多。

**3. 多个透视表联动**
如果你还做了按产品汇总的第二个透视表，右键切片器 →「报表连接」，勾选所有相关透视表，一个按钮就能同时控制它们。

**4. 自动刷新**
- 因为数据源是"表格"，新数据直接粘贴到表的下方即可，表会自动扩展。
- 右键透视表 →「数据透视表选项」→「数据」选项卡 → 勾选「打开文件时刷新数据」。
- 手动刷新快捷键是 `Ctrl + Alt + F5`（全部刷新）。

**5. 发布前的检查**
建议在报表顶部注明数据截至日期：<插入日期>，并把文件另存为 [文件名].xlsx 放到共享盘，方便老板随时打开查看。

另外，把切片器和日程表放在透视表上方，再把网格线隐藏（「视图」→ 取消「网格线」），整个报表看起来就很专业了。"""),
    ],
})

# ---------------------------------------------------------------- 004
DIALOGUES.append({
    "id": "m13b-004",
    "label": "good",
    "language": "en",
    "note": "Good: PostgreSQL index tuning over 5 turns; accurate advice (composite index order, CONCURRENTLY, partial/INCLUDE indexes, pg_stat views) with SQL examples; consistent throughout.",
    "conv": [
        ("human", """Postgres 15, `orders` table with ~40M rows. This query takes about 4 seconds:

```sql
SELECT * FROM orders
WHERE customer_id = 123 AND status = 'shipped'
ORDER BY created_at DESC
LIMIT 20;
```

There's already an index on `customer_id`. What index should I add?"""),
        ("gpt", """Add a composite index that matches the filter *and* the sort:

```sql
CREATE INDEX CONCURRENTLY idx_orders_cust_status_created
    ON orders (customer_id, status, created_at DESC);
```

Why this order:

1. **Equality columns first** (`customer_id`, `status`). The index narrows straight to the block of entries for customer 123 with status 'shipped'.
2. **Sort column last** (`created_at DESC`). Inside that block the entries are already in the order you want. Postgres reads the first 20 and stops. There's no sort step, and it never touches the customer's other orders.

With only the `customer_id` index, Postgres probably fetches *all* of that customer's rows, filters on status, sorts them, and then keeps 20. For a big customer that's thousands of random heap reads.

`CONCURRENTLY` builds the index without blocking writes. It takes longer and can't run inside a transaction block. If it fails partway, it leaves an `INVALID` index that you need to drop and rebuild.

Check the result with:

```sql
EXPLAIN (ANALYZE, BUFFERS)
SELECT * FROM orders
WHERE customer_id = 123 AND status = 'shipped'
ORDER BY created_at DESC LIMIT 20;
```

You want `Limit -> Index Scan using idx_orders_cust_status_created`, with no `Sort` node and a small `Buffers: shared hit/read` count."""),
        ("human", "Do I still need the old single-column customer_id index after that?"),
        ("gpt", """Most likely not. A B-tree index can serve any query that filters on its **leftmost columns**, so `(customer_id, status, created_at)` also handles `WHERE customer_id = 123` by itself. It's slightly larger per entry, but that rarely matters.

Dropping the redundant index saves disk space and makes every `INSERT`/`UPDATE` on `orders` a bit cheaper, since each index has to be maintained.

Before dropping it, check that nothing relies on it specifically:

```sql
SELECT indexrelname, idx_scan, pg_size_pretty(pg_relation_size(indexrelid))
FROM pg_stat_user_indexes
WHERE relname = 'orders';
```

Let the new index run in production for a few days, then look at whether `idx_scan` on the old one still increases. If it's flat:

```sql
DROP INDEX CONCURRENTLY idx_orders_customer_id;
```

One note: if `customer_id` is a foreign key to `customers`, Postgres uses an index on the referencing column when you delete or update a customer. The composite index covers that too, because `customer_id` is its leading column."""),
        ("human", "A colleague says indexing `status` is pointless because it only has 4 values and 95% of rows are 'shipped'. Is he right?"),
        ("gpt", """He's right about a **standalone** index on `status`, but not about this composite one.

- `CREATE INDEX ON orders (status)` alone would be nearly useless for `status = 'shipped'`. The planner knows from statistics that 95% of rows match, and a sequential scan is cheaper than 38M index lookups.
- Inside `(customer_id, status, created_at)`, `status` is only a middle key. Once you're inside customer 123's entries, it separates shipped from non-shipped so that the `created_at` ordering applies to the right subset. Low cardinality doesn't hurt there.

Where low-cardinality columns really help is a **partial index** on the *rare* values. If you often run something like "all pending orders, oldest first":

```sql
CREATE INDEX CONCURRENTLY idx_orders_pending
    ON orders (created_at)
    WHERE status = 'pending';
```

This index contains only the ~5% of rows that aren't shipped (or fewer), so it's small and fast. The planner uses it when the query's `WHERE` clause implies `status = 'pending'`."""),
        ("human", "It's now 3 ms instead of 4 seconds. Out of curiosity, could I make it an index-only scan?"),
        ("gpt", """Not with `SELECT *`. An index-only scan needs **every column the query returns** to be in the index, and `*` includes the whole row.

If the query only needs a few columns, you can add them as non-key payload with `INCLUDE` (Postgres 11+):

```sql
CREATE INDEX CONCURRENTLY idx_orders_cust_status_created_incl
    ON orders (customer_id, status, created_at DESC)
    INCLUDE (id, total_amount);

SELECT id, created_at, total_amount FROM orders
WHERE customer_id = 123 AND status = 'shipped'
ORDER BY created_at DESC LIMIT 20;
```

The second requirement is the **visibility map**. Postgres can skip the heap only for pages marked all-visible, which happens after `VACUUM`. On a table with heavy updates, `EXPLAIN ANALYZE` may show `Index Only Scan ... Heap Fetches: 18` because the pages weren't vacuumed yet. Autovacuum usually keeps up, but hot tables sometimes need a lower `autovacuum_vacuum_scale_factor`.

Honestly, for `LIMIT 20` it won't matter much: at most 20 heap fetches, and you're at 3 ms already. The big win was removing the sort. `INCLUDE` is worth it for queries that return thousands of rows from the index."""),
        ("human", "How do I find other queries that are missing indexes across the whole database?"),
        ("gpt", """Use Postgres's own statistics, from broad to specific:

**1. Find the expensive queries: `pg_stat_statements`**
Add it to `shared_preload_libraries`, restart, run `CREATE EXTENSION pg_stat_statements;`, then:

```sql
SELECT left(query, 80) AS query, calls,
       round(total_exec_time::numeric) AS total_ms,
       round(mean_exec_time::numeric, 1) AS mean_ms
FROM pg_stat_statements
ORDER BY total_exec_time DESC
LIMIT 10;
```

Sort by *total* time, not mean. A 20 ms query called 2 million times matters more than one 5 s report.

**2. Tables read by sequential scans**

```sql
SELECT relname, seq_scan, seq_tup_read, idx_scan, n_live_tup
FROM pg_stat_user_tables
ORDER BY seq_tup_read DESC
LIMIT 10;
```

A large table with a high `seq_tup_read` and few `idx_scan` is a strong candidate.

**3. Capture real plans: `auto_explain`**
Set `auto_explain.log_min_duration = '500ms'` and `auto_explain.log_analyze = on` (analyze has overhead, so use it carefully in production). Slow queries then get their plans written to the log, and you can look for `Seq Scan` and `Sort` nodes with big row counts.

**4. Test before building: HypoPG**
The `hypopg` extension lets you create hypothetical indexes and see whether `EXPLAIN` would use them, without the cost of building a real index on 40M rows.

**5. Clean up in the other direction**
`pg_stat_user_indexes` rows with `idx_scan = 0` over a representative period are unused indexes. They slow down writes for no benefit. Exclude indexes that back primary keys and unique constraints."""),
    ],
})
