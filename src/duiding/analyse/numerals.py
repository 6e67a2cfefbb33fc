"""Dutch numbers as written in news: digits in Dutch notation ("10.000", "1,5") and number words.

Shared by the dates and amounts extractors, so both read "anderhalf", "vijfentwintig" or
"1.250,5" the same way. Word lists live in ``resources/nl/number_words.txt`` and
``number_multipliers.txt``; compounds are parsed from their parts rather than listed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from duiding.resources import load_map

# Digits as written in Dutch: a dot groups thousands, a comma marks decimals ("1.250,5").
# An English decimal point ("2.5") is accepted when it is not followed by exactly three digits.
DIGITS = r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|\d+\.\d{1,2}(?!\d))"


def parse_digits(text: str) -> float:
    """Value of a digit string in Dutch notation: ``"10.000"`` -> 10000, ``"1,5"`` -> 1.5."""
    s = text.strip()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d+\.\d{1,2}", s):
        return float(s)
    return float(s.replace(",", "."))


@lru_cache(maxsize=1)
def _words() -> dict[str, float]:
    return {k.lower(): float(v) for k, v in load_map("number_words").items()}


@lru_cache(maxsize=1)
def multipliers() -> dict[str, float]:
    return {k.lower(): float(v) for k, v in load_map("number_multipliers").items()}


_FRACTIONS = {"anderhalf", "anderhalve", "half", "halve"}


@lru_cache(maxsize=4096)
def parse_number_word(word: str) -> float | None:
    """Value of a Dutch number word, compounds included ("vijfentwintig", "tweehonderdduizend").

    Returns None for anything that is not a number word. "een" is a number here; callers
    decide whether the context makes it one (it is usually the article).
    """
    w = word.lower().strip()
    words = _words()
    if w in words:
        return words[w]
    if not w.isalpha() or len(w) < 4:
        return None
    return _compound(w)


def _compound(w: str) -> float | None:
    words = _words()
    if w in words and w not in _FRACTIONS:
        return words[w]
    for big, factor in (("duizend", 1000.0), ("honderd", 100.0)):
        i = w.find(big)
        if i >= 0:
            left, right = w[:i], w[i + len(big) :]
            lv = 1.0 if not left else _compound(left)
            if left and (lv is None or lv >= factor):
                continue
            rv = 0.0 if not right else _compound(right.removeprefix("en"))
            if lv is None or rv is None or rv >= factor:
                continue
            return lv * factor + rv
    for m in re.finditer("ën|en", w):
        uv, tv = words.get(w[: m.start()]), words.get(w[m.end() :])
        if uv is not None and tv is not None and 1 <= uv <= 9 and tv in {20, 30, 40, 50, 60, 70, 80, 90}:
            return uv + tv
    return None


def number_word_pattern() -> str:
    """A regex alternative matching one number word (compounds allowed) as a whole word."""
    parts = sorted(_words(), key=len, reverse=True)
    alt = "|".join(re.escape(p) for p in parts)
    return rf"(?:(?:{alt})(?:ën|en)?)+"
