"""Ingest: files, directories or stdin in many formats -> clean :class:`~duiding.records.Article` records.

``iter_articles`` is the entry point for the CLI; the per-format functions are public for callers
that already hold the text. Nothing here raises for bad input: problems come back as
:class:`~duiding.records.IngestError` items, one line each.
"""

from __future__ import annotations

from duiding.ingest.decode import DEFAULT_MAX_BYTES, decode_bytes
from duiding.ingest.dedup import (
    NEAR_DUPLICATE_THRESHOLD,
    content_hash,
    lsh_bands,
    minhash_signature,
    similarity,
)
from duiding.ingest.ids import article_id
from duiding.ingest.normalize import normalize
from duiding.ingest.plaintext import read_text_article
from duiding.ingest.reader import iter_articles, read_decoded, read_path

__all__ = [
    "DEFAULT_MAX_BYTES",
    "NEAR_DUPLICATE_THRESHOLD",
    "article_id",
    "content_hash",
    "decode_bytes",
    "iter_articles",
    "lsh_bands",
    "minhash_signature",
    "normalize",
    "read_decoded",
    "read_path",
    "read_text_article",
    "similarity",
]
