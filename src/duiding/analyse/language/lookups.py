"""Dutch lemma tables of spacy-lookups-data (MIT), read straight from the installed package.

Used for lemmas (``pos.Lemmatizer``) and as a 400k-form vocabulary of ordinary Dutch words, which
tells the NER whether a capitalised word at the start of a sentence is a common word or a name.
Everything degrades gracefully (empty tables) when the package is missing.
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from typing import Any

Tables = tuple[dict[str, dict[str, list[str]]], dict[str, frozenset[str]], dict[str, list[Any]], dict[str, str]]


@lru_cache(maxsize=1)
def lemma_tables() -> Tables:
    """(exceptions per POS, known lemmas per POS, suffix rules per POS, POS-free form -> lemma lookup)."""
    try:
        from importlib import resources

        base = resources.files("spacy_lookups_data").joinpath("data")

        def load(name: str) -> Any:
            with base.joinpath(f"nl_lemma_{name}.json.gz").open("rb") as fh:
                return json.loads(gzip.decompress(fh.read()))

        exc, index, rules, lookup = load("exc"), load("index"), load("rules"), load("lookup")
    except (ImportError, FileNotFoundError):
        return {}, {}, {}, {}
    return exc, {k: frozenset(v) for k, v in index.items()}, rules, lookup


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    """Lowercase forms of ordinary Dutch words (inflected forms and lemmas)."""
    exc, index, _, lookup = lemma_tables()
    words: set[str] = set(lookup)
    words.update(lookup.values())
    for forms in index.values():
        words.update(forms)
    for table in exc.values():
        words.update(table)
    return frozenset(words)
