from h7b_common import conv, D

DIALOGUES = []

# G1 en debugging DATABASE_URL
DIALOGUES.append(D("good", "en",
    "Good: Flask/SQLAlchemy deploy bug; correct fix for postgres:// scheme in DATABASE_URL, local fallback, pool sizing with real numbers; short and long replies mixed.",
    conv(
"""My Flask app works locally but crashes on Heroku right at startup with this:

sqlalchemy.exc.NoSuchModuleError: Can't load plugin: sqlalchemy.dialects:postgres

I haven't changed anything in the database code. What's going on?""",
"""This is a well-known mismatch between Heroku and SQLAlchemy 1.4+, not a bug in your code.

Heroku sets the `DATABASE_URL` environment variable with a URL that starts with `postgres://`. SQLAlchemy used to accept `postgres` as an alias for the PostgreSQL dialect, but version 1.4 removed that alias, so it now only understands `postgresql://`. When SQLAlchemy reads the scheme `postgres`, it looks for a dialect plugin with that name, finds none, and raises exactly the `NoSuchModuleError` you're seeing. It probably started after a fresh deploy pulled a newer SQLAlchemy from an unpinned requirements file.

The fix is to rewrite the scheme before you hand the URL to SQLAlchemy:

```python
import os

db_url = os.environ["DATABASE_URL"]
if db_url.startswith("postgres://"):
    db_url = db_url.replace("postgres://", "postgresql://", 1)

app.config["SQLALCHEMY_DATABASE_URI"] = db_url
```

Two details matter here:

1. The `1` in `replace(..., 1)` limits the replacement to the first occurrence, so a password that happens to contain `postgres://` (unlikely, but possible) is left alone.
2. Do this before `db.init_app(app)` or `SQLAlchemy(app)` is called, because the engine is created from the config at that point.

While you're at it, pin your versions in `requirements.txt` (for example `SQLAlchemy==2.0.30` and `Flask-SQLAlchemy==3.1.1`) so a redeploy doesn't silently upgrade a library under you again.""",
"""Couldn't I just edit DATABASE_URL in the Heroku dashboard and change it to postgresql:// there?""",
"""I wouldn't. `DATABASE_URL` is managed by the Heroku Postgres add-on, and Heroku can rewrite it without asking you: when credentials are rotated, during maintenance, or when the database is failed over or upgraded. Your manual edit would be overwritten and the app would break again at the next restart. Fixing the scheme in code survives all of that.""",
"""OK, deployed and it works on Heroku now. But locally I get KeyError: 'DATABASE_URL' when I run flask run.""",
"""That's because `os.environ["DATABASE_URL"]` raises a `KeyError` when the variable isn't set, and on your laptop nothing sets it. Two clean ways to handle it:

**Option A: a local fallback**

```python
db_url = os.environ.get("DATABASE_URL", "postgresql://localhost:5432/myapp_dev")
```

**Option B: a `.env` file (what I'd recommend)**

1. `pip install python-dotenv`
2. Create a file named `.env` in the project root:
   ```
   DATABASE_URL=postgresql://localhost:5432/myapp_dev
   ```
3. Add `.env` to `.gitignore` so it never gets committed.

Flask's CLI loads `.env` automatically when `python-dotenv` is installed, so `flask run` will pick it up without any code change. Option B keeps your config in one place and matches how Heroku injects it, which means the same code path runs in both environments.""",
"""Last thing: a colleague said I should set a pool size. Does that matter on a small plan?""",
"""Yes, it can matter more on a small plan, because the entry-level Heroku Postgres plans cap the number of connections (around 20 on the smallest ones; check your plan's page for the exact limit).

Every process keeps its own pool. If you run gunicorn with 3 workers and keep SQLAlchemy's defaults (`pool_size=5`, `max_overflow=10`), each worker can open up to 15 connections, so in the worst case that's 45, far above a 20-connection cap. You'd start seeing `too many connections` errors under load.

A safer setup for that plan:

```python
app.config["SQLALCHEMY_ENGINE_OPTIONS"] = {
    "pool_size": 5,
    "max_overflow": 1,
    "pool_pre_ping": True,
    "pool_recycle": 300,
}
```

With 3 workers that's at most 3 × (5 + 1) = 18 connections, leaving a little headroom for `heroku pg:psql` or a one-off dyno. `pool_pre_ping` checks a connection before using it, which avoids errors after the database drops idle connections, and `pool_recycle=300` replaces connections older than five minutes.""",
    )))

