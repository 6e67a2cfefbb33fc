"""Dates: Dutch temporal expressions normalised against the publication date, never more precise than the text."""

from __future__ import annotations

import pytest

from duiding.analyse import dates
from duiding.analyse.language import get_backend
from duiding.records import Article, ArticleAnalysis, DateMention


def run(text: str, date: str | None) -> list[DateMention]:
    precision = None if date is None else {4: "year", 7: "month", 10: "day"}[len(date)]
    article = Article(id="t", source="t", text=text, date=date, date_precision=precision)  # type: ignore[arg-type]
    analysis = ArticleAnalysis(article_id="t", language=get_backend("tokens").analyse(text))
    found = dates.extract(article, analysis)
    for d in found:
        assert text[d.span[0] : d.span[1]] == d.text
    return found


def one(text: str, date: str | None, phrase: str) -> DateMention:
    hits = [d for d in run(text, date) if d.text.lower() == phrase.lower()]
    assert len(hits) == 1, [d.text for d in run(text, date)]
    return hits[0]


def test_day_month_takes_the_year_of_publication_and_future_by_tense() -> None:
    d = one("De Europese Commissie zal op 6 maart een plan presenteren.", "2025-03", "6 maart")
    assert (d.value, d.relation) == ("2025-03-06", "future")


def test_explicit_year_and_weekday_prefix() -> None:
    d = one("Donderdag 6 maart 2025 vergadert de raad opnieuw.", "2025-02-20", "Donderdag 6 maart 2025")
    assert (d.value, d.relation) == ("2025-03-06", "future")


def test_end_of_month_is_a_month_with_a_modifier() -> None:
    d = one("Die top vindt eind juni plaats.", "2025-03", "eind juni")
    assert d.value == "2025-06" and d.relation == "future" and "late" in (d.note or "")


def test_month_without_year_chooses_previous_year_in_past_tense() -> None:
    d = one("In november maakte de minister het besluit bekend.", "2025-02-10", "november")
    assert (d.value, d.relation) == ("2024-11", "past")
    d = one("In november wordt het besluit genomen.", "2025-02-10", "november")
    assert d.value == "2025-11"


def test_begin_of_year() -> None:
    d = one("Begin 2026 volgt een besluit over de kazerne.", "2025-05-01", "Begin 2026")
    assert d.value == "2026" and "early" in (d.note or "")


def test_weekdays_resolve_by_tense_when_the_day_is_known() -> None:
    # 5 March 2025 is a Wednesday
    text = "Zaterdag sprak de minister met Poetin. Vrijdag gaat hij naar Kyiv. Afgelopen maandag was hij in Rome."
    found = {d.text: d for d in run(text, "2025-03-05")}
    assert found["Zaterdag"].value == "2025-03-01" and found["Zaterdag"].relation == "past"
    assert found["Vrijdag"].value == "2025-03-07" and found["Vrijdag"].relation == "future"
    assert found["Afgelopen maandag"].value == "2025-03-03"


def test_weekday_and_yesterday_are_not_invented_when_only_the_month_is_known() -> None:
    text = "Gisteren zei Jan Vermeer dat hij zaterdag naar Parijs reisde."
    for d in run(text, "2025-02"):
        assert d.value is None
        assert "month only" in (d.note or "")


def test_today_with_a_month_precise_publication_date_is_that_month() -> None:
    d = one("De leiders zijn vandaag in Parijs.", "2025-02", "vandaag")
    assert d.value == "2025-02" and d.note


def test_no_publication_date_leaves_relative_expressions_open() -> None:
    for d in run("Rutte verwacht dat er donderdag of morgen een besluit komt.", None):
        assert d.value is None and d.note == dates.NO_PUB


def test_relative_weeks_months_and_years() -> None:
    text = "Vorige week maakte Trump het bekend. Volgende maand volgt meer. Vorig jaar was het rustig. Deze week niet."
    found = {d.text.lower(): d.value for d in run(text, "2025-03-05")}
    assert found["vorige week"] == "2025-W09"
    assert found["volgende maand"] == "2025-04"
    assert found["vorig jaar"] == "2024"
    assert found["deze week"] == "2025-W10"


