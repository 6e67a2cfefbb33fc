"""Pledges: one ledger row per commitment, with giver, goods, amount, recipient and status."""

from __future__ import annotations

from duiding.analyse import pledges
from duiding.analyse.pipeline import AnalysisOptions, analyse_article
from duiding.records import Article, Pledge


def run(text: str, skip_mentions: bool = False) -> list[Pledge]:
    article = Article(id="t", source="t", text=text, date="2024-05", date_precision="month")
    skip = {"quotes", "takeaways"} | ({"mentions"} if skip_mentions else set())
    return analyse_article(article, AnalysisOptions(backend="tokens", skip=frozenset(skip))).pledges


LIST_SENTENCE = (
    "De minister is blij met de nieuwe steun aan Oekraïne. Zo heeft Noorwegen zo'n 300 miljoen euro toegezegd "
    "voor munitie, komen er vanuit de Denen 5000 drones, levert Italië pantservoertuigen en heeft Polen een "
    "hulppakket ter waarde van 90 miljoen euro toegezegd."
)


def test_a_listing_sentence_holds_one_pledge_per_clause() -> None:
    found = run(LIST_SENTENCE)
    assert [p.giver for p in found] == ["Noorwegen", "Denen", "Italië", "Polen"]
    by = {p.giver: p for p in found}
    assert by["Noorwegen"].amount == {"value": 300e6, "unit": "EUR"} and by["Noorwegen"].what == "munitie"
    assert by["Denen"].amount == {"value": 5000, "unit": "drones"}
    assert by["Italië"].what == "pantservoertuigen" and by["Italië"].amount is None
    assert by["Polen"].what == "hulppakket" and by["Polen"].amount == {"value": 90e6, "unit": "EUR"}
    assert all(p.status == "promised" and p.recipient == "Oekraïne" for p in found)
    for p in found:
        assert p.giver in LIST_SENTENCE[p.span[0] : p.span[1]]


def test_the_fallback_gazetteer_finds_givers_without_the_mentions_step() -> None:
    assert [p.giver for p in run(LIST_SENTENCE, skip_mentions=True)][:1] == ["Noorwegen"]


def test_delivered_and_considered() -> None:
    (p,) = run("Vorige maand leverde Spanje twintig tanks aan Oekraïne.")
    assert (p.giver, p.status, p.recipient, p.amount) == (
        "Spanje",
        "delivered",
        "Oekraïne",
        {"value": 20, "unit": "tanks"},
    )
    (p,) = run("Premier Jansen sluit niet uit dat België deelneemt aan een vredesmacht voor Moldavië.")
    assert (p.giver, p.status) == ("België", "considered")
    (p,) = run("Zweden overweegt gevechtsvliegtuigen naar Oekraïne te sturen.")
    assert (p.giver, p.status, p.what, p.recipient) == ("Zweden", "considered", "gevechtsvliegtuigen", "Oekraïne")


def test_hedged_promise_is_only_considered_and_future_delivery_is_a_promise() -> None:
    (p,) = run("Mogelijk levert Portugal ook raketten.")
    assert p.status == "considered"
    (p,) = run("Griekenland zal volgend jaar munitie leveren aan Oekraïne.")
    assert p.status == "promised" and p.date == "2025"


def test_negated_or_goodsless_cues_make_no_pledge() -> None:
    assert run("Hij zei dat hij namens Nederland geen concrete toezeggingen heeft gedaan.") == []
    assert run("Ook van Turkije is bekend dat het nog geen steun heeft toegezegd.") == []
    assert run("President Vos kondigde vorige maand zijn betrokkenheid aan.") == []
    assert run("Iedereen ziet de noodzaak de financiële middelen beschikbaar te stellen.") == []


def test_a_source_is_not_the_giver() -> None:
    (p,) = run("Verscheidene landen kondigden volgens NAVO-topman Jan de Wit extra steun voor Moldavië aan.")
    assert p.giver == "Verscheidene landen"


def test_cue_lists_load() -> None:
    hit = pledges.find_cue(["zo", "heeft", "duitsland", "20", "tanks", "toegezegd"])
    assert hit is not None and hit.cue.status == "promised"
    hit = pledges.find_cue(["schoof", "sluit", "niet", "uit", "dat"])
    assert hit is not None and hit.cue.status == "considered"