# G2 en SQL
DIALOGUES.append(D("good", "en",
    "Good: SQL latest-row-per-group; ROW_NUMBER and DISTINCT ON, tie-breaking, MySQL 5.7 fallback, index advice; consistent throughout.",
    conv(
"""I have a Postgres table orders(id, customer_id, created_at, total). I need each customer's most recent order, one row per customer. GROUP BY keeps giving me errors about total not being in the group by.""",
"""That error is Postgres telling you that `GROUP BY customer_id` collapses many rows into one, and it doesn't know *which* row's `total` you want. For "the whole row of the latest order per customer" you need a different tool. Two good options:

**1. Window function (portable, works in most databases)**

```sql
SELECT id, customer_id, created_at, total
FROM (
    SELECT o.*,
           ROW_NUMBER() OVER (
               PARTITION BY customer_id
               ORDER BY created_at DESC
           ) AS rn
    FROM orders o
) ranked
WHERE rn = 1;
```

`ROW_NUMBER()` numbers the orders of each customer from newest (1) to oldest, and the outer query keeps only number 1.

**2. `DISTINCT ON` (Postgres-specific, shorter)**

```sql
SELECT DISTINCT ON (customer_id) id, customer_id, created_at, total
FROM orders
ORDER BY customer_id, created_at DESC;
```

`DISTINCT ON (customer_id)` keeps the first row of each customer according to the `ORDER BY`. The `ORDER BY` must start with the same column(s) as the `DISTINCT ON`, which is why `customer_id` comes first.

Both return one row per customer. I'd use `DISTINCT ON` if you're sure you'll stay on Postgres, and the window function if the query might need to run elsewhere.""",
"""What happens if a customer has two orders with exactly the same created_at?""",
"""Then both queries pick one of the two arbitrarily, and the choice can change between runs. Make the order deterministic by adding a tie-breaker, usually the primary key:

```sql
ORDER BY created_at DESC, id DESC
```

Put that in the `OVER (...)` clause of the window version, or after `customer_id` in the `DISTINCT ON` version. With a serial or identity `id`, the higher id is the one inserted later, which is usually what you want.""",
"""Bad news: I just found out production is on MySQL 5.7, not Postgres. Does any of this work there?""",
"""Neither of those will run on MySQL 5.7: window functions only arrived in MySQL 8.0, and `DISTINCT ON` is Postgres-only. On 5.7 the usual pattern is a self-join against a derived table:

```sql
SELECT o.id, o.customer_id, o.created_at, o.total
FROM orders o
JOIN (
    SELECT customer_id, MAX(created_at) AS max_created
    FROM orders
    GROUP BY customer_id
) latest
  ON latest.customer_id = o.customer_id
 AND latest.max_created = o.created_at;
```

That brings back the tie problem: if two orders share the latest timestamp, the customer appears twice. To keep exactly one row, pick the highest id among the latest ones with a correlated subquery:

```sql
SELECT o.id, o.customer_id, o.created_at, o.total
FROM orders o
WHERE o.id = (
    SELECT o2.id
    FROM orders o2
    WHERE o2.customer_id = o.customer_id
    ORDER BY o2.created_at DESC, o2.id DESC
    LIMIT 1
);
```

This version is correct with ties. If you plan to upgrade to 8.0 later, the `ROW_NUMBER()` query from before will work there unchanged.""",
"""Which index should I add so that last query isn't slow?""",
"""A composite index on `(customer_id, created_at, id)`:

```sql
CREATE INDEX idx_orders_cust_created_id ON orders (customer_id, created_at, id);
```

The subquery filters on `customer_id` and sorts by `created_at DESC, id DESC`, so MySQL can jump to each customer's entries and read the newest one straight from the index without sorting. You can confirm it with `EXPLAIN`: the subquery should show this index and no "Using filesort".""",
    )))

