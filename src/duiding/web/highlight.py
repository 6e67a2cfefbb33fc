"""Article text as HTML with the extracted facts marked: spans become ``<mark>`` elements.

Spans may nest (a name inside a quote) or cross (a quote ending inside a date expression). The text is
cut at every span boundary; for each piece the open marks are compared with the marks that should be
open, and only the difference is closed and reopened, so nesting stays nesting and a crossing span is
split into pieces that share a ``data-mark`` id (the page script lights up all pieces together).
Every piece of text and every attribute is escaped: an article containing ``<script>`` shows as text.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

from markupsafe import Markup, escape

# Wider kinds open first so they enclose narrower ones at the same start.
_KIND_ORDER = {"quote": 0, "pledge": 1, "date": 2, "amount": 3, "mention": 4}


@dataclass(frozen=True)
class Mark:
    """One span to mark: ``kind`` picks the CSS class, ``title`` the tooltip, ``href`` makes it a link."""

    start: int
    end: int
    kind: str
    label: str = ""
    title: str = ""
    href: str | None = None
    ident: str = ""
    attrs: dict[str, str] = field(default_factory=dict, hash=False, compare=False)


def _sort_key(m: Mark) -> tuple[int, int, int]:
    return (m.start, -m.end, _KIND_ORDER.get(m.kind, 9))


def _open_tag(m: Mark) -> str:
    classes = f"hl hl-{m.kind}" + (f" hl-{m.kind}-{m.label}" if m.label else "")
    parts = [f'<mark class="{escape(classes)}" data-mark="{escape(m.ident)}"']
    if m.title:
        parts.append(f' title="{escape(m.title)}"')
    if m.href:
        parts.append(f' data-href="{escape(m.href)}" tabindex="0" role="link"')
    for k, v in m.attrs.items():
        parts.append(f' data-{escape(k)}="{escape(v)}"')
    return "".join(parts) + ">"


def _prepare(text: str, marks: Sequence[Mark]) -> list[Mark]:
    n = len(text)
    spans: list[Mark] = []
    for i, m in enumerate(marks):
        start, end = max(0, m.start), min(n, m.end)
        if end <= start:
            continue
        spans.append(Mark(start, end, m.kind, m.label, m.title, m.href, m.ident or f"m{i}", m.attrs))
    spans.sort(key=_sort_key)
    return spans


def _marked(text: str, spans: Sequence[Mark], lo: int, hi: int) -> str:
    """HTML for ``text[lo:hi]`` with the (sorted) spans that touch it; every mark is closed at ``hi``."""
    inside = [m for m in spans if m.start < hi and m.end > lo]
    cuts = sorted({lo, hi, *(max(lo, m.start) for m in inside), *(min(hi, m.end) for m in inside)})
    out: list[str] = []
    stack: list[Mark] = []
    for left, right in itertools.pairwise(cuts):
        wanted = [m for m in inside if m.start <= left and m.end >= right]
        common = 0
        while common < len(stack) and common < len(wanted) and stack[common] is wanted[common]:
            common += 1
        for _ in range(len(stack) - common):
            stack.pop()
            out.append("</mark>")
        for m in wanted[common:]:
            out.append(_open_tag(m))
            stack.append(m)
        out.append(str(escape(text[left:right])))
    out.extend("</mark>" for _ in stack)
    return "".join(out)


def highlight(text: str, marks: Sequence[Mark]) -> Markup:
    """``text`` as escaped HTML with ``marks`` applied; spans outside the text are clipped or dropped."""
    return Markup(_marked(text, _prepare(text, marks), 0, len(text)))


_END_PUNCT = tuple(".!?:;,”\"’'…)]»")


def is_subheading(line: str) -> bool:
    """A short line without closing punctuation between paragraphs reads as a subheading."""
    words = line.split()
    return 0 < len(words) <= 10 and len(line) <= 90 and line[:1].isupper() and not line.rstrip().endswith(_END_PUNCT)


def highlight_paragraphs(text: str, marks: Sequence[Mark]) -> Markup:
    """Like ``highlight`` but one block per line (paragraph or subheading). The newline characters stay in
    the DOM between the blocks, so the page's text content still equals the article text offset for offset
    (links like ``#pos-120-168`` select exactly the cited characters)."""
    spans = _prepare(text, marks)
    out: list[str] = []
    pos = 0
    first = True
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            tag = "h3" if not first and is_subheading(line) else "p"
            out.append(f'<{tag} class="para">{_marked(text, spans, pos, end)}</{tag}>')
            first = False
        else:
            out.append(str(escape(line)))
        if end < len(text):
            out.append("\n")
        pos = end + 1
    return Markup("".join(out))


def marks_for_article(doc: dict, entity_href: dict[str, str] | None = None) -> list[Mark]:
    """Marks for a contract article document (report.contract.article_document)."""
    hrefs = entity_href or {}
    marks: list[Mark] = []
    for i, m in enumerate(doc.get("mentions", [])):
        title = f"{m['type']}: {m['text']}" + (f" ({m['role']})" if m.get("role") else "")
        href = hrefs.get(m.get("entity") or "")
        marks.append(Mark(m["span"][0], m["span"][1], "mention", m["type"], title, href, f"mention-{i}"))
    for i, q in enumerate(doc.get("quotes", [])):
        who = q.get("speaker") or "onbekende spreker"
        marks.append(Mark(q["span"][0], q["span"][1], "quote", q.get("kind", ""), f"Citaat ({q.get('kind')}) van {who}",
                          None, f"quote-{i}"))
    for i, d in enumerate(doc.get("dates", [])):
        marks.append(Mark(d["span"][0], d["span"][1], "date", d.get("kind", ""),
                          f"Datum: {d.get('value') or 'niet op te lossen'}", None, f"date-{i}"))
    for i, a in enumerate(doc.get("amounts", [])):
        marks.append(Mark(a["span"][0], a["span"][1], "amount", a.get("kind", ""),
                          f"Bedrag/aantal: {a['value']:g} {a['unit']}", None, f"amount-{i}"))
    return marks
