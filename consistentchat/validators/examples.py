"""Closeness of texts to example sentences, by the multilingual sentence embedder: how
`non_answer` finds replies that talk about the question, and `leakage` notes to the writer, in
any language the embedder covers, without a list of phrasings per language.

Each kind of sentence has a file of examples beside this module (`<name>.txt`, one per line,
"#" starts a comment)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..text import length_units
from .embeddings import encode

HERE = Path(__file__).parent


_CLAUSE = re.compile(r"[,;:，；：、—–|｜]\s*|\s+-\s+")


def clauses(sentence: str) -> list[str]:
    """A sentence, then its clauses when it has several of three or more word units ("Tone:
    patient, at most 120 words" -> the whole, "patient", "at most 120 words")."""
    parts = [p.strip() for p in _CLAUSE.split(sentence) if length_units(p) >= 3]
    return [sentence, *parts] if len(parts) > 1 else [sentence]


@lru_cache(maxsize=None)
def examples(name: str) -> tuple[str, ...]:
    """The example sentences of `name` (`validators/<name>.txt`)."""
    lines = (HERE / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def closeness(groups: list[list[str]], name: str) -> list[float]:
    """For each group of texts, the highest similarity of one of them to one of the examples of
    `name` (0.0 for an empty group). All texts are encoded in one batch."""
    texts = [t for group in groups for t in group]
    if not texts:
        return [0.0] * len(groups)
    known = examples(name)
    vectors = encode([*known, *texts])
    sims = (vectors[len(known):] @ vectors[:len(known)].T).max(axis=1)
    out, at = [], 0
    for group in groups:
        out.append(float(sims[at:at + len(group)].max()) if group else 0.0)
        at += len(group)
    return out