# G3 en cloud costs
DIALOGUES.append(D("good", "en",
    "Good: AWS NAT Gateway cost spike; correct arithmetic on data processing charges, S3/DynamoDB gateway endpoints, interface endpoint cost estimate; short final answer.",
    conv(
"""Our AWS bill jumped this month. Cost Explorer says most of the increase is "NatGateway-Bytes" at about $410 in us-east-1. We only have one small EKS cluster in private subnets. What is that charge and how do I find out what's causing it?""",
"""`NatGateway-Bytes` is the data processing fee of the NAT Gateway: in us-east-1 it's $0.045 for every GB that passes through it, on top of the hourly charge of $0.045 per gateway. At $410, you pushed roughly 410 / 0.045 ≈ 9,100 GB, so about 9 TB through the NAT in a month. For a small cluster that's a lot, and it usually has one of a few causes.

**Most common culprits for EKS in private subnets**

1. **Pulling container images.** Every node that pulls from ECR or Docker Hub goes through the NAT. A crash-looping pod with `imagePullPolicy: Always`, or frequent node replacement, can pull the same multi-GB image hundreds of times.
2. **Traffic to S3.** Logs, backups or data pipelines writing to S3 without a VPC endpoint all pay the NAT fee.
3. **Talking to public endpoints of AWS services** (CloudWatch Logs, STS, SQS) at high volume.

**How to find the source**

1. Enable **VPC Flow Logs** on the private subnets (send them to S3 to keep it cheap) and let them run for a day.
2. Query them with Athena: group by `dstaddr` and sum `bytes` for traffic whose source is your node IPs.
3. Match the top destinations against AWS's published IP ranges (`ip-ranges.json`); if the big ones belong to the `S3` service, you've found it.

Also check `kubectl get pods -A` for pods with a high restart count, and look at the `ImagePull` events. Those two checks catch most cases within an hour.""",
"""Flow logs say about 80% goes to S3 IP ranges. How do I fix that?""",
"""Add an **S3 gateway endpoint** to the VPC. Gateway endpoints for S3 have no hourly or per-GB charge, and traffic to S3 then goes through the endpoint instead of the NAT.

Steps in the console:

1. VPC → **Endpoints** → **Create endpoint**.
2. Service category: AWS services; search for `com.amazonaws.us-east-1.s3` and pick the one of type **Gateway**.
3. Select your VPC.
4. Tick the **route tables of the private subnets** your nodes use. This adds a route with the S3 prefix list (`pl-...`) as destination and the endpoint as target.
5. Leave the policy at "Full access" for now; you can tighten it later.

No change is needed in your applications: the SDKs keep using the normal S3 hostnames, and the more specific prefix-list route wins over the `0.0.0.0/0` route to the NAT. Bear in mind this only works for buckets in the same region; traffic to a bucket in another region still goes through the NAT.

After a day, the `NatGateway-Bytes` line in Cost Explorer should drop by roughly that 80%.""",
"""Does the same thing exist for DynamoDB? We use it a bit.""",
"""Yes. DynamoDB is the only other service with a gateway endpoint, and it's free too. Create it the same way (`com.amazonaws.us-east-1.dynamodb`, type Gateway) and attach it to the same private route tables.""",
"""What about ECR? Would interface endpoints for it be worth it? We have nodes in 3 AZs.""",
"""Let's put numbers on it. Interface endpoints cost $0.01 per hour per AZ plus $0.01 per GB processed. ECR needs two of them, `ecr.api` and `ecr.dkr`:

- Hourly: 2 endpoints × 3 AZs × $0.01 × 730 h ≈ **$43.80 per month**
- Data: $0.01/GB instead of $0.045/GB through the NAT

There's a catch that changes the picture: the image **layers** themselves are downloaded from S3, not from the ECR API. With the S3 gateway endpoint you just added, the bulk of the pull traffic already skips the NAT. What still goes through the NAT is the small manifest and auth traffic.

So for your setup, ECR interface endpoints would probably cost more ($43.80/month fixed) than they save. They start to pay off when you need the nodes to have no internet path at all, or when your remaining ECR API traffic is in the terabytes. I'd wait for a week of bills with the S3 endpoint in place and decide then.""",
"""Makes sense. We'll wait a week.""",
"""Good plan. When you check, filter Cost Explorer by usage type `NatGateway-Bytes` and group by day, so you can see the drop starting from the day the endpoint went live.""",
    )))

