"""English meetings: triggers, attendees, people discussed, status, mode, place, date (kg.en_meetings)."""

from __future__ import annotations

import datetime as dt

from kg.pipeline import extract


def _meetings(text: str, published: dt.date | None = None):
    ex = extract("Headline\n\n" + text, lang="en", published=published)
    names = {e.key: e.name for e in ex.entities}
    return [({names[k] for k in m.attendees}, m, names) for m in ex.meetings]


def test_subject_met_object_list():
    ((att, m, names),) = _meetings(
        "Gordon Brown has met Spanish Prime Minister Jose Zapatero and Austrian Chancellor Wolfgang Schussel "
        "to discuss the budget rebate."
    )
    assert att == {"Gordon Brown", "Jose Zapatero", "Wolfgang Schussel"}
    assert m.status == "held" and m.mode == "in_person"


def test_people_discussed_are_not_attendees():
    ((att, _, _),) = _meetings(
        "Chancellor Olaf Brandt met President Maria Silva on Monday to discuss Vladimir Putin."
    )
    assert att == {"Olaf Brandt", "Maria Silva"}


def test_owner_of_a_post_is_not_an_attendee():
    ((att, _, _),) = _meetings("President Reagan's adviser Frank Carlucci met Japanese envoy Kenji Sato.")
    assert att == {"Frank Carlucci", "Kenji Sato"}


def test_will_meet_is_planned_and_dated_after_publication():
    ((att, m, names),) = _meetings(
        "Israeli officials said Wednesday that Prime Minister Ruth Adler will meet with Donald Trump "
        "on Dec. 28.",
        published=dt.date(2015, 12, 10),
    )
    assert att == {"Ruth Adler", "Donald Trump"}
    assert m.status == "planned" and m.date == dt.date(2015, 12, 28)


def test_phone_call_sets_the_mode():
    ((att, m, _),) = _meetings("President Anna Novak spoke by phone with Chancellor Peter Lang on Friday.")
    assert att == {"Anna Novak", "Peter Lang"} and m.mode == "phone"


def test_reciprocal_meeting_and_its_place_and_date():
    ((att, m, names),) = _meetings(
        "President Obama and President Vladimir Putin met in Beijing on Monday.",
        published=dt.date(2016, 9, 6),
    )
    assert att == {"Obama", "Vladimir Putin"}
    assert names[m.place] == "Beijing" and m.date == dt.date(2016, 9, 5)


def test_group_noun_stands_for_its_named_members():
    text = (
        "Alberta Premier Don Getty and Ontario Premier David Peterson arrived early. "
        "Prime Minister Brian Mulroney held talks with the ten premiers on trade."
    )
    found = _meetings(text)
    assert {"Brian Mulroney", "Don Getty", "David Peterson"} <= found[0][0]


def test_meeting_of_a_body_attended():
    ((att, _, _),) = _meetings("Finance Minister Raj Patel is attending the G20 meeting in London on Friday.")
    assert att == {"Raj Patel", "G20"}


def test_joined_by_adds_attendees():
    ((att, _, _),) = _meetings(
        "President Lee Moon received Foreign Minister Kang Hoon in Seoul. He was joined by envoy Park Jin."
    )
    assert {"Lee Moon", "Kang Hoon", "Park Jin"} <= att


def test_the_same_meeting_told_twice_is_one():
    found = _meetings("Ann Ross met Paul Grant in Rome. Ross and Grant met for two hours, aides said.")
    assert len(found) == 1


def test_a_visit_to_a_place_is_not_a_meeting():
    assert _meetings("Prime Minister Jan Visser visited Brussels on Tuesday.") == []


def test_photo_captions_of_one_day_and_place_are_one_meeting():
    text = (
        "President Ana Ruiz hugs Mayor Teresa Lind after Ruiz arrived at Denver International Airport "
        "on Thursday. "
        "President Ana Ruiz shakes hands with Sen. Mark Cole at Denver International Airport on Thursday."
    )
    found = _meetings(text, published=dt.date(2016, 6, 17))
    assert len(found) == 1
    att, m, names = found[0]
    assert (
        att == {"Ana Ruiz", "Teresa Lind", "Mark Cole"} and names[m.place] == "Denver International Airport"
    )