# --- with the tagged backend: open objects, relative clauses, context givers, look-alikes ---------------


def run_tagged(text: str, date: str = "2024-05-14") -> list[Pledge]:
    article = Article(id="t", source="t", text=text, date=date, date_precision="day")
    return analyse_article(article, AnalysisOptions(backend="fast", skip=frozenset({"takeaways"}))).pledges


def one(text: str) -> Pledge:
    found = run_tagged(text)
    assert len(found) == 1, found
    return found[0]


def test_paying_investing_ordering_and_giving_verbs_make_pledges() -> None:
    p = one("Noorwegen betaalt 40 miljoen euro aan Oekraïne voor munitie.")
    assert (p.giver, p.status, p.recipient, p.amount) == (
        "Noorwegen",
        "promised",
        "Oekraïne",
        {"value": 40e6, "unit": "EUR"},
    )
    p = one("Denemarken steekt 150 miljoen euro in een fonds voor Moldavië.")
    assert (p.giver, p.cue, p.recipient) == ("Denemarken", "steekt in", "Moldavië")
    p = one("Het kabinet bestelt twintig raketten voor Oekraïne.")
    assert (p.giver_key, p.amount, p.recipient) == ("nederland", {"value": 20, "unit": "raketten"}, "Oekraïne")
    p = one("Canada maakt 500 miljoen dollar vrij voor Oekraïne.")
    assert (p.giver, p.amount) == ("Canada", {"value": 500e6, "unit": "USD"})
    p = one("Italië draagt 30 miljoen euro bij aan het fonds voor Oekraïne.")
    assert (p.giver, p.status) == ("Italië", "promised")


def test_tense_of_the_giving_verb_sets_the_status() -> None:
    p = one("Duitsland droeg vorige week 25 transformatoren over aan Oekraïne.")
    assert (p.status, p.amount, p.date) == ("delivered", {"value": 25, "unit": "transformatoren"}, "2024-W19")
    assert one("Finland heeft Oekraïne 40 gasturbines geschonken.").status == "delivered"
    assert one("Roemenië zal de granaten in september overdragen aan Moldavië.").status == "promised"


def test_any_concrete_object_of_a_giving_verb_with_a_recipient_counts() -> None:
    p = one("Litouwen stuurde vorige maand honderd waterpompen naar Oekraïne.")
    assert (p.what, p.amount, p.recipient, p.status) == (
        "waterpompen",
        {"value": 100, "unit": "waterpompen"},
        "Oekraïne",
        "delivered",
    )
    p = one("Japan levert Oekraïne 80 bulldozers.")
    assert (p.what, p.recipient) == ("bulldozers", "Oekraïne")
    p = one("België zegde Moldavië vorig jaar 30 ambulances toe.")
    assert (p.giver, p.recipient, p.date) == ("België", "Moldavië", "2023")
    # no goods: letters, visits
    assert run_tagged("Premier De Boer stuurt een brief naar de Tweede Kamer.") == []
    assert run_tagged("Twee ministers gaan volgende week naar Oekraïne.") == []


def test_the_antecedent_of_a_relative_clause_is_the_giver() -> None:
    found = run_tagged(
        "Duitsland, dat eerder al 25 transformatoren overdroeg, stuurt nu ook noodstroomaggregaten naar Oekraïne."
    )
    assert [(p.giver, p.status, p.what) for p in found] == [
        ("Duitsland", "delivered", "transformatoren"),
        ("Duitsland", "promised", "noodstroomaggregaten"),
    ]
    found = run_tagged("Het kabinet stuurt extra geld naar Polen, dat eerder al 40 generatoren aan Oekraïne overdroeg.")
    assert [(p.giver, p.recipient) for p in found] == [("kabinet", "Polen"), ("Polen", "Oekraïne")]


