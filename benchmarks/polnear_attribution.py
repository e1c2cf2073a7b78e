"""Speaker attribution of kg's English quotations, measured on PolNeAR's TRAIN split.

PolNeAR (Newell, Margolin & Ruths, LREC 2018) annotates attributions in 2016
US election news as brat standoff: a Source (who), a Cue (the verb) and a
Content (what was said), tied by an ``E`` line. Its authors ask that dev and
test stay unread during development: this script reads ``data/train`` only.

For each article, the quotations kg finds (:func:`kg.pipeline.extract`, direct
speech) are matched to gold Contents by overlap. A predicted speaker is correct
when one of the speaker entity's mentions overlaps the gold Source span; when
the gold Source is a pronoun ("he", "she", "they" ...), when it overlaps the
nearest non-pronoun gold Source before it (the name the pronoun goes back to:
PolNeAR leaves coreference unresolved).

Figures:

* precision: predicted quotations with a correct speaker / predicted quotations
  (a quotation matching no gold Content counts against it);
* recall: gold attributions whose Content is a direct quotation (holds a
  quotation mark, or is enclosed by one) found with the right speaker / those
  attributions;
* attribution accuracy: correct speakers / predicted quotations that match a
  gold Content (how good the speaker is, once the quote is a real one).

Usage::

    python benchmarks/polnear_attribution.py [--polnear ../shared/corpus/attribution/polnear] [--limit N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.pipeline import extract  # noqa: E402

PRONOUNS = frozenset("he she they we i it him her them his their its you who".split())
QUOTE_MARKS = "\"“”''‘’"


def parse_ann(path: Path) -> list[dict]:
    """The attributions of one .ann file: dicts with source/cue/content span lists and texts."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            tid, mid, text = (line.split("\t") + ["", ""])[:3]
            label, _, offs = mid.partition(" ")
            parts = []
            for piece in offs.split(";"):
                nums = piece.split()
                if len(nums) == 2 and nums[0].isdigit() and nums[1].isdigit():
                    parts.append((int(nums[0]), int(nums[1])))
            if not parts:
                continue
            spans[tid] = (label, parts, text)
        elif line.startswith("E"):
            roles = dict(r.split(":") for r in line.split("\t")[1].split() if ":" in r)
            events.append(roles)
    out = []
    for roles in events:

        def get(role, roles=roles):
            t = roles.get(role)
            return spans.get(t) if t else None

        src, content = get("Source"), get("Content")
        if content is None:
            continue
        out.append(
            {
                "source": src[1] if src else [],
                "source_text": src[2] if src else "",
                "content": content[1],
                "content_text": content[2],
            }
        )
    return out


def overlaps(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def is_direct(text: str, att: dict) -> bool:
    s, e = att["content"][0][0], att["content"][-1][1]
    inner = text[s:e]
    around = text[max(0, s - 2) : s] + text[e : e + 2]
    return any(c in inner for c in QUOTE_MARKS) or any(c in around for c in QUOTE_MARKS)


def source_spans(atts: list[dict], att: dict) -> list[tuple[int, int]]:
    """The gold Source span, or for a pronoun the nearest named Source before it."""
    src = att["source"]
    if not src:
        return []
    if att["source_text"].strip().casefold() not in PRONOUNS:
        return src
    before = [
        a
        for a in atts
        if a["source"]
        and a["source"][0][0] < src[0][0]
        and a["source_text"].strip().casefold() not in PRONOUNS
    ]
    if not before:
        return src
    return max(before, key=lambda a: a["source"][0][0])["source"]


def evaluate(polnear: Path, limit: int | None = None) -> dict:
    train = polnear / "data" / "train"
    texts = sorted((train / "text").glob("*.txt"))
    if limit:
        texts = texts[:limit]
    n_pred = n_pred_matched = n_correct = 0
    n_gold = n_gold_found = 0
    seconds = 0.0
    for tf in texts:
        anns = sorted((train / "attributions").glob(tf.stem + "_*.ann"))
        if not anns:
            continue
        atts = parse_ann(anns[0])  # one annotator per article: the first file
        text = tf.read_text(encoding="utf-8")
        t0 = time.perf_counter()
        ex = extract(text, lang="en")
        seconds += time.perf_counter() - t0
        art = ex.article.text
        assert art == text.replace("\r\n", "\n").replace("\r", "\n")
        mentions = {e.key: list(e.spans) for e in ex.entities}
        direct = [a for a in atts if is_direct(text, a)]
        n_gold += len(direct)
        found = set()
        for st in ex.statements:
            if st.kind != "direct":
                continue
            n_pred += 1
            hits = [a for a in atts if overlaps([st.span], a["content"])]
            if not hits:
                continue
            n_pred_matched += 1
            ok = [a for a in hits if overlaps(mentions.get(st.speaker, []), source_spans(atts, a))]
            if ok:
                n_correct += 1
                found.update(id(a) for a in ok)
        n_gold_found += sum(1 for a in direct if id(a) in found)
    p = n_correct / n_pred if n_pred else 0.0
    r = n_gold_found / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "articles": len(texts),
        "predicted": n_pred,
        "predicted_matching_gold": n_pred_matched,
        "correct_speaker": n_correct,
        "gold_direct": n_gold,
        "gold_direct_found": n_gold_found,
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(f, 3),
        "attribution_accuracy": round(n_correct / n_pred_matched, 3) if n_pred_matched else 0.0,
        "ms_per_article": round(1000 * seconds / max(1, len(texts)), 1),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--polnear", type=Path, default=ROOT.parent / "shared" / "corpus" / "attribution" / "polnear"
    )
    ap.add_argument("--limit", type=int)
    a = ap.parse_args(argv)
    if not (a.polnear / "data" / "train").is_dir():
        print(f"{a.polnear}/data/train not found: pass --polnear", file=sys.stderr)
        return 2
    res = evaluate(a.polnear, a.limit)
    for k, v in res.items():
        print(f"{k:24s} {v}")
    print(f"polnear_train speaker P={res['precision']:.3f} R={res['recall']:.3f} F1={res['f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
