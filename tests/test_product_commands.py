"""The product commands, registered on a Typer app the way the main CLI registers commands,
and `finish_run_products` (the end of every `generate` run)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from consistentchat.product.commands import (
    card_command,
    finish_run_products,
    push_command,
    stats_command,
    view_command,
)
from tests.product_fixtures import build_run

app = typer.Typer()
# Registered with the main CLI's own error wrapper (one line + exit 2 for UserError).
try:  # the restructured CLI: consistentchat/cli/app.py
    from consistentchat.cli.app import command as _command  # type: ignore[import-not-found]

    def _register(name: str, func) -> None:  # type: ignore[no-untyped-def]
        _command(app, name)(func)
except ImportError:  # the single-module CLI
    from consistentchat.cli import guarded

    def _register(name: str, func) -> None:  # type: ignore[no-untyped-def]
        app.command(name)(guarded(func))

for _name, _func in (("card", card_command), ("stats", stats_command), ("view", view_command),
                     ("push", push_command)):
    _register(_name, _func)
runner = CliRunner()


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, [str(a) for a in args])


def test_finish_run_products_writes_plots_card_viewer(tmp_path: Path) -> None:
    run = build_run(tmp_path / "run")
    out = finish_run_products(run)
    assert out["card"] == run / "dataset" / "README.md"
    assert out["viewer"] == run / "viewer.html"
    assert out["llamafactory"] == run / "llamafactory" / "dataset_info.json"
    assert {k: v for k, v in out.items() if k.startswith("plot:")} == {
        f"plot:{n}": run / "plots" / f"{n}.png" for n in ("turns", "lengths", "yield", "judge")}
    assert all(path.is_file() for path in out.values())
    assert "![judge](../plots/judge.png)" in out["card"].read_text(encoding="utf-8")
    assert not list(run.rglob(".*.tmp")), "no temporary files left"


def test_stats_prints_the_table_and_writes_plots(tmp_path: Path) -> None:
    run = build_run(tmp_path / "run")
    result = invoke("stats", run, "--plots", tmp_path / "p")
    assert result.exit_code == 0, result.output
    tables: list[dict[str, list[str]]] = [{}]
    for line in result.output.splitlines():
        if line.startswith("└"):
            tables.append({})
        elif line.startswith("│"):
            cells = [c.strip() for c in line.strip("│").split("│")]
            tables[-1][cells[0]] = cells[1:]
    lengths, outcomes, rejections = tables[:3]
    assert lengths["all"] == ["6", "2.50", "15.8", "33.2"]
    assert lengths["travel"] == ["2", "2.50", "21.0", "42.8"]
    assert outcomes["all"] == ["10", "6", "3", "1", "60.0%"]
    assert outcomes["learning"] == ["6", "4", "1", "1", "66.7%"]
    assert rejections["structure"] == ["2", "1", "1"] and rejections["judge"] == ["1", "0", "1"]
    assert sorted(p.name for p in (tmp_path / "p").iterdir()) == [
        "judge.png", "lengths.png", "turns.png", "yield.png"]


def test_card_and_view_commands(tmp_path: Path) -> None:
    run = build_run(tmp_path / "run")
    result = invoke("card", run, "--license", "cc-by-4.0")
    assert result.exit_code == 0, result.output
    assert "license: cc-by-4.0" in (run / "dataset" / "README.md").read_text(encoding="utf-8")
    result = invoke("view", run)
    assert result.exit_code == 0 and (run / "viewer.html").is_file()
    result = invoke("view", run, "--out", tmp_path / "elsewhere" / "v.html")
    assert result.exit_code == 0 and (tmp_path / "elsewhere" / "v.html").stat().st_size > 10_000


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Run folders the bad-input tests read but never change."""
    base = tmp_path_factory.mktemp("bad-input")
    return {"missing": base / "missing", "run": build_run(base / "run"),
            "empty": build_run(base / "empty", accepted=[], planned=4)}


@pytest.mark.parametrize("args, message", [
    (["card", "{missing}"], "no such run folder"),
    (["stats", "{missing}"], "no such run folder"),
    (["view", "{missing}"], "no such run folder"),
    (["push", "{missing}", "alice/x"], "no such run folder"),
    (["card", "{run}", "--license", "two words"], "not a license identifier"),
    (["view", "{run}", "--out", "{run}"], "is a directory"),
    (["push", "{empty}", "alice/x", "--token", "hf_x"], "no accepted dialogues"),
])
def test_bad_input_is_one_line_and_exit_2(folders: dict[str, Path], args: list[str],
                                          message: str) -> None:
    result = invoke(*[a.format(**folders) for a in args])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0]


def test_stats_of_an_unfinished_run(tmp_path: Path) -> None:
    run = build_run(tmp_path / "run")
    (run / "summary.json").unlink()
    result = invoke("stats", run)
    assert result.exit_code == 2 and "has not finished" in result.output
    assert json.loads((run / "run.json").read_text())["seed"] == 7  # untouched