def test_they_spoke_on_the_phone_is_a_call_between_the_parties_just_named():
    text = (
        "Senator Rosa Diaz will meet Governor Sam Ortiz in Austin on Friday: it is a meeting "
        "both had agreed on last week when they spoke on the phone."
    )
    found = _meetings(text, published=dt.date(2016, 6, 14))
    modes = sorted((m.mode, m.status) for _, m, _ in found)
    assert modes == [("in_person", "planned"), ("phone", "held")]
    assert all(att == {"Rosa Diaz", "Sam Ortiz"} for att, _, _ in found)


def test_summit_of_leaders_stands_for_the_heads_named():
    text = (
        "Mexican President Ana Ruiz and President Tom Hale arrived. "
        "A summit of North American leaders opened in Ottawa on Wednesday."
    )
    ((att, m, names),) = _meetings(text)
    assert att == {"Ana Ruiz", "Tom Hale"} and names[m.place] == "Ottawa"


def test_delegation_head_stands_for_his_country_and_a_day_owning_the_talks_dates_them():
    text = (
        "Poland met the Paris Club of creditor nations for renewed talks, sources said. "
        "The talks were led for the Polish side by deputy Finance Minister Jan Nowak. "
        '"Nobody expects a deal from today’s talks," a source said.'
    )
    ((att, m, _),) = _meetings(text, published=dt.date(1987, 3, 31))
    assert att == {"Jan Nowak", "Paris Club"} and m.date == dt.date(1987, 3, 31)


def test_a_place_qualifying_a_noun_is_no_party():
    assert _meetings("Senator Ann Price held a meeting with Denver community leaders on Monday.") == []


def test_talks_that_resume_are_a_planned_meeting_of_the_same_parties():
    text = "Minister Carl Weber met union leader Rita Hahn in Bonn. Discussions will resume next week."
    found = sorted(_meetings(text), key=lambda x: x[1].status)
    assert [m.status for _, m, _ in found] == ["held", "planned"]
    assert all(att == {"Carl Weber", "Rita Hahn"} for att, _, _ in found)


def test_the_host_who_invited_is_an_attendee():
    text = "Senator Ken Wade met the Senate Democratic caucus at Senate Leader Harry Reid's invitation today."
    ((att, _, _),) = _meetings(text)
    assert att == {"Ken Wade", "Senate Democratic caucus", "Harry Reid"}


def test_trade_ministers_include_the_trade_representative():
    text = (
        "U.S. Trade Representative Clayton Yeutter and Trade Minister Hajime Tamura arrived. "
        "Canadian Trade Minister Patricia Carney held talks with the trade ministers in Tokyo."
    )
    found = _meetings(text)
    assert {"Clayton Yeutter", "Hajime Tamura", "Patricia Carney"} <= found[0][0]


def test_the_body_of_a_post_is_not_a_party_and_an_onlooker_is():
    ((att, _, _),) = _meetings("Werner Seifert met LSE chief executive Clara Furse in London.")
    assert att == {"Werner Seifert", "Clara Furse"}
    text = "President Ana Ruiz hugs Mayor Teresa Lind as Denver Mayor Tom Hale watches at the airport."
    ((att, _, _),) = _meetings(text)
    assert att == {"Ana Ruiz", "Teresa Lind", "Tom Hale"}


def test_a_post_with_no_name_as_subject_is_the_protagonist():
    text = (
        "Senator Rosa Diaz will not quit. Diaz spoke in Denver. Diaz also spoke in Reno. "
        "On Sunday the senator convened allies (including Governor Sam Ortiz and actress Lena Park) in Reno."
    )
    ((att, _, _),) = _meetings(text)
    assert att == {"Rosa Diaz", "Sam Ortiz", "Lena Park"}


