"""The knowledge graph as pandas DataFrames: meetings, attendances, people, statements, messages, articles.

Every function takes a :class:`networkx.MultiDiGraph` shaped as :mod:`kg.model`
describes and returns a new DataFrame, one row per fact, with the evidence
that supports it (``(article_node_id, start, end)`` offsets into the original
article text). Filters are keyword-only and combine with "and":

- ``person=``: a name in any spelling, matched after folding (hamza forms
  أ إ آ -> ا, ى -> ي, ة -> ه, diacritics, tatweel and case, see
  :func:`kg.normalize.fold`) against every name the entity was seen with; the
  words of the query must appear in order in a name ("الاسد" finds
  "بشار الأسد"; the article ال may be left out), or the query may be a node id;
- ``since=`` / ``until=``: a :class:`datetime.date` or "YYYY-MM-DD", both ends
  included; facts with no known date are left out when either is given;
- ``place=``: the meeting's place, by name as for ``person=``;
- ``lang=``: the language of the source article ("ar", "en").

Dates come back as ``datetime64`` columns (``NaT`` when unknown) so that they
sort and plot.

>>> import datetime, kg
>>> G = kg.build(published=datetime.date(2020, 3, 25))
>>> m = meetings(G)
>>> m[["date", "place"]].to_string(index=False)
'      date place\\n2020-03-24  دمشق'
>>> len(m.attendees[0]) >= 2
True
>>> meetings(G, person="Shoigu").empty, meetings(G, person="شويغو").empty
(True, False)
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Hashable, Iterable, Iterator
from pathlib import Path

import networkx as nx
import pandas as pd

from kg import model as M
from kg.normalize import fold

__all__ = [
    "MEETING_COLUMNS", "ATTENDANCE_COLUMNS", "PEOPLE_COLUMNS", "STATEMENT_COLUMNS", "ARTICLE_COLUMNS",
    "MESSAGE_COLUMNS", "meetings", "attendances", "people", "statements", "messages", "articles",
    "article_texts",
    "find", "names_of", "matches", "sparql",
]

MEETING_COLUMNS = [
    "id", "date", "date_text", "place", "attendees", "attendee_ids", "topics", "mode", "status",
    "trigger", "lang", "sources", "headlines", "evidence",
]
ATTENDANCE_COLUMNS = [
    "meeting", "date", "place", "attendee", "name", "type", "role", "titles", "lang", "evidence",
]
PEOPLE_COLUMNS = ["id", "name", "name_ar", "name_en", "names", "titles", "meetings", "statements", "articles"]
STATEMENT_COLUMNS = [
    "id", "date", "speaker", "speaker_id", "text", "verb", "hedge", "kind", "via", "meeting", "source",
    "headline", "lang", "start", "end", "sentence",
]
ARTICLE_COLUMNS = ["id", "headline", "publisher", "published", "lang", "source", "url"]
MESSAGE_COLUMNS = [
    "id", "date", "sender", "carrier", "recipient", "text", "meeting", "place", "source", "headline", "lang",
    "evidence",
]

DateLike = dt.date | str | None


# --- reading the graph through kg.model ------------------------------------------------------------


def _typed(G: nx.MultiDiGraph, node_type: str) -> Iterator[tuple[Hashable, dict]]:
    for n, d in G.nodes(data=True):
        if d.get("type") == node_type:
            yield n, d


def _out(G: nx.MultiDiGraph, node: Hashable, relation: str) -> list[Hashable]:
    """Targets of ``node``'s edges keyed ``relation``, in insertion order, without repeats."""
    seen: dict[Hashable, None] = {}
    for _, v, key in G.out_edges(node, keys=True):
        if key == relation:
            seen.setdefault(v)
    return list(seen)


def _in(G: nx.MultiDiGraph, node: Hashable, relation: str) -> list[Hashable]:
    seen: dict[Hashable, None] = {}
    for u, _, key in G.in_edges(node, keys=True):
        if key == relation:
            seen.setdefault(u)
    return list(seen)


def _label(G: nx.MultiDiGraph, node: Hashable) -> str:
    d = G.nodes[node]
    return str(d.get("label") or d.get("name") or node)


def _pairs(items: Iterable | None) -> list[tuple[str, str | None]]:
    """``(text, lang)`` pairs from a ``names``/``titles`` attribute (plain strings tolerated)."""
    out: list[tuple[str, str | None]] = []
    for item in items or ():
        if isinstance(item, str):
            out.append((item, None))
        else:
            out.append((str(item[0]), item[1] if len(item) > 1 else None))
    return out


