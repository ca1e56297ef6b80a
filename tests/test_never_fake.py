"""Never fake data: every turn that reaches the dataset was written by the model.

The reference implementation writes placeholders ("Question 1 about <scenario>") when parsing
fails. Here the backend returns malformed, truncated, short, duplicated and empty output mixed
with valid output, and the tests check that nothing but the model's own (valid) text is kept,
and that unusable output is recorded in failures.jsonl with its reason.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from consistentchat.backends.base import ChatRequest, Completion
from consistentchat.paths import resource_dir
from consistentchat.generation.run import run
from consistentchat.store import DIALOGUES, FAILURES, REJECTS

from tests.helpers import ModelScript, assert_exactly_once, dataset_rows, job, plan_ids, read_jsonl

PLACEHOLDER = re.compile(r"\b(?:question|query|answer|response|turn)\s*\d+\s+(?:about|on)\b", re.I)
NO_VALIDATION = {"enabled": False}  # every generated dialogue is exported: nothing hides a fake


def _parts(request_id: str) -> tuple[str, str, int]:
    item, stage, attempt = request_id.split("-")
    return item, stage, int(attempt)


def _length(text: str, parseable: bool) -> Completion:
    cut = text if parseable else text[: len(text) // 2]
    return Completion(text=cut, finish_reason="length", prompt_tokens=10, completion_tokens=99)


def bad_skeleton(kind: str, valid: str) -> Any:
    data = json.loads(valid)
    turns = data["turns"]
    if kind == "malformed":
        return valid[: len(valid) // 3]
    if kind == "too_few":
        return json.dumps({"turns": turns[:-1]})
    if kind == "too_many":
        return json.dumps({"turns": turns + [{"step": turns[-1]["step"],
                                              "query": "Extra surplus trailing message here."}]})
    if kind == "duplicate":
        turns[1]["query"] = turns[0]["query"]
        return json.dumps(data)
    if kind == "empty_query":
        turns[-1]["query"] = "   "
        return json.dumps(data)
    if kind == "empty_output":
        return ""
    if kind == "truncated":
        return _length(valid, parseable=False)
    if kind == "length_but_parseable":  # looks complete, but the server says it was cut off
        return _length(valid, parseable=True)
    if kind == "not_object":
        return json.dumps(turns)
    if kind == "unknown_step":
        turns[0]["step"] = "made_up_step"
        return json.dumps(data)
    if kind == "prose":
        return "Sure! Here are the messages: " + " ".join(t["query"] for t in turns)
    raise AssertionError(kind)


def bad_joint(kind: str, valid: str) -> Any:
    data = json.loads(valid)
    answers = data["answers"]
    if kind == "malformed":
        return valid[: len(valid) // 3]
    if kind == "too_few":
        return json.dumps({**data, "answers": answers[:-1]})
    if kind == "duplicate":
        answers[-1] = answers[0]
        return json.dumps(data)
    if kind == "empty_answer":
        answers[0] = ""
        return json.dumps(data)
    if kind == "truncated":
        return _length(valid, parseable=False)
    if kind == "length_but_parseable":
        return _length(valid, parseable=True)
    if kind == "not_a_list":
        return json.dumps({**data, "answers": " ".join(answers)})
    if kind == "not_strings":
        return json.dumps({**data, "answers": list(range(len(answers)))})
    if kind == "empty_output":
        return "   "
    if kind == "prose":
        return "Here are my replies. " + " ".join(answers)
    raise AssertionError(kind)


SKELETON_FAULTS = ["malformed", "too_few", "too_many", "duplicate", "empty_query", "empty_output",
                   "truncated", "length_but_parseable", "not_object", "unknown_step", "prose"]
JOINT_FAULTS = ["malformed", "too_few", "duplicate", "empty_answer", "truncated",
                "length_but_parseable", "not_a_list", "not_strings", "empty_output", "prose"]


def string_leaves(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in string_leaves(v)]
    if isinstance(value, list):
        return [s for v in value for s in string_leaves(v)]
    return []


def template_fragments() -> list[str]:
    """Static text of every built-in template (the parts between Jinja tags), 20+ chars."""
    out = []
    for path in sorted(resource_dir("prompts").glob("*.j2")):
        for line in path.read_text().splitlines():
            for piece in re.split(r"\{[{%#].*?[}%#]\}", line):
                if len(piece.strip()) >= 20:
                    out.append(piece.strip())
    return out


def turns_of(record: dict[str, Any]) -> list[str]:
    return [m["content"] for m in record["messages"]]


def check_only_model_text(out: Path, script: ModelScript, backend: Any) -> list[dict[str, Any]]:
    """Every exported or logged turn is text the backend returned; no scaffolding or placeholder."""
    outputs = list(script.outputs.values())
    leaves: set[str] = set()
    for text in outputs:
        try:
            leaves.update(s.strip() for s in string_leaves(json.loads(text)))
        except json.JSONDecodeError:
            leaves.add(text.strip())
    prompt_lines = {line.strip() for r in backend.requests for m in r.messages
                    if m["role"] == "system" or (r.json_schema is not None and
                                                 "skeleton" in r.request_id)
                    for line in m["content"].splitlines() if len(line.strip()) >= 30}
    fragments = template_fragments()
    records = [*read_jsonl(out / DIALOGUES), *dataset_rows(out), *read_jsonl(out / REJECTS)]
    assert records
    for record in records:
        for turn in turns_of(record):
            assert turn.strip(), f"{record['id']}: an empty turn"
            assert turn in leaves, f"{record['id']}: turn not written by the model: {turn!r}"
            assert any(turn in text for text in outputs)
            assert not PLACEHOLDER.search(turn), turn
            assert not any(f in turn for f in fragments), f"template text in a turn: {turn!r}"
            assert not any(line in turn for line in prompt_lines), f"prompt text: {turn!r}"
            assert record["scenario"] not in turn
    return records


def test_joint_mode_keeps_only_model_output(tmp_path: Path) -> None:
    config = job(tmp_path / "out", n=14, validation=NO_VALIDATION)
    planned = plan_ids(config)
    index = {rid: k for k, rid in enumerate(planned)}
    expected_failures: dict[str, str] = {}
    for k, rid in enumerate(planned):
        if k % 5 == 0:
            expected_failures[rid] = "skeleton"
        elif k % 4 == 1:
            expected_failures[rid] = "response"
    script = ModelScript()

    def override(request: ChatRequest) -> Any:
        item, stage, attempt = _parts(request.request_id)
        k = index[item]
        valid = script.valid(request)
        if stage == "skeleton":
            if k % 5 == 0 or attempt < k % 3:
                return bad_skeleton(SKELETON_FAULTS[(k + attempt) % len(SKELETON_FAULTS)], valid)
        elif expected_failures.get(item) == "response" or attempt < (k + 1) % 3:
            return bad_joint(JOINT_FAULTS[(k * 3 + attempt) % len(JOINT_FAULTS)], valid)
        return None

    script.override = override
    backend = script.backend()
    result = run(config, backend=backend)

    assert_exactly_once(config.out, planned)
    records = check_only_model_text(config.out, script, backend)
    failures = {f["id"]: f for f in read_jsonl(config.out / FAILURES)}
    assert {i: f["stage"] for i, f in failures.items()} == expected_failures
    rows = dataset_rows(config.out)
    assert len(rows) == len(planned) - len(expected_failures) == result.summary["accepted"]
    # Each kept dialogue is exactly the model's accepted (last) attempt of each stage.
    for row in rows:
        last = {stage: max((a for i, s, a in map(_parts, script.outputs) if i == row["id"]
                            and s == stage), default=None) for stage in ("skeleton", "response")}
        skeleton = json.loads(script.outputs[f"{row['id']}-skeleton-{last['skeleton']}"])
        answers = json.loads(script.outputs[f"{row['id']}-response-{last['response']}"])["answers"]
        assert [m["content"] for m in row["messages"][0::2]] == [t["query"] for t in
                                                                 skeleton["turns"]]
        assert [m["content"] for m in row["messages"][1::2]] == answers
    # Failures keep every raw output, in attempt order, with a reason per attempt.
    for rid, failure in failures.items():
        stage = failure["stage"]
        raws = [script.outputs[f"{rid}-{stage}-{a}"] for a in range(failure["attempts"])]
        assert failure["attempts"] == config.generation.max_attempts
        assert failure["raw_outputs"] == raws
        assert failure["reason"].count("attempt ") == failure["attempts"]
        assert rid not in {r["id"] for r in records if "messages" in r}
    reasons = " ".join(f["reason"] for f in failures.values())
    for phrase in ("not valid JSON", "truncated", "expected"):
        assert phrase in reasons


def test_turnwise_mode_keeps_only_model_output(tmp_path: Path) -> None:
    config = job(tmp_path / "out", n=6, validation=NO_VALIDATION,
                 generation={"response_mode": "turnwise"})
    planned = plan_ids(config)
    index = {rid: k for k, rid in enumerate(planned)}
    script = ModelScript()

    def override(request: ChatRequest) -> Any:
        item, stage, attempt = _parts(request.request_id)
        if stage == "skeleton":
            return None
        turn, k = int(stage.removeprefix("response")), index[item]
        earlier = [m["content"] for m in request.messages if m["role"] == "assistant"]
        if k % 3 == 0 and turn == 1:  # this turn never gets a usable answer
            kinds = ["", "   \n", _length(script.valid(request), parseable=False)]
            return kinds[attempt]
        if attempt == 0 and turn % 2 == 1:  # odd turns: one bad answer, then a good one
            return earlier[-1] if k % 2 else _length(script.valid(request), parseable=True)
        return None

    script.override = override
    backend = script.backend()
    run(config, backend=backend)

    assert_exactly_once(config.out, planned)
    check_only_model_text(config.out, script, backend)
    failures = read_jsonl(config.out / FAILURES)
    assert {f["id"] for f in failures} == {rid for rid in planned if index[rid] % 3 == 0}
    for failure in failures:
        assert failure["stage"] == "response" and failure["reason"].startswith("turn 2: ")
        assert "empty answer" in failure["reason"] and "truncated" in failure["reason"]
        assert failure["raw_outputs"][:2] == ["", "   \n"]
    for row in dataset_rows(config.out):
        answers = [m["content"] for m in row["messages"][1::2]]
        assert len(set(answers)) == len(answers), "a repeated answer was kept"


@pytest.mark.parametrize("mode", ["joint", "turnwise"])
def test_a_model_that_never_complies_yields_no_dialogue(tmp_path: Path, mode: str) -> None:
    """Every answer is the same placeholder-like text: nothing is exported, all is recorded."""
    config = job(tmp_path / "out", n=3, validation=NO_VALIDATION,
                 generation={"response_mode": mode})
    script = ModelScript(lambda r: "Question 1 about the topic" if "response" in r.request_id
                         else None)
    result = run(config, backend=script.backend())
    assert dataset_rows(config.out) == [] and result.summary["accepted"] == 0
    assert not (config.out / DIALOGUES).exists() or read_jsonl(config.out / DIALOGUES) == []
    failures = read_jsonl(config.out / FAILURES)
    assert len(failures) == 3 and all(f["stage"] == "response" for f in failures)
    assert all("Question 1 about the topic" in f["raw_outputs"] for f in failures)
