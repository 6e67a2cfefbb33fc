from __future__ import annotations

import pytest

from duiding.ingest import read_path, read_text_article
from duiding.ingest.normalize import normalize
from tests.ingest.helpers import SEEDS, assert_offsets_exact

BODY = (
    "Het college van Veendorp wil de parkeertarieven in het centrum verhogen. Wethouder Lotte Ramaker zei "
    "dinsdag dat de opbrengst naar het openbaar vervoer gaat.\n\n"
    "Vervoer\n\n"
    "„We willen dat mensen de bus nemen”, zei Ramaker. De raad stemt eind mei over het voorstel."
)


def test_month_header_with_body_on_the_same_line():
    art = read_text_article(" date 2025-03 " + BODY, "a.txt")
    assert art.date == "2025-03" and art.date_precision == "month"
    assert art.text.startswith("Het college van Veendorp")
    assert "date" not in art.text.split("\n")[0][:10]
    assert_offsets_exact(art)


def test_day_header_on_its_own_line():
    art = read_text_article(" date 2024-11-05\n\n" + BODY, "a.txt")
    assert (art.date, art.date_precision) == ("2024-11-05", "day")
    assert art.warnings == []


def test_subheading_stays_in_the_body_as_its_own_paragraph():
    art = read_text_article(BODY, "a.txt")
    assert art.text.split("\n")[1] == "Vervoer"
    assert art.title is None


def test_no_date_is_a_warning_not_an_error():
    art = read_text_article(BODY, "a.txt")
    assert art.date is None and art.date_precision is None
    assert "no publication date" in art.warnings


def test_key_takeaways_go_to_provided_takeaways_not_the_body():
    text = "Key takeaways\n- Veendorp verhoogt de parkeertarieven.\n- De opbrengst gaat naar de bus.\n" + BODY
    art = read_text_article(text, "a.txt")
    assert art.provided_takeaways == ["Veendorp verhoogt de parkeertarieven.", "De opbrengst gaat naar de bus."]
    assert "Key takeaways" not in art.text and "- " not in art.text
    assert art.text.startswith("Het college")
    assert_offsets_exact(art)


def test_bullets_in_the_body_without_heading_stay_in_the_body():
    text = BODY + "\n\nDe plannen op een rij:\n- hogere tarieven\n- meer bussen"
    art = read_text_article(text, "a.txt")
    assert art.provided_takeaways == []
    assert "- meer bussen" in art.text


def test_clear_headline_becomes_title():
    art = read_text_article("Veendorp verhoogt parkeertarieven in centrum\n\n" + BODY, "a.txt")
    assert art.title == "Veendorp verhoogt parkeertarieven in centrum"
    assert art.text.startswith("Het college")


@pytest.mark.parametrize("first", ["Het besluit valt later.", "parkeren wordt duurder", "Vervoer"])
def test_no_title_when_first_line_is_not_clearly_a_headline(first: str):
    art = read_text_article(first + "\n\n" + BODY, "a.txt")
    assert art.title is None
    assert art.text.startswith(first)


def test_unbalanced_quotes_are_fine():
    text = " date 2025-06-01 „Dit gaat nooit werken, zei de wethouder. En toch 'stemde de raad in.\n\nEinde."
    art = read_text_article(text, "q.txt")
    assert art.text.startswith("„Dit gaat nooit werken")
    assert art.text.count("„") == 1


def test_same_article_from_two_paths_gets_the_same_id():
    a = read_text_article(BODY, "één.txt")
    b = read_text_article("\n\n" + BODY.replace("\n\n", "\r\n\r\n") + "\n", "twee.txt")
    assert a.id == b.id and len(a.id) == 16
    assert read_text_article(BODY + " Extra zin.", "drie.txt").id != a.id


SEED_DATES = {
    "000": ("2025-03", "month"),
    "001": ("2025-03", "month"),
    "002": ("2024-04", "month"),
    "003": ("2025-02", "month"),
    "004": (None, None),
}


@pytest.mark.parametrize("prefix", sorted(SEED_DATES))
def test_seeds(prefix: str):
    if not SEEDS.exists():
        pytest.skip("../shared/seeds not available")
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    raw = path.read_text(encoding="utf-8")
    [art] = list(read_path(str(path)))
    assert (art.date, art.date_precision) == SEED_DATES[prefix]
    assert art.removed == [] and art.title is None
    assert_offsets_exact(art)
    if prefix == "004":
        assert len(art.provided_takeaways) == 3
        assert "no publication date" in art.warnings
        assert not any(t[:40] in art.text for t in art.provided_takeaways)
        body = raw[raw.index("\n", raw.index(art.provided_takeaways[-1][-20:])) :]
    else:
        body = raw.split(SEED_DATES[prefix][0], 1)[1]
    assert art.text == normalize(body)[0]


def test_header_with_time():
    art = read_text_article(" date 2025-03-06T14:05:00+01:00 " + BODY, "a.txt")
    assert (art.date, art.date_precision) == ("2025-03-06", "day")
    assert art.text.startswith("Het college")
