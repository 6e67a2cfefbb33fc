"""Who a speaker phrase is: noun phrases at a position, and resolving pronouns and role nouns.

A speaker phrase is one of: a mention (with its title: "NAVO-topman Stoltenberg"), a pronoun
("hij", "ze"), a relative "die" (its antecedent), a role noun ("de premier", "de Amerikaanse
minister van Buitenlandse Zaken") or a group ("Westerse functionarissen", "bronnen rond het
kabinet", "het ministerie"). Pronouns go to the person in focus (the subject of the sentence, else
the last person who spoke or was the subject of a sentence); role nouns to the person in the article
written with a matching role, else, for a bare "de premier", the person in focus when nothing in the
article says otherwise. Groups and unmatched roles are kept as written.
"""

from __future__ import annotations

import re

from dataclasses import dataclass
from functools import lru_cache

from duiding.analyse.quoting import lexicon as lx
from duiding.analyse.quoting.lexicon import Word
from duiding.records import Mention
from duiding.resources import load_list, load_set

ARTICLES = {"de", "het", "een"}
_PREPS = frozenset({"in", "rond", "rondom", "uit", "van", "bij", "binnen", "op", "achter"})
_NP_PREPS = frozenset({"rond", "rondom", "van", "bij", "binnen", "achter"})
_BODY_NOUNS = frozenset({"ministerie", "departement", "directoraat", "agentschap", "dienst", "bureau"})
_COLLECTIVES = frozenset({"groep", "aantal", "delegatie", "handvol", "reeks", "coalitie", "collectief"})


@lru_cache(maxsize=1)
def adverbs() -> frozenset[str]:
    return load_set("speech_adverbs")


@lru_cache(maxsize=1)
def clause_openers() -> frozenset[str]:
    return load_set("clause_openers")


@lru_cache(maxsize=1)
def auxiliaries() -> frozenset[str]:
    return load_set("auxiliaries")


AGE_RE = re.compile(r"(\d{1,3})-jarige")


@dataclass
class Speaker:
    start: int  # char span of the phrase as written
    end: int
    kind: str  # mention | pronoun | relative | role | group
    text: str  # as written (without a leading article for mentions)
    end_word: int  # word index after the phrase
    mention: Mention | None = None
    plural: bool = False
    generic: bool = False  # an ordinary noun phrase ("de farmaceutische industrie"), found by position only
    head_word: int | None = None  # word index of the head noun of a generic noun phrase
    members: tuple[Speaker, ...] = ()  # "Kok en Claes zeiden": the persons of a joint subject, one quote each


# determiners that never open a plural: "het fonds" is one body, whatever its ending ("een groep ouders"
# may speak as "ze")
_SINGULAR_DETERMINERS = frozenset({"het", "dit", "elk", "ieder"})


@lru_cache(maxsize=4096)
def _plural_form(low: str) -> bool:
    """A noun ending as a plural does (-en, -s) that is no listed singular (``singular_nouns.txt``: 'keten')."""
    return low.endswith(("en", "s")) and not any(low.endswith(n) for n in load_list("singular_nouns"))


@lru_cache(maxsize=1)
def _place_bodies() -> frozenset[str]:
    return load_set("place_bodies")


