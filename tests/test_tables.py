"""kg.tables on the sample article and on two small hand-made graphs (tests/handmade.py)."""

from __future__ import annotations

import datetime as dt

import networkx as nx
import pandas as pd
import pytest
from handmade import A1, A2, TEXT_A1, TEXT_A2, arabic_graph, english_graph

import kg
from kg import tables


@pytest.fixture(scope="module")
def G() -> nx.MultiDiGraph:
    return kg.merge(arabic_graph(), english_graph())


# --- the sample article ---------------------------------------------------------------------------


def test_sample_meeting_in_damascus_with_seven_attendees(sample_graph):
    m = tables.meetings(sample_graph)
    assert len(m) == 1
    row = m.iloc[0]
    assert row["place"] == "دمشق"
    assert row["date"] == pd.Timestamp("2020-03-24")
    assert len(row["attendees"]) == 7 == len(set(row["attendee_ids"]))
    assert "فلاديمير بوتين" not in row["attendees"]  # he sent a message, he did not attend
    assert row["sources"] == [n for n, d in sample_graph.nodes(data=True) if d["type"] == "Article"]
    art, start, end = row["evidence"][0]
    assert art == row["sources"][0] and 0 <= start < end


def test_sample_statements_point_into_the_original_text(sample_graph):
    s = tables.statements(sample_graph)
    assert len(s) >= 5
    texts = tables.article_texts()
    for row in s.itertuples():
        assert texts[row.source][row.start:row.end] == row.text
        assert row.sentence is None or row.text in row.sentence
    assert {"سيرغي شويغو", "بشار الأسد"} <= set(s.speaker)


def test_sample_people_and_attendances(sample_graph):
    p = tables.people(sample_graph)
    assert list(p.columns[:4]) == ["id", "name", "name_ar", "name_en"]
    assert p.iloc[0]["meetings"] == 1
    assert int((p.meetings == 1).sum()) == 7
    putin = p[p.name == "فلاديمير بوتين"].iloc[0]
    assert putin.meetings == 0  # he sent the message; he was not there
    a = tables.attendances(sample_graph)
    assert len(a) == 7 and set(a.role) <= {"host", "guest", "attendee"}


@pytest.mark.parametrize("query", ["بشار الأسد", "بشار الاسد", "الأسد", "الاسـد", "بَشّار الأسد"])
def test_person_matches_across_spellings(sample_graph, query):
    s = tables.statements(sample_graph, person=query)
    assert set(s.speaker) == {"بشار الأسد"}


def test_hamza_alef_maqsura_and_ta_marbuta_fold(sample_graph):
    assert len(tables.meetings(sample_graph, person="ايمن سوسان")) == 1  # أيمن
    assert len(tables.meetings(sample_graph, person="الكسندر ايفيموف")) == 1  # ألكسندر إيفيموف
    assert len(tables.statements(sample_graph, person="رئاسه النظام")) >= 1  # رئاسة


# --- hand-made graphs -----------------------------------------------------------------------------


def test_columns_are_stable_even_when_empty():
    E = nx.MultiDiGraph()
    assert list(tables.meetings(E).columns) == tables.MEETING_COLUMNS
    assert list(tables.attendances(E).columns) == tables.ATTENDANCE_COLUMNS
    assert list(tables.statements(E).columns) == tables.STATEMENT_COLUMNS
    assert list(tables.articles(E).columns) == tables.ARTICLE_COLUMNS
    assert list(tables.people(E).columns) == tables.PEOPLE_COLUMNS


def test_meetings_in_date_order_unknown_dates_last(G):
    m = tables.meetings(G)
    assert m.id.tolist() == ["meeting:m1", "meeting:m2", "meeting:m4", "meeting:m3"]
    assert pd.isna(m.date.iloc[-1])
    assert m.set_index("id").loc["meeting:m1", "attendees"] == ["سيرغي لافروف", "فيصل المقداد"]  # host first
    assert m.set_index("id").loc["meeting:m1", "topics"] == ["العلاقات"]
    assert m.set_index("id").loc["meeting:m2", "headlines"] == ["Lavrov in Ankara"]


def test_person_filter_across_languages_after_merge(G):
    for q in ("Lavrov", "lavrov", "لافروف", "سيرغي لافروف", "person:lavrov"):
        assert len(tables.meetings(G, person=q)) == 4, q
    assert tables.meetings(G, person="Mekdad").id.tolist() == ["meeting:m1", "meeting:m4"]
    assert tables.meetings(G, person="المِقداد").id.tolist() == ["meeting:m1", "meeting:m4"]  # a kasra
    assert tables.meetings(G, person="Sergey Mekdad").empty  # words must follow in one name
    assert tables.meetings(G, person="nobody").empty


