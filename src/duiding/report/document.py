"""One readable report over a set of articles: takeaways, who said what, timeline, pledges, entities.

Built in two steps so Markdown and HTML say the same thing: ``build_report`` gathers a plain data
model from the store (no formatting), ``render_markdown`` / ``render_html`` write it. Every
statement carries a citation (article id and sentence number) that links to the sources section,
and every name with a resolved entity links to that entity's section.
"""

from __future__ import annotations

import bisect
import importlib
import json
import logging
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from duiding.records import Article, ArticleAnalysis, Mention, Span
from duiding.store import Store

_log = logging.getLogger(__name__)
TIMELINE_LIMIT = 400  # rows; a report over a large corpus stays readable
EVENT_CHARS = 240
_ISO_DAY = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


# --- data model ------------------------------------------------------------------------------


@dataclass
class Cite:
    article: str
    sentence: int  # 1-based sentence number in the article

    @property
    def label(self) -> str:
        return f"{self.article[:8]} ¶{self.sentence}"

    @property
    def anchor(self) -> str:
        return f"src-{self.article[:8]}"


@dataclass
class Segment:
    """A piece of shown text; ``entity`` makes it a link to that entity's section."""

    text: str
    entity: str | None = None


@dataclass
class Line:
    segments: list[Segment]
    cites: list[Cite] = field(default_factory=list)
    note: str = ""  # e.g. "indirect, via 'zei'"

    @property
    def plain(self) -> str:
        return "".join(s.text for s in self.segments)


@dataclass
class ArticleSection:
    id: str
    title: str
    date: str | None
    takeaways: list[Line] = field(default_factory=list)


@dataclass
class SpeakerSection:
    name: str
    entity: str | None
    quotes: list[Line] = field(default_factory=list)


@dataclass
class TimelineRow:
    date: str
    line: Line


@dataclass
class PledgeRow:
    giver: Segment
    what: str
    amount: str
    recipient: str
    status: str
    date: str
    cite: Cite


@dataclass
class EntitySection:
    id: str
    name: str
    type: str
    aliases: list[str]
    roles: list[str]
    mentions: int
    articles: list[str]


@dataclass
class SourceRow:
    id: str
    title: str
    date: str | None
    source: str
    url: str | None


@dataclass
class Report:
    title: str
    generated: str
    first_date: str | None
    last_date: str | None
    counts: dict[str, int]
    articles: list[ArticleSection] = field(default_factory=list)
    speakers: list[SpeakerSection] = field(default_factory=list)
    timeline: list[TimelineRow] = field(default_factory=list)
    pledges: list[PledgeRow] = field(default_factory=list)
    pledge_totals: list[dict[str, Any]] = field(default_factory=list)  # per giver and unit
    entities: list[EntitySection] = field(default_factory=list)
    sources: list[SourceRow] = field(default_factory=list)


def entity_anchor(entity_id: str) -> str:
    return f"ent-{entity_id}"


# --- building --------------------------------------------------------------------------------


class _Doc:
    """One article with helpers to cite sentences and link names."""

    def __init__(self, article: Article, analysis: ArticleAnalysis) -> None:
        self.article = article
        self.analysis = analysis
        self.starts = [s.start for s in analysis.language.sentences]
        self.mentions = sorted((m for m in analysis.mentions if m.entity), key=lambda m: m.span[0])
        self.mention_starts = [m.span[0] for m in self.mentions]

    def cite(self, pos: int) -> Cite:
        return Cite(self.article.id, max(1, bisect.bisect_right(self.starts, pos)))

    def sentence_span(self, pos: int) -> Span:
        i = max(0, bisect.bisect_right(self.starts, pos) - 1)
        if not self.analysis.language.sentences:
            return (0, len(self.article.text))
        s = self.analysis.language.sentences[i]
        return (s.start, s.end)

    def mentions_in(self, spans: Iterable[Span]) -> list[Mention]:
        out = []
        for a, b in spans:
            i = bisect.bisect_left(self.mention_starts, a)
            while i < len(self.mentions) and self.mentions[i].span[0] < b:
                if self.mentions[i].span[1] <= b:
                    out.append(self.mentions[i])
                i += 1
        return out

    def link(self, shown: str, spans: Iterable[Span]) -> list[Segment]:
        """Split ``shown`` so that names of resolved mentions from ``spans`` become entity links."""
        segments: list[Segment] = []
        pos = 0
        for m in self.mentions_in(spans):
            if m.derived_from:  # "Amerikaanse" is not a name to link
                continue
            at = shown.find(m.text, pos)
            if at < 0:
                continue
            if at > pos:
                segments.append(Segment(shown[pos:at]))
            segments.append(Segment(m.text, m.entity))
            pos = at + len(m.text)
        if pos < len(shown):
            segments.append(Segment(shown[pos:]))
        return segments or [Segment(shown)]


