"""Mentions: names without titles, roles, demonyms, aliases and surnames linked within an article."""

from __future__ import annotations

from duiding.analyse.mentions import find_mentions
from duiding.records import Mention


def _by_text(text: str) -> dict[str, Mention]:
    return {m.text: m for m in find_mentions(text)}


def test_title_goes_to_role_and_span_is_the_name_only() -> None:
    text = "Volgens NAVO-topman Mark Rutte is de steun groot. Demissionair premier Jansen was er ook."
    ms = _by_text(text)
    rutte = ms["Mark Rutte"]
    assert rutte.type == "PER" and rutte.role == "NAVO-topman"
    assert text[rutte.span[0] : rutte.span[1]] == "Mark Rutte"
    assert ms["Jansen"].role == "demissionair premier"
    assert not any("premier" in m.text or "topman" in m.text for m in ms.values())


def test_role_with_organisation_complement_and_nationality() -> None:
    text = ("Ook secretaris-generaal van de NAVO Pieter Vermeulen sprak. "
            "De Britse premier Tom Ashford en minister van Buitenlandse Zaken Kovalenko waren aanwezig.")
    ms = _by_text(text)
    assert ms["Pieter Vermeulen"].role == "secretaris-generaal van de NAVO"
    assert ms["NAVO"].type == "ORG"
    assert ms["Tom Ashford"].role == "Britse premier"
    assert ms["Britse"].type == "MISC" and ms["Britse"].derived_from == "Verenigd Koninkrijk"
    assert ms["Kovalenko"].role == "minister van Buitenlandse Zaken"


def test_demonyms_never_name_an_entity_but_group_nouns_stand_for_the_country() -> None:
    ms = _by_text("De Amerikaanse regering twijfelt. Vanuit de Britten komen drones.")
    assert ms["Amerikaanse"].derived_from == "Verenigde Staten" and ms["Amerikaanse"].type == "MISC"
    assert ms["Britten"].type == "LOC" and ms["Britten"].key == "verenigd koninkrijk"


def test_aliases_share_the_key_of_the_full_name() -> None:
    ms = find_mentions("De VS en de Verenigde Staten zijn hetzelfde, net als Amerika. Het VK twijfelt.")
    keys = {m.text: m.key for m in ms}
    assert keys["VS"] == keys["Verenigde Staten"] == keys["Amerika"] == "verenigde staten"
    assert keys["VK"] == "verenigd koninkrijk"


def test_surname_links_to_the_full_name_in_the_same_article() -> None:
    text = ("Minister van Defensie Marieke van Dalen bezocht Kyiv. Later zei Van Dalen dat het goed ging. "
            "Ook Joost Brink was erbij; Brink zweeg.")
    ms = find_mentions(text)
    keys = {m.text: m.key for m in ms}
    assert keys["Van Dalen"] == keys["Marieke van Dalen"] == "marieke van dalen"
    assert keys["Brink"] == "joost brink"


def test_sentence_initial_ordinary_words_are_not_names() -> None:
    ms = _by_text("Vredesakkoord\n\nTijdens de top sprak Schoof met Trudeau. Gisteren was het rustig.")
    assert "Vredesakkoord" not in ms and "Tijdens" not in ms and "Gisteren" not in ms
    assert "Schoof" in ms and "Trudeau" in ms


def test_abbreviation_in_brackets_links_to_the_full_name() -> None:
    text = "Volgens de Vereniging van Nederlandse Gemeenten (VNG) is het te weinig. De VNG wil meer."
    keys = [m.key for m in find_mentions(text) if m.text in ("VNG", "Vereniging van Nederlandse Gemeenten")]
    assert len(keys) == 3 and len(set(keys)) == 1


def _ner(text: str, *spans: tuple[str, str]) -> list[tuple[int, int, str]]:
    """NER spans as a statistical tagger gets them wrong: given by their written text."""
    out = []
    for written, label in spans:
        at = text.index(written)
        out.append((at, at + len(written), label))
    return out


