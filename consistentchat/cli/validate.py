"""`consistentchat validate`: run the validator chain on an existing dataset."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any, Optional

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.table import Table

from ..config import BackendConfig, ValidationConfig, format_validation_error, read_yaml
from ..errors import UserError
from ..store import RunDirectory
from ..store.inputs import read_dataset
from .app import app, command


def load_validation_config(path: Path | None) -> ValidationConfig:
    """A YAML file whose `validation:` section (or whole content) is a ValidationConfig."""
    if path is None:
        return ValidationConfig()
    data = read_yaml(path) or {}
    if not isinstance(data, dict):
        raise UserError(f"{path}: top level must be a mapping of settings")
    nested = "validation" in data
    try:
        return ValidationConfig.model_validate((data["validation"] if nested else data) or {})
    except ValidationError as err:
        message = format_validation_error(err, str(path))
        if nested:
            message = message.replace(f"{path}: ", f"{path}: validation.", 1)
        raise UserError(message) from None


async def _run(config: ValidationConfig, records: list[dict[str, Any]],
               judge_override: BackendConfig | None) -> tuple[list[Any], dict[str, str]]:
    from ..validators import ValidationContext, build_chain, choose_judge

    judge = choose_judge(config.judge, override=judge_override)
    chain = build_chain(config, ValidationContext.for_intents(judge=judge))
    if not judge.owned or judge.backend is None:
        return await chain.run(records), chain.disabled
    async with judge.backend:
        return await chain.run(records), chain.disabled


@command(app, "validate")
def validate_command(
    input: Path = typer.Argument(..., help="JSONL file (records with `messages` or ShareGPT "
                                 "`conversations`), a run directory, or a save_to_disk folder."),
    report: Path = typer.Option(..., "--report", help="Where to write the JSON report."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write passing records as a Hugging "
                                       "Face dataset here, and the rest to rejects.jsonl."),
    config: Optional[Path] = typer.Option(None, "--config", help="YAML with a `validation:` "
                                          "section (or a bare ValidationConfig)."),
    judge_base_url: Optional[str] = typer.Option(None, "--judge-base-url",
                                                 help="OpenAI-compatible URL of a judge model."),
    judge_model: Optional[str] = typer.Option(None, "--judge-model", help="Judge model name."),
    judge_api_key: Optional[str] = typer.Option(None, "--judge-api-key", envvar="JUDGE_API_KEY",
                                                help="API key for the judge server."),
    explain: Optional[str] = typer.Option(None, "--explain", metavar="ID", help="Show every "
                                          "check of one dialogue: its figure, its settings and "
                                          "the verdict (how to tune thresholds)."),
) -> None:
    """Run the consistency validators on a dataset and write a report."""
    from ..validators.report import build_report

    settings = load_validation_config(config)
    records = read_dataset(input)
    override = (BackendConfig(name="openai", base_url=judge_base_url, model=judge_model,
                              api_key=judge_api_key) if judge_base_url or judge_model else None)
    if explain is not None and explain not in {r["id"] for r in records}:
        raise UserError(f"--explain {explain}: no record with that id in {input}")
    results, disabled = asyncio.run(_run(settings, records, override))
    data = build_report(results, disabled)
    data = {"input": str(input), **data}
    try:
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    except OSError as exc:
        raise UserError(f"{report}: cannot write report: {exc.strerror or exc}") from None
    if out is not None:
        RunDirectory(out).write_outcome(
            [rec for rec, res in zip(records, results) if res.passed],
            [res.to_reject_record(rec) for rec, res in zip(records, results) if not res.passed])
    _print_summary(data, report, out)
    if explain is not None:
        _print_explanation(next(r for r in results if r.id == explain), settings, disabled)


def _print_explanation(result: Any, settings: ValidationConfig, disabled: dict[str, str]) -> None:
    """One dialogue's checks: validator, verdict, figure, settings, reason."""
    table = Table(title=f"dialogue {result.id}: {'accepted' if result.passed else 'rejected'}")
    for column in ("validator", "verdict", "figure", "settings", "reason"):
        table.add_column(column, overflow="fold")
    for v in result.verdicts:
        section = getattr(settings, v.validator, None)
        knobs = ({k: val for k, val in section.model_dump().items() if k != "enabled"}
                 if hasattr(section, "model_dump") else {})
        verdict = "skipped" if v.skipped else ("pass" if v.passed else "FAIL")
        figure = "" if v.score is None else f"{v.score:.3g}"
        table.add_row(v.validator, verdict, figure,
                      ", ".join(f"{k}={val}" for k, val in knobs.items()), v.reason[:300])
    for name, why in disabled.items():
        table.add_row(name, "off", "", "", why)
    Console().print(table)


def _print_summary(data: dict[str, Any], report: Path, out: Path | None) -> None:
    totals = data["totals"]
    table = Table(title=f"{totals['checked']} checked, {totals['passed']} passed, "
                        f"{totals['rejected']} rejected")
    table.add_column("validator")
    table.add_column("rejected", justify="right")
    table.add_column("skipped", justify="right")
    names = sorted({*totals["rejected_by_validator"], *totals["skipped_by_validator"],
                    *data["skipped_validators"]})
    for name in names:
        skipped = totals["skipped_by_validator"].get(name)
        note = data["skipped_validators"].get(name, "") if not skipped else str(skipped)
        table.add_row(name, str(totals["rejected_by_validator"].get(name, 0)), note)
    console = Console()
    console.print(table)
    for name, note in data.get("notes", {}).items():
        console.print(f"note: {name}: {note}")
    console.print(f"report: {report}" + (f"; dataset and rejects.jsonl: {out}" if out else ""))
