"""Job configuration: pydantic models with unknown keys rejected, loaded from YAML."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import Field, ValidationError, field_validator, model_validator

from ..errors import UserError
from ..location import output_location
from .backend import BackendConfig, SamplingParams
from .common import IntRange, Strict, deep_merge, format_validation_error, read_yaml
from .executor import ExecutorConfig
from .validation import ValidationConfig


class TurnRange(IntRange):
    """Number of user turns in a dialogue."""

    min: int = Field(6, ge=1)
    max: int = Field(8, ge=1)


class GenerationConfig(Strict):
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


class ShardConfig(Strict):
    index: int = Field(0, ge=0)
    count: int = Field(1, ge=1)

    @model_validator(mode="after")
    def _in_range(self) -> "ShardConfig":
        if self.index >= self.count:
            raise ValueError(f"shard index {self.index} is outside 0..{self.count - 1}")
        return self


class JobConfig(Strict):
    """A whole generation job. Every field has a default: an empty config is a valid job."""

    num_dialogues: int = Field(16, ge=1)
    seed: int = 0
    intents: list[str] | None = Field(None, description="Intent ids to use; None = all loaded.")
    intents_dir: Path | None = Field(None, description="Folder of intent YAML files to load.")
    include_builtin_intents: bool = Field(True, description="Load the built-ins beside intents_dir.")
    prompts_dir: Path | None = Field(None, description="Folder of templates overriding the built-ins.")
    out: Path | str = Field(Path("output/run"), description="A folder, or a URL that fsspec "
                            "reaches (s3://bucket/prefix, gs://...): see the README.")
    backend: BackendConfig = Field(default_factory=BackendConfig)
    generation: GenerationConfig = Field(default_factory=GenerationConfig)
    shard: ShardConfig = Field(default_factory=ShardConfig)
    validation: ValidationConfig = Field(default_factory=ValidationConfig)
    executor: ExecutorConfig = Field(default_factory=ExecutorConfig)
    products: bool = Field(True, description="At the end of a run, write the dataset card "
                           "(dataset/README.md), plots/, viewer.html and llamafactory/.")

    @field_validator("out", mode="before")
    @classmethod
    def _location(cls, value: object) -> object:
        """A URL stays a string (a Path would lose its `//`); anything else is a Path."""
        return output_location(value) if isinstance(value, (str, Path)) else value


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
    merged = deep_merge(data, overrides or {})
    try:
        return JobConfig.model_validate(merged)
    except ValidationError as err:
        raise UserError(format_validation_error(err, source)) from None
