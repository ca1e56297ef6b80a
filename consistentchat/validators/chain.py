"""The validator chain: built from a `ValidationConfig`, run over records, summarised."""

from __future__ import annotations

import asyncio
import hashlib
import json
import inspect
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

from ..config.validation import ValidationConfig
from ..errors import UserError
from ..prompts import PromptLibrary
from ..registry import Registry
from ..taxonomy import Intent, builtin_intents
from .base import Dialogue, Validator, ValidatorDisabled, Verdict
from .embeddings import covers, embed_dialogues, use_model
from ..tasks.judge import TEMPLATES as JUDGE_TEMPLATES
from .judge import JudgeChoice

VALIDATORS: Registry[Validator] = Registry("validator")


@dataclass
class ChainResult:
    """Every verdict on one record; `passed` when no verdict failed."""

    id: str
    passed: bool
    verdicts: list[Verdict]
    fresh: set[str] = field(default_factory=set)

    @property
    def failed(self) -> list[Verdict]:
        return [v for v in self.verdicts if not v.passed]

    def scores(self, names: Sequence[str]) -> dict[str, float | None]:
        """Each named figure for this record (None when it gave none): a validator's score
        under its name, its further figures as `name.figure`."""
        given: dict[str, float | None] = {}
        for v in self.verdicts:
            given[v.validator] = v.score
            given.update({f"{v.validator}.{k}": x for k, x in v.figures.items()})
        return {name: (None if given.get(name) is None else round(float(given[name]), 4))
                for name in names}

    def to_reject_record(self, record: dict[str, Any]) -> dict[str, Any]:
        """The original record plus `rejected_by` (names) and `reasons` ("name: reason")."""
        return reject_record(record, self.failed)


def reject_record(record: dict[str, Any], failed: Sequence[Verdict]) -> dict[str, Any]:
    """A rejected record as rejects.jsonl keeps it: the record, `rejected_by`, `reasons`."""
    return {**record, "rejected_by": [v.validator for v in failed],
            "reasons": [f"{v.validator}: {v.reason}" for v in failed]}


