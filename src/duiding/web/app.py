"""The FastAPI application: JSON API under /api, server-rendered pages elsewhere, static files under /static."""

from __future__ import annotations

import logging
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from duiding import __version__
from duiding.store import StoreError
from duiding.web.render import make_templates
from duiding.web.routers import articles, entities, pages, pledges, quotes, search, stories, timeline
from duiding.web.settings import Settings

log = logging.getLogger(__name__)

DESCRIPTION = """Who said what, who promised what, and when — from Dutch news articles.

Every list is paged (`limit`, `offset`, `next_offset`) and takes the same filters as the `duiding` CLI.
Every span is `(start, end)` in characters of the article's cleaned `text`. Writes (`POST /api/articles`)
need `Authorization: Bearer <token>` with the token the server was started with (env `DUIDING_TOKEN`);
without a configured token writes are refused with 403."""


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api") and request.url.path != "/openapi.json"


def _one_line(detail: object) -> str:
    if isinstance(detail, list):  # validation errors: name the first bad parameter
        first = detail[0] if detail else {}
        where = ".".join(str(p) for p in first.get("loc", [])[1:]) or "request"
        return f"invalid {where}: {first.get('msg', 'bad value')}"
    return str(detail).splitlines()[0] if detail else "error"


def _prepare_store(settings: Settings) -> None:
    """Open the store once at start-up: migrations run and the web's indexes exist before the first request."""
    from duiding.store import Store
    from duiding.web.queries import ensure_indexes

    store = Store(settings.db)
    try:
        ensure_indexes(store)
    finally:
        store.close()


def create_app(settings: Settings | None = None) -> FastAPI:
    app = FastAPI(title="duiding", version=__version__, description=DESCRIPTION, docs_url="/api/docs",
                  redoc_url=None)
    app.state.settings = settings or Settings.from_env()
    app.state.templates = make_templates()
    _prepare_store(app.state.settings)
    app.mount("/static", StaticFiles(directory=str(Path(__file__).parent / "static")), name="static")
    for module in (articles, entities, quotes, timeline, pledges, stories, search, pages):
        app.include_router(module.router)

    def error_response(request: Request, status: int, message: str, headers: dict | None = None) -> Response:
        if _wants_html(request):
            return app.state.templates.TemplateResponse(
                request, "error.html", {"status": status, "message": message}, status_code=status, headers=headers)
        return JSONResponse({"detail": message}, status_code=status, headers=headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = _one_line(exc.detail) if exc.status_code != 404 or exc.detail != "Not Found" else "page not found"
        return error_response(request, exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 422, _one_line(exc.errors()))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        return error_response(request, 503, _one_line(str(exc)))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return error_response(request, 500, f"internal error: {type(exc).__name__}: {_one_line(str(exc))}")

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict:
        return {"status": "ok", "version": __version__}

    return app
