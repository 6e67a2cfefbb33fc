"""CoNLL-2002 files and conlleval-style entity scoring.

Used by training (reading ``ned.train``) and by ``duiding eval ner`` (scoring any CoNLL file), so
both see exactly the same chunking rules: IOB1 and IOB2 are both accepted (an ``I-X`` after a
different type or after ``O`` opens a new entity, as conlleval does), and the types PRO and EVE of
newer Dutch corpora are folded into MISC because our label set is PER/ORG/LOC/MISC.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

FOLD_TYPES = {"PRO": "MISC", "EVE": "MISC"}
DOCSTART = "-DOCSTART-"


@dataclass
class ConllSentence:
    tokens: list[str]
    tags: list[str]  # IOB tags as written in the file (types folded)
    pos: list[str] = field(default_factory=list)


ConllDoc = list[ConllSentence]


def fold_tag(tag: str) -> str:
    if tag in ("", "O", "_"):
        return "O"
    prefix, _, typ = tag.partition("-")
    if not typ:  # a bare type ("PER") is treated as inside
        prefix, typ = "I", prefix
    return f"{prefix}-{FOLD_TYPES.get(typ, typ)}"


def read_conll(path: str | Path) -> list[ConllDoc]:
    """Documents of sentences. Column 1 is the token, the last column the tag (POS in between if present)."""
    docs: list[ConllDoc] = [[]]
    tokens: list[str] = []
    tags: list[str] = []
    pos: list[str] = []

    def flush() -> None:
        if tokens:
            docs[-1].append(ConllSentence(list(tokens), list(tags), list(pos)))
            tokens.clear()
            tags.clear()
            pos.clear()

    with open(path, encoding="utf-8", errors="replace") as fh:
        for raw in fh:
            line = raw.rstrip("\n\r")
            if not line.strip():
                flush()
                continue
            cols = line.split()
            if cols[0] == DOCSTART:
                flush()
                if docs[-1]:
                    docs.append([])
                continue
            tokens.append(cols[0])
            tags.append(fold_tag(cols[-1]) if len(cols) > 1 else "O")
            pos.append(cols[1] if len(cols) > 2 else "")
    flush()
    return [d for d in docs if d]


def chunks(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entities as (first token, one past last token, type), conlleval rules."""
    out: list[tuple[int, int, str]] = []
    start, typ = -1, ""
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, t = tag.partition("-")
        begins = prefix == "B" or (prefix == "I" and t != typ) or prefix == "S"
        if typ and (prefix == "O" or begins or t != typ):
            out.append((start, i, typ))
            typ = ""
        if prefix in ("B", "I", "S") and (begins or not typ):
            start, typ = i, t
        if prefix in ("E", "S") and typ:
            out.append((start, i + 1, typ))
            typ = ""
    return out


@dataclass
class Score:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    tokens: int = 0
    correct_tokens: int = 0

    def add(self, gold: Sequence[str], pred: Sequence[str]) -> None:
        g, p = set(chunks(gold)), set(chunks(pred))
        for c in g & p:
            self.tp[c[2]] += 1
        for c in p - g:
            self.fp[c[2]] += 1
        for c in g - p:
            self.fn[c[2]] += 1
        self.tokens += len(gold)
        self.correct_tokens += sum(a == b for a, b in zip(gold, pred))

    def prf(self, typ: str | None = None) -> tuple[float, float, float]:
        if typ is None:
            tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        else:
            tp, fp, fn = self.tp[typ], self.fp[typ], self.fn[typ]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    @property
    def types(self) -> list[str]:
        return sorted(set(self.tp) | set(self.fp) | set(self.fn))

    def as_dict(self) -> dict[str, object]:
        def one(typ: str | None) -> dict[str, float | int]:
            p, r, f = self.prf(typ)
            src = (self.tp, self.fp, self.fn)
            tp, fp, fn = (sum(c.values()) if typ is None else c[typ] for c in src)
            return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                    "gold": tp + fn, "predicted": tp + fp, "correct": tp}

        return {
            "tokens": self.tokens,
            "token_accuracy": round(self.correct_tokens / self.tokens, 4) if self.tokens else 0.0,
            "overall": one(None),
            "per_type": {t: one(t) for t in self.types},
        }


def score(pairs: Iterable[tuple[Sequence[str], Sequence[str]]]) -> Score:
    s = Score()
    for gold, pred in pairs:
        s.add(gold, pred)
    return s


def iter_sentences(docs: Iterable[ConllDoc]) -> Iterator[ConllSentence]:
    for d in docs:
        yield from d
