"""HTML pages: the main text and metadata as trafilatura finds them, then our own chrome pass."""

from __future__ import annotations

from duiding.ingest.build import Draft
from duiding.records import IngestError

MIN_ARTICLE_WORDS = 15


def read_html(text: str, source: str, warnings: list[str] | None = None) -> Draft | IngestError:
    import trafilatura  # slow import: only when there is HTML to read

    try:
        doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, include_tables=False)
    except Exception as exc:  # noqa: BLE001 - trafilatura/lxml raise many kinds on broken markup
        return IngestError(source, f"unreadable HTML ({type(exc).__name__})")
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(body.split()) < MIN_ARTICLE_WORDS:
        return IngestError(source, "HTML with no article text")
    return Draft(
        original=body,
        source=source,
        format="html",
        title=getattr(doc, "title", None),
        url=getattr(doc, "url", None),
        date=getattr(doc, "date", None),
        warnings=list(warnings or []),
        strip_title_line=True,
    )
