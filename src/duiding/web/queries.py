"""Read-side queries the API and the pages share.

They go to SQLite directly (``store.conn``) with LIMIT/OFFSET and indexed lookups instead of loading whole
lists through the Store API, so every page stays fast on a store of 100,000 articles. Results are plain
dicts: the routers turn them into pydantic models (API) or hand them to templates (pages).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from typing import Any

import numpy as np

from duiding.records import Entity
from duiding.store import Store

Row = dict[str, Any]


# --- indexes the read side needs ---------------------------------------------------------------

WEB_INDEXES = (
    # newest-first listings walk this index backwards and stop at the page
    "CREATE INDEX IF NOT EXISTS web_articles_date_id ON articles(date, id)",
    # entity pages: articles of an entity without touching the fact rows themselves
    "CREATE INDEX IF NOT EXISTS web_facts_kind_entity_article ON facts(kind, entity, article_id)",
    # an article's twins (Store.twins looks up near_duplicate_of = ?): without it every article page scans
    # co-occurrence and networks: the entities of a set of articles, read from the index alone
    "CREATE INDEX IF NOT EXISTS web_facts_article_kind_entity ON facts(article_id, kind, entity)",
    ("CREATE INDEX IF NOT EXISTS web_articles_near_duplicate ON articles(near_duplicate_of)"
     " WHERE near_duplicate_of IS NOT NULL"),
)


def ensure_indexes(store: Store) -> None:
    """Create the web's own indexes once (IF NOT EXISTS: cheap when they are there)."""
    for sql in WEB_INDEXES:
        store.conn.execute(sql)


# --- shared filters -----------------------------------------------------------------------------


def _date_clauses(since: str | None, until: str | None, column: str = "a.date") -> tuple[list[str], list[Any]]:
    """The same date semantics as the CLI: ``until`` '2025-03' includes the whole of March."""
    clauses: list[str] = []
    params: list[Any] = []
    if since:
        clauses.append(f"{column} >= ?")
        params.append(since)
    if until:
        clauses.append(f"substr({column}, 1, ?) <= ?")
        params.extend([len(until), until])
    return clauses, params


def _where(clauses: Sequence[str]) -> str:
    return (" WHERE " + " AND ".join(clauses)) if clauses else ""


def _marks(n: int) -> str:
    return ",".join("?" * n)


# --- entities -----------------------------------------------------------------------------------


def entity_lookup(store: Store, ids: Iterable[str]) -> dict[str, Row]:
    """id -> {id, name, type} for the given entity ids (unknown ids are left out)."""
    wanted = sorted({i for i in ids if i})
    out: dict[str, Row] = {}
    for chunk_start in range(0, len(wanted), 500):
        chunk = wanted[chunk_start : chunk_start + 500]
        rows = store.conn.execute(f"SELECT id, name, type FROM entities WHERE id IN ({_marks(len(chunk))})", chunk)
        out.update({r["id"]: dict(r) for r in rows})
    return out


def entity_by_name(store: Store, names: Iterable[str]) -> dict[str, Row]:
    """name -> {id, name, type} for entities with exactly that canonical name (case-insensitive)."""
    wanted = sorted({n for n in names if n})
    out: dict[str, Row] = {}
    for chunk_start in range(0, len(wanted), 500):
        chunk = wanted[chunk_start : chunk_start + 500]
        rows = store.conn.execute(
            f"SELECT id, name, type FROM entities WHERE name COLLATE NOCASE IN ({_marks(len(chunk))})"
            " ORDER BY json_extract(data, '$.mention_count')", chunk)
        out.update({r["name"].casefold(): dict(r) for r in rows})
    return out


