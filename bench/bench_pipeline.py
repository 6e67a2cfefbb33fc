"""End-to-end throughput of the whole pipeline: ingest -> analyse -> resolve, as `duiding ingest` runs it.

    .venv/bin/python bench/bench_pipeline.py [--articles N] [--workers W ...] [--skip takeaways,...]

Builds a corpus of N plain-text articles by repeating the sample corpus (each copy gets a distinct date and a
numbered sentence, so dedup keeps them all), then times each stage in a fresh store and prints articles/s and the
peak memory of the main process and of the analysis workers.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from duiding import jobs  # noqa: E402
from duiding.analyse import AnalysisOptions  # noqa: E402
from duiding.ingest import iter_articles  # noqa: E402
from duiding.records import Article  # noqa: E402
from duiding.store import Store  # noqa: E402


def sample_bodies() -> list[str]:
    bodies = [a.text for a in iter_articles([str(REPO / "examples")]) if isinstance(a, Article)]
    if not bodies:
        raise SystemExit("no articles found under examples/")
    return bodies


def write_corpus(folder: Path, n: int) -> None:
    bodies = sample_bodies()
    for i in range(n):
        day = 1 + i % 28
        month = 1 + (i // 28) % 12
        body = bodies[i % len(bodies)]
        text = f" date 2026-{month:02d}-{day:02d} {body}\nDit is bericht nummer {i} in de reeks.\n"
        (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")


def peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def run(n: int, workers: int, skip: frozenset[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        write_corpus(folder, n)
        store = Store(Path(tmp) / "bench.db")
        t0 = time.perf_counter()
        summary = jobs.ingest(store, [str(folder)])
        t1 = time.perf_counter()
        analysed = jobs.analyse(store, summary.article_ids, AnalysisOptions(skip=skip), workers=workers)
        t2 = time.perf_counter()
        jobs.resolve(store)
        t3 = time.perf_counter()
        chars = sum(len(a.text) for a in store.iter_articles())
        total = t3 - t0
        print(
            f"{n} articles ({chars / max(n, 1):.0f} chars each), workers={workers}, skip={','.join(sorted(skip)) or '-'}\n"
            f"  ingest   {t1 - t0:7.2f} s  {n / (t1 - t0):7.1f} articles/s\n"
            f"  analyse  {t2 - t1:7.2f} s  {analysed / (t2 - t1):7.1f} articles/s\n"
            f"  resolve  {t3 - t2:7.2f} s  (entities, search index, stories)\n"
            f"  total    {total:7.2f} s  {n / total:7.1f} articles/s\n"
            f"  peak RSS main {peak_mb(resource.RUSAGE_SELF):.0f} MB, largest worker {peak_mb(resource.RUSAGE_CHILDREN):.0f} MB"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--workers", type=int, nargs="+", default=[jobs.default_workers()])
    ap.add_argument("--skip", default="", help="comma-separated extractors to leave out (e.g. takeaways)")
    args = ap.parse_args()
    skip = frozenset(s for s in args.skip.split(",") if s)
    for w in args.workers:
        run(args.articles, w, skip)


if __name__ == "__main__":
    main()
