"""End to end: one Ray replica owning the real in-process vLLM engine with the embedded model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consistentchat import JobConfig, run
from tests.e2e_support import E2E_ENGINE, E2E_GENERATION
from tests.helpers import assert_exactly_once, plan_ids, read_jsonl

pytestmark = pytest.mark.e2e
ray = pytest.importorskip("ray", reason="the [ray] extra is part of `make test`")


def test_one_ray_replica_with_the_in_process_engine(tmp_path: Path) -> None:
    config = JobConfig.model_validate({
        "num_dialogues": 2, "seed": 0, "out": str(tmp_path / "run"), "products": False,
        "intents": ["problem_solving", "transaction"],
        "backend": {"name": "vllm", "vllm": {**E2E_ENGINE, "max_num_seqs": 4}},
        "generation": E2E_GENERATION, "validation": {"resample_on_reject": 0},
        "executor": {"name": "ray", "replicas": 1}})
    result = run(config)
    summary = result.summary
    print(json.dumps(summary["this_session"], indent=1))
    assert summary["this_session"]["executor"] == {"name": "ray", "replicas": 1,
                                                   "concurrency_per_replica": [8]}
    assert summary["model"] == "SmolLM2-135M-Instruct"
    assert summary["this_session"]["completion_tokens"] > 0
    assert_exactly_once(result.out, plan_ids(config))
    for row in read_jsonl(result.out / "dialogues.jsonl"):
        assert row["model"] == "SmolLM2-135M-Instruct"
        assert row["validation"]["verdicts"], "validated inside the replica"
    assert not ray.is_initialized(), "the local Ray instance it started is shut down"
