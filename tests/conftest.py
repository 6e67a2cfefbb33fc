"""Shared fixtures: paths to the repository, the bundled examples and ../shared (when present)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
SHARED = (REPO / ".." / "shared").resolve()
SEEDS = SHARED / "seeds"


def needs_shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not available (../shared is absent on a fresh clone)")
    return path


def run_cli(*args: str, db: Path | None = None, stdin: bytes | None = None, env: dict[str, str] | None = None,
            timeout: int = 300) -> subprocess.CompletedProcess[str]:
    """Run the real CLI in a subprocess (what a user runs), returning its output."""
    full_env = dict(os.environ)
    full_env.pop("DUIDING_DB", None)
    if env:
        full_env.update(env)
    cmd = [sys.executable, "-m", "duiding", *args]
    if db is not None:
        cmd += ["--db", str(db)]
    return subprocess.run(cmd, input=stdin.decode() if stdin is not None else None, capture_output=True,
                          text=True, env=full_env, timeout=timeout, cwd=REPO)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "test.db"
