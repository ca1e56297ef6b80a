"""Export: validate the generated dialogues and write the Hugging Face dataset."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path
from typing import Any

from .backends.base import Backend
from .config import JobConfig
from .prompts import PromptLibrary
from .records import DialogueRecord
from .store import DATASET_DIR, PARQUET, REJECTS, RunDirectory, write_jsonl

COLUMNS = list(DialogueRecord.model_fields)


def write_dataset(records: list[dict[str, Any]], folder: Path) -> tuple[Path, Path]:
    """Write `folder/dataset` (save_to_disk) and `folder/dataset.parquet`, atomically."""
    import datasets

    datasets.disable_progress_bars()
    folder.mkdir(parents=True, exist_ok=True)
    if records:
        columns = [c for c in COLUMNS if c in records[0]] or list(records[0])
        extra = [c for c in records[0] if c not in columns]
        ds = datasets.Dataset.from_list([{c: r.get(c) for c in columns + extra} for r in records])
    else:
        ds = datasets.Dataset.from_dict({c: [] for c in COLUMNS})
    target, parquet = folder / DATASET_DIR, folder / PARQUET
    tmp = folder / f".{DATASET_DIR}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    # An empty dataset needs one (empty) shard: with none, load_from_disk cannot read it back.
    ds.save_to_disk(str(tmp), num_shards=1 if len(ds) == 0 else None)
    shutil.rmtree(target, ignore_errors=True)
    os.replace(tmp, target)
    ds.to_parquet(str(folder / f".{PARQUET}.tmp"))
    os.replace(folder / f".{PARQUET}.tmp", parquet)
    return target, parquet


async def validate_and_export(
    run_dir: RunDirectory, dialogues: list[dict[str, Any]], config: JobConfig,
    backend: Backend | None, embedded_model: bool, prompts: PromptLibrary,
    intents: list[Any] | None = None,
) -> dict[str, Any]:
    """Run the validator chain over `dialogues`, write rejects and the dataset; return counts.

    The judge uses `validation.judge.backend` when configured, else the generator's backend.
    """
    from .validators import build_chain, make_judge_backend, summarize

    judge_backend = make_judge_backend(config.validation.judge)
    async with contextlib.AsyncExitStack() as stack:
        if judge_backend is not None and config.validation.judge_enabled(embedded_model):
            await stack.enter_async_context(judge_backend)
        chain = build_chain(config.validation, judge_backend=judge_backend or backend,
                            embedded_model=embedded_model, prompts=prompts, intents=intents)
        results = await chain.run(dialogues)
    accepted = [d for d, r in zip(dialogues, results) if r.passed]
    rejects = [r.to_reject_record(d) for d, r in zip(dialogues, results) if not r.passed]
    write_jsonl(run_dir.path / REJECTS, rejects)
    dataset_dir, parquet = write_dataset(accepted, run_dir.path)
    summary = summarize(results)
    summary.update(dataset=str(dataset_dir), parquet=str(parquet), accepted=len(accepted))
    return summary
