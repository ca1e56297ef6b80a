"""The `ray` executor on a local Ray instance (2 CPUs, no dashboard): replicas with the OpenAI
backend against the project's test server, a replica killed mid-run, and the same results as
a local run. The in-process vLLM replica is in test_e2e_ray.py."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path
from typing import Any

import pytest

from consistentchat.config import JobConfig, load_job_config
from consistentchat.errors import UserError
from consistentchat.generation.run import run
from consistentchat.store.run_dir import DIALOGUES
from tests.fault_server import FaultServer
from tests.helpers import (FAULT_SERVER_VALIDATION, ModelScript, assert_exactly_once, cli,
                           dataset_rows, line_count, plan_ids, popen_cli, read_jsonl, write_yaml)

ray = pytest.importorskip("ray", reason="the [ray] extra is part of `make test`")


@pytest.fixture(scope="module")
def local_ray() -> Any:
    """One local Ray instance for the module's in-process runs (the CLI runs start their own)."""
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ray
    ray.shutdown()


def _job(srv: FaultServer, out: Path, executor: dict[str, Any], n: int = 24, **over: Any) -> JobConfig:
    return JobConfig.model_validate({
        "num_dialogues": n, "out": str(out), "seed": 0, "products": False,
        "backend": {"name": "openai", "base_url": srv.base_url, "api_key": "test",
                    "max_concurrency": 3},
        "validation": FAULT_SERVER_VALIDATION, "executor": executor, **over})


def test_two_replicas_finish_in_clearly_less_time_than_one(local_ray: Any, tmp_path: Path) -> None:
    """Latency-bound server (0.5 s an answer), 3 dialogues in flight per replica."""
    elapsed = {}
    with FaultServer() as srv:
        srv.delay = 0.5
        for replicas in (1, 2):
            config = _job(srv, tmp_path / f"r{replicas}",
                          {"name": "ray", "replicas": replicas, "cpus_per_replica": 0.5})
            result = run(config)
            session = result.summary["this_session"]
            assert session["executor"] == {"name": "ray", "replicas": replicas,
                                           "concurrency_per_replica": [3] * replicas}
            assert session["max_concurrency"] == 3 * replicas
            assert_exactly_once(result.out, plan_ids(config))
            elapsed[replicas] = session["elapsed_s"]
    ratio = elapsed[2] / elapsed[1]
    print(f"ray replicas: 1 -> {elapsed[1]:.2f} s, 2 -> {elapsed[2]:.2f} s, ratio {ratio:.2f}")
    assert ratio < 0.75, elapsed


def test_a_ray_run_and_a_local_run_give_the_same_dataset(local_ray: Any, tmp_path: Path) -> None:
    """Same config and seed: the same plan ids, columns and planned fields of every row."""
    rows = {}
    with FaultServer() as srv:
        for name in ("local", "ray"):
            config = _job(srv, tmp_path / name, {"name": name, "replicas": 2,
                                                 "cpus_per_replica": 0.5}, n=8)
            result = run(config)
            assert_exactly_once(result.out, plan_ids(config))
            rows[name] = sorted(dataset_rows(result.out), key=lambda r: r["id"])
    assert rows["local"], "the fault server's dialogues pass these validators"
    assert [list(r) for r in rows["ray"]] == [list(r) for r in rows["local"]]
    assert [r["id"] for r in rows["ray"]] == [r["id"] for r in rows["local"]]
    planned = ("intent", "scenario", "flow", "flow_steps", "num_turns", "seed", "sample_index",
               "model", "sampling", "prompt_hashes", "response_mode")
    assert [{k: r[k] for k in planned} for r in rows["ray"]] == \
        [{k: r[k] for k in planned} for r in rows["local"]]


def test_a_backend_given_in_code_needs_the_local_executor(tmp_path: Path) -> None:
    config = JobConfig.model_validate({"out": str(tmp_path / "x"), "executor": {"name": "ray"}})
    with pytest.raises(UserError, match="only with the local executor"):
        run(config, backend=ModelScript().backend())
    assert not (tmp_path / "x").exists()


def test_unknown_executor_is_one_line(tmp_path: Path) -> None:
    done = cli("generate", "--out", str(tmp_path / "x"), "--executor", "slurm", "-n", "2")
    assert done.returncode != 0
    assert done.stderr.strip().splitlines() == [
        "error: unknown executor 'slurm' (known: local, ray)"], done.stderr
    assert not (tmp_path / "x").exists()


def _replica_pids() -> list[int]:
    """Processes of Ray actors of class Replica (Ray names them `ray::Replica...`)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if cmdline.startswith(b"ray::Replica"):
                pids.append(int(entry.name))
    return pids


@pytest.mark.parametrize("restarts", [3, 0], ids=["restarted-by-ray", "run-stops"])
def test_a_replica_killed_mid_run_then_rerun_gives_every_id_once(tmp_path: Path,
                                                                  restarts: int) -> None:
    """SIGKILL one replica mid-run. With restarts left, Ray restarts it and re-runs its
    in-flight dialogues; with none, the run stops with one line, keeping what is finished.
    Either way the same command then completes the job: every planned id exactly once."""
    out = tmp_path / "out"
    with FaultServer() as srv:
        srv.delay = 0.3
        config_path = write_yaml(tmp_path / "job.yaml", {
            "out": str(out), "num_dialogues": 24, "seed": 5, "products": False,
            "backend": {"name": "openai", "base_url": srv.base_url, "api_key": "test",
                        "max_concurrency": 3, "timeout": 30, "max_retries": 2},
            "validation": FAULT_SERVER_VALIDATION,
            "executor": {"name": "ray", "replicas": 2, "cpus_per_replica": 0.5,
                         "max_replica_restarts": restarts}})
        planned = plan_ids(load_job_config(config_path))
        command = ("generate", "--config", str(config_path), "--no-progress")
        proc = popen_cli(*command, cwd=tmp_path)
        try:
            deadline = time.monotonic() + 120
            while line_count(out / DIALOGUES) < 4:
                assert proc.poll() is None, proc.communicate()[1]
                assert time.monotonic() < deadline, "no dialogue recorded in 120 s"
                time.sleep(0.05)
            pids = _replica_pids()
            assert len(pids) == 2, pids
            os.kill(pids[0], signal.SIGKILL)
            _, stderr = proc.communicate(timeout=180)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
        first_done = line_count(out / DIALOGUES)
        if restarts:
            assert proc.returncode == 0, stderr
        else:
            assert proc.returncode != 0
            lines = [line for line in stderr.splitlines() if line.startswith("error:")]
            assert len(lines) == 1 and "Ray replica died" in lines[0], stderr
            assert "Traceback" not in stderr
            assert 4 <= first_done < len(planned)
        again = cli(*command, cwd=tmp_path, timeout=240)
        assert again.returncode == 0, again.stderr
    assert_exactly_once(out, planned)
    summary = json.loads((out / "summary.json").read_text())
    assert summary["resumed_done"] == first_done
    assert len({r["id"] for r in read_jsonl(out / DIALOGUES)}) == len(read_jsonl(out / DIALOGUES))
