"""Non-answers: replies that only acknowledge, praise or restate their question and give no
information of their own ("Great question! You want to know how to X. That matters a lot.").

A reply is read sentence by sentence. Sentences that talk *about* the question (praise,
restating what the user asked, "it comes down to", "many people wonder") are meta-discourse;
numbers, lists, instructions, code, quotes and named things are specifics. A reply whose
sentences are mostly meta-discourse and that carries (almost) no specifics is a non-answer, and
so is a reply with far fewer specifics than the dialogue's other replies when it talks about the
question: a sentence matches the patterns, or, in languages the embedder covers, is close in
meaning to one of the example sentences about a question (`meta_sentences.txt`).
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from ..config.validation import NonAnswerConfig
from ..text import content_tokens, length_units, sentence_spans
from .base import Dialogue, Validator, Verdict
from .embeddings import covers
from .examples import closeness, clauses

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
# Specifics: list items, code, quotes, emphasised terms, "label: value", instructions. Numbers
# are counted apart (a number counts when the conversation has not used it before).
SPECIFIC = re.compile("|".join([
    r"^\s*(?:[-*•]|\d+[.)、])\s*\S", r"`[^`\n]+`", r"\*\*[^*\n]+\*\*",
    r"[\"“「『《][^\"”」』》\n]{2,}[\"”」』》]", r"[:：]\s*\S",
    r"(?:^|[.!?]\s+)(?:use|check|try|add|remove|choose|keep|give|start|set|install|run|open|"
    r"avoid|take|put|call|write|follow|apply|wait|stop|turn|cut|mix|book|pay|contact|compare|buy|"
    r"plan|schedule|practi[cs]e|measure|replace|clean|drink|eat|ask|tell|go|get|make|look|"
    r"switch|change|increase|reduce|limit|skip|store|place|press|hold|soak|rinse|sand)\b",
]), _I | re.M)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _sentences(text: str) -> list[tuple[int, str]]:
    """The sentences of `text` (`sentence_spans`), each with its offset in `text`."""
    return [(a, text[a:b]) for a, b in sentence_spans(text)]


def _meta_sentences(text: str, sentences: list[tuple[int, str]]) -> int:
    """How many of `sentences` (offset, sentence of `text`) hold a META match. A match inside a
    sentence is one in `text` too (META has no anchors or lookarounds; its `\b` sees the same
    neighbours, as sentences end at punctuation or line breaks): so a sentence is searched only
    when the next match in `text` starts inside it, and the search stops when there is none."""
    count, hit = 0, None
    for at, sentence in sentences:
        if hit is None or hit.start() < at:
            hit = META.search(text, at)
            if hit is None:
                break
        if hit.start() < at + len(sentence) and META.search(sentence):
            count += 1
    return count


def specifics(answer: str, context: str) -> int:
    """Specific items in a reply: list items, code, quotes, emphasised terms, "label: value"
    pairs, instructions, and numbers the conversation has not used before."""
    return _specifics(answer, set(_NUMBER.findall(context)))


def _specifics(answer: str, seen_numbers: set[str]) -> int:
    return (sum(1 for _ in SPECIFIC.finditer(answer))
            + len(set(_NUMBER.findall(answer)) - seen_numbers))


def assess(answer: str, context: str) -> tuple[float, int, int]:
    """(share of meta-discourse sentences, specifics, informative tokens new to the context)."""
    return _assess(answer, set(content_tokens(answer)), set(content_tokens(context)),
                   set(_NUMBER.findall(context)))


def _assess(answer: str, tokens: set[str], seen: set[str], seen_numbers: set[str]
            ) -> tuple[float, int, int]:
    """`assess` with the answer's tokens and the context's tokens and numbers given."""
    sentences = [(at, s) for at, s in _sentences(answer) if len(s.strip()) > 1]
    if not sentences:
        return 0.0, 0, 0
    meta = _meta_sentences(answer, sentences)
    return meta / len(sentences), _specifics(answer, seen_numbers), len(tokens - seen)


def pieces(answer: str) -> list[str]:
    """A reply's sentences, and the clauses of those that have several ("That's a natural
    thing to wonder about, and getting it right matters for the loaf.")."""
    return [piece for _, sentence in _sentences(answer) if len(sentence.strip()) > 1
            for piece in clauses(sentence.strip())]


@dataclass
class _Reply:
    """One reply's reading: meta-discourse share, specifics, new tokens, and its ratio of
    specifics to the dialogue's usual count (None when not judged so)."""

    meta: float
    specifics: int
    new: int
    ratio: float | None = None
    beyond_query: int = 0  # tokens not in its own query
    usual: float = 0.0  # the median specifics of the dialogue's other replies
    closeness: float | None = None  # the closest sentence to `meta_sentences.txt`


