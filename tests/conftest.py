"""Shared fixtures. Tests that read ../shared (corpus, gold) skip with a reason where it is absent."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared"))


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a skip when the checkout has no shared folder beside it."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(
            f"{p} is not here: the shared corpus and gold sit beside the repository"
            " only on the team's machines"
        )
    return p


@pytest.fixture(scope="session")
def sample_graph():
    """The bundled sample article's graph, built once (published the day after the meeting)."""
    from kg.pipeline import build

    return build(published=dt.date(2020, 3, 25))


@pytest.fixture(scope="session")
def sample_extraction():
    from kg.ingest import read
    from kg.pipeline import _with_date, extract_article

    arts, _ = read()
    return extract_article(_with_date(arts[0], dt.date(2020, 3, 25)))