def _sentence_text(doc: _Doc, span: Span) -> tuple[str, Span]:
    a, b = doc.sentence_span(span[0])
    text = doc.article.text[a:b].strip()
    if len(text) > EVENT_CHARS:
        text = text[: EVENT_CHARS - 1].rsplit(" ", 1)[0] + " …"
    return text, (a, b)


def _speaker_name(q: Any, entities: dict[str, Any]) -> tuple[str, str | None]:
    ent = q.speaker_entity
    if ent and ent in entities:
        return entities[ent].name, ent
    return (q.speaker or "onbekende spreker"), None


def _optional(module: str) -> Any:
    """A colleague's module (timeline, ledger) when it is present and importable."""
    try:
        return importlib.import_module(f"duiding.report.{module}")
    except ImportError:
        return None


def _timeline_rows(docs: dict[str, _Doc]) -> list[TimelineRow]:
    """Dated events: the timeline module's events when available, else each sentence with a resolved date."""
    mod = _optional("timeline")
    build = getattr(mod, "build_events", None) if mod else None
    if build is not None:
        try:
            rows = []
            for ev in build([(d.article, d.analysis) for d in docs.values()], publications=False):
                doc = docs.get(ev.article_id)
                if doc is None or not ev.date:
                    continue
                span = tuple(ev.span)
                text = ev.label if len(ev.label) <= EVENT_CHARS else _sentence_text(doc, span)[0]
                note = "planned" if ev.kind == "planned" else ""
                rows.append(TimelineRow(str(ev.date), Line(doc.link(text, [span]), [doc.cite(span[0])], note)))
            return rows[:TIMELINE_LIMIT]
        except Exception as exc:  # noqa: BLE001 - a colleague's work in progress must not break the report
            _log.warning("timeline module failed, using plain dated sentences: %s", exc)
    rows: list[TimelineRow] = []
    seen: set[tuple[str, str]] = set()
    for doc in docs.values():
        for d in doc.analysis.dates:
            if d.kind != "date" or not d.value or not _ISO_DAY.match(d.value):
                continue
            text, span = _sentence_text(doc, d.span)
            key = (d.value, text)
            if key in seen:
                continue
            seen.add(key)
            rows.append(TimelineRow(d.value, Line(doc.link(text, [span]), [doc.cite(d.span[0])])))
    rows.sort(key=lambda r: (r.date, r.line.cites[0].article, r.line.cites[0].sentence))
    return rows[:TIMELINE_LIMIT]


def _amount(p: Any) -> str:
    return _amount_text((p.amount or {}).get("value"), (p.amount or {}).get("unit"))


