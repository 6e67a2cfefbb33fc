"""Typed records passed between the pipeline stages.

Every fact extracted from an article carries a ``span``: ``(start, end)`` in characters of
``Article.text`` (the cleaned body that was analysed). ``Article.to_original`` maps such an
offset back to the characters of the text as it was read.
"""

from __future__ import annotations

import bisect
from dataclasses import asdict, dataclass, field, fields
from functools import cached_property
from typing import Any, Literal

Span = tuple[int, int]
EntityType = Literal["PER", "ORG", "LOC", "MISC"]
DatePrecision = Literal["year", "month", "day"]


@dataclass(frozen=True)
class Segment:
    """A run of ``length`` characters copied unchanged from ``orig_start`` to ``text_start``."""

    text_start: int
    orig_start: int
    length: int


@dataclass
class OffsetMap:
    """Maps offsets in a normalised text back to the original characters.

    Stored as sorted segments; characters between segments were inserted by normalisation
    and map to the end of the previous segment.
    """

    segments: list[Segment] = field(default_factory=list)

    def to_original(self, pos: int) -> int:
        if not self.segments:
            return pos
        starts = [s.text_start for s in self.segments]
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0:
            return self.segments[0].orig_start
        seg = self.segments[i]
        return seg.orig_start + min(pos - seg.text_start, seg.length)

    def span_to_original(self, span: Span) -> Span:
        start, end = span
        if end <= start:
            o = self.to_original(start)
            return (o, o)
        return (self.to_original(start), self.to_original(end - 1) + 1)

    def to_json(self) -> list[list[int]]:
        return [[s.text_start, s.orig_start, s.length] for s in self.segments]

    @classmethod
    def from_json(cls, data: list[list[int]] | None) -> OffsetMap:
        return cls([Segment(*row) for row in (data or [])])


@dataclass
class Removed:
    """A piece of the original that ingest dropped (menu, 'LEES OOK' block, byline ...)."""

    text: str
    reason: str
    span: Span  # in the original


@dataclass
class Article:
    id: str
    source: str
    text: str
    title: str | None = None
    url: str | None = None
    date: str | None = None  # ISO 8601 at the precision known
    date_precision: DatePrecision | None = None
    provided_takeaways: list[str] = field(default_factory=list)
    original: str = ""
    offsets: OffsetMap = field(default_factory=OffsetMap)
    removed: list[Removed] = field(default_factory=list)
    format: str = "text"
    warnings: list[str] = field(default_factory=list)

    def to_original(self, pos: int) -> int:
        return self.offsets.to_original(pos)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["offsets"] = self.offsets.to_json()
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        d = dict(d)
        d["offsets"] = OffsetMap.from_json(d.get("offsets"))
        d["removed"] = [Removed(r["text"], r["reason"], tuple(r["span"])) for r in d.get("removed", [])]
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})


# --- language layer -------------------------------------------------------------------------


@dataclass
class Token:
    start: int
    end: int
    text: str
    lemma: str = ""
    pos: str = ""  # UD universal POS tag
    space_after: bool = True


@dataclass
class Sentence:
    start: int
    end: int
    token_start: int  # index of first token in LanguageLayer.tokens
    token_end: int  # one past the last token


@dataclass
class NamedEntity:
    start: int
    end: int
    label: EntityType
    text: str
    source: str = ""  # backend that produced it: crf, frog, gazetteer, rules ...


@dataclass
class LanguageLayer:
    backend: str
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[NamedEntity] = field(default_factory=list)

    def sentence_tokens(self, sent: Sentence) -> list[Token]:
        return self.tokens[sent.token_start : sent.token_end]

    @cached_property
    def inflected_nouns(self) -> frozenset[int]:
        """Start offsets of tokens tagged as an inflected common noun ('Vrienden' -> 'vriend', 'rederijen' ->
        'rederij'); computed once per layer, as mentions and quotes both read it."""
        return frozenset(t.start for t in self.tokens if t.pos == "NOUN" and t.text.isalpha() and t.lemma[:1].islower()
                         and t.lemma != t.text.lower() and t.text[1:].islower())

    def sentence_at(self, pos: int) -> Sentence | None:
        for s in self.sentences:
            if s.start <= pos < s.end:
                return s
        return None


# --- extracted facts ------------------------------------------------------------------------


