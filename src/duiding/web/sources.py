"""Bridges to the modules colleagues own (search, timeline, ledger), with honest fallbacks.

The web layer must never crash because a capability is missing or changed: each bridge imports the
colleague's module lazily and falls back to a simple version over the store's fact rows.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import json
import logging
import re
from collections.abc import Callable, Sequence
from typing import Any

from duiding.records import Article, ArticleAnalysis
from duiding.store import Store
from duiding.web import queries

log = logging.getLogger(__name__)
Row = dict[str, Any]


def _optional(module: str, name: str) -> Callable[..., Any] | None:
    try:
        return getattr(importlib.import_module(module), name, None)
    except Exception as exc:  # noqa: BLE001 - a colleague module failing must not take the page down
        log.debug("optional %s.%s unavailable: %s", module, name, exc)
        return None


def ledger_sums(rows: Sequence[Row]) -> list[Row]:
    """Totals per giver and unit via the ledger module (each commitment once), else a simple sum."""
    sums = _optional("duiding.report.ledger", "ledger_sums")
    row_type = _optional("duiding.report.ledger", "LedgerRow")
    if sums is not None and row_type is not None:
        try:
            ledger = [row_type(
                giver=p.get("giver") or "?", giver_group=p.get("giver_entity") or p.get("giver_key")
                or (p.get("giver") or "?").lower(), giver_name=p.get("giver_name") or p.get("giver") or "?",
                what=p.get("what") or "", status=p.get("status") or "promised",
                amount_value=(p.get("amount") or {}).get("value"), amount_unit=(p.get("amount") or {}).get("unit"),
                recipient=p.get("recipient"), date=p.get("date"), article_id=p["article_id"],
                article_title=p.get("article_title"), span=tuple(p.get("span") or (0, 0)), sentence="",
            ) for p in rows]
            return [_as_dict(s) for s in sums(ledger)]
        except Exception as exc:  # noqa: BLE001 - a colleague module failing must not take the page down
            log.warning("ledger module failed, using the simple sums: %s", exc)
    return queries.pledge_sums(rows)


def _call_with_supported(func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Call ``func`` with the keyword arguments it accepts (colleagues' signatures may differ slightly)."""
    try:
        params = inspect.signature(func).parameters
    except (TypeError, ValueError):
        return func(*args, **kwargs)
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values()):
        return func(*args, **kwargs)
    return func(*args, **{k: v for k, v in kwargs.items() if k in params and v is not None})


def _as_dict(obj: Any) -> Row:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.asdict(obj)
    if isinstance(obj, dict):
        return dict(obj)
    return dict(vars(obj))


# --- search -------------------------------------------------------------------------------------


def search(store: Store, q: str, limit: int, offset: int = 0, **filters: str | None) -> tuple[list[Row], str]:
    """Hits ({article_id, title, date, source, span, text, snippet_html?}) and the engine that answered."""
    query = _optional("duiding.search", "query")
    if query is not None:
        try:
            hits = _call_with_supported(query, store, q, limit=limit + offset, **filters)
            return [_normalise_hit(_as_dict(h)) for h in list(hits)[offset : offset + limit]], "index"
        except Exception as exc:  # noqa: BLE001 - a colleague module failing must not take the page down
            log.warning("search module failed, using the simple fallback: %s", exc)
    return _fallback_search(store, q, limit, offset, **filters), "fallback"


def _normalise_hit(h: Row) -> Row:
    article = h.get("article") if isinstance(h.get("article"), dict) else {}
    out = {
        "article_id": h.get("article_id") or article.get("id"),
        "title": h.get("title") or h.get("article_title") or article.get("title"),
        "date": h.get("date") or h.get("article_date") or article.get("date"),
        "source": h.get("source") or h.get("article_source") or article.get("source"),
        "span": list(h.get("span") or h.get("sentence_span") or [0, 0]),
        "text": h.get("sentence") or h.get("text") or "",
        "score": h.get("score"),
        "terms": list(h.get("terms") or h.get("matched") or []),
        "highlights": [list(x) for x in h.get("highlights") or []],  # offsets in text of the matched words
        "story_id": h.get("story_id"),
    }
    return out