def test_last_week_needs_a_day_precise_publication_date() -> None:
    d = one("De VS maakten vorige week bekend dat ze stoppen.", "2025-02", "vorige week")
    assert d.value is None and d.relation == "past"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Het gesprek duurde ruim anderhalf uur.", "anderhalf uur", "PT1H30M"),
        ("De NAVO bestaat 75 jaar.", "75 jaar", "P75Y"),
        ("Hij zat drie jaar vast.", "drie jaar", "P3Y"),
        ("Het overleg duurde een half uur.", "een half uur", "PT30M"),
    ],
)
def test_durations(text: str, phrase: str, value: str) -> None:
    hits = [d for d in run(text, "2025-03-05") if phrase.lower() in d.text.lower()]
    assert hits and hits[0].value == value and hits[0].kind == "duration"


def test_a_range_of_durations_has_no_single_value() -> None:
    d = one("De komende vier tot zes weken wordt er onderhandeld.", "2025-03-05", "De komende vier tot zes weken")
    assert d.value is None and d.kind == "duration" and "P4W/P6W" in (d.note or "") and d.relation == "future"


def test_weekday_in_a_named_week_and_planned_weekdays() -> None:
    # 10 March 2026 is a Tuesday
    d = one(
        "De ministers bespreken het plan donderdag volgende week in Brussel.", "2026-03-10", "donderdag volgende week"
    )
    assert d.value == "2026-03-19"
    d = one("De Kamer stemt dinsdag over de motie.", "2026-03-12", "dinsdag")
    assert (d.value, d.relation) == ("2026-03-17", "future")


def test_recurring_times_have_no_value() -> None:
    d = one("De lidstaten moeten elk jaar in juni rapporteren.", "2026-07-08", "elk jaar in juni")
    assert d.value is None and d.kind == "set"


def test_ago_and_in_are_points_in_time() -> None:
    found = {
        d.text: d.value
        for d in run("Twee weken geleden viel het kabinet. Over drie jaar is er een nieuw.", "2025-03-05")
    }
    assert found["Twee weken geleden"] == "2025-02-19"
    assert found["Over drie jaar"] == "2028"


def test_years_decades_quarters_and_times() -> None:
    text = (
        "In 2019 begon het. In de jaren negentig was dat anders. In het eerste kwartaal van 2026 komt er meer. "
        "Om 14.00 uur begint de top."
    )
    found = {d.text: d for d in run(text, "2025-03-05")}
    assert found["2019"].value == "2019" and found["2019"].relation == "past"
    assert found["de jaren negentig"].value == "199"
    assert found["het eerste kwartaal van 2026"].value == "2026-Q1"
    assert found["Om 14.00 uur"].value == "T14:00" and found["Om 14.00 uur"].kind == "time"


def test_the_past_year_is_a_duration_and_next_year_a_year() -> None:
    found = {d.text: d for d in run("Het afgelopen jaar was zwaar. Volgend jaar wordt beter.", "2025-03-05")}
    assert found["Het afgelopen jaar"].value == "P1Y" and found["Het afgelopen jaar"].relation == "past"
    assert found["Volgend jaar"].value == "2026"


def test_numbers_that_are_not_dates() -> None:
    text = "Er kwamen 250 militairen en 2000 soldaten. De 75-jarige minister sprak over 2 procent."
    assert [d.text for d in run(text, "2025-03-05")] == []


def tagged_value(text: str, date: str, phrase: str) -> str | None:
    article = Article(id="t", source="t", text=text, date=date, date_precision="day")
    analysis = ArticleAnalysis(article_id="t", language=get_backend("fast").analyse(text))
    hits = [d for d in dates.extract(article, analysis) if d.text.lower() == phrase.lower()]
    assert len(hits) == 1, hits
    return hits[0].value


def test_a_participle_after_zijn_is_the_perfect_whatever_the_tagger_calls_zijn() -> None:
    # published on a Tuesday: the Monday before, not the coming one
    assert tagged_value("Vier F-35's zijn maandag in Litouwen aangekomen.", "2024-05-14", "maandag") == "2024-05-13"
    assert tagged_value("De drie stichtingen zijn zaterdag opgericht.", "2024-05-14", "zaterdag") == "2024-05-11"
    assert tagged_value("De gebouwen zijn donderdag klaar.", "2024-05-14", "donderdag") == "2024-05-16"


