"""Built-in backends. ``fast``: spaCy tokenizer + the project's CRF tagger/NER (see ``ner``)."""

from __future__ import annotations

from duiding.analyse.language import register
from duiding.analyse.language.tokenize import split
from duiding.records import LanguageLayer


class TokenizerOnly:
    """Sentences and tokens only; used when no NER model is wanted (and as a base for others)."""

    name = "tokens"

    def analyse(self, text: str) -> LanguageLayer:
        tokens, sentences = split(text)
        return LanguageLayer(backend=self.name, tokens=tokens, sentences=sentences)


@register("tokens")
def _tokens() -> TokenizerOnly:
    return TokenizerOnly()


@register("fast")
def _fast() -> TokenizerOnly:
    # Replaced by the CRF pipeline once its model is in place (issue: language analysis).
    return TokenizerOnly()
