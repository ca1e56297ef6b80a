"""Live progress display (rich): dialogues done / failed, output tokens per second, ETA."""

from __future__ import annotations

import contextlib
import time
from typing import Callable, Iterator

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn


class RunProgress:
    """Tracks a run's counters and shows them live when enabled."""

    def __init__(self, total: int, done_before: int, enabled: bool = True) -> None:
        self.console = Console(stderr=True)
        self.started = time.monotonic()
        self.done = 0
        self.failed = 0
        self.passed = 0
        self.rejected = 0
        self.completion_tokens = 0
        self._progress = Progress(
            TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[detail]}"), TextColumn("ETA"), TimeRemainingColumn(),
            console=self.console, disable=not enabled, transient=False,
        )
        self._task = self._progress.add_task("generating", total=total, completed=done_before,
                                             detail="")

    @property
    def tokens_per_second(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.completion_tokens / elapsed if elapsed > 0 else 0.0

    def record(self, failed: bool, completion_tokens: int, accepted: bool | None = None) -> None:
        """One dialogue finished: failed, or generated and (when validated) passed or not."""
        self.done += 1
        self.failed += int(failed)
        self.passed += int(accepted is True)
        self.rejected += int(accepted is False)
        self.completion_tokens += completion_tokens
        self._progress.update(self._task, advance=1, detail=(
            f"passing {self.passed} rejected {self.rejected} failed {self.failed} "
            f"{self.tokens_per_second:.0f} tok/s"))

    @contextlib.contextmanager
    def phase(self, name: str, total: int) -> Iterator[Callable[[int], None]]:
        """A further bar (validation, judging, export); yields `advance(n)`."""
        task = self._progress.add_task(name, total=total, detail="")
        yield lambda n: self._progress.update(task, advance=n)
        self._progress.update(task, completed=total)

    def __enter__(self) -> "RunProgress":
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()
