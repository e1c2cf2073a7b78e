"""English rules for mentions, meetings and statements (issue 4).

The rules live in :mod:`kg.en_text` (layout), :mod:`kg.en_mentions` (names),
:mod:`kg.en_meetings` and :mod:`kg.en_statements`; this module is the entry
point that :mod:`kg.mentions`, :mod:`kg.meetings` and :mod:`kg.statements`
dispatch to for English articles.
"""

from __future__ import annotations


def find_mentions(doc):
    from kg.en_mentions import find_mentions as run

    return run(doc)


def find_meetings(doc, mentions):
    from kg.en_meetings import find_meetings as run

    return run(doc, mentions)


def find_statements(doc, mentions):
    from kg.en_statements import find_statements as run

    return run(doc, mentions)
