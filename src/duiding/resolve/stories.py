"""Stories: articles about one event, grouped online as they arrive.

Each new article (oldest first) joins the most similar existing story or starts a new one; stories
already formed are never reclustered, so ids stay stable and an update costs time in proportion to
what is new. A story keeps a running state in its own tables: the sum of its article vectors
(centroid), how many of its articles mention each entity, and its date range.

Similarity of an article to a story combines
* the cosine between the article vector (title + lead, from the search index) and the centroid,
* the TF-IDF cosine between the article's stems (as indexed for search) and the story's: the classic
  signal for event detection, sharper than sentence embeddings on names and rare words,
* the share of the article's entities (weighted by rarity, so 'NAVO' counts less than a minister
  who is rarely in the news) that the story's articles mention too,
* date proximity: a gap of more than a week from the story's date range costs a little per month,
  so the same kind of summit months later becomes a story of its own unless the content is very close;
  a date known only to the month counts by its expected distance, not by the nearest day it could be,
* the event signature: where the gathering the article reports on takes place ("de top in Londen",
  "vandaag in Parijs voor een spoedoverleg"). Two events in different cities are different stories
  however alike their words (the same leaders, the same war); the same city within two weeks is a
  bonus (the run-up, the days of a summit and its aftermath); an article that never names the
  story's city at all costs a little, more so when its date is weeks off.
Near-duplicates (the same wire copy on two sites) always share a story.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import sqlite3
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

import numpy as np

from duiding.records import Story
from duiding.resources import load_set, load_table
from duiding.search.text import fold
from duiding.store import Store

DIM = 512
W_VECTOR = 0.3
W_LEXICAL = 0.4
W_ENTITIES = 0.3
# Article-vector cosines of unrelated news articles sit around 0.55 with this encoder, the same story
# around 0.75: the cosine is rescaled from [VECTOR_LOW, VECTOR_HIGH] to [0, 1].
VECTOR_LOW, VECTOR_HIGH = 0.45, 0.9
LEXICAL_TERMS = 400  # strongest stems kept per article
STORY_TERMS = 1000  # and per story
JOIN_THRESHOLD = 0.37  # combined score needed to join a story rather than start one
GRACE_DAYS = 7  # gaps up to this many days cost nothing
DATE_PENALTY = 0.1  # then every 30 days further off cost this much of the score
MAX_GAP_DAYS = 240  # never join a story this far off
UNDATED_PENALTY = 0.05
KEY_ENTITIES = 6
CANDIDATES = 50  # stories scored fully per article, shortlisted by centroid cosine and date
KEY_ENTITY_ARTICLES = 200  # key entities are counted over at most this many (most recent) articles
PLACE_CONFLICT = 0.3  # the article's event happens in another city than the story's
PLACE_BONUS = 0.15  # ... in the same city, within PLACE_BONUS_DAYS of the story's date range
PLACE_BONUS_DAYS = 14
PLACE_ABSENT = 0.08  # one side has an event place the other never names, dates more than GRACE_DAYS apart
LEAD_CHARS = 800  # an event place named this early in the text is what the article reports on

SCHEMA = (
    """CREATE TABLE IF NOT EXISTS story_state (
        story_id TEXT PRIMARY KEY,
        vec_sum BLOB NOT NULL,      -- float32 sum of member article vectors
        n INTEGER NOT NULL,
        entities TEXT NOT NULL,     -- JSON {entity key: member articles mentioning it}
        terms TEXT NOT NULL,        -- JSON {stem: summed TF-IDF weight over member articles}
        first_day INTEGER,          -- proleptic ordinals of the date range (month dates span the month)
        last_day INTEGER,
        places TEXT NOT NULL DEFAULT '{}'  -- JSON {event place key: member articles reporting from it}
    )""",
    """CREATE TABLE IF NOT EXISTS story_members (
        article_id TEXT PRIMARY KEY,
        story_id TEXT NOT NULL,
        score REAL
    )""",
    "CREATE INDEX IF NOT EXISTS story_members_story ON story_members(story_id)",
    "CREATE TABLE IF NOT EXISTS story_entity_df (key TEXT PRIMARY KEY, df INTEGER NOT NULL, name TEXT)",
    "CREATE TABLE IF NOT EXISTS story_term_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL)",
)


def ensure_schema(conn: sqlite3.Connection) -> None:
    for statement in SCHEMA:
        conn.execute(statement)
    columns = {r[1] for r in conn.execute("PRAGMA table_info(story_state)")}
    if "places" not in columns:  # stores made before event places were kept
        conn.execute("ALTER TABLE story_state ADD COLUMN places TEXT NOT NULL DEFAULT '{}'")


# -- dates -----------------------------------------------------------------------------------------


def day_range(value: str | None) -> tuple[int, int] | None:
    """An ISO date at any precision as (first day, last day) ordinals: '2025-03' covers all of March."""
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        y = int(parts[0])
        if len(parts) == 1:
            return date(y, 1, 1).toordinal(), date(y, 12, 31).toordinal()
        m = int(parts[1])
        if len(parts) == 2:
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            return date(y, m, 1).toordinal(), (nxt - timedelta(days=1)).toordinal()
        d = date(y, m, int(parts[2])).toordinal()
        return d, d
    except (ValueError, IndexError):
        return None


def gap_days(article: tuple[int, int] | None, first: int | None, last: int | None) -> int | None:
    if article is None or first is None or last is None:
        return None
    lo, hi = article
    return max(0, lo - last, first - hi)


def expected_gap(article: tuple[int, int] | None, first: int | None, last: int | None) -> float | None:
    """Mean distance in days from the article's date to the story's range, over the days it may be.

    A date known to the month ('2025-03') may be any day of it: against a story of February its
    nearest possible day is one day off, but it is on average two weeks off, and that is what counts.
    """
    if article is None or first is None or last is None:
        return None
    lo, hi = article
    days = range(lo, hi + 1)
    return sum(max(0, d - last, first - d) for d in days) / len(days)


def date_penalty(gap: float | None) -> float:
    """What a date gap costs: nothing within a week, then steadily more (a story can run for months)."""
    if gap is None:
        return UNDATED_PENALTY
    if gap > MAX_GAP_DAYS:
        return math.inf
    return DATE_PENALTY * max(0, gap - GRACE_DAYS) / 30


# -- state -----------------------------------------------------------------------------------------


@dataclass
class StoryState:
    id: str
    vec_sum: np.ndarray
    n: int
    entities: Counter[str] = field(default_factory=Counter)  # member articles mentioning each entity
    terms: dict[str, float] = field(default_factory=dict)
    first_day: int | None = None
    last_day: int | None = None
    places: Counter[str] = field(default_factory=Counter)  # event place key -> member articles from there
    _terms_norm: float | None = field(default=None, repr=False, compare=False)

    @property
    def centroid(self) -> np.ndarray:
        norm = float(np.linalg.norm(self.vec_sum))
        return self.vec_sum / norm if norm > 0 else self.vec_sum

    @property
    def terms_norm(self) -> float:
        if self._terms_norm is None:
            self._terms_norm = math.sqrt(sum(v * v for v in self.terms.values()))
        return self._terms_norm

    def add(self, vec: np.ndarray | None, keys: Counter[str], terms: dict[str, float], days: tuple[int, int] | None,
            place: str | None = None) -> None:
        if place:
            self.places[place] += 1
        if vec is not None:
            self.vec_sum = self.vec_sum + vec
        self.n += 1
        self.entities.update(set(keys))
        for t, w in terms.items():
            self.terms[t] = self.terms.get(t, 0.0) + w
        if len(self.terms) > STORY_TERMS:
            self.terms = dict(sorted(self.terms.items(), key=lambda kv: -kv[1])[:STORY_TERMS])
        self._terms_norm = None
        if days is not None:
            self.first_day = days[0] if self.first_day is None else min(self.first_day, days[0])
            self.last_day = days[1] if self.last_day is None else max(self.last_day, days[1])


def _load_states(conn: sqlite3.Connection) -> dict[str, StoryState]:
    out = {}
    for sid, blob, n, ents, terms, first, last, places in conn.execute(
        "SELECT story_id, vec_sum, n, entities, terms, first_day, last_day, places FROM story_state"
    ):
        out[sid] = StoryState(sid, np.frombuffer(blob, dtype=np.float32).copy(), n, Counter(json.loads(ents)),
                              json.loads(terms), first, last, Counter(json.loads(places or "{}")))
    return out


def _save_state(conn: sqlite3.Connection, s: StoryState) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO story_state(story_id, vec_sum, n, entities, terms, first_day, last_day, places)"
        " VALUES (?,?,?,?,?,?,?,?)",
        (s.id, s.vec_sum.astype(np.float32).tobytes(), s.n, json.dumps(dict(s.entities), ensure_ascii=False),
         json.dumps({t: round(w, 4) for t, w in s.terms.items()}, ensure_ascii=False), s.first_day, s.last_day,
         json.dumps(dict(s.places), ensure_ascii=False)),
    )


# -- articles --------------------------------------------------------------------------------------


@dataclass
class ArticleSignal:
    id: str
    vec: np.ndarray | None
    keys: Counter[str]
    names: dict[str, str]
    terms: dict[str, float]  # normalised TF-IDF of the strongest stems
    days: tuple[int, int] | None
    place: str | None = None  # where the event the article reports on happens (a LOC key), if it says


def _article_vectors(conn: sqlite3.Connection, ids: list[str]) -> dict[str, np.ndarray]:
    out: dict[str, np.ndarray] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        rows = conn.execute(
            f"SELECT article_id, vec FROM search_articles WHERE vec IS NOT NULL AND article_id IN"
            f" ({','.join('?' * len(chunk))})", chunk)
        out.update({r[0]: np.frombuffer(r[1], dtype=np.float16).astype(np.float32) for r in rows})
    return out


def _entity_keys(store: Store, article_id: str, names: dict[str, str]) -> tuple[Counter[str], dict[str, str]]:
    """Entity keys of an article ('PER:rutte') with how often each is mentioned and a display name.

    From the mentions extractor when it found any, else from the language layer's named entities.
    """
    keys: Counter[str] = Counter()
    shown: dict[str, str] = {}

    def add(key: str, name: str) -> None:
        keys[key] += 1
        if len(name) > len(shown.get(key, "")):
            shown[key] = name

    for row in store.conn.execute(
        "SELECT text, entity, label, data FROM facts WHERE kind = 'mention' AND article_id = ?", (article_id,)
    ):
        data = json.loads(row[3])
        add(f"{row[2]}:{data.get('key') or fold(row[0])}", names.get(row[1] or "") or data.get("derived_from") or row[0])
    if not keys:
        analysis = store.get_analysis(article_id)
        for ent in analysis.language.entities if analysis else []:
            add(f"{ent.label}:{fold(ent.text)}", ent.text)
    return keys, shown


def _article_terms(conn: sqlite3.Connection, article_id: str) -> Counter[str]:
    """Stem frequencies of the article as indexed for search (numbers and very short stems left out)."""
    tf: Counter[str] = Counter()
    for (terms,) in conn.execute("SELECT terms FROM search_sentences WHERE article_id = ?", (article_id,)):
        tf.update(t for t in terms.split() if len(t) >= 3 and not t.isdigit())
    return tf


# -- event place ----------------------------------------------------------------------------------

_WORD = re.compile(r"[\w-]+")
_BOUNDARY = re.compile(r"[.!?\n]")
_GOAL = re.compile(r"\b(?:in|naar|te)\s+$", re.IGNORECASE)
_TITLE_PLACE = re.compile(r"\b(?:in|te)\s+((?:Den |De |Le |La |Los |New |San |Sint-)?[A-Z][\w'-]+)")


def is_event_word(word: str) -> bool:
    """A gathering noun or verb: 'top', 'NAVO-top', 'spoedoverleg', 'klimaatconferentie', 'vergaderen'."""
    w = word.lower()
    if w in load_set("event_nouns_excluded"):
        return False
    nouns = load_set("event_nouns")
    return w in nouns or w.endswith("-top") or any(w.endswith(n) for n in nouns if len(n) >= 6)


def _place_cue(text: str, start: int, end: int) -> bool:
    """'in/te <place>' with a gathering word at most two words before or after, in the same sentence:
    'de top in Londen', 'een bijeenkomst van ministers in Brussel', 'zijn vandaag in Parijs voor een
    spoedoverleg' (not 'de gesprekken over de oorlog in Oekraïne': the war is not the gathering)."""
    before = text[max(0, start - 120) : start]
    cut = max((m.end() for m in _BOUNDARY.finditer(before)), default=0)
    words = _WORD.findall(before[cut:])
    if not words or words[-1].lower() not in ("in", "te"):
        return False
    after = text[end : end + 120]
    stop = _BOUNDARY.search(after)
    after_words = _WORD.findall(after[: stop.start() if stop else len(after)])
    return any(is_event_word(w) for w in words[-4:-1] + after_words[:3])


