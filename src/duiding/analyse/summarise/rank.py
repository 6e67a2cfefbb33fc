"""Rank candidate sentences and pick a diverse few (maximal marginal relevance).

Relevance combines several signals the project computes, each scaled to 0..1 within the article so
no single one dominates: centrality (cosine to the centroid of the article's sentence embeddings),
similarity to the title, position (news puts the point first), named entities, facts (amounts,
dates, pledges), and attributed speech. Sentences that lean on context (opening pronoun), that are
mostly quotation, or that are very short or long are discounted.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from duiding.analyse.summarise.candidates import Candidate
from duiding.records import Article, ArticleAnalysis, Span
from duiding.resources import load_set

WEIGHTS = {
    "centrality": 0.45,
    "title": 0.12,
    "position": 0.28,
    "entities": 0.15,
    "facts": 0.07,
    "speech": 0.08,
    "actor": 0.08,
}
PENALTIES = {"pronoun": 0.15, "anaphora": 0.15, "connective": 0.05, "quoted": 0.2, "length": 0.1}
MMR_LAMBDA = 0.7
NEAR_DUPLICATE = 0.85  # cosine above which two sentences make the same point
_WORD = re.compile(r"\w+", re.UNICODE)
_CAPWORD = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-ZÀ-Ý][\w-]+", re.UNICODE)


@dataclass
class Ranked:
    candidate: Candidate
    relevance: float
    features: dict[str, float]


def _scale(values: Sequence[float]) -> list[float]:
    lo, hi = min(values), max(values)
    if hi - lo < 1e-9:
        return [0.5 for _ in values]
    return [(v - lo) / (hi - lo) for v in values]


def _inside(span: Span, start: int, end: int) -> bool:
    return start <= span[0] < end


def _entity_count(c: Candidate, analysis: ArticleAnalysis, text: str) -> int:
    spans = [m.span for m in analysis.mentions] or [(e.start, e.end) for e in analysis.language.entities]
    if spans:
        keys = {text[a:b].lower() for a, b in spans if _inside((a, b), c.start, c.end)}
        return len(keys)
    # no NER yet: capitalised words that do not open the sentence are a fair proxy for names
    return len(set(_CAPWORD.findall(text[c.start : c.end])))


def _fact_count(c: Candidate, analysis: ArticleAnalysis, text: str) -> int:
    spans = [x.span for x in (*analysis.amounts, *analysis.dates, *analysis.pledges)]
    if spans or analysis.amounts or analysis.dates:
        return sum(1 for s in spans if _inside(s, c.start, c.end))
    return len(re.findall(r"\d+", text[c.start : c.end]))


def _speech(c: Candidate, analysis: ArticleAnalysis) -> float:
    """1 for an indirect or mixed quote with a known speaker, 0.5 for an attributed sentence."""
    for q in analysis.quotes:
        if q.span[0] < c.end and q.span[1] > c.start and q.speaker and q.kind != "direct":
            return 1.0
    return 0.5 if c.has_attribution else 0.0


def _actor_first(c: Candidate, analysis: ArticleAnalysis, text: str) -> float:
    """1 when the sentence opens with who acts or speaks (a name within its first words): the takeaway style."""
    head_end = c.pieces[0][0] + 30 if c.pieces else c.start + 30
    spans = [m.span for m in analysis.mentions] or [(e.start, e.end) for e in analysis.language.entities]
    if spans:
        return 1.0 if any(c.pieces[0][0] <= s[0] < head_end for s in spans) else 0.0
    words = c.text.split()[:4]
    closed = load_set("closed_class")
    if words and words[0].lower() not in closed and words[0][:1].isupper():
        return 1.0 if len(words) > 1 and words[1][:1].isupper() or words[0].isupper() else 0.5
    return 1.0 if any(w[:1].isupper() for w in words[1:3]) else 0.0


def _anaphora(words: list[str]) -> float:
    """Share of words pointing back into the article, scaled so that two in twenty words counts fully."""
    refs = load_set("anaphora_words")
    if not words:
        return 0.0
    return min(1.0, 10 * sum(1 for w in words if w.lower() in refs) / len(words))


def _length_penalty(n: int) -> float:
    if n < 10:
        return (10 - n) / 10
    if n > 38:
        return min(1.0, (n - 38) / 20)
    return 0.0


def relevance(article: Article, analysis: ArticleAnalysis, cands: list[Candidate],
              vectors: np.ndarray, title_vector: np.ndarray | None) -> list[Ranked]:
    text = article.text
    centroid = vectors.mean(axis=0)
    norm = float(np.linalg.norm(centroid)) or 1.0
    centrality = (vectors @ (centroid / norm)).tolist()
    title = (vectors @ title_vector).tolist() if title_vector is not None else [0.0] * len(cands)
    n_paras = max(c.paragraph for c in cands) + 1
    raw = {
        "centrality": _scale(centrality),
        "title": _scale(title) if title_vector is not None else [0.0] * len(cands),
        # reading order and paragraph both count: the lead paragraph carries the news
        "position": [0.5 * math.exp(-c.order / 3) + 0.5 * (1 - c.paragraph / n_paras) for c in cands],
        "entities": _scale([math.log1p(_entity_count(c, analysis, text)) for c in cands]),
        "facts": _scale([math.log1p(_fact_count(c, analysis, text)) for c in cands]),
        "speech": [_speech(c, analysis) for c in cands],
        "actor": [_actor_first(c, analysis, text) for c in cands],
    }
    weights = dict(WEIGHTS)
    if title_vector is None:
        weights["centrality"] += weights.pop("title")
    pronouns = load_set("context_pronouns")
    connectives = load_set("leading_connectives")
    out = []
    for i, c in enumerate(cands):
        feats = {k: raw[k][i] for k in weights}
        words = _WORD.findall(c.text)
        feats["pronoun"] = 1.0 if words and words[0].lower() in pronouns else 0.0
        feats["anaphora"] = _anaphora(words[1:])
        feats["connective"] = 1.0 if words and words[0].lower() in connectives else 0.0
        feats["quoted"] = c.quoted_share
        feats["length"] = _length_penalty(len(words))
        score = sum(weights[k] * feats[k] for k in weights) - sum(PENALTIES[k] * feats[k] for k in PENALTIES)
        out.append(Ranked(c, score, feats))
    return out


def select(ranked: list[Ranked], vectors: np.ndarray, k: int = 3, lam: float = MMR_LAMBDA) -> list[int]:
    """Indices of ``k`` items by maximal marginal relevance; near-duplicates of a chosen item are skipped."""
    chosen: list[int] = []
    sims = vectors @ vectors.T
    left = set(range(len(ranked)))
    while left and len(chosen) < k:
        def mmr(i: int) -> float:
            red = max((float(sims[i, j]) for j in chosen), default=0.0)
            return lam * ranked[i].relevance - (1 - lam) * red

        best = max(sorted(left), key=mmr)
        left.discard(best)
        if chosen and max(float(sims[best, j]) for j in chosen) > NEAR_DUPLICATE:
            continue
        chosen.append(best)
    return chosen