def test_role_with_unlisted_department_splits_off_the_person() -> None:
    cases = [
        ("Staatssecretaris van Defensie Noor Bakkenes opende de kazerne.", "Defensie Noor Bakkenes",
         "Noor Bakkenes", "staatssecretaris van Defensie"),
        ("Gisteren sprak minister van Energie Joris Vermeulen in Delft.", "Energie Joris Vermeulen",
         "Joris Vermeulen", "minister van Energie"),
        ("Minister voor Medische Zorg Fenna Brouwer bezocht Utrecht.", "Medische Zorg Fenna Brouwer",
         "Fenna Brouwer", "minister voor Medische Zorg"),
        ("Eurocommissaris voor Digitale Markten Andrius Kalnis reisde naar Riga.", "Digitale Markten Andrius Kalnis",
         "Andrius Kalnis", "eurocommissaris voor Digitale Markten"),
    ]
    for text, ner_span, name, role in cases:
        for ner in ([], _ner(text, (ner_span, "ORG"))):
            ms = _by_text_ner(text, ner)
            assert name in ms, (text, ner, list(ms))
            assert ms[name].type == "PER" and ms[name].role == role
            assert not any(m.type == "LOC" and m.text.startswith(name.split()[0]) for m in ms.values())


def _by_text_ner(text: str, ner: list[tuple[int, int, str]]) -> dict[str, Mention]:
    return {m.text: m for m in find_mentions(text, ner)}


def test_department_without_a_name_stays_in_the_role_phrase() -> None:
    ms = _by_text("De minister van Buitenlandse Handel sprak in Den Haag.")
    assert not any(m.type == "PER" for m in ms.values())
    ms = _by_text("Directeur Van Leeuwen van de haven was kritisch.")
    assert ms["Van Leeuwen"].role == "directeur"


def test_sentence_initial_title_is_stripped_from_the_person() -> None:
    text = "Dijkgraaf Marten Quist opende de sluis. Havenmeester Ilse Verbeek keek toe. Quist was tevreden."
    ms = _by_text_ner(text, _ner(text, ("Dijkgraaf Marten Quist", "PER"), ("Havenmeester Ilse Verbeek", "PER")))
    assert ms["Marten Quist"].type == "PER" and ms["Marten Quist"].role == "dijkgraaf"
    assert ms["Ilse Verbeek"].role == "havenmeester"
    assert ms["Quist"].key == ms["Marten Quist"].key
    assert not any(m.text.startswith(("Dijkgraaf", "Havenmeester")) for m in ms.values())
    # a sentence-initial word that is no title before an unknown first name is kept out as well
    ms = _by_text("Veldwachter Hidde Broekstra zag de wolf.")
    assert "Hidde Broekstra" in ms and ms["Hidde Broekstra"].role == "veldwachter"


def test_chained_ranks_between_role_and_name() -> None:
    text = "Detachementscommandant luitenant-kolonel Ruben Hoekstra en NAVO-commandant generaal Pieter Stam spraken."
    ms = _by_text(text)
    assert ms["Ruben Hoekstra"].role == "detachementscommandant luitenant-kolonel"
    assert ms["Pieter Stam"].role == "NAVO-commandant generaal"


def test_sentence_opening_adverb_is_not_part_of_the_name() -> None:
    for text, name in (("Ook Wouter de Graaf was aanwezig.", "Wouter de Graaf"),
                       ("Intussen liet Lotte Visser weten dat ze stopt.", "Lotte Visser"),
                       ("Alleen Sanne Kuipers stemde tegen.", "Sanne Kuipers")):
        ms = _by_text(text)
        assert name in ms and ms[name].type == "PER", (text, list(ms))
        assert not any(m.text in ("Ook", "Intussen", "Alleen") for m in ms.values())


