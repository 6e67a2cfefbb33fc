"""Language analysis backends: text -> ``LanguageLayer`` (sentences, tokens, lemmas, POS, entities).

Backends register themselves by name; ``get_backend(name)`` returns a ready instance, built once
per process (models are loaded lazily, so importing this package is cheap).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Protocol

from duiding.records import LanguageLayer


class LanguageBackend(Protocol):
    name: str

    def analyse(self, text: str) -> LanguageLayer: ...


_FACTORIES: dict[str, Callable[[], LanguageBackend]] = {}
DEFAULT_BACKEND = "fast"


def register(name: str) -> Callable[[Callable[[], LanguageBackend]], Callable[[], LanguageBackend]]:
    def deco(factory: Callable[[], LanguageBackend]) -> Callable[[], LanguageBackend]:
        _FACTORIES[name] = factory
        return factory

    return deco


def available() -> list[str]:
    _load_builtin()
    return sorted(_FACTORIES)


@cache
def get_backend(name: str = DEFAULT_BACKEND) -> LanguageBackend:
    _load_builtin()
    if name not in _FACTORIES:
        raise ValueError(f"unknown language backend {name!r} (available: {', '.join(sorted(_FACTORIES))})")
    return _FACTORIES[name]()


def _load_builtin() -> None:
    from duiding.analyse.language import backends  # noqa: F401  (registers the built-in backends)
