"""Precision and recall of the whole (non-LLM) chain on the hand-labelled dialogues.

tests/data/labelled_dialogues.jsonl holds 80 dialogues: 28 good ones and 52 failures spread
over seven kinds, six of them from a real run of the embedded model (see
tests/data/make_labelled.py). A failure counts as caught when the chain rejects it, and as
caught for the right reason when the validator of its kind is among the rejecting ones.
Run with -s to see the figures.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from consistentchat.records import to_sharegpt
from consistentchat.validators import ChainResult, ValidationConfig, build_chain

LABELLED = Path(__file__).parent / "data" / "labelled_dialogues.jsonl"
KIND_TO_VALIDATOR = {"structure": "structure", "leakage": "leakage", "repetition": "repetition",
                     "off_topic": "topic", "misaligned": "alignment", "flow": "flow",
                     "duplicate": "dedup"}


def load() -> list[dict[str, Any]]:
    return [json.loads(line) for line in LABELLED.read_text().splitlines()]


def figures(rows: list[dict[str, Any]], results: list[ChainResult]) -> dict[str, Any]:
    good = [r for row, r in zip(rows, results) if row["label"] == "good"]
    bad = [(row, r) for row, r in zip(rows, results) if row["label"] != "good"]
    caught = [(row, r) for row, r in bad if not r.passed]
    right = [(row, r) for row, r in bad
             if KIND_TO_VALIDATOR[row["label"]] in {v.validator for v in r.failed}]
    rejected = sum(not r.passed for r in results)
    per_kind = {kind: (sum(1 for row, _ in right if row["label"] == kind), n)
                for kind, n in sorted(Counter(row["label"] for row, _ in bad).items())}
    return {
        "rejection_recall": len(caught) / len(bad),
        "right_reason_recall": len(right) / len(bad),
        "rejection_precision": len(caught) / rejected if rejected else 1.0,
        "false_rejection_rate": sum(not r.passed for r in good) / len(good),
        "per_kind": per_kind,
        "missed": [row["id"] for row, r in bad if r.passed],
        "wrong_reason": [(row["id"], [v.validator for v in r.failed]) for row, r in caught
                         if (row, r) not in right],
        "false_rejections": [(row["id"], [v.reason for v in r.failed])
                             for row, r in zip(rows, results)
                             if row["label"] == "good" and not r.passed],
    }


def report(title: str, f: dict[str, Any]) -> str:
    lines = [f"== {title}",
             f"rejection recall {f['rejection_recall']:.3f}, for the right reason "
             f"{f['right_reason_recall']:.3f}; rejection precision {f['rejection_precision']:.3f}; "
             f"false-rejection rate of good dialogues {f['false_rejection_rate']:.3f}",
             "per kind (right reason): " + ", ".join(f"{k} {a}/{n}" for k, (a, n) in
                                                     f["per_kind"].items()),
             f"missed: {f['missed']}; wrong reason: {f['wrong_reason']}",
             f"false rejections: {f['false_rejections']}"]
    text = "\n".join(lines)
    print("\n" + text)
    return text


def test_labelled_set_composition() -> None:
    rows = load()
    labels = Counter(row["label"] for row in rows)
    assert len(rows) >= 60 and labels["good"] >= len(rows) / 3
    assert set(labels) == {"good", *KIND_TO_VALIDATOR}
    assert len({row["id"] for row in rows}) == len(rows)
    for row in rows:
        queries = [m for m in row["messages"] if m["role"] == "user"]
        assert 4 <= len(queries) <= 8, row["id"]


async def test_chain_precision_and_recall_on_labelled_set() -> None:
    rows = load()
    chain = build_chain(ValidationConfig())
    results = await chain.run(rows)
    f = figures(rows, results)
    text = report("labelled set, full records", f)
    assert f["rejection_recall"] >= 0.9, text
    assert f["right_reason_recall"] >= 0.9, text
    assert f["false_rejection_rate"] <= 0.1, text
    assert all(a / n >= 0.75 for a, n in f["per_kind"].values()), text


async def test_chain_on_the_labelled_set_as_foreign_sharegpt() -> None:
    """Only ShareGPT turns, no ids or metadata: flow is skipped, topic uses the opening."""
    rows = load()
    foreign = [{"conversations": to_sharegpt(row["messages"])} for row in rows]
    chain = build_chain(ValidationConfig())
    results = await chain.run(foreign)
    assert all(any(v.validator == "flow" and v.skipped for v in r.verdicts) for r in results)
    f = figures(rows, results)
    text = report("labelled set as foreign ShareGPT (no scenario, skeleton, intent)", f)
    assert f["false_rejection_rate"] <= 0.1, text
    content_kinds = ("leakage", "repetition", "off_topic", "misaligned")
    assert all(f["per_kind"][k][0] / f["per_kind"][k][1] >= 0.75 for k in content_kinds), text


@pytest.mark.parametrize("label", ["good", "off_topic"])
def test_topic_scores_separate_good_from_drift(label: str) -> None:
    """Guard the tuned threshold (0.12, no off-topic turn allowed; USE-multilingual): the lowest
    turn similarity of good dialogues and of drifting ones sits clear of it."""
    from consistentchat.validators.base import Dialogue
    from consistentchat.validators.embeddings import embed_dialogues
    from consistentchat.validators.topic import turn_similarities

    rows = [row for row in load() if row["label"] == label and not row["id"].startswith("real-")]
    dialogues = [Dialogue.from_record(row, i) for i, row in enumerate(rows)]
    embed_dialogues(dialogues)
    lowest = [min(turn_similarities(d)[1:]) for d in dialogues]
    if label == "good":
        assert min(lowest) >= 0.13
    else:
        assert max(lowest) <= 0.11
