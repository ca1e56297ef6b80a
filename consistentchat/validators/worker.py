"""The chain's CPU-bound validators in a worker process, for validation inside a run.

Inline validation shares the generating process with its event loop and HTTP client (and, in
tests and benchmarks, the server). Run in threads, the built-in validators' Python holds the GIL
that generation needs; in a worker process they have their own. `ProcessValidators` starts one
worker (spawned: no threads or event loop inherited) that builds the same validators from the
same config and loads the embedder once; `decide(records)` returns their verdicts, which the
in-process chain then takes as known (`ValidatorChain.run(known=...)`) and runs only the rest
(the judge, custom validators). The verdicts are the ones the chain would compute itself.

Only built-in validators with a plain `validate`, in the dialogue scope, with a built-in
embedder, go to the worker (custom ones are registered in this process only). Memory: the
embedder lives in the worker instead of this process (~100 MB more in all); start-up (imports
and model load: ~2-3 s of CPU, tens of seconds on a loaded box) starts with the first dialogue
to generate. Opt-in (`validation.inline_worker: process`): it needs a core the generating
process leaves free; on a 2-core box shared with other jobs it did not pay (README).
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import multiprocessing
import sys
import types
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Iterator, Sequence

from ..config.validation import ValidationConfig
from .base import Verdict

log = logging.getLogger(__name__)
_BUILTIN = __name__.rsplit(".", 1)[0] + "."  # "consistentchat.validators."


def offloadable(chain: Any) -> list[str]:
    """Names of the chain's validators a worker process can decide: built-in, synchronous,
    dialogue-scope, with a built-in embedder. Empty when the chain was not built from a config."""
    from . import embeddings

    config: ValidationConfig | None = getattr(chain, "config", None)
    if config is None or not getattr(embeddings.EMBEDDERS.get(config.embedding_model),
                                     "__module__", "").startswith(_BUILTIN):
        return []
    custom = {c.name for c in config.custom}
    return [v.name for v in chain.validators
            if type(v).__module__.startswith(_BUILTIN) and v.name not in custom
            and getattr(v, "scope", "dialogue") == "dialogue"
            and not inspect.iscoroutinefunction(v.validate)]


def wanted(chain: Any) -> bool:
    """Whether the chain's config asks for a worker process (and it would have work)."""
    config: ValidationConfig | None = getattr(chain, "config", None)
    return config is not None and config.inline_worker == "process" and bool(offloadable(chain))


class ProcessValidators:
    """One worker process deciding `names` of a chain built from `config`."""

    def __init__(self, config: ValidationConfig, turn_ranges: dict[str, tuple[int, int]],
                 names: Sequence[str]) -> None:
        self.names = list(names)
        self._pool: ProcessPoolExecutor | None = ProcessPoolExecutor(
            1, mp_context=multiprocessing.get_context("spawn"), initializer=_start,
            initargs=(config.model_dump(mode="json"), turn_ranges, self.names))
        with _bare_main():
            self._pool.submit(_ready)  # start the worker (and load the model) now

    @classmethod
    def for_chain(cls, chain: Any) -> "ProcessValidators":
        return cls(chain.config, dict(chain.turn_ranges), offloadable(chain))

    async def decide(self, records: list[dict[str, Any]]) -> list[dict[str, Verdict]] | None:
        """Each record's verdicts by validator name; None when the worker is gone (it is not
        restarted: the chain then decides everything in this process)."""
        if self._pool is None:
            return None
        try:
            return await asyncio.wrap_future(self._pool.submit(_decide, records))
        except BrokenProcessPool:
            log.warning("the validation worker process died; validating in this process")
            self._pool = None
            return None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


@contextlib.contextmanager
def _bare_main() -> Iterator[None]:
    """A main module without a file while the worker starts: a spawned child runs the parent's
    main script again (`__main__` guard or not), which for a script that generates would start
    another run. The worker needs nothing from it."""
    main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main


# ---------- in the worker process ----------
_state: dict[str, Any] = {}


def _start(config: dict[str, Any], turn_ranges: dict[str, tuple[int, int]],
           names: list[str]) -> None:
    from . import build_chain  # registers the built-ins
    from .chain import ValidationContext
    from .embeddings import load_model

    section = {**config, "judge": {**config.get("judge", {}), "enabled": False}, "custom": [],
               "order": [n for n in config.get("order", []) if n in names]}
    chain = build_chain(ValidationConfig.model_validate(section),
                        ValidationContext(turn_ranges=turn_ranges))
    chain.validators = [v for v in chain.validators if v.name in names]
    _state["chain"] = chain
    _state["loop"] = asyncio.new_event_loop()
    if any(getattr(v, "needs_embeddings", False) for v in chain.validators):
        load_model()


def _ready() -> bool:
    return True


def _decide(records: list[dict[str, Any]]) -> list[dict[str, Verdict]]:
    results = _state["loop"].run_until_complete(_state["chain"].run(records, scopes=("dialogue",)))
    return [{v.validator: v for v in r.verdicts} for r in results]
