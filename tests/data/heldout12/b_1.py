from b_common import D, pairs

DIALOGUES = []

# 001 good en Go concurrency (5 turns)
DIALOGUES.append(D(1, "good", "en",
"Good: five turns building a bounded URL fetcher in Go (worker pool, result collection, timeouts, data race fix, pool size); replies specific, correct and consistent, last one appropriately shorter.",
pairs(
r"""I have a Go program that fetches about 2,000 URLs one after another and it takes forever. How should I parallelize it without opening 2,000 connections at the same time?""",
r"""The usual pattern is a **worker pool**: start a fixed number of goroutines that all read URLs from one channel, so concurrency is capped no matter how long the list is.

```go
func fetchAll(urls []string, workers int) {
    jobs := make(chan string)
    var wg sync.WaitGroup

    for i := 0; i < workers; i++ {
        wg.Add(1)
        go func() {
            defer wg.Done()
            for u := range jobs {
                resp, err := http.Get(u)
                if err != nil {
                    log.Printf("fetch %s: %v", u, err)
                    continue
                }
                io.Copy(io.Discard, resp.Body)
                resp.Body.Close()
            }
        }()
    }

    for _, u := range urls {
        jobs <- u
    }
    close(jobs) // lets the range loops end
    wg.Wait()
}
```

How it works:

1. `jobs` is unbuffered, so the sending loop blocks until a worker is free. That is the back-pressure that keeps you at `workers` requests in flight.
2. `close(jobs)` tells every worker that no more work is coming; each `for u := range jobs` loop then exits.
3. `wg.Wait()` blocks until all workers have called `Done()`.

Two details that matter for HTTP specifically:

- Always read and close `resp.Body`, otherwise the connection cannot be reused and you leak file descriptors.
- The default `http.Transport` keeps only **2 idle connections per host** (`MaxIdleConnsPerHost`). If many of your URLs are on the same host, create your own client with a higher value, e.g. `MaxIdleConnsPerHost: 20`, or you will keep opening and tearing down TCP/TLS connections.

Start with something like 20 workers and measure; we can tune it later.""",
r"""Each fetch in my real code returns (body []byte, err error). How do I collect the results and the errors instead of just logging them?""",
r"""Send them back on a second channel as a small struct, and have a single place that reads that channel.

```go
type result struct {
    URL  string
    Body []byte
    Err  error
}

func fetchAll(urls []string, workers int) []result {
    jobs := make(chan string)
    results := make(chan result)
    var wg sync.WaitGroup

    for i := 0; i < workers; i++ {
        wg.Add(1)
        go func() {
            defer wg.Done()
            for u := range jobs {
                body, err := fetch(u) // your existing function
                results <- result{URL: u, Body: body, Err: err}
            }
        }()
    }

    go func() {
        for _, u := range urls {
            jobs <- u
        }
        close(jobs)
    }()

    go func() {
        wg.Wait()
        close(results) // only after every worker is done sending
    }()

    var out []result
    for r := range results {
        out = append(out, r)
    }
    return out
}
```

The key changes: the producer loop moves into its own goroutine (otherwise the main goroutine would block sending jobs while workers block sending results, which deadlocks), and a separate goroutine closes `results` once `wg.Wait()` returns, which ends the final `range`.

If you would rather stop at the first error, `golang.org/x/sync/errgroup` is a good fit: `g.SetLimit(20)` caps concurrency and `g.Wait()` returns the first non-nil error. For a crawler where you want a full report, the result struct is usually better.""",
r"""Some URLs just hang and the whole run stalls at the end. How do I add timeouts?""",
r"""Use both a client-level timeout and a per-request context, so a single slow server cannot hold a worker forever.

```go
var client = &http.Client{
    Timeout: 15 * time.Second, // whole request incl. reading the body
    Transport: &http.Transport{
        MaxIdleConnsPerHost:   20,
        TLSHandshakeTimeout:   5 * time.Second,
        ResponseHeaderTimeout: 10 * time.Second,
    },
}

func fetch(ctx context.Context, u string) ([]byte, error) {
    ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
    defer cancel()

    req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
    if err != nil {
        return nil, err
    }
    resp, err := client.Do(req)
    if err != nil {
        return nil, err
    }
    defer resp.Body.Close()
    return io.ReadAll(io.LimitReader(resp.Body, 10<<20)) // cap at 10 MB
}
```

Why both: `Client.Timeout` is a hard ceiling for every request, while the context lets you cancel everything at once from the top, for example `ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)` so Ctrl-C ends the run cleanly. Pass that `ctx` into `fetchAll` and then into each `fetch` call.

`io.LimitReader` guards against a server that streams an endless body, which is the other common way a crawler "hangs". A timed-out request comes back as an error containing `context deadline exceeded` or `Client.Timeout exceeded`, and it will land in your `result.Err` like any other failure.""",
r"""I ran it with -race and got a DATA RACE report pointing at a map I'm writing from inside the workers (I count status codes in map[int]int). Why, and what's the fix?""",
r"""Go maps are not safe for concurrent writes. Two goroutines doing `counts[code]++` at the same time can corrupt the map's internal buckets; the race detector caught it, and without `-race` the runtime may eventually crash with `fatal error: concurrent map writes`.

You have three clean fixes:

**1. Don't share the map (preferred here).** You already send every result to one collector loop, so count there. Only one goroutine touches the map, so no locking is needed:

```go
counts := map[int]int{}
for r := range results {
    counts[r.Status]++
    out = append(out, r)
}
```

(Add a `Status int` field to `result` and fill it from `resp.StatusCode`.)

**2. Guard it with a mutex** if the writes really must happen in the workers:

```go
var mu sync.Mutex
mu.Lock()
counts[code]++
mu.Unlock()
```

**3. `sync.Map`** exists, but it is tuned for keys written once and read many times, and it loses type safety. For a counter it is the worst of the three options.

The general rule behind option 1, "share memory by communicating", is why the channel-based design works well: each piece of state has exactly one owner goroutine, and everyone else sends it messages.""",
r"""Last thing: is 20 workers a sensible number?""",
r"""For I/O-bound work like HTTP fetches, 20 is a reasonable starting point, but the right number depends on the servers, not your CPU count. Goroutines waiting on the network cost almost nothing, so you could run 100+, but remote hosts may rate-limit or block you.

A practical approach: make it a flag, run the same 2,000 URLs at 10, 20, 50 and 100 workers, and compare total time and error rate. When time stops improving or 429/503 responses start appearing, back off. If most URLs are on one host, also cap per-host concurrency with `Transport.MaxConnsPerHost` (say 8) so you stay polite.""",
)))

