"""Query-answer alignment as an assignment problem: are answers paired with their own queries?

Replies shifted, swapped or rotated among turns each still answer *some* query of the
dialogue. The best one-to-one pairing of answers to queries (Hungarian algorithm over the
similarity matrix) then moves several answers and fits clearly better than the dialogue's own.
In a language the embedder does not read, the pairing is by shared words alone (word stems, or
CJK character pairs), with its own, stricter thresholds.
"""

from __future__ import annotations

import numpy as np
from scipy.optimize import linear_sum_assignment

from ..config.validation import AlignmentConfig
from ..text import distinctive_words, has_cjk
from .base import Dialogue, Validator, Verdict


MIN_QUERY_WORDS = 3


def _stem(word: str) -> str:
    """The first five letters of an alphabetic word (inflections share them: "rozpočet",
    "rozpočtu"); CJK character pairs and other tokens as they are."""
    return word[:5] if word.isalpha() and not has_cjk(word) else word


def shared_words_matrix(d: Dialogue, n: int, stems: bool = False) -> np.ndarray:
    """sim[i, j] = the share of query j's distinctive words (not among the language's most
    common; out of at least three), or of their `stems`, that answer i uses: an answer takes up
    its own question's terms."""
    def words(text: str) -> set[str]:
        found = distinctive_words(text, d.language)
        return {_stem(w) for w in found} if stems else found

    queries = [words(q) for q in d.queries[:n]]
    answers = [words(a) for a in d.answers[:n]]
    # a share of one or two words says little: short queries count as three words
    return np.array([[len(a & q) / max(MIN_QUERY_WORDS, len(q)) for q in queries]
                     for a in answers]).reshape(n, n)


def answer_query_matrix(d: Dialogue, lexical_weight: float = 0.0) -> np.ndarray:
    """sim[i, j] = how well answer i fits query j: sentence-embedding cosine similarity, plus
    `lexical_weight` x the share of query j's distinctive words that answer i uses. Without
    embeddings (a language the embedder does not read): the share of word stems alone."""
    e = d.embeddings
    if not e:
        return shared_words_matrix(d, min(len(d.queries), len(d.answers)), stems=True)
    n = min(len(e["queries"]), len(e["answers"]))
    sim = e["answers"][:n] @ e["queries"][:n].T
    if lexical_weight:
        sim = sim + lexical_weight * shared_words_matrix(d, n)
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
    embeddings_optional = True  # shared words alone where the embedder cannot read

    def __init__(self, config: AlignmentConfig | None = None) -> None:
        self.config = config or AlignmentConfig()

    def check(self, d: Dialogue) -> Verdict:
        c = self.config
        read = bool(d.embeddings)
        sim = answer_query_matrix(d, c.lexical_weight)
        n = len(sim)
        if n < 2:
            return self.skip("fewer than two exchanges", kind="too_few_exchanges")
        cols, moved, gain = best_pairing(sim)
        clear = margin(sim, cols, moved)
        figures = {"margin": clear}
        min_gain, min_margin = ((c.min_gain, c.min_margin) if read
                                else (c.words_only_min_gain, c.words_only_min_margin))
        by = "" if read else f" (by shared words: the embedder does not read {d.language!r})"
        if len(moved) >= c.min_moved and gain >= min_gain and clear >= min_margin:
            detail = ", ".join(f"answer {i + 1} fits query {cols[i] + 1}" for i in moved[:4])
            return self.fail(f"{len(moved)} of {n} answers fit another query better ({detail}); "
                             f"the best pairing gains {gain:+.2f} similarity per moved answer, "
                             f"margin {clear:+.2f}{by}", score=gain, kind="misaligned",
                             turns=tuple(moved), figures=figures)
        return self.ok(f"best pairing moves {len(moved)} of {n} answers, gain {gain:+.2f}, "
                       f"margin {clear:+.2f}{by}", score=gain, figures=figures)
