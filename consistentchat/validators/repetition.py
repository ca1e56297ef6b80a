"""Repetition: near-identical turns of one speaker, answers that copy their question, passages
an answer copies from an earlier one, and exchanges that say again what an earlier one said."""

from __future__ import annotations

import re

import numpy as np
from rapidfuzz import fuzz

from ..config.validation import RepetitionConfig
from ..text import content_tokens, distinctive_words, new_share
from .base import Dialogue, Validator, Verdict

_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


class RepetitionValidator(Validator):
    name = "repetition"
    figure_names = ("copied_share", "exchange_excess")
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
        drafted = [bool(_WRITES.search(q)) for q in d.queries]
        copied, share = copied_passages(d.answers, c.passage_share, c.passage_min_tokens,
                                        drafted)
        excess, found = reworded(d, c)
        problems += copied + found
        figures = {"copied_share": share, **({} if excess is None else {"exchange_excess": excess})}
        if problems:
            more = f" (+{len(problems) - 3} more)" if len(problems) > 3 else ""
            side = "user" if any(p.startswith(("user", "exchange")) for p in problems) else ""
            return self.fail("; ".join(problems[:3]) + more, score=worst, kind="repetition",
                             side=side, figures=figures)
        return self.ok(f"largest share of a passage copied from an earlier answer {share:.2f} "
                       f"(fails at >= {c.passage_share:g})", score=worst, figures=figures)


_CODE = re.compile(r"```.*?(?:```|\Z)", re.S)
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*(?:[-*•]|\d+[.)]))")


def shingles(text: str, size: int = 3) -> set[tuple[str, ...]]:
    tokens = content_tokens(text)
    return {tuple(tokens[i:i + size]) for i in range(len(tokens) - size + 1)}


# A user asking for a text to be written or reworked: its new version reuses the earlier one
_WRITES = re.compile(
    r"\b(?:draft|rewrite|re-write|revise|revision|redo|polish|edit|full version|final version|"
    r"whole thing|put (?:it|them|everything) (?:all )?together|write (?:it|the whole|the full|"
    r"out)|shorten|cut (?:it|this|that)\b|trim (?:it|this|that)\b|tighten|condense|make it (?:shorter|"
    r"longer|punchier|simpler)|(?:another|new|shorter|longer|second) version|kürz|acorta|raccourc|"
    r"accorcia|encurt|сократи|"
    r"reescrib|redact|borrador|réécri|rédige|brouillon|überarbeit|entwurf|riscriv|bozza|"
    r"reescrev|rascunho|перепиш|черновик)|改写|重写|修改|润色|草稿|完整版|書き直|下書き|全文|"
    r"다시 써|초안|수정해|缩短|精简|短一点|短く|줄여", re.IGNORECASE)


def copied_passages(answers: list[str], share: float, min_tokens: int,
                    drafted: list[bool] | None = None) -> tuple[list[str], float]:
    """Passages (paragraphs, code left out: code reuses names) of an answer whose word
    3-grams mostly come from earlier answers: an earlier answer pasted again inside a longer
    one. Answers whose query asks for a text written or reworked (`drafted`) are left out: a
    new version reuses the earlier one. Returns the problems and the largest copied share
    among passages of `min_tokens`."""
    problems, largest, earlier = [], 0.0, set()
    for j, answer in enumerate(answers):
        if drafted and j < len(drafted) and drafted[j]:
            earlier |= shingles(_CODE.sub(" ", answer))
            continue
        for part in _PARAGRAPH.split(_CODE.sub(" ", answer)):
            grams = shingles(part)
            if len(grams) < min_tokens or not earlier:
                continue
            copied = len(grams & earlier) / len(grams)
            largest = max(largest, copied)
            if copied >= share and len(grams & earlier) >= min_tokens:
                problems.append(f"assistant turn {j + 1} repeats a passage of an earlier answer "
                                f"({copied:.0%} of its {len(grams)} word triples)")
                break
        earlier |= shingles(_CODE.sub(" ", answer))
    return problems, largest


# Figures: numbers, times, ratios, percentages; not the numbers of list items ("2. Mix ...").
_FIGURE = re.compile(r"(?<![\w.,])\d+(?:[.,:/]\d+)*")
_LIST_NUMBER = re.compile(r"^\s*\d+[.)]\s", re.MULTILINE)


def figures(text: str) -> set[str]:
    """The figures a text gives, list numbers left out."""
    return set(_FIGURE.findall(_LIST_NUMBER.sub(" ", text)))


def repeated_figures(d: Dialogue, i: int, j: int) -> tuple[int, float]:
    """How many figures answer `j` gives again from answer `i` (and not from its own query),
    and their share of all it gives."""
    given = figures(d.answers[j])
    again = (given & figures(d.answers[i])) - figures(d.queries[j])
    return len(again), len(again) / len(given) if given else 0.0


def reworded(d: Dialogue, c: RepetitionConfig) -> tuple[float | None, list[str]]:
    """Turns of one speaker that say the same thing in other words (embedding similarity), and
    exchanges that repeat an earlier one (a question asked again gets its answer again: the
    mean of the two similarities, clearly above the dialogue's usual similarity between
    exchanges). Returns the largest excess of an exchange pair over that usual similarity
    (None without embeddings or with fewer than three exchanges) and the problems."""
    problems, excess = [], None
    queries, answers = d.embeddings.get("queries"), d.embeddings.get("answers")
    if queries is not None and answers is not None and len(queries) == len(answers) >= 2:
        both = ((queries @ queries.T) + (answers @ answers.T)) / 2
        pairs = np.triu_indices(len(both), 1)
        usual = float(np.median(both[pairs])) if len(both) >= 3 else None
        if usual is not None:
            excess = float(both[pairs].max()) - usual
        for i, j in zip(*pairs):
            above = both[i, j] - usual if usual is not None else None
            if both[i, j] >= c.exchange_similarity and (above is None
                                                        or above >= c.exchange_margin):
                margin = "" if above is None else f", {above:+.2f} over the dialogue's usual"
                problems.append(f"exchange {j + 1} repeats exchange {i + 1} in other words "
                                f"(similarity {both[i, j]:.2f}{margin})")
            elif (both[i, j] >= c.figure_similarity and above is not None
                  and above >= c.exchange_figure_margin):
                count, share = repeated_figures(d, i, j)
                if count >= c.min_repeated_figures and share >= c.figure_share:
                    problems.append(f"exchange {j + 1} repeats exchange {i + 1}: its answer "
                                    f"gives {count} of answer {i + 1}'s figures again "
                                    f"({share:.0%} of its own; similarity {both[i, j]:.2f}, "
                                    f"{above:+.2f} over the dialogue's usual)")
    for side, key, limit, texts in (("user", "queries", c.query_similarity, d.queries),
                                    ("assistant", "answers", c.answer_similarity, d.answers)):
        vectors = d.embeddings.get(key)
        if vectors is None or len(vectors) < 2:
            continue
        sim = vectors @ vectors.T
        words: dict[int, set[str]] = {}
        for i in range(len(sim)):
            for j in range(i + 1, len(sim)):
                if sim[i, j] < limit:
                    continue
                for k in (i, j):
                    if k not in words:
                        words[k] = distinctive_words(texts[k], d.language)
                new = new_share(words[j], words[i]) or 0.0
                if new <= c.max_new_words:
                    problems.append(f"{side} turn {j + 1} says what turn {i + 1} said in other "
                                    f"words (similarity {sim[i, j]:.2f}, {new:.0%} of its "
                                    f"words new)")
    return excess, problems
