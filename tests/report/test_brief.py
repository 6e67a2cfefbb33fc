"""The digest: filters, newest first, duplicates merged with both sources, vectors cached."""

from __future__ import annotations

import pytest

from duiding.embed import embed
from duiding.report.brief import BriefError, build_brief, merge, render_md
from duiding.store import Store


def _row(aid: str, date: str, text: str) -> dict:
    return {"article_id": aid, "article_date": date, "article_title": f"titel {aid}", "article_source": f"{aid}.txt",
            "text": text, "sources": [[0, len(text)]], "score": 0.5}


def test_paraphrases_merge_and_keep_both_sources():
    rows = [
        _row("a1", "2026-03-01", "Nederland reserveert volgend jaar 1,5 miljard euro voor militaire hulp aan Oekraïne."),
        _row("a2", "2026-03-03", "Nederland maakt volgend jaar 1,5 miljard euro vrij voor militaire steun aan Oekraïne."),
        _row("a3", "2026-03-02", "De gemeente Zwolle sluit twee van haar vier zwembaden."),
    ]
    items = merge(rows, embed([r["text"] for r in rows]))
    assert len(items) == 2
    assert [i.date for i in items] == ["2026-03-03", "2026-03-02"]  # newest first
    assert {s.article_id for s in items[0].sources} == {"a1", "a2"}
    assert [s.article_id for s in items[1].sources] == ["a3"]


def test_brief_over_store_filters_and_caches(corpus):
    db, ids = corpus
    store = Store(db)
    calls = []

    def counting(texts):
        calls.append(len(texts))
        return embed(texts)

    items = build_brief(store, embed=counting)
    assert items and calls
    dates = [i.date for i in items]
    assert dates == sorted(dates, reverse=True)
    # both dike articles open with the same sentence: it appears once, citing both
    shared = [i for i in items if "800 miljoen" in i.text]
    assert len(shared) == 1 and {s.article_id for s in shared[0].sources} >= {ids[0], ids[1]}

    calls.clear()
    build_brief(store, embed=counting)
    assert calls == []  # every takeaway vector came from the cache

    recent = build_brief(store, since="2026-03")
    assert recent and all(s.article_id != ids[2] for i in recent for s in i.sources)
    zwolle = build_brief(store, entity="Zwolle")
    assert zwolle and {s.article_id for i in zwolle for s in i.sources} == {ids[2]}
    with pytest.raises(BriefError):
        build_brief(store, entity="Niemand Bestaatniet")
    md = render_md(items)
    assert md.startswith("# Brief") and "## Sources" in md and ids[0][:8] in md


def test_brief_for_a_story_keeps_to_its_articles(corpus):
    db, ids = corpus
    store = Store(db)
    story_id = store.story_of(ids[2])
    if story_id is None:
        pytest.skip("stories were not resolved")
    members = set(store.get_story(story_id).articles)
    items = build_brief(store, story=story_id)
    assert items and {s.article_id for i in items for s in i.sources} <= members
    with pytest.raises(BriefError):
        build_brief(store, story="bestaat-niet")
