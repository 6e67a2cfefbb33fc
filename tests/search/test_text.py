"""Search terms: accent folding, stemming and compound splitting on Dutch words."""

from __future__ import annotations

from duiding.search.text import Analyzer, fold, stem, words


def _analyzer(*texts: str) -> Analyzer:
    a = Analyzer()
    for t in texts:
        a.learn(words(t))
    return a


def test_fold_removes_accents_and_case() -> None:
    assert fold("Oekraïne") == fold("oekraine") == "oekraine"
    assert fold("Café Één") == "cafe een"


def test_compound_splits_into_parts_seen_on_their_own() -> None:
    a = _analyzer("De luchtverdediging werkt. Nieuwe systemen komen eraan.")
    terms = a.word_terms(fold("luchtverdedigingssystemen"))
    assert stem("luchtverdedigingssystemen") in terms
    assert stem("luchtverdediging") in terms  # modifier, linking s removed
    assert stem("systemen") in terms  # head


def test_unknown_parts_leave_a_word_whole() -> None:
    a = _analyzer("Het kabinet vergadert.")
    assert a.word_terms("zwaluwstaartverbinding") == (stem("zwaluwstaartverbinding"),)


def test_short_words_and_stopword_parts_are_not_split() -> None:
    a = _analyzer("tegen de aanval van de vijand")
    assert a.split("bestuur") == []
    assert all(t != "de" for t in a.word_terms("de"))


def test_hyphenated_word_indexes_pieces_and_whole() -> None:
    terms = Analyzer().word_terms(fold("defensie-uitgaven"))
    assert stem("defensie") in terms
    assert stem("uitgaven") in terms
    assert stem("defensieuitgaven") in terms


def test_text_terms_keep_character_spans() -> None:
    text = "Minister Jansen bezocht Oekraïne."
    found = {text[w.start : w.end] for w in Analyzer().text_terms(text)}
    assert found == {"Minister", "Jansen", "bezocht", "Oekraïne"}
