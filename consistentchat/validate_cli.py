"""`consistentchat validate`: run the validator chain on an existing dataset.

Register with `app.command("validate")(validate_command)`; bad input raises `UserError`.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any, Optional

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.table import Table

from .backends.base import Backend
from .errors import UserError
from .validators import ValidationConfig, build_chain, make_judge_backend
from .validators.io import build_report, read_dataset, write_outcome


def load_validation_config(path: Path | None) -> ValidationConfig:
    """A YAML file whose `validation:` section (or whole content) is a ValidationConfig."""
    from .config import format_validation_error, read_yaml

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


def _judge_backend(config: ValidationConfig, base_url: str | None, model: str | None,
                   api_key: str | None) -> Backend | None:
    if base_url or model:
        from .backends import make_backend
        from .config import BackendConfig

        if config.judge.enabled is None:
            config.judge.enabled = True
        return make_backend(BackendConfig(name="openai", base_url=base_url, model=model,
                                          api_key=api_key))
    if config.judge.enabled:
        backend = make_judge_backend(config.judge)
        if backend is None:
            raise UserError("validation.judge is enabled: pass --judge-base-url/--judge-model or "
                            "set validation.judge.backend in the config")
        return backend
    return None


async def _run(config: ValidationConfig, records: list[dict[str, Any]],
               judge: Backend | None) -> tuple[list[Any], dict[str, str]]:
    chain = build_chain(config, judge_backend=judge, embedded_model=False)
    if judge is None:
        return await chain.run(records), chain.disabled
    async with judge:
        return await chain.run(records), chain.disabled


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
) -> None:
    """Run the consistency validators on a dataset and write a report."""
    settings = load_validation_config(config)
    records = read_dataset(input)
    judge = _judge_backend(settings, judge_base_url, judge_model, judge_api_key)
    results, disabled = asyncio.run(_run(settings, records, judge))
    data = build_report(results, disabled)
    data = {"input": str(input), **data}
    try:
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    except OSError as exc:
        raise UserError(f"{report}: cannot write report: {exc.strerror or exc}") from None
    if out is not None:
        write_outcome(out, records, results)
    _print_summary(data, report, out)


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
