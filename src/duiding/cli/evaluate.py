"""``duiding eval ner FILE``: score a language backend's NER on a CoNLL-2002 style file (conlleval rules)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer

from duiding.cli.common import CliError, DbOption, Format, FormatOption, emit, emit_json, friendly, render_rows

eval_app = typer.Typer(help="Measure the quality of the analysis on annotated data.", no_args_is_help=True)

COLUMNS = ("type", "precision", "recall", "f1", "gold", "predicted", "correct")


def _rows(result: dict) -> list[dict]:  # type: ignore[type-arg]
    rows = [{"type": t, **v} for t, v in result["per_type"].items()]
    rows.append({"type": "overall", **result["overall"]})
    return rows


@eval_app.command("ner")
@friendly
def ner(
    file: Annotated[Path, typer.Argument(help="CoNLL file: token [POS] tag per line, blank line between sentences, "
                                              "-DOCSTART- between documents; PRO/EVE count as MISC.")],
    backend: Annotated[str, typer.Option("--backend", "-b", help="Language backend to evaluate.")] = "",
    fmt: FormatOption = Format.text,
    db: DbOption = None,
) -> None:
    """Entity-level precision, recall and F1 per type and overall (the store is not used)."""
    from duiding.analyse.language import DEFAULT_BACKEND, available, get_backend
    from duiding.analyse.language.conll import read_conll, score

    if not file.is_file():
        raise CliError(f"{file}: no such file")
    name = backend or DEFAULT_BACKEND
    if name not in available():
        raise CliError(f"unknown backend {name!r} (available: {', '.join(available())})")
    try:
        docs = read_conll(file)
    except (OSError, UnicodeError, IndexError) as exc:
        raise CliError(f"{file}: cannot read as CoNLL: {exc}") from None
    if not docs:
        raise CliError(f"{file}: no sentences found")
    try:
        tagger = get_backend(name)
    except (RuntimeError, ImportError) as exc:
        raise CliError(f"backend {name!r} is not usable: {exc}") from None
    tag_document = getattr(tagger, "tag_document", None)
    if tag_document is None:
        raise CliError(f"backend {name!r} cannot tag pre-tokenised text")
    t0 = time.perf_counter()
    batch = getattr(tagger, "tag_documents", None)  # backends with a costly start tag everything at once
    try:
        if batch is not None:
            predicted_docs = batch([[s.tokens for s in doc] for doc in docs])
        else:
            predicted_docs = [tag_document([s.tokens for s in doc]) for doc in docs]
    except RuntimeError as exc:
        raise CliError(f"backend {name!r} failed: {exc}") from None
    pairs = []
    for doc, predicted in zip(docs, predicted_docs):
        pairs.extend((s.tags, p) for s, p in zip(doc, predicted))
    result = score(pairs).as_dict()
    model = getattr(getattr(tagger, "ner", None), "name", name)
    result.update(file=str(file), backend=name, model=model, seconds=round(time.perf_counter() - t0, 2))
    if fmt is Format.json:
        emit_json(result)
        return
    rows = _rows(result)
    for r in rows:
        for k in ("precision", "recall", "f1"):
            r[k] = f"{100 * r[k]:.2f}"
    title = f"NER on {file.name} ({name} backend, {model} model)"
    emit(render_rows(rows, COLUMNS, fmt, title=title))
    if fmt is Format.text:
        emit(f"{name} backend ({model}): {result['tokens']} tokens, token accuracy {100 * result['token_accuracy']:.2f}%, "
             f"{result['seconds']} s")


def register(app: typer.Typer) -> None:
    app.add_typer(eval_app, name="eval")
