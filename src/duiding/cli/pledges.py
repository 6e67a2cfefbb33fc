"""Command ``pledges``: the ledger of commitments and totals per giver (promised and delivered apart)."""

from __future__ import annotations

from typing import Annotated, Any

import typer

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
    md_table,
    open_store,
    text_table,
    to_csv,
)
from duiding.report.ledger import STATUSES, LedgerRow, LedgerSum, ledger_rows, ledger_sums

ROW_COLUMNS = ["giver", "status", "what", "amount", "unit", "recipient", "date", "article_id", "start", "end"]
SUM_COLUMNS = ["giver", "unit", "promised", "promised_count", "delivered", "delivered_count", "considered_count"]


def _num(v: float | None) -> str:
    if v is None:
        return ""
    for factor, word in ((1e9, "mld"), (1e6, "mln")):
        if abs(v) >= factor:
            return f"{v / factor:g} {word}"
    return f"{v:g}"


def row_dict(r: LedgerRow) -> dict[str, Any]:
    return {
        "giver": r.giver, "giver_name": r.giver_name, "giver_group": r.giver_group, "giver_entity": r.giver_entity,
        "status": r.status, "what": r.what, "amount": r.amount_value, "unit": r.amount_unit or "",
        "recipient": r.recipient or "", "date": r.date or "", "article_id": r.article_id,
        "article_title": r.article_title or "", "start": r.span[0], "end": r.span[1], "sentence": r.sentence,
        "cue": r.cue,
    }  # fmt: skip


def sum_dict(s: LedgerSum) -> dict[str, Any]:
    return {
        "giver": s.giver, "unit": s.unit, "promised": s.promised, "promised_count": s.promised_count,
        "delivered": s.delivered, "delivered_count": s.delivered_count, "considered_count": s.considered_count,
        "articles": s.articles,
    }  # fmt: skip


def render(rows: list[LedgerRow], sums: list[LedgerSum], fmt: Format) -> str:
    rdicts = [row_dict(r) for r in rows]
    sdicts = [sum_dict(s) for s in sums]
    if fmt is Format.csv:
        return to_csv(rdicts, ROW_COLUMNS)
    pretty_rows = [{**d, "amount": _num(d["amount"])} for d in rdicts]
    pretty_sums = [{**d, "promised": _num(d["promised"]), "delivered": _num(d["delivered"])} for d in sdicts]
    if fmt is Format.md:
        return "\n".join(
            ["# Pledges", "", md_table(pretty_rows, ROW_COLUMNS), "", "## Totals", "",
             "Considered pledges are listed but never summed; a commitment reported twice counts once.", "",
             md_table(pretty_sums, SUM_COLUMNS)]
        )  # fmt: skip
    if not rows:
        return "no pledges"
    return text_table(pretty_rows, ROW_COLUMNS) + "\n\nTotals\n" + text_table(pretty_sums, SUM_COLUMNS)


def register(app: typer.Typer) -> None:
    @app.command()
    @friendly
    def pledges(
        db: DbOption = None,
        fmt: FormatOption = Format.text,
        giver: Annotated[str | None, typer.Option(help="Only this giver (as written, or its entity name).")] = None,
        status: Annotated[str | None, typer.Option(help="Only promised, delivered or considered.")] = None,
        since: SinceOption = None,
        until: UntilOption = None,
    ) -> None:
        """The pledges ledger: who promised, delivered or considers what, for whom, with totals per giver."""
        if status is not None and status not in STATUSES:
            raise CliError(f"--status must be one of {', '.join(STATUSES)}, not {status!r}")
        store = open_store(db)
        names = {e.id: e.name for e in store.entities()}
        rows = ledger_rows(store.iter_analyses(since=since, until=until), giver=giver, status=status,
                           entity_names=names)  # fmt: skip
        sums = ledger_sums(rows)
        if fmt is Format.json:
            emit_json({"pledges": [row_dict(r) for r in rows], "sums": [sum_dict(s) for s in sums]})
        else:
            emit(render(rows, sums, fmt))
