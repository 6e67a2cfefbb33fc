"""The embedded store: one SQLite file in WAL mode.

Each article is written in its own transaction, so a run killed half-way leaves a consistent
database and a re-run adds what is missing. Re-ingesting an article adds nothing (content hash);
a near-duplicate (the same wire story on another site) is stored and linked to its twin.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal, Self

from duiding.records import Article, ArticleAnalysis, Entity, Story
from duiding.store.schema import MIGRATIONS, SCHEMA_VERSION

DEFAULT_DB = "duiding.db"


def default_db_path() -> str:
    return os.environ.get("DUIDING_DB") or DEFAULT_DB


class StoreError(RuntimeError):
    pass


@dataclass(frozen=True)
class AddResult:
    status: Literal["added", "duplicate", "near_duplicate"]
    article_id: str
    twin_id: str | None = None
    similarity: float | None = None


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


class Store:
    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = str(path or default_db_path())
        if self.path != ":memory:":
            parent = Path(self.path).resolve().parent
            if not parent.is_dir():
                raise StoreError(f"{self.path}: directory {parent} does not exist")
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable duiding database ({exc})") from exc

    # -- housekeeping ------------------------------------------------------------------------

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: schema version {version} is newer than this duiding ({SCHEMA_VERSION}); upgrade duiding"
            )
        for number in range(version, SCHEMA_VERSION):
            with self.transaction():
                for statement in _statements(MIGRATIONS[number]):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {number + 1}")

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- articles ----------------------------------------------------------------------------

    def add_article(self, article: Article) -> AddResult:
        from duiding.ingest import dedup

        digest = dedup.content_hash(article.text)
        row = self.conn.execute(
            "SELECT id FROM articles WHERE content_hash = ? OR id = ?", (digest, article.id)
        ).fetchone()
        if row is not None:
            with self.transaction():
                self.conn.execute(
                    "INSERT OR IGNORE INTO article_sources(article_id, source) VALUES (?, ?)", (row["id"], article.source)
                )
            return AddResult("duplicate", row["id"], row["id"])

        signature = dedup.minhash_signature(article.text)
        bands = dedup.lsh_bands(signature)
        twin, best = self._nearest(signature, bands)
        with self.transaction():
            self.conn.execute(
                "INSERT INTO articles(id, source, url, title, date, date_precision, text, content_hash, data,"
                " near_duplicate_of, similarity) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    article.id,
                    article.source,
                    article.url,
                    article.title,
                    article.date,
                    article.date_precision,
                    article.text,
                    digest,
                    _dumps(article.to_dict()),
                    twin,
                    best if twin else None,
                ),
            )
            self.conn.execute("INSERT INTO article_sources(article_id, source) VALUES (?, ?)", (article.id, article.source))
            self.conn.execute("INSERT INTO signatures(article_id, signature) VALUES (?, ?)", (article.id, _dumps(signature)))
            self.conn.executemany(
                "INSERT OR IGNORE INTO minhash_bands(band, article_id) VALUES (?, ?)", [(b, article.id) for b in bands]
            )
        if twin:
            return AddResult("near_duplicate", article.id, twin, best)
        return AddResult("added", article.id)

    def _nearest(self, signature: list[int], bands: list[str]) -> tuple[str | None, float]:
        from duiding.ingest import dedup

        if not bands:
            return None, 0.0
        marks = ",".join("?" * len(bands))
        candidates = [
            r[0] for r in self.conn.execute(f"SELECT DISTINCT article_id FROM minhash_bands WHERE band IN ({marks})", bands)
        ]
        best_id, best = None, 0.0
        for cand in candidates:
            row = self.conn.execute("SELECT signature FROM signatures WHERE article_id = ?", (cand,)).fetchone()
            if row is None:
                continue
            sim = dedup.similarity(signature, json.loads(row[0]))
            if sim > best:
                best_id, best = cand, sim
        if best >= dedup.NEAR_DUPLICATE_THRESHOLD:
            return best_id, best
        return None, best

    def resolve_id(self, id_or_prefix: str) -> str | None:
        """An article id from a full id or a unique prefix (at least 4 characters)."""
        row = self.conn.execute("SELECT id FROM articles WHERE id = ?", (id_or_prefix,)).fetchone()
        if row:
            return str(row[0])
        if len(id_or_prefix) < 4:
            return None
        rows = self.conn.execute(
            "SELECT id FROM articles WHERE id LIKE ? LIMIT 2", (id_or_prefix.replace("%", "") + "%",)
        ).fetchall()
        return str(rows[0][0]) if len(rows) == 1 else None

    def get_article(self, article_id: str) -> Article | None:
        real = self.resolve_id(article_id)
        if real is None:
            return None
        row = self.conn.execute("SELECT data FROM articles WHERE id = ?", (real,)).fetchone()
        return Article.from_dict(json.loads(row[0])) if row else None

    def article_meta(self, article_id: str) -> dict[str, Any] | None:
        row = self.conn.execute(
            "SELECT id, source, url, title, date, date_precision, near_duplicate_of, similarity, ingested_at"
            " FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        meta = dict(row)
        meta["sources"] = [r[0] for r in self.conn.execute(
            "SELECT source FROM article_sources WHERE article_id = ? ORDER BY source", (article_id,))]
        meta["twins"] = self.twins(article_id)
        meta["stories"] = [r[0] for r in self.conn.execute(
            "SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,))]
        return meta

    def twins(self, article_id: str) -> list[str]:
        rows = self.conn.execute(
            "SELECT near_duplicate_of FROM articles WHERE id = ? AND near_duplicate_of IS NOT NULL"
            " UNION SELECT id FROM articles WHERE near_duplicate_of = ?",
            (article_id, article_id),
        )
        return sorted(r[0] for r in rows)

    def _article_where(
        self, since: str | None, until: str | None, source: str | None, ids: Iterable[str] | None = None
    ) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if since:
            clauses.append("date >= ?")
            params.append(since)
        if until:
            # '2025-03' sorts before '2025-03-05': compare on the prefix so the whole period counts
            clauses.append("substr(date, 1, ?) <= ?")
            params.extend([len(until), until])
        if source:
            clauses.append("source LIKE ?")
            params.append(f"%{source}%")
        if ids is not None:
            ids = list(ids)
            clauses.append(f"id IN ({','.join('?' * len(ids))})" if ids else "0")
            params.extend(ids)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def iter_articles(
        self,
        since: str | None = None,
        until: str | None = None,
        source: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        ids: Iterable[str] | None = None,
    ) -> Iterator[Article]:
        where, params = self._article_where(since, until, source, ids)
        sql = f"SELECT data FROM articles{where} ORDER BY date IS NULL, date, id"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params.extend([limit, offset])
        for row in self.conn.execute(sql, params).fetchall():
            yield Article.from_dict(json.loads(row[0]))

    def list_articles(
        self, since: str | None = None, until: str | None = None, source: str | None = None,
        limit: int | None = None, offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Light rows (no text) for listings."""
        where, params = self._article_where(since, until, source)
        sql = (
            "SELECT a.id, a.source, a.url, a.title, a.date, a.near_duplicate_of, length(a.text) AS chars,"
            " an.version AS analysis FROM articles a LEFT JOIN analyses an ON an.article_id = a.id"
            f"{where.replace('date', 'a.date').replace('source', 'a.source').replace(' id IN', ' a.id IN')}"
            " ORDER BY a.date IS NULL, a.date DESC, a.id"
        )
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params.extend([limit, offset])
        return [dict(r) for r in self.conn.execute(sql, params)]

    def count_articles(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def article_ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM articles ORDER BY date IS NULL, date, id")]

    # -- analyses ----------------------------------------------------------------------------

    def save_analysis(self, analysis: ArticleAnalysis) -> None:
        aid = analysis.article_id
        with self.transaction():
            self.conn.execute(
                "INSERT OR REPLACE INTO analyses(article_id, version, data) VALUES (?, ?, ?)",
                (aid, analysis.version, _dumps(analysis.to_dict())),
            )
            self.conn.execute("DELETE FROM facts WHERE article_id = ?", (aid,))
            self.conn.executemany(
                "INSERT INTO facts(article_id, kind, idx, start, end, text, entity, label, value, data)"
                " VALUES (?,?,?,?,?,?,?,?,?,?)",
                list(_fact_rows(analysis)),
            )

    def get_analysis(self, article_id: str) -> ArticleAnalysis | None:
        row = self.conn.execute("SELECT data FROM analyses WHERE article_id = ?", (article_id,)).fetchone()
        return ArticleAnalysis.from_dict(json.loads(row[0])) if row else None

    def analysis_version(self, article_id: str) -> str | None:
        row = self.conn.execute("SELECT version FROM analyses WHERE article_id = ?", (article_id,)).fetchone()
        return str(row[0]) if row else None

    def iter_analyses(
        self, since: str | None = None, until: str | None = None, ids: Iterable[str] | None = None
    ) -> Iterator[tuple[Article, ArticleAnalysis]]:
        where, params = self._article_where(since, until, None, ids)
        where = where.replace("date", "a.date").replace(" id IN", " a.id IN")
        sql = (
            "SELECT a.data, an.data FROM articles a JOIN analyses an ON an.article_id = a.id"
            f"{where} ORDER BY a.date IS NULL, a.date, a.id"
        )
        for row in self.conn.execute(sql, params).fetchall():
            yield Article.from_dict(json.loads(row[0])), ArticleAnalysis.from_dict(json.loads(row[1]))

    def iter_facts(
        self, kind: str, entity: str | None = None, article_id: str | None = None
    ) -> Iterator[dict[str, Any]]:
        """Fact rows of one kind with the article's date, title and source, oldest first."""
        sql = (
            "SELECT f.article_id, f.idx, f.data, a.date, a.title, a.source FROM facts f"
            " JOIN articles a ON a.id = f.article_id WHERE f.kind = ?"
        )
        params: list[Any] = [kind]
        if entity is not None:
            sql += " AND f.entity = ?"
            params.append(entity)
        if article_id is not None:
            sql += " AND f.article_id = ?"
            params.append(article_id)
        sql += " ORDER BY a.date IS NULL, a.date, f.article_id, f.start"
        for row in self.conn.execute(sql, params):
            data = json.loads(row["data"])
            data.update(article_id=row["article_id"], idx=row["idx"], article_date=row["date"],
                        article_title=row["title"], article_source=row["source"])
            yield data

    # -- entities and stories ------------------------------------------------------------------

    def replace_entities(self, entities: Iterable[Entity]) -> None:
        with self.transaction():
            self.conn.execute("DELETE FROM entities")
            self.conn.executemany(
                "INSERT INTO entities(id, name, type, data) VALUES (?, ?, ?, ?)",
                [(e.id, e.name, e.type, _dumps(asdict(e))) for e in entities],
            )

    def entities(self) -> list[Entity]:
        return [Entity(**json.loads(r[0])) for r in self.conn.execute("SELECT data FROM entities ORDER BY name")]

    def get_entity(self, entity_id: str) -> Entity | None:
        row = self.conn.execute("SELECT data FROM entities WHERE id = ?", (entity_id,)).fetchone()
        return Entity(**json.loads(row[0])) if row else None

    def replace_stories(self, stories: Iterable[Story]) -> None:
        with self.transaction():
            self.conn.execute("DELETE FROM story_articles")
            self.conn.execute("DELETE FROM stories")
            for s in stories:
                self._insert_story(s)

    def upsert_story(self, story: Story) -> None:
        with self.transaction():
            self.conn.execute("DELETE FROM story_articles WHERE story_id = ?", (story.id,))
            self.conn.execute("DELETE FROM stories WHERE id = ?", (story.id,))
            self._insert_story(story)

    def _insert_story(self, s: Story) -> None:
        self.conn.execute(
            "INSERT INTO stories(id, title, first_date, last_date, data) VALUES (?,?,?,?,?)",
            (s.id, s.title, s.first_date, s.last_date, _dumps(asdict(s))),
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO story_articles(story_id, article_id) VALUES (?, ?)", [(s.id, a) for a in s.articles]
        )

    def stories(self) -> list[Story]:
        rows = self.conn.execute("SELECT data FROM stories ORDER BY last_date IS NULL, last_date DESC, id")
        return [Story(**json.loads(r[0])) for r in rows]

    def get_story(self, story_id: str) -> Story | None:
        row = self.conn.execute("SELECT data FROM stories WHERE id = ?", (story_id,)).fetchone()
        return Story(**json.loads(row[0])) if row else None

    def find_story(self, id_or_prefix: str) -> Story | None:
        """A story by its id or a unique prefix of it."""
        story = self.get_story(id_or_prefix)
        if story is not None:
            return story
        rows = self.conn.execute(
            "SELECT data FROM stories WHERE id LIKE ? LIMIT 2", (id_or_prefix.replace("%", "") + "%",)
        ).fetchall()
        return Story(**json.loads(rows[0][0])) if len(rows) == 1 else None

    def story_of(self, article_id: str) -> str | None:
        row = self.conn.execute("SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)).fetchone()
        return str(row[0]) if row else None


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (no semicolons inside our DDL strings)."""
    cleaned = "\n".join(line.split("--", 1)[0] for line in script.splitlines())
    return [s.strip() for s in cleaned.split(";") if s.strip()]


_ENTITY_FIELD = {"mentions": "entity", "quotes": "speaker_entity", "pledges": "giver_entity"}
_LABEL_FIELD = {"mentions": "type", "quotes": "kind", "amounts": "unit", "pledges": "status", "dates": "kind"}
_KIND = {"mentions": "mention", "quotes": "quote", "dates": "date", "amounts": "amount", "pledges": "pledge",
         "takeaways": "takeaway"}


def _fact_rows(analysis: ArticleAnalysis) -> Iterator[tuple[Any, ...]]:
    for field_name, kind in _KIND.items():
        for idx, record in enumerate(getattr(analysis, field_name)):
            data = asdict(record)
            if field_name == "takeaways":
                spans = record.sources or [(0, 0)]
                start, end = min(s[0] for s in spans), max(s[1] for s in spans)
            else:
                start, end = record.span
            value = data.get("value")
            yield (
                analysis.article_id,
                kind,
                idx,
                start,
                end,
                data.get("text") or data.get("what") or "",
                data.get(_ENTITY_FIELD.get(field_name, ""), None),
                data.get(_LABEL_FIELD.get(field_name, ""), None),
                None if value is None else str(value),
                _dumps(data),
            )