@dataclass
class ValidatorChain:
    """Ordered validators. `disabled` maps validators that will not run to the reason."""

    validators: list[Validator]
    embedding_batch_size: int = 64
    disabled: dict[str, str] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    fingerprints: dict[str, str] = field(default_factory=dict)
    # what it was built from (a worker process builds the same validators from them)
    config: ValidationConfig | None = None
    turn_ranges: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def names(self) -> list[str]:
        return [v.name for v in self.validators]

    @property
    def score_names(self) -> list[str]:
        """The keys of a record's `scores`: each validator's name, then its declared figures."""
        return self.names + [f"{v.name}.{f}" for v in self.validators
                             for f in getattr(v, "figure_names", ())]

    async def run(self, records: Sequence[dict[str, Any]],
                  scopes: Sequence[str] = ("dialogue", "passing", "dataset"),
                  known: Callable[[int, str], Verdict | None] | None = None
                  ) -> list[ChainResult]:
        """Verdicts for every record, in input order, from the validators of `scopes`.

        `known(index, validator)` returns a verdict decided before (a cache hit) or None; only
        the rest is computed (each result's `fresh` names what was). CPU-bound validators run
        in worker threads, so the event loop (and generation) never waits on them; the
        dialogue-scope validators that read no embeddings run while the texts are embedded.
        Every record gets the same verdicts, in chain order, as one validator after another."""
        dialogues = [Dialogue.from_record(r, i) for i, r in enumerate(records)]
        verdicts: list[list[Verdict]] = [[] for _ in dialogues]
        fresh: list[set[str]] = [set() for _ in dialogues]
        active = [v for v in self.validators if getattr(v, "scope", "dialogue") in scopes]
        cached = {(i, v.name): known(i, v.name) for i in range(len(dialogues)) for v in active
                  } if known else {}
        reads = [v for v in active if getattr(v, "needs_embeddings", False)]
        embedding = asyncio.ensure_future(self._embed(dialogues, reads, cached)) if reads else None

        async def one_by_one(validators: list[Validator], todo: list[int]
                             ) -> list[dict[int, Verdict]]:
            out = []
            for validator in validators:
                if embedding is not None and getattr(validator, "needs_embeddings", False):
                    await embedding
                out.append(await self._decide(validator, dialogues, todo, cached, fresh))
            return out

        try:
            for scope in ("dialogue", "passing", "dataset"):
                group = [v for v in active if getattr(v, "scope", "dialogue") == scope]
                todo = [i for i in range(len(dialogues)) if scope == "dialogue"
                        or all(x.passed for x in verdicts[i])]
                if scope == "dialogue":
                    plain = [v for v in group if not getattr(v, "needs_embeddings", False)]
                    reading = [v for v in group if getattr(v, "needs_embeddings", False)]
                    async with asyncio.TaskGroup() as both:  # one failing cancels the other
                        first = both.create_task(one_by_one(plain, todo))
                        second = both.create_task(one_by_one(reading, todo))
                    decided = {id(v): d for v, d in zip(plain + reading,
                                                        first.result() + second.result())}
                else:
                    decided = {id(v): d for v, d in zip(group, await one_by_one(group, todo))}
                for validator in group:
                    for i in todo:
                        verdicts[i].append(decided[id(validator)][i])
        finally:
            if embedding is not None and not embedding.done():
                embedding.cancel()
        return [ChainResult(d.id, all(v.passed for v in vs), vs, fresh[n])
                for n, (d, vs) in enumerate(zip(dialogues, verdicts))]

    async def _embed(self, dialogues: list[Dialogue], reads: list[Validator],
                     cached: dict[tuple[int, str], Verdict | None]) -> None:
        """Embeddings of the dialogues that a validator reading them will see (in a thread:
        telling the language apart costs time too)."""
        def work() -> None:
            embed = [d for i, d in enumerate(dialogues) if any(
                cached.get((i, v.name)) is None for v in reads) and covers(d.language)]
            if embed:
                start = time.perf_counter()
                embed_dialogues(embed, self.embedding_batch_size)
                self._time("embeddings", start)

        await asyncio.to_thread(work)

    async def _decide(self, validator: Validator, dialogues: list[Dialogue], todo: list[int],
                      cached: dict[tuple[int, str], Verdict | None], fresh: list[set[str]]
                      ) -> dict[int, Verdict]:
        """The verdict of `validator` on each of `todo`: cached, or computed (marked fresh)."""
        decided = {i: cached[(i, validator.name)] for i in todo
                   if cached.get((i, validator.name)) is not None}
        rest = [i for i in todo if i not in decided]
        decided.update(await self._apply(validator, dialogues, rest))
        for i in rest:
            fresh[i].add(validator.name)
        return decided  # type: ignore[return-value]

    async def _apply(self, validator: Validator, dialogues: list[Dialogue], todo: list[int]
                     ) -> dict[int, Verdict]:
        start = time.perf_counter()
        out: dict[int, Verdict] = {}
        ready: list[int] = []
        needs_model = (getattr(validator, "needs_embeddings", False)
                       and not getattr(validator, "embeddings_optional", False))
        for i in todo:
            requires = getattr(validator, "requires", ())
            missing = [f for f in requires if dialogues[i].field(f) is None]
            if missing:
                out[i] = Verdict(validator.name, True, None, f"skipped: record has no {missing[0]}",
                                 skipped=True, kind=f"missing_{missing[0]}")
            elif needs_model and not covers(dialogues[i].language):
                out[i] = Verdict(
                    validator.name, True, None, f"skipped: the embedding model does not cover "
                    f"{dialogues[i].language!r} text", skipped=True, kind="language_not_covered")
            else:
                ready.append(i)
        if ready:
            batch = [dialogues[i] for i in ready]
            if inspect.iscoroutinefunction(validator.validate):
                results = list(await validator.validate(batch))
            else:
                given = await asyncio.to_thread(validator.validate, batch)
                results = list(await given) if inspect.isawaitable(given) else list(given)
            if len(results) != len(ready):
                raise RuntimeError(f"validator {validator.name!r} returned {len(results)} "
                                   f"verdicts for {len(ready)} dialogues")
            out.update(zip(ready, results))
        self._time(validator.name, start)
        return out

    def _time(self, name: str, start: float) -> None:
        self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - start


