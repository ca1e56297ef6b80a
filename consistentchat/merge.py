"""Merge shard outputs (`generate --shard-index i --num-shards n`) into one dataset.

    consistentchat merge out/shard0 out/shard1 out/shard2 --out out/merged

Every input must be a finished run directory of the same plan: the manifests (`run.json`)
may differ only in the shard index, each shard index appears once, and no dialogue id appears
in two shards. The merged folder gets `dataset/` + `dataset.parquet` (the accepted dialogues of
every shard, in plan order), `rejects.jsonl` and `failures.jsonl` (concatenated, in plan
order), a `run.json` whose shard index is null (with the merged indexes listed) and a
`summary.json` with per-shard counts, totals and any missing shard indexes.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import typer
from filelock import FileLock, Timeout

from .errors import UserError
from .store import (DATASET_DIR, DIALOGUES, FAILURES, MANIFEST, PARQUET, REJECTS, SUMMARY,
                    JsonlLog, RunDirectory, first_by_id, manifest_differences, write_jsonl)

# Manifest keys that legitimately differ between shards of one plan.
_PER_RUN_KEYS = ("created",)
# Files a merge writes; an existing folder holding anything else is not overwritten.
_MERGE_OUTPUTS = {DATASET_DIR, PARQUET, REJECTS, FAILURES, MANIFEST, SUMMARY, ".lock"}


@dataclass
class _Shard:
    """One input run directory, read but never written."""

    path: Path
    manifest: dict[str, Any]
    index: int
    count: int
    summary: dict[str, Any] | None
    accepted: list[dict[str, Any]] = field(default_factory=list)
    rejects: list[dict[str, Any]] = field(default_factory=list)
    failures: list[dict[str, Any]] = field(default_factory=list)
    unexported: int = 0

    @property
    def ids(self) -> set[str]:
        return {r["id"] for r in (*self.accepted, *self.rejects, *self.failures)}

    @property
    def expected(self) -> int | None:
        """Dialogues planned for this shard, from the manifest's num_dialogues."""
        total = self.manifest.get("num_dialogues")
        if not isinstance(total, int):
            return None
        return len(range(self.index, total, self.count))

    def counts(self) -> dict[str, Any]:
        return {"dir": str(self.path), "index": self.index, "planned": self.expected,
                "accepted": len(self.accepted), "rejected": len(self.rejects),
                "failed": len(self.failures)}


def _read_manifest(path: Path) -> dict[str, Any]:
    if not path.is_dir():
        raise UserError(f"{path}: not a directory (expected a run output folder)")
    manifest = RunDirectory(path).read_manifest()
    if manifest is None:
        raise UserError(f"{path}: not a consistentchat run directory (no {MANIFEST})")
    shard = manifest.get("shard")
    if not isinstance(shard, dict) or "index" not in shard or "count" not in shard:
        raise UserError(f"{path}/{MANIFEST}: has no shard index and count")
    if shard.get("merged") is not None or shard["index"] is None:
        raise UserError(f"{path}: is a merged output, not a shard; merge the shard folders instead")
    if not isinstance(shard["index"], int) or not isinstance(shard["count"], int):
        raise UserError(f"{path}/{MANIFEST}: shard index and count must be integers")
    return manifest


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    return list(JsonlLog(path).read())  # read-only: a torn tail is skipped, not repaired


def _load_shard(path: Path, manifest: dict[str, Any]) -> _Shard:
    summary_path = path / SUMMARY
    summary = None
    if summary_path.exists():
        try:
            summary = json.loads(summary_path.read_text())
        except json.JSONDecodeError:
            raise UserError(f"{summary_path}: not valid JSON") from None
    shard = _Shard(path=path, manifest=manifest, index=manifest["shard"]["index"],
                   count=manifest["shard"]["count"], summary=summary)
    if (path / DATASET_DIR).is_dir():
        import datasets

        try:
            shard.accepted = datasets.load_from_disk(str(path / DATASET_DIR)).to_list()
        except Exception as exc:  # a damaged dataset folder: name it, in one line
            raise UserError(f"{path / DATASET_DIR}: cannot load the dataset "
                            f"({type(exc).__name__}: {exc})") from None
    shard.accepted = first_by_id(shard.accepted)
    accepted = {r["id"] for r in shard.accepted}
    shard.rejects = first_by_id(_read_jsonl(path / REJECTS), accepted)
    done = accepted | {r["id"] for r in shard.rejects}
    shard.failures = first_by_id(_read_jsonl(path / FAILURES), done)
    generated = {r.get("id") for r in _read_jsonl(path / DIALOGUES)}
    shard.unexported = len(generated - done)
    return shard


