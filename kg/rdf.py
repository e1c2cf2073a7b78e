"""The knowledge graph as RDF: NetworkX <-> rdflib, and deterministic serializations.

:func:`to_rdf` and :func:`from_rdf` are paired and lossless for graphs that
follow :mod:`kg.model`: ``from_rdf(to_rdf(G))`` has the same nodes, attributes
and edges as ``G``, and ``to_rdf(from_rdf(g))`` is isomorphic to ``g`` when
``g`` was made by :func:`to_rdf`. Two things RDF cannot order come back in a
canonical order: the alternate names of an entity (``names`` after the first)
and the evidence lists come back sorted, and duplicates in them collapse.
Titles keep their order (their index is part of the post's IRI).

The mapping (vocabulary in ``kg/ontology/kg.ttl``):

- node ``"person:ab12"`` -> ``<https://w3id.org/kg-news/id/person/ab12>``;
- Meeting -> ``schema:Event`` + ``kg:Meeting``; Person -> ``schema:Person``;
  Organization -> ``schema:Organization`` (+ its schema.org ``subtype``);
  Place -> ``schema:Place`` (+ ``schema:Country``/``schema:City``);
  Statement -> ``kg:Statement`` + ``schema:Quotation`` (``kg:ReportedSpeech``
  instead for reported speech); Article ->
  ``schema:NewsArticle``; Topic -> ``kg:Topic``; Message -> ``kg:Message``;
- ``attendee`` -> ``schema:attendee`` (and ``kg:host``/``kg:guest`` for those
  roles), ``location`` -> ``schema:location``, ``about`` -> ``schema:about``,
  ``creator`` -> ``schema:creator``, ``source``/``mentioned_in`` ->
  ``prov:wasDerivedFrom``, ``same_as`` -> ``owl:sameAs``, the others ``kg:<relation>``;
- evidence ``("article:abc", 10, 20)`` of node N ->
  ``<N#ev/article/abc/10-20>`` an ``oa:Annotation`` whose body is N, whose
  target ``<...10-20/target>`` has the article as source and the selector
  ``<...10-20/pos>`` (``oa:TextPositionSelector`` start/end); a statement's
  evidence also carries ``<...10-20/quote>`` (``oa:TextQuoteSelector``) when
  its length is the length of the quoted text;
- an edge with evidence is qualified by ``<U#relation/prefix/local>``
  (``rdf:Statement`` + ``kg:Attendance`` or ``kg:Assertion``) which is the body
  of its annotations.

No blank nodes are made, so the output is deterministic and ``isomorphic`` is fast.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("topic:t1", type="Topic", label="Syria", name="Syria", lang="en")
>>> print(to_turtle(G).split("\\n\\n")[-1].strip())
kgid:topic\\/t1 a kg:Topic ;
    rdfs:label "Syria" ;
    schema:name "Syria"@en .
>>> nx.utils.graphs_equal(from_rdf(to_rdf(G)), G)
True
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

import networkx as nx
import rdflib
from rdflib import Literal, URIRef

from kg import __version__
from kg import model as M
from kg.files import atomic_write
from kg.vocab import (
    KG_NS,
    KGID_NS,
    OA_NS,
    ORG_NS,
    OWL_NS,
    PREFIXES,
    PROV_NS,
    RDF_NS,
    RDFS_NS,
    SCHEMA_NS,
    XSD_NS,
    node_id,
    node_iri,
)

__all__ = [
    "FORMATS",
    "Lit",
    "to_rdf",
    "from_rdf",
    "to_triples",
    "from_triples",
    "to_turtle",
    "to_ntriples",
    "write",
    "read",
    "to_trig",
    "to_quads",
    "article_of_triple",
]


class Lit(NamedTuple):
    """A literal, independent of rdflib and pyoxigraph: the lexical value, a language tag or a datatype."""

    value: str
    lang: str | None = None
    datatype: str | None = None


Term = str | Lit  # an IRI ("https://..."), a blank node ("_:b0") or a literal
Triple = tuple[str, str, Term]

# ---------------------------------------------------------------- vocabulary, as plain strings

A = RDF_NS + "type"
LABEL = RDFS_NS + "label"
XSD_DATE = XSD_NS + "date"
XSD_INT = XSD_NS + "integer"
XSD_STRING = XSD_NS + "string"
XSD_ANYURI = XSD_NS + "anyURI"


def _s(local: str) -> str:
    return SCHEMA_NS + local


def _k(local: str) -> str:
    return KG_NS + local


PROV_DERIVED = PROV_NS + "wasDerivedFrom"
PROV_GENERATED = PROV_NS + "wasGeneratedBy"
OA_ANNOTATION, OA_BODY, OA_TARGET = OA_NS + "Annotation", OA_NS + "hasBody", OA_NS + "hasTarget"
OA_SPECIFIC, OA_SOURCE, OA_SELECTOR = OA_NS + "SpecificResource", OA_NS + "hasSource", OA_NS + "hasSelector"
OA_POS, OA_QUOTE = OA_NS + "TextPositionSelector", OA_NS + "TextQuoteSelector"
OA_START, OA_END, OA_EXACT = OA_NS + "start", OA_NS + "end", OA_NS + "exact"
RDF_STATEMENT, RDF_SUBJECT = RDF_NS + "Statement", RDF_NS + "subject"
RDF_PREDICATE, RDF_OBJECT = RDF_NS + "predicate", RDF_NS + "object"
ORG_HOLDS = ORG_NS + "holds"

ACTIVITY = f"{KGID_NS}activity/kg-{__version__}"
AGENT = f"{KGID_NS}software/kg-{__version__}"

#: rdf:type statements per node type; the first class decides the type when reading back.
NODE_CLASSES: dict[str, tuple[str, ...]] = {
    M.ARTICLE: (_s("NewsArticle"),),
    M.PERSON: (_s("Person"),),
    M.ORGANIZATION: (_s("Organization"),),
    M.PLACE: (_s("Place"),),
    M.MEETING: (_k("Meeting"), _s("Event")),
    M.STATEMENT: (_k("Statement"), _s("Quotation")),
    M.TOPIC: (_k("Topic"),),
    M.MESSAGE: (_k("Message"),),
}
#: reported speech ("he said that ...") is a kg:Statement but not a schema:Quotation
REPORTED_CLASSES = (_k("Statement"), _k("ReportedSpeech"))
# reading: which class makes which node type, in order of precedence
_TYPE_OF_CLASS = [
    (_k("Meeting"), M.MEETING),
    (_k("Statement"), M.STATEMENT),
    (_k("Message"), M.MESSAGE),
    (_k("Topic"), M.TOPIC),
    (_s("NewsArticle"), M.ARTICLE),
    (_s("Person"), M.PERSON),
    (_s("Organization"), M.ORGANIZATION),
    (_s("Place"), M.PLACE),
    (_s("Event"), M.MEETING),
    (_s("Quotation"), M.STATEMENT),
]

#: the attributes of each node type (besides type and label), see kg.model
NODE_ATTRS: dict[str, tuple[str, ...]] = {
    M.ARTICLE: ("headline", "publisher", "published", "lang", "url", "source", "sha1"),
    M.PERSON: ("name", "lang", "names", "titles", "evidence"),
    M.ORGANIZATION: ("name", "lang", "names", "titles", "evidence", "subtype"),
    M.PLACE: ("name", "lang", "names", "titles", "evidence", "subtype"),
    M.MEETING: ("date", "date_text", "mode", "status", "trigger", "evidence"),
    M.STATEMENT: ("text", "verb", "hedge", "kind", "sentence", "evidence"),
    M.TOPIC: ("name", "lang"),
    M.MESSAGE: ("text", "evidence"),
}
_LIST_ATTRS = {"names", "titles", "evidence"}

RELATION_PREDICATE: dict[str, str] = {
    M.ATTENDEE: _s("attendee"),
    M.LOCATION: _s("location"),
    M.ABOUT: _s("about"),
    M.SOURCE: PROV_DERIVED,
    M.MENTIONED_IN: PROV_DERIVED,
    M.CREATOR: _s("creator"),
    M.VIA: _k("via"),
    M.DURING: _k("during"),
    M.SENDER: _k("sender"),
    M.CARRIER: _k("carrier"),
    M.RECIPIENT: _k("recipient"),
    M.SAME_AS: OWL_NS + "sameAs",
}
ROLE_PREDICATE = {"host": _k("host"), "guest": _k("guest")}
_FACT_TYPES = (M.MEETING, M.STATEMENT, M.MESSAGE)
_MODE_SCHEMA = {
    "in_person": _s("OfflineEventAttendanceMode"),
    "phone": _s("OnlineEventAttendanceMode"),
    "video": _s("OnlineEventAttendanceMode"),
}

# literal properties: (attribute, predicate, how) per node type; how: "plain", "lang", "date"
_LITERALS: dict[str, tuple[tuple[str, str, str], ...]] = {
    M.ARTICLE: (
        ("headline", _s("headline"), "lang"),
        ("publisher", _s("publisher"), "plain"),
        ("published", _s("datePublished"), "date"),
        ("lang", _s("inLanguage"), "plain"),
        ("source", _k("sourceFile"), "plain"),
        ("sha1", _k("sha1"), "plain"),
    ),
    M.MEETING: (
        ("date", _s("startDate"), "date"),
        ("date_text", _k("dateText"), "plain"),
        ("mode", _k("mode"), "plain"),
        ("status", _k("status"), "plain"),
        ("trigger", _k("trigger"), "plain"),
    ),
    M.STATEMENT: (
        ("text", _s("text"), "lang"),
        ("verb", _k("reportingVerb"), "plain"),
        ("hedge", _k("hedge"), "plain"),
        ("kind", _k("kind"), "plain"),
        ("sentence", _k("sentence"), "lang"),
    ),
    M.TOPIC: (("name", _s("name"), "lang"),),
    M.MESSAGE: (("text", _s("text"), "plain"),),
}


def _lang(tag: str | None) -> str | None:
    # Oxigraph lowercases language tags; emitting them lowercase keeps every path isomorphic.
    return tag.lower() if tag else None


def _int(n: int) -> Lit:
    return Lit(str(int(n)), None, XSD_INT)


# ---------------------------------------------------------------- NetworkX -> triples


def _article_lang(G: nx.MultiDiGraph, n: str, data: dict) -> str | None:
    """The language of the article a statement comes from (its source edge, else its first evidence)."""
    arts = [v for v, keys in G.succ[n].items() if M.SOURCE in keys]
    arts += [ev[0] for ev in data.get("evidence") or ()]
    for a in arts:
        if a in G and G.nodes[a].get("lang"):
            return G.nodes[a]["lang"]
    return None


class _Evidence(NamedTuple):
    """One piece of evidence of a node or an edge, as a W3C Web Annotation (10 triples, 13 with a quote).

    Evidence makes up about three quarters of a graph's triples, so the Turtle writer renders it
    from one template (:meth:`turtle`) rather than triple by triple; :meth:`triples` is the same
    annotation as triples. The tests check that both give the same Turtle, byte for byte.
    """

    ann: str  # the annotation's IRI, made of the evidence itself (see _evidence)
    body: str  # the IRI of the node or qualified edge it supports
    source: str  # the article's IRI
    start: int
    end: int
    exact: str | None  # the quoted text, when it is the whole span

    def triples(self) -> Iterator[Triple]:
        ann = self.ann
        tgt, pos = ann + "/target", ann + "/pos"
        yield ann, A, OA_ANNOTATION
        yield ann, OA_BODY, self.body
        yield ann, OA_TARGET, tgt
        yield ann, PROV_GENERATED, ACTIVITY
        yield tgt, A, OA_SPECIFIC
        yield tgt, OA_SOURCE, self.source
        yield tgt, OA_SELECTOR, pos
        yield pos, A, OA_POS
        yield pos, OA_START, _int(self.start)
        yield pos, OA_END, _int(self.end)
        if self.exact is not None:
            quote = ann + "/quote"
            yield tgt, OA_SELECTOR, quote
            yield quote, A, OA_QUOTE
            yield quote, OA_EXACT, Lit(self.exact)

    def turtle(self, terms: _TermCache, indent: str) -> str:
        """The annotation's subjects as sorted Turtle, as :func:`_turtle_parts` writes them.

        The four subjects (ann, ann/pos, ann/quote, ann/target) sort next to one another: no
        other IRI the graph mints starts with ``ann`` followed by a character below "/".
        """
        body, source = terms[self.body], terms[self.source]
        if body.startswith("kgid:") and source.startswith("kgid:") and source[5] != "\\":
            # the IRI is made of the body's and the article's, already formatted (and escaped)
            sep = "\\/ev\\/" if "#" in self.body else "\\#ev\\/"
            ann = f"{body}{sep}{source[5:]}\\/{self.start}-{self.end}"
        else:
            ann = terms[self.ann]
        if ann[0] == "<":  # not a prefixed name: let the general path format each IRI
            pos, tgt, quote = (terms[f"{self.ann}/{x}"] for x in ("pos", "target", "quote"))
        else:
            pos, tgt, quote = ann + "\\/pos", ann + "\\/target", ann + "\\/quote"
        nl = f" ;\n{indent}    "  # the next predicate of the same subject
        text = (
            f"\n\n{indent}{ann} a oa:Annotation{nl}oa:hasBody {body}{nl}oa:hasTarget {tgt}"
            f"{nl}prov:wasGeneratedBy {terms[ACTIVITY]} ."
            f"\n\n{indent}{pos} a oa:TextPositionSelector{nl}oa:end {self.end}{nl}oa:start {self.start} ."
        )
        if self.exact is None:
            return (
                f"{text}\n\n{indent}{tgt} a oa:SpecificResource{nl}oa:hasSelector {pos}"
                f"{nl}oa:hasSource {source} ."
            )
        return (
            f"{text}\n\n{indent}{quote} a oa:TextQuoteSelector{nl}oa:exact {_ttl(Lit(self.exact))} ."
            f"\n\n{indent}{tgt} a oa:SpecificResource{nl}oa:hasSelector {pos}, {quote}"
            f"{nl}oa:hasSource {source} ."
        )

    def ntriples(self, nt: _NTCache) -> list[str]:
        """The annotation's triples as N-Triples lines, as :func:`to_ntriples` writes them."""
        ann, body, source = nt[self.ann], nt[self.body], nt[self.source]
        tgt, pos = ann[:-1] + "/target>", ann[:-1] + "/pos>"
        lines = [
            f"{ann} <{A}> <{OA_ANNOTATION}> .\n",
            f"{ann} <{OA_BODY}> {body} .\n",
            f"{ann} <{OA_TARGET}> {tgt} .\n",
            f"{ann} <{PROV_GENERATED}> <{ACTIVITY}> .\n",
            f"{tgt} <{A}> <{OA_SPECIFIC}> .\n",
            f"{tgt} <{OA_SOURCE}> {source} .\n",
            f"{tgt} <{OA_SELECTOR}> {pos} .\n",
            f"{pos} <{A}> <{OA_POS}> .\n",
            f'{pos} <{OA_START}> "{self.start}"^^<{XSD_INT}> .\n',
            f'{pos} <{OA_END}> "{self.end}"^^<{XSD_INT}> .\n',
        ]
        if self.exact is not None:
            quote = ann[:-1] + "/quote>"
            lines.append(f"{tgt} <{OA_SELECTOR}> {quote} .\n")
            lines.append(f"{quote} <{A}> <{OA_QUOTE}> .\n")
            lines.append(f'{quote} <{OA_EXACT}> "{_esc_string(self.exact)}" .\n')
        return lines