@dataclass
class Mention:
    text: str
    span: Span
    type: EntityType
    key: str  # normalised name used to group mentions before corpus-level resolution
    entity: str | None = None  # id in the corpus entity list, filled by resolve
    role: str | None = None  # title or function written with the name (premier, NAVO-topman ...)
    derived_from: str | None = None  # adjective/demonym -> what it points to ("Amerikaanse" -> Verenigde Staten)


@dataclass
class Quote:
    text: str
    kind: Literal["direct", "indirect", "mixed"]
    speaker: str | None
    span: Span
    cue: str | None = None
    speaker_entity: str | None = None
    speaker_span: Span | None = None  # where the speaker is written (may be a pronoun)
    speaker_key: str | None = None  # key of the mention the speaker resolved to


@dataclass
class DateMention:
    text: str
    value: str | None  # ISO 8601 at the precision supported, a duration (P1W) or None
    span: Span
    kind: Literal["date", "duration", "time", "set"] = "date"
    relation: Literal["past", "present", "future"] | None = None
    note: str | None = None  # e.g. "weekday unresolvable: publication date known to the month only"


@dataclass
class Amount:
    text: str
    value: float
    unit: str  # ISO 4217 code, '%', or the counted noun
    span: Span
    kind: Literal["money", "count", "percent"] = "count"
    note: str | None = None  # qualifier or inference: "about", "range up to 6e9", "currency from context" ...
    total: float | None = None  # the whole a count is part of: "28 van de 32 landen" -> 32


@dataclass
class Pledge:
    giver: str
    what: str
    span: Span
    amount: dict[str, Any] | None = None  # {"value": float, "unit": str}
    recipient: str | None = None
    status: Literal["promised", "delivered", "considered"] = "promised"
    date: str | None = None
    giver_entity: str | None = None
    giver_key: str | None = None
    cue: str | None = None


@dataclass
class Takeaway:
    text: str
    sources: list[Span]
    score: float = 0.0


@dataclass
class ArticleAnalysis:
    """Everything the per-article step produces: a pure function of the article and resources."""

    article_id: str
    language: LanguageLayer
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    pledges: list[Pledge] = field(default_factory=list)
    takeaways: list[Takeaway] = field(default_factory=list)
    version: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ArticleAnalysis:
        lang = d["language"]
        layer = LanguageLayer(
            backend=lang["backend"],
            tokens=[Token(**t) for t in lang["tokens"]],
            sentences=[Sentence(**s) for s in lang["sentences"]],
            entities=[NamedEntity(**e) for e in lang["entities"]],
        )

        def spans(items: list[dict[str, Any]], keys: tuple[str, ...] = ("span",)) -> list[dict[str, Any]]:
            out = []
            for it in items:
                it = dict(it)
                for k in keys:
                    if it.get(k) is not None:
                        it[k] = tuple(it[k])
                out.append(it)
            return out

        return cls(
            article_id=d["article_id"],
            language=layer,
            mentions=[Mention(**m) for m in spans(d.get("mentions", []))],
            quotes=[Quote(**q) for q in spans(d.get("quotes", []), ("span", "speaker_span"))],
            dates=[DateMention(**x) for x in spans(d.get("dates", []))],
            amounts=[Amount(**x) for x in spans(d.get("amounts", []))],
            pledges=[Pledge(**x) for x in spans(d.get("pledges", []))],
            takeaways=[Takeaway(text=t["text"], sources=[tuple(s) for s in t["sources"]], score=t.get("score", 0.0)) for t in d.get("takeaways", [])],
            version=d.get("version", ""),
        )


@dataclass
class Entity:
    """One real-world person, organisation or place across the corpus."""

    id: str
    name: str
    type: EntityType
    aliases: list[str] = field(default_factory=list)
    roles: list[dict[str, Any]] = field(default_factory=list)  # {"role": "premier", "date": "2024-04", "article": id}
    mention_count: int = 0


@dataclass
class Story:
    id: str
    title: str
    articles: list[str] = field(default_factory=list)
    first_date: str | None = None
    last_date: str | None = None
    key_entities: list[str] = field(default_factory=list)


@dataclass
class IngestError:
    """A problem with one input; ``str()`` is the one-line message shown to the user."""

    source: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.message}"
