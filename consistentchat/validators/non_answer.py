"""Non-answers: replies that only acknowledge, praise or restate their question and give no
information of their own ("Great question! You want to know how to X. That matters a lot.").

A reply is read sentence by sentence. Sentences that talk *about* the question (praise,
restating what the user asked, "it comes down to", "many people wonder") are meta-discourse;
numbers, lists, instructions, code, quotes and named things are specifics. A reply whose
sentences are mostly meta-discourse and that carries (almost) no specifics is a non-answer.
"""

from __future__ import annotations

import re

from ..config.validation import NonAnswerConfig
from ..text import content_tokens, length_units
from .base import Dialogue, Validator, Verdict

_I = re.IGNORECASE
META = re.compile("|".join([
    # praise and acknowledgement of the question
    r"\b(?:that'?s|this is|what) an? (?:\w+ ){0,2}(?:question|thing to (?:ask|think|wonder)|"
    r"point|topic|concern)\b",
    r"\b(?:great|good|excellent|smart|fair|important|thoughtful|common|valid) question\b",
    r"\bthanks? (?:you )?for (?:asking|the question|bringing)",
    r"\bi (?:completely |totally )?understand (?:your|why|that|how)\b",
    # restating what the user asked
    r"\byou(?:'re| are) (?:asking|wondering|curious|trying to (?:figure|decide|work) out)\b",
    r"\byou(?:'d| would)? (?:want|like) to know\b",
    r"\b(?:your|the) question (?:is|about|of)\b",
    # generic talk about the topic instead of it
    r"\bcomes? down to\b", r"\bis (?:what|all) .{0,60}\b(?:is )?all about\b",
    r"\b(?:a lot of|many|most|plenty of) (?:people|folks|\w+ers|beginners|owners)\b",
    r"\bone of the (?:most )?(?:common|important|frequent)\b",
    r"\b(?:something|a question|a topic) (?:that )?(?:almost )?(?:every|many|most|a lot of)\b",
    r"\bworth (?:considering|thinking about|looking into)\b",
    r"\bit'?s (?:great|good|smart|wise) (?:that )?you\b",
    r"\bonce you(?:'ve| have)? (?:understand|figured?|know|get|decide)",
    r"\b(?:well )?on your way\b", r"\b(?:really )?(?:depends|depend) on\b",
    r"\bthere are (?:a lot of|many|several|various) (?:ways|approaches|options|factors|things)\b",
    r"\bthe (?:key|important thing|main thing) is (?:to )?(?:understand|know|think)",
    r"\b(?:plays?|is) an? (?:important|key|big|crucial) (?:role|part|step)\b",
    r"\byou(?:'ve| have) got\b", r"\bwhat you (?:want|need) (?:is|to do is)\b",
    r"\bis (?:a |an )?(?:very |really |pretty |quite |so )?common \w*\s?(?:project|problem|issue|"
    r"question|situation|thing|concern|mistake|experience)", r"\bmakes? (?:all )?the difference\b",
    r"\b(?:is|are) definitely\b",
    # Chinese and Japanese
    r"(?:好问题|问得好|这(?:是|个)(?:一个)?(?:很|非常)?(?:好|重要|常见)的?(?:问题|话题)|你(?:想|希望)(?:要)?知道|"
    r"您(?:想|希望)(?:要)?知道|很多人|许多人|取决于|关键在于|值得(?:考虑|思考)|"
    r"(?:良い|いい|素晴らしい|大切な|重要な)(?:質問|ご質問|問題|ポイント)|多くの(?:人|方)|知りたい|"
    r"次第です|悩む(?:方|人)|気になる(?:ところ|点)|多くの\S{0,8}(?:さん|人|方)|"
    r"(?:ご質問|お悩み|ご相談)(?:です|でしょう)|(?:という|との)ことで|是(?:一个)?(?:很|非常)?常见的|"
    r"关于.{0,30}的问题|(?:大切|重要)な(?:こと|ポイント)です)",
]), _I)
SPECIFIC = re.compile("|".join([
    r"\d", r"^\s*(?:[-*•]|\d+[.)])\s", r"`", r"[\"“「『][^\"”」』]{3,}[\"”」』]", r":\s*\S",
    r"(?:^|[.!?]\s+)(?:use|check|try|add|remove|choose|keep|give|start|set|install|run|open|"
    r"avoid|take|put|call|write|follow|apply|wait|stop|turn|cut|mix|book|pay|contact|compare|buy|"
    r"plan|schedule|practi[cs]e|measure|replace|clean|drink|eat|ask|tell|go|get|make|look|"
    r"switch|change|increase|reduce|limit|skip|store|place|press|hold|soak|rinse|sand|apply)\b",
]), _I | re.M)
_SENTENCE = re.compile(r"(?<=[.!?。！？])\s*|\n+")


def assess(answer: str, context: str) -> tuple[float, int, int]:
    """(share of meta-discourse sentences, specifics, informative tokens new to the context)."""
    sentences = [s for s in _SENTENCE.split(answer) if len(s.strip()) > 1]
    if not sentences:
        return 0.0, 0, 0
    meta = sum(1 for s in sentences if META.search(s))
    seen = set(content_tokens(context))
    specifics = sum(1 for s in sentences
                    for hit in SPECIFIC.finditer(s)
                    if not hit.group(0).strip().isdigit() or hit.group(0) not in context)
    new = len({t for t in content_tokens(answer) if t not in seen})
    return meta / len(sentences), specifics, new


class NonAnswerValidator(Validator):
    name = "non_answer"

    def __init__(self, config: NonAnswerConfig | None = None) -> None:
        self.config = config or NonAnswerConfig()

    def check(self, d: Dialogue) -> Verdict:
        c = self.config
        problems, turns, worst = [], [], 0.0
        context = ""
        for i, (query, answer) in enumerate(d.pairs()):
            context += " " + query
            meta, specifics, new = assess(answer, context)
            context += " " + answer
            if length_units(query) < c.min_query_units:
                continue  # "thanks!" needs no information in return
            worst = max(worst, meta)
            echo = new < c.min_new_tokens
            if echo or (meta >= c.max_meta_share and specifics <= c.max_specifics):
                why = ("only repeats the question" if echo else
                       f"{meta:.0%} of its sentences talk about the question and it gives "
                       f"{specifics} specifics")
                problems.append(f"answer {i + 1} gives no answer: {why}")
                turns.append(i)
        if problems:
            return self.fail("; ".join(problems[:3]), score=worst, kind="non_answer",
                             turns=tuple(turns))
        return self.ok(score=worst)
