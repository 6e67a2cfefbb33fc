"""Takeaways extraction (to be filled by its issue)."""

from __future__ import annotations

from duiding.models import Article, ArticleAnalysis


def extract(article: Article, analysis: ArticleAnalysis) -> list:
    return []
