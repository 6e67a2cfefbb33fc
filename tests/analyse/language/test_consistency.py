"""Document-level consistency of the NER tags (majority type, propagation to unlabelled mentions)."""

from __future__ import annotations

from duiding.analyse.language.ner import consistent


def test_majority_type_and_propagation() -> None:
    sentences = [
        ["De", "topman", "van", "Veldkamp", "sprak", "."],
        ["Veldkamp", "zit", "in", "Utrecht", "."],
        ["Volgens", "Veldkamp", "groeit", "de", "omzet", "."],
        ["Ook", "Utrecht", "reageerde", "."],
    ]
    tags = [
        ["O", "O", "O", "B-ORG", "O", "O"],
        ["O", "O", "O", "B-LOC", "O"],
        ["O", "B-ORG", "O", "O", "O", "O"],
        ["O", "B-ORG", "O", "O"],
    ]
    out = consistent(sentences, tags, lower_common=frozenset({"volgens", "ook", "de"}))
    assert out[1][0] == "B-ORG"  # propagated to the sentence-initial mention
    assert out[3][1] == "B-ORG"  # a tie (one LOC, one ORG) keeps what the tagger said
    assert out[2][0] == "O" and out[3][0] == "O"  # ordinary words are never propagated to
    assert out[0] == tags[0]


def test_minority_type_is_outvoted() -> None:
    sentences = [["Brandsma", "won"], ["Met", "Brandsma"], ["Brandsma", "verloor"]]
    tags = [["B-PER", "O"], ["O", "B-ORG"], ["B-PER", "O"]]
    out = consistent(sentences, tags)
    assert out[1] == ["O", "B-PER"]
