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
    return tokens, _reattach_opening_quotes(tokens, sentences)


QUOTE_MARKS = frozenset("\"'„“”‘’‚«»")


def _reattach_opening_quotes(tokens: list[Token], sentences: list[Sentence]) -> list[Sentence]:
    """The sentencizer leaves an opening quote mark at the end of the previous sentence
    ('… kazernes. "Dit is …'): a quote mark with a space before it and none after it opens the next sentence."""
    out: list[Sentence] = []
    for i, sent in enumerate(sentences):
        if out and out[-1].token_end != sent.token_start:  # tokens moved here from the previous sentence
            sent = Sentence(tokens[out[-1].token_end].start, sent.end, out[-1].token_end, sent.token_end)
        last = tokens[sent.token_end - 1]
        nxt = sentences[i + 1] if i + 1 < len(sentences) else None
        if (nxt is not None and sent.token_end - sent.token_start > 1 and last.text in QUOTE_MARKS
                and not last.space_after and last.end == tokens[nxt.token_start].start
                and tokens[sent.token_end - 2].space_after):
            sent = Sentence(sent.start, tokens[sent.token_end - 2].end, sent.token_start, sent.token_end - 1)
        out.append(sent)
    return out