def event_place(text: str, title: str | None, locs: list[tuple[str, tuple[int, int]]]) -> str | None:
    """Where the gathering the article reports on takes place, as a LOC key, or None if it does not say.

    ``locs`` are the article's place mentions (key, span in ``text``). Each one in an event phrase
    ('de top in Tallinn') votes, in the title 3, in the lead 2, further on 1, so the summit an
    article is about outweighs one it recalls in passing; continents and wide regions never count.
    Without any event phrase, the city named most often (at least twice, once in the lead after 'in',
    'naar' or 'te': 'de ministers reizen naar Tallinn') stands in; countries do not, they are too wide.
    """
    broad = load_set("broad_regions")
    votes: Counter[str] = Counter()
    first_at: dict[str, int] = {}
    surfaces: dict[str, str] = {}
    city_mentions: Counter[str] = Counter()
    city_goal: set[str] = set()
    for key, (start, end) in locs:
        if not key or fold(key) in broad:
            continue
        surfaces.setdefault(key, text[start:end])
        if fold(key) not in _countries():
            city_mentions[key] += 1
            if start < LEAD_CHARS and _GOAL.search(text[max(0, start - 8) : start]):
                city_goal.add(key)
        if _place_cue(text, start, end):
            votes[key] += 2 if start < LEAD_CHARS else 1
            first_at.setdefault(key, start)
    title = title or ""
    for key, surface in surfaces.items():
        at = title.find(surface)
        if at >= 0 and _place_cue(title, at, at + len(surface)):
            votes[key] += 3
            first_at[key] = -1
    for m in _TITLE_PLACE.finditer(title):  # a place named in the title only: no mention span to go by
        key = fold(m.group(1))
        if key not in votes and key not in _countries() and _place_cue(title, m.start(1), m.end(1)):
            votes[key] += 3
            first_at[key] = -1
    if not votes:
        cities = [(n, k) for k, n in city_mentions.most_common() if n >= 2 and k in city_goal]
        if cities and (len(cities) == 1 or cities[0][0] > cities[1][0]):
            return cities[0][1]
        return None
    return max(votes, key=lambda k: (votes[k], -first_at[k]))


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Countries and regions (folded), from the demonym list: too wide to be where a meeting is."""
    return frozenset(fold(row[1]) for row in load_table("demonyms") if len(row) > 1) | load_set("broad_regions")


def _place_mentions(store: Store, article_id: str) -> list[tuple[str, tuple[int, int]]]:
    """The article's LOC mentions as (key, span), from the mentions extractor or else the NER layer."""
    out = []
    for text, data in store.conn.execute(
        "SELECT text, data FROM facts WHERE kind = 'mention' AND label = 'LOC' AND article_id = ?", (article_id,)
    ):
        d = json.loads(data)
        if d.get("span"):
            out.append((d.get("key") or fold(text), (int(d["span"][0]), int(d["span"][1]))))
    if not out:
        analysis = store.get_analysis(article_id)
        for ent in analysis.language.entities if analysis else []:
            if ent.label in ("LOC", "GPE"):
                out.append((fold(ent.text), (ent.start, ent.end)))
    return out


