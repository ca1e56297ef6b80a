"""Whole runs against a flaky OpenAI-compatible server: every planned dialogue is accounted for."""

from __future__ import annotations

import json
import socket
import time
from pathlib import Path
from typing import Any, Iterator

import pytest

from consistentchat.backends.openai_backend import OpenAIBackend
from consistentchat.config import JobConfig, load_job_config
from consistentchat.generation.run import arun, run
from consistentchat.store import DIALOGUES, FAILURES, MANIFEST

from tests.helpers import (FAULT_SERVER_VALIDATION, FaultServer, assert_exactly_once, cli,
                           dataset_rows, error_lines, plan_ids, read_jsonl, tree_digest,
                           write_yaml)

# Every fault the issue lists: HTTP errors, rate limits with and without Retry-After, a hang
# past the timeout, a dropped connection, non-JSON and malformed bodies, a truncated answer and
# JSON that breaks the requested schema.
ALL_FAULTS = ["500", "502", "503", "429", "429_retry_after", "hang", "disconnect", "not_json",
              "bad_json", "not_completion", "truncated", "bad_schema"]


@pytest.fixture(scope="module")
def shared_server() -> Iterator[FaultServer]:
    with FaultServer(hang_seconds=5.0) as srv:
        yield srv


def config_for(srv: FaultServer, out: Path, n: int, *, concurrency: int = 4, retries: int = 2,
               attempts: int = 3, timeout: float = 1.0, **extra: Any) -> JobConfig:
    return JobConfig.model_validate({
        "num_dialogues": n, "out": str(out), "seed": 1,
        "backend": {"name": "openai", "base_url": srv.base_url, "max_concurrency": concurrency,
                    "max_retries": retries, "timeout": timeout},
        "generation": {"max_attempts": attempts},
        "validation": FAULT_SERVER_VALIDATION, **extra,
    })


def fast_backend(config: JobConfig, initial: float = 0.01) -> OpenAIBackend:
    """The run's backend with short backoff (the waits are what other tests measure)."""
    return OpenAIBackend(config.backend, backoff_initial=initial, backoff_max=initial * 5)


def test_every_fault_kind_mixed_into_a_run(server: FaultServer, tmp_path: Path) -> None:
    config = config_for(server, tmp_path / "out", n=12)
    planned = plan_ids(config)
    server.inject(ALL_FAULTS + list(reversed(ALL_FAULTS)))

    result = run(config, backend=fast_backend(config))

    stats = server.stats()
    assert stats["pending"] == [], "every injected fault was served"
    assert stats["faults"] == {f: 2 for f in ALL_FAULTS}
    ids = assert_exactly_once(config.out, planned)
    summary = result.summary
    assert summary["failed"] + summary["accepted"] + summary["validation"]["rejected"] == len(ids)
    for failure in read_jsonl(config.out / FAILURES):
        assert failure["reason"] and failure["stage"] in ("skeleton", "response")
    # Retries absorb the transient faults: the dataset is not empty and holds no fault bodies.
    rows = dataset_rows(config.out)
    assert rows
    text = json.dumps(rows)
    assert "Bad Gateway" not in text and "Internal Server Error" not in text
    assert "not a chat completion" not in text


def test_schema_and_truncation_faults_exhaust_attempts_into_failures(
        server: FaultServer, tmp_path: Path) -> None:
    config = config_for(server, tmp_path / "out", n=2, concurrency=1, attempts=2)
    planned = plan_ids(config)
    server.inject(["truncated", "bad_schema"])  # both skeleton attempts of the first dialogue

    run(config, backend=fast_backend(config))

    assert_exactly_once(config.out, planned)
    (failure,) = read_jsonl(config.out / FAILURES)
    assert failure["id"] == planned[0] and failure["stage"] == "skeleton"
    assert failure["attempts"] == 2 and len(failure["raw_outputs"]) == 2
    assert "attempt 1: output truncated" in failure["reason"]
    assert "attempt 2: expected" in failure["reason"]  # one query too many for the schema
    truncated, broken = failure["raw_outputs"]
    assert truncated and broken, "the raw model outputs are kept with the failure"
    with pytest.raises(json.JSONDecodeError):
        json.loads(truncated)
    assert isinstance(json.loads(broken)["turns"], list)
    assert server.stats()["chat"] == 2 + 2  # two failed attempts, then one good dialogue


