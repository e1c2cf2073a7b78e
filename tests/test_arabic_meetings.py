"""Arabic meetings: triggers, several meetings in a sentence, hosts' pronouns, attendance lists."""

from __future__ import annotations

import datetime as dt

from kg.pipeline import extract

WED = dt.date(2019, 5, 8)  # a Wednesday


def meetings(text: str):
    ex = extract(text, lang="ar", published=WED)
    names = {e.key: e.name for e in ex.entities}
    return [([names[k] for k in m.attendees], m) for m in ex.meetings], names


def test_reception_with_place_and_date():
    got, names = meetings(
        "استقبل الرئيس التونسي قيس سعيد أمس في قصر قرطاج وزير الخارجية الإيطالي لويجي دي مايو."
    )
    assert len(got) == 1
    att, m = got[0]
    assert any("سعيد" in a for a in att) and any("مايو" in a for a in att)
    assert m.date == dt.date(2019, 5, 7)
    assert names[m.place] == "قصر قرطاج"


def test_several_meetings_in_one_sentence():
    text = (
        "وصل وزير الخارجية الياباني إلى عمان. وأجرى الوزير الياباني تارو كونو لقاءات مع رئيس الوزراء "
        "عمر الرزاز ونظيره الأردني أيمن الصفدي، وعقد اجتماعا مع رئيس مجلس النواب عاطف الطراونة."
    )
    got, _ = meetings(text)
    pairs = [set(a) for a, _ in got]
    assert len(got) == 3
    assert all(any("كونو" in x for x in p) for p in pairs)


def test_possessed_noun_brings_the_host():
    text = (
        "أكد صاحب السمو الأمير فيصل بن مشعل أمير منطقة القصيم أهمية العمل التطوعي. "
        "جاء ذلك خلال استقباله بمكتبه اليوم مدير جمعية البر سليمان بن محمد الخريصي."
    )
    got, _ = meetings(text)
    assert len(got) == 1
    att = got[0][0]
    assert any("فيصل بن مشعل" in a for a in att) and any("الخريصي" in a for a in att)


def test_attendance_list_adds_attendees():
    text = (
        "التقى وزير الداخلية عبدالعزيز بن سعود نظيره العراقي عثمان الغانمي في الرياض. "
        "حضر اللقاء مساعد وزير الداخلية هشام الفالح."
    )
    got, _ = meetings(text)
    assert len(got) == 1 and any("الفالح" in a for a in got[0][0])


def test_person_talked_about_is_not_an_attendee():
    text = (
        "استقبل الرئيس عبد الفتاح السيسي أمس وزير الخارجية الروسي سيرغي لافروف، "
        "وبحثا الموقف من حديث الرئيس بشار الأسد."
    )
    got, _ = meetings(text)
    assert len(got) == 1
    assert not any("الأسد" in a for a in got[0][0]) or len(got[0][0]) == 2


def test_phone_call_mode():
    got, _ = meetings(
        "أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين أمس."
    )
    assert got and got[0][1].mode == "phone"


def test_later_sentence_about_the_meeting_adds_no_attendee():
    text = (
        "استقبل وزير الخارجية سامح شكري اليوم نظيره الأردني أيمن الصفدي. "
        "وتناول اللقاء دعوة الرئيس الأمريكي دونالد ترامب إلى مؤتمر السلام."
    )
    got, _ = meetings(text)
    assert len(got) == 1 and not any("ترامب" in a for a in got[0][0])


def test_delegation_of_an_organization_is_an_attendee():
    got, _ = meetings(
        "استقبل وزير الصحة توفيق الربيعة في مكتبه أمس رئيس وأعضاء الهيئة السعودية للتخصصات الصحية."
    )
    assert len(got) == 1 and len(got[0][0]) == 2


def test_statement_channel_is_not_a_meeting():
    text = (
        "التقى الرئيس اليمني عبدربه منصور هادي أمس في الرياض السفير البريطاني مايكل آرون. "
        "وقال وزير الخارجية خالد اليماني في اتصال هاتفي إن الرئيس هادي بحث دعم الحكومة."
    )
    got, _ = meetings(text)
    assert len(got) == 1 and not any("اليماني" in a for a in got[0][0])


def test_relative_in_apposition_is_not_there():
    text = "التقى جاريد كوشنر، صهر الرئيس دونالد ترامب، الرئيس الفلسطيني محمود عباس في رام الله. "
    got, _ = meetings(text)
    assert got and not any("ترامب" in a for a in got[0][0])


