"""``kg view``: draw a Turtle graph as an interactive HTML page.

To be wired into ``kg.cli`` with ``add_view_command(subparsers)``; it sets
``func=cmd_view`` on its parser, so the usual ``args.func(args)`` dispatch
runs it.

>>> import argparse
>>> parser = argparse.ArgumentParser(prog="kg")
>>> _ = add_view_command(parser.add_subparsers(dest="command"))
>>> args = parser.parse_args(["view", "g.ttl", "--out", "v.html", "--focus", "الأسد", "--depth", "1"])
>>> (args.graph, args.out, args.focus, args.depth, args.meetings_only, args.max_nodes)
('g.ttl', 'v.html', 'الأسد', 1, False, 2000)
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date written YYYY-MM-DD: {text!r}") from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def add_view_command(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register ``kg view GRAPH.ttl --out view.html [options]``."""
    p = subparsers.add_parser(
        "view",
        help="draw a graph (Turtle) as an interactive HTML page",
        description="Draw a graph written by `kg build` as one self-contained HTML page (works offline). "
                    "Narrow big graphs with --focus, --meetings-only or --since/--until.",
    )
    p.add_argument("graph", metavar="GRAPH.ttl", help="the graph, as written by `kg build`")
    p.add_argument("--out", "-o", required=True, metavar="VIEW.html", help="the page to write")
    p.add_argument("--title", help="page heading (default: the graph's file name)")
    p.add_argument("--focus", metavar="NAME",
                   help="only this person's (or organization's, place's) neighbourhood; any spelling")
    p.add_argument("--depth", type=int, default=2, metavar="N", help="steps out from --focus (default 2)")
    p.add_argument("--meetings-only", action="store_true",
                   help="people joined by the meetings they shared (edge width = number of meetings)")
    p.add_argument("--since", type=_date, metavar="YYYY-MM-DD", help="only meetings on or after this date")
    p.add_argument("--until", type=_date, metavar="YYYY-MM-DD", help="only meetings on or before this date")
    p.add_argument("--max-nodes", type=_positive, default=2000, metavar="N",
                   help="keep at most N nodes, the best connected (default 2000)")
    p.set_defaults(func=cmd_view)
    return p


def cmd_view(args: argparse.Namespace) -> int:
    """Run ``kg view``; returns the exit status (0 written, 1 unreadable input, 2 bad options)."""
    from kg.html import to_html

    src = Path(args.graph)
    if not src.is_file():
        print(f"kg view: no such file: {src}", file=sys.stderr)
        return 1
    if args.depth < 0:
        print("kg view: --depth must be 0 or more", file=sys.stderr)
        return 2
    try:
        from kg.rdf import read  # the RDF layer; imported here so kg.html works without it
    except ImportError as exc:  # pragma: no cover - until kg.rdf lands
        print(f"kg view: cannot read Turtle, kg.rdf is not available ({exc})", file=sys.stderr)
        return 1
    try:
        G = read(src)
    except Exception as exc:  # noqa: BLE001 - a parser's error is the user's message
        print(f"kg view: cannot read {src}: {exc}", file=sys.stderr)
        return 1
    try:
        to_html(G, args.out, title=args.title or src.name, focus=args.focus, depth=args.depth,
                meetings_only=args.meetings_only, since=args.since, until=args.until,
                max_nodes=args.max_nodes)
    except ValueError as exc:  # an unknown --focus name, an empty date range
        print(f"kg view: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"kg view: cannot write {args.out}: {exc}", file=sys.stderr)
        return 1
    print(f"kg view: wrote {args.out}")
    return 0
