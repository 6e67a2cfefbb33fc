"""Pydantic models of the JSON API; their descriptions end up in ``/openapi.json``.

The article detail is the contract document (``report.contract``), so it is declared with its main
fields and allows the rest, instead of duplicating the whole JSON schema here.
"""

from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")

SpanField = Field(description="(start, end) in characters of the article's cleaned text.")


class Page(BaseModel, Generic[T]):
    """One page of a longer list: pass ``next_offset`` as ``offset`` to get the next page."""

    items: list[T] = Field(description="The rows on this page.")
    total: int = Field(description="How many rows match the filters in all.")
    limit: int = Field(description="Page size that was applied.")
    offset: int = Field(description="Index of the first row on this page.")
    next_offset: int | None = Field(None, description="Offset of the next page, or null on the last page.")


class ArticleSummary(BaseModel):
    id: str = Field(description="Stable article id (content hash based).")
    title: str | None = Field(None, description="Headline, when known.")
    date: str | None = Field(None, description="Publication date, ISO 8601 at the precision known.")
    source: str = Field(description="Where the article was read from (path or URL).")
    url: str | None = Field(None, description="Canonical URL, when known.")
    near_duplicate_of: str | None = Field(None, description="Id of the article this one is a near-duplicate of.")
    chars: int | None = Field(None, description="Length of the cleaned text.")
    analysis_version: str | None = Field(None, description="Version of the stored analysis (null: not analysed).")


class ArticleDocument(BaseModel):
    """One article with its analysis, exactly as ``duiding analyze --format json`` prints it."""

    model_config = ConfigDict(extra="allow")
    id: str
    source: str
    title: str | None = None
    date: str | None = None
    text: str = Field(description="The cleaned text all spans refer to.")
    takeaways: list[dict[str, Any]] = Field(default_factory=list, description="Key takeaways with source spans.")
    mentions: list[dict[str, Any]] = Field(default_factory=list, description="Named-entity mentions.")
    quotes: list[dict[str, Any]] = Field(default_factory=list, description="Direct, indirect and mixed quotes.")
    dates: list[dict[str, Any]] = Field(default_factory=list, description="Date expressions and their values.")
    amounts: list[dict[str, Any]] = Field(default_factory=list, description="Money, counts and percentages.")
    pledges: list[dict[str, Any]] = Field(default_factory=list, description="Commitments: who gives what.")


class AnalysisDocument(BaseModel):
    """The contract document for one article: the article plus the entities and stories it touches."""

    model_config = ConfigDict(extra="allow")
    version: str = Field(description="duiding version that wrote the document.")
    articles: list[ArticleDocument]
    entities: list[dict[str, Any]] = Field(default_factory=list, description="Entities the article mentions.")
    stories: list[dict[str, Any]] = Field(default_factory=list, description="Stories the article belongs to.")


class EntityRef(BaseModel):
    id: str | None = Field(None, description="Entity id (null when only a name is known).")
    name: str
    type: str = Field(description="PER, ORG, LOC or MISC.")


class EntitySummary(BaseModel):
    id: str
    name: str = Field(description="Canonical name (the longest form seen).")
    type: str = Field(description="PER, ORG, LOC or MISC.")
    aliases: list[str] = Field(default_factory=list, description="Other spellings seen in the articles.")
    roles: list[dict[str, Any]] = Field(default_factory=list, description="Roles with date and article.")
    mention_count: int = Field(0, description="Mentions across the corpus.")


class CoEntity(EntityRef):
    articles: int = Field(description="Articles (of the sample) both entities appear in.")
    mentions: int = Field(description="Mentions of this entity in those articles.")


class EntityDetail(BaseModel):
    entity: EntitySummary
    roles: list[dict[str, Any]] = Field(description="Role history, oldest first ({role, date, article}).")
    quotes: list[QuoteRow] = Field(description="Latest quotes by this entity (see /api/quotes?who= for all).")
    co_occurring: list[CoEntity] = Field(description="Entities appearing in the same articles, most shared first.")
    articles: list[dict[str, Any]] = Field(description="Latest articles mentioning the entity.")
    article_total: int = Field(description="How many articles mention the entity.")


