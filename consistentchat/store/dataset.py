"""The one dataset writer: Parquet in row groups plus the `save_to_disk` folder, put in place
atomically on commit."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from ..errors import UserError
from ..records import DialogueRecord

COLUMNS = [f for f in DialogueRecord.model_fields if f != "validation"] + ["scores"]


def empty_dataset(folder: Path, dataset_dir: str, parquet_name: str) -> tuple[Path, Path]:
    """A dataset with the dialogue columns and no rows (one empty shard, so `load_from_disk`
    can read it back), written atomically."""
    import datasets

    datasets.disable_progress_bars()
    ds = datasets.Dataset.from_dict({c: [] for c in COLUMNS})
    target, parquet = folder / dataset_dir, folder / parquet_name
    tmp = folder / f".{dataset_dir}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    ds.save_to_disk(str(tmp), num_shards=1)
    shutil.rmtree(target, ignore_errors=True)
    os.replace(tmp, target)
    ds.to_parquet(str(folder / f".{parquet_name}.tmp"))
    os.replace(folder / f".{parquet_name}.tmp", parquet)
    return target, parquet


class StreamingOutcome:
    """Accepted rows -> Parquet in row groups, rejected records -> a JSONL file, both written
    to temporary files and put in place (with the `save_to_disk` folder built from the Parquet
    file, memory-mapped) only by `commit()`. Memory holds one row group at a time."""

    def __init__(self, folder: Path, rejects_name: str, dataset_dir: str = "dataset",
                 parquet_name: str = "dataset.parquet", row_group: int = 1000) -> None:
        self.folder, self.rejects_name = folder, rejects_name
        self.dataset_dir, self.parquet_name, self.row_group = dataset_dir, parquet_name, row_group
        self._tmp_parquet = folder / f".{parquet_name}.tmp"
        self._tmp_rejects = folder / f".{rejects_name}.tmp"
        self._rejects = self._tmp_rejects.open("w", encoding="utf-8")
        self._rows: list[dict[str, Any]] = []
        self._writer: Any = None
        self._schema: Any = None
        self.accepted = self.rejected = 0

    def accept(self, row: dict[str, Any]) -> None:
        self._rows.append(row)
        self.accepted += 1
        if len(self._rows) >= self.row_group:
            self._flush()

    def reject(self, record: dict[str, Any]) -> None:
        import json

        self._rejects.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.rejected += 1

    def _flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not self._rows:
            return
        seen = list(dict.fromkeys(k for r in self._rows for k in r))
        columns = [c for c in COLUMNS if c in seen] + [c for c in seen if c not in COLUMNS]
        try:
            table = pa.Table.from_pylist([{c: r.get(c) for c in columns} for r in self._rows],
                                         schema=self._schema)
            if self._schema is None:  # the first row group fixes the schema: scores are floats
                table = table.cast(_float_scores(table.schema))
        except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError) as exc:
            raise UserError(f"{self.folder}: cannot write the dataset: {exc}") from None
        if self._writer is None:
            self._schema = table.schema
            self._writer = pq.ParquetWriter(str(self._tmp_parquet), self._schema)
        self._writer.write_table(table)
        self._rows = []

    def commit(self) -> tuple[Path, Path]:
        """Put everything in place; returns (dataset folder, parquet file)."""
        self._flush()
        self._rejects.flush()
        os.fsync(self._rejects.fileno())
        self._rejects.close()
        os.replace(self._tmp_rejects, self.folder / self.rejects_name)
        if self._writer is None:
            return empty_dataset(self.folder, self.dataset_dir, self.parquet_name)
        self._writer.close()
        parquet = self.folder / self.parquet_name
        os.replace(self._tmp_parquet, parquet)
        tmp = self.folder / f".{self.dataset_dir}.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        parquet_to_disk(parquet, tmp)
        target = self.folder / self.dataset_dir
        shutil.rmtree(target, ignore_errors=True)
        os.replace(tmp, target)
        return target, parquet

    def abort(self) -> None:
        self._rejects.close()
        if self._writer is not None:
            self._writer.close()
        self._tmp_rejects.unlink(missing_ok=True)
        self._tmp_parquet.unlink(missing_ok=True)


def parquet_to_disk(parquet: Path, target: Path) -> None:
    """The `save_to_disk` layout of a Parquet file (one Arrow stream shard, `state.json`,
    `dataset_info.json`), converted one row group at a time: memory holds one row group.
    (`iter_batches` was measured to grow with the file: +530 MB for a 415 MB file.)"""
    import json
    import uuid

    import datasets
    import pyarrow as pa
    import pyarrow.parquet as pq

    target.mkdir(parents=True)
    source = pq.ParquetFile(str(parquet))
    shard = "data-00000-of-00001.arrow"
    with pa.OSFile(str(target / shard), "wb") as sink, \
            pa.ipc.new_stream(sink, source.schema_arrow) as writer:
        for group in range(source.num_row_groups):
            writer.write_table(source.read_row_group(group, use_threads=False))
    features = datasets.Features.from_arrow_schema(source.schema_arrow)
    (target / "dataset_info.json").write_text(json.dumps(
        {"citation": "", "description": "", "features": features.to_dict(), "homepage": "",
         "license": ""}, indent=2))
    (target / "state.json").write_text(json.dumps(
        {"_data_files": [{"filename": shard}], "_fingerprint": uuid.uuid4().hex[:16],
         "_format_columns": None, "_format_kwargs": {}, "_format_type": None,
         "_output_all_columns": False, "_split": None}, indent=2))


def _float_scores(schema: Any) -> Any:
    """`schema` with every field of the `scores` struct typed float64: a figure that is None
    throughout the first row group (a check skipped there) must still take numbers later."""
    import pyarrow as pa

    index = schema.get_field_index("scores")
    if index < 0 or not pa.types.is_struct(schema.field(index).type):
        return schema
    floats = pa.struct([pa.field(f.name, pa.float64()) for f in schema.field(index).type])
    return schema.set(index, pa.field("scores", floats))
