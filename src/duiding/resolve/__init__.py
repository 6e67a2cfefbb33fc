"""Corpus-level steps over the store: one entity per real-world name, and stories."""

from __future__ import annotations

from duiding.store import Store


def resolve_corpus(store: Store) -> None:
    from duiding.resolve import entities, stories
    from duiding.search import index

    entities.resolve(store)
    index.update(store)  # search index (sentences, vectors): stories read the article vectors from it
    stories.update(store)
