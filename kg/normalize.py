"""Arabic and English normalization that keeps a map back to the original characters.

Two views of a text are used downstream:

* :func:`normalize` gives the *matching* text: obfuscated words repaired
  ("الإرهـ.اب" -> "الإرهاب"), tatweel, diacritics and invisible marks removed,
  and Arabic letter variants folded one to one (أ إ آ ٱ -> ا, ى -> ي, ة -> ه,
  ؤ -> و, ئ -> ي). Case is kept: English capitals mark names. Every character
  of the result knows the original position it came from, so a span found in
  the normalized text maps back to the original (:meth:`Normalized.to_original`).
* :func:`clean` gives the *display* text: the same repairs, no folding, for
  labels that should read as written ("الإرهاب", not "الارهاب").

>>> n = normalize("ضد الإرهـ.اب")
>>> n.text
'ضد الارهاب'
>>> start = n.text.index("الارهاب")
>>> n.to_original((start, len(n.text)))
(3, 12)
>>> clean("ضد الإرهـ.اب")
'ضد الإرهاب'
>>> fold("Al-Asad  الأسـد")
'al-asad الاسد'
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from kg.records import Span

# A word broken with a tatweel and a dot (or a middle dot, bullet, zero-width joiner) to dodge filters.
_BROKEN = re.compile(
    r"(?<=[\u0621-\u064a\u0671-\u06d3])[\u0640\u064b-\u065f\u0670\u200b-\u200f]*[.\u00b7\u2022]+"
    r"[\u0640\u064b-\u065f\u0670\u200b-\u200f]*(?=[\u0621-\u064a\u0671-\u06d3])"
)
# Marks that carry no letters: tatweel, Arabic diacritics, bidi controls, zero-width characters, BOM.
_DROP = frozenset(
    "\u0640"
    + "".join(map(chr, range(0x0610, 0x061B)))
    + "".join(map(chr, range(0x064B, 0x0660)))
    + "\u0670"
    + "".join(map(chr, range(0x06D6, 0x06EE)))
    + "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad"
)
_FOLD = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
_SPACES = frozenset(
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t"
)


@dataclass(frozen=True)
class Normalized:
    """A normalized text and, for each of its characters, the original index it came from."""

    text: str
    offsets: tuple[int, ...]  # len(text) + 1 entries; the last is len(original)

    def to_original(self, span: Span) -> Span:
        """Map a ``(start, end)`` span of the normalized text to the original text."""
        start, end = span
        if end <= start:
            pos = self.offsets[start]
            return (pos, pos)
        return (self.offsets[start], self.offsets[end - 1] + 1)

    def pos(self, index: int) -> int:
        return self.offsets[index]


def _map_char(c: str, fold_letters: bool) -> str:
    if c in _DROP:
        return ""
    if c in _SPACES:
        return " "
    if fold_letters and c in _FOLD:
        return _FOLD[c]
    if ord(c) < 0x80:
        return c
    if c in "\u2028\u2029\u0085":
        return "\n"
    # Presentation forms and compatibility characters (ﻻ, ﷲ, full-width letters) to their plain letters.
    if unicodedata.category(c)[0] in "LN" or 0xFB50 <= ord(c) <= 0xFEFF:
        k = unicodedata.normalize("NFKC", c)
        if fold_letters:
            k = "".join(_FOLD.get(x, x) for x in k if x not in _DROP)
        return k
    return c


# Characters that the fast path maps one to one or drops; anything else non-ASCII that NFKC would
# change (presentation forms, ligatures, full-width letters) takes the slow path.
_SPACE_RE = re.compile("[" + "".join(sorted(_SPACES)) + "]")
_LINE_SEPS = (("\u2028", "\n"), ("\u2029", "\n"), ("\x85", "\n"))
_DROP_RE = re.compile("[" + re.escape("".join(sorted(_DROP))) + "]")
_COMPAT = re.compile(
    r"[\ufb00-\ufdff\ufe70-\ufeff\uff00-\uffef\u2160-\u217f\u2460-\u24ff\u3000-\u33ff\u0675-\u0678]"
)


def _transform(text: str, fold_letters: bool) -> tuple[str, list[int]]:
    broken = [m.span() for m in _BROKEN.finditer(text)]
    if _COMPAT.search(text):
        return _transform_slow(text, fold_letters, broken)
    # fast path: every character maps to at most one; offsets are the kept positions
    dropped = [(s, e) for s, e in broken]
    dropped += [(m.start(), m.end()) for m in _DROP_RE.finditer(text)]
    dropped.sort()
    pieces: list[str] = []
    offsets: list[int] = []
    pos = 0
    for s, e in dropped:
        if s > pos:
            pieces.append(text[pos:s])
            offsets.extend(range(pos, s))
        pos = max(pos, e)
    pieces.append(text[pos:])
    offsets.extend(range(pos, len(text)))
    offsets.append(len(text))
    out = "".join(pieces)
    # one-to-one replacements: str.replace runs in C, much faster than translate with a dict table
    if _SPACE_RE.search(out):
        out = _SPACE_RE.sub(" ", out)
    for a, b in _LINE_SEPS:
        if a in out:
            out = out.replace(a, b)
    if fold_letters:
        for a, b in _FOLD.items():
            if a in out:
                out = out.replace(a, b)
    return out, offsets


def _transform_slow(
    text: str, fold_letters: bool, broken_spans: list[tuple[int, int]]
) -> tuple[str, list[int]]:
    broken: set[int] = set()
    for s, e in broken_spans:
        broken.update(range(s, e))
    out: list[str] = []
    offsets: list[int] = []
    for i, c in enumerate(text):
        if i in broken:
            continue
        rep = _map_char(c, fold_letters)
        out.append(rep)
        offsets.extend([i] * len(rep))
    offsets.append(len(text))
    return "".join(out), offsets


def normalize(text: str) -> Normalized:
    """The matching view of ``text``, with its offset map. Idempotent on its own output."""
    out, offsets = _transform(text, fold_letters=True)
    return Normalized(out, tuple(offsets))


def clean(text: str) -> str:
    """The display view: obfuscation repaired, invisible marks and diacritics dropped, letters as written."""
    return " ".join(_transform(text, fold_letters=False)[0].split())


def fold(text: str) -> str:
    """A comparison key for names: normalized, lower-cased, spaces collapsed."""
    return " ".join(normalize(text).text.casefold().split())
