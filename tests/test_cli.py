"""The command line: build the sample, messages for bad input, exit codes."""

import subprocess
import sys

import pytest
from rdflib import Graph, Namespace

from kg.cli import main

SDO = Namespace("https://schema.org/")


def test_build_the_sample_writes_turtle_and_html(tmp_path, capsys):
    assert main(["build", "--out", str(tmp_path), "--published", "2020-03-25"]) == 0
    out = capsys.readouterr().out
    assert "1 meeting(s)" in out and "8 people" in out
    g = Graph().parse(tmp_path / "graph.ttl")
    events = list(g.subjects(predicate=SDO.attendee))
    assert len(set(events)) == 1
    assert len(set(g.objects(events[0], SDO.attendee))) == 7
    assert (tmp_path / "graph.html").read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    ontology = Graph().parse(tmp_path / "ontology.ttl")
    used = {p for p in g.predicates() if str(p).startswith("https://w3id.org/kg-news/ontology#")}
    assert used and all(
        (p, None, None) in ontology for p in used
    )  # every kg: property is defined beside the data


def test_bad_inputs_are_skipped_and_the_build_goes_on(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(
        "عنوان\n\nاستقبل وزير الخارجية السعودي عادل الجبير نظيره الروسي سيرغي لافروف في الرياض.",
        encoding="utf-8",
    )
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    code = main(["build", str(good), str(bad), str(tmp_path / "nope.txt"), "--out", str(tmp_path / "o")])
    captured = capsys.readouterr()
    assert code == 0
    assert "bad.txt: binary data" in captured.err
    assert "nope.txt: no such file or folder" in captured.err
    assert "2 input(s) skipped" in captured.out


def test_nothing_readable_is_an_error(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert main(["build", str(empty), "--out", str(tmp_path / "o")]) == 1
    assert "nothing to build" in capsys.readouterr().err
    assert not (tmp_path / "o" / "graph.ttl").exists()


def test_wrong_arguments_exit_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["build", "--out", "x", "--published", "25/03/2020"])
    assert exc.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_python_dash_m_kg_help():
    run = subprocess.run([sys.executable, "-m", "kg", "build", "--help"], capture_output=True, text=True)
    assert run.returncode == 0
    assert "--published" in run.stdout and "--lang" in run.stdout


def test_build_validates_and_fills_a_store_idempotently(tmp_path, capsys):
    store = tmp_path / "store"
    assert main(["build", "--out", str(tmp_path / "o"), "--store", str(store)]) == 0
    out = capsys.readouterr().out
    assert "validated: the graph conforms" in out
    assert "1 article(s) added or replaced, 0 unchanged" in out
    assert main(["build", "--out", str(tmp_path / "o"), "--store", str(store), "--no-validate"]) == 0
    out = capsys.readouterr().out
    assert "0 article(s) added or replaced, 1 unchanged" in out
    assert "validated" not in out
