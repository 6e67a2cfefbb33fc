"""One search over the index: full text (FTS5 over stems) and semantic, fused by reciprocal rank.

``query(store, q, ...)`` is the one entry point, shared by the CLI and the web API. Filters narrow
both rankings the same way; every hit is a sentence with its article and the words that matched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any, Literal

import numpy as np

from duiding.search import vectors
from duiding.search.index import ensure_schema, load_analyzer
from duiding.search.text import WORD_RE, Analyzer, fold, stem, stopwords
from duiding.store import Store

Mode = Literal["hybrid", "text", "semantic"]
RRF_K = 60  # the usual reciprocal-rank-fusion constant: damps the head of each list
DEPTH = 100  # hits taken from each ranking before fusion
FTS_CAP = 400  # matches scored per stage: the newest ones when a term is everywhere
FTS_CAP_FILTERED = 200  # with filters each match costs a row lookup, so fewer
PREFIX_MIN = 5  # query stems at least this long also match as prefixes (defensie -> defensieminister)
SEMANTIC_FLOOR = 0.25  # cosine under which a sentence is not a semantic match at all
SHORT_CHARS = 40  # sentences shorter than this are mostly headings ...
SHORT_FACTOR = 0.8  # ... and count this much in the fused score: a reader wants the sentence that says it


@dataclass
class Hit:
    """A matching sentence, where it is, and why it matched."""

    article_id: str
    span: tuple[int, int]
    sentence: str
    title: str | None
    date: str | None
    source: str
    score: float
    highlights: list[tuple[int, int]] = field(default_factory=list)  # offsets in ``sentence``
    text_rank: int | None = None
    semantic_rank: int | None = None
    similarity: float | None = None
    story_id: str | None = None

    def snippet(self, mark: Callable[[str], str] = lambda w: f"**{w}**") -> str:
        """The sentence with each matched word passed through ``mark``."""
        out, pos = [], 0
        for start, end in self.highlights:
            out.append(self.sentence[pos:start])
            out.append(mark(self.sentence[start:end]))
            pos = end
        out.append(self.sentence[pos:])
        return "".join(out)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["snippet"] = self.snippet()
        return d


@dataclass
class Filters:
    since: str | None = None
    until: str | None = None
    source: str | None = None
    articles: set[str] | None = None  # from entity, speaker and story filters (intersected)
    sentences: set[int] | None = None  # from the speaker filter: sentences inside their quotes

    @property
    def empty(self) -> bool:
        return (self.articles is not None and not self.articles) or (self.sentences is not None and not self.sentences)


# -- query terms ---------------------------------------------------------------------------------


@dataclass
class QueryTerms:
    groups: list[tuple[str, bool]]  # (stem, also as prefix) per query word

    def fts(self, op: str = "AND", prefixes: bool = True) -> str:
        parts = []
        for s, prefix in self.groups:
            parts.append(f'("{s}" OR "{s}"*)' if prefix and prefixes else f'"{s}"')
        return f" {op} ".join(parts)

    @property
    def has_prefixes(self) -> bool:
        return any(prefix for _, prefix in self.groups)

    def matches(self, terms: Iterable[str]) -> bool:
        for t in terms:
            for s, prefix in self.groups:
                if t == s or (prefix and t.startswith(s)):
                    return True
        return False


def parse(q: str) -> QueryTerms:
    groups: list[tuple[str, bool]] = []
    stops = stopwords()
    for m in WORD_RE.finditer(q):
        word = fold(m.group())
        pieces = [p for p in word.replace("’", "'").replace("'", "-").split("-") if p and p not in stops]
        for piece in pieces:
            s = stem(piece)
            if s and (s, len(s) >= PREFIX_MIN) not in groups:
                groups.append((s, len(s) >= PREFIX_MIN))
    return QueryTerms(groups)


# -- filters -------------------------------------------------------------------------------------


def _folded_match(name: str, candidates: Iterable[str]) -> bool:
    n = fold(name).strip()
    return any(fold(c).strip() == n for c in candidates if c)


def entity_articles(store: Store, name: str) -> set[str]:
    """Articles mentioning the entity called ``name`` (its name or an alias; else the mention text)."""
    ids = [e.id for e in store.entities() if _folded_match(name, [e.name, *e.aliases])]
    conn = store.conn
    if ids:
        rows = conn.execute(
            f"SELECT DISTINCT article_id FROM facts WHERE kind = 'mention' AND entity IN ({','.join('?' * len(ids))})",
            ids,
        )
        return {r[0] for r in rows}
    folded = fold(name).strip()
    rows = conn.execute("SELECT article_id, text FROM facts WHERE kind = 'mention'")
    return {r[0] for r in rows if fold(r[1]).strip() == folded or folded in fold(r[1]).split()}


def speaker_sentences(store: Store, name: str) -> tuple[set[str], set[int]]:
    """Articles quoting the speaker, and the indexed sentences that overlap those quotes."""
    import json

    folded = fold(name).strip()
    ent_ids = {e.id for e in store.entities() if _folded_match(name, [e.name, *e.aliases])}
    quotes: list[tuple[str, int, int]] = []
    for row in store.conn.execute("SELECT article_id, start, end, entity, data FROM facts WHERE kind = 'quote'"):
        speaker = json.loads(row[4]).get("speaker") or ""
        fs = fold(speaker)
        if (row[3] and row[3] in ent_ids) or (fs and (fs == folded or folded in fs.split() or fs in folded.split())):
            quotes.append((row[0], row[1], row[2]))
    articles = {q[0] for q in quotes}
    sentences: set[int] = set()
    for aid, start, end in quotes:
        rows = store.conn.execute(
            "SELECT id FROM search_sentences WHERE article_id = ? AND start < ? AND end > ?", (aid, end, start)
        )
        sentences.update(r[0] for r in rows)
    return articles, sentences


def story_articles(store: Store, story_id: str) -> set[str]:
    return {r[0] for r in store.conn.execute("SELECT article_id FROM story_articles WHERE story_id = ?", (story_id,))}


def build_filters(
    store: Store, since: str | None = None, until: str | None = None, source: str | None = None,
    entity: str | None = None, speaker: str | None = None, story: str | None = None,
) -> Filters:
    f = Filters(since=since, until=until, source=source)

    def narrow(ids: set[str]) -> None:
        f.articles = ids if f.articles is None else f.articles & ids

    if entity:
        narrow(entity_articles(store, entity))
    if speaker:
        arts, sents = speaker_sentences(store, speaker)
        narrow(arts)
        f.sentences = sents
    if story:
        narrow(story_articles(store, story))
    return f


# -- the two rankings ----------------------------------------------------------------------------


def text_ranking(conn: sqlite3.Connection, terms: QueryTerms, f: Filters, depth: int = DEPTH) -> list[int]:
    """Sentence ids by BM25, best first, in stages until ``depth`` are found: all words, any word,
    then the same with prefixes (a prefix expands to every indexed term starting with it, which is
    slow for common stems, so it only runs when the exact stems found too little)."""
    if not terms.groups:
        return []
    where, params = ["search_fts MATCH ?"], []
    if f.since:
        where.append("s.date >= ?")
        params.append(f.since)
    if f.until:
        where.append("substr(s.date, 1, ?) <= ?")
        params.extend([len(f.until), f.until])
    if f.source:
        where.append("s.source LIKE ?")
        params.append(f"%{f.source}%")
    if f.articles is not None:
        ids = sorted(f.articles)
        where.append(f"s.article_id IN ({','.join('?' * len(ids))})")
        params.extend(ids)
    if len(where) == 1:  # no filter on the sentence rows: stay inside the FTS index
        sql = f"SELECT rowid, bm25(search_fts) FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT {FTS_CAP}"
    else:
        sql = (
            "SELECT s.id, bm25(search_fts) FROM search_fts JOIN search_sentences s ON s.id = search_fts.rowid"
            f" WHERE {' AND '.join(where)} ORDER BY search_fts.rowid DESC LIMIT {FTS_CAP_FILTERED}"
        )
    ranked: list[int] = []
    seen: set[int] = set()
    stages = [(op, prefixes) for prefixes in ([False, True] if terms.has_prefixes else [False])
              for op in (["AND", "OR"] if len(terms.groups) > 1 else ["AND"])]
    for op, prefixes in stages:
        rows = conn.execute(sql, [terms.fts(op, prefixes), *params]).fetchall()
        rows.sort(key=lambda r: (r[1], -r[0]))
        for sid, _score in rows:
            if sid in seen or (f.sentences is not None and sid not in f.sentences):
                continue
            seen.add(sid)
            ranked.append(sid)
            if len(ranked) >= depth:
                return ranked
    return ranked


@lru_cache(maxsize=512)
def _query_vector(q: str) -> np.ndarray:
    """Query embeddings are cached: the web UI pages through the same query again and again."""
    from duiding.embed import embed

    return embed([q])[0]


def semantic_ranking(
    store: Store, q: str, f: Filters, depth: int = DEPTH
) -> list[tuple[int, float]]:
    """(sentence id, cosine) best first, over the articles that pass the filters."""
    matrix = vectors.article_matrix(store.conn, store.path)
    if not len(matrix.ids):
        return []
    qv = _query_vector(q)
    mask = np.ones(len(matrix.ids), dtype=bool)
    if f.since:
        mask &= matrix.dates >= f.since
    if f.until:
        mask &= (matrix.dates.astype(f"<U{len(f.until)}") <= f.until) & (matrix.dates != "")
    if f.source:
        mask &= np.strings.find(matrix.sources, f.source.lower()) >= 0
    if f.articles is not None:
        allowed = np.zeros(len(mask), dtype=bool)
        rows = [matrix.row_of[a] for a in f.articles if a in matrix.row_of]
        allowed[rows] = True
        mask &= allowed
    top = matrix.top(qv, mask, vectors.FIRST_STAGE)
    if not len(top):
        return []
    article_ids = [str(matrix.ids[i]) for i in top]
    sids, sims = vectors.sentence_scores(store.conn, article_ids, qv)
    keep = sims >= SEMANTIC_FLOOR
    if f.sentences is not None:
        keep &= np.isin(sids, np.fromiter(f.sentences, dtype=np.int64, count=len(f.sentences)))
    sids, sims = sids[keep], sims[keep]
    order = np.argsort(-sims, kind="stable")[:depth]
    return [(int(sids[i]), float(sims[i])) for i in order]


# -- fusion and hits -----------------------------------------------------------------------------


def _analyzer(store: Store) -> Analyzer:
    key = (store.path, vectors.generation(store.conn))
    cached = _ANALYZERS.get(store.path)
    if cached is None or cached[0] != key:
        cached = (key, load_analyzer(store.conn))
        _ANALYZERS[store.path] = cached
    return cached[1]


_ANALYZERS: dict[str, tuple[tuple[str, int], Analyzer]] = {}


def highlight(sentence: str, terms: QueryTerms, analyzer: Analyzer) -> list[tuple[int, int]]:
    return [(w.start, w.end) for w in analyzer.text_terms(sentence) if terms.matches(w.terms)]


def query(
    store: Store,
    q: str,
    since: str | None = None,
    until: str | None = None,
    entity: str | None = None,
    speaker: str | None = None,
    story: str | None = None,
    source: str | None = None,
    limit: int = 20,
    mode: Mode = "hybrid",
) -> list[Hit]:
    """Search the store's index; the newest index is used as is (call ``index.update`` to refresh)."""
    ensure_schema(store.conn)
    f = build_filters(store, since, until, source, entity, speaker, story)
    if f.empty or not q.strip():
        return []
    terms = parse(q)
    fused: dict[int, float] = {}
    text_rank: dict[int, int] = {}
    sem: dict[int, tuple[int, float]] = {}
    if mode in ("hybrid", "text"):
        for rank, sid in enumerate(text_ranking(store.conn, terms, f), start=1):
            text_rank[sid] = rank
            fused[sid] = fused.get(sid, 0.0) + 1.0 / (RRF_K + rank)
    if mode in ("hybrid", "semantic"):
        for rank, (sid, sim) in enumerate(semantic_ranking(store, q, f), start=1):
            sem[sid] = (rank, sim)
            fused[sid] = fused.get(sid, 0.0) + 1.0 / (RRF_K + rank)
    if fused:
        marks = ",".join("?" * len(fused))
        for sid, length in store.conn.execute(
            f"SELECT id, end - start FROM search_sentences WHERE id IN ({marks})", list(fused)
        ):
            if length < SHORT_CHARS:
                fused[sid] *= SHORT_FACTOR
    best = sorted(fused, key=lambda sid: (-fused[sid], sid))[: limit * 3]
    hits, seen = [], set()
    for hit in _hits(store, best, fused, text_rank, sem):
        key = " ".join(fold(hit.sentence).split())
        if key in seen:  # the same sentence in a near-duplicate article: show it once
            continue
        seen.add(key)
        hits.append(hit)
        if len(hits) >= limit:
            break
    analyzer = _analyzer(store)
    for hit in hits:  # only for what is shown: highlighting re-analyses the sentence
        hit.highlights = highlight(hit.sentence, terms, analyzer)
    return hits


def _hits(
    store: Store, ids: list[int], fused: dict[int, float], text_rank: dict[int, int],
    sem: dict[int, tuple[int, float]],
) -> list[Hit]:
    if not ids:
        return []
    rows = store.conn.execute(
        "SELECT s.id, s.article_id, s.start, s.end, substr(a.text, s.start + 1, s.end - s.start), a.title, a.date,"
        " a.source, (SELECT story_id FROM story_articles sa WHERE sa.article_id = a.id LIMIT 1)"
        " FROM search_sentences s JOIN articles a ON a.id = s.article_id"
        f" WHERE s.id IN ({','.join('?' * len(ids))})",
        ids,
    ).fetchall()
    by_id = {r[0]: r for r in rows}
    hits = []
    for sid in ids:
        r = by_id.get(sid)
        if r is None:
            continue
        sentence = r[4]
        hits.append(Hit(
            article_id=r[1], span=(r[2], r[3]), sentence=sentence, title=r[5], date=r[6], source=r[7],
            score=round(fused[sid], 6),
            text_rank=text_rank.get(sid), semantic_rank=sem[sid][0] if sid in sem else None,
            similarity=round(sem[sid][1], 4) if sid in sem else None, story_id=r[8],
        ))
    return hits
