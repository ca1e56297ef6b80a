"""Contradictions of earlier turns that need no model: a reply that recalls a figure as given
before ("as I mentioned, the deposit is $350", "your $1,950 a month", "the 256MB we set
earlier", "按前面的分配，摄影是1.2万元") where no earlier turn gave it, while an earlier turn
gave another figure of the same unit ($200, $1,850 a month, 64MB, 1.6万元).

A figure is tied to the words that say it was given before when it is the first figure after
them, or the last before words such as "we set earlier", within `window` characters of the same
sentence. A summary (the reply to a request for one, or the part under a "Summary" heading)
recalls all its figures, except totals of the figures it gives first. A figure counts as given
when an earlier turn has the same value, within `tolerance` (rounding), in any unit: only
figures that no earlier turn has are read as recalled wrongly. Other contradictions (names,
facts, commitments) are left to the judge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from ..config.validation import ConsistencyConfig
from ..text import sentence_spans
from .base import Dialogue, Validator, Verdict

# Words saying that the figure after them was given before, in 12 languages. (Latin and
# Cyrillic ones after one word boundary, CJK and Hangul ones apart: one pass, few branches.)
_RECALLS = re.compile(
    r"\b(?:as (?:I|we)(?: had| have| already| just)? (?:mentioned|said|noted|discussed|covered|"
    r"agreed|decided|calculated|worked out|established|set|planned|computed|figured|stated|"
    r"quoted)\b|you (?:said|mentioned|told me|gave|quoted)\b"
    r"|como (?:te |le |ya |eu )?(?:dije|mencion[ée]|mencionei|disse|coment(?:é|amos)|vimos|"
    r"calculamos|acordamos|combinamos)"
    r"|comme (?:je (?:l'ai|vous l'ai|te l'ai) |nous l'avons |on l'a )?(?:dit|mentionné|"
    r"indiqué|calculé|convenu)|wie (?:besprochen|erwähnt|gesagt|berechnet|vereinbart)\b"
    r"|как (?:я |мы )?(?:уже )?(?:говорил|упоминал|сказал|обсуждали|посчитали|договорились)"
    r"|come (?:ho |abbiamo )?(?:detto|accennato|calcolato)\b)"
    r"|(?:前面|之前|刚才|先前|一开始)(?:说|提|讲|定|算|给|留|确定|约定|建议|的分配|的计算)"
    r"|我们(?:定|算|说|商量|确定)的|如前所述"
    r"|先ほど|前述の|最初に(?:お伝え|計算|決め)|お伝えした|申し上げた|앞서|처음 (?:계산|말씀)|말씀드린",
    re.IGNORECASE)
# Words after a figure saying it was given before: "the 256MB we set earlier", "the $3,550 per
# quarter we worked out", "the 5 mm replacement point I mentioned", "the 40 L you gave me".
_RECALLED = re.compile(
    r"\b(?:(?<!as )(?:I|we) (?:had |already )?(?:mentioned|noted|agreed on|decided on|calculated|"
    r"worked out|established|set|planned|computed|figured|quoted|settled on)\b"
    r"|you (?:gave|told|quoted)(?: me| us)?\b"
    r"|(?:mentioned|said|noted|discussed|calculated|worked out|agreed|established|stated|"
    r"quoted|computed|confirmed|planned|decided) (?:earlier|before|above|previously|initially|"
    r"at the (?:start|beginning|outset))\b)", re.IGNORECASE)
# "their original $76,000", "原来的7万": a figure named as the one set before (not in a
# hypothetical: "if your original loan was $300,000").
_ORIGINAL = re.compile(r"\b(?:the|their|your|our|my) (?:original|initial|earlier|previous|agreed|"
                       r"quoted)\b|原来的|原定的?|最初的|当初の|元の|원래", re.IGNORECASE)
_HYPOTHETICAL = re.compile(r"\b(?:if|suppose|assuming|say)\b|如果|假如|假设|もし|만약", re.IGNORECASE)
# "your $1,950 a month", "your 28% food cost": a figure claimed as the user's own.
_YOUR = re.compile(r"\byour\s+(?:[^\W\d]+\s+)?(?=[$€£¥₹]?\d)", re.IGNORECASE)
_CUES = (_RECALLS, _RECALLED, _ORIGINAL, _YOUR)  # any of them: the reply recalls something
# A figure: optional currency sign, digits with separators, optional multiplier and unit.
_FIGURE = re.compile(r"([$€£¥₹])?\s?(\d+(?:[.,]\d+)*)\s?(万|千|亿|k\b|K\b)?\s?(%|°[CF]?|[^\W\d_]+)?")
# One name per unit, however it is written: "15 g" and "20 grams" are both grams.
_UNIT_NAMES = {name: unit for unit, names in {
    "g": "g gram grams gramm gramme grammes", "kg": "kg kgs kilo kilos kilogram kilograms",
    "mg": "mg milligram milligrams", "ml": "ml millilitre millilitres milliliter milliliters",
    "l": "l litre litres liter liters", "min": "min mins minute minutes", "h": "h hr hrs hour hours",
    "cm": "cm centimetre centimetres centimeter centimeters", "mm": "mm millimetre millimetres "
    "millimeter millimeters", "km": "km kilometre kilometres kilometer kilometers",
    "ft": "ft foot feet", "lb": "lb lbs pound pounds", "oz": "oz ounce ounces",
    "°": "° °c °f degree degrees",
}.items() for name in names.split()}
_SCALE = {"万": 1e4, "千": 1e3, "亿": 1e8, "k": 1e3, "K": 1e3}
_CJK_OR_HANGUL = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
# "about $1,800", "约1.5升": compared at twice the tolerance
_ROUNDED = re.compile(r"(?:about|around|roughly|approximately|nearly|almost|~|≈|约|大约|大概|約|"
                      r"およそ|약|대략|etwa|ungefähr|environ|aproximadamente|unos|cerca de|"
                      r"circa|примерно|около)\s*\**\s*[$€£¥₹]?\s*$", re.IGNORECASE)
# A summary restates what was said: a reply to a request for one, or the part of a reply under
# a "Summary" / "Recap" heading. Its figures are recalled ones.
_ASKS_SUMMARY = re.compile(
    r"\b(?:summar\w*|recap\w*|sum (?:it|this|that|everything)(?: all)? up|wrap (?:it )?up|put (?:it|everything|"
    r"this) (?:all )?together|all together)|总结|汇总|归纳|整理一下|まとめ|요약|정리|\brésum\w+|"
    r"\bresum\w+|\bzusammenfass\w+|\bитог\w*|\briepilog\w*|\bsamenvat\w*|\bpodsumow\w*",
    re.IGNORECASE)
_SUMMARY_HEADING = re.compile(
    r"^[\s#*>_-]*(?:summary|recap|in summary|to recap|to sum up|quick recap|总结|小结|汇总|まとめ|"
    r"요약|정리|résumé|resumen|zusammenfassung|итог)\b", re.IGNORECASE | re.MULTILINE)
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
    unit: str  # the currency sign, else the first letters of the next word ("$", "%", "days")
    text: str  # as written, without the next word ("$1,950", "1.2万", "28%")


def figures(text: str) -> list[Figure]:
    """Each figure of `text`; its unit is its currency sign, else the first letters of the word
    after it (one character in CJK and Hangul), "%" for percentages."""
    out = []
    for m in _FIGURE.finditer(text):
        value = _value(m.group(2))
        if value is None:
            continue
        if m.group(3):
            value *= _SCALE[m.group(3)]
        word = (m.group(4) or "").lower()
        if _CJK_OR_HANGUL.match(word):
            word = word[:1]
        else:  # "grams" is "g"; "days" is "day"
            word = _UNIT_NAMES.get(word) or (word[:-1] if len(word) > 3 and word[-1] == "s"
                                             else word)[:6]
        start = m.start(1) if m.group(1) else m.start(2)  # not the space before it
        number = text[start:max(m.end(2), m.end(3))]
        next_word = m.group(4) or ""
        if next_word and m.start(4) == max(m.end(2), m.end(3)):  # "28%", "256MB", "1.2万元"
            number += next_word[:1] if _CJK_OR_HANGUL.match(next_word) else next_word[:4]
        # "7.5万" with no word after it: its multiplier is its unit
        unit = m.group(1) or word or (m.group(3) if m.group(3) in ("万", "千", "亿") else "")
        out.append(Figure(start, m.end(), value, unit, number.strip()))
    return out


def given(value: float, earlier: set[float], tolerance: float) -> bool:
    """Whether an earlier turn gave `value`, within a relative `tolerance` (rounding)."""
    return any(abs(value - v) <= tolerance * max(abs(v), abs(value)) for v in earlier)


def derived(value: float, known: list[float], tolerance: float) -> bool:
    """Whether `value` is the sum, difference, product or ratio of two `known` figures (a
    summary's total of the figures it gave before it)."""
    for i, a in enumerate(known):
        for b in known[i:]:
            results = (a + b, abs(a - b), a * b) + ((a / b,) if b else ()) + ((b / a,) if a else ())
            if given(value, set(results), tolerance):
                return True
    return False


def tied_figures(sentence: str, window: int) -> list[Figure]:
    """The figures a sentence says were given before: the first one after a recall ("as I
    mentioned, ...", "your ...") and the last one before a recall ("... we set earlier")."""
    found = figures(sentence)
    tied = []
    original = [cue for cue in _ORIGINAL.finditer(sentence)
                if not _HYPOTHETICAL.search(sentence, 0, cue.start())]
    for cue in [*_RECALLS.finditer(sentence), *_YOUR.finditer(sentence), *original]:
        after = [f for f in found if 0 <= f.start - cue.end() <= window]
        tied += after[:1]
    for cue in _RECALLED.finditer(sentence):
        before = [f for f in found if 0 <= cue.start() - f.end <= window]
        tied += before[-1:]
    return sorted(set(tied))


def summary_start(reply: str, query: str) -> int | None:
    """Where the summary in a reply starts: 0 when its query asks for one, else at a summary
    heading; None when it has none."""
    if _ASKS_SUMMARY.search(query):
        return 0
    heading = _SUMMARY_HEADING.search(reply)
    return heading.start() if heading else None


@dataclass
class Given:
    """The figures earlier turns gave: their values, and their texts by unit."""

    values: set[float] = field(default_factory=set)
    units: dict[str, list[str]] = field(default_factory=dict)

    def add(self, text: str) -> None:
        for f in figures(text):
            self.values.add(f.value)
            if f.unit:
                self.units.setdefault(f.unit, []).append(f.text)
        self.values.update(_NUMBER_WORDS[w] for w in re.findall(r"[a-z]+", text.lower())
                           if w in _NUMBER_WORDS)

    def contradicts(self, f: Figure, before: set[float], tolerance: float) -> bool:
        """Whether `f` has the unit of an earlier figure but the value of none, nor of one
        `before` it in its own reply."""
        return (f.unit in self.units and not given(f.value, self.values, tolerance)
                and not given(f.value, before, tolerance))

    def say(self, unit: str) -> str:
        return ", ".join(list(dict.fromkeys(self.units[unit]))[:4])


def summary_slip(reply: str, query: str, known: Given, tolerance: float) -> str | None:
    """The first figure of a reply's summary that no earlier turn gave (its totals of the
    figures it gives first pass), or None."""
    start = summary_start(reply, query) if known.units else None
    found = figures(reply) if start is not None else []
    for f in found:
        before = {g.value for g in found if g.end <= f.start}
        if (f.start >= start and known.contradicts(f, before, tolerance)
                and not derived(f.value, sorted(before), tolerance)):
            return f"sums up with {f.text!r}, which no earlier turn gave; earlier turns say " \
                   f"{known.say(f.unit)}"
    return None


def recall_slip(reply: str, known: Given, window: int, tolerance: float) -> str | None:
    """The first figure a reply recalls as given before that no earlier turn gave, or None."""
    if not known.units or not any(cue.search(reply) for cue in _CUES):
        return None
    found = figures(reply)
    for start, end in sentence_spans(reply):
        sentence = reply[start:end]
        before = {f.value for f in found if f.end <= start}
        for f in tied_figures(sentence, window):
            rounded = _ROUNDED.search(sentence[max(0, f.start - 24):f.start])
            if known.contradicts(f, before, tolerance * (2 if rounded else 1)):
                return f"recalls {f.text!r} as given before; earlier turns say " \
                       f"{known.say(f.unit)}"
    return None


def recalled_wrongly(d: Dialogue, window: int = 40,
                     tolerance: float = 0.025) -> list[tuple[int, str]]:
    """(reply index, reason) for each reply that recalls a figure no earlier turn gave, where
    an earlier turn gave another figure of the same unit: a figure tied to words that recall
    it, or any figure of a summary."""
    out: list[tuple[int, str]] = []
    known = Given()
    answer, query = -1, ""
    for message in d.turns:
        text = str(message.get("content") or "")
        if message.get("role") == "user":
            query = text
        elif message.get("role") == "assistant":
            answer += 1
            slips = [summary_slip(text, query, known, tolerance) if answer else None,
                     recall_slip(text, known, window, tolerance)]
            out += [(answer, f"answer {answer + 1} {slip}") for slip in slips if slip]
        known.add(text)
    return out


class ConsistencyValidator(Validator):
    name = "consistency"

    def __init__(self, config: ConsistencyConfig | None = None) -> None:
        self.config = config or ConsistencyConfig()

    def check(self, d: Dialogue) -> Verdict:
        found = recalled_wrongly(d, self.config.window_chars, self.config.tolerance)
        if found:
            return self.fail("; ".join(text for _, text in found[:3]), kind="contradiction",
                             turns=tuple(sorted({i for i, _ in found})),
                             score=float(len(found)))
        return self.ok(score=0.0)
