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


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in quotes(text)}


def test_person_after_role_with_department_is_the_speaker() -> None:
    text = ("Staatssecretaris van Defensie Noor Bakkenes zei dinsdag dat de marine twee schepen extra krijgt. "
            "Minister voor Medische Zorg Fenna Brouwer stelde dat de wachtlijsten korter worden. "
            "Bakkenes voegde eraan toe dat de werving loopt.")
    sp = _speakers(text)
    assert sp["de marine twee schepen extra krijgt"] == "Noor Bakkenes"
    assert sp["de wachtlijsten korter worden"] == "Fenna Brouwer"
    assert sp["de werving loopt"] == "Noor Bakkenes"


def test_ranks_and_chained_roles_before_the_name() -> None:
    text = ("Detachementscommandant luitenant-kolonel Ruben Hoekstra zei dat de missie veilig verloopt. "
            "De Duitse defensieminister Klaus Reimann verklaarde dat Berlijn meer tanks levert.")
    sp = _speakers(text)
    assert sp["de missie veilig verloopt"] == "Ruben Hoekstra"
    assert sp["Berlijn meer tanks levert"] == "Klaus Reimann"


def test_sentence_opening_adverb_before_the_subject() -> None:
    for opener in ("Alleen", "Ook", "Zelfs", "Intussen"):
        text = f"{opener} Sanne Kuipers stelde dat het plan te duur is."
        assert _speakers(text) == {"het plan te duur is": "Sanne Kuipers"}, opener
    text = "Daarop verklaarde Bram Janssen dat hij aftreedt."
    assert _speakers(text) == {"hij aftreedt": "Bram Janssen"}


def test_second_speech_verb_after_a_coordinator_keeps_the_subject() -> None:
    text = "Gerrit Mulder verwelkomde het pakket, maar waarschuwde dat de uitvoering lastig wordt."
    assert _speakers(text) == {"de uitvoering lastig wordt": "Gerrit Mulder"}


def test_unnamed_speakers_are_the_whole_noun_phrase() -> None:
    cases = [
        ("Een woordvoerder van Rijkswaterstaat zei dat de brug dicht blijft.", "woordvoerder van Rijkswaterstaat"),
        ("De farmaceutische industrie waarschuwde dat de tekorten oplopen.", "De farmaceutische industrie"),
        ("Westerse inlichtingendiensten schatten dat er duizenden doden zijn.", "Westerse inlichtingendiensten"),
        ("Zuid-Europese diplomaten zeggen dat de onderhandelingen vastlopen.", "Zuid-Europese diplomaten"),
        ("Volgens NAVO-planners is er meer munitie nodig.", "NAVO-planners"),
    ]
    for text, speaker in cases:
        qs = quotes(text)
        assert [q.speaker for q in qs] == [speaker], (text, qs)


def test_unqualified_spokesperson_speaks_for_the_organisation_just_named() -> None:
    text = ("De ANWB is bezorgd over de files. Een woordvoerder zei dat de wegen te vol zijn. "
            "Het is onhoudbaar, erkende een woordvoerder.")
    sp = _speakers(text)
    assert sp["de wegen te vol zijn"] == "woordvoerder van ANWB"
    assert sp["Het is onhoudbaar"] == "woordvoerder van ANWB"


def test_spokesperson_of_the_party_or_company_speaks_for_the_one_just_named() -> None:
    text = ("PvdA-leider Mirjam Bos en VVD-leider Henk Dam waren er niet. "
            "SP-leider Karin Wouters bleef thuis. Een woordvoerder van de partij zei dat de fractie het stuk bestudeert.\n"
            "Zuivelfabrikant Melkweg sluit een fabriek in Lochem. Volgens een woordvoerder van het bedrijf is "
            "de vraag naar kaas te klein.")
    by_text = {q.text: q for q in quotes(text)}
    party = by_text["de fractie het stuk bestudeert"]
    assert party.speaker == "woordvoerder van SP"
    company = next(q for t, q in by_text.items() if "kaas" in t)
    assert company.speaker == "woordvoerder van Melkweg"


def test_party_member_noun_is_the_person_whose_title_names_the_party() -> None:
    text = ("CDA-Kamerlid Daan Koning en VVD-Kamerlid Sanne Pot spraken elkaar tegen. "
            "\"We lopen achter op Duitsland\", zei de CDA'er. \"Dat klopt niet\", zei de VVD'er.")
    sp = _speakers(text)
    assert sp["We lopen achter op Duitsland"] == "Daan Koning"
    assert sp["Dat klopt niet"] == "Sanne Pot"


def test_company_chief_role_nouns_refer_back_to_the_chief_not_another_director() -> None:
    text = ("Dat maakte bestuursvoorzitter Ingrid Holm van Kartonfabriek Noord maandag bekend. "
            "Financieel directeur Bart Mol was ook aanwezig, maar zei niets. "
            "De CEO liet weten dat de fabriek in Delfzijl juist groeit. "
            "\"We blijven in het noorden\", aldus de topvrouw.")
    sp = _speakers(text)
    assert sp["de fabriek in Delfzijl juist groeit"] == "Ingrid Holm"
    assert sp["We blijven in het noorden"] == "Ingrid Holm"


def test_place_adjective_before_a_group_noun_is_no_person() -> None:
    text = "Het kabinet krijgt tot vrijdag de tijd, melden Haagse bronnen. Het plan is te duur, zei Jansse gisteren."
    mentions = find_mentions(text)
    assert not any(m.type == "PER" and m.text == "Haagse" for m in mentions)
    sp = _speakers(text)
    assert sp["Het kabinet krijgt tot vrijdag de tijd"] == "Haagse bronnen"
    assert sp["Het plan is te duur"] == "Jansse"


def test_comma_insert_after_a_named_subject_is_skipped() -> None:
    sp = _speakers("CDA-Kamerlid Daan Koning, geen familie van de minister, vindt dat het kabinet te voorzichtig is. "
                   "Burgemeester Femke Hals, zelf jarenlang Kamerlid, waarschuwde dat de stad vol is.")
    assert sp["het kabinet te voorzichtig is"] == "Daan Koning"
    assert sp["de stad vol is"] == "Femke Hals"


def test_speech_verb_form_used_as_a_noun_is_no_cue() -> None:
    assert quotes("Het bedrijf kampt met hoge energiekosten en een dalende vraag uit de Duitse industrie.") == []
    assert _speakers("De farmaceutische industrie waarschuwde eerder dat de prijzen stijgen.") == {
        "de prijzen stijgen": "De farmaceutische industrie"}


def test_spokesperson_of_a_ministry_named_earlier_and_passive_confirmation() -> None:
    text = ("Het ministerie van Volksgezondheid trekt 3 miljoen euro uit voor voorlichting. "
            "Dat werd woensdag bevestigd door een woordvoerder van het ministerie.")
    (q,) = quotes(text)
    assert q.speaker == "woordvoerder van het ministerie van Volksgezondheid"
    assert q.text.startswith("Het ministerie van Volksgezondheid trekt")
    (q,) = quotes("De gewonden zijn weer thuis, werd donderdag bevestigd door een woordvoerder van het UMC Utrecht.")
    assert q.text == "De gewonden zijn weer thuis" and q.cue == "bevestigd"


def test_honorifics_before_names_and_given_name_references() -> None:
    text = ("Zijn advocaat, mr. Pieter-Jan Van der Velde, noemde het dossier „flinterdun”. "
            "Daan Vos en zijn broer Thijs Vos speelden mee. \"Het is balen\", zei Daan.")
    by_text = {q.text: q for q in quotes(text)}
    assert by_text["het dossier „flinterdun”"].speaker == "Pieter-Jan Van der Velde"
    assert by_text["Het is balen"].speaker == "Daan Vos"


def test_answer_after_a_question_goes_to_the_person_asked() -> None:
    text = ("Hij wordt dinsdag onderzocht, klonk het bij de club.\n\n"
            "Op de vraag of hij te laat wisselde, reageerde trainer Jürgen Hoffmann kortaf. Had u niet eerder "
            "moeten ingrijpen? „Achteraf is alles makkelijk.”\n\nTwente kwam vroeg op voorsprong via Daan Vos.")
    sp = _speakers(text)
    assert sp["Achteraf is alles makkelijk."] == "Jürgen Hoffmann"
    assert not any("voorsprong" in t for t in sp)


def test_reporter_questions_are_no_quotes_but_the_interview_answer_is() -> None:
    text = ("Na afloop vroeg een verslaggever de premier of hij genoeg steun heeft.\n\n"
            "In een gesprek met de NOS ging Kamerlid Bart Smet in op zijn bezwaren.\n\n"
            "Valt het kabinet hierover?\n\n‘Dat hangt af van de premier, niet van ons.’")
    assert _speakers(text) == {"Dat hangt af van de premier, niet van ons.": "Bart Smet"}


def test_counterpart_with_nationality_and_academic_role_nouns() -> None:
    text = ("Minister Joris Heuvel schoof aan naast zijn Belgische collega Jelle Verhaeghe. "
            "‘We beloven niets’, aldus de Belgische minister. "
            "Dat zegt politicoloog Kristof Vanhoutte tegen De Standaard. "
            "‘De regering blijft zitten’, aldus de onderzoeker.")
    sp = _speakers(text)
    assert sp["We beloven niets"] == "Jelle Verhaeghe"
    assert sp["De regering blijft zitten"] == "Kristof Vanhoutte"


def test_colon_after_a_named_person_with_an_insert() -> None:
    text = ("Parlementslid Taras Bondarenko, die vorig jaar zelf aan het front diende, was duidelijk: "
            "„Elke wapenlevering die te laat komt, kost levens.”")
    assert _speakers(text) == {"Elke wapenlevering die te laat komt, kost levens.": "Taras Bondarenko"}


def test_local_bodies_and_compound_company_nouns_refer_back_by_name() -> None:
    sp = _speakers("De gemeente Zwolle geeft een vergunning. Volgens de gemeente kwamen er veertig klachten binnen. "
                   "Bij de NMBS rijdt volgens de spoorwegmaatschappij een op de drie treinen.")
    assert sp["kwamen er veertig klachten binnen"] == "gemeente Zwolle"
    assert sp["Bij de NMBS rijdt een op de drie treinen"] == "NMBS"


def test_spokesperson_of_another_body_is_not_a_named_spokesperson() -> None:
    text = ("Politiewoordvoerder Shanti Doelwijt verklaarde dat de brand is aangestoken. "
            "De gewonden zijn weer thuis, werd bevestigd door een woordvoerder van het UMC Utrecht.")
    assert _speakers(text)["De gewonden zijn weer thuis"] != "Shanti Doelwijt"


def test_singular_demonym_noun_refers_back_to_the_person_of_that_nationality() -> None:
    text = ("De Britse CEO James Walker zei dat de haven open blijft. \"We blijven hier\", aldus de Brit. "
            "De Britten zeggen dat het niet kan.")
    sp = _speakers(text)
    assert sp["We blijven hier"] == "James Walker"
    assert sp["het niet kan"] == "Britten"


def test_body_noun_phrases_with_coordinated_or_nested_complements() -> None:
    sp = _speakers("Het plan kost te veel. Dat schrijft het college van burgemeester en wethouders in een brief. "
                   "Een woordvoerder van het Amerikaanse ministerie van Defensie liet weten dat de steun doorgaat.")
    assert sp["Het plan kost te veel"] == "het college van burgemeester en wethouders"
    assert sp["de steun doorgaat"] == "woordvoerder van het Amerikaanse ministerie van Defensie"


def test_union_and_party_named_in_titles_and_rank_holders_as_commander() -> None:
    text = (",,We laten ons niet wegautomatiseren,\" zei FNV-bestuurder Marlon Tjon bij de poort. "
            "Volgens de vakbond staan vierhonderd banen op de tocht.\n\n"
            "PVV-fractievoorzitter Dennis Hoogland was kritisch. De PVV'er stelde dat de burger meebetaalt.\n\n"
            "\"We oefenen alsof het echt is,\" zegt luitenant-kolonel Joris de Meer. \"Het is serieus,\" aldus de commandant.")
    sp = _speakers(text)
    assert sp["staan vierhonderd banen op de tocht"] == "FNV"
    assert sp["de burger meebetaalt"] == "Dennis Hoogland"
    assert sp["Het is serieus,"] == "Joris de Meer"


def test_the_spokesperson_again_is_the_unnamed_spokesperson_who_just_spoke() -> None:
    text = ("Een woordvoerder van de Hongaarse regering ontkende dat Boedapest het pakket blokkeert. "
            "„We stellen alleen vragen”, zei de woordvoerder.")
    assert set(_speakers(text).values()) == {"woordvoerder van de Hongaarse regering"}


