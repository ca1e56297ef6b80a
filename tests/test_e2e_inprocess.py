"""End to end on vLLM's in-process engine with the embedded SmolLM2-135M-Instruct model."""

import json

import pytest

from consistentchat import JobConfig, run
from consistentchat.plan import build_plan
from consistentchat.generation.run import resolve_intents
from tests.e2e_support import E2E_ENGINE, E2E_GENERATION

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    out = tmp_path_factory.mktemp("inprocess")
    config = JobConfig(num_dialogues=5, seed=0, out=out,
                       intents=["problem_solving", "educational", "transaction"],
                       backend={"name": "vllm", "vllm": {**E2E_ENGINE, "max_num_seqs": 4}},
                       generation=E2E_GENERATION,
                       # one re-sample per rejection: enough to show it on the real engine,
                       # half the default's CPU (the 135M model's dialogues are mostly rejected)
                       validation={"resample_on_reject": 1})
    res = run(config)
    print(json.dumps(res.summary, indent=1))
    return config, res


def test_every_planned_dialogue_is_accounted_for_once(result):
    config, res = result
    s = res.summary
    plan = build_plan(resolve_intents(config), 5, 0)
    ids = [r["id"] for r in res.dataset()]
    rejects = [json.loads(line) for line in (res.out / "rejects.jsonl").read_text().splitlines()]
    failures = [json.loads(line) for line in (res.out / "failures.jsonl").read_text().splitlines()] \
        if (res.out / "failures.jsonl").exists() else []
    every = ids + [r["id"] for r in rejects] + [f["id"] for f in failures]
    assert sorted(every) == sorted(i.id for i in plan)
    assert s["generated"] + s["failed"] == s["planned"] == 5
    assert s["generated"] >= 1, f"the embedded model produced no dialogue: {failures}"
    assert s["this_session"]["completion_tokens"] > 0
    # No max_concurrency set: twice the engine's batch, so no slot idles between stages.
    assert s["this_session"]["max_concurrency"] == 8
    for f in failures:
        assert f["reason"] and f["stage"] in ("skeleton", "response")


def test_dialogues_have_the_promised_shape(result):
    config, res = result
    rows = [json.loads(line) for line in (res.out / "dialogues.jsonl").read_text().splitlines()]
    assert rows
    for row in rows:
        n = row["num_turns"]
        assert [m["role"] for m in row["messages"]] == ["user", "assistant"] * n
        assert all(m["content"].strip() for m in row["messages"])
        assert [c["from"] for c in row["conversations"]] == ["human", "gpt"] * n
        assert [t["query"] for t in row["skeleton"]] == [m["content"] for m in row["messages"][::2]]
        steps = [t["step"] for t in row["skeleton"]]
        assert set(steps) == set(row["flow_steps"])
        assert row["model"] == "SmolLM2-135M-Instruct"
        assert row["usage"]["completion_tokens"] > 0
        assert set(row["prompt_hashes"]) == {"skeleton_system.j2", "skeleton_user.j2",
                                             "response_joint_system.j2", "response_joint_user.j2"}


def test_dataset_export_and_real_rejections(result):
    _, res = result
    ds = res.dataset()
    for column in ("id", "intent", "scenario", "flow", "messages", "conversations", "skeleton",
                   "model", "sampling", "prompt_hashes", "seed", "usage"):
        assert column in ds.column_names
    assert (res.out / "dataset.parquet").is_file()
    v = res.summary["validation"]
    # A 135M model writes poor text: the chain must catch some of it, with reasons.
    assert v["rejected"] >= 1 and sum(v["rejected_by_validator"].values()) >= v["rejected"]
    for line in (res.out / "rejects.jsonl").read_text().splitlines():
        reject = json.loads(line)
        assert reject["reasons"] and reject["rejected_by"]
    # a rejected dialogue was generated again once, and its first attempt kept with its reasons
    rows = [json.loads(line) for line in (res.out / "dialogues.jsonl").read_text().splitlines()]
    attempts = [a for row in rows for a in row["validation"].get("rejected_attempts", [])]
    assert attempts and all(a["reasons"] and a["regenerate"] in ("skeleton", "responses")
                            for a in attempts)
    assert all(len(row["validation"].get("rejected_attempts", [])) <= 1 for row in rows)
