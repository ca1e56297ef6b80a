"""PNG plots of a run (matplotlib, Agg canvas; no pyplot global state, no display needed)."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path
from typing import Callable

from .snapshot import RunSnapshot
from .stats import OVERALL, RunStats, compute_stats, judge_histogram, turn_texts
from ..text import count_tokens as count_words

_OUTCOME_COLORS = {"accepted": "#4c9a5b", "rejected": "#d08c2f", "failed": "#b94a48"}
PLOT_NAMES = ("turns", "lengths", "yield", "judge")


def _figure(width: float = 7.0, height: float = 3.6):  # type: ignore[no-untyped-def]
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    return figure


def _integer_y(*axes) -> None:  # type: ignore[no-untyped-def]
    from matplotlib.ticker import MaxNLocator

    for ax in axes:
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))


def _words_label(stats: RunStats) -> str:
    return "words (CJK: characters)" if stats.cjk else "words"


def plot_turns(snapshot: RunSnapshot, stats: RunStats):  # type: ignore[no-untyped-def]
    """Bar chart: accepted dialogues by number of user turns."""
    counts = Counter(len(turn_texts(r)[0]) for r in snapshot.accepted)
    figure = _figure(5.5, 3.2)
    ax = figure.add_subplot()
    xs = sorted(counts)
    ax.bar(xs, [counts[x] for x in xs], color="#4a78b5")
    ax.set_xticks(xs)
    ax.set_xlabel("user turns per dialogue")
    ax.set_ylabel("accepted dialogues")
    ax.set_title("User turns per dialogue")
    _integer_y(ax)
    return figure


def plot_lengths(snapshot: RunSnapshot, stats: RunStats):  # type: ignore[no-untyped-def]
    """Box plots: query and answer length by intent (accepted dialogues)."""
    intents = [row.name for row in stats.lengths if row.name != OVERALL and row.dialogues]
    figure = _figure(max(6.0, 1.2 * len(intents) + 3), 3.8)
    axes = figure.subplots(1, 2, sharey=False)
    for index, (ax, title) in enumerate(zip(axes, ("query length", "answer length"))):
        data = [[count_words(t) for r in snapshot.accepted if r.get("intent") == i
                 for t in turn_texts(r)[index]] for i in intents]
        ax.boxplot(data, tick_labels=intents, showmeans=True)
        ax.set_title(f"{title} by intent")
        ax.set_ylabel(_words_label(stats))
        ax.tick_params(axis="x", labelrotation=30)
    return figure


def plot_yield(snapshot: RunSnapshot, stats: RunStats):  # type: ignore[no-untyped-def]
    """Stacked outcomes per intent, and rejections by validator per intent."""
    rows = [row for row in stats.yields if row.name != OVERALL and row.planned]
    names = [row.name for row in rows]
    figure = _figure(max(7.0, 1.5 * len(rows) + 4), 3.8)
    left, right = figure.subplots(1, 2)
    bottom = [0] * len(rows)
    for outcome in ("accepted", "rejected", "failed"):
        values = [getattr(row, outcome) for row in rows]
        left.bar(names, values, bottom=bottom, label=outcome, color=_OUTCOME_COLORS[outcome])
        bottom = [b + v for b, v in zip(bottom, values)]
    for x, row in enumerate(rows):
        if row.yield_rate is not None:
            left.text(x, row.planned, f"{row.yield_rate:.0%}", ha="center", va="bottom", fontsize=8)
    left.set_title("outcome per intent (yield on top)")
    left.set_ylabel("dialogues")
    left.set_ylim(0, max([row.planned for row in rows] + [1]) * 1.15)
    left.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    validators = stats.validators
    width = 0.8 / max(1, len(validators))
    for k, name in enumerate(validators):
        xs = [x - 0.4 + width * (k + 0.5) for x in range(len(rows))]
        right.bar(xs, [row.rejected_by.get(name, 0) for row in rows], width=width, label=name)
    right.set_xticks(range(len(rows)), names)
    right.set_title("rejections by validator")
    right.set_ylabel("rejected dialogues")
    _integer_y(left, right)
    if validators:
        right.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    else:
        right.text(0.5, 0.5, "no rejections", ha="center", va="center", transform=right.transAxes)
    for ax in (left, right):
        ax.tick_params(axis="x", labelrotation=30)
    return figure


def plot_judge(snapshot: RunSnapshot, stats: RunStats):  # type: ignore[no-untyped-def]
    """Histogram of judge scores (1-10), accepted and rejected stacked."""
    figure = _figure(5.5, 3.2)
    ax = figure.add_subplot()
    bottom = [0] * 10
    for outcome, scores in stats.judge_scores.items():
        values = list(judge_histogram(scores).values())
        ax.bar(range(1, 11), values, bottom=bottom, label=outcome, color=_OUTCOME_COLORS[outcome])
        bottom = [b + v for b, v in zip(bottom, values)]
    ax.set_xticks(range(1, 11))
    ax.set_xlabel("judge score")
    ax.set_ylabel("dialogues")
    ax.set_title("Judge scores")
    ax.legend(fontsize=8)
    _integer_y(ax)
    return figure


def _available(snapshot: RunSnapshot, stats: RunStats) -> dict[str, Callable]:  # type: ignore[type-arg]
    plots: dict[str, Callable] = {}  # type: ignore[type-arg]
    if snapshot.accepted:
        plots.update(turns=plot_turns, lengths=plot_lengths)
    if stats.yields[0].planned:
        plots["yield"] = plot_yield
    if stats.judge_scores:
        plots["judge"] = plot_judge
    return plots


def write_plots(snapshot: RunSnapshot, directory: Path | str,
                stats: RunStats | None = None) -> dict[str, Path]:
    """Write `<name>.png` for every plot the data supports; returns name -> path.

    Plots from an earlier write that no longer apply (e.g. judge scores) are removed.
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    stats = stats or compute_stats(snapshot)
    written: dict[str, Path] = {}
    for name, make in _available(snapshot, stats).items():
        path = directory / f"{name}.png"
        tmp = directory / f".{name}.png.tmp"
        make(snapshot, stats).savefig(tmp, format="png", metadata={"Software": None})
        os.replace(tmp, path)
        written[name] = path
    for name in PLOT_NAMES:
        if name not in written:
            (directory / f"{name}.png").unlink(missing_ok=True)
    return written
