"""Whitespace normalisation that remembers where every character came from.

Analysis works on ``Article.text`` (one paragraph per line, single spaces) but users must be able to
see each fact in the text as it was read. So instead of chaining ``str.replace`` calls we walk the
original once, decide for every output character which original character it stands for, and
compress that into an :class:`OffsetMap`. Quote characters are never touched: ``„`` and ``,,``
carry meaning for the quote extractor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from duiding.records import OffsetMap, Segment, Span

LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
# Characters that render as a (possibly wide or narrow) space.
ODD_SPACES = frozenset(
    "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
# Invisible characters that only get in the way of tokenisation (soft hyphen included).
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e")

_CONTROLS = "".join(chr(c) for c in [*range(32), *range(0x7F, 0xA0)] if chr(c) not in LINE_BREAKS and chr(c) != "\t")
_WS_CLASS = re.escape("".join(sorted(LINE_BREAKS | ODD_SPACES | {" "})))
_DROP_CLASS = re.escape("".join(sorted(INVISIBLE)) + _CONTROLS)
# Words joined by single plain spaces are the common case and are copied as one run.
_TOKEN = re.compile(
    rf"(?P<text>[^{_WS_CLASS}{_DROP_CLASS}]+(?: [^{_WS_CLASS}{_DROP_CLASS}]+)*)|(?P<ws>[{_WS_CLASS}]+)|(?P<drop>[{_DROP_CLASS}]+)"
)
_BREAK_RE = re.compile("[" + re.escape("".join(sorted(LINE_BREAKS))) + "]")


class _Separator:
    """Whitespace seen since the last kept character, and the best original position to map it to."""

    def __init__(self) -> None:
        self.pending = False
        self.is_break = False
        self.newline = -1  # first real '\n'
        self.brk = -1  # first real line-break character of any kind
        self.space = -1  # first real ' '
        self.any = -1  # first real whitespace character

    def add_run(self, run: str, start: int) -> None:
        self.pending = True
        if self.any < 0:
            self.any = start
        if self.space < 0 and (k := run.find(" ")) >= 0:
            self.space = start + k
        if (m := _BREAK_RE.search(run)) is not None:
            self.is_break = True
            if self.brk < 0:
                self.brk = start + m.start()
            if self.newline < 0 and (k := run.find("\n")) >= 0:
                self.newline = start + k

    def add_cut(self, is_break: bool) -> None:
        self.pending = True
        self.is_break = self.is_break or is_break

    def emit(self, next_pos: int) -> tuple[str, int]:
        if self.is_break:
            pos = next((p for p in (self.newline, self.brk, self.any) if p >= 0), next_pos)
            return "\n", pos
        pos = next((p for p in (self.space, self.any) if p >= 0), next_pos)
        return " ", pos


def normalize(original: str, exclude: Iterable[Span] = ()) -> tuple[str, OffsetMap]:
    """Return the normalised text of ``original`` minus the ``exclude`` spans, and its offset map.

    Rules: line endings unified, odd spaces become a plain space, zero-width and control characters
    dropped, runs of spaces collapsed, lines trimmed, blank lines dropped, so paragraphs are
    separated by exactly one ``\\n``. A removed span acts as a line break if it covered one (a
    dropped menu line) or a whole line, otherwise as a space (an inline photo credit). A separator
    maps to the whitespace it replaces, or (standing in for a removed span) to the next kept character.
    """
    n = len(original)
    parts: list[str] = []
    segments: list[Segment] = []
    out_len = 0
    sep = _Separator()

    def keep(piece: str, orig: int) -> None:
        nonlocal out_len
        last = segments[-1] if segments else None
        if last and last.text_start + last.length == out_len and last.orig_start + last.length == orig:
            segments[-1] = Segment(last.text_start, last.orig_start, last.length + len(piece))
        else:
            segments.append(Segment(out_len, orig, len(piece)))
        parts.append(piece)
        out_len += len(piece)

    pos = 0
    for cut_start, cut_end in [*_merge(exclude, n), (n, n)]:
        for m in _TOKEN.finditer(original, pos, cut_start):
            kind = m.lastgroup
            if kind == "ws":
                sep.add_run(m.group(), m.start())
            elif kind == "text":
                if sep.pending and out_len:
                    keep(*sep.emit(m.start()))
                if sep.pending:
                    sep = _Separator()
                keep(m.group(), m.start())
        if cut_end > cut_start:
            piece = original[cut_start:cut_end]
            at_line_start = cut_start == 0 or original[cut_start - 1] in LINE_BREAKS
            at_line_end = cut_end >= n or original[cut_end] in LINE_BREAKS
            sep.add_cut(bool(_BREAK_RE.search(piece)) or (at_line_start and at_line_end))
        pos = cut_end
    return "".join(parts), OffsetMap(segments)


def _merge(spans: Iterable[Span], n: int) -> list[Span]:
    """Sorted, non-overlapping, clipped spans."""
    out: list[list[int]] = []
    for s, e in sorted((max(0, s), min(n, e)) for s, e in spans):
        if e <= s:
            continue
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]
