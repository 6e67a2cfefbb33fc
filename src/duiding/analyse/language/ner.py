"""CRF named-entity tagger (PER/ORG/LOC/MISC), trained on CoNLL-2002 Dutch by ``training/train_ner.py``.

``NerModel.tag_document`` takes the sentences of one document as lists of token strings and returns
IOB tags; the whole document is passed at once because some features look at the other sentences
(see ``features.DocContext``). Span clean-up for real text lives in ``postprocess``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import duiding
from duiding.analyse.language.conll import chunks
from duiding.analyse.language.features import DocContext, Lexicon, sentence_features, stacked_features

MODEL_NAME = "ner.crfsuite"
LEXICON_NAME = "ner_lexicon.json"


class ModelMissing(RuntimeError):
    pass


def data_path(name: str) -> Path:
    """A file shipped under ``duiding/data`` (trained artefacts)."""
    return Path(duiding.__file__).resolve().parent / "data" / name


class NerModel:
    def __init__(self, model_path: str | Path, lexicon: Lexicon, use_doc_context: bool = True,
                 stage2_path: str | Path | None = None) -> None:
        import pycrfsuite

        for p in (model_path, stage2_path):
            if p is not None and not Path(p).exists():
                raise ModelMissing(f"NER model not found at {p}; train it with: python -m training.train_ner")
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(model_path))
        self.stage2 = None
        if stage2_path is not None:
            self.stage2 = pycrfsuite.Tagger()
            self.stage2.open(str(stage2_path))
        self.lexicon = lexicon
        self.use_doc_context = use_doc_context
        self.name = "crf"
        self.consistency = True

    @classmethod
    def from_dir(cls, directory: str | Path, prefix: str = "ner") -> NerModel:
        d = Path(directory)
        lex_path = d / f"{prefix}_lexicon.json"
        if not lex_path.exists():
            raise ModelMissing(f"NER lexicon not found at {lex_path}; train it with: python -m training.train_ner")
        stage2 = d / f"{prefix}_stage2.crfsuite"
        return cls(d / f"{prefix}.crfsuite", Lexicon.load(lex_path), stage2_path=stage2 if stage2.exists() else None)

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        doc = DocContext.build(sentences) if self.use_doc_context else None
        feats = [sentence_features(words, self.lexicon, doc) for words in sentences]
        tags = [self.tagger.tag(f) if f else [] for f in feats]
        if self.stage2 is not None:
            extra = stacked_features(sentences, tags)
            tags = [self.stage2.tag([a + b for a, b in zip(f, e)]) if f else [] for f, e in zip(feats, extra)]
        if self.consistency:
            tags = consistent(sentences, tags, self.lexicon.lower_common)
        return tags


def consistent(sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]],
               lower_common: frozenset[str] = frozenset(), propagate: bool = True) -> list[list[str]]:
    """One name, one type per document; and a name found once is found everywhere.

    Types: a name tagged with different types takes its majority type (ties keep the tagger's).
    Propagation: a capitalised single word that was tagged elsewhere in the document but not here
    (typically "Biden zegt ..." at the start of a sentence) gets the same type, unless it is an
    ordinary lowercase word ("Volgens", "Ook").
    """
    from collections import Counter

    types: dict[str, Counter[str]] = {}
    for words, t in zip(sentences, tags):
        for a, b, typ in chunks(t):
            types.setdefault(" ".join(words[a:b]), Counter())[typ] += 1
    out = []
    for words, t in zip(sentences, tags):
        t = list(t)
        for a, b, typ in chunks(t):
            counts = types[" ".join(words[a:b])]
            best, n = counts.most_common(1)[0]
            if best != typ and n > counts[typ]:
                t[a:b] = ["B-" + best] + ["I-" + best] * (b - a - 1)
        if propagate:
            for i, w in enumerate(words):
                if t[i] != "O" or not w[:1].isupper() or w.lower() in lower_common:
                    continue
                if (i > 0 and t[i - 1] != "O") or (i + 1 < len(t) and t[i + 1] != "O"):
                    continue  # part of a longer name the tagger already delimited
                counts = types.get(w)
                if counts:
                    t[i] = "B-" + counts.most_common(1)[0][0]
        out.append(t)
    return out


LEXICAL_PREFIX = "ner_frogdata"


def lexical_model_usable() -> bool:
    """The better model needs Frog's name lists on this machine (Debian package frogdata)."""
    lex = data_path(f"{LEXICAL_PREFIX}_lexicon.json")
    if not lex.exists() or not data_path(f"{LEXICAL_PREFIX}.crfsuite").exists():
        return False
    external = Lexicon.load(lex).external
    return bool(external) and (Path(external) / "nergen.data.lex").exists()


@lru_cache(maxsize=2)
def default_model(prefer_lexical: bool = True) -> NerModel:
    """The shipped model, loaded once per process.

    ``ner_frogdata`` (trained with Frog's name lists as extra features) when those lists are
    installed, otherwise the self-contained ``ner`` model. ``NerModel.name`` tells which.
    """
    if prefer_lexical and lexical_model_usable():
        model = NerModel.from_dir(data_path("."), LEXICAL_PREFIX)
        model.name = "crf+frogdata"
    else:
        model = NerModel.from_dir(data_path("."))
    return model
