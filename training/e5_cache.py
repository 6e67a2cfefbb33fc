"""Encoder word states for a CoNLL file, cached under /tmp (never in the repository).

Computing the states of ned.train takes minutes on two cores, and every NER experiment reuses them,
so they are stored once per (file, prefix, layers) as float16 arrays: one row per token, in file
order (documents, sentences, tokens).
"""

from __future__ import annotations

import hashlib
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from duiding.analyse.language.conll import ConllDoc
from duiding.analyse.language.encoder import WordEncoder

CACHE = Path("/tmp/duiding-e5")


def cache_path(source: Path, prefix: str, layers: Sequence[int]) -> Path:
    tag = hashlib.sha1(f"{source.resolve()}|{source.stat().st_size}|{prefix}|{list(layers)}".encode()).hexdigest()[:10]
    return CACHE / f"{source.name}-{tag}.npy"


def doc_states(docs: Sequence[ConllDoc], source: Path, prefix: str = "passage:", layers: Sequence[int] = (12,),
               chunk: int = 400) -> list[list[np.ndarray]]:
    """States per document per sentence (views into one cached array)."""
    path = cache_path(source, prefix, layers)
    sents = [s.tokens for d in docs for s in d]
    if path.exists():
        arr = np.load(path, mmap_mode="r")
    else:
        enc = WordEncoder(prefix, layers)
        parts = []
        t0 = time.time()
        for i in range(0, len(sents), chunk):
            parts.extend(enc.encode(sents[i:i + chunk]))
            done = min(i + chunk, len(sents))
            print(f"\rstates {source.name}: {done}/{len(sents)} sentences, {time.time() - t0:.0f}s",
                  end="", file=sys.stderr)
        print(file=sys.stderr)
        arr = np.concatenate(parts).astype(np.float16)
        CACHE.mkdir(parents=True, exist_ok=True)
        np.save(path, arr)
    return split_rows(arr, [[len(s.tokens) for s in d] for d in docs])


def split_rows(flat: np.ndarray, sizes: Sequence[Sequence[int]]) -> list[list[np.ndarray]]:
    """Cut a per-token array (file order) back into documents of sentences of the given lengths, as float32."""
    out: list[list[np.ndarray]] = []
    pos = 0
    for doc in sizes:
        cur = []
        for n in doc:
            cur.append(np.asarray(flat[pos:pos + n], dtype=np.float32))
            pos += n
        out.append(cur)
    assert pos == flat.shape[0], "cached rows do not match the sentences"
    return out
