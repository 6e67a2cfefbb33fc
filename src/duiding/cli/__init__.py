"""The ``duiding`` command line: a thin front over ingest, analyse, resolve and the store.

Each capability registers its commands from its own module (``register(app)``).
"""

from __future__ import annotations

import importlib

import typer

from duiding import __version__

app = typer.Typer(
    name="duiding",
    help="Who said what, who promised what, and when: structure from Dutch news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Modules under duiding.cli that add commands, in help order.
COMMAND_MODULES: tuple[str, ...] = (
    "articles",
    "quotes",
    "timeline",
    "pledges",
    "search",
    "reports",
    "serve",
    "evaluate",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"duiding {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    """Who said what, who promised what, and when: structure from Dutch news articles."""


for _name in COMMAND_MODULES:
    importlib.import_module(f"duiding.cli.{_name}").register(app)


def main() -> None:
    app()