def test_summit_named_in_passing_is_no_new_meeting():
    text = (
        "وصل الرئيس الكوري الجنوبي مون جاي إن إلى طوكيو في زيارة رسمية، يطلع خلالها المسؤولين على ما تم "
        "في القمة التي جمعته بالرئيس الأمريكي دونالد ترامب."
    )
    got, _ = meetings(text)
    assert got == []


def test_dual_subject_meets_each_of_a_list():
    text = (
        "التقى المبعوث الأمريكي جيمس جيفري ونائبه جويل رايبورن في أنقرة "
        "وزير الخارجية التركي مولود تشاوش أوغلو. "
        "والتقى المسؤولان الأمريكيان، أمس، كلا من وزير الدفاع خلوصي أكار ورئيس المخابرات هاكان فيدان."
    )
    got, _ = meetings(text)
    assert len(got) == 3


def test_reception_has_host_and_guest():
    got, names = meetings(
        "استقبل الرئيس الجزائري عبد المجيد تبون أمس في الجزائر وزير الخارجية الفرنسي جان إيف لودريان."
    )
    roles = {names[k]: r for k, r in got[0][1].roles}
    assert roles == {"عبد المجيد تبون": "host", "جان إيف لودريان": "guest"}


def test_summit_of_states_with_no_person_named():
    text = (
        "أعلنت الخارجية الروسية أن القمة الثلاثية التي تضم روسيا وتركيا وإيران حول الأزمة السورية "
        "ستعقد في أنقرة في 16 سبتمبر المقبل."
    )
    got, names = meetings(text)
    assert len(got) == 1
    att, m = got[0]
    assert sorted(att) == sorted(["روسيا", "تركيا", "إيران"])
    assert m.status == "planned" and m.date == dt.date(2019, 9, 16)


def test_counterpart_without_a_name_is_the_other_party():
    text = (
        "وصل وزير الخارجية الأردني أيمن الصفدي إلى القاهرة أمس. "
        "واستقبل وزير الخارجية سامح شكري اليوم نظيره الأردني في مقر الوزارة."
    )
    got, _ = meetings(text)
    assert len(got) == 1 and sorted(got[0][0]) == ["أيمن الصفدي", "سامح شكري"]


def test_meeting_without_its_own_date_takes_the_date_told_before():
    text = (
        "التقى وزير الدفاع الأمريكي جيمس ماتيس الجمعة في أربيل رئيس الإقليم نيجيرفان بارزاني. "
        "ووصل ماتيس صباح الخميس إلى بغداد في زيارة غير معلنة. "
        "وأجرى الوزير الأمريكي بعد وصوله لقاء مع رئيس الوزراء حيدر العبادي."
    )
    got, _ = meetings(text)
    dates = {a[-1]: m.date for a, m in got}
    assert dates["حيدر العبادي"] == dt.date(2019, 5, 2)


def test_city_after_the_capital_is_where_they_met():
    text = (
        "اجتمع رئيس جنوب السودان سلفا كير مع زعيم المتمردين ريك مشار في العاصمة الإثيوبية أديس أبابا. "
        "وتعاني جنوب السودان من حرب أهلية."
    )
    got, names = meetings(text)
    assert got and names[got[0][1].place] == "أديس أبابا"


def test_place_after_in_beats_a_city_in_passing():
    got, names = meetings("بحث المستشار الأمريكي جاريد كوشنر في قطر مع الشيخ تميم بن حمد المساعدات لغزة.")
    assert got and names[got[0][1].place] == "قطر"


def test_possessive_pronoun_is_the_person_addressed():
    text = (
        "وكان الوزير الأمريكي مايك بومبيو قد قال للملك سلمان بن عبد العزيز إن الرئيس الأمريكي دونالد ترامب "
        "يتطلع للقائه في واشنطن الشهر المقبل."
    )
    got, names = meetings(text)
    assert len(got) == 1
    att, m = got[0]
    assert sorted(att) == sorted(["دونالد ترامب", "سلمان بن عبد العزيز"])
    assert m.status == "planned" and m.date is None


