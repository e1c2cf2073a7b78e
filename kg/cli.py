"""The ``kg`` command: a thin layer over the library.

    kg build [INPUT ...] --out DIR [--published YYYY-MM-DD] [--lang auto|ar|en]

With no INPUT the bundled sample article is built.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import time
from pathlib import Path

from kg import __version__

VALIDATE_LIMIT = 200_000  # SHACL on more triples takes minutes; `kg validate` does it on demand


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {value!r}") from None


class _Progress:
    """A one-line progress counter on stderr for long builds (only on a terminal)."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.start = time.monotonic()

    def __call__(self, done: int, total: int) -> None:
        if self.enabled and total >= 20 and (done % 50 == 0 or done == total):
            rate = done / max(time.monotonic() - self.start, 1e-6)
            print(
                f"\r  {done:,}/{total:,} articles ({rate:,.0f}/s)",
                end="" if done < total else "\n",
                file=sys.stderr,
                flush=True,
            )


def cmd_build(args: argparse.Namespace) -> int:
    from kg import html, rdf
    from kg.pipeline import build

    errors: list = []
    t0 = time.monotonic()
    G = build(
        args.inputs,
        published=args.published,
        lang=args.lang,
        errors=errors,
        progress=_Progress(sys.stderr.isatty()),
    )
    for err in errors:
        print(f"kg: skipped {err}", file=sys.stderr)
    counts = {t: 0 for t in ("Article", "Meeting", "Person", "Organization", "Place", "Statement")}
    reported = 0
    for _, d in G.nodes(data=True):
        if d.get("type") in counts:
            counts[d["type"]] += 1
        reported += d.get("type") == "Statement" and d.get("kind") == "reported"
    if counts["Article"] == 0:
        print("kg: nothing to build: no input could be read", file=sys.stderr)
        return 1
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    ttl = out / "graph.ttl"
    rdf.write(G, ttl)
    # the vocabulary travels with the data, so that a triple store or a reader can resolve kg: terms
    shutil.copyfile(Path(rdf.__file__).parent / "ontology" / "kg.ttl", out / "ontology.ttl")
    page = out / "graph.html"
    html.to_html(G, page, title="kg: " + (Path(args.inputs[0]).name if args.inputs else "sample article"))
    took = time.monotonic() - t0
    print(
        f"built {counts['Article']} article(s) in {took:.1f}s: {counts['Meeting']} meeting(s), "
        f"{counts['Person']} people, {counts['Organization']} organization(s), {counts['Place']} place(s), "
        f"{counts['Statement'] - reported} quotation(s) and {reported} reported statement(s); "
        f"{len(errors)} input(s) skipped"
    )
    print(f"wrote {ttl}, {page} and {out / 'ontology.ttl'}")
    if args.store:
        from kg.store import Store

        changed = Store(args.store).add_graph(G)
        print(
            f"store {args.store}: {len(changed)} article(s) added or replaced, "
            f"{counts['Article'] - len(changed)} unchanged"
        )
    if args.validate:
        from kg.validate import validate

        n_triples = sum(1 for _ in rdf.to_triples(G))
        if n_triples > VALIDATE_LIMIT:
            print(
                f"not validated: {n_triples:,} triples is more than the build checks by itself "
                f"({VALIDATE_LIMIT:,}); run kg validate {ttl}"
            )
            return 0
        conforms, report = validate(rdf.to_rdf(G))
        if conforms:
            print("validated: the graph conforms to kg/ontology/shapes.ttl")
        else:
            first = report.splitlines()[0]
            print(f"validation: {first} (details: kg validate {ttl})", file=sys.stderr)
    return 0


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kg",
        description="Build a knowledge graph of meetings, attendees and statements "
        "from Arabic and English news.",
    )
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    b = sub.add_parser(
        "build",
        help="extract meetings and statements from articles; write graph.ttl and graph.html",
        description="Read articles (.txt, .html, .jsonl files or folders of them) and write DIR/graph.ttl "
        "(Turtle), DIR/graph.html (an interactive view) and DIR/ontology.ttl (the kg: vocabulary). "
        "With no INPUT the bundled sample is built.",
    )
    b.add_argument(
        "inputs", nargs="*", metavar="INPUT", help="article files or folders (default: the bundled sample)"
    )
    b.add_argument(
        "--out", required=True, metavar="DIR", help="folder to write graph.ttl and graph.html into"
    )
    b.add_argument(
        "--published",
        type=_date,
        metavar="YYYY-MM-DD",
        help="publication date that relative dates resolve against, when the input carries none",
    )
    b.add_argument(
        "--lang",
        choices=("auto", "ar", "en"),
        default="auto",
        help="language of the articles (default: detected per article)",
    )
    b.add_argument(
        "--store",
        metavar="DIR",
        help="also add the articles to a persistent RDF store in DIR (one named graph per article; "
        "an article built again replaces its old graph)",
    )
    b.add_argument(
        "--no-validate",
        dest="validate",
        action="store_false",
        help="skip the SHACL validation of the output (it takes a while on very large builds)",
    )
    b.set_defaults(func=cmd_build)
    for register in _extra_commands():
        register(sub)
    return parser


def _extra_commands():
    """Subcommands of the other modules (export, validate, query, view), registered where present."""
    found = []
    for module, name in (("kg.cli_rdf", "add_rdf_commands"), ("kg.cli_view", "add_view_command")):
        try:
            mod = __import__(module, fromlist=[name])
        except ImportError:
            continue
        found.append(getattr(mod, name))
    return found


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