# G4 en statistics
DIALOGUES.append(D("good", "en",
    "Good: statistics homework; Welch t-test chosen and computed correctly (t≈2.12, df≈17.5, p≈0.049), plain-language interpretation, Cohen's d≈0.92.",
    conv(
"""Stats homework. Two teaching methods, exam scores. Method A: n = 12, mean 78.4, SD 6.2. Method B: n = 10, mean 72.1, SD 7.5. The question is "is there a significant difference at α = 0.05". Which test do I use?""",
"""You have two separate groups of students, each measured once, and you're comparing their means, so you want an **independent two-sample t-test**.

The remaining choice is between the pooled (Student's) version and **Welch's** version. The pooled one assumes both groups have the same population variance. Your SDs are 6.2 and 7.5 and the group sizes differ (12 vs 10), so I'd use **Welch's t-test**, which doesn't need equal variances. Many textbooks and software (R's `t.test` does this by default) now treat Welch as the standard choice, and with equal variances it loses almost nothing.

Before you compute, write the hypotheses:

- H₀: μ_A = μ_B
- H₁: μ_A ≠ μ_B (two-sided, since the question asks about "a difference", not a direction)""",
"""Ok Welch. Can you walk me through the numbers?""",
"""Sure, step by step.

**1. Standard error of the difference**

SE = √(s_A²/n_A + s_B²/n_B) = √(6.2²/12 + 7.5²/10) = √(38.44/12 + 56.25/10) = √(3.203 + 5.625) = √8.828 ≈ **2.971**

**2. t statistic**

t = (78.4 − 72.1) / 2.971 = 6.3 / 2.971 ≈ **2.12**

**3. Welch–Satterthwaite degrees of freedom**

df = (3.203 + 5.625)² / (3.203²/11 + 5.625²/9) = 77.94 / (0.933 + 3.516) = 77.94 / 4.448 ≈ **17.5**

**4. p-value**

For t = 2.12 with 17.5 df, the two-sided p-value is about **0.049**. The critical value at α = 0.05 is about 2.105, and 2.12 is just above it.

**5. Decision**

p ≈ 0.049 < 0.05, so you reject H₀: the difference between the methods is statistically significant at the 5% level, though only barely.

If your course uses tables instead of software, round df down to 17; the critical value is 2.110, and 2.12 still exceeds it, so the conclusion is the same.

A 95% confidence interval for the difference is 6.3 ± 2.105 × 2.971, i.e. roughly **0.05 to 12.55** points. Notice how close the lower end is to zero, which tells the same "barely significant" story.""",
"""How do I write the p-value part in words for the report? My teacher hates "it proves".""",
"""Something like:

"Students taught with Method A scored on average 6.3 points higher than those taught with Method B (78.4 vs 72.1). Welch's t-test showed this difference to be statistically significant, t(17.5) = 2.12, p = .049. If the two methods produced the same mean score, a difference at least this large would occur in about 4.9% of samples of this size."

That last sentence is the correct meaning of a p-value: the probability of data this extreme *assuming H₀ is true*, not the probability that H₀ is true.""",
"""Should I add an effect size? Which one?""",
"""Yes, it's good practice, especially when p is this close to the cutoff. Use **Cohen's d**:

Pooled SD = √[((12−1)·6.2² + (10−1)·7.5²) / (12 + 10 − 2)] = √[(422.84 + 506.25) / 20] = √46.45 ≈ 6.82

d = 6.3 / 6.82 ≈ **0.92**

By Cohen's rough benchmarks (0.2 small, 0.5 medium, 0.8 large), that's a large effect. It's a useful point for your discussion: the effect looks large, but with only 22 students the estimate is imprecise, which is why the p-value only just clears 0.05.""",
    )))

# G5 en role-play with step-out feedback
DIALOGUES.append(D("good", "en",
    "Good: role-play mock interview; assistant stays in role as interviewer and briefly steps out to give concrete feedback when asked, then resumes.",
    conv(
"""Can you do a mock interview with me? I'm applying for a junior data analyst job at a logistics company. You be the interviewer, ask one question at a time, and stay in character unless I ask for feedback.""",
"""Sure. I'll be Dana, analytics lead at the company. Let's start.

*Dana:* Hi, thanks for coming in today. I've had a look at your CV. To start us off, could you walk me through a project where you used data to answer a real question, and what came out of it?""",
"""Sure. In my last internship at a retail chain I looked at why some stores had more stockouts. I pulled 18 months of inventory data with SQL, cleaned it in Python, and found that stores with deliveries on Mondays ran out more on weekends. We suggested moving deliveries to Thursdays for 12 stores and stockouts there fell by about 20% over two months.""",
"""*Dana:* That's a nice, concrete example. You mentioned stockouts fell by about 20%. How did you make sure that drop was caused by the delivery change and not something else, like seasonality or a promotion ending?""",
"""Hmm. Honestly we just compared before and after. Can you pause and tell me how that answer would land?""",
"""(Stepping out of the interviewer role for a moment.)

Your first answer was strong: clear situation, the tools you used, a specific finding and a number for the result. That structure is exactly what interviewers look for.

The follow-up is where you were exposed. "We just compared before and after" is honest, which is good, but on its own it signals that you haven't thought about confounders. Better options:

- **Admit and extend:** "We compared before and after, which was a limitation. Looking back, I'd compare the 12 stores against similar stores that kept Monday deliveries over the same period, so seasonality affects both groups."
- Mention that this is a **difference-in-differences** comparison, if you're comfortable with the term; for a junior role, naming it correctly is a plus.
- If there *was* a comparison you didn't mention (e.g. other stores didn't improve), say so; it's your strongest evidence.

Interviewers don't expect a perfect study from an intern. They want to see that you know what would make it convincing.

Ready to go back in? I'll repeat the question.

*Dana:* So, how did you make sure the drop was caused by the delivery change?""",
"""We compared before and after, which I know is a limitation. If I did it again I'd compare the 12 stores with similar stores that kept Monday deliveries over the same months, so seasonal effects hit both groups. Actually the other stores stayed flat in that period, which makes me more confident.""",
"""*Dana:* Good, that's a much more convincing picture. Let's switch gears. Suppose our operations manager tells you on-time delivery dropped from 94% to 89% last month and asks you to find out why by Friday. What are your first three steps?""",
"""I'd first check the data is right, like whether the definition of on-time changed. Then break it down by region, carrier and day of week to see where the drop is concentrated. Then talk to the people in the regions where it dropped to understand what happened.""",
"""*Dana:* I like that you started with the definition, since a surprising number of "drops" turn out to be reporting changes. And talking to people on the ground is often what turns a chart into an explanation. One last question from me: what questions do you have for us?""",
    )))