class Doc:
    """Words, mentions by word and the fullest name per mention key, for one article."""

    def __init__(self, text: str, words: list[Word], mentions: list[Mention],
                 plural_nouns: frozenset[int] = frozenset()) -> None:
        self.text = text
        self.words = words
        self.plural_nouns = plural_nouns  # start offsets of words the tagger reads as inflected common nouns
        self.mentions = [m for m in mentions if not m.derived_from]
        self.by_start: dict[int, Mention] = {}
        self.word_at_char, self.word_end_at_char = lx.word_offsets(words)  # shared: never written to
        self.role_start: dict[int, int] = {}  # word index where a mention's title starts -> mention start word
        for m in self.mentions:
            wi = self.word_at_char.get(m.span[0])
            if wi is None:
                continue
            self.by_start[wi] = m
            if m.role:
                rs = self._role_start_word(wi, m.role)
                if rs is not None:
                    self.role_start[rs] = wi
        self.fullest: dict[str, str] = {}
        for m in self.mentions:
            cur = self.fullest.get(m.key)
            if cur is None or len(m.text) > len(cur):
                self.fullest[m.key] = m.text
        for key, name in list(self.fullest.items()):
            if len(key.split()) > len(name.split()):
                self.fullest[key] = self._with_surname(key, name)

    def _with_surname(self, key: str, name: str) -> str:
        """'Janny' under the key 'janny zijlstra' ('Bert en Janny Zijlstra'): the name with the surname
        written as another mention of the article ends."""
        n = len(name.split())
        kw = key.split()
        if lx.fold(" ".join(kw[:n])) != lx.fold(name):
            return name
        tail = kw[n:]
        for m in self.mentions:
            words = m.text.split()
            if len(words) > len(tail) and [lx.fold(w) for w in words[-len(tail):]] == [lx.fold(w) for w in tail]:
                return " ".join([name, *words[-len(tail):]])
        return name

    def _role_start_word(self, wi: int, role: str) -> int | None:
        n_role = len(list(lx.WORD_RE.finditer(role)))
        while wi >= 2 and self.words[wi - 1].text == "." and self.words[wi - 2].low in lx.honorifics():
            wi -= 2  # "Onderzoeksleider dr. Noa Friedman": the role is before the honorific
        j = wi - n_role
        if j > 0 and self.words[wi - 1].text == ",":
            j -= 1
        if j < 0:
            return None
        written = lx.fold(self.text[self.words[j].start : self.words[wi - 1].end]).rstrip(" ,")
        return j if written == lx.fold(role) else None

    def name(self, m: Mention) -> str:
        return self.fullest.get(m.key, m.text)

    def phrase_at(self, k: int, limit: int) -> Speaker | None:
        """The speaker phrase starting at word k (not beyond word ``limit``), or None."""
        ws = self.words
        if k >= limit:
            return None
        start_k = k
        if ws[k].low in lx.honorifics():
            k = lx.after_honorifics(ws, k)  # "zei mr. Bos": the person after the honorific
            if k >= limit or k not in self.by_start:
                return None
            return self._mention_speaker(k, self.by_start[k])
        one_of = self._one_of(k, limit)
        if one_of is not None:
            return one_of
        if ws[k].low in ("de", "het") and k in self.by_start and (self.by_start[k].type in ("ORG", "MISC") or (
                self.by_start[k].type == "PER" and ws[k].text[:1].isupper())):
            # "de Volkskrant": the article is part of the name; "aldus De Vries": so is a surname's particle
            return self._mention_speaker(k, self.by_start[k])
        if ws[k].low in ("zijn", "haar", "hun", "diens") and k + 2 < limit and ws[k + 1].text.isalpha() \
                and ws[k + 1].text.islower() and (k + 2) in self.by_start and self.by_start[k + 2].type == "PER":
            return self._mention_speaker(k + 2, self.by_start[k + 2], start=k)  # "Zijn naamgenoot Sanne Bakker"
        if ws[k].low in ("zijn", "haar", "hun") and k + 1 < limit and lx.is_title(ws[k + 1].text) \
                and ws[k + 1].text.islower() and not ((k + 2) in self.by_start and k + 2 < limit):
            end = self._complement(k + 2, limit, preps=("van",))  # "Zijn advocaat liet weten ..."
            return Speaker(ws[k].start, ws[end - 1].end, "role", _span_text(self.text, ws, k, end), end)
        indefinite = ws[k].low == "een" and k + 1 < limit and not lx.is_cap(ws[k + 1].text)
        if (ws[k].low in ("de", "het", "dezelfde", "diezelfde") or indefinite) and k + 1 < limit:
            k += 1
        if k in self.role_start and self.role_start[k] < limit and not indefinite:
            m = self.by_start[self.role_start[k]]
            return self._mention_speaker(start_k if start_k != k else k, m)
        if start_k != k:
            for j in range(k + 1, min(limit, k + 3)):
                # "aldus een trotse burgemeester Piet Arends": adjectives, a role, then the person's name
                if not (ws[j - 1].text.isalpha() and ws[j - 1].text.islower()):
                    break
                if j in self.role_start and self.role_start[j] < limit and self.by_start[self.role_start[j]].type == "PER":
                    return self._mention_speaker(start_k, self.by_start[self.role_start[j]])
        if k + 1 < limit and (k + 1) in self.by_start and self.by_start[k + 1].type == "ORG" \
                and lx.demonyms().get(ws[k].text, ("", ""))[1] == "adj":
            return self._mention_speaker(k + 1, self.by_start[k + 1], start=start_k)  # "de Oekraïense Staatsdienst"
        if k in self.by_start and not indefinite and not self._adjective_mention(k, limit):
            m = self.by_start[k]
            after_org = self.word_end_at_char.get(m.span[1], k) + 1
            if m.type == "ORG" and after_org in self.role_start and self.role_start[after_org] < limit:
                # "ACV Transcom-secretaris Jeroen Vanhove": the organisation opens the person's title
                m = self.by_start[self.role_start[after_org]]
                return self._mention_speaker(self.role_start[after_org], m, start=start_k)
            if m.type in ("PER", "ORG", "LOC", "MISC") and not (k + 1 < len(ws) and ws[k + 1].text == "-"):
                sp = self._mention_speaker(k, m)
                if sp.end_word < len(ws) and lx.is_group_noun(ws[sp.end_word].text):
                    return self._group(start_k, sp.end_word, limit)
                return sp
        w = ws[k]
        if start_k == k and w.low in lx.pronouns():
            person, number = lx.pronouns()[w.low]
            nxt = ws[k + 1].text if k + 1 < len(ws) else "."
            if w.low == "haar" and nxt[:1].isalpha():
                return None  # possessive: "haar land"
            if person == "3":
                return Speaker(w.start, w.end, "pronoun", w.text, k + 1, plural=number == "pl")
            return None
        if start_k == k and w.low == "die":
            return Speaker(w.start, w.end, "relative", w.text, k + 1)
        if AGE_RE.fullmatch(w.text) and ws[start_k].low == "de":
            # "zegt de 74-jarige", "zei de 38-jarige regisseur": a person by age (and an unlisted noun)
            end = k + 1
            if end < limit and w.text.islower() and ws[end].text.isalpha() and ws[end].text.islower() \
                    and _noun_like(ws[end].text) and ws[end].low not in lx.speech_forms():
                end += 1
            return Speaker(ws[start_k].start, ws[end - 1].end, "role", _span_text(self.text, ws, start_k, end), end)
        # role nouns and groups: (article) adjectives* noun (van/in/rond ... X)?
        j = k
        if ws[start_k].low == "een" and k + 1 < limit and ws[k].low in ("aantal", "groep", "paar"):
            j = k + 1
            k = start_k
        while j < limit and j - k < 3 and _adjective(ws[j].text) and not lx.is_title(ws[j].text) \
                and not lx.is_group_noun(ws[j].text):
            j += 1
        if j < limit and lx.is_title(ws[j].text) and not (j + 1 < limit and lx.is_cap(ws[j + 1].text)
                                                          and (j + 1) in self.by_start
                                                          and self.by_start[j + 1].type == "PER"):
            end = self._complement(j + 1, limit, preps=("van",))
            if end == j + 1 and (port := _portfolio_len(ws, end, limit)) and ws[end].text[:1].isupper():
                end += port  # Belgian "de chef Defensie", "de minister Defensie"
            if end > j + 1 and end + 1 < limit and ws[end].low == "in" and (end + 1) in self.by_start \
                    and self.by_start[end + 1].type == "LOC":
                end = self.word_end_at_char.get(self.by_start[end + 1].span[1], end) + 1  # "... in Berlijn"
            return Speaker(ws[start_k].start, ws[end - 1].end, "role", _span_text(self.text, ws, start_k, end), end)
        if j < limit and (lx.is_group_noun(ws[j].text) or lx.is_org_head(ws[j].text)) and (j + 1) in self.by_start \
                and j + 1 < limit \
                and lx.is_cap(ws[j + 1].text) and self.by_start[j + 1].type != "LOC":
            return self._mention_speaker(j + 1, self.by_start[j + 1], start=start_k)  # "ondernemersvereniging X"
        if j + 1 < limit and (lx.is_group_noun(ws[j].text) or lx.is_org_head(ws[j].text)) and ws[j].text.islower() \
                and (j + 1) in self.by_start and self.by_start[j + 1].type == "LOC":
            m = self.by_start[j + 1]  # "de gemeente Zwolle", "de provincie Utrecht": the body of that place
            end_k = self.word_end_at_char.get(m.span[1], j + 1) + 1
            return Speaker(ws[start_k].start, m.span[1], "group", _span_text(self.text, ws, start_k, end_k), end_k)
        if j < limit and (lx.is_group_noun(ws[j].text) or lx.is_org_head(ws[j].text)) and (
                j > k or start_k < k or lx.is_cap(ws[j].text) or ws[j].low in lx.group_nouns()):
            return self._group(start_k, j + 1, limit)
        # a descriptive noun before a name: "branchevereniging Bouwketen", "gastheer Estland"
        if w.text.replace("-", "").isalpha() and (not lx.is_cap(w.text[1:]) or "-" in w.text
                                                  and w.text.rsplit("-", 1)[1].islower()) \
                and w.low not in lx.stopwords() and not _adverbial_word(w.low) \
                and k + 1 < limit \
                and (k + 1) in self.by_start and w.low not in lx.speech_forms() and w.low not in auxiliaries() \
                and not w.low.endswith(("e", "se")):
            return self._mention_speaker(k + 1, self.by_start[k + 1], start=start_k)
        return None

    def _one_of(self, k: int, limit: int) -> Speaker | None:
        """'Een van de piloten', 'één van de betrokken diplomaten': an unnamed member of a group."""
        ws = self.words
        if not (k + 3 < limit and ws[k].low in ("een", "één") and ws[k + 1].low == "van"
                and ws[k + 2].low in ("de", "die", "deze", "onze", "zijn", "haar")):
            return None
        j = k + 3
        while j < limit and j - k < 6 and _adjective(ws[j].text):
            j += 1
        if j >= limit or not _noun_like(ws[j].text) or not ws[j].low.endswith(("en", "s", "i")):
            return None
        end = self._complement(j + 1, limit)
        return Speaker(ws[k].start, ws[end - 1].end, "group", _span_text(self.text, ws, k, end), end)

    def adjective_name(self, m: Mention) -> bool:
        """'Apeldoornse' in 'de Apeldoornse woningcorporatie': a one-word name used as an adjective (it ends
        like one and a lowercase noun follows), not the organisation itself."""
        k = self.word_at_char.get(m.span[0])
        ws = self.words
        place_adj = m.text in lx.demonyms() or m.text.lower().endswith(("se", "sche")) and len(m.text) > 4
        return k is not None and " " not in m.text and place_adj and k + 1 < len(ws) \
            and ws[k + 1].sent == ws[k].sent and ws[k + 1].text.isalpha() and ws[k + 1].text.islower() \
            and _noun_like(ws[k + 1].text)

    def _adjective_mention(self, k: int, limit: int) -> bool:
        """'Zuid-Europese diplomaten': a one-word MISC mention used as an adjective before a noun."""
        m = self.by_start[k]
        ws = self.words
        return (m.type == "MISC" and " " not in m.text and _adjective(m.text) and k + 1 < limit
                and ws[k + 1].text.isalpha() and not lx.is_cap(ws[k + 1].text) and ws[k + 1].low not in lx.stopwords())

    def noun_phrase(self, k: int, limit: int) -> Speaker | None:
        """An ordinary subject noun phrase at word k: (article) adjectives* noun (van/in/uit ... X).

        Used only where the position proves it is the subject of a speech verb ("De farmaceutische
        industrie waarschuwde dat ...", "Westerse inlichtingendiensten schatten dat ...").
        """
        ws = self.words
        start_k = k
        if k < limit and (ws[k].low in ("de", "het", "een", "deze") or quantifier(ws[k].low)) and k + 1 < limit:
            k += 1
        j = k
        while j < limit and j - k < 3 and _adjective(ws[j].text) and j + 1 < limit and not lx.is_title(ws[j].text):
            j += 1
        if j > k and (j >= limit or not _noun_like(ws[j].text)) and _noun_like(ws[j - 1].text):
            j -= 1  # "het college in ...": a noun ending like an adjective heads the phrase
        if j >= limit or not (_noun_like(ws[j].text) or ws[j].first and _capitalised_group(ws[j].text)
                              or ws[j].start in self.plural_nouns and ws[j].low.endswith(("en", "s"))):
            return None  # "Rederijen waarschuwen dat ...": a plural the tagger knows as a noun
        if ws[j].low in _time_nouns():
            return None  # "Vorige week zei ...": a time, not a subject
        if ws[j].low in _COLLECTIVES and j + 2 < limit and ws[k].low != "de":
            # "Een groep Samische rendierhouders": the members said it
            q = j + 1
            while q < limit and q - j <= 3 and _adjective(ws[q].text) and not lx.is_title(ws[q].text):
                q += 1
            if q < limit and _noun_like(ws[q].text) and (q > j + 1 or ws[q].low.endswith(("en", "s"))):
                j = q
        end = self._complement(j + 1, limit, _NP_PREPS)  # "in Moldavië" places the group, it is not its name
        plural = _plural_form(ws[j].low) and not ws[j].low.endswith(("ing", "heid")) \
            and ws[start_k].low not in _SINGULAR_DETERMINERS
        return Speaker(ws[start_k].start, ws[end - 1].end, "group", _span_text(self.text, ws, start_k, end), end,
                       plural=plural, generic=True, head_word=j)

    def _group(self, start_k: int, after_noun: int, limit: int) -> Speaker:
        end = self._complement(after_noun, limit)
        ws = self.words
        if end == after_noun and end + 1 < limit and ws[end].low == "voor" and ws[end + 1].text.islower() \
                and ws[end + 1].low.endswith(("en", "s")) and _noun_like(ws[end + 1].text):
            end += 2  # "de brancheorganisatie voor defensiebedrijven", "de vereniging voor ouderen"
        plural = _plural_form(ws[after_noun - 1].low) and ws[start_k].low not in _SINGULAR_DETERMINERS
        return Speaker(ws[start_k].start, ws[end - 1].end, "group", _span_text(self.text, ws, start_k, end), end,
                       plural=plural)

    def _complement(self, j: int, limit: int, preps: tuple[str, ...] | frozenset[str] = _PREPS) -> int:
        """Extend a role/group noun over 'van de VS', 'rond het kabinet', 'in Kyiv'."""
        ws = self.words
        if j < limit and ws[j].low in preps:
            k = j + 1
            if k < limit and ws[k].low in ("de", "het"):
                k += 1
            if k < limit and k in self.by_start and self.adjective_name(self.by_start[k]):
                if k + 3 < limit and ws[k + 1].low in _BODY_NOUNS and ws[k + 2].low == "van":
                    return self._complement(k + 2, limit, preps)  # "van het Amerikaanse ministerie van Defensie"
                return k + 2  # "van de Apeldoornse woningcorporatie": the noun the place adjective qualifies
            if k < limit and k in self.by_start:
                m = self.by_start[k]
                end_k = self.word_end_at_char.get(m.span[1])
                if end_k is not None and end_k < limit:
                    nxt = end_k + 1
                    if nxt + 1 < limit and ws[nxt].low == "en" and (nxt + 1) in self.by_start:
                        m2 = self.by_start[nxt + 1]  # "uit Frankrijk en Italië"
                        e2 = self.word_end_at_char.get(m2.span[1])
                        if e2 is not None and e2 < limit:
                            return e2 + 1
                    if end_k == k and ws[k].low.endswith(("se", "sche")) and nxt < limit and ws[nxt].text.isalpha() \
                            and ws[nxt].text.islower() and _noun_like(ws[nxt].text):
                        return nxt + 1  # "uit de Baltische staten": the noun the capitalised adjective qualifies
                    return nxt
            port = _portfolio_len(ws, k, limit)
            if port:
                return k + port
            if k == j + 1 and k + 2 < limit and ws[k + 1].low == "en" and ws[k].text.islower() \
                    and ws[k + 2].text.islower() and _noun_like(ws[k].text) and _noun_like(ws[k + 2].text):
                return k + 3  # "het college van burgemeester en wethouders"
            q = k
            while q < limit and q - k < 2 and _adjective(ws[q].text) and (
                    ws[q].text.islower() or ws[q].low.endswith(("se", "sche")) and q + 1 < limit and ws[q + 1].text.islower()):
                q += 1  # "van zuidelijke lidstaten", "uit de Baltische staten"
            if q < limit and q > k and q not in self.by_start and not _noun_like(ws[q].text):
                q = k
            if q < limit and ws[q].text.isalpha() and ws[q].low not in auxiliaries() \
                    and ws[q].low not in lx.speech_forms() and (k > j + 1 or q > k or self._bare_noun_ok(q, limit)):
                if q + 1 < limit and ws[q].text.islower() and (q + 1) in self.by_start and _noun_like(ws[q].text) \
                        and (self.by_start[q + 1].type in ("ORG", "MISC", "PER")
                             or ws[q].low in _place_bodies() or lx.is_group_noun(ws[q].text)):
                    # "van netbeheerder TenneT": a describing noun and the name; "van de gemeente Den Haag": a
                    # body and its place
                    m = self.by_start[q + 1]
                    end_k = self.word_end_at_char.get(m.span[1])
                    if end_k is not None and end_k < limit:
                        return end_k + 1
                if q + 1 < limit and ws[q + 1].low == "van" and (lx.is_group_noun(ws[q].text) or lx.is_title(ws[q].text)
                                                                 or ws[q].low in _BODY_NOUNS):
                    return self._complement(q + 1, limit, preps)  # "woordvoerder van het ministerie van Defensie"
                return q + 1
        return j

    def _bare_noun_ok(self, q: int, limit: int) -> bool:
        """'raad van bestuur', 'vereniging van verloskundigen', 'woordvoerder van netbeheerder TenneT': a noun
        without an article after 'van' belongs to the phrase when it is a plural, a body or describes a name."""
        w = self.words[q]
        if not w.text.islower() or not _noun_like(w.text):
            return False
        return lx.is_group_noun(w.text) or lx.is_org_head(w.low) or w.low.endswith(_AGENT_PLURALS) \
            or (q + 1) in self.by_start and q + 1 < limit \
            or len(w.low) > 5 and w.low.endswith(("en", "s")) and not w.low.endswith(("ing", "heid", "ties"))

    def _mention_speaker(self, k: int, m: Mention, start: int | None = None) -> Speaker:
        end_k = self.word_end_at_char.get(m.span[1], k)
        first = self.words[start if start is not None else k].start
        return Speaker(first, m.span[1], "mention", m.text, end_k + 1, mention=m)