def entity_ids_matching(store: Store, name: str, limit: int = 200) -> list[str]:
    """Entities whose name or one of whose aliases contains ``name`` (case-insensitive), exact names first."""
    needle = name.strip()
    if not needle:
        return []
    rows = store.conn.execute(
        "SELECT id, name FROM entities WHERE name LIKE ? OR data LIKE ? LIMIT ?",
        (f"%{needle}%", f"%{json.dumps(needle, ensure_ascii=False)[1:-1]}%", limit * 4),
    ).fetchall()
    ids = [r["id"] for r in rows]
    exact = [r["id"] for r in rows if r["name"].casefold() == needle.casefold()]
    ordered = exact + [i for i in ids if i not in exact]
    return ordered[:limit]


def _entity_from_row(data: str) -> Entity:
    return Entity(**json.loads(data))


def list_entities(
    store: Store, q: str | None = None, etype: str | None = None, limit: int = 25, offset: int = 0
) -> tuple[list[Row], int]:
    clauses: list[str] = []
    params: list[Any] = []
    if q:
        clauses.append("(name LIKE ? OR data LIKE ?)")
        params.extend([f"%{q}%", f"%{q}%"])
    if etype:
        clauses.append("type = ?")
        params.append(etype.upper())
    where = _where(clauses)
    total = int(store.conn.execute(f"SELECT count(*) FROM entities{where}", params).fetchone()[0])
    rows = store.conn.execute(
        f"SELECT data FROM entities{where} ORDER BY json_extract(data, '$.mention_count') DESC, name"
        " LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return [asdict(_entity_from_row(r[0])) for r in rows], total


def entity_articles(
    store: Store, entity_id: str, limit: int, offset: int = 0, detail: int | None = None
) -> tuple[list[Row], int]:
    """The articles mentioning an entity, newest first.

    A rare entity: group its (few) fact rows. A frequent one: walk the articles newest first and keep those
    that mention it, which stops after ``limit`` hits instead of sorting tens of thousands of rows. Only the
    first ``detail`` rows (default: all) get title, source, lead and mention count (reading an article row
    means reading its large text); the rest carry id and date, enough for co-occurrence and timelines.
    """
    total = int(store.conn.execute(
        "SELECT count(DISTINCT article_id) FROM facts WHERE kind = 'mention' AND entity = ?", (entity_id,)
    ).fetchone()[0])
    if total <= 2000:
        rows = store.conn.execute(
            "SELECT a.id, a.date FROM articles a"
            " WHERE a.id IN (SELECT article_id FROM facts WHERE kind = 'mention' AND entity = ?)"
            " ORDER BY a.date DESC, a.id DESC LIMIT ? OFFSET ?",
            (entity_id, limit, offset),
        ).fetchall()
    else:
        rows = store.conn.execute(
            "SELECT a.id, a.date FROM articles a"
            " INDEXED BY web_articles_date_id WHERE EXISTS (SELECT 1 FROM facts f WHERE f.article_id = a.id"
            " AND f.kind = 'mention' AND f.entity = ?) ORDER BY a.date DESC, a.id DESC LIMIT ? OFFSET ?",
            (entity_id, limit, offset),
        ).fetchall()
    out = [dict(r) for r in rows]
    shown = out if detail is None else out[:detail]
    if shown:
        ids = [r["id"] for r in shown]
        extra = {r["id"]: dict(r) for r in store.conn.execute(
            "SELECT id, title, source, substr(text, 1, 160) AS lead FROM articles"
            f" WHERE id IN ({_marks(len(ids))})", ids)}
        counts = dict(store.conn.execute(
            f"SELECT article_id, count(*) FROM facts WHERE kind = 'mention' AND entity = ?"
            f" AND article_id IN ({_marks(len(ids))}) GROUP BY article_id",
            [entity_id, *ids],
        ).fetchall())
        for r in shown:
            r.update(extra.get(r["id"], {}))
            r["mentions"] = counts.get(r["id"], 0)
    return out, total


def mention_pairs(store: Store, article_ids: Sequence[str]) -> dict[str, dict[str, int]]:
    """article id -> {entity id: mentions} for the given articles: one grouped read on a covering index that
    co-occurrence lists and the network share."""
    out: dict[str, dict[str, int]] = {}
    ids = list(dict.fromkeys(article_ids))
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start : chunk_start + 500]
        rows = store.conn.execute(
            "SELECT article_id, entity, count(*) FROM facts"
            f" WHERE article_id IN ({_marks(len(chunk))}) AND kind = 'mention' AND entity IS NOT NULL"
            " GROUP BY article_id, entity",
            chunk,
        )
        for article_id, entity, n in rows:
            out.setdefault(article_id, {})[entity] = n
    return out


