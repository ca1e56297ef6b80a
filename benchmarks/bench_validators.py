"""Validator throughput on CPU: validated dialogues per second for the non-LLM chain.

Builds N realistic dialogues from the labelled set: replica k of a dialogue gets its sentences
rotated and a discourse marker per turn, so every text is distinct (the chain encodes each
distinct text once; plain copies would flatter the embedding step).
Runs structure, leakage, repetition, topic, alignment, flow and dedup (no judge) and prints
dialogues per second overall and the time per validator. The one-time model load is timed
separately; the embedding cache is cleared first.

Usage: PYTHONPATH=. .venv/bin/python benchmarks/bench_validators.py [--dialogues 800]
       [--batch-size 64] [--rounds 1]
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

os.environ.setdefault("HF_HUB_OFFLINE", "1")

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


async def run(n: int, batch_size: int, model: str) -> dict[str, Any]:
    records = dialogues(n)
    config = ValidationConfig.model_validate({"embedding_batch_size": batch_size,
                                              "judge": {"enabled": False},
                                              "embedding_model": model})
    chain = build_chain(config)
    embeddings._CACHE.clear()
    start = time.perf_counter()
    results = await chain.run(records)
    seconds = time.perf_counter() - start
    texts = len({m["content"] for r in records for m in r["messages"]} |
                {r["scenario"] for r in records})
    return {"dialogues": n, "seconds": seconds, "rate": n / seconds, "texts": texts,
            "timings": dict(chain.timings), "summary": summarize(results)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dialogues", type=int, default=800)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--models", default="minilm,use-multilingual",
                        help="Embedders to compare side by side (the first is the baseline).")
    args = parser.parse_args()

    rates: dict[str, float] = {}
    for model in args.models.split(","):
        start = time.perf_counter()
        embeddings.load_model(model)
        print(f"[{model}] model load (once per process): {time.perf_counter() - start:.1f} s; "
              f"cpus: {os.cpu_count()}")
        for round_ in range(1, args.rounds + 1):
            r = asyncio.run(run(args.dialogues, args.batch_size, model))
            rates[model] = r["rate"]
            print(f"[{model}] round {round_}: {r['dialogues']} dialogues ({r['texts']} distinct "
                  f"texts) in {r['seconds']:.1f} s = {r['rate']:.1f} validated dialogues/s "
                  f"(embeddings {r['texts'] / r['timings']['embeddings']:.0f} texts/s)")
            for name, seconds in r["timings"].items():
                per = 1000 * seconds / r["dialogues"]
                print(f"  {name:<11} {seconds:7.2f} s  {per:7.2f} ms/dialogue")
            s = r["summary"]
            print(f"  passed {s['passed']}, rejected {s['rejected']} {s['rejected_by_validator']}")
    names = list(rates)
    for other in names[1:]:
        print(f"ratio {other} / {names[0]}: {rates[other] / rates[names[0]]:.2f}")


if __name__ == "__main__":
    main()
