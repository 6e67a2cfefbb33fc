"""From IOB tags over real text to clean ``NamedEntity`` spans.

The CRF follows CoNLL-2002 conventions, which do not always suit news analysis:
- a span never starts with a speech verb, title or preposition ("zei Trump", "premier Schoof",
  "Volgens Rutte" -> the name alone); a name particle ("Van Gaal", "De Wever") is kept;
- a hyphen compound such as "NAVO-topman" or "VVD-leider" is not itself an entity; when its first
  part is a known or all-capitals name, that part becomes an entity of its own with exact offsets
  ("NAVO" in "NAVO-topman" -> ORG), and the word never joins the following person name;
- punctuation at either edge is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence

from duiding.analyse.language.conll import chunks
from duiding.analyse.language.features import PARTICLES, hand_lists
from duiding.records import NamedEntity, Token

_LOWER_DETERMINERS = frozenset({"de", "het", "een", "'t", "die", "deze", "dat", "dit"})
_EDGE_PUNCT = frozenset("\"'„“”‘’‚«»()[]{}.,;:!?-–—/")


def _is_title(low: str) -> bool:
    hl = hand_lists()
    return low in hl.titles or ("-" in low and low.rsplit("-", 1)[-1] in hl.titles)


def _hyphen_head(tok: Token) -> NamedEntity | None:
    """"NAVO-topman" -> ORG "NAVO"; "VS-president" -> LOC "VS"; None when the first part is no name."""
    first, sep, rest = tok.text.partition("-")
    if not sep or not first or not rest or not rest[:1].islower():
        return None
    hl = hand_lists()
    if first in hl.countries:
        label = "LOC"
    elif first in hl.organisations:
        label = "ORG"
    elif first in hl.demonyms:
        label = "MISC"
    elif len(first) >= 2 and first.isupper() or (first[:1].isupper() and any(c.isdigit() for c in first)):
        label = "ORG"  # acronyms: "VVD-leider", "D66-fractie"
    else:
        return None
    return NamedEntity(tok.start, tok.start + len(first), label, first, "rules")  # type: ignore[arg-type]


def _starts_person(tokens: Sequence[Token], k: int, b: int) -> bool:
    """A given name, or a capitalised name particle followed by a capitalised word ("Von der Leyen")."""
    t = tokens[k].text
    if t in hand_lists().first_names:
        return True
    if t.lower() in PARTICLES and t[:1].isupper():
        return any(tokens[j].text[:1].isupper() for j in range(k + 1, b))
    return False


def _title_surname(tokens: Sequence[Token], k: int, a: int) -> bool:
    """A capitalised title word right after a given name is a surname: "Jannie Koning", "Ruud Prins". The
    name before it is the person span's only word, or a listed given name."""
    tok, prev = tokens[k], tokens[k - 1]
    return (
        k > a
        and tok.text[:1].isupper()
        and tok.text[1:].islower()
        and (k - 1 == a or prev.text in hand_lists().first_names)
        and prev.text[:1].isupper()
        and prev.end + 1 == tok.start
        and _is_title(tok.text.lower())
    )


def _split_glued(tokens: Sequence[Token], a: int, b: int, label: str) -> list[tuple[int, int, str]]:
    """Split a name glued to what precedes it.

    "Europese Commissie Ursula von der Leyen" (one ORG from the tagger) -> ORG + PER when the first
    part is a known organisation or place; "Groene Groei Eva Dijkhuizen" (one PER, the end of a
    ministry's name) -> PER "Eva Dijkhuizen", the words before the given name dropped.
    """
    if b - a < 3 and label == "PER" or b - a < 2:
        return [(a, b, label)]
    hl = hand_lists()
    if label != "PER":  # "Buitenlandse Zaken Koeleba": a known name followed by capitalised words
        for k in range(b - 1, a, -1):
            head = " ".join(tokens[j].text for j in range(a, k))
            rest = [tokens[j].text for j in range(k, b)]
            if (head in hl.organisations or head in hl.countries) and rest[-1][:1].isupper() and all(
                    w[:1].isupper() or w.lower() in PARTICLES for w in rest) and " ".join(rest) not in hl.organisations:
                return [(a, k, label), (k, b, "PER")]
    for k in range(a + 1, b):
        if not _starts_person(tokens, k, b) or b - k < 2 and tokens[k].text in hl.first_names and label != "PER":
            continue
        if label == "PER":
            before = [tokens[j].text for j in range(a, k)]
            if any(w in hl.first_names or w.lower() in PARTICLES for w in before):
                continue  # "Jan Peter Balkenende", "Annelies de Groot": one person
            head = " ".join(before)
            if head in hl.organisations:
                return [(a, k, "ORG"), (k, b, "PER")]
            if head in hl.countries:
                return [(a, k, "LOC"), (k, b, "PER")]
            return [(k, b, "PER")]
        head = " ".join(tokens[j].text for j in range(a, k))
        if head in hl.organisations or head in hl.countries:
            return [(a, k, label), (k, b, "PER")]
        before = [tokens[j].text for j in range(a, k)]
        if tokens[k].text in hl.first_names and b - k >= 2 and tokens[k + 1].text[:1].isupper() and not any(
                w in hl.first_names or w.lower() in PARTICLES for w in before):
            return [(a, k, label), (k, b, "PER")]  # "... Groene Groei Eva Dijkhuizen"
    return [(a, b, label)]


