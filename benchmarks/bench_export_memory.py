"""Peak memory of the end-of-run export as the run grows: N synthetic dialogue records in a
run folder, then `export` (settle verdicts, dedup, Parquet row groups, save_to_disk). Each size
runs in its own process; the ratio of peak RSS between the largest and the smallest run is the
figure (flat = memory does not grow with the run).

`--dedup` runs the export with the dedup validator (the others off) over signatures stored
beforehand, as a finished run has them (computing 200k MinHashes would time the hashing, not the
memory). `--code DIR` imports consistentchat from another checkout (e.g. a worktree of an older
commit), to measure before and after with the same synthetic data.

Usage: .venv/bin/python benchmarks/bench_export_memory.py [--sizes 20000,200000] [--dedup]
       [--code DIR]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if "--code" in sys.argv:
    ROOT = Path(sys.argv[sys.argv.index("--code") + 1]).resolve()
sys.path.insert(0, str(ROOT))

WORDS = ("garden kettle lantern harbor meadow pepper violin ladder copper orchard river canvas "
         "pillow rocket saddle timber walnut biscuit compass pebble tunnel velvet anchor").split()


def synthetic(n: int, path: Path, signatures: Path | None = None) -> list[str]:
    """Write n dialogue records (about 3 KB each, 6 exchanges) as a run's dialogues.jsonl, and
    with `signatures` a stored MinHash per record (random: no two alike)."""
    import random

    from consistentchat.generation.inline import record_digest

    rng = random.Random(n)
    ids = []
    sig_fh = signatures.open("w") if signatures else None
    with path.open("w") as fh:
        for i in range(n):
            rid = f"d{i:07d}"
            ids.append(rid)
            messages = []
            for t in range(6):
                q = " ".join(WORDS[(i + t + k) % len(WORDS)] for k in range(18)) + f" {i} {t}?"
                a = " ".join(WORDS[(i * 7 + t + k) % len(WORDS)] for k in range(60)) + f" {i}."
                messages += [{"role": "user", "content": q}, {"role": "assistant", "content": a}]
            record = {
                "id": rid, "intent": "educational", "scenario": "s", "flow": "f",
                "flow_steps": ["a", "b"], "num_turns": 6, "messages": messages,
                "conversations": [{"from": "human" if m["role"] == "user" else "gpt",
                                   "value": m["content"]} for m in messages],
                "skeleton": [{"step": "a", "query": m["content"]} for m in messages[::2]],
                "response_mode": "joint", "model": "m", "sampling": {"skeleton": {"temperature": 0.7}},
                "prompt_hashes": {"skeleton_user.j2": "abc"},
                "seed": 0, "sample_index": i, "usage": {"prompt_tokens": 1, "completion_tokens": 1},
                "attempts": {"skeleton": 1, "response": 1}}
            fh.write(json.dumps(record) + "\n")
            if sig_fh:
                sig_fh.write(json.dumps({"digest": record_digest(record), "values": [
                    rng.getrandbits(32) for _ in range(128)], "scheme": "affine32", "seed": 1}) + "\n")
    if sig_fh:
        sig_fh.close()
    return ids


def one(n: int, dedup: bool) -> None:
    from consistentchat.config import ValidationConfig
    from consistentchat.generation.finish import export
    from consistentchat.store import RunDirectory
    from consistentchat.validators import ValidationContext, build_chain

    with tempfile.TemporaryDirectory() as tmp:
        run_dir = RunDirectory(Path(tmp) / "run")
        run_dir.path.mkdir()
        ids = synthetic(n, run_dir.path / "dialogues.jsonl",
                        run_dir.path / "signatures.jsonl" if dedup else None)
        base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        # Verdicts are not the subject here (they are cached per dialogue): only the streaming
        # of the durable record into the dataset, rejects and save_to_disk layout.
        off = {"enabled": False}
        config = ValidationConfig.model_validate(
            {name: off for name in ("structure", "leakage", "placeholder", "repetition",
                                    "non_answer", "relevance", "consistency", "topic",
                                    "alignment", "flow")}
            if dedup else off)
        chain = build_chain(config, ValidationContext.for_intents())
        start = time.perf_counter()
        with run_dir:
            summary = asyncio.run(export(run_dir, ids, chain))
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(json.dumps({"n": n, "seconds": round(time.perf_counter() - start, 1),
                          "accepted": summary["accepted"], "peak_rss_mb": round(peak / 1024),
                          "rss_before_export_mb": round(base / 1024)}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="20000,200000")
    parser.add_argument("--dedup", action="store_true")
    parser.add_argument("--code", type=Path, help="import consistentchat from this checkout")
    parser.add_argument("--one", type=int)
    args = parser.parse_args()
    if args.one:
        one(args.one, args.dedup)
        return
    results = []
    extra = (["--dedup"] if args.dedup else []) + (["--code", str(args.code)] if args.code else [])
    for n in map(int, args.sizes.split(",")):
        out = subprocess.run([sys.executable, __file__, "--one", str(n), *extra],
                             capture_output=True, text=True, check=True)
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
        print(results[-1], flush=True)
    small, large = results[0], results[-1]
    print(f"records x{large['n'] / small['n']:.0f}: peak RSS x"
          f"{large['peak_rss_mb'] / small['peak_rss_mb']:.2f} "
          f"({small['peak_rss_mb']} MB -> {large['peak_rss_mb']} MB)")


if __name__ == "__main__":
    main()
