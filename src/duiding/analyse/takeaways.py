"""Takeaways extraction (to be filled by its issue)."""

from __future__ import annotations

from duiding.records import Article, ArticleAnalysis


def extract(article: Article, analysis: ArticleAnalysis) -> list:
    return []
