"""Interactive HTML views of the knowledge graph: one self-contained page, safe with hostile text.

The page is built from pyvis's node and edge records and pyvis's bundled copy
of vis-network, but rendered with this module's own template: pyvis 0.3.2's
templates link Bootstrap from a CDN even in ``in_line`` mode, print the
heading twice, insert the heading unescaped and switch every tooltip to
``innerHTML`` as soon as one title contains "href". Here every script and
style is inline, nothing is fetched (a Content-Security-Policy forbids it),
and every piece of article text reaches the page as JSON inside a
``<script type="application/json">`` block and is put into the document with
``textContent``, never parsed as HTML.

Read the graph through :mod:`kg.model`; :func:`view_graph` applies the
question (a person's neighbourhood, meetings only, a date range, a size cap)
without any HTML, :func:`to_html` draws it.

>>> import networkx as nx
>>> from kg import model as M
>>> G = nx.MultiDiGraph()
>>> G.add_node("person:a", type=M.PERSON, label="بشار الأسد", names=[("بشار الأسد", "ar")])
>>> G.add_node("person:b", type=M.PERSON, label="سيرغي شويغو", names=[("سيرغي شويغو", "ar")])
>>> G.add_node("meeting:1", type=M.MEETING, label="لقاء", date="2020-03-24")
>>> _ = G.add_edge("meeting:1", "person:a", key=M.ATTENDEE)
>>> _ = G.add_edge("meeting:1", "person:b", key=M.ATTENDEE)
>>> sorted(view_graph(G, focus="بشار الاسد", depth=1))
['meeting:1', 'person:a']
>>> H = view_graph(G, meetings_only=True)
>>> H["person:a"]["person:b"]["weight"]
1
>>> page = to_html(G, title="<b>demo</b>")
>>> "<b>demo</b>" in page, "&lt;b&gt;demo&lt;/b&gt;" in page
(False, True)
"""

from __future__ import annotations

import datetime as dt
import difflib
import html
import json
import math
import os
import re
import unicodedata
from collections import Counter, defaultdict, deque
from collections.abc import Hashable, Iterable
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
from pyvis.edge import Edge
from pyvis.node import Node

from kg import model as M
from kg.files import atomic_write

__all__ = ["STYLE", "fold", "to_html", "view_graph", "find_nodes"]

PHYSICS_LIMIT = 300
"""Up to this many nodes the browser refines the precomputed layout with physics; above, physics is off."""

LAZY_LABELS = 1500
"""Above this many nodes (edges) their labels are given to vis-network only once the user zooms in:
measuring 10,000 labels costs seconds before the first draw, and they cannot be read at the zoom
that shows the whole graph."""

FONT_FACE = "'Noto Sans Arabic', 'Noto Naskh Arabic', 'Noto Sans', 'DejaVu Sans', Tahoma, Arial, sans-serif"

STYLE: dict[str, dict[str, str]] = {
    M.PERSON: {"color": "#2f6fb3", "shape": "dot", "name": "Person"},
    M.ORGANIZATION: {"color": "#e07b1a", "shape": "diamond", "name": "Organization"},
    M.PLACE: {"color": "#2e9e4a", "shape": "triangle", "name": "Place"},
    M.MEETING: {"color": "#d62f2f", "shape": "star", "name": "Meeting"},
    M.STATEMENT: {"color": "#8a5cc2", "shape": "square", "name": "Statement"},
    M.TOPIC: {"color": "#8c6239", "shape": "triangleDown", "name": "Topic"},
    M.MESSAGE: {"color": "#d957a8", "shape": "hexagon", "name": "Message"},
    M.ARTICLE: {"color": "#7f7f7f", "shape": "dot", "name": "Article"},
}
"""Colour and vis-network shape per node type (the legend is drawn from this)."""

_PROVENANCE = frozenset({M.SOURCE, M.MENTIONED_IN})
_UNKNOWN_STYLE = {"color": "#bbbbbb", "shape": "dot", "name": "Other"}
_LIST_CAP = 12  # items per tooltip list before "… and N more"
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_SPACES = re.compile(r"\s+")
_QUOTES = str.maketrans("", "", "\"'“”„«»‘’‹›")


# ---------------------------------------------------------------------------- names


