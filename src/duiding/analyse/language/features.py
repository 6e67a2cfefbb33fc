"""Token features for the CRF named-entity tagger.

One function, ``sentence_features``, is used both at training time (on CoNLL-2002 tokens) and at
run time (on spaCy tokens of real news text), so the two cannot drift apart. Features are plain
strings (binary attributes), which is what crfsuite handles fastest.

What the features encode, and why:
- word form, prefixes and suffixes: Dutch names and nationality adjectives have telling endings
  (-se, -ers, -straat, -berg);
- shape and capitalisation, and whether the token opens a sentence (or follows an opening quote):
  a capital is strong evidence of a name only where a sentence does not begin;
- ``lexicon.lower_common``: words that are usually written in lowercase ("Volgens", "Ook") are
  rarely names even when capitalised at the start of a sentence;
- hyphen parts: "NAVO-topman", "VVD-leider", "Oost-Europa";
- gazetteers: names seen in the training corpus (at training time a document never sees its own
  names, so the model learns how far to trust the list) and the hand-written lists in
  ``resources/nl/ner_*.txt``;
- document context: the same word written with a capital elsewhere in the document in the middle
  of a sentence, or written in lowercase elsewhere.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from duiding.analyse.language.lookups import vocabulary
from duiding.resources import load_list, load_set

OPENERS = frozenset({"„", "“", '"', "'", "‘", "(", "[", ":", "-", "–", "—", "‚", "«", "''", ",,", "``"})
# Name particles: "Van Gaal", "De Wever", "Ter Horst", "von der Leyen", "al-Assad".
PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "'t", "la", "le", "di", "da", "von", "du", "del",
                       "dos", "el", "al", "bin", "ibn"})
_QUOTES = str.maketrans({"„": '"', "“": '"', "”": '"', "‘": "'", "’": "'", "‚": "'", "«": '"', "»": '"'})


def normalise_token(word: str) -> str:
    """Spell typographic quotes the way the CoNLL training text does (plain ASCII quotes)."""
    return word.translate(_QUOTES) if not word.isalnum() else word
_SHAPE_TABLE = {}
for _c in "ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜÇÑ":
    _SHAPE_TABLE[ord(_c)] = "X"
    _SHAPE_TABLE[ord(_c.lower())] = "x"
for _c in "0123456789":
    _SHAPE_TABLE[ord(_c)] = "d"
_RUNS = re.compile(r"(.)\1+")
_PUNCT = re.compile(r"^\W+$")
MAX_GAZ_LEN = 5


@dataclass
class Lexicon:
    """What the features look words up in; built by training, saved next to the model."""

    lower_common: frozenset[str] = frozenset()
    # phrase (as written) -> {type: number of training documents it was seen in with that type}
    gazetteer: dict[str, dict[str, int]] = field(default_factory=dict)
    # single token (as written) -> {type: documents}; catches "Rutte" when only "Mark Rutte" was seen
    token_gazetteer: dict[str, dict[str, int]] = field(default_factory=dict)
    # word lowercase -> cluster id (optional, from co-occurrence clustering)
    clusters: dict[str, str] = field(default_factory=dict)
    # directory of Frog's Dutch data (Debian package frogdata), read at run time for the name lists
    # and the word -> entity-tag counts of its NER training data; "" when the model does not use it
    external: str = ""

    def to_json(self) -> dict[str, object]:
        return {
            "lower_common": sorted(self.lower_common),
            "gazetteer": self.gazetteer,
            "token_gazetteer": self.token_gazetteer,
            "clusters": self.clusters,
            "external": self.external,
        }

    @classmethod
    def from_json(cls, d: Mapping[str, object]) -> Lexicon:
        return cls(
            lower_common=frozenset(d.get("lower_common", [])),  # type: ignore[arg-type]
            gazetteer=dict(d.get("gazetteer", {})),  # type: ignore[arg-type]
            token_gazetteer=dict(d.get("token_gazetteer", {})),  # type: ignore[arg-type]
            clusters=dict(d.get("clusters", {})),  # type: ignore[arg-type]
            external=str(d.get("external", "")),
        )

    @classmethod
    def load(cls, path: str | Path) -> Lexicon:
        return cls.from_json(json.loads(Path(path).read_text(encoding="utf-8")))


@dataclass(frozen=True)
class HandLists:
    countries: frozenset[str]
    organisations: frozenset[str]
    demonyms: frozenset[str]
    titles: frozenset[str]
    first_names: frozenset[str]
    speech: frozenset[str]


@lru_cache(maxsize=1)
def hand_lists() -> HandLists:
    return HandLists(
        countries=frozenset(load_list("ner_countries")),
        organisations=frozenset(load_list("ner_organisations")),
        demonyms=frozenset(load_list("ner_demonyms")),
        titles=load_set("ner_titles"),
        first_names=frozenset(load_list("ner_first_names")),
        speech=load_set("ner_speech_verbs"),
    )


@dataclass(frozen=True)
class ExternalLists:
    words: dict[str, tuple[str, ...]]  # word -> features from its entity-tag distribution
    first_names: frozenset[str]
    surnames: frozenset[str]
    places: frozenset[str]


class ExternalDataMissing(RuntimeError):
    pass


@lru_cache(maxsize=2)
def external_lists(directory: str) -> ExternalLists:
    """Name lists and per-word entity-tag counts shipped with Frog (GPL data, read in place, never copied)."""
    d = Path(directory)
    lex_path = d / "nergen.data.lex"
    if not lex_path.exists():
        raise ExternalDataMissing(f"{lex_path} not found: this model needs Frog's data (apt-get install frogdata)")
    words: dict[str, tuple[str, ...]] = {}
    for line in lex_path.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split()
        if len(parts) < 3 or not parts[0].isdigit():
            continue
        total = int(parts[0])
        by_type: dict[str, int] = {}
        begins = 0
        for item in parts[2:]:
            tag, _, c = item.rpartition(":")
            if tag == "O" or not c.isdigit():
                continue
            by_type[tag[2:]] = by_type.get(tag[2:], 0) + int(c)
            if tag.startswith("B-"):
                begins += int(c)
        ne = sum(by_type.values())
        if ne == 0 or ne * 10 < total:
            continue
        best = max(by_type, key=by_type.__getitem__)
        ratio = "hi" if ne * 2 >= total else "lo"
        words[parts[1]] = ("xl=" + best, f"xl={best}-{ratio}", "xlB" if begins * 2 >= ne else "xlI",
                           "xlf=" + str(min(total, 20) // 5))

    def names(name: str) -> frozenset[str]:
        p = d / name
        return frozenset(x.strip() for x in p.read_text(encoding="utf-8", errors="replace").splitlines()
                         if x.strip()) if p.exists() else frozenset()

    places = (names("geonames-nl.ner") | names("geonames-be.ner") | names("plaatsen-nld.ner")
              | names("gemeenten-nld.ner") | names("straten-nld.ner"))
    # the POS lexicon (case-sensitive): how often a form is a proper noun, and its usual word class
    pos_path = d / "Frog.mbt.1.0.lex"
    if pos_path.exists():
        for line in pos_path.read_text(encoding="utf-8", errors="replace").splitlines():
            parts = line.split()
            if len(parts) < 3 or not parts[1][:1].isupper():
                continue
            total, proper, best, best_c = 0, 0, "", 0
            for item in parts[2:]:
                tag, _, c = item.rpartition(":")
                if not c.isdigit():
                    continue
                n = int(c)
                total += n
                if tag.startswith(("N(eigen", "SPEC(deeleigen")):
                    proper += n
                if n > best_c:
                    best, best_c = tag.split("(", 1)[0], n
            if not total:
                continue
            ratio = proper / total
            bucket = "hi" if ratio >= 0.8 else "mid" if ratio >= 0.3 else "lo" if ratio > 0 else "no"
            words[parts[1]] = words.get(parts[1], ()) + ("pn=" + bucket, "mt=" + best)
    return ExternalLists(words, names("voornamen.ner"), names("familienamen.ner"), places)


def shape(word: str) -> str:
    return word.translate(_SHAPE_TABLE)


@lru_cache(maxsize=200_000)
def _word_features(word: str) -> tuple[tuple[str, ...], str, str]:
    """Context-free features of a word form, the short shape and the lowercase form (cached)."""
    low = word.lower()
    full = shape(word)
    short = _RUNS.sub(r"\1", full)
    f = [
        "w=" + low,
        "sh=" + short,
        "p1=" + low[:1], "p2=" + low[:2], "p3=" + low[:3], "p4=" + low[:4],
        "s1=" + low[-1:], "s2=" + low[-2:], "s3=" + low[-3:], "s4=" + low[-4:],
        "len=" + str(min(len(word), 8)),
    ]
    if len(full) <= 6:  # the full shape only for short words: "XX", "Xx", "dddd"
        f.append("fsh=" + full)
    first = word[:1]
    if first.isupper():
        f.append("cap")
        if word.isupper() and len(word) > 1:
            f.append("allcap")
    elif first.islower():
        f.append("low")
    if any(c.isdigit() for c in word):
        f.append("digit")
    if _PUNCT.match(word):
        f.append("punct")
    if "-" in word.strip("-"):
        parts = [p for p in word.split("-") if p]
        if parts:
            f.append("h0=" + parts[0].lower())
            f.append("hL=" + parts[-1].lower())
            f.append("h0sh=" + _RUNS.sub(r"\1", shape(parts[0])))
            f.append("hLsh=" + _RUNS.sub(r"\1", shape(parts[-1])))
    return tuple(f), short, low


def _hand_features(word: str, low: str, hl: HandLists) -> list[str]:
    f = []
    if word in hl.demonyms:
        f.append("hl=dem")
    if word in hl.first_names:
        f.append("hl=first")
    if low in hl.titles:
        f.append("hl=title")
    elif "-" in low and low.rsplit("-", 1)[-1] in hl.titles:
        f.append("hl=htitle")
    if low in hl.speech:
        f.append("hl=speech")
    return f


def _phrase_matches(words: Sequence[str], lex: Lexicon, hl: HandLists,
                    exclude: Mapping[str, set[str]] | None, ext: ExternalLists | None = None) -> list[list[str]]:
    """Per token: gazetteer features from the longest phrase matches starting at capitalised tokens."""
    n = len(words)
    out: list[list[str]] = [[] for _ in range(n)]
    gaz = lex.gazetteer
    for i in range(n):
        if not words[i][:1].isupper() and not words[i][:1].isdigit():
            continue
        for k in range(min(MAX_GAZ_LEN, n - i), 0, -1):
            phrase = words[i] if k == 1 else " ".join(words[i:i + k])
            tags: list[str] = []
            counts = gaz.get(phrase)
            if counts:
                own = exclude.get(phrase, ()) if exclude else ()
                for typ, c in counts.items():
                    if c - (1 if typ in own else 0) > 0:
                        tags.append(typ)
            if phrase in hl.countries:
                tags.append("hLOC")
            if phrase in hl.organisations:
                tags.append("hORG")
            if ext is not None and phrase in ext.places:
                tags.append("xLOC")
            if tags:
                for t in tags:
                    out[i].append("gz=B-" + t)
                    for j in range(i + 1, i + k):
                        out[j].append("gz=I-" + t)
                if k > 1:
                    out[i].append("gzlen=" + str(k))
                break
    return out


@dataclass
class DocContext:
    """What the rest of the document says about word forms (built once per document)."""

    mid_caps: dict[str, int] = field(default_factory=dict)  # word -> capitalised non-initial occurrences
    lowers: set[str] = field(default_factory=set)  # lowercase forms written in lowercase

    @classmethod
    def build(cls, sentences: Sequence[Sequence[str]]) -> DocContext:
        ctx = cls()
        for words in sentences:
            for i, w in enumerate(words):
                if not w:
                    continue
                if w[0].isupper():
                    if i > 0 and words[i - 1] not in OPENERS:
                        ctx.mid_caps[w] = ctx.mid_caps.get(w, 0) + 1
                elif w[0].islower():
                    ctx.lowers.add(w)
        return ctx


def sentence_features(words: Sequence[str], lex: Lexicon, doc: DocContext | None = None,
                      exclude: Mapping[str, set[str]] | None = None) -> list[list[str]]:
    """Feature strings for every token of one sentence."""
    hl = hand_lists()
    vocab = vocabulary()
    n = len(words)
    base = [_word_features(w) for w in words]
    ext = external_lists(lex.external) if lex.external else None
    gaz = _phrase_matches(words, lex, hl, exclude, ext)
    tok_gaz = lex.token_gazetteer
    clusters = lex.clusters
    own_tokens: set[str] = set()
    if exclude:
        for phrase in exclude:
            own_tokens.update(phrase.split())
    local: list[list[str]] = []
    marks: list[str] = []  # "title" / "first" / "" per token, for the neighbours' features
    tgs = [""] * n  # training-gazetteer type per token, for the neighbours' features
    for i, w in enumerate(words):
        feats, short, low = base[i]
        hand = _hand_features(w, low, hl)
        marks.append("title" if ("hl=title" in hand or "hl=htitle" in hand) else "first" if "hl=first" in hand else "")
        f = ["bias", *feats, *gaz[i], *hand]
        if ext is not None:
            f.extend(ext.words.get(w, ("xl=none",)))
            if w in ext.first_names:
                f.append("xfirst")
                marks[i] = marks[i] or "first"
            if w in ext.surnames:
                f.append("xsur")
        initial = i == 0 or words[i - 1] in OPENERS
        if initial:
            f.append("init")
        if w[:1].isupper():
            f.append("W=" + w)  # the form as written: "Tour" (the race) is not "tour"
            if initial:
                f.append("initw=" + low)
            if low in lex.lower_common:
                f.append("lowcommon")
                if initial:
                    f.append("init_lowcommon")
            elif initial:
                f.append("init_rare")
            if low in vocab:
                f.append("vocab")
                if initial:
                    f.append("init_vocab")
            elif initial:
                f.append("init_novocab")
            if doc is not None:
                mc = doc.mid_caps.get(w, 0)
                # a sentence-initial word counts itself only when it is not initial
                if mc - (0 if initial else 1) > 0:
                    f.append("doc_midcap")
                if low in doc.lowers:
                    f.append("doc_lower")
            counts = tok_gaz.get(w)
            if counts and not (w in own_tokens and sum(counts.values()) <= 1):
                best = max(counts, key=counts.__getitem__)
                f.append("tg=" + best)
                tgs[i] = best
            if "-" in w:  # "CVP-voorzitter", "Oekraïne-oorlog": what the first part is known as
                head = w.split("-", 1)[0]
                if head in hl.countries:
                    f.append("h0g=hLOC")
                if head in hl.organisations:
                    f.append("h0g=hORG")
                hc = lex.gazetteer.get(head)
                if hc and not (exclude and head in exclude):
                    f.append("h0g=" + max(hc, key=hc.__getitem__))
                if ext is not None and head in ext.words:
                    f.append("h0" + ext.words[head][0])
        cl = clusters.get(low)
        if cl:
            f.append("cl=" + cl)
            f.append("cl4=" + cl[:4])
        local.append(f)

    # context window
    out: list[list[str]] = []
    for i in range(n):
        f = local[i]
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                feats, short, low = base[j]
                f.append(f"{d}w={low}")
                f.append(f"{d}sh={short}")
                if d in (-1, 1):
                    f.append(f"{d}s3={low[-3:]}")
                    cl = clusters.get(low)
                    if cl:
                        f.append(f"{d}cl={cl}")
                    for g in gaz[j]:
                        f.append(f"{d}{g}")
                    if marks[j]:
                        f.append(f"{d}{marks[j]}")
                    if tgs[j]:
                        f.append(f"{d}tg={tgs[j]}")
                    if ext is not None:
                        xl = ext.words.get(words[j])
                        if xl:
                            f.append(f"{d}{xl[0]}")  # xl=TYPE, or pn=BUCKET for words with no entity counts
            else:
                f.append(f"{d}w=<pad>")
        if i > 0:
            f.append("bg-=" + base[i - 1][2] + "|" + base[i][2])
        if i + 1 < n:
            f.append("bg+=" + base[i][2] + "|" + base[i + 1][2])
        out.append(f)
    return out


def stacked_features(sentences: Sequence[Sequence[str]], first_pass: Sequence[Sequence[str]]) -> list[list[list[str]]]:
    """Second-pass features: what the first pass said here and about the same words elsewhere in the document.

    A name is usually written several times in one article, and most of those mentions are easy;
    the hard ones (sentence-initial, unknown company names) borrow the label of the easy ones.
    Counts from the token's own sentence are left out so the feature reflects other evidence.
    """
    from duiding.analyse.language.conll import chunks

    word_types: list[dict[str, dict[str, int]]] = []  # per sentence: word -> type -> count
    phrase_types: list[dict[str, dict[str, int]]] = []
    total_w: dict[str, dict[str, int]] = {}
    total_p: dict[str, dict[str, int]] = {}
    sent_chunks = []
    for words, tags in zip(sentences, first_pass):
        wt: dict[str, dict[str, int]] = {}
        pt: dict[str, dict[str, int]] = {}
        ch = chunks(tags)
        sent_chunks.append(ch)
        inside = [""] * len(words)
        for a, b, t in ch:
            phrase = " ".join(words[a:b])
            pt.setdefault(phrase, {}).setdefault(t, 0)
            pt[phrase][t] += 1
            for j in range(a, b):
                inside[j] = t
        for j, w in enumerate(words):
            if w[:1].isupper() and (inside[j] or j > 0):
                t = inside[j] or "O"
                wt.setdefault(w, {}).setdefault(t, 0)
                wt[w][t] += 1
        for src, tot in ((wt, total_w), (pt, total_p)):
            for key, counts in src.items():
                d = tot.setdefault(key, {})
                for t, c in counts.items():
                    d[t] = d.get(t, 0) + c
        word_types.append(wt)
        phrase_types.append(pt)

    def others(total: dict[str, dict[str, int]], own: dict[str, dict[str, int]], key: str) -> dict[str, int]:
        t = total.get(key)
        if not t:
            return {}
        o = own.get(key, {})
        return {k: v - o.get(k, 0) for k, v in t.items() if v - o.get(k, 0) > 0}

    out: list[list[list[str]]] = []
    for k, (words, tags) in enumerate(zip(sentences, first_pass)):
        n = len(words)
        feats: list[list[str]] = []
        for i, w in enumerate(words):
            f = ["p1=" + tags[i], "p1-1=" + (tags[i - 1] if i > 0 else "<s>"), "p1+1=" + (tags[i + 1] if i + 1 < n else "</s>")]
            if w[:1].isupper():
                counts = others(total_w, word_types[k], w)
                if counts:
                    best = max(counts, key=counts.__getitem__)
                    f.append("dw=" + best)
                    for t in counts:
                        f.append("dwany=" + t)
            feats.append(f)
        for a, b, t in sent_chunks[k]:
            counts = others(total_p, phrase_types[k], " ".join(words[a:b]))
            if counts:
                best = max(counts, key=counts.__getitem__)
                for j in range(a, b):
                    feats[j].append("dp=" + best)
                    feats[j].append("dpagree" if best == t else "dpdiff")
        out.append(feats)
    return out
