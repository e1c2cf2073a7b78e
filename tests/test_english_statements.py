"""English quotations and their speakers (kg.en_statements)."""

from __future__ import annotations

from kg.pipeline import extract


def _said(text: str) -> list[tuple[str, str]]:
    ex = extract("Headline\n\n" + text, lang="en")
    names = {e.key: e.name for e in ex.entities}
    return [(names.get(s.speaker, s.speaker), s.text) for s in ex.statements if s.kind == "direct"]


def test_speaker_after_the_quote_by_name():
    out = _said('Finance Minister Anna Berg arrived. "We expect a deal by Friday," Berg said.')
    assert out == [("Anna Berg", "We expect a deal by Friday,")]


def test_inverted_said_with_a_full_name():
    out = _said(
        '"The talks went well beyond what we hoped," said Juan Carlos Ortega, the speaker of the house.'
    )
    assert out == [("Juan Carlos Ortega", "The talks went well beyond what we hoped,")]


def test_speaker_before_the_quote_through_a_colon():
    out = _said('Mr Blair told the party conference on Monday: "Nothing will get in the way of unity."')
    assert out == [("Blair", "Nothing will get in the way of unity.")]


def test_owner_of_a_spokesman_is_the_speaker():
    out = _said(
        'Tony Blair returned to London. Mr Blair\'s spokesman told reporters: '
        '"The prime minister will speak to him again."'
    )
    assert out[0][0] == "Tony Blair"


def test_pronoun_goes_back_to_the_last_speaker():
    out = _said(
        'Senator Mary Walsh spoke first. "The bill is dead," she said. "We start again in May," she added.'
    )
    assert [s for s, _ in out] == ["Mary Walsh", "Mary Walsh"]


def test_split_quote_is_one_statement():
    out = _said('Governor Tom Reyes was blunt. "The faster we act," he said, "the fewer people we lose."')
    assert out == [("Tom Reyes", "The faster we act, the fewer people we lose.")]


def test_appositive_between_speaker_and_verb_is_passed_over():
    out = _said('A spokesman for Unison, Britain\'s biggest union, said: "At least we are still talking."')
    assert out == [("Unison", "At least we are still talking.")]


def test_told_takes_the_subject_not_the_listener():
    out = _said('Home Secretary Jack Straw spoke. Straw told the BBC: "I was making a simple observation."')
    assert out[0][0] == "Jack Straw"


def test_organization_as_speaker_with_an_elided_subject():
    out = _said('In a statement, Euronext said it may pay cash, but added that: "No offer will be made yet."')
    assert out == [("Euronext", "No offer will be made yet.")]


def test_according_to_a_person():
    out = _said('"Prices will rise again next year," according to economist Laura Fenn of the central bank.')
    assert out[0][0] == "Laura Fenn"


def test_a_quoted_word_or_name_is_not_a_statement():
    assert _said('Mayor Ann Cole called the plan "unworkable" and praised the "Three Amigos" summit.') == []


def test_quote_with_no_speaker_is_left_out_with_a_warning():
    ex = extract('Headline\n\n"Nobody can say where this ends up," read a sign on the wall.', lang="en")
    assert ex.statements == ()
    assert any("no speaker" in w for w in ex.warnings)


def test_spans_point_into_the_original_text():
    text = "Headline\n\n''We will not back down,'' said Mr. Alvarez, the mayor."
    ex = extract(text, lang="en")
    s = ex.statements[0]
    assert text[s.span[0] : s.span[1]] == s.text == "We will not back down,"


def test_inverted_said_prefers_the_person_after_a_post():
    out = _said('"Time has come to act in step with the talk," said EC external trade chief Willy de Clercq.')
    assert out[0][0] == "Willy de Clercq"


def test_a_pronoun_does_not_go_back_to_an_owner():
    text = (
        "After weeks on Senator Mary Cole's email affair, Attorney General Ruth Lane took the last step. "
        '"I accepted the unanimous recommendation of the investigators," she said.'
    )
    assert _said(text)[0][0] == "Ruth Lane"


def test_outlet_after_according_to_is_the_relay_not_the_speaker():
    text = (
        "Pope Francis spoke on Saturday. Francis said that those who thought so should "
        '"look for a good psychiatrist," according to Reuters.'
    )
    ex = extract("Headline\n\n" + text, lang="en")
    names = {e.key: e.name for e in ex.entities}
    st = ex.statements[0]
    assert names[st.speaker] == "Pope Francis" or names[st.speaker] == "Francis"
    assert names[st.via] == "Reuters"


