"""Backend for any OpenAI-compatible server (`vllm serve`, llama.cpp, OpenAI, ...).

Uses the official async client with its own retries off; retries are ours (tenacity):
exponential backoff with jitter on timeouts, connection errors, 429, 5xx and 200 answers
that are not chat completions, honouring `Retry-After` on 429/503.
"""

from __future__ import annotations

import asyncio
import os
from typing import Any

import openai
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt
from tenacity import wait_exponential, wait_random

from ..config.backend import BackendConfig
from ..errors import BackendFatalError, BackendRequestError, UserError
from .base import Backend, ChatRequest, Completion

MAX_RETRY_AFTER = 60.0  # seconds; a longer Retry-After is capped to this


class InvalidResponseError(Exception):
    """A 200 answer that is not a chat completion (an HTML page, malformed JSON, no choices)."""


def _is_transient(exc: BaseException) -> bool:
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in (408, 409, 429) or exc.status_code >= 500
    return isinstance(exc, (openai.APIConnectionError, InvalidResponseError))


def _is_unreachable(exc: BaseException) -> bool:
    """Connection refused or no route: the endpoint is down (not a timeout or a drop mid-answer)."""
    cause = exc.__cause__
    # The transport error is httpx's or httpx2's, depending on the openai version: match by name.
    return isinstance(exc, openai.APIConnectionError) and cause is not None and any(
        cls.__name__ in ("ConnectError", "ConnectTimeout") for cls in type(cause).__mro__
    )


def _retry_after(exc: BaseException | None) -> float | None:
    """The seconds form of a `Retry-After` header on a 429 or 503, capped."""
    if not isinstance(exc, openai.APIStatusError) or exc.status_code not in (429, 503):
        return None
    try:
        return min(max(float(exc.response.headers.get("retry-after", "")), 0.0), MAX_RETRY_AFTER)
    except ValueError:
        return None


def _server_message(exc: openai.APIStatusError) -> str:
    body = exc.body
    message = body.get("message") if isinstance(body, dict) else None
    return str(message or exc.message)


def _describe(exc: BaseException) -> tuple[str, str]:
    """(kind, detail) of a failure, e.g. ("HTTP 503", "Service Unavailable")."""
    if isinstance(exc, openai.APIStatusError):
        return f"HTTP {exc.status_code}", _server_message(exc)
    if isinstance(exc, openai.APIConnectionError):
        cause = exc.__cause__
        detail = (str(cause) or type(cause).__name__) if cause is not None else str(exc)
        return ("timeout" if isinstance(exc, openai.APITimeoutError) else "connection error"), detail
    return "invalid response", str(exc)


