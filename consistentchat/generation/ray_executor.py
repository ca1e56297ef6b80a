"""The `ray` executor: `replicas` Ray actors, each owning one backend (one in-process vLLM engine
with its own GPUs, or one OpenAI client), produce the plan's dialogues; the driver keeps the run.

Why actors and not Ray Data's `map_batches`: a dialogue is a long, two-stage, re-sampling loop
whose length varies tenfold (a rejected dialogue is regenerated). Async actors take dialogues one
at a time up to their backend's concurrency, so no replica idles at a batch boundary waiting for
its slowest dialogue; the driver knows exactly which dialogues are in flight; and Ray restarts a
dead replica and re-runs its in-flight calls (`max_restarts` / `max_task_retries`). Finished
dialogues go back to the driver, which appends them to the durable record, so a replica that
dies loses only unfinished work, and one writer keeps the record exactly-once.
"""

from __future__ import annotations

import asyncio
import logging
import math
import os
from typing import Any

from ..backends import Backend, ChatRequest, Completion, make_backend
from ..config import JobConfig
from ..errors import BackendFatalError, UserError
from ..plan import PlanItem
from ..prompts import PromptLibrary
from ..records import DialogueRecord, FailureRecord
from ..taxonomy import Intent
from .executors import Executor
from .produce import DialogueProducer, Resumed, validation_chain


def _import_ray() -> Any:
    try:
        import ray
    except ImportError:
        raise UserError("--executor ray needs Ray: pip install 'consistentchat[ray]'") from None
    return ray


class Replica:
    """A Ray actor (async): one backend, one producer. Started lazily, also after a restart."""

    def __init__(self, config: JobConfig, intents: list[Intent], index: int) -> None:
        self.config = config
        self.intents = intents
        self.index = index
        self._producer: DialogueProducer | None = None
        self._backend: Backend | None = None
        self._starting = asyncio.Lock()

    async def _ready(self) -> DialogueProducer:
        async with self._starting:
            if self._producer is None:
                backend = make_backend(self.config.backend)
                await backend.__aenter__()
                producer = DialogueProducer(self.config, self.intents,
                                            PromptLibrary(self.config.prompts_dir), backend)
                await producer.__aenter__()
                self._backend, self._producer = backend, producer
            return self._producer

    async def start(self) -> dict[str, Any]:
        """Start the backend; returns its model name, concurrency and where the replica runs."""
        producer = await self._ready()
        backend = producer.backend
        return {"model": backend.model_name, "pid": os.getpid(),
                "concurrency": self.config.backend.max_concurrency or backend.default_concurrency()}

    async def produce(self, item: PlanItem, resumed: Resumed | None) -> DialogueRecord | FailureRecord:
        return await (await self._ready()).produce(item, resumed)

    async def complete(self, request: ChatRequest) -> Completion:
        """One request on this replica's backend (the driver's judge at export)."""
        return await (await self._ready()).backend.complete_one(request)

    async def stop(self) -> None:
        if self._producer is not None:
            await self._producer.__aexit__(None, None, None)
        if self._backend is not None:
            await self._backend.__aexit__(None, None, None)
        self._producer = self._backend = None


class ReplicaBackend(Backend):
    """A backend in the driver whose requests run on the replicas (round robin)."""

    def __init__(self, template: Backend, executor: "RayExecutor") -> None:
        self.template = template
        self.executor = executor
        self.name = template.name
        self._next = 0

    @property
    def is_embedded_default(self) -> bool:
        return self.template.is_embedded_default

    @property
    def model_name(self) -> str:
        return self.executor.model_name

    async def complete_one(self, request: ChatRequest) -> Completion:
        self._next += 1
        actor = self.executor.actors[self._next % len(self.executor.actors)]
        return await self.executor.call(actor.complete.remote(request))


