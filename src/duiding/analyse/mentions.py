"""Mentions of people, organisations and places, with titles split off into ``Mention.role``.

Two sources are combined: the language backend's named entities (when its model is present) and
rules that need no model: known places and organisations (resource lists), nationality adjectives
and group nouns (``demonyms.txt``), and capitalised word runs, typed as persons when a title stands
before them ("NAVO-topman Mark Rutte"), when they start with a known first name, or when they speak
("zei Starmer"). The span of a mention is the name only; "De Britse premier Keir Starmer" gives
PER "Keir Starmer" with role "Britse premier" and MISC "Britse" derived from Verenigd Koninkrijk.
A role may chain ranks ("commandant luitenant-kolonel X") and take a department that is not listed
("staatssecretaris van Verkeer Tjalling Brouwersma": the name starts at a known first name, else it is
the last two capitalised words); these rules run before the NER spans are merged, so a tagger span
such as ORG "Defensie Noor Bakkenes" cannot override them.

``Mention.key`` groups mentions before corpus resolution: accents and case folded, aliases applied
("VS" -> verenigde staten), and a surname linked to the one full name with that surname in the
same article ("Rutte" -> mark rutte).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import lru_cache

from duiding.analyse.quoting import lexicon as lx
from duiding.analyse.quoting.lexicon import Word
from duiding.analyse.quoting.speakers import adverbs
from duiding.records import Article, ArticleAnalysis, Mention
from duiding.resources import load_set

_NAME_TAIL_STOP = {"en", "of"}
# endings of Dutch agent nouns ("veldwachter", "havenmeester", "dijkgraaf"): a sentence-initial word with
# one of them before a two-word name is a function, not part of the name
# words with an agent ending that are prepositions or adverbs ("Tegenover de Volkskrant", "Daarover")
_NOT_AGENTS = frozenset({"tegenover", "over", "onder", "achter", "voor", "daarover", "hierover", "waarover",
                         "verder", "later", "eerder", "daarentegen", "wanneer", "sinds", "omdat", "zoveel"})
_AGENT_SUFFIXES = ("er", "aar", "eur", "ist", "ant", "ent", "graaf", "meester", "man", "vrouw", "hoofd", "leider",
                   "chef")


@dataclass
class _Cand:
    start: int  # word index
    end: int  # word index, exclusive
    type: str
    strength: int  # 3 gazetteer/title, 2 first name/speech context, 1 capitalised only
    key: str | None = None
    role: str | None = None
    derived_from: str | None = None


def extract(article: Article, analysis: ArticleAnalysis) -> list[Mention]:
    layer = analysis.language
    return find_mentions(article.text, [(e.start, e.end, e.label) for e in layer.entities], layer.inflected_nouns)


def find_mentions(text: str, ner: list[tuple[int, int, str]] | None = None,
                  common_nouns: frozenset[int] = frozenset()) -> list[Mention]:
    """Mentions of ``text``; ``ner`` are the tagger's entity spans, ``common_nouns`` the start offsets of words
    the tagger reads as inflected common nouns (``LanguageLayer.inflected_nouns``): at a sentence start such a word
    opens no name ("Vrienden van Kenrick")."""
    ws = lx.words(text)
    lower_seen, cap_seen, caps = _word_cases(ws)
    cands = _rule_candidates(text, ws, lower_seen, cap_seen, caps, common_nouns)
    _title_word_surnames(ws, cands, lower_seen)
    cands = _merge_ner(ws, cands, ner or [], lower_seen)
    cands = _particle_surnames(ws, cands)
    cands = _symbol_joined_names(ws, cands)
    _org_after_head_noun(ws, cands)
    cands = _named_after_org_word(ws, cands, [i for i, cap in enumerate(caps) if cap])
    cands = _institution_names(ws, cands)
    if "(" in text:
        cands = _spelled_out_acronyms(ws, cands)
    cands = _org_with_country(ws, cands)
    cands = _unread_name_with_country(ws, cands, lower_seen)
    cands = _demote_false_persons(ws, cands)
    cands = _places_parties_companies(ws, cands)
    _apposition_roles(ws, cands)
    mentions = [_to_mention(text, ws, c) for c in cands]
    _link_abbreviations(text, mentions)
    mentions.sort(key=lambda m: m.span)
    mentions = _shared_surnames(text, mentions)  # keeps the order by span
    _link_within_article(mentions)
    return mentions


# --- rules ------------------------------------------------------------------------------------------


def _word_cases(ws: list[Word]) -> tuple[frozenset[str], frozenset[str], list[bool]]:
    """In one pass over the article: the words it writes without a capital (used by several rules), the
    capitalised words it writes inside a sentence, and per word whether it is capitalised."""
    caps = [w.text[:1].isupper() for w in ws]  # comprehensions: faster than one loop with appends
    lower = frozenset([w.text for w, cap in zip(ws, caps) if not cap])
    cap_inside = frozenset([w.text for w, cap in zip(ws, caps) if cap and not w.first])
    return lower, cap_inside, caps


@lru_cache(maxsize=1)
def _lower_starts() -> frozenset[str]:
    """Lowercase words that may open a role phrase or a coreference alias."""
    return lx.title_modifiers() | {"de", "het"}


def _rule_candidates(text: str, ws: list[Word], lower_seen: frozenset[str], cap_seen: frozenset[str],
                     caps: list[bool], common_nouns: frozenset[int] = frozenset()) -> list[_Cand]:
    gaz = lx.gazetteer()
    modifiers = lx.title_modifiers()
    dem = lx.demonyms()
    out: list[_Cand] = []
    i, n = 0, len(ws)
    lower_starts = _lower_starts()
    is_title = lx.is_title
    # most words are lowercase, no title and no article of a coreference alias: only the others start a rule;
    # the test runs once per distinct lowercase form of the article (lower_seen), not once per word
    honorifics = lx.honorifics()
    first_names = lx.first_names()
    stop = lx.stopwords()  # no stopword is a title: most lowercase words need no title lookup
    lower_openers = {t for t in lower_seen if (low := t.lower()) in lower_starts or low in honorifics
                     or low not in stop and is_title(t)}
    # a lowercase "de"/"het" that opens no role and no honorific only starts a coreference alias ("de alliantie"):
    # skip it up front when the next word cannot continue a listed entry (the test _gaz_at makes first)
    articles = {t for t in ("de", "het") if t in lower_openers and t not in modifiers and t not in dem
                and t not in honorifics and not is_title(t)}
    last = n - 1
    starts = [j for j, (w, cap) in enumerate(zip(ws, caps)) if cap or w.text in lower_openers
              and (w.text not in articles or j == last or _gaz_second_may_match(w.text, w.text, ws[j + 1].low))]
    for i0 in starts:
        if i0 < i:
            continue  # inside a name or role phrase already taken
        i = i0
        w = ws[i]
        # role phrase + name: "NAVO-topman Mark Rutte", "minister van Defensie, Austin"
        low, t = w.low, w.text
        # a role phrase opens with a modifier, a place adjective or a title; a listed name with a listed word
        maybe_role = low in modifiers or t in dem or low.endswith(("se", "sche")) or is_title(t)
        role = _role_phrase(ws, i) if maybe_role else None
        maybe_gaz = t in gaz or low in gaz or "'" in t or "’" in t
        whole = _gaz_at(ws, i) if role is not None and maybe_gaz else None
        if whole is not None and whole[1] >= 2:
            role = None  # "Gedeputeerde Staten", "Minister-president" as a listed name, not a title plus a name
        if role is not None:
            r_end, role_text, inner = role
            out.extend(inner)
            r_end = lx.after_honorifics(ws, r_end)  # "Onderzoeksleider dr. Noa Friedman"
            name_end = _name_run(ws, r_end, allow_first=True, after_role=True)
            second = _role_phrase(ws, name_end) if name_end == r_end + 1 and name_end + 1 < n \
                and ws[name_end].sent == w.sent and ws[name_end].text.islower() and ws[r_end].text not in first_names \
                and lx.is_title(ws[name_end].text) else None
            if second is not None and second[0] < n and ws[second[0]].text in first_names:
                # "Commandant Luchtstrijdkrachten luitenant-generaal Mehmet Aydın": a unit, then rank and name;
                # the whole run before the name is the role
                r2_end, role2, inner2 = second
                person_end = _name_run(ws, r2_end, allow_first=True, after_role=True)
                if person_end > r2_end:
                    out.extend(inner2)
                    out.append(_Cand(r2_end, person_end, "PER", 3, role=f"{role_text} {ws[r_end].text} {role2}"))
                    i = person_end
                    continue
            if name_end > r_end and (not _gaz_at(ws, r_end) or _first_name_led(ws, r_end, name_end)):
                out.append(_Cand(r_end, name_end, "PER", 3, role=role_text))
                i = name_end
                continue
            i = max(i + 1, r_end)
            continue
        if _trade_noun(w.text) and i + 1 < n and ws[i + 1].sent == w.sent and ws[i + 1].text not in first_names \
                and (lx.is_cap(ws[i + 1].text) or ws[i + 1].text in lx.particles()):
            end = _name_run(ws, i + 1, allow_first=True)
            if end > i + 1 and _gaz_at(ws, i + 1) is None:  # "Pluimvee Van Dalfsen", "Bakkerij Visser": one company
                out.append(_Cand(i, end, "ORG", 3))
                i = end
                continue
        if w.low in honorifics:
            k = lx.after_honorifics(ws, i)
            name_end = _name_run(ws, k, allow_first=True) if k > i else k
            if name_end > k:  # "mr. Sevda Yilmaz", "prof. dr. Jan Smit": a person, however unusual the name
                out.append(_Cand(k, name_end, "PER", 3))
                i = name_end
                continue
        g = whole if whole is not None else _gaz_at(ws, i) if maybe_gaz else None  # whole: this word's entry
        if g is not None:
            entry, length = g
            last_w = i + length - 1
            if entry.coref_only and ws[last_w].text[:1].isupper() and last_w + 2 < n \
                    and ws[last_w + 1].low in ("van", "voor") and ws[last_w + 2].text[:1].isupper() \
                    and ws[last_w + 2].sent == w.sent:
                # "De Alliantie van Kleine Eilandstaten": a capitalised alias word opening a longer name
                end = _name_run(ws, last_w + 2, allow_first=True)
                out.append(_Cand(last_w, end, "ORG", 3))
                i = end
                continue
            if not (entry.coref_only and lx.is_cap(ws[i].text) and ws[i].first and length == 1):
                out.append(_Cand(i, i + length, entry.type, 3, key=entry.canonical))
            i += length
            continue
        if w.text in dem and not (w.text in first_names and (i == 0 or ws[i - 1].low not in ("de", "een"))
                                  and _name_run(ws, i, allow_first=True) > i + 1):
            # (a given name that is also a nationality opens a person's name: "Noor de Vries", "Noor Bakker")
            place, kind = dem[w.text]
            as_noun = kind == "adj" and i > 0 and ws[i - 1].low == "de" and w.text.endswith("e") \
                and (i + 1 >= n or ws[i + 1].text in (",", ".", "!", "?", ";"))
            if as_noun:
                out.append(_Cand(i, i + 1, "MISC", 3))  # "aldus de Amerikaanse": a person of that nationality
            elif kind == "adj" or i + 1 < n and ws[i + 1].sent == w.sent and ws[i + 1].text in first_names:
                # "de Colombiaan Andrés Valderrama": a nationality noun before a name describes the person
                out.append(_Cand(i, i + 1, "MISC", 3, derived_from=place))
            else:
                out.append(_Cand(i, i + 1, "LOC", 3, key=place))
            i += 1
            continue
        if lx.is_cap(w.text) and w.text.isalpha() and w.low not in stop and w.text not in first_names \
                and _org_apposition(ws, i + 1):
            out.append(_Cand(i, i + 1, "ORG", 3))  # "Aedes, de koepel van woningcorporaties, ..."
            i += 1
            continue
        if lx.is_cap(w.text) and _is_name_word(w.text) and not lx.is_group_noun(w.text) \
                and (w.low not in stop or i + 1 < n and _name_word_at(ws, i + 1, i)):
            end = _name_run(ws, i, allow_first=True)
            start = i
            lead_role: str | None = None
            # a sentence-initial ordinary word is not a name ("Volgens Schoof" -> "Schoof", "Ook Wouter de Graaf")
            if w.first and (w.low in stop or w.low in lower_seen or w.text.lower() in lx.pronouns()
                            or w.start in common_nouns and w.text not in first_names and not _singular_speech_next(ws, i)
                            or w.low in adverbs() or _pronominal_adverb(w.low) or w.low in _NOT_AGENTS) \
                    and not (w.low in lx.particles() and w.low != "de" and end > i + 1):  # keep "Van Dalen zei ..."
                start = i + 1  # (a one-word heading before it: the next sentence's first word opens no run here)
                end = _name_run(ws, start, allow_first=True) if start < n and ws[start].sent == w.sent \
                    and _name_word_at(ws, start, start) else start
                if w.low in lower_seen and w.low not in stop and w.low not in _NOT_AGENTS and len(w.low) >= 6 \
                        and w.low.endswith(_AGENT_SUFFIXES) and end - start >= 2 and ws[start].text in first_names:
                    lead_role = w.low  # "Boswachter Ilse Brouwer ... zegt de boswachter": a title we do not list
            own_role: str | None = None
            after_nationality = start > 0 and dem.get(ws[start - 1].text, ("", ""))[1] == "adj" \
                and ws[start - 1].sent == ws[start].sent  # "de Franse Groene Camille Roussel"
            if end - start >= 3 and (ws[start].first or after_nationality) and ws[start].text not in first_names \
                    and ws[start].low not in _NOT_AGENTS \
                    and (ws[start + 1].text in first_names or ws[start].first and ws[start].low.endswith(_AGENT_SUFFIXES)):
                own_role = _lower_common([ws[start]], ws[start].text)  # "Dijkgraaf Marten Quist": a title we do not list
                if after_nationality:
                    own_role = f"{ws[start - 1].text} {own_role}"
                start += 1
            elif end - start == 2 and ws[start].first and ws[start].text not in first_names \
                    and ws[start + 1].text in first_names and len(ws[start].low) >= 6 \
                    and (ws[start].low.endswith(_AGENT_SUFFIXES) and _name_run(ws, start + 1) > start + 2
                         or _name_run(ws, start + 1, allow_first=True, after_role=True) > start + 2):
                # "Melkveehouder Gijs van Dam": the particle made the run stop after the given name
                own_role = _lower_common([ws[start]], ws[start].text)
                start += 1
                end = max(_name_run(ws, start), _name_run(ws, start, allow_first=True, after_role=True))
                # "Operator Dennis Koning": a surname that is also a title ends the name
            own_role = own_role or lead_role
            if own_role is None and end - start >= 2 and _trade_noun(ws[start].text) \
                    and ws[start + 1].text not in first_names:
                out.append(_Cand(start, end, "ORG", 3))  # "Volgens Bouwbedrijf Jansen", "Ook Bakkerij Visser"
            elif own_role is not None and _company_noun(own_role):
                out.append(_Cand(start, end, "ORG", 3))  # "Chipmaker Quantrix Semiconductors": a company
            elif own_role is not None:
                out.append(_Cand(start, end, "PER", 3, role=own_role))
            elif end - start == 1 and _adjective_before_noun(ws, start):
                out.append(_Cand(start, end, "MISC", 3))  # "melden Haagse bronnen": a place adjective, no person
            elif start < end:
                first = ws[start]
                strength = 1
                etype = "MISC"
                if first.text in first_names and end - start >= 2 or _speech_context(ws, start, end):
                    etype, strength = "PER", 2
                if first.first and strength == 1 and first.text not in cap_seen and end - start == 1 \
                        and not (end + 1 < n and ws[end].text == "of" and first.low in load_set("org_heads_en")):
                    i = end
                    continue  # unknown sentence-initial word: a heading or an ordinary word ("Port of ...": a name)
                out.append(_Cand(start, end, etype, strength))
            i = max(end, i + 1)
            continue
        i += 1
    return out


def _org_apposition(ws: list[Word], k: int) -> bool:
    """', de koepel van ...', ', het Brabantse waterbedrijf': an apposition at word k that describes an organisation."""
    if k + 2 >= len(ws) or ws[k].text != "," or ws[k + 1].low not in ("de", "het") or ws[k + 1].sent != ws[k].sent:
        return False
    j = k + 2
    if j + 1 < len(ws) and (ws[j].low.endswith(("e", "se")) or ws[j].low in lx.title_modifiers()) \
            and ws[j + 1].text.islower():
        j += 1  # "de landelijke koepel", "het federaal agentschap"
    return lx.is_org_head(ws[j].text) or _company_noun(ws[j].text) and ws[j].text.islower()


def _org_compound(word: str) -> bool:
    """'Boerenbond', 'Milieufederatie', 'Belastingdienst': one capitalised compound whose last part is an
    organisation noun (org_compound_tails.txt)."""
    low = word.lower()
    return word[:1].isupper() and word.isalpha() and not word.isupper() and any(
        low.endswith(t) and len(low) >= len(t) + 3 for t in load_set("org_compound_tails"))


_TRADE_TAILS = ("erij", "erie", "bureau", "kantoor")


def _trade_noun(word: str) -> bool:
    """'Bakkerij', 'Pluimvee', 'Uitzendbureau': a capitalised noun for a firm that opens a company name made
    of it and the owner's or brand name after it (trade_nouns.txt, or a firm ending)."""
    low = word.lower()
    if _company_noun(low):
        return False  # "Netwerkbedrijf Noordlink": a description, the name is "Noordlink" (own_role)
    return word[:1].isupper() and word.isalpha() and not word.isupper() and (
        low in load_set("trade_nouns") or any(low.endswith(t) and len(low) >= len(t) + 3 for t in _TRADE_TAILS))


