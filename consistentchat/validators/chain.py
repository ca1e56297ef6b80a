"""The validator chain: built from a `ValidationConfig`, run over records, summarised."""

from __future__ import annotations

import asyncio
import inspect
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Sequence

from ..backends.base import Backend
from ..errors import UserError
from ..prompts import PromptLibrary
from ..registry import Registry
from .base import Dialogue, Validator, Verdict
from .config import ValidationConfig
from .embeddings import embed_dialogues

VALIDATORS: Registry[Validator] = Registry("validator")


@dataclass
class ChainResult:
    """Every verdict on one record; `passed` when no verdict failed."""

    id: str
    passed: bool
    verdicts: list[Verdict]

    @property
    def failed(self) -> list[Verdict]:
        return [v for v in self.verdicts if not v.passed]

    def to_reject_record(self, record: dict[str, Any]) -> dict[str, Any]:
        """The original record plus `rejected_by` (names) and `reasons` ("name: reason")."""
        return {**record, "rejected_by": [v.validator for v in self.failed],
                "reasons": [f"{v.validator}: {v.reason}" for v in self.failed]}


@dataclass
class ValidatorChain:
    """Ordered validators. `disabled` maps validators that will not run to the reason."""

    validators: list[Validator]
    embedding_batch_size: int = 64
    disabled: dict[str, str] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def names(self) -> list[str]:
        return [v.name for v in self.validators]

    async def run(self, records: Sequence[dict[str, Any]]) -> list[ChainResult]:
        """Verdicts for every record, in input order."""
        dialogues = [Dialogue.from_record(r, i) for i, r in enumerate(records)]
        verdicts: list[list[Verdict]] = [[] for _ in dialogues]
        if any(getattr(v, "needs_embeddings", False) for v in self.validators) and dialogues:
            start = time.perf_counter()
            await asyncio.to_thread(embed_dialogues, dialogues, self.embedding_batch_size)
            self._time("embeddings", start)
        for stage in ("dialogue", "passing", "dataset"):
            for validator in [v for v in self.validators
                              if getattr(v, "stage", "dialogue") == stage]:
                todo = [i for i in range(len(dialogues)) if stage == "dialogue"
                        or all(x.passed for x in verdicts[i])]
                await self._apply(validator, dialogues, todo, verdicts)
        return [ChainResult(d.id, all(v.passed for v in vs), vs)
                for d, vs in zip(dialogues, verdicts)]

    async def _apply(self, validator: Validator, dialogues: list[Dialogue], todo: list[int],
                     verdicts: list[list[Verdict]]) -> None:
        start = time.perf_counter()
        ready: list[int] = []
        for i in todo:
            requires = getattr(validator, "requires", ())
            missing = [f for f in requires if dialogues[i].field(f) is None]
            if missing:
                verdicts[i].append(Verdict(validator.name, True, None,
                                           f"skipped: record has no {missing[0]}", skipped=True))
            else:
                ready.append(i)
        if ready:
            out = validator.validate([dialogues[i] for i in ready])
            results = list(await out) if inspect.isawaitable(out) else list(out)
            if len(results) != len(ready):
                raise RuntimeError(f"validator {validator.name!r} returned {len(results)} "
                                   f"verdicts for {len(ready)} dialogues")
            for i, verdict in zip(ready, results):
                verdicts[i].append(verdict)
        self._time(validator.name, start)

    def _time(self, name: str, start: float) -> None:
        self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - start


def build_chain(config: ValidationConfig, *, judge_backend: Backend | None, embedded_model: bool,
                prompts: PromptLibrary | None = None, intents: Sequence[Any] | None = None
                ) -> ValidatorChain:
    """The chain for `config`. `intents` (default: the built-ins) give each intent's turn range;
    the judge runs when enabled (default: unless `embedded_model`) and a backend is given."""
    chain = ValidatorChain([], embedding_batch_size=config.embedding_batch_size)
    if not config.enabled:
        chain.disabled = {n: "validation is disabled" for n in config.run_order()}
        return chain
    custom = {c.name: c for c in config.custom}
    for name in config.run_order():
        if name in custom:
            spec = custom[name]
            if not spec.enabled:
                chain.disabled[name] = "disabled in the config"
                continue
            factory = VALIDATORS.get(name)
            try:
                validator = factory(**spec.options)
            except TypeError as exc:
                raise UserError(f"validation.custom {name!r}: bad options: {exc}") from None
            if not callable(getattr(validator, "validate", None)):
                raise UserError(f"validator {name!r} has no validate method")
            validator.name = name  # verdicts carry the name the config uses
            chain.validators.append(validator)
            continue
        section = getattr(config, name)
        if name == "judge":
            if not config.judge_enabled(embedded_model):
                chain.disabled[name] = ("disabled in the config" if config.judge.enabled is False
                                        else "off by default with the embedded model")
                continue
            if judge_backend is None:
                if config.judge.enabled:
                    raise UserError("validation.judge is enabled but no judge backend is "
                                    "configured")
                chain.disabled[name] = "no judge backend configured"
                continue
            chain.validators.append(VALIDATORS.get(name)(backend=judge_backend, config=section,
                                                         prompts=prompts))
        elif not section.enabled:
            chain.disabled[name] = "disabled in the config"
        elif name == "structure":
            chain.validators.append(VALIDATORS.get(name)(config=section,
                                                         turn_ranges=_turn_ranges(intents)))
        else:
            chain.validators.append(VALIDATORS.get(name)(config=section))
    return chain


def _turn_ranges(intents: Sequence[Any] | None) -> dict[str, tuple[int, int]]:
    if intents is None:
        from ..taxonomy import builtin_intents  # lazy: taxonomy imports consistentchat.config

        intents = builtin_intents()
    return {i.id: (i.turns.min, i.turns.max) for i in intents}


def summarize(results: Sequence[ChainResult]) -> dict[str, Any]:
    """Totals: checked, passed, rejected, rejected_by_validator, skipped_by_validator."""
    rejected_by: Counter[str] = Counter()
    skipped_by: Counter[str] = Counter()
    for r in results:
        rejected_by.update({v.validator for v in r.failed})
        skipped_by.update({v.validator for v in r.verdicts if v.skipped})
    passed = sum(r.passed for r in results)
    return {"checked": len(results), "passed": passed, "rejected": len(results) - passed,
            "rejected_by_validator": dict(sorted(rejected_by.items())),
            "skipped_by_validator": dict(sorted(skipped_by.items()))}
