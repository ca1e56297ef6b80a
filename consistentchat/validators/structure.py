"""Structure: turn count, alternating roles, answers for every query, no empty turn, lengths."""

from __future__ import annotations

from typing import Any

from ..config.validation import StructureConfig
from .base import Dialogue, Validator, Verdict, words


class StructureValidator(Validator):
    name = "structure"
    side = "user"  # turn counts and roles come from the skeleton

    def __init__(self, config: StructureConfig | None = None,
                 turn_ranges: dict[str, tuple[int, int]] | None = None) -> None:
        self.config = config or StructureConfig()
        self.turn_ranges = turn_ranges or {}

    def turn_range(self, d: Dialogue) -> tuple[tuple[int, int] | None, str]:
        """(min, max) user turns and where they come from: the config, else the intent.

        A planned `num_turns` outside the intent's range means the job overrode the range
        (generation.turns); the plan's count is then the bound.
        """
        c = self.config
        intent = self.turn_ranges.get(str(d.record.get("intent")))
        if c.min_turns is not None or c.max_turns is not None:
            lo = c.min_turns if c.min_turns is not None else (intent[0] if intent else 1)
            hi = c.max_turns if c.max_turns is not None else (intent[1] if intent else 10**6)
            return (lo, hi), "configured"
        if intent is None:
            return (c.min_user_turns, 10**6), "the minimum"
        planned = d.record.get("num_turns")
        if isinstance(planned, int) and not intent[0] <= planned <= intent[1]:
            return (planned, planned), "planned"
        return intent, "the intent's"

    def check(self, d: Dialogue) -> Verdict:
        turns = d.turns
        if not turns:
            return self.fail("dialogue has no messages")
        for i, m in enumerate(turns, 1):
            role, content = m.get("role"), m.get("content")
            expected = "user" if i % 2 else "assistant"
            if role != expected:
                return self.fail(f"message {i} has role {role!r}, expected {expected!r} (roles "
                                 "must alternate user/assistant, starting with the user)")
            if not isinstance(content, str) or not content.strip():
                return self.fail(f"message {i} ({role}) is empty")
        queries, answers = d.queries, d.answers
        if len(answers) != len(queries):
            return self.fail(f"{len(queries)} user queries but {len(answers)} answers")
        planned = d.record.get("num_turns")
        if isinstance(planned, int) and planned != len(queries):
            return self.fail(f"{len(queries)} user turns, but the dialogue planned {planned}")
        bounds, source = self.turn_range(d)
        if bounds and not bounds[0] <= len(queries) <= bounds[1]:
            if source == "the minimum":
                return self.fail(f"{len(queries)} user turns: a multi-turn dialogue needs at "
                                 f"least {bounds[0]}", kind="too_few_turns")
            return self.fail(f"{len(queries)} user turns, outside {source} range "
                             f"{bounds[0]}-{bounds[1]}", kind="turn_count")
        for side, texts, limits in (("query", queries, self.config.query_words),
                                    ("answer", answers, self.config.answer_words)):
            for i, text in enumerate(texts, 1):
                n = words(text)
                if not limits.min <= n <= limits.max:
                    return self.fail(f"{side} {i} has {n:.0f} words, outside "
                                     f"{limits.min}-{limits.max}", score=float(n),
                                     kind="turn_length", turns=(i - 1,),
                                     side="user" if side == "query" else "assistant")
        if source == "the minimum":
            return self.ok(f"{len(queries)} turns (turn range not checked: unknown intent)",
                           notes=("turn_range_unchecked",))
        return self.ok(f"{len(queries)} turns")

    @classmethod
    def from_config(cls, section: StructureConfig, context: Any) -> "StructureValidator":
        return cls(config=section, turn_ranges=context.turn_ranges)
