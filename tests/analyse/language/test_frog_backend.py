"""The optional Frog backend: a clear error without Frog, and its tag mapping (Frog itself is too slow to start here)."""

from __future__ import annotations

import pytest

from duiding.analyse.language import frog


def test_missing_frog_gives_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(frog.shutil, "which", lambda name: None)
    with pytest.raises(frog.FrogMissing, match="apt-get install frog"):
        frog.FrogBackend()


def test_frog_tags_are_mapped_to_our_types() -> None:
    assert frog.FrogBackend._tag("Rutte", "B-per") == "B-PER"
    assert frog.FrogBackend._tag("Tour", "I-eve") == "I-MISC"
    assert frog.FrogBackend._tag("iPhone", "B-pro") == "B-MISC"
    assert frog.FrogBackend._tag("Franse", "B-loc") == "B-MISC"  # nationality adjective, not a place
    assert frog.FrogBackend._tag("Parijs", "B-loc") == "B-LOC"
    assert frog.FrogBackend._tag("de", "O") == "O"
