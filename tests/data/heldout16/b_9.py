from b_common import D

DIALOGUES = []

# 025 misaligned en SQL window functions, 5 turns (replies 3 and 4 swapped)
DIALOGUES.append(D("m16b-025", "misaligned", "en",
"Misaligned: replies 3 and 4 are swapped; turn 3 (days since previous payment) gets the monthly moving-average answer, and turn 4 (moving average) gets the LAG/days-between answer.",
[
r"""I have a Postgres table payments(id, user_id, amount numeric, paid_at timestamptz). For a report I need every payment plus a running total per user. How do I do that?""",
r"""A window function with a running frame does exactly this:

```sql
SELECT id,
       user_id,
       paid_at,
       amount,
       SUM(amount) OVER (
           PARTITION BY user_id
           ORDER BY paid_at, id
           ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
       ) AS running_total
FROM payments
ORDER BY user_id, paid_at, id;
```

How it reads:

- `PARTITION BY user_id` restarts the total for each user.
- `ORDER BY paid_at, id` defines the order in which amounts accumulate. Adding `id` as a tie-breaker makes the result deterministic when two payments have the same timestamp.
- `ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW` means "from the first row of the partition up to this one".

Why spell out the frame? If you omit it, the default frame when there's an `ORDER BY` is `RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW`, which treats rows with equal sort values as peers. Two payments at the same `paid_at` would then both show the total including *both* of them, which surprises people in reports. With `ROWS` and the `id` tie-breaker, each row adds exactly one payment.

Unlike `GROUP BY`, window functions keep every row, so you get the individual payment and the cumulative figure side by side.""",
r"""Now I need each user's single biggest payment (the whole row, not just the amount).""",
r"""Two good options.

**`DISTINCT ON`** (Postgres-specific, short and fast):

```sql
SELECT DISTINCT ON (user_id)
       id, user_id, amount, paid_at
FROM payments
ORDER BY user_id, amount DESC, paid_at DESC;
```

`DISTINCT ON (user_id)` keeps the first row for each user according to the `ORDER BY`. The leading `ORDER BY` columns must match the `DISTINCT ON` expression; after that, `amount DESC` picks the biggest payment and `paid_at DESC` breaks ties in favour of the most recent one.

**`ROW_NUMBER()`** (standard SQL, works in any database):

```sql
SELECT id, user_id, amount, paid_at
FROM (
    SELECT p.*,
           ROW_NUMBER() OVER (
               PARTITION BY user_id
               ORDER BY amount DESC, paid_at DESC
           ) AS rn
    FROM payments p
) ranked
WHERE rn = 1;
```

This version is easy to extend: `WHERE rn <= 3` gives each user's top three payments. If you want *all* payments tied for the maximum, use `RANK()` instead of `ROW_NUMBER()`.

For performance, an index on `(user_id, amount DESC)` lets Postgres read each user's largest payment directly, especially with `DISTINCT ON`.""",
r"""For each payment, how do I get the number of days since that user's previous payment?""",
r"""Aggregate to months first, then apply a window average over the monthly rows:

```sql
WITH months AS (
    SELECT generate_series(
               date_trunc('month', (SELECT min(paid_at) FROM payments)),
               date_trunc('month', (SELECT max(paid_at) FROM payments)),
               interval '1 month'
           ) AS month
),
monthly AS (
    SELECT m.month,
           COALESCE(SUM(p.amount), 0) AS total
    FROM months m
    LEFT JOIN payments p
           ON p.paid_at >= m.month
          AND p.paid_at <  m.month + interval '1 month'
    GROUP BY m.month
)
SELECT month,
       total,
       ROUND(AVG(total) OVER (
           ORDER BY month
           ROWS BETWEEN 2 PRECEDING AND CURRENT ROW
       ), 2) AS moving_avg_3m
FROM monthly
ORDER BY month;
```

Key points:

- **Fill the gaps.** `ROWS BETWEEN 2 PRECEDING` counts rows, not months. If a month had no payments and was simply missing, the "3-month" average would silently span four or more months. `generate_series` plus the `LEFT JOIN` guarantees one row per month, with zero where nothing was paid.
- **The first two months** average over fewer than three values. If that's misleading, blank them out: `CASE WHEN ROW_NUMBER() OVER (ORDER BY month) >= 3 THEN ... END`.
- **Time zones**: `date_trunc` on a `timestamptz` uses the session's time zone, so set it explicitly (`SET TIME ZONE 'Europe/Berlin'`) to make month boundaries match your business.""",
r"""And monthly totals across all users with a 3-month moving average?""",
r"""`LAG()` gives you the previous row's value within the window:

```sql
SELECT id,
       user_id,
       paid_at,
       amount,
       LAG(paid_at) OVER (PARTITION BY user_id ORDER BY paid_at, id) AS prev_paid_at,
       EXTRACT(EPOCH FROM paid_at - LAG(paid_at) OVER (PARTITION BY user_id ORDER BY paid_at, id))
           / 86400.0 AS days_since_prev
FROM payments
ORDER BY user_id, paid_at, id;
```

Notes:

- For each user's first payment there is no previous row, so `LAG` returns `NULL` and so does `days_since_prev`. That's usually what you want in a report; use `COALESCE` if you need a 0 instead.
- Subtracting two `timestamptz` values gives an `interval`; `EXTRACT(EPOCH FROM ...)` converts it to seconds, and dividing by 86,400 gives fractional days, e.g. 13.5.
- If you want whole calendar days instead, cast to dates first: `paid_at::date - LAG(paid_at::date) OVER (...)` returns an integer.
- Writing the window twice is verbose; a named window keeps it tidy:

```sql
SELECT id, user_id, paid_at,
       paid_at::date - LAG(paid_at::date) OVER w AS days_since_prev
FROM payments
WINDOW w AS (PARTITION BY user_id ORDER BY paid_at, id);
```

With that you can also spot unusual gaps, e.g. filter for users whose `days_since_prev` exceeds 60 to find lapsed subscribers.""",
r"""The table has about 50 million rows. What indexes help these queries?""",
r"""Most of these queries partition by user and order by time, so one index covers the bulk of the work:

```sql
CREATE INDEX CONCURRENTLY payments_user_paid_idx
    ON payments (user_id, paid_at, id) INCLUDE (amount);
```

- It matches `PARTITION BY user_id ORDER BY paid_at, id`, so Postgres can read rows in window order without sorting 50 million rows. Look for the absence of a `Sort` node in `EXPLAIN ANALYZE`.
- `INCLUDE (amount)` makes it covering for the running total and the days-between query, allowing index-only scans when the visibility map is up to date (vacuum keeps it so).

For the biggest-payment query, a second index on `(user_id, amount DESC)` helps `DISTINCT ON` if you run it often; otherwise the query can reuse a sort.

For the monthly report, an index won't help much: it aggregates every row anyway. Better options:

- A **BRIN index** on `paid_at` if rows are inserted roughly in time order; it's tiny and speeds up date-range filters, e.g. "last 24 months".
- A **materialised view** or summary table of monthly totals, refreshed nightly, so the report reads a few hundred rows instead of 50 million.

Finally, check `work_mem` for these queries: window functions over large partitions and sorts spill to disk when it's too small, which shows up as `external merge` in the plan.""",
]))

