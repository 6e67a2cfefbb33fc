"""Entity resolution across articles: one entity per person/organisation/place however written."""

from __future__ import annotations

from pathlib import Path

import pytest

from duiding.analyse import mentions, quotes
from duiding.records import Article, ArticleAnalysis, LanguageLayer, Pledge
from duiding.resolve.entities import resolve
from duiding.store import Store

TEXTS = {
    "a1": ("2025-02-10", ("NAVO-topman Mark Rutte sprak in Brussel. „De steun blijft”, zei Rutte. "
                         "Ook de VS waren er, net als de Verenigd Koninkrijk-delegatie.")),
    "a2": ("2025-03-02", ("Volgens NAVO-chef Rutte moeten de Verenigde Staten meer doen. Amerika twijfelt. "
                         "President Volodymyr Zelensky was ook aanwezig.")),
    "a3": ("2024-04-05", ("Demissionair premier Rutte heeft steun van de meeste landen. Het VK steunt hem. "
                         "President Volodimir Zelenski bedankte hem. De Britten sturen drones.")),
    "a4": ("2025-03-03", ("Minister Anna Jansen zei dat de NAVO sterker is. Ook Piet Jansen, burgemeester van "
                         "Utrecht, was er. „Dit is goed nieuws”, zei Anna Jansen.")),
}


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "entities.db")
    for aid, (date, text) in TEXTS.items():
        article = Article(id=aid, source=f"{aid}.txt", text=text, date=date, date_precision="day")
        s.add_article(article)
        an = ArticleAnalysis(article_id=aid, language=LanguageLayer(backend="test"))
        an.mentions = mentions.extract(article, an)
        an.quotes = quotes.extract(article, an)
        if aid == "a2":
            an.pledges = [Pledge(giver="de Verenigde Staten", what="meer doen", span=(0, 10))]
        s.save_analysis(an)
    return s


def _by_name(store: Store) -> dict[str, object]:
    return {e.name: e for e in store.entities()}


def test_one_entity_per_person_with_fullest_name_roles_and_aliases(store: Store) -> None:
    entities = resolve(store)
    rutte = [e for e in entities if e.type == "PER" and "Rutte" in e.name]
    assert len(rutte) == 1
    e = rutte[0]
    assert e.name == "Mark Rutte" and "Rutte" in e.aliases
    roles = {(r["role"], r["date"]) for r in e.roles}
    assert ("NAVO-topman", "2025-02") in roles and ("demissionair premier", "2024-04") in roles
    assert e.mention_count >= 4


def test_places_merge_over_aliases_and_group_nouns(store: Store) -> None:
    entities = resolve(store)
    names = {e.name for e in entities}
    assert "Verenigde Staten" in names and "VS" not in names and "Amerika" not in names
    vk = next(e for e in entities if e.name == "Verenigd Koninkrijk")
    assert {"VK", "Britten"} <= set(vk.aliases)


def test_spelling_variants_merge_but_different_first_names_do_not(store: Store) -> None:
    entities = resolve(store)
    zel = [e for e in entities if "zelensk" in e.name.lower()]
    assert len(zel) == 1 and len(zel[0].aliases) == 1
    jansens = sorted(e.name for e in entities if e.name.endswith("Jansen"))
    assert jansens == ["Anna Jansen", "Piet Jansen"]


def test_analyses_get_entity_ids_and_canonical_speaker_names(store: Store) -> None:
    entities = resolve(store)
    rutte = next(e for e in entities if e.name == "Mark Rutte")
    an = store.get_analysis("a2")
    assert an is not None
    assert any(m.entity == rutte.id for m in an.mentions)
    assert all(m.entity is None for m in an.mentions if m.derived_from)
    (q,) = [q for q in an.quotes if q.speaker_entity == rutte.id]
    assert q.speaker == "Mark Rutte"  # written "NAVO-chef Rutte" in this article
    us = next(e for e in entities if e.name == "Verenigde Staten")
    assert an.pledges[0].giver_entity == us.id


