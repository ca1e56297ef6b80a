"""The end of a run: settle every dialogue's verdicts, dedup across the run, and export.

Dialogues were validated as they landed (`inline.py`) and carry their verdicts, each under the
fingerprint of the validator's settings. Here, streaming over the durable record:
- a verdict whose fingerprint still matches is reused; only validators whose settings changed
  (or that never ran on a dialogue) run again, batched, and their verdicts are logged
  (verdicts.jsonl), so a resumed finished run decides nothing twice;
- dedup runs over the whole run in plan order, from MinHash signatures stored per dialogue;
- accepted rows stream into Parquet row groups, rejects into rejects.jsonl.
Memory holds per-dialogue outcomes (ids, scores) and signatures, never the dialogues.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from ..store import RunDirectory
from ..validators import ChainResult, ValidatorChain, Verdict
from ..validators.chain import reject_record
from .inline import PER_DIALOGUE, record_digest

BATCH = 256


@dataclass
class Outcome:
    """What export needs to know about one dialogue, without the dialogue."""

    passed: bool
    failed: list[Verdict] = field(default_factory=list)
    scores: dict[str, float | None] = field(default_factory=dict)
    digest: str = ""
    skipped: list[str] = field(default_factory=list)


def _stored(record: dict[str, Any], updates: dict[tuple[str, str, str], dict[str, Any]],
            chain: ValidatorChain) -> Callable[[int, str], Verdict | None]:
    validation = record.get("validation") or {}
    digest = validation.get("digest") or record_digest(record)
    kept = validation.get("verdicts") or {}

    def known(_: int, name: str) -> Verdict | None:
        fp = chain.fingerprints.get(name, "")
        hit = kept.get(name)
        if hit and hit.get("fingerprint") == fp and validation.get("digest") == digest:
            return Verdict.from_dict(hit)
        hit = updates.get((digest, name, fp))
        return Verdict.from_dict(hit) if hit else None

    return known


async def settle(run_dir: RunDirectory, records: Iterable[dict[str, Any]], chain: ValidatorChain,
                 on_progress: Callable[[int], None] | None = None) -> tuple[dict[str, Outcome], int]:
    """Per-dialogue outcomes of every record (verdicts reused where their fingerprint matches);
    returns them and the number of validator runs this took."""
    updates = {(u["digest"], u["validator"], u["fingerprint"]): u["verdict"]
               for u in run_dir.verdicts.read()}
    outcomes: dict[str, Outcome] = {}
    fresh_runs = 0
    batch: list[dict[str, Any]] = []

    async def flush() -> None:
        nonlocal fresh_runs
        if not batch:
            return
        lookups = [_stored(r, updates, chain) for r in batch]
        results = await chain.run(batch, scopes=PER_DIALOGUE,
                                  known=lambda i, name: lookups[i](i, name))
        for record, result in zip(batch, results):
            digest = (record.get("validation") or {}).get("digest") or record_digest(record)
            for v in result.verdicts:
                if v.validator in result.fresh:
                    fresh_runs += 1
                    run_dir.verdicts.append({"digest": digest, "validator": v.validator,
                                             "fingerprint": chain.fingerprints.get(v.validator, ""),
                                             "verdict": v.to_dict()})
            outcomes[record["id"]] = _outcome(result, chain, digest)
        if on_progress:
            on_progress(len(batch))
        batch.clear()

    for record in records:
        batch.append(record)
        if len(batch) >= BATCH:
            await flush()
    await flush()
    return outcomes, fresh_runs


def _outcome(result: ChainResult, chain: ValidatorChain, digest: str) -> Outcome:
    return Outcome(passed=result.passed, failed=result.failed,
                   scores=result.scores(chain.score_names) if chain.names else {}, digest=digest,
                   skipped=[v.validator for v in result.verdicts if v.skipped])


def dedup(run_dir: RunDirectory, chain: ValidatorChain, outcomes: dict[str, Outcome],
          plan_order: list[str], records: Iterable[dict[str, Any]]) -> None:
    """Mark near-duplicates among the passing dialogues, across the whole run, keeping the
    first in plan order. Signatures are computed once per dialogue and stored."""
    validator = next((v for v in chain.validators if getattr(v, "scope", "") == "dataset"), None)
    if validator is None or not hasattr(validator, "signature"):
        return
    from ..validators import Dialogue
    from ..validators.dedup import from_stored, to_stored

    stored = {s["digest"]: s for s in run_dir.signatures.read()}
    for n, record in enumerate(records):
        outcome = outcomes.get(record["id"])
        if outcome is not None and outcome.passed and outcome.digest not in stored:
            entry = to_stored(validator.signature(Dialogue.from_record(record, n)))
            run_dir.signatures.append({"digest": outcome.digest, **entry})
            stored[outcome.digest] = entry
    keep = [(rid, outcomes[rid]) for rid in plan_order if rid in outcomes and outcomes[rid].passed]
    signatures = [from_stored(stored[o.digest]) for _, o in keep]
    for (rid, outcome), verdict in zip(keep, validator.decide([r for r, _ in keep], signatures)):
        if outcome.scores is not None and validator.name in chain.names:
            outcome.scores[validator.name] = verdict.score
        if not verdict.passed:
            outcome.passed = False
            outcome.failed.append(verdict)


async def export(run_dir: RunDirectory, plan_order: list[str], chain: ValidatorChain,
                 on_progress: Callable[[int], None] | None = None) -> dict[str, Any]:
    """Settle, dedup and write the dataset and rejects.jsonl; returns the validation counts."""
    planned = set(plan_order)
    outcomes, fresh_runs = await settle(run_dir, run_dir.iter_generated(planned), chain,
                                        on_progress)
    dedup(run_dir, chain, outcomes, plan_order, run_dir.iter_generated(planned))
    writer = run_dir.stream_outcome()
    try:
        for record in run_dir.iter_generated(planned):
            outcome = outcomes[record["id"]]
            row = {k: v for k, v in record.items() if k != "validation"}
            row["scores"] = outcome.scores or None
            if outcome.passed:
                writer.accept(row)
            else:
                writer.reject({**reject_record(row, outcome.failed),
                               "rejected_attempts": (record.get("validation") or {}).get(
                                   "rejected_attempts", [])})
        dataset_dir, parquet = writer.commit()
    except BaseException:
        writer.abort()
        raise
    rejected_by: Counter[str] = Counter()
    skipped_by: Counter[str] = Counter()
    for o in outcomes.values():
        rejected_by.update({v.validator for v in o.failed})
        skipped_by.update(set(o.skipped))
    passed = sum(o.passed for o in outcomes.values())
    return {"checked": len(outcomes), "passed": passed, "rejected": len(outcomes) - passed,
            "rejected_by_validator": dict(sorted(rejected_by.items())),
            "skipped_by_validator": dict(sorted(skipped_by.items())),
            "validator_runs_at_export": fresh_runs,
            "dataset": str(dataset_dir), "parquet": str(parquet), "accepted": passed,
            "outcomes": outcomes}
