"""Query-answer alignment as an assignment problem: are answers paired with their own queries?

Replies shifted, swapped or rotated among turns each still answer *some* query of the
dialogue. The best one-to-one pairing of answers to queries (Hungarian algorithm over the
similarity matrix) then moves several answers and fits clearly better than the dialogue's own.
"""

from __future__ import annotations

import numpy as np
from scipy.optimize import linear_sum_assignment

from ..config.validation import AlignmentConfig
from ..text import distinctive_words
from .base import Dialogue, Validator, Verdict


MIN_QUERY_WORDS = 3


def answer_query_matrix(d: Dialogue, lexical_weight: float = 0.0) -> np.ndarray:
    """sim[i, j] = how well answer i fits query j: sentence-embedding cosine similarity, plus
    `lexical_weight` x the share of query j's distinctive words (not among the language's most
    common; out of at least three) that answer i uses. An answer takes up its own question's
    terms."""
    e = d.embeddings
    n = min(len(e["queries"]), len(e["answers"]))
    sim = e["answers"][:n] @ e["queries"][:n].T
    if lexical_weight:
        queries = [distinctive_words(q, d.language) for q in d.queries[:n]]
        answers = [distinctive_words(a, d.language) for a in d.answers[:n]]
        # a share of one or two words says little: short queries count as three words
        lex = np.array([[len(a & q) / max(MIN_QUERY_WORDS, len(q)) for q in queries]
                        for a in answers])
        sim = sim + lexical_weight * lex
    return sim


def margin(sim: np.ndarray, cols: np.ndarray, moved: list[int]) -> float:
    """How clearly the moved answers belong elsewhere: for each, the lesser of how much better
    it fits its new query than its own query, and how much better that query fits it than the
    query's own answer; the median over the moved answers."""
    both = [min(sim[i, cols[i]] - sim[i, i], sim[i, cols[i]] - sim[cols[i], cols[i]])
            for i in moved]
    return float(np.median(both)) if both else 0.0


def best_pairing(sim: np.ndarray) -> tuple[np.ndarray, list[int], float]:
    """(query of each answer in the best pairing, answers it moves, mean gain per moved answer
    over the own pairing)."""
    _, cols = linear_sum_assignment(-sim)
    moved = [i for i in range(len(sim)) if cols[i] != i]
    if not moved:
        return cols, [], 0.0
    gain = float(sum(sim[i, cols[i]] - sim[i, i] for i in moved)) / len(moved)
    return cols, moved, gain


class AlignmentValidator(Validator):
    name = "alignment"
    figure_names = ("margin",)
    needs_embeddings = True

    def __init__(self, config: AlignmentConfig | None = None) -> None:
        self.config = config or AlignmentConfig()

    def check(self, d: Dialogue) -> Verdict:
        sim = answer_query_matrix(d, self.config.lexical_weight)
        n = len(sim)
        if n < 2:
            return self.skip("fewer than two exchanges", kind="too_few_exchanges")
        cols, moved, gain = best_pairing(sim)
        c = self.config
        clear = margin(sim, cols, moved)
        figures = {"margin": clear}
        if len(moved) >= c.min_moved and gain >= c.min_gain and clear >= c.min_margin:
            detail = ", ".join(f"answer {i + 1} fits query {cols[i] + 1}" for i in moved[:4])
            return self.fail(f"{len(moved)} of {n} answers fit another query better ({detail}); "
                             f"the best pairing gains {gain:+.2f} similarity per moved answer, "
                             f"margin {clear:+.2f}", score=gain, kind="misaligned",
                             turns=tuple(moved), figures=figures)
        return self.ok(f"best pairing moves {len(moved)} of {n} answers, gain {gain:+.2f}, "
                       f"margin {clear:+.2f}", score=gain, figures=figures)