def _evidence(base: str, evidence, iri: dict, exact: str | None = None) -> Iterator[_Evidence]:
    # The annotation IRI is made of the evidence itself (not its position in the list), so the same
    # evidence has the same IRI in a one-article graph and in the whole corpus: named graphs unite cleanly.
    sep = "/ev/" if "#" in base else "#ev/"
    for article, start, end in evidence or ():
        art = iri.get(article) or node_iri(article)
        start, end = int(start), int(end)
        quote = exact if exact is not None and end - start == len(exact) else None
        yield _Evidence(f"{base}{sep}{art[len(KGID_NS) :]}/{start}-{end}", base, art, start, end, quote)


def _url_term(url: str) -> Term:
    return (
        url if re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*", url) else Lit(url, None, XSD_ANYURI)
    )


def to_triples(G: nx.MultiDiGraph) -> Iterator[Triple]:
    """The RDF triples of ``G`` as plain tuples (IRIs as str, literals as :class:`Lit`), in node order."""
    return _triples(G)


def _triples(G: nx.MultiDiGraph, evidence: list[_Evidence] | None = None) -> Iterator[Triple]:
    # With a list for ``evidence``, annotations are put there instead of being yielded as triples.
    iri = {n: node_iri(n) for n in G}

    def annotations(base: str, items, exact: str | None = None) -> Iterator[Triple]:
        if evidence is None:
            for ev in _evidence(base, items, iri, exact):
                yield from ev.triples()
        else:
            evidence.extend(_evidence(base, items, iri, exact))
    if G.number_of_nodes():
        yield ACTIVITY, A, PROV_NS + "Activity"
        yield ACTIVITY, LABEL, Lit(f"extraction by kg {__version__}")
        yield ACTIVITY, PROV_NS + "wasAssociatedWith", AGENT
        yield AGENT, A, PROV_NS + "SoftwareAgent"
        yield AGENT, A, _s("SoftwareApplication")
        yield AGENT, LABEL, Lit("kg")
        yield AGENT, _s("softwareVersion"), Lit(__version__)
    for n, d in G.nodes(data=True):
        t = d.get("type")
        if t not in NODE_CLASSES:
            raise ValueError(f"node {n!r} has type {t!r}; expected one of {M.NODE_TYPES} (see kg.model)")
        s = iri[n]
        classes = NODE_CLASSES[t]
        if t == M.STATEMENT and d.get("kind") == "reported":
            classes = REPORTED_CLASSES  # a paraphrase is not a schema:Quotation
        for c in classes:
            yield s, A, c
        if d.get("label") is not None:
            yield s, LABEL, Lit(str(d["label"]))
        lang = _lang(d.get("lang"))
        if t == M.STATEMENT:
            lang = _lang(_article_lang(G, n, d))
        for attr, pred, how in _LITERALS.get(t, ()):
            v = d.get(attr)
            if v is None:
                continue
            if how == "date":
                yield s, pred, Lit(str(v), None, XSD_DATE)
            elif how == "lang":
                yield s, pred, Lit(str(v), lang)
            else:
                yield s, pred, Lit(str(v))
        if t == M.ARTICLE and d.get("url"):
            yield s, _s("url"), _url_term(d["url"])
        if t == M.MEETING:
            if d.get("mode") in _MODE_SCHEMA:
                yield s, _s("eventAttendanceMode"), _MODE_SCHEMA[d["mode"]]
        if t in _FACT_TYPES:
            yield s, PROV_GENERATED, ACTIVITY
        if t in M.ENTITY_TYPES:
            if d.get("subtype") and t != M.PERSON:
                yield s, A, _s(d["subtype"])
            if d.get("name") is not None:
                yield s, _s("name"), Lit(d["name"], lang)
            first = (d.get("name"), d.get("lang"))
            for text, lg in d.get("names") or ():
                if (text, lg) != first:
                    yield s, _s("alternateName"), Lit(text, _lang(lg))
            for i, (text, lg) in enumerate(d.get("titles") or ()):
                post = f"{s}#post-{i}"
                yield s, ORG_HOLDS, post
                yield s, _s("jobTitle"), Lit(text, _lang(lg))
                yield post, A, _k("Post")
                yield post, LABEL, Lit(text, _lang(lg))
        if "evidence" in NODE_ATTRS[t]:
            exact = d.get("text") if t == M.STATEMENT else None
            yield from annotations(s, d.get("evidence"), exact)
    for u, v, key, d in G.edges(keys=True, data=True):
        rel_pred = RELATION_PREDICATE.get(key)
        if rel_pred is None:
            raise ValueError(f"edge {u!r} -> {v!r} has relation {key!r}; expected one of {M.RELATIONS}")
        su, sv = iri[u], iri[v]
        yield su, rel_pred, sv
        role = d.get("role")
        if key == M.ATTENDEE and role not in (None, "attendee"):
            if role not in ROLE_PREDICATE:
                raise ValueError(
                    f"attendee edge {u!r} -> {v!r} has role {role!r}; expected host, guest, attendee"
                )
            yield su, ROLE_PREDICATE[role], sv
        if d.get("evidence"):
            e = f"{su}#{key}/{sv[len(KGID_NS) :]}"
            yield e, A, RDF_STATEMENT
            yield e, A, _k("Attendance") if key == M.ATTENDEE else _k("Assertion")
            yield e, RDF_SUBJECT, su
            yield e, RDF_PREDICATE, rel_pred
            yield e, RDF_OBJECT, sv
            yield from annotations(e, d["evidence"])