def _article_place(store: Store, article_id: str) -> str | None:
    row = store.conn.execute("SELECT text, title FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    return event_place(row[0] or "", row[1], _place_mentions(store, article_id))


def tfidf(tf: Counter[str], df: dict[str, int], n_docs: int) -> dict[str, float]:
    weights = {t: (1 + math.log(c)) * math.log(1 + n_docs / df.get(t, 1)) for t, c in tf.items()}
    top = sorted(weights.items(), key=lambda kv: -kv[1])[:LEXICAL_TERMS]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    return {t: w / norm for t, w in top}


# -- scoring ---------------------------------------------------------------------------------------


def entity_overlap(keys: Counter[str], story: StoryState, idf: dict[str, float]) -> float:
    """How much of the article's entities the story is about too.

    Each entity of the article is weighted by its rarity in the corpus and its prominence in the
    article (a name mentioned five times is what the article is about), and counts for the share of
    the story's articles that mention it: a name that one article of a long story mentioned in
    passing does not pull in everything that mentions it (stories would otherwise snowball).
    """
    if not keys or not story.n:
        return 0.0
    weight = {k: idf.get(k, 1.0) * (1 + math.log(c)) for k, c in keys.items()}
    total = sum(weight.values())
    shared = sum(w * min(1.0, story.entities.get(k, 0) / story.n) for k, w in weight.items())
    return shared / total if total else 0.0


def lexical(terms: dict[str, float], story: StoryState) -> float:
    norm = story.terms_norm
    if not terms or not norm:
        return 0.0
    return sum(w * story.terms.get(t, 0.0) for t, w in terms.items()) / norm


def place_adjustment(art: ArticleSignal, story: StoryState, gap: float | None) -> float:
    """What the event places say: another city is a different event, the same city soon after the
    same one; a side that names no event place costs a little if it never names the other's city."""
    known = sum(story.places.values())
    absent = PLACE_ABSENT if gap is None or gap > GRACE_DAYS else 0.0  # within a week: no evidence
    if art.place and known:
        share = story.places.get(art.place, 0) / known
        if share == 0:
            return -PLACE_CONFLICT
        return PLACE_BONUS * share if gap is not None and gap <= PLACE_BONUS_DAYS else 0.0
    if art.place:  # the story's articles name no event place: do they name this one at all?
        return 0.0 if story.entities.get(f"LOC:{art.place}", 0) else -absent
    if known:
        main = story.places.most_common(1)[0][0]
        return 0.0 if art.keys.get(f"LOC:{main}", 0) else -absent
    return 0.0


def score(art: ArticleSignal, story: StoryState, idf: dict[str, float]) -> float:
    """Weighted evidence (vector, words, entities: each in 0..1) minus what the date gap costs, plus
    or minus what the event places say.

    A signal the article lacks (no vector, no entities) drops out and the others are reweighted.
    """
    parts: list[tuple[float, float]] = []
    if art.vec is not None and story.vec_sum.any():
        cos = float(art.vec @ story.centroid)
        parts.append((W_VECTOR, min(1.0, max(0.0, (cos - VECTOR_LOW) / (VECTOR_HIGH - VECTOR_LOW)))))
    if art.terms:
        parts.append((W_LEXICAL, lexical(art.terms, story)))
    if art.keys:
        parts.append((W_ENTITIES, entity_overlap(art.keys, story, idf)))
    if not parts:
        return 0.0
    sim = sum(w * v for w, v in parts) / sum(w for w, _ in parts)
    gap = expected_gap(art.days, story.first_day, story.last_day)
    return sim - date_penalty(gap) + place_adjustment(art, story, gap)


def _story_id(article_id: str) -> str:
    return "s" + hashlib.sha1(article_id.encode()).hexdigest()[:10]


# -- update ----------------------------------------------------------------------------------------


def _new_articles(conn: sqlite3.Connection) -> list[tuple[str, str | None]]:
    return [tuple(r) for r in conn.execute(
        "SELECT a.id, a.date FROM articles a LEFT JOIN story_members m ON m.article_id = a.id"
        " WHERE m.article_id IS NULL ORDER BY a.date IS NULL, a.date, a.id"
    )]


def update(store: Store, only: Collection[str] | None = None) -> list[Story]:
    """Place every article not yet in a story (or only those of ``only``), oldest first.

    Returns the stories that changed (also saved).
    """
    from duiding.search import index

    conn = store.conn
    ensure_schema(conn)
    index.update(store)
    todo = _new_articles(conn)
    if only is not None:
        todo = [t for t in todo if t[0] in only]
    if not todo:
        return []
    entity_names = {e.id: e.name for e in store.entities()}
    states = _load_states(conn)
    member_of = dict(conn.execute("SELECT article_id, story_id FROM story_members").fetchall())
    df = {r[0]: r[1] for r in conn.execute("SELECT key, df FROM story_entity_df")}
    names = {r[0]: r[1] for r in conn.execute("SELECT key, name FROM story_entity_df")}
    term_df = dict(conn.execute("SELECT term, df FROM story_term_df").fetchall())
    touched_terms: set[str] = set()
    touched_keys: set[str] = set()
    n_docs = max(1, len(member_of))
    vecs = _article_vectors(conn, [a for a, _ in todo])
    candidates = Candidates(states)
    changed: set[str] = set()
    placements: list[tuple[str, str, float]] = []
    for article_id, article_date in todo:
        keys, shown = _entity_keys(store, article_id, entity_names)
        for k in keys:
            df[k] = df.get(k, 0) + 1
        touched_keys.update(keys)
        names.update(shown)
        n_docs += 1
        tf = _article_terms(conn, article_id)
        for t in tf:
            term_df[t] = term_df.get(t, 0) + 1
        touched_terms.update(tf)
        art = ArticleSignal(article_id, vecs.get(article_id), keys, shown, tfidf(tf, term_df, n_docs),
                            day_range(article_date), _article_place(store, article_id))
        idf = {k: math.log(1 + n_docs / df[k]) for k in keys}
        target, best = _twin_story(store, article_id, member_of), 1.0
        if target is None:
            target, best = _best_story(art, states, idf, candidates)
        if target is None or best < JOIN_THRESHOLD:
            target = _story_id(article_id)
            states[target] = StoryState(target, np.zeros(DIM, dtype=np.float32), 0)
        states[target].add(art.vec, keys, art.terms, art.days, art.place)
        candidates.put(states[target])
        member_of[article_id] = target
        placements.append((article_id, target, round(best, 4)))
        changed.add(target)
    with store.transaction():
        conn.executemany("INSERT OR REPLACE INTO story_members(article_id, story_id, score) VALUES (?,?,?)",
                         placements)
        conn.executemany("INSERT OR REPLACE INTO story_entity_df(key, df, name) VALUES (?,?,?)",
                         [(k, df[k], names.get(k)) for k in touched_keys])
        conn.executemany("INSERT OR REPLACE INTO story_term_df(term, df) VALUES (?,?)",
                         [(t, term_df[t]) for t in touched_terms])
        for sid in changed:
            _save_state(conn, states[sid])
    stories = [build_story(store, states[sid], names, df, n_docs, entity_names) for sid in sorted(changed)]
    for story in stories:
        store.upsert_story(story)
    return stories


def _twin_story(store: Store, article_id: str, member_of: dict[str, str]) -> str | None:
    for twin in store.twins(article_id):
        if twin in member_of:
            return member_of[twin]
    return None


class Candidates:
    """Story centroids and date ranges as arrays, to shortlist stories cheaply before full scoring.

    Full scoring (words, entities) is Python work per story; with tens of thousands of stories only
    the CANDIDATES best by centroid cosine minus date penalty are scored fully.
    """

    def __init__(self, states: dict[str, StoryState]) -> None:
        self.ids: list[str] = []
        self.row: dict[str, int] = {}
        self.centroids = np.zeros((max(64, len(states)), DIM), dtype=np.float32)
        self.first = np.full(len(self.centroids), np.nan)
        self.last = np.full(len(self.centroids), np.nan)
        for state in states.values():
            self.put(state)

    def put(self, state: StoryState) -> None:
        i = self.row.get(state.id)
        if i is None:
            i = len(self.ids)
            if i == len(self.centroids):
                grow = len(self.centroids)
                self.centroids = np.vstack([self.centroids, np.zeros((grow, DIM), dtype=np.float32)])
                self.first = np.concatenate([self.first, np.full(grow, np.nan)])
                self.last = np.concatenate([self.last, np.full(grow, np.nan)])
            self.ids.append(state.id)
            self.row[state.id] = i
        self.centroids[i] = state.centroid
        self.first[i] = np.nan if state.first_day is None else state.first_day
        self.last[i] = np.nan if state.last_day is None else state.last_day

    def shortlist(self, art: ArticleSignal, k: int = 0) -> list[str]:
        n = len(self.ids)
        k = k or CANDIDATES
        if n <= k or art.vec is None:
            return list(self.ids)
        cos = self.centroids[:n] @ art.vec
        if art.days is not None:
            lo, hi = art.days
            gap = np.maximum(0, np.maximum(lo - self.last[:n], self.first[:n] - hi))
            penalty = np.where(np.isnan(gap), UNDATED_PENALTY, DATE_PENALTY * np.maximum(0, gap - GRACE_DAYS) / 30)
            cos = cos - np.nan_to_num(penalty, nan=UNDATED_PENALTY) / W_VECTOR
        top = np.argpartition(-cos, k - 1)[:k]
        return [self.ids[i] for i in top]


def _best_story(
    art: ArticleSignal, states: dict[str, StoryState], idf: dict[str, float], candidates: Candidates
) -> tuple[str | None, float]:
    best_id, best = None, 0.0
    for sid in candidates.shortlist(art):
        state = states[sid]
        if date_penalty(gap_days(art.days, state.first_day, state.last_day)) >= 1:
            continue
        s = score(art, state, idf)
        if s > best:
            best_id, best = sid, s
    return best_id, best


# -- story records ---------------------------------------------------------------------------------


def build_story(
    store: Store, state: StoryState, names: dict[str, str], df: dict[str, int], n_docs: int,
    entity_names: dict[str, str] | None = None,
) -> Story:
    conn = store.conn
    members = [r[0] for r in conn.execute("SELECT article_id FROM story_members WHERE story_id = ?", (state.id,))]
    marks = ",".join("?" * len(members))
    rows = conn.execute(f"SELECT id, title, date FROM articles WHERE id IN ({marks})", members).fetchall()
    rows.sort(key=lambda r: (r[2] is None, r[2] or "", r[0]))
    vecs = _article_vectors(conn, members)
    centroid = state.centroid
    central = max(rows, key=lambda r: (bool(r[1]), float(vecs[r[0]] @ centroid) if r[0] in vecs else 0.0))
    title = central[1] or _fallback_title(store, central[0])
    dates = [r[2] for r in rows if r[2]]

    return Story(
        id=state.id,
        title=title,
        articles=[r[0] for r in rows],
        first_date=min(dates) if dates else None,
        last_date=max(dates) if dates else None,
        key_entities=key_entities(store, [r[0] for r in rows][-KEY_ENTITY_ARTICLES:], names, df, n_docs,
                                  entity_names or {}),
    )


def key_entities(
    store: Store, members: list[str], names: dict[str, str], df: dict[str, int], n_docs: int,
    entity_names: dict[str, str],
) -> list[str]:
    """Names the story is about: mentioned in many of its articles, often, and rare elsewhere."""
    articles: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    for aid in members:
        keys, shown = _entity_keys(store, aid, entity_names)
        articles.update(set(keys))
        mentions.update(keys)
        for k, name in shown.items():
            names.setdefault(k, name)

    def weight(k: str) -> float:
        return articles[k] * (1 + math.log(mentions[k])) * math.log(1 + n_docs / df.get(k, 1))

    out: list[str] = []
    for k in sorted(articles, key=lambda k: (-weight(k), k)):
        name = names.get(k) or k.split(":", 1)[-1]
        if name not in out:
            out.append(name)
        if len(out) == KEY_ENTITIES:
            break
    return out


def _fallback_title(store: Store, article_id: str) -> str:
    """An untitled article: its first takeaway, else its first sentence (shortened)."""
    row = store.conn.execute(
        "SELECT text FROM facts WHERE article_id = ? AND kind = 'takeaway' ORDER BY idx LIMIT 1", (article_id,)
    ).fetchone()
    text = row[0] if row else ""
    if not text:
        article = store.get_article(article_id)
        text = (article.text if article else "").strip().split("\n", 1)[0]
        text = text.split(". ", 1)[0]
    return text if len(text) <= 120 else text[:117].rsplit(" ", 1)[0] + "..."


def reset(store: Store) -> None:
    """Forget every story and its state, so the next ``update`` clusters the whole store afresh."""
    conn = store.conn
    ensure_schema(conn)
    with store.transaction():
        for table in ("story_state", "story_members", "story_entity_df", "story_term_df"):
            conn.execute(f"DELETE FROM {table}")
    store.replace_stories([])
