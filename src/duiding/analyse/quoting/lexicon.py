"""Word lists and text helpers shared by mentions and quotes.

Everything Dutch-specific is read from ``resources/nl/*.txt`` once per process; this module only
turns those files into the lookup structures the extractors need (first-token indexes, form sets).
Text is split with one regex into words, so the extractors do not depend on the language backend's
tokenisation (they only take its named entities when they exist).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from duiding.resources import load_list, load_map, load_set, load_table

WORD_RE = re.compile(r"\w+(?:[-'’.&]\w+)*|[^\w\s]")  # "CD&V-Kamerlid", "B&W" are one word
POSSESSIVE_RE = re.compile(r"['’]s$")
OPEN_QUOTES = "„“‘\"'‚«"
CLOSE_QUOTES = "”\"’'‘“»"


class Word:
    """One word or punctuation mark with its character span and sentence."""

    __slots__ = ("end", "first", "low", "sent", "start", "text")

    def __init__(self, start: int, end: int, text: str, sent: int, first: bool) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.sent = sent
        self.first = first  # first word of its sentence: ignoring opening quote marks and dashes
        self.low = text.lower()


def is_cap(word: str) -> bool:
    return word[:1].isupper()


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Case- and accent-insensitive form for comparing names."""
    return re.sub(r"\s+", " ", strip_accents(s).lower().replace("’", "'")).strip()


# --- sentences and words ------------------------------------------------------------------------

_ABBREV = {"mr", "dr", "drs", "ir", "ing", "prof", "mevr", "dhr", "ca", "bijv", "o.a", "m.b.t", "nr", "st", "jr", "sr"}
_SENT_END = re.compile(r"[.!?…]+[\"”’'»)]*\s+(?=(?:,,|[„“\"'‘(«\-–])?\s?[A-ZÀ-Ý0-9])")


def paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for para in text.split("\n"):
        if para.strip():
            lead = len(para) - len(para.lstrip())
            out.append((pos + lead, pos + len(para.rstrip())))
        pos += len(para) + 1
    return out


