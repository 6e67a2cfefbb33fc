"""Entity merging across the corpus (first version: mentions grouped by type and key)."""

from __future__ import annotations

import hashlib
from collections import defaultdict

from duiding.records import Entity
from duiding.store import Store


def _entity_id(etype: str, key: str) -> str:
    return "e" + hashlib.sha1(f"{etype}:{key}".encode()).hexdigest()[:10]


def resolve(store: Store) -> list[Entity]:
    groups: dict[tuple[str, str], Entity] = {}
    aliases: dict[tuple[str, str], set[str]] = defaultdict(set)
    pairs = list(store.iter_analyses())
    for _article, analysis in pairs:
        for m in analysis.mentions:
            gk = (m.type, m.key)
            ent = groups.setdefault(gk, Entity(id=_entity_id(*gk), name=m.text, type=m.type))
            ent.mention_count += 1
            aliases[gk].add(m.text)
            if len(m.text) > len(ent.name):
                ent.name = m.text
            m.entity = ent.id
        store.save_analysis(analysis)
    for gk, ent in groups.items():
        ent.aliases = sorted(aliases[gk] - {ent.name})
    entities = sorted(groups.values(), key=lambda e: e.name)
    store.replace_entities(entities)
    return entities
