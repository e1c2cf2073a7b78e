"""SPARQL over the knowledge graph, answered as a pandas DataFrame.

A source is an rdflib Graph, an RDF file (Turtle, N-Triples, TriG, JSON-LD:
read with pyoxigraph, named graphs merged), a :class:`kg.store.Store` or a
``pyoxigraph.Store``. A query is SPARQL text or the name of a query shipped in
``kg/queries/`` (see :func:`named_queries`); parameters bind query variables.

>>> sorted(named_queries())
['meetings-between-dates', 'meetings-of-person', 'statements-by-speaker', 'who-met-whom']
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import cast

import pandas as pd
import rdflib
from rdflib.query import ResultRow

__all__ = ["QUERY_DIR", "named_queries", "load_query", "query"]

QUERY_DIR = Path(__file__).parent / "queries"
_NUMERIC = {"integer", "decimal", "double", "float", "int", "long", "nonNegativeInteger"}


def named_queries() -> dict[str, Path]:
    """The queries shipped with kg: name -> file."""
    return {p.stem: p for p in sorted(QUERY_DIR.glob("*.rq"))}


def load_query(name_or_text: str) -> str:
    """The SPARQL text of a named query, a ``.rq`` file, or the text itself."""
    named = named_queries()
    if name_or_text in named:
        return named[name_or_text].read_text(encoding="utf-8")
    if name_or_text.endswith(".rq") and "\n" not in name_or_text and Path(name_or_text).is_file():
        return Path(name_or_text).read_text(encoding="utf-8")
    if not any(w in name_or_text.upper() for w in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")):
        raise ValueError(f"{name_or_text!r} is neither SPARQL nor a named query ({', '.join(named)})")
    return name_or_text


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def bind(text: str, **params) -> str:
    """``text`` with ``VALUES`` for the parameters at the start of its first WHERE block.

    Unlike rdflib's ``initBindings`` (which FILTERs do not always see) and Oxigraph's
    substitutions (which need the variable projected), this means the same in every engine.

    >>> print(bind("SELECT * WHERE { ?s ?p ?name }", name='Assad "the son"'))
    SELECT * WHERE {
      VALUES (?name) { ("Assad \\"the son\\"") }
     ?s ?p ?name }
    """
    if not params:
        return text
    from kg.rdf import Lit, _nt

    for k in params:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", k):
            raise ValueError(f"not a SPARQL variable name: {k!r}")
    terms = []
    for v in params.values():
        if isinstance(v, dt.date):
            v = v.isoformat()
        if isinstance(v, bool):
            terms.append("true" if v else "false")
        elif isinstance(v, int):
            terms.append(str(v))
        else:
            terms.append(_nt(Lit(str(v))))
    m = _WHERE.search(text)
    if m is None:
        raise ValueError("cannot bind parameters: the query has no WHERE { ... } block")
    values = f"\n  VALUES ({' '.join('?' + k for k in params)}) {{ ({' '.join(terms)}) }}\n"
    return text[: m.end()] + values + text[m.end():]


def _py_rdflib(v):
    if v is None:
        return None
    if isinstance(v, rdflib.Literal):
        dtype = str(v.datatype or "").rsplit("#", 1)[-1]
        if dtype in _NUMERIC:
            return v.toPython()
        return str(v)
    return str(v)


def _py_ox(v):
    import pyoxigraph

    if v is None:
        return None
    if isinstance(v, pyoxigraph.Literal):
        dtype = v.datatype.value.rsplit("#", 1)[-1]
        if dtype in _NUMERIC:
            return int(v.value) if dtype not in ("decimal", "double", "float") else float(v.value)
        return v.value
    return v.value


def query(source, sparql: str, **params) -> pd.DataFrame:
    """Run a SELECT query (SPARQL text or a named query) over ``source``; one column per variable.

    ``params`` bind variables before the query runs, e.g. ``query(g, "meetings-of-person", name="Assad")``.
    Literals come back as strings (numbers as numbers), IRIs as strings, unbound values as None.
    """
    text = bind(load_query(sparql), **params)
    if isinstance(source, rdflib.Graph):
        res = source.query(text)
        cols = [str(v) for v in res.vars or ()]
        rows = [[_py_rdflib(v) for v in cast(ResultRow, row)] for row in res]
        return pd.DataFrame(rows, columns=cols)
    store = _ox_store(source)
    res = store.query(text, use_default_graph_as_union=True)
    cols = [v.value for v in res.variables]
    rows = [[_py_ox(sol[c]) for c in cols] for sol in res]
    return pd.DataFrame(rows, columns=cols)


def _ox_store(source):
    import pyoxigraph

    if isinstance(source, pyoxigraph.Store):
        return source
    if hasattr(source, "ox"):  # kg.store.Store
        return source.ox
    path = Path(source)
    if not path.exists():
        raise FileNotFoundError(f"no such graph file: {path}")
    store = pyoxigraph.Store()
    suffix = path.suffix.lower()
    if suffix == ".graphml":
        from kg import rdf

        g = rdf.to_rdf(rdf.read(path))
        return _load_rdflib(store, g)
    fmt = {".ttl": pyoxigraph.RdfFormat.TURTLE, ".nt": pyoxigraph.RdfFormat.N_TRIPLES,
           ".trig": pyoxigraph.RdfFormat.TRIG, ".nq": pyoxigraph.RdfFormat.N_QUADS,
           ".jsonld": pyoxigraph.RdfFormat.JSON_LD, ".json": pyoxigraph.RdfFormat.JSON_LD}.get(suffix)
    if fmt is None:
        raise ValueError(f"cannot tell the RDF format of {path} from its suffix")
    store.bulk_load(path=str(path), format=fmt)
    return store


def _load_rdflib(store, g: rdflib.Graph):
    from kg.rdf import _nt, _rdflib_triples

    data = "".join(f"{_nt(s)} <{p}> {_nt(o)} .\n" for s, p, o in _rdflib_triples(g))
    import pyoxigraph

    store.bulk_load(data.encode("utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES)
    return store