def _check_finished(shard: _Shard) -> list[str]:
    """Why the shard is not finished (empty when it is)."""
    problems = []
    if shard.summary is None or not (shard.path / DATASET_DIR).is_dir():
        problems.append("has not finished (no summary.json or dataset/)")
    if shard.unexported:
        problems.append(f"has {shard.unexported} generated dialogues that were not exported")
    expected = shard.expected
    if expected is not None and len(shard.ids) != expected:
        problems.append(f"accounts for {len(shard.ids)} of its {expected} planned dialogues")
    return problems


def _comparable(manifest: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in manifest.items() if k not in _PER_RUN_KEYS}
    out["shard"] = {k: v for k, v in manifest["shard"].items() if k != "index"}
    return out


def _check_out(out: Path, shard_paths: list[Path]) -> None:
    resolved = out.resolve()
    for path in shard_paths:
        p = path.resolve()
        if resolved == p or p in resolved.parents or resolved in p.parents:
            raise UserError(f"--out {out} overlaps the shard folder {path}; choose another --out")
    if out.exists() and not out.is_dir():
        raise UserError(f"{out}: output path is not a directory")
    if out.is_dir():
        extra = sorted(p.name for p in out.iterdir()
                       if p.name not in _MERGE_OUTPUTS and not p.name.startswith("."))
        manifest = RunDirectory(out).read_manifest() if (out / MANIFEST).exists() else None
        is_merge = manifest is not None and isinstance(manifest.get("shard"), dict) and \
            manifest["shard"].get("merged") is not None
        if extra or (manifest is not None and not is_merge):
            raise UserError(f"{out} already holds other output ({', '.join(extra) or MANIFEST} "
                            f"of a run); merge into a new or empty --out")


def merge_runs(shard_dirs: list[Path], out: Path, force: bool = False) -> dict[str, Any]:
    """Merge shard run directories into `out`; returns the merge summary.

    Raises `UserError` (one line) when a folder is not a run directory, when the manifests
    differ in anything but the shard index (the setting is named), when two folders are the
    same shard, when shard counts differ, when dialogue ids overlap between shards, or (unless
    `force`) when a shard has not finished. `force` also allows differing manifests; it never
    allows overlapping shards.
    """
    if not shard_dirs:
        raise UserError("merge needs at least one shard folder")
    paths = [Path(p) for p in shard_dirs]
    seen_paths: dict[Path, Path] = {}
    for p in paths:
        key = p.resolve()
        if key in seen_paths:
            raise UserError(f"{p} is given twice (as {seen_paths[key]} and {p})")
        seen_paths[key] = p
    out = Path(out)
    manifests = [_read_manifest(p) for p in paths]
    _check_out(out, paths)

    count = manifests[0]["shard"]["count"]
    by_index: dict[int, Path] = {}
    for path, manifest in zip(paths, manifests):
        shard = manifest["shard"]
        if shard["count"] != count:
            raise UserError(f"shard count differs: {paths[0]} is one of {count} shards, {path} one "
                            f"of {shard['count']}; merge shards of one --num-shards")
        if shard["index"] in by_index:
            raise UserError(f"{by_index[shard['index']]} and {path} are both shard "
                            f"{shard['index']} of {count}")
        by_index[shard["index"]] = path
    base = _comparable(manifests[0])
    forced: list[str] = []
    for path, manifest in zip(paths[1:], manifests[1:]):
        diffs = manifest_differences(base, _comparable(manifest))
        forced += [f"{path} differs from {paths[0]} (merged with --force): {d}" for d in diffs]
        if diffs and not force:
            raise UserError(
                f"{path} was made with a different plan than {paths[0]}: {diffs[0]}"
                + (f" (and {len(diffs) - 1} more)" if len(diffs) > 1 else "")
                + "; merge shards of one job, or --force")

    locks = []
    try:
        for path in paths:  # a shard still being generated is refused
            locks.append(_lock_shard(path))
        shards = [_load_shard(p, m) for p, m in zip(paths, manifests)]
        warnings = forced + _check_shards(shards, force)
        with RunDirectory(out):
            summary = _write(shards, out, manifests[0], count, warnings)
    finally:
        for lock in locks:
            if lock is not None:
                lock.release()
    return summary


