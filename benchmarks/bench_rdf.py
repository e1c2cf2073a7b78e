#!/usr/bin/env python3
"""How fast is the RDF layer? Write and read about a million triples, rdflib against kg's fast path.

Usage:  PYTHONPATH=. python benchmarks/bench_rdf.py [--triples 1000000] [--skip-rdflib-read]

The graph is the bundled sample article's extraction (kg.build()) repeated with
fresh ids until it holds about --triples triples. Every measurement runs in a
forked child process, so that its peak memory (VmHWM minus the RSS at the start,
from /proc/self/status) is its own; times are wall-clock.

Measured:
  rdflib       to_rdf (NetworkX -> rdflib.Graph), Graph.serialize turtle / nt, Graph.parse turtle / nt
  kg fast      kg.rdf.write(G, .ttl / .nt) end to end from NetworkX (sorted, deterministic output),
               the writers alone on prepared triples, pyoxigraph parse of the files (to Python
               triples, and into a Store), kg.rdf.read (file -> NetworkX)
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing as mp
import os
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import rdflib

import kg
from kg import rdf


def replicate(G: nx.MultiDiGraph, copies: int) -> nx.MultiDiGraph:
    """``copies`` disjoint copies of ``G``: every id (and every evidence's article id) gets a suffix."""
    out = nx.MultiDiGraph()
    for i in range(copies):
        def rn(n, i=i):
            return f"{n}-{i}"

        for n, d in G.nodes(data=True):
            d = dict(d)
            if "evidence" in d:
                d["evidence"] = [(rn(a), s, e) for a, s, e in d["evidence"]]
            out.add_node(rn(n), **d)
        for u, v, k, d in G.edges(keys=True, data=True):
            d = dict(d)
            if "evidence" in d:
                d["evidence"] = [(rn(a), s, e) for a, s, e in d["evidence"]]
            out.add_edge(rn(u), rn(v), key=k, **d)
    return out


def _kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def _child(fn, conn):
    rss0 = _kb("VmRSS")
    t, c = time.perf_counter(), time.process_time()
    result = fn()
    took, cpu = time.perf_counter() - t, time.process_time() - c
    conn.send((took, cpu, (_kb("VmHWM") - rss0) / 1024, result))
    conn.close()


def measure(fn):
    """(wall s, CPU s, peak MiB above the start, fn's small result) of fn() run in a forked child."""
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    p = ctx.Process(target=_child, args=(fn, child))
    p.start()
    res = parent.recv()
    p.join()
    return res


def rdflib_writing(G, row) -> tuple[float, float]:
    """rdflib: build the Graph, then serialize it as Turtle and N-Triples; the Turtle (wall, CPU) time."""
    row("to_rdf(G): NetworkX -> rdflib.Graph", lambda: len(rdf.to_rdf(G)) and None, group="rdflib")
    graph = rdf.to_rdf(G)

    def rdflib_write(fmt):
        return lambda: len(graph.serialize(format=fmt)) and None

    took = row("Graph.serialize(format='turtle')", rdflib_write("turtle"), group="rdflib")
    row("Graph.serialize(format='nt')", rdflib_write("nt"), group="rdflib")
    return took


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--skip-rdflib-read", action="store_true", help="skip rdflib's (slow) parsers")
    ap.add_argument("--skip-rdflib", action="store_true", help="measure only kg's and pyoxigraph's paths")
    a = ap.parse_args(argv)

    base = kg.build(published=dt.date(2020, 3, 25))
    per_copy = len(set(rdf.to_triples(base)))
    copies = max(1, round(a.triples / per_copy))
    G = replicate(base, copies)
    triples = list(set(rdf.to_triples(G)))
    n = len(triples)
    print(f"graph: {copies} copies of the sample ({per_copy} triples each): {G.number_of_nodes():,} nodes, "
          f"{n:,} triples; python {sys.version.split()[0]}, rdflib {rdflib.__version__}, "
          f"pyoxigraph {ox.__version__}, {os.cpu_count()} cpus")

    tmp = Path(tempfile.mkdtemp(prefix="bench_rdf_"))
    ttl, nt = tmp / "g.ttl", tmp / "g.nt"
    rdf.write(G, ttl)
    rdf.write(G, nt)
    rows = []

    def row(label, fn, *, group):
        took, cpu, mib, res = measure(fn)
        rows.append((group, label, took, cpu, mib))
        print(f"  {group:8s} {label:52s} {took:7.2f} s wall {cpu:7.2f} s cpu {n / took / 1000:6.0f} k "
              f"triples/s {mib:6.0f} MiB peak" + (f"  ({res})" if res else ""), flush=True)
        return took, cpu

    print("writing")
    t_kg_ttl = row("kg.rdf.write(G, .ttl): NetworkX -> sorted Turtle", lambda: rdf.write(G, tmp / "a.ttl")
                   and None, group="kg fast")
    row("kg.rdf.to_turtle(triples): the writer alone", lambda: len(rdf.to_turtle(triples)) and None,
        group="kg fast")
    row("kg.rdf.write(G, .nt): NetworkX -> sorted N-Triples", lambda: rdf.write(G, tmp / "a.nt") and None,
        group="kg fast")

    def ox_dump():
        store = ox.Store()
        store.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
        t = time.perf_counter()
        store.dump(str(tmp / "ox.ttl"), format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph())
        return f"dump alone {time.perf_counter() - t:.2f} s, unsorted"

    row("pyoxigraph Store: load N-Triples + dump Turtle", ox_dump, group="oxigraph")
    if a.skip_rdflib:
        a.skip_rdflib_read = True
        t_rdflib_ttl = (float("nan"), float("nan"))
    else:
        t_rdflib_ttl = rdflib_writing(G, row)

    print("reading")
    row("pyoxigraph.parse(.ttl) -> Python triples", lambda: len(list(rdf.parse_triples(ttl))) and None,
        group="kg fast")
    row("pyoxigraph.parse(.nt) -> Python triples", lambda: len(list(rdf.parse_triples(nt))) and None,
        group="kg fast")

    def ox_load(path, fmt):
        def f():
            s = ox.Store()
            s.bulk_load(path=str(path), format=fmt)
            return f"{len(s):,} quads"
        return f

    row("pyoxigraph Store.bulk_load(.ttl)", ox_load(ttl, ox.RdfFormat.TURTLE), group="oxigraph")
    row("pyoxigraph Store.bulk_load(.nt)", ox_load(nt, ox.RdfFormat.N_TRIPLES), group="oxigraph")
    row("kg.rdf.read(.ttl): Turtle -> NetworkX", lambda: f"{rdf.read(ttl).number_of_nodes():,} nodes",
        group="kg fast")
    if not a.skip_rdflib_read:
        row("Graph().parse(.ttl)", lambda: f"{len(rdflib.Graph().parse(ttl, format='turtle')):,} triples",
            group="rdflib")
        row("Graph().parse(.nt)", lambda: f"{len(rdflib.Graph().parse(nt, format='nt')):,} triples",
            group="rdflib")

    (kw, kc), (rw, rc) = t_kg_ttl, t_rdflib_ttl
    verdict = "met" if kw < 3 and rw / kw >= 10 else "NOT met"
    print(f"Turtle, {n:,} triples: kg.rdf.write {kw:.2f} s wall / {kc:.2f} s CPU; rdflib's serializer alone "
          f"(its Graph already built) {rw:.2f} s wall / {rc:.2f} s CPU: {rw / kw:.1f}x faster by wall time, "
          f"{rc / kc:.1f}x by CPU time; target (< 3 s and >= 10x): {verdict}")
    print(f"load average while running: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cpus")
    for f in tmp.iterdir():
        f.unlink()
    tmp.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())
