"""The end of a run: validate the generated dialogues, then export through the store."""

from __future__ import annotations

import contextlib
from typing import Any, Sequence

from ..backends.base import Backend
from ..config import ValidationConfig
from ..prompts import PromptLibrary
from ..store import RunDirectory
from ..taxonomy import Intent


async def validate_and_export(
    run_dir: RunDirectory, dialogues: list[dict[str, Any]], config: ValidationConfig,
    generator: Backend, prompts: PromptLibrary, intents: Sequence[Intent],
) -> dict[str, Any]:
    """Run the validator chain over `dialogues`, write rejects and the dataset; return counts."""
    from ..validators import ValidationContext, build_chain, choose_judge, summarize

    judge = choose_judge(config.judge, generator=generator)
    async with contextlib.AsyncExitStack() as stack:
        if judge.owned and judge.backend is not None:
            await stack.enter_async_context(judge.backend)
        context = ValidationContext.for_intents(intents, judge=judge, prompts=prompts)
        chain = build_chain(config, context)
        results = await chain.run(dialogues)
    # Every validator's figure per dialogue, so users can filter at their own thresholds.
    scored = [{**d, "scores": r.scores(chain.names) if chain.names else None}
              for d, r in zip(dialogues, results)]
    accepted = [d for d, r in zip(scored, results) if r.passed]
    rejects = [r.to_reject_record(d) for d, r in zip(scored, results) if not r.passed]
    dataset_dir, parquet = run_dir.write_outcome(accepted, rejects)
    summary = summarize(results)
    summary.update(dataset=str(dataset_dir), parquet=str(parquet), accepted=len(accepted))
    return summary
