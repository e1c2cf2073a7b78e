"""Small hand-built graphs that follow kg.model, shared by the RDF tests."""

from __future__ import annotations

import itertools

import networkx as nx


def hand_graph() -> nx.MultiDiGraph:
    """A meeting of two persons in a place, a statement with a speaker, a message, one article."""
    G = nx.MultiDiGraph()
    art = "article:abc"
    G.add_node(
        art,
        type="Article",
        label="Shoigu in Damascus",
        headline="رسالة بوتين التي نقلها شويغو للأسد",
        publisher="Example News",
        published="2023-03-15",
        lang="ar",
        url="https://example.org/a?id=1",
        source="000_f5fa.txt",
        sha1="0" * 40,
    )
    G.add_node(
        "person:shoigu",
        type="Person",
        label="Sergei Shoigu",
        name="سيرغي شويغو",
        lang="ar",
        names=[("سيرغي شويغو", "ar"), ("Sergei Shoigu", "en"), ("شويغو", "ar")],
        titles=[("وزير الدفاع الروسي", "ar"), ("الوزير الروسي", "ar")],
        evidence=[(art, 100, 111), (art, 300, 305)],
    )
    G.add_node(
        "person:assad",
        type="Person",
        label="Bashar al-Assad",
        name="بشار الأسد",
        lang="ar",
        names=[("بشار الأسد", "ar"), ("الأسد", "ar")],
        titles=[],
        evidence=[(art, 200, 210)],
    )
    G.add_node(
        "person:putin",
        type="Person",
        label="Vladimir Putin",
        name="فلاديمير بوتين",
        lang="ar",
        names=[("فلاديمير بوتين", "ar")],
        titles=[("الرئيس الروسي", "ar")],
        evidence=[(art, 150, 164)],
    )
    G.add_node(
        "org:mod",
        type="Organization",
        label="Russian MoD",
        name="وزارة الدفاع الروسية",
        lang="ar",
        names=[("وزارة الدفاع الروسية", "ar")],
        titles=[],
        evidence=[(art, 60, 80)],
        subtype="GovernmentOrganization",
    )
    G.add_node(
        "place:damascus",
        type="Place",
        label="Damascus",
        name="دمشق",
        lang="ar",
        names=[("دمشق", "ar")],
        titles=[],
        evidence=[(art, 130, 134)],
        subtype="City",
    )
    G.add_node(
        "topic:terror", type="Topic", label="fight against terrorism", name="المعركة ضد الإرهاب", lang="ar"
    )
    G.add_node(
        "meeting:m1",
        type="Meeting",
        label="Shoigu meets Assad",
        date="2023-03-14",
        date_text="أمس الثلاثاء",
        mode="in_person",
        status="held",
        trigger="بحثا",
        evidence=[(art, 400, 480)],
    )
    G.add_node(
        "statement:s1",
        type="Statement",
        label="Shoigu: successes",
        text="بلا شك تم في سوريا",
        verb="قوله",
        hedge="بحسب قوله",
        kind="direct",
        sentence="ونقل بيان الوزارة عن شويغو قوله",
        evidence=[(art, 500, 518)],
    )
    G.add_node("message:x1", type="Message", label="Putin's message", text=None, evidence=[(art, 90, 140)])
    G.add_edge("meeting:m1", "person:shoigu", key="attendee", role="guest", evidence=[(art, 410, 415)])
    G.add_edge("meeting:m1", "person:assad", key="attendee", role="host", evidence=[(art, 418, 423)])
    G.add_edge("meeting:m1", "place:damascus", key="location", evidence=[])
    G.add_edge("meeting:m1", "topic:terror", key="about", evidence=[(art, 430, 450)])
    G.add_edge("meeting:m1", art, key="source", evidence=[])
    G.add_edge("statement:s1", art, key="source", evidence=[])
    G.add_edge("statement:s1", "person:shoigu", key="creator", evidence=[(art, 490, 496)])
    G.add_edge("statement:s1", "org:mod", key="via", evidence=[])
    G.add_edge("statement:s1", "meeting:m1", key="during", evidence=[])
    G.add_edge("message:x1", art, key="source", evidence=[])
    G.add_edge("message:x1", "person:putin", key="sender", evidence=[])
    G.add_edge("message:x1", "person:shoigu", key="carrier", evidence=[])
    G.add_edge("message:x1", "person:assad", key="recipient", evidence=[])
    for n in ("person:shoigu", "person:assad", "person:putin", "org:mod", "place:damascus"):
        G.add_edge(n, art, key="mentioned_in", evidence=[])
    return G


def assert_valid(g) -> None:
    """Fail with the readable SHACL report unless ``g`` (rdflib Graph) satisfies kg/ontology/shapes.ttl."""
    from kg.validate import validate

    conforms, report = validate(g)
    assert conforms, report


# ---------------------------------------------------------------- hypothesis: graphs that follow kg.model

try:
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover
    st = None

