"""kg.store: the on-disk pyoxigraph store, one named graph per article, and push over HTTP."""

from __future__ import annotations

import http.server
import threading
import urllib.parse

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from rdf_graphs import assert_valid, hand_graph, model_graphs
from rdflib import Literal, URIRef
from rdflib.compare import isomorphic

from kg import rdf
from kg.store import Store, article_subgraph
from kg.vocab import KGID_NS, SDO

ART = KGID_NS + "article/abc"


def test_add_is_idempotent_and_persists(tmp_path):
    G = hand_graph()
    s = Store(tmp_path / "db")
    assert s.add_article_graph("article:abc", G) is True
    n = len(s)
    assert n == len(set(rdf.to_triples(G)))
    assert s.add_article_graph("article:abc", rdf.to_rdf(G)) is False  # the same triples as rdflib Graph
    assert len(s) == n
    s.flush()
    del s
    again = Store(tmp_path / "db")  # reopened from disk
    assert again.articles() == [ART]
    assert isomorphic(again.to_rdf(), rdf.to_rdf(G))


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(model_graphs())
def test_adding_any_graph_twice_changes_nothing(G):
    s = Store()
    assert s.add_article_graph("article:x", G) is True
    n = len(s)
    assert s.add_article_graph("article:x", G) is False
    assert len(s) == n
    assert isomorphic(s.to_rdf(), rdf.to_rdf(G))


def test_an_edited_article_replaces_its_named_graph():
    G = hand_graph()
    s = Store()
    s.add_article_graph("article:abc", G)
    G.nodes["meeting:m1"]["date"] = "2023-03-13"
    assert s.add_article_graph("article:abc", G) is True
    dates = {str(o) for o in s.to_rdf().objects(URIRef(KGID_NS + "meeting/m1"), SDO.startDate)}
    assert dates == {"2023-03-13"}
    assert len(s) == len(set(rdf.to_triples(G)))


def test_language_tags_survive_the_store_isomorphically():
    g = rdf.to_rdf(hand_graph())
    g.add((URIRef(KGID_NS + "topic/terror"), SDO.alternateName, Literal("Terror", lang="EN-GB")))
    s = Store()
    s.add_article_graph("article:abc", g)
    back = s.to_rdf()
    expected = rdf.to_rdf(hand_graph())
    expected.add((URIRef(KGID_NS + "topic/terror"), SDO.alternateName, Literal("Terror", lang="en-gb")))
    assert isomorphic(back, expected)
    assert s.add_article_graph("article:abc", g) is False  # case differences are not changes


def _two_articles():
    G = hand_graph()
    G.add_node("article:def", type="Article", label="b", headline="b", publisher=None, published=None,
               lang="en", url=None, source=None, sha1="2" * 40)
    G.add_node("statement:s2", type="Statement", label="s2", text="We will win", verb="said", hedge=None,
               kind="direct", sentence=None, evidence=[("article:def", 5, 16)])
    G.add_edge("statement:s2", "article:def", key="source", evidence=[])
    G.add_edge("statement:s2", "person:assad", key="creator", evidence=[])
    G.add_edge("person:assad", "article:def", key="mentioned_in", evidence=[])
    G.nodes["person:assad"]["evidence"].append(("article:def", 30, 35))
    return G


def test_add_graph_puts_each_article_in_its_own_named_graph_and_the_union_is_the_whole():
    G = _two_articles()
    s = Store()
    assert s.add_graph(G) == ["article:abc", "article:def"]
    assert s.add_graph(G) == []
    assert s.articles() == [ART, KGID_NS + "article/def"]
    sub = article_subgraph(G, "article:def")
    assert sub.nodes["person:assad"]["evidence"] == [("article:def", 30, 35)]
    assert "meeting:m1" not in sub
    assert_valid(rdf.to_rdf(sub))
    assert isomorphic(s.to_rdf(), rdf.to_rdf(G))
    df = s.query("statements-by-speaker", name="الأسد")
    assert list(df["text"]) == ["We will win"]


def test_export_formats(tmp_path):
    s = Store()
    s.add_graph(_two_articles())
    trig = s.export(tmp_path / "s.trig")
    ds = rdflib.Dataset()
    ds.parse(trig, format="trig")
    assert {str(g.identifier) for g in ds.graphs()} >= {ART, KGID_NS + "article/def"}
    assert trig.read_bytes() == s.export(tmp_path / "s2.trig").read_bytes()
    ttl = s.export(tmp_path / "s.ttl")
    assert isomorphic(rdflib.Graph().parse(ttl), rdf.to_rdf(_two_articles()))
    quads = list(ox.parse(path=str(s.export(tmp_path / "s.nq")), format=ox.RdfFormat.N_QUADS))
    assert len(quads) == len(s)
    assert {q.graph_name.value for q in quads} == {ART, KGID_NS + "article/def"}


class _GraphStore(http.server.BaseHTTPRequestHandler):
    received: dict = {}

    def do_PUT(self):  # noqa: N802 (http.server's naming)
        graph = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query)["graph"][0]
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.received[graph] = (self.headers["Content-Type"], body)
        self.send_response(201)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    _GraphStore.received = {}
    httpd = http.server.HTTPServer(("127.0.0.1", 0), _GraphStore)
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/store", _GraphStore.received
    httpd.shutdown()
    httpd.server_close()


def test_push_puts_every_named_graph(server):
    url, received = server
    s = Store()
    G = _two_articles()
    s.add_graph(G)
    assert s.push(url) == [(ART, 201), (KGID_NS + "article/def", 201)]
    assert set(received) == {ART, KGID_NS + "article/def"}
    ctype, body = received[ART]
    assert ctype == "application/n-triples"
    g = rdflib.Graph().parse(data=body.decode("utf-8"), format="nt")
    assert isomorphic(g, rdf.to_rdf(article_subgraph(G, "article:abc")))


def test_push_to_nowhere_says_so():
    s = Store()
    s.add_graph(hand_graph())
    with pytest.raises(RuntimeError, match="cannot reach"):
        s.push("http://127.0.0.1:9/store", timeout=2)