def _company_noun(word: str) -> bool:
    """'chipmaker', 'scheepsbouwer', 'autofabrikant': a noun for a company, not a person's title."""
    low = word.lower()
    return any(low.endswith(h) for h in load_set("company_nouns"))


_WORD_PREFIXES = frozenset({"ex", "oud", "anti", "pro", "co", "vice", "non", "post", "pre", "niet", "top", "tv", "pc",
                            "cd", "dj", "e", "bio", "eco", "mini", "maxi", "euro", "mid", "sub", "web", "semi", "nep"})


def _singular_speech_next(ws: list[Word], i: int) -> bool:
    """'Kuipers sprak van ...', 'Bakkers zei ...': a singular speech verb after a word the tagger reads as a plural
    noun; a plural subject would take 'spraken', 'zeiden'."""
    nxt = ws[i + 1].low if i + 1 < len(ws) and ws[i + 1].sent == ws[i].sent else ""
    return nxt in lx.speech_forms() and not nxt.endswith("en")


def _pronominal_adverb(low: str) -> bool:
    """'Daarover', 'Hierbij', 'Waarom': never a name, whatever the tagger says about a sentence-initial one."""
    return low.startswith(("daar", "hier", "waar")) and len(low) > 5


def _is_name_word(token: str) -> bool:
    if not (token.isalpha() or any(c.isalpha() for c in token)):  # isalpha first: most words are all letters
        return False
    if "-" in token:
        head, tail = token.rsplit("-", 1)
        if tail and tail[0].islower() and not (len(head) <= 4 and head[1:].islower() and len(tail) <= 4
                                               and tail.isalpha() and token.count("-") == 1
                                               and head.lower() not in _WORD_PREFIXES):
            return False  # "NAVO-landen", "Patriot-systemen": compound common nouns; not "Yi-ting", "Jae-in"
    return True


