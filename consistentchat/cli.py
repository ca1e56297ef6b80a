"""The `consistentchat` command line (typer)."""

from __future__ import annotations

import contextlib
import json
import sys
import traceback
from pathlib import Path
from typing import Any, Iterator, Optional

import typer
from rich.console import Console

from .config import JobConfig, ShardConfig, load_job_config
from .errors import BackendFatalError, UserError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Build multi-turn chat datasets with the ConsistentChat method.")
intents_app = typer.Typer(no_args_is_help=True, help="Inspect the intent taxonomy.")
prompt_app = typer.Typer(no_args_is_help=True, help="Inspect prompts.")
app.add_typer(intents_app, name="intents")
app.add_typer(prompt_app, name="prompt")

_err = Console(stderr=True)
_state = {"debug": False}


@app.callback()
def _main(debug: bool = typer.Option(False, "--debug", help="Show tracebacks on errors.")) -> None:
    _state["debug"] = debug


@contextlib.contextmanager
def guard() -> Iterator[None]:
    """Turn expected errors into one line on stderr and a non-zero exit."""
    try:
        yield
    except UserError as exc:
        _fail(f"error: {exc}", 2)
    except BackendFatalError as exc:
        _fail(f"error: {exc}", 3)
    except KeyboardInterrupt:
        _fail("interrupted: finished dialogues are saved; run the same command again to resume", 130)


