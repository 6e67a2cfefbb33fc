"""Fingerprints for duplicate articles.

``content_hash`` catches the same text twice (re-ingested, or copied with other whitespace, case
or quote style). MinHash over word 5-shingles catches the same wire story on two sites, where the
chrome differs, the headline changed or a sentence was added. The store indexes ``lsh_bands``
(16 bands of 4 rows: two texts with Jaccard similarity 0.7 share a band with probability ~0.99)
and confirms candidates with ``similarity``.
"""

from __future__ import annotations

import hashlib
import re
import struct

NUM_PERM = 64
BANDS = 16
ROWS = 4
SHINGLE = 5
SEED = 1
NEAR_DUPLICATE_THRESHOLD = 0.7

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """Case-folded words; punctuation and quote characters are dropped, so „x” and "x" agree."""
    return _WORD.findall(text.casefold())


def content_hash(text: str) -> str:
    return hashlib.sha1(" ".join(words(text)).encode("utf-8")).hexdigest()


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    w = words(text)
    if len(w) <= k:
        return {" ".join(w)} if w else set()
    return {" ".join(w[i : i + k]) for i in range(len(w) - k + 1)}


def minhash_signature(text: str) -> list[int]:
    from datasketch import MinHash

    mh = MinHash(num_perm=NUM_PERM, seed=SEED)
    mh.update_batch([s.encode("utf-8") for s in shingles(text)])
    return [int(v) for v in mh.hashvalues]


def lsh_bands(sig: list[int]) -> list[str]:
    """One key per band: '<band number>:<hex digest of its rows>'."""
    if len(sig) != BANDS * ROWS:
        raise ValueError(f"signature has {len(sig)} values, expected {BANDS * ROWS}")
    keys = []
    for b in range(BANDS):
        rows = sig[b * ROWS : (b + 1) * ROWS]
        digest = hashlib.sha1(struct.pack(f"<{ROWS}Q", *rows)).hexdigest()[:16]
        keys.append(f"{b:02d}:{digest}")
    return keys


def similarity(sig_a: list[int], sig_b: list[int]) -> float:
    """Estimated Jaccard similarity of the two shingle sets (share of equal MinHash values)."""
    if len(sig_a) != len(sig_b) or not sig_a:
        raise ValueError("signatures must have the same, non-zero length")
    return sum(1 for a, b in zip(sig_a, sig_b) if a == b) / len(sig_a)


def is_near_duplicate(sig_a: list[int], sig_b: list[int]) -> bool:
    return similarity(sig_a, sig_b) >= NEAR_DUPLICATE_THRESHOLD
