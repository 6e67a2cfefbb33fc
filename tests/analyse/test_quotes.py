"""Quotes: statements found in every style, and speakers resolved to the names a reader would use."""

from __future__ import annotations

import json

from duiding.analyse.mentions import find_mentions
from duiding.analyse.quotes import find_quotes
from duiding.records import Quote
from tests.conftest import needs_shared


def quotes(text: str) -> list[Quote]:
    return find_quotes(text, find_mentions(text))


def test_direct_quote_with_trailing_cue_and_full_name() -> None:
    text = ("NAVO-woordvoerder Kristel Aalbers sprak in Brussel. „We staan klaar om te helpen”, zei Aalbers "
            "na afloop.")
    (q,) = quotes(text)
    assert q.kind == "direct" and q.cue == "zei"
    assert q.text == "We staan klaar om te helpen"
    assert text[q.span[0] : q.span[1]] == q.text
    assert q.speaker == "Kristel Aalbers"  # the fullest form in the article
    assert text[q.speaker_span[0] : q.speaker_span[1]] == "Aalbers"


def test_every_quote_style() -> None:
    for open_, close in (("„", "”"), ('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'"), (",,", '"')):
        text = f"Premier Hendriks was stellig. {open_}Dit gaat zo niet langer door{close}, zei Hendriks."
        qs = quotes(text)
        assert [(q.speaker, q.text) for q in qs] == [("Hendriks", "Dit gaat zo niet langer door")], open_


def test_indirect_speech_with_dat_and_inverted_subject() -> None:
    text = ("Minister Bakker zei maandag dat de levering vertraagd is. "
            "In een brief aan de Kamer schrijft Bakker dat de fabrikant onderdelen mist.")
    qs = quotes(text)
    assert [q.kind for q in qs] == ["indirect", "indirect"]
    assert qs[0].text == "de levering vertraagd is"
    assert qs[1].text == "de fabrikant onderdelen mist"
    assert {q.speaker for q in qs} == {"Bakker"}


def test_mixed_quote_and_volgens() -> None:
    text = "Volgens premier Dekker is het „onvermijdelijk” dat Nederland meer uitgeeft."
    (q,) = quotes(text)
    assert q.kind == "mixed" and q.speaker == "Dekker" and q.cue == "Volgens"
    assert "onvermijdelijk" in q.text and "Dekker" not in q.text


def test_pronoun_and_role_noun_speakers_resolve_to_the_person() -> None:
    text = ("Premier Dekker was in Parijs. Ze verwachtte er weinig van. "
            "Het was geen top voor besluiten, aldus de premier. "
            "Daarna sprak minister Smit. Hij benadrukte dat de steun doorgaat.")
    qs = quotes(text)
    by_text = {q.text: q.speaker for q in qs}
    assert by_text["Het was geen top voor besluiten"] == "Dekker"
    assert by_text["de steun doorgaat"] == "Smit"


def test_role_noun_follows_the_person_with_that_role_not_the_last_one_named() -> None:
    text = ("De Amerikaanse president Harlow sprak met de Russische president Volkov. "
            "Volgens de Amerikaanse president was het gesprek nuttig.")
    (q,) = quotes(text)
    assert q.speaker == "Harlow"


def test_follow_on_paragraph_keeps_the_last_speaker() -> None:
    text = ("„De winter komt eraan”, zei viceminister Olena Marchuk.\n\n"
            "„Elke lanceerinrichting die later komt, is een gat in het schild.”\n\n"
            "Het weer was goed.")
    qs = quotes(text)
    assert [q.speaker for q in qs] == ["Olena Marchuk", "Olena Marchuk"]
    assert qs[1].cue is None and qs[1].kind == "direct"


def test_groups_and_bodies_are_kept_as_written() -> None:
    text = ("Westerse diplomaten in Kyiv zeggen dat meer landen vertraging hebben. "
            "„De NAVO staat sterk”, klonk het vanuit het Witte Huis.")
    qs = quotes(text)
    assert qs[0].speaker == "Westerse diplomaten in Kyiv"
    assert qs[1].speaker == "Witte Huis" and qs[1].kind == "direct"


def test_no_statement_no_quote() -> None:
    text = ("Schoof was ook bij de top.\n\nRutte in juli de nieuwe baas?\n\n"
            "Er komt een 'coalition of the willing' met Frankrijk. Stoltenberg wilde niet zeggen hoeveel geld er komt.")
    assert quotes(text) == []


def test_relative_clause_between_subject_and_verb() -> None:
    text = "Premier Vos, die ook in Londen was, zei dat Nederland meedoet."
    (q,) = quotes(text)
    assert q.speaker == "Vos" and q.text == "Nederland meedoet"


def test_statement_in_previous_sentence_with_dat_meldt() -> None:
    text = "Nederland stuurt tien tanks naar Oekraïne. Dat heeft minister Kuipers dinsdag bekendgemaakt."
    (q,) = quotes(text)
    assert q.speaker == "Kuipers" and q.text.startswith("Nederland stuurt tien tanks")


def test_rsyntax_alpino_gold_sentences() -> None:
    path = needs_shared("data", "quotes-nl", "rsyntax_alpino_quote_gold.jsonl")
    from bench.eval_quotes import detokenise

    found = 0
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for g in rows:
        text = detokenise(g["sentence"])
        lemma = g["gold_source_lemma"].replace("_", "").lower()
        written = [text[q.speaker_span[0] : q.speaker_span[1]].replace("-", "").lower()
                   for q in quotes(text) if q.speaker_span]
        found += any(lemma in w for w in written)
    assert found / len(rows) >= 0.8
