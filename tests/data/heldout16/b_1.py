from b_common import D

DIALOGUES = []

# 001 good en SQL tuning, 5 turns
DIALOGUES.append(D("m16b-001", "good", "en",
"Good: coherent Postgres query-tuning session; EXPLAIN reading, composite index, write cost and safe index drop are all correct and consistent.",
[
r"""I've got a Postgres 15 query that takes around 9 seconds on an orders table with about 40 million rows:

```sql
SELECT id, customer_id, total, created_at
FROM orders
WHERE customer_id = 4821 AND status = 'shipped'
ORDER BY created_at DESC
LIMIT 20;
```

There's already an index on customer_id. Why is it still so slow?""",
r"""An index on `customer_id` alone only solves part of the problem. To answer this query Postgres has to (1) find the rows for customer 4821, (2) throw away the ones that aren't `shipped`, and (3) sort what's left by `created_at` before it can return the top 20. With a single-column index, steps 2 and 3 happen on heap rows, so a customer with a few hundred thousand orders means a lot of random I/O plus a sort.

There's a second possibility that is very common with `ORDER BY ... LIMIT`: the planner may decide *not* to use your `customer_id` index at all, and instead walk an index on `created_at` backwards, hoping to hit 20 matching rows quickly. If this customer's shipped orders are rare or old, that gamble goes badly.

Before changing anything, look at what is actually happening:

```sql
EXPLAIN (ANALYZE, BUFFERS)
SELECT id, customer_id, total, created_at
FROM orders
WHERE customer_id = 4821 AND status = 'shipped'
ORDER BY created_at DESC
LIMIT 20;
```

Things to look for:

- Which index is used (`Index Scan using ...`).
- `Rows Removed by Filter`: a big number means the index isn't selective for this query.
- A `Sort` node with `Sort Method: external merge`: the sort spilled to disk.
- `Buffers: shared read=...`: high reads mean you're going to disk.

The usual fix is a composite index that matches the query shape, equality columns first, then the sort column:

```sql
CREATE INDEX CONCURRENTLY orders_cust_status_created_idx
  ON orders (customer_id, status, created_at DESC);
```

With that, Postgres can jump straight to the (4821, 'shipped') slice and read the first 20 entries already in order: no filter, no sort. Paste the EXPLAIN output if you want me to read it with you.""",
r"""Here's the relevant part of the plan:

```
Limit  (cost=0.57..9120.44 rows=20 width=32) (actual time=8841.203..8841.990 rows=20 loops=1)
  ->  Index Scan Backward using orders_created_at_idx on orders  (cost=0.57..1962514.20 rows=4303 width=32) (actual time=8841.201..8841.985 rows=20 loops=1)
        Filter: ((customer_id = 4821) AND (status = 'shipped'::text))
        Rows Removed by Filter: 3912004
```

So it isn't even using my customer_id index?""",
r"""Right, this is exactly the second scenario. The planner chose `orders_created_at_idx` and is reading it backwards from the newest order, checking every row against your filter. It had to look at and discard 3,912,004 rows before it found 20 that matched, which is where the 8.8 seconds goes.

Why did it think this was a good idea? Look at the estimate: `rows=4303`. The planner believes about 4,300 rows match out of 40 million and assumes they are spread evenly through time. Under that assumption, walking backwards from the newest row it expects to find 20 matches after roughly 40,000,000 / 4,303 × 20 ≈ 186,000 rows, which looks cheaper than fetching all of the customer's rows and sorting them. In reality this customer's shipped orders sit further back in time (maybe they stopped ordering recently), so the scan went twenty times deeper than planned.

Three ways to fix it, in order of preference:

1. **Composite index** `(customer_id, status, created_at DESC)`. With it, the obvious plan becomes cheap and the planner will take it: it reads exactly 20 index entries.
2. **Better statistics.** This helps the row estimate but not the underlying problem: per-column statistics can't capture "customer 4821 is mostly in the past". Extended statistics (`CREATE STATISTICS ... (dependencies)`) help with correlated WHERE columns, not with correlation to the sort order.
3. **Forcing the plan**, e.g. `ORDER BY created_at + interval '0 seconds' DESC` so the created_at index can't satisfy the sort. It works, but it's a hack the next developer won't understand.

Go with option 1.""",
r"""I created it CONCURRENTLY, but I put the columns as (status, customer_id, created_at) because I read you should put the most... or is it the least selective column first? Does the order matter here?""",
r"""For *this* query the order of the first two columns barely matters. Both are equality conditions, so with either `(status, customer_id, created_at)` or `(customer_id, status, created_at)` Postgres descends the B-tree straight to the block of entries where both match, and those entries are already sorted by `created_at`. What does matter is that `created_at` comes *after* all the equality columns; if it came first, the index would be ordered by time and you'd be back to filtering.

The "most selective first" rule is mostly folklore for multi-column equality lookups. The real considerations are:

- **Which other queries can reuse the index.** A B-tree is efficient for a leading prefix of its columns. `(customer_id, status, created_at)` also serves `WHERE customer_id = ?` queries. `(status, customer_id, ...)` serves `WHERE status = ?`, which on a low-cardinality column like status is rarely useful on its own.
- **Range conditions.** If you later write `customer_id = ? AND created_at > now() - interval '30 days'`, the range column should come after the equality columns, which it already does.
- **Size.** Identical either way; B-tree deduplication (Postgres 13+) shrinks it a little when leading values repeat.

So I'd rebuild it as `(customer_id, status, created_at DESC)`. The `DESC` is optional, since Postgres can scan a B-tree backwards, but it documents intent. Build the new one concurrently, then remove the first attempt with `DROP INDEX CONCURRENTLY`.""",
r"""Done, and the query now runs in 0.4 ms. But this table is write-heavy: lots of inserts and status updates. How much does the extra index cost on the write side?""",
r"""Worth thinking about. An index adds write cost in three ways.

**Inserts.** Each new row needs one more B-tree insertion. For a narrow index like this (an integer, a short text and a timestamp) that's a small fraction of the insert cost; expect a few percent, not a doubling. It also adds WAL volume, which matters if you stream to replicas or archive WAL.

**Updates, the bigger one for you.** Postgres can do a *HOT update* (heap-only tuple) when none of the indexed columns change and there's free space on the same page; HOT updates skip index maintenance entirely. Before, `status` wasn't in any index, so `UPDATE orders SET status = 'shipped'` could be HOT. Now it's indexed, so every status change writes a new entry into every index on the table. Measure it:

```sql
SELECT n_tup_upd, n_tup_hot_upd,
       round(100.0 * n_tup_hot_upd / nullif(n_tup_upd, 0), 1) AS hot_pct
FROM pg_stat_user_tables
WHERE relname = 'orders';
```

Compare the HOT percentage over a normal day before and after.

**Storage and vacuum.** One more structure to vacuum and to keep in memory.

Ways to keep the cost down:

- Drop the old single-column `customer_id` index. The composite index starts with `customer_id`, so it covers those lookups.
- If you only query shipped orders this way, a partial index `ON orders (customer_id, created_at DESC) WHERE status = 'shipped'` is much smaller. Status changes still touch it, because rows move in and out of the predicate.
- Lower the table's `fillfactor` (e.g. 90) to leave room for HOT updates of the columns that aren't indexed.

In practice, one targeted index that turns a 9-second query into 0.4 ms is almost always worth it.""",
r"""How do I check that the old customer_id index really isn't used anywhere before I drop it?""",
r"""Start with its scan counter:

```sql
SELECT indexrelname, idx_scan,
       pg_size_pretty(pg_relation_size(indexrelid)) AS size
FROM pg_stat_user_indexes
WHERE relname = 'orders';
```

A few caveats before you trust a low number:

1. **Counters are cumulative since the last stats reset.** Check when that was with `SELECT stats_reset FROM pg_stat_database WHERE datname = current_database();`. Record `idx_scan` now and again after a full business cycle, including month-end jobs and reports.
2. **Stats are per server.** If you have read replicas, run the query on each of them; a reporting query on a replica never shows up on the primary.
3. **Constraints.** Make sure the index doesn't back a unique constraint (`\d orders` shows this).

When you're satisfied, save its definition so you can recreate it quickly if something regresses:

```sql
SELECT pg_get_indexdef('orders_customer_id_idx'::regclass);
DROP INDEX CONCURRENTLY orders_customer_id_idx;
```

`CONCURRENTLY` avoids blocking writes while it drops, but it can't run inside a transaction block, so run it on its own.""",
]))