def test_plural_nouns_are_no_past_tense_verbs() -> None:
    # "contracten" (contract) looks like a weak past plural; with tags it is a noun
    text = "Zowel contracten als vergunningen komen donderdag op tafel."
    assert tagged_value(text, "2024-05-14", "donderdag") == "2024-05-16"
    assert tagged_value("Nieuwe contracten liggen vrijdag klaar.", "2024-05-14", "vrijdag") == "2024-05-17"


def test_vanaf_and_sinds_point_the_weekday_ahead_or_back() -> None:
    assert (
        tagged_value("Het centrum is vanaf maandag afgesloten voor verkeer.", "2024-05-14", "maandag") == "2024-05-20"
    )
    assert tagged_value("De brug is sinds donderdag afgesloten.", "2024-05-14", "donderdag") == "2024-05-09"


def test_irregular_past_forms_are_read_from_the_lemma() -> None:
    # 2024-05-15 is a Wednesday: a past verb points to the weekday before, a present one ahead
    day = "2024-05-15"
    assert tagged_value("De staatssecretaris bezocht maandag een kazerne in Assen.", day, "maandag") == "2024-05-13"
    assert tagged_value("De burgemeester ging dinsdag naar het stadhuis.", day, "dinsdag") == "2024-05-14"
    assert tagged_value("Het Kamerlid hield maandag een korte toespraak.", day, "maandag") == "2024-05-13"
    assert tagged_value("Een raadslid diende dinsdag een voorstel in.", day, "dinsdag") == "2024-05-14"
    assert tagged_value("Het Kamerlid houdt vrijdag een korte toespraak.", day, "vrijdag") == "2024-05-17"
    assert tagged_value("De provincie wordt maandag bezocht door de koning.", day, "maandag") == "2024-05-20"


def test_perfect_auxiliary_finds_its_participle_at_the_far_clause_end() -> None:
    text = "Dat hebben de burgemeesters van de drie grensgemeenten maandag in het gemeentehuis van Venlo besproken."
    assert tagged_value(text, "2024-05-15", "maandag") == "2024-05-13"


def test_the_tense_of_the_subordinate_clause_decides() -> None:
    # a past main verb, but the plan comes ahead in the dat-clause
    text = "De wethouder liet weten dat de gemeente begin maart met een nieuw voorstel komt."
    assert tagged_value(text, "2024-02-10", "begin maart") == "2024-03"
    # a te-infinitive after a past promise looks ahead
    text = "De minister heeft de Kamer beloofd voor 1 juni een overzicht van de kosten te sturen."
    assert tagged_value(text, "2024-09-20", "1 juni") == "2025-06-01"
    text = "De bond verwierp maandag een plan om de toeslag per 1 maart te verlagen."
    assert tagged_value(text, "2024-11-20", "1 maart") == "2025-03-01"
    # in the main clause the past still counts
    assert (
        tagged_value("Het college besloot op 3 oktober dat de school dichtgaat.", "2024-09-20", "3 oktober")
        == "2023-10-03"
    )


def test_vanaf_and_per_put_a_day_and_month_ahead() -> None:
    assert (
        tagged_value("Vanaf 1 februari geldt een nieuwe regel, meldde de gemeente.", "2024-11-20", "1 februari")
        == "2025-02-01"
    )


def test_half_of_a_named_month_is_that_month() -> None:
    text = "Het verdrag wordt naar verwachting in de eerste helft van maart getekend."
    found = [d for d in run(text, "2024-12-05") if d.value]
    assert [(d.text, d.value) for d in found] == [("de eerste helft van maart", "2025-03")]
    assert "first half" in (found[0].note or "")


def test_season_after_in_takes_its_year_from_the_tense() -> None:
    assert (
        tagged_value("De gemeente verwacht dat de bouw in het najaar begint.", "2024-12-05", "in het najaar")
        == "2025-FA"
    )
    assert (
        tagged_value("De raad stemde in het voorjaar al in met het plan.", "2024-11-20", "in het voorjaar") == "2024-SP"
    )
    assert tagged_value("De werkzaamheden starten in het voorjaar.", "2024-02-01", "in het voorjaar") == "2024-SP"
    # a season that is only talked about places nothing
    assert [d.value for d in run("Boeren hebben de zomer nodig voor de oogst.", "2024-02-01")] == []


