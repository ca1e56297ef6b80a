"""`generate --out s3://...` through the CLI, against moto's S3 server and the fault server:
the objects, the dataset read back from S3, resume without the local mirror, SIGKILL, errors."""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import time
import uuid
from pathlib import Path
from typing import Any, Iterator

import pytest

from consistentchat.config import load_job_config
from consistentchat.store import DATASET_DIR, DIALOGUES, FAILURES, PARQUET, REJECTS
from consistentchat.store.remote.fs import MIRROR_ENV, Remote, mirror_dir
from consistentchat.store.remote.segments import SegmentStore, segment_key
from consistentchat.store.remote.writer import SECONDS_ENV

from tests.helpers import (FAULT_SERVER_VALIDATION, FaultServer, assert_exactly_once, cli,
                           dataset_rows, error_lines, plan_ids, popen_cli, read_jsonl, write_yaml)

pytest.importorskip("s3fs")
pytest.importorskip("moto")


@pytest.fixture(scope="module")
def moto_endpoint() -> Iterator[str]:
    """moto's S3-compatible HTTP server on 127.0.0.1, for the whole module."""
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def bucket(moto_endpoint: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A new bucket; dummy credentials and the endpoint in the environment (children inherit
    it), local mirrors under tmp_path."""
    for key, value in {"AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test",
                       "AWS_DEFAULT_REGION": "us-east-1", "AWS_ENDPOINT_URL": moto_endpoint,
                       MIRROR_ENV: str(tmp_path / "mirrors")}.items():
        monkeypatch.setenv(key, value)
    for key in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_CONFIG_FILE"):
        monkeypatch.delenv(key, raising=False)
    name = f"bkt-{uuid.uuid4().hex[:8]}"
    Remote.open(f"s3://{name}/x").fs.mkdir(name)
    return name


@pytest.fixture(scope="module")
def shared_server() -> Iterator[FaultServer]:
    with FaultServer() as srv:
        yield srv


def served_job(tmp_path: Path, srv: FaultServer, out: str, **over: Any) -> Path:
    data = {"out": out, "seed": 3, "validation": FAULT_SERVER_VALIDATION,
            "backend": {"name": "openai", "base_url": srv.base_url, "max_concurrency": 3,
                        "timeout": 30, "max_retries": 2}, **over}
    return write_yaml(tmp_path / f"job-{uuid.uuid4().hex[:6]}.yaml", data)


def download(url: str, dest: Path) -> Path:
    """The remote run as a local run folder: its outputs, and dialogues.jsonl from the live
    segments (so the usual exactly-once helper reads it)."""
    remote = Remote.open(url)
    remote.fs.get(remote.root + "/", str(dest), recursive=True)
    store = SegmentStore(remote)
    with (dest / DIALOGUES).open("wb") as out:
        for segment in store.committed():
            out.writelines(store.lines(segment, "dialogues"))
    return dest


def test_generate_to_s3_matches_a_local_run(bucket: str, server: FaultServer,
                                            tmp_path: Path) -> None:
    url = f"s3://{bucket}/runs/first"
    config = served_job(tmp_path, server, url, num_dialogues=5)
    done = cli("generate", "--config", str(config), "--no-progress", cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"dataset: {url}/dataset" in done.stdout
    local = tmp_path / "local"
    local_config = served_job(tmp_path, server, str(local), num_dialogues=5, products=False)
    assert cli("generate", "--config", str(local_config), "--no-progress", cwd=tmp_path,
               timeout=300).returncode == 0

    fs = Remote.open(url).fs
    names = {p.split("/runs/first/", 1)[1] for p in fs.find(f"{bucket}/runs/first")}
    for name in ("run.json", "summary.json", PARQUET, REJECTS, FAILURES, "viewer.html",
                 f"{DATASET_DIR}/state.json", f"{DATASET_DIR}/README.md"):
        assert name in names, sorted(names)
    assert "lease.json" not in names and not any(n.startswith(DIALOGUES) for n in names)
    assert len(SegmentStore(Remote.open(url)).committed()) == 1  # compacted at the end

    import datasets
    import pyarrow.parquet as pq

    from_s3 = datasets.load_from_disk(f"{url}/{DATASET_DIR}")
    with fs.open(f"{bucket}/runs/first/{PARQUET}", "rb") as fh:
        parquet = pq.read_table(fh)
    expected = dataset_rows(local)
    assert from_s3.column_names == list(expected[0]) == parquet.column_names
    assert sorted(from_s3["id"]) == sorted(r["id"] for r in expected) == sorted(
        parquet.column("id").to_pylist())
    assert_exactly_once(download(url, tmp_path / "copy"), plan_ids(load_job_config(config)))


def test_resume_without_the_local_mirror_generates_only_new_dialogues(
        bucket: str, server: FaultServer, tmp_path: Path) -> None:
    url = f"s3://{bucket}/grow"
    small = served_job(tmp_path, server, url, num_dialogues=4, products=False)
    assert cli("generate", "--config", str(small), "--no-progress", cwd=tmp_path,
               timeout=300).returncode == 0
    shutil.rmtree(mirror_dir(url))
    server.reset()
    big = served_job(tmp_path, server, url, num_dialogues=7, products=False)
    done = cli("generate", "--config", str(big), "--no-progress", cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr
    # Two requests (skeleton, responses) per new dialogue, none for the four already made.
    assert server.stats()["chat"] == 2 * 3
    copy = download(url, tmp_path / "copy")
    assert_exactly_once(copy, plan_ids(load_job_config(big)))
    assert len(read_jsonl(copy / DIALOGUES)) == 7


def test_killed_mid_run_then_resumed_exactly_once(bucket: str, server: FaultServer,
                                                  tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """`kill -9` while segments are being committed (and a batch left half-written); the same
    command then finishes with every planned id once."""
    url = f"s3://{bucket}/killed"
    monkeypatch.setenv(SECONDS_ENV, "0.3")
    server.delay = 0.4  # each answer takes a while: the run is still going when it is killed
    config = served_job(tmp_path, server, url, num_dialogues=30, products=False)
    planned = plan_ids(load_job_config(config))
    command = ("generate", "--config", str(config), "--no-progress")
    store = SegmentStore(Remote.open(url))
    proc = popen_cli(*command, cwd=tmp_path)
    try:
        deadline = time.monotonic() + 120
        while sum(s.parts.get("dialogues", {}).get("records", 0)
                  for s in store.committed()) < 4:
            assert proc.poll() is None, proc.communicate()[1]
            assert time.monotonic() < deadline, "no dialogues were committed"
            time.sleep(0.1)
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == -signal.SIGKILL
    done = {r["id"] for r in read_jsonl(download(url, tmp_path / "before") / DIALOGUES)}
    assert 4 <= len(done) < len(planned)
    # A batch the kill cut short: its part is there, its marker is not.
    victim = next(i for i in planned if i not in done)
    orphan = store.remote.path("records", "dialogues",
                               f"{segment_key(9 * 10**12, 'dead', 1)}.jsonl")
    store.remote.fs.pipe_file(orphan, b'{"id": "%s", "messages": []}\n' % victim.encode())

    server.reset()
    again = cli(*command, cwd=tmp_path, timeout=300)
    assert again.returncode == 0, again.stderr
    assert not store.remote.fs.exists(orphan)
    copy = download(url, tmp_path / "after")
    assert_exactly_once(copy, planned)
    # Nothing committed was asked for again; the orphan's record was not taken for the victim.
    assert server.stats()["chat"] <= 2 * (len(planned) - len(done))
    assert json.loads((copy / "summary.json").read_text())["resumed_done"] == len(done)
    assert all(r["messages"] for r in read_jsonl(copy / DIALOGUES) if r["id"] == victim)


UNREACHABLE = {"AWS_ENDPOINT_URL": "http://127.0.0.1:9", "AWS_MAX_ATTEMPTS": "1"}


@pytest.mark.parametrize("out,words,env", [
    ("s3://{bucket}-missing/run", "bucket {bucket}-missing does not exist", {}),
    ("s3://{bucket}/run", "cannot reach the storage: EndpointConnectionError", UNREACHABLE),
    ("nosuch://{bucket}/run", "unknown storage scheme nosuch://", {}),
    ("s3://", "names no bucket", {}),
], ids=["missing-bucket", "unreachable", "unknown-scheme", "no-bucket"])
def test_bad_output_urls_are_one_line_errors(bucket: str, tmp_path: Path, out: str, words: str,
                                             env: dict[str, str]) -> None:
    proc = cli("generate", "--backend", "mock", "-n", "2", "--out", out.format(bucket=bucket),
               "--no-progress", cwd=tmp_path, timeout=120, env=env)
    lines = error_lines(proc.stderr)
    assert proc.returncode == 2, proc.stderr
    assert len(lines) == 1 and words.format(bucket=bucket) in lines[0], proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    assert not (tmp_path / "mirrors").exists() or not any((tmp_path / "mirrors").iterdir())


def test_a_ray_run_writes_to_s3_and_resumes(bucket: str, server: FaultServer,
                                           tmp_path: Path) -> None:
    """The Ray executor with S3 output: the driver is the one writer of the record, so the
    replicas need no access to the bucket; grown without the mirror, only new ids are made."""
    pytest.importorskip("ray")
    url = f"s3://{bucket}/ray"
    executor = {"name": "ray", "replicas": 2, "cpus_per_replica": 0.5}
    small = served_job(tmp_path, server, url, num_dialogues=4, products=False, executor=executor)
    done = cli("generate", "--config", str(small), "--no-progress", cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr
    shutil.rmtree(mirror_dir(url))
    server.reset()
    big = served_job(tmp_path, server, url, num_dialogues=6, products=False, executor=executor)
    done = cli("generate", "--config", str(big), "--no-progress", cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr
    assert server.stats()["chat"] == 2 * 2
    copy = download(url, tmp_path / "copy")
    assert_exactly_once(copy, plan_ids(load_job_config(big)))
    summary = json.loads((copy / "summary.json").read_text())
    assert summary["this_session"]["executor"]["replicas"] == 2
    assert summary["resumed_done"] == 4
