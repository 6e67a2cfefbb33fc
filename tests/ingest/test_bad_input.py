"""Each kind of bad input yields one clear, one-line IngestError (or a warning), never an exception."""

from __future__ import annotations

import codecs
import os
import random
import time
from pathlib import Path

import pytest

from duiding.ingest import iter_articles, read_path
from duiding.records import Article, IngestError
from tests.ingest.helpers import DATA, only_articles, only_errors

TEXT = (
    " date 2025-09-02 De gemeenteraad van Zuiderwaard heeft ingestemd met een nieuw café op het plein. "
    "Wethouder Eline Brouwer noemde het „een aanwinst” voor het centrum. De eigenaar, Daniël Kuiper, "
    "verwacht in het voorjaar open te gaan.\n"
)


def read_one(path: Path, **kw) -> Article | IngestError:
    items = list(iter_articles([str(path)], **kw))
    assert len(items) == 1, items
    return items[0]


def assert_one_line_error(item: Article | IngestError, path: Path, fragment: str) -> IngestError:
    assert isinstance(item, IngestError), item
    msg = str(item)
    assert "\n" not in msg and str(path) in msg and fragment in msg, msg
    return item


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encodings(tmp_path: Path, encoding: str):
    path = tmp_path / "oud.txt"
    path.write_bytes(TEXT.replace("„", '"').replace("”", '"').encode(encoding))
    art = read_one(path)
    assert isinstance(art, Article)
    assert "café" in art.text and "Daniël" in art.text
    assert any("cp1252" in w for w in art.warnings)


def test_cp1252_quotes(tmp_path: Path):
    path = tmp_path / "win.txt"
    path.write_bytes(TEXT.encode("cp1252"))  # „ and ” exist in cp1252 (0x84, 0x94)
    art = read_one(path)
    assert "„een aanwinst”" in art.text


@pytest.mark.parametrize(
    "bom,codec,name",
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
    ],
)
def test_byte_order_marks(tmp_path: Path, bom: bytes, codec: str, name: str):
    path = tmp_path / "bom.txt"
    path.write_bytes(bom + TEXT.encode(codec))
    art = read_one(path)
    assert isinstance(art, Article)
    assert art.date == "2025-09-02"  # the header is found behind the BOM
    assert art.text.startswith("De gemeenteraad") and "„een aanwinst”" in art.text
    assert any(name in w for w in art.warnings)


def test_utf16_without_bom(tmp_path: Path):
    path = tmp_path / "u16.txt"
    path.write_bytes(TEXT.encode("utf-16-le"))
    art = read_one(path)
    assert isinstance(art, Article) and "café" in art.text


@pytest.mark.parametrize("content", [b"", b"   \n\n\t \r\n"])
def test_empty_file(tmp_path: Path, content: bytes):
    path = tmp_path / "leeg.txt"
    path.write_bytes(content)
    assert_one_line_error(read_one(path), path, "empty file")


def test_binary_file(tmp_path: Path):
    rng = random.Random(7)
    path = tmp_path / "plaatje.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(4000)))
    assert_one_line_error(read_one(path), path, "binary file")


def test_random_bytes_without_signature(tmp_path: Path):
    rng = random.Random(3)
    path = tmp_path / "ruis.txt"
    path.write_bytes(bytes(rng.randrange(1, 256) for _ in range(4000)))
    assert_one_line_error(read_one(path), path, "binary file")