def test_tagger_persons_that_are_places_organisations_or_ordinary_words() -> None:
    text = ("De kade bij Harlingen wordt verhoogd. In Makkum en Workum zijn de bewoners bezorgd. "
            "Burgemeester Jelle Hoekstra van Sneek zei dat het werk nodig is. Het CBS meldde dat de schade groot is. "
            "Voorzichtigheid blijft geboden. Hoekstra zei dat hij overleg voert.")
    ner = _ner(text, ("Harlingen", "PER"), ("Workum", "PER"), ("Sneek", "PER"), ("CBS", "PER"),
               ("Voorzichtigheid", "PER"), ("Jelle Hoekstra", "PER"))
    ms = find_mentions(text, ner)
    persons = {m.text for m in ms if m.type == "PER"}
    assert persons == {"Jelle Hoekstra", "Hoekstra"}
    types = {m.text: m.type for m in ms}
    assert types["Harlingen"] == types["Workum"] == types["Sneek"] == "LOC"
    assert types["CBS"] == "ORG"


def test_surname_after_a_lowercase_particle_even_when_it_is_a_common_word() -> None:
    ms = _by_text("VVD-Kamerlid Joris de Wilde en wethouder Anna van Zee spraken elkaar.")
    assert ms["Joris de Wilde"].type == "PER" and ms["Joris de Wilde"].role == "VVD-Kamerlid"
    assert "Anna van Zee" in ms


def test_organisation_read_whole_by_the_tagger_keeps_its_place_word() -> None:
    text = "Het Havenbedrijf Amsterdam meldt dat de aanvoer stijgt. Het Havenbedrijf verwacht meer schepen."
    second = text.index("Havenbedrijf", 10)
    ner = [(4, 26, "ORG"), (second, second + 12, "ORG")]
    ms = find_mentions(text, ner)
    assert [(m.text, m.type) for m in ms] == [("Havenbedrijf Amsterdam", "ORG"), ("Havenbedrijf", "ORG")]
    assert ms[0].key == ms[1].key  # the short form is the organisation named before


def test_facility_nouns_and_company_words_are_no_persons() -> None:
    text = "De Duitse straaljagers landden op de vliegbasis Ostwald. Later reageerde Novatek Systems kort."
    ner = [(text.index("Ostwald"), text.index("Ostwald") + 7, "PER"),
           (text.index("Novatek"), text.index("Novatek") + 15, "PER")]
    ms = {m.text: m for m in find_mentions(text, ner)}
    assert ms["Ostwald"].type == "LOC" and ms["Novatek Systems"].type == "ORG"


def test_national_branch_after_an_organisation_noun_is_one_name() -> None:
    ms = _by_text("Dat schreef vakbond FNV Nederland gisteren. Heeft de NAVO Nederland gevraagd?")
    assert ms["FNV Nederland"].type == "ORG"
    assert ms["NAVO"].type == "ORG" and ms["Nederland"].type == "LOC"  # no organisation noun before: two names


def test_stichting_name_short_form_is_the_foundation() -> None:
    ms = find_mentions("De Stichting Kustwacht Vrij spande een zaak aan. Later won Stichting Zeevrij ook. "
                       "Zeevrij schat de kosten op een ton.")
    short = [m for m in ms if m.text == "Zeevrij"]
    assert short and short[0].type == "ORG" and short[0].key == "stichting zeevrij"


def test_sentence_opening_adverbs_are_never_persons() -> None:
    text = "Meestal zegt Karel Wouters weinig. Vandaar Wouters' zwijgen. Doorgaans reageert Wouters niet."
    for adverb in ("Meestal", "Vandaar", "Doorgaans"):
        ner = [(text.index(adverb), text.index(adverb) + len(adverb), "PER")]
        assert all(adverb not in m.text for m in find_mentions(text, ner)), adverb


def test_organisation_word_before_a_name_makes_the_name_an_organisation() -> None:
    text = ("Energiebedrijf Noorder Licht meldde een storing. Havenbedrijf Rotterdam liet weten dat de schepen "
            "wachten. De Houthi's lieten weten dat zij doorgaan. Gedeputeerde Staten besluiten volgende week.")
    ms = {m.text: m.type for m in find_mentions(text)}
    assert ms.get("Noorder Licht") == "ORG" and ms.get("Havenbedrijf Rotterdam") == "ORG"
    assert ms.get("Gedeputeerde Staten") == "ORG" and ms.get("Houthi's") == "ORG"
    assert "PER" not in ms.values()


# --- surnames that are also titles or common words -------------------------------------------------


