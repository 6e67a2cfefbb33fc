"""The likely gender of a person's given name, only to choose which person 'hij' or 'zij' points to.

Three sources, most specific first: the project's own list (``resources/nl/first_name_gender.txt``, names
that are (almost) always one gender in Dutch usage, double names by their parts); gender-guesser's table of
given names across many countries (``male``/``mostly_male`` and ``female``/``mostly_female`` count, names it
calls androgynous do not); and, for a name in neither, its ending (-a/-e mostly women's, -o/-us men's,
with the exceptions in ``male_vowel_names.txt``). Never used to state a gender, only to pass over a
person whose name makes a pronoun unlikely to refer to them.
"""

from __future__ import annotations

from functools import lru_cache

from duiding.analyse.quoting.lexicon import first_name_genders, first_names, unisex_names
from duiding.resources import load_set

_ANSWERS = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}


@lru_cache(maxsize=1)
def _detector():  # type: ignore[no-untyped-def]
    import gender_guesser.detector as gd

    return gd.Detector(case_sensitive=False)


def listed_gender(name: str) -> str | None:
    """'f' or 'm' when the name starts with a given name of our own list ("Noor Bakkenes" -> f); a double
    name counts by its parts ("Dirk-Jan" -> m)."""
    first = name.split()[0] if name.split() else ""
    known = first_name_genders().get(first)
    if known is None and "-" in first:
        parts = {first_name_genders().get(p) for p in first.split("-")} - {None}
        known = parts.pop() if len(parts) == 1 else None
    return known


@lru_cache(maxsize=8192)
def table_gender(first: str) -> str | None:
    """gender-guesser's answer for one given name: 'm', 'f', None for androgynous, '?' when it is unknown."""
    if not first.isalpha():
        return "?"
    answer = _detector().get_gender(first[:1].upper() + first[1:].lower())
    return "?" if answer == "unknown" else _ANSWERS.get(answer)


def guessed_gender(name: str) -> str | None:
    """'f', 'm' or None for a person's name; a one-word name gets a guess only when it is a known given name
    (else it is taken for a surname: "Mertens")."""
    known = listed_gender(name)
    if known is not None:
        return known
    parts = name.split()
    if not parts or len(parts) < 2 and parts[0] not in first_names():
        return None
    first = parts[0]
    if first in unisex_names():
        return None  # "Ilham", "Kim", "Andrea": our own list says either
    if "-" in first:
        halves = {table_gender(p) for p in first.split("-")} - {None, "?"}
        return halves.pop() if len(halves) == 1 else None
    answer = table_gender(first)
    if answer != "?":
        return answer
    low = first.lower()
    if not low.isalpha():
        return None
    if low.endswith(("a", "e")) and low not in load_set("male_vowel_names"):
        return "f"
    if low.endswith(("o", "us")):
        return "m"
    return None


_FEMALE_ENDINGS = ("vrouw", "trice", "euse", "ares", "inne", "ster")
_NOT_FEMALE = ("minister", "meester", "priester", "register", "orkest", "mister")


def noun_gender(noun: str, demonym_kind: str | None = None) -> str | None:
    """'f', 'm' or None for the head noun a person is referred to by: "de Poolse", "de onderzoekster",
    "de zakenvrouw" are women; "de Pool", "de Curaçaoënaar", "de zakenman" men. ``demonym_kind`` is the
    noun's row kind in ``demonyms.txt`` ('group' or 'adj') when it is a demonym. A noun that says nothing
    (most titles: "de minister", "de wethouder") gives None."""
    low = noun.lower()
    if demonym_kind == "adj":
        return "f" if low.endswith("e") else None  # "de Poolse"; "Pools" is no noun
    if demonym_kind == "group":
        if low.endswith(("en", "s")) and not low.endswith("een"):
            return None  # "de Polen", "de Surinamers": a group
        return "f" if low.endswith(("in", "e")) else "m"  # "Russin", "Française"; "Pool", "Belg", "Deen"
    if low.endswith(_FEMALE_ENDINGS) and not low.endswith(_NOT_FEMALE):
        return "f"
    if low.endswith(("man", "jongen")) and not low.endswith("roman"):
        return "m"
    return None
