"""One person whichever language named them: "Sergei Shoigu" and "سيرغي شويغو".

Arabic and English spell a foreign name with different letters but the same
consonants. :func:`skeleton` reduces a name in either script to its consonant
skeleton in Latin letters, folding the distinctions one script makes and the
other does not (p/b, v/f, g/j/غ/ج, sh/s, th/t, kh/k, q/k; vowels, h, w, y and
ع dropped; the article al-/ال dropped), so that

>>> skeleton("Sergei Shoigu") == skeleton("سيرغي شويغو")
True
>>> skeleton("Vladimir Putin"), skeleton("فلاديمير بوتين")
('fldmr btn', 'fldmr btn')
>>> skeleton("Bashar al-Assad") == skeleton("بشار الأسد")
True

Two Person nodes of a graph, one named in Arabic and one in English, are the
same person when their family-name skeletons agree and, where both give a
given name, the given names agree too; a user-supplied alias table (CSV or
TOML pairs) decides where the letters cannot ("Mohammed bin Salman" / "محمد بن
سلمان" agree anyway; "Pope Francis" / "البابا فرنسيس" needs no table either,
"King Salman" / "خادم الحرمين" does).

The merge is recorded, not destructive (the choice documented here):
:func:`link_people` joins the two nodes with a ``same_as`` edge (``owl:sameAs``
in RDF, see :mod:`kg.model`) from the node with less evidence to the other, and
gives each node the other's names with their language tags, noting on the
edge which names it added. :func:`unlink` takes a merge back exactly;
:func:`merged_view` gives a copy with each group contracted into one node, for
analysis that wants one node per person.
"""

from __future__ import annotations

import csv
import re
import tomllib
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from kg import model

# Arabic letters -> Latin consonant classes ("" = dropped: long vowels, weak letters, ain, hamza)
_AR = {
    "ا": "",
    "أ": "",
    "إ": "",
    "آ": "",
    "ٱ": "",
    "ء": "",
    "ؤ": "",
    "ئ": "",
    "ى": "",
    "ة": "",
    "ع": "",
    "و": "",
    "ي": "",
    "ه": "",
    "ح": "",
    "ب": "b",
    "پ": "b",
    "ت": "t",
    "ث": "t",
    "ط": "t",
    "ج": "j",
    "چ": "s",
    "غ": "j",
    "گ": "j",
    "ق": "k",
    "ك": "k",
    "خ": "k",
    "د": "d",
    "ذ": "d",
    "ض": "d",
    "ر": "r",
    "ز": "z",
    "ظ": "z",
    "س": "s",
    "ش": "s",
    "ص": "s",
    "ف": "f",
    "ڤ": "f",
    "ل": "l",
    "م": "m",
    "ن": "n",
}
# Latin digraphs first, then letters
_EN_DIGRAPHS = [
    ("sch", "s"),
    ("tch", "s"),
    ("sh", "s"),
    ("ch", "s"),
    ("zh", "j"),
    ("th", "t"),
    ("kh", "k"),
    ("gh", "j"),
    ("ph", "f"),
    ("ck", "k"),
    ("dj", "j"),
    ("ts", "s"),
    ("tz", "s"),
    ("x", "ks"),
]
_EN = {
    "p": "b",
    "v": "f",
    "g": "j",
    "q": "k",
    "c": "k",
    "w": "",
    "y": "",
    "h": "",
    "a": "",
    "e": "",
    "i": "",
    "o": "",
    "u": "",
}
_ARTICLE_EN = re.compile(r"^(?:al|el|ul|ad|ar|as|at|az|an|ash)-", re.IGNORECASE)
_TITLES = frozenset("mr mrs ms dr sir president king prince sheikh pope minister general".split())


def _fold_latin(word: str) -> str:
    word = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).casefold()
    return re.sub(r"[^a-z]", "", word)


def _skeleton_word(word: str) -> str:
    if re.search(r"[\u0600-\u06ff]", word):
        w = word
        if w.startswith("ال") and len(w) > 3:
            w = w[2:]
        out = "".join(_AR.get(c, "") for c in w)
    else:
        w = _ARTICLE_EN.sub("", word)
        w = _fold_latin(w)
        # c before e/i/y sounds s
        w = re.sub(r"c(?=[eiy])", "s", w)
        for a, b in _EN_DIGRAPHS:
            w = w.replace(a, b)
        out = "".join(_EN.get(c, c) for c in w)
    return re.sub(r"(.)\1+", r"\1", out)


def skeleton(name: str) -> str:
    """The consonant skeleton of a personal name, in Latin letters, words kept apart."""
    words = [w for w in re.split(r"[\s\-‐]+", name.strip()) if w]
    keep = []
    for w in words:
        if w.casefold() in ("al", "el", "bin", "ibn", "ben", "bint", "بن", "ابن", "بنت", "ال", "آل"):
            continue
        if _fold_latin(w) in _TITLES:
            continue
        s = _skeleton_word(w)
        if s:
            keep.append(s)
    return " ".join(keep)


def _script(name: str) -> str:
    return "ar" if re.search(r"[\u0600-\u06ff]", name) else "en"


def same_person(a: str, b: str, aliases: Iterable[tuple[str, str]] = ()) -> bool:
    """Whether two names, one Arabic and one English, can be one person's.

    >>> same_person("Sergei Shoigu", "سيرغي شويغو"), same_person("Shoigu", "شويغو")
    (True, True)
    >>> same_person("Sergei Lavrov", "سيرغي شويغو"), same_person("Tony Blair", "توني بلير")
    (False, True)
    """
    for x, y in aliases:
        if {_key(a), _key(b)} == {_key(x), _key(y)}:
            return True
    if _script(a) == _script(b):
        return False
    sa, sb = skeleton(a).split(), skeleton(b).split()
    if not sa or not sb or sa[-1] != sb[-1]:
        return False
    if len(sa[-1]) < 2:
        return False
    if len(sa) >= 2 and len(sb) >= 2:
        return sa[0] == sb[0]
    return len(sa[-1]) >= 3 or len(sa) == len(sb)