def co_occurring(store: Store, article_ids: Sequence[str], exclude: str | None = None, limit: int = 30,
                 pairs: dict[str, dict[str, int]] | None = None) -> list[Row]:
    """Entities mentioned in the given articles, by the number of those articles they appear in."""
    if not article_ids:
        return []
    if pairs is None:
        pairs = mention_pairs(store, article_ids)
    articles: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    for ents in pairs.values():
        articles.update(ents.keys())
        mentions.update(ents)
    articles.pop(exclude or "", None)
    ranked = sorted(articles, key=lambda e: (-articles[e], -mentions[e], e))[:limit]
    names = entity_lookup(store, ranked)
    return [{**names[e], "articles": articles[e], "mentions": mentions[e]} for e in ranked if e in names]


def network(store: Store, article_ids: Sequence[str], focus: str | None = None, max_nodes: int = 28,
            pairs: dict[str, dict[str, int]] | None = None) -> Row:
    """Nodes (entities) and edges (number of articles two entities share) over the given articles.

    With a ``focus`` entity it is the ego network: the focus plus the entities it appears with most.
    """
    if not article_ids:
        return {"nodes": [], "edges": []}
    if pairs is None:
        pairs = mention_pairs(store, article_ids)
    per_article = [set(ents) for ents in pairs.values()]
    counts: Counter[str] = Counter()
    for ents in per_article:
        counts.update(ents)
    ranked = [e for e, _ in counts.most_common()]
    if focus:
        ranked = [focus] + [e for e in ranked if e != focus]
    chosen = ranked[:max_nodes]
    # shared articles per pair: incidence matrix (articles x chosen entities) times its transpose
    column = {e: i for i, e in enumerate(chosen)}
    incidence = np.zeros((len(per_article), len(chosen)), dtype=np.int32)
    for row, ents in enumerate(per_article):
        for e in ents:
            if e in column:
                incidence[row, column[e]] = 1
    shared = incidence.T @ incidence
    edge_counts: Counter[tuple[str, str]] = Counter()
    for i, j in zip(*np.nonzero(np.triu(shared, k=1)), strict=True):
        a, b = sorted((chosen[i], chosen[j]))
        edge_counts[(a, b)] = int(shared[i, j])
    names = entity_lookup(store, chosen)
    nodes = [{**names[e], "weight": counts[e], "focus": e == focus} for e in chosen if e in names]
    known = {n["id"] for n in nodes}
    edges = [{"source": a, "target": b, "weight": w} for (a, b), w in edge_counts.most_common()
             if a in known and b in known]
    return {"nodes": nodes, "edges": edges}


# --- articles -----------------------------------------------------------------------------------


def list_articles(
    store: Store, since: str | None, until: str | None, source: str | None, limit: int, offset: int
) -> tuple[list[Row], int]:
    clauses, params = _date_clauses(since, until)
    if source:
        clauses.append("a.source LIKE ?")
        params.append(f"%{source}%")
    where = _where(clauses)
    total = int(store.conn.execute(f"SELECT count(*) FROM articles a{where}", params).fetchone()[0])
    # pick the page's ids from the date index first, then read only those rows (texts are large)
    rows = store.conn.execute(
        "SELECT a.id, a.title, a.date, a.source, a.url, a.near_duplicate_of, length(a.text) AS chars,"
        " substr(a.text, 1, 240) AS lead, an.version AS analysis_version"
        " FROM articles a LEFT JOIN analyses an ON an.article_id = a.id"
        f" WHERE a.id IN (SELECT a.id FROM articles a{where} ORDER BY a.date DESC, a.id DESC LIMIT ? OFFSET ?)"
        " ORDER BY a.date DESC, a.id DESC",
        [*params, limit, offset],
    ).fetchall()
    return [dict(r) for r in rows], total


