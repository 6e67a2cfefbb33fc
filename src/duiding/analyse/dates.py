"""Temporal expressions in Dutch news, normalised to ISO 8601 relative to the publication date.

A hand-written grammar (regular expressions built from the word lists in ``resources/nl``)
finds the expressions; each is resolved against the publication date at the precision the
text supports and no further: "6 maart" becomes a day, "eind juni" a month with a note, and
"donderdag" stays unresolved (value None, with a note) when the article is only dated to the
month. Where the text leaves the year or the week open, the tense of the clause decides
between the previous and the next occurrence ("vindt eind juni plaats" is ahead, "maakte
vorige week bekend" is behind); without a cue the occurrence nearest to publication wins.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from duiding.analyse.numerals import DIGITS, number_word_pattern, parse_digits, parse_number_word
from duiding.analyse.tense import Relation, tense_near
from duiding.records import Article, ArticleAnalysis, DateMention, Token
from duiding.resources import load_map

NO_PUB = "publication date unknown"


# --- the publication date ----------------------------------------------------------------------


@dataclass(frozen=True)
class Anchor:
    """The publication date at its known precision (any part may be None)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @classmethod
    def of(cls, article: Article) -> Anchor:
        m = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", article.date or "")
        if not m:
            return cls()
        y, mo, d = (int(g) if g else None for g in m.groups())
        if article.date_precision == "year":
            mo = d = None
        elif article.date_precision == "month":
            d = None
        return cls(y, mo, d)

    @property
    def date(self) -> dt.date | None:
        if self.year and self.month and self.day:
            return dt.date(self.year, self.month, self.day)
        return None

    def why_not(self, need: str) -> str:
        if self.year is None:
            return NO_PUB
        known = "day" if self.day else "month" if self.month else "year"
        return f"{need} unresolvable: publication date known to the {known} only"


# --- context passed to the resolvers ------------------------------------------------------------


@dataclass
class Context:
    anchor: Anchor
    tokens: list[Token]
    starts: list[int]
    sentences: list[tuple[int, int, int, int]]  # (char start, char end, token start, token end)

    def tense(self, pos: int) -> Relation | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        for cs, ce, ts, te in self.sentences:
            if cs <= pos < ce:
                return tense_near(self.tokens, ts, te, max(i, ts))
        return None


@dataclass
class Found:
    value: str | None
    kind: str = "date"
    relation: Relation | None = None
    note: str | None = None


# --- word lists as regex pieces ------------------------------------------------------------------


