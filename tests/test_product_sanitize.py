"""Secrets and local paths never reach a product."""

from __future__ import annotations

from pathlib import Path

import pytest

from consistentchat.product.sanitize import (
    is_secret_key,
    mask_secrets,
    redact,
    redact_record,
    scrub_paths,
)


@pytest.mark.parametrize("key, secret", [
    ("api_key", True), ("OPENAI_API_KEY", True), ("HF_TOKEN", True), ("token", True),
    ("access_token", True), ("Authorization", True), ("client_secret", True), ("password", True),
    ("key", True), ("max_tokens", False), ("completion_tokens", False), ("tokenizer", False),
    ("keys", False), ("sort_key", False), ("model", False),
])
def test_secret_keys(key: str, secret: bool) -> None:
    assert is_secret_key(key) is secret


def test_secret_values_are_masked() -> None:
    text = "use sk-abc123DEF456ghi and hf_AbCdEfGh12345678 or 'Bearer eyJhbGciOi.x-y_z' ok"
    assert mask_secrets(text) == "use [redacted] and [redacted] or '[redacted]' ok"
    assert mask_secrets("task-oriented sk-short") == "task-oriented sk-short"


def test_paths_become_relative_to_the_run_or_lose_their_folders() -> None:
    run = Path("/srv/my runs/run-1")
    assert scrub_paths("/srv/my runs/run-1", run) == "."
    assert scrub_paths("saved /srv/my runs/run-1/dataset/x.arrow", run) == "saved dataset/x.arrow"
    assert scrub_paths("at /root/.cache/consistentchat/models/Smol-135M", run) == "at Smol-135M"
    assert scrub_paths(r"C:\Users\bob\data\run.json and file:///home/bob/a/b.txt") == \
        "run.json and b.txt"
    assert scrub_paths("~/secret/notes.md") == "notes.md"
    kept = "km/h, and/or, http://host:8000/v1/chat, 3/4, /v1"
    assert scrub_paths(kept) == kept


def test_redact_walks_json_and_keeps_dialogue_text_paths() -> None:
    run = Path("/data/run")
    data = {"backend": {"name": "openai", "api_key": "x", "max_tokens": 5,
                        "base_url": "http://h:1/v1"},
            "out": "/data/run", "files": ["/data/run/dataset.parquet"], "n": 3}
    assert redact(data, run) == {"backend": {"name": "openai", "max_tokens": 5,
                                             "base_url": "http://h:1/v1"},
                                 "out": ".", "files": ["dataset.parquet"], "n": 3}
    record = {"messages": [{"role": "user", "content": "edit /etc/hosts with key sk-abcdefghijkl"}],
              "model": "/opt/models/llama", "token": "t"}
    assert redact_record(record, run) == {
        "messages": [{"role": "user", "content": "edit /etc/hosts with key [redacted]"}],
        "model": "llama"}