def _lock_shard(path: Path) -> FileLock | None:
    lock_path = path / ".lock"
    if not lock_path.exists():
        return None  # never locked by a run (e.g. copied without it): nothing to wait for
    lock = FileLock(str(lock_path), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise UserError(f"{path} is in use by another consistentchat process; wait for it to "
                        "finish before merging") from None
    except OSError:
        return None  # a read-only copy of a shard: nothing can be writing it
    return lock


def _check_shards(shards: list[_Shard], force: bool) -> list[str]:
    warnings: list[str] = []
    for shard in shards:
        problems = _check_finished(shard)
        if problems and not force:
            raise UserError(f"{shard.path} {problems[0]}: re-run its generate command to finish "
                            "it, or --force to merge what it has")
        warnings += [f"{shard.path} {p}" for p in problems]
    owner: dict[str, Path] = {}
    for shard in shards:
        ids = shard.ids
        clash = sorted(i for i in ids if i in owner)
        if clash:
            other = owner[clash[0]]
            raise UserError(f"{other} and {shard.path} overlap: {len(clash)} dialogue id(s) in "
                            f"both (e.g. {clash[0]}); each planned dialogue must come from one shard")
        owner.update({i: shard.path for i in ids})
    count = shards[0].count
    missing = sorted(set(range(count)) - {s.index for s in shards})
    if missing:
        warnings.append(f"shard index(es) {', '.join(map(str, missing))} of {count} not merged: "
                        "the dataset covers part of the plan")
    return warnings


def _plan_order(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(records, key=lambda r: (r.get("sample_index", 0), r.get("id", "")))


def _write(shards: list[_Shard], out: Path, manifest: dict[str, Any], count: int,
           warnings: list[str]) -> dict[str, Any]:
    from .export import write_dataset

    accepted = _plan_order([r for s in shards for r in s.accepted])
    rejects = _plan_order([r for s in shards for r in s.rejects])
    failures = _plan_order([r for s in shards for r in s.failures])
    dataset_dir, parquet = write_dataset(accepted, out)
    write_jsonl(out / REJECTS, rejects)
    write_jsonl(out / FAILURES, failures)
    indexes = sorted(s.index for s in shards)
    missing = sorted(set(range(count)) - set(indexes))
    run_dir = RunDirectory(out)
    run_dir.write_json(MANIFEST, {
        **{k: v for k, v in manifest.items() if k not in _PER_RUN_KEYS},
        "shard": {"index": None, "count": count, "merged": indexes},
        "merged_from": [str(s.path) for s in sorted(shards, key=lambda s: s.index)],
        "created": time.strftime("%Y-%m-%dT%H:%M:%S"),
    })
    planned = [s.expected for s in shards]
    summary = {
        "out": str(out),
        "dataset": str(dataset_dir),
        "parquet": str(parquet),
        "shard_count": count,
        "merged_shards": indexes,
        "missing_shards": missing,
        "shards": [s.counts() for s in sorted(shards, key=lambda s: s.index)],
        "totals": {
            "planned": sum(planned) if all(p is not None for p in planned) else None,
            "accepted": len(accepted),
            "rejected": len(rejects),
            "failed": len(failures),
        },
        "warnings": warnings,
    }
    run_dir.write_json(SUMMARY, summary)
    return summary


def merge_command(
    shard_dirs: list[Path] = typer.Argument(..., metavar="SHARD_DIR",
                                            help="Run output folders of the shards."),
    out: Path = typer.Option(..., "--out", "-o", help="Folder for the merged dataset."),
    force: bool = typer.Option(False, "--force", help="Merge even if manifests differ or a "
                               "shard is unfinished (overlapping shards are always refused)."),
) -> None:
    """Merge shard outputs into one dataset; refuses overlapping or mismatched shards."""
    import datasets
    from rich.console import Console

    datasets.disable_progress_bars()  # the command prints its own summary
    summary = merge_runs(list(shard_dirs), out, force=force)
    err = Console(stderr=True)
    for warning in summary["warnings"]:
        err.print(f"warning: {warning}", markup=False, highlight=False, soft_wrap=True)
    t = summary["totals"]
    print(f"merged {len(summary['merged_shards'])} of {summary['shard_count']} shards: "
          f"{t['accepted']} accepted, {t['rejected']} rejected, {t['failed']} failed")
    print(f"dataset: {summary['dataset']} (and {PARQUET}); rejects.jsonl and failures.jsonl "
          "hold the reasons")


__all__ = ["merge_command", "merge_runs"]
