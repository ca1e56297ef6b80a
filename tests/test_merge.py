"""`consistentchat merge`: shard outputs combine into one dataset; bad combinations are refused."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from consistentchat import cli as cli_module
from consistentchat.backends.base import ChatRequest
from consistentchat.errors import BackendFatalError, UserError
from consistentchat.store.merge import merge_runs
from consistentchat.generation.run import run
from consistentchat.store import FAILURES, MANIFEST, PARQUET, REJECTS, SUMMARY

from tests.helpers import (ModelScript, assert_exactly_once, dataset_rows, error_lines, job,
                           plan_ids, read_jsonl, tree_digest)


N, SHARDS = 12, 3


def mixed_outcomes(planned: list[str]) -> Any:
    """Some dialogues fail (malformed skeletons), some are rejected (answers too short)."""
    index = {rid: k for k, rid in enumerate(planned)}

    def override(request: ChatRequest) -> Any:
        k = index[request.request_id.split("-")[0]]
        stage = request.request_id.split("-")[1]
        if k % 5 == 3 and stage == "skeleton":
            return "{not json"
        if k % 5 == 4 and stage == "response":
            n = request.json_schema["properties"]["answers"]["minItems"]
            return json.dumps({"thinking": "", "answers": [f"Short {i}." for i in range(n)]})
        return None

    return override


def make_shard(root: Path, index: int, count: int = SHARDS, n: int = N, **over: Any) -> Path:
    out = root / f"shard{index}of{count}"
    full = plan_ids(job(out, n=n, **over))
    config = job(out, n=n, shard={"index": index, "count": count}, **over)
    run(config, backend=ModelScript(mixed_outcomes(full)).backend())
    return out


@pytest.fixture(scope="module")
def shards(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("shards")
    return [make_shard(root, i) for i in range(SHARDS)]


@pytest.fixture
def pristine(shards: list[Path]) -> Any:
    """The shard folders, checked to be unchanged after the test."""
    before = {p: tree_digest(p) for p in shards}
    yield shards
    for p in shards:
        assert tree_digest(p) == before[p], f"merge changed its input {p}"


def test_merge_all_shards_is_the_whole_plan_exactly_once(pristine: list[Path],
                                                         tmp_path: Path) -> None:
    out = tmp_path / "merged"
    summary = merge_runs(pristine, out)

    full_plan = plan_ids(job(out, n=N))
    assert_exactly_once(out, full_plan)
    rows = dataset_rows(out)
    by_shard = [dataset_rows(p) for p in pristine]
    assert {r["id"]: r["messages"] for r in rows} == \
        {r["id"]: r["messages"] for rows_ in by_shard for r in rows_}
    assert [r["sample_index"] for r in rows] == sorted(r["sample_index"] for r in rows)
    rejects, failures = read_jsonl(out / REJECTS), read_jsonl(out / FAILURES)
    assert rejects and failures and rows
    assert all(r["reasons"] for r in rejects) and all(f["reason"] for f in failures)

    import pyarrow.parquet as pq

    assert pq.read_table(out / PARQUET).num_rows == len(rows)
    manifest = json.loads((out / MANIFEST).read_text())
    assert manifest["shard"] == {"index": None, "count": SHARDS, "merged": [0, 1, 2]}
    shard_manifest = json.loads((pristine[0] / MANIFEST).read_text())
    for key in ("seed", "intents", "generation", "templates", "model", "backend", "num_dialogues"):
        assert manifest[key] == shard_manifest[key]
    assert summary == json.loads((out / SUMMARY).read_text())
    assert summary["missing_shards"] == [] and summary["warnings"] == []
    assert summary["totals"] == {"planned": N, "accepted": len(rows), "rejected": len(rejects),
                                 "failed": len(failures)}
    assert [s["index"] for s in summary["shards"]] == [0, 1, 2]
    assert sum(s["accepted"] + s["rejected"] + s["failed"] for s in summary["shards"]) == N

    # Merging again into the same folder (e.g. after re-running a shard) is allowed.
    again = merge_runs(list(reversed(pristine)), out)
    assert again["totals"] == summary["totals"]


def test_merge_matches_an_unsharded_run(pristine: list[Path], tmp_path: Path) -> None:
    whole = tmp_path / "whole"
    run(job(whole, n=N), backend=ModelScript(mixed_outcomes(plan_ids(job(whole, n=N)))).backend())
    merge_runs(pristine, tmp_path / "merged")

    def outcome(folder: Path) -> dict[str, str]:
        result = {r["id"]: "accepted" for r in dataset_rows(folder)}
        result.update({r["id"]: "rejected" for r in read_jsonl(folder / REJECTS)})
        result.update({r["id"]: "failed" for r in read_jsonl(folder / FAILURES)})
        return result

    assert outcome(tmp_path / "merged") == outcome(whole)


def test_missing_shards_are_listed_as_a_warning(pristine: list[Path], tmp_path: Path) -> None:
    summary = merge_runs([pristine[0], pristine[2]], tmp_path / "merged")
    assert summary["missing_shards"] == [1]
    assert any("1 of 3 not merged" in w for w in summary["warnings"])
    assert summary["merged_shards"] == [0, 2]
    ids = {r["id"] for r in dataset_rows(tmp_path / "merged")}
    assert ids.isdisjoint({r["id"] for r in dataset_rows(pristine[1])})


def refused(shard_dirs: list[Path], out: Path, *needles: str, force: bool = False) -> str:
    existed = (out / "dataset").exists()
    with pytest.raises(UserError) as err:
        merge_runs(shard_dirs, out, force=force)
    message = str(err.value)
    assert "\n" not in message
    for needle in needles:
        assert needle in message, (needle, message)
    assert existed or not (out / "dataset").exists(), "a refused merge must write nothing"
    return message


def test_refuses_a_folder_that_is_not_a_run(pristine: list[Path], tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    refused([pristine[0], empty], tmp_path / "m", str(empty), "not a consistentchat run")
    refused([pristine[0], tmp_path / "nowhere"], tmp_path / "m", "nowhere", "not a directory")
    refused([], tmp_path / "m", "at least one")


def test_refuses_the_same_shard_twice(pristine: list[Path], tmp_path: Path) -> None:
    copy = tmp_path / "copy_of_shard1"
    shutil.copytree(pristine[1], copy)
    refused([pristine[0], pristine[1], copy], tmp_path / "m", "both shard 1 of 3")
    refused([pristine[0], pristine[0]], tmp_path / "m", "given twice")


def test_refuses_different_shard_counts(pristine: list[Path], tmp_path: Path) -> None:
    other = make_shard(tmp_path, 1, count=2)
    refused([pristine[0], other], tmp_path / "m", "shard count differs", "2")


@pytest.mark.parametrize("change,setting", [
    ({"seed": 9}, "seed"),
    ({"generation": {"response_mode": "turnwise"}}, "generation.response_mode"),
    ({"intents": ["educational", "transaction"]}, "intents"),
])
def test_refuses_shards_of_different_plans(pristine: list[Path], tmp_path: Path,
                                           change: dict[str, Any], setting: str) -> None:
    other = make_shard(tmp_path, 1, **change)
    message = refused([pristine[0], other], tmp_path / "m", "different plan")
    assert message.split("different plan than ")[1].split(": ", 1)[1].startswith(setting), message
    if setting == "seed":  # --force merges anyway (the ids cannot overlap: different seeds)
        summary = merge_runs([pristine[0], other], tmp_path / "forced", force=True)
        assert summary["merged_shards"] == [0, 1]
        assert any("--force" in w and "seed" in w for w in summary["warnings"])


def test_refuses_a_different_model(pristine: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "shard1of3"
    full = plan_ids(job(out, n=N))
    run(job(out, n=N, shard={"index": 1, "count": SHARDS}),
        backend=ModelScript(mixed_outcomes(full)).backend(model="bigger-model"))
    refused([pristine[0], out], tmp_path / "m", "model ('mock-model' -> 'bigger-model')")


def test_refuses_overlapping_ids_even_with_force(pristine: list[Path], tmp_path: Path) -> None:
    relabelled = tmp_path / "relabelled"  # shard 0's data claiming to be shard 1
    shutil.copytree(pristine[0], relabelled)
    manifest = json.loads((relabelled / MANIFEST).read_text())
    manifest["shard"]["index"] = 1
    (relabelled / MANIFEST).write_text(json.dumps(manifest))
    for force in (False, True):
        refused([pristine[0], relabelled], tmp_path / "m", "overlap", str(relabelled),
                force=force)


def test_refuses_an_unfinished_shard_unless_forced(pristine: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "shard1of3"
    seen = {"n": 0}

    def crash(request: ChatRequest) -> Any:
        seen["n"] += 1
        if seen["n"] == 4:
            raise BackendFatalError("server went away")
        return None

    with pytest.raises(BackendFatalError):
        run(job(out, n=N, shard={"index": 1, "count": SHARDS}),
            backend=ModelScript(crash).backend())
    refused([pristine[0], out], tmp_path / "m", str(out), "not finished", "--force")
    summary = merge_runs([pristine[0], out], tmp_path / "forced", force=True)
    assert any(str(out) in w for w in summary["warnings"])


def test_refuses_an_output_that_overlaps_or_holds_a_run(pristine: list[Path],
                                                        tmp_path: Path) -> None:
    refused(pristine, pristine[0], "overlaps")
    refused(pristine, pristine[0] / "merged", "overlaps")
    refused(pristine, pristine[0].parent, "overlaps")
    other_run = tmp_path / "run"
    run(job(other_run, n=2), backend=ModelScript().backend())
    before = tree_digest(other_run)
    refused(pristine, other_run, "already holds")
    assert tree_digest(other_run) == before


def test_refuses_a_shard_being_generated(pristine: list[Path], tmp_path: Path) -> None:
    from consistentchat.store import RunDirectory

    with RunDirectory(pristine[1]):
        refused(pristine, tmp_path / "m", str(pristine[1]), "in use")


def test_refuses_merged_output_as_a_shard(pristine: list[Path], tmp_path: Path) -> None:
    merge_runs(pristine[:2], tmp_path / "merged")
    refused([tmp_path / "merged", pristine[2]], tmp_path / "m", "merged output")


def test_merge_command_line(pristine: list[Path], tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "merged"
    ok = runner.invoke(cli_module.app, ["merge", *map(str, pristine[:2]), "--out", str(out)])
    assert ok.exit_code == 0, ok.output
    assert "merged 2 of 3 shards" in ok.stdout
    assert error_lines(ok.stderr) == [
        "warning: shard index(es) 2 of 3 not merged: the dataset covers part of the plan"]
    assert (out / "dataset").is_dir()

    bad = runner.invoke(cli_module.app, ["merge", str(pristine[0]), str(pristine[0]), "--out",
                                         str(tmp_path / "m")])
    assert bad.exit_code == 2
    assert len(error_lines(bad.stderr)) == 1 and bad.stderr.startswith("error: ")
    assert "Traceback" not in bad.output
    missing_out = runner.invoke(cli_module.app, ["merge", str(pristine[0])])
    assert missing_out.exit_code != 0 and "--out" in missing_out.output
