"""A persistent RDF store on disk (pyoxigraph): one named graph per article.

The corpus grows article by article: :meth:`Store.add_article_graph` puts an
article's triples in the named graph named after the article's IRI. Adding the
same article twice changes nothing; adding an edited article replaces its old
named graph in one transaction. SPARQL sees the union of all named graphs.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("article:a1", type="Article", label="a", headline="h", lang="en")
>>> s = Store()                          # in memory; Store("corpus.oxigraph") on disk
>>> s.add_article_graph("article:a1", G)
True
>>> s.add_article_graph("article:a1", G)  # the same article again: nothing changes
False
>>> s.articles()
['https://w3id.org/kg-news/id/article/a1']
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import rdflib

from kg import model as M
from kg import rdf
from kg.files import atomic_write
from kg.vocab import node_iri

__all__ = ["Store", "article_subgraph"]


def _graph_iri(article: str) -> str:
    return article if article.startswith(("http://", "https://", "urn:")) else node_iri(article)


def article_subgraph(G: nx.MultiDiGraph, article: str) -> nx.MultiDiGraph:
    """The part of ``G`` that one article supports, with only that article's evidence.

    The article node, the meetings, statements and messages whose source it is,
    the entities mentioned in it, and the nodes those facts point to.
    """
    H = nx.MultiDiGraph()
    keep = {article}
    for u, _v, k in G.in_edges(article, keys=True):
        if k in (M.SOURCE, M.MENTIONED_IN):
            keep.add(u)
    facts = [n for n in keep if G.nodes[n].get("type") in (M.MEETING, M.STATEMENT, M.MESSAGE)]
    for n in facts:
        keep.update(v for _, v in G.out_edges(n))

    def own(evidence):
        return [e for e in evidence or () if e[0] == article]

    for n in keep:
        d = dict(G.nodes[n])
        if "evidence" in d:
            d["evidence"] = own(d["evidence"])
        H.add_node(n, **d)
    for u, v, k, d in G.edges(keys=True, data=True):
        if u in keep and v in keep and (u in facts or v == article or k == M.SAME_AS):
            d = dict(d)
            if "evidence" in d:
                d["evidence"] = own(d["evidence"])
            H.add_edge(u, v, key=k, **d)
    return H


def _lines(data) -> set[str]:
    """N-Triples lines (language tags lowercased, as Oxigraph stores them) of a graph or triples."""
    triples: Iterable[rdf.Triple]
    if isinstance(data, nx.Graph):
        triples = rdf.to_triples(data)
    elif isinstance(data, rdflib.Graph):
        triples = rdf._triples_of(data)
    else:
        triples = (
            (s, p, o)
            if isinstance(s, str)
            else (rdf._from_rdflib_resource(s), str(p), rdf._from_rdflib_term(o))
            for s, p, o in data
        )
    out = set()
    for s, p, o in triples:
        if isinstance(o, rdf.Lit) and o.lang:
            o = rdf.Lit(o.value, o.lang.lower(), None)
        out.add(f"{rdf._nt(s)} <{p}> {rdf._nt(o)} .")
    return out


class Store:
    """An embedded on-disk RDF store (``path``; in memory when None)."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path is not None else None
        if self.path is not None:
            self.path.mkdir(parents=True, exist_ok=True)
        self.ox = ox.Store(str(self.path)) if self.path is not None else ox.Store()

    def __len__(self) -> int:
        return len(self.ox)

    def articles(self) -> list[str]:
        """The IRIs of the named graphs (one per article), sorted."""
        return sorted(g.value for g in self.ox.named_graphs() if isinstance(g, ox.NamedNode))

    def _current(self, name: ox.NamedNode) -> set[str]:
        quads = self.ox.quads_for_pattern(None, None, None, name)
        nt, term = rdf._nt, rdf._ox_term
        return {f"{nt(term(q.subject))} <{q.predicate.value}> {nt(term(q.object))} ." for q in quads}

    def add_article_graph(self, article: str, graph) -> bool:
        """Put ``graph`` (an rdflib Graph, a kg MultiDiGraph, or triples) in the article's named graph.

        Returns True when the store changed, False when it already held exactly these triples.
        """
        iri = _graph_iri(article)
        name = ox.NamedNode(iri)
        new = _lines(graph)
        if self.ox.contains_named_graph(name) and self._current(name) == new:
            return False
        body = "\n".join(sorted(new))
        # one transaction: an edited article never leaves the store half replaced
        self.ox.update(f"DROP SILENT GRAPH <{iri}> ;\nINSERT DATA {{ GRAPH <{iri}> {{\n{body}\n}} }}")
        return True

    def add_graph(self, G: nx.MultiDiGraph) -> list[str]:
        """Add every article of a built graph, each in its own named graph; the articles that changed."""
        changed = []
        for n, d in sorted(G.nodes(data=True)):
            if d.get("type") == M.ARTICLE and self.add_article_graph(n, article_subgraph(G, n)):
                changed.append(n)
        return changed

    def remove_article(self, article: str) -> bool:
        name = ox.NamedNode(_graph_iri(article))
        if not self.ox.contains_named_graph(name):
            return False
        self.ox.remove_graph(name)
        return True

    def triples(self) -> Iterable[tuple]:
        """The union of all named graphs, as kg.rdf triples (duplicates merged)."""
        seen = set()
        for q in self.ox.quads_for_pattern(None, None, None, None):
            t = (rdf._ox_resource(q.subject), q.predicate.value, rdf._ox_term(q.object))
            if t not in seen:
                seen.add(t)
                yield t

    def to_rdf(self) -> rdflib.Graph:
        g = rdf._new_graph()
        for s, p, o in self.triples():
            g.add((rdf._to_rdflib_term(s), rdflib.URIRef(p), rdf._to_rdflib_term(o)))
        return g

    def to_networkx(self) -> nx.MultiDiGraph:
        return rdf.from_triples(self.triples())

    def export(self, path, format: str | None = None) -> Path:
        """Write the store: ``trig``/``nquads`` keep one named graph per article; other formats the union."""
        path = Path(path)
        fmt = format or {".trig": "trig", ".nq": "nquads"}.get(path.suffix.lower()) or rdf._format_of(path)
        if fmt in ("trig", "nquads"):
            quads = [(rdf._ox_resource(q.subject), q.predicate.value, rdf._ox_term(q.object),
                      q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else None)
                     for q in self.ox.quads_for_pattern(None, None, None, None)]
            if fmt == "trig":
                data = rdf.to_trig(quads)
            else:
                data = "".join(sorted({f"{rdf._nt(s)} <{p}> {rdf._nt(o)}{f' <{g}>' if g else ''} .\n"
                                       for s, p, o, g in quads}))
            atomic_write(path, data.encode("utf-8"))
            return path
        if fmt in ("turtle", "nt"):
            return rdf.write(list(self.triples()), path, fmt)
        return rdf.write(self.to_networkx() if fmt == "graphml" else self.to_rdf(), path, fmt)

    def push(self, endpoint: str, *, timeout: float = 30.0) -> list[tuple[str, int]]:
        """Send every named graph to a SPARQL 1.1 Graph Store (HTTP PUT ``endpoint?graph=<article IRI>``).

        ``endpoint`` is the server's graph store URL (Fuseki ``http://host:3030/ds/data``,
        Oxigraph ``http://host:7878/store``). Each PUT replaces the graph on the server,
        so pushing twice is harmless. Returns (graph IRI, HTTP status) per graph.
        """
        results = []
        sep = "&" if "?" in endpoint else "?"
        for iri in self.articles():
            quads = self.ox.quads_for_pattern(None, None, None, ox.NamedNode(iri))
            body = ox.serialize((q.triple for q in quads), format=ox.RdfFormat.N_TRIPLES)
            url = f"{endpoint}{sep}graph={urllib.parse.quote(iri, safe='')}"
            req = urllib.request.Request(url, data=body, method="PUT",
                                         headers={"Content-Type": "application/n-triples"})
            try:
                with urllib.request.urlopen(req, timeout=timeout) as resp:
                    results.append((iri, resp.status))
            except urllib.error.HTTPError as exc:
                raise RuntimeError(f"PUT {url} failed: HTTP {exc.code} {exc.reason}") from exc
            except urllib.error.URLError as exc:
                raise RuntimeError(f"cannot reach the graph store at {endpoint}: {exc.reason}") from exc
        return results

    def query(self, sparql: str, **params):
        """SPARQL (text or a named query) over the union of the articles, as a DataFrame."""
        from kg.query import query

        return query(self.ox, sparql, **params)

    def flush(self) -> None:
        self.ox.flush()
