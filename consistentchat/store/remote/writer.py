"""The background committer: appended lines are buffered per log and committed as segments
every N records or T seconds, and on flush/close."""

from __future__ import annotations

import os
import threading
import time
from typing import Callable

from ...errors import UserError
from .segments import Segment, SegmentStore, segment_key

EVERY_ENV, SECONDS_ENV = "CONSISTENTCHAT_COMMIT_RECORDS", "CONSISTENTCHAT_COMMIT_SECONDS"


def commit_settings() -> tuple[int, float]:
    """(records, seconds) between commits: 256 and 5 s unless the environment says otherwise."""
    try:
        return (max(1, int(os.environ.get(EVERY_ENV, 256))),
                max(0.05, float(os.environ.get(SECONDS_ENV, 5))))
    except ValueError:
        raise UserError(f"{EVERY_ENV} / {SECONDS_ENV} must be numbers") from None


class SegmentWriter:
    """Buffers lines, commits them from one thread (in order); `tick` runs between commits
    (the lease heartbeat). A failed commit stops the writer: `add`, `flush` and `close` raise it
    as a one-line `UserError`. Memory holds at most a few batches (`add` waits beyond that)."""

    def __init__(self, store: SegmentStore, session: str, first_ms: int, every: int = 256,
                 seconds: float = 5.0, tick: Callable[[], None] | None = None) -> None:
        self.store, self.session, self.ms = store, session, first_ms
        self.every, self.seconds, self.tick = every, seconds, tick
        self.committed: list[Segment] = []
        self._buffer: dict[str, list[bytes]] = {}
        self._count = self._seq = 0
        self._busy = self._stop = self._want = False
        self._error: BaseException | None = None
        self._cond = threading.Condition()
        self._thread = threading.Thread(target=self._loop, name="consistentchat-commit",
                                        daemon=True)

    def start(self) -> "SegmentWriter":
        self._thread.start()
        return self

    def next_key(self) -> str:
        self._seq += 1
        return segment_key(self.ms, self.session, self._seq)

    def add(self, log: str, line: bytes) -> None:
        with self._cond:
            while self._count >= 4 * self.every and self._error is None:
                self._cond.wait()  # the store is slower than the run: wait for it
            self._raise()
            self._buffer.setdefault(log, []).append(line)
            self._count += 1
            if self._count >= self.every:
                self._cond.notify_all()

    def flush(self) -> None:
        """Commit everything added so far; returns when it is committed."""
        with self._cond:
            self._want = True
            self._cond.notify_all()
            while (self._count or self._busy) and self._error is None and self._thread.is_alive():
                self._cond.wait()
            self._raise()

    def close(self) -> None:
        """Flush, then stop the thread."""
        try:
            if self._thread.is_alive():
                self.flush()
        finally:
            with self._cond:
                self._stop = True
                self._cond.notify_all()
            if self._thread.is_alive():
                self._thread.join()

    def _raise(self) -> None:
        if self._error is not None:
            raise UserError(str(self._error)) if not isinstance(self._error, UserError) \
                else self._error

    def _loop(self) -> None:
        last = time.monotonic()
        while True:
            with self._cond:
                while not (self._stop or self._want or self._count >= self.every
                           or time.monotonic() - last >= self.seconds):
                    self._cond.wait(timeout=max(0.0, last + self.seconds - time.monotonic()))
                batch, self._buffer, self._count = self._buffer, {}, 0
                stop, self._want, self._busy = self._stop, False, bool(batch)
            try:
                if batch:
                    key = self.next_key()
                    self.committed.append(self.store.commit(
                        key, {log: b"".join(lines) for log, lines in batch.items()}))
                if self.tick is not None:
                    self.tick()
            except BaseException as exc:  # kept, and raised in the run's thread
                with self._cond:
                    self._error, self._busy = exc, False
                    self._cond.notify_all()
                return
            last = time.monotonic()
            with self._cond:
                self._busy = False
                self._cond.notify_all()
            if stop:
                return
