"""The linked-data subcommands of ``kg``: export, validate, query (thin over kg.rdf, kg.validate, kg.query).

    kg export GRAPH --out FILE [--format turtle|nt|json-ld|trig|graphml]
    kg validate GRAPH
    kg query GRAPH (SPARQL | --file Q.rq | --named NAME) [--param NAME=VALUE ...] [--as table|csv|json]

GRAPH is an RDF file written by kg (.ttl, .nt, .jsonld, .trig, .graphml) or a
store folder made by :class:`kg.store.Store`. ``kg.cli`` registers these with
:func:`add_rdf_commands`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _err(msg: str) -> int:
    print(f"kg: {msg}", file=sys.stderr)
    return 2


def _is_store(path: Path) -> bool:
    if not path.is_dir():
        return False
    if not (path / "CURRENT").exists():  # RocksDB's marker: do not turn any folder into a store
        raise ValueError(f"{path} is a folder but not a kg store (made by kg.store.Store)")
    return True


def cmd_export(args: argparse.Namespace) -> int:
    from kg import rdf
    from kg.store import Store

    src, out = Path(args.graph), Path(args.out)
    if not src.exists():
        return _err(f"no such graph: {src}")
    try:
        if _is_store(src):
            Store(src).export(out, args.format)
        else:
            G = rdf.read(src)
            rdf.write(G, out, args.format)
    except ValueError as exc:
        return _err(str(exc))
    print(f"wrote {out}")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from kg import rdf
    from kg.store import Store
    from kg.validate import validate

    src = Path(args.graph)
    if not src.exists():
        return _err(f"no such graph: {src}")
    try:
        g = Store(src).to_rdf() if _is_store(src) else rdf.read_rdf(src)
    except (ValueError, SyntaxError, OSError) as exc:
        return _err(f"cannot read {src}: {exc}")
    conforms, report = validate(g)
    print(f"{src}: {len(g)} triples. {report}")
    return 0 if conforms else 1


def _params(pairs: list[str]) -> dict[str, str]:
    out = {}
    for p in pairs or ():
        name, sep, value = p.partition("=")
        if not sep:
            raise ValueError(f"--param wants NAME=VALUE, got {p!r}")
        out[name] = value
    return out


def cmd_query(args: argparse.Namespace) -> int:
    from kg import query as Q
    from kg.store import Store

    if args.list:
        for name, path in Q.named_queries().items():
            first = next(
                (ln[2:] for ln in path.read_text(encoding="utf-8").splitlines() if ln.startswith("# ")), ""
            )
            print(f"{name:24s} {first}")
        return 0
    if args.graph is None:
        return _err("query needs a GRAPH (or --list)")
    src = Path(args.graph)
    if not src.exists():
        return _err(f"no such graph: {src}")
    chosen = [x for x in (args.sparql, args.file, args.named) if x]
    if len(chosen) != 1:
        return _err("give exactly one of: SPARQL text, --file Q.rq, --named NAME")
    try:
        text = Path(args.file).read_text(encoding="utf-8") if args.file else Q.load_query(chosen[0])
        df = Q.query(Store(src) if _is_store(src) else src, text, **_params(args.param))
    except (ValueError, OSError, SyntaxError) as exc:
        return _err(str(exc))
    except Exception as exc:  # a SPARQL syntax error from rdflib/pyoxigraph
        return _err(f"the query failed: {exc}")
    if args.as_ == "csv":
        df.to_csv(sys.stdout, index=False)
    elif args.as_ == "json":
        print(df.to_json(orient="records", force_ascii=False, indent=1))
    else:
        print(df.to_string(index=False) if len(df) else "(no results)")
    return 0


def add_rdf_commands(subparsers) -> None:
    """Register ``export``, ``validate`` and ``query`` on the ``kg`` command's subparsers."""
    from kg.rdf import FORMATS

    e = subparsers.add_parser(
        "export",
        help="convert a graph to Turtle, N-Triples, JSON-LD, TriG or GraphML",
        description="Read a graph written by kg (or a store folder) and write it in "
        "another format; the format follows --out's suffix unless --format says.",
    )
    e.add_argument(
        "graph", metavar="GRAPH", help="graph file (.ttl, .nt, .jsonld, .trig, .graphml) or store folder"
    )
    e.add_argument("--out", required=True, metavar="FILE", help="file to write (written atomically)")
    e.add_argument(
        "--format", choices=list(FORMATS), help="output format (default: from the suffix of --out)"
    )
    e.set_defaults(func=cmd_export)

    v = subparsers.add_parser(
        "validate",
        help="check a graph against the SHACL shapes",
        description="Validate a graph with pySHACL against kg/ontology/shapes.ttl; "
        "exit status 0 when it conforms, 1 when it does not, 2 when it cannot be read.",
    )
    v.add_argument("graph", metavar="GRAPH", help="graph file or store folder")
    v.set_defaults(func=cmd_validate)

    q = subparsers.add_parser(
        "query",
        help="run SPARQL (or a named query) and print a table",
        description="Run a SPARQL SELECT query over a graph and print the answer. "
        "Named queries: kg query --list.",
    )
    q.add_argument("graph", metavar="GRAPH", nargs="?", help="graph file or store folder")
    q.add_argument("sparql", metavar="SPARQL", nargs="?", help="the query text")
    q.add_argument("--file", metavar="Q.rq", help="read the query from a file")
    q.add_argument("--named", metavar="NAME", help="a query shipped with kg (see --list)")
    q.add_argument("--param", action="append", metavar="NAME=VALUE", help="bind ?NAME to VALUE (repeatable)")
    q.add_argument(
        "--as", dest="as_", choices=("table", "csv", "json"), default="table", help="output (default table)"
    )
    q.add_argument("--list", action="store_true", help="list the named queries")
    q.set_defaults(func=cmd_query)
