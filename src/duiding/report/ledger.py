"""The pledges ledger: one row per commitment and totals per giver and unit.

Totals add up promised and delivered pledges separately and never the considered ones. The
same commitment reported by several articles (same giver, goods, amount, status and recipient)
is counted once. Givers are grouped by entity id when resolved, else by mention key, so "de
Britten" and "het Verenigd Koninkrijk" end up together when the mentions step links them.

Pure functions over ``(Article, ArticleAnalysis)`` pairs, shared by the CLI, the web and reports.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from duiding.records import Article, ArticleAnalysis, Span

STATUSES = ("promised", "delivered", "considered")


@dataclass
class LedgerRow:
    giver: str  # as written
    giver_group: str  # what totals group by: entity id, else mention key, else the giver lowercased
    giver_name: str  # display name of the group
    what: str
    status: str
    amount_value: float | None
    amount_unit: str | None
    recipient: str | None
    date: str | None
    article_id: str
    article_title: str | None
    span: Span
    sentence: str
    cue: str | None = None
    giver_entity: str | None = None


@dataclass
class LedgerSum:
    giver: str
    unit: str
    promised: float = 0.0
    delivered: float = 0.0
    promised_count: int = 0  # pledges behind the promised total
    delivered_count: int = 0
    considered_count: int = 0
    articles: list[str] = field(default_factory=list)


def ledger_rows(
    pairs: Iterable[tuple[Article, ArticleAnalysis]],
    giver: str | None = None,
    status: str | None = None,
    entity_names: Mapping[str, str] | None = None,
) -> list[LedgerRow]:
    """All pledges as rows, oldest article first; ``giver`` matches the giver as written, its key,
    entity id or display name (case-insensitive); ``entity_names`` maps entity ids to names."""
    if status is not None and status not in STATUSES:
        raise ValueError(f"unknown status {status!r} (use {', '.join(STATUSES)})")
    names = dict(entity_names or {})
    rows: list[LedgerRow] = []
    for article, analysis in pairs:
        for p in analysis.pledges:
            group = p.giver_entity or p.giver_key or p.giver.lower()
            display = names.get(p.giver_entity or "") or _title(p.giver_key) or p.giver
            rows.append(
                LedgerRow(
                    giver=p.giver, giver_group=group, giver_name=display, what=p.what, status=p.status,
                    amount_value=(p.amount or {}).get("value"), amount_unit=(p.amount or {}).get("unit"),
                    recipient=p.recipient, date=p.date, article_id=article.id, article_title=article.title,
                    span=p.span, sentence=article.text[p.span[0] : p.span[1]].strip(" ,;"), cue=p.cue,
                    giver_entity=p.giver_entity,
                )
            )  # fmt: skip
    if giver:
        g = giver.lower()
        rows = [r for r in rows if g in (r.giver.lower(), r.giver_group.lower(), r.giver_name.lower())]
    if status:
        rows = [r for r in rows if r.status == status]
    return rows


def _key(r: LedgerRow) -> str:
    return r.giver_name.lower()


def _title(key: str | None) -> str | None:
    """A display name from a mention key ("verenigd koninkrijk" -> "Verenigd Koninkrijk")."""
    if not key:
        return None
    small = {"van", "de", "der", "den", "het", "en", "von", "la", "le"}
    words = key.split()
    if len(key) <= 4 and key.isalpha():
        return key.upper()  # "vs", "navo", "eu": abbreviations
    return " ".join(w if (w in small and i) else w[:1].upper() + w[1:] for i, w in enumerate(words))


def ledger_sums(rows: Iterable[LedgerRow]) -> list[LedgerSum]:
    """Totals per giver group and unit, promised and delivered apart, each commitment once."""
    rows = list(rows)
    # a giver written without a resolved entity joins the entity that other rows with its key resolved to
    entity_of = {r.giver_group.split("\x00")[0]: r.giver_entity for r in rows if r.giver_entity}
    by_key = {_key(r): r.giver_entity for r in rows if r.giver_entity}
    seen: set[tuple[Any, ...]] = set()
    sums: dict[tuple[str, str], LedgerSum] = {}
    shown: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        group = r.giver_entity or by_key.get(_key(r)) or entity_of.get(r.giver_group) or r.giver_group
        shown[group][r.giver_name] += 1
        unit = r.amount_unit or ""
        key = (group, unit)
        s = sums.setdefault(key, LedgerSum(giver=group, unit=unit))
        if r.article_id not in s.articles:
            s.articles.append(r.article_id)
        # the same commitment in several articles: same giver, amount and status (the goods may be worded
        # differently: "luchtverdedigingspakket" / "luchtverdediging"); without an amount, the same goods
        what = "" if r.amount_value is not None else r.what.lower()
        ident = (group, what, r.amount_value, unit, r.status, (r.recipient or "").lower())
        if ident in seen:
            continue
        seen.add(ident)
        if r.status == "considered":
            s.considered_count += 1
        elif r.status == "promised":
            s.promised_count += 1
            s.promised += r.amount_value or 0.0
        elif r.status == "delivered":
            s.delivered_count += 1
            s.delivered += r.amount_value or 0.0
    for s in sums.values():
        s.giver = shown[s.giver].most_common(1)[0][0]
    return sorted(sums.values(), key=lambda s: (s.giver.lower(), s.unit))
