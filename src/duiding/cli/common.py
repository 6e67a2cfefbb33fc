"""Options, output formats and error handling shared by every command."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from enum import Enum
from functools import wraps
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from duiding.store import Store, StoreError, default_db_path

err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="SQLite store to use (default: $DUIDING_DB or ./duiding.db).", show_default=False),
]


class Format(str, Enum):
    text = "text"
    md = "md"
    json = "json"
    csv = "csv"


FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format: text, md, json or csv.")]
SinceOption = Annotated[str | None, typer.Option(help="Only articles dated on or after (YYYY[-MM[-DD]]).")]
UntilOption = Annotated[str | None, typer.Option(help="Only articles dated up to (YYYY[-MM[-DD]]).")]


class CliError(Exception):
    """An expected failure: printed as one line, exit code 1."""


F = TypeVar("F", bound=Callable[..., Any])


def friendly(func: F) -> F:
    """Turn expected failures into one clear line on stderr and a non-zero exit code."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (CliError, StoreError) as exc:
            err.print(f"[red]error:[/red] {exc}", markup=True, highlight=False)
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            err.print("interrupted; everything stored so far is kept")
            raise typer.Exit(130) from None
        except BrokenPipeError:
            raise typer.Exit(0) from None

    return wrapper  # type: ignore[return-value]


PROGRESS_MIN = 5  # show bars on runs over more than a few items


def progress(total: int | None = None) -> Progress:
    """A transient Rich progress bar on stderr; shown on a terminal (or with DUIDING_PROGRESS set) and, when the
    total is known, only for more than PROGRESS_MIN items."""
    import os

    shown = err.is_terminal or bool(os.environ.get("DUIDING_PROGRESS"))
    return Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, transient=True, disable=not shown or (total is not None and total <= PROGRESS_MIN),
    )


def open_store(db: str | None) -> Store:
    return Store(db or default_db_path())


def emit(text: str) -> None:
    """Write plain output (no Rich markup interpretation) to stdout."""
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    sys.stdout.flush()


def emit_json(obj: Any) -> None:
    emit(json.dumps(obj, ensure_ascii=False, indent=2, default=str))


def to_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in columns})
    return buf.getvalue()


def _cell(value: Any) -> Any:
    if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        return ", ".join(value)
    if isinstance(value, list | tuple | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def md_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], headers: Sequence[str] | None = None) -> str:
    heads = list(headers or columns)
    lines = ["| " + " | ".join(heads) + " |", "|" + "|".join("---" for _ in heads) + "|"]
    for row in rows:
        cells = [str(_cell(row.get(c)) if row.get(c) is not None else "").replace("|", "\\|").replace("\n", " ")
                 for c in columns]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def text_table(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    widths = {c: max([len(c)] + [len(str(_cell(r.get(c)) or "")) for r in rows]) for c in columns}
    widths = {c: min(w, 80) for c, w in widths.items()}
    head = "  ".join(c.ljust(widths[c]) for c in columns)
    body = ["  ".join(str(_cell(r.get(c)) if r.get(c) is not None else "")[: widths[c]].ljust(widths[c])
                      for c in columns) for r in rows]
    return "\n".join([head, *body])


def render_rows(rows: Sequence[dict[str, Any]], columns: Sequence[str], fmt: Format, title: str = "") -> str:
    """Rows in any of the four formats (JSON keeps every field, the others the given columns)."""
    if fmt is Format.json:
        return json.dumps(list(rows), ensure_ascii=False, indent=2, default=str)
    if fmt is Format.csv:
        return to_csv(rows, columns)
    if fmt is Format.md:
        return (f"# {title}\n\n" if title else "") + md_table(rows, columns)
    return text_table(rows, columns)