class NonAnswerValidator(Validator):
    name = "non_answer"
    figure_names = ("specifics_ratio", "meta_similarity")

    def __init__(self, config: NonAnswerConfig | None = None) -> None:
        self.config = config or NonAnswerConfig()

    def read(self, d: Dialogue) -> list[_Reply | None]:
        """Each reply's reading (None for replies to "thanks"-like queries)."""
        c = self.config
        # the conversation so far, as token and number sets (each text read once: tokens and
        # numbers never span the space that joined the texts, so the sets are the same)
        seen: set[str] = set()
        numbers: set[str] = set()
        found = []
        for query, answer in d.pairs():
            seen.update(content_tokens(query))
            numbers.update(_NUMBER.findall(query))
            tokens = set(content_tokens(answer))
            reply = _Reply(*_assess(answer, tokens, seen, numbers))
            reply.beyond_query = len(tokens - set(content_tokens(query)))
            found.append(reply)
            seen |= tokens
            numbers.update(_NUMBER.findall(answer))
        counts = [r.specifics for r in found]
        out: list[_Reply | None] = []
        for i, ((query, _), reply) in enumerate(zip(d.pairs(), found)):
            if length_units(query) < c.min_query_units:
                out.append(None)  # "thanks!" needs no information in return
                continue
            usual = statistics.median(counts[:i] + counts[i + 1:]) if len(counts) > 1 else 0.0
            if usual >= c.min_usual_specifics and asks(query):
                reply.ratio, reply.usual = reply.specifics / usual, usual
            out.append(reply)
        return out

    def validate(self, dialogues: list[Dialogue]) -> list[Verdict]:
        c = self.config
        readings = [self.read(d) for d in dialogues]
        # replies without specifics and without meta-discourse patterns: compare their
        # sentences with the examples of sentences about a question (one batch for all)
        todo: list[_Reply] = []
        groups: list[list[str]] = []
        if c.min_meta_similarity <= 1:
            for d, replies in zip(dialogues, readings):
                if not covers(d.language):
                    continue
                for answer, r in zip(d.answers, replies):
                    if r is not None and r.meta == 0 and r.ratio is not None \
                            and r.ratio <= c.max_specifics_ratio:
                        todo.append(r)
                        groups.append(pieces(answer))
        for r, close in zip(todo, closeness(groups, "meta_sentences")):
            r.closeness = close
        return [self.decide(d, replies) for d, replies in zip(dialogues, readings)]

    def check(self, d: Dialogue) -> Verdict:
        return self.validate([d])[0]

    def decide(self, d: Dialogue, replies: list[_Reply | None]) -> Verdict:
        c = self.config
        problems, turns, worst = [], [], 0.0
        ratios = [r.ratio for r in replies if r is not None and r.ratio is not None]
        lowest = min(ratios) if ratios else None
        closest = max((r.closeness for r in replies if r is not None and r.closeness is not None),
                      default=None)
        for i, r in enumerate(replies):
            if r is None:
                continue
            worst = max(worst, r.meta)
            # an echo: (almost) nothing new to the conversation nor beyond its own query (a
            # reply may answer with words said earlier: "10 victory points" to "how many?")
            echo = max(r.new, r.beyond_query) < c.min_new_tokens
            # no specifics: evasive when it talks about the question; a brief plain answer to
            # a follow-up is left to relevance
            about = r.meta > 0 or (r.closeness or 0.0) >= c.min_meta_similarity
            # a short yes or no opening the reply answers it, however little follows
            outright = answers_outright(d.answers[i])
            bare = (r.ratio is not None and r.ratio <= c.max_specifics_ratio and about
                    and not outright)
            wordy = r.meta >= c.max_meta_share and r.specifics <= c.max_specifics and not outright
            if echo or bare or wordy:
                why = ("only repeats the question" if echo else
                       f"{r.specifics} specifics where the dialogue's other replies give "
                       f"{r.usual:g} (ratio {r.ratio:.2f} <= {c.max_specifics_ratio:g}) and it "
                       f"talks about the question" if bare else
                       f"{r.meta:.0%} of its sentences talk about the question and it gives "
                       f"{r.specifics} specifics")
                problems.append(f"answer {i + 1} gives no answer: {why}")
                turns.append(i)
        figures = {k: v for k, v in (("specifics_ratio", lowest), ("meta_similarity", closest))
                   if v is not None}
        if problems:
            return self.fail("; ".join(problems[:3]), score=worst, kind="non_answer",
                             turns=tuple(turns), figures=figures)
        note = "" if lowest is None else (f"lowest specifics ratio {lowest:.2f} (fails at "
                                          f"<= {c.max_specifics_ratio:g} with talk about the "
                                          f"question)")
        return self.ok(note, score=worst, figures=figures)


# A reply that opens with a short yes or no ("Usually yes - most starters cope fine.", "No.")
_OUTRIGHT = re.compile(
    r"\A\W*(?:(?:usually|generally|normally|mostly|probably|in most cases),? )?(?:yes|yeah|yep|no|"
    r"nope|not really|not usually|sí|oui|non|ja|nein|да|нет|sim|não|tak|nie|evet|hayır|nej|"
    r"はい|いいえ|네|아니요|아뇨|是的|不是|可以|不行|会的|不会)(?![\w'])", _I)
MAX_OUTRIGHT_UNITS = 15


def answers_outright(answer: str) -> bool:
    """Whether a reply opens with a yes or no in a short first sentence: an answer, however
    few specifics follow it."""
    first = next((s for _, s in _sentences(answer) if len(s.strip()) > 1), "")
    return bool(_OUTRIGHT.match(first)) and length_units(first) <= MAX_OUTRIGHT_UNITS


_ASKS = re.compile(r"[?？؟]|\b(?:please|can you|could you|would you|tell me|show me|explain|"
                   r"suggest|recommend|give me|help me|walk me|list|how|what|which|why|when|"
                   r"where|should)\b|请|吗|呢|怎么|怎样|如何|什么|哪|为什么|多少|ください|教えて|"
                   r"どう|何|ですか|ますか", _I)


def asks(query: str) -> bool:
    """Whether a user turn asks for something (a question or a request), rather than only
    saying how things stand ("Thanks, I'll try that tomorrow.")."""
    return _ASKS.search(query) is not None
