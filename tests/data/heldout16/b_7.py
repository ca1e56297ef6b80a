from b_common import D

DIALOGUES = []

# 021 structure en Likert chart, whitespace-only assistant turn 2
DIALOGUES.append(D("m16b-021", "structure", "en",
"Structure: the turn 2 assistant reply is whitespace-only (empty turn); the other turns are a good discussion of charting Likert survey data.",
[
r"""I have survey results: 12 questions, each answered on a 5-point scale from Strongly disagree (1) to Strongly agree (5), about 340 respondents. It's in a pandas DataFrame with one column per question. What's the best chart to show all 12 questions at once?""",
r"""A **diverging stacked bar chart** is the standard choice for Likert data. Each question gets one horizontal bar split into the five response levels; the bars are centred on the middle of the Neutral segment, so disagreement extends to the left and agreement to the right. Readers can compare the balance of opinion across questions at a glance.

```python
import pandas as pd
import matplotlib.pyplot as plt
from matplotlib.ticker import FuncFormatter

levels = ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"]
colors = ["#ca0020", "#f4a582", "#d9d9d9", "#92c5de", "#0571b0"]

counts = (df[questions]
          .apply(lambda s: s.value_counts().reindex(range(1, 6), fill_value=0))
          .T)
pct = counts.div(counts.sum(axis=1), axis=0) * 100
pct.columns = levels

# start each bar so that the middle of "Neutral" sits at zero
start = -(pct["Strongly disagree"] + pct["Disagree"] + pct["Neutral"] / 2)

fig, ax = plt.subplots(figsize=(10, 7))
for level, color in zip(levels, colors):
    ax.barh(pct.index, pct[level], left=start, color=color, label=level)
    start = start + pct[level]

ax.axvline(0, color="black", linewidth=0.8)
ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: f"{abs(x):.0f}%"))
ax.set_xlabel("Share of respondents")
ax.legend(ncol=5, loc="lower center", bbox_to_anchor=(0.5, 1.0), frameon=False)
ax.invert_yaxis()
fig.tight_layout()
```

Here `questions` is the list of your 12 column names; rename the DataFrame index to short question labels (e.g. "Workload is manageable") before plotting, because full question texts rarely fit. The formatter shows absolute values on both sides, so the left side reads 20%, 40% rather than negative numbers. `invert_yaxis()` keeps the first question at the top.

Alternatives: a heatmap of percentages is compact but harder to read, and 12 separate pie charts make comparison nearly impossible.""",
r"""How should I order the 12 questions on the chart?""",
"   \n  ",
r"""And what colours should I use for the five levels?""",
r"""Use a **diverging palette**: two hues that get darker towards the extremes, with a neutral grey in the middle. That encodes both direction (disagree vs agree) and intensity (strongly vs mildly).

The colours in the code above come from ColorBrewer's *RdBu* scheme:

| Level | Colour |
|---|---|
| Strongly disagree | `#ca0020` (dark red) |
| Disagree | `#f4a582` (light red) |
| Neutral | `#d9d9d9` (grey) |
| Agree | `#92c5de` (light blue) |
| Strongly agree | `#0571b0` (dark blue) |

Why these choices:

- **Red–blue rather than red–green.** Red–green is the combination that people with the most common forms of colour-vision deficiency struggle with; red–blue stays distinguishable. Orange–purple (ColorBrewer *PuOr*) is another safe option.
- **Grey for neutral**, not a pale version of either hue, so neutral doesn't look like weak agreement or disagreement.
- **Lightness difference between the two shades** of each side, so the chart still works printed in greyscale.

If your organisation has brand colours, build the palette from them, but keep the structure: a dark and a light shade on each side and a neutral grey in the middle. Avoid rainbow colormaps for ordered scales, since they imply categories rather than an ordered range.

Put the legend in the same left-to-right order as the bar segments, as the code above does, so readers can map colours without hunting.""",
r"""The chart goes into a Word report. What export settings should I use?""",
r"""Match the figure size to the space it will take on the page, then export at print resolution:

```python
fig.set_size_inches(6.3, 5)   # A4 text width with 2.5 cm margins is about 16 cm = 6.3 in
fig.savefig("likert.png", dpi=300, bbox_inches="tight")
```

- **Size first.** If you export a 10-inch-wide figure and Word shrinks it to 6.3 inches, all text shrinks by 37% and becomes hard to read. Setting the size up front means your font sizes are the sizes that get printed; 9–10 pt for tick labels works well.
- **300 dpi PNG** is sharp in print and in PDF exports of the report.
- **Vector option**: Word 365 accepts SVG (`fig.savefig("likert.svg")`), which stays sharp at any zoom. If the report will be opened in older Word versions or converted by other tools, stick with PNG.
- **Fonts**: set `plt.rcParams["font.family"]` to the report's font (e.g. "Calibri" or "Arial") if it's installed, so the chart matches the text.

Add the sample size to the caption in Word ("n = 340"), not inside the image, so it can be edited without re-exporting.""",
]))

