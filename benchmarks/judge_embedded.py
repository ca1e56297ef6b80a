"""The LLM judge with a real model: start vLLM's OpenAI-compatible server with the embedded
model on 127.0.0.1, and score labelled sets with the judge on (`score_labelled.py`), reporting
contradiction recall and the judge's agreement with the labels.

    .venv/bin/python benchmarks/judge_embedded.py tests/data/heldout2/heldout2.jsonl [--json OUT]

The embedded model is a 135M model (the only one that ships through the package index): the
figure says what that model can judge, not what the judge prompt can do with a strong model.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from consistentchat.embedded import EMBEDDED_MODEL_NAME  # noqa: E402
from tests import e2e_support  # noqa: E402

import score_labelled  # noqa: E402


def main() -> None:
    e2e_support.E2E_ENGINE["max_model_len"] = 8192  # the judge reads whole dialogues
    with e2e_support.vllm_server(timeout=900) as base_url:
        sys.argv = [sys.argv[0], *sys.argv[1:], "--judge-base-url", base_url,
                    "--judge-model", EMBEDDED_MODEL_NAME]
        asyncio.run(score_labelled.main())


if __name__ == "__main__":
    main()
