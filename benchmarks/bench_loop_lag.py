"""How long the generating process's event loop waits while dialogues are validated inline:
`validation.inline_worker` thread against process, alternating, in one run.

A ticker coroutine asks to wake every 5 ms while N benchmark dialogues (bench_validators.py's
distinct replicas) go through `InlineValidator.check` in batches as they would land; it records
how late each wake-up is. Late wake-ups are what an HTTP client and a co-located server feel
(responses read late, requests sent late). Also prints the wall time to validate them all and
the CPU seconds of this process and the worker. The worker's start-up is excluded (it is warmed
with one dialogue first): it is paid once per run.

Usage: .venv/bin/python benchmarks/bench_loop_lag.py [--dialogues 256] [--rounds 2]
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

import bench_validators  # noqa: E402

from consistentchat.generation.inline import InlineValidator  # noqa: E402
from consistentchat.validators import ValidationConfig, build_chain, embeddings  # noqa: E402

TICK = 0.005


def cpu(who: int) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


async def one(mode: str, records: list[dict], arrival: float) -> dict[str, float]:
    config = ValidationConfig.model_validate({"judge": {"enabled": False},
                                              "inline_worker": mode})
    embeddings.clear_cache()  # start cold, as the worker does
    for model in embeddings._LOADED.values():
        getattr(getattr(model, "model", None), "forget", lambda: None)()
    inline = InlineValidator(build_chain(config))
    inline.start()
    await inline.check({**records[0], "id": "warm-up"})  # start-up and model load: once a run
    late: list[float] = []
    done = asyncio.Event()

    async def ticker() -> None:
        while not done.is_set():
            start = time.perf_counter()
            await asyncio.sleep(TICK)
            late.append(time.perf_counter() - start - TICK)

    async def land(i: int, record: dict) -> None:
        await asyncio.sleep(i * arrival)  # dialogues land one after another, as in a run
        await inline.check(record)

    ticking = asyncio.create_task(ticker())
    start, mine, theirs = time.perf_counter(), cpu(resource.RUSAGE_SELF), \
        cpu(resource.RUSAGE_CHILDREN)
    await asyncio.gather(*(land(i, r) for i, r in enumerate(records)))
    seconds = time.perf_counter() - start
    done.set()
    await ticking
    await inline.close()
    late.sort()
    return {"seconds": seconds, "lag_mean_ms": 1000 * statistics.mean(late),
            "lag_p99_ms": 1000 * late[int(0.99 * (len(late) - 1))],
            "lag_max_ms": 1000 * late[-1], "cpu_here_s": cpu(resource.RUSAGE_SELF) - mine,
            "cpu_worker_with_start_s": cpu(resource.RUSAGE_CHILDREN) - theirs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dialogues", type=int, default=256)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--arrival", type=float, default=0.02,
                        help="seconds between landing dialogues")
    args = parser.parse_args()
    records = bench_validators.dialogues(args.dialogues)
    for round_ in range(1, args.rounds + 1):
        for mode in ("thread", "process"):
            got = asyncio.run(one(mode, records, args.arrival))
            print(f"round {round_} {mode:<7} " + ", ".join(f"{k} {v:.1f}"
                                                         for k, v in got.items()), flush=True)


if __name__ == "__main__":
    main()
