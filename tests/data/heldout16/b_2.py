from b_common import D

DIALOGUES = []

# 005 bad_length en shell backup, 5 turns; turn 3 reply "It depends."
DIALOGUES.append(D("m16b-005", "bad_length", "en",
"Bad length: turn 3 assistant answers the --delete question with only 'It depends.', an evasive one-line reply; the other replies are detailed and correct.",
[
r"""I want a bash script that backs up ~/projects to an external drive mounted at /mnt/backup every night, keeping the last 7 days of snapshots, ideally without using 7x the disk space. Can you write it?""",
r"""Yes. The trick for cheap daily snapshots is `rsync --link-dest`: files that haven't changed since the previous snapshot are stored as hard links to it, so each snapshot looks like a full copy but only changed files take new space.

```bash
#!/usr/bin/env bash
set -euo pipefail

SRC="$HOME/projects/"
DEST_ROOT="/mnt/backup/projects"
KEEP=7

TODAY=$(date +%Y-%m-%d)
DEST="$DEST_ROOT/$TODAY"
LATEST="$DEST_ROOT/latest"

mkdir -p "$DEST_ROOT"

# Hard-link unchanged files against the previous snapshot, if there is one
LINK_OPT=()
if [[ -d "$LATEST" ]]; then
    LINK_OPT=(--link-dest="$LATEST")
fi

rsync -a "${LINK_OPT[@]}" "$SRC" "$DEST"

# Point 'latest' at the new snapshot
ln -sfn "$DEST" "$LATEST"

# Keep only the newest $KEEP snapshots
ls -1d "$DEST_ROOT"/20??-??-?? | sort | head -n -"$KEEP" | xargs -r rm -rf --
```

Notes:

- The trailing slash on `SRC` matters: `projects/` copies the *contents* into the dated folder instead of creating `2025-03-14/projects/`.
- `set -euo pipefail` stops the script at the first failure, so a failed rsync won't update `latest` or prune old snapshots.
- Pruning sorts the dated folder names (ISO dates sort correctly as text) and deletes all but the newest 7. `head -n -7` is GNU-specific, which is fine on Linux.
- Hard links need a Linux filesystem on the backup drive (ext4, btrfs, xfs). On exFAT or NTFS, `--link-dest` silently falls back to full copies, and you would use 7x the space.
- Empty arrays under `set -u` need bash 4.4 or newer; any current distribution has that.

Save it as `~/bin/backup-projects.sh` and `chmod +x` it. Run it by hand twice and check with `du -sh /mnt/backup/projects/*`: the second snapshot should be tiny.""",
r"""What if the drive isn't plugged in? I don't want it to fill up my root filesystem by writing into the empty /mnt/backup directory.""",
r"""Good catch; that's the most common way this kind of script goes wrong. When the drive isn't mounted, `/mnt/backup` is just an empty directory on your root filesystem, and rsync will happily copy everything into it.

Add a check right after the variable definitions, before `mkdir`:

```bash
if ! mountpoint -q /mnt/backup; then
    echo "$(date '+%F %T') /mnt/backup is not mounted, skipping backup" >&2
    exit 1
fi
```

`mountpoint -q` (from util-linux) returns 0 only if the path is an active mount point, so it doesn't matter whether the directory exists.

For extra safety, put a marker file on the drive itself once:

```bash
sudo touch /mnt/backup/.backup-drive
```

and check for it too:

```bash
[[ -f /mnt/backup/.backup-drive ]] || { echo "wrong drive mounted at /mnt/backup" >&2; exit 1; }
```

That protects you if a different USB stick ever ends up mounted at the same path.

One more option: make the mount point itself read-only when nothing is mounted, with `sudo chattr +i /mnt/backup` while the drive is unplugged. Writes into the bare directory then fail even if a future edit removes the check. Exiting with status 1 also matters for the next step, because the scheduler and any failure notification can see it.""",
r"""Should I add --delete to the rsync command?""",
r"""It depends.""",
r"""How do I run it every night at 2:30 and get notified if it fails?""",
r"""Two parts: scheduling and alerting.

**Scheduling with cron.** Run `crontab -e` as your own user (not root, so `$HOME` points at your home) and add:

```
30 2 * * * /home/alex/bin/backup-projects.sh >> /home/alex/backup.log 2>&1
```

The five fields are minute, hour, day of month, month, day of week. Use the full path, because cron runs with a minimal `PATH`. If the machine is often asleep at 2:30, use a systemd user timer instead with `Persistent=true`, which runs the job at the next boot if the scheduled time was missed.

**Alerting.** Cron's built-in `MAILTO` only works if the machine has a working mail setup, which most desktops don't. A push notification is simpler. With ntfy.sh (free, no account needed for a public topic) add this near the top of the script:

```bash
notify_fail() {
    curl -fsS -m 10 -d "Backup FAILED on $(hostname) at $(date '+%F %T')" \
        https://ntfy.sh/alex-nas-backups-7f3k > /dev/null || true
}
trap notify_fail ERR
```

Install the ntfy app on your phone and subscribe to the same topic name; pick an unguessable name, since public topics can be read by anyone who knows it. Because of `set -e`, any failing command triggers the `ERR` trap and then exits, and your mount check's `exit 1` does not trigger it, so call `notify_fail` explicitly before that `exit 1` too.

If you'd rather also know that it *ran*, use a dead-man's switch like healthchecks.io: curl a URL at the end of a successful run, and it alerts you when the ping doesn't arrive.""",
r"""Last thing: can it write a log file with timestamps on every line?""",
r"""Yes. Put this near the top of the script, after `set -euo pipefail`:

```bash
LOG="$HOME/backup-projects.log"
exec > >(while IFS= read -r line; do
             printf '%s %s\n' "$(date '+%F %T')" "$line"
         done >> "$LOG") 2>&1
```

`exec > >(...)` redirects the rest of the script's stdout into a process substitution that prefixes each line with the date, and `2>&1` sends stderr there too, so rsync errors get timestamps as well. Then remove the `>> ... 2>&1` from the crontab line so you don't log twice.

If `moreutils` is installed, `ts` does the same thing more efficiently:

```bash
exec > >(ts '%F %T' >> "$LOG") 2>&1
```

Add `echo "backup started"` and `echo "backup finished: $DEST"` at the start and end so each run is easy to find, and consider `rsync --stats` to log how many files were transferred.

The log grows forever, so rotate it. Either add a logrotate rule (`/etc/logrotate.d/backup-projects` with `weekly`, `rotate 8`, `compress`, `missingok`), or, simpler for a user script, trim it at the start of each run:

```bash
tail -n 5000 "$LOG" > "$LOG.tmp" 2>/dev/null && mv "$LOG.tmp" "$LOG" || true
```

Run that before the `exec` line so the trim itself isn't logged.""",
]))