if st is not None:
    LANGS = st.sampled_from(["ar", "en"])
    # Arabic, Latin, quotes, backslashes, newlines, tabs, emoji: everything a writer must escape
    TEXT = st.text(
        alphabet=st.sampled_from(list("abcXYZ 019بشارالأسدوزير\"'\\\n\t\r.:;/#<>{}@^%_-~😀\u200f\u0640")),
        min_size=1,
        max_size=12,
    )
    OPT_TEXT = st.none() | TEXT
    LOCAL = st.text(alphabet="abcdef0123456789", min_size=1, max_size=6)
    DATE = st.dates().map(lambda d: d.isoformat()) if hasattr(st, "dates") else None

    @st.composite
    def model_graphs(draw) -> nx.MultiDiGraph:
        """Random graphs following kg.model (every attribute present, list attributes as lists of tuples).

        Alternate names (``names`` after the first) and evidence are drawn sorted and unique: RDF has no
        order for them, and kg.rdf gives them back sorted.
        """
        G = nx.MultiDiGraph()
        pool = (f"{draw(LOCAL)}{i}" for i in itertools.count())
        articles = [f"article:{next(pool)}" for _ in range(draw(st.integers(1, 2)))]

        def evidence(min_size=1):
            spans = draw(
                st.lists(
                    st.tuples(st.sampled_from(articles), st.integers(0, 5000), st.integers(0, 300)),
                    min_size=min_size,
                    max_size=3,
                )
            )
            return sorted({(a, s, s + n) for a, s, n in spans})

        for a in articles:
            G.add_node(
                a,
                type="Article",
                label=draw(TEXT),
                headline=draw(OPT_TEXT),
                publisher=draw(OPT_TEXT),
                published=draw(st.none() | DATE),
                lang=draw(LANGS),
                url=draw(st.none() | LOCAL.map(lambda x: f"https://example.org/{x}")),
                source=draw(OPT_TEXT),
                sha1=draw(st.text(alphabet="0123456789abcdef", min_size=40, max_size=40)),
            )
        entities = []
        for kind, prefix in (("Person", "person"), ("Organization", "org"), ("Place", "place")):
            for _ in range(draw(st.integers(1 if kind != "Organization" else 0, 3))):
                n = f"{prefix}:{next(pool)}"
                name, lang = draw(TEXT), draw(LANGS)
                alts = sorted(set(draw(st.lists(st.tuples(TEXT, LANGS), max_size=3))) - {(name, lang)})
                attrs = dict(
                    type=kind,
                    label=draw(TEXT),
                    name=name,
                    lang=lang,
                    names=[(name, lang), *alts],
                    titles=draw(st.lists(st.tuples(TEXT, LANGS), max_size=2)),
                    evidence=evidence(),
                )
                if kind == "Organization":
                    attrs["subtype"] = draw(
                        st.sampled_from([None, "GovernmentOrganization", "NGO", "PoliticalParty"])
                    )
                if kind == "Place":
                    attrs["subtype"] = draw(st.sampled_from([None, "Country", "City"]))
                G.add_node(n, **attrs)
                entities.append(n)
                for a in sorted({e[0] for e in attrs["evidence"]}):
                    G.add_edge(n, a, key="mentioned_in", evidence=[])
        parties = [e for e in entities if not e.startswith("place:")]
        places = [e for e in entities if e.startswith("place:")]
        topics = []
        for _ in range(draw(st.integers(0, 2))):
            t = f"topic:{next(pool)}"
            G.add_node(t, type="Topic", label=draw(TEXT), name=draw(TEXT), lang=draw(LANGS))
            topics.append(t)
        meetings = []
        if len(parties) >= 2:
            for _ in range(draw(st.integers(0, 2))):
                m = f"meeting:{next(pool)}"
                G.add_node(
                    m,
                    type="Meeting",
                    label=draw(TEXT),
                    date=draw(st.none() | DATE),
                    date_text=draw(OPT_TEXT),
                    mode=draw(st.sampled_from(["in_person", "phone", "video"])),
                    status=draw(st.sampled_from(["held", "planned"])),
                    trigger=draw(TEXT),
                    evidence=evidence(),
                )
                for p in draw(st.lists(st.sampled_from(parties), min_size=2, max_size=4, unique=True)):
                    G.add_edge(
                        m,
                        p,
                        key="attendee",
                        role=draw(st.sampled_from(["host", "guest", "attendee"])),
                        evidence=evidence(0),
                    )
                if places and draw(st.booleans()):
                    G.add_edge(m, draw(st.sampled_from(places)), key="location", evidence=evidence(0))
                for t in draw(st.lists(st.sampled_from(topics), unique=True)) if topics else ():
                    G.add_edge(m, t, key="about", evidence=evidence(0))
                G.add_edge(m, draw(st.sampled_from(articles)), key="source", evidence=evidence(0))
                meetings.append(m)
        for _ in range(draw(st.integers(0, 2)) if parties else 0):
            s = f"statement:{next(pool)}"
            G.add_node(
                s,
                type="Statement",
                label=draw(TEXT),
                text=draw(TEXT),
                verb=draw(OPT_TEXT),
                hedge=draw(OPT_TEXT),
                kind=draw(st.sampled_from(["direct", "reported"])),
                sentence=draw(OPT_TEXT),
                evidence=evidence(),
            )
            G.add_edge(s, draw(st.sampled_from(parties)), key="creator", evidence=evidence(0))
            G.add_edge(s, draw(st.sampled_from(articles)), key="source", evidence=[])
            if draw(st.booleans()):
                G.add_edge(s, draw(st.sampled_from(parties + articles)), key="via", evidence=[])
            if meetings and draw(st.booleans()):
                G.add_edge(s, draw(st.sampled_from(meetings)), key="during", evidence=[])
        if len(parties) >= 2 and draw(st.booleans()):
            x = f"message:{next(pool)}"
            G.add_node(x, type="Message", label=draw(TEXT), text=draw(OPT_TEXT), evidence=evidence())
            G.add_edge(x, draw(st.sampled_from(articles)), key="source", evidence=[])
            for rel in ("sender", "carrier", "recipient"):
                G.add_edge(x, draw(st.sampled_from(parties)), key=rel, evidence=evidence(0))
        persons = [e for e in entities if e.startswith("person:")]
        if len(persons) >= 2 and draw(st.booleans()):
            G.add_edge(persons[0], persons[1], key="same_as", evidence=[])
        return G