def test_surname_that_is_a_title_stays_with_the_given_name_after_a_role() -> None:
    text = ("Minister van Justitie Ilse Prins zei dinsdag dat het plan doorgaat. "
            "Wethouder Ruben Koning van Deventer was het daar niet mee eens. "
            "„We gaan door”, aldus Prins.")
    ms = find_mentions(text)
    pers = {m.text: m for m in ms if m.type == "PER"}
    assert pers["Ilse Prins"].role == "minister van Justitie"
    assert pers["Ruben Koning"].role == "wethouder"
    assert pers["Prins"].key == pers["Ilse Prins"].key  # "aldus Prins" is the minister
    assert "Ilse" not in pers and "Ruben" not in pers


def test_known_first_name_keeps_a_title_like_surname_without_a_role() -> None:
    text = "Gisteren sprak Sanne Burgemeester de raad toe over de begroting."
    pers = [m.text for m in find_mentions(text) if m.type == "PER"]
    assert pers == ["Sanne Burgemeester"]


def test_a_title_before_a_second_name_is_still_a_title() -> None:
    text = "Na afloop spraken Sanne Visser en Koning Willem-Alexander met de pers."
    ms = {m.text: m for m in find_mentions(text)}
    assert "Sanne Visser" in ms
    assert ms["Willem-Alexander"].role is not None and ms["Willem-Alexander"].role.lower() == "koning"


def test_flemish_capitalised_particles_and_an_unlisted_function_word_before_the_name() -> None:
    text = ("Vakbondsvrouw Griet Van den Bossche sprak de betogers toe. "
            "Melkveehouder Gijs van Dam uit Barneveld heeft zich aangemeld. Van Dam wil stoppen.")
    pers = {m.text: m for m in find_mentions(text) if m.type == "PER"}
    assert pers["Griet Van den Bossche"].role == "vakbondsvrouw"
    assert pers["Gijs van Dam"].role == "melkveehouder"
    assert pers["Van Dam"].key == pers["Gijs van Dam"].key


def test_places_parties_and_companies_the_tagger_calls_persons() -> None:
    text = ("De gemeenteraad van Wolderveen stemde in met het plan. Volgens oppositiepartij Leefbaar Wolderveen "
            "is de buurt niet gehoord. Leefbaar Wolderveen stapt naar de rechter. Wolderveen moet opnieuw beginnen. "
            "Volgens TenneT en de Woonbond is haast geboden, ook voor ZLTO Zuid.")
    ner = [(m.start(), m.end(), "PER") for m in __import__("re").finditer(r"(?:Leefbaar )?Wolderveen|TenneT|Woonbond", text)]
    ms = find_mentions(text, ner)
    types = {}
    for m in ms:
        types.setdefault(m.text, set()).add(m.type)
    assert types["Wolderveen"] == {"LOC"}
    assert types["Leefbaar Wolderveen"] == {"ORG"}
    assert types["TenneT"] == {"ORG"} and types["Woonbond"] == {"ORG"}
    assert "ZLTO Zuid" in types


def test_a_multiword_name_after_in_is_a_place_unless_it_starts_with_a_given_name() -> None:
    text = "Diplomaten in Abu Dhabi praten verder. Het gesprek in Peter Smits kantoor duurde kort."
    ner = [(text.index("Abu Dhabi"), text.index("Abu Dhabi") + 9, "PER")]
    ms = {m.text: m for m in find_mentions(text, ner)}
    assert ms["Abu Dhabi"].type == "LOC"


def test_one_word_party_name_after_a_first_name_is_a_surname_but_stays_a_party_alone() -> None:
    pers = {m.text for m in find_mentions("Advocaat Lieke Groen pleitte voor vrijspraak.") if m.type == "PER"}
    assert pers == {"Lieke Groen"}
    orgs = {m.text for m in find_mentions("Groen wil meer geld voor natuur, zei voorzitter Jansen.") if m.type == "ORG"}
    assert "Groen" in orgs