# G6 en tenancy law (California deposit)
DIALOGUES.append(D("good", "en",
    "Good: California security deposit law; 21-day rule, itemization, bad-faith penalty, wear and tear, sending a demand letter; short follow-ups get short answers.",
    conv(
"""I moved out of my apartment in Los Angeles five weeks ago. My deposit was $2,400 and I've heard nothing from the landlord, no check and no list of deductions. What are my rights?""",
"""Under California law (Civil Code section 1950.5), your landlord had **21 days** after you moved out to either return the full deposit or send you an itemized statement of deductions together with any remaining balance. At five weeks, that deadline has passed.

Key points for your situation:

1. **Itemized statement.** Any deduction has to be listed. For repairs or cleaning costing more than $125, the landlord must include copies of receipts or invoices (or a good-faith estimate, with receipts to follow within 14 days if the work wasn't done yet).
2. **Missing the deadline.** A landlord who doesn't comply within 21 days generally loses the right to keep any part of the deposit, though courts can still consider real damage claims separately.
3. **Bad-faith retention.** If a court finds the landlord kept the deposit in bad faith, it can award you a penalty of up to **twice the deposit** on top of the deposit itself, so up to $4,800 in penalty in your case.
4. **Small claims court.** Individuals can sue for up to $12,500 in California small claims, so your claim fits. You don't need a lawyer, and filing fees are modest.

**What to do now**

- Make sure the landlord has your forwarding address in writing; if they don't, send it now.
- Send a **demand letter**: state your move-out date, the deposit amount, the 21-day rule under Civil Code 1950.5, a deadline for payment, and that you'll file in small claims court if they don't pay.
- Keep copies of everything: lease, move-out photos, texts and the letter.

This is general information, not legal advice; if the amount or facts get complicated, a local tenant rights organization can review your case for free.""",
"""If they do reply, can they deduct for repainting? I lived there three years.""",
"""Generally not for ordinary repainting. California only lets landlords deduct for damage beyond **normal wear and tear**, and paint fading or small scuffs after three years of normal living are wear and tear. They could charge for damage you caused, such as large holes, crayon on the walls or an unapproved paint colour, and even then the charge should reflect the paint's remaining useful life rather than the cost of a brand-new paint job.""",
"""Should I send the demand letter by email or by mail?""",
"""Both. Send it by certified mail with return receipt, which gives you proof of delivery for court, and send the same letter by email so they can't claim it got lost.""",
"""What deadline should I give them in the letter?""",
"""Ten to fourteen days from the date of the letter is common and looks reasonable to a judge. Write it as a specific date, for example "by March 14", instead of "within two weeks", so there's no argument about when the clock started.""",
    )))

