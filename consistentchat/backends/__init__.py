"""Backends, chosen by registry name: `vllm` (in-process engine), `openai` (any
OpenAI-compatible server) and `mock` (scripted replies, for tests)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..registry import Registry
from .base import Backend, ChatRequest, Completion, SamplingParams

if TYPE_CHECKING:
    from ..config.backend import BackendConfig

BACKENDS: Registry[Backend] = Registry("backend")


def make_backend(config: BackendConfig) -> Backend:
    """The backend a config section names (by registry name), built from that section."""
    return BACKENDS.get(config.name)(config=config)


def _register_builtins() -> None:
    # Imports are lazy inside each factory so that `import consistentchat` stays light
    # (vllm and openai are only imported when their backend is used).
    def vllm_factory(**kwargs: object) -> Backend:
        from .vllm_backend import VLLMBackend

        return VLLMBackend(**kwargs)  # type: ignore[arg-type]

    def openai_factory(**kwargs: object) -> Backend:
        from .openai_backend import OpenAIBackend

        return OpenAIBackend(**kwargs)  # type: ignore[arg-type]

    def mock_factory(**kwargs: object) -> Backend:
        from .mock import MockBackend

        return MockBackend(**kwargs)  # type: ignore[arg-type]

    BACKENDS.add("vllm", vllm_factory)
    BACKENDS.add("openai", openai_factory)
    BACKENDS.add("mock", mock_factory)


_register_builtins()

__all__ = ["BACKENDS", "make_backend", "Backend", "ChatRequest", "Completion", "SamplingParams"]