def test_goods_as_subject_take_the_giver_from_context() -> None:
    found = run_tagged(
        "Estland levert zes lanceerinrichtingen aan Oekraïne. De eerste twee lanceerinrichtingen gaan in juli "
        "naar Oekraïne. Volgens de minister volgen de overige vier lanceerinrichtingen begin volgend jaar."
    )
    assert [(p.giver, p.amount["value"] if p.amount else None, p.date) for p in found] == [
        ("Estland", 6, "2024-05-14"),
        ("Estland", 2, "2024-07"),
        ("Estland", 4, "2025"),
    ]
    # a pledge before any named giver waits for the article's main giver
    found = run_tagged(
        "Minister Kok schrijft dat de eerste drie radars niet in mei, maar in juni in Oekraïne aankomen. "
        "Het kabinet houdt vast aan de planning om alle radars dit jaar te leveren."
    )
    assert [(p.giver_key, p.date) for p in found] == [("nederland", "2024-06"), ("nederland", "2024")]
    # retelling where money goes is no new pledge; without any pledge there is no context giver
    assert (
        len(run_tagged("Oostenrijk trekt 80 miljoen euro uit voor Oekraïne. Het geld gaat naar de energiesector.")) == 1
    )
    assert run_tagged("De eerste twee lanceerinrichtingen gaan in juli naar Oekraïne.") == []


def test_look_alike_verbs_are_no_pledges() -> None:
    assert run_tagged("Deze oorlog levert het Kremlin veel geld op.") == []
    assert run_tagged("De nieuwe wet levert kritiek op bij Frankrijk.") == []
    assert run_tagged("Frankrijk geeft aan dat het de steun wil voortzetten.") == []
    assert run_tagged("Italië draagt bij aan de stabiliteit in de regio.") == []
    assert run_tagged("Polen overweegt een extra Patriot-batterij in het oosten van het land te plaatsen.") == []
    assert run_tagged("De minister zei dat de nieuwe raketten voor Nederland al besteld zijn.") == []
    assert run_tagged("De industrie kan veel orders binnenhalen als het fonds er komt.") == []


def test_proposals_wishes_and_principles_are_considered() -> None:
    p = one("De Europese Commissie stelt voor om 50 miljard euro voor Oekraïne uit te trekken.")
    assert (p.giver, p.status) == ("Europese Commissie", "considered")
    assert one("Portugal wil 10 tanks aan Oekraïne geven.").status == "considered"
    assert one("Zweden is in principe bereid gevechtsvliegtuigen aan Oekraïne te leveren.").status == "considered"


def test_domestic_money_of_a_government_is_a_promise_but_a_company_investing_is_not() -> None:
    p = one("Het Rijk betaalt 90 procent van de kosten.")
    assert (p.giver, p.status, p.amount, p.recipient) == ("Rijk", "promised", {"value": 90, "unit": "%"}, None)
    p = one("Nederland investeert 2 miljard euro in de krijgsmacht.")
    assert (p.giver, p.amount) == ("Nederland", {"value": 2e9, "unit": "EUR"})
    assert run_tagged("Het bedrijf investeert 3 miljard euro in nieuwe fabrieken.") == []
    assert run_tagged("Het pakket wordt betaald uit het steunfonds voor Oekraïne.") == []
    # a named measure is something promised, even without an amount
    (p,) = run_tagged("De inflatie steeg naar 4 procent, en het kabinet belooft compensatie.")
    assert (p.giver_key, p.status, p.what) == ("nederland", "promised", "compensatie")


def test_inverted_order_puts_the_subject_after_the_verb_and_the_bare_country_is_the_recipient() -> None:
    found = run_tagged("Daarnaast overweegt het kabinet Letland vier mobiele hospitalen te schenken, zei de minister.")
    assert [(p.giver_key, p.recipient, p.status) for p in found] == [("nederland", "Letland", "considered")]


def test_separable_paying_verb_with_its_particle() -> None:
    found = run_tagged("Duitsland betaalt daar 12 miljoen euro aan mee, meldde het ministerie.")
    assert [(p.giver, p.amount) for p in found] == [("Duitsland", {"value": 12_000_000.0, "unit": "EUR"})]


def test_negated_goods_permission_and_a_price_are_no_pledges() -> None:
    assert run_tagged("Er komt geen Belgische drone over de grens zonder toestemming van Brussel.") == []
    assert run_tagged("Tot de uitspraak mag de fabrikant blijven leveren aan Saoedi-Arabië.") == []
    text = "De Poolse regering kondigde aan dat ze de haven van Gdansk voor 90 miljoen euro laat uitdiepen."
    assert run_tagged(text) == []


