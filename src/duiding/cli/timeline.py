"""Command ``timeline``: dated events across the stored articles, oldest first, each with its source."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from duiding.cli.common import CliError, DbOption, Format, FormatOption, emit, emit_json, friendly, open_store, to_csv
from duiding.report.timeline import Event, bound, build_events
from duiding.store import Store

COLUMNS = ["date", "kind", "date_text", "label", "entities", "article_id", "article_title", "start", "end"]


def entity_terms(store: Store, name: str) -> list[str]:
    """What an --entity value matches: the entity's id, name and aliases when it is known, else the name."""
    low = name.lower()
    for e in store.entities():
        if low in {e.id.lower(), e.name.lower(), *(a.lower() for a in e.aliases)}:
            return [e.id, e.name, *e.aliases]
    return [name]


def story_articles(store: Store, story_id: str) -> list[str]:
    story = store.find_story(story_id)
    if story is None:
        raise CliError(f"no story {story_id!r} (see `duiding stories`)")
    return list(story.articles)


def event_row(e: Event) -> dict[str, Any]:
    return {
        "date": e.date, "kind": e.kind, "date_text": e.date_text or "", "label": e.label,
        "entities": ", ".join(e.entities), "article_id": e.article_id, "article_title": e.article_title or "",
        "start": e.span[0], "end": e.span[1], "relation": e.relation, "note": e.note, "first_day": e.start,
        "last_day": e.end, "entity_ids": e.entity_ids, "source": e.source, "date_span": e.date_span,
    }  # fmt: skip


def render(events: list[Event], fmt: Format) -> str:
    rows = [event_row(e) for e in events]
    if fmt is Format.json:
        import json

        return json.dumps(rows, ensure_ascii=False, indent=2)
    if fmt is Format.csv:
        return to_csv(rows, COLUMNS)
    if fmt is Format.md:
        lines = ["# Timeline", ""]
        for e in events:
            when = f"**{e.date}**" + (f" ({e.date_text})" if e.date_text else "")
            tag = {"planned": " *planned*", "publication": " *published*"}.get(e.kind, "")
            who = f" — {', '.join(e.entities)}" if e.entities else ""
            lines.append(f"- {when}{tag}: {e.label}{who}  ")
            lines.append(f"  *{e.article_title or e.source or e.article_id}* (`{e.article_id}` {e.span[0]}-{e.span[1]})")
        return "\n".join(lines)
    if not events:
        return "no dated events"
    out = []
    for e in events:
        tag = {"planned": "planned", "publication": "published"}.get(e.kind, "")
        out.append(f"{e.date:<12} {tag:<9} {e.label}")
        extra = [f"[{e.article_id} {e.span[0]}-{e.span[1]}] {e.article_title or e.source or ''}".rstrip()]
        if e.date_text:
            extra.insert(0, f"«{e.date_text}»")
        if e.entities:
            extra.append("· " + ", ".join(e.entities))
        out.append(" " * 23 + "  ".join(extra))
    return "\n".join(out)


def register(app: typer.Typer) -> None:
    @app.command()
    @friendly
    def timeline(
        db: DbOption = None,
        fmt: FormatOption = Format.text,
        entity: Annotated[str | None, typer.Option(help="Only events whose sentence mentions this entity.")] = None,
        story: Annotated[str | None, typer.Option(help="Only events from the articles of this story id.")] = None,
        since: Annotated[str | None, typer.Option(help="Only events on or after (YYYY[-MM[-DD]]).")] = None,
        until: Annotated[str | None, typer.Option(help="Only events up to (YYYY[-MM[-DD]]).")] = None,
        publications: Annotated[bool, typer.Option(help="Include each article's publication as an event.")] = True,
    ) -> None:
        """Dated events: sentences whose date resolves to a month or finer, plus publications, oldest first."""
        try:
            bound(since)
            bound(until, end=True)
        except ValueError as exc:
            raise CliError(str(exc)) from None
        store = open_store(db)
        ids = story_articles(store, story) if story else None
        terms = entity_terms(store, entity) if entity else None
        pairs = store.iter_analyses(ids=ids) if ids is not None else store.iter_analyses()
        events = build_events(pairs, since=since, until=until, entity=terms, publications=publications)
        if fmt is Format.json:
            emit_json([event_row(e) for e in events])
        else:
            emit(render(events, fmt))
