"""Is a clause about the past or the future? Cheap cues, good enough to pick a year or a weekday.

"Die top vindt eind juni plaats" needs no year to be read as the coming June; "maakte vorige
week bekend" is past. The decision uses the cue words nearest to the expression: auxiliaries
and irregular past forms from ``tense_past_cues.txt``, regular weak past forms by their ending
("maakte", "meldde"), and future markers from ``tense_future_cues.txt``. POS tags are used when
the language backend provides them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Literal

from duiding.records import Token
from duiding.resources import load_map, load_set

Relation = Literal["past", "present", "future"]

# Words after which a "-de"/"-te" form is an adjective ("de bezette gebieden"), not a verb.
_DETERMINERS = frozenset(
    [
        "de",
        "het",
        "een",
        "deze",
        "die",
        "dit",
        "dat",
        "zijn",
        "haar",
        "hun",
        "onze",
        "ons",
        "mijn",
        "jouw",
        "elke",
        "ieder",
        "iedere",
        "geen",
        "welke",
        "zo'n",
        "veel",
        "meer",
        "met",
        "van",
        "voor",
        "in",
        "op",
        "aan",
        "over",
        "uit",
        "naar",
        "bij",
        "tegen",
        "om",
        "zonder",
        "tot",
    ]
)
_PARTICIPLE = re.compile(r"^(?:\w*ge\w{2,}[dt]|\w*ge\w{2,}en|(?:be|ver|ont|her|er)\w{3,}[dt])$")
_WEAK_PAST = re.compile(r"^[a-zà-ÿ]{3,}(?:de|te|den|ten)$")


def _is_weak_past(tokens: Sequence[Token], i: int, sentence_start: int) -> bool:
    """A regular past form ("maakte", "meldden", "stuurden"), told apart from adjectives and plurals.

    With a lemma from the backend the form must differ from it ("moeten"/"moeten" is present,
    "maakten"/"maken" past); without one only singular "-de"/"-te" and doubled "-dden"/"-tten" count.
    """
    tok = tokens[i]
    w = tok.text
    low = w.lower()
    # with tags, only a verb is a past form: "contracten" (contract) is a plural noun, not "contracteren"
    if tok.pos and tok.pos not in ("VERB", "AUX"):
        return False
    if not _WEAK_PAST.match(low) or low.endswith(("ste", "sten")):
        return False
    if low.endswith(("ende", "enden", "ënde")) and _present_participle(tok):
        return False
    if low in load_map("ordinals") or (w[0].isupper() and i != sentence_start) or _PARTICIPLE.match(low):
        return False
    prev = tokens[i - 1].text.lower() if i > sentence_start else ""
    # "Dat maakte hij bekend": a demonstrative opening the sentence is a pronoun, not a determiner
    pronoun = i - 1 == sentence_start and prev in ("dat", "die", "dit", "deze")
    if prev in _DETERMINERS and not pronoun:
        return False
    if low.endswith(("de", "te", "dden", "tten")):
        return True
    # plural "-den"/"-ten": past when the lemma is another word ("maakten"/"maken"), present when it is
    # the same ("moeten"/"moeten", or with a separable prefix guessed on: "toemoeten")
    if low in _PRESENT_PLURALS:
        return False
    lemma = (tok.lemma or "").lower()
    return bool(lemma) and not lemma.endswith(low)


def _present_participle(tok: Token) -> bool:
    """ "dreigende", "lopend": the infinitive plus -d(e). With a verb tag and a lemma, "diende" (dienen) is
    a past form, which a bare "-ende" ending test would throw away."""
    low = tok.text.lower()
    lemma = (tok.lemma or "").lower()
    if tok.pos in ("VERB", "AUX") and lemma:
        return low.startswith(lemma) and low[len(lemma) :] in ("d", "de", "den")
    return True


_IRREGULAR_PRESENT = frozenset(
    {"ben", "bent", "is", "heb", "hebt", "heeft", "kan", "kun", "kunt", "wil", "wilt", "zal", "zult", "mag",
     "moet", "kom", "komt", "doe", "doet", "ga", "gaat", "sta", "staat", "sla", "slaat", "zie", "ziet"}
)  # fmt: skip
_SEPARABLE = ("aan", "af", "bij", "door", "in", "mee", "na", "om", "op", "over", "toe", "uit", "voor", "weg", "terug")


def _stems(lemma: str) -> set[str]:
    """Spellings the present-tense stem of an infinitive can take ("spreken" -> sprek/spreek, "geven" -> geef)."""
    if lemma.endswith("en"):
        base = lemma[:-2]
    elif lemma.endswith("n"):
        base = lemma[:-1]
    else:
        return {lemma}
    out = {base}
    if len(base) >= 2 and base[-1] == base[-2] and base[-1] not in "aeiou":
        out.add(base[:-1])  # zitten -> zit
    out |= {b[:-1] + {"v": "f", "z": "s"}[b[-1]] for b in out if b and b[-1] in "vz"}  # geven -> geef
    doubled = set()
    for b in out:
        m = re.search(r"([^aeiou])([aeiou])([^aeiou]+)$", b)
        if m:
            doubled.add(b[: m.start(2)] + m.group(2) * 2 + m.group(3))  # spreken -> spreek
    return out | doubled


_NON_PAST_AUX = frozenset(
    {"word", "wordt", "worden", "zal", "zult", "zullen", "wil", "wilt", "willen", "kan", "kunt", "kunnen", "moet",
     "moeten", "mag", "mogen", "gaat", "gaan", "te"}
)  # fmt: skip


def _is_strong_past(tokens: Sequence[Token], i: int, sentence_start: int) -> bool:
    """An irregular past form told by the tagger's lemma: a verb form that is none of its lemma's present
    forms (stem, stem + t, infinitive) — "bezocht" (bezoeken), "ging" (gaan), "hield" (houden).

    A form that may also be a participle ("bezocht", "verlengd") is past only when no present or future
    auxiliary precedes it ("wordt woensdag bezocht" is not past); ge- participles are left to the perfect.
    """
    tok = tokens[i]
    low = tok.text.lower()
    lemma = (tok.lemma or "").lower()
    if tok.pos != "VERB" or not lemma or low == lemma or len(low) < 2:
        return False
    if low in _IRREGULAR_PRESENT or low.startswith("ge") or not lemma.endswith("n"):
        return False
    if _PARTICIPLE.match(low) and any(t.text.lower() in _NON_PAST_AUX | _PERFECT_AUX for t in tokens[sentence_start:i]):
        return False
    if low.endswith(("end", "ende", "enden")) and _present_participle(tok):
        return False
    lemmas = {lemma} | {lemma[len(p) :] for p in _SEPARABLE if lemma.startswith(p) and len(lemma) > len(p) + 2}
    for lem in lemmas:
        if low == lem or lem.endswith(low):
            return False
        for stem in _stems(lem):
            if low in (stem, stem + "t", stem + "en") or (stem + "t").endswith(low) or stem.endswith(low):
                return False
    return True


_NOT_VERBS = frozenset({"ADJ", "DET", "ADP", "NUM", "PRON", "CCONJ"})
# Present plurals that look like past forms; the tagger's lemma is not always right about them.
_PRESENT_PLURALS = frozenset(
    {"moeten", "worden", "vinden", "houden", "laten", "weten", "praten", "melden", "bieden", "zitten", "wachten",
     "gelden", "treden", "zenden", "raden", "leiden", "lijden", "rijden", "snijden", "strijden", "vermijden",
     "branden", "landen", "planten", "eten", "vergeten", "heten", "bidden", "stoten"}
)  # fmt: skip


_PERFECT_AUX = frozenset({"heeft", "hebben", "is", "zijn", "ben", "bent"})
_AUXILIARIES = frozenset({"had", "hadden", "was", "waren", "werd", "werden"})
_CLAUSE_END = frozenset({",", ";", ":", ".", "!", "?", "dat", "die", "omdat", "maar", "en", "terwijl"})


def _participle_follows(tokens: Sequence[Token], i: int, sentence_end: int) -> bool:
    """A past participle (ge-…-d/t/en, also separable "aan-ge-komen", "op-ge-richt") later in the clause."""
    for j in range(i + 1, sentence_end):
        tok = tokens[j]
        low = tok.text.lower()
        if low in _CLAUSE_END and not (low in ("dat", "die") and tok.pos == "DET"):
            return False
        if low in ("word", "wordt", "worden", "werd", "werden"):
            return False  # the participle belongs to the passive: "kan op zijn vroegst worden aangenomen"
        if _PARTICIPLE.match(low) and tok.pos not in ("NOUN", "PROPN", "NUM", "ADP", "DET"):
            return True
    return False


def cue_at(tokens: Sequence[Token], i: int, sentence_start: int, sentence_end: int) -> Relation | None:
    """The tense a single token signals, or None."""
    low = tokens[i].text.lower()
    if low in load_set("tense_future_cues"):
        if low in ("gaat", "gaan"):
            # "gaan" + infinitive is future; "gaat naar Parijs" is movement (still usually ahead).
            return "future"
        return "future"
    if low in _PERFECT_AUX:
        # perfect only with a participle later in the clause ("zijn maandag aangekomen", "heeft ...
        # opgericht"); otherwise possession or a copula (present). The tagger's label of "zijn" is not
        # trusted: it calls the auxiliary a pronoun at times.
        return "past" if _participle_follows(tokens, i, sentence_end) else None
    if low in load_set("tense_past_cues"):
        if tokens[i].pos in _NOT_VERBS | {"NOUN", "PROPN"} and low not in _AUXILIARIES:
            return None  # "de namen", "lagen": a noun that looks like an irregular past form
        return "past"
    if _is_weak_past(tokens, i, sentence_start) or _is_strong_past(tokens, i, sentence_start):
        return "past"
    return None


_SUBORDINATORS = frozenset(
    {"dat", "die", "omdat", "om", "terwijl", "nadat", "voordat", "zodat", "waardoor", "waarmee", "waarin", "waarop",
     "wat", "wie", "als", "toen", "zodra", "totdat", "tenzij", "hoewel", "zonder", "maar", "want", "of"}
)  # fmt: skip
# verbs that take a te-infinitive as part of their own clause ("bleek dinsdag ziek te zijn")
_RAISING = frozenset({"blijken", "lijken", "schijnen", "beginnen", "weten", "proberen", "hoeven", "dreigen", "zitten",
                      "staan", "liggen", "lopen", "zijn", "hebben", "plegen"})  # fmt: skip


def _is_boundary(tokens: Sequence[Token], j: int, sentence_start: int) -> bool:
    tok = tokens[j]
    low = tok.text.lower()
    if low in (";", ":"):
        return True
    if low not in _SUBORDINATORS or j == sentence_start:
        return False
    if low in ("dat", "die", "wat", "wie"):
        # a relative pronoun or conjunction, not the determiner of "die tanks"
        if tok.pos:
            return tok.pos in ("SCONJ", "PRON")
        return j > sentence_start and tokens[j - 1].text == ","
    if low in ("als", "of", "zonder"):
        return j > sentence_start and tokens[j - 1].text == ","
    return True


def _drop_verbless_cuts(tokens: Sequence[Token], cuts: list[int]) -> list[int]:
    """ "kondigde dat maandagavond aan": a "dat"/"die" with no verb before the next cut is a demonstrative
    object, not the start of a clause. Only with tags; without them every cut stays."""
    if not any(t.pos for t in tokens[cuts[0] : cuts[-1]]):
        return cuts
    out = [cuts[0]]
    for k in range(1, len(cuts) - 1):
        j, nxt = cuts[k], cuts[k + 1]
        verbless = not any(t.pos in ("VERB", "AUX") for t in tokens[j + 1 : nxt])
        if tokens[j].text.lower() in ("dat", "die") and verbless:
            continue
        out.append(j)
    out.append(cuts[-1])
    return out


def clauses(tokens: Sequence[Token], sentence_start: int, sentence_end: int) -> list[tuple[int, int, bool]]:
    """The sentence cut into clauses: (token start, token end, is a te-infinitive clause).

    Cuts at ";", ":", subordinating conjunctions and relative pronouns ("kondigde aan | dat zijn partij begin
    december met een plan komt"), and before a te-infinitive's complement ("heeft toegezegd | voor 1 mei een
    evaluatie te sturen"): the verb before the te-infinitive ends the main clause.
    """
    cuts = [sentence_start] + [
        j for j in range(sentence_start + 1, sentence_end) if _is_boundary(tokens, j, sentence_start)
    ]
    cuts.append(sentence_end)
    cuts = _drop_verbless_cuts(tokens, cuts)
    out: list[tuple[int, int, bool]] = []
    for a, b in itertools.pairwise(cuts):
        te = next(
            (j for j in range(a + 1, b - 1) if tokens[j].text.lower() == "te" and tokens[j + 1].pos in ("VERB", "AUX")),
            None,
        )
        if te is None:
            out.append((a, b, False))
            continue
        opener = tokens[a].text.lower() == "om"
        verb = None
        if not opener:
            verb = next((j for j in range(te - 1, a - 1, -1) if tokens[j].pos in ("VERB", "AUX")), None)
            if verb is None or (tokens[verb].lemma or tokens[verb].text).lower() in _RAISING:
                out.append((a, b, False))
                continue
        if verb is not None:
            out.append((a, verb + 1, False))
            out.append((verb + 1, te + 2, True))
        else:
            out.append((a, te + 2, True))
        if te + 2 < b:
            out.append((te + 2, b, False))
    return out


def tense_near(tokens: Sequence[Token], sentence_start: int, sentence_end: int, at: int) -> Relation | None:
    """Tense of the clause around token index ``at``: the nearest cue in that clause wins, ties go to the past.

    A subordinate clause has its own tense: with no cue inside it is present (None), and a te-infinitive
    ("om de invoer vanaf 1 april te verbieden") looks ahead. A main clause without a cue borrows from the
    other main-clause parts of the sentence, never from a subordinate clause.
    """
    parts = clauses(tokens, sentence_start, sentence_end)
    here = next((c for c in parts if c[0] <= at < c[1]), (sentence_start, sentence_end, False))

    def nearest(ranges: list[tuple[int, int, bool]]) -> Relation | None:
        best: tuple[float, Relation] | None = None
        for a, b, _te in ranges:
            for i in range(a, b):
                rel = cue_at(tokens, i, sentence_start, sentence_end)
                if rel is None:
                    continue
                dist = abs(i - at) + (0 if rel == "past" else 0.5)
                if best is None or dist < best[0]:
                    best = (dist, rel)
        return best[1] if best else None

    found = nearest([here])
    if found is not None:
        return found
    if here[2]:
        return "future"
    subordinate = here[0] != sentence_start and _is_boundary(tokens, here[0], sentence_start)
    if subordinate:
        return None
    main = [c for c in parts if not c[2] and (c[0] == sentence_start or not _is_boundary(tokens, c[0], sentence_start))]
    return nearest(main)
