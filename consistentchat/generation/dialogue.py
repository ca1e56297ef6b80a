"""Generation of one dialogue: skeleton -> responses, with bounded re-sampling.

Pure orchestration over a `Backend`; nothing here writes files. A dialogue either comes back
as a `DialogueRecord` whose every turn a model wrote, or as a `FailureRecord` with the reasons
and raw outputs. `BackendFatalError` propagates and stops the run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Awaitable, Callable, TypeVar

from ..backends.base import Backend, ChatRequest, Completion
from ..config import GenerationConfig
from ..errors import BackendRequestError, ParseError
from ..plan import PlanItem
from ..prompts import PromptLibrary
from ..records import DialogueRecord, FailureRecord, Skeleton, Usage, to_sharegpt
from ..store import failure_stage
from ..taxonomy import Intent
from ..tasks import skeleton as skeleton_task
from ..tasks.base import Sampled
from ..tasks.response import ResponseTask, response_task, template_names

T = TypeVar("T")


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


@dataclass
class DialogueGenerator:
    """Generates dialogues for plan items with one backend, prompts and generation settings."""

    backend: Backend
    prompts: PromptLibrary
    generation: GenerationConfig
    intents: dict[str, Intent]
    on_skeleton: Callable[[PlanItem, Skeleton, int, Usage], Awaitable[None] | None] | None = None
    responses: ResponseTask = field(init=False)

    def __post_init__(self) -> None:
        self.responses = response_task(self.generation.response_mode)

    def prompt_hashes(self) -> dict[str, str]:
        return {n: self.prompts.hash(n) for n in template_names(self.generation.response_mode)}

    def sampling_record(self) -> dict[str, dict]:
        return {"skeleton": self.generation.skeleton_sampling.model_dump(),
                "response": self.generation.response_sampling.model_dump()}

    async def generate(
        self, item: PlanItem, resumed_skeleton: tuple[Skeleton, int, Usage] | None = None,
        round_: int = 0,
    ) -> DialogueRecord | FailureRecord:
        """One dialogue, start to finish (or from a skeleton accepted before a restart).
        `round_` > 0 re-samples a dialogue a validator rejected: its requests get new ids (and
        seeds), so the model writes something new."""
        intent = self.intents[item.intent_id]
        flow = intent.flow(item.flow_id)
        gen = self.generation
        usage = Usage()

        def sample(make_request: Callable[[int], ChatRequest],
                   parse: Callable[[Completion], T]) -> Awaitable[Sampled[T]]:
            base = round_ * gen.max_attempts
            return sample_until_valid(self.backend, lambda a: make_request(a + base), parse,
                                      gen.max_attempts, usage)

        if resumed_skeleton is not None:
            skeleton, skeleton_attempts, skeleton_usage = resumed_skeleton
            usage.add(skeleton_usage.prompt_tokens, skeleton_usage.completion_tokens)
        else:
            sampled = await sample(
                lambda a: skeleton_task.format_input(item, intent, self.prompts,
                                                     gen.skeleton_sampling, a),
                lambda c: skeleton_task.format_output(c, flow, item.num_turns))
            if sampled.value is None:
                return self._failure(item, "skeleton", sampled.reason(), sampled.raw_outputs,
                                     sampled.attempts, usage)
            skeleton, skeleton_attempts = sampled.value, sampled.attempts
            if self.on_skeleton is not None:
                maybe = self.on_skeleton(item, skeleton, skeleton_attempts, usage.model_copy())
                if maybe is not None:
                    await maybe

        got = await self.responses.answer(item, intent, skeleton, self.prompts,
                                          gen.response_sampling, sample)
        if got.answers is None:
            return self._failure(item, "response", got.reason, got.raw_outputs, got.attempts,
                                 usage)

        messages: list[dict[str, str]] = []
        for query, answer in zip(skeleton.queries, got.answers):
            messages += [{"role": "user", "content": query}, {"role": "assistant", "content": answer}]
        return DialogueRecord(
            id=item.id, intent=item.intent_id, scenario=item.scenario, flow=item.flow_id,
            flow_steps=flow.step_names, num_turns=item.num_turns, messages=messages,
            conversations=to_sharegpt(messages), skeleton=skeleton.turns,
            response_mode=gen.response_mode, model=self.backend.model_name,
            sampling=self.sampling_record(), prompt_hashes=self.prompt_hashes(), seed=item.seed,
            sample_index=item.sample_index, usage=usage,
            attempts={"skeleton": skeleton_attempts, "response": got.attempts},
        )

    def _failure(self, item: PlanItem, stage: str, reason: str, raws: list[str], attempts: int,
                 usage: Usage) -> FailureRecord:
        return FailureRecord(
            id=item.id, intent=item.intent_id, scenario=item.scenario, flow=item.flow_id,
            stage=failure_stage(stage, raws), reason=reason, raw_outputs=raws, attempts=attempts,
            model=self.backend.model_name, seed=item.seed, sample_index=item.sample_index,
            usage=usage,
        )