def test_names_joined_by_a_symbol_are_one_organisation() -> None:
    orgs = [m.text for m in find_mentions("Sportkoepel NOC*NSF en kledingketen H&M tekenden het convenant.")
            if m.type == "ORG"]
    assert any(t.endswith("NOC*NSF") for t in orgs) and any(t.endswith("H&M") for t in orgs)


def test_company_word_at_the_end_overrules_a_place_or_person_tag() -> None:
    text = "Drentse Techniek schrapt 80 banen, meldt het bedrijf."
    ms = find_mentions(text, [(0, 16, "LOC")])
    assert [(m.text, m.type) for m in ms if m.text == "Drentse Techniek"] == [("Drentse Techniek", "ORG")]
    assert [m.type for m in find_mentions("Van Dijk Bouw opent een vestiging.", [(0, 13, "PER")])][:1] == ["ORG"]


def test_org_head_opening_a_sentence_is_not_part_of_the_name_but_the_country_is() -> None:
    text = "Belangenorganisatie Bouwend Nederland noemt de zaak ernstig."
    orgs = [m.text for m in find_mentions(text, [(0, 27, "ORG"), (28, 37, "LOC")]) if m.type == "ORG"]
    assert orgs == ["Bouwend Nederland"]


def test_description_noun_before_an_organisation_name_is_no_part_of_it() -> None:
    for text, name in [("Zorgverzekeraar Menzis zegt dat de wachtlijsten groeien.", "Menzis"),
                       ("Corporatiekoepel Aedes waarschuwde dat de huren stijgen.", "Aedes"),
                       ("Netbeheerder Fluvius wijst op de investeringen.", "Fluvius")]:
        found = [(m.type, m.text) for m in find_mentions(text)]
        assert found == [("ORG", name)], (text, found)
    assert [(m.type, m.text) for m in find_mentions("Stichting Wapenvrij zegt dat het verbod moet.")] == [
        ("ORG", "Stichting Wapenvrij")]


def test_names_with_apostrophe_particles_double_given_names_and_honorifics() -> None:
    for text, name in [("Wethouder Thijmen van 't Veer reageerde kort.", "Thijmen van 't Veer"),
                       ("Kamerlid Derk Jan ter Horst stelde vragen.", "Derk Jan ter Horst"),
                       ("Zijn advocaat, mr. Sevda Yilmaz, was er ook.", "Sevda Yilmaz")]:
        assert [m.text for m in find_mentions(text) if m.type == "PER"] == [name], text


def test_organisation_noun_and_a_bare_place_are_one_name() -> None:
    for text in ("Een woordvoerder van het Havenbedrijf Rotterdam liet weten dat het kan.",
                 "Het Havenbedrijf Rotterdam zegt het."):
        assert [(m.type, m.text) for m in find_mentions(text)] == [("ORG", "Havenbedrijf Rotterdam")], text


def test_unit_between_function_and_rank_belongs_to_the_role() -> None:
    (m,) = find_mentions("Commandant Luchtstrijdkrachten luitenant-generaal Mehmet Aydın benadrukte het.")
    assert (m.type, m.text) == ("PER", "Mehmet Aydın")
    assert m.role == "commandant Luchtstrijdkrachten luitenant-generaal"


def test_spelled_out_acronym_and_institution_names_are_one_organisation() -> None:
    ms = _by_text("Een woordvoerder van de Landelijke Huisartsen Vereniging (LHV) zei het. Dat meldt de Oekraïense "
                  "Staatsdienst voor Noodsituaties.")
    assert ms["Landelijke Huisartsen Vereniging"].type == "ORG"
    assert ms["LHV"].key == ms["Landelijke Huisartsen Vereniging"].key
    assert ms["Staatsdienst voor Noodsituaties"].type == "ORG"


def test_nationality_noun_before_a_name_is_not_part_of_it() -> None:
    ms = _by_text("De Colombiaan Andrés Valderrama werd tweede.")
    assert ms["Andrés Valderrama"].type == "PER"
    assert "Colombiaan Andrés Valderrama" not in ms


