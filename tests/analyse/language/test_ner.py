"""Named entities of the default backend on fictional but realistic Dutch news sentences."""

from __future__ import annotations

import pytest

from duiding.analyse.language import get_backend
from duiding.records import NamedEntity


def entities(text: str) -> list[NamedEntity]:
    layer = get_backend("fast").analyse(text)
    for e in layer.entities:
        assert text[e.start:e.end] == e.text
    return layer.entities


def persons(text: str) -> list[str]:
    return [e.text for e in entities(text) if e.label == "PER"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Volgens minister Karin Verbeek van Financiën is het plan te duur.", "Karin Verbeek"),
        ("„We gaan gewoon door”, zei Pieter Hofstede tegen verslaggevers in Den Haag.", "Pieter Hofstede"),
        ("Daarover sprak premier Johan Brinkman vrijdag met de Duitse bondskanselier.", "Johan Brinkman"),
        ("Annelies de Groot zegt dat de gemeente te laat heeft ingegrepen.", "Annelies de Groot"),
        ("Het kabinet moet volgens burgemeester Sander van der Linden sneller handelen.", "Sander van der Linden"),
    ],
)
def test_full_person_names_without_titles_or_verbs(text: str, name: str) -> None:
    assert name in persons(text)


def test_hyphen_title_is_not_part_of_the_name() -> None:
    text = "Verscheidene landen kondigden volgens NAVO-topman Erik Halsema extra investeringen aan."
    ents = entities(text)
    assert "Erik Halsema" in [e.text for e in ents if e.label == "PER"]
    navo = [e for e in ents if e.text == "NAVO"]
    assert navo and navo[0].label == "ORG" and navo[0].start == text.index("NAVO-topman")
    assert not any("topman" in e.text for e in ents)


def test_places_and_organisations() -> None:
    ents = entities("De Europese Commissie wil dat Nederland en België samen een fonds opzetten in Brussel.")
    labels = {e.text: e.label for e in ents}
    assert labels.get("Europese Commissie") == "ORG"
    assert labels.get("Nederland") == "LOC" and labels.get("België") == "LOC"
    assert labels.get("Brussel") == "LOC"


def test_sentence_initial_name_found_with_document_context() -> None:
    text = ("De Amerikaanse president Marvin Keller wil meer geld voor defensie. "
            "Keller zegt dat Europa zelf meer moet doen. Volgens Keller is dat al jaren duidelijk.")
    names = persons(text)
    assert "Marvin Keller" in names
    assert names.count("Keller") == 2
    assert not any(n.startswith("Volgens") for n in names)


def test_nationality_adjective_is_misc() -> None:
    ents = entities("De Franse regering en Duitse bedrijven zijn het oneens.")
    assert {e.text: e.label for e in ents}.get("Franse") == "MISC"


def test_sentence_initial_speaker_without_other_mentions() -> None:
    assert "Kowalczyk" in persons("Kowalczyk zegt dat de regering veel te laat heeft ingegrepen.")
    assert persons("Daarna zei ze niets meer over de zaak.") == []
    assert persons("Bovendien stelt hij dat het plan onhaalbaar is.") == []
