"""A self-contained HTML viewer of a run: summary, plots and a filterable dialogue browser.

One file, no network: CSS and JS inline, plots as base64 data URIs, the dialogues as JSON in a
`<script type="application/json">` block (every `<`, `>`, `&` escaped), rendered by the page's
script with `textContent` only, so dialogue text can never become markup.
"""

from __future__ import annotations

import base64
import html
import json
import os
from pathlib import Path
from typing import Any

from .. import __version__
from .sanitize import redact, redact_record
from .snapshot import RunSnapshot
from .stats import OVERALL, RunStats, compute_stats, messages_of, rejected_by, scores_of

_MAX_RAW = 4000  # characters of each raw model output kept for a failed dialogue


def json_for_script(data: Any) -> str:
    """JSON that is safe inside a `<script>` element (no `</script>`, `<!--`, U+2028...)."""
    text = json.dumps(data, ensure_ascii=False, default=str)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def dialogue_view(outcome: str, record: dict[str, Any], run_dir: Path | None) -> dict[str, Any]:
    """What the browser shows of one record: turns with flow steps, verdicts, scores."""
    r = redact_record(record, run_dir)
    steps = [t.get("step") for t in r.get("skeleton") or [] if isinstance(t, dict)]
    turns, user_turn = [], 0
    for message in messages_of(r):
        step = None
        if message["role"] == "user":
            step = steps[user_turn] if user_turn < len(steps) else None
            user_turn += 1
        turns.append({"role": message["role"], "content": message["content"], "step": step})
    verdicts = [v for v in r.get("verdicts") or [] if isinstance(v, dict)]
    view = {"id": str(r.get("id")), "outcome": outcome, "intent": str(r.get("intent")),
            "flow": r.get("flow"), "flow_steps": r.get("flow_steps") or [],
            "scenario": r.get("scenario"), "turns": turns,
            "rejected_by": rejected_by(r) if outcome == "rejected" else [],
            "reasons": [str(x) for x in r.get("reasons") or []], "verdicts": verdicts,
            "scores": scores_of(r)}
    if outcome == "failed":
        view.update(stage=r.get("stage"), reasons=[f"{r.get('stage')}: {r.get('reason')}"],
                    raw_outputs=[str(x)[:_MAX_RAW] for x in r.get("raw_outputs") or []])
    return view


def _data_uri(path: Path) -> str:
    return "data:image/png;base64," + base64.b64encode(Path(path).read_bytes()).decode("ascii")


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _rows(header: list[str] | None, rows: list[list[Any]]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in header or [])
    body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in rows)
    return (f"<table><thead><tr>{head}</tr></thead>" if head else "<table>") + \
        f"<tbody>{body}</tbody></table>"


def summary_html(snapshot: RunSnapshot, stats: RunStats) -> str:
    """The summary tables (escaped HTML)."""
    m = redact(snapshot.manifest, snapshot.run_dir)
    unit = "words (CJK: characters)" if stats.cjk else "words"
    facts = [["model", m.get("model") or redact(snapshot.summary.get("model"), snapshot.run_dir)],
             ["backend", m.get("backend")], ["seed", m.get("seed")],
             ["response mode", (m.get("generation") or {}).get("response_mode")],
             ["created", m.get("created")], ["consistentchat", __version__]]
    lengths = _rows(["intent", "dialogues", "avg user turns", f"avg {unit} / query",
                     f"avg {unit} / answer"],
                    [[r.name, *r.cells()] for r in stats.lengths])
    yields = _rows(["intent", "planned", "accepted", "rejected", "failed", "yield"]
                   + [f"rejected by {v}" for v in stats.validators],
                   [[r.name, r.planned, r.accepted, r.rejected, r.failed, r.rate_text()]
                    + [r.rejected_by.get(v, 0) for v in stats.validators] for r in stats.yields])
    return (_rows(None, facts) + "<h3>Statistics (accepted dialogues)</h3>" + lengths
            + "<h3>Yield and rejections</h3>" + yields)


_ASSETS = Path(__file__).resolve().parent / "assets"


def _asset(name: str) -> str:
    """The viewer's stylesheet or script (shipped beside this module), for inlining."""
    return (_ASSETS / name).read_text(encoding="utf-8")


def render_viewer(snapshot: RunSnapshot, plots: dict[str, Path] | None = None,
                  stats: RunStats | None = None) -> str:
    """The viewer page as one HTML string."""
    stats = stats or compute_stats(snapshot)
    dialogues = [dialogue_view(o, r, snapshot.run_dir) for o, r in snapshot.records()]
    data = {"intents": [r.name for r in stats.yields if r.name != OVERALL],
            "validators": list(dict.fromkeys(v for d in dialogues for v in d["rejected_by"])),
            "dialogues": dialogues}
    images = "".join(f'<figure><img alt="{_e(name)}" src="{_data_uri(path)}"></figure>'
                     for name, path in (plots or {}).items())
    title = f"consistentchat run — {len(snapshot.accepted)} accepted dialogues"
    options = "".join(f'<option value="{o}">{o}</option>'
                      for o in ("accepted", "rejected", "failed"))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(title)}</title><style>{_asset('viewer.css')}</style></head>
<body><header><h1>{_e(title)}</h1></header><main>
<section id="summary"><h2>Summary</h2>{summary_html(snapshot, stats)}</section>
<section id="plots"><h2>Plots</h2>
<div class="plot-grid">{images or "<p>No plots.</p>"}</div></section>
<section id="browser"><h2>Dialogues</h2>
<div class="filters">
<label>intent <select id="filter-intent"><option value="">all</option></select></label>
<label>outcome <select id="filter-outcome"><option value="">all</option>{options}</select></label>
<label>rejected by <select id="filter-validator"><option value="">any</option></select></label>
<label>text <input id="filter-text" type="search" placeholder="search"></label>
<span id="count"></span></div>
<div id="dialogues"></div></section></main>
<script type="application/json" id="run-data">{json_for_script(data)}</script>
<script>{_asset('viewer.js')}</script>
</body></html>
"""


def write_viewer(snapshot: RunSnapshot, path: Path | str,
                 plots: dict[str, Path] | None = None) -> Path:
    """Write the viewer to `path` (atomically); returns the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(render_viewer(snapshot, plots), encoding="utf-8")
    os.replace(tmp, path)
    return path