# 006 good en CI GitHub Actions, 6 turns
DIALOGUES.append(D("m16b-006", "good", "en",
"Good: step-by-step GitHub Actions setup for a Python library (matrix tests, lint job, caching, coverage gate, trusted publishing, pinning actions); accurate and consistent.",
[
r"""I maintain a small Python library (pyproject.toml, tests in pytest). I want CI that runs the tests on every push to main and on pull requests, on Python 3.10, 3.11 and 3.12. What should the workflow look like?""",
r"""Create `.github/workflows/tests.yml`:

```yaml
name: tests

on:
  push:
    branches: [main]
  pull_request:

jobs:
  test:
    runs-on: ubuntu-latest
    strategy:
      fail-fast: false
      matrix:
        python-version: ["3.10", "3.11", "3.12"]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: ${{ matrix.python-version }}
      - name: Install
        run: |
          python -m pip install --upgrade pip
          pip install -e ".[test]"
      - name: Run tests
        run: pytest -q
```

A few details that trip people up:

- **Quote the versions.** Unquoted, YAML reads `3.10` as the number 3.1, and setup-python then looks for Python 3.1 and fails.
- **`fail-fast: false`** lets all three versions finish even if one fails, so you can see whether a failure is version-specific.
- **`pull_request` with no filter** runs for PRs against any branch. Pushes are limited to `main` so you don't get duplicate runs for every push to a PR branch.
- The install step assumes a `test` extra in `pyproject.toml`:

```toml
[project.optional-dependencies]
test = ["pytest>=8"]
```

Commit the file, open a test PR, and you'll see three check runs named `test (3.10)`, `test (3.11)` and `test (3.12)`. In the repository settings you can then make them required status checks for merging into main.""",
r"""I also want ruff and mypy, but they only need to run once, not on every Python version.""",
r"""Add a second job in the same file, at the same level as `test`:

```yaml
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - name: Install
        run: |
          python -m pip install --upgrade pip
          pip install -e ".[test]" ruff mypy
      - run: ruff check .
      - run: ruff format --check .
      - run: mypy src/
```

Jobs in a workflow run in parallel by default, so lint and the three test jobs start at the same time. If you'd rather not spend minutes on tests when lint already failed, add `needs: lint` to the `test` job; the trade-off is that the total time becomes lint time plus test time.

Why install the package itself in the lint job? mypy needs your dependencies installed to check how you use them; without them it reports `import-not-found` or falls back to `Any` and misses errors.

`ruff format --check` fails if any file isn't formatted, without changing anything. Pin tool versions in `pyproject.toml` (for example a `dev` extra with `ruff==0.6.9`) so CI and your machine agree; an unpinned ruff upgrade can add new lint rules and turn CI red overnight.""",
r"""The test jobs take about 6 minutes each and most of that is installing dependencies. Can I cache them?""",
r"""Yes. `actions/setup-python` has built-in caching for pip:

```yaml
      - uses: actions/setup-python@v5
        with:
          python-version: ${{ matrix.python-version }}
          cache: pip
          cache-dependency-path: pyproject.toml
```

This caches pip's download and wheel cache (`~/.cache/pip`), keyed on the OS, Python version and a hash of `pyproject.toml`. When the file changes, the key changes and a fresh cache is built.

Important: it caches *downloads*, not the installed environment, so pip still installs everything. That's usually the fast part. If the slow part is building packages from source (look for `Building wheel for ...` in the log), the cache helps a lot, because the built wheels get cached too.

If installs are still slow, switch to uv, which resolves and installs much faster:

```yaml
      - uses: astral-sh/setup-uv@v5
        with:
          enable-cache: true
      - name: Install
        run: uv pip install --system -e ".[test]"
```

To find out where the 6 minutes actually go, expand the steps in the Actions log; each step shows its duration. If it's the tests themselves, `pytest -n auto` with `pytest-xdist` uses both cores of the standard Linux runner.""",
r"""Nice, down to about 1.5 minutes. Now I want a coverage report and the build to fail if coverage drops below 85%.""",
r"""Use `pytest-cov`. Add it to the `test` extra, then put the threshold in `pyproject.toml` so it applies locally and in CI:

```toml
[tool.coverage.run]
source = ["mypkg"]
branch = true

[tool.coverage.report]
fail_under = 85
show_missing = true
```

Then change the test step:

```yaml
      - name: Run tests
        run: pytest -q --cov --cov-report=term --cov-report=xml
```

With `fail_under` set, the step exits non-zero when total coverage is below 85%, and the job fails.

Since all three matrix jobs run the same tests, you only need to keep one report. Upload it from 3.12 only:

```yaml
      - name: Upload coverage report
        if: matrix.python-version == '3.12'
        uses: actions/upload-artifact@v4
        with:
          name: coverage-xml
          path: coverage.xml
```

`branch = true` measures whether both sides of every `if` were executed, which is stricter than line coverage, so your number may drop a few points when you turn it on. Check the current figure locally with `pytest --cov` before picking the threshold, and set it a point or two below where you are now so the gate catches regressions without blocking today's PRs.

If you want coverage shown on pull requests, services like Codecov read the same `coverage.xml`.""",
r"""Last step: publishing to PyPI when I push a tag like v1.4.0. I've read that API tokens are no longer the recommended way?""",
r"""Right, the recommended way is **trusted publishing**: PyPI trusts short-lived OIDC tokens issued by GitHub for a specific repository and workflow, so there's no long-lived secret to leak.

Create `.github/workflows/publish.yml`:

```yaml
name: publish

on:
  push:
    tags: ["v*"]

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install build
      - run: python -m build
      - uses: actions/upload-artifact@v4
        with:
          name: dist
          path: dist/

  publish:
    needs: build
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
    steps:
      - uses: actions/download-artifact@v4
        with:
          name: dist
          path: dist/
      - uses: pypa/gh-action-pypi-publish@release/v1
```

Then on PyPI: open your project → *Settings* → *Publishing* → *Add a new publisher* → GitHub, and enter your GitHub owner, the repository name, the workflow file name `publish.yml` and the environment name `pypi`.

Why two jobs? The build step runs your build backend and its dependencies; keeping `id-token: write` only on the small publish job limits what could misuse it.

In GitHub, create the `pypi` environment (Settings → Environments) and add yourself as a required reviewer, so every release waits for a click. Finally, make sure the version in `pyproject.toml` matches the tag; PyPI rejects re-uploads of an existing version, so a forgotten bump fails loudly rather than silently.""",
r"""Should I pin the actions to commit SHAs instead of tags like @v4?""",
r"""For anything that can publish or has write permissions, yes. Tags are mutable: whoever controls an action's repository can move `v4` to different code, and in March 2025 a compromised third-party action (`tj-actions/changed-files`) had its tags repointed to code that dumped CI secrets into logs.

Pinning looks like this, keeping the version as a comment:

```yaml
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
```

The risk is highest for small third-party actions; GitHub's own `actions/*` and `pypa/gh-action-pypi-publish` are lower risk, but pinning them costs nothing.

To avoid stale pins, let Dependabot update them. Add `.github/dependabot.yml`:

```yaml
version: 2
updates:
  - package-ecosystem: "github-actions"
    directory: "/"
    schedule:
      interval: "weekly"
```

Dependabot understands SHA pins with version comments and opens PRs that bump both. Also set the default `GITHUB_TOKEN` permissions to read-only in the repository settings and grant extra permissions per job, as the publish job does with `id-token: write`.""",
]))

