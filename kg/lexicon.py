"""Per-language word lists, loaded once from ``kg/lexicons/<lang>.toml`` and compiled for matching.

Every entry is folded like the text it is matched against (:func:`kg.normalize.normalize`),
so a lexicon may be written with hamza forms and diacritics as they appear in print.

>>> lex = load("ar")
>>> lex.has("reporting_verbs", "اكد"), lex.has("reporting_verbs", "وقال")
(True, False)
>>> lex.is_boilerplate("تخطى إلى المحتوى")
True
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

from kg.normalize import normalize

LEXICON_DIR = Path(__file__).parent / "lexicons"
LANGS = ("ar", "en")


def _fold(entry: str, lower: bool) -> str:
    text = " ".join(normalize(entry).text.split())
    return text.casefold() if lower else text


class Lexicon:
    """The word lists of one language, folded, as sets and compiled phrase patterns."""

    def __init__(self, lang: str, data: dict):
        self.lang = lang
        self.lower = lang != "ar"  # English lists are matched case-insensitively where the code asks
        self.raw = data
        self.sets: dict[str, frozenset[str]] = {}
        for key, value in data.items():
            if isinstance(value, list) and key != "boilerplate":
                self.sets[key] = frozenset(_fold(v, False) for v in value)
        self.places: dict[str, str] = {}
        for subtype, names in data.get("places", {}).items():
            for name in names:
                self.places.setdefault(_fold(name, False), subtype)
        self._boilerplate = re.compile(
            "|".join(f"(?:{p})" for p in data.get("boilerplate", [])) or r"(?!)", re.IGNORECASE
        )
        self._patterns: dict[str, re.Pattern[str]] = {}

    def has(self, name: str, word: str) -> bool:
        """Whether the folded ``word`` is an entry of the list ``name``."""
        return word in self.sets.get(name, ()) or (self.lower and word.casefold() in self.sets.get(name, ()))

    def words(self, name: str) -> frozenset[str]:
        return self.sets.get(name, frozenset())

    def is_boilerplate(self, line: str) -> bool:
        if len(line) > 200:  # chrome and wire furniture are short lines
            return False
        folded = " ".join(normalize(line).text.split())
        return bool(folded) and (
            bool(self._boilerplate.fullmatch(folded)) or bool(self._boilerplate.fullmatch(line.strip()))
        )

    def is_outlet(self, word: str) -> bool:
        return self.has("outlets", _fold(word, False))

    def pattern(self, name: str, *, prefix: str = "", suffix: str = "") -> re.Pattern[str]:
        """A compiled regex matching any entry of list ``name`` as whole words (longest first).

        ``prefix``/``suffix`` are regex fragments put around the alternation (e.g. Arabic clitics).
        """
        key = f"{name}|{prefix}|{suffix}"
        pat = self._patterns.get(key)
        if pat is None:
            entries = sorted(self.sets.get(name, ()), key=len, reverse=True)
            alt = "|".join(re.escape(e).replace(r"\ ", r"\s+") for e in entries) or r"(?!)"
            flags = re.IGNORECASE if self.lower else 0
            pat = re.compile(rf"(?<![\w]){prefix}(?P<w>{alt}){suffix}(?![\w])", flags)
            self._patterns[key] = pat
        return pat


@cache
def load(lang: str) -> Lexicon:
    """The lexicon of ``lang`` ('ar' or 'en'), read and compiled once per process."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}: kg reads {', '.join(LANGS)}")
    path = LEXICON_DIR / f"{lang}.toml"
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    return Lexicon(lang, data)
