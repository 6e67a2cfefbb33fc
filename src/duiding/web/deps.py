"""Request-scoped dependencies: settings, a store connection per request, paging and the write token."""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request

from duiding.store import Store
from duiding.web.settings import Settings


def get_settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


def get_store(settings: Annotated[Settings, Depends(get_settings)]) -> Iterator[Store]:
    """One connection per request: SQLite connections are cheap and WAL lets readers run beside a writer."""
    store = Store(settings.db)
    try:
        yield store
    finally:
        store.close()


@dataclass(frozen=True)
class Paging:
    limit: int
    offset: int

    def next_offset(self, total: int) -> int | None:
        return self.offset + self.limit if self.offset + self.limit < total else None


def get_paging(
    settings: Annotated[Settings, Depends(get_settings)],
    limit: Annotated[int | None, Query(ge=1, description="Rows per page (default 25, at most 500).")] = None,
    offset: Annotated[int, Query(ge=0, description="Rows to skip.")] = 0,
) -> Paging:
    return Paging(min(limit or settings.page_size, settings.max_page_size), offset)


DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"  # YYYY, YYYY-MM or YYYY-MM-DD, as the CLI takes them

SinceQ = Annotated[str | None, Query(pattern=DATE_PATTERN, description="Dated on or after (YYYY[-MM[-DD]]).")]
UntilQ = Annotated[
    str | None,
    Query(pattern=DATE_PATTERN, description="Dated up to and including (YYYY[-MM[-DD]]; '2026-09': all of it)."),
]

StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
PagingDep = Annotated[Paging, Depends(get_paging)]

WRITES_DISABLED = "uploads are disabled: start the server with DUIDING_TOKEN set to allow writes"
BAD_TOKEN = "invalid or missing token"


def check_token(settings: Settings, given: str | None) -> None:
    """Refuse writes unless a token is configured (403) and the caller presents it (401)."""
    if not settings.token:
        raise HTTPException(status_code=403, detail=WRITES_DISABLED)
    if not given or not hmac.compare_digest(given.encode(), settings.token.encode()):
        raise HTTPException(status_code=401, detail=BAD_TOKEN, headers={"WWW-Authenticate": "Bearer"})


def require_bearer(request: Request, settings: SettingsDep) -> None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    check_token(settings, value.strip() if scheme.lower() == "bearer" else None)
