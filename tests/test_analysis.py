"""kg.analysis on the sample article and on two small hand-made graphs (tests/handmade.py)."""

from __future__ import annotations

import copy

import networkx as nx
import pandas as pd
import pytest
from handmade import A1, A2, arabic_graph, english_graph

import kg
from kg import analysis
from kg import model as M


@pytest.fixture(scope="module")
def G() -> nx.MultiDiGraph:
    return kg.merge(arabic_graph(), english_graph())


# --- merge ----------------------------------------------------------------------------------------


def test_kg_merge_is_analysis_merge():
    assert kg.merge is analysis.merge


def test_merge_unifies_nodes_and_concatenates_evidence_without_repeats():
    g1, g2 = arabic_graph(), english_graph()
    before = copy.deepcopy(g1.nodes["person:lavrov"])
    H = analysis.merge(g1, g2, g1)  # g1 twice: nothing doubles
    lav = H.nodes["person:lavrov"]
    assert lav["label"] == "سيرغي لافروف"  # the first graph's scalar wins
    assert lav["names"] == [("سيرغي لافروف", "ar"), ("لافروف", "ar"), ("Sergey Lavrov", "en")]
    assert lav["titles"] == [("وزير الخارجية الروسي", "ar"), ("Russian Foreign Minister", "en")]
    assert [ev[0] for ev in lav["evidence"]] == [A1, A2]
    assert H.number_of_nodes() == len(set(g1) | set(g2))
    assert H.number_of_edges() == g1.number_of_edges() + g2.number_of_edges()
    assert g1.nodes["person:lavrov"] == before  # inputs untouched


def test_merge_joins_evidence_of_the_same_edge():
    g1, g2 = arabic_graph(), arabic_graph()
    g2.edges["meeting:m1", "person:lavrov", M.ATTENDEE]["evidence"] = [(A1, 0, 3)]
    H = analysis.merge(g1, g2)
    ev = H.edges["meeting:m1", "person:lavrov", M.ATTENDEE]["evidence"]
    assert ev[-1] == (A1, 0, 3) and len(ev) == len(set(ev)) == 2


def test_merge_of_the_sample_with_itself_is_the_sample(sample_graph):
    assert nx.utils.graphs_equal(analysis.merge(sample_graph, sample_graph), sample_graph)
    assert analysis.merge().number_of_nodes() == 0
    with pytest.raises(TypeError, match="MultiDiGraph"):
        analysis.merge(nx.Graph())


# --- co-attendance, pairs, centrality --------------------------------------------------------------


def test_co_attendance_weights(G):
    H = analysis.co_attendance(G)
    assert H["person:lavrov"]["person:mekdad"]["weight"] == 2
    assert H["person:lavrov"]["person:mekdad"]["meetings"] == ["meeting:m1", "meeting:m4"]
    assert H["person:lavrov"]["person:cavusoglu"]["weight"] == 1
    assert not H.has_edge("person:mekdad", "person:cavusoglu")
    assert H.nodes["person:lavrov"]["meetings"] == 4
    assert analysis.co_attendance(G, since="2021-06-01").number_of_edges() == 2


def test_who_met_whom_ranked(G):
    pairs = analysis.who_met_whom(G)
    top = pairs.iloc[0]
    assert {top.a_id, top.b_id} == {"person:lavrov", "person:mekdad"} and top.meetings == 2
    assert (top["first"], top["last"]) == (pd.Timestamp("2021-04-30"), pd.Timestamp("2021-06-09"))
    assert sorted(top.places) == ["Ankara", "موسكو"]
    assert pairs.meetings.is_monotonic_decreasing
    mine = analysis.who_met_whom(G, person="المقداد")
    assert mine.a.unique().tolist() == ["فيصل المقداد"] and mine.b.tolist() == ["سيرغي لافروف"]


def test_central_people(G):
    c = analysis.central_people(G)
    assert c.id.iloc[0] == "person:lavrov"
    assert c.betweenness.iloc[0] == 1.0 and (c.betweenness.iloc[1:] == 0).all()
    assert c.set_index("id").loc["person:lavrov", ["met", "shared", "meetings"]].tolist() == [3, 4, 4]
    assert len(analysis.central_people(G, n=2)) == 2
    assert analysis.central_people(nx.MultiDiGraph()).empty


def test_sample_co_attendance_is_a_clique_of_seven(sample_graph):
    H = analysis.co_attendance(sample_graph)
    assert H.number_of_nodes() == 7 and H.number_of_edges() == 21
    assert len(analysis.who_met_whom(sample_graph)) == 21


# --- timeline ------------------------------------------------------------------------------------


