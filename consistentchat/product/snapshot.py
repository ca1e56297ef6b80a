"""The one reader of a run folder: `load_snapshot(run_dir) -> RunSnapshot`.

Everything else in `consistentchat.product` takes a `RunSnapshot`, so this module is the only
thing to rewire when the run folder layout (or the store layer behind it) changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import UserError

from ..store import CARD, MANIFEST, SUMMARY, RunDirectory

CARD_NAME = CARD  # the dataset card, inside the dataset folder


@dataclass
class RunSnapshot:
    """A finished run, read once: manifest (run.json), summary (summary.json) and the records.

    `run_dir` is where it was read from (used to make paths relative, never printed);
    `parquet` is the accepted data as one parquet file, when the run folder has one;
    `card_meta` is the YAML front matter of a dataset card written earlier (else empty).
    """

    manifest: dict[str, Any]
    summary: dict[str, Any]
    accepted: list[dict[str, Any]]
    rejected: list[dict[str, Any]]
    failed: list[dict[str, Any]]
    run_dir: Path | None = None
    parquet: Path | None = None
    card_meta: dict[str, Any] = field(default_factory=dict)

    @property
    def planned(self) -> int | None:
        """Planned dialogues according to the summary (a run's or a merge's)."""
        value = self.summary.get("planned")
        if value is None:
            value = (self.summary.get("totals") or {}).get("planned")
        return value if isinstance(value, int) else None

    def records(self) -> list[tuple[str, dict[str, Any]]]:
        """Every record with its outcome: "accepted", "rejected" or "failed"."""
        return ([("accepted", r) for r in self.accepted] + [("rejected", r) for r in self.rejected]
                + [("failed", r) for r in self.failed])

    def intents(self) -> list[str]:
        """Intent ids: the manifest's order first, then any others seen in the records."""
        names = list((self.manifest.get("intents") or {}).keys())
        for _, record in self.records():
            intent = record.get("intent")
            if isinstance(intent, str) and intent not in names:
                names.append(intent)
        return names


def _card_meta(text: str | None) -> dict[str, Any]:
    """The YAML front matter of an existing card; empty when there is none or it is unreadable."""
    import yaml

    if text is None or not text.startswith("---\n") or "\n---" not in text[4:]:
        return {}
    try:
        meta = yaml.safe_load(text[4:text.index("\n---", 4)])
    except yaml.YAMLError:
        return {}
    return meta if isinstance(meta, dict) else {}


def load_snapshot(run_dir: Path | str) -> RunSnapshot:
    """Read a finished run folder. A missing or unfinished folder raises `UserError`."""
    run_dir = Path(run_dir)
    if not run_dir.is_dir():
        raise UserError(f"{run_dir}: no such run folder")
    run = RunDirectory(run_dir)
    manifest = run.read_manifest()
    if manifest is None:
        raise UserError(f"{run_dir}: not a consistentchat run folder (no {MANIFEST})")
    summary = run.read_summary()
    if summary is None or not (run.has_dataset() or run.parquet_path()):
        raise UserError(f"{run_dir}: the run has not finished (no {SUMMARY} or dataset); "
                        "re-run its generate command")
    return RunSnapshot(manifest=manifest, summary=summary,
                       accepted=run.read_accepted(prefer_parquet=True),
                       rejected=run.read_rejects(), failed=run.read_failures(), run_dir=run_dir,
                       parquet=run.parquet_path(), card_meta=_card_meta(run.read_card()))
