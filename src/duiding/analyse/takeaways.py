"""Three key takeaways per article, extracted from its own sentences and trimmed.

Steps (each in ``duiding.analyse.summarise``): pick the sentences that can stand alone
(``candidates``), trim asides, attribution tails and leading connectives (``trim``), rank them on
embedding centrality, title similarity, position, entities, facts and attributed speech, and choose
three different points by maximal marginal relevance (``rank``). Takeaways are shown in reading
order; each keeps the spans of the pieces it was built from.
"""

from __future__ import annotations

import re

from duiding.analyse.summarise import candidates as cand_mod
from duiding.analyse.summarise.rank import relevance, select
from duiding.analyse.summarise.standalone import resolve_opening_pronoun
from duiding.analyse.summarise.trim import trim
from duiding.records import Article, ArticleAnalysis, Takeaway

TAKEAWAYS = 3
_NAME = re.compile(r"\b[A-ZÀ-Ý][\w-]+", re.UNICODE)


def _names_outside(text: str, start: int, end: int) -> set[str]:
    """Capitalised words used elsewhere in the article (lowercased): a speaker named there need not be repeated."""
    return {w.lower() for w in _NAME.findall(text[:start] + " " + text[end:])}


def extract(article: Article, analysis: ArticleAnalysis, k: int = TAKEAWAYS) -> list[Takeaway]:
    cands = cand_mod.build(article, analysis)
    if not cands:
        return []
    for c in cands:
        trim(article.text, c, _names_outside(article.text, c.start, c.end))
        resolve_opening_pronoun(article, analysis, c)
    from duiding.embed import embed

    texts = [article.text[c.start : c.end] for c in cands]
    title = (article.title or "").strip()
    vectors = embed(texts + ([title] if title else []))
    title_vector = vectors[-1] if title else None
    vectors = vectors[: len(cands)]
    ranked = relevance(article, analysis, cands, vectors, title_vector)
    chosen = sorted(select(ranked, vectors, k=k), key=lambda i: cands[i].start)
    return [Takeaway(text=cands[i].text, sources=list(cands[i].pieces), score=round(ranked[i].relevance, 4))
            for i in chosen]
