"""Configuration: pure pydantic models (job, backend, generation, validation), loaded from YAML.

Nothing here imports a runtime module, so a config can be built, checked and fingerprinted
without loading an engine, a dataset library or an embedding model.
"""

from .backend import BackendConfig, SamplingParams, VLLMEngineConfig
from .common import IntRange, Strict, format_validation_error, read_yaml
from .executor import ExecutorConfig
from .job import GenerationConfig, JobConfig, ShardConfig, TurnRange, load_job_config
from .validation import (AlignmentConfig, ConsistencyConfig, CustomValidatorConfig, DedupConfig,
                         FlowConfig, JudgeConfig, LeakageConfig, NonAnswerConfig,
                         PlaceholderConfig, RelevanceConfig, RepetitionConfig, StructureConfig,
                         TopicConfig, ValidationConfig, WordRange)

__all__ = [
    "AlignmentConfig", "BackendConfig", "ConsistencyConfig", "CustomValidatorConfig",
    "DedupConfig", "ExecutorConfig",
    "FlowConfig",
    "GenerationConfig", "IntRange", "JobConfig", "JudgeConfig", "LeakageConfig",
    "NonAnswerConfig", "PlaceholderConfig", "RelevanceConfig",
    "RepetitionConfig", "SamplingParams", "ShardConfig", "Strict", "StructureConfig",
    "TopicConfig", "TurnRange", "VLLMEngineConfig", "ValidationConfig", "WordRange",
    "format_validation_error", "load_job_config", "read_yaml",
]
