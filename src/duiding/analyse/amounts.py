"""Money, counts and percentages in Dutch notation ("600 miljoen euro", "€ 2,3 mld.", "10.000 drones").

Values are floats (1.5e9 for "1,5 miljard"); the unit is an ISO 4217 code for money, "%" for
percentages and otherwise the counted noun as written ("drones", "F-16's", "landen").

What is *not* an amount: anything the dates extractor already claimed (years, "6 maart",
"drie jaar", times), ages and ordinals ("75-jarige", "2e"), numbers that are part of a name
("F-16", "artikel 5"), vague plurals ("tientallen"), and "een" unless a multiplier or currency
makes it a number ("een miljard euro").

A bare "188 miljoen" with no currency or noun takes the currency of the nearest money amount
before it in the same paragraph (noted as "currency from context"); with none it keeps unit "".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from duiding.analyse.dates import looks_like_amount
from duiding.analyse.numerals import DIGITS, multipliers, number_word_pattern, parse_digits, parse_number_word
from duiding.records import Amount, Article, ArticleAnalysis
from duiding.resources import load_map, load_set

_APPROX = {"zo'n": "about", "zo’n": "about", "ongeveer": "about", "circa": "about", "ca.": "about",
           "rond de": "about", "ruim": "more than", "meer dan": "more than", "bijna": "almost",
           "minder dan": "less than", "ten minste": "at least", "minstens": "at least", "zeker": "at least",
           "maximaal": "at most", "hooguit": "at most", "tot wel": "up to", "tot": "up to"}  # fmt: skip


@dataclass
class _Num:
    start: int
    end: int
    value: float
    is_word: bool


@lru_cache(maxsize=1)
def _currencies() -> dict[str, str]:
    return {k.lower(): v for k, v in load_map("currencies").items()}


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    numw = number_word_pattern()
    mult = _alt(list(multipliers()))
    cur_words = [c for c in _currencies() if c[0].isalpha()]
    cur_syms = [c for c in _currencies() if not c[0].isalpha()]
    dot = r"(?:(?<=mld|mln|mrd|dzd|mio)\.)?"  # Dutch abbreviations keep their full stop
    num = rf"(?P<num>(?<![\w.,-]){DIGITS}(?![\w-])|(?<![\w-])(?:een\s+half|{numw})(?![\w-]))"
    return {
        # "tussen de 10 en 14 miljard euro", "4 tot 6 procent": the lower end borrows the upper end's unit
        "range": re.compile(
            rf"(?:(?P<tussen>tussen|van)\s+(?:de\s+)?)?(?P<lo>(?<![\w.,-]){DIGITS}|(?<![\w-]){numw})"
            rf"\s*(?P<sep>en|tot|naar|à|-|–)\s*(?P<hi>{DIGITS}|{numw})(?![\w-])",
            re.IGNORECASE,
        ),
        # "€ 2,3 mld.", "$4bn", "EUR 500 miljoen"
        "sym": re.compile(
            rf"(?P<cur>{_alt(cur_syms)}|\b(?:EUR|USD|GBP)\b)\s?(?P<num>{DIGITS})(?:\s?(?P<mult>{mult})\b{dot})?",
            re.IGNORECASE,
        ),
        # "600 miljoen euro", "drie miljard dollar", "1,5 miljard", "10.000 drones", "2 procent"
        "num": re.compile(
            rf"{num}(?:\s+(?P<mult>{mult})(?![\w-]){dot})?"
            rf"(?:\s*(?P<pct>%|procentpunten|procentpunt|procent)(?![\w-])|\s+(?P<cur>{_alt(cur_words)})(?![\w-]))?",
            re.IGNORECASE,
        ),
    }


_WORD = re.compile(r"\s+(?P<w>[A-Za-zÀ-ÿ][\w'’-]*|[A-Z]-?\d+[\w'’-]*)")


_NON_UNIT_TAGS = frozenset({"ADP", "ADV", "PRON", "SCONJ", "CCONJ", "DET", "PART", "PUNCT", "INTJ"})


def _may_be_unit(low: str, tag: str, after_multiplier: bool) -> bool:
    """Whether a tagged word can be what is counted.

    Verbs cannot ("1,6 miljard betaalt"), but the tagger calls some rare plural nouns verbs
    ("1.400 raketten"): a verb-tagged "-en" word right after a plain number is still taken as a noun.
    """
    if tag in _NON_UNIT_TAGS:
        return False
    if tag in ("VERB", "AUX"):
        return not after_multiplier and low.endswith("en") and len(low) > 4
    # "zijn er nu negen klaar", "nog twee over": a predicate adjective, not what is counted
    return not (tag == "ADJ" and not low.endswith(("en", "s")))


_ADJECTIVES = frozenset({"extra", "nieuw", "oud", "groot", "klein", "ruim", "zwaar", "licht", "modern"})
_MEASURES = frozenset({"kilometer", "km", "meter", "centimeter", "millimeter", "graden", "kilo", "kilogram", "gram",
                       "liter", "hectare", "vierkante", "seconden", "minuten", "uur", "jaar", "jaren", "dagen"})  # fmt: skip


# a model name and the hyphenated plural it is counted in: "46 Leopard 2A8-tanks", "12 Caesar MK2-houwitsers"
_MODEL_NOUN = re.compile(r"[A-Z][\w]*(?:\s+[A-Z0-9][\w]*){0,2}-[a-zà-ÿ]{3,}(?:en|s|'s)(?![\w-])")


def _counted_noun(
    text: str, pos: int, tags: dict[int, str] | None = None, after_multiplier: bool = False
) -> tuple[str, int] | None:
    """The noun a count refers to, skipping up to two adjectives: "tien Europese landen" -> landen.

    ``tags`` (token start -> UD POS, when the backend tags): the unit must be a noun, so in "waarvan de
    Commissie 1,6 miljard betaalt" the verb is no unit.
    """
    stop = load_set("amount_stopwords")
    cur = pos
    for _ in range(3):
        m = _WORD.match(text, cur)
        if not m:
            return None
        w = m.group("w")
        low = w.lower()
        if low in stop or low in _currencies() or low in multipliers() or low.endswith("lijks"):
            return None  # "-lijks" adverbs ("tegen 2030 jaarlijks"): how often, never the thing counted
        nxt = _WORD.match(text, m.end())
        is_adj = (
            (low.endswith(("e", "se")) or low in _ADJECTIVES)
            and nxt is not None
            and nxt.group("w").lower() not in stop
            and not low.endswith("'e")
        )
        if is_adj and nxt is not None and not nxt.group("w")[0].isdigit():
            cur = m.end()
            continue
        if tags and not _may_be_unit(low, tags.get(m.start("w"), ""), after_multiplier):
            return None
        model = _MODEL_NOUN.match(text, m.start("w")) if w[0].isupper() else None
        if model:
            return model.group(0), model.end()
        return w.rstrip(".,;:"), m.end()
    return None


def _value(num: str) -> float | None:
    t = " ".join(num.lower().split())
    if t in ("een half",):
        return 0.5
    if t[0].isdigit():
        return parse_digits(t)
    return parse_number_word(t)


def _claimed(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _approx_before(text: str, start: int) -> str | None:
    before = text[max(0, start - 20) : start].lower()
    for key in sorted(_APPROX, key=len, reverse=True):
        if re.search(rf"(?:^|\s){re.escape(key)}\s+$", before):
            return _APPROX[key]
    return None


def _is_name_number(text: str, start: int, claimed: list[tuple[int, int]] | None = None) -> bool:
    """ "artikel 5", "week 25"; but not when the word ends a date already read ("vorige week 25 tanks")."""
    lo = max(0, start - 20)
    m = re.search(r"([\w.]+)\s+$", text[lo:start])
    if not (m and m.group(1).lower().rstrip(".") in load_set("number_name_words")):
        return False
    return not _claimed(claimed or [], lo + m.start(1), lo + m.end(1))


def find(text: str, claimed: list[tuple[int, int]] | None = None, tags: dict[int, str] | None = None) -> list[Amount]:
    """All amounts in ``text``; ``claimed`` spans (dates, times) are never read as amounts.

    ``tags``: token start -> POS tag, when the language backend gives them (units must be nouns).
    """
    claimed = list(claimed or [])
    pats = _patterns()
    out: list[Amount] = []
    taken: list[tuple[int, int]] = []

    def add(a: Amount) -> None:
        if not _claimed(claimed, *a.span) and not _claimed(taken, *a.span):
            out.append(a)
            taken.append(a.span)

    for m in pats["sym"].finditer(text):
        value = parse_digits(m.group("num"))
        if m.group("mult"):
            value *= multipliers()[m.group("mult").lower()]
        code = _currencies().get(m.group("cur").lower(), m.group("cur").upper())
        add(Amount(text=m.group(0), value=value, unit=code, span=(m.start(), m.end()), kind="money",
                   note=_approx_before(text, m.start())))  # fmt: skip

    # "een op de drie treinen": a ratio, neither number counts anything by itself
    taken.extend(_ratios(text))

    vague = load_set("vague_number_words")
    for m in pats["num"].finditer(text):
        raw = m.group("num")
        start, end = m.start(), m.end()
        if _claimed(claimed, start, end) or _claimed(taken, start, end):
            continue
        low = " ".join(raw.lower().split())
        if low in vague:
            continue
        value = _value(raw)
        if value is None:
            continue
        is_word = not raw[0].isdigit()
        mult, pct, cur = m.group("mult"), m.group("pct"), m.group("cur")
        if is_word and low in ("een", "één", "eén", "half", "halve") and not (mult or pct or cur):
            continue  # the article "een", or "half" as an adjective
        if _is_name_number(text, start, claimed):
            continue
        if not is_word and re.fullmatch(r"(1[89]|2[01])\d\d", raw) and not looks_like_amount(text, start, start + 4):
            continue  # a year (the dates extractor reads it the same way)
        if mult:
            value *= multipliers()[mult.lower()]
        note = _approx_before(text, start)
        if pct:
            unit = "%" if pct.lower() in ("%", "procent") else "procentpunt"
            add(Amount(text=text[start:end], value=value, unit=unit, span=(start, end), kind="percent", note=note))
            continue
        if cur:
            add(Amount(text=text[start:end], value=value, unit=_currencies()[cur.lower()], span=(start, end),
                       kind="money", note=note))  # fmt: skip
            continue
        # "28 van de 32 landen": the part, with the whole as total
        part = re.match(rf"\s+van\s+de\s+(?P<tot>{DIGITS}|{number_word_pattern()})(?![\w-])", text[end:], re.IGNORECASE)
        if part and not mult:
            total = _value(part.group("tot"))
            noun = _counted_noun(text, end + part.end(), tags)
            if total is not None and noun:
                add(Amount(text=text[start:noun[1]], value=value, unit=noun[0], span=(start, noun[1]), kind="count",
                           note=note, total=total))  # fmt: skip
                # the whole is not a separate amount
                taken.append((end, end + part.end()))
                continue
        noun = _counted_noun(text, end, tags, after_multiplier=bool(mult))
        if noun:
            if (is_word and value < 2) or noun[0].lower() in _MEASURES:
                continue
            add(Amount(text=text[start:noun[1]], value=value, unit=noun[0], span=(start, noun[1]), kind="count",
                       note=note))  # fmt: skip
            continue
        if mult:
            add(Amount(text=text[start:end], value=value, unit="", span=(start, end), kind="count", note=note))
            continue
        elided = _elided_unit(text, out, start) if value >= 2 else None
        if elided is not None:
            note = (note + "; " if note else "") + "unit from context"
            add(Amount(text=text[start:end], value=value, unit=elided, span=(start, end), kind="count", note=note))
    _range_lower_ends(text, pats["range"], out, claimed)
    out.sort(key=lambda a: a.span)
    _currency_from_context(text, out)
    _crowns_by_country(text, out)
    return out


_CROWN_COUNTRIES = (("NOK", r"Noorwegen|Noorse?|Noren"), ("SEK", r"Zweden|Zweedse?"), ("DKK", r"Denemarken|Deense?|Denen"),
                    ("CZK", r"Tsjechië|Tsjechische?"), ("ISK", r"IJsland|IJslandse?"))  # fmt: skip


def _crowns_by_country(text: str, amounts: list[Amount]) -> None:
    """A bare "40 miljoen kronen" is in the currency of the crown country the article names most."""
    crowns = [a for a in amounts if a.unit == "CROWN"]
    if not crowns:
        return
    counts = [(len(re.findall(rf"\b(?:{names})\b", text)), code) for code, names in _CROWN_COUNTRIES]
    n, code = max(counts)
    for a in crowns:
        if n:
            a.unit = code
            a.note = (a.note + "; " if a.note else "") + "crown of the country named in the article"
        else:
            a.unit, a.kind = "kronen", "count"


@lru_cache(maxsize=1)
def _ratio_parts() -> tuple[re.Pattern[str], re.Pattern[str]]:
    n = rf"(?:{DIGITS}|één|eén|een|{number_word_pattern()})"
    return re.compile(rf"(?<![\w-]){n}\s+$", re.IGNORECASE), re.compile(rf"{n}(?![\w-])", re.IGNORECASE)


_OP = re.compile(r"(?<=\s)op\s+(?:de\s+)?", re.IGNORECASE)


def _ratios(text: str) -> list[tuple[int, int]]:
    """Spans of "een op de drie", "1 op 5": found from each "op", the numbers checked on both sides."""
    before, after = _ratio_parts()
    out = []
    for m in _OP.finditer(text):
        right = after.match(text, m.end())
        left = before.search(text, max(0, m.start() - 30), m.start()) if right else None
        if left and right:
            out.append((left.start(), right.end()))
    return out


def _elided_unit(text: str, amounts: list[Amount], start: int) -> str | None:
    """The noun left out of a second count in the same sentence: "twaalf schepen, zes voor elk land",
    "van de 23 bouwvakken zijn er negen klaar", "1.400 mensen, tegen 500 in 2025"."""
    before = [a for a in amounts if a.kind == "count" and a.unit and a.span[1] <= start]
    if not before:
        return None
    prev = before[-1]
    between = text[prev.span[1] : start]
    if "\n" in between or re.search(r"[.!?]\s", between) or len(between) > 120:
        return None
    return prev.unit


def _range_lower_ends(
    text: str, pattern: re.Pattern[str], amounts: list[Amount], claimed: list[tuple[int, int]]
) -> None:
    """Both ends of a range are amounts: "tussen 30 en 50 miljoen euro" gives 30e6 EUR and 50e6 EUR."""
    starts = {a.span[0]: a for a in amounts}
    for m in pattern.finditer(text):
        sep, lead = m.group("sep").lower(), (m.group("tussen") or "").lower()
        if sep == "en" and lead != "tussen":
            continue  # "10 en 14" without "tussen" is a list, not a range
        if sep == "naar" and lead != "van":
            continue  # "van 47,60 naar 44 dollar" is a change; a bare "naar" is not
        upper = starts.get(m.start("hi"))
        lo, hi = _value(m.group("lo")), _value(m.group("hi"))
        if upper is None or lo is None or not hi or _claimed(claimed, m.start("lo"), m.end("lo")):
            continue
        if any(a.span[0] <= m.start("lo") < a.span[1] for a in amounts):
            continue
        factor = upper.value / hi
        note = f"range {lo * factor:g} to {upper.value:g}"
        if sep == "naar":
            note = f"change from {lo * factor:g} to {upper.value:g}"
        if sep == "tot" and upper.note == "up to":
            upper.note = None  # the "tot" of "van 2 tot 3,5 procent" joins the ends; it is no "up to"
        upper.note = (upper.note + "; " if upper.note else "") + note
        amounts.append(Amount(text=m.group("lo"), value=lo * factor, unit=upper.unit, span=(m.start("lo"), m.end("lo")),
                              kind=upper.kind, note=note))  # fmt: skip


def _currency_from_context(text: str, amounts: list[Amount]) -> None:
    """A bare "188 miljoen" is money in the currency of the article's last money amount before it
    (or, with none before, of the next one in its paragraph)."""
    for i, a in enumerate(amounts):
        if a.unit != "" or a.kind != "count":
            continue
        before = [p for p in amounts[:i] if p.kind == "money"]
        after = [p for p in amounts[i + 1 :] if p.kind == "money" and "\n" not in text[a.span[1] : p.span[0]]]
        src = before[-1] if before else after[0] if after else None
        if src is not None:
            a.unit, a.kind = src.unit, "money"
            a.note = (a.note + "; " if a.note else "") + "currency from context"


def extract(article: Article, analysis: ArticleAnalysis) -> list[Amount]:
    claimed = [d.span for d in analysis.dates]
    tokens = analysis.language.tokens
    tags = {t.start: t.pos for t in tokens} if any(t.pos for t in tokens) else None
    return find(article.text, claimed, tags)
