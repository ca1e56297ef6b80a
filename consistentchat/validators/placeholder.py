"""Placeholders: template slots nobody filled in (`[Your Name]`, `{name}`, `<insert date>`,
`{{product}}`, `XXX`, lorem ipsum, `[姓名]`, `〇〇` ...), outside code."""

from __future__ import annotations

import re

from ..config.validation import PlaceholderConfig
from ..text import CODE_SPANS
from .base import Dialogue, Validator, Verdict

_SLOT_WORDS = (r"name|date|time|address|number|phone|email|company|organi[sz]ation|title|amount|"
               r"price|cost|rate|city|country|location|position|role|product|brand|school|"
               r"university|department|recipient|client|customer|person|signature|link|url|"
               r"website|day|month|year|percentage|figure|value|details?|topic|item|event|"
               r"exhibit|venue|reference|source|id")
_I = re.IGNORECASE
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("bracketed slot", re.compile(r"\[\s*(?:your|my|their|his|her|the|insert|enter|add|fill|"
                                  r"put|type|recipient'?s?|client'?s?|customer'?s?|company'?s?)"
                                  r"\b[^\]\n]{0,40}\]", _I)),
    ("bracketed slot", re.compile(rf"\[(?:[A-Za-z]+[ _-]){{0,3}}(?:{_SLOT_WORDS})\]", _I)),
    ("capitalised slot", re.compile(r"\[[A-Z][A-Z0-9]*(?:[ _/&'-][A-Z0-9]+)*\]")),
    ("to-do marker", re.compile(r"[\[(<{]\s*(?:TODO|TBD|FIXME|PLACEHOLDER)\b", _I)),
    ("angle slot", re.compile(r"[<‹«]\s*(?:insert|enter|add|your|put|fill|type)\b[^<>‹›«»\n]{0,40}"
                              r"[>›»]", _I)),
    ("angle slot", re.compile(r"<[A-Z][A-Z0-9]*(?:[ _][A-Z0-9]+)+>")),
    ("template variable", re.compile(r"\{\{\s*[\w. |-]+\s*\}\}|\{%.*?%\}|\$\{\w+\}")),
    ("template variable", re.compile(r"(?<![A-Za-z0-9_{}\\$^])\{[a-z][a-z0-9]*(?:_[a-z0-9]+)*\}"
                                          r"(?![A-Za-z0-9_{])")),
    ("XXX", re.compile(r"(?<![A-Za-z])(?:X{3,}|x{3,})(?![A-Za-z])")),
    ("blank", re.compile(r"(?:\$|¥|€|£)\s?_{2,}|(?<=\S)[ \t]*_{4,}|_{4,}(?=[ \t]*\S)"
                         r"|(?<!\w)_{2,}\s?(?:to|-|–)\s?_{2,}(?!\w)|(?<![\w:])_{1,2}:_{2}(?![\w:])")),
    # a value masked by letters: "$NN", "$X,XXX", "$TKTK", "$NaN", "NaN%"
    ("masked value", re.compile(r"(?:\$|¥|€|£)\s?(?:N{2,}|X{1,3}(?:[,.]X{2,3})+|X{2,}|(?:TK){1,2}"
                                r"|NaN)(?![\w])|(?<!\w)NaN\s?%"
                                # the editors' "to come": "you'll want TK clamps", "TK inches"
                                r"|(?<![\w$])TK(?=\s+(?:[a-z]|\d))")),
    ("lorem ipsum", re.compile(r"\blorem ipsum\b|\bdolor sit amet\b", _I)),
    ("CJK slot", re.compile(r"[\[【{｛]\s*[\u4e00-\u9fff]{1,8}(?:名称|名字|姓名|日期|时间|地址|电话|金额|"
                            r"公司|号码|价格|地点)?\s*[\]】}｝]"
                            r"|[<‹《〈]\s*(?:插入|填写|输入|此处)[^>›》〉\n]{0,20}[>›》〉]"
                            r"|(?:此处|在此)(?:填写|插入|输入)|〇〇|○○|某某某"
                            # a bracket that says "to be filled": 【待补充：基因名称】, ［要記入］
                            r"|[\[【［(（〔]\s*(?:待补充|待補充|待填写?|待定|待完善|要記入|未記入|"
                            r"ここに|미정|입력 ?필요)[^\]】］)）〕\n]{0,30}[\]】］)）〕]")),
]
_CJK_BRACKET_OK = re.compile(r"[\[【]\s*(?:注意|提示|重要|注|说明|小贴士|例|示例|警告|总结|要点|"
                             r"问题|答案|原因|方法|步骤\d*)\s*[\]】]")


