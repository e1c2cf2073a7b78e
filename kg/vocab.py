"""The project's RDF vocabulary and the IRIs of graph nodes.

The ontology terms live in ``https://w3id.org/kg-news/ontology#`` (prefix ``kg``),
defined in ``kg/ontology/kg.ttl``; resources (people, meetings, articles, ...)
live under ``https://w3id.org/kg-news/id/`` (prefix ``kgid``).

>>> str(KG.Meeting)
'https://w3id.org/kg-news/ontology#Meeting'
>>> node_iri("person:ab12")
'https://w3id.org/kg-news/id/person/ab12'
>>> node_id("https://w3id.org/kg-news/id/person/ab12")
'person:ab12'
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

KG_NS = "https://w3id.org/kg-news/ontology#"
KGID_NS = "https://w3id.org/kg-news/id/"
SCHEMA_NS = "https://schema.org/"
PROV_NS = "http://www.w3.org/ns/prov#"
OA_NS = "http://www.w3.org/ns/oa#"
ORG_NS = "http://www.w3.org/ns/org#"
SEM_NS = "http://semanticweb.cs.vu.nl/2009/11/sem/"
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#"
OWL_NS = "http://www.w3.org/2002/07/owl#"
XSD_NS = "http://www.w3.org/2001/XMLSchema#"

#: The prefixes every serialization of the project uses, always the same.
PREFIXES: dict[str, str] = {
    "kg": KG_NS,
    "kgid": KGID_NS,
    "oa": OA_NS,
    "org": ORG_NS,
    "owl": OWL_NS,
    "prov": PROV_NS,
    "rdf": RDF_NS,
    "rdfs": RDFS_NS,
    "schema": SCHEMA_NS,
    "xsd": XSD_NS,
}

KGID = Namespace(KGID_NS)
SDO = Namespace(SCHEMA_NS)
PROV = Namespace(PROV_NS)
OA = Namespace(OA_NS)
ORG = Namespace(ORG_NS)


class KG(DefinedNamespace):
    """The kg-news ontology (``kg/ontology/kg.ttl``)."""

    _NS = Namespace(KG_NS)
    _fail = True

    # classes
    Meeting: URIRef  # a meeting between two or more parties; a schema:Event
    Statement: URIRef  # a quotation or reported speech (a direct quotation is also a schema:Quotation)
    ReportedSpeech: URIRef  # words attributed without quoting them; not a schema:Quotation
    Topic: URIRef  # what a meeting was about
    Message: URIRef  # a message carried by one party from another to a third
    Attendance: URIRef  # one party's attendance of a meeting (qualified, carries evidence)
    Assertion: URIRef  # any other relation between two nodes, qualified to carry evidence
    Post: URIRef  # a post held by a person, with the title as written

    # properties
    host: URIRef
    guest: URIRef
    sender: URIRef
    carrier: URIRef
    recipient: URIRef
    via: URIRef
    during: URIRef
    reportingVerb: URIRef
    hedge: URIRef
    kind: URIRef
    sentence: URIRef
    mode: URIRef
    status: URIRef
    trigger: URIRef
    dateText: URIRef
    sourceFile: URIRef
    sha1: URIRef


def node_iri(node: str) -> str:
    """The IRI of the graph node ``node`` ("<prefix>:<local>").

    >>> node_iri("article:f5fa 79")
    'https://w3id.org/kg-news/id/article/f5fa%2079'
    """
    prefix, sep, local = node.partition(":")
    if not sep or not prefix or not local:
        raise ValueError(f"node id {node!r} is not of the form '<prefix>:<local>' (see kg.model.PREFIX)")
    if _SAFE.fullmatch(prefix) and _SAFE.fullmatch(local):  # the usual ids: no quoting needed (and faster)
        return f"{KGID_NS}{prefix}/{local}"
    return f"{KGID_NS}{quote(prefix, safe='')}/{quote(local, safe='-._~')}"


_SAFE = re.compile(r"[A-Za-z0-9_~-][A-Za-z0-9._~-]*")


def node_id(iri: str) -> str | None:
    """The graph node id of ``iri``, or None when it is not a node IRI (other namespace, a fragment)."""
    if not iri.startswith(KGID_NS) or "#" in iri:
        return None
    prefix, sep, local = iri[len(KGID_NS) :].partition("/")
    if not sep or not local or "/" in local:
        return None
    return f"{unquote(prefix)}:{unquote(local)}"
