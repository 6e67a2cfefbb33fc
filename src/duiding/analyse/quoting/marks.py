"""Direct quotes: the stretches of text between quote marks, in every Dutch style.

Handles „…”, „…“, ,,…", “…”, "…", ‘…’, '…' and «…»; quotes inside quotes (the inner marks are
skipped while looking for the outer closing mark); and a quote that runs on over paragraphs (an
opening mark with no closing mark in its paragraph: the piece runs to the paragraph end and is
marked ``open_end`` so the caller can give it the speaker of the piece that continues it).
Apostrophes in words ("zo'n", "auto's", "'s avonds") are not quote marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from duiding.analyse.quoting.lexicon import paragraphs

_CLOSERS = {
    "„": "”“\"",
    ",,": "\"”“'",
    "“": "”\"",
    "\"": "\"”",
    "‘": "’'",
    "'": "'’",
    "‚": "’‘'",
    "«": "»",
}
_OPEN_RE = re.compile(r",,|[„“\"‘'‚«]")
_APOSTROPHE_WORD = re.compile(r"['‘’](?:s|t|n|k)\b", re.IGNORECASE)


@dataclass
class QuoteMarks:
    start: int  # opening mark
    end: int  # after the closing mark (or paragraph end)
    inner_start: int
    inner_end: int
    open_end: bool = False  # no closing mark in this paragraph

    @property
    def inner(self) -> tuple[int, int]:
        return (self.inner_start, self.inner_end)


def _can_open(text: str, i: int, mark: str, para_start: int) -> bool:
    nxt = text[i + len(mark) : i + len(mark) + 1]
    prev = text[i - 1] if i > para_start else " "
    if not nxt or nxt.isspace():
        return False
    if mark in ("'", "‘", "\"") and not (prev.isspace() or prev in "([-–—:/" or i == para_start):
        return False
    return not (mark in ("'", "‘") and _APOSTROPHE_WORD.match(text, i) and
                (i + 2 >= len(text) or not text[i + 2].isalpha()))


def _find_close(text: str, start: int, end: int, mark: str) -> int | None:
    closers = _CLOSERS[mark]
    i = start
    while i < end:
        c = text[i]
        if c in closers:
            prev = text[i - 1] if i > 0 else " "
            nxt = text[i + 1] if i + 1 < len(text) else " "
            if mark in ("'", "‘", "‚") and (nxt.isalpha() or prev.isspace()) \
                    or c in "'’" and prev.isalpha() and nxt.isalpha():
                i += 1  # an apostrophe inside a word ("collega's" inside ,,…"), or an opening mark
                continue
            if mark == "\"" and prev.isspace() and nxt.isalnum():
                i += 1
                continue
            return i
        if c in "„“" and mark not in ("„", "“", ",,") or (c == "‘" and mark in ("„", "“", "\"", ",,")):
            # a quote inside the quote: skip to its own closing mark
            inner = _find_close(text, i + 1, end, c)
            i = (inner + 1) if inner is not None else i + 1
            continue
        i += 1
    return None


def find_quote_marks(text: str) -> list[QuoteMarks]:
    return _join_continued(text, _marks_per_paragraph(text))


def _join_continued(text: str, marks: list[QuoteMarks]) -> list[QuoteMarks]:
    """A quote left open at a paragraph end whose next paragraph opens with a quote mark is one quote
    over both paragraphs (the convention of not closing a quote that goes on in the next paragraph)."""
    out: list[QuoteMarks] = []
    for m in marks:
        prev = out[-1] if out else None
        if prev is not None and prev.open_end and m.start > prev.end and not text[prev.end : m.start].strip():
            out[-1] = QuoteMarks(prev.start, m.end, prev.inner_start, m.inner_end, open_end=m.open_end)
            continue
        out.append(m)
    return out


def _marks_per_paragraph(text: str) -> list[QuoteMarks]:
    out: list[QuoteMarks] = []
    paras = paragraphs(text)
    for pi, (ps, pe) in enumerate(paras):
        i = ps
        while i < pe:
            m = _OPEN_RE.search(text, i, pe)
            if not m:
                break
            mark = m.group()
            s = m.start()
            if not _can_open(text, s, mark, ps):
                i = m.end()
                continue
            close = _find_close(text, m.end(), pe, mark)
            if close is None:
                if mark in ("'", "‘", "\"") and s != ps and not _runs_on(text, s, mark, paras, pi):
                    i = m.end()
                    continue  # a stray mark in the middle of a paragraph
                out.append(QuoteMarks(s, pe, m.end(), pe, open_end=True))
                break
            out.append(QuoteMarks(s, close + 1, m.end(), close))
            i = close + 1
    return out


def _runs_on(text: str, s: int, mark: str, paras: list[tuple[int, int]], pi: int) -> bool:
    """An ambiguous mark opening a sentence mid-paragraph with no closing mark ("... oorzaak. ‘Kinderen ...")
    opens a quote that goes on in the next paragraph when that paragraph opens with the same mark."""
    before = text[paras[pi][0] : s].rstrip()
    if not before or before[-1] not in ".!?:":
        return False
    return pi + 1 < len(paras) and text.startswith(mark, paras[pi + 1][0])
