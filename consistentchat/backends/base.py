"""The backend contract: chat requests in, completions with token usage out."""

from __future__ import annotations

import abc
import asyncio
from typing import Any, Sequence

from pydantic import BaseModel, ConfigDict, Field


class SamplingParams(BaseModel):
    """Sampling settings for one request."""

    model_config = ConfigDict(extra="forbid")

    temperature: float = Field(0.8, ge=0.0, le=2.0)
    top_p: float = Field(0.95, gt=0.0, le=1.0)
    max_tokens: int = Field(1024, ge=1)
    presence_penalty: float = Field(0.0, ge=-2.0, le=2.0)
    frequency_penalty: float = Field(0.0, ge=-2.0, le=2.0)
    seed: int | None = None


class ChatRequest(BaseModel):
    """One chat request: messages, sampling, and an optional JSON schema the output must follow."""

    model_config = ConfigDict(extra="forbid")

    request_id: str
    messages: list[dict[str, str]]
    sampling: SamplingParams = Field(default_factory=SamplingParams)
    json_schema: dict[str, Any] | None = None
    schema_name: str = "output"


class Completion(BaseModel):
    """What a backend returns for one request."""

    text: str
    finish_reason: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0


class Backend(abc.ABC):
    """Async chat-completion backend. Subclasses implement `complete_one`.

    `complete_one` raises `BackendRequestError` when a single request fails after the
    backend's own bounded retries, and `BackendFatalError` when nothing can work.
    """

    name: str = "base"
    # True when start() is expensive (an in-process engine) and `model_name` is known before it,
    # so a run checks its output directory's manifest first. A server is asked first instead.
    slow_start: bool = False

    @property
    @abc.abstractmethod
    def model_name(self) -> str:
        """The model identifier recorded with every dialogue."""

    def default_concurrency(self) -> int:
        """Dialogues a run keeps in flight when `max_concurrency` is not set (after start())."""
        return 64

    async def start(self) -> None:
        """Prepare resources (load the engine, check the server). Idempotent."""

    async def close(self) -> None:
        """Release resources."""

    @abc.abstractmethod
    async def complete_one(self, request: ChatRequest) -> Completion:
        """Run one request."""

    async def complete(self, requests: Sequence[ChatRequest]) -> list[Completion]:
        """Run a batch of requests concurrently; results keep the input order."""
        return list(await asyncio.gather(*(self.complete_one(r) for r in requests)))

    async def __aenter__(self) -> "Backend":
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