def _key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def load_aliases(path: str | Path) -> list[tuple[str, str]]:
    """Name pairs from a CSV file (two columns, any header) or a TOML file (``[[pair]]`` with ``ar``/``en``).

    >>> import tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), "aliases.csv")
    >>> _ = open(p, "w", encoding="utf-8").write("ar,en\\nخادم الحرمين الشريفين,King Salman\\n")
    >>> load_aliases(p)
    [('خادم الحرمين الشريفين', 'King Salman')]
    """
    path = Path(path)
    if path.suffix.lower() == ".toml":
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        return [(p["ar"], p["en"]) for p in data.get("pair", [])]
    out = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh):
            if (
                len(row) >= 2
                and row[0].strip()
                and row[1].strip()
                and (row[0].strip(), row[1].strip()) != ("ar", "en")
            ):
                out.append((row[0].strip(), row[1].strip()))
    return out


def _names(G: nx.MultiDiGraph, n: str) -> list[tuple[str, str]]:
    d = G.nodes[n]
    return list(d.get("names") or [(d.get("name") or d.get("label", ""), d.get("lang", "ar"))])


def link_people(
    G: nx.MultiDiGraph, *, aliases: Iterable[tuple[str, str]] | str | Path | None = None
) -> list[tuple[str, str]]:
    """Join the Person nodes that name one person in two languages; returns the (from, to) pairs linked.

    Each pair gets a ``same_as`` edge from the node with less evidence to the other, and each node the
    other's names (with their language tags); the edge keeps the names added so that :func:`unlink`
    can take it back.
    """
    if isinstance(aliases, (str, Path)):
        aliases = load_aliases(aliases)
    pairs_in = list(aliases or [])
    people = [n for n, d in G.nodes(data=True) if d.get("type") == model.PERSON]
    by_lang: dict[str, list[str]] = {"ar": [], "en": []}
    for n in people:
        by_lang.setdefault(G.nodes[n].get("lang", "ar"), []).append(n)
    done = []
    # only names whose family-name skeletons agree can match: bucket the English people by them,
    # so that a build of thousands of articles compares each Arabic person with a handful, not all
    alias_keys = {_key(x) for pair in pairs_in for x in pair}
    en_by_last: dict[str, list[str]] = {}
    en_aliased = []
    for b in by_lang.get("en", []):
        for y, _ in _names(G, b):
            sk = skeleton(y).split()
            if sk:
                en_by_last.setdefault(sk[-1], []).append(b)
            if _key(y) in alias_keys:
                en_aliased.append(b)
    for a in by_lang.get("ar", []):
        candidates = []
        for x, _ in _names(G, a):
            sk = skeleton(x).split()
            if sk:
                candidates += en_by_last.get(sk[-1], [])
            if _key(x) in alias_keys:
                candidates += en_aliased
        for b in dict.fromkeys(candidates):
            if G.has_edge(a, b, key=model.SAME_AS) or G.has_edge(b, a, key=model.SAME_AS):
                continue
            if not any(same_person(x, y, pairs_in) for x, _ in _names(G, a) for y, _ in _names(G, b)):
                continue
            src, dst = sorted((a, b), key=lambda n: (len(G.nodes[n].get("evidence", [])), n))
            added_src = [nm for nm in _names(G, dst) if nm not in _names(G, src)]
            added_dst = [nm for nm in _names(G, src) if nm not in _names(G, dst)]
            G.nodes[src].setdefault("names", []).extend(added_src)
            G.nodes[dst].setdefault("names", []).extend(added_dst)
            ev = G.nodes[src].get("evidence", [])[:1] + G.nodes[dst].get("evidence", [])[:1]
            G.add_edge(
                src,
                dst,
                key=model.SAME_AS,
                evidence=ev,
                method="transliteration",
                added_names={src: [list(x) for x in added_src], dst: [list(x) for x in added_dst]},
            )
            done.append((src, dst))
    return done


def unlink(G: nx.MultiDiGraph, u: str, v: str) -> None:
    """Take back a :func:`link_people` merge: the ``same_as`` edge and the names it added."""
    data = G.edges[u, v, model.SAME_AS]
    for node, added in data.get("added_names", {}).items():
        names = G.nodes[node].get("names", [])
        for nm in added:
            t = tuple(nm)
            if t in names:
                names.remove(t)
    G.remove_edge(u, v, key=model.SAME_AS)


def merged_view(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` with each ``same_as`` group contracted into one node (the edge's target)."""
    H = G.copy()
    links = [(u, v) for u, v, k in G.edges(keys=True) if k == model.SAME_AS]
    into: dict[str, str] = {}
    for u, v in links:
        while v in into:
            v = into[v]
        if u == v or u not in H:
            continue
        for a, b, k, d in list(H.in_edges(u, keys=True, data=True)) + list(
            H.out_edges(u, keys=True, data=True)
        ):
            if k == model.SAME_AS:
                continue
            a2, b2 = (v if a == u else a), (v if b == u else b)
            if a2 != b2 and not H.has_edge(a2, b2, key=k):
                H.add_edge(a2, b2, key=k, **d)
        H.remove_node(u)
        into[u] = v
    return H
