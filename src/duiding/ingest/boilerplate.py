"""Find the site chrome in copied or scraped article text, so the body is the article alone.

Works line by line on the original text and returns :class:`Removed` records (text, reason, span
in the original); the caller leaves those spans out when normalising. Rules live in
``resources/nl/boilerplate.txt`` (patterns) and ``boilerplate_nav.txt`` (menu words). The guiding
principle is to keep a real sentence rather than drop it: line rules only fire on short lines that
match as a whole, and lists of linked headlines stop where a paragraph begins.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from duiding.records import Removed, Span
from duiding.resources import load_map, load_set, load_table

MAX_LINE_WORDS = 30  # longer lines are paragraphs, never chrome
MAX_HEADLINE_WORDS = 20

_NAME = r"[A-ZÀ-Ý][\w'’.-]*"
_PARTICLE = r"(?:van|de|der|den|ter|ten|het|in|'t|op|la|le|du|da|von|bin|al|el|di)"
_ONE_NAME = rf"{_NAME}(?:\s+(?:{_PARTICLE}\s+)*{_NAME}){{0,4}}"
NAMES = rf"{_ONE_NAME}(?:\s*(?:,|&|\ben\b|\band\b)\s*{_ONE_NAME}){{0,3}}"
_WEEKDAYS = r"ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
_STAMP_WORDS = (
    r"gepubliceerd|geplaatst|bijgewerkt|aangepast|laatste update|update|geüpdatet|gewijzigd|published|updated"
    r"|vandaag|gisteren|eergisteren|zojuist|om|op|uur|" + _WEEKDAYS
)


@cache
def stamp_pattern() -> str:
    """One piece of a timestamp line: '8 juli 2026', '08-07-2026', '16:05', 'Bijgewerkt', 'vandaag'."""
    months = "|".join(sorted(load_map("dateline_months"), key=len, reverse=True))
    return (
        rf"(?:\d{{1,2}}\s+(?i:{months})\.?(?:\s+\d{{4}})?|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}"
        rf"|\d{{4}}-\d{{2}}-\d{{2}}(?:T[\d:.+Z-]+)?|\d{{1,2}}[:.]\d{{2}}|(?i:{_STAMP_WORDS})\.?:?)"
    )


_MENU_SEPARATORS = re.compile(r"\s*[|•·›»]\s*|\s+/\s+")
_WORD = re.compile(r"[\w'’&-]+")


@dataclass(frozen=True)
class Rule:
    kind: str
    scope: str  # line | block | inline
    pattern: re.Pattern[str]
    max_items: int = 10


@dataclass
class _Line:
    start: int  # absolute offset of the trimmed line in the original
    end: int
    text: str  # trimmed
    blank_before: bool = False  # an empty line separates it from the previous line

    @property
    def words(self) -> int:
        return len(self.text.split())


@cache
def rules() -> tuple[Rule, ...]:
    out = []
    for row in load_table("boilerplate"):
        kind, scope, pattern = row[0], row[1], row[2]
        pattern = pattern.replace("{NAMES}", NAMES).replace("{STAMP}", stamp_pattern())
        if scope == "block":
            # heading, then optionally a separator and a headline on the same line
            pattern = rf"(?:{pattern})(?:\s*[:>»›|–—-]+\s*(?P<rest>.*)|\s+(?P<caps>\S.*))?"
        out.append(Rule(kind, scope, re.compile(pattern), int(row[3]) if len(row) > 3 else 10))
    return tuple(out)


def _nav_words() -> frozenset[str]:
    return load_set("boilerplate_nav")


def find_boilerplate(original: str, exclude: Iterable[Span] = ()) -> list[Removed]:
    """Removed pieces of ``original`` (outside ``exclude``), in text order."""
    cuts = sorted(exclude)
    lines = [ln for ln in _split_lines(original) if not _inside(ln, cuts)]
    blank_separated = _blank_separated(lines)
    kinds: list[str | None] = [None] * len(lines)
    inline: list[Removed] = []
    long_idx = [i for i, ln in enumerate(lines) if _is_paragraph(ln)]
    first_par = long_idx[0] if long_idx else len(lines)
    last_par = long_idx[-1] if long_idx else -1

    for i, ln in enumerate(lines):
        if kinds[i] is not None:
            continue
        kind = _line_kind(ln)
        if kind:
            kinds[i] = kind
            continue
        block = _block_at(lines, i, blank_separated)
        if block:
            kind, end = block
            for k in range(i, end):
                kinds[k] = kind
            continue
        if _is_menu_line(ln, edge=i < first_par or i > last_par):
            kinds[i] = "menu"
            continue
        inline.extend(_inline(ln))
    _menu_runs(lines, kinds)

    removed = [Removed(ln.text, kind, (ln.start, ln.end)) for ln, kind in zip(lines, kinds) if kind]
    removed.extend(inline)
    removed.sort(key=lambda r: r.span)
    return removed


def _split_lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    for m in re.finditer(r"[^\n\r\u2028\u2029]+", text):
        raw = m.group(0)
        stripped = raw.strip()
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip())
        start = m.start() + lead
        gap = text[out[-1].end : start].replace("\r", "") if out else ""
        out.append(_Line(start, start + len(stripped), stripped, blank_before=gap.count("\n") >= 2))
    return out


def _inside(line: _Line, cuts: list[Span]) -> bool:
    """Is ``line`` within one of the sorted spans ``cuts``?"""
    k = bisect.bisect_right(cuts, (line.start, float("inf"))) - 1
    return k >= 0 and cuts[k][0] <= line.start and line.end <= cuts[k][1]


def _is_paragraph(ln: _Line) -> bool:
    """A line of running text: long, or a dozen words ending a sentence (a headline ending in a quote has no
    full stop before the closing mark: "Gemeente wil minder terrassen: ‘Het is hier geen festival’")."""
    return ln.words > MAX_LINE_WORDS or (ln.words >= 12 and (ln.text[-1] in ".!?" or re.search(r"[.!?][\"”'’]$", ln.text)
                                                            is not None))


def _line_kind(ln: _Line) -> str | None:
    if ln.words > MAX_LINE_WORDS:
        return None
    for rule in rules():
        if rule.scope == "line" and rule.pattern.fullmatch(ln.text):
            return rule.kind
    return None


def _nav_only(text: str) -> bool:
    """True if ``text`` consists only of menu words (multi-word items like 'net binnen' count)."""
    nav = _nav_words()
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return False
    i = 0
    while i < len(words):
        if i + 1 < len(words) and f"{words[i]} {words[i + 1]}" in nav:
            i += 2
        elif words[i] in nav:
            i += 1
        else:
            return False
    return True


def _is_menu_line(ln: _Line, edge: bool) -> bool:
    """'Home | Nieuws | Sport', or a line of menu words before the first or after the last paragraph."""
    parts = [p for p in _MENU_SEPARATORS.split(ln.text) if p]
    if len(parts) >= 3 and all(len(p.split()) <= 4 and not re.search(r"[.!?,;]$", p) for p in parts):
        return True
    words = ln.words
    return _nav_only(ln.text) and (words >= 2 or edge) and words <= 12


def _menu_runs(lines: list[_Line], kinds: list[str | None]) -> None:
    """Three or more consecutive menu-word lines (one item per line) are a menu wherever they are."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and kinds[j] is None and lines[j].words <= 3 and _nav_only(lines[j].text):
            j += 1
        if j - i >= 3:
            for k in range(i, j):
                kinds[k] = "menu"
        i = max(j, i + 1)


