"""Schema of the SQLite store, as an ordered list of migrations.

``PRAGMA user_version`` holds the number of migrations applied; opening a store applies the rest,
each in its own transaction, so an old database is upgraded in place.
"""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: articles, their analyses and the facts drawn from them
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        url TEXT,
        title TEXT,
        date TEXT,
        date_precision TEXT,
        text TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        data TEXT NOT NULL,              -- the whole Article as JSON (original, offsets, removed ...)
        near_duplicate_of TEXT REFERENCES articles(id),
        similarity REAL,
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE INDEX articles_date ON articles(date);
    CREATE INDEX articles_source ON articles(source);
    CREATE TABLE article_sources (       -- every place an article was read from (duplicates included)
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        source TEXT NOT NULL,
        PRIMARY KEY (article_id, source)
    );
    CREATE TABLE minhash_bands (
        band TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (band, article_id)
    );
    CREATE TABLE signatures (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        signature TEXT NOT NULL
    );
    CREATE TABLE analyses (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        version TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE TABLE facts (                 -- one row per extracted record, for queries across articles
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,              -- mention | quote | date | amount | pledge | takeaway
        idx INTEGER NOT NULL,            -- position in the analysis list
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        entity TEXT,                     -- entity / speaker_entity / giver_entity
        label TEXT,                      -- type / kind / unit / status
        value TEXT,                      -- normalised value (date, amount)
        data TEXT NOT NULL,
        PRIMARY KEY (article_id, kind, idx)
    );
    CREATE INDEX facts_kind_entity ON facts(kind, entity);
    CREATE INDEX facts_kind_value ON facts(kind, value);
    CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX entities_name ON entities(name);
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        first_date TEXT,
        last_date TEXT,
        data TEXT NOT NULL
    );
    CREATE TABLE story_articles (
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (story_id, article_id)
    );
    CREATE INDEX story_articles_article ON story_articles(article_id);
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
