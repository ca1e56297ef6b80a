"""Dataset-level near-duplicates: MinHash LSH over word shingles, keeping the first of a cluster."""

from __future__ import annotations

import re
from typing import Any

from datasketch import MinHash, MinHashLSH

from ..config.validation import DedupConfig
from .base import Dialogue, Validator, Verdict

_WORD = re.compile(r"\w+")


class DedupValidator(Validator):
    name = "dedup"
    scope = "dataset"

    def __init__(self, config: DedupConfig | None = None) -> None:
        self.config = config or DedupConfig()

    def signature(self, d: Dialogue) -> MinHash:
        tokens = _WORD.findall(" ".join(str(m.get("content") or "") for m in d.turns).lower())
        k = self.config.shingle_words
        shingles = {" ".join(tokens[i:i + k]) for i in range(max(1, len(tokens) - k + 1))}
        m = MinHash(num_perm=self.config.num_perm, seed=1)
        m.update_batch([s.encode() for s in shingles])
        return m

    def stored_signature(self, stored: dict[str, Any] | None) -> MinHash | None:
        """`stored` (a signatures.jsonl entry) as a MinHash, or None when it was made with
        another number of permutations or seed (compute it again then)."""
        if not stored or len(stored.get("values") or ()) != self.config.num_perm \
                or stored.get("seed") != 1:
            return None
        return from_stored(stored)

    def validate(self, dialogues: list[Dialogue]) -> list[Verdict]:
        return self.decide([d.id for d in dialogues], [self.signature(d) for d in dialogues])

    def decide(self, ids: list[str], signatures: list[MinHash]) -> list[Verdict]:
        """Near-duplicate verdicts for dialogues in order (the first of a cluster is kept)."""
        lsh = MinHashLSH(threshold=self.config.threshold, num_perm=self.config.num_perm)
        kept: dict[str, tuple[str, MinHash]] = {}
        verdicts: list[Verdict] = []
        for n, (rid, sig) in enumerate(zip(ids, signatures)):
            matches = []
            for key in lsh.query(sig):
                jaccard = sig.jaccard(kept[key][1])
                if jaccard >= self.config.threshold:
                    matches.append((jaccard, kept[key][0]))
            if matches:
                jaccard, first = max(matches)
                verdicts.append(self.fail(f"near-duplicate of {first} (estimated Jaccard "
                                          f"{jaccard:.2f})", score=jaccard, kind="duplicate"))
                continue
            key = f"{n}"
            lsh.insert(key, sig)
            kept[key] = (rid, sig)
            verdicts.append(self.ok(score=0.0))
        return verdicts


def to_stored(sig: MinHash) -> dict[str, Any]:
    """A signature as signatures.jsonl keeps it (besides the record digest)."""
    return {"values": [int(x) for x in sig.hashvalues], "scheme": sig.scheme, "seed": sig.seed}


def from_stored(entry: dict[str, Any]) -> MinHash:
    """The MinHash of a signatures.jsonl entry."""
    return MinHash(num_perm=len(entry["values"]), seed=entry["seed"],
                   hashvalues=entry["values"], scheme=entry["scheme"])
