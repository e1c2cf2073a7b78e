"""Questions analysts ask of the graph, answered with networkx and pandas.

- :func:`co_attendance`: people joined by the meetings they shared (a weighted :class:`networkx.Graph`);
- :func:`who_met_whom`: the pairs, most frequent first;
- :func:`central_people`: who connects the others (degree and betweenness on the co-attendance graph);
- :func:`timeline`: one person's meetings, messages and statements in date order;
- :func:`meetings_between`: meetings between officials of two countries, told by titles and names
  (the words are data: ``kg/lexicons/countries.toml``);
- :func:`merge`: several graphs made into one.

The filters ``since=``, ``until=``, ``place=`` and ``lang=`` mean what they mean in :mod:`kg.tables`.

>>> import datetime, kg
>>> G = kg.build(published=datetime.date(2020, 3, 25))
>>> pairs = who_met_whom(G)
>>> len(pairs) == 7 * 6 // 2, int(pairs.meetings.max())
(True, 1)
>>> meetings_between(G, "Russia", "سوريا").shape[0]
1
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Hashable, Iterable
from functools import cache
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from kg import model as M
from kg.normalize import fold

if TYPE_CHECKING:
    import pandas as pd

# pandas and kg.tables are imported inside the functions that use them, so that ``import kg``
# (which re-exports merge) stays fast for the command line.

__all__ = [
    "co_attendance", "who_met_whom", "central_people", "timeline", "meetings_between",
    "countries_of", "country", "merge",
]

COUNTRIES_FILE = Path(__file__).parent / "lexicons" / "countries.toml"

PAIR_COLUMNS = ["a", "b", "a_id", "b_id", "meetings", "first", "last", "places", "meeting_ids"]
CENTRAL_COLUMNS = ["id", "name", "meetings", "met", "shared", "degree", "betweenness"]
TIMELINE_COLUMNS = ["date", "kind", "person", "role", "what", "with", "place", "id", "source"]


def _filters(since, until, place, lang) -> dict:
    return {"since": since, "until": until, "place": place, "lang": lang}


# --- co-attendance --------------------------------------------------------------------------------


def co_attendance(
    G: nx.MultiDiGraph,
    *,
    types: Iterable[str] = (M.PERSON,),
    since=None,
    until=None,
    place: str | None = None,
    lang: str | None = None,
) -> nx.Graph:
    """People joined by the meetings they attended together.

    Nodes are the attendees of the given ``types`` (people by default; add
    :data:`kg.model.ORGANIZATION` for delegations), with ``label``, ``type``
    and ``meetings`` (how many meetings they attended). An edge's ``weight``
    is the number of meetings the two shared, ``meetings`` their ids.

    >>> import datetime, kg
    >>> G = kg.build(published=datetime.date(2020, 3, 25))
    >>> H = co_attendance(G)
    >>> H.number_of_nodes(), H.number_of_edges()
    (7, 21)
    >>> max(w for _, _, w in H.edges(data="weight"))
    1
    """
    from kg import tables

    types = set(types)
    att = tables.attendances(G, **_filters(since, until, place, lang))
    H = nx.Graph()
    by_meeting: dict[Hashable, list[Hashable]] = {}
    attended: dict[Hashable, set] = {}
    for m, n, name, kind in zip(att.meeting, att.attendee, att.name, att.type, strict=True):
        if kind not in types:
            continue
        if n not in H:
            H.add_node(n, label=name, type=kind)
        attended.setdefault(n, set()).add(m)
        if n not in by_meeting.setdefault(m, []):
            by_meeting[m].append(n)
    for n, ms in attended.items():
        H.nodes[n]["meetings"] = len(ms)
    for m, people in by_meeting.items():
        for u, v in combinations(people, 2):
            if H.has_edge(u, v):
                H[u][v]["weight"] += 1
                H[u][v]["meetings"].append(m)
            else:
                H.add_edge(u, v, weight=1, meetings=[m])
    return H


def who_met_whom(
    G: nx.MultiDiGraph,
    *,
    person: str | None = None,
    types: Iterable[str] = (M.PERSON,),
    since=None,
    until=None,
    place: str | None = None,
    lang: str | None = None,
) -> pd.DataFrame:
    """Pairs who attended the same meetings, the most frequent first (:data:`PAIR_COLUMNS`).

    ``first``/``last`` are the dates of their first and last known meeting,
    ``places`` where they met. ``person=`` keeps the pairs that include that
    person (matched across spellings), listed as ``a``.

    >>> import datetime, kg
    >>> G = kg.build(published=datetime.date(2020, 3, 25))
    >>> pairs = who_met_whom(G, person="شويغو")
    >>> set(pairs.a), len(pairs), "بشار الأسد" in set(pairs.b)
    ({'سيرغي شويغو'}, 6, True)
    """
    import pandas as pd

    from kg import tables

    H = co_attendance(G, types=types, since=since, until=until, place=place, lang=lang)
    wanted = set(tables.find(G, person, types=M.ENTITY_TYPES)) if person else None
    meetings = tables.meetings(G, **_filters(since, until, place, lang))
    when = dict(zip(meetings.id, meetings.date, strict=True))
    where = dict(zip(meetings.id, meetings.place, strict=True))
    rows = []
    for u, v, d in H.edges(data=True):
        if wanted is not None:
            if u not in wanted and v not in wanted:
                continue
            if u not in wanted:
                u, v = v, u
        dates = [when[m] for m in d["meetings"] if m in when and not pd.isna(when[m])]
        rows.append({
            "a": H.nodes[u]["label"], "b": H.nodes[v]["label"], "a_id": u, "b_id": v,
            "meetings": d["weight"],
            "first": min(dates) if dates else pd.NaT,
            "last": max(dates) if dates else pd.NaT,
            "places": sorted({where[m] for m in d["meetings"] if isinstance(where.get(m), str)}),
            "meeting_ids": list(d["meetings"]),
        })
    df = pd.DataFrame(rows, columns=PAIR_COLUMNS)
    for col in ("first", "last"):
        df[col] = pd.to_datetime(df[col])
    if len(df):
        df = df.sort_values(["meetings", "last", "a", "b"], ascending=[False, False, True, True],
                            na_position="last", kind="stable").reset_index(drop=True)
    return df


def central_people(
    G: nx.MultiDiGraph,
    n: int | None = 10,
    *,
    types: Iterable[str] = (M.PERSON,),
    since=None,
    until=None,
    place: str | None = None,
    lang: str | None = None,
) -> pd.DataFrame:
    """The ``n`` best-connected attendees (all with ``n=None``), by co-attendance (:data:`CENTRAL_COLUMNS`).

    ``met`` is how many distinct people one met, ``shared`` the meetings
    shared counted with repeats (the weighted degree), ``degree`` the
    normalized degree centrality and ``betweenness`` the share of shortest
    paths between others that pass through them (unweighted): the brokers
    who link groups that never meet directly.

    >>> import networkx as nx
    >>> from kg import model as M
    >>> G = nx.MultiDiGraph()
    >>> for p in "abc":
    ...     G.add_node(f"person:{p}", type=M.PERSON, label=p.upper())
    >>> for m, who in (("m1", "ab"), ("m2", "bc")):
    ...     G.add_node(f"meeting:{m}", type=M.MEETING, date="2021-01-01")
    ...     for p in who:
    ...         _ = G.add_edge(f"meeting:{m}", f"person:{p}", key=M.ATTENDEE, role="attendee")
    >>> central_people(G)[["name", "met", "betweenness"]].values.tolist()
    [['B', 2, 1.0], ['A', 1, 0.0], ['C', 1, 0.0]]
    """
    import pandas as pd

    H = co_attendance(G, types=types, since=since, until=until, place=place, lang=lang)
    if H.number_of_nodes() == 0:
        return pd.DataFrame(columns=CENTRAL_COLUMNS)
    degree = nx.degree_centrality(H) if H.number_of_nodes() > 1 else {u: 0.0 for u in H}
    between = nx.betweenness_centrality(H)
    rows = [
        {
            "id": u, "name": H.nodes[u]["label"], "meetings": H.nodes[u]["meetings"], "met": H.degree(u),
            "shared": int(H.degree(u, weight="weight")), "degree": degree[u], "betweenness": between[u],
        }
        for u in H
    ]
    df = pd.DataFrame(rows, columns=CENTRAL_COLUMNS).sort_values(
        ["met", "betweenness", "meetings", "name"], ascending=[False, False, False, True], kind="stable"
    ).reset_index(drop=True)
    return df if n is None else df.head(n)


# --- a person's timeline --------------------------------------------------------------------------


def timeline(G: nx.MultiDiGraph, person: str, *, since=None, until=None) -> pd.DataFrame:
    """One person's meetings, carried messages and statements, in date order (:data:`TIMELINE_COLUMNS`).

    ``person`` is a name in any spelling or a node id; every person or
    organization it names is included (see ``person`` column). ``kind`` is
    "meeting", "message" or "statement"; ``role`` the part they played
    (host, guest, attendee; sender, carrier, recipient; speaker); ``what`` a
    line to read; ``with`` the other attendees or parties. A
    :class:`ValueError` is raised when no one in the graph bears that name.

    >>> import datetime, kg
    >>> G = kg.build(published=datetime.date(2020, 3, 25))
    >>> t = timeline(G, "شويغو")
    >>> t.kind.tolist()[:2], t.role.tolist()[:2]
    (['meeting', 'message'], ['attendee', 'carrier'])
    """
    import pandas as pd

    from kg import tables

    nodes = tables.find(G, person, types=M.ENTITY_TYPES)
    if not nodes:
        raise ValueError(f"no person or organization in the graph is named {person!r}")
    since_d = tables._as_date(since, "since")
    until_d = tables._as_date(until, "until")
    rows = []
    for node in nodes:
        label = tables._label(G, node)
        for m in tables._in(G, node, M.ATTENDEE):
            if G.nodes[m].get("type") != M.MEETING:
                continue
            others = [tables._label(G, v) for v, _ in tables._attendees(G, m) if v != node]
            where = tables._meeting_place(G, m)
            role = G.edges[m, node, M.ATTENDEE].get("role") or "attendee"
            arts = tables._source_articles(G, m)
            rows.append({
                "date": tables._meeting_date(G, m), "kind": "meeting", "person": label, "role": role,
                "what": _meeting_line(G, m, others), "with": others,
                "place": tables._label(G, where) if where is not None else None,
                "id": m, "source": arts[0] if arts else None,
            })
        for rel in (M.SENDER, M.CARRIER, M.RECIPIENT):
            for g in tables._in(G, node, rel):
                if G.nodes[g].get("type") != M.MESSAGE:
                    continue
                parties = {r: [tables._label(G, v) for v in tables._out(G, g, r)]
                           for r in (M.SENDER, M.CARRIER, M.RECIPIENT)}
                meeting = tables._statement_meeting(G, g)
                arts = tables._source_articles(G, g)
                where = tables._meeting_place(G, meeting) if meeting is not None else None
                rows.append({
                    "date": tables._statement_date(G, g, meeting, arts), "kind": "message", "person": label,
                    "role": rel, "what": _message_line(parties),
                    "with": [x for r, names in parties.items() if r != rel for x in names],
                    "place": tables._label(G, where) if where is not None else None,
                    "id": g, "source": arts[0] if arts else None,
                })
    said = tables.statements(G)
    said = said[said.speaker_id.isin(nodes)] if len(said) else said
    for s in said.itertuples(index=False):
        where = tables._meeting_place(G, s.meeting) if isinstance(s.meeting, str) else None
        rows.append({
            "date": s.date, "kind": "statement", "person": s.speaker, "role": "speaker",
            "what": f"«{s.text}»" + (f" ({s.verb})" if isinstance(s.verb, str) else ""), "with": [],
            "place": tables._label(G, where) if where is not None else None, "id": s.id, "source": s.source,
        })
    df = pd.DataFrame(rows, columns=TIMELINE_COLUMNS)
    df["date"] = pd.to_datetime(df["date"])
    if since_d is not None:
        df = df[df.date >= pd.Timestamp(since_d)]
    if until_d is not None:
        df = df[df.date <= pd.Timestamp(until_d)]
    order = {"meeting": 0, "message": 1, "statement": 2}
    df = df.assign(_k=df.kind.map(order)).sort_values(["date", "_k", "source", "id"], na_position="last",
                                                      kind="stable")
    return df.drop(columns="_k").reset_index(drop=True)


def _meeting_line(G: nx.MultiDiGraph, m: Hashable, others: list[str]) -> str:
    d = G.nodes[m]
    mode = {"phone": "phone call", "video": "video call"}.get(d.get("mode"), "meeting")
    status = " (planned)" if d.get("status") == "planned" else ""
    return f"{mode}{status} with " + (", ".join(others) if others else "no one named")


def _message_line(parties: dict[str, list[str]]) -> str:
    frm = ", ".join(parties[M.SENDER]) or "?"
    by = ", ".join(parties[M.CARRIER]) or "?"
    to = ", ".join(parties[M.RECIPIENT]) or "?"
    return f"message from {frm} carried by {by} to {to}"


# --- countries ------------------------------------------------------------------------------------


_CLITICS = "وفبلك"
_TOKEN = re.compile(r"\w+", re.UNICODE)


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(fold(text)))


class _Countries:
    """The country lexicon, folded: word sequences per country and kind (names, adjectives, government)."""

    def __init__(self, data: dict):
        self.codes = list(data)
        self.terms: dict[str, dict[str, set[tuple[str, ...]]]] = {}
        for code, langs in data.items():
            kinds: dict[str, set[tuple[str, ...]]] = {k: set() for k in ("names", "adjectives", "government")}
            for lang, entry in langs.items():
                for kind, words in entry.items():
                    for w in words:
                        kinds[kind].update(self._forms(w, lang, kind))
            self.terms[code] = kinds

    @staticmethod
    def _forms(word: str, lang: str, kind: str) -> set[tuple[str, ...]]:
        toks = _tokens(word)
        forms = {toks}
        if lang == "ar" and kind == "adjectives" and len(toks) == 1:
            w = toks[0]
            base = w[2:] if w.startswith("ال") else w
            for stem in (base, base + "ه"):  # masculine and feminine (ة folds to ه)
                forms |= {(stem,), ("ال" + stem,)}
        return forms

    def find(self, text: str, kinds: Iterable[str]) -> set[str]:
        toks = _tokens(text)
        found = set()
        for code, by_kind in self.terms.items():
            for kind in kinds:
                if any(_holds(toks, term) for term in by_kind[kind]):
                    found.add(code)
                    break
        return found

    def code(self, name: str) -> str:
        if name.upper() in self.terms:
            return name.upper()
        toks = _tokens(name)
        for code, by_kind in self.terms.items():
            if any(toks == term for kind in ("names", "adjectives") for term in by_kind[kind]):
                return code
        raise ValueError(
            f"unknown country {name!r}: give a code ({', '.join(self.codes)}) or a name or adjective "
            f"listed in {COUNTRIES_FILE.name}"
        )


def _holds(toks: tuple[str, ...], term: tuple[str, ...]) -> bool:
    """Whether ``term`` occurs as whole words in ``toks`` (an Arabic clitic may precede its first word)."""
    k = len(term)
    for i in range(len(toks) - k + 1):
        first = toks[i]
        if (first == term[0] or (len(first) > 2 and first[0] in _CLITICS and first[1:] == term[0])) \
                and toks[i + 1 : i + k] == term[1:]:
            return True
    return False


@cache
def _countries() -> _Countries:
    with open(COUNTRIES_FILE, "rb") as fh:
        return _Countries(tomllib.load(fh))


def country(name: str) -> str:
    """The code of the country named by ``name`` (a code, a name or a nationality adjective, any language).

    >>> country("Russia"), country("الروسية"), country("syrian"), country("SY")
    ('RU', 'RU', 'SY', 'SY')
    """
    return _countries().code(name)


def countries_of(G: nx.MultiDiGraph, node: Hashable) -> set[str]:
    """The countries a node stands for: by nationality words in a person's titles, an organization's
    names, or a place's own name; government words ("النظام") count when no adjective names another country.

    >>> import datetime, kg
    >>> from kg.tables import find
    >>> G = kg.build(published=datetime.date(2020, 3, 25))
    >>> [sorted(countries_of(G, n)) for n in find(G, "مملوك") + find(G, "إيفيموف")]
    [['SY'], ['RU']]
    """
    from kg import tables

    lex = _countries()
    d = G.nodes[node]
    kind = d.get("type")
    if kind == M.PLACE:
        names = {_tokens(name) for name in tables.names_of(G, node)}
        return {c for c, kinds in lex.terms.items() if names & kinds["names"]}
    texts = [t for t, _ in tables._pairs(d.get("titles"))]
    if kind == M.ORGANIZATION:
        texts += tables.names_of(G, node)
    found: set[str] = set()
    for text in texts:
        adjectives = lex.find(text, ["adjectives"])
        found |= adjectives or lex.find(text, ["government"])
    return found


def meetings_between(
    G: nx.MultiDiGraph,
    country_a: str,
    country_b: str,
    *,
    since=None,
    until=None,
    place: str | None = None,
    lang: str | None = None,
) -> pd.DataFrame:
    """Meetings where officials of ``country_a`` met officials of ``country_b``.

    A country is given by code ("RU"), name or adjective in any language
    listed in ``kg/lexicons/countries.toml``. An attendee stands for a
    country by :func:`countries_of`. A meeting qualifies when one attendee
    stands for ``country_a`` and another for ``country_b``. The rows are
    those of :func:`kg.tables.meetings` plus ``side_a`` and ``side_b``: the
    attendees on each side.

    >>> import datetime, kg
    >>> G = kg.build(published=datetime.date(2020, 3, 25))
    >>> row = meetings_between(G, "RU", "SY").iloc[0]
    >>> sorted(row.side_a)
    ['ألكسندر إيفيموف', 'سيرغي شويغو', 'سيرغي فيرشينن']
    >>> meetings_between(G, "Iran", "Syria").empty
    True
    """
    import pandas as pd

    from kg import tables

    a, b = country(country_a), country(country_b)
    df = tables.meetings(G, **_filters(since, until, place, lang))
    sides_a: list[list[str]] = []
    sides_b: list[list[str]] = []
    keep: list[bool] = []
    known: dict[Hashable, set[str]] = {}
    for ids in df.attendee_ids:
        by = {n: known[n] if n in known else known.setdefault(n, countries_of(G, n)) for n in ids}
        side_a = [n for n in ids if a in by[n]]
        side_b = [n for n in ids if b in by[n]]
        ok = any(x != y for x in side_a for y in side_b)
        keep.append(ok)
        sides_a.append([tables._label(G, n) for n in side_a])
        sides_b.append([tables._label(G, n) for n in side_b])
    df = df.assign(side_a=pd.Series(sides_a, index=df.index, dtype=object),
                   side_b=pd.Series(sides_b, index=df.index, dtype=object))
    return df[pd.Series(keep, index=df.index, dtype=bool)].reset_index(drop=True)


# --- merging --------------------------------------------------------------------------------------


def _key(item):
    return tuple(_key(x) for x in item) if isinstance(item, list | tuple) else item


def _merge_attrs(into: dict, new: dict) -> None:
    for k, v in new.items():
        have = into.get(k)
        if isinstance(v, list) and isinstance(have, list):
            seen = {_key(x) for x in have}
            for x in v:
                if _key(x) not in seen:
                    have.append(x)
                    seen.add(_key(x))
        elif have is None and v is not None:
            into[k] = list(v) if isinstance(v, list) else v


def merge(*graphs: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """One graph from several: nodes with the same id unify, and so do edges with the same ends and relation.

    List attributes (``names``, ``titles``, ``evidence``) are concatenated
    without repeats, in order; for any other attribute the first graph that
    gives a value wins. The inputs are not changed.

    >>> from kg import model as M
    >>> G1, G2 = nx.MultiDiGraph(), nx.MultiDiGraph()
    >>> G1.add_node("person:a", type=M.PERSON, label="Assad", names=[("Assad", "en")],
    ...             evidence=[("article:1", 0, 5)])
    >>> G2.add_node("person:a", type=M.PERSON, label="الأسد", names=[("الأسد", "ar")],
    ...             evidence=[("article:2", 9, 14), ("article:1", 0, 5)])
    >>> H = merge(G1, G2)
    >>> H.nodes["person:a"]["label"], H.nodes["person:a"]["names"]
    ('Assad', [('Assad', 'en'), ('الأسد', 'ar')])
    >>> H.nodes["person:a"]["evidence"]
    [('article:1', 0, 5), ('article:2', 9, 14)]
    """
    H = nx.MultiDiGraph()
    for G in graphs:
        if not isinstance(G, nx.MultiDiGraph):
            raise TypeError(f"merge() takes networkx.MultiDiGraph objects (kg.model), not {type(G).__name__}")
        for n, d in G.nodes(data=True):
            if n in H:
                _merge_attrs(H.nodes[n], d)
            else:
                H.add_node(n, **{k: list(v) if isinstance(v, list) else v for k, v in d.items()})
        for u, v, key, d in G.edges(keys=True, data=True):
            if H.has_edge(u, v, key=key):
                _merge_attrs(H.edges[u, v, key], d)
            else:
                H.add_edge(u, v, key=key, **{k: list(x) if isinstance(x, list) else x for k, x in d.items()})
    return H
