"""The export keeps per-dialogue outcomes, signatures and dedup's band tables on disk
(`store/outcome_index.py`): its decisions must be those of the in-memory LSH, and a re-export
must reuse the stored signatures."""

from __future__ import annotations

import asyncio
import json
import random
from pathlib import Path
from typing import Any

from datasketch import MinHash, MinHashLSH

from consistentchat.generation.finish import export
from consistentchat.store import RunDirectory
from consistentchat.store.outcome_index import OutcomeIndex
from consistentchat.validators import ValidationConfig, ValidationContext, build_chain
from consistentchat.validators.dedup import DedupValidator

WORDS = ("garden kettle lantern harbor meadow pepper violin ladder copper orchard river canvas "
         "pillow rocket saddle timber walnut biscuit compass pebble tunnel velvet anchor").split()
ONLY_DEDUP = {name: {"enabled": False} for name in
              ("structure", "leakage", "placeholder", "repetition", "non_answer", "relevance",
               "consistency", "topic", "alignment", "flow")}


def lsh_reference(signatures: list[MinHash], threshold: float) -> list[bool]:
    """datasketch's own MinHashLSH: kept (True) or near-duplicate of an earlier kept one."""
    lsh = MinHashLSH(threshold=threshold, num_perm=len(signatures[0].hashvalues))
    kept: dict[str, MinHash] = {}
    out = []
    for n, sig in enumerate(signatures):
        dup = any(sig.jaccard(kept[k]) >= threshold for k in lsh.query(sig))
        if not dup:
            lsh.insert(str(n), sig)
            kept[str(n)] = sig
        out.append(not dup)
    return out


def shingles(rng: random.Random, base: list[str] | None) -> list[str]:
    words = list(base) if base else [rng.choice(WORDS) for _ in range(120)]
    if base:  # a variant: change a few words, so it lands near the threshold
        for _ in range(rng.randint(1, 12)):
            words[rng.randrange(len(words))] = rng.choice(WORDS)
    return words


def test_band_tables_decide_as_datasketch_lsh() -> None:
    rng = random.Random(7)
    validator = DedupValidator()
    texts: list[list[str]] = []
    for _ in range(300):
        texts.append(shingles(rng, rng.choice(texts) if texts and rng.random() < 0.5 else None))
    signatures = []
    for words in texts:
        m = MinHash(num_perm=validator.config.num_perm, seed=1)
        m.update_batch([" ".join(words[i:i + 3]).encode() for i in range(len(words) - 2)])
        signatures.append(m)
    expected = lsh_reference(signatures, validator.config.threshold)
    got = [v.passed for v in validator.decide([str(n) for n in range(300)], signatures)]
    assert got == expected
    assert 20 < expected.count(False) < 280  # the set really has duplicates and keepers


def record(rid: str, text: str) -> dict[str, Any]:
    messages = []
    for t in range(3):
        messages += [{"role": "user", "content": f"Question {t} about {text[:40]}?"},
                     {"role": "assistant", "content": f"{text} (part {t})"}]
    return {"id": rid, "intent": "educational", "scenario": "s", "flow": "f",
            "flow_steps": ["a"], "num_turns": 3, "messages": messages}


def write_run(path: Path, rows: list[dict[str, Any]]) -> RunDirectory:
    run_dir = RunDirectory(path)
    path.mkdir()
    (path / "dialogues.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    return run_dir


def run_export(run_dir: RunDirectory, plan: list[str]) -> dict[str, Any]:
    chain = build_chain(ValidationConfig.model_validate(ONLY_DEDUP), ValidationContext.for_intents())
    with run_dir:
        return asyncio.run(export(run_dir, plan, chain, group_of=lambda rid: rid[:1]))


def test_export_dedups_in_plan_order_and_reuses_signatures(tmp_path: Path) -> None:
    rng = random.Random(3)
    base = " ".join(rng.choice(WORDS) for _ in range(200))
    other = " ".join(rng.choice(WORDS) for _ in range(200))
    rows = [record("a-copy", base + " indeed"), record("b-other", other), record("a-orig", base),
            record("c-extra", other + " " + base[:30])]
    run_dir = write_run(tmp_path / "run", rows)
    plan = ["a-orig", "b-other", "a-copy", "c-extra", "z-never-generated"]
    summary = run_export(run_dir, plan)
    rejects = [json.loads(line) for line in (tmp_path / "run" / "rejects.jsonl").read_text().splitlines()]
    # the first in PLAN order is kept (a-orig), though a-copy came first in the file
    assert {r["id"] for r in rejects} == {"a-copy", "c-extra"}
    reasons = {r["id"]: r["reasons"] for r in rejects}
    assert reasons["a-copy"][0].startswith("dedup: near-duplicate of a-orig"), reasons
    assert reasons["c-extra"][0].startswith("dedup: near-duplicate of b-other"), reasons
    assert summary["checked"] == 4 and summary["accepted"] == 2
    assert summary["rejected_by_validator"] == {"dedup": 2}
    assert summary["accepted_by_group"] == {"a": 1, "b": 1}
    signatures = (tmp_path / "run" / "signatures.jsonl").read_text().splitlines()
    assert len(signatures) == 4
    again = run_export(run_dir, plan)  # nothing new: stored signatures reused
    assert (tmp_path / "run" / "signatures.jsonl").read_text().splitlines() == signatures
    assert {k: again[k] for k in ("checked", "accepted", "rejected_by_validator")} == \
        {k: summary[k] for k in ("checked", "accepted", "rejected_by_validator")}


def test_outcome_index_is_a_private_temporary_file() -> None:
    with OutcomeIndex(["x", "y"]) as index:
        index.put_many([("x", True, "d1", {"scores": {"s": 0.5}})])
        assert "x" in index and "y" in index and "q" not in index
        assert index.get("x") == (True, "d1", {"scores": {"s": 0.5}})
        assert index.get("y") is None
        folder = Path(index._dir.name)
        assert folder.exists()
    assert not folder.exists()
