"""`duiding search` and `duiding stories` as a user runs them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from duiding.store import Store
from tests.conftest import run_cli
from tests.search.conftest import ARTICLES, make_article


def _store(db: Path) -> None:
    s = Store(db)
    for aid in ARTICLES:
        s.add_article(make_article(aid))
    s.close()


def test_search_formats(db: Path) -> None:
    _store(db)
    res = run_cli("search", "luchtverdediging", "--format", "json", "--limit", "3", db=db)
    assert res.returncode == 0, res.stderr
    hits = json.loads(res.stdout)
    assert 0 < len(hits) <= 3
    assert all({"article_id", "span", "sentence", "snippet", "date", "title", "source"} <= set(h) for h in hits)
    assert any("**luchtverdediging" in h["snippet"].lower() for h in hits)

    res = run_cli("search", "woningen", "--format", "csv", "--source", "krant-c", "--mode", "text", db=db)
    assert res.returncode == 0, res.stderr
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert rows and {r["article_id"] for r in rows} == {"woning2"}

    res = run_cli("search", "Oekraine", "--format", "md", "--mode", "text", db=db)
    assert res.returncode == 0 and "**Oekraïne**" in res.stdout

    res = run_cli("search", "Oekraine", "--mode", "text", db=db)
    assert res.returncode == 0 and "Oekraïne" in res.stdout


def test_stories_lists_groups(db: Path) -> None:
    _store(db)
    res = run_cli("stories", "--format", "json", db=db)
    assert res.returncode == 0, res.stderr
    listed = json.loads(res.stdout)
    groups = {frozenset(a["id"] for a in s["articles"]) for s in listed}
    assert frozenset({"woning1", "woning2"}) in groups
    res = run_cli("stories", "--format", "md", db=db)
    assert res.returncode == 0 and res.stdout.startswith("# Stories")


def test_errors_are_one_line(tmp_path: Path) -> None:
    res = run_cli("search", "iets", db=tmp_path / "missing" / "x.db")
    assert res.returncode == 1
    assert res.stderr.strip().count("\n") == 0 and "does not exist" in res.stderr
    res = run_cli("search", "iets", "--mode", "fuzzy", db=tmp_path / "x.db")
    assert res.returncode == 1 and "--mode" in res.stderr


def test_bad_date_filter_is_refused(db: Path) -> None:
    _store(db)
    res = run_cli("search", "woningen", "--since", "gisteren", db=db)
    assert res.returncode == 1 and "--since" in res.stderr
