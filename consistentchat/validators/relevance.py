"""Replies that do not serve their question by length: one-word or evasive replies, and (when
`rambles` is on) long rambles that wander away from the question. Lengths are relative to the
dialogue's own answers and counted in word units in any script; a good detailed answer of
150-300 words passes."""

from __future__ import annotations

import re
import statistics

import numpy as np

from ..config.validation import RelevanceConfig
from ..text import length_units
from .base import Dialogue, Validator, Verdict
from .embeddings import covers, encode

_SENTENCE = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])|\n+")


def chunks(text: str, size: float = 35.0) -> list[str]:
    """Consecutive sentences grouped into pieces of about `size` word units."""
    out, current, units = [], [], 0.0
    for sentence in (s.strip() for s in _SENTENCE.split(text)):
        if not sentence:
            continue
        current.append(sentence)
        units += length_units(sentence)
        if units >= size:
            out.append(" ".join(current))
            current, units = [], 0.0
    if current:
        out.append(" ".join(current))
    return out


class RelevanceValidator(Validator):
    name = "relevance"

    def __init__(self, config: RelevanceConfig | None = None) -> None:
        self.config = config or RelevanceConfig()

    def too_short(self, d: Dialogue) -> list[tuple[int, str]]:
        c = self.config
        lengths = [length_units(a) for a in d.answers]
        median = statistics.median(lengths) if lengths else 0.0
        out = []
        for i, (query, answer) in enumerate(d.pairs()):
            n, asked = lengths[i], length_units(query)
            if asked < c.min_query_units:
                continue  # a thank-you or a one-word reply needs no long answer
            if n <= c.min_answer_units or (n < c.short_ratio * median and n < c.short_cap_units):
                out.append((i, f"answer {i + 1} is {n:.0f} word units against the dialogue's "
                               f"median {median:.0f}"))
        return out

    def long_candidates(self, d: Dialogue) -> list[int]:
        c = self.config
        lengths = [length_units(a) for a in d.answers]
        out = []
        for i, n in enumerate(lengths):
            others = lengths[:i] + lengths[i + 1:]
            median = statistics.median(others) if others else n
            if n >= c.ramble_min_units and n >= c.ramble_ratio * median:
                out.append(i)
        return out

    def validate(self, dialogues: list[Dialogue]) -> list[Verdict]:
        c = self.config
        pieces: list[tuple[int, int, list[str]]] = []  # (dialogue, answer, chunks)
        texts: list[str] = []
        for n, d in enumerate(dialogues):
            if not c.rambles or not covers(d.language):
                continue
            for i in self.long_candidates(d):
                parts = chunks(d.answers[i])
                if len(parts) >= 3:
                    pieces.append((n, i, parts))
                    # the question in its context: a short follow-up ("how did I do?") means
                    # what the exchange before it was about
                    texts += [d.queries[i], d.answers[i - 1] if i else d.queries[i], *parts]
        vectors = encode(texts) if texts else np.zeros((0, 1))
        rambles: dict[int, list[tuple[int, str, float]]] = {}
        at = 0
        for n, i, parts in pieces:
            query, before = vectors[at], vectors[at + 1]
            rest = vectors[at + 2:at + 2 + len(parts)]
            at += 2 + len(parts)
            sims = np.maximum(rest @ query, rest @ before)
            off = float(np.mean(sims < c.chunk_min_similarity))
            if off >= c.max_off_chunks:
                rambles.setdefault(n, []).append(
                    (i, f"answer {i + 1} wanders from its question ({off:.0%} of its "
                        f"{len(parts)} parts under similarity {c.chunk_min_similarity:g})", off))
        verdicts = []
        for n, d in enumerate(dialogues):
            found = [(i, text) for i, text in self.too_short(d)]
            found += [(i, text) for i, text, _ in rambles.get(n, [])]
            if found:
                kind = "too_short" if not rambles.get(n) else "ramble"
                verdicts.append(self.fail("; ".join(t for _, t in found[:3]), kind=kind,
                                          turns=tuple(i for i, _ in found),
                                          score=float(len(found))))
            else:
                verdicts.append(self.ok(score=0.0))
        return verdicts
