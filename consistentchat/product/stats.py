"""Dataset statistics as data: the paper-style table, yields, rejections, judge scores.

All functions are pure: a `RunSnapshot` (or records) in, numbers out. Lengths count words, with
Chinese/Japanese characters as one word each (`text.count_words`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable

from .snapshot import RunSnapshot
from ..text import count_tokens as count_words, detect_languages, has_cjk

OVERALL = "all"
JUDGE = "judge"


@dataclass(frozen=True)
class LengthRow:
    """One row of the statistics table (accepted dialogues of one intent, or of all)."""

    name: str
    dialogues: int
    avg_user_turns: float | None  # None when there are no dialogues (or no such turns)
    avg_query_words: float | None
    avg_answer_words: float | None

    def cells(self) -> list[str]:
        """dialogues, avg user turns, avg words / query, avg words / answer, as text."""
        def fmt(value: float | None, digits: int) -> str:
            return "–" if value is None else f"{value:.{digits}f}"

        return [str(self.dialogues), fmt(self.avg_user_turns, 2), fmt(self.avg_query_words, 1),
                fmt(self.avg_answer_words, 1)]


@dataclass(frozen=True)
class YieldRow:
    """Outcomes of the planned dialogues of one intent (or of all)."""

    name: str
    planned: int
    accepted: int
    rejected: int
    failed: int
    rejected_by: dict[str, int] = field(default_factory=dict)
    reported_yield: float | None = None  # from summary.json's `yield`, when it has one

    def rate_text(self) -> str:
        """The yield as a percentage, or n/a."""
        return "n/a" if self.yield_rate is None else f"{self.yield_rate:.1%}"

    @property
    def yield_rate(self) -> float | None:
        """Accepted / planned (the summary's own figure when present)."""
        if self.reported_yield is not None:
            return self.reported_yield
        return self.accepted / self.planned if self.planned else None


@dataclass(frozen=True)
class RunStats:
    """Everything the card, the plots and the viewer show as numbers."""

    lengths: list[LengthRow]  # overall first, then one per intent with accepted dialogues
    yields: list[YieldRow]  # overall first, then one per intent with any record
    validators: list[str]  # validators that rejected anything, in first-seen order
    judge_scores: dict[str, list[float]]  # outcome ("accepted"/"rejected") -> judge scores
    cjk: bool  # some text is Chinese/Japanese: lengths count characters there
    languages: list[str]


def messages_of(record: dict[str, Any]) -> list[dict[str, str]]:
    """A record's `{role, content}` messages (from ShareGPT `conversations` if needed)."""
    messages = record.get("messages")
    if messages:
        return [{"role": str(m.get("role")), "content": str(m.get("content") or "")}
                for m in messages]
    roles = {"human": "user", "gpt": "assistant"}
    return [{"role": roles.get(str(c.get("from")), str(c.get("from"))),
             "content": str(c.get("value") or "")} for c in record.get("conversations") or []]


def turn_texts(record: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(user queries, assistant answers) of a record."""
    messages = messages_of(record)
    return ([m["content"] for m in messages if m["role"] == "user"],
            [m["content"] for m in messages if m["role"] == "assistant"])


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def length_row(name: str, records: list[dict[str, Any]]) -> LengthRow:
    """The statistics-table row of `records`."""
    turns, queries, answers = [], [], []
    for record in records:
        q, a = turn_texts(record)
        turns.append(len(q))
        queries += [count_words(t) for t in q]
        answers += [count_words(t) for t in a]
    return LengthRow(name, len(records), _mean(turns), _mean(queries), _mean(answers))


def rejected_by(record: dict[str, Any]) -> list[str]:
    """Validators that rejected a record: `rejected_by`, else failed `verdicts`, else the
    validator prefixes of `reasons`."""
    names = record.get("rejected_by")
    if names:
        return [str(n) for n in names]
    verdicts = record.get("verdicts") or []
    failed = [str(v.get("validator")) for v in verdicts
              if isinstance(v, dict) and not v.get("passed")]
    if failed:
        return failed
    return [str(r).split(":", 1)[0] for r in record.get("reasons") or [] if ":" in str(r)]


def scores_of(record: dict[str, Any]) -> dict[str, float]:
    """Validator -> score: the `scores` column, completed by the scores of `verdicts`."""
    out: dict[str, float] = {}
    for verdict in record.get("verdicts") or []:
        if isinstance(verdict, dict) and isinstance(verdict.get("score"), (int, float)):
            out[str(verdict.get("validator"))] = float(verdict["score"])
    for name, value in (record.get("scores") or {}).items():
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            out[str(name)] = float(value)
    return out


def _reported_yields(summary: dict[str, Any]) -> tuple[float | None, dict[str, float]]:
    """summary.json's `yield` {overall, by_intent} as rates, when present."""
    data = summary.get("yield")
    if not isinstance(data, dict):
        return None, {}

    def rate(value: Any) -> float | None:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        if isinstance(value, dict):
            for key in ("rate", "yield", "ratio"):
                if isinstance(value.get(key), (int, float)):
                    return float(value[key])
            if isinstance(value.get("accepted"), int) and value.get("planned"):
                return value["accepted"] / value["planned"]
        return None

    by_intent = {str(k): r for k, v in (data.get("by_intent") or {}).items()
                 if (r := rate(v)) is not None}
    return rate(data.get("overall")), by_intent


def yield_row(name: str, accepted: int, rejects: list[dict[str, Any]], failed: int,
              planned: int | None = None, reported: float | None = None) -> YieldRow:
    """The outcome row of one group; `planned` defaults to accepted + rejected + failed."""
    counts: Counter[str] = Counter(v for r in rejects for v in dict.fromkeys(rejected_by(r)))
    total = planned if planned is not None else accepted + len(rejects) + failed
    return YieldRow(name, total, accepted, len(rejects), failed, dict(counts), reported)


def _by_intent(records: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        groups.setdefault(str(record.get("intent")), []).append(record)
    return groups


def compute_stats(snapshot: RunSnapshot) -> RunStats:
    """Statistics of a run: overall and per intent."""
    acc, rej, fail = map(_by_intent, (snapshot.accepted, snapshot.rejected, snapshot.failed))
    intents = [i for i in snapshot.intents() if i in acc or i in rej or i in fail]
    lengths = [length_row(OVERALL, snapshot.accepted)]
    lengths += [length_row(i, acc[i]) for i in intents if i in acc]
    overall_rate, intent_rates = _reported_yields(snapshot.summary)
    yields = [yield_row(OVERALL, len(snapshot.accepted), snapshot.rejected, len(snapshot.failed),
                        snapshot.planned, overall_rate)]
    yields += [yield_row(i, len(acc.get(i, [])), rej.get(i, []), len(fail.get(i, [])),
                         reported=intent_rates.get(i)) for i in intents]
    validators = list(dict.fromkeys(v for r in snapshot.rejected for v in rejected_by(r)))
    judge: dict[str, list[float]] = {}
    for outcome, records in (("accepted", snapshot.accepted), ("rejected", snapshot.rejected)):
        found = [s[JUDGE] for s in map(scores_of, records) if JUDGE in s]
        if found:
            judge[outcome] = found
    texts = [" ".join(q + a) for q, a in map(turn_texts, snapshot.accepted)]
    return RunStats(lengths=lengths, yields=yields, validators=validators, judge_scores=judge,
                    cjk=any(has_cjk(t) for t in texts), languages=detect_languages(texts))


def judge_histogram(scores: Iterable[float], low: int = 1, high: int = 10) -> dict[int, int]:
    """Counts of judge scores rounded to whole points, for every point in low..high."""
    counts = Counter(min(high, max(low, round(s))) for s in scores)
    return {point: counts.get(point, 0) for point in range(low, high + 1)}
