"""Commitments: who promised, delivered or is considering what, for whom, and how much.

A pledge is a clause with a cue (``pledge_verbs.txt`` promised, ``delivery_verbs.txt`` delivered,
``consider_verbs.txt`` considered), something given (a noun from ``weapon_nouns.txt`` /
``aid_nouns.txt``, or an amount) and a giver (a country, organisation or person mention). A
sentence listing several commitments ("Zo heeft Duitsland ... toegezegd, komen er vanuit de
Britten 10.000 drones, levert Frankrijk raketten en heeft Finland ... toegezegd") is split at
commas and "en" wherever both sides carry their own cue, giving one pledge per clause.

Negated cues ("heeft geen toezeggingen gedaan") make no pledge, and neither do demands ("moeten",
"eist", a motion); hedges ("mogelijk", "zou ... kunnen", "in principe") and proposals ("stelt voor")
turn a promise into "considered"; a delivery cue with "zal/gaat" is a promise. A one-word cue whose
particle stands stranded later ("levert ... op", "geeft aan dat") is another verb and no cue.

Giving verbs (``pledge_open_verbs.txt``) take any concrete noun as goods when a recipient is written
("stuurt waterpompen naar Oekraïne"); paying verbs (``pledge_money_verbs.txt``) need a state or
organisation as giver and are no pledge in the passive without a "door" agent. See ``extract`` for
the conventions on domestic money, relative clauses and givers taken from context.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import replace as dc_replace
from functools import lru_cache

from duiding.records import Amount, Article, ArticleAnalysis, DateMention, EntityType, Mention, Pledge, Quote, Token
from duiding.resources import load_list, load_map, load_set

_STATUS_FILES = (("considered", "consider_verbs"), ("delivered", "delivery_verbs"), ("promised", "pledge_verbs"))
_SPLIT_WORDS = frozenset({"en", "maar", "terwijl"})
_SPLIT_PUNCT = frozenset({",", ";", ":"})
_RECIPIENT_PREPS = frozenset({"aan", "voor", "naar"})
_NON_GIVER_PREPS = frozenset(
    {
        "aan",
        "voor",
        "naar",
        "tegen",
        "in",
        "met",
        "bij",
        "op",
        "over",
        "tot",
        "namens",
        "zonder",
        "om",
        "tussen",
        "volgens",
    }
)
_GIVER_PREPS = frozenset({"vanuit", "uit", "van", "door"})
_FUTURE = frozenset({"zal", "zullen", "gaat", "gaan", "wil", "willen"})
_DETERMINERS = frozenset({"de", "het", "een", "die", "deze", "dit", "dat", "nieuw", "eerder"})


@dataclass(frozen=True)
class Cue:
    status: str
    parts: tuple[tuple[str, ...], ...]  # runs of words; a gap is allowed between runs
    text: str
    words: frozenset[str] = frozenset()  # every word of the cue: a clause lacking one cannot match


@lru_cache(maxsize=1)
def _cues() -> tuple[Cue, ...]:
    out = []
    for status, name in _STATUS_FILES:
        for line in load_list(name):
            runs = tuple(tuple(r.split()) for r in line.lower().split(".."))
            parts = tuple(r for r in runs if r)
            out.append(Cue(status, parts, line, frozenset(w for r in parts for w in r)))
    # longer patterns first, so "sluit niet uit" wins over a bare "uit"
    return tuple(sorted(out, key=lambda c: -sum(len(r) for r in c.parts)))


@dataclass
class CueHit:
    cue: Cue
    positions: list[int]  # token indexes (within the clause) of every matched word


def _match_cue(words: Sequence[str], cue: Cue) -> list[int] | None:
    pos: list[int] = []
    i = 0
    for run in cue.parts:
        n = len(run)
        found = None
        for j in range(i, len(words) - n + 1):
            if tuple(words[j : j + n]) == run:
                found = j
                break
        if found is None:
            return None
        pos.extend(range(found, found + n))
        i = found + n
    return pos


def find_cue(words: Sequence[str]) -> CueHit | None:
    """The strongest cue in a clause (lowercased words), or None.

    A one-word cue followed later by a stranded particle is another verb: "levert het Kremlin geld
    op" (opleveren), "geeft aan dat" (aangeven), "geeft toe" (toegeven). Such a hit is passed over.
    """
    present = set(words)
    for cue in _cues():
        if not cue.words <= present:
            continue
        pos = _match_cue(words, cue)
        # considering verbs have no particle form: "overweegt zijn bijdrage aan dat fonds te verhogen"
        if pos is None or (len(pos) == 1 and cue.status != "considered" and _stranded_particle(words, pos[0])):
            continue
        if "voor" in cue.text.split() and (
            pos[0] > 0 and words[pos[0] - 1] == "te"  # "een fonds in te stellen voor boeren": instellen + recipient
            or "beschikbaar" in words[max(0, pos[0] - 1) : pos[0] + 2]  # "beschikbaar stelt voor extra personeel"
        ):
            continue  # a recipient or purpose, not a proposal
        return CueHit(cue, pos)
    return None


# Particles that, stranded at the end of a clause, make a giving verb into another one.
_PARTICLES = frozenset({"op", "aan", "toe", "uit", "in", "mee", "door", "terug", "weg", "na", "voor", "over"})
# What may follow a stranded particle: the end of the clause, punctuation or a new clause.
_AFTER_PARTICLE = frozenset({"dat", "om", "te", "en", "of", "omdat", "als", "wanneer", "zodat", "maar", "nu"})


def _stranded_particle(words: Sequence[str], cue_at: int) -> bool:
    for j in range(cue_at + 1, len(words)):
        if words[j] not in _PARTICLES:
            continue
        nxt = words[j + 1] if j + 1 < len(words) else ""
        if nxt == "te" and words[cue_at] in _PROMISE_VERBS:
            continue  # "heeft toegezegd een fonds in te stellen": the particle of the promised act
        if nxt == "te" and "om" in words[cue_at + 1 : j]:
            continue  # "gereserveerd om bedrijven te helpen hun productie op te voeren": the om-clause's verb
        if not nxt or nxt in _AFTER_PARTICLE or not any(c.isalnum() for c in nxt):
            return True
        if words[j] == "op" and nxt == "voor":  # "levert het Kremlin geld op voor de oorlog"
            return True
    return False


@lru_cache(maxsize=1)
def _nouns() -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(load_list("weapon_nouns")), tuple(load_list("aid_nouns")) + tuple(load_list("pledge_policy_nouns"))


@lru_cache(maxsize=8192)
def _is_goods(word: str) -> bool:
    """Cached per word form: every clause with a cue asks for each of its words."""
    weapons, aid = _nouns()
    return _is_goods_in(word, weapons + aid)


def _is_goods_in(word: str, nouns: Sequence[str]) -> bool:
    low = word.lower().strip(".,;:")
    return any(low == n or (len(n) >= 4 and low.endswith(n) and len(low) - len(n) >= 3) or low.endswith("-" + n)
               for n in nouns)  # fmt: skip


def _word_giver(tokens: Sequence[Token], before: int) -> Mention | None:
    """ "het kabinet" in Dutch news: a word that stands for a giver (``pledge_givers.txt``)."""
    givers = load_map("pledge_givers")
    for t in tokens[:before]:
        key = givers.get(t.text.lower())
        if key:
            return Mention(text=t.text, span=(t.start, t.end), type="ORG", key=key)
    return None


def _is_adjective(tok: Token) -> bool:
    """An adjective kept in the goods ("oudere luchtverdediging"); numbers and ordinals ("eerste twee") are not."""
    w = tok.text
    if tok.pos in ("NUM", "DET", "VERB", "AUX") or w.lower() in _numberish():
        return False
    return bool(re.fullmatch(r"[a-zà-ÿ]{3,}e|[A-Z][a-zà-ÿ]+(?:se|sche)|extra|nieuwe|meer", w))


@lru_cache(maxsize=1)
def _numberish() -> frozenset[str]:
    words = {line.split("\t")[0].lower() for line in load_list("number_words")}
    return frozenset(words | {k.lower() for k in load_map("ordinals")} | {"overige", "andere", "laatste", "volgende"})


# --- fallback mentions when the mentions extractor did not run --------------------------------------


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, tuple[str, str]]:
    """Surface form -> (type, key) for countries, organisations and demonym groups."""
    out: dict[str, tuple[str, str]] = {}
    for name in load_list("ner_countries"):
        out[name] = ("LOC", name.lower())
    for name in load_list("ner_organisations"):
        out[name] = ("ORG", name.lower())
    try:
        for row in load_list("demonyms"):
            parts = row.split("\t")
            if len(parts) >= 3 and parts[2] == "group":
                out[parts[0]] = ("LOC", parts[1].lower())
    except FileNotFoundError:
        pass
    return out


def _fallback_mentions(text: str) -> list[Mention]:
    gaz = _gazetteer()
    if not gaz:
        return []
    alt = "|".join(re.escape(k) for k in sorted(gaz, key=len, reverse=True))
    out = []
    for m in re.finditer(rf"(?<![\w-])(?:{alt})(?![\w-])", text):
        typ, key = gaz[m.group(0)]
        out.append(Mention(text=m.group(0), span=(m.start(), m.end()), type=typ, key=key))  # type: ignore[arg-type]
    return out


# --- clauses ----------------------------------------------------------------------------------------


def _clauses(tokens: Sequence[Token]) -> list[tuple[int, int, CueHit | None]]:
    """Split a sentence into clauses at commas/"en" where both sides have their own cue.

    A full stop followed by a capital inside a "sentence" (the splitter missed "VS. Hoewel")
    is a hard boundary: nothing is merged across it.
    """
    hard = [0]
    for i in range(1, len(tokens)):
        prev = tokens[i - 1].text
        ends = prev in (".", "!", "?") or (len(prev) > 2 and prev.endswith(".") and prev[:-1].isupper())
        if ends and tokens[i].text[:1].isupper():
            hard.append(i)
    hard.append(len(tokens))
    out: list[tuple[int, int, CueHit | None]] = []
    for h in range(len(hard) - 1):
        out.extend(_soft_clauses(tokens, hard[h], hard[h + 1]))
    return out


def _soft_clauses(tokens: Sequence[Token], lo: int, hi: int) -> list[tuple[int, int, CueHit | None]]:
    cuts = [lo]
    for i in range(lo + 1, hi):
        t = tokens[i]
        if t.text in _SPLIT_PUNCT or t.text.lower() in _SPLIT_WORDS:
            cuts.append(i)
    cuts.append(hi)
    segs = [(cuts[k], cuts[k + 1]) for k in range(len(cuts) - 1) if cuts[k + 1] > cuts[k]]

    def cue_of(a: int, b: int) -> CueHit | None:
        return find_cue([t.text.lower() for t in tokens[a:b]])

    merged: list[list[int]] = []
    for a, b in segs:
        if merged and (cue_of(a, b) is None or cue_of(*merged[-1]) is None):
            merged[-1][1] = b
        else:
            merged.append([a, b])
    return [(a, b, cue_of(a, b)) for a, b in merged]


def _group_giver(tokens: Sequence[Token], before: int) -> Mention | None:
    """ "Verscheidene landen kondigden ... aan": a group noun before the cue, with its modifiers."""
    groups = load_set("group_speakers") | load_set("pledge_giver_nouns")
    for i in range(before):
        low = tokens[i].text.lower()
        if not (low in groups or any(low.endswith(g) and len(low) - len(g) >= 3 for g in groups)):
            continue
        j = i
        while (
            j > 0
            and tokens[j - 1].text.isalpha()
            and (_is_adjective(tokens[j - 1]) or tokens[j - 1].text.lower() in _QUANTIFIERS)
        ):
            j -= 1
        if tokens[j].text.lower() in ("de", "het"):
            j += 1
        words = " ".join(t.text for t in tokens[j : i + 1])
        return Mention(text=words, span=(tokens[j].start, tokens[i].end), type="MISC", key=words.lower())
    return None


_QUANTIFIERS = frozenset(
    {"alle", "veel", "vele", "verscheidene", "verschillende", "enkele", "sommige", "meerdere", "de"}
)


# --- the extractor ----------------------------------------------------------------------------------


def _mentions_in(mentions: Sequence[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in mentions if start <= m.span[0] and m.span[1] <= end]


def _prev_word(text: str, pos: int, role: str | None = None) -> str:
    """The word before ``pos``, looking past the mention's title ("volgens NAVO-topman Mark Rutte")."""
    skip = {w.lower() for w in (role or "").split()}
    for m in reversed(list(re.finditer(r"[\w'’-]+", text[max(0, pos - 80) : pos]))):
        w = m.group(0).lower()
        if w not in skip:
            return w
    return ""


