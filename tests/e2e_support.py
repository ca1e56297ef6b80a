"""Shared settings for the end-to-end tests on the real vLLM engine and the embedded model."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

import httpx

from consistentchat.embedded import EMBEDDED_MODEL_NAME, embedded_model_dir

# Small budgets keep the CPU runs to a couple of minutes; the method is the same.
E2E_GENERATION: dict[str, Any] = {
    "max_attempts": 3,
    "skeleton_sampling": {"max_tokens": 700, "temperature": 0.7, "presence_penalty": 0.6,
                          "frequency_penalty": 0.3},
    "response_sampling": {"max_tokens": 1000, "temperature": 0.7, "presence_penalty": 0.4,
                          "frequency_penalty": 0.3},
}
E2E_ENGINE: dict[str, Any] = {"max_model_len": 3072}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def vllm_server(timeout: float = 300.0) -> Iterator[str]:
    """vLLM's OpenAI-compatible server with the embedded model on 127.0.0.1; yields base URL."""
    from consistentchat.backends.vllm_backend import cpu_defaults

    model_dir = embedded_model_dir()
    port = free_port()
    defaults = cpu_defaults()
    env = {**os.environ, "VLLM_LOGGING_LEVEL": "WARNING", "VLLM_NO_USAGE_STATS": "1"}
    env.setdefault("VLLM_CPU_OMP_THREADS_BIND", defaults["omp_bind"])
    cmd = [sys.executable, "-m", "vllm.entrypoints.openai.api_server", "--model", str(model_dir),
           "--served-model-name", EMBEDDED_MODEL_NAME, "--host", "127.0.0.1", "--port", str(port),
           "--dtype", defaults["dtype"], "--enforce-eager", "--gpu-memory-utilization", "0.3",
           "--max-model-len", str(E2E_ENGINE["max_model_len"])]
    log = Path(os.environ.get("TMPDIR", "/tmp")) / f"vllm-server-{port}.log"
    with log.open("w") as fh:
        proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT, env=env,
                                start_new_session=True)
    base_url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"vLLM server exited ({proc.returncode}); log: {log.read_text()[-3000:]}")
            try:
                if httpx.get(f"{base_url}/models", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"vLLM server not ready after {timeout}s; log: {log.read_text()[-3000:]}")
            time.sleep(1)
        yield base_url
    finally:
        import signal

        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait()