def _gaz_at(ws: list[Word], i: int) -> tuple[lx.GazEntry, int] | None:
    n = len(ws)
    if i >= n:
        return None
    t = ws[i].text
    low = ws[i].low
    if not t[:1].isupper() and low not in ("de", "het"):
        return None  # only the lowercase coreference aliases ("de alliantie") start lowercase
    gaz = lx.gazetteer()
    sub = lx.POSSESSIVE_RE.sub
    first = sub("", t) if ("'" in t or "’" in t) else t
    by_first, by_low = gaz.get(first), gaz.get(low)
    if by_first is None and by_low is None:
        return None  # most capitalised words start no listed name
    if i + 1 < n and not _gaz_second_may_match(first, low, ws[i + 1].low):
        return None  # "de" before a word that no entry has second ("de Volkskrant", "de alliantie")
    for entry in by_first or ():
        k = len(entry.words)
        if i + k > n:
            continue
        if k > 1:  # the second word decides most entries: test it before comparing the whole entry
            second = ws[i + 1].text
            if k == 2 and ("'" in second or "’" in second):  # the possessive regex only for an apostrophe
                second = sub("", second)
            if second != entry.words[1] and not (entry.coref_only and second.lower() == entry.words[1].lower()):
                continue
        texts = [ws[i + j].text for j in range(k)]
        texts[-1] = sub("", texts[-1])
        if tuple(texts) == entry.words or (k > 1 and tuple(t.lower() for t in texts) == tuple(
                x.lower() for x in entry.words) and entry.coref_only):
            if ws[i + k - 1].sent != ws[i].sent:
                continue
            return entry, k
    # lowercase coreference aliases ("de alliantie", "het bondgenootschap"); the second word first
    for entry in by_low or ():
        k = len(entry.words)
        if entry.coref_only and i + k <= n and (k == 1 or ws[i + 1].low == entry.words[1]) \
                and tuple(ws[i + j].low for j in range(k)) == entry.words:
            return entry, k
    return None


@lru_cache(maxsize=1)
def _gaz_shapes() -> dict[str, tuple[bool, frozenset[str]]]:
    """Per first word of the gazetteer: whether a one-word entry has it, and the lowercased second words
    of its longer entries."""
    return {first: (any(len(e.words) == 1 for e in entries),
                    frozenset(e.words[1].lower() for e in entries if len(e.words) > 1))
            for first, entries in lx.gazetteer().items()}


def _gaz_second_may_match(first: str, low: str, second_low: str) -> bool:
    """False when no entry under ``first`` or ``low`` can match with the next word ``second_low`` (lowercase):
    no one-word entry and no longer entry with that second word (also without a possessive 's)."""
    shapes = _gaz_shapes()
    bare = lx.POSSESSIVE_RE.sub("", second_low) if ("'" in second_low or "’" in second_low) else second_low
    for key in (first, low):
        shape = shapes.get(key)
        if shape is not None and (shape[0] or second_low in shape[1] or bare in shape[1]):
            return True
    return False


def _name_run(ws: list[Word], i: int, allow_first: bool = False, after_role: bool = False) -> int:
    """End (exclusive) of a person-like name starting at i: capitalised words and inner particles."""
    n = len(ws)
    j = i
    sent = ws[i].sent if i < n else -1
    particles = lx.particles()
    while j < n and ws[j].sent == sent:
        if _name_word_at(ws, j, i, after_role):
            j += 1
            continue
        if j > i and (ws[j].text in particles or _capital_particle(ws, j, i)) and (
                j - i == 1 or j - i == 2 and ws[i].text in lx.first_names() and ws[i + 1].text in lx.first_names()) \
                and not (ws[j].text == "van" and _portfolio_at(ws, j + 1)):  # "Bakker van Justitie": the title's body
            # "Marieke van Dalen", "Ursula von der Leyen" (not "Martin Rijkens van Woonkracht");
            # Flemish names write the particle capitalised: "Griet Van den Bossche", "Bart De Wever";
            # a double given name: "Derk Jan ter Horst"
            k = j + 1
            while k < n and (ws[k].text in lx.particles() or ws[k].text in ("'", "’") and k + 1 < n
                             and ws[k + 1].text in ("t", "s") and ws[k].end == ws[k + 1].start):
                k += 2 if ws[k].text in ("'", "’") else 1  # "van 't Veer", "van 's-Gravesande"
            if k < n and ws[k].sent == ws[i].sent and _name_word_at(ws, k, i) and not ws[k].text.isupper():
                j = k
                continue
        if j > i and ws[j].text == "van" and j + 2 < n and ws[j + 1].text in lx.demonyms() \
                and _name_word_at(ws, j + 2, i):
            j += 2  # "Vereniging van Nederlandse Gemeenten"
            continue
        break
    return j


def _capital_particle(ws: list[Word], j: int, i: int) -> bool:
    """'Van'/'De'/'Vanden' capitalised after a given name, followed by the rest of the surname."""
    if ws[j].low not in lx.particles() or not lx.is_cap(ws[j].text) or not _given_name(ws[i].text):
        return False
    k = j + 1
    while k < len(ws) and ws[k].text in lx.particles():
        k += 1
    return k < len(ws) and ws[k].sent == ws[j].sent and lx.is_cap(ws[k].text) and ws[k].low not in lx.stopwords()


def _given_name(word: str) -> bool:
    """A known first name, also hyphenated ones made of first names ('Jan-Willem', 'Anne-Sophie')."""
    if word in lx.first_names():
        return True
    parts = word.split("-")
    return len(parts) > 1 and all(p in lx.first_names() for p in parts)


def _first_name_led(ws: list[Word], i: int, end: int) -> bool:
    """'Noor Bakkenes': a first name that is also a place word or demonym, followed by a surname."""
    return end - i >= 2 and ws[i].text in lx.first_names()


def _surname_next(ws: list[Word], j: int) -> bool:
    """Word ``j`` opens a surname: capitalised ("Noor Bakker") or a lowercase particle before one ("Noor de Vries")."""
    if lx.is_cap(ws[j].text):
        return True
    return ws[j].text in lx.particles() and ws[j].text.islower() and j + 1 < len(ws) \
        and ws[j + 1].sent == ws[j].sent and lx.is_cap(ws[j + 1].text)


def _name_word_at(ws: list[Word], j: int, i: int, after_role: bool = False) -> bool:
    w = ws[j]
    t = w.text
    if not (t[:1].isupper() and _is_name_word(t)) or w.low in lx.pronouns():
        return False
    if t in lx.demonyms() and not (j == i and t in lx.first_names() and j + 1 < len(ws)
                                   and ws[j + 1].sent == ws[j].sent and _surname_next(ws, j + 1)
                                   and ws[j + 1].text not in lx.demonyms() and not lx.is_title(ws[j + 1].text)) \
            and not (j == i + 1 and (ws[i].text in lx.first_names() or after_role) and lx.demonyms()[t][1] == "adj"
                     and not t.endswith("e") and (j + 1 >= len(ws) or not ws[j + 1].text.islower()
                                                  or ws[j + 1].low in lx.stopwords())):
        # (an uninflected nationality adjective right after a given name is a surname: "Jaimy Frans als ...")
        return False
    if j > i and ws[j - 1].text in lx.particles() and ws[j - 1].text.islower():
        return True  # "Femke de Wilde", "Jan van Dam": the capitalised word after a particle is the surname
    if j > i and (lx.is_title(t) or _gaz_at(ws, j) is not None):
        return _title_surname(ws, j, i, after_role)
    return not (j > i and w.low in lx.stopwords() and t not in lx.first_names())


def _title_word_surnames(ws: list[Word], cands: list[_Cand], lower_seen: frozenset[str]) -> None:
    """'aldus Baas' after 'minister Jorien Baas': a surname that is also a title or listed name, standing alone
    and not before another name, is that person (the role rules read it as a title without a name)."""
    # lower_seen: "Zomer" after "Joost Zomer" in an article that also says "de zomer"
    surnames = {ws[c.end - 1].text for c in cands if c.type == "PER" and c.end - c.start >= 2
                and (lx.is_title(ws[c.end - 1].text) or _gaz_at(ws, c.end - 1) is not None
                     or ws[c.end - 1].low in lower_seen)}
    if not surnames:
        return
    covered = _covered(cands)
    for k, w in enumerate(ws):
        if w.text not in surnames or k in covered:
            continue
        nxt = ws[k + 1] if k + 1 < len(ws) and ws[k + 1].sent == w.sent else None
        if nxt is not None and lx.is_cap(nxt.text) and _is_name_word(nxt.text):
            continue  # "Baas Jansen": a title before a name after all
        prev = ws[k - 1] if k > 0 and ws[k - 1].sent == w.sent else None
        if prev is not None and prev.low in ("de", "het", "een"):
            continue  # "de Baas", "de Koning": a common noun or another person's title
        cands.append(_Cand(k, k + 1, "PER", 3))
    cands.sort(key=lambda c: c.start)


def _particle_surnames(ws: list[Word], cands: list[_Cand]) -> list[_Cand]:
    """'aldus Van der Straeten' after 'Jan-Willem Van der Straeten': the surname with its particles, written
    alone (particles capitalised or not), is that person whole, not the last word as a separate name."""
    surnames: set[tuple[str, ...]] = set()
    for c in cands:
        if c.type != "PER" or c.end - c.start < 3:
            continue
        for k in range(c.start + 1, c.end - 1):
            if ws[k].low in lx.particles():
                surnames.add(tuple(w.low for w in ws[k:c.end]))
                break
    if not surnames:
        return cands
    out = list(cands)
    for sur in surnames:
        n = len(sur)
        for k in range(len(ws) - n + 1):
            if ws[k].low != sur[0] or ws[k].sent != ws[k + n - 1].sent or tuple(w.low for w in ws[k:k + n]) != sur:
                continue
            if not lx.is_cap(ws[k + n - 1].text):
                continue
            if any(c.type == "PER" and c.start < k and c.end >= k + n for c in out):
                continue  # inside the full name itself
            out = [c for c in out if c.end <= k or c.start >= k + n]
            out.append(_Cand(k, k + n, "PER", 3))
    out.sort(key=lambda c: c.start)
    return out