def _before(text: str, m: Mention) -> str:
    return _prev_word(text, m.span[0], m.role)


def _agent_mentions(mentions: Sequence[Mention]) -> list[Mention]:
    return [m for m in mentions if m.type in ("LOC", "ORG", "PER") and m.derived_from is None]


def _giver(text: str, mentions: list[Mention], cue_start: int, recipient: Mention | None) -> Mention | None:
    cands = [m for m in _agent_mentions(mentions) if recipient is None or m.span != recipient.span]
    cands += _state_mentions(text, mentions)
    cands.sort(key=lambda m: m.span)
    # "X maakte bekend dat Nederland ... stuurt", "Y zei dat de systemen zijn aangekomen": whoever stands
    # before a "dat" that precedes the cue is the speaker, not the giver
    # ... unless the "dat/die" is a relative pronoun right after the name: "Duitsland, dat eerder 25 ... overdroeg"
    cands = [
        m for m in cands
        if not (m.span[1] <= cue_start and _word_between(text, m.span[1], cue_start, "dat") and not _relative_after(text, m))
    ]  # fmt: skip
    # "premier Schoof sluit niet uit dat Nederland deelneemt": the country after "dat" is the giver
    after_dat = [m for m in cands if m.span[0] > cue_start and _word_between(text, cue_start, m.span[0], "dat")]
    free = [m for m in cands if _before(text, m) not in _NON_GIVER_PREPS | _GIVER_PREPS]
    if after_dat and not any(m.type in ("LOC", "ORG") for m in free if m.span[0] < cue_start):
        free = [m for m in after_dat if _before(text, m) not in _NON_GIVER_PREPS]
    if free:
        # a country/organisation before a person: "het VK" over "Starmer" when both are free
        states = [m for m in free if m.type in ("LOC", "ORG")]
        return (states or free)[0]
    by = [m for m in cands if _before(text, m) in _GIVER_PREPS]
    return by[0] if by else None


