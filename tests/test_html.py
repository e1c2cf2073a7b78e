"""kg.html without a browser: a self-contained page, hostile text kept as text, views with the right nodes.
"""

from __future__ import annotations

import json
import random
import re
import sys
import types
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg import html as H
from kg import model as M

ART = "article:a1"
HOSTILE = ["<img src=x onerror=alert(1)>", "</script><script>alert(1)</script>",
           "<!-- <script>window.kgPwned=1</script>", "a href=\"javascript:alert(1)\" \u2028 line sep"]


def _entity(G, node, kind, name, *, names=(), titles=(), subtype=None, lang="ar"):
    G.add_node(node, type=kind, label=name, name=name, lang=lang,
               names=[(name, lang)] + [(n, "ar" if re.search("[\u0600-\u06ff]", n) else "en") for n in names],
               titles=[(t, lang) for t in titles], evidence=[(ART, 0, 1)],
               **({"subtype": subtype} if kind != M.PERSON else {}))
    G.add_edge(node, ART, key=M.MENTIONED_IN, evidence=[(ART, 0, 1)])


def hand_graph() -> nx.MultiDiGraph:
    """The sample article's graph, built by hand following kg.model, plus an older and an undated meeting."""
    G = nx.MultiDiGraph()
    G.add_node(ART, type=M.ARTICLE, label="روسيا ليست راضية .. رسالة بوتين التي نقلها شويغو للأسد",
               headline="روسيا ليست راضية .. رسالة بوتين التي نقلها شويغو للأسد",
               publisher="مدونة هادي العبد الله", published="2020-03-25", lang="ar", url=None,
               source="000_f5fa795d6703bea2.txt", sha1="0" * 40)
    people = {
        "person:shoigu": ("سيرغي شويغو", ["شويغو", "Sergei Shoigu"], ["وزير الدفاع الروسي"]),
        "person:assad": ("بشار الأسد", ["الأسد", "Bashar al-Assad"], ["رأس النظام"]),
        "person:putin": ("فلاديمير بوتين", ["Vladimir Putin"], ["الرئيس الروسي"]),
        "person:ayyoub": ("علي عبد الله أيوب", [], ["وزير دفاع النظام", "العماد"]),
        "person:mamlouk": ("علي مملوك", [], ["رئيس مكتب الأمن الوطني في النظام"]),
        "person:sousan": ("أيمن سوسان", [], ["معاون وزير الخارجية والمغتربين"]),
        "person:vershinin": ("سيرغي فيرشينن", [], ["نائب وزير الخارجية الروسي"]),
        "person:yefimov": ("ألكسندر إيفيموف", [], ["السفير الروسي في سوريا"]),
    }
    for node, (name, names, titles) in people.items():
        _entity(G, node, M.PERSON, name, names=names, titles=titles)
    _entity(G, "org:mod", M.ORGANIZATION, "وزارة الدفاع الروسية", subtype="GovernmentOrganization")
    _entity(G, "org:presidency", M.ORGANIZATION, "رئاسة النظام", subtype="GovernmentOrganization")
    _entity(G, "org:isis", M.ORGANIZATION, "داعش")
    _entity(G, "org:nusra", M.ORGANIZATION, "جبهة النصرة")
    for node, name, sub in (("place:damascus", "دمشق", "City"), ("place:idlib", "إدلب", None),
                            ("place:euphrates", "شرق الفرات", None), ("place:mideast", "الشرق الأوسط", None),
                            ("place:moscow", "موسكو", "City")):
        _entity(G, node, M.PLACE, name, subtype=sub)
    for node, name in (("topic:terror", "الحرب على الإرهاب"), ("topic:refugees", "عودة اللاجئين"),
                       ("topic:idlib", "الأوضاع في إدلب وشرق الفرات")):
        G.add_node(node, type=M.TOPIC, label=name, name=name, lang="ar")

    G.add_node("meeting:m1", type=M.MEETING, label="لقاء دمشق", date="2020-03-24",
               date_text="يوم أمس الثلاثاء",
               mode="in_person", status="held", trigger="بحث", evidence=[(ART, 300, 420)])
    G.add_edge("meeting:m1", "place:damascus", key=M.LOCATION, evidence=[(ART, 200, 204)])
    for p in people:
        if p != "person:putin":
            role = "guest" if p == "person:shoigu" else ("host" if p == "person:assad" else "attendee")
            G.add_edge("meeting:m1", p, key=M.ATTENDEE, role=role, evidence=[(ART, 300, 420)])
    for t in ("topic:terror", "topic:refugees", "topic:idlib"):
        G.add_edge("meeting:m1", t, key=M.ABOUT, evidence=[(ART, 300, 420)])
    G.add_edge("meeting:m1", ART, key=M.SOURCE, evidence=[(ART, 300, 420)])

    # an older meeting in Moscow and an undated phone call
    G.add_node("meeting:m0", type=M.MEETING, label="لقاء موسكو", date="2019-09-16", date_text=None,
               mode="in_person", status="held", trigger="التقى", evidence=[(ART, 10, 20)])
    G.add_edge("meeting:m0", "place:moscow", key=M.LOCATION, evidence=[(ART, 10, 20)])
    for p in ("person:shoigu", "person:assad", "person:vershinin"):
        G.add_edge("meeting:m0", p, key=M.ATTENDEE, role="attendee", evidence=[(ART, 10, 20)])
    G.add_edge("meeting:m0", ART, key=M.SOURCE, evidence=[(ART, 10, 20)])
    G.add_node("meeting:call", type=M.MEETING, label="اتصال هاتفي", date=None, date_text=None,
               mode="phone", status="held", trigger="اتصل", evidence=[(ART, 30, 40)])
    for p in ("person:putin", "person:assad"):
        G.add_edge("meeting:call", p, key=M.ATTENDEE, role="attendee", evidence=[(ART, 30, 40)])
    G.add_edge("meeting:call", ART, key=M.SOURCE, evidence=[(ART, 30, 40)])

    quotes = [
        ("statement:s1", "بلا شك تم في سوريا بدعم روسي تحقيق نجاحات ملموسة في محاربة الإرهاب الدولي",
         "person:shoigu", "قوله", "بحسب قوله", "org:mod"),
        ("statement:s2", "الدول الغربية تسعى إلى التقليل بأكبر درجة ممكنة من أي تغييرات إيجابية في سوريا",
         "person:shoigu", "معتبراً", "بحسب وصفه", "org:mod"),
        ("statement:s3", "العمل السوري الروسي المشترك والتنسيق العالي في جميع المجالات",
         "person:assad", "قوله", "وفق ادعائه", "org:presidency"),
    ]
    for node, text, who, verb, hedge, via in quotes:
        G.add_node(node, type=M.STATEMENT, label=text, text=text, verb=verb, hedge=hedge, kind="direct",
                   sentence=f"ونقل البيان عن المتحدث قوله: “{text}”، {hedge}.", evidence=[(ART, 500, 560)])
        G.add_edge(node, who, key=M.CREATOR, evidence=[(ART, 480, 490)])
        G.add_edge(node, via, key=M.VIA, evidence=[(ART, 470, 480)])
        G.add_edge(node, "meeting:m1", key=M.DURING, evidence=[(ART, 500, 560)])
        G.add_edge(node, ART, key=M.SOURCE, evidence=[(ART, 500, 560)])

    G.add_node("message:msg1", type=M.MESSAGE, label="رسالة من بوتين", text="رسالة من الرئيس الروسي",
               evidence=[(ART, 150, 200)])
    for rel, who in ((M.SENDER, "person:putin"), (M.CARRIER, "person:shoigu"), (M.RECIPIENT, "person:assad")):
        G.add_edge("message:msg1", who, key=rel, evidence=[(ART, 150, 200)])
    G.add_edge("message:msg1", "meeting:m1", key=M.DURING, evidence=[(ART, 150, 200)])
    G.add_edge("message:msg1", ART, key=M.SOURCE, evidence=[(ART, 150, 200)])
    return G