def article_rows(store: Store, ids: Sequence[str]) -> list[Row]:
    """Light rows for the given article ids, oldest first (a story reads best in order)."""
    if not ids:
        return []
    out: list[Row] = []
    for chunk_start in range(0, len(ids), 500):
        chunk = list(ids[chunk_start : chunk_start + 500])
        rows = store.conn.execute(
            "SELECT id, title, date, source, url, near_duplicate_of, substr(text, 1, 240) AS lead"
            f" FROM articles WHERE id IN ({_marks(len(chunk))})",
            chunk,
        )
        out.extend(dict(r) for r in rows)
    out.sort(key=lambda r: (r["date"] is None, r["date"] or "", r["id"]))
    return out


def fact_counts(store: Store, article_ids: Sequence[str]) -> dict[str, int]:
    if not article_ids:
        return {}
    rows = store.conn.execute(
        f"SELECT kind, count(*) FROM facts WHERE article_id IN ({_marks(len(article_ids))}) GROUP BY kind",
        list(article_ids),
    )
    return {r[0]: r[1] for r in rows}


# --- stories ------------------------------------------------------------------------------------


def _story_row(store: Store, data: str) -> Row:
    story = json.loads(data)
    ids = story.get("articles", [])
    story["article_count"] = len(ids)
    return story