def test_a_promised_act_is_a_promise_of_its_speaker() -> None:
    text = (
        "Minister Anouk Verhoef heeft de Kamer toegezegd voor 1 juli een overzicht van de exportvergunningen te sturen."
    )
    found = run_tagged(text)
    assert [(p.giver, p.status) for p in found] == [("Anouk Verhoef", "promised")]
    assert "overzicht" in found[0].what
    found = run_tagged("Wethouder Ruud Kramer zegde toe dat hij volgende week met de bewoners in gesprek gaat.")
    assert [(p.giver, p.status) for p in found] == [("Ruud Kramer", "promised")]


def test_an_opening_eerder_is_an_adverb_not_a_participle_modifier() -> None:
    (p,) = run("Eerder schonk Denemarken al 4 miljoen euro aan het noodfonds van de Wereldbank.")
    assert (p.giver, p.status, p.amount) == ("Denemarken", "delivered", {"value": 4e6, "unit": "EUR"})


def test_a_part_of_earlier_money_takes_the_giver_from_context() -> None:
    found = run(
        "De Europese Commissie trekt 900 miljoen euro uit voor Georgië. Daarvan is 300 miljoen inmiddels overgemaakt."
    )
    assert [(p.giver, p.status) for p in found] == [
        ("Europese Commissie", "promised"),
        ("Europese Commissie", "delivered"),
    ]
    assert found[1].amount == {"value": 300e6, "unit": "EUR"}


def test_a_share_taken_on_is_a_promise_of_that_share() -> None:
    (p,) = run("Het viaduct kost 80 miljoen euro, waarvan België 20 miljoen euro voor zijn rekening neemt.")
    assert (p.giver, p.status, p.amount) == ("België", "promised", {"value": 20e6, "unit": "EUR"})
    (p,) = run("Spanje betaalt de rest en stelt de haven gratis beschikbaar.")
    assert (p.giver, p.status, p.what) == ("Spanje", "promised", "rest")


def test_a_coordinated_te_infinitive_shares_the_considering_verb() -> None:
    (p,) = run("Ook Estland overweegt aan te sluiten en 30 miljoen euro bij te dragen, meldt de regering in Tallinn.")
    assert (p.giver, p.status, p.amount) == ("Estland", "considered", {"value": 30e6, "unit": "EUR"})


def test_instellen_voor_is_no_proposal_and_the_promise_stands() -> None:
    (p,) = run("De provincie heeft toegezegd een noodfonds van 5 miljoen euro in te stellen voor getroffen vissers.")
    assert (p.status, p.amount) == ("promised", {"value": 5e6, "unit": "EUR"})


def test_own_forces_and_proceeds_are_no_pledges() -> None:
    assert run("Finland levert met 4.000 militairen zelf het grootste deel van de troepen.") == []
    assert run("Elke maand oorlog levert Moskou geld op voor de oorlogskas.") == []


def test_a_relative_clause_inside_a_longer_sentence_has_its_antecedent_as_giver() -> None:
    (p,) = run(
        "België werkt voor de levering samen met Noorwegen, dat eerder al 30 generatoren overdroeg aan Oekraïne."
    )
    assert (p.giver, p.status, p.recipient) == ("Noorwegen", "delivered", "Oekraïne")


def test_coordinated_and_gapped_givers_each_get_a_pledge() -> None:
    found = run("België en Noorwegen gaan samen 2 miljard euro investeren in havens en spoorlijnen.")
    assert [p.giver for p in found] == ["België", "Noorwegen"]
    assert all(p.amount == {"value": 2e9, "unit": "EUR"} for p in found)
    found = run("België betaalt 300 miljoen euro, Noorwegen de rest.")
    assert [(p.giver, p.what) for p in found] == [("België", "300 miljoen euro"), ("Noorwegen", "rest")]


