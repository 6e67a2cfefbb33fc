"""Server settings, read from the environment so ``duiding serve`` and tests configure the app the same way."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from duiding.store import default_db_path


@dataclass(frozen=True)
class Settings:
    """What the web app needs to know; everything else is derived from the store."""

    db: str = field(default_factory=default_db_path)
    # Writes (uploads) are refused unless a token is configured: a server that binds to a shared
    # interface must never accept anonymous writes into the store.
    token: str | None = None
    page_size: int = 25
    max_page_size: int = 500
    max_upload_bytes: int = 20 * 1024 * 1024
    # Co-occurrence and timelines over very frequent entities look at this many of their latest
    # articles, so a page stays fast on a store of 100,000 articles.
    sample_articles: int = 400
    # Timelines parse whole analyses (tokens included): they look at the latest this many articles.
    timeline_articles: int = 30

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        env = os.environ
        values: dict[str, object] = {
            "db": env.get("DUIDING_DB") or default_db_path(),
            "token": env.get("DUIDING_TOKEN") or None,
        }
        if env.get("DUIDING_PAGE_SIZE", "").isdigit():
            values["page_size"] = int(env["DUIDING_PAGE_SIZE"])
        if env.get("DUIDING_MAX_UPLOAD_MB", "").isdigit():
            values["max_upload_bytes"] = int(env["DUIDING_MAX_UPLOAD_MB"]) * 1024 * 1024
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
