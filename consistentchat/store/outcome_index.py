"""The export's per-dialogue state on disk, so memory does not grow with the run.

An SQLite file in a private temporary folder (deleted on close) holds, per planned id, its
position in the plan and the outcome the export settled (passed, digest, a JSON payload), the
run's stored MinHash signatures by digest, and the LSH band keys of the dialogues dedup kept.
The export streams the durable record and looks each dialogue up here; nothing per dialogue stays
in Python objects.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from pathlib import Path
from typing import Any, Iterable, Iterator

import numpy as np

_SCHEMA = """
CREATE TABLE plan (id TEXT PRIMARY KEY, seq INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE outcome (id TEXT PRIMARY KEY, passed INTEGER NOT NULL, digest TEXT NOT NULL,
                      payload TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE signature (digest TEXT PRIMARY KEY, seed INTEGER, scheme TEXT, vals BLOB NOT NULL)
    WITHOUT ROWID;
CREATE TABLE band (key BLOB NOT NULL, seq INTEGER NOT NULL);
CREATE INDEX band_key ON band (key);
CREATE TABLE kept (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, digest TEXT NOT NULL);
CREATE TABLE staged (id TEXT PRIMARY KEY, passed INTEGER NOT NULL, digest TEXT NOT NULL,
                     payload TEXT NOT NULL) WITHOUT ROWID;
"""
_CHUNK = 2048


def _chunks(rows: Iterable[tuple[Any, ...]]) -> Iterator[list[tuple[Any, ...]]]:
    chunk: list[tuple[Any, ...]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= _CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _banded(keys: list[bytes]) -> list[bytes]:
    """Band keys made unique across bands (the band's number in front)."""
    return [band.to_bytes(2, "big") + key for band, key in enumerate(keys)]


class OutcomeIndex:
    """Per-id outcomes, signatures and dedup bands of one export, in a temporary SQLite file."""

    def __init__(self, plan_order: Iterable[str]) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="consistentchat-export-")
        self._db = sqlite3.connect(Path(self._dir.name) / "outcomes.sqlite")
        self._db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                               "PRAGMA cache_size=-16000;" + _SCHEMA)
        for chunk in _chunks((rid, n) for n, rid in enumerate(plan_order)):
            self._db.executemany("INSERT OR IGNORE INTO plan VALUES (?, ?)", chunk)

    def close(self) -> None:
        self._db.close()
        self._dir.cleanup()

    def __enter__(self) -> "OutcomeIndex":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __contains__(self, rid: object) -> bool:
        """Whether `rid` is planned."""
        return self._db.execute("SELECT 1 FROM plan WHERE id = ?", (rid,)).fetchone() is not None

    def put_many(self, rows: Iterable[tuple[str, bool, str, dict[str, Any]]]) -> None:
        """Store (id, passed, digest, payload) outcomes; a later put replaces an earlier one."""
        for chunk in _chunks((rid, int(p), d, json.dumps(payload)) for rid, p, d, payload in rows):
            self._db.executemany("INSERT OR REPLACE INTO outcome VALUES (?, ?, ?, ?)", chunk)

    def stage(self, rows: Iterable[tuple[str, bool, str, dict[str, Any]]]) -> None:
        """Outcome changes to apply later (while the outcomes are being read in order)."""
        for chunk in _chunks((rid, int(p), d, json.dumps(payload)) for rid, p, d, payload in rows):
            self._db.executemany("INSERT OR REPLACE INTO staged VALUES (?, ?, ?, ?)", chunk)

    def apply_staged(self) -> None:
        self._db.execute("INSERT OR REPLACE INTO outcome SELECT * FROM staged")
        self._db.execute("DELETE FROM staged")

    def get(self, rid: str) -> tuple[bool, str, dict[str, Any]] | None:
        """(passed, digest, payload) of `rid`, or None when it has no outcome."""
        row = self._db.execute("SELECT passed, digest, payload FROM outcome WHERE id = ?",
                               (rid,)).fetchone()
        return None if row is None else (bool(row[0]), row[1], json.loads(row[2]))

    def outcomes(self) -> Iterator[tuple[str, bool, dict[str, Any]]]:
        """Every (id, passed, payload), in no particular order."""
        for rid, passed, payload in self._db.execute("SELECT id, passed, payload FROM outcome"):
            yield rid, bool(passed), json.loads(payload)

    def passed_in_plan_order(self) -> Iterator[tuple[str, str]]:
        """(id, digest) of every passing dialogue, in plan order."""
        yield from self._cursor(
            "SELECT o.id, o.digest FROM outcome o JOIN plan p ON p.id = o.id "
            "WHERE o.passed = 1 ORDER BY p.seq")

    def _cursor(self, sql: str) -> Iterator[tuple[Any, ...]]:
        # A separate cursor, so writes during the iteration do not reset it.
        cursor = self._db.cursor()
        cursor.execute(sql)
        while rows := cursor.fetchmany(_CHUNK):
            yield from rows

    def load_signatures(self, entries: Iterable[dict[str, Any]]) -> None:
        """Stored signatures (signatures.jsonl entries), by digest; the first entry wins."""
        rows = ((e["digest"], e.get("seed"), e.get("scheme"),
                 np.asarray(e.get("values") or [], dtype=np.uint64).tobytes()) for e in entries)
        for chunk in _chunks(rows):
            self._db.executemany("INSERT OR IGNORE INTO signature VALUES (?, ?, ?, ?)", chunk)

    def has_signature(self, digest: str) -> bool:
        return self._db.execute("SELECT 1 FROM signature WHERE digest = ?",
                                (digest,)).fetchone() is not None

    def signature(self, digest: str) -> dict[str, Any] | None:
        """A stored signature as signatures.jsonl has it (values as an array)."""
        row = self._db.execute("SELECT seed, scheme, vals FROM signature WHERE digest = ?",
                               (digest,)).fetchone()
        return None if row is None else {"seed": row[0], "scheme": row[1],
                                         "values": np.frombuffer(row[2], dtype=np.uint64)}

    def band_matches(self, keys: list[bytes]) -> list[tuple[str, str]]:
        """(id, digest) of kept dialogues sharing any band key (band i = keys[i]), in the
        order they were kept."""
        marks = ",".join("?" * len(keys))
        return self._db.execute(
            "SELECT DISTINCT k.id, k.digest, k.seq FROM band b JOIN kept k ON k.seq = b.seq "
            f"WHERE b.key IN ({marks}) ORDER BY k.seq", _banded(keys)).fetchall()

    def keep(self, seq: int, rid: str, digest: str, keys: list[bytes]) -> None:
        """Record a dialogue dedup kept, under its band keys."""
        self._db.execute("INSERT INTO kept VALUES (?, ?, ?)", (seq, rid, digest))
        self._db.executemany("INSERT INTO band VALUES (?, ?)", [(k, seq) for k in _banded(keys)])