def list_stories(store: Store, limit: int, offset: int, since: str | None = None,
                 until: str | None = None) -> tuple[list[Row], int]:
    clauses, params = _date_clauses(since, until, column="last_date")
    where = _where(clauses)
    total = int(store.conn.execute(f"SELECT count(*) FROM stories{where}", params).fetchone()[0])
    rows = store.conn.execute(
        f"SELECT data FROM stories{where} ORDER BY last_date IS NULL, last_date DESC, id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    stories = [_story_row(store, r[0]) for r in rows]
    decorate_stories(store, stories)
    return stories, total


def decorate_stories(store: Store, stories: list[Row]) -> None:
    """Add key people/organisations (resolved names), sources and quote counts to story rows."""
    keys = [k for s in stories for k in s.get("key_entities", [])]
    by_id = entity_lookup(store, keys)
    by_name = entity_by_name(store, [k for k in keys if k not in by_id])
    rank = {"PER": 0, "ORG": 1, "LOC": 2, "MISC": 3}
    for s in stories:
        people = []
        for key in s.get("key_entities", [])[:8]:
            ent = by_id.get(key) or by_name.get(key.casefold())
            people.append(ent or {"id": None, "name": key, "type": "MISC"})
        # people first: the front page promises "who", then organisations and places
        s["key_people"] = sorted(people, key=lambda e: rank.get(e["type"], 4))
        ids = s.get("articles", [])[:200]
        counts = fact_counts(store, ids)
        s["quote_count"] = counts.get("quote", 0)
        s["pledge_count"] = counts.get("pledge", 0)
        if ids:
            row = store.conn.execute(
                f"SELECT count(DISTINCT source) FROM articles WHERE id IN ({_marks(len(ids))})", ids
            ).fetchone()
            s["source_count"] = int(row[0])
        else:
            s["source_count"] = 0


def story_of_articles(store: Store, article_ids: Sequence[str]) -> dict[str, str]:
    if not article_ids:
        return {}
    rows = store.conn.execute(
        f"SELECT article_id, story_id FROM story_articles WHERE article_id IN ({_marks(len(article_ids))})",
        list(article_ids),
    )
    return {r[0]: r[1] for r in rows}


def story_titles(store: Store, story_ids: Iterable[str]) -> dict[str, str]:
    ids = sorted(set(story_ids))
    if not ids:
        return {}
    rows = store.conn.execute(f"SELECT id, title FROM stories WHERE id IN ({_marks(len(ids))})", ids)
    return {r[0]: r[1] for r in rows}


def story_takeaways(store: Store, article_ids: Sequence[str], limit: int = 6) -> list[Row]:
    """The highest-scoring takeaways across a story's articles, at most two per article, no repeats."""
    if not article_ids:
        return []
    rows = store.conn.execute(
        "SELECT f.article_id, f.data, a.title, a.date FROM facts f JOIN articles a ON a.id = f.article_id"
        f" WHERE +f.kind = 'takeaway' AND f.article_id IN ({_marks(len(article_ids))})",
        list(article_ids),
    ).fetchall()
    items = []
    for r in rows:
        d = json.loads(r["data"])
        items.append({"text": d.get("text", ""), "score": d.get("score", 0.0), "sources": d.get("sources", []),
                      "article_id": r["article_id"], "article_title": r["title"], "article_date": r["date"]})
    items.sort(key=lambda t: -float(t["score"] or 0))
    out: list[Row] = []
    per_article: Counter[str] = Counter()
    seen: set[str] = set()
    for t in items:
        norm = re.sub(r"\W+", " ", t["text"].casefold()).strip()
        if norm in seen or per_article[t["article_id"]] >= 2:
            continue
        seen.add(norm)
        per_article[t["article_id"]] += 1
        out.append(t)
        if len(out) >= limit:
            break
    return out


# --- quotes and pledges -------------------------------------------------------------------------


def _fact_query(
    store: Store,
    kind: str,
    clauses: list[str],
    params: list[Any],
    limit: int,
    offset: int,
) -> tuple[list[Row], int]:
    """Fact rows of one kind, newest article first: the page's row ids are picked on small columns, and only
    those rows' JSON is read and parsed.

    Two plans for picking the ids. When the matching facts are dense among the articles (every pledge, every
    quote), walk the articles newest first on the date index and look up their facts, which stops after
    ``limit + offset`` hits instead of joining and sorting a hundred thousand rows. When they are sparse (one
    speaker), sort the few matching rows.
    """
    extra = "".join(f" AND {c}" for c in clauses)
    dated = any("a.date" in c for c in clauses)  # only date filters need the article row for the count
    count_from = "FROM facts f JOIN articles a ON a.id = f.article_id" if dated else "FROM facts f"
    total = int(store.conn.execute(f"SELECT count(*) {count_from} WHERE f.kind = ?{extra}",
                                   [kind, *params]).fetchone()[0])
    if not total or offset >= total:
        return [], total
    n_articles = int(store.conn.execute("SELECT coalesce(max(rowid), 0) FROM articles").fetchone()[0])
    walk = total > 2000 and (limit + offset) * n_articles <= 20_000 * total  # articles walked stay few
    if walk:
        picked_sql = ("SELECT f.rowid FROM articles a INDEXED BY web_articles_date_id CROSS JOIN facts f"
                      f" ON f.article_id = a.id AND f.kind = ?{extra}")
    else:
        picked_sql = f"SELECT f.rowid FROM facts f JOIN articles a ON a.id = f.article_id WHERE f.kind = ?{extra}"
    picked = [r[0] for r in store.conn.execute(
        f"{picked_sql} ORDER BY a.date DESC, a.id DESC, f.start LIMIT ? OFFSET ?", [kind, *params, limit, offset])]
    if not picked:
        return [], total
    rows = store.conn.execute(
        "SELECT f.rowid AS rid, f.article_id, f.idx, f.data, a.date, a.title, a.source FROM facts f"
        f" JOIN articles a ON a.id = f.article_id WHERE f.rowid IN ({_marks(len(picked))})",
        picked,
    ).fetchall()
    order = {rid: i for i, rid in enumerate(picked)}
    out = []
    for r in sorted(rows, key=lambda r: order[r["rid"]]):
        d = json.loads(r["data"])
        d.update(article_id=r["article_id"], idx=r["idx"], article_date=r["date"], article_title=r["title"],
                 article_source=r["source"])
        out.append(d)
    return out, total


def _who_clause(store: Store, who: str, text_field: str) -> tuple[str, list[Any]]:
    """Match a speaker/giver by resolved entity (indexed) when the name is known, else by the name as written."""
    ids = entity_ids_matching(store, who)
    if ids:
        return f"f.entity IN ({_marks(len(ids))})", list(ids)
    return f"json_extract(f.data, '$.{text_field}') LIKE ?", [f"%{who}%"]


def list_quotes(
    store: Store,
    who: str | None = None,
    since: str | None = None,
    until: str | None = None,
    kind: str | None = None,
    entity: str | None = None,
    limit: int = 25,
    offset: int = 0,
) -> tuple[list[Row], int]:
    clauses, params = _date_clauses(since, until)
    if who:
        clause, extra = _who_clause(store, who, "speaker")
        clauses.append(clause)
        params.extend(extra)
    if entity:
        clauses.append("f.entity = ?")
        params.append(entity)
    if kind:
        clauses.append("f.label = ?")
        params.append(kind)
    return _fact_query(store, "quote", clauses, params, limit, offset)


def list_pledges(
    store: Store,
    giver: str | None = None,
    status: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 25,
    offset: int = 0,
) -> tuple[list[Row], int]:
    clauses, params = _date_clauses(since, until)
    if giver:
        clause, extra = _who_clause(store, giver, "giver")
        clauses.append(clause)
        params.extend(extra)
    if status:
        clauses.append("f.label = ?")
        params.append(status)
    return _fact_query(store, "pledge", clauses, params, limit, offset)


def pledge_sums(rows: Iterable[Row]) -> list[Row]:
    """Totals by giver and unit, promised and delivered apart; considered pledges are counted, not summed."""
    sums: dict[tuple[str, str], Row] = {}
    for p in rows:
        amount = p.get("amount") or {}
        unit = str(amount.get("unit") or "")
        s = sums.setdefault((p.get("giver") or "?", unit), {
            "giver": p.get("giver") or "?", "unit": unit, "promised": 0.0, "delivered": 0.0,
            "promised_count": 0, "delivered_count": 0, "considered_count": 0, "articles": []})
        status = p.get("status") or "promised"
        s[f"{status}_count"] = s.get(f"{status}_count", 0) + 1
        if status in ("promised", "delivered"):
            s[status] += float(amount.get("value") or 0.0)
        if p["article_id"] not in s["articles"]:
            s["articles"].append(p["article_id"])
    return [sums[k] for k in sorted(sums, key=lambda k: (k[0].lower(), k[1]))]


# --- sentences around spans ---------------------------------------------------------------------

_BOUNDARY = re.compile(r"(?<=[.!?…])[\s„“\"'‘]+(?=[A-Z\"„“‘'(])|\n+")


def sentence_around(text: str, span: Sequence[int], max_chars: int = 320) -> tuple[str, int]:
    """The sentence containing ``span`` and its start offset (a light splitter: used only for display)."""
    start, end = int(span[0]), int(span[1])
    left = 0
    for m in _BOUNDARY.finditer(text, 0, start):
        left = m.end()
    m = _BOUNDARY.search(text, max(end, start))
    right = m.start() if m else len(text)
    sentence = text[left:right].strip()
    if len(sentence) > max_chars:
        rel = max(0, start - left - max_chars // 3)
        sentence = ("…" if rel else "") + text[left + rel : left + rel + max_chars].strip() + "…"
    return sentence, left
