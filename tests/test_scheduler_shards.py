"""`generate --num-shards N` without `--shard-index` takes the index from a Slurm job array
(SLURM_ARRAY_TASK_ID - SLURM_ARRAY_TASK_MIN) or a Kubernetes Indexed Job (JOB_COMPLETION_INDEX)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from consistentchat import cli as cli_module
from consistentchat.cli.scheduler import scheduler_shard_index
from consistentchat.errors import UserError

from tests.helpers import FAST_VALIDATION, error_lines, write_yaml

UNSET = {"SLURM_ARRAY_TASK_ID": None, "SLURM_ARRAY_TASK_MIN": None, "JOB_COMPLETION_INDEX": None}


@pytest.mark.parametrize("env,index", [
    ({"SLURM_ARRAY_TASK_ID": "3"}, 3),
    ({"SLURM_ARRAY_TASK_ID": "4", "SLURM_ARRAY_TASK_MIN": "1"}, 3),  # --array=1-8
    ({"JOB_COMPLETION_INDEX": "7"}, 7),
    ({"SLURM_ARRAY_TASK_ID": "2", "JOB_COMPLETION_INDEX": "5"}, 2),  # Slurm first
    ({}, None),
])
def test_index_from_the_scheduler(env: dict[str, str], index: int | None) -> None:
    if index is None:
        with pytest.raises(UserError, match="without --shard-index.*SLURM_ARRAY_TASK_ID.*"
                                            "JOB_COMPLETION_INDEX"):
            scheduler_shard_index(8, env)
    else:
        assert scheduler_shard_index(8, env)[0] == index
    assert scheduler_shard_index(1, env)[0] == 0  # one shard needs no scheduler


@pytest.mark.parametrize("env,needle", [
    ({"SLURM_ARRAY_TASK_ID": "8"}, "SLURM_ARRAY_TASK_ID gives shard index 8, outside 0..7"),
    ({"SLURM_ARRAY_TASK_ID": "0", "SLURM_ARRAY_TASK_MIN": "1"}, "gives shard index -1"),
    ({"JOB_COMPLETION_INDEX": "12"}, "JOB_COMPLETION_INDEX gives shard index 12, outside 0..7"),
    ({"JOB_COMPLETION_INDEX": "two"}, "JOB_COMPLETION_INDEX='two' is not an integer"),
])
def test_a_bad_scheduler_index_is_one_line(env: dict[str, str], needle: str) -> None:
    with pytest.raises(UserError) as err:
        scheduler_shard_index(8, env)
    assert needle in str(err.value) and "\n" not in str(err.value)


def _generate(tmp_path: Path, env: dict[str, str | None], *extra: str):
    config = write_yaml(tmp_path / "job.yaml", {"validation": FAST_VALIDATION, "products": False,
                                                "backend": {"name": "mock"}})
    out = tmp_path / "shard"
    result = CliRunner().invoke(cli_module.app, [
        "generate", "--config", str(config), "-n", "4", "--num-shards", "2", "--out", str(out),
        "--no-progress", *extra], env={**UNSET, **env})
    return result, out


@pytest.mark.parametrize("env", [{"JOB_COMPLETION_INDEX": "1"},
                                 {"SLURM_ARRAY_TASK_ID": "2", "SLURM_ARRAY_TASK_MIN": "1"}])
def test_generate_runs_the_scheduler_task_shard(tmp_path: Path, env: dict[str, str]) -> None:
    result, out = _generate(tmp_path, env)
    assert result.exit_code == 0, result.output
    assert json.loads((out / "run.json").read_text())["shard"] == {"index": 1, "count": 2}
    assert "shard 1 of 2 (from" in result.stderr


def test_generate_refuses_num_shards_outside_a_scheduler(tmp_path: Path) -> None:
    result, out = _generate(tmp_path, {})
    assert result.exit_code != 0 and not out.exists()
    assert len(error_lines(result.stderr)) == 1 and "Traceback" not in result.output
    assert "--num-shards 2 without --shard-index" in result.stderr
    explicit, _ = _generate(tmp_path, {"JOB_COMPLETION_INDEX": "9"}, "--shard-index", "0")
    assert explicit.exit_code == 0, explicit.output  # the flag wins over the environment