def names_of(G: nx.MultiDiGraph, node: Hashable) -> list[str]:
    """Every spelling of a node's name: ``name``, ``label`` and each of ``names``, without repeats.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("person:a", type="Person", label="بشار الأسد",
    ...            names=[("بشار الأسد", "ar"), ("Assad", "en")])
    >>> names_of(G, "person:a")
    ['بشار الأسد', 'Assad']
    """
    d = G.nodes[node]
    out: dict[str, None] = {}
    for text in (d.get("name"), d.get("label"), *(t for t, _ in _pairs(d.get("names")))):
        if text:
            out.setdefault(str(text))
    return list(out)


def _words(text: str) -> list[str]:
    """Folded words, with the Arabic article dropped ("الاسد" -> "اسد") so that it may be left out."""
    return [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in fold(text).replace("-", " ").split()]


def _contains_words(name: str, query: list[str]) -> bool:
    words = _words(name)
    k = len(query)
    return bool(k) and any(words[i : i + k] == query for i in range(len(words) - k + 1))


def matches(G: nx.MultiDiGraph, node: Hashable, query: str) -> bool:
    """Whether ``query`` names ``node``: its id, or its words in order inside one of the node's names.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("person:a", type="Person", label="بشار الأسد", names=[("بشار الأسد", "ar")])
    >>> [matches(G, "person:a", q) for q in ("الاسد", "أسد", "بشّار الأسـد", "person:a", "بشار حافظ")]
    [True, True, True, True, False]
    """
    if query == node:
        return True
    q = _words(query)
    return any(_contains_words(name, q) for name in names_of(G, node))


def find(
    G: nx.MultiDiGraph, query: str, *, types: Iterable[str] = (M.PERSON, M.ORGANIZATION)
) -> list[Hashable]:
    """The nodes of the given types that ``query`` names (see :func:`matches`), in graph order.

    >>> import datetime, kg
    >>> G = kg.build(published=datetime.date(2020, 3, 25))
    >>> [G.nodes[n]["label"] for n in find(G, "الأسد")]
    ['بشار الأسد']
    """
    types = set(types)
    return [n for n, d in G.nodes(data=True) if d.get("type") in types and matches(G, n, query)]


def _as_date(value: DateLike, option: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"{option}= takes a date or a 'YYYY-MM-DD' string, not {value!r}") from None


def _parse(value) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _in_range(day: dt.date | None, since: dt.date | None, until: dt.date | None) -> bool:
    if since is None and until is None:
        return True
    if day is None:
        return False
    return (since is None or day >= since) and (until is None or day <= until)


def _ts(day: dt.date | None):
    return pd.Timestamp(day) if day else pd.NaT


def _source_articles(G: nx.MultiDiGraph, node: Hashable) -> list[Hashable]:
    arts = _out(G, node, M.SOURCE)
    if not arts:  # fall back on the evidence when a hand-made graph has no source edge
        arts = list(dict.fromkeys(ev[0] for ev in G.nodes[node].get("evidence") or () if ev[0] in G))
    return arts


def _article_langs(G: nx.MultiDiGraph, arts: list[Hashable]) -> list[str]:
    return list(dict.fromkeys(G.nodes[a].get("lang") for a in arts if G.nodes[a].get("lang")))


def _meeting_date(G: nx.MultiDiGraph, m: Hashable) -> dt.date | None:
    return _parse(G.nodes[m].get("date"))


def _meeting_place(G: nx.MultiDiGraph, m: Hashable) -> Hashable | None:
    places = _out(G, m, M.LOCATION)
    return places[0] if places else None


def _evidence(items) -> list[tuple]:
    return [tuple(ev) for ev in items or ()]


def _frame(rows: list[dict], columns: list[str], sort: list[str] | None = None) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=columns)
    for col in ("date", "published"):
        if col in df.columns:
            df[col] = pd.to_datetime(df[col])
    if sort and len(df):
        df = df.sort_values(sort, kind="stable", na_position="last").reset_index(drop=True)
    return df