class QuoteRow(BaseModel):
    model_config = ConfigDict(extra="allow")
    text: str = Field(description="What was said (direct: the quoted words; indirect: the reported clause).")
    kind: Literal["direct", "indirect", "mixed"] | str
    speaker: str | None = Field(None, description="Speaker as written (after pronoun/role resolution).")
    speaker_entity: str | None = Field(None, description="Entity id of the speaker, when resolved.")
    span: list[int] = SpanField
    cue: str | None = Field(None, description="The verb or phrase that signals the quote (zei, aldus, volgens).")
    article_id: str
    article_date: str | None = None
    article_title: str | None = None
    article_source: str | None = None


class PledgeRow(BaseModel):
    model_config = ConfigDict(extra="allow")
    giver: str
    what: str
    status: str = Field(description="promised, delivered or considered.")
    amount: dict[str, Any] | None = Field(None, description="{value, unit} when the pledge has an amount.")
    recipient: str | None = None
    date: str | None = None
    span: list[int] = SpanField
    article_id: str
    article_date: str | None = None
    article_title: str | None = None


class PledgeSum(BaseModel):
    """Totals per giver and unit; the same commitment reported twice counts once; considered pledges are
    counted but never summed."""

    giver: str
    unit: str = Field(description="ISO 4217 currency code, '%', or the counted noun ('' without an amount).")
    promised: float = Field(description="Sum of promised amounts.")
    delivered: float = Field(description="Sum of delivered amounts.")
    promised_count: int = 0
    delivered_count: int = 0
    considered_count: int = 0
    articles: list[str] = Field(default_factory=list, description="Articles behind these pledges.")


class PledgePage(Page[PledgeRow]):
    sums: list[PledgeSum] = Field(default_factory=list, description="Totals over the matching pledges.")


class TimelineEvent(BaseModel):
    model_config = ConfigDict(extra="allow")
    date: str = Field(description="ISO value at its own precision: 2026-09-14, 2026-09, 2026-W38.")
    start: str = Field(description="First day the date covers (events are ordered by it).")
    end: str = Field(description="Last day the date covers.")
    label: str = Field(description="The sentence that dates the event, or the headline for a publication.")
    kind: str = Field(description="event (a dated sentence) or publication (an article appearing).")
    article_id: str | None = None
    article_title: str | None = None
    span: list[int] = SpanField


class StorySummary(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    title: str
    first_date: str | None = None
    last_date: str | None = None
    article_count: int
    key_people: list[EntityRef] = Field(default_factory=list, description="Key entities, resolved to names.")
    quote_count: int = 0
    pledge_count: int = 0
    source_count: int = 0


class StoryDetail(BaseModel):
    story: StorySummary
    articles: list[dict[str, Any]] = Field(description="The story's articles, oldest first.")
    takeaways: list[dict[str, Any]] = Field(description="Strongest takeaways across the articles.")
    timeline: list[TimelineEvent]
    entities: list[CoEntity] = Field(description="Entities in the story, by number of articles.")


class SearchHit(BaseModel):
    model_config = ConfigDict(extra="allow")
    article_id: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    span: list[int] = SpanField
    text: str = Field(description="The matching sentence.")
    highlights: list[list[int]] = Field(default_factory=list, description="Offsets of matched words in text.")
    score: float | None = None


class SearchPage(Page[SearchHit]):
    engine: str = Field(description="'index' (the full-text + semantic index) or 'fallback' (substring scan).")


class UploadResult(BaseModel):
    ingested: list[str] = Field(description="Ids of new articles.")
    duplicates: list[str] = Field(description="Ids of articles that were already stored.")
    near_duplicates: list[list[str]] = Field(description="[new id, twin id] pairs.")
    errors: list[str] = Field(description="One line per input that could not be read.")
    summary: str = Field(description="The same summary line the CLI prints.")


class ErrorBody(BaseModel):
    detail: str = Field(description="One line saying what went wrong.")


EntityDetail.model_rebuild()
