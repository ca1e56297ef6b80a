"""Hand-off files for trainers: LLaMA-Factory's `dataset_info.json`; TRL reads `messages`.

`RUN/dataset/dataset_info.json` belongs to `save_to_disk`, so LLaMA-Factory gets its own
folder: `RUN/llamafactory/` with `dataset_info.json` and the dialogues as ShareGPT JSONL (the
folder is self-contained: copy it anywhere, or pass it as `--dataset_dir`).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from .snapshot import RunSnapshot, load_snapshot
from .stats import messages_of

LLAMAFACTORY_DIR = "llamafactory"
DATASET_NAME = "consistentchat"
SHAREGPT_FILE = "consistentchat.sharegpt.jsonl"
_ROLES = {"user": "human", "assistant": "gpt", "system": "system"}


def llamafactory_entry(file_name: str = SHAREGPT_FILE) -> dict[str, Any]:
    """The LLaMA-Factory dataset_info entry for ShareGPT data with a `conversations` column."""
    return {"file_name": file_name, "formatting": "sharegpt",
            "columns": {"messages": "conversations"},
            "tags": {"role_tag": "from", "content_tag": "value", "user_tag": "human",
                     "assistant_tag": "gpt", "system_tag": "system"}}


def sharegpt_rows(snapshot: RunSnapshot) -> list[dict[str, Any]]:
    """Accepted dialogues as `{id, intent, conversations}` ShareGPT rows."""
    return [{"id": r.get("id"), "intent": r.get("intent"),
             "conversations": [{"from": _ROLES.get(m["role"], m["role"]), "value": m["content"]}
                               for m in messages_of(r)]} for r in snapshot.accepted]


def _json_line(row: dict[str, Any]) -> str:
    """One JSONL line; U+2028/U+2029 escaped so that no line splitter breaks the record."""
    text = json.dumps(row, ensure_ascii=False)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + "\n"


def write_llamafactory_snapshot(snapshot: RunSnapshot, folder: Path) -> Path:
    """Write `folder/dataset_info.json` and the ShareGPT JSONL it names; returns the info path."""
    folder.mkdir(parents=True, exist_ok=True)
    data = folder / SHAREGPT_FILE
    tmp = folder / f".{SHAREGPT_FILE}.tmp"
    with tmp.open("w", encoding="utf-8") as fh:
        for row in sharegpt_rows(snapshot):
            fh.write(_json_line(row))
    os.replace(tmp, data)
    info = folder / "dataset_info.json"
    tmp = folder / ".dataset_info.json.tmp"
    info_text = json.dumps({DATASET_NAME: llamafactory_entry()}, indent=2) + "\n"
    tmp.write_text(info_text, encoding="utf-8")
    os.replace(tmp, info)
    return info


def write_llamafactory_info(run_dir: Path | str) -> Path:
    """Write `RUN/llamafactory/dataset_info.json` (+ its JSONL) for a finished run."""
    return write_llamafactory_snapshot(load_snapshot(run_dir), Path(run_dir) / LLAMAFACTORY_DIR)


def sft_dataset(snapshot: RunSnapshot):  # type: ignore[no-untyped-def]
    """The accepted dialogues as a `datasets.Dataset` with one `messages` column (TRL's
    conversational format)."""
    import datasets

    return datasets.Dataset.from_list([{"messages": messages_of(r)} for r in snapshot.accepted])