def _alt(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _words() -> dict[str, dict[str, str]]:
    return {
        "months": load_map("months"),
        "weekdays": load_map("weekdays"),
        "mods": load_map("date_modifiers"),
        "seasons": load_map("seasons"),
        "units": load_map("duration_units"),
        "ordinals": load_map("ordinals"),
        "holidays": load_map("holidays"),
    }


def _month_number(word: str) -> int:
    return int(_words()["months"][word.lower().rstrip(".")])


def _mod_of(text: str | None) -> str | None:
    if not text:
        return None
    key = re.sub(r"\s+van$", "", " ".join(text.lower().split()))
    return _words()["mods"].get(key)


# --- ISO helpers -----------------------------------------------------------------------------------


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + delta
    return n // 12, n % 12 + 1


def _iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _compare(value: tuple[int, ...], anchor: Anchor) -> Relation | None:
    """past/present/future of a (year[, month[, day]]) against the anchor at their common precision."""
    a = tuple(x for x in (anchor.year, anchor.month, anchor.day) if x is not None)
    if not a:
        return None
    n = min(len(a), len(value))
    if value[:n] < a[:n]:
        return "past"
    if value[:n] > a[:n]:
        return "future"
    return "present"


def _with_mod(note: str | None, mod: str | None) -> str | None:
    if not mod:
        return note
    return f"modifier: {mod}" + (f"; {note}" if note else "")


def _pick_year(anchor: Anchor, month: int, day: int | None, tense: Relation | None) -> tuple[int, str | None]:
    """Year for a month (and day) written without one: by tense, else nearest to publication."""
    assert anchor.year is not None
    if anchor.month is None:
        return anchor.year, "year taken from the publication date"
    a_day = anchor.day if (anchor.day and day) else None

    def dist(y: int) -> float:
        d = (y * 12 + month) - (anchor.year * 12 + anchor.month)  # type: ignore[operator]
        if d == 0 and a_day is not None and day is not None:
            return (day - a_day) / 31
        return float(d)

    cands = [anchor.year - 1, anchor.year, anchor.year + 1]
    nearest = min(cands, key=lambda y: abs(dist(y)))
    ahead = min((y for y in cands if dist(y) >= 0), key=dist)
    behind = max((y for y in cands if dist(y) <= 0), key=dist)
    if tense in ("past", "future"):
        best = behind if tense == "past" else ahead
        if abs(dist(best)) <= 11:
            return best, None
    elif dist(ahead) <= 9 and dist(behind) < -3:
        # "In september zijn er verkiezingen" (in February): present tense names what is coming
        return ahead, None
    return nearest, None


def _relation(value_parts: tuple[int, ...], anchor: Anchor, tense: Relation | None) -> Relation | None:
    rel = _compare(value_parts, anchor)
    if (
        rel == "present"
        and tense in ("past", "future")
        and len(value_parts) > sum(x is not None for x in (anchor.year, anchor.month, anchor.day))
    ):
        return tense  # finer than the publication date: the tense knows better
    return rel or tense


# --- resolvers -------------------------------------------------------------------------------------
# Each takes the match and the context and returns a Found, or None to drop the match.


def _year_ref(m: re.Match[str], ctx: Context) -> int | None:
    """Year written after a month/season/quarter: "2024", "vorig jaar", "dit jaar" ..."""
    if m.group("yr"):
        return int(m.group("yr"))
    rel = (m.group("yrel") or "").lower()
    if not rel or ctx.anchor.year is None:
        return None
    return ctx.anchor.year + {"vorig": -1, "afgelopen": -1, "dit": 0, "volgend": 1, "komend": 1}[rel]


def _has_year_ref(m: re.Match[str]) -> bool:
    return bool(m.group("yr") or m.group("yrel"))


def _lead_tense(m: re.Match[str], start: int) -> Relation | None:
    """ "vanaf 1 april", "per maandag", "uiterlijk juni" run from a coming date; "sinds" from a past one."""
    lead = re.search(r"(\w+)\s*$", m.string[max(0, start - 12) : start])
    word = lead.group(1).lower() if lead else ""
    if word in ("vanaf", "per", "uiterlijk", "voor"):
        return "future"
    if word in ("sinds", "sedert"):
        return "past"
    return None


def r_day_month(m: re.Match[str], ctx: Context) -> Found | None:
    day, month = int(m.group("d")), _month_number(m.group("mon"))
    if not 1 <= day <= 31:
        return None
    tense = _lead_tense(m, m.start()) or ctx.tense(m.start())
    if _has_year_ref(m):
        year = _year_ref(m, ctx)
        if year is None:
            return Found(None, note=NO_PUB)
        note = None
    elif ctx.anchor.year is None:
        return Found(None, note="year unknown: " + NO_PUB, relation=tense)
    else:
        year, note = _pick_year(ctx.anchor, month, day, tense)
    try:
        dt.date(year, month, day)
    except ValueError:
        return None
    return Found(
        f"{year:04d}-{month:02d}-{day:02d}", relation=_relation((year, month, day), ctx.anchor, tense), note=note
    )


def r_numeric(m: re.Match[str], ctx: Context) -> Found | None:
    g = m.groupdict()
    if g.get("iy"):
        y, mo, d = int(g["iy"]), int(g["im"]), int(g["id"])
    else:
        y, mo, d = int(g["ny"]), int(g["nm"]), int(g["nd"])
    try:
        dt.date(y, mo, d)
    except ValueError:
        return None
    return Found(f"{y:04d}-{mo:02d}-{d:02d}", relation=_relation((y, mo, d), ctx.anchor, ctx.tense(m.start())))


def r_month(m: re.Match[str], ctx: Context) -> Found | None:
    month = _month_number(m.group("mon"))
    mod = _mod_of(m.group("mod"))
    tense = _lead_tense(m, m.start()) or ctx.tense(m.start())
    if _has_year_ref(m):
        year = _year_ref(m, ctx)
        if year is None:
            return Found(None, note=_with_mod(NO_PUB, mod))
        note = None
    elif ctx.anchor.year is None:
        return Found(None, relation=tense, note=_with_mod("year unknown: " + NO_PUB, mod))
    else:
        year, note = _pick_year(ctx.anchor, month, None, tense)
    return Found(_ym(year, month), relation=_relation((year, month), ctx.anchor, tense), note=_with_mod(note, mod))


def r_year(m: re.Match[str], ctx: Context) -> Found | None:
    year = int(m.group("y"))
    if not 1800 <= year <= 2200:
        return None
    mod = _mod_of(m.group("mod"))
    return Found(
        f"{year:04d}", relation=_relation((year,), ctx.anchor, ctx.tense(m.start())), note=_with_mod(None, mod)
    )


_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}


