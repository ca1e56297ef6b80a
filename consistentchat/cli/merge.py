"""`consistentchat merge`: join shard run folders into one dataset."""

from __future__ import annotations

from pathlib import Path

import typer

from ..store.merge import merge_runs
from ..store.run_dir import PARQUET
from .app import app, command


@command(app, "merge")
def merge_command(
    shard_dirs: list[Path] = typer.Argument(..., metavar="SHARD_DIR",
                                            help="Run output folders of the shards."),
    out: Path = typer.Option(..., "--out", "-o", help="Folder for the merged dataset."),
    force: bool = typer.Option(False, "--force", help="Merge even if manifests differ or a "
                               "shard is unfinished (overlapping shards are always refused)."),
) -> None:
    """Merge shard outputs into one dataset, removing near-duplicates across shards with the
    dedup settings the shards recorded; refuses overlapping or mismatched shards."""
    import datasets
    from rich.console import Console

    datasets.disable_progress_bars()  # the command prints its own summary
    summary = merge_runs(list(shard_dirs), out, force=force)
    err = Console(stderr=True)
    for warning in summary["warnings"]:
        err.print(f"warning: {warning}", markup=False, highlight=False, soft_wrap=True)
    t = summary["totals"]
    dups = summary["dedup"]["rejected"]
    print(f"merged {len(summary['merged_shards'])} of {summary['shard_count']} shards: "
          f"{t['accepted']} accepted, {t['rejected']} rejected ({dups} near-duplicates across "
          f"shards), {t['failed']} failed")
    print(f"dataset: {summary['dataset']} (and {PARQUET}); rejects.jsonl and failures.jsonl "
          "hold the reasons")
