"""Executors, chosen by registry name: where the plan's dialogues are produced.

- `local`: one backend in this process (the default).
- `ray`: `replicas` Ray actors, each owning one backend (see `ray_executor.py`).

Either way the driver (this process) keeps the run folder: it plans, resumes, writes every
finished dialogue to the durable record, dedups and exports. An executor only turns plan
items into records.
"""

from __future__ import annotations

import abc
import contextlib
from typing import TYPE_CHECKING, Any, AsyncIterator

from ..backends import Backend
from ..config import JobConfig
from ..plan import PlanItem
from ..prompts import PromptLibrary
from ..records import DialogueRecord, FailureRecord
from ..registry import Registry
from ..taxonomy import Intent
from .produce import DialogueProducer, OnSkeleton, Resumed

if TYPE_CHECKING:
    from ..validators import ValidatorChain


class Executor(abc.ABC):
    """Turns plan items into dialogue or failure records. Use as an async context."""

    def __init__(self, config: JobConfig, intents: list[Intent], prompts: PromptLibrary,
                 backend: Backend, on_skeleton: OnSkeleton | None = None) -> None:
        self.config = config
        self.intents = intents
        self.prompts = prompts
        self.backend = backend  # in the driver (started by `local`, a template for `ray`)
        self.on_skeleton = on_skeleton

    @property
    @abc.abstractmethod
    def model_name(self) -> str:
        """The model the dialogues are generated with (known after start)."""

    @property
    @abc.abstractmethod
    def concurrency(self) -> int:
        """Dialogues to keep in flight across the executor (known after start)."""

    @abc.abstractmethod
    def export_chain(self) -> contextlib.AbstractAsyncContextManager[ValidatorChain]:
        """The validator chain the driver settles verdicts and dedups with at export."""

    @abc.abstractmethod
    async def produce(self, item: PlanItem, resumed: Resumed | None) -> DialogueRecord | FailureRecord:
        """One planned dialogue, validated (and re-sampled) as the config says."""

    def describe(self) -> dict[str, Any]:
        """What the summary records about the executor."""
        return {"name": self.config.executor.name}

    async def __aenter__(self) -> "Executor":
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None


EXECUTORS: Registry[Executor] = Registry("executor")


@EXECUTORS.register("local")
class LocalExecutor(Executor):
    """The backend in this process; accepted skeletons are checkpointed through `on_skeleton`."""

    async def __aenter__(self) -> "LocalExecutor":
        await self.backend.__aenter__()
        try:
            self._producer = DialogueProducer(self.config, self.intents, self.prompts,
                                              self.backend, self.on_skeleton)
            await self._producer.__aenter__()
        except BaseException:
            await self.backend.__aexit__(None, None, None)
            raise
        return self

    async def __aexit__(self, *exc: object) -> None:
        try:
            await self._producer.__aexit__(*exc)
        finally:
            await self.backend.__aexit__(*exc)

    @property
    def model_name(self) -> str:
        return self.backend.model_name

    @property
    def concurrency(self) -> int:
        return self.config.backend.max_concurrency or self.backend.default_concurrency()

    @contextlib.asynccontextmanager
    async def export_chain(self) -> AsyncIterator[ValidatorChain]:
        yield self._producer.chain  # the chain that validated inline: built once

    async def produce(self, item: PlanItem, resumed: Resumed | None) -> DialogueRecord | FailureRecord:
        return await self._producer.produce(item, resumed)


def _ray_factory(**kwargs: Any) -> Executor:
    from .ray_executor import RayExecutor  # Ray is optional: imported only when chosen

    return RayExecutor(**kwargs)


EXECUTORS.add("ray", _ray_factory)


def make_executor(config: JobConfig, **kwargs: Any) -> Executor:
    """The executor the config names (by registry name)."""
    return EXECUTORS.get(config.executor.name)(config=config, **kwargs)