def _bare_season(ctx: Context, code: str, pos: int, ahead: bool = False) -> Found:
    """ "het voorjaar", "in het najaar" with no year: the occurrence the clause's tense points to.

    Past: the latest one that has begun by publication; otherwise the one not yet over (the current one
    counts), so "verwacht dat de aanvoer in het voorjaar verdubbelt" read in October is next spring.
    """
    a = ctx.anchor
    assert a.year is not None and a.month is not None
    first, last = _SEASON_MONTHS[code]
    tense = None if ahead else ctx.tense(pos)
    if tense == "past":
        year = a.year if a.month >= first else a.year - 1
    else:
        year = a.year if a.month <= last else a.year + 1
    rel: Relation = (
        "present" if first <= a.month <= last and year == a.year else "past" if tense == "past" else "future"
    )
    return Found(f"{year:04d}-{code}", relation=rel, note="year from the tense and the publication date")


def r_season(m: re.Match[str], ctx: Context) -> Found | None:
    code = _words()["seasons"][m.group("season").lower()]
    det = (m.group("sdet") or m.group("sdet2") or "").lower()
    year = _year_ref(m, ctx) if _has_year_ref(m) else None
    if year is None:
        if ctx.anchor.year is None:
            return Found(None, note=NO_PUB)
        shift = {"vorige": -1, "afgelopen": -1, "komende": 1, "volgende": 1}.get(det, 0)
        year = ctx.anchor.year + shift
        if shift == 0 and det not in ("deze", "dit"):
            if not m.group("sdet2") or code not in _SEASON_MONTHS or ctx.anchor.month is None:
                # "de zomer nodig hebben", a bare "zomer", a winter spanning two years: too loose to place
                return None
            ahead = (m.group("sprep") or "").lower() in ("voor", "vóór", "tot")  # a deadline: the coming one
            return _bare_season(ctx, code, m.start(), ahead)
    rel = {"vorige": "past", "afgelopen": "past", "komende": "future", "volgende": "future"}.get(det)
    return Found(f"{year:04d}-{code}", relation=rel or _compare((year,), ctx.anchor))  # type: ignore[arg-type]


def r_quarter(m: re.Match[str], ctx: Context) -> Found | None:
    n = int(_words()["ordinals"].get(m.group("ord").lower(), "0"))
    part = m.group("part").lower()
    if m.group("qmon"):
        return _half_of_month(m, ctx, n, part)
    top = 4 if part == "kwartaal" else 2
    if not 1 <= n <= top:
        return None
    year = _year_ref(m, ctx) if _has_year_ref(m) else ctx.anchor.year
    if year is None:
        return Found(None, note=NO_PUB)
    code = f"Q{n}" if part == "kwartaal" else f"H{n}"
    note = None if _has_year_ref(m) else "year taken from the publication date"
    return Found(f"{year:04d}-{code}", relation=_compare((year,), ctx.anchor), note=note)


def _half_of_month(m: re.Match[str], ctx: Context, n: int, part: str) -> Found | None:
    """ "de tweede helft van januari": that month, the part kept in a note (ISO has no half-month)."""
    if part != "helft" or n not in (1, 2):
        return None
    month = _month_number(m.group("qmon"))
    note = "first half of the month" if n == 1 else "second half of the month"
    tense = _lead_tense(m, m.start()) or ctx.tense(m.start())
    if _has_year_ref(m):
        year = _year_ref(m, ctx)
        if year is None:
            return Found(None, note=f"{note}; {NO_PUB}")
    elif ctx.anchor.year is None:
        return Found(None, relation=tense, note=f"{note}; year unknown: {NO_PUB}")
    else:
        year, _ = _pick_year(ctx.anchor, month, None, tense)
    return Found(_ym(year, month), relation=_relation((year, month), ctx.anchor, tense), note=note)


_REL_SHIFT = {
    "vorige": -1, "vorig": -1, "verleden": -1, "afgelopen": -1, "het afgelopen": -1, "de afgelopen": -1,
    "deze": 0, "dit": 0,
    "volgende": 1, "volgend": 1, "komende": 1, "komend": 1, "aanstaande": 1, "het komende": 1, "de komende": 1,
}  # fmt: skip