def test_reception_of_unnamed_guests_takes_the_attendance_list():
    got, _ = meetings(
        "استقبل أمير المنطقة الأمير خالد بن سعد في مكتبه اليوم عددا من المواطنين.\n"
        "حضر الاستقبال وكيل الإمارة الدكتور سامي بن علي الفهد ومدير الشرطة اللواء ناصر بن حمد العتيبي."
    )
    assert len(got) == 1 and len(got[0][0]) == 3


def test_reception_of_unnamed_guests_alone_is_no_meeting():
    got, _ = meetings(
        "استقبل أمير المنطقة الأمير خالد بن سعد في مكتبه اليوم عددا من المواطنين.\n"
        "وقال الأمير خالد بن سعد إن المنطقة تشهد نهضة شاملة في كل المجالات."
    )
    assert got == []


def test_fronted_place_with_a_conjunction():
    got, names = meetings(
        "وفي الرباط من المقرر أن يجتمع وزير الخارجية المغربي ناصر بوريطة مع نظيره الإسباني خوسيه ألباريس."
    )
    assert len(got) == 1 and names[got[0][1].place] == "الرباط"


def test_relative_clause_holds_its_own_talks():
    got, _ = meetings(
        "ومن المقرر أن يجتمع ناصر بوريطة مع نظيره الأمريكي أنتوني بلينكن الذي يزور المغرب لإجراء محادثات"
        " مع الأمين العام لجامعة الدول العربية أحمد أبو الغيط."
    )
    pairs = [set(a) for a, _ in got]
    assert any(any("بلينكن" in x for x in p) and any("أبو الغيط" in x for x in p) for p in pairs)
    assert not any(any("بوريطة" in x for x in p) and any("أبو الغيط" in x for x in p) for p in pairs)


def test_people_of_a_that_clause_after_the_talks_are_not_parties():
    got, _ = meetings(
        "وأكد وزير الخارجية المغربي ناصر بوريطة بعد محادثات مع نظيره الإسباني خوسيه ألباريس في مدريد"
        " أن الرئيس الجزائري عبد المجيد تبون يتحمل مسؤولية الأزمة."
    )
    assert len(got) == 1 and not any("تبون" in a for a in got[0][0])


def test_the_country_a_guest_is_visiting_is_the_place():
    got, names = meetings(
        "استقبل هشام بدر وزير الخارجية المصري فيرونيكا ماتيتش نائبة رئيس الوزراء السلوفيني، التي تزور مصر"
        " لبحث قضية الرهينة الذي خطفته جماعة أنصار بيت المقدس."
    )
    assert len(got) == 1 and names[got[0][1].place] == "مصر"


def test_separately_gives_one_meeting_each():
    text = (
        "وقال دبلوماسيون إن الرئيس الفلسطيني محمود عباس ورئيس الوزراء الإسرائيلي بنيامين نتنياهو اجتمعا "
        "كل على حدة مع وزير الخارجية الأمريكي أنتوني بلينكن قبل أن يجلس الثلاثة معا."
    )
    got, _ = meetings(text)
    pairs = sorted(sorted(a) for a, _ in got)
    assert pairs == [["أنتوني بلينكن", "بنيامين نتنياهو"], ["أنتوني بلينكن", "محمود عباس"]]


def test_dinner_ends_a_name():
    _, names = meetings("وقال المتحدث: أقام رئيس الوزراء أبي أحمد عشاء خاصا لضيفه.")
    assert "أبي أحمد" in names.values()
    assert not any("عشاء" in n for n in names.values())


def test_meeting_told_across_two_sentences_with_a_delegation_leader():
    text = (
        "وصف مسؤول في الحركة المحادثات التي عقدت في القاهرة مع وزير الخارجية الأمريكي أنتوني بلينكن "
        "بأنها مهمة. وقال المسؤول إن الاجتماع ضم وفدا من خمسة أعضاء بقيادة إسماعيل هنية، رئيس المكتب السياسي."
    )
    got, _ = meetings(text)
    assert len(got) == 1
    att = got[0][0]
    assert any("بلينكن" in a for a in att) and any("هنية" in a for a in att)


def test_relative_clause_alone_is_no_meeting():
    got, _ = meetings(
        "وصف مسؤول في الحركة المحادثات التي عقدت في القاهرة مع وزير الخارجية الأمريكي أنتوني بلينكن"
        " بأنها مهمة."
    )
    assert got == []


