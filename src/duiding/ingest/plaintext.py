"""Plain-text articles: an optional ' date YYYY-MM[-DD]' header, optional 'Key takeaways' bullets, a body.

The header may share its line with the first paragraph (' date 2025-03 Doel van de top ...'),
so it is cut by position, not by line. Takeaway bullets go to ``provided_takeaways`` and are kept
out of the body: they are a summary someone wrote, not the article.
"""

from __future__ import annotations

import re

from duiding.ingest.build import Draft, build_article
from duiding.ingest.dates import parse_date
from duiding.records import Article, IngestError, Span
from duiding.resources import load_list

_HEADER = re.compile(
    r"\A[\s\ufeff]*(?i:date)[ \t]*:?[ \t]+(\d{4}(?:-\d{1,2}){0,2})"
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?=\s|\Z)[ \t]*"
)
_BULLET = re.compile(r"[ \t]*(?:[-•*–—▪◦·]|\d{1,2}[.)])[ \t]+(\S.*?)[ \t]*$")


def read_text_article(text: str, source: str) -> Article:
    """Parse a plain-text article; raises ValueError if there is no body (iter_articles yields an error instead)."""
    result = build_article(draft_text(text, source))
    if isinstance(result, IngestError):
        raise ValueError(str(result))  # noqa: TRY004 - bad content, not a wrong type
    return result


def draft_text(text: str, source: str, fmt: str = "text", warnings: list[str] | None = None) -> Draft:
    exclude: list[Span] = []
    date = None
    draft_warnings = list(warnings or [])
    if m := _HEADER.match(text):
        exclude.append((0, m.end()))
        date = parse_date(m.group(1))
        if date is None:
            draft_warnings.append(f"unreadable date header {m.group(1)!r}")
    takeaways, spans = find_takeaways(text, exclude)
    exclude.extend(spans)
    return Draft(
        original=text,
        source=source,
        format=fmt,
        date=date,
        provided_takeaways=takeaways,
        exclude=exclude,
        warnings=draft_warnings,
        detect_title=True,
    )


def _heading_re() -> re.Pattern[str]:
    names = "|".join(re.escape(h) for h in load_list("takeaway_headings"))
    return re.compile(rf"[ \t]*(?i:{names})[ \t]*:?[ \t]*")


def find_takeaways(text: str, exclude: list[Span]) -> tuple[list[str], list[Span]]:
    """Bulleted lists under a takeaways heading: (bullet texts, spans to keep out of the body)."""
    heading = _heading_re()
    lines = _lines_with_offsets(text)
    bullets_out: list[str] = []
    spans: list[Span] = []
    i = 0
    while i < len(lines):
        start, end, line = lines[i]
        if any(s <= start < e for s, e in exclude) or not heading.fullmatch(line):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and not lines[j][2].strip():  # blank lines between heading and bullets
            j += 1
        items: list[str] = []
        last_end = end
        while j < len(lines):
            m = _BULLET.fullmatch(lines[j][2])
            if not m:
                break
            items.append(m.group(1))
            last_end = lines[j][1]
            j += 1
        if items:
            bullets_out.extend(items)
            spans.append((start, last_end))
        i = max(j, i + 1)
    return bullets_out, spans


def _lines_with_offsets(text: str) -> list[tuple[int, int, str]]:
    """(start, end, line) for every line, end excluding the line break."""
    out = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        line = raw.rstrip("\r\n")
        out.append((pos, pos + len(line), line))
        pos += len(raw)
    return out