def _pledge_rows(order: list[_Doc], entities: dict[str, Any]) -> tuple[list[PledgeRow], list[dict[str, Any]]]:
    """Pledge rows (the ledger module's rows and totals when available) in article order, newest first."""
    docs = {d.article.id: d for d in order}
    mod = _optional("ledger")
    if mod is not None and hasattr(mod, "ledger_rows"):
        try:
            names = {eid: e.name for eid, e in entities.items()}
            rows = mod.ledger_rows([(d.article, d.analysis) for d in order], entity_names=names)
            out = []
            for r in rows:
                ent = r.giver_entity if r.giver_entity in entities else None
                amount = _amount_text(r.amount_value, r.amount_unit)
                out.append(PledgeRow(Segment(r.giver_name or r.giver, ent), r.what, amount, r.recipient or "",
                                     r.status, r.date or docs[r.article_id].article.date or "",
                                     docs[r.article_id].cite(r.span[0])))
            totals = [{"giver": t.giver, "unit": t.unit, "promised": t.promised, "delivered": t.delivered,
                       "pledges": t.promised_count + t.delivered_count + t.considered_count,
                       "articles": len(t.articles)}
                      for t in mod.ledger_sums(rows) if t.unit and (t.promised or t.delivered)]
            return out, totals
        except Exception as exc:  # noqa: BLE001 - fall back to the plain list below
            _log.warning("ledger module failed, listing pledges plainly: %s", exc)
    out = []
    for doc in order:
        for p in doc.analysis.pledges:
            ent = p.giver_entity if p.giver_entity in entities else None
            out.append(PledgeRow(Segment(entities[ent].name if ent else p.giver, ent), p.what, _amount(p),
                                 p.recipient or "", p.status, p.date or doc.article.date or "", doc.cite(p.span[0])))
    return out, []


def _amount_text(value: Any, unit: str | None) -> str:
    if value is None:
        return ""
    unit = unit or ""
    if isinstance(value, int | float):
        return f"{value:,.0f} {unit}".replace(",", ".").strip() if value >= 1000 else f"{value:g} {unit}".strip()
    return f"{value} {unit}".strip()


def _light_analyses(store: Store, ids: list[str] | None) -> Iterable[tuple[Article, ArticleAnalysis]]:
    """(article, analysis) pairs without the token list, which a report never shows: SQLite strips it
    (json_remove) before Python parses the JSON, three times faster than ``iter_analyses`` on a big store."""
    sql = ("SELECT a.data, json_remove(an.data, '$.language.tokens') FROM articles a"
           " JOIN analyses an ON an.article_id = a.id")
    chunks = [ids[i : i + 500] for i in range(0, len(ids), 500)] if ids is not None else [None]
    try:
        for chunk in chunks:
            where = f" WHERE a.id IN ({','.join('?' * len(chunk))})" if chunk is not None else ""
            for a_json, an_json in store.conn.execute(sql + where, chunk or []).fetchall():
                data = json.loads(an_json)
                data["language"]["tokens"] = []
                yield Article.from_dict(json.loads(a_json)), ArticleAnalysis.from_dict(data)
    except sqlite3.OperationalError:  # an SQLite without JSON functions
        yield from store.iter_analyses(ids=ids)