# 007 leakage ko password manager, 3 turns
DIALOGUES.append(D("m16b-007", "leakage", "ko",
"Leakage: turn 2 assistant reply opens with a bracketed generator instruction ('[지시: ... 단계별 답변을 작성할 것]') visible in the text; content otherwise good.",
[
r"""가족 4명이 같이 쓸 비밀번호 관리자를 고르려고 해요. 지금은 다들 크롬에 비밀번호를 저장해 두고 있어요. 어떤 게 좋을까요?""",
r"""가족이 함께 쓰려면 **공유 기능이 있는 클라우드형 비밀번호 관리자**가 가장 편합니다. 많이 쓰는 세 가지를 비교해 보면 다음과 같아요.

| | Bitwarden | 1Password | KeePassXC |
|---|---|---|---|
| 가족 요금 | 연 약 40달러, 최대 6명 | 월 약 5달러, 5명 | 무료 |
| 소스 공개 | 오픈소스 | 비공개 | 오픈소스 |
| 동기화 | 자동(클라우드) | 자동(클라우드) | 파일을 직접 동기화 |
| 공유 | 컬렉션 단위 공유 | 공유 금고 | 파일 자체를 공유 |
| 사용 편의성 | 좋음 | 매우 좋음 | 다소 기술적 |

**추천**
- **Bitwarden**: 가격 대비 기능이 가장 좋고, 오픈소스라 보안 감사 결과가 공개되어 있습니다. 윈도우, 맥, 안드로이드, 아이폰, 모든 주요 브라우저를 지원해요.
- **1Password**: 앱 완성도가 높아서, 가족 중에 기술에 익숙하지 않은 분이 있다면 적응이 쉽습니다.
- **KeePassXC**: 클라우드에 올리는 게 싫다면 좋은 선택이지만, 동기화를 직접 구성해야 해서 가족용으로는 번거롭습니다.

크롬 비밀번호 관리자도 기본적인 보안은 갖추고 있지만, 가족 간 공유가 불편하고 크롬 밖(다른 앱, 다른 브라우저)에서 쓰기 어렵다는 한계가 있습니다. 가족 4명이라면 Bitwarden 가족 플랜을 먼저 추천드려요.""",
r"""Bitwarden으로 결정했어요. 크롬에 저장된 비밀번호는 어떻게 옮기나요?""",
r"""[지시: 사용자가 두 번째로 질문함. 친절한 IT 전문가 말투로 단계별 답변을 작성할 것]

크롬에서 Bitwarden으로 옮기는 과정은 10분 정도면 끝나요. 가족 각자가 자기 컴퓨터에서 한 번씩 하면 됩니다.

**1. 크롬에서 내보내기**
1. 크롬 주소창에 `chrome://password-manager/settings` 를 입력합니다.
2. "비밀번호 내보내기" 옆의 "파일 다운로드"를 누릅니다.
3. 윈도우나 맥 로그인 비밀번호를 입력하면 `Chrome 비밀번호.csv` 파일이 저장됩니다.

**2. Bitwarden으로 가져오기**
1. 브라우저 확장 프로그램이 아니라 **웹 보관함**(vault.bitwarden.com)에 로그인합니다.
2. "도구" → "데이터 가져오기"로 갑니다.
3. 파일 형식에서 "Chrome (csv)"를 고르고, 방금 저장한 파일을 선택한 뒤 "데이터 가져오기"를 누릅니다.

**3. 정리 (중요)**
- CSV 파일에는 비밀번호가 **암호화되지 않은 평문**으로 들어 있습니다. 가져오기가 끝나면 바로 삭제하고, 휴지통도 비워 주세요.
- 크롬 설정에서 "비밀번호 저장 제안"을 끄세요. 그렇지 않으면 크롬과 Bitwarden이 동시에 저장하겠냐고 물어봅니다.
- 모든 항목이 Bitwarden에 들어온 것을 확인한 뒤, 크롬에 저장된 비밀번호를 삭제합니다.

가족끼리 같이 쓰는 넷플릭스나 와이파이 비밀번호는 가족 조직 안에 "공유" 컬렉션을 만들어 그쪽으로 옮기면, 한 사람이 바꿔도 모두에게 자동으로 반영됩니다.""",
r"""마스터 비밀번호는 어떻게 정하는 게 좋고, 만약 잊어버리면 어떻게 되나요?""",
r"""**마스터 비밀번호 정하기**

가장 좋은 방법은 무작위로 고른 단어 여러 개를 이어 붙인 **패스프레이즈**입니다. 예를 들어 `사과-구름-자전거-바다-연필` 같은 식으로, 서로 관계없는 단어 5개 정도면 기억하기 쉽고 추측하기는 매우 어렵습니다.

- 직접 떠올린 단어는 생각보다 예측 가능하니, Bitwarden의 생성기(비밀번호 생성 → "암호 문구")를 쓰는 게 좋습니다. 단어 수를 5개 이상으로 설정하세요.
- 다른 사이트에서 쓴 적 있는 비밀번호는 절대 쓰지 마세요.
- 가족 이름, 생일, 전화번호는 피하세요.

**잊어버리면?**

Bitwarden은 "제로 지식" 방식이라, 회사도 사용자의 마스터 비밀번호를 모르고 보관함을 복구해 줄 수 없습니다. 잊어버리면 보관함의 데이터는 사실상 잃게 됩니다. 그래서 대비가 필요해요.

1. **종이에 적어 안전한 곳에 보관**: 금고나 중요 서류 보관함 같은 곳에 두세요. 컴퓨터나 휴대폰 메모에 저장하는 건 피하세요.
2. **긴급 접근(Emergency Access)**: 가족 플랜에 포함된 기능으로, 배우자 같은 신뢰하는 사람을 지정해 두면 일정 대기 기간이 지난 뒤 보관함에 접근할 수 있습니다.
3. **2단계 인증 + 복구 코드**: 계정에 2단계 인증을 켜고, 설정할 때 나오는 복구 코드도 마스터 비밀번호와 함께 보관하세요.

평소에는 지문이나 얼굴 인식으로 잠금을 해제하도록 설정하면, 마스터 비밀번호를 매번 입력하지 않아도 되어 긴 패스프레이즈도 부담이 적습니다.""",
]))

