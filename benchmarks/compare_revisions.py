"""Before/after across code revisions, side by side: the same (current) benchmark script runs in
a copy of an older revision's tree and in this tree, alternating, each run a fresh process, so
the machine's load hits both alike. Prints each round's figures and their ratio, then ranges.

- validators: `bench_validators.py --only` (non-LLM chain, dialogues/s; higher is better);
- inline: `bench_inline.py` (end-to-end with validation / generation only; higher is better):
  the older tree with its default setting, this tree with `--workers` (default: its default).

Usage: .venv/bin/python benchmarks/compare_revisions.py validators [--before main] [--rounds 3]
       [-- extra benchmark arguments]
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = {"validators": ("bench_validators.py", ["--only", "--rounds", "1"], r"^RATE ([\d.]+)"),
         "inline": ("bench_inline.py", ["--rounds", "1"],
                    r"^with validation, inline_worker=\S+: .* ratio ([\d.]+)")}


def checkout(rev: str, into: Path) -> Path:
    """The tree of `rev` in `into`, with this tree's benchmark scripts."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    for script in (ROOT / "benchmarks").glob("*.py"):
        shutil.copy(script, into / "benchmarks" / script.name)
    return into


def figure(tree: Path, bench: str, extra: list[str]) -> float:
    script, args, pattern = BENCH[bench]
    out = subprocess.run([sys.executable, str(tree / "benchmarks" / script), *args, *extra],
                         cwd=tree, capture_output=True, text=True)
    found = re.findall(pattern, out.stdout, re.M)
    if out.returncode or not found:
        raise SystemExit(f"{tree}: {script} failed\n{out.stdout[-2000:]}\n{out.stderr[-2000:]}")
    return float(found[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bench", choices=sorted(BENCH))
    parser.add_argument("--before", default="main")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", default="default",
                        help="inline: this tree's validation.inline_worker setting")
    args, extra = parser.parse_known_args()  # the rest (after --) goes to the benchmark
    args.extra = [a for a in extra if a != "--"]
    with tempfile.TemporaryDirectory() as tmp:
        before = checkout(args.before, Path(tmp))
        old_extra = [*args.extra, *(["--workers", "default"] if args.bench == "inline" else [])]
        new_extra = [*args.extra, *(["--workers", args.workers] if args.bench == "inline"
                                    else [])]
        rows = []
        for round_ in range(1, args.rounds + 1):
            a = figure(before, args.bench, old_extra)
            b = figure(ROOT, args.bench, new_extra)
            rows.append((a, b))
            print(f"round {round_}: before ({args.before}) {a:.2f}, after {b:.2f}, "
                  f"after/before {b / a:.2f}", flush=True)
    lo = lambda i: min(r[i] for r in rows)
    hi = lambda i: max(r[i] for r in rows)
    ratios = sorted(b / a for a, b in rows)
    print(f"{args.bench}: before {lo(0):.2f}-{hi(0):.2f}, after {lo(1):.2f}-{hi(1):.2f}, "
          f"after/before {ratios[0]:.2f}-{ratios[-1]:.2f} (median {ratios[len(ratios) // 2]:.2f})")


if __name__ == "__main__":
    main()
