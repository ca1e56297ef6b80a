"""Placeholders: template slots nobody filled in (`[Your Name]`, `{name}`, `<insert date>`,
`{{product}}`, `XXX`, lorem ipsum, `[姓名]`, `〇〇` ...), outside code."""

from __future__ import annotations

import re

from ..config.validation import PlaceholderConfig
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
    ("blank", re.compile(r"(?:\$|¥|€|£)\s?_{2,}|(?<=\S)[ \t]*_{4,}|_{4,}(?=[ \t]*\S)")),
    ("lorem ipsum", re.compile(r"\blorem ipsum\b|\bdolor sit amet\b", _I)),
    ("CJK slot", re.compile(r"[\[【{｛]\s*[\u4e00-\u9fff]{1,8}(?:名称|名字|姓名|日期|时间|地址|电话|金额|"
                            r"公司|号码|价格|地点)?\s*[\]】}｝]"
                            r"|[<‹《〈]\s*(?:插入|填写|输入|此处)[^>›》〉\n]{0,20}[>›》〉]"
                            r"|(?:此处|在此)(?:填写|插入|输入)|〇〇|○○|某某某")),
]
_CODE = re.compile(r"```.*?(?:```|\Z)|`[^`\n]*`", re.S)
_CJK_BRACKET_OK = re.compile(r"[\[【]\s*(?:注意|提示|重要|注|说明|小贴士|例|示例|警告|总结|要点|"
                             r"问题|答案|原因|方法|步骤\d*)\s*[\]】]")


def find_placeholders(text: str, extra: list[re.Pattern[str]] = ()) -> list[tuple[str, str]]:
    """(kind, snippet) of every template slot in `text`, code spans left out."""
    prose = _CODE.sub(" ", text)
    found = []
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
        for i, m in enumerate(d.turns):
            for kind, snippet in find_placeholders(str(m.get("content") or ""), self.extra):
                problems.append(f"message {i + 1} ({m.get('role')}): {kind} {snippet!r}")
                turns.append(i // 2)
                roles.add(m.get("role"))
        if problems:
            more = f" (+{len(problems) - 3} more)" if len(problems) > 3 else ""
            return self.fail("; ".join(problems[:3]) + more, score=float(len(problems)),
                             kind="placeholder", turns=tuple(sorted(set(turns))),
                             side="user" if "user" in roles else "assistant")
        return self.ok(score=0.0)
