"""Assemble an :class:`Article` from the text a reader found plus its metadata.

Every format ends here, so boilerplate stripping, normalisation, the date fallback chain
(metadata, then a dateline in the text, else a warning) and the id are the same for all of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from duiding.ingest.boilerplate import find_boilerplate
from duiding.ingest.dates import DateValue, find_dateline, parse_date
from duiding.ingest.ids import article_id
from duiding.ingest.normalize import normalize
from duiding.ingest.title import find_headline
from duiding.records import Article, IngestError, Span


@dataclass
class Draft:
    """What a format reader knows about one article before cleaning."""

    original: str
    source: str
    format: str
    title: str | None = None
    url: str | None = None
    date: object = None  # raw metadata value (string, number, datetime) or an already parsed DateValue
    provided_takeaways: list[str] = field(default_factory=list)
    exclude: list[Span] = field(default_factory=list)  # parts of original that are not body (header ...)
    warnings: list[str] = field(default_factory=list)
    strip_title_line: bool = False  # drop a first body line that repeats the title (HTML extractors do this)
    detect_title: bool = False  # plain text: a clear first-line headline becomes the title


def build_article(draft: Draft) -> Article | IngestError:
    removed = find_boilerplate(draft.original, draft.exclude)
    exclude = list(draft.exclude) + [r.span for r in removed]
    if draft.strip_title_line and draft.title:
        span = _title_line(draft.original, draft.title, exclude)
        if span:
            exclude.append(span)
    title = draft.title
    if draft.detect_title and not title:
        found = find_headline(draft.original, exclude)
        if found:
            title = draft.original[found[0] : found[1]]
            exclude.append(found)
    text, offsets = normalize(draft.original, exclude)
    if not text.strip():
        what = "only site chrome, no article text" if removed else "no article text"
        return IngestError(draft.source, what)

    warnings = list(draft.warnings)
    date: DateValue | None = None
    if draft.date is not None:
        date = draft.date if _is_date_value(draft.date) else parse_date(draft.date)
        if date is None:
            warnings.append(f"unreadable publication date {str(draft.date)[:40]!r}")
    if date is None:
        date = find_dateline(_head_text(draft.original, draft.exclude))
        if date is not None:
            warnings.append("publication date taken from a dateline in the text")
    if date is None:
        warnings.append("no publication date")

    return Article(
        id=article_id(text),
        source=draft.source,
        text=text,
        title=_clean(title),
        url=_clean(draft.url),
        date=date[0] if date else None,
        date_precision=date[1] if date else None,
        provided_takeaways=[t for t in (_clean(x) for x in draft.provided_takeaways) if t],
        original=draft.original,
        offsets=offsets,
        removed=removed,
        format=draft.format,
        warnings=warnings,
    )


def _is_date_value(value: object) -> bool:
    return isinstance(value, tuple) and len(value) == 2 and value[1] in ("year", "month", "day")


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None


def _head_text(original: str, exclude: Sequence[Span]) -> str:
    """The original with excluded parts (header, takeaways) blanked, so a dateline search sees the body top."""
    chars = list(original[:2000])
    for s, e in exclude:
        for k in range(max(0, s), min(e, len(chars))):
            if chars[k] not in "\n":
                chars[k] = " "
    return "\n".join(line.strip() for line in "".join(chars).splitlines() if line.strip())


def _title_line(original: str, title: str, exclude: Sequence[Span]) -> Span | None:
    """The span of the first body line if it repeats the title."""
    want = " ".join(title.split()).casefold()
    pos = 0
    for line in original.splitlines(keepends=True):
        stripped = line.strip()
        start = pos + len(line) - len(line.lstrip())
        pos += len(line)
        if not stripped or any(s <= start < e for s, e in exclude):
            continue
        if " ".join(stripped.split()).casefold() == want:
            return (start, start + len(stripped))
        return None
    return None