def _cut_at_acronym_stop(tokens: Sequence[Token], a: int, b: int, label: str) -> list[tuple[int, int, str]]:
    """"VS. Bronnen" (the tokenizer kept the sentence end inside an abbreviation) -> "VS"."""
    for k in range(a, b - 1):
        t = tokens[k].text
        if len(t) > 2 and t.endswith(".") and t[:-1].isupper() and tokens[k + 1].text[:1].isupper():
            return [(a, k + 1, label)]
    return [(a, b, label)]


# third-person verbs that follow a speaker's surname at the start of a sentence ("Biden zegt ...")
_SPEAKER_VERBS = frozenset({"zegt", "zei", "stelt", "stelde", "vindt", "vond", "denkt", "dacht", "meldt", "meldde",
                            "benadrukt", "benadrukte", "waarschuwt", "waarschuwde", "verklaart", "verklaarde",
                            "schrijft", "schreef", "twittert", "twitterde", "liet", "laat", "reageert",
                            "reageerde", "erkent", "erkende", "ontkent", "ontkende", "belooft", "beloofde"})


def _initial_speaker(tokens: Sequence[Token], tags: Sequence[str]) -> list[str]:
    """A capitalised unknown word opening the sentence before "zegt", "zei" ... is a person's name."""
    from duiding.analyse.language.lookups import vocabulary
    from duiding.analyse.language.ner import default_model

    if len(tokens) < 2 or tags[0] != "O" or tokens[1].text.lower() not in _SPEAKER_VERBS:
        return list(tags)
    if len(tokens) > 2 and tokens[2].text.lower() in _INVERTED_SUBJECTS:
        return list(tags)  # "Daarna zei ze ...": the first word is not the subject
    w, low = tokens[0].text, tokens[0].text.lower()
    if not w[:1].isupper() or w.isupper() or not w.isalpha() or low in vocabulary() or low in hand_lists().speech:
        return list(tags)
    if low in default_model(False).lexicon.lower_common:
        return list(tags)
    return ["B-PER", *tags[1:]]


_INVERTED_SUBJECTS = frozenset({"hij", "zij", "ze", "ik", "je", "jij", "we", "wij", "u", "men", "het", "de", "een",
                                "er", "hem", "haar", "dit", "die", "deze"})


def entities_from_tags(tokens: Sequence[Token], tags: Sequence[str], source: str = "crf") -> list[NamedEntity]:
    """Spans from the IOB tags of one sentence's tokens, cleaned as described in the module doc."""
    out: list[NamedEntity] = []
    covered: set[int] = set()
    tags = _initial_speaker(tokens, tags)
    spans = [cut for a, b, label in chunks(tags) for part in _split_glued(tokens, a, b, label)
             for cut in _cut_at_acronym_stop(tokens, *part)]
    for a, b, label in spans:
        # leading words that are not part of a name
        while a < b:
            tok = tokens[a]
            low = tok.text.lower()
            particle = low in PARTICLES and tok.text[:1].isupper() and (a > 0 or label == "PER")
            if (tok.text in _EDGE_PUNCT or _is_title(low) or (low in hand_lists().speech and not particle)
                    or tok.text in _LOWER_DETERMINERS):
                a += 1
                continue
            break
        while b > a and (tokens[b - 1].text in _EDGE_PUNCT or _is_title(tokens[b - 1].text.lower())):
            if label == "PER" and _title_surname(tokens, b - 1, a):
                break
            b -= 1
        if a >= b:
            continue
        if label == "PER" and b < len(tokens) and _title_surname(tokens, b, a):
            b += 1  # "Jannie Koning (78)": the tagger left the surname out, read as the title 'koning'
        if b - a == 1 and "-" in tokens[a].text:
            head = _hyphen_head(tokens[a])
            if head is not None:
                out.append(head)
                covered.add(a)
                continue
        text_start, text_end = tokens[a].start, tokens[b - 1].end
        last = tokens[b - 1].text
        if len(last) > 2 and last.endswith(".") and last[:-1].isupper():
            text_end -= 1  # "VS." at the end of a sentence: the full stop is not part of the name
        out.append(NamedEntity(text_start, text_end, label, "", source))  # type: ignore[arg-type]
        covered.update(range(a, b))
    # hyphen compounds the tagger left alone ("NAVO-topman", "EU-landen")
    for i, tok in enumerate(tokens):
        if i not in covered and "-" in tok.text and tok.text[:1].isupper():
            head = _hyphen_head(tok)
            if head is not None:
                out.append(head)
    out.sort(key=lambda e: (e.start, e.end))
    return out


def fill_text(entities: list[NamedEntity], text: str) -> list[NamedEntity]:
    for e in entities:
        e.text = text[e.start:e.end]
    return entities