# ---------------------------------------------------------------- triples -> NetworkX

_POST_INDEX = re.compile(r"#post-(\d+)$")


def _relation(pred: str, subject_type: str | None) -> str | None:
    if pred == PROV_DERIVED:
        return M.SOURCE if subject_type in _FACT_TYPES else M.MENTIONED_IN
    return _PRED_RELATION.get(pred)


_PRED_RELATION = {p: r for r, p in RELATION_PREDICATE.items() if p != PROV_DERIVED}


def _value(o: Term) -> str:
    return o.value if isinstance(o, Lit) else o


def from_triples(triples: Iterable[Triple]) -> nx.MultiDiGraph:
    """The NetworkX graph (per :mod:`kg.model`) described by ``triples`` (as made by :func:`to_triples`)."""
    idx: defaultdict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for s, p, o in triples:
        if isinstance(o, Lit):
            o = Lit(o.value, _lang(o.lang), None if o.datatype == XSD_STRING else o.datatype)
        idx[s][p].add(o)
    # from here on a missing subject is missing: reading must not add to the index it walks
    # (a post or an annotation with parts left out of a hand-edited file is skipped, not a crash)
    idx.default_factory = None
    empty: dict[str, set] = {}

    def one(s: str, p: str) -> str | None:
        vals = idx.get(s, empty).get(p)
        return _value(min(vals, key=_sort_key)) if vals else None

    G = nx.MultiDiGraph()
    types: dict[str, str] = {}
    for s, props in idx.items():
        classes = props.get(A)
        if not classes or s.startswith("_:"):
            continue
        n = node_id(s)
        t = next((t for c, t in _TYPE_OF_CLASS if c in classes), None)
        if n is None or t is None:
            continue
        types[s] = t
        d: dict = {"type": t, "label": one(s, LABEL)}
        for attr in NODE_ATTRS[t]:
            d[attr] = [] if attr in _LIST_ATTRS else None
        for attr, pred, _how in _LITERALS.get(t, ()):
            d[attr] = one(s, pred)
        if t == M.ARTICLE:
            d["url"] = one(s, _s("url"))
        if t == M.TOPIC and props.get(_s("name")):
            d["lang"] = min(props[_s("name")], key=_sort_key).lang
        if t in M.ENTITY_TYPES:
            names = props.get(_s("name"), set())
            primary = min(names, key=_sort_key) if names else None
            if primary is not None:
                d["name"], d["lang"] = primary.value, primary.lang
                d["names"] = [(primary.value, primary.lang)]
            d["names"] += sorted((x.value, x.lang) for x in props.get(_s("alternateName"), ()))
            posts = sorted(
                (int(m.group(1)), p) for p in props.get(ORG_HOLDS, ()) if (m := _POST_INDEX.search(p))
            )
            for _, p in posts:
                lab = min(idx.get(p, empty).get(LABEL, {Lit("")}), key=_sort_key)
                d["titles"].append((lab.value, lab.lang))
            if t != M.PERSON:
                base = NODE_CLASSES[t][0]
                sub = sorted(c[len(SCHEMA_NS) :] for c in classes if c.startswith(SCHEMA_NS) and c != base)
                d["subtype"] = sub[0] if sub else None
        G.add_node(n, **d)

    # edges
    for s, t in types.items():
        u = node_id(s)
        for p, objs in idx[s].items():
            rel = _relation(p, t)
            if rel is None:
                continue
            for o in objs:
                if isinstance(o, str) and o in types:
                    attrs: dict = {"evidence": []}
                    if rel == M.ATTENDEE:
                        role = "attendee"
                        for r, rp in ROLE_PREDICATE.items():
                            if o in idx.get(s, empty).get(rp, ()):
                                role = r
                        attrs["role"] = role
                    G.add_edge(u, node_id(o), key=rel, **attrs)

    # qualified edges: which (u, v, relation) each rdf:Statement stands for
    edge_of: dict[str, tuple[str, str, str]] = {}
    for s, props in idx.items():
        if RDF_SUBJECT in props:
            su, sp, so = one(s, RDF_SUBJECT), one(s, RDF_PREDICATE), one(s, RDF_OBJECT)
            if su in types and so in types and sp is not None:
                rel, nu, nv = _relation(sp, types[su]), node_id(su), node_id(so)
                if rel and nu and nv and G.has_edge(nu, nv, rel):
                    edge_of[s] = (nu, nv, rel)

    # evidence: annotations, sorted (RDF has no order)
    found: dict[str, list] = defaultdict(list)
    for s, props in idx.items():
        if OA_ANNOTATION not in props.get(A, ()):
            continue
        body, tgt = one(s, OA_BODY), one(s, OA_TARGET)
        if body is None or tgt is None:
            continue
        src = one(tgt, OA_SOURCE)
        start = end = None
        for sel in idx.get(tgt, empty).get(OA_SELECTOR, ()):
            a, b = one(sel, OA_START), one(sel, OA_END)
            if a is not None and b is not None:
                start, end = int(a), int(b)
        if src is None or start is None:
            continue
        found[body].append((node_id(src) or src, start, end))
    for body, evs in found.items():
        ev = sorted(set(evs))
        if body in types:
            G.nodes[node_id(body)]["evidence"] = ev
        elif body in edge_of:
            u, v, rel = edge_of[body]
            G.edges[u, v, rel]["evidence"] = ev
    return G


