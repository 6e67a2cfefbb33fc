"""Throughput and memory of the language backends on news-sized articles.

    .venv/bin/python bench/bench_language.py [--articles N] [--backend NAME ...] [--workers W]

The corpus is the article texts under examples/ and ../shared/seeds, repeated up to N articles.
Each backend runs in a fresh subprocess so its peak RSS (model loading included) is its own; the
clock starts after the backend is loaded and one warm-up article is analysed. Backends that
already use every core (``accurate``: the encoder runs OpenMP threads, which do not survive a fork)
are measured with one worker whatever ``--workers`` says; use ``--articles 30`` for them.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCES = (REPO / "examples", REPO / ".." / "shared" / "seeds")


def corpus_texts() -> list[str]:
    texts: list[str] = []
    for root in SOURCES:
        if not root.exists():
            continue
        for path in sorted(root.rglob("*")):
            if path.suffix == ".txt":
                texts.append(path.read_text(encoding="utf-8", errors="replace"))
            elif path.suffix in (".json", ".jsonl"):
                for line in path.read_text(encoding="utf-8", errors="replace").splitlines() if path.suffix == ".jsonl" \
                        else [path.read_text(encoding="utf-8", errors="replace")]:
                    try:
                        obj = json.loads(line)
                    except ValueError:
                        continue
                    for item in obj if isinstance(obj, list) else [obj]:
                        if isinstance(item, dict):
                            body = item.get("text") or item.get("body") or item.get("content")
                            if isinstance(body, str) and len(body) > 200:
                                texts.append(body)
    texts = [t for t in texts if len(t.split()) > 50]
    if not texts:
        raise SystemExit("no article texts found under examples/ or ../shared/seeds")
    return texts


def _analyse_chunk(args: tuple[str, list[str]]) -> int:
    from duiding.analyse.language import get_backend

    backend = get_backend(args[0])
    return sum(len(backend.analyse(t).tokens) for t in args[1])


def measure(name: str, n: int, workers: int) -> dict[str, object]:
    """Run in the child process: analyse n articles with one backend."""
    from duiding.analyse.language import get_backend

    texts = corpus_texts()
    articles = [texts[i % len(texts)] for i in range(n)]
    backend = get_backend(name)
    backend.analyse(articles[0])  # warm-up: lazy model loading
    if getattr(backend, "uses_all_cores", False):
        workers = 1
    t0 = time.perf_counter()
    if workers <= 1:
        tokens = sum(len(backend.analyse(t).tokens) for t in articles)
    else:
        from multiprocessing import get_context

        chunks = [(name, articles[i::workers]) for i in range(workers)]
        with get_context("fork").Pool(workers) as pool:
            tokens = sum(pool.map(_analyse_chunk, chunks))
    seconds = time.perf_counter() - t0
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if workers > 1:
        peak_kb = max(peak_kb, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    words = sum(len(t.split()) for t in articles)
    return {
        "backend": name, "articles": n, "workers": workers, "seconds": round(seconds, 2),
        "words_per_article": round(words / n), "tokens_per_s": round(tokens / seconds),
        "articles_per_s": round(n / seconds, 1), "peak_rss_mb": round(peak_kb / 1024),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--backend", action="append", help="backend(s) to measure (default: all available)")
    ap.add_argument("--workers", type=int, default=1, help="processes per backend (the target machine has 2 cores)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--json", action="store_true", help="print one JSON object per backend")
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(measure(args.child, args.articles, args.workers)))
        return 0

    from duiding.analyse.language import available

    names = args.backend or available()
    print(f"{'backend':10} {'workers':>7} {'articles':>8} {'words/art':>9} {'tokens/s':>9} {'articles/s':>10} "
          f"{'peak RSS MB':>11}", file=sys.stderr if args.json else sys.stdout)
    for name in names:
        proc = subprocess.run([sys.executable, __file__, "--child", name, "--articles", str(args.articles),
                               "--workers", str(args.workers)], check=False, capture_output=True, text=True)
        if proc.returncode != 0:
            lines = proc.stderr.strip().splitlines() or ["failed"]
            print(f"{name:10} unavailable: {lines[-1]}")
            continue
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        if args.json:
            print(json.dumps(r))
        else:
            print(f"{r['backend']:10} {r['workers']:>7} {r['articles']:>8} {r['words_per_article']:>9} "
                  f"{r['tokens_per_s']:>9} {r['articles_per_s']:>10} {r['peak_rss_mb']:>11}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