def test_role_with_a_field_and_farmers_refer_back() -> None:
    text = ("Volgens hoogleraar inlichtingenstudies Marieke Oudshoorn is de werkwijze goedkoop. "
            "De hoogleraar waarschuwde dat er meer acties volgen.\n\n"
            "Melkveehouder Hendrik-Jan Kolkman reed om vier uur van huis. ,,Dan kan ik net zo goed stoppen,\" zegt de boer.")
    sp = _speakers(text)
    assert sp["er meer acties volgen"] == "Marieke Oudshoorn"
    assert sp["Dan kan ik net zo goed stoppen,"] == "Hendrik-Jan Kolkman"


def test_announced_te_infinitive_after_the_particle_and_an_object() -> None:
    (q,) = quotes("Het ministerie kondigde aan de zaak voor te leggen aan de Wereldhandelsorganisatie.")
    assert q.speaker == "Het ministerie" and q.text.startswith("de zaak voor te leggen")


def test_naval_ranks_and_belgian_prosecutors_as_titles() -> None:
    text = ("De commandant van de Tromp, kapitein-ter-zee Sanne Verbruggen, vertelde dat de bemanning afstand hield. "
            "„Deze man heeft zijn badge verkocht”, zei procureur Annelies De Clercq. "
            "De procureur wees erop dat de bende twee huiszoekingen ontliep.")
    sp = _speakers(text)
    assert sp["de bemanning afstand hield"] == "Sanne Verbruggen"
    assert sp["de bende twee huiszoekingen ontliep"] == "Annelies De Clercq"


def test_broader_speech_verbs() -> None:
    cases = [
        ("Minister Jansen zegde toe dat de subsidie blijft.", "Jansen"),
        ("Wethouder Koster concludeerde dat de aanpak werkt.", "Koster"),
        ("De econoom Lisa Brandt berekende dat het tekort oploopt.", "Lisa Brandt"),
        ("Directeur Van Leeuwen drong aan op snelle besluiten over de haven.", "Van Leeuwen"),
        ("Kamerlid Pieters twitterde dat het debat een farce was.", "Pieters"),
    ]
    for text, speaker in cases:
        assert [q.speaker for q in quotes(text)] == [speaker], text


def test_cognition_verbs_need_a_clause_and_narration_gives_nothing() -> None:
    for text in ("De minister hoopt op een snel akkoord.", "Jansen vindt de plannen goed.",
                 "De boer ploegde het land en reed daarna naar huis.",
                 "De oppositie verwijt de premier dat hij iets heeft beloofd waar de Kamer nooit over stemde."):
        assert [q for q in quotes(text) if q.text.startswith("waar") or "plannen" in q.text or not q.text] == []
        assert all(q.speaker is not None for q in quotes(text))
    assert _speakers("Jansen vreest dat de plannen mislukken.") == {"de plannen mislukken": "Jansen"}


def test_single_quotes_after_spreken_van() -> None:
    for open_, close in (("'", "'"), ("‘", "’")):
        text = f"Minister Jansen sprak van {open_}een historische stap{close}."
        (q,) = quotes(text)
        assert q.speaker == "Jansen" and q.text.strip("'‘’") == "een historische stap"
        assert q.kind == "mixed"  # the quote is the object of 'spreken van', not the whole statement


def test_pronouns_resolve_to_person_introduced_with_a_long_role() -> None:
    text = ("Staatssecretaris van Defensie Noor Bakkenes bezocht de kazerne in Assen. Ze erkende dat er tekorten zijn. "
            "De tekorten zijn groot, zei ze. Volgens haar duurt het herstel jaren.")
    qs = quotes(text)
    assert len(qs) == 3 and {q.speaker for q in qs} == {"Noor Bakkenes"}


def test_pronoun_gender_picks_the_compatible_person() -> None:
    text = ("Staatssecretaris van Defensie Noor Bakkenes sprak met generaal Pieter Stam. "
            "Hij zei dat de oefening goed verliep. Volgens haar is er meer geld nodig.")
    sp = _speakers(text)
    assert sp["de oefening goed verliep"] == "Pieter Stam"
    assert sp["is er meer geld nodig"] == "Noor Bakkenes"


def test_long_department_and_field_phrases_before_the_name() -> None:
    text = ("Commissaris van de Koning Arno Brink opende het congres. Brink zei dat de provincie investeert. "
            "Hoogleraar Europees recht Anne Smit denkt dat de rechter het plan tegenhoudt. "
            "Een woordvoerder van het ministerie van Defensie bevestigde dat er drie gewonden zijn.")
    sp = _speakers(text)
    assert sp["de provincie investeert"] == "Arno Brink"
    assert sp["de rechter het plan tegenhoudt"] == "Anne Smit"
    assert sp["er drie gewonden zijn"] == "woordvoerder van het ministerie van Defensie"


def test_party_in_brackets_is_no_abbreviation_of_the_person() -> None:
    text = "Wethouder Mark Jansen (VVD) zei dat de begroting sluitend is. De VVD steunt hem."
    ms = find_mentions(text)
    assert [m.type for m in ms if m.text == "VVD"] == ["ORG", "ORG"]
    assert _speakers(text) == {"de begroting sluitend is": "Mark Jansen"}


def test_pronoun_after_an_unnamed_role_speaker_keeps_that_role() -> None:
    text = "De Oekraïense president zei dat het front standhoudt. Hij vroeg om meer luchtverdediging."
    assert set(_speakers(text).values()) == {"De Oekraïense president"}


def test_plural_subject_with_present_tense_opinion_verb() -> None:
    text = "Onderzoekers van de Universiteit Utrecht concluderen dat de zeespiegel sneller stijgt."
    assert _speakers(text) == {"de zeespiegel sneller stijgt": "Onderzoekers van de Universiteit Utrecht"}


def test_role_noun_matches_the_role_head_not_the_portfolio() -> None:
    text = ("Minister voor Wonen en Ruimte Sanne de Wit sprak met burgemeester Karel Brink. "
            "Er komen tienduizend woningen bij, aldus de minister. "
            "De gemeente betaalt mee, zei de burgemeester.")
    sp = _speakers(text)
    assert sp["Er komen tienduizend woningen bij"] == "Sanne de Wit"
    assert sp["De gemeente betaalt mee"] == "Karel Brink"


def test_role_noun_with_another_portfolio_is_not_the_same_person() -> None:
    text = ("Minister voor Medische Zorg Anouk Vermeer was in Zwolle. "
            "De minister van Defensie zei dat de kazerne openblijft.")
    assert _speakers(text)["de kazerne openblijft"] != "Anouk Vermeer"


def test_bare_quote_after_a_person_who_reacted_without_a_statement() -> None:
    text = ("„We houden de kosten in de hand”, zei minister Joris Hamstra.\n\n"
            "SP-Kamerlid Lotte Vermeulen reageerde boos.\n\n"
            "„Dit plan laat gezinnen met lage inkomens volledig in de kou staan.”\n\n"
            "Ze kondigde een debat aan om de maatregel alsnog tegen te houden.")
    sp = _speakers(text)
    assert sp["Dit plan laat gezinnen met lage inkomens volledig in de kou staan."] == "Lotte Vermeulen"
    assert any(t.startswith("een debat aan om") and s == "Lotte Vermeulen" for t, s in sp.items())


def test_claim_and_proposal_verbs_need_a_clause() -> None:
    text = ("Kamerlid Pim Hoekstra heeft al vragen gesteld aan de staatssecretaris. "
            "België stelt daarnaast 10 miljoen euro beschikbaar voor de opvang. "
            "De Europese Commissie stelt voor het geld in een apart fonds te storten. "
            "De voorzitter stelde voor om de stemming uit te stellen. "
            "De minister kondigde nieuwe maatregelen aan.")
    assert _speakers(text) == {"om de stemming uit te stellen": "De voorzitter"}


def test_generic_head_noun_refers_back_to_the_named_organisation() -> None:
    text = ("De Fietsersbond en Vereniging Natuurmonumenten reageerden op het plan. "
            "Volgens de bond komen er te weinig fietspaden. "
            "De vereniging zegt dat huizenkopers de dupe worden. "
            "Ook de belangenorganisatie Stadswerk was kritisch. Volgens de organisatie is het plan te duur.")
    sp = _speakers(text)
    assert sp["komen er te weinig fietspaden"] == "Fietsersbond"
    assert sp["huizenkopers de dupe worden"] == "Vereniging Natuurmonumenten"
    assert sp["is het plan te duur"] == "Stadswerk"


def test_het_ministerie_is_the_one_ministry_named_by_its_portfolio() -> None:
    text = ("Minister van Buitenlandse Zaken Ellen Bos reisde naar Kyiv. "
            "Volgens het ministerie duurt het bezoek twee dagen.")
    assert _speakers(text)["duurt het bezoek twee dagen"] == "ministerie van Buitenlandse Zaken"
    # two ministries named, or a foreign one: kept as written
    text = ("Minister van Buitenlandse Zaken Ellen Bos en haar collega van Defensie reisden naar Kyiv. "
            "Volgens het ministerie duurt het bezoek twee dagen.")
    assert _speakers(text)["duurt het bezoek twee dagen"] == "het ministerie"
    text = ("Het Noorse ministerie van Buitenlandse Zaken stuurt een turbine. "
            "Volgens het ministerie duurt het transport twee dagen.")
    assert _speakers(text)["duurt het transport twee dagen"] == "het ministerie"


def test_one_of_a_group_is_an_unnamed_speaker() -> None:
    text = ("De brandweer was de hele nacht bezig. Een van de vrijwilligers vertelde dat het vuur snel oversloeg.\n\n"
            "„We konden bijna niets meer doen toen we aankwamen.”")
    sp = _speakers(text)
    assert sp["het vuur snel oversloeg"] == "Een van de vrijwilligers"
    assert sp["We konden bijna niets meer doen toen we aankwamen."] == "Een van de vrijwilligers"


def test_doubt_verbs_with_an_of_clause_after_a_name_with_an_organisation() -> None:
    text = ("Klimaat-activist Daan Smit van Milieudefensie betwijfelt of de nieuwe regels genoeg opleveren. "
            "Econoom Mieke Staal van de Universiteit Leiden vraagt zich af of het kabinet dit volhoudt. "
            "Ze wil onder meer een grens stellen aan de uitstoot van fabrieken.")
    sp = _speakers(text)
    assert sp == {"de nieuwe regels genoeg opleveren": "Daan Smit", "het kabinet dit volhoudt": "Mieke Staal"}


def test_speech_verb_in_a_relative_clause_is_not_the_main_subject_speaking() -> None:
    text = ("De gemeenteraad nam een motie aan waarin werd gevraagd om meer handhaving. "
            "Wethouder Iris Kok stuurde een brief waarin ze schrijft dat de handhaving verbetert.")
    assert _speakers(text) == {"de handhaving verbetert": "Iris Kok"}


def test_group_speaker_keeps_its_voor_complement() -> None:
    text = "Volgens de landelijke vereniging voor zorgverleners is het tekort aan personeel nog niet voorbij."
    assert _speakers(text) == {"is het tekort aan personeel nog niet voorbij": "de landelijke vereniging voor zorgverleners"}


def test_listed_portfolio_word_that_starts_a_longer_department() -> None:
    text = ("Nederland stuurt Moldavië twintig mobiele klinieken. Dat heeft minister voor Landbouw en Natuur "
            "Femke Arends dinsdag bekendgemaakt tijdens een bezoek aan Chisinau.")
    ms = {m.text: m for m in find_mentions(text)}
    assert ms["Femke Arends"].type == "PER" and ms["Femke Arends"].role == "minister voor Landbouw en Natuur"
    assert set(_speakers(text).values()) == {"Femke Arends"}


def test_quote_left_open_at_a_paragraph_end_goes_on_in_the_next_paragraph() -> None:
    text = ("Wethouder Sanne Vos reageerde op het besluit. „Wij hebben dit niet zien aankomen”, zei Vos. "
            "„Het geld is al uitgegeven.\n„Nu moeten we opnieuw beginnen met de plannen voor de wijk.”\n"
            "De gemeenteraad vergadert volgende week.")
    qs = quotes(text)
    assert [(q.speaker, q.kind) for q in qs] == [("Sanne Vos", "direct"), ("Sanne Vos", "direct")]
    assert qs[1].text == "Het geld is al uitgegeven. Nu moeten we opnieuw beginnen met de plannen voor de wijk."
    assert text[qs[1].span[1] - 5 : qs[1].span[1]] == "wijk."


