"""timeline and pledges: dated events and the pledges ledger over a store, via the report functions and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from duiding import jobs
from duiding.analyse import AnalysisOptions
from duiding.report.ledger import ledger_rows, ledger_sums
from duiding.report.timeline import build_events
from duiding.store import Store
from tests.conftest import run_cli

# no takeaways or quotes: they are slow to set up and play no part here
OPTIONS = AnalysisOptions(backend="tokens", skip=frozenset({"takeaways", "quotes"}))

FIRST = """ date 2026-03-10
De Europese Commissie presenteert donderdag volgende week een plan voor een defensiefonds.
Vorige week maakte minister Eva Brandsma bekend dat Nederland 300 miljoen euro aan Oekraïne geeft.
Zo heeft Noorwegen 40 tanks toegezegd en levert Italië raketten.
"""

SECOND = """ date 2026-04
Denemarken leverde in maart twaalf F-16's aan Oekraïne.
Zweden overweegt gevechtsvliegtuigen te sturen. De top vindt eind juni plaats.
Nederland heeft 300 miljoen euro aan Oekraïne toegezegd, meldt het ministerie.
"""


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(FIRST, encoding="utf-8")
    (src / "b.txt").write_text(SECOND, encoding="utf-8")
    path = tmp_path / "t.db"
    with Store(path) as store:
        jobs.ingest(store, [str(src)])
        todo = jobs.needs_analysis(store, store.article_ids(), OPTIONS)
        jobs.analyse(store, todo, OPTIONS, workers=1)
    return path


def test_events_are_dated_ordered_and_filtered(store_path: Path) -> None:
    with Store(store_path) as store:
        events = build_events(store.iter_analyses())
    starts = [e.start for e in events]
    assert starts == sorted(starts)
    by_text = {e.date_text: e for e in events if e.date_text}
    assert by_text["donderdag volgende week"].date == "2026-03-19"
    assert by_text["donderdag volgende week"].kind == "planned"
    assert by_text["Vorige week"].date == "2026-W10"
    assert by_text["eind juni"].date == "2026-06"
    assert "Eva Brandsma" in by_text["Vorige week"].entities
    assert sum(e.kind == "publication" for e in events) == 2
    with Store(store_path) as store:
        april_on = build_events(store.iter_analyses(), since="2026-04")
    assert april_on and all(e.end >= "2026-04-01" for e in april_on)


def test_ledger_rows_and_sums(store_path: Path) -> None:
    with Store(store_path) as store:
        rows = ledger_rows(store.iter_analyses())
    givers = {(r.giver, r.status) for r in rows}
    assert ("Noorwegen", "promised") in givers and ("Italië", "promised") in givers
    assert ("Denemarken", "delivered") in givers and ("Zweden", "considered") in givers
    sums = {(s.giver, s.unit): s for s in ledger_sums(rows)}
    nl = sums[("Nederland", "EUR")]
    # reported in both articles, counted once
    assert nl.promised == 300e6 and nl.promised_count == 1 and len(nl.articles) == 2
    assert sums[("Zweden", "")].considered_count == 1 and sums[("Zweden", "")].promised == 0
    assert sums[("Denemarken", "F-16's")].delivered == 12


def test_cli_timeline_and_pledges(store_path: Path) -> None:
    res = run_cli("timeline", "--format", "json", "--since", "2026-03-15", "--until", "2026-06", db=store_path)
    assert res.returncode == 0, res.stderr
    events = json.loads(res.stdout)
    assert events and all("2026-03-15" <= e["last_day"] and e["first_day"] <= "2026-06-30" for e in events)
    res = run_cli("pledges", "--status", "delivered", "--format", "csv", db=store_path)
    assert res.returncode == 0, res.stderr
    lines = res.stdout.strip().splitlines()
    assert lines[0].startswith("giver,status,what") and len(lines) == 2 and "Denemarken" in lines[1]
    bad = run_cli("timeline", "--since", "gisteren", db=store_path)
    assert bad.returncode != 0 and "not a date" in bad.stderr and "Traceback" not in bad.stderr
