"""The run loop: plan, resume, generate concurrently, validate, export.

Everything that can be checked before output is touched (config, intents, templates, output
directory, lock, manifest) is checked first, so bad input never damages an earlier run.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..backends import Backend, make_backend
from ..config import JobConfig
from ..errors import BackendFatalError, UserError
from ..plan import PlanItem, build_plan, shard_plan
from ..prompts import PromptLibrary
from ..records import DialogueRecord, FailureRecord, Skeleton, SkeletonTurn, Usage
from ..store import RunDirectory, manifest, open_run_dir, resume_differences
from ..taxonomy import Intent, builtin_intents, load_intents, merge_intents, select_intents
from ..tasks import skeleton as skeleton_task
from ..tasks.response import response_task, template_names
from .executors import Executor, make_executor
from .finish import export
from .progress import RunProgress


@dataclass
class RunResult:
    """What a finished run produced."""

    out: Path
    summary: dict[str, Any]
    products: dict[str, Path] = field(default_factory=dict)

    @property
    def dataset_path(self) -> Path:
        return self.out / "dataset"

    def dataset(self) -> Any:
        """The exported `datasets.Dataset`."""
        import datasets

        return datasets.load_from_disk(str(self.dataset_path))


@dataclass
class PreparedJob:
    """A job checked and planned, before any output is written."""

    config: JobConfig
    intents: list[Intent]
    prompts: PromptLibrary
    plan: list[PlanItem]
    full_plan_size: int
    manifest: dict[str, Any] = field(default_factory=dict)


def resolve_intents(config: JobConfig, extra: list[Intent] | None = None) -> list[Intent]:
    """Built-ins (unless excluded) + `intents_dir` + intents given in code, then the selection."""
    groups: list[list[Intent]] = []
    if config.include_builtin_intents:
        groups.append(builtin_intents())
    if config.intents_dir is not None:
        groups.append(load_intents(config.intents_dir))
    if extra:
        groups.append(list(extra))
    intents = merge_intents(*groups)
    if not intents:
        raise UserError("no intents: enable the built-ins or give intents_dir / intents")
    return select_intents(intents, config.intents)


def check_templates(prompts: PromptLibrary, config: JobConfig, intent: Intent, item: PlanItem) -> None:
    """Render every template the run uses once, so a missing variable fails before any work."""
    gen = config.generation
    skeleton_task.format_input(item, intent, prompts, gen.skeleton_sampling, 0)
    probe = Skeleton(turns=[SkeletonTurn(step=s, query="") for s in intent.flow(item.flow_id).step_names])
    response_task(gen.response_mode).first_request(item, intent, probe, prompts,
                                                   gen.response_sampling)


def prepare(config: JobConfig, extra_intents: list[Intent] | None = None) -> PreparedJob:
    """Load intents and templates, build the (sharded) plan, and check the templates render."""
    intents = resolve_intents(config, extra_intents)
    prompts = PromptLibrary(config.prompts_dir)
    full = build_plan(intents, config.num_dialogues, config.seed, config.generation.turns)
    plan = shard_plan(full, config.shard.index, config.shard.count)
    by_id = {i.id: i for i in intents}
    checked: set[str] = set()
    for item in plan:
        if item.intent_id not in checked:
            check_templates(prompts, config, by_id[item.intent_id], item)
            checked.add(item.intent_id)
    plan_manifest = manifest(
        seed=config.seed, shard=config.shard.model_dump(),
        intents={i.id: i.fingerprint() for i in intents},
        generation=config.generation.model_dump(mode="json"),
        templates={n: prompts.hash(n) for n in template_names(config.generation.response_mode)},
        backend=config.backend.name)
    return PreparedJob(config, intents, prompts, plan, len(full), plan_manifest)


def _check_manifest(run_dir: RunDirectory, manifest: dict[str, Any], force: bool) -> None:
    old = run_dir.read_manifest()
    if old is None or force:
        return
    diffs = resume_differences(old, manifest)
    if diffs:
        raise UserError(
            f"{run_dir.location} was made with a different plan: {diffs[0]}"
            + (f" (and {len(diffs) - 1} more)" if len(diffs) > 1 else "")
            + "; use another --out, or --force to resume anyway"
        )


async def arun(
    config: JobConfig, *, intents: list[Intent] | None = None, backend: Backend | None = None,
    progress: bool = False, force: bool = False,
) -> RunResult:
    """Run a job (async). `intents` adds intents built in code; `backend` overrides the config's."""
    job = prepare(config, intents)
    run_dir = open_run_dir(config.out)
    run_dir.check_writable()
    if backend is not None and config.executor.name != "local":
        raise UserError("a backend given in code runs only with the local executor; the "
                        f"{config.executor.name!r} executor builds its replicas' backends from "
                        "the config's backend section")
    backend = backend or make_backend(config.backend)
    # The manifest records the backend that really runs (it may be given in code).
    job.manifest["backend"] = backend.name
    known_model = backend.model_name if backend.model_known_before_start else None

    async def save_skeleton(item: PlanItem, skeleton: Skeleton, attempts: int, usage: Usage) -> None:
        run_dir.skeletons.append({"id": item.id, "skeleton": skeleton.model_dump()["turns"],
                                  "attempts": attempts, "usage": usage.model_dump()})

    executor = make_executor(config, intents=job.intents, prompts=job.prompts, backend=backend,
                             on_skeleton=save_skeleton)
    created = not run_dir.path.exists()
    try:
        with run_dir:
            return await _run_locked(job, run_dir, executor, known_model, progress, force)
    except BaseException:
        if created:  # nothing was generated: leave no half-made output directory behind
            run_dir.remove_if_unused()
        raise