def test_a_run_on_quote_is_one_statement():
    out = _said(
        'Aid worker Sara Lind said: "They must act now on the debt. "Millions of families cannot wait for '
        'another summit."'
    )
    assert len(out) == 1 and out[0][0] == "Sara Lind" and "Millions of families" in out[0][1]


def test_a_described_speaker_right_after_a_named_one_is_that_speaker():
    out = _said(
        'Treasury Secretary Paul Novak briefed senators on Tuesday.\n\n'
        '"We expect a vote by the end of May," Sen. Tom Reyes told reporters.\n\n'
        '"The tariffs must be applied soon," the Ohio Republican said.'
    )
    assert [s for s, _ in out] == ["Tom Reyes", "Tom Reyes"]


def test_an_aide_to_a_person_is_not_that_person():
    out = _said(
        '"The French side will not budge on farm prices," an aide to Chancellor Olaf Brandt told reporters.'
    )
    assert out == []


def test_an_official_with_a_described_group_is_that_group_not_the_last_body_named():
    out = _said(
        "Secretary of State Paul Novak met the leaders of the National Association of Corn Growers. "
        "The State Department gave no details.\n\n"
        '"His comments were encouraging but vague," an official with the corn group said.'
    )
    assert out == [("National Association of Corn Growers", "His comments were encouraging but vague,")]


def test_a_reporting_word_as_a_noun_is_no_cue_and_the_speaker_of_reported_words_is_he():
    out = _said(
        'Mr Walker said the plan was "gaining support". But Deputy Minister Paul Novak said the US could not '
        'back it. "We are committed to the fund," he said. Lawmakers said the Novak comments "are a '
        'serious setback for the plan"'
    )
    assert out[0] == ("Paul Novak", "We are committed to the fund,")
    assert all(s != "Paul Novak" or "setback" not in t for s, t in out)


def test_welcomed_the_statement_does_not_make_the_statement_the_speaker():
    out = _said(
        "The BBC reported the deal on Friday. Oxfam adviser Max Lund welcomed the statement and said the "
        'ministers had "passed the first real test of the year".'
    )
    assert out == [("Max Lund", "passed the first real test of the year")]


def test_the_object_of_a_relative_clause_is_no_speaker_and_an_inverted_said_is():
    out = _said(
        "Home Secretary Charles Dunn spoke on Monday. The lawyer who had represented Mr Tarrant had said the "
        'rules were fair, said Mr Dunn. He said: "The problem is that nobody understood the law."'
    )
    assert out == [("Charles Dunn", "The problem is that nobody understood the law.")]


def test_an_appositive_speaker_is_not_replaced_by_the_person_he_talks_about():
    out = _said(
        'Noel Bryce, the communications minister, said Mr Ahern had been "very committed" to the plan. '
        '"He is, I know, very disappointed it has come to this," he said.'
    )
    assert out[-1] == ("Noel Bryce", "He is, I know, very disappointed it has come to this,")


def _reported(text: str) -> list[tuple[str, str, str]]:
    ex = extract("Headline\n\n" + text, lang="en")
    names = {e.key: e.name for e in ex.entities}
    return [(names.get(s.speaker, s.speaker), s.verb, s.text) for s in ex.statements if s.kind == "reported"]


def test_reported_said_that_and_told_reporters():
    out = _reported(
        "Foreign Minister Anna Berg said on Tuesday that the talks had gone well. "
        "Mr Novak told reporters the ceasefire would hold until the spring."
    )
    assert out == [
        ("Anna Berg", "said", "the talks had gone well"),
        ("Novak", "told", "the ceasefire would hold until the spring"),
    ]


def test_reported_added_that_after_a_pronoun_and_according_to():
    out = _reported(
        "Prime Minister Ruth Adler spoke in Rome. She added that a new budget would follow in May. "
        "According to the Finance Ministry, the deficit fell by a third last year."
    )
    assert ("Ruth Adler", "added", "a new budget would follow in May") in out
    assert ("Finance Ministry", "According to", "the deficit fell by a third last year") in out


def test_reported_words_with_a_quotation_inside_are_left_to_the_direct_statement():
    ex = extract(
        'Headline\n\nMr Novak said the plan was "a serious step towards peace in the region".', lang="en"
    )
    assert [s.kind for s in ex.statements] == ["direct"]