# G7 ja science
DIALOGUES.append(D("good", "ja",
    "Good (ja): why the sky is blue; Rayleigh scattering with 1/λ^4, why not violet, sunsets, blue sunsets on Mars; accurate and progressive.",
    conv(
"""小学生の子どもに「どうして空は青いの？」と聞かれて、うまく答えられませんでした。大人向けにまず正確に教えてもらえますか。""",
"""はい。ポイントは「レイリー散乱」という現象です。

太陽の光は白く見えますが、実際には赤から紫までいろいろな色（波長）の光が混ざっています。この光が大気に入ると、窒素や酸素の分子にぶつかって、あちこちの方向に散らばります。これを散乱といいます。

空気の分子は光の波長よりずっと小さいため、散乱の強さは**波長の4乗に反比例**します。青い光（約450 nm）は赤い光（約700 nm）より波長が短いので、計算すると (700/450)⁴ ≈ 5.9、つまり**約6倍**も強く散乱されます。

その結果、空のどの方向を見ても、散乱された青い光が目に入ってきます。太陽がない方向の空が青く見えるのはこのためです。

まとめると：

1. 太陽光にはいろいろな色が混ざっている
2. 空気の分子は短い波長の光ほど強く散乱する
3. 散乱された青い光が空全体から目に届く

という流れです。""",
"""なるほど。でも波長が短いほど散乱するなら、紫の方がもっと散乱されるはずですよね？なぜ空は紫じゃないんですか？""",
"""鋭い質問です。実際に紫の光は青よりもさらに強く散乱されています。それでも空が紫に見えない理由は主に3つあります。

1. **太陽光にもともと含まれる紫が少ない**：太陽光のスペクトルは紫の領域で弱くなっています。
2. **上空で一部が吸収される**：紫外線に近い短い波長の光は、成層圏のオゾンなどに一部吸収されます。
3. **人間の目の感度**：目の色を感じる細胞は紫にあまり敏感ではありません。散乱光の混ざった色を、脳は全体として「青（やや白っぽい水色）」と感じます。

つまり、物理的には紫もたくさん散乱されていますが、「届く量」と「目の感じ方」の両方の結果として青く見えるのです。""",
"""じゃあ夕焼けが赤いのも同じ仕組みですか？子ども向けにはどう言えばいいでしょう。""",
"""同じ仕組みです。夕方は太陽が低い位置にあるので、光が大気の中を通る距離が昼間よりずっと長くなります。その長い道のりの途中で青い光はほとんど横に散らばってしまい、最後まで真っすぐ届くのは散乱されにくい赤やオレンジの光だけになります。だから太陽の周りが赤く見えます。

子ども向けには、たとえばこんな言い方はどうでしょう。

「お日さまの光には、いろんな色がまざっているんだよ。空気は青い色をあちこちにはね飛ばすのが得意なの。だから昼は、はね飛ばされた青が空いっぱいに広がって、空が青く見えるんだ。夕方は、光が空気の中を長い道のり旅してくるから、青は途中でぜんぶはね飛ばされちゃって、赤やオレンジだけが残って届くんだよ。」

ボールを投げて、小さいボール（青）ほど人ごみではね返されやすい、というたとえを添えると分かりやすくなります。""",
"""ちなみに子どもが「火星の夕焼けは青い」って本で読んだらしいんですが、本当ですか？""",
"""本当です。NASAの探査機が撮影した火星の夕焼けは、太陽の周りが青白く見えます。

理由は、火星の空に浮かんでいる細かい塵です。火星の大気は地球よりずっと薄く、空の色を決めているのは空気の分子ではなく塵の粒子です。塵の大きさは光の波長と同じくらいなので、レイリー散乱とは違う散り方をします。この塵は青い光を進行方向の前の方へ散乱しやすいため、太陽の近くの空だけが青っぽく見えるのです。一方、昼間の火星の空は、塵が赤い光を散乱するのでバター色や赤茶色に見えます。

つまり「地球は昼が青くて夕方が赤い、火星はその逆っぽい」と覚えておくと、お子さんとの会話がさらに盛り上がると思います。""",
    )))

# G8 de tenancy law
DIALOGUES.append(D("good", "de",
    "Good (de): German tenancy termination; 3-month notice (§ 573c BGB), Schriftform (§ 568 BGB), Karenzzeit example, no general Nachmieter right, deposit return; short answers to short questions.",
    conv(
"""Ich wohne in Köln zur Miete (unbefristeter Vertrag) und will wegen eines neuen Jobs umziehen. Wie lange ist meine Kündigungsfrist und worauf muss ich achten?""",
"""Als Mieter haben Sie bei einem unbefristeten Mietvertrag nach **§ 573c Abs. 1 BGB** eine Kündigungsfrist von **drei Monaten**, unabhängig davon, wie lange Sie schon dort wohnen. Die längeren Fristen bei langer Mietdauer gelten nur für den Vermieter.

**So wird die Frist berechnet**

Die Kündigung muss spätestens am **dritten Werktag** eines Monats beim Vermieter eingehen; dann endet das Mietverhältnis mit Ablauf des übernächsten Monats. Beispiel: Geht Ihre Kündigung bis zum dritten Werktag im März ein, endet der Vertrag am 31. Mai. Kommt sie einen Tag später an, verschiebt sich das Ende auf den 30. Juni. Samstag zählt dabei nach der Rechtsprechung des BGH nicht als Werktag für diese Frist.

**Worauf Sie achten müssen**

1. **Schriftform (§ 568 BGB):** Die Kündigung muss auf Papier mit Ihrer eigenhändigen Unterschrift erfolgen. E-Mail, Fax oder WhatsApp reichen nicht.
2. **Alle Mieter unterschreiben:** Stehen mehrere Personen im Vertrag, müssen alle unterschreiben, und sie muss an alle Vermieter gerichtet sein.
3. **Zugang nachweisen:** Am sichersten ist persönliche Übergabe mit Zeugen oder ein Einwurf-Einschreiben. Entscheidend ist der Zugang, nicht das Absenden.
4. **Kündigungsverzicht prüfen:** Manche Verträge enthalten einen befristeten Kündigungsausschluss (maximal vier Jahre). Schauen Sie kurz in Ihren Vertrag.

Das ist eine allgemeine Information und ersetzt keine Rechtsberatung; bei Unklarheiten hilft der örtliche Mieterverein.""",
"""Kann ich früher raus, wenn ich einen Nachmieter stelle?""",
"""Einen allgemeinen Anspruch darauf haben Sie nicht. Der Vermieter muss einen Nachmieter nur akzeptieren, wenn das im Vertrag vereinbart ist oder ein besonderer Härtefall vorliegt, und ein neuer Job reicht dafür in der Regel nicht. Fragen lohnt sich trotzdem: Viele Vermieter stimmen einem Aufhebungsvertrag zu, wenn Sie einen solventen Nachmieter mitbringen.""",
"""Und wann bekomme ich meine Kaution zurück?""",
"""Es gibt keine feste gesetzliche Frist. Die Gerichte gestehen dem Vermieter eine angemessene Prüfungsfrist zu, meist **drei bis sechs Monate** nach Rückgabe der Wohnung. Steht noch eine Nebenkostenabrechnung aus, darf er einen angemessenen Teil (oft etwa eine Monatsvorauszahlung) bis zu deren Erstellung zurückbehalten. Den Rest sollte er auszahlen, sobald feststeht, dass keine weiteren Forderungen bestehen. Die Kaution muss außerdem verzinst zurückgezahlt werden, auch wenn die Zinsen derzeit meist gering sind.""",
"""Danke. Soll ich bei der Übergabe ein Protokoll machen?""",
"""Ja, unbedingt. Gehen Sie alle Räume gemeinsam mit dem Vermieter durch, halten Sie Zählerstände, Schlüsselanzahl und eventuelle Mängel schriftlich fest, und lassen Sie beide Seiten unterschreiben. Machen Sie zusätzlich datierte Fotos. Was im Protokoll nicht als Mangel steht, kann der Vermieter später kaum noch geltend machen.""",
    )))