def _fail(message: str, code: int) -> None:
    if _state["debug"]:
        traceback.print_exc()
    _err.print(message, markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def _positive(name: str, value: Optional[int], minimum: int) -> None:
    if value is not None and value < minimum:
        raise UserError(f"{name} must be at least {minimum} (got {value})")


def job_config_from_flags(config: Optional[Path], **flags: Any) -> JobConfig:
    """The job config file (or defaults) with CLI flags applied on top."""
    over: dict[str, Any] = {}
    backend: dict[str, Any] = {}
    generation: dict[str, Any] = {}
    shard: dict[str, Any] = {}
    simple = {"out": "out", "num_dialogues": "num_dialogues", "seed": "seed",
              "intents_dir": "intents_dir", "prompts_dir": "prompts_dir"}
    for flag, key in simple.items():
        if flags.get(flag) is not None:
            over[key] = flags[flag]
    if flags.get("intent"):
        over["intents"] = list(flags["intent"])
    for flag, key in {"backend": "name", "model": "model", "base_url": "base_url",
                      "api_key": "api_key", "max_concurrency": "max_concurrency"}.items():
        if flags.get(flag) is not None:
            backend[key] = flags[flag]
    if flags.get("response_mode") is not None:
        generation["response_mode"] = flags["response_mode"]
    if flags.get("shard_index") is not None:
        shard["index"] = flags["shard_index"]
    if flags.get("num_shards") is not None:
        shard["count"] = flags["num_shards"]
    for key, part in (("backend", backend), ("generation", generation)):
        if part:
            over[key] = part
    if flags.get("base_url") and not flags.get("backend") and "name" not in backend:
        backend["name"] = "openai"  # a base URL only makes sense for a served model
    job = load_job_config(config, over)
    if shard:  # checked here so that the error names the flags, not the config
        merged = {**job.shard.model_dump(), **shard}
        if merged["index"] >= merged["count"]:
            raise UserError(f"--shard-index {merged['index']} is outside 0..{merged['count'] - 1} "
                            f"(--num-shards {merged['count']})")
        job = job.model_copy(update={"shard": ShardConfig(**merged)})
    return job


@app.command()
def generate(
    config: Optional[Path] = typer.Option(None, "--config", "-c", help="YAML job config."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Output directory."),
    num_dialogues: Optional[int] = typer.Option(None, "--num-dialogues", "-n"),
    intent: Optional[list[str]] = typer.Option(None, "--intent", help="Intent id (repeatable)."),
    backend: Optional[str] = typer.Option(None, "--backend", help="vllm | openai"),
    model: Optional[str] = typer.Option(None, "--model", help="Model path or served model name."),
    base_url: Optional[str] = typer.Option(None, "--base-url", help="OpenAI-compatible URL (/v1)."),
    api_key: Optional[str] = typer.Option(None, "--api-key", help="Default: $OPENAI_API_KEY."),
    response_mode: Optional[str] = typer.Option(None, "--response-mode", help="joint | turnwise"),
    seed: Optional[int] = typer.Option(None, "--seed"),
    shard_index: Optional[int] = typer.Option(None, "--shard-index"),
    num_shards: Optional[int] = typer.Option(None, "--num-shards"),
    max_concurrency: Optional[int] = typer.Option(None, "--max-concurrency"),
    intents_dir: Optional[Path] = typer.Option(None, "--intents-dir", help="Extra intents folder."),
    prompts_dir: Optional[Path] = typer.Option(None, "--prompts-dir", help="Template overrides."),
    force: bool = typer.Option(False, "--force", help="Resume even if the plan changed."),
    progress: bool = typer.Option(True, "--progress/--no-progress"),
) -> None:
    """Generate a dataset (or one shard of it). Re-running the same command resumes."""
    with guard():
        _positive("--num-dialogues", num_dialogues, 1)
        _positive("--num-shards", num_shards, 1)
        _positive("--max-concurrency", max_concurrency, 1)
        if shard_index is not None and shard_index < 0:
            raise UserError(f"--shard-index must be at least 0 (got {shard_index})")
        job = job_config_from_flags(
            config, out=out, num_dialogues=num_dialogues, intent=intent, backend=backend,
            model=model, base_url=base_url, api_key=api_key, response_mode=response_mode,
            seed=seed, shard_index=shard_index, num_shards=num_shards,
            max_concurrency=max_concurrency, intents_dir=intents_dir, prompts_dir=prompts_dir)
        from .runner import run

        result = run(job, progress=progress, force=force)
        _print_summary(result.summary)


def _print_summary(summary: dict[str, Any]) -> None:
    from rich.table import Table

    v = summary["validation"]
    table = Table(title="consistentchat run", show_header=False)
    rows = [
        ("model", summary["model"]),
        ("planned", summary["planned"]),
        ("generated", summary["generated"]),
        ("failed (model output unusable)", f"{summary['failed']} {summary['failed_by_stage'] or ''}"),
        ("rejected by validators", f"{v['rejected']} {v['rejected_by_validator'] or ''}"),
        ("accepted", summary["accepted"]),
        ("output tokens/s (this session)", summary["this_session"]["output_tokens_per_s"]),
    ]
    for key, value in rows:
        table.add_row(key, str(value))
    Console().print(table)
    print(f"dataset: {summary['out']}/dataset (and dataset.parquet); "
          f"rejects.jsonl and failures.jsonl hold the reasons")


@intents_app.command("list")
def intents_list(
    intents_dir: Optional[Path] = typer.Option(None, "--intents-dir"),
) -> None:
    """List the intents: id, flows, scenarios, turn range."""
    with guard():
        from rich.table import Table

        from .runner import resolve_intents

        table = Table("id", "name", "flows", "scenarios", "turns")
        for i in resolve_intents(JobConfig(intents_dir=intents_dir)):
            table.add_row(i.id, i.name, ", ".join(f.id for f in i.flows), str(len(i.scenarios)),
                          f"{i.turns.min}-{i.turns.max}")
        Console().print(table)


@intents_app.command("show")
def intents_show(
    intent_id: str = typer.Argument(..., metavar="ID"),
    intents_dir: Optional[Path] = typer.Option(None, "--intents-dir"),
) -> None:
    """Show one intent in full (YAML)."""
    with guard():
        import yaml

        from .runner import resolve_intents

        (intent,) = resolve_intents(JobConfig(intents_dir=intents_dir, intents=[intent_id]))
        print(yaml.safe_dump(intent.model_dump(mode="json"), sort_keys=False, allow_unicode=True))


@prompt_app.command("render")
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
    with guard():
        from .prompt_preview import render_request

        job = job_config_from_flags(config, intent=intent, seed=seed, out=out,
                                    num_dialogues=num_dialogues, response_mode=response_mode)
        request = render_request(job, index, stage, out)
        if as_json:
            print(json.dumps(request.model_dump(), indent=2, ensure_ascii=False))
            return
        for message in request.messages:
            print(f"=== {message['role']} ===\n{message['content']}\n")


def guarded(func: Any) -> Any:
    """Wrap a command function with `guard()` (one-line errors, exit codes)."""
    import functools

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with guard():
            return func(*args, **kwargs)

    return wrapper


_registered = False


def _register_optional() -> None:
    """Register the commands that live in their own modules (idempotent)."""
    global _registered
    if _registered:
        return
    from .merge import merge_command
    from .validate_cli import validate_command

    app.command("merge")(guarded(merge_command))
    app.command("validate")(guarded(validate_command))
    _registered = True


_register_optional()


def main() -> None:
    app()


if __name__ == "__main__":
    sys.exit(main())
