"""Extractions -> one NetworkX MultiDiGraph, entities merged across articles.

The graph's shape is defined in :mod:`kg.model`. Entities from different
articles meet when their kind and name key agree (:func:`kg.resolve.name_key`:
a person's family name, an organization's or place's folded name).

>>> from kg.pipeline import extract
>>> text = "التقى الرئيس المصري عبد الفتاح السيسي نظيره اليمني عبد ربه منصور هادي في القاهرة."
>>> G = to_graph([extract(text)])
>>> sorted(d["label"] for _, d in G.nodes(data=True) if d["type"] == "Person")
['عبد الفتاح السيسي', 'عبد ربه منصور هادي']
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import networkx as nx

from kg import model
from kg.records import Extraction

_KIND_TYPE = {"Person": model.PERSON, "Organization": model.ORGANIZATION, "Place": model.PLACE}


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def node_id(node_type: str, local: str) -> str:
    return f"{model.PREFIX[node_type]}:{local}"


def entity_id(kind: str, key: str) -> str:
    """The node id of an entity from its kind and within-article key ("Person:شويغو")."""
    return node_id(_KIND_TYPE[kind], _hash(key))


def _add_evidence(attrs: dict, evidence: list) -> None:
    have = attrs.setdefault("evidence", [])
    for ev in evidence:
        if ev not in have:
            have.append(ev)


def _edge(G: nx.MultiDiGraph, u: str, v: str, rel: str, evidence: list, **attrs) -> None:
    if G.has_edge(u, v, key=rel):
        data = G.edges[u, v, rel]
        _add_evidence(data, evidence)
        data.update({k: val for k, val in attrs.items() if val is not None})
    else:
        G.add_edge(
            u, v, key=rel, evidence=list(evidence), **{k: val for k, val in attrs.items() if val is not None}
        )


def add_extraction(G: nx.MultiDiGraph, ex: Extraction) -> None:
    """Add one article's extraction to ``G`` in place."""
    art = ex.article
    aid = node_id(model.ARTICLE, art.id)
    G.add_node(
        aid,
        type=model.ARTICLE,
        label=art.headline or art.source or art.id,
        headline=art.headline,
        publisher=art.publisher,
        published=art.published.isoformat() if art.published else None,
        lang=art.lang,
        url=art.url,
        source=art.source,
        sha1=art.sha1,
    )
    ids: dict[str, str] = {}
    for e in ex.entities:
        nid = entity_id(e.kind, e.key)
        ids[e.key] = nid
        ev = [(aid, s, t) for s, t in e.spans]
        if nid in G:
            d = G.nodes[nid]
            for name in e.names:
                if (name, e.lang) not in d["names"]:
                    d["names"].append((name, e.lang))
            for t in e.titles:
                if (t, e.lang) not in d["titles"]:
                    d["titles"].append((t, e.lang))
            _add_evidence(d, ev)
            if e.subtype and e.subtype not in ("Place", "Organization") and not d.get("subtype"):
                d["subtype"] = e.subtype
        else:
            attrs: dict[str, object] = dict(
                type=_KIND_TYPE[e.kind],
                label=e.name,
                name=e.name,
                lang=e.lang,
                names=[(name, e.lang) for name in e.names] or [(e.name, e.lang)],
                titles=[(t, e.lang) for t in e.titles],
                evidence=ev,
            )
            if e.kind != "Person":
                # "Place" or "Organization" says nothing more than the node's type
                attrs["subtype"] = e.subtype if e.subtype not in ("Place", "Organization") else None
            G.add_node(nid, **attrs)
        _edge(G, nid, aid, model.MENTIONED_IN, ev)

    meeting_ids = []
    for i, m in enumerate(ex.meetings):
        mid = node_id(model.MEETING, f"{art.id}-{i}")
        meeting_ids.append(mid)
        ev = [(aid, *m.span)]
        names = [G.nodes[ids[k]]["label"] for k in m.attendees[:2] if k in ids]
        G.add_node(
            mid,
            type=model.MEETING,
            label=" – ".join(names) or m.trigger,
            date=m.date.isoformat() if m.date else None,
            date_text=m.date_text,
            mode=m.mode,
            status=m.status,
            trigger=m.trigger,
            evidence=ev,
        )
        _edge(G, mid, aid, model.SOURCE, ev)
        roles = dict(m.roles)
        for k in m.attendees:
            if k in ids:
                spans = [(aid, *sp) for key, sp in m.attendee_spans if key == k] or ev
                _edge(G, mid, ids[k], model.ATTENDEE, spans, role=roles.get(k, "attendee"))
        if m.place and m.place in ids:
            _edge(G, mid, ids[m.place], model.LOCATION, ev)
        for topic in m.topics:
            tid = node_id(model.TOPIC, _hash(f"{art.lang}:{topic}"))
            if tid not in G:
                G.add_node(tid, type=model.TOPIC, label=topic, name=topic, lang=art.lang)
            _edge(G, mid, tid, model.ABOUT, ev)

    for i, s in enumerate(ex.statements):
        sid = node_id(model.STATEMENT, f"{art.id}-{i}")
        ev = [(aid, *s.span)]
        sentence = art.text[s.sentence[0] : s.sentence[1]] if s.sentence else None
        G.add_node(
            sid,
            type=model.STATEMENT,
            label=_short(s.text),
            text=s.text,
            verb=s.verb,
            hedge=s.hedge,
            kind=s.kind,
            sentence=sentence,
            evidence=ev,
        )
        _edge(G, sid, aid, model.SOURCE, ev)
        if s.speaker in ids:
            _edge(G, sid, ids[s.speaker], model.CREATOR, ev)
        if s.via in ids:
            _edge(G, sid, ids[s.via], model.VIA, ev)
        if len(meeting_ids) == 1 and s.sentence:
            _edge(G, sid, meeting_ids[0], model.DURING, ev)

    for i, msg in enumerate(ex.messages):
        gid = node_id(model.MESSAGE, f"{art.id}-{i}")
        ev = [(aid, *msg.span)]
        G.add_node(
            gid,
            type=model.MESSAGE,
            label="رسالة" if art.lang == "ar" else "message",
            text=msg.text,
            evidence=ev,
        )
        _edge(G, gid, aid, model.SOURCE, ev)
        for rel, key in (
            (model.SENDER, msg.sender),
            (model.CARRIER, msg.carrier),
            (model.RECIPIENT, msg.recipient),
        ):
            if key in ids:
                _edge(G, gid, ids[key], rel, ev)
        if len(meeting_ids) == 1:
            _edge(G, gid, meeting_ids[0], model.DURING, ev)


def _short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def to_graph(
    extractions: Iterable[Extraction], G: nx.MultiDiGraph | None = None, *, aliases=None
) -> nx.MultiDiGraph:
    """All extractions merged into one graph (a new one, or ``G`` extended).

    People named in both Arabic and English are joined by ``same_as`` (:func:`kg.crosslang.link_people`;
    ``aliases`` is an optional name-pair table for the names transliteration cannot match).
    """
    G = nx.MultiDiGraph() if G is None else G
    for ex in extractions:
        add_extraction(G, ex)
    from kg.crosslang import link_people

    link_people(G, aliases=aliases)
    return G
