"""Inline validation in a worker process (`validation.inline_worker`): the same verdicts as in
this process, custom validators and the judge still here, and a script without a `__main__`
guard is not run again by the spawned worker."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from tests.helpers import ModelScript, job, read_jsonl

from consistentchat.generation.run import run
from consistentchat.store import DIALOGUES
from consistentchat.validators import (VALIDATORS, Dialogue, ValidationConfig, Validator,
                                       Verdict, build_chain)
from consistentchat.validators import embeddings
from consistentchat.validators.worker import ProcessValidators, offloadable, wanted

ROOT = Path(__file__).resolve().parents[1]
LABELLED = ROOT / "tests" / "data" / "labelled_dialogues.jsonl"


@VALIDATORS.register("counting_here")
class CountingHere(Validator):
    """A custom validator: registered in this process only, so it is never sent to the worker."""

    def check(self, d: Dialogue) -> Verdict:
        return self.ok(score=float(len(d.answers)))


def same(a: dict[str, Any], b: dict[str, Any]) -> None:
    """Identical decisions; scores equal up to float rounding (micro-batches may differ)."""
    assert a.keys() == b.keys()
    for name in a:
        x, y = a[name], b[name]
        assert (x["passed"], x["kind"], x["skipped"], x["reason"][:20]) == \
            (y["passed"], y["kind"], y["skipped"], y["reason"][:20]), name
        if x["score"] is not None:
            assert abs(x["score"] - y["score"]) < 1e-5, name


def test_worker_process_decides_as_the_chain_does() -> None:
    rows = [json.loads(line) for line in LABELLED.read_text().splitlines()][:24]
    chain = build_chain(ValidationConfig.model_validate({"judge": {"enabled": False}}))
    assert offloadable(chain) == [v.name for v in chain.validators if v.name != "dedup"]

    async def both() -> tuple[Any, Any]:
        pool = ProcessValidators.for_chain(chain)
        try:
            remote = await pool.decide(rows)
        finally:
            pool.close()
        return remote, await chain.run(rows, scopes=("dialogue",))

    remote, here = asyncio.run(both())
    assert remote is not None and len(remote) == len(here)
    assert any(not r.passed for r in here) and any(r.passed for r in here)
    for got, result in zip(remote, here):
        same({k: v.to_dict() for k, v in got.items()},
             {v.validator: v.to_dict() for v in result.verdicts})


def test_the_worker_process_only_when_asked_for() -> None:
    chain = build_chain(ValidationConfig.model_validate({"judge": {"enabled": False}}))
    assert chain.config is not None and chain.config.inline_worker == "thread"
    assert not wanted(chain)
    chain.config = chain.config.model_copy(update={"inline_worker": "process"})
    assert wanted(chain)
    if "embedder-here" not in embeddings.EMBEDDERS.names():
        embeddings.EMBEDDERS.add("embedder-here", lambda: None)
    chain.config = chain.config.model_copy(update={"embedding_model": "embedder-here"})
    assert offloadable(chain) == [] and not wanted(chain)  # registered in this process only


def test_a_run_with_the_worker_records_the_same_verdicts(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Process vs thread on the same plan; the judge-free chain plus a custom validator (which
    stays in this process) and the embedding validators."""
    sent: list[int] = []
    decide = ProcessValidators.decide

    async def counted(self: ProcessValidators, rows: list[dict[str, Any]]) -> Any:
        sent.append(len(rows))
        return await decide(self, rows)

    monkeypatch.setattr(ProcessValidators, "decide", counted)
    records = {}
    for mode in ("thread", "process"):
        config = job(tmp_path / mode, n=8, validation={
            "inline_worker": mode, "resample_on_reject": 0, "topic": {"enabled": True},
            "alignment": {"enabled": True},
            "custom": [{"name": "counting_here", "options": {}}]})
        run(config, backend=ModelScript().backend())
        rows = read_jsonl(tmp_path / mode / DIALOGUES)
        records[mode] = {r["id"]: r["validation"] for r in rows if r.get("validation")}
    assert sum(sent) == len(records["process"]), "the process run sent every dialogue"
    assert records["thread"].keys() == records["process"].keys() and records["thread"]
    for rid, a in records["thread"].items():
        b = records["process"][rid]
        assert a["passed"] == b["passed"] and a["digest"] == b["digest"]
        assert list(a["verdicts"]) == list(b["verdicts"])  # chain order kept
        assert "counting_here" in a["verdicts"]
        same(a["verdicts"], b["verdicts"])


def test_a_script_without_a_main_guard_is_not_run_again(tmp_path: Path) -> None:
    script = tmp_path / "unguarded.py"
    marker = tmp_path / "runs.txt"
    script.write_text(f"""
import asyncio, sys
sys.path.insert(0, {str(ROOT)!r})
with open({str(marker)!r}, "a") as f:
    f.write("ran\\n")
from consistentchat.validators import ValidationConfig, build_chain
from consistentchat.validators import embeddings
from consistentchat.validators.worker import ProcessValidators
chain = build_chain(ValidationConfig.model_validate({{"judge": {{"enabled": False}}}}))
pool = ProcessValidators(chain.config, {{}}, ["structure"])
got = asyncio.run(pool.decide([{{"messages": [{{"role": "user", "content": "Hi there, how?"}},
                                            {{"role": "assistant", "content": "Fine."}}]}}]))
pool.close()
print(sorted(got[0]))
""")
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr
    assert "['structure']" in out.stdout
    assert marker.read_text() == "ran\n"


def test_a_finished_run_run_again_starts_no_worker(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[int] = []
    init = ProcessValidators.__init__

    def counted(self: ProcessValidators, *args: Any) -> None:
        started.append(1)
        init(self, *args)

    monkeypatch.setattr(ProcessValidators, "__init__", counted)
    config = job(tmp_path / "out", n=3, validation={"inline_worker": "process",
                                                    "resample_on_reject": 0})
    run(config, backend=ModelScript().backend())
    assert started == [1]
    run(config, backend=ModelScript().backend())
    assert started == [1], "nothing left to generate: no worker"
