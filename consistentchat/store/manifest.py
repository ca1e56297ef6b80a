"""The run manifest (run.json): every setting that shapes a run's plan, checked on resume and
on merge. Which fields may differ, and when, is declared here once."""

from __future__ import annotations

from typing import Any

# Fields that may change when a run is resumed: the plan is prefix-stable, so a run may grow;
# validation settings may change (verdicts are cached under their settings' fingerprint).
RESUMABLE_FIELDS = ("num_dialogues", "created", "validation")
# Fields that differ between the shards of one job (besides the shard index); merge checks the
# validation settings it acts on (dedup) itself.
PER_SHARD_FIELDS = ("created", "validation")


def manifest(*, seed: int, shard: dict[str, Any], intents: dict[str, str],
             generation: dict[str, Any], templates: dict[str, str], backend: str,
             model: str | None = None) -> dict[str, Any]:
    """The plan-shaping part of a manifest (what `run.json` holds besides the per-run fields)."""
    return {"seed": seed, "shard": shard, "intents": intents, "generation": generation,
            "templates": templates, "backend": backend, **({"model": model} if model else {})}


def resume_differences(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Settings that differ between a run folder's manifest and the job about to resume it.
    Keys the old manifest lacks are not compared (older versions wrote fewer), except `model`."""
    old = {k: v for k, v in old.items() if k not in RESUMABLE_FIELDS}
    new = {k: v for k, v in new.items() if k in old or k == "model"}
    return differences(old, new)


def shard_view(manifest: dict[str, Any]) -> dict[str, Any]:
    """The part of a shard's manifest that every shard of one job shares."""
    out = {k: v for k, v in manifest.items() if k not in PER_SHARD_FIELDS}
    out["shard"] = {k: v for k, v in manifest["shard"].items() if k != "index"}
    return out


def differences(old: dict[str, Any], new: dict[str, Any], prefix: str = "") -> list[str]:
    """Dotted names of the settings that differ between two manifests."""
    diffs: list[str] = []
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        name = f"{prefix}{key}"
        if isinstance(a, dict) and isinstance(b, dict):
            diffs += differences(a, b, name + ".")
        elif a != b:
            diffs.append(f"{name} ({a!r} -> {b!r})")
    return diffs