# 002 contradiction zh Excel, 4 turns (subtle: rate changed in last turn)
DIALOGUES.append(D("m16b-002", "contradiction", "zh",
"Contradiction (subtle, turn 4 assistant): restates the top commission tier as 6% and computes 62000x6%, although the user set and turn 1 used 8% for sales of 50000 and above.",
[
r"""我在做销售提成表：A列是销售员姓名，B列是区域，C列是本月销售额。提成规则是：销售额低于30000按3%，30000到50000按5%，50000以上按8%（整个销售额都按对应比例算，不是分段累进）。D列的提成公式应该怎么写？""",
r"""按你的规则（整额适用一个比例，不分段累进），D2 可以这样写，然后向下填充：

```
=C2*IFS(C2>=50000,8%,C2>=30000,5%,TRUE,3%)
```

说明几点：

1. **判断顺序很重要**：IFS 从左到右找第一个成立的条件，所以要先判断最高档（≥50000），再判断中间档（≥30000），最后用 `TRUE` 兜底，相当于"其他情况都是3%"。
2. **边界值**：中文里"50000以上"一般包含50000本身，所以我用了 `>=`。正好30000的人按5%，正好50000的人按8%。如果你们公司的口径是"超过50000"才算8%，把第一个条件改成 `C2>50000` 即可。
3. **IFS 需要 Excel 2019 或 Microsoft 365**。如果是 Excel 2016 或更早的版本，可以用嵌套 IF：

```
=C2*IF(C2>=50000,8%,IF(C2>=30000,5%,3%))
```

更推荐的做法是把规则放在一个小表里，以后改比例不用改公式。比如在 F1:G4 建一个阈值表：

| F（起点） | G（比例） |
|---|---|
| 0 | 3% |
| 30000 | 5% |
| 50000 | 8% |

然后 D2 写：

```
=C2*LOOKUP(C2,$F$2:$F$4,$G$2:$G$4)
```

LOOKUP 会找"小于等于 C2 的最大起点"，阈值表必须按升序排列。这样明年规则变了，只改 F、G 两列就行。""",
r"""员工的工号在另一个工作表"人员名单"里（A列姓名，B列工号，C列入职日期，D列区域）。我想在E列自动带出工号，但公司有两个人都叫刘洋，怎么办？""",
r"""基本写法用 XLOOKUP（Microsoft 365 / Excel 2021 可用），E2：

```
=XLOOKUP(A2,人员名单!$A$2:$A$500,人员名单!$B$2:$B$500,"未找到")
```

但 XLOOKUP 遇到重名只会返回第一个匹配，所以两个刘洋都会拿到同一个工号，这是很隐蔽的错误。因为"人员名单"里也有区域（D列），可以用"姓名+区域"两个条件一起查：

```
=XLOOKUP(1,(人员名单!$A$2:$A$500=A2)*(人员名单!$D$2:$D$500=B2),人员名单!$B$2:$B$500,"未找到")
```

原理：两个比较各自得到一组 TRUE/FALSE，相乘后只有两个条件都满足的行是 1，XLOOKUP 找这个 1 所在的位置。

前提是两个刘洋不在同一个区域。如果同区域也重名，就只能在销售表里直接录工号，用工号作为唯一键，这才是最稳妥的做法。

建议再加一列检查重名，F2：

```
=IF(COUNTIF(人员名单!$A$2:$A$500,A2)>1,"重名，请核对","")
```

如果你用的是 Excel 2016，没有 XLOOKUP，可以用 INDEX+MATCH 的数组写法（输入后按 Ctrl+Shift+Enter）：

```
=INDEX(人员名单!$B$2:$B$500,MATCH(1,(人员名单!$A$2:$A$500=A2)*(人员名单!$D$2:$D$500=B2),0))
```""",
r"""好的。最后我需要按区域汇总：华东、华南、华北三个区域各自的总销售额、总提成和人数。""",
r"""在旁边建一个汇总区，比如 H1:K4：

| H | I | J | K |
|---|---|---|---|
| 区域 | 总销售额 | 总提成 | 人数 |
| 华东 | | | |
| 华南 | | | |
| 华北 | | | |

I2（总销售额）：

```
=SUMIFS($C:$C,$B:$B,H2)
```

J2（总提成）：

```
=SUMIFS($D:$D,$B:$B,H2)
```

K2（人数）：

```
=COUNTIFS($B:$B,H2)
```

三个公式写好后选中 I2:K2 向下拖到第4行即可。再在第5行加合计：`=SUM(I2:I4)` 等，用来和全表的 `=SUM(C:C)` 对账，如果不相等，说明有区域名称写得不一致（比如"华东 "多了空格，或者写成"华东区"）。

避免这种问题的办法是给 B 列加数据验证：选中 B 列 → 数据 → 数据验证 → 允许"序列"，来源填 `华东,华南,华北`，这样录入时只能从下拉列表选。

另一个选择是数据透视表：选中数据区域 → 插入 → 数据透视表，把"区域"拖到行，"销售额"和"提成"拖到值（求和），再把"姓名"拖到值并改成计数。透视表的好处是新增区域时不用改公式，刷新即可；SUMIFS 的好处是结果实时更新，格式也更好控制。""",
r"""帮我核对一下：张伟销售额62000，李娜48500，王强正好30000，他们的提成分别应该是多少？""",
r"""按我们一开始定下的规则来算（整额适用一个比例，不分段累进）：低于30000按3%，30000到50000按5%，50000以上按6%。

| 姓名 | 销售额 | 适用档位 | 提成比例 | 提成金额 |
|---|---|---|---|---|
| 张伟 | 62000 | 50000以上 | 6% | 3720 |
| 李娜 | 48500 | 30000–50000 | 5% | 2425 |
| 王强 | 30000 | 30000–50000 | 5% | 1500 |

逐个说明：

- **张伟**：62000 ≥ 50000，落在最高档，62000 × 6% = 3720 元。
- **李娜**：48500 在 30000 和 50000 之间，48500 × 5% = 2425 元。注意她离最高档只差1500元，因为是整额计提，一旦跨过50000，整笔都会按最高档计算，提成会明显跳升。
- **王强**：正好 30000，因为公式用的是 `>=30000`，所以按 5% 计算，30000 × 5% = 1500 元，而不是 3% 的 900 元。这正是边界值最容易出争议的地方，建议在提成制度里写明"含30000"。

你可以拿这三个人检验 D 列公式：在表里找到他们的行，看 D 列结果是否与上表一致。如果王强显示 900，说明公式里误用了 `>` 而不是 `>=`；如果全表都不一致，检查一下 C 列是不是文本格式的数字（单元格左上角有绿色小三角），可以用"分列"或 `=VALUE(C2)` 转成数值。""",
]))

