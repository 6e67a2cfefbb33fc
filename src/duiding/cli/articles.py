"""Commands over articles: ingest, analyze, ls, show."""

from __future__ import annotations

import sys
import time
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
    progress,
    render_rows,
)
from duiding.cli.reports import LlmOption, llm_rewrite
from duiding.records import IngestError
from duiding.report.article_md import article_markdown
from duiding.report.contract import analysis_document
from duiding.store import Store

PathsArg = Annotated[list[str], typer.Argument(help="Files or directories (read recursively); '-' reads stdin.")]
def _ingest(store: Store, paths: list[str], quiet: bool = False) -> jobs.IngestSummary:
    stdin = sys.stdin.buffer if "-" in paths else None
    with progress() as bar:
        task = bar.add_task("ingest", total=None)

        def tick(item: object) -> None:
            bar.advance(task)
            if isinstance(item, IngestError):
                bar.console.print(f"[red]error:[/red] {item}", markup=True, highlight=False)

        summary = jobs.ingest(store, paths, stdin=stdin, on_item=tick)
    if not quiet:
        for w in summary.warnings:
            err.print(f"[yellow]warning:[/yellow] {w}", markup=True, highlight=False)
    return summary


def _analyse(store: Store, ids: list[str], options: AnalysisOptions, workers: int, force: bool = False) -> int:
    todo = jobs.needs_analysis(store, ids, options, force=force)
    if not todo:
        return 0
    with progress(len(todo)) as bar:
        task = bar.add_task("analyse", total=len(todo))
        return jobs.analyse(store, todo, options, workers=workers, advance=lambda n: bar.advance(task, n))


def _stats_line(n: int, started: float) -> str:
    import resource

    elapsed = time.perf_counter() - started
    peak_kb = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    rate = n / elapsed if elapsed > 0 else 0.0
    return f"{n} articles in {elapsed:.2f} s ({rate:.1f} articles/s), peak memory {peak_kb / 1024:.0f} MB per process"


StatsOption = Annotated[bool, typer.Option("--stats", help="Print time and peak memory of the run to stderr.")]


def register(app: typer.Typer) -> None:
    @app.command()
    @friendly
    def ingest(
        paths: PathsArg,
        db: DbOption = None,
        analyse: Annotated[bool, typer.Option("--analyse/--no-analyse", help="Also analyse new articles.")] = True,
        workers: Annotated[int, typer.Option(help="Processes for analysis (0: one per core).")] = 0,
        stats: StatsOption = False,
    ) -> None:
        """Read articles (text, JSON, JSON Lines, HTML, RSS/Atom) into the store.

        Re-running adds nothing; a near-duplicate is linked to its twin. Exit code 1 when any input failed.
        """
        started = time.perf_counter()
        store = open_store(db)
        summary = _ingest(store, paths)
        # every input article, not only the new ones: a run killed between ingest and analysis is completed
        if analyse and _analyse(store, summary.article_ids, AnalysisOptions(), workers or jobs.default_workers()):
            jobs.resolve(store)
        err.print(summary.line(), highlight=False)
        if stats:
            err.print(_stats_line(len(summary.article_ids), started), highlight=False)
        if summary.failed:
            raise typer.Exit(1)

    @app.command()
    @friendly
    def analyze(
        paths: PathsArg,
        db: DbOption = None,
        fmt: FormatOption = Format.json,
        backend: Annotated[str, typer.Option(help="Language backend (fast, frog ...).")] = "fast",
        workers: Annotated[int, typer.Option(help="Processes for analysis (0: one per core).")] = 0,
        force: Annotated[bool, typer.Option(help="Analyse again even when a stored analysis exists.")] = False,
        stats: StatsOption = False,
        llm: LlmOption = None,
    ) -> None:
        """Ingest PATHS, analyse them and print the analysis (JSON contract or Markdown)."""
        started = time.perf_counter()
        store = open_store(db)
        summary = _ingest(store, paths, quiet=fmt is Format.json)
        options = AnalysisOptions(backend=backend)
        _analyse(store, summary.article_ids, options, workers or jobs.default_workers(), force=force)
        jobs.resolve(store)
        doc = analysis_document(store, summary.article_ids)
        if llm:
            takeaways = [(art, t) for art in doc["articles"] for t in art["takeaways"]]
            llm_rewrite(llm, takeaways, lambda at: at[1]["text"], lambda at, text: at[1].update(text=text),
                         lambda at: " ".join(at[0]["text"][a:b] for a, b in at[1]["sources"]))
        if fmt is Format.json:
            emit_json(doc)
        elif fmt is Format.csv:
            raise CliError("analyze prints json or md; use 'duiding quotes/entities/... --format csv' for tables")
        else:
            names = {e["id"]: e["name"] for e in doc["entities"]}
            emit("\n".join(article_markdown(a, names) for a in doc["articles"]))
        err.print(summary.line(), highlight=False)
        if stats:
            err.print(_stats_line(len(summary.article_ids), started), highlight=False)
        if summary.failed:
            raise typer.Exit(1)

    @app.command("ls")
    @friendly
    def list_articles(
        db: DbOption = None,
        fmt: FormatOption = Format.text,
        since: SinceOption = None,
        until: UntilOption = None,
        source: Annotated[str | None, typer.Option(help="Only articles whose source contains this.")] = None,
        limit: Annotated[int, typer.Option(help="At most this many rows.")] = 1000,
    ) -> None:
        """List stored articles, newest first."""
        store = open_store(db)
        rows = store.list_articles(since=since, until=until, source=source, limit=limit)
        for r in rows:
            r["title"] = r["title"] or ""
        cols = ["id", "date", "title", "source", "chars", "near_duplicate_of"]
        emit(render_rows(rows, cols, fmt, title="Articles"))

    @app.command()
    @friendly
    def show(
        article_id: Annotated[str, typer.Argument(help="Article id (or a unique prefix of at least 4 characters).")],
        db: DbOption = None,
        fmt: FormatOption = Format.md,
        original: Annotated[bool, typer.Option(help="Print the original text as read, before cleaning.")] = False,
    ) -> None:
        """Show one article with its analysis."""
        store = open_store(db)
        real = store.resolve_id(article_id)
        if real is None:
            raise CliError(f"no article with id {article_id!r} in {store.path}")
        doc = analysis_document(store, [real])
        art = doc["articles"][0]
        if original:
            article = store.get_article(real)
            emit(article.original if article else "")
            return
        if fmt is Format.json:
            emit_json(doc)
        elif fmt is Format.csv:
            raise CliError("show prints md, text or json")
        else:
            names = {e["id"]: e["name"] for e in doc["entities"]}
            emit(article_markdown(art, names) + "\n\n" + art["text"])
