"""A digest across articles: the takeaways of a period, story or entity, duplicates merged, newest first.

Two takeaways from different articles that make the same point (cosine of their sentence embeddings
above a threshold) become one item that keeps the sources of both. Embeddings of takeaway texts are
cached in the store (table ``brief_vectors``, keyed by a hash of the text), so a second digest over
the same corpus does not embed again.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from duiding.store import Store

MERGE_THRESHOLD = 0.88  # paraphrases score ~0.9; related but different points ~0.85
_SCHEMA = "CREATE TABLE IF NOT EXISTS brief_vectors (hash TEXT PRIMARY KEY, vector BLOB NOT NULL)"


@dataclass
class BriefSource:
    article_id: str
    title: str | None
    date: str | None
    source: str | None
    spans: list[list[int]] = field(default_factory=list)
    text: str = ""  # the takeaway as written for this article


@dataclass
class BriefItem:
    text: str
    date: str | None
    score: float
    sources: list[BriefSource] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "date": self.date,
            "score": round(self.score, 4),
            "sources": [s.__dict__ for s in self.sources],
        }


class BriefError(ValueError):
    """A filter that matches nothing the user could have meant (unknown story or entity)."""


def _hash(text: str) -> str:
    return hashlib.sha1(" ".join(text.lower().split()).encode("utf-8")).hexdigest()


def cached_vectors(conn: sqlite3.Connection, texts: Sequence[str],
                   embed: Callable[[Sequence[str]], np.ndarray] | None = None) -> np.ndarray:
    """Embeddings of ``texts``, from the cache table where present; new ones are embedded and stored."""
    if embed is None:
        from duiding.embed import embed
    conn.execute(_SCHEMA)
    hashes = [_hash(t) for t in texts]
    found: dict[str, np.ndarray] = {}
    unique = list(dict.fromkeys(hashes))
    for i in range(0, len(unique), 500):
        chunk = unique[i : i + 500]
        rows = conn.execute(f"SELECT hash, vector FROM brief_vectors WHERE hash IN ({','.join('?' * len(chunk))})", chunk)
        for h, blob in rows:
            found[h] = np.frombuffer(blob, dtype=np.float32)
    missing = {h: t for h, t in zip(hashes, texts, strict=True) if h not in found}
    if missing:
        vecs = np.asarray(embed(list(missing.values())), dtype=np.float32)
        conn.execute("BEGIN IMMEDIATE")  # the store runs in autocommit mode: one transaction for the batch
        try:
            conn.executemany("INSERT OR REPLACE INTO brief_vectors(hash, vector) VALUES (?, ?)",
                             [(h, v.tobytes()) for h, v in zip(missing, vecs, strict=True)])
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        found.update(zip(missing, vecs, strict=True))
    if not hashes:
        return np.zeros((0, 0), dtype=np.float32)
    return np.stack([found[h] for h in hashes])


def _fold(s: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", s.casefold()) if not unicodedata.combining(c)).strip()


def entity_ids(store: Store, name: str) -> list[str]:
    """Entities whose name or alias is ``name`` (accents and case ignored), else whose name contains it."""
    want = _fold(name)
    ents = store.entities()
    exact = [e.id for e in ents if want == _fold(e.name) or want in {_fold(a) for a in e.aliases}]
    return exact or [e.id for e in ents if want in _fold(e.name)]


def select_articles(store: Store, story: str | None = None, entity: str | None = None,
                    since: str | None = None, until: str | None = None) -> set[str] | None:
    """Article ids the filters allow (None: no id filter). Raises BriefError for an unknown story/entity."""
    ids: set[str] | None = None
    if story:
        s = store.find_story(story)
        if s is None:
            raise BriefError(f"no story with id {story!r}")
        ids = set(s.articles)
    if entity:
        eids = entity_ids(store, entity)
        if not eids:
            raise BriefError(f"no entity named {entity!r}")
        found: set[str] = set()
        for eid in eids:
            found |= {row["article_id"] for row in store.iter_facts("mention", entity=eid)}
            found |= {row["article_id"] for row in store.iter_facts("quote", entity=eid)}
        ids = found if ids is None else ids & found
    return ids


def _in_period(date: str | None, since: str | None, until: str | None) -> bool:
    if since and (not date or date[: len(since)] < since):
        return False
    return not (until and date and date[: len(until)] > until)


def collect(store: Store, ids: set[str] | None, since: str | None, until: str | None) -> list[dict[str, Any]]:
    rows = []
    for row in store.iter_facts("takeaway"):
        if ids is not None and row["article_id"] not in ids:
            continue
        if not _in_period(row.get("article_date"), since, until):
            continue
        rows.append(row)
    return rows


def merge(rows: list[dict[str, Any]], vectors: np.ndarray, threshold: float = MERGE_THRESHOLD) -> list[BriefItem]:
    """Greedy clustering, newest first: a takeaway joins the first item it is near enough to."""
    order = sorted(range(len(rows)), key=lambda i: (rows[i].get("article_date") or "", rows[i].get("score", 0.0)),
                   reverse=True)
    items: list[BriefItem] = []
    reps: list[int] = []  # row index representing each item
    for i in order:
        row = rows[i]
        src = BriefSource(row["article_id"], row.get("article_title"), row.get("article_date"),
                          row.get("article_source"), [list(s) for s in row.get("sources", [])], row["text"])
        if reps:
            sims = vectors[reps] @ vectors[i]
            j = int(np.argmax(sims))
            if float(sims[j]) >= threshold:
                item = items[j]
                if all(s.article_id != src.article_id or s.spans != src.spans for s in item.sources):
                    item.sources.append(src)
                item.score = max(item.score, float(row.get("score", 0.0)))
                continue
        items.append(BriefItem(row["text"], row.get("article_date"), float(row.get("score", 0.0)), [src]))
        reps.append(i)
    return items


def build_brief(store: Store, story: str | None = None, entity: str | None = None, since: str | None = None,
                until: str | None = None, threshold: float = MERGE_THRESHOLD, limit: int | None = None,
                embed: Callable[[Sequence[str]], np.ndarray] | None = None) -> list[BriefItem]:
    ids = select_articles(store, story, entity, since, until)
    rows = collect(store, ids, since, until)
    if not rows:
        return []
    vectors = cached_vectors(store.conn, [r["text"] for r in rows], embed)
    items = merge(rows, vectors, threshold)
    return items[:limit] if limit else items


# --- rendering -------------------------------------------------------------------------------


def _cite(s: BriefSource) -> str:
    return f"[{s.article_id[:8]}]"


def _source_line(s: BriefSource) -> str:
    title = s.title or "(no title)"
    return f"{s.article_id[:8]} · {s.date or 'undated'} · {title}"


def render_md(items: Iterable[BriefItem], heading: str = "Brief") -> str:
    items = list(items)
    lines = [f"# {heading}", ""]
    if not items:
        return "\n".join([*lines, "_No takeaways match._", ""])
    current = None
    for item in items:
        day = item.date or "undated"
        if day != current:
            lines += ["", f"## {day}", ""] if current is not None else [f"## {day}", ""]
            current = day
        cites = " ".join(_cite(s) for s in item.sources)
        lines.append(f"- {item.text} {cites}")
        if len(item.sources) > 1:
            lines.append(f"  - also in: {'; '.join(_source_line(s) for s in item.sources[1:])}")
    lines += ["", "## Sources", ""]
    seen: dict[str, BriefSource] = {}
    for item in items:
        for s in item.sources:
            seen.setdefault(s.article_id, s)
    for s in sorted(seen.values(), key=lambda s: (s.date or "", s.article_id), reverse=True):
        lines.append(f"- `{s.article_id[:8]}` {s.date or 'undated'} — {s.title or '(no title)'} ({s.source or ''})")
    return "\n".join(lines) + "\n"


def render_text(items: Iterable[BriefItem]) -> str:
    out = []
    for item in items:
        out.append(f"{item.date or 'undated':10}  {item.text}")
        for s in item.sources:
            out.append(f"{'':10}    ← {_source_line(s)}")
    return "\n".join(out) if out else "no takeaways match"