def _symbol_joined_names(ws: list[Word], cands: list[_Cand]) -> list[_Cand]:
    """'NOC*NSF', 'AT&T', 'H&M': two capitalised pieces joined by a symbol without spaces are one
    organisation name, not two names."""
    by_start = {c.start: c for c in cands}
    out: list[_Cand] = []
    skip: set[int] = set()
    for c in sorted(cands, key=lambda c: c.start):
        if id(c) in skip:
            continue
        k = c.end
        nxt = by_start.get(k + 1)
        joined = nxt is not None and k + 1 < len(ws) and ws[k].text in ("*", "&", "+") \
            and ws[k].start == ws[k - 1].end and ws[k + 1].start == ws[k].end
        # "ACV Bouw-Industrie & Energie", "Procter & Gamble": capitalised names around a spaced '&'; "Port of
        # Antwerp-Bruges", "Bank of America": an English organisation noun, 'of' and a name
        spaced = nxt is not None and k + 1 < len(ws) and ws[k].sent == ws[k + 1].sent and (
            ws[k].text == "&" or ws[k].text == "of" and ws[k - 1].low in load_set("org_heads_en"))
        if joined and (c.type != "PER" or ws[k - 1].text.isupper()) or spaced and (
                c.type != "PER" or ws[k].text == "of" or ws[c.start].text not in lx.first_names()):
            assert nxt is not None  # joined and spaced both need it
            out.append(_Cand(c.start, nxt.end, "ORG", 3))
            skip.add(id(nxt))
            continue
        out.append(c)
    return out


def _title_surname(ws: list[Word], j: int, i: int, after_role: bool = False) -> bool:
    """'Jorien Baas', 'Marco Koning', 'Eva Burgemeester': a capitalised title or common word right after a
    known first name (or any given name right after a role phrase), mid-sentence and not opening another name,
    is the surname (not a second person's title)."""
    t = ws[j].text
    if j != i + 1 or not (after_role or ws[i].text in lx.first_names()) or not t[1:].islower() or not t.isalpha():
        return False
    g = _gaz_at(ws, j)
    if g is not None and not lx.is_title(t) and (g[0].type != "ORG" or g[1] != 1):
        return False  # "Anna Nederland": a country stays a place; "Lieke Groen": a one-word party name is a surname
    nxt = ws[j + 1] if j + 1 < len(ws) and ws[j + 1].sent == ws[j].sent else None
    return nxt is None or not (lx.is_cap(nxt.text) and _is_name_word(nxt.text) and nxt.text not in lx.OPEN_QUOTES)


def _title_complement(ws: list[Word], j: int, inner: list[_Cand]) -> int:
    """The body after a title at word j ("van de NAVO", "van Buitenlandse Zaken", "voor Medische Zorg"): the
    index after it; the body's mention is added to ``inner``."""
    n = len(ws)
    if j < n and ws[j].low in ("van", "voor"):
        k = j + 1
        if k < n and ws[k].low in ("de", "het"):
            k += 1
        g = _gaz_at(ws, k)
        port = _portfolio_at(ws, k)
        if g is not None and not _first_name_led(ws, k, _name_run(ws, k, allow_first=True)):
            inner.append(_Cand(k, k + g[1], g[0].type, 3, key=g[0].canonical))
            j = k + g[1]
        elif port:
            dep_end = _department_end(ws, k, k + port)
            if dep_end > k + port:  # "voor Landbouw en Natuur Femke Arends": a listed word starts a longer department
                port = dep_end - k
            inner.append(_Cand(k, k + port, "ORG", 2))  # the department, not a place ("Klimaat")
            j = k + port
        elif ws[j].text in ("van", "voor"):  # not "Directeur Van Leeuwen"
            office = ws[j - 1].low.split("-")[-1] in _OFFICES  # only an office's department runs into a name
            dep_end = _department_end(ws, k, j, split=office)
            if dep_end > k:
                inner.append(_Cand(k, dep_end, "ORG", 2))  # "woordvoerder van Rijkswaterstaat"
            j = max(j, dep_end)
    return j


_NOUN_OPENERS = frozenset({"de", "het", "een", "die", "deze", "dit", "dat"})


def _unlisted_name_at(ws: list[Word], m: int) -> bool:
    """Words m.. are two or three capitalised name words ending the name before a verb or punctuation, none
    listed as a place or body: "hoogleraar pensioeneconomie Wei Zhang van ...", a given name we do not know."""
    end = _name_run(ws, m, allow_first=True)
    return 2 <= end - m <= 3 and all(_gaz_at(ws, x) is None and ws[x].text not in lx.demonyms() for x in range(m, end)) \
        and (end >= len(ws) or not ws[end].text[:1].isupper())


def _role_phrase(ws: list[Word], i: int) -> tuple[int, str, list[_Cand]] | None:
    """A title with its modifiers and "van (de) X" complement starting at word i, or None.

    Returns (index after the phrase and an optional comma, role text, mentions inside the role).
    """
    n = len(ws)
    j = i
    dem = lx.demonyms()
    modifiers = lx.title_modifiers()
    while j < n and (ws[j].low in modifiers or (ws[j].text in dem and dem[ws[j].text][1] == "adj")
                     or (ws[j].low.endswith(("se", "sche")) and (j > i or _place_adjective(ws[j].text))
                         and j + 1 < n and lx.is_title(ws[j + 1].text))):
        j += 1
    if j >= n or not lx.is_title(ws[j].text) or ws[j].sent != ws[i].sent:
        return None
    j += 1
    # chained titles: "detachementscommandant luitenant-kolonel", "NAVO-commandant generaal"
    while j < n and ws[j].sent == ws[i].sent and not lx.is_cap(ws[j].text) and lx.is_title(ws[j].text):
        j += 1
    inner: list[_Cand] = []
    for k in range(i, j):
        if ws[k].text in dem:
            inner.append(_Cand(k, k + 1, "MISC", 3, derived_from=dem[ws[k].text][0]))
    # a listed title of several words: "officier van justitie", "minister van staat"
    if j + 1 < n and ws[j].low in ("van", "voor") and ws[j + 1].text.islower() \
            and lx.is_title(f"{ws[j - 1].low} {ws[j].low} {ws[j + 1].low}"):
        j += 2
    j = _title_complement(ws, j, inner)
    # "hoogleraar zeerecht Ingrid Lundqvist", "hoogleraar Europees recht Anne Smit": a field of one or two
    # words between title and a name that starts with a known first name
    m = j
    while m < n and m - j < 2 and ws[m].sent == ws[i].sent and ws[m].text.isalpha() \
            and ws[m].low not in lx.stopwords() and ws[m].low not in lx.speech_forms() and ws[m].low not in adverbs() \
            and ws[m].text not in lx.first_names() and _gaz_at(ws, m) is None and not lx.is_title(ws[m].text):
        m += 1
    if m > j and m + 1 < n and ws[m].text in lx.first_names() and _name_run(ws, m) > m + 1 \
            and (ws[j].text.islower() or m - j == 2 and ws[m - 1].text.islower()):
        j = m
    elif m - j == 2 and ws[j].text.islower() and ws[j + 1].text[:1].isupper() and _unlisted_name_at(ws, j + 1) \
            and (i == 0 or ws[i - 1].low not in _NOUN_OPENERS) and ws[j].low not in load_set("consider_verbs"):
        # "hoogleraar pensioeneconomie Wei Zhang": a field, then a given name we do not list (not "Volgens de
        # topvrouw overweegt Jeugdzorg Oost-Nederland": after an article the title is a noun phrase of its own)
        j += 1
    # "VNG-bestuurder en Tilburgse wethouder Yvonne Claassen"
    if j + 1 < n and ws[j].low == "en" and ws[j + 1].sent == ws[i].sent:
        k = j + 1
        while k < n and k - j <= 3 and not lx.is_title(ws[k].text) and (
                ws[k].low in lx.title_modifiers() or ws[k].text in dem or ws[k].low.endswith(("se", "sche"))):
            k += 1
        if k < n and lx.is_title(ws[k].text):
            j = _title_complement(ws, k + 1, inner)  # "Vicepremier en minister van Buitenlandse Handel"
    role_words = ws[i:j]
    role = _join(role_words)
    role = _lower_common(role_words, role)
    end = j
    if end + 3 < n and ws[end].text == "," and ws[end + 1].low in _HONORIFICS and ws[end + 1].sent == ws[i].sent:
        h = end + 3 if ws[end + 2].text == "." else end + 2  # "de officier van justitie, mr. Lotte Brinkman,"
        if h < n and ws[h].text in lx.first_names() and _name_run(ws, h) > h + 1:
            return h, role, inner
    if end < n and ws[end].text == "," and end + 1 < n and lx.is_cap(ws[end + 1].text) \
            and ws[end + 1].sent == ws[i].sent and _gaz_at(ws, end + 1) is None:
        nxt = _name_run(ws, end + 1)
        after = ws[nxt].text if nxt < n else ""
        if nxt > end + 1 and after in (",", ".", ")", ""):
            end += 1  # "de minister van Defensie, Austin, ..."
    return end, role, inner


def _apposition_roles(ws: list[Word], cands: list[_Cand]) -> None:
    """'Maarten Verhoeff, de commandant van de eenheid': the apposition gives a person without a role its role,
    so that a later 'De commandant zei ...' finds him."""
    for c in cands:
        k = c.end
        if c.type != "PER" or k + 2 >= len(ws) or ws[k].text != ",":
            continue
        r = k + 2 if ws[k + 1].low in ("de", "het") else k + 1
        if c.role and (r == k + 2 or " " in c.role):
            continue  # a one-word rank ("kolonel X, commandant van ...") gives way to the fuller apposition
        role = _role_phrase(ws, r)
        if role is not None and ws[r].sent == ws[c.start].sent and ws[r].text.islower():
            c.role = role[1]


_HONORIFICS = frozenset({"mr", "dr", "prof", "ir", "ing", "drs", "mevrouw", "meneer"})


def _place_adjective(word: str) -> bool:
    """'Moldavische', 'Tilburgse', 'Kenyaanse': a capitalised adjective of place, listed as demonym or not."""
    return len(word) > 5 and word[:1].isupper() and word[1:].islower() and word.isalpha() \
        and word.endswith(("se", "sche"))


