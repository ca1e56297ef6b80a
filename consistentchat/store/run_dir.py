"""The run folder: the only code that knows its file names and the resume rule.

Layout of a run folder:
  run.json          the manifest: every setting that shapes the plan (checked on resume)
  skeletons.jsonl   accepted skeletons (a dialogue resumed after a crash keeps its skeleton)
  dialogues.jsonl   finished dialogues, one per line, flushed and fsynced per dialogue
  failures.jsonl    planned dialogues the model could not produce, with reasons and raw output
  rejects.jsonl     dialogues the validators rejected, with every reason (rewritten on export)
  dataset/          the Hugging Face dataset (`save_to_disk` layout); dataset.parquet beside it
  summary.json      counts of the last run
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from filelock import FileLock, Timeout

from ..errors import UserError
from ..location import is_url
from .dataset import StreamingOutcome
from .jsonl import JsonlLog, write_jsonl

MANIFEST = "run.json"
SKELETONS = "skeletons.jsonl"
DIALOGUES = "dialogues.jsonl"
FAILURES = "failures.jsonl"
REJECTS = "rejects.jsonl"
SUMMARY = "summary.json"
VERDICTS = "verdicts.jsonl"  # verdicts computed after a dialogue was recorded (new settings)
SIGNATURES = "signatures.jsonl"  # MinHash signatures of dialogues, for dedup across resumes
DATASET_DIR = "dataset"
PARQUET = "dataset.parquet"
LOCK = ".lock"
CARD = "README.md"  # the dataset card, inside dataset/
# What `consistentchat card/stats/view` add to a finished run (see consistentchat.product).
PRODUCTS = ("plots", "viewer.html", "llamafactory")

# The resume rule. A failure whose every attempt got no model output is the backend's, not the
# model's: it is recorded (so the run finishes) and retried when the run is resumed.
BACKEND_FAILURE = "backend"


def failure_stage(stage: str, raw_outputs: list[str]) -> str:
    """The stage a failure is recorded under: `stage`, or "backend" when no attempt got output."""
    return stage if any(raw_outputs) else BACKEND_FAILURE


def is_final(failure: dict[str, Any]) -> bool:
    """A recorded failure that a resumed run keeps (the model's); backend failures are retried."""
    return failure.get("stage") != BACKEND_FAILURE


@dataclass
class ResumeState:
    """What a run folder already holds for a plan, read before generating."""

    done: set[str] = field(default_factory=set)
    skeletons: dict[str, dict[str, Any]] = field(default_factory=dict)
    torn_bytes: int = 0


class RunDirectory:
    """A run's output folder, locked for the lifetime of the object's `with` block."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.skeletons = JsonlLog(self.path / SKELETONS)
        self.dialogues = JsonlLog(self.path / DIALOGUES)
        self.failures = JsonlLog(self.path / FAILURES)
        self.verdicts = JsonlLog(self.path / VERDICTS)
        self.signatures = JsonlLog(self.path / SIGNATURES)
        self._lock: FileLock | None = None

    @property
    def location(self) -> str:
        """Where the run's output is, for messages and the summary (a URL for a mirror)."""
        return str(self.path)

    def publish(self) -> None:
        """Called when the run is finished and exported: nothing to do for a local folder
        (a URL output uploads it)."""

    def check_writable(self) -> None:
        """A one-line error if the folder cannot be created or written."""
        target = self.path
        while not target.exists():
            target = target.parent
        if not target.is_dir():
            raise UserError(f"{target}: output path is not a directory")
        if not os.access(target, os.W_OK | os.X_OK):
            raise UserError(f"{target}: output directory is not writable")

    def __enter__(self) -> "RunDirectory":
        self.check_writable()
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(f"{self.path}: cannot create output directory: {exc.strerror}") from None
        self._lock = FileLock(str(self.path / LOCK), timeout=0)
        try:
            self._lock.acquire()
        except Timeout:
            raise UserError(
                f"{self.location} is in use by another consistentchat process; wait for it or "
                "choose another --out"
            ) from None
        return self

    def __exit__(self, *exc: object) -> None:
        for log in (self.skeletons, self.dialogues, self.failures, self.verdicts,
                    self.signatures):
            log.close()
        if self._lock is not None:
            self._lock.release()

    def remove_if_unused(self) -> None:
        """Remove a folder this process created when nothing was written into it."""
        if self.path.is_dir() and not (self.path / MANIFEST).exists():
            (self.path / LOCK).unlink(missing_ok=True)
            try:
                self.path.rmdir()
            except OSError:
                pass

    # --- the manifest and the summary -------------------------------------------------------
    def read_manifest(self) -> dict[str, Any] | None:
        return self._read_json(MANIFEST, "manifest")

    def read_summary(self) -> dict[str, Any] | None:
        return self._read_json(SUMMARY, "summary")

    def has_manifest(self) -> bool:
        return (self.path / MANIFEST).exists()

    def write_manifest(self, data: dict[str, Any]) -> None:
        self.write_json(MANIFEST, data)

    def write_summary(self, data: dict[str, Any]) -> None:
        self.write_json(SUMMARY, data)

    def _read_json(self, name: str, what: str) -> dict[str, Any] | None:
        path = self.path / name
        if not path.exists():
            return None
        try:
            return json.loads(path.read_text())
        except json.JSONDecodeError:
            raise UserError(f"{path}: {what} is not valid JSON") from None

    def write_json(self, name: str, data: Any) -> None:
        """Write a JSON file atomically (temp file + rename)."""
        tmp = self.path / f".{name}.tmp"
        tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")
        os.replace(tmp, self.path / name)

    # --- the durable record and the resume rule ---------------------------------------------
    def repair_logs(self) -> None:
        for log in (self.verdicts, self.signatures):
            log.repair()

    def resume_state(self, planned: set[str]) -> ResumeState:
        """Cut torn tails, then: ids finished (a dialogue, or a final failure) and the accepted
        skeletons of planned ids not finished yet."""
        cut = self.dialogues.repair() + self.failures.repair()
        self.skeletons.repair()
        final: dict[str, bool] = {}
        for r in self.failures.read():
            final[r["id"]] = is_final(r)  # the last record of an id wins
        done = {r["id"] for r in self.dialogues.read()} | {i for i, f in final.items() if f}
        skeletons = {r["id"]: r for r in self.skeletons.read()
                     if r.get("id") in planned and r["id"] not in done}
        return ResumeState(done=done, skeletons=skeletons, torn_bytes=cut)

    def find_skeleton(self, dialogue_id: str) -> list[dict[str, Any]] | None:
        """The skeleton turns of a dialogue, from skeletons.jsonl or dialogues.jsonl."""
        for row in (*self.skeletons.read(), *self.dialogues.read()):
            if row.get("id") == dialogue_id:
                return row["skeleton"]
        return None

    def iter_generated(self, planned: set[str]) -> Iterator[dict[str, Any]]:
        """The first dialogue record of each planned id, streamed in file order."""
        seen: set[str] = set()
        for record in self.dialogues.read():
            rid = record.get("id")
            if rid in planned and rid not in seen:
                seen.add(rid)
                yield record

    def stream_outcome(self) -> StreamingOutcome:
        """A writer of the dataset and rejects.jsonl that keeps one row group in memory."""
        self.path.mkdir(parents=True, exist_ok=True)
        return StreamingOutcome(self.path, REJECTS, DATASET_DIR, PARQUET)

    def generated_ids(self) -> set[str]:
        return {r.get("id") for r in self.dialogues.read()}

    def compact_failures(self, generated: set[str], planned: set[str]) -> list[dict[str, Any]]:
        """Keep one failure record per id (the latest), none for ids generated since (a retried
        backend failure); rewrite failures.jsonl atomically if that drops anything. Returns the
        failures of planned ids."""
        rows = list(self.failures.read())
        latest = {r["id"]: r for r in rows if r["id"] not in generated}
        if len(latest) != len(rows):
            self.failures.close()
            write_jsonl(self.failures.path, latest.values())
        return [r for r in latest.values() if r["id"] in planned]

    # --- the outcome ------------------------------------------------------------------------
    def write_outcome(self, accepted: list[dict[str, Any]], rejects: Iterable[dict[str, Any]],
                      failures: Iterable[dict[str, Any]] | None = None) -> tuple[Path, Path]:
        """rejects.jsonl (and failures.jsonl when given), then the dataset, all atomically.
        Returns (dataset folder, parquet file)."""
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(f"{self.path}: cannot create output directory: {exc.strerror}") from None
        if failures is not None:
            write_jsonl(self.path / FAILURES, failures)
        writer = StreamingOutcome(self.path, REJECTS, DATASET_DIR, PARQUET,
                                  row_group=max(1, len(accepted)))
        try:
            for row in accepted:
                writer.accept(row)
            for record in rejects:
                writer.reject(record)
            return writer.commit()
        except BaseException:
            writer.abort()
            raise

    def read_rejects(self) -> list[dict[str, Any]]:
        return list(JsonlLog(self.path / REJECTS).read())

    def read_failures(self) -> list[dict[str, Any]]:
        return list(self.failures.read())

    def has_dataset(self) -> bool:
        return (self.path / DATASET_DIR).is_dir()

    def parquet_path(self) -> Path | None:
        return self.path / PARQUET if (self.path / PARQUET).is_file() else None

    def read_card(self) -> str | None:
        """The dataset card (dataset/README.md) written earlier, or None."""
        try:
            return (self.path / DATASET_DIR / CARD).read_text(encoding="utf-8")
        except OSError:
            return None

    def read_accepted(self, prefer_parquet: bool = False) -> list[dict[str, Any]]:
        """The exported dataset's rows ([] when there is none); one-line error when damaged.
        Read from the save_to_disk folder, or from the Parquet file (when `prefer_parquet`)."""
        parquet = self.parquet_path() if prefer_parquet else None
        if parquet is not None:
            import pyarrow.parquet as pq

            try:
                return pq.read_table(parquet).to_pylist()
            except Exception as exc:  # a damaged file: name it in one line
                raise UserError(f"{parquet}: cannot read ({type(exc).__name__}: {exc})") from None
        dataset = self.open_accepted()
        return [] if dataset is None else dataset.to_list()

    def open_accepted(self) -> Any:
        """The exported `datasets.Dataset`, memory-mapped (rows are read when indexed), or None
        when there is none; one-line error when damaged."""
        if not (self.path / DATASET_DIR).is_dir():
            return None
        import datasets

        try:
            return datasets.load_from_disk(str(self.path / DATASET_DIR))
        except Exception as exc:  # a damaged dataset folder: name it, in one line
            raise UserError(f"{self.path / DATASET_DIR}: cannot load the dataset "
                            f"({type(exc).__name__}: {exc})") from None

    def lock_for_reading(self) -> FileLock | None:
        """Take the lock of a finished run that is to be read (None when it was never locked or
        cannot be: a copy, or a read-only folder). One-line error when a run holds it."""
        lock_path = self.path / LOCK
        if not lock_path.exists():
            return None
        lock = FileLock(str(lock_path), timeout=0)
        try:
            lock.acquire()
        except Timeout:
            raise UserError(f"{self.path} is in use by another consistentchat process; wait for "
                            "it to finish") from None
        except OSError:
            return None
        return lock

    def foreign_entries(self, own: set[str]) -> list[str]:
        """Names in the folder that are neither in `own` nor hidden."""
        if not self.path.is_dir():
            return []
        return sorted(p.name for p in self.path.iterdir()
                      if p.name not in own and not p.name.startswith("."))


def open_run_dir(out: str | Path) -> RunDirectory:
    """The run folder of `out`: a local folder, or the local mirror of a URL output."""
    if is_url(out):
        from .remote.mirror import MirroredRunDirectory

        return MirroredRunDirectory(str(out))
    return RunDirectory(Path(out))
