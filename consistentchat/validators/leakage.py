"""Leakage: prompt scaffolding or meta text in a turn (labels, JSON keys, fences, placeholders),
and notes to the writer in brackets, found by meaning (`writer_notes.txt`)."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from ..config.validation import LeakageConfig
from ..text import CODE_SPANS, length_units
from .base import Dialogue, Validator, Verdict
from .embeddings import covers
from .examples import closeness, clauses
from .placeholder import code_spans
from .writer_notes import (NOTE, NOTE_PATTERNS, bracketed_asides, trade_terms, writer_line,
                           writer_note)

_LABELS = r"question|query|response|answer|reply|message|turn|user|assistant"
_KEYS = r"turns|answers|thinking|query|queries|step|reasoning|replies|responses|messages"
_F = re.IGNORECASE | re.MULTILINE

# "As a language model" in other languages (English is in the pattern itself)
_AS_A_MODEL = (
    r"\bcomo (?:un |um )?(?:modelo de (?:lenguaje|linguagem)|asistente de IA|inteligencia "
    r"artificial|inteligência artificial)\b|\ben tant qu[e'] ?(?:(?:un )?modèle de langage|IA\b|"
    r"intelligence artificielle|assistant IA)|\bals (?:ein )?(?:KI-?Sprachmodell|Sprachmodell|"
    r"KI-Assistent)(?![\w-])|\bcome (?:un )?(?:modello (?:linguistico|di linguaggio)|intelligenza "
    r"artificiale)\b|\bкак (?:языковая модель|ИИ\b|искусственный интеллект)|"
    r"\bбудучи (?:языковой моделью|ИИ\b)|作为(?:一个|一款)?(?:AI|人工智能)?(?:语言模型|AI助手|人工智能)|"
    r"言語モデル(?:として|なので)|AI(?:アシスタント)?として|(?:AI )?언어 ?모델로서|인공지능으로서|"
    r"\bως (?:ένα )?(?:μοντέλο (?:γλώσσας|τεχνητής)|τεχνητή νοημοσύνη)|\bjako (?:model językowy|"
    r"sztuczna inteligencja)\b|\b(?:yapay zeka|dil modeli) olarak\b|"
    r"\bals (?:een )?(?:AI-?)?taalmodel\b|كنموذج لغوي|بصفتي (?:نموذج|نموذجًا|ذكاء)|"
    r"भाषा मॉडल के रूप में|\bvới tư cách là (?:một )?(?:AI|mô hình)"
    r"|\bsom (?:en )?(?:AI-?)?språkmodell\b|\bkielimallina\b|כמודל שפה")

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("numbered label", re.compile(
        rf"^[\s*#>_-]*(?:(?:(?:user|assistant)'?s?\s+)?(?:{_LABELS})\s*#?\s*\d+|[QA]\d+)\s*\**\s*"
        r"[:.)\]-](?!\d)", _F)),
    ("scaffold header", re.compile(
        r"^[\s*#>_-]*(?:response|reply|answer)s?\s+(?:to|for)\s+(?:the\s+)?(?:user'?s?\s+)?"
        r"(?:query|question|message|turn|prompt)\s*#?\s*\d+\b", _F)),
    ("role marker", re.compile(r"""["']?\b(?:role|from|speaker)\b["']?\s*[:=]\s*["']?(?:user|"""
                               r"""assistant|human|gpt|system|bot)\b""", re.IGNORECASE)),
    *NOTE_PATTERNS,
    ("role label", re.compile(r"\A[\s*]*(?:user|assistant|human|gpt|ai|bot|system|answer|response"
                              r"|reply|query|question)\s*\**\s*:", re.IGNORECASE)),
    # a quoted key before any value ("step": "..."), a bare one before a list or an object
    # (not prose: 'A clear next step: "Would a call help?"')
    ("output-format key", re.compile(rf"""["']\b(?:{_KEYS})\b["']\s*:\s*[\[{{"]"""
                                     rf"""|\b(?:{_KEYS})\b\s*:\s*[\[{{]""", _F)),
    # a bare "key:" line in lower case, as generators write keys ("Reasoning:" heads prose)
    ("output-format key", re.compile(rf"^\s*\W?(?:{_KEYS})\s*:\s*$", re.MULTILINE)),
    ("JSON list fragment", re.compile(r"""(?<!\.\.)[.!?]"\s*,\s*"\s*[A-Z]|"\s*\]\s*\}?\s*\Z""")),
    ("AI self-reference", re.compile(r"\bas an? (?:ai language model|ai assistant|large language "
                                     r"model|language model|artificial intelligence|ai)\b|"
                                     r"\bI(?: a|')m (?:just )?an? (?:ai|language model)\b|"
                                     + _AS_A_MODEL, re.IGNORECASE)),
    ("placeholder", re.compile(rf"\b(?:{_LABELS}|step) \d+ (?:about|on|regarding)\b|"
                               r"\[insert[^\]]*\]|\{\{[^}]*\}\}|\blorem ipsum\b|"
                               r"<(?:your|the|user'?s?|current|reply|answer|response|step|query|"
                               r"question|message)\b[^<>=\"]{0,60}>|"
                               r"\{(?:your|the|user'?s?|scenario|intent|query|answer|num_turns)\b"
                               r"[^{}=\"]{0,60}\}", re.IGNORECASE)),
    ("third-person narration", re.compile(
        r"\A\W*(?:the user(?:'s)?\b|ユーザー(?:は|が|の)|사용자(?:는|가|의)|"
        r"(?:用户|使用者)(?:想|希望|问|询问|在问|需要|表示|提到|感到|说)|"
        r"(?:el|la) usuari[oa]\b|l'utilisat(?:eur|rice)\b|(?:der|die) (?:Be)?[Nn]utzer(?:in)?\b|"
        r"(?:o|a) usuári[oa]\b|l'utente\b|пользовател[ьяю]\b|المستخدم)", re.IGNORECASE)),
    ("prompt instruction", re.compile(r"^\s*(?:scenario|intent|messages|rules)\s*:|reply with json|"
                                      r"\bno numbering(?: or labels)?\b|"
                                      r"\bwrite your reply to each\b|"
                                      r"\bhere (?:is|are) (?:the |my |your )?(?:\d+ |json )?"
                                      r"(?:user'?s? |assistant'?s? )?(?:messages?|quer(?:y|ies)|"
                                      r"repl(?:y|ies)|responses?|turns?|skeleton|json)\b"
                                      r"(?:(?: (?:for|to) (?:turn|message|query|step) \d+)?\s*:|"
                                      r"(?<=s\b))", _F)),
    ("scaffold step label", re.compile(r"\bstep \d+ \((?:[a-z'’]+ ){1,8}[a-z'’]+\)\s*[:：]|"
                                       r"步骤\s*\d+\s*[（(][^）)]{1,20}[）)]\s*[:：]", _F)),
    ("instruction echo", re.compile(r"以上(?:回答|回复|内容)|按(?:照)?要求|(?:控制在|不超过)\s*\d+\s*字|"
                                    r"\bas (?:instructed|required by the prompt)\b|"
                                    r"\b(?:within|under) (?:the )?\d+[- ]word limit\b", _F)),
]


