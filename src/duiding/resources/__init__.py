"""Dutch knowledge as small, named, editable files under ``resources/nl/``.

File format: UTF-8 text, one item per line, ``#`` starts a comment. Lists are plain lines; maps
are ``key<TAB>value`` lines (several tabs: value is the rest as a list with ``load_table``).
Everything is loaded once per process.
"""

from __future__ import annotations

from functools import cache
from importlib import resources as _res
from pathlib import Path

LANGUAGES = ("nl",)


class UnsupportedLanguage(ValueError):
    def __init__(self, lang: str) -> None:
        super().__init__(f"language {lang!r} is not supported (supported: {', '.join(LANGUAGES)})")


def resource_path(name: str, lang: str = "nl") -> Path:
    if lang not in LANGUAGES:
        raise UnsupportedLanguage(lang)
    return Path(str(_res.files("duiding.resources").joinpath(lang, name)))


def _lines(name: str, lang: str) -> list[str]:
    path = resource_path(name if "." in name else name + ".txt", lang)
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].rstrip() if not raw.lstrip().startswith("#") else ""
        if line.strip():
            out.append(line.strip("\n"))
    return out


@cache
def load_list(name: str, lang: str = "nl") -> tuple[str, ...]:
    """Items of a list file, in file order (use ``load_set`` for membership tests)."""
    return tuple(line.strip() for line in _lines(name, lang))


@cache
def load_set(name: str, lang: str = "nl", lower: bool = True) -> frozenset[str]:
    return frozenset(x.lower() if lower else x for x in load_list(name, lang))


@cache
def load_map(name: str, lang: str = "nl") -> dict[str, str]:
    """``key<TAB>value`` lines as a dict (later lines win)."""
    out: dict[str, str] = {}
    for line in _lines(name, lang):
        key, _, value = line.partition("\t")
        out[key.strip()] = value.strip()
    return out


@cache
def load_table(name: str, lang: str = "nl") -> tuple[tuple[str, ...], ...]:
    """Rows of tab-separated columns."""
    return tuple(tuple(c.strip() for c in line.split("\t")) for line in _lines(name, lang))
