"""Commands ``search`` (full text + semantic over sentences) and ``stories`` (articles grouped by event)."""

from __future__ import annotations

import re
from typing import Annotated

import typer
from rich.markup import escape

from duiding.cli.common import (
    CliError,
    DbOption,
    Format,
    FormatOption,
    SinceOption,
    UntilOption,
    emit,
    emit_json,
    friendly,
    open_store,
    out,
    progress,
)
from duiding.cli.common import to_csv as rows_to_csv
from duiding.search import Hit
from duiding.store import Store

_ISO_PREFIX = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
SEARCH_COLUMNS = ["score", "date", "article_id", "title", "source", "start", "end", "snippet", "story_id"]


def _refresh_index(store: Store) -> None:
    """Index what is new (cheap when nothing is), so a search never misses stored articles."""
    from duiding.search import index

    todo = len(index.stale_articles(store.conn))
    if not todo:
        return
    with progress(todo) as bar:
        task = bar.add_task("index", total=todo)
        index.update(store, advance=lambda n: bar.advance(task, n))


def _hit_row(h: Hit) -> dict[str, object]:
    return {
        "score": h.score, "date": h.date, "article_id": h.article_id, "title": h.title or "", "source": h.source,
        "start": h.span[0], "end": h.span[1], "snippet": h.snippet(), "story_id": h.story_id,
        "text_rank": h.text_rank, "semantic_rank": h.semantic_rank, "similarity": h.similarity,
    }


def _print_text(hits: list[Hit]) -> None:
    for i, h in enumerate(hits, start=1):
        head = f"{i:>2}. {h.date or '(no date)'}  {h.title or h.source}  [{h.article_id} {h.span[0]}-{h.span[1]}]"
        out.print(f"[dim]{escape(head)}[/dim]", markup=True)
        parts, pos = [], 0
        for start, end in h.highlights:
            parts.append(escape(h.sentence[pos:start]))
            parts.append(f"[bold yellow]{escape(h.sentence[start:end])}[/bold yellow]")
            pos = end
        parts.append(escape(h.sentence[pos:]))
        out.print("    " + "".join(parts), markup=True)


def _print_md(q: str, hits: list[Hit]) -> str:
    lines = [f"# Search: {q}", ""]
    for i, h in enumerate(hits, start=1):
        title = h.title or h.source
        lines.append(f"{i}. {h.snippet()}  ")
        lines.append(f"   — *{title}*, {h.date or 'no date'} (`{h.article_id}` {h.span[0]}-{h.span[1]})")
    return "\n".join(lines)


def register(app: typer.Typer) -> None:
    @app.command()
    @friendly
    def search(
        query: Annotated[str, typer.Argument(help="Words to look for (Dutch; stems, accents and compounds handled).")],
        db: DbOption = None,
        fmt: FormatOption = Format.text,
        since: SinceOption = None,
        until: UntilOption = None,
        entity: Annotated[str | None, typer.Option(help="Only articles mentioning this person/organisation/place.")] = None,
        speaker: Annotated[str | None, typer.Option(help="Only sentences quoting this speaker.")] = None,
        story: Annotated[str | None, typer.Option(help="Only articles of this story id.")] = None,
        source: Annotated[str | None, typer.Option(help="Only articles whose source contains this.")] = None,
        limit: Annotated[int, typer.Option(help="At most this many hits.", min=1)] = 20,
        mode: Annotated[str, typer.Option(help="hybrid (default), text or semantic.")] = "hybrid",
    ) -> None:
        """Find sentences: full text with Dutch stemming and compounds, plus meaning, in one ranking."""
        from duiding.search import query as run_query

        if mode not in ("hybrid", "text", "semantic"):
            raise CliError(f"--mode must be hybrid, text or semantic, not {mode!r}")
        for name, value in (("--since", since), ("--until", until)):
            if value is not None and not _ISO_PREFIX.fullmatch(value):
                raise CliError(f"{name} takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
        store = open_store(db)
        _refresh_index(store)
        hits = run_query(store, query, since=since, until=until, entity=entity, speaker=speaker, story=story,
                         source=source, limit=limit, mode=mode)  # type: ignore[arg-type]
        if fmt is Format.json:
            emit_json([h.to_dict() for h in hits])
        elif fmt is Format.csv:
            emit(rows_to_csv([_hit_row(h) for h in hits], SEARCH_COLUMNS))
        elif fmt is Format.md:
            emit(_print_md(query, hits))
        elif not hits:
            emit("no hits")
        else:
            _print_text(hits)

    @app.command()
    @friendly
    def stories(
        db: DbOption = None,
        fmt: FormatOption = Format.text,
        rebuild: Annotated[bool, typer.Option(help="Forget all stories and group every article afresh.")] = False,
        limit: Annotated[int, typer.Option(help="At most this many stories (newest first).", min=1)] = 1000,
    ) -> None:
        """List stories (articles about one event) with their articles; new articles are placed first."""
        from duiding.resolve import stories as story_mod

        store = open_store(db)
        if rebuild:
            story_mod.reset(store)
        story_mod.update(store)
        listed = store.stories()[:limit]
        meta = {}
        for s in listed:
            for aid in s.articles:
                m = store.article_meta(aid) or {}
                meta[aid] = {"id": aid, "date": m.get("date"), "title": m.get("title") or "", "source": m.get("source")}
        if fmt is Format.json:
            emit_json([{**s.__dict__, "articles": [meta[a] for a in s.articles]} for s in listed])
        elif fmt is Format.csv:
            rows = [{"story_id": s.id, "story_title": s.title, **meta[a]} for s in listed for a in s.articles]
            emit(rows_to_csv(rows, ["story_id", "story_title", "id", "date", "title", "source"]))
        elif fmt is Format.md:
            lines = ["# Stories", ""]
            for s in listed:
                span = " – ".join(dict.fromkeys(d for d in (s.first_date, s.last_date) if d)) or "no date"
                lines.append(f"## {s.title}")
                lines.append(f"`{s.id}` · {span} · {len(s.articles)} article(s)"
                             + (f" · {', '.join(s.key_entities)}" if s.key_entities else ""))
                lines.append("")
                lines += [f"- {meta[a]['date'] or 'no date'} {meta[a]['title'] or meta[a]['source']} (`{a}`)"
                          for a in s.articles]
                lines.append("")
            emit("\n".join(lines))
        elif not listed:
            emit("no stories (ingest some articles first)")
        else:
            for s in listed:
                span = " – ".join(dict.fromkeys(d for d in (s.first_date, s.last_date) if d)) or "no date"
                out.print(f"[bold]{escape(s.title)}[/bold]", markup=True)
                extra = f"  {', '.join(s.key_entities)}" if s.key_entities else ""
                out.print(escape(f"  {s.id}  {span}  {len(s.articles)} article(s){extra}"), markup=True)
                for a in s.articles:
                    out.print(escape(f"    {meta[a]['date'] or '----------'}  {a}  {meta[a]['title'] or meta[a]['source']}"),
                              markup=True)