class _Filter:
    """The keyword filters, checked once and applied to meetings, statements and messages alike."""

    def __init__(self, G, person, since, until, place, lang):
        self.G = G
        self.person = person
        self.since = _as_date(since, "since")
        self.until = _as_date(until, "until")
        self.place = place
        self.lang = lang
        self.people = set(find(G, person, types=M.ENTITY_TYPES)) if person else None

    def meeting(self, m: Hashable) -> bool:
        G = self.G
        if not _in_range(_meeting_date(G, m), self.since, self.until):
            return False
        if self.place is not None:
            where = _meeting_place(G, m)
            if where is None or not matches(G, where, self.place):
                return False
        if self.lang is not None and self.lang not in _article_langs(G, _source_articles(G, m)):
            return False
        return True

    def said(self, meeting: Hashable | None, arts: list[Hashable], day: dt.date | None) -> bool:
        """Words (a statement, a message) pass: ``place`` is that of the meeting they were said at,
        ``lang`` that of their articles, and ``day`` their date (the meeting's, else the article's)."""
        G = self.G
        if self.place is not None:
            where = _meeting_place(G, meeting) if meeting is not None else None
            if where is None or not matches(G, where, self.place):
                return False
        if self.lang is not None and self.lang not in _article_langs(G, arts):
            return False
        return _in_range(day, self.since, self.until)


# --- tables --------------------------------------------------------------------------------------


def meetings(
    G: nx.MultiDiGraph,
    *,
    person: str | None = None,
    since: DateLike = None,
    until: DateLike = None,
    place: str | None = None,
    lang: str | None = None,
) -> pd.DataFrame:
    """One row per meeting, in date order (:data:`MEETING_COLUMNS`).

    ``attendees`` are labels and ``attendee_ids`` node ids, hosts first;
    ``topics`` are labels; ``sources`` are the article node ids and
    ``headlines`` their headlines; ``evidence`` the meeting's own spans.
    With ``person=`` only the meetings that person attended are kept.

    >>> import datetime, kg
    >>> G = kg.build(published=datetime.date(2020, 3, 25))
    >>> row = meetings(G, place="دمشق", since="2020-03-01").iloc[0]
    >>> row["mode"], row["status"], "بشار الأسد" in row["attendees"]
    ('in_person', 'held', True)
    >>> meetings(G, until="2019-12-31").shape[0]
    0
    """
    f = _Filter(G, person, since, until, place, lang)
    rows = []
    for m, d in _typed(G, M.MEETING):
        if not f.meeting(m):
            continue
        who = _attendees(G, m)
        if f.people is not None and not f.people.intersection(n for n, _ in who):
            continue
        arts = _source_articles(G, m)
        where = _meeting_place(G, m)
        rows.append({
            "id": m,
            "date": _meeting_date(G, m),
            "date_text": d.get("date_text"),
            "place": _label(G, where) if where is not None else None,
            "attendees": [_label(G, n) for n, _ in who],
            "attendee_ids": [n for n, _ in who],
            "topics": _topics(G, m),
            "mode": d.get("mode"),
            "status": d.get("status"),
            "trigger": d.get("trigger"),
            "lang": ",".join(_article_langs(G, arts)) or None,
            "sources": arts,
            "headlines": [G.nodes[a].get("headline") or _label(G, a) for a in arts],
            "evidence": _evidence(d.get("evidence")),
        })
    return _frame(rows, MEETING_COLUMNS, ["date", "id"])


_ROLE_ORDER = {"host": 0, "guest": 1, "attendee": 2}


def _first_seen(evidence) -> tuple:
    """Where a fact is first attested: ``(article, start)`` of its earliest evidence, for a stable order."""
    evs = [(str(ev[0]), int(ev[1])) for ev in evidence or ()]
    return (0, *min(evs)) if evs else (1, "", 0)


def _attendees(G: nx.MultiDiGraph, m: Hashable) -> list[tuple[Hashable, dict]]:
    """``(node, edge data)`` of a meeting's attendees: hosts, guests, then the others, each in text order.

    The order depends on the evidence, not on edge insertion, so it survives a round trip through RDF.
    """
    out = [(v, data) for _, v, key, data in G.out_edges(m, keys=True, data=True) if key == M.ATTENDEE]
    return sorted(out, key=lambda x: (_ROLE_ORDER.get(x[1].get("role") or "attendee", 3),
                                      _first_seen(x[1].get("evidence")), _label(G, x[0])))


def _topics(G: nx.MultiDiGraph, m: Hashable) -> list[str]:
    seen: dict[Hashable, tuple[tuple, str]] = {}
    for _, t, key, data in G.out_edges(m, keys=True, data=True):
        if key == M.ABOUT:
            seen.setdefault(t, (_first_seen(data.get("evidence")), _label(G, t)))
    return [label for _, label in sorted(seen.values())]


