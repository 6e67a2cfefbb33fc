"""/api/stories: groups of articles about one event."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException

from duiding.web import queries, service
from duiding.web.deps import PagingDep, SettingsDep, SinceQ, StoreDep, UntilQ
from duiding.web.schemas import ErrorBody, Page, StoryDetail, StorySummary

router = APIRouter(prefix="/api/stories", tags=["stories"])


@router.get("", response_model=Page[StorySummary], summary="Stories, latest first")
def list_stories(
    store: StoreDep,
    paging: PagingDep,
    since: SinceQ = None,
    until: UntilQ = None,
) -> dict:
    rows, total = queries.list_stories(store, paging.limit, paging.offset, since, until)
    return {"items": rows, "total": total, "limit": paging.limit, "offset": paging.offset,
            "next_offset": paging.next_offset(total)}


@router.get("/{story_id}", response_model=StoryDetail, responses={404: {"model": ErrorBody}},
            summary="One story: articles, timeline, takeaways and entities")
def get_story(story_id: str, store: StoreDep, settings: SettingsDep) -> dict:
    try:
        return service.story_detail(store, story_id, settings)
    except service.NotFound as exc:
        raise HTTPException(404, str(exc)) from None
