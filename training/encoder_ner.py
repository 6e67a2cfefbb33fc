"""Train the ``accurate`` NER model: CRF (frogdata features) + features from multilingual-e5 word states.

    .venv/bin/python -m training.train_ner --config encoder           # ship data/ner_e5.*, score ned.testa
    .venv/bin/python -m training.train_ner --config encoder --tune    # score on the ned.train split
    .venv/bin/python -m training.encoder_ner --tune --variant probe,k256 ...   # the experiments

Steps: word states of every token (cached in /tmp, see ``e5_cache``); standardise; a softmax probe
predicting the IOB label from the state, with out-of-fold predictions for the training documents
(5 folds over documents) so the CRF sees probe errors as they will be at run time; k-means clusters
(numpy, fixed seed); optional PCA; then the CRF over the usual features plus these. Deterministic:
fixed seeds, fixed data order, L-BFGS everywhere.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pycrfsuite
from scipy.optimize import minimize

from duiding.analyse.language.conll import ConllDoc, read_conll, score
from duiding.analyse.language.encoder_ner import PREFIX, EncoderHead, EncoderNerModel, merge
from training.e5_cache import CACHE, doc_states, split_rows
from training.train_ner import (
    DEFAULT_PARAMS,
    FROGDATA,
    add_io_args,
    build_lexicon,
    doc_features,
    read_ud_tokens,
)

LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
SHIPPED_VARIANT = "probe,k256,pca16,layers=12+8"  # best on the ned.train split (MODEL_CARD.md)


def parse_variant(text: str) -> dict[str, object]:
    """"probe,k256,k64,pca16,layers=12+8,prefix=none,l2=1" -> options."""
    opts: dict[str, object] = {"probe": False, "kmeans": [], "pca": 0, "layers": (12,), "l2": 1.0,
                               "context": True, "prefix": "passage:"}
    for part in filter(None, text.split(",")):
        if part == "probe":
            opts["probe"] = True
        elif part == "noctx":
            opts["context"] = False
        elif part.startswith("k"):
            opts["kmeans"] = [*opts["kmeans"], int(part[1:])]  # type: ignore[list-item]
        elif part.startswith("pca"):
            opts["pca"] = int(part[3:])
        elif part.startswith("layers="):
            opts["layers"] = tuple(int(x) for x in part[7:].split("+"))
        elif part.startswith("l2="):
            opts["l2"] = float(part[3:])
        elif part.startswith("prefix="):
            opts["prefix"] = "" if part[7:] == "none" else part[7:]
        else:
            raise ValueError(f"unknown variant part {part!r}")
    return opts


def select_layers(states: np.ndarray, cached: Sequence[int], wanted: Sequence[int]) -> np.ndarray:
    dim = states.shape[1] // len(cached)
    return np.concatenate([states[:, cached.index(w) * dim:(cached.index(w) + 1) * dim] for w in wanted], axis=1)


def fit_probe(x: np.ndarray, y: np.ndarray, l2: float, iters: int = 150) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression by L-BFGS (deterministic: zero start, full batch)."""
    n, d = x.shape
    k = len(LABELS)
    onehot = np.zeros((n, k), dtype=np.float32)
    onehot[np.arange(n), y] = 1.0

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w = theta[:d * k].reshape(d, k).astype(np.float32)
        b = theta[d * k:].astype(np.float32)
        logits = x @ w + b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        nll = -float(np.log(np.maximum(p[np.arange(n), y], 1e-12)).sum()) / n
        g = (p - onehot) / n
        gw = x.T @ g + l2 * w / n
        gb = g.sum(axis=0)
        return nll + 0.5 * l2 * float((w * w).sum()) / n, np.concatenate([gw.ravel(), gb]).astype(np.float64)

    res = minimize(loss, np.zeros(d * k + k), jac=True, method="L-BFGS-B", options={"maxiter": iters})
    return res.x[:d * k].reshape(d, k).astype(np.float32), res.x[d * k:].astype(np.float32)


def kmeans(x: np.ndarray, k: int, seed: int = 0, iters: int = 20, sample: int = 60000) -> np.ndarray:
    rng = np.random.default_rng(seed)
    pts = x[rng.choice(len(x), size=min(sample, len(x)), replace=False)]
    c = pts[rng.choice(len(pts), size=k, replace=False)].copy()
    for _ in range(iters):
        d = (pts * pts).sum(1)[:, None] - 2 * pts @ c.T + (c * c).sum(1)[None, :]
        a = d.argmin(1)
        for j in range(k):
            m = a == j
            if m.any():
                c[j] = pts[m].mean(0)
    return c


