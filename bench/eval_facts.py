"""Measure the dates, amounts and pledges extractors against ``examples/gold/facts.jsonl``.

Usage: .venv/bin/python bench/eval_facts.py [--corpus examples] [--backend fast] [--show]

Reads every article of the corpus with the project's own readers, analyses it in-process, and
compares per article (the gold lists every sentence that holds a date, amount or pledge, so
anything found elsewhere is a false positive):

- dates:   found = a predicted expression overlapping a gold one; value = the same ISO value too.
- amounts: found = overlap; value = same value (1e-6 relative) and unit.
- pledges: found = same giver (entity key or text, case/accents folded) in the same gold sentence;
           status and amount are scored on the found ones.

``--show`` prints every miss and false positive, to see what to fix.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from duiding.analyse.pipeline import AnalysisOptions, analyse_article
from duiding.ingest.reader import iter_articles
from duiding.records import Article, ArticleAnalysis


def fold(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).lower().strip()


def load_gold(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def locate(articles: list[tuple[Article, ArticleAnalysis]], source: str, sentence: str) -> tuple[int, int, int] | None:
    """(article index, start, end) of the gold sentence in the article the source names."""
    path = source.split("#")[0]
    for i, (a, _) in enumerate(articles):
        if path.split("/")[-1] not in a.source:
            continue
        at = a.text.find(sentence)
        if at >= 0:
            return i, at, at + len(sentence)
    return None


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class Score:
    def __init__(self) -> None:
        self.c: Counter[str] = Counter()

    def prf(self, tp: str = "tp", fp: str = "fp", fn: str = "fn") -> str:
        t, p, n = self.c[tp], self.c[fp], self.c[fn]
        prec = t / (t + p) if t + p else 0.0
        rec = t / (t + n) if t + n else 0.0
        f = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        return f"P {prec:.2f}  R {rec:.2f}  F1 {f:.2f}  (tp {t}, fp {p}, fn {n})"


def gold_spans(text: str, start: int, end: int, items: list[dict[str, Any]]) -> list[tuple[dict[str, Any], tuple[int, int]]]:
    out = []
    for g in items:
        at = text.find(g["text"], start, end)
        if at < 0:
            at = text.lower().find(g["text"].lower(), start, end)
        out.append((g, (at, at + len(g["text"])) if at >= 0 else (start, start)))
    return out


def evaluate(corpus: Path, backend: str, show: bool) -> dict[str, Score]:
    files = [str(p) for p in sorted(corpus.rglob("*")) if p.is_file() and "gold" not in p.parts and p.suffix != ".md"]
    articles: list[tuple[Article, ArticleAnalysis]] = []
    for a in iter_articles(files):
        if isinstance(a, Article):
            articles.append((a, analyse_article(a, AnalysisOptions(backend=backend, skip=frozenset({"takeaways"})))))
    gold = load_gold(corpus / "gold" / "facts.jsonl")
    scores = {k: Score() for k in ("dates", "amounts", "pledges")}
    used: dict[str, set[tuple[int, int, int]]] = {k: set() for k in scores}
    gold_articles: set[int] = set()
    for g in gold:
        loc = locate(articles, g["source"], g["sentence"])
        if loc is None:
            print(f"gold sentence not found: {g['source']}: {g['sentence'][:60]}", file=sys.stderr)
            continue
        ai, s, e = loc
        gold_articles.add(ai)
        art, an = articles[ai]
        # dates
        for gd, span in gold_spans(art.text, s, e, g.get("dates", [])):
            hits = [d for d in an.dates if overlaps(d.span, span)]
            if hits:
                d = hits[0]
                used["dates"].add((ai, *d.span))
                scores["dates"].c["tp"] += 1
                ok = d.value == gd.get("value")
                scores["dates"].c["value_ok" if ok else "value_bad"] += 1
                if show and not ok:
                    print(f"  date value  {d.text!r}: {d.value} (gold {gd.get('value')})  [{art.date}]")
            else:
                scores["dates"].c["fn"] += 1
                if show:
                    print(f"  date miss   {gd['text']!r} -> {gd.get('value')}  in: {g['sentence'][:90]}")
        # amounts
        for ga, span in gold_spans(art.text, s, e, g.get("amounts", [])):
            hits = [x for x in an.amounts if overlaps(x.span, span) and (ai, *x.span) not in used["amounts"]]
            if hits:
                x = min(hits, key=lambda h: abs(h.value - ga["value"]))
                used["amounts"].add((ai, *x.span))
                scores["amounts"].c["tp"] += 1
                ok = math.isclose(x.value, ga["value"], rel_tol=1e-6) and x.unit == ga["unit"]
                scores["amounts"].c["value_ok" if ok else "value_bad"] += 1
                if show and not ok:
                    print(f"  amount val  {x.text!r}: {x.value:g} {x.unit} (gold {ga['value']:g} {ga['unit']})")
            else:
                scores["amounts"].c["fn"] += 1
                if show:
                    print(f"  amount miss {ga['text']!r} ({ga['value']:g} {ga['unit']})  in: {g['sentence'][:90]}")
        # pledges
        in_sentence = [p for p in an.pledges if overlaps(p.span, (s, e))]
        for gp in g.get("pledges", []):
            want = fold(gp["giver"])
            hits = [
                p for p in in_sentence
                if (ai, *p.span) not in used["pledges"]
                and (want in (fold(p.giver), fold(p.giver_key)) or fold(p.giver) in want or want in fold(p.giver))
            ]  # fmt: skip
            if hits:
                p = hits[0]
                used["pledges"].add((ai, *p.span))
                scores["pledges"].c["tp"] += 1
                scores["pledges"].c["status_ok" if p.status == gp["status"] else "status_bad"] += 1
                ga, pa = gp.get("amount"), p.amount
                same = (ga is None and pa is None) or (
                    ga is not None and pa is not None and math.isclose(ga["value"], pa["value"], rel_tol=1e-6)
                    and ga["unit"] == pa["unit"]
                )  # fmt: skip
                scores["pledges"].c["amount_ok" if same else "amount_bad"] += 1
                scores["pledges"].c["recipient_ok" if fold(p.recipient) == fold(gp.get("recipient")) else "recipient_bad"] += 1
                if show and (p.status != gp["status"] or not same):
                    print(f"  pledge diff {p.giver}: {p.status} {pa} / gold {gp['status']} {ga}  ({p.what} / {gp['what']})")
            else:
                scores["pledges"].c["fn"] += 1
                if show:
                    print(f"  pledge miss {gp['giver']} {gp['status']} {gp['what']!r}  in: {g['sentence'][:90]}")
    # false positives: everything predicted in the gold articles that matched nothing
    for ai in sorted(gold_articles):
        art, an = articles[ai]
        for kind, items in (("dates", an.dates), ("amounts", an.amounts), ("pledges", an.pledges)):
            for x in items:
                if (ai, *x.span) not in used[kind]:
                    scores[kind].c["fp"] += 1
                    if show:
                        label = getattr(x, "text", None) or f"{x.giver}: {x.what}"  # type: ignore[union-attr]
                        val = getattr(x, "value", None) or getattr(x, "status", "")
                        where = f"  in: {art.text[x.span[0]:x.span[1]][:110]!r}" if kind == "pledges" else ""
                        print(f"  {kind[:-1]} extra {label!r} -> {val}   [{art.source.split('/')[-1]}]{where}")
    return scores


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="examples")
    ap.add_argument("--backend", default="fast")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    scores = evaluate(Path(args.corpus), args.backend, args.show)
    for kind, sc in scores.items():
        print(f"{kind:8} detection {sc.prf()}")
        c = sc.c
        if kind in ("dates", "amounts"):
            print(f"{'':8} value+unit correct on found: {c['value_ok']}/{c['value_ok'] + c['value_bad']}")
        else:
            print(f"{'':8} status {c['status_ok']}/{c['tp']}, amount {c['amount_ok']}/{c['tp']}, "
                  f"recipient {c['recipient_ok']}/{c['tp']}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
