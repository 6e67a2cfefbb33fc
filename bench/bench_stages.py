"""Where the per-article time goes: the language layer, each extractor, and entity resolution.

    .venv/bin/python bench/bench_stages.py [--articles N] [--backend fast]

Runs the pipeline's steps one by one (single process, models warmed up first) over N articles made by
repeating the sample corpus, and prints milliseconds per article for every step and its cost relative to the
language layer. The quotes issue budgets mentions + quotes + entity resolution at under 20% of language analysis.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from duiding.analyse import ANALYSIS_VERSION, compiled
from duiding.analyse.language import DEFAULT_BACKEND, get_backend
from duiding.analyse.pipeline import EXTRACTORS
from duiding.embed import clear_cache
from duiding.ingest import iter_articles
from duiding.records import Article, ArticleAnalysis
from duiding.resolve.entities import build_entities
from duiding.search.index import embed_article


def corpus(n: int) -> list[Article]:
    base = [a for a in iter_articles([str(REPO / "examples")]) if isinstance(a, Article)]
    if not base:
        raise SystemExit("no articles found under examples/")
    return [base[i % len(base)] for i in range(n)]


def run(n: int, backend_name: str) -> None:
    articles = corpus(n)
    backend = get_backend(backend_name)
    modules = [(f, importlib.import_module(f"duiding.analyse.{m}")) for f, m in EXTRACTORS]
    seconds: dict[str, float] = defaultdict(float)
    pairs = []
    for i, article in enumerate([articles[0], *articles]):  # the first pass warms up every model
        clear_cache()  # as the analysis step does: vectors are reused within an article, not across copies
        t0 = time.perf_counter()
        layer = backend.analyse(article.text)
        t1 = time.perf_counter()
        analysis = ArticleAnalysis(article_id=article.id, language=layer, version=f"{ANALYSIS_VERSION}/{layer.backend}")
        timings = {"language": t1 - t0}
        for field_name, module in modules:
            t = time.perf_counter()
            setattr(analysis, field_name, module.extract(article, analysis))
            timings[field_name] = time.perf_counter() - t
        t = time.perf_counter()
        embed_article(article, analysis)  # the search index's sentence vectors, computed in the same worker
        timings["search vectors"] = time.perf_counter() - t
        if i:
            for k, v in timings.items():
                seconds[k] += v
            pairs.append((article, analysis))
    t = time.perf_counter()
    build_entities(pairs)
    seconds["entity resolution"] = time.perf_counter() - t

    lang = seconds["language"]
    print(f"{n} articles ({sum(len(a.text) for a in articles) // n} chars each), backend={backend_name}, "
          f"quote and mention extractors: {compiled.install()} (scripts/build-compiled.sh; DUIDING_PURE_PYTHON=1)")
    print(f"  {'step':<20}{'ms/article':>12}{'vs language':>14}")
    for step, total in seconds.items():
        print(f"  {step:<20}{1000 * total / n:>12.2f}{total / lang:>13.1%}")
    budget = seconds["mentions"] + seconds["quotes"] + seconds["entity resolution"]
    print(f"  mentions + quotes + entity resolution: {budget / lang:.1%} of the language layer (budget 20%)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=180)
    ap.add_argument("--backend", default=DEFAULT_BACKEND)
    args = ap.parse_args()
    run(args.articles, args.backend)


if __name__ == "__main__":
    main()