def test_naming_and_spreken_van_with_a_quoted_fragment() -> None:
    text = ("Zijn Belgische ambtgenoot Luc Peeters noemde het akkoord „een stap in de goede richting”. "
            "Een NAVO-diplomaat noemde de vertraging „onhandig, maar niet rampzalig”. "
            "Generaal Eva Maes sprak tijdens de persconferentie van „een zware maar nodige opdracht”.")
    qs = quotes(text)
    assert [(q.speaker, q.kind) for q in qs] == [
        ("Luc Peeters", "mixed"), ("Een NAVO-diplomaat", "mixed"), ("Eva Maes", "mixed")]
    assert "„een zware maar nodige opdracht”" in qs[2].text


def test_name_after_a_preposition_before_the_verb_is_no_subject() -> None:
    text = "Na het gesprek met Karin Bos zei Piet Smit dat hij tevreden was."
    assert _speakers(text) == {"hij tevreden was": "Piet Smit"}


def test_relative_clause_between_an_unnamed_speaker_and_the_verb() -> None:
    text = ("Generaal Piet Smit landde gisteren in Tallinn. Een Estse officier, die anoniem wilde blijven, zei dat "
            "de toestellen beter zijn. Volgens hem maken de sensoren het verschil. "
            "Kees Hoekstra, die sinds maart minister is, benadrukte dat de begroting sluit.")
    assert _speakers(text) == {"de toestellen beter zijn": "Een Estse officier",
                               "maken de sensoren het verschil": "Een Estse officier",
                               "de begroting sluit": "Kees Hoekstra"}


def test_judging_verbs_and_unnamed_definite_bodies() -> None:
    text = ("De rechters oordeelden dat de gemeente „te laat” heeft ingegrepen. "
            "Volgens de vereniging zijn er al dertig klachten binnen.")
    assert _speakers(text) == {"de gemeente „te laat” heeft ingegrepen": "De rechters",
                               "zijn er al dertig klachten binnen": "de vereniging"}


def test_demonstrative_dat_before_a_colon_gives_a_direct_quote() -> None:
    text = "Burgemeester Els Kam bevestigde dat vanochtend: „De school blijft tot maandag dicht.”"
    (q,) = quotes(text)
    assert (q.kind, q.speaker, q.text) == ("direct", "Els Kam", "De school blijft tot maandag dicht.")


def test_place_adjective_is_no_organisation_for_a_spokesperson() -> None:
    text = ("Ook een Zwolse zorginstelling wil meebetalen, bevestigde een woordvoerder. "
            "Een woordvoerder van de Zwolse woningcorporatie zei dat de huren stijgen.")
    assert _speakers(text) == {"Ook een Zwolse zorginstelling wil meebetalen": "woordvoerder",
                               "de huren stijgen": "woordvoerder van de Zwolse woningcorporatie"}


def test_unnamed_spokesperson_keeps_its_words_and_carries_the_organisation_key() -> None:
    text = "Een woordvoerder van Rijkswaterstaat zei dat de brug maandag weer opengaat."
    (q,) = quotes(text)
    org = next(m for m in find_mentions(text) if m.text == "Rijkswaterstaat")
    assert q.speaker == "woordvoerder van Rijkswaterstaat" and q.speaker_key == org.key


def test_ministry_named_in_a_trailing_cue_is_not_read_as_an_adjective() -> None:
    text = "Nederland betaalt mee aan de nieuwe radar, liet het ministerie van Defensie weten."
    assert _speakers(text) == {"Nederland betaalt mee aan de nieuwe radar": "het ministerie van Defensie"}


def test_unlisted_place_adjective_before_a_title_keeps_the_name_as_speaker() -> None:
    text = ("„Dit is een goede dag voor ons land”, zei de Bhutaanse premier Tenzin Wangdi na afloop. "
            "De premier zei te hopen dat de gesprekken snel beginnen.")
    sp = _speakers(text)
    assert sp["Dit is een goede dag voor ons land"] == "Tenzin Wangdi"
    assert sp["de gesprekken snel beginnen"] == "Tenzin Wangdi"


def test_role_noun_speaker_finds_the_person_named_with_that_role_in_an_apposition() -> None:
    text = ("De eenheid staat onder leiding van Sander Veldkamp, de commandant van het bataljon. "
            "De commandant erkende dat de voorbereiding niet vlekkeloos verliep.")
    assert _speakers(text)["de voorbereiding niet vlekkeloos verliep"] == "Sander Veldkamp"


def test_a_demanded_sentence_in_court_is_no_statement() -> None:
    text = ("Het Openbaar Ministerie heeft dinsdag drie jaar cel geëist tegen Joris V. uit Zwolle. "
            "Tegen zijn broer eiste het OM een taakstraf van tweehonderd uur. "
            "De officier eiste dat de verdachte zijn paspoort inlevert.")
    texts = [q.text for q in quotes(text)]
    assert texts == ["de verdachte zijn paspoort inlevert"]


def test_role_noun_after_two_holders_in_one_sentence_is_the_subject() -> None:
    text = ("Premier Tenzin Wangdi reist donderdag naar Brussel voor een gesprek met premier Karin Doornbos. "
            "De premier zei te hopen dat de gesprekken snel beginnen.")
    assert _speakers(text)["de gesprekken snel beginnen"] == "Tenzin Wangdi"


def test_apposition_role_without_article_replaces_a_rank() -> None:
    text = ("„We zijn er klaar voor”, zei kolonel Sander Veldkamp, commandant van het bataljon, tegen verslaggevers. "
            "De commandant erkende dat de voorbereiding niet vlekkeloos verliep.")
    assert _speakers(text)["de voorbereiding niet vlekkeloos verliep"] == "Sander Veldkamp"


def test_a_group_of_people_is_a_speaker() -> None:
    text = "Een groep Friese melkveehouders waarschuwde dinsdag dat de nieuwe regels te snel ingaan."
    sp = _speakers(text)
    assert "Friese melkveehouders" in (sp["de nieuwe regels te snel ingaan"] or "")


def test_multiword_title_with_honorific_apposition_names_the_speaker() -> None:
    text = ("Volgens de officier van justitie, mr. Ingrid Bosman, speelde de verdachte een sleutelrol. "
            "„Hij wist precies wat hij deed”, stelde de officier van justitie in haar requisitoir.")
    assert _speakers(text)["Hij wist precies wat hij deed"] == "Ingrid Bosman"
    assert "Ingrid Bosman" in _speakers(text).values()


# --- 'Dat meldde X': the statement is the sentence before ----------------------------------------------


def test_dat_attribution_takes_the_previous_sentence_as_content() -> None:
    text = ("De tunnel onder het kanaal blijft tot eind maart dicht voor vrachtverkeer. "
            "Dat heeft de provincie Utrecht maandag bekendgemaakt.")
    (q,) = quotes(text)
    assert q.kind == "indirect" and q.speaker == "de provincie Utrecht"
    assert q.text == "De tunnel onder het kanaal blijft tot eind maart dicht voor vrachtverkeer"
    second = text.index("Dat heeft")
    assert q.span[0] == 0 and q.span[1] > second  # content and attribution together


def test_dat_attribution_with_an_unlisted_body_as_subject() -> None:
    text = ("Op de Waddenzee is een vissersboot gezonken. Dat meldde de Nederlandse kustwacht zondag. "
            "Het ziekenhuis sluit de spoedpost in het weekend. Dat schrijft de Volkskrant zaterdag.")
    qs = quotes(text)
    assert [q.speaker for q in qs] == ["de Nederlandse kustwacht", "de Volkskrant"]
    assert qs[0].text == "Op de Waddenzee is een vissersboot gezonken"


def test_quoted_sentence_before_dat_zegt_stays_direct() -> None:
    text = "Rechter Hanna Kuipers was kort. „Deze zaak had nooit zo lang mogen duren.” Dat zei Kuipers bij de uitspraak."
    (q,) = quotes(text)
    assert q.kind == "direct" and q.speaker == "Hanna Kuipers"
    assert q.text.startswith("Deze zaak had nooit")


# --- 'volgens' + a body or an unnamed group ---------------------------------------------------------------


def test_volgens_a_lowercase_body_or_group_is_the_source() -> None:
    text = ("Volgens de brandweer ontstond de brand in de keuken. "
            "Volgens de kustwacht was de bemanning al van boord. "
            "Volgens omwonenden hing er al dagen een vreemde lucht.")
    qs = quotes(text)
    assert [q.speaker for q in qs] == ["de brandweer", "de kustwacht", "omwonenden"]
    assert all(q.kind == "indirect" and q.cue == "Volgens" for q in qs)


def test_volgens_rules_plans_and_bare_figures_are_no_source() -> None:
    text = ("Volgens de regels mag de club geen nieuwe spelers inschrijven. "
            "Volgens plan is de nieuwe sluis in 2029 klaar. "
            "Volgens voorlopige cijfers daalde de omzet met drie procent.")
    assert quotes(text) == []


def test_volgens_figures_of_a_body_name_the_body() -> None:
    text = "Volgens berekeningen van het Centraal Planbureau stijgt de koopkracht volgend jaar licht."
    (q,) = quotes(text)
    assert q.speaker is not None and q.speaker.endswith("Centraal Planbureau")
    assert "berekeningen" not in q.text


# --- verbs: hopes, quoted complements, te-infinitives --------------------------------------------------


def test_a_hope_is_no_statement_unless_it_is_said() -> None:
    assert quotes("Het waterschap hoopt dat de dijk voor de winter klaar is.") == []
    assert quotes("Wethouder Femke Dijkstra hoopt dat de sporthal in mei opengaat.") == []
    (q,) = quotes("Wethouder Femke Dijkstra zei te hopen dat de sporthal in mei opengaat.")
    assert q.speaker == "Femke Dijkstra" and q.text == "de sporthal in mei opengaat"


def test_pleiten_voor_a_noun_phrase_is_no_statement_but_with_dat_it_is() -> None:
    assert quotes("Kamerlid Ruud Verbeek pleit voor een lagere btw op groente.") == []
    (q,) = quotes("Kamerlid Ruud Verbeek pleit ervoor dat de btw op groente omlaag gaat.")
    assert q.speaker == "Ruud Verbeek" and q.text == "de btw op groente omlaag gaat"


def test_opinion_verbs_with_a_quoted_complement_are_mixed_quotes() -> None:
    text = ("Werkgeversorganisatie VNO-NCW schat de schade van de staking op ‘minstens 80 miljoen euro’. "
            "Oppositieleider Mirjam Holt hekelt dat „de gewone burger” weer betaalt. "
            "Vakbondsvoorzitter Erik Dam verweet de directie „een gebrek aan fatsoen”.")
    qs = quotes(text)
    assert [(q.speaker, q.kind) for q in qs] == [("VNO-NCW", "mixed"), ("Mirjam Holt", "mixed"),
                                                 ("Erik Dam", "mixed")]
    assert "80 miljoen" in qs[0].text and "fatsoen" in qs[2].text


def test_te_infinitive_statements() -> None:
    text = ("Advocaat Merel Jonker kondigde aan in hoger beroep te gaan. "
            "Moskou en Kyiv beschuldigen elkaar ervan de gesprekken te rekken. "
            "Trainer Bas Kuijt zei niet te weten of zijn spits op tijd fit is.")
    by_speaker = {q.speaker: q.text for q in quotes(text)}
    assert by_speaker == {"Merel Jonker": "in hoger beroep te gaan",
                          "Moskou en Kyiv": "de gesprekken te rekken",
                          "Bas Kuijt": "niet te weten of zijn spits op tijd fit is"}


def test_a_threat_with_te_is_no_statement() -> None:
    assert quotes("De onderhandelingen over de cao dreigen te mislukken.") == []
    assert quotes("De schoolreis dreigt te duur te worden.") == []


# --- unnamed subjects: plain plurals, quantities, inserts between subject and verb ------------------------


def test_unnamed_plural_subjects_with_a_dat_clause() -> None:
    text = ("Omwonenden klagen dat de vrachtwagens al om zes uur rijden. "
            "Tientallen ouders zeggen dat de school hen niet heeft ingelicht. "
            "Twee agenten die bij de aanhouding waren, verklaarden dat de man een mes trok.")
    assert [q.speaker for q in quotes(text)] == ["Omwonenden", "Tientallen ouders", "Twee agenten"]


