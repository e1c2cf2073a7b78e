"""Throughput of a build over the 5,000-article bulk set (../shared/corpus/bulk), in one process.

Prints, for each stage, the time and articles per second, peak memory, and the ratio of the whole
build to the baseline measured in the same run: reading and normalizing the same articles (the
least any extractor must do). Not a test: figures vary with the machine.

    python benchmarks/bench_build.py [--limit N] [--files ../shared/corpus/bulk/part-00*.jsonl]
"""

from __future__ import annotations

import argparse
import glob
import resource
import time
from pathlib import Path

from kg.graph import to_graph
from kg.ingest import read
from kg.pipeline import extract_article
from kg.text import Doc

BULK = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bulk"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", nargs="*", default=sorted(glob.glob(str(BULK / "part-*.jsonl"))))
    ap.add_argument("--limit", type=int, default=0, help="articles at most (0: all)")
    a = ap.parse_args()
    if not a.files:
        raise SystemExit(f"no bulk files: expected {BULK}/part-*.jsonl")

    t0 = time.perf_counter()
    articles, errors = read(a.files)
    if a.limit:
        articles = articles[: a.limit]
    t_read = time.perf_counter() - t0

    t0 = time.perf_counter()
    for art in articles:
        Doc.from_article(art).tokens  # noqa: B018  (normalize + tokenize: the baseline)
    t_base = time.perf_counter() - t0

    by_lang: dict[str, float] = {}
    n_lang: dict[str, int] = {}
    extractions = []
    t0 = time.perf_counter()
    for art in articles:
        t = time.perf_counter()
        extractions.append(extract_article(art))
        by_lang[art.lang] = by_lang.get(art.lang, 0.0) + time.perf_counter() - t
        n_lang[art.lang] = n_lang.get(art.lang, 0) + 1
    t_extract = time.perf_counter() - t0

    t0 = time.perf_counter()
    G = to_graph(extractions)
    t_graph = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux reports KiB

    n = len(articles)
    print(f"articles            {n:,} ({len(errors)} unreadable)")
    print(f"read (ingest)       {t_read:7.2f} s   {n / t_read:8.0f} articles/s")
    print(f"baseline normalize  {t_base:7.2f} s   {n / t_base:8.0f} articles/s")
    print(
        f"extract             {t_extract:7.2f} s   {n / t_extract:8.0f} articles/s   "
        f"{1000 * t_extract / n:.2f} ms/article"
    )
    for lang in sorted(by_lang):
        print(
            f"  {lang}                {1000 * by_lang[lang] / n_lang[lang]:7.2f} ms/article"
            f" over {n_lang[lang]:,}"
        )
    print(
        f"graph               {t_graph:7.2f} s   {G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges"
    )
    print(f"peak memory         {peak / 2**20:7.1f} MiB (max RSS of the process)")
    print(f"ratio               extraction costs {t_extract / t_base:.1f}x the normalize+tokenize baseline")


if __name__ == "__main__":
    main()
