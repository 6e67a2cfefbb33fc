"""Score the real pipeline on the held-out articles in ``bench/heldout`` (never tune on them).

Usage: .venv/bin/python bench/eval_heldout.py [--dir bench/heldout] [--json] [--errors N]

The articles are ingested into a temporary store and analysed and resolved exactly as ``duiding ingest``
does (``duiding.jobs``). Every gold line of ``gold.jsonl`` is a sentence (or the run of sentences one quote
spans) located verbatim in ``Article.text``; a system record belongs to it when its span lies inside the
line (quotes, whose spans may cross a sentence end, go to the line they overlap most, or, when they run over
several lines and name their speaker inside one, to that line: "Het hek is af. Dat meldde de grenswacht."; a
quote over several paragraphs also counts on every other gold line with quotes that lies wholly inside it or, in a
later paragraph, starts inside it ("„…”, aldus X." closing the run), as the gold annotates such a quote once per
paragraph). A further direct quote of the same speaker in a line whose
gold has one ("„A”, zei X. „B”" written as one quote) is neither a hit nor a false positive. Sentences without a
gold line have nothing to annotate, so every record outside the gold lines is a false positive.

Rows (precision / recall / F1):

- quote detection: one system quote per gold quote of the line, speaker ignored;
- speaker: the canonical speaker (entity name, else the written speaker) equals the gold speaker after
  folding case, accents and a leading article, or has the same last word (surname / head noun), or is the
  same group with or without its place ("diplomaten in Brussel" / "diplomaten"), or a body's kind noun that
  opens the name it was resolved to ("het waterschap" / "Waterschap Vallei en Veluwe");
  quotes without a speaker are not predictions here;
- quote kind: paired quote with the same kind (direct / indirect / mixed);
- dates found / date value: span overlaps the gold expression / and the ISO value is the same;
- amounts: value (relative 1e-6) and unit both right;
- pledges: giver (gold giver or an alternative, folded; equal, contained, or same last word) and status;
- persons (full name): a PER mention whose canonical name or text is the full gold name;
  persons (surname): same last word is enough.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import tempfile
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "bench" / "heldout"
ARTICLES = ("die", "de", "het", "een")


def fold(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("ı", "i").replace("’", "'")
    return " ".join(s.split())


def norm_name(s: str | None) -> str:
    words = fold(s).strip(" .,:;'\"").split()
    while words and words[0] in ARTICLES:
        words = words[1:]
    return " ".join(words)


def last_word(s: str | None) -> str:
    words = norm_name(s).replace("-", " ").split()
    return words[-1] if words else ""


_LOCATED = re.compile(r"(.+?) (?:in|uit) (?:de |het )?\S+(?: \S+)?")


def name_match(pred: str | None, gold: str, lenient: bool = True) -> bool:
    p, g = norm_name(pred), norm_name(gold)
    if not p or not g:
        return False
    if p == g or (lenient and last_word(p) == last_word(g)):
        return True
    # a group located or not ("diplomaten in Brussel" / "diplomaten"): gold writers differ, the group is the same
    pl, gl = _LOCATED.fullmatch(p), _LOCATED.fullmatch(g)
    if lenient and ((pl is not None and pl.group(1) == g) or (gl is not None and gl.group(1) == p)):
        return True
    # a body written by its kind and resolved to its name ("het waterschap" / "Waterschap Vallei en Veluwe")
    return lenient and " " not in g and " " in p and p.split()[0] == g


def giver_match(pred: Iterable[str | None], gold: dict[str, Any]) -> bool:
    alt = gold.get("giver_alt") or []
    alt = [alt] if isinstance(alt, str) else alt  # gold writers give one alternative, a list, or null
    wants = [norm_name(gold["giver"])] + [norm_name(x) for x in alt]
    for p in (norm_name(x) for x in pred):
        if not p:
            continue
        for w in wants:
            if p == w or f" {w} " in f" {p} " or f" {p} " in f" {w} " or last_word(p) == last_word(w):
                return True
    return False


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


ROWS = ("quote detection", "speaker", "quote kind", "dates found", "date value", "amounts", "pledges",
        "persons (full name)", "persons (surname)")


@dataclass
class Report:
    scores: dict[str, Score] = field(default_factory=lambda: {r: Score() for r in ROWS})
    errors: list[tuple[str, str]] = field(default_factory=list)  # (row, message)
    articles: int = 0
    gold_lines: int = 0
    unlocated: int = 0

    def err(self, row: str, file: str, msg: str) -> None:
        self.errors.append((row, f"[{row}] {file[:24]}: {msg}"))

    def as_dict(self) -> dict[str, Any]:
        return {"articles": self.articles, "gold_lines": self.gold_lines, "unlocated": self.unlocated,
                "scores": {k: v.as_dict() for k, v in self.scores.items()},
                "errors": [m for _, m in self.errors]}


# --- running the system ---------------------------------------------------------------------------


def run_system(folder: Path) -> tuple[list[tuple[Any, Any]], dict[str, Any]]:
    """Ingest, analyse and resolve the folder's articles in a temporary store, as the CLI does."""
    from duiding import jobs
    from duiding.store import Store

    paths = [str(p) for p in sorted(folder.glob("*.txt"))]
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "heldout.db")
        try:
            summary = jobs.ingest(store, paths)
            if summary.errors:
                raise RuntimeError("; ".join(str(e) for e in summary.errors))
            jobs.analyse(store, summary.article_ids, workers=1)
            jobs.resolve(store)
            pairs = [(store.get_article(i), store.get_analysis(i)) for i in summary.article_ids]
            entities = {e.id: e for e in store.entities()}
        finally:
            store.close()
    return [(a, an) for a, an in pairs if a is not None and an is not None], entities


