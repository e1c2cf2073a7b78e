"""Validate a graph against the project's SHACL shapes (``kg/ontology/shapes.ttl``) with pySHACL.

>>> import rdflib
>>> conforms, report = validate(rdflib.Graph())
>>> conforms, report
(True, 'Conforms: the graph satisfies every shape in shapes.ttl.')
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import rdflib
from rdflib.namespace import SH

from kg.vocab import PREFIXES

ONTOLOGY_DIR = Path(__file__).parent / "ontology"
SHAPES_PATH = ONTOLOGY_DIR / "shapes.ttl"
ONTOLOGY_PATH = ONTOLOGY_DIR / "kg.ttl"

__all__ = ["validate", "shapes_graph", "SHAPES_PATH", "ONTOLOGY_PATH"]


@lru_cache(maxsize=1)
def shapes_graph() -> rdflib.Graph:
    """The SHACL shapes, parsed once."""
    return rdflib.Graph().parse(SHAPES_PATH, format="turtle")


def _short(term, g: rdflib.Graph) -> str:
    if isinstance(term, rdflib.URIRef):
        s = str(term)
        for p, ns in PREFIXES.items():
            if s.startswith(ns) and s != ns:
                return f"{p}:{s[len(ns) :]}"
        return f"<{s}>"
    if isinstance(term, rdflib.BNode):
        inv = g.value(term, SH.inversePath)
        return f"^{_short(inv, g)}" if inv is not None else "[]"
    return repr(str(term)) if term is not None else "-"


def validate(graph, *, shapes: rdflib.Graph | None = None) -> tuple[bool, str]:
    """Check ``graph`` (an rdflib Graph, or a path to an RDF file) against the shapes.

    Returns ``(conforms, report)``: the report has one line per violation,
    ``focus node | property | message``, sorted, and a count.
    """
    import pyshacl

    if not isinstance(graph, rdflib.Graph):
        from kg.rdf import read_rdf

        graph = read_rdf(graph)
    conforms, results, _text = pyshacl.validate(
        graph,
        shacl_graph=shapes if shapes is not None else shapes_graph(),
        inference="none",
        advanced=False,
        allow_warnings=False,
    )
    if conforms:
        return True, "Conforms: the graph satisfies every shape in shapes.ttl."
    lines = set()
    for r in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        focus = results.value(r, SH.focusNode)
        path = results.value(r, SH.resultPath)
        msg = results.value(r, SH.resultMessage)
        value = results.value(r, SH.value)
        extra = f" (value {_short(value, results)})" if value is not None and value != focus else ""
        lines.add(f"{_short(focus, results)} | {_short(path, results)} | {msg}{extra}")
    body = "\n".join(sorted(lines))
    return False, f"Does not conform: {len(lines)} violation(s)\n{body}"