# A bracketed description of a value to fill in, in any script: `[Nombre del propietario]`,
# `[팀장님 성함]`, `[fecha de inicio]`. Square brackets standing apart (not `a[i]`, not a link
# `[text](url)` or reference `[text][1]`, `[text]: url`) around a short phrase of letters only:
# no digits, sentence punctuation, operators or quotes (code, formulas, citations, `[x]`).
_DESCRIBED = re.compile(r"(?<![\w\])\[`])\[([^\W\d_][^\W\d_ '’-]*(?:[ '’-]+[^\W\d_]+){0,5})\]"
                        r"(?![(\[:])")
# Editorial brackets are content: "[sic]", "[emphasis added]", "[citation needed]".
_EDITORIAL = re.compile(r"\b(?:sic|added|mine|original|needed|omitted|translated|redacted|"
                        r"laughs?|sighs?|pauses?|smiles?|applause|music|inaudible|chorus|"
                        r"verse|bridge|intro|outro|hook)\b", _I)

_QUOTED = re.compile(r"(?<!\w)'[^'\n]{2,80}'(?!\w)|\"[^\"\n]{2,80}\"|“[^”\n]{2,80}”|「[^」\n]{2,80}」")
_ARROW = re.compile(r"[>→»|]")
_UI = re.compile(r"[>→»|]\s*$|\b(?:click|press|tap|select|choose|hit|open|pick)\s*(?:on\s*)?$", _I)


def described_slots(text: str, quoted: str = "") -> list[str]:
    """Bracketed phrases that describe a value instead of giving it, in prose (code left out):
    phrases of two or more words, and single words when a reply has two or more distinct ones
    inside its lines (a single bracketed word alone on a line is a section mark, `[Chorus]`).
    Phrases `quoted` (the user's own text) has are the user's, not unfilled slots."""
    prose = CODE_SPANS.sub(" ", text)
    phrases, single = [], []
    for hit in _DESCRIBED.finditer(prose):
        phrase = hit.group(1)
        if len(phrase) < 2 or _EDITORIAL.search(phrase) or hit.group(0) in quoted:
            continue
        before, after = prose[max(0, hit.start() - 10):hit.start()], prose[hit.end():hit.end() + 3]
        if _UI.search(before) or _ARROW.search(after):
            continue  # "click [Save As]", "[File] > [Export]": labels of a user interface
        if len(phrase.split()) >= 2:
            phrases.append(hit.group(0))
            continue
        line_start = prose.rfind("\n", 0, hit.start()) + 1
        line_end = prose.find("\n", hit.end())
        line = prose[line_start:None if line_end < 0 else line_end]
        if line.strip(" \t*#>-:") != hit.group(0):
            single.append(hit.group(0))
    if len(set(single)) >= 2:
        phrases += single
    return phrases


# A variable name left in the text: an identifier (snake_case or SCREAMING_CASE, any script)
# or a word in delimiters that prose does not use (`%MONTHLY_AMOUNT%`, `@@nombre@@`,
# `<<PHONE>>`, `[[FEE]]`, `<titre_film_3>`, `{venue_name}`), or a bare SCREAMING_SNAKE_CASE
# token in a dialogue without code (in a technical one it names a constant or a function), and
# there too a format field (`%s`, `{0}`) or a `__DUNDER_CONSTANT__`.
_IDENT = r"[^\W\d_][^\W_]*(?:_[^\W_]+)+"
_DELIMITED = re.compile(
    rf"%\s?(?:{_IDENT}|[A-Z][A-Z0-9]{{2,}}|[a-z]{{3,}})\s?%|@@\s?[^\W\d][\w.]*\s?@@|"
    rf"<<\s?[^\W\d][\w. ]*\s?>>|##\s?[^\W\d]\w*\s?##|\[\[\s?[^\W\d][\w.]*\s?\]\]|"
    rf"::\s?[^\W\d]\w*\s?::|[<‹«]\s?{_IDENT}\s?[>›»]|\{{\s?{_IDENT}\s?\}}|\[\s?{_IDENT}\s?\]")
