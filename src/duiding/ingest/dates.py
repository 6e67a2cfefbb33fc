"""Publication dates from metadata strings and from a dateline at the top of the text.

The precision matters downstream (a weekday in the text can only be resolved against a full
date), so every result is ``(iso, precision)`` and nothing is invented: ``2025-03`` stays a month.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from functools import cache

from duiding.records import DatePrecision
from duiding.resources import load_map

DateValue = tuple[str, DatePrecision]

_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ]\d{1,2}:\d{2}.*)?\s*$")
_ISO_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:T\d{4,6}.*)?\s*$")
_NUMERIC = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b")
MAX_DATELINE_PREFIX_WORDS = 4  # 'Den Haag,' / 'Gepubliceerd op' / 'DEN HAAG (ANP)'
_ISO_IN_TEXT = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


@cache
def _month_names() -> dict[str, int]:
    return {k.lower(): int(v) for k, v in load_map("dateline_months").items()}


@cache
def _textual_re() -> re.Pattern[str]:
    names = "|".join(sorted((re.escape(m) for m in _month_names()), key=len, reverse=True))
    return re.compile(
        rf"\b(\d{{1,2}})\s+({names})\.?\s+(\d{{4}})\b|\b({names})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.IGNORECASE
    )


def _valid(y: int, m: int, d: int | None = None) -> bool:
    try:
        date(y, m, d or 1)
    except ValueError:
        return False
    return 1800 < y < 2200


def _fmt(y: int, m: int | None = None, d: int | None = None) -> DateValue | None:
    if m is None:
        return (f"{y:04d}", "year") if 1800 < y < 2200 else None
    if not _valid(y, m, d):
        return None
    if d is None:
        return f"{y:04d}-{m:02d}", "month"
    return f"{y:04d}-{m:02d}-{d:02d}", "day"


def parse_date(value: object) -> DateValue | None:
    """Parse a metadata date: ISO 8601, RFC 822, '6 maart 2025', '06-03-2025', a Unix timestamp.

    A timestamp keeps the calendar date as written (no conversion to UTC: a Dutch evening article
    would otherwise move to the next day).
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return _from_timestamp(float(value))
    if isinstance(value, datetime):
        return _fmt(value.year, value.month, value.day)
    if isinstance(value, date):
        return _fmt(value.year, value.month, value.day)
    s = str(value).strip()
    if not s:
        return None
    if m := _ISO.match(s):
        y, mo, d = m.group(1), m.group(2), m.group(3)
        return _fmt(int(y), int(mo) if mo else None, int(d) if d else None)
    if m := _ISO_COMPACT.match(s):
        return _fmt(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if re.fullmatch(r"\d{9,13}(\.\d+)?", s):
        return _from_timestamp(float(s))
    try:
        dt = parsedate_to_datetime(s)
        if dt is not None:
            return _fmt(dt.year, dt.month, dt.day)
    except (TypeError, ValueError, IndexError):
        pass
    if found := find_date_in(s):
        return found
    return _dateparser(s)


def _from_timestamp(ts: float) -> DateValue | None:
    if ts > 1e11:  # milliseconds
        ts /= 1000
    try:
        dt = datetime.fromtimestamp(ts)
    except (OverflowError, OSError, ValueError):
        return None
    return _fmt(dt.year, dt.month, dt.day)


def find_date_in(s: str) -> DateValue | None:
    """The first explicit full date in ``s``: '12 maart 2025', 'March 12, 2025', '12-03-2025', '2025-03-12'."""
    found = _dates_in(s)
    return found[0][1] if found else None


def _dates_in(s: str) -> list[tuple[int, DateValue]]:
    """(position, date) of the first date of each notation in ``s``, sorted by position."""
    months = _month_names()
    candidates: list[tuple[int, DateValue]] = []
    for m in _textual_re().finditer(s):
        if m.group(1):
            d, mon, y = int(m.group(1)), months[m.group(2).lower()], int(m.group(3))
        else:
            mon, d, y = months[m.group(4).lower()], int(m.group(5)), int(m.group(6))
        if v := _fmt(y, mon, d):
            candidates.append((m.start(), v))
            break
    for m in _NUMERIC.finditer(s):  # Dutch order: day-month-year
        if v := _fmt(int(m.group(3)), int(m.group(2)), int(m.group(1))):
            candidates.append((m.start(), v))
            break
    for m in _ISO_IN_TEXT.finditer(s):
        if v := _fmt(int(m.group(1)), int(m.group(2)), int(m.group(3))):
            candidates.append((m.start(), v))
            break
    return sorted(candidates)


def _dateparser(s: str) -> DateValue | None:
    """Last resort for free-form metadata; slow to import, so only loaded when needed."""
    if len(s) > 80 or not re.search(r"\d{4}", s):  # a publication date without a year is no date
        return None
    try:
        from dateparser.date import DateDataParser

        data = DateDataParser(languages=["nl", "en"], settings={"PREFER_DAY_OF_MONTH": "first"}).get_date_data(s)
    except Exception:  # noqa: BLE001 - dateparser raises a zoo of exceptions on odd input
        return None
    if data is None or data.date_obj is None:
        return None
    dt = data.date_obj
    period = data.period or "day"
    if period == "year":
        return _fmt(dt.year)
    if period == "month":
        return _fmt(dt.year, dt.month)
    return _fmt(dt.year, dt.month, dt.day)


def find_dateline(text: str, max_lines: int = 4, max_chars: int = 600) -> DateValue | None:
    """A date written at the very start of one of the opening lines ('Den Haag, 12 maart 2025 - ...').

    Only what precedes the date is judged: a place, a weekday or 'Gepubliceerd op' (a few words, no
    sentence end). A date later in a sentence is something the article talks about, not when it appeared.
    """
    for line in text[:max_chars].splitlines()[:max_lines]:
        for pos, value in _dates_in(line[:160]):
            before = line[:pos]
            if len(before.split()) <= MAX_DATELINE_PREFIX_WORDS and not re.search(r"\w{3,}[.!?]\s", before + " "):
                return value
    return None
