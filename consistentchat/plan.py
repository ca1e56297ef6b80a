"""The run plan: which dialogues a job generates, deterministically from config and seed.

Item k of the plan depends only on k, the seed and the intents, so a plan is stable when
`num_dialogues` grows, shards partition it exactly, and ids can be compared across runs.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass

from .config.backend import SamplingParams
from .config.job import TurnRange
from .taxonomy import Intent


@dataclass(frozen=True)
class PlanItem:
    """One planned dialogue."""

    id: str
    sample_index: int
    intent_id: str
    flow_id: str
    scenario: str
    num_turns: int
    seed: int

    def sampling_for(self, sampling: SamplingParams, stage: str, attempt: int) -> SamplingParams:
        """`sampling` for one request. When the config sets a sampling seed, each request gets
        its own seed derived from it, the dialogue id, the stage and the attempt (reproducible
        re-runs); otherwise none is sent (vLLM CPU builds crash on per-request seeds)."""
        if sampling.seed is None:
            return sampling
        digest = hashlib.sha256(f"{sampling.seed}|{self.id}|{stage}|{attempt}".encode()).digest()
        return sampling.model_copy(update={"seed": int.from_bytes(digest[:4], "big") & 0x7FFFFFFF})


def dialogue_id(intent_id: str, flow_id: str, scenario: str, sample_index: int, seed: int) -> str:
    """Deterministic id of a planned dialogue."""
    key = f"{intent_id}\x1f{flow_id}\x1f{scenario}\x1f{sample_index}\x1f{seed}"
    return hashlib.sha256(key.encode()).hexdigest()[:20]


def _rng(*parts: object) -> random.Random:
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def build_plan(
    intents: list[Intent], num_dialogues: int, seed: int, turns: TurnRange | None = None
) -> list[PlanItem]:
    """The full (unsharded) plan of `num_dialogues` items.

    Intents take turns (round robin, in the given order); within an intent, scenarios are
    used in a seeded shuffled order before any repeats; each item draws its flow and its
    number of turns from its own seeded generator.
    """
    if not intents:
        raise ValueError("no intents to plan from")
    orders = {
        intent.id: _rng("scenarios", seed, intent.id).sample(range(len(intent.scenarios)),
                                                             len(intent.scenarios))
        for intent in intents
    }
    items: list[PlanItem] = []
    for k in range(num_dialogues):
        intent = intents[k % len(intents)]
        j = k // len(intents)
        order = orders[intent.id]
        scenario = intent.scenarios[order[j % len(order)]]
        rng = _rng("item", seed, intent.id, k)
        flow = intent.flows[rng.randrange(len(intent.flows))]
        span = turns or intent.turns
        low = max(span.min, len(flow.steps))
        num_turns = rng.randint(low, max(low, span.max))
        items.append(PlanItem(
            id=dialogue_id(intent.id, flow.id, scenario, k, seed),
            sample_index=k, intent_id=intent.id, flow_id=flow.id, scenario=scenario,
            num_turns=num_turns, seed=seed,
        ))
    return items


def shard_plan(items: list[PlanItem], index: int, count: int) -> list[PlanItem]:
    """Shard `index` of `count`: every count-th item. The shards partition the plan."""
    if not 0 <= index < count:
        raise ValueError(f"shard index {index} is outside 0..{count - 1}")
    return items[index::count]
