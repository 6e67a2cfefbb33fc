"""Templates and the small formatting helpers they use (Dutch dates, search-term marking, paging links)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import snowballstemmer
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
TYPE_LABELS = {"PER": "persoon", "ORG": "organisatie", "LOC": "plaats", "MISC": "overig"}
STATUS_LABELS = {"promised": "toegezegd", "delivered": "geleverd", "considered": "overwogen"}
KIND_LABELS = {"direct": "direct", "indirect": "indirect", "mixed": "gemengd"}


def nl_date(value: str | None) -> str:
    """'2026-07-08' -> '8 juli 2026'; month and year precision stay as precise as they are."""
    if not value:
        return "datum onbekend"
    week = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value)
    if week:
        return f"{'weekend van ' if week.group(3) else ''}week {int(week.group(2))}, {week.group(1)}"
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not m:
        return value
    year, month, day = m.groups()
    if month and 1 <= int(month) <= 12:
        name = MONTHS[int(month) - 1]
        return f"{int(day)} {name} {year}" if day else f"{name} {year}"
    return year


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    return snowballstemmer.stemmer("dutch")


def mark_terms(text: str, query: str, extra_terms: list[str] | None = None) -> Markup:
    """Escape ``text`` and wrap words matching the query in <mark>: same stem, or containing the query word
    (a compound: 'luchtverdediging' in 'luchtverdedigingssystemen'); accents are ignored."""
    words = [fold(w) for w in re.findall(r"\w+", query) + list(extra_terms or []) if len(w) > 1]
    stems = {_stemmer().stemWord(w) for w in words}
    needles = {s for s in stems | set(words) if len(s) >= 4}
    out: list[str] = []
    last = 0
    for m in re.finditer(r"\w+", text):
        token = fold(m.group())
        if _stemmer().stemWord(token) in stems or any(n in token for n in needles):
            out.append(str(escape(text[last : m.start()])))
            out.append(f'<mark class="hit">{escape(m.group())}</mark>')
            last = m.end()
    out.append(str(escape(text[last:])))
    return Markup("".join(out))


def snippet(hit: dict[str, Any], query: str) -> Markup:
    """A search hit's sentence with the matched words marked: the index's own offsets when it gives them."""
    text = hit.get("text") or ""
    spans = sorted((int(a), int(b)) for a, b in hit.get("highlights") or [] if 0 <= a < b <= len(text))
    if not spans:
        return mark_terms(text, query, hit.get("terms"))
    out: list[str] = []
    pos = 0
    for start, end in spans:
        if start < pos:
            continue
        out.append(str(escape(text[pos:start])))
        out.append(f'<mark class="hit">{escape(text[start:end])}</mark>')
        pos = end
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def source_name(source: str | None) -> str:
    """The last part of a source path or URL ('…/2026-09-14-dijken.txt#L2' -> '2026-09-14-dijken.txt#L2')."""
    if not source:
        return ""
    return source.rstrip("/").rsplit("/", 1)[-1] or source


def article_label(title: str | None, lead: str | None = None, source: str | None = None, ident: str = "") -> str:
    """What to call an article in a list: its title, else its opening words, else its file name."""
    if title:
        return title
    if lead:
        first = re.split(r"(?<=[.!?])\s", lead.strip(), maxsplit=1)[0]
        return first if len(first) <= 90 else first[:88].rsplit(" ", 1)[0] + "…"
    return source_name(source) or ident[:8]


def query_url(path: str, params: dict[str, Any], **changes: Any) -> str:
    merged = {k: v for k, v in {**params, **changes}.items()
              if v is not None and v != "" and not (k == "offset" and not v)}
    return path + ("?" + urlencode(merged) if merged else "")


def make_templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
    env = templates.env
    env.filters["nl_date"] = nl_date
    env.filters["type_label"] = lambda t: TYPE_LABELS.get(t or "", t or "")
    env.filters["status_label"] = lambda s: STATUS_LABELS.get(s or "", s or "")
    env.filters["kind_label"] = lambda k: KIND_LABELS.get(k or "", k or "")
    env.filters["short_id"] = lambda i: (i or "")[:8]
    env.filters["num"] = lambda v: f"{v:,.0f}".replace(",", ".") if abs(v) >= 1000 else f"{v:g}".replace(".", ",")
    env.globals["mark_terms"] = mark_terms
    env.globals["snippet"] = snippet
    env.globals["article_label"] = article_label
    env.filters["source_name"] = source_name
    env.globals["query_url"] = query_url
    return templates
