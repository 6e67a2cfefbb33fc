"""Server-rendered pages: stories, a story, entities, an entity, articles, an article, search, timeline,
quotes, pledges and the upload form. Plain HTML with a little JavaScript; no build step."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from duiding.web import highlight, queries, service, sources, svg, upload
from duiding.web.deps import SettingsDep, StoreDep, check_token
from duiding.web.routers.pledges import SUM_LIMIT, page_and_sum_rows

router = APIRouter(include_in_schema=False)
PAGE = 20
Opt = Annotated[str | None, Query()]


def _render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    templates = request.app.state.templates
    return templates.TemplateResponse(request, name, context, status_code=status)


def _pager(total: int, offset: int, limit: int = PAGE) -> dict[str, Any]:
    return {"total": total, "offset": offset, "limit": limit,
            "prev": max(0, offset - limit) if offset > 0 else None,
            "next": offset + limit if offset + limit < total else None}


def _entity_hrefs(ids: Any) -> dict[str, str]:
    return {i: f"/entities/{i}" for i in ids if i}


def _event_links(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for e in events:
        if e.get("article_id"):
            anchor = f"#pos-{e['span'][0]}-{e['span'][1]}" if e.get("span") and e["span"][1] else ""
            e["href"] = f"/articles/{e['article_id']}{anchor}"
    return events


@router.get("/", response_class=HTMLResponse)
def front(request: Request, store: StoreDep, offset: Annotated[int, Query(ge=0)] = 0) -> HTMLResponse:
    stories, total = queries.list_stories(store, PAGE, offset)
    latest = [] if stories else queries.list_articles(store, None, None, None, PAGE, 0)[0]
    counts = {
        "articles": store.count_articles(),
        "stories": total,
        "entities": int(store.conn.execute("SELECT count(*) FROM entities").fetchone()[0]),
    }
    return _render(request, "front.html", stories=stories, latest=latest, counts=counts,
                   pager=_pager(total, offset), params={})


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str, store: StoreDep, settings: SettingsDep) -> HTMLResponse:
    try:
        data = service.story_detail(store, story_id, settings)
    except service.NotFound as exc:
        raise HTTPException(404, str(exc)) from None
    events = _event_links(data["timeline"])
    hrefs = _entity_hrefs(n["id"] for n in data["network"]["nodes"])
    return _render(request, "story.html", **data, timeline_svg=svg.timeline_svg(events),
                   network_svg=svg.network_svg(data["network"], hrefs), events=events[:60])


@router.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request, store: StoreDep, q: Opt = None, type: Opt = None,
                  offset: Annotated[int, Query(ge=0)] = 0) -> HTMLResponse:
    rows, total = queries.list_entities(store, q, type, PAGE * 2, offset)
    return _render(request, "entities.html", entities=rows, q=q or "", type=type or "",
                   pager=_pager(total, offset, PAGE * 2), params={"q": q, "type": type})


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: str, store: StoreDep, settings: SettingsDep) -> HTMLResponse:
    try:
        data = service.entity_detail(store, entity_id, settings, quote_limit=40)
    except service.NotFound as exc:
        raise HTTPException(404, str(exc)) from None
    hrefs = _entity_hrefs(n["id"] for n in data["network"]["nodes"])
    stories = queries.story_of_articles(store, [a["id"] for a in data["articles"]])
    titles = queries.story_titles(store, stories.values())
    return _render(request, "entity.html", **data, network_svg=svg.network_svg(data["network"], hrefs),
                   story_of=stories, story_titles=titles)


@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request, store: StoreDep, since: Opt = None, until: Opt = None, source: Opt = None,
                  offset: Annotated[int, Query(ge=0)] = 0) -> HTMLResponse:
    rows, total = queries.list_articles(store, since, until, source, PAGE, offset)
    return _render(request, "articles.html", articles=rows, pager=_pager(total, offset),
                   params={"since": since, "until": until, "source": source})


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str, store: StoreDep) -> HTMLResponse:
    try:
        doc = service.article_detail(store, article_id)
    except service.NotFound as exc:
        raise HTTPException(404, str(exc)) from None
    art = doc["articles"][0]
    names = {e["id"]: e for e in doc["entities"]}
    marks = highlight.marks_for_article(art, _entity_hrefs(names))
    body = highlight.highlight_paragraphs(art["text"], marks)
    people: dict[str, dict[str, Any]] = {}
    for m in art["mentions"]:
        key = m.get("entity") or f"{m['type']}:{m['key']}"
        entry = people.setdefault(key, {"id": m.get("entity"), "name": names.get(m.get("entity") or "", {}).get(
            "name", m["text"]), "type": m["type"], "count": 0, "first": m["span"][0]})
        entry["count"] += 1
    story_titles = queries.story_titles(store, art.get("stories", []))
    return _render(request, "article.html", art=art, body=body, people=sorted(people.values(),
                   key=lambda p: (-p["count"], p["first"])), entity_names=names, story_titles=story_titles)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, store: StoreDep, q: Opt = None, since: Opt = None, until: Opt = None,
                entity: Opt = None, speaker: Opt = None, story: Opt = None, source: Opt = None,
                offset: Annotated[int, Query(ge=0)] = 0) -> HTMLResponse:
    params = {"q": q, "since": since, "until": until, "entity": entity, "speaker": speaker, "story": story,
              "source": source}
    hits: list[dict[str, Any]] = []
    engine = None
    more = False
    if q and q.strip():
        hits, engine = sources.search(store, q, PAGE + 1, offset, since=since, until=until, entity=entity,
                                      speaker=speaker, story=story, source=source)
        more = len(hits) > PAGE
        hits = hits[:PAGE]
    pager = {"offset": offset, "prev": max(0, offset - PAGE) if offset else None,
             "next": offset + PAGE if more else None}
    return _render(request, "search.html", q=q or "", hits=hits, engine=engine, params=params, pager=pager)


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, store: StoreDep, settings: SettingsDep, entity: Opt = None, story: Opt = None,
                  since: Opt = None, until: Opt = None) -> HTMLResponse:
    try:
        events, picked = service.timeline_for(store, settings, entity, story, since, until)
    except service.NotFound as exc:
        raise HTTPException(404, str(exc)) from None
    except service.BadRequest as exc:
        raise HTTPException(422, str(exc)) from None
    events = _event_links(events)
    return _render(request, "timeline.html", events=events[:300], total=len(events), picked=picked,
                   timeline_svg=svg.timeline_svg(events[:300]),
                   params={"entity": entity, "story": story, "since": since, "until": until})


@router.get("/quotes", response_class=HTMLResponse)
def quotes_page(request: Request, store: StoreDep, who: Opt = None, since: Opt = None, until: Opt = None,
                kind: Opt = None, offset: Annotated[int, Query(ge=0)] = 0) -> HTMLResponse:
    rows, total = queries.list_quotes(store, who, since, until, kind or None, None, PAGE, offset)
    return _render(request, "quotes.html", quotes=rows, pager=_pager(total, offset),
                   params={"who": who, "since": since, "until": until, "kind": kind})


@router.get("/pledges", response_class=HTMLResponse)
def pledges_page(request: Request, store: StoreDep, giver: Opt = None, status: Opt = None,
                 offset: Annotated[int, Query(ge=0)] = 0) -> HTMLResponse:
    rows, total, every = page_and_sum_rows(store, giver, status or None, None, None, PAGE, offset)
    return _render(request, "pledges.html", pledges=rows, sums=sources.ledger_sums(every), pager=_pager(total, offset),
                   sums_sampled=total > SUM_LIMIT, sum_limit=SUM_LIMIT,
                   params={"giver": giver, "status": status})


@router.get("/upload", response_class=HTMLResponse)
def upload_form(request: Request, settings: SettingsDep) -> HTMLResponse:
    return _render(request, "upload.html", enabled=bool(settings.token), result=None, error=None)


@router.post("/upload", response_class=HTMLResponse)
async def upload_submit(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    token: Annotated[str, Form()] = "",
    files: Annotated[list[UploadFile] | None, Form()] = None,
    text: Annotated[str, Form()] = "",
    title: Annotated[str, Form()] = "",
    date: Annotated[str, Form()] = "",
) -> HTMLResponse:
    enabled = bool(settings.token)
    try:
        check_token(settings, token)
    except HTTPException as exc:
        return _render(request, "upload.html", status=exc.status_code, enabled=enabled, result=None, error=exc.detail)
    items = [(f.filename or "", await f.read()) for f in files or [] if f.filename]
    if text.strip():
        item = {"text": text, "title": title.strip() or None, "date": date.strip() or None}
        items.append(upload.json_items_to_file({k: v for k, v in item.items() if v}))
    try:
        paths = upload.save_files(settings.db, items, settings.max_upload_bytes)
    except upload.UploadError as exc:
        return _render(request, "upload.html", status=400, enabled=enabled, result=None, error=str(exc))
    result = await run_in_threadpool(upload.ingest_files, store, paths)
    rows = queries.article_rows(store, result["ingested"] + result["duplicates"])
    return _render(request, "upload.html", enabled=enabled, result=result, error=None, articles=rows)
