"""Repetition: near-identical turns of one speaker, and answers that copy their question."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from ..config.validation import RepetitionConfig
from .base import Dialogue, Validator, Verdict

_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


class RepetitionValidator(Validator):
    name = "repetition"
    needs_embeddings = True  # for repetition in other words; the string checks need none
    embeddings_optional = True

    def __init__(self, config: RepetitionConfig | None = None) -> None:
        self.config = config or RepetitionConfig()

    def check(self, d: Dialogue) -> Verdict:
        c = self.config
        queries, answers = [_norm(q) for q in d.queries], [_norm(a) for a in d.answers]
        problems: list[str] = []
        worst = 0.0
        for side, texts in (("user", queries), ("assistant", answers)):
            for i in range(len(texts)):
                for j in range(i + 1, len(texts)):
                    ratio = fuzz.ratio(texts[i], texts[j])
                    worst = max(worst, ratio)
                    if ratio >= c.same_speaker_ratio:
                        problems.append(f"{side} turns {i + 1} and {j + 1} are near-identical "
                                        f"(similarity {ratio:.0f})")
        for i, q in enumerate(queries):
            for j, a in enumerate(answers):
                ratio = fuzz.ratio(q, a)
                if i != j and ratio >= c.same_speaker_ratio:
                    worst = max(worst, ratio)
                    problems.append(f"user turn {i + 1} repeats assistant turn {j + 1} "
                                    f"(similarity {ratio:.0f})")
        for i, (q, a) in enumerate(zip(queries, answers), 1):
            ratio = fuzz.ratio(q, a)
            worst = max(worst, ratio)
            echoed = q in a and len(a.split()) - len(q.split()) < 8
            if ratio >= c.answer_copies_query_ratio or echoed:
                problems.append(f"answer {i} copies its question (similarity {ratio:.0f})")
        problems += reworded(d, c.query_similarity, c.answer_similarity, c.exchange_similarity)
        if problems:
            more = f" (+{len(problems) - 3} more)" if len(problems) > 3 else ""
            side = "user" if any(p.startswith(("user", "exchange")) for p in problems) else ""
            return self.fail("; ".join(problems[:3]) + more, score=worst, kind="repetition",
                             side=side)
        return self.ok(score=worst)


def reworded(d: Dialogue, query_limit: float, answer_limit: float, exchange_limit: float
             ) -> list[str]:
    """Turns of one speaker that say the same thing in other words (embedding similarity), and
    exchanges that repeat an earlier one (a question asked again gets its answer again: the
    mean of the two similarities); nothing when the dialogue has no embeddings."""
    problems = []
    queries, answers = d.embeddings.get("queries"), d.embeddings.get("answers")
    if queries is not None and answers is not None and len(queries) == len(answers) >= 2:
        both = ((queries @ queries.T) + (answers @ answers.T)) / 2
        for i in range(len(both)):
            for j in range(i + 1, len(both)):
                if both[i, j] >= exchange_limit:
                    problems.append(f"exchange {j + 1} repeats exchange {i + 1} in other words "
                                    f"(similarity {both[i, j]:.2f})")
    for side, key, limit in (("user", "queries", query_limit), ("assistant", "answers", answer_limit)):
        vectors = d.embeddings.get(key)
        if vectors is None or len(vectors) < 2:
            continue
        sim = vectors @ vectors.T
        for i in range(len(sim)):
            for j in range(i + 1, len(sim)):
                if sim[i, j] >= limit:
                    problems.append(f"{side} turn {j + 1} says what turn {i + 1} said in other "
                                    f"words (similarity {sim[i, j]:.2f})")
    return problems
