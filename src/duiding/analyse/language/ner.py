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
from duiding.analyse.language.features import DocContext, Lexicon, sentence_features

MODEL_NAME = "ner.crfsuite"
LEXICON_NAME = "ner_lexicon.json"


class ModelMissing(RuntimeError):
    pass


def data_path(name: str) -> Path:
    """A file shipped under ``duiding/data`` (trained artefacts)."""
    return Path(duiding.__file__).resolve().parent / "data" / name


class NerModel:
    def __init__(self, model_path: str | Path, lexicon: Lexicon, use_doc_context: bool = True) -> None:
        import pycrfsuite

        if not Path(model_path).exists():
            raise ModelMissing(f"NER model not found at {model_path}; train it with: python -m training.train_ner")
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(model_path))
        self.lexicon = lexicon
        self.use_doc_context = use_doc_context

    @classmethod
    def from_dir(cls, directory: str | Path, prefix: str = "ner") -> NerModel:
        d = Path(directory)
        lex_path = d / f"{prefix}_lexicon.json"
        if not lex_path.exists():
            raise ModelMissing(f"NER lexicon not found at {lex_path}; train it with: python -m training.train_ner")
        return cls(d / f"{prefix}.crfsuite", Lexicon.load(lex_path))

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        doc = DocContext.build(sentences) if self.use_doc_context else None
        out = []
        for words in sentences:
            if not words:
                out.append([])
                continue
            out.append(self.tagger.tag(sentence_features(words, self.lexicon, doc)))
        return out


@lru_cache(maxsize=1)
def default_model() -> NerModel:
    """The shipped model (``duiding/data/ner.crfsuite``), loaded once per process."""
    return NerModel.from_dir(data_path("."))
