"""Helpers shared by the ingest tests."""

from __future__ import annotations

from pathlib import Path

from duiding.records import Article, IngestError

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"
SEEDS = (Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds").resolve()


def assert_offsets_exact(article: Article) -> None:
    """Every non-space character of the text maps back onto the same character of the original."""
    for i, ch in enumerate(article.text):
        o = article.to_original(i)
        if ch in " \n":
            assert article.original[o].isspace() or article.original[o] in "\u00a0\u2028", (i, repr(ch))
        else:
            assert article.original[o] == ch, (i, ch, article.original[o])


def only_articles(items: list[Article | IngestError]) -> list[Article]:
    return [x for x in items if isinstance(x, Article)]


def only_errors(items: list[Article | IngestError]) -> list[IngestError]:
    return [x for x in items if isinstance(x, IngestError)]
