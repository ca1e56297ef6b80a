"""Contradictions of earlier turns that need no model: a reply that recalls a figure as given
before ("as I mentioned, the deposit is $350", "your $1,950 a month", "the 256MB we set
earlier", "按前面的分配，摄影是1.2万元") where no earlier turn gave it, while an earlier turn
gave another figure of the same unit ($200, $1,850 a month, 64MB, 1.6万元).

A figure is tied to the words that say it was given before when it is the first figure after
them, or the last before words such as "we set earlier", within `window` characters of the same
sentence. A figure counts as given when an earlier turn has the same value, within
`tolerance` (rounding), in any unit: only figures that no earlier turn has are read as recalled
wrongly. Other contradictions (names, facts, commitments) are left to the judge.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..config.validation import ConsistencyConfig
from ..text import sentence_spans
from .base import Dialogue, Validator, Verdict

# Words saying that the figure after them was given before, in 12 languages.
_RECALLS = re.compile("|".join([
    r"\bas (?:I|we)(?: had| have| already| just)? (?:mentioned|said|noted|discussed|covered|"
    r"agreed|decided|calculated|worked out|established|set|planned|computed|figured|stated|"
    r"quoted)\b",
    r"\byou (?:said|mentioned|told me|gave|quoted)\b",
    r"(?:按照?|如|正如|根据)?(?:我们)?(?:前面|之前|刚才|先前|一开始)(?:说|提|讲|定|算|给|留|"
    r"确定|约定|建议|的分配|的计算)",
    r"我们(?:定|算|说|商量|确定)的|如前所述",
    r"先ほど|前述の|最初に(?:お伝え|計算|決め)|お伝えした|申し上げた|앞서|처음 (?:계산|말씀)|말씀드린",
    r"\bcomo (?:te |le |ya )?(?:dije|mencion[ée]|coment(?:é|amos)|vimos|calculamos|acordamos)",
    r"\bcomme (?:je (?:l'ai|vous l'ai|te l'ai) |nous l'avons |on l'a )?(?:dit|mentionné|"
    r"indiqué|calculé|convenu)",
    r"\bwie (?:besprochen|erwähnt|gesagt|berechnet|vereinbart)\b",
    r"\bкак (?:я |мы )?(?:уже )?(?:говорил|упоминал|сказал|обсуждали|посчитали|договорились)",
    r"\bcomo (?:eu )?(?:mencionei|disse|calculamos|combinamos)\b",
    r"\bcome (?:ho |abbiamo )?(?:detto|accennato|calcolato)\b",
]), re.IGNORECASE)
# Words after a figure saying it was given before: "the 256MB we set earlier", "the $3,550 per
# quarter we worked out", "the 5 mm replacement point I mentioned".
_RECALLED = re.compile(
    r"\b(?<!as )(?:I|we) (?:had |already )?(?:mentioned|noted|agreed on|decided on|calculated|"
    r"worked out|established|set|planned|computed|figured|quoted|settled on)\b"
    r"|\b(?:mentioned|said|noted|discussed|calculated|worked out|agreed|established|stated|"
    r"quoted|computed|confirmed|planned|decided) (?:earlier|before|above|previously|initially|"
    r"at the (?:start|beginning|outset))\b", re.IGNORECASE)
# "your $1,950 a month", "your 28% food cost": a figure claimed as the user's own.
_YOUR = re.compile(r"\byour\s+(?:[^\W\d]+\s+)?(?=[$€£¥₹]?\d)", re.IGNORECASE)
# A figure: optional currency sign, digits with separators, optional multiplier and unit.
_FIGURE = re.compile(r"([$€£¥₹])?\s?(\d+(?:[.,]\d+)*)\s?(万|千|亿|k\b|K\b)?\s?(%|[^\W\d_]+)?")
_SCALE = {"万": 1e4, "千": 1e3, "亿": 1e8, "k": 1e3, "K": 1e3}
_CJK_OR_HANGUL = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
_ROUNDED = re.compile(r"(?:about|around|roughly|approximately|nearly|almost|~|≈|约|大约|大概|約|"
                      r"およそ|약|대략|etwa|ungefähr|environ|aproximadamente|unos|cerca de|"
                      r"circa|примерно|около)\s*\**\s*[$€£¥₹]?\s*$", re.IGNORECASE)
_NUMBER_WORDS = {w: float(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}


def _value(digits: str) -> float | None:
    plain = digits.replace(",", "")
    for text in (plain, digits.replace(".", "").replace(",", ".")):
        try:
            return float(text)
        except ValueError:
            continue
    return None


class Figure(NamedTuple):
    start: int
    end: int
    value: float
    unit: str  # the currency sign and the first letters of the next word ("$per", "%", "万")
    text: str  # as written, without the next word ("$1,950", "1.2万", "28%")
    rounded: bool  # "about $1,800", "约1.5升": compared at twice the tolerance


def figures(text: str) -> list[Figure]:
    """Each figure of `text`; its unit is the currency sign and the first letters of the word
    after it (one character in CJK and Hangul), "%" for percentages."""
    out = []
    for m in _FIGURE.finditer(text):
        value = _value(m.group(2))
        if value is None:
            continue
        if m.group(3):
            value *= _SCALE[m.group(3)]
        word = (m.group(4) or "").lower()
        word = word[:1] if _CJK_OR_HANGUL.match(word) else word[:6]
        number = text[m.start():max(m.end(2), m.end(3))]
        next_word = m.group(4) or ""
        if next_word and m.start(4) == max(m.end(2), m.end(3)):  # "28%", "256MB", "1.2万元"
            number += next_word[:1] if _CJK_OR_HANGUL.match(next_word) else next_word[:4]
        rounded = bool(_ROUNDED.search(text[max(0, m.start(2) - 24):m.start(2)]))
        out.append(Figure(m.start(), m.end(), value, (m.group(1) or "") + word, number.strip(),
                          rounded))
    return out


def given(value: float, earlier: set[float], tolerance: float) -> bool:
    """Whether an earlier turn gave `value`, within a relative `tolerance` (rounding)."""
    return any(abs(value - v) <= tolerance * max(abs(v), abs(value)) for v in earlier)


def tied_figures(sentence: str, window: int) -> list[Figure]:
    """The figures a sentence says were given before: the first one after a recall ("as I
    mentioned, ...", "your ...") and the last one before a recall ("... we set earlier")."""
    found = figures(sentence)
    tied = []
    for cue in [*_RECALLS.finditer(sentence), *_YOUR.finditer(sentence)]:
        after = [f for f in found if 0 <= f.start - cue.end() <= window]
        tied += after[:1]
    for cue in _RECALLED.finditer(sentence):
        before = [f for f in found if 0 <= cue.start() - f.end <= window]
        tied += before[-1:]
    return sorted(set(tied))


def recalled_wrongly(d: Dialogue, window: int = 40,
                     tolerance: float = 0.025) -> list[tuple[int, str]]:
    """(reply index, reason) for each reply that recalls a figure no earlier turn gave, where
    an earlier turn gave another figure of the same unit."""
    out: list[tuple[int, str]] = []
    values: set[float] = set()
    units: dict[str, list[str]] = {}
    answer = -1
    for message in d.turns:
        text = str(message.get("content") or "")
        if message.get("role") == "assistant":
            answer += 1
            in_reply = figures(text)
            for start, end in sentence_spans(text):
                sentence = text[start:end]
                own = {f.value for f in in_reply if f.end <= start}
                for f in tied_figures(sentence, window):
                    near = tolerance * (2 if f.rounded else 1)
                    if (f.unit in units and not given(f.value, values, near)
                            and not given(f.value, own, near)):
                        out.append((answer, f"answer {answer + 1} recalls {f.text!r} as given "
                                            f"before; earlier turns say "
                                            f"{', '.join(list(dict.fromkeys(units[f.unit]))[:4])}"))
                        break
        for f in figures(text):
            values.add(f.value)
            if f.unit:
                units.setdefault(f.unit, []).append(f.text)
        values.update(_NUMBER_WORDS[w] for w in re.findall(r"[a-z]+", text.lower())
                      if w in _NUMBER_WORDS)
    return out


class ConsistencyValidator(Validator):
    name = "consistency"

    def __init__(self, config: ConsistencyConfig | None = None) -> None:
        self.config = config or ConsistencyConfig()

    def check(self, d: Dialogue) -> Verdict:
        found = recalled_wrongly(d, self.config.window_chars, self.config.tolerance)
        if found:
            return self.fail("; ".join(text for _, text in found[:3]), kind="contradiction",
                             turns=tuple(i for i, _ in found), score=float(len(found)))
        return self.ok(score=0.0)
