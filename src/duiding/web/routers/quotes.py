"""/api/quotes: who said what, with the CLI's filters."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from duiding.web import queries
from duiding.web.deps import PagingDep, SinceQ, StoreDep, UntilQ
from duiding.web.schemas import Page, QuoteRow

router = APIRouter(prefix="/api/quotes", tags=["quotes"])


@router.get("", response_model=Page[QuoteRow], summary="Quotes, newest article first")
def list_quotes(
    store: StoreDep,
    paging: PagingDep,
    who: Annotated[str | None, Query(description="Speaker name or alias contains this.")] = None,
    since: SinceQ = None,
    until: UntilQ = None,
    kind: Annotated[Literal["direct", "indirect", "mixed"] | None, Query(description="Quote kind.")] = None,
    entity: Annotated[str | None, Query(description="Speaker entity id.")] = None,
) -> dict:
    rows, total = queries.list_quotes(store, who, since, until, kind, entity, paging.limit, paging.offset)
    return {"items": rows, "total": total, "limit": paging.limit, "offset": paging.offset,
            "next_offset": paging.next_offset(total)}