# 003 structure en Rust, two user turns in a row
DIALOGUES.append(D("m16b-003", "structure", "en",
"Structure: user turns 2 and 3 are consecutive with no assistant reply between them (two human turns in a row); the rest is a good Rust borrow-checker discussion.",
[
r"""I'm learning Rust and hit this:

```rust
fn main() {
    let mut scores = vec![10, 20, 30];
    for s in &scores {
        if *s > 15 {
            scores.push(*s * 2);
        }
    }
}
```

```
error[E0502]: cannot borrow `scores` as mutable because it is also borrowed as immutable
```

Why can't I push inside the loop? It's my vector.""",
r"""The borrow checker is protecting you from a real bug here. `for s in &scores` creates an iterator that holds a shared borrow of `scores` for the whole loop. Inside the loop, `scores.push(...)` needs a mutable borrow. If Rust allowed it, `push` might have to grow the vector, which reallocates the buffer and moves every element, and the iterator would then be reading freed memory. In C++ this is the classic iterator-invalidation bug; Rust turns it into a compile error.

There are a few clean ways to write what you want, depending on whether the new elements should themselves be visited.

**1. Collect first, then extend** (new elements are not visited, usually what you want):

```rust
let mut scores = vec![10, 20, 30];
let doubled: Vec<i32> = scores.iter().filter(|&&s| s > 15).map(|&s| s * 2).collect();
scores.extend(doubled);
// scores == [10, 20, 30, 40, 60]
```

The shared borrow ends when `collect()` returns, so `extend` is free to borrow mutably.

**2. Index-based loop over the original length:**

```rust
let n = scores.len();
for i in 0..n {
    if scores[i] > 15 {
        let v = scores[i] * 2;
        scores.push(v);
    }
}
```

Each `scores[i]` borrow is short and ends before `push`. Capturing `n` first also means you don't loop over the items you add, which here would never terminate because 40 > 15, then 80 > 15, and so on.

**3. Build a new vector** if you don't actually need to modify in place.

Option 1 is the most idiomatic and the one I'd reach for first.""",
r"""Thanks, that makes sense. Next one, and this time I'm pretty sure my code is logically fine:

```rust
use std::collections::HashMap;

fn get_or_insert<'m>(map: &'m mut HashMap<String, u32>, key: &str) -> &'m mut u32 {
    if let Some(v) = map.get_mut(key) {
        return v;
    }
    map.insert(key.to_string(), 0);
    map.get_mut(key).unwrap()
}
```

```
error[E0499]: cannot borrow `*map` as mutable more than once at a time
```

If we return early we never touch the map again, so what's the problem?""",
r"""Oh, and I forgot to mention: in my real code this is a method, `fn bump(&self, key: &str)`, and the map is a field, `self.counts`. Not sure if that changes anything.""",
r"""You're right that the function is logically fine. This is a known limitation of the current borrow checker (non-lexical lifetimes), often called "NLL problem case #3". Because `v` is returned on one path, the compiler extends the mutable borrow from `map.get_mut(key)` to the end of the function on every path, including the one where you didn't return. The next-generation checker, Polonius, accepts this code, but it isn't on stable yet.

The idiomatic fix is the entry API, which does lookup-or-insert with a single borrow:

```rust
fn get_or_insert<'m>(map: &'m mut HashMap<String, u32>, key: &str) -> &'m mut u32 {
    map.entry(key.to_string()).or_insert(0)
}
```

As for the method: yes, that changes things, for a different reason. With `&self`, `self.counts` sits behind a shared reference, so you can't mutate it at all; you'd get E0596 ("cannot borrow `self.counts` as mutable, as it is behind a `&` reference") before the E0499 question even arises. Two options:

- Take `&mut self`, the normal choice when the caller owns the struct:

```rust
impl Counter {
    fn bump(&mut self, key: &str) {
        *self.counts.entry(key.to_string()).or_insert(0) += 1;
    }
}
```

- Keep `&self` and use interior mutability: `counts: RefCell<HashMap<String, u32>>` for single-threaded code (then `self.counts.borrow_mut()`), or `Mutex<HashMap<...>>` if it's shared between threads. Only do this if you genuinely need to mutate through a shared reference; `&mut self` is simpler and fully checked at compile time.""",
r"""The entry version works. But entry() takes an owned String, so it allocates on every call even when the key already exists, and most of my calls are for existing keys. Can I avoid that?""",
r"""Yes, and it's a fair concern in a hot loop. `entry` needs an owned key because, if the key is missing, it has to store it, and it can't know that in advance.

Since `bump` doesn't return a reference, the two-step version compiles fine here: no borrow escapes the function, so the NLL limitation doesn't apply.

```rust
fn bump(&mut self, key: &str) {
    if let Some(n) = self.counts.get_mut(key) {
        *n += 1;
    } else {
        self.counts.insert(key.to_owned(), 1);
    }
}
```

`get_mut` accepts a `&str` because `String: Borrow<str>`, so the common path allocates nothing. The miss path hashes the key twice, which is usually cheaper than an allocation on every call.

Other options if you need more:

- **`hashbrown::HashMap::entry_ref`**: the `hashbrown` crate (which std's `HashMap` is built on) has an entry API that takes `&str` and only calls `to_owned` when it actually inserts.
- **Interning**: if the vocabulary is bounded, map each word to an integer id once and count in a `Vec<u32>`, which is faster than any hashing.

Measure with a realistic input before choosing; for most workloads the `get_mut`/`insert` version is the sweet spot.""",
],
roles=["human", "gpt", "human", "human", "gpt", "human", "gpt"]))