@lru_cache(maxsize=4)
def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: paragraph breaks always end one; a closing quote mark stays with its sentence."""
    out: list[tuple[int, int]] = []
    for ps, pe in paragraphs(text):
        start = ps
        for m in _SENT_END.finditer(text, ps, pe):
            before = text[start : m.start()].rsplit(None, 1)  # only the last word matters
            written = before[-1].rstrip(".") if before else ""
            last = written.lower()
            if m.group().startswith(".") and (last in _ABBREV and not (len(written) > 1 and written.isupper())
                                              or (len(last) == 1 and last.isalpha())):
                continue  # "ir. Jansen", "J. de Vries"; not "bevestigd door ING. Een woordvoerder"
            end = m.end() - (len(m.group()) - len(m.group().rstrip()))
            out.append((start, end))
            start = m.end()
        if start < pe:
            out.append((start, pe))
    return out


def words(text: str, sents: list[tuple[int, int]] | None = None) -> list[Word]:
    """Words of the text (cached for the last few texts: mentions and quotes both need them)."""
    return _words(text) if sents is None or sents == sentences(text) else _split_words(text, sents)


@lru_cache(maxsize=4)
def _words(text: str) -> list[Word]:
    return _split_words(text, sentences(text))


_OFFSETS: dict[int, tuple[list[Word], dict[int, int], dict[int, int]]] = {}


def word_offsets(ws: list[Word]) -> tuple[dict[int, int], dict[int, int]]:
    """Word index by start character and by end character (kept for the last few word lists: mentions
    and quotes both look words up by offset)."""
    hit = _OFFSETS.get(id(ws))
    if hit is not None and hit[0] is ws:
        return hit[1], hit[2]
    by_start = {w.start: i for i, w in enumerate(ws)}
    by_end = {w.end: i for i, w in enumerate(ws)}
    if len(_OFFSETS) >= 4:
        _OFFSETS.pop(next(iter(_OFFSETS)))
    _OFFSETS[id(ws)] = (ws, by_start, by_end)
    return by_start, by_end


# tokens after which the next word still opens its sentence
_KEEPS_FIRST = frozenset(OPEN_QUOTES) | frozenset("-–—(")


# WORD_RE with the whitespace before each word: words cover every other character, so the spans follow from
# the lengths (findall makes no match objects: faster than finditer)
_GAP_WORD_RE = re.compile(rf"(\s*)({WORD_RE.pattern})")


def _split_words(text: str, sents: list[tuple[int, int]]) -> list[Word]:
    out: list[Word] = []
    append = out.append
    findall = _GAP_WORD_RE.findall
    for si, (s, e) in enumerate(sents):
        first = True
        pos = s
        for gap, tok in findall(text, s, e):
            start = pos + len(gap)
            pos = start + len(tok)
            append(Word(start, pos, tok, si, first))
            if first and tok not in _KEEPS_FIRST:
                first = False
    return out


# --- resources ------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    from spacy.lang.nl.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | {"daarmee", "vorige", "volgende", "afgelopen", "niemand", "iemand", "iedereen",
                                    "zowel"}


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    return load_set("titles")


@lru_cache(maxsize=65536)
def is_title(word: str) -> bool:
    """'premier', 'Premier', 'NAVO-topman', 'oud-premier', 'PvdA-Kamerlid', 'secretaris-generaal'."""
    low = word.lower()
    if low in titles():
        return True
    parts = low.split("-")
    if any("-".join(parts[i:]) in titles() for i in range(1, len(parts))):
        return True
    # closed compounds: "Commissiewoordvoerder", "hoofdonderzoeker" (long title nouns only)
    return low.isalpha() and (len(low) > 9 and _has_tail(low, _long_titles())
                              or len(low) >= 8 and _has_tail(low, _short_title_tails(), min_head=4))


@lru_cache(maxsize=1)
def _short_title_tails() -> frozenset[str]:
    return load_set("title_compound_tails")


@lru_cache(maxsize=1)
def _long_titles() -> frozenset[str]:
    return frozenset(t for t in titles() if len(t) >= 7 and t.isalpha())


def _has_tail(low: str, tails: frozenset[str], min_head: int = 3) -> bool:
    """A compound ending in one of ``tails`` after at least ``min_head`` letters ("hoofd" + "onderzoeker")."""
    return any(low[i:] in tails for i in range(min_head, len(low)))


@lru_cache(maxsize=1)
def penalty_nouns() -> frozenset[str]:
    """Sentences and sanctions: 'eisen' with one as object is a demand in court, no statement."""
    return load_set("penalty_nouns")


@lru_cache(maxsize=1)
def title_modifiers() -> frozenset[str]:
    return load_set("title_modifiers")


@lru_cache(maxsize=1)
def particles() -> frozenset[str]:
    return load_set("name_particles")


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Given names: the NER list, the world list (first_names_world.txt) and every name listed with its gender."""
    world = frozenset(row[0] for row in load_table("first_names_world") if row)
    return load_set("ner_first_names", lower=False) | world | frozenset(first_name_genders())


@lru_cache(maxsize=1)
def unisex_names() -> frozenset[str]:
    """Given names used for both genders (first_names_world.txt 'u'): no gender is guessed for them."""
    return frozenset(row[0] for row in load_table("first_names_world") if len(row) >= 2 and row[1] == "u")


@lru_cache(maxsize=1)
def first_name_genders() -> dict[str, str]:
    """Given names of one gender: the world list's 'f'/'m' names, overridden by the Dutch usage of
    first_name_gender.txt. Name -> 'f' | 'm'."""
    out = {row[0]: row[1] for row in load_table("first_names_world") if len(row) >= 2 and row[1] in ("f", "m")}
    out.update({row[0]: row[1] for row in load_table("first_name_gender") if len(row) >= 2})
    return out


@lru_cache(maxsize=1)
def demonyms() -> dict[str, tuple[str, str]]:
    """Written form -> (place, 'adj' | 'group')."""
    return {row[0]: (row[1], row[2]) for row in load_table("demonyms") if len(row) >= 3}


