"""Dataset-level near-duplicates: MinHash LSH over word shingles, keeping the first of a cluster."""

from __future__ import annotations

import re
from typing import Any, Iterable, Protocol

from datasketch import LeanMinHash, MinHash, MinHashLSH

from ..config.validation import DedupConfig
from .base import Dialogue, Validator, Verdict

_WORD = re.compile(r"\w+")


class DedupValidator(Validator):
    name = "dedup"
    scope = "dataset"

    def __init__(self, config: DedupConfig | None = None) -> None:
        self.config = config or DedupConfig()
        self._ranges: list[tuple[int, int]] | None = None

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
        bands = MemoryBands()
        return [self.decide_next(rid, sig, bands) for rid, sig in zip(ids, signatures)]

    def band_keys(self, sig: MinHash) -> list[bytes]:
        """The LSH band keys of a signature (MinHashLSH's banding for this threshold)."""
        if self._ranges is None:
            lsh = MinHashLSH(threshold=self.config.threshold, num_perm=self.config.num_perm)
            self._ranges = list(lsh.hashranges)
        return [sig.hashvalues[start:end].tobytes() for start, end in self._ranges]

    def decide_next(self, rid: str, sig: MinHash, bands: "Bands") -> Verdict:
        """The verdict on the next dialogue in order, against those kept so far in `bands`
        (kept there when it is not a near-duplicate)."""
        keys = self.band_keys(sig)
        matches = []
        for first, other in bands.matches(keys):
            jaccard = sig.jaccard(other)
            if jaccard >= self.config.threshold:
                matches.append((jaccard, first))
        if matches:
            jaccard, first = max(matches)
            return self.fail(f"near-duplicate of {first} (estimated Jaccard {jaccard:.2f})",
                             score=jaccard, kind="duplicate")
        bands.keep(rid, sig, keys)
        return self.ok(score=0.0)


class Bands(Protocol):
    """Where dedup keeps the dialogues it kept, by LSH band key."""

    def matches(self, keys: list[bytes]) -> Iterable[tuple[str, MinHash]]: ...

    def keep(self, rid: str, sig: MinHash, keys: list[bytes]) -> None: ...


class MemoryBands:
    """Band tables in memory (a batch of dialogues; the run's export keeps them on disk)."""

    def __init__(self) -> None:
        self._tables: dict[tuple[int, bytes], list[int]] = {}
        self._kept: list[tuple[str, MinHash]] = []

    def matches(self, keys: list[bytes]) -> Iterable[tuple[str, MinHash]]:
        found = {n for band, key in enumerate(keys) for n in self._tables.get((band, key), ())}
        return [self._kept[n] for n in sorted(found)]

    def keep(self, rid: str, sig: MinHash, keys: list[bytes]) -> None:
        for band, key in enumerate(keys):
            self._tables.setdefault((band, key), []).append(len(self._kept))
        self._kept.append((rid, sig))


def to_stored(sig: MinHash) -> dict[str, Any]:
    """A signature as signatures.jsonl keeps it (besides the record digest)."""
    return {"values": [int(x) for x in sig.hashvalues], "scheme": sig.scheme, "seed": sig.seed}


def from_stored(entry: dict[str, Any]) -> MinHash:
    """The MinHash of a signatures.jsonl entry (a lean one: comparable, not updatable; it
    skips generating the permutations)."""
    return LeanMinHash(seed=entry["seed"], hashvalues=entry["values"], scheme=entry["scheme"])