def test_large_file_rejected_without_reading(tmp_path: Path):
    path = tmp_path / "groot.txt"
    block = TEXT.encode() * 64
    with open(path, "wb") as fh:
        fh.writelines(block for _ in range(50_000_000 // len(block) + 1))
    assert path.stat().st_size > 50_000_000
    start = time.perf_counter()
    err = assert_one_line_error(read_one(path), path, "file too large")
    assert "MB > 20 MB" in err.message
    assert time.perf_counter() - start < 1.0  # refused from the size alone


def test_max_bytes_can_be_lowered(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT * 10, encoding="utf-8")
    assert_one_line_error(read_one(path, max_bytes=500), path, "file too large")
    assert isinstance(read_one(path, max_bytes=10_000), Article)


def test_truncated_utf8(tmp_path: Path):
    path = tmp_path / "afgekapt.txt"
    path.write_bytes((TEXT.rstrip() + " Eindelijk ë").encode("utf-8")[:-1])  # cut inside the two-byte 'ë'
    art = read_one(path)
    assert isinstance(art, Article)
    assert art.text.endswith("Eindelijk \ufffd")
    assert any("truncated" in w for w in art.warnings)


def test_nonexistent_path(tmp_path: Path):
    path = tmp_path / "bestaat-niet.txt"
    assert_one_line_error(read_one(path), path, "no such file")


def test_broken_symlink(tmp_path: Path):
    path = tmp_path / "link.txt"
    path.symlink_to(tmp_path / "weg.txt")
    assert_one_line_error(read_one(path), path, "no such file")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read files with mode 000")
def test_permission_denied(tmp_path: Path):
    path = tmp_path / "geheim.txt"
    path.write_text(TEXT, encoding="utf-8")
    path.chmod(0)
    try:
        assert_one_line_error(read_one(path), path, "permission denied")
    finally:
        path.chmod(0o644)


def test_jsonl_with_one_broken_line(tmp_path: Path):
    path = tmp_path / "stukken.jsonl"
    good = '{"title": "Brug dicht", "date": "2025-04-02", "text": "De brug over de Vaart is %s dicht. Dat meldt de provincie."}'
    path.write_text(
        "\n".join([good % "maandag", '{"title": "kapot", "text": "De', good % "dinsdag", ""]), encoding="utf-8"
    )
    items = list(iter_articles([str(path)]))
    arts, errs = only_articles(items), only_errors(items)
    assert [a.source for a in arts] == [f"{path}#L1", f"{path}#L3"]
    assert len(errs) == 1 and errs[0].line == 2
    assert_one_line_error(errs[0], path, ":2: malformed JSON line")


def test_malformed_json_file(tmp_path: Path):
    path = tmp_path / "kapot.json"
    path.write_text('{"title": "Brug dicht",\n "text": "De brug is dicht."\n "date": 3}', encoding="utf-8")
    err = assert_one_line_error(read_one(path), path, "malformed JSON")
    assert err.line == 3


def test_directory_where_a_file_is_expected(tmp_path: Path):
    items = list(read_path(str(tmp_path)))
    assert len(items) == 1
    assert_one_line_error(items[0], tmp_path, "is a directory")


def test_directory_is_read_recursively_and_hidden_files_skipped(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT.replace("café", "restaurant"), encoding="utf-8")
    (tmp_path / ".verborgen.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "c.txt").write_text(TEXT, encoding="utf-8")
    items = list(iter_articles([str(tmp_path)]))
    assert [Path(a.source).name for a in only_articles(items)] == ["a.txt", "b.txt"]


def test_html_with_no_article():
    path = DATA / "geen-artikel.html"
    assert_one_line_error(read_one(path), path, "HTML with no article")


def test_feed_entry_without_text():
    path = DATA / "feed.xml"
    items = list(iter_articles([str(path)]))
    errs = only_errors(items)
    assert len(only_articles(items)) == 2 and len(errs) == 1
    assert_one_line_error(errs[0], path, "#2")
    assert "Alleen een titel" in errs[0].message


def test_unbalanced_quotes_file(tmp_path: Path):
    path = tmp_path / "quotes.txt"
    path.write_text("Hij zei: \"Dit is het einde van 'het begin.\n\nDe raad zweeg „lang.", encoding="utf-8")
    art = read_one(path)
    assert isinstance(art, Article) and art.text.count('"') == 1
