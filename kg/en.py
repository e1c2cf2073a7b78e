"""English rules for mentions, meetings and statements (being written: see issue 4).

Until they land, English articles give their article node and no extraction.
"""

from __future__ import annotations


def find_mentions(doc):
    return []


def find_meetings(doc, mentions):
    return [], []


def find_statements(doc, mentions):
    return []