def test_subject_with_an_apposition_or_onder_wie_before_the_verb() -> None:
    text = ("Zes provincies, onder wie Gelderland, eisen dat het Rijk de kosten betaalt. "
            "Zorgverzekeraar Menzis, de grootste in de regio, laat weten dat de zorg gewoon doorgaat. "
            "Een jurist die de bewoners bijstaat, stelt dat het besluit onrechtmatig is.")
    assert [q.speaker for q in quotes(text)] == ["Zes provincies", "Menzis", "jurist"]


def test_time_phrases_and_adverbs_are_no_subjects() -> None:
    text = ("Vorige week zei Anouk Brouwer dat de club failliet dreigt te gaan. "
            "Bovendien meldde zij dat de spelers geen salaris kregen.")
    assert {q.speaker for q in quotes(text)} == {"Anouk Brouwer"}


def test_group_and_role_phrases_keep_their_van_complement() -> None:
    text = ("Een woordvoerder van drinkwaterbedrijf Vitens liet weten dat de levering niet in gevaar is. "
            "Volgens de vereniging van huisartsen is de werkdruk te hoog. "
            "Dat maakte de raad van bestuur dinsdag bekend. "
            "Verpleegkundigen van kleine ziekenhuizen zeggen dat ze het werk niet aankunnen.")
    sp = [q.speaker for q in quotes(text)]
    assert sp == ["woordvoerder van drinkwaterbedrijf Vitens", "de vereniging van huisartsen", "de raad van bestuur",
                  "Verpleegkundigen van kleine ziekenhuizen"]


def test_accusations_count_with_quoted_words_or_a_clause() -> None:
    (q,) = quotes("De oppositie verwijt de burgemeester dat hij de raad te laat heeft ingelicht.")
    assert q.kind == "indirect" and q.speaker == "De oppositie" and q.text.startswith("hij de raad")
    (q,) = quotes("Raadslid Gert Boon verweet de burgemeester „een gebrek aan openheid”.")
    assert q.kind == "mixed" and q.speaker == "Gert Boon"
    assert quotes("Raadslid Gert Boon verweet de burgemeester een gebrek aan openheid.") == []


def test_a_demand_is_a_statement_only_with_a_clause() -> None:
    assert quotes("Warschau eist levering van beide batterijen vóór de zomer.") == []
    (q,) = quotes("De vakbond eist dat de premie voor alle graden geldt.")
    assert q.speaker == "De vakbond" and q.kind == "indirect"


def test_het_bedrijf_is_the_one_company_just_named() -> None:
    text = ("Drinkwaterbedrijf Evides sluit een bron bij Kinderdijk. Het bedrijf liet weten dat de levering niet in "
            "gevaar komt. In de haven bleven volgens het havenbedrijf vier schepen liggen.")
    sp = [q.speaker for q in quotes(text)]
    assert sp == ["Evides", "het havenbedrijf"]


def test_a_hyphenated_function_before_the_name_after_a_quote() -> None:
    text = "„Dit is diefstal van ons pensioen”, zei ACV-voorzitster Marijke Peeters op de radio."
    (q,) = quotes(text)
    assert q.speaker == "Marijke Peeters" and q.kind == "direct"


def test_bare_quote_after_a_sentence_introducing_a_person_is_hers() -> None:
    text = ("„We gaan door tot het einde”, zei vakbondsleider Kees Mol.\n\n"
            "Lerares Ilona Bakker uit Zwolle liep mee in de stoet. „Ik sta al twintig jaar voor de klas. "
            "Dit voelt als een klap in mijn gezicht.”")
    qs = quotes(text)
    assert [q.speaker for q in qs] == ["Kees Mol", "Ilona Bakker"]


def test_a_regional_or_federal_modifier_belongs_to_the_role() -> None:
    (q,) = quotes("Federaal minister van Werk Pieter Claes reageerde dat de regering „geen millimeter” toegeeft.")
    assert q.speaker == "Pieter Claes" and q.kind == "mixed"


# --- pronouns: the person of the right gender in focus ---------------------------------------------------------


def test_pronoun_skips_a_person_of_the_other_gender_also_for_unlisted_names() -> None:
    text = ("Rechter Ilonka Vos sprak vrijdag vonnis. De verdachte Dirk-Jan Hermans kreeg vier jaar cel. "
            "Ze noemde zijn daden „laf en berekenend”.\n\n"
            "Minister Teun Albers sprak met zijn Duitse collega Heike Brandt. Hij zei dat de samenwerking goed loopt. "
            "Zij benadrukte dat Berlijn meebetaalt.")
    sp = {q.text[:12]: q.speaker for q in quotes(text)}
    assert sp == {"zijn daden „": "Ilonka Vos", "de samenwerk": "Teun Albers", "Berlijn meeb": "Heike Brandt"}


def test_volgens_haar_after_a_surname_cue_is_the_minister() -> None:
    text = ("Minister van Defensie Marit Smid zei dat Nederland geen blanco cheques meer uitschrijft. "
            "„Wij betalen met belastinggeld”, aldus Smid. Volgens haar is er al 1 miljard uitgegeven. "
            "Topman Jeroen Kolk van een munitiefabriek zegt dat de prijzen terecht zijn gestegen.")
    sp = [q.speaker for q in quotes(text)]
    assert sp == ["Marit Smid", "Marit Smid", "Marit Smid", "Jeroen Kolk"]


# --- varied news styles: courts, police, sport, economy, local news ---------------------------------------------


def test_varied_news_cues_find_the_speaker() -> None:
    cases = [
        ("De rechtbank in Almelo oordeelde dat de gemeente haar zorgplicht heeft geschonden.", "De rechtbank in Almelo"),
        ("De politie laat weten dat de verdachte zichzelf heeft gemeld.", "De politie"),
        ("„Dit doet pijn”, erkende aanvoerder Niels Wouters na de nederlaag.", "Niels Wouters"),
        ("Volgens bondscoach Ronald Dekkers is de ploeg klaar voor het toernooi.", "Ronald Dekkers"),
        ("De KNVB stelt in een verklaring dat er geen sprake is van racisme.", "KNVB"),
        ("Economen van ABN Amro denken dat de inflatie hoger uitvalt.", "Economen van ABN Amro"),
        ("Het CBS meldt dat de werkloosheid in maart licht is gestegen.", "CBS"),
        ("Topvrouw Carla Mertens van het concern maakte bekend dat er 600 banen verdwijnen.", "Carla Mertens"),
        ("De ondernemingsraad spreekt van „een zwarte dag” voor het personeel.", "De ondernemingsraad"),
        ("Directeur Hans Bos van het ziekenhuis erkent dat er fouten zijn gemaakt.", "Hans Bos"),
        ("Zo zegt inwoner Ahmed Idrissi dat hij al weken niet kan slapen.", "Ahmed Idrissi"),
        ("„Het is een schande”, vindt buurtbewoonster Truus Meijer.", "Truus Meijer"),
        ("Volgens het RIVM is het risico op besmetting klein.", "RIVM"),
        ("Premier Gerrit Smeets over de staking: „Ik begrijp de boosheid, maar dit helpt niemand.”", "Gerrit Smeets"),
        ("Een woordvoerster van de politie bevestigt dat er twee mensen zijn aangehouden.",
         "woordvoerster van de politie"),
    ]
    for text, speaker in cases:
        assert [q.speaker for q in quotes(text)] == [speaker], text


def test_demanded_terms_and_threats_are_no_statements() -> None:
    for text in ("Tegen zijn broer eiste de officier vier jaar.",
                 "Het Openbaar Ministerie eiste tegen de hoofdverdachte acht jaar cel.",
                 "Vakbond FNV dreigt met nieuwe acties als de werkgevers niet over de brug komen.",
                 "Uit onderzoek van de omroep blijkt dat veel scholen kampen met lekkende daken."):
        assert quotes(text) == [], text


def test_quoted_naming_before_a_second_verb_makes_one_mixed_quote() -> None:
    text = "Gedeputeerde Joost Maas noemde de situatie ‘zorgwekkend’ en kondigde aan dat de provincie geld uittrekt."
    (q,) = quotes(text)
    assert q.kind == "mixed" and q.speaker == "Joost Maas"
    assert "zorgwekkend" in q.text and "provincie geld uittrekt" in q.text


def test_adverbials_before_an_inverted_verb_are_no_speakers() -> None:
    text = ("Wethouder Paul Kramer kwam te laat. Daarover zegt Kramer: „We doen wat we kunnen.” "
            "Tegenover de Volkskrant verklaarde Kramer dat hij niet aftreedt.")
    assert {q.speaker for q in quotes(text)} == {"Paul Kramer"}


def test_apposition_after_a_volgens_source_is_not_content() -> None:
    (q,) = quotes("Volgens Bert Jansen, eigenaar van het café, was de schade groot.")
    assert q.speaker == "Bert Jansen" and q.text == "was de schade groot"


def test_more_cue_patterns_from_local_and_court_news() -> None:
    cases = [
        ("In een verklaring laat de club weten dat trainer Mark Dijk per direct vertrekt.", "de club"),
        ("„We zijn er klaar mee”, zegt een boze ouder tegen de regionale omroep.", "een boze ouder"),
        ("De fabrikant betwist dat de apparaten onveilig zijn.", "De fabrikant"),
        (("Advocaat Mirjam Vos staat de verdachte bij. Zijn advocaat liet in een reactie weten dat zijn cliënt "
          "in hoger beroep gaat."), "Mirjam Vos"),
        ("Sinds maandag kwamen er al negen schepen aan, meldt het havenbedrijf.", "het havenbedrijf"),
    ]
    for text, speaker in cases:
        assert [q.speaker for q in quotes(text)] == [speaker], text


def test_a_question_phrase_before_a_trailing_verb_is_no_statement() -> None:
    assert quotes("Op de vraag of hij aftreedt, antwoordde de wethouder ontkennend.") == []
    assert quotes("Als het zo doorgaat, waarschuwde de burgemeester.") == []


def test_het_bedrijf_prefers_the_organisation_of_the_sentence_before() -> None:
    text = ("Gedeputeerde Staten praten donderdag verder. Waterbedrijf Evides meldde dat het verbruik een record "
            "bereikte. Het bedrijf liet weten dat de levering niet in gevaar is.")
    assert [q.speaker for q in quotes(text)] == ["Evides", "Evides"]


def test_volgens_a_person_of_an_organisation_cuts_the_organisation_from_the_content() -> None:
    (q,) = quotes("Volgens Sanne Oosterhuis van Aerovance levert de fabriek ongeveer 600 banen op.")
    assert q.speaker == "Sanne Oosterhuis" and q.text == "levert de fabriek ongeveer 600 banen op"


def test_narration_with_speech_verb_look_alikes_gives_no_statement() -> None:
    for text in ("Wethouder Kees Bos vroeg een vergunning aan bij de provincie.",
                 "Wethouder Kees Bos zag dat de deur openstond en belde de politie.",
                 "Premier Anna Vink bedankte de bondgenoten voor hun steun.",
                 "Dat zegt veel over de sfeer in het team."):
        assert quotes(text) == [], text


def test_news_from_abroad_with_countries_and_bodies_as_speakers() -> None:
    text = ("Rusland ontkent dat het achter de aanval zit. "
            "Volgens Oekraïense autoriteiten zijn er drie doden gevallen. "
            "Ondertussen waarschuwen analisten dat de oorlog nog jaren kan duren.")
    assert [q.speaker for q in quotes(text)] == ["Rusland", "Oekraïense autoriteiten", "analisten"]


def test_flemish_capitalised_particles_after_a_role_keep_the_whole_name() -> None:
    text = ("De Vlaamse minister van Onderwijs Jan-Willem Van der Straeten vindt dat scholen meer geld nodig "
            "hebben. „We wachten niet langer”, aldus Van der Straeten.")
    qs = quotes(text)
    assert [q.speaker for q in qs] == ["Jan-Willem Van der Straeten"] * 2
    assert qs[1].kind == "direct" and qs[1].cue == "aldus"


def test_party_word_surname_after_a_first_name_is_the_person() -> None:
    text = ("Officier van justitie Lieke Groen had vier jaar cel geëist. Ze sprak van \"een schaamteloze greep "
            "in de kas\". Volgens Groen wist de man precies wat hij deed.")
    qs = quotes(text)
    assert [q.speaker for q in qs] == ["Lieke Groen", "Lieke Groen"]
    assert qs[0].kind == "mixed"


def test_surname_with_capitalised_article_after_a_trailing_cue() -> None:
    text = "Minister Sophie de Vries sprak in Zwolle. „We gaan gewoon door”, aldus De Vries."
    (q,) = quotes(text)
    assert q.speaker == "Sophie de Vries" and q.kind == "direct"


