"""The package layout is not behaviour: a run's dataset columns and summary.json keys, and
what `import consistentchat` loads, are pinned here (golden file recorded before the move; since
then only additions: the `scores` column, yield, re-sampling and cache counters, and the
executor that ran the session, the response mode)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.helpers import ModelScript, dataset_rows, job

from consistentchat.generation.run import run

GOLDEN = Path(__file__).parent / "data" / "layout_contract.json"
HEAVY = ("numpy", "torch", "vllm", "datasets", "rapidfuzz", "datasketch", "sentence_transformers",
         "ray")


def _shape(summary: dict) -> dict:
    return {"summary": sorted(summary),
            "summary.validation": sorted(summary["validation"]),
            "summary.this_session": sorted(summary["this_session"])}


def test_dataset_columns_and_summary_keys_are_unchanged(tmp_path: Path) -> None:
    config = job(tmp_path / "run", n=6)
    result = run(config, backend=ModelScript().backend())
    rows = dataset_rows(result.out)
    assert rows, "the scripted model's dialogues should pass the fast validators"
    saved = json.loads((result.out / "summary.json").read_text())
    got = {"dataset_columns": list(rows[0]), **_shape(saved)}
    assert got == json.loads(GOLDEN.read_text())


def test_import_loads_no_heavy_module() -> None:
    code = ("import sys, consistentchat; "
            f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_a_backend_given_in_code_is_what_the_manifest_records(tmp_path: Path) -> None:
    """`run(config, backend=X)` records X's name and model, and X (not the config's default
    `vllm` section) decides whether the judge is on by default."""
    from consistentchat import JobConfig

    script = ModelScript()
    backend = script.backend(model="my-served-model")
    config = JobConfig(num_dialogues=2, out=tmp_path / "run",
                       validation={"topic": {"enabled": False}, "alignment": {"enabled": False}})
    assert config.backend.name == "vllm" and config.backend.model is None  # the embedded default
    result = run(config, backend=backend)
    manifest = json.loads((result.out / "run.json").read_text())
    assert (manifest["backend"], manifest["model"]) == ("mock", "my-served-model")
    judged = [r for r in backend.requests if r.schema_name == "judgement"]
    assert judged, "the judge is on by default for any model but the embedded one"


def test_only_the_embedded_default_counts_as_embedded(monkeypatch) -> None:
    from consistentchat.backends import vllm_backend
    from consistentchat.backends.mock import MockBackend
    from consistentchat.config import BackendConfig

    monkeypatch.setattr(vllm_backend, "resolve_model", lambda m: ("/nowhere", m or "embedded"))
    assert vllm_backend.VLLMBackend(BackendConfig()).is_embedded_default
    assert not vllm_backend.VLLMBackend(BackendConfig(model="Qwen/Qwen2.5-7B")).is_embedded_default
    assert not MockBackend().is_embedded_default
