"""The bundled sample article, end to end: what its graph must hold (issue 2)."""

import datetime as dt

from kg import model
from kg.normalize import fold


def by_type(G, t):
    return {n: d for n, d in G.nodes(data=True) if d["type"] == t}


def label(G, n):
    return G.nodes[n]["label"]


def out(G, n, rel):
    return [v for _, v, k in G.out_edges(n, keys=True) if k == rel]


def test_one_meeting_in_damascus_with_seven_attendees_and_not_putin(sample_graph):
    G = sample_graph
    meetings = by_type(G, model.MEETING)
    assert len(meetings) == 1
    (mid,) = meetings
    attendees = {label(G, a) for a in out(G, mid, model.ATTENDEE)}
    assert attendees == {
        "سيرغي شويغو",
        "بشار الأسد",
        "علي عبد الله أيوب",
        "علي مملوك",
        "أيمن سوسان",
        "سيرغي فيرشينن",
        "ألكسندر إيفيموف",
    }
    assert [label(G, p) for p in out(G, mid, model.LOCATION)] == ["دمشق"]
    assert G.nodes[mid]["date"] == "2020-03-24"
    assert G.nodes[mid]["date_text"] == "يوم أمس الثلاثاء"
    assert G.nodes[mid]["status"] == "held" and G.nodes[mid]["mode"] == "in_person"


def test_the_message_putin_sent_and_shoigu_carried(sample_graph):
    G = sample_graph
    (msg,) = by_type(G, model.MESSAGE)
    assert [label(G, n) for n in out(G, msg, model.SENDER)] == ["فلاديمير بوتين"]
    assert [label(G, n) for n in out(G, msg, model.CARRIER)] == ["سيرغي شويغو"]
    assert [label(G, n) for n in out(G, msg, model.RECIPIENT)] == ["بشار الأسد"]


def test_each_person_once_with_the_title_the_article_gives(sample_graph):
    people = by_type(sample_graph, model.PERSON)
    labels = sorted(d["label"] for d in people.values())
    assert len(labels) == len(set(labels)) == 8
    shoigu = next(d for d in people.values() if d["label"] == "سيرغي شويغو")
    assert ("وزير الدفاع الروسي", "ar") in shoigu["titles"]
    assert ("شويغو", "ar") in shoigu["names"]


def test_the_russian_minister_is_shoigu(sample_extraction):
    ex = sample_extraction
    shoigu = next(e for e in ex.entities if e.name == "سيرغي شويغو")
    text = ex.article.text
    assert any(text[s:e] == "الوزير الروسي" for s, e in shoigu.spans)


def test_five_quotations_with_their_speakers(sample_extraction):
    ex = sample_extraction
    names = {e.key: e.name for e in ex.entities}
    got = [(names[s.speaker], fold(s.text)[:20]) for s in ex.statements if s.speaker.startswith("Person")]
    assert (names[ex.statements[0].speaker], ex.statements[0].verb) == ("سيرغي شويغو", "قوله")
    assert [g[0] for g in got] == ["سيرغي شويغو"] * 3 + ["بشار الأسد"] * 2
    last = next(s for s in ex.statements if s.text.startswith("كان هناك توافق"))
    assert names[last.speaker] == "بشار الأسد"  # named after the quote: بحسب ما قاله “الأسد”
    hedged = next(s for s in ex.statements if s.text.startswith("العمل السوري"))
    assert hedged.hedge == "وفق ادعائه"
    assert names[hedged.via] == "رئاسة النظام"


def test_quotes_point_at_the_original_characters(sample_extraction):
    ex = sample_extraction
    for s in ex.statements:
        assert ex.article.text[s.span[0] : s.span[1]] == s.text
    assert any("محـ.اربة الإرهـ.اب" in s.text for s in ex.statements)  # as written, obfuscation and all


def test_article_metadata_and_chrome(sample_graph):
    (art,) = by_type(sample_graph, model.ARTICLE).values()
    assert art["headline"] == "روسيا ليست راضية .. رسالة بوتين التي نقلها شويغو للأسد"
    assert art["publisher"] == "مدونة هادي العبد الله"
    labels = {d["label"] for d in sample_graph.nodes.values()}
    assert not any("تخطى" in lab for lab in labels)


def test_topics_are_repaired_words(sample_graph):
    topics = {d["label"] for d in by_type(sample_graph, model.TOPIC).values()}
    assert {"الإرهاب", "الأمن", "المساعدة الإنسانية"} <= topics


def test_every_edge_carries_evidence_inside_the_text(sample_graph):
    G = sample_graph
    ((aid, art),) = by_type(G, model.ARTICLE).items()
    from kg.ingest import read

    text = read()[0][0].text
    assert art["sha1"]
    for u, v, k, d in G.edges(keys=True, data=True):
        assert d["evidence"], (u, v, k)
        for a, s, e in d["evidence"]:
            assert a == aid and 0 <= s < e <= len(text)


def test_without_a_publication_date_the_date_stays_open():
    from kg.pipeline import build

    G = build()
    (m,) = by_type(G, model.MEETING).values()
    assert m["date"] is None and m["date_text"] == "يوم أمس الثلاثاء"


def test_same_input_same_graph():
    from kg.pipeline import build

    a, b = build(published=dt.date(2020, 3, 25)), build(published=dt.date(2020, 3, 25))
    assert sorted(a.nodes) == sorted(b.nodes)
    assert sorted(a.edges(keys=True)) == sorted(b.edges(keys=True))


def test_the_committed_sample_turtle_answers_sparql_and_is_current():
    """graphs/sample/graph.ttl (written by the README's first command) read back and queried."""
    from pathlib import Path

    import rdflib
    from rdflib.compare import isomorphic

    from kg import rdf
    from kg.pipeline import build

    path = Path(__file__).resolve().parents[1] / "graphs" / "sample" / "graph.ttl"
    g = rdflib.Graph().parse(path, format="turtle")
    rows = g.query(
        """PREFIX schema: <https://schema.org/>
           SELECT ?meeting ?name
           WHERE { ?meeting a schema:Event ; schema:attendee ?p . ?p schema:name ?name }"""
    )
    assert len({r.meeting for r in rows}) == 1
    assert {str(r.name) for r in rows} >= {"سيرغي شويغو", "بشار الأسد", "ألكسندر إيفيموف"}
    assert len({r.name for r in rows}) == 7
    # regenerate with `kg build --out graphs/sample` when the extraction changes
    assert isomorphic(g, rdf.to_rdf(build()))