def test_apposition_with_a_bare_role_between_subject_and_speech_verb() -> None:
    text = ("Karin Dijkstra, directeur van de woningcorporatie, zegt dat de huurders bezwaar gaan maken. "
            "Tom Hendriks, voorzitter van de ondernemersvereniging, zegt dat winkeliers „vooral duidelijkheid "
            "willen”. Fatima El Amrani, woordvoerster van de politie Rotterdam, laat weten dat de verdachte vastzit.")
    qs = quotes(text)
    assert [(q.speaker, q.kind) for q in qs] == [
        ("Karin Dijkstra", "indirect"), ("Tom Hendriks", "mixed"), ("Fatima El Amrani", "indirect")]
    assert qs[0].text == "de huurders bezwaar gaan maken"


def test_role_then_titled_name_in_apposition_gives_the_name() -> None:
    text = "De Deense chef-defensiestaf, generaal Mads Kjeldsen, benadrukte dat de oefening doorgaat."
    (q,) = quotes(text)
    assert q.speaker == "Mads Kjeldsen"


def test_common_word_surname_opening_a_sentence_is_still_the_person() -> None:
    text = ("Boeren vrezen een natte zomer. Minister van Landbouw Anouk Zomer maakte het plan dinsdag bekend. "
            "De Belgische minister Lotte Peeters prees het plan. Zomer benadrukte dat de steun „voor de lange "
            "termijn” is. \"Dit is geen eenmalig gebaar.\" Kamerlid Daan Post hekelt het plan. Zomer wees dat van "
            "de hand: volgens haar is het nodig.")
    qs = quotes(text)
    assert [q.speaker for q in qs] == ["Anouk Zomer"] * len(qs)
    assert [q.kind for q in qs][:2] == ["mixed", "direct"] and len(qs) == 3


def test_laat_weten_with_an_object_before_the_te_infinitive() -> None:
    (q,) = quotes("De schaatsbond laat weten de zaak „nauwlettend” te volgen.")
    assert q.kind == "mixed" and q.speaker.lower().endswith("schaatsbond") and q.text.startswith("de zaak")
    (q,) = quotes("Het ministerie liet weten de regels zo snel mogelijk aan te passen.")
    assert q.kind == "indirect" and q.text == "de regels zo snel mogelijk aan te passen"


def test_spokesperson_of_a_body_named_by_its_head_noun_earlier() -> None:
    text = ("Schaatscoach Rik Aalders is geschorst. Sportkoepel NOC*NSF volgt de zaak. Een woordvoerder van de "
            "sportkoepel zei dat de subsidie niet ter discussie staat.")
    (q,) = quotes(text)
    assert q.speaker == "woordvoerder van NOC*NSF"


def test_speech_verb_with_only_a_topic_is_no_statement() -> None:
    assert quotes("De Duitse minister Klara Vogt erkende dinsdag de problemen.") == []
    assert quotes("Minister Klara Vogt sprak in Den Haag. Tegelijk waarschuwde ze voor een oordeel voordat het "
                  "onderzoek klaar is.") == []
    (q,) = quotes("Minister Klara Vogt noemde de uitkomst teleurstellend.")
    assert q.speaker == "Klara Vogt"
    (q,) = quotes("Minister Klara Vogt sprak. Daarna waarschuwde ze voor „een ramp van ongekende omvang”.")
    assert q.kind == "mixed" and q.speaker == "Klara Vogt"


def test_de_bond_refers_back_to_a_union_named_earlier() -> None:
    text = ("Het bestuur van de Zwemunie heeft trainer Rik Aalders geschorst. Een besluit over zijn toekomst "
            "volgt volgens de bond binnen een maand.")
    (q,) = quotes(text)
    assert q.speaker == "Zwemunie" and q.cue == "volgens"


def test_subject_first_dat_object_points_back_to_the_previous_sentence() -> None:
    text = ("Philips schrapt 300 banen in Nederland. De fabrikant van medische apparatuur uit Eindhoven maakte "
            "dat gisteren bekend, nadat de omzet was gedaald.")
    (q,) = quotes(text)
    assert q.speaker == "Philips" and q.text == "Philips schrapt 300 banen in Nederland"
    (q,) = quotes("Het kabinet trekt 40 miljoen euro uit voor de dijken. Minister Karin Mol meldde dat dinsdag.")
    assert q.speaker == "Karin Mol" and q.text.startswith("Het kabinet trekt")


def test_plural_pronoun_takes_the_last_coordinated_subject_of_the_sentence_before() -> None:
    text = ("Vooral Polen en Tsjechië lagen dwars, maar ook kleinere lidstaten als Estland en Letland hadden "
            "bedenkingen. Ze vrezen dat grote landen hen straks kunnen overstemmen.")
    (q,) = quotes(text)
    assert q.speaker == "Estland en Letland" and q.kind == "indirect"
    (q,) = quotes("Frankrijk en Duitsland steunen het plan. Ze vinden dat Europa sneller moet handelen.")
    assert q.speaker == "Frankrijk en Duitsland"


def test_words_quoted_from_a_verdict_are_the_courts() -> None:
    text = ("De rechtbank ging daar niet in mee. „Verdachte heeft het vertrouwen van zijn klanten ernstig "
            "beschaamd, maar hij heeft wel openheid gegeven”, staat in het vonnis.")
    (q,) = quotes(text)
    assert q.kind == "direct" and q.speaker == "de rechtbank" and q.text.startswith("Verdachte heeft")
    assert [q.speaker for q in quotes("„Dit is een lange zin met genoeg woorden erin”, staat in het weerbericht.")] \
        in ([], [None])  # a document without a known author gives no speaker


def test_volgens_a_role_with_the_name_in_apposition_gives_the_name() -> None:
    (q,) = quotes("Volgens de advocaat van de verdachte, Mirjam Kok, is het bewijs te mager.")
    assert q.speaker == "Mirjam Kok" and q.text == "is het bewijs te mager"
    (q,) = quotes("Volgens de advocaat van de verdachte is het bewijs te mager.")
    assert q.speaker == "advocaat van de verdachte" or q.speaker == "de advocaat van de verdachte"


def test_synonym_role_nouns_refer_back_to_the_person() -> None:
    text = "Trainer Henk van Buren was na afloop kritisch. „We hebben veel te zwak gespeeld”, zei de oefenmeester."
    (q,) = quotes(text)
    assert q.speaker == "Henk van Buren"
    text = "Advocaat Mirjam Kok was kort. „Mijn cliënt ontkent alles wat hem verweten wordt”, zei de raadsvrouw."
    (q,) = quotes(text)
    assert q.speaker == "Mirjam Kok"


def test_adjective_before_a_role_and_name_after_a_trailing_cue() -> None:
    (q,) = quotes("„Wij zijn er helemaal klaar voor”, aldus een blije burgemeester Piet Arends.")
    assert q.speaker == "Piet Arends"
    (q,) = quotes("„Wij zijn er helemaal klaar voor”, zei de kersverse minister Ellen Brouwer.")
    assert q.speaker == "Ellen Brouwer"


def test_advice_with_dat_or_a_te_infinitive_is_a_statement_advising_someone_is_not() -> None:
    (q,) = quotes("De brandweer adviseert omwonenden ramen en deuren gesloten te houden.")
    assert q.speaker.lower().endswith("brandweer") and q.text.endswith("gesloten te houden")
    (q,) = quotes("Het RIVM adviseerde dat scholen open blijven.")
    assert q.speaker == "RIVM" and q.text == "scholen open blijven"
    assert quotes("De minister adviseert het kabinet over de begroting.") == []


def test_a_one_word_quote_with_its_own_cue_is_a_statement() -> None:
    (q,) = quotes('"Verkiezingsblabla", zegt PvdA-Kamerlid Kuiken.')
    assert q.kind == "direct" and q.text == "Verkiezingsblabla" and q.speaker == "Kuiken"
    assert quotes("Het plan heet „Verkiezingsblabla” in de wandelgangen.") == []  # a name in quote marks


def test_hij_goes_to_the_new_subject_with_an_unlisted_male_given_name() -> None:
    text = ("ABVV-voorzitter Koen Mertens hekelt dat de regering „alweer de werknemers laat betalen”.\n\n"
            "Politicoloog Dave Sinnaeve van de KU Leuven verwacht geen val van de regering. "
            "'Niemand wil nu verkiezingen', zegt hij.")
    by_text = {q.text: q.speaker for q in quotes(text)}
    assert by_text["Niemand wil nu verkiezingen"] == "Dave Sinnaeve"


def test_calling_people_together_is_no_statement_calling_on_them_to_act_is() -> None:
    assert quotes("Premier Jan Peeters riep gisteravond de vicepremiers bij elkaar voor crisisoverleg.") == []
    (q,) = quotes("Wethouder Sara Vermeulen roept beide partijen op de strijd niet via de media uit te vechten.")
    assert q.speaker == "Sara Vermeulen" and q.text.endswith("uit te vechten")
    (q,) = quotes("„Dit moet nu stoppen”, riep burgemeester Ad Kools.")
    assert q.speaker == "Ad Kools"


def test_spreken_van_after_a_longer_adverbial_phrase() -> None:
    text = "Rechter Mark Bosman was streng. Hij sprak tijdens de zitting vorige maand van 'een systeem dat was gebouwd op bedrog'."
    (q,) = quotes(text)
    assert q.kind == "mixed" and q.speaker == "Mark Bosman" and "bedrog" in q.text


def test_a_demonstrative_die_opening_a_clause_speaks_for_the_body_or_person_before() -> None:
    (q,) = quotes("Ook de Spaanse oppositie hekelt de deal: die vindt dat Madrid te weinig werk binnenhaalt.")
    assert q.speaker.lower().endswith("spaanse oppositie") and q.text == "Madrid te weinig werk binnenhaalt"
    (q,) = quotes("Het voorstel kwam van Kamerlid Piet Smit. Die zei dat het plan te duur is.")
    assert q.speaker == "Piet Smit"
    (q,) = quotes("De vakbond FNV is boos. Die vindt dat de werknemers te weinig krijgen.")
    assert q.speaker == "FNV"


def test_feminine_and_less_common_job_titles_before_a_name() -> None:
    (q,) = quotes("Volgens juriste Olena Kovalenko zitten duizenden burgers nog vast.")
    assert q.speaker == "Olena Kovalenko" and "juriste" not in q.text
    (q,) = quotes("„We hebben nu eindelijk rust in de ploeg”, zei ploegleider Ruud Dekker na de etappe.")
    assert q.speaker == "Ruud Dekker"


def test_two_speakers_in_one_sentence_are_two_statements() -> None:
    text = ("Wethouder Emre Kaya zegt dat de gemeente achter de inwoners staat, terwijl bewonersvoorzitter Anja "
            "Lubbers vreest dat Hardenberg weinig in te brengen heeft.")
    first, second = quotes(text)
    assert (first.speaker, second.speaker) == ("Emre Kaya", "Anja Lubbers")
    assert first.text == "de gemeente achter de inwoners staat" and second.text.startswith("Hardenberg weinig")
    # the same speaker going on is one statement
    (q,) = quotes("Minister Jan Smit zei dat het goed ging, maar hij gaf toe dat er problemen zijn.")
    assert q.speaker == "Jan Smit"


def test_it_sounded_from_a_body() -> None:
    (q,) = quotes("Vanuit het ministerie klonk het dat er dit jaar geen extra geld komt.")
    assert q.speaker == "het ministerie" and q.text == "er dit jaar geen extra geld komt"
    assert quotes("In de zaal klonk het dat iedereen moest gaan zitten.") == []


def test_the_same_sources_are_the_group_named_before() -> None:
    text = ("Volgens Haagse bronnen ligt er een compromis op tafel. Het kabinet wil de aankoop van twee fregatten "
            "uitstellen, melden dezelfde bronnen.")
    assert [q.speaker for q in quotes(text)] == ["Haagse bronnen", "Haagse bronnen"]


def test_a_denial_after_another_speakers_statement_is_its_own() -> None:
    text = "Ingewijden zeggen dat de partijtop niet onwelwillend is. Dat werd ontkend door partijleider Wouter Dijkstra."
    first, second = quotes(text)
    assert first.speaker == "Ingewijden" and second.speaker == "Wouter Dijkstra"
    assert second.span[0] > first.span[1]


def test_saying_little_or_reporting_oneself_is_no_statement() -> None:
    assert quotes("Verbeek zelf zei weinig tijdens de zitting. Hij meldde zich twee dagen later bij de politie.") == []


