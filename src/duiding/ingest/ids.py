"""Content-based article ids: the same article read from two paths gets the same id."""

from __future__ import annotations

import hashlib


def article_id(text: str) -> str:
    """First 16 hex digits of the SHA-1 of the whitespace- and case-folded normalised text."""
    folded = " ".join(text.casefold().split())
    return hashlib.sha1(folded.encode("utf-8")).hexdigest()[:16]