async def _run_locked(job: PreparedJob, run_dir: RunDirectory, executor: Executor,
                      known_model: str | None, progress: bool, force: bool) -> RunResult:
    """The run proper, with the output directory locked."""
    if known_model is not None:
        _check_manifest(run_dir, {**job.manifest, "model": known_model}, force)
    async with executor:
        manifest = {**job.manifest, "model": executor.model_name}
        _check_manifest(run_dir, manifest, force)
        run_dir.write_manifest({**manifest, "num_dialogues": job.config.num_dialogues,
                                "created": time.strftime("%Y-%m-%dT%H:%M:%S"),
                                "validation": job.config.validation.model_dump(mode="json")})
        summary = await _generate_and_export(job, run_dir, executor, progress)
    run_dir.write_summary(summary)
    products: dict[str, Path] = {}
    if job.config.products:
        from ..product.commands import finish_run_products

        products = finish_run_products(
            run_dir.path, validation=job.config.validation.model_dump(mode="json"))
    run_dir.publish()
    return RunResult(out=run_dir.path, summary=summary, products=products)


def run(config: JobConfig, **kwargs: Any) -> RunResult:
    """Run a job to completion. See `arun` for the arguments."""
    return asyncio.run(arun(config, **kwargs))


async def _generate_and_export(
    job: PreparedJob, run_dir: RunDirectory, executor: Executor, show_progress: bool
) -> dict[str, Any]:
    config = job.config
    plan_order = [item.id for item in job.plan]
    planned = set(plan_order)
    state = run_dir.resume_state(planned)
    run_dir.repair_logs()
    resumed = {rid: (Skeleton(turns=r["skeleton"]), r["attempts"], Usage(**r["usage"]))
               for rid, r in state.skeletons.items()}
    todo = [item for item in job.plan if item.id not in state.done]
    started = time.monotonic()
    progress = RunProgress(total=len(job.plan), done_before=len(job.plan) - len(todo),
                           enabled=show_progress)
    items = iter(todo)
    resampled = Counter[str]()
    validated_inline = 0

    async with executor.export_chain() as chain:
        fatal: list[BackendFatalError] = []

        async def worker() -> None:
            nonlocal validated_inline
            for item in items:
                if fatal:
                    return  # the backend is gone: stop taking work, keep what is finished
                try:
                    result = await executor.produce(item, resumed.get(item.id))
                except BackendFatalError as exc:
                    fatal.append(exc)
                    return
                verdict = None
                if isinstance(result, DialogueRecord):
                    run_dir.dialogues.append(result.model_dump(mode="json", exclude_none=True))
                    validation = result.validation or {}
                    verdict = validation.get("passed")
                    validated_inline += bool(validation)
                    resampled.update(a["regenerate"] for a in validation.get(
                        "rejected_attempts", []))
                else:
                    run_dir.failures.append(result.model_dump(mode="json"))
                progress.record(isinstance(result, FailureRecord), result.usage.completion_tokens,
                                accepted=verdict)

        concurrency = executor.concurrency
        workers = min(concurrency, len(todo))
        with progress:
            # A fatal backend error stops the workers, but dialogues already generated are
            # still validated and recorded before it is raised.
            async with asyncio.TaskGroup() as group:
                for _ in range(workers):
                    group.create_task(worker())
            if fatal:
                raise fatal[0]
            elapsed = time.monotonic() - started
            all_failures = run_dir.compact_failures(run_dir.generated_ids(), planned)
            generated = sum(1 for _ in run_dir.iter_generated(planned))
            with progress.phase("validating and exporting", generated) as advance:
                intent_of = {item.id: item.intent_id for item in job.plan}
                validation = await export(run_dir, plan_order, chain, advance,
                                          group_of=intent_of.__getitem__)
    accepted_by_intent = validation.pop("accepted_by_group")
    by_stage: dict[str, int] = {}
    for f in all_failures:
        by_stage[f["stage"]] = by_stage.get(f["stage"], 0) + 1
    accepted = validation.pop("accepted")
    return {
        "out": run_dir.location,
        "model": executor.model_name,
        "response_mode": config.generation.response_mode,
        "planned": len(job.plan),
        "plan_size_unsharded": job.full_plan_size,
        "resumed_done": len(job.plan) - len(todo),
        "resumed_skeletons": len(resumed),
        "torn_bytes_discarded": state.torn_bytes,
        "generated": generated,
        "failed": len(all_failures),
        "failed_by_stage": by_stage,
        "accepted": accepted,
        "yield": yield_report(job.plan, accepted_by_intent),
        "validation": validation,
        "this_session": {
            "dialogues": progress.done,
            "executor": executor.describe(),
            "max_concurrency": concurrency,
            "completion_tokens": progress.completion_tokens,
            "elapsed_s": round(elapsed, 2),
            "output_tokens_per_s": round(progress.completion_tokens / elapsed, 1) if elapsed else 0.0,
            "resampled": dict(resampled),
            "validated_inline": validated_inline,
        },
    }


def yield_report(plan: list[PlanItem], accepted_by_intent: dict[str, int]) -> dict[str, Any]:
    """Accepted / planned, overall and per intent."""
    planned = Counter(item.intent_id for item in plan)
    accepted = sum(accepted_by_intent.values())
    return {"overall": round(accepted / len(plan), 4) if plan else 0.0,
            "by_intent": {k: {"accepted": accepted_by_intent.get(k, 0), "planned": n,
                              "yield": round(accepted_by_intent.get(k, 0) / n, 4)}
                          for k, n in sorted(planned.items())}}
