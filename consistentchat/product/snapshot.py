"""The one reader of a run folder: `load_snapshot(run_dir) -> RunSnapshot`.

Everything else in `consistentchat.product` takes a `RunSnapshot`, so this module is the only
thing to rewire when the run folder layout (or the store layer behind it) changes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import UserError

CARD_NAME = "README.md"  # the dataset card, inside the dataset folder
from ..store import DATASET_DIR, FAILURES, MANIFEST, PARQUET, REJECTS, SUMMARY, JsonlLog


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


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError:
        raise UserError(f"{path.name}: not valid JSON") from None
    except OSError as exc:
        raise UserError(f"{path.name}: cannot read ({exc.strerror or exc})") from None
    if not isinstance(data, dict):
        raise UserError(f"{path.name}: expected a JSON object")
    return data


def _read_accepted(run_dir: Path) -> tuple[list[dict[str, Any]], Path | None]:
    parquet = run_dir / PARQUET
    if parquet.is_file():
        import pyarrow.parquet as pq

        try:
            return pq.read_table(parquet).to_pylist(), parquet
        except Exception as exc:  # a damaged file: name it in one line
            raise UserError(f"{PARQUET}: cannot read ({type(exc).__name__}: {exc})") from None
    import datasets

    try:
        return datasets.load_from_disk(str(run_dir / DATASET_DIR)).to_list(), None
    except Exception as exc:
        raise UserError(f"{DATASET_DIR}/: cannot load ({type(exc).__name__}: {exc})") from None


def _read_card_meta(path: Path) -> dict[str, Any]:
    """The YAML front matter of an existing card; empty when there is none or it is unreadable."""
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return {}
    if not text.startswith("---\n") or "\n---" not in text[4:]:
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
    if not (run_dir / MANIFEST).is_file():
        raise UserError(f"{run_dir}: not a consistentchat run folder (no {MANIFEST})")
    if not (run_dir / SUMMARY).is_file() or not (
            (run_dir / PARQUET).is_file() or (run_dir / DATASET_DIR).is_dir()):
        raise UserError(f"{run_dir}: the run has not finished (no {SUMMARY} or dataset); "
                        "re-run its generate command")
    manifest = _read_json(run_dir / MANIFEST)
    summary = _read_json(run_dir / SUMMARY)
    accepted, parquet = _read_accepted(run_dir)
    rejected = list(JsonlLog(run_dir / REJECTS).read())
    failed = list(JsonlLog(run_dir / FAILURES).read())
    return RunSnapshot(manifest=manifest, summary=summary, accepted=accepted, rejected=rejected,
                       failed=failed, run_dir=run_dir, parquet=parquet,
                       card_meta=_read_card_meta(run_dir / DATASET_DIR / CARD_NAME))
