"""Server-side drawings: timeline events on an axis, a network layout inside its frame."""

from __future__ import annotations

import re

import numpy as np

from duiding.web.svg import force_layout, network_svg, parse_date, timeline_svg


def test_parse_date_handles_each_precision() -> None:
    assert parse_date("2026-09-14").isoformat() == "2026-09-14"
    assert parse_date("2026-09").isoformat() == "2026-09-01"
    assert parse_date("2026").year == 2026
    assert parse_date("P1W") is None and parse_date(None) is None


def test_timeline_places_events_in_date_order_with_links() -> None:
    events = [
        {"date": "2026-10-02", "label": "Plan voor stikstof", "href": "/articles/b"},
        {"date": "2026-09-14", "label": "Geld voor dijken", "href": "/articles/a"},
        {"date": "2027", "label": "Start van de bouw", "href": "/articles/a#pos-1-5"},
        {"date": "onbekend", "label": "zonder datum"},
    ]
    svg = str(timeline_svg(events))
    xs = {m.group(2): float(m.group(1)) for m in re.finditer(r'<circle[^>]*cx="([\d.]+)"[^>]*><title>([^:<]+)', svg)}
    assert set(xs) == {"2026-10-02", "2026-09-14", "2027"}
    assert xs["2026-09-14"] < xs["2026-10-02"] < xs["2027"]
    assert svg.count("<a href=") == 3 and "zonder datum" not in svg


def test_timeline_escapes_labels() -> None:
    svg = str(timeline_svg([{"date": "2026-01-01", "label": "<script>x</script>"}]))
    assert "<script>" not in svg and "&lt;script&gt;" in svg


def test_force_layout_is_deterministic_and_pulls_linked_nodes_together() -> None:
    edges = [(0, 1, 5.0), (1, 2, 5.0), (0, 2, 5.0), (3, 4, 5.0)]
    pos = force_layout(6, edges)
    assert pos.shape == (6, 2) and np.all((pos >= 0) & (pos <= 1))
    assert np.allclose(pos, force_layout(6, edges))

    def d(a: int, b: int) -> float:
        return float(np.linalg.norm(pos[a] - pos[b]))

    assert d(0, 1) < d(0, 3) and d(3, 4) < d(3, 0)


def test_network_svg_links_nodes() -> None:
    graph = {"nodes": [{"id": "e1", "name": "Hanneke Verbeek", "type": "PER", "weight": 3, "focus": True},
                       {"id": "e2", "name": "Zeeland", "type": "LOC", "weight": 1}],
             "edges": [{"source": "e1", "target": "e2", "weight": 2}]}
    svg = str(network_svg(graph, {"e1": "/entities/e1", "e2": "/entities/e2"}))
    assert svg.count("<circle") == 2 and svg.count("<line") == 1
    assert 'href="/entities/e2"' in svg and "Hanneke Verbeek" in svg