def _adjective_before_noun(ws: list[Word], i: int) -> bool:
    """'Haagse bronnen', 'Brusselse diplomaten': an unlisted place adjective before a lowercase noun (not
    before an adverb or verb: "zei Jansse gisteren")."""
    w = ws[i]
    if not _place_adjective(w.text) or w.text in lx.first_names() or i + 1 >= len(ws):
        return False
    nxt = ws[i + 1]
    return nxt.sent == w.sent and nxt.text.isalpha() and nxt.text.islower() and len(nxt.text) > 3 \
        and nxt.low not in lx.stopwords() and nxt.low not in adverbs() and nxt.low not in lx.speech_forms()


_OFFICES = frozenset({"minister", "staatssecretaris", "commissaris", "eurocommissaris", "gedeputeerde", "schepen",
                      "wethouder", "minister-president", "viceminister", "vicepremier"})


def _department_end(ws: list[Word], k: int, fallback: int, split: bool = True) -> int:
    """End of an unlisted department after "minister van/voor": "Energie", "Medische Zorg", "Verkeer".

    The capitalised words after the preposition hold the department and then, possibly, the name;
    the name starts at the first known first name, else (after an office, ``split``) it is the last two words
    of a run of three or more ("voor Digitale Zaken Andrius Kalnis"; not "woordvoerder van Blue Horizon
    Cruises"). A run of one or two words is all department.
    """
    n = len(ws)
    caps: list[int] = []
    m = k
    while m < n and ws[m].sent == ws[k].sent:
        t = ws[m].text
        if lx.is_cap(t) and _is_name_word(t):
            caps.append(m)
            m += 1
        elif t == "en" and caps and m + 1 < n and lx.is_cap(ws[m + 1].text) and ws[m + 1].text not in lx.first_names():
            m += 1  # "Justitie en Veiligheid"
        else:
            break
    if not caps:
        return fallback
    for p in caps[1:]:
        if ws[p].text in lx.first_names() and p + 1 < n and (lx.is_cap(ws[p + 1].text) or ws[p + 1].text in lx.particles()):
            return p  # "voor Wonen en Ruimte Sanne de Wit"
    second_last = ws[caps[-2]].low if len(caps) >= 3 else ""
    if split and len(caps) >= 3 and caps[-1] + 1 - caps[-2] == 2 and not lx.is_org_head(second_last) \
            and not lx.is_title(second_last):
        # (not "van de Vlaamse Confederatie Bouw", "van de Nationaal Coördinator Groningen": a body's name)
        return caps[-2]
    if m < n and ws[m].text in lx.particles() and len(caps) >= 2:
        return caps[-1]  # "voor Wonen Jan van Dijk"
    return caps[-1] + 1


def _portfolio_at(ws: list[Word], k: int) -> int:
    for p in lx.portfolios():
        if tuple(w.text for w in ws[k : k + len(p)]) == p:
            return len(p)
    return 0


def _join(ws: list[Word]) -> str:
    out = ""
    for a, b in zip(ws, ws[1:] + [None], strict=False):
        out += a.text
        if b is not None and b.start > a.end:
            out += " "
    return out


def _lower_common(role_words: list[Word], role: str) -> str:
    """'Demissionair premier' -> 'demissionair premier'; keeps 'NAVO-topman', 'Britse'."""
    if not role_words:
        return role
    w = role_words[0].text
    if w[:1].isupper() and w[1:2].islower() and w not in lx.demonyms() and not _place_adjective(w) and "-" not in w[1:].split("-")[0][:0]:
        head = w.split("-")[0]
        if head[1:].islower():
            return w[0].lower() + role[1:]
    return role


def _speech_context(ws: list[Word], start: int, end: int) -> bool:
    """The run stands next to a speech verb or after 'volgens'/'aldus' (so it is someone speaking)."""
    forms = lx.speech_forms()
    before = ws[start - 1].low if start > 0 and ws[start - 1].sent == ws[start].sent else ""
    after = ws[end].text if end < len(ws) and ws[end].sent == ws[start].sent else ""
    if before in ("volgens", "aldus") or before in forms:
        return True
    return after in forms


# --- named entities from the language backend -------------------------------------------------------


def _merge_ner(ws: list[Word], cands: list[_Cand], ner: list[tuple[int, int, str]],
               lower_seen: frozenset[str]) -> list[_Cand]:
    if not ner:
        return cands
    starts, ends = lx.word_offsets(ws)
    taken: dict[int, _Cand] = {}
    for c in cands:
        for k in range(c.start, c.end):
            taken[k] = c
    extra: list[_Cand] = []
    not_name = _not_name_starts()
    is_title = lx.is_title
    dem = lx.demonyms()
    first_names = lx.first_names()
    for s, e, label in ner:
        if s not in starts or e not in ends:
            continue
        a, b = starts[s], ends[e] + 1
        # titles, speech words and a nationality noun before a name ("de Colombiaan Andrés Valderrama") never
        # belong to it
        while a < b and (ws[a].low in not_name or is_title(ws[a].text)
                         or b - a > 1 and dem.get(ws[a].text, ("", ""))[1] == "group"):
            a += 1
        if a >= b:
            continue
        hit = {id(h): h for k in range(a, b) if (h := taken.get(k)) is not None}
        if label == "ORG" and _whole_org_name(ws, a, b, list(hit.values())):
            merged = _Cand(a, b, "ORG", 3)
            for k in range(a, b):
                taken[k] = merged
            for c in hit.values():
                c.end = c.start  # emptied; dropped below
            extra.append(merged)
            continue
        if hit:
            only = next(iter(hit.values())) if len(hit) == 1 else None
            if label == "PER" and only is not None and only.type == "PER" and only.start == a and only.end + 1 == b \
                    and _tagger_surname(ws, only.end):
                only.end = b  # "Jannie Koning (78)": the tagger reads the title word after an unlisted name as its surname
                taken[b - 1] = only
            for c in hit.values():
                if c.strength <= 2 and c.type in ("MISC", "PER") and c.derived_from is None and label != "MISC" \
                        and not (c.type == "PER" and label == "ORG" and ws[c.start].text in first_names):
                    c.type = label
            continue
        if ws[a].text in lx.demonyms():
            continue
        if b - a == 1 and ws[a].first and (ws[a].low in lower_seen or ws[a].low in adverbs()
                                           or _pronominal_adverb(ws[a].low)):
            continue  # "Gisteren", "Vorige": an ordinary word at the start of a sentence
        extra.append(_Cand(a, b, label, 2))
    return [c for c in cands if c.end > c.start] + extra


def _tagger_surname(ws: list[Word], j: int) -> bool:
    """Word ``j`` is a capitalised title word ('Koning', 'Prins') in the same sentence, right after the name."""
    t = ws[j].text
    return ws[j].sent == ws[j - 1].sent and t[:1].isupper() and t[1:].islower() and t.isalpha() and lx.is_title(t)


@lru_cache(maxsize=1)
def _not_name_starts() -> frozenset[str]:
    """Lowercased words a tagger span loses at its start: speech forms, stopwords, title modifiers, numbers."""
    return frozenset(lx.speech_forms()) | lx.stopwords() | lx.title_modifiers() | lx.number_words()


def _whole_org_name(ws: list[Word], a: int, b: int, hits: list[_Cand]) -> bool:
    """'Havenbedrijf Rotterdam', 'LTO Nederland', 'Vereniging Eigen Huis': an organisation name the tagger
    read whole, which the rules split on a place or gazetteer word inside it. The pieces must lie inside the
    span, none may be a person, and one must be a one-word capitalised name or head that the rest extends."""
    if b - a < 2 or len(hits) < 1 or any(c.type == "PER" or c.role or c.start < a or c.end > b for c in hits):
        return False
    if not all(lx.is_cap(w.text) or w.text in ("van", "voor", "de", "der", "&") for w in ws[a:b]):
        return False
    if ws[b - 1].sent != ws[a].sent or any(w.text in (",", "(", ")") for w in ws[a:b]):
        return False
    if len(hits) == 1 and hits[0].start == a and hits[0].end == b:
        return False  # nothing to merge
    return not all(c.type == "LOC" for c in hits) or any(k not in _covered(hits) for k in range(a, b))


def _covered(cands: list[_Cand]) -> set[int]:
    return {k for c in cands for k in range(c.start, c.end)}


_LOC_PREPS = frozenset({"in", "bij", "uit", "naar", "rond", "rondom", "nabij", "vanuit", "richting", "tussen"})


def _demote_false_persons(ws: list[Word], cands: list[_Cand]) -> list[_Cand]:
    """One-word persons the tagger guessed wrongly: 'bij Breskens', 'In Breskens en Groede' (places),
    'Wethouder X van Zevenaar' (the place or body of a person), 'Het Nibud', 'NAVO' (organisations:
    persons take no article), 'Veiligheid gaat voor' (an ordinary word opening a sentence). A word that is
    the surname of a full name in the article, a known first name or a word next to a speech verb stays."""
    surnames = {ws[c.end - 1].text for c in cands if c.type == "PER" and c.end - c.start >= 2}
    _places_and_companies(ws, cands)
    ordered = sorted(cands, key=lambda c: c.start)
    by_end = {c.end: c for c in ordered}
    out: list[_Cand] = []
    for c in ordered:
        if c.type in ("MISC", "LOC", "PER") and c.end - c.start == 1 and c.derived_from is None and c.role is None \
                and c.strength < 3 and _org_compound(ws[c.start].text) \
                and ws[c.start].text not in surnames:
            c.type = "ORG"  # "bij Boerenbond", "De Woonbond": a compound ending in an organisation noun
            out.append(c)
            continue
        if c.type == "MISC" and c.strength == 1 and c.end - c.start == 1 and c.derived_from is None and c.start > 0 \
                and ws[c.start - 1].low in _LOC_PREPS and ws[c.start - 1].sent == ws[c.start].sent:
            c.type = "LOC"  # an unknown capitalised word after 'in'/'bij': a place
        if c.type != "PER" or c.role is not None or c.end - c.start != 1:
            out.append(c)
            continue
        w = ws[c.start]
        t = w.text
        if t.endswith(("'s", "’s")) and t[:-2] not in surnames and t[:-2] not in lx.first_names() \
                and c.start > 0 and ws[c.start - 1].low == "de":
            c.type = "ORG"  # "De Houthi's lieten weten": a plural group, not a person's genitive
            out.append(c)
            continue
        if t in surnames or t in lx.first_names():
            out.append(c)
            continue
        prev = ws[c.start - 1] if c.start > 0 and ws[c.start - 1].sent == w.sent else None
        before = by_end.get(c.start - 1) if prev is not None else None
        if t.isupper() and len(t) >= 2 or prev is not None and prev.low in ("het", "de") and prev.text.islower() \
                or prev is not None and prev.low == "het":
            c.type = "ORG"
        elif prev is not None and prev.low in _LOC_PREPS:
            c.type = "LOC"
        elif prev is not None and prev.low == "van" and by_end.get(c.start - 1) is not None \
                and by_end[c.start - 1].type == "PER":
            c.type = "LOC" if by_end[c.start - 1].role else "ORG"  # "Wethouder Erik Jansen van Zevenaar"
        elif prev is not None and prev.text in ("en", ",") and before is not None and before.type == "LOC":
            c.type = "LOC"  # "In Breskens en Groede"
        elif w.first and t.lower() in lx.lower_common() and not _said_next(ws, c.start):
            continue  # "Veiligheid gaat boven snelheid."
        out.append(c)
    return out


