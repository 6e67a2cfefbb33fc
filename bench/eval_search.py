"""Search relevance on the sample corpus: MRR@10 and precision@5 per mode (text, semantic, hybrid).

Usage: .venv/bin/python bench/eval_search.py [--db PATH] [--corpus examples]

The queries below are paraphrases written for this evaluation (not sentences from the articles);
a hit is relevant when its article belongs to the expected story of examples/gold/stories.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_stories import build, gold_ref_to_id

from duiding.search import index, query
from duiding.store import Store

QUERIES: list[tuple[str, str]] = [
    ("hoeveel procent van het bbp moeten de bondgenoten aan defensie uitgeven", "A"),
    ("drones en sabotage op de eerste dag van de top", "A"),
    ("bezuinigingen elders door hogere defensie-uitgaven", "A"),
    ("Patriot-onderdelen en luchtverdediging uit Nederland voor Oekraïne", "B"),
    ("motie in de Tweede Kamer over militaire steun volgend jaar", "B"),
    ("levering van het luchtverdedigingspakket loopt vertraging op", "B"),
    ("gezamenlijk Europees fonds om de wapenindustrie op te schalen", "C"),
    ("Europarlementariërs dreigen het defensiefonds tegen te houden", "C"),
    ("gemeenten vinden het woningbouwplan onhaalbaar", "D"),
    ("extra miljoenen voor woningbouw in de grote steden", "D"),
    ("bedrijven wachten jaren op een aansluiting op het stroomnet", "S1"),
    ("vrachtschip beschadigde een kabel op de zeebodem", "S2"),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="examples")
    ap.add_argument("--db", default=None)
    args = ap.parse_args()
    corpus = Path(args.corpus)
    gold_doc = json.loads((corpus / "gold" / "stories.json").read_text(encoding="utf-8"))
    store = Store(args.db or str(Path(tempfile.mkdtemp()) / "eval.db"))
    if store.count_articles() == 0:
        build(store, [str(corpus)])
    index.update(store)
    zero = any(r.endswith("#0") for m in gold_doc["stories"].values() for r in m)
    members = {label: {gold_ref_to_id(store, corpus, r, zero) for r in refs}
               for label, refs in gold_doc["stories"].items()}
    print(f"{len(QUERIES)} queries over {store.count_articles()} articles")
    for mode in ("text", "semantic", "hybrid"):
        rr, p5 = [], []
        for q, label in QUERIES:
            hits = query(store, q, mode=mode, limit=10)  # type: ignore[arg-type]
            relevant = [h.article_id in members[label] for h in hits]
            rr.append(next((1 / (i + 1) for i, ok in enumerate(relevant) if ok), 0.0))
            p5.append(sum(relevant[:5]) / 5)
        print(f"{mode:9s} MRR@10 {sum(rr) / len(rr):.3f}  P@5 {sum(p5) / len(p5):.3f}")


if __name__ == "__main__":
    main()
