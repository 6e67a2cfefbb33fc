"""Marking spans in article text: nesting, crossing spans, escaping, paragraphs keep offsets."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from duiding.web.highlight import Mark, highlight, highlight_paragraphs, is_subheading

TEXT = "Minister Hanneke Verbeek zei maandag: „We kunnen niet wachten tot het water aan de deur staat.”"


class _Collect(HTMLParser):
    """Text content plus a check that every tag closes in order (well-formed nesting)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.stack: list[str] = []
        self.ok = True
        self.marked: dict[str, str] = {}
        self._open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append(tag)
        ident = dict(attrs).get("data-mark") or ""
        self._open.append(ident)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.ok = False
        self._open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        for ident in self._open:
            if ident:
                self.marked[ident] = self.marked.get(ident, "") + data


def _parse(html: str) -> _Collect:
    p = _Collect()
    p.feed(html)
    p.close()
    return p


def test_nested_and_crossing_spans_stay_well_formed_and_cover_their_text() -> None:
    name = (TEXT.index("Hanneke"), TEXT.index(" zei"))
    quote = (TEXT.index("„"), len(TEXT))
    day = (TEXT.index("maandag"), TEXT.index("maandag") + len("maandag"))
    crossing = (TEXT.index("zei"), TEXT.index("kunnen"))  # starts outside the quote, ends inside it
    marks = [Mark(*quote, "quote", ident="q"), Mark(*name, "mention", "PER", ident="n"),
             Mark(*day, "date", ident="d"), Mark(*crossing, "amount", ident="x")]
    parsed = _parse(str(highlight(TEXT, marks)))
    assert parsed.ok and not parsed.stack
    assert "".join(parsed.text) == TEXT
    for ident, (start, end) in {"q": quote, "n": name, "d": day, "x": crossing}.items():
        assert parsed.marked[ident] == TEXT[start:end]


def test_a_crossing_span_is_split_into_pieces_sharing_one_id() -> None:
    html = str(highlight(TEXT, [Mark(0, 20, "quote", ident="a"), Mark(10, 30, "date", ident="b")]))
    assert html.count('data-mark="b"') == 2
    assert _parse(html).ok


def test_text_and_attributes_are_escaped() -> None:
    text = 'Zij schreef <script>alert("x")</script> in de mail.'
    html = str(highlight(text, [Mark(0, 3, "mention", "PER", title='"><img src=x>', href="/entities/e1")]))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<img" not in html
    assert "".join(_parse(html).text) == text


def test_spans_outside_the_text_are_clipped_or_dropped() -> None:
    html = str(highlight("kort", [Mark(2, 99, "date", ident="a"), Mark(50, 60, "quote", ident="b")]))
    assert 'data-mark="a"' in html and 'data-mark="b"' not in html
    assert "".join(_parse(html).text) == "kort"


def test_paragraph_blocks_keep_every_character_in_place() -> None:
    text = "Eerste alinea met Verbeek.\nTussenkop over geld\nTweede alinea, die „loopt\ndoor” over twee regels."
    start = text.index("„")
    end = text.index("”") + 1
    html = str(highlight_paragraphs(text, [Mark(start, end, "quote", ident="q")]))
    parsed = _parse(html)
    assert parsed.ok
    assert "".join(parsed.text) == text  # offsets used by #pos-START-END links still match
    # a quote running over a paragraph break is split: the newline itself sits between the blocks
    assert parsed.marked["q"] == text[start:end].replace("\n", "")
    assert re.search(r"<h3 class=\"para\">Tussenkop over geld</h3>", html)


def test_subheading_heuristic() -> None:
    assert is_subheading("Zorgen bij boeren")
    assert not is_subheading("De minister zei dat het kabinet op tijd is.")
    assert not is_subheading("kleine letter kop")