_COMPASS = frozenset({"Noord", "Zuid", "Oost", "West", "International"})  # "LTO Noord"; not "NAVO Nederland"
_MIXED_CASE_NAME = ("Mc", "Mac", "De", "Di", "Da", "Le", "La", "Van", "Von", "Du", "O'")


def _places_parties_companies(ws: list[Word], cands: list[_Cand]) -> list[_Cand]:
    """Names the person rules or the tagger got wrong, by their context in the article:
    'de gemeenteraad van Berkelveen', 'in Abu Dhabi' (a place; multiword only when it does not start with a
    given name), 'TenneT', 'Woonbond' (an organisation: inner capital or an organisation noun as tail),
    'LTO Noord' (one organisation). A name written the same way elsewhere in the article takes the type its
    context proved there ("Lokaal Berkelveen" after "oppositiepartij", "Berkelveen" after "gemeente van")."""
    proved: dict[str, str] = {}
    for c in cands:
        if c.type not in ("PER", "MISC") or c.role is not None or c.derived_from is not None:
            continue
        text = " ".join(w.text for w in ws[c.start : c.end])
        first = ws[c.start].text
        prev = ws[c.start - 1] if c.start > 0 and ws[c.start - 1].sent == ws[c.start].sent else None
        prev2 = ws[c.start - 2] if c.start > 1 and ws[c.start - 2].sent == ws[c.start].sent else None
        if first in lx.first_names() and c.end - c.start >= 2:
            continue
        after_body = prev is not None and prev.low == "van" and prev2 is not None and prev2.text.islower() \
            and prev2.low in load_set("place_bodies")
        after_prep = prev is not None and prev.low in ("in", "uit", "naar", "vanuit", "nabij") and c.type == "PER" \
            and c.end - c.start >= 2
        if after_body or after_prep:
            c.type = "LOC"
            proved[text] = "LOC"
        elif c.end - c.start == 1 and _inner_capital(first):
            c.type = "ORG"
        elif c.end - c.start == 1 and first[1:].islower() and any(
                first.lower().endswith(h) and len(first) - len(h) >= 3 for h in lx.org_heads()):
            c.type = "ORG"  # "Woonbond", "Rabobank", "Klimaatfonds"
    for c in cands:
        if c.type == "ORG":
            proved.setdefault(" ".join(w.text for w in ws[c.start : c.end]), "ORG")
    for c in cands:
        if c.type in ("PER", "MISC") and c.role is None and c.derived_from is None:
            t = proved.get(" ".join(w.text for w in ws[c.start : c.end]))
            if t is not None and not (ws[c.start].text in lx.first_names() and c.end - c.start >= 2):
                c.type = t
    by_start = {c.start: c for c in cands}
    drop: set[int] = set()
    for c in cands:
        nxt = by_start.get(c.end)
        if c.type == "ORG" and nxt is not None and nxt.end - nxt.start == 1 and ws[nxt.start].text in _COMPASS \
                and nxt.role is None and ws[nxt.start].sent == ws[c.start].sent:
            c.end, c.key = nxt.end, None  # "LTO Noord"
            drop.add(id(nxt))
        if c.type == "ORG" and id(c) not in drop and c.end + 2 < len(ws) and ws[c.end].text == "van" \
                and ws[c.end + 1].text in ("de", "het") and ws[c.end].sent == ws[c.start].sent:
            tail = by_start.get(c.end + 2)
            if tail is not None and tail.type == "ORG" and tail.role is None and c.start > 0 \
                    and ws[c.start - 1].low in ("de", "het") and lx.is_cap(ws[c.start].text):
                c.end, c.key = tail.end, None  # "het Internationale Comité van het Rode Kruis"
                drop.add(id(tail))
    return [c for c in cands if id(c) not in drop]


def _inner_capital(word: str) -> bool:
    """'TenneT', 'ProRail', 'PostNL': a capital after lowercase letters, not 'McEwan' or 'DeVries'."""
    if not word.isalpha() or not word[:1].isupper() or word.isupper() or word.startswith(_MIXED_CASE_NAME):
        return False
    return any(a.islower() and b.isupper() for a, b in itertools.pairwise(word))


def _places_and_companies(ws: list[Word], cands: list[_Cand]) -> None:
    """A tagger person without a role that ends in a company word ("Vesta Systems") is an organisation;
    one right after a lowercase place or facility noun ("de vliegbasis Ämari", "zwembad De Vlinderbeek")
    is that place, unless it starts with a known first name."""
    tails = load_set("org_name_tails")
    places = load_set("place_head_nouns")
    for c in cands:
        if c.type not in ("PER", "MISC", "LOC") or c.role is not None or c.derived_from is not None \
                or c.strength >= 3:
            continue
        if ws[c.end - 1].text.rstrip(".").lower() in tails and c.end - c.start >= 2:
            c.type = "ORG"  # "Kempen Techniek" read as a place by the tagger is a company too
            continue
        if c.type == "LOC":
            continue
        prev = ws[c.start - 1] if c.start > 0 and ws[c.start - 1].sent == ws[c.start].sent else None
        if prev is not None and prev.text.islower() and ws[c.start].text not in lx.first_names() \
                and (prev.low in places or any(prev.low.endswith(h) and len(prev.low) - len(h) >= 3 for h in places)):
            c.type = "LOC"


def _said_next(ws: list[Word], i: int) -> bool:
    """'Bakker zei ...': the next word is a plain speech verb (not one that needs a particle: 'gaat')."""
    if i + 1 >= len(ws) or ws[i + 1].sent != ws[i].sent:
        return False
    return any(v.cls in lx.CUE_CLASSES and v.particle is None for v in lx.speech_forms().get(ws[i + 1].low, []))


_BRANCH_NAME_ENDINGS = ("werk", "end", "zorg", "hulp")  # "Vluchtelingenwerk", "Bouwend", "Slachtofferhulp"


def _unread_name_with_country(ws: list[Word], cands: list[_Cand], lower_seen: frozenset[str]) -> list[_Cand]:
    """'Vluchtelingenwerk Nederland noemt ...': a capitalised word no rule read, with an organisation's ending
    (org_compound_tails.txt, -werk, -hulp, a participle, a plural company noun: "Zorgverzekeraars"), which the
    article never writes lowercase, right before a country is an organisation with its national branch
    ("Bouwend Nederland"); not a noun for a state ("Gastheer Estland"). So is an unlisted name of two words or
    more that runs into a country ("Koninklijke Horeca Nederland")."""
    covered = {k for c in cands for k in range(c.start, c.end)}
    countries = load_set("ner_countries")
    out = list(cands)
    ending = {c.end: c for c in cands}
    for c in cands:
        j = c.start - 1
        run = ending.get(c.start)
        if c.type == "LOC" and c.end - c.start == 1 and ws[c.start].low in countries and run is not None \
                and run.type in ("PER", "MISC", "ORG") and run.key is None and run.role is None \
                and run.derived_from is None and run.end - run.start >= 2 and ws[run.start].text not in lx.first_names() \
                and ws[run.start].sent == ws[c.start].sent:
            # "Koninklijke Horeca Nederland", "De Rijksdienst Caribisch Nederland": an unlisted name of two words
            # or more that runs into a country is one organisation
            out = [x for x in out if x is not c and x is not run] + [_Cand(run.start, c.end, "ORG", 3)]
            continue
        if c.type != "LOC" or c.end - c.start != 1 or ws[c.start].low not in countries or j < 0 or j in covered:
            continue
        w = ws[j]
        org_like = _org_compound(w.text) or w.low.endswith(_BRANCH_NAME_ENDINGS) \
            or w.low.endswith("s") and _company_noun(w.low[:-1])
        if w.sent != ws[c.start].sent or not lx.is_cap(w.text) or not w.text.isalpha() or w.text.isupper() \
                or not org_like or w.low in lower_seen or w.low in lx.stopwords() or w.low in adverbs() \
                or lx.is_title(w.text) or w.text in lx.first_names() or w.text in lx.demonyms() \
                or w.low in lx.pronouns() or w.low in lx.speech_forms():
            continue
        out = [x for x in out if x is not c] + [_Cand(j, c.end, "ORG", 3)]
    return sorted(out, key=lambda x: x.start)