def test_a_fronted_clause_and_a_quantified_group() -> None:
    (q,) = quotes("Dat de sfeer beter was dan in de vorige rondes, zeggen meerdere deelnemers.")
    assert q.speaker == "meerdere deelnemers" and q.text == "Dat de sfeer beter was dan in de vorige rondes"


def test_a_service_that_spoke_before_is_de_dienst() -> None:
    text = ("Een woordvoerder van de AIVD verklaarde dat de militaire inlichtingendienst GRU achter de aanval zit. "
            "Volgens de dienst is het de eerste keer.")
    assert [q.speaker for q in quotes(text)][-1] == "AIVD"


def test_trailing_zo_and_an_opinion_verb_closing_the_sentence() -> None:
    text = ("Minister Anna de Groot was in Brussel. „Dit is onaanvaardbaar”, zo stelt De Groot. "
            "De steun moet omhoog, meent oppositieleider Kees Brink.")
    assert [(q.speaker, q.text) for q in quotes(text)] == [
        ("Anna de Groot", "Dit is onaanvaardbaar"), ("Kees Brink", "De steun moet omhoog")]
    # the opinion verb heads a clause of its own: no trailing cue
    assert quotes("Als het stormt, denkt Jan Smit aan zijn jeugd.") == []


def test_an_epithet_after_a_quote_is_the_person_just_named() -> None:
    text = ("Jef Vanderhoydonck woont vlak bij de startbaan. „Eerst dacht ik aan een helikopter”, vertelt de "
            "gepensioneerde landbouwer.\n\nZijn buurvrouw, Hilde Stevens, is minder ongerust. „We wonen hier al "
            "veertig jaar.”")
    assert [q.speaker for q in quotes(text)] == ["Jef Vanderhoydonck", "Hilde Stevens"]


def test_an_object_pronoun_is_no_trailing_speaker() -> None:
    text = ("De verdachte Burak Aydemir ontkende alles. De voorzitter van de rechtbank, Lieve Mertens, vroeg hem "
            "waarom een klant hem contant betaalde. „Omdat dat normaal is”, antwoordde hij.")
    assert [q.speaker for q in quotes(text)] == ["Lieve Mertens", "Burak Aydemir"]


def test_the_answer_after_a_reporters_question_is_the_interviewees() -> None:
    text = ("„Ik heb hier jaren van gedroomd”, zei schaatser Jesse Nieuwenhuis.\n\nEen journalist vroeg of hij al "
            "aan de titel had gedacht. „Nee, echt niet.”")
    assert [q.speaker for q in quotes(text)] == ["Jesse Nieuwenhuis", "Jesse Nieuwenhuis"]


def test_dat_heeft_x_with_a_closing_participle_attributes_the_sentence_before() -> None:
    text = ("De papierfabriek in Renkum sluit eind dit jaar. "
            "Dat heeft de directie dinsdag aan de ondernemingsraad meegedeeld.")
    (q,) = quotes(text)
    assert q.speaker == "de directie" and q.kind == "indirect"
    assert q.text.startswith("De papierfabriek in Renkum sluit")


def test_a_person_called_by_age_is_the_one_written_with_that_age() -> None:
    text = ("Hennie Vos (81) uit Dalfsen woont er al zestig jaar. Haar buurman Gert Smit kent het dorp ook. "
            "„Zo'n storm heb ik nooit meegemaakt”, zegt de 81-jarige.")
    sp = _speakers(text)
    assert sp["Zo'n storm heb ik nooit meegemaakt"] == "Hennie Vos"


def test_age_and_unlisted_noun_fall_back_to_the_last_person_named_outside_quotes() -> None:
    text = ("De documentaire van Ilse Brandsma won de hoofdprijs.\n\n"
            "„Ik draag deze prijs op aan mijn moeder Janneke”, zei de 44-jarige filmmaker in haar dankwoord.")
    assert _speakers(text)["Ik draag deze prijs op aan mijn moeder Janneke"] == "Ilse Brandsma"


def test_pronoun_after_an_unnamed_spokesperson_is_that_spokesperson() -> None:
    text = ("Kamerlid Ruben Stam wilde een debat. Een woordvoerder van het ministerie van Financiën wilde niet "
            "reageren op de cijfers. „Daar gaat de ministerraad over”, zei hij.")
    assert _speakers(text)["Daar gaat de ministerraad over"] == "woordvoerder van het ministerie van Financiën"


def test_prefixed_spokesperson_compound_speaks_for_that_body() -> None:
    text = "Een NAVO-woordvoerster liet weten dat vier landen extra luchtverdediging sturen."
    assert _speakers(text)["vier landen extra luchtverdediging sturen"] == "woordvoerster van NAVO"


def test_fronted_waar_clause_and_main_clause_have_their_own_speakers() -> None:
    text = ("Europarlementariër Joost Hemmes en de Italiaanse socialist Marco Ferri stemden voor. "
            "Waar Hemmes sprak van „een doorbraak”, noemde Ferri het plan „te weinig en te laat”.")
    sp = _speakers(text)
    assert sp["een doorbraak"] == "Joost Hemmes"
    assert sp["het plan „te weinig en te laat”"] == "Marco Ferri"


def test_singular_demonym_noun_is_the_person_it_was_written_before() -> None:
    text = ("De Deen Søren Holm werd tweede in de sprint.\n\n"
            "Holm was tevreden. „Ik zag Martens en Pauwels wegrijden, maar kon niet volgen”, zei de Deen.")
    assert _speakers(text)["Ik zag Martens en Pauwels wegrijden, maar kon niet volgen"] == "Søren Holm"


def test_fronted_clause_with_its_speech_verb_at_the_end() -> None:
    text = ("En waar de Spaanse premier Elena Ruiz het akkoord „een mijlpaal” noemde, hield de Deense premier "
            "Mette Lund het op „een begin”.")
    sp = _speakers(text)
    assert sp["het akkoord „een mijlpaal”"] == "Elena Ruiz"


def test_separable_verb_with_its_particle_joined_in_a_subordinate_clause() -> None:
    text = "Kamerlid Joris Smit spreekt van woordbreuk, terwijl minister Anna Wit volhoudt dat de afspraak nooit rond was."
    assert _speakers(text)["de afspraak nooit rond was"] == "Anna Wit"


def test_separable_speech_verb_without_its_particle_is_no_attribution() -> None:
    text = "De boodschappen werden vorig jaar veel duurder. Dat merkt Gerda Pols uit Zwolle elke week."
    assert quotes(text) == []


def test_apostrophe_inside_a_word_does_not_close_a_double_comma_quote() -> None:
    text = ("Havenarbeider Kees Goedhart werkt al twintig jaar op de kade. ,,Ik ken collega's die bang zijn,\" "
            "vertelt hij.")
    (q,) = quotes(text)
    assert q.text == "Ik ken collega's die bang zijn," and q.speaker == "Kees Goedhart"


def test_age_noun_opening_the_sentence_is_the_subject_of_its_speech_verb() -> None:
    text = "Zorgondernemer Ruud Aalders (61) staat terecht. De 61-jarige ontkent dat hij bewust heeft gefraudeerd."
    assert _speakers(text)["hij bewust heeft gefraudeerd"] == "Ruud Aalders"


def test_closed_spokesperson_compound_speaks_for_its_body() -> None:
    text = "Er zijn geen aanwijzingen voor brandstichting, aldus een politiewoordvoerder."
    assert _speakers(text)["Er zijn geen aanwijzingen voor brandstichting"] == "woordvoerder van de politie"


def test_nationality_and_noun_after_a_quote_is_the_person_named_in_the_paragraph() -> None:
    text = ("VN-gezant Carla Pizarro sprak van een doorbraak. „Zoveel geld lag er nooit op tafel”, "
            "zei de Chileense diplomaat.")
    assert _speakers(text)["Zoveel geld lag er nooit op tafel"] == "Carla Pizarro"


def test_two_persons_as_joint_subject_give_one_quote_each() -> None:
    text = ("Wethouder Noor Haddou en gedeputeerde Pieter Smeets spraken gisteren met de vervoerder. "
            "Haddou en Smeets benadrukten allebei dat de lijn moet blijven. "
            "Zowel Smeets als Haddou zeiden dat een besluit in mei valt.")
    got = [(q.speaker, q.text) for q in quotes(text)]
    assert got == [("Noor Haddou", "de lijn moet blijven"), ("Pieter Smeets", "de lijn moet blijven"),
                   ("Pieter Smeets", "een besluit in mei valt"), ("Noor Haddou", "een besluit in mei valt")]


def test_a_kind_noun_refers_back_to_the_organisation_of_that_kind() -> None:
    text = ("De Autoriteit Financiële Markten (AFM) legt transportbedrijf Tessel een boete op. "
            "Tessel gaat in beroep. Dat maakte de toezichthouder donderdag bekend.")
    (q,) = [q for q in quotes(text) if q.cue == "maakte"]
    assert q.speaker == "Autoriteit Financiële Markten"


def test_a_kind_noun_prefers_the_organisation_named_in_its_own_sentence() -> None:
    text = ("Een woordvoerder van de NMBS zei dat er dinsdag geen treinen rijden. "
            "Ook bij De Lijn wordt woensdag gestaakt, meldt de vervoermaatschappij.")
    assert [(q.speaker, q.speaker_key) for q in quotes(text)] == [("woordvoerder van de NMBS", "nmbs"),
                                                                   ("De Lijn", "de lijn")]


def test_a_body_and_its_place_are_one_speaker() -> None:
    text = ("Een woordvoerder van de gemeente Den Haag liet weten dat de gemeente het geld terugvordert. "
            "De politiezone Gent laat weten dat ze extra controles houdt.")
    assert [q.speaker for q in quotes(text)] == ["woordvoerder van de gemeente Den Haag", "De politiezone Gent"]


def test_a_listed_insurer_opening_the_sentence_is_the_organisation_the_kind_noun_means() -> None:
    text = ("Zilveren Kruis verhoogt de premie met 9 euro. "
            "Menzis verhoogt de premie met 10 euro, laat de verzekeraar weten.")
    assert [q.speaker_key for q in quotes(text)] == ["menzis"]


def test_a_name_in_apposition_before_the_verb_is_the_subject_not_a_statement() -> None:
    text = "Een oom van het slachtoffer, Brahim Ait Lahcen, noemt de steekpartij ,,zinloos en laf\"."
    (q,) = quotes(text)
    assert (q.speaker, q.kind, q.cue) == ("Brahim Ait Lahcen", "mixed", "noemt")


def test_a_plural_pronoun_after_a_quote_of_several_sentences_finds_the_group_before_the_quote() -> None:
    text = ("De vakbonden zijn kwaad over het nieuws. 'We hoorden het maandag. Het personeel verdient beter', "
            "zeggen ze in een verklaring.")
    assert [q.speaker for q in quotes(text)] == ["De vakbonden"]


def test_a_manner_verb_after_a_quote_is_a_cue() -> None:
    (q,) = quotes("Daan Nakamura scoorde twee keer. “Ik was het bijna vergeten”, lachte Nakamura.")
    assert (q.speaker, q.cue) == ("Daan Nakamura", "lachte")


def test_topvrouw_is_the_last_woman_with_a_leading_title() -> None:
    text = ("Algemeen directeur Marieke Bakker en trainer Piet de Boer zaten naast elkaar. "
            "De club hield het bedrag geheim. Wel maakte de topvrouw bekend dat er geld is voor versterkingen.")
    assert [q.speaker for q in quotes(text)] == ["Marieke Bakker"]


def test_a_group_noun_ending_in_tie_is_no_adjective_before_the_verb() -> None:
    (q,) = quotes("Volgens bronnen rond de formatie ligt er een compromis op tafel.")
    assert (q.speaker, q.text) == ("bronnen rond de formatie", "ligt er een compromis op tafel")


def test_a_nationality_noun_after_a_quote_paragraph_is_the_person_of_the_paragraph_before() -> None:
    text = ("Trainer Mikkel Sørensen vond dat zijn ploeg een punt had verdiend.\n\n"
            "“Als je zo speelt, mag je niet met lege handen naar huis”, zei de Deen.")
    (q,) = [q for q in quotes(text) if q.cue == "zei"]
    assert q.speaker == "Mikkel Sørensen"


def test_a_promised_thing_alone_is_a_pledge_not_a_statement() -> None:
    text = ("Minister Ellen Verbeek (Asiel) belooft bovendien een steunfonds van 40 miljoen euro voor gemeenten. "
            "Wethouder Kaan zegde na het overleg 2 miljoen euro toe voor de opvang.")
    assert quotes(text) == []


