"""Which sentences of an article may become a takeaway at all.

A takeaway must stand on its own, so subheadings (no final punctuation), questions, site furniture,
the publisher's own summary block, and quotes without a speaker are never candidates. Everything
here works on character spans of ``Article.text`` so the chosen text can always be cited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from duiding.records import Article, ArticleAnalysis, Span
from duiding.resources import load_list, load_set

OPEN_QUOTES = "„“«\""
CLOSE_QUOTES = "”“»\""
QUOTE_CHARS = set(OPEN_QUOTES + CLOSE_QUOTES + "‘’'")
FINAL_PUNCT = ".!?…"
BULLET = re.compile(r"^\s*(?:[-–—•*·]|\d+[.)])\s+")
MIN_TOKENS = 6
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class Candidate:
    """One sentence that may be shown; ``pieces`` are the spans kept after trimming."""

    sentence: int  # index in analysis.language.sentences
    start: int
    end: int
    paragraph: int
    order: int = 0  # index among the article's candidates (reading order)
    pieces: list[Span] = field(default_factory=list)
    text: str = ""  # what is shown: the kept pieces joined
    quoted_share: float = 0.0  # share of letters inside quotation marks
    has_attribution: bool = False  # a verb of saying or 'volgens' introduces whose claim it is

    @property
    def n_words(self) -> int:
        return len(_WORD.findall(self.text))


def quote_mask(text: str) -> list[bool]:
    """For each character: is it inside quotation marks? State resets at each line break, so an
    unbalanced quote cannot swallow the rest of the article."""
    mask = [False] * len(text)
    inside = False
    for i, ch in enumerate(text):
        if ch == "\n":
            inside = False
        elif not inside and ch in OPEN_QUOTES:
            inside = True
            continue
        elif inside and ch in CLOSE_QUOTES:
            inside = False
            continue
        mask[i] = inside
    return mask


def _norm(s: str) -> str:
    return " ".join(_WORD.findall(s.lower()))


def _summary_block_spans(text: str) -> list[Span]:
    """Spans of bullet lines under a summary heading ("Key takeaways", "In het kort" ...)."""
    headings = load_set("summary_headings")
    spans: list[Span] = []
    pos = 0
    in_block = False
    for line in text.splitlines(keepends=True):
        stripped = line.strip().rstrip(":").lower()
        if stripped in headings:
            in_block = True
            spans.append((pos, pos + len(line)))
        elif in_block and BULLET.match(line):
            spans.append((pos, pos + len(line)))
        elif stripped:
            in_block = False
        pos += len(line)
    return spans


def _paragraph_starts(text: str) -> list[int]:
    """Start offsets of paragraphs: blocks separated by blank lines, or single lines when the text has none."""
    sep = r"\n\s*\n" if re.search(r"\n\s*\n", text) else r"\n"
    return [0] + [m.end() for m in re.finditer(sep, text)]


def is_heading(sentence: str, line: str) -> bool:
    """A subheading or label: no final punctuation, or a short line of its own without a verb-like shape."""
    s = sentence.rstrip()
    while s and s[-1] in QUOTE_CHARS | {")"}:
        s = s[:-1]
    if not s or s[-1] not in FINAL_PUNCT:
        return True
    return line.strip() == sentence.strip() and len(_WORD.findall(sentence)) <= 4


def is_boilerplate(sentence: str) -> bool:
    low = sentence.lower()
    return any(marker in low for marker in load_list("boilerplate_markers"))


def is_question(sentence: str) -> bool:
    return sentence.rstrip().rstrip("".join(QUOTE_CHARS) + ")").endswith("?")


def has_attribution(sentence: str) -> bool:
    """Does the sentence say whose words or claim it carries (", zei X", "volgens X", "X zegt dat")?"""
    words = set(_WORD.findall(sentence.lower()))
    return bool(words & load_set("attribution_verbs")) or "volgens" in words


def _has_clause_verb(tokens: list) -> bool:  # type: ignore[type-arg]
    """False for a verbless line ("Reden genoeg om samen te komen."): only a 'te'-infinitive or no verb.
    Without POS tags (a bare tokenizer backend) every sentence passes."""
    if not any(t.pos for t in tokens):
        return True
    prev = ""
    for t in tokens:
        if t.pos in ("VERB", "AUX") and prev != "te":
            return True
        prev = t.text.lower()
    return False


def build(article: Article, analysis: ArticleAnalysis) -> list[Candidate]:
    """The article's sentences that may become takeaways, untrimmed (``pieces`` is the whole sentence)."""
    text = article.text
    layer = analysis.language
    mask = quote_mask(text)
    blocked = _summary_block_spans(text)
    provided = {_norm(t) for t in article.provided_takeaways}
    para_starts = _paragraph_starts(text)
    out: list[Candidate] = []
    para = 0
    for idx, sent in enumerate(layer.sentences):
        start, end = sent.start, sent.end
        raw = text[start:end]
        bullet = BULLET.match(raw)
        if bullet:
            start += bullet.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            continue
        sentence = text[start:end]
        while para + 1 < len(para_starts) and para_starts[para + 1] <= start:
            para += 1
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if any(a <= start < b for a, b in blocked) or _norm(sentence) in provided:
            continue
        if is_heading(sentence, line) or is_question(sentence) or is_boilerplate(sentence):
            continue
        if len(_WORD.findall(sentence)) < MIN_TOKENS:
            continue
        if not _has_clause_verb(layer.sentence_tokens(sent)):
            continue
        letters = [i for i in range(start, end) if text[i].isalpha()]
        quoted = sum(1 for i in letters if mask[i]) / len(letters) if letters else 0.0
        first_letter = letters[0] if letters else start
        unquoted = "".join(text[i] for i in range(start, end) if not mask[i] and text[i] not in QUOTE_CHARS)
        attributed = has_attribution(unquoted)
        # A quote with no speaker in the sentence (a continuation, or a bare quote) means nothing on its own.
        if mask[first_letter] and not attributed:
            continue
        if quoted > 0.85:
            continue
        out.append(Candidate(idx, start, end, para, pieces=[(start, end)], text=sentence,
                             quoted_share=quoted, has_attribution=attributed))
    for i, c in enumerate(out):
        c.order = i
    return out
