"""`consistentchat intents list|show`: inspect the intent taxonomy."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from ..config import JobConfig
from .app import command, intents_app


@command(intents_app, "list")
def intents_list(
    intents_dir: Optional[Path] = typer.Option(None, "--intents-dir"),
) -> None:
    """List the intents: id, flows, scenarios, turn range."""
    from rich.table import Table

    from ..generation.run import resolve_intents

    table = Table("id", "name", "flows", "scenarios", "turns")
    for i in resolve_intents(JobConfig(intents_dir=intents_dir)):
        table.add_row(i.id, i.name, ", ".join(f.id for f in i.flows), str(len(i.scenarios)),
                      f"{i.turns.min}-{i.turns.max}")
    Console().print(table)


@command(intents_app, "show")
def intents_show(
    intent_id: str = typer.Argument(..., metavar="ID"),
    intents_dir: Optional[Path] = typer.Option(None, "--intents-dir"),
) -> None:
    """Show one intent in full (YAML)."""
    import yaml

    from ..generation.run import resolve_intents

    (intent,) = resolve_intents(JobConfig(intents_dir=intents_dir, intents=[intent_id]))
    print(yaml.safe_dump(intent.model_dump(mode="json"), sort_keys=False, allow_unicode=True))
