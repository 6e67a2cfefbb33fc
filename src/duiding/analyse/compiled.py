"""The quote and mention extractors compiled with mypyc (``scripts/build-compiled.sh``), used only while
they match their sources.

The build puts a C extension next to each listed module and records the hash of every source in
``compiled.json``. Python prefers an extension to a ``.py`` file of the same name, so a source edited after the
build would silently run the old code; :func:`install` checks the hashes once and, when any source differs (or
``DUIDING_PURE_PYTHON=1`` is set), makes all listed modules load from their Python files. All or none: the
compiled modules call each other directly, so a mix would still run old code.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType

_PACKAGE_DIR = Path(__file__).resolve().parent
_SRC = _PACKAGE_DIR.parents[1]
MANIFEST = _PACKAGE_DIR / "compiled.json"

# the per-word hot loops: words and cues, speaker phrases, quote marks, mentions, quotes
MODULES = (
    "duiding.analyse.quoting.lexicon",
    "duiding.analyse.quoting.marks",
    "duiding.analyse.quoting.gender",
    "duiding.analyse.quoting.speakers",
    "duiding.analyse.mentions",
    "duiding.analyse.quotes",
)


def _source(module: str) -> Path:
    return _SRC.joinpath(*module.split(".")).with_suffix(".py")


def source_paths() -> list[str]:
    """The listed sources relative to ``src/`` (the build's arguments)."""
    return [str(_source(m).relative_to(_SRC)) for m in MODULES]


def _hashes() -> dict[str, str]:
    return {m: hashlib.sha256(_source(m).read_bytes()).hexdigest() for m in MODULES}


def write_manifest() -> None:
    MANIFEST.write_text(json.dumps(_hashes(), indent=1, sort_keys=True) + "\n", encoding="utf-8")


def _extension(module: str) -> Path | None:
    src = _source(module)
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        candidate = src.with_name(src.stem + suffix)
        if candidate.exists():
            return candidate
    return None


def status() -> str:
    """The build: 'compiled' (current), 'stale' (a source changed since) or 'none'."""
    if not all(_extension(m) for m in MODULES):
        return "none"
    try:
        recorded = json.loads(MANIFEST.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "stale"
    return "compiled" if recorded == _hashes() else "stale"


class _SourceFirst(importlib.abc.MetaPathFinder):
    """Loads the listed modules from their ``.py`` files even where an extension sits beside them."""

    def find_spec(self, fullname: str, path: object = None, target: ModuleType | None = None
                  ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in MODULES:
            return None
        return importlib.util.spec_from_file_location(fullname, _source(fullname))


_STATE: str | None = None


def install() -> str:
    """Check the build once per process and say how the listed modules run: 'compiled' or 'python'. A stale
    build, or ``DUIDING_PURE_PYTHON=1``, routes them to their sources."""
    global _STATE
    if _STATE is None:
        build = status()
        _STATE = "compiled" if build == "compiled" and os.environ.get("DUIDING_PURE_PYTHON") != "1" else "python"
        if build != "none" and _STATE == "python":
            sys.meta_path.insert(0, _SourceFirst())
    return _STATE