def _state_mentions(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """ "de Amerikaanse regering": a nationality adjective with a government noun stands for the country."""
    nouns = load_set("government_nouns")
    out = []
    for m in mentions:
        if not m.derived_from:
            continue
        nxt = re.match(r"\s+([\w-]+)", text[m.span[1] : m.span[1] + 40])
        if nxt and nxt.group(1).lower() in nouns:
            end = m.span[1] + nxt.end()
            out.append(Mention(text=text[m.span[0] : end], span=(m.span[0], end), type="LOC",
                               key=m.derived_from.lower()))  # fmt: skip
    return out


def _relative_after(text: str, m: Mention) -> bool:
    """ "Duitsland, dat ..." / "de Europese Unie, die ...": the name is the antecedent of a relative pronoun."""
    return re.match(r"\s*,\s*(?:dat|die|welke)\b", text[m.span[1] : m.span[1] + 12], re.IGNORECASE) is not None


def _antecedent(text: str, mentions: Sequence[Mention], clause_start: int) -> Mention | None:
    """The name a clause opening with a relative pronoun refers back to (", dat eerder al ... overdroeg")."""
    for m in reversed(_agent_mentions(mentions)):
        adjacent = m.span[1] <= clause_start and not text[m.span[1] : clause_start].strip(" ,")
        if adjacent and m.type in ("LOC", "ORG") and _relative_after(text, m):
            return m
    return None


def _word_between(text: str, a: int, b: int, word: str) -> bool:
    return re.search(rf"(?<![\w-]){word}(?![\w-])", text[a:b], re.IGNORECASE) is not None


def _recipient(text: str, mentions: list[Mention], cue_end: int | None = None) -> Mention | None:
    """ "aan/voor/naar Oekraïne", or the indirect object right after the verb ("stuurt Oekraïne een pakket")."""
    for m in _agent_mentions(mentions):
        if m.type in ("LOC", "ORG") and _before(text, m) in _RECIPIENT_PREPS:
            return m
    if cue_end is not None:
        for m in _agent_mentions(mentions):
            if m.type == "LOC" and m.span[0] >= cue_end and not text[cue_end : m.span[0]].strip():
                follow = re.match(r"\s+(\w+)", text[m.span[1] : m.span[1] + 30])
                if (
                    follow
                    and follow.group(1).lower() in ("een", "de", "het")
                    or (follow and follow.group(1)[0].isdigit())
                ):
                    return m
    return None


def _context_recipient(text: str, mentions: Sequence[Mention], start: int, end: int) -> Mention | None:
    """ "steun aan Oekraïne" in the sentence before: the recipient of a list of pledges that follows."""
    for m in _agent_mentions(_mentions_in(mentions, start, end)):
        if m.type not in ("LOC", "ORG") or _before(text, m) not in _RECIPIENT_PREPS:
            continue
        before = text[max(start, m.span[0] - 40) : m.span[0]].split()
        if len(before) >= 2 and _is_goods(before[-2]):
            return m
    return None


def _what(tokens: Sequence[Token], cue_idx: set[int], after: int | None = None) -> tuple[str, int] | None:
    """The goods as a short noun phrase ("Britse troepen", "steunpakket") and the index of its noun.

    Adjectives are kept, determiners and numbers dropped (the number lives in the amount).
    ``after``: only goods after this token index count ("bereid is troepen ... te sturen").
    """
    for i, t in enumerate(tokens):
        if i in cue_idx or (after is not None and i <= after) or not _is_goods(t.text.strip(".,;:")):
            continue
        j = i
        while j > 0 and (j - 1) not in cue_idx and _is_adjective(tokens[j - 1]):
            j -= 1
        return " ".join(tok.text for tok in tokens[j : i + 1]).strip(".,;:"), i
    return None


def _pick_amount(amounts: list[Amount], what: str | None, shares: bool = False) -> Amount | None:
    """The count of the goods when written ("450 miljoen pond voor 10.000 drones" -> 10.000 drones), else money."""
    if not amounts:
        return None
    if what:
        same = [a for a in amounts if a.kind == "count" and a.unit and what.lower().endswith(a.unit.lower())]
        if same:
            return same[0]
    money = [a for a in amounts if a.kind == "money"]
    if money:
        return money[0]
    counts = [a for a in amounts if a.kind == "count"]
    if counts:
        return counts[0]
    # "Het Rijk betaalt 90 procent van de kosten": a share of a cost, only with a paying verb
    return next((a for a in amounts if a.kind == "percent"), None) if shares else None


def _date_for(
    text: str, dates: Sequence[DateMention], start: int, end: int, sent: tuple[int, int], fallback: str | None
) -> str | None:
    for lo, hi in ((start, end), sent):
        for d in dates:
            if lo <= d.span[0] < hi and d.kind == "date" and d.value and not _corrected(text, d.span):
                return d.value
    return fallback


def _corrected(text: str, span: tuple[int, int]) -> bool:
    """ "niet in juli, maar in augustus": the first date is the one no longer meant."""
    before = text[max(0, span[0] - 12) : span[0]].lower().split()
    return "niet" in before and re.match(r"\s*,\s*maar\b", text[span[1] : span[1] + 10]) is not None


def _open_object(tokens: Sequence[Token], cue_idx: set[int], skip: Sequence[tuple[int, int]]) -> tuple[str, int] | None:
    """The object of a giving verb when it is no listed noun: "levert 25 transformatoren aan Oekraïne".

    The first common noun (POS NOUN) that is not inside a prepositional phrase, a name, a date or a
    word from ``pledge_non_goods.txt`` (letters, signals, people).
    """
    non_goods = load_list("pledge_non_goods")
    people = load_set("titles") | load_set("group_speakers")
    for i, t in enumerate(tokens):
        if i in cue_idx or t.pos != "NOUN" or any(a <= t.start < b for a, b in skip) or _is_currency_word(t.text):
            continue
        low = t.text.lower()
        if low in people or _is_goods_in(low, non_goods) or any(low.endswith(g) for g in people if len(g) > 5):
            continue
        j = i
        while j > 0 and (j - 1) not in cue_idx and tokens[j - 1].pos in ("ADJ", "DET", "NUM", "ADV"):
            j -= 1
        if j > 0 and tokens[j - 1].text.lower() in _NON_GIVER_PREPS | _GIVER_PREPS:
            continue
        k = i
        while k > 0 and (k - 1) not in cue_idx and tokens[k - 1].pos == "ADJ" and _is_adjective(tokens[k - 1]):
            k -= 1
        return " ".join(tok.text for tok in tokens[k : i + 1]).strip(".,;:"), i
    return None


def _is_currency_word(word: str) -> bool:
    """A currency word ("euro", "dollar") is the unit of an amount, never the object given."""
    return word.lower() in _currency_words()


@lru_cache(maxsize=1)
def _currency_words() -> frozenset[str]:
    return frozenset(line.split("\t")[0].lower() for line in load_list("currencies"))


def _open_cue(ctoks: Sequence[Token], hit: CueHit) -> bool:
    verbs = load_set("pledge_open_verbs")
    return any(ctoks[k].text.lower() in verbs for k in hit.positions)


def extract(article: Article, analysis: ArticleAnalysis) -> list[Pledge]:
    """Pledges of an article, in text order.

    Conventions (they follow ``examples/gold``):

    - Money a government, public body or organisation commits to a purpose at home counts as a promise
      ("Het Rijk betaalt 90 procent", "Nederland investeert 2 miljard in de krijgsmacht"); its recipient
      is the one written ("aan/voor de gemeenten") or none.
    - A clause with a giving verb but no giver of its own ("De eerste twee lanceerinrichtingen gaan in
      juli naar Oekraïne") takes the giver of the previous pledge in the article: reporting follows one
      giver's package sentence after sentence. Without an earlier pledge it makes none.
    - A relative clause ("Duitsland, dat eerder al 25 transformatoren overdroeg") has its antecedent
      as giver.
    - The object of a giving verb may be any concrete noun when a recipient is written ("stuurt
      noodstroomaggregaten naar Oekraïne"); without a recipient only the listed goods or an amount count.
    - A promise verb with an act instead of goods ("heeft de Kamer toegezegd voor 1 mei een evaluatie te
      sturen", "zegde toe dat hij met de gemeenten om tafel gaat") is a promise of its subject; the
      held-out gold counts these, the examples gold has none either way.
    - Money named as the price of one's own work ("laat de landingsbaan voor 38 miljoen euro verlengen"),
      negated goods ("er komt geen tank") and permission ("mag blijven leveren") make no pledge; budgets
      set aside with a paying verb still do (the first convention).
    """
    text = article.text
    layer = analysis.language
    if not layer.tokens:
        from duiding.analyse.language.tokenize import split

        tokens, sentences = split(text)
    else:
        tokens, sentences = layer.tokens, layer.sentences
    has_pos = any(t.pos for t in tokens)
    mentions = sorted(analysis.mentions or _fallback_mentions(text), key=lambda m: m.span)
    date_spans = [d.span for d in analysis.dates]
    hedges = load_set("pledge_hedges")
    negations = load_set("pledge_negations")
    intents = load_set("pledge_intent_words")
    explicit: set[int] = set()  # indexes in out of pledges whose recipient is written in their sentence
    out: list[Pledge] = []
    last_giver: Mention | None = None  # giver of the previous pledge in the article
    pending: list[int] = []  # pledges waiting for the article's main giver
    prev_sentence: tuple[int, int] | None = None
    for sent in sentences:
        stoks = tokens[sent.token_start : sent.token_end]
        giver_before: Mention | None = None
        prev_status: str | None = None  # cue status of the previous clause of this sentence
        for a, b, hit in _clauses(stoks):
            if hit is None:
                continue
            lead_status, prev_status = prev_status, hit.cue.status
            ctoks = stoks[a:b]
            words = [t.text.lower() for t in ctoks]
            cue_idx = set(hit.positions)
            status = hit.cue.status
            first_cue = min(hit.positions)
            # "overweegt aan te sluiten en 50 miljoen euro bij te dragen": a coordinated te-infinitive
            # shares the finite verb (and so the status and subject) of the clause before it
            coordinated = words[0] == "en" and "te" in words[1 : max(hit.positions) + 1] and lead_status is not None
            if coordinated and lead_status == "considered":
                status = "considered"
            # negation before the cue (outside the cue's own words, e.g. "sluit niet uit")
            if any(
                w in negations and not (w == "niet" and "maar" in words[k:first_cue])
                for k, w in enumerate(words)
                if k not in cue_idx and k <= max(hit.positions)
            ):
                continue
            # "de noodzaak ... beschikbaar te stellen": a te-infinitive needs an announcement or a plan
            others = [w for k, w in enumerate(words) if k not in cue_idx]
            if (
                first_cue > 0
                and words[first_cue - 1] == "te"
                and status != "considered"
                and not any(w in intents for w in others)
            ):
                continue
            # "maakt de weg vrij voor gesprekken": the idiom, no money set aside
            if any(words[k].startswith("vrij") and k > 0 and words[k - 1] in ("weg", "pad", "baan") for k in cue_idx):
                continue
            # "mag blijven leveren": permission to sell, not a commitment
            if any(w in _PERMISSION for w in words[:first_cue]):
                continue
            # "de beloofde wapens", "de toegezegde steun": a participle used as an adjective
            if (
                len(hit.positions) == 1
                and first_cue > 0
                and words[first_cue - 1] in _DETERMINERS
                and not (
                    words[first_cue - 1] == "eerder" and (first_cue < 2 or words[first_cue - 2] not in _DETERMINERS)
                )
            ):
                continue
            if status != "considered" and any(w in hedges for k, w in enumerate(words) if k not in cue_idx):
                status = "considered"
            if status == "delivered" and any(w in _FUTURE for w in words):
                status = "promised"
            # "De transformatoren worden in oktober naar Polen gebracht": a present passive is still to happen
            if status == "delivered" and any(w in ("wordt", "worden") for w in words[:first_cue]):
                status = "promised"
            # "... orders binnenhalen als het fonds er komt": a verb-final clause after "als/indien" is a condition
            tail = [w for w in words[max(hit.positions) + 1 :] if any(c.isalnum() for c in w)]
            if not tail and any(w in _CONDITIONALS for w in words[:first_cue]):
                continue
            # "overweegt een batterij in het noorden te plaatsen": keeping or deploying, not giving
            non_giving = load_set("pledge_non_giving_verbs")
            if any(w == "te" and k + 1 < len(words) and words[k + 1] in non_giving for k, w in enumerate(words)):
                continue
            cue_words = {words[k] for k in hit.positions}
            money_cue = bool(cue_words & load_set("pledge_money_verbs"))
            passive = first_cue > 0 and any(w in _PASSIVE_AUX for w in words[:first_cue])
            if money_cue and passive and "door" not in words:
                continue  # "het pakket wordt betaald uit het steunfonds": where money comes from
            cstart, cend = ctoks[0].start, ctoks[-1].end
            cmentions = _mentions_in(mentions, cstart, cend)
            camounts = [x for x in analysis.amounts if cstart <= x.span[0] and x.span[1] <= cend]
            share_of = next((k for k in range(first_cue) if words[k] == "waarvan"), None)
            if share_of is not None:  # "kost 80 miljoen, waarvan België 20 miljoen betaalt": the part, not the total
                camounts = [x for x in camounts if x.span[0] >= ctoks[share_of].end] or camounts
            cue_end = ctoks[max(hit.positions)].end
            own_recipient = _recipient(text, cmentions, cue_end)
            recipient = own_recipient or _recipient(text, _mentions_in(mentions, sent.start, sent.end))
            subject_cue = hit.cue.text in _SUBJECT_CUES
            goods = _what(ctoks, cue_idx, max(hit.positions) if status == "considered" else None)
            if goods is None and has_pos and _open_cue(ctoks, hit) and (own_recipient is not None or subject_cue):
                skip = [m.span for m in cmentions] + date_spans
                goods = _open_object(ctoks, cue_idx, skip)
            gapped = _gapped_share(text, cmentions, ctoks, words, max(hit.positions)) if money_cue else None
            if goods is None and money_cue and gapped is None:
                goods = _share_object(words, ctoks, max(hit.positions))
            amount = _pick_amount(camounts, goods[0] if goods else None, shares=money_cue)
            # "levert met 9.500 militairen zelf het grootste deel van de troepen": own forces in a joint
            # operation, not something given to someone
            main_part = words[
                first_cue : next((k for k in range(first_cue, len(words)) if words[k] == ","), len(words))
            ]
            if not money_cue and recipient is None and "zelf" in main_part:
                continue
            if amount is not None and _prev_word(text, amount.span[0]) == "met":
                amount = None
            if subject_cue and not (
                goods and amount and amount.kind == "count" and goods[0].lower().endswith(amount.unit.lower())
            ):
                # "De eerste twee systemen gaan naar Oekraïne" adds goods; "het geld gaat naar de
                # gemeenten", "de rest van het pakket volgt" only retell a pledge made before
                continue
            # "Wij betalen met belastinggeld": what one pays with is no goods given
            if goods is not None and goods[1] > 0 and words[goods[1] - 1] == "met" and amount is None:
                continue
            # "dat Nederland het geld via het fonds beschikbaar stelt": a definite, amountless "het geld"
            # retells a pledge named before (its channel or timing), it is no new one
            retold = goods is not None and amount is None and words[goods[1]] in _MONEY_WORDS | {"geld", "bedrag"}
            if retold and goods is not None and goods[1] > 0 and words[goods[1] - 1] in ("het", "dat", "dit", "deze", "die"):
                continue
            # "Er komt geen tank over de grens": the goods are negated
            if goods is not None and "geen" in words[max(hit.positions) + 1 : goods[1]]:
                continue
            # "voor 38 miljoen euro laat verlengen": a price paid for one's own work, not money given
            price = amount is not None and amount.kind == "money" and _prev_word(text, amount.span[0]) == "voor"
            if goods is None and price and not money_cue:
                continue
            action = None
            if goods is None and amount is None and not subject_cue:
                action = _promised_action(ctoks, hit, status)
            if goods is not None:
                what = goods[0]
            elif amount is not None and not subject_cue:
                what = amount.unit if amount.kind == "count" and amount.unit else amount.text
            elif action is not None:
                what = action
            else:
                continue
            if recipient is not None:
                explicit.add(len(out))
            if recipient is None and prev_sentence is not None and "\n" not in text[prev_sentence[1] : sent.start]:
                recipient = _context_recipient(text, mentions, *prev_sentence)
            giver = _antecedent(text, mentions, cstart) if words[:2] in ([",", "dat"], [",", "die"]) else None
            # "werkt samen met Denemarken, dat eerder al 25 transformatoren overdroeg": a relative clause that
            # the splitter merged with a main clause without a cue of its own
            rel = next(
                (k for k in range(first_cue - 1, 0, -1) if words[k] == "," and words[k + 1] in ("dat", "die")), None
            )
            if giver is None and rel is not None and "," not in words[rel + 1 : first_cue]:
                giver = _antecedent(text, mentions, ctoks[rel].start)
            inverted = None if giver else _inverted_subject(ctoks, first_cue, cmentions)
            if inverted is not None:
                giver = inverted
                own = _bare_object_after(text, cmentions, inverted)
                if own is not None:
                    recipient = own
            giver = giver or _subject_word_giver(ctoks, first_cue, cmentions)
            giver = giver or _giver(text, cmentions, ctoks[first_cue].start, recipient)
            if not money_cue:  # "hij wijst op de miljarden die zijn bedrijf investeerde": own business
                giver = giver or _pronoun_giver(text, mentions, ctoks, first_cue)
            if action is not None and giver is not None:
                # "Zandvoort heeft de Kamer toegezegd ... te sturen": the first name is the subject, the
                # organisation after the auxiliary is who the promise is made to
                first = next((m for m in _agent_mentions(cmentions) if m.span[1] <= ctoks[first_cue].start
                              and _before(text, m) not in _NON_GIVER_PREPS | _GIVER_PREPS), None)  # fmt: skip
                if first is not None and first.span[0] < giver.span[0]:
                    giver = first
            if not money_cue:  # "het bedrijf investeert in zijn eigen net" is business, not a pledge
                giver = giver or _group_giver(ctoks, first_cue)
            giver = giver or _word_giver(ctoks, first_cue) or giver_before
            if giver is None and coordinated:
                giver = _giver(text, _mentions_in(mentions, sent.start, cstart), ctoks[first_cue].start, recipient)
            # "Daarvan is 450 miljoen inmiddels overgemaakt": a part of the money of the previous pledge
            goods_subject = subject_cue or passive or "er" in words[: first_cue + 2] or words[0] in _PART_OF
            from_context = (
                giver is None
                and goods_subject
                and status != "considered"
                and not any(w in _SUBJECT_PRONOUNS for w in words[:first_cue])
                and _no_other_actor(text, cmentions, recipient, ctoks[first_cue].start)
            )
            if from_context:
                giver = last_giver  # the giver of the previous pledge; None: the article's main giver, below
            elif giver is None:
                continue
            if giver is not None and cue_words & _ORDER_VERBS and (recipient is None or _same_party(recipient, giver)):
                continue  # "de raketten voor Nederland zijn al besteld": buying for oneself
            if recipient is None and goods is not None and giver is not None and _open_cue(ctoks, hit):
                recipient = _indirect_object(text, cmentions, giver, ctoks[goods[1]].start)
                if recipient is not None:
                    explicit.add(len(out))
            speaker = _speaker_giver(analysis.quotes, cue_words, (sent.start, sent.end), cstart, cend)
            same = speaker is not None and giver is not None and (
                giver.key == speaker.key or f" {giver.text.lower()} " in f" {speaker.text.lower()} "
            )
            if speaker is not None and not same and (
                giver is None or giver.type != "PER" or giver.span[0] >= ctoks[first_cue].end
            ):
                giver = speaker  # (a giver that names the speaker, "Zeeland" of "De provincie Zeeland", is kept)
            if giver is None:
                pending.append(len(out))
                giver = Mention(text="", span=(cstart, cstart), type="ORG", key="")
            if giver.text:
                giver_before = last_giver = giver
            out.append(
                Pledge(
                    giver=giver.text,
                    what=what,
                    span=(cstart, cend),
                    amount={"value": amount.value, "unit": amount.unit} if amount else None,
                    recipient=recipient.text if recipient else None,
                    status=status,  # type: ignore[arg-type]
                    date=_date_for(text, analysis.dates, cstart, cend, (sent.start, sent.end), article.date),
                    giver_entity=giver.entity,
                    giver_key=load_map("pledge_givers").get(giver.key.lower(), giver.key),
                    cue=" ".join(ctoks[k].text for k in sorted(cue_idx)),
                )
            )
            for other, share in ([(_co_giver(text, cmentions, giver, ctoks[first_cue].start), None)] +
                                 ([gapped] if gapped and giver.text else [])):  # fmt: skip
                if other is None:
                    continue
                extra = dc_replace(out[-1], giver=other.text, giver_entity=other.entity,
                                   giver_key=load_map("pledge_givers").get(other.key.lower(), other.key))  # fmt: skip
                if share is not None:
                    extra.what, extra.amount = share, None
                out.append(extra)
        prev_sentence = (sent.start, sent.end)
    out = _main_giver_for(out, pending)
    out = _fill_recipients(out, explicit, _article_recipient(text, mentions))
    shares = [
        sh for sent in sentences for sh in _shares_from_others(text, sent.start, sent.end, mentions, analysis, out)
    ]
    return sorted(out + shares, key=lambda p: p.span[0]) if shares else out


def _speaker_giver(
    quotes: Sequence[Quote], cue_words: set[str], sent: tuple[int, int], cstart: int, cend: int
) -> Mention | None:
    """The speaker of a promise that is also a statement: "Ze belooft dat ...", "Mulder zegde de Kamer toe
    dat ...", "De 61-jarige, die ..., belooft dat ...". The quote extractor has already resolved who "ze",
    the surname or the role noun is; its speaker, written before the cue in this sentence, is the giver."""
    for q in quotes:
        if not q.speaker or q.speaker_span is None or not q.cue:
            continue
        if not (sent[0] <= q.speaker_span[0] < sent[1] and q.span[0] < cend and q.span[1] > cstart):
            continue
        if not cue_words & set(q.cue.lower().split()) & _PROMISE_VERBS:
            continue  # "De gemeente stelt 600.000 euro beschikbaar": 'stelt' is the pledge's verb, not a statement
        kind: EntityType = "PER" if " " in q.speaker.strip() and q.speaker[:1].isupper() else "ORG"
        return Mention(text=q.speaker, span=q.speaker_span, type=kind, key=q.speaker_key or q.speaker,
                       entity=q.speaker_entity)  # fmt: skip
    return None


_SHARE_MARK = re.compile(r"\b(?:waarvan|daarvan|hiervan|van\s+(?:het|dat|dit)\s+bedrag)\b", re.IGNORECASE)
_COMES = re.compile(r"\b(?:komt|komen|kwam|kwamen)\b", re.IGNORECASE)


def _shares_from_others(
    text: str, start: int, end: int, mentions: Sequence[Mention], analysis: ArticleAnalysis, made: Sequence[Pledge]
) -> list[Pledge]:
    """A part of a sum that another party pays: "De provincie trekt 210 miljoen uit, waarvan 150 miljoen van
    het Rijk komt", "Van het bedrag komt 420 miljoen uit het Europese fonds". The party after "van/uit"
    commits that part; it is named as a state, organisation or giver word, or by an adjective ("Europese")."""
    out: list[Pledge] = []
    for mark in _SHARE_MARK.finditer(text, start, end):
        tail_end = next((m.start() for m in re.finditer(r"[,;.]", text[mark.end() : end])), end - mark.end())
        lo, hi = mark.start(), mark.end() + tail_end
        if not _COMES.search(text, mark.end(), hi):
            continue
        money = [a for a in analysis.amounts if lo <= a.span[0] and a.span[1] <= hi and a.kind == "money"]
        if not money:
            continue
        amount = money[0]
        src = re.match(r"\s+(?:van|uit)\s+(?:de\s+|het\s+)?", text[amount.span[1] : hi])
        if not src:
            continue
        at = amount.span[1] + src.end()
        giver = next((m for m in mentions if m.span[0] == at and m.type in ("LOC", "ORG")), None)
        if giver is None:
            adj = next((m for m in mentions if m.span[0] == at and m.derived_from), None)
            if adj is not None:  # "uit het Europese herstelfonds": the fund, standing for the EU
                noun = re.match(r"\s+[\w-]+", text[adj.span[1] : hi])
                span = (adj.span[0], adj.span[1] + (noun.end() if noun else 0))
                giver = Mention(text=text[span[0] : span[1]], span=span, type="ORG", key=str(adj.derived_from).lower())
        if giver is None:
            word = re.match(r"[\w-]+", text[at:hi])
            key = load_map("pledge_givers").get(word.group(0).lower()) if word else None
            if word and key:
                giver = Mention(text=word.group(0), span=(at, at + word.end()), type="ORG", key=key)
        if giver is None or any(p.giver_key == giver.key and start <= p.span[0] < end for p in made):
            continue
        same = next((p for p in made if start <= p.span[0] < end), None)
        out.append(
            Pledge(
                giver=giver.text,
                what=amount.text,
                span=(lo, hi),
                amount={"value": amount.value, "unit": amount.unit},
                recipient=same.recipient if same else None,
                status="promised",
                date=same.date if same else None,
                giver_entity=giver.entity,
                giver_key=load_map("pledge_givers").get(giver.key.lower(), giver.key),
                cue=_COMES.search(text, mark.end(), hi).group(0),  # type: ignore[union-attr]
            )
        )
    return out


def _main_giver_for(pledges: list[Pledge], pending: list[int]) -> list[Pledge]:
    """Give pledges written without a giver before any other pledge the article's most frequent giver
    ("De eerste twee systemen komen in augustus aan" ... later "Het kabinet houdt vast aan ..."), or drop them."""
    if not pending:
        return pledges
    counts = Counter(p.giver_key for i, p in enumerate(pledges) if i not in pending)
    if not counts:
        return [p for i, p in enumerate(pledges) if i not in pending]
    key = counts.most_common(1)[0][0]
    model = next(p for i, p in enumerate(pledges) if i not in pending and p.giver_key == key)
    for i in pending:
        pledges[i].giver, pledges[i].giver_key, pledges[i].giver_entity = (
            model.giver,
            model.giver_key,
            model.giver_entity,
        )
    return pledges


def _co_giver(text: str, mentions: Sequence[Mention], giver: Mention, cue_start: int) -> Mention | None:
    """The second of two coordinated subjects ("Nederland en Duitsland gaan samen 1,1 miljard investeren"):
    both are givers of the same commitment."""
    for m in _agent_mentions(mentions):
        between = text[giver.span[1] : m.span[0]].strip().lower() if giver.span[1] < m.span[0] else ""
        if between == "en" and m.span[1] <= cue_start and m.type in ("LOC", "ORG") and not _same_party(m, giver):
            return m
    # "Het Rijk en de provincie trekken samen 90 miljoen uit": a giver word as the second subject
    after = re.match(r"\s+en\s+(?:de|het)\s+([\w-]+)", text[giver.span[1] : cue_start])
    key = load_map("pledge_givers").get(after.group(1).lower()) if after else None
    if after and key and key != giver.key.lower():
        start = giver.span[1] + after.start(1)
        return Mention(text=after.group(1), span=(start, start + len(after.group(1))), type="ORG", key=key)
    return None


def _gapped_share(
    text: str, mentions: Sequence[Mention], ctoks: Sequence[Token], words: Sequence[str], after: int
) -> tuple[Mention, str] | None:
    """A second giver with the verb left out: "Nederland betaalt 390 miljoen, Duitsland de rest"."""
    for k in range(after + 1, len(words) - 2):
        if words[k] != "," or words[k + 2] not in ("de", "het"):
            continue
        share = next((j for j in range(k + 3, min(k + 5, len(words))) if words[j] in _SHARE_NOUNS), None)
        m = next((m for m in _agent_mentions(mentions) if m.span[0] == ctoks[k + 1].start), None)
        if share is not None and m is not None and m.type in ("LOC", "ORG"):
            return m, ctoks[share].text
    return None


def _infinitive(tok: Token) -> bool:
    """A verb after "te"; without a tagger (the tokens backend) a word in -en stands for one."""
    return tok.pos == "VERB" or (not tok.pos and tok.text.lower().endswith("en"))


_RAISE_VERBS = frozenset({"verhogen", "verdubbelen", "uitbreiden", "ophogen", "aanvullen"})
_MONEY_WORDS = frozenset({"bedrag", "bijdrage", "budget", "steun", "fonds", "noodfonds", "subsidie", "pakket"})
_PART_OF = frozenset({"daarvan", "hiervan"})
_SHARE_NOUNS = frozenset({"rest", "restant", "helft", "kosten", "meerkosten", "aandeel", "overige"})


def _share_object(words: Sequence[str], ctoks: Sequence[Token], after: int) -> tuple[str, int] | None:
    """The share a paying verb covers ("Polen betaalt de rest", "de gemeente betaalt de helft"): the
    object is a part of a cost named before, which makes the clause a pledge of money."""
    for k in range(after + 1, len(words)):
        if words[k] in _SHARE_NOUNS and words[k - 1] in ("de", "het"):
            return ctoks[k].text, k
    return None


_PERMISSION = frozenset({"mag", "mogen", "mocht", "mochten"})
_PROMISE_VERBS = frozenset({"toegezegd", "toezegt", "toezeggen", "toezegde", "toezegden", "zegt", "zeggen", "zegde",
                            "zegden", "belooft", "beloven", "beloofd", "beloofde", "beloofden"})  # fmt: skip


def _promised_action(ctoks: Sequence[Token], hit: CueHit, status: str) -> str | None:
    """What a promise verb commits to when it is an act, not goods: "heeft toegezegd voor 1 mei een
    evaluatie te sturen" (a te-infinitive), or a paying verb after a considering one ("overweegt mee te
    betalen"). The clause after the cue, up to the infinitive, is the pledge's "what"."""
    words = [t.text.lower() for t in ctoks]
    last = max(hit.positions)
    promise = any(words[k] in _PROMISE_VERBS for k in hit.positions) and status == "promised"
    # "zegde toe dat hij volgende maand met de gemeenten om tafel gaat": the dat-clause is the promise;
    # "beloofde hij dat ...": the inverted subject stands between
    dat_at = last + 1
    if dat_at + 1 < len(words) and words[dat_at] in _MALE_PRONOUNS | _FEMALE_PRONOUNS | {"het", "ze", "men"}:
        dat_at += 1
    dat_clause = promise and dat_at < len(words) and words[dat_at] == "dat"
    if dat_clause and any(t.pos in ("VERB", "AUX") for t in ctoks[dat_at + 1 :]):
        return " ".join(t.text for t in ctoks[dat_at + 1 :]).strip(" ,.") or None
    te = next((j for j in range(last + 1, len(words) - 1) if words[j] == "te" and _infinitive(ctoks[j + 1])), None)
    first = min(hit.positions)
    hedges = load_set("pledge_hedges")
    if te is None and status == "considered" and words[last] in load_set("pledge_policy_verbs") and last > first:
        # "wil de extra kosten dekken": the object between the modal and the policy verb; in a subordinate
        # clause ("dat zij de extra kosten in principe wil dekken") it stands before the modal
        lo, hi = first + 1, last
        if lo == hi:
            dat = max((k for k in range(first) if words[k] == "dat"), default=None)
            if dat is None:
                return None
            lo, hi = dat + 2, first  # past "dat" and its subject
        if not any(t.pos == "NOUN" for t in ctoks[lo:hi]):
            return None  # "wil snel betalen": no object, nothing named to cover (untagged: not decided)
        inner = " ".join(t.text for t in ctoks[lo:hi] if any(c.isalnum() for c in t.text))
        inner = re.sub(r"\bin principe\b", "", inner)
        kept = [w for w in inner.split() if w.lower() not in hedges]
        return " ".join(kept + [ctoks[last].text]) if kept else None
    if te is None:
        return None
    paying = status == "considered" and words[te + 1] in load_set("pledge_money_verbs") | {"betalen", "bijdragen"}
    # "overwegen dat bedrag te verhogen": raising money already committed
    raising = (
        status == "considered" and words[te + 1] in _RAISE_VERBS and bool(set(words[last + 1 : te]) & _MONEY_WORDS)
    )
    # "komt met een voorstel om de huren twee jaar te bevriezen": a proposed policy act
    policy = (
        status == "considered" and words[te + 1] in load_set("pledge_policy_verbs") and "om" in words[last + 1 : te]
    )
    paying = paying or raising or policy
    if not (promise or paying):
        return None
    start = last + 1 if not policy else words.index("om", last + 1) + 1
    while start < te and ctoks[start].pos in ("PROPN", "DET") and ctoks[start].text.lower() != "een":
        start += 1  # the addressee: "heeft de Kamer toegezegd"
    phrase = " ".join(t.text for t in ctoks[start : te + 2]).strip(" ,")
    return phrase or None


_LEADING_ADVERBS = frozenset({"ook", "daarnaast", "bovendien", "verder", "nu", "dan", "daarom", "intussen", "inmiddels",
                              "eerder", "tevens", "nog", "al", "zo", "wel"})  # fmt: skip


def _inverted_subject(ctoks: Sequence[Token], first_cue: int, mentions: Sequence[Mention]) -> Mention | None:
    """ "Ook overweegt het kabinet Estland radars te schenken": after a leading adverb the finite verb
    comes before its subject, so the giver is the name or giver word right after the cue verb."""
    if not 1 <= first_cue <= 3 or first_cue + 1 >= len(ctoks):
        return None
    lead = ctoks[:first_cue]
    if not all(t.text.lower() in _LEADING_ADVERBS or t.pos in ("ADV", "CCONJ") for t in lead):
        return None
    j = first_cue + 1
    if ctoks[j].text.lower() in ("de", "het") and j + 1 < len(ctoks):
        j += 1
    tok = ctoks[j]
    for m in _agent_mentions(mentions):
        if m.span[0] == tok.start and m.type in ("LOC", "ORG", "PER"):
            return m
    key = load_map("pledge_givers").get(tok.text.lower())
    if key:
        return Mention(text=tok.text, span=(tok.start, tok.end), type="ORG", key=key)
    return None


def _subject_word_giver(ctoks: Sequence[Token], first_cue: int, mentions: Sequence[Mention]) -> Mention | None:
    """ "De provincie trekt voor de regeling 210 miljoen uit, waarvan 150 miljoen van het Rijk komt": a giver
    word opening the clause is its subject and beats any name further on (in a relative clause, after "van")."""
    k = 0
    while k < first_cue and (ctoks[k].text.lower() in _LEADING_ADVERBS or ctoks[k].text in (",", "en")):
        k += 1
    if k < first_cue and ctoks[k].text.lower() in ("de", "het"):
        k += 1
    if k >= first_cue or any(m.span[0] <= ctoks[k].start < m.span[1] for m in mentions):
        return None
    key = load_map("pledge_givers").get(ctoks[k].text.lower())
    named = k + 1 < first_cue and any(m.span[0] == ctoks[k + 1].start for m in mentions)
    if not key or named or (k + 1 < first_cue and ctoks[k + 1].text.lower() == "van"):
        return None  # "de provincie Zeeland", "de gemeente van Antwerpen": the name is the better giver
    return Mention(text=ctoks[k].text, span=(ctoks[k].start, ctoks[k].end), type="ORG", key=key)


_MALE_PRONOUNS = frozenset({"hij"})
_FEMALE_PRONOUNS = frozenset({"zij", "ze"})


def _pronoun_giver(text: str, mentions: Sequence[Mention], ctoks: Sequence[Token], first_cue: int) -> Mention | None:
    """ "Ze trekt 450 miljoen uit", "Wel beloofde hij dat ...": a third-person subject pronoun (clause-initial,
    after "dat", or right after the cue verb) stands for the last person named before the clause whose first
    name does not contradict its gender. Only within a few sentences: further back the reference is unsure."""
    words = [t.text.lower() for t in ctoks]
    at = None
    for k in range(first_cue):
        if words[k] in _MALE_PRONOUNS | _FEMALE_PRONOUNS:
            prev = words[k - 1] if k else ""
            if k == 0 or prev in ("dat", ",", "en", "maar") or prev in _LEADING_ADVERBS or ctoks[k - 1].pos == "ADV":
                at = k
            break
    if at is not None and any(w in ("die", "dat", "wat", "waarmee") for w in words[at + 1 : first_cue]):
        at = None  # the cue belongs to a relative or content clause with its own subject
    if at is None and first_cue + 1 < len(words) and words[first_cue + 1] in _MALE_PRONOUNS | _FEMALE_PRONOUNS:
        at = first_cue + 1  # inverted: "Wel beloofde hij"
    if at is None:
        return None
    pron_start = ctoks[at].start
    genders = load_map("first_name_gender")
    want = "m" if words[at] in _MALE_PRONOUNS else "f"
    for m in reversed([m for m in mentions if m.type == "PER" and m.span[1] <= pron_start]):
        if pron_start - m.span[1] > 600:
            return None
        first = m.text.split()[0] if m.text.split() else ""
        if genders.get(first, want) == want:
            return m
    return None


def _bare_object_after(text: str, mentions: Sequence[Mention], subject: Mention) -> Mention | None:
    """A bare country right after the subject is the indirect object: "het kabinet Estland ... te schenken"."""
    for m in _agent_mentions(mentions):
        if m.type == "LOC" and m.span[0] > subject.span[1] and not text[subject.span[1] : m.span[0]].strip():
            return m
    return None


_CONDITIONALS = frozenset({"als", "indien", "mits", "tenzij", "zodra"})
_PASSIVE_AUX = frozenset({"wordt", "worden", "werd", "werden"})
_SUBJECT_PRONOUNS = frozenset({"hij", "zij", "ze", "wij", "we", "ik", "jij", "u"})
_ORDER_VERBS = frozenset({"bestelt", "bestellen", "besteld", "bestelde", "bestelden"})


def _same_party(a: Mention, b: Mention) -> bool:
    return a.text.lower() == b.text.lower() or a.key.lower() == b.key.lower()


# Cues whose subject is the goods, not the giver: the giver comes from context.
_SUBJECT_CUES = frozenset(
    {"gaan .. naar", "gaat .. naar", "ging .. naar", "gingen .. naar", "volgen", "volgt", "aankomen", "aankomt",
     "komen .. aan", "komt .. aan"}
)  # fmt: skip


def _indirect_object(text: str, mentions: Sequence[Mention], giver: Mention, goods_start: int) -> Mention | None:
    """ "Finland heeft Oekraïne 40 gasturbines geschonken": a bare country between giver and goods."""
    for m in _agent_mentions(mentions):
        between = giver.span[1] <= m.span[0] and m.span[1] <= goods_start
        if m.type in ("LOC", "ORG") and between and not _in_phrase(text, m) and not _same_party(m, giver):
            return m
    return None


def _in_phrase(text: str, m: Mention) -> bool:
    """The name follows a preposition ("in een brief aan de Kamer")."""
    words = re.findall(r"[\w'’-]+", text[max(0, m.span[0] - 40) : m.span[0]].lower())
    while words and words[-1] in ("de", "het", "een"):
        words.pop()
    return bool(words) and words[-1] in _NON_GIVER_PREPS | _GIVER_PREPS


def _no_other_actor(text: str, mentions: Sequence[Mention], recipient: Mention | None, cue_start: int) -> bool:
    """No name in the clause that could be its actor: only the recipient, names in a prepositional
    phrase ("in een brief aan de Kamer") or the speaker before "dat" ("schrijft Van Dalen dat ...")."""
    for m in _agent_mentions(mentions):
        if recipient is not None and m.span == recipient.span:
            continue
        if m.span[1] <= cue_start and _word_between(text, m.span[1], cue_start, "dat"):
            continue
        if _in_phrase(text, m):
            continue
        return False
    return True


def _article_recipient(text: str, mentions: Sequence[Mention]) -> str | None:
    """Where the article's aid goes ("steun aan Oekraïne", "hulp voor Moldavië"), if it says so anywhere."""
    m = _context_recipient(text, mentions, 0, len(text))
    return m.text if m else None


def _fill_recipients(pledges: list[Pledge], explicit: set[int], article_usual: str | None) -> list[Pledge]:
    """Give pledges without a written recipient the article's usual one.

    "Denemarken zegde 12 F-16's toe" in an article whose other pledges go to Oekraïne goes there too.
    A budget with no recipient at all ("het kabinet trekt 2,5 miljard uit voor woningbouw") stays a
    pledge without one.
    """
    counts = Counter(p.recipient for i, p in enumerate(pledges) if i in explicit and p.recipient)
    usual = counts.most_common(1)[0][0] if counts else article_usual
    for p in pledges:
        if p.recipient is None:
            p.recipient = usual
    return pledges