def _sort_key(o: Term):
    return (1, o.value, o.lang or "", o.datatype or "") if isinstance(o, Lit) else (0, o, "", "")


# ---------------------------------------------------------------- rdflib


def _to_rdflib_term(t: Term):
    if isinstance(t, Lit):
        if t.lang:
            return Literal(t.value, lang=t.lang)
        return Literal(t.value, datatype=URIRef(t.datatype) if t.datatype else None)
    if t.startswith("_:"):
        return rdflib.BNode(t[2:])
    return URIRef(t)


def _from_rdflib_term(t) -> Term:
    if isinstance(t, Literal):
        return Lit(str(t), t.language, str(t.datatype) if t.datatype else None)
    if isinstance(t, rdflib.BNode):
        return f"_:{t}"
    return str(t)


def _from_rdflib_resource(t) -> str:
    """An IRI or a blank node (a subject or a graph name: never a literal)."""
    if isinstance(t, Literal):
        raise ValueError(f"a literal cannot be the subject of an RDF triple: {t!r}")
    return f"_:{t}" if isinstance(t, rdflib.BNode) else str(t)


def _rdflib_triples(g: rdflib.Graph) -> Iterator[Triple]:
    for s, p, o in g:
        yield _from_rdflib_resource(s), str(p), _from_rdflib_term(o)


