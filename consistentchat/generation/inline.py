"""Validation inside the run: each dialogue is checked as it lands, batched across dialogues,
and re-sampled when a validator rejects it for something the model did.

`InlineValidator.check(record)` queues a finished dialogue; a background task gathers the
queued ones into a batch and runs the per-dialogue validators (and the judge) on it off the
event loop, so generation never waits for validation. At most `in_flight` batches run at once
(one embeds while another's validators run): while they do, the queue grows, and the next
batch takes all of it (up to `batch_size`), as large batches embed faster per text. The built-in
CPU-bound validators run in a worker process when `validation.inline_worker` says so
(`validators.worker`), the rest (the judge, custom validators) here. `stage_at_fault` says what
to regenerate.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from typing import Any

from ..validators import ChainResult, ValidatorChain, Verdict
from ..validators.worker import ProcessValidators, wanted

PER_DIALOGUE = ("dialogue", "passing")


def record_digest(record: dict[str, Any]) -> str:
    """A fingerprint of everything a validator may read in a record."""
    keys = ("messages", "scenario", "skeleton", "flow_steps", "intent", "num_turns")
    return hashlib.sha256(json.dumps({k: record.get(k) for k in keys}, sort_keys=True,
                                     default=str).encode()).hexdigest()[:20]


def stage_at_fault(failed: list[Verdict], round_: int) -> str:
    """"skeleton" for flaws in the queries (or when re-sampling the answers did not help),
    else "responses"."""
    if round_ > 0 or any(v.side == "user" for v in failed):
        return "skeleton"
    return "responses"


def validation_record(result: ChainResult, digest: str, fingerprints: dict[str, str],
                      attempts: list[dict[str, Any]]) -> dict[str, Any]:
    """What the durable record keeps about a dialogue's validation."""
    return {"digest": digest, "passed": result.passed,
            "verdicts": {v.validator: {"fingerprint": fingerprints.get(v.validator, ""),
                                       **v.to_dict()} for v in result.verdicts},
            "rejected_attempts": attempts}


class InlineValidator:
    """Batches dialogues from many generation workers into chain runs."""

    def __init__(self, chain: ValidatorChain, batch_size: int = 128, linger: float = 0.02,
                 in_flight: int = 2) -> None:
        self.chain = chain
        self.batch_size = batch_size
        self.linger = linger
        self._slots = asyncio.Semaphore(in_flight)
        self.checked = 0
        self._queue: asyncio.Queue[tuple[dict[str, Any], asyncio.Future[ChainResult]]] = \
            asyncio.Queue()
        self._runner: asyncio.Task[None] | None = None
        self._batches: set[asyncio.Task[None]] = set()
        self._wants_worker = wanted(chain)
        self.worker: ProcessValidators | None = None

    def start(self) -> None:
        """Start the worker process, if any (when generation starts: a run with nothing left
        to generate starts none)."""
        if self._wants_worker and self.worker is None:
            self.worker = ProcessValidators.for_chain(self.chain)

    async def check(self, record: dict[str, Any]) -> ChainResult:
        """The per-dialogue verdicts on `record` (dataset-level checks run at export)."""
        self.start()
        if self._runner is None:
            self._runner = asyncio.create_task(self._run())
        future: asyncio.Future[ChainResult] = asyncio.get_running_loop().create_future()
        await self._queue.put((record, future))
        return await future

    async def _run(self) -> None:
        while True:
            await self._slots.acquire()
            try:
                batch = [await self._queue.get()]
            except BaseException:
                self._slots.release()
                raise
            await asyncio.sleep(self.linger)  # let the dialogues landing now join the batch
            while len(batch) < self.batch_size and not self._queue.empty():
                batch.append(self._queue.get_nowait())
            task = asyncio.create_task(self._check_batch(batch))
            self._batches.add(task)
            task.add_done_callback(self._batches.discard)
            task.add_done_callback(lambda _: self._slots.release())

    async def _check_batch(self, batch: list[tuple[dict[str, Any], asyncio.Future[ChainResult]]]
                           ) -> None:
        records = [r for r, _ in batch]
        try:
            decided = await self.worker.decide(records) if self.worker is not None else None
            results = await self.chain.run(records, scopes=PER_DIALOGUE, known=None if decided
                                           is None else lambda i, name: decided[i].get(name))
            for result, verdicts in zip(results, decided or ()):
                result.fresh.update(verdicts)
        except BaseException as exc:  # hand the error to every waiting dialogue
            for _, future in batch:
                if not future.done():
                    future.set_exception(exc)
            return
        self.checked += len(batch)
        for (_, future), result in zip(batch, results):
            if not future.done():
                future.set_result(result)

    async def close(self) -> None:
        if self._runner is not None:
            self._runner.cancel()
            try:
                await self._runner
            except asyncio.CancelledError:
                pass
        for task in list(self._batches):
            task.cancel()
        if self.worker is not None:
            await asyncio.to_thread(self.worker.close)
