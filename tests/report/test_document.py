"""The report document: sections, citations that resolve, entity links that land, escaped HTML."""

from __future__ import annotations

import re

from duiding.report.document import build_report, render_html, render_markdown
from duiding.store import Store


def test_report_sections_and_citations(corpus):
    db, ids = corpus
    store = Store(db)
    report = build_report(store, ids)
    assert report.counts["articles"] == 3
    assert report.first_date == "2026-01-15" and report.last_date == "2026-03-04"
    assert [a.date for a in report.articles] == ["2026-03-04", "2026-03-02", "2026-01-15"]
    assert all(len(a.takeaways) == 3 for a in report.articles)
    # a citation's sentence number points at the sentence holding the takeaway's first source
    first = report.articles[1]
    analysis = store.get_analysis(first.id)
    for line, t in zip(first.takeaways, analysis.takeaways):
        sent = analysis.language.sentences[line.cites[0].sentence - 1]
        assert sent.start <= t.sources[0][0] < sent.end

    md = render_markdown(report)
    for heading in ("## Key takeaways", "## Who said what", "## Timeline", "## Pledges", "## Entities", "## Sources"):
        assert heading in md
    anchors = set(re.findall(r'<a id="([^"]+)"></a>', md))
    links = set(re.findall(r"\]\(#([^)]+)\)", md))
    assert links and links <= anchors  # every link lands on a section
    assert any(link.startswith("ent-") for link in links)
    assert all(f"src-{i[:8]}" in anchors for i in ids)


def test_report_timeline_and_speakers(corpus):
    db, ids = corpus
    report = build_report(Store(db), ids)
    assert report.timeline and all(re.match(r"^\d{4}", r.date) for r in report.timeline)
    assert [r.date for r in report.timeline] == sorted(r.date for r in report.timeline)
    if report.speakers:  # quotes come from the quotes extractor
        assert any("Blom" in s.name for s in report.speakers)


def test_html_is_standalone_and_escaped(corpus):
    db, ids = corpus
    html = render_html(build_report(Store(db), ids))
    assert html.startswith("<!DOCTYPE html>") and "</html>" in html
    assert "<om geld>" not in html and "&lt;om geld&gt;" in html
    assert 'href="http' not in html.split("<body>")[0]  # no external assets
    for anchor in set(re.findall(r'href="#([^"]+)"', html)):
        assert f'id="{anchor}"' in html
