"""Date expressions in news text, resolved against the publication date.

News dates are mostly relative ("يوم أمس الثلاثاء", "on Tuesday", "الخميس
الماضي") or a day and a month without a year. dateparser returns nothing for
the Arabic relative forms, so the rules here are the language's own, with the
words in the lexicon's ``[dates]`` tables.

>>> import datetime as dt
>>> from kg.lexicon import load
>>> from kg.normalize import normalize
>>> published = dt.date(2020, 3, 25)   # a Wednesday
>>> def dates(text):
...     return [(d.text, d.date) for d in find_dates(load("ar"), normalize(text).text, published)]
>>> dates("توجه إلى دمشق يوم أمس الثلاثاء")
[('يوم امس الثلاثاء', datetime.date(2020, 3, 24))]
>>> dates("اجتمعا الخميس الماضي")
[('الخميس الماضي', datetime.date(2020, 3, 19))]
>>> dates("في 12 آذار 2020")
[('12 اذار 2020', datetime.date(2020, 3, 12))]
>>> dates("في 29 رجب 1441 هـ")
[('29 رجب 1441 ه', datetime.date(2020, 3, 24))]
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

    def fold(s: str) -> str:
        return " ".join(normalize(s).text.split()).casefold()

    rel = {fold(k): v for k, v in d.get("relative", {}).items()}
    wd = {fold(k): v for k, v in d.get("weekdays", {}).items()}
    months = {fold(k): v for k, v in d.get("months", {}).items()}
    past = {fold(w) for w in d.get("words", {}).get("past", [])}
    nxt = {fold(w) for w in d.get("words", {}).get("next", [])}
    pre = (
        r"(?:[وب]?(?:يوم|مساء|صباح|ليلة|ظهر|on|last|this|next)\s+)?"
        if lex.lang == "ar"
        else r"(?:(?P<pre>on|last|this|next)\s+)?"  # English: "last Monday", "next Tuesday"
    )
    cl = r"(?:[وفبل]|ب?ال)?" if lex.lang == "ar" else ""
    relative = re.compile(
        rf"(?<!\w){pre}(?P<rel>{_alt(rel)})(?:\s+(?P<wd1>{cl}(?:{_alt(wd)})))?(?!\w)" if rel else r"(?!)",
        re.IGNORECASE,
    )
    weekday = re.compile(
        rf"(?<!\w){pre}{cl}(?P<wd>{_alt(wd)})(?:\s+(?P<dir>{_alt(past | nxt)}))?(?!\w)" if wd else r"(?!)",
        re.IGNORECASE,
    )
    absolute = re.compile(
        rf"(?<!\w)(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:من\s+)?(?:شهر\s+)?(?P<mon>{_alt(months)})\.?(?:\s*\(?[^\d\n)]{{0,12}}\)?)?(?:,?\s+(?P<year>\d{{4}}))?(?!\w)"
        rf"|(?<!\w)(?P<mon2>{_alt(months)})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year2>\d{{4}}))?(?!\w)"
        if months
        else r"(?!)",
        re.IGNORECASE,
    )
    hijri = {fold(k): v for k, v in d.get("hijri_months", {}).items()}
    hijri_re = re.compile(
        rf"(?<!\w)(?P<day>\d{{1,2}})\s+(?:من\s+)?(?:شهر\s+)?(?P<mon>{_alt(hijri)})(?:\s+(?P<year>1[34]\d\d))?"
        rf"(?:\s*(?:هـ|ه)(?!\w))?"
        if hijri
        else r"(?!)"
    )
    return rel, wd, months, past, nxt, relative, weekday, absolute, hijri, hijri_re


def _hijri_to_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        from hijridate import Hijri

        return dt.date(*Hijri(year, month, day).to_gregorian().datetuple())
    except (ImportError, ValueError, OverflowError):
        return None


def dateline_date(lex: Lexicon, text: str, *, limit: int = 400) -> dt.date | None:
    """The date of a wire dateline near the head of ``text`` (normalized), if any: "الرياض 26 شوال 1436 هـ
    الموافق 11 أغسطس 2015 م واس" gives 2015-08-11 (the Gregorian date when given, else the Hijri one
    converted). A dated article resolves its "أمس" and "اليوم" against it when no publication date is known.

    >>> from kg.lexicon import load
    >>> dateline_date(load("ar"), "الرياض 26 شوال 1436 ه الموافق 11 اغسطس 2015 م واس")
    datetime.date(2015, 8, 11)
    >>> dateline_date(load("ar"), "جدة 5 رمضان 1440 ه واس")
    datetime.date(2019, 5, 10)
    """
    if lex.lang != "ar":
        return None
    c = _compiled(lex)
    months, absolute, hijri, hijri_re = c[2], c[7], c[8], c[9]
    head = text[:limit]
    h = hijri_re.search(head)
    if not h or not h["year"]:
        return None
    after = head[h.end() : h.end() + 60]
    g = absolute.search(after)
    if g and "الموافق" in after[: g.start() + 1] and (g["year"] or g["year2"]):
        try:
            mon = months[" ".join(normalize(g["mon"] or g["mon2"]).text.split()).casefold()]
            return dt.date(int(g["year"] or g["year2"]), mon, int(g["day"] or g["day2"]))
        except (KeyError, ValueError):
            pass
    return _hijri_to_date(int(h["year"]), hijri[" ".join(h["mon"].split())], int(h["day"]))


_THIS = ("الحالي", "الجاري")


def _last_weekday(ref: dt.date, weekday: int, *, strictly_before: bool) -> dt.date:
    delta = (ref.weekday() - weekday) % 7
    if delta == 0 and strictly_before:
        delta = 7
    return ref - dt.timedelta(days=delta)


def find_dates(
    lex: Lexicon, text: str, published: dt.date | None, *, start: int = 0, end: int | None = None
) -> list[DateMention]:
    """Date expressions in ``text[start:end]`` (already normalized), resolved against ``published``."""
    rel, wd, months, past, nxt, relative, weekday, absolute, hijri, hijri_re = _compiled(lex)
    end = len(text) if end is None else end
    out: list[DateMention] = []
    taken: list[Span] = []

    def add(m, date):
        span = (m.start(), m.end())
        if any(s < span[1] and span[0] < e for s, e in taken):
            return
        taken.append(span)
        out.append(DateMention(span, text[span[0] : span[1]], date))

    for m in absolute.finditer(text, start, end):
        day = int(m["day"] or m["day2"])
        month = months[" ".join(normalize(m["mon"] or m["mon2"]).text.split()).casefold()]
        year = m["year"] or m["year2"]
        if year:
            y = int(year)
        elif published:
            after = text[m.start() : m.end() + 25]
            ahead = (month, day) > (published.month, published.day)
            if any(w in after for w in nxt):  # "في 7 سبتمبر المقبل": the next such day
                y = published.year + 1 if not ahead else published.year
            elif any(w in after for w in _THIS):  # "الحالي", "الجاري": this year's
                y = published.year
            else:  # news reports the past: the latest such day on or before publication
                y = published.year if not ahead else published.year - 1
        else:
            y = None
        try:
            add(m, dt.date(y, month, day) if y else None)
        except ValueError:
            continue
    for m in hijri_re.finditer(text, start, end):
        month = hijri[" ".join(m["mon"].split())]
        year = int(m["year"]) if m["year"] else None
        if year is None and published:
            try:
                from hijridate import Gregorian

                year = Gregorian(published.year, published.month, published.day).to_hijri().year
            except (ImportError, ValueError, OverflowError):
                year = None
        add(m, _hijri_to_date(year, month, int(m["day"])) if year else None)
    for m in relative.finditer(text, start, end):
        offset = rel[" ".join(m["rel"].split()).casefold()]
        add(m, published + dt.timedelta(days=offset) if published else None)
    for m in weekday.finditer(text, start, end):
        key = m["wd"].casefold()
        day = wd.get(key)
        if day is None:
            continue
        direction = (m["dir"] or m.groupdict().get("pre") or "").casefold()
        date = None
        if published:
            if direction in nxt:
                date = published + dt.timedelta(days=(day - published.weekday()) % 7 or 7)
            elif lex.lang == "en" and direction in past:
                # English "last Monday": the Monday of the week before the publication's week
                week = published - dt.timedelta(days=published.weekday())
                date = _last_weekday(week, day, strictly_before=True)
            else:
                # news reports the past: the latest such day on or before publication
                # ("الماضي": strictly before)
                date = _last_weekday(published, day, strictly_before=direction in past)
        add(m, date)
    return sorted(out, key=lambda d: d.span)
