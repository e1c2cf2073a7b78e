"""The PolNeAR benchmark: brat files and matching rules (benchmarks/polnear_attribution.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from conftest import ROOT, shared_path


def _bench():
    spec = importlib.util.spec_from_file_location(
        "polnear_attribution", ROOT / "benchmarks" / "polnear_attribution.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


ANN = (
    "T1\tSource 0 11\tMaria Lopez\n"
    "T2\tCue 12 16\tsaid\n"
    "T3\tContent 18 40\tThe vote is not close.\n"
    "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
    "T4\tSource 43 45\tShe\n"
    "T5\tCue 46 51\tadded\n"
    "T6\tContent 52 60;61 70\tmore text here\n"
    "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4\n"
)


def test_parse_ann_reads_discontinuous_spans(tmp_path: Path):
    f = tmp_path / "x_1.ann"
    f.write_text(ANN, encoding="utf-8")
    atts = _bench().parse_ann(f)
    assert [a["source_text"] for a in atts] == ["Maria Lopez", "She"]
    assert atts[1]["content"] == [(52, 60), (61, 70)]


def test_pronoun_source_goes_back_to_the_named_source(tmp_path: Path):
    f = tmp_path / "x_1.ann"
    f.write_text(ANN, encoding="utf-8")
    b = _bench()
    atts = b.parse_ann(f)
    assert b.source_spans(atts, atts[1]) == [(0, 11)]
    assert b.overlaps([(5, 9)], [(0, 11)]) and not b.overlaps([(11, 12)], [(0, 11)])


def test_train_split_figures_on_a_few_articles():
    polnear = shared_path("corpus", "attribution", "polnear")
    res = _bench().evaluate(polnear, limit=20)
    assert res["articles"] == 20
    assert res["precision"] >= 0.6 and res["attribution_accuracy"] >= 0.6
