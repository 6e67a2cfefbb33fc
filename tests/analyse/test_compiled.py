"""The mypyc build of the quote and mention extractors: used only while current, and it changes no result."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from duiding.analyse import compiled

REPO = Path(__file__).resolve().parents[2]

_DUMP = """
import dataclasses, json, sys
from duiding.analyse import compiled, mentions, quotes
from duiding.ingest import iter_articles
from duiding.analyse.language import get_backend
from duiding.records import Article, ArticleAnalysis
backend = get_backend("fast")
out = {"mode": compiled.install(), "file": quotes.__file__, "articles": []}
for a in iter_articles([sys.argv[1]]):
    if isinstance(a, Article):
        an = ArticleAnalysis(article_id=a.id, language=backend.analyse(a.text), version="x")
        an.mentions = mentions.extract(a, an)
        qs = quotes.extract(a, an)
        out["articles"].append([[dataclasses.asdict(m) for m in an.mentions], [dataclasses.asdict(q) for q in qs]])
print(json.dumps(out, default=str, sort_keys=True))
"""


def _run(pure: bool) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "DUIDING_PURE_PYTHON"}
    if pure:
        env["DUIDING_PURE_PYTHON"] = "1"
    done = subprocess.run([sys.executable, "-c", _DUMP, str(REPO / "examples")], env=env, capture_output=True,
                          text=True, check=True, timeout=600)
    return json.loads(done.stdout)


@pytest.mark.skipif(compiled.status() != "compiled", reason="extractors not compiled (scripts/build-compiled.sh)")
def test_compiled_and_python_extractors_give_the_same_mentions_and_quotes() -> None:
    fast, pure = _run(pure=False), _run(pure=True)
    assert fast["mode"] == "compiled" and not fast["file"].endswith(".py")
    assert pure["mode"] == "python" and pure["file"].endswith("quotes.py")
    assert len(fast["articles"]) >= 10
    assert sum(len(q) for _, q in fast["articles"]) > 100  # quotes were found at all
    assert fast["articles"] == pure["articles"]


def test_a_source_changed_after_the_build_makes_the_build_stale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                               ) -> None:
    sources = {m: tmp_path / f"{m.rsplit('.', 1)[1]}.py" for m in compiled.MODULES}
    for m, path in sources.items():
        path.write_text(f"# {m}\n", encoding="utf-8")
        (tmp_path / f"{path.stem}.cpython-311-x86_64-linux-gnu.so").write_bytes(b"")
    monkeypatch.setattr(compiled, "_source", lambda m: sources[m])
    monkeypatch.setattr(compiled.importlib.machinery, "EXTENSION_SUFFIXES", [".cpython-311-x86_64-linux-gnu.so"])
    monkeypatch.setattr(compiled, "MANIFEST", tmp_path / "compiled.json")
    assert compiled.status() == "stale"  # no manifest yet
    compiled.write_manifest()
    assert compiled.status() == "compiled"
    sources["duiding.analyse.quotes"].write_text("# edited\n", encoding="utf-8")
    assert compiled.status() == "stale"
    (tmp_path / "marks.cpython-311-x86_64-linux-gnu.so").unlink()
    assert compiled.status() == "none"  # a partial build counts as none


def test_the_source_finder_loads_a_listed_module_from_its_python_file() -> None:
    spec = compiled._SourceFirst().find_spec("duiding.analyse.quotes")
    assert spec is not None and spec.origin is not None and spec.origin.endswith("quotes.py")
    assert compiled._SourceFirst().find_spec("duiding.analyse.dates") is None
