"""The place gazetteer: countries, cities and regions named in the language's lexicon.

>>> from kg.lexicon import load
>>> lookup(load("ar"), "دمشق"), lookup(load("ar"), "بدمشق"), lookup(load("ar"), "الشرق الاوسط")
('City', 'City', 'Place')
"""

from __future__ import annotations

from kg.lexicon import Lexicon
from kg.normalize import normalize

MAX_WORDS = 4


def _stems(word: str, lang: str) -> list[str]:
    if lang != "ar":
        return [word]
    from kg.mentions import ar_stems

    return ar_stems(word)


def lookup(lex: Lexicon, name: str) -> str | None:
    """The place type ("Country", "City", "Place") of ``name``, or None when it is not a known place."""
    words = normalize(name).text.split()
    if not words:
        return None
    for stem in _stems(words[0], lex.lang):
        key = " ".join([stem, *words[1:]])
        sub = lex.places.get(key) or (lex.places.get(key.casefold()) if lex.lower else None)
        if sub:
            return sub
    return None


def find(doc) -> list[tuple[int, int, str]]:
    """(start, end, type) of every known place in the body of ``doc`` (normalized spans), longest first."""
    toks = doc.tokens
    lex = doc.lex
    out = []
    i = 0
    while i < len(toks):
        hit = None
        for n in range(min(MAX_WORDS, len(toks) - i), 0, -1):
            rest = [t.text for t in toks[i + 1:i + n]]
            if any("\n" in doc.text[toks[k].end:toks[k + 1].start] for k in range(i, i + n - 1)):
                continue
            for stem in _stems(toks[i].text, lex.lang):
                key = " ".join([stem, *rest])
                sub = lex.places.get(key) or (lex.places.get(key.casefold()) if lex.lower else None)
                if sub:
                    start = toks[i].start + len(toks[i].text) - len(stem)
                    if stem.startswith("ال") and toks[i].text.startswith("لل"):
                        start = toks[i].start + 1
                    hit = (start, toks[i + n - 1].end, sub, n)
                    break
            if hit:
                break
        if hit:
            out.append(hit[:3])
            i += hit[3]
        else:
            i += 1
    return out