def _fallback_search(store: Store, q: str, limit: int, offset: int, **filters: str | None) -> list[Row]:
    """Substring search over article texts (used only while the search index is not available)."""
    words = [w for w in re.findall(r"\w+", q.casefold()) if len(w) > 1]
    if not words:
        return []
    clauses, params = queries._date_clauses(filters.get("since"), filters.get("until"), column="date")
    for w in words:
        clauses.append("lower(text) LIKE ?")
        params.append(f"%{w}%")
    if filters.get("source"):
        clauses.append("source LIKE ?")
        params.append(f"%{filters['source']}%")
    rows = store.conn.execute(
        f"SELECT id, title, date, source, text FROM articles{queries._where(clauses)}"
        " ORDER BY date IS NULL, date DESC LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    hits = []
    for r in rows:
        pos = r["text"].casefold().find(words[0])
        sentence, start = queries.sentence_around(r["text"], (pos, pos + len(words[0])))
        hits.append({"article_id": r["id"], "title": r["title"], "date": r["date"], "source": r["source"],
                     "span": [start, start + len(sentence)], "text": sentence, "score": None, "terms": words,
                     "highlights": []})
    return hits


# --- timeline -----------------------------------------------------------------------------------


def timeline(
    store: Store,
    article_ids: Sequence[str],
    since: str | None = None,
    until: str | None = None,
    entity: Sequence[str] | None = None,
) -> list[Row]:
    """Dated events in the given articles, oldest first: {date, start, end, label, kind, article_id, span ...}.

    ``entity``: its id, name and aliases; then only events whose sentence mentions it are kept.
    Raises ValueError for a since/until that is not a date.
    """
    build = _optional("duiding.report.timeline", "build_events")
    if build is not None and article_ids:
        pairs = _analyses_without_tokens(store, article_ids)
        try:
            raw = build(pairs, since=since, until=until, entity=list(entity) if entity else None)
        except ValueError:
            raise
        except Exception as exc:  # noqa: BLE001 - a colleague module failing must not take the page down
            log.warning("timeline module failed, using the simple fallback: %s", exc)
        else:
            return [_normalise_event(_shallow_dict(e)) for e in raw]
    return _fallback_timeline(store, article_ids, since, until)


def _analyses_without_tokens(store: Store, article_ids: Sequence[str]) -> list[tuple[Article, ArticleAnalysis]]:
    """(Article, ArticleAnalysis) pairs like ``Store.iter_analyses(ids=...)``, oldest first, but with the token
    list dropped inside SQLite: tokens are most of an analysis, and events need sentences, dates and mentions."""
    pairs = []
    for chunk_start in range(0, len(article_ids), 500):
        chunk = list(article_ids[chunk_start : chunk_start + 500])
        rows = store.conn.execute(
            "SELECT a.data, json_remove(an.data, '$.language.tokens') FROM articles a"
            f" JOIN analyses an ON an.article_id = a.id WHERE a.id IN ({queries._marks(len(chunk))})"
            " ORDER BY a.date IS NULL, a.date, a.id",
            chunk,
        ).fetchall()
        for article_data, analysis_data in rows:
            d = json.loads(analysis_data)
            d["language"]["tokens"] = []
            pairs.append((Article.from_dict(json.loads(article_data)), ArticleAnalysis.from_dict(d)))
    if len(article_ids) > 500:
        pairs.sort(key=lambda p: (p[0].date is None, p[0].date or "", p[0].id))
    return pairs


def _shallow_dict(obj: Any) -> Row:
    """Top-level fields only: events are read one level deep, and a deep ``asdict`` copies every nested list."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
    return _as_dict(obj)


def _normalise_event(e: Row) -> Row:
    span = e.get("span") or [0, 0]
    return {
        "date": e.get("date"),
        "start": e.get("start") or e.get("date"),
        "end": e.get("end") or e.get("date"),
        "label": e.get("label") or "",
        "kind": e.get("kind") or "event",
        "article_id": e.get("article_id"),
        "article_title": e.get("article_title"),
        "span": list(span),
        "date_text": e.get("date_text"),
        "entities": list(e.get("entities") or []),
        "entity_ids": list(e.get("entity_ids") or []),
    }


def _in_range(value: str, since: str | None, until: str | None) -> bool:
    if since and value[: len(since)] < since[: len(value)]:
        return False
    return not (until and value[: len(until)] > until)


def _fallback_timeline(store: Store, article_ids: Sequence[str], since: str | None, until: str | None) -> list[Row]:
    """Sentences with a date resolved to at least a month, plus each article's publication."""
    if not article_ids:
        return []
    marks = queries._marks(len(article_ids))
    events: list[Row] = []
    arts = {r["id"]: r for r in store.conn.execute(
        f"SELECT id, title, date, text FROM articles WHERE id IN ({marks})", list(article_ids))}
    for a in arts.values():
        if a["date"]:
            events.append({"date": a["date"], "start": a["date"], "end": a["date"],
                           "label": a["title"] or a["text"][:120], "kind": "publication",
                           "article_id": a["id"], "article_title": a["title"], "span": [0, 0], "entities": []})
    rows = store.conn.execute(
        f"SELECT article_id, start, end, value, data FROM facts WHERE kind = 'date' AND article_id IN ({marks})",
        list(article_ids),
    )
    for r in rows:
        value = r["value"] or ""
        if not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", value):
            continue
        a = arts.get(r["article_id"])
        if a is None:
            continue
        sentence, start = queries.sentence_around(a["text"], (r["start"], r["end"]))
        events.append({"date": value, "start": value, "end": value, "label": sentence, "kind": "event",
                       "article_id": a["id"],
                       "article_title": a["title"], "span": [start, start + len(sentence)],
                       "entities": [], "date_text": json.loads(r["data"]).get("text")})
    events = [e for e in events if _in_range(e["date"], since, until)]
    events.sort(key=lambda e: (e["date"], e["kind"] == "publication", e["article_id"], e["span"][0]))
    return events
