"""Judge task: the paper's 1-10 chat-consistency score, as a request and its parser."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..backends.base import ChatRequest, SamplingParams
from ..prompts import PromptLibrary

TEMPLATES = ("judge_system.j2", "judge_user.j2")
SCHEMA: dict[str, Any] = {
    "type": "object",
    # Bounded reasoning, so a schema-enforcing server always closes the JSON within max_tokens.
    "properties": {
        "contradictions": {"type": "array", "maxItems": 8, "items": {
            "type": "object", "properties": {"turn": {"type": "integer", "minimum": 1},
                                             "detail": {"type": "string", "maxLength": 300}},
            "required": ["turn", "detail"], "additionalProperties": False}},
        "reasoning": {"type": "string", "maxLength": 1200},
        "score": {"type": "integer", "minimum": 1, "maximum": 10}},
    "required": ["contradictions", "reasoning", "score"],
    "additionalProperties": False,
}


def format_input(dialogue_id: str, messages: list[dict[str, str]], scenario: str | None,
                 prompts: PromptLibrary, temperature: float, max_tokens: int,
                 attempt: int) -> ChatRequest:
    """The judge request for one dialogue (a re-sample after a bad output runs warmer)."""
    variables = {"messages": messages, "scenario": scenario}
    return ChatRequest(
        request_id=f"{dialogue_id}-judge-{attempt}",
        messages=[{"role": "system", "content": prompts.render(TEMPLATES[0], **variables)},
                  {"role": "user", "content": prompts.render(TEMPLATES[1], **variables)}],
        sampling=SamplingParams(temperature=temperature if attempt == 0 else 0.7,
                                max_tokens=max_tokens, seed=attempt),
        json_schema=SCHEMA, schema_name="judgement")


@dataclass
class Judgement:
    """What the judge said: a 1-10 score, its reasoning, and the contradictions it found."""

    score: float
    reasoning: str
    contradictions: list[str] = field(default_factory=list)


def format_output(text: str) -> Judgement:
    """The judge's JSON read back; ValueError saying why it cannot be read. `contradictions`
    is optional (older prompts and loose servers leave it out)."""
    text = text.strip()
    if text.startswith("```"):
        text = text.strip("`").removeprefix("json").strip()
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end < start:
        raise ValueError("judge output has no JSON object")
    try:
        data = json.loads(text[start:end + 1])
    except json.JSONDecodeError as exc:
        raise ValueError(f"judge output is not valid JSON: {exc.msg}") from None
    score = data.get("score") if isinstance(data, dict) else None
    if isinstance(score, bool) or not isinstance(score, (int, float)) or not 1 <= score <= 10:
        raise ValueError(f"judge score {score!r} is not a number from 1 to 10")
    found = data.get("contradictions") or []
    contradictions = [f"turn {c.get('turn')}: {c.get('detail', '')}".strip() if isinstance(c, dict)
                      else str(c) for c in found if c] if isinstance(found, list) else []
    return Judgement(float(score), str(data.get("reasoning", "")).strip(), contradictions)
