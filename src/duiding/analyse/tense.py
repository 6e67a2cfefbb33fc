"""Is a clause about the past or the future? Cheap cues, good enough to pick a year or a weekday.

"Die top vindt eind juni plaats" needs no year to be read as the coming June; "maakte vorige
week bekend" is past. The decision uses the cue words nearest to the expression: auxiliaries
and irregular past forms from ``tense_past_cues.txt``, regular weak past forms by their ending
("maakte", "meldde"), and future markers from ``tense_future_cues.txt``. POS tags are used when
the language backend provides them.
"""

from __future__ import annotations

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
    if not _WEAK_PAST.match(low) or low.endswith(("ende", "enden", "ënde", "ste", "sten")):
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
    for j in range(i + 1, min(sentence_end, i + 12)):
        tok = tokens[j]
        low = tok.text.lower()
        if low in _CLAUSE_END:
            return False
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
    if _is_weak_past(tokens, i, sentence_start):
        return "past"
    return None


def tense_near(tokens: Sequence[Token], sentence_start: int, sentence_end: int, at: int) -> Relation | None:
    """Tense of the clause around token index ``at``: the nearest cue wins, ties go to the past."""
    best: tuple[int, Relation] | None = None
    for i in range(sentence_start, sentence_end):
        rel = cue_at(tokens, i, sentence_start, sentence_end)
        if rel is None:
            continue
        dist = abs(i - at) + (0 if rel == "past" else 0.5)
        if best is None or dist < best[0]:
            best = (dist, rel)
    return best[1] if best else None
