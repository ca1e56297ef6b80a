"""Bad input: a non-zero exit, one clear line (no traceback unless --debug), output untouched."""

from __future__ import annotations

import os
import shutil
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest
from typer.testing import CliRunner

from consistentchat import cli as cli_module
from consistentchat.config import JobConfig
from consistentchat.paths import resource_dir
from consistentchat.generation.run import run

from tests.helpers import (FAULT_SERVER_VALIDATION, FaultServer, cli, error_lines,
                           tree_digest, write_yaml)



@pytest.fixture(scope="module")
def server() -> Iterator[FaultServer]:
    with FaultServer(models=["test-model"]) as srv:
        yield srv


@pytest.fixture(scope="module")
def existing(server: FaultServer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A finished run (through the openai backend) that no bad command may change."""
    out = tmp_path_factory.mktemp("existing") / "run"
    run(JobConfig.model_validate({
        "num_dialogues": 3, "out": str(out),
        "backend": {"name": "openai", "base_url": server.base_url},
        "validation": FAULT_SERVER_VALIDATION,
    }))
    assert (out / "dataset").is_dir() and (out / "summary.json").exists()
    return out


@pytest.fixture
def untouched(existing: Path) -> Iterator[Path]:
    before = tree_digest(existing)
    yield existing
    assert tree_digest(existing) == before, "a refused command changed the existing output"


@dataclass
class Outcome:
    code: int
    stdout: str
    stderr: str

    @property
    def lines(self) -> list[str]:
        return error_lines(self.stderr)


def invoke(*args: str) -> Outcome:
    """`consistentchat ARGS` in this process (typer's CliRunner)."""
    result = CliRunner().invoke(cli_module.app, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"unhandled {type(result.exception).__name__}: {result.exception}")
    return Outcome(result.exit_code, result.stdout, result.stderr)


def check_one_line(outcome: Outcome, *needles: str, code: int = 2) -> str:
    """Exit `code`, exactly one line of error output naming `needles`, no traceback."""
    assert outcome.code == code, (outcome.code, outcome.stderr, outcome.stdout)
    assert len(outcome.lines) == 1, outcome.stderr
    line = outcome.lines[0]
    assert line.startswith("error: "), line
    assert "Traceback" not in outcome.stderr + outcome.stdout
    for needle in needles:
        assert needle in line, (needle, line)
    return line


def generate(out: Path, *args: str) -> Outcome:
    return invoke("generate", "--backend", "mock", "--out", str(out), "--no-progress", *args)


# ---------------------------------------------------------------- config files


CONFIGS: dict[str, tuple[str, tuple[str, ...]]] = {
    "malformed_yaml": ("num_dialogues: [1, 2\nseed: 0\n", ("malformed YAML", "line 2")),
    "not_a_mapping": ("- just\n- a list\n", ("top level must be a mapping",)),
    "unknown_key": ("num_dialogs: 4\n", ("num_dialogs: unknown key",)),
    "unknown_nested_key": ("backend:\n  concurrency: 4\n", ("backend.concurrency: unknown key",)),
    "wrong_type": ("num_dialogues: many\n", ("num_dialogues:", "integer")),
    "wrong_nested_type": ("generation:\n  max_attempts: [3]\n",
                          ("generation.max_attempts:", "integer")),
    "turns_min_over_max": ("generation:\n  turns: {min: 5, max: 3}\n",
                           ("generation.turns", "min (5) is greater than max (3)")),
    "turns_below_one": ("generation:\n  turns: {min: 0, max: 3}\n",
                        ("generation.turns.min", "greater than or equal to 1")),
    "num_dialogues_zero_in_file": ("num_dialogues: 0\n", ("num_dialogues",
                                                          "greater than or equal to 1")),
    "unknown_validation_key": ("validation:\n  structure: {min_turn: 2}\n",
                               ("validation.structure.min_turn: unknown key",)),
}


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_bad_config_file(name: str, untouched: Path, tmp_path: Path) -> None:
    text, needles = CONFIGS[name]
    path = write_yaml(tmp_path / "job.yaml", text)
    check_one_line(generate(untouched, "--config", str(path)), str(path), *needles)


def test_missing_config_file(untouched: Path, tmp_path: Path) -> None:
    path = tmp_path / "nope.yaml"
    check_one_line(generate(untouched, "--config", str(path)), str(path), "cannot read")


# ---------------------------------------------------------------- flags


FLAGS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "unknown_intent": (("--intent", "educational", "--intent", "time_travel"),
                       ("unknown intent id 'time_travel'", "known:", "educational")),
    "num_dialogues_zero": (("-n", "0"), ("--num-dialogues must be at least 1 (got 0)",)),
    "num_dialogues_negative": (("-n", "-3"), ("--num-dialogues must be at least 1 (got -3)",)),
    "shard_index_too_big": (("--shard-index", "2", "--num-shards", "2"),
                            ("--shard-index 2 is outside 0..1 (--num-shards 2)",)),
    "shard_index_negative": (("--shard-index", "-1", "--num-shards", "2"),
                             ("--shard-index must be at least 0 (got -1)",)),
    "shard_index_without_shards": (("--shard-index", "1"), ("--shard-index 1 is outside 0..0 (--num-shards 1)",)),
    "num_shards_zero": (("--num-shards", "0"), ("--num-shards must be at least 1 (got 0)",)),
    "response_mode": (("--response-mode", "sideways"), ("generation.response_mode",)),
    "unknown_backend": (("--backend", "telepathy"), ("telepathy",)),
    "missing_intents_dir": (("--intents-dir", "/nonexistent/intents"),
                            ("/nonexistent/intents", "does not exist")),
    "missing_prompts_dir": (("--prompts-dir", "/nonexistent/prompts"),
                            ("/nonexistent/prompts", "does not exist")),
}


@pytest.mark.parametrize("name", sorted(FLAGS))
def test_bad_flag(name: str, untouched: Path) -> None:
    args, needles = FLAGS[name]
    if name == "unknown_backend":
        args_full = ("generate", "--out", str(untouched), "--no-progress", *args)
        check_one_line(invoke(*args_full), *needles)
        return
    check_one_line(generate(untouched, *args), *needles)


# ---------------------------------------------------------------- intents and templates


def _intent_folder(tmp_path: Path, broken_name: str, broken_text: str) -> Path:
    folder = tmp_path / "intents"
    folder.mkdir()
    shutil.copy(resource_dir("intents") / "educational.yaml", folder / "a_good.yaml")
    (folder / broken_name).write_text(broken_text)
    return folder


BROKEN_INTENTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "malformed_yaml": ("id: broken\nname: [unclosed\n", ("malformed YAML",)),
    "missing_field": ("id: broken\nname: Broken\ndescription: no flows or scenarios\n",
                      ("flows", "Field required")),
    "bad_turn_range": (None, ("turns", "min (9) is greater than max (4)")),  # type: ignore[dict-item]
    "unknown_key": ("", ("colour: unknown key",)),  # a good intent with one unknown key
}


