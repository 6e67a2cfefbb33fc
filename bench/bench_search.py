"""Search latency on a large synthetic store made by repeating and varying the sample corpus.

Usage: .venv/bin/python bench/bench_search.py --articles 10000 [--db PATH] [--corpus examples ...]

The base articles (examples/ and, when present, ../shared/seeds) are ingested and indexed for
real, sentence vectors included. Copies are then written straight into the store's tables (the
ingest near-duplicate check would link every copy to its original and take quadratic time): each
copy gets its own id, a shifted date, a source out of 20, about 8% of its words swapped for other
corpus words and an invented surname, so its index rows differ from the original's. Copies reuse
the original's sentence vectors plus a little noise (embedding 250,000 sentences would take
about half an hour here and says nothing about search speed). Then a fixed set of queries is timed
for each mode and p50/p95 printed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np

from duiding import jobs
from duiding.records import Article
from duiding.search import index, query
from duiding.search.text import WORD_RE
from duiding.store import Store

QUERIES: list[tuple[str, dict[str, str]]] = [
    ("luchtverdediging", {}),
    ("NAVO", {}),
    ("Oekraïne", {}),
    ("defensie", {}),
    ("systemen", {}),
    ("luchtverdedigingssystemen", {}),
    ("defensie-uitgaven", {}),
    ("woningbouw gemeenten", {}),
    ("tussendoel voor de defensie-uitgaven", {}),
    ("stroomkabel Finland", {}),
    ("wat zei de minister over raketten", {}),
    ("netcongestie Brabant", {}),
    ("Europees defensiefonds", {}),
    ("Rutte", {}),
    ("sancties tegen Rusland", {}),
    ("drones", {"since": "2026-06"}),
    ("Oekraïne", {"source": "bench-3"}),
    ("luchtverdediging", {"until": "2026-01"}),
    ("premier", {"since": "2025-01", "until": "2025-12"}),
    ("woningen", {"source": "bench-7", "since": "2026-02"}),
]
SYLLABLES = ["van", "der", "berg", "hout", "man", "ker", "bos", "dijk", "kamp", "veld", "ink", "stra", "ma", "ter"]


def base_store(path: str, corpus: list[str]) -> Store:
    store = Store(path)
    if store.count_articles() == 0:
        jobs.ingest(store, corpus)
    print(f"base: {store.count_articles()} articles; indexing them (with embeddings)...", file=sys.stderr)
    index.update(store)
    return store


def surname(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def vary(text: str, vocab: list[str], rng: random.Random, name: str) -> str:
    out, pos = [], 0
    for m in WORD_RE.finditer(text):
        out.append(text[pos : m.start()])
        word = m.group()
        r = rng.random()
        out.append(rng.choice(vocab) if r < 0.08 else name if r < 0.09 else word)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def add_copies(store: Store, n: int, start: int = 0, seed: int = 7) -> None:
    rng = random.Random(seed)
    conn = store.conn
    bases = list(store.iter_articles())
    vecs = {
        r[0]: (np.frombuffer(r[1], np.float16).reshape(r[2], index.DIM).astype(np.float32) if r[1] else None)
        for r in conn.execute("SELECT article_id, sentence_vecs, n FROM search_articles")
    }
    vocab = sorted({w for a in bases for w in WORD_RE.findall(a.text) if len(w) > 3})
    analyzer = index.load_analyzer(conn)
    began = time.perf_counter()
    for i in range(n):
        base = bases[i % len(bases)]
        day = date(2024, 1, 1) + timedelta(days=rng.randint(0, 1000))
        text = vary(base.text, vocab, rng, surname(rng))
        art = Article(id=f"bench{start + i:07d}", source=f"bench-{i % 20}", text=text, title=base.title,
                      date=day.isoformat(), date_precision="day")
        digest = hashlib.sha1(text.encode()).hexdigest()
        with store.transaction():
            conn.execute(
                "INSERT OR IGNORE INTO articles(id, source, title, date, date_precision, text, content_hash, data)"
                " VALUES (?,?,?,?,?,?,?,?)",
                (art.id, art.source, art.title, art.date, art.date_precision, art.text, digest,
                 json.dumps(art.to_dict(), ensure_ascii=False)),
            )
            if i % 200 == 0:
                index.learn_vocabulary(conn, analyzer, [text])
            spans = index.sentence_spans(art, None)
            base_vecs = vecs.get(base.id)
            sent_vecs = None
            if base_vecs is not None and len(base_vecs):
                idx = np.minimum(np.arange(len(spans)), len(base_vecs) - 1)
                noisy = base_vecs[idx] + np.random.default_rng(i).normal(0, 0.02, (len(spans), index.DIM))
                sent_vecs = (noisy / np.linalg.norm(noisy, axis=1, keepdims=True)).astype(np.float32)
            prepared = index.Prepared(
                art, digest, None, spans, [analyzer.index_text(text[s:e]) for s, e in spans], sent_vecs,
                index.article_vector(None, sent_vecs) if sent_vecs is not None else None,
            )
            index.write(conn, prepared)
        if (i + 1) % 1000 == 0:
            rate = (i + 1) / (time.perf_counter() - began)
            print(f"  {i + 1}/{n} copies ({rate:.0f}/s)", file=sys.stderr)
    with store.transaction():
        index._bump(conn)


def timed(store: Store, mode: str, repeats: int, cold: bool) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds per query; ``cold`` empties the query-embedding cache first (a new query).

    CPU time is reported too because the machine is shared: wall time then mostly measures waiting.
    """
    from duiding.search.query import _query_vector

    times, cpu = [], []
    for _ in range(repeats):
        for q, filters in QUERIES:
            if cold:
                _query_vector.cache_clear()
            t, c = time.perf_counter(), time.process_time()
            query(store, q, mode=mode, limit=20, **filters)  # type: ignore[arg-type]
            times.append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - c) * 1000)
    return times, cpu


