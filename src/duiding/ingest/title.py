"""Is the first line of a plain-text article its headline?

Plain text carries no markup, so this is a judgement. We say yes only for the clear case: a short
line without a closing period, starting like a title, directly followed by a real paragraph. A
wrong "no" costs a missing title; a wrong "yes" would cut the lede out of the analysed body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from duiding.ingest.dates import find_date_in
from duiding.records import Span

MAX_TITLE_WORDS = 16
MIN_PARAGRAPH_WORDS = 12


def _body_lines(original: str, exclude: Sequence[Span], limit: int = 2) -> list[Span]:
    """Spans of the first ``limit`` non-empty pieces of lines that lie outside ``exclude``."""
    cuts = sorted(exclude)
    out: list[Span] = []
    for m in re.finditer(r"[^\n\r]+", original):
        pieces = [(m.start(), m.end())]
        for s, e in cuts:
            if s >= m.end():
                break
            nxt = []
            for a, b in pieces:
                if e <= a or s >= b:
                    nxt.append((a, b))
                    continue
                if a < s:
                    nxt.append((a, s))
                if e < b:
                    nxt.append((e, b))
            pieces = nxt
        for a, b in pieces:
            text = original[a:b]
            if text.strip():
                lead = len(text) - len(text.lstrip())
                out.append((a + lead, a + lead + len(text.strip())))
                if len(out) >= limit:
                    return out
    return out


def find_headline(original: str, exclude: Sequence[Span]) -> Span | None:
    lines = _body_lines(original, exclude)
    if len(lines) < 2:
        return None
    first = original[lines[0][0] : lines[0][1]]
    second = original[lines[1][0] : lines[1][1]]
    words = first.split()
    if not 2 <= len(words) <= MAX_TITLE_WORDS or len(first) > 140:
        return None
    if re.search(r"[.,;:]$", first) or not re.match(r"[\w\"'„“‘]", first) or first[0].islower():
        return None
    if find_date_in(first) or first.isdigit():
        return None
    if len(second.split()) < MIN_PARAGRAPH_WORDS or not re.search(r"[.!?\"'”’)]$", second):
        return None
    return lines[0]