def test_middle_part_of_a_three_part_name_links_to_the_full_name() -> None:
    ms = find_mentions("De Chileense diplomate Carmen Rojas Molina sprak eerst. Later zei Rojas dat het akkoord er komt.")
    keys = {m.text: m.key for m in ms if m.type == "PER"}
    assert keys["Rojas"] == keys["Carmen Rojas Molina"]


def test_english_of_names_and_spaced_ampersand_names_are_one_organisation() -> None:
    m = _by_text("Volgens Port of Rotterdam en ACV Bouw-Industrie & Energie is de schade groot.")
    assert m["Port of Rotterdam"].type == "ORG"
    assert m["ACV Bouw-Industrie & Energie"].type == "ORG"


def test_titles_joined_by_en_keep_the_department_out_of_the_name() -> None:
    m = _by_text("Vicepremier en minister van Buitenlandse Handel Lotte Wauters reageerde geschrokken.")
    assert m["Lotte Wauters"].type == "PER"
    assert m["Lotte Wauters"].role == "vicepremier en minister van Buitenlandse Handel"


def test_flemish_capitalised_particle_after_a_given_name_stays_in_the_name() -> None:
    m = _by_text("‘Ik geloof het pas als ik het zie’, zegt Staf Van Damme (70), die aan de rivier woont.")
    assert m["Staf Van Damme"].type == "PER"


def test_company_noun_before_a_name_makes_it_a_company() -> None:
    m = _by_text("Chipmaker Halvion Semiconductors bouwt een nieuwe fabriek in Eindhoven.")
    assert m["Halvion Semiconductors"].type == "ORG"


def test_capitalised_alias_word_opening_a_longer_name_is_that_organisation() -> None:
    ms = find_mentions("De NAVO vergaderde ook. De Alliantie van Kleine Eilandstaten noemde het bedrag te laag. "
                       "Volgens de alliantie is meer geld nodig.")
    keys = {m.text: m.key for m in ms}
    assert keys["Alliantie van Kleine Eilandstaten"] == keys["de alliantie"] != keys["NAVO"]


def test_de_alliantie_alone_is_still_nato() -> None:
    ms = find_mentions("De NAVO-top begint morgen. Volgens de alliantie is de dreiging gegroeid.")
    assert {m.text: m.key for m in ms}["de alliantie"] == "navo"


def test_a_one_word_heading_opens_no_name_in_the_next_sentence() -> None:
    # "Bus" is an ordinary word (written lowercase later): the run must not continue into the next line's "De"
    text = "Bus\nDe Limburgse gedeputeerde erkende dat de bus te duur is."
    assert [(m.text, m.type) for m in find_mentions(text)] == [("Limburgse", "MISC")]


def test_an_english_organisation_name_opening_a_sentence() -> None:
    text = "Port of Antwerp-Bruges laat weten dat de poorten in januari open gaan."
    assert [(m.text, m.type) for m in find_mentions(text)] == [("Port of Antwerp-Bruges", "ORG")]


def test_an_organisation_and_its_country_opening_a_sentence_are_one_name() -> None:
    assert [(m.text, m.type) for m in find_mentions("Greenpeace België liet weten naar de rechter te stappen.")] \
        == [("Greenpeace België", "ORG")]
    # an object and a recipient stay two
    assert [m.text for m in find_mentions("Daarom gaf de EU Polen extra geld.")] == ["EU", "Polen"]


def test_a_title_with_a_field_before_a_name_with_a_particle() -> None:
    (m,) = find_mentions("Directeur amateurvoetbal Jeroen de Wit sprak van een ondergrens.")
    assert (m.text, m.role) == ("Jeroen de Wit", "directeur amateurvoetbal")


def test_an_unknown_name_with_an_organisation_apposition_is_an_organisation() -> None:
    text = "Niet iedereen is overtuigd. Aedes, de koepel van woningcorporaties, waarschuwt voor hogere kosten."
    assert [(m.text, m.type) for m in find_mentions(text)] == [("Aedes", "ORG")]
    # a person with a title in apposition stays a person
    assert [m.type for m in find_mentions("Volgens Karin Smit, de directeur van het fonds, klopt het.")] == ["PER"]


