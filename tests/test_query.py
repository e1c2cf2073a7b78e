"""kg.query: SPARQL to DataFrames, and the named queries, on a small hand-built graph."""

from __future__ import annotations

import networkx as nx
import pandas as pd
import pytest
from rdf_graphs import assert_valid, hand_graph

from kg import query as Q
from kg import rdf


def corpus() -> nx.MultiDiGraph:
    """The hand graph plus a second article with two more meetings (one repeats Shoigu and Assad)."""
    G = hand_graph()
    art = "article:def"
    G.add_node(art, type="Article", label="second", headline="Lavrov in Moscow", publisher=None,
               published="2023-05-02", lang="en", url=None, source=None, sha1="1" * 40)
    G.add_node("person:lavrov", type="Person", label="Sergey Lavrov", name="Sergey Lavrov", lang="en",
               names=[("Sergey Lavrov", "en")], titles=[], evidence=[(art, 0, 13)])
    G.nodes["person:assad"]["names"].append(("Bashar al-Assad", "en"))
    for m, date, who in (("meeting:m2", "2023-05-01", ["person:shoigu", "person:assad", "person:lavrov"]),
                         ("meeting:m3", None, ["person:lavrov", "person:putin"])):
        G.add_node(m, type="Meeting", label=m, date=date, date_text=None, mode="phone", status="held",
                   trigger="met", evidence=[(art, 20, 40)])
        G.add_edge(m, art, key="source", evidence=[])
        for p in who:
            G.add_edge(m, p, key="attendee", role="attendee", evidence=[])
    G.add_node("statement:s2", type="Statement", label="s2", text="the talks went well", verb="said",
               hedge=None, kind="reported", sentence=None, evidence=[(art, 50, 69)])
    G.add_edge("statement:s2", art, key="source", evidence=[])
    G.add_edge("statement:s2", "person:lavrov", key="creator", evidence=[])
    return G


@pytest.fixture(scope="module", params=["rdflib", "file"])
def source(request, tmp_path_factory):
    G = corpus()
    g = rdf.to_rdf(G)
    assert_valid(g)
    if request.param == "rdflib":
        return g
    return rdf.write(G, tmp_path_factory.mktemp("q") / "g.ttl")


def test_meetings_of_person_matches_names_and_alternate_names_in_any_case(source):
    df = Q.query(source, "meetings-of-person", name="al-ASSAD")
    assert isinstance(df, pd.DataFrame)
    assert sorted(df["date"]) == ["2023-03-14", "2023-05-01"]
    assert set(df["personName"]) == {"بشار الأسد"}
    m2 = df[df["date"] == "2023-05-01"].iloc[0]
    assert set(m2["others"].split(" | ")) == {"سيرغي شويغو", "Sergey Lavrov"}
    assert Q.query(source, "meetings-of-person", name="nobody at all").empty


def test_meetings_of_person_in_arabic(source):
    df = Q.query(source, "meetings-of-person", name="الأسد")
    assert len(df) == 2
    assert df.iloc[0]["place"] == "دمشق"


def test_who_met_whom_ranks_pairs_by_shared_meetings(source):
    df = Q.query(source, "who-met-whom")
    top = df.iloc[0]
    assert {top["aName"], top["bName"]} == {"سيرغي شويغو", "بشار الأسد"}
    assert top["meetings"] == 2
    assert list(df["meetings"]) == sorted(df["meetings"], reverse=True)
    assert len(df) == 1 + 2 + 1  # m1: 1 pair, m2: 3 pairs (one shared with m1), m3: 1 pair


def test_statements_by_speaker(source):
    df = Q.query(source, "statements-by-speaker")
    assert sorted(df["kind"]) == ["direct", "reported"]  # reported speech is no schema:Quotation, still found
    row = df[df["kind"] == "direct"].iloc[0]
    assert (row["speakerName"], row["text"], row["verb"], row["kind"]) == (
        "سيرغي شويغو", "بلا شك تم في سوريا", "قوله", "direct")
    assert len(Q.query(source, "statements-by-speaker", name="sergei")) == 1
    assert list(Q.query(source, "statements-by-speaker", name="Lavrov")["text"]) == ["the talks went well"]


def test_meetings_between_dates(source):
    df = Q.query(source, "meetings-between-dates", start="2023-04-01", end="2023-05-31")
    assert list(df["date"]) == ["2023-05-01"]
    assert set(df.iloc[0]["attendees"].split(" | ")) == {"سيرغي شويغو", "بشار الأسد", "Sergey Lavrov"}
    assert len(Q.query(source, "meetings-between-dates", start="2023-01-01", end="2023-12-31")) == 2


def test_free_sparql_and_count_types(source):
    df = Q.query(source, "PREFIX schema: <https://schema.org/> "
                         "SELECT (COUNT(?m) AS ?n) WHERE { ?m a schema:Event }")
    assert df.iloc[0]["n"] == 3


def test_parameters_are_escaped_not_injected():
    text = Q.bind("SELECT ?x WHERE { ?x ?p ?name }", name='x" } ; DROP ALL ; #')
    assert 'VALUES (?name) { ("x\\" } ; DROP ALL ; #") }' in text
    with pytest.raises(ValueError):
        Q.bind("SELECT ?x WHERE { ?x ?p ?o }", **{"bad name": 1})


def test_not_a_query_is_an_error():
    with pytest.raises(ValueError, match="named query"):
        Q.load_query("meetings-of-nobody")


def test_cli_query_named_with_param_prints_a_table(tmp_path, capsys):
    from kg.cli import main

    path = rdf.write(corpus(), tmp_path / "g.ttl")
    argv = ["query", str(path), "--named", "meetings-of-person", "--param", "name=lavrov", "--as", "csv"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("meeting,date,place,person,personName")
    assert len(out.strip().splitlines()) == 3  # header + m2 + m3
    assert main(["query", str(path), "SELECT ?x WHERE { ?x a <https://schema.org/Quotation> }"]) == 0
    assert "statement/s1" in capsys.readouterr().out
    assert main(["query", "--list"]) == 0
    assert "who-met-whom" in capsys.readouterr().out
    assert main(["query", str(path), "SELECT nonsense"]) == 2
    assert main(["query", str(tmp_path / "missing.ttl"), "--named", "who-met-whom"]) == 2