def test_ids_are_stable_across_runs(store: Store) -> None:
    first = {e.name: e.id for e in resolve(store)}
    second = {e.name: e.id for e in resolve(store)}
    assert first == second


def test_person_entity_never_carries_a_title_and_surnames_join_the_full_name() -> None:
    from duiding.records import Mention
    from duiding.resolve.entities import build_entities

    text = "Burgemeester Ilse Verbeek opende de brug. Verbeek was blij. Staatssecretaris van Defensie Noor Bakkenes kwam."
    article = Article(id="t1", source="t1.txt", text=text, date="2025-05-01", date_precision="day")
    an = ArticleAnalysis(article_id="t1", language=LanguageLayer(backend="test"))
    an.mentions = mentions.extract(article, an)
    # a name span that kept its title (as a statistical tagger may give it) and a later surname
    an.mentions.append(Mention(text="Burgemeester Ilse Verbeek", span=(0, 25), type="PER",
                               key="burgemeester ilse verbeek"))
    later = Article(id="t2", source="t2.txt", text="Volgens Bakkenes zijn meer schepen nodig. Ook Verbeek zweeg.", date="2025-05-02")
    an2 = ArticleAnalysis(article_id="t2", language=LanguageLayer(backend="test"))
    an2.mentions = mentions.extract(later, an2)
    entities, key_to_id = build_entities([(article, an), (later, an2)])
    people = {e.name: e for e in entities if e.type == "PER"}
    assert set(people) == {"Ilse Verbeek", "Noor Bakkenes"}
    assert key_to_id[("PER", "burgemeester ilse verbeek")] == people["Ilse Verbeek"].id
    assert people["Noor Bakkenes"].mention_count == 2 and people["Ilse Verbeek"].mention_count == 4


def test_unnamed_body_speaker_keeps_its_words_but_links_to_the_named_organisation(tmp_path: Path) -> None:
    text = ("Het ministerie van Landbouw heeft de regels aangescherpt. Het ministerie verwacht dat boeren "
            "volgend jaar minder mest uitrijden. Mest Vrij zei dat de regels te streng zijn.")
    s = Store(tmp_path / "bodies.db")
    article = Article(id="b1", source="b1.txt", text=text, date="2025-06-01", date_precision="day")
    s.add_article(article)
    an = ArticleAnalysis(article_id="b1", language=LanguageLayer(backend="test"))
    an.mentions = mentions.extract(article, an)
    an.quotes = quotes.extract(article, an)
    s.save_analysis(an)
    entities = {e.id: e for e in resolve(s)}
    got = s.get_analysis("b1")
    body = next(q for q in got.quotes if q.text.startswith("boeren"))
    assert body.speaker == "Het ministerie"  # as written, not replaced by the entity name
    assert body.speaker_entity is not None and entities[body.speaker_entity].name == "Landbouw"


def test_role_spellings_name_one_function_and_history_groups_them() -> None:
    from duiding.resolve.entities import role_function
    from duiding.web.service import _role_history

    assert role_function("NAVO-topman") == role_function("secretaris-generaal van de NAVO")
    assert role_function("Demissionair premier") == "premier"
    assert role_function("dijkgraaf") == "dijkgraaf"
    roles = [
        {"role": "NAVO-chef", "date": "2025-02", "article": "b", "function": role_function("NAVO-chef")},
        {"role": "demissionair premier", "date": "2024-04", "article": "a", "function": "premier"},
        {"role": "NAVO-topman", "date": "2025-03", "article": "c", "function": role_function("NAVO-topman")},
        {"role": "NAVO-baas", "date": None, "article": "d", "function": role_function("NAVO-baas")},
    ]
    history = _role_history(roles)
    assert [r["role"] for r in history] == ["premier", "secretaris-generaal van de NAVO"]
    assert (history[1]["date"], history[1]["until"], history[1]["article"]) == ("2025-02", "2025-03", "b")
    assert set(history[1]["written"]) == {"NAVO-chef", "NAVO-topman", "NAVO-baas"}