def _new_graph(cls=rdflib.Graph):
    g = cls(bind_namespaces="none") if cls is rdflib.Graph else cls()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    return g


def to_rdf(G: nx.MultiDiGraph) -> rdflib.Graph:
    """The RDF graph of ``G`` (see the module docstring for the mapping).

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("person:a", type="Person", label="Assad", name="الأسد", lang="ar",
    ...            names=[("الأسد", "ar")], titles=[], evidence=[("article:x", 3, 8)])
    >>> g = to_rdf(G)
    >>> (URIRef(node_iri("person:a")), URIRef("https://schema.org/name"), Literal("الأسد", lang="ar")) in g
    True
    """
    g = _new_graph()
    for s, p, o in sorted(set(to_triples(G)), key=lambda t: (t[0], t[1], _sort_key(t[2]))):
        g.add((_to_rdflib_term(s), URIRef(p), _to_rdflib_term(o)))
    return g


def from_rdf(g: rdflib.Graph) -> nx.MultiDiGraph:
    """The NetworkX graph described by ``g`` (the inverse of :func:`to_rdf`).

    Named graphs of a :class:`rdflib.Dataset` are read as their union.
    """
    if isinstance(g, rdflib.Dataset):
        return from_triples(
            (_from_rdflib_resource(s), str(p), _from_rdflib_term(o))
            for s, p, o, _ in g.quads((None, None, None, None))
        )
    return from_triples(_rdflib_triples(g))


