"""Trim a chosen sentence to what a takeaway needs, keeping the spans of what is left.

Trimming only deletes: parenthetical and dashed asides, comma asides that open with a marker from
``aside_markers``, an attribution tail whose speaker is a pronoun, a role or already named in the
sentence, a long trailing subordinate clause, and a leading connective. The result is the
concatenation of the kept pieces (plus one capital letter), so every word can be cited.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from duiding.analyse.summarise.candidates import QUOTE_CHARS, Candidate, quote_mask
from duiding.records import Span
from duiding.resources import load_list, load_set

_WORD = re.compile(r"\w+", re.UNICODE)
# Sentences longer than this lose a trailing subordinate clause, if the rest is still a full clause.
LONG_SENTENCE = 24
MIN_HEAD = 7
_CLAUSE_OPENERS = ("hetzij", "waardoor", "waarbij", "waarmee", "terwijl", "zodat", "nadat", "hoewel", "omdat",
                   "wat", "die", "waarna", "waarin", "mede", "onder meer", "onder andere", "inclusief", "ondanks")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _complement(start: int, end: int, cuts: Iterable[Span]) -> list[Span]:
    pieces, pos = [], start
    for a, b in sorted(cuts):
        a, b = max(a, start), min(b, end)
        if a > pos:
            pieces.append((pos, a))
        pos = max(pos, b)
    if pos < end:
        pieces.append((pos, end))
    return pieces


def _tidy(text: str, pieces: list[Span]) -> list[Span]:
    """Strip whitespace and dangling commas at piece edges; drop empty pieces."""
    out = []
    for a, b in pieces:
        while a < b and (text[a].isspace() or (text[a] in ",;" and out)):
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] in ",;–-"):
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def join(text: str, pieces: list[Span], capitalise: bool = True) -> str:
    parts: list[str] = []
    for a, b in pieces:
        piece = text[a:b]
        if parts and piece[0] not in ".,;:!?…" + "".join(QUOTE_CHARS - {"„", "“"}):
            parts.append(" ")
        parts.append(piece)
    out = "".join(parts)
    if capitalise and out and out[0].islower():
        out = out[0].upper() + out[1:]
    return out


def _bracket_cuts(text: str, start: int, end: int) -> list[Span]:
    cuts = [(m.start(), m.end()) for m in re.finditer(r"\s*\([^()]{1,200}\)", text[start:end])]
    # spaced dash pairs: "het plan – dat al jaren klaar ligt – wordt"
    cuts += [(m.start(), m.end()) for m in re.finditer(r"\s+[–—-]\s[^–—]{1,150}?\s[–—-](?=\s)", text[start:end])]
    return [(start + a, start + b) for a, b in cuts]


_RELATIVE = re.compile(r",\s+(?:die|wie|waarvan|waarin|waarmee|waarbij|waardoor|waar)\s[^,„“”\"]{3,120},", re.IGNORECASE)


def _aside_cuts(text: str, start: int, end: int) -> list[Span]:
    """Comma asides opened by a marker ("naar verluidt") and non-restrictive relative clauses
    (", die ook bij de top was,"): both can go without changing the claim."""
    markers = load_list("aside_markers")
    sent = text[start:end]
    cuts = [(start + m.start(), start + m.end() - 1) for m in _RELATIVE.finditer(sent)]
    for m in re.finditer(r",\s*([^,]{1,80}?),", sent):
        inner = m.group(1).strip().lower()
        if any(inner == mk or inner.startswith(mk + " ") for mk in markers):
            cuts.append((start + m.start(), start + m.end() - 1))  # keep the second comma's position clean
    return cuts


def _tail_cut(text: str, cand: Candidate, names_elsewhere: set[str]) -> Span | None:
    """The span of a final ", zei hij" / ", aldus de premier" to drop, if dropping keeps a speaker-free
    but still attributed-elsewhere claim (never on sentences with direct quotes: they would become bare)."""
    if cand.quoted_share > 0:
        return None
    sent = text[cand.start : cand.end]
    verbs = load_set("attribution_verbs")
    m = re.search(r",\s*(\w+)\s+([^,]{1,60}?)\s*([.!])\s*$", sent)
    if not m or m.group(1).lower() not in verbs:
        return None
    speaker = m.group(2).split()
    head = sent[: m.start()]
    if not speaker or len(_words(head)) < MIN_HEAD // 2 + 2:
        return None
    pronouns = {"hij", "zij", "ze", "zo", "het", "men"}
    first = speaker[0].lower()
    caps = [w for w in speaker if w[:1].isupper()]
    if first in pronouns or (first in {"de", "het", "een"} and not caps) or \
            any(w.lower() in names_elsewhere for w in caps) or any(w in head for w in caps):
        return (cand.start + m.start(), cand.start + m.end(3) - 1)
    return None


def _clause_cut(text: str, start: int, end: int) -> Span | None:
    sent = text[start:end]
    if len(_words(sent)) <= LONG_SENTENCE:
        return None
    mask = quote_mask(sent)
    best = None
    for m in re.finditer(r",\s+(" + "|".join(_CLAUSE_OPENERS) + r")\b", sent, flags=re.IGNORECASE):
        if mask[m.start()]:
            continue
        if len(_words(sent[: m.start()])) >= MIN_HEAD:
            best = m.start()
            break
    if best is None:
        return None
    stop = len(sent.rstrip())
    while stop > 0 and sent[stop - 1] in ".!?…" + "".join(QUOTE_CHARS):
        stop -= 1
    return (start + best, start + stop)


def _leading_connective(text: str, start: int, end: int) -> Span | None:
    sent = text[start:end]
    low = sent.lower()
    closed = load_set("closed_class")
    for conn in sorted(load_list("leading_connectives"), key=len, reverse=True):
        if not low.startswith(conn) or len(low) <= len(conn) or low[len(conn)].isalnum():
            continue
        rest = sent[len(conn) :].lstrip(" ,")
        nxt = _words(rest[:40])
        if not nxt:
            return None
        word = nxt[0]
        if sent[len(conn) :].lstrip().startswith(",") or word.lower() in closed or word[0].isupper():
            return (start, start + len(sent) - len(rest))
        return None
    return None


def trim(text: str, cand: Candidate, names_elsewhere: set[str] | None = None) -> Candidate:
    """Fill ``cand.pieces`` and ``cand.text`` with the trimmed sentence (in place; also returned)."""
    start, end = cand.start, cand.end
    cuts: list[Span] = []
    cuts += _bracket_cuts(text, start, end)
    cuts += _aside_cuts(text, start, end)
    tail = _tail_cut(text, cand, names_elsewhere or set())
    if tail:
        cuts.append(tail)
    else:
        clause = _clause_cut(text, start, end)
        if clause:
            cuts.append(clause)
    lead = _leading_connective(text, start, end)
    if lead:
        cuts.append(lead)
    pieces = _tidy(text, _complement(start, end, cuts))
    if not pieces:
        pieces = [(start, end)]
    kept = join(text, pieces)
    if len(_words(kept)) < 5:  # trimming left too little: show the sentence whole
        pieces, kept = [(start, end)], text[start:end]
    if kept and kept.rstrip("".join(QUOTE_CHARS))[-1:] not in ".!?…":
        # the final punctuation was cut with a tail or clause: cite it from the sentence end
        last = end - 1
        while last > start and text[last] in QUOTE_CHARS | {" "}:
            last -= 1
        if text[last] in ".!?…":
            pieces = pieces + [(last, last + 1)]
            kept = join(text, pieces)
    cand.pieces, cand.text = pieces, kept
    return cand
