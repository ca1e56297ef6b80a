"""LLM judge: a 1-10 chat-consistency score from a judge model, with its reasoning kept.

`choose_judge` is the one place that decides whether the judge runs and with which backend.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from ..config.validation import JudgeConfig
from ..backends import make_backend
from ..backends.base import Backend, ChatRequest
from ..config.backend import BackendConfig
from ..errors import BackendRequestError, UserError
from ..prompts import PromptLibrary
from ..tasks import judge as judge_task
from ..tasks.judge import SCHEMA, TEMPLATES  # noqa: F401  (re-exported)
from ..tasks.judge import format_output as parse_judgement
from .base import Dialogue, Validator, ValidatorDisabled, Verdict


@dataclass
class JudgeChoice:
    """Whether the judge runs, with which backend, and whether that backend is its own (to be
    started and closed by the caller) or the generator's (already running)."""

    backend: Backend | None = None
    owned: bool = False
    off_reason: str = "no judge backend configured"

    @property
    def enabled(self) -> bool:
        return self.backend is not None


def choose_judge(section: JudgeConfig, *, generator: Backend | None = None,
                 override: BackendConfig | None = None) -> JudgeChoice:
    """The judge decision. `enabled: false` turns it off; `enabled: null` (the default) turns
    it on unless the generator is the embedded default model; it judges with `override` (e.g.
    `validate --judge-base-url`), else `section.backend`, else the generator's backend."""
    if section.enabled is False:
        return JudgeChoice(off_reason="disabled in the config")
    if section.enabled is None and generator is not None and generator.is_embedded_default:
        return JudgeChoice(off_reason="off by default with the embedded model")
    own = override or section.backend
    if own is not None:
        return JudgeChoice(backend=make_backend(own), owned=True)
    if generator is None:
        if section.enabled:
            raise UserError("validation.judge is enabled but no judge backend is configured: "
                            "pass --judge-base-url/--judge-model or set validation.judge.backend")
        return JudgeChoice()
    return JudgeChoice(backend=generator)


class JudgeValidator(Validator):
    name = "judge"
    scope = "passing"

    def __init__(self, backend: Backend, config: JudgeConfig | None = None,
                 prompts: PromptLibrary | None = None) -> None:
        self.backend = backend
        self.config = config or JudgeConfig()
        self.prompts = prompts or PromptLibrary()

    @classmethod
    def from_config(cls, section: JudgeConfig, context: Any) -> "JudgeValidator":
        choice: JudgeChoice = context.judge
        if choice.backend is None:
            raise ValidatorDisabled(choice.off_reason)
        return cls(backend=choice.backend, config=section, prompts=context.prompts)

    def request(self, d: Dialogue, attempt: int) -> ChatRequest:
        return judge_task.format_input(d.id, d.turns, d.scenario, self.prompts,
                                       self.config.temperature, self.config.max_tokens, attempt)

    async def judge(self, d: Dialogue) -> Verdict:
        problems: list[str] = []
        for attempt in range(self.config.max_attempts):
            try:
                completion = await self.backend.complete_one(self.request(d, attempt))
                judged = parse_judgement(completion.text)
            except (ValueError, BackendRequestError) as exc:
                problems.append(str(exc))
                continue
            score = judged.score
            text = f"score {score:g}/10: {judged.reasoning}"
            if judged.contradictions and self.config.reject_contradictions:
                return self.fail(f"contradicts an earlier turn: {'; '.join(judged.contradictions)}"
                                 f" ({text})", score=score, kind="contradiction")
            if score < self.config.threshold:
                return self.fail(f"{text} (threshold {self.config.threshold:g})", score=score,
                                 kind="low_consistency")
            return self.ok(text, score=score)
        return self.skip(f"no usable judgement after {len(problems)} attempts: {problems[-1]}",
                         kind="no_judgement")

    async def validate(self, dialogues: list[Dialogue]) -> list[Verdict]:
        gate = asyncio.Semaphore(self.config.concurrency)

        async def one(d: Dialogue) -> Verdict:
            async with gate:
                return await self.judge(d)

        return list(await asyncio.gather(*(one(d) for d in dialogues)))
