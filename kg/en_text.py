"""English layout of a :class:`~kg.text.Doc`: hard-wrapped wire text, NYT ''…'' quotes, sentences, quotations.

English news comes in house styles that the language-neutral :class:`~kg.text.Doc`
does not know:

* wire copy (Reuters 1987) is hard-wrapped at about 70 characters, each
  paragraph opening with an indent: a newline followed by a letter is a space;
* the New York Times marks quotations with two apostrophes (''…'');
* a quotation that runs over several paragraphs leaves its closing mark off
  until the last one, and each new paragraph opens with a mark;
* "Mr. Obama", "U.S. officials" and "Vladimir V. Putin" hold full stops that
  do not end a sentence.

:class:`~kg.text.Doc` applies these rules when it is built for an English
article: :func:`rewrite` gives the normalized view (keeping the offset map, so
spans still map back to the original text), :func:`english_quotes` and
:func:`english_sentences` its quotations and sentences.

>>> from kg.ingest import make_article
>>> from kg.text import Doc
>>> doc = Doc.from_article(make_article("Head\\n\\nMr. Obama said ''we will act.'' He left.", lang="en"))
>>> [doc.text[q.start:q.end] for q in doc.quotes]
['we will act.']
>>> [doc.text[s:e] for s, e in doc.sentences]
['Mr. Obama said "we will act."', 'He left.']
"""

from __future__ import annotations

import bisect
import re

from kg.normalize import Normalized
from kg.text import Quote

# Abbreviations whose full stop does not end a sentence.
ABBREV = frozenset(
    "mr mrs ms dr st sen rep gov gen lt col capt maj sgt adm prof rev jr sr inc corp co ltd no vs etc "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n u.k d.c a.m p.m mt ft ave bros dept".split()
)
_WRAPPED_MIN_LINES = 6
_TWEET = re.compile(r"<tweet[^>]*/?>|<[A-Z]{1,6}>")  # PolNeAR tweet placeholders, Reuters <TICKER>s
OPEN_CTX = " \t\n([{—–-/"


def _looks_wrapped(text: str, b0: int, b1: int) -> bool:
    """Wire copy: most lines of the body are 40-80 characters long and end mid-sentence."""
    lines = [ln for ln in text[b0:b1].split("\n") if ln.strip()]
    if len(lines) < _WRAPPED_MIN_LINES:
        return False
    mid = sum(1 for ln in lines if 30 <= len(ln.rstrip()) <= 82 and not ln.rstrip().endswith((".", '"', "”")))
    return mid >= 0.5 * len(lines)


def rewrite(norm: Normalized, body: tuple[int, int]) -> tuple[Normalized, tuple[int, int]]:
    """The English normalized view of ``norm`` and where ``body`` lies in it: NYT '' marks made one
    quotation mark, hard wraps inside wire paragraphs made spaces, tweet and ticker placeholders blanked."""
    text, offsets = norm.text, list(norm.offsets)
    b0, b1 = body
    wrapped = _looks_wrapped(text, b0, b1)
    out: list[str] = []
    offs: list[int] = []
    i, n = 0, len(text)
    placeholders = {j for m in _TWEET.finditer(text) for j in range(m.start(), m.end())}
    while i < n:
        c = text[i]
        if c == "'" and i + 1 < n and text[i + 1] == "'":
            out.append('"')  # NYT: two apostrophes make one quotation mark
            offs.append(offsets[i])
            i += 2
            continue
        if i in placeholders:
            c = " "
        elif (
            c == "\n"
            and wrapped
            and b0 <= i < b1
            and i + 1 < n
            and not text[i + 1].isspace()
            and (i == 0 or text[i - 1] != "\n")
        ):
            c = " "  # a hard wrap inside a paragraph
        out.append(c)
        offs.append(offsets[i])
        i += 1
    offs.append(offsets[n])
    new = Normalized("".join(out), tuple(offs))
    orig0, orig1 = offsets[b0], offsets[b1] if b1 < len(offsets) else offsets[-1]
    return new, (bisect.bisect_left(new.offsets, orig0), bisect.bisect_left(new.offsets, orig1))


