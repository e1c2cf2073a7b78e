"""Arabic date expressions resolved against the publication date or the wire's dateline."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.dates import dateline_date, find_dates
from kg.lexicon import load
from kg.normalize import normalize
from kg.pipeline import extract

SUNDAY = dt.date(2018, 3, 11)


def first_date(text: str, published=SUNDAY):
    found = find_dates(load("ar"), normalize(text).text, published)
    return found[0].date if found else None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("استقبل الرئيس أمس وفدا برلمانيا", dt.date(2018, 3, 10)),
        ("وصل الوزير يوم أمس السبت إلى الخرطوم", dt.date(2018, 3, 10)),
        ("التقى الوزيران اليوم في القاهرة", SUNDAY),
        ("اجتمع الجانبان الثلاثاء الماضي", dt.date(2018, 3, 6)),
        ("وكان الرئيس قد استقبل، مساء السبت، مدير المخابرات", dt.date(2018, 3, 10)),
        ("يلتقي الزعيمان الخميس المقبل في جنيف", dt.date(2018, 3, 15)),
        ("عقد الاجتماع في 7 شباط الماضي", dt.date(2018, 2, 7)),
        ("عقد الاجتماع في 25 ديسمبر", dt.date(2017, 12, 25)),
        ("وصل الوفد في 12 جمادى الآخرة 1439 هـ", dt.date(2018, 2, 28)),
    ],
)
def test_relative_and_absolute_dates(text, expected):
    assert first_date(text) == expected


def test_no_publication_date_no_guess():
    assert first_date("استقبل الرئيس أمس وفدا برلمانيا", published=None) is None


def test_spa_dateline_gregorian_after_hijri():
    head = normalize("جدة 14 ذو القعدة 1439 هـ الموافق 27 يوليو 2018 م واس\nاستقبل سموه أمس السفير").text
    assert dateline_date(load("ar"), head) == dt.date(2018, 7, 27)


def test_spa_dateline_hijri_only():
    head = normalize("الرياض 14 ذو القعدة 1439 هـ واس").text
    assert dateline_date(load("ar"), head) == dt.date(2018, 7, 27)


def test_dateline_dates_a_meeting_without_publication_date():
    text = (
        "أمير منطقة تبوك يستقبل مدير الجامعة\n\n"
        "تبوك 14 ذو القعدة 1439 هـ الموافق 27 يوليو 2018 م واس\n"
        "استقبل صاحب السمو الأمير فهد بن سلطان بن عبدالعزيز أمير منطقة تبوك اليوم "
        "مدير جامعة تبوك الدكتور عبدالله بن مفرح الذيابي."
    )
    ex = extract(text, lang="ar")
    assert ex.meetings and ex.meetings[0].date == dt.date(2018, 7, 27)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("تعقد القمة في 20 يناير المقبل", dt.date(2019, 1, 20)),
        ("المقررة في 25 مارس الحالي", dt.date(2018, 3, 25)),
        ("عقد الاجتماع في 2 مارس الماضي", dt.date(2018, 3, 2)),
    ],
)
def test_day_and_month_with_a_direction(text, expected):
    assert first_date(text) == expected


def test_english_last_weekday_is_in_the_week_before():
    wednesday = dt.date(2016, 7, 6)
    found = find_dates(load("en"), "They met last Monday and again on Monday.", wednesday)
    assert [(d.text, d.date) for d in found] == [
        ("last Monday", dt.date(2016, 6, 27)),
        ("on Monday", dt.date(2016, 7, 4)),
    ]
    found = find_dates(load("en"), "They met last Friday.", wednesday)
    assert found[0].date == dt.date(2016, 7, 1)
