"""Walk the given paths, read and decode each input, pick its format and yield Articles or errors.

Bad input never raises: every problem becomes one :class:`IngestError` and reading continues with
the next file (or the next line of a JSON Lines file).
"""

from __future__ import annotations

import fnmatch
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO, TextIO

from duiding.ingest.build import Draft, build_article
from duiding.ingest.decode import DEFAULT_MAX_BYTES, DecodeProblem, decode_bytes, read_file_bytes, read_stream_bytes
from duiding.ingest.feed import looks_like_feed, read_feed
from duiding.ingest.html import read_html
from duiding.ingest.jsonfmt import read_json
from duiding.ingest.plaintext import draft_text
from duiding.records import Article, IngestError

STDIN_NAME = "<stdin>"
EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".xml": "xml",
    ".rss": "feed",
    ".atom": "feed",
    ".rdf": "feed",
}


def iter_articles(
    paths: Sequence[str],
    stdin: TextIO | BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | IngestError]:
    for path in paths:
        if path == "-":
            yield from _read_stream(stdin if stdin is not None else sys.stdin, max_bytes)
        elif os.path.isdir(path):
            for file in _walk(path):
                if Path(file).suffix.lower() not in EXTENSIONS and Path(file).suffix:
                    yield IngestError(file, f"skipped: unsupported file type {Path(file).suffix}")
                    continue
                yield from read_path(file, max_bytes)
        else:
            yield from read_path(path, max_bytes)


IGNORE_FILE = ".duidingignore"


def _walk(root: str) -> Iterator[str]:
    """Files under ``root``, sorted, skipping hidden files and directories and what a ``.duidingignore``
    file in a walked directory lists (glob patterns relative to that directory, one per line, ``#`` comments),
    e.g. annotation files kept beside a corpus."""
    ignored: list[str] = []  # absolute glob patterns collected from the directories walked so far
    for dirpath, dirnames, filenames in os.walk(root):
        ignore_file = os.path.join(dirpath, IGNORE_FILE)
        if os.path.isfile(ignore_file):
            with open(ignore_file, encoding="utf-8", errors="replace") as fh:
                for line in fh:
                    pattern = line.split("#", 1)[0].strip().rstrip("/")
                    if pattern:
                        ignored.append(os.path.join(dirpath, pattern))
        dirnames[:] = sorted(
            d for d in dirnames if not d.startswith(".") and not _is_ignored(os.path.join(dirpath, d), ignored)
        )
        for name in sorted(filenames):
            full = os.path.join(dirpath, name)
            if not name.startswith(".") and not _is_ignored(full, ignored):
                yield full


def _is_ignored(path: str, patterns: list[str]) -> bool:
    return any(fnmatch.fnmatchcase(path, p) for p in patterns)


def read_path(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | IngestError]:
    try:
        data = read_file_bytes(path, max_bytes)
        decoded = decode_bytes(data)
    except DecodeProblem as exc:
        yield IngestError(path, str(exc))
        return
    yield from read_decoded(decoded.text, path, decoded.warnings, hint=EXTENSIONS.get(Path(path).suffix.lower()))


def _read_stream(stream: TextIO | BinaryIO, max_bytes: int) -> Iterator[Article | IngestError]:
    raw = getattr(stream, "buffer", stream)
    try:
        data = read_stream_bytes(raw, max_bytes)  # type: ignore[arg-type]
    except DecodeProblem as exc:
        yield IngestError(STDIN_NAME, str(exc))
        return
    except OSError as exc:
        yield IngestError(STDIN_NAME, f"cannot read: {exc}")
        return
    if isinstance(data, str):  # a text stream without a binary buffer (e.g. io.StringIO)
        if not data.strip():
            yield IngestError(STDIN_NAME, "empty input")
            return
        yield from read_decoded(data, STDIN_NAME, [])
        return
    try:
        decoded = decode_bytes(data)
    except DecodeProblem as exc:
        yield IngestError(STDIN_NAME, str(exc))
        return
    yield from read_decoded(decoded.text, STDIN_NAME, decoded.warnings)


def sniff(text: str, hint: str | None = None) -> str:
    """The format of ``text``: text, json, jsonl, html, feed (``hint`` comes from the file extension)."""
    head = text.lstrip("\ufeff \t\r\n")[:2000]
    low = head.lower()
    if hint == "text" and low.startswith(("<!doctype html", "<html")):
        return "html"  # a saved web page with the wrong extension
    if hint in ("text", "json", "jsonl", "html", "feed"):
        return hint
    if hint == "xml":
        return "feed" if looks_like_feed(head) else ("html" if "<html" in low else "xml")
    if head.startswith(("{", "[")):
        return "json"
    if looks_like_feed(head) and (low.startswith(("<?xml", "<rss", "<feed"))):
        return "feed"
    if low.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in low or "<article" in low:
        return "html"
    return "text"


def read_decoded(
    text: str, source: str, warnings: list[str], hint: str | None = None
) -> Iterator[Article | IngestError]:
    fmt = sniff(text, hint)
    drafts: Iterable[Draft | IngestError]
    if fmt == "text":
        drafts = [draft_text(text, source, warnings=warnings)]
    elif fmt in ("json", "jsonl"):
        drafts = read_json(text, source, warnings, lines=True if fmt == "jsonl" else None)
    elif fmt == "html":
        drafts = [read_html(text, source, warnings)]
    elif fmt == "feed":
        drafts = read_feed(text, source, warnings)
    else:
        drafts = [IngestError(source, "XML that is neither an RSS/Atom feed nor HTML")]
    for draft in drafts:
        if isinstance(draft, IngestError):
            yield draft
            continue
        try:
            yield build_article(draft)
        except Exception as exc:  # noqa: BLE001 - a bug must not stop a batch of thousands of files
            yield IngestError(draft.source, f"internal error while reading: {type(exc).__name__}: {exc}"[:300])
