"""Optional ``frog`` backend: named entities from Frog (CLST/ILK), run as the ``frog`` program.

Install with ``apt-get install frog frogdata``. Frog is started once per call with our own tokens
(one sentence per line, its tokenizer, morphology, chunker, multi-word units and parser skipped),
so its tags line up with our character offsets. POS tags and lemmas still come from the ``fast``
components, so every backend gives UD tags. Frog's entity types are mapped to ours (PRO and EVE to
MISC) and its habit of tagging nationality adjectives as places is undone.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from duiding.analyse.language.features import hand_lists, normalise_token
from duiding.analyse.language.postprocess import entities_from_tags, fill_text
from duiding.analyse.language.tokenize import split
from duiding.records import LanguageLayer

FROG_TYPES = {"per": "PER", "org": "ORG", "loc": "LOC", "misc": "MISC", "pro": "MISC", "eve": "MISC"}


class FrogMissing(RuntimeError):
    pass


class FrogBackend:
    name = "frog"

    def __init__(self, binary: str | None = None, timeout: float = 1800) -> None:
        self.binary = binary or shutil.which("frog") or ""
        if not self.binary:
            raise FrogMissing("Frog is not installed (apt-get install frog frogdata)")
        if not Path("/usr/share/frog/nld/frog.cfg").exists():
            raise FrogMissing("Frog's Dutch data is not installed (apt-get install frogdata)")
        self.timeout = timeout

    def _run(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """One Frog run over many sentences -> one IOB tag per token (O where alignment fails)."""
        lines = [" ".join(w.replace(" ", "_") for w in s) if s else "." for s in sentences]
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "in.txt"
            src.write_text("\n".join(lines) + "\n", encoding="utf-8")
            proc = subprocess.run([self.binary, "-t", str(src), "-n", "--skip=tmacp"], capture_output=True,
                                  text=True, timeout=self.timeout, check=False, cwd=tmp)
        if proc.returncode != 0:
            raise RuntimeError(f"frog failed: {proc.stderr.strip().splitlines()[-1:] or proc.returncode}")
        blocks: list[list[list[str]]] = [[]]
        for line in proc.stdout.splitlines():
            if not line.strip():
                if blocks[-1]:
                    blocks.append([])
                continue
            blocks[-1].append(line.split("\t"))
        blocks = [b for b in blocks if b]
        out = []
        for k, words in enumerate(sentences):
            rows = blocks[k] if k < len(blocks) else []
            if len(rows) != len(words) or not words:
                out.append(["O"] * len(words))
                continue
            out.append([self._tag(w, r[6] if len(r) > 6 else "O") for w, r in zip(words, rows)])
        return out

    @staticmethod
    def _tag(word: str, frog_tag: str) -> str:
        prefix, _, typ = frog_tag.partition("-")
        if prefix not in ("B", "I") or typ.lower() not in FROG_TYPES:
            return "O"
        label = FROG_TYPES[typ.lower()]
        if label == "LOC" and word in hand_lists().demonyms:
            label = "MISC"
        return f"{prefix}-{label}"

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        return self._run([[normalise_token(w) for w in s] for s in sentences])

    def tag_documents(self, docs: Sequence[Sequence[Sequence[str]]]) -> list[list[list[str]]]:
        """Many documents in one Frog run (starting Frog takes seconds)."""
        flat = [s for d in docs for s in d]
        tags = self.tag_document(flat)
        out, i = [], 0
        for d in docs:
            out.append(tags[i:i + len(d)])
            i += len(d)
        return out

    def analyse(self, text: str) -> LanguageLayer:
        from duiding.analyse.language.pos import default_pos_tagger

        tokens, sentences = split(text)
        words = [[t.text for t in tokens[s.token_start:s.token_end]] for s in sentences]
        pos = default_pos_tagger()
        for s, ws in zip(sentences, words):
            for tok, tag in zip(tokens[s.token_start:s.token_end], pos.tag(ws)):
                tok.pos = tag
                tok.lemma = pos.lemmatizer.lemma(tok.text, tag)
        entities = []
        for s, tags in zip(sentences, self.tag_document(words)):
            entities.extend(entities_from_tags(tokens[s.token_start:s.token_end], tags, source="frog"))
        fill_text(entities, text)
        return LanguageLayer(backend=self.name, tokens=tokens, sentences=sentences, entities=entities)