def _org_with_country(ws: list[Word], cands: list[_Cand]) -> list[_Cand]:
    """'belangenorganisatie LTO Nederland', 'de bond FNV Nederland': after a lowercase organisation noun,
    an organisation name followed straight by a place name is one organisation (its national branch)."""
    by_start = {c.start: c for c in cands}
    drop: set[int] = set()
    for c in cands:
        nxt = by_start.get(c.end)
        if c.type != "ORG" or nxt is None or nxt.type != "LOC" or c.start == 0 or nxt.end - nxt.start != 1:
            continue
        prev = ws[c.start - 1]
        if prev.sent == ws[c.start].sent and (lx.is_org_head(prev.text) or prev.first and lx.is_org_head(prev.low)):
            c.end, c.key = nxt.end, None
            drop.add(id(nxt))
    for c in cands:
        nxt = by_start.get(c.end)
        if c.type != "ORG" or nxt is None or nxt.type != "LOC" or nxt.end - nxt.start != 1 \
                or c.end - c.start < 2 or not ws[c.start].first or not lx.is_org_head(ws[c.start].low):
            continue
        # "Brancheorganisatie Techniek Nederland ..." opening a sentence: the capitalised head noun is no
        # part of the name, the country is
        c.start, c.end, c.key = c.start + 1, nxt.end, None
        drop.add(id(nxt))
    countries = load_set("ner_countries")  # countries and Dutch and Belgian provinces
    for c in cands:
        nxt = by_start.get(c.end)
        if c.type != "ORG" or nxt is None or nxt.type != "LOC" or nxt.end - nxt.start != 1 or id(c) in drop \
                or id(nxt) in drop or ws[nxt.start].low not in countries or ws[nxt.start].sent != ws[c.start].sent:
            continue
        # "Greenpeace België liet weten", "volgens Unicef Nederland": a national branch, where the name opens
        # the sentence or follows a preposition (not "gaf de EU Polen geld": an object and a recipient)
        if ws[c.start].first or c.start > 0 and ws[c.start - 1].low in _BRANCH_OPENERS:
            c.end, c.key = nxt.end, None
            drop.add(id(nxt))
    return [c for c in cands if id(c) not in drop]


_BRANCH_OPENERS = frozenset({"volgens", "van", "bij", "door", "namens", "voor", "aldus"})


def _org_after_head_noun(ws: list[Word], cands: list[_Cand]) -> None:
    """'de ondernemersvereniging Brabantse Maakindustrie', 'het instituut Clingendael': a name right after a
    lowercase organisation noun is that organisation, whatever the tagger thought; so is a name that starts
    with such a noun ("Vereniging Natuurmonumenten", "Instituut Clingendael")."""
    for c in cands:
        if c.type not in ("PER", "MISC") or c.role is not None or c.derived_from is not None:
            continue
        prev = ws[c.start - 1] if c.start > 0 else None
        if prev is not None and prev.sent == ws[c.start].sent and (
                lx.is_org_head(prev.text) or prev.text.islower() and len(prev.text) > 6 and _company_noun(prev.text)) \
                or c.end - c.start >= 2 and ws[c.start].low in lx.org_heads():
            c.type = "ORG"  # (also after a company noun: "het Antwerpse veilinghuis Van Acker")


def _named_after_org_word(ws: list[Word], cands: list[_Cand], caps_at: list[int]) -> list[_Cand]:
    """'Drinkwaterbedrijf Brabant Water', 'Natuurorganisatie Brabants Landschap': a capitalised organisation noun
    followed by a name; the name is the organisation (one ORG, not a person or a place plus a company). A bare
    place after it is part of the name: 'Havenbedrijf Rotterdam'."""
    # only a capitalised word followed by a capitalised one in its sentence can be the head: test the rest for those
    is_org_head = lx.is_org_head
    heads = [i for i in caps_at if i + 1 < len(ws) and ws[i + 1].text[:1].isupper() and ws[i].text[1:].islower()
             and ws[i + 1].sent == ws[i].sent and is_org_head(ws[i].low)]
    for i in heads:
        head = ws[i].text
        end = _name_run(ws, i + 1)
        if end + 1 < len(ws) and end > i + 1 and ws[end].text == "en" and ws[end + 1].sent == ws[i].sent \
                and lx.is_cap(ws[end + 1].text) and ws[end + 1].text not in lx.first_names() \
                and (end + 2 >= len(ws) or not lx.is_cap(ws[end + 2].text)):
            # "Waterschap Vallei en Veluwe": one name with 'en' inside
            if not any(c.type == "PER" and c.start > i and c.start < end + 2 for c in cands):
                cands = [c for c in cands if c.end <= i or c.start >= end + 2] + [_Cand(i, end + 2, "ORG", 3)]
                continue
        inside = [c for c in cands if i <= c.start and c.end <= max(end, i + 2) and c.role is None]
        whole = next((c for c in inside if c.start == i and c.strength < 3 and c.end > i + 1), None)
        if whole is not None and head.lower() not in lx.org_name_heads():
            place = _gaz_at(ws, i + 1)
            if place is not None and place[0].type == "LOC" and i + 1 + place[1] == whole.end:
                # "Havenbedrijf Rotterdam": the noun and a bare place are one name
                cands = [c for c in cands if c is not whole] + [_Cand(i, whole.end, "ORG", 3)]
                continue
            # "Corporatiekoepel Aedes", "Zorgverzekeraar Menzis": a description, then the name
            cands = [c for c in cands if c is not whole] + [_Cand(i + 1, whole.end, "ORG", 3)]
            continue
        head_alone = [c for c in inside if c.start == i and c.end == i + 1 and c.strength < 3]
        if head_alone and end == i + 2 and all(c.type == "LOC" or c.type == "ORG" and c.strength < 3
                                               for c in inside if c not in head_alone):
            inside = [c for c in inside if c not in head_alone]  # "Havenbedrijf" + "Rotterdam": one name
        if end <= i + 1 or not inside or any(c.start == i for c in inside) \
                or any(c.type == "PER" and ws[c.start].text in lx.first_names() for c in inside):
            continue  # already read whole ("Stichting Wapenvrij"), or a person
        if head_alone:
            cands = [c for c in cands if c not in head_alone]
        one_place = end == i + 2 and all(c.type == "LOC" or head_alone and c.strength < 3 for c in inside)
        start = i if one_place or head.lower() in lx.org_name_heads() else i + 1
        cands = [c for c in cands if c not in inside]
        cands.append(_Cand(start, end, "ORG", 3))
    return sorted(cands, key=lambda c: c.start)


def _spelled_out_acronyms(ws: list[Word], cands: list[_Cand]) -> list[_Cand]:
    """'de Landelijke Huisartsen Vereniging (LHV)': capitalised words whose initials spell the acronym in
    brackets right after them are one organisation name, whatever pieces were found in them before."""
    n = len(ws)
    opens = [i for i, w in enumerate(ws) if w.text == "("]
    for i in opens:
        short = ws[i + 1].text if i + 1 < n else ""
        if i < 2 or i + 2 >= n or ws[i + 2].text != ")" or not short.isalpha() \
                or not (short.isupper() or short[:1].isupper() and 2 <= len(short) <= 4):
            continue  # "(LHV)"; a mixed-case one only short: "College financieel toezicht (Cft)"
        letters = ws[i + 1].text
        k = i
        lower = 0
        while k > 0 and ws[k - 1].sent == ws[i].sent and i - k < 2 * len(letters) + 2:
            w = ws[k - 1]
            if w.text.islower() and w.text.isalpha() and w.text not in _ACRONYM_GLUE:
                lower += 1  # "Centraal Orgaan opvang asielzoekers (COA)": a lowercase word may give a letter
                if lower > 2:
                    break
            elif not (lx.is_cap(w.text) and w.text.isalpha()) and w.text not in _ACRONYM_GLUE and w.text != "-":
                break
            k -= 1
        start = next((s for s in range(k, i) if lx.is_cap(ws[s].text) and _spells(ws[s:i], letters)), None)
        if start is None or len(letters) < 2:
            continue
        cands = _one_org(ws, cands, start, i)
    return sorted(cands, key=lambda c: c.start)


_ACRONYM_GLUE = frozenset({"van", "voor", "de", "der", "het", "en", "op", "in"})


def _spells(words: list[Word], letters: str) -> bool:
    """Whether the initials of ``words`` spell ``letters``: each capitalised word gives its initial (a compound
    may give the initial of its last part too: "Warenautoriteit" -> "WA"), a lowercase content word one or
    none, glue words ('van', 'de', 'en', '-') nothing."""
    if not words:
        return not letters
    w, rest = words[0], words[1:]
    if w.text in _ACRONYM_GLUE or w.text == "-":
        return _spells(rest, letters)
    if not letters or w.text[:1].lower() != letters[:1].lower():
        return w.text.islower() and _spells(rest, letters)
    if _spells(rest, letters[1:]):
        return True
    tail = w.text[1:].lower()  # "Warenautoriteit": "A" from "autoriteit", a listed organisation ending
    return len(letters) > 1 and any(tail.endswith(t) and t[0] == letters[1].lower() for t in _acronym_tails()) \
        and _spells(rest, letters[2:]) or w.text.islower() and _spells(rest, letters)


@lru_cache(maxsize=1)
def _acronym_tails() -> frozenset[str]:
    return load_set("org_compound_tails") | {"autoriteit", "raad", "bureau", "dienst", "organisatie", "orgaan"}


def _one_org(ws: list[Word], cands: list[_Cand], start: int, end: int) -> list[_Cand]:
    """The candidates with words start..end read as one organisation, replacing the pieces inside; unchanged
    when a piece reaches outside the run or is a person led by a given name."""
    inside = [c for c in cands if c.end > start and c.start < end]
    if any(c.start < start and not (c.start == start - 1 and ws[c.start].low in ("de", "het"))  # "Het College ..."
           or c.end > end or c.type == "PER" and c.role is None and ws[c.start].text in lx.first_names()
           for c in inside):
        return cands
    return [c for c in cands if c not in inside] + [_Cand(start, end, "ORG", 3)]


