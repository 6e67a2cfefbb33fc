"""Train the CRF named-entity tagger shipped in ``src/duiding/data`` (one command, deterministic).

    .venv/bin/python -m training.train_ner                 # train the shipped models, score ned.testa
    .venv/bin/python -m training.train_ner --tune          # grid over c1/c2 on a split of ned.train
    .venv/bin/python -m training.train_ner --config nogaz  # feature ablations (see CONFIGS)
    .venv/bin/python -m training.train_ner --config encoder  # the ``accurate`` model (training/encoder_ner.py)

Tuning only ever looks at a held-out fifth of ned.train (every fifth document); ned.testa is used
for the final score alone. Data: CoNLL-2002 Dutch (research use only, see MODEL_CARD.md).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

import pycrfsuite

from duiding.analyse.language.conll import ConllDoc, chunks, read_conll, score
from duiding.analyse.language.features import DocContext, Lexicon, sentence_features, stacked_features
from duiding.analyse.language.ner import NerModel

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared" / "data"
OUT = REPO / "src" / "duiding" / "data"

FROGDATA = "/usr/share/frog/nld"
# name -> (use training gazetteer, use document context, external lists directory)
CONFIGS = {
    "full": (True, True, ""),
    "nogaz": (False, True, ""),
    "nodoc": (True, False, ""),
    "base": (False, False, ""),
    "frogdata": (True, True, FROGDATA),
}
DEFAULT_PARAMS = {"c1": 0.02, "c2": 0.02, "max_iterations": 200}  # tuned on the ned.train split


def doc_entities(doc: ConllDoc) -> dict[str, set[str]]:
    """Entity phrases of one document -> their types."""
    out: dict[str, set[str]] = defaultdict(set)
    for s in doc:
        for a, b, t in chunks(s.tags):
            out[" ".join(s.tokens[a:b])].add(t)
    return out


def read_ud_tokens(path: Path) -> list[list[str]]:
    sents: list[list[str]] = []
    cur: list[str] = []
    if not path.exists():
        return sents
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
            cur = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                cur.append(cols[1])
    return sents


def build_lexicon(docs: Sequence[ConllDoc], extra_sentences: Sequence[Sequence[str]], gazetteer: bool) -> Lexicon:
    lower: Counter[str] = Counter()
    midcap: Counter[str] = Counter()
    all_sents = [s.tokens for d in docs for s in d] + [list(s) for s in extra_sentences]
    for words in all_sents:
        for i, w in enumerate(words):
            if w[:1].islower():
                lower[w] += 1
            elif w[:1].isupper() and i > 0:
                midcap[w.lower()] += 1
    lower_common = frozenset(w for w, c in lower.items() if c > midcap.get(w, 0) and w.isalpha())
    gaz: dict[str, dict[str, int]] = {}
    tok: dict[str, dict[str, int]] = {}
    if gazetteer:
        for d in docs:
            ents = doc_entities(d)
            seen_tokens: dict[str, set[str]] = defaultdict(set)
            for phrase, types in ents.items():
                for t in types:
                    gaz.setdefault(phrase, {}).setdefault(t, 0)
                    gaz[phrase][t] += 1
                    for w in phrase.split():
                        if w[:1].isupper():
                            seen_tokens[w].add(t)
            for w, types in seen_tokens.items():
                for t in types:
                    tok.setdefault(w, {}).setdefault(t, 0)
                    tok[w][t] += 1
    return Lexicon(lower_common=lower_common, gazetteer=gaz, token_gazetteer=tok)


def doc_features(d: ConllDoc, lex: Lexicon, use_doc: bool) -> list[list[list[str]]]:
    """Stage-1 features of a training document; its own names are hidden from the gazetteer."""
    ctx = DocContext.build([s.tokens for s in d]) if use_doc else None
    own = doc_entities(d) if lex.gazetteer else None
    return [sentence_features(s.tokens, lex, ctx, own) for s in d]


def train(docs: Sequence[ConllDoc], lex: Lexicon, use_doc: bool, model_path: Path, params: dict[str, float],
          first_pass: Sequence[list[list[str]]] | None = None) -> None:
    """Stage 1, or stage 2 when ``first_pass`` (out-of-fold stage-1 tags per document) is given."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for k, d in enumerate(docs):
        feats = doc_features(d, lex, use_doc)
        if first_pass is not None:
            extra = stacked_features([s.tokens for s in d], first_pass[k])
            feats = [[a + b for a, b in zip(f, e)] for f, e in zip(feats, extra)]
        for s, f in zip(d, feats):
            trainer.append(f, s.tags)
    trainer.set_params({"feature.possible_transitions": True, **params})
    trainer.train(str(model_path))


def _fold(job: tuple[int, int, Sequence[ConllDoc], Lexicon, bool, dict[str, float], Path]) -> dict[int, list[list[str]]]:
    k, folds, docs, lex, use_doc, params, scratch = job
    fit = [d for i, d in enumerate(docs) if i % folds != k]
    path = scratch / f"fold{k}-{id(docs)}.crfsuite"
    train(fit, lex, use_doc, path, params)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    out = {i: [tagger.tag(f) for f in doc_features(d, lex, use_doc)] for i, d in enumerate(docs) if i % folds == k}
    tagger.close()
    path.unlink()
    return out