def test_a_promise_with_a_clause_or_a_te_infinitive_is_a_statement() -> None:
    text = ("Woningcorporatie Ymere belooft alle getroffen huurders vóór 1 december het te veel betaalde terug te "
            "storten. Verder zegde de wethouder van Wonen toe om vóór de zomer met een plan te komen. "
            "Het ministerie van Defensie zegde vorig jaar toe om voor 1,2 miljard euro granaten af te nemen. "
            "„Er komt een oplossing”, beloofde Kaan.")
    got = [(q.speaker, q.cue, q.text.split()[0]) for q in quotes(text)]
    assert got[0] == ("Woningcorporatie Ymere", "belooft", "alle")
    assert got[1][1:] == ("zegde", "vóór")
    assert got[2] == ("Het ministerie van Defensie", "zegde", "voor")
    assert got[3] == ("Kaan", "beloofde", "Er")


def test_a_compound_ending_in_an_organisation_noun_is_an_organisation() -> None:
    text = "Bij Woonbond laat een woordvoerster weten dat de organisatie naar de rechter stapt."
    (q,) = quotes(text)
    assert q.speaker_key == "woonbond"
    assert [m.type for m in find_mentions(text) if m.text == "Woonbond"] == ["ORG"]


def test_the_organisation_that_spoke_last_is_de_organisatie_when_two_are_named() -> None:
    text = ("Landbouwbond vindt dat Natuurpunt eerst zijn eigen gebieden op orde moet brengen. "
            "Volgens de organisatie gaat het om zestig bedrijven.")
    qs = quotes(text)
    assert [q.speaker for q in qs] == ["Landbouwbond", "Landbouwbond"]


def test_vinden_with_a_judgement_is_an_opinion_and_finding_a_thing_is_not() -> None:
    text = ("Ondernemersvereniging De Binnenstad vindt het bedrag veel te laag. "
            "In zijn woning vond de politie 185.000 euro contant. Hij vond het te laat om nog te reageren.")
    (q,) = quotes(text)
    assert (q.cue, q.text) == ("vindt", "het bedrag veel te laag")


def test_an_unnamed_spokesperson_after_a_kind_noun_speaks_for_the_organisation_it_stands_for() -> None:
    text = ("De hackers kwamen binnen bij woningcorporatie Maashaven Wonen. Het lek is inmiddels gedicht.\n\n"
            "Directeur Karin Jansen bood excuses aan. Het was een zware maand.\n\n"
            "De corporatie overweegt elke huurder 75 euro te geven. Een woordvoerder laat weten dat daarover "
            "binnenkort een besluit valt.")
    (q,) = [q for q in quotes(text) if q.cue == "laat"]
    assert q.speaker_key == "maashaven wonen"


def test_an_age_noun_skips_a_person_given_another_age_and_reads_ages_in_the_lead() -> None:
    text = ("Het OM eist vier jaar cel tegen Ruud Hagedoorn, eigenaar van een thuiszorgbureau. "
            "Ook zijn compagnon Miranda Kuipers (47) stond terecht. Zij zou de urenstaten hebben ingevuld.\n\n"
            "De 58-jarige ontkent dat hij bewust heeft gefraudeerd.")
    (q,) = quotes(text)
    assert q.speaker == "Ruud Hagedoorn"
    body = ("De rechter vroeg de hoofdverdachte Karim Azzouzi of hij nog iets wilde zeggen. Advocaat Lotte Wijnands "
            "knikte. „Ik heb spijt”, antwoordde de 24-jarige.")
    mentions = find_mentions(body)
    (q,) = [q for q in find_quotes(body, mentions, lead="- Het OM eist tien jaar tegen de 24-jarige Karim Azzouzi.")
            if q.cue == "antwoordde"]
    assert q.speaker == "Karim Azzouzi"


def test_an_unnamed_spokesperson_of_a_local_body_written_by_its_kind() -> None:
    text = ("Advocaat Bram Koster verwijt de gemeente Deventer slecht toezicht. De gemeente erkende dat de controle "
            "beter had gekund. Een woordvoerder wijst erop dat de regels sinds vorig jaar strenger zijn.\n\n"
            "Ook waterschap Vallei en Veluwe trekt geld uit. Een woordvoerster van het waterschap liet weten blij "
            "te zijn.")
    got = {q.cue: q.speaker for q in quotes(text)}
    assert got["wijst"] == "woordvoerder van de gemeente Deventer"
    assert got["liet"] == "woordvoerster van het waterschap Vallei en Veluwe"


def test_a_pronoun_after_a_quote_naming_someone_is_the_person_named_in_its_paragraph() -> None:
    text = ("Aanvoerder Thomas Wessels scoorde eerst. \"Mooi, maar ik had liever gewonnen\", zei Wessels.\n\n"
            "De gelijkmaker kwam van Kwame Asante. De aanvaller scoorde voor de vierde keer. \"Ik wist dat de bal "
            "zou komen. Thomas kijkt altijd naar de tweede paal\", vertelde hij.")
    got = [q.speaker for q in quotes(text)]
    assert got == ["Thomas Wessels", "Kwame Asante"]


def test_a_body_noun_with_two_capitalised_words_joined_by_en_is_one_organisation() -> None:
    text = ("In 2033 kreeg de Inspectie Gezondheidszorg en Jeugd 340 meldingen. De Autoriteit Persoonsgegevens en "
            "Google praten verder.")
    names = [(m.type, m.text) for m in find_mentions(text)]
    assert ("ORG", "Inspectie Gezondheidszorg en Jeugd") in names
    assert ("ORG", "Autoriteit Persoonsgegevens") in names and ("ORG", "Google") in names


def test_de_organisatie_after_a_name_the_mention_finder_did_not_read() -> None:
    text = ("Natuurmonumenten, dat grote delen van de Veluwe beheert, liet in een reactie weten dat het de discussie "
            "volgt. De organisatie wijst erop dat er vorig jaar 187 aanvallen werden gemeld.")
    got = [q.speaker for q in quotes(text)]
    assert got == ["Natuurmonumenten", "Natuurmonumenten"]


def test_two_organisations_as_one_subject_speak_one_quote_each() -> None:
    text = "D66 en GroenLinks-PvdA zeiden gisteren dat ze pas willen praten als het hele plan op tafel ligt."
    assert sorted(q.speaker for q in quotes(text)) == ["D66", "GroenLinks-PvdA"]
    assert [q.speaker for q in quotes("Malta en Cyprus zeiden dat de tekst te ver gaat.")] == ["Malta en Cyprus"]


def test_a_speech_verb_in_what_someone_wants_said_is_no_statement() -> None:
    text = ("De vakbonden zijn boos. Ze willen dat het kabinet garandeert dat er geen gedwongen ontslagen vallen. "
            "Ze zeggen dat het personeel beter verdient.")
    assert [q.cue for q in quotes(text)] == ["zeggen"]


def test_a_subject_with_its_place_and_an_apposition_before_the_verb() -> None:
    text = "Wethouder Youssef El Amrani van Zwolle, een van de getroffen gemeenten, sprak van „een klap voor het vertrouwen”."
    (q,) = quotes(text)
    assert (q.speaker, q.cue, q.kind) == ("Youssef El Amrani", "sprak", "mixed")


def test_gedelegeerd_bestuurder_is_a_title_before_the_name() -> None:
    text = "De omroep schrapt 120 banen. Dat heeft gedelegeerd bestuurder Liesbeth Van Damme donderdag aan het personeel meegedeeld."
    (q,) = quotes(text)
    assert (q.speaker, q.cue) == ("Liesbeth Van Damme", "meegedeeld")


def test_a_party_or_union_delegate_is_a_title() -> None:
    text = ("Ook ACV Puls is boos. \"We hebben dit nooit zien aankomen\", zegt ABVV-afgevaardigde Jurgen De Backer, "
            "die al 22 jaar in het centrum werkt.")
    (q,) = quotes(text)
    assert q.speaker == "Jurgen De Backer"


def test_a_demonym_noun_refers_to_the_person_of_its_gender() -> None:
    text = ("Havenwerker Dennis Koopman werkt al twaalf jaar in de nachtploeg, net als zijn collega Iwona Zielińska. "
            "\"Zonder toeslag red ik het niet\", zegt de 41-jarige Pool.")
    (q,) = quotes(text)
    assert q.speaker == "Dennis Koopman"  # "de Pool" is a man: not the colleague named last
    text = ("Reiziger Jurgen Isenia (34) stond drie uur te wachten. \"Niemand vertelde ons iets\", vertelt de "
            "Curaçaoënaar, die als kok in Rotterdam werkt.")
    (q,) = quotes(text)
    assert q.speaker == "Jurgen Isenia"


def test_a_compound_kind_noun_refers_to_the_one_organisation_of_the_sentence_before() -> None:
    text = ("KLM is fel tegen het plan. De luchtvaartmaatschappij laat weten dat er 300 banen verdwijnen.")
    (q,) = quotes(text)
    assert q.speaker == "KLM"
    text = ("Rijkswaterstaat sluit de A2 bij Weert een week af. Het verkeer wordt omgeleid, wat volgens de "
            "wegbeheerder tot een halfuur extra reistijd leidt.")
    (q,) = quotes(text)
    assert q.speaker == "Rijkswaterstaat"


def test_naar_eigen_zeggen_makes_the_subject_the_source() -> None:
    text = ("Wendy Visser zit sinds 2031 aan tafel. Ze heeft de vergaderingen naar eigen zeggen vaak verlaten "
            "“met het gevoel dat er alleen naar de sector werd geluisterd”.")
    (q,) = quotes(text)
    assert (q.speaker, q.kind, q.cue) == ("Wendy Visser", "mixed", "naar eigen zeggen")
    (q,) = quotes('De Groningse gedeputeerde Kemal Aydın volgt de situatie naar eigen zeggen ,,met grote zorg".')
    assert q.speaker == "Kemal Aydın"


def test_an_unlisted_occupation_before_a_name_is_the_role_a_later_noun_refers_to() -> None:
    text = ("Boswachter Ilse Brouwer van Staatsbosbeheer noemt het verlies groot. 'Heide herstelt zich vaak binnen "
            "drie jaar', zegt de boswachter.")
    assert [q.speaker for q in quotes(text)] == ["Ilse Brouwer", "Ilse Brouwer"]


def test_a_trade_noun_and_a_name_are_one_company_not_a_person() -> None:
    text = ("In Genk haalde Agnieszka Nowak alle repen van Chocolaterie Maasmeer uit de rekken. \"Klanten vragen me "
            "de hele dag of de rest nog te vertrouwen is,\" zegt de Poolse.")
    kinds = {m.text: m.type for m in find_mentions(text)}
    assert kinds["Chocolaterie Maasmeer"] == "ORG"
    (q,) = quotes(text)
    assert q.speaker == "Agnieszka Nowak"


def test_a_party_member_noun_refers_to_the_person_written_with_that_party() -> None:
    text = ("Kamerlid Dewi Ramautar van de SP vindt dat de maatregel niet ver genoeg gaat. „Twee jaar bevriezen, "
            "en dan?”, zegt de SP'er.")
    assert [q.speaker for q in quotes(text)] == ["Dewi Ramautar", "Dewi Ramautar"]


def test_universitair_docent_is_a_title_with_its_modifier() -> None:
    text = "\"Hij was voor veel van ons een mentor\", zegt universitair docent Youssef Benali."
    (q,) = quotes(text)
    assert (q.speaker, q.cue) == ("Youssef Benali", "zegt")


def test_a_joint_subject_with_a_place_or_party_after_each_name_speaks_twice() -> None:
    for text, pair in (
            ("Burgemeester Marjan Heeringa van Eemsdelta en corporatiedirecteur Joyce Martis zeiden na afloop "
             "allebei dat de bewoners voorrang krijgen.", ["Joyce Martis", "Marjan Heeringa"]),
            ("Kamerleden Hanna de Boer (GroenLinks-PvdA) en Mehmet Yıldız (CDA) noemden dat een goede eerste stap.",
             ["Hanna de Boer", "Mehmet Yıldız"]),
            ("Huisartsen Eline Bos en Deniz Kaya uit Eindhoven zeggen dat ze veel meer telefoontjes krijgen.",
             ["Deniz Kaya", "Eline Bos"])):
        assert sorted(q.speaker for q in quotes(text)) == pair, text


def test_beiden_after_a_trailing_cue_are_the_two_persons_just_named() -> None:
    text = ("Noor Bakker en Marjolein de Vries zaten vorige maand nog met minister Ruben Hendriks aan tafel. Over de "
            "omvang van de bezuiniging werd toen niet gesproken, zeggen beiden.")
    assert sorted(q.speaker for q in quotes(text)) == ["Marjolein de Vries", "Noor Bakker"]