def _mark_kind(text: str, i: int, p0: int, p1: int) -> str:
    """'open', 'close' or 'either' for the quotation mark at ``i``, from the characters around it."""
    c = text[i]
    before = text[i - 1] if i > p0 else " "
    after = text[i + 1] if i + 1 < p1 else " "
    if c in "“„«":
        return "open" if not (after.isspace() and not before.isspace()) else "close"
    if c in "”»":
        return "open" if (before in OPEN_CTX and not after.isspace() and after not in ".,;:") else "close"
    # straight mark
    if before in OPEN_CTX and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]—–-'’"):
        return "close"
    return "either"


def english_quotes(
    text: str, paragraphs: list[tuple[int, int]], warnings: list[str] | None = None
) -> list[Quote]:
    """Quotations of English text, paragraph by paragraph.

    A mark opens or closes by what stands around it; a new opening mark while a
    quote is open ends the open one (a run-on quotation), and a quote still open
    at the end of its paragraph runs to the paragraph's end (the next paragraph
    continues it with a new opening mark).

    >>> t = 'He said: "One two three. "Four five six." Then "seven eight'
    >>> [t[q.start:q.end] for q in english_quotes(t, [(0, len(t))])]
    ['One two three.', 'Four five six.', 'seven eight']
    """
    out: list[Quote] = []
    for p0, p1 in paragraphs:
        open_at: int | None = None
        for i in range(p0, p1):
            c = text[i]
            if c not in '"“”„«»':
                continue
            if c == '"' and i > p0 and i + 1 < p1 and text[i - 1].isalpha() and text[i + 1].isalpha():
                continue  # a mark between letters is an apostrophe typed as a quote: month"s
            kind = _mark_kind(text, i, p0, p1)
            if open_at is None:
                if kind in ("open", "either"):
                    open_at = i
                elif warnings is not None:
                    warnings.append(f"closing quotation mark at {i} with none open: skipped")
                continue
            if kind == "open" and text[open_at + 1 : i].strip():
                out.append(_quote(text, open_at, i, text[open_at], ""))
                open_at = i
                continue
            out.append(_quote(text, open_at, i, text[open_at], c))
            open_at = None
        if open_at is not None and text[open_at + 1 : p1].strip():
            out.append(_quote(text, open_at, p1, text[open_at], ""))
    return [q for q in out if q.end > q.start]


def _quote(text: str, o: int, c: int, om: str, cm: str) -> Quote:
    s, e = o + 1, c
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Quote(s, e, om, cm)


_END = re.compile(r"[.!?]+[\"”'’)\]]*(?=\s+[\"“'‘(\[]?[A-Z0-9])|\n+")


def english_sentences(
    text: str, paragraphs: list[tuple[int, int]], quotes: list[Quote]
) -> list[tuple[int, int]]:
    """Sentences, not broken after an abbreviation or an initial, nor inside a quotation."""
    inside = [(q.start, q.end) for q in quotes]
    out = []
    for p0, p1 in paragraphs:
        pos = p0
        for m in _END.finditer(text, p0, p1):
            cut = m.end()
            if text[m.start()] == ".":
                word = re.search(r"([\w.]+)$", text[max(p0, m.start() - 12) : m.start()])
                w = word.group(1).casefold() if word else ""
                if w in ABBREV or (len(w) == 1 and w.isalpha()) or re.fullmatch(r"(?:\w\.)+\w", w):
                    continue
            if any(s <= m.start() < e - 1 for s, e in inside):
                continue
            seg = _strip(text, pos, cut)
            if seg[1] > seg[0]:
                out.append(seg)
            pos = cut
        seg = _strip(text, pos, p1)
        if seg[1] > seg[0]:
            out.append(seg)
    return out


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e)
