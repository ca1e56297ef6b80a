"""Job configuration: pydantic models with unknown keys rejected, loaded from YAML."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .backends.base import SamplingParams
from .errors import UserError
from .ranges import IntRange
from .validators.config import ValidationConfig


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class VLLMEngineConfig(_Strict):
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
    max_num_seqs: int | None = Field(
        None, ge=1, description="Sequences the engine batches per step. Default: vLLM's (256).")
    extra_engine_args: dict[str, Any] = Field(default_factory=dict)


class BackendConfig(_Strict):
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


class TurnRange(IntRange):
    """Number of user turns in a dialogue."""

    min: int = Field(6, ge=1)
    max: int = Field(8, ge=1)


class GenerationConfig(_Strict):
    """How skeletons and responses are generated."""

    response_mode: Literal["joint", "turnwise"] = "joint"
    turns: TurnRange | None = Field(None, description="Override every intent's own turn range.")
    skeleton_sampling: SamplingParams = Field(
        default_factory=lambda: SamplingParams(temperature=0.7, top_p=0.95, max_tokens=1024,
                                               presence_penalty=0.6, frequency_penalty=0.3)
    )
    response_sampling: SamplingParams = Field(
        default_factory=lambda: SamplingParams(temperature=0.7, top_p=0.95, max_tokens=2048,
                                               presence_penalty=0.4, frequency_penalty=0.3)
    )
    max_attempts: int = Field(3, ge=1, description="Samples per stage before a recorded failure.")


class ShardConfig(_Strict):
    index: int = Field(0, ge=0)
    count: int = Field(1, ge=1)

    @model_validator(mode="after")
    def _in_range(self) -> "ShardConfig":
        if self.index >= self.count:
            raise ValueError(f"shard index {self.index} is outside 0..{self.count - 1}")
        return self


class JobConfig(_Strict):
    """A whole generation job. Every field has a default: an empty config is a valid job."""

    num_dialogues: int = Field(16, ge=1)
    seed: int = 0
    intents: list[str] | None = Field(None, description="Intent ids to use; None = all loaded.")
    intents_dir: Path | None = Field(None, description="Folder of intent YAML files to load.")
    include_builtin_intents: bool = Field(True, description="Load the built-ins beside intents_dir.")
    prompts_dir: Path | None = Field(None, description="Folder of templates overriding the built-ins.")
    out: Path = Path("output/run")
    backend: BackendConfig = Field(default_factory=BackendConfig)
    generation: GenerationConfig = Field(default_factory=GenerationConfig)
    shard: ShardConfig = Field(default_factory=ShardConfig)
    validation: ValidationConfig = Field(default_factory=ValidationConfig)


def format_validation_error(err: ValidationError, source: str) -> str:
    """One line naming the source, the field and the problem."""
    first = err.errors()[0]
    loc = ".".join(str(p) for p in first["loc"]) or "(top level)"
    msg = first["msg"].removeprefix("Value error, ")
    if first["type"] == "extra_forbidden":
        msg = "unknown key"
    more = f" (and {len(err.errors()) - 1} more)" if len(err.errors()) > 1 else ""
    return f"{source}: {loc}: {msg}{more}"


def read_yaml(path: Path) -> Any:
    """Parse a YAML file, with one-line errors for missing or malformed files."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise UserError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise UserError(f"{path}: malformed YAML{where}: {problem}") from None


def load_job_config(path: Path | None, overrides: dict[str, Any] | None = None) -> JobConfig:
    """Load a job config from YAML (or defaults when `path` is None) and apply overrides.

    `overrides` is a nested dict (e.g. from CLI flags) merged over the file's values.
    Relative paths in the file are resolved against the file's folder.
    """
    data: dict[str, Any] = {}
    source = "config"
    if path is not None:
        source = str(path)
        loaded = read_yaml(path)
        if loaded is None:
            loaded = {}
        if not isinstance(loaded, dict):
            raise UserError(f"{path}: top level must be a mapping of settings")
        data = loaded
        base = Path(path).parent
        for key in ("intents_dir", "prompts_dir"):
            if isinstance(data.get(key), str) and not Path(data[key]).is_absolute():
                data[key] = str(base / data[key])
    merged = _deep_merge(data, overrides or {})
    try:
        return JobConfig.model_validate(merged)
    except ValidationError as err:
        raise UserError(format_validation_error(err, source)) from None


def _deep_merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _deep_merge(out[key], value)
        else:
            out[key] = value
    return out
