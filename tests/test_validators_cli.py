"""`consistentchat validate` end to end on small datasets: report, --out, inputs, bad input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import datasets
import pytest
import yaml
from typer.testing import CliRunner

from consistentchat.backends import BACKENDS
from consistentchat.backends.mock import MockBackend
from consistentchat.records import to_sharegpt
from consistentchat import cli as cli_module

LABELLED = Path(__file__).parent / "data" / "labelled_dialogues.jsonl"
ROWS = {r["id"]: r for r in map(json.loads, LABELLED.read_text().splitlines())}
FAST = {"validation": {"topic": {"enabled": False}, "alignment": {"enabled": False}}}


app = cli_module.app


def invoke(*args: str | Path) -> Any:
    return CliRunner().invoke(app, ["validate", *map(str, args)])


def write_jsonl(path: Path, rows: list[Any]) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows))
    return path


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """Our format with an id, the released ShareGPT format without ids, one blank line."""
    ours = ROWS["good-13"]
    return write_jsonl(tmp_path / "mixed.jsonl", [
        ours,
        {"conversations": to_sharegpt(ROWS["leakage-01"]["messages"]), "source": "foreign"},
        "",
        {"conversations": to_sharegpt(ROWS["good-05"]["messages"]), "source": "foreign"},
    ])


def test_validate_end_to_end_with_report_and_out(mixed: Path, tmp_path: Path) -> None:
    report, out = tmp_path / "report.json", tmp_path / "out"
    result = invoke(mixed, "--report", report, "--out", out)
    assert result.exit_code == 0, result.output
    assert "3 checked, 2 passed, 1 rejected" in result.output
    data = json.loads(report.read_text())
    assert data["totals"] == {"checked": 3, "passed": 2, "rejected": 1,
                              "rejected_by_validator": {"leakage": 1},
                              "skipped_by_validator": {"flow": 2}}
    assert set(data["records"]) == {"good-13", "2", "4"}  # ids: given, else the line number
    assert data["records"]["good-13"]["passed"] and data["records"]["good-13"]["failed"] == []
    [failure] = data["records"]["2"]["failed"]
    assert failure["validator"] == "leakage" and "'Response 1:'" in failure["reason"]
    assert data["skipped_validators"] == {
        "judge": "no judge backend configured",
        "flow": "skipped: record has no skeleton (2 of 3 records)"}
    assert "2 records have no scenario" in data["notes"]["topic"]

    kept = datasets.load_from_disk(str(out / "dataset"))
    assert kept["id"] == ["good-13", "4"] and kept[1]["source"] == "foreign"
    assert kept[1]["messages"][0]["role"] == "user"
    assert (out / "dataset.parquet").is_file()
    [reject] = [json.loads(line) for line in (out / "rejects.jsonl").read_text().splitlines()]
    assert reject["id"] == "2" and reject["rejected_by"] == ["leakage"]
    assert reject["reasons"][0].startswith("leakage: message 2 (assistant): numbered label")


def test_validate_reads_run_directories_and_saved_datasets(tmp_path: Path) -> None:
    run = tmp_path / "run"
    run.mkdir()
    write_jsonl(run / "dialogues.jsonl", [ROWS["good-01"], ROWS["repetition-03"], ROWS["flow-01"]])
    config = tmp_path / "job.yaml"
    config.write_text(yaml.safe_dump({"num_dialogues": 3, **FAST}))
    result = invoke(run, "--report", tmp_path / "r1.json", "--out", tmp_path / "o1",
                    "--config", config)
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "r1.json").read_text())
    assert data["totals"]["rejected_by_validator"] == {"flow": 1, "repetition": 1}
    assert data["skipped_validators"]["topic"] == "disabled in the config"
    # A save_to_disk folder (here the one just written) is accepted too.
    result = invoke(tmp_path / "o1" / "dataset", "--report", tmp_path / "r2.json",
                    "--config", config)
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "r2.json").read_text())
    assert list(data["records"]) == ["good-01"]
    assert data["records"]["good-01"]["passed"] and data["records"]["good-01"]["failed"] == []


def test_validate_with_judge_flags(mixed: Path, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[MockBackend] = []

    def fake_openai(config: Any) -> MockBackend:
        assert config.base_url == "http://judge:8000/v1" and config.model == "judge-7b"
        made.append(MockBackend(responder=lambda r: '{"reasoning": "Turn 4 drifts.", "score": 5}'))
        return made[-1]

    monkeypatch.setattr(BACKENDS, "_factories", {**BACKENDS._factories, "openai": fake_openai})
    result = invoke(mixed, "--report", tmp_path / "r.json", "--judge-base-url",
                    "http://judge:8000/v1", "--judge-model", "judge-7b")
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "r.json").read_text())
    assert len(made[0].requests) == 2  # only the two dialogues that passed everything else
    assert data["totals"]["rejected_by_validator"] == {"judge": 2, "leakage": 1}
    assert data["records"]["4"]["failed"][0]["reason"] == "score 5/10: Turn 4 drifts. (threshold 6)"
    assert data["records"]["4"]["scores"]["judge"] == 5


@pytest.mark.parametrize("content, message", [
    (None, "no such file or directory"),
    ('{"id": "a", "messages": []}\n{"id": "b", "messages": [', "line 2 is not valid JSON"),
    ('{"id": "a", "text": "hello"}', "line 1 has neither 'messages' nor 'conversations'"),
    ('{"conversations": [{"from": "human"}]}', "line 1: 'conversations' must be a list of"),
    ('["not", "an", "object"]', "line 1 is not a JSON object"),
    ("\n\n", "no records"),
])
def test_validate_bad_input_is_one_line_and_exit_2(tmp_path: Path, content: str | None,
                                                   message: str) -> None:
    path = tmp_path / "in.jsonl"
    if content is not None:
        path.write_text(content)
    result = invoke(path, "--report", tmp_path / "r.json")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr, result.stderr
    assert not (tmp_path / "r.json").exists()


def test_validate_bad_config_and_folder(tmp_path: Path, mixed: Path) -> None:
    config = tmp_path / "bad.yaml"
    config.write_text(yaml.safe_dump({"validation": {"structur": {}}}))
    result = invoke(mixed, "--report", tmp_path / "r.json", "--config", config)
    assert result.exit_code == 2 and "validation.structur: unknown key" in result.stderr
    config.write_text(yaml.safe_dump({"judge": {"enabled": True}}))  # a bare ValidationConfig
    result = invoke(mixed, "--report", tmp_path / "r.json", "--config", config)
    assert result.exit_code == 2 and "pass --judge-base-url" in result.stderr
    result = invoke(tmp_path, "--report", tmp_path / "r.json")
    assert result.exit_code == 2 and "not a run directory" in result.stderr


def test_explain_shows_every_check_of_one_dialogue(tmp_path: Path) -> None:
    data = tmp_path / "in.jsonl"
    data.write_text("".join(json.dumps({"id": r, "messages": ROWS[r]["messages"]}) + "\n"
                            for r in ("good-01", "leakage-01")))
    result = invoke(data, "--report", tmp_path / "r.json", "--explain", "leakage-01", "--config",
                    _fast_config(tmp_path))
    assert result.exit_code == 0, result.output
    out = " ".join(result.output.split())
    assert "dialogue leakage-01: rejected" in out
    assert "leakage" in out and "FAIL" in out and "structure" in out and "pass" in out
    assert "min_user_turns=2" in out  # the settings a user would tune
    missing = invoke(data, "--report", tmp_path / "r.json", "--explain", "nope")
    assert missing.exit_code == 2 and "--explain nope: no record with that id" in missing.output


def _fast_config(tmp_path: Path) -> Path:
    path = tmp_path / "v.yaml"
    path.write_text(yaml.safe_dump(FAST))
    return path
