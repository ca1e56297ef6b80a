"""Inclusive integer ranges for config models (turn counts, word counts)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, model_validator


class IntRange(BaseModel):
    """`min`..`max`, inclusive; subclasses set the bounds and defaults of both fields."""

    model_config = ConfigDict(extra="forbid")

    min: int
    max: int

    @model_validator(mode="after")
    def _ordered(self) -> "IntRange":
        if self.min > self.max:
            raise ValueError(f"min ({self.min}) is greater than max ({self.max})")
        return self