def attendances(
    G: nx.MultiDiGraph,
    *,
    person: str | None = None,
    since: DateLike = None,
    until: DateLike = None,
    place: str | None = None,
    lang: str | None = None,
) -> pd.DataFrame:
    """One row per (meeting, attendee), with the attendee's role and titles (:data:`ATTENDANCE_COLUMNS`).

    ``person=`` keeps that person's rows only; ``evidence`` holds the spans
    that name the attendee in the meeting's report.

    >>> import datetime, kg
    >>> G = kg.build(published=datetime.date(2020, 3, 25))
    >>> a = attendances(G, person="علي مملوك")
    >>> a[["name", "role"]].values.tolist()
    [['علي مملوك', 'attendee']]
    """
    f = _Filter(G, person, since, until, place, lang)
    rows = []
    for m, _ in _typed(G, M.MEETING):
        if not f.meeting(m):
            continue
        where = _meeting_place(G, m)
        langs = ",".join(_article_langs(G, _source_articles(G, m))) or None
        for n, data in _attendees(G, m):
            if f.people is not None and n not in f.people:
                continue
            nd = G.nodes[n]
            rows.append({
                "meeting": m,
                "date": _meeting_date(G, m),
                "place": _label(G, where) if where is not None else None,
                "attendee": n,
                "name": _label(G, n),
                "type": nd.get("type"),
                "role": data.get("role") or "attendee",
                "titles": [t for t, _ in _pairs(nd.get("titles"))],
                "lang": langs,
                "evidence": _evidence(data.get("evidence")),
            })
    return _frame(rows, ATTENDANCE_COLUMNS, ["date", "meeting"])


def _statement_meeting(G: nx.MultiDiGraph, s: Hashable) -> Hashable | None:
    ms = [m for m in _out(G, s, M.DURING) if G.nodes[m].get("type") == M.MEETING]
    return ms[0] if ms else None


def _statement_date(G: nx.MultiDiGraph, s: Hashable, meeting, arts) -> dt.date | None:
    """The meeting's date when the words were said during one, else the article's publication date."""
    day = _meeting_date(G, meeting) if meeting is not None else None
    if day is None:
        day = next((d for d in (_parse(G.nodes[a].get("published")) for a in arts) if d), None)
    return day


def statements(
    G: nx.MultiDiGraph,
    *,
    person: str | None = None,
    since: DateLike = None,
    until: DateLike = None,
    place: str | None = None,
    lang: str | None = None,
) -> pd.DataFrame:
    """One row per statement (:data:`STATEMENT_COLUMNS`), in date order.

    ``speaker`` is the creator's label, ``via`` the organization or page it
    was reported through, ``meeting`` the meeting it was said during (or
    None); ``date`` is that meeting's date, else the article's publication
    date; ``start``/``end`` locate ``text`` in the original article text of
    ``source``. ``person=`` keeps what that speaker said; ``place=`` keeps
    what was said during meetings held there.

    >>> import datetime, kg
    >>> G = kg.build(published=datetime.date(2020, 3, 25))
    >>> s = statements(G, person="الاسد")
    >>> set(s.speaker), set(s.kind)
    ({'بشار الأسد'}, {'direct'})
    >>> bool((s.end - s.start == s.text.str.len()).all())
    True
    """
    f = _Filter(G, person, since, until, place, lang)
    rows = []
    for s, d in _typed(G, M.STATEMENT):
        speakers = _out(G, s, M.CREATOR)
        if f.people is not None and not f.people.intersection(speakers):
            continue
        meeting = _statement_meeting(G, s)
        arts = _source_articles(G, s)
        day = _statement_date(G, s, meeting, arts)
        if not f.said(meeting, arts, day):
            continue
        ev = _evidence(d.get("evidence"))
        via = _out(G, s, M.VIA)
        art = arts[0] if arts else (ev[0][0] if ev else None)
        rows.append({
            "id": s,
            "date": day,
            "speaker": _label(G, speakers[0]) if speakers else None,
            "speaker_id": speakers[0] if speakers else None,
            "text": d.get("text"),
            "verb": d.get("verb"),
            "hedge": d.get("hedge"),
            "kind": d.get("kind"),
            "via": _label(G, via[0]) if via else None,
            "meeting": meeting,
            "source": art,
            "headline": (G.nodes[art].get("headline") or _label(G, art)) if art in G else None,
            "lang": G.nodes[art].get("lang") if art in G else None,
            "start": ev[0][1] if ev else None,
            "end": ev[0][2] if ev else None,
            "sentence": d.get("sentence"),
        })
    df = _frame(rows, STATEMENT_COLUMNS, ["date", "source", "start"])
    for col in ("start", "end"):
        df[col] = df[col].astype("Int64")
    return df