# The dialogue addressed as an object: a numbered turn ("turn 3", "ターン2", "第3轮", "턴 2",
# "turno 3"), next to a word naming a part of the dialogue (response, user, 応答, 回复 ...) or
# on a header line ("### User (turn 9):", "【...】"). Replies of a conversation do not number
# its turns; generators' scaffolding does.
_TURN = (r"(?:\b(?:turn|tour|turno|runde|zug)\s*(?:#|no\.?\s*)?\d+(?!\d|[.,]\d|\s*[^\W\d_])|"
         r"(?:ターン|턴|轮|輪|回合)\s*\d+|第\s*\d+\s*(?:轮|輪|回合|ターン)|\d+\s*(?:번째\s*)?턴|"
         r"\d+(?:st|nd|rd|th) turn)")
_PART = (r"\b(?:response|reply|answer|message|query|question|user|assistant|respuesta|"
         r"réponse|antwort|mensaje|usuario|asistente)s?\b|応答|回答|返答|返信|ユーザー|アシスタント|"
         r"回复|回答|用户|助手|답변|응답|사용자|어시스턴트")
_TURN_RE = re.compile(_TURN, re.IGNORECASE)
_TURN_WORD = re.compile(r"turn|tour|runde|zug|ターン|턴|轮|輪|回合", re.IGNORECASE)  # a quick test first
_PART_RE = re.compile(_PART, re.IGNORECASE)
_HEADER = re.compile(r"^\s*(?:#|[\[【(（<])|[:：]\s*\**\s*$")
# A role name standing as a header on its own line, anywhere in a turn.
_ROLE_HEADER = re.compile(r"^[\s*#>_]*(?:user|assistant|human|gpt|system|usuario|asistente|"
                          r"ユーザー|アシスタント|用户|助手|사용자|어시스턴트)\s*(?:\([^)\n]{0,30}\))?"
                          r"\s*\**\s*[:：]\s*\**\s*$", re.IGNORECASE | re.MULTILINE)


