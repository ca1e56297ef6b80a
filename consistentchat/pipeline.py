"""Generation of one dialogue: skeleton -> responses, with bounded re-sampling.

Pure orchestration over a `Backend`; nothing here writes files. A dialogue either comes back
as a `DialogueRecord` whose every turn a model wrote, or as a `FailureRecord` with the reasons
and raw outputs. `BackendFatalError` propagates and stops the run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Awaitable, Callable, Generic, TypeVar

from .backends.base import Backend, ChatRequest, Completion
from .config import GenerationConfig
from .errors import BackendRequestError, ParseError
from .plan import PlanItem
from .prompts import PromptLibrary
from .records import DialogueRecord, FailureRecord, Skeleton, Usage, to_sharegpt
from .taxonomy import Intent
from .tasks import response as response_task
from .tasks import skeleton as skeleton_task

T = TypeVar("T")


@dataclass
class Sampled(Generic[T]):
    """The outcome of bounded re-sampling: a value, or the reasons every attempt failed."""

    value: T | None = None
    attempts: int = 0
    reasons: list[str] = field(default_factory=list)
    raw_outputs: list[str] = field(default_factory=list)

    def reason(self) -> str:
        return "; ".join(f"attempt {i}: {r}" for i, r in enumerate(self.reasons, 1))


async def sample_until_valid(
    backend: Backend,
    make_request: Callable[[int], ChatRequest],
    parse: Callable[[Completion], T],
    max_attempts: int,
    usage: Usage,
) -> Sampled[T]:
    """Request, parse, and re-sample on a parse or request failure, at most `max_attempts` times."""
    result: Sampled[T] = Sampled()
    for attempt in range(max_attempts):
        result.attempts = attempt + 1
        try:
            completion = await backend.complete_one(make_request(attempt))
        except BackendRequestError as exc:
            result.reasons.append(f"request failed: {exc}")
            result.raw_outputs.append("")
            continue
        usage.add(completion.prompt_tokens, completion.completion_tokens)
        try:
            result.value = parse(completion)
            return result
        except ParseError as exc:
            result.reasons.append(str(exc))
            result.raw_outputs.append(completion.text)
    return result


def template_names(response_mode: str) -> list[str]:
    """The prompt templates a run in `response_mode` renders."""
    response = (response_task.JOINT_TEMPLATES if response_mode == "joint"
                else response_task.TURNWISE_TEMPLATES)
    return [*skeleton_task.TEMPLATES, *response]


@dataclass
class DialogueGenerator:
    """Generates dialogues for plan items with one backend, prompts and generation settings."""

    backend: Backend
    prompts: PromptLibrary
    generation: GenerationConfig
    intents: dict[str, Intent]
    on_skeleton: Callable[[PlanItem, Skeleton, int, Usage], Awaitable[None] | None] | None = None

    def prompt_hashes(self) -> dict[str, str]:
        return {n: self.prompts.hash(n) for n in template_names(self.generation.response_mode)}

    def sampling_record(self) -> dict[str, dict]:
        return {"skeleton": self.generation.skeleton_sampling.model_dump(),
                "response": self.generation.response_sampling.model_dump()}

    async def generate(
        self, item: PlanItem, resumed_skeleton: tuple[Skeleton, int, Usage] | None = None
    ) -> DialogueRecord | FailureRecord:
        """One dialogue, start to finish (or from a skeleton accepted before a restart)."""
        intent = self.intents[item.intent_id]
        flow = intent.flow(item.flow_id)
        gen = self.generation
        usage = Usage()
        if resumed_skeleton is not None:
            skeleton, skeleton_attempts, skeleton_usage = resumed_skeleton
            usage.add(skeleton_usage.prompt_tokens, skeleton_usage.completion_tokens)
        else:
            sampled = await sample_until_valid(
                self.backend,
                lambda a: skeleton_task.format_input(item, intent, self.prompts,
                                                     gen.skeleton_sampling, a),
                lambda c: skeleton_task.format_output(c, flow, item.num_turns),
                gen.max_attempts, usage)
            if sampled.value is None:
                return self._failure(item, "skeleton", sampled.reason(), sampled.raw_outputs,
                                     sampled.attempts, usage)
            skeleton, skeleton_attempts = sampled.value, sampled.attempts
            if self.on_skeleton is not None:
                maybe = self.on_skeleton(item, skeleton, skeleton_attempts, usage.model_copy())
                if maybe is not None:
                    await maybe

        if gen.response_mode == "joint":
            answers_sampled = await sample_until_valid(
                self.backend,
                lambda a: response_task.format_joint_input(item, intent, skeleton, self.prompts,
                                                           gen.response_sampling, a),
                lambda c: response_task.format_joint_output(c, skeleton),
                gen.max_attempts, usage)
            if answers_sampled.value is None:
                return self._failure(item, "response", answers_sampled.reason(),
                                     answers_sampled.raw_outputs, answers_sampled.attempts, usage)
            answers, response_attempts = answers_sampled.value, answers_sampled.attempts
        else:
            answers, response_attempts = [], 0
            for turn in range(len(skeleton.turns)):
                one = await sample_until_valid(
                    self.backend,
                    lambda a: response_task.format_turnwise_input(
                        item, intent, skeleton, answers, self.prompts, gen.response_sampling, a),
                    lambda c: response_task.format_turnwise_output(c, answers),
                    gen.max_attempts, usage)
                response_attempts += one.attempts
                if one.value is None:
                    return self._failure(item, "response", f"turn {turn + 1}: {one.reason()}",
                                         one.raw_outputs, response_attempts, usage)
                answers.append(one.value)

        messages: list[dict[str, str]] = []
        for query, answer in zip(skeleton.queries, answers):
            messages += [{"role": "user", "content": query}, {"role": "assistant", "content": answer}]
        return DialogueRecord(
            id=item.id, intent=item.intent_id, scenario=item.scenario, flow=item.flow_id,
            flow_steps=flow.step_names, num_turns=item.num_turns, messages=messages,
            conversations=to_sharegpt(messages), skeleton=skeleton.turns,
            response_mode=gen.response_mode, model=self.backend.model_name,
            sampling=self.sampling_record(), prompt_hashes=self.prompt_hashes(), seed=item.seed,
            sample_index=item.sample_index, usage=usage,
            attempts={"skeleton": skeleton_attempts, "response": response_attempts},
        )

    def _failure(self, item: PlanItem, stage: str, reason: str, raws: list[str], attempts: int,
                 usage: Usage) -> FailureRecord:
        if not any(raws):
            # No attempt got model output: the backend failed, not the model. Such failures are
            # recorded (the run finishes) and retried when the run is resumed.
            stage = "backend"
        return FailureRecord(
            id=item.id, intent=item.intent_id, scenario=item.scenario, flow=item.flow_id,
            stage=stage, reason=reason, raw_outputs=raws, attempts=attempts,
            model=self.backend.model_name, seed=item.seed, sample_index=item.sample_index,
            usage=usage,
        )