# ---------------------------------------------------------------- our own deterministic writers

_ESC = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_NEEDS_ESC = re.compile(r'[\\"\n\r\t\b\f\x00-\x1f\x7f]')
_IRI_BAD = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def _esc_string(s: str) -> str:
    if not _NEEDS_ESC.search(s):
        return s
    return _NEEDS_ESC.sub(lambda m: _ESC.get(m.group(), f"\\u{ord(m.group()):04X}"), s)


def _esc_iri(s: str) -> str:
    if not _IRI_BAD.search(s):
        return s
    return _IRI_BAD.sub(lambda m: f"\\u{ord(m.group()):04X}", s)


def _nt(t: Term) -> str:
    if isinstance(t, Lit):
        body = f'"{_esc_string(t.value)}"'
        if t.lang:
            return f"{body}@{t.lang}"
        if t.datatype and t.datatype != XSD_STRING:
            return f"{body}^^<{_esc_iri(t.datatype)}>"
        return body
    if t.startswith("_:"):
        return t
    return f"<{_esc_iri(t)}>"


_NS_BY_IRI = {ns: p for p, ns in PREFIXES.items()}
_LOCAL_OK = re.compile(r"[A-Za-z0-9_\-/#.~%]*")
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def _ttl_iri(t: str) -> str:
    if t.startswith(KGID_NS):
        ns = KGID_NS
    else:
        cut = max(t.rfind("#"), t.rfind("/")) + 1
        ns = t[:cut]
    prefix = _NS_BY_IRI.get(ns)
    local = t[len(ns) :]
    if prefix is None or not _LOCAL_OK.fullmatch(local) or ("%" in local and _BAD_PERCENT.search(local)):
        return _nt(t)
    if local.endswith("."):  # valid escaped ("\\."), but rdflib's parser rejects it
        return _nt(t)
    # characters a local name may hold only escaped (PN_LOCAL_ESC); str.replace is the fast way
    local = local.replace("/", "\\/").replace(".", "\\.")
    if "#" in local or "~" in local:
        local = local.replace("#", "\\#").replace("~", "\\~")
    return f"{prefix}:\\{local}" if local.startswith("-") else f"{prefix}:{local}"


class _TermCache(dict):
    """Turtle text of terms, each formatted once per document (predicates, subjects as objects, dates...)."""

    def __missing__(self, t: Term) -> str:
        r = self[t] = _ttl(t) if isinstance(t, Lit) else _ttl_iri(t) if not t.startswith("_:") else t
        return r


class _NTCache(dict):
    def __missing__(self, t: Term) -> str:
        r = self[t] = _nt(t)
        return r


_INTEGER = re.compile(r"[+-]?[0-9]+")


def _ttl(t: Term, iris: dict | None = None) -> str:
    if isinstance(t, Lit):
        if t.lang:
            return f'"{_esc_string(t.value)}"@{t.lang}'
        if t.datatype == XSD_INT and _INTEGER.fullmatch(t.value):
            return t.value
        if t.datatype and t.datatype != XSD_STRING:
            return f'"{_esc_string(t.value)}"^^{_ttl_iri(t.datatype)}'
        return f'"{_esc_string(t.value)}"'
    if t.startswith("_:"):
        return t
    return iris[t] if iris is not None else _ttl_iri(t)


_PREFIX_HEAD = "\n".join(f"@prefix {p}: <{ns}> ." for p, ns in sorted(PREFIXES.items()))


