"""Page and API render times of the web app on a large store made by replicating the analysed sample corpus.

Usage: .venv/bin/python bench/bench_web.py --articles 10000 [--db PATH] [--repeats 15]

The base articles (examples/ and, when present, ../shared/seeds) go through the real ingest, analysis
and resolution. Copies are then written with SQL straight into the store (articles, analyses, facts and
stories; the entity table is shared, so frequent entities such as countries get very frequent, the
worst case for entity pages): each copy round gets its own ids, dates shifted by whole weeks, its own
content hash and its own stories. The search index is NOT replicated (see bench/bench_search.py for
search latency at scale), so the search page figure covers rendering around a small index only.

Times are measured in process with FastAPI's TestClient (routing, SQL, templates, SVG; no network),
one request at a time, and printed as p50/p95 per page.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from duiding import jobs
from duiding.analyse import AnalysisOptions
from duiding.store import Store

BASE_TABLES = ("articles", "analyses", "facts")


def build_base(store: Store, corpus: list[str]) -> None:
    if store.count_articles():
        return
    summary = jobs.ingest(store, corpus)
    jobs.analyse(store, summary.ingested, AnalysisOptions(), workers=jobs.default_workers())
    jobs.resolve(store)


def replicate(store: Store, target: int) -> None:
    """Copy the base articles round after round until the store holds ``target`` articles."""
    conn = store.conn
    base = [r[0] for r in conn.execute("SELECT id FROM articles WHERE id NOT LIKE '%~%' ORDER BY id")]
    stories = store.stories()
    have = store.count_articles()
    rounds = max(0, (target - have + len(base) - 1) // len(base))
    marks = ",".join("?" * len(base))
    start = time.perf_counter()
    first_round = int(conn.execute("SELECT count(*) FROM articles WHERE id LIKE '%~%'").fetchone()[0]) // len(base)
    for k in range(first_round + 1, first_round + rounds + 1):
        suffix = f"~{k}"
        shift = f"-{7 * (k % 520)} days"  # up to ten years back, whole weeks
        with store.transaction():
            conn.execute(
                "INSERT INTO articles(id, source, url, title, date, date_precision, text, content_hash, data)"
                " SELECT id || ?1, source || ?1, url, title,"
                " CASE WHEN length(date) = 10 THEN date(date, ?2) ELSE date END, date_precision, text,"
                " content_hash || ?1, json_set(data, '$.id', id || ?1)"
                f" FROM articles WHERE id IN ({marks})",
                [suffix, shift, *base],
            )
            conn.execute(
                "INSERT INTO analyses(article_id, version, data) SELECT article_id || ?1, version,"
                f" json_set(data, '$.article_id', article_id || ?1) FROM analyses WHERE article_id IN ({marks})",
                [suffix, *base],
            )
            conn.execute(
                "INSERT INTO facts(article_id, kind, idx, start, end, text, entity, label, value, data)"
                " SELECT article_id || ?1, kind, idx, start, end, text, entity, label, value, data"
                f" FROM facts WHERE article_id IN ({marks})",
                [suffix, *base],
            )
            for s in stories:
                ids = [a + suffix for a in s.articles]
                dates = [r[0] for r in conn.execute(
                    f"SELECT date FROM articles WHERE id IN ({','.join('?' * len(ids))}) AND date IS NOT NULL", ids)]
                data = {"id": s.id + suffix, "title": s.title, "articles": ids, "first_date": min(dates, default=None),
                        "last_date": max(dates, default=None), "key_entities": s.key_entities}
                conn.execute("INSERT INTO stories(id, title, first_date, last_date, data) VALUES (?,?,?,?,?)",
                             (data["id"], s.title, data["first_date"], data["last_date"], json.dumps(data)))
                conn.executemany("INSERT INTO story_articles(story_id, article_id) VALUES (?, ?)",
                                 [(data["id"], a) for a in ids])
        if k % 200 == 0:
            print(f"  {store.count_articles()} articles ({time.perf_counter() - start:.0f} s)", file=sys.stderr)
    conn.execute("ANALYZE")


def percentiles(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000, help="articles in the store (base + copies)")
    ap.add_argument("--db", default=None, help="store to build in or reuse (default: a temporary file)")
    ap.add_argument("--repeats", type=int, default=15, help="requests per page (different ids where possible)")
    args = ap.parse_args()
    repo = Path(__file__).resolve().parents[1]
    corpus = [str(repo / "examples")] + [str(p) for p in [repo / ".." / "shared" / "seeds"] if p.exists()]
    db = args.db or str(Path(tempfile.mkdtemp()) / "bench-web.db")
    store = Store(db)
    t = time.perf_counter()
    build_base(store, corpus)
    replicate(store, args.articles)
    print(f"store ready in {time.perf_counter() - t:.0f} s: {store.count_articles()} articles, "
          f"{store.conn.execute('SELECT count(*) FROM facts').fetchone()[0]} facts, "
          f"{store.conn.execute('SELECT count(*) FROM stories').fetchone()[0]} stories, "
          f"{Path(db).stat().st_size / 1e6:.0f} MB ({db})")

    from fastapi.testclient import TestClient

    from duiding.web import create_app
    from duiding.web.settings import Settings


    conn = store.conn
    articles = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY random() LIMIT 200")]
    stories = [r[0] for r in conn.execute("SELECT id FROM stories ORDER BY random() LIMIT 200")]
    by_count = [r[0] for r in conn.execute(
        "SELECT entity FROM facts WHERE kind = 'mention' AND entity IS NOT NULL GROUP BY entity ORDER BY count(*) DESC")]
    frequent, rare = by_count[:5], by_count[-50:]
    frequent_name = conn.execute("SELECT name FROM entities WHERE id = ?", (frequent[0],)).fetchone()[0]
    pages: list[tuple[str, list[str]]] = [
        ("front page /", ["/"]),
        ("story page", [f"/stories/{s}" for s in stories]),
        ("article page", [f"/articles/{a}" for a in articles]),
        ("entity page (5 most frequent)", [f"/entities/{e}" for e in frequent]),
        ("entity page (rare)", [f"/entities/{e}" for e in rare]),
        ("articles list, page 50", ["/articles?offset=1000"]),
        ("quotes list (who=frequent name)", [f"/quotes?who={frequent_name}"]),
        ("pledges ledger", ["/pledges"]),
        ("timeline (latest articles)", ["/timeline"]),
        ("timeline of a frequent entity", [f"/timeline?entity={e}" for e in frequent]),
        ("search page (small index)", ["/search?q=luchtverdediging", "/search?q=woningbouw gemeenten"]),
        ("GET /api/articles?limit=50", ["/api/articles?limit=50&offset=500"]),
        ("GET /api/articles/{id}", [f"/api/articles/{a}" for a in articles]),
        ("GET /api/entities/{id} (frequent)", [f"/api/entities/{e}" for e in frequent]),
        ("GET /api/quotes?who=", [f"/api/quotes?who={frequent_name}"]),
        ("GET /api/stories", ["/api/stories"]),
    ]
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; {args.repeats} requests per page")
    with TestClient(create_app(Settings(db=db))) as client:
        client.get("/search?q=opwarmen")  # load the sentence encoder once, as a running server has
        for label, urls in pages:
            times = []
            for i in range(args.repeats):
                url = urls[i % len(urls)] if len(urls) > 1 else urls[0]
                t0 = time.perf_counter()
                r = client.get(url)
                times.append((time.perf_counter() - t0) * 1000)
                if r.status_code != 200:
                    print(f"  {url}: HTTP {r.status_code} {r.text[:120]}", file=sys.stderr)
            p50, p95 = percentiles(times)
            print(f"{label:36s} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms")



if __name__ == "__main__":
    main()
