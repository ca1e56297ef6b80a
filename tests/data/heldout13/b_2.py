# -*- coding: utf-8 -*-
# Hand-written dialogues m13b-005 .. m13b-008

DIALOGUES = []

# ---------------------------------------------------------------- 005
DIALOGUES.append({
    "id": "m13b-005",
    "label": "misaligned",
    "language": "en",
    "note": "Misaligned: replies 2 and 3 are swapped. Turn 2 (how much slower at 0.8c) gets the twin-paradox explanation; turn 3 (twin paradox) gets the gamma = 1.667 calculation.",
    "conv": [
        ("human", "I understand the time dilation formula but not why it happens. Can you give me an intuition for why a moving clock ticks slower?"),
        ("gpt", """The standard intuition is the **light clock**.

Picture a clock made of two mirrors a distance *L* apart, with a pulse of light bouncing between them. One tick = one round trip. In the clock's own rest frame, the light goes straight up and down, and a tick takes 2L/c.

Now watch that same clock fly past you at speed *v*. From your point of view, the mirrors move sideways while the light is in transit. So the light has to travel a **diagonal** path to hit the upper mirror, then another diagonal back down. Diagonals are longer than the straight vertical path.

The key postulate of special relativity is that light moves at *c* in every inertial frame. It doesn't get a speed boost from the moving mirrors the way a thrown ball would. So in your frame, light covers a longer path at the same speed, and each tick takes longer.

Apply Pythagoras to one half-tick: the light travels *ct* along the diagonal, the mirror moves *vt* sideways, and the vertical distance is still *L*:

(ct)² = L² + (vt)²  →  t = (L/c) / √(1 − v²/c²)

That factor is the Lorentz factor:

**γ = 1 / √(1 − v²/c²)**

Nothing special about light clocks here. By the relativity principle, *every* physical process in the moving frame (atomic vibrations, chemical reactions, heartbeats) must slow by the same factor. Otherwise an observer on board could tell they're "really" moving by comparing a light clock with a wristwatch."""),
        ("human", "So if a spaceship passes me at 0.8c, how much slower does its clock tick, in actual numbers?"),
        ("gpt", """The symmetry is real, and the paradox goes away once you notice that the two twins are **not** in equivalent situations.

While the traveller coasts outward at constant velocity, each twin really does measure the other's clock running slow, and neither view is wrong. But to compare ages face to face, the traveller has to **turn around**. That means switching from one inertial frame to another, and the stay-at-home twin never does that.

A concrete version: a star 4 light-years away, a round trip at 0.8c.

- **Earth frame:** distance 8 ly at 0.8c takes **10 years**. Earth twin ages 10 years.
- **Traveller:** each leg is length-contracted to 4 × 0.6 = 2.4 ly, and 2.4 / 0.8 = 3 years per leg, so **6 years** in total.

What happens at the turnaround is a jump in the traveller's notion of "now on Earth" (relativity of simultaneity). Just before turning, the traveller's frame says Earth's present moment is ~1.8 years after departure. Right after switching to the inbound frame, it's ~8.2 years. Those "missing" 6.4 years are where the asymmetry hides.

A cleaner way to say it: proper time along a path through spacetime is **longest for the straight (inertial) path** between two events. The Earth twin's worldline is straight. The traveller's is bent. Acceleration isn't what causes the ageing difference, but it's what makes the two paths geometrically different."""),
        ("human", "Then why isn't it symmetric? From the ship's point of view, I'm the one moving, so my clock should be slow. That's the twin paradox, right? How is it resolved?"),
        ("gpt", """Plug v = 0.8c into the Lorentz factor:

γ = 1 / √(1 − 0.8²) = 1 / √(1 − 0.64) = 1 / √0.36 = 1 / 0.6 ≈ **1.667**

So while 1 second passes on the ship's clock, **1.667 seconds** pass on yours, as measured in your frame. The ship's clock runs at 60% of your rate.

Some more concrete numbers:

| Ship clock | Your clock |
|---|---|
| 1 minute | 1 min 40 s |
| 1 hour | 1 h 40 min |
| 1 year | 1.67 years (~20 months) |

The same factor shows up as **length contraction**: a ship that is 100 m long at rest measures 60 m long along its direction of motion in your frame.

For a sense of scale, γ grows slowly at first and then very fast:

- 0.1c → γ ≈ 1.005 (0.5% effect)
- 0.5c → γ ≈ 1.155
- 0.9c → γ ≈ 2.294
- 0.99c → γ ≈ 7.09

So at 0.8c the effect is large and obvious, but it isn't extreme yet."""),
        ("human", "Does any of this matter in everyday technology? I've heard GPS has to correct for relativity."),
        ("gpt", """Yes. GPS is the standard real-world example, and it involves **both** special and general relativity.

GPS satellites orbit at about 20,200 km altitude with a speed of roughly 3.9 km/s. Two effects act on their atomic clocks, relative to clocks on the ground:

1. **Special relativity (velocity):** the satellites move fast relative to the ground, so their clocks run *slow*, by about **7 microseconds per day**.
2. **General relativity (gravity):** the satellites sit higher in Earth's gravitational potential, where time runs *faster*, by about **45 microseconds per day**.

Net effect: the satellite clocks gain about **38 μs per day**.

That sounds tiny, but GPS positioning works by timing radio signals that travel at light speed. Light covers about 30 cm per nanosecond, so 38,000 ns of drift per day would add up to roughly **10–11 km** of ranging error per day if nobody corrected it.

The correction is built into the hardware. The satellite clocks are set to run at 10.22999999543 MHz instead of the nominal 10.23 MHz before launch, so that they tick at the right rate *as seen from the ground*. Receivers also apply a small extra correction for each satellite's slightly elliptical orbit.

So every time your phone finds your location, it depends on both special and general relativity being right to about one part in 10¹⁰."""),
    ],
})

