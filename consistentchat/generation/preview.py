"""Render the exact request a planned dialogue gets, for `consistentchat prompt render`."""

from __future__ import annotations

from pathlib import Path

from ..backends.base import ChatRequest
from ..config import JobConfig
from ..errors import UserError
from ..records import Skeleton
from ..store import RunDirectory
from ..tasks import skeleton as skeleton_task
from ..tasks.response import response_task


def render_request(config: JobConfig, index: int, stage: str, run_dir: Path | None) -> ChatRequest:
    """The first-attempt request of plan item `index` at `stage` ("skeleton" or "response").

    The response request depends on the dialogue's skeleton, which only exists after a run:
    it is read from `run_dir` (skeletons.jsonl or dialogues.jsonl).
    """
    from .run import prepare

    job = prepare(config)
    plan = {item.sample_index: item for item in job.plan}
    if index not in plan:
        raise UserError(f"--index {index} is not in this job's plan (0..{config.num_dialogues - 1}"
                        + (", this shard only" if config.shard.count > 1 else "") + ")")
    item = plan[index]
    intent = next(i for i in job.intents if i.id == item.intent_id)
    gen = config.generation
    if stage == "skeleton":
        return skeleton_task.format_input(item, intent, job.prompts, gen.skeleton_sampling, 0)
    if stage != "response":
        raise UserError(f"--stage must be skeleton or response (got {stage!r})")
    if run_dir is None:
        raise UserError("the response prompt needs the dialogue's skeleton: pass --out RUN_DIR")
    turns = RunDirectory(run_dir).find_skeleton(item.id)
    if turns is None:
        raise UserError(f"{run_dir} has no skeleton for dialogue {item.id} (plan index {index})")
    return response_task(gen.response_mode).first_request(item, intent, Skeleton(turns=turns),
                                                          job.prompts, gen.response_sampling)
