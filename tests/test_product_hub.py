"""`push_run` against a local stub of the Hub's HTTP API (tests/hub_stub.py)."""

from __future__ import annotations

import fnmatch
import io
import json
from pathlib import Path
from typing import Iterator

import pyarrow.parquet as pq
import pytest
import yaml

from consistentchat.errors import UserError
from consistentchat.product.hub import PARQUET_IN_REPO, push_run
from tests.hub_stub import HubStub
from tests.product_fixtures import SECRET_KEY, build_records, build_run

TOKEN = "hf_stubTOKENforTESTS0123456789abcd"


@pytest.fixture(scope="module")
def hub_server() -> Iterator[HubStub]:
    stub = HubStub().start()
    yield stub
    stub.stop()


@pytest.fixture
def hub(hub_server: HubStub, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[HubStub]:
    hub_server.reset()
    monkeypatch.setenv("HF_ENDPOINT", hub_server.url)
    monkeypatch.delenv("HF_TOKEN", raising=False)
    monkeypatch.delenv("HUGGING_FACE_HUB_TOKEN", raising=False)
    monkeypatch.setenv("HF_HUB_DISABLE_TELEMETRY", "1")
    yield hub_server


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_run(tmp_path_factory.mktemp("hub") / "run", plant_secrets=True)


def _tree(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _front_matter(readme: bytes) -> dict:
    text = readme.decode()
    assert text.startswith("---\n")
    return yaml.safe_load(text[4:text.index("\n---", 4)])


def test_push_uploads_card_parquet_and_plots_in_one_commit(hub: HubStub, run_dir: Path,
                                                          capsys: pytest.CaptureFixture) -> None:
    result = push_run(run_dir, "alice/chat-data", private=True, token=TOKEN)

    assert result.repo_id == "alice/chat-data"
    assert len(hub.state.commits) == 1, "one commit for everything"
    assert hub.state.repos["alice/chat-data"]["visibility"] == "private"
    files = hub.state.files[("alice/chat-data", "main")]
    assert set(files) == {"README.md", PARQUET_IN_REPO, "plots/turns.png", "plots/lengths.png",
                          "plots/yield.png", "plots/judge.png"}
    assert result.files == sorted(files)
    table = pq.read_table(io.BytesIO(files[PARQUET_IN_REPO]))
    accepted, _, _ = build_records()
    assert table.column("id").to_pylist() == [r["id"] for r in accepted]
    assert table.column("messages").to_pylist()[1] == accepted[1]["messages"]  # Chinese intact
    # The card's data_files glob matches the uploaded parquet; plot links resolve in the repo.
    meta = _front_matter(files["README.md"])
    pattern = meta["configs"][0]["data_files"][0]["path"]
    assert fnmatch.fnmatch(PARQUET_IN_REPO, pattern)
    readme = files["README.md"].decode()
    assert "](plots/turns.png)" in readme and "../plots" not in readme
    assert 'load_dataset("alice/chat-data", split="train")' in readme
    for png in (f for f in files if f.endswith(".png")):
        assert files[png].startswith(b"\x89PNG\r\n\x1a\n")
    # The token went to the stub, in the Authorization header of every request ...
    assert hub.state.requests and all(
        r.headers.get("authorization") == f"Bearer {TOKEN}" for r in hub.state.requests)
    # ... and nowhere else: not in any uploaded file, the run folder or the output.
    for content in files.values():
        assert TOKEN.encode() not in content and SECRET_KEY.encode() not in content
    for path in run_dir.rglob("*"):
        if path.is_file():
            assert TOKEN.encode() not in path.read_bytes()
    out = capsys.readouterr()
    assert TOKEN not in out.out + out.err


def test_token_comes_from_hf_token_when_not_given(hub: HubStub, run_dir: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_TOKEN", TOKEN + "env")
    push_run(run_dir, "alice/from-env")
    assert {r.headers.get("authorization") for r in hub.state.requests} == {f"Bearer {TOKEN}env"}


def test_token_comes_from_the_login_cache(hub: HubStub, run_dir: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from huggingface_hub import constants

    cached = tmp_path / "token"
    cached.write_text(TOKEN + "cache")
    monkeypatch.setattr(constants, "HF_TOKEN_PATH", str(cached))
    push_run(run_dir, "alice/from-cache")
    assert {r.headers.get("authorization") for r in hub.state.requests} == {f"Bearer {TOKEN}cache"}


def test_no_token_anywhere_is_a_one_line_error_with_a_hint(hub: HubStub, run_dir: Path,
                                                           tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "HF_TOKEN_PATH", str(tmp_path / "no-token"))
    with pytest.raises(UserError) as err:
        push_run(run_dir, "alice/anonymous")
    assert "401" in str(err.value) and "hf auth login" in str(err.value)
    assert "\n" not in str(err.value) and not hub.state.commits


def test_unreachable_hub_is_a_one_line_error(hub: HubStub, run_dir: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{port}")
    before = _tree(run_dir)
    with pytest.raises(UserError, match="push to alice/offline failed") as err:
        push_run(run_dir, "alice/offline", token=TOKEN)
    assert "\n" not in str(err.value) and TOKEN not in str(err.value)
    assert _tree(run_dir) == before


def test_failed_commit_leaves_run_folder_untouched_and_retry_succeeds(hub: HubStub,
                                                                      run_dir: Path) -> None:
    before = _tree(run_dir)
    hub.state.fail_commits = 1
    with pytest.raises(UserError) as err:
        push_run(run_dir, "alice/flaky", token=TOKEN)
    message = str(err.value)
    assert "\n" not in message and "500" in message and TOKEN not in message
    assert not hub.state.commits and ("alice/flaky", "main") not in hub.state.files
    assert _tree(run_dir) == before, "the run folder is byte-for-byte untouched (mtimes too)"

    result = push_run(run_dir, "alice/flaky", token=TOKEN)
    assert len(hub.state.commits) == 1 and result.commit_oid == hub.state.commits[0]["oid"]
    assert PARQUET_IN_REPO in hub.state.files[("alice/flaky", "main")]
    assert _tree(run_dir) == before


def test_revision_commits_to_that_branch(hub: HubStub, run_dir: Path) -> None:
    push_run(run_dir, "alice/branchy", revision="v2", token=TOKEN)
    assert ("alice/branchy", "v2") in hub.state.files
    assert ("alice/branchy", "main") not in hub.state.files


def test_bad_token_is_one_line_error_without_the_token(hub: HubStub, run_dir: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hub, "route", lambda r: (401, {"error": "Invalid credentials"}))
    with pytest.raises(UserError) as err:
        push_run(run_dir, "alice/denied", token=TOKEN)
    assert "\n" not in str(err.value) and TOKEN not in str(err.value)
    assert "alice/denied" in str(err.value)


def test_refuses_a_run_without_accepted_dialogues(hub: HubStub, tmp_path: Path) -> None:
    run = build_run(tmp_path / "empty", accepted=[], planned=4)
    with pytest.raises(UserError, match="no accepted dialogues"):
        push_run(run, "alice/empty", token=TOKEN)
    assert not hub.state.requests, "nothing is sent for a refused run"


def test_refuses_planned_dialogues_unaccounted_for(hub: HubStub, tmp_path: Path) -> None:
    run = build_run(tmp_path / "short", planned=12)  # the records cover 10 of 12
    with pytest.raises(UserError, match="accounts for 10 of its 12 planned"):
        push_run(run, "alice/short", token=TOKEN)
    assert not hub.state.requests


def test_refuses_missing_ids_even_when_counts_agree(hub: HubStub, tmp_path: Path) -> None:
    run = build_run(tmp_path / "gap")
    summary = json.loads((run / "summary.json").read_text())
    summary.pop("planned")  # no count to compare: the plan indexes must still all be there
    (run / "summary.json").write_text(json.dumps(summary))
    (run / "failures.jsonl").write_text("")  # plan index 9 now has no record
    with pytest.raises(UserError, match=r"no record of 1 planned dialogue\(s\) \(plan index 9\)"):
        push_run(run, "alice/gap", token=TOKEN)
    assert not hub.state.requests


def test_refuses_an_unfinished_run(hub: HubStub, tmp_path: Path) -> None:
    run = build_run(tmp_path / "unfinished")
    (run / "summary.json").unlink()
    with pytest.raises(UserError, match="has not finished"):
        push_run(run, "alice/unfinished", token=TOKEN)


def test_generate_push_to_hub_publishes_the_finished_run(hub: HubStub, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """`generate --push-to-hub` runs the job, writes the products and pushes them, token from
    HF_TOKEN (written nowhere in the run folder)."""
    from tests.fault_server import FaultServer
    from tests.helpers import cli

    out = tmp_path / "run"
    with FaultServer() as server:
        config = tmp_path / "job.yaml"
        config.write_text(yaml.safe_dump({
            "num_dialogues": 3, "out": str(out),
            "backend": {"name": "openai", "base_url": server.base_url, "max_concurrency": 3},
            "validation": {"enabled": False}}))
        proc = cli("generate", "--config", str(config), "--no-progress", "--push-to-hub",
                   "bob/pushed", env={"HF_ENDPOINT": hub.url, "HF_TOKEN": TOKEN,
                                      "HF_HUB_DISABLE_TELEMETRY": "1"})
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "pushed to the Hub" in proc.stdout and "dataset card:" in proc.stdout
    assert [c["repo"] for c in hub.state.commits] == ["bob/pushed"]
    assert not any(TOKEN.encode() in p.read_bytes() for p in out.rglob("*") if p.is_file())
