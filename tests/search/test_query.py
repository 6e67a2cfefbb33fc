"""Searching the sentence index: stems, accents, compounds, filters, fusion and incremental updates."""

from __future__ import annotations

from duiding.records import Article
from duiding.search import index, query
from duiding.store import Store


def _sentences(hits: list) -> list[str]:
    return [h.sentence for h in hits]


def test_compound_and_accent_and_hyphen_queries(store: Store) -> None:
    index.update(store)
    hits = query(store, "luchtverdediging", mode="text")
    ids = {h.article_id for h in hits}
    assert {"lucht1", "lucht2", "levering"} <= ids
    compound = next(h for h in hits if "luchtverdedigingssystemen" in h.sentence)
    marked = [compound.sentence[s:e] for s, e in compound.highlights]
    assert "luchtverdedigingssystemen" in marked

    assert any("Oekraïne" in s for s in _sentences(query(store, "oekraine", mode="text")))
    defensie = query(store, "defensie", mode="text")
    assert any("defensie-uitgaven" in s for s in _sentences(defensie))
    assert "**defensie-uitgaven**" in next(h.snippet() for h in defensie if "defensie-uitgaven" in h.sentence)


def test_hit_span_points_into_the_article(store: Store) -> None:
    index.update(store)
    for hit in query(store, "woningen Utrecht"):
        article = store.get_article(hit.article_id)
        assert article is not None
        assert article.text[hit.span[0] : hit.span[1]] == hit.sentence
        assert hit.date == article.date and hit.title == article.title


def test_all_words_rank_before_any_word(store: Store) -> None:
    index.update(store)
    hits = query(store, "sociale huurwoningen Overvecht", mode="text")
    assert "Overvecht" in hits[0].sentence and "huurwoningen" in hits[0].sentence
    assert any("Overvecht" not in h.sentence for h in hits)  # the OR fallback fills up


def test_filters(store: Store) -> None:
    index.update(store)
    assert {h.article_id for h in query(store, "luchtverdediging", since="2026-09", mode="text")} == {"levering"}
    assert {h.article_id for h in query(store, "luchtverdediging", until="2026-03", mode="text")} == {"lucht1", "lucht2"}
    assert {h.article_id for h in query(store, "woningen", source="krant-c", mode="text")} == {"woning2"}
    assert {h.article_id for h in query(store, "gemeente", entity="bakker", mode="text")} <= {"woning1", "woning2"}
    assert query(store, "luchtverdediging", entity="Bakker", mode="text") == []
    quoted = query(store, "wachten", speaker="De Wit", mode="text")
    assert quoted and all("wachten" in h.sentence for h in quoted)
    assert query(store, "Kamer", speaker="De Wit", mode="text") == []  # not inside the quote


def test_semantic_finds_meaning_without_shared_words(store: Store) -> None:
    index.update(store)
    hits = query(store, "nieuwe huizen in de stad", mode="semantic", limit=3)
    assert hits and hits[0].article_id in {"woning1", "woning2"}
    assert hits[0].similarity is not None and hits[0].text_rank is None


def test_hybrid_fuses_both_rankings(store: Store) -> None:
    index.update(store)
    hits = query(store, "Patriot-raketten voor de luchtverdediging", limit=5)
    assert hits[0].article_id in {"lucht1", "lucht2"}
    assert any(h.text_rank and h.semantic_rank for h in hits)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_index_is_incremental(store: Store) -> None:
    assert index.update(store) == 5
    assert index.update(store) == 0
    store.add_article(Article(id="extra", source="krant-d", date="2026-09-21", title="Drones boven Kyiv",
                              text="Boven Kyiv zijn vannacht tientallen drones neergeschoten. "
                                   "De nieuwe luchtverdediging werkte volgens het leger goed."))
    assert index.update(store) == 1
    assert "extra" in {h.article_id for h in query(store, "drones", mode="text")}