# 002 contradiction en Terraform (4 turns) -- subtle: region changes in last turn
DIALOGUES.append(D(2, "contradiction", "en",
"Contradiction (subtle), turn 4: the final backend block sets region \"eu-central-1\" and calls it the same region as the bucket created earlier, but turns 1-2 established the state bucket in eu-west-1.",
pairs(
r"""We're four engineers using Terraform on AWS and everyone has local state files. It's already caused one overwrite. How do we move to shared remote state?""",
r"""Move the state to an S3 backend with locking. The steps:

**1. Create the backend resources once** (by hand or in a tiny separate bootstrap config):

- An S3 bucket, e.g. `acme-tfstate-prod` in `eu-west-1`, with **versioning enabled** (so you can roll back a corrupted state), default encryption, and "Block all public access" on.
- A DynamoDB table for locks, e.g. `terraform-locks`, with partition key `LockID` of type String and on-demand billing.

**2. Add the backend block** to your configuration:

```hcl
terraform {
  backend "s3" {
    bucket         = "acme-tfstate-prod"
    key            = "network/terraform.tfstate"
    region         = "eu-west-1"
    dynamodb_table = "terraform-locks"
    encrypt        = true
  }
}
```

**3. Migrate.** One person with the most recent local state runs `terraform init -migrate-state`. Terraform detects the backend change and asks whether to copy the existing state to S3; answer yes. Then run `terraform plan` and confirm it shows no changes.

**4. Clean up.** Everyone else pulls the updated code, runs `terraform init`, and deletes their local `terraform.tfstate` and `.tfstate.backup` files. Add `*.tfstate*` and `.terraform/` to `.gitignore`.

Note: on Terraform 1.10 and newer the S3 backend can lock natively with `use_lockfile = true`, and `dynamodb_table` is deprecated there. If your team is on 1.5–1.9, stick with the DynamoDB table.""",
r"""Should we split staging and production using workspaces, or separate directories?""",
r"""For staging vs production I'd use **separate directories** (or separate root modules), each with its own backend key, and keep workspaces for short-lived copies of the same environment.

Reasons:

- **Blast radius.** With workspaces, one `terraform apply` in the wrong workspace hits prod; the only safeguard is `terraform workspace show`. With directories you have to `cd` into `envs/prod`, which is much harder to do by accident.
- **Different shapes.** Prod often has more instances, multi-AZ databases, different instance sizes. Directories let each environment pass different variables to shared modules without `terraform.workspace` conditionals scattered everywhere.
- **Permissions.** You can give the CI role for staging access only to `staging/*` keys in the bucket.

A layout that works well:

```
modules/
  network/
envs/
  staging/network/main.tf   -> key = "staging/network/terraform.tfstate"
  prod/network/main.tf      -> key = "prod/network/terraform.tfstate"
```

Both environments can keep using the same `acme-tfstate-prod` bucket in eu-west-1 and the same lock table; only the `key` differs. Workspaces remain handy for things like a temporary `feature-x` copy of staging that you destroy after a week.""",
r"""Someone's apply crashed halfway and now everyone gets "Error acquiring the state lock". What do we do?""",
r"""That lock is left over from the crashed run. Terraform writes a lock entry when an operation starts and removes it at the end; if the process dies, the entry stays.

1. **Make sure nobody is actually running.** The error shows a `Lock Info` block with `ID`, `Who` (user@host) and `Created`. Ask that person, and check CI, before doing anything. Unlocking while a real apply is running is how state gets corrupted.
2. **Release it** from the same directory:
   ```
   terraform force-unlock 9db590f1-b6fe-c5f2-2678-8804f089deba
   ```
   using the ID from the error message. Terraform asks for confirmation.
3. **Check what the crashed apply did.** Run `terraform plan`. Resources that were created before the crash are usually already in state; ones that were half-created may show as needing replacement or may exist in AWS without being in state. For the latter, use `terraform import` (or an `import` block) rather than letting Terraform create duplicates.
4. If the plan looks strange, the bucket's versioning lets you download the previous state version from S3 and compare.

Don't delete items in the DynamoDB table by hand unless `force-unlock` fails; it's the same operation with less safety checking.""",
r"""Great. Can you give me the final backend block for the staging network stack so I can paste it?""",
r"""Here's the block for `envs/staging/network/main.tf`:

```hcl
terraform {
  required_version = ">= 1.5.0"

  backend "s3" {
    bucket         = "acme-tfstate-prod"
    key            = "staging/network/terraform.tfstate"
    region         = "eu-central-1"   # same region as the state bucket we created
    dynamodb_table = "terraform-locks"
    encrypt        = true
  }
}
```

A few notes for pasting it in:

- Backend blocks cannot use variables, so every value is a literal. If you don't want the bucket name hard-coded, use partial configuration: leave out `bucket`/`region` and pass `terraform init -backend-config=backend.hcl`.
- After adding it, run `terraform init` in that directory. Since staging has no state in S3 yet, Terraform will either start fresh or, if you had local staging state, offer to migrate it.
- Give the staging CI role `s3:GetObject`/`s3:PutObject` on `arn:aws:s3:::acme-tfstate-prod/staging/*`, `s3:ListBucket` on the bucket, and `dynamodb:GetItem`/`PutItem`/`DeleteItem` on the lock table. That keeps staging pipelines away from prod state.

Run `terraform plan` afterwards; an empty diff means the migration is complete.""",
)))

