"""What tasks share: the outcome of bounded re-sampling, and the sampler they are given.

A task never talks to a backend itself: the generator hands it a `Sampler`, which sends the
request `make_request(attempt)` builds and parses the completion, re-sampling on failure.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Awaitable, Callable, Generic, Protocol, TypeVar

from ..backends.base import ChatRequest, Completion

T = TypeVar("T")


@dataclass
class Sampled(Generic[T]):
    """The outcome of bounded re-sampling: a value, or the reasons every attempt failed."""

    value: T | None = None
    attempts: int = 0
    reasons: list[str] = field(default_factory=list)
    raw_outputs: list[str] = field(default_factory=list)

    def reason(self) -> str:
        return "; ".join(f"attempt {i}: {r}" for i, r in enumerate(self.reasons, 1))


class Sampler(Protocol):
    """Send `make_request(attempt)` and parse it, re-sampling until it parses or the budget ends."""

    def __call__(self, make_request: Callable[[int], ChatRequest],
                 parse: Callable[[Completion], T]) -> Awaitable[Sampled[T]]: ...
