"""One article and its analysis as Markdown: takeaways, quotes, people, dates, amounts, pledges."""

from __future__ import annotations

from typing import Any


def _cite(doc: dict[str, Any], span: list[int]) -> str:
    return f"[{doc['id'][:8]}:{span[0]}-{span[1]}]"


def _section(lines: list[str], heading: str, items: list[str]) -> None:
    """A bold heading, one bullet per item and a blank line; nothing when there are no items."""
    if items:
        lines += [f"**{heading}**", *(f"- {item}" for item in items), ""]


def _quote_line(doc: dict[str, Any], q: dict[str, Any]) -> str:
    cue = f" ({q['cue']})" if q.get("cue") else ""
    return f"**{q.get('speaker') or 'unknown speaker'}**{cue}, {q['kind']}: “{q['text']}” {_cite(doc, q['span'])}"


def _pledge_line(doc: dict[str, Any], p: dict[str, Any]) -> str:
    amount = f" — {p['amount']['value']:g} {p['amount']['unit']}" if p.get("amount") else ""
    to = f" → {p['recipient']}" if p.get("recipient") else ""
    return f"{p['giver']}: {p['what']}{amount}{to} ({p.get('status', 'promised')}) {_cite(doc, p['span'])}"


def article_markdown(doc: dict[str, Any], entity_names: dict[str, str] | None = None) -> str:
    """``doc`` is an article of the analysis document (report.contract.article_document)."""
    names = entity_names or {}
    title = doc.get("title") or doc["text"][:80].split("\n")[0]
    lines = [f"## {title}", ""]
    meta = [f"id `{doc['id']}`", f"date {doc.get('date') or 'unknown'}", f"source `{doc['source']}`"]
    if doc.get("url"):
        meta.append(doc["url"])
    lines += [" · ".join(meta), ""]
    if doc.get("near_duplicates"):
        lines += [f"Near-duplicate of: {', '.join(doc['near_duplicates'])}", ""]
    _section(lines, "Key takeaways",
             [f"{t['text']} " + " ".join(_cite(doc, s) for s in t["sources"]) for t in doc.get("takeaways", [])])
    _section(lines, "Key takeaways (provided with the article)", doc.get("provided_takeaways", []))
    _section(lines, "Who said what", [_quote_line(doc, q) for q in doc.get("quotes", [])])
    people: dict[str, list[str]] = {}
    for m in doc.get("mentions", []):
        label = names.get(m.get("entity") or "", m["text"])
        if label not in people.setdefault(m["type"], []):
            people[m["type"]].append(label)
    kinds = {"PER": "People", "ORG": "Organisations", "LOC": "Places", "MISC": "Other"}
    _section(lines, "Entities", [f"{kinds[t]}: {', '.join(people[t])}" for t in kinds if people.get(t)])
    _section(lines, "Dates",
             [f"{d['text']} → {d.get('value') or 'unresolved'} {_cite(doc, d['span'])}" for d in doc.get("dates", [])])
    _section(lines, "Amounts",
             [f"{a['text']} → {a['value']:g} {a['unit']} {_cite(doc, a['span'])}" for a in doc.get("amounts", [])])
    _section(lines, "Commitments", [_pledge_line(doc, p) for p in doc.get("pledges", [])])
    if doc.get("warnings"):
        lines += ["*Warnings:* " + "; ".join(doc["warnings"]), ""]
    return "\n".join(lines)