def test_om_de_and_elk_with_a_number_are_recurring() -> None:
    for text, phrase in (
        ("De inspecteurs komen om de drie maanden langs.", "om de drie maanden"),
        ("Het bestuur rapporteert elk half jaar aan de raad.", "elk half jaar"),
    ):
        d = one(text, "2024-05-15", phrase)
        assert (d.value, d.kind) == (None, "set")


# --- generalisation classes: demonstrative "dat", deadlines, upcoming months, holidays, figurative days ---------


def test_a_demonstrative_dat_does_not_open_a_present_clause() -> None:
    # published on Tuesday 10 February 2026: the Monday just gone, not the next one
    text = "Wethouder Karin Mol kondigde dat maandagavond aan in de raadsvergadering."
    assert tagged_value(text, "2026-02-10", "maandagavond") == "2026-02-09"
    assert tagged_value("Het waterschap vergadert donderdagavond over de dijk.", "2026-02-10", "donderdagavond") == (
        "2026-02-12"
    )


def test_a_deadline_after_voor_lies_ahead_even_with_a_past_verb() -> None:
    text = "De boerenorganisaties hebben voor 14 november een nieuw protest aangekondigd."
    assert tagged_value(text, "2026-10-06", "14 november") == "2026-11-14"


def test_a_month_in_a_present_clause_is_the_coming_one_when_the_last_is_long_gone() -> None:
    assert tagged_value("In september zijn er gemeenteraadsverkiezingen in Vlaanderen.", "2027-02-23", "september") == (
        "2027-09"
    )
    assert tagged_value("In december daalde de inflatie naar 2 procent.", "2026-01-15", "december") == "2025-12"


def test_holidays_resolve_to_their_date_and_movable_feasts_are_computed() -> None:
    assert tagged_value("De coöperatie hoopt dat de fusie voor kerst rond is.", "2026-05-20", "kerst") == "2026-12-25"
    assert tagged_value("Met kerst werd de brug gesloten.", "2026-01-10", "kerst") == "2025-12-25"
    assert tagged_value("Het ziekenhuis is op tweede kerstdag open.", "2026-05-20", "tweede kerstdag") == "2026-12-26"
    # Easter 2026 is 5 April, Ascension 2027 is 6 May, Prinsjesdag 2027 the third Tuesday of September
    assert tagged_value("De wet moet voor Pasen door de Kamer.", "2026-03-01", "Pasen") == "2026-04-05"
    assert tagged_value("Op Hemelvaartsdag 2027 rijden er extra treinen.", "2026-03-01", "Hemelvaartsdag 2027") == (
        "2027-05-06"
    )
    assert tagged_value("Op Prinsjesdag presenteert het kabinet de begroting.", "2027-08-10", "Prinsjesdag") == (
        "2027-09-21"
    )
    assert tagged_value("Rond oud en nieuw is de brandweer extra alert.", "2026-12-01", "oud en nieuw") == "2026-12-31"
    assert [d.text for d in run("Er werkt oud en nieuw personeel in de fabriek.", "2026-03-01")] == []


def test_morgen_and_vandaag_in_a_saying_are_no_days() -> None:
    assert [d.text for d in run("„Wie morgen stroom wil, moet vandaag investeren”, zei Jansen.", "2027-04-22")] == []
    assert [d.text for d in run("Dit is de economie van morgen, aldus de minister.", "2027-04-22")] == []
    assert [d.value for d in run("De minister reist morgen naar Brussel.", "2027-04-22")] == ["2027-04-23"]


def test_half_a_year_ago_is_a_month_back() -> None:
    assert one("Het bestand werd een half jaar geleden gesloten.", "2026-10-14", "een half jaar geleden").value == "2026-04"
    assert one("Anderhalf jaar geleden begon de bouw van de brug.", "2026-10", "Anderhalf jaar geleden").value == "2025-04"


def test_a_season_as_deadline_is_the_coming_one() -> None:
    d = one("De staatssecretaris stuurt voor de zomer een wetsvoorstel naar de Kamer.", "2026-11-20", "voor de zomer")
    assert d.value == "2027-SU"


def test_year_after_tegen_with_a_frequency_adverb_is_a_year() -> None:
    found = run("Volgens de minister bespaart de maatregel tegen 2031 jaarlijks 400 miljoen euro.", "2026-05-02")
    assert [(d.text, d.value) for d in found] == [("2031", "2031")]