_AGENT_PLURALS = ("ers", "aars", "isten", "anten", "enten", "ici", "ies", "ties", "den", "ouders")


def _capitalised_group(word: str) -> bool:
    """A sentence-initial capitalised word that heads a group: 'Omwonenden', 'Natuurorganisaties',
    'Boeren', 'Critici' (listed group nouns or plural agent nouns; not 'Bovendien' or 'Gisteren')."""
    low = word.lower()
    if not low.isalpha() or low in lx.stopwords() or low in adverbs():
        return False
    return lx.is_group_noun(word) or lx.is_org_head(low) or low.endswith(_AGENT_PLURALS) and len(low) > 5


def quantifier(low: str) -> bool:
    """'acht', 'tientallen', 'honderden', 'enkele', 'veel', '40' before a plural noun."""
    return low.isdigit() or low in _QUANTIFIERS or low in lx.number_words() or low.endswith(("tallen", "honderden",
                                                                                                "duizenden"))


_QUANTIFIERS = frozenset({"enkele", "sommige", "veel", "vele", "meerdere", "verschillende", "diverse", "alle", "beide",
                          "andere", "talrijke", "honderden", "duizenden", "tientallen", "dozijnen", "weinig"})


@lru_cache(maxsize=1)
def _time_nouns() -> frozenset[str]:
    return load_set("weekdays") | load_set("months") | frozenset(
        {"week", "maand", "jaar", "dag", "ochtend", "avond", "middag", "nacht", "keer", "tijd", "eeuw", "weekend",
         "seizoen", "periode", "kwartaal", "jaren", "weken", "maanden", "dagen", "uur", "moment"})