def build_report(store: Store, article_ids: Sequence[str] | None = None, title: str = "") -> Report:
    ids = list(dict.fromkeys(article_ids)) if article_ids is not None else None
    docs: dict[str, _Doc] = {}
    for article, analysis in _light_analyses(store, ids):
        docs[article.id] = _Doc(article, analysis)
    order = sorted(docs.values(), key=lambda d: (d.article.date or "", d.article.id), reverse=True)
    entities = {e.id: e for e in store.entities()}
    dates = sorted(d.article.date for d in docs.values() if d.article.date)

    report = Report(
        title=title or f"Report over {len(docs)} article{'s' if len(docs) != 1 else ''}",
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
        counts={},
    )
    # takeaways per article, newest first
    for doc in order:
        a = doc.article
        section = ArticleSection(a.id, a.title or _first_words(a.text), a.date)
        for t in doc.analysis.takeaways:
            spans = [tuple(s) for s in t.sources] or [(0, 0)]
            section.takeaways.append(Line(doc.link(t.text, spans), [doc.cite(spans[0][0])]))
        report.articles.append(section)

    # who said what: quotes grouped by speaker, speakers with most quotes first
    by_speaker: dict[tuple[str, str | None], list[Line]] = defaultdict(list)
    for doc in order:
        for q in doc.analysis.quotes:
            name, ent = _speaker_name(q, entities)
            note = q.kind + (f", {q.cue}" if q.cue else "")
            by_speaker[(name, ent)].append(Line([Segment(q.text)], [doc.cite(q.span[0])], note))
    report.speakers = [SpeakerSection(n, e, lines) for (n, e), lines in
                       sorted(by_speaker.items(), key=lambda kv: (-len(kv[1]), kv[0][0].lower()))]

    report.timeline = _timeline_rows(docs)

    report.pledges, report.pledge_totals = _pledge_rows(order, entities)

    # entities mentioned in these articles, most mentioned first
    mentioned: dict[str, set[str]] = defaultdict(set)
    counts: dict[str, int] = defaultdict(int)
    for doc in docs.values():
        for m in doc.mentions:
            mentioned[m.entity].add(doc.article.id)  # type: ignore[index]
            counts[m.entity] += 1  # type: ignore[index]
        for q in doc.analysis.quotes:
            if q.speaker_entity:
                mentioned[q.speaker_entity].add(doc.article.id)
    linked = {s.entity for line in _all_lines(report) for s in line.segments if s.entity}
    linked |= {p.giver.entity for p in report.pledges if p.giver.entity}
    linked |= {s.entity for s in report.speakers if s.entity}
    for eid in sorted(set(mentioned) | linked, key=lambda e: (-counts.get(e, 0), entities[e].name if e in entities else e)):
        e = entities.get(eid)
        if e is None:
            continue
        roles = sorted({r.get("role", "") for r in e.roles if r.get("role")})
        report.entities.append(EntitySection(e.id, e.name, e.type, [a for a in e.aliases if a != e.name], roles,
                                             counts.get(eid, 0), sorted(mentioned.get(eid, set()))))
    known = {e.id for e in report.entities}
    _unlink_missing(report, known)

    for doc in order:
        a = doc.article
        report.sources.append(SourceRow(a.id, a.title or _first_words(a.text), a.date, a.source, a.url))
    report.counts = {
        "articles": len(docs),
        "takeaways": sum(len(s.takeaways) for s in report.articles),
        "quotes": sum(len(s.quotes) for s in report.speakers),
        "speakers": len(report.speakers),
        "dated events": len(report.timeline),
        "pledges": len(report.pledges),
        "entities": len(report.entities),
    }
    return report


def _first_words(text: str, n: int = 10) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


def _all_lines(report: Report) -> Iterable[Line]:
    for s in report.articles:
        yield from s.takeaways
    for sp in report.speakers:
        yield from sp.quotes
    for r in report.timeline:
        yield r.line


def _unlink_missing(report: Report, known: set[str]) -> None:
    """Links must land somewhere: drop links to entities that have no section."""
    for line in _all_lines(report):
        for s in line.segments:
            if s.entity and s.entity not in known:
                s.entity = None
    for p in report.pledges:
        if p.giver.entity not in known:
            p.giver.entity = None
    for sp in report.speakers:
        if sp.entity not in known:
            sp.entity = None


# --- Markdown ----------------------------------------------------------------------------------


def _md_escape(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>|])", r"\\\1", text)


def _md_segments(segments: Sequence[Segment]) -> str:
    return "".join(f"[{_md_escape(s.text)}](#{entity_anchor(s.entity)})" if s.entity else _md_escape(s.text)
                   for s in segments)


def _md_cites(cites: Sequence[Cite]) -> str:
    return " ".join(f"[\\[{c.label}\\]](#{c.anchor})" for c in cites)


