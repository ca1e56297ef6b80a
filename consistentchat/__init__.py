"""consistentchat: multi-turn chat datasets with the ConsistentChat method.

Python API::

    from consistentchat import Intent, Flow, FlowStep, JobConfig, run

    intent = Intent(id="cooking", name="Cooking help", description="...",
                    flows=[Flow(id="needs_to_solution", name="...", steps=[...])],
                    scenarios=["A student cooking for ten on a budget", ...])
    result = run(JobConfig(num_dialogues=8, out="output/cooking", intents=["cooking"]),
                 intents=[intent])
    ds = result.dataset()
"""

from .config import JobConfig, load_job_config
from .errors import UserError
from .records import DialogueRecord, FailureRecord, Skeleton
from .taxonomy import Flow, FlowStep, Intent, builtin_intents, load_intents

__version__ = "0.1.0"


def run(config: JobConfig, **kwargs):  # type: ignore[no-untyped-def]
    """Run a generation job; see `consistentchat.generation.run.arun` for keyword arguments."""
    from .generation.run import run as _run

    return _run(config, **kwargs)


async def arun(config: JobConfig, **kwargs):  # type: ignore[no-untyped-def]
    """Async version of `run`."""
    from .generation.run import arun as _arun

    return await _arun(config, **kwargs)


__all__ = [
    "DialogueRecord", "FailureRecord", "Flow", "FlowStep", "Intent", "JobConfig", "Skeleton",
    "UserError", "arun", "builtin_intents", "load_intents", "load_job_config", "run",
]
