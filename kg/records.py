"""The records that flow between stages: frozen dataclasses, every item with character spans.

A span is ``(start, end)``, end exclusive, into the ORIGINAL article text
(:attr:`Article.text`), never into a normalized copy.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

Span = tuple[int, int]


@dataclass(frozen=True)
class Article:
    """One news article as read from its source.

    ``body`` is the span of the article body inside ``text`` (page chrome,
    headline and publisher lines excluded).
    """

    id: str
    text: str
    lang: str = "ar"
    headline: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    url: str | None = None
    source: str | None = None
    body: Span | None = None
    skipped: tuple[Span, ...] = ()  # boilerplate lines left out of extraction

    @property
    def sha1(self) -> str:
        return hashlib.sha1(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Mention:
    """A name in the text: a person, organization or place, with the title that goes with it."""

    span: Span
    text: str
    kind: str  # "Person" | "Organization" | "Place"
    title: str | None = None
    title_span: Span | None = None
    subtype: str | None = None  # schema.org subclass: Country, City, GovernmentOrganization, ...


@dataclass(frozen=True)
class Entity:
    """One real-world thing inside one article: all the mentions that name it."""

    key: str  # folded name, unique per kind inside an article
    kind: str
    name: str  # the fullest name as written
    lang: str
    names: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    spans: tuple[Span, ...] = ()
    subtype: str | None = None


@dataclass(frozen=True)
class Meeting:
    """A meeting event reported by the article."""

    trigger: str
    trigger_span: Span
    span: Span  # the evidence: the clause or sentence that reports it
    attendees: tuple[str, ...]  # entity keys, persons first
    roles: tuple[tuple[str, str], ...] = ()  # (entity key, "host"|"guest")
    place: str | None = None
    date: dt.date | None = None
    date_text: str | None = None
    date_span: Span | None = None
    mode: str = "in_person"
    status: str = "held"
    topics: tuple[str, ...] = ()
    attendee_spans: tuple[tuple[str, Span], ...] = ()


@dataclass(frozen=True)
class Statement:
    """A quotation or reported speech attributed to a speaker."""

    text: str  # as written in the article
    span: Span  # the quoted words
    speaker: str | None  # entity key
    kind: str = "direct"  # "direct" | "reported"
    verb: str | None = None
    verb_span: Span | None = None
    hedge: str | None = None
    via: str | None = None  # entity key of the organization through which it was reported
    sentence: Span | None = None
    speaker_span: Span | None = None


@dataclass(frozen=True)
class Message:
    """A message carried by one party from another to a third."""

    span: Span
    sender: str | None
    carrier: str | None
    recipient: str | None
    text: str | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    statements: tuple[Statement, ...] = ()
    messages: tuple[Message, ...] = ()
    warnings: tuple[str, ...] = field(default=(), compare=False)

    def entity(self, key: str) -> Entity | None:
        return next((e for e in self.entities if e.key == key), None)
