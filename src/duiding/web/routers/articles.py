"""/api/articles: list with date/source filters, the contract document per article, and uploads."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from starlette.concurrency import run_in_threadpool

from duiding.web import queries, service, upload
from duiding.web.deps import PagingDep, SettingsDep, SinceQ, StoreDep, UntilQ, require_bearer
from duiding.web.schemas import AnalysisDocument, ArticleSummary, ErrorBody, Page, UploadResult

router = APIRouter(prefix="/api/articles", tags=["articles"])



@router.get("", response_model=Page[ArticleSummary], summary="List articles, newest first")
def list_articles(
    store: StoreDep,
    paging: PagingDep,
    since: SinceQ = None,
    until: UntilQ = None,
    source: Annotated[str | None, Query(description="Only articles whose source contains this.")] = None,
) -> dict:
    rows, total = queries.list_articles(store, since, until, source, paging.limit, paging.offset)
    return {"items": rows, "total": total, "limit": paging.limit, "offset": paging.offset,
            "next_offset": paging.next_offset(total)}


@router.get("/{article_id}", response_model=AnalysisDocument, responses={404: {"model": ErrorBody}},
            summary="One article with its analysis (the contract document)")
def get_article(article_id: str, store: StoreDep) -> dict:
    try:
        return service.article_detail(store, article_id)
    except service.NotFound as exc:
        raise HTTPException(404, str(exc)) from None


@router.post(
    "",
    response_model=UploadResult,
    dependencies=[Depends(require_bearer)],
    responses={400: {"model": ErrorBody}, 401: {"model": ErrorBody}, 403: {"model": ErrorBody}},
    summary="Add articles: multipart file(s) or a JSON body; needs 'Authorization: Bearer <DUIDING_TOKEN>'",
)
async def add_articles(request: Request, store: StoreDep, settings: SettingsDep) -> dict:
    """Multipart ``files`` (text, HTML, JSON, JSON Lines, RSS/Atom) or a JSON body: one article object
    ``{"text", "title", "date", "url"}``, a list of them, or ``{"articles": [...]}``. Articles go through the same
    ingest, analysis and resolution as ``duiding ingest``; unreadable inputs are reported one line each."""
    ctype = request.headers.get("content-type", "")
    try:
        if ctype.startswith("multipart/form-data"):
            form = await request.form(max_part_size=settings.max_upload_bytes)
            files = [(f.filename or "", await f.read()) for f in form.getlist("files") + form.getlist("file")
                     if hasattr(f, "read")]
        elif "json" in ctype:
            body = await request.body()
            try:
                payload = json.loads(body or b"null")
            except ValueError as exc:
                raise upload.UploadError(f"JSON body is not valid JSON ({exc})") from None
            files = [upload.json_items_to_file(payload)]
        else:
            raise upload.UploadError("send multipart/form-data with 'files', or an application/json body")
        paths = upload.save_files(settings.db, files, settings.max_upload_bytes)
    except upload.UploadError as exc:
        raise HTTPException(400, str(exc)) from None
    return await run_in_threadpool(upload.ingest_files, store, paths)
