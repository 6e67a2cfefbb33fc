"""HTML fragment -> text with one block element per line (feed entries, HTML inside JSON fields)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "figure",
    "figcaption",
    "pre",
    "hr",
    "dd",
    "dt",
    "aside",
}
_SKIP = {"script", "style", "noscript", "template", "iframe", "svg"}
_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?\s*>")


def looks_like_html(text: str) -> bool:
    """At least two tags: a lone '<' in prose ('a < b') is not HTML."""
    return len(_TAG.findall(text[:20_000])) >= 2


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data.replace("\n", " "))


def html_to_text(fragment: str) -> str:
    parser = _Collector()
    parser.feed(fragment)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t]*\n[ \t\n]*", "\n\n", text)
    return text.strip()
