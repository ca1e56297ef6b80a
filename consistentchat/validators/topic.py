"""Topic consistency: every exchange stays close to the scenario and the opening exchange."""

from __future__ import annotations

import re

import numpy as np

from ..config.validation import TopicConfig
from ..text import distinctive_words, new_share
from .base import Dialogue, Validator, Verdict, unit


# A user announcing a change of subject: "unrelated, but...", "totally different question",
# "speaking of...", "by the way" (18 languages; not a bare "but", "also" or "btw", VAT in Dutch)
_SWITCH = re.compile(
    r"\b(?:unrelated|off[- ]topic|random question|side note|switching gears|speaking of|by the way|"
    r"change of (?:topic|subject)|on (?:a|an|another) (?:different|other|unrelated|side) note|"
    r"(?:(?:totally|completely|entirely|quite) |(?:^|[.!?,:;]\s*))different (?:thing|question)|"
    r"different (?:topic|subject)|"
    r"übrigens|nebenbei|(?:ganz )?andere[sn]? (?:Frage|Thema)|por cierto|cambiando de tema|"
    r"au fait|à propos|rien à voir|changement de sujet|a propósito|mudando de assunto|"
    r"por falar nisso|a proposito|tra l'altro|cambiando argomento|trouwens|ander onderwerp|"
    r"przy okazji|zmieniając temat|nawiasem mówiąc|bu arada|konu dışı|förresten|apropå|"
    r"nhân tiện|ngomong-ngomong|omong-omong)\b"
    r"|кстати|не по теме|другой вопрос|順便|顺便(?:问|说)|换个话题|題外話|题外话|ところで|"
    r"話は変わ|関係ない(?:けど|んですが)|그건 그렇고|딴 (?:얘기|이야기)|다른 (?:얘기|이야기|질문)인데|"
    r"뜬금없|بالمناسبة|على فكرة", re.IGNORECASE)


def announced_switches(d: Dialogue) -> list[int]:
    """Later exchanges (0-based) whose user turn announces a change of subject."""
    return [i for i, (query, _) in enumerate(d.pairs()) if i and _SWITCH.search(query)]


def exchanges(d: Dialogue) -> np.ndarray:
    """One unit vector per exchange: its query and answer together."""
    e = d.embeddings
    n = min(len(e["queries"]), len(e["answers"]))
    return unit(e["queries"][:n] + e["answers"][:n])


def turn_similarities(d: Dialogue) -> np.ndarray:
    """Similarity of each exchange to the anchor: the opening exchange plus the scenario when
    the record has one."""
    x, scenario = exchanges(d), d.embeddings["scenario"]
    return x @ unit(x[0] + (scenario if scenario is not None else 0.0))


def rest_similarities(d: Dialogue) -> np.ndarray:
    """Similarity of each later exchange to the rest of the dialogue (the mean of every other
    exchange): how well it belongs to the conversation it sits in."""
    x = exchanges(d)
    total = x.sum(axis=0)
    return np.array([float(x[i] @ unit(total - x[i])) for i in range(1, len(x))])


def scenario_similarity(d: Dialogue) -> float | None:
    """Similarity of the whole dialogue (mean of its exchanges) to the scenario, if any."""
    scenario = d.embeddings["scenario"]
    return None if scenario is None else float(unit(exchanges(d).mean(axis=0)) @ scenario)


def late_switch(d: Dialogue) -> tuple[float, int]:
    """A late run of exchanges that leaves the dialogue's goal: for each split after the first
    two or more answers, the closest of the later answers to the opening answers' mean, over
    how close the opening answers are to each other (their mean similarity to the rest of
    them). Returns the lowest ratio and where its run starts (0-based exchange). Comparing
    with the opening, not with the rest of the dialogue: a run of off-topic exchanges is
    similar to itself."""
    x = d.embeddings["answers"][:len(d.pairs())]
    best, start = float("inf"), 0
    for k in range(2, len(x)):
        head = x[:k]
        cohesion = float(np.mean([head[i] @ unit(head.sum(axis=0) - head[i]) for i in range(k)]))
        if cohesion <= 0:
            continue
        closest = float((x[k:] @ unit(head.mean(axis=0))).max())
        if closest / cohesion < best:
            best, start = closest / cohesion, k
    return best, start


def new_word_shares(d: Dialogue, flagged: tuple[int, ...]) -> dict[int, float]:
    """For each flagged exchange (0-based), the share of its distinctive words that occur in no
    unflagged exchange (1.0 for an exchange without distinctive words)."""
    words = [distinctive_words(f"{q}\n{a}", d.language) for q, a in d.pairs()]
    rest = set().union(*(w for i, w in enumerate(words) if i not in flagged))
    shares = {i: new_share(words[i], rest) for i in flagged}
    return {i: 1.0 if share is None else share for i, share in shares.items()}


