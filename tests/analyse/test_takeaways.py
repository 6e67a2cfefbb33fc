"""Key takeaways: faithful, trimmed, different points; regression against takeaways shipped with a seed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from duiding.analyse.language import get_backend
from duiding.analyse.summarise.candidates import build
from duiding.analyse.summarise.rouge import entity_overlap, rouge_l, rouge_l_joined
from duiding.analyse.takeaways import extract
from duiding.records import Article, ArticleAnalysis

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"

ARTICLE = """Het kabinet trekt 800 miljoen euro uit voor de versterking van de dijken langs de grote rivieren.
Minister van Infrastructuur Jeroen Blom maakte het plan dinsdag bekend in Den Haag.

Waterveiligheid

Volgens Rijkswaterstaat voldoet ruim een derde van de dijken niet aan de nieuwe normen. Ook de waterschappen (die het werk uitvoeren) vragen al jaren om meer geld. Het werk moet in 2035 klaar zijn, zei hij.
„We kunnen niet wachten tot het water over de dijk komt.”
Wie gaat dat betalen?
Daarnaast wil Blom dat provincies sneller vergunningen verlenen, zodat de bouw niet stil komt te liggen door procedures die jaren duren en waarvoor steeds nieuwe onderzoeken nodig zijn.
De Unie van Waterschappen noemt het bedrag een goede eerste stap, maar waarschuwt dat de kosten van materiaal stijgen.
Lees ook: alles over het weer.
"""


def _analyse(text: str, **kw) -> tuple[Article, ArticleAnalysis]:
    article = Article(id="t1", source="test", text=text, **kw)
    return article, ArticleAnalysis(article_id="t1", language=get_backend("fast").analyse(text))


def test_three_faithful_takeaways_from_different_sentences():
    article, analysis = _analyse(ARTICLE, title="Kabinet trekt 800 miljoen uit voor dijken")
    takeaways = extract(article, analysis)
    assert len(takeaways) == 3
    for t in takeaways:
        assert t.sources and all(0 <= a < b <= len(ARTICLE) for a, b in t.sources)
        # every word shown comes from the cited pieces
        cited = " ".join(ARTICLE[a:b] for a, b in t.sources).lower()
        assert all(w in cited for w in re.findall(r"\w+", t.text.lower()))
        assert not t.text.endswith("?") and not t.text.startswith("„")
        assert "Lees ook" not in t.text and t.text != "Waterveiligheid"
    sentences = {analysis.language.sentence_at(t.sources[0][0]).start for t in takeaways}
    assert len(sentences) == 3
    assert any("800 miljoen" in t.text for t in takeaways)


def test_headings_questions_bare_quotes_and_boilerplate_are_not_candidates():
    article, analysis = _analyse(ARTICLE)
    texts = [c.text for c in build(article, analysis)]
    assert not any(t.startswith("Waterveiligheid") for t in texts)
    assert not any(t.endswith("?") for t in texts)
    assert not any(t.startswith("„We kunnen") for t in texts)
    assert not any(t.startswith("Lees ook") for t in texts)


def test_trimming_drops_asides_connectives_and_pronoun_tails():
    from duiding.analyse.summarise.trim import trim

    article, analysis = _analyse(ARTICLE)
    trimmed = {c.text for c in (trim(ARTICLE, c) for c in build(article, analysis))}
    assert "De waterschappen vragen al jaren om meer geld." in trimmed
    assert "Het werk moet in 2035 klaar zijn." in trimmed
    # connective before a verb stays (dropping it would leave a verb-first clause)
    assert any(t.startswith("Daarnaast wil Blom") for t in trimmed)
    # a long sentence loses its trailing subordinate clause
    long = next(t for t in trimmed if t.startswith("Daarnaast"))
    assert "procedures" not in long and long.endswith(".")


def test_publisher_summary_block_is_not_reused():
    text = ("In het kort\n- De gemeente Zwolle sluit twee zwembaden om geld te besparen.\n"
            "De gemeente Zwolle sluit volgend jaar twee van haar vier zwembaden. Wethouder Anna de Wit zegt dat de "
            "energiekosten te hoog zijn geworden. Zwemclubs reageren boos en starten een petitie. De gemeenteraad "
            "stemt in maart over het voorstel.\n")
    article, analysis = _analyse(text, provided_takeaways=["De gemeente Zwolle sluit twee zwembaden om geld te besparen."])
    takeaways = extract(article, analysis)
    assert takeaways and all(t.sources[0][0] > text.index("\nDe gemeente") for t in takeaways)


def test_rouge_l_counts_union_lcs_per_reference_sentence():
    ref = ["de minister wil meer geld voor dijken"]
    assert rouge_l(ref, ref).f1 == pytest.approx(1.0)
    half = rouge_l(ref, ["de minister wil", "meer geld"])
    assert half.precision == pytest.approx(1.0) and half.recall == pytest.approx(5 / 7)
    assert rouge_l(ref, ["feyenoord wint"]).f1 == 0.0
    assert rouge_l_joined(ref, ["geld dijken de minister"]).f1 < rouge_l(ref, ["geld dijken", "de minister"]).f1
    assert entity_overlap(["Het plan van Jeroen Blom."], ["Minister Blom zegt ja."]) == pytest.approx(0.5)


def _ingested_with_takeaways(paths: list[str]) -> list[Article]:
    """Articles read by the real ingest that came with their own takeaways."""
    from duiding.ingest import iter_articles

    return [a for a in iter_articles(paths) if isinstance(a, Article) and a.provided_takeaways]


def _ours(article: Article) -> list[str]:
    from duiding.analyse.pipeline import AnalysisOptions, analyse_article

    return [t.text for t in analyse_article(article, AnalysisOptions()).takeaways]


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="shared seeds not available")
def test_regression_against_the_seed_with_provided_takeaways():
    articles = _ingested_with_takeaways([str(SHARED / "seeds")])
    assert articles
    for article in articles:
        ours = _ours(article)
        assert len(ours) == 3
        assert not set(ours) & set(article.provided_takeaways)
        # union-LCS summary-level (Lin 2004), the stricter joined LCS, and shared names
        assert rouge_l(article.provided_takeaways, ours).f1 >= 0.40
        assert rouge_l_joined(article.provided_takeaways, ours).f1 >= 0.30
        assert entity_overlap(article.provided_takeaways, ours) >= 0.5


def test_regression_on_the_sample_corpus():
    examples = Path(__file__).resolve().parents[2] / "examples"
    articles = _ingested_with_takeaways([str(examples)])
    if not articles:
        pytest.skip("no sample article with takeaways")
    joined = [rouge_l_joined(a.provided_takeaways, _ours(a)).f1 for a in articles]
    assert min(joined) >= 0.2
    assert sum(joined) / len(joined) >= 0.28
