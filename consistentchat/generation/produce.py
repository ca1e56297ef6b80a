"""One planned dialogue, start to finish: generate, validate as it lands, and re-sample the
stage at fault while the budget lasts. Both executors run this (in this process, or inside each
Ray replica); nothing here writes files."""

from __future__ import annotations

import contextlib
from typing import Any, Awaitable, Callable

from ..backends import Backend
from ..config import JobConfig
from ..plan import PlanItem
from ..prompts import PromptLibrary
from ..records import DialogueRecord, FailureRecord, Skeleton, Usage
from ..taxonomy import Intent
from .dialogue import DialogueGenerator
from .inline import InlineValidator, record_digest, stage_at_fault, validation_record

Resumed = tuple[Skeleton, int, Usage]
OnSkeleton = Callable[[PlanItem, Skeleton, int, Usage], Awaitable[None] | None]


@contextlib.asynccontextmanager
async def validation_chain(config: JobConfig, intents: list[Intent], prompts: PromptLibrary,
                           backend: Backend | None) -> Any:
    """The run's validator chain (the judge on `backend` unless the config says otherwise),
    with the judge's own backend started when it has one. Yields the chain."""
    from ..validators import ValidationContext, build_chain, choose_judge

    judge = choose_judge(config.validation.judge, generator=backend)
    async with contextlib.AsyncExitStack() as stack:
        if judge.owned and judge.backend is not None:
            await stack.enter_async_context(judge.backend)
        context = ValidationContext.for_intents(intents, judge=judge, prompts=prompts)
        yield build_chain(config.validation, context)


class DialogueProducer:
    """Produces validated dialogues with one (started) backend. Use as an async context."""

    def __init__(self, config: JobConfig, intents: list[Intent], prompts: PromptLibrary,
                 backend: Backend, on_skeleton: OnSkeleton | None = None) -> None:
        self.config = config
        self.intents = intents
        self.prompts = prompts
        self.backend = backend
        self.generator = DialogueGenerator(
            backend=backend, prompts=prompts, generation=config.generation,
            intents={i.id: i for i in intents}, on_skeleton=on_skeleton)
        self.budget = config.validation.resample_on_reject if config.validation.enabled else 0
        self._stack = contextlib.AsyncExitStack()

    async def __aenter__(self) -> "DialogueProducer":
        self.chain = await self._stack.enter_async_context(
            validation_chain(self.config, self.intents, self.prompts, self.backend))
        self.inline = InlineValidator(self.chain)
        self._stack.push_async_callback(self.inline.close)
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._stack.aclose()

    async def produce(self, item: PlanItem, resumed: Resumed | None = None
                      ) -> DialogueRecord | FailureRecord:
        """One dialogue, validated, re-sampled at the stage at fault while the budget lasts.
        Every rejected attempt's reasons are kept in the record (`validation.rejected_attempts`)."""
        self.inline.start()  # a validation worker starts up while this dialogue generates
        result = await self.generator.generate(item, resumed)
        attempts: list[dict[str, Any]] = []
        chain = self.chain
        for round_ in range(self.budget + 1):
            if not isinstance(result, DialogueRecord) or not chain.names:
                return result
            record = result.model_dump(mode="json")
            checked = await self.inline.check(record)
            if checked.passed or round_ == self.budget:
                break
            stage = stage_at_fault(checked.failed, round_)
            attempts.append({"attempt": round_ + 1, "regenerate": stage, "reasons": [
                f"{v.validator}: {v.reason}" for v in checked.failed]})
            skeleton = Skeleton(turns=result.skeleton)
            again = await self.generator.generate(
                item, (skeleton, 0, Usage()) if stage == "responses" else None, round_=round_ + 1)
            if not isinstance(again, DialogueRecord):
                break  # the re-sample failed: the rejected dialogue stands, with its reasons
            result = again
        result.validation = validation_record(checked, record_digest(record), chain.fingerprints,
                                              attempts)
        return result
