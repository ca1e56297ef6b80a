"""The one dataset writer: `save_to_disk` folder plus a Parquet file, both atomic."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from ..errors import UserError
from ..records import DialogueRecord

COLUMNS = list(DialogueRecord.model_fields)


def write_dataset(records: list[dict[str, Any]], folder: Path, dataset_dir: str = "dataset",
                  parquet_name: str = "dataset.parquet") -> tuple[Path, Path]:
    """Write `folder/dataset_dir` (save_to_disk) and `folder/parquet_name`, each replaced
    atomically. Our own records keep the `DialogueRecord` column order; other records keep
    their own columns (in order of first appearance)."""
    import datasets

    datasets.disable_progress_bars()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"{folder}: cannot create output directory: {exc.strerror}") from None
    if records:
        seen = list(dict.fromkeys(k for r in records for k in r))
        columns = [c for c in COLUMNS if c in seen] + [c for c in seen if c not in COLUMNS]
        try:
            ds = datasets.Dataset.from_list([{c: r.get(c) for c in columns} for r in records])
        except (ValueError, TypeError) as exc:
            raise UserError(f"{folder}: cannot write the dataset: {exc}") from None
    else:
        ds = datasets.Dataset.from_dict({c: [] for c in COLUMNS})
    target, parquet = folder / dataset_dir, folder / parquet_name
    tmp = folder / f".{dataset_dir}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    # An empty dataset needs one (empty) shard: with none, load_from_disk cannot read it back.
    ds.save_to_disk(str(tmp), num_shards=1 if len(ds) == 0 else None)
    shutil.rmtree(target, ignore_errors=True)
    os.replace(tmp, target)
    ds.to_parquet(str(folder / f".{parquet_name}.tmp"))
    os.replace(folder / f".{parquet_name}.tmp", parquet)
    return target, parquet
