"""English layout: wire wraps, NYT quotes, run-on quotes, abbreviations (kg.en_text)."""

from __future__ import annotations

from kg.en_text import english_quotes
from kg.ingest import make_article
from kg.text import Doc


def _doc(text: str) -> Doc:
    return Doc.from_article(make_article(text, lang="en"))


def test_hard_wrapped_wire_copy_reads_as_paragraphs():
    body = (
        "TRADE CHIEFS MEET IN OSLO\n\n"
        "    Norwegian Trade Minister Kari Nordby met her Danish\n"
        "counterpart Lars Holm for talks on fishing quotas in the\n"
        "capital on Monday, officials said.\n"
        '    "We have made progress on the northern grounds," Nordby\n'
        "told reporters after the meeting ended late in the evening.\n"
        "    Holm said the two sides would meet again in June to settle\n"
        "the remaining questions on quotas and on port access rules.\n"
        " Reuter\n"
    )
    doc = _doc(body)
    assert len(doc.paragraphs) == 3
    assert [doc.text[q.start : q.end] for q in doc.quotes] == [
        "We have made progress on the northern grounds,"
    ]
    s, e = doc.orig((doc.quotes[0].start, doc.quotes[0].end))
    assert doc.article.text[s:e] == "We have made progress on the northern grounds,"


def test_nyt_double_apostrophes_are_quotation_marks():
    doc = _doc("Head\n\n''We will not back down,'' said Mr. Alvarez, the mayor. He left.")
    q = doc.quotes[0]
    assert doc.text[q.start : q.end] == "We will not back down,"
    s, e = doc.orig((q.start, q.end))
    assert doc.article.text[s:e] == "We will not back down,"


def test_sentences_do_not_end_after_titles_or_initials():
    doc = _doc("Head\n\nMr. Obama met Vladimir V. Putin in the U.S. capital. They spoke for an hour.")
    assert [doc.text[s:e] for s, e in doc.sentences] == [
        "Mr. Obama met Vladimir V. Putin in the U.S. capital.",
        "They spoke for an hour.",
    ]


def test_run_on_quote_closes_where_the_next_one_opens():
    t = 'The aide said: "First part of it. "Second part follows here."'
    assert [t[q.start : q.end] for q in english_quotes(t, [(0, len(t))])] == [
        "First part of it.",
        "Second part follows here.",
    ]


def test_quote_left_open_runs_to_the_paragraph_end():
    t = '"This goes on past the end of the paragraph\n"and ends here."'
    nl = t.index("\n")
    quotes = english_quotes(t, [(0, nl), (nl + 1, len(t))])
    assert [t[q.start : q.end] for q in quotes] == [
        "This goes on past the end of the paragraph",
        "and ends here.",
    ]


def test_a_mark_between_letters_is_an_apostrophe():
    t = 'next month"s meeting of the council and "a real quote here"'
    assert [t[q.start : q.end] for q in english_quotes(t, [(0, len(t))])] == ["a real quote here"]
