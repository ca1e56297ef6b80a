"""Language-aware text measures: which script a text is in, and its length in word units.

Whitespace word counts mean nothing in Chinese, Japanese or Thai. A text's length here is its
whitespace-separated words outside the unspaced scripts plus their characters weighted as words
(Chinese averages about 1.6 characters per word, Thai about 4.5), so one bound serves every
language.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import Any, Iterable

# Han, Hiragana, Katakana, CJK punctuation-free letters; Hangul is spaced, so it counts as words.
# Code as markdown writes it: fenced blocks (an unclosed fence runs to the end) and inline spans.
CODE_SPANS = re.compile(r"```.*?(?:```|\Z)|`[^`\n]*`", re.S)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
_KANA = re.compile(r"[\u3040-\u30ff\uff66-\uff9f]")
_WORD_UNIT = re.compile(r"[^\W_]\S*")
CJK_CHARS_PER_WORD = 1.6


def cjk_chars(text: str) -> int:
    return len(_CJK.findall(text))


# Scripts written without spaces between words, and their mean characters per word: Thai,
# Lao, Khmer and Myanmar (vowel and tone marks included), beside CJK above.
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u0e80-\u0eff\u1780-\u17ff\u1000-\u109f]")
UNSPACED_CHARS_PER_WORD = 4.5


def length_units(text: str) -> float:
    """Length in word units: words of spaced scripts, CJK characters / 1.6, and characters of
    the other unspaced scripts (Thai, Lao, Khmer, Myanmar) / 4.5."""
    cjk = cjk_chars(text)
    unspaced = len(_UNSPACED.findall(text))
    rest = _UNSPACED.sub(" ", _CJK.sub(" ", text))
    # whitespace-separated words holding a letter or digit: one match each, from its first
    words = len(_WORD_UNIT.findall(rest))
    return words + cjk / CJK_CHARS_PER_WORD + unspaced / UNSPACED_CHARS_PER_WORD


_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])|\n+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`: cut after ., ! or ? and a space, after 。！？,
    and at line breaks (a decimal point is no end). Empty pieces are left out."""
    spans, at = [], 0
    for cut in [*_SENTENCE_END.finditer(text), None]:
        end = cut.start() if cut else len(text)
        if text[at:end].strip():
            spans.append((at, end))
        at = cut.end() if cut else end
    return spans


_WORD = re.compile(r"\S+")
# Unicode script (first word of the character name) -> ISO 639-1 code of its main language.
_SCRIPT_LANGUAGE = {"LATIN": "en", "CYRILLIC": "ru", "HANGUL": "ko", "ARABIC": "ar",
                    "DEVANAGARI": "hi", "THAI": "th", "GREEK": "el", "HEBREW": "he"}


def has_cjk(text: str) -> bool:
    """Whether `text` holds Chinese or Japanese characters."""
    return _CJK.search(text) is not None


def count_tokens(text: str) -> int:
    """Words, with each Chinese/Japanese character counted as one token (dataset statistics)."""
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
        language = _word_language(word)
        if language:
            tokens[language] += 1
    return tokens.most_common(1)[0][0] if tokens else None


@lru_cache(maxsize=65536)
def _word_language(word: str) -> str | None:
    """The language of one word's dominant script (words repeat: cached)."""
    scripts = Counter(s for s in map(_script, word) if s)
    return _SCRIPT_LANGUAGE.get(scripts.most_common(1)[0][0]) if scripts else None


def detect_languages(texts: Iterable[str]) -> list[str]:
    """Languages of a collection, one vote per text, most frequent first."""
    votes = Counter(lang for lang in map(detect_language, texts) if lang)
    return [lang for lang, _ in votes.most_common()]


# Latin-script languages told apart by py3langid (its model ships in the wheel); the others are
# told by their script. The first nine are read by the default embedder.
LATIN_LANGUAGES = ("en", "es", "fr", "de", "it", "pt", "nl", "pl", "tr", "sv", "da", "nb", "no",
                   "fi", "id", "ms", "vi", "cs", "sk", "hu", "ro", "ca", "hr", "sl", "et", "lv",
                   "lt", "tl", "sw", "af", "eu", "gl", "is", "ga", "cy", "sq", "la", "eo")
_LATIN_SAMPLE = 600  # characters read, code left out: enough (checked on the labelled sets)
_LATIN_CONFIDENCE = 0.7  # below it (code, a few words) the text counts as English
# Share of the most common English words among the words: English prose has 0.25-0.72 (5% under
# 0.43), other Latin-script languages at most 0.12 (the labelled sets)
_PLAIN_ENGLISH = 0.3
_LETTERS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _latin_identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages([code for code in LATIN_LANGUAGES if code in identifier.nb_classes])
    return identifier


def language(text: str) -> str:
    """A language tag: Latin-script text by its language (py3langid among `LATIN_LANGUAGES`;
    English unless it is sure), other text by its script (`detect_language`), or "other"."""
    tag = detect_language(text) or "other"
    if tag != "en":
        return tag
    sample = CODE_SPANS.sub(" ", text)[:_LATIN_SAMPLE]
    words = _LETTERS.findall(sample.lower())
    english = common_words("en")
    if len(words) >= 10 and sum(w in english for w in words) >= _PLAIN_ENGLISH * len(words):
        return "en"  # plainly English: no need to load the identifier (~1 s per process)
    code, confidence = _latin_identifier().classify(sample)
    return str(code) if confidence >= _LATIN_CONFIDENCE else "en"


_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[^\W_]+")


def content_tokens(text: str) -> list[str]:
    """Lower-cased word tokens, with CJK text split into overlapping character pairs, so
    overlap between two texts can be measured in any script."""
    if _CJK.search(text) is None:  # no run starts with a CJK character: each is one token
        return _RUN.findall(text.lower())
    tokens: list[str] = []
    for run in _RUN.findall(text.lower()):
        if _CJK.match(run):
            tokens += [run[i:i + 2] for i in range(max(1, len(run) - 1))]
        else:
            tokens.append(run)
    return tokens


def distinctive_words(text: str, lang: str) -> set[str]:
    """The text's `content_tokens` that are not among `lang`'s most common words."""
    common = common_words(lang)
    return {t for t in content_tokens(text) if t not in common}


def new_share(words: set[str], known: set[str]) -> float | None:
    """The share of `words` not in `known` (None for no words)."""
    return len(words - known) / len(words) if words else None


@lru_cache(maxsize=64)
def common_words(lang: str, n: int = 300) -> frozenset[str]:
    """The `n` most common words of a language (wordfreq; English's for a language it has no
    list for), with their CJK character pairs, as `content_tokens` produces them."""
    from wordfreq import available_languages, top_n_list

    try:
        words = top_n_list(lang if lang in available_languages() else "en", n)
    except LookupError:
        return frozenset()
    out = set(words)
    for w in words:
        if _CJK.match(w):
            out.update(w[i:i + 2] for i in range(len(w) - 1))
    return frozenset(out)
