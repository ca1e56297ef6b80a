"""The output directory: append-only JSONL records, the run manifest, and the lock.

Layout of a run directory:
  run.json          the manifest: every setting that shapes the plan (checked on resume)
  skeletons.jsonl   accepted skeletons (a dialogue resumed after a crash keeps its skeleton)
  dialogues.jsonl   finished dialogues, one per line, flushed and fsynced per dialogue
  failures.jsonl    planned dialogues the model could not produce, with reasons and raw output
  rejects.jsonl     dialogues the validators rejected, with every reason (rewritten on export)
  dataset/          the Hugging Face dataset (`save_to_disk` layout); dataset.parquet beside it
  summary.json      counts of the last run
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Iterable, Iterator

from filelock import FileLock, Timeout

from .errors import UserError

MANIFEST = "run.json"
SKELETONS = "skeletons.jsonl"
DIALOGUES = "dialogues.jsonl"
FAILURES = "failures.jsonl"
REJECTS = "rejects.jsonl"
SUMMARY = "summary.json"
DATASET_DIR = "dataset"
PARQUET = "dataset.parquet"


class JsonlLog:
    """An append-only JSONL file, durable per record.

    A torn last line (the process was killed mid-write) is detected by `recover`, cut off
    the file and never returned.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None

    def read(self) -> Iterator[dict[str, Any]]:
        """Records of a complete file (no repair). Use `recover` before appending."""
        if not self.path.exists():
            return
        with self.path.open("rb") as fh:
            for number, line in enumerate(fh, 1):
                if not line.endswith(b"\n"):
                    return  # torn tail
                try:
                    yield json.loads(line)
                except json.JSONDecodeError:
                    raise UserError(f"{self.path}: line {number} is not valid JSON") from None

    def recover(self) -> tuple[list[dict[str, Any]], int]:
        """Read all complete records and truncate a torn tail. Returns (records, bytes cut)."""
        if not self.path.exists():
            return [], 0
        data = self.path.read_bytes()
        records: list[dict[str, Any]] = []
        good = 0
        for line in data.splitlines(keepends=True):
            if not line.endswith(b"\n"):
                break
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError:
                break
            good += len(line)
        cut = len(data) - good
        if cut:
            with self.path.open("r+b") as fh:
                fh.truncate(good)
                os.fsync(fh.fileno())
        return records, cut

    def append(self, record: dict[str, Any]) -> None:
        """Write one record as one line, then flush it to disk."""
        if self._fd is None:
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        os.write(self._fd, (json.dumps(record, ensure_ascii=False) + "\n").encode())
        os.fsync(self._fd)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


class RunDirectory:
    """A run's output folder, locked for the lifetime of the object's `with` block."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.skeletons = JsonlLog(self.path / SKELETONS)
        self.dialogues = JsonlLog(self.path / DIALOGUES)
        self.failures = JsonlLog(self.path / FAILURES)
        self._lock: FileLock | None = None

    def check_writable(self) -> None:
        """A one-line error if the folder cannot be created or written."""
        target = self.path
        while not target.exists():
            target = target.parent
        if not target.is_dir():
            raise UserError(f"{target}: output path is not a directory")
        if not os.access(target, os.W_OK | os.X_OK):
            raise UserError(f"{target}: output directory is not writable")

    def __enter__(self) -> "RunDirectory":
        self.check_writable()
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(f"{self.path}: cannot create output directory: {exc.strerror}") from None
        self._lock = FileLock(str(self.path / ".lock"), timeout=0)
        try:
            self._lock.acquire()
        except Timeout:
            raise UserError(
                f"{self.path} is in use by another consistentchat process; wait for it or "
                "choose another --out"
            ) from None
        return self

    def __exit__(self, *exc: object) -> None:
        for log in (self.skeletons, self.dialogues, self.failures):
            log.close()
        if self._lock is not None:
            self._lock.release()

    def read_manifest(self) -> dict[str, Any] | None:
        path = self.path / MANIFEST
        if not path.exists():
            return None
        try:
            return json.loads(path.read_text())
        except json.JSONDecodeError:
            raise UserError(f"{path}: manifest is not valid JSON") from None

    def generated(self, planned: set[str]) -> list[dict[str, Any]]:
        """The first dialogue record of each planned id, in file order."""
        return first_by_id(r for r in self.dialogues.read() if r.get("id") in planned)

    def compact_failures(self, generated: set[str], planned: set[str]) -> list[dict[str, Any]]:
        """Keep one failure record per id (the latest), none for ids generated since (a retried
        backend failure); rewrite failures.jsonl atomically if that drops anything. Returns the
        failures of planned ids."""
        rows = list(self.failures.read())
        latest = {r["id"]: r for r in rows if r["id"] not in generated}
        if len(latest) != len(rows):
            self.failures.close()
            write_jsonl(self.failures.path, latest.values())
        return [r for r in latest.values() if r["id"] in planned]

    def write_json(self, name: str, data: Any) -> None:
        """Write a JSON file atomically (temp file + rename)."""
        tmp = self.path / f".{name}.tmp"
        tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")
        os.replace(tmp, self.path / name)


def first_by_id(records: Iterable[dict[str, Any]], skip: Iterable[str] = ()) -> list[dict[str, Any]]:
    """The first record of each (string) id, in order; ids in `skip` are left out."""
    seen = set(skip)
    out = []
    for record in records:
        rid = record.get("id")
        if isinstance(rid, str) and rid not in seen:
            seen.add(rid)
            out.append(record)
    return out


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> None:
    """Rewrite a JSONL file atomically."""
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def manifest_differences(old: dict[str, Any], new: dict[str, Any], prefix: str = "") -> list[str]:
    """Dotted names of the settings that differ between two manifests."""
    diffs: list[str] = []
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        name = f"{prefix}{key}"
        if isinstance(a, dict) and isinstance(b, dict):
            diffs += manifest_differences(a, b, name + ".")
        elif a != b:
            diffs.append(f"{name} ({a!r} -> {b!r})")
    return diffs