def r_relative_period(m: re.Match[str], ctx: Context) -> Found | None:
    det = " ".join(m.group("rdet").lower().split())
    unit = m.group("runit").lower()
    shift = _REL_SHIFT[det]
    mod = _mod_of(m.group("mod"))
    rel: Relation = "past" if shift < 0 else "future" if shift > 0 else "present"
    a = ctx.anchor
    if det in ("het afgelopen", "het komende", "de afgelopen", "de komende") and not mod:
        code = {"week": "P1W", "weekend": None, "maand": "P1M", "jaar": "P1Y"}.get(unit)
        if code:
            side = "before" if shift < 0 else "after"
            name = {"week": "week", "maand": "month", "jaar": "year"}[unit]
            return Found(code, kind="duration", relation=rel, note=f"the {name} {side} publication")
    if a.year is None:
        return Found(None, relation=rel, note=_with_mod(NO_PUB, mod))
    if unit == "jaar":
        return Found(f"{a.year + shift:04d}", relation=rel, note=_with_mod(None, mod))
    if unit == "maand":
        if a.month is None:
            return Found(None, relation=rel, note=_with_mod(a.why_not("month"), mod))
        return Found(_ym(*_shift_month(a.year, a.month, shift)), relation=rel, note=_with_mod(None, mod))
    if unit in ("week", "weekend"):
        if a.date is None:
            return Found(None, relation=rel, note=_with_mod(a.why_not("week"), mod))
        d = a.date + dt.timedelta(weeks=shift)
        if unit == "weekend":
            # "afgelopen weekend" read on a weekday is the one just gone, i.e. last ISO week's
            if (
                shift == 0
                or (det == "afgelopen" and a.date.isoweekday() >= 6)
                or det in ("komende", "aanstaande")
                and a.date.isoweekday() < 6
            ):
                d = a.date
            elif det == "afgelopen":
                d = a.date - dt.timedelta(weeks=1)
            if shift == 0:
                rel = "present" if a.date.isoweekday() >= 6 else "future"
            return Found(_iso_week(d) + "-WE", relation=rel, note=_with_mod(None, mod))
        return Found(_iso_week(d), relation=rel, note=_with_mod(None, mod))
    code = _words()["seasons"].get(unit)
    if code:
        year = a.year + shift
        return Found(f"{year:04d}-{code}", relation=rel, note=_with_mod(None, mod))
    return None


def r_weekday(m: re.Match[str], ctx: Context) -> Found | None:
    """A weekday: the nearest one in the clause's tense; with no tense cue the coming one.

    Dutch news writes planned events in the present ("De Kamer stemt dinsdag") and past ones with a
    past verb ("zei zaterdag"), so a weekday without any past cue is read as ahead.
    "donderdag volgende week" / "vorige week dinsdag" place the day in that week.
    """
    wd = int(_words()["weekdays"][m.group("wd").lower()])
    det = (m.group("wdet") or "").lower()
    week = (m.group("wweek") or m.group("wweek2") or "").lower()
    a = ctx.anchor
    if week:
        shift = _REL_SHIFT[week]
        rel_w: Relation = "past" if shift < 0 else "future" if shift > 0 else "present"
        if a.date is None:
            return Found(None, relation=rel_w, note=a.why_not("weekday"))
        monday = a.date - dt.timedelta(days=a.date.isoweekday() - 1) + dt.timedelta(weeks=shift)
        d = monday + dt.timedelta(days=wd - 1)
        return Found(d.isoformat(), relation=_compare((d.year, d.month, d.day), a))
    if det in ("vorige", "afgelopen", "verleden"):
        tense: Relation | None = "past"
        strict = True
    elif det in ("komende", "aanstaande", "volgende"):
        tense, strict = "future", True
    else:
        # "is vanaf maandag afgesloten" runs from the coming Monday; "sinds maandag" from the last one
        tense, strict = _lead_tense(m, m.start("wd")) or ctx.tense(m.start()), False
    if a.date is None:
        return Found(None, relation=tense or "future", note=a.why_not("weekday"))
    today = a.date.isoweekday()
    if tense == "past":
        delta = -((today - wd) % 7 or (7 if strict else 0))
    else:
        delta = (wd - today) % 7 or (7 if strict else 0)
    d = a.date + dt.timedelta(days=delta)
    rel: Relation = "present" if delta == 0 else "past" if delta < 0 else "future"
    return Found(d.isoformat(), relation=rel)


_DEICTIC = {"eergisteren": -2, "gisteren": -1, "gister": -1, "vandaag": 0, "vannacht": 0, "vanochtend": 0,
            "vanmorgen": 0, "vanmiddag": 0, "vanavond": 0, "morgen": 1, "overmorgen": 2}  # fmt: skip


def _figurative(m: re.Match[str]) -> bool:
    """ "de oorlog van morgen", "vandaag de dag", "Wie morgen granaten wil, moet vandaag betalen": the
    future or the present in general, not a day. Only "morgen" and "vandaag" are used this way."""
    word = m.group(0).lower()
    if word not in ("morgen", "vandaag"):
        return False
    before = m.string[max(0, m.start() - 40) : m.start()]
    if re.search(r"\w\s+van\s+$", before) or re.match(r"\s+de\s+dag\b", m.string[m.end() : m.end() + 10]):
        return True
    # a generic "wie ..." sentence: the sentence (or the quote) opens with "Wie"
    opening = re.split(r"[.!?]\s+|[„“‘'\"]", before)[-1]
    return re.match(r"\s*wie\b", opening, re.IGNORECASE) is not None


