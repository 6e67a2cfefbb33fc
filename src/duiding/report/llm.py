"""Optional abstractive mode: a local OpenAI-compatible server rewrites extractive takeaways.

The model only rephrases; it may not add facts. Every rewrite is checked against the source pieces
the takeaway was built from: a name (capitalised word) or number that the source does not contain
means the rewrite is refused and the extracted text is kept. The spans stay the same either way, so
a rewritten takeaway still cites the article text it came from.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

from duiding.records import Takeaway

SYSTEM_PROMPT = (
    "Je herschrijft kernpunten uit Nederlandse nieuwsartikelen. Schrijf het kernpunt als één heldere, "
    "vloeiende Nederlandse zin. Gebruik alleen feiten uit de bron: voeg geen namen, getallen, datums of "
    "conclusies toe. Antwoord met alleen de zin."
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_CAPWORD = re.compile(r"\b[A-ZÀ-Ý][\w'’-]*", re.UNICODE)
MAX_GROWTH = 2.0  # a rewrite more than twice as long as the original is not a rephrasing


class LlmError(RuntimeError):
    """The server could not be used at all (unreachable, HTTP error, unreadable answer)."""


@dataclass
class RewriteResult:
    text: str  # the rewrite when accepted, else the original
    accepted: bool
    reason: str = ""


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s.casefold()) if not unicodedata.combining(c))


def _numbers(text: str) -> set[str]:
    """Numbers with thousands separators removed and decimal commas as points ("1.500" -> "1500")."""
    out = set()
    for m in _NUMBER.findall(text):
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", m):
            m = m.replace(".", "")
        out.add(m.replace(",", "."))
    return out


def _names(text: str) -> set[str]:
    """Capitalised words that do not open a sentence: names, as far as surface form can tell."""
    out = set()
    for m in _CAPWORD.finditer(text):
        before = text[: m.start()].rstrip()
        if not before or before[-1] in ".!?:„“\"'(":
            continue
        out.add(_fold(m.group(0)))
    return out


def check(rewrite: str, source: str) -> str:
    """Why ``rewrite`` is not faithful to ``source`` ('' when it is)."""
    if not rewrite.strip():
        return "empty answer"
    if "\n" in rewrite.strip():
        return "more than one line"
    new_numbers = _numbers(rewrite) - _numbers(source)
    if new_numbers:
        return "number not in the source: " + ", ".join(sorted(new_numbers))
    src_words = {_fold(w) for w in re.findall(r"[\w'’-]+", source)}
    new_names = {n for n in _names(rewrite) if n not in src_words and not any(n in w for w in src_words)}
    if new_names:
        return "name not in the source: " + ", ".join(sorted(new_names))
    return ""


class LlmClient:
    def __init__(self, base_url: str, model: str = "local", timeout: float = 30.0) -> None:
        url = base_url.rstrip("/")
        self.endpoint = url + ("/chat/completions" if url.endswith("/v1") else "/v1/chat/completions")
        self.model = model
        self.timeout = timeout

    def complete(self, text: str, source: str) -> str:
        import httpx

        body = {
            "model": self.model,
            "temperature": 0,
            "messages": [
                {"role": "system", "content": SYSTEM_PROMPT},
                {"role": "user", "content": f"Bron:\n{source}\n\nKernpunt:\n{text}"},
            ],
        }
        try:
            resp = httpx.post(self.endpoint, json=body, timeout=self.timeout)
            resp.raise_for_status()
            return str(resp.json()["choices"][0]["message"]["content"]).strip()
        except httpx.HTTPError as exc:
            raise LlmError(f"{self.endpoint}: {exc}") from None
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise LlmError(f"{self.endpoint}: unexpected answer ({exc})") from None

    def rewrite(self, text: str, source: str) -> RewriteResult:
        answer = self.complete(text, source).strip().strip('"').strip()
        reason = check(answer, source + " " + text)
        if not reason and len(answer) > MAX_GROWTH * max(len(text), 40):
            reason = "answer much longer than the takeaway"
        if reason:
            return RewriteResult(text, False, reason)
        return RewriteResult(answer, True)


def rewrite_takeaways(takeaways: Sequence[Takeaway], article_text: str,
                      client: LlmClient) -> tuple[list[Takeaway], list[str]]:
    """Rewritten takeaways (same spans) and the reasons of the refused ones (for a warning)."""
    out, refused = [], []
    for t in takeaways:
        source = " ".join(article_text[a:b] for a, b in t.sources)
        result = client.rewrite(t.text, source)
        out.append(replace(t, text=result.text) if result.accepted else t)
        if not result.accepted:
            refused.append(f"{t.text[:40]}…: {result.reason}")
    return out, refused