@pytest.mark.parametrize("name", sorted(BROKEN_INTENTS))
def test_intents_folder_with_a_broken_file(name: str, untouched: Path, tmp_path: Path) -> None:
    text, needles = BROKEN_INTENTS[name]
    if text is None:  # a good intent with an impossible turn range
        source = (resource_dir("intents") / "educational.yaml").read_text()
        text = "\n".join(line for line in source.splitlines() if not line.startswith("turns"))
        text = text.replace("id: educational", "id: broken_turns") + "\nturns: {min: 9, max: 4}\n"
        # a nested `turns:` block of the original would be left dangling; keep the test honest
        assert "turns: {min: 9, max: 4}" in text
    if name == "unknown_key":
        source = (resource_dir("intents") / "educational.yaml").read_text()
        text = source.replace("id: educational", "id: colourful") + "\ncolour: blue\n"
    folder = _intent_folder(tmp_path, "z_broken.yaml", text)
    line = check_one_line(generate(untouched, "--intents-dir", str(folder)),
                          str(folder / "z_broken.yaml"), *needles)
    assert "a_good.yaml" not in line


def test_template_with_a_missing_variable(untouched: Path, tmp_path: Path) -> None:
    folder = tmp_path / "prompts"
    folder.mkdir()
    source = (resource_dir("prompts") / "skeleton_user.j2").read_text()
    (folder / "skeleton_user.j2").write_text(source + "\nAlso mention {{ customer_name }}.\n")
    check_one_line(generate(untouched, "--prompts-dir", str(folder)),
                   "skeleton_user.j2", "customer_name", "undefined")


