"""The CLI end to end: analyze prints the contract, ingest is idempotent and survives bad input and kills."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, REPO, needs_shared, run_cli


def _check_contract(doc: dict) -> None:
    tool = needs_shared("tools", "check_contract.py")
    res = subprocess.run([sys.executable, str(tool)], input=json.dumps(doc), capture_output=True, text=True)
    assert res.returncode == 0, res.stdout[-3000:]


def test_analyze_seeds_follows_the_contract(db: Path) -> None:
    seeds = needs_shared("seeds")
    res = run_cli("analyze", str(seeds), "--format", "json", db=db)
    assert res.returncode == 0, res.stderr
    doc = json.loads(res.stdout)
    _check_contract(doc)
    by_name = {Path(a["source"]).name: a for a in doc["articles"]}
    assert len(by_name) == 5
    dates = {name[:3]: a["date"] for name, a in by_name.items()}
    assert dates["000"] == "2025-03" and dates["002"] == "2024-04" and dates["003"] == "2025-02"
    fifth = next(a for n, a in by_name.items() if n.startswith("004"))
    assert len(fifth["provided_takeaways"]) == 3
    assert fifth["provided_takeaways"][0].startswith("De NAVO zal")
    assert "Key takeaways" not in fifth["text"]
    assert not any(t in fifth["text"] for t in fifth["provided_takeaways"])


def test_analyze_examples_follows_the_contract(db: Path) -> None:
    res = run_cli("analyze", str(EXAMPLES), "--format", "json", db=db)
    assert res.returncode == 0, res.stderr
    doc = json.loads(res.stdout)
    assert len(doc["articles"]) >= 15
    _check_contract(doc)


def test_ingest_twice_adds_nothing(db: Path, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i, town in enumerate(["Zwolle", "Breda", "Leeuwarden"]):
        (src / f"{i}.txt").write_text(
            f" date 2025-0{i + 4}-1{i} De gemeenteraad van {town} stemde dinsdag in met een plan voor "
            f"{i + 2}00 nieuwe woningen. Wethouder Sanne de Wit sprak van een doorbraak.\n", encoding="utf-8")
    first = run_cli("ingest", str(src), "--no-analyse", db=db)
    assert first.returncode == 0, first.stderr
    assert "ingested 3" in first.stderr
    second = run_cli("ingest", str(src), "--no-analyse", db=db)
    assert second.returncode == 0
    assert "ingested 0" in second.stderr and "skipped 3 as duplicate" in second.stderr
    listing = run_cli("ls", "--format", "json", db=db)
    assert len(json.loads(listing.stdout)) == 3


def test_bad_input_is_reported_per_file_and_the_rest_is_kept(db: Path, tmp_path: Path) -> None:
    src = tmp_path / "mixed"
    src.mkdir()
    (src / "good.txt").write_text(" date 2025-06-02 Minister Jorien Blok opende maandag in Assen een nieuwe "
                                  "brandweerkazerne. Die kostte 12 miljoen euro.\n", encoding="utf-8")
    (src / "empty.txt").write_text("", encoding="utf-8")
    (src / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    (src / "lines.jsonl").write_text(
        json.dumps({"title": "Dijkversterking", "date": "2025-06-03", "text": "Het waterschap begint dit najaar "
                    "met het versterken van de dijk bij Kampen, meldde dijkgraaf Teun Hoekstra."}) + "\n"
        + '{"title": "kapot", "text": "onaf\n', encoding="utf-8")
    res = run_cli("ingest", str(src), db=db)
    assert res.returncode == 1
    errors = [line for line in res.stderr.splitlines() if line.startswith("error:")]
    assert any("empty.txt" in e for e in errors)
    assert any("image.txt" in e for e in errors)
    assert any("lines.jsonl:2" in e for e in errors)
    assert "Traceback" not in res.stderr
    assert "ingested 2" in res.stderr
    assert len(json.loads(run_cli("ls", "--format", "json", db=db).stdout)) == 2


def test_killed_run_leaves_a_consistent_store_that_a_rerun_completes(db: Path, tmp_path: Path) -> None:
    src = tmp_path / "many"
    src.mkdir()
    for i in range(60):
        (src / f"{i:03d}.txt").write_text(
            f" date 2025-03-{i % 28 + 1:02d} Bericht {i}: de provincie Gelderland investeert {i + 3} miljoen euro "
            f"in fietspaden rond dorp nummer {i}. Gedeputeerde Ilse Kraaijeveld noemde het plan {i} "
            f"\"een stap vooruit\" voor de regio. Het geld komt uit het fonds {i * 7}.\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "duiding", "ingest", str(src), "--db", str(db), "--workers", "1"]
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
        try:
            with sqlite3.connect(db, timeout=5) as conn:
                stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.OperationalError:
            continue
        if stored >= 5:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(timeout=30)
    if stored < 5:
        pytest.skip("ingest finished before it could be interrupted")
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        partial = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 0 < partial <= 60
    rerun = run_cli("ingest", str(src), db=db)
    assert rerun.returncode == 0, rerun.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 60
        assert conn.execute("SELECT count(*) FROM analyses").fetchone()[0] == 60


def test_show_and_ls_formats(db: Path, tmp_path: Path) -> None:
    art = tmp_path / "one.txt"
    art.write_text(" date 2025-04-09 De Nederlandse marine neemt volgend jaar twee nieuwe fregatten in gebruik, "
                   "zei commandant Pieter Vos woensdag in Den Helder.\n", encoding="utf-8")
    assert run_cli("ingest", str(art), db=db).returncode == 0
    rows = json.loads(run_cli("ls", "--format", "json", db=db).stdout)
    aid = rows[0]["id"]
    md = run_cli("show", aid[:8], "--format", "md", db=db)
    assert md.returncode == 0 and "fregatten" in md.stdout and "2025-04-09" in md.stdout
    as_json = json.loads(run_cli("show", aid, "--format", "json", db=db).stdout)
    assert as_json["articles"][0]["id"] == aid
    csv_out = run_cli("ls", "--format", "csv", db=db).stdout.splitlines()
    assert csv_out[0].startswith("id,date,title") and aid in csv_out[1]
    missing = run_cli("show", "ffffffffffff", db=db)
    assert missing.returncode == 1 and "no article" in missing.stderr and "Traceback" not in missing.stderr