# 003 good en SQL window functions (4 turns)
DIALOGUES.append(D(3, "good", "en",
"Good: four turns on SQL window functions (running total, latest row per group, ranking functions with table, month-over-month with LAG); correct, specific, consistent.",
pairs(
r"""I have a table orders(order_id, customer_id, order_date, amount). I need a running total of amount per customer, ordered by date. How?""",
r"""Use `SUM` as a window function, partitioned by customer and ordered by date:

```sql
SELECT
    customer_id,
    order_id,
    order_date,
    amount,
    SUM(amount) OVER (
        PARTITION BY customer_id
        ORDER BY order_date, order_id
        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS running_total
FROM orders
ORDER BY customer_id, order_date, order_id;
```

Example output for one customer:

| customer_id | order_id | order_date | amount | running_total |
|---|---|---|---|---|
| 7 | 101 | 2024-01-03 | 40.00 | 40.00 |
| 7 | 115 | 2024-01-03 | 25.00 | 65.00 |
| 7 | 130 | 2024-02-11 | 60.00 | 125.00 |

Two details worth knowing:

- **Why the explicit frame.** When you write `ORDER BY` inside `OVER` without a frame, the default is `RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW`. With `RANGE`, rows that tie on `order_date` are "peers" and get the same total, so both January 3 orders above would show 65.00. `ROWS` processes them one at a time.
- **Why `order_id` in the ORDER BY.** It makes the ordering deterministic when two orders share a date, so the running total is stable between runs.

`PARTITION BY customer_id` restarts the sum for each customer; drop it and you get one running total across the whole table.""",
r"""Now I want only each customer's most recent order. I tried WHERE ROW_NUMBER() ... = 1 and got an error.""",
r"""Window functions are evaluated after `WHERE`, so you can't filter on them directly. Compute the number in a subquery or CTE, then filter outside:

```sql
WITH ranked AS (
    SELECT
        o.*,
        ROW_NUMBER() OVER (
            PARTITION BY customer_id
            ORDER BY order_date DESC, order_id DESC
        ) AS rn
    FROM orders o
)
SELECT order_id, customer_id, order_date, amount
FROM ranked
WHERE rn = 1;
```

`ROW_NUMBER()` gives exactly one row per customer even if two orders share the latest date; the `order_id DESC` tie-breaker decides which one wins. If you want *all* orders on the latest date instead, swap in `RANK()` and keep `WHERE rn = 1`.

Some databases offer shortcuts: PostgreSQL has `SELECT DISTINCT ON (customer_id) ... ORDER BY customer_id, order_date DESC`, and Snowflake, BigQuery and DuckDB support `QUALIFY ROW_NUMBER() OVER (...) = 1` directly in the query without a CTE.""",
r"""What is the actual difference between ROW_NUMBER, RANK and DENSE_RANK? Can you show it on an example?""",
r"""They only differ in how they treat ties. Take one customer's orders ordered by `amount DESC`:

```sql
SELECT order_id, amount,
       ROW_NUMBER() OVER (ORDER BY amount DESC) AS row_number,
       RANK()       OVER (ORDER BY amount DESC) AS rank,
       DENSE_RANK() OVER (ORDER BY amount DESC) AS dense_rank
FROM orders
WHERE customer_id = 7;
```

| order_id | amount | row_number | rank | dense_rank |
|---|---|---|---|---|
| 130 | 100.00 | 1 | 1 | 1 |
| 142 | 100.00 | 2 | 1 | 1 |
| 101 | 80.00 | 3 | 3 | 2 |
| 115 | 50.00 | 4 | 4 | 3 |

- **ROW_NUMBER**: always 1, 2, 3, 4. Ties get different numbers, chosen arbitrarily unless you add a tie-breaker column.
- **RANK**: ties share a number, and the next value skips (1, 1, 3). It's "how many rows are strictly ahead of me, plus one", like sports standings.
- **DENSE_RANK**: ties share a number, no gaps (1, 1, 2). Use it for "the top 3 distinct amounts".

Rule of thumb: ROW_NUMBER for deduplication and "one row per group", RANK for leaderboards, DENSE_RANK when you care about distinct values.""",
r"""Last one: I want monthly revenue and the percent change versus the previous month. We're on PostgreSQL.""",
r"""Aggregate by month first, then use `LAG` to look at the previous month's row:

```sql
WITH monthly AS (
    SELECT
        date_trunc('month', order_date)::date AS month,
        SUM(amount) AS revenue
    FROM orders
    GROUP BY 1
)
SELECT
    month,
    revenue,
    LAG(revenue) OVER (ORDER BY month) AS prev_revenue,
    ROUND(
        100.0 * (revenue - LAG(revenue) OVER (ORDER BY month))
        / NULLIF(LAG(revenue) OVER (ORDER BY month), 0),
        1
    ) AS pct_change
FROM monthly
ORDER BY month;
```

Notes:

- The first month has no predecessor, so `prev_revenue` and `pct_change` are `NULL`. That's correct; don't coalesce it to 0.
- `NULLIF(..., 0)` avoids a division-by-zero error if a month had zero revenue.
- `LAG` looks at the previous **row**, not the previous calendar month. If a month can have no orders at all, build a complete month list with `generate_series('2023-01-01'::date, '2024-12-01', interval '1 month')` and `LEFT JOIN` the aggregates onto it, using `COALESCE(revenue, 0)`.
- For year-over-year, use `LAG(revenue, 12)` on that complete month series.

To keep it readable you can also declare the window once: `... WINDOW w AS (ORDER BY month)` and write `LAG(revenue) OVER w`.""",
)))

