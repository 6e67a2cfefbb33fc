"""The search index: one row per sentence, kept up to date article by article.

Tables (created here, next to the store's own):

* ``search_sentences``: sentence id, article, span in ``Article.text``, article date and source
  (copied so filters need no join) and the stemmed, folded terms;
* ``search_fts``: an FTS5 index over those terms (external content: the terms live only once);
* ``search_articles``: what was indexed for each article (content hash, analysis version, first
  sentence id, sentence count) and its vectors: the article vector used by stories and the first
  stage of semantic search, and all sentence vectors as one float16 blob (one read per article);
* ``search_vocab``: stems seen as stand-alone words, which the compound splitter relies on;
* ``search_meta``: a generation counter so in-memory caches know when to reload.

Indexing is incremental: only articles that are new, changed or newly analysed are (re)indexed.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from duiding.records import Article, ArticleAnalysis
from duiding.search.text import Analyzer, words
from duiding.store import Store

DIM = 512
TITLE_WEIGHT = 3.0  # the title counts as this many sentences in the article vector
BATCH = 200  # articles whose vocabulary is learnt together before they are indexed

SCHEMA = (
    """CREATE TABLE IF NOT EXISTS search_sentences (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        date TEXT,
        source TEXT,
        terms TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS search_sentences_article ON search_sentences(article_id)",
    """CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
        terms, content='search_sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 0'
    )""",
    """CREATE TABLE IF NOT EXISTS search_articles (
        article_id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL,
        analysis_version TEXT,
        first_id INTEGER,
        n INTEGER NOT NULL,
        vec BLOB,
        sentence_vecs BLOB
    )""",
    # Vectors computed by the analysis workers (in parallel), waiting for the index to take them over.
    """CREATE TABLE IF NOT EXISTS search_pending_vectors (
        article_id TEXT PRIMARY KEY,
        analysis_version TEXT NOT NULL,
        n INTEGER NOT NULL,
        vec BLOB,
        sentence_vecs BLOB
    )""",
    "CREATE TABLE IF NOT EXISTS search_vocab (stem TEXT PRIMARY KEY)",
    "CREATE TABLE IF NOT EXISTS search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)

_SENT_RE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'”»]*|\n|$)")


def ensure_schema(conn: sqlite3.Connection) -> None:
    for statement in SCHEMA:
        conn.execute(statement)


def generation(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT value FROM search_meta WHERE key = 'generation'").fetchone()
    return int(row[0]) if row else 0


def _bump(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO search_meta(key, value) VALUES ('generation', '1')"
        " ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
    )


def load_analyzer(conn: sqlite3.Connection) -> Analyzer:
    return Analyzer(r[0] for r in conn.execute("SELECT stem FROM search_vocab"))


def sentence_spans(article: Article, analysis: ArticleAnalysis | None) -> list[tuple[int, int]]:
    """Sentence spans from the language layer, or a plain punctuation split when not analysed."""
    if analysis is not None and analysis.language.sentences:
        spans = [(s.start, s.end) for s in analysis.language.sentences]
    else:
        spans = [(m.start(), m.end()) for m in _SENT_RE.finditer(article.text)]
    out = []
    for start, end in spans:
        text = article.text[start:end]
        stripped = text.strip()
        if len(stripped) < 2:
            continue
        lead = len(text) - len(text.lstrip())
        out.append((start + lead, start + lead + len(stripped)))
    return out


@dataclass
class Prepared:
    """One article ready to be written: its sentences, terms and vectors."""

    article: Article
    content_hash: str
    analysis_version: str | None
    spans: list[tuple[int, int]]
    terms: list[str]
    sentence_vecs: np.ndarray | None
    vec: np.ndarray | None


def _embedder() -> Callable[[Sequence[str]], np.ndarray] | None:
    try:
        from duiding.embed import embed
    except ImportError:
        return None
    return embed


def article_vector(title_vec: np.ndarray | None, sentence_vecs: np.ndarray) -> np.ndarray | None:
    """What the article is about, for stories and the first stage of semantic search.

    The mean of all its sentences separates stories better than the lead alone (measured on the
    sample corpus); the title counts as much as a few sentences.
    """
    parts = []
    if len(sentence_vecs):
        parts.append(sentence_vecs.mean(axis=0))
    if title_vec is not None:
        parts.append(title_vec * (TITLE_WEIGHT / max(1, len(sentence_vecs))))
    if not parts:
        return None
    v = np.sum(parts, axis=0)
    norm = float(np.linalg.norm(v))
    return (v / norm).astype(np.float32) if norm > 0 else None


@dataclass
class ArticleVectors:
    """An article's sentence vectors and its overall vector, as the index stores them."""

    analysis_version: str | None
    sentence_vecs: np.ndarray
    vec: np.ndarray | None


def embed_article(
    article: Article, analysis: ArticleAnalysis | None,
    embed: Callable[[Sequence[str]], np.ndarray] | None = None,
) -> ArticleVectors | None:
    """Embed the sentences the index will hold (and the title). Pure: runs in the analysis workers, so
    the main process does not embed every sentence a second time (see ``stash_vectors``)."""
    embed = embed or _embedder()
    if embed is None:
        return None
    return _embed_spans(article, sentence_spans(article, analysis), analysis.version if analysis else None, embed)


def _embed_spans(
    article: Article, spans: list[tuple[int, int]], version: str | None, embed: Callable[[Sequence[str]], np.ndarray],
) -> ArticleVectors:
    texts = [article.text[s:e] for s, e in spans]
    title = (article.title or "").strip()
    batch = texts + ([title] if title else [])
    vecs = np.asarray(embed(batch), dtype=np.float32) if batch else np.zeros((0, DIM), np.float32)
    sentence_vecs = vecs[: len(texts)]
    vec = article_vector(vecs[len(texts)] if title else None, sentence_vecs)
    return ArticleVectors(version, sentence_vecs, vec)


def stash_vectors(conn: sqlite3.Connection, article_id: str, vectors: ArticleVectors) -> None:
    """Keep vectors computed with the analysis until ``update`` indexes the article."""
    ensure_schema(conn)
    conn.execute(
        "INSERT OR REPLACE INTO search_pending_vectors(article_id, analysis_version, n, vec, sentence_vecs)"
        " VALUES (?,?,?,?,?)",
        (
            article_id, vectors.analysis_version or "", len(vectors.sentence_vecs),
            None if vectors.vec is None else vectors.vec.astype(np.float16).tobytes(),
            vectors.sentence_vecs.astype(np.float16).tobytes(),
        ),
    )


def _pending(conn: sqlite3.Connection, article_id: str, version: str | None) -> ArticleVectors | None:
    """Vectors stashed for this very analysis, or None (then the index embeds)."""
    row = conn.execute(
        "SELECT analysis_version, n, vec, sentence_vecs FROM search_pending_vectors WHERE article_id = ?",
        (article_id,),
    ).fetchone()
    if row is None or row[0] != (version or ""):
        return None
    sentence_vecs = np.frombuffer(row[3], dtype=np.float16).astype(np.float32).reshape(row[1], DIM)
    vec = None if row[2] is None else np.frombuffer(row[2], dtype=np.float16).astype(np.float32)
    return ArticleVectors(version, sentence_vecs, vec)


def prepare(
    article: Article, analysis: ArticleAnalysis | None, content_hash: str, analyzer: Analyzer,
    embed: Callable[[Sequence[str]], np.ndarray] | None,
    precomputed: ArticleVectors | None = None,
) -> Prepared:
    """Sentences, terms and vectors of one article; ``precomputed`` vectors are used when they cover
    exactly these sentences, otherwise the sentences are embedded here."""
    spans = sentence_spans(article, analysis)
    terms = [analyzer.index_text(article.text[s:e]) for s, e in spans]
    version = analysis.version if analysis else None
    vectors = precomputed if precomputed is not None and len(precomputed.sentence_vecs) == len(spans) else (
        _embed_spans(article, spans, version, embed) if embed is not None else None)
    return Prepared(
        article, content_hash, version, spans, terms,
        vectors.sentence_vecs if vectors else None, vectors.vec if vectors else None,
    )


def write(conn: sqlite3.Connection, p: Prepared) -> None:
    """Replace whatever the index holds for the article by ``p`` (caller holds the transaction)."""
    remove(conn, p.article.id)
    first_id = None
    for (start, end), terms in zip(p.spans, p.terms, strict=True):
        cur = conn.execute(
            "INSERT INTO search_sentences(article_id, start, end, date, source, terms) VALUES (?,?,?,?,?,?)",
            (p.article.id, start, end, p.article.date, p.article.source, terms),
        )
        sid = cur.lastrowid
        first_id = sid if first_id is None else first_id
        conn.execute("INSERT INTO search_fts(rowid, terms) VALUES (?, ?)", (sid, terms))
    conn.execute(
        "INSERT INTO search_articles(article_id, content_hash, analysis_version, first_id, n, vec, sentence_vecs)"
        " VALUES (?,?,?,?,?,?,?)",
        (
            p.article.id, p.content_hash, p.analysis_version, first_id, len(p.spans),
            None if p.vec is None else p.vec.astype(np.float16).tobytes(),
            None if p.sentence_vecs is None else p.sentence_vecs.astype(np.float16).tobytes(),
        ),
    )


def remove(conn: sqlite3.Connection, article_id: str) -> None:
    rows = conn.execute("SELECT id, terms FROM search_sentences WHERE article_id = ?", (article_id,)).fetchall()
    conn.executemany("INSERT INTO search_fts(search_fts, rowid, terms) VALUES ('delete', ?, ?)", [tuple(r) for r in rows])
    conn.execute("DELETE FROM search_sentences WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM search_articles WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM search_pending_vectors WHERE article_id = ?", (article_id,))


def stale_articles(conn: sqlite3.Connection) -> list[str]:
    """Articles not indexed yet, changed since, or analysed after they were indexed."""
    ensure_schema(conn)
    rows = conn.execute(
        "SELECT a.id FROM articles a LEFT JOIN search_articles s ON s.article_id = a.id"
        " LEFT JOIN analyses an ON an.article_id = a.id"
        " WHERE s.article_id IS NULL OR s.content_hash != a.content_hash"
        " OR s.analysis_version IS NOT an.version"
        " ORDER BY a.date IS NULL, a.date, a.id"
    )
    return [r[0] for r in rows]


def learn_vocabulary(conn: sqlite3.Connection, analyzer: Analyzer, texts: Sequence[str]) -> None:
    new = set()
    for text in texts:
        new |= analyzer.learn(words(text))
    if new:
        conn.executemany("INSERT OR IGNORE INTO search_vocab(stem) VALUES (?)", [(s,) for s in new])


def update(store: Store, advance: Callable[[int], None] | None = None) -> int:
    """Index every article that needs it; returns how many were (re)indexed."""
    conn = store.conn
    todo = stale_articles(conn)
    if not todo:
        return 0
    analyzer = load_analyzer(conn)
    embed = _embedder()
    done = 0
    for i in range(0, len(todo), BATCH):
        chunk = todo[i : i + BATCH]
        hashes = dict(conn.execute(
            f"SELECT id, content_hash FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk).fetchall())
        articles = [a for a in (store.get_article(aid) for aid in chunk) if a is not None]
        with store.transaction():
            learn_vocabulary(conn, analyzer, [a.text for a in articles])
        for article in articles:
            analysis = store.get_analysis(article.id)
            pending = _pending(conn, article.id, analysis.version if analysis else None)
            prepared = prepare(article, analysis, hashes[article.id], analyzer, embed, pending)
            with store.transaction():
                write(conn, prepared)
            done += 1
            if advance:
                advance(1)
    with store.transaction():
        _bump(conn)
    return done
