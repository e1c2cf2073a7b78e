"""Small graphs made by hand per kg.model, for the tables and analysis tests.

Two articles, one Arabic and one English, each its own graph; the same
person (Lavrov) is in both under the same node id, spelled in each language,
so that merging them unifies him. Nothing here is copied from a corpus.
"""

from __future__ import annotations

import networkx as nx

from kg import model as M

A1, A2 = "article:a1", "article:a2"

TEXT_A1 = (
    "لافروف يستقبل المقداد\n\n"
    "استقبل وزير الخارجية الروسي سيرغي لافروف نظيره السوري فيصل المقداد في موسكو يوم الجمعة. "
    "وقال المقداد: «العلاقات بين البلدين متينة». "
    "كما أجرى لافروف اتصالا هاتفيا مع وزير الخارجية الإيراني محمد جواد ظريف."
)
TEXT_A2 = (
    "Lavrov in Ankara\n\n"
    "Russian Foreign Minister Sergey Lavrov met Turkish Foreign Minister Mevlut Cavusoglu "
    "in Ankara on Wednesday. "
    "He also met Syrian Foreign Minister Faisal Mekdad there. "
    'Lavrov said: "We will keep talking."'
)


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _ev(article: str, text: str, words: str) -> list[tuple[str, int, int]]:
    return [(article, *_span(text, words))]


def _person(G, n, names, titles, article, text, mention):
    G.add_node(n, type=M.PERSON, label=names[0][0], name=names[0][0], lang=names[0][1], names=list(names),
               titles=list(titles), evidence=_ev(article, text, mention))
    G.add_edge(n, article, key=M.MENTIONED_IN, evidence=_ev(article, text, mention))


def _meeting(G, m, article, text, words, date, attendees, place=None, mode="in_person"):
    ev = _ev(article, text, words)
    G.add_node(m, type=M.MEETING, label=m, date=date, date_text=None, mode=mode, status="held",
               trigger="met", evidence=ev)
    G.add_edge(m, article, key=M.SOURCE, evidence=ev)
    for n, role in attendees:
        G.add_edge(m, n, key=M.ATTENDEE, role=role, evidence=ev)
    if place:
        G.add_edge(m, place, key=M.LOCATION, evidence=ev)


def _statement(G, s, article, text, quote, speaker, meeting=None, verb="said"):
    ev = _ev(article, text, quote)
    G.add_node(s, type=M.STATEMENT, label=quote, text=quote, verb=verb, hedge=None, kind="direct",
               sentence=None, evidence=ev)
    G.add_edge(s, article, key=M.SOURCE, evidence=ev)
    G.add_edge(s, speaker, key=M.CREATOR, evidence=ev)
    if meeting:
        G.add_edge(s, meeting, key=M.DURING, evidence=ev)


def arabic_graph() -> nx.MultiDiGraph:
    """Article a1 (ar, 2021-05-01): Lavrov hosts Mekdad in Moscow (2021-04-30), phones Zarif (no date)."""
    G = nx.MultiDiGraph()
    t = TEXT_A1
    G.add_node(A1, type=M.ARTICLE, label="لافروف يستقبل المقداد", headline="لافروف يستقبل المقداد",
               publisher=None, published="2021-05-01", lang="ar", url=None, source="a1.txt", sha1="0")
    _person(G, "person:lavrov", [("سيرغي لافروف", "ar"), ("لافروف", "ar")], [("وزير الخارجية الروسي", "ar")],
            A1, t, "سيرغي لافروف")
    _person(G, "person:mekdad", [("فيصل المقداد", "ar")], [("نظيره السوري", "ar")], A1, t, "فيصل المقداد")
    _person(G, "person:zarif", [("محمد جواد ظريف", "ar")], [("وزير الخارجية الإيراني", "ar")], A1, t,
            "محمد جواد ظريف")
    G.add_node("place:moscow", type=M.PLACE, label="موسكو", name="موسكو", lang="ar", names=[("موسكو", "ar")],
               titles=[], subtype="City", evidence=_ev(A1, t, "موسكو"))
    _meeting(G, "meeting:m1", A1, t, "استقبل وزير الخارجية الروسي", "2021-04-30",
             [("person:lavrov", "host"), ("person:mekdad", "guest")], place="place:moscow")
    G.add_node("topic:rel", type=M.TOPIC, label="العلاقات", name="العلاقات", lang="ar")
    G.add_edge("meeting:m1", "topic:rel", key=M.ABOUT, evidence=_ev(A1, t, "العلاقات"))
    _meeting(G, "meeting:m3", A1, t, "أجرى لافروف اتصالا هاتفيا", None,
             [("person:lavrov", "attendee"), ("person:zarif", "attendee")], mode="phone")
    _statement(G, "statement:s1", A1, t, "العلاقات بين البلدين متينة", "person:mekdad", "meeting:m1",
               verb="وقال")
    return G


def english_graph() -> nx.MultiDiGraph:
    """Article a2 (en, 2021-06-10): Lavrov meets Cavusoglu and Mekdad in Ankara (2021-06-09); he speaks."""
    G = nx.MultiDiGraph()
    t = TEXT_A2
    G.add_node(A2, type=M.ARTICLE, label="Lavrov in Ankara", headline="Lavrov in Ankara", publisher="Wire",
               published="2021-06-10", lang="en", url=None, source="a2.txt", sha1="1")
    _person(G, "person:lavrov", [("Sergey Lavrov", "en")], [("Russian Foreign Minister", "en")], A2, t,
            "Sergey Lavrov")
    _person(G, "person:cavusoglu", [("Mevlut Cavusoglu", "en")], [("Turkish Foreign Minister", "en")], A2, t,
            "Mevlut Cavusoglu")
    _person(G, "person:mekdad", [("Faisal Mekdad", "en")], [("Syrian Foreign Minister", "en")], A2, t,
            "Faisal Mekdad")
    G.add_node("place:ankara", type=M.PLACE, label="Ankara", name="Ankara", lang="en",
               names=[("Ankara", "en")], titles=[], subtype="City", evidence=_ev(A2, t, "Ankara"))
    _meeting(G, "meeting:m2", A2, t, "Sergey Lavrov met Turkish", "2021-06-09",
             [("person:lavrov", "attendee"), ("person:cavusoglu", "attendee")], place="place:ankara")
    _meeting(G, "meeting:m4", A2, t, "He also met Syrian", "2021-06-09",
             [("person:lavrov", "attendee"), ("person:mekdad", "attendee")], place="place:ankara")
    _statement(G, "statement:s2", A2, t, "We will keep talking.", "person:lavrov")
    return G
