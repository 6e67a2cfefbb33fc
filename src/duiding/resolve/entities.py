"""One entity per real-world person, organisation or place across the corpus.

Works from the per-article mention keys (``analyse.mentions`` already folded case and accents,
applied aliases such as VS -> Verenigde Staten, and linked a surname to the full name written in the
same article). Here, over the whole store in one pass:

* full person names that are spelling variants of each other merge (rapidfuzz on the surname,
  first names compatible: "Volodymyr Zelensky" / "Volodimir Zelenski");
* a surname-only key joins the one full name in the corpus with that surname; when two different
  people share it, the roles written with the surname decide, else it stays on its own;
* a capitalised word typed MISC joins the PER/ORG/LOC entity with the same key.

Canonical name: the fullest form seen (the gazetteer's spelling for known places/organisations).
Entity ids hash the type and canonical key, so they are stable across runs. Mentions, quote speakers
and pledge givers in the stored analyses get their entity ids, and speakers the canonical name.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from duiding.analyse.quoting import lexicon as lx
from duiding.records import Article, ArticleAnalysis, Entity, Mention
from duiding.resources import load_map
from duiding.store import Store

FUZZY_SURNAME = 85  # rapidfuzz ratio for two spellings of one surname (Zelensky/Zelenski: 87.5)
FUZZY_FIRST = 75


def entity_id(etype: str, key: str) -> str:
    return "e" + hashlib.sha1(f"{etype}:{key}".encode()).hexdigest()[:10]


@dataclass
class _Group:
    type: str
    key: str
    texts: Counter[str] = field(default_factory=Counter)
    roles: list[dict[str, str | None]] = field(default_factory=list)
    count: int = 0


def resolve(store: Store) -> list[Entity]:
    pairs = list(store.iter_analyses())
    entities, key_to_id = build_entities(pairs)
    by_id = {e.id: e for e in entities}
    forms = _form_index(entities)
    for _article, analysis in pairs:
        if _apply(analysis, key_to_id, by_id, forms):
            store.save_analysis(analysis)
    store.replace_entities(entities)
    return entities


def build_entities(pairs: list[tuple[Article, ArticleAnalysis]]) -> tuple[list[Entity], dict[tuple[str, str], str]]:
    """Entities and the map (mention type, mention key) -> entity id."""
    groups: dict[tuple[str, str], _Group] = {}
    untitled: dict[tuple[str, str], tuple[str, str]] = {}  # (PER, "dijkgraaf marten quist") -> (PER, "marten quist")
    for article, analysis in pairs:
        month = (article.date or "")[:7] or None
        for m in analysis.mentions:
            if m.derived_from:
                continue
            key, text = _untitled(m) if m.type == "PER" else (m.key, m.text)
            if key != m.key:
                untitled[(m.type, m.key)] = (m.type, key)
            g = groups.setdefault((m.type, key), _Group(m.type, key))
            g.texts[text] += 1
            g.count += 1
            if m.role:
                g.roles.append({"role": m.role, "date": month, "article": article.id})
    target = _merge_targets(groups)
    clusters: dict[tuple[str, str], list[_Group]] = defaultdict(list)
    for gk, g in groups.items():
        clusters[target[gk]].append(g)
    entities: list[Entity] = []
    key_to_id: dict[tuple[str, str], str] = {}
    for (etype, ckey), members in clusters.items():
        eid = entity_id(etype, ckey)
        texts: Counter[str] = Counter()
        roles: list[dict[str, str | None]] = []
        for g in members:
            texts.update(g.texts)
            roles.extend(g.roles)
            key_to_id[(g.type, g.key)] = eid
        name = _canonical_name(etype, ckey, texts)
        seen = {lx.fold(name)}
        aliases = []
        for t, _ in texts.most_common():
            if lx.fold(t) not in seen:
                seen.add(lx.fold(t))
                aliases.append(t)
        uniq_roles, seen_roles = [], set()
        for r in sorted(roles, key=lambda r: (r["date"] is None, r["date"] or "")):
            rk = (lx.fold(str(r["role"])), r["date"])
            if rk not in seen_roles:
                seen_roles.add(rk)
                uniq_roles.append({**r, "function": role_function(str(r["role"]))})
        entities.append(Entity(id=eid, name=name, type=etype, aliases=sorted(aliases),  # type: ignore[arg-type]
                               roles=uniq_roles, mention_count=sum(g.count for g in members)))
    for orig, clean in untitled.items():
        key_to_id[orig] = key_to_id[clean]
    entities.sort(key=lambda e: (-e.mention_count, e.name))
    return entities, key_to_id


def _untitled(m: Mention) -> tuple[str, str]:
    """Key and text of a person mention without leading titles a name span kept ("Dijkgraaf Marten Quist");
    a person entity is never named with its function."""
    words = m.text.split()
    keys = m.key.split()
    drop = 0
    while len(words) - drop > 2 and (lx.is_title(words[drop]) or words[drop].lower() in lx.title_modifiers()):
        drop += 1
    if not drop or len(keys) != len(words) or lx.fold(words[0]) != keys[0]:
        return m.key, m.text
    return " ".join(keys[drop:]), " ".join(words[drop:])


def _merge_targets(groups: dict[tuple[str, str], _Group]) -> dict[tuple[str, str], tuple[str, str]]:
    """(type, key) of every group -> (type, canonical key) of the entity it belongs to."""
    target: dict[tuple[str, str], tuple[str, str]] = {gk: gk for gk in groups}
    # 1. full person names: spelling variants merge into the most frequent spelling
    full = sorted((g for g in groups.values() if g.type == "PER" and len(g.key.split()) >= 2),
                  key=lambda g: -g.count)
    reps: list[_Group] = []
    by_surname: dict[str, list[_Group]] = defaultdict(list)  # first letter of surname -> representatives
    for g in full:
        first, sur = _split_name(g.key)
        match = None
        for r in by_surname[sur[:1]]:
            rfirst, rsur = _split_name(r.key)
            if fuzz.ratio(sur, rsur) >= FUZZY_SURNAME and _first_compatible(first, rfirst):
                match = r
                break
        if match is None:
            reps.append(g)
            by_surname[sur[:1]].append(g)
        else:
            target[("PER", g.key)] = ("PER", match.key)
    surname_index: dict[str, list[_Group]] = defaultdict(list)
    for r in reps:
        for tail in _tails(r.key):
            surname_index[tail].append(r)
    # 2. surname-only keys join the one full name with that surname
    for g in groups.values():
        if g.type not in ("PER", "MISC") or len(g.key.split()) >= 2 and not g.key.split()[0] in lx.particles():
            continue
        cands = surname_index.get(g.key, [])
        if not cands and g.type == "PER" and len(g.key) >= 5:
            cands = [r for r in reps if fuzz.ratio(g.key, _split_name(r.key)[1]) >= FUZZY_SURNAME]
        if len(cands) > 1 and g.roles:
            cands = [r for r in cands if _roles_overlap(g.roles, r.roles)] or cands
        if len(cands) == 1:
            target[(g.type, g.key)] = target[("PER", cands[0].key)]
    # 3. MISC with the key of a typed group joins it
    typed: dict[str, tuple[str, str]] = {}
    for (t, k), _g in sorted(groups.items(), key=lambda kv: -kv[1].count):
        if t != "MISC" and k not in typed:
            typed[k] = target[(t, k)]
    for (t, k) in groups:
        if t == "MISC" and target[(t, k)] == (t, k) and k in typed:
            target[(t, k)] = typed[k]
    # 4. one key typed differently by different articles (PER "Biden" and LOC "Biden"): the majority wins
    by_key: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for gk in groups:
        if gk[0] != "MISC" and target[gk] == gk:
            by_key[gk[1]].append(gk)
    for gks in by_key.values():
        if len(gks) > 1:
            best = max(gks, key=lambda gk: (groups[gk].count, gk[0] == "PER"))
            for gk in gks:
                if gk != best:
                    target[gk] = best
    return {gk: _follow(target, gk) for gk in target}


def _follow(target: dict[tuple[str, str], tuple[str, str]], gk: tuple[str, str]) -> tuple[str, str]:
    seen = set()
    while target.get(gk, gk) != gk and gk not in seen:
        seen.add(gk)
        gk = target[gk]
    return gk


def _split_name(key: str) -> tuple[str, str]:
    toks = key.split()
    i = 1
    while i < len(toks) - 1 and toks[i] not in lx.particles():
        i += 1
    if i >= len(toks) - 1 or toks[i] not in lx.particles():
        i = len(toks) - 1
    return " ".join(toks[:i]), " ".join(toks[i:])


def _tails(key: str) -> list[str]:
    """'marieke van dalen' -> ['van dalen', 'dalen']; 'mark rutte' -> ['rutte']."""
    _first, sur = _split_name(key)
    out = [sur]
    toks = sur.split()
    while len(toks) > 1 and toks[0] in lx.particles():
        toks = toks[1:]
        out.append(" ".join(toks))
    return out


def _first_compatible(a: str, b: str) -> bool:
    if not a or not b:
        return True
    if a[0] != b[0]:
        return False
    return len(a) <= 2 or len(b) <= 2 or fuzz.ratio(a, b) >= FUZZY_FIRST


def role_function(role: str) -> str:
    """The function a written role names ("NAVO-topman" -> "secretaris-generaal van de NAVO"), from
    ``resources/nl/role_functions.txt``; unlisted roles name themselves."""
    return _role_functions().get(role.casefold(), role)


@lru_cache(maxsize=1)
def _role_functions() -> dict[str, str]:
    return {k.casefold(): v for k, v in load_map("role_functions").items()}


def _roles_overlap(a: list[dict[str, str | None]], b: list[dict[str, str | None]]) -> bool:
    return any(lx.same_role(str(x["role"]), str(y["role"])) for x in a for y in b)


def _canonical_name(etype: str, key: str, texts: Counter[str]) -> str:
    display = _display_names().get(key)
    if display:
        return display
    best = max(texts.items(), key=lambda kv: (len(kv[0].split()), kv[1], len(kv[0])))[0]
    return best


@lru_cache(maxsize=1)
def _display_names() -> dict[str, str]:
    out: dict[str, str] = {}
    for entries in lx.gazetteer().values():
        for e in entries:
            out.setdefault(lx.fold(e.canonical), e.canonical)
    return out


def _form_index(entities: list[Entity]) -> dict[str, str]:
    """Folded name/alias -> entity id (for pledge givers written as free text)."""
    out: dict[str, str] = {}
    for e in sorted(entities, key=lambda e: e.mention_count):
        for form in [e.name, *e.aliases]:
            out[lx.fold(form)] = e.id
    return out


def _apply(analysis: ArticleAnalysis, key_to_id: dict[tuple[str, str], str], by_id: dict[str, Entity],
           forms: dict[str, str]) -> bool:
    before = _signature(analysis)
    by_key: dict[str, str] = {}
    for m in analysis.mentions:
        m.entity = None if m.derived_from else key_to_id.get((m.type, m.key))
        if m.entity:
            by_key.setdefault(m.key, m.entity)
    forms_by_key: dict[str, set[str]] = {}
    for m in analysis.mentions:
        forms_by_key.setdefault(m.key, set()).add(lx.fold(m.text))
    for q in analysis.quotes:
        eid = by_key.get(q.speaker_key or "") if q.speaker_key else None
        q.speaker_entity = eid
        if eid and eid in by_id and _named_speaker(q.speaker, forms_by_key.get(q.speaker_key or "", set())):
            q.speaker = by_id[eid].name  # an unnamed speaker ("het ministerie") stays as written
    for p in analysis.pledges:
        eid = by_key.get(p.giver_key or "") if p.giver_key else None
        if eid is None and p.giver:
            eid = forms.get(lx.fold(p.giver)) or forms.get(lx.fold(_strip_article(p.giver)))
        p.giver_entity = eid
    return _signature(analysis) != before


def _named_speaker(speaker: str | None, forms: set[str]) -> bool:
    """Whether the written speaker is a name of its entity (then the canonical name replaces it) rather
    than an unnamed body or role linked to it ("het ministerie", "woordvoerder van TenneT")."""
    if speaker is None:
        return True
    return lx.fold(_strip_article(speaker)) in forms or lx.fold(speaker) in forms


def _strip_article(s: str) -> str:
    for art in ("de ", "het ", "De ", "Het "):
        if s.startswith(art):
            return s[len(art) :]
    return s


def _signature(an: ArticleAnalysis) -> tuple[object, ...]:
    return (tuple(m.entity for m in an.mentions), tuple((q.speaker_entity, q.speaker) for q in an.quotes),
            tuple(p.giver_entity for p in an.pledges))


def mentions_of(entity: Entity, mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.entity == entity.id]