def test_raising_committed_money_is_considered_and_a_present_passive_delivery_is_a_promise() -> None:
    found = run(
        "De provincie Zeeland stelt 4 miljoen euro beschikbaar voor vissers. "
        "Gedeputeerde Staten overwegen dat bedrag te verhogen als de crisis aanhoudt."
    )
    assert [p.status for p in found] == ["promised", "considered"]
    assert "verhogen" in found[1].what
    (p,) = run("De tanks worden in september door Denemarken aan Oekraïne geleverd.")
    assert (p.giver, p.status) == ("Denemarken", "promised")


# --- generalisation classes: separable money verbs, pronoun and public-body givers, proposals, retellings ----


def test_a_pronoun_subject_is_the_last_person_named() -> None:
    found = run_tagged(
        "Wethouder Anouk Vermeer presenteerde dinsdag de begroting. Ze trekt 12 miljoen euro uit voor nieuwe fietspaden."
    )
    assert [(p.giver, p.status, p.amount) for p in found] == [
        ("Anouk Vermeer", "promised", {"value": 12e6, "unit": "EUR"})
    ]
    (p,) = run_tagged("Minister Pieter Bakker sprak de boeren toe. Wel beloofde hij dat de mestregels later ingaan.")
    assert (p.giver, p.status) == ("Pieter Bakker", "promised") and "mestregels" in p.what
    # a pronoun in a relative clause with its own subject is not the giver of a company's own investment
    assert (
        run_tagged("Directeur Kees Wolters sprak. Hij wijst op de 2 miljard euro die zijn bedrijf heeft geïnvesteerd.")
        == []
    )


def test_a_public_body_opening_the_clause_beats_a_name_in_a_relative_clause() -> None:
    found = run_tagged("De gemeente trekt voor het plan 8 miljoen euro uit, waarvan 3 miljoen van het Rijk komt.")
    assert [(p.giver, p.amount) for p in found][:1] == [("gemeente", {"value": 8e6, "unit": "EUR"})]
    p = one("Het college stelt 4 miljoen euro beschikbaar voor de renovatie van het zwembad.")
    assert (p.giver, p.status) == ("college", "promised")
    p = one("De EU-commissie stelt 300 miljoen euro beschikbaar voor de wederopbouw van Syrië.")
    assert p.giver_key == "europese commissie"


def test_coordinated_public_bodies_are_both_givers() -> None:
    found = run_tagged("Het Rijk en de provincie trekken samen 90 miljoen euro uit voor de dijken.")
    assert sorted(p.giver for p in found) == ["Rijk", "provincie"]


def test_money_set_aside_with_the_amount_inside_a_separable_verb() -> None:
    p = one("Brussel heeft 2 miljard euro gereserveerd om boerenbedrijven te helpen hun productie om te schakelen.")
    assert (p.giver, p.status, p.amount) == ("Brussel", "promised", {"value": 2e9, "unit": "EUR"})
    p = one("De provincie maakt 15 miljoen euro vrij voor de natuur.")
    assert (p.giver, p.amount) == ("provincie", {"value": 15e6, "unit": "EUR"})


def test_an_earmarked_part_takes_the_giver_of_the_pledge_before() -> None:
    found = run_tagged(
        "Minister Eva de Graaf zegde 60 miljoen euro toe voor de ziekenhuizen. Daarvan is 20 miljoen bestemd voor "
        "extra ic-bedden."
    )
    assert [(p.giver, p.amount["value"]) for p in found if p.amount] == [("Eva de Graaf", 60e6), ("Eva de Graaf", 20e6)]


def test_proposals_options_and_measures_are_considered() -> None:
    p = one("De regering komt met een voorstel om de accijns op diesel een jaar te bevriezen.")
    assert (p.giver, p.status) == ("regering", "considered") and p.what.startswith("accijns")
    p = one("Wethouder Lotte Smit zei dat ze ook kijkt naar een korting op de parkeertarieven.")
    assert (p.giver, p.status, p.what) == ("Lotte Smit", "considered", "korting")
    p = one("Het college overweegt de bewoners een tegemoetkoming van 300 euro per gezin te bieden.")
    assert (p.giver, p.status, p.amount) == ("college", "considered", {"value": 300, "unit": "EUR"})
    p = one("Zweden overweegt zijn bijdrage aan dat fonds te verdubbelen tot 80 miljoen euro.")
    assert (p.giver, p.status) == ("Zweden", "considered")
    assert one("Het kabinet overweegt daarnaast boeren die verhuizen een garantie te geven.").what == "garantie"
    assert run_tagged("De trainer kijkt naar de wedstrijd van zondag.") == []


