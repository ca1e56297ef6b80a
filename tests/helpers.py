"""Shared helpers for the robustness tests: scripted models, run folders, id accounting, CLI."""

from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Iterable

import yaml

from consistentchat.backends.base import ChatRequest, Completion
from consistentchat.backends.mock import MockBackend
from consistentchat.config import JobConfig
from consistentchat.store import DATASET_DIR, DIALOGUES, FAILURES, REJECTS

# FaultServer is re-exported for the tests that import their helpers from here.
from tests.fault_server import FaultServer, SchemaFiller  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable

# Validators that need no model: fast enough for many runs per test (the embedding-based topic
# and alignment validators load a sentence encoder; the judge would send extra requests to the
# backend and so change the request counts the tests check).
FAST_VALIDATION: dict[str, Any] = {
    "judge": {"enabled": False}, "topic": {"enabled": False}, "alignment": {"enabled": False},
}
# The fault server's canned texts are alike by design; let them through the repetition check.
FAULT_SERVER_VALIDATION: dict[str, Any] = {**FAST_VALIDATION, "repetition": {"enabled": False},
                                           "dedup": {"enabled": False},
                                           "non_answer": {"enabled": False},
                                           "relevance": {"enabled": False}}

_WORDS = (
    "garden kettle lantern harbor meadow pepper violin ladder copper orchard river canvas pillow "
    "rocket saddle timber walnut biscuit compass pebble tunnel velvet anchor blanket cobalt "
    "falcon glacier hammock island juniper kayak lemon marble nutmeg otter parrot quilt raven "
    "sapphire thistle umbrella vinegar willow yarrow zephyr almond bamboo cactus dolphin ember "
    "fennel granite hazel indigo jasmine kiwi lilac mango nectar olive poplar quartz radish "
    "sparrow tulip urchin vanilla wheat yogurt badger cedar daisy eagle fig gecko heron iris "
    "jackal koala lynx maple newt oak panda quince robin salmon tiger unicorn viper walrus "
    "budget schedule recipe exercise savings mortgage engine battery printer laptop vacation "
    "museum lecture chapter thesis invoice contract garage balcony kitchen hallway ceiling"
).split()


def sentence(rng: random.Random, n_words: int) -> str:
    """A sentence of distinct random words: unlike any other, so no validator calls it a copy."""
    words = rng.sample(_WORDS, n_words)
    return " ".join(words).capitalize() + "."


class ModelScript:
    """A MockBackend responder that answers every request validly, with varied text.

    Every completion text it returns is kept in `outputs` (request id -> text) so tests can
    check that dataset turns came from the model. `override(request) -> reply | None` may
    replace the valid answer (a malformed one, an exception, ...).
    """

    def __init__(self, override: Callable[[ChatRequest], Any] | None = None) -> None:
        self.override = override
        self.outputs: dict[str, str] = {}

    def valid(self, request: ChatRequest) -> str:
        rng = random.Random(request.request_id)
        if request.json_schema is None:  # a turnwise answer: plain text
            return " ".join(sentence(rng, 9) for _ in range(2))
        gen = SchemaFiller(request.json_schema, [], 0)
        gen.text = lambda label: sentence(rng, 6 if label == "query" else 12)  # type: ignore
        return json.dumps(gen.make(request.json_schema))

    def __call__(self, request: ChatRequest) -> Any:
        reply = self.override(request) if self.override is not None else None
        if reply is None:
            reply = self.valid(request)
        if isinstance(reply, str):
            self.outputs[request.request_id] = reply
        elif isinstance(reply, Completion):
            self.outputs[request.request_id] = reply.text
        return reply

    def backend(self, model: str = "mock-model") -> MockBackend:
        return MockBackend(responder=self, model=model)


def job(out: Path, n: int = 6, **over: Any) -> JobConfig:
    """A small job on the mock backend with the fast validators."""
    data: dict[str, Any] = {"num_dialogues": n, "out": str(out), "seed": 0, "products": False,
                            "backend": {"name": "mock", "max_concurrency": 4},
                            "validation": FAST_VALIDATION}
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key] = {**data[key], **value}
        else:
            data[key] = value
    return JobConfig.model_validate(data)


def plan_ids(config: JobConfig) -> list[str]:
    from consistentchat.generation.run import prepare

    return [item.id for item in prepare(config).plan]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def dataset_rows(out: Path) -> list[dict[str, Any]]:
    import datasets

    return datasets.load_from_disk(str(out / DATASET_DIR)).to_list()


def accounted_ids(out: Path) -> Counter[str]:
    """How often each id appears across the dataset, rejects.jsonl and failures.jsonl."""
    ids: Counter[str] = Counter(r["id"] for r in dataset_rows(out))
    ids.update(r["id"] for r in read_jsonl(out / REJECTS))
    ids.update(r["id"] for r in read_jsonl(out / FAILURES))
    return ids


def assert_exactly_once(out: Path, planned: Iterable[str]) -> Counter[str]:
    """Every planned id exactly once across dataset, rejects and failures; nothing else."""
    planned = list(planned)
    ids = accounted_ids(out)
    twice = {i: c for i, c in ids.items() if c > 1}
    assert not twice, f"ids recorded more than once: {twice}"
    assert set(ids) == set(planned), (
        f"missing: {sorted(set(planned) - set(ids))}, unplanned: {sorted(set(ids) - set(planned))}")
    generated = [r["id"] for r in read_jsonl(out / DIALOGUES)]
    assert len(generated) == len(set(generated)), "a dialogue was generated twice"
    return ids


def tree_digest(folder: Path) -> dict[str, str]:
    """sha256 of every file under `folder` (relative path -> digest), plus the folder list."""
    out: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        rel = str(path.relative_to(folder))
        out[rel] = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "<dir>"
    return out


def write_yaml(path: Path, data: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, sort_keys=False) if not isinstance(data, str) else data)
    return path


def cli(*args: str, timeout: float = 120, cwd: Path | None = None,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m consistentchat ARGS` in a subprocess; returns the finished process."""
    full_env = {**os.environ, "PYTHONUNBUFFERED": "1", "COLUMNS": "200", **(env or {})}
    full_env.pop("OPENAI_BASE_URL", None)
    return subprocess.run([PYTHON, "-m", "consistentchat", *args], capture_output=True, text=True,
                          timeout=timeout, cwd=cwd, env=full_env)


def popen_cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None
              ) -> subprocess.Popen[str]:
    full_env = {**os.environ, "PYTHONUNBUFFERED": "1", "COLUMNS": "200", **(env or {})}
    full_env.pop("OPENAI_BASE_URL", None)
    return subprocess.Popen([PYTHON, "-c", _AS_FROM_A_TERMINAL, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=cwd, env=full_env)


# `python -m consistentchat`, with Ctrl-C handled as in a terminal even when the tests run as a
# background job (which starts every child with SIGINT ignored, so Python would not react to it).
_AS_FROM_A_TERMINAL = (
    "import runpy, signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
    "sys.argv[0] = 'consistentchat'; runpy.run_module('consistentchat', run_name='__main__')")


def error_lines(text: str) -> list[str]:
    """Non-empty lines of a command's error output."""
    return [line for line in text.splitlines() if line.strip()]


def line_count(path: Path) -> int:
    return len(path.read_bytes().splitlines()) if path.exists() else 0