def people(
    G: nx.MultiDiGraph,
    *,
    person: str | None = None,
    since: DateLike = None,
    until: DateLike = None,
    place: str | None = None,
    lang: str | None = None,
) -> pd.DataFrame:
    """One row per person (:data:`PEOPLE_COLUMNS`), the busiest first.

    ``names`` holds the name, then the other spellings sorted by language
    and text; ``name_ar``/``name_en`` (and ``name_<lang>`` for any other
    language seen) the first of them in that language; ``titles`` every post as
    written; ``meetings`` and ``statements`` count what the person attended
    and said, ``articles`` the articles that mention them. ``since``,
    ``until`` and ``place`` narrow what is counted and drop people left with
    nothing; ``lang=`` keeps people named in that language.

    >>> import datetime, kg
    >>> G = kg.build(published=datetime.date(2020, 3, 25))
    >>> p = people(G)
    >>> p.iloc[0]["name"], int(p.iloc[0]["meetings"])
    ('سيرغي شويغو', 1)
    >>> people(G, person="شويغو").name_ar.tolist()
    ['سيرغي شويغو']
    """
    f = _Filter(G, person, since, until, place, None)
    narrowed = f.since is not None or f.until is not None or place is not None
    kept_meetings = {m for m, _ in _typed(G, M.MEETING) if f.meeting(m)}
    said = statements(G, since=since, until=until, place=place)
    said_by = said.speaker_id.value_counts().to_dict() if len(said) else {}
    rows = []
    langs: dict[str, None] = {"ar": None, "en": None}
    for n, d in _typed(G, M.PERSON):
        if f.people is not None and n not in f.people:
            continue
        names = _pairs(d.get("names")) or [(d.get("name") or _label(G, n), d.get("lang"))]
        # the name first, then the other spellings in a fixed order (RDF keeps no order among them)
        names = names[:1] + sorted(set(names[1:]) - set(names[:1]), key=lambda x: (x[1] or "", x[0]))
        if lang is not None and lang not in {lg for _, lg in names}:
            continue
        met = sum(1 for m in _in(G, n, M.ATTENDEE) if m in kept_meetings)
        spoke = int(said_by.get(n, 0))
        if narrowed and not (met or spoke):
            continue
        row = {
            "id": n,
            "name": _label(G, n),
            "names": [t for t, _ in names],
            "titles": [t for t, _ in _pairs(d.get("titles"))],
            "meetings": met,
            "statements": spoke,
            "articles": len(_out(G, n, M.MENTIONED_IN)),
        }
        for text, lg in names:
            if lg:
                langs.setdefault(lg)
                row.setdefault(f"name_{lg}", text)
        rows.append(row)
    extra = [f"name_{lg}" for lg in langs if f"name_{lg}" not in PEOPLE_COLUMNS]
    columns = PEOPLE_COLUMNS[:4] + extra + PEOPLE_COLUMNS[4:]
    df = _frame(rows, columns)
    if len(df):
        df = df.sort_values(
            ["meetings", "statements", "articles", "name"],
            ascending=[False, False, False, True],
            kind="stable",
        ).reset_index(drop=True)
    return df


def messages(
    G: nx.MultiDiGraph,
    *,
    person: str | None = None,
    since: DateLike = None,
    until: DateLike = None,
    place: str | None = None,
    lang: str | None = None,
) -> pd.DataFrame:
    """One row per message carried from one party to another (:data:`MESSAGE_COLUMNS`), in date order.

    ``sender``, ``carrier`` and ``recipient`` are lists of labels (the sender
    of a carried message is not a meeting attendee); ``meeting`` is the
    meeting it was delivered at, and ``date`` that meeting's date, else the
    article's. ``person=`` keeps the messages that person sent, carried or
    received; ``place=`` those delivered at meetings held there.

    >>> import datetime, kg
    >>> G = kg.build(published=datetime.date(2020, 3, 25))
    >>> messages(G)[["sender", "carrier", "recipient"]].values.tolist()
    [[['فلاديمير بوتين'], ['سيرغي شويغو'], ['بشار الأسد']]]
    """
    f = _Filter(G, person, since, until, place, lang)
    rows = []
    for g, d in _typed(G, M.MESSAGE):
        parties = {rel: _out(G, g, rel) for rel in (M.SENDER, M.CARRIER, M.RECIPIENT)}
        if f.people is not None and not f.people.intersection(n for ns in parties.values() for n in ns):
            continue
        meeting = _statement_meeting(G, g)
        where = _meeting_place(G, meeting) if meeting is not None else None
        arts = _source_articles(G, g)
        day = _statement_date(G, g, meeting, arts)
        if not f.said(meeting, arts, day):
            continue
        art = arts[0] if arts else None
        rows.append({
            "id": g,
            "date": day,
            **{rel: [_label(G, n) for n in ns] for rel, ns in parties.items()},
            "text": d.get("text"),
            "meeting": meeting,
            "place": _label(G, where) if where is not None else None,
            "source": art,
            "headline": (G.nodes[art].get("headline") or _label(G, art)) if art is not None else None,
            "lang": G.nodes[art].get("lang") if art is not None else None,
            "evidence": _evidence(d.get("evidence")),
        })
    return _frame(rows, MESSAGE_COLUMNS, ["date", "id"])