class OpenAIBackend(Backend):
    """Chat completions over HTTP from an OpenAI-compatible server."""

    name = "openai"

    def __init__(self, config: BackendConfig, *, backoff_initial: float = 0.5,
                 backoff_max: float = 30.0, start_retries: int = 3) -> None:
        base_url = config.base_url or os.environ.get("OPENAI_BASE_URL")
        if not base_url:
            raise UserError("the openai backend needs a server URL: pass --base-url or set OPENAI_BASE_URL")
        self.config = config
        self.base_url = base_url.rstrip("/")
        self.start_retries = start_retries
        self._model = config.model
        # = wait_exponential_jitter(initial, max, jitter=initial), whose `initial` argument is
        # deprecated in tenacity >= 9.2 and whose `multiplier` replacement is missing before.
        self._backoff = wait_exponential(multiplier=backoff_initial, max=backoff_max) + wait_random(
            0, backoff_initial)
        self._client = openai.AsyncOpenAI(
            base_url=self.base_url, api_key=config.api_key or os.environ.get("OPENAI_API_KEY") or "EMPTY",
            timeout=config.timeout, max_retries=0,
        )
        self._semaphore = asyncio.Semaphore(config.max_concurrency or self.default_concurrency())
        self._start_lock = asyncio.Lock()
        self._started = False

    @property
    def model_name(self) -> str:
        if self._model is None:
            raise RuntimeError("the served model is not known yet: call start() first")
        return self._model

    def _wait(self, state: RetryCallState) -> float:
        delay = _retry_after(state.outcome.exception() if state.outcome else None)
        return self._backoff(state) if delay is None else delay

    def _retrying(self, tries: int) -> AsyncRetrying:
        return AsyncRetrying(stop=stop_after_attempt(tries), wait=self._wait,
                             retry=retry_if_exception(_is_transient), reraise=True)

    async def start(self) -> None:
        """Check that the server answers, the key is accepted and the model is served."""
        async with self._start_lock:
            if self._started:
                return
            served = await self._served_models()
            if served is None and self._model is None:
                raise BackendFatalError(f"{self.base_url}/models is not available, so the model cannot "
                                        "be chosen automatically: pass --model")
            if served is not None and self._model is None:
                if not served:
                    raise BackendFatalError(f"the server at {self.base_url} serves no models")
                self._model = served[0]
            elif served is not None and self._model not in served:
                raise BackendFatalError(f"model {self._model!r} is not served at {self.base_url}; "
                                        f"served: {', '.join(served) or '(none)'}; check --model")
            self._started = True

    async def _served_models(self) -> list[str] | None:
        """Model ids from GET /models, or None when the server has no such endpoint."""
        try:
            async for attempt in self._retrying(self.start_retries + 1):
                with attempt:
                    try:
                        served = [model.id for model in (await self._client.models.list()).data]
                    except (AttributeError, TypeError, ValueError) as exc:  # a 200 that is not a list
                        raise InvalidResponseError(f"not a model list ({type(exc).__name__}: {exc})") from exc
            return served
        except openai.NotFoundError:
            return None
        except openai.APIStatusError as exc:
            if exc.status_code in (401, 403):
                raise BackendFatalError(f"API key rejected by {self.base_url} (HTTP {exc.status_code}): "
                                        "set OPENAI_API_KEY or api_key / --api-key") from None
            raise BackendFatalError(f"GET {self.base_url}/models failed: HTTP {exc.status_code}: "
                                    f"{_server_message(exc)}") from None
        except openai.APIConnectionError as exc:
            raise BackendFatalError(f"cannot reach OpenAI-compatible server at {self.base_url}: "
                                    f"{_describe(exc)[1]}; check --base-url") from None
        except InvalidResponseError as exc:
            raise BackendFatalError(f"GET {self.base_url}/models gave an unexpected answer: {exc}") from None

    async def close(self) -> None:
        await self._client.close()

    async def complete_one(self, request: ChatRequest) -> Completion:
        """One chat completion, retried on transient errors (see the module docstring)."""
        await self.start()
        errors: list[BaseException] = []
        try:
            async for attempt in self._retrying(self.config.max_retries + 1):
                with attempt:
                    try:
                        return await self._attempt(request)
                    except (openai.OpenAIError, InvalidResponseError) as exc:
                        errors.append(exc)
                        raise
        except (openai.OpenAIError, InvalidResponseError) as exc:
            raise self._final_error(exc, errors) from None
        raise AssertionError("unreachable: tenacity either returns or raises")

    async def _attempt(self, request: ChatRequest) -> Completion:
        sampling = request.sampling
        kwargs: dict[str, Any] = {"model": self.model_name, "messages": request.messages,
                                  "temperature": sampling.temperature, "top_p": sampling.top_p,
                                  "max_tokens": sampling.max_tokens}
        if sampling.seed is not None:
            kwargs["seed"] = sampling.seed
        for penalty in ("presence_penalty", "frequency_penalty"):
            if getattr(sampling, penalty):
                kwargs[penalty] = getattr(sampling, penalty)
        if sampling.repetition_penalty is not None:  # not in OpenAI's API; vLLM's server takes it
            kwargs["extra_body"] = {"repetition_penalty": sampling.repetition_penalty}
        if request.json_schema is not None:
            kwargs["response_format"] = {"type": "json_schema", "json_schema": {
                "name": request.schema_name, "schema": request.json_schema}}
        async with self._semaphore:
            try:
                response = await self._client.chat.completions.create(**kwargs)
            except ValueError as exc:  # the client lets a malformed JSON body's decode error through
                raise InvalidResponseError(f"malformed JSON body: {exc}") from exc
        # A non-JSON body (e.g. a proxy's HTML page) comes back as a str; JSON that is not a
        # completion comes back as a ChatCompletion with `choices=None`.
        try:
            choice = response.choices[0]
            text, finish_reason = choice.message.content, choice.finish_reason
        except (AttributeError, TypeError, IndexError):
            raise InvalidResponseError(f"not a chat completion: {str(response)[:200]!r}") from None
        usage = getattr(response, "usage", None)
        return Completion(text=text or "", finish_reason=finish_reason,
                          prompt_tokens=getattr(usage, "prompt_tokens", None) or 0,
                          completion_tokens=getattr(usage, "completion_tokens", None) or 0)

    def _final_error(self, exc: BaseException, errors: list[BaseException]) -> Exception:
        """Map the last failure to BackendRequestError (this request) or BackendFatalError (all)."""
        if isinstance(exc, openai.APIStatusError) and not _is_transient(exc):
            if exc.status_code in (401, 403):
                return BackendFatalError(f"API key rejected by {self.base_url} (HTTP {exc.status_code}): "
                                         "set OPENAI_API_KEY or --api-key")
            if exc.status_code == 404:
                return BackendFatalError(f"model {self._model!r} not found at {self.base_url}: "
                                         "check --model / --base-url")
            return BackendRequestError(f"HTTP {exc.status_code}: {_server_message(exc)}")
        if errors and all(_is_unreachable(e) for e in errors):
            return BackendFatalError(f"cannot reach OpenAI-compatible server at {self.base_url} after "
                                     f"{len(errors)} tries: {_describe(exc)[1]}; check --base-url")
        kind, detail = _describe(exc)
        return BackendRequestError(f"{kind} after {len(errors)} tries: {detail}")
