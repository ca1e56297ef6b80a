"""Flow adherence: the skeleton follows the flow's steps in order, covers every step, and the
user turns are the skeleton's queries."""

from __future__ import annotations

from rapidfuzz import fuzz

from ..config.validation import FlowConfig
from .base import Dialogue, Validator, Verdict


class FlowValidator(Validator):
    name = "flow"
    side = "user"
    requires = ("skeleton", "flow_steps")

    def __init__(self, config: FlowConfig | None = None) -> None:
        self.config = config or FlowConfig()

    def check(self, d: Dialogue) -> Verdict:
        steps = [str(s) for s in d.flow_steps or []]
        skeleton = d.skeleton or []
        order = {name: i for i, name in enumerate(steps)}
        seen: list[str] = []
        for i, turn in enumerate(skeleton, 1):
            step = turn.get("step") if isinstance(turn, dict) else None
            if step not in order:
                return self.fail(f"skeleton turn {i} names unknown flow step {step!r}")
            if seen and order[step] < order[seen[-1]]:
                return self.fail(f"skeleton turn {i} goes back from step {seen[-1]!r} to {step!r}")
            seen.append(step)
        missing = [s for s in steps if s not in seen]
        if missing:
            return self.fail(f"flow steps not covered: {', '.join(missing)}",
                             score=float(len(steps) - len(missing)) / len(steps))
        if self.config.match_messages:
            queries = d.queries
            if len(queries) != len(skeleton):
                return self.fail(f"{len(queries)} user turns for {len(skeleton)} skeleton turns")
            for i, (turn, query) in enumerate(zip(skeleton, queries), 1):
                ratio = fuzz.ratio(str(turn.get("query", "")).strip(), query.strip())
                if ratio < self.config.min_query_ratio:
                    return self.fail(f"user turn {i} is not the skeleton's query for step "
                                     f"{turn.get('step')!r} (similarity {ratio:.0f})")
        return self.ok(f"{len(skeleton)} turns follow {len(steps)} steps in order", score=1.0)
