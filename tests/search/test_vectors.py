"""The semantic first stage: exact on small stores, projected then re-scored on large ones."""

from __future__ import annotations

import numpy as np

from duiding.search import vectors


def _matrix(vecs: np.ndarray, reduce: bool) -> vectors.ArticleMatrix:
    n = len(vecs)
    basis = vectors.principal_basis(vecs, dim=32) if reduce else None
    return vectors.ArticleMatrix(
        generation=0, ids=np.array([f"a{i}" for i in range(n)], dtype=object), row_of={},
        dates=np.array([""] * n, dtype="<U10"), sources=np.array([""] * n, dtype=str),
        first_ids=np.zeros(n, dtype=np.int64),
        vecs=vecs.astype(np.float16) if reduce else vecs,
        basis=basis, reduced=(vecs @ basis).astype(np.float32) if reduce else None,
    )


def _topics(n: int = 3000, dim: int = 512, topics: int = 40, seed: int = 1) -> np.ndarray:
    """Unit vectors around a few dozen topic directions, like articles around news topics."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(topics, dim))
    vecs = centres[rng.integers(0, topics, n)] + rng.normal(scale=0.6, size=(n, dim))
    return (vecs / np.linalg.norm(vecs, axis=1, keepdims=True)).astype(np.float32)


def test_exact_first_stage_respects_the_mask() -> None:
    vecs = _topics()
    m = _matrix(vecs, reduce=False)
    q = vecs[10]
    mask = np.ones(len(vecs), dtype=bool)
    assert m.top(q, mask, 5)[0] == 10
    mask[10] = False
    top = m.top(q, mask, 5)
    assert 10 not in top and len(top) == 5
    expected = np.argsort(-(vecs @ q))
    assert list(top) == [i for i in expected if i != 10][:5]


def test_projected_first_stage_finds_nearly_the_same_articles() -> None:
    vecs = _topics()
    exact, projected = _matrix(vecs, reduce=False), _matrix(vecs, reduce=True)
    mask = np.ones(len(vecs), dtype=bool)
    overlaps = []
    for i in range(0, 3000, 150):
        q = vecs[i]
        overlaps.append(len(set(exact.top(q, mask, 20)) & set(projected.top(q, mask, 20))) / 20)
    assert np.mean(overlaps) >= 0.9
