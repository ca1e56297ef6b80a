"""Shared helpers for parsing model output."""

from __future__ import annotations

import json
import re
from typing import Any

from ..backends.base import Completion
from ..errors import ParseError

_SPACE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Lowercased text with collapsed whitespace, for duplicate checks."""
    return _SPACE.sub(" ", text).strip().lower()


def load_json_object(completion: Completion) -> dict[str, Any]:
    """The completion's text as a JSON object, or a `ParseError` saying why not."""
    text = completion.text.strip()
    if completion.finish_reason == "length":
        raise ParseError(f"output truncated at max_tokens ({completion.completion_tokens} tokens)")
    if not text:
        raise ParseError("empty output")
    # Tolerate a code fence around the JSON (servers without schema enforcement add one).
    if text.startswith("```"):
        text = text.strip("`").removeprefix("json").strip()
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParseError(f"output is not valid JSON: {exc.msg} at char {exc.pos}") from None
    if not isinstance(data, dict):
        raise ParseError(f"output JSON is a {type(data).__name__}, expected an object")
    return data


def check_texts(texts: list[Any], what: str, expected: int) -> list[str]:
    """Strings, as many as expected, none empty, none duplicated."""
    if len(texts) != expected:
        raise ParseError(f"expected {expected} {what}s, got {len(texts)}")
    out: list[str] = []
    seen: dict[str, int] = {}
    for i, text in enumerate(texts, 1):
        if not isinstance(text, str):
            raise ParseError(f"{what} {i} is not a string")
        text = text.strip()
        if not text:
            raise ParseError(f"{what} {i} is empty")
        key = normalize(text)
        if key in seen:
            raise ParseError(f"{what} {i} duplicates {what} {seen[key]}")
        seen[key] = i
        out.append(text)
    return out
