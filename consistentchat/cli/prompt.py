"""`consistentchat prompt render`: the exact request a planned dialogue gets."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from .app import command, prompt_app
from .generate import job_config_from_flags


@command(prompt_app, "render")
def prompt_render(
    config: Optional[Path] = typer.Option(None, "--config", "-c"),
    index: int = typer.Option(0, "--index", help="Plan index of the dialogue."),
    stage: str = typer.Option("skeleton", "--stage", help="skeleton | response"),
    intent: Optional[list[str]] = typer.Option(None, "--intent"),
    seed: Optional[int] = typer.Option(None, "--seed"),
    num_dialogues: Optional[int] = typer.Option(None, "--num-dialogues", "-n"),
    response_mode: Optional[str] = typer.Option(None, "--response-mode"),
    out: Optional[Path] = typer.Option(None, "--out", help="Run dir with accepted skeletons."),
    as_json: bool = typer.Option(False, "--json", help="Print the request as JSON."),
) -> None:
    """Print the exact prompt the dialogue at plan index --index gets.

    The response prompt needs that dialogue's skeleton: give the run directory with --out.
    """
    from ..generation.preview import render_request

    job = job_config_from_flags(config, intent=intent, seed=seed, out=out,
                                num_dialogues=num_dialogues, response_mode=response_mode)
    request = render_request(job, index, stage, out)
    if as_json:
        print(json.dumps(request.model_dump(), indent=2, ensure_ascii=False))
        return
    for message in request.messages:
        print(f"=== {message['role']} ===\n{message['content']}\n")
