"""/api/pledges: the ledger of commitments with totals per giver."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from duiding.store import Store
from duiding.web import queries, sources
from duiding.web.deps import PagingDep, SinceQ, StoreDep, UntilQ
from duiding.web.schemas import PledgePage

router = APIRouter(prefix="/api/pledges", tags=["pledges"])
SUM_LIMIT = 1000  # totals look at the newest this many matching pledges (the page says so)


def page_and_sum_rows(store: Store, giver: str | None, status: str | None, since: str | None, until: str | None,
                      limit: int, offset: int) -> tuple[list[dict], int, list[dict]]:
    """The page's pledges, their total, and the newest SUM_LIMIT pledges the totals are made of: one query
    when the page lies within those (the usual case), so the ledger reads its rows once."""
    every, total = queries.list_pledges(store, giver, status, since, until, SUM_LIMIT, 0)
    if offset + limit <= len(every) or total <= SUM_LIMIT:
        return every[offset : offset + limit], total, every
    rows, total = queries.list_pledges(store, giver, status, since, until, limit, offset)
    return rows, total, every


@router.get("", response_model=PledgePage, summary="Pledges (promised, delivered, considered) and totals")
def list_pledges(
    store: StoreDep,
    paging: PagingDep,
    giver: Annotated[str | None, Query(description="Giver name or alias contains this.")] = None,
    status: Annotated[Literal["promised", "delivered", "considered"] | None, Query(description="Status.")] = None,
    since: SinceQ = None,
    until: UntilQ = None,
) -> dict:
    rows, total, every = page_and_sum_rows(store, giver, status, since, until, paging.limit, paging.offset)
    return {"items": rows, "total": total, "limit": paging.limit, "offset": paging.offset,
            "next_offset": paging.next_offset(total), "sums": sources.ledger_sums(every)}
