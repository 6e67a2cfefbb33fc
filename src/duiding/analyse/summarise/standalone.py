"""Make a sentence readable on its own: an opening "Hij"/"Zij" becomes the person it refers to.

The name is not invented: it is another span of the article (the quote's resolved speaker, or the
only person named in the two sentences before), so the takeaway still cites only article text.
"""

from __future__ import annotations

from duiding.analyse.summarise.candidates import Candidate
from duiding.analyse.summarise.trim import join
from duiding.records import Article, ArticleAnalysis, Span

PERSONAL = {"hij", "zij", "ze"}
LOOKBACK = 2  # sentences


def _person_spans(analysis: ArticleAnalysis) -> list[tuple[Span, str]]:
    """(span, key) of every person mention, from the mention layer or else from NER."""
    if analysis.mentions:
        return [(m.span, m.key) for m in analysis.mentions if m.type == "PER" and not m.derived_from]
    return [((e.start, e.end), e.text.split()[-1].lower()) for e in analysis.language.entities if e.label == "PER"]


def antecedent(article: Article, analysis: ArticleAnalysis, pronoun: Span) -> Span | None:
    """Where the person a sentence-initial pronoun refers to is named, if that is unambiguous."""
    people = _person_spans(analysis)
    for q in analysis.quotes:
        if q.speaker_span and q.speaker_span[0] == pronoun[0] and q.speaker_key:
            named = [s for s, k in people if k == q.speaker_key and s[1] <= pronoun[0]]
            if named:
                return named[-1]
    sents = analysis.language.sentences
    idx = next((i for i, s in enumerate(sents) if s.start <= pronoun[0] < s.end), None)
    if idx is None or idx == 0:
        return None
    window_start = sents[max(0, idx - LOOKBACK)].start
    recent = [(s, k) for s, k in people if window_start <= s[0] < pronoun[0]]
    if recent and len({k for _, k in recent}) == 1:
        return recent[-1][0]
    return None


def resolve_opening_pronoun(article: Article, analysis: ArticleAnalysis, cand: Candidate) -> bool:
    """Replace an opening personal pronoun by its antecedent's name span; True when it did."""
    text = article.text
    if not cand.pieces:
        return False
    a, b = cand.pieces[0]
    first = text[a:b].split(" ", 1)[0]
    if first.lower() not in PERSONAL:
        return False
    pron = (a, a + len(first))
    name = antecedent(article, analysis, pron)
    if name is None:
        return False
    rest = (pron[1] + 1, b) if pron[1] + 1 < b else None
    cand.pieces = [name] + ([rest] if rest else []) + cand.pieces[1:]
    cand.text = join(text, cand.pieces)
    return True
