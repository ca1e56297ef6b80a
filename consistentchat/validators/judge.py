"""LLM judge: a 1-10 chat-consistency score from a judge model, with its reasoning kept."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from ..backends.base import Backend, ChatRequest, SamplingParams
from ..errors import BackendRequestError
from ..prompts import PromptLibrary
from .base import Dialogue, Validator, Verdict
from .config import JudgeConfig

TEMPLATES = ("judge_system.j2", "judge_user.j2")
SCHEMA: dict[str, Any] = {
    "type": "object",
    # Bounded reasoning, so a schema-enforcing server always closes the JSON within max_tokens.
    "properties": {"reasoning": {"type": "string", "maxLength": 1200},
                   "score": {"type": "integer", "minimum": 1, "maximum": 10}},
    "required": ["reasoning", "score"],
    "additionalProperties": False,
}


def parse_judgement(text: str) -> tuple[float, str]:
    """(score, reasoning) from the judge's JSON; ValueError saying why it cannot be read."""
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
    return float(score), str(data.get("reasoning", "")).strip()


class JudgeValidator(Validator):
    name = "judge"
    stage = "passing"

    def __init__(self, backend: Backend, config: JudgeConfig | None = None,
                 prompts: PromptLibrary | None = None) -> None:
        self.backend = backend
        self.config = config or JudgeConfig()
        self.prompts = prompts or PromptLibrary()

    def request(self, d: Dialogue, attempt: int) -> ChatRequest:
        variables = {"messages": d.turns, "scenario": d.scenario}
        return ChatRequest(
            request_id=f"{d.id}-judge-{attempt}",
            messages=[{"role": "system", "content": self.prompts.render(TEMPLATES[0], **variables)},
                      {"role": "user", "content": self.prompts.render(TEMPLATES[1], **variables)}],
            sampling=SamplingParams(temperature=self.config.temperature if attempt == 0 else 0.7,
                                    max_tokens=self.config.max_tokens, seed=attempt),
            json_schema=SCHEMA, schema_name="judgement")

    async def judge(self, d: Dialogue) -> Verdict:
        problems: list[str] = []
        for attempt in range(self.config.max_attempts):
            try:
                completion = await self.backend.complete_one(self.request(d, attempt))
                score, reasoning = parse_judgement(completion.text)
            except (ValueError, BackendRequestError) as exc:
                problems.append(str(exc))
                continue
            text = f"score {score:g}/10: {reasoning}"
            if score < self.config.threshold:
                return self.fail(f"{text} (threshold {self.config.threshold:g})", score=score)
            return self.ok(text, score=score)
        return self.skip(f"no usable judgement after {len(problems)} attempts: {problems[-1]}")

    async def validate(self, dialogues: list[Dialogue]) -> list[Verdict]:
        gate = asyncio.Semaphore(self.config.concurrency)

        async def one(d: Dialogue) -> Verdict:
            async with gate:
                return await self.judge(d)

        return list(await asyncio.gather(*(one(d) for d in dialogues)))


def make_judge_backend(config: JudgeConfig) -> Backend | None:
    """The judge's own backend from `config.backend` (a job-config backend section), or None."""
    if not config.backend:
        return None
    from ..backends import make_backend
    from ..config import BackendConfig, format_validation_error
    from ..errors import UserError
    from pydantic import ValidationError

    try:
        backend_config = BackendConfig.model_validate(config.backend)
    except ValidationError as err:
        raise UserError(format_validation_error(err, "validation.judge.backend")) from None
    return make_backend(backend_config)
