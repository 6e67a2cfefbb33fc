"""Dated events across articles, oldest first: what the timeline command and the web page show.

An event is a sentence with a date expression resolved to at least a month ("6 maart",
"vorige week" on a day-dated article, "eind juni"), plus each article's publication. Years,
durations, times and unresolved expressions do not make events: a timeline that placed them
would invent precision. Entities are the mentions in the event's sentence.

Pure functions over ``(Article, ArticleAnalysis)`` pairs, so the CLI, the web and reports share them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from duiding.records import Article, ArticleAnalysis, Span

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_YEAR = re.compile(r"^(\d{4})$")


@dataclass
class Event:
    date: str  # ISO value at its own precision: 2025-03-06, 2025-03, 2025-W10, 2025-W09-WE
    start: str  # first day covered (for ordering and --since/--until)
    end: str  # last day covered
    kind: str  # "event" (past or present), "planned" (future), "publication"
    label: str  # the sentence (or the title for a publication)
    article_id: str
    article_title: str | None
    span: Span  # of the sentence in the article text
    date_text: str | None = None  # the expression as written ("vorige week")
    date_span: Span | None = None
    relation: str | None = None
    note: str | None = None
    entities: list[str] = field(default_factory=list)  # names as written in the sentence
    entity_ids: list[str | None] = field(default_factory=list)
    entity_keys: list[str] = field(default_factory=list)
    source: str | None = None


def date_range(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day an ISO value covers; None for anything coarser than a month or not a date."""
    if not value:
        return None
    if m := _DAY.match(value):
        try:
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
        return d, d
    if m := _MONTH.match(value):
        y, mo = int(m[1]), int(m[2])
        if not 1 <= mo <= 12:
            return None
        return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1])
    if m := _WEEK.match(value):
        try:
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return None
        if m[3]:
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        return monday, monday + dt.timedelta(days=6)
    return None


def bound(value: str | None, end: bool = False) -> dt.date | None:
    """A --since/--until value (YYYY, YYYY-MM, YYYY-MM-DD, or a week) as a day: its first, or with end its last."""
    if not value:
        return None
    if m := _YEAR.match(value):
        y = int(m[1])
        return dt.date(y, 12, 31) if end else dt.date(y, 1, 1)
    r = date_range(value)
    if r is None:
        raise ValueError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return r[1] if end else r[0]


def _publication_range(article: Article) -> tuple[str, tuple[dt.date, dt.date]] | None:
    if not article.date:
        return None
    value = article.date[:10] if article.date_precision != "month" else article.date[:7]
    if article.date_precision == "year":
        return None  # a year alone is too coarse to place on a timeline
    r = date_range(value)
    return (value, r) if r else None


def article_events(article: Article, analysis: ArticleAnalysis) -> list[Event]:
    """The events of one article: its publication and its dated sentences."""
    text = article.text
    sentences = analysis.language.sentences
    events: list[Event] = []
    pub = _publication_range(article)
    if pub:
        first = sentences[0] if sentences else None
        events.append(
            Event(
                date=pub[0], start=pub[1][0].isoformat(), end=pub[1][1].isoformat(), kind="publication",
                label=article.title or (text[first.start : first.end] if first else article.source),
                article_id=article.id, article_title=article.title,
                span=(first.start, first.end) if first else (0, 0), source=article.source,
            )
        )  # fmt: skip
    seen: set[tuple[int, str]] = set()
    for d in analysis.dates:
        if d.kind != "date":
            continue
        r = date_range(d.value)
        if r is None or d.value is None:
            continue
        sent = analysis.language.sentence_at(d.span[0])
        s_span: Span = (sent.start, sent.end) if sent else d.span
        if (s_span[0], d.value) in seen:
            continue
        seen.add((s_span[0], d.value))
        ments = [
            m for m in analysis.mentions
            if s_span[0] <= m.span[0] and m.span[1] <= s_span[1] and m.type != "MISC"  # not "Westerse", "Estse"
        ]  # fmt: skip
        names, ids, keys = [], [], []
        for m in ments:
            if m.key in keys:
                continue
            names.append(m.text)
            ids.append(m.entity)
            keys.append(m.key)
        events.append(
            Event(
                date=d.value, start=r[0].isoformat(), end=r[1].isoformat(),
                kind="planned" if d.relation == "future" else "event",
                label=text[s_span[0] : s_span[1]], article_id=article.id, article_title=article.title,
                span=s_span, date_text=d.text, date_span=d.span, relation=d.relation, note=d.note,
                entities=names, entity_ids=ids, entity_keys=keys, source=article.source,
            )
        )  # fmt: skip
    return events


def _mentions_entity(e: Event, wanted: Sequence[str]) -> bool:
    low = {w.lower() for w in wanted}
    return any(
        (i is not None and i.lower() in low) or k.lower() in low or n.lower() in low
        for n, i, k in zip(e.entities, e.entity_ids, e.entity_keys, strict=False)
    )


def build_events(
    pairs: Iterable[tuple[Article, ArticleAnalysis]],
    since: str | None = None,
    until: str | None = None,
    entity: str | Sequence[str] | None = None,
    publications: bool = True,
) -> list[Event]:
    """Events of all pairs, oldest first, kept when they overlap [since, until].

    ``entity``: an id, key or name (or several, e.g. an entity's id and aliases); only events whose
    sentence mentions it are kept, and publications are then left out.
    """
    lo, hi = bound(since), bound(until, end=True)
    wanted = [entity] if isinstance(entity, str) else list(entity or [])
    out: list[Event] = []
    for article, analysis in pairs:
        for e in article_events(article, analysis):
            if e.kind == "publication" and (not publications or wanted):
                continue
            if wanted and not _mentions_entity(e, wanted):
                continue
            if lo and dt.date.fromisoformat(e.end) < lo:
                continue
            if hi and dt.date.fromisoformat(e.start) > hi:
                continue
            out.append(e)
    # by first day, then last day (a day before the month starting with it); publications after events
    out.sort(key=lambda e: (e.start, e.end, e.kind == "publication", e.article_id, e.span))
    return out


events = build_events
