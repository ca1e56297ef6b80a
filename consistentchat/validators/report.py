"""The validate report: totals, what was skipped and why, and every record's verdicts."""

from __future__ import annotations

from collections import Counter
from typing import Any, Sequence

from .chain import ChainResult, summarize

# What each verdict note code means, for people reading the report.
NOTES = {
    "no_scenario": "{n} records have no scenario: their turns were scored against the opening "
                   "exchange only",
    "turn_range_unchecked": "turn range not checked for {n} records with no known intent",
}


def scores(result: ChainResult) -> dict[str, float]:
    """Every figure of a record: each validator's score, then its further figures as
    "validator.figure"."""
    out = {v.validator: round(v.score, 4) for v in result.verdicts if v.score is not None}
    for v in result.verdicts:
        out.update({f"{v.validator}.{k}": round(float(x), 4) for k, x in v.figures.items()})
    return out


def build_report(results: Sequence[ChainResult], disabled: dict[str, str]) -> dict[str, Any]:
    """The validate report: totals, validators skipped (and why), per-record outcome (the
    failed verdicts, and every score a validator gave, e.g. the judge's)."""
    skipped: dict[str, dict[str, int]] = {}
    for r in results:
        for v in r.verdicts:
            if v.skipped:
                skipped.setdefault(v.validator, {}).setdefault(v.reason, 0)
                skipped[v.validator][v.reason] += 1
    skipped_validators = dict(disabled)
    for name, reasons in skipped.items():
        skipped_validators[name] = "; ".join(
            f"{reason} ({count} of {len(results)} records)" for reason, count in reasons.items())
    counts: Counter[tuple[str, str]] = Counter(
        (v.validator, note) for r in results for v in r.verdicts for note in v.notes)
    notes: dict[str, str] = {}
    for (validator, note), count in sorted(counts.items()):
        text = NOTES.get(note, note + " ({n} records)").format(n=count)
        notes[validator] = f"{notes[validator]}; {text}" if validator in notes else text
    return {
        "totals": summarize(results),
        "skipped_validators": skipped_validators,
        "notes": notes,
        "records": {r.id: {"passed": r.passed,
                           "failed": [{"validator": v.validator, "reason": v.reason,
                                       "score": None if v.score is None else round(v.score, 4)}
                                      for v in r.failed],
                           "scores": scores(r)}
                    for r in results},
    }