@dataclass(frozen=True)
class GazEntry:
    words: tuple[str, ...]
    canonical: str
    type: str
    coref_only: bool = False


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, list[GazEntry]]:
    """Known places and organisations, indexed by first word; longest entries first."""
    entries: dict[tuple[str, ...], GazEntry] = {}

    def add(name: str, canonical: str, etype: str, coref: bool = False) -> None:
        ws = tuple(m.group() for m in WORD_RE.finditer(name))
        if ws:
            entries[ws] = GazEntry(ws, canonical, etype, coref)

    for name in load_list("ner_countries"):
        add(name, name, "LOC")
    for names in load_map("org_kinds").values():  # "Menzis", "De Lijn": organisations a kind noun refers to
        for name in (x.strip() for x in names.split(",")):
            if name and not name.replace("-", "").isupper():  # acronyms: other rules read them, also in longer
                add(name, name, "ORG")                         # names ("ACV Bouw-Industrie & Energie")
    for name in load_list("ner_organisations"):
        add(name, name, "ORG")
    for row in load_table("entity_aliases"):
        if len(row) >= 3:
            add(row[0], row[1], row[2], len(row) > 3 and row[3] == "coref")
            add(row[1], row[1], row[2])
    index: dict[str, list[GazEntry]] = {}
    for e in entries.values():
        index.setdefault(e.words[0], []).append(e)
    for lst in index.values():
        lst.sort(key=lambda e: -len(e.words))
    return index


@lru_cache(maxsize=1)
def aliases() -> dict[str, str]:
    """Folded written form -> canonical name."""
    out = {}
    for row in load_table("entity_aliases"):
        if len(row) >= 2:
            out[fold(row[0])] = row[1]
    for form, (place, kind) in demonyms().items():
        if kind == "group":
            out[fold(form)] = place
    return out


@lru_cache(maxsize=1)
def portfolios() -> tuple[tuple[str, ...], ...]:
    rows = [tuple(m.group() for m in WORD_RE.finditer(p)) for p in load_list("portfolios")]
    return tuple(sorted(rows, key=len, reverse=True))


# Speech-verb classes (speech_verbs.txt) that can follow a quote as its cue (", zei X", ", beloofde X"),
# and those that report a statement before their clause (the same plus opinions: "verwacht dat ...").
CUE_CLASSES = frozenset({"say", "claim", "promise"})
REPORT_CLASSES = CUE_CLASSES | {"dat"}


@dataclass(frozen=True)
class SpeechVerb:
    lemma: str
    particle: str | None
    cls: str  # "say" | "claim" | "promise" | "dat" | "quoted" | "wish" (see speech_verbs.txt)


@lru_cache(maxsize=1)
def speech_forms() -> dict[str, list[SpeechVerb]]:
    """Finite/participle form -> the verbs it may belong to."""
    out: dict[str, list[SpeechVerb]] = {}
    for row in load_table("speech_verbs"):
        if len(row) < 4:
            continue
        verb = SpeechVerb(row[0], None if row[1] == "-" else row[1], row[2])
        for form in row[3].split():
            out.setdefault(form, []).append(verb)
            if verb.particle and verb.cls in ("claim", "promise", "dat") and not form.startswith((verb.particle, "ge")):
                # a separable verb's finite form with its particle joined, as in a subordinate clause
                # ("terwijl Achterberg volhoudt dat ...", "omdat hij toegeeft dat ...")
                joined = out.setdefault(verb.particle + form, [])
                if verb not in joined:
                    joined.append(verb)
    return out


@lru_cache(maxsize=1)
def pronouns() -> dict[str, tuple[str, str]]:
    return {row[0]: (row[1], row[2]) for row in load_table("pronouns") if len(row) >= 3}


@lru_cache(maxsize=1)
def group_nouns() -> frozenset[str]:
    return load_set("group_speakers")


@lru_cache(maxsize=1)
def not_sources() -> frozenset[str]:
    """Nouns after 'volgens' that are no speaker: rules, plans, schedules ('volgens de regels')."""
    return load_set("not_source_nouns")


@lru_cache(maxsize=1)
def number_words() -> frozenset[str]:
    return frozenset(row[0] for row in load_table("number_words") if row)


@lru_cache(maxsize=1)
def evidence_nouns() -> frozenset[str]:
    """'cijfers', 'berekeningen': after 'volgens' the source is whoever made them ('van X'), if named."""
    return load_set("evidence_nouns")


@lru_cache(maxsize=65536)
def is_group_noun(word: str) -> bool:
    low = word.lower()
    if low in group_nouns():
        return True
    return _has_tail(low, _long_group_nouns())


