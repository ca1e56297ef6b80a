"""Skeleton task: the whole sequence of user queries of a dialogue, following a flow."""

from __future__ import annotations

from typing import Any

from ..backends.base import ChatRequest, Completion, SamplingParams
from ..errors import ParseError
from ..plan import PlanItem
from ..prompts import PromptLibrary
from ..records import Skeleton, SkeletonTurn
from ..taxonomy import Flow, Intent
from .parsing import check_texts, load_json_object

TEMPLATES = ("skeleton_system.j2", "skeleton_user.j2")


def skeleton_schema(flow: Flow, num_turns: int) -> dict[str, Any]:
    """JSON schema of a skeleton: exactly `num_turns` {step, query} items."""
    return {
        "type": "object",
        "properties": {
            "turns": {
                "type": "array",
                "minItems": num_turns,
                "maxItems": num_turns,
                "items": {
                    "type": "object",
                    "properties": {
                        "step": {"type": "string", "enum": flow.step_names},
                        "query": {"type": "string", "minLength": 1},
                    },
                    "required": ["step", "query"],
                    "additionalProperties": False,
                },
            }
        },
        "required": ["turns"],
        "additionalProperties": False,
    }


def format_input(
    item: PlanItem, intent: Intent, prompts: PromptLibrary, sampling: SamplingParams, attempt: int
) -> ChatRequest:
    """The skeleton request for a planned dialogue."""
    flow = intent.flow(item.flow_id)
    variables = dict(intent=intent, flow=flow, scenario=item.scenario, num_turns=item.num_turns)
    return ChatRequest(
        request_id=f"{item.id}-skeleton-{attempt}",
        messages=[
            {"role": "system", "content": prompts.render(TEMPLATES[0], **variables)},
            {"role": "user", "content": prompts.render(TEMPLATES[1], **variables)},
        ],
        sampling=sampling.model_copy(update={"seed": item.request_seed("skeleton", attempt)}),
        json_schema=skeleton_schema(flow, item.num_turns),
        schema_name="skeleton",
    )


def format_output(completion: Completion, flow: Flow, num_turns: int) -> Skeleton:
    """Parse and check a skeleton; raises `ParseError` with the reason."""
    data = load_json_object(completion)
    turns = data.get("turns")
    if not isinstance(turns, list):
        raise ParseError("output has no 'turns' list")
    if not all(isinstance(t, dict) for t in turns):
        raise ParseError("every turn must be an object with 'step' and 'query'")
    queries = check_texts([t.get("query") for t in turns], "query", num_turns)
    order = {name: i for i, name in enumerate(flow.step_names)}
    steps: list[str] = []
    for i, turn in enumerate(turns, 1):
        step = turn.get("step")
        if step not in order:
            raise ParseError(f"turn {i} names unknown flow step {step!r}")
        if steps and order[step] < order[steps[-1]]:
            raise ParseError(f"turn {i} goes back from step {steps[-1]!r} to {step!r}")
        steps.append(step)
    missing = [s for s in flow.step_names if s not in steps]
    if missing:
        raise ParseError(f"flow steps not covered: {', '.join(missing)}")
    return Skeleton(turns=[SkeletonTurn(step=s, query=q) for s, q in zip(steps, queries)])