def r_deictic(m: re.Match[str], ctx: Context) -> Found | None:
    word = m.group("deic").lower()
    if _figurative(m):
        return None
    shift = _DEICTIC[word]
    rel: Relation = "past" if shift < 0 else "future" if shift > 0 else "present"
    a = ctx.anchor
    if a.date is None:
        if shift == 0 and a.month is not None and a.year is not None:
            return Found(
                _ym(a.year, a.month), relation=rel, note="day unknown: publication date known to the month only"
            )
        return Found(None, relation=rel, note=a.why_not("day"))
    return Found((a.date + dt.timedelta(days=shift)).isoformat(), relation=rel)


_APPROX = {"ruim": "more than", "meer dan": "more than", "bijna": "almost", "zo'n": "about", "ongeveer": "about",
           "circa": "about", "minder dan": "less than", "zeker": "at least", "minstens": "at least",
           "ten minste": "at least", "maximaal": "at most", "hooguit": "at most"}  # fmt: skip


def _num(text: str | None) -> float | None:
    if not text:
        return None
    t = " ".join(text.lower().split())
    if t in ("een half", "een halve"):
        return 0.5
    if re.fullmatch(r"\d[\d.,]*", t):
        return parse_digits(t)
    return parse_number_word(t)


def _duration_code(n: float, unit: str) -> str:
    if unit == "QH":
        n, unit = n * 15, "MIN"
    if unit == "DE":
        n, unit = n * 10, "Y"
    if unit == "CE":
        n, unit = n * 100, "Y"
    whole = int(n)
    frac = n - whole
    time = unit in ("H", "MIN", "S")
    letter = "M" if unit == "MIN" else unit
    if frac == 0:
        return f"P{'T' if time else ''}{whole}{letter}"
    split = {"H": (60, "M"), "MIN": (60, "S"), "Y": (12, "M"), "D": (24, "H")}
    if unit in split:
        mult, sub = split[unit]
        rest = round(frac * mult)
        head = f"{whole}{letter}" if whole else ""
        if unit == "D":
            return f"P{head}T{rest}H" if head else f"PT{rest}H"
        return f"P{'T' if time else ''}{head}{rest}{sub}"
    return f"P{'T' if time else ''}{n:g}{letter}"


def r_duration(m: re.Match[str], ctx: Context) -> Found | None:
    n1 = _num(m.group("n1"))
    n2 = _num(m.group("n2"))
    unit = _words()["units"][m.group("unit").lower()]
    if n1 is None or (m.group("n2") and n2 is None):
        return None
    if n1 > 1000 and unit == "Y":
        return None  # "2024 jaar" is not a duration
    pre = (m.group("pre") or "").lower()
    post = (m.group("post") or "").lower().strip()
    det = " ".join((m.group("ddet") or "").lower().split())  # "de komende", "het afgelopen" ...
    approx = _APPROX.get(" ".join((m.group("approx") or "").lower().split()))
    code = _duration_code(n1, unit)
    if n2 is not None:
        code = f"{code}/{_duration_code(n2, unit)}"
    note = f"{approx} {code}" if approx else None
    if n2 is not None:
        note = (note + "; " if note else "") + f"range {n1:g} to {n2:g}"
    if post == "geleden" or pre == "over":
        # a point in time: "twee weken geleden", "over drie maanden"
        sign = -1 if post == "geleden" else 1
        rel: Relation = "past" if sign < 0 else "future"
        a = ctx.anchor
        point = _point(a, sign * n1, unit) if n2 is None else None
        if point is None:
            why = a.why_not("date") if a.year is not None else NO_PUB
            if n2 is not None:
                why = "range"
            return Found(None, relation=rel, note=f"{'-' if sign < 0 else '+'}{code} from publication; {why}")
        return Found(point, relation=rel, note=note)
    rel2: Relation | None = None
    if det.endswith(("afgelopen", "laatste")) or post in ("eerder",):
        rel2 = "past"
    elif det.endswith(("komende", "volgende")) or pre in ("binnen",):
        rel2 = "future"
    if n2 is not None:
        # "vier tot zes weken": no single value; the range is kept in the note
        return Found(None, kind="duration", relation=rel2, note=f"range {code}" + (f"; {approx}" if approx else ""))
    return Found(code, kind="duration", relation=rel2, note=note)


def _point(a: Anchor, n: float, unit: str) -> str | None:
    """Publication date shifted by n units, at the precision both support."""
    if unit == "Y" and n != int(n) and float(n * 12).is_integer():
        n, unit = n * 12, "M"  # "een half jaar geleden", "anderhalf jaar geleden": months back
    if n != int(n) or a.year is None:
        return None
    k = int(n)
    if unit == "Y":
        return f"{a.year + k:04d}"
    if unit == "M" and a.month is not None:
        return _ym(*_shift_month(a.year, a.month, k))
    if a.date is None:
        return None
    if unit == "W":
        return (a.date + dt.timedelta(weeks=k)).isoformat()  # "twee weken geleden": that day, as news means it
    if unit == "D":
        return (a.date + dt.timedelta(days=k)).isoformat()
    return None


