"""Time `duiding report` and `duiding brief` over a large store (default 1,000 articles), after analysis.

The store is built by analysing the sample corpus (examples/, plus ../shared/seeds when present) once
and then repeating those articles under new ids with varied dates (each copy gets a distinct closing
line so that deduplication keeps it), so the timing covers the report itself, not the analysis.

    .venv/bin/python bench/bench_report.py [--articles 1000] [--source-db analysed.db] [--keep out.db]
"""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from duiding import jobs
from duiding.report.brief import build_brief
from duiding.report.document import build_report, render_html, render_markdown
from duiding.store import Store


def analysed_sample(path: Path) -> None:
    store = Store(path)
    inputs = [str(REPO / "examples")]
    seeds = REPO / ".." / "shared" / "seeds"
    if seeds.is_dir():
        inputs.append(str(seeds))
    summary = jobs.ingest(store, inputs)
    jobs.analyse(store, summary.article_ids, workers=jobs.default_workers())
    jobs.resolve(store)
    store.close()


def replicate(src: Path, dst: Path, n: int) -> int:
    """Copy analysed articles of ``src`` into ``dst`` until it holds ``n`` of them."""
    shutil.copy(src, dst)
    store = Store(dst)
    pairs = list(store.iter_analyses())
    if not pairs:
        raise SystemExit(f"{src} holds no analysed articles")
    i = 0
    while store.count_articles() < n:
        article, analysis = pairs[i % len(pairs)]
        copy_no = i // len(pairs) + 1
        new_id = f"{article.id[:10]}{copy_no:06x}"
        text = article.text + f"\n\nKopie {copy_no}."
        date = article.date
        if date and len(date) >= 4:  # spread the copies over the years before the original
            date = f"{int(date[:4]) - copy_no % 5}{date[4:]}"
        a = dataclasses.replace(article, id=new_id, text=text, date=date, source=f"{article.source}#copy{copy_no}")
        result = store.add_article(a)
        if result.status != "duplicate":
            store.save_analysis(dataclasses.replace(analysis, article_id=result.article_id))
        i += 1
    count = store.count_articles()
    store.close()
    return count


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--source-db", type=Path, help="an already analysed store to repeat (skips the analysis)")
    ap.add_argument("--keep", type=Path, help="keep the large store here")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = args.source_db
        if src is None:
            src = Path(tmp) / "sample.db"
            t0 = time.perf_counter()
            analysed_sample(src)
            print(f"analysed the sample corpus in {time.perf_counter() - t0:.1f} s")
        big = args.keep or Path(tmp) / "big.db"
        t0 = time.perf_counter()
        n = replicate(src, big, args.articles)
        print(f"built a store of {n} articles in {time.perf_counter() - t0:.1f} s")

        store = Store(big)
        t0 = time.perf_counter()
        report = build_report(store)
        t_build = time.perf_counter() - t0
        md = render_markdown(report)
        t_md = time.perf_counter() - t0
        html = render_html(report)
        t_html = time.perf_counter() - t0
        print(f"report over {report.counts['articles']} articles: data {t_build:.2f} s, + Markdown {t_md:.2f} s "
              f"({len(md) / 1e6:.1f} MB), + HTML {t_html:.2f} s ({len(html) / 1e6:.1f} MB); counts {report.counts}")
        print(f"TARGET report < 10 s: {'met' if t_html < 10 else 'MISSED'} ({t_html:.2f} s)")

        t0 = time.perf_counter()
        items = build_brief(store)
        t_first = time.perf_counter() - t0
        t0 = time.perf_counter()
        build_brief(store)
        t_cached = time.perf_counter() - t0
        print(f"brief: {len(items)} items; first run {t_first:.2f} s (embeds new takeaway texts), "
              f"cached {t_cached:.2f} s")


if __name__ == "__main__":
    main()
