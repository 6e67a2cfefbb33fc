"""Pledges: one ledger row per commitment, with giver, goods, amount, recipient and status."""

from __future__ import annotations

from duiding.analyse import pledges
from duiding.analyse.pipeline import AnalysisOptions, analyse_article
from duiding.records import Article, Pledge


def run(text: str, skip_mentions: bool = False) -> list[Pledge]:
    article = Article(id="t", source="t", text=text, date="2024-05", date_precision="month")
    skip = {"quotes", "takeaways"} | ({"mentions"} if skip_mentions else set())
    return analyse_article(article, AnalysisOptions(backend="tokens", skip=frozenset(skip))).pledges


LIST_SENTENCE = (
    "De minister is blij met de nieuwe steun aan Oekraïne. Zo heeft Noorwegen zo'n 300 miljoen euro toegezegd "
    "voor munitie, komen er vanuit de Denen 5000 drones, levert Italië pantservoertuigen en heeft Polen een "
    "hulppakket ter waarde van 90 miljoen euro toegezegd."
)


def test_a_listing_sentence_holds_one_pledge_per_clause() -> None:
    found = run(LIST_SENTENCE)
    assert [p.giver for p in found] == ["Noorwegen", "Denen", "Italië", "Polen"]
    by = {p.giver: p for p in found}
    assert by["Noorwegen"].amount == {"value": 300e6, "unit": "EUR"} and by["Noorwegen"].what == "munitie"
    assert by["Denen"].amount == {"value": 5000, "unit": "drones"}
    assert by["Italië"].what == "pantservoertuigen" and by["Italië"].amount is None
    assert by["Polen"].what == "hulppakket" and by["Polen"].amount == {"value": 90e6, "unit": "EUR"}
    assert all(p.status == "promised" and p.recipient == "Oekraïne" for p in found)
    for p in found:
        assert p.giver in LIST_SENTENCE[p.span[0] : p.span[1]]


def test_the_fallback_gazetteer_finds_givers_without_the_mentions_step() -> None:
    assert [p.giver for p in run(LIST_SENTENCE, skip_mentions=True)][:1] == ["Noorwegen"]


def test_delivered_and_considered() -> None:
    (p,) = run("Vorige maand leverde Spanje twintig tanks aan Oekraïne.")
    assert (p.giver, p.status, p.recipient, p.amount) == (
        "Spanje",
        "delivered",
        "Oekraïne",
        {"value": 20, "unit": "tanks"},
    )
    (p,) = run("Premier Jansen sluit niet uit dat België deelneemt aan een vredesmacht voor Moldavië.")
    assert (p.giver, p.status) == ("België", "considered")
    (p,) = run("Zweden overweegt gevechtsvliegtuigen naar Oekraïne te sturen.")
    assert (p.giver, p.status, p.what, p.recipient) == ("Zweden", "considered", "gevechtsvliegtuigen", "Oekraïne")


def test_hedged_promise_is_only_considered_and_future_delivery_is_a_promise() -> None:
    (p,) = run("Mogelijk levert Portugal ook raketten.")
    assert p.status == "considered"
    (p,) = run("Griekenland zal volgend jaar munitie leveren aan Oekraïne.")
    assert p.status == "promised" and p.date == "2025"


def test_negated_or_goodsless_cues_make_no_pledge() -> None:
    assert run("Hij zei dat hij namens Nederland geen concrete toezeggingen heeft gedaan.") == []
    assert run("Ook van Turkije is bekend dat het nog geen steun heeft toegezegd.") == []
    assert run("President Vos kondigde vorige maand zijn betrokkenheid aan.") == []
    assert run("Iedereen ziet de noodzaak de financiële middelen beschikbaar te stellen.") == []


def test_a_source_is_not_the_giver() -> None:
    (p,) = run("Verscheidene landen kondigden volgens NAVO-topman Jan de Wit extra steun voor Moldavië aan.")
    assert p.giver == "Verscheidene landen"


def test_cue_lists_load() -> None:
    hit = pledges.find_cue(["zo", "heeft", "duitsland", "20", "tanks", "toegezegd"])
    assert hit is not None and hit.cue.status == "promised"
    hit = pledges.find_cue(["schoof", "sluit", "niet", "uit", "dat"])
    assert hit is not None and hit.cue.status == "considered"