def _turtle_parts(triples: Iterable[Triple], indent: str = "", evidence: Iterable[_Evidence] = ()) -> list:
    """The Turtle text of ``triples`` (and of ``evidence``, see :class:`_Evidence`) as strings to join.

    Deterministic: subjects sorted by IRI; rdf:type first, then predicates and objects sorted
    by their Turtle text; duplicate triples written once. This is the hot loop of every export,
    so each term is formatted once per document and each row is a pair of strings.
    """
    terms = _TermCache()
    terms[A] = "\x00a"  # sorts first
    by_subject: dict[str, list] = defaultdict(list)
    for s, p, o in triples:
        by_subject[s].append((terms[p], terms[o]))
    annotations = {ev.ann: ev for ev in evidence}
    # the text before an object: the predicate, opening the subject's block or after " ;"
    preds = {p for rows in by_subject.values() for p, _ in rows}
    first = {p: f" {'a' if p == terms[A] else p} " for p in preds}
    after = {p: f" ;\n{indent}    {'a' if p == terms[A] else p} " for p in preds}
    out: list[str] = []
    add = out.append
    head = f"\n\n{indent}"
    for s in sorted(by_subject.keys() | annotations.keys()):
        rows = by_subject.get(s)
        if rows is None:
            add(annotations[s].turtle(terms, indent))
            continue
        rows.sort()
        pred, o = prev = rows[0]
        add(head + terms[s] + first[pred])
        add(o)
        for row in rows:
            if row == prev:
                continue
            prev = row
            p, o = row
            if p != pred:
                add(after[p])
                pred = p
            else:
                add(", ")
            add(o)
        add(" .")
    return out


def _turtle_body(triples: Iterable[Triple], indent: str = "") -> str:
    return "".join(_turtle_parts(triples, indent))


def to_turtle(G_or_triples) -> str:
    """Deterministic Turtle: fixed prefixes; subjects, predicates and objects sorted."""
    if isinstance(G_or_triples, nx.Graph):
        evidence: list[_Evidence] = []
        parts = _turtle_parts(_triples(G_or_triples, evidence), evidence=evidence)
    else:
        parts = _turtle_parts(_triples_of(G_or_triples))
    parts.insert(0, _PREFIX_HEAD)
    parts.append("\n")
    return "".join(parts)


def to_trig(quads: Iterable[tuple[str, str, Term, str | None]]) -> str:
    """Deterministic TriG of ``(s, p, o, graph IRI or None)``: default graph first, named graphs sorted."""
    by_graph: dict[str | None, list[Triple]] = defaultdict(list)
    for s, p, o, gname in quads:
        by_graph[gname].append((s, p, o))
    out = [_PREFIX_HEAD]
    if by_graph.get(None):
        out.append(_turtle_body(by_graph.pop(None)))
    for gname in sorted(k for k in by_graph if k is not None):
        out.append(f"\n\n{_ttl(gname)} {{{_turtle_body(by_graph[gname], '    ')}\n}}")
    return "".join(out) + "\n"


def to_ntriples(G_or_triples) -> str:
    """Deterministic N-Triples: one line per triple, lines sorted."""
    nt = _NTCache()
    evidence: list[_Evidence] = []
    x = G_or_triples
    triples = _triples(x, evidence) if isinstance(x, nx.Graph) else _triples_of(x)
    lines = {f"{nt[s]} {nt[p]} {nt[o]} .\n" for s, p, o in triples}
    for ev in evidence:
        lines.update(ev.ntriples(nt))
    return "".join(sorted(lines))


def _triples_of(x) -> Iterable[Triple]:
    if isinstance(x, nx.Graph):
        return to_triples(x)
    if isinstance(x, rdflib.Dataset):
        return ((_from_rdflib_resource(s), str(p), _from_rdflib_term(o)) for s, p, o, _ in x.quads())
    if isinstance(x, rdflib.Graph):
        return _rdflib_triples(x)
    return x


# ---------------------------------------------------------------- named graphs per article


def article_of_triple(triples: list[Triple]) -> dict[Triple, str | None]:
    """Which article IRI each triple belongs to, for one named graph per article (None: shared).

    Evidence annotations go with their article; meetings, statements and messages
    with their only source article; entities, topics and articles are shared.
    """
    source: dict[str, set[str]] = defaultdict(set)
    ann_article: dict[str, str] = {}
    for s, p, o in triples:
        if p == PROV_DERIVED and isinstance(o, str):
            source[s].add(o)
        elif p == OA_SOURCE and isinstance(o, str):
            ann_article[s.rsplit("/target", 1)[0]] = o
    facts = set()
    for s, p, o in triples:
        if p == A and o in (_k("Meeting"), _k("Statement"), _k("Message")):
            facts.add(s)
    out: dict[Triple, str | None] = {}
    for tr in triples:
        s = tr[0]
        base = re.sub(r"/(target|pos|quote)$", "", s)
        if base in ann_article:
            out[tr] = ann_article[base]
            continue
        node = s.split("#", 1)[0]
        if node in facts and len(source[node]) == 1:
            out[tr] = next(iter(source[node]))
        else:
            out[tr] = None
    return out


def to_quads(G: nx.MultiDiGraph) -> list[tuple[str, str, Term, str | None]]:
    """The triples of ``G`` with the named graph (article IRI, or None for shared) each belongs to."""
    triples = list(set(to_triples(G)))
    where = article_of_triple(triples)
    return [(*tr, where[tr]) for tr in triples]


def to_dataset(G: nx.MultiDiGraph) -> rdflib.Dataset:
    """An rdflib Dataset with one named graph per article (shared descriptions in the default graph)."""
    ds = _new_graph(rdflib.Dataset)
    for s, p, o, a in to_quads(G):
        ctx = ds.graph(URIRef(a)) if a else ds.default_graph
        ctx.add((_to_rdflib_term(s), URIRef(p), _to_rdflib_term(o)))
    return ds


# ---------------------------------------------------------------- GraphML


