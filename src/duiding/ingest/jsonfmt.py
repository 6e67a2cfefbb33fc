"""JSON articles: one object, an array of objects, a wrapper ({"articles": [...]}) or JSON Lines.

Exports from scrapers and news APIs disagree on field names, so each field is looked up under
the usual aliases, case- and separator-insensitively. A body that is HTML is turned into text.
A broken line in a JSON Lines file costs that line only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from duiding.ingest.build import Draft
from duiding.ingest.htmltext import html_to_text, looks_like_html
from duiding.ingest.plaintext import draft_text
from duiding.records import IngestError

TEXT_KEYS = (
    "text",
    "body",
    "content",
    "article",
    "full_text",
    "fulltext",
    "article_body",
    "body_text",
    "maintext",
    "tekst",
    "inhoud",
)
TITLE_KEYS = ("title", "headline", "kop", "titel", "name")
DATE_KEYS = (
    "date",
    "published",
    "pubdate",
    "datetime",
    "published_at",
    "date_published",
    "publication_date",
    "pub_date",
    "published_date",
    "publish_date",
    "created_at",
    "created",
    "datum",
    "time",
    "timestamp",
)
URL_KEYS = ("url", "link", "href", "canonical_url", "permalink", "uri")
TAKEAWAY_KEYS = (
    "takeaways",
    "key_takeaways",
    "summary_bullets",
    "bullets",
    "highlights",
    "key_points",
    "kernpunten",
    "summary",
)
WRAPPER_KEYS = ("articles", "items", "data", "results", "entries", "documents", "docs", "records", "news")
_UNWRAP = ("rendered", "value", "text", "#text", "$t", "content", "nl")
_BULLET_LINE = re.compile(r"^\s*(?:[-•*–▪]|\d{1,2}[.)])\s+(\S.*)$", re.MULTILINE)


def _norm_key(key: str) -> str:
    return re.sub(r"[\s_\-.]", "", key).casefold()


def _field(obj: dict[str, Any], names: tuple[str, ...]) -> Any:
    index = {_norm_key(k): v for k, v in obj.items()}
    for name in names:
        value = index.get(_norm_key(name))
        if value not in (None, "", [], {}):
            return value
    return None


def _as_text(value: Any) -> str | None:
    """A string from a field that may be a string, a list of paragraphs or {'rendered': ...}."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, list):
        parts = [t for t in (_as_text(v) for v in value) if t and t.strip()]
        return "\n\n".join(parts) if parts else None
    if isinstance(value, dict):
        for k in _UNWRAP:
            if k in value:
                return _as_text(value[k])
    return None


def _takeaways(value: Any, key_is_summary: bool) -> list[str]:
    if isinstance(value, list):
        return [t.strip() for t in (_as_text(v) for v in value) if t and t.strip()]
    text = _as_text(value)
    if not text:
        return []
    bullets = _BULLET_LINE.findall(text)
    if bullets:
        return [b.strip() for b in bullets]
    return [] if key_is_summary else [text.strip()]  # a prose summary is a lede, not a list of takeaways


def draft_from_object(obj: dict[str, Any], source: str, fmt: str, warnings: list[str]) -> Draft | IngestError:
    body = _as_text(_field(obj, TEXT_KEYS))
    if not body or not body.strip():
        return IngestError(source, f"no article text (looked for fields: {', '.join(TEXT_KEYS[:5])})")
    if looks_like_html(body):
        body = html_to_text(body)
    draft = draft_text(body, source, fmt=fmt, warnings=warnings)
    title = _as_text(_field(obj, TITLE_KEYS))
    if title and looks_like_html(title):
        title = html_to_text(title)
    if title:
        draft.title = title
        draft.detect_title = False
        draft.strip_title_line = True
    url = _as_text(_field(obj, URL_KEYS))
    draft.url = url.strip() if url else None
    date = _field(obj, DATE_KEYS)
    if date is not None:
        draft.date = date if not isinstance(date, dict) else _as_text(date)
    index = {_norm_key(k): k for k in obj}
    for name in TAKEAWAY_KEYS:
        key = index.get(_norm_key(name))
        if key is not None and obj[key]:
            found = _takeaways(obj[key], key_is_summary=_norm_key(name) == "summary")
            if found:
                draft.provided_takeaways = found + [t for t in draft.provided_takeaways if t not in found]
                break
    return draft


def _objects(doc: Any) -> list[Any] | None:
    """The article objects in a parsed JSON document (None if it holds none)."""
    if isinstance(doc, list):
        return doc
    if isinstance(doc, dict):
        if _field(doc, TEXT_KEYS) is not None:
            return [doc]
        for name in WRAPPER_KEYS:
            value = _field(doc, (name,))
            if isinstance(value, list):
                return value
        lists = [v for v in doc.values() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]
        if len(lists) == 1:
            return lists[0]
        return [doc]
    return None


def _collapse(items: list[Draft | IngestError], source: str) -> list[Draft | IngestError]:
    """A file in which no item has a text field is not an article file (annotations, config): say so once."""
    if len(items) > 1 and all(isinstance(x, IngestError) and x.message.startswith("no article text") for x in items):
        return [IngestError(source, f"no article text in any of its {len(items)} items (not an article file?)")]
    return items


def read_json(
    text: str, source: str, warnings: list[str] | None = None, lines: bool | None = None
) -> Iterator[Draft | IngestError]:
    """Drafts (or errors) for a JSON or JSON Lines text. ``lines=None`` decides from the content."""
    warnings = list(warnings or [])
    if lines is not True:
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            if lines is None and _looks_like_jsonl(text):
                yield from read_jsonl(text, source, warnings)
                return
            yield IngestError(source, f"malformed JSON: {exc.msg} (column {exc.colno})", line=exc.lineno)
            return
        objects = _objects(doc)
        if objects is None:
            yield IngestError(source, "JSON holds no article object")
            return
        single = len(objects) == 1 and not isinstance(doc, list)
        items: list[Draft | IngestError] = []
        for i, obj in enumerate(objects, start=1):
            src = source if single else f"{source}#{i}"
            if not isinstance(obj, dict):
                items.append(IngestError(src, f"item {i} is not a JSON object"))
                continue
            items.append(draft_from_object(obj, src, "json", warnings))
        yield from _collapse(items, source)
        return
    yield from read_jsonl(text, source, warnings)


def _looks_like_jsonl(text: str) -> bool:
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    try:
        return isinstance(json.loads(first), dict) and sum(1 for ln in text.splitlines() if ln.strip()) > 1
    except json.JSONDecodeError:
        return False


def read_jsonl(text: str, source: str, warnings: list[str] | None = None) -> Iterator[Draft | IngestError]:
    items: list[Draft | IngestError] = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            items.append(IngestError(source, f"malformed JSON line: {exc.msg} (column {exc.colno})", line=n))
            continue
        if not isinstance(obj, dict):
            items.append(IngestError(source, "JSON line is not an object", line=n))
            continue
        result = draft_from_object(obj, f"{source}#L{n}", "jsonl", list(warnings or []))
        if isinstance(result, IngestError):
            result = IngestError(source, result.message, line=n)
        items.append(result)
    yield from _collapse(items, source)
