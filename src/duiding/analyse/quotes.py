"""Who said what: direct, indirect and mixed quotes with the speaker resolved to a name.

Three passes over the article:

1. cues per sentence (outside quote marks): "…, zei X" / "…, aldus X" (trailing), "X zei dat …",
   "toen hij zei dat …", "zei Trump dat …" (leading, with the subject found by clause position),
   "volgens X …", "werd genuanceerd door X", "X: …";
2. direct quotes between quote marks (``quoting.marks``): a quote inside a cued statement makes it
   mixed; a quote that is the cued part is direct; a quote after "…:" takes the subject of that
   clause; a bare quote paragraph continues the last speaker's words;
3. in document order, pronouns and role nouns are resolved (``quoting.speakers``) while the person
   in focus is tracked from sentence subjects and speakers.

When no name, pronoun, role or group noun is the subject, the whole subject noun phrase speaks ("De
farmaceutische industrie waarschuwde dat ..."), but only with a 'dat'/'of'/':' clause.
Sentences without a statement yield nothing; neither do headlines or short scare quotes
("'coalition of the willing'") that no one is said to have said.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from duiding.analyse.quoting import lexicon as lx
from duiding.analyse.quoting.gender import guessed_gender, noun_gender
from duiding.analyse.quoting.lexicon import Word
from duiding.analyse.quoting.marks import QuoteMarks, find_quote_marks
from duiding.analyse.quoting.speakers import (
    AGE_RE,
    ARTICLES,
    Doc,
    Speaker,
    quantifier,
    adverbs,
    auxiliaries,
    bare_role,
    clause_openers,
    role_matches,
)
from duiding.records import Article, ArticleAnalysis, Mention, Quote
from duiding.resources import load_list, load_map, load_set

_COMPLEMENT = {"dat", "of", ":"}
_COORDINATORS = {"maar", "en", "doch"}
_DETERMINERS = {"de", "het", "een", "haar", "zijn", "hun", "onze", "mijn", "diens", "wiens"}
_RELATIVE = {"die", "dat", "wat", "wie", "waar", "waarin", "waarmee", "waarover", "wiens"}
_END_PUNCT = ".!?:”\"’'»…"
_CONTINUED_MARK = re.compile(r"\n\s*(?:,,|[„“\"‘'«])")
# "dreigt te mislukken", "vraagt te ..." (asks someone to), "stelt voor het geld ... te storten" (a proposal)
_STRANDED = frozenset({"aan", "af", "op", "uit", "in", "terug", "mee", "na"})
# what makes "stellen" another verb than a claim: beschikbaar stellen, garant staan, teleurstellen ...
_STELLEN_OTHER = frozenset({"beschikbaar", "garant", "verantwoordelijk", "aansprakelijk", "teleur", "gerust",
                            "veilig", "ter"})
_DAT_NOUNS = frozenset({"voorwaarde", "voorwaarden"})  # "op voorwaarde dat": a condition, not a reported clause
_AFTER_PARTICLE = frozenset({"bij", "voor", "tegen", "met", "van", "te", "en", "maar", "omdat", "nadat", "toen"})
# conjunctions that only open a subordinate clause ("sinds" and "nu" also open a main clause as adverbs)
_SUBORDINATORS = frozenset({"als", "toen", "omdat", "nadat", "wanneer", "hoewel", "terwijl", "doordat", "zodat",
                            "voordat", "indien", "zodra", "mits", "tenzij"})
_NO_TE = frozenset({"dreigen", "vragen", "eisen", "voorstellen"})
_TE_OBJECTS = frozenset({"elkaar", "zich", "hem", "haar", "hen", "hun", "ons", "er"})
_TRAILING_NON_VERBS = frozenset({"aldus", "staat", "stond", "staan", "stonden"})
_CUE_WORDS = _TRAILING_NON_VERBS | {"volgens", ":"}
_HET_BODIES = frozenset({"ministerie", "kabinet", "parket", "bedrijf", "college", "bestuur", "agentschap", "leger",
                         "hof", "comité", "instituut", "bureau", "departement", "korps"})
_CONTRASTS = frozenset({"waar", "terwijl"})  # "Waar X sprak van ..., noemde Y ...": two speakers compared
_BEFORE_EARLY = frozenset({"te", "al", "heel", "zo", "erg", "nog", "veel", "vrij", "iets", "kwam", "kwamen", "komt",
                           "begon", "begonnen", "begint", "ging", "gingen", "gaat", "was", "waren", "is", "werd",
                           "stond", "staat", "vertrok", "vertrokken"})
_LOCAL_BODIES = frozenset({"gemeente", "provincie", "waterschap", "veiligheidsregio", "stadsdeel", "bisdom",
                           "aartsbisdom"})
# public services written by their kind only ("de politie"): a spokesperson after it speaks for it
_SERVICES = frozenset({"politie", "brandweer", "marechaussee", "douane", "ambulancedienst", "kustwacht"})
_COUNTERPARTS = frozenset({"collega", "ambtgenoot", "tegenhanger", "evenknie", "vakgenoot"})
_PASSIVE_AUX = frozenset({"werd", "wordt", "werden", "worden", "is", "zijn", "was", "waren"})
_NOUN_DETERMINERS = frozenset({"de", "het", "een", "deze", "dit", "elke", "iedere", "geen"})
_ADJECTIVE_ENDINGS = ("ende", "ige", "lijke", "ische", "ele", "bare", "ste")
_COMMON_ADJECTIVES = frozenset({"grote", "kleine", "nieuwe", "hoge", "lage", "sterke", "zwakke", "felle", "korte",
                                "lange", "duidelijke", "eerste", "laatste", "snelle", "brede", "scherpe"})
_PARTY_HEADS = frozenset({"partij", "fractie"})
_OCCUPATION_ENDINGS = ("ist", "iste", "er", "aar", "ster", "eur", "euse", "ant", "ent", "loog", "loge", "ice")
_BOTH = frozenset({"beiden", "allebei", "beide"})  # "zeggen beiden", "zeggen ze allebei"
_PARTY_MEMBER = re.compile(r"(.+?)['’-]?ers?")  # "CDA'er", "VVD'ers", "N-VA'er", "D66-er"


def _acronym(name: str) -> bool:
    """'NMBS', 'KNMI': an untyped all-capitals name, most likely an organisation."""
    return len(name) >= 2 and name.isalpha() and name.isupper()


@lru_cache(maxsize=1)
def _parties() -> dict[str, str]:
    """Folded party name -> the name as listed."""
    return {lx.fold(p): p for p in load_list("political_parties")}


@lru_cache(maxsize=1)
def _party_pattern() -> re.Pattern[str]:
    names = sorted(_parties(), key=len, reverse=True)  # "groenlinks-pvda" before "pvda"
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


def _party_in(role: str) -> str | None:
    """The party a title names: 'SP-leider' -> 'SP', 'GroenLinks-PvdA-Kamerlid' -> 'GroenLinks-PvdA'."""
    m = _party_pattern().search(lx.fold(role))
    return _parties()[m.group(1)] if m else None


_NO_FORMS: list[lx.SpeechVerb] = []  # shared, never mutated: a word that is no speech verb
MIN_QUOTE_WORDS = 4  # shorter quoted bits with no speech cue are scare quotes


@dataclass
class _Stmt:
    start: int
    end: int
    sent: int
    kind: str  # direct | indirect | mixed
    cue: str | None
    speaker: Speaker | None
    plural_verb: bool = False
    follow: bool = False  # a bare quote continuing the last speaker
    cut: tuple[int, int] | None = None  # "volgens X" phrase removed from the text
    marks: list[QuoteMarks] = field(default_factory=list)
    name: str | None = None
    key: str | None = None
    cue_marker: bool = False  # the reported clause was introduced by 'dat'/'of'/':'
    naming: bool = False  # "sprak van „…”": a quote as the object of the cue is a mixed quote


def extract(article: Article, analysis: ArticleAnalysis) -> list[Quote]:
    lead = "\n".join([article.title or "", *article.provided_takeaways])
    return find_quotes(article.text, analysis.mentions, analysis.language.inflected_nouns, lead)


def find_quotes(text: str, mentions: list[Mention], plural_nouns: frozenset[int] = frozenset(),
                lead: str = "") -> list[Quote]:
    """The statements of ``text``; ``plural_nouns`` are start offsets of words the tagger reads as inflected
    common nouns (so an unlisted plural such as 'Rederijen' can be a group speaker); ``lead``: the headline and
    the provided takeaways, outside the body, read only for what they tell about the people in it (their
    ages: "de 27-jarige Yassin Belkacem")."""
    sents = lx.sentences(text)
    ws = lx.words(text, sents)
    doc = Doc(text, ws, mentions, plural_nouns)
    marks = find_quote_marks(text)
    ctx = _Ctx(text, ws, sents, doc, marks, lead)
    stmts = []
    for si in range(len(sents)):
        st = ctx.sentence_cue(si)
        if st is not None:
            stmts.append(st)
            second = ctx.second_statement(si, st) or ctx.fronted_statement(si, st)
            if second is not None:
                stmts.append(second)
    stmts = _one_per_member(ctx.attach_marks(stmts))
    ctx.resolve(stmts)
    return [q for s in stmts if (q := ctx.to_quote(s)) is not None]


@lru_cache(maxsize=256)
def _org_kind_names(kind: str) -> tuple[str, ...]:
    """The organisations 'de <kind>' may refer back to (``org_kinds.txt``): 'de toezichthouder' -> AFM, ACM ..."""
    return tuple(x.strip() for x in load_map("org_kinds").get(kind, "").split(",") if x.strip())


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """Countries and regions (the places demonyms name) and provinces: never the town 'de gemeente' means."""
    return frozenset({lx.fold(place) for place, _ in lx.demonyms().values()} | load_set("provinces"))


def _company_compound(head: str) -> bool:
    """'brancheorganisatie', 'wegbeheerder': a compound ending in a company noun (``company_nouns.txt``)."""
    return any(head.endswith(h) and len(head) - len(h) >= 3 for h in load_list("company_nouns"))


def _one_per_member(stmts: list[_Stmt]) -> list[_Stmt]:
    """'Kok en Claes benadrukten dat ...': one statement per person of a joint subject (each resolved on its own)."""
    out: list[_Stmt] = []
    for st in stmts:
        if st.speaker is None or not st.speaker.members:
            out.append(st)
            continue
        out.extend(replace(st, speaker=member, marks=list(st.marks)) for member in st.speaker.members)
    return out


class _Ctx:
    def __init__(self, text: str, ws: list[Word], sents: list[tuple[int, int]], doc: Doc,
                 marks: list[QuoteMarks], lead: str = "") -> None:
        self.text, self.ws, self.sents, self.doc, self.marks = text, ws, sents, doc, marks
        self.lead = lead
        self._ages: dict[str, int] | None = None
        self.masked = [False] * len(ws)
        starts = [w.start for w in ws]
        for m in marks:
            for i in range(bisect.bisect_left(starts, m.start), bisect.bisect_left(starts, m.end)):
                if ws[i].end <= m.end:
                    self.masked[i] = True
        forms = lx.speech_forms()
        self.verb_forms: list[list[lx.SpeechVerb]] = [
            _NO_FORMS if masked else forms.get(w.low, _NO_FORMS) for w, masked in zip(ws, self.masked)]
        # per sentence: its word range, and the words a cue can hang on, so the cue finders skip the rest
        n = len(sents)
        self.sent_words: list[tuple[int, int]] = [(0, 0)] * n
        self.sent_verbs: list[list[int]] = [[] for _ in range(n)]  # possible speech verbs
        self.sent_trailing: list[list[int]] = [[] for _ in range(n)]  # ... and "aldus", "staat (in het vonnis)"
        self.sent_has: list[set[str]] = [set() for _ in range(n)]  # "volgens", ":" in the sentence
        si_prev, first = -1, 0
        for i, (w, verbs) in enumerate(zip(ws, self.verb_forms)):
            si = w.sent
            if si != si_prev:
                if si_prev >= 0:
                    self.sent_words[si_prev] = (first, i)
                si_prev, first = si, i
            if verbs:
                self.sent_verbs[si].append(i)
                self.sent_trailing[si].append(i)
            elif w.low in _CUE_WORDS:
                if w.low in _TRAILING_NON_VERBS:
                    self.sent_trailing[si].append(i)
                else:
                    self.sent_has[si].add(w.low)
        if si_prev >= 0:
            self.sent_words[si_prev] = (first, len(ws))
        self.paras = lx.paragraphs(text)
        self.para_of_char = _para_index(self.paras)
        self.spoken: set[str] = set()  # keys of the speakers resolved so far
        self.groups_named: list[str] = []  # names of the group speakers resolved so far
        self.cued: dict[int, bool] = {}  # sentence -> it has a statement with its own cue and speaker

    # -- pass 1: cues in a sentence ------------------------------------------------------------------

    def sentence_cue(self, si: int) -> _Stmt | None:
        st = self._sentence_cue(si)
        if st is not None and self._wished(si, st):
            st = None
        self.cued[si] = st is not None and bool(st.cue) and st.speaker is not None
        return st

    def _wished(self, si: int, st: _Stmt) -> bool:
        """'Ze willen dat het kabinet garandeert dat ...': the speech verb is in what the subject wants or
        demands someone else to say; nobody says it here."""
        if not st.cue or st.speaker is None or st.kind != "indirect":
            return False
        a, b = self.sent_words[si]
        first = self.doc.word_at_char.get(st.start, b)
        cue = next((k for k in range(first - 1, a - 1, -1) if self.ws[k].text == st.cue and not self.masked[k]), None)
        if cue is None:
            return False
        return any(self.ws[k].low == "dat" and self.ws[k - 1].low in _WANT_FORMS and self.ws[k - 1].start >= st.speaker.end
                   for k in range(max(a + 1, st.speaker.end_word), cue))

    def _sentence_cue(self, si: int) -> _Stmt | None:
        a, b = self.sent_words[si]
        if a >= b or self._headline(si, a, b):
            return self._colon_headline(si, a, b) if a < b else None
        lead = self._leading(si, a, b)
        if self.ws[self._skip_adverbs(a, b)].low == "volgens":
            # "Volgens diplomaten gaf Parijs toe nadat de Commissie beloofde dat ...": the source is named first
            vol = self._volgens(si, a, b)
            if vol is not None and (lead is None or lead.speaker is None or lead.speaker.kind != "pronoun"):
                return vol
        if lead is not None and lead.cue_marker:
            return self._trailing(si, a, b) or lead
        return (self._trailing(si, a, b) or self._volgens(si, a, b) or lead
                or self._passive(si, a, b) or self._colon(si, a, b) or self._own_account(si, a, b)
                or self._quoted_state(si, a, b))

    def _quoted_state(self, si: int, a: int, b: int) -> _Stmt | None:
        """'Gedeputeerde Henk Kok (BBB) is ,,flink teleurgesteld".': a person, a copula and straight after it
        the quoted words the sentence ends on: how the person put their state (a mixed quote)."""
        ws = self.ws
        sp = self._clause_start_phrase(si)
        if sp is None or sp.kind not in ("mention", "pronoun", "role") or sp.plural \
                or sp.kind == "mention" and (sp.mention is None or sp.mention.type != "PER"):
            return None
        v = self._past_modifier(sp.end_word, b)
        if v >= b - 2 or ws[v].low not in ("is", "was", "blijft", "bleef"):
            return None
        q = self._skip_adverbs(v + 1, b)
        if q >= b or not self.masked[q] or not all(self.masked[j] for j in range(q, b - 1) if ws[j].text not in ".!?"):
            return None  # (the quote marks themselves are masked: ",," is two comma words)
        return _Stmt(ws[q].start, self.sents[si][1], si, "indirect", ws[v].text, sp, naming=True)

    def _both(self, k: int, si: int, b: int) -> Speaker | None:
        """'beiden', 'allebei', 'ze allebei' at word ``k``: the last two persons named (outside quote marks) in
        this sentence or the one before, in this paragraph, each speaking for themselves."""
        ws = self.ws
        end = k + 1 if ws[k].low in ("ze", "zij") else k
        if end >= b or ws[end].low not in _BOTH:
            return None
        lo = max(self.sents[max(0, si - 1)][0], self._paragraph_start(ws[k].start))
        named = [m for m in self.doc.mentions if m.type == "PER" and lo <= m.span[0] and m.span[1] <= ws[k].start
                 and not self._quoted(m)]
        pairs = [(x, y) for x, y in zip(named, named[1:]) if x.key != y.key
                 and self.text[x.span[1] : y.span[0]].strip() == "en"]  # "Bakker en De Vries zaten met Hendriks"
        persons: list[Mention] = list(pairs[-1]) if pairs else []
        for m in reversed(named if not pairs else []):
            if all(m.key != p.key for p in persons):
                persons.insert(0, m)
            if len(persons) == 2:
                break
        if len(persons) != 2:
            return None
        members = tuple(self.doc._mention_speaker(self.doc.word_at_char[m.span[0]], m) for m in persons)
        return Speaker(ws[k].start, ws[end].end, "group", self.text[ws[k].start : ws[end].end], end + 1, plural=True,
                       members=members)

    def _names_that(self, comp_k: int, verbs: list[lx.SpeechVerb]) -> bool:
        """'noemt dat ‘een druppel op een hete plaat’': 'dat' is the thing named, the quote what it is called."""
        return any(x.lemma == "noemen" for x in verbs) and self.ws[comp_k - 1].low in ("dat", "dit") \
            and self.ws[comp_k].text in lx.OPEN_QUOTES

    def _past_modifier(self, j: int, v: int) -> int:
        """The word after a short modifier of a name that starts at word ``j`` (before ``v``): a bracketed
        party or portfolio ("(CDA)", "(Wonen)") or 'van'/'uit' with a place or body ("van Eemsdelta", "uit
        Eindhoven"); ``j`` itself when there is none."""
        ws = self.ws
        if j < v and ws[j].text == "(":
            close = next((x for x in range(j + 1, min(v, j + 15)) if ws[x].text == ")"), None)
            return close + 1 if close is not None else j
        x = j + 1
        if j + 1 < v and ws[j].low in ("van", "uit") and ws[x].low in ("de", "het"):
            x += 1  # "van de liberale vakbond ACLVB", "van het artsensyndicaat BVAS": a described body
            while x < v and x - j <= 4 and ws[x].text.islower() and ws[x].text.isalpha():
                x += 1
        m = self.doc.by_start.get(x) if x < v and ws[j].low in ("van", "uit") else None
        if m is not None and m.type == "PER" or m is None and not (x > j + 1 and ws[x - 1].low in ("de", "het")
                                                                   and x < v and ws[x].text[:1].isupper()):
            return j  # (no mention: only a capitalised name after an article, "van het Vlaams Patiëntenplatform")
        while m is not None and x < v and ws[x].start < m.span[1]:
            x += 1
        while x < v and ws[x].text[:1].isupper() and ws[x].text.isalpha() and x - j <= 7:
            x += 1  # "van het Vlaams Patiëntenplatform": the rest of the name
        return x

    def _own_account(self, si: int, a: int, b: int) -> _Stmt | None:
        """'Ze heeft de vergaderingen naar eigen zeggen vaak verlaten “met het gevoel dat ...”': 'naar eigen
        zeggen' makes the subject the source of what the sentence says ("Het ministerie telde naar eigen zeggen
        310 vluchten")."""
        ws = self.ws
        k = next((j for j in range(a + 1, b - 2) if ws[j].low == "naar" and ws[j + 1].low == "eigen"
                  and ws[j + 2].low == "zeggen" and not self.masked[j]), None)
        if k is None:
            return None
        sp = self._clause_start_phrase(si)
        for j in range(a + 1, min(k, a + 4)):  # "De Groningse gedeputeerde Kemal Aydın volgt ...": article, adjective
            if sp is not None or not (ws[a].low in ("de", "het") and all(
                    ws[x].text in lx.demonyms() or ws[x].low.endswith(("se", "e")) for x in range(a + 1, j))):
                break
            sp = self.doc.phrase_at(j, b)
        if sp is not None and sp.kind == "role" and (m := self.doc.by_start.get(sp.end_word)) is not None \
                and m.type == "PER":
            sp = self.doc.phrase_at(sp.end_word, b)  # "De 31-jarige Patrick Mukendi uit Kinshasa sliep er ..."
        if sp is None or sp.kind not in ("mention", "pronoun", "role", "group") or sp.generic or sp.end_word > k:
            return None
        cue = self.text[ws[k].start : ws[k + 2].end]  # as written; the plural 'zeggen' says nothing of the subject
        return _Stmt(ws[sp.end_word].start, self.sents[si][1], si, "indirect", cue, sp, cut=(ws[k].start, ws[k + 2].end))

    def second_statement(self, si: int, st: _Stmt) -> _Stmt | None:
        """'Wethouder Kaya zegt dat ..., terwijl Lubbers vreest dat ...': a second speaker with a speech verb and
        its own clause after ', terwijl/maar/en' in the sentence of a statement; the first ends at the comma."""
        ws = self.ws
        a, b = self.sent_words[si]
        if st.follow or st.speaker is None or st.cue_marker is False and st.kind != "indirect":
            return None
        first = self.doc.word_at_char.get(st.start, a)
        for j in range(max(a, first), b - 3):
            if ws[j].text != "," or self.masked[j] or ws[j + 1].low not in ("terwijl", "maar", "en", "waarin", "waarbij"):
                continue
            v = next((k for k in self.sent_verbs[si] if j + 2 < k < min(b, j + 10)), None)
            sp = self._subject(v, j + 2, b) if v is not None else None  # "..., waarin de Spaanse delegatie herhaalde"
            if sp is None or sp.start < ws[j + 2].start or sp.kind in ("relative", "pronoun") or sp.end_word >= b or (
                    sp.mention is not None and st.speaker.mention is not None and sp.mention.key == st.speaker.mention.key):
                continue  # "..., maar hij gaf toe dat ...": the same speaker goes on, one statement
            assert v is not None
            verbs = [x for x in self._forms(v) if x.cls in lx.REPORT_CLASSES]
            if not verbs or self._not_said(v, j + 2):
                continue
            comp = self._complement(v, b, verbs)
            if comp is None or not comp[1] or comp[0] >= b - 1:
                continue  # only with its own 'dat'/'of'/':' clause
            if st.end > ws[j].start >= st.start:
                st.end = ws[j].start
            return _Stmt(ws[comp[0]].start, self.sents[si][1], si, "indirect", ws[v].text, sp,
                         plural_verb=_plural(ws[v].low), cue_marker=True)
        return None

    def fronted_statement(self, si: int, st: _Stmt) -> _Stmt | None:
        """'Waar Zieliński sprak van „…”, noemde Roussel het plan „…”': the clause before the comma has a
        speaker and a speech verb of its own (the sentence's statement ``st`` starts after that comma)."""
        ws = self.ws
        first, b = self.sent_words[si]
        a = self._contrast_at(first, b)
        if a is None or st.speaker is None or st.start <= ws[a].end:
            return None
        comma = next((j for j in range(a + 1, b) if ws[j].text == "," and not self.masked[j]), None)
        if comma is None or ws[comma].end > st.start:
            return None
        sp = self.doc.phrase_at(a + 1, comma)
        if sp is None or sp.kind in ("relative", "pronoun"):
            return None
        v = sp.end_word
        verbs = [x for x in self._forms(v) if x.cls in lx.REPORT_CLASSES] if v < comma else []
        if verbs and not self._not_said(v, a + 1):
            c = v + 2 if v + 2 < comma and any(ws[v + 1].low in (x.particle, x.lemma.partition(" ")[2])
                                               for x in verbs) else v + 1  # "sprak van „…”": the words after 'van'
            return _Stmt(ws[c].start, ws[comma].start, si, "indirect", ws[v].text, sp,
                         plural_verb=_plural(ws[v].low), cue_marker=True)
        last = comma - 1  # the verb closing the subordinate clause: "waar X het akkoord „historisch” noemde,"
        verbs = [x for x in self._forms(last) if x.cls in lx.CUE_CLASSES] if last > v else []
        if not verbs or not any(self.masked[j] for j in range(v, last)):
            return None
        return _Stmt(ws[v].start, ws[last].start, si, "indirect", ws[last].text, sp,
                     plural_verb=_plural(ws[last].low), cue_marker=True)

    def _contrast_at(self, a: int, b: int) -> int | None:
        """The word 'waar'/'terwijl' opening the sentence (after 'En'/'Maar': "En waar X … noemde, …"), or None."""
        if a + 1 < b and self.ws[a].low in ("en", "maar"):
            a += 1
        return a if a < b and self.ws[a].low in _CONTRASTS else None

    def _headline(self, si: int, a: int, b: int) -> bool:
        s, e = self.sents[si]
        last = self.text[s:e].rstrip()[-1:]
        return last not in _END_PUNCT and b - a < 15

    def _forms(self, k: int) -> list[lx.SpeechVerb]:
        """The speech verbs the k-th word can be (none inside quote marks)."""
        return self.verb_forms[k]

    def _trailing(self, si: int, a: int, b: int) -> _Stmt | None:
        ws = self.ws
        for v in self.sent_trailing[si]:
            if v == a or self.masked[v]:
                continue
            p = v - 2 if v - 1 > a and ws[v - 1].low == "zo" and not self.masked[v - 1] else v - 1  # ", zo stelt X"
            prev = ws[p].text
            if prev != "," and not (prev in lx.CLOSE_QUOTES and self.masked[p]):
                continue
            low = ws[v].low
            after_quote = prev in lx.CLOSE_QUOTES and self.masked[p] or prev == "," and p >= 1 and self.masked[p - 1]
            # "„…”, vindt X"; after unquoted words an opinion verb only when its subject closes the sentence
            # ("De steun moet omhoog, meent oppositieleider Kees Brink.")
            verbs = [x for x in self._forms(v) if x.cls in lx.REPORT_CLASSES and not low.startswith("ge")]
            opinion_only = not after_quote and bool(verbs) and all(x.cls == "dat" for x in verbs)
            if after_quote and low in ("staat", "stond", "staan", "stonden"):
                doc = self._document_author(v, b)
                if doc is not None:  # "„…”, staat in het vonnis": the court wrote it
                    return _Stmt(ws[a].start, ws[p].start if prev == "," else ws[p].end, si, "indirect",
                                 ws[v].text, doc)
            if low != "aldus" and not verbs:
                continue
            k = v + 1
            if verbs and any(x.lemma == "klinken" for x in verbs):
                if k < b and ws[k].low == "het":
                    k += 1
                if k < b and ws[k].low in ("vanuit", "uit", "bij", "in", "van"):
                    k += 1
            k = self._skip_adverbs(k, b)
            sp = self.doc.phrase_at(k, b)
            if sp is None and k + 3 < b and ws[k + 1].text == "-" and ws[k + 2].low in ("en", "of"):
                sp = self.doc.phrase_at(k + 3, b)  # "zegt kinder- en jeugdpsychiater Rachida Tahiri"
            if sp is None and (after_quote or ws[a].low in ("dat", "of") and prev == ","
                               and any(x.particle is None for x in verbs)) and k < b \
                    and (ws[k].low in ("een", "de", "het", "die", "deze") or quantifier(ws[k].low)):
                # "„…”, zegt een boze ouder", "Dat de sfeer beter was, zeggen meerdere deelnemers": the place
                # proves the speaker
                sp = self.doc.noun_phrase(k, b)
            if sp is None or sp.kind == "pronoun" and k + 1 < b and ws[k + 1].low in _BOTH:
                sp = self._both(k, si, b) or sp  # "..., zeggen beiden.", "..., zeggen ze allebei."
            if sp is None or sp.kind == "pronoun" and sp.text.lower() in _OBJECT_PRONOUNS:
                continue  # "..., Lieve Mertens, vroeg hem waarom ...": 'hem' is asked, not asking
            after = sp.end_word
            if after < b and any(x.particle == ws[after].low for x in verbs):
                after += 1  # ", gaf ze toe, maar ...": the verb's particle closes the insert
            if opinion_only and not (after >= b - 1 or ws[after].text in (".", "!", "?", ",") and after >= b - 2
                                     or ws[after].text == "," and after > sp.end_word):
                continue  # "..., verwacht de minister dat ...": its own clause follows, not a trailing cue
            if prev == "," and self._contrast_at(a, b) is not None and after < b - 1 \
                    and any(self.masked[j] for j in range(after, b)):
                # "Waar X sprak van „…”, noemde Y het plan „…”": Y's words follow Y; the fronted clause is X's
                return _Stmt(ws[after].start, self.sents[si][1], si, "indirect", ws[v].text, sp,
                             plural_verb=_plural(low), cue_marker=True)
            if prev == "," and not after_quote and self._adverbial_clause(a, p):
                continue  # "Op de vraag of hij aftreedt, antwoordde de minister ...": no statement before
            if prev == "," and not after_quote and self._apposition_ends_at(a, p):
                continue  # "Een oom van het slachtoffer, Brahim Ait Lahcen, noemt ...": the subject, not a statement
            end = ws[p].start if prev == "," else ws[p].end
            start = ws[a].start
            return _Stmt(start, end, si, "indirect", ws[v].text, sp, plural_verb=_plural(low))
        return None

    def _apposition_ends_at(self, a: int, comma: int) -> bool:
        """Words a..comma end in ', <person>': a name in apposition, so the comma closes the subject."""
        if comma - 1 <= a:
            return False
        m = next((x for x in self.doc.mentions if x.type == "PER" and x.span[1] == self.ws[comma - 1].end), None)
        if m is None:
            return False
        first = self.doc.word_at_char.get(m.span[0])
        return first is not None and first - 1 > a and self.ws[first - 1].text == ","

    def _named_apposition(self, pos: int, b: int) -> Speaker | None:
        """', Mirjam Kok,' right after a role: the person's name between commas (the closing comma word is
        end_word)."""
        c = self.doc.word_at_char.get(pos)
        if c is None or self.ws[c].text != "," or c + 2 >= b:
            return None
        m = self.doc.by_start.get(c + 1)
        if m is None or m.type != "PER":
            return None
        sp = self.doc._mention_speaker(c + 1, m)
        if sp.end_word >= b or self.ws[sp.end_word].text != ",":
            return None
        return sp

    def _document_author(self, v: int, b: int) -> Speaker | None:
        """'staat in het vonnis' -> 'de rechtbank': the author of a document the words are quoted from."""
        ws = self.ws
        if v + 3 > b or ws[v + 1].low != "in" or ws[v + 2].low not in ("het", "de"):
            return None
        author = load_map("document_authors").get(ws[v + 3].low) if v + 3 < b else None
        if author is None:
            return None
        return Speaker(ws[v + 2].start, ws[v + 3].end, "group", author, v + 4)

    def _adverbial_clause(self, a: int, comma: int) -> bool:
        """The words before a trailing cue form one subordinate clause or question phrase ("Als het regent,",
        "Op de vraag of ...,", "Gevraagd naar ...,"), not a statement."""
        ws = self.ws
        if any(ws[j].text in (",", ";") for j in range(a, comma)):
            return False
        first = ws[a].low
        return first in _SUBORDINATORS or first in ("gevraagd", "desgevraagd") or (
            a + 2 < comma and ws[a + 2].low in ("vraag", "vragen") and first in ("op", "bij", "naar"))

    def _volgens(self, si: int, a: int, b: int) -> _Stmt | None:
        if "volgens" not in self.sent_has[si]:
            return None
        ws = self.ws
        for k in range(a, b - 1):
            if ws[k].low == "volgens" and not self.masked[k]:
                if ws[k + 1].low in ("haar", "hem", "hen", "hun"):  # "volgens haar moet ...": not a possessive here
                    w = ws[k + 1]
                    sp: Speaker | None = Speaker(w.start, w.end, "pronoun", w.text, k + 2,
                                                 plural=w.low in ("hen", "hun"))
                else:
                    sp = self.doc.phrase_at(k + 1, b) or self._source_np(k + 1, b)
                if sp is None or sp.kind == "relative":
                    continue
                s, e = self.sents[si]
                cut_end = ws[sp.end_word - 1].end if sp.end_word <= b else sp.end
                e_w = sp.end_word
                if e_w + 1 < b and ws[e_w].low in ("in", "van") and (e_w + 1) in self.doc.by_start \
                        and self.doc.by_start[e_w + 1].type in (("LOC",) if ws[e_w].low == "in" else ("ORG", "LOC", "MISC")):
                    # "volgens diplomaten in Abu Dhabi", "volgens Sanne Oosterhuis van Aerovance"
                    cut_end = self.doc.by_start[e_w + 1].span[1]
                rest = self.text[cut_end:e]
                if rest.lstrip().startswith("("):  # "volgens de Vereniging ... (VNG)"
                    close = rest.find(")")
                    cut_end += close + 1 if close > 0 else 0
                cut_end = self._apposition_end(cut_end, b)  # "volgens Bert Jansen, eigenaar van het café, ..."
                named = self._named_apposition(cut_end, b) if sp.kind in ("role", "group") else None
                if named is not None:  # "volgens de advocaat van de verdachte, Mirjam Kok, ..."
                    sp, cut_end = named, ws[named.end_word].end
                if cut_end < e and self.text[cut_end] == ",":
                    cut_end += 1
                return _Stmt(s, e, si, "indirect", ws[k].text, sp, cut=(ws[k].start, cut_end))
        return None

    def _leading(self, si: int, a: int, b: int) -> _Stmt | None:
        found: list[tuple[int, _Stmt]] = []
        for v in self.sent_verbs[si]:
            verbs = self.verb_forms[v]
            if self._noun_use(v, a) or self._early(v, b) or v >= 2 and self.ws[v - 1].low == "eigen" \
                    and self.ws[v - 2].low == "naar":
                continue  # "een dalende vraag uit de industrie": a noun; "kwam vroeg op voorsprong": "early";
                # "naar eigen zeggen" is _own_account's
            if any(x.cls == "wish" for x in verbs) and not self._said_wish(v, a):
                verbs = [x for x in verbs if x.cls != "wish"]  # "hoopt dat ...": a hope, not a statement
            if any(x.cls == "quoted" for x in verbs) and not self._quote_in_clause(v + 1, b, through_dat=True):
                # "verweet het kabinet dat de stukken te laat kwamen": without quoted words only with a clause
                dat_at = next((j for j in range(v + 1, min(b, v + 8)) if self.ws[j].low == "dat"
                               or self.ws[j].text in (":", ",", ";")), None)
                as_clause = dat_at is not None and self.ws[dat_at].low == "dat"
                verbs = [replace(x, cls="dat") if x.cls == "quoted" else x for x in verbs
                         if x.cls != "quoted" or as_clause]
            if not verbs or self._not_said(v, a):
                continue
            if self.ws[v].low.startswith(("ge", "tegenge", "uitge", "aange")) and any(
                    self.ws[j].low == "door" for j in range(v + 1, min(b, v + 3))) and self.ws[a].low not in ("dat", "dit"):
                continue  # "Die kritiek werd tegengesproken door de minister, die zei dat ...": a passive
            back = self._statement_before(si, a, v, b)
            if back is not None:
                found.append((0, back))
                continue
            comp = self._complement(v, b, verbs)
            if comp is None:
                continue
            comp_k, has_marker = comp
            sp = self._sounded_from(v, a, b) if any(x.lemma == "klinken" for x in verbs) else self._subject(v, a, b)
            if sp is None or sp.generic and not has_marker and not self._quoted_after(comp_k, b):
                continue
            if not has_marker and sp.start > self.ws[v].start:
                # inverted subject: "vroeg hij de landen om ..." (a te-clause found past it stays: "zegde de
                # minister toe om ... te komen")
                comp_k = max(comp_k, self._skip_adverbs(sp.end_word, b))
                if comp_k < b and self.ws[comp_k].low == "voor" and all(
                        x.cls == "say" and self._bare_object(comp_k, b, x) for x in verbs):
                    continue  # "Tegelijk waarschuwde ze voor een oordeel ...": a warning about a thing
            if comp_k >= b - 1:
                continue
            start = self.ws[comp_k].start
            st = _Stmt(start, self.sents[si][1], si, "indirect", self.ws[v].text, sp,
                       plural_verb=_plural(self.ws[v].low), cue_marker=has_marker,
                       naming=any(" " in x.lemma and self.ws[comp_k - 1].low == x.lemma.split()[1] for x in verbs)
                       or self._names_that(comp_k, verbs))
            found.append((0 if has_marker else 1, st))
        if not found:
            return None
        first = found[0][1]
        found.sort(key=lambda x: x[0])
        best = found[0][1]
        if first is not best and first.start < best.start and self._quote_in_span(first.start, best.start):
            # "noemde de situatie ‘zorgwekkend’ en kondigde aan dat ...": the quoted naming comes first, the
            # statement runs on over the second verb; one mixed quote
            first.cue_marker = True
            return first
        return best

    def _sounded_from(self, v: int, a: int, b: int) -> Speaker | None:
        """'Vanuit het ministerie klonk het dat ...', 'Bij de NAVO in Brussel klonk het dat ...': the source is
        the phrase after the opening preposition."""
        ws = self.ws
        k = self._skip_adverbs(a, b)
        if v + 1 >= b or ws[v + 1].low != "het" or k >= v or ws[k].low not in ("vanuit", "uit", "bij", "in"):
            return None
        sp = self.doc.phrase_at(k + 1, v) or self._source_np(k + 1, v)
        if sp is None or sp.kind in ("pronoun", "relative") or ws[k].low == "in" and sp.kind != "mention":
            return None  # "In de zaal klonk het ...": a place, no source
        rest = v - sp.end_word  # at most "in Brussel" between the source and the verb
        return sp if rest == 0 or rest <= 3 and ws[sp.end_word].low in ("in", "uit", "te") else None

    def _noun_use(self, v: int, a: int) -> bool:
        """The speech-verb form at word v is a noun here: right after an article or demonstrative ("de vraag",
        "een waarschuwing"), or after one and adjectives ("een dalende vraag")."""
        j = v - 1
        if j >= a and AGE_RE.fullmatch(self.ws[j].low):
            return False  # "De 54-jarige ontkent dat ...": the age word is the noun, the verb follows it
        while j > a and j >= v - 3 and self.ws[j].text.islower() and (
                self.ws[j].low.endswith(_ADJECTIVE_ENDINGS) or self.ws[j].low in _COMMON_ADJECTIVES) \
                and not self.verb_forms[j]:
            j -= 1  # adjectives: "dalende", "grote" (not a noun: "de farmaceutische industrie waarschuwde")
        return j >= a and self.ws[j].low in _NOUN_DETERMINERS and not self.masked[j]

    def _early(self, v: int, b: int) -> bool:
        """'vroeg' meaning early: after a degree word or a verb of coming or being ("te vroeg", "kwam vroeg
        op voorsprong", "is vroeg begonnen"), or in "vroeg genoeg", "vroeg en laat" (not "vroeg in een
        debat of ...")."""
        if self.ws[v].low != "vroeg":
            return False
        prev = self.ws[v - 1].low if v > 0 else ""
        nxt = self.ws[v + 1].low if v + 1 < b else ""
        return prev in _BEFORE_EARLY or nxt == "genoeg" or nxt == "en" and v + 2 < b and self.ws[v + 2].low == "laat"

    def _apposition_end(self, pos: int, b: int) -> int:
        """After a source name: ', eigenaar van het café,' / ', de woordvoerder,' is part of the attribution."""
        c = self.doc.word_at_char.get(pos)
        ws = self.ws
        if c is None or ws[c].text != "," or c + 2 >= b:
            return pos
        nxt = ws[c + 1]
        if not nxt.text.islower() or not (nxt.low in ARTICLES or lx.is_title(nxt.text)):
            return pos
        for j in range(c + 2, min(b, c + 10)):
            if ws[j].text == ",":
                return ws[j - 1].end
            if self.masked[j] or ws[j].low in lx.speech_forms() or ws[j].low in auxiliaries():
                return pos
        return pos

    def _quote_in_span(self, start: int, end: int) -> bool:
        return any(start <= m.start < end for m in self.marks)

    def _said_wish(self, v: int, a: int) -> bool:
        """'zei te hopen dat ...', 'liet weten te hopen dat ...': a hope voiced by a speech verb."""
        if v == a or self.ws[v - 1].low != "te":
            return False
        return any(x.cls in lx.CUE_CLASSES for k in range(a, v - 1) for x in self._forms(k))

    def _quoted_after(self, k: int, b: int) -> bool:
        """A quoted fragment in the reported part ("noemde de blokkade „voorspelbaar”"): the statement is
        proven by the quote marks, so an ordinary noun phrase may be its speaker."""
        return any(self.masked[j] for j in range(k, b))

    def _not_said(self, v: int, a: int) -> bool:
        """'wilde niet zeggen hoeveel', 'weigerde te zeggen': no statement was made."""
        low = self.ws[v].low
        if not low.endswith("en") or v == a:
            return False
        before = {w.low for w in self.ws[max(a, v - 4) : v]}
        return bool(before & {"niet", "te", "geen", "nooit"})

    def _statement_before(self, si: int, a: int, v: int, b: int) -> _Stmt | None:
        """'Dat meldt de NOS.' / 'Dat heeft minister X bekendgemaakt.': the previous sentence is the statement."""
        ws = self.ws
        if si == 0 or v == a:
            return None
        if ws[a].low not in ("dat", "dit"):
            sp = self._object_dat_subject(si, a, v, b)
        elif v == a + 1:
            k = self._skip_adverbs(v + 1, b)
            sp = self.doc.phrase_at(k, b) or self._source_np(k, b)
        elif ws[a + 1].low in auxiliaries() and (ws[v].low.startswith(("ge", "bekend", "aan", "uit", "toe"))
                                                  or v >= b - 2 and ws[b - 1].text in _END_PUNCT):
            # "Dat heeft de directie maandag aan de ondernemingsraad meegedeeld.": the participle closes it
            k = self._skip_adverbs(a + 2, b)
            sp = self.doc.phrase_at(k, b) or self._source_np(k, b)
        else:
            return None
        if sp is not None and all(x.particle and not ws[v].low.startswith(x.particle)
                                  and all(w.low != x.particle for w in ws[v + 1 : b]) for x in self._forms(v)):
            return None  # "Dat merkt Gerda Schipper elke week.": 'opmerken' without its particle is another verb
        return self._previous_statement(si, v, sp)

    def _previous_statement(self, si: int, v: int, sp: Speaker | None) -> _Stmt | None:
        """The sentence before si as the statement that sentence si attributes to sp ("Dat meldt de NOS.")."""
        ws = self.ws
        if sp is None or sp.kind == "relative" or self.sent_words[si - 1][0] >= self.sent_words[si - 1][1]:
            return None
        ps, pe = self.sents[si - 1]
        if self._headline(si - 1, *self.sent_words[si - 1]):
            return None
        pa, pb = self.sent_words[si - 1]
        if self.cued.get(si - 1):
            # "Ingewijden zeggen dat ... Dat werd ontkend door X.": the sentence before has its own speaker;
            # X's denial is a statement of its own, in this sentence
            return _Stmt(self.sents[si][0], self.sents[si][1], si, "indirect", ws[v].text, sp,
                         plural_verb=_plural(ws[v].low), cue_marker=True)
        if not any(self.masked[j] for j in range(pa, pb)):
            # reported content, not quoted words: the statement runs over the content and its attribution
            # ("Het hek is af. Dat meldde de grenswacht."), its text is the content
            st = _Stmt(ps, self.sents[si][1], si, "indirect", ws[v].text, sp, plural_verb=_plural(ws[v].low),
                       cue_marker=True)
            st.cut = (pe, self.sents[si][1])
            return st
        return _Stmt(ps, pe, si, "indirect", ws[v].text, sp, plural_verb=_plural(ws[v].low), cue_marker=True)

    def _object_dat_subject(self, si: int, a: int, v: int, b: int) -> Speaker | None:
        """'De toeleverancier uit Eindhoven maakte dat gisteren bekend, nadat ...': 'dat' as the object that
        points back to the previous sentence (a particle or the clause end follows it); the subject speaks."""
        ws = self.ws
        if v + 1 >= b or ws[v + 1].low not in ("dat", "dit") or self.masked[v + 1] \
                or not any(x.cls in lx.CUE_CLASSES for x in self._forms(v)):
            return None  # "bestreed dat.": an opinion verb with 'dat' as object reports nothing
        k = self._skip_adverbs(v + 2, b)
        if k < b and ws[k].low in ("bekend", "weten"):
            k += 1
        if k < b and ws[k].text not in (",", ".", ";", "!"):
            return None
        sp = self._subject(v, a, b)
        return sp if sp is not None and sp.start < ws[v].start and sp.kind != "relative" else None

    def _source_np(self, k: int, b: int) -> Speaker | None:
        """'volgens de grenswacht', 'Dat meldde de Finse kustwacht', 'volgens onderzoekers': after 'volgens'
        or as the subject of a 'Dat <verb>' attribution the position proves a source, so an ordinary definite
        noun phrase or a bare plural is its speaker; rules, plans and schedules ('volgens de regels') are not."""
        ws = self.ws
        if k >= b or self.masked[k]:
            return None
        np_ = self.doc.noun_phrase(k, b)
        if np_ is None:
            return None
        head = ws[np_.head_word].low if np_.head_word is not None else ""
        if head in lx.evidence_nouns():
            h = np_.head_word if np_.head_word is not None else k
            if h + 2 < b and ws[h + 1].low == "van":  # "volgens berekeningen van het ministerie"
                sp = self.doc.phrase_at(h + 2, b) or self._source_np(h + 2, b)
                if sp is not None and sp.kind in ("mention", "group", "role"):
                    return sp
            return None
        if head in lx.not_sources() or any(head.endswith(x) and len(head) - len(x) >= 3 for x in lx.not_sources()):
            return None
        if ws[k].low in ("de", "het") or np_.plural or lx.is_group_noun(head) or lx.is_org_head(head):
            return np_
        return None

    def _complement(self, v: int, b: int, verbs: list[lx.SpeechVerb]) -> tuple[int, bool] | None:
        """Index where the reported clause starts and whether it had 'dat'/'of'/':' — or None."""
        ws = self.ws
        a = self.sent_words[ws[v].sent][0]
        particles = {x.particle for x in verbs if x.particle}  # "vraagt zich af of ..."
        for verb in verbs:
            if " " in verb.lemma and verb.particle is None:  # "spreken van"
                k = self._skip_adverbs(v + 1, b)
                k = self._skip_subject(k, b)
                prep = verb.lemma.split()[1]
                if k < b and ws[k].low == prep:
                    return k + 1, False
                # "sprak bij aankomst van „…”": a short phrase between verb and 'van', then the quote
                for j in range(k + 1, min(b - 1, k + 7)):
                    if ws[j].text in (",", ";", ":") or self.masked[j]:
                        break
                    if ws[j].low == prep and self.masked[j + 1]:
                        return j + 1, False
                continue
            if verb.particle and not ws[v].low.startswith(verb.particle):
                clause = [w.low for w in ws[max(a, v - 3) : b]]
                if verb.particle not in clause and not any(
                        c.startswith(("er", "daar")) and c.endswith(verb.particle) for c in clause):
                    continue
            # first 'dat' / 'of' / ':' after the verb within the clause
            for k in range(v + 1, min(b, v + 12)):
                if self.masked[k]:
                    break
                t = ws[k].low
                if verb.lemma == "stellen" and t in _STELLEN_OTHER:
                    break  # "stelt 600.000 euro beschikbaar, op voorwaarde dat ...": another verb, no claim
                if t == "dat" and ws[k - 1].low in _DAT_NOUNS:
                    break  # "op voorwaarde dat": the clause belongs to the noun
                if t in _COMPLEMENT and not (t == "dat" and self._demonstrative_dat(k, b)):
                    if t == "of" and not (self._clause_of(k) or ws[k - 1].low in particles):
                        continue
                    return k + 1, True
                if t in (",", ";", "en", "maar") and verb.cls in ("dat", "quoted", "promise"):
                    break  # "rapporteert over het fonds en dat ...": the 'dat' belongs to another verb
            if verb.lemma == "vinden" and self._verdict(v, b):
                return self._skip_adverbs(v + 1, b), False  # "vindt het bedrag veel te laag": a judgement
            te_at = self._te_infinitive(v, b, verb)
            if te_at is not None:
                return te_at, False  # "liet weten open te staan voor ...", "kondigde aan in beroep te gaan"
            if verb.cls in ("dat", "claim", "promise", "quoted") and not verb.particle and v + 1 < b \
                    and self._quote_in_clause(v + 1, b):
                return self._skip_adverbs(v + 1, b), False  # "schat de schade op ‘minstens een ton’"
            if verb.cls == "say" and verb.particle and v + 1 < b:
                k = self._skip_adverbs(v + 1, b)
                if k + 2 < b and ws[k].low == verb.particle and ws[k + 1].low in ("op", "tot", "om"):
                    return k + 1, False  # "drong aan op snelle besluiten", "riep op tot kalmte"
                p = self._stranded_particle(v, b, verb.particle)
                if p is not None:
                    return v + 1, False  # "kondigde een motie aan om het eigen risico te verlagen"
            if verb.cls == "say" and not verb.particle and v + 1 < b and not self._other_particle(v, b):
                k = self._skip_adverbs(v + 1, b)
                if k < b and ws[k].low == "zich" and not any("zich" in x.lemma for x in verbs):
                    continue  # "meldde zich bij de politie": a reflexive verb, no speech
                if k < b - 1 and ws[k].text not in (",", ".") and not ws[k].low.startswith("ge") \
                        and (ws[k].low not in _RELATIVE or self._quote_in_clause(k, b)) \
                        and not self._bare_object(k, b, verb):  # "noemde die lezing ‘complotdenken’"
                    return k, False  # "heeft beloofd waar de Kamer ...": no statement
        return None

    def _verdict(self, v: int, b: int) -> bool:
        """'vindt het plan juist te voorzichtig', 'vinden het te weinig': 'vinden' with an object judged 'te'
        + adjective at the end of the clause is an opinion stated, unlike 'vond de politie 185.000 euro'."""
        ws = self.ws
        for t in range(v + 1, min(b - 1, v + 10)):
            if self.masked[t] or ws[t].text in (",", ";", ":") or ws[t].low in ("dat", "om", "die", "omdat"):
                return False
            nxt = ws[t + 1]
            if ws[t].low == "te" and nxt.text.isalpha() and nxt.text.islower() and not self._te_infinitive_at(t):
                after = t + 2
                return after >= b or ws[after].text in (",", ";", ".", "!", "?") or ws[after].low in ("en", "maar")
        return False

    def _bare_object(self, k: int, b: int, verb: lx.SpeechVerb) -> bool:
        """'erkende maandag de problemen', 'waarschuwde voor een oordeel ...': a short object or a 'voor'
        phrase with no quoted words names what was said about, not what was said ('noemde de uitkomst
        teleurstellend' gives the object a predicate: a statement)."""
        if verb.lemma == "noemen" or self._quote_in_clause(k, b, through_dat=True):
            return False
        if self.ws[k].low == "voor" or self.ws[k].low in _NOTHING_SAID:
            return True  # "zei weinig tijdens de zitting"
        end = next((j for j in range(k, b) if self.ws[j].text in (",", ";", ":", ".", "!", "?")), b)
        return end - k <= 3

    def _other_particle(self, v: int, b: int) -> bool:
        """'vroeg een vergunning aan bij de gemeente', 'meldde zich af', 'zei het abonnement op': a stranded
        particle makes it another verb (aanvragen, afmelden, opzeggen), no speech."""
        ws = self.ws
        for p in range(v + 1, min(b, v + 10)):
            if self.masked[p] or ws[p].text in (",", ";", ":") or ws[p].low in ("dat", "of", "om"):
                return False
            if ws[p].low in _STRANDED and (p + 1 >= b or not ws[p + 1].text.isalpha()
                                          or ws[p + 1].low in _AFTER_PARTICLE):
                return True
        return False

    def _te_infinitive(self, v: int, b: int, verb: lx.SpeechVerb) -> int | None:
        """Start of a te-infinitive statement right after the verb (its particle, a reflexive or 'ervan' may
        come between): "kondigde aan in hoger beroep te gaan", "beschuldigen elkaar ervan de gesprekken te
        rekken". 'dreigt te mislukken' and hopes are no statements."""
        ws = self.ws
        if verb.lemma in _NO_TE or verb.cls not in ("say", "dat", "promise"):
            return None
        k = v + 1
        if verb.particle:
            k = self._skip_adverbs(v + 1, b)
            if verb.cls == "promise" and k < b and ws[k].low != verb.particle:
                # "zegde de minister toe om ...", "zegde vorig jaar toe om ...": subject or time before the particle
                k = next((p for p in range(v + 1, min(b, v + 7)) if ws[p].low == verb.particle), k)
                if any(ws[j].text in (",", ";", ":") or self.masked[j] for j in range(v + 1, k)):
                    return None
            if k + 1 >= b or ws[k].low != verb.particle or ws[k + 1].low in ARTICLES \
                    and not verb.particle.endswith("en") and verb.particle != "toe" and not (verb.particle == "aan" and not any(
                        w.low == "aan" for w in itertools.takewhile(lambda w: w.low != "te", ws[k + 1 : min(b, k + 8)]))):
                # ("kondigde aan de zaak voor te leggen": 'aan' is the particle when no second 'aan' follows;
                # "zegde toe de hervorming terug te draaien": 'toe' never heads a phrase)
                # "stelt voor het geld ... te storten": 'voor' heads a phrase, no particle; an infinitive
                # ("laat weten de zaak te volgen") takes an object
                return None
            k += 1
        while k < b and (ws[k].low in _TE_OBJECTS or ws[k].low.startswith(("er", "daar")) and ws[k].low.endswith(
                ("van", "op", "voor", "om", "toe", "aan")) and len(ws[k].low) <= 8):
            k += 1
        reach = 9
        if verb.cls == "promise":
            reach = 18  # a promise names who gets what: "belooft alle getroffen huishoudens vóór 1 december ..."
            if k < b and ws[k].low == "om":
                k += 1  # "zegde toe om vóór 1 oktober met een voorstel te komen"
        for t in range(k, min(b - 1, k + reach)):
            if self.masked[t]:
                continue  # "laat weten de zaak „nauwlettend” te volgen": quoted words inside the te-clause
            if ws[t].text in (",", ";", ":") and not (ws[t].text == "," and ws[t - 1].text.isdigit()
                                                      and ws[t + 1].text.isdigit()) \
                    or ws[t].low in ("dat", "om", "omdat", "die"):
                return None  # (the comma in "1,2 miljard" belongs to the number)
            if self._te_infinitive_at(t):
                return k
        return None

    def _quote_in_clause(self, k: int, b: int, through_dat: bool = False) -> bool:
        """Quoted words before the clause ends (comma, 'en'/'maar' + new verb) after word k."""
        ws = self.ws
        for j in range(k, min(b, k + 14)):
            if self.masked[j]:
                return True
            if ws[j].text in (",", ";", ":") or ws[j].low in ("omdat", "want") or ws[j].low == "dat" and not through_dat:
                return False
        return False

    def _demonstrative_dat(self, k: int, b: int) -> bool:
        """'ontkende dat, ...' / 'ontkende dat gisteravond: „…”': 'dat' is the object, not a conjunction,
        when a comma or (after at most two words) a colon follows."""
        ws = self.ws
        if k + 1 >= b or ws[k + 1].text in (",", ".", "!", ";"):
            return True  # "bestreed dat."
        return any(ws[j].text == ":" for j in range(k + 1, min(b, k + 4))) and not any(
            ws[j].low in lx.pronouns() or ws[j].low in ARTICLES for j in range(k + 1, min(b, k + 3)))

    def _stranded_particle(self, v: int, b: int, particle: str) -> int | None:
        """The particle of a separated verb after its object, followed by an 'om'/'dat' clause or a
        quote: "kondigde een motie aan om ...", "legde de keuze uit: ...". Without such a clause the
        object alone is no statement ("kondigde maatregelen aan")."""
        ws = self.ws
        for p in range(v + 2, min(b - 2, v + 10)):
            if self.masked[p] or ws[p].text in (",", ";") or ws[p].low in lx.speech_forms():
                return None
            if ws[p].low == particle:
                nxt = ws[p + 1]
                if nxt.low in ("om", "dat", ":") or self.masked[p + 1] or self._te_clause(p + 1, b):
                    return p  # ... or a te-infinitive: "roept beide partijen op de strijd niet ... uit te vechten"
                return None
        return None

    def _te_clause(self, k: int, b: int) -> bool:
        """A 'te' + infinitive within the next few words of the clause starting at word k (not one of a later
        'om' clause: "stelt geld beschikbaar om boeren te compenseren voor verlies en om grond te ruilen")."""
        ws = self.ws
        for t in range(k, min(b - 1, k + 9)):
            if ws[t].text in (",", ";", ":") or ws[t].low in ("dat", "omdat", "die", "om"):
                return False
            if self._te_infinitive_at(t):
                return True
        return False

    def _te_infinitive_at(self, t: int) -> bool:
        """Word t is 'te' before an infinitive ("te vechten"), not "te laag" (too low)."""
        ws = self.ws
        nxt = ws[t + 1]
        return ws[t].low == "te" and nxt.text.isalpha() and nxt.text.islower() and nxt.low.endswith("n")

    def _clause_of(self, k: int) -> bool:
        prev = self.ws[k - 1].low
        return prev in lx.speech_forms() or prev in adverbs()

    def _skip_adverbs(self, k: int, b: int) -> int:
        while k < b and self.ws[k].low in adverbs() and self.ws[k].low not in ("dat",):
            k += 1
        return k

    def _skip_subject(self, k: int, b: int) -> int:
        """After an inverted verb ("zei Trump ..."), skip the subject to reach the complement."""
        sp = self.doc.phrase_at(k, b)
        if sp is not None:
            return self._skip_adverbs(sp.end_word, b)
        return k

    def _subject(self, v: int, a: int, b: int) -> Speaker | None:
        """Subject of the clause whose verb is word v: before it, after a conjunction, or inverted."""
        ws = self.ws
        if v - 2 >= a and ws[v - 1].low == "zelf" and not self.masked[v - 1]:
            return self._subject(v - 1, a, b)  # "De loodsen zelf spreken van ‘een provocatie’"
        if v + 1 < b and ws[v + 1].low == "men" and ws[a].low in ("bij", "binnen") \
                and (m := self.doc.by_start.get(a + 1)) is not None and m.type != "PER":
            return self.doc._mention_speaker(a + 1, m)  # "Bij Solidaris spreekt men van ..."
        k = v - 1
        start = a
        rel_comma = -1
        while k >= a:
            w = ws[k]
            if self.masked[k]:
                k -= 1
                continue
            if w.text == ")":  # "Minister Ilse Mulder (Landbouw, Visserij en Natuur) erkende": commas inside
                opened = next((j for j in range(k - 1, max(a - 1, k - 15), -1) if ws[j].text == "("), None)
                if opened is not None:
                    k = opened - 1
                    continue
            if w.low in clause_openers() and k > a - 1 and not (w.low == "nu" and k == a) \
                    and not (w.low == "als" and any(ws[j].low == "zowel" for j in range(a, k))):  # "zowel X als Y"
                for j in range(k + 1, v):
                    sp = self.doc.phrase_at(j, v)
                    if sp is not None:
                        return sp
                return None
            if w.text in (":", ";"):
                start = k + 1
                break
            if w.low == "dat" and k > a and k + 1 < v and ws[k - 1].text != "," and not self.masked[k] \
                    and ws[k - 1].low in lx.speech_forms():
                # "verwijt de premier dat hij ... heeft beloofd": the verb is inside the reported clause
                return self.doc.phrase_at(k + 1, v)
            if w.low == "die" and k > a and ws[k - 1].text not in (",", ":"):
                return self._antecedent(k)  # "een motie die het kabinet vraagt": not a speaker
            if w.text == ",":
                if k + 1 == v:  # ", die ... ," or an apposition closes right before the verb
                    j = k - 1
                    while j > a and ws[j].text != ",":
                        j -= 1
                    if j > a and ws[j + 1].low in _RELATIVE:
                        rel_comma = j  # "Een Duitse ambtenaar, die anoniem wil blijven, zei ..."
                        k = j - 1
                        continue
                    inserted = self._subject_before_insert(a, k)
                    if inserted is not None:
                        return inserted
                    if j >= a:
                        sp = self.doc.phrase_at(j + 1, k)
                        if sp is not None and sp.end_word == k and sp.kind == "mention":
                            return sp  # "Een woordvoerder van de ambassade, Oksana Demtsjenko, zei ..."
                    start = k + 1
                    break
                if ws[k + 1].low == "die":
                    return self._antecedent(k)
                start = k + 1
                break
            k -= 1
        s = start
        while s < v and (ws[s].low in adverbs() or ws[s].text in lx.OPEN_QUOTES or ws[s].text in "-–"):
            s += 1
        both = s + 1 < v and ws[s].low == "zowel"  # "Zowel De Vries als Aydın zeiden ..."
        s += both
        if s == v - 1 and ws[s].low == "die":
            # demonstrative 'die' opening a clause: "De oppositie hekelt de deal: die vindt dat ...",
            # "De FNV is boos. Die vindt dat ...": the subject of the clause or sentence before
            if start > a and ws[start - 1].text == ":":
                return self._main_subject(a, start - 1)
            if s == a and ws[s].sent > 0:
                # a demonstrative prefers the last person or body named, not the subject ("Het plan kwam
                # van Kamerlid Smit. Die zei ..."), else the subject of the sentence before
                pa, pb = self.sent_words[ws[s].sent - 1]
                named_at = [k for k in range(pa, pb) if k in self.doc.by_start and not self.masked[k]
                         and self.doc.by_start[k].type in ("PER", "ORG")]
                prev = self.doc.phrase_at(named_at[-1], pb) if named_at else self._clause_start_phrase(ws[s].sent - 1)
                if prev is not None and prev.kind in ("mention", "group"):
                    return prev
        if s == v and start > a and ws[start].low in _COORDINATORS:
            # "X verwelkomde het pakket, maar waarschuwde dat ...": the subject of the first clause
            return self._main_subject(a, start - 1)
        if s < v:
            sp = self.doc.phrase_at(s, v + 1)
            joint = self._past_modifier(sp.end_word, v) if sp is not None else v
            if sp is not None and joint + 1 < v and self.ws[joint].low == ("als" if both else "en") \
                    and sp.kind in ("mention", "group"):
                # "Burgemeester X van Eemsdelta en corporatiedirecteur Y", "Z (Wonen) en ...", "... Kaya uit Eindhoven"
                other = self.doc.phrase_at(joint + 1, v + 1)
                nxt = self.doc.by_start.get(joint + 2)
                if other is None and nxt is not None and nxt.type == "PER" and self.ws[joint + 1].text.islower() \
                        and self.ws[joint + 1].low.endswith(_OCCUPATION_ENDINGS):
                    other = self.doc.phrase_at(joint + 2, v + 1)  # "en violiste Latifa Azzouzi": an unlisted title
                if other is not None and self._past_modifier(other.end_word, v) in (v, rel_comma) \
                        and other.kind in ("mention", "group"):  # (", die samen de ondernemingsraad leiden,")
                    # persons and organisations speak one each ("D66 en GroenLinks-PvdA zeiden"); places and
                    # other names together stay one group ("Malta en Cyprus")
                    persons = tuple(x for x in (sp, other) if x.mention is not None and x.mention.type in ("PER", "ORG"))
                    return Speaker(sp.start, other.end, "group", self.text[sp.start : other.end], v, plural=True,
                                   members=persons if len(persons) == 2 else ())
            if sp is not None and sp.end_word <= v and self._only_verbal(sp.end_word, v):
                return sp
            if sp is not None and sp.end_word <= v:
                return sp
            if sp is None and s + 1 < v and ws[s].first and ws[s].text[1:].islower() and ws[s].low.endswith("e"):
                inner = self.doc.phrase_at(s + 1, v + 1)  # "Gepensioneerde verpleegster Mieke Claes, die ..., sprak"
                if inner is not None and inner.kind == "mention" and inner.end_word in (v, rel_comma):
                    return inner
            if sp is None:
                named = self._name_closing_subject(s, v)
                if named is not None:
                    return named  # "Haar Duitse collega Matthias Brenner noemde ..."
                np_ = self.doc.noun_phrase(s, v)
                if np_ is not None and np_.end_word in (v, rel_comma):
                    return np_  # "De farmaceutische industrie waarschuwde dat ..."
            if sp is None and not self._adverbial(s, v):
                return None
        k = self._skip_adverbs(v + 1, b)
        sp = self.doc.phrase_at(k, b)
        if sp is not None and sp.kind == "pronoun" and sp.text.lower() in _OBJECT_PRONOUNS:
            return None  # "vroeg hem ...": an object, not an inverted subject
        return sp if sp is not None and sp.kind != "relative" else None

    def _subject_before_insert(self, a: int, comma: int) -> Speaker | None:
        """The subject of '<subject> <insert>, <verb>': an apposition ("Zorgverzekeraar CZ, de grootste in de
        regio, laat weten"), a relative clause without its first comma ("Een jurist die de organisatie
        adviseert, stelt") or 'onder wie'/'van wie' ("Acht EU-landen, onder wie Nederland, eisen")."""
        ws = self.ws
        s = a
        while s < comma and (ws[s].low in adverbs() or ws[s].text in lx.OPEN_QUOTES or ws[s].text in "-–"):
            s += 1
        if s >= comma or self.masked[s]:
            return None
        sp = self.doc.phrase_at(s, comma)
        if sp is None or sp.kind in ("pronoun", "relative"):
            sp = self.doc.noun_phrase(s, comma)
        if sp is None or sp.end_word >= comma:
            return None
        e = sp.end_word
        nxt = ws[e].low
        if nxt in ("die", "wie", "waar", "waarvan", "waaronder") or nxt == "dat" and not sp.plural:
            return sp
        if nxt == "van" and sp.kind == "mention" and (body := self.doc.by_start.get(e + 1)) is not None \
                and body.type in ("LOC", "ORG", "MISC") and (after := self.doc.word_end_at_char.get(body.span[1])) is not None \
                and after + 1 < comma and ws[after + 1].text == ",":
            e = after + 1  # "Wethouder X van Zwolle, een van de getroffen gemeenten, sprak van ...": past the body
        if ws[e].text == "," and e + 1 < comma and (ws[e + 1].low in ("onder", "van", "met", "waaronder")
                                                    or ws[e + 1].low in ARTICLES or ws[e + 1].low in _RELATIVE
                                                    or ws[e + 1].text.islower() and lx.is_title(ws[e + 1].text)
                                                    and sp.kind == "mention"):
            return sp  # ", de grootste in de regio," / ", onder wie Nederland," / ", voorzitter van ...,"
        if ws[e].text == "," and sp.kind == "mention" and sp.mention is not None and sp.mention.type == "PER" \
                and 1 <= comma - e - 1 <= 8 and not any(
                    self.masked[j] or ws[j].text in (",", ";", ":") or ws[j].low in lx.speech_forms()
                    or ws[j].low in auxiliaries() or j in self.doc.by_start and self.doc.by_start[j].type == "PER"
                    for j in range(e + 1, comma)):  # not a list of people: "De Boer, Smit en Bos, zeiden ..."
            return sp  # "Daan Koning, geen familie van de minister, vindt ...", ", verantwoordelijk voor X,"
        if nxt in ("in", "uit", "bij", "rond", "op") and not any(ws[j].text == "," for j in range(e, comma)) \
                and comma - e <= 5:
            return sp  # "Boeren in de regio, van wie velen ...": the place phrase is no insert of its own
        return None

    def _name_closing_subject(self, s: int, v: int) -> Speaker | None:
        """A person's name right before the verb, led only by a possessive or article, adjectives and a
        describing noun ("Zijn Belgische ambtgenoot Luc Peeters", "Haar collega Eva Maes"): the one
        constituent before the finite verb is that person. A preposition in front ("Na het gesprek met
        Peeters zei ...") makes it an adverbial instead."""
        ws = self.ws
        for j in range(s + 1, min(v, s + 5)):
            m = self.doc.by_start.get(j)
            last = self.doc.word_end_at_char.get(m.span[1]) if m is not None else None
            if m is None or m.type != "PER" or last is None or last != v - 1 and self._past_modifier(last + 1, v) != v:
                continue  # (a bracketed party may close it: "Het Haagse raadslid Gökhan Demir (GroenLinks-PvdA) zei")
            lead = ws[s:j]
            if all(w.low in _DETERMINERS or (w.text.isalpha() or "-" in w.text) and w.low not in lx.stopwords()
                   and w.low not in lx.speech_forms() and not self.masked[s + i] for i, w in enumerate(lead)):
                sp = self.doc._mention_speaker(j, m, start=s)
                return sp
        return None

    def _main_subject(self, a: int, limit: int) -> Speaker | None:
        s = a
        while s < limit and (self.ws[s].low in adverbs() or self.ws[s].text in lx.OPEN_QUOTES):
            s += 1
        sp = self.doc.phrase_at(s, limit) if s < limit and not self.masked[s] else None
        if sp is None and s < limit:
            sp = self.doc.noun_phrase(s, limit)
            if sp is not None and sp.end_word < limit and self.ws[sp.end_word].low not in lx.speech_forms():
                sp = None  # the noun phrase must be the subject right before the first verb
        return sp if sp is not None and sp.kind != "relative" else None

    def _only_verbal(self, k: int, v: int) -> bool:
        return all(self.ws[j].low in auxiliaries() or self.ws[j].low in adverbs() for j in range(k, v))

    def _adverbial(self, s: int, v: int) -> bool:
        """Words before an inverted verb: a time or place phrase ("Op een campagnebijeenkomst")."""
        return not any(self.doc.phrase_at(j, v) is not None and self.doc.phrase_at(j, v).kind == "pronoun"  # type: ignore[union-attr]
                       for j in range(s, v))

    def _antecedent(self, comma: int) -> Speaker | None:
        best = None
        for j in range(comma - 1, max(comma - 9, -1), -1):
            if self.ws[j].text in (",", ".", ":"):
                break
            sp = self.doc.phrase_at(j, comma)
            if sp is not None and sp.end_word == comma and sp.kind in ("mention", "role", "group"):
                best = sp
        return best

    def _passive(self, si: int, a: int, b: int) -> _Stmt | None:
        ws = self.ws
        for v in self.sent_verbs[si]:
            low = ws[v].low
            if not (low.startswith("ge") or low.endswith(("d", "t", "en")) and any(
                    ws[j].low in _PASSIVE_AUX for j in range(a, v))):  # "werd bevestigd door", "is ontkend door"
                continue
            for k in range(v + 1, min(b, v + 4)):
                if ws[k].low == "door":
                    sp = self.doc.phrase_at(k + 1, b)
                    if sp is not None and sp.kind != "pronoun":
                        if ws[a].low in ("dat", "dit") and si > 0 and ws[a + 1].low in _PASSIVE_AUX:
                            # "Dat werd woensdag bevestigd door X.": the sentence before is what X confirmed
                            return self._previous_statement(si, v, sp)
                        s, _ = self.sents[si]
                        end = ws[v].start
                        aux = next((j for j in range(v - 1, a, -1) if ws[j].low in _PASSIVE_AUX), None)
                        if aux is not None and ws[aux - 1].text == ",":
                            end = ws[aux - 1].start  # "De gewonden zijn thuis, werd bevestigd door X"
                        return _Stmt(s, end, si, "indirect", ws[v].text, sp)
        return None

    def _colon(self, si: int, a: int, b: int) -> _Stmt | None:
        if ":" not in self.sent_has[si]:
            return None
        ws = self.ws
        sp = self.doc.phrase_at(a, b)
        if sp is None or sp.end_word >= b or ws[sp.end_word].text != ":" or sp.kind not in ("mention", "group"):
            return None
        if sp.kind == "mention" and sp.mention is not None and sp.mention.type == "LOC":
            return None
        if b - sp.end_word < 4:
            return None
        return _Stmt(ws[sp.end_word + 1].start, self.sents[si][1], si, "indirect", ":", sp)

    def _colon_headline(self, si: int, a: int, b: int) -> _Stmt | None:
        st = self._colon(si, a, b)
        if st is not None and st.speaker is not None and st.speaker.mention is not None \
                and st.speaker.mention.type == "PER":
            return st
        return None

    # -- pass 2: quote marks --------------------------------------------------------------------------

    def attach_marks(self, stmts: list[_Stmt]) -> list[_Stmt]:
        out = list(stmts)
        top = [m for m in self.marks if not any(o is not m and o.start <= m.start and m.end <= o.end
                                                  for o in self.marks)]
        for qm in top:
            host = next((s for s in out if s.start <= qm.inner_end and qm.inner_start <= s.end and not s.follow
                         and s.kind != "direct-only"), None)
            if host is None:
                # a cue sentence that starts inside this quote: "… stap. Vervolgens …”, zei X."
                host = next((s for s in out if qm.inner_start <= s.start <= qm.end and s.cue
                             and s.end <= qm.end + 1), None)
            if host is not None:
                if host.naming or host.kind == "indirect" and host.cue_marker and re.search(
                        r"\b(?:dat|of)\s*$", self.text[max(0, qm.start - 5) : qm.start]):
                    host.kind = "mixed"  # "schrijven ze dat ‘een aanval op een gebedshuis ...’": reported, quoted
                elif host.start >= qm.start and host.end <= qm.end + 1 or (
                        qm.inner_start <= host.start and host.end <= qm.end + 1) or qm.inner_start - 1 <= host.start and qm.end >= host.end:
                    host.start, host.end, host.kind = qm.inner_start, qm.inner_end, "direct"
                else:
                    host.kind = "mixed"
                host.marks.append(qm)
                continue
            n_words = len(lx.WORD_RE.findall(self.text[qm.inner_start : qm.inner_end]))
            sentence_like = self._starts_sentence(qm) and n_words >= MIN_QUOTE_WORDS
            sp = self._colon_before(qm)
            if sp is not None:
                out.append(_Stmt(qm.inner_start, qm.inner_end, self._sent_of(qm.start), "direct", ":", sp, marks=[qm]))
                continue
            if not sentence_like:
                continue  # a scare quote or a title in quote marks
            out.append(_Stmt(qm.inner_start, qm.inner_end, self._sent_of(qm.start), "direct", None, None,
                             follow=True, marks=[qm]))
        out.sort(key=lambda s: s.start)
        return out

    def _starts_sentence(self, qm: QuoteMarks) -> bool:
        before = self.text[: qm.start].rstrip(" \t")
        return not before or before[-1] in ".!?\n:”\"’'…"

    def _colon_before(self, qm: QuoteMarks) -> Speaker | None:
        before = self.text[: qm.start].rstrip()
        if not before.endswith(":"):
            return None
        colon = self.doc.word_end_at_char.get(len(before))
        if colon is None:
            return None
        si = self.ws[colon].sent
        a, b = self.sent_words[si]
        return self._subject(colon, a, b) or self._person_before_colon(si, colon)

    def _person_before_colon(self, si: int, colon: int) -> Speaker | None:
        """'Sabrina Kartosen, moeder van twee kinderen: "…"', 'Taras Bondarenko, die aan het front diende, was
        duidelijk: „…”': the named person opening the sentence, then only an insert and a short predicate."""
        sp = self._clause_start_phrase(si)
        if sp is not None and sp.kind == "role" and sp.end_word < colon and self.ws[sp.end_word].text == ",":
            # "De Russische delegatieleider, onderminister Viktor Sjoemilov, hield het kort: „…”": a title may
            # open the named apposition, so this reads a phrase, not only a bare name (_named_apposition)
            close = next((j for j in range(sp.end_word + 1, colon) if self.ws[j].text == ","), None)
            named = self.doc.phrase_at(sp.end_word + 1, close) if close is not None else None
            if named is not None and named.kind == "mention" and named.end_word == close \
                    and named.mention is not None and named.mention.type == "PER":
                sp = named
        if sp is None or sp.kind != "mention" or sp.mention is None or sp.mention.type != "PER" \
                or sp.end_word >= colon:
            return None
        between = range(sp.end_word, colon)
        if len(between) > 14 or any(self.masked[j] or self.ws[j].text in (";", ":") or j in self.doc.by_start
                                    and self.doc.by_start[j].type == "PER" for j in between):
            return None
        commas = [j for j in between if self.ws[j].text == ","]
        tail = colon - (commas[-1] + 1) if commas else colon - sp.end_word
        return sp if (commas and commas[0] == sp.end_word or not commas) and tail <= 4 else None

    def _sent_of(self, pos: int) -> int:
        for i, (s, e) in enumerate(self.sents):
            if s <= pos < e:
                return i
        return max(0, len(self.sents) - 1)

    # -- pass 3: resolution in document order ---------------------------------------------------------

    def resolve(self, stmts: list[_Stmt]) -> None:
        focus: Mention | None = None
        last: _Stmt | None = None
        by_sent: dict[int, list[_Stmt]] = {}
        for s in stmts:
            by_sent.setdefault(s.sent, []).append(s)
        pending_open: list[_Stmt] = []
        intro: tuple[int, Mention] | None = None  # sentence and person of a speech verb without a statement
        subject: list[Mention | None] = [None] * len(self.sents)
        for si in range(len(self.sents)):
            start_phrase = self._clause_start_phrase(si)
            ctx = _Focus(si, start_phrase, subject, focus)
            if start_phrase is not None and start_phrase.kind == "mention" and start_phrase.mention is not None \
                    and start_phrase.mention.type == "PER":
                subject[si] = start_phrase.mention
            elif (named := self._appositive_subject(si)) is not None:
                subject[si] = named  # "Zijn buurvrouw, Hilde Stevens, is minder ongerust."
            elif start_phrase is not None and start_phrase.kind == "pronoun" and not start_phrase.plural:
                subject[si] = self._pronoun_person(start_phrase, ctx)
            for st in by_sent.get(si, []):
                if st.follow:
                    if (m := self._introduced(si, last, subject)) is not None:  # the person of the sentence before
                        st.name, st.key, st.speaker = self.doc.name(m), m.key, None
                    elif intro is not None and (last is None or intro[0] > last.sent) \
                            and self.para_of_char(st.start) - self.para_of_char(self.sents[intro[0]][0]) <= 1:
                        st.name, st.key, st.speaker = self.doc.name(intro[1]), intro[1].key, None
                    elif last is not None and last.name and self._near(last, st):
                        st.name, st.key, st.speaker = last.name, last.key, None
                    elif (asked := self._interviewee(st, last)) is not None:
                        st.name, st.key, st.speaker = asked  # an answer after the interviewer's question
                else:
                    ctx.prev_key = last.key if last is not None and last.sent >= si - 2 else None
                    ctx.prev_named = self._bare_named(last) if last is not None and last.sent >= si - 2 else None
                    self._resolve_one(st, ctx)
                    if not st.name and st.speaker is not None and st.speaker.kind == "pronoun" \
                            and not st.speaker.plural and not st.plural_verb and last is not None and last.sent >= si - 1 \
                            and last.speaker is not None and last.speaker.kind == "role":
                        st.name = last.name  # "De Oekraïense president zei ... Hij vroeg om ...": no name written
                    elif last is not None and self._unnamed_antecedent(st, last, si):
                        st.name, st.key = last.name, None  # "Een Estse officier zei dat ... Volgens hem ..."
                    elif self._same_unnamed_role(st, last, si):
                        # "Een woordvoerder van de Hongaarse regering ontkende ... „…”, zei de woordvoerder."
                        assert last is not None
                        st.name, st.key = last.name, last.key
                if st.marks and st.marks[-1].open_end:
                    pending_open.append(st)
                elif pending_open and st.name:
                    for p in pending_open:
                        if not p.name:
                            p.name, p.key = st.name, st.key
                    pending_open = []
                if st.key:
                    self.spoken.add(st.key)
                if st.name and not self._reporter_question(st):  # the answer after a reporter's question is
                    last = st  # the interviewee's, not the reporter's
                    m = self._person(st)
                    if m is not None:
                        focus = m
                        if subject[si] is None and st.speaker is not None:
                            subject[si] = m
            named_subject = subject[si]
            if named_subject is not None:
                focus = named_subject
                if not by_sent.get(si) and self._has_speech_verb(si):
                    intro = (si, named_subject)  # "Kamerlid X reageerde fel." before a bare quote paragraph
            elif not by_sent.get(si) and (inverted := self._inverted_speaker(si)) is not None:
                intro = (si, inverted)  # "Op de vraag of ..., reageerde Hoffmann kortaf." before the answer

    def _introduced(self, si: int, last: _Stmt | None, subject: list[Mention | None]) -> Mention | None:
        """'Verpleegkundige Sofie Peeters liep mee in de stoet. „Ik sta al 22 jaar aan het bed.”': a bare quote
        right after a sentence in the same paragraph whose subject is a person who said nothing there is that
        person's, not the words of whoever spoke last."""
        if si == 0 or last is not None and last.sent >= si - 1:
            return None
        here, before = self.para_of_char(self.sents[si][0]), self.para_of_char(self.sents[si - 1][0])
        if subject[si - 1] is None or subject[si - 1].type != "PER":  # type: ignore[union-attr]
            # "Samira Benali heeft een apotheek in Delfshaven. Zaterdag kreeg ze ..." then a paragraph of bare
            # quote: the one person of a narrative paragraph
            if here == before + 1 and self._narrative_paragraph(si - 1):
                return self._sole_person(si - 1)
            return None
        if here != before and not (here == before + 1 and self._narrative_paragraph(si - 1)):
            # (a narrative paragraph that ends on the person: "Wim Bakker (52) vaart ... Hij lag vorige week
            # stil." then a paragraph of bare quote)
            return None
        return subject[si - 1]

    def _para_span(self, si: int) -> tuple[int, int]:
        """Start and end offset of the paragraph holding sentence ``si``."""
        return self.paras[self.para_of_char(self.sents[si][0]) - 1]

    def _sole_person(self, si: int) -> Mention | None:
        """The one person (by key) the paragraph of sentence ``si`` names, or None."""
        lo, hi = self._para_span(si)
        people = [m for m in self.doc.mentions if m.type == "PER" and lo <= m.span[0] < hi]
        return people[-1] if people and len({m.key for m in people}) == 1 else None

    def _narrative_paragraph(self, si: int) -> bool:
        """The paragraph of sentence ``si`` holds no quote marks and no statement of its own."""
        lo, hi = self._para_span(si)
        return not any(self.masked[j] for j in range(self.doc.word_at_char.get(lo, 0), len(self.ws))
                       if self.ws[j].start < hi) and not any(
            self.cued.get(k) for k in range(len(self.sents)) if lo <= self.sents[k][0] < hi)

    def _appositive_subject(self, si: int) -> Mention | None:
        """'Zijn buurvrouw, Hilde Stevens, ...', 'De voorzitter van de rechtbank, Lieve Mertens, ...': a person
        named between commas right after the noun phrase opening the sentence."""
        ws = self.ws
        a, b = self.sent_words[si]
        if a >= b or ws[a].low not in ("zijn", "haar", "hun", "de", "het", "een", "diens"):
            return None
        for c in range(a + 1, min(b - 2, a + 7)):
            if ws[c].text == ",":
                named = self._named_apposition(ws[c].start, b)
                return named.mention if named is not None else None
            if not ws[c].text.isalpha() or self.masked[c]:
                return None
        return None

    def _same_unnamed_role(self, st: _Stmt, last: _Stmt | None, si: int) -> bool:
        """'de woordvoerder' right after 'een woordvoerder van X' spoke: the same unnamed person (no one with
        that title is named)."""
        sp = st.speaker
        if sp is None or sp.kind != "role" or not bare_role(sp.text) or last is None or last is st \
                or last.sent < si - 2 or last.speaker is None or last.speaker.kind != "role" or not last.name:
            return False
        if self._role_person(sp, None) is not None:
            return False
        return lx.same_role(sp.text, last.speaker.text.split(" van ")[0])

    def _unnamed_antecedent(self, st: _Stmt, last: _Stmt | None, si: int) -> bool:
        """A singular 'hij'/'hem' right after an unnamed person spoke ("Een Duitse ambtenaar zei ...")
        refers to that speaker, not to a person named further back; a name in between breaks the link."""
        sp = st.speaker
        if sp is None or sp.kind != "pronoun" or sp.plural or st.plural_verb or last is None or last is st \
                or last.sent < si - 1 or self._person(last) is not None or last.speaker is None:
            return False
        prev = last.speaker
        if prev.kind not in ("role", "group") or prev.plural or prev.text.split()[0].lower() not in ("een", "de"):
            return False
        if self._pronoun_self_or_content(sp, last):
            return False
        return not any(m.type == "PER" and prev.end <= m.span[0] < sp.start for m in self.doc.mentions)

    def _pronoun_self_or_content(self, sp: Speaker, last: _Stmt) -> bool:
        """'Ze reist met beveiliging, bevestigde een woordvoerster. „…”, zegt ze zelf.': the pronoun is the
        person the spokesperson spoke about (the statement opened with that pronoun, or 'zelf' follows it)."""
        k = self.doc.word_at_char.get(sp.start)
        if k is not None and k + 1 < len(self.ws) and self.ws[k + 1].low == "zelf":
            return True
        opening = self.text[last.start : last.start + 8].split()
        return bool(opening) and opening[0].lower() == sp.text.lower()

    def _has_speech_verb(self, si: int) -> bool:
        return bool(self.sent_verbs[si])

    def _inverted_speaker(self, si: int) -> Mention | None:
        """The person named right after a speech verb of a sentence that makes no statement itself."""
        _, b = self.sent_words[si]
        for v in self.sent_verbs[si]:
            k = self._skip_adverbs(v + 1, b)
            m = self.doc.by_start.get(self.doc.role_start.get(k, k))  # "reageerde (trainer) Hoffmann"
            if m is not None and m.type == "PER":
                return m
        return None

    def _plural_subject(self, si: int) -> str | None:
        """The last coordinated subject of sentence si ('Hongarije en Slowakije', 'kleinere landen als Malta
        en Cyprus' -> 'Malta en Cyprus'), opening the sentence or a clause after ', maar'/', en'."""
        ws = self.ws
        a, b = self.sent_words[si]
        starts = [a] + [j + 1 for j in range(a + 1, b - 1) if ws[j].low in ("maar", "en") and ws[j - 1].text == ","]
        found: str | None = None
        for s in starts:
            s = self._past_lead_adverbs(s, b)
            sp = self.doc.phrase_at(s, b) if s < b and not self.masked[s] else None
            if sp is None:
                continue
            e = sp.end_word
            if sp.kind == "group" and e + 1 < b and ws[e].low in ("als", "zoals"):
                inner = self.doc.phrase_at(e + 1, b)  # "kleinere lidstaten als Malta en Cyprus"
                sp, e = (inner, inner.end_word) if inner is not None and inner.kind == "mention" else (sp, e)
            if sp.kind == "mention" and e + 1 < b and ws[e].low == "en":
                other = self.doc.phrase_at(e + 1, b)
                if other is not None and other.kind in ("mention", "group"):
                    found = self.text[sp.start : other.end]
        return found

    def _past_lead_adverbs(self, s: int, b: int) -> int:
        """The first word from ``s`` that is no adverb opening the clause ("Ook", "Vooral", "Zelfs")."""
        while s < b and (self.ws[s].low in adverbs() or self.ws[s].low in ("ook", "vooral", "zelfs")):
            s += 1
        return s

    def _plural_noun_subject(self, si: int) -> str | None:
        """'Ook de Belgische bisschoppen reageerden op het rapport.': a plural noun phrase opening sentence si
        straight before its verb, as written, for a 'ze' in the next ("... schrijven ze dat ...")."""
        a, b = self.sent_words[si]
        s = self._past_lead_adverbs(a, b)
        if s >= b or self.masked[s] or self.ws[s].low not in ("de", "alle", "veel", "sommige"):
            return None
        np_ = self.doc.noun_phrase(s, b)
        if np_ is None or not np_.plural or np_.end_word >= b or not self.verb_forms[np_.end_word] \
                and not self.ws[np_.end_word].low.endswith(("den", "ten", "en")):
            return None
        return np_.text

    def _clause_start_phrase(self, si: int) -> Speaker | None:
        a, b = self.sent_words[si]
        s = a
        while s < b and (self.ws[s].low in adverbs() or self.ws[s].text in lx.OPEN_QUOTES):
            s += 1
        return self.doc.phrase_at(s, b) if s < b and not self.masked[s] else None

    def _pronoun_person(self, sp: Speaker, ctx: _Focus) -> Mention | None:
        """The person a singular 'hij'/'zij'/'haar' points to; a candidate whose first name has the
        other gender is passed over for the nearest compatible person before the pronoun."""
        m = self._pronoun_candidate(sp, ctx)
        want = _pronoun_gender(sp.text)
        if m is None or want is None or guessed_gender(self.doc.name(m)) in (None, want):
            return m
        # the candidate has the other gender: the nearest person before of the wanted gender, else the nearest
        # whose gender is not known
        unknown = None
        for other in reversed([x for x in self.doc.mentions if x.type == "PER" and x.span[1] <= sp.start]):
            g = guessed_gender(self.doc.name(other))
            if g == want:
                return other
            if g is None and unknown is None:
                unknown = other
        return unknown or m

    def _pronoun_candidate(self, sp: Speaker, ctx: _Focus) -> Mention | None:
        start = ctx.start_phrase
        if start is not None and start.start < sp.start and start.kind == "mention" and start.mention is not None \
                and start.mention.type == "PER":
            return start.mention
        if start is not None and start.start < sp.start and ctx.subject[ctx.si] is not None:
            return ctx.subject[ctx.si]
        k = self.doc.word_at_char.get(sp.start, 0)
        if k > 0 and self.ws[k - 1].low in clause_openers():
            # "haalde vicepresident Vance ... uit, toen hij zei dat ...": the main clause's person
            a, _ = self.sent_words[ctx.si]
            same = [m for m in self.doc.mentions if m.type == "PER" and self.ws[a].start <= m.span[0] < sp.start]
            if same:
                return same[0]
        prev_si = ctx.si - 1
        while prev_si > 0 and all(self.masked[j] for j in range(*self.sent_words[prev_si])):
            prev_si -= 1  # '„A. B”, zei hij.': the sentence before the quote, not the quote's first sentence
        if prev_si >= 0:
            if ctx.subject[prev_si] is not None:
                return ctx.subject[prev_si]
            a, b = self.sent_words[prev_si]
            prev = [m for m in self.doc.mentions if m.type == "PER" and self.ws[a].start <= m.span[0] < self.ws[b - 1].end
                    and not self.masked[self.doc.word_at_char.get(m.span[0], a)]]
            if prev:
                return prev[-1]
        here = self._last_person_in_paragraph(sp.start, unquoted=True)
        para = self._paragraph_start(sp.start)
        if here is not None and (ctx.focus is None or not any(
                m.key == ctx.focus.key and para <= m.span[0] < sp.start and not self._quoted(m)
                for m in self.doc.mentions)):
            # "De gelijkmaker kwam van Asante ... De aanvaller scoorde ... „…”, vertelde hij": the one named in
            # this paragraph, not the speaker of the paragraph before
            return here
        return ctx.focus or self._recent_person(sp.start)

    def _interviewee(self, st: _Stmt, last: _Stmt | None) -> tuple[str, str | None, None] | None:
        """A bare quote paragraph right after a question paragraph without quote marks ("Valt de regering
        hierover?"): the interview's answer, by the person who answered before, else the person named last
        before the question ("In een gesprek met VRT NWS ging Bart De Smet in op zijn bezwaren.")."""
        paras = self.paras
        pi = self.para_of_char(st.start) - 1  # index of the quote's paragraph
        if pi < 1 or self.text[paras[pi][0]:paras[pi][1]].lstrip()[:1] not in lx.OPEN_QUOTES:
            return None
        qs, qe = paras[pi - 1]
        question = self.text[qs:qe].rstrip()
        if not question.endswith("?") or any(qs <= m.start < qe for m in self.marks):
            return None
        if last is not None and last.name and self.para_of_char(last.end) - 1 == pi - 2:
            return last.name, last.key, None  # the previous answer, just before this question
        named = [m for m in self.doc.mentions if m.type == "PER" and m.span[1] <= qs]
        if not named:
            return None
        return self.doc.name(named[-1]), named[-1].key, None

    def _near(self, last: _Stmt, st: _Stmt) -> bool:
        return self.para_of_char(st.start) - self.para_of_char(last.end) <= 1

    def _person(self, st: _Stmt) -> Mention | None:
        if st.key is None:
            return None
        for m in self.doc.mentions:
            if m.key == st.key and m.type == "PER":
                return m
        return None

    def _resolve_one(self, st: _Stmt, ctx: _Focus) -> None:
        sp = st.speaker
        if sp is None:
            return
        if sp.kind == "mention" and sp.mention is not None:
            member = self._party_member(sp.mention) or self._national(sp.mention)
            written = member or sp.mention
            st.name, st.key = self.doc.name(written), written.key
            return
        if sp.kind == "pronoun":
            if sp.plural or (st.plural_verb and self.ws[self.doc.word_at_char[sp.start]].low in ("ze", "zij")):
                # the sentence before the statement: before its quote when the cue follows one ("De bonden zijn
                # kwaad. 'We hoorden het maandag. Het personeel verdient beter', zeggen ze.")
                before = min(ctx.si, self._sent_of(st.start)) - 1
                prev = self._clause_start_phrase(before) if before >= 0 else None
                if prev is not None and prev.kind == "group" and prev.plural:
                    st.name = prev.text  # "Woningcorporaties ... Zij denken dat ..."
                elif before >= 0:
                    named = self._plural_subject(before) or self._plural_noun_subject(before)
                    if named is not None:
                        st.name = named  # "..., maar ook Malta en Cyprus hadden bedenkingen. Ze vrezen dat ..."
                return
            spokes = self._spokesperson_before(sp, ctx.si)
            if spokes is not None:
                # "Een woordvoerder van de Europese Commissie wilde niet ingaan op de uitslag. „…”, zei hij.": he is
                # that spokesperson, not a person named earlier
                st.speaker = spokes
                self._resolve_one(st, ctx)
                return
            m = self._pronoun_person(sp, ctx)
            if m is not None:
                st.name, st.key = self.doc.name(m), m.key
            return
        if sp.kind == "role":
            age = AGE_RE.search(sp.text)
            years = int(age.group(1)) if age else None
            m = self._aged_person(years, sp.start) if years is not None else None
            m = m or self._role_person(sp, ctx.focus)
            if years is not None and (m is None or self._known_ages().get(m.key, years) != years):
                # "de 54-jarige" when nobody is given that age: not the person in focus given another
                m = self._unaged_person(years, sp.start, self._head_gender(sp))
            if m is None and not lx.same_role(sp.text, "woordvoerder"):
                m = self._epithet_person(sp)  # "vertelt de gepensioneerde landbouwer"
            if m is not None:
                st.name, st.key = self.doc.name(m), m.key
            elif (prefixed := self._prefixed_spokes_body(sp)) is not None:
                st.name, st.key = prefixed  # "Een NAVO-woordvoerster" -> "woordvoerster van NAVO"
            else:
                st.name = re.sub(r"^(?:[Ee]en|[Dd]e|[Hh]et)\s+", "", sp.text) if sp.text[:1] in "Ee" else sp.text
                org = self._spokes_org(sp, ctx.si)
                of_body = re.fullmatch(r"(.+? van) (?:de|het) (\w+)", st.name)
                body = self._org_with_head(lx.fold(of_body.group(2)), sp.start) if of_body else None
                party = None
                if of_body and body is None:
                    if lx.fold(of_body.group(2)) in _PARTY_HEADS:
                        party = self._recent_party(sp.start, ctx.si)
                        body = party[1] if party is not None else None
                    else:
                        body = self._recent_body(lx.fold(of_body.group(2)), sp.start, ctx.si)
                local = self._spokes_local(sp, ctx.si) if org is None else None
                if of_body and body is None and lx.fold(of_body.group(2)) in _LOCAL_BODIES:
                    by_kind = self._local_named(lx.fold(of_body.group(2)), sp.start)  # "van het waterschap"
                    local = (f"{st.name.split()[-2]} {by_kind[0]}", by_kind[1]) if by_kind is not None else None
                if org is not None:
                    st.name = f"{st.name} van {self.doc.name(org)}"  # "Een woordvoerder" of the body just named
                    st.key = org.key
                elif local is not None:
                    st.name = f"{of_body.group(1) if of_body else st.name + ' van'} {local[0]}"  # "... de gemeente Enschede"
                    st.key = local[1]
                elif body is not None:
                    # "een woordvoerder van de sportkoepel" after "Sportkoepel NOC*NSF": that body by name
                    assert of_body is not None  # a body is only looked up for "... van de/het X"
                    body_name = self.doc.name(body)
                    if _portfolio_name(body_name) and lx.fold(of_body.group(2)) in _MINISTRY_HEADS:
                        body_name = f"het ministerie van {body_name}"  # "van het ministerie" after "minister van Defensie"
                    elif (body_kind := lx.fold(of_body.group(2))) in _LOCAL_BODIES and self.text[
                            max(0, body.span[0] - len(body_kind) - 1) : body.span[0]].lower() == f"{body_kind} ":
                        body_name = f"{st.name.split()[-2]} {body_kind} {body_name}"  # "van het waterschap Vallei en Veluwe"
                    st.name, st.key = f"{of_body.group(1)} {body_name}", body.key
                elif party is not None:  # a party named only in a title: "SP-leider Karin Wouters"
                    assert of_body is not None
                    st.name = f"{of_body.group(1)} {party[0]}"
                elif of_body and (as_named := self._body_named_as(of_body.group(2), sp.start)) is not None:
                    # "een woordvoerder van het ministerie" after "Het ministerie van Volksgezondheid"
                    article = st.name.split()[-2]  # "de" / "het" as written
                    st.name, st.key = f"{of_body.group(1)} {article} {as_named[0]}", as_named[1]
                else:
                    st.key = self._named_body(sp)
            return
        if sp.kind == "group":
            if not sp.plural and bare_role(sp.text) and sp.text.split()[0].lower() == "de" \
                    and (person := self._role_person(sp, None)) is not None:
                st.name, st.key = self.doc.name(person), person.key  # "zegt de boer" after "Melkveehouder X"
                return
            if (prefixed := self._prefixed_spokes_body(sp)) is not None:
                st.name, st.key = prefixed  # "Een NAVO-woordvoerster liet weten dat ..."
                return
            org = self._org_by_head(sp) or self._recent_org(sp, ctx.si, ctx.prev_key)
            if org is not None:
                st.name, st.key = self.doc.name(org), org.key  # "de bond" after "de Consumentenbond"
                if _portfolio_name(st.name) and lx.fold(sp.text).split()[-1] in _MINISTRY_HEADS:
                    st.name = f"ministerie van {st.name}"  # "het ministerie" after "Buitenlandse Zaken"
            elif ctx.prev_named is not None and self._company_phrase(sp):
                st.name = ctx.prev_named  # "Natuurmonumenten, dat ..., liet weten ... De organisatie wijst erop"
            elif (kind := self._kind_in_titles(sp)) is not None:
                st.name, st.key = kind  # "volgens de vakbond" after "FNV-bestuurder Marlon Tjon"
            elif (local := self._local_body(sp)) is not None:
                st.name, st.key = local  # "de gemeente" after "De gemeente Zwolle"
            elif (same := self._same_group(sp)) is not None:
                st.name = same  # "melden dezelfde bronnen" after "Volgens Haagse bronnen"
            elif (person := self._epithet_person(sp)) is not None:
                st.name, st.key = self.doc.name(person), person.key  # "vertelt de gepensioneerde landbouwer"
            else:
                st.name = sp.text  # as written: "het ministerie", "Westerse diplomaten"
                st.key = self._named_body(sp)  # ... linked to "Defensie" when the article names the ministry
            self.groups_named.append(st.name)

    def _epithet_person(self, sp: Speaker) -> Mention | None:
        """'„…”, vertelt de gepensioneerde landbouwer': a definite singular description that names no body
        stands for the person last named in its paragraph."""
        words_ = sp.text.split()  # article, at least one modifier, noun: "de 23-jarige", bare roles have their own rules
        dem = lx.demonyms()
        if sp.plural or len(words_) < 3 or len(words_) > 4 or words_[0].lower() != "de" \
                or any(w[:1].isupper() and dem.get(w, ("", ""))[1] != "adj" for w in words_[1:]) \
                or " van " in sp.text or " in " in sp.text:  # "de Chileense diplomaat" keeps its nationality
            return None
        head = lx.fold(words_[-1])
        if lx.is_group_noun(words_[-1]) or lx.is_org_head(head) or head in lx.group_nouns() \
                or not head.isalpha() or head.endswith(("ing", "heid", "ie")):
            return None
        return self._last_person_in_paragraph(sp.start, gender=self._head_gender(sp))

    def _same_group(self, sp: Speaker) -> str | None:
        """'dezelfde bronnen': the group of that head noun that spoke last."""
        words_ = sp.text.split()
        if words_[0].lower() not in ("dezelfde", "diezelfde"):
            return None
        head = lx.fold(words_[-1])
        return next((name for name in reversed(self.groups_named) if head in lx.fold(name).split()), None)

    def _spokes_org(self, sp: Speaker, si: int) -> Mention | None:
        """The organisation an unqualified 'een woordvoerder' speaks for: the last one named in this or
        the two sentences before."""
        if not self._unqualified_spokes(sp):
            return None
        lo = self.sents[max(0, si - 2)][0]
        orgs = [m for m in self.doc.mentions if m.type in ("ORG", "MISC") and lo <= m.span[0] and m.span[1] <= sp.start
                and not self.doc.adjective_name(m)]
        named = [m for m in orgs if m.type == "ORG"] or orgs  # "De Vlaamse Waterweg, de beheerder van de Dender"
        if named:
            return named[-1]
        # no name in reach, but a kind noun for one named earlier: "De corporatie overweegt ... Een woordvoerder
        # laat weten ..." after "woningcorporatie Amstelhoek Wonen"
        company_heads = load_list("company_nouns")
        k = self._kind_noun_before(si, sp.start, lambda j: self.ws[j].text.isalpha() and self.ws[j].text.islower()
                                   and lx.fold(self.ws[j].text) in company_heads)
        return self._org_with_head(lx.fold(self.ws[k + 1].text), self.ws[k].start) if k is not None else None

    def _unqualified_spokes(self, sp: Speaker) -> bool:
        """'een woordvoerder', 'de woordvoerster': a spokesperson with no body written."""
        words_ = sp.text.lower().split()
        return len(words_) == 2 and words_[0] in ARTICLES and lx.same_role(words_[1], "woordvoerder")

    def _kind_noun_before(self, si: int, pos: int, accept: Callable[[int], bool]) -> int | None:
        """The article of the last 'de/het <noun>' outside quote marks before ``pos``, from two sentences before
        sentence ``si`` on, whose noun (by word index) ``accept`` takes: "De corporatie overweegt ..."."""
        lo_w, at = self.sent_words[max(0, si - 2)][0], self.doc.word_at_char.get(pos, 0)
        for k in range(at - 2, lo_w - 1, -1):
            if self.ws[k].low in ("de", "het") and not self.masked[k + 1] and accept(k + 1):
                return k
        return None

    def _bare_named(self, st: _Stmt) -> str | None:
        """The speaker of ``st`` when it was written as a bare capitalised name that is no mention of a person,
        place or organisation, with a singular verb ("Natuurmonumenten, dat grote delen van de Veluwe beheert,
        liet weten ...")."""
        sp = st.speaker
        if sp is None or sp.kind != "group" or st.plural_verb or st.key is not None or not st.name or st.name != sp.text:
            return None
        words_ = sp.text.split()
        if not 1 <= len(words_) <= 3 or not all(w[:1].isupper() for w in words_) or words_[0].lower() in ARTICLES:
            return None
        return sp.text

    def _company_phrase(self, sp: Speaker) -> bool:
        """'de organisatie', 'het bedrijf': an article and a company noun, nothing else."""
        words_ = lx.fold(sp.text).split()
        return len(words_) == 2 and words_[0] in ("de", "het") and not sp.plural \
            and words_[1] in load_list("company_nouns")

    def _org_by_head(self, sp: Speaker) -> Mention | None:
        """'de bond', 'de Nederlandse vereniging', 'het instituut': the last organisation named before
        whose name holds that head noun, as a word or a compound tail ("Consumentenbond", "Vereniging
        Eigen Huis", "Instituut Clingendael"). A body whose name lacks the noun ("het ministerie" after
        "Buitenlandse Zaken") is not guessed."""
        words_ = lx.fold(sp.text).split()
        if len(words_) < 2 or words_[0] not in ("de", "het") or len(words_) > 3 or sp.plural:
            return None
        return self._org_with_head(words_[-1], sp.start)

    def _org_with_head(self, head: str, before: int, ministries: bool = True) -> Mention | None:
        """The last organisation before that is of kind ``head``; one that has spoken already goes before one
        only mentioned ("Volgens de dienst" after the AIVD spoke about the GRU: the AIVD). ``ministries``: 'het
        ministerie' may be a ministry written by its portfolio ("Defensie")."""
        found = list(self._orgs_with_head(head, before))
        if head in _MINISTRY_HEADS and not ministries:
            found = [m for m in found if not _portfolio_name(m.text)]
        elif head in _MINISTRY_HEADS:
            found = self._only_ministry(found, before)
        here = self.sents[self._sent_of(before)][0]
        if found and found[0].span[0] >= here:
            return found[0]  # "Ook bij De Lijn wordt gestaakt, meldt de vervoermaatschappij": the one just named
        spoken = [m for m in found if m.key in self.spoken]
        first = spoken or found
        return first[0] if first else None

    def _only_ministry(self, found: list[Mention], before: int) -> list[Mention]:
        """'het ministerie' stands for a ministry written by its portfolio ('Defensie') only when the article
        so far names one ministry that way and none as 'ministerie van X'."""
        portfolio = [m for m in found if _portfolio_name(m.text)]
        if not portfolio:
            return found
        foreign = [m for m in portfolio if _FOREIGN_MINISTRY.search(self.text, max(0, m.span[0] - 40), m.span[0])]
        if foreign:  # "het Noorse ministerie van Buitenlandse Zaken": not the ministry a bare 'het ministerie' is
            return [m for m in found if m not in portfolio]
        keys = {m.key for m in portfolio}
        named = {lx.fold(x) for x in _MINISTRY_OF.findall(self.text, 0, before)}
        if len(keys) > 1 or named:  # "Het ministerie van Landbouw ... Het ministerie": the older path links it
            return [m for m in found if m not in portfolio]
        return found

    def _orgs_with_head(self, head: str, before: int) -> Iterator[Mention]:
        kinds = _org_kind_names(head)  # "de vakbond" after "FNV"
        for m in reversed(self.doc.mentions):
            if m.span[1] > before or m.type not in ("ORG", "MISC"):
                continue
            if m.text in kinds or head in _MINISTRY_HEADS and _portfolio_name(m.text):
                yield m  # "het ministerie" after "Defensie", "Buitenlandse Zaken"
                continue
            parts = re.split(r"[\s-]+", lx.fold(m.text))
            wi = self.doc.word_at_char.get(m.span[0], 0)
            if wi > 0 and (self.ws[wi - 1].text.islower() or self.ws[wi - 1].first and wi - 1 not in self.doc.by_start
                           and self.ws[wi - 1].text.isalpha()
                           or wi - 1 not in self.doc.by_start and lx.is_org_head(self.ws[wi - 1].low)):
                # ("Pensioenfonds Metaal Zuid": the capitalised head the name was found without)
                # "de ondernemersvereniging Brabantse Maakindustrie", "Sportkoepel NOC*NSF laat weten ..."
                parts.append(self.ws[wi - 1].low)
            heads = (head, *load_map("org_head_synonyms").get(head, "").split())
            if any(p == h or p.endswith(h) and len(p) - len(h) >= 3 for p in parts for h in heads):
                yield m  # "de bond" after "de Atletiekunie": another word for the same kind of body

    def _recent_org(self, sp: Speaker, si: int, prev_key: str | None = None) -> Mention | None:
        """'het bedrijf', 'de organisatie', 'de spoorwegmaatschappij' when the sentence or the two before name
        exactly one organisation: that organisation ("Bij de NMBS rijdt volgens de spoorwegmaatschappij ...").
        With more than one, the one that made the statement just before ("Boerenbond vindt dat Natuurpunt ...
        Volgens de organisatie ...")."""
        words_ = lx.fold(sp.text).split()
        if len(words_) < 2 or words_[0] not in ("de", "het") or sp.plural:
            return None
        head = words_[1]
        company_heads = load_list("company_nouns")  # "het bedrijf" after "Brabant Water"
        epithet = len(words_) > 2 and words_[2] in ("van", "uit") and any(
            head.endswith(h) for h in company_heads)  # "de toeleverancier van de chipindustrie": a description
        compound = len(words_) == 2 and head not in company_heads and _company_compound(head)
        if head not in company_heads and not epithet and not compound or len(words_) > 2 and not epithet:
            return None
        # a compound ("de spoorwegmaatschappij") may be a body of its own ("het havenbedrijf"): only the
        # organisation named earlier in the same sentence ("Bij de NMBS rijdt volgens de spoorwegmaatschappij")
        for back in (0, 1) if compound else (1, 2):  # else the sentence before first, then one more
            lo = self.sents[max(0, si - back)][0]
            orgs = [m for m in self.doc.mentions if (m.type == "ORG" or m.type == "MISC" and _acronym(m.text))
                    and lo <= m.span[0] and m.span[1] <= sp.start and not self.doc.adjective_name(m)]
            keys = {m.key for m in orgs}
            keys = {k for k in keys if not any(k != o and f" {k} " in f" {o} " for o in keys)}  # "Rode Kruis"
            if len(keys) == 1:
                return next(m for m in reversed(orgs) if m.key in keys)
            if len(keys) > 1:  # "zegt een woordvoerder van Test Aankoop. Volgens de consumentenorganisatie": the one
                return next((m for m in reversed(orgs) if m.key == prev_key), None)  # that spoke just before
        return self._introduced_as(head, sp.start) if len(words_) == 2 else None

    def _introduced_as(self, head: str, before: int) -> Mention | None:
        """'Buurtsupermarktketen Dorpsmarkt Noord ... Volgens de keten': further back, the one organisation the
        article introduced with a noun of this head written right before its name."""
        found: dict[str, Mention] = {}
        for m in self.doc.mentions:
            if m.span[1] > before:
                break
            wi = self.doc.word_at_char.get(m.span[0])
            if m.type != "ORG" or wi is None or wi == 0:
                continue
            noun = self.ws[wi - 1].low
            if noun.endswith(head) and noun.isalpha() and self.ws[wi - 1].sent == self.ws[wi].sent:
                found[m.key] = m
        return next(iter(found.values())) if len(found) == 1 else None

    def _recent_party(self, before: int, si: int) -> tuple[str, Mention | None] | None:
        """'een woordvoerder van de partij': the one party named, as a name or in a title ("ChristenUnie-leider
        Hanna Visser"), in this sentence before the speaker or else the sentence before it; its name as
        written and its mention when the article names it on its own."""
        parties = _parties()
        seen: list[tuple[int, str]] = []  # (position, party as written)
        for m in self.doc.mentions:
            if m.span[1] > before:
                continue
            if m.type == "ORG" and lx.fold(m.text) in parties:
                seen.append((m.span[0], m.text))
            elif m.type == "PER" and m.role and (named := _party_in(m.role)) is not None:
                seen.append((m.span[0], named))
        for back in (0, 1):
            lo = self.sents[max(0, si - back)][0]
            found = {lx.fold(p): p for pos, p in seen if pos >= lo}
            if len(found) > 1:
                return None
            if found:
                folded, written = found.popitem()
                orgs = [m for m in self.doc.mentions if m.type == "ORG" and lx.fold(m.text) == folded]
                last = [m for m in orgs if m.span[1] <= before] or orgs
                return written, last[-1] if last else None
        return None

    def _national(self, m: Mention) -> Mention | None:
        """'aldus de Brit' after 'De Britse CEO James Walker': a singular demonym noun refers back to the
        last person whose title names that nationality ('de Britten' stays the country)."""
        dem = lx.demonyms().get(m.text)
        if dem is None or dem[1] != "group" and not (m.text.endswith("e") and m.derived_from is None) \
                or m.text.endswith(("en", "s")) and not m.text.endswith("een"):
            return None  # a group noun ("de Brit", "de Deen", not "de Britten") or an adjective used as one
        adjectives = {lx.fold(w) for w, (place, kind) in lx.demonyms().items() if place == dem[0] and kind == "adj"}
        gender = noun_gender(m.text, dem[1])
        for p in reversed(self.doc.mentions):
            if p.type != "PER" or p.span[1] > m.span[0] or not self._fits(p, gender):
                continue
            # the title, or an apposition right after the name ("Oliver Pritchard, directeur van een Britse rederij")
            described = lx.fold(p.role or "") + " " + lx.fold(self._apposition_text(p))
            if adjectives & set(described.replace("-", " ").split()):
                return p
            before = lx.fold(self.text[max(0, p.span[0] - 20) : p.span[0]]).split()
            if before and before[-1] == lx.fold(m.text):
                return p  # "De Deen Mikkel Sørensen": the noun written before the name
        # no title names the nationality: the last person named in the paragraph, outside quote marks
        # ("Eurocommissaris Lucía Fernández Ortega sprak van ... , zei de Spaanse."); a paragraph naming nobody
        # before it (a quote, then "zei de Deen") continues the one before
        found = self._last_person_in_paragraph(m.span[0], unquoted=True, gender=gender)
        pi = self.para_of_char(m.span[0]) - 1
        if found is None and pi >= 1 and self._last_person_in_paragraph(m.span[0]) is None:
            prev_start, prev_end = self.paras[pi - 1]
            found = self._last_person_in_paragraph(prev_end, after=prev_start, unquoted=True, gender=gender)
        return found

    def _paragraph_start(self, pos: int) -> int:
        return self.paras[max(0, self.para_of_char(pos) - 1)][0] if self.paras else 0

    def _prefixed_spokes_body(self, sp: Speaker) -> tuple[str, str | None] | None:
        """'een NAVO-woordvoerster', 'een Defensie-woordvoerder': the body a spokesperson compound opens with
        (a listed organisation or one the article names), as '<noun> van <body>' with that body's key."""
        words_ = sp.text.split()
        if len(words_) != 2 or words_[0].lower() not in ARTICLES:
            return None
        low = words_[1].lower()
        closed = next((t for t in ("woordvoerder", "woordvoerster") if low.endswith(t) and len(low) > len(t) + 2), None)
        if closed is not None and "-" not in low:
            body = low[: -len(closed)]  # "een politiewoordvoerder": the police
            if body in lx.group_nouns() or lx.is_org_head(body):
                article = "het" if body in _HET_BODIES else "de"
                return f"{closed} van {article} {body}", None
            return None
        if "-" not in words_[1]:
            return None
        head, tail = words_[1].rsplit("-", 1)
        if not lx.same_role(tail, "woordvoerder"):
            return None
        named = next((m for m in self.doc.mentions if m.type == "ORG" and lx.fold(m.text) == lx.fold(head)), None)
        if named is not None:
            return f"{tail} van {self.doc.name(named)}", named.key
        listed = next((e for e in lx.gazetteer().get(head, []) if e.words == (head,) and e.type == "ORG"), None)
        return (f"{tail} van {listed.canonical}", None) if listed is not None else None

    def _spokesperson_before(self, sp: Speaker, si: int) -> Speaker | None:
        """The unnamed spokesperson ("Een woordvoerder van X") who opens the sentence before, in the same
        paragraph, when a singular pronoun of a matching gender speaks next and nobody is named in between."""
        if si == 0 or self.para_of_char(self.sents[si - 1][0]) != self.para_of_char(sp.start):
            return None
        prev = self._clause_start_phrase(si - 1)
        if prev is None or prev.kind != "role" or prev.mention is not None or prev.plural:
            return None
        head = prev.text.split()[1] if prev.text.lower().startswith(("een ", "de ")) and " " in prev.text else ""
        if not head or not lx.same_role(head, "woordvoerder"):
            return None
        want = _pronoun_gender(sp.text)
        female = lx.fold(head).endswith(("ster", "vrouw"))
        if want is not None and (want == "f") != female:
            return None
        if any(m.type == "PER" and prev.end <= m.span[0] < sp.start and not self._quoted(m) for m in self.doc.mentions):
            return None
        return prev

    def _aged_person(self, age: int, pos: int) -> Mention | None:
        """'de 74-jarige': the last person before ``pos`` written with that age ("Gerda Wolters (74)", "de
        74-jarige Gerda Wolters"), here or in the headline or takeaways."""
        ages = self._known_ages()
        for p in reversed([p for p in self.doc.mentions if p.type == "PER" and p.span[1] <= pos]):
            if ages.get(p.key) == age:
                return p
        return None

    def _unaged_person(self, age: int, pos: int, gender: str | None = None) -> Mention | None:
        """'de 54-jarige' when nobody is given that age: the last person named outside quote marks before ``pos``,
        in its paragraph, else before it, who is not given another age ("Yvonne de Graaf (49) ... De 54-jarige
        ontkent": not her)."""
        ages = self._known_ages()
        before = [p for p in self.doc.mentions if p.type == "PER" and p.span[1] <= pos and not self._quoted(p)
                  and ages.get(p.key, age) == age and self._fits(p, gender)]
        lo = self._paragraph_start(pos)
        same = [p for p in before if p.span[0] >= lo] or before
        return same[-1] if same else None

    def _known_ages(self) -> dict[str, int]:
        """Person key -> the age the text gives them: "Gerda Wolters (74)", "de 74-jarige Gerda Wolters", in the
        body or in the headline and takeaways (matched to a person of the body by name)."""
        if self._ages is not None:
            return self._ages
        ages: dict[str, int] = {}
        dem = lx.demonyms()
        for p in self.doc.mentions:
            if p.type != "PER" or p.text in dem:  # "de 58-jarige Kortrijkzaan" gives nobody an age yet
                continue
            after = re.match(r"\s*\((\d{1,3})\)", self.text[p.span[1] : p.span[1] + 8])
            before = re.search(r"\b(\d{1,3})-jarige\s+$", self.text[max(0, p.span[0] - 14) : p.span[0]])
            found = after or before
            if found is not None:
                ages.setdefault(p.key, int(found.group(1)))
        name = r"[A-Z][\w'’-]+(?: (?:van |de |der |den |van de |el |al )?[A-Z][\w'’-]+)+"
        told = [(m.group(2), int(m.group(1))) for m in re.finditer(rf"\b(\d{{1,3}})-jarige ({name})", self.lead)]
        told += [(m.group(1), int(m.group(2))) for m in re.finditer(rf"({name}) \((\d{{1,3}})\)", self.lead)]
        for written, age in told:
            key = next((p.key for p in self.doc.mentions if p.type == "PER" and lx.fold(self.doc.name(p)) == lx.fold(written)),
                       None)
            if key is not None:
                ages.setdefault(key, age)
        self._ages = ages
        return ages

    def _quoted(self, m: Mention) -> bool:
        """The mention stands inside quote marks (a name the speaker says, not one the reporter writes)."""
        return self.masked[self.doc.word_at_char.get(m.span[0], 0)]

    def _last_person_in_paragraph(self, pos: int, after: int | None = None, unquoted: bool = False,
                                  gender: str | None = None) -> Mention | None:
        """The last person named in the paragraph of ``pos`` before it (and not before ``after``); ``unquoted``:
        only names written outside quote marks; ``gender``: not one whose given name says the other gender."""
        lo = self._paragraph_start(pos) if after is None else after
        same = [p for p in self.doc.mentions if p.type == "PER" and lo <= p.span[0] and p.span[1] <= pos
                and not (unquoted and self._quoted(p)) and self._fits(p, gender)]
        return same[-1] if same else None

    def _fits(self, p: Mention, gender: str | None) -> bool:
        """Whether person ``p`` may be referred to by a noun of ``gender`` ("de 38-jarige Pool" is not Agnieszka)."""
        return gender is None or guessed_gender(self.doc.name(p)) in (None, gender)

    def _head_gender(self, sp: Speaker) -> str | None:
        """The gender the head noun of a description says: 'de 38-jarige Pool' m (the demonym after the phrase,
        which is a mention of its own), 'de Poolse' f, 'de minister' None."""
        words_ = sp.text.split()
        head = words_[-1] if words_ else ""
        if AGE_RE.search(head):
            after = re.match(r"\s+([A-Z]\w+)", self.text[sp.end : sp.end + 40])
            head = after.group(1) if after and after.group(1) in lx.demonyms() else head
        dem = lx.demonyms().get(head)
        return noun_gender(head, dem[1] if dem else None)

    def _apposition_role(self, sp: Speaker, p: Mention) -> bool:
        """'de chef Defensie' after 'generaal Dirk Van den Eynde, de chef Defensie,': the role the apposition
        after a name gives, when the name has another title already."""
        if not p.role:
            return False
        words = self._apposition_text(p).split()
        if not words or words[0].lower() not in ("de", "het") or len(words) < 2 or not lx.is_title(words[1]):
            return False
        return lx.same_role(sp.text, " ".join(words[1:]))

    def _apposition_text(self, p: Mention) -> str:
        """The words between commas right after a name (", Europees directeur van een Britse rederij,")."""
        rest = self.text[p.span[1] : p.span[1] + 120]
        if not rest.startswith(","):
            return ""
        return re.split(r"[,.;:]", rest[1:], maxsplit=1)[0]

    def _party_member(self, m: Mention) -> Mention | None:
        """'de CDA'er' after 'CDA-Kamerlid Daan Koning': the last person named before whose title or role
        holds that party."""
        pm = _PARTY_MEMBER.fullmatch(m.text) if m.type != "PER" or re.search(r"['’-]ers?$", m.text) else None
        if pm is None or lx.fold(pm.group(1)) not in _parties():
            return None
        party = lx.fold(pm.group(1))
        parties = [x for x in self.doc.mentions if x.type != "PER" and x.span[1] <= m.span[0]
                   and _parties().get(lx.fold(x.text)) == _parties()[party]]
        for p in reversed(self.doc.mentions):
            if p.type != "PER" or p.span[1] > m.span[0]:
                continue
            if p.role and _party_in(p.role) == _parties()[party]:
                return p
            if any(re.fullmatch(r"\s*(?:\(|van (?:de|het) )", self.text[p.span[1] : x.span[0]]) for x in parties):
                return p  # "Kamerlid Dewi Ramautar van de SP ... , zegt de SP'er", "Yusuf Demir (CDA)"
        # "Ook de PVV is kritisch. Kamerlid Gert-Jan Schreuder vindt ... , zei de PVV'er.": the person named in
        # this paragraph after the party itself
        para = self._paragraph_start(m.span[0])
        party_at = [x.span[1] for x in self.doc.mentions if x.type != "PER" and para <= x.span[0] < m.span[0]
                    and _parties().get(lx.fold(x.text)) == _parties()[party]]
        return self._last_person_in_paragraph(m.span[0], after=party_at[0]) if party_at else None

    def _recent_body(self, head: str, before: int, si: int) -> Mention | None:
        """'een woordvoerder van het bedrijf': the one organisation named in this sentence (before the speaker) or
        the two before it, else the organisation the article names most often so far ('de partij' is
        _recent_party's)."""
        if head not in load_list("company_nouns") and not _company_compound(head):
            return None  # (a compound counts: "van de brancheorganisatie")
        orgs = [m for m in self.doc.mentions if m.type == "ORG" and m.span[1] <= before and not self.doc.adjective_name(m)]
        for back in (0, 1, 2):
            lo = self.sents[max(0, si - back)][0]
            keys = {m.key for m in orgs if m.span[0] >= lo}
            if len(keys) == 1:
                return next(m for m in reversed(orgs) if m.key in keys)
            if len(keys) > 1:
                return None
        counts: dict[str, int] = {}
        for m in orgs:
            counts[m.key] = counts.get(m.key, 0) + 1
        if not counts:
            return None
        top = max(counts.values())
        best = [k for k, c in counts.items() if c == top]
        if len(best) != 1 or top < 2 and len(counts) > 1:
            return None
        return next(m for m in reversed(orgs) if m.key == best[0])

    def _kind_in_titles(self, sp: Speaker) -> tuple[str, str | None] | None:
        """'de vakbond' when the article names a union only in a title ("FNV-bestuurder X"): that union."""
        words_ = lx.fold(sp.text).split()
        if len(words_) != 2 or words_[0] not in ("de", "het"):
            return None
        kinds = _org_kind_names(words_[1])
        if not kinds:
            return None
        for m in reversed(self.doc.mentions):
            if m.span[1] <= sp.start and m.type == "PER" and m.role:
                named = next((k for k in kinds if re.search(rf"(?<!\w){re.escape(k)}(?!\w)", m.role)), None)
                if named is not None:
                    org = next((x for x in self.doc.mentions if x.type == "ORG" and x.text == named), None)
                    return named, (org.key if org is not None else None)
        return None

    def _local_body(self, sp: Speaker) -> tuple[str, str | None] | None:
        """'de gemeente' / 'de provincie' after 'de gemeente Zwolle' / 'provincie Gelderland': that body by
        the name the article gave it (its place mention's key)."""
        words_ = lx.fold(sp.text).split()
        if len(words_) != 2 or words_[0] not in ("de", "het") or words_[1] not in _LOCAL_BODIES:
            return None
        named = self._local_named(words_[1], sp.start)
        if named is None and words_[1] == "gemeente":
            place = self._town_in_focus(sp.start)
            named = (f"gemeente {place.text}", place.key) if place is not None else None
        return named

    def _town_in_focus(self, before: int) -> Mention | None:
        """The town 'de gemeente' is when the article never writes 'gemeente X': the one place named in the
        sentence ("In Amsterdam, ..., meldt de gemeente"), else the place the article names most so far, of
        equals the one in the headline ("Bewoners vakantiepark in Ermelo moeten wijken"); never a country or
        province."""
        regions = _regions()
        places = [m for m in self.doc.mentions if m.type == "LOC" and m.span[1] <= before and m.derived_from is None
                  and lx.fold(m.text) not in regions and m.text[:1].isupper()]
        if not places:
            return None
        here = self.sents[self._sent_of(before)][0]
        keys = {m.key for m in places if m.span[0] >= here}
        if len(keys) == 1:
            return next(m for m in places if m.key in keys)
        if keys:
            return None
        counts = Counter(m.key for m in places)
        top = counts.most_common(2)
        if len(top) > 1 and top[0][1] == top[1][1]:  # a tie: the one the headline names, if one
            headed = {m.key for m in places if counts[m.key] == top[0][1]
                      and re.search(rf"\b{re.escape(m.text)}\b", self.lead)}
            return next(m for m in places if m.key in headed) if len(headed) == 1 else None
        return next(m for m in places if m.key == top[0][0])

    def _local_named(self, noun: str, before: int) -> tuple[str, str | None] | None:
        """The last '<noun> <Name>' written before ``before`` for a local body noun ("waterschap Hunze en Aa's",
        "gemeente Alphen aan den Rijn"), as written, with the key of the place mention it starts with."""
        rx = re.compile(rf"\b(?i:{noun}) ([A-Z][\w'’-]+(?: (?:en |aan (?:de |den |het )?)?[A-Z][\w'’-]+){{0,3}})")
        found = list(rx.finditer(self.text, 0, before))
        if not found:
            return None
        last = found[-1]
        m = next((x for x in self.doc.mentions if x.span[0] == last.start(1)), None)
        return f"{noun} {last.group(1)}", (m.key if m is not None else None)

    def _spokes_local(self, sp: Speaker, si: int) -> tuple[str, str | None] | None:
        """The local body an unqualified 'een woordvoerder' speaks for when the sentence or the two before
        write it by its kind: "De gemeente erkende ... Een woordvoerder wijst erop" -> gemeente Enschede; a
        public service by its kind stays that ("de politie")."""
        if not self._unqualified_spokes(sp):
            return None
        k = self._kind_noun_before(si, sp.start, lambda j: self.ws[j].low in _LOCAL_BODIES | _SERVICES)
        if k is not None and k + 2 < len(self.ws) and self.ws[k + 2].text[:1].isupper():
            # "De provincie Drenthe denkt na over ..., meldt een woordvoerder": the body with its place
            place = self.doc.by_start.get(k + 2)
            if place is None or place.type != "LOC" or self.ws[k + 1].low in _SERVICES:
                return None
            return f"{self.ws[k + 1].low} {place.text}", None
        if k is not None and self.ws[k + 1].low in _SERVICES:
            return f"de {self.ws[k + 1].low}", None  # "verliep volgens de politie rustig. „…”, zei een woordvoerder"
        named = self._local_named(self.ws[k + 1].low, self.ws[k].start) if k is not None else None
        return (f"{self.ws[k].low} {named[0]}", named[1]) if named is not None and k is not None else None

    def _body_named_as(self, noun: str, before: int) -> tuple[str, str | None] | None:
        """'het ministerie' -> ('ministerie van Volksgezondheid', its mention key): the last '<noun> van X' the
        article wrote before."""
        rx = re.compile(rf"\b(?i:{re.escape(noun)}) van (?:de |het )?([A-Z][\w-]+(?: [A-Z][\w-]+)*)")
        found = list(rx.finditer(self.text, 0, before))
        if not found:
            return None
        last = found[-1]
        at = last.start(1)
        m = next((x for x in self.doc.mentions if x.span[0] == at and x.type in ("ORG", "MISC")), None)
        return f"{noun.lower()} van {last.group(1)}", (m.key if m is not None else None)

    def _named_body(self, sp: Speaker) -> str | None:
        """The organisation an unnamed speaker belongs to when the article names it: 'woordvoerder van
        TenneT' -> TenneT; 'het ministerie' after 'het ministerie van Defensie' -> Defensie. Only the
        mention key is returned; the speaker stays as written."""
        inside = [m for m in self.doc.mentions if m.type in ("ORG", "MISC") and sp.start <= m.span[0]
                  and m.span[1] <= sp.end and not self.doc.adjective_name(m)]
        if inside:
            return inside[-1].key
        words_ = sp.text.split()
        if len(words_) != 2 or words_[0].lower() not in ("de", "het") or sp.plural:
            return None
        named = self._body_named_as(words_[1].lower(), sp.start)
        return named[1] if named is not None else None

    def _recent_person(self, pos: int) -> Mention | None:
        best = None
        for m in self.doc.mentions:
            if m.type == "PER" and m.span[1] <= pos:
                best = m
        return best

    def _role_person(self, sp: Speaker, focus: Mention | None) -> Mention | None:
        counterpart = self._counterpart(sp)
        if counterpart is not None:
            return counterpart
        matches = [m for m in self.doc.mentions if m.type == "PER" and (role_matches(sp.text, m)
                                                                       or self._apposition_role(sp, m))]
        if sp.text.lower().startswith("een "):
            # "Een woordvoerder van Defensie": someone not named; only a person named before with that same
            # role and body can be meant, never one titled further on
            matches = [m for m in matches if m.span[1] <= sp.start and m.role and " van " in m.role
                       and lx.fold(m.role).split(" van ", 1)[1] == lx.fold(sp.text).split(" van ", 1)[-1]]
        before = [m for m in matches if m.span[1] <= sp.start]
        if before:
            # several in the last sentence naming one ("premier A reist naar B voor een gesprek met premier C"):
            # the first, the subject, is the one the next sentence continues with
            last = before[-1]
            cut = max(self.text.rfind(". ", 0, last.span[0]), self.text.rfind("\n", 0, last.span[0]))
            same = [m for m in before if m.span[0] > cut]
            return same[0]
        fallback = self._role_fallback(sp)
        if fallback is not None:
            return fallback
        if bare_role(sp.text) and focus is not None:
            roles = [m.role for m in self.doc.mentions if m.key == focus.key and m.role]
            if not roles or any(role_matches(sp.text, m) for m in self.doc.mentions if m.key == focus.key):
                # "Zijn advocaat, mr. X, ... aldus de advocaat": the person in focus, not one given the title
                # only further on
                return focus
        return matches[0] if matches else None

    def _role_fallback(self, sp: Speaker) -> Mention | None:
        """'de commandant' with no commander named: the last person before with a military rank
        (role_fallbacks.txt)."""
        if not bare_role(sp.text):
            return None
        head = lx.role_head(sp.text).lower()
        titles = load_map("role_fallbacks").get(head, "").split()
        if not titles:
            return None
        other = {"topvrouw": "m", "topman": "f"}.get(head)  # a role noun for a woman or a man
        for m in reversed(self.doc.mentions):
            if m.type == "PER" and m.role and m.span[1] <= sp.start and lx.role_head(m.role).lower() in titles \
                    and (other is None or guessed_gender(self.doc.name(m)) != other):
                return m
        return None

    def _counterpart(self, sp: Speaker) -> Mention | None:
        """'de Belgische minister' after 'zijn Belgische collega Jelle Verhaeghe': the person whose role names
        that nationality, as the same office or as a counterpart ('collega', 'ambtgenoot')."""
        dems = set(lx.fold(sp.text).split()) & lx.folded_demonyms()
        if not dems:
            return None
        for m in reversed(self.doc.mentions):
            if m.type != "PER" or not m.role or m.span[1] > sp.start:
                continue
            role = lx.fold(m.role).split()
            if dems & set(role) and (lx.role_head(m.role).lower() in _COUNTERPARTS or lx.same_role(sp.text, m.role)):
                return m
        return None

    # -- records ----------------------------------------------------------------------------------

    def _reporter_question(self, st: _Stmt) -> bool:
        """'Na afloop vroeg een verslaggever de premier of ...': a reporter's question is no statement."""
        sp = st.speaker
        if sp is None or sp.kind not in ("role", "group") or st.cue is None:
            return False
        lemmas = {x.lemma for x in lx.speech_forms().get(st.cue.lower(), [])}
        head = lx.fold(sp.text).split()[-1] if sp.text.strip() else ""
        return "vragen" in lemmas and (head in load_set("journalist_nouns")
                                       or any(head.endswith(j) for j in load_set("journalist_nouns")))

    def to_quote(self, st: _Stmt) -> Quote | None:
        if not st.name and st.speaker is None and st.kind != "direct":
            return None
        start, end = st.start, st.end
        raw = self.text[start:end]
        if st.cut:
            cs, ce = st.cut
            raw = self.text[start:cs] + self.text[ce:end]
        body = raw.strip()
        if st.kind != "direct":
            body = body.rstrip(" .,;")
        lead = len(raw) - len(raw.lstrip())
        if not st.cut:
            start += lead
            end = start + len(body)
        # one word is enough for a whole quote with its own cue ('"Verkiezingsblabla", zegt X.')
        min_words = 1 if st.kind == "direct" and st.cue and st.marks else 2
        if not body or len(lx.WORD_RE.findall(body)) < min_words:
            return None
        if _court_demand(st, self.text[min(st.start, st.speaker.end if st.speaker else st.start) : st.end]):
            return None
        if self._reporter_question(st):
            return None
        if "\n" in body:
            body = _CONTINUED_MARK.sub(" ", body)  # the opening mark of a quote's next paragraph
        sp = st.speaker
        return Quote(text=" ".join(body.split()), kind=st.kind, speaker=st.name, span=(start, end),  # type: ignore[arg-type]
                     cue=st.cue, speaker_span=(sp.start, sp.end) if sp else None, speaker_key=st.key)


@dataclass
class _Focus:
    si: int
    start_phrase: Speaker | None
    subject: list[Mention | None]
    focus: Mention | None
    prev_key: str | None = None  # the speaker of the statement just before, when it is at most two sentences back
    prev_named: str | None = None  # ... when it is a name the mention finder did not read ("Natuurmonumenten")


_WANT_FORMS = frozenset({"wil", "wilt", "willen", "wilde", "wilden", "eist", "eisen", "eiste", "eisten"})
_DEMAND_FORMS = frozenset({"eis", "eist", "eiste", "eisten", "geëist", "eisen"})


_NOTHING_SAID = frozenset({"weinig", "niets", "niks", "nauwelijks", "amper", "geen"})


_OBJECT_PRONOUNS = frozenset({"hem", "haar", "hen", "hun"})
_MINISTRY_HEADS = frozenset({"ministerie", "departement"})
_FOREIGN_MINISTRY = re.compile(r"\b[A-Z]\w+(?:se|sche) ministerie (?:van|voor) (?:de |het )?$")
_MINISTRY_OF = re.compile(r"ministerie (?:van|voor) (?:de |het )?(\w+(?: [A-Z]\w+)?)")


@lru_cache(maxsize=1)
def _portfolios_folded() -> frozenset[str]:
    return frozenset(lx.fold(" ".join(p)) for p in lx.portfolios())


def _portfolio_name(name: str) -> bool:
    """'Defensie', 'Buitenlandse Zaken': a ministry written by its portfolio."""
    return name[:1].isupper() and lx.fold(name) in _portfolios_folded()


def _court_demand(st: _Stmt, clause: str) -> bool:
    """'Het OM eiste vier jaar cel tegen ...': a demanded sentence is no statement (no 'dat', no quote marks)."""
    if st.kind != "indirect" or st.cue_marker or not st.cue or st.cue.lower().split()[0] not in _DEMAND_FORMS:
        return False
    words_ = [w.lower() for w in lx.WORD_RE.findall(clause)[:12]]
    if any(w in lx.penalty_nouns() for w in words_):
        return True
    # "eiste vier jaar", "eiste 18 maanden": a term without the word 'cel'
    return any((w.isdigit() or w in lx.number_words() or w == "een") and nxt in _TERM_UNITS
               for w, nxt in itertools.pairwise(words_))


_TERM_UNITS = frozenset({"jaar", "jaren", "maanden", "maand", "weken", "week", "dagen", "uur"})


def _pronoun_gender(pronoun: str) -> str | None:
    low = pronoun.lower()
    return "m" if low in ("hij", "hem", "zijn") else "f" if low in ("zij", "ze", "haar") else None


def _plural(form: str) -> bool:
    return form.endswith("en") and not form.startswith("ge")


def _para_index(paras: list[tuple[int, int]]) -> Callable[[int], int]:
    starts = [s for s, _ in paras]

    def index(pos: int) -> int:
        return bisect.bisect_right(starts, pos)

    return index