def _to_graphml_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    H = nx.MultiDiGraph()
    for n, d in G.nodes(data=True):
        H.add_node(
            n,
            **{
                k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | tuple) else v
                for k, v in d.items()
                if v is not None
            },
        )
    for u, v, k, d in G.edges(keys=True, data=True):
        H.add_edge(
            u,
            v,
            key=k,
            **{
                a: json.dumps(x, ensure_ascii=False) if isinstance(x, list | tuple) else x
                for a, x in d.items()
                if x is not None
            },
        )
    return H


def _from_graphml_graph(H: nx.MultiDiGraph) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    for n, d in H.nodes(data=True):
        t = d.get("type")
        attrs = {"type": t, "label": d.get("label")}
        for a in NODE_ATTRS.get(t, ()):
            v = d.get(a)
            if a in _LIST_ATTRS:
                v = [tuple(x) for x in json.loads(v)] if v else []
            attrs[a] = v
        G.add_node(n, **attrs)
    for u, v, k, d in H.edges(keys=True, data=True):
        attrs = {
            a: ([tuple(x) for x in json.loads(x)] if a == "evidence" else x)
            for a, x in d.items()
            if a != "id"
        }
        attrs.setdefault("evidence", [])
        G.add_edge(u, v, key=k, **attrs)
    return G


# ---------------------------------------------------------------- files

FORMATS = {"turtle": ".ttl", "nt": ".nt", "json-ld": ".jsonld", "trig": ".trig", "graphml": ".graphml"}
_SUFFIX_FORMAT = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".trig": "trig",
    ".graphml": "graphml",
}


def serialize(G, format: str = "turtle") -> bytes:
    """``G`` (a MultiDiGraph, or an rdflib Graph for the RDF formats) serialized as bytes."""
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
    if format == "turtle":
        return to_turtle(G).encode("utf-8")
    if format == "nt":
        return to_ntriples(G).encode("utf-8")
    if format == "graphml":
        if not isinstance(G, nx.Graph):
            G = from_rdf(G)
        import io

        buf = io.BytesIO()
        nx.write_graphml(_to_graphml_graph(G), buf, encoding="utf-8")
        return buf.getvalue()
    if format == "trig":
        if not isinstance(G, nx.Graph):
            G = from_rdf(G)
        return to_trig(to_quads(G)).encode("utf-8")
    g = to_rdf(G) if isinstance(G, nx.Graph) else G
    doc = json.loads(g.serialize(format="json-ld", context=dict(sorted(PREFIXES.items())), auto_compact=True))
    return json.dumps(_sorted_json(doc), ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def _sorted_json(x):
    """JSON-LD with every array sorted: rdflib's order of nodes and values changes from run to run."""
    if isinstance(x, dict):
        return {k: _sorted_json(v) for k, v in x.items()}
    if isinstance(x, list):
        items = [_sorted_json(v) for v in x]
        return sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return x


def write(G, path, format: str | None = None) -> Path:
    """Write ``G`` to ``path`` atomically (a temporary file, then ``os.replace``).

    ``format`` is one of :data:`FORMATS`; by default it follows the file suffix.
    Turtle and N-Triples are written by this module's own sorted writer: byte-identical
    for the same graph, and fast (a million triples as Turtle in about two seconds).
    """
    path = Path(path)
    format = format or _format_of(path)
    atomic_write(path, serialize(G, format))
    return path


def _format_of(path: Path) -> str:
    fmt = _SUFFIX_FORMAT.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(f"cannot tell the format of {path}: use a suffix among {', '.join(_SUFFIX_FORMAT)}")
    return fmt


def _ox_term(t) -> Term:
    import pyoxigraph as ox

    if isinstance(t, ox.Literal):
        dt = t.datatype.value
        return Lit(t.value, t.language, None if t.language or dt == XSD_STRING else dt)
    return _ox_resource(t)


def _ox_resource(t) -> str:
    """An IRI or a blank node from pyoxigraph (a subject or a graph name: never a literal)."""
    import pyoxigraph as ox

    return f"_:{t.value}" if isinstance(t, ox.BlankNode) else t.value


def parse_triples(path, format: str | None = None) -> Iterator[Triple]:
    """The triples in an RDF file (named graphs merged), parsed by pyoxigraph (fast)."""
    import pyoxigraph as ox

    path = Path(path)
    format = format or _format_of(path)
    oxfmt = {
        "turtle": ox.RdfFormat.TURTLE,
        "nt": ox.RdfFormat.N_TRIPLES,
        "trig": ox.RdfFormat.TRIG,
        "json-ld": ox.RdfFormat.JSON_LD,
    }[format]
    for q in ox.parse(path=str(path), format=oxfmt):
        yield _ox_resource(q.subject), q.predicate.value, _ox_term(q.object)


def read(path, format: str | None = None) -> nx.MultiDiGraph:
    """Read a graph written by :func:`write` (format from the suffix) back into NetworkX."""
    path = Path(path)
    format = format or _format_of(path)
    if format == "graphml":
        return _from_graphml_graph(nx.read_graphml(path, force_multigraph=True))
    if format == "json-ld":
        return from_rdf(rdflib.Graph().parse(path, format="json-ld"))
    return from_triples(parse_triples(path, format))


def read_rdf(path, format: str | None = None) -> rdflib.Graph:
    """An RDF file as an rdflib Graph (named graphs merged), parsed by pyoxigraph when it can."""
    path = Path(path)
    format = format or _format_of(path)
    if format == "graphml":
        return to_rdf(read(path, "graphml"))
    if format == "json-ld":
        return rdflib.Graph().parse(path, format="json-ld")
    g = _new_graph()
    for s, p, o in parse_triples(path, format):
        g.add((_to_rdflib_term(s), URIRef(p), _to_rdflib_term(o)))
    return g
