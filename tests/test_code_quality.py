"""The code stays lint-clean (ruff) and type-checks (mypy), as DESIGN.md asks; CI runs it with the tests.

The versions are pinned in pyproject.toml's ``test`` extra, so that a new release of either tool
cannot turn a green build red on its own.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True)


def test_ruff_finds_nothing():
    r = _run("ruff", "check", "--output-format", "concise", "kg", "tests", "benchmarks")
    assert r.returncode == 0, r.stdout + r.stderr


def test_mypy_finds_nothing():
    r = _run("mypy")  # its settings (files, imports) are in pyproject.toml
    assert r.returncode == 0, r.stdout + r.stderr
