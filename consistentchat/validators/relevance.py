"""Replies that do not serve their question by length: one-word or evasive replies, replies
that name no amount where their question asks for one ("how long should it rest?" answered by
the dish's history), and (when `rambles` is on) long rambles that wander away from the question.
Lengths are relative to the dialogue's own answers and counted in word units in any script; a
good detailed answer of 150-300 words passes."""

from __future__ import annotations

import re
import statistics

import numpy as np

from ..config.validation import RelevanceConfig
from ..text import length_units, sentence_spans
from .base import Dialogue, Validator, Verdict
from .embeddings import covers, encode

def chunks(text: str, size: float = 35.0) -> list[str]:
    """Consecutive sentences grouped into pieces of about `size` word units."""
    out, current, units = [], [], 0.0
    for sentence in (text[a:b].strip() for a, b in sentence_spans(text)):
        current.append(sentence)
        units += length_units(sentence)
        if units >= size:
            out.append(" ".join(current))
            current, units = [], 0.0
    if current:
        out.append(" ".join(current))
    return out


# A question that asks for an amount: how long, how many, how much, how often... (17 languages)
_ASKS_AMOUNT = re.compile(
    r"\bhow (?:long|many|much|often|far|soon|old|hot|warm|cold|big|large|deep|high|early|late)\b"
    r"|\bwhat (?:\w+ )?(?:temperature|size|age|percentage|dose|dosage)\b"
    r"|\bwie (?:lange|viele?|oft|weit|hoch|früh)\b|\bcu[aá]nt[oa]s?\b|\bcombien\b|\bquant[oa]s?\b"
    r"|сколько|как долго|多少|多久|几[个次天年月周小分]|どのくらい|どれくらい|何[回日時分年か]|いくら"
    r"|\bbao (?:nhiêu|lâu)\b|\bhoeveel\b|\bhoe lang\b|\bile\b|\bjak długo\b|\bkaç\b|\bne kadar\b"
    r"|\bhur (?:länge|många|mycket|ofta)\b|얼마나|몇", re.IGNORECASE)
# An amount in a reply: a digit in any script, a CJK numeral, a number word (not the articles
# "un", "ein" that are also "one"), or "an hour", "a week"; years and centuries do not count.
_AMOUNT = re.compile(
    r"\d|[一二三四五六七八九十两半百千万]|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|dozen|half|once|twice|few|several|"
    r"couple|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|halb|einmal|zweimal|dos|tres|cuatro|"
    r"cinco|seis|siete|ocho|diez|medi[oa]|deux|trois|quatre|cinq|sept|huit|dix|demi|dois|duas|"
    r"três|quatro|sete|oito|dez|meia|due|tre|sei|otto|dieci|mezzo|два|две|три|четыре|пять|шесть|"
    r"семь|восемь|десять|пол|hai|ba|bốn|năm|sáu|bảy|tám|mười|nửa)\b"
    r"|\ban? (?:hour|minute|second|day|week|month|year|night|cup|pound|kilo|litre|liter|mile)\b",
    re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:1\d{3}|20\d{2})(?:s|年)?(?!\d)|\b\d{1,2}(?:st|nd|rd|th) century\b")


def unanswered_amounts(d: Dialogue) -> list[tuple[int, str]]:
    """Replies to a question that asks for an amount ("how long should it rest?") that name
    none: no number, count or measure, years apart (a history of the dish is not a time)."""
    return [(i, f"answer {i + 1} names no amount where query {i + 1} asks for one")
            for i, (query, answer) in enumerate(d.pairs())
            if _ASKS_AMOUNT.search(query) and not _AMOUNT.search(_YEAR.sub(" ", answer))]


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
            kind = "too_short" if found else "no_amount"
            if rambles.get(n):
                found += [(i, text) for i, text, _ in rambles[n]]
                kind = "ramble"
            if c.amounts:
                flagged = {i for i, _ in found}
                found += [hit for hit in unanswered_amounts(d) if hit[0] not in flagged]
            if found:
                verdicts.append(self.fail("; ".join(t for _, t in found[:3]), kind=kind,
                                          turns=tuple(i for i, _ in found),
                                          score=float(len(found))))
            else:
                verdicts.append(self.ok(score=0.0))
        return verdicts
