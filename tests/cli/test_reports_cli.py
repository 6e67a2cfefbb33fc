"""`duiding report` and `duiding brief` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli
from tests.report.conftest import write_corpus


def test_report_writes_markdown_and_html_then_brief_reads_the_store(tmp_path: Path, db: Path) -> None:
    paths = write_corpus(tmp_path / "in")
    out = tmp_path / "verslag.md"
    res = run_cli("report", *map(str, paths), "-o", str(out), "--html", db=db)
    assert res.returncode == 0, res.stderr
    md = out.read_text(encoding="utf-8")
    assert "## Key takeaways" in md and "## Sources" in md
    html = out.with_suffix(".html").read_text(encoding="utf-8")
    assert "<h2 id=\"timeline\">" in html
    assert "wrote" in res.stderr

    res = run_cli("brief", "--format", "json", "--since", "2026-03", db=db)
    assert res.returncode == 0, res.stderr
    items = json.loads(res.stdout)
    assert items and all(i["date"] >= "2026-03" for i in items)
    assert all(s["article_id"] and s["title"] for i in items for s in i["sources"])

    res = run_cli("brief", "--entity", "Niemand Bestaatniet", db=db)
    assert res.returncode == 1
    assert res.stderr.strip().count("\n") == 0 and "Niemand" in res.stderr


def test_report_on_missing_file_fails_with_one_line(tmp_path: Path, db: Path) -> None:
    res = run_cli("report", str(tmp_path / "bestaat-niet.txt"), "-o", str(tmp_path / "r.md"), db=db)
    assert res.returncode != 0
    assert "Traceback" not in res.stderr
