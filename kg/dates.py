"""Date expressions in news text, resolved against the publication date.

News dates are mostly relative ("يوم أمس الثلاثاء", "on Tuesday", "الخميس
الماضي") or a day and a month without a year. dateparser returns nothing for
the Arabic relative forms, so the rules here are the language's own, with the
words in the lexicon's ``[dates]`` tables.

>>> import datetime as dt
>>> from kg.lexicon import load
>>> published = dt.date(2020, 3, 25)   # a Wednesday
>>> from kg.normalize import normalize
>>> [(d.text, d.date) for d in find_dates(load("ar"), normalize("توجه إلى دمشق يوم أمس الثلاثاء").text, published)]
[('يوم امس الثلاثاء', datetime.date(2020, 3, 24))]
>>> [d.date for d in find_dates(load("ar"), normalize("اجتمعا الخميس الماضي").text, published)]
[datetime.date(2020, 3, 19)]
>>> [d.date for d in find_dates(load("ar"), normalize("في 12 آذار 2020").text, published)]
[datetime.date(2020, 3, 12)]
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from kg.lexicon import Lexicon
from kg.normalize import normalize
from kg.records import Span


@dataclass(frozen=True)
class DateMention:
    span: Span  # into the text searched
    text: str
    date: dt.date | None  # None when the text does not fix it (no publication date)


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@cache
def _compiled(lex: Lexicon):
    d = lex.raw.get("dates", {})
    fold = (lambda s: " ".join(normalize(s).text.split()).casefold())
    rel = {fold(k): v for k, v in d.get("relative", {}).items()}
    wd = {fold(k): v for k, v in d.get("weekdays", {}).items()}
    months = {fold(k): v for k, v in d.get("months", {}).items()}
    past = {fold(w) for w in d.get("words", {}).get("past", [])}
    nxt = {fold(w) for w in d.get("words", {}).get("next", [])}
    pre = r"(?:[وب]?(?:يوم|مساء|صباح|ليلة|ظهر|on|last|this|next)\s+)?" if lex.lang == "ar" else r"(?:(?:on|last|this|next)\s+)?"
    cl = r"(?:[وفبل]|ب?ال)?" if lex.lang == "ar" else ""
    relative = re.compile(
        rf"(?<!\w){pre}(?P<rel>{_alt(rel)})(?:\s+(?P<wd1>{cl}(?:{_alt(wd)})))?(?!\w)"
        if rel else r"(?!)", re.IGNORECASE)
    weekday = re.compile(
        rf"(?<!\w){pre}{cl}(?P<wd>{_alt(wd)})(?:\s+(?P<dir>{_alt(past | nxt)}))?(?!\w)" if wd else r"(?!)",
        re.IGNORECASE)
    absolute = re.compile(
        rf"(?<!\w)(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:من\s+)?(?:شهر\s+)?(?P<mon>{_alt(months)})\.?(?:\s*\(?[^\d\n)]{{0,12}}\)?)?(?:,?\s+(?P<year>\d{{4}}))?(?!\w)"
        rf"|(?<!\w)(?P<mon2>{_alt(months)})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year2>\d{{4}}))?(?!\w)"
        if months else r"(?!)", re.IGNORECASE)
    return rel, wd, months, past, nxt, relative, weekday, absolute


def _last_weekday(ref: dt.date, weekday: int, *, strictly_before: bool) -> dt.date:
    delta = (ref.weekday() - weekday) % 7
    if delta == 0 and strictly_before:
        delta = 7
    return ref - dt.timedelta(days=delta)


def find_dates(lex: Lexicon, text: str, published: dt.date | None, *, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Date expressions in ``text[start:end]`` (already normalized), resolved against ``published``."""
    rel, wd, months, past, nxt, relative, weekday, absolute = _compiled(lex)
    end = len(text) if end is None else end
    out: list[DateMention] = []
    taken: list[Span] = []

    def add(m, date):
        span = (m.start(), m.end())
        if any(s < span[1] and span[0] < e for s, e in taken):
            return
        taken.append(span)
        out.append(DateMention(span, text[span[0]:span[1]], date))

    for m in absolute.finditer(text, start, end):
        day = int(m["day"] or m["day2"])
        month = months[" ".join(normalize(m["mon"] or m["mon2"]).text.split()).casefold()]
        year = m["year"] or m["year2"]
        if year:
            y = int(year)
        elif published:
            y = published.year if (month, day) <= (published.month, published.day) else published.year - 1
        else:
            y = None
        try:
            add(m, dt.date(y, month, day) if y else None)
        except ValueError:
            continue
    for m in relative.finditer(text, start, end):
        offset = rel[" ".join(m["rel"].split()).casefold()]
        add(m, published + dt.timedelta(days=offset) if published else None)
    for m in weekday.finditer(text, start, end):
        key = m["wd"].casefold()
        day = wd.get(key)
        if day is None:
            continue
        direction = (m["dir"] or "").casefold()
        date = None
        if published:
            if direction in nxt:
                date = published + dt.timedelta(days=(day - published.weekday()) % 7 or 7)
            else:
                # news reports the past: the latest such day on or before publication ("الماضي": strictly before)
                date = _last_weekday(published, day, strictly_before=direction in past)
        add(m, date)
    return sorted(out, key=lambda d: d.span)
