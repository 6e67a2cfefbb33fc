"""Site chrome is removed and recorded; sentences that merely resemble chrome stay."""

from __future__ import annotations

import pytest

from duiding.ingest import read_text_article
from tests.ingest.helpers import assert_offsets_exact

P1 = (
    "Het waterschap Rijn en Heuvel gaat de dijk bij Olstwijk versterken. Dijkgraaf Bram Wolters zei maandag dat "
    "de werkzaamheden in het najaar beginnen en twee jaar duren."
)
P2 = (
    "Omwonenden zijn bezorgd over het bouwverkeer. „We horen nu al de hele dag vrachtwagens”, zei bewoner "
    "Ingrid Smeenk. Het waterschap belooft een vaste route voor het verkeer."
)
P3 = "De kosten worden geschat op 40 miljoen euro. Het Rijk betaalt het grootste deel."

PAGE = f"""Home | Nieuws | Regio | Sport | Economie
Regio

Door Sanne van der Meulen
Gepubliceerd: 12 maart 2025 14:32

Foto: ANP / Piet Klaassen

{P1}

LEES OOK: Nieuwe dijk bij Deventer bijna klaar

Zorgen bij bewoners

{P2}

Advertentie

{P3} (Foto: Waterschap)

Deel dit artikel
Facebook
Twitter
WhatsApp

Meest gelezen
1
Vrachtwagen in de sloot bij Wijhe
2
Kermis Olstwijk gaat door
3
Nieuwe burgemeester beëdigd

Wij gebruiken cookies om je de beste ervaring te geven. Lees ons cookiebeleid.
Akkoord

Vorig artikel
Volgend artikel
"""


@pytest.fixture(scope="module")
def article():
    return read_text_article(PAGE, "pagina.txt")


def test_body_is_the_article_alone(article):
    assert article.text.split("\n") == [P1, "Zorgen bij bewoners", P2, P3]


def test_removals_are_recorded_with_reason_and_original_span(article):
    reasons = {r.reason for r in article.removed}
    assert {"menu", "byline", "meta", "credit", "related", "ad", "share", "popular", "cookie", "prevnext"} <= reasons
    for r in article.removed:
        assert article.original[r.span[0] : r.span[1]] == r.text
    assert any(r.text == "(Foto: Waterschap)" for r in article.removed)


def test_offsets_survive_removals(article):
    assert_offsets_exact(article)


def test_timestamp_line_still_gives_the_date(article):
    assert (article.date, article.date_precision) == ("2025-03-12", "day")


@pytest.mark.parametrize(
    "sentence",
    [
        "Door de storm zijn in Olstwijk tientallen bomen omgewaaid, meldt de gemeente.",
        "Lees ook het rapport van de commissie, zei de wethouder tegen de raad.",
        "Wie de brief leest, ziet dat de minister niet van plan is om toe te geven.",
        "De toezichthouder vindt dat websites te vaak cookies plaatsen zonder toestemming van bezoekers.",
        "Foto's van de overstroming gingen het hele weekend rond op sociale media.",
        "De advertentie van het bedrijf werd door de Reclame Code Commissie afgekeurd.",
        "Volgende week beslist de raad.",
    ],
)
def test_real_sentences_are_kept(sentence: str):
    art = read_text_article(P1 + "\n\n" + sentence + "\n\n" + P2, "a.txt")
    assert sentence in art.text.split("\n")
    assert art.removed == []


def test_subheading_after_lees_ook_is_kept():
    text = f"{P1}\n\nLees ook:\nDijk bij Deventer bijna klaar\n\nZorgen bij bewoners\n\n{P2}"
    art = read_text_article(text, "a.txt")
    assert art.text.split("\n") == [P1, "Zorgen bij bewoners", P2]


def test_single_newline_text_keeps_subheadings():
    text = f"{P1}\nLEES OOK: Dijk bij Deventer bijna klaar\nZorgen bij bewoners\n{P2}"
    art = read_text_article(text, "a.txt")
    assert art.text.split("\n") == [P1, "Zorgen bij bewoners", P2]


def test_bare_heading_list_in_single_newline_text():
    text = f"{P1}\nBekijk ook\nDijk bij Deventer bijna klaar\nZo sterk is de nieuwe dijk\n{P2}"
    art = read_text_article(text, "a.txt")
    assert art.text.split("\n") == [P1, P2]
    assert [r.reason for r in art.removed] == ["related"] * 3


def test_popular_headlines_ending_in_a_quote_are_chrome_too() -> None:
    page = (f" date 2029-09-05 \nOM eist zes jaar cel\n\n{P1}\n\n{P2}\n\nPOPULAIR NIEUWS\n"
            "Vrachtwagen kantelt op A16 bij Zevenbergen, chauffeur ongedeerd\n"
            "Gemeente Breda wil minder terrassen op de Grote Markt: ‘Het is hier geen festival’\n"
            "NAC verliest in blessuretijd van Roda JC\n")
    art = read_text_article(page, source="test.txt")
    assert "terrassen" not in art.text and "NAC verliest" not in art.text
    assert art.text.rstrip().endswith("verkeer.")
