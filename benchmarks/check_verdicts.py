"""Decisions must not change when the chain gets faster: record the per-dialogue verdicts of the
chain (no judge) on the labelled sets once, then compare any later run against them.

Sets: the three labelled files read as foreign data (as `score_labelled.py` reads them), the
development set with all its generation fields (scenario, skeleton, flow steps: what a run
validates), and 200 distinct replicas from `bench_validators.py` (longer, varied texts).

    python benchmarks/check_verdicts.py --record --package-encoder --models use-multilingual,minilm
                                                     # write benchmarks/verdicts/<model>/*.json
    python benchmarks/check_verdicts.py              # compare; exit 1 on any changed decision

A decision is `passed`, the failing validators, and each verdict's passed/kind/skipped flags:
these must be identical. Scores may differ by float noise only (`--tolerance`, absolute).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from consistentchat.validators import ValidationConfig, build_chain  # noqa: E402
from consistentchat.validators import embeddings  # noqa: E402

import bench_validators  # noqa: E402
import score_labelled  # noqa: E402

DATA = ROOT / "tests" / "data"
STORE = ROOT / "benchmarks" / "verdicts"
SETS = {
    "labelled": lambda: score_labelled.load(DATA / "labelled_dialogues.jsonl"),
    "dev2": lambda: score_labelled.load(DATA / "dev2.jsonl"),
    "heldout": lambda: score_labelled.load(DATA / "heldout" / "heldout.jsonl"),
    "labelled-full": lambda: [json.loads(line) for line in
                              (DATA / "labelled_dialogues.jsonl").read_text().splitlines()
                              if line.strip()],
    "replicas-200": lambda: bench_validators.dialogues(200),
}


async def decide(rows: list[dict[str, Any]], model: str) -> dict[str, Any]:
    config = ValidationConfig.model_validate({"judge": {"enabled": False},
                                              "embedding_model": model})
    embeddings.clear_cache()
    results = await build_chain(config).run(rows)
    return score_labelled.verdicts(rows, results)


def compare(old: dict[str, Any], new: dict[str, Any], tolerance: float) -> tuple[list[str], float]:
    """(differences in decisions or beyond the score tolerance, largest score difference)."""
    problems, worst = [], 0.0
    if list(old) != list(new):
        return [f"dialogue ids differ ({len(old)} vs {len(new)})"], 0.0
    for rid, a in old.items():
        b = new[rid]
        if (a["passed"], a["failed"]) != (b["passed"], b["failed"]):
            problems.append(f"{rid}: passed={a['passed']} {a['failed']} -> "
                            f"passed={b['passed']} {b['failed']}")
            continue
        if list(a["verdicts"]) != list(b["verdicts"]):
            problems.append(f"{rid}: validators {list(a['verdicts'])} -> {list(b['verdicts'])}")
            continue
        for name, va in a["verdicts"].items():
            vb = b["verdicts"][name]
            flags = lambda v: (v["passed"], v["kind"], v["skipped"], v["score"] is None)
            if flags(va) != flags(vb):
                problems.append(f"{rid}/{name}: {va} -> {vb}")
            elif va["score"] is not None:
                diff = abs(float(va["score"]) - float(vb["score"]))
                worst = max(worst, diff)
                if diff > tolerance:
                    problems.append(f"{rid}/{name}: score {va['score']} -> {vb['score']}")
    return problems, worst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--record", action="store_true", help="write the reference verdicts")
    parser.add_argument("--models", default="use-multilingual")
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--tolerance", type=float, default=1e-3)
    parser.add_argument("--package-encoder", action="store_true",
                        help="decide use-multilingual with the package's own encoder (the "
                        "reference: record with it when the validators' logic changes)")
    args = parser.parse_args()
    if args.package_encoder and bench_validators.Before.name not in embeddings.EMBEDDERS.names():
        embeddings.EMBEDDERS.add(bench_validators.Before.name, bench_validators.Before)
    failed = False
    for model in args.models.split(","):
        for name in args.sets.split(","):
            path = STORE / model / f"{name}.json"
            used = (bench_validators.Before.name
                    if args.package_encoder and model == "use-multilingual" else model)
            new = asyncio.run(decide(SETS[name](), used))
            if args.record:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text("{\n" + ",\n".join(
                    f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}"
                    for k, v in new.items()) + "\n}\n")
                print(f"[{model}] {name}: recorded {len(new)} dialogues "
                      f"({sum(v['passed'] for v in new.values())} passed)")
                continue
            problems, worst = compare(json.loads(path.read_text()), new, args.tolerance)
            failed |= bool(problems)
            print(f"[{model}] {name}: {len(new)} dialogues, "
                  f"{'IDENTICAL decisions' if not problems else f'{len(problems)} DIFFERENCES'}"
                  f", largest score difference {worst:.2e}")
            for p in problems[:20]:
                print("   ", p)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