# 004 placeholder en Linux permissions (3 turns) -- turn 2
DIALOGUES.append(D(4, "placeholder", "en",
"Placeholder, turn 2: the setfacl commands contain an unfilled template slot {{team_group}} although the group was named devteam in turn 1.",
pairs(
r"""We have a shared directory /srv/projects on an Ubuntu server. Everyone in our team should be able to read and edit each other's files there. What's the right setup?""",
r"""Use a dedicated group plus the setgid bit on the directory:

```bash
sudo groupadd devteam
sudo usermod -aG devteam alice
sudo usermod -aG devteam bob

sudo chgrp -R devteam /srv/projects
sudo chmod -R g+rwX /srv/projects
sudo find /srv/projects -type d -exec chmod g+s {} +
sudo chmod 2775 /srv/projects
```

What each part does:

- **Group ownership**: every file and directory belongs to `devteam`, so group permissions apply to all team members.
- **`g+rwX`**: capital `X` adds execute only to directories (and files that are already executable), so you don't make every text file executable.
- **setgid on directories (`2` in `2775`)**: new files created inside inherit the directory's group (`devteam`) instead of the creator's primary group. Without it, Alice's new files would belong to group `alice` and Bob couldn't edit them.
- **`2775`**: owner rwx, group rwx, others r-x. Use `2770` if people outside the team should not even list the directory.

Users have to log out and back in (or run `newgrp devteam`) before the new group membership takes effect; check with `id alice`.

The remaining piece is the **umask**. Ubuntu's default of `022` creates files as `-rw-r--r--`, i.e. without group write. Setting `umask 002` in each user's `~/.profile` fixes that for shell sessions.""",
r"""We did that, but some new files still come out as -rw-r--r-- (editors and scp seem to ignore the umask change). Can I force group write regardless of each person's umask?""",
r"""Yes, with **default ACLs** on the directory. A default ACL is inherited by everything created inside it, and it overrides the group bits the umask would otherwise strip (for the named group entry and the mask).

First make sure the `acl` package is installed (`sudo apt install acl`); ext4 and XFS support ACLs out of the box.

```bash
# existing files and directories: give the group rw (and x on dirs)
sudo setfacl -R -m g:{{team_group}}:rwX /srv/projects

# default ACL for everything created from now on
sudo setfacl -R -d -m g:{{team_group}}:rwX /srv/projects
sudo setfacl -R -d -m m::rwx /srv/projects
```

Explanation:

- `-m g:...:rwX` adds a named-group entry; `X` again means execute only for directories.
- `-d` sets the **default** ACL, which only directories carry and which new children inherit.
- `m::rwx` sets the default **mask**, the upper limit for group and named entries. If the mask ends up as `r-x`, the group entry is effectively read-only, which is the most common reason ACLs "don't work".
- `-R` applies it to the existing tree, not just the top directory.

One caveat: tools that explicitly `chmod` files after creating them (some `rsync` and `scp` options, e.g. `rsync -p`) can still narrow the mask. For rsync, use `--no-perms --chmod=ug=rwX` when uploading into the shared tree.""",
r"""How can I check that it's actually working?""",
r"""Inspect the ACL and then test with a real user.

```bash
getfacl /srv/projects
```

You should see something like:

```
# file: srv/projects
# owner: root
# group: devteam
# flags: -s-
user::rwx
group::rwx
mask::rwx
other::r-x
default:user::rwx
default:group::rwx
default:group:devteam:rwx
default:mask::rwx
default:other::r-x
```

The `flags: -s-` line confirms setgid, and the `default:` lines are what new files inherit.

Then test as two users:

```bash
sudo -u alice touch /srv/projects/test.txt
ls -l /srv/projects/test.txt
sudo -u bob sh -c 'echo ok >> /srv/projects/test.txt'
```

`ls -l` should show `-rw-rw-r--+` with group `devteam`; the trailing `+` means an ACL is attached. If Bob's append succeeds, it works. If it fails, run `getfacl /srv/projects/test.txt` and look at the line `#effective:` next to the group entry; that reveals a restrictive mask.""",
)))