def render_markdown(report: Report) -> str:
    period = _period(report)
    out = [f"# {_md_escape(report.title)}", "",
           f"{period} · generated {report.generated}", "",
           " · ".join(f"{v} {k}" for k, v in report.counts.items()), "",
           ("Contents: [Key takeaways](#key-takeaways) · [Who said what](#who-said-what) · [Timeline](#timeline) · "
            "[Pledges](#pledges) · [Entities](#entities) · [Sources](#sources)"), ""]
    out += ['<a id="key-takeaways"></a>', "## Key takeaways", ""]
    for s in report.articles:
        out.append(f"### {_md_escape(s.title)} ({s.date or 'undated'}, [{s.id[:8]}](#src-{s.id[:8]}))")
        out.append("")
        if s.takeaways:
            out += [f"- {_md_segments(t.segments)} {_md_cites(t.cites)}" for t in s.takeaways]
        else:
            out.append("_No takeaways._")
        out.append("")
    out += ['<a id="who-said-what"></a>', "## Who said what", ""]
    if not report.speakers:
        out += ["_No quotes found._", ""]
    for sp in report.speakers:
        name = f"[{_md_escape(sp.name)}](#{entity_anchor(sp.entity)})" if sp.entity else _md_escape(sp.name)
        out += [f"### {name}", ""]
        out += [f"- {_quoted(q, _md_segments(q.segments))} ({_md_escape(q.note)}) {_md_cites(q.cites)}"
                for q in sp.quotes]
        out.append("")
    out += ['<a id="timeline"></a>', "## Timeline", ""]
    if not report.timeline:
        out += ["_No dated events._", ""]
    out += [f"- **{r.date}**{' (planned)' if r.line.note else ''} — {_md_segments(r.line.segments)} "
            f"{_md_cites(r.line.cites)}" for r in report.timeline]
    out += ["", '<a id="pledges"></a>', "## Pledges", ""]
    if report.pledges:
        out += ["| Who | What | Amount | To | Status | Date | Source |", "|---|---|---|---|---|---|---|"]
        for p in report.pledges:
            cells = [_md_segments([p.giver]), _md_escape(p.what), p.amount, _md_escape(p.recipient), p.status, p.date,
                     _md_cites([p.cite])]
            out.append("| " + " | ".join(c.replace("\n", " ") for c in cells) + " |")
    else:
        out.append("_No pledges found._")
    if report.pledge_totals:
        out += ["", "Totals per giver (each commitment counted once):", "",
                "| Who | Promised | Delivered | Unit | Pledges | Articles |", "|---|---|---|---|---|---|"]
        out += [f"| {_md_escape(t['giver'])} | {_amount_text(t['promised'], '')} | {_amount_text(t['delivered'], '')} | "
                f"{t['unit']} | {t['pledges']} | {t['articles']} |" for t in report.pledge_totals]
    out += ["", '<a id="entities"></a>', "## Entities", ""]
    for e in report.entities:
        out += [f'<a id="{entity_anchor(e.id)}"></a>', f"### {_md_escape(e.name)}", ""]
        facts = [f"{e.type}", f"{e.mentions} mention{'s' if e.mentions != 1 else ''}"]
        if e.aliases:
            facts.append("also: " + ", ".join(_md_escape(a) for a in e.aliases))
        if e.roles:
            facts.append("roles: " + ", ".join(_md_escape(r) for r in e.roles))
        if e.articles:
            facts.append("in " + ", ".join(f"[{a[:8]}](#src-{a[:8]})" for a in e.articles[:12])
                         + (" …" if len(e.articles) > 12 else ""))
        out += ["; ".join(facts), ""]
    out += ['<a id="sources"></a>', "## Sources", ""]
    for s in report.sources:
        url = f" <{s.url}>" if s.url else ""
        out.append(f'- <a id="src-{s.id[:8]}"></a>`{s.id}` — {_md_escape(s.title)} — {s.date or "undated"} — '
                   f"`{s.source}`{url}")
    return "\n".join(out) + "\n"


def _quoted(line: Line, text: str) -> str:
    """Quotation marks only around direct speech: indirect speech is the reporter's paraphrase."""
    return f"“{text}”" if line.note.startswith("direct") else text


def _period(report: Report) -> str:
    if report.first_date and report.last_date:
        if report.first_date == report.last_date:
            return f"Period: {report.first_date}"
        return f"Period: {report.first_date} – {report.last_date}"
    return "Period: undated"


# --- HTML ----------------------------------------------------------------------------------------


def render_html(report: Report) -> str:
    """A standalone HTML page (inline CSS, no external assets); all text is escaped by Jinja2."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("duiding.report", "templates"), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals["entity_anchor"] = entity_anchor
    return env.get_template("report.html").render(r=report, period=_period(report))
