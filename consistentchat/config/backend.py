"""Backend settings: which backend serves requests, and the sampling of one request."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .common import Strict


class SamplingParams(Strict):
    """Sampling settings for one request."""

    temperature: float = Field(0.8, ge=0.0, le=2.0)
    top_p: float = Field(0.95, gt=0.0, le=1.0)
    max_tokens: int = Field(1024, ge=1)
    presence_penalty: float = Field(0.0, ge=-2.0, le=2.0)
    frequency_penalty: float = Field(0.0, ge=-2.0, le=2.0)
    repetition_penalty: float | None = Field(
        None, gt=0.0, le=2.0, description="Multiplicative penalty on tokens already in the prompt "
        "or output (1.0 = none); milder on a small model's common tokens than the additive "
        "penalties. vLLM only (in-process, or its server); None = not sent.")
    seed: int | None = None


class VLLMEngineConfig(Strict):
    """Settings for vLLM's in-process engine (ignored by other backends)."""

    gpu_memory_utilization: float | None = Field(
        None, gt=0.0, le=1.0,
        description="Fraction of device memory for weights and KV cache. On CPU builds it is the "
        "fraction of host memory for the KV cache. Default: 0.9 on GPU, 0.3 on CPU.",
    )
    max_model_len: int = Field(4096, ge=256)
    enforce_eager: bool | None = Field(None, description="Default: True on CPU (faster start-up).")
    dtype: str = "auto"
    tensor_parallel_size: int = Field(1, ge=1)
    data_parallel_size: int = Field(
        1, ge=1, description="Model replicas behind the one engine, each on its own "
        "tensor_parallel_size GPUs of this node (vLLM balances requests across them); needs "
        "data_parallel_size x tensor_parallel_size GPUs.")
    max_num_seqs: int | None = Field(
        None, ge=1, description="Sequences the engine batches per step. Default: vLLM's (256).")
    extra_engine_args: dict[str, Any] = Field(default_factory=dict)


class BackendConfig(Strict):
    """Which backend serves requests, and how."""

    name: str = "vllm"
    model: str | None = Field(
        None, description="Model path or name. None = the embedded SmolLM2-135M-Instruct (vllm) "
        "or the server's first model (openai).",
    )
    base_url: str | None = Field(None, description="OpenAI-compatible base URL, e.g. http://host:8000/v1")
    api_key: str | None = None
    max_concurrency: int | None = Field(
        None, ge=1, description="Dialogues in flight (each has one request out at a time). "
        "Default: the backend's (vllm: twice the engine's batch, so it never waits for a "
        "dialogue between stages; openai: 64, the most requests sent to the server at once).",
    )
    timeout: float = Field(300.0, gt=0, description="Per-request timeout in seconds (openai).")
    max_retries: int = Field(6, ge=0, description="Retries per request on transient errors (openai).")
    vllm: VLLMEngineConfig = Field(default_factory=VLLMEngineConfig)
