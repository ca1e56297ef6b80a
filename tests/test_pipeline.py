"""Dialogue generation with scripted backends: re-sampling, failures, modes, concurrency."""

import asyncio
import json

import pytest

from consistentchat import builtin_intents
from consistentchat.backends.base import Completion
from consistentchat.backends.mock import MockBackend
from consistentchat.config import GenerationConfig
from consistentchat.errors import BackendFatalError, BackendRequestError
from consistentchat.generation.dialogue import DialogueGenerator
from consistentchat.plan import build_plan
from consistentchat.prompts import PromptLibrary
from consistentchat.records import DialogueRecord, FailureRecord
from consistentchat.tasks.skeleton import assign_steps


@pytest.fixture(scope="module")
def world():
    intents = {i.id: i for i in builtin_intents()}
    plan = build_plan(list(intents.values()), 9, seed=0)
    return intents, plan


def skeleton_reply(intents, item, tag="q"):
    flow = intents[item.intent_id].flow(item.flow_id)
    return json.dumps({"turns": [{"step": s, "query": f"{tag} {i} about {item.scenario}"}
                                 for i, s in enumerate(assign_steps(flow, item.num_turns))]})


def joint_reply(n, tag="a"):
    return json.dumps({"thinking": "plan", "answers": [f"{tag} answer {i}" for i in range(n)]})


def generator(intents, backend, **gen):
    return DialogueGenerator(backend, PromptLibrary(), GenerationConfig(**gen), intents)


async def test_joint_dialogue_uses_model_text_only(world):
    intents, plan = world
    item = plan[0]
    backend = MockBackend([skeleton_reply(intents, item), joint_reply(item.num_turns)])
    rec = await generator(intents, backend).generate(item)
    assert isinstance(rec, DialogueRecord)
    assert [m["role"] for m in rec.messages] == ["user", "assistant"] * item.num_turns
    assert rec.messages[1]["content"] == "a answer 0"
    assert rec.conversations[0] == {"from": "human", "value": rec.messages[0]["content"]}
    assert rec.attempts == {"skeleton": 1, "response": 1}
    assert rec.usage.completion_tokens > 0 and rec.id == item.id
    assert len(backend.requests) == 2 and backend.requests[0].json_schema is not None


async def test_resampling_is_bounded_then_recorded_with_reasons_and_raw_output(world):
    intents, plan = world
    item = plan[1]
    backend = MockBackend(["garbage", Completion(text='{"turns": [', finish_reason="length"),
                           json.dumps({"turns": []})])
    rec = await generator(intents, backend, max_attempts=3).generate(item)
    assert isinstance(rec, FailureRecord) and rec.stage == "skeleton" and rec.attempts == 3
    assert "attempt 1: output is not valid JSON" in rec.reason
    assert "attempt 2: output truncated" in rec.reason and "attempt 3: expected" in rec.reason
    assert rec.raw_outputs == ["garbage", '{"turns": [', '{"turns": []}']
    assert len(backend.requests) == 3


async def test_second_sample_can_succeed_and_request_errors_are_resampled(world):
    intents, plan = world
    item = plan[2]
    backend = MockBackend([BackendRequestError("HTTP 503 after 7 tries"), skeleton_reply(intents, item),
                           "nope", joint_reply(item.num_turns)])
    rec = await generator(intents, backend).generate(item)
    assert isinstance(rec, DialogueRecord)
    assert rec.attempts == {"skeleton": 2, "response": 2}


async def test_response_failure_keeps_stage_and_raw(world):
    intents, plan = world
    item = plan[3]
    backend = MockBackend([skeleton_reply(intents, item), joint_reply(item.num_turns - 1)])
    rec = await generator(intents, backend, max_attempts=1).generate(item)
    assert isinstance(rec, FailureRecord) and rec.stage == "response"
    assert f"expected {item.num_turns} answers" in rec.reason


async def test_fatal_backend_error_propagates(world):
    intents, plan = world
    backend = MockBackend([BackendFatalError("model not found")])
    with pytest.raises(BackendFatalError):
        await generator(intents, backend).generate(plan[0])


async def test_turnwise_sends_real_history(world):
    intents, plan = world
    item = plan[4]
    replies = [skeleton_reply(intents, item)] + [f"turn answer {i}" for i in range(item.num_turns)]
    backend = MockBackend(replies)
    rec = await generator(intents, backend, response_mode="turnwise").generate(item)
    assert isinstance(rec, DialogueRecord) and rec.response_mode == "turnwise"
    last = backend.requests[-1].messages
    assert last[2] == {"role": "assistant", "content": "turn answer 0"}
    assert len(last) == 1 + 2 * item.num_turns - 1


async def test_resumed_skeleton_is_not_paid_for_again(world):
    intents, plan = world
    item = plan[5]
    from consistentchat.records import Skeleton, Usage
    sk = Skeleton.model_validate(json.loads(skeleton_reply(intents, item)))
    backend = MockBackend([joint_reply(item.num_turns)])
    rec = await generator(intents, backend).generate(item, (sk, 1, Usage(prompt_tokens=5, completion_tokens=7)))
    assert isinstance(rec, DialogueRecord) and len(backend.requests) == 1
    assert backend.requests[0].schema_name == "responses"


async def test_responses_go_out_while_other_skeletons_are_in_flight(world):
    """No dialogue waits for another: a fast dialogue's response request is sent before a
    slow dialogue's skeleton returns."""
    intents, plan = world
    events = []

    class Timed(MockBackend):
        async def complete_one(self, request):
            slow = request.request_id.startswith(plan[0].id) and "skeleton" in request.request_id
            events.append(("start", request.request_id))
            await asyncio.sleep(0.3 if slow else 0.01)
            events.append(("end", request.request_id))
            item = next(i for i in plan if request.request_id.startswith(i.id))
            if request.schema_name == "skeleton":
                return Completion(text=skeleton_reply(intents, item), finish_reason="stop")
            return Completion(text=joint_reply(item.num_turns), finish_reason="stop")

    gen = generator(intents, Timed())
    results = await asyncio.gather(*(gen.generate(i) for i in plan[:3]))
    assert all(isinstance(r, DialogueRecord) for r in results)
    slow_end = events.index(("end", f"{plan[0].id}-skeleton-0"))
    fast_response = events.index(("start", f"{plan[1].id}-response-0"))
    assert fast_response < slow_end


def test_low_yield_note_says_what_was_got_and_what_to_change():
    from consistentchat.cli.generate import low_yield_note

    summary = {"planned": 9, "accepted": 1, "failed": 1, "model": "SmolLM2-135M-Instruct",
               "validation": {"rejected_by_validator": {"leakage": 5, "structure": 3, "topic": 1,
                                                        "alignment": 1}}}
    note = low_yield_note(summary)
    assert note.startswith("Low yield: 1 of 9 planned dialogues passed the validators")
    assert "most rejections: leakage 5, structure 3" in note and "alignment" not in note
    assert "1 failed" in note and "embedded 135M model" in note and "--model" in note
    assert "embedded" not in low_yield_note({**summary, "model": "Qwen2.5-7B-Instruct"})
    assert low_yield_note({**summary, "accepted": 3}) == ""
    assert "turnwise" in low_yield_note({**summary, "response_mode": "joint"})
    assert "turnwise" not in low_yield_note({**summary, "response_mode": "turnwise"})
