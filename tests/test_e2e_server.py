"""End to end through vLLM's OpenAI-compatible server (started on 127.0.0.1), via the CLI."""

import json
import os
import subprocess
import sys

import pytest
import yaml

from tests.e2e_support import E2E_GENERATION, vllm_server

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def server():
    with vllm_server() as base_url:
        yield base_url


def cli(*args, cwd=None):
    env = {**os.environ, "OPENAI_API_KEY": "EMPTY"}
    return subprocess.run([sys.executable, "-m", "consistentchat", *args], capture_output=True,
                          text=True, env=env, cwd=cwd, timeout=900)


def test_turnwise_generation_through_the_server_with_a_yaml_config(server, tmp_path):
    config = tmp_path / "job.yaml"
    config.write_text(yaml.safe_dump({
        "num_dialogues": 3, "seed": 4, "intents": ["emotional_support", "entertainment"],
        "backend": {"name": "openai", "max_concurrency": 8},
        "generation": {**E2E_GENERATION, "response_mode": "joint"},
        "validation": {"resample_on_reject": 0},  # the judge's requests are enough CPU here
    }))
    out = tmp_path / "run"
    proc = cli("generate", "--config", str(config), "--base-url", server, "--out", str(out),
               "--response-mode", "turnwise", "--no-progress")
    assert proc.returncode == 0, proc.stderr[-3000:]
    summary = json.loads((out / "summary.json").read_text())
    assert summary["model"] == "SmolLM2-135M-Instruct"
    assert summary["planned"] == 3 and summary["generated"] + summary["failed"] == 3
    assert summary["generated"] >= 1, (out / "failures.jsonl").read_text()
    rows = [json.loads(line) for line in (out / "dialogues.jsonl").read_text().splitlines()]
    for row in rows:
        assert row["response_mode"] == "turnwise"  # the flag overrides the file
        assert [m["role"] for m in row["messages"]] == ["user", "assistant"] * row["num_turns"]
        assert row["intent"] in ("emotional_support", "entertainment")
    assert "dataset:" in proc.stdout
    # The response prompt of a generated dialogue can be shown exactly.
    first = rows[0]["sample_index"]
    shown = cli("prompt", "render", "--config", str(config), "--index", str(first), "--stage",
                "response", "--out", str(out), "--response-mode", "turnwise")
    assert shown.returncode == 0, shown.stderr
    assert rows[0]["messages"][0]["content"] in shown.stdout


def test_sharded_runs_through_the_server_cover_the_plan(server, tmp_path):
    config = tmp_path / "job.yaml"
    config.write_text(yaml.safe_dump({"generation": E2E_GENERATION,
                                      "validation": {"resample_on_reject": 0}}))
    ids = []
    for index in range(2):
        out = tmp_path / f"shard{index}"
        proc = cli("generate", "--config", str(config), "--base-url", server, "--out", str(out),
                   "-n", "4",
                   "--intent", "information_retrieval", "--shard-index", str(index),
                   "--num-shards", "2", "--max-concurrency", "4", "--no-progress",
                   "--seed", "11")
        assert proc.returncode == 0, proc.stderr[-3000:]
        ids += [json.loads(line)["id"] for name in ("dialogues.jsonl", "failures.jsonl")
                if (out / name).exists() for line in (out / name).read_text().splitlines()]
    from consistentchat import builtin_intents
    from consistentchat.plan import build_plan
    plan = build_plan([i for i in builtin_intents() if i.id == "information_retrieval"], 4, 11)
    assert len(plan) == 4
    assert sorted(ids) == sorted(i.id for i in plan)


def test_the_judge_scores_dialogues_through_the_server(server, tmp_path):
    """`validate` with a real judge model behind vLLM's server: scores 1-10 with reasons, or a
    recorded skip when the model's output cannot be read (a model failure is data)."""
    from pathlib import Path

    labelled = Path(__file__).parent / "data" / "labelled_dialogues.jsonl"
    good = [json.loads(line) for line in labelled.read_text().splitlines()][:40]
    good = [r for r in good if r["label"] == "good"][:4]
    data = tmp_path / "good.jsonl"
    data.write_text("".join(json.dumps({"id": r["id"], "messages": r["messages"]}) + "\n"
                            for r in good))
    off = {"enabled": False}
    config = tmp_path / "validation.yaml"
    from consistentchat.config.validation import BUILTIN_ORDER

    config.write_text(yaml.safe_dump({"validation": {
        name: off for name in BUILTIN_ORDER if name != "judge"} | {
        "judge": {"enabled": True, "threshold": 5, "reject_contradictions": False}}}))
    report = tmp_path / "report.json"
    proc = cli("validate", str(data), "--report", str(report), "--config", str(config),
               "--judge-base-url", server)
    assert proc.returncode == 0, proc.stderr[-3000:]
    rep = json.loads(report.read_text())
    assert rep["totals"]["checked"] == 4
    scores = {rid: r["scores"]["judge"] for rid, r in rep["records"].items() if "judge" in r["scores"]}
    skipped = rep["totals"]["skipped_by_validator"].get("judge", 0)
    assert len(scores) + skipped == 4, rep
    print("judge scores:", scores, "skipped:", skipped)
    assert scores, f"the judge model gave no usable score: {rep['skipped_validators']}"
    for rid, score in scores.items():
        assert 1 <= score <= 10 and score == int(score)
        record = rep["records"][rid]
        assert record["passed"] == (score >= 5)
        if not record["passed"]:
            assert record["failed"][0]["reason"].startswith(f"score {score:g}/10: ")
