"""Notes to the writer that leak into a reply: what the generator was told or told itself
("(tone: calm, the user is a beginner, 150 words)", "Persona note:", "[Note: the user is a
beginner...]", "Answer draft v2 - persona: mentor; target 220 words"). The rules are here;
`leakage` runs them, and compares bracketed asides with the examples of `writer_notes.txt` by
meaning."""

from __future__ import annotations

import re

from ..text import CODE_SPANS, length_units

_F = re.IGNORECASE | re.MULTILINE

# Labelled notes, as (kind, pattern) entries of `leakage.PATTERNS`.
NOTE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("generator note", re.compile(
        r"[\[(（【]\s*(?:note to self|notes? for (?:the )?(?:writer|generator|model)|"
        r"instructions?|directions?|reminder|persona|指示|指令|要求|备注|メモ)\s*[:：]|"
        r"[\[(（【][^\])）】\n]{0,60}\b(?:next turn|end of (?:turn|message|response)|"
        r"(?:user|assistant) turn \d+)\b", re.IGNORECASE)),
    # a note labelled as the writer's, heading a line or a bracket: "Persona note:", "Revision
    # note (v2):", "Note to self -", "（執筆メモ：", "【审核备注：", "NOTĂ INTERNĂ (nu afișa):"
    ("writer's note label", re.compile(
        r"(?:^[\s*#>_※-]*|[\[(（【]\s*)(?:note to self|(?:internal|private|hidden|system|writer'?s?|"
        r"author'?s?|generation|generator|persona|revision|reviewer'?s?|drafting|planning|"
        r"production)\s+(?:notes?|memo)|(?:生成|執筆|作成|编辑|編輯|审核|審核|内部|內部|写作|寫作|"
        r"撰写)(?:メモ|备注|備註|笔记|筆記)|not[ăa] intern[ăa]|note interne|interne notiz|"
        r"внутренн\w+ (?:заметка|примечание))\s*(?:\([^)\n]{0,40}\)\s*)?[:：-]", _F)),
]

# A parenthetical note to the writer: a meta label with a colon or "=", or a writing
# constraint (length, tone, persona) inside brackets of any style.
NOTE = re.compile(r"[\[(（【][^\])）】\n]{0,40}?\b(?:internal|private|hidden|system|writer'?s?|"
                  r"author'?s?|generation|style)\s+(?:note|instruction)s?\s*[:：=]|"
                  r"[\[(（【|｜][^\])）】\n]{0,40}?(?:\bpersona\s*[:=]|\btone\s*[:=]|指示\s*[:：]|"
                  r"\bkeep (?:it )?(?:under|below|within) \d+ words|\d+\s*字程度|"
                  r"\bdo not mention\b)", re.IGNORECASE)


# A note to the writer speaks of writing the reply: terms of the writer's trade (tone, persona,
# length in words, the model, the prompt, drafts and revisions, rubrics and check marks), and
# of the user in the third person. A reply's own asides use at most one such word ("(about 300
# words)", "(por persona)").
_USER = (r"\buser\b|用户|用戶|ユーザー|사용자|\busuari[oa]s?\b|\butilisateur|\bbenutzer|\bnutzer|"
         r"\butente|\busuário|\bgebruiker|\bużytkownik|\bkullanıcı|\bпользовател|المستخدم|"
         r"\banvändare|\bbruger|\bbruker|người dùng|\bpengguna|\bkäyttäjä|\buživatel|χρήστη|"
         r"उपयोगकर्ता")
_PARTY = re.compile(r"\bthe (?:user|customer|client|student|learner|reader|parent|patient|"
                    rf"caller)s?\b|{_USER}", re.IGNORECASE)
# A note about the user, opening an aside: "[Note: the user is a beginner...]", "(नोट: उपयोगकर्ता
# ...)". A reply speaks to its user, not of them.
_NOTE_ON_USER = re.compile(
    r"\A\W{0,3}(?:note|nb|nota|notă|remarque|hinweis|anmerkung|notiz|примечание|заметка|注意?|"
    r"备注|メモ|참고|메모|ملاحظة|नोट|टिप्पणी|notatka|uwaga|lưu ý|catatan|σημείωση|הערה|poznámka|"
    r"not)\s*[:：-]\s*(?:the |l'|l’|le |el |la |il |der |die |o )?"
    rf"(?:{_USER})(?!\s*(?:interface|account|name|guide|manual|data|group|id|base|experience|"
    r"agent|input|stor|profile|setting|permission|role|mode|space|-))", re.IGNORECASE)