# --- scoring ---------------------------------------------------------------------------------------


def inside(span: tuple[int, int], line: tuple[int, int]) -> bool:
    return line[0] <= span[0] and span[1] <= line[1]


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def sentence_of(article: Any, analysis: Any, span: tuple[int, int]) -> str:
    sent = analysis.language.sentence_at(span[0])
    text = article.text[sent.start:sent.end] if sent else article.text[span[0]:span[1]]
    return " ".join(text.split())[:110]


class ArticleScorer:
    def __init__(self, report: Report, article: Any, analysis: Any, entities: dict[str, Any],
                 lines: list[dict[str, Any]], file: str) -> None:
        self.r, self.a, self.an, self.ent, self.file = report, article, analysis, entities, file
        self.lines: list[tuple[dict[str, Any], tuple[int, int]]] = []
        for g in lines:
            at = article.text.find(g["sentence"])
            if at < 0:
                report.unlocated += 1
                report.err("gold", file, f"gold sentence not found in the ingested text: {g['sentence'][:80]}")
                continue
            self.lines.append((g, (at, at + len(g["sentence"]))))

    def name_of(self, entity_id: str | None, fallback: str | None) -> str | None:
        e = self.ent.get(entity_id or "")
        return e.name if e is not None else fallback

    def where(self, span: tuple[int, int]) -> int | None:
        for i, (_, line) in enumerate(self.lines):
            if inside(span, line):
                return i
        return None

    def score(self) -> None:
        self.quotes()
        self.dates()
        self.amounts()
        self.pledges()
        self.persons()

    # quotes
    def speaker_line(self, q: Any) -> int | None:
        """A quote whose span runs over several gold lines and names its speaker inside one of them (reported
        content, then 'Dat zegt X'): that line, where the gold puts such a quote."""
        if q.speaker_span is None or not (q.span[0] <= q.speaker_span[0] < q.span[1]):
            return None
        touched = [i for i, (_, line) in enumerate(self.lines) if overlap(q.span, line)]
        if len(touched) < 2:
            return None
        return next((i for i in touched if inside(tuple(q.speaker_span), self.lines[i][1])), None)

    def quotes(self) -> None:
        sc = self.r.scores
        by_line: dict[int, list[Any]] = {}
        for q in self.an.quotes:
            best = max(range(len(self.lines)), key=lambda i: overlap(q.span, self.lines[i][1]), default=None)
            said_in = self.speaker_line(q)
            if said_in is not None:
                best = said_in  # "Het hek is af. Dat meldde de grenswacht.": the line that names the source
            if best is None or overlap(q.span, self.lines[best][1]) == 0:
                sc["quote detection"].fp += 1
                sc["quote kind"].fp += 1
                if q.speaker:
                    sc["speaker"].fp += 1
                self.r.err("quote detection", self.file, f"extra quote ({q.speaker}, {q.kind}): "
                           f"{sentence_of(self.a, self.an, q.span)}")
                continue
            by_line.setdefault(best, []).append(q)
            for i, (g, line) in enumerate(self.lines):
                if i != best and g["quotes"] and (inside(line, (q.span[0] - 2, q.span[1] + 2))  # quote marks
                                                  or q.span[0] - 2 <= line[0] < q.span[1] and "\n" in
                                                  self.a.text[q.span[0]:line[0]]):
                    # a quote over paragraphs: gold has a line for each, the last one with the cue after it
                    by_line.setdefault(i, []).append(q)
        for i, (g, _) in enumerate(self.lines):
            preds = list(by_line.get(i, []))
            golds = list(g["quotes"])
            pairs: list[tuple[dict[str, Any], Any]] = []
            for gq in list(golds):  # pair on the speaker first, then whatever is left
                for q in preds:
                    if self.speaker_ok(q, gq["speaker"]):
                        pairs.append((gq, q))
                        golds.remove(gq)
                        preds.remove(q)
                        break
            while golds and preds:
                pairs.append((golds.pop(0), preds.pop(0)))
            for gq, q in pairs:
                sc["quote detection"].tp += 1
                canon = self.name_of(q.speaker_entity, q.speaker)
                if self.speaker_ok(q, gq["speaker"]):
                    sc["speaker"].tp += 1
                else:
                    sc["speaker"].fn += 1
                    if q.speaker:
                        sc["speaker"].fp += 1
                    self.r.err("speaker", self.file, f"speaker {canon!r} (written {q.speaker!r}), gold "
                               f"{gq['speaker']!r}: {g['sentence'][:100]}")
                if q.kind == gq["kind"]:
                    sc["quote kind"].tp += 1
                else:
                    sc["quote kind"].fp += 1
                    sc["quote kind"].fn += 1
                    self.r.err("quote kind", self.file, f"kind {q.kind}, gold {gq['kind']} "
                               f"({gq['speaker']}): {g['sentence'][:100]}")
            for gq in golds:
                sc["quote detection"].fn += 1
                sc["speaker"].fn += 1
                sc["quote kind"].fn += 1
                self.r.err("quote detection", self.file, f"missed quote ({gq['speaker']}, {gq['kind']}): "
                           f"{g['sentence'][:100]}")
            for q in preds:
                if q.kind == "direct" and any(gq["kind"] == "direct" and self.speaker_ok(q, gq["speaker"])
                                              for gq, _ in pairs):
                    continue  # „A”, zei X. „B”: the gold wrote the run as one quote, the system as two of X's
                sc["quote detection"].fp += 1
                sc["quote kind"].fp += 1
                if q.speaker:
                    sc["speaker"].fp += 1
                self.r.err("quote detection", self.file, f"extra quote ({q.speaker}, {q.kind}) "
                           f"{q.text[:50]!r}: {g['sentence'][:80]}")

    def speaker_ok(self, q: Any, gold: str) -> bool:
        if any(name_match(x, gold) for x in (self.name_of(q.speaker_entity, None), q.speaker)):
            return True
        # the gold wrote the speaker by another name of the same entity: "AFM" for "Autoriteit Financiële
        # Markten (AFM)" (exact aliases only, as the system linked them)
        e = self.ent.get(q.speaker_entity or "")
        return e is not None and norm_name(gold) in {norm_name(a) for a in e.aliases}

    # dates and amounts: span of the gold expression inside its line, then overlap
    def gold_span(self, line: tuple[int, int], text: str) -> tuple[int, int]:
        at = self.a.text.find(text, line[0], line[1])
        return (at, at + len(text)) if at >= 0 else (line[0], line[0])

    def dates(self) -> None:
        found, value = self.r.scores["dates found"], self.r.scores["date value"]
        used: set[int] = set()
        for g, line in self.lines:
            for gd in g["dates"]:
                span = self.gold_span(line, gd["text"])
                hit = next((j for j, d in enumerate(self.an.dates) if j not in used and overlap(d.span, span)), None)
                if hit is None:
                    found.fn += 1
                    value.fn += 1
                    self.r.err("dates found", self.file, f"missed date {gd['text']!r} ({gd['value']}): "
                               f"{g['sentence'][:90]}")
                    continue
                used.add(hit)
                d = self.an.dates[hit]
                found.tp += 1
                if d.value == gd["value"]:
                    value.tp += 1
                else:
                    value.fp += 1
                    value.fn += 1
                    self.r.err("date value", self.file, f"{d.text!r} -> {d.value}, gold {gd['value']} "
                               f"[published {self.a.date}]")
        for j, d in enumerate(self.an.dates):
            if j not in used:
                found.fp += 1
                value.fp += 1
                self.r.err("dates found", self.file, f"extra date {d.text!r} -> {d.value}: "
                           f"{sentence_of(self.a, self.an, d.span)}")

    def amounts(self) -> None:
        sc = self.r.scores["amounts"]
        used: set[int] = set()
        for g, line in self.lines:
            for ga in g["amounts"]:
                span = self.gold_span(line, ga["text"])
                hits = [j for j, x in enumerate(self.an.amounts) if j not in used and overlap(x.span, span)]
                if not hits:
                    sc.fn += 1
                    self.r.err("amounts", self.file, f"missed amount {ga['text']!r} ({ga['value']:g} {ga['unit']}): "
                               f"{g['sentence'][:80]}")
                    continue
                j = min(hits, key=lambda h: abs(self.an.amounts[h].value - ga["value"]))
                used.add(j)
                x = self.an.amounts[j]
                if math.isclose(x.value, ga["value"], rel_tol=1e-6) and fold(x.unit) == fold(ga["unit"]):
                    sc.tp += 1
                else:
                    sc.fp += 1
                    sc.fn += 1
                    self.r.err("amounts", self.file, f"{x.text!r} -> {x.value:g} {x.unit}, gold {ga['value']:g} "
                               f"{ga['unit']}")
        for j, x in enumerate(self.an.amounts):
            if j not in used:
                sc.fp += 1
                self.r.err("amounts", self.file, f"extra amount {x.text!r} -> {x.value:g} {x.unit}: "
                           f"{sentence_of(self.a, self.an, x.span)}")

    def pledges(self) -> None:
        sc = self.r.scores["pledges"]
        used: set[int] = set()
        for g, line in self.lines:
            for gp in g["pledges"]:
                cands = [j for j, p in enumerate(self.an.pledges) if j not in used and inside(p.span, line)]
                givers = {j: (self.an.pledges[j].giver, self.an.pledges[j].giver_key,
                              self.name_of(self.an.pledges[j].giver_entity, None)) for j in cands}
                right = [j for j in cands if giver_match(givers[j], gp)]
                ok = [j for j in right if self.an.pledges[j].status == gp["status"]]
                if ok:
                    used.add(ok[0])
                    sc.tp += 1
                    continue
                sc.fn += 1
                if right:
                    p = self.an.pledges[right[0]]
                    used.add(right[0])
                    sc.fp += 1
                    self.r.err("pledges", self.file, f"status {p.status}, gold {gp['status']} ({gp['giver']}: "
                               f"{gp['what']}): {g['sentence'][:80]}")
                else:
                    got = ", ".join(f"{self.an.pledges[j].giver}/{self.an.pledges[j].status}" for j in cands)
                    self.r.err("pledges", self.file, f"missed pledge {gp['giver']} {gp['status']} {gp['what']!r}"
                               f"{' (got ' + got + ')' if got else ''}: {g['sentence'][:80]}")
        for j, p in enumerate(self.an.pledges):
            if j not in used:
                sc.fp += 1
                line = self.where(p.span)
                why = f" (gold: {self.lines[line][0]['note']})" if line is not None and "note" in self.lines[line][0] else ""
                self.r.err("pledges", self.file, f"extra pledge {p.giver} {p.status} {p.what!r}{why}: "
                           f"{sentence_of(self.a, self.an, p.span)}")

    def persons(self) -> None:
        full, sur = self.r.scores["persons (full name)"], self.r.scores["persons (surname)"]
        mentions = [m for m in self.an.mentions if m.type == "PER"]
        for row, score, lenient in (("persons (full name)", full, False), ("persons (surname)", sur, True)):
            used: set[int] = set()
            for g, line in self.lines:
                for name in g["persons"]:
                    hit = next((j for j, m in enumerate(mentions) if j not in used and inside(m.span, line)
                                and (name_match(m.text, name, lenient)
                                     or name_match(self.name_of(m.entity, None), name, lenient))), None)
                    if hit is None:
                        score.fn += 1
                        if lenient or not any(inside(m.span, line) and name_match(m.text, name) for m in mentions):
                            got = [m.text for m in mentions if inside(m.span, line)]
                            self.r.err(row, self.file, f"missed person {name!r} (PER found: {got}): "
                                       f"{g['sentence'][:80]}")
                        else:
                            m = next(m for m in mentions if inside(m.span, line) and name_match(m.text, name))
                            self.r.err(row, self.file, f"{name!r} found only as {m.text!r} -> "
                                       f"{self.name_of(m.entity, None)!r}")
                        continue
                    used.add(hit)
                    score.tp += 1
            for j, m in enumerate(mentions):
                if j not in used:
                    score.fp += 1
                    if lenient:
                        self.r.err(row, self.file, f"extra PER {m.text!r}: {sentence_of(self.a, self.an, m.span)}")


