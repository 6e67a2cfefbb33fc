"""Uploads: the files are kept next to the store (uploads/<time>/<name>) and go through the same ingest,
analysis and corpus resolution as ``duiding ingest``, so the web and the CLI store the same thing."""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from duiding import jobs
from duiding.analyse import AnalysisOptions
from duiding.store import Store

_SAFE = re.compile(r"[^\w.\-]+")


class UploadError(ValueError):
    """A request that cannot be ingested at all (no files, too large ...): a 400 with this message."""


def upload_dir(db: str) -> Path:
    base = Path(tempfile.gettempdir()) if db == ":memory:" else Path(db).resolve().parent
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    target = base / "uploads" / stamp
    target.mkdir(parents=True, exist_ok=True)
    return target


def safe_name(name: str, index: int) -> str:
    """The file's base name without path tricks; the extension is kept because ingest reads by format."""
    base = _SAFE.sub("_", Path(name or "").name).strip("._") or f"upload-{index}.txt"
    return base[:120]


def save_files(db: str, files: Sequence[tuple[str, bytes]], max_bytes: int) -> list[str]:
    if not files:
        raise UploadError("no files in the upload")
    if sum(len(data) for _, data in files) > max_bytes:
        raise UploadError(f"upload too large (limit {max_bytes // (1024 * 1024)} MB)")
    target = upload_dir(db)
    paths = []
    for i, (name, data) in enumerate(files):
        path = target / safe_name(name, i)
        while path.exists():
            path = path.with_name(f"{path.stem}-{i}{path.suffix}")
        path.write_bytes(data)
        paths.append(str(path))
    return paths


def json_items_to_file(payload: Any) -> tuple[str, bytes]:
    """A JSON body (one article object, a list, or {"articles": [...]}) as a JSON Lines file to ingest."""
    if isinstance(payload, dict) and isinstance(payload.get("articles"), list):
        items = payload["articles"]
    elif isinstance(payload, dict):
        items = [payload]
    elif isinstance(payload, list):
        items = payload
    else:
        raise UploadError("JSON body must be an article object, a list of them, or {\"articles\": [...]}")
    if not items:
        raise UploadError("no articles in the JSON body")
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("text"), str) or not item["text"].strip():
            raise UploadError(f"article {i + 1} in the JSON body has no 'text'")
    lines = "\n".join(json.dumps(item, ensure_ascii=False) for item in items) + "\n"
    return "articles.jsonl", lines.encode("utf-8")


def ingest_files(store: Store, paths: Sequence[str]) -> dict[str, Any]:
    summary = jobs.ingest(store, list(paths))
    if summary.ingested:
        jobs.analyse(store, summary.ingested, AnalysisOptions(), workers=1)
        jobs.resolve(store)
    return {
        "ingested": summary.ingested,
        "duplicates": summary.duplicates,
        "near_duplicates": [list(p) for p in summary.near_duplicates],
        "errors": [_short_error(str(e), paths) for e in summary.errors],
        "summary": summary.line(),
    }


def _short_error(message: str, paths: Sequence[str]) -> str:
    """Errors name the uploaded file, not the server's upload directory."""
    for p in paths:
        message = message.replace(str(Path(p).parent) + "/", "")
    return message.splitlines()[0] if message else "unknown error"