# G9 ko security
DIALOGUES.append(D("good", "ko",
    "Good (ko): password storage; why not SHA-256, argon2id/bcrypt, code with argon2-cffi, bcrypt 72-byte limit, rehash on login; accurate.",
    conv(
"""회원가입 기능을 만들고 있는데 비밀번호를 SHA-256으로 해시해서 DB에 저장하면 충분한가요?""",
"""충분하지 않습니다. SHA-256 자체가 약해서가 아니라, **너무 빠르기** 때문입니다.

SHA-256은 대용량 데이터를 빠르게 처리하도록 설계된 범용 해시 함수입니다. 최신 GPU 한 장으로 초당 수십억 번 계산할 수 있기 때문에, DB가 유출되면 공격자는 흔한 비밀번호 목록이나 무차별 대입으로 대부분의 비밀번호를 짧은 시간 안에 찾아낼 수 있습니다. 솔트(salt)를 붙여도 레인보우 테이블은 막지만 계산 속도 문제는 해결되지 않습니다.

비밀번호에는 **일부러 느리게 설계된 전용 함수**를 써야 합니다.

1. **Argon2id**: 현재 OWASP가 가장 먼저 권장하는 방식입니다. 메모리를 많이 쓰도록 만들어 GPU 공격을 어렵게 합니다.
2. **bcrypt**: 오래 검증된 방식으로, 대부분의 언어와 프레임워크에서 지원합니다. cost factor는 최소 10, 보통 12 정도를 씁니다.
3. **scrypt**, **PBKDF2**: 사용할 수는 있지만 새로 만든다면 위의 두 가지를 우선 고려하세요.

이 함수들은 솔트를 자동으로 생성해서 결과 문자열 안에 함께 저장하므로, 솔트 컬럼을 따로 만들 필요도 없습니다.""",
"""Python(FastAPI)에서 Argon2id를 쓰려면 코드가 어떻게 되나요?""",
"""`argon2-cffi` 패키지를 쓰면 간단합니다. `pip install argon2-cffi`로 설치한 뒤:

```python
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

ph = PasswordHasher()  # 기본값이 Argon2id

def hash_password(password: str) -> str:
    return ph.hash(password)

def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return ph.verify(stored_hash, password)
    except VerifyMismatchError:
        return False
```

`ph.hash()`가 반환하는 문자열은 `$argon2id$v=19$m=65536,t=3,p=4$...` 같은 형태로, 알고리즘과 파라미터, 솔트가 모두 들어 있습니다. 이 문자열 하나를 `password_hash` 같은 컬럼에 그대로 저장하면 됩니다. 길이는 100자 안팎이므로 `VARCHAR(255)` 정도면 넉넉합니다.

로그인할 때는 DB에서 꺼낸 해시와 입력된 비밀번호를 `verify_password()`에 넘기면 됩니다. 비교를 직접 `==`로 하지 말고 반드시 라이브러리의 `verify`를 쓰세요.""",
"""bcrypt를 쓰는 기존 서비스도 있는데, 거기서 주의할 점이 있나요?""",
"""가장 중요한 건 **72바이트 제한**입니다. bcrypt는 입력의 처음 72바이트만 사용하고 나머지는 무시합니다. 한글은 UTF-8에서 한 글자가 3바이트라서 24자만 넘어도 뒷부분이 해시에 반영되지 않습니다. 긴 비밀번호를 허용한다면 최대 길이를 제한하거나, Argon2id로 옮기는 것을 검토하세요.""",
"""기존 bcrypt 해시를 Argon2id로 옮기려면 모든 사용자에게 비밀번호를 다시 설정하라고 해야 하나요?""",
"""아니요, 그럴 필요 없습니다. 보통 **로그인 시점에 점진적으로 전환**합니다.

1. 로그인 요청이 오면 저장된 해시의 접두사를 확인합니다. `$2b$`로 시작하면 bcrypt, `$argon2id$`로 시작하면 Argon2id입니다.
2. bcrypt 해시라면 bcrypt로 검증합니다.
3. 검증에 성공하면, 그 순간 평문 비밀번호를 알고 있으므로 `ph.hash(password)`로 새 Argon2id 해시를 만들어 DB를 업데이트합니다.
4. 다음 로그인부터는 Argon2id로 검증됩니다.

`argon2-cffi`에는 `ph.check_needs_rehash(stored_hash)`도 있어서, 나중에 메모리나 반복 횟수 파라미터를 올렸을 때도 같은 방식으로 자동 갱신할 수 있습니다. 오랫동안 로그인하지 않은 계정은 일정 기간 후 비밀번호 재설정을 요구하는 식으로 마무리하면 됩니다.""",
    )))

