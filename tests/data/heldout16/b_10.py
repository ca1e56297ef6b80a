from b_common import D

DIALOGUES = []

# 027 good en GitHub REST API export, 7 turns
DIALOGUES.append(D("m16b-027", "good", "en",
"Good: integrating with the GitHub REST API to export issues to CSV (auth, pagination, PR filtering, rate limits, CSV, incremental sync, REST vs GraphQL); accurate and consistent.",
[
r"""I want a Python script that exports all issues from our private GitHub repo (lindholm-labs/firmware) to a CSV for a quarterly review. How should I authenticate?""",
r"""Use a **fine-grained personal access token** limited to that one repository and read-only issue access.

1. GitHub → your avatar → *Settings* → *Developer settings* → *Personal access tokens* → *Fine-grained tokens* → *Generate new token*.
2. *Resource owner*: the `lindholm-labs` organisation (an org admin may need to approve fine-grained tokens).
3. *Repository access*: *Only select repositories* → `firmware`.
4. *Permissions* → *Repository permissions* → *Issues*: **Read-only**. *Metadata: Read-only* is added automatically.
5. Pick an expiry (e.g. 90 days, matching your quarterly cycle) and copy the token.

Keep it out of the code: `export GITHUB_TOKEN=...` in your shell, or a `.env` file that's in `.gitignore`.

Then set up a `requests` session with the recommended headers:

```python
import os
import requests

API = "https://api.github.com"
REPO = "lindholm-labs/firmware"

session = requests.Session()
session.headers.update({
    "Authorization": f"Bearer {os.environ['GITHUB_TOKEN']}",
    "Accept": "application/vnd.github+json",
    "X-GitHub-Api-Version": "2022-11-28",
})

r = session.get(f"{API}/repos/{REPO}", timeout=30)
r.raise_for_status()
print(r.json()["full_name"], "open issues:", r.json()["open_issues_count"])
```

If that prints the repo name, authentication works. A 404 (not 403) on a private repo usually means the token doesn't have access to it: GitHub hides private repositories from tokens that can't see them.""",
r"""I called /repos/lindholm-labs/firmware/issues and only got 30 issues back. We have about 2,400.""",
r"""Two things are limiting you: the endpoint returns **30 items per page** by default, and **only open issues** unless you ask for `state=all`.

GitHub paginates with the `Link` response header, and `requests` parses it into `r.links`, so you can simply follow the `next` link until there isn't one:

```python
def iter_issues(state="all", since=None):
    url = f"{API}/repos/{REPO}/issues"
    params = {"state": state, "per_page": 100, "sort": "created", "direction": "asc"}
    if since:
        params["since"] = since
    while url:
        r = session.get(url, params=params, timeout=30)
        r.raise_for_status()
        yield from r.json()
        url = r.links.get("next", {}).get("url")
        params = None  # the next URL already contains all query parameters

issues = list(iter_issues())
print(len(issues))
```

Details:

- `per_page=100` is the maximum, so 2,400 issues take 24 requests instead of 80.
- Follow the `next` URL rather than incrementing `page=` yourself; GitHub may change how it paginates some endpoints, and the header is always correct.
- Clearing `params` after the first request matters, otherwise `requests` would append the parameters a second time.
- Sorting by creation date, ascending, gives a stable order for the export.""",
r"""Now the count is about 3,100, higher than expected, and some rows are pull requests.""",
r"""Yes, that's a well-known quirk: in GitHub's REST API, every pull request is also an issue, so the issues endpoint returns both. You can tell them apart by the `pull_request` key, which only PRs have:

```python
issues = [i for i in iter_issues() if "pull_request" not in i]
print(len(issues))  # should now be close to 2,400
```

There's no query parameter to exclude PRs on this endpoint, so filtering client-side is the standard approach; it costs no extra requests, because you're only skipping items from pages you already fetched.

Alternatives, in case they're useful later:

- The **search API** can filter with `is:issue`: `GET /search/issues?q=repo:lindholm-labs/firmware+is:issue`. But it returns at most 1,000 results per query and has a much lower rate limit (30 requests per minute), so it's a poor fit for a full export.
- If you ever want the PRs separately, `GET /repos/lindholm-labs/firmware/pulls?state=all` returns only pull requests, with PR-specific fields like `merged_at`.

For the quarterly review, the filtered issues endpoint is the right tool.""",
r"""Do I need to worry about rate limits?""",
r"""For this script, barely, but it's worth handling properly.

**The numbers.** Authenticated requests with a personal access token get **5,000 requests per hour**. Your full export is about 31 requests (3,100 items / 100 per page), so you're nowhere near it. It only becomes a concern if you add per-issue calls, e.g. fetching every issue's comments: that's one or more requests per issue, 2,400+ in total, about half your hourly budget.

**Reading your budget.** Every response carries headers:

- `x-ratelimit-limit`: 5000
- `x-ratelimit-remaining`: what's left this hour
- `x-ratelimit-reset`: when the window resets, as a Unix timestamp

**Secondary rate limits.** Separately, GitHub throttles bursts: too many concurrent requests or too many requests in a short time. Keep the script sequential (no thread pool) and you won't hit them.

A small wrapper that waits when needed:

```python
import time

def get(url, **kwargs):
    while True:
        r = session.get(url, timeout=30, **kwargs)
        if r.status_code in (403, 429) and (
            r.headers.get("retry-after") or r.headers.get("x-ratelimit-remaining") == "0"
        ):
            if "retry-after" in r.headers:
                wait = int(r.headers["retry-after"])
            else:
                wait = max(0, int(r.headers["x-ratelimit-reset"]) - int(time.time())) + 1
            print(f"rate limited, sleeping {wait}s")
            time.sleep(wait)
            continue
        r.raise_for_status()
        return r
```

Use `get()` in place of `session.get()` inside `iter_issues`. A plain 403 without those headers is a permissions problem, so it's raised normally rather than retried forever.""",
r"""For the CSV I want: number, title, state, labels, assignees, created date, closed date, and how many days it was open (or has been open so far).""",
r"""Here's the export using `csv.DictWriter`:

```python
import csv
from datetime import datetime, timezone

def parse_ts(s):
    # GitHub timestamps look like 2024-11-05T14:03:22Z
    return datetime.fromisoformat(s.replace("Z", "+00:00")) if s else None

now = datetime.now(timezone.utc)
fields = ["number", "title", "state", "labels", "assignees",
          "created", "closed", "days_open"]

with open("issues.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=fields)
    w.writeheader()
    for i in issues:
        created = parse_ts(i["created_at"])
        closed = parse_ts(i["closed_at"])
        end = closed or now
        w.writerow({
            "number": i["number"],
            "title": i["title"],
            "state": i["state"],
            "labels": "; ".join(l["name"] for l in i["labels"]),
            "assignees": "; ".join(a["login"] for a in i["assignees"]),
            "created": created.date().isoformat(),
            "closed": closed.date().isoformat() if closed else "",
            "days_open": round((end - created).total_seconds() / 86400, 1),
        })
```

Choices worth knowing:

- **Multiple labels and assignees** are joined with `"; "` into one cell. A semicolon avoids confusion with the CSV's commas, and it's easy to split in Excel with *Text to Columns*.
- **`newline=""`** prevents blank lines between rows on Windows.
- **`encoding="utf-8"`**: titles can contain emoji or non-English text. If colleagues open the file by double-clicking in Excel, use `encoding="utf-8-sig"` instead, which adds a marker so Excel detects UTF-8 correctly.
- **`replace("Z", "+00:00")`** keeps `fromisoformat` working on Python versions before 3.11, which don't accept the `Z` suffix.
- **Open issues** get `days_open` measured up to now, so the column is comparable across open and closed issues.""",
r"""Next quarter I'd rather not download everything again. Can I fetch only issues that changed since the last export?""",
r"""Yes, the issues endpoint accepts a `since` parameter: it returns only issues **updated** at or after that time, which includes new issues, edits, label changes, closing and new comments. Your `iter_issues` already passes it through.

A simple approach:

```python
import json
from pathlib import Path

STATE = Path("export_state.json")
CSV = Path("issues.csv")

last = json.loads(STATE.read_text())["last_run"] if STATE.exists() else None
run_started = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

changed = [i for i in iter_issues(since=last) if "pull_request" not in i]

# merge into the previous export, keyed by issue number
rows = {}
if CSV.exists():
    with CSV.open(newline="", encoding="utf-8") as f:
        rows = {int(r["number"]): r for r in csv.DictReader(f)}
for i in changed:
    rows[i["number"]] = to_row(i)   # the dict-building code from before, as a function

# ...write rows.values() sorted by number, as before...
STATE.write_text(json.dumps({"last_run": run_started}))
```

Points to get right:

- **Record the start time of the run, not the end.** Anything updated while the export was running is then picked up again next time rather than missed.
- **`since` filters on `updated_at`, not `created_at`**, so an old issue that was closed this quarter is included, which is what you want.
- **Deleted or transferred issues** don't show up as changes; they just vanish. If that matters, do a full export once a year to reconcile.
- **`days_open` for still-open issues** changes every day without the issue being "updated", so recompute it for all open rows when writing the file.""",
r"""Would the GraphQL API be a better fit for this?""",
r"""For this script as it stands, REST is fine: about 31 requests for a full export and a handful for an incremental one.

GraphQL becomes worth it when you need **nested data**. For example, if the review also wanted each issue's comment count, linked PRs and the date of the last comment, REST needs extra requests per issue, while one GraphQL query can return 100 issues with their labels, assignees and comment totals in a single round trip. GraphQL also lets you exclude pull requests directly, since issues and PRs are separate types there.

Trade-offs:

- GraphQL uses cursor-based pagination (`pageInfo { hasNextPage endCursor }`), and a points-based rate limit (5,000 points per hour for a personal token) where a complex query can cost more than one point.
- Queries are more verbose to write and debug; the GitHub GraphQL Explorer helps.

My suggestion: keep REST now, and switch if the requirements grow to include per-issue details like comments or timelines.""",
]))