def r_set(m: re.Match[str], ctx: Context) -> Found | None:
    """A recurring date ("elk jaar in juni", "elke maandag"): no single date, so no value.

    Plain frequencies ("elke dag", "jaarlijks") and vague references ("binnenkort", "de komende
    jaren") are not reported: they place nothing on a timeline.
    """
    t = " ".join(m.group(0).lower().split())
    return Found(None, kind="set", note=f"recurring: {t}")


_DECADES = {"twintig": 2, "dertig": 3, "veertig": 4, "vijftig": 5, "zestig": 6, "zeventig": 7, "tachtig": 8,
            "negentig": 9}  # fmt: skip


def r_decade(m: re.Match[str], ctx: Context) -> Found | None:
    """ "de jaren negentig" -> "199" (ISO reduced precision: the decade). Word decades are the 1900s."""
    g = m.group("dec").lower().strip("'’")
    if g.isdigit() and len(g) == 4:
        return Found(g[:3], relation=_compare((int(g) + 9,), ctx.anchor))
    tens = int(g[0]) if g.isdigit() else _DECADES.get(g)
    if tens is None:
        return None
    return Found(f"19{tens}", relation=_compare((1909 + tens * 10,), ctx.anchor) or "past")


def r_century(m: re.Match[str], ctx: Context) -> Found | None:
    n = int(_words()["ordinals"].get(m.group("cord").lower(), "0"))
    if n <= 0:
        return None
    return Found(f"{n - 1:02d}", relation=_compare(((n - 1) * 100 + 99,), ctx.anchor))


def r_time(m: re.Match[str], ctx: Context) -> Found | None:
    h = int(m.group("h") or m.group("h2"))
    mi = int(m.group("mi") or m.group("mi2") or m.group("mi3") or 0)
    if not (0 <= h <= 24 and 0 <= mi < 60):
        return None
    return Found(f"T{h:02d}:{mi:02d}", kind="time")


