"""Pipeline vs raw engine: output tokens per second, side by side on one vLLM engine.

1. Runs the full pipeline (plan -> skeletons -> responses -> records on disk) for N dialogues
   on the in-process engine, recording every request it sends. Dialogues in flight: the
   product's default (twice the engine's batch) unless `--max-concurrency` is given.
2. On the same engine, sends exactly those requests (same prompts, sampling, JSON schemas)
   straight to `AsyncLLM.generate`, all at once: the engine's best on that work, with no stage
   dependencies. `--same-cap` adds a raw run capped at the pipeline's in-flight count.
3. Prints the rates and the ratio (pipeline / raw). Target: >= 0.9.

The engine batch (`--engine-batch`, vLLM's max_num_seqs) is the knob that makes a CPU run
look like a GPU one: a user generating thousands of dialogues keeps the engine's batch full,
and the ratio then measures what the pipeline loses to stage dependencies, re-sampling, the
tail and its own I/O. Use N of at least 4x the batch, or the tail dominates both runs.

Usage: python benchmarks/bench_pipeline.py [--dialogues 32] [--engine-batch 8] [--model PATH]
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import tempfile
import time
from pathlib import Path

from consistentchat.backends.base import Backend, ChatRequest, Completion
from consistentchat.backends.vllm_backend import VLLMBackend
from consistentchat.config import BackendConfig, JobConfig
from consistentchat.generation.run import arun


class Recording(Backend):
    """Delegates to a started backend, records requests, and leaves it open on close."""

    name = "recording"

    def __init__(self, inner: VLLMBackend) -> None:
        self.inner = inner
        self.requests: list[ChatRequest] = []

    @property
    def model_name(self) -> str:
        return self.inner.model_name

    def default_concurrency(self) -> int:
        return self.inner.default_concurrency()

    async def complete_one(self, request: ChatRequest) -> Completion:
        self.requests.append(request)
        return await self.inner.complete_one(request)


async def raw_engine(backend: VLLMBackend, requests: list[ChatRequest], tag: str,
                     inflight: int | None = None) -> tuple[int, float]:
    """The requests straight into the engine, at most `inflight` at a time (None: all at
    once); returns (output tokens, seconds)."""
    prompts = [({"prompt_token_ids": backend.prompt_token_ids(r)}, backend._sampling_params(r))
               for r in requests]
    gate = asyncio.Semaphore(inflight or len(prompts) or 1)

    async def one(i: int) -> int:
        final = None
        async with gate:
            async for out in backend._engine.generate(prompts[i][0], prompts[i][1], f"{tag}-{i}"):
                final = out
        return len(final.outputs[0].token_ids)

    start = time.perf_counter()
    tokens = await asyncio.gather(*(one(i) for i in range(len(prompts))))
    return sum(tokens), time.perf_counter() - start


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dialogues", type=int, default=32)
    parser.add_argument("--engine-batch", type=int, default=8,
                        help="vLLM max_num_seqs for both runs (0: vLLM's default).")
    parser.add_argument("--max-concurrency", type=int, default=None,
                        help="Dialogues in flight (default: the product's default).")
    parser.add_argument("--same-cap", action="store_true",
                        help="Also run raw with the pipeline's in-flight cap.")
    parser.add_argument("--model", default=None, help="Default: the embedded model.")
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()

    generation = {
        "skeleton_sampling": {"max_tokens": 700, "temperature": 0.7, "presence_penalty": 0.6,
                              "frequency_penalty": 0.3},
        "response_sampling": {"max_tokens": 1000, "temperature": 0.7, "presence_penalty": 0.4,
                              "frequency_penalty": 0.3},
    }
    engine = {"max_model_len": 3072, "max_num_seqs": args.engine_batch or None}
    backend = VLLMBackend(BackendConfig(model=args.model, vllm=engine))
    await backend.start()
    try:
        warm = [ChatRequest(request_id=f"warm{i}", messages=[{"role": "user", "content": "Hello"}])
                for i in range(4)]
        await raw_engine(backend, warm, "warm")
        inflight = args.max_concurrency or backend.default_concurrency()
        batch = backend._engine.vllm_config.scheduler_config.max_num_seqs
        for round_ in range(args.rounds):
            out = Path(tempfile.mkdtemp(prefix="bench-pipeline-"))
            recording = Recording(backend)
            config = JobConfig(num_dialogues=args.dialogues, seed=round_, out=out,
                               backend={"max_concurrency": args.max_concurrency},
                               generation=generation, validation={"enabled": False})
            result = await arun(config, backend=recording)
            session = result.summary["this_session"]
            p_tokens, p_time = session["completion_tokens"], session["elapsed_s"]
            p_rate = p_tokens / p_time
            print(f"round {round_}: {args.dialogues} dialogues, {len(recording.requests)} requests "
                  f"({result.summary['generated']} generated, {result.summary['failed']} failed), "
                  f"engine batch {batch}, {inflight} dialogues in flight")
            print(f"  pipeline            : {p_tokens} output tokens in {p_time:.1f}s = "
                  f"{p_rate:.1f} tok/s", flush=True)
            baselines = [("raw, all at once", None)]
            if args.same_cap:
                baselines.append(("raw, same cap", inflight))
            for label, cap in baselines:
                r_tokens, r_time = await raw_engine(backend, recording.requests,
                                                    f"raw{round_}-{cap}", cap)
                r_rate = r_tokens / r_time
                print(f"  {label:<20}: {r_tokens} output tokens in {r_time:.1f}s = {r_rate:.1f} "
                      f"tok/s -> ratio pipeline/raw = {p_rate / r_rate:.3f} (target >= 0.9)",
                      flush=True)
            shutil.rmtree(out, ignore_errors=True)
    finally:
        await backend.close()


if __name__ == "__main__":
    asyncio.run(main())
