"""Commands ``quotes`` (who said what, across everything stored) and ``entities`` (who is who)."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from duiding.analyse.quoting.lexicon import fold
from duiding.cli.common import (
    CliError,
    DbOption,
    Format,
    FormatOption,
    SinceOption,
    UntilOption,
    emit,
    friendly,
    open_store,
    render_rows,
)
from duiding.records import Entity
from duiding.store import Store

QUOTE_COLUMNS = ["date", "speaker", "kind", "cue", "text", "article_id", "source", "span"]
ENTITY_COLUMNS = ["name", "type", "aliases", "roles", "mention_count"]
KINDS = ("direct", "indirect", "mixed")
TYPES = ("PER", "ORG", "LOC", "MISC")


def matching_entities(entities: list[Entity], who: str) -> set[str]:
    """Ids of entities whose name or any alias matches ``who`` (case- and accent-insensitive).

    A whole-word match of the query inside a name counts ("Rutte" matches "Mark Rutte").
    """
    q = fold(who)
    out = set()
    for e in entities:
        for form in [e.name, *e.aliases]:
            f = fold(form)
            if f == q or f" {q} " in f" {f} ":
                out.add(e.id)
                break
    return out


def quote_rows(store: Store, who: str | None = None, since: str | None = None, until: str | None = None,
               kind: str | None = None) -> list[dict[str, Any]]:
    ids = matching_entities(store.entities(), who) if who else None
    q = fold(who) if who else ""
    rows = []
    for f in store.iter_facts("quote"):
        date = f.get("article_date") or ""
        if since and (not date or date < since):
            continue
        if until and (not date or date[: len(until)] > until):
            continue
        if kind and f.get("kind") != kind:
            continue
        if who is not None:
            speaker = fold(f.get("speaker") or "")
            if f.get("speaker_entity") not in (ids or set()) and not (q and f" {q} " in f" {speaker} "):
                continue
        rows.append({
            "date": date, "speaker": f.get("speaker") or "", "kind": f.get("kind"), "cue": f.get("cue") or "",
            "text": f.get("text"), "article_id": f["article_id"], "title": f.get("article_title") or "",
            "source": f.get("article_title") or f.get("article_source") or "", "span": list(f["span"]),
            "speaker_entity": f.get("speaker_entity"), "speaker_span": f.get("speaker_span"),
        })
    return rows


def entity_rows(store: Store, etype: str | None = None) -> list[dict[str, Any]]:
    rows = []
    for e in sorted(store.entities(), key=lambda e: (-e.mention_count, e.name)):
        if etype and e.type != etype:
            continue
        history = sorted(e.roles, key=lambda r: (r.get("date") is None, r.get("date") or "", r.get("role", "")))
        roles = list(dict.fromkeys(r["role"] for r in history))  # distinct, in order of first dated use
        rows.append({"id": e.id, "name": e.name, "type": e.type, "aliases": list(e.aliases),
                     "roles": roles, "role_history": history, "mention_count": e.mention_count})
    return rows


def register(app: typer.Typer) -> None:
    @app.command()
    @friendly
    def quotes(
        db: DbOption = None,
        fmt: FormatOption = Format.text,
        who: Annotated[str | None, typer.Option("--who", help="Only this speaker (name or any alias).")] = None,
        since: SinceOption = None,
        until: UntilOption = None,
        kind: Annotated[str | None, typer.Option(help="Only direct, indirect or mixed quotes.")] = None,
    ) -> None:
        """Who said what: every statement in the stored articles with its speaker, date and source."""
        if kind is not None and kind not in KINDS:
            raise CliError(f"unknown kind {kind!r} (use one of: {', '.join(KINDS)})")
        store = open_store(db)
        rows = quote_rows(store, who=who, since=since, until=until, kind=kind)
        if not rows and fmt is Format.text:
            emit("no quotes" + (f" by {who}" if who else ""))
            return
        emit(render_rows(rows, QUOTE_COLUMNS, fmt, title="Quotes" + (f" by {who}" if who else "")))

    @app.command()
    @friendly
    def entities(
        db: DbOption = None,
        fmt: FormatOption = Format.text,
        etype: Annotated[str | None, typer.Option("--type", help="Only PER, ORG, LOC or MISC.")] = None,
    ) -> None:
        """People, organisations and places across the corpus, with aliases, roles and mention counts."""
        if etype is not None:
            etype = etype.upper()
            if etype not in TYPES:
                raise CliError(f"unknown type {etype!r} (use one of: {', '.join(TYPES)})")
        store = open_store(db)
        rows = entity_rows(store, etype)
        if not rows and fmt is Format.text:
            emit("no entities")
            return
        emit(render_rows(rows, ENTITY_COLUMNS, fmt, title="Entities"))