def test_template_with_a_syntax_error(untouched: Path, tmp_path: Path) -> None:
    folder = tmp_path / "prompts"
    folder.mkdir()
    (folder / "response_joint_user.j2").write_text("{% for q in skeleton.turns %}{{ q.query }}\n")
    check_one_line(generate(untouched, "--prompts-dir", str(folder)), "response_joint_user.j2")


# ---------------------------------------------------------------- the server


def _dead_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_unreachable_base_url(untouched: Path) -> None:
    url = f"http://127.0.0.1:{_dead_port()}/v1"
    outcome = invoke("generate", "--base-url", url, "--out", str(untouched), "--no-progress")
    check_one_line(outcome, "cannot reach", url, "--base-url", code=3)


def test_model_the_server_does_not_serve(untouched: Path, server: FaultServer,
                                         tmp_path: Path) -> None:
    args = ("generate", "--base-url", server.base_url, "--model", "no-such-model", "--no-progress")
    # Into the existing run: the server is asked first, so the answer names the real problem.
    check_one_line(invoke(*args, "--out", str(untouched)), "'no-such-model' is not served",
                   "test-model", code=3)
    # Into a new folder: nothing is left behind.
    check_one_line(invoke(*args, "--out", str(tmp_path / "new")),
                   "'no-such-model' is not served", code=3)
    assert not (tmp_path / "new").exists()


def test_openai_backend_without_a_url(untouched: Path) -> None:
    outcome = invoke("generate", "--backend", "openai", "--out", str(untouched), "--no-progress")
    check_one_line(outcome, "--base-url")


# ---------------------------------------------------------------- the output folder


def test_output_path_under_a_file(untouched: Path) -> None:
    target = untouched / "dataset.parquet" / "run"
    check_one_line(generate(untouched, "--out", str(target)), "dataset.parquet",
                   "not a directory")


def test_output_path_is_a_file(untouched: Path) -> None:
    check_one_line(generate(untouched, "--out", str(untouched / "summary.json")),
                   "summary.json", "not a directory")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_output_directory_not_writable(untouched: Path, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        check_one_line(generate(untouched, "--out", str(locked / "run")), str(locked),
                       "not writable")
    finally:
        locked.chmod(0o700)


@pytest.mark.skipif(not os.path.isdir("/proc/1"), reason="needs Linux procfs")
def test_output_directory_not_writable_even_for_root(untouched: Path) -> None:
    """procfs refuses new folders to every user, root included (CI runs as root)."""
    check_one_line(generate(untouched, "--out", "/proc/1/consistentchat-out"), "/proc/1",
                   "not writable")
    assert not os.path.exists("/proc/1/consistentchat-out")


# ---------------------------------------------------------------- --debug and real processes


def test_debug_shows_the_traceback(untouched: Path, tmp_path: Path) -> None:
    path = write_yaml(tmp_path / "job.yaml", "num_dialogs: 4\n")
    outcome = invoke("--debug", "generate", "--backend", "mock", "--config", str(path),
                     "--out", str(untouched))
    assert outcome.code == 2
    assert "Traceback" in outcome.stderr
    assert outcome.lines[-1] == f"error: {path}: num_dialogs: unknown key"


def test_real_process_prints_one_line(untouched: Path, tmp_path: Path) -> None:
    """The same contract from a real `python -m consistentchat` process (no stray logging)."""
    config = write_yaml(tmp_path / "bad.yaml", "seed: [0\n")
    proc = cli("generate", "--out", str(untouched), "--no-progress", "--config", str(config),
               cwd=tmp_path)
    check_one_line(Outcome(proc.returncode, proc.stdout, proc.stderr), "malformed YAML", str(config))
    assert proc.stdout.strip() == ""