# 022 off_topic en disk monitor + houseplant drift in turn 3, 5 turns
DIALOGUES.append(D("m16b-022", "off_topic", "en",
"Off topic: in turn 3 the user switches to choosing a houseplant for a dark office and the assistant answers at length, an unrelated detour in the middle of a disk-monitoring shell script task.",
[
r"""I need a shell script for our Ubuntu servers that checks disk usage and alerts when any filesystem is above 85%. What's a robust way to parse df?""",
r"""Use `df -P` (POSIX output format) so each filesystem is on exactly one line even when device names are long, and skip pseudo-filesystems that are always "full" or irrelevant:

```bash
#!/usr/bin/env bash
set -euo pipefail

THRESHOLD=85

df -P -x tmpfs -x devtmpfs -x squashfs -x overlay \
  | awk -v t="$THRESHOLD" 'NR > 1 {
        use = $5; sub(/%/, "", use)
        if (use + 0 >= t) printf "%s %s%% (%s)\n", $6, use, $1
    }'
```

How it works:

- `-P` guarantees one line per filesystem, with usage in column 5 and the mount point in column 6.
- `-x tmpfs -x devtmpfs` excludes RAM-backed filesystems; `squashfs` excludes snap packages, which are always 100%; `overlay` excludes Docker container layers, which mirror the host disk.
- `NR > 1` skips the header line.
- `sub(/%/, "", use)` strips the percent sign so the comparison is numeric; `use + 0` forces awk to treat it as a number.

Output looks like:

```
/var 91% (/dev/mapper/vg0-var)
```

Also check **inodes**: a filesystem can run out of inodes with plenty of space left (lots of tiny files, e.g. a mail queue or session files). Same approach with `df -P -i`, where column 5 is inode usage.

Mount points with spaces would break the column parsing, but that's very rare on servers. If you need to handle it, GNU df's `--output=pcent,target` is the alternative.""",
r"""It runs every 10 minutes. How do I avoid getting the same alert every 10 minutes while the disk stays full?""",
r"""Keep a small state file per mount point and only alert on changes, with a periodic reminder:

```bash
STATE_DIR=/var/lib/disk-alert
REMIND_AFTER=$((6 * 3600))   # re-alert every 6 hours while still full
mkdir -p "$STATE_DIR"

now=$(date +%s)

while read -r mount use dev; do
    key=$(echo "$mount" | sed 's#/#_#g')
    state="$STATE_DIR/$key"
    if [[ "$use" -ge "$THRESHOLD" ]]; then
        last=$(cat "$state" 2>/dev/null || echo 0)
        if (( now - last >= REMIND_AFTER )); then
            send_alert "Disk $mount on $(hostname) at ${use}% ($dev)"
            echo "$now" > "$state"
        fi
    elif [[ -f "$state" ]]; then
        send_alert "RESOLVED: $mount on $(hostname) back to ${use}%"
        rm -f "$state"
    fi
done < <(df -P -x tmpfs -x devtmpfs -x squashfs -x overlay \
         | awk 'NR > 1 { use = $5; sub(/%/, "", use); print $6, use, $1 }')
```

Logic:

- First time over the threshold: no state file, so `last` is 0, the alert fires and the timestamp is stored.
- Still over on the next runs: nothing happens until 6 hours have passed.
- Back under the threshold: a "resolved" message is sent once and the state file is removed.

`send_alert` is whatever you use (mail, Slack webhook, ntfy). The `key` turns `/var/log` into `_var_log` so it's a valid file name.

To avoid flapping when usage hovers around 85%, use a lower "resolved" threshold, e.g. only clear the state below 80%.""",
r"""Unrelated question while I think about this: my office has almost no natural light, just a small north-facing window far from my desk. What houseplant would actually survive on my desk?""",
r"""A few plants genuinely cope with low light and occasional neglect:

- **ZZ plant (Zamioculcas zamiifolia)**: the toughest option. It stores water in thick rhizomes, tolerates fluorescent office light and only needs watering every 2–3 weeks. Overwatering is the main way to kill it.
- **Snake plant (Sansevieria / Dracaena trifasciata)**: upright, architectural and very slow-growing in low light. Water roughly once a month in winter, every 2–3 weeks in summer, only when the soil is completely dry.
- **Pothos (Epipremnum aureum)**: a trailing plant that grows even under office lighting, though it gets leggy and loses its variegation in very dim spots. Water when the top few centimetres of soil are dry; it droops visibly when thirsty and recovers fast.
- **Cast iron plant (Aspidistra elatior)**: named for surviving almost anything, including dark corners.

Tips for a desk far from the window:

- If the office lights are on 8–10 hours a day, that counts; a small LED grow light on a timer helps a lot if they aren't.
- Use a pot with a drainage hole, and empty the saucer after watering.
- Wipe the leaves occasionally; dust blocks what little light there is.

The ZZ plant is the best bet if you travel or forget to water.""",
r"""Back to the script: how do I run it every 10 minutes with systemd instead of cron?""",
r"""Create a service unit and a timer unit.

`/etc/systemd/system/disk-alert.service`:

```ini
[Unit]
Description=Check disk usage and send alerts

[Service]
Type=oneshot
ExecStart=/usr/local/bin/disk-alert.sh
```

`/etc/systemd/system/disk-alert.timer`:

```ini
[Unit]
Description=Run disk-alert every 10 minutes

[Timer]
OnBootSec=2min
OnUnitActiveSec=10min
AccuracySec=30s

[Install]
WantedBy=timers.target
```

Then:

```bash
sudo systemctl daemon-reload
sudo systemctl enable --now disk-alert.timer
systemctl list-timers disk-alert.timer
```

Advantages over cron:

- **Logs for free**: everything the script prints goes to the journal; read it with `journalctl -u disk-alert.service`.
- **No overlapping runs**: a oneshot service can't start again while the previous run is still active.
- **Failure visibility**: `systemctl status disk-alert.service` shows the last exit code, and you can add `OnFailure=` to trigger another unit (e.g. a notifier) when the script itself fails.

`OnBootSec` runs the first check two minutes after boot, and `OnUnitActiveSec` schedules each next run 10 minutes after the previous one started. Use `OnCalendar=*:0/10` instead if you want it aligned to the clock (:00, :10, :20...).""",
r"""When an alert fires, can the script also include the five biggest directories on that filesystem?""",
r"""Yes, add a `du` summary to the alert text. Use `-x` so it stays on the one filesystem (otherwise checking `/` would also walk into `/var` if that's a separate mount):

```bash
top_dirs() {
    local mount=$1
    timeout 60 du -xh --max-depth=2 "$mount" 2>/dev/null \
        | sort -rh | head -n 6 | tail -n 5
}

...
send_alert "Disk $mount on $(hostname) at ${use}% ($dev)
Largest directories:
$(top_dirs "$mount")"
```

Details:

- `--max-depth=2` shows e.g. `/var/log/journal` rather than just `/var`, which is usually specific enough to act on.
- `sort -rh` sorts human-readable sizes (K, M, G) correctly.
- The first line after sorting is the mount point itself (the total), so `head -n 6 | tail -n 5` skips it.
- `timeout 60` stops `du` from hanging the check on a huge filesystem with millions of files. Run it only when an alert actually fires, not on every check, because `du` reads metadata for every file.
- `2>/dev/null` hides "permission denied" noise; run the service as root so the sizes are complete.

Because `head` exits early inside a pipeline and the script uses `pipefail`, wrap the call in the alert text as shown (command substitution), where a SIGPIPE status won't abort the script. If you call `top_dirs` on its own line, add `|| true`.""",
]))
