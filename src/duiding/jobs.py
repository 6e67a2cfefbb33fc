"""Runs that span pipeline stages: ingest into the store, analyse what is new, resolve the corpus.

The per-article step (``analyse_article``) is pure, so it is mapped over a process pool here;
the corpus-level steps (entities, stories) read and write the store.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import IO

from duiding.analyse import ANALYSIS_VERSION, AnalysisOptions, analyse_article
from duiding.records import Article, ArticleAnalysis, IngestError
from duiding.search.index import ArticleVectors, embed_article, stash_vectors
from duiding.store import Store

Progress = Callable[[int], None]


@dataclass
class IngestSummary:
    ingested: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    near_duplicates: list[tuple[str, str]] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)  # every article the inputs resolved to, in order

    @property
    def failed(self) -> int:
        return len(self.errors)

    def line(self) -> str:
        near = f" ({len(self.near_duplicates)} linked as near-duplicate)" if self.near_duplicates else ""
        return (
            f"ingested {len(self.ingested)}{near}, skipped {len(self.duplicates)} as duplicate, "
            f"failed {len(self.errors)}"
        )


def ingest(
    store: Store,
    paths: Sequence[str],
    stdin: IO[str] | IO[bytes] | None = None,
    on_item: Callable[[Article | IngestError], None] | None = None,
) -> IngestSummary:
    from duiding.ingest import iter_articles

    summary = IngestSummary()
    for item in iter_articles(paths, stdin=stdin):
        if isinstance(item, IngestError):
            summary.errors.append(item)
        else:
            summary.warnings.extend(f"{item.source}: {w}" for w in item.warnings)
            result = store.add_article(item)
            if result.status == "duplicate":
                summary.duplicates.append(result.article_id)
            else:
                summary.ingested.append(result.article_id)
                if result.status == "near_duplicate" and result.twin_id:
                    summary.near_duplicates.append((result.article_id, result.twin_id))
            if result.article_id not in summary.article_ids:
                summary.article_ids.append(result.article_id)
        if on_item:
            on_item(item)
    return summary


def needs_analysis(store: Store, ids: Iterable[str], options: AnalysisOptions, force: bool = False) -> list[str]:
    out = []
    for aid in ids:
        version = store.analysis_version(aid)
        if force or version is None or not version.startswith(f"{ANALYSIS_VERSION}/") or (
            options.backend not in ("fast",) and not version.endswith(options.backend)
        ):
            out.append(aid)
    return out


def _analyse_one(args: tuple[Article, AnalysisOptions]) -> tuple[ArticleAnalysis, ArticleVectors | None]:
    """The per-article work: analysis plus the sentence vectors the search index will need, so that
    embedding runs in the worker pool rather than a second time, serially, in the main process."""
    from duiding.embed import clear_cache

    article, options = args
    clear_cache()  # sentences embedded for the takeaways are reused for the index, within this article only
    analysis = analyse_article(article, options)
    return analysis, embed_article(article, analysis)


def _save(store: Store, analysis: ArticleAnalysis, vectors: ArticleVectors | None) -> None:
    store.save_analysis(analysis)
    if vectors is not None:
        with store.transaction():
            stash_vectors(store.conn, analysis.article_id, vectors)


def analyse(
    store: Store,
    ids: Sequence[str],
    options: AnalysisOptions | None = None,
    workers: int = 1,
    advance: Progress | None = None,
) -> int:
    """Analyse the given articles and store the results; returns how many were analysed."""
    options = options or AnalysisOptions()
    articles = (a for a in (store.get_article(i) for i in ids) if a is not None)
    done = 0
    if workers <= 1 or len(ids) < 8:
        for article in articles:
            _save(store, *_analyse_one((article, options)))
            done += 1
            if advance:
                advance(1)
        return done
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for analysis, vectors in pool.map(_analyse_one, ((a, options) for a in articles), chunksize=4):
            _save(store, analysis, vectors)
            done += 1
            if advance:
                advance(1)
    return done


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def resolve(store: Store) -> None:
    """Corpus-level steps over the store: entity merging, then stories."""
    from duiding.resolve import resolve_corpus

    resolve_corpus(store)
