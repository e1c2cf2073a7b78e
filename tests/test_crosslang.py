"""Cross-language identity: one person named in Arabic and in English (kg.crosslang)."""

from __future__ import annotations

import networkx as nx
import pytest

from kg import model
from kg.crosslang import link_people, load_aliases, merged_view, same_person, skeleton, unlink
from kg.graph import to_graph
from kg.pipeline import extract


@pytest.mark.parametrize(
    ("en", "ar"),
    [
        ("Sergei Shoigu", "سيرغي شويغو"),
        ("Vladimir Putin", "فلاديمير بوتين"),
        ("Bashar al-Assad", "بشار الأسد"),
        ("Sergey Lavrov", "سيرغي لافروف"),
        ("Tony Blair", "توني بلير"),
        ("Donald Trump", "دونالد ترامب"),
        ("Shoigu", "شويغو"),
    ],
)
def test_transliterations_meet(en, ar):
    assert same_person(en, ar), (skeleton(en), skeleton(ar))


@pytest.mark.parametrize(
    ("en", "ar"),
    [
        ("Sergei Lavrov", "سيرغي شويغو"),
        ("Vladimir Putin", "فلاديمير زيلينسكي"),
        ("Tony Blair", "غوردون براون"),
    ],
)
def test_different_people_stay_apart(en, ar):
    assert not same_person(en, ar)


def test_same_script_is_not_a_cross_language_match():
    assert not same_person("Sergei Shoigu", "Sergei Shoigu")


def test_alias_table_decides_where_letters_cannot(tmp_path):
    csv_file = tmp_path / "aliases.csv"
    csv_file.write_text("ar,en\nخادم الحرمين الشريفين,King Salman\n", encoding="utf-8")
    toml_file = tmp_path / "aliases.toml"
    toml_file.write_text('[[pair]]\nar = "خادم الحرمين الشريفين"\nen = "King Salman"\n', encoding="utf-8")
    for f in (csv_file, toml_file):
        pairs = load_aliases(f)
        assert same_person("King Salman", "خادم الحرمين الشريفين", pairs)
    assert not same_person("King Salman", "خادم الحرمين الشريفين")


def _two_language_graph() -> nx.MultiDiGraph:
    ar = extract("التقى وزير الدفاع الروسي سيرغي شويغو الرئيس السوري بشار الأسد في دمشق أمس.", lang="ar")
    en = extract(
        "Russian Defence Minister Sergei Shoigu met Syrian President Bashar al-Assad in Damascus.\n",
        lang="en",
    )
    return to_graph([ar, en])


def test_build_links_people_named_in_both_languages():
    G = _two_language_graph()
    links = [(u, v) for u, v, k in G.edges(keys=True) if k == model.SAME_AS]
    labels = {frozenset((G.nodes[u]["label"], G.nodes[v]["label"])) for u, v in links}
    assert frozenset(("سيرغي شويغو", "Sergei Shoigu")) in labels
    assert frozenset(("بشار الأسد", "Bashar al-Assad")) in labels
    # each node now carries the other language's name, tagged
    u, v = links[0]
    langs = {lang for _, lang in G.nodes[u]["names"]}
    assert langs == {"ar", "en"}


def test_unlink_takes_the_merge_back_exactly():
    G = _two_language_graph()
    before = {n: list(d.get("names", [])) for n, d in G.nodes(data=True)}
    u, v = next((u, v) for u, v, k in G.edges(keys=True) if k == model.SAME_AS)
    unlink(G, u, v)
    assert not G.has_edge(u, v, key=model.SAME_AS)
    assert len(G.nodes[u]["names"]) < len(before[u])
    assert {lang for _, lang in G.nodes[u]["names"]} == {G.nodes[u]["lang"]}
    assert link_people(G)  # and it can be linked again


def test_merged_view_has_one_node_per_person():
    G = _two_language_graph()
    H = merged_view(G)
    people = [n for n, d in H.nodes(data=True) if d["type"] == model.PERSON]
    assert len(people) == len([n for n, d in G.nodes(data=True) if d["type"] == model.PERSON]) - 2
    # the English meeting's attendees now point at the merged nodes
    meetings = [n for n, d in H.nodes(data=True) if d["type"] == model.MEETING]
    assert all(
        len({v for _, v, k in H.out_edges(m, keys=True) if k == model.ATTENDEE}) >= 2 for m in meetings
    )


def test_same_as_is_owl_same_as_in_rdf():
    from rdflib import OWL

    from kg.rdf import to_rdf

    g = to_rdf(_two_language_graph())
    assert any(True for _ in g.triples((None, OWL.sameAs, None)))
