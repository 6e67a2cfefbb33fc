"""Score speaker attribution of the quotes extractor against gold files.

Usage: .venv/bin/python bench/eval_quotes.py [--corpus examples] [--backend fast] [--show]

1. ``examples/gold/quotes.jsonl`` (one line per sentence that holds a statement: source, sentence,
   speaker, kind). Every article of the corpus is read with the project's readers and analysed
   in-process. A gold sentence is found when a predicted quote overlapping it names the gold speaker
   (case/accents folded, leading article dropped). Precision counts every predicted quote with a
   speaker in the articles that have gold: right when it overlaps a gold sentence of that speaker,
   wrong otherwise (the gold lists every statement of those articles).
   "lenient" also accepts a speaker that is a whole-word tail of the other ("Van Dalen" / "Marieke
   van Dalen").
2. ``../shared/data/quotes-nl/rsyntax_alpino_quote_gold.jsonl`` (tokenised sentences with the lemma
   of the source's head word): found when the written speaker phrase contains that lemma.

``--show`` prints every miss and wrong attribution.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from duiding.analyse.mentions import find_mentions
from duiding.analyse.pipeline import AnalysisOptions, analyse_article
from duiding.analyse.quotes import find_quotes
from duiding.analyse.quoting.lexicon import fold
from duiding.ingest.reader import iter_articles
from duiding.records import Article, ArticleAnalysis, Quote

ROOT = Path(__file__).resolve().parents[1]
RSYNTAX = ROOT / ".." / "shared" / "data" / "quotes-nl" / "rsyntax_alpino_quote_gold.jsonl"
SKIP = frozenset({"dates", "amounts", "pledges", "takeaways"})


def norm_speaker(s: str | None) -> str:
    f = fold(s or "")
    for art in ("de ", "het "):
        f = f.removeprefix(art)
    return f


def speaker_match(pred: str | None, gold: str, lenient: bool = False) -> bool:
    p, g = norm_speaker(pred), norm_speaker(gold)
    if not p:
        return False
    if p == g:
        return True
    return lenient and (f" {p}".endswith(f" {g}") or f" {g}".endswith(f" {p}"))


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def locate(articles: list[tuple[Article, ArticleAnalysis]], source: str, sentence: str) -> tuple[int, int, int] | None:
    path = source.split("#")[0].split("/")[-1]
    for i, (a, _) in enumerate(articles):
        if path not in a.source:
            continue
        at = a.text.find(sentence)
        if at >= 0:
            return i, at, at + len(sentence)
    return None


def evaluate_examples(corpus: Path, backend: str, show: bool) -> Counter[str]:
    files = [str(p) for p in sorted(corpus.rglob("*")) if p.is_file() and "gold" not in p.parts and p.suffix != ".md"]
    articles = [(a, analyse_article(a, AnalysisOptions(backend=backend, skip=SKIP)))
                for a in iter_articles(files) if isinstance(a, Article)]
    gold = [json.loads(x) for x in (corpus / "gold" / "quotes.jsonl").read_text(encoding="utf-8").splitlines() if x]
    c: Counter[str] = Counter()
    placed: dict[int, list[tuple[tuple[int, int], str]]] = {}
    for g in gold:
        loc = locate(articles, g["source"], g["sentence"])
        if loc is None:
            c["unlocated"] += 1
            if show:
                print(f"  ? not found in corpus: {g['source']}: {g['sentence'][:80]}")
            continue
        i, s, e = loc
        placed.setdefault(i, []).append(((s, e), g["speaker"]))
        preds = [q for q in articles[i][1].quotes if overlaps(q.span, (s, e))]
        c["gold"] += 1
        if any(speaker_match(q.speaker, g["speaker"]) for q in preds):
            c["found"] += 1
        elif show:
            got = ", ".join(repr(q.speaker) for q in preds) or "nothing"
            print(f"  - miss [{g['speaker']}] got {got}: {g['sentence'][:100]}")
        if any(speaker_match(q.speaker, g["speaker"], lenient=True) for q in preds):
            c["found_lenient"] += 1
    for i, spans in placed.items():
        for q in articles[i][1].quotes:
            if not q.speaker:
                continue
            c["pred"] += 1
            golds = [sp for span, sp in spans if overlaps(q.span, span)]
            if any(speaker_match(q.speaker, sp) for sp in golds):
                c["pred_right"] += 1
            elif show:
                why = f"gold {golds}" if golds else "no statement in gold"
                print(f"  + wrong [{q.speaker}] ({why}): {q.text[:90]}")
            if any(speaker_match(q.speaker, sp, lenient=True) for sp in golds):
                c["pred_right_lenient"] += 1
    return c


_DETOK = [(re.compile(r"\s+([.,:;!?)])"), r"\1"), (re.compile(r"\(\s+"), "("),
          (re.compile(r"\"\s+(.*?)\s+\""), r'"\1"')]


def detokenise(sentence: str) -> str:
    for rx, rep in _DETOK:
        sentence = rx.sub(rep, sentence)
    return sentence


def evaluate_rsyntax(show: bool) -> Counter[str]:
    c: Counter[str] = Counter()
    if not RSYNTAX.exists():
        return c
    for line in RSYNTAX.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        text = detokenise(g["sentence"])
        quotes: list[Quote] = find_quotes(text, find_mentions(text))
        lemma = re.sub(r"[^a-z]", "", fold(g["gold_source_lemma"]))
        c["gold"] += 1
        written = [re.sub(r"[^a-z]", "", fold(text[q.speaker_span[0]: q.speaker_span[1]]))
                   for q in quotes if q.speaker_span]
        if any(lemma in w for w in written):
            c["found"] += 1
        elif show:
            print(f"  - miss [{g['gold_source_lemma']}] got {written}: {text}")
        c["pred"] += len(written)
        c["pred_right"] += sum(lemma in w for w in written)
    return c


def _line(name: str, c: Counter[str], lenient: bool = False) -> str:
    sfx = "_lenient" if lenient else ""
    p = c["pred_right" + sfx] / c["pred"] if c["pred"] else 0.0
    r = c["found" + sfx] / c["gold"] if c["gold"] else 0.0
    return (f"{name:28} precision {p:.2f} ({c['pred_right' + sfx]}/{c['pred']})  "
            f"recall {r:.2f} ({c['found' + sfx]}/{c['gold']})")


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT / "examples"))
    ap.add_argument("--backend", default="fast")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args(argv)
    corpus = Path(args.corpus)
    out: dict[str, Any] = {}
    if (corpus / "gold" / "quotes.jsonl").exists():
        c = evaluate_examples(corpus, args.backend, args.show)
        print(_line("examples (strict)", c))
        print(_line("examples (lenient)", c, lenient=True))
        if c["unlocated"]:
            print(f"  ({c['unlocated']} gold sentences not found in the corpus)")
        out["examples"] = dict(c)
    rs = evaluate_rsyntax(args.show)
    if rs["gold"]:
        print(_line("rsyntax alpino gold", rs))
        out["rsyntax"] = dict(rs)
    return out


if __name__ == "__main__":
    main()
