"""The JSON document ``duiding analyze --format json`` prints (see the analysis schema contract)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from duiding import __version__
from duiding.records import Article, ArticleAnalysis
from duiding.store import Store


def article_document(article: Article, analysis: ArticleAnalysis | None, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    an = analysis
    doc: dict[str, Any] = {
        "id": article.id,
        "source": article.source,
        "url": article.url,
        "title": article.title,
        "date": article.date,
        "date_precision": article.date_precision,
        "text": article.text,
        "provided_takeaways": list(article.provided_takeaways),
        "takeaways": [{"text": t.text, "sources": [list(s) for s in t.sources], "score": round(t.score, 4)}
                      for t in (an.takeaways if an else [])],
        "mentions": [_spanned(m) for m in (an.mentions if an else [])],
        "quotes": [_spanned(q) for q in (an.quotes if an else [])],
        "dates": [_spanned(d) for d in (an.dates if an else [])],
        "amounts": [_spanned(a) for a in (an.amounts if an else [])],
        "pledges": [_spanned(p) for p in (an.pledges if an else [])],
        "warnings": list(article.warnings),
        "removed": [{"text": r.text, "reason": r.reason, "span": list(r.span)} for r in article.removed],
    }
    if meta:
        doc["sources"] = meta.get("sources", [])
        doc["near_duplicates"] = meta.get("twins", [])
        doc["stories"] = meta.get("stories", [])
    if an:
        doc["analysis_version"] = an.version
    return doc


def _spanned(record: Any) -> dict[str, Any]:
    d = asdict(record)
    for key, value in list(d.items()):
        if isinstance(value, tuple):
            d[key] = list(value)
    return d


def analysis_document(store: Store, article_ids: list[str]) -> dict[str, Any]:
    """Articles (in the given order) with their analyses, and the entities and stories they touch."""
    articles = []
    used_entities: set[str] = set()
    used_stories: set[str] = set()
    for aid in article_ids:
        article = store.get_article(aid)
        if article is None:
            continue
        analysis = store.get_analysis(aid)
        meta = store.article_meta(aid) or {}
        doc = article_document(article, analysis, meta)
        articles.append(doc)
        for field in ("mentions", "quotes", "pledges"):
            for item in doc[field]:
                for ref in ("entity", "speaker_entity", "giver_entity"):
                    if item.get(ref):
                        used_entities.add(item[ref])
        used_stories.update(meta.get("stories", []))
    entities = []
    for ent in store.entities():
        if ent.id in used_entities:
            entities.append(asdict(ent))
    stories = []
    for st in store.stories():
        if st.id in used_stories:
            d = asdict(st)
            d["articles"] = [a for a in st.articles]
            stories.append(d)
    return {"version": __version__, "articles": articles, "entities": entities, "stories": stories}
