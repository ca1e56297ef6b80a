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


MAX_QUERY_CHARS = 400


def assign_steps(flow: Flow, num_turns: int) -> list[str]:
    """The flow step each turn serves: steps in order, spread evenly, every step covered."""
    k = len(flow.steps)
    if num_turns < k:
        raise ValueError(f"{num_turns} turns cannot cover the {k} steps of flow {flow.id!r}")
    return [flow.steps[i * k // num_turns].name for i in range(num_turns)]


def skeleton_schema(flow: Flow, num_turns: int) -> dict[str, Any]:
    """JSON schema of a skeleton: exactly `num_turns` {step, query} items, step i fixed.

    Fixing each turn's step (in flow order) lets the backend's grammar enforce the flow;
    bounding each query's length keeps a looping model from running into max_tokens.
    """
    def turn(step: str) -> dict[str, Any]:
        return {
            "type": "object",
            "properties": {
                "step": {"type": "string", "enum": [step]},
                "query": {"type": "string", "minLength": 1, "maxLength": MAX_QUERY_CHARS},
            },
            "required": ["step", "query"],
            "additionalProperties": False,
        }

    return {
        "type": "object",
        "properties": {
            "turns": {
                "type": "array",
                "prefixItems": [turn(step) for step in assign_steps(flow, num_turns)],
                "items": False,
                "minItems": num_turns,
                "maxItems": num_turns,
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
    plan = [{"step": step, "description": next(s.description for s in flow.steps if s.name == step)}
            for step in assign_steps(flow, item.num_turns)]
    variables = dict(intent=intent, flow=flow, scenario=item.scenario, num_turns=item.num_turns,
                     turn_plan=plan)
    return ChatRequest(
        request_id=f"{item.id}-skeleton-{attempt}",
        messages=[
            {"role": "system", "content": prompts.render(TEMPLATES[0], **variables)},
            {"role": "user", "content": prompts.render(TEMPLATES[1], **variables)},
        ],
        sampling=item.sampling_for(sampling, "skeleton", attempt),
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
