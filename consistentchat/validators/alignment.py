"""Query-answer alignment: each answer is closest to its own query (catches off-by-one shifts)."""

from __future__ import annotations

import numpy as np

from ..config.validation import AlignmentConfig
from .base import Dialogue, Validator, Verdict


def answer_query_matrix(d: Dialogue) -> np.ndarray:
    """sim[i, j] = similarity of answer i to query j."""
    e = d.embeddings
    n = min(len(e["queries"]), len(e["answers"]))
    return e["answers"][:n] @ e["queries"][:n].T


def shift_advantage(sim: np.ndarray) -> float:
    """How much better the dialogue's own pairing fits than the best off-by-one pairing."""
    n = len(sim)
    own = float(np.mean(np.diag(sim)))
    forward = np.mean([sim[i, i] - sim[i, i + 1] for i in range(n - 1)])
    backward = np.mean([sim[i, i] - sim[i, i - 1] for i in range(1, n)])
    return float(min(forward, backward)) if n > 1 else own


class AlignmentValidator(Validator):
    name = "alignment"
    needs_embeddings = True

    def __init__(self, config: AlignmentConfig | None = None) -> None:
        self.config = config or AlignmentConfig()

    def check(self, d: Dialogue) -> Verdict:
        sim = answer_query_matrix(d)
        n = len(sim)
        if n < 2:
            return self.skip("fewer than two exchanges")
        c = self.config
        others = np.where(np.eye(n, dtype=bool), -np.inf, sim)
        best = others.argmax(axis=1)
        bad = [i for i in range(n) if sim[i, i] < others[i].max() - c.margin]
        advantage = shift_advantage(sim)
        if len(bad) / n > c.max_misaligned_fraction and advantage < c.min_shift_advantage:
            detail = ", ".join(f"answer {i + 1} fits query {best[i] + 1}" for i in bad[:4])
            return self.fail(f"{len(bad)} of {n} answers are closer to another query than to "
                             f"their own ({detail}); the own pairing beats an off-by-one shift by "
                             f"only {advantage:+.2f}", score=advantage)
        return self.ok(f"{n - len(bad)} of {n} answers closest to their own query; own pairing "
                       f"beats an off-by-one shift by {advantage:+.2f}", score=advantage)
