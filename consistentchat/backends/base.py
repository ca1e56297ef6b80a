"""The backend contract: chat requests in, completions with token usage out."""

from __future__ import annotations

import abc
import asyncio
from typing import Any, Sequence

from pydantic import BaseModel, ConfigDict, Field

from ..config.backend import SamplingParams


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
    # Capabilities, as plainly named attributes (the runner never checks a backend's name):
    # `model_known_before_start`: `model_name` is known before the (costly) start(), so a run
    # checks its output directory's manifest first; a server is asked for its model instead.
    model_known_before_start: bool = False

    @property
    def is_embedded_default(self) -> bool:
        """True only for the embedded default model (the small model that ships with the tool).
        It turns the LLM judge off by default: a 135M model is no judge."""
        return False

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
