"""Measure story clustering against a gold grouping: pairwise precision/recall/F1 and adjusted Rand index.

Usage: .venv/bin/python bench/eval_stories.py [--corpus examples] [--gold examples/gold/stories.json]
       [--db PATH] [--seeds /work/shared/seeds]

Builds a fresh store from the corpus (ingest + analyse) unless --db points at one that already
holds it, clusters it from scratch and prints the figures. Gold articles are named by their path
under the corpus ('text/x.txt', 'feeds/f.xml#0'); feed items count from 0 in the gold file.
With --seeds, also checks the seed articles: the first two (one London summit) must share a
story and the April 2024 seed must be in another; prints how the seeds are grouped (the Paris
summit a few weeks before London, 003, should be a story of its own).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections import Counter
from itertools import combinations
from math import comb
from pathlib import Path

from duiding import jobs
from duiding.analyse import AnalysisOptions
from duiding.resolve import entities, stories
from duiding.store import Store


def build(store: Store, paths: list[str]) -> None:
    summary = jobs.ingest(store, paths)
    todo = jobs.needs_analysis(store, store.article_ids(), AnalysisOptions())
    jobs.analyse(store, todo, AnalysisOptions(), workers=jobs.default_workers())
    entities.resolve(store)
    print(f"store: {summary.line()}, analysed {len(todo)}", file=sys.stderr)


def gold_ref_to_id(store: Store, corpus: Path, ref: str, zero_based_feeds: bool) -> str | None:
    path, _, item = ref.partition("#")
    if item.isdigit() and zero_based_feeds:
        item = str(int(item) + 1)
    want = str(corpus / path) + (f"#{item}" if item else "")
    for row in store.conn.execute("SELECT article_id, source FROM article_sources"):
        if row[1].endswith(want) or Path(row[1].split("#")[0]).resolve() == Path(want.split("#")[0]).resolve() and (
            not item or row[1].endswith(f"#{item}")
        ):
            return str(row[0])
    return None


def pairs(labels: dict[str, str]) -> set[tuple[str, str]]:
    groups: dict[str, list[str]] = {}
    for item, label in labels.items():
        groups.setdefault(label, []).append(item)
    return {tuple(sorted(p)) for g in groups.values() for p in combinations(g, 2)}  # type: ignore[misc]


def adjusted_rand(gold: dict[str, str], pred: dict[str, str]) -> float:
    items = sorted(gold)
    n = len(items)
    contingency = Counter((gold[i], pred[i]) for i in items)
    sum_cells = sum(comb(v, 2) for v in contingency.values())
    sum_gold = sum(comb(v, 2) for v in Counter(gold[i] for i in items).values())
    sum_pred = sum(comb(v, 2) for v in Counter(pred[i] for i in items).values())
    total = comb(n, 2)
    expected = sum_gold * sum_pred / total if total else 0.0
    maximum = (sum_gold + sum_pred) / 2
    return 1.0 if maximum == expected else (sum_cells - expected) / (maximum - expected)


def evaluate(gold: dict[str, str], pred: dict[str, str]) -> dict[str, float]:
    g, p = pairs(gold), pairs(pred)
    tp = len(g & p)
    precision = tp / len(p) if p else 1.0
    recall = tp / len(g) if g else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "ari": adjusted_rand(gold, pred)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="examples")
    ap.add_argument("--gold", default=None)
    ap.add_argument("--db", default=None, help="store to use (built there when empty)")
    ap.add_argument("--seeds", default=None, help="also ingest these seed articles and check them")
    ap.add_argument("--singletons", default=None, metavar="DIR",
                    help="also ingest the .txt articles of DIR, each its own story in the gold (e.g. bench/heldout)")
    ap.add_argument("--shuffle", type=int, default=None, metavar="SEED",
                    help="place the articles one by one in a random order (seeded) instead of oldest first")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                    help="override a tuning constant of duiding.resolve.stories (for sweeps)")
    args = ap.parse_args()
    for assignment in args.set:
        name, _, value = assignment.partition("=")
        current = getattr(stories, name)
        setattr(stories, name, int(value) if isinstance(current, int) else float(value))
    corpus = Path(args.corpus)
    gold_doc = json.loads(Path(args.gold or corpus / "gold" / "stories.json").read_text(encoding="utf-8"))
    db = args.db or str(Path(tempfile.mkdtemp()) / "eval.db")
    store = Store(db)
    if store.count_articles() == 0:
        build(store, [str(corpus)] + ([args.seeds] if args.seeds else [])
              + ([str(p) for p in sorted(Path(args.singletons).glob("*.txt"))] if args.singletons else []))
    stories.reset(store)
    if args.shuffle is None:
        stories.update(store)
    else:  # articles arriving one at a time in a random order: how much does the online order matter?
        order = store.article_ids()
        random.Random(args.shuffle).shuffle(order)
        for aid in order:
            stories.update(store, only={aid})

    refs = [r for members in gold_doc["stories"].values() for r in members]
    zero = any(r.endswith("#0") for r in refs)
    gold: dict[str, str] = {}
    for label, members in gold_doc["stories"].items():
        for ref in members:
            aid = gold_ref_to_id(store, corpus, ref, zero)
            if aid is None:
                print(f"warning: gold article {ref} not in the store", file=sys.stderr)
            else:
                gold[aid] = label
    if args.singletons:
        for path in sorted(Path(args.singletons).glob("*.txt")):
            aid = gold_ref_to_id(store, path.parent, path.name, False)
            if aid is not None:
                gold[aid] = f"single:{path.stem[:40]}"
    pred = {aid: store.story_of(aid) or f"none-{aid}" for aid in gold}
    scores = evaluate(gold, pred)
    print(f"articles {len(gold)}  gold stories {len(set(gold.values()))}  predicted {len(set(pred.values()))}")
    print("pairwise precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  ARI {ari:.3f}".format(**scores))
    titles = gold_doc.get("titles", {})
    for label in sorted(set(gold.values())):
        members = [a for a, lab in gold.items() if lab == label]
        print(f"  {label[:44]:44s} {titles.get(label, '')[:50]:50s} -> {sorted(Counter(pred[a] for a in members).values())}")
    for story_id in sorted(set(pred.values())):
        labels = sorted({gold[a] for a, p in pred.items() if p == story_id})
        if len(labels) > 1:
            print(f"  merged in {story_id}: {', '.join(label[:40] for label in labels)}")
    if args.seeds:
        seeds = sorted(Path(args.seeds).glob("*.txt"))
        ids = [gold_ref_to_id(store, Path(args.seeds), s.name, False) for s in seeds]
        sid = [store.story_of(i) if i else None for i in ids]
        ok_same = len(ids) > 1 and sid[0] is not None and sid[0] == sid[1]
        dated = {i: (store.article_meta(i) or {}).get("date") for i in ids if i}
        april = [i for i in ids if i and (dated.get(i) or "").startswith("2024-04")]
        ok_apart = bool(april) and all(store.story_of(i) != sid[0] for i in april)
        print(f"seeds: first two share a story: {ok_same}; April 2024 seed in another story: {ok_apart}")
        groups: dict[str | None, list[str]] = {}
        for seed, story_id in zip(seeds, sid, strict=True):
            groups.setdefault(story_id, []).append(seed.name[:3])
        print("seed stories: " + " ".join("[" + " ".join(g) + "]" for g in groups.values()))


if __name__ == "__main__":
    main()