def _institution_names(ws: list[Word], cands: list[_Cand]) -> list[_Cand]:
    """'de Oekraïense Staatsdienst voor Noodsituaties', 'het Centraal Bureau voor de Statistiek': a capitalised
    body noun (``institution_heads.txt``, a capitalised adjective before it included), then 'voor'/'van', an
    optional article and capitalised words, is one organisation; the pieces found before are replaced."""
    heads = load_set("institution_heads")
    dem = lx.demonyms()
    n = len(ws)
    for i in [j for j, nxt in enumerate(ws[1:n - 1]) if nxt.text in ("voor", "van")]:
        w = ws[i]
        if not (w.text[:1].isupper() and w.text[1:].isalpha() and w.text[1:].islower()) \
                or ws[i + 1].sent != w.sent \
                or not any(w.low == h or w.low.endswith(h) and len(w.low) - len(h) >= 4 for h in heads):
            continue
        k = i + 2
        if k < n and ws[k].text in ("de", "het"):
            k += 1
        end = k
        while end < n and ws[end].sent == w.sent and (lx.is_cap(ws[end].text) and ws[end].text.isalpha()
                                                      or ws[end].text == "en" and end > k and end + 1 < n
                                                      and lx.is_cap(ws[end + 1].text)):
            end += 1
        if end == k or ws[end - 1].text == "en" or ws[k].text in lx.first_names():
            continue
        start = i
        if i > 0 and ws[i - 1].sent == w.sent and ws[i - 1].text[:1].isupper() and ws[i - 1].text not in dem \
                and ws[i - 1].low.endswith(("aal", "ale", "ijk", "ijke", "eel", "ele", "ene")):
            start = i - 1  # "Centraal Bureau", "Koninklijk Instituut", "Federale Overheidsdienst", "Algemene Administratie"
        cands = _one_org(ws, cands, start, end)
    return _joined_institution_names(ws, sorted(cands, key=lambda c: c.start), heads)


_WATER_BOARDS = frozenset({"waterschap", "hoogheemraadschap"})


def _joined_institution_names(ws: list[Word], cands: list[_Cand], heads: frozenset[str]) -> list[_Cand]:
    """'de Inspectie Gezondheidszorg en Jeugd', 'de Autoriteit Consument en Markt': a capitalised body noun, a
    capitalised word, 'en' and a capitalised word that is no name of its own is one organisation, not a body
    named up to 'en'; so is the name after 'waterschap' ("waterschap Vallei en Veluwe", "Hunze en Aa's")."""
    n = len(ws)
    starts = {c.start for c in cands if c.type != "MISC" or c.end > c.start + 1}  # "Google", not "Jeugd"
    for i in [j for j in range(n - 3) if ws[j + 2].text == "en"]:
        w, nxt, last = ws[i], ws[i + 1], ws[i + 3]
        water = w.low in _WATER_BOARDS and w.text.islower()  # "waterschap Vallei en Veluwe": the name only
        if not (water or w.text[:1].isupper() and w.text[1:].isalpha() and w.text[1:].islower() and w.low in heads) \
                or ws[i + 3].sent != w.sent or i + 3 in starts and not water:
            continue
        if not all(x.text[:1].isupper() and x.text[1:].replace("'", "").isalpha() and x.text[1:].islower()
                   for x in (nxt, last)) or nxt.text in lx.first_names() or last.text in lx.first_names():
            continue
        cands = _one_org(ws, cands, i + 1 if water else i, i + 4)
    return sorted(cands, key=lambda c: c.start)


# --- records ----------------------------------------------------------------------------------------


def name_key(name: str) -> str:
    """Grouping key of a written name: aliases applied, articles dropped, case and accents folded."""
    folded = lx.fold(lx.POSSESSIVE_RE.sub("", name) if "'" in name or "’" in name else name)
    for art in ("de ", "het ", "the "):
        if folded.startswith(art) and (name[:1].islower() or lx.fold(name[len(art):]) in lx.aliases()):
            folded = folded[len(art) :]  # "de NAVO", not the surname "De Groot"
    canon = lx.aliases().get(folded)
    return lx.fold(canon) if canon else folded


def _to_mention(text: str, ws: list[Word], c: _Cand) -> Mention:
    s, e = ws[c.start].start, ws[c.end - 1].end
    written = text[s:e]
    plural_group = c.start > 0 and ws[c.start - 1].low == "de" and c.end - c.start == 1  # "de Houthi's"
    if ("'" in written or "’" in written) and lx.POSSESSIVE_RE.search(written) and c.type != "PER" \
            and not plural_group:  # the regex only when there is an apostrophe
        e -= 2
        written = text[s:e]
    key = lx.fold(c.key) if c.key else name_key(written)
    if c.derived_from:
        key = lx.fold(written)
    return Mention(text=written, span=(s, e), type=c.type, key=key, role=c.role,  # type: ignore[arg-type]
                   derived_from=c.derived_from)


def _link_within_article(mentions: list[Mention]) -> None:
    """Surnames and bare capitalised words take the key and type of the one full name they end."""
    full: dict[str, set[str]] = {}
    for m in mentions:
        if m.type == "PER" and " " in m.key:
            toks = m.key.split()
            for i in range(1, len(toks)):
                tail = " ".join(toks[i:])
                if toks[i - 1] in lx.particles() and i >= 1:
                    continue  # "van dalen" is a tail only with its particle
                full.setdefault(tail, set()).add(m.key)
            if len(toks) == 3 and m.text.split()[0] in lx.first_names() and toks[1] not in lx.particles() \
                    and m.text.split()[1] not in lx.first_names():
                full.setdefault(toks[1], set()).add(m.key)  # "aldus Ferrer" after "Lucía Ferrer Montoya"
    given: dict[str, set[str]] = {}  # first name -> full names starting with it ("zei Daan" after "Daan Vos")
    unlisted: set[str] = set()  # first words of full names that are not listed given names ("Janny Zijlstra")
    for m in mentions:
        if m.type == "PER" and " " in m.key and m.text[:1].isupper() and m.key.split()[0] not in lx.particles():
            given.setdefault(m.key.split()[0], set()).add(m.key)
            if m.text.split()[0] not in lx.first_names():
                unlisted.add(m.key.split()[0])
    _link_org_heads(mentions)
    per_keys = {m.key for m in mentions if m.type == "PER"}
    for m in mentions:
        if m.derived_from or m.type in ("LOC", "ORG") and m.key not in per_keys and m.key not in full:
            continue
        targets = full.get(m.key)
        if not targets and " " not in m.key and (m.text in lx.first_names() or m.key in unlisted) and m.role is None:
            targets = given.get(m.key)  # a person called by the given name only, when one full name has it
        if targets and len(targets) == 1:
            m.key = next(iter(targets))
            m.type = "PER"
        elif m.type == "MISC" and m.key in per_keys:
            m.type = "PER"


def _shared_surnames(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Bert en Janny Zijlstra', 'Sanne en Joris de Jong': a given name joined by 'en' to a full name shares its
    surname, and both are persons. The given name is added as a mention when the finder had not read it (at the
    start of a sentence)."""
    added: list[Mention] = []
    by_end = {m.span[1]: m for m in mentions}
    for b in mentions:
        words = b.key.split()
        if b.type not in ("PER", "MISC") or len(words) < 2 or words[0] in lx.particles() or b.role or b.derived_from:
            continue
        if not b.text[:1].isupper() or text[max(0, b.span[0] - 4) : b.span[0]] != " en ":
            continue
        end = b.span[0] - 4
        start = end
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
            start -= 1
        given = text[start:end]
        if given not in lx.first_names() or start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(\"„“‘'":
            continue
        a = by_end.get(end)
        if a is None:
            a = Mention(text=given, span=(start, end), type="PER", key=given.lower())
            added.append(a)
        elif a.span[0] != start or a.role or a.derived_from or a.type not in ("PER", "MISC"):
            continue
        a.key = " ".join([given.lower(), *words[1:]])
        a.type = b.type = "PER"
    return sorted(mentions + added, key=lambda m: m.span) if added else mentions


def _link_org_heads(mentions: list[Mention]) -> None:
    """'het Havenbedrijf' after 'Havenbedrijf Rotterdam', 'Wapenvrij' after 'Stichting Wapenvrij': a one-word
    name that opens exactly one longer organisation name of the article (or follows its head noun) is it."""
    heads: dict[str, set[str]] = {}
    trade: dict[str, set[str]] = {}
    for m in mentions:
        if m.type == "ORG" and " " in m.key:
            words_ = m.key.split()
            heads.setdefault(words_[0], set()).add(m.key)
            if len(words_) == 2 and words_[0] in lx.org_heads():
                heads.setdefault(words_[1], set()).add(m.key)  # "Wapenvrij" after "Stichting Wapenvrij"
            if _trade_noun(m.text.split()[0]):
                trade.setdefault(" ".join(words_[1:]), set()).add(m.key)  # "Maasmeer" after "Chocolaterie Maasmeer"
    for m in mentions:
        if m.role is None and not m.derived_from and len(trade.get(m.key, ())) == 1:
            m.key, m.type = next(iter(trade[m.key])), "ORG"
            continue
        word = m.key
        written = lx.fold(m.text).split()
        if len(written) == 2 and written[0] in ("de", "het") and written[1] in heads:
            word = written[1]  # "de alliantie" after "De Alliantie van Kleine Eilandstaten": not the listed alias
        if m.type in ("ORG", "MISC", "PER") and m.role is None and " " not in word and not m.derived_from and len(heads.get(word, ())) == 1:
            m.key, m.type = next(iter(heads[word])), "ORG"


def _link_abbreviations(text: str, mentions: list[Mention]) -> None:
    """'Vereniging van Nederlandse Gemeenten (VNG)': later 'VNG' mentions take the full name's key."""
    ordered = sorted(mentions, key=lambda m: m.span)
    abbrev: dict[str, Mention] = {}
    for m, nxt in itertools.pairwise(ordered):
        between = text[m.span[1] : nxt.span[0]].strip()
        after = text[nxt.span[1] : nxt.span[1] + 1]
        short = nxt.text.isupper() or nxt.text[:1].isupper() and nxt.text.isalpha() and 2 <= len(nxt.text) <= 4
        if between == "(" and after == ")" and short and len(m.text.split()) >= 2 \
                and m.type != "PER" and nxt.text[0] == m.text[0].upper():  # not "Mark Jansen (VVD)": a party
            abbrev[nxt.text] = m
    for m in mentions:
        full = abbrev.get(m.text)
        if full is not None:
            m.key, m.type = full.key, full.type
