"""The ``accurate`` NER model: the CRF of ``ner`` plus features read off multilingual-e5 word states.

The CRF with Frog's name lists still confuses names it has never seen (a new company typed as a
person, a small town typed as a person). Contextual states from a pre-trained encoder carry that
knowledge, but a CRF cannot use 768 raw floats well, so ``EncoderHead`` turns them into a few
features (trained by ``training/encoder_ner.py``, stored in ``data/ner_e5.npz``):

- ``e5p=LABEL``: probabilities of a softmax probe that predicts the IOB label from the state alone
  (trained out-of-fold on the training documents, so the CRF learns how far to trust it);
- ``e5a=LABEL``: the probe's best label, also for the neighbours (±1);
- ``e5kK=ID``: k-means cluster of the state (discrete, robust), also for the neighbours;
- ``e5pcN``: the first principal components of the state (optional).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from duiding.analyse.language.features import DocContext, Lexicon, sentence_features

PREFIX = "ner_e5"


@dataclass
class EncoderHead:
    """Everything needed to turn word states into CRF features (small numpy arrays)."""

    prefix: str
    layers: tuple[int, ...]
    mean: np.ndarray
    scale: np.ndarray
    labels: list[str] = field(default_factory=list)
    probe_w: np.ndarray | None = None  # (dim, labels)
    probe_b: np.ndarray | None = None
    centroids: dict[int, np.ndarray] = field(default_factory=dict)  # k -> (k, dim)
    pca: np.ndarray | None = None  # (dim, components)
    context: bool = True

    def standardise(self, states: np.ndarray) -> np.ndarray:
        return (states - self.mean) / self.scale

    def probe(self, z: np.ndarray) -> np.ndarray:
        assert self.probe_w is not None and self.probe_b is not None
        logits = z @ self.probe_w + self.probe_b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        return p / p.sum(axis=1, keepdims=True)

    def clusters(self, z: np.ndarray, k: int) -> np.ndarray:
        c = self.centroids[k]
        d = (z * z).sum(1)[:, None] - 2 * z @ c.T + (c * c).sum(1)[None, :]
        return d.argmin(axis=1)

    def features(self, states: np.ndarray, probs: np.ndarray | None = None) -> list[dict[str, float]]:
        """Features per word of one sentence; ``probs`` overrides the probe (out-of-fold training)."""
        n = states.shape[0]
        out: list[dict[str, float]] = [{} for _ in range(n)]
        if n == 0:
            return out
        z = self.standardise(states.astype(np.float32))
        if probs is None and self.probe_w is not None:
            probs = self.probe(z)
        if probs is not None:
            best = probs.argmax(axis=1)
            for i in range(n):
                f = out[i]
                for j, lab in enumerate(self.labels):
                    if probs[i, j] >= 0.01:
                        f["e5p=" + lab] = float(probs[i, j])
                f["e5a=" + self.labels[best[i]]] = 1.0
                if self.context:
                    for d in (-1, 1):
                        if 0 <= i + d < n:
                            f[f"{d}e5a=" + self.labels[best[i + d]]] = 1.0
        for k in self.centroids:
            ids = self.clusters(z, k)
            for i in range(n):
                out[i][f"e5k{k}={ids[i]}"] = 1.0
                if self.context:
                    for d in (-1, 1):
                        if 0 <= i + d < n:
                            out[i][f"{d}e5k{k}={ids[i + d]}"] = 1.0
        if self.pca is not None:
            pcs = z @ self.pca
            for i in range(n):
                for j in range(pcs.shape[1]):
                    out[i][f"e5pc{j}"] = float(pcs[i, j])
        return out

    def save(self, path: Path) -> None:
        arrays: dict[str, np.ndarray] = {
            "prefix": np.array(self.prefix), "layers": np.array(self.layers, dtype=np.int32),
            "mean": self.mean.astype(np.float32), "scale": self.scale.astype(np.float32),
            "labels": np.array(self.labels), "context": np.array(self.context),
        }
        if self.probe_w is not None and self.probe_b is not None:
            arrays["probe_w"] = self.probe_w.astype(np.float32)
            arrays["probe_b"] = self.probe_b.astype(np.float32)
        for k, c in self.centroids.items():
            arrays[f"centroids_{k}"] = c.astype(np.float16)
        if self.pca is not None:
            arrays["pca"] = self.pca.astype(np.float32)
        with open(path, "wb") as fh:
            np.savez_compressed(fh, **arrays)

    @classmethod
    def load(cls, path: Path) -> EncoderHead:
        z = np.load(path)
        return cls(
            prefix=str(z["prefix"]), layers=tuple(int(x) for x in z["layers"]),
            mean=z["mean"], scale=z["scale"], labels=[str(x) for x in z["labels"]],
            probe_w=z.get("probe_w", None), probe_b=z.get("probe_b", None),
            centroids={int(k.split("_")[1]): z[k].astype(np.float32) for k in z.files if k.startswith("centroids_")},
            pca=z.get("pca", None), context=bool(z["context"]),
        )


def merge(strings: Sequence[str], extra: dict[str, float]) -> dict[str, float]:
    f = dict.fromkeys(strings, 1.0)
    f.update(extra)
    return f


class EncoderNerModel:
    """CRF over the usual features plus encoder features; same interface as ``NerModel``."""

    def __init__(self, model_path: Path, lexicon: Lexicon, head: EncoderHead) -> None:
        import pycrfsuite

        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(model_path))
        self.lexicon = lexicon
        self.head = head
        self.name = "crf+e5" + ("+frogdata" if lexicon.external else "")
        self.consistency = True
        self._encoder = None

    @property
    def encoder(self):  # type: ignore[no-untyped-def]
        if self._encoder is None:
            from duiding.analyse.language.encoder import default_encoder

            self._encoder = default_encoder(self.head.prefix, self.head.layers)
        return self._encoder

    def tag_document(self, sentences: Sequence[Sequence[str]],
                     states: Sequence[np.ndarray] | None = None) -> list[list[str]]:
        from duiding.analyse.language.ner import consistent

        if states is None:
            states = self.encoder.encode(sentences)
        doc = DocContext.build(sentences)
        tags = []
        for words, st in zip(sentences, states):
            if not words:
                tags.append([])
                continue
            base = sentence_features(words, self.lexicon, doc)
            extra = self.head.features(st)
            tags.append(self.tagger.tag([merge(b, e) for b, e in zip(base, extra)]))
        if self.consistency:
            tags = consistent(sentences, tags, self.lexicon.lower_common)
        return tags

    @classmethod
    def from_dir(cls, directory: Path, prefix: str = PREFIX) -> EncoderNerModel:
        from duiding.analyse.language.ner import ModelMissing

        paths = [directory / f"{prefix}{s}" for s in (".crfsuite", "_lexicon.json", ".npz")]
        for p in paths:
            if not p.exists():
                raise ModelMissing(f"{p} not found; train it with: python -m training.train_ner --config encoder")
        return cls(paths[0], Lexicon.load(paths[1]), EncoderHead.load(paths[2]))


@lru_cache(maxsize=1)
def default_encoder_model() -> EncoderNerModel:
    from duiding.analyse.language.features import ExternalDataMissing
    from duiding.analyse.language.ner import data_path

    model = EncoderNerModel.from_dir(data_path("."))
    if model.lexicon.external and not (Path(model.lexicon.external) / "nergen.data.lex").exists():
        raise ExternalDataMissing(f"the accurate NER model needs Frog's name lists in {model.lexicon.external} "
                                  "(apt-get install frogdata)")
    return model
