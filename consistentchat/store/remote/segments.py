"""Append-only logs on an object store: whole objects per batch, then a commit marker.

Layout under the run's root:
  records/<log>/<key>.jsonl    one part per log that got records in the batch
  records/_commits/<key>.json  the commit marker: {"segment", "parts": {log: {"records",
                               "bytes"}}, "replaces": [keys]}

A batch exists once its marker exists; parts without a marker (a writer killed mid-batch) are
never read. Keys sort in commit order: `<ms since epoch, 13 digits>-<session>-<seq, 6 digits>`.
A marker that `replaces` other keys (a compaction) hides them at once, so a compaction killed
half-way leaves no duplicates; what it hides is garbage, removed by `clean`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Collection, Iterator, Mapping

from .fs import Remote, remote_errors

RECORDS = "records"
COMMITS = "_commits"
READ_BLOCK = 8 << 20  # bytes read ahead per stream (s3fs would take 50 MiB)


def segment_key(ms: int, session: str, seq: int) -> str:
    return f"{ms:013d}-{session}-{seq:06d}"


def key_ms(key: str) -> int:
    return int(key.split("-", 1)[0])


@dataclass(frozen=True)
class Segment:
    """One committed batch."""

    key: str
    parts: dict[str, dict[str, int]] = field(default_factory=dict)
    replaces: tuple[str, ...] = ()


@dataclass
class Rebuilt:
    """What `SegmentStore.rebuild` found: the live segments, and bytes of unreadable lines."""

    segments: list[Segment]
    torn_bytes: int = 0
    records: int = 0


class SegmentStore:
    """The segment logs of one run root."""

    def __init__(self, remote: Remote) -> None:
        self.remote = remote

    def _part(self, log: str, key: str) -> str:
        return self.remote.path(RECORDS, log, f"{key}.jsonl")

    def _marker(self, key: str) -> str:
        return self.remote.path(RECORDS, COMMITS, f"{key}.json")

    def commit(self, key: str, parts: Mapping[str, bytes | Path],
               replaces: tuple[str, ...] = ()) -> Segment:
        """Write each part whole (bytes, or a local file streamed up), then the marker."""
        fs, meta = self.remote.fs, {}
        with remote_errors(self.remote.url, f"cannot commit records segment {key}"):
            for log, data in parts.items():
                if isinstance(data, Path):
                    fs.put_file(str(data), self._part(log, key))
                    meta[log] = {"records": _count_lines(data), "bytes": data.stat().st_size}
                else:
                    fs.pipe_file(self._part(log, key), data)
                    meta[log] = {"records": data.count(b"\n"), "bytes": len(data)}
            segment = Segment(key, meta, tuple(replaces))
            fs.pipe_file(self._marker(key), json.dumps(
                {"segment": key, "parts": meta, "replaces": list(replaces)}).encode())
        return segment

    def _listing(self) -> tuple[dict[str, Segment | None], list[str]]:
        """Markers by key (None: unreadable) and every part path."""
        fs = self.remote.fs
        base = self.remote.path(RECORDS)
        with remote_errors(self.remote.url, "cannot list the committed records"):
            paths = self.remote.find(base)
            marker_paths = [p for p in paths if p.split("/")[-2] == COMMITS]
            raw = fs.cat(marker_paths) if marker_paths else {}
        markers: dict[str, Segment | None] = {}
        for path in marker_paths:
            key = path.rsplit("/", 1)[-1].removesuffix(".json")
            try:
                data = json.loads(raw[path])
                markers[key] = Segment(key, data["parts"], tuple(data.get("replaces", ())))
            except (KeyError, TypeError, ValueError):
                markers[key] = None  # not a marker this code wrote: never read
        return markers, [p for p in paths if p.split("/")[-2] != COMMITS]

    def committed(self) -> list[Segment]:
        """The live segments (committed and not replaced), in key order."""
        return _live(self._listing()[0])

    def lines(self, segment: Segment, log: str) -> Iterator[bytes]:
        """The raw lines of one part, streamed."""
        if log not in segment.parts:
            return
        with remote_errors(self.remote.url, f"cannot read records segment {segment.key}"):
            path = self._part(log, segment.key)
            with self.remote.fs.open(path, "rb", block_size=READ_BLOCK) as fh:
                yield from fh

    def rebuild(self, files: Mapping[str, Path]) -> Rebuilt:
        """Write each log's committed records, in segment order, to its local file (replacing
        it); lines that are not whole JSON records are dropped and counted."""
        result = Rebuilt(self.committed())
        for log, path in files.items():
            with path.open("wb") as out:
                for segment in result.segments:
                    for line in self.lines(segment, log):
                        if _whole_record(line):
                            out.write(line)
                            result.records += 1
                        else:
                            result.torn_bytes += len(line)
        return result

    def garbage(self, keys: Collection[str] | None = None) -> list[str]:
        """Parts of no live segment (a writer killed mid-batch, a finished compaction) and
        markers that a compaction replaced; only those of `keys` when given."""
        markers, parts = self._listing()
        live = {s.key for s in _live(markers)}
        dead = [(k, self._marker(k)) for k in markers if k not in live]
        dead += [(p.rsplit("/", 1)[-1].removesuffix(".jsonl"), p) for p in parts]
        return [path for key, path in dead
                if key not in live and (keys is None or key in keys)]

    def clean(self, keys: Collection[str] | None = None) -> int:
        """Remove the garbage (all of it only while no other writer runs: another writer's
        batch in flight has parts and no marker yet); returns how many objects."""
        paths = self.garbage(keys)
        if paths:
            with remote_errors(self.remote.url, "cannot remove uncommitted records"):
                self.remote.fs.rm(paths)
        return len(paths)


def _live(markers: Mapping[str, Segment | None]) -> list[Segment]:
    replaced = {k for s in markers.values() if s is not None for k in s.replaces}
    return [s for k, s in sorted(markers.items()) if s is not None and k not in replaced]


def _whole_record(line: bytes) -> bool:
    if not line.endswith(b"\n"):
        return False
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def _count_lines(path: Path) -> int:
    with path.open("rb") as fh:
        return sum(1 for _ in fh)
