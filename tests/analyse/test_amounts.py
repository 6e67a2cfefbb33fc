"""Amounts: money, counts and percentages in Dutch notation, without years, dates, ages or names."""

from __future__ import annotations

import pytest

from duiding.analyse import amounts, dates
from duiding.analyse.language import get_backend
from duiding.records import Amount, Article, ArticleAnalysis


def run(text: str) -> list[Amount]:
    article = Article(id="t", source="t", text=text, date="2025-03-05", date_precision="day")
    analysis = ArticleAnalysis(article_id="t", language=get_backend("tokens").analyse(text))
    analysis.dates = dates.extract(article, analysis)
    found = amounts.extract(article, analysis)
    for a in found:
        assert text[a.span[0] : a.span[1]] == a.text
    return found


@pytest.mark.parametrize(
    ("text", "value", "unit", "kind"),
    [
        ("Duitsland zegde zo'n 600 miljoen euro toe.", 600e6, "EUR", "money"),
        ("Het kabinet trekt € 2,3 mld. uit voor defensie.", 2.3e9, "EUR", "money"),
        ("Japan geeft drie miljard dollar aan het fonds.", 3e9, "USD", "money"),
        ("Londen stelt £ 450 miljoen beschikbaar.", 450e6, "GBP", "money"),
        ("De Britten sturen 10.000 drones.", 10_000, "drones", "count"),
        ("Noorwegen levert vijf F-16's.", 5, "F-16's", "count"),
        ("De norm is 2 procent van het bbp.", 2, "%", "percent"),
        ("De rente steeg met twee procent.", 2, "%", "percent"),
        ("De werkloosheid daalde 0,5 procentpunt.", 0.5, "procentpunt", "percent"),
        ("Het gaat om 1,5 miljard euro.", 1.5e9, "EUR", "money"),
    ],
)
def test_amounts(text: str, value: float, unit: str, kind: str) -> None:
    found = run(text)
    assert len(found) == 1, found
    assert found[0].value == pytest.approx(value) and found[0].unit == unit and found[0].kind == kind


def test_part_of_a_whole_is_one_amount_with_its_total() -> None:
    found = run("Bronnen melden dat 28 van de 32 landen de kandidaat steunen.")
    assert [(a.value, a.unit, a.total) for a in found] == [(28, "landen", 32)]


def test_counts_skip_adjectives_and_keep_the_qualifier_as_a_note() -> None:
    (a,) = run("Er waren leiders van meer dan tien Europese landen.")
    assert (a.value, a.unit, a.note) == (10, "landen", "more than")


def test_bare_amount_takes_the_currency_of_the_paragraph() -> None:
    found = run("Het pakket is 800 miljoen euro waard. Daarvan gaat 188 miljoen naar munitie.")
    assert [(a.value, a.unit) for a in found] == [(800e6, "EUR"), (188e6, "EUR")]
    assert "context" in (found[1].note or "")


def test_bare_amount_without_context_has_no_unit() -> None:
    (a,) = run("De teller staat op 188 miljoen.")
    assert (a.value, a.unit) == (188e6, "")


@pytest.mark.parametrize(
    "text",
    [
        "De 75-jarige minister sprak in 2024 op 6 maart over artikel 5.",
        "Het overleg begon om 14.00 uur en duurde drie jaar.",
        "Tientallen doden en honderden gewonden.",
        "Een minister sprak met een generaal over de F-16 en de tweede ronde.",
        "Tijdens COVID-19 kwamen de ministers online bijeen.",
    ],
)
def test_not_amounts(text: str) -> None:
    assert run(text) == []


def test_both_ends_of_a_range_are_amounts() -> None:
    found = run("Het pakket kost tussen de 4 en 6 miljard euro, de reparatie 30 tot 50 miljoen euro.")
    assert [(a.text, a.value, a.unit) for a in found] == [
        ("4", 4e9, "EUR"),
        ("6 miljard euro", 6e9, "EUR"),
        ("30", 30e6, "EUR"),
        ("50 miljoen euro", 50e6, "EUR"),
    ]


def test_a_list_with_en_is_not_a_range() -> None:
    found = run("Er kwamen 10 en 14 tanks aan.")
    assert [(a.value, a.unit) for a in found] == [(14, "tanks")]


def test_extra_is_skipped_as_an_adjective_and_measures_are_not_counts() -> None:
    found = run("Daarmee komen er ongeveer 15.000 extra woningen, op honderd kilometer van de stad.")
    assert [(a.value, a.unit, a.note) for a in found] == [(15000, "woningen", "about")]


