"""A small analysed corpus (fictional Dutch articles) shared by the brief and report tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from duiding import jobs
from duiding.store import Store

ARTICLES = [
    {
        "title": "Kabinet trekt 800 miljoen uit voor sterkere dijken",
        "date": "2026-03-02",
        "text": (
            "Het kabinet trekt 800 miljoen euro uit voor de versterking van de dijken langs de grote rivieren. "
            "Minister van Infrastructuur Jeroen Blom maakte het plan dinsdag bekend in Den Haag.\n\n"
            "Volgens Rijkswaterstaat voldoet ruim een derde van de dijken niet aan de nieuwe normen. "
            "„We kunnen niet wachten tot het water over de dijk komt”, zei Blom. "
            "Het werk moet in 2035 klaar zijn.\n\n"
            "De Unie van Waterschappen noemt het bedrag een goede eerste stap, maar waarschuwt dat de kosten "
            "van materiaal snel stijgen."
        ),
    },
    {
        "title": "Waterschappen blij met geld voor dijken",
        "date": "2026-03-04",
        "text": (
            "Het kabinet trekt 800 miljoen euro uit voor de versterking van de dijken langs de grote rivieren. "
            "De waterschappen reageren opgelucht op het plan van minister Jeroen Blom.\n\n"
            "Voorzitter Karin Smit van de Unie van Waterschappen zei woensdag dat het geld hard nodig is. "
            "Zij waarschuwt wel dat er te weinig technici zijn om alle dijken op tijd te versterken. "
            "De eerste projecten beginnen volgend jaar in Gelderland."
        ),
    },
    {
        "title": "Zwolle sluit twee zwembaden <om geld> te besparen",
        "date": "2026-01-15",
        "text": (
            "De gemeente Zwolle sluit volgend jaar twee van haar vier zwembaden. "
            "Wethouder Anna de Wit zegt dat de energiekosten te hoog zijn geworden. "
            "Zwemclubs reageren boos en zijn een petitie begonnen die al 4.000 keer is getekend. "
            "De gemeenteraad stemt in maart over het voorstel."
        ),
    },
]


def write_corpus(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, art in enumerate(ARTICLES):
        path = folder / f"artikel-{i}.json"
        path.write_text(json.dumps(art, ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """(database path, article ids in ARTICLES order), ingested, analysed and resolved."""
    root = tmp_path_factory.mktemp("report")
    paths = write_corpus(root / "in")
    db = root / "corpus.db"
    store = Store(db)
    summary = jobs.ingest(store, [str(p) for p in paths])
    assert not summary.errors, summary.errors
    jobs.analyse(store, summary.article_ids)
    jobs.resolve(store)
    store.close()
    return db, summary.article_ids
