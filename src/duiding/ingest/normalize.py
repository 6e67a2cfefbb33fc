"""Whitespace normalisation that remembers where every character came from.

Analysis works on ``Article.text`` (one paragraph per line, single spaces) but users must be able to
see each fact in the text as it was read. So instead of chaining ``str.replace`` calls we walk the
original once, decide for every output character which original character it stands for, and
compress that into an :class:`OffsetMap`. Quote characters are never touched: ``„`` and ``,,``
carry meaning for the quote extractor.
"""

from __future__ import annotations

from collections.abc import Iterable

from duiding.records import OffsetMap, Segment, Span

LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
# Characters that render as a (possibly wide or narrow) space.
ODD_SPACES = frozenset(
    "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
# Invisible characters that only get in the way of tokenisation (soft hyphen included).
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e")

_VIRTUAL = -1  # position of a separator that stands for a removed piece of the original


def _is_control(ch: str) -> bool:
    o = ord(ch)
    return (o < 32 or 0x7F <= o < 0xA0) and ch not in LINE_BREAKS and ch != "\t"


def normalize(original: str, exclude: Iterable[Span] = ()) -> tuple[str, OffsetMap]:
    """Return the normalised text of ``original`` minus the ``exclude`` spans, and its offset map.

    Rules: line endings unified, odd spaces become a plain space, zero-width and control characters
    dropped, runs of spaces collapsed, lines trimmed, blank lines dropped, so paragraphs are
    separated by exactly one ``\\n``. A removed span acts as a line break if it covered one (a
    dropped menu line), otherwise as a space (an inline photo credit).
    """
    cuts = _merge(exclude, len(original))
    out_chars: list[str] = []
    out_pos: list[int] = []
    ws_run: list[tuple[str, int]] = []  # pending whitespace: (kind, position) with kind ' ' or '\n'

    def flush_ws() -> None:
        if not ws_run:
            return
        if out_chars:  # leading whitespace of the text is dropped
            breaks = [p for k, p in ws_run if k == "\n"]
            if breaks:
                real = [p for p in breaks if p != _VIRTUAL and original[p] == "\n"] or breaks
                out_chars.append("\n")
                out_pos.append(_pick(real, [p for _, p in ws_run]))
            else:
                spaces = [p for _, p in ws_run if p != _VIRTUAL and original[p] == " "]
                out_chars.append(" ")
                out_pos.append(_pick(spaces, [p for _, p in ws_run]))
        ws_run.clear()

    i = 0
    n = len(original)
    cut_i = 0
    while i < n:
        if cut_i < len(cuts) and i == cuts[cut_i][0]:
            start, end = cuts[cut_i]
            piece = original[start:end]
            at_line_start = start == 0 or original[start - 1] in LINE_BREAKS
            at_line_end = end >= n or original[end] in LINE_BREAKS
            kind = "\n" if any(c in LINE_BREAKS for c in piece) or (at_line_start and at_line_end) else " "
            ws_run.append((kind, _VIRTUAL))
            i = end
            cut_i += 1
            continue
        ch = original[i]
        if ch in LINE_BREAKS:
            ws_run.append(("\n", i))
        elif ch == " " or ch in ODD_SPACES:
            ws_run.append((" ", i))
        elif ch in INVISIBLE or _is_control(ch):
            pass
        else:
            flush_ws()
            out_chars.append(ch)
            out_pos.append(i)
        i += 1
    ws_run.clear()  # trailing whitespace is dropped
    return "".join(out_chars), _offset_map(out_pos)


def _pick(preferred: list[int], fallback: list[int]) -> int:
    for p in preferred:
        if p != _VIRTUAL:
            return p
    for p in fallback:
        if p != _VIRTUAL:
            return p
    return _VIRTUAL


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


def _offset_map(positions: list[int]) -> OffsetMap:
    segments: list[Segment] = []
    start = 0
    for k in range(1, len(positions) + 1):
        if k == len(positions) or positions[k] != positions[k - 1] + 1 or positions[k] == _VIRTUAL:
            orig = positions[start]
            if orig == _VIRTUAL:  # a separator with no real source: map to the next real character
                orig = next((p for p in positions[k:] if p != _VIRTUAL), 0)
            segments.append(Segment(text_start=start, orig_start=orig, length=k - start))
            start = k
    return OffsetMap(segments)
