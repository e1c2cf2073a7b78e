"""English quotations and their speakers (kg.en_statements)."""

from __future__ import annotations

from kg.pipeline import extract


def _said(text: str) -> list[tuple[str, str]]:
    ex = extract("Headline\n\n" + text, lang="en")
    names = {e.key: e.name for e in ex.entities}
    return [(names.get(s.speaker, s.speaker), s.text) for s in ex.statements]


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
        'Tony Blair flew home. Mr Blair\'s official spokesman said: "The prime minister has regular talks."'
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