def test_owner_of_a_dated_meeting_and_the_pontiff():
    text = (
        "Prime Minister Ruth Adler will meet with Donald Trump, officials said Wednesday. "
        "The officials added that the prime minister's Dec. 28 meeting with Trump had long been planned."
    )
    (att, m, _), = _meetings(text, published=dt.date(2015, 12, 10))
    assert att == {"Ruth Adler", "Donald Trump"} and m.date == dt.date(2015, 12, 28)
    (att, m, names), = _meetings("Pope Francis spoke. The pontiff met Tom Hale at the Vatican guest house.")
    assert att == {"Francis", "Tom Hale"} and names[m.place] == "Vatican"


def test_a_tomb_visited_is_no_meeting():
    found = _meetings(
        "Chancellor Olaf Brandt laid flowers after he visited the grave of Willy Hartmann in Bonn on Monday."
    )
    assert found == []


def test_an_appositive_list_of_counterparts():
    ((att, _, _),) = _meetings(
        "Mr Dobson held talks with his Greek counterpart, Nikos Papas, and the Cypriot leader, "
        "Andreas Loizou."
    )
    assert att == {"Dobson", "Nikos Papas", "Andreas Loizou"}


def test_calls_with_two_people_are_two_phone_calls():
    found = _meetings(
        "Vice President Ann Walker was arranging calls with both Senator Tom Reyes and Governor Lisa Hart "
        "to discuss the race."
    )
    assert sorted(sorted(a) for a, _, _ in found) == [
        ["Ann Walker", "Lisa Hart"],
        ["Ann Walker", "Tom Reyes"],
    ]
    assert all(m.mode == "phone" and m.status == "planned" for _, m, _ in found)


def test_unnamed_visitors_met_a_named_person_and_a_department():
    ((att, _, _),) = _meetings(
        "Commerce Secretary Ruth Adler spoke on Monday. Several congressmen and industry representatives "
        "met with Adler and Treasury Department officials to discuss steel tariffs."
    )
    assert att == {"Ruth Adler", "Treasury Department"}


def test_a_meeting_in_the_oval_office():
    ((att, m, names),) = _meetings("President Ann Walker met Senator Tom Reyes in the Oval Office on Monday.")
    assert names[m.place] == "Oval Office"


def test_appositive_subject_and_a_country_inside_a_post():
    ((att, m, _),) = _meetings(
        "Kenji Sato, vice minister of Japan's Ministry of Finance (MOF), is to hold two days of meetings "
        "with the Deputy U.S. Trade Representative, Paul Novak, and the Under Secretary of Commerce, "
        "Ruth Adler."
    )
    assert att == {"Kenji Sato", "Paul Novak", "Ruth Adler"}
    assert m.status == "planned"


def test_the_senators_listed_first_in_a_subject_are_the_senators_named():
    ((att, m, names),) = _meetings(
        'Sen. Tom Reyes said on Monday: "We expect a ruling." Sen. Ann Walker agreed.\n\n'
        "The senators, several congressmen and industry representatives met with Commerce Secretary "
        "Ruth Adler to discuss steel dumping in the United States."
    )
    assert att == {"Tom Reyes", "Ann Walker", "Ruth Adler"}
    assert m.place is None  # the United States is in the topic, not where they met


def test_a_common_noun_object_is_the_body_the_article_names():
    ((att, _, _),) = _meetings(
        "Secretary of State Paul Novak met with corn growers on Tuesday. He told the leaders of the "
        "National Association of Corn Growers that prices must fall."
    )
    assert att == {"Paul Novak", "National Association of Corn Growers"}


def test_unnamed_leaders_of_a_country_visited_stand_for_the_country():
    ((att, m, names),) = _meetings(
        "Chancellor Olaf Brandt made a surprise visit to Afghanistan, where he met leaders in Kabul."
    )
    assert att == {"Olaf Brandt", "Afghanistan"}
    assert names[m.place] == "Kabul"


