"""A scripted backend for unit tests: replies come from a queue or a function."""

from __future__ import annotations

from collections import deque
from typing import Callable, Iterable

from ..errors import BackendRequestError
from .base import Backend, ChatRequest, Completion

Reply = str | Completion | Exception


class MockBackend(Backend):
    """Returns canned replies in order (or computed by `responder`) and records every request.

    A reply may be a string (a normal completion), a `Completion` (e.g. with
    finish_reason="length"), or an exception instance to raise.
    """

    name = "mock"

    def __init__(self, replies: Iterable[Reply] = (), responder: Callable[[ChatRequest], Reply]
                 | None = None, model: str = "mock-model", config: object = None) -> None:
        self.queue: deque[Reply] = deque(replies)
        self.responder = responder
        self.requests: list[ChatRequest] = []
        self._model = model

    @property
    def model_name(self) -> str:
        return self._model

    async def complete_one(self, request: ChatRequest) -> Completion:
        self.requests.append(request)
        if self.queue:
            reply = self.queue.popleft()
        elif self.responder is not None:
            reply = self.responder(request)
        else:
            raise BackendRequestError("mock backend has no replies left")
        if isinstance(reply, Exception):
            raise reply
        if isinstance(reply, str):
            words = len(reply.split())
            return Completion(text=reply, finish_reason="stop", prompt_tokens=10,
                              completion_tokens=words)
        return reply
