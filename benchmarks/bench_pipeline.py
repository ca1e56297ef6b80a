"""Pipeline vs raw engine: output tokens per second, side by side on one vLLM engine.

1. Runs the full pipeline (plan -> skeletons -> responses -> records on disk) for N dialogues
   on the in-process engine, recording every request it sends.
2. On the same engine, sends exactly those requests (same prompts, sampling, JSON schemas)
   straight to `AsyncLLM.generate`, twice: with the same cap on requests in flight as the
   pipeline (`--max-concurrency`: what the engine can do at that setting, so the ratio measures
   the pipeline's own losses: stage dependencies, re-sampling, the tail, I/O), and all at once
   (the engine's best on that work, however many requests it is).
3. Prints the rates and the ratios (pipeline / raw). Target: >= 0.9.

Usage: python benchmarks/bench_pipeline.py [--dialogues 24] [--model PATH] [--rounds 1]
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
from consistentchat.runner import arun


class Recording(Backend):
    """Delegates to a started backend, records requests, and leaves it open on close."""

    name = "recording"

    def __init__(self, inner: VLLMBackend) -> None:
        self.inner = inner
        self.requests: list[ChatRequest] = []

    @property
    def model_name(self) -> str:
        return self.inner.model_name

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
    parser.add_argument("--model", default=None, help="Default: the embedded model.")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--max-concurrency", type=int, default=16)
    args = parser.parse_args()

    generation = {
        "skeleton_sampling": {"max_tokens": 700, "temperature": 0.7, "presence_penalty": 0.6,
                              "frequency_penalty": 0.3},
        "response_sampling": {"max_tokens": 1000, "temperature": 0.7, "presence_penalty": 0.4,
                              "frequency_penalty": 0.3},
    }
    backend = VLLMBackend(BackendConfig(model=args.model, vllm={"max_model_len": 3072}))
    await backend.start()
    try:
        warm = [ChatRequest(request_id=f"warm{i}", messages=[{"role": "user", "content": "Hello"}])
                for i in range(4)]
        await raw_engine(backend, warm, "warm")
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
                  f"max {args.max_concurrency} in flight")
            print(f"  pipeline            : {p_tokens} output tokens in {p_time:.1f}s = "
                  f"{p_rate:.1f} tok/s", flush=True)
            for label, cap in (("raw, same cap", args.max_concurrency), ("raw, all at once", None)):
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
