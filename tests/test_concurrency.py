"""Scheduling: how many dialogues a run keeps in flight, and that none waits for another."""

from __future__ import annotations

import asyncio

import pytest

from consistentchat.backends.base import ChatRequest, Completion
from consistentchat.backends.mock import MockBackend
from consistentchat.config import BackendConfig
from consistentchat.generation.run import arun
from tests.helpers import ModelScript, job, plan_ids


class SlowBackend(MockBackend):
    """A scripted model whose requests take time; counts requests in flight."""

    def __init__(self, delay=lambda request: 0.02, default: int = 64) -> None:
        super().__init__(responder=ModelScript())
        self.delay = delay
        self.default = default
        self.in_flight = 0
        self.peak = 0
        self.finished: list[str] = []

    def default_concurrency(self) -> int:
        return self.default

    async def complete_one(self, request: ChatRequest) -> Completion:
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            await asyncio.sleep(self.delay(request))
            return await super().complete_one(request)
        finally:
            self.in_flight -= 1
            self.finished.append(request.request_id)


@pytest.mark.parametrize("cap", [1, 3, 5])
async def test_a_run_keeps_max_concurrency_dialogues_in_flight(tmp_path, cap):
    backend = SlowBackend()
    config = job(tmp_path / "out", n=12, backend={"max_concurrency": cap})
    result = await arun(config, backend=backend)
    assert result.summary["generated"] == 12
    assert backend.peak == cap
    assert result.summary["this_session"]["max_concurrency"] == cap


async def test_without_max_concurrency_the_backend_decides(tmp_path):
    backend = SlowBackend(default=3)
    config = job(tmp_path / "out", n=10, backend={"max_concurrency": None})
    result = await arun(config, backend=backend)
    assert backend.peak == 3
    assert result.summary["this_session"]["max_concurrency"] == 3


async def test_no_dialogue_waits_for_another(tmp_path):
    """One dialogue's skeleton is slow; the others' responses go out and finish meanwhile."""
    config = job(tmp_path / "out", n=4, backend={"max_concurrency": 4})
    slow_id = plan_ids(config)[0]

    def delay(request: ChatRequest) -> float:
        return 1.0 if request.request_id.startswith(slow_id) and "skeleton" in request.request_id \
            else 0.01

    backend = SlowBackend(delay=delay)
    await arun(config, backend=backend)
    slow_skeleton = next(i for i, r in enumerate(backend.finished)
                         if r.startswith(slow_id) and "skeleton" in r)
    others_done = [r for r in backend.finished[:slow_skeleton]
                   if not r.startswith(slow_id) and "response" in r]
    assert len(others_done) == 3, backend.finished


def test_openai_backend_caps_requests_at_the_default_when_unset():
    from consistentchat.backends.openai_backend import OpenAIBackend

    backend = OpenAIBackend(BackendConfig(name="openai", base_url="http://127.0.0.1:9/v1"))
    assert backend._semaphore._value == backend.default_concurrency() == 64


def test_vllm_engine_batch_is_configurable():
    pytest.importorskip("vllm")
    from consistentchat.backends.vllm_backend import VLLMBackend

    args = VLLMBackend(BackendConfig(model="/nonexistent-model-name",
                                     vllm={"max_num_seqs": 12})).engine_args()
    assert args.max_num_seqs == 12
    default = VLLMBackend(BackendConfig(model="/nonexistent-model-name")).engine_args()
    assert default.max_num_seqs is None  # vLLM's own default


def test_vllm_data_parallel_size_reaches_the_engine_args():
    pytest.importorskip("vllm")
    from consistentchat.backends.vllm_backend import VLLMBackend

    args = VLLMBackend(BackendConfig(model="/nonexistent-model-name",
                                     vllm={"data_parallel_size": 4,
                                           "tensor_parallel_size": 2})).engine_args()
    assert (args.data_parallel_size, args.tensor_parallel_size) == (4, 2)
    assert VLLMBackend(BackendConfig(model="/x")).engine_args().data_parallel_size == 1
    with pytest.raises(ValueError, match="data_parallel_size"):
        BackendConfig(vllm={"data_parallel_size": 0})
