"""Tokens, sentences, POS tags and lemmas of the default backend on realistic Dutch text."""

from __future__ import annotations

from duiding.analyse.language import get_backend

TEXT = (
    "De minister zegt dat het kabinet volgend jaar 30.000 nieuwe woningen bouwt. "
    "„Dat is hard nodig”, aldus wethouder Femke Dijkstra van Utrecht.\n\n"
    "De gemeenteraad vergaderde gisteren tot laat over de plannen."
)


def test_token_offsets_match_the_text() -> None:
    layer = get_backend("fast").analyse(TEXT)
    assert layer.tokens
    for tok in layer.tokens:
        assert TEXT[tok.start:tok.end] == tok.text
    for sent in layer.sentences:
        toks = layer.sentence_tokens(sent)
        assert sent.start == toks[0].start and sent.end == toks[-1].end
    assert len(layer.sentences) == 3  # two in the first paragraph, one after the blank line


def test_pos_and_lemmas() -> None:
    layer = get_backend("fast").analyse(TEXT)
    by_text = {t.text: t for t in layer.tokens}
    assert by_text["minister"].pos == "NOUN"
    assert by_text["zegt"].pos == "VERB" and by_text["zegt"].lemma == "zeggen"
    assert by_text["woningen"].pos == "NOUN" and by_text["woningen"].lemma == "woning"
    assert by_text["vergaderde"].lemma == "vergaderen"
    assert by_text["Dijkstra"].pos == "PROPN" and by_text["Dijkstra"].lemma == "Dijkstra"
    assert by_text["„"].pos == "PUNCT"
    assert all(t.pos for t in layer.tokens)