def test_date_filters_are_inclusive_and_drop_unknown_dates(G):
    assert tables.meetings(G, since="2021-06-09").id.tolist() == ["meeting:m2", "meeting:m4"]
    assert tables.meetings(G, until=dt.date(2021, 4, 30)).id.tolist() == ["meeting:m1"]
    assert tables.meetings(G, since="2021-05-01", until="2021-06-08").empty
    s = tables.statements(G, since="2021-06-10")  # no meeting: the article's publication date counts
    assert s.id.tolist() == ["statement:s2"]
    with pytest.raises(ValueError, match="since="):
        tables.meetings(G, since="last week")


def test_place_and_lang_filters(G):
    assert tables.meetings(G, place="Ankara").id.tolist() == ["meeting:m2", "meeting:m4"]
    assert tables.meetings(G, place="موسكو").id.tolist() == ["meeting:m1"]
    assert tables.meetings(G, lang="ar").id.tolist() == ["meeting:m1", "meeting:m3"]
    assert tables.statements(G, place="موسكو").id.tolist() == ["statement:s1"]
    assert tables.statements(G, lang="en").id.tolist() == ["statement:s2"]
    a = tables.attendances(G, place="ankara", person="lavrov")
    assert a.meeting.tolist() == ["meeting:m2", "meeting:m4"]


def test_attendances_roles_and_titles(G):
    a = tables.attendances(G, person="المقداد")
    assert a[["meeting", "role"]].values.tolist() == [["meeting:m1", "guest"], ["meeting:m4", "attendee"]]
    assert a.titles.iloc[0] == ["نظيره السوري", "Syrian Foreign Minister"]


def test_people_names_per_language_and_counts(G):
    p = tables.people(G).set_index("id")
    lav = p.loc["person:lavrov"]
    assert (lav.name_ar, lav.name_en) == ("سيرغي لافروف", "Sergey Lavrov")
    assert (lav.meetings, lav.statements, lav.articles) == (4, 1, 2)
    assert tables.people(G).id.iloc[0] == "person:lavrov"  # the busiest first
    assert pd.isna(p.loc["person:zarif", "name_en"])
    assert tables.people(G, lang="en").id.tolist().count("person:zarif") == 0
    june = tables.people(G, since="2021-06-01").set_index("id")
    assert set(june.index) == {"person:lavrov", "person:mekdad", "person:cavusoglu"}
    assert june.loc["person:lavrov", "meetings"] == 2


def test_statements_columns_and_offsets(G):
    s = tables.statements(G).set_index("id")
    s1, s2 = s.loc["statement:s1"], s.loc["statement:s2"]
    assert s1.meeting == "meeting:m1" and s1.date == pd.Timestamp("2021-04-30")
    assert TEXT_A1[s1.start:s1.end] == s1.text and s1.source == A1
    assert TEXT_A2[s2.start:s2.end] == s2.text and s2.source == A2 and pd.isna(s2.meeting)
    assert s.start.dtype == "Int64"


def test_articles_table(G):
    a = tables.articles(G)
    assert a.id.tolist() == [A1, A2]
    assert tables.articles(G, lang="en").id.tolist() == [A2]


def test_find_and_matches(G):
    assert tables.find(G, "lavrov") == ["person:lavrov"]
    assert tables.find(G, "موسكو", types=["Place"]) == ["place:moscow"]
    assert not tables.matches(G, "person:lavrov", "")


@pytest.mark.parametrize("table", ["meetings", "attendances", "people", "statements", "messages", "articles"])
def test_tables_survive_a_round_trip_through_rdf(sample_graph, G, table):
    from kg import rdf

    for graph in (sample_graph, G):
        back = rdf.from_rdf(rdf.to_rdf(graph))
        pd.testing.assert_frame_equal(getattr(tables, table)(back), getattr(tables, table)(graph))


def test_sample_message_carried_from_putin(sample_graph):
    msgs = tables.messages(sample_graph)
    assert len(msgs) == 1
    row = msgs.iloc[0]
    assert (row.sender, row.carrier, row.recipient) == (["فلاديمير بوتين"], ["سيرغي شويغو"], ["بشار الأسد"])
    assert row.meeting in set(tables.meetings(sample_graph).id)
    assert row.date == pd.Timestamp("2020-03-24")
    assert tables.messages(sample_graph, person="بوتين").shape[0] == 1
    assert tables.messages(sample_graph, person="مملوك").empty
    assert list(tables.messages(nx.MultiDiGraph()).columns) == tables.MESSAGE_COLUMNS


def test_sample_message_filters_by_the_place_date_and_language_of_its_meeting(sample_graph):
    # a message is kept by where and when the meeting it was delivered at took place
    assert tables.messages(sample_graph, place="دمشق").shape[0] == 1
    assert tables.messages(sample_graph, place="موسكو").empty
    assert tables.messages(sample_graph, since="2020-03-24", until="2020-03-24").shape[0] == 1
    assert tables.messages(sample_graph, since="2020-03-25").empty
    assert tables.messages(sample_graph, lang="ar").shape[0] == 1
    assert tables.messages(sample_graph, lang="en").empty