# G10 pt medicine
DIALOGUES.append(D("good", "pt",
    "Good (pt): paracetamol max dose, alcohol and liver caution, combining with ibuprofen, when to see a doctor; accurate and safe; short follow-up answer.",
    conv(
"""Estou com dor de dente forte e o dentista só pode me atender na segunda. Qual a dose máxima de paracetamol que um adulto pode tomar por dia?""",
"""Para um adulto saudável, a dose máxima de paracetamol é de **4 g por dia** (4.000 mg), divididos em tomadas de 500 mg a 1 g com intervalo mínimo de **4 a 6 horas**. Na prática:

- Comprimidos de 500 mg: 1 a 2 comprimidos por vez, no máximo 8 comprimidos em 24 horas.
- Comprimidos de 750 mg: 1 comprimido a cada 6 horas, no máximo 5 comprimidos por dia (3.750 mg).

Alguns cuidados importantes:

1. **Fígado e álcool:** se você bebe álcool com frequência, tem doença no fígado ou pesa menos de 50 kg, o limite seguro é menor, geralmente **3 g por dia** ou menos. Evite beber enquanto estiver tomando.
2. **Paracetamol "escondido":** muitos antigripais e remédios combinados também contêm paracetamol. Some tudo para não ultrapassar o limite sem perceber.
3. **Não passe da dose por causa da dor:** tomar mais não aumenta muito o alívio, mas aumenta bastante o risco de lesão hepática, que pode ser grave e não dá sintomas no início.

Para dor de dente, o paracetamol sozinho às vezes não basta, porque boa parte da dor vem de inflamação. Se não houver contraindicação, um anti-inflamatório pode ajudar mais.""",
"""Posso tomar ibuprofeno junto com o paracetamol?""",
"""Sim, na maioria dos adultos essa combinação é segura e costuma funcionar muito bem para dor de dente, porque os dois agem de formas diferentes. Um esquema comum:

- **Ibuprofeno 400 mg** a cada 6 a 8 horas, sempre depois de comer (máximo de 1.200 mg por dia sem orientação médica).
- **Paracetamol 500 mg a 1 g** a cada 6 horas, respeitando os 4 g por dia.

Você pode tomá-los juntos ou intercalar (por exemplo, um e, três horas depois, o outro), o que ajuda a manter a dor controlada entre as doses.

Evite o ibuprofeno se tiver úlcera ou gastrite, doença nos rins, pressão alta mal controlada, asma que piora com anti-inflamatórios, se usar anticoagulantes ou se estiver grávida, principalmente no terceiro trimestre. Nesses casos, fale com um farmacêutico antes.""",
"""E quando é caso de ir ao pronto-socorro em vez de esperar até segunda?""",
"""Procure atendimento imediato se tiver inchaço no rosto ou no pescoço que aumenta, febre, dificuldade para engolir, abrir a boca ou respirar, ou se a dor não melhorar nada com os remédios. Esses sinais podem indicar uma infecção se espalhando, o que não deve esperar até segunda.""",
    )))
