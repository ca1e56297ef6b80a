"""Live progress display (rich): dialogues done / failed, output tokens per second, ETA."""

from __future__ import annotations

import time

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn


class RunProgress:
    """Tracks a run's counters and shows them live when enabled."""

    def __init__(self, total: int, done_before: int, enabled: bool = True) -> None:
        self.console = Console(stderr=True)
        self.started = time.monotonic()
        self.done = 0
        self.failed = 0
        self.completion_tokens = 0
        self._progress = Progress(
            TextColumn("[bold]generating"), BarColumn(), MofNCompleteColumn(),
            TextColumn("failed {task.fields[failed]}"), TextColumn("{task.fields[tps]:.0f} tok/s"),
            TextColumn("ETA"), TimeRemainingColumn(),
            console=self.console, disable=not enabled, transient=False,
        )
        self._task = self._progress.add_task("run", total=total, completed=done_before,
                                             failed=0, tps=0.0)

    @property
    def tokens_per_second(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.completion_tokens / elapsed if elapsed > 0 else 0.0

    def record(self, failed: bool, completion_tokens: int) -> None:
        self.done += 1
        self.failed += int(failed)
        self.completion_tokens += completion_tokens
        self._progress.update(self._task, advance=1, failed=self.failed,
                              tps=self.tokens_per_second)

    def __enter__(self) -> "RunProgress":
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()
