"""Server-side SVG drawings: a timeline of dated events and an entity network.

Drawn on the server so the pages need no chart library and no build step; every event and node is an
SVG link. The network layout is a small deterministic force-directed layout in numpy (seeded start on a
circle, Fruchterman-Reingold steps), good enough for the 10-40 nodes a page shows.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from typing import Any

import numpy as np
from markupsafe import Markup, escape

MONTHS_NL = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
TYPE_COLOURS = {"PER": "#2563eb", "ORG": "#b45309", "LOC": "#047857", "MISC": "#7c3aed"}


def parse_date(value: str | None) -> date | None:
    """An ISO date at year, month or day precision as a date (missing parts become the middle/first)."""
    if not value or len(value) < 4 or not value[:4].isdigit():
        return None
    try:
        year = int(value[:4])
        month = int(value[5:7]) if len(value) >= 7 and value[5:7].isdigit() else 7
        day = int(value[8:10]) if len(value) >= 10 and value[8:10].isdigit() else 1
        return date(year, month, day)
    except ValueError:
        return None


def _fmt_tick(d: date, span_days: int) -> str:
    if span_days > 3 * 365:
        return str(d.year)
    if span_days > 60:
        return f"{MONTHS_NL[d.month - 1]} {d.year}"
    return f"{d.day} {MONTHS_NL[d.month - 1]}"


def _ticks(lo: date, hi: date) -> list[date]:
    span = (hi - lo).days
    out: list[date] = []
    if span > 3 * 365:
        out = [date(y, 1, 1) for y in range(lo.year, hi.year + 2)]
    elif span > 60:
        step = 1 if span < 400 else 3
        y, m = lo.year, lo.month
        while (y, m) <= (hi.year, hi.month + 1):
            if (m - 1) % step == 0:
                out.append(date(y, m, 1))
            m += 1
            if m > 12:
                y, m = y + 1, 1
    else:
        step = max(1, span // 8)
        d0 = lo.toordinal()
        out = [date.fromordinal(d) for d in range(d0, hi.toordinal() + 1, step)]
    return [t for t in out if lo <= t <= hi] or [lo]


def timeline_svg(events: Sequence[dict[str, Any]], width: int = 960) -> Markup:
    """Events ({date, label, href, kind}) on a horizontal axis; close events stack upwards."""
    dated = [(parse_date(e.get("start") or e.get("date")), e) for e in events]
    dated = [(d, e) for d, e in dated if d is not None]
    if not dated:
        return Markup("")
    dated.sort(key=lambda x: x[0])
    lo, hi = dated[0][0], dated[-1][0]
    if (hi - lo).days < 6:
        lo = date.fromordinal(lo.toordinal() - 3)
        hi = date.fromordinal(hi.toordinal() + 3)
    span_days = max(1, (hi - lo).days)
    pad_l, pad_r = 40, 40
    inner = width - pad_l - pad_r

    def x_of(d: date) -> float:
        return pad_l + inner * (d - lo).days / span_days

    r = 7
    levels: list[float] = []  # right-most x used on each level
    placed: list[tuple[float, int, date, dict[str, Any]]] = []
    for d, e in dated:
        x = x_of(d)
        level = next((i for i, last in enumerate(levels) if x - last >= 2 * r + 3), None)
        if level is None:
            if len(levels) < 8:
                levels.append(-1e9)
                level = len(levels) - 1
            else:
                level = min(range(len(levels)), key=lambda i: levels[i])
        levels[level] = x
        placed.append((x, level, d, e))
    n_levels = max(1, len(levels))
    axis_y = 30 + n_levels * (2 * r + 6)
    height = axis_y + 34
    parts = [
        (f'<svg class="timeline-svg" viewBox="0 0 {width} {height}" width="100%" role="img"'
        f' aria-label="Tijdlijn met {len(placed)} gebeurtenissen" xmlns="http://www.w3.org/2000/svg">'),
        f'<line class="axis" x1="{pad_l}" y1="{axis_y}" x2="{width - pad_r}" y2="{axis_y}"/>',
    ]
    for t in _ticks(lo, hi):
        tx = x_of(t)
        parts.append(f'<line class="tick" x1="{tx:.1f}" y1="{axis_y}" x2="{tx:.1f}" y2="{axis_y + 5}"/>')
        parts.append(f'<text class="tick-label" x="{tx:.1f}" y="{axis_y + 19}" text-anchor="middle">'
                     f"{escape(_fmt_tick(t, span_days))}</text>")
    for x, level, _d, _e in placed:  # stems first, so no stem lies over another event's dot
        y = axis_y - 14 - level * (2 * r + 6)
        parts.append(f'<line class="stem" x1="{x:.1f}" y1="{axis_y}" x2="{x:.1f}" y2="{y:.1f}"/>')
    for x, level, _d, e in placed:
        y = axis_y - 14 - level * (2 * r + 6)
        kind = escape(e.get("kind") or "event")
        label = f"{e.get('date')}: {e.get('label') or ''}"
        circle = (f'<circle class="event event-{kind}" cx="{x:.1f}" cy="{y:.1f}" r="{r}">'
                  f"<title>{escape(label[:300])}</title></circle>")
        if e.get("href"):
            parts.append(f'<a href="{escape(e["href"])}" class="event-link">{circle}</a>')
        else:
            parts.append(circle)
    parts.append("</svg>")
    return Markup("".join(parts))


def force_layout(n: int, edges: Sequence[tuple[int, int, float]], iterations: int = 200, seed: int = 7) -> np.ndarray:
    """Positions in [0, 1]^2 for ``n`` nodes: Fruchterman-Reingold inside a frame, from a circle, deterministic.

    The frame keeps weakly connected nodes from drifting off and squashing the rest into a corner;
    gravity towards the centre keeps the picture balanced.
    """
    if n == 0:
        return np.zeros((0, 2))
    if n == 1:
        return np.array([[0.5, 0.5]])
    rng = np.random.default_rng(seed)
    angles = np.linspace(0, 2 * math.pi, n, endpoint=False)
    pos = np.c_[np.cos(angles), np.sin(angles)] * 0.35 + 0.5 + rng.normal(0, 0.01, (n, 2))
    weights = np.zeros((n, n))
    for a, b, w in edges:
        weights[a, b] = weights[b, a] = weights[a, b] + w
    if weights.max() > 0:
        weights = np.log1p(weights) / np.log1p(weights.max())
        # a hub with many links would otherwise pull everything into one knot: share its pull out
        degree = np.maximum((weights > 0).sum(axis=1), 1)
        weights = weights * 3.0 / np.sqrt(np.outer(degree, degree))
    k = math.sqrt(1.0 / n)
    temperature = 0.12
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.linalg.norm(delta, axis=-1)
        np.fill_diagonal(dist, 1.0)
        dist = np.maximum(dist, 0.005)
        repulse = (k * k / dist**2)[:, :, None] * delta
        attract = (weights * dist / k)[:, :, None] * delta
        force = repulse.sum(axis=1) - attract.sum(axis=1)
        force += (0.5 - pos) * 0.6  # gravity
        length = np.maximum(np.linalg.norm(force, axis=1), 1e-9)
        pos += force / length[:, None] * np.minimum(length, temperature)[:, None]
        pos = np.clip(pos, 0.0, 1.0)
        temperature = max(temperature * 0.975, 0.004)
    lo, hi = pos.min(axis=0), pos.max(axis=0)
    return (pos - lo) / np.maximum(hi - lo, 1e-9)


def _strongest(edges: Sequence[tuple[int, int, float]], per_node: int) -> list[tuple[int, int, float]]:
    """Only the edges among each node's strongest few: the layout uses them all, the drawing stays readable."""
    keep: set[tuple[int, int]] = set()
    by_node: dict[int, list[tuple[float, int, int]]] = {}
    for a, b, w in edges:
        by_node.setdefault(a, []).append((w, a, b))
        by_node.setdefault(b, []).append((w, a, b))
    for items in by_node.values():
        for _w, a, b in sorted(items, reverse=True)[:per_node]:
            keep.add((a, b))
    return [e for e in edges if (e[0], e[1]) in keep]