_TRADE = re.compile(
    r"\btone\b|\bton\b|\btono\b|\bтон\b|语气|語気|口調|톤|نبرة|giọng|\bdraft\b|\brevis(?:ed|ion)\b|"
    r"\brubric\b|\breviewer\b|\bcritique\b|\bprompt\b|\bmodel(?:l|len|lo|o|e)?\b|\bmodèle\b|"
    r"\bмодел|模型|モデル|모델|النموذج|mô hình|\bnote to\b|\bnotes? for\b|\bmemo\b|メモ|备注|"
    r"備註|ملاحظة|\bobs\b|\bnotiz\b|\binstru(?:ction|ktion|cción|zione|ção)s?\b|指示|指令|"
    r"инструкц|تعليمات|\b\d+\s*(?:words?|wörter|palabras|mots|parole|palavras|слов\w*|ord|từ)\b|"
    r"\d+\s*(?:字|語|단어|자)|말투|어조|지침|다음 턴|\bword (?:count|limit|target)\b|[✓✔☑]|"
    r"\bpersona\b|\bin character\b|"
    r"\bthis (?:turn|reply|response|answer|section|paragraph)\b|\bstay (?:upbeat|in character|"
    r"warm|concise)\b|\b(?:keep|make) (?:it|this|the (?:answer|reply|tone))\b|\bend with\b|"
    r"(?-i:\b\d+w\b)",  # "length 212w", case-sensitive (not "300 W": watts)
    re.IGNORECASE)


def writer_note(aside: str) -> str | None:
    """The terms that make a bracketed aside a note to the writer, or None."""
    trade = {t.lower() for t in _TRADE.findall(aside)}
    terms = trade | {t.lower() for t in _PARTY.findall(aside)}
    if trade and len(terms) >= 2:
        return ", ".join(sorted(terms))
    note = _NOTE_ON_USER.search(aside)
    return "a note about the user" if note else None


def trade_terms(text: str) -> set[str]:
    """The terms of the writer's trade in `text`, lower-cased, numbers left out ("220 words"
    and "150 words" are one term)."""
    return {re.sub(r"\d+\s*", "", t.lower()) for t in _TRADE.findall(text)}


def writer_line(prose: str, asked: set[str] = frozenset()) -> tuple[str, str] | None:
    """A line of a reply that holds three terms of the writer's trade or more besides those
    the user `asked` with ("Answer draft v2 - persona: mentor; target 220 words"), with its
    terms, or None. A reply that helps write names the user's terms ("the revised draft, warmer
    in tone, 148 words") or one or two of its own ("Here's a draft (about 150 words)")."""
    for line in prose.splitlines():
        trade = trade_terms(line) - asked
        if len(trade) >= 3:
            return line.strip(), ", ".join(sorted(trade))
    return None


# Asides in brackets of any style, and HTML comments, outside code: where notes to the writer
# sit when they leak ("(Persona reminder: the user is a junior developer)").
_ASIDE = re.compile(r"<!--(.*?)-->|\(([^()\n]{12,300})\)|\[([^\[\]\n]{12,300})\]|"
                    r"【([^【】\n]{4,300})】|（([^（）\n]{4,300})）|<([^<>\n]{12,300})>|"
                    r"[⟨〈]([^⟨⟩〈〉\n]{4,300})[⟩〉]", re.S)


def bracketed_asides(text: str) -> list[str]:
    """The bracketed asides (three or more word units) and HTML comments of a turn."""
    out = []
    for hit in _ASIDE.finditer(CODE_SPANS.sub(" ", text)):
        aside = next(g for g in hit.groups() if g).strip()
        if length_units(aside) >= 3:
            out.append(aside)
    return out