def out_of_fold(docs: Sequence[ConllDoc], lex: Lexicon, use_doc: bool, params: dict[str, float], scratch: Path,
                folds: int = 5, workers: int = 2) -> list[list[list[str]]]:
    """Stage-1 tags for every training document from a model that did not see it (jackknifing)."""
    from multiprocessing import get_context

    jobs = [(k, folds, docs, lex, use_doc, params, scratch) for k in range(folds)]
    with get_context("fork").Pool(workers) as pool:
        parts = pool.map(_fold, jobs)
    merged: dict[int, list[list[str]]] = {}
    for p in parts:
        merged.update(p)
    return [merged[i] for i in range(len(docs))]


def evaluate(model: NerModel, docs: Sequence[ConllDoc]) -> dict[str, object]:
    pairs = []
    for d in docs:
        pred = model.tag_document([s.tokens for s in d])
        pairs.extend((s.tags, p) for s, p in zip(d, pred))
    return score(pairs).as_dict()


def run(name: str, train_docs: Sequence[ConllDoc], eval_docs: Sequence[ConllDoc], ud: list[list[str]],
        params: dict[str, float], out_dir: Path, prefix: str, stages: int = 1,
        scratch: Path | None = None) -> dict[str, object]:
    use_gaz, use_doc, external = CONFIGS[name]
    t0 = time.time()
    lex = build_lexicon(train_docs, ud, use_gaz)
    lex.external = external
    out_dir.mkdir(parents=True, exist_ok=True)
    model_path = out_dir / f"{prefix}.crfsuite"
    stage2_path = out_dir / f"{prefix}_stage2.crfsuite"
    train(train_docs, lex, use_doc, model_path, params)
    (out_dir / f"{prefix}_lexicon.json").write_text(
        json.dumps(lex.to_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":")), encoding="utf-8")
    res: dict[str, object] = {}
    if stages == 2:
        res["stage1"] = evaluate(NerModel(model_path, lex, use_doc_context=use_doc), eval_docs)["overall"]
        first = out_of_fold(train_docs, lex, use_doc, params, scratch or out_dir)
        train(train_docs, lex, use_doc, stage2_path, params, first_pass=first)
    elif stage2_path.exists():
        stage2_path.unlink()
    model = NerModel(model_path, lex, use_doc_context=use_doc, stage2_path=stage2_path if stages == 2 else None)
    res.update(evaluate(model, eval_docs))
    res["config"] = name
    res["stages"] = stages
    res["params"] = params
    res["train_seconds"] = round(time.time() - t0, 1)
    res["model_bytes"] = model_path.stat().st_size + (stage2_path.stat().st_size if stages == 2 else 0)
    return res


def add_io_args(ap: argparse.ArgumentParser) -> None:
    """Where the training data are read and the models written: shared by the CRF and encoder trainers."""
    ap.add_argument("--data", type=Path, default=SHARED / "conll2002-nl")
    ap.add_argument("--ud", type=Path, default=SHARED / "ud-nl-alpino" / "nl_alpino-ud-dev.conllu")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--tune", action="store_true", help="score on a held-out fifth of ned.train (no testa)")
    ap.add_argument("--scratch", type=Path, default=REPO / "training" / "runs")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_io_args(ap)
    ap.add_argument("--config", choices=["shipped", "encoder", *sorted(CONFIGS)], default="shipped",
                    help="shipped (default): the models in src/duiding/data, i.e. full, and frogdata when installed")
    ap.add_argument("--c1", type=float, default=DEFAULT_PARAMS["c1"])
    ap.add_argument("--c2", type=float, default=DEFAULT_PARAMS["c2"])
    ap.add_argument("--iters", type=int, default=int(DEFAULT_PARAMS["max_iterations"]))
    ap.add_argument("--stages", type=int, choices=(1, 2), default=1, help="2: add the document-level second pass")
    args = ap.parse_args(argv)
    if args.config == "encoder":  # CRF + multilingual-e5 word-state features: its own module
        from training.encoder_ner import main as encoder_main

        return encoder_main(["--data", str(args.data), "--ud", str(args.ud), "--out", str(args.out),
                             "--scratch", str(args.scratch), *(["--tune"] if args.tune else [])])

    train_docs = read_conll(args.data / "ned.train")
    ud = read_ud_tokens(args.ud)
    params = {"c1": args.c1, "c2": args.c2, "max_iterations": args.iters}
    configs = [args.config]
    if args.config == "shipped":
        configs = ["full"] + (["frogdata"] if (Path(FROGDATA) / "nergen.data.lex").exists() else [])
        if len(configs) == 1:
            print(f"{FROGDATA} not found (apt-get install frogdata): training the base model only", file=sys.stderr)
    for config in configs:
        if args.tune:
            fit = [d for i, d in enumerate(train_docs) if i % 5 != 4]
            held = [d for i, d in enumerate(train_docs) if i % 5 == 4]
            tag = f"{config}-s{args.stages}-c1{args.c1}-c2{args.c2}-i{args.iters}"
            res = run(config, fit, held, ud, params, args.scratch, tag, args.stages, args.scratch)
            res["eval_on"] = "ned.train split (every 5th doc held out)"
        else:
            testa = read_conll(args.data / "ned.testa")
            shipped = {"full": "ner", "frogdata": "ner_frogdata"}
            out_dir, prefix = (args.out, shipped[config]) if config in shipped else (args.scratch, f"ner-{config}")
            res = run(config, train_docs, testa, ud, params, out_dir, prefix, args.stages, args.scratch)
            res["eval_on"] = "ned.testa"
        overall = res["overall"]
        print(json.dumps(res, ensure_ascii=False))
        print(f"{config} stages={args.stages} {params} -> F1 {overall['f1']:.4f} on {res['eval_on']}",  # type: ignore[index]
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
