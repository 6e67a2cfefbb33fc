"""Train the CRF universal-POS tagger and the treebank lemma table shipped in ``src/duiding/data``.

    .venv/bin/python -m training.train_pos

Data: UD Dutch Alpino, dev part (CC BY-SA 4.0), the only part we have, plus "silver" sentences: the
CoNLL-2002 Dutch training text whose coarse MBT tags are mapped to UD with the treebank's counts
(11k gold tokens alone give 89% accuracy, with the silver 94%). Every tenth treebank sentence is
held out to measure accuracy (tagger and lemmas); the shipped model is then trained on all of them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pycrfsuite

from duiding.analyse.language.pos import Lemmatizer, pos_sentence_features

REPO = Path(__file__).resolve().parents[1]
UD = REPO / ".." / "shared" / "data" / "ud-nl-alpino" / "nl_alpino-ud-dev.conllu"
SILVER = REPO / ".." / "shared" / "data" / "conll2002-nl" / "ned.train"
OUT = REPO / "src" / "duiding" / "data"
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150}

Row = tuple[str, str, str]  # form, upos, lemma


def read_conllu(path: Path) -> list[list[Row]]:
    sents: list[list[Row]] = []
    cur: list[Row] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
            cur = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                cur.append((cols[1], cols[3], cols[2].replace("_", "")))
    if cur:
        sents.append(cur)
    return sents


# CoNLL-2002's coarse MBT tags -> the UD tags they may stand for, and the default when the treebank
# does not know the word. Used for the optional silver data (--silver).
SILVER_MAP: dict[str, tuple[tuple[str, ...], str]] = {
    "Art": (("DET",), "DET"),
    "N": (("NOUN", "PROPN"), "NOUN"),
    "Punc": (("PUNCT", "SYM"), "PUNCT"),
    "V": (("VERB", "AUX"), "VERB"),
    "Prep": (("ADP",), "ADP"),
    "Pron": (("PRON", "DET", "ADV"), "PRON"),
    "Adv": (("ADV", "ADP"), "ADV"),
    "Adj": (("ADJ",), "ADJ"),
    "Conj": (("CCONJ", "SCONJ"), "SCONJ"),
    "Num": (("NUM", "DET"), "NUM"),
    "Misc": (("X", "SYM", "PROPN"), "X"),
    "Int": (("INTJ",), "INTJ"),
}


def silver(conll: Path, gold: list[list[Row]]) -> list[list[Row]]:
    """CoNLL-2002 sentences with their MBT tags mapped to UD, disambiguated by the treebank's counts."""
    from duiding.analyse.language.conll import read_conll

    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for s in gold:
        for form, upos, _ in s:
            counts[form.lower()][upos] += 1
    out = []
    for doc in read_conll(conll):
        for sent in doc:
            rows = []
            for tok, pos, ne in zip(sent.tokens, sent.pos, sent.tags):
                allowed, default = SILVER_MAP.get(pos, (("X",), "X"))
                if pos == "N" and ne != "O":
                    tag = "PROPN"
                else:
                    seen = [(c, t) for t, c in counts.get(tok.lower(), Counter()).items() if t in allowed]
                    tag = max(seen)[1] if seen else default
                rows.append((tok, tag, ""))
            out.append(rows)
    return out


def ambiguity(sents: list[list[Row]]) -> dict[str, str]:
    tags: dict[str, set[str]] = defaultdict(set)
    for s in sents:
        for form, upos, _ in s:
            tags[form.lower()].add(upos)
    return {w: "|".join(sorted(t)) for w, t in tags.items()}


def lemma_table(sents: list[list[Row]]) -> dict[tuple[str, str], str]:
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for s in sents:
        for form, upos, lemma in s:
            if upos not in ("PROPN", "PUNCT", "NUM", "SYM"):
                counts[(form.lower(), upos)][lemma.lower()] += 1
    return {k: c.most_common(1)[0][0] for k, c in counts.items()}


def train(sents: list[list[Row]], known: dict[str, str], path: Path, extra: list[list[Row]] | None = None) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for s in sents + (extra or []):
        trainer.append(pos_sentence_features([r[0] for r in s], known), [r[1] for r in s])
    trainer.set_params({"feature.possible_transitions": True, **PARAMS})
    trainer.train(str(path))


def write_table(path: Path, known: dict[str, str], lemmas: dict[tuple[str, str], str]) -> None:
    lines = ["# UD Dutch Alpino (CC BY-SA 4.0): ambiguity classes and form+POS lemmas, by training/train_pos.py"]
    lines += [f"#amb\t{w}\t{t}" for w, t in sorted(known.items())]
    lines += [f"{f}\t{p}\t{lemma}" for (f, p), lemma in sorted(lemmas.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ud", type=Path, default=UD)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--silver", type=Path, default=SILVER,
                    help="also train on this CoNLL-2002 file with its coarse tags mapped to UD (default: ned.train)")
    ap.add_argument("--no-silver", dest="silver", action="store_const", const=None, help="treebank data only")
    ap.add_argument("--scratch", type=Path, default=REPO / "training" / "runs")
    args = ap.parse_args(argv)
    sents = read_conllu(args.ud)
    fit = [s for i, s in enumerate(sents) if i % 10 != 9]
    held = [s for i, s in enumerate(sents) if i % 10 == 9]

    args.scratch.mkdir(parents=True, exist_ok=True)
    known = ambiguity(fit)
    tmp = args.scratch / "pos-split.crfsuite"
    train(fit, known, tmp, silver(args.silver, fit) if args.silver else None)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(tmp))
    lem = Lemmatizer(lemma_table(fit))
    lem_lookup_only = Lemmatizer({})
    tot = ok = lem_ok = lem_lookup_ok = lem_n = 0
    for s in held:
        words = [r[0] for r in s]
        pred = tagger.tag(pos_sentence_features(words, known))
        for (form, upos, lemma), p in zip(s, pred):
            tot += 1
            ok += p == upos
            if upos not in ("PROPN", "PUNCT", "NUM", "SYM", "X"):
                lem_n += 1
                lem_ok += lem.lemma(form, p) == lemma.lower()
                lem_lookup_ok += lem_lookup_only.lemma(form, p) == lemma.lower()
    res = {
        "silver": str(args.silver) if args.silver else None,
        "train_sentences": len(fit), "heldout_sentences": len(held), "heldout_tokens": tot,
        "pos_accuracy": round(ok / tot, 4),
        "lemma_accuracy": round(lem_ok / lem_n, 4),
        "lemma_accuracy_lookups_only": round(lem_lookup_ok / lem_n, 4),
    }
    print(json.dumps(res))
    print(f"POS accuracy {res['pos_accuracy']:.4f}, lemma accuracy {res['lemma_accuracy']:.4f} "
          f"on {tot} held-out tokens", file=sys.stderr)

    known_all = ambiguity(sents)
    args.out.mkdir(parents=True, exist_ok=True)
    train(sents, known_all, args.out / "pos.crfsuite", silver(args.silver, sents) if args.silver else None)
    write_table(args.out / "pos_lemmas.tsv", known_all, lemma_table(sents))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
