"""The shape of the knowledge graph: node types, relations and their attributes.

This module is the contract between the stages that *make* the NetworkX graph
(:mod:`kg.graph`) and the stages that *read* it (:mod:`kg.rdf`, :mod:`kg.html`,
:mod:`kg.tables`). It holds names only, no logic, so every stage may import it.

The graph is a :class:`networkx.MultiDiGraph`.

Nodes
-----
Every node has the attributes ``type`` (one of :data:`NODE_TYPES`) and
``label`` (a short human-readable string). Node ids are strings of the form
``"<prefix>:<local>"`` (see :data:`PREFIX`), stable across runs: the same
input always gives the same ids.

=============  ===================================================================
type           attributes (besides ``type`` and ``label``)
=============  ===================================================================
Article        ``headline``, ``publisher`` (str|None), ``published`` ("YYYY-MM-DD"|None),
               ``lang`` ("ar"|"en"), ``url`` (str|None), ``source`` (file name|None),
               ``sha1`` (hex digest of the original text)
Person         ``name`` (as written), ``lang``, ``names`` (list of ``(text, lang)``,
               every spelling seen, the name first), ``titles`` (list of
               ``(text, lang)``: posts as written, e.g. "وزير الدفاع الروسي"),
               ``evidence`` (mentions)
Organization   as Person, plus ``subtype`` (a schema.org class name such as
               "GovernmentOrganization", or None)
Place          as Person, plus ``subtype`` ("Country", "City" or None)
Meeting        ``date`` ("YYYY-MM-DD"|None), ``date_text`` (str|None), ``mode``
               ("in_person"|"phone"|"video"), ``status`` ("held"|"planned"),
               ``trigger`` (the word that reports it, e.g. "بحث", "met"),
               ``evidence``
Statement      ``text`` (the words as written in the article), ``verb`` (str|None),
               ``hedge`` (str|None), ``kind`` ("direct"|"reported"),
               ``sentence`` (the sentence it came from, as written), ``evidence``
               (the span of the quoted words)
Topic          ``name``, ``lang``
Message        ``text`` (str|None), ``evidence``: a message that one person
               carried from another (the sender is *not* a meeting attendee)
=============  ===================================================================

``evidence`` is always a list of ``(article_node_id, start, end)`` tuples:
character offsets into the ORIGINAL article text, end exclusive. A fact seen in
three articles keeps three pieces of evidence.

Order (for the RDF round trip, :mod:`kg.rdf`): RDF keeps sets, not lists, so
``kg.read``/``kg.rdf.from_rdf`` give ``evidence`` back sorted and without
duplicates, and ``names`` as the name first and the other spellings sorted.
Producers that keep these lists sorted get back exactly what they wrote;
``titles`` keep their order. ``subtype`` is None when there is no schema.org
class more specific than the node's type (not "Place" or "Organization").

Edges
-----
Edges are keyed by relation (``G.add_edge(u, v, key=relation)``) and carry
``evidence`` (same form as above). Relations, from -> to:

=============  ==================================  =================================
relation       from -> to                          extra attributes
=============  ==================================  =================================
attendee       Meeting -> Person|Organization|Place ``role``: "host"|"guest"|"attendee"
location       Meeting -> Place
about          Meeting -> Topic
source         Meeting|Statement|Message -> Article (provenance)
mentioned_in   Person|Organization|Place -> Article
creator        Statement -> Person|Organization    (the speaker)
via            Statement -> Organization|Article   (reported through a statement, page)
during         Statement|Message -> Meeting
sender         Message -> Person|Organization
carrier        Message -> Person|Organization
recipient      Message -> Person|Organization
same_as        Person -> Person                    (a cross-language merge kept reversible)
=============  ==================================  =================================
"""

from __future__ import annotations

from typing import Final

ARTICLE: Final = "Article"
PERSON: Final = "Person"
ORGANIZATION: Final = "Organization"
PLACE: Final = "Place"
MEETING: Final = "Meeting"
STATEMENT: Final = "Statement"
TOPIC: Final = "Topic"
MESSAGE: Final = "Message"

NODE_TYPES: Final = (ARTICLE, PERSON, ORGANIZATION, PLACE, MEETING, STATEMENT, TOPIC, MESSAGE)
ENTITY_TYPES: Final = (PERSON, ORGANIZATION, PLACE)

PREFIX: Final = {
    ARTICLE: "article",
    PERSON: "person",
    ORGANIZATION: "org",
    PLACE: "place",
    MEETING: "meeting",
    STATEMENT: "statement",
    TOPIC: "topic",
    MESSAGE: "message",
}

ATTENDEE: Final = "attendee"
LOCATION: Final = "location"
ABOUT: Final = "about"
SOURCE: Final = "source"
MENTIONED_IN: Final = "mentioned_in"
CREATOR: Final = "creator"
VIA: Final = "via"
DURING: Final = "during"
SENDER: Final = "sender"
CARRIER: Final = "carrier"
RECIPIENT: Final = "recipient"
SAME_AS: Final = "same_as"

RELATIONS: Final = (
    ATTENDEE, LOCATION, ABOUT, SOURCE, MENTIONED_IN, CREATOR, VIA, DURING,
    SENDER, CARRIER, RECIPIENT, SAME_AS,
)