def hostile_graph() -> nx.MultiDiGraph:
    """The sample plus statements, names and a headline made of markup that must stay text."""
    G = hand_graph()
    for i, text in enumerate(HOSTILE):
        node = f"statement:evil{i}"
        G.add_node(node, type=M.STATEMENT, label=text, text=text, verb=text, hedge=None, kind="direct",
                   sentence=f"قال: {text}", evidence=[(ART, 1, 2)])
        G.add_edge(node, "person:assad", key=M.CREATOR, evidence=[(ART, 1, 2)])
        G.add_edge(node, ART, key=M.SOURCE, evidence=[(ART, 1, 2)])
    _entity(G, "person:evil", M.PERSON, '<img src=x onerror="window.kgPwned=1">',
            titles=['<a href="javascript:window.kgPwned=1">x</a>'])
    G.add_edge("meeting:m1", "person:evil", key=M.ATTENDEE, role="attendee", evidence=[(ART, 1, 2)])
    G.nodes[ART]["headline"] = "</title><script>window.kgPwned=1</script>"
    return G


def big_graph(n: int = 5000, *, seed: int = 7) -> nx.MultiDiGraph:
    """A generated news graph of about ``n`` nodes shaped like the pipeline's (hubs, meetings, quotes)."""
    rng = random.Random(seed)
    G = nx.MultiDiGraph()
    counts = {M.ARTICLE: max(1, n // 50), M.PERSON: int(n * 0.33), M.ORGANIZATION: int(n * 0.08),
              M.PLACE: int(n * 0.05), M.TOPIC: int(n * 0.04), M.MEETING: int(n * 0.2)}
    counts[M.STATEMENT] = n - sum(counts.values())
    ids: dict[str, list[str]] = {}
    for kind, k in counts.items():
        ids[kind] = [f"{M.PREFIX[kind]}:{i}" for i in range(k)]
        for i, node in enumerate(ids[kind]):
            label = f"{kind} {i}" if i % 3 else f"اسم {i} {kind}"
            G.add_node(node, type=kind, label=label, name=label, names=[(label, "ar")], date=None)
    weights = [1.0 / (i + 1) ** 0.7 for i in range(len(ids[M.PERSON]))]
    for node in ids[M.PERSON] + ids[M.ORGANIZATION] + ids[M.PLACE]:
        G.add_edge(node, rng.choice(ids[M.ARTICLE]), key=M.MENTIONED_IN)
    for m in ids[M.MEETING]:
        G.nodes[m]["date"] = f"20{rng.randint(10, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        for p in set(rng.choices(ids[M.PERSON], weights=weights, k=rng.randint(2, 4))):
            G.add_edge(m, p, key=M.ATTENDEE, role="attendee")
        G.add_edge(m, rng.choice(ids[M.PLACE]), key=M.LOCATION)
        for t in rng.sample(ids[M.TOPIC], rng.randint(0, 2)):
            G.add_edge(m, t, key=M.ABOUT)
        G.add_edge(m, rng.choice(ids[M.ARTICLE]), key=M.SOURCE)
    for s in ids[M.STATEMENT]:
        G.nodes[s].update(text=G.nodes[s]["label"], verb="قال", hedge=None, kind="direct")
        G.add_edge(s, rng.choices(ids[M.PERSON], weights=weights)[0], key=M.CREATOR)
        if rng.random() < 0.5:
            G.add_edge(s, rng.choice(ids[M.MEETING]), key=M.DURING)
        G.add_edge(s, rng.choice(ids[M.ARTICLE]), key=M.SOURCE)
    return G


def page_data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert m, "no data block"
    return json.loads(m.group(1))


# ---------------------------------------------------------------------------- self-contained page


@pytest.fixture(scope="module")
def sample_page() -> str:
    return H.to_html(hand_graph(), title="sample")


def test_page_loads_nothing_from_the_network(sample_page):
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", sample_page, re.I)
    assert not re.search(r"""<link\b""", sample_page, re.I)
    assert not re.search(r"""@import|url\(\s*["']?(https?:)?//""", sample_page, re.I)
    assert "cdn.jsdelivr" not in sample_page and "cdnjs" not in sample_page
    assert "default-src 'none'" in sample_page  # and the browser is told to refuse any load
    assert sample_page.count("<script") == 3  # data, vis-network, kg view: all inline
    assert "vis.Network" in sample_page


def test_heading_once_and_escaped():
    page = H.to_html(hand_graph(), title="<script>alert(1)</script> لقاء")
    assert "<script>alert(1)</script>" not in page
    assert page.count("<h1") == 1
    assert "&lt;script&gt;alert(1)&lt;/script&gt; لقاء" in page


def test_legend_lists_each_type_present_with_its_colour(sample_page):
    legend = re.search(r'<div id="kg-legend".*?</div>', sample_page, re.S).group(0)
    for kind in M.NODE_TYPES:
        assert f'data-kg-type="{kind}"' in legend
        assert H.STYLE[kind]["color"] in legend
    assert 'id="kg-search"' in sample_page


def test_nodes_styled_by_type_sized_by_degree_edges_labelled(sample_page):
    data = page_data(sample_page)
    by_id = {n["id"]: n for n in data["nodes"]}
    assert len(by_id) == hand_graph().number_of_nodes()
    assert by_id["person:assad"]["shape"] == H.STYLE[M.PERSON]["shape"]
    assert by_id["meeting:m1"]["color"] == H.STYLE[M.MEETING]["color"]
    assert by_id["person:assad"]["size"] > by_id["person:yefimov"]["size"]
    assert by_id["person:assad"]["label"] == "\u2068بشار الأسد\u2069"  # isolated for right-to-left
    assert {e["label"] for e in data["edges"]} >= {M.ATTENDEE, M.CREATOR, M.SOURCE, M.LOCATION}
    assert all("x" in n and "y" in n for n in data["nodes"])
    assert data["options"]["physics"]["enabled"]  # small graph: the browser may refine


# ---------------------------------------------------------------------------- hostile text


def test_hostile_text_never_reaches_the_page_as_markup():
    page = H.to_html(hostile_graph(), title="x")
    body = page.split('id="kg-data">', 1)[1].split("</script>", 1)[0]
    for bad in ("<img", "<script", "</script", "<!--", "<a ", "\u2028"):
        assert bad not in body
    assert "onerror" in body  # the text is there, as inert JSON
    data = page_data(page)
    texts = {n["kgTip"]["rows"][0][1] for n in data["nodes"] if n["id"].startswith("statement:evil")}
    assert texts == set(HOSTILE)
    # outside the data block, the only scripts are ours
    assert page.count("<script") == 3
    assert "kgPwned" not in page.replace(body, "")
    # no tooltip is HTML: vis-network shows string titles with innerText; ours are built with textContent
    assert all("title" not in n for n in data["nodes"])
    js = (Path(H.__file__).parent / "static" / "view.js").read_text()
    assert "innerHTML" not in js and "insertAdjacentHTML" not in js and "outerHTML" not in js


def test_script_json_escapes_what_ends_a_script():
    text = H._script_json({"a": "</script><!--\u2028\u2029&"})
    assert "<" not in text and ">" not in text and "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == {"a": "</script><!--\u2028\u2029&"}


# ---------------------------------------------------------------------------- tooltips


def tip(page_or_data, node):
    data = page_data(page_or_data) if isinstance(page_or_data, str) else page_or_data
    t = next(n["kgTip"] for n in data["nodes"] if n["id"] == node)
    return {k: v for k, v in t["rows"]}


def test_tooltips_answer_the_next_question(sample_page):
    data = page_data(sample_page)
    shoigu = tip(data, "person:shoigu")
    assert shoigu["Titles"] == ["وزير الدفاع الروسي"]
    assert any("2020-03-24" in m and "دمشق" in m and "بشار الأسد" in m for m in shoigu["Meetings attended"])
    assert len(shoigu["Meetings attended"]) == 2
    meeting = tip(data, "meeting:m1")
    assert meeting["Date"] == "2020-03-24" and meeting["Place"] == "دمشق"
    assert len(meeting["Attendees"]) == 7 and "بشار الأسد (host)" in meeting["Attendees"]
    assert "فلاديمير بوتين" not in " ".join(meeting["Attendees"])
    assert "عودة اللاجئين" in meeting["Topics"]
    s = tip(data, "statement:s3")
    assert s["Speaker"] == "بشار الأسد" and s["Reporting verb"] == "قوله" and s["Hedge"] == "وفق ادعائه"
    assert s["Reported via"] == ["رئاسة النظام"]
    assert "مدونة هادي العبد الله" in s["Source"][0]
    assert s["Text"] in s["Sentence"]
    msg = tip(data, "message:msg1")
    assert msg["From"] == "فلاديمير بوتين" and msg["Carried by"] == "سيرغي شويغو"


# ---------------------------------------------------------------------------- views


def test_fold_matches_spellings():
    assert H.fold("الأسد") == H.fold("الاسد") == H.fold("الإسد") == H.fold("ألاسد".replace("أ", "ا"))
    assert H.fold("مكتبة") == H.fold("مكتبه")
    assert H.fold("مصطفى") == H.fold("مصطفي")
    assert H.fold("شـويـغو") == H.fold("شويغو")
    assert H.fold("بَشّار") == H.fold("بشار")
    assert H.fold("  Sergei   SHOIGU ") == "sergei shoigu"


@pytest.mark.parametrize("name", ["بشار الأسد", "بشار الاسد", "الأسد", "أسد", "Bashar al-Assad",
                                  "bashar AL-assad", "assad"])
def test_focus_finds_a_person_by_any_spelling(name):
    assert H.find_nodes(hand_graph(), name) == ["person:assad"]


def test_focus_unknown_name_says_what_is_close():
    with pytest.raises(ValueError, match="شويغو"):
        H.view_graph(hand_graph(), focus="شويقو")


def test_focus_neighbourhood_depth():
    G = hand_graph()
    one = set(H.view_graph(G, focus="سيرغي شويغو", depth=1))
    assert one == {"person:shoigu", "meeting:m1", "meeting:m0", "statement:s1", "statement:s2",
                   "message:msg1", ART}
    two = set(H.view_graph(G, focus="شويغو", depth=2))
    assert {"person:yefimov", "place:damascus", "org:mod", "person:putin", "topic:refugees"} <= two
    # the article is reached but not crossed: Nusra is only mentioned in it
    assert "org:nusra" not in two
    assert "meeting:call" not in two  # Putin's phone call is three steps away
    assert "meeting:call" in set(H.view_graph(G, focus="شويغو", depth=3))


def test_meetings_only_weights_shared_meetings():
    V = H.view_graph(hand_graph(), meetings_only=True)
    assert {d["type"] for _, d in V.nodes(data=True)} == {M.PERSON}
    assert V["person:shoigu"]["person:assad"]["weight"] == 2
    assert V["person:shoigu"]["person:yefimov"]["weight"] == 1
    assert V["person:putin"]["person:assad"]["weight"] == 1
    assert not V.has_edge("person:putin", "person:shoigu")  # he sent a message, he did not attend
    focus = H.view_graph(hand_graph(), meetings_only=True, focus="Vladimir Putin", depth=1)
    assert set(focus) == {"person:putin", "person:assad"}
    data = page_data(H.to_html(hand_graph(), meetings_only=True))
    assert "2 meetings" in {e["label"] for e in data["edges"]}


def test_date_range_keeps_meetings_in_range_and_what_hangs_on_them():
    G = hand_graph()
    V = H.view_graph(G, since="2020-01-01", until="2020-12-31")
    assert "meeting:m1" in V and "meeting:m0" not in V and "meeting:call" not in V
    assert {"statement:s1", "statement:s3", "message:msg1", "place:damascus", "person:yefimov"} <= set(V)
    assert "place:moscow" not in V
    old = H.view_graph(G, until="2019-12-31")
    assert set(old) == {"meeting:m0", "place:moscow", "person:shoigu", "person:assad",
                        "person:vershinin", ART}
    assert H.view_graph(G, since="2030-01-01").number_of_nodes() == 0
    with pytest.raises(ValueError, match="is in the graph but has no meeting from 2021-01-01"):
        H.view_graph(G, since="2021-01-01", focus="الأسد")
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        H.view_graph(G, since="March")
    with pytest.raises(ValueError, match="after"):
        H.view_graph(G, since="2021-01-01", until="2020-01-01")


def test_view_graph_leaves_the_input_alone():
    G = hand_graph()
    before = (G.number_of_nodes(), G.number_of_edges())
    V = H.view_graph(G, focus="الأسد", depth=1, max_nodes=3)
    V.add_node("new")
    assert (G.number_of_nodes(), G.number_of_edges()) == before


def test_max_nodes_keeps_the_best_connected_and_says_so():
    G = big_graph(1500)
    V = H.view_graph(G, max_nodes=300)
    assert V.number_of_nodes() == 300
    top = sorted(G.degree(), key=lambda nd: -nd[1])[0][0]
    assert top in V
    info = V.graph["kg_view"]
    assert info["omitted_nodes"] == 1200 and info["total_nodes"] == 1500
    page = H.to_html(G, max_nodes=300)
    notice = re.search(r'<p id="kg-notice"[^>]*>(.*?)</p>', page, re.S).group(1)
    assert "1,200 nodes" in notice and "--focus" in notice and "--since" in notice
    assert len(page_data(page)["nodes"]) == 300
    assert '<p id="kg-notice" role="status" hidden>' in H.to_html(hand_graph())


def test_big_graph_has_positions_and_no_physics():
    data = page_data(H.to_html(big_graph(1000)))
    assert not data["options"]["physics"]["enabled"]
    xs = {(n["x"], n["y"]) for n in data["nodes"]}
    assert len(xs) > 990  # nodes are spread out, not piled on one point


def test_empty_view_says_how_to_widen():
    page = H.to_html(hand_graph(), since="2030-01-01")
    assert "Nothing to show" in page
    assert page_data(page)["nodes"] == []


def test_written_atomically(tmp_path):
    out = tmp_path / "sub" / "view.html"
    page = H.to_html(hand_graph(), out, title="t")
    assert out.read_text(encoding="utf-8") == page
    assert [p.name for p in out.parent.iterdir()] == ["view.html"]  # no temp file left behind


# ---------------------------------------------------------------------------- kg view


@pytest.fixture
def fake_rdf(monkeypatch):
    """kg.rdf.read (written on another branch) stood in for by one that returns the sample graph."""
    stub = types.ModuleType("kg.rdf")
    stub.read = lambda path: hand_graph()
    monkeypatch.setitem(sys.modules, "kg.rdf", stub)


def run_view(argv):
    import argparse

    from kg.cli_view import add_view_command

    parser = argparse.ArgumentParser(prog="kg")
    add_view_command(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return args.func(args)


def test_kg_view_writes_the_page(tmp_path, fake_rdf, capsys):
    ttl = tmp_path / "graph.ttl"
    ttl.write_text("# turtle\n")
    out = tmp_path / "view.html"
    assert run_view(["view", str(ttl), "--out", str(out), "--focus", "شويغو", "--depth", "1",
                     "--since", "2020-01-01", "--max-nodes", "50"]) == 0
    data = page_data(out.read_text(encoding="utf-8"))
    assert "person:shoigu" in {n["id"] for n in data["nodes"]}
    assert "meeting:m0" not in {n["id"] for n in data["nodes"]}  # 2019: before --since
    assert "wrote" in capsys.readouterr().out


def test_kg_view_errors_are_one_line_messages(tmp_path, fake_rdf, capsys):
    ttl = tmp_path / "graph.ttl"
    ttl.write_text("# turtle\n")
    assert run_view(["view", str(tmp_path / "missing.ttl"), "--out", str(tmp_path / "v.html")]) == 1
    assert "no such file" in capsys.readouterr().err
    assert run_view(["view", str(ttl), "--out", str(tmp_path / "v.html"), "--focus", "Nobody"]) == 2
    assert "no person" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        run_view(["view", str(ttl), "--out", "v.html", "--since", "yesterday"])
    assert "YYYY-MM-DD" in capsys.readouterr().err


# ---------------------------------------------------------------------------- the real sample


def test_sample_article_view(sample_graph):
    """The bundled article's graph as the pipeline builds it (conftest's ``sample_graph``)."""
    data = page_data(H.to_html(sample_graph, title="sample"))
    assert len(data["nodes"]) == sample_graph.number_of_nodes()
    meeting = next(n for n, d in sample_graph.nodes(data=True) if d["type"] == M.MEETING)
    t = tip(data, meeting)
    assert t["Date"] == "2020-03-24" and t["Place"] == "دمشق"
    assert len(t["Attendees"]) == 7
    assert not any("بوتين" in a for a in t["Attendees"])
    shoigu = H.find_nodes(sample_graph, "شويغو")
    assert len(shoigu) == 1
    assert "وزير الدفاع الروسي" in tip(data, shoigu[0])["Titles"]
    assad = H.find_nodes(sample_graph, "الأسد")
    assert set(H.view_graph(sample_graph, focus="الأسد", depth=1)) >= {meeting, *assad}


# ---------------------------------------------------------------------------- layout and properties


def test_layout_is_deterministic_spread_and_fast():
    import time

    from kg.layout import spring_positions

    G = big_graph(5000)
    start = time.perf_counter()
    pos = spring_positions(G)
    took = time.perf_counter() - start
    assert pos == spring_positions(G)
    assert set(pos) == set(G)
    assert len(set(pos.values())) == len(pos)
    assert took < 20, f"layout of 5,000 nodes took {took:.1f} s"  # networkx's spring_layout: ~50 s


@given(st.text())
@settings(max_examples=200, deadline=None)
def test_fold_is_idempotent(text):
    assert H.fold(H.fold(text)) == H.fold(text)


_PIECES = st.sampled_from(["</script", "<!--", "\u2028", "\u2029", "&", "<img src=x>"])


@given(st.lists(st.text(alphabet=st.characters(codec="utf-8")) | _PIECES).map("".join))
@settings(max_examples=200, deadline=None)
def test_script_json_never_holds_markup(text):
    out = H._script_json({"t": text, "rows": [[text, [text]]]})
    assert "<" not in out and ">" not in out and "\u2028" not in out and "\u2029" not in out
    assert json.loads(out)["t"] == text


def test_focus_on_someone_outside_the_view_says_why():
    G = hand_graph()
    _entity(G, "person:blair", M.PERSON, "Tony Blair", lang="en")
    with pytest.raises(ValueError, match="in the graph but attended no meeting"):
        H.view_graph(G, meetings_only=True, focus="blair")
