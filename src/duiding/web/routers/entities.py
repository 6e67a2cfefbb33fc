"""/api/entities: people, organisations and places across the corpus."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from duiding.web import queries, service
from duiding.web.deps import PagingDep, SettingsDep, StoreDep
from duiding.web.schemas import EntityDetail, EntitySummary, ErrorBody, Page

router = APIRouter(prefix="/api/entities", tags=["entities"])


@router.get("", response_model=Page[EntitySummary], summary="List entities, most mentioned first")
def list_entities(
    store: StoreDep,
    paging: PagingDep,
    q: Annotated[str | None, Query(description="Name or alias contains this.")] = None,
    type: Annotated[str | None, Query(description="PER, ORG, LOC or MISC.")] = None,
) -> dict:
    rows, total = queries.list_entities(store, q, type, paging.limit, paging.offset)
    return {"items": rows, "total": total, "limit": paging.limit, "offset": paging.offset,
            "next_offset": paging.next_offset(total)}


@router.get("/{entity_id}", response_model=EntityDetail, responses={404: {"model": ErrorBody}},
            summary="One entity: roles, quotes, the entities it appears with and its articles")
def get_entity(entity_id: str, store: StoreDep, settings: SettingsDep) -> dict:
    try:
        return service.entity_detail(store, entity_id, settings)
    except service.NotFound as exc:
        raise HTTPException(404, str(exc)) from None