@dataclass
class ValidationContext:
    """What every validator may need besides its own config section: the judge decision, the
    prompt templates, and the turn range of each known intent."""

    judge: JudgeChoice = field(default_factory=JudgeChoice)
    prompts: PromptLibrary | None = None
    turn_ranges: dict[str, tuple[int, int]] = field(default_factory=dict)

    @classmethod
    def for_intents(cls, intents: Sequence[Intent] | None = None, **kwargs: Any
                    ) -> "ValidationContext":
        """A context whose turn ranges come from `intents` (default: the built-ins)."""
        intents = builtin_intents() if intents is None else intents
        return cls(turn_ranges={i.id: (i.turns.min, i.turns.max) for i in intents}, **kwargs)


def build_chain(config: ValidationConfig, context: ValidationContext | None = None
                ) -> ValidatorChain:
    """The chain for `config`: every validator, built-in or custom, comes from the registry and
    is built by its `from_config(section, context)`; a validator that cannot run here is listed
    in `chain.disabled` with the reason."""
    context = context or ValidationContext.for_intents()
    use_model(config.embedding_model)
    chain = ValidatorChain([], embedding_batch_size=config.embedding_batch_size, config=config,
                           turn_ranges=dict(context.turn_ranges))
    if not config.enabled:
        chain.disabled = {n: "validation is disabled" for n in config.run_order()}
        return chain
    sections: dict[str, Any] = {c.name: c for c in config.custom}
    for name in config.run_order():
        section = sections[name] if name in sections else getattr(config, name)
        if getattr(section, "enabled", True) is False:
            chain.disabled[name] = "disabled in the config"
            continue
        try:
            chain.validators.append(_build(name, section, context))
        except ValidatorDisabled as off:
            chain.disabled[name] = str(off)
            continue
        chain.fingerprints[name] = fingerprint(name, section, config, context)
    return chain


def fingerprint(name: str, section: Any, config: ValidationConfig, context: ValidationContext
                ) -> str:
    """What a verdict of validator `name` depends on besides the dialogue: its settings, the
    embedder, and for the judge its model and prompt templates. A verdict cached under another
    fingerprint is computed again."""
    parts: dict[str, Any] = {"name": name, "settings": section.model_dump(mode="json")
                             if hasattr(section, "model_dump") else repr(section),
                             "embedder": config.embedding_model,
                             "turn_ranges": sorted(context.turn_ranges.items())
                             if name == "structure" else None}
    if name == "judge" and context.judge.backend is not None:
        prompts = context.prompts or PromptLibrary()
        try:
            model = context.judge.backend.model_name
        except Exception:  # noqa: BLE001 - a server's model is known only once it answered
            model = "?"
        parts["judge"] = {"model": model,
                          "templates": [prompts.hash(t) for t in JUDGE_TEMPLATES]}
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()[:16]


def _build(name: str, section: Any, context: ValidationContext) -> Validator:
    factory = VALIDATORS.get(name)
    try:
        from_config = getattr(factory, "from_config", None)
        validator = (from_config(section, context) if from_config is not None
                     else factory(**section.options))
    except ValidatorDisabled:
        raise
    except TypeError as exc:
        raise UserError(f"validation.custom {name!r}: bad options: {exc}") from None
    if not callable(getattr(validator, "validate", None)):
        raise UserError(f"validator {name!r} has no validate method")
    validator.name = name  # verdicts carry the name the config uses
    return validator


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