def articles(G: nx.MultiDiGraph, *, lang: str | None = None) -> pd.DataFrame:
    """One row per article (:data:`ARTICLE_COLUMNS`), in publication order.

    >>> import datetime, kg
    >>> G = kg.build(published=datetime.date(2020, 3, 25))
    >>> articles(G)[["published", "lang"]].astype(str).values.tolist()
    [['2020-03-25', 'ar']]
    """
    rows = [
        {"id": n, **{c: d.get(c) for c in ARTICLE_COLUMNS[1:]}}
        for n, d in _typed(G, M.ARTICLE)
        if lang is None or d.get("lang") == lang
    ]
    return _frame(rows, ARTICLE_COLUMNS, ["published", "id"])


def article_texts(
    inputs: Iterable[str | os.PathLike] | None = None, *, lang: str = "auto"
) -> dict[str, str]:
    """The original text of each article read from ``inputs`` (the bundled sample when None), by node id.

    The graph keeps offsets, not texts; this reads the same files again so
    that an evidence span ``(article, start, end)`` can be shown where it stood.

    >>> import datetime, kg
    >>> G = kg.build(published=datetime.date(2020, 3, 25))
    >>> texts = article_texts()
    >>> s = statements(G).iloc[0]
    >>> texts[s.source][s.start:s.end] == s.text
    True
    """
    from kg.graph import node_id
    from kg.ingest import read

    arts, _ = read([Path(p) for p in inputs] if inputs else None, lang=lang)
    return {node_id(M.ARTICLE, a.id): a.text for a in arts}


def sparql(graph, query: str, **bindings) -> pd.DataFrame:
    """The rows of a SPARQL SELECT query as a DataFrame, one column per variable.

    ``graph`` is an :class:`rdflib.Graph` (say from :func:`kg.rdf.read_rdf`)
    or a MultiDiGraph, converted with :func:`kg.rdf.to_rdf`. Literals become
    Python values (``xsd:date`` a :class:`datetime.date`, numbers numbers),
    IRIs strings, unbound variables None. ``bindings`` set variables before
    the query runs: rdflib terms as they are (``person=rdflib.URIRef(...)``),
    other values as literals (``name="شويغو"``). The common prefixes
    (schema, kg, kgid, prov, oa, rdfs, xsd, ...) are declared for you.

    >>> import datetime, kg
    >>> G = kg.build(published=datetime.date(2020, 3, 25))
    >>> q = "SELECT ?date WHERE { ?m a schema:Event ; schema:startDate ?date }"
    >>> sparql(G, q).date.tolist()
    [datetime.date(2020, 3, 24)]
    """
    import rdflib

    from kg.vocab import PREFIXES

    if isinstance(graph, nx.Graph):
        from kg.rdf import to_rdf

        graph = to_rdf(graph)
    init = {k: (v if isinstance(v, rdflib.term.Node) else rdflib.Literal(v)) for k, v in bindings.items()}
    result = graph.query(query, initNs=dict(PREFIXES), initBindings=init or None)
    if result.type != "SELECT":
        raise ValueError(f"sparql() reads SELECT queries into tables; this one is {result.type}")
    columns = [str(v) for v in result.vars]

    def value(term):
        if term is None:
            return None
        if isinstance(term, rdflib.Literal):
            return term.toPython()
        return str(term)

    return pd.DataFrame([[value(t) for t in row] for row in result], columns=columns)