def test_retry_after_is_honoured_and_errors_back_off(server: FaultServer, tmp_path: Path) -> None:
    def generation_seconds(faults: list[str], initial: float) -> float:
        server.reset()
        server.inject(faults)
        config = config_for(server, tmp_path / f"out{len(faults)}{faults[0]}", n=1,
                            concurrency=1, retries=4)
        result = run(config, backend=fast_backend(config, initial))
        assert result.summary["generated"] == 1
        assert server.stats()["chat"] == len(faults) + 2
        return result.summary["this_session"]["elapsed_s"]

    # Retry-After: 1 (seconds) beats a 10 ms backoff; a plain 429 retries at once.
    honoured = generation_seconds(["429_retry_after"], 0.01)
    assert honoured >= 1.0
    assert generation_seconds(["429"], 0.01) < honoured - 0.5
    # Without Retry-After the waits grow: 0.2 + 0.4 + 0.8 s (plus jitter) for three 503s.
    assert generation_seconds(["503", "503", "503"], 0.2) >= 1.4


async def test_persistent_errors_are_given_up_after_bounded_tries(server: FaultServer,
                                                                  tmp_path: Path) -> None:
    config = config_for(server, tmp_path / "out", n=2, concurrency=1, retries=1, attempts=2)
    planned = plan_ids(config)
    backend = fast_backend(config)
    await backend.start()  # the server is healthy at start-up, then fails every chat request
    server.set_persistent("500")
    result = await arun(config, backend=backend)

    # 2 dialogues x 2 skeleton attempts x 2 tries each, then each dialogue is a failure.
    assert server.stats()["chat"] == 8
    assert result.summary["failed"] == 2 and result.summary["accepted"] == 0
    assert_exactly_once(config.out, planned)
    for failure in read_jsonl(config.out / FAILURES):
        # No attempt got model output: a backend failure, not a model failure.
        assert failure["stage"] == "backend" and failure["attempts"] == 2
        assert "request failed: HTTP 500 after 2 tries" in failure["reason"]
        assert failure["raw_outputs"] == ["", ""], "no model output, so none is kept"

    # Once the server recovers, resuming retries the backend failures (model failures are final).
    server.reset()
    before = server.stats()["chat"]
    resumed = await arun(config, backend=fast_backend(config))
    assert server.stats()["chat"] - before >= 4  # skeleton + response for both dialogues
    assert resumed.summary["failed"] == 0 and resumed.summary["generated"] == 2
    assert_exactly_once(config.out, planned)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_server_down_for_good_stops_clearly_then_resumes(tmp_path: Path) -> None:
    port = _free_port()
    out = tmp_path / "out"
    srv = FaultServer(port=port)
    config_path = write_yaml(tmp_path / "job.yaml", {
        "seed": 2, "out": str(out),
        "backend": {"name": "openai", "base_url": srv.base_url, "max_retries": 1, "timeout": 5},
        "validation": FAULT_SERVER_VALIDATION,
    })

    def generate(n: int) -> Any:
        return cli("generate", "--config", str(config_path), "-n", str(n), "--no-progress",
                   cwd=tmp_path, timeout=90)

    with srv:  # a first run (in this process, to save a start-up) while the server is up
        run(load_job_config(config_path, {"num_dialogues": 3}))
    before = tree_digest(out)

    started = time.monotonic()
    down = generate(6)  # nothing listens on the port now
    elapsed = time.monotonic() - started
    lines = error_lines(down.stderr)
    assert down.returncode not in (0, 1), down.stderr  # a handled error, not a crash
    assert len(lines) == 1, down.stderr
    assert "cannot reach" in lines[0] and f"127.0.0.1:{port}" in lines[0]
    assert "Traceback" not in down.stderr + down.stdout
    assert elapsed < 60, "retrying a dead endpoint must be bounded"
    assert tree_digest(out) == before, "a run that cannot start leaves the output as it was"

    srv.reset()  # count only what the resumed run asks for
    with srv:  # the server is back on the same URL: the same command resumes and completes
        again = generate(6)
        assert again.returncode == 0, again.stderr
        stats = srv.stats()
    planned = plan_ids(load_job_config(config_path, {"num_dialogues": 6}))
    done_first = set(plan_ids(load_job_config(config_path, {"num_dialogues": 3})))
    assert stats["chat"] == 2 * len(set(planned) - done_first), "only the new dialogues are asked"
    assert_exactly_once(out, planned)
    assert json.loads((out / MANIFEST).read_text())["num_dialogues"] == 6
    assert len(read_jsonl(out / DIALOGUES)) == 6