class TopicValidator(Validator):
    name = "topic"
    figure_names = ("rest_similarity", "late_switch_ratio", "new_words")
    side = "user"
    needs_embeddings = True

    def __init__(self, config: TopicConfig | None = None) -> None:
        self.config = config or TopicConfig()

    def check(self, d: Dialogue) -> Verdict:
        if len(d.pairs()) < 2:
            return self.skip("fewer than two exchanges")
        c = self.config
        later = turn_similarities(d)[1:]
        low = float(later.min())
        anchor = ("scenario and opening exchange" if d.scenario
                  else "opening exchange (record has no scenario)")
        notes = () if d.scenario else ("no_scenario",)
        figures: dict[str, float] = {}

        def new_words(flagged: list[tuple[int, float]]) -> list[tuple[int, float]]:
            """The flagged (1-based exchange, similarity) pairs whose words are new enough."""
            if not flagged:
                return []
            shares = new_word_shares(d, tuple(t - 1 for t, _ in flagged))
            figures["new_words"] = max(figures.get("new_words", 0.0), *shares.values())
            return [(t, s) for t, s in flagged if shares[t - 1] >= c.min_new_words]

        off = new_words([(i + 2, s) for i, s in enumerate(later) if s < c.min_turn_similarity])
        if len(off) > c.max_off_topic_turns:
            turns = ", ".join(f"{t} ({s:.2f})" for t, s in off)
            return self.fail(f"{len(off)} turns drift away from the {anchor}: turns {turns} are "
                             f"under similarity {c.min_turn_similarity:g}", score=low,
                             kind="off_topic", turns=tuple(t - 1 for t, _ in off), notes=notes,
                             figures=figures)
        switched = [(i + 1, float(later[i - 1])) for i in announced_switches(d)
                    if later[i - 1] < c.max_switch_similarity]
        if switched:
            turns = ", ".join(f"{t} ({s:.2f})" for t, s in switched)
            return self.fail(f"the user changes the subject (turn {turns}: announced, and "
                             f"under similarity {c.max_switch_similarity:g} to the {anchor})",
                             score=low, kind="off_topic",
                             turns=tuple(t - 1 for t, _ in switched), notes=notes,
                             figures=figures)
        rest = rest_similarities(d) if len(later) >= 2 else np.zeros(0)
        if len(rest):
            figures["rest_similarity"] = float(rest.min())
        apart = [(i + 2, s) for i, s in enumerate(rest) if s < c.min_rest_similarity]
        apart = new_words(apart) if apart else []
        if apart:
            turns = ", ".join(f"{t} ({s:.2f})" for t, s in apart)
            return self.fail(f"exchanges {turns} are far from the rest of the dialogue (under "
                             f"similarity {c.min_rest_similarity:g} to the other exchanges)",
                             score=low, kind="off_topic", turns=tuple(t - 1 for t, _ in apart),
                             notes=notes, figures=figures)
        if len(later) >= 2:
            ratio, start = late_switch(d)
            if ratio != float("inf"):
                figures["late_switch_ratio"] = ratio
                run = new_words([(t + 1, ratio) for t in range(start, len(later) + 1)]
                                ) if ratio < c.min_late_ratio else []
                if run:
                    return self.fail(
                        f"exchanges {', '.join(str(t) for t, _ in run)} leave the opening's "
                        f"topic: the closest of their answers to the first {start} is "
                        f"{ratio:.2f} times as similar as those are to each other (under "
                        f"{c.min_late_ratio:g})",
                        score=low, kind="off_topic", turns=tuple(t - 1 for t, _ in run),
                        notes=notes, figures=figures)
        overall = scenario_similarity(d)
        if overall is not None and overall < c.min_scenario_similarity:
            return self.fail(f"the dialogue as a whole is far from its scenario (similarity "
                             f"{overall:.2f} < {c.min_scenario_similarity:g})", score=overall,
                             figures=figures)
        near = (f"; lowest to the rest of the dialogue: {figures['rest_similarity']:.2f}"
                if "rest_similarity" in figures else "")
        if "new_words" in figures:
            near += (f"; exchanges far by similarity keep naming the dialogue's things (at most "
                     f"{figures['new_words']:.0%} of their words new, under {c.min_new_words:.0%})")
        return self.ok(f"lowest similarity to the {anchor}: {low:.2f}{near}", score=low,
                       notes=notes, figures=figures)
