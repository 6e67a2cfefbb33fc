"""``duiding eval ner`` end to end, and the shipped models' F1 on CoNLL-2002 ned.testa when it is present."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from duiding.analyse.language import get_backend
from duiding.analyse.language.conll import read_conll, score
from duiding.analyse.language.ner import lexical_model_usable
from tests.conftest import needs_shared, run_cli

SNIPPET = """-DOCSTART- -DOCSTART- O
Premier N O
Jorien N B-PER
Mulder N I-PER
bezocht V O
Rotterdam N B-LOC
met Prep O
de Art O
Europese Adj B-ORG
Commissie N I-ORG
. Punc O
"""


def test_cli_scores_a_small_file(tmp_path: Path) -> None:
    path = tmp_path / "mini.conll"
    path.write_text(SNIPPET, encoding="utf-8")
    proc = run_cli("eval", "ner", str(path), "--format", "json", timeout=120)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["overall"]["gold"] == 3
    assert result["tokens"] == 10
    # the figures are those of the scorer applied to the backend's own tags
    docs = read_conll(path)
    tags = get_backend(result["backend"]).tag_document([s.tokens for s in docs[0]])
    expected = score(zip([s.tags for s in docs[0]], tags)).as_dict()["overall"]
    assert result["overall"] == expected


def test_cli_errors_are_one_line(tmp_path: Path) -> None:
    proc = run_cli("eval", "ner", str(tmp_path / "missing.conll"), timeout=60)
    assert proc.returncode != 0
    assert "no such file" in proc.stderr and "Traceback" not in proc.stderr
    proc = run_cli("eval", "ner", str(tmp_path), "--backend", "nonexistent", timeout=60)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr


def _testa_f1(backend: str) -> float:
    testa = needs_shared("data", "conll2002-nl", "ned.testa")
    tagger = get_backend(backend)
    t0 = time.perf_counter()
    pairs = []
    for doc in read_conll(testa):
        pairs.extend(zip([s.tags for s in doc], tagger.tag_document([s.tokens for s in doc])))
    assert time.perf_counter() - t0 < 30
    return score(pairs).prf()[2]


def test_default_model_on_conll_testa() -> None:
    if not lexical_model_usable():
        pytest.skip("frogdata is not installed: the default backend falls back to the base model")
    assert _testa_f1("fast") >= 0.80


def test_base_model_on_conll_testa() -> None:
    assert _testa_f1("fast-base") >= 0.78
