"""Turning Dutch text into search terms: accent folding, Snowball stemming and compound splitting.

Dutch writes compounds as one word ("luchtverdedigingssystemen"), so a search for one part would
miss them with stemming alone. Every word is therefore indexed as its stem plus the stems of its
parts (and of runs of adjacent parts), where a part counts when its stem is *known*: seen on its own
somewhere in the corpus, or listed in ``resources/nl/compound_parts.txt``. Queries go through the
same functions, so index and query always agree.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from duiding.resources import load_list

WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
PIECE_SPLIT_RE = re.compile(r"[-'’]")
MIN_COMPOUND = 7  # shorter words are not split
MIN_PART = 4  # parts found only through the corpus vocabulary must be at least this long
LINKS = ("s", "en", "e")  # linking letters between compound parts (tussenklanken)

_STEMMER = snowballstemmer.stemmer("dutch")


def fold(text: str) -> str:
    """Lowercase without accents: 'Oekraïne' and 'oekraine' become the same string."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball stem of a folded word."""
    return _STEMMER.stemWord(word)


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return frozenset(fold(w) for w in load_list("search_stopwords"))


@lru_cache(maxsize=1)
def resource_parts() -> frozenset[str]:
    """Stems of the curated compound parts (these may be short: 'top', 'gas', 'lid')."""
    return frozenset(stem(fold(w)) for w in load_list("compound_parts"))


@dataclass(frozen=True)
class WordTerms:
    """One word of a text, where it is, and the index terms it stands for."""

    start: int
    end: int
    terms: tuple[str, ...]


class Analyzer:
    """Words to terms, given the stems known as stand-alone words (the corpus vocabulary).

    The vocabulary only grows, so an analyzer made later may split a word that an earlier one
    kept whole; the index then simply holds fewer part-terms for older sentences.
    """

    def __init__(self, known_stems: Iterable[str] = ()) -> None:
        self.known = set(known_stems)
        self._cache: dict[str, tuple[str, ...]] = {}

    def learn(self, words: Iterable[str]) -> set[str]:
        """Add the stems of stand-alone (folded) words to the vocabulary; returns the new ones."""
        new = set()
        stops = stopwords()
        for w in words:
            if len(w) >= 3 and w not in stops and not w.isdigit():
                s = stem(w)
                if s not in self.known:
                    new.add(s)
        if new:
            self.known |= new
            self._cache.clear()
        return new

    # -- compounds --------------------------------------------------------------------------

    def _is_part(self, piece: str) -> bool:
        s = stem(piece)
        if s in resource_parts():
            return len(piece) >= 3
        return len(piece) >= MIN_PART and s in self.known and piece not in stopwords()

    def split(self, word: str) -> list[tuple[int, int]]:
        """Spans of the parts of a compound (fewest parts wins), or [] when it is not one."""
        n = len(word)
        if n < MIN_COMPOUND or not word.isalpha():
            return []
        best: dict[int, list[tuple[int, int]] | None] = {n: []}

        def cover(i: int) -> list[tuple[int, int]] | None:
            if i in best:
                return best[i]
            found: list[tuple[int, int]] | None = None
            for j in range(n if i else n - 3, i + 2, -1):  # longest part first, never the whole word
                if not self._is_part(word[i:j]):
                    continue
                for link in ("", *LINKS):
                    k = j + len(link)
                    if k > n or (link and word[j:k] != link) or (k == n and link):
                        continue
                    rest = cover(k)
                    if rest is not None and (found is None or len(rest) + 1 < len(found)):
                        found = [(i, j), *rest]
                if found is not None and len(found) <= 2:
                    break
            best[i] = found
            return found

        parts = cover(0)
        return parts if parts and len(parts) > 1 else []

    # -- words and texts --------------------------------------------------------------------

    def word_terms(self, word: str) -> tuple[str, ...]:
        """Index terms of one folded word (may contain hyphens): stems of the word and its parts."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        stops = stopwords()
        terms: list[str] = []
        pieces = [p for p in PIECE_SPLIT_RE.split(word) if p]
        if len(pieces) > 1:
            joined = "".join(pieces)
            terms.append(stem(joined))
        for piece in pieces:
            if piece in stops or (len(piece) < 2 and not piece.isdigit()):
                continue
            terms.append(stem(piece))
            parts = self.split(piece)
            for a in range(len(parts)):
                for b in range(a, len(parts)):
                    if a == 0 and b == len(parts) - 1:
                        continue
                    terms.append(stem(piece[parts[a][0] : parts[b][1]]))
        out = tuple(dict.fromkeys(t for t in terms if t))
        self._cache[word] = out
        return out

    def text_terms(self, text: str, offset: int = 0) -> list[WordTerms]:
        out = []
        for m in WORD_RE.finditer(text):
            terms = self.word_terms(fold(m.group()))
            if terms:
                out.append(WordTerms(m.start() + offset, m.end() + offset, terms))
        return out

    def index_text(self, text: str) -> str:
        """The space-separated terms FTS5 stores for a sentence."""
        return " ".join(t for w in self.text_terms(text) for t in w.terms)


def words(text: str) -> Iterator[str]:
    """Folded stand-alone words of a text (hyphenated words give their pieces)."""
    for m in WORD_RE.finditer(text):
        for piece in PIECE_SPLIT_RE.split(fold(m.group())):
            if piece:
                yield piece