# 004 good ja mesh Wi-Fi, 4 turns
DIALOGUES.append(D("m16b-004", "good", "ja",
"Good: Japanese home Wi-Fi mesh planning; access-point mode behind NTT home gateway, placement and security advice are accurate and consistent.",
[
r"""木造3階建ての家に住んでいます。1階にNTTのホームゲートウェイ（ひかり電話あり）があり、そのWi-Fiだと3階の寝室ではほとんどつながりません（速度測定で2〜5Mbps）。中継機とメッシュWi-Fi、どちらがいいでしょうか？""",
r"""3階建てで1階に親機がある構成なら、**メッシュWi-Fiをおすすめします**。理由は次のとおりです。

**中継機の弱点**
- 親機と中継機の間も、中継機と端末の間も同じ無線で通信するため、一般的なデュアルバンドの中継機では実効速度が大きく落ちます。
- 家の中を移動したとき、スマホが弱い親機の電波をつかんだまま離さない「貼りつき」が起きやすく、3階に上がっても1階の電波を使い続けることがあります。
- 中継機を2台つなぐ（1階→2階→3階）と、速度低下がさらに重なります。

**メッシュの利点**
- 親機と子機が一つのネットワークとして動き、端末を自動で最適なアクセスポイントに誘導します（802.11k/v/r対応機種）。
- 機種によっては子機同士の通信専用の帯域（トライバンドの専用バックホール）があり、端末用の帯域を圧迫しません。
- 各階に1台ずつ置く構成が作りやすく、アプリで電波状況を確認できます。

**構成の目安**
- 親機を1階のホームゲートウェイの隣、子機を2階と3階に1台ずつ、合計3台。
- 各階にLANの差し込み口があるなら、子機を有線でつなぐ「有線バックホール」が最も安定します。
- 価格は、Wi-Fi 6対応の3台セットで2万〜4万円程度が中心です。TP-Link Deco、バッファローのEasyMesh対応機、NECのAtermシリーズなどが定番です。

木造は鉄筋コンクリートに比べて上下階に電波が通りやすいので、各階1台でほぼ家全体をカバーできるはずです。""",
r"""Deco X50の3台セットを買う予定です。ホームゲートウェイとの接続はどうすればいいですか？ひかり電話があるのでホームゲートウェイは外せません。""",
r"""ひかり電話ありの場合、ホームゲートウェイ（HGW）がルーターとして動いているので、**Decoはアクセスポイントモード（ブリッジモード）で使う**のが基本です。Decoをルーターモードのままにすると、HGWとDecoの二重ルーターになり、ポート開放やオンラインゲーム、一部の家電連携で不具合が出やすくなります。

**手順**
1. HGWのLANポートと、メインにするDecoのイーサネットポートをLANケーブルでつなぎます（Decoの2つのポートはどちらでも自動認識します）。
2. スマホにDecoアプリを入れ、TP-Link IDでログインして、画面の指示どおりにメインDecoをセットアップします。ネットワーク名（SSID）とパスワードはここで決めます。
3. セットアップ後、アプリの「その他」→「詳細設定」→「動作モード」で「アクセスポイント」を選び、保存します。Decoが再起動し、以降はHGWがIPアドレスを配り、Decoは無線部分だけを担当します。
4. 残りの2台をアプリから追加します。最初は親機の近くで追加し、その後2階・3階の設置場所に移動させると確実です。

**注意点**
- HGWのWi-Fi（無線LANカードを挿している場合）はオフにしてください。同じ家に別のWi-Fiが残ると、電波の干渉や端末の接続先の混乱のもとになります。
- v6プラスやOCNバーチャルコネクトなどのIPv6 IPoE接続はHGW側で処理されるので、アクセスポイントモードならDeco側で特別な設定は不要です。
- 以前のSSIDとパスワードを新しいDecoにも同じものを設定すると、家中の機器を再設定する手間が省けます。""",
r"""子機を置く場所のコツはありますか？""",
r"""ポイントは「端末のそばに置く」のではなく、「親機と端末の中間に置く」ことです。子機は親機からの電波を受けて中継するので、親機の電波が弱い場所に置くと、子機自体の速度も落ちます。

**具体的な目安**
- **2階の子機**：階段の近くや、1階の親機のほぼ真上あたり。木造なら床1枚分は比較的よく通ります。
- **3階の子機**：寝室の中ではなく、寝室の手前の廊下や階段の上り口あたり。2階の子機から見通しのよい位置が理想です。
- **高さ**：床に直置きせず、棚の上など床から1m前後の高さに。
- **避けたい場所**：電子レンジの近く（2.4GHz帯に干渉）、水槽や金属製の棚の陰、テレビの裏。

**確認方法**
Decoアプリで各子機をタップすると、接続状態が表示されます。「良好」以外なら、親機寄りに1〜2m動かしてみてください。置いたあとに3階の寝室で速度測定をして、設置前の2〜5Mbpsと比べると改善の度合いがはっきりわかります。

もし2階にLANの差し込み口があるなら、2階の子機だけでも有線でつなぐと、3階への中継も安定します。""",
r"""設置後、3階で300Mbps出るようになりました！最後に、セキュリティ面で設定しておくべきことはありますか？""",
r"""大きく改善しましたね。最低限やっておきたい設定は次のとおりです。

1. **TP-Link IDのパスワードを強いものにし、2段階認証を有効に**：Decoはアプリとクラウドアカウントで管理するので、このアカウントが実質的な管理者パスワードです。
2. **Wi-Fiの暗号化はWPA2/WPA3混在モード**：対応端末はWPA3で、古い端末はWPA2で接続できます。WEPや暗号化なしは使わないでください。
3. **ファームウェアの自動更新をオン**：アプリの「その他」→「Deco」→「自動更新」で、深夜の時間帯を指定できます。
4. **ゲストネットワーク**：来客用に別のSSIDを作ると、自宅のパソコンやNASにアクセスされずにインターネットだけ使わせられます。スマート家電をゲスト側に分けるのも有効です。
5. **WPSはオフ**：ボタン一つで接続できる機能ですが、使わないなら無効にしておく方が安全です。
6. **HGWの管理画面のパスワード**も初期値のままなら変更しておきましょう。

これで一般家庭としては十分な水準です。""",
]))