_SCREAMING = re.compile(r"(?<![\w$])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?!\w)"
                        r"|(?<!\w)__[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*__(?!\w)")
# A format field left unformatted: printf's `%s`, `$%.2f`, Python's positional `{0}`.
_FORMAT_FIELD = re.compile(r"(?<![\w%])%(?:\(\w+\))?[-+0#]?\d*(?:\.\d+)?[sdf](?!\w)"
                           r"|(?<![\w{}$\\^_])\{\d\}(?![\w}])")
_NOT_PROSE = re.compile(r"\b(?:https?://|www\.)\S+|\S+@\S+\.\w+|\S+\.(?:py|js|ts|json|ya?ml|txt|"
                        r"csv|md|html?|sh|sql|toml|ini|cfg|env)\b")


_CAPS_WORD = re.compile(r"(?<![\w$])[A-Z]{3,}(?![\w$])")


def keyword_list(prose: str, hit: re.Match[str]) -> bool:
    """Whether an upper-case identifier stands on a line with two or more other upper-case words
    without underscores (SQL's "ROW_NUMBER, RANK, LAG"; not "Dear CLIENT_NAME")."""
    start = prose.rfind("\n", 0, hit.start()) + 1
    end = prose.find("\n", hit.end())
    line = prose[start:end if end >= 0 else len(prose)]
    return len(set(_CAPS_WORD.findall(line))) >= 2


def variable_slots(text: str, known: str, technical: bool) -> list[str]:
    """Variable names left in `text` (code, links, e-mail addresses and file names left out)
    that `known` (the dialogue's code and what the user wrote) does not have."""
    prose = _NOT_PROSE.sub(" ", CODE_SPANS.sub(" ", text))
    hits = [*_DELIMITED.finditer(prose), *(() if technical else _SCREAMING.finditer(prose)),
            *(() if technical else _FORMAT_FIELD.finditer(prose))]
    found = []
    for hit in hits:
        core = re.sub(r"^\W+|\W+$", "", hit.group(0))
        if ((hit.re is _SCREAMING or hit.group(0).startswith("{")) and "_" in core
                and sum(any(ch.isalpha() for ch in part) for part in core.split("_")) < 2):
            continue  # a subscript ("R_0", LaTeX's "{R_0}", "CO_2"), not a name
        if hit.re is _SCREAMING and keyword_list(prose, hit):
            continue  # "window functions (ROW_NUMBER, RANK, LAG)": a keyword among keywords
        if (core if len(core) > 2 else hit.group(0)) not in known:  # "%s" itself, not its "s"
            found.append(hit.group(0))
    return found


def code_spans(turns: list[dict[str, str]]) -> str:
    """Every code span and fenced block of the turns, joined (to look snippets up in)."""
    return "\n".join(hit.group(0) for m in turns
                     for hit in CODE_SPANS.finditer(str(m.get("content") or "")))


# A bracket whose head is in capitals, in any cased script, with or without a description
# after a colon: `[UZUPEŁNIJ TRASĘ: port, dystans]`, `[ВСТАВИТЬ ДАТУ]`, `[FILL IN: the fee]`.
_BRACKET = re.compile(r"\[([^\W\d_][^\[\]\n]{2,80})\]")


def capital_brackets(prose: str) -> list[str]:
    """Brackets headed by a word of four or more capitals the ASCII pattern does not see."""
    found = []
    for hit in _BRACKET.finditer(prose):
        head, colon, _ = hit.group(1).partition(":")
        letters = [c for c in head if c.isalpha()]
        if (len(letters) >= 4 and all(c.isupper() for c in letters)
                and (colon or not head.isascii())):
            found.append(hit.group(0))
    return found


