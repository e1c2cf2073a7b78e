"""The scorer's figures on dev-ar (20 real Arabic articles) may not fall below what was reached,
and the sample article stays at 1.000. Reads ../shared (skips with a reason where it is absent)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from collections import Counter

import pytest
from conftest import shared_path

from kg import rdf
from kg.pipeline import build

# floors a little below the figures reached (see the commit messages for the exact ones)
FLOORS = {"entity": 0.94, "meeting": 0.93, "attendee": 0.945, "statement": 0.94}
DATE_FLOOR = 21  # meetings whose gold date the graph has right, of 22


def _scorer():
    path = shared_path("eval", "score.py")
    spec = importlib.util.spec_from_file_location("kg_shared_score", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("kg_shared_score", mod)
    spec.loader.exec_module(mod)
    return mod


def _score(gold_dir, corpus):
    score = _scorer()
    total = Counter()
    for gf in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        pub = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
        G = build([corpus / gold["document"]], published=pub)
        c, _ = score.score_doc(gold, score.Pred(rdf.to_rdf(G)))
        total.update(c)
    f1 = {
        k: score.prf(total[f"{k}_tp"], total[f"{k}_fp"], total[f"{k}_fn"])["f1"]
        for k in ("entity", "meeting", "attendee", "statement")
    }
    return f1, total


@pytest.fixture(scope="module")
def dev_ar():
    return _score(shared_path("eval", "gold", "dev-ar"), shared_path("corpus"))


@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_dev_ar_does_not_regress(dev_ar, figure):
    f1, _ = dev_ar
    assert f1[figure] >= FLOORS[figure], f"{figure} F1 {f1[figure]:.3f} fell below {FLOORS[figure]}"


def test_dev_ar_dates(dev_ar):
    _, total = dev_ar
    assert total["date_ok"] >= DATE_FLOOR


def test_sample_stays_perfect():
    f1, total = _score(shared_path("eval", "gold", "seed"), shared_path("seed"))
    assert f1 == {"entity": 1.0, "meeting": 1.0, "attendee": 1.0, "statement": 1.0}
    assert total["place_ok"] == total["place_total"]
