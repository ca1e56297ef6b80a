"""End to end with validation inside the run, against generation alone, on a latency-bound
OpenAI-compatible server (the project's test server, each response delayed). Same plan, same
concurrency, side by side in one process; prints dialogues/s of both and their ratio.

Usage: .venv/bin/python benchmarks/bench_inline.py [--dialogues 320] [--concurrency 64]
       [--latency 0.25] [--resample 0]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from consistentchat.config import JobConfig  # noqa: E402
from consistentchat.generation.run import run  # noqa: E402
from tests.fault_server import FaultServer  # noqa: E402


def one(server: FaultServer, out: Path, n: int, concurrency: int, validation: dict) -> dict:
    config = JobConfig.model_validate({
        "num_dialogues": n, "out": str(out), "products": False,
        "backend": {"name": "openai", "base_url": server.base_url, "model": "test-model",
                    "api_key": "x", "max_concurrency": concurrency},
        "validation": validation})
    start = time.perf_counter()
    result = run(config)
    seconds = time.perf_counter() - start
    s = result.summary
    return {"seconds": round(seconds, 1), "dialogues_per_s": round(n / seconds, 1),
            "accepted": s["accepted"], "rejected": s["validation"]["rejected"],
            "failed": s["failed"], "resampled": s["this_session"]["resampled"]}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dialogues", type=int, default=320)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--latency", type=float, default=0.25)
    parser.add_argument("--resample", type=int, default=0)
    args = parser.parse_args()
    with FaultServer(models=["test-model"]) as server, tempfile.TemporaryDirectory() as tmp:
        server.delay = args.latency
        only = one(server, Path(tmp) / "gen", args.dialogues, args.concurrency,
                   {"enabled": False})
        print("generation only:", json.dumps(only), flush=True)
        validated = one(server, Path(tmp) / "val", args.dialogues, args.concurrency,
                        {"judge": {"enabled": False}, "resample_on_reject": args.resample})
        print("with validation (non-LLM chain, inline):", json.dumps(validated), flush=True)
        start = time.perf_counter()
        again = one(server, Path(tmp) / "val", args.dialogues, args.concurrency,
                    {"judge": {"enabled": False}, "resample_on_reject": args.resample})
        print(f"resume of the finished run: {time.perf_counter() - start:.1f} s "
              f"({json.dumps(again)})")
        print(f"ratio end-to-end / generation-only: "
              f"{validated['dialogues_per_s'] / only['dialogues_per_s']:.2f}")


if __name__ == "__main__":
    main()