def build_head(fit_x: np.ndarray, fit_y: np.ndarray, opts: dict[str, object]) -> EncoderHead:
    mean = fit_x.mean(0)
    scale = fit_x.std(0) + 1e-4
    head = EncoderHead(prefix=str(opts["prefix"]), layers=tuple(opts["layers"]),  # type: ignore[arg-type]
                       mean=mean, scale=scale, labels=list(LABELS), context=bool(opts["context"]))
    z = head.standardise(fit_x)
    if opts["probe"]:
        head.probe_w, head.probe_b = fit_probe(z, fit_y, float(opts["l2"]))  # type: ignore[arg-type]
    for k in opts["kmeans"]:  # type: ignore[attr-defined]
        head.centroids[int(k)] = kmeans(z, int(k))
    if opts["pca"]:
        _, _, vt = np.linalg.svd(z[::4] - z[::4].mean(0), full_matrices=False)
        head.pca = vt[:int(opts["pca"])].T.copy()  # type: ignore[call-overload]
    return head


def flat(docs: Sequence[ConllDoc], states: Sequence[Sequence[np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    x = np.concatenate([s for d in states for s in d])
    y = np.array([LABELS.index(t) if t in LABELS else 0 for d in docs for s in d for t in s.tags], dtype=np.int64)
    return x, y


def oof_probs(docs: Sequence[ConllDoc], states: Sequence[Sequence[np.ndarray]], head: EncoderHead,
              l2: float, folds: int = 5) -> list[list[np.ndarray]]:
    """Probe probabilities for every training token from a probe that did not see its document."""
    out: list[list[np.ndarray]] = [[] for _ in docs]
    for f in range(folds):
        fit = [i for i in range(len(docs)) if i % folds != f]
        x, y = flat([docs[i] for i in fit], [states[i] for i in fit])
        w, b = fit_probe(head.standardise(x), y, l2)
        probe = EncoderHead(head.prefix, head.layers, head.mean, head.scale, head.labels, w, b)
        for i in range(f, len(docs), folds):
            out[i] = [probe.probe(probe.standardise(s)) if len(s) else np.zeros((0, len(LABELS))) for s in states[i]]
        print(f"  probe fold {f + 1}/{folds}", file=sys.stderr)
    return out


def cached_oof(docs: Sequence[ConllDoc], states: Sequence[Sequence[np.ndarray]], head: EncoderHead,
               opts: dict[str, object], lex_key: str) -> list[list[np.ndarray]]:
    """Out-of-fold probe probabilities, cached in /tmp per (layers, l2, training set): they cost minutes."""
    key = hashlib.sha1(f"{opts['layers']}|{opts['l2']}|{opts['prefix']}|{lex_key}|{len(docs)}".encode()).hexdigest()[:10]
    path = CACHE / f"oof-{key}.npy"
    if path.exists():
        flat_probs = np.load(path)
    else:
        probs = oof_probs(docs, states, head, float(opts["l2"]))  # type: ignore[arg-type]
        flat_probs = np.concatenate([p for d in probs for p in d]).astype(np.float32)
        np.save(path, flat_probs)
    return split_rows(flat_probs, [[len(s) for s in d] for d in states])


def base_features(docs: Sequence[ConllDoc], lex_key: str, lex) -> list[list[list[str]]]:  # type: ignore[no-untyped-def]
    """Stage-1 CRF features of the training documents (own names hidden), cached in /tmp."""
    path = CACHE / f"basefeats-{lex_key}.pkl"
    if path.exists():
        return pickle.loads(path.read_bytes())
    feats = [doc_features(d, lex, True) for d in docs]
    path.write_bytes(pickle.dumps(feats, protocol=pickle.HIGHEST_PROTOCOL))
    return feats


def run(train_docs: Sequence[ConllDoc], train_states: Sequence[Sequence[np.ndarray]], eval_docs: Sequence[ConllDoc],
        eval_states: Sequence[Sequence[np.ndarray]], opts: dict[str, object], out_dir: Path, prefix: str,
        ud: list[list[str]], params: dict[str, float], lex_key: str) -> dict[str, object]:
    t0 = time.time()
    lex = build_lexicon(train_docs, ud, True)
    lex.external = FROGDATA
    x, y = flat(train_docs, train_states)
    head = build_head(x, y, opts)
    oof = cached_oof(train_docs, train_states, head, opts, lex_key) if opts["probe"] else None
    feats = base_features(train_docs, lex_key, lex)
    trainer = pycrfsuite.Trainer(verbose=False)
    for k, d in enumerate(train_docs):
        for j, (s, f) in enumerate(zip(d, feats[k])):
            extra = head.features(train_states[k][j], oof[k][j] if oof is not None else None)
            trainer.append([merge(a, b) for a, b in zip(f, extra)], s.tags)
    trainer.set_params({"feature.possible_transitions": True, **params})
    out_dir.mkdir(parents=True, exist_ok=True)
    model_path = out_dir / f"{prefix}.crfsuite"
    trainer.train(str(model_path))
    (out_dir / f"{prefix}_lexicon.json").write_text(
        json.dumps(lex.to_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":")), encoding="utf-8")
    head.save(out_dir / f"{prefix}.npz")
    model = EncoderNerModel(model_path, lex, head)
    pairs = []
    for d, st in zip(eval_docs, eval_states):
        pred = model.tag_document([s.tokens for s in d], st)
        pairs.extend((s.tags, p) for s, p in zip(d, pred))
    res = score(pairs).as_dict()
    if opts["probe"]:  # the probe alone, as a reference
        probe_pairs = []
        for d, st in zip(eval_docs, eval_states):
            for s, a in zip(d, st):
                lab = [LABELS[i] for i in head.probe(head.standardise(a)).argmax(1)] if len(a) else []
                probe_pairs.append((s.tags, lab))
        res["probe_only_f1"] = score(probe_pairs).as_dict()["overall"]["f1"]  # type: ignore[index]
    res["train_seconds"] = round(time.time() - t0, 1)
    res["model_bytes"] = sum((out_dir / f"{prefix}{s}").stat().st_size for s in (".crfsuite", "_lexicon.json", ".npz"))
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_io_args(ap)
    ap.add_argument("--variant", default=SHIPPED_VARIANT)
    ap.add_argument("--cached-layers", default="12+8", help="layers the state cache holds (computed once)")
    args = ap.parse_args(argv)
    if not (Path(FROGDATA) / "nergen.data.lex").exists():
        print(f"{FROGDATA} not found: the encoder model is trained on top of the frogdata features "
              "(apt-get install frogdata)", file=sys.stderr)
        return 1
    opts = parse_variant(args.variant)
    cached = tuple(int(x) for x in args.cached_layers.split("+"))
    if not set(opts["layers"]) <= set(cached):  # type: ignore[call-overload]
        cached = tuple(opts["layers"])  # type: ignore[arg-type]
    train_path = args.data / "ned.train"
    docs = read_conll(train_path)
    states = doc_states(docs, train_path, str(opts["prefix"]), cached)
    states = [[select_layers(s, cached, opts["layers"]) for s in d] for d in states]  # type: ignore[arg-type]
    ud = read_ud_tokens(args.ud)
    params = dict(DEFAULT_PARAMS)
    if args.tune:
        fit = [i for i in range(len(docs)) if i % 5 != 4]
        held = [i for i in range(len(docs)) if i % 5 == 4]
        res = run([docs[i] for i in fit], [states[i] for i in fit], [docs[i] for i in held], [states[i] for i in held],
                  opts, args.scratch, f"e5-tune-{hashlib.sha1(args.variant.encode()).hexdigest()[:6]}", ud, params,
                  "split")
        res["eval_on"] = "ned.train split (every 5th doc held out)"
    else:
        testa_path = args.data / "ned.testa"
        testa = read_conll(testa_path)
        testa_states = doc_states(testa, testa_path, str(opts["prefix"]), cached)
        testa_states = [[select_layers(s, cached, opts["layers"]) for s in d] for d in testa_states]  # type: ignore[arg-type]
        res = run(docs, states, testa, testa_states, opts, args.out, PREFIX, ud, params, "full")
        res["eval_on"] = "ned.testa"
    res["variant"] = args.variant
    print(json.dumps(res, ensure_ascii=False))
    print(f"encoder {args.variant} -> F1 {res['overall']['f1']:.4f} on {res['eval_on']}"  # type: ignore[index]
          + (f" (probe alone {res['probe_only_f1']:.4f})" if "probe_only_f1" in res else ""), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