def test_timeline_in_date_order_unknown_last(G):
    t = analysis.timeline(G, "Lavrov")
    assert t.id.tolist() == ["meeting:m1", "meeting:m2", "meeting:m4", "statement:s2", "meeting:m3"]
    assert t.role.tolist()[:2] == ["host", "attendee"]
    assert t.kind.tolist()[-2:] == ["statement", "meeting"]
    assert t["with"].iloc[0] == ["فيصل المقداد"]
    assert "phone call" in t.what.iloc[-1]
    assert analysis.timeline(G, "lavrov", since="2021-06-10").id.tolist() == ["statement:s2"]


def test_timeline_of_the_sample_includes_the_message(sample_graph):
    t = analysis.timeline(sample_graph, "بوتين")
    assert t.kind.tolist() == ["message"] and t.role.tolist() == ["sender"]
    assert "شويغو" in t.what.iloc[0]
    shoigu = analysis.timeline(sample_graph, "شويغو")
    assert shoigu.kind.iloc[0] == "meeting" and (shoigu.kind == "statement").sum() >= 1


def test_timeline_of_no_one_says_so(G):
    with pytest.raises(ValueError, match="no person"):
        analysis.timeline(G, "Napoleon")


# --- countries -----------------------------------------------------------------------------------


def test_country_names_codes_and_adjectives():
    names = ("RU", "ru", "Russia", "روسيا", "Russian", "الروسي", "روسية")
    assert {analysis.country(x) for x in names} == {"RU"}
    assert analysis.country("U.S.") == "US" and analysis.country("الأمريكية") == "US"
    with pytest.raises(ValueError, match="unknown country"):
        analysis.country("Atlantis")


def test_countries_of_titles_organizations_and_places(sample_graph):
    by_label = {d["label"]: n for n, d in sample_graph.nodes(data=True)}
    of = lambda label: analysis.countries_of(sample_graph, by_label[label])  # noqa: E731
    assert of("سيرغي شويغو") == {"RU"}  # وزير الدفاع الروسي
    assert of("بشار الأسد") == {"SY"}  # رأس النظام
    assert of("ألكسندر إيفيموف") == {"RU"}  # السفير الروسي في سوريا: a Russian, posted to Syria
    assert of("وزارة الدفاع الروسية") == {"RU"}
    assert of("سوريا") == {"SY"} and of("دمشق") == set()


def test_government_words_yield_to_an_adjective():
    H = nx.MultiDiGraph()
    H.add_node("person:x", type=M.PERSON, label="x", titles=[("مستشار النظام الإيراني", "ar")])
    H.add_node("person:y", type=M.PERSON, label="y", titles=[("ممثل النظام", "ar")])
    H.add_node("person:z", type=M.PERSON, label="z", titles=[("والسفير الروسي", "ar")])  # a clitic و
    assert analysis.countries_of(H, "person:x") == {"IR"}
    assert analysis.countries_of(H, "person:y") == {"SY"}
    assert analysis.countries_of(H, "person:z") == {"RU"}


def test_meetings_between(G, sample_graph):
    assert analysis.meetings_between(G, "Russia", "Syria").id.tolist() == ["meeting:m1", "meeting:m4"]
    assert analysis.meetings_between(G, "سوريا", "روسيا").id.tolist() == ["meeting:m1", "meeting:m4"]
    assert analysis.meetings_between(G, "RU", "TR").id.tolist() == ["meeting:m2"]
    assert analysis.meetings_between(G, "Iranian", "Russian").id.tolist() == ["meeting:m3"]
    assert analysis.meetings_between(G, "TR", "SY").empty
    assert analysis.meetings_between(G, "RU", "SY", since="2021-06-01").id.tolist() == ["meeting:m4"]
    row = analysis.meetings_between(sample_graph, "RU", "SY").iloc[0]
    assert len(row.side_a) == 3 and len(row.side_b) == 4
    assert "فلاديمير بوتين" not in row.side_a


def test_a_country_needs_two_people():
    H = nx.MultiDiGraph()
    H.add_node("person:a", type=M.PERSON, label="a", titles=[("Russian envoy", "en")])
    H.add_node("person:b", type=M.PERSON, label="b", titles=[("Russian minister", "en")])
    H.add_node("meeting:1", type=M.MEETING, date="2022-01-01")
    H.add_edge("meeting:1", "person:a", key=M.ATTENDEE, role="attendee")
    assert analysis.meetings_between(H, "RU", "RU").empty
    H.add_edge("meeting:1", "person:b", key=M.ATTENDEE, role="attendee")
    assert analysis.meetings_between(H, "RU", "RU").id.tolist() == ["meeting:1"]


def test_an_empty_graph_gives_empty_answers():
    E = nx.MultiDiGraph()
    assert analysis.co_attendance(E).number_of_nodes() == 0
    assert list(analysis.who_met_whom(E).columns) == analysis.PAIR_COLUMNS
    assert list(analysis.central_people(E).columns) == analysis.CENTRAL_COLUMNS
    assert analysis.meetings_between(E, "RU", "SY").columns[-2:].tolist() == ["side_a", "side_b"]
