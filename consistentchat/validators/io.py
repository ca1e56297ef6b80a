"""Reading datasets to validate (ours or foreign) and writing the outcome."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Sequence

from ..errors import UserError
from ..records import from_sharegpt
from .chain import ChainResult, summarize


def read_dataset(path: Path) -> list[dict[str, Any]]:
    """Records of a JSONL file, a run directory (its dialogues.jsonl) or a `save_to_disk`
    folder, normalised to carry `id` (given, or the 1-based line number) and `messages`."""
    path = Path(path)
    if path.is_dir():
        if (path / "dialogues.jsonl").is_file():
            return read_dataset(path / "dialogues.jsonl")
        for folder in (path, path / "dataset"):
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


def build_report(results: Sequence[ChainResult], disabled: dict[str, str]) -> dict[str, Any]:
    """The validate report: totals, validators skipped (and why), per-record outcome (the
    failed verdicts, and every score a validator gave, e.g. the judge's)."""
    skipped: dict[str, dict[str, int]] = {}
    for r in results:
        for v in r.verdicts:
            if v.skipped:
                skipped.setdefault(v.validator, {}).setdefault(v.reason, 0)
                skipped[v.validator][v.reason] += 1
    skipped_validators = dict(disabled)
    for name, reasons in skipped.items():
        skipped_validators[name] = "; ".join(
            f"{reason} ({count} of {len(results)} records)" for reason, count in reasons.items())
    notes = {}
    no_scenario = sum(1 for r in results for v in r.verdicts
                      if v.validator == "topic" and "record has no scenario" in v.reason)
    if no_scenario:
        notes["topic"] = (f"{no_scenario} records have no scenario: their turns were scored "
                          "against the opening exchange only")
    no_range = sum(1 for r in results for v in r.verdicts
                   if v.validator == "structure" and "turn range not checked" in v.reason)
    if no_range:
        notes["structure"] = f"turn range not checked for {no_range} records with no known intent"
    return {
        "totals": summarize(results),
        "skipped_validators": skipped_validators,
        "notes": notes,
        "records": {r.id: {"passed": r.passed,
                           "failed": [{"validator": v.validator, "reason": v.reason,
                                       "score": None if v.score is None else round(v.score, 4)}
                                      for v in r.failed],
                           "scores": {v.validator: round(v.score, 4) for v in r.verdicts
                                      if v.score is not None}}
                    for r in results},
    }


def write_outcome(out: Path, records: Sequence[dict[str, Any]],
                  results: Sequence[ChainResult]) -> tuple[int, int]:
    """Passing records -> `out/dataset` (save_to_disk) and `out/dataset.parquet`; the rest ->
    `out/rejects.jsonl` with their reasons. Returns (kept, rejected)."""
    import datasets

    datasets.disable_progress_bars()
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"{out}: cannot create output directory: {exc.strerror}") from None
    kept = [rec for rec, res in zip(records, results) if res.passed]
    columns = list(dict.fromkeys(k for rec in kept for k in rec))
    try:
        dataset = datasets.Dataset.from_list([{k: rec.get(k) for k in columns} for rec in kept])
        dataset.save_to_disk(str(out / "dataset"))
        dataset.to_parquet(str(out / "dataset.parquet"))
    except (ValueError, TypeError, OSError) as exc:
        raise UserError(f"{out}: cannot write the dataset: {exc}") from None
    with (out / "rejects.jsonl").open("w", encoding="utf-8") as fh:
        for rec, res in zip(records, results):
            if not res.passed:
                fh.write(json.dumps(res.to_reject_record(rec), ensure_ascii=False) + "\n")
    return len(kept), len(records) - len(kept)