@lru_cache(maxsize=1)
def _long_group_nouns() -> frozenset[str]:
    return frozenset(g for g in group_nouns() if len(g) >= 6)


@lru_cache(maxsize=1)
def lower_common() -> frozenset[str]:
    """Words usually written lowercase (the NER's lexicon): a capitalised one opening a sentence is an
    ordinary word ("Veiligheid gaat voor"), unless something else shows it is a name."""
    import json
    from importlib import resources

    try:
        data = json.loads(resources.files("duiding.data").joinpath("ner_lexicon.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, ModuleNotFoundError, ValueError):
        return frozenset()
    return frozenset(data.get("lower_common", []))


@lru_cache(maxsize=1)
def honorifics() -> frozenset[str]:
    return load_set("honorifics")


def after_honorifics(ws: list[Word], i: int) -> int:
    """Index after 'dr.' / 'mr.' / 'prof. dr.' before a capitalised name, starting at word i (i when none)."""
    k, n, hon = i, len(ws), honorifics()
    while k + 2 < n and ws[k].low in hon and ws[k + 1].text == "." and ws[k + 2].sent == ws[k].sent and (
            is_cap(ws[k + 2].text) or ws[k + 2].low in hon):
        k += 2
    return k


@lru_cache(maxsize=1)
def org_name_heads() -> frozenset[str]:
    """Organisation nouns that are part of a name when capitalised ("Stichting Wapenvrij")."""
    return load_set("org_head_nouns")


@lru_cache(maxsize=1)
def org_heads() -> frozenset[str]:
    """Every noun that may stand for a named organisation: name heads and descriptions ("de verzekeraar")."""
    return org_name_heads() | load_set("org_descriptor_nouns")


@lru_cache(maxsize=65536)
def is_org_head(word: str) -> bool:
    """'vereniging', 'consumentenbond' written lowercase: a noun that may stand for a named organisation."""
    if not word.islower():
        return False
    return word in org_heads() or _has_tail(word, org_heads())


@lru_cache(maxsize=1)
def role_groups() -> dict[str, frozenset[int]]:
    """Role head -> the groups (lines of role_nouns.txt) it belongs to; a head may be in several
    ("topman" is a NAVO chef and a company's chief executive)."""
    out: dict[str, set[int]] = {}
    for i, row in enumerate(load_list("role_nouns")):
        for head in row.split():
            out.setdefault(head.lower(), set()).add(i)
    return {k: frozenset(v) for k, v in out.items()}


_PORTFOLIO_RE = re.compile(r"\s(?:van|voor)\s", re.IGNORECASE)


def role_head(role: str) -> str:
    """The noun a role is about: 'Britse premier' -> premier, 'NAVO-topman' -> topman,
    'secretaris-generaal van de NAVO' -> secretaris-generaal, 'Minister voor Medische Zorg' -> minister
    (the portfolio after 'van'/'voor' never is the head)."""
    words_ = _PORTFOLIO_RE.split(role, 1)[0].split()
    if not words_:
        return ""
    for word in reversed(words_):  # "hoogleraar inlichtingenstudies": the title before its field
        low = word.lower()
        if low in titles():
            return low
        parts = low.split("-")
        for i in range(1, len(parts)):
            tail = "-".join(parts[i:])
            if tail in titles():
                return tail
    return words_[-1].lower()


@lru_cache(maxsize=1)
def folded_demonyms() -> frozenset[str]:
    return frozenset(fold(d) for d in demonyms())


_OTHER_OFFICE = frozenset({"vice", "oud", "ex", "adjunct", "sub", "co", "mede", "loco", "onder"})  # "vicepremier"


def _compound_tail(head: str, other: str) -> bool:
    """'onderwijsonderzoeker' ~ 'onderzoeker': a closed compound whose tail is the other title."""
    return len(head) - len(other) >= 3 and head.endswith(other) and other in titles() \
        and head[: len(head) - len(other)].rstrip("-") not in _OTHER_OFFICE


def same_role(a: str, b: str) -> bool:
    ha, hb = role_head(a).lower(), role_head(b).lower()
    if ha == hb or _compound_tail(ha, hb) or _compound_tail(hb, ha):
        return True
    groups = role_groups()
    return bool(groups.get(ha, frozenset()) & groups.get(hb, frozenset()))