def test_a_retold_pledge_and_paying_with_something_are_no_new_pledges() -> None:
    found = run_tagged(
        "Duitsland zegde 40 miljoen euro toe aan Moldavië. Hij benadrukte dat Duitsland het geld via de Europese "
        "Investeringsbank beschikbaar stelt."
    )
    assert [(p.giver, p.what) for p in found] == [("Duitsland", "40 miljoen euro")]
    assert run_tagged("„Wij betalen met belastinggeld, dus wij bepalen de koers”, aldus wethouder Jansen.") == []


def test_a_part_another_party_pays_is_its_own_pledge() -> None:
    found = run_tagged("De gemeente trekt voor het plan 8 miljoen euro uit, waarvan 3 miljoen van de provincie komt.")
    assert [(p.giver, p.amount["value"]) for p in found if p.amount] == [("gemeente", 8e6), ("provincie", 3e6)]
    found = run_tagged(
        "Nederland en België investeren samen 900 miljoen euro in de haven. Van het bedrag komt 200 miljoen uit "
        "het Europese herstelfonds."
    )
    share = [p for p in found if p.amount and p.amount["value"] == 200e6]
    assert len(share) == 1 and "herstelfonds" in share[0].giver and share[0].giver_key != ""


def test_separable_verbs_in_a_subordinate_clause_and_a_cost_one_is_willing_to_cover() -> None:
    p = one("De staatssecretaris benadrukte dat Frankrijk tot 2030 nog eens 3 miljard euro in het spoornet steekt.")
    assert (p.giver, p.status, p.amount) == ("Frankrijk", "promised", {"value": 3e9, "unit": "EUR"})
    p = one("Wethouder Kim de Boer liet weten dat zij de extra kosten „in principe” wil dekken.")
    assert (p.giver, p.status, p.what) == ("Kim de Boer", "considered", "de extra kosten dekken")
    p = one("Ook een Haarlemse woningcorporatie overweegt mee te betalen, zei een woordvoerder.")
    assert (p.giver, p.status) == ("Haarlemse woningcorporatie", "considered")


def test_a_giver_word_with_its_name_keeps_the_name() -> None:
    p = one("De provincie Drenthe zegde toe 6 miljoen euro beschikbaar te stellen voor de compensatie van boeren.")
    assert "Drenthe" in p.giver and p.status == "promised"


def test_clearing_the_way_is_an_idiom() -> None:
    assert run_tagged("Het akkoord maakt de weg vrij voor gesprekken met Noorwegen over garanties.") == []
    assert run_tagged("Dat besluit zal de weg vrijmaken voor gesprekken met Canada over garanties.") == []


def test_willing_to_pay_without_an_object_is_no_pledge() -> None:
    assert run_tagged("Noorwegen wil snel betalen, zei de minister.") == []


def test_a_promise_that_is_a_statement_has_the_resolved_speaker_as_giver() -> None:
    text = ("Wethouder Hanneke Smit van Dordrecht sprak met de medewerkers. Ze belooft dat de gemeente alle "
            "medewerkers binnen een maand een gesprek over ander werk aanbiedt.")
    givers = [p.giver for p in run_tagged(text)]
    assert givers == ["Hanneke Smit"]
    # 'stelt ... beschikbaar, op voorwaarde dat' is no statement: the body itself is the giver
    text = ("Wethouder Hanneke Smit zei dat het theater open moet blijven. De gemeente Utrecht stelt 600.000 euro "
            "beschikbaar als krediet, op voorwaarde dat het theater een plan maakt.")
    assert [p.giver for p in run_tagged(text)] == ["Utrecht"]


def test_beschikbaar_stellen_voor_a_purpose_is_a_promise_not_a_proposal() -> None:
    text = ("Het ministerie van Justitie liet maandag weten dat het 2,5 miljoen euro beschikbaar stelt voor extra "
            "personeel in de jeugdinrichtingen.")
    (p,) = run_tagged(text)
    assert (p.status, p.amount) == ("promised", {"value": 2_500_000.0, "unit": "EUR"})
