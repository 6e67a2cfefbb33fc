"""ROUGE-L (Lin 2004) and named-entity overlap: the regression measures for takeaways.

Implemented here rather than with ``rouge-score`` because that package strips every character
outside a-z0-9, which breaks Dutch words such as "Oekraïne" into pieces.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_WORD = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> list[str]:
    return [t.lower() for t in _WORD.findall(text)]


def _lcs_table(a: Sequence[str], b: Sequence[str]) -> list[list[int]]:
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a, 1):
        row, prev = table[i], table[i - 1]
        for j, y in enumerate(b, 1):
            row[j] = prev[j - 1] + 1 if x == y else max(prev[j], row[j - 1])
    return table


def lcs_positions(ref: Sequence[str], cand: Sequence[str]) -> set[int]:
    """Indices in ``ref`` of one longest common subsequence with ``cand``."""
    table = _lcs_table(ref, cand)
    i, j, hits = len(ref), len(cand), set()
    while i and j:
        if ref[i - 1] == cand[j - 1]:
            hits.add(i - 1)
            i, j = i - 1, j - 1
        elif table[i - 1][j] >= table[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return hits


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float


def rouge_l(reference: Sequence[str], candidate: Sequence[str]) -> Score:
    """Summary-level ROUGE-L: for each reference sentence, the union of its LCS hits over all candidate
    sentences (Lin 2004, section 3.2), summed and divided by the reference and candidate lengths."""
    refs = [tokens(r) for r in reference]
    cands = [tokens(c) for c in candidate]
    n_ref = sum(map(len, refs))
    n_cand = sum(map(len, cands))
    if not n_ref or not n_cand:
        return Score(0.0, 0.0, 0.0)
    hit = 0
    for r in refs:
        union: set[int] = set()
        for c in cands:
            union |= lcs_positions(r, c)
        hit += len(union)
    p, rec = hit / n_cand, hit / n_ref
    f = 2 * p * rec / (p + rec) if p + rec else 0.0
    return Score(p, rec, f)


_CAP = re.compile(r"\b[A-ZÀ-Ý][\w-]*(?:\s+(?:van|de|der|den|von|le|la)?\s*[A-ZÀ-Ý][\w-]*)*", re.UNICODE)


def capitalised_names(text: str) -> set[str]:
    """Rough name set for overlap: capitalised word runs that do not open a sentence (lowercased)."""
    out = set()
    for m in _CAP.finditer(text):
        before = text[: m.start()].rstrip()
        name = m.group(0)
        if not before or before[-1] in ".!?:-•\n„“\"":
            name = name.split(None, 1)[1] if " " in name else ""  # the first word is capitalised anyway
        if name:
            out.add(name.lower())
    return out


def entity_overlap(reference: Sequence[str], candidate: Sequence[str]) -> float:
    """Share of the names in the reference that the candidate also names (recall of names)."""
    ref = set().union(*(capitalised_names(r) for r in reference)) if reference else set()
    cand = set().union(*(capitalised_names(c) for c in candidate)) if candidate else set()
    if not ref:
        return 1.0 if not cand else 0.0
    ref_words = {w for name in ref for w in name.split()}
    cand_words = {w for name in cand for w in name.split()}
    return len(ref_words & cand_words) / len(ref_words)


def rouge_l_joined(reference: Sequence[str], candidate: Sequence[str]) -> Score:
    """ROUGE-L over the concatenated texts (one LCS, sentence order matters): stricter than
    ``rouge_l`` and what ``rougeLsum`` reports when sentences are not newline-separated."""
    ref = tokens(" ".join(reference))
    cand = tokens(" ".join(candidate))
    if not ref or not cand:
        return Score(0.0, 0.0, 0.0)
    hit = len(lcs_positions(ref, cand))
    p, rec = hit / len(cand), hit / len(ref)
    f = 2 * p * rec / (p + rec) if p + rec else 0.0
    return Score(p, rec, f)
