"""JSON, HTML, feeds and stdin: metadata lands in the right fields, chrome stays out of the body."""

from __future__ import annotations

import io
import json
from pathlib import Path

from duiding.ingest import iter_articles
from duiding.records import Article
from tests.ingest.helpers import DATA, assert_offsets_exact, only_articles, only_errors

BODY = (
    "De waterschappen in het oosten van het land verhogen de dijken langs de IJssel. Dijkgraaf Ruud Hoekstra "
    "zei woensdag dat het werk tien jaar duurt. „We kunnen niet wachten tot het misgaat”, aldus Hoekstra."
)


def _read(tmp_path: Path, name: str, content: str) -> list:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return list(iter_articles([str(path)]))


def test_json_object_with_common_field_names(tmp_path: Path):
    doc = {
        "headline": "Dijken langs IJssel omhoog",
        "published_at": "2025-05-14T18:02:00+02:00",
        "link": "https://krant.example/dijken",
        "full_text": BODY,
        "key_takeaways": ["De dijken gaan omhoog.", "Het werk duurt tien jaar."],
    }
    [art] = _read(tmp_path, "a.json", json.dumps(doc))
    assert isinstance(art, Article)
    assert art.title == "Dijken langs IJssel omhoog" and art.url == "https://krant.example/dijken"
    assert (art.date, art.date_precision) == ("2025-05-14", "day")
    assert art.provided_takeaways == ["De dijken gaan omhoog.", "Het werk duurt tien jaar."]
    assert art.text == BODY and art.format == "json"


def test_json_array_and_wrapper(tmp_path: Path):
    items = [
        {"title": "Een", "body": BODY, "date": "14 mei 2025"},
        {"title": "Twee", "content": BODY + " Slot.", "pubDate": "Wed, 14 May 2025 10:00:00 +0200"},
    ]
    arts = _read(tmp_path, "lijst.json", json.dumps(items))
    assert [a.title for a in arts] == ["Een", "Twee"]
    assert [a.date for a in arts] == ["2025-05-14", "2025-05-14"]
    assert arts[0].source.endswith("lijst.json#1")
    wrapped = _read(tmp_path, "wrap.json", json.dumps({"articles": items}))
    assert [a.title for a in wrapped] == ["Een", "Twee"]


def test_json_html_body_and_summary_bullets(tmp_path: Path):
    doc = {
        "title": "Dijken",
        "text": "<p>" + BODY + "</p><p>Tweede <b>alinea</b> met meer nieuws.</p>",
        "summary": "- Dijken omhoog\n- Tien jaar werk",
    }
    [art] = _read(tmp_path, "h.json", json.dumps(doc))
    assert art.text == BODY + "\nTweede alinea met meer nieuws."
    assert art.provided_takeaways == ["Dijken omhoog", "Tien jaar werk"]


def test_json_without_text_field_is_an_error(tmp_path: Path):
    [err] = _read(tmp_path, "x.json", json.dumps({"title": "Alleen een kop"}))
    assert "no article text" in str(err)


def test_json_lines_in_a_dot_json_file(tmp_path: Path):
    lines = [json.dumps({"text": BODY}), json.dumps({"text": BODY + " Nog een zin."})]
    arts = _read(tmp_path, "stroom.json", "\n".join(lines))
    assert len(only_articles(arts)) == 2 and arts[1].source.endswith("#L2")


def test_html_article():
    [art] = list(iter_articles([str(DATA / "artikel.html")]))
    assert isinstance(art, Article), art
    assert art.format == "html"
    assert art.title and "zwembad" in art.title
    assert art.url == "https://dorpsblad.example/lokaal/zwembad-dicht"
    assert (art.date, art.date_precision) == ("2025-10-14", "day")
    assert art.text.startswith("Het gemeentelijk zwembad")  # headline and byline are not body
    for chrome in ("LEES OOK", "Door Marit", "Meest gelezen", "cookies", "Home"):
        assert chrome not in art.text
    assert "Protest van zwemclub" in art.text.split("\n")
    assert_offsets_exact(art)


def test_feed_entries():
    items = list(iter_articles([str(DATA / "feed.xml")]))
    arts = only_articles(items)
    assert [a.title for a in arts] == ["Provincie investeert in fietspaden", "Markt verhuist naar het plein"]
    first, third = arts
    assert first.source.endswith("feed.xml#1") and third.source.endswith("feed.xml#3")
    assert first.date == "2025-10-14"  # local date, not shifted to UTC
    assert third.date == "2025-10-13"
    assert first.url == "https://dorpsblad.example/regio/fietspaden"
    assert "<p>" not in first.text and first.text.count("\n") == 1
    assert len(only_errors(items)) == 1


def test_stdin_binary_and_text_streams():
    raw = (" date 2025-05 " + BODY).encode("cp1252")
    [art] = list(iter_articles(["-"], stdin=io.BytesIO(raw)))
    assert art.source == "<stdin>" and art.date == "2025-05" and "„We kunnen" in art.text
    [art2] = list(iter_articles(["-"], stdin=io.StringIO(json.dumps({"title": "T", "text": BODY}))))
    assert art2.title == "T" and art2.format == "json"
    [err] = list(iter_articles(["-"], stdin=io.BytesIO(b"")))
    assert "<stdin>" in str(err)


def test_dateline_when_no_metadata(tmp_path: Path):
    [art] = _read(tmp_path, "d.txt", "ZWOLLE, 3 februari 2025 - " + BODY)
    assert (art.date, art.date_precision) == ("2025-02-03", "day")
    assert art.text.startswith("ZWOLLE, 3 februari 2025")
    [art2] = _read(tmp_path, "e.txt", "Arnhem 03-02-2025 | " + BODY)
    assert art2.date == "2025-02-03"
    [art3] = _read(tmp_path, "f.txt", BODY + "\nVolgens het plan is de dijk op 1 maart 2031 klaar.")
    assert art3.date is None  # a date in the body is not a publication date


def test_json_file_without_any_article_is_one_error(tmp_path: Path):
    lines = [json.dumps({"source": "a.txt", "sentence": f"Zin {i}.", "label": "PER"}) for i in range(5)]
    [err] = _read(tmp_path, "annotaties.jsonl", "\n".join(lines))
    assert "no article text in any of its 5 items" in str(err)


def test_atom_feed_with_html_content(tmp_path: Path):
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Waterschap nieuws</title>
<entry><title>Dijken omhoog</title><link href="https://ws.example/dijken"/>
<published>2025-05-14T23:30:00+02:00</published>
<content type="html">&lt;p&gt;{BODY}&lt;/p&gt;&lt;p&gt;Foto: ANP&lt;/p&gt;</content></entry>
</feed>"""
    [art] = _read(tmp_path, "atom.xml", atom)
    assert art.title == "Dijken omhoog" and art.url == "https://ws.example/dijken"
    assert art.date == "2025-05-14" and art.text == BODY
    assert [r.reason for r in art.removed] == ["credit"]
