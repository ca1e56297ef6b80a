"""A run whose output is a URL, worked on in a local mirror.

The mirror is a normal `RunDirectory` in the user cache, so the resume rule, the export and the
products run unchanged. The remote is the source of truth:
- at the start the mirror's logs are rebuilt from the committed segments (streamed), and
  run.json is fetched; deleting the mirror loses nothing;
- every record appended to a log is committed to the remote in segments (`segments.py`);
- run.json is uploaded when written; the dataset, rejects, failures and products at the end,
  then the committed segments are compacted into one, and summary.json comes last.
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path
from typing import Any

from ..run_dir import (DATASET_DIR, DIALOGUES, FAILURES, MANIFEST, PARQUET, PRODUCTS, REJECTS,
                       SIGNATURES, SKELETONS, SUMMARY, VERDICTS, ResumeState, RunDirectory)
from .fs import Remote, mirror_dir, remote_errors
from .lease import Lease
from .segments import SegmentStore, key_ms
from .writer import SegmentWriter, commit_settings

# log name in the store -> file in the run folder (and the RunDirectory attribute of the same name)
LOGS = {"skeletons": SKELETONS, "dialogues": DIALOGUES, "failures": FAILURES,
        "verdicts": VERDICTS, "signatures": SIGNATURES}
# Uploaded whole when the run finishes, in this order; summary.json after all of them.
OUTPUTS = (PARQUET, DATASET_DIR, REJECTS, FAILURES, *PRODUCTS)


class MirroredRunDirectory(RunDirectory):
    """The run folder of a URL output (see the module doc)."""

    def __init__(self, url: str, mirror: Path | None = None) -> None:
        super().__init__(mirror or mirror_dir(url))
        self.url = url
        self.session = uuid.uuid4().hex[:8]
        self._remote: Remote | None = None
        self._store: SegmentStore | None = None
        self._writer: SegmentWriter | None = None
        self._lease: Lease | None = None
        self._known: list[str] = []  # live segment keys that the mirror holds
        self._torn = 0

    @property
    def location(self) -> str:
        return self.url

    @property
    def remote(self) -> Remote:
        if self._remote is None:
            self._remote = Remote.open(self.url)
        return self._remote

    def check_writable(self) -> None:
        super().check_writable()
        self.remote.check()

    def __enter__(self) -> "MirroredRunDirectory":
        super().__enter__()
        try:  # super() checked the bucket (check_writable)
            self._lease = Lease(self.remote, self.session)
            self._lease.acquire()
            self._store = SegmentStore(self.remote)
            self._store.clean()  # we hold the lease: unmarked parts are a dead writer's
            self._pull()
            self._lease.renew()  # the pull of a large run may have taken a while
            every, seconds = commit_settings()
            first_ms = max([int(time.time() * 1000)] + [key_ms(k) + 1 for k in self._known])
            self._writer = SegmentWriter(self._store, self.session, first_ms, every, seconds,
                                         tick=self._lease.renew).start()
            for name in LOGS:
                getattr(self, name).on_append = (
                    lambda line, log=name, writer=self._writer: writer.add(log, line))
        except BaseException:
            self._close(failed=True)
            raise
        return self

    def __exit__(self, exc_type: Any, *exc: object) -> None:
        self._close(failed=exc_type is not None)

    def _close(self, failed: bool) -> None:
        """Commit what is buffered, release the lease and the mirror; a commit error is raised
        only when nothing else already failed."""
        writer, lease, self._writer, self._lease = self._writer, self._lease, None, None
        for name in LOGS:
            getattr(self, name).on_append = None
        try:
            try:
                if writer is not None:
                    writer.close()
            finally:
                if lease is not None:
                    lease.release()
        except Exception:
            if not failed:
                raise
        finally:
            super().__exit__(None, None, None)

    def _pull(self) -> None:
        """Replace the mirror's record with the remote's (logs, run.json)."""
        assert self._store is not None
        for name in (MANIFEST, SUMMARY):
            (self.path / name).unlink(missing_ok=True)
        for name in LOGS:
            getattr(self, name).close()
        rebuilt = self._store.rebuild({log: self.path / name for log, name in LOGS.items()})
        self._known, self._torn = [s.key for s in rebuilt.segments], rebuilt.torn_bytes
        with remote_errors(self.url, "cannot fetch run.json"):
            manifest = self.remote.read(self.remote.path(MANIFEST))
        if manifest is not None:
            (self.path / MANIFEST).write_bytes(manifest)

    def resume_state(self, planned: set[str]) -> ResumeState:
        state = super().resume_state(planned)
        state.torn_bytes += self._torn
        return state

    def write_manifest(self, data: dict[str, Any]) -> None:
        super().write_manifest(data)
        self._put(MANIFEST)

    def publish(self) -> None:
        """Upload the finished run's outputs, compact the segments, then summary.json."""
        assert self._writer is not None and self._store is not None
        self._writer.flush()
        for name in OUTPUTS:
            self._put(name)
        known = self._known + [s.key for s in self._writer.committed]
        if len(known) > 1:
            parts = {log: self.path / name for log, name in LOGS.items()
                     if (self.path / name).is_file() and (self.path / name).stat().st_size}
            segment = self._store.commit(self._writer.next_key(), parts, replaces=tuple(known))
            self._store.clean(known)  # only what it replaced: nothing of another writer
            self._known, self._writer.committed = [segment.key], []
        self._put(SUMMARY)

    def _put(self, name: str) -> None:
        """Upload a file or a folder of the mirror whole; a folder's remote files that are
        not in the mirror are removed."""
        local, fs, target = self.path / name, self.remote.fs, self.remote.path(name)
        if not local.exists():
            return
        with remote_errors(self.url, f"cannot upload {name}"):
            if local.is_file():
                fs.put_file(str(local), target)
                return
            files = {p.relative_to(local).as_posix(): p for p in sorted(local.rglob("*"))
                     if p.is_file()}
            for rel, path in files.items():
                fs.put_file(str(path), f"{target}/{rel}")
            stale = [p for p in self.remote.find(target) if p[len(target) + 1:] not in files]
            if stale:
                fs.rm(stale)
