"""Semantic search over sentence vectors, in two stages so it stays fast on large stores.

All article vectors sit in memory. A query is scored against every article, the best articles'
sentence vectors are read (one blob per article) and the sentences ranked. On a small store the
first stage keeps every article, which is exact search.

Scoring 100,000 articles at 512 dimensions reads 200 MB per query (about 20 ms, memory bound), so
large stores score a 128-dimensional projection first (the principal directions of a sample of
the article vectors, 51 MB) and re-score the best few hundred candidates with the full vectors.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass

import numpy as np

from duiding.search.index import DIM, ensure_schema, generation

FIRST_STAGE = 60  # articles whose sentences are scored (their vectors are read from disk per query)
REDUCE_ABOVE = 20_000  # articles from which the first stage scores a projection
REDUCED_DIM = 128
REFINE = 5  # projected candidates per article kept, re-scored with the full vectors
PCA_SAMPLE = 5000


_CONTROLLER = None


def one_thread():  # type: ignore[no-untyped-def]
    """BLAS limited to one thread: a matrix-vector product per query gains nothing from threads, and
    on a busy machine their hand-offs made it many times slower (0.2 ms -> 20 ms measured)."""
    global _CONTROLLER
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover - slower, still correct
        from contextlib import nullcontext

        return nullcontext()
    if _CONTROLLER is None:
        _CONTROLLER = ThreadpoolController()
    return _CONTROLLER.limit(limits=1, user_api="blas")


@dataclass
class ArticleMatrix:
    """Article vectors and the metadata the filters need, aligned by row."""

    generation: int
    ids: np.ndarray  # object array of article ids
    row_of: dict[str, int]
    dates: np.ndarray  # '<U10' article dates ('' when unknown)
    sources: np.ndarray  # lowercased sources (str array)
    first_ids: np.ndarray  # int64 first sentence id per article
    vecs: np.ndarray  # (n, DIM) rows L2-normalised: float32, or float16 when a projection is used
    basis: np.ndarray | None = None  # (DIM, REDUCED_DIM) projection for large stores
    reduced: np.ndarray | None = None  # float32 (n, REDUCED_DIM)

    def top(self, q: np.ndarray, mask: np.ndarray, k: int) -> np.ndarray:
        """Rows of the ``k`` articles most similar to ``q`` among those in ``mask``, best first."""
        q = q.astype(np.float32)
        with one_thread():
            scores = self.vecs @ q if self.reduced is None else self.reduced @ (q @ self.basis)
        scores = np.where(mask, scores, -np.inf)
        allowed = int(mask.sum())
        wide = min(allowed, k if self.reduced is None else k * REFINE)
        if wide <= 0:
            return np.zeros(0, dtype=np.int64)
        cand = np.argpartition(-scores, wide - 1)[:wide]
        if self.reduced is not None:
            scores = np.full(len(scores), -np.inf, dtype=np.float32)
            scores[cand] = self.vecs[cand].astype(np.float32) @ q
        cand = cand[np.argsort(-scores[cand], kind="stable")]
        return cand[:k]


def principal_basis(vecs: np.ndarray, dim: int = REDUCED_DIM, seed: int = 0) -> np.ndarray:
    """The ``dim`` directions along which (a sample of) the vectors vary most, as columns."""
    rng = np.random.default_rng(seed)
    sample = vecs[rng.choice(len(vecs), size=min(PCA_SAMPLE, len(vecs)), replace=False)].astype(np.float32)
    _, _, vt = np.linalg.svd(sample, full_matrices=False)
    return np.ascontiguousarray(vt[:dim].T)


_CACHE: dict[str, ArticleMatrix] = {}
_LOCK = threading.Lock()


def article_matrix(conn: sqlite3.Connection, key: str) -> ArticleMatrix:
    """The cached matrix for a store, reloaded when the index changed since."""
    ensure_schema(conn)
    gen = generation(conn)
    with _LOCK:
        cached = _CACHE.get(key)
        if cached is not None and cached.generation == gen:
            return cached
        rows = conn.execute(
            "SELECT s.article_id, s.vec, s.first_id, a.date, a.source FROM search_articles s"
            " JOIN articles a ON a.id = s.article_id WHERE s.vec IS NOT NULL ORDER BY s.rowid"
        ).fetchall()
        vecs = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float16).reshape(len(rows), DIM) if rows \
            else np.zeros((0, DIM), np.float16)
        basis = reduced = None
        if len(rows) > REDUCE_ABOVE:
            basis = principal_basis(vecs)
            reduced = np.ascontiguousarray(vecs.astype(np.float32) @ basis)
        else:
            vecs = vecs.astype(np.float32)
        ids = np.array([r[0] for r in rows], dtype=object)
        matrix = ArticleMatrix(
            generation=gen,
            ids=ids,
            row_of={aid: i for i, aid in enumerate(ids)},
            dates=np.array([(r[3] or "")[:10] for r in rows], dtype="<U10"),
            sources=np.array([(r[4] or "").lower() for r in rows], dtype=str),
            first_ids=np.array([r[2] or 0 for r in rows], dtype=np.int64),
            vecs=vecs,
            basis=basis,
            reduced=reduced,
        )
        _CACHE[key] = matrix
        return matrix


def forget(key: str) -> None:
    with _LOCK:
        _CACHE.pop(key, None)


def sentence_scores(
    conn: sqlite3.Connection, article_ids: list[str], q: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Sentence ids and their cosines for every sentence of the given articles."""
    blobs: list[bytes] = []
    ids: list[np.ndarray] = []
    for i in range(0, len(article_ids), 500):
        chunk = article_ids[i : i + 500]
        for first_id, n, blob in conn.execute(
            "SELECT first_id, n, sentence_vecs FROM search_articles"
            f" WHERE article_id IN ({','.join('?' * len(chunk))}) AND sentence_vecs IS NOT NULL AND n > 0",
            chunk,
        ):
            blobs.append(blob)
            ids.append(np.arange(first_id, first_id + n, dtype=np.int64))
    if not blobs:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    vecs = np.frombuffer(b"".join(blobs), dtype=np.float16).reshape(-1, DIM).astype(np.float32)
    with one_thread():
        sims = vecs @ q.astype(np.float32)
    return np.concatenate(ids), sims