# 005 good en calculus limits (6 turns)
DIALOGUES.append(D(5, "good", "en",
"Good: six turns of a student working through standard limits (squeeze proof of sin x/x, substitution, e^3, 1-cos x, L'Hopital conditions, x ln x); correct math, mix of long and short replies.",
pairs(
r"""Why is the limit of sin(x)/x as x goes to 0 equal to 1? My teacher just said "memorize it".""",
r"""It comes from a geometric squeeze argument. Take $0 < x < \pi/2$ and draw the unit circle with an angle $x$ at the centre.

Compare three areas:

1. The triangle with vertices at the origin, $(1, 0)$ and $(\cos x, \sin x)$: area $\tfrac12 \sin x$.
2. The circular sector with angle $x$: area $\tfrac12 x$ (a full circle of radius 1 has area $\pi$ for angle $2\pi$).
3. The larger right triangle with vertices at the origin, $(1,0)$ and $(1, \tan x)$: area $\tfrac12 \tan x$.

Each region contains the previous one, so

$$\tfrac12 \sin x \;<\; \tfrac12 x \;<\; \tfrac12 \tan x .$$

Multiply by $2/\sin x$ (positive here):

$$1 < \frac{x}{\sin x} < \frac{1}{\cos x}
\quad\Longrightarrow\quad
\cos x < \frac{\sin x}{x} < 1 .$$

As $x \to 0^+$, $\cos x \to 1$, and the middle expression is trapped between something going to 1 and the constant 1, so by the **squeeze theorem** it tends to 1. Since $\frac{\sin x}{x}$ is an even function, the same holds from the left.

One warning: using L'Hôpital's rule here is circular, because you need $\frac{d}{dx}\sin x = \cos x$, and that derivative is itself proved using this very limit.""",
r"""How does that help with the limit of sin(5x)/(3x) as x→0?""",
r"""Rewrite it so the argument of sine matches the denominator:

$$\frac{\sin 5x}{3x} = \frac{5}{3}\cdot\frac{\sin 5x}{5x}.$$

With $u = 5x$, $u \to 0$ as $x \to 0$, so $\frac{\sin u}{u} \to 1$ and the limit is $\frac{5}{3}$.

General pattern: $\displaystyle\lim_{x\to 0}\frac{\sin ax}{bx} = \frac{a}{b}$.""",
r"""OK. What about the limit of (1 + 3/x)^x as x→∞?""",
r"""This is a "$1^\infty$" form, so take logarithms. Let $L = \lim_{x\to\infty}(1+3/x)^x$. Then

$$\ln L = \lim_{x\to\infty} x \ln\!\left(1+\frac{3}{x}\right).$$

Substitute $t = 3/x$, so $x = 3/t$ and $t \to 0^+$:

$$\ln L = \lim_{t\to 0^+} \frac{3\ln(1+t)}{t} = 3\cdot 1 = 3,$$

using the standard limit $\frac{\ln(1+t)}{t} \to 1$ (which is just the derivative of $\ln$ at 1). Hence $L = e^3 \approx 20.09$.

This generalises the definition of $e$: $\displaystyle\lim_{x\to\infty}\left(1+\frac{a}{x}\right)^{x} = e^{a}$. It is also exactly the continuous-compounding formula: 300% interest compounded ever more often grows 1 unit to $e^3$ units in a year.""",
r"""And the limit of (1 − cos x)/x² as x→0?""",
r"""Multiply numerator and denominator by the conjugate $1 + \cos x$:

$$\frac{1-\cos x}{x^2}\cdot\frac{1+\cos x}{1+\cos x}
= \frac{1-\cos^2 x}{x^2(1+\cos x)}
= \left(\frac{\sin x}{x}\right)^2 \cdot \frac{1}{1+\cos x}.$$

As $x \to 0$ the first factor tends to $1^2 = 1$ and the second to $\frac{1}{1+1} = \frac12$, so the limit is $\frac{1}{2}$.

You can sanity-check it numerically: at $x = 0.01$, $1-\cos(0.01) \approx 0.0000499996$, and dividing by $0.0001$ gives $0.499996$. It also matches the Taylor expansion $\cos x = 1 - \frac{x^2}{2} + \frac{x^4}{24} - \dots$, which says $1-\cos x \approx \frac{x^2}{2}$ near 0.""",
r"""When am I actually allowed to use L'Hôpital's rule, and when does it fail?""",
r"""L'Hôpital says $\displaystyle\lim_{x\to a}\frac{f(x)}{g(x)} = \lim_{x\to a}\frac{f'(x)}{g'(x)}$, but only when **all** of these hold:

1. **Indeterminate form**: the original limit is $\frac{0}{0}$ or $\frac{\pm\infty}{\pm\infty}$. Forms like $0\cdot\infty$, $\infty-\infty$, $1^\infty$, $0^0$, $\infty^0$ must first be rewritten as a quotient (or via logarithms, as we did for $e^3$).
2. **Differentiability**: $f$ and $g$ are differentiable on an open interval around $a$ (except possibly at $a$ itself).
3. **$g'(x) \ne 0$** near $a$ (except possibly at $a$).
4. **The new limit exists** (finite or $\pm\infty$). If $\lim f'/g'$ does not exist, the rule tells you **nothing**; it does not mean the original limit fails to exist.

Classic failure of point 4:

$$\lim_{x\to\infty}\frac{x + \sin x}{x}.$$

It is $\frac{\infty}{\infty}$, and differentiating gives $\frac{1+\cos x}{1}$, which oscillates between 0 and 2 forever. But the original limit is easy: $\frac{x+\sin x}{x} = 1 + \frac{\sin x}{x} \to 1$.

Typical misuse of point 1: $\displaystyle\lim_{x\to 0}\frac{\cos x}{x^2}$ is not indeterminate (it's $\frac{1}{0^+} = +\infty$), but blindly differentiating gives $\frac{-\sin x}{2x} \to -\frac12$, which is wrong.

And as mentioned earlier, don't use it for $\frac{\sin x}{x}$, where it is circular. Algebraic tricks or known limits are often faster anyway.""",
r"""Thanks! Quick one to check myself: limit of x·ln(x) as x→0⁺?""",
r"""It's $0$. Write it as a quotient to get $\frac{\infty}{\infty}$:

$$x\ln x = \frac{\ln x}{1/x} \;\to\; \frac{-\infty}{+\infty}.$$

L'Hôpital gives $\dfrac{1/x}{-1/x^2} = -x \to 0$. Intuitively, $x$ shrinks to zero much faster than $\ln x$ blows up.""",
)))