def test_a_given_name_that_is_also_a_nationality_opens_a_name() -> None:
    text = "Het ongeluk kostte de 15-jarige scholiere Noor de Vries het leven. Volgens de Noor is dat bekend."
    kinds = {m.text: m.type for m in find_mentions(text)}
    assert kinds["Noor de Vries"] == "PER"
    assert kinds["Noor"] == "LOC"  # "de Noor": the Norwegian


def test_a_compound_kind_noun_with_two_bodies_before_goes_to_the_one_that_just_spoke() -> None:
    text = ("'Wie nog een cadeaubon van Huisenzo heeft, levert die best snel in,' zegt een woordvoerder van Test "
            "Aankoop. Volgens de consumentenorganisatie gaat het om 1,2 miljoen euro aan openstaande bonnen.")
    assert [q.speaker for q in quotes(text)][-1] == "Test Aankoop"
    text = "Het KNMI heeft code oranje afgegeven. Volgens het weerinstituut wordt het morgen tropisch heet."
    assert [q.speaker for q in quotes(text)] == ["KNMI"]


def test_a_spokesperson_after_a_public_service_written_by_its_kind_speaks_for_it() -> None:
    text = ("De ontruiming verliep volgens de politie grotendeels rustig. \"Een agent raakte lichtgewond door een "
            "stoel,\" zei een woordvoerder ter plaatse.")
    assert [q.speaker for q in quotes(text)][-1] == "woordvoerder van de politie"


def test_an_apposition_with_a_modified_company_noun_makes_a_name_an_organisation() -> None:
    text = ("Het opvangnetwerk is opnieuw volzet. Dat meldt Opvangwerk, het federaal agentschap voor de opvang van "
            "asielzoekers. Volgens het agentschap staan er 2.000 mannen op de wachtlijst.")
    assert [q.speaker for q in quotes(text)] == ["Opvangwerk", "Opvangwerk"]


def test_an_uninflected_regional_adjective_is_part_of_the_title() -> None:
    text = 'Waals minister van Klimaat Gaëlle Dumont erkende dinsdag dat de werken ,,veel te traag" gaan.'
    (q,) = quotes(text)
    assert q.speaker == "Gaëlle Dumont"
    text = ',,Dat is voor ons een drukke avond", relativeerde zonecommandant Koen Peeters.'
    (q,) = quotes(text)
    assert (q.speaker, q.cue) == ("Koen Peeters", "relativeerde")


def test_a_spokesperson_of_a_compound_kind_noun_and_new_cues() -> None:
    text = ("Volgens Koninklijke Horeca Nederland is het druk. Een woordvoerder van de brancheorganisatie wijst erop "
            "dat het aantal overnachtingen steeg.")
    assert [q.speaker for q in quotes(text)][-1] == "woordvoerder van Koninklijke Horeca Nederland"
    (q,) = quotes("Nathaly Maduro maakte wel duidelijk dat haar steun 'niet onvoorwaardelijk' is.")
    assert (q.speaker, q.kind) == ("Nathaly Maduro", "mixed")
    (q,) = quotes("'Aruba heeft nog leningen lopen', zegt Tweede Kamerlid Annelies de Vries.")
    assert q.speaker == "Annelies de Vries"


def test_de_gemeente_without_a_named_municipality_is_the_town_in_focus() -> None:
    text = ("In Amsterdam, waar sinds 2019 een registratieplicht geldt, kregen illegale verhuurders vorig jaar 1.900 "
            "boetes, meldt de gemeente.")
    assert [q.speaker for q in quotes(text)] == ["gemeente Amsterdam"]
    text = "Limburg kreeg veel regen. In Zeeland bleef het droog, meldt de gemeente."
    assert [q.speaker for q in quotes(text)] == ["de gemeente"]  # provinces are no municipality


def test_a_subject_with_an_adjective_before_its_title_and_a_party_after_its_name() -> None:
    text = "Het Haagse raadslid Gökhan Demir (GroenLinks-PvdA) zei dat het een overwinning voor huurders is."
    (q,) = quotes(text)
    assert (q.speaker, q.cue) == ("Gökhan Demir", "zei")


def test_a_bare_quote_paragraph_after_a_narrative_paragraph_about_one_person_is_theirs() -> None:
    text = ("Ook in de binnenvaart is het geduld op. Wim Bakker (52) vaart met zijn schip tussen Rotterdam en "
            "Duisburg. Hij lag vorige week vijf dagen stil.\n\n„Vijf dagen niks verdienen, terwijl je een bemanning "
            "moet betalen. Dat houd je niet lang vol.”")
    assert [q.speaker for q in quotes(text)] == ["Wim Bakker"]


def test_a_bracketed_portfolio_with_commas_and_other_subject_shapes() -> None:
    text = ("Minister Ilse Mulder (Landbouw, Visserij, Voedselzekerheid en Natuur) erkende donderdag dat de quota "
            "'pijnlijk' zijn.")
    assert [q.speaker for q in quotes(text)] == ["Ilse Mulder"]
    (q,) = quotes("Oppositieraadslid Bart De Coninck (Groen) noemt dat ‘een druppel op een hete plaat’.")
    assert (q.speaker, q.kind) == ("Bart De Coninck", "mixed")  # 'dat' is named, not a conjunction
    assert [q.speaker for q in quotes("De loodsen zelf spreken van ‘een provocatie’.")] == ["De loodsen"]
    assert [q.speaker for q in quotes("Bij Solidaris spreekt men van 'een besparing op de zwaksten'.")] == ["Solidaris"]
    (q,) = quotes('"Dit zijn kinderen die tien kilo afvallen", zegt kinder- en jeugdpsychiater Rachida Tahiri.')
    assert q.speaker == "Rachida Tahiri"


def test_joint_subjects_with_described_bodies_and_a_quoted_state() -> None:
    text = ("Ook Hilde Smet van ACV Puls en Mehmet Aydın van de liberale vakbond ACLVB spraken van een ‘zwarte "
            "dag’.")
    assert sorted(q.speaker for q in quotes(text)) == ["Hilde Smet", "Mehmet Aydın"]
    (q,) = quotes('Gedeputeerde Henk Kok (BBB) is ,,flink teleurgesteld".')
    assert (q.speaker, q.kind) == ("Henk Kok", "mixed")
    assert quotes('Het is "een gemiste kans".') == []  # no person: no statement


def test_a_field_after_a_title_before_a_given_name_we_do_not_list() -> None:
    text = "Hoogleraar pensioeneconomie Wei Zhang van Tilburg University noemt een hogere AOW-leeftijd 'verdedigbaar'."
    assert [q.speaker for q in quotes(text)] == ["Wei Zhang"]
    text = "Volgens de topvrouw overweegt Jeugdzorg Noord-Holland een vierdaagse werkweek."
    assert "Jeugdzorg Noord-Holland" not in {m.text for m in find_mentions(text) if m.type == "PER"}


def test_an_uppercase_company_before_a_full_stop_ends_the_sentence() -> None:
    text = ("Dat Mulder het volledige bedrag terugkrijgt, werd bevestigd door ING. Een woordvoerder van de bank "
            "benadrukt dat medewerkers nooit om een pincode vragen.")
    assert [q.speaker for q in quotes(text)] == ["ING", "woordvoerder van ING"]


def test_a_body_after_a_company_noun_and_a_joint_subject_with_an_unlisted_title() -> None:
    text = ("Het Antwerpse veilinghuis Van Acker haalde het werk uit de verkoop. ‘We werken volledig mee met het "
            "gerecht’, laat een woordvoerder weten.")
    assert [q.speaker for q in quotes(text)] == ["woordvoerder van Van Acker"]
    text = ("Hoboïst Bram Bos en violiste Latifa Azzouzi, die samen de ondernemingsraad leiden, stelden dat de "
            "muzikanten 'niet langer kunnen wachten'.")
    assert sorted(q.speaker for q in quotes(text)) == ["Bram Bos", "Latifa Azzouzi"]
    text = ("Ruim 310.000 deelnemers van Pensioenfonds Metaal Zuid krijgen geen verhoging. Het fonds maakte maandag "
            "bekend dat de buffer te klein is.")
    assert [q.speaker for q in quotes(text)] == ["Metaal Zuid"]


def test_ze_after_a_plural_noun_subject_and_a_quoted_clause_after_dat_is_mixed() -> None:
    text = ("Ook de Belgische bisschoppen reageerden op het rapport. In een gezamenlijke verklaring schrijven ze dat "
            "‘een aanval op een gebedshuis een aanval op ons allemaal is’.")
    (q,) = quotes(text)
    assert (q.speaker, q.kind) == ("de Belgische bisschoppen", "mixed")
    text = "Het bisdom Roermond sluit kerken. Volgens het bisdom daalde het aantal kerkgangers met 38 procent."
    assert [q.speaker for q in quotes(text)] == ["bisdom Roermond"]


def test_a_given_name_joined_to_a_full_name_shares_its_surname() -> None:
    text = ("Bert en Janny Zijlstra wonen al drie jaar in een wisselwoning. “We wachten nog altijd”, zegt Janny (71). "
            "Sanne en Joris de Jong zijn boos. ,,Niemand belt ons terug\", zegt Sanne.")
    assert [q.speaker for q in quotes(text)] == ["Janny Zijlstra", "Sanne de Jong"]
    keys = {m.text: m.key for m in find_mentions(text)}
    assert keys["Bert"] == "bert zijlstra"
    text = "Gisteren waren Rutte en Mark Jansen er ook. „Het ging goed”, zei Rutte."
    assert {m.key for m in find_mentions(text) if m.text == "Rutte"} == {"rutte"}  # a surname keeps its own


def test_a_company_noun_refers_back_to_the_name_it_introduced() -> None:
    text = ("Buurtsupermarktketen Dorpsmarkt Noord sluit negen van haar winkels. In drie dorpen verdwijnt daarmee de "
            "enige supermarkt. Directeur Harm de Jong maakte het besluit maandag bekend. Volgens de keten verliezen "
            "86 medewerkers hun baan.")
    assert [q.speaker for q in quotes(text)] == ["Dorpsmarkt Noord"]
    # an epithet with 'van' names a body of its own: no reach back past the sentences before it
    text = ("Koepel Vereniging Stadsfeesten Delft kreeg geld. Het geld is op. Niemand weet waarom. "
            "De organisatie van de Uitmarkt laat weten dat het festival doorgaat.")
    assert [q.speaker for q in quotes(text)] == ["De organisatie van de Uitmarkt"]


def test_the_topvrouw_is_the_woman_with_a_governing_title() -> None:
    text = ("Gedelegeerd bestuurder Griet Vanden Berghe wijst erop dat landbouwers bezwaar hebben aangetekend.\n\n"
            "‘Elke procedure kost ons makkelijk drie jaar’, aldus de topvrouw.")
    assert [q.speaker for q in quotes(text)] == ["Griet Vanden Berghe"] * 2


def test_van_and_a_portfolio_after_a_surname_is_the_title_body_not_the_name() -> None:
    text = ("Staatssecretaris Marloes Bakker sprak de cipiers toe. Staatssecretaris Bakker van Justitie en Veiligheid "
            "bezocht de inrichting in maart. „Ik begrijp de boosheid”, zei de staatssecretaris.")
    assert [q.speaker for q in quotes(text)] == ["Marloes Bakker"]
    assert "Bakker van Justitie" not in {m.text for m in find_mentions(text)}


def test_an_unqualified_spokesperson_speaks_for_the_province_named_as_subject() -> None:
    text = "De provincie Drenthe denkt na over een vergelijkbare regeling, meldt een woordvoerder."
    assert [q.speaker for q in quotes(text)] == ["woordvoerder van provincie Drenthe"]


def test_a_bare_quote_paragraph_after_a_narrative_paragraph_about_one_person() -> None:
    text = ("Samira Benali heeft sinds 2029 een apotheek in Delfshaven. Zaterdag kreeg ze veertig recepten binnen.\n\n"
            "„Dan ga je bellen. Zo ben je uren kwijt.”")
    assert [q.speaker for q in quotes(text)] == ["Samira Benali"]
    text = ("Samira Benali en Joost Kok hebben een apotheek in Delfshaven. Zaterdag kregen ze veertig recepten.\n\n"
            "„Dan ga je bellen. Zo ben je uren kwijt.”")
    assert {q.speaker for q in quotes(text)} <= {None}  # two people: no one to give it to
