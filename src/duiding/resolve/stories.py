"""Stories: groups of articles about one event (filled by the stories issue)."""

from __future__ import annotations

from duiding.store import Store


def update(store: Store) -> None:
    return None
