"""kg.validate: the SHACL shapes catch what a broken graph gets wrong, and pass good graphs."""

from __future__ import annotations

import rdflib
from rdf_graphs import assert_valid, hand_graph
from rdflib import RDF, Literal, URIRef

from kg import rdf
from kg.validate import SHAPES_PATH, validate
from kg.vocab import KGID_NS, SDO

MEETING = URIRef(KGID_NS + "meeting/m1")
OA = rdflib.Namespace("http://www.w3.org/ns/oa#")


def test_shapes_parse():
    assert len(rdflib.Graph().parse(SHAPES_PATH)) > 50


def test_the_hand_built_graph_conforms():
    assert_valid(rdf.to_rdf(hand_graph()))


def test_a_path_can_be_validated(tmp_path):
    path = rdf.write(hand_graph(), tmp_path / "g.ttl")
    assert validate(path)[0]


def test_meeting_with_one_attendee():
    G = hand_graph()
    G.remove_edge("meeting:m1", "person:assad", "attendee")
    conforms, report = validate(rdf.to_rdf(G))
    assert not conforms
    assert "kgid:meeting/m1 | schema:attendee | a meeting needs at least two attendees" in report
    assert report.startswith("Does not conform: 1 violation(s)")


def test_meeting_without_evidence_or_source():
    G = hand_graph()
    G.nodes["meeting:m1"]["evidence"] = []
    G.remove_edge("meeting:m1", "article:abc", "source")
    conforms, report = validate(rdf.to_rdf(G))
    assert not conforms
    assert "a meeting needs evidence" in report
    assert "a meeting must say which article it comes from" in report


def test_statement_without_speaker_or_text():
    G = hand_graph()
    G.remove_edge("statement:s1", "person:shoigu", "creator")
    G.nodes["statement:s1"]["text"] = None
    conforms, report = validate(rdf.to_rdf(G))
    assert "a statement needs a speaker" in report
    assert "a statement needs its text" in report


def test_names_need_language_tags_and_dates_xsd_date():
    g = rdf.to_rdf(hand_graph())
    g.add((URIRef(KGID_NS + "person/assad"), SDO.name, Literal("Assad")))
    g.set((MEETING, SDO.startDate, Literal("14 March 2023")))
    conforms, report = validate(g)
    assert not conforms
    assert "kgid:person/assad | schema:name | every schema:name needs a language tag" in report
    assert "dates are xsd:date" in report


def test_evidence_offsets_must_be_ordered():
    g = rdf.to_rdf(hand_graph())
    pos = URIRef(str(MEETING) + "#ev/article/abc/400-480/pos")
    g.set((pos, OA.start, Literal(900)))
    conforms, report = validate(g)
    assert not conforms and "kgid:meeting/m1#ev/article/abc/400-480/pos | oa:start" in report


def test_a_message_typed_as_event_is_rejected():
    g = rdf.to_rdf(hand_graph())
    g.add((URIRef(KGID_NS + "message/x1"), RDF.type, SDO.Event))
    conforms, report = validate(g)
    assert not conforms
    assert "not a schema:Event" in report


def test_cli_validate_exit_status(tmp_path, capsys):
    from kg.cli import main

    good = rdf.write(hand_graph(), tmp_path / "good.ttl")
    assert main(["validate", str(good)]) == 0
    assert "Conforms" in capsys.readouterr().out
    G = hand_graph()
    G.remove_edge("meeting:m1", "person:assad", "attendee")
    bad = rdf.write(G, tmp_path / "bad.ttl")
    assert main(["validate", str(bad)]) == 1
    assert "at least two attendees" in capsys.readouterr().out
    (tmp_path / "broken.ttl").write_text("this is not turtle", encoding="utf-8")
    assert main(["validate", str(tmp_path / "broken.ttl")]) == 2


def test_cli_validate_a_store_folder_but_not_any_folder(tmp_path, capsys):
    from kg.cli import main
    from kg.store import Store

    store = Store(tmp_path / "store")
    store.add_graph(hand_graph())
    del store
    assert main(["validate", str(tmp_path / "store")]) == 0
    (tmp_path / "plain").mkdir()
    assert main(["validate", str(tmp_path / "plain")]) == 2
    assert "not a kg store" in capsys.readouterr().err
    assert list((tmp_path / "plain").iterdir()) == []
