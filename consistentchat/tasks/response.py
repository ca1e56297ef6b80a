"""Response task: the assistant turns, written with the whole skeleton in view.

`joint` (the paper's mode): one request sees every query and writes every answer.
`turnwise`: one request per turn, with the real conversation so far as chat history and the
rest of the skeleton as the plan ahead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..backends.base import ChatRequest, Completion, SamplingParams
from ..errors import ParseError
from ..plan import PlanItem
from ..prompts import PromptLibrary
from ..records import Skeleton
from ..taxonomy import Intent
from .base import Sampler
from .parsing import check_texts, load_json_object
from .skeleton import TEMPLATES as SKELETON_TEMPLATES

JOINT_TEMPLATES = ("response_joint_system.j2", "response_joint_user.j2")
TURNWISE_TEMPLATES = ("response_turnwise_system.j2",)
MAX_THINKING_CHARS = 1200
MAX_ANSWER_CHARS = 1500


def joint_schema(num_turns: int) -> dict[str, Any]:
    """JSON schema of a joint response: brief reasoning, then exactly `num_turns` answers."""
    return {
        "type": "object",
        "properties": {
            "thinking": {"type": "string", "maxLength": MAX_THINKING_CHARS},
            "answers": {
                "type": "array",
                "minItems": num_turns,
                "maxItems": num_turns,
                "items": {"type": "string", "minLength": 1, "maxLength": MAX_ANSWER_CHARS},
            },
        },
        "required": ["thinking", "answers"],
        "additionalProperties": False,
    }


def format_joint_input(
    item: PlanItem, intent: Intent, skeleton: Skeleton, prompts: PromptLibrary,
    sampling: SamplingParams, attempt: int,
) -> ChatRequest:
    """The single request that writes every assistant turn."""
    variables = dict(intent=intent, flow=intent.flow(item.flow_id), scenario=item.scenario,
                     skeleton=skeleton)
    return ChatRequest(
        request_id=f"{item.id}-response-{attempt}",
        messages=[
            {"role": "system", "content": prompts.render(JOINT_TEMPLATES[0], **variables)},
            {"role": "user", "content": prompts.render(JOINT_TEMPLATES[1], **variables)},
        ],
        sampling=item.sampling_for(sampling, "response", attempt),
        json_schema=joint_schema(len(skeleton.turns)),
        schema_name="responses",
    )


def format_joint_output(completion: Completion, skeleton: Skeleton) -> list[str]:
    """The answers, one per query; raises `ParseError` with the reason."""
    data = load_json_object(completion)
    answers = data.get("answers")
    if not isinstance(answers, list):
        raise ParseError("output has no 'answers' list")
    return check_texts(answers, "answer", len(skeleton.turns))


def format_turnwise_input(
    item: PlanItem, intent: Intent, skeleton: Skeleton, answers_so_far: list[str],
    prompts: PromptLibrary, sampling: SamplingParams, attempt: int,
) -> ChatRequest:
    """The request for assistant turn `len(answers_so_far)`, with the real history."""
    turn = len(answers_so_far)
    variables = dict(intent=intent, flow=intent.flow(item.flow_id), scenario=item.scenario,
                     skeleton=skeleton, remaining=skeleton.turns[turn + 1:])
    messages = [{"role": "system", "content": prompts.render(TURNWISE_TEMPLATES[0], **variables)}]
    for query, answer in zip(skeleton.queries, answers_so_far):
        messages += [{"role": "user", "content": query}, {"role": "assistant", "content": answer}]
    messages.append({"role": "user", "content": skeleton.queries[turn]})
    return ChatRequest(
        request_id=f"{item.id}-response{turn}-{attempt}",
        messages=messages,
        sampling=item.sampling_for(sampling, f"response{turn}", attempt),
    )


def format_turnwise_output(completion: Completion, answers_so_far: list[str]) -> str:
    """One answer as plain text; raises `ParseError` with the reason."""
    if completion.finish_reason == "length":
        raise ParseError(f"answer truncated at max_tokens ({completion.completion_tokens} tokens)")
    answer = completion.text.strip()
    if not answer:
        raise ParseError("empty answer")
    if any(answer.lower() == a.lower() for a in answers_so_far):
        raise ParseError("answer repeats an earlier answer word for word")
    return answer


@dataclass
class Answers:
    """The assistant turns of a dialogue, or why they could not be had."""

    answers: list[str] | None
    attempts: int
    reason: str = ""
    raw_outputs: list[str] = field(default_factory=list)


class JointResponse:
    """The paper's mode: one request sees every query and writes every answer."""

    mode = "joint"
    templates = JOINT_TEMPLATES

    def first_request(self, item: PlanItem, intent: Intent, skeleton: Skeleton,
                      prompts: PromptLibrary, sampling: SamplingParams) -> ChatRequest:
        return format_joint_input(item, intent, skeleton, prompts, sampling, 0)

    async def answer(self, item: PlanItem, intent: Intent, skeleton: Skeleton,
                     prompts: PromptLibrary, sampling: SamplingParams, sample: Sampler) -> Answers:
        got = await sample(
            lambda a: format_joint_input(item, intent, skeleton, prompts, sampling, a),
            lambda c: format_joint_output(c, skeleton))
        return Answers(got.value, got.attempts, got.reason(), got.raw_outputs)


class TurnwiseResponse:
    """One request per turn, with the real conversation so far as history."""

    mode = "turnwise"
    templates = TURNWISE_TEMPLATES

    def first_request(self, item: PlanItem, intent: Intent, skeleton: Skeleton,
                      prompts: PromptLibrary, sampling: SamplingParams) -> ChatRequest:
        return format_turnwise_input(item, intent, skeleton, [], prompts, sampling, 0)

    async def answer(self, item: PlanItem, intent: Intent, skeleton: Skeleton,
                     prompts: PromptLibrary, sampling: SamplingParams, sample: Sampler) -> Answers:
        answers: list[str] = []
        attempts = 0
        for turn in range(len(skeleton.turns)):
            one = await sample(
                lambda a: format_turnwise_input(item, intent, skeleton, answers, prompts,
                                                sampling, a),
                lambda c: format_turnwise_output(c, answers))
            attempts += one.attempts
            if one.value is None:
                return Answers(None, attempts, f"turn {turn + 1}: {one.reason()}", one.raw_outputs)
            answers.append(one.value)
        return Answers(answers, attempts)


ResponseTask = JointResponse | TurnwiseResponse
_BY_MODE: dict[str, ResponseTask] = {"joint": JointResponse(), "turnwise": TurnwiseResponse()}


def response_task(mode: str) -> ResponseTask:
    """The response task of a `generation.response_mode` (chosen once per run)."""
    return _BY_MODE[mode]


def template_names(mode: str) -> list[str]:
    """The prompt templates a run in `mode` renders (skeleton, then response)."""
    return [*SKELETON_TEMPLATES, *response_task(mode).templates]
