"""Span clean-up on tagger output: titles, speech verbs, hyphen compounds and glued names."""

from __future__ import annotations

from duiding.analyse.language.postprocess import entities_from_tags, fill_text
from duiding.analyse.language.tokenize import split


def spans(text: str, tags: list[str]) -> list[tuple[str, str]]:
    tokens, _ = split(text)
    assert len(tokens) == len(tags), [t.text for t in tokens]
    ents = fill_text(entities_from_tags(tokens, tags), text)
    return [(e.label, e.text) for e in ents]


def test_speech_verb_and_title_are_trimmed() -> None:
    text = "Dat is onzin, zei premier Joost Verhagen ."
    tags = ["O", "O", "O", "O", "B-PER", "I-PER", "I-PER", "I-PER", "O"]
    assert spans(text, tags) == [("PER", "Joost Verhagen")]


def test_hyphen_title_yields_the_organisation_inside_the_word() -> None:
    text = "Volgens VVD-leider Lotte Smeets is het genoeg ."
    tags = ["O", "B-PER", "I-PER", "I-PER", "O", "O", "O", "O"]
    assert spans(text, tags) == [("ORG", "VVD"), ("PER", "Lotte Smeets")]


def test_untagged_hyphen_compound_with_country() -> None:
    text = "De Oekraïne-gezant sprak lang ."
    assert spans(text, ["O"] * 5) == [("LOC", "Oekraïne")]


def test_organisation_glued_to_a_person_is_split() -> None:
    text = "voorzitter van de Europese Commissie Ursula Maas en anderen"
    tags = ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"]
    assert spans(text, tags) == [("ORG", "Europese Commissie"), ("PER", "Ursula Maas")]


def test_person_with_particles_stays_whole() -> None:
    text = "Van der Berg en Annelies de Groot kwamen ."
    tags = ["B-PER", "I-PER", "I-PER", "O", "B-PER", "I-PER", "I-PER", "O", "O"]
    assert spans(text, tags) == [("PER", "Van der Berg"), ("PER", "Annelies de Groot")]


def test_acronym_keeps_its_sentence_full_stop_out() -> None:
    text = "Er is overleg met de VS."
    tokens, _ = split(text)
    tags = ["B-LOC" if t.text.startswith("VS") else "O" for t in tokens]
    assert ("LOC", "VS") in spans(text, tags)
