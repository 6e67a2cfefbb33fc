"""RSS and Atom feeds: one article per entry (its full content if present, else its summary)."""

from __future__ import annotations

from collections.abc import Iterator

from duiding.ingest.build import Draft
from duiding.ingest.htmltext import html_to_text, looks_like_html
from duiding.records import IngestError


def looks_like_feed(head: str) -> bool:
    head = head[:2000].lower()
    return "<rss" in head or "<feed" in head or "<rdf:rdf" in head


def read_feed(text: str, source: str, warnings: list[str] | None = None) -> Iterator[Draft | IngestError]:
    import feedparser

    parsed = feedparser.parse(text)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            reason = str(parsed.get("bozo_exception", "")).splitlines()[0:1]
            yield IngestError(source, f"malformed feed{': ' + reason[0] if reason else ''}")
        else:
            yield IngestError(source, "feed has no entries")
        return
    for i, entry in enumerate(entries, start=1):
        src = f"{source}#{i}"
        title = entry.get("title")
        body = _entry_text(entry)
        if not body:
            label = f" {title!r}" if title else ""
            yield IngestError(src, f"feed entry {i}{label} has no text")
            continue
        date = entry.get("published") or entry.get("updated") or entry.get("created")
        yield Draft(
            original=body,
            source=src,
            format="feed",
            title=title,
            url=entry.get("link"),
            date=date,
            warnings=list(warnings or []),
            strip_title_line=True,
        )


def _entry_text(entry: dict) -> str:
    candidates = [c.get("value", "") for c in entry.get("content") or []]
    candidates += [entry.get("summary") or "", entry.get("description") or ""]
    for raw in candidates:
        text = html_to_text(raw) if looks_like_html(raw) or "&" in raw else raw
        if text and text.strip():
            return text.strip()
    return ""
