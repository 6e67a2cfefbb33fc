"""The search index takes over the sentence vectors the analysis workers computed."""

from __future__ import annotations

import numpy as np
import pytest

from duiding import jobs
from duiding.analyse import AnalysisOptions
from duiding.search import index
from duiding.store import Store
from tests.search.conftest import ARTICLES, make_article

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _no_embedder():
    def refuse(texts):  # the index must not embed what the workers already embedded
        raise AssertionError(f"index embedded {len(texts)} texts again")

    return refuse


def test_index_reuses_vectors_from_the_analysis_step(tmp_path, monkeypatch):
    store = Store(tmp_path / "s.db")
    for aid in ("lucht1", "woning1"):
        store.add_article(make_article(aid))
    jobs.analyse(store, ["lucht1", "woning1"], AnalysisOptions(), workers=1)
    pending = dict(store.conn.execute("SELECT article_id, n FROM search_pending_vectors").fetchall())
    assert set(pending) == {"lucht1", "woning1"}
    assert pending["lucht1"] == len(index.sentence_spans(store.get_article("lucht1"), store.get_analysis("lucht1")))

    monkeypatch.setattr(index, "_embedder", _no_embedder)
    assert index.update(store) == 2
    assert store.conn.execute("SELECT COUNT(*) FROM search_pending_vectors").fetchone()[0] == 0
    blob, n = store.conn.execute("SELECT sentence_vecs, n FROM search_articles WHERE article_id = 'lucht1'").fetchone()
    vecs = np.frombuffer(blob, dtype=np.float16).reshape(n, index.DIM).astype(np.float32)
    monkeypatch.undo()
    from duiding.embed import embed

    article = store.get_article("lucht1")
    spans = index.sentence_spans(article, store.get_analysis("lucht1"))
    fresh = embed([article.text[s:e] for s, e in spans])
    # the stored rows are the vectors of the index's own sentences, in order (float16 precision)
    assert np.allclose(vecs, fresh, atol=0.01)


def test_stale_stash_is_ignored_and_embedded_afresh(tmp_path):
    store = Store(tmp_path / "s.db")
    article = make_article("woning2")
    store.add_article(article)
    jobs.analyse(store, [article.id], AnalysisOptions(), workers=1)
    # a stash from another analysis version must not be used: the index embeds instead
    store.conn.execute("UPDATE search_pending_vectors SET analysis_version = 'old'")
    calls = []

    def counting():
        from duiding.embed import embed

        def run(texts):
            calls.append(len(texts))
            return embed(texts)

        return run

    mp = pytest.MonkeyPatch()
    mp.setattr(index, "_embedder", counting)
    try:
        assert index.update(store) == 1
    finally:
        mp.undo()
    text = ARTICLES["woning2"][3]
    assert calls and calls[0] >= text.count(". ")