def _headline_like(ln: _Line) -> bool:
    text = ln.text
    if ln.words > MAX_HEADLINE_WORDS or len(text) > 180:
        return False
    return not re.search(r"[.;,]$", text) or ln.words <= 6


def _block_at(lines: list[_Line], i: int, blank_separated: bool) -> tuple[str, int] | None:
    """A 'Lees ook' / 'Meest gelezen' heading at line i: (kind, index after the block)."""
    ln = lines[i]
    if ln.words > MAX_HEADLINE_WORDS:
        return None
    for rule in rules():
        if rule.scope != "block":
            continue
        m = rule.pattern.fullmatch(ln.text)
        if not m:
            continue
        rest = m.group("rest") or m.group("caps")
        if m.group("caps") and not ln.text[: m.start("caps")].isupper():
            continue  # 'LEES OOK Kabinet valt' is chrome, 'Lees ook het rapport' is a sentence
        if rest and not _headline_like(_Line(0, 0, rest)):
            continue
        bare = not rest
        max_items = rule.max_items - (0 if bare else 1)
        return rule.kind, _block_end(lines, i + 1, max_items, need_one=bare, blank_separated=blank_separated)
    return None


def _block_end(lines: list[_Line], j: int, max_items: int, need_one: bool, blank_separated: bool) -> int:
    """Index after the linked headlines that follow a block heading at ``j - 1``.

    A headline-like line directly under the previous one belongs to the list. After a blank line it
    only does if more list follows: a short line followed by a paragraph is the article's own subheading.
    In text without blank lines, adjacency says nothing; there a bare heading ('Bekijk ook') takes all
    headline-like lines under it, while 'LEES OOK: <headline>' is one link and takes more only if a
    list follows.
    """
    taken = 0
    while j < len(lines) and taken < max_items:
        cand = lines[j]
        if not _headline_like(cand) or _is_paragraph(cand) or _line_kind(cand) or _block_heading(cand):
            break
        nxt = lines[j + 1] if j + 1 < len(lines) else None
        followed_by_list = nxt is None or _headline_like(nxt) or _line_kind(nxt) is not None
        # a bare heading announces a list: in text without blank lines every headline-like line under it counts
        adjacent = not cand.blank_before if blank_separated else need_one
        if not (need_one and taken == 0) and not followed_by_list and not adjacent:
            break
        taken += 1
        j += 1
    return j


def _blank_separated(lines: list[_Line]) -> bool:
    """Does this text separate its paragraphs by blank lines?"""
    gaps = [b.blank_before for a, b in pairwise(lines) if _is_paragraph(a)]
    return bool(gaps) and sum(gaps) > len(gaps) / 2


def _block_heading(ln: _Line) -> bool:
    return any(r.scope == "block" and r.pattern.fullmatch(ln.text) for r in rules())


def _inline(ln: _Line) -> list[Removed]:
    out = []
    for rule in rules():
        if rule.scope != "inline":
            continue
        for m in rule.pattern.finditer(ln.text):
            piece = m.group(0)
            if piece.strip():
                s = ln.start + m.start() + len(piece) - len(piece.lstrip())
                e = ln.start + m.end() - (len(piece) - len(piece.rstrip()))
                out.append(Removed(piece.strip(), rule.kind, (s, e)))
    return out
