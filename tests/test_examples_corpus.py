"""Consistency checks for the bundled sample corpus in ``examples/`` and its gold annotations.

The gold files are used to evaluate quotes, dates, amounts, pledges and story clustering, so a
sentence that drifted away from its article (an edit to one but not the other) would silently
turn into a false negative. These tests catch that, and guard the corpus shape other tests rely on.
"""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
GOLD = EXAMPLES / "gold"
CONTENT_NS = "{http://purl.org/rss/1.0/modules/content/}encoded"
KINDS = {"direct", "indirect", "mixed"}
STATUSES = {"promised", "delivered", "considered"}


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _feed_items(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("item"))


def _item_text(item: ET.Element) -> str:
    body = item.findtext(CONTENT_NS) or item.findtext("description") or ""
    return html.unescape(re.sub(r"<[^>]+>", "\n", body))


def article_text(source: str) -> str:
    """The readable text of one gold source id: ``path``, ``path#L<n>`` (JSONL, 1-based) or ``path#<i>`` (feed)."""
    path_part, _, frag = source.partition("#")
    path = EXAMPLES / path_part
    if frag.startswith("L"):
        return _read_jsonl(path)[int(frag[1:]) - 1]["text"]
    if frag:
        return _item_text(_feed_items(path)[int(frag)])
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return json.loads(raw)["text"]
    if path.suffix in {".html", ".htm"}:
        return html.unescape(raw)
    return raw


def all_article_ids() -> list[str]:
    ids = [f"text/{p.name}" for p in sorted((EXAMPLES / "text").glob("*.txt"))]
    ids += [f"html/{p.name}" for p in sorted((EXAMPLES / "html").glob("*.html"))]
    ids += [f"json/{p.name}" for p in sorted((EXAMPLES / "json").glob("*.json"))]
    for p in sorted((EXAMPLES / "json").glob("*.jsonl")):
        ids += [f"json/{p.name}#L{i}" for i in range(1, len(_read_jsonl(p)) + 1)]
    for p in sorted((EXAMPLES / "feeds").glob("*.xml")):
        ids += [f"feeds/{p.name}#{i}" for i in range(len(_feed_items(p)))]
    return ids


@pytest.fixture(scope="module")
def quotes() -> list[dict]:
    return _read_jsonl(GOLD / "quotes.jsonl")


@pytest.fixture(scope="module")
def facts() -> list[dict]:
    return _read_jsonl(GOLD / "facts.jsonl")


@pytest.fixture(scope="module")
def stories() -> dict[str, list[str]]:
    return json.loads((GOLD / "stories.json").read_text(encoding="utf-8"))["stories"]


def test_corpus_has_enough_articles_in_every_format() -> None:
    ids = all_article_ids()
    assert len(ids) >= 15
    formats = Counter(i.split("/")[0] for i in ids)
    assert formats["text"] >= 5 and formats["html"] >= 2 and formats["feeds"] >= 2 and formats["json"] >= 3


def test_every_article_is_in_exactly_one_story(stories: dict[str, list[str]]) -> None:
    listed = [a for members in stories.values() for a in members]
    assert sorted(listed) == sorted(all_article_ids())
    assert len(listed) == len(set(listed))


def test_at_least_four_stories_with_three_or_more_articles(stories: dict[str, list[str]]) -> None:
    big = [k for k, members in stories.items() if len(members) >= 3]
    assert len(big) >= 4
    assert sum(1 for members in stories.values() if len(members) == 1) >= 2


def test_plain_text_articles_start_with_a_date_line() -> None:
    for p in (EXAMPLES / "text").glob("*.txt"):
        first = p.read_text(encoding="utf-8").split("\n", 1)[0]
        assert re.match(r"^ date \d{4}-\d{2}(-\d{2})?( |$)", first), p.name


def test_key_takeaway_blocks_have_three_bullets() -> None:
    with_block = 0
    for p in (EXAMPLES / "text").glob("*.txt"):
        lines = p.read_text(encoding="utf-8").splitlines()
        if "Key takeaways" in lines:
            i = lines.index("Key takeaways")
            assert all(line.startswith("- ") for line in lines[i + 1 : i + 4]), p.name
            assert not lines[i + 4].startswith("- "), p.name
            with_block += 1
    assert with_block >= 4


@pytest.mark.parametrize("source", all_article_ids())
def test_article_length_is_realistic(source: str) -> None:
    text = article_text(source)
    if source.startswith("html/"):
        body = re.search(r"<article.*?</article>", text, re.DOTALL)
        assert body, source
        text = re.sub(r"<[^>]+>", " ", body.group(0))
    assert 250 <= len(text.split()) <= 650, source


def test_quote_gold_is_well_formed_and_verbatim(quotes: list[dict]) -> None:
    ids = set(all_article_ids())
    assert len(quotes) >= 100
    for q in quotes:
        assert q["source"] in ids, q
        assert q["kind"] in KINDS, q
        assert q["speaker"].strip(), q
        assert q["sentence"] in article_text(q["source"]), q


def test_every_article_has_quotes(quotes: list[dict]) -> None:
    covered = {q["source"] for q in quotes}
    assert covered == set(all_article_ids())


def test_quote_gold_covers_all_kinds(quotes: list[dict]) -> None:
    kinds = Counter(q["kind"] for q in quotes)
    assert all(kinds[k] >= 10 for k in KINDS), kinds


def test_fact_gold_is_well_formed_and_verbatim(facts: list[dict]) -> None:
    ids = set(all_article_ids())
    assert len(facts) >= 40
    for fact in facts:
        assert fact["source"] in ids, fact
        sentence = fact["sentence"]
        assert sentence in article_text(fact["source"]), fact
        for d in fact["dates"]:
            assert d["text"] in sentence, d
            assert d["value"] is None or re.match(r"^(\d{4}(-\d{2}(-\d{2})?|-W\d{2}|-SU)?|P\d+[DWMY])$", d["value"]), d
        for a in fact["amounts"]:
            assert a["text"] in sentence, a
            assert isinstance(a["value"], (int, float)) and a["unit"], a
        for p in fact["pledges"]:
            assert p["giver"] and p["what"] and p["status"] in STATUSES, p
            assert p["amount"] is None or isinstance(p["amount"]["value"], (int, float)), p


def test_fact_gold_has_every_kind_of_fact(facts: list[dict]) -> None:
    dates = [d for f in facts for d in f["dates"]]
    pledges = [p for f in facts for p in f["pledges"]]
    assert sum(1 for d in dates if d["value"] is None and "month" in d.get("note", "")) >= 2
    assert {p["status"] for p in pledges} == STATUSES
    units = {a["unit"] for f in facts for a in f["amounts"]}
    assert {"EUR", "USD", "GBP", "%"} <= units


def test_near_duplicates_share_most_of_their_text() -> None:
    pairs = json.loads((GOLD / "stories.json").read_text(encoding="utf-8"))["near_duplicates"]
    assert pairs
    for a, b in pairs:
        ta, tb = article_text(a), article_text(b)
        assert ta != tb
        paras_a = {p.strip() for p in ta.split("\n\n") if len(p) > 80}
        paras_b = {p.strip() for p in tb.split("\n\n") if len(p) > 80}
        assert len(paras_a & paras_b) >= 0.7 * len(paras_a)
