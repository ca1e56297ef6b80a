"""Text measures that work across scripts: word counts and language-by-script detection.

Chinese and Japanese are written without spaces between words, so their characters count as
one token each; every other script counts whitespace-separated words.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Iterable

# Han (unified, extension A/B+, compatibility), kana (incl. half-width katakana).
_CJK = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
                  r"\uff66-\uff9f\U00020000-\U0003134f]")
_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_WORD = re.compile(r"\S+")

# Unicode script (first word of the character name) -> ISO 639-1 code of its main language.
_SCRIPT_LANGUAGE = {"LATIN": "en", "CYRILLIC": "ru", "HANGUL": "ko", "ARABIC": "ar",
                    "DEVANAGARI": "hi", "THAI": "th", "GREEK": "el", "HEBREW": "he"}


def has_cjk(text: str) -> bool:
    """Whether `text` holds Chinese or Japanese characters."""
    return _CJK.search(text) is not None


def count_words(text: str) -> int:
    """Words, with each Chinese/Japanese character counted as one word."""
    cjk = len(_CJK.findall(text))
    rest = _CJK.sub(" ", text)
    return cjk + sum(1 for w in _WORD.findall(rest) if any(c.isalnum() for c in w))


def _script(char: str) -> str | None:
    if not char.isalpha():
        return None
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else None


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the dominant script's language (Latin -> en), or None.

    Chinese/Japanese characters count one each, words of other scripts one each; Han text
    with kana is Japanese.
    """
    tokens: Counter[str] = Counter()
    cjk = _CJK.findall(text)
    if cjk:
        tokens["ja" if any(_KANA.match(c) for c in cjk) else "zh"] = len(cjk)
    for word in _WORD.findall(_CJK.sub(" ", text)):
        scripts = Counter(s for s in map(_script, word) if s)
        if scripts:
            language = _SCRIPT_LANGUAGE.get(scripts.most_common(1)[0][0])
            if language:
                tokens[language] += 1
    return tokens.most_common(1)[0][0] if tokens else None


def detect_languages(texts: Iterable[str]) -> list[str]:
    """Languages of a collection, one vote per text, most frequent first."""
    votes = Counter(lang for lang in map(detect_language, texts) if lang)
    return [lang for lang, _ in votes.most_common()]
