"""An OpenAI-compatible server with fault injection, for testing HTTP backends.

    with FaultServer() as srv:
        srv.base_url                 # "http://127.0.0.1:PORT/v1"
        srv.inject(["503", "hang"])  # the next two chat requests fail, then normal service
        srv.set_persistent("500")    # every request fails until set_persistent(None)
        srv.stats()                  # {"chat": 3, "models": 1, "peak_concurrency": 1, ...}

Normal service answers `response_format` json_schema requests with an instance of the
schema (deterministic, varied strings of 8+ words) and plain requests with a few sentences.
The same controls are available over HTTP: `POST /control`, `GET /stats`.

Faults: 500, 502, 503, 429 (no Retry-After), 429_retry_after (Retry-After: 1), hang (no
answer until the client gives up), disconnect (headers and half a body, then the connection
drops), not_json (200 text/html page), bad_json (200 application/json, malformed body),
not_completion (200 JSON that is not a chat completion), truncated (200, finish_reason
"length", content cut mid-JSON), bad_schema (200, valid JSON breaking the schema), 401, 404.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import socket
import threading
import time
from collections import Counter
from typing import Any, Iterable

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response

FAULTS = frozenset({
    "400", "500", "502", "503", "429", "429_retry_after", "hang", "disconnect", "not_json", "bad_json",
    "not_completion", "truncated", "bad_schema", "401", "404",
})
# Faults that also make sense for GET /models (used in persistent mode).
_MODELS_FAULTS = frozenset({"500", "502", "503", "429", "429_retry_after", "hang", "disconnect",
                            "not_json", "401", "404"})
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]{2,}")
_STOP = frozenset({"the", "and", "for", "you", "are", "was", "with", "that", "this", "about",
                   "tell", "what", "how", "can", "please", "from", "your", "have"})
_FILLER = ("clear", "careful", "practical", "detailed", "friendly", "concrete", "useful", "honest",
           "simple", "thorough", "patient", "specific")


class _Dropped(Exception):
    """Raised after a partial body so that uvicorn closes the connection (`disconnect`)."""


class _DropFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        while exc is not None:  # the exception may be wrapped in an ExceptionGroup
            if isinstance(exc, _Dropped):
                return False
            exc = getattr(exc, "exceptions", [None])[0]
        return True


class _PartialResponse(Response):
    """Announce a full body, send half of it, then abort the connection."""

    def __init__(self, body: bytes) -> None:
        super().__init__()
        self._full = body

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": [
            (b"content-type", b"application/json"), (b"content-length", str(len(self._full)).encode())]})
        await send({"type": "http.response.body", "body": self._full[: len(self._full) // 2],
                    "more_body": True})
        raise _Dropped()


# ---------------------------------------------------------------- schema instances


class SchemaFiller:
    """Deterministic JSON instances of a JSON schema (the subset LLM servers accept)."""

    def __init__(self, root: dict[str, Any], topic: list[str], seed: int) -> None:
        self.root, self.topic, self.seed, self.count = root, topic, seed, 0

    def _resolve(self, schema: dict[str, Any] | bool) -> dict[str, Any]:
        if isinstance(schema, bool):  # `true` accepts anything; `false` nothing (make a string)
            schema = {}
        while "$ref" in schema:  # "#/$defs/Name" or "#/definitions/Name"
            node: Any = self.root
            for part in schema["$ref"].lstrip("#/").split("/"):
                node = node[part]
            schema = {**node, **{k: v for k, v in schema.items() if k != "$ref"}}
        if "allOf" in schema:
            merged = {k: v for k, v in schema.items() if k != "allOf"}
            for sub in schema["allOf"]:
                merged.update(self._resolve(sub))
            schema = merged
        for key in ("anyOf", "oneOf"):
            if key in schema:
                options = [s for s in schema[key] if s.get("type") != "null"] or schema[key]
                schema = self._resolve({**options[0], **{k: v for k, v in schema.items() if k != key}})
        return schema

    def text(self, label: str) -> str:
        self.count += 1
        n, words = self.count, self.topic or ["the", "request"]
        picked = [words[(n + self.seed + k) % len(words)] for k in range(min(4, len(words)))]
        filler = [_FILLER[(n * 7 + self.seed + k) % len(_FILLER)] for k in range(2)]
        return (f"Sample text {n} on {label}: a {filler[0]} and {filler[1]} note about "
                f"{' '.join(picked)} (item {n}, request {self.seed}).")

    def make(self, schema: dict[str, Any], pos: tuple[int, int] = (0, 1), label: str = "output") -> Any:
        schema = self._resolve(schema)
        index, total = pos
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            enum = schema["enum"]
            return enum[min(index * len(enum) // max(total, 1), len(enum) - 1)]
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "null")
        if kind is None:
            kind = "object" if "properties" in schema else "array" if "items" in schema else "string"
        if kind == "object":
            return {name: self.make(sub, pos, name) for name, sub in schema.get("properties", {}).items()}
        if kind == "array":
            n = self.array_len(schema)
            return [self.make(self.item_schema(schema, i), (i, n), label) for i in range(n)]
        if kind in ("integer", "number"):
            low = schema.get("minimum", schema.get("exclusiveMinimum", -1) + 1)
            value = max(low, index + 1)
            high = schema.get("maximum", schema.get("exclusiveMaximum", value + 1) - 1)
            return min(value, high) if kind == "integer" else float(min(value, high))
        if kind == "boolean":
            return index % 2 == 0
        if kind == "null":
            return None
        text = self.text(label)
        if "maxLength" in schema:
            text = text[: schema["maxLength"]]
        return text.ljust(schema.get("minLength", 0), ".")

    @staticmethod
    def array_len(schema: dict[str, Any]) -> int:
        low, high = schema.get("minItems", 0), schema.get("maxItems")
        prefix = len(schema.get("prefixItems") or [])
        if schema.get("items") is False:  # a tuple: exactly the prefix items are allowed
            high = prefix if high is None else min(high, prefix)
        want = max(3, prefix)
        return max(low, min(want, high if high is not None else want))

    @staticmethod
    def item_schema(schema: dict[str, Any], index: int) -> dict[str, Any]:
        """The schema of array item `index`: its `prefixItems` entry, else `items` (a bool
        `items` means any value / no value; a forced extra item reuses the last prefix)."""
        prefix = schema.get("prefixItems") or []
        if index < len(prefix):
            return prefix[index]
        items = schema.get("items", {})
        if isinstance(items, dict):
            return items
        return prefix[-1] if prefix and items is False else {}

    def broken(self, schema: dict[str, Any]) -> Any:
        """Valid JSON that violates `schema`: a wrong-length array, else a missing key."""
        schema = self._resolve(schema)
        value = self.make(schema)
        if not isinstance(value, dict):
            return {"unexpected": "object"} if isinstance(value, list) else [value]
        for name, sub in schema.get("properties", {}).items():
            sub = self._resolve(sub)
            if sub.get("type") == "array" and ("maxItems" in sub or sub.get("minItems", 0) > 0):
                n = sub["maxItems"] + 1 if "maxItems" in sub else sub["minItems"] - 1
                value[name] = [self.make(self.item_schema(sub, i), (i, n), name) for i in range(n)]
                return value
        required = schema.get("required") or list(value)
        if required:
            value.pop(required[0], None)
        return value


def _words(text: str) -> list[str]:
    return list(dict.fromkeys(w for w in map(str.lower, _WORD.findall(text)) if w not in _STOP))[:12]


def _count_words(messages: Iterable[dict[str, Any]]) -> int:
    return sum(len(str(m.get("content", "")).split()) for m in messages)


# ---------------------------------------------------------------- the server


class FaultServer:
    """Run the fault-injection server on 127.0.0.1 in a background thread."""

    def __init__(self, models: Iterable[str] = ("test-model",), *, serve_models: bool = True,
                 api_key: str | None = None, hang_seconds: float = 10.0, port: int = 0) -> None:
        self.models = list(models)
        self.serve_models = serve_models  # False: GET /models answers 404, as on some servers
        self.api_key = api_key  # when set, requests must carry "Authorization: Bearer <key>"
        self.hang_seconds = hang_seconds
        self.delay = 0.0  # seconds each normal chat response takes (to observe concurrency)
        self._lock = threading.Lock()
        self._queue: list[str] = []
        self._persistent: str | None = None
        self._stopping = False
        self._in_flight = 0
        self._reset()
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._sock: socket.socket | None = None
        self.port = port  # 0: any free port (chosen at start); fixed to restart on the same URL
        self.app = self._build_app()

    # -- control (thread-safe; also exposed over HTTP)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def inject(self, faults: Iterable[str]) -> None:
        """Serve these faults, in order, to the next chat requests; then normal service."""
        faults = list(faults)
        unknown = [f for f in faults if f not in FAULTS]
        if unknown:
            raise ValueError(f"unknown faults {unknown}; known: {sorted(FAULTS)}")
        with self._lock:
            self._queue.extend(faults)

    def set_persistent(self, fault: str | None) -> None:
        """Fail every request (chat, and /models where it applies) with `fault`; None = off."""
        if fault is not None and fault not in FAULTS:
            raise ValueError(f"unknown fault {fault!r}; known: {sorted(FAULTS)}")
        with self._lock:
            self._persistent = fault

    def stats(self) -> dict[str, Any]:
        """Requests received so far: per endpoint, faults served, and peak concurrent chats."""
        with self._lock:
            return {"chat": self._chat, "models": self._models, "faults": dict(self._served),
                    "peak_concurrency": self._peak, "in_flight": self._in_flight,
                    "pending": list(self._queue), "last_request": self._last}

    def reset(self) -> None:
        """Clear queued faults, persistent mode, the delay and the counters."""
        with self._lock:
            self._queue.clear()
            self._persistent = None
            self.delay = 0.0
            self._reset()

    def _reset(self) -> None:
        self._chat = self._models = 0
        self._peak = self._in_flight
        self._served: Counter[str] = Counter()
        self._last: dict[str, Any] | None = None

    def _next_fault(self, chat: bool) -> tuple[int, str | None]:
        """Count the request; return its number and the fault to serve (None: normal service)."""
        with self._lock:
            if chat:
                self._chat += 1
            else:
                self._models += 1
            number = self._chat if chat else self._models
            fault = self._persistent
            if fault is not None and not chat and fault not in _MODELS_FAULTS:
                fault = None
            if fault is None and chat and self._queue:
                fault = self._queue.pop(0)
            if fault is not None:
                self._served[fault] += 1
            return number, fault

    # -- the app

    def _build_app(self) -> FastAPI:
        app = FastAPI()

        @app.get("/v1/models")
        async def models(request: Request) -> Response:
            _, fault = self._next_fault(chat=False)
            if (denied := self._auth(request)) is not None:
                return denied
            if fault is not None:
                return await self._fault(fault, request, None, 0)
            if not self.serve_models:
                return _error(404, "Not Found")
            return JSONResponse({"object": "list", "data": [
                {"id": m, "object": "model", "created": 0, "owned_by": "fault-server"} for m in self.models]})

        @app.post("/v1/chat/completions")
        async def chat(request: Request) -> Response:
            with self._lock:
                self._in_flight += 1
                self._peak = max(self._peak, self._in_flight)
            try:
                return await self._chat_response(request)
            finally:
                with self._lock:
                    self._in_flight -= 1

        @app.post("/control")
        async def control(request: Request) -> Response:
            """JSON: {"reset": bool, "faults": [...], "persistent": fault or null, "delay": s}."""
            body = await request.json()
            try:
                if body.get("reset"):
                    self.reset()
                self.inject(body.get("faults", []))
                if "persistent" in body:
                    self.set_persistent(body["persistent"])
                if "delay" in body:
                    self.delay = float(body["delay"])
            except ValueError as exc:
                return _error(400, str(exc))
            return JSONResponse(self.stats())

        @app.get("/stats")
        async def stats() -> Response:
            return JSONResponse(self.stats())

        return app

    def _auth(self, request: Request) -> Response | None:
        if self.api_key and request.headers.get("authorization") != f"Bearer {self.api_key}":
            return _error(401, "Incorrect API key provided.")
        return None

    async def _chat_response(self, request: Request) -> Response:
        number, fault = self._next_fault(chat=True)
        if (denied := self._auth(request)) is not None:
            return denied
        body = await request.json()
        with self._lock:
            self._last = body
        if fault is None and body.get("model") not in self.models:
            return _error(404, f"The model `{body.get('model')}` does not exist.")
        if fault is not None and fault not in ("truncated", "bad_schema"):
            return await self._fault(fault, request, body, number)
        if self.delay:
            await asyncio.sleep(self.delay)
        return JSONResponse(self._completion(body, fault, number))

    def _completion(self, body: dict[str, Any], fault: str | None, seed: int) -> dict[str, Any]:
        messages = body.get("messages", [])
        user = next((m for m in reversed(messages) if m.get("role") == "user"), {})
        gen = SchemaFiller({}, _words(str(user.get("content", ""))), seed)
        fmt = body.get("response_format") or {}
        schema = (fmt.get("json_schema") or {}).get("schema") if fmt.get("type") == "json_schema" else None
        if schema is not None:
            gen.root = schema
            value = gen.broken(schema) if fault == "bad_schema" else gen.make(schema)
            content = json.dumps(value, ensure_ascii=False)
        elif fault == "bad_schema":
            content = json.dumps({"unexpected": "object"})
        else:
            content = " ".join(gen.text("the question") for _ in range(3))
        finish = "stop"
        if fault == "truncated":
            content, finish = content[: max(1, len(content) // 2)], "length"
        prompt, completion = _count_words(messages), len(content.split())
        return {
            "id": f"chatcmpl-{seed}", "object": "chat.completion", "created": int(time.time()),
            "model": body.get("model"),
            "choices": [{"index": 0, "finish_reason": finish, "logprobs": None,
                         "message": {"role": "assistant", "content": content}}],
            "usage": {"prompt_tokens": prompt, "completion_tokens": completion,
                      "total_tokens": prompt + completion},
        }

    async def _fault(self, fault: str, request: Request, body: Any, number: int) -> Response:
        if fault in ("400", "500", "502", "503", "401", "404"):
            messages = {"400": "This model's maximum context length is 4096 tokens. However, you "
                               "requested 5000 tokens. Please reduce the length of the messages.",
                        "500": "Internal Server Error", "502": "Bad Gateway", "503": "Service Unavailable",
                        "401": "Incorrect API key provided.",
                        "404": f"The model `{(body or {}).get('model')}` does not exist."}
            return _error(int(fault), messages[fault])
        if fault == "429":
            return _error(429, "Rate limit reached")
        if fault == "429_retry_after":
            return _error(429, "Rate limit reached", {"Retry-After": "1"})
        if fault == "hang":
            deadline = time.monotonic() + self.hang_seconds
            while time.monotonic() < deadline and not self._stopping:
                if await request.is_disconnected():
                    break
                await asyncio.sleep(0.02)
            return _error(504, "hung request (the client should have given up)")
        if fault == "disconnect":
            return _PartialResponse(json.dumps(self._completion(body or {}, None, number)).encode())
        if fault == "not_json":
            return PlainTextResponse("<html><body>502 Bad Gateway (proxy)</body></html>",
                                     media_type="text/html")
        if fault == "bad_json":
            return Response('{"id": "chatcmpl-x", "choices": [', media_type="application/json")
        if fault == "not_completion":
            return JSONResponse({"status": "ok", "detail": "this is not a chat completion"})
        raise AssertionError(f"unhandled fault {fault}")

    # -- lifecycle

    def start(self) -> "FaultServer":
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", self.port))
        self.port = self._sock.getsockname()[1]
        config = uvicorn.Config(self.app, log_config=None, lifespan="off", access_log=False,
                                timeout_graceful_shutdown=1)
        self._server = uvicorn.Server(config)
        logging.getLogger("uvicorn.error").addFilter(_DROP_FILTER)
        self._stopping = False
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._sock]},
                                        name=f"fault-server-{self.port}", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("fault server failed to start")
            time.sleep(0.002)
        return self

    def stop(self) -> None:
        if self._server is None:
            return
        self._stopping = True
        self._server.should_exit = True
        assert self._thread is not None and self._sock is not None
        self._thread.join(timeout=5)
        self._sock.close()
        self._server = None

    def __enter__(self) -> "FaultServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


_DROP_FILTER = _DropFilter()


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    kind = {400: "BadRequestError", 401: "AuthenticationError", 404: "NotFoundError",
            429: "RateLimitError"}.get(status, "InternalServerError")
    return JSONResponse({"error": {"message": message, "type": kind, "code": status}},
                        status_code=status, headers=headers)