def test_met_in_the_afternoon_with():
    ((att, _, _),) = _meetings("Trade led the talks when Mr Walker met in the afternoon with Premier Li Wei.")
    assert att == {"Walker", "Li Wei"}


def test_the_subject_of_a_clause_had_the_meeting_it_is_criticised_for():
    ((att, m, _),) = _meetings(
        "Attorney General Ruth Adler faced questions on Tuesday. She is under fire for a private "
        "meeting last Monday with former Governor Tom Reyes at an airport."
    )
    assert att == {"Ruth Adler", "Tom Reyes"}
    assert m.status == "held"


def test_last_and_next_before_a_weekday():
    from kg import dates
    from kg.lexicon import load

    lex, wed = load("en"), dt.date(2016, 6, 8)
    got = {d.text: d.date for d in dates.find_dates(lex, "next Monday, last Wednesday, on Tuesday", wed)}
    assert got == {
        "next Monday": dt.date(2016, 6, 13),
        "last Wednesday": dt.date(2016, 6, 1),
        "on Tuesday": dt.date(2016, 6, 7),
    }
    ((att, m, _),) = _meetings("Chancellor Olaf Brandt will meet President Ann Walker next Monday.", wed)
    assert m.date == dt.date(2016, 6, 13) and m.status == "planned"


def test_a_company_before_its_ceo_is_no_party():
    ((att, _, _),) = _meetings(
        "Zentra International cut jobs. Senator Ann Walker spoke briefly with Zentra CEO Irene Ross."
    )
    assert att == {"Ann Walker", "Irene Ross"}


def test_venue_is_more_specific_than_the_town():
    ((att, m, names),) = _meetings(
        "Senator Ana Ruiz met Governor Paul Kemp at the Tucson airport in Tucson on Monday.",
        published=dt.date(2016, 7, 6),
    )
    assert names[m.place] == "Tucson airport"


def test_a_body_named_after_at_is_no_place():
    # a meeting's location is a schema:Place (shapes.ttl): "at the energy ministry" leaves it open
    ((att, m, names),) = _meetings(
        "Labour minister Pedro Diaz met with union leader Carlos Mendez at the energy ministry, he said."
    )
    assert att == {"Pedro Diaz", "Carlos Mendez"} and m.place is None


def test_a_meeting_without_a_day_takes_the_day_of_the_lede():
    ((att, m, names),) = _meetings(
        "Senator Ana Ruiz left the campaign trail Wednesday to meet at the White House with the man she "
        "hopes to succeed.\n\nAfter an hour-long meeting with President Tom Hale, Ruiz told reporters "
        "the talks had gone well.",
        published=dt.date(2016, 1, 28),
    )
    assert att == {"Ana Ruiz", "Tom Hale"}
    assert m.date == dt.date(2016, 1, 27) and names[m.place] == "White House"


def test_the_lede_day_of_a_coming_meeting_does_not_date_a_held_one():
    ((att, m, _),) = _meetings(
        "The trade council will meet on Wednesday to weigh tariffs.\n\nSenator Ana Ruiz met with "
        "Commerce Secretary Paul Kemp to press for action.",
        published=dt.date(1987, 3, 20),
    )
    assert m.date is None


def test_a_meeting_told_as_background_is_left_out():
    assert _meetings("President Tom Hale has met previously with Senator Ana Ruiz.") == []


def test_a_hearing_to_come_before_a_committee_is_a_planned_meeting():
    ms = _meetings(
        "On Thursday, FBI Director Mark Hollis will testify before the Senate Judiciary Committee. "
        "Attorney General Rita Vance will appear before the House Oversight Committee on Tuesday.",
        published=dt.date(2016, 7, 6),
    )
    got = {frozenset(att): (m.status, m.date) for att, m, _ in ms}
    assert got == {
        frozenset({"Mark Hollis", "Senate Judiciary Committee"}): ("planned", dt.date(2016, 7, 7)),
        frozenset({"Rita Vance", "House Oversight Committee"}): ("planned", dt.date(2016, 7, 12)),
    }


