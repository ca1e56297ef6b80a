"""Dedup across shards, for `merge`: the run's `dedup` validator, with the settings the shards
recorded in their manifests, over every shard's accepted dialogues in plan order; the first of
a cluster is kept. Signatures come from the shards' signatures.jsonl (keyed by record digest)
where present and are computed otherwise. Memory holds ids and signatures, never the rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Sequence

from ..config.validation import DedupConfig
from ..errors import UserError
from .manifest import differences
from .run_dir import RunDirectory


@dataclass
class ShardRows:
    """A shard's accepted dialogues: the memory-mapped dataset and its rows' plan keys."""

    path: Path
    dataset: Any  # datasets.Dataset, memory-mapped
    keys: list[tuple[int, str, int]] = field(default_factory=list)  # (sample_index, id, row)

    def rows(self, numbers: Sequence[int]) -> list[dict[str, Any]]:
        """The rows at these positions, read as one Arrow batch (far faster than one by one)."""
        return self.dataset.with_format("arrow")[list(numbers)].to_pylist() if numbers else []


def chunks(items: Sequence[Any], size: int = 512) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _dedup_view(validation: dict[str, Any]) -> dict[str, Any]:
    return {"enabled": validation.get("enabled", True), "dedup": validation.get("dedup", {})}


def dedup_settings(paths: Sequence[Path], manifests: Sequence[dict[str, Any]], force: bool
                   ) -> tuple[DedupConfig | None, dict[str, Any] | None, list[str]]:
    """The dedup settings the shards ran with (None when dedup was off), the validation section
    the merged manifest records, and warnings. One-line error when shards disagree (unless
    `force`: the first shard's settings are used) or a recorded setting is invalid."""
    recorded = [(p, m["validation"]) for p, m in zip(paths, manifests)
                if isinstance(m.get("validation"), dict)]
    warnings = [f"{p} recorded no validation settings (made by an older version)"
                for p, m in zip(paths, manifests) if not isinstance(m.get("validation"), dict)]
    if not recorded:
        warnings.append("dedup across shards uses the default settings")
        return DedupConfig(), None, warnings
    first, validation = recorded[0]
    for path, other in recorded[1:]:
        diffs = differences(_dedup_view(validation), _dedup_view(other), "validation.")
        if diffs and not force:
            raise UserError(f"{path} and {first} disagree on the dedup settings: {diffs[0]}; "
                            f"merge shards of one job, or --force to use {first}'s")
        warnings += [f"{path} differs from {first} (dedup uses {first}'s): {d}" for d in diffs]
    view = _dedup_view(validation)
    if not view["enabled"] or not view["dedup"].get("enabled", True):
        return None, validation, warnings
    try:
        return DedupConfig.model_validate(view["dedup"]), validation, warnings
    except ValueError as exc:
        raise UserError(f"{first}/run.json: invalid validation.dedup settings: "
                        f"{str(exc).splitlines()[-1].strip()}") from None


def near_duplicates(config: DedupConfig, shards: Sequence[ShardRows]
                    ) -> tuple[dict[str, Any], dict[str, int]]:
    """Verdicts of the accepted dialogues that near-duplicate an earlier one (in plan order,
    across shards), by id; and how many signatures were reused and computed."""
    from ..generation.inline import record_digest
    from ..validators import Dialogue
    from ..validators.dedup import DedupValidator

    validator = DedupValidator(config)
    entries: list[tuple[int, str, Any]] = []
    counts = {"signatures_reused": 0, "signatures_computed": 0}
    for shard in shards:
        digests: dict[int, str] = {}
        for chunk in chunks(shard.keys):
            rows = shard.rows([n for _, _, n in chunk])
            digests.update((n, record_digest(row)) for (_, _, n), row in zip(chunk, rows))
        wanted = set(digests.values())
        stored = {s["digest"]: s for s in RunDirectory(shard.path).signatures.read()
                  if s.get("digest") in wanted}
        for chunk in chunks(shard.keys):
            sigs = [validator.stored_signature(stored.get(digests[n])) for _, _, n in chunk]
            missing = [k for k, sig in enumerate(sigs) if sig is None]
            for k, row in zip(missing, shard.rows([chunk[k][2] for k in missing])):
                sigs[k] = validator.signature(Dialogue.from_record(row, chunk[k][2]))
            counts["signatures_computed"] += len(missing)
            counts["signatures_reused"] += len(chunk) - len(missing)
            entries += [(si, rid, sig) for (si, rid, _), sig in zip(chunk, sigs)]
    entries.sort(key=lambda e: (e[0], e[1]))
    verdicts = validator.decide([rid for _, rid, _ in entries], [sig for _, _, sig in entries])
    return {rid: v for (_, rid, _), v in zip(entries, verdicts) if not v.passed}, counts
