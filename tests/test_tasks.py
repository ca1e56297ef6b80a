"""Prompt rendering and the pure format_input / format_output pairs of the tasks."""

import json

import pytest

from consistentchat import builtin_intents
from consistentchat.backends.base import Completion, SamplingParams
from consistentchat.errors import ParseError, UserError
from consistentchat.plan import build_plan
from consistentchat.prompts import PromptLibrary
from consistentchat.records import Skeleton
from consistentchat.tasks import response, skeleton


@pytest.fixture(scope="module")
def setup():
    intents = {i.id: i for i in builtin_intents()}
    item = build_plan(list(intents.values()), 1, seed=0)[0]
    intent = intents[item.intent_id]
    return item, intent, intent.flow(item.flow_id), PromptLibrary()


def ok(text: str, finish: str = "stop") -> Completion:
    return Completion(text=text, finish_reason=finish, completion_tokens=len(text.split()))


def good_skeleton(flow, n):
    steps = skeleton.assign_steps(flow, n)
    return {"turns": [{"step": s, "query": f"My distinct question number {i} about this"}
                      for i, s in enumerate(steps)]}


def test_skeleton_prompt_has_intent_scenario_flow_and_turn_count(setup):
    item, intent, flow, prompts = setup
    req = skeleton.format_input(item, intent, prompts, SamplingParams(), attempt=0)
    user = req.messages[1]["content"]
    assert item.scenario in user and intent.name in user
    assert f"exactly {item.num_turns} messages" in user
    for step in flow.steps:
        assert step.name in user and step.description in user
    schema = req.json_schema["properties"]["turns"]
    assert schema["minItems"] == schema["maxItems"] == item.num_turns
    assert [t["properties"]["step"]["enum"] for t in schema["prefixItems"]] == [
        [s] for s in skeleton.assign_steps(flow, item.num_turns)]


def test_assign_steps_in_order_and_covering(setup):
    _, _, flow, _ = setup
    for n in range(len(flow.steps), 12):
        steps = skeleton.assign_steps(flow, n)
        assert len(steps) == n and set(steps) == set(flow.step_names)
        order = [flow.step_names.index(s) for s in steps]
        assert order == sorted(order)


def test_skeleton_parses_a_good_output(setup):
    item, _, flow, _ = setup
    sk = skeleton.format_output(ok(json.dumps(good_skeleton(flow, item.num_turns))), flow, item.num_turns)
    assert len(sk.turns) == item.num_turns and sk.turns[0].step == flow.step_names[0]


@pytest.mark.parametrize("corrupt, reason", [
    (lambda d: "not json at all", "not valid JSON"),
    (lambda d: json.dumps([1, 2]), "expected an object"),
    (lambda d: json.dumps({"queries": []}), "no 'turns' list"),
    (lambda d: json.dumps({"turns": d["turns"][:-1]}), "expected"),
    (lambda d: json.dumps({"turns": [*d["turns"][:-1], {**d["turns"][-1], "query": "  "}]}), "is empty"),
    (lambda d: json.dumps({"turns": [*d["turns"][:-1], {**d["turns"][-1], "query": d["turns"][0]["query"].upper()}]}), "duplicates query 1"),
    (lambda d: json.dumps({"turns": [*d["turns"][:-1], {**d["turns"][-1], "step": "invented"}]}), "unknown flow step"),
    (lambda d: json.dumps({"turns": list(reversed(d["turns"]))}), "goes back from step"),
])
def test_skeleton_rejects_bad_outputs_with_reasons(setup, corrupt, reason):
    item, _, flow, _ = setup
    with pytest.raises(ParseError, match=reason):
        skeleton.format_output(ok(corrupt(good_skeleton(flow, item.num_turns))), flow, item.num_turns)


def test_skeleton_missing_step_is_rejected(setup):
    item, _, flow, _ = setup
    data = good_skeleton(flow, item.num_turns)
    for turn in data["turns"]:
        turn["step"] = flow.step_names[0]
    with pytest.raises(ParseError, match="not covered"):
        skeleton.format_output(ok(json.dumps(data)), flow, item.num_turns)


def test_truncated_output_is_a_parse_failure(setup):
    item, _, flow, _ = setup
    with pytest.raises(ParseError, match="truncated at max_tokens"):
        skeleton.format_output(ok('{"turns": [{"step": "', "length"), flow, item.num_turns)


def test_joint_response_request_and_parse(setup):
    item, intent, flow, prompts = setup
    sk = skeleton.format_output(ok(json.dumps(good_skeleton(flow, item.num_turns))), flow, item.num_turns)
    req = response.format_joint_input(item, intent, sk, prompts, SamplingParams(), 0)
    for query in sk.queries:
        assert query in req.messages[1]["content"]
    answers = [f"Answer {i} with real content" for i in range(item.num_turns)]
    assert response.format_joint_output(ok(json.dumps({"thinking": "t", "answers": answers})), sk) == answers
    with pytest.raises(ParseError, match=f"expected {item.num_turns} answers, got {item.num_turns - 1}"):
        response.format_joint_output(ok(json.dumps({"thinking": "t", "answers": answers[1:]})), sk)


def test_turnwise_request_carries_real_history_and_remaining_plan(setup):
    item, intent, flow, prompts = setup
    sk = Skeleton.model_validate(good_skeleton(flow, item.num_turns))
    req = response.format_turnwise_input(item, intent, sk, ["first answer", "second answer"],
                                         prompts, SamplingParams(), 0)
    roles = [m["role"] for m in req.messages]
    assert roles == ["system", "user", "assistant", "user", "assistant", "user"]
    assert req.messages[-1]["content"] == sk.queries[2]
    assert req.messages[2]["content"] == "first answer"
    system = req.messages[0]["content"]
    assert sk.queries[3] in system and sk.queries[2] not in system and sk.queries[1] not in system
    assert req.json_schema is None
    with pytest.raises(ParseError, match="repeats an earlier answer"):
        response.format_turnwise_output(ok("First answer"), ["first answer"])


def test_template_override_and_missing_variable(tmp_path, setup):
    item, intent, _, _ = setup
    (tmp_path / "skeleton_user.j2").write_text("Scenario {{ scenario }} with {{ not_a_variable }}")
    prompts = PromptLibrary(tmp_path)
    with pytest.raises(UserError, match="skeleton_user.j2.*'not_a_variable' is undefined"):
        skeleton.format_input(item, intent, prompts, SamplingParams(), 0)
    assert prompts.hash("skeleton_user.j2") != PromptLibrary().hash("skeleton_user.j2")
    assert prompts.hash("skeleton_system.j2") == PromptLibrary().hash("skeleton_system.j2")
