"""The ``quotes`` and ``entities`` commands over a small ingested corpus."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.conftest import run_cli

ART1 = """Premier Marten Hoekstra zei dinsdag dat Nederland meer geld uittrekt voor defensie.

„Dit is pas het begin”, zei Hoekstra na afloop. Oppositieleider Fenna Bos noemde het plan „te laat”.
"""
ART2 = """Volgens premier Hoekstra is de steun aan Oekraïne „onverminderd”.

Bronnen rond het kabinet zeggen dat er in juni een besluit valt.
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One ingest for all tests here (ingesting loads the language model, which takes a while)."""
    tmp = tmp_path_factory.mktemp("quotes_cli")
    src = tmp / "in"
    src.mkdir()
    (src / "2025-05-01-defensie.txt").write_text(ART1, encoding="utf-8")
    (src / "2025-06-10-oekraine.txt").write_text(ART2, encoding="utf-8")
    db = tmp / "test.db"
    res = run_cli("ingest", str(src), "--workers", "1", db=db)
    assert res.returncode == 0, res.stderr
    return db


def test_quotes_who_lists_statements_from_every_article(corpus: Path) -> None:
    db = corpus
    res = run_cli("quotes", "--who", "hoekstra", "--format", "json", db=db)
    assert res.returncode == 0, res.stderr
    rows = json.loads(res.stdout)
    assert {r["speaker"] for r in rows} == {"Marten Hoekstra"}
    assert len({r["article_id"] for r in rows}) == 2
    assert {"direct", "indirect", "mixed"} == {r["kind"] for r in rows}
    assert all(r["span"][1] > r["span"][0] for r in rows)


def test_quotes_filters_and_formats(corpus: Path) -> None:
    db = corpus
    res = run_cli("quotes", "--kind", "direct", "--format", "csv", db=db)
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert rows and all(r["kind"] == "direct" for r in rows)
    res = run_cli("quotes", "--who", "bronnen rond het kabinet", "--format", "md", db=db)
    assert res.stdout.startswith("# Quotes") and "juni" in res.stdout
    res = run_cli("quotes", "--kind", "maybe", db=db)
    assert res.returncode != 0 and "unknown kind" in res.stderr and "Traceback" not in res.stderr


def test_entities_lists_people_with_roles_and_aliases(corpus: Path) -> None:
    db = corpus
    res = run_cli("entities", "--type", "PER", "--format", "json", db=db)
    assert res.returncode == 0, res.stderr
    rows = {r["name"]: r for r in json.loads(res.stdout)}
    assert "Marten Hoekstra" in rows and "Hoekstra" not in rows
    assert "Hoekstra" in rows["Marten Hoekstra"]["aliases"] and "premier" in rows["Marten Hoekstra"]["roles"]
    assert rows["Marten Hoekstra"]["mention_count"] >= 3
