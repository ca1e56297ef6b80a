"""End to end with validation inside the run, against generation alone, on a latency-bound
OpenAI-compatible server (the project's test server, each response delayed). Same plan, same
concurrency, side by side in one process, alternating for `--rounds`; prints dialogues/s and the
ratio to generation alone for each `validation.inline_worker` setting (thread: the validators in
the generating process, as before; process: in a worker process).

Usage: .venv/bin/python benchmarks/bench_inline.py [--dialogues 320] [--concurrency 64]
       [--latency 0.25] [--resample 0] [--rounds 2] [--workers thread,process]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from consistentchat.config import JobConfig  # noqa: E402
from consistentchat.generation.run import run  # noqa: E402
from tests.fault_server import FaultServer  # noqa: E402


def cpu_seconds() -> float:
    """CPU time of this process (server included) and its finished children (the worker)."""
    return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                 resource.getrusage(resource.RUSAGE_CHILDREN)))


def one(server: FaultServer, out: Path, n: int, concurrency: int, validation: dict) -> dict:
    config = JobConfig.model_validate({
        "num_dialogues": n, "out": str(out), "products": False,
        "backend": {"name": "openai", "base_url": server.base_url, "model": "test-model",
                    "api_key": "x", "max_concurrency": concurrency},
        "validation": validation})
    start, cpu = time.perf_counter(), cpu_seconds()
    result = run(config)
    seconds = time.perf_counter() - start
    s = result.summary
    return {"seconds": round(seconds, 1), "dialogues_per_s": round(n / seconds, 1),
            "cpu_s": round(cpu_seconds() - cpu, 1),
            "accepted": s["accepted"], "rejected": s["validation"]["rejected"],
            "failed": s["failed"], "resampled": s["this_session"]["resampled"]}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dialogues", type=int, default=320)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--latency", type=float, default=0.25)
    parser.add_argument("--resample", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--workers", default="thread,process",
                        help="validation.inline_worker settings to compare (before: thread); "
                        "`default` leaves the setting out (for code older than it)")
    args = parser.parse_args()
    modes = args.workers.split(",")
    ratios: dict[str, list[float]] = {m: [] for m in modes}
    with FaultServer(models=["test-model"]) as server, tempfile.TemporaryDirectory() as tmp:
        server.delay = args.latency
        for round_ in range(1, args.rounds + 1):  # alternating: the box's load hits all alike
            only = one(server, Path(tmp) / f"gen{round_}", args.dialogues, args.concurrency,
                       {"enabled": False})
            print(f"--- round {round_}\ngeneration only:", json.dumps(only), flush=True)
            for mode in modes:
                validation = {"judge": {"enabled": False}, "resample_on_reject": args.resample,
                              **({} if mode == "default" else {"inline_worker": mode})}
                out = Path(tmp) / f"val-{mode}{round_}"
                validated = one(server, out, args.dialogues, args.concurrency, validation)
                ratios[mode].append(validated["dialogues_per_s"] / only["dialogues_per_s"])
                print(f"with validation, inline_worker={mode}:", json.dumps(validated),
                      f"ratio {ratios[mode][-1]:.2f}", flush=True)
            if round_ == 1:
                start = time.perf_counter()
                again = one(server, out, args.dialogues, args.concurrency, validation)
                print(f"resume of the finished run: {time.perf_counter() - start:.1f} s "
                      f"({json.dumps(again)})")
    print("ratio end-to-end / generation-only:", ", ".join(
        f"{m} {min(r):.2f}-{max(r):.2f}" for m, r in ratios.items()))


if __name__ == "__main__":
    main()