# Slots inside code that no language's syntax writes: a string literal that is only X's
# (`"XXX"`) and a bracket of two or more capitalised words (`Supervisor: [SUPERVISOR NAME]`).
# A secret written as X's is masked on purpose (`api_key = "xxx"`).
_CODE_SLOT = re.compile(r"""(?<![\w\\])(["'])(?:X{3,}|x{3,})\1|\[[A-Z]{2,}(?: [A-Z]{2,})+\]""")
_SECRET = re.compile(r"(?:key|token|secret|passw(?:or)?d|pwd|auth)\w*\W{0,6}$", _I)


def code_slots(text: str) -> list[str]:
    """Template slots inside the code of a reply."""
    found = []
    for span in CODE_SPANS.finditer(text):
        code = span.group(0)
        found += [hit.group(0) for hit in _CODE_SLOT.finditer(code)
                  if not _SECRET.search(code[max(0, hit.start() - 30):hit.start()])]
    return found


def find_placeholders(text: str, extra: list[re.Pattern[str]] = ()) -> list[tuple[str, str]]:
    """(kind, snippet) of every template slot in `text`, code spans left out."""
    prose = CODE_SPANS.sub(" ", text)
    found = [("capitalised slot", s[:40]) for s in capital_brackets(prose)]
    for kind, pattern in [*PATTERNS, *(("custom pattern", p) for p in extra)]:
        for hit in pattern.finditer(prose):
            snippet = hit.group(0)
            if kind == "CJK slot" and _CJK_BRACKET_OK.fullmatch(snippet):
                continue
            if kind == "capitalised slot" and (len(snippet) <= 4 or snippet[1:-1].isdigit()):
                continue  # [A], [OK], [1]: citations and labels, not slots
            found.append((kind, snippet.strip()[:40]))
    return found


class PlaceholderValidator(Validator):
    name = "placeholder"

    def __init__(self, config: PlaceholderConfig | None = None) -> None:
        self.config = config or PlaceholderConfig()
        self.extra = [re.compile(p, re.IGNORECASE) for p in self.config.extra_patterns]

    def check(self, d: Dialogue) -> Verdict:
        problems, turns, roles = [], [], set()
        quoted = "\n".join(d.queries)
        # syntax the dialogue writes as code somewhere ("`{{ user.name }}` prints the name",
        # "`XXX` is the ISO code for no currency") is being discussed, not left unfilled
        discussed = code_spans(d.turns)
        for i, m in enumerate(d.turns):
            text = str(m.get("content") or "")
            # a user quoting a template ('Dear [Customer Name],') asks about it
            found = find_placeholders(_QUOTED.sub(" ", text) if m.get("role") == "user"
                                      else text, self.extra)
            if m.get("role") == "assistant":
                found += [("slot in code", s[:40]) for s in code_slots(text)]
                if self.config.described_slots and not found:
                    found = [("described slot", s[:40]) for s in described_slots(text, quoted)]
                # a slot the user wrote (asking about their template) is quoted, not unfilled
                found = [(kind, s) for kind, s in found if s not in quoted]
            found = [(kind, s) for kind, s in found
                     if kind == "slot in code" or s not in discussed]
            known = discussed + ("\n" + quoted if m.get("role") == "assistant" else "")
            seen = {snippet for _, snippet in found}
            found += [("variable slot", v[:40])
                      for v in variable_slots(text, known, technical=bool(discussed))
                      if v[:40] not in seen]
            for kind, snippet in found:
                problems.append(f"message {i + 1} ({m.get('role')}): {kind} {snippet!r}")
                turns.append(i // 2)
                roles.add(m.get("role"))
        if problems:
            more = f" (+{len(problems) - 3} more)" if len(problems) > 3 else ""
            return self.fail("; ".join(problems[:3]) + more, score=float(len(problems)),
                             kind="placeholder", turns=tuple(sorted(set(turns))),
                             side="user" if "user" in roles else "assistant")
        return self.ok(score=0.0)
