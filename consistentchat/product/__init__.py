"""Products of a finished run: dataset card, statistics and plots, HTML viewer, Hub upload,
trainer hand-off files. Every module takes a `RunSnapshot` (see `snapshot.py`), the one place
that reads a run folder."""

from __future__ import annotations

from .snapshot import RunSnapshot, load_snapshot

__all__ = ["RunSnapshot", "load_snapshot"]