# ---------------------------------------------------------------- 006
DIALOGUES.append({
    "id": "m13b-006",
    "label": "leakage",
    "language": "en",
    "note": "Leakage (subtle): mid-way through reply 2 a generation-scaffold label 'Step 2 (give the fix with a YAML example):' is left in the text.",
    "conv": [
        ("human", """Every Docker build of my Node app reinstalls all npm packages (~3 minutes), even when I only change one source file. Dockerfile:

```dockerfile
FROM node:20-alpine
WORKDIR /app
COPY . .
RUN npm ci
CMD ["node", "server.js"]
```"""),
        ("gpt", """The problem is `COPY . .` coming before `npm ci`.

Docker caches each instruction as a layer. For `COPY`, the cache key includes a checksum of every copied file. So when *any* file in your project changes, the `COPY . .` layer is invalidated, and so is every layer after it, including the 3-minute `npm ci`.

Copy the dependency manifests first, install, and only then copy the rest:

```dockerfile
FROM node:20-alpine
WORKDIR /app

COPY package.json package-lock.json ./
RUN npm ci --omit=dev

COPY . .
CMD ["node", "server.js"]
```

Now the `npm ci` layer is only rebuilt when `package.json` or `package-lock.json` changes. Editing `server.js` only invalidates the final `COPY`, which takes under a second.

Also add a `.dockerignore` so junk doesn't reach the build context or bust the cache:

```
node_modules
npm-debug.log
.git
.env
dist
coverage
```

`node_modules` is the important one. Without it, your local (possibly macOS-built) modules get copied over the freshly installed Linux ones in the final `COPY . .` step. That causes "invalid ELF header" errors with native modules like `bcrypt`.

(Drop `--omit=dev` if your build step needs dev dependencies. A multi-stage build handles that cleanly.)"""),
        ("human", "That fixed it locally. But in GitHub Actions every build still starts from scratch and takes the full time."),
        ("gpt", """That's expected. GitHub-hosted runners are **ephemeral**: each job starts on a fresh VM with an empty Docker layer cache. Your Dockerfile is now cache-friendly, but there's no cache to hit. You have to export the cache somewhere persistent and import it on the next run.

Step 2 (give the fix with a YAML example): The cleanest fix is BuildKit's GitHub Actions cache backend, which stores layers in the same cache service that `actions/cache` uses:

```yaml
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4

      - uses: docker/setup-buildx-action@v3

      - uses: docker/build-push-action@v6
        with:
          context: .
          push: false            # set to true once registry login is added
          tags: myapp:ci
          cache-from: type=gha
          cache-to: type=gha,mode=max
```

`setup-buildx-action` is required. The default `docker` driver can't export caches to `gha`.

On the first run you'll see the cache being written. On the next run with unchanged `package*.json`, the log should show `CACHED [3/5] RUN npm ci --omit=dev`.

An alternative is a registry cache (`type=registry,ref=ghcr.io/you/app:buildcache`). That's useful if several repos or non-GitHub CI systems share one cache."""),
        ("human", "What's the difference between mode=max and the default?"),
        ("gpt", """The default is `mode=min`. It exports cache **only for the layers that end up in the final image**.

`mode=max` exports cache for **every layer of every stage**, including intermediate stages of a multi-stage build that never appear in the final image.

That matters for a typical Node multi-stage build:

```dockerfile
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci                 # dev deps for the build
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
CMD ["node", "dist/server.js"]
```

With `mode=min`, the `build` stage's `npm ci` layer isn't exported because it isn't part of the final image. So CI reinstalls all dev dependencies every time. With `mode=max`, that layer is cached too.

Trade-offs:

- **Size:** `max` uploads more data. The GitHub Actions cache has a 10 GB limit per repository and evicts the least recently used entries when full.
- **Upload time:** exporting many large layers can add tens of seconds per build.

For multi-stage builds, `mode=max` is almost always worth it. For a single-stage Dockerfile like your original one, the two modes are practically the same."""),
        ("human", "When package-lock.json does change, npm ci still downloads everything. Can I cache the npm download cache itself?"),
        ("gpt", """Yes, with a BuildKit **cache mount**. It keeps a directory around between builds without making it part of any image layer:

```dockerfile
# syntax=docker/dockerfile:1
FROM node:20-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \\
    npm ci --omit=dev
COPY . .
CMD ["node", "server.js"]
```

When the lockfile changes, the `RUN` layer is rebuilt, but npm finds most tarballs already in `/root/.npm`. Only new or updated packages are downloaded. Locally this often cuts a rebuild from minutes to seconds.

**The catch in CI:** cache mounts live inside the BuildKit builder's own storage. `cache-to: type=gha` exports *layers*, not cache mounts, so on a fresh GitHub runner the mount starts empty each time. To keep it across CI runs you need one of these:

- A tool that saves and restores the mount, such as the community `reproducible-containers/buildkit-cache-dance` action together with `actions/cache`.
- A persistent self-hosted runner or a remote BuildKit builder, where the builder's storage survives between jobs.

So the full picture is: layer caching (the `gha` backend) handles the common case where dependencies haven't changed, and the cache mount speeds up the less frequent case where they have."""),
    ],
})

