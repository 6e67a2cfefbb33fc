"""Sentences and tokens with character offsets, from spaCy's rule-based Dutch tokenizer."""

from __future__ import annotations

from functools import lru_cache

from duiding.records import Sentence, Token


@lru_cache(maxsize=1)
def _nlp():  # type: ignore[no-untyped-def]
    import spacy

    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 5_000_000
    return nlp


def split(text: str) -> tuple[list[Token], list[Sentence]]:
    """Tokens (whitespace dropped) and sentences; paragraph breaks always end a sentence."""
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    pos = 0
    for para in text.split("\n"):
        if para.strip():
            doc = _nlp()(para)
            for sent in doc.sents:
                first = len(tokens)
                for t in sent:
                    if t.is_space:
                        continue
                    tokens.append(Token(pos + t.idx, pos + t.idx + len(t.text), t.text, space_after=bool(t.whitespace_)))
                if len(tokens) > first:
                    sentences.append(Sentence(tokens[first].start, tokens[-1].end, first, len(tokens)))
        pos += len(para) + 1
    return tokens, sentences
