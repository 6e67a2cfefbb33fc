"""/api/search: sentences matching a query, with the CLI's filters."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from duiding.web import sources
from duiding.web.deps import PagingDep, SinceQ, StoreDep, UntilQ
from duiding.web.schemas import SearchPage

router = APIRouter(prefix="/api/search", tags=["search"])


@router.get("", response_model=SearchPage, summary="Full-text and semantic search over sentences")
def search(
    store: StoreDep,
    paging: PagingDep,
    q: Annotated[str, Query(min_length=1, description="What to look for (Dutch; stemming and compounds apply).")],
    since: SinceQ = None,
    until: UntilQ = None,
    entity: Annotated[str | None, Query(description="Only articles mentioning this entity (name or alias).")] = None,
    speaker: Annotated[str | None, Query(description="Only sentences quoting this speaker.")] = None,
    story: Annotated[str | None, Query(description="Only articles of this story id.")] = None,
    source: Annotated[str | None, Query(description="Only articles whose source contains this.")] = None,
) -> dict:
    hits, engine = sources.search(store, q, paging.limit + 1, paging.offset, since=since, until=until,
                                  entity=entity, speaker=speaker, story=story, source=source)
    more = len(hits) > paging.limit
    hits = hits[: paging.limit]
    total = paging.offset + len(hits) + (1 if more else 0)
    return {"items": hits, "total": total, "limit": paging.limit, "offset": paging.offset,
            "next_offset": paging.offset + paging.limit if more else None, "engine": engine}