# ---------------------------------------------------------------- 007
DIALOGUES.append({
    "id": "m13b-007",
    "label": "good",
    "language": "ja",
    "note": "Good: Japanese explanation of CRISPR-Cas9, off-target effects, base/prime editing and approved therapy (Casgevy) across 4 turns; accurate, specific, consistent.",
    "conv": [
        ("human", "CRISPR-Cas9の仕組みを、高校生物くらいの知識でも分かるように説明してもらえますか？"),
        ("gpt", """もちろんです。ポイントは「住所を指定するRNA」と「ハサミの役割をするタンパク質」の組み合わせです。

**1. もともとは細菌の免疫システム**
細菌はウイルス（ファージ）に感染されると、そのウイルスDNAの断片を自分のゲノムの「CRISPR領域」に記録しておきます。次に同じウイルスが来たとき、記録から作ったRNAでウイルスDNAを見つけ出し、Cas9というタンパク質で切断して撃退します。いわば「指名手配写真つきの免疫」です。

**2. 研究者はこれを道具に作り変えた**
2012年、ジェニファー・ダウドナとエマニュエル・シャルパンティエが、この仕組みを「好きな場所を切れる道具」として使えることを示しました（2020年ノーベル化学賞）。

- **ガイドRNA**：約20塩基の配列を自由に設計でき、ゲノム上の標的配列と相補的に結合します。
- **Cas9**：ガイドRNAと複合体をつくり、標的のすぐ隣に「PAM」と呼ばれる短い配列（よく使われるSpCas9ではNGG）があるときだけ、DNAの二本鎖を切断します。

**3. 切った後は細胞が修復する**
- **非相同末端結合（NHEJ）**：切り口をそのままつなぎ直します。このとき数塩基の挿入や欠失がよく起こるので、遺伝子が読めなくなります（ノックアウト）。
- **相同組換え修復（HDR）**：研究者が用意した「お手本DNA」を使って修復させると、狙った配列に正確に書き換えられます。ただし効率はNHEJより低いです。

つまり、「ガイドRNAで場所を決め、Cas9で切り、細胞の修復機構で書き換える」という三段階の仕組みです。"""),
        ("human", "よくニュースで「オフターゲット」が問題と聞きますが、どういうことですか？防ぐ方法はありますか？"),
        ("gpt", """オフターゲットとは、**狙った場所以外の、よく似た配列を誤って切ってしまうこと**です。

ガイドRNAの20塩基は、1〜3塩基程度のミスマッチがあっても結合できてしまう場合があります。ヒトのゲノムは約30億塩基対もあるので、似た配列が他の場所に存在する可能性は十分にあります。もし別の重要な遺伝子（たとえばがん抑制遺伝子）を壊してしまうと、治療用途では大きな問題になります。

**主な対策**
1. **ガイドRNAの設計を工夫する**
   CRISPORやCHOPCHOPなどの設計ツールは、ゲノム全体で似た配列を検索し、オフターゲットの少ないガイドを提案してくれます。
2. **高忠実度Cas9を使う**
   eSpCas9、SpCas9-HF1、HiFi Cas9などは、DNAとの非特異的な結合を弱めるように改変されていて、ミスマッチがあると切りにくくなっています。
3. **作用時間を短くする**
   Cas9を遺伝子（プラスミド）として入れると長時間発現し続けます。Cas9タンパク質とガイドRNAの複合体（RNP）を直接導入すると、数日以内に分解されるので、誤切断の機会が減ります。
4. **ダブルニッキング**
   片方の鎖だけを切るニッカーゼ型Cas9を2つのガイドで近くに働かせます。両方がそろったときだけ二本鎖切断になるので、特異性が大きく上がります。

さらに、実際にどこが切られたかをGUIDE-seqなどの方法でゲノム全体から調べて確認するのが、臨床研究では標準的になっています。"""),
        ("human", "最近は「ベース編集」や「プライム編集」もあると聞きました。Cas9と何が違うんですか？"),
        ("gpt", """最大の違いは、**DNAの二本鎖を切らずに書き換える**点です。二本鎖切断は予期しない大きな欠失や染色体の再編成を起こすことがあるので、切らずに済むのは大きな利点です。

**ベース編集（2016年〜、David Liu研究室）**
片方の鎖だけを切る「ニッカーゼ型Cas9（nCas9）」に、塩基を化学的に変換する酵素をつなげたものです。
- **CBE（シトシン塩基エディター）**：C・G → T・A に変換（2016年、Komorら）
- **ABE（アデニン塩基エディター）**：A・T → G・C に変換（2017年、Gaudelliら）

1塩基の変異が原因の病気を直接直せる可能性がありますが、変換できる種類が限られ、編集範囲（ウィンドウ）内に同じ塩基が複数あると余計な場所まで変わることがあります。

**プライム編集（2019年、Anzaloneら、同じくLiu研究室）**
nCas9に**逆転写酵素**を融合し、「pegRNA」という延長されたガイドRNAを使います。pegRNAには標的を探す配列に加えて、書き込みたい新しい配列の鋳型も含まれています。切れ目を入れた鎖に、逆転写酵素がその鋳型から新しいDNAを直接書き込みます。
- 12種類すべての塩基置換が可能
- 小さな挿入や欠失もできる
- ただし効率は細胞や部位によってばらつきが大きい

| | Cas9 | ベース編集 | プライム編集 |
|---|---|---|---|
| 二本鎖切断 | あり | なし | なし |
| できること | 破壊・挿入 | 特定の1塩基変換 | 置換・小さな挿入/欠失 |
| お手本DNA | HDRに必要 | 不要 | 不要（pegRNAに内蔵） |"""),
        ("human", "実際に治療として承認されたものはあるんですか？"),
        ("gpt", """はい、あります。世界初のCRISPR治療薬は **Casgevy（一般名：exagamglogene autotemcel、エクサガムグロゲン・オートテムセル）** です。Vertex社とCRISPR Therapeutics社が開発しました。

**承認の流れ**
- 2023年11月：英国MHRAが鎌状赤血球症とβサラセミアに対して世界で初めて承認
- 2023年12月：米国FDAが鎌状赤血球症（12歳以上）に対して承認
- 2024年1月：米国FDAが輸血依存性βサラセミアに対しても承認

**仕組み（体外＝ex vivo治療）**
1. 患者自身の造血幹細胞を血液から採取する
2. 体外でCRISPR-Cas9を使い、**BCL11A遺伝子の赤血球特異的エンハンサー**を切断する
3. BCL11Aは、生後に胎児型ヘモグロビン（HbF）の産生を止めるスイッチの役割をしている。そのスイッチを壊すことで、HbFが再び作られるようになる
4. 患者に化学療法（ブスルファン）で骨髄の前処置を行い、編集した細胞を戻す

HbFは正常に酸素を運べるので、異常なヘモグロビンの影響が薄まり、臨床試験では多くの患者で重い痛みの発作や輸血の必要がなくなりました。

**課題**
- 米国での価格は1回約220万ドルと非常に高額
- 強い化学療法が必要で、不妊などのリスクがある
- 長期的な安全性はまだ追跡中

体内で直接編集する（in vivo）治療も臨床試験が進んでいて、たとえばIntellia社のNTLA-2001は、トランスサイレチン型アミロイドーシスを対象に、肝臓でTTR遺伝子をノックアウトする試験が行われています。"""),
    ],
})