def run_tagged(text: str) -> list[Amount]:
    article = Article(id="t", source="t", text=text, date="2025-03-05", date_precision="day")
    analysis = ArticleAnalysis(article_id="t", language=get_backend("fast").analyse(text))
    analysis.dates = dates.extract(article, analysis)
    return amounts.extract(article, analysis)


def test_a_verb_after_a_bare_number_is_no_unit() -> None:
    for found in (
        run_tagged("Het plan kost 4 miljard euro, waarvan de lidstaten 2,5 miljard betalen."),
        run("Het plan kost 4 miljard euro, waarvan de Commissie 2,5 miljard betaalt."),
    ):
        part = [a for a in found if a.value == 2.5e9]
        assert [(a.unit, a.kind, a.text) for a in part] == [("EUR", "money", "2,5 miljard")]
    # a rare plural noun the tagger may call a verb still counts
    (a,) = run_tagged("Sinds maart zijn ruim 900 granaten afgevuurd.")
    assert (a.value, a.unit) == (900, "granaten")


def test_ranges_and_changes_give_both_ends_with_the_shared_unit() -> None:
    found = run("De olieprijs zakte van 81,30 naar 77 dollar per vat.")
    assert [(a.value, a.unit) for a in found] == [(81.3, "USD"), (77, "USD")]
    found = run("De renovatie kost tussen 3 en 5 miljard euro.")
    assert [(a.value, a.unit) for a in found] == [(3e9, "EUR"), (5e9, "EUR")]
    found = run("De werkloosheid liep op van 2 tot 3,5 procent.")
    assert [(a.value, a.unit) for a in found] == [(2, "%"), (3.5, "%")]
    assert not any(a.note and "up to" in a.note for a in found)
    # "naar" without "van" is no range
    assert [(a.value, a.unit) for a in run("Er gingen 40 tanks naar 3 landen.")] == [(40, "tanks"), (3, "landen")]


def test_a_number_after_a_relative_week_is_no_week_number() -> None:
    found = run("Duitsland leverde vorige week 25 transformatoren.")
    assert [(a.value, a.unit) for a in found] == [(25, "transformatoren")]
    assert run("In week 25 was het rustig.") == []


def test_a_model_name_with_a_hyphenated_plural_is_the_whole_unit() -> None:
    found = run("Het leger krijgt 24 Boxer RCT30-voertuigen en 8 Caesar-houwitsers, naast 40 Duitse tanks.")
    assert [(a.value, a.unit) for a in found] == [
        (24.0, "Boxer RCT30-voertuigen"),
        (8.0, "Caesar-houwitsers"),
        (40.0, "tanks"),
    ]


# --- generalisation classes: ratios and counts whose noun is left out ------------------------------------------


def test_a_ratio_is_no_count() -> None:
    text = "Bij De Lijn rijdt slechts een op de drie bussen, en één op de vijf Vlamingen werkt thuis."
    assert run(text) == [] and run_tagged(text) == []


def test_a_second_count_in_the_sentence_takes_the_noun_left_out() -> None:
    for found in (run("De marine bestelde acht fregatten, vier voor elk land."),
                  run_tagged("De marine bestelde acht fregatten, vier voor elk land.")):  # fmt: skip
        assert [(a.value, a.unit) for a in found] == [(8, "fregatten"), (4, "fregatten")]
        assert found[1].note == "unit from context"
    found = run_tagged("Van de 40 geplande fietsbruggen zijn er nu elf klaar.")
    assert [(a.value, a.unit) for a in found] == [(40, "fietsbruggen"), (11, "fietsbruggen")]
    found = run("Vorig jaar kwamen ruim 2.300 bezoekers naar de beurs, tegen ongeveer 900 in 2024.")
    assert [(a.value, a.unit) for a in found] == [(2300, "bezoekers"), (900, "bezoekers")]
    # not across a sentence end
    assert [a.value for a in run("De gemeente kocht 14 bussen. Hij was toen 52 en woonde in Gouda.")] == [14]


def test_a_bare_crown_takes_the_currency_of_the_country_in_the_article() -> None:
    found = run("De Noorse regering heeft de vissers 40 miljoen kronen toegezegd. Noorwegen wil snel betalen.")
    assert [(a.value, a.unit, a.kind) for a in found] == [(40e6, "NOK", "money")]
    assert [(a.unit, a.kind) for a in run("Het leger kocht voor 2 miljard Zweedse kronen aan munitie.")] == [
        ("SEK", "money")
    ]
    assert [(a.unit, a.kind) for a in run("Het kostte hem 5 kronen.")] == [("kronen", "count")]


def test_frequency_adverb_is_no_counted_noun() -> None:
    found = run("Volgens de minister bespaart de maatregel tegen 2031 jaarlijks 400 miljoen euro.")
    assert [(a.value, a.unit) for a in found] == [(400_000_000, "EUR")]
