"""The end of a run: settle every dialogue's verdicts, dedup across the run, and export.

Dialogues were validated as they landed (`inline.py`) and carry their verdicts, each under the
fingerprint of the validator's settings. Here, streaming over the durable record:
- a verdict whose fingerprint still matches is reused; only validators whose settings changed
  (or that never ran on a dialogue) run again, batched, and their verdicts are logged
  (verdicts.jsonl), so a resumed finished run decides nothing twice;
- dedup runs over the whole run in plan order, from MinHash signatures stored per dialogue;
- accepted rows stream into Parquet row groups, rejects into rejects.jsonl.
Per-dialogue outcomes, signatures and dedup's band tables live in an on-disk index
(`store/outcome_index.py`): memory does not grow with the run.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Callable, Iterable

from ..store import RunDirectory
from ..store.outcome_index import OutcomeIndex
from ..validators import ChainResult, ValidatorChain, Verdict
from ..validators.chain import reject_record
from .inline import PER_DIALOGUE, record_digest

BATCH = 256


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
                 index: OutcomeIndex, on_progress: Callable[[int], None] | None = None) -> int:
    """Store every record's outcome in `index` (verdicts reused where their fingerprint
    matches); returns the number of validator runs this took."""
    updates = {(u["digest"], u["validator"], u["fingerprint"]): u["verdict"]
               for u in run_dir.verdicts.read()}
    fresh_runs = 0
    batch: list[dict[str, Any]] = []

    async def flush() -> None:
        nonlocal fresh_runs
        if not batch:
            return
        lookups = [_stored(r, updates, chain) for r in batch]
        results = await chain.run(batch, scopes=PER_DIALOGUE,
                                  known=lambda i, name: lookups[i](i, name))
        rows = []
        for record, result in zip(batch, results):
            digest = (record.get("validation") or {}).get("digest") or record_digest(record)
            for v in result.verdicts:
                if v.validator in result.fresh:
                    fresh_runs += 1
                    run_dir.verdicts.append({"digest": digest, "validator": v.validator,
                                             "fingerprint": chain.fingerprints.get(v.validator, ""),
                                             "verdict": v.to_dict()})
            rows.append((record["id"], result.passed, digest, _payload(result, chain)))
        index.put_many(rows)
        if on_progress:
            on_progress(len(batch))
        batch.clear()

    for record in records:
        batch.append(record)
        if len(batch) >= BATCH:
            await flush()
    await flush()
    return fresh_runs


def _payload(result: ChainResult, chain: ValidatorChain) -> dict[str, Any]:
    return {"failed": [v.to_dict() for v in result.failed],
            "scores": result.scores(chain.score_names) if chain.names else {},
            "skipped": [v.validator for v in result.verdicts if v.skipped]}


class _IndexBands:
    """Dedup's kept dialogues in the export's index (signatures looked up by digest)."""

    def __init__(self, index: OutcomeIndex) -> None:
        self.index = index
        self.seq = 0
        self.digest = ""

    def matches(self, keys: list[bytes]) -> list[tuple[str, Any]]:
        from ..validators.dedup import from_stored

        return [(rid, from_stored(self.index.signature(digest) or {}))
                for rid, digest, _ in self.index.band_matches(keys)]

    def keep(self, rid: str, sig: Any, keys: list[bytes]) -> None:
        self.index.keep(self.seq, rid, self.digest, keys)


def dedup(run_dir: RunDirectory, chain: ValidatorChain, index: OutcomeIndex,
          records: Iterable[dict[str, Any]]) -> None:
    """Mark near-duplicates among the passing dialogues, across the whole run, keeping the
    first in plan order. Signatures are computed once per dialogue and stored."""
    validator = next((v for v in chain.validators if getattr(v, "scope", "") == "dataset"), None)
    if validator is None or not hasattr(validator, "signature"):
        return
    from ..validators import Dialogue
    from ..validators.dedup import from_stored, to_stored

    index.load_signatures(run_dir.signatures.read())
    for n, record in enumerate(records):
        found = index.get(record["id"])
        if found is not None and found[0] and not index.has_signature(found[1]):
            entry = to_stored(validator.signature(Dialogue.from_record(record, n)))
            run_dir.signatures.append({"digest": found[1], **entry})
            index.load_signatures([{"digest": found[1], **entry}])
    bands = _IndexBands(index)
    changed = []
    for seq, (rid, digest) in enumerate(index.passed_in_plan_order()):
        bands.seq, bands.digest = seq, digest
        verdict = validator.decide_next(rid, from_stored(index.signature(digest) or {}), bands)
        if verdict.passed and validator.name not in chain.names:
            continue
        _, _, payload = index.get(rid) or (True, digest, {})
        if validator.name in chain.names:
            payload.setdefault("scores", {})[validator.name] = verdict.score
        if not verdict.passed:
            payload.setdefault("failed", []).append(verdict.to_dict())
        changed.append((rid, verdict.passed, digest, payload))
        if len(changed) >= BATCH:
            index.stage(changed)
            changed = []
    index.stage(changed)
    index.apply_staged()


async def export(run_dir: RunDirectory, plan_order: Iterable[str], chain: ValidatorChain,
                 on_progress: Callable[[int], None] | None = None,
                 group_of: Callable[[str], str] | None = None) -> dict[str, Any]:
    """Settle, dedup and write the dataset and rejects.jsonl; returns the validation counts
    (and, with `group_of`, the accepted dialogues per group as `accepted_by_group`)."""
    with OutcomeIndex(plan_order) as index:
        fresh_runs = await settle(run_dir, run_dir.iter_generated(index), chain, index,
                                  on_progress)
        dedup(run_dir, chain, index, run_dir.iter_generated(index))
        writer = run_dir.stream_outcome()
        try:
            for record in run_dir.iter_generated(index):
                passed, _, payload = index.get(record["id"]) or (False, "", {})
                row = {k: v for k, v in record.items() if k != "validation"}
                row["scores"] = payload.get("scores") or None
                if passed:
                    writer.accept(row)
                else:
                    failed = [Verdict.from_dict(v) for v in payload.get("failed", [])]
                    writer.reject({**reject_record(row, failed),
                                   "rejected_attempts": (record.get("validation") or {}).get(
                                       "rejected_attempts", [])})
            dataset_dir, parquet = writer.commit()
        except BaseException:
            writer.abort()
            raise
        rejected_by: Counter[str] = Counter()
        skipped_by: Counter[str] = Counter()
        by_group: Counter[str] = Counter()
        checked = passed_count = 0
        for rid, passed, payload in index.outcomes():
            checked += 1
            passed_count += passed
            rejected_by.update({v["validator"] for v in payload.get("failed", [])})
            skipped_by.update(set(payload.get("skipped", [])))
            if passed and group_of is not None:
                by_group[group_of(rid)] += 1
    summary = {"checked": checked, "passed": passed_count, "rejected": checked - passed_count,
               "rejected_by_validator": dict(sorted(rejected_by.items())),
               "skipped_by_validator": dict(sorted(skipped_by.items())),
               "validator_runs_at_export": fresh_runs,
               "dataset": str(dataset_dir), "parquet": str(parquet), "accepted": passed_count}
    if group_of is not None:
        summary["accepted_by_group"] = dict(by_group)
    return summary
