"""Resume, exactly once: interrupted runs, torn records, changed plans, the lock, SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from consistentchat.backends.base import ChatRequest
from consistentchat.config import load_job_config
from consistentchat.errors import BackendFatalError, UserError
from consistentchat.paths import resource_dir
from consistentchat.generation.run import run
from consistentchat.store import DIALOGUES, FAILURES, REJECTS, SKELETONS, RunDirectory

from tests.helpers import (FAULT_SERVER_VALIDATION, FaultServer, ModelScript,
                           assert_exactly_once, cli, dataset_rows, error_lines, job,
                           line_count, plan_ids, popen_cli, read_jsonl, tree_digest,
                           write_yaml)


def item_of(request: ChatRequest) -> str:
    """The plan id a request belongs to (request ids are `<id>-<stage>-<attempt>`)."""
    return request.request_id.split("-")[0]


def stage_of(request: ChatRequest) -> str:
    return request.request_id.split("-")[1]


class CrashAfter:
    """An override that makes the backend fail for good at the n-th request (an outage)."""

    def __init__(self, n: int, when: Any = None) -> None:
        self.n, self.when, self.seen = n, when, 0

    def __call__(self, request: ChatRequest) -> Any:
        if self.when is not None and not self.when(request):
            return None
        self.seen += 1
        if self.seen >= self.n:
            raise BackendFatalError("simulated crash")
        return None


def interrupted_run(config: Any, crash_at: int, when: Any = None) -> ModelScript:
    """Run until the backend dies at request `crash_at`; returns the script that answered."""
    script = ModelScript(CrashAfter(crash_at, when))
    with pytest.raises(BackendFatalError):
        run(config, backend=script.backend())
    return script


def ids_in(path: Path) -> set[str]:
    return {r["id"] for r in read_jsonl(path)}


def test_resume_generates_only_missing_dialogues(tmp_path: Path) -> None:
    config = job(tmp_path / "out", n=8)
    planned = plan_ids(config)
    interrupted_run(config, crash_at=9)  # dies inside the 5th dialogue
    done = ids_in(config.out / DIALOGUES)
    assert 0 < len(done) < len(planned)

    script = ModelScript()
    backend = script.backend()
    result = run(config, backend=backend)

    requested = {item_of(r) for r in backend.requests}
    assert requested == set(planned) - done, "resume must request exactly the missing dialogues"
    assert not requested & done
    assert result.summary["resumed_done"] == len(done)
    assert result.summary["this_session"]["dialogues"] == len(planned) - len(done)
    assert_exactly_once(config.out, planned)

    # A third run of a finished job spends nothing and changes no id accounting.
    again = ModelScript().backend()
    result = run(config, backend=again)
    assert again.requests == []
    assert result.summary["resumed_done"] == len(planned)
    assert_exactly_once(config.out, planned)


def test_resume_keeps_accepted_skeletons(tmp_path: Path) -> None:
    config = job(tmp_path / "out", n=6)
    planned = plan_ids(config)
    # The backend dies on the 3rd response request: that dialogue's skeleton is already saved.
    interrupted_run(config, crash_at=3, when=lambda r: stage_of(r).startswith("response"))
    skeletons = {r["id"]: r for r in read_jsonl(config.out / SKELETONS)}
    done = ids_in(config.out / DIALOGUES)
    pending = set(skeletons) - done
    assert pending, "the crash should leave an accepted skeleton without its dialogue"

    backend = ModelScript().backend()
    result = run(config, backend=backend)

    skeleton_requests = {item_of(r) for r in backend.requests if stage_of(r) == "skeleton"}
    response_requests = {item_of(r) for r in backend.requests if stage_of(r) != "skeleton"}
    assert not skeleton_requests & pending, "a resumed dialogue paid for its skeleton again"
    assert skeleton_requests == set(planned) - done - pending
    assert response_requests == set(planned) - done
    assert result.summary["resumed_skeletons"] == len(pending)
    records = {r["id"]: r for r in read_jsonl(config.out / DIALOGUES)}
    for rid in pending:
        saved = skeletons[rid]
        assert records[rid]["skeleton"] == saved["skeleton"]
        user_turns = [m["content"] for m in records[rid]["messages"] if m["role"] == "user"]
        assert user_turns == [t["query"] for t in saved["skeleton"]]
        # The skeleton's cost from before the crash is still counted.
        assert records[rid]["usage"]["completion_tokens"] > saved["usage"]["completion_tokens"]
    assert_exactly_once(config.out, planned)


@pytest.mark.parametrize("cut", ["half", "no_newline"])
def test_torn_last_line_is_discarded(tmp_path: Path, cut: str) -> None:
    config = job(tmp_path / "out", n=6)
    planned = plan_ids(config)
    interrupted_run(config, crash_at=5)
    path = config.out / DIALOGUES
    complete = path.read_bytes()
    done = ids_in(path)
    victim = next(i for i in planned if i not in done)
    # The record being written when the process died: a dialogue nobody finished.
    fake = json.loads(complete.splitlines()[0])
    fake["id"] = victim
    fake["messages"] = [{"role": "user", "content": "TORN-WRITE marker text"}]
    line = json.dumps(fake).encode()
    torn = line[: len(line) // 2] if cut == "half" else line
    with path.open("ab") as fh:
        fh.write(torn)

    backend = ModelScript().backend()
    result = run(config, backend=backend)

    assert result.summary["torn_bytes_discarded"] == len(torn)
    assert victim in {item_of(r) for r in backend.requests}, "the torn dialogue must be redone"
    text = path.read_bytes()
    assert text.startswith(complete) and text.endswith(b"\n")
    assert b"TORN-WRITE" not in text
    for name in (REJECTS, FAILURES):
        assert "TORN-WRITE" not in ((config.out / name).read_text()
                                    if (config.out / name).exists() else "")
    assert "TORN-WRITE" not in json.dumps(dataset_rows(config.out))
    assert_exactly_once(config.out, planned)


def test_exactly_once_with_failures_rejects_and_restarts(tmp_path: Path) -> None:
    config = job(tmp_path / "out", n=12)
    planned = plan_ids(config)
    index = {rid: k for k, rid in enumerate(planned)}

    def flaky(request: ChatRequest) -> Any:
        k = index[item_of(request)]
        if k % 4 == 1 and stage_of(request) == "skeleton":
            return '{"turns": [ {"step": '  # malformed on every attempt: a recorded failure
        if k % 4 == 2 and stage_of(request) == "response":
            n = request.json_schema["properties"]["answers"]["minItems"]
            # Valid JSON, but answers too short for the structure validator: a reject.
            return json.dumps({"thinking": "", "answers": [f"Fine {k}." for k in range(n)]})
        return None

    crash = CrashAfter(14)
    script = ModelScript(lambda r: crash(r) or flaky(r))
    with pytest.raises(BackendFatalError):
        run(config, backend=script.backend())
    for _ in range(2):  # finish, then re-run the finished job
        result = run(config, backend=ModelScript(flaky).backend())
    ids = assert_exactly_once(config.out, planned)
    failures = read_jsonl(config.out / FAILURES)
    rejects = read_jsonl(config.out / REJECTS)
    accepted = dataset_rows(config.out)
    assert {r["id"] for r in failures} == {i for i in planned if index[i] % 4 == 1}
    assert {r["id"] for r in rejects} == {i for i in planned if index[i] % 4 == 2}
    assert len(accepted) == len(planned) // 2
    assert all(f["reason"] and f["stage"] == "skeleton" and len(f["raw_outputs"]) == 3
               for f in failures)
    assert all(r["reasons"] and "structure" in r["rejected_by"] for r in rejects)
    assert result.summary["failed"] + result.summary["accepted"] + \
        result.summary["validation"]["rejected"] == len(ids) == len(planned)


def test_growing_num_dialogues_resumes(tmp_path: Path) -> None:
    small = job(tmp_path / "out", n=4)
    run(small, backend=ModelScript().backend())
    big = job(tmp_path / "out", n=7)
    backend = ModelScript().backend()
    run(big, backend=backend)
    assert {item_of(r) for r in backend.requests} == set(plan_ids(big)) - set(plan_ids(small))
    assert_exactly_once(big.out, plan_ids(big))


def _changed_prompts(tmp_path: Path) -> Path:
    folder = tmp_path / "prompts"
    folder.mkdir()
    source = (resource_dir("prompts") / "skeleton_system.j2").read_text()
    (folder / "skeleton_system.j2").write_text(source + "\nKeep every message short.\n")
    return folder


@pytest.mark.parametrize("change", ["seed", "model", "template", "turns"])
def test_changed_plan_is_refused_unless_forced(tmp_path: Path, change: str) -> None:
    out = tmp_path / "out"
    run(job(out, n=3), backend=ModelScript().backend())
    before = tree_digest(out)
    model = "mock-model"
    if change == "seed":
        config, setting = job(out, n=3, seed=7), "seed"
    elif change == "model":
        config, setting, model = job(out, n=3), "model", "another-model"
    elif change == "template":
        config = job(out, n=3, prompts_dir=str(_changed_prompts(tmp_path)))
        setting = "templates.skeleton_system.j2"
    else:
        config = job(out, n=3, generation={"turns": {"min": 2, "max": 3}})
        setting = "generation.turns"

    backend = ModelScript().backend(model)
    with pytest.raises(UserError) as err:
        run(config, backend=backend)
    message = str(err.value)
    assert "\n" not in message and "different plan" in message and "--force" in message
    assert message.split("different plan: ")[1].startswith(setting), message
    assert backend.requests == [], "a refused run must not spend tokens"
    assert tree_digest(out) == before, "a refused run must leave the output untouched"

    result = run(config, backend=ModelScript().backend(model), force=True)
    assert result.summary["planned"] == 3
    assert_exactly_once(out, plan_ids(config))
    assert json.loads((out / "run.json").read_text())["model"] == model


def test_changed_plan_refused_on_the_command_line(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(job(out, n=2), backend=ModelScript().backend())
    before = tree_digest(out)
    proc = cli("generate", "--backend", "mock", "--out", str(out), "-n", "2", "--seed", "5",
               "--no-progress", cwd=tmp_path)
    lines = error_lines(proc.stderr)
    assert proc.returncode == 2, proc.stderr
    assert len(lines) == 1 and "Traceback" not in proc.stderr + proc.stdout
    assert "different plan: seed (0 -> 5)" in lines[0] and "--force" in lines[0]
    assert tree_digest(out) == before


def test_second_process_is_refused_by_the_lock(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(job(out, n=2), backend=ModelScript().backend())
    before = tree_digest(out)
    with RunDirectory(out):  # this test process holds the run, as a running generate would
        proc = cli("generate", "--backend", "mock", "--out", str(out), "-n", "2",
                   "--no-progress", cwd=tmp_path)
    lines = error_lines(proc.stderr)
    assert proc.returncode != 0
    assert len(lines) == 1, proc.stderr
    assert "in use by another consistentchat process" in lines[0] and str(out) in lines[0]
    assert "Traceback" not in proc.stderr + proc.stdout
    assert tree_digest(out) == before


# ---------------------------------------------------------------- SIGKILL mid-run


def _served_job(tmp_path: Path, srv: FaultServer, out: Path, **over: Any) -> Path:
    """A job YAML on the fault server, three dialogues in flight."""
    return write_yaml(tmp_path / "job.yaml", {
        "out": str(out), "backend": {"name": "openai", "base_url": srv.base_url,
                                     "max_concurrency": 3, "timeout": 30, "max_retries": 2},
        **over})


def _kill_after(command: tuple[str, ...], cwd: Path, path: Path, lines: int, sig: int
                ) -> tuple[subprocess.Popen[str], str]:
    """Start `consistentchat COMMAND`, send `sig` once `path` has `lines` lines; returns the
    finished process and its stderr."""
    proc = popen_cli(*command, cwd=cwd)
    try:
        _wait_for_lines(path, lines, proc)
        os.kill(proc.pid, sig)
        _, stderr = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    return proc, stderr


def _wait_for_lines(path: Path, n: int, proc: subprocess.Popen[str], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while line_count(path) < n:
        if proc.poll() is not None:
            raise AssertionError(f"generate ended early ({proc.returncode}): {proc.stderr.read()}")
        if time.monotonic() > deadline:
            raise AssertionError(f"{path} did not reach {n} lines in {timeout}s")
        time.sleep(0.02)


@pytest.mark.parametrize("sig,n", [(signal.SIGKILL, 30), (signal.SIGINT, 16),
                                   (signal.SIGTERM, 16)], ids=["SIGKILL", "SIGINT", "SIGTERM"])
def test_killed_mid_run_then_resumed_exactly_once(tmp_path: Path, sig: int, n: int) -> None:
    """`kill -9` (no clean-up at all) or Ctrl-C mid-run; the same command then finishes the job."""
    out = tmp_path / "out"
    with FaultServer() as srv:
        srv.delay = 0.25  # each answer takes a while: the run is still going when it is killed
        config_path = _served_job(tmp_path, srv, out, num_dialogues=n, seed=3,
                                  validation=FAULT_SERVER_VALIDATION)
        planned = plan_ids(load_job_config(config_path))
        command = ("generate", "--config", str(config_path), "--no-progress")
        proc, stderr = _kill_after(command, tmp_path, out / DIALOGUES, 5, sig)
        if sig == signal.SIGKILL:
            assert proc.returncode == -signal.SIGKILL
        else:  # Ctrl-C or SIGTERM: one line saying how to resume, the conventional exit code
            word, code = ("interrupted", 130) if sig == signal.SIGINT else ("terminated", 143)
            assert proc.returncode == code, stderr
            assert error_lines(stderr) == [
                f"{word}: finished dialogues are saved; run the same command again to resume"]
        # Whatever the kill cut off, only complete lines count as done.
        done = {json.loads(line)["id"] for line in (out / DIALOGUES).read_bytes().splitlines(True)
                if line.endswith(b"\n")}
        skeletons = {json.loads(line)["id"] for line in (out / SKELETONS).read_bytes()
                     .splitlines(True) if line.endswith(b"\n")}
        assert 5 <= len(done) < len(planned)
        # Simulate the kill landing mid-write as well: a half-written record at the end.
        with (out / DIALOGUES).open("ab") as fh:
            fh.write(b'{"id": "' + next(i for i in planned if i not in done).encode() + b'", "mess')

        srv.reset()  # counters from zero, no delay
        second = cli(*command, cwd=tmp_path, timeout=120)
        assert second.returncode == 0, second.stderr
        stats = srv.stats()

    assert_exactly_once(out, planned)
    resumed_skeletons = skeletons - done
    expected = len(set(planned) - done - resumed_skeletons) + len(set(planned) - done)
    assert stats["chat"] == expected, (stats, len(done), len(resumed_skeletons))
    summary = json.loads((out / "summary.json").read_text())
    assert summary["resumed_done"] == len(done)
    assert summary["torn_bytes_discarded"] > 0


def test_killed_while_resampling_then_resumed_exactly_once(tmp_path: Path) -> None:
    """`kill -9` while rejected dialogues are being re-sampled; the resumed run ends every id
    exactly once, each rejected one with all its attempts' reasons."""
    out = tmp_path / "out"
    with FaultServer() as srv:
        srv.delay = 0.2
        validation = {**FAULT_SERVER_VALIDATION, "resample_on_reject": 2,
                      # a validator that rejects every dialogue: each is re-sampled twice
                      "placeholder": {"extra_patterns": ["[a-z]"]}}
        config_path = _served_job(tmp_path, srv, out, num_dialogues=12, seed=5, products=False,
                                  validation=validation)
        planned = plan_ids(load_job_config(config_path))
        command = ("generate", "--config", str(config_path), "--no-progress")
        _kill_after(command, tmp_path, out / DIALOGUES, 2, signal.SIGKILL)
        done = {json.loads(line)["id"] for line in (out / DIALOGUES).read_bytes().splitlines(True)
                if line.endswith(b"\n")}
        assert 2 <= len(done) < len(planned)
        srv.reset()
        second = cli(*command, cwd=tmp_path, timeout=240)
        assert second.returncode == 0, second.stderr
    assert_exactly_once(out, planned)
    rejects = read_jsonl(out / REJECTS)
    assert {r["id"] for r in rejects} | {
        r["id"] for r in read_jsonl(out / FAILURES)} == set(planned)
    for record in rejects:
        assert "placeholder" in record["rejected_by"]
        assert len(record["rejected_attempts"]) == 2
