"""The dataset's `scores` column: every validator's score and its further figures, as floats,
whatever the first row group held."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from consistentchat.generation.run import run
from consistentchat.store.dataset import StreamingOutcome
from tests.helpers import ModelScript, dataset_rows, job


def test_a_figure_missing_from_the_first_row_group_still_takes_numbers(tmp_path: Path) -> None:
    writer = StreamingOutcome(tmp_path, "rejects.jsonl", row_group=1)
    writer.accept({"id": "a", "scores": {"topic": None, "topic.rest_similarity": None}})
    writer.accept({"id": "b", "scores": {"topic": 0.61, "topic.rest_similarity": 1}})
    _, parquet = writer.commit()
    rows = pq.read_table(parquet).to_pylist()
    assert [r["scores"] for r in rows] == [
        {"topic": None, "topic.rest_similarity": None},
        {"topic": 0.61, "topic.rest_similarity": 1.0}]


def test_exported_scores_hold_the_validators_figures(tmp_path: Path) -> None:
    result = run(job(tmp_path / "run", n=4), backend=ModelScript().backend())
    rows = dataset_rows(result.out)
    assert rows
    keys = set(rows[0]["scores"])
    assert {"repetition", "repetition.copied_share", "repetition.exchange_excess",
            "non_answer", "non_answer.specifics_ratio"} <= keys, keys
    assert any(isinstance(r["scores"]["repetition.copied_share"], float) for r in rows)