def dialogue_as_object(text: str) -> str | None:
    """The first line that speaks of the dialogue itself rather than in it, or None."""
    for hit in _TURN_RE.finditer(text) if _TURN_WORD.search(text) else ():
        end = text.find("\n", hit.end())
        line = text[text.rfind("\n", 0, hit.start()) + 1:None if end < 0 else end]
        if _PART_RE.search(line) or _HEADER.search(line):
            return line.strip()
    for pattern in (_ROLE_HEADER, NOTE):
        hit = pattern.search(text)
        if hit:
            return hit.group(0).strip()
    return None


class LeakageValidator(Validator):
    name = "leakage"
    figure_names = ("note_similarity",)

    def __init__(self, config: LeakageConfig | None = None) -> None:
        self.config = config or LeakageConfig()
        self.patterns = PATTERNS + [("custom pattern", re.compile(p, _F))
                                    for p in self.config.extra_patterns]

    def validate(self, dialogues: list[Dialogue]) -> list[Verdict]:
        found = [self.rule_findings(d) for d in dialogues]
        # bracketed asides compared with notes to the writer, all dialogues in one batch
        where: list[tuple[int, str]] = []  # (dialogue, "message i (role)") of each aside
        asides: list[list[str]] = []
        if self.config.min_note_similarity <= 1:
            for n, d in enumerate(dialogues):
                if covers(d.language):
                    for i, m in enumerate(d.turns, 1):
                        for aside in bracketed_asides(str(m.get("content") or "")):
                            where.append((n, f"message {i} ({m.get('role')})"))
                            asides.append(clauses(aside))
        closest: dict[int, float] = {}
        for (n, place), (aside, *_), sim in zip(where, asides,
                                                    closeness(asides, "writer_notes")):
            closest[n] = max(closest.get(n, 0.0), sim)
            if sim >= self.config.min_note_similarity:
                found[n].append(f"{place}: note to the writer {aside[:40]!r} (similarity "
                                f"{sim:.2f})")
        verdicts = []
        for n, problems in enumerate(found):
            figures = {"note_similarity": closest[n]} if n in closest else {}
            if problems:
                more = f" (+{len(problems) - 3} more)" if len(problems) > 3 else ""
                verdicts.append(self.fail("; ".join(problems[:3]) + more,
                                          score=float(len(problems)), figures=figures))
            else:
                verdicts.append(self.ok(figures=figures))
        return verdicts

    def check(self, d: Dialogue) -> Verdict:
        return self.validate([d])[0]

    def rule_findings(self, d: Dialogue) -> list[str]:
        """What the patterns and rules find in a dialogue, one line each."""
        found: list[str] = []
        discussed = code_spans(d.turns)
        asked = trade_terms("\n".join(d.queries))  # "make the tone warmer, under 150 words"
        for i, m in enumerate(d.turns, 1):
            text, role = str(m.get("content") or ""), m.get("role")
            if text.count("```") % 2:
                found.append(f"message {i} ({role}): unclosed code fence")
            if role == "user" and _BULLET.match(text):
                marker = text.lstrip()[:1]
                found.append(f"message {i} (user): list marker {marker!r} opens the turn")
            prose = CODE_SPANS.sub(" ", text)
            for kind, pattern in self.patterns:
                # a template slot in code, or written as code elsewhere in the dialogue, is
                # syntax being discussed ("`{{ user.name }}` prints the name")
                hit = (next((h for h in pattern.finditer(prose)
                             if h.group(0).strip() not in discussed), None)
                       if kind == "placeholder" else
                       next((h for h in pattern.finditer(text)
                             if not poses_question(text, h, d.queries)), None)
                       if kind == "numbered label" and role == "assistant" else
                       pattern.search(text))
                if hit:
                    snippet = hit.group(0).strip()[:40]
                    found.append(f"message {i} ({role}): {kind} {snippet!r}")
                    break
            else:
                meta = (dialogue_as_object(prose)
                        if self.config.dialogue_references else None)
                if meta:
                    found.append(f"message {i} ({role}): speaks of the dialogue {meta[:40]!r}")
                elif self.config.writer_terms and role == "assistant":
                    note = next(((a, t) for a in bracketed_asides(text)
                                 if (t := writer_note(a))), None) or writer_line(prose, asked)
                    if note:
                        found.append(f"message {i} ({role}): note to the writer {note[0][:40]!r} "
                                     f"({note[1]})")
        return found + numbered_turns(d)


