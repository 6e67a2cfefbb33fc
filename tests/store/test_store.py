"""The SQLite store: idempotent ingest, near-duplicate links, schema versioning, transactions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from duiding.ingest import read_text_article
from duiding.records import ArticleAnalysis, LanguageLayer, Mention
from duiding.store import Store, StoreError
from duiding.store.schema import SCHEMA_VERSION

WIRE = (
    " date 2025-05-14 De Deense regering stuurt nog eens zes F-16-toestellen naar Oekraïne. Dat maakte minister "
    "Lars Holmgaard van Defensie woensdag bekend in Kopenhagen.\n"
    "De toestellen worden volgens het ministerie in de loop van de zomer overgedragen. Oekraïense piloten zijn "
    "al maanden in Denemarken in opleiding. \"We laten Kyiv niet in de steek\", zei Holmgaard.\n"
    "Het kabinet trekt er 1,2 miljard kronen voor uit, bovenop eerdere toezeggingen. De oppositie steunt het "
    "besluit, al wil zij meer zicht op de kosten van onderhoud en reserveonderdelen."
)


def test_same_article_twice_is_stored_once(tmp_path: Path) -> None:
    store = Store(tmp_path / "a.db")
    first = store.add_article(read_text_article(WIRE, "site-a/deense-f16.txt"))
    again = store.add_article(read_text_article(WIRE, "site-b/copy.txt"))
    assert first.status == "added"
    assert again.status == "duplicate" and again.article_id == first.article_id
    assert store.count_articles() == 1
    assert store.article_meta(first.article_id)["sources"] == ["site-a/deense-f16.txt", "site-b/copy.txt"]


def test_near_duplicate_is_linked_not_lost(tmp_path: Path) -> None:
    store = Store(tmp_path / "a.db")
    first = store.add_article(read_text_article(WIRE, "a.txt"))
    variant = WIRE.replace("De oppositie steunt", "Ook de oppositie in het parlement steunt") + (
        "\nEen woordvoerder van de NAVO noemde de stap belangrijk."
    )
    second = store.add_article(read_text_article(variant, "b.txt"))
    assert second.status == "near_duplicate"
    assert second.twin_id == first.article_id
    assert store.count_articles() == 2
    assert store.twins(first.article_id) == [second.article_id]


def test_unrelated_article_is_not_a_near_duplicate(tmp_path: Path) -> None:
    store = Store(tmp_path / "a.db")
    store.add_article(read_text_article(WIRE, "a.txt"))
    other = (" date 2025-05-15 De Tweede Kamer debatteert donderdag over de woningbouw in Utrecht. Wethouder "
             "Anouk Verbeek wil 4.000 huizen extra bouwen, maar de provincie vreest voor het groen rond de stad.")
    assert store.add_article(read_text_article(other, "c.txt")).status == "added"


def test_schema_version_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    Store(path).close()
    store = Store(path)
    assert store.schema_version == SCHEMA_VERSION
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="junk.db"):
        Store(path)


def test_failed_analysis_write_keeps_previous(tmp_path: Path) -> None:
    store = Store(tmp_path / "a.db")
    aid = store.add_article(read_text_article(WIRE, "a.txt")).article_id
    good = ArticleAnalysis(aid, LanguageLayer("tokens"), mentions=[Mention("Lars Holmgaard", (90, 104), "PER", "holmgaard")])
    store.save_analysis(good)
    bad = ArticleAnalysis(aid, LanguageLayer("tokens"), mentions=[Mention("x", None, "PER", "x")])  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        store.save_analysis(bad)
    kept = store.get_analysis(aid)
    assert kept is not None and [m.text for m in kept.mentions] == ["Lars Holmgaard"]
    assert [f["text"] for f in store.iter_facts("mention")] == ["Lars Holmgaard"]
