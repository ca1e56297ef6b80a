"""Append-only JSONL logs, durable per record, and atomic JSONL rewrites."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from ..errors import UserError


class JsonlLog:
    """An append-only JSONL file, durable per record.

    A torn last line (the process was killed mid-write) is detected by `recover`, cut off
    the file and never returned. `on_append`, when set, gets every line once it is on disk
    (a URL output commits it to the object store).
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None
        self.on_append: Callable[[bytes], None] | None = None

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

    def repair(self) -> int:
        """Cut a torn or unreadable tail (the process was killed mid-write); returns the bytes
        cut. Streams the file: memory does not grow with its size."""
        if not self.path.exists():
            return 0
        good = 0
        with self.path.open("rb") as fh:
            for line in fh:
                if not line.endswith(b"\n"):
                    break
                try:
                    json.loads(line)
                except json.JSONDecodeError:
                    break
                good += len(line)
            size = fh.seek(0, os.SEEK_END)
        if size != good:
            with self.path.open("r+b") as fh:
                fh.truncate(good)
                os.fsync(fh.fileno())
        return size - good

    def recover(self) -> tuple[list[dict[str, Any]], int]:
        """Repair, then all records (small logs only: this holds them in memory)."""
        cut = self.repair()
        return list(self.read()), cut

    def append(self, record: dict[str, Any]) -> None:
        """Write one record as one line, then flush it to disk."""
        if self._fd is None:
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        line = (json.dumps(record, ensure_ascii=False) + "\n").encode()
        os.write(self._fd, line)
        os.fsync(self._fd)
        if self.on_append is not None:
            self.on_append(line)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


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
