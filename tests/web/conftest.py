"""A small store built from the fictional articles in tests/web/data, through the real ingest, analysis and
resolution, shared by the API and browser tests of this package."""

from __future__ import annotations

from pathlib import Path

import pytest

from duiding import jobs
from duiding.analyse import AnalysisOptions
from duiding.store import Store
from duiding.web import create_app
from duiding.web.settings import Settings

DATA = Path(__file__).parent / "data"
TOKEN = "test-token-7f3a"


def build_store(db: Path) -> Path:
    store = Store(db)
    paths = sorted(str(p) for p in DATA.iterdir() if p.is_file())
    summary = jobs.ingest(store, paths)
    assert not summary.errors, [str(e) for e in summary.errors]
    jobs.analyse(store, summary.ingested, AnalysisOptions(), workers=1)
    jobs.resolve(store)
    store.close()
    return db


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("web") / "web.db")


@pytest.fixture()
def writable_db(tmp_path: Path, web_db: Path) -> Path:
    """A private copy for tests that write (uploads), so the shared store stays as built."""
    target = tmp_path / "copy.db"
    src = Store(web_db)
    src.conn.execute(f"VACUUM INTO '{target}'")
    src.close()
    return target


@pytest.fixture()
def client(web_db: Path):
    from fastapi.testclient import TestClient

    with TestClient(create_app(Settings(db=str(web_db), token=TOKEN))) as c:
        yield c
