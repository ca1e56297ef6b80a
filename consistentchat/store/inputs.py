"""Reading datasets to validate, ours or foreign: JSONL, a run folder, a `save_to_disk` folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Sequence

from ..errors import UserError
from ..records import from_sharegpt
from .run_dir import DATASET_DIR, DIALOGUES


def read_dataset(path: Path) -> list[dict[str, Any]]:
    """Records of a JSONL file, a run directory (its dialogues.jsonl) or a `save_to_disk`
    folder, normalised to carry `id` (given, or the 1-based line number) and `messages`."""
    path = Path(path)
    if path.is_dir():
        if (path / DIALOGUES).is_file():
            return read_dataset(path / DIALOGUES)
        for folder in (path, path / DATASET_DIR):
            if (folder / "dataset_info.json").is_file() or (folder / "dataset_dict.json").is_file():
                return _normalise(_load_from_disk(folder), str(folder), "record")
        raise UserError(f"{path}: not a run directory (no dialogues.jsonl) or a saved dataset")
    if not path.is_file():
        raise UserError(f"{path}: no such file or directory")
    rows: list[Any] = []
    try:
        with path.open(encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        rows.append((number, json.loads(line)))
                    except json.JSONDecodeError as exc:
                        raise UserError(f"{path}: line {number} is not valid JSON: "
                                        f"{exc.msg}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"{path}: cannot read: {exc}") from None
    if not rows:
        raise UserError(f"{path}: no records")
    return _normalise(rows, str(path), "line")


def _load_from_disk(folder: Path) -> list[tuple[int, Any]]:
    import datasets

    try:
        data = datasets.load_from_disk(str(folder))
    except Exception as exc:  # noqa: BLE001 - any load failure is a user-facing input problem
        raise UserError(f"{folder}: cannot load dataset: {exc}") from None
    if isinstance(data, datasets.DatasetDict):
        data = data["train"] if "train" in data else data[next(iter(data))]
    return list(enumerate(data.to_list(), 1))


def _normalise(rows: Sequence[tuple[int, Any]], source: str, unit: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for number, row in rows:
        where = f"{source}: {unit} {number}"
        if not isinstance(row, dict):
            raise UserError(f"{where} is not a JSON object")
        record = dict(row)
        messages = record.get("messages")
        if messages is None and record.get("conversations") is not None:
            turns = record["conversations"]
            if not isinstance(turns, list) or not all(
                    isinstance(t, dict) and isinstance(t.get("from"), str)
                    and isinstance(t.get("value"), str) for t in turns):
                raise UserError(f"{where}: 'conversations' must be a list of {{from, value}} turns")
            messages = from_sharegpt(turns)
        if messages is None:
            raise UserError(f"{where} has neither 'messages' nor 'conversations'")
        if not isinstance(messages, list) or not all(
                isinstance(m, dict) and isinstance(m.get("role"), str)
                and isinstance(m.get("content"), str) for m in messages):
            raise UserError(f"{where}: 'messages' must be a list of {{role, content}} turns")
        rid = record.get("id")
        rid = str(rid) if rid not in (None, "") else str(number)
        if rid in seen:
            rid = f"{rid}@{number}"
        seen.add(rid)
        record["id"], record["messages"] = rid, messages
        out.append(record)
    return out