def fold(text: str) -> str:
    """Fold a name for matching across spellings.

    Drops diacritics and combining marks (so أ إ آ become ا), tatweel and
    quote marks; maps ى to ي and ة to ه; lower-cases; collapses spaces. The
    page's search box folds the same way.

    >>> fold("أيمن  سوسان") == fold("ايمن سوسان")
    True
    >>> fold("“الأسدُ”") == fold("الاسد")
    True
    >>> fold("Shoïgu")
    'shoigu'
    """
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    text = text.replace("\u0640", "").replace("ى", "ي").replace("ة", "ه").translate(_QUOTES)
    return _SPACES.sub(" ", text).strip().lower()


def _names(data: dict) -> list[str]:
    """Every spelling a node is known by: its label, name and ``names``."""
    out: list[str] = []
    for value in (data.get("label"), data.get("name")):
        if value:
            out.append(str(value))
    for item in data.get("names") or ():
        text = item[0] if isinstance(item, list | tuple) else item
        if text:
            out.append(str(text))
    return list(dict.fromkeys(out))


def _words(folded: str) -> list[str]:
    """Words for matching, the Arabic article dropped ("الاسد" -> "اسد"): names come with and without it."""
    return [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in folded.replace("-", " ").split()]


def _contains(words: list[str], part: list[str]) -> bool:
    n = len(part)
    return n > 0 and any(words[i:i + n] == part for i in range(len(words) - n + 1))


def find_nodes(G: nx.Graph, name: str, *, types: Iterable[str] | None = None) -> list[Hashable]:
    """Nodes whose name, in any spelling, matches ``name``.

    A node matches when one of its names folds (see :func:`fold`) to the same
    string; failing that, when the query's words appear in that order inside
    one of its names, the Arabic article ال optional ("الأسد" and "أسد" find
    "بشار الأسد"; "al-Assad" finds "Bashar al-Assad"). People, organizations,
    places and topics are searched unless ``types`` says otherwise. Raises
    ``ValueError`` naming the closest names when nothing matches.
    """
    wanted = set(types) if types is not None else {*M.ENTITY_TYPES, M.TOPIC}
    query = fold(name)
    if not query:
        raise ValueError("focus name is empty")
    candidates = [(n, d) for n, d in G.nodes(data=True) if d.get("type") in wanted]
    exact = [n for n, d in candidates if any(fold(x) == query for x in _names(d))]
    if exact:
        return sorted(exact, key=str)
    q = _words(query)
    partial = [n for n, d in candidates if any(_contains(_words(fold(x)), q) for x in _names(d))]
    if partial:
        return sorted(partial, key=str)
    known = {fold(x): x for _, d in candidates for x in _names(d)}
    close = [known[k] for k in difflib.get_close_matches(query, list(known), n=5, cutoff=0.6)]
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    raise ValueError(f"no person, organization, place or topic is named {name!r}{hint}")


# ---------------------------------------------------------------------------- views


def _as_date(value: str | dt.date | None, option: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"{option} must be a date written YYYY-MM-DD, not {value!r}") from None


def _typed(G: nx.Graph, node: Hashable) -> str | None:
    return G.nodes[node].get("type")