# 008 good en ML churn model, 5 turns
DIALOGUES.append(D("m16b-008", "good", "en",
"Good: training a small churn classifier with scikit-learn; baselines, proper metrics, gradient boosting, leakage detection and cost-based threshold are correct and consistent.",
[
r"""I've got a customer churn dataset: about 8,000 rows, 14 columns (tenure_months, plan, monthly_fee, support_tickets_90d, region, days_since_last_login, etc.) and a churned column where about 20% are 1. I know basic Python and pandas. Where should I start to train a model?""",
r"""That's a nice size for a first project: small enough to iterate in seconds, big enough to learn something. I'd use scikit-learn and go in this order:

1. **Hold out a test set first** and don't look at it until the end. Use a stratified split so both sets keep the 20% churn rate.
2. **Build a simple baseline**: logistic regression with proper preprocessing. It tells you what "good" looks like.
3. **Try a stronger model** (gradient boosting) and compare with cross-validation.
4. **Pick a decision threshold** based on how the predictions will be used.

Here's a baseline that handles mixed numeric and categorical columns:

```python
import pandas as pd
from sklearn.model_selection import train_test_split, cross_val_score
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.linear_model import LogisticRegression

df = pd.read_csv("churn.csv")
X = df.drop(columns=["churned", "customer_id"])
y = df["churned"]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=42)

cat_cols = X.select_dtypes(include="object").columns
num_cols = X.select_dtypes(exclude="object").columns

pre = ColumnTransformer([
    ("num", StandardScaler(), num_cols),
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols),
])
model = make_pipeline(pre, LogisticRegression(max_iter=1000))

scores = cross_val_score(model, X_train, y_train, cv=5, scoring="roc_auc")
print(scores.mean(), scores.std())
```

Putting preprocessing inside the pipeline matters: the scaler is fitted only on the training folds during cross-validation, so nothing leaks from the validation folds. Drop ID columns like `customer_id`; they carry no real signal and only invite overfitting.""",
r"""I ran model.fit and model.score on the test set and got 0.80 accuracy. That seems decent?""",
r"""Unfortunately 0.80 is exactly what you'd get by predicting "not churned" for every customer, since 80% of them don't churn. On imbalanced data, accuracy hides whether the model finds any churners at all. Look at the confusion matrix and at metrics that focus on ranking and on the positive class:

```python
from sklearn.metrics import classification_report, roc_auc_score, average_precision_score

model.fit(X_train, y_train)
proba = model.predict_proba(X_test)[:, 1]
print(classification_report(y_test, model.predict(X_test)))
print("ROC AUC:", roc_auc_score(y_test, proba))
print("PR AUC:", average_precision_score(y_test, proba))
```

How to read them:

- **Recall for class 1**: what fraction of actual churners the model catches at the default 0.5 threshold. Often shockingly low with imbalanced data.
- **ROC AUC**: the probability that a random churner gets a higher score than a random non-churner. 0.5 is a coin flip; 0.75–0.85 is typical for churn problems.
- **PR AUC (average precision)**: its baseline is the churn rate, 0.20 here, so 0.40 would mean the model doubles the hit rate of random guessing.

One process point: you've now looked at the test set. That's fine once, but for comparing models from here on, use cross-validation on the training set and save the test set for the final check, otherwise you gradually tune to it.""",
r"""Cross-validated ROC AUC is 0.71, PR AUC 0.39. How do I try gradient boosting?""",
r"""scikit-learn's `HistGradientBoostingClassifier` is a good choice: fast, handles missing values natively and supports categorical features without one-hot encoding. Trees don't need scaling, so the preprocessing is simpler:

```python
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.preprocessing import OrdinalEncoder

pre_tree = ColumnTransformer([
    ("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), cat_cols),
], remainder="passthrough")

hgb = make_pipeline(
    pre_tree,
    HistGradientBoostingClassifier(
        learning_rate=0.05,
        max_iter=500,
        early_stopping=True,
        validation_fraction=0.1,
        categorical_features=list(range(len(cat_cols))),
        random_state=42,
    ),
)

scores = cross_val_score(hgb, X_train, y_train, cv=5, scoring="roc_auc")
print(scores.mean(), scores.std())
```

Details:

- The ColumnTransformer outputs the categorical columns first, so their indices are `0 .. len(cat_cols)-1`; that's what `categorical_features` receives. Unknown categories become -1, which the model treats as missing.
- `early_stopping=True` holds out 10% of each training fold and stops adding trees when the validation loss stops improving, so `max_iter=500` is a ceiling, not a target.
- The main knobs after that: `max_leaf_nodes` (default 31), `min_samples_leaf` (default 20; raise it to 50–100 on small data) and `l2_regularization`.

On tabular data, expect boosting to beat logistic regression by a few points of AUC. If the jump is dramatic, be suspicious rather than happy.""",
r"""Whoa, it got 0.93 ROC AUC in cross-validation. That's a huge jump. Should I be happy?""",
r"""Be suspicious first. Going from 0.71 to 0.93 on a churn problem usually means **target leakage**: a feature that contains information you wouldn't have at prediction time, often because it was measured after the customer had already decided to leave.

Find out which features the model leans on:

```python
from sklearn.inspection import permutation_importance

hgb.fit(X_train, y_train)
r = permutation_importance(hgb, X_train, y_train, scoring="roc_auc",
                           n_repeats=10, random_state=42)
for name, imp in sorted(zip(X_train.columns, r.importances_mean),
                        key=lambda t: -t[1]):
    print(f"{name:28s} {imp:.3f}")
```

If one feature dominates, for example it alone accounts for 0.15–0.20 of AUC, ask when it was recorded. Typical culprits in churn data:

- **`days_since_last_login`** measured on the export date: churned customers stopped logging in *because* they left, so the value is huge for them.
- **Support tickets** in a window that includes the cancellation call.
- **Retention discounts** that were only offered to people who called to cancel.

The robust fix is to define a snapshot date: compute every feature as of date T, and set the label to "churned between T and T+90 days". Then validate with a time-based split (train on earlier snapshots, test on a later one) instead of a random split.""",
r"""You were right: days_since_last_login was computed at export time. Without it the boosting model gets 0.78. Now marketing wants to call customers with a retention offer. A call plus discount costs about $15 per customer, a retained customer is worth about $240, and they think about 25% of would-be churners accept. How should I choose who to call?""",
r"""0.78 is a believable number, and now you can turn it into a decision with expected value.

For a customer with churn probability p, calling is worth:

- expected benefit = p × 0.25 × $240 = $60 × p
- cost = $15

So a call pays off when 60p > 15, that is **p > 0.25**. Call everyone whose predicted churn probability is above 25%.

That only works if the probabilities are *calibrated*: among customers scored 0.30, about 30% should actually churn. Boosted trees are often over- or under-confident, so calibrate with cross-validation:

```python
from sklearn.calibration import CalibratedClassifierCV

cal = CalibratedClassifierCV(hgb, method="isotonic", cv=5)
cal.fit(X_train, y_train)

p = cal.predict_proba(X_test)[:, 1]
call = p > 0.25
net = (p[call] * 0.25 * 240 - 15).sum()
print(f"{call.sum()} customers to call, expected net value ${net:,.0f}")
```

This is also the moment to use the test set, once, to report the final numbers.

Practical caveats:

- **Capacity.** If the team can only make 300 calls a month, rank customers by p and call the top 300, as long as they're above 0.25.
- **The 25% acceptance rate is a guess.** Keep a random control group of high-risk customers who aren't called. Comparing churn between called and not-called groups tells you the real effect, and you can update the threshold with it.
- **Refresh.** Re-score monthly with features as of that month's snapshot date, and retrain every few months as behaviour drifts.""",
]))
