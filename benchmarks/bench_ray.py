"""Ray replicas against one: the same job on a latency-bound OpenAI-compatible server (the
project's test server, each answer delayed), with 1, 2, ... replicas of a fixed concurrency,
side by side on one local Ray instance; prints generation time and the ratio to 1 replica.

Usage: .venv/bin/python benchmarks/bench_ray.py [--dialogues 48] [--replicas 1,2,4]
       [--concurrency 3] [--latency 0.5]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from consistentchat.config import JobConfig  # noqa: E402
from consistentchat.generation.run import run  # noqa: E402
from tests.fault_server import FaultServer  # noqa: E402
from tests.helpers import FAULT_SERVER_VALIDATION  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dialogues", type=int, default=48)
    parser.add_argument("--replicas", default="1,2,4")
    parser.add_argument("--concurrency", type=int, default=3)
    parser.add_argument("--latency", type=float, default=0.5)
    args = parser.parse_args()
    import ray

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    elapsed: dict[int, float] = {}
    with FaultServer() as srv, tempfile.TemporaryDirectory() as tmp:
        srv.delay = args.latency
        for replicas in (int(r) for r in args.replicas.split(",")):
            config = JobConfig.model_validate({
                "num_dialogues": args.dialogues, "out": f"{tmp}/r{replicas}", "products": False,
                "backend": {"name": "openai", "base_url": srv.base_url, "api_key": "x",
                            "max_concurrency": args.concurrency},
                "validation": FAULT_SERVER_VALIDATION,
                "executor": {"name": "ray", "replicas": replicas, "cpus_per_replica": 0.5}})
            elapsed[replicas] = run(config).summary["this_session"]["elapsed_s"]
            print(f"{replicas} replica(s): {elapsed[replicas]:.2f} s of generation, "
                  f"ratio to the first {elapsed[replicas] / next(iter(elapsed.values())):.2f}",
                  flush=True)
    ray.shutdown()


if __name__ == "__main__":
    main()
