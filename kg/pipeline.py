"""The flow, one way: article -> normalized doc -> mentions -> entities -> meetings, statements.

>>> ex = extract("استقبل وزير الإسكان ماجد بن عبدالله الحقيل رئيس الهيئة خالد الفهد في الرياض.")
>>> [e.name for e in ex.entities if e.kind == "Person"]
['ماجد بن عبدالله الحقيل', 'خالد الفهد']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from kg.crosslang import link_people
from kg.graph import add_extraction
from kg.ingest import ReadError, make_article, read
from kg.meetings import find_meetings
from kg.mentions import find_mentions
from kg.records import Article, Extraction
from kg.resolve import resolve
from kg.statements import find_statements
from kg.text import Doc


def extract_article(article: Article) -> Extraction:
    """Everything one article says about meetings and statements."""
    doc = Doc.from_article(article)
    mentions = find_mentions(doc)
    entities, mentions = resolve(doc, mentions)
    meetings, messages = find_meetings(doc, mentions)
    statements = find_statements(doc, mentions)
    return Extraction(
        article=article,
        entities=tuple(entities),
        meetings=tuple(meetings),
        statements=tuple(statements),
        messages=tuple(messages),
        warnings=tuple(doc.warnings),
    )


def extract(
    text: str, *, lang: str = "auto", published: dt.date | None = None, source: str | None = None
) -> Extraction:
    """Extract from a string of article text (headline first, as in a file)."""
    return extract_article(make_article(text, lang=lang, published=published, source=source))


def _with_date(article: Article, published: dt.date | None) -> Article:
    if published and not article.published:
        from dataclasses import replace

        return replace(article, published=published)
    return article


def build(
    inputs: Iterable[str | Path] | None = None,
    *,
    published: dt.date | None = None,
    lang: str = "auto",
    errors: list[ReadError] | None = None,
    progress=None,
) -> nx.MultiDiGraph:
    """Read files or folders (the bundled sample when none) and build one merged graph.

    Inputs that cannot be read are skipped; pass a list as ``errors`` to collect them.
    ``progress`` is called with (done, total) after each article.
    """
    articles, errs = read(list(inputs) if inputs else None, lang=lang)
    if errors is not None:
        errors.extend(errs)
    G = nx.MultiDiGraph()
    for i, art in enumerate(articles, 1):
        add_extraction(G, extract_article(_with_date(art, published)))
        if progress:
            progress(i, len(articles))
    link_people(G)  # once, over the whole build: people named in both languages
    return G