def percentiles(values: list[float]) -> tuple[float, float]:
    values = sorted(values)
    return statistics.median(values), values[min(len(values) - 1, round(0.95 * len(values)) - 1)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000, help="copies to add (on top of the base corpus)")
    ap.add_argument("--db", default=None, help="store to build in (default: a temporary file)")
    ap.add_argument("--corpus", nargs="*", default=None)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    repo = Path(__file__).resolve().parents[1]
    corpus = args.corpus or [str(repo / "examples")] + [str(p) for p in [repo / ".." / "shared" / "seeds"] if p.exists()]
    db = args.db or str(Path(tempfile.mkdtemp()) / "bench.db")
    store = base_store(db, corpus)
    existing = int(store.conn.execute("SELECT count(*) FROM articles WHERE id LIKE 'bench%'").fetchone()[0])
    todo = max(0, args.articles - existing)
    if todo:
        t = time.perf_counter()
        add_copies(store, todo, start=existing, seed=existing + 7)
        print(f"built {todo} copies in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    n_sent = store.conn.execute("SELECT count(*) FROM search_sentences").fetchone()[0]
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"store: {store.count_articles()} articles, {n_sent} indexed sentences, "
          f"{Path(db).stat().st_size / 1e6:.0f} MB ({db})")
    query(store, "opwarmen")  # load the encoder and the in-memory vectors once
    for mode, cold in (("text", False), ("semantic", True), ("semantic", False), ("hybrid", True), ("hybrid", False)):
        times, cpu = timed(store, mode, args.repeats, cold)
        (p50, p95), (c50, c95) = percentiles(times), percentiles(cpu)
        label = mode + (" (new query: encoder runs)" if cold else " (query vector cached)" if mode != "text" else "")
        print(f"{label:40s} n={len(times):3d}  wall p50 {p50:6.1f} p95 {p95:6.1f} ms   cpu p50 {c50:6.1f} p95 {c95:6.1f} ms")


if __name__ == "__main__":
    main()
