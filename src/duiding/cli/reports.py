"""Commands that write for readers: ``brief`` (a digest of takeaways) and ``report`` (a full document)."""

from __future__ import annotations

import json
import time
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer

from duiding import jobs
from duiding.analyse import AnalysisOptions
from duiding.cli.common import (
    CliError,
    DbOption,
    Format,
    FormatOption,
    SinceOption,
    UntilOption,
    emit,
    emit_json,
    err,
    friendly,
    open_store,
)

LlmOption = Annotated[
    str | None,
    typer.Option("--llm", help="Base URL of a local OpenAI-compatible server: rewrite takeaways fluently "
                               "(checked against the source; falls back to the extracted text).", show_default=False),
]


def llm_rewrite(url: str | None, items: list, text_of, set_text, source_of) -> None:  # type: ignore[no-untyped-def]
    """Rewrite texts with the optional LLM; refusals are reported once as a warning line."""
    if not url:
        return
    from duiding.report.llm import LlmClient, LlmError

    client = LlmClient(url)
    refused = 0
    for item in items:
        try:
            result = client.rewrite(text_of(item), source_of(item))
        except LlmError as exc:
            raise CliError(f"--llm {url}: {exc}") from None
        if result.accepted:
            set_text(item, result.text)
        else:
            refused += 1
    if refused:
        err.print(f"[yellow]warning:[/yellow] kept the extracted text for {refused} takeaway(s): the rewrite named "
                  "something not in the source", markup=True, highlight=False)


def register(app: typer.Typer) -> None:
    @app.command()
    @friendly
    def brief(
        db: DbOption = None,
        fmt: FormatOption = Format.md,
        story: Annotated[str | None, typer.Option("--story", help="Only articles of this story (id).")] = None,
        entity: Annotated[str | None, typer.Option("--entity", help="Only articles naming this entity.")] = None,
        since: SinceOption = None,
        until: UntilOption = None,
        limit: Annotated[int, typer.Option(help="At most this many items (0: all).")] = 0,
        llm: LlmOption = None,
    ) -> None:
        """A digest of the takeaways of a period, story or entity: duplicates merged, newest first, with sources."""
        from duiding.report.brief import BriefError, build_brief, render_md, render_text

        store = open_store(db)
        try:
            items = build_brief(store, story=story, entity=entity, since=since, until=until, limit=limit or None)
        except BriefError as exc:
            raise CliError(str(exc)) from None
        if llm:
            def source_text(item):  # type: ignore[no-untyped-def]
                s = item.sources[0]
                article = store.get_article(s.article_id)
                return " ".join(article.text[a:b] for a, b in s.spans) if article else item.text

            llm_rewrite(llm, items, lambda i: i.text, lambda i, t: setattr(i, "text", t), source_text)
        heading = "Brief" + "".join(f" · {k} {v}" for k, v in
                                    (("story", story), ("entity", entity), ("since", since), ("until", until)) if v)
        if fmt is Format.json:
            emit_json([i.to_dict() for i in items])
        elif fmt is Format.csv:
            from duiding.cli.common import to_csv

            rows = [{"date": i.date, "text": i.text, "articles": [s.article_id for s in i.sources],
                     "titles": [s.title for s in i.sources]} for i in items]
            emit(to_csv(rows, ["date", "text", "articles", "titles"]))
        elif fmt is Format.text:
            emit(render_text(items))
        else:
            emit(render_md(items, heading))

    @app.command()
    @friendly
    def report(
        paths: Annotated[list[str] | None, typer.Argument(
            help="Files or directories to ingest and report on ('-' reads stdin); none: every stored article.")] = None,
        output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the report here (default: stdout).")] = None,
        html: Annotated[bool, typer.Option("--html", help="Also write a standalone HTML file next to -o "
                                                          "(or to -o itself when it ends in .html).")] = False,
        db: DbOption = None,
        fmt: FormatOption = Format.md,
        title: Annotated[str, typer.Option(help="Title of the report.")] = "",
        workers: Annotated[int, typer.Option(help="Processes for analysis (0: one per core).")] = 0,
        llm: LlmOption = None,
    ) -> None:
        """Ingest PATHS and write one document: takeaways, who said what, timeline, pledges, entities, sources."""
        from duiding.cli.articles import _analyse, _ingest
        from duiding.report.document import build_report, render_html, render_markdown

        if fmt not in (Format.md, Format.json):
            raise CliError("report writes md or json (use --html for HTML)")
        if html and output is None:
            raise CliError("--html needs -o PATH")
        started = time.perf_counter()
        store = open_store(db)
        ids: list[str] | None = None
        if paths:
            summary = _ingest(store, paths)
            if not summary.article_ids:
                raise CliError("no articles could be read from " + ", ".join(paths))
            _analyse(store, summary.article_ids, AnalysisOptions(), workers or jobs.default_workers())
            if summary.ingested:
                jobs.resolve(store)
            ids = summary.article_ids
        elif store.count_articles() == 0:
            raise CliError(f"{store.path} holds no articles; give files to report on")
        doc = build_report(store, ids, title=title)
        if llm:
            from duiding.report.document import Segment

            def source_text(line):  # type: ignore[no-untyped-def]
                return line.plain

            lines = [t for s in doc.articles for t in s.takeaways]
            llm_rewrite(llm, lines, lambda ln: ln.plain, lambda ln, t: setattr(ln, "segments", [Segment(t)]),
                         source_text)
        if fmt is Format.json:
            text = json.dumps(asdict(doc), ensure_ascii=False, indent=2, default=str)
        else:
            text = render_markdown(doc)
        written = []
        if output is None:
            emit(text)
        else:
            html_path = output if output.suffix.lower() in (".html", ".htm") else output.with_suffix(".html")
            if not (html and html_path == output):
                output.write_text(text, encoding="utf-8")
                written.append(str(output))
            if html:
                html_path.write_text(render_html(doc), encoding="utf-8")
                written.append(str(html_path))
        if written:
            counts = ", ".join(f"{v} {k}" for k, v in doc.counts.items())
            err.print(f"wrote {' and '.join(written)} ({counts}) in {time.perf_counter() - started:.1f} s",
                      highlight=False)