def evaluate(folder: Path = HELDOUT) -> Report:
    gold = [json.loads(x) for x in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    pairs, entities = run_system(folder)
    report = Report(articles=len(pairs), gold_lines=len(gold))
    for article, analysis in pairs:
        file = Path(article.source).name
        lines = [g for g in gold if g["file"] == file]
        ArticleScorer(report, article, analysis, entities, lines, file).score()
    return report


def interleave(errors: list[tuple[str, str]], n: int) -> list[str]:
    """The first n errors taken round-robin over the rows, so every kind of mistake is shown."""
    queues: dict[str, list[str]] = {}
    for row, msg in errors:
        queues.setdefault(row, []).append(msg)
    out: list[str] = []
    while len(out) < n and any(queues.values()):
        for q in queues.values():
            if q and len(out) < n:
                out.append(q.pop(0))
    return out


def render(report: Report, n_errors: int) -> str:
    lines = [f"Held-out evaluation: {report.articles} articles, {report.gold_lines} gold lines"
             + (f", {report.unlocated} NOT FOUND" if report.unlocated else ""), "",
             f"{'row':22} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for row, s in report.scores.items():
        lines.append(f"{row:22} {s.precision:6.2f} {s.recall:6.2f} {s.f1:6.2f} {s.tp:5} {s.fp:5} {s.fn:5}")
    shown = interleave(report.errors, n_errors)
    lines += ["", f"Errors ({len(shown)} of {len(report.errors)}):"] + [f"  {m}" for m in shown]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", default=str(HELDOUT), help="folder with the articles and gold.jsonl")
    ap.add_argument("--json", action="store_true", help="print the scores and all errors as JSON")
    ap.add_argument("--errors", type=int, default=40, help="how many errors to list (default 40)")
    args = ap.parse_args(argv)
    folder = Path(args.dir)
    if not (folder / "gold.jsonl").is_file():
        print(f"{folder}: no gold.jsonl", file=sys.stderr)
        return 2
    report = evaluate(folder)
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=1))
    else:
        print(render(report, args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
