"""OpenAIBackend against the fault-injection server: retries, fatal errors, concurrency."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
import urllib.error
import urllib.request
from typing import Any, Iterator

import jsonschema
import pytest

from consistentchat.backends import BACKENDS, ChatRequest, SamplingParams
from consistentchat.backends.openai_backend import OpenAIBackend
from consistentchat.config import BackendConfig
from consistentchat.errors import BackendFatalError, BackendRequestError, UserError

from tests.fault_server import FaultServer

MAX_RETRIES = 3

STEPS_SCHEMA: dict[str, Any] = {  # pydantic-style: $defs, $ref, enum, array bounds
    "$defs": {
        "Step": {
            "type": "object",
            "properties": {
                "phase": {"enum": ["opening", "middle", "closing"]},
                "question": {"type": "string", "minLength": 10},
                "depth": {"type": "integer", "minimum": 1, "maximum": 5},
                "follow_up": {"type": "boolean"},
            },
            "required": ["phase", "question", "depth", "follow_up"],
            "additionalProperties": False,
        }
    },
    "type": "object",
    "properties": {
        "title": {"type": "string"},
        "steps": {"type": "array", "items": {"$ref": "#/$defs/Step"}, "minItems": 6, "maxItems": 8},
    },
    "required": ["title", "steps"],
    "additionalProperties": False,
}


@pytest.fixture(scope="module")
def shared_server() -> Iterator[FaultServer]:
    with FaultServer(models=["test-model", "other-model"]) as srv:
        yield srv


def make_backend(base_url: str, *, start_retries: int = 2, **config: Any) -> OpenAIBackend:
    settings: dict[str, Any] = {"name": "openai", "base_url": base_url, "max_retries": MAX_RETRIES,
                                "timeout": 2.0, "max_concurrency": 8, **config}
    return OpenAIBackend(BackendConfig(**settings), backoff_initial=0.01, backoff_max=0.05,
                         start_retries=start_retries)


def request(text: str = "Explain how to bake sourdough bread at home", **kwargs: Any) -> ChatRequest:
    return ChatRequest(request_id="r1", messages=[{"role": "user", "content": text}], **kwargs)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# ---------------------------------------------------------------- normal service


@pytest.mark.asyncio
async def test_completion_with_usage_and_sampling(server: FaultServer) -> None:
    async with make_backend(server.base_url) as backend:
        assert backend.model_name == "test-model"  # the first served model
        sampling = SamplingParams(temperature=0.3, top_p=0.9, max_tokens=77, seed=5)
        completion = await backend.complete_one(request(sampling=sampling))
    assert completion.finish_reason == "stop"
    assert len(completion.text.split()) >= 8 and "sourdough" in completion.text
    assert completion.prompt_tokens == 8
    assert completion.completion_tokens == len(completion.text.split())
    sent = server.stats()["last_request"]
    assert sent["model"] == "test-model"
    assert (sent["temperature"], sent["top_p"], sent["max_tokens"], sent["seed"]) == (0.3, 0.9, 77, 5)
    assert "response_format" not in sent
    assert server.stats()["chat"] == 1


@pytest.mark.asyncio
async def test_seed_omitted_when_none(server: FaultServer) -> None:
    async with make_backend(server.base_url, model="other-model") as backend:
        assert backend.model_name == "other-model"
        await backend.complete_one(request())
    sent = server.stats()["last_request"]
    assert "seed" not in sent and sent["model"] == "other-model"
    assert "repetition_penalty" not in sent


@pytest.mark.asyncio
async def test_repetition_penalty_is_sent_in_the_body(server: FaultServer) -> None:
    async with make_backend(server.base_url) as backend:
        await backend.complete_one(request(sampling=SamplingParams(repetition_penalty=1.1)))
    assert server.stats()["last_request"]["repetition_penalty"] == 1.1


@pytest.mark.asyncio
async def test_json_schema_is_sent_and_honoured(server: FaultServer) -> None:
    async with make_backend(server.base_url) as backend:
        first = await backend.complete_one(request(json_schema=STEPS_SCHEMA, schema_name="steps"))
        second = await backend.complete_one(request("Plan a trip to the mountains", json_schema=STEPS_SCHEMA))
    sent = server.stats()["last_request"]["response_format"]
    assert sent == {"type": "json_schema", "json_schema": {"name": "output", "schema": STEPS_SCHEMA}}
    for completion in (first, second):
        value = json.loads(completion.text)
        jsonschema.validate(value, STEPS_SCHEMA)
        phases = [STEPS_SCHEMA["$defs"]["Step"]["properties"]["phase"]["enum"].index(s["phase"])
                  for s in value["steps"]]
        assert phases == sorted(phases) and phases[0] == 0 and phases[-1] == 2
        questions = [s["question"] for s in value["steps"]]
        assert len(set(questions)) == len(questions)
        assert all(len(q.split()) >= 8 for q in questions)
    assert "mountains" in second.text and first.text != second.text


# ---------------------------------------------------------------- transient faults


@pytest.mark.asyncio
@pytest.mark.parametrize("fault", ["500", "502", "503", "429", "disconnect", "not_json", "bad_json",
                                   "not_completion"])
async def test_transient_fault_is_retried(server: FaultServer, fault: str) -> None:
    server.inject([fault, fault])
    async with make_backend(server.base_url) as backend:
        completion = await backend.complete_one(request(json_schema=STEPS_SCHEMA))
    jsonschema.validate(json.loads(completion.text), STEPS_SCHEMA)
    stats = server.stats()
    assert stats["chat"] == 3 and stats["faults"] == {fault: 2}


@pytest.mark.asyncio
async def test_hang_times_out_and_is_retried(server: FaultServer) -> None:
    server.inject(["hang"])
    start = time.monotonic()
    async with make_backend(server.base_url, timeout=0.5) as backend:
        completion = await backend.complete_one(request())
    assert completion.text
    assert 0.45 <= time.monotonic() - start < 3
    assert server.stats()["chat"] == 2


@pytest.mark.asyncio
async def test_retry_after_is_honoured(server: FaultServer) -> None:
    server.inject(["429_retry_after"])
    async with make_backend(server.base_url) as backend:
        start = time.monotonic()
        completion = await backend.complete_one(request())
        elapsed = time.monotonic() - start
    assert completion.text
    assert 0.95 <= elapsed < 3  # the backoff alone would be ~0.01 s
    assert server.stats()["chat"] == 2


@pytest.mark.asyncio
@pytest.mark.parametrize("fault, persistent, options, message, tries", [
    ("500", True, {}, f"HTTP 500 after {MAX_RETRIES + 1} tries: Internal", MAX_RETRIES + 1),
    ("hang", True, {"timeout": 0.2, "max_retries": 1}, "timeout after 2 tries", 2),
    ("503", False, {"max_retries": 0}, "HTTP 503 after 1 tries", 1),
])
async def test_gives_up_after_max_retries(server: FaultServer, fault: str, persistent: bool,
                                          options: dict, message: str, tries: int) -> None:
    """A fault that lasts longer than the retries fails the request, naming the fault and the
    number of tries (max_retries 0 means one try)."""
    async with make_backend(server.base_url, **options) as backend:
        if persistent:
            server.set_persistent(fault)
        else:
            server.inject([fault])
        with pytest.raises(BackendRequestError, match=message):
            await backend.complete_one(request())
    assert server.stats()["chat"] == tries


# ---------------------------------------------------------------- answers returned as they are


@pytest.mark.asyncio
async def test_truncated_is_returned_not_raised(server: FaultServer) -> None:
    server.inject(["truncated"])
    async with make_backend(server.base_url) as backend:
        completion = await backend.complete_one(request(json_schema=STEPS_SCHEMA))
    assert completion.finish_reason == "length"
    with pytest.raises(json.JSONDecodeError):
        json.loads(completion.text)
    assert server.stats()["chat"] == 1


@pytest.mark.asyncio
async def test_bad_schema_is_returned_for_the_caller_to_judge(server: FaultServer) -> None:
    server.inject(["bad_schema"])
    async with make_backend(server.base_url) as backend:
        completion = await backend.complete_one(request(json_schema=STEPS_SCHEMA))
    value = json.loads(completion.text)
    assert len(value["steps"]) == 9  # maxItems + 1
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(value, STEPS_SCHEMA)
    assert server.stats()["chat"] == 1


# ---------------------------------------------------------------- errors that are not retried


@pytest.mark.asyncio
@pytest.mark.parametrize("fault, error, message", [
    ("400", BackendRequestError, "HTTP 400: This model's maximum context length"),
    ("401", BackendFatalError, "API key rejected.*OPENAI_API_KEY"),
    ("404", BackendFatalError, "model 'test-model' not found at .*check --model"),
])
async def test_client_errors_are_not_retried(server: FaultServer, fault: str, error: type,
                                             message: str) -> None:
    """400 fails the one request; 401 and 404 stop the run. None is retried."""
    server.inject([fault])
    async with make_backend(server.base_url) as backend:
        with pytest.raises(error, match=message):
            await backend.complete_one(request())
    assert server.stats()["chat"] == 1


# ---------------------------------------------------------------- start-up checks


@pytest.mark.asyncio
async def test_unknown_model_is_fatal_and_lists_served(server: FaultServer) -> None:
    backend = make_backend(server.base_url, model="no-such-model")
    with pytest.raises(BackendFatalError, match="'no-such-model' is not served.*test-model, other-model"):
        await backend.start()
    await backend.close()
    assert server.stats()["chat"] == 0


@pytest.mark.asyncio
async def test_rejected_key_at_start_is_fatal() -> None:
    with FaultServer(api_key="sk-right") as srv:
        backend = make_backend(srv.base_url, api_key="sk-wrong")
        with pytest.raises(BackendFatalError, match="API key rejected.*OPENAI_API_KEY"):
            await backend.start()
        await backend.close()
        assert srv.stats()["models"] == 1
        async with make_backend(srv.base_url, api_key="sk-right") as backend:
            assert (await backend.complete_one(request())).text


@pytest.mark.asyncio
async def test_api_key_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    with FaultServer(api_key="sk-env") as srv:
        async with make_backend(srv.base_url) as backend:
            assert (await backend.complete_one(request())).text


@pytest.mark.asyncio
async def test_start_retries_transient_models_errors(server: FaultServer) -> None:
    server.set_persistent("503")
    backend = make_backend(server.base_url, start_retries=2)
    with pytest.raises(BackendFatalError, match="GET .*/models failed: HTTP 503"):
        await backend.start()
    assert server.stats()["models"] == 3
    server.set_persistent(None)
    await backend.start()  # not marked started after the failure: a second call checks again
    assert backend.model_name == "test-model"
    await backend.close()


@pytest.mark.asyncio
async def test_start_rejects_a_models_answer_that_is_not_a_list(server: FaultServer) -> None:
    server.set_persistent("not_json")
    backend = make_backend(server.base_url, start_retries=1)
    with pytest.raises(BackendFatalError, match="/models gave an unexpected answer: not a model list"):
        await backend.start()
    await backend.close()
    assert server.stats()["models"] == 2


@pytest.mark.asyncio
async def test_models_endpoint_missing() -> None:
    with FaultServer(serve_models=False) as srv:
        backend = make_backend(srv.base_url)
        with pytest.raises(BackendFatalError, match="pass --model"):
            await backend.start()
        await backend.close()
        async with make_backend(srv.base_url, model="test-model") as backend:
            assert (await backend.complete_one(request())).text


@pytest.mark.asyncio
async def test_server_down_at_start_is_fatal_quickly() -> None:
    url = f"http://127.0.0.1:{free_port()}/v1"
    backend = make_backend(url, start_retries=2)
    start = time.monotonic()
    with pytest.raises(BackendFatalError, match=f"cannot reach OpenAI-compatible server at {url}.*base-url"):
        await backend.start()
    assert time.monotonic() - start < 2
    await backend.close()


@pytest.mark.asyncio
async def test_server_gone_mid_run_is_fatal_after_bounded_tries() -> None:
    with FaultServer() as srv:
        backend = make_backend(srv.base_url)
        await backend.start()
        assert (await backend.complete_one(request())).text
    start = time.monotonic()
    with pytest.raises(BackendFatalError, match=f"cannot reach .* after {MAX_RETRIES + 1} tries"):
        await backend.complete_one(request())
    assert time.monotonic() - start < 2
    await backend.close()


def test_base_url_required(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    with pytest.raises(UserError, match="--base-url or set OPENAI_BASE_URL"):
        OpenAIBackend(config=BackendConfig(name="openai"))


@pytest.mark.asyncio
async def test_registry_and_env_base_url(server: FaultServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    backend = BACKENDS.get("openai")(config=BackendConfig(name="openai"))
    assert isinstance(backend, OpenAIBackend) and backend.name == "openai"
    async with backend:
        completions = await backend.complete([request("first one"), request("second one")])
    assert [("first" in c.text, "second" in c.text) for c in completions] == [(True, False), (False, True)]


# ---------------------------------------------------------------- concurrency


@pytest.mark.asyncio
async def test_max_concurrency_is_respected(server: FaultServer) -> None:
    server.delay = 0.05
    async with make_backend(server.base_url, max_concurrency=3) as backend:
        completions = await asyncio.gather(*(backend.complete_one(request(f"topic{i} question"))
                                             for i in range(20)))
    assert len({c.text for c in completions}) == 20
    stats = server.stats()
    assert stats["chat"] == 20
    assert stats["peak_concurrency"] == 3


@pytest.mark.asyncio
async def test_concurrent_requests_with_faults_all_succeed(server: FaultServer) -> None:
    server.inject(["503", "disconnect", "429", "not_json", "500", "502"])
    async with make_backend(server.base_url, max_concurrency=4) as backend:
        completions = await asyncio.gather(*(backend.complete_one(request()) for _ in range(10)))
    assert all(c.text for c in completions)
    assert server.stats()["chat"] == 16


# ---------------------------------------------------------------- the fault server itself


def test_fault_server_http_controls(server: FaultServer) -> None:
    def call(path: str, body: Any = None) -> tuple[int, Any]:
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(f"http://127.0.0.1:{server.port}{path}", data=data,
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=5) as resp:
                return resp.status, json.loads(resp.read())
        except urllib.error.HTTPError as err:
            return err.code, json.loads(err.read())

    status, stats = call("/control", {"faults": ["503", "hang"], "persistent": None, "delay": 0.01})
    assert status == 200 and stats["pending"] == ["503", "hang"] and server.delay == 0.01
    status, error = call("/control", {"faults": ["418"]})
    assert status == 400 and "unknown faults" in error["error"]["message"]
    status, error = call("/v1/chat/completions", {"model": "test-model", "messages": []})
    assert status == 503
    expected = {**stats, "chat": 1, "faults": {"503": 1}, "pending": ["hang"], "peak_concurrency": 1,
                "last_request": {"model": "test-model", "messages": []}}
    assert call("/stats") == (200, expected)
    status, error = call("/control", {"reset": True})
    assert status == 200 and error["pending"] == [] and error["chat"] == 0


def test_fault_server_starts_and_stops_cleanly() -> None:
    threads = set(threading.enumerate())
    start = time.monotonic()
    with FaultServer() as srv:
        port = srv.port
        with pytest.raises(ValueError, match="unknown fault"):
            srv.inject(["418"])
    assert time.monotonic() - start < 1
    assert set(threading.enumerate()) == threads
    with socket.socket() as sock:  # the port is free again
        sock.bind(("127.0.0.1", port))
