"""One article and its analysis as Markdown: takeaways, quotes, people, dates, amounts, pledges."""

from __future__ import annotations

from typing import Any


def _cite(doc: dict[str, Any], span: list[int]) -> str:
    return f"[{doc['id'][:8]}:{span[0]}-{span[1]}]"


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
    if doc.get("takeaways"):
        lines.append("**Key takeaways**")
        lines += [f"- {t['text']} " + " ".join(_cite(doc, s) for s in t["sources"]) for t in doc["takeaways"]]
        lines.append("")
    if doc.get("provided_takeaways"):
        lines.append("**Key takeaways (provided with the article)**")
        lines += [f"- {t}" for t in doc["provided_takeaways"]]
        lines.append("")
    if doc.get("quotes"):
        lines.append("**Who said what**")
        for q in doc["quotes"]:
            who = q.get("speaker") or "unknown speaker"
            cue = f" ({q['cue']})" if q.get("cue") else ""
            lines.append(f"- **{who}**{cue}, {q['kind']}: “{q['text']}” {_cite(doc, q['span'])}")
        lines.append("")
    people: dict[str, list[str]] = {}
    for m in doc.get("mentions", []):
        label = names.get(m.get("entity") or "", m["text"])
        people.setdefault(m["type"], [])
        if label not in people[m["type"]]:
            people[m["type"]].append(label)
    if people:
        lines.append("**Entities**")
        kinds = {"PER": "People", "ORG": "Organisations", "LOC": "Places", "MISC": "Other"}
        for t in ("PER", "ORG", "LOC", "MISC"):
            if people.get(t):
                lines.append(f"- {kinds[t]}: {', '.join(people[t])}")
        lines.append("")
    if doc.get("dates"):
        lines.append("**Dates**")
        lines += [f"- {d['text']} → {d.get('value') or 'unresolved'} {_cite(doc, d['span'])}" for d in doc["dates"]]
        lines.append("")
    if doc.get("amounts"):
        lines.append("**Amounts**")
        lines += [f"- {a['text']} → {a['value']:g} {a['unit']} {_cite(doc, a['span'])}" for a in doc["amounts"]]
        lines.append("")
    if doc.get("pledges"):
        lines.append("**Commitments**")
        for p in doc["pledges"]:
            amount = f" — {p['amount']['value']:g} {p['amount']['unit']}" if p.get("amount") else ""
            to = f" → {p['recipient']}" if p.get("recipient") else ""
            lines.append(f"- {p['giver']}: {p['what']}{amount}{to} ({p.get('status', 'promised')}) {_cite(doc, p['span'])}")
        lines.append("")
    if doc.get("warnings"):
        lines += ["*Warnings:* " + "; ".join(doc["warnings"]), ""]
    return "\n".join(lines)