# 006 misaligned en quantum basics (4 turns) -- replies 2 and 3 swapped
DIALOGUES.append(D(6, "misaligned", "en",
"Misaligned: the replies to turns 2 and 3 are swapped; turn 2 (what measurement does) gets the entanglement/no-signalling answer and turn 3 (entanglement, FTL messages) gets the measurement/collapse answer.",
pairs(
r"""I'm trying to understand quantum computing from scratch. What is a qubit, compared with a normal bit?""",
r"""A classical bit is always in exactly one of two states, 0 or 1. A **qubit** can be in a *superposition* of both:

$$|\psi\rangle = \alpha|0\rangle + \beta|1\rangle,$$

where $\alpha$ and $\beta$ are complex numbers called amplitudes, with $|\alpha|^2 + |\beta|^2 = 1$.

What that means in practice:

- The amplitudes are not hidden probabilities that you could read out. When you measure the qubit you get 0 with probability $|\alpha|^2$ and 1 with probability $|\beta|^2$, and you get just one bit of information.
- Amplitudes can be negative or complex, so they can **interfere**: contributions to a wrong answer can cancel out while contributions to the right answer add up. That interference, not "trying all answers at once", is where quantum algorithms get their advantage.
- $n$ qubits are described by $2^n$ amplitudes. 50 qubits already need about $10^{15}$ complex numbers to describe classically, which is why simulating large quantum systems is hard.

Physically, a qubit can be the spin of an electron, two energy levels of an ion, the polarisation of a photon, or a superconducting circuit (what IBM and Google use), cooled to about 10–20 millikelvin so thermal noise doesn't destroy the superposition.""",
r"""What actually happens when you measure a qubit that's in a superposition?""",
r"""Entanglement means two or more qubits share a single joint state that cannot be written as separate states for each one. The standard example is the Bell state

$$|\Phi^+\rangle = \frac{1}{\sqrt2}\left(|00\rangle + |11\rangle\right).$$

Neither qubit has a definite value on its own, but if you measure both in the same basis you always get matching results: 00 or 11, each with probability 1/2, even if the qubits are light-years apart.

Can that send messages faster than light? **No.** This is the *no-signalling theorem*:

- Alice's individual results are perfectly random, 50/50, no matter what Bob does. She can't choose her outcome, so she can't encode a bit in it.
- Bob's results are also 50/50 on their own. The correlation only becomes visible when they compare their lists, and that comparison needs an ordinary channel limited by the speed of light.
- Even quantum teleportation, which uses entanglement, requires Alice to send Bob two classical bits before he can reconstruct the state.

So entanglement produces correlations stronger than any classical system can (that's what Bell tests show, and what the 2022 Nobel Prize recognised), but it is a resource for tasks like teleportation, superdense coding and quantum key distribution, not a faster-than-light telephone.""",
r"""What's entanglement, and could it be used to send messages faster than light?""",
r"""Measurement forces the qubit to give a definite answer, and it changes the state.

Suppose the qubit is $|\psi\rangle = \alpha|0\rangle + \beta|1\rangle$ and you measure in the standard (computational) basis:

1. You get outcome **0** with probability $|\alpha|^2$ and **1** with probability $|\beta|^2$ (the *Born rule*).
2. Right after the measurement, the qubit is in the state matching the result: $|0\rangle$ if you saw 0, $|1\rangle$ if you saw 1. The superposition is gone; this is usually called *collapse*.
3. Measuring again immediately gives the same result every time. The original $\alpha$ and $\beta$ can't be recovered from the qubit.

Example: for $|+\rangle = \frac{1}{\sqrt2}(|0\rangle + |1\rangle)$, you get 0 or 1 with 50% each. To *estimate* $\alpha$ and $\beta$ you would need many identically prepared copies and many measurements (state tomography).

Two further points:

- What you get depends on the **basis** you measure in. Measuring $|+\rangle$ in the $\{|+\rangle, |-\rangle\}$ basis gives $+$ with certainty.
- Whether collapse is a physical process or just an update of information is a question of interpretation (Copenhagen, many-worlds, etc.); the predictions are the same.

That's also why quantum algorithms are designed so that interference concentrates the amplitude on the right answer *before* the final measurement.""",
r"""Last question: what does a Hadamard gate do?""",
r"""The Hadamard gate $H$ turns a definite state into an equal superposition, and back. Its matrix is

$$H = \frac{1}{\sqrt2}\begin{pmatrix}1 & 1\\ 1 & -1\end{pmatrix},$$

so

$$H|0\rangle = \frac{|0\rangle + |1\rangle}{\sqrt2} = |+\rangle, \qquad
H|1\rangle = \frac{|0\rangle - |1\rangle}{\sqrt2} = |-\rangle.$$

Both outputs give 0 or 1 with 50% probability if measured, but they differ in the **sign** of the $|1\rangle$ amplitude, and that sign matters: applying $H$ again gives $H|+\rangle = |0\rangle$ and $H|-\rangle = |1\rangle$. $H$ is its own inverse ($H^2 = I$), and the second application makes the two paths interfere so one outcome cancels.

Why it shows up everywhere:

- Applying $H$ to each of $n$ qubits starting from $|0\dots0\rangle$ creates an equal superposition of all $2^n$ bit strings, the usual first step of Deutsch–Jozsa, Grover's search and Simon's algorithm.
- $H$ followed by a CNOT turns $|00\rangle$ into the Bell state $\frac{1}{\sqrt2}(|00\rangle + |11\rangle)$.
- It switches between the Z basis $\{|0\rangle,|1\rangle\}$ and the X basis $\{|+\rangle,|-\rangle\}$, so "apply $H$, then measure" is how you measure in the X basis on hardware.""",
)))