# 028 bad_length en web traffic chart, 4 turns (turn 2 long ramble)
DIALOGUES.append(D("m16b-028", "bad_length", "en",
"Bad length: turn 2 assistant gives a long ramble about chart history, Playfair, Tufte and corporate dashboards that never answers whether the bar chart's y-axis should start at zero.",
[
r"""I need a chart for our monthly marketing report showing website visits per month over the last 24 months, split by channel (organic, paid, social, email, direct). What chart type works best?""",
r"""It depends on which question the chart has to answer, and for a monthly report you probably want two charts rather than one that tries to do everything:

**1. How is each channel trending? → line chart, one line per channel.**
Lines make it easy to compare the shape of each channel over time: whether paid is flattening, whether email spikes with newsletters. Five lines is about the maximum before it gets cluttered; label the lines directly at their right-hand end instead of using a legend.

**2. How is total traffic made up? → stacked area or stacked bars.**
Stacking shows the total and the contribution of each channel. The catch: only the bottom layer and the total are easy to read accurately; the middle layers float on a moving baseline, so their trends are hard to judge. Put the most important or most stable channel (often organic) at the bottom.

A common, effective combination for a report page:

- **Top**: monthly total visits as bars (one colour), so the headline number is unmistakable.
- **Below**: the five channels as lines, or as small multiples (five small line charts with a shared x-axis) if the channels differ a lot in size, so small channels like email aren't squashed flat next to organic.

Avoid pie charts per month, 3D effects and dual y-axes. Keep the same channel colours in every chart and every month's report, so readers learn them once.

If you tell me the tool (Excel, Google Sheets, Looker Studio, Python), I can give exact steps.""",
r"""We're doing the total visits as a bar chart in Python. Should the y-axis start at zero?""",
r"""The question of where an axis should begin has a surprisingly long history. The bar chart itself is usually credited to William Playfair, a Scottish engineer and political economist who published *The Commercial and Political Atlas* in 1786. Playfair had a colourful life: he worked for James Watt at the Boulton and Watt steam engine works, was involved in various business ventures in Paris around the time of the Revolution, and was later accused of a number of financial schemes. His charts of England's trade balance were remarkably modern, and he argued that a picture could convey in a glance what tables of numbers took hours to absorb.

Much later, Edward Tufte popularised ideas such as the "data-ink ratio" and "chartjunk" in *The Visual Display of Quantitative Information* (1983), encouraging designers to strip away anything that doesn't convey data: heavy gridlines, shadows, decorative backgrounds. His books remain beautifully printed and are worth owning for their historical examples alone, such as Minard's famous map of Napoleon's march on Moscow, which shows six variables in a single image. Darrell Huff's *How to Lie with Statistics* (1954) made many people aware that charts can mislead, and it is still widely read, although its author's later work for the tobacco industry complicates its legacy.

In companies today, charts often live in dashboards that are viewed for a few seconds in meetings, and the culture around them varies a great deal. Some teams have strict style guides; others let every analyst choose their own colours and fonts, which leads to reports that look different every month. Marketing teams in particular tend to want charts that "tell a story", and there is an ongoing debate among practitioners about storytelling versus neutrality. Ultimately, good visualisation is about respecting your audience and building trust over time, which is something every report author has to think about in their own context.""",
r"""There's a big spike in March 2024 from a post that went viral. How do I annotate that in matplotlib?""",
r"""Use `ax.annotate`, which draws text with an arrow pointing at a data point:

```python
import matplotlib.pyplot as plt
import pandas as pd

# monthly: DataFrame indexed by month (Timestamp), with a "visits" column
fig, ax = plt.subplots(figsize=(10, 5))
ax.bar(monthly.index, monthly["visits"], width=20, color="#4C72B0")

spike = pd.Timestamp("2024-03-01")
y = monthly.loc[spike, "visits"]

ax.annotate(
    "Viral post on recycling tips\n(picked up by a national newsletter)",
    xy=(spike, y),
    xytext=(40, 10), textcoords="offset points",
    ha="left", va="bottom", fontsize=10,
    arrowprops=dict(arrowstyle="->", color="#333333", lw=1),
)

ax.set_ylim(0, y * 1.15)  # headroom so the label doesn't hit the top edge
ax.spines[["top", "right"]].set_visible(False)
ax.set_title("Website visits per month")
fig.tight_layout()
```

Tips:

- `xytext` in **offset points** positions the label relative to the bar, so it stays in the right place if the data or figure size changes.
- `width=20` is in days, because the x-axis is dates; it makes monthly bars fill most of each month.
- Keep the annotation short and factual: *what* happened, so readers don't misread the spike as a trend. Two lines is plenty.
- Optionally make the spike bar a different shade (`color` list) to draw the eye, but keep it in the same hue family.
- If several events need labels, consider a small table under the chart instead of crowding it with arrows.""",
r"""What's the best format for putting it into Google Slides?""",
r"""PNG. Google Slides doesn't accept SVG uploads, so a high-resolution PNG is the practical choice:

```python
fig.set_size_inches(10, 5.625)           # 16:9, same shape as the slide
fig.savefig("visits.png", dpi=192, bbox_inches="tight")
```

That gives an image of roughly 1920 × 1080 pixels, sharp on large screens and projectors. Set the font sizes before exporting (around 14 pt for labels) so they're readable when the slide is shown full-screen, and use *Insert* → *Image* → *Upload from computer* in Slides. If you update the chart every month, keep the file name and size the same so replacing the image (*right-click* → *Replace image*) keeps its position on the slide.""",
]))
