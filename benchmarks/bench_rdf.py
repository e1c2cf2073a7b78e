#!/usr/bin/env python3
"""How fast is the RDF layer? Write and read about a million triples, rdflib against kg's fast path.

Usage:  PYTHONPATH=. python benchmarks/bench_rdf.py [--triples 1000000] [--rdflib-triples 100000]
                                                     [--repeat 3] [--skip-rdflib]

The graph is the bundled sample article's extraction (kg.build()) repeated with
fresh ids until it holds about --triples triples. Every measurement runs in a
fresh process (spawned, not forked: a forked child pays copy-on-write for every
object of the parent it touches, which is not what a user's process pays). The
process loads its input from a pickle, untimed, resets its peak-memory counter,
then times the operation; peak memory is VmHWM minus the RSS before the
operation (/proc/self/status). kg's and pyoxigraph's rows run --repeat times and
report the fastest run and the slowest; rdflib's, which take minutes, run once.

rdflib's Turtle serializer grows faster than the graph (about 12 s for 100,000
triples, 59 s for 250,000, unfinished after 36 minutes for a million on the
machine of docs/rdf.md), so rdflib and kg are also compared on a smaller graph
of --rdflib-triples triples, in the same run: the ratio there is a lower bound
of the ratio at a million.

Measured:
  rdflib       to_rdf (NetworkX -> rdflib.Graph), Graph.serialize turtle / nt, Graph.parse turtle / nt
  kg fast      kg.rdf.write(G, .ttl / .nt) end to end from NetworkX (sorted, deterministic output),
               the writers alone on prepared triples, pyoxigraph parse of the files (to Python
               triples), kg.rdf.read (file -> NetworkX)
  oxigraph     pyoxigraph's Store: native load and dump
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing as mp
import os
import pickle
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


# ---------------------------------------------------------------- the operations, by name

def _ox_dump(tmp: Path) -> str:
    store = ox.Store()
    store.bulk_load(path=str(tmp / "g.nt"), format=ox.RdfFormat.N_TRIPLES)
    t = time.perf_counter()
    store.dump(str(tmp / "ox.ttl"), format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph())
    return f"dump alone {time.perf_counter() - t:.2f} s, unsorted"


def _ox_load(path: Path, fmt) -> str:
    store = ox.Store()
    store.bulk_load(path=str(path), format=fmt)
    return f"{len(store):,} quads"


#: name -> (input to load: "G", "triples", "graph" (rdflib) or None, operation(input, tmp dir))
OPS = {
    "kg-write-ttl": ("G", lambda G, tmp: rdf.write(G, tmp / "a.ttl") and None),
    "kg-turtle-triples": ("triples", lambda tr, tmp: len(rdf.to_turtle(tr)) and None),
    "kg-write-nt": ("G", lambda G, tmp: rdf.write(G, tmp / "a.nt") and None),
    "ox-load-dump": (None, lambda _, tmp: _ox_dump(tmp)),
    "kg-write-ttl-small": ("G_small", lambda G, tmp: rdf.write(G, tmp / "small.ttl") and None),
    "rdflib-to-rdf": ("G", lambda G, tmp: len(rdf.to_rdf(G)) and None),
    "rdflib-ttl-small": ("graph_small", lambda g, tmp: len(g.serialize(format="turtle")) and None),
    "rdflib-ttl": ("graph", lambda g, tmp: len(g.serialize(format="turtle")) and None),
    "rdflib-nt": ("graph", lambda g, tmp: len(g.serialize(format="nt")) and None),
    "kg-parse-ttl": (None, lambda _, tmp: len(list(rdf.parse_triples(tmp / "g.ttl"))) and None),
    "kg-parse-nt": (None, lambda _, tmp: len(list(rdf.parse_triples(tmp / "g.nt"))) and None),
    "ox-load-ttl": (None, lambda _, tmp: _ox_load(tmp / "g.ttl", ox.RdfFormat.TURTLE)),
    "ox-load-nt": (None, lambda _, tmp: _ox_load(tmp / "g.nt", ox.RdfFormat.N_TRIPLES)),
    "kg-read-ttl": (None, lambda _, tmp: f"{rdf.read(tmp / 'g.ttl').number_of_nodes():,} nodes"),
    "rdflib-parse-ttl": (None, lambda _, tmp: f"{len(rdflib.Graph().parse(tmp / 'g.ttl', format='turtle')):,}"
                         " triples"),
    "rdflib-parse-nt": (None, lambda _, tmp: f"{len(rdflib.Graph().parse(tmp / 'g.nt', format='nt')):,}"
                        " triples"),
}


def _kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def _child(name: str, tmp: str, conn) -> None:
    tmp = Path(tmp)
    what, op = OPS[name]
    data = None
    if what in ("graph", "graph_small"):
        data = rdf.to_rdf(pickle.loads((tmp / f"{what.replace('graph', 'G')}.pkl").read_bytes()))
    elif what:
        data = pickle.loads((tmp / f"{what}.pkl").read_bytes())
    try:  # reset the peak RSS to the current RSS (Linux >= 4.0), so the input's loading does not count
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass
    rss0 = _kb("VmRSS")
    t, c = time.perf_counter(), time.process_time()
    result = op(data, tmp)
    took, cpu = time.perf_counter() - t, time.process_time() - c
    conn.send((took, cpu, (_kb("VmHWM") - rss0) / 1024, result))
    conn.close()


def measure(name: str, tmp: Path):
    """(wall s, CPU s, peak MiB above the start, small result) of the operation, in a fresh process."""
    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    p = ctx.Process(target=_child, args=(name, str(tmp), child))
    p.start()
    res = parent.recv()
    p.join()
    return res


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--rdflib-triples", type=int, default=100_000,
                    help="size of the graph on which rdflib's Turtle serializer is compared (default 100000)")
    ap.add_argument("--rdflib-full", action="store_true",
                    help="also run rdflib's Turtle serializer on the full graph (may take hours)")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each kg and pyoxigraph row (default 3)")
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
    (tmp / "G.pkl").write_bytes(pickle.dumps(G, protocol=pickle.HIGHEST_PROTOCOL))
    (tmp / "triples.pkl").write_bytes(pickle.dumps(triples, protocol=pickle.HIGHEST_PROTOCOL))
    small = replicate(base, max(1, round(a.rdflib_triples / per_copy)))
    n_small = len(set(rdf.to_triples(small)))
    (tmp / "G_small.pkl").write_bytes(pickle.dumps(small, protocol=pickle.HIGHEST_PROTOCOL))
    rdf.write(G, tmp / "g.ttl")
    rdf.write(G, tmp / "g.nt")
    del G, triples

    def row(name, label, *, group, repeat=a.repeat, size=n):
        runs = [measure(name, tmp) for _ in range(max(1, repeat))]
        took, cpu, mib, res = min(runs)
        slowest = f" (slowest of {len(runs)}: {max(r[0] for r in runs):.2f} s)" if len(runs) > 1 else ""
        print(f"  {group:8s} {label:52s} {took:7.2f} s wall {cpu:7.2f} s cpu {size / took / 1000:6.0f} k "
              f"triples/s {mib:6.0f} MiB peak" + (f"  ({res})" if res else "") + slowest, flush=True)
        return took, cpu

    print("writing")
    t_kg_ttl = row("kg-write-ttl", "kg.rdf.write(G, .ttl): NetworkX -> sorted Turtle", group="kg fast")
    row("kg-turtle-triples", "kg.rdf.to_turtle(triples): from plain triples", group="kg fast")
    row("kg-write-nt", "kg.rdf.write(G, .nt): NetworkX -> sorted N-Triples", group="kg fast")
    row("ox-load-dump", "pyoxigraph Store: load N-Triples + dump Turtle", group="oxigraph")
    nan = (float("nan"), float("nan"))
    t_rdflib_ttl = t_rdflib_small = t_kg_small = nan
    if a.skip_rdflib:
        a.skip_rdflib_read = True
    else:
        print(f"  on {n_small:,} triples, for rdflib's Turtle serializer:")
        t_kg_small = row("kg-write-ttl-small", "kg.rdf.write(G, .ttl)", group="kg fast", size=n_small)
        t_rdflib_small = row("rdflib-ttl-small", "Graph.serialize(format='turtle'), its Graph built",
                             group="rdflib", repeat=1, size=n_small)
        print(f"  on {n:,} triples:")
        row("rdflib-to-rdf", "to_rdf(G): NetworkX -> rdflib.Graph", group="rdflib", repeat=1)
        if a.rdflib_full:
            t_rdflib_ttl = row("rdflib-ttl", "Graph.serialize(format='turtle')", group="rdflib", repeat=1)
        row("rdflib-nt", "Graph.serialize(format='nt')", group="rdflib", repeat=1)

    print("reading")
    row("kg-parse-ttl", "pyoxigraph.parse(.ttl) -> Python triples", group="kg fast")
    row("kg-parse-nt", "pyoxigraph.parse(.nt) -> Python triples", group="kg fast")
    row("ox-load-ttl", "pyoxigraph Store.bulk_load(.ttl)", group="oxigraph")
    row("ox-load-nt", "pyoxigraph Store.bulk_load(.nt)", group="oxigraph")
    row("kg-read-ttl", "kg.rdf.read(.ttl): Turtle -> NetworkX", group="kg fast", repeat=1)
    if not a.skip_rdflib_read:
        row("rdflib-parse-ttl", "Graph().parse(.ttl)", group="rdflib", repeat=1)
        row("rdflib-parse-nt", "Graph().parse(.nt)", group="rdflib", repeat=1)

    kw, kc = t_kg_ttl
    print(f"Turtle, {n:,} triples: kg.rdf.write {kw:.2f} s wall / {kc:.2f} s CPU "
          f"({n / kw / 1000:.0f} k triples/s)")
    ratio = float("nan")
    if a.rdflib_full:
        ratio = t_rdflib_ttl[0] / kw
        print(f"  rdflib's serializer on the same {n:,} triples: {t_rdflib_ttl[0]:.2f} s: {ratio:.1f}x")
    elif not a.skip_rdflib:
        (sw, _), (rw, _) = t_kg_small, t_rdflib_small
        ratio = (n / kw) / (n_small / rw)
        print(f"  on {n_small:,} triples: kg {sw:.2f} s, rdflib's serializer {rw:.2f} s: "
              f"{rw / sw:.1f}x faster; "
              f"kg at {n:,} writes {ratio:.0f}x as many triples a second as rdflib at {n_small:,} "
              f"(a lower bound: rdflib slows down as the graph grows)")
    verdict = "met" if kw < 3 and ratio >= 10 else "NOT met" if kw >= 3 or ratio < 10 else "not checked"
    print(f"target (< 3 s for {n:,} triples, >= 10x rdflib): {verdict}")
    print(f"load average while running: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cpus")
    for f in tmp.iterdir():
        f.unlink()
    tmp.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())