_PREPOSITIONS = frozenset({"tegenover", "tegen", "aan", "bij", "in", "op", "met", "na", "voor", "over", "namens",
                           "volgens", "via", "tijdens", "sinds", "vanuit", "ondanks", "zonder", "rond", "behalve"})


def _adverbial_word(low: str) -> bool:
    """'tegenover', 'daarover', 'hierbij', 'waarop': a preposition or pronominal adverb never describes a name."""
    if low in _PREPOSITIONS:
        return True
    return low.startswith(("daar", "hier", "waar", "er")) and low.endswith(
        ("over", "op", "bij", "in", "mee", "van", "voor", "aan", "naast", "na", "door", "tegen", "om", "uit"))


@lru_cache(maxsize=65536)
def _adjective(word: str) -> bool:
    low = word.lower()
    if word in lx.demonyms() or low in lx.title_modifiers():
        return True
    tail = low.rsplit("-", 1)[-1]  # "Zuid-Europese", "pro-Russische"
    return tail.isalpha() and (tail.endswith(("e", "se", "sche")) and len(tail) > 3) and low not in lx.stopwords() \
        and not lx.is_group_noun(word) and not tail.endswith(_NOUN_E_ENDINGS)


# nouns ending in -e that no adjective ends in: "formatie", "coalitie", "analyse"
_NOUN_E_ENDINGS = ("tie", "sie", "xie", "yse")