class _Relations:
    """Targets and sources of every node by relation, built in one pass over the edges.

    Asking networkx for a node's edges of one relation builds a view each time; a
    tooltip asks a dozen such questions per node, which took most of the page's time
    at 20,000 nodes.
    """

    def __init__(self, G: nx.Graph):
        self.out: dict[Hashable, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        self.inn: dict[Hashable, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        if G.is_multigraph() and G.is_directed():
            for u, v, k in G.edges(keys=True):
                self.out[u][k].append(v)
                self.inn[v][k].append(u)
        self.labels = {n: _label_of(n, d) for n, d in G.nodes(data=True)}
        self.meetings: dict[Hashable, tuple[list[str], list[tuple[Hashable, str]]]] = {}


_RELATIONS: ContextVar[dict[int, _Relations] | None] = ContextVar("kg_html_relations", default=None)


@contextmanager
def _indexed(*graphs: nx.Graph):
    """Within the block, _out and _in answer from a one-pass index of these (unchanging) graphs."""
    token = _RELATIONS.set({id(G): _Relations(G) for G in graphs})
    try:
        yield
    finally:
        _RELATIONS.reset(token)


def _out(G: nx.Graph, node: Hashable, relation: str) -> list[Hashable]:
    index = (_RELATIONS.get() or {}).get(id(G))
    if index is not None:
        return list(index.out[node].get(relation, ())) if node in index.out else []
    if not G.is_multigraph() or not G.is_directed():
        return []
    return [v for _, v, k in G.out_edges(node, keys=True) if k == relation]


def _in(G: nx.Graph, node: Hashable, relation: str) -> list[Hashable]:
    index = (_RELATIONS.get() or {}).get(id(G))
    if index is not None:
        return list(index.inn[node].get(relation, ())) if node in index.inn else []
    if not G.is_multigraph() or not G.is_directed():
        return []
    return [u for u, _, k in G.in_edges(node, keys=True) if k == relation]


def _date_filter(G: nx.MultiDiGraph, since: dt.date | None, until: dt.date | None) -> nx.MultiDiGraph:
    """Meetings dated inside [since, until], what hangs on them, and statements/messages of that time."""

    def inside(day: str | None) -> bool:
        if not day:
            return False
        try:
            d = dt.date.fromisoformat(str(day)[:10])
        except ValueError:
            return False
        return (since is None or d >= since) and (until is None or d <= until)

    events: set[Hashable] = set()
    for n, d in G.nodes(data=True):
        if d.get("type") == M.MEETING and inside(d.get("date")):
            events.add(n)
    for n, d in G.nodes(data=True):
        if d.get("type") in (M.STATEMENT, M.MESSAGE):
            during = _out(G, n, M.DURING)
            if during:
                if any(m in events for m in during):
                    events.add(n)
            elif any(inside(G.nodes[a].get("published")) for a in _out(G, n, M.SOURCE)):
                events.add(n)  # no meeting: its article's date decides
    keep = set(events)
    for n in events:
        keep.update(G.successors(n))  # attendees, place, topics, speaker, sources, ...
    return G.subgraph(keep).copy()


def _meetings_only(G: nx.MultiDiGraph) -> nx.Graph:
    """People joined by the meetings they attended together; ``weight`` is how many."""
    H = nx.Graph()
    H.graph.update(G.graph)
    for m, d in G.nodes(data=True):
        if d.get("type") != M.MEETING:
            continue
        people = sorted({p for p in _out(G, m, M.ATTENDEE) if _typed(G, p) == M.PERSON}, key=str)
        for p in people:
            H.add_node(p, **G.nodes[p])
        for i, a in enumerate(people):
            for b in people[i + 1:]:
                if H.has_edge(a, b):
                    H[a][b]["weight"] += 1
                    H[a][b]["meetings"].append(m)
                else:
                    H.add_edge(a, b, weight=1, meetings=[m])
    return H


def _neighbourhood(G: nx.Graph, start: Iterable[Hashable], depth: int) -> set[Hashable]:
    """Nodes within ``depth`` hops of ``start``, edges taken both ways; articles are reached, never crossed.

    An article is linked to everything it mentions, so walking through it
    would put the whole article in every neighbourhood.
    """
    start = set(start)
    seen = set(start)
    frontier = deque((n, 0) for n in seen)
    while frontier:
        node, dist = frontier.popleft()
        if dist >= depth or (_typed(G, node) == M.ARTICLE and node not in start):
            continue
        nbrs = set(G.successors(node)) | set(G.predecessors(node)) if G.is_directed() else set(G[node])
        for nb in sorted(nbrs - seen, key=str):
            seen.add(nb)
            frontier.append((nb, dist + 1))
    return seen


def view_graph(
    G: nx.MultiDiGraph,
    *,
    focus: str | None = None,
    depth: int = 2,
    meetings_only: bool = False,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    max_nodes: int | None = None,
) -> nx.Graph:
    """The part of ``G`` a view shows, as a new graph (``G`` is left alone).

    Steps, in order: ``since``/``until`` keep meetings dated in that range
    (inclusive; undated meetings go) with their attendees, places, topics and
    sources, plus the statements and messages made during them (one attached
    to no meeting stays when its article was published in the range);
    ``meetings_only`` turns the result into an undirected graph of people
    whose edges carry ``weight`` (meetings shared) and ``meetings`` (their
    ids); ``focus`` keeps the nodes within ``depth`` hops of every node named
    ``focus`` (see :func:`find_nodes`); ``max_nodes`` keeps the
    highest-degree nodes (the focused ones always).

    What was left out is recorded in ``H.graph["kg_view"]``: ``focus_nodes``,
    ``total_nodes``, ``total_edges``, ``omitted_nodes``, ``omitted_edges``.
    """
    H, info = _view(G, focus=focus, depth=depth, meetings_only=meetings_only, since=since, until=until,
                    max_nodes=max_nodes)
    H = H.copy() if H is G or nx.is_frozen(H) else H
    H.graph["kg_view"] = info
    return H


def _known(G: nx.Graph, name: str, types: Iterable[str] | None) -> bool:
    try:
        return bool(find_nodes(G, name, types=types))
    except ValueError:
        return False


def _view(G, *, focus, depth, meetings_only, since, until, max_nodes) -> tuple[nx.Graph, dict]:
    """view_graph without the copy: the result may be G itself or a read-only view of it."""
    if depth < 0:
        raise ValueError("depth must be 0 or more")
    lo, hi = _as_date(since, "since"), _as_date(until, "until")
    if lo and hi and lo > hi:
        raise ValueError(f"since ({lo}) is after until ({hi})")
    H: nx.Graph = G
    if lo or hi:
        H = _date_filter(G, lo, hi)
    if meetings_only:
        H = _meetings_only(H)
    focus_nodes: list[Hashable] = []
    if focus:
        types = {M.PERSON} if meetings_only else None
        try:
            focus_nodes = find_nodes(H, focus, types=types)
        except ValueError:
            if H is G or not _known(G, focus, types):
                raise
            why = []
            if lo or hi:
                why.append(f"has no meeting from {lo or 'the start'} to {hi or 'the end'}")
            if meetings_only:
                why.append("attended no meeting")
            raise ValueError(f"{focus!r} is in the graph but {' or '.join(why)}; widen the view") from None
        H = H.subgraph(_neighbourhood(H, focus_nodes, depth))
    total_nodes, total_edges = H.number_of_nodes(), H.number_of_edges()
    if max_nodes is not None and total_nodes > max_nodes:
        keep = set(focus_nodes[:max_nodes])
        ranked = sorted(H.degree(), key=lambda nd: (-nd[1], str(nd[0])))
        for node, _ in ranked:
            if len(keep) >= max_nodes:
                break
            keep.add(node)
        H = H.subgraph(keep)
    return H, {
        "focus_nodes": focus_nodes,
        "total_nodes": total_nodes,
        "total_edges": total_edges,
        "omitted_nodes": total_nodes - H.number_of_nodes(),
        "omitted_edges": total_edges - H.number_of_edges(),
    }


# ---------------------------------------------------------------------------- tooltips


def _short(text: Any, limit: int = 40) -> str:
    text = _SPACES.sub(" ", str(text or "")).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _label_of(node: Hashable, d: dict) -> str:
    return str(d.get("label") or d.get("name") or d.get("headline") or d.get("text") or node)


def _label(G: nx.Graph, node: Hashable) -> str:
    index = (_RELATIONS.get() or {}).get(id(G))
    if index is not None and node in index.labels:
        return index.labels[node]
    return _label_of(node, G.nodes[node])


def _texts(items: Any) -> list[str]:
    out = []
    for item in items or ():
        text = item[0] if isinstance(item, list | tuple) else item
        if text:
            out.append(str(text))
    return list(dict.fromkeys(out))


def _cap(items: list[str]) -> list[str]:
    if len(items) <= _LIST_CAP:
        return items
    return items[:_LIST_CAP] + [f"… and {len(items) - _LIST_CAP} more"]


def _join(parts: Iterable[Any], sep: str = " · ") -> str:
    """Join pieces of mixed direction, each in a first-strong isolate (a date stays 2020-03-24 by Arabic).

    The line is one of the page's own (English words around names), so it starts with a
    left-to-right mark: the tooltip sets its direction from its first strong character.
    """
    return "\u200e" + sep.join(f"\u2068{p}\u2069" for p in parts)


def _meeting_line(G: nx.Graph, m: Hashable, *, besides: Hashable | None = None) -> str:
    index = (_RELATIONS.get() or {}).get(id(G))
    memo = index.meetings.get(m) if index is not None else None
    if memo is None:
        d = G.nodes[m]
        when = str(d.get("date") or d.get("date_text") or "undated")
        where = _join((_label(G, p) for p in _out(G, m, M.LOCATION)), ", ")
        head = [when] + ([where[1:]] if where else [])  # [1:]: no mark inside the line
        memo = (head, [(p, _label(G, p)) for p in _out(G, m, M.ATTENDEE)])
        if index is not None:
            index.meetings[m] = memo
    parts, attendees = list(memo[0]), memo[1]
    others = [name for p, name in attendees if p != besides]
    if others:
        parts.append(f"with {_join(others, ', ')[1:]}")
    return _join(parts)


def _article_line(G: nx.Graph, a: Hashable) -> str:
    d = G.nodes[a]
    bits = [str(d.get("headline") or d.get("label") or a)]
    bits += [str(x) for x in (d.get("publisher"), d.get("published")) if x]
    return _join(bits)


def _evidence_lines(G: nx.Graph, evidence: Any) -> list[str]:
    out = []
    for item in evidence or ():
        try:
            art, start, end = item
        except (TypeError, ValueError):
            continue
        name = _label(G, art) if art in G else str(art)
        out.append(f"\u200e\u2068{name}\u2069 [{start}:{end}]")
    return out


def _tip(G: nx.Graph, node: Hashable) -> dict:
    """The tooltip of one node as plain text: a heading and (key, text or list of texts) rows."""
    d = G.nodes[node]
    kind = d.get("type") or "Other"
    rows: list[list] = []

    def row(key: str, value: Any) -> None:
        if isinstance(value, list):
            if value:
                rows.append([key, _cap([str(v) for v in value])])
        elif value not in (None, ""):
            rows.append([key, str(value)])

    if kind in M.ENTITY_TYPES:
        label = _label(G, node)
        row("Also written", [n for n in _names(d) if n != label])
        row("Titles", _texts(d.get("titles")))
        row("Kind", d.get("subtype"))
        meetings = sorted(_in(G, node, M.ATTENDEE), key=lambda m: str(G.nodes[m].get("date") or ""))
        row("Meetings attended", [_meeting_line(G, m, besides=node) for m in meetings])
        held = sorted(_in(G, node, M.LOCATION), key=lambda m: str(G.nodes[m].get("date") or ""))
        row("Meetings held here", [_meeting_line(G, m) for m in held])
        row("Statements", [f"“{_short(_label(G, s), 90)}”" for s in _in(G, node, M.CREATOR)])
        for rel, name in ((M.SENDER, "Messages sent"), (M.CARRIER, "Messages carried"),
                          (M.RECIPIENT, "Messages received")):
            row(name, [_short(G.nodes[x].get("text") or _label(G, x), 90) for x in _in(G, node, rel)])
        row("Mentioned in", [_article_line(G, a) for a in _out(G, node, M.MENTIONED_IN)])
    elif kind == M.MEETING:
        row("Date", d.get("date") or d.get("date_text") or "not given")
        if d.get("date") and d.get("date_text"):
            row("Date as written", d.get("date_text"))
        row("Place", ", ".join(_label(G, p) for p in _out(G, node, M.LOCATION)) or None)
        attendees = []
        for _, p, k, ed in G.out_edges(node, keys=True, data=True):
            if k == M.ATTENDEE:
                role = ed.get("role")
                attendees.append(_label(G, p) + (f" ({role})" if role and role != "attendee" else ""))
        row("Attendees", attendees)
        row("Topics", [_label(G, t) for t in _out(G, node, M.ABOUT)])
        row("How", " · ".join(str(x) for x in (d.get("mode"), d.get("status")) if x) or None)
        row("Reported by the word", d.get("trigger"))
        row("Said during it", [f"“{_short(_label(G, s), 90)}”" for s in _in(G, node, M.DURING)])
        row("Source", [_article_line(G, a) for a in _out(G, node, M.SOURCE)])
        row("Evidence", _evidence_lines(G, d.get("evidence")))
    elif kind in (M.STATEMENT, M.MESSAGE):
        row("Text", d.get("text"))
        if kind == M.STATEMENT:
            row("Speaker", ", ".join(_label(G, s) for s in _out(G, node, M.CREATOR)) or "unknown")
            row("Reporting verb", d.get("verb"))
            row("Hedge", d.get("hedge"))
            row("Kind", d.get("kind"))
            row("Reported via", [_label(G, v) for v in _out(G, node, M.VIA)])
        else:
            for rel, name in ((M.SENDER, "From"), (M.CARRIER, "Carried by"), (M.RECIPIENT, "To")):
                row(name, ", ".join(_label(G, x) for x in _out(G, node, rel)) or None)
        row("During", [_meeting_line(G, m) for m in _out(G, node, M.DURING)])
        row("Source", [_article_line(G, a) for a in _out(G, node, M.SOURCE)])
        row("Sentence", d.get("sentence"))
        row("Evidence", _evidence_lines(G, d.get("evidence")))
    elif kind == M.TOPIC:
        row("Name", d.get("name"))
        row("Meetings", [_meeting_line(G, m) for m in _in(G, node, M.ABOUT)])
    elif kind == M.ARTICLE:
        row("Headline", d.get("headline"))
        row("Publisher", d.get("publisher"))
        row("Published", d.get("published"))
        row("Language", d.get("lang"))
        row("URL", d.get("url"))  # text, never a link
        row("File", d.get("source"))
    return {"t": kind, "h": _label(G, node), "rows": rows}


# ---------------------------------------------------------------------------- page


def _isolate(text: str) -> str:
    """Wrap text holding Arabic in Unicode first-strong isolates so the canvas orders it right-to-left."""
    return f"\u2068{text}\u2069" if _ARABIC.search(text) else text


def _edge_title(G: nx.Graph, fact: nx.Graph, u: Hashable, v: Hashable, key: Any, data: dict) -> str:
    if "weight" in data and "meetings" in data:
        lines = [f"{_label(G, u)} — {_label(G, v)}: {data['weight']} meeting(s)"]
        lines += [_meeting_line(fact, m) for m in data["meetings"] if m in fact][:_LIST_CAP]
        return "\n".join(lines)
    lines = [f"{_label(G, u)} → {key} → {_label(G, v)}"]
    if data.get("role"):
        lines.append(f"role: {data['role']}")
    ev = _evidence_lines(fact, data.get("evidence"))
    if ev:
        lines.append("evidence: " + "; ".join(ev[:5]))
    return "\n".join(lines)


@lru_cache(maxsize=4)
def _asset(package: str, name: str) -> str:
    return resources.files(package).joinpath(name).read_text(encoding="utf-8")


def _vis_js() -> str:
    """vis-network's code, its one "<script>" (inside a JS string) written so no HTML parser sees it."""
    js = _asset("pyvis", "templates/lib/vis-9.1.2/vis-network.min.js")
    js = js.replace('"<script>"', '"\\x3cscript>"').replace("</script", "<\\/script")
    if re.search(r"<!--|<script|</script", js, re.I):  # pragma: no cover - a pyvis upgrade changed the bundle
        raise RuntimeError("the vis-network bundle holds markup that would end its <script> element")
    return js


def _script_json(obj: Any) -> str:
    """JSON that can sit inside a <script> element: no '<', '>', '&' or JS line separators left raw."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    for raw, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                     ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, esc)
    return text


_SHAPE_SVG = {
    "dot": '<circle cx="8" cy="8" r="6"/>',
    "diamond": '<polygon points="8,1 15,8 8,15 1,8"/>',
    "triangle": '<polygon points="8,1 15,14 1,14"/>',
    "triangleDown": '<polygon points="1,2 15,2 8,15"/>',
    "square": '<rect x="2" y="2" width="12" height="12"/>',
    "star": '<polygon points="8,1 10,6 15,6 11,9.5 12.5,15 8,11.5 3.5,15 5,9.5 1,6 6,6"/>',
    "hexagon": '<polygon points="4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8"/>',
}


def _legend(counts: Counter) -> str:
    items = []
    types = [t for t in M.NODE_TYPES if counts.get(t)] + sorted(t for t in counts if t not in M.NODE_TYPES)
    for t in types:
        style = STYLE.get(t, _UNKNOWN_STYLE)
        svg = (f'<svg width="16" height="16" viewBox="0 0 16 16" fill="{style["color"]}" aria-hidden="true">'
               f'{_SHAPE_SVG.get(style["shape"], _SHAPE_SVG["dot"])}</svg>')
        items.append(
            f'<label class="kg-legend-item"><input type="checkbox" checked data-kg-type="{html.escape(t)}">'
            f'{svg}<span>{html.escape(t)}</span> <span class="kg-count">{counts[t]:,}</span></label>'
        )
    items.append('<span class="kg-legend-item kg-legend-note"><svg width="22" height="10" aria-hidden="true">'
                 '<line x1="0" y1="5" x2="22" y2="5" stroke="#aaa" stroke-dasharray="4 3"/></svg>'
                 'source, mentioned_in</span>')
    return "\n".join(items)


def _describe(focus: str | None, depth: int, meetings_only: bool, since: Any, until: Any) -> str:
    bits = ["people who met, joined by the meetings they shared" if meetings_only else "whole graph"]
    if focus:
        bits[0] = f"around “{focus}”, {depth} step(s)" + (" (meetings only)" if meetings_only else "")
    if since or until:
        bits.append(f"meetings from {since or 'the start'} to {until or 'the end'}")
    return "; ".join(bits)


def _notice(info: dict, max_nodes: int | None) -> str:
    if info["total_nodes"] == 0:
        return ("Nothing to show: no node matched this view. Widen it (a larger --depth, "
                "a wider --since/--until range) or drop --meetings-only.")
    if not info["omitted_nodes"]:
        return ""
    return (f"Showing the {info['total_nodes'] - info['omitted_nodes']:,} best-connected of "
            f"{info['total_nodes']:,} nodes (--max-nodes {max_nodes:,}): {info['omitted_nodes']:,} nodes and "
            f"{info['omitted_edges']:,} edges are left out. Narrow the view to see them: "
            "--focus NAME --depth N for one person's neighbourhood, --since/--until DATE for a period, "
            "--meetings-only for who met whom; or raise --max-nodes.")


_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; \
style-src 'unsafe-inline'; img-src data:; font-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="kg.html">
<title>@TITLE@</title>
<style>@VIS_CSS@</style>
<style>@KG_CSS@</style>
</head>
<body>
<header id="kg-header">
<h1 dir="auto">@TITLE@</h1>
<p id="kg-summary">@SUMMARY@</p>
<p id="kg-notice" role="status"@NOTICE_HIDDEN@>@NOTICE@</p>
<div id="kg-controls">
<input type="search" id="kg-search" dir="auto" placeholder="Search a name (any spelling)…" \
aria-label="Search a name">
<span id="kg-search-result" aria-live="polite"></span>
<div id="kg-legend" role="group" aria-label="Legend and type filter">@LEGEND@</div>
</div>
</header>
<div id="kg-network"></div>
<script type="application/json" id="kg-data">@DATA@</script>
<script>@VIS_JS@</script>
<script>@KG_JS@</script>
</body>
</html>
"""


def to_html(
    G: nx.MultiDiGraph,
    path: str | os.PathLike | None = None,
    *,
    title: str = "kg",
    focus: str | None = None,
    depth: int = 2,
    meetings_only: bool = False,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    max_nodes: int = 2000,
) -> str:
    """Draw a view of ``G`` as one self-contained HTML page; return it, and write it to ``path`` if given.

    The view is :func:`view_graph` with the same options. Nodes are coloured
    and shaped by type (see :data:`STYLE`, drawn as a legend that doubles as
    a type filter), sized by degree, labelled in their own script direction;
    edges are labelled with their relation. Tooltips answer the next question
    (a person's titles and meetings; a meeting's date, place, attendees and
    topics; a statement's text, speaker, verb, hedge, source and sentence).
    Positions are computed here (:mod:`kg.layout`); above
    :data:`PHYSICS_LIMIT` nodes the browser's physics stays off so large
    graphs open in seconds. The page loads nothing from the network.
    """
    from kg.layout import spring_positions

    lo, hi = _as_date(since, "since"), _as_date(until, "until")
    view, info = _view(G, focus=focus, depth=depth, meetings_only=meetings_only, since=lo, until=hi,
                       max_nodes=max_nodes)
    fact = _date_filter(G, lo, hi) if (lo or hi) else G  # tooltips speak of the same period
    n = view.number_of_nodes()
    physics = n <= PHYSICS_LIMIT
    positions = spring_positions(view, seed=0) if n else {}
    degree = dict(view.degree())
    focus_set = set(info["focus_nodes"])
    counts: Counter = Counter()

    with _indexed(fact):  # tooltips ask many questions per node: answer them from an index
        nodes = []
        for node, d in sorted(view.nodes(data=True), key=lambda nd: str(nd[0])):
            kind = d.get("type") or "Other"
            counts[kind] += 1
            style = STYLE.get(kind, _UNKNOWN_STYLE)
            full = _label(view, node)
            short = _short(full, 28 if kind in (M.STATEMENT, M.MESSAGE, M.ARTICLE) else 40)
            if kind == M.STATEMENT:
                short = f"“{short}”"
            x, y = positions.get(node, (0.0, 0.0))
            rec = Node(
                str(node), style["shape"], _isolate(short),
                color=style["color"],
                size=round(min(45.0, 8.0 + 5.0 * math.sqrt(degree.get(node, 0))), 1),
                x=x, y=y,
                borderWidth=4 if node in focus_set else 1,
                kgType=kind,
                kgSearch="\n".join(fold(s) for s in _names(d) or [full]),
                kgTip=_tip(fact if node in fact else view, node),
            ).options
            nodes.append(rec)

        edges = []
        if view.is_multigraph():
            edge_iter = ((u, v, k, ed) for u, v, k, ed in view.edges(keys=True, data=True))
        else:
            edge_iter = ((u, v, None, ed) for u, v, ed in view.edges(data=True))
        for i, (u, v, k, ed) in enumerate(edge_iter):
            if "weight" in ed and "meetings" in ed:
                w = ed["weight"]
                label, width = f"{w} meeting" + ("s" if w != 1 else ""), 1 + w
            else:
                label, width = str(k if k is not None else ed.get("relation", "")), 1
            extra = {}
            if k in _PROVENANCE:  # where a fact was read, not a fact: drawn faint so the facts stand out
                # (dashes only on small graphs: canvas dashes are slow by the thousand)
                extra = {"dashes": physics, "color": {"color": "#d4d4d4"}, "font": {"color": "#b0b0b0"}}
            # arrows come from the options (one switch for all edges), not from each edge
            rec = Edge(str(u), str(v), directed=False, id=f"e{i}", label=label, width=width,
                       kgTitle=_edge_title(view, fact, u, v, k, ed), **extra).options
            edges.append(rec)

    big = not physics
    options = {
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": 0},
        "nodes": {"font": {"face": FONT_FACE, "size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "borderWidth": 1},
        "edges": {
            "arrows": {"to": {"enabled": view.is_directed(), "scaleFactor": 0.5}},
            "color": {"color": "#a8a8a8", "highlight": "#303030", "hover": "#505050"},
            "font": {"face": FONT_FACE, "size": 10, "color": "#555555", "strokeWidth": 2, "align": "middle"},
            "smooth": False if big else {"type": "continuous"},
        },
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -90, "springLength": 150, "avoidOverlap": 0.8},
            "stabilization": {"enabled": physics, "iterations": 200, "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
                        "keyboard": False, "multiselect": True},
    }
    data = {"nodes": nodes, "edges": edges, "options": options,
            "lazyEdgeLabels": len(edges) > LAZY_LABELS, "lazyNodeLabels": len(nodes) > LAZY_LABELS}

    summary = (f"{n:,} nodes, {len(edges):,} edges · {_describe(focus, depth, meetings_only, lo, hi)}"
               " · hover for details, scroll to zoom, drag to pan")
    notice = _notice(info, max_nodes)
    page = _TEMPLATE
    parts = {
        "@TITLE@": html.escape(title),
        "@SUMMARY@": html.escape(summary),
        "@NOTICE_HIDDEN@": "" if notice else " hidden",
        "@NOTICE@": html.escape(notice),
        "@LEGEND@": _legend(counts),
        "@VIS_CSS@": _asset("pyvis", "templates/lib/vis-9.1.2/vis-network.css"),
        "@KG_CSS@": _asset("kg", "static/view.css"),
        "@DATA@": _script_json(data),
        "@VIS_JS@": _vis_js(),
        "@KG_JS@": _asset("kg", "static/view.js"),
    }
    # one pass, so text substituted in never gets substituted again
    page = re.sub("|".join(re.escape(k) for k in parts), lambda m: parts[m.group(0)], page)
    if path is not None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, page.encode("utf-8"))
    return page


