"""Score the validator chain on a labelled set: recall per kind of flaw, overall recall, and
the share of good dialogues rejected. The set is read as foreign data (ShareGPT or messages,
no scenario, skeleton or intent), as users' datasets arrive.

    python benchmarks/score_labelled.py tests/data/heldout/heldout.jsonl [--config V.yaml]
        [--judge-base-url URL --judge-model NAME] [--json OUT] [--verdicts OUT]

`--verdicts OUT` writes every dialogue's decision (passed, failing validators, every
validator's score and kind) to compare runs: see benchmarks/check_verdicts.py.

Each line needs `label` ("good" or the kind of flaw). Contradictions are counted apart.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from consistentchat.cli.validate import load_validation_config  # noqa: E402
from consistentchat.config import BackendConfig  # noqa: E402
from consistentchat.records import from_sharegpt  # noqa: E402
from consistentchat.validators import ValidationContext, build_chain, choose_judge  # noqa: E402

APART = ("contradiction",)


def load(path: Path) -> list[dict[str, Any]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            messages = row.get("messages") or from_sharegpt(row["conversations"])
            rows.append({"id": row["id"], "label": row["label"], "messages": messages,
                         "language": row.get("language", "")})
    return rows


def verdicts(rows: list[dict[str, Any]], results: list[Any]) -> dict[str, Any]:
    """Per-dialogue decisions: passed, the failing validators, and each verdict's score, kind
    and skipped flag (to compare two runs of the chain dialogue by dialogue)."""
    return {row["id"]: {"passed": res.passed, "failed": [v.validator for v in res.failed],
                        "verdicts": {v.validator: {"passed": v.passed, "score": v.score,
                                                   "kind": v.kind, "skipped": v.skipped}
                                     for v in res.verdicts}}
            for row, res in zip(rows, results)}


def judge_agreement(rows: list[dict[str, Any]], results: list[Any]) -> dict[str, Any] | None:
    """The judge's own decisions on the dialogues it saw (those the other checks passed):
    agreement with the labels, and its recall per kind (None when no judge ran)."""
    seen: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    agree = judged = 0
    for row, res in zip(rows, results):
        verdict = next((v for v in res.verdicts if v.validator == "judge" and not v.skipped), None)
        if verdict is None:
            continue
        judged += 1
        seen[row["label"]][1] += 1
        seen[row["label"]][0] += not verdict.passed
        agree += verdict.passed == (row["label"] == "good")
    if not judged:
        return None
    return {"judged": judged, "agreement": round(agree / judged, 3),
            "rejected_per_label": {k: f"{a}/{n}" for k, (a, n) in sorted(seen.items())}}


def score(rows: list[dict[str, Any]], results: list[Any]) -> dict[str, Any]:
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_validator: dict[str, Counter[str]] = defaultdict(Counter)
    for row, res in zip(rows, results):
        entry = per_kind[row["label"]]
        entry[1] += 1
        entry[0] += not res.passed
        by_validator[row["label"]].update({v.validator for v in res.failed})
    good = per_kind.pop("good", [0, 0])
    counted = [v for k, v in per_kind.items() if k not in APART]
    caught, flawed = sum(a for a, _ in counted), sum(n for _, n in counted)
    all_caught, all_flawed = sum(a for a, _ in per_kind.values()), sum(n for _, n in per_kind.values())
    return {
        "recall_without_contradictions": caught / flawed if flawed else None,
        "recall_all": all_caught / all_flawed if all_flawed else None,
        "good_rejected": f"{good[0]}/{good[1]}",
        "good_rejected_rate": good[0] / good[1] if good[1] else None,
        "per_kind": {k: f"{a}/{n}" for k, (a, n) in sorted(per_kind.items())},
        "rejected_by": {k: dict(c.most_common()) for k, c in sorted(by_validator.items())},
        "judge": judge_agreement(rows, results),
        "missed": [r["id"] for r, res in zip(rows, results) if r["label"] != "good" and res.passed],
        "good_rejected_ids": {r["id"]: [f"{v.validator}: {v.reason}"[:160] for v in res.failed]
                              for r, res in zip(rows, results)
                              if r["label"] == "good" and not res.passed},
    }


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--config", type=Path)
    parser.add_argument("--judge-base-url")
    parser.add_argument("--judge-model")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--verdicts", type=Path, help="write per-dialogue verdicts (JSON)")
    args = parser.parse_args()
    config = load_validation_config(args.config)
    override = (BackendConfig(name="openai", base_url=args.judge_base_url, model=args.judge_model)
                if args.judge_base_url else None)
    judge = choose_judge(config.judge, override=override)
    rows = [row for path in args.sets for row in load(path)]
    chain = build_chain(config, ValidationContext.for_intents(judge=judge))
    if judge.backend is not None:
        async with judge.backend:
            results = await chain.run(rows)
    else:
        results = await chain.run(rows)
    figures = score(rows, results)
    print(json.dumps(figures, indent=1, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1, ensure_ascii=False) + "\n")
    if args.verdicts:
        args.verdicts.write_text(json.dumps(verdicts(rows, results), indent=1,
                                            ensure_ascii=False) + "\n")


if __name__ == "__main__":
    asyncio.run(main())
