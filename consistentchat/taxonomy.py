"""The intent taxonomy: intents, their information flows, and their scenarios.

Built-in intents live as YAML files in `intents/` (one file per intent). Users can build an
`Intent` in code or load their own folder with `load_intents`.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Iterable

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .config.common import format_validation_error, read_yaml
from .config.job import TurnRange
from .errors import UserError
from .paths import resource_dir

_ID_PATTERN = r"^[a-z][a-z0-9_]*$"


class FlowStep(BaseModel):
    """One step of an information flow: a name and what the user does in it."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    description: str = Field(min_length=1)


class Flow(BaseModel):
    """An ordered sequence of steps the user's queries move through."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=_ID_PATTERN)
    name: str = Field(min_length=1)
    steps: list[FlowStep] = Field(min_length=2)

    @field_validator("steps")
    @classmethod
    def _unique_steps(cls, steps: list[FlowStep]) -> list[FlowStep]:
        names = [s.name for s in steps]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"duplicate step names: {', '.join(dupes)}")
        return steps

    @property
    def step_names(self) -> list[str]:
        return [s.name for s in self.steps]


class Intent(BaseModel):
    """An intent trajectory: what the user wants, the flows it follows, the scenarios it covers."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=_ID_PATTERN)
    name: str = Field(min_length=1)
    description: str = Field(min_length=1)
    flows: list[Flow] = Field(min_length=1)
    scenarios: list[str] = Field(min_length=1)
    turns: TurnRange = Field(default_factory=TurnRange)

    @field_validator("scenarios")
    @classmethod
    def _clean_scenarios(cls, scenarios: list[str]) -> list[str]:
        cleaned = [s.strip() for s in scenarios]
        if any(not s for s in cleaned):
            raise ValueError("scenarios must not be empty strings")
        seen: set[str] = set()
        for s in cleaned:
            if s.lower() in seen:
                raise ValueError(f"duplicate scenario: {s!r}")
            seen.add(s.lower())
        return cleaned

    @model_validator(mode="after")
    def _unique_flows(self) -> "Intent":
        ids = [f.id for f in self.flows]
        if len(ids) != len(set(ids)):
            raise ValueError("flow ids must be unique within an intent")
        for flow in self.flows:
            if len(flow.steps) > self.turns.max:
                raise ValueError(
                    f"flow {flow.id!r} has {len(flow.steps)} steps, more than the "
                    f"{self.turns.max} user turns allowed"
                )
        return self

    def flow(self, flow_id: str) -> Flow:
        for f in self.flows:
            if f.id == flow_id:
                return f
        raise UserError(f"intent {self.id!r} has no flow {flow_id!r}")

    def fingerprint(self) -> str:
        """A short hash of the intent's content, for run manifests."""
        blob = json.dumps(self.model_dump(mode="json"), sort_keys=True).encode()
        return hashlib.sha256(blob).hexdigest()[:16]


def load_intent_file(path: Path) -> Intent:
    """Load and validate one intent YAML file; errors are one line naming file and field."""
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise UserError(f"{path}: top level must be a mapping")
    try:
        return Intent.model_validate(data)
    except ValidationError as err:
        raise UserError(format_validation_error(err, str(path))) from None


def load_intents(folder: Path) -> list[Intent]:
    """Load every `*.yaml` / `*.yml` intent in `folder`, sorted by file name."""
    folder = Path(folder)
    if not folder.is_dir():
        raise UserError(f"{folder}: intents folder does not exist")
    files = sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")])
    if not files:
        raise UserError(f"{folder}: no intent files (*.yaml) found")
    return merge_intents([load_intent_file(p) for p in files])


def builtin_intents() -> list[Intent]:
    """The nine built-in intent trajectories."""
    return load_intents(resource_dir("intents"))


def merge_intents(*groups: Iterable[Intent]) -> list[Intent]:
    """Combine intent lists; a later intent with the same id replaces an earlier one."""
    merged: dict[str, Intent] = {}
    for group in groups:
        for intent in group:
            merged[intent.id] = intent
    return list(merged.values())


def select_intents(intents: list[Intent], ids: list[str] | None) -> list[Intent]:
    """Keep the intents named in `ids` (in that order), or all when `ids` is None/empty."""
    if not ids:
        return intents
    by_id = {i.id: i for i in intents}
    unknown = [i for i in ids if i not in by_id]
    if unknown:
        raise UserError(
            f"unknown intent id {unknown[0]!r} (known: {', '.join(sorted(by_id))})"
        )
    seen: list[str] = []
    for i in ids:
        if i not in seen:
            seen.append(i)
    return [by_id[i] for i in seen]
