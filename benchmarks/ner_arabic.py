#!/usr/bin/env python3
"""How well does kg find Arabic people, organizations and places in text it was never tuned on?

Usage:  PYTHONPATH=. python benchmarks/ner_arabic.py [--split test|train] [--per-article 20] [--show 0]

Reads ANERcorp (CAMeL Lab split, ../shared/corpus/ner/anercorp/), newswire with
gold PERS/ORG/LOC tags per token, joins the tokens back into text (consecutive
sentences, --per-article of them, make one article, so that names introduced
early can be found again later), runs kg's Arabic extraction on each article,
and compares the entities' mention spans with the gold spans:

  exact    the same characters
  overlap  the spans share a character (ANERcorp tags whole tokens, clitics and
           all: "وبغداد" is LOC as a whole, where kg names "بغداد"; and kg keeps
           a person's name without the title before it)

Both must have the same type (PERS = Person, ORG = Organization, LOC = Place;
MISC is left out). A gold span is matched at most once. The test split is the
one to report; the rules were never read against it. Not a test: it prints
figures.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

import kg
from kg.ingest import make_article
from kg.pipeline import extract_article

ROOT = Path(__file__).resolve().parents[1]
ANERCORP = ROOT.parent / "shared" / "corpus" / "ner" / "anercorp"
TYPES = {"PERS": "Person", "ORG": "Organization", "LOC": "Place"}
HEADLINE = "نص\n\n"  # a line for the headline slot, so that every sentence is body text


def sentences(path: Path) -> list[list[tuple[str, str]]]:
    out, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if cur:
                out.append(cur)
            cur = []
            continue
        token, tag = (parts[0], parts[-1]) if len(parts) > 1 else (parts[0], "O")
        cur.append((token, tag))
    if cur:
        out.append(cur)
    return out


def article(sents: list[list[tuple[str, str]]]) -> tuple[str, list[tuple[int, int, str]]]:
    """The text of consecutive sentences (one a line) and its gold spans (start, end, type)."""
    text, gold = HEADLINE, []
    for sent in sents:
        open_span = None
        for i, (token, tag) in enumerate(sent):
            if i:
                text += " "
            start = len(text)
            text += token
            kind = tag[2:] if tag[:2] in ("B-", "I-") else None
            if open_span and (tag.startswith("B-") or kind != open_span[2]):
                gold.append(open_span)
                open_span = None
            if kind in TYPES:
                open_span = (open_span[0], len(text), kind) if open_span else (start, len(text), kind)
        if open_span:
            gold.append(open_span)
        text += "\n"
    return text, [(s, e, TYPES[k]) for s, e, k in gold]


def score(pred: list[tuple[int, int, str]], gold: list[tuple[int, int, str]], overlap: bool) -> Counter:
    c: Counter = Counter()
    used: set[int] = set()
    for s, e, t in pred:
        hit = next(
            (i for i, (gs, ge, gt) in enumerate(gold)
             if i not in used and gt == t and ((s < ge and gs < e) if overlap else (s, e) == (gs, ge))),
            None,
        )
        if hit is None:
            c[t, "fp"] += 1
        else:
            used.add(hit)
            c[t, "tp"] += 1
    for i, (_, _, t) in enumerate(gold):
        if i not in used:
            c[t, "fn"] += 1
    return c


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["test", "train"], default="test")
    ap.add_argument("--per-article", type=int, default=20, help="sentences per article (default 20)")
    ap.add_argument("--show", type=int, default=0, help="print this many misses of each kind")
    ap.add_argument("--anercorp", type=Path, default=ANERCORP, help=f"the ANERcorp folder ({ANERCORP})")
    a = ap.parse_args(argv)
    path = a.anercorp / f"ANERCorp_CamelLab_{a.split}.txt"
    if not path.exists():
        print(f"not found: {path} (the shared corpus)", file=sys.stderr)
        return 1
    sents = sentences(path)
    totals = {False: Counter(), True: Counter()}
    misses: list[tuple[str, str]] = []
    took = 0.0
    n_articles = 0
    for i in range(0, len(sents), a.per_article):
        text, gold = article(sents[i : i + a.per_article])
        t = time.perf_counter()
        ex = extract_article(make_article(text, lang="ar"))
        took += time.perf_counter() - t
        n_articles += 1
        pred = sorted({(s, e, ent.kind) for ent in ex.entities for s, e in ent.spans})
        for overlap in (False, True):
            totals[overlap] += score(pred, gold, overlap)
        if a.show:
            gold_set = {(s, e) for s, e, _ in gold}
            pred_set = {(s, e) for s, e, _ in pred}
            misses += [("missed", text[s:e] + f" ({k})") for s, e, k in gold
                       if not any(ps < e and s < pe for ps, pe in pred_set)]
            misses += [("extra", text[s:e] + f" ({k})") for s, e, k in pred
                       if not any(gs < e and s < ge for gs, ge in gold_set)]
    print(f"ANERcorp {a.split}: {len(sents):,} sentences in {n_articles} articles of {a.per_article}; "
          f"kg {kg.__version__}; {took / n_articles * 1000:.1f} ms per article")
    print(f"{'':14s} {'exact P':>8s} {'R':>6s} {'F1':>6s}   {'overlap P':>9s} {'R':>6s} {'F1':>6s}   gold")
    for t in ("Person", "Organization", "Place", "all"):
        row = []
        for overlap in (False, True):
            c = totals[overlap]
            kinds = TYPES.values() if t == "all" else (t,)
            tp, fp, fn = (sum(c[k, x] for k in kinds) for x in ("tp", "fp", "fn"))
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            row.append((p, r, f))
            n_gold = tp + fn
        (p1, r1, f1), (p2, r2, f2) = row
        print(f"{t:14s} {p1:8.3f} {r1:6.3f} {f1:6.3f}   {p2:9.3f} {r2:6.3f} {f2:6.3f}   {n_gold}")
    if a.show:
        for kind in ("missed", "extra"):
            items = Counter(m for k, m in misses if k == kind).most_common(a.show)
            print(f"\nmost often {kind}: " + "; ".join(f"{m} x{n}" for m, n in items))
    return 0


if __name__ == "__main__":
    sys.exit(main())
