"""Online story clustering: grouping by event, stable ids on update, twins, dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from duiding.records import Article, ArticleAnalysis, LanguageLayer, Mention
from duiding.resolve import stories
from duiding.store import Store
from tests.search.conftest import ARTICLES, _analysis, _memoised_embeddings, make_article  # noqa: F401


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "stories.db")
    for aid in ARTICLES:
        article = make_article(aid)
        s.add_article(article)
        s.save_analysis(_analysis(article))
    return s


def _groups(store: Store) -> set[frozenset[str]]:
    return {frozenset(s.articles) for s in store.stories()}


def test_articles_about_one_event_share_a_story(store: Store) -> None:
    stories.update(store)
    assert _groups(store) == {
        frozenset({"lucht1", "lucht2"}), frozenset({"woning1", "woning2"}), frozenset({"levering"}),
    }
    woning = next(s for s in store.stories() if "woning1" in s.articles)
    assert woning.title in {ARTICLES["woning1"][2], ARTICLES["woning2"][2]}
    assert (woning.first_date, woning.last_date) == ("2026-05-10", "2026-05-12")
    assert "Bakker" in woning.key_entities


def test_update_is_incremental_and_keeps_ids(store: Store) -> None:
    assert store.stories() == []
    stories.update(store)
    before = {s.id: set(s.articles) for s in store.stories()}
    late = Article(id="woning3", source="krant-a", date="2026-05-15", title="Utrecht zoekt oplossing voor bouwstop",
                   text="Wethouder Bakker van Utrecht heeft een akkoord met de provincie over de stikstofregels. "
                        "De drie stilgelegde bouwprojecten in Overvecht kunnen weer verder. "
                        "Woningcorporaties zijn blij dat de sociale huurwoningen toch dit jaar klaar kunnen zijn.")
    store.add_article(late)
    changed = stories.update(store)
    assert [s.id for s in changed] == [store.story_of("woning1")]
    after = {s.id: set(s.articles) for s in store.stories()}
    assert set(after) == set(before)
    assert after[store.story_of("woning1")] == {"woning1", "woning2", "woning3"}
    assert stories.update(store) == []


def test_near_duplicates_always_share_a_story(store: Store) -> None:
    base = " ".join([ARTICLES["levering"][3]] * 3)
    twin_text = base.replace("eerder dan verwacht", "sneller dan gedacht", 1)
    store.add_article(Article(id="kopie", source="krant-z", date="2026-03-03", title="Kopie", text=twin_text))
    result = store.add_article(Article(id="kopie2", source="krant-y", date="2026-11-30", title="Nog een kopie",
                                       text=twin_text + " Dat meldt een persbureau."))
    assert result.status == "near_duplicate"
    stories.update(store)
    assert store.story_of("kopie") == store.story_of("kopie2")


def test_dates_far_apart_cost_more() -> None:
    assert stories.day_range("2025-03") == (stories.date(2025, 3, 1).toordinal(), stories.date(2025, 3, 31).toordinal())
    assert stories.day_range("nonsense") is None
    near = stories.date_penalty(stories.gap_days(stories.day_range("2026-03-05"), *stories.day_range("2026-03-01")))
    far = stories.date_penalty(stories.gap_days(stories.day_range("2026-06-05"), *stories.day_range("2026-03-01")))
    assert near == 0 < far
    assert stories.date_penalty(400) == float("inf")


def test_reset_then_update_regroups_everything(store: Store) -> None:
    stories.update(store)
    groups = _groups(store)
    stories.reset(store)
    assert store.stories() == []
    stories.update(store)
    assert _groups(store) == groups


# -- event places ------------------------------------------------------------------------------------


def _locs(text: str, *names: str) -> list[tuple[str, tuple[int, int]]]:
    out = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            out.append((stories.fold(name), (start, start + len(name))))
            start = text.find(name, start + 1)
    return out


def test_event_place_is_where_the_gathering_happens() -> None:
    text = ("Europese regeringsleiders zijn vandaag in Madrid voor een spoedoverleg over de gasprijzen. "
            "Ook de Oekraïense president is in Madrid aanwezig.")
    assert stories.event_place(text, None, _locs(text, "Madrid", "Oekraïne")) == "madrid"
    war = "Premier Jansen wil dat de gesprekken over de oorlog in Oekraïne snel beginnen."
    assert stories.event_place(war, None, _locs(war, "Oekraïne")) is None
    press = "„Dit plan is nodig”, zei minister Vos op een persconferentie in Den Haag."
    assert stories.event_place(press, None, _locs(press, "Den Haag")) is None
    titled = "De ministers spraken urenlang over munitie en drones."
    locs = _locs(titled + " Vilnius", "Vilnius")
    assert stories.event_place(titled + " Vilnius", "Tweede dag van de NAVO-top in Vilnius", locs) == "vilnius"


def _add(store: Store, aid: str, day: str, title: str, text: str, names: list[tuple[str, str]]) -> None:
    article = Article(id=aid, source="krant-q", date=day, title=title, text=text,
                      date_precision="month" if len(day) == 7 else "day")
    store.add_article(article)
    an = ArticleAnalysis(article_id=aid, language=LanguageLayer(backend="test"), version="test")
    for name, etype in names:
        start = text.find(name)
        while start >= 0:
            an.mentions.append(Mention(text=name, span=(start, start + len(name)), type=etype,  # type: ignore[arg-type]
                                       key=stories.fold(name)))
            start = text.find(name, start + 1)
    store.save_analysis(an)


SUMMIT_NAMES = [("Jansen", "PER"), ("Oekraïne", "LOC"), ("Rusland", "LOC"), ("Madrid", "LOC"), ("Rome", "LOC"),
                ("Vilnius", "LOC"), ("NAVO", "ORG")]


def _two_summits(s: Store) -> None:
    _add(s, "madrid", "2026-02", "Europese leiders overleggen in Madrid over Oekraïne",
         "Premier Jansen en andere Europese regeringsleiders zijn vandaag in Madrid voor een spoedoverleg over "
         "Oekraïne. Aanleiding is de onzekerheid over de Amerikaanse steun aan het land. Jansen wil dat Europa "
         "meer doet voor de veiligheid van Oekraïne en de druk op Rusland opvoert.", SUMMIT_NAMES)
    _add(s, "rome", "2026-03", "Europese top in Rome: meer geld voor defensie",
         "Op een ingelaste top in Rome hebben Europese regeringsleiders afgesproken meer geld uit te trekken "
         "voor defensie. Premier Jansen zei na afloop dat Europa de veiligheid van Oekraïne serieus neemt. "
         "De leiders willen de druk op Rusland opvoeren en Oekraïne blijven steunen.", SUMMIT_NAMES)


def test_two_summits_in_different_cities_weeks_apart_are_two_stories(tmp_path: Path, monkeypatch) -> None:
    s = Store(tmp_path / "summits.db")
    _two_summits(s)
    stories.update(s)
    assert s.story_of("madrid") != s.story_of("rome")
    # the words alone (same leader, same war, month-only dates a month apart) would have joined them
    monkeypatch.setattr(stories, "PLACE_CONFLICT", 0.0)
    stories.reset(s)
    stories.update(s)
    assert s.story_of("madrid") == s.story_of("rome")


def test_articles_before_during_after_one_summit_share_a_story(tmp_path: Path) -> None:
    s = Store(tmp_path / "vilnius.db")
    _add(s, "voor", "2026-06-09", "NAVO-landen reizen verdeeld naar Vilnius",
         "De NAVO-landen reizen morgen naar Vilnius zonder akkoord over hun defensie-uitgaven. Premier Jansen "
         "wil dat de top in Vilnius een duidelijk jaartal afspreekt. Diplomaten verwachten lange onderhandelingen.",
         SUMMIT_NAMES)
    _add(s, "tijdens", "2026-06-10", "Eerste dag van de NAVO-top in Vilnius draait om drones",
         "De regeringsleiders spraken op de eerste dag vooral over drones en sabotage. Jansen zei dat Nederland "
         "extra luchtverdediging naar Oekraïne stuurt. Over de defensie-uitgaven is nog geen akkoord.",
         SUMMIT_NAMES)
    _add(s, "na", "2026-06-11", "Jansen verdedigt afspraken van Vilnius in de Kamer",
         "Premier Jansen heeft de afspraken van de NAVO-top in Vilnius verdedigd. Nederland moet daardoor "
         "meer aan defensie uitgeven. De oppositie vindt dat de premier te veel heeft beloofd.", SUMMIT_NAMES)
    stories.update(s)
    assert s.story_of("voor") == s.story_of("tijdens") == s.story_of("na") is not None


SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seed articles not present")
def test_seed_summits_are_told_apart(tmp_path: Path) -> None:
    from duiding import jobs
    from duiding.analyse import AnalysisOptions

    s = Store(tmp_path / "seeds.db")
    jobs.ingest(s, [str(SEEDS)])
    jobs.analyse(s, s.article_ids(), AnalysisOptions(), workers=1)
    stories.update(s)
    by_file = {row[1].split("/")[-1][:3]: row[0] for row in s.conn.execute("SELECT article_id, source FROM article_sources")}
    london, london2, anniversary, paris = (s.story_of(by_file[k]) for k in ("000", "001", "002", "003"))
    assert london == london2
    assert paris != london and anniversary != london and anniversary != paris