# 026 non_answer ja GitLab CI, 3 turns (last reply echoes)
DIALOGUES.append(D("m16b-026", "non_answer", "ja",
"Non-answer: the final (turn 3) assistant reply only restates the user's wish to deploy manually from main and calls it important, without giving any configuration.",
[
r"""Node.js（Express）のプロジェクトにGitLab CIを導入したいです。まずはプッシュのたびにlintとテストを実行したいのですが、.gitlab-ci.ymlはどう書けばいいですか？""",
r"""リポジトリのルートに `.gitlab-ci.yml` を置きます。最小構成は次のとおりです。

```yaml
image: node:20

stages:
  - lint
  - test

lint:
  stage: lint
  script:
    - npm ci
    - npm run lint

test:
  stage: test
  script:
    - npm ci
    - npm test
```

ポイント：

- **`image: node:20`**：すべてのジョブをNode.js 20のDockerイメージで実行します。本番と同じメジャーバージョンに合わせてください。
- **`stages`**：上から順に実行されます。`lint` ステージが失敗すると `test` ステージは実行されないので、無駄な実行時間を節約できます。同じステージのジョブは並列に動きます。
- **`npm ci`**：`npm install` と違い、`package-lock.json` のとおりに正確にインストールし、ロックファイルと `package.json` が食い違っていればエラーにします。CIではこちらを使うのが基本です。
- `package.json` の `scripts` に `lint`（例：`eslint .`）と `test`（例：`jest`）が定義されている前提です。

テスト結果をマージリクエスト画面に表示したい場合は、`jest-junit` でJUnit形式のレポートを出力し、`artifacts:reports:junit` に指定すると、失敗したテスト名がMR上に一覧表示されます。

コミットしてプッシュすると、左メニューの「ビルド」→「パイプライン」で実行状況を確認できます。""",
r"""毎回 npm ci に2分くらいかかります。キャッシュで速くできますか？""",
r"""できます。`node_modules` そのものではなく、**npmのダウンロードキャッシュ（`~/.npm`）** をキャッシュするのがおすすめです。`npm ci` は毎回 `node_modules` を削除してから作り直すため、`node_modules` をキャッシュしても効果がないからです。

```yaml
image: node:20

variables:
  npm_config_cache: "$CI_PROJECT_DIR/.npm"

cache:
  key:
    files:
      - package-lock.json
  paths:
    - .npm/

stages:
  - lint
  - test

lint:
  stage: lint
  script:
    - npm ci --prefer-offline --no-audit
    - npm run lint

test:
  stage: test
  script:
    - npm ci --prefer-offline --no-audit
    - npm test
```

解説：

- GitLabのキャッシュはプロジェクトディレクトリ内のパスしか保存できないので、`npm_config_cache` でキャッシュの場所を `.npm/` に変更しています。
- **`key: files: package-lock.json`**：ロックファイルの内容からキャッシュキーが作られるため、依存関係を変えたときだけ新しいキャッシュになります。
- **`--prefer-offline`**：キャッシュにあるパッケージはネットワークに問い合わせずに使います。
- **`--no-audit`**：CIでは毎回の脆弱性チェックを省略して時間を短縮します（監査は別のスケジュールジョブで実行するとよいでしょう）。

一般的な規模のプロジェクトなら、2分が20〜40秒程度まで短くなることが多いです。""",
r"""最後に、mainブランチのときだけ、本番サーバーへのデプロイを手動ボタンで実行できるようにしたいです。""",
r"""mainブランチのときだけ、本番サーバーへのデプロイを手動のボタンで実行できるようにしたい、ということですね。これはとても大切なポイントです。本番環境へのデプロイをいつ、どのブランチから行うかをきちんと管理することは、CI/CDを安全に運用するうえで非常に重要です。自動で実行されるテストと、人が判断して実行するデプロイを分けて考えるのは、とても良い考え方だと思います。""",
]))