def test_meeting_a_body_through_its_members():
    ((att, m, _),) = _meetings("Chancellor Ruth Adler is meeting her EU colleagues to agree a plan.")
    assert att == {"Ruth Adler", "EU"} and m.status == "held"


def test_a_separate_meeting_is_not_the_one_told_before():
    ms = _meetings(
        "Speaker Ann Cole will meet with Governor Tom Hale on Thursday. Hale, Cole and party chairman "
        "Sam Ortiz are to hold a separate meeting as well.",
        published=dt.date(2016, 5, 6),
    )
    assert sorted(len(att) for att, _, _ in ms) == [2, 3]


def test_joined_by_makes_a_meeting_at_the_venue_named_before():
    ((att, m, names),) = _meetings(
        "Senator Jane Hill made a stop at the Blue Lantern nightclub on Friday.\n\n"
        "Hill was joined by Mayor Tom Reyes and local residents at a memorial outside the club.",
        published=dt.date(2016, 7, 22),
    )
    assert att == {"Jane Hill", "Tom Reyes"}
    assert names[m.place] == "Blue Lantern nightclub" and m.date == dt.date(2016, 7, 22)


def test_an_appositive_inside_a_list_of_parties_is_passed_over():
    ((att, _, _),) = _meetings(
        "Labour minister Pedro Diaz met with Juan Lechon Ortega, the veteran head of the Bolivian "
        "Workers Federation, and Carla Ruiz, the miners' leader, at the ministry."
    )
    assert att == {"Pedro Diaz", "Juan Lechon Ortega", "Carla Ruiz"}


def test_after_meeting_a_guest_who_is_in_a_town():
    ((att, m, names),) = _meetings(
        "Finance Minister Carlo Bruni met his Chilean counterpart Pablo Soto today. Bruni told reporters "
        "after meeting Soto, who is in Madrid on a tour of European capitals, that talks went well.",
        published=dt.date(1987, 3, 5),
    )
    assert att == {"Carlo Bruni", "Pablo Soto"} and names[m.place] == "Madrid"
    assert m.date == dt.date(1987, 3, 5)


def test_where_and_when_a_statement_says_the_meeting_took_place():
    ((att, m, names),) = _meetings(
        'The network confirmed that anchor Lisa Grant met with Tom Hale. "Grant asked for the meeting, '
        'which took place at Harbor Tower this morning," the statement read.',
        published=dt.date(2016, 4, 13),
    )
    assert names[m.place] == "Harbor Tower" and m.date == dt.date(2016, 4, 13)


def test_a_hosted_meeting_and_those_due_to_attend():
    ((att, m, _),) = _meetings(
        "Monday's conference on water is being hosted by Prime Minister Ellen Marsh. Also due to attend "
        "are Foreign Secretary Tom Hale, UN Secretary General Ana Ruiz, World Bank officials and "
        "ministers from ten countries."
    )
    assert att == {"Ellen Marsh", "Tom Hale", "Ana Ruiz", "World Bank"}
    assert m.status == "planned"


def test_a_meeting_told_in_the_first_person_in_a_quote():
    ((att, m, _),) = _meetings(
        "Attorney General Rita Vance closed the inquiry on Wednesday.\n\n"
        '"This afternoon, as planned, I met with Director Mark Hollis of the bureau and the agents who '
        'ran the inquiry," she said in a statement.',
        published=dt.date(2016, 7, 6),
    )
    assert att == {"Rita Vance", "Mark Hollis"} and m.date == dt.date(2016, 7, 6)


def test_the_chair_of_the_committee_sits_in_its_hearing():
    ms = _meetings(
        "On Thursday, FBI Director Mark Hollis will testify before the Senate Judiciary Committee. "
        "Committee Chairman Sen. Alan Pike said the questions would be hard.",
        published=dt.date(2016, 7, 6),
    )
    assert [att for att, _, _ in ms] == [{"Mark Hollis", "Alan Pike", "Senate Judiciary Committee"}]