# ---------------------------------------------------------------- 008
DIALOGUES.append({
    "id": "m13b-008",
    "label": "structure",
    "language": "en",
    "note": "Structure: user turns 3 and 4 come back-to-back with no assistant reply in between (two consecutive human turns).",
    "conv": [
        ("human", "I need to pull all dates in YYYY-MM-DD format out of some log lines in Python. What regex should I use?"),
        ("gpt", r"""A simple, reliable starting point:

```python
import re

DATE_RE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")

line = "2024-03-05 ERROR payment failed; retry scheduled 2024-03-06"
print(DATE_RE.findall(line))
# ['2024-03-05', '2024-03-06']
```

Notes:

- `\d{4}-\d{2}-\d{2}` matches four digits, a dash, two digits, a dash, two digits.
- `\b` (word boundary) on both sides stops it from matching inside longer digit runs. Without it, `12024-03-055` would produce a partial match.
- Always use a **raw string** (`r"..."`) for regex patterns in Python, so that `\b` isn't read as a backspace character.
- Compiling the pattern once with `re.compile` and reusing it is cleaner, and a bit faster in loops.

This accepts any digits, so it will also match things like `2024-99-99`. If that matters, the pattern can be tightened."""),
        ("human", "Yes, it matches 2023-13-45 too. Can it reject invalid months and days?"),
        ("gpt", r"""You can restrict the ranges inside the regex:

```python
DATE_RE = re.compile(
    r"\b\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b"
)
```

- Month: `0[1-9]` (01–09) or `1[0-2]` (10–12).
- Day: `0[1-9]`, `[12]\d` (10–29), or `3[01]` (30–31).

I used **non-capturing groups** `(?:...)` on purpose. With plain `(...)` groups, `findall` returns a tuple of the groups instead of the whole match, e.g. `[('03', '05')]`. That surprises a lot of people.

What a regex *can't* do sensibly is per-month validation: 2023-02-30 or 2023-04-31 still pass, and leap years are out of reach. For that, use the regex to find candidates and `datetime` to validate them:

```python
from datetime import datetime

def valid_dates(line):
    for m in DATE_RE.finditer(line):
        try:
            yield datetime.strptime(m.group(), "%Y-%m-%d").date()
        except ValueError:
            pass  # e.g. 2023-02-30
```

That split (regex for shape, a real parser for meaning) is the robust pattern for dates, IPs, emails and most structured tokens."""),
        ("human", "Some lines also have full timestamps like 2024-03-05T14:22:09Z or 2024-03-05T14:22:09.123+01:00. Can the regex capture the optional time part too?"),
        ("human", "Oh, and the log files are about 2 GB each. Anything I should do so this doesn't take forever?"),
        ("gpt", r'''Both, in order.

**1. Optional time part with named groups**

```python
TS_RE = re.compile(r"""
    \b
    (?P<date>\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))
    (?:
        T
        (?P<time>(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d)
        (?P<frac>\.\d+)?
        (?P<tz>Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?
    )?
""", re.VERBOSE)

for m in TS_RE.finditer("ok 2024-03-05T14:22:09.123+01:00 and 2024-03-06"):
    print(m.group("date"), m.group("time"), m.group("tz"))
# 2024-03-05 14:22:09 +01:00
# 2024-03-06 None None
```

The whole `T...` block is wrapped in `(?: ... )?`, so bare dates still match. `re.VERBOSE` lets you spread the pattern over lines and ignore whitespace.

**2. Speed on 2 GB files**

- **Stream, don't load:** `for line in open(path, encoding="utf-8", errors="replace"):` keeps memory flat.
- **Compile once** at module level (as above).
- **Cheap pre-filter:** most lines without a date can be skipped quickly, e.g. `if "-" not in line: continue`. A substring check is much faster than running the regex.
- **The pattern is already backtracking-safe:** it has no nested quantifiers like `(\d+)+`, so its running time is linear.
- **Parallelise across files** with `multiprocessing.Pool` if you have several logs. A single-threaded Python loop typically handles a few hundred MB per minute.
- If you just need the matches, `rg -o` (ripgrep) with the same pattern is usually 10–50× faster than pure Python. You can pipe its output into your script.'''),
        ("human", "Perfect. Last thing: how do I count how many log lines per day contain an ERROR with a date on them?"),
        ("gpt", r"""Combine the streaming loop with a `Counter`:

```python
import re
from collections import Counter

TS_RE = re.compile(r"\b(\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))")

def errors_per_day(path):
    counts = Counter()
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if "ERROR" not in line:      # cheap filter first
                continue
            m = TS_RE.search(line)       # first date on the line
            if m:
                counts[m.group(1)] += 1
    return counts

for day, n in sorted(errors_per_day("app.log").items()):
    print(day, n)
```

Design choices:

- `search` instead of `findall`: a line with two dates still counts as **one** error line, attributed to its first date (usually the log timestamp).
- The `ERROR` check runs before the regex, so for typical logs where errors are rare, the regex only runs on a small fraction of lines.
- If `ERROR` might appear inside messages (for example "no ERROR found"), match the level field more strictly, e.g. `" ERROR "` or a regex on the log format's level column."""),
    ],
})