@lru_cache(maxsize=65536)
def _noun_like(word: str) -> bool:
    """A word that can head a noun phrase: no function word, verb form, pronoun or adverb."""
    low = word.lower()
    if not low.replace("-", "").isalpha() or len(low) < 3:
        return False
    if lx.is_cap(word) and not ("-" in word and word.rsplit("-", 1)[1][:1].islower()):
        return False  # capitalised words are names (mentions), except compounds like "NAVO-planners"
    return not (low in lx.stopwords() or low in lx.speech_forms() or low in auxiliaries() or low in adverbs()
                or low in lx.pronouns() or low in _NOT_NOUNS)


_NOT_NOUNS = frozenset({"er", "daar", "hier", "ook", "niet", "nog", "wel", "al"})


def _span_text(text: str, ws: list[Word], a: int, b: int) -> str:
    return text[ws[a].start : ws[b - 1].end]


def role_matches(phrase: str, mention: Mention) -> bool:
    """'de premier' ~ role 'premier'; 'de Amerikaanse president' ~ 'Amerikaanse president' but not
    'Russische president'; 'de minister van Defensie' ~ 'minister van Defensie'."""
    if not mention.role or not lx.same_role(phrase, mention.role):
        return False
    p = lx.fold(phrase)
    r = lx.fold(mention.role)
    dem = lx.folded_demonyms()
    p_dem = {w for w in p.split() if w in dem}
    r_dem = {w for w in r.split() if w in dem}
    if p_dem and r_dem and not p_dem & r_dem:
        return False
    p_port = _portfolio_of(p)
    r_port = _portfolio_of(r)
    if p_port and not r_port and lx.role_head(phrase).lower() != lx.role_head(mention.role).lower():
        return False  # "een woordvoerder van het UMC" is not "politiewoordvoerder X"
    return not (p_port and r_port and p_port != r_port)


def _portfolio_of(folded_role: str) -> str:
    """'minister van de defensie' / 'minister voor medische zorg' -> 'defensie' / 'medische zorg'."""
    for prep in (" van ", " voor "):
        if prep in folded_role:
            return folded_role.split(prep, 1)[1].removeprefix("de ").removeprefix("het ")
    return ""


def bare_role(phrase: str) -> bool:
    """'de premier', 'de minister' (no nationality, no 'van ...'): may refer to the person in focus."""
    ws = phrase.lower().split()
    if ws and ws[0] in ("de", "het"):
        ws = ws[1:]
    return len(ws) == 1


def _portfolio_len(ws: list[Word], k: int, limit: int) -> int:
    for p in lx.portfolios():
        if k + len(p) <= limit and tuple(w.text for w in ws[k : k + len(p)]) == p:
            return len(p)
    return 0
