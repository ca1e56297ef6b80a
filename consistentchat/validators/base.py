"""The validator protocol: dialogues in, one `Verdict` each out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Awaitable, ClassVar, Literal

import numpy as np

from ..records import from_sharegpt
from ..text import language, length_units

Scope = Literal["dialogue", "passing", "dataset"]


@dataclass(frozen=True)
class Verdict:
    """One validator's judgement of one dialogue. A skipped verdict counts as passed.

    `reason` is for people; reports read the structured fields: `kind` (what was found, e.g.
    "too_short", or why a check was skipped, e.g. "missing_scenario"), `turns` (0-based user
    turns involved), `score` (the validator's figure) and `notes` (codes of what the verdict
    could not take into account, e.g. "no_scenario"). `figures` holds the figures of the
    validator's further checks by name (the report lists them with the scores).
    """

    validator: str
    passed: bool
    score: float | None = None
    reason: str = ""
    skipped: bool = False
    kind: str = ""
    turns: tuple[int, ...] = ()
    notes: tuple[str, ...] = ()
    side: str = ""  # "user" when the flaw is in the queries, "assistant" in the answers
    figures: dict[str, float] = field(default_factory=dict, hash=False)

    def to_dict(self) -> dict[str, Any]:
        return {"validator": self.validator, "passed": self.passed, "score": self.score,
                "reason": self.reason, "skipped": self.skipped, "kind": self.kind,
                "turns": list(self.turns), "notes": list(self.notes), "side": self.side,
                "figures": dict(self.figures)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Verdict":
        return cls(validator=data["validator"], passed=data["passed"], score=data.get("score"),
                   reason=data.get("reason", ""), skipped=data.get("skipped", False),
                   kind=data.get("kind", ""), turns=tuple(data.get("turns", ())),
                   notes=tuple(data.get("notes", ())), side=data.get("side", ""),
                   figures=dict(data.get("figures") or {}))


@dataclass
class Dialogue:
    """A normalised view of one record: the raw dict plus its turns and optional fields.

    `embeddings` is filled by the chain (when a validator needs it) with unit vectors:
    `queries` (n x d), `answers` (n x d) and `scenario` (d,) or None.
    """

    id: str
    record: dict[str, Any]
    messages: list[dict[str, str]]
    embeddings: dict[str, Any] = field(default_factory=dict)
    _language: str | None = field(default=None, repr=False)

    @classmethod
    def from_record(cls, record: dict[str, Any], index: int) -> "Dialogue":
        messages = record.get("messages")
        if not messages and record.get("conversations"):
            messages = from_sharegpt(record["conversations"])
        rid = record.get("id")
        return cls(id=str(rid) if rid not in (None, "") else str(index + 1), record=record,
                   messages=list(messages or []))

    @property
    def turns(self) -> list[dict[str, str]]:
        """Messages without leading system messages."""
        i = 0
        while i < len(self.messages) and self.messages[i].get("role") == "system":
            i += 1
        return self.messages[i:]

    @property
    def queries(self) -> list[str]:
        return [str(m.get("content") or "") for m in self.turns if m.get("role") == "user"]

    @property
    def answers(self) -> list[str]:
        return [str(m.get("content") or "") for m in self.turns if m.get("role") == "assistant"]

    def pairs(self) -> list[tuple[str, str]]:
        """(query, answer) pairs, as many as both sides have."""
        return list(zip(self.queries, self.answers))

    def field(self, name: str) -> Any:
        """A record field, or None when missing or empty."""
        value = self.record.get(name)
        return value if value not in (None, "", [], {}) else None

    @property
    def language(self) -> str:
        """A coarse language tag of the dialogue's text ("en", "zh", "ja", "other")."""
        if self._language is None:
            self._language = language(" ".join(self.queries + self.answers)[:4000])
        return self._language

    @property
    def scenario(self) -> str | None:
        return self.field("scenario")

    @property
    def skeleton(self) -> list[dict[str, str]] | None:
        return self.field("skeleton")

    @property
    def flow_steps(self) -> list[str] | None:
        return self.field("flow_steps")


class Validator:
    """Base class of validators. Subclass it and implement `check` (one dialogue) or
    `validate` (the whole batch); any object with a `validate` method works too (the attributes
    below then take these defaults).

    - `validate(dialogues)` returns one `Verdict` per dialogue, in order; it may be async. By
      default it calls `check(dialogue)` on each.
    - `requires`: record fields a dialogue must have; the chain gives dialogues lacking one a
      skipped verdict ("skipped: record has no <field>") and never passes them to `validate`.
    - `needs_embeddings`: the chain fills `Dialogue.embeddings` before calling `validate`, for
      dialogues in a language the embedding model covers. Others get a skipped verdict
      ("language_not_covered"), unless `embeddings_optional` says the validator copes with
      missing embeddings.
    - `scope`: "dialogue" runs on every dialogue; "passing" only on dialogues that passed
      every dialogue-scope validator (for costly checks); "dataset" runs last, over the
      dialogues that passed everything else (dataset-level checks such as dedup).
    - `from_config(section, context)` builds the validator from its config section (for a
      custom validator: its `options`) and the chain's shared `ValidationContext`.
    """

    name: str = "validator"
    requires: ClassVar[tuple[str, ...]] = ()
    needs_embeddings: ClassVar[bool] = False
    embeddings_optional: ClassVar[bool] = False
    scope: ClassVar[Scope] = "dialogue"
    side: ClassVar[str] = "assistant"  # where its flaws usually are (re-sampling regenerates it)
    # Further figures its verdicts may carry (`Verdict.figures`), kept as `name.figure` in the
    # dataset's `scores` column beside its score, so users can filter at their own thresholds.
    figure_names: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def from_config(cls, section: Any, context: Any) -> "Validator":
        """Built-ins take their config section; custom validators their `options`."""
        options = getattr(section, "options", None)
        return cls(**options) if options is not None else cls(config=section)  # type: ignore[call-arg]

    def validate(self, dialogues: list[Dialogue]) -> list[Verdict] | Awaitable[list[Verdict]]:
        return [self.check(d) for d in dialogues]

    def check(self, d: Dialogue) -> Verdict:
        """The verdict on one dialogue (used by the default `validate`)."""
        raise NotImplementedError(f"{type(self).__name__} implements neither check nor validate")

    def ok(self, reason: str = "", score: float | None = None, notes: tuple[str, ...] = (),
           figures: dict[str, float] | None = None) -> Verdict:
        return Verdict(self.name, True, score, reason, notes=notes, figures=figures or {})

    def fail(self, reason: str, score: float | None = None, kind: str = "",
             turns: tuple[int, ...] = (), notes: tuple[str, ...] = (), side: str = "",
             figures: dict[str, float] | None = None) -> Verdict:
        return Verdict(self.name, False, score, reason, kind=kind or self.name, turns=turns,
                       notes=notes, side=side or self.side, figures=figures or {})

    def skip(self, reason: str, kind: str = "skipped") -> Verdict:
        return Verdict(self.name, True, None, f"skipped: {reason}", skipped=True, kind=kind)


class ValidatorDisabled(Exception):
    """Raised by `from_config` when a validator cannot run in this context (the reason)."""


def unit(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (zero rows stay zero)."""
    norms = np.linalg.norm(vectors, axis=-1, keepdims=True)
    return vectors / np.where(norms == 0, 1.0, norms)


def words(text: str) -> float:
    """Length in word units, in any script (see `consistentchat.text.length_units`)."""
    return length_units(text)