def test_a_name_spelled_out_before_its_acronym_with_lowercase_words_or_a_compound_is_one_organisation() -> None:
    text = ("Volgens het Centraal Orgaan opvang asielzoekers (COA) slapen er 2640 mensen buiten. De Nederlandse "
            "Voedsel- en Warenautoriteit (NVWA) roept kipreepjes terug.")
    orgs = {m.text: m.key for m in find_mentions(text) if m.type == "ORG"}
    assert orgs["COA"] == orgs["Centraal Orgaan opvang asielzoekers"]
    assert orgs["NVWA"] == orgs["Nederlandse Voedsel- en Warenautoriteit"]


def test_a_body_name_after_a_title_is_not_split_into_a_department_and_a_person() -> None:
    text = "Een woordvoerder van de Vlaamse Confederatie Bouw laat weten dat de sector blij is."
    assert [(m.text, m.type) for m in find_mentions(text)] == [("Vlaamse Confederatie Bouw", "ORG")]


def test_safety_regions_and_national_branches_are_organisations() -> None:
    text = ("Volgens Veiligheidsregio Groningen kwamen er 640 meldingen binnen. Vluchtelingenwerk Nederland noemt "
            "dat zorgelijk. Gastheer Estland liet weten dat het klopt.")
    kinds = {m.text: m.type for m in find_mentions(text)}
    assert kinds["Veiligheidsregio Groningen"] == "ORG"
    assert kinds["Vluchtelingenwerk Nederland"] == "ORG"
    assert kinds["Estland"] == "LOC" and "Gastheer Estland" not in kinds  # a noun for a state, no organisation


def test_the_name_after_a_trade_noun_alone_is_the_company_too() -> None:
    text = ("Het FAVV roept repen van Chocolaterie Maasmeer terug. In Genk haalde Agnieszka Nowak alle repen van "
            "Maasmeer uit de rekken.")
    found = {m.text: (m.type, m.key) for m in find_mentions(text)}
    assert found["Maasmeer"] == found["Chocolaterie Maasmeer"] == ("ORG", "chocolaterie maasmeer")


def test_unlisted_names_running_into_a_country_and_short_mixed_case_acronyms() -> None:
    text = ("Volgens Koninklijke Horeca Nederland is het druk. Het College financieel toezicht (Cft) is kritisch. "
            "Als we het Cft negeren, gaat het mis. Gisteren gaf de Europese Commissie Nederland een boete.")
    found = {m.text: (m.type, m.key) for m in find_mentions(text)}
    assert found["Koninklijke Horeca Nederland"][0] == "ORG"
    assert found["Cft"] == found["College financieel toezicht"]
    assert found["Nederland"][0] == "LOC"  # a listed body and a country stay two


def test_a_body_name_of_three_words_after_a_spokesperson_is_not_a_person() -> None:
    text = "Een woordvoerder van Blue Horizon Cruises reageerde dat het bedrijf zich aan de afspraken houdt."
    assert [(m.text, m.type) for m in find_mentions(text)] == [("Blue Horizon Cruises", "ORG")]


def test_an_uninflected_nationality_after_a_given_name_is_a_surname() -> None:
    text = "Zowel gedeputeerde Jaimy Frans als voorzitter Murat Demir was er. Het is een Frans bedrijf."
    persons = [m.text for m in find_mentions(text) if m.type == "PER"]
    assert persons == ["Jaimy Frans", "Murat Demir"]


def test_listed_abbreviations_of_public_bodies_share_the_full_name_key() -> None:
    text = "Volgens DNB heeft een jongere 1.350 euro schuld. De Nederlandsche Bank waarschuwt ook."
    keys = {m.text: m.key for m in find_mentions(text)}
    assert keys["DNB"] == keys["De Nederlandsche Bank"]


def test_a_title_word_after_a_given_name_the_tagger_read_as_one_person_is_the_surname() -> None:
    text = "Jannie Koning (78) woont vlak bij die halte."
    assert [(m.text, m.type) for m in find_mentions(text, [(0, 13, "PER")])] == [("Jannie Koning", "PER")]
    assert [m.text for m in find_mentions(text, [(0, 6, "PER")])] == ["Jannie"]
