"""The run folder and the files around it: the only code that opens them.

`RunDirectory` knows the file names, the lock and the resume rule; `manifest` declares which
settings shape a plan; `dataset.StreamingOutcome` is the one dataset writer; `inputs` reads
datasets to validate; `merge` joins shard folders.
"""

from .dataset import StreamingOutcome, empty_dataset
from .jsonl import JsonlLog, first_by_id, write_jsonl
from .manifest import differences, manifest, resume_differences
from .run_dir import (CARD, DATASET_DIR, DIALOGUES, FAILURES, MANIFEST, PARQUET, PRODUCTS,
                      REJECTS, SIGNATURES, SKELETONS, SUMMARY, VERDICTS, ResumeState, RunDirectory, failure_stage,
                      is_final, open_run_dir)

__all__ = [
    "CARD", "DATASET_DIR", "DIALOGUES", "PRODUCTS", "FAILURES", "MANIFEST", "PARQUET", "REJECTS", "SKELETONS",
    "SUMMARY", "SIGNATURES", "VERDICTS", "JsonlLog", "ResumeState", "RunDirectory", "differences", "failure_stage",
    "first_by_id", "is_final", "manifest", "open_run_dir", "resume_differences", "StreamingOutcome", "empty_dataset", "write_jsonl",
]
