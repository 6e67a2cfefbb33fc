"""A small store of fictional Dutch articles, shared by the search and story tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from duiding.records import Article, ArticleAnalysis, LanguageLayer, Mention, Quote
from duiding.store import Store

ARTICLES = {
    "lucht1": ("2026-03-02", "krant-a", "Kabinet wil extra geld voor luchtverdediging",
               ("Het kabinet wil volgend jaar extra geld uittrekken voor nieuwe luchtverdedigingssystemen. "
               "Minister Pieter de Wit van Defensie zei dat de Patriot-raketten snel nodig zijn. "
               "„We kunnen niet langer wachten”, zei De Wit dinsdag in Den Haag. "
               "De Tweede Kamer debatteert donderdag over het plan van de minister.")),
    "lucht2": ("2026-03-04", "krant-b", "Kamer steunt plan De Wit voor luchtverdediging",
               ("Een meerderheid van de Tweede Kamer steunt het plan van minister De Wit voor luchtverdediging. "
               "De defensie-uitgaven stijgen daardoor volgend jaar met twee miljard euro. "
               "Oppositiepartijen vinden het bedrag te hoog, maar stemden niet tegen de Patriot-raketten. "
               "De Wit zei na het debat dat de bestelling nog deze maand de deur uit gaat.")),
    "woning1": ("2026-05-10", "krant-a", "Utrecht bouwt vierduizend woningen",
                ("In Utrecht worden dit jaar vierduizend nieuwe woningen gebouwd. "
                "Wethouder Sanne Bakker is tevreden over het tempo van de bouw. "
                "De gemeente wil daarnaast meer sociale huurwoningen in de wijk Overvecht. "
                "Bakker zei dat starters daar het meest van profiteren.")),
    "woning2": ("2026-05-12", "krant-c", "Bouw huurwoningen Utrecht loopt vertraging op",
                ("De bouw van sociale huurwoningen in Utrecht loopt vertraging op door nieuwe stikstofregels. "
                "Wethouder Bakker zei dat de gemeente met de provincie praat over een oplossing. "
                "In Overvecht liggen drie bouwprojecten stil. "
                "Woningcorporaties vrezen dat de woningen pas volgend jaar klaar zijn.")),
    "levering": ("2026-09-20", "krant-b", "Oekraïne ontvangt luchtverdedigingssystemen",
                 ("Oekraïne heeft de eerste luchtverdedigingssystemen uit Nederland ontvangen. "
                 "De levering kwam eerder dan verwacht, meldt het ministerie van Defensie in Kyiv. "
                 "De systemen moeten steden beschermen tegen aanvallen met drones en raketten.")),
}


def _analysis(article: Article) -> ArticleAnalysis:
    """Hand-made facts so the entity and speaker filters can be tested without the extractors."""
    an = ArticleAnalysis(article_id=article.id, language=LanguageLayer(backend="test"), version="test")
    for name, key, etype in (("De Wit", "de wit", "PER"), ("Bakker", "bakker", "PER"), ("Utrecht", "utrecht", "LOC"),
                             ("Oekraïne", "oekraine", "LOC")):
        pos = article.text.find(name)
        if pos >= 0:
            an.mentions.append(Mention(text=name, span=(pos, pos + len(name)), type=etype, key=key))  # type: ignore[arg-type]
    quote_start = article.text.find("„")
    if quote_start >= 0:
        end = article.text.find("”", quote_start) + 1
        an.quotes.append(Quote(text=article.text[quote_start:end], kind="direct", speaker="De Wit",
                               span=(quote_start, end)))
    return an


def make_article(aid: str) -> Article:
    date, source, title, text = ARTICLES[aid]
    return Article(id=aid, source=source, text=text, title=title, date=date, date_precision="day")


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "search.db")
    for aid in ARTICLES:
        article = make_article(aid)
        s.add_article(article)
        s.save_analysis(_analysis(article))
    return s


@pytest.fixture(autouse=True, scope="session")
def _memoised_embeddings() -> Iterator[None]:
    """The real encoder, but each distinct text embedded once per test session (keeps the suite fast)."""
    import numpy as np

    import duiding.embed as embed_mod

    real = embed_mod.embed
    memo: dict[str, np.ndarray] = {}

    def embed(texts: list[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in memo]
        if missing:
            memo.update(zip(missing, real(missing), strict=True))
        return np.vstack([memo[t] for t in texts]) if texts else real(texts)

    embed_mod.embed = embed  # type: ignore[assignment]
    yield
    embed_mod.embed = real  # type: ignore[assignment]