def network_svg(graph: dict[str, Any], href: dict[str, str] | None = None, width: int = 600,
                height: int = 440) -> Markup:
    """Nodes ({id, name, type, weight, focus}) and edges ({source, target, weight}) as an SVG graph."""
    nodes = graph.get("nodes", [])
    if not nodes:
        return Markup("")
    hrefs = href or {}
    index = {n["id"]: i for i, n in enumerate(nodes)}
    edges = [(index[e["source"]], index[e["target"]], float(e["weight"])) for e in graph.get("edges", [])
             if e["source"] in index and e["target"] in index]
    pos = force_layout(len(nodes), edges)
    edges = _strongest(edges, per_node=3)
    margin_x, margin_y = 70, 30
    xy = np.c_[margin_x + pos[:, 0] * (width - 2 * margin_x), margin_y + pos[:, 1] * (height - 2 * margin_y)]
    max_w = max(float(n.get("weight", 1)) for n in nodes) or 1.0
    max_e = max((w for _, _, w in edges), default=1.0)
    parts = [(f'<svg class="network-svg" viewBox="0 0 {width} {height}" width="100%" role="img"'
             f' aria-label="Netwerk van {len(nodes)} entiteiten" xmlns="http://www.w3.org/2000/svg">')]
    for a, b, w in edges:
        sw = 0.8 + 3.2 * w / max_e
        parts.append(f'<line class="edge" x1="{xy[a, 0]:.1f}" y1="{xy[a, 1]:.1f}" x2="{xy[b, 0]:.1f}"'
                     f' y2="{xy[b, 1]:.1f}" stroke-width="{sw:.2f}"><title>{escape(nodes[a]["name"])} – '
                     f'{escape(nodes[b]["name"])}: {int(w)} artikel(en)</title></line>')
    for i, n in enumerate(nodes):
        r = 5 + 11 * math.sqrt(float(n.get("weight", 1)) / max_w)
        colour = TYPE_COLOURS.get(n.get("type", ""), "#64748b")
        cls = "node focus" if n.get("focus") else "node"
        body = (f'<circle class="{cls}" cx="{xy[i, 0]:.1f}" cy="{xy[i, 1]:.1f}" r="{r:.1f}" fill="{colour}">'
                f'<title>{escape(n["name"])} ({escape(n.get("type", ""))}), {n.get("weight", 0)} artikel(en)</title>'
                f'</circle><text class="node-label" x="{xy[i, 0]:.1f}" y="{xy[i, 1] + r + 12:.1f}"'
                f' text-anchor="middle">{escape(n["name"][:28])}</text>')
        link = hrefs.get(n["id"])
        parts.append(f'<a href="{escape(link)}" class="node-link">{body}</a>' if link else body)
    parts.append("</svg>")
    return Markup("".join(parts))
