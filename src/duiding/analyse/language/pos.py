"""Universal POS tags (CRF trained on UD Dutch Alpino) and lemmas.

Lemmas come, in this order, from: the treebank's own form+POS pairs (``pos_lemmas.tsv``, written by
``training/train_pos.py``), the exception lists of spacy-lookups-data for that POS, its suffix rules
checked against its list of known lemmas, its POS-free lookup table, and finally the lowercase form.
Proper nouns keep their written form.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from duiding.analyse.language.features import _RUNS, shape
from duiding.analyse.language.lookups import lemma_tables
from duiding.analyse.language.ner import ModelMissing, data_path

POS_MODEL = "pos.crfsuite"
POS_LEMMAS = "pos_lemmas.tsv"
_QUOTES = str.maketrans({"„": '"', "“": '"', "”": '"', "‘": "'", "’": "'", "‚": "'"})
# the treebank writes quotes as ,, and ''
_QUOTE_TOKENS = {"„": ",,", "“": ",,", "‚": ",,", "”": "''", '"': "''", "’": "'", "‘": "'", "«": ",,", "»": "''"}
_PUNCT_CHARS = frozenset(".,;:!?()[]{}\"'„“”‘’‚«»-–—/…*")


@lru_cache(maxsize=100_000)
def _word_pos_features(word: str) -> tuple[str, ...]:
    low = word.lower()
    f = ["bias", "w=" + low, "sh=" + _RUNS.sub(r"\1", shape(word)),
         "s1=" + low[-1:], "s2=" + low[-2:], "s3=" + low[-3:], "s4=" + low[-4:], "p2=" + low[:2], "p3=" + low[:3]]
    if word[:1].isupper():
        f.append("cap")
    if "-" in word:
        f.append("hyph")
        f.append("hL=" + low.rsplit("-", 1)[-1][-4:])
    if low.startswith("ge"):
        f.append("ge")
    exc, index, rules, lookup = lemma_tables()
    for p, words in index.items():  # which word classes the spaCy lemma lists know this form (or its stem) in
        if low in words:
            f.append("ix=" + p)
        else:
            for old, new in rules.get(p, []):
                if low.endswith(old) and low[: len(low) - len(old)] + new in words:
                    f.append("ixr=" + p)
                    break
    for p, table in exc.items():
        if low in table:
            f.append("exc=" + p)
    lem = lookup.get(low)
    if lem is not None:
        f.append("lk" if lem == low else "lk_infl")
    return tuple(f)


def pos_sentence_features(words: Sequence[str], known: dict[str, str] | None = None) -> list[list[str]]:
    """``known``: word lowercase -> '|'-joined tags seen in training (an ambiguity class)."""
    words = [_QUOTE_TOKENS.get(w) or w.translate(_QUOTES) for w in words]
    n = len(words)
    base = [_word_pos_features(w) for w in words]
    lows = [w.lower() for w in words]
    out = []
    for i in range(n):
        f = list(base[i])
        if i == 0:
            f.append("init")
        if known is not None:
            amb = known.get(lows[i])
            f.append("amb=" + (amb or "?"))
        for d in (-2, -1, 1, 2):
            j = i + d
            f.append(f"{d}w=" + (lows[j] if 0 <= j < n else "<pad>"))
            if d in (-1, 1) and 0 <= j < n:
                f.append(f"{d}s2=" + lows[j][-2:])
                if known is not None:
                    f.append(f"{d}amb=" + (known.get(lows[j]) or "?"))
        out.append(f)
    return out


class Lemmatizer:
    def __init__(self, treebank: dict[tuple[str, str], str]) -> None:
        self.treebank = treebank
        self.exc, self.index, self.rules, self.lookup = lemma_tables()

    def lemma(self, word: str, pos: str) -> str:
        if pos == "PROPN":
            return word
        if pos in ("PUNCT", "SYM", "NUM", "X"):
            return word.lower() if pos == "X" else word
        low = word.lower().translate(_QUOTES)
        hit = self.treebank.get((low, pos))
        if hit:
            return hit
        p = pos.lower()
        if p == "aux":
            p = "verb"
        exc = self.exc.get(p, {}).get(low)
        if exc:
            return exc[0]
        index = self.index.get(p)
        if index is not None:
            if low in index:
                return low
            for old, new in self.rules.get(p, []):
                if low.endswith(old):
                    cand = low[: len(low) - len(old)] + new
                    if cand in index:
                        return cand
        return self.lookup.get(low, low)


class PosTagger:
    def __init__(self, model_path: str | Path, lemma_path: str | Path) -> None:
        import pycrfsuite

        if not Path(model_path).exists() or not Path(lemma_path).exists():
            raise ModelMissing(f"POS model not found at {model_path}; train it with: python -m training.train_pos")
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(model_path))
        self.known: dict[str, str] = {}
        treebank: dict[tuple[str, str], str] = {}
        for line in Path(lemma_path).read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if cols[0] == "#amb" and len(cols) == 3:
                self.known[cols[1]] = cols[2]
            elif len(cols) == 3:
                treebank[(cols[0], cols[1])] = cols[2]
        self.lemmatizer = Lemmatizer(treebank)

    def tag(self, words: Sequence[str]) -> list[str]:
        if not words:
            return []
        tags = self.tagger.tag(pos_sentence_features(words, self.known))
        return ["PUNCT" if all(c in _PUNCT_CHARS for c in w) else t for w, t in zip(words, tags)]


@lru_cache(maxsize=1)
def default_pos_tagger() -> PosTagger:
    return PosTagger(data_path(POS_MODEL), data_path(POS_LEMMAS))
