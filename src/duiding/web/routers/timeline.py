"""/api/timeline: dated events for an entity, a story or a date window."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from duiding.web import service
from duiding.web.deps import PagingDep, SettingsDep, SinceQ, StoreDep, UntilQ
from duiding.web.schemas import ErrorBody, Page, TimelineEvent

router = APIRouter(prefix="/api/timeline", tags=["timeline"])


@router.get("", response_model=Page[TimelineEvent], responses={404: {"model": ErrorBody}},
            summary="Dated events, oldest first")
def get_timeline(
    store: StoreDep,
    settings: SettingsDep,
    paging: PagingDep,
    entity: Annotated[str | None, Query(description="Entity id or name: events in its articles.")] = None,
    story: Annotated[str | None, Query(description="Story id: events in its articles.")] = None,
    since: SinceQ = None,
    until: UntilQ = None,
) -> dict:
    try:
        events, _ = service.timeline_for(store, settings, entity, story, since, until)
    except service.NotFound as exc:
        raise HTTPException(404, str(exc)) from None
    except service.BadRequest as exc:
        raise HTTPException(422, str(exc)) from None
    total = len(events)
    return {"items": events[paging.offset : paging.offset + paging.limit], "total": total, "limit": paging.limit,
            "offset": paging.offset, "next_offset": paging.next_offset(total)}
