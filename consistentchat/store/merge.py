"""Merge shard outputs (`generate --shard-index i --num-shards n`) into one dataset.

    consistentchat merge out/shard0 out/shard1 out/shard2 --out out/merged

Every input must be a finished run directory of the same plan: the manifests (`run.json`)
may differ only in the shard index, each shard index appears once, and no dialogue id appears
in two shards. Near-duplicates across shards are removed with the dedup settings the shards
recorded (`merge_dedup.py`): the first in plan order stays. The merged folder gets `dataset/` +
`dataset.parquet` (the accepted dialogues of every shard, in plan order, streamed from the
shards' memory-mapped datasets), `rejects.jsonl` (the shards' rejects and the cross-shard
duplicates) and `failures.jsonl` (in plan order), a `run.json` whose shard index is null (with
the merged indexes listed) and a `summary.json` with per-shard counts, totals, the dedup
counts and any missing shard indexes.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from filelock import FileLock

from ..errors import UserError
from ..validators.base import Verdict
from ..validators.chain import reject_record
from .jsonl import first_by_id, write_jsonl
from .manifest import PER_SHARD_FIELDS, differences, shard_view
from .merge_dedup import ShardRows, chunks, dedup_settings, near_duplicates
from .run_dir import (DATASET_DIR, FAILURES, LOCK, MANIFEST, PARQUET, PRODUCTS, REJECTS,
                      SUMMARY, RunDirectory)

# Files a merge writes; an existing folder holding anything else is not overwritten.
_MERGE_OUTPUTS = {DATASET_DIR, PARQUET, REJECTS, FAILURES, MANIFEST, SUMMARY, LOCK, *PRODUCTS}


@dataclass
class _Shard:
    """One input run directory, read but never written."""

    path: Path
    manifest: dict[str, Any]
    index: int
    count: int
    summary: dict[str, Any] | None
    accepted: ShardRows | None = None
    rejects: list[dict[str, Any]] = field(default_factory=list)
    failures: list[dict[str, Any]] = field(default_factory=list)
    unexported: int = 0
    finished: bool = False

    @property
    def ids(self) -> set[str]:
        return {*self.accepted_ids, *(r["id"] for r in (*self.rejects, *self.failures))}

    @property
    def accepted_ids(self) -> list[str]:
        return [rid for _, rid, _ in self.accepted.keys] if self.accepted else []

    @property
    def expected(self) -> int | None:
        """Dialogues planned for this shard, from the manifest's num_dialogues."""
        total = self.manifest.get("num_dialogues")
        if not isinstance(total, int):
            return None
        return len(range(self.index, total, self.count))

    def counts(self) -> dict[str, Any]:
        return {"dir": str(self.path), "index": self.index, "planned": self.expected,
                "accepted": len(self.accepted_ids), "rejected": len(self.rejects),
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


def _load_shard(path: Path, manifest: dict[str, Any]) -> _Shard:
    run = RunDirectory(path)  # read only: a torn tail is skipped, not repaired
    shard = _Shard(path=path, manifest=manifest, index=manifest["shard"]["index"],
                   count=manifest["shard"]["count"], summary=run.read_summary())
    shard.finished = shard.summary is not None and run.has_dataset()
    shard.accepted = _accepted_rows(path, run.open_accepted())
    accepted = set(shard.accepted_ids)
    shard.rejects = first_by_id(run.read_rejects(), accepted)
    done = accepted | {r["id"] for r in shard.rejects}
    shard.failures = first_by_id(run.read_failures(), done)
    shard.unexported = len(run.generated_ids() - done)
    return shard


def _accepted_rows(path: Path, dataset: Any) -> ShardRows:
    """The plan keys of a dataset's rows (the first row of each id); the rows stay on disk."""
    rows = ShardRows(path, dataset)
    if dataset is None or not len(dataset):
        return rows
    columns = dataset.select_columns(["id", "sample_index"]).to_dict()
    seen: set[str] = set()
    for n, (rid, sample_index) in enumerate(zip(columns["id"], columns["sample_index"])):
        if isinstance(rid, str) and rid not in seen:
            seen.add(rid)
            rows.keys.append((sample_index or 0, rid, n))
    return rows


def _check_finished(shard: _Shard) -> list[str]:
    """Why the shard is not finished (empty when it is)."""
    problems = []
    if not shard.finished:
        problems.append("has not finished (no summary.json or dataset/)")
    if shard.unexported:
        problems.append(f"has {shard.unexported} generated dialogues that were not exported")
    expected = shard.expected
    if expected is not None and len(shard.ids) != expected:
        problems.append(f"accounts for {len(shard.ids)} of its {expected} planned dialogues")
    return problems


def _check_out(out: Path, shard_paths: list[Path]) -> None:
    resolved = out.resolve()
    for path in shard_paths:
        p = path.resolve()
        if resolved == p or p in resolved.parents or resolved in p.parents:
            raise UserError(f"--out {out} overlaps the shard folder {path}; choose another --out")
    if out.exists() and not out.is_dir():
        raise UserError(f"{out}: output path is not a directory")
    if out.is_dir():
        extra = RunDirectory(out).foreign_entries(_MERGE_OUTPUTS)
        manifest = RunDirectory(out).read_manifest()
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
    `force`) when a shard has not finished or the shards' dedup settings differ. `force` also
    allows differing manifests; it never allows overlapping shards.
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
    base = shard_view(manifests[0])
    forced: list[str] = []
    for path, manifest in zip(paths[1:], manifests[1:]):
        diffs = differences(base, shard_view(manifest))
        forced += [f"{path} differs from {paths[0]} (merged with --force): {d}" for d in diffs]
        if diffs and not force:
            raise UserError(
                f"{path} was made with a different plan than {paths[0]}: {diffs[0]}"
                + (f" (and {len(diffs) - 1} more)" if len(diffs) > 1 else "")
                + "; merge shards of one job, or --force")
    dedup_config, validation, dedup_warnings = dedup_settings(paths, manifests, force)

    locks = []
    try:
        for path in paths:  # a shard still being generated is refused
            locks.append(_lock_shard(path))
        shards = [_load_shard(p, m) for p, m in zip(paths, manifests)]
        warnings = forced + dedup_warnings + _check_shards(shards, force)
        losers, dedup = ({}, {}) if dedup_config is None else near_duplicates(
            dedup_config, [s.accepted for s in shards if s.accepted is not None])
        dedup = {"settings": None if dedup_config is None else dedup_config.model_dump(mode="json"),
                 "rejected": len(losers), **dedup}
        with RunDirectory(out):
            summary = _write(shards, out, {**manifests[0], "validation": validation}, count,
                             warnings, losers, dedup)
    finally:
        for lock in locks:
            if lock is not None:
                lock.release()
    return summary


