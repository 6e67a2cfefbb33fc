"""The per-article pipeline: language layer, then the extractors in order.

Each extractor is a module with ``extract(article, analysis) -> list[record]``; it reads the
article and what earlier steps put into ``analysis`` and returns its own typed records with spans.
``analyse_article`` has no side effects, so it can run in a process pool or on a Dask worker.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from duiding.analyse.language import DEFAULT_BACKEND, get_backend
from duiding.records import Article, ArticleAnalysis

ANALYSIS_VERSION = "3"

# (field of ArticleAnalysis, module under duiding.analyse) in the order they run.
EXTRACTORS: tuple[tuple[str, str], ...] = (
    ("mentions", "mentions"),
    ("quotes", "quotes"),
    ("dates", "dates"),
    ("amounts", "amounts"),
    ("pledges", "pledges"),
    ("takeaways", "takeaways"),
)


@dataclass(frozen=True)
class AnalysisOptions:
    backend: str = DEFAULT_BACKEND
    skip: frozenset[str] = frozenset()  # names of extractors not to run


def analyse_article(article: Article, options: AnalysisOptions | None = None) -> ArticleAnalysis:
    options = options or AnalysisOptions()
    layer = get_backend(options.backend).analyse(article.text)
    analysis = ArticleAnalysis(article_id=article.id, language=layer, version=f"{ANALYSIS_VERSION}/{layer.backend}")
    for field_name, module in EXTRACTORS:
        if field_name in options.skip:
            continue
        extractor = importlib.import_module(f"duiding.analyse.{module}")
        setattr(analysis, field_name, extractor.extract(article, analysis))
    return analysis