class RayExecutor(Executor):
    """Runs the plan on Ray actors; see the module docstring."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.ray = _import_ray()
        self.settings = self.config.executor
        self.actors: list[Any] = []
        self.replicas: list[dict[str, Any]] = []
        self._started_ray = False
        self._slots: asyncio.Queue[int] = asyncio.Queue()
        self._proxy = ReplicaBackend(self.backend, self)

    # --- the cluster ------------------------------------------------------------------------
    def _connect(self) -> None:
        ray = self.ray
        if ray.is_initialized():
            return
        options: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                                   "logging_level": logging.ERROR}
        address = self.settings.ray_address or os.environ.get("RAY_ADDRESS")
        if address:
            options["address"] = address
        else:  # a local instance: enough logical CPUs for every replica
            need = math.ceil(self.settings.replicas * self.settings.cpus_per_replica)
            options["num_cpus"] = max(os.cpu_count() or 1, need)
        try:
            ray.init(**options)
        except Exception as exc:  # an unreachable address, a broken local start: one line
            raise UserError(f"cannot start or reach Ray ({address or 'local'}): "
                            f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
                            ) from None
        self._started_ray = True

    def _gpus(self) -> float:
        if self.settings.gpus_per_replica is not None:
            return self.settings.gpus_per_replica
        if self.config.backend.name != "vllm" or not self.ray.cluster_resources().get("GPU"):
            return 0.0
        engine = self.config.backend.vllm
        return float(engine.tensor_parallel_size * engine.data_parallel_size)

    async def call(self, ref: Any) -> Any:
        """Await a replica call; a replica's own exception is re-raised as itself, a replica
        that died for good stops the run (what is finished is kept)."""
        ray = self.ray
        try:
            return await ref
        except ray.exceptions.RayTaskError as exc:
            raise exc.as_instanceof_cause() from None
        except ray.exceptions.RayActorError as exc:
            raise BackendFatalError(
                f"a Ray replica died and was restarted {self.settings.max_replica_restarts} "
                f"times ({type(exc).__name__}); re-run the command to resume") from None

    async def __aenter__(self) -> "RayExecutor":
        self._connect()
        remote = self.ray.remote(Replica).options(
            num_cpus=self.settings.cpus_per_replica, num_gpus=self._gpus(),
            max_restarts=self.settings.max_replica_restarts,
            max_task_retries=self.settings.max_replica_restarts, max_concurrency=10_000)
        self.actors = [remote.remote(self.config, self.intents, i)
                       for i in range(self.settings.replicas)]
        try:
            self.replicas = list(await asyncio.gather(
                *(self.call(a.start.remote()) for a in self.actors)))
        except BaseException:
            await self.__aexit__(None, None, None)
            raise
        for index, info in enumerate(self.replicas):
            for _ in range(info["concurrency"]):
                self._slots.put_nowait(index)
        return self

    async def __aexit__(self, *exc: object) -> None:
        stops = [a.stop.remote() for a in self.actors]
        if stops:
            await asyncio.wait([asyncio.ensure_future(self._quiet(s)) for s in stops], timeout=60)
        for actor in self.actors:
            self.ray.kill(actor, no_restart=True)
        self.actors = []
        if self._started_ray:
            self.ray.shutdown()
            self._started_ray = False

    @staticmethod
    async def _quiet(ref: Any) -> None:
        try:
            await ref
        except Exception:  # a replica already gone has nothing to stop
            pass

    # --- the executor contract --------------------------------------------------------------
    @property
    def model_name(self) -> str:
        return self.replicas[0]["model"] if self.replicas else self.backend.model_name

    @property
    def concurrency(self) -> int:
        return sum(r["concurrency"] for r in self.replicas)

    def export_chain(self) -> Any:
        """The driver's own chain; its judge (if any) runs on the replicas."""
        return validation_chain(self.config, self.intents, self.prompts, self._proxy)

    async def produce(self, item: PlanItem, resumed: Resumed | None) -> DialogueRecord | FailureRecord:
        index = await self._slots.get()
        try:
            return await self.call(self.actors[index].produce.remote(item, resumed))
        finally:
            self._slots.put_nowait(index)

    def describe(self) -> dict[str, Any]:
        return {"name": "ray", "replicas": len(self.replicas),
                "concurrency_per_replica": [r["concurrency"] for r in self.replicas]}
