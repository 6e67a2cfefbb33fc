"""What a story, an entity, an article or a timeline page shows: shared by the JSON API and the HTML pages."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from duiding import __version__
from duiding.report.contract import article_document
from duiding.store import Store
from duiding.web import queries, sources
from duiding.web.settings import Settings

Row = dict[str, Any]


class NotFound(LookupError):
    """A missing story/entity/article: a 404 with this message."""


class BadRequest(ValueError):
    """A filter value that cannot be used (e.g. a date that is not a date): a 422 with this message."""


def story_detail(store: Store, story_id: str, settings: Settings) -> Row:
    story = store.get_story(story_id)
    if story is None:
        raise NotFound(f"no story with id {story_id!r}")
    row = asdict(story)
    row["article_count"] = len(story.articles)
    queries.decorate_stories(store, [row])
    ids = story.articles[: settings.sample_articles]
    pairs = queries.mention_pairs(store, ids)
    return {
        "story": row,
        "articles": queries.article_rows(store, story.articles),
        "takeaways": queries.story_takeaways(store, ids),
        "timeline": _safe_timeline(store, story.articles[-settings.timeline_articles :]),
        "entities": queries.co_occurring(store, ids, limit=24, pairs=pairs),
        "network": queries.network(store, ids, pairs=pairs),
    }


def _safe_timeline(store: Store, ids: list[str]) -> list[Row]:
    try:
        return sources.timeline(store, ids)
    except ValueError:
        return []


def _role_history(roles: list[Row]) -> list[Row]:
    """One row per function (``role_functions.txt`` groups spellings), with its first and last dated use,
    oldest first; undated roles last."""
    by_function: dict[str, Row] = {}
    for r in sorted(roles, key=lambda r: (r.get("date") is None, r.get("date") or "")):
        function = str(r.get("function") or r.get("role"))
        row = by_function.get(function)
        if row is None:
            by_function[function] = row = {"role": function, "date": r.get("date"), "until": r.get("date"),
                                           "article": r.get("article"), "written": []}
        if r.get("date") and (row["date"] is None or r["date"] < row["date"]):
            row["date"], row["article"] = r["date"], r.get("article")
        if r.get("date") and (row["until"] is None or r["date"] > row["until"]):
            row["until"] = r["date"]
        if r.get("role") and r["role"] not in row["written"]:
            row["written"].append(r["role"])
    return sorted(by_function.values(), key=lambda r: (r["date"] is None, r["date"] or ""))


def entity_detail(store: Store, entity_id: str, settings: Settings, quote_limit: int = 25) -> Row:
    entity = store.get_entity(entity_id)
    if entity is None:
        raise NotFound(f"no entity with id {entity_id!r}")
    articles, total = queries.entity_articles(store, entity_id, limit=settings.sample_articles, detail=50)
    ids = [a["id"] for a in articles]
    quotes, quote_total = queries.list_quotes(store, entity=entity_id, limit=quote_limit)
    quotes.reverse()  # oldest first: quotes over time
    pairs = queries.mention_pairs(store, ids)
    return {
        "entity": asdict(entity),
        "roles": _role_history(entity.roles),
        "quotes": quotes,
        "quote_total": quote_total,
        "co_occurring": queries.co_occurring(store, ids, exclude=entity_id, limit=30, pairs=pairs),
        "articles": articles[:50],
        "article_total": total,
        "network": queries.network(store, ids, focus=entity_id, max_nodes=24, pairs=pairs),
        "sampled": total > len(ids),
    }


def article_detail(store: Store, article_id: str) -> Row:
    """The contract document for one article (same shape as ``report.contract.analysis_document``), with the
    entities and stories it touches looked up by id instead of loading every entity and story in the store."""
    real = store.resolve_id(article_id)
    article = store.get_article(real) if real else None
    if article is None:
        raise NotFound(f"no article with id {article_id!r}")
    meta = store.article_meta(article.id) or {}
    doc = article_document(article, store.get_analysis(article.id), meta)
    used = {item.get(ref) for field in ("mentions", "quotes", "pledges") for item in doc[field]
            for ref in ("entity", "speaker_entity", "giver_entity")} - {None}
    entities = [asdict(e) for e in (store.get_entity(i) for i in sorted(used)) if e is not None]
    entities.sort(key=lambda e: e["name"])
    stories = [asdict(st) for st in (store.get_story(i) for i in meta.get("stories", [])) if st is not None]
    return {"version": __version__, "articles": [doc], "entities": entities, "stories": stories}


def timeline_for(
    store: Store,
    settings: Settings,
    entity: str | None = None,
    story: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> tuple[list[Row], Row]:
    """Events for an entity (name or id), a story, or a date window; plus what was selected."""
    picked: Row = {"entity": None, "story": None, "sampled": False}
    wanted: list[str] | None = None
    if story:
        st = store.get_story(story)
        if st is None:
            raise NotFound(f"no story with id {story!r}")
        ids = st.articles[-settings.timeline_articles :]
        picked["story"] = {"id": st.id, "title": st.title}
        picked["sampled"] = len(st.articles) > len(ids)
    elif entity:
        eid = entity if store.get_entity(entity) else next(iter(queries.entity_ids_matching(store, entity)), None)
        if eid is None:
            raise NotFound(f"no entity matching {entity!r}")
        ent = store.get_entity(eid)
        rows, total = queries.entity_articles(store, eid, limit=settings.timeline_articles, detail=0)
        ids = [r["id"] for r in rows]
        picked["entity"] = {"id": eid, "name": ent.name if ent else entity}
        picked["sampled"] = total > len(ids)
        wanted = [eid, *([ent.name, *ent.aliases] if ent else [])]
    else:
        rows, total = queries.list_articles(store, since, until, None, settings.timeline_articles, 0)
        ids = [r["id"] for r in rows]
        picked["sampled"] = total > len(ids)
    try:
        events = sources.timeline(store, ids, since=since, until=until, entity=wanted)
    except ValueError as exc:
        raise BadRequest(str(exc)) from None
    return events, picked