_QUESTION_LABEL = re.compile(r"question|\bq\s*\d", re.IGNORECASE)


def poses_question(text: str, label: re.Match[str], queries: list[str]) -> bool:
    """Whether a "Question 2:" label in a reply heads a question the assistant asks (a quiz, a
    mock interview, a game): it follows the reply's own words, and the labelled paragraph is no
    copy of a user turn. A label opening the reply, or over a copy of the user's query or over
    nothing, is scaffolding."""
    if not _QUESTION_LABEL.search(label.group(0)) or not text[:label.start()].strip():
        return False
    end = text.find("\n\n", label.end())
    asked = text[label.end():end if end >= 0 else None].strip(" *_:\n")[:400]
    return length_units(asked) >= 3 and not any(fuzz.partial_ratio(q.strip().lower(), asked.lower()) >= 85
                   for q in queries if len(q.strip()) >= 12)


def numbered_turns(d: Dialogue) -> list[str]:
    """Turns of one speaker numbered like items of a list ("2. ...", "3. ..." or "... (2)"):
    the joint output's list split into turns. A list inside one turn starts at 1 each time."""
    out = []
    for side, texts in (("user", d.queries), ("assistant", d.answers)):
        numbers = []
        for text in texts:
            hit = _NUMBER_START.match(text) or _NUMBER_END.search(text)
            numbers.append(int(hit.group(1)) if hit else None)
        seen = [n for n in numbers if n is not None]
        if len(seen) >= 2 and seen == sorted(seen) and len(set(seen)) == len(seen):
            out.append(f"{side} turns numbered like list items ({', '.join(map(str, seen[:4]))})")
    return out


# a list marker opening a user turn: "*", "- ", "•", "#" ("*I hand over the reins.*", closed on
# its line, is a role-play action in emphasis)
_BULLET = re.compile(r"\A\s*(?:\*(?![^*\n]+\*)|[\u2022#]|-\s)(?!\*)")
_NUMBER_START = re.compile(r"\A\W{0,3}(\d{1,2})[.)]\s")
_NUMBER_END = re.compile(r"\((\d{1,2})\)\W{0,3}\Z")
