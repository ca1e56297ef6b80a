"""`consistentchat generate`: run a job (or one shard of it) from flags and a YAML config."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console

from ..config import JobConfig, ShardConfig, load_job_config
from ..errors import UserError
from .app import app, command
from .scheduler import scheduler_shard_index


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
    executor = {key: flags[flag] for flag, key in (("executor", "name"), ("replicas", "replicas"),
                                                   ("ray_address", "ray_address"))
                if flags.get(flag) is not None}
    if executor:
        over["executor"] = executor
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


@command(app)
def generate(
    config: Optional[Path] = typer.Option(None, "--config", "-c", help="YAML job config."),
    out: Optional[str] = typer.Option(None, "--out", "-o",
                                      help="Output folder, or URL (s3://bucket/prefix, ...)."),
    num_dialogues: Optional[int] = typer.Option(None, "--num-dialogues", "-n"),
    intent: Optional[list[str]] = typer.Option(None, "--intent", help="Intent id (repeatable)."),
    backend: Optional[str] = typer.Option(None, "--backend", help="vllm | openai"),
    model: Optional[str] = typer.Option(None, "--model", help="Model path or served model name."),
    base_url: Optional[str] = typer.Option(None, "--base-url", help="OpenAI-compatible URL (/v1)."),
    api_key: Optional[str] = typer.Option(None, "--api-key", help="Default: $OPENAI_API_KEY."),
    response_mode: Optional[str] = typer.Option(None, "--response-mode", help="joint | turnwise"),
    seed: Optional[int] = typer.Option(None, "--seed"),
    shard_index: Optional[int] = typer.Option(
        None, "--shard-index", help="Default with --num-shards: $SLURM_ARRAY_TASK_ID (minus "
        "$SLURM_ARRAY_TASK_MIN) or $JOB_COMPLETION_INDEX (Kubernetes Indexed Job)."),
    num_shards: Optional[int] = typer.Option(None, "--num-shards"),
    max_concurrency: Optional[int] = typer.Option(None, "--max-concurrency"),
    intents_dir: Optional[Path] = typer.Option(None, "--intents-dir", help="Extra intents folder."),
    prompts_dir: Optional[Path] = typer.Option(None, "--prompts-dir", help="Template overrides."),
    force: bool = typer.Option(False, "--force", help="Resume even if the plan changed."),
    progress: bool = typer.Option(True, "--progress/--no-progress"),
    push_to_hub: Optional[str] = typer.Option(None, "--push-to-hub", metavar="REPO_ID",
                                              help="Push the finished dataset to this Hub repo."),
    executor: Optional[str] = typer.Option(None, "--executor", help="local | ray"),
    replicas: Optional[int] = typer.Option(None, "--replicas",
                                           help="Ray replicas, each with its own backend."),
    ray_address: Optional[str] = typer.Option(None, "--ray-address",
                                              help="Ray cluster address (default: a local one)."),
) -> None:
    """Generate a dataset (or one shard of it). Re-running the same command resumes."""
    _positive("--num-dialogues", num_dialogues, 1)
    _positive("--num-shards", num_shards, 1)
    _positive("--max-concurrency", max_concurrency, 1)
    _positive("--replicas", replicas, 1)
    if shard_index is not None and shard_index < 0:
        raise UserError(f"--shard-index must be at least 0 (got {shard_index})")
    if num_shards is not None and shard_index is None:
        shard_index, source = scheduler_shard_index(num_shards)
        typer.echo(f"shard {shard_index} of {num_shards} (from {source})", err=True)
    job = job_config_from_flags(
        config, out=out, num_dialogues=num_dialogues, intent=intent, backend=backend,
        model=model, base_url=base_url, api_key=api_key, response_mode=response_mode,
        seed=seed, shard_index=shard_index, num_shards=num_shards,
        max_concurrency=max_concurrency, intents_dir=intents_dir, prompts_dir=prompts_dir,
        executor=executor, replicas=replicas, ray_address=ray_address)
    from ..generation.run import run

    result = run(job, progress=progress, force=force)
    _print_summary(result.summary)
    _print_products(result.products)
    if push_to_hub:
        from ..product.hub import push_run

        pushed = push_run(result.out, push_to_hub)
        print(f"pushed to the Hub: {pushed.commit_url}")


def _print_products(products: dict[str, Path]) -> None:
    if not products:
        return
    plots = sorted({str(p.parent) for k, p in products.items() if k.startswith("plot:")})
    print(f"dataset card: {products['card']}")
    print(f"viewer (open in a browser): {products['viewer']}")
    if plots:
        print(f"plots: {', '.join(plots)}/")


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
        ("yield (accepted / planned)", f"{summary['yield']['overall']:.0%}"),
        ("re-sampled after a rejection", summary["this_session"]["resampled"] or 0),
        ("output tokens/s (this session)", summary["this_session"]["output_tokens_per_s"]),
    ]
    for key, value in rows:
        table.add_row(key, str(value))
    Console().print(table)
    print(f"dataset: {summary['out']}/dataset (and dataset.parquet): {summary['accepted']} of "
          f"{summary['planned']} planned dialogues; rejects.jsonl and failures.jsonl hold the "
          "reasons")
    low = low_yield_note(summary)
    if low:
        print(low)


def low_yield_note(summary: dict[str, Any]) -> str:
    """What a run that kept under a third of its plan gave, and what to change ("" otherwise)."""
    planned, accepted = summary["planned"], summary["accepted"]
    if not planned or accepted >= planned / 3:
        return ""
    by = summary["validation"]["rejected_by_validator"]
    top = ", ".join(f"{name} {n}" for name, n in sorted(by.items(), key=lambda kv: -kv[1])[:3])
    failed = summary.get("failed") or 0
    lines = [f"Low yield: {accepted} of {planned} planned dialogues passed the validators"
             + (f" (most rejections: {top}; the reasons are in rejects.jsonl)" if top else "")
             + (f"; {failed} failed, the model's output unusable (failures.jsonl)" if failed else "")
             + "."]
    if "SmolLM2-135M" in str(summary.get("model")):
        lines.append("That is expected of the embedded 135M model: it is there so the tool runs "
                     "anywhere, not to write training data.")
    lines.append("To get a usable dataset, generate with a stronger model (--model /path/or/name "
                 "on a GPU, or --backend openai --base-url http://server/v1 --model NAME); "
                 "raising validation.resample_on_reject gives a weak model more tries. Loosening "
                 "the validators would only let bad dialogues through. See the README.")
    if summary.get("response_mode") == "joint":
        lines.append("A small model writes better replies one at a time than all in one JSON "
                     "object: try generation.response_mode: turnwise.")
    return "\n".join(lines)
