"""Online story clustering: grouping by event, stable ids on update, twins, dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from duiding.records import Article
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