def test_no_reported_speech_without_a_named_speaker_or_for_a_said_speaker_after_the_verb():
    out = _reported(
        "Officials said the border would reopen on Monday. "
        '"The plant will close," said Lena Ortiz, a spokeswoman for the company.'
    )
    assert out == []


def test_a_clause_before_he_said_and_a_second_verb_of_the_same_speaker():
    out = _reported(
        "Chancellor Olaf Brandt flew to Brussels. Some 30 countries could benefit from the plan, he said. "
        "Mr Brandt acknowledged some critics thought the plan too costly, but said the cost would fall."
    )
    assert out == [
        ("Olaf Brandt", "said", "Some 30 countries could benefit from the plan"),
        ("Olaf Brandt", "acknowledged", "some critics thought the plan too costly"),
        ("Olaf Brandt", "said", "the cost would fall"),
    ]


def test_a_long_reported_clause_is_cut_at_forty_words():
    words = " ".join(f"w{i}" for i in range(60))
    out = _reported(f"Mr Novak said the plan {words}.")
    assert len(out) == 1 and len(out[0][2].split()) == 40


def test_reported_by_staff_of_a_company_called_by_its_short_name_and_told_the_leaders_that():
    out = _reported(
        "Lena Ortiz is a spokeswoman for Zentra International. Executives for Zentra, which earned $3 "
        "billion last year, say the company will save $46 million a year. Secretary of State Paul Novak "
        "told the leaders of the National Association of Corn Growers that prices must fall."
    )
    assert ("Zentra International", "say", "the company will save $46 million a year") in out
    assert ("Paul Novak", "told", "prices must fall") in out


def test_a_quote_left_out_does_not_glue_the_next_quote_to_an_earlier_statement():
    out = _said(
        'Mr Novak said: "The plan is good for the country." Protesters marched on the Treasury Department. '
        '"We are ready to block it in the courts," one official said, "and we will win there."'
    )
    assert out[0] == ("Novak", "The plan is good for the country.")
    assert not any("country" in t and "courts" in t for _, t in out)


def test_a_short_phrase_lifted_into_the_writers_sentence_is_no_statement():
    out = _said('The union leader Tom Reid said the deal was "a done deal" and would not be reopened.')
    assert out == []
    out = _said('Mr Reid said the offer was "frankly not good enough for our members" and walked out.')
    assert out == [("Reid", "frankly not good enough for our members")]


def test_a_quote_after_a_sentence_of_reported_speech_is_that_speakers():
    out = _said(
        'Home Secretary Alan Pike spoke first. "We will act," Pike said. Union chief Sarah Vance said '
        'earlier the plan was weak. The home secretary meanwhile said the "fairness" of the plan was '
        'clear. "We have listened to every side of this argument. "That remains true today."'
    )
    assert ("Alan Pike", "We have listened to every side of this argument. That remains true today.") in out


def test_the_statement_is_the_body_that_last_spoke():
    out = _said(
        "Channel Nine confirmed that its anchor Lisa Grant had met with Tom Hale. She came to discuss a "
        'special for the Nine Broadcasting Company. "Grant asked for the meeting, which took place this '
        'morning," the statement read.'
    )
    assert out == [("Channel Nine", "Grant asked for the meeting, which took place this morning,")]


def test_an_official_of_a_seat_of_power_speaks_for_it():
    out = _said(
        "The senator met aides at the White House on Monday. Although no deal was struck, a White House "
        'official who asked not to be named said Monday, "Talks between the two camps go on every week."'
    )
    assert out == [("White House", "Talks between the two camps go on every week.")]


def test_words_a_paper_reports_are_said_by_the_one_it_reports():
    out = _said(
        'Earlier, Jane Hill met local leaders and pledged to "fight for changes that keep other families '
        'safe," the Tampa Herald reported.'
    )
    assert out == [("Jane Hill", "fight for changes that keep other families safe,")]


def test_a_partial_quotation_ending_reported_speech():
    out = _said(
        "Senator Jane Hill said the hour-long session let the two of them talk about trade and farm "
        'policy and "now and then a bit of campaign strategy."'
    )
    assert out == [("Jane Hill", "now and then a bit of campaign strategy.")]


def test_words_of_praise_in_marks_are_the_praisers():
    out = _said(
        'Senator Jane Hill on Friday praised her rival Tom Hale as a "steady hand, not a loud voice."'
    )
    assert out == [("Jane Hill", "steady hand, not a loud voice.")]