def _lock_shard(path: Path) -> FileLock | None:
    return RunDirectory(path).lock_for_reading()  # a shard still being generated is refused


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


def _rows_in_order(shards: list[_Shard], order: list[tuple[tuple[int, str, int], int]]
                   ) -> Iterator[tuple[tuple[int, str, int], dict[str, Any]]]:
    """(plan key, row) in `order`, read from the shards' datasets a chunk at a time."""
    for chunk in chunks(order):
        rows: dict[tuple[int, int], dict[str, Any]] = {}
        for n, shard in enumerate(shards):
            numbers = [key[2] for key, m in chunk if m == n]
            if numbers and shard.accepted is not None:
                rows.update(((n, r), row) for r, row in zip(numbers, shard.accepted.rows(numbers)))
        for key, n in chunk:
            yield key, rows[(n, key[2])]


def _write(shards: list[_Shard], out: Path, manifest: dict[str, Any], count: int,
           warnings: list[str], losers: dict[str, Verdict], dedup: dict[str, Any]
           ) -> dict[str, Any]:
    """Stream the accepted rows in plan order (cross-shard duplicates go to the rejects)."""
    order = sorted((key, n) for n, s in enumerate(shards) if s.accepted for key in s.accepted.keys)
    rejects = [r for s in shards for r in s.rejects]
    failures = _plan_order([r for s in shards for r in s.failures])
    run_dir = RunDirectory(out)
    write_jsonl(out / FAILURES, failures)
    writer = run_dir.stream_outcome()
    try:
        for key, row in _rows_in_order(shards, order):
            if key[1] not in losers:
                writer.accept(row)
                continue
            verdict = losers[key[1]]
            row["scores"] = {**(row.get("scores") or {}), verdict.validator: verdict.score}
            rejects.append({**reject_record(row, [verdict]), "rejected_attempts": []})
        for record in _plan_order(rejects):
            writer.reject(record)
        dataset_dir, parquet = writer.commit()
    except BaseException:
        writer.abort()
        raise
    indexes = sorted(s.index for s in shards)
    missing = sorted(set(range(count)) - set(indexes))
    run_dir.write_manifest({
        **{k: v for k, v in manifest.items() if k not in PER_SHARD_FIELDS},
        **({"validation": manifest["validation"]} if manifest.get("validation") else {}),
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
            "accepted": writer.accepted,
            "rejected": writer.rejected,
            "failed": len(failures),
        },
        "dedup": dedup,
        "warnings": warnings,
    }
    run_dir.write_summary(summary)
    return summary


__all__ = ["merge_runs"]