def _easter(year: int) -> dt.date:
    """Easter Sunday (Gregorian calendar, the anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _holiday_date(rule: str, year: int) -> dt.date:
    if rule.startswith("easter"):
        return _easter(year) + dt.timedelta(days=int(rule[6:]))
    if rule.count(":") == 2:  # MM:n:wd, the n-th weekday of the month
        month, n, wd = (int(x) for x in rule.split(":"))
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
    fixed, _, shift = rule.partition("<")
    d = dt.date(year, int(fixed[:2]), int(fixed[3:5]))
    if shift == "sun-1" and d.isoweekday() == 7:
        d -= dt.timedelta(days=1)
    return d


def r_holiday(m: re.Match[str], ctx: Context) -> Found | None:
    """ "voor kerst", "na Pasen", "op Koningsdag": the holiday's date in the year the tense points to
    (movable feasts computed from Easter)."""
    name = " ".join(m.group("hol").lower().split())
    rule = _words()["holidays"][name]
    if name == "oud en nieuw" and not re.search(
        r"(?:rond|met|na|voor|tijdens|sinds|tot|vanaf|na)\s+$",
        m.string[max(0, m.start() - 12) : m.start()],
        re.IGNORECASE,
    ):
        return None  # "oud en nieuw personeel" is no holiday
    tense = _lead_tense(m, m.start()) or ctx.tense(m.start())
    if _has_year_ref(m):
        year = _year_ref(m, ctx)
    elif ctx.anchor.year is None:
        year = None
    else:
        approx = _holiday_date(rule, ctx.anchor.year)
        year, _ = _pick_year(ctx.anchor, approx.month, approx.day, tense)
    if year is None:
        return Found(None, relation=tense, note="year unknown: " + NO_PUB)
    d = _holiday_date(rule, year)
    return Found(d.isoformat(), relation=_relation((d.year, d.month, d.day), ctx.anchor, tense))


# --- the grammar -----------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _grammar() -> list[tuple[re.Pattern[str], Callable[[re.Match[str], Context], Found | None], int]]:
    w = _words()
    full_months = [k for k, v in w["months"].items() if len(k) > 4 or k in ("mei", "juni", "juli")]
    month = _alt(full_months)
    month_any = _alt(list(w["months"]))
    weekday = _alt(list(w["weekdays"]))
    mods = _alt(list(w["mods"]))
    seasons = _alt(list(w["seasons"]))
    units = _alt(list(w["units"]))
    ords = _alt(list(w["ordinals"]))
    numw = number_word_pattern()
    num = rf"(?:{DIGITS}|een\s+hal(?:f|ve)|{numw})"
    approx = _alt(list(_APPROX))
    yref = r"(?:\s+(?:van\s+)?(?:(?P<yr>(?:1[89]|2[01])\d{2})\b|(?P<yrel>vorig|volgend|dit|afgelopen|komend)\s+jaar))"
    b = r"(?<![\w-])"  # start of a word
    e = r"(?![\w-])"  # end of a word
    mod = rf"(?:(?P<mod>{mods})(?:\s+van)?\s+)"
    daypart = r"(?:ochtend|middag|avond|nacht|morgen)"
    holidays = _alt([h.replace(" ", "\x00") for h in w["holidays"]]).replace("\x00", r"\s+")
    rules: list[tuple[str, Callable[[re.Match[str], Context], Found | None], int]] = [
        # the leading first-letter lookahead halves the cost of scanning every article for a holiday
        (rf"(?=[{''.join(sorted({h[0] for h in w['holidays']}))}]){b}(?P<hol>{holidays}){yref}?{e}", r_holiday, 6),
        (
            rf"{b}(?:(?:{weekday}){daypart}?,?\s+)?(?P<d>\d{{1,2}})(?:e|ste|de)?\s+(?P<mon>{month_any})\.?{yref}?{e}",
            r_day_month,
            9,
        ),
        (
            rf"{b}(?:(?P<id>\d{{1,2}})-(?P<im>\d{{1,2}})-(?P<iy>\d{{4}})|(?P<ny>\d{{4}})-(?P<nm>\d{{2}})-(?P<nd>\d{{2}})){e}",
            r_numeric,
            9,
        ),
        (
            (
                rf"{b}(?:om\s+)?(?P<h>\d{{1,2}})(?:[.:](?P<mi>\d{{2}})\s*uur|:(?P<mi2>\d{{2}}))(?!\d)|"
                rf"{b}om\s+(?P<h2>\d{{1,2}})(?:[.:](?P<mi3>\d{{2}})|\s*uur){e}"
            ),
            r_time,
            8,
        ),
        (rf"{b}{mod}?(?P<mon>{month}){yref}?{e}", r_month, 7),
        (
            (
                rf"{b}(?:(?P<sdet>deze|dit|vorige|afgelopen|komende|volgende|de|het)\s+|(?P<sprep>in|voor|vóór|na|tot|rond)\s+(?P<sdet2>de|het)\s+)?"
                rf"(?P<season>{seasons})"
                rf"{yref}?{e}"
            ),
            r_season,
            6,
        ),
        (
            rf"{b}(?:het\s+|de\s+)?(?P<ord>{ords})\s+(?P<part>kwartaal|helft)(?:\s+van)?(?:\s+(?P<qmon>{month}))?{yref}?{e}",
            r_quarter,
            7,
        ),
        (
            (
                rf"{b}{mod}?(?P<rdet>het\s+afgelopen|het\s+komende|de\s+afgelopen|de\s+komende|vorige|vorig|verleden|afgelopen|deze|dit|volgende|"
                rf"volgend|komende|komend|aanstaande)\s+(?P<runit>week|weekend|maand|jaar|{seasons}){e}"
            ),
            r_relative_period,
            7,
        ),
        (rf"{b}{mod}?(?:het\s+jaar\s+)?(?P<y>(?:1[89]|2[01])\d{{2}}){e}", r_year, 5),
        (
            (
                rf"{b}(?:(?P<wweek2>vorige|volgende|deze)\s+week\s+)?(?:(?P<wdet>vorige|afgelopen|verleden|komende|aanstaande|"
                rf"volgende)\s+)?(?P<wd>{weekday}){daypart}?(?:\s+(?P<wweek>vorige|volgende|deze)\s+week)?{e}"
            ),
            r_weekday,
            6,
        ),
        (
            (
                rf"{b}(?P<deic>eergisteren|gisteren|gister|vandaag|vannacht|vanochtend|vanmorgen|vanmiddag|vanavond|"
                rf"overmorgen|morgen)(?:ochtend|middag|avond|nacht)?{e}"
            ),
            r_deictic,
            6,
        ),
        (
            (
                rf"{b}(?:(?P<pre>over|binnen|na|sinds|al|in)\s+)?(?P<ddet>(?:de|het)\s+(?:afgelopen|komende|laatste|eerste|"
                rf"volgende)\s+)?(?:(?P<approx>{approx})\s+)?(?P<n1>{num})(?:\s*(?:tot|à|a|-|–|of)\s*(?P<n2>{num}))?"
                rf"\s+(?P<unit>{units})(?P<post>\s+geleden|\s+later|\s+eerder)?{e}"
            ),
            r_duration,
            8,
        ),
        (
            (
                rf"{b}(?:(?:elke|elk|iedere|ieder)\s+(?:jaar|maand|week)\s+(?:in|op)\s+(?:{month}|{weekday})|"
                rf"(?:elke|iedere)\s+(?:{weekday})|om\s+de\s+(?:{num}\s+)?(?:{units})|"
                rf"(?:elke|elk|iedere|ieder)\s+{num}\s+(?:{units})){e}"
            ),
            r_set,
            4,
        ),
        (
            (
                rf"{b}(?:de\s+)?jaren\s+(?P<dec>['’]?\d0|(?:19|20)\d0|twintig|dertig|veertig|vijftig|zestig|zeventig|"
                rf"tachtig|negentig){e}"
            ),
            r_decade,
            6,
        ),
        (rf"{b}de\s+(?P<cord>{ords})\s+eeuw{e}", r_century, 6),
    ]
    return [(re.compile(p, re.IGNORECASE), fn, prio) for p, fn, prio in rules]


def _context(article: Article, analysis: ArticleAnalysis | None) -> Context:
    layer = analysis.language if analysis is not None else None
    if layer is None or not layer.tokens:
        from duiding.analyse.language.tokenize import split

        tokens, sents = split(article.text)
    else:
        tokens, sents = layer.tokens, layer.sentences
    sentences = [(s.start, s.end, s.token_start, s.token_end) for s in sents]
    return Context(Anchor.of(article), list(tokens), [t.start for t in tokens], sentences)


def find(text: str, ctx: Context) -> list[DateMention]:
    """All temporal expressions in ``text``, longest first where they overlap."""
    cands: list[tuple[int, int, int, re.Match[str], Callable[[re.Match[str], Context], Found | None]]] = []
    for pattern, fn, prio in _grammar():
        for m in pattern.finditer(text):
            if m.end() > m.start():
                cands.append((m.start(), m.end(), prio, m, fn))
    cands.sort(key=lambda c: (-(c[1] - c[0]), -c[2], c[0]))
    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []
    for start, end, _prio, m, fn in cands:
        if any(start < te and ts < end for ts, te in taken):
            continue
        if fn is r_year and looks_like_amount(text, m.start("y"), m.end("y")):
            continue
        else:
            found = fn(m, ctx)
        if found is None:
            continue
        taken.append((start, end))
        out.append(
            DateMention(
                text=text[start:end],
                value=found.value,
                span=(start, end),
                kind=found.kind,  # type: ignore[arg-type]
                relation=found.relation,
                note=found.note,
            )
        )
    out.sort(key=lambda d: d.span)
    return out


_YEAR_BEFORE = frozenset(
    [
        "in",
        "sinds",
        "vanaf",
        "tegen",
        "uiterlijk",
        "vóór",
        "halverwege",
        "van",
        "tot",
        "na",
        "voor",
        "begin",
        "eind",
        "einde",
        "medio",
        "rond",
        "om",
        "uit",
        "sedert",
        "jaar",
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ]
)
_YEAR_FOLLOWERS = frozenset(
    [
        "en",
        "is",
        "was",
        "werd",
        "werden",
        "zijn",
        "waren",
        "heeft",
        "hebben",
        "kan",
        "kunnen",
        "zal",
        "zullen",
        "moet",
        "moeten",
        "gaan",
        "gaat",
        "de",
        "het",
        "een",
        "in",
        "op",
        "van",
        "voor",
        "tot",
        "toen",
        "nadat",
        "sinds",
        "kwam",
        "kwamen",
        "begon",
        "begonnen",
        "alleen",
        "pas",
        "al",
        "worden",
        "wordt",
        "moeten",
        "kunnen",
    ]
)


def looks_like_amount(text: str, start: int, end: int) -> bool:
    """A four-digit number that counts something ("2000 soldaten", "€ 1500") is not a year."""
    before = text[max(0, start - 3) : start]
    if re.search(r"[€$£]\s*$|\d[.,]$", before):
        return True
    after = text[end : end + 24]
    if re.match(r"[.,]\d", after):
        return True
    if re.match(r"\s*(euro|dollar|pond|miljoen|miljard|mln|mld|procent|%)(?!\w)", after, re.IGNORECASE):
        return True
    prev = re.search(r"(\w+)\W*$", text[max(0, start - 30) : start])
    if prev and prev.group(1).lower() in _YEAR_BEFORE:
        return False
    nxt = re.match(r"\s+([a-zà-ÿ]{3,})", after)
    # "250 militairen en 2000 soldaten": a plural noun right after the number, no year preposition before it
    return bool(
        nxt and nxt.group(1).endswith(("en", "s")) and not nxt.group(1).endswith("lijks")  # "2030 jaarlijks"
        and nxt.group(1) not in _YEAR_FOLLOWERS
    )


def extract(article: Article, analysis: ArticleAnalysis) -> list[DateMention]:
    return find(article.text, _context(article, analysis))
