"""The records a run writes: skeletons, finished dialogues, failures."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class SkeletonTurn(BaseModel):
    """One planned user turn: the flow step it serves and the query text."""

    model_config = ConfigDict(extra="forbid")

    step: str
    query: str


class Skeleton(BaseModel):
    """The whole sequence of user queries of a dialogue, written before any answer."""

    model_config = ConfigDict(extra="forbid")

    turns: list[SkeletonTurn]

    @property
    def queries(self) -> list[str]:
        return [t.query for t in self.turns]


class Usage(BaseModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def add(self, prompt_tokens: int, completion_tokens: int) -> None:
        self.prompt_tokens += prompt_tokens
        self.completion_tokens += completion_tokens


class DialogueRecord(BaseModel):
    """A generated dialogue: one row of the exported dataset.

    `messages` is the `{role, content}` list that chat templates and TRL take;
    `conversations` is the same dialogue in ShareGPT form (`{from: human|gpt, value}`).
    """

    id: str
    intent: str
    scenario: str
    flow: str
    flow_steps: list[str]
    num_turns: int
    messages: list[dict[str, str]]
    conversations: list[dict[str, str]]
    skeleton: list[SkeletonTurn]
    response_mode: str
    model: str
    sampling: dict[str, Any]
    prompt_hashes: dict[str, str]
    seed: int
    sample_index: int
    usage: Usage = Field(default_factory=Usage)
    attempts: dict[str, int] = Field(default_factory=dict)
    # Kept in the durable record, not exported: the verdicts (with the fingerprint of each
    # validator's settings), the content digest, and every rejected attempt's reasons.
    validation: dict[str, Any] | None = None


class FailureRecord(BaseModel):
    """A planned dialogue the model could not produce; kept with the reason and raw output."""

    id: str
    intent: str
    scenario: str
    flow: str
    stage: str  # "skeleton" | "response": the model's output was unusable (final);
    # "backend": every attempt failed in transport (retried when the run is resumed)
    reason: str
    raw_outputs: list[str] = Field(default_factory=list)
    attempts: int = 0
    model: str = ""
    seed: int = 0
    sample_index: int = 0
    usage: Usage = Field(default_factory=Usage)


def to_sharegpt(messages: list[dict[str, str]]) -> list[dict[str, str]]:
    """`{role, content}` messages -> ShareGPT `{from: human|gpt|system, value}`."""
    names = {"user": "human", "assistant": "gpt", "system": "system"}
    return [{"from": names[m["role"]], "value": m["content"]} for m in messages]


def from_sharegpt(conversations: list[dict[str, str]]) -> list[dict[str, str]]:
    """ShareGPT turns -> `{role, content}` messages."""
    roles = {"human": "user", "user": "user", "gpt": "assistant", "assistant": "assistant",
             "system": "system"}
    return [{"role": roles.get(c["from"], c["from"]), "content": c["value"]} for c in conversations]