def test_seat_of_power_after_fi_is_the_venue():
    got, names = meetings(
        "استقبل الرئيس الأمريكي جو بايدن ملك الأردن عبدالله الثاني، في البيت الأبيض أمس."
    )
    assert len(got) == 1
    assert names[got[0][1].place] == "البيت الأبيض"


def test_hosting_a_dinner_is_a_meeting_and_the_speaker_is_no_party():
    text = (
        'وكتب المتحدث أحمد حسن عبر حسابه: "أقام رئيس الوزراء أبي أحمد عشاء خاصا '
        'للرئيس الفرنسي إيمانويل ماكرون '
        'في أديس أبابا".'
    )
    got, _ = meetings(text)
    assert len(got) == 1
    att = got[0][0]
    assert "أبي أحمد" in att and any("ماكرون" in a for a in att)
    assert not any("حسن" in a for a in att)


def test_what_is_praised_after_bima_is_talked_about():
    text = (
        "أكد أمير منطقة القصيم الأمير فيصل بن مشعل أهمية التعليم. ونوه سموه خلال استقباله اليوم مدير "
        "الجامعة عبدالله بن سعد الحربي بما تقدمه حكومة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز "
        "من دعم للتعليم."
    )
    got, _ = meetings(text)
    assert len(got) == 1
    att = got[0][0]
    assert any("الحربي" in a for a in att) and not any("سلمان بن عبدالعزيز" in a for a in att)


def test_singular_pronoun_on_a_later_meeting_noun_is_not_the_pair():
    text = (
        "وجاء اجتماع المبعوثين ديفيد هيل وجيمس جيفري مع الرئيس اللبناني ميشال عون "
        "بعد يومين على استقباله رئيس الوزراء البريطاني بوريس جونسون."
    )
    got, _ = meetings(text)
    pairs = [set(att) for att, _ in got]
    assert {"ميشال عون", "بوريس جونسون"} in pairs
    assert not any("ديفيد هيل" in p and "بوريس جونسون" in p for p in pairs)


def test_meeting_noun_after_a_comment_preposition_is_talked_about():
    text = (
        "استقبل الرئيس التركي رجب طيب أردوغان في أنقرة أمس نظيره الروسي فلاديمير بوتين. "
        "من جهته، قال وزير الإعلام الأردني صالح الخوالدة في مؤتمر صحفي معلقا على زيارة بوتين وأردوغان "
        "إن موقف بلاده ثابت."
    )
    got, _ = meetings(text)
    assert not any("صالح الخوالدة" in att for att, _ in got)


def test_reporters_byline_is_no_party():
    got, _ = meetings(
        "سامي الحربي- عكاظ- جدة: استقبل وزير الصحة المصري خالد عبد الغفار في جدة أمس نظيره الأردني سعد جابر."
    )
    assert got and not any("سامي الحربي" in att for att, _ in got)
    assert any("سعد جابر" in att for att, _ in got)


def test_a_tour_takes_in_each_listed_country():
    text = (
        "ووصل المبعوث الأمريكي ديفيد هيل إلى بيروت أمس في إطار جولة إقليمية تشمل أيضا "
        "الأردن والعراق والكويت."
    )
    got, names = meetings(text)
    planned = [(att, m) for att, m in got if m.status == "planned"]
    assert {a for att, _ in planned for a in att if a != "ديفيد هيل"} == {"الأردن", "العراق", "الكويت"}
    assert all("ديفيد هيل" in att and len(att) == 2 for att, _ in planned)
    assert all(names[m.place] in att for att, m in planned)


def test_a_tour_with_no_countries_listed_adds_no_meeting():
    got, _ = meetings("وقال المبعوث ديفيد هيل إن جولته كانت مثمرة.")
    assert got == []


def test_an_invitation_to_visit_is_a_planned_meeting():
    text = (
        "وأفاد بيان للحزب أن وزير الخارجية الروسي سيرغي لافروف وجه الدعوة "
        "لقيادة حزب الله لزيارة موسكو قريبا."
    )
    got, names = meetings(text)
    assert len(got) == 1
    att, m = got[0]
    assert set(att) == {"سيرغي لافروف", "حزب الله"} and m.status == "planned"
    assert names[m.place] == "موسكو"


def test_answering_an_invitation_names_the_host_after_the_noun():
    text = "وأكد المفوض الأممي ميشيل باشليه قبول دعوة الحكومة العراقية إلى زيارة الموصل والبصرة."
    got, _ = meetings(text)
    assert got == []
