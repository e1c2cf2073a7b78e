"""English names: titles, honorifics, given names, organizations, places, references (kg.en_mentions)."""

from __future__ import annotations

import pytest

from kg.pipeline import extract


def _entities(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    ex = extract("Headline\n\n" + text, lang="en")
    return {e.name: (e.kind, e.titles) for e in ex.entities}


def test_title_and_name_are_split():
    ents = _entities("Defence Minister Sergei Shoigu arrived in Damascus on Tuesday.")
    assert ents["Sergei Shoigu"] == ("Person", ("Defence Minister",))
    assert ents["Damascus"][0] == "Place"


def test_nationality_and_multiword_titles():
    ents = _entities(
        "Italian Prime Minister Silvio Berlusconi and German Chancellor Gerhard Schroeder "
        "gave a joint press conference."
    )
    assert ents["Silvio Berlusconi"] == ("Person", ("Italian Prime Minister",))
    assert ents["Gerhard Schroeder"] == ("Person", ("German Chancellor",))


def test_title_with_of_and_a_name_particle():
    ents = _entities("Secretary of State John Kerry later met West German President Richard von Weizsaecker.")
    assert ents["John Kerry"][1] == ("Secretary of State",)
    assert "Richard von Weizsaecker" in ents


def test_honorific_then_family_name_is_one_person():
    ex = extract(
        "Headline\n\nTony Blair arrived early. Mr Blair said little, and Blair's aides left.", lang="en"
    )
    people = [e for e in ex.entities if e.kind == "Person"]
    assert [p.name for p in people] == ["Tony Blair"]


def test_given_name_opens_a_name_and_a_role_before_it_is_kept():
    ents = _entities("The book by author Edward Klein was discussed, said deputy leader John Prescott.")
    assert ents["Edward Klein"][0] == "Person"
    assert ents["John Prescott"][1] == ("deputy leader",)


def test_organizations_by_head_and_acronym_in_brackets():
    ex = extract(
        "Headline\n\nThe London Stock Exchange (LSE) met the Paris Club. The LSE said no.", lang="en"
    )
    orgs = sorted(e.name for e in ex.entities if e.kind == "Organization")
    assert orgs == ["London Stock Exchange", "Paris Club"]


def test_two_bodies_joined_by_and_stay_two():
    ents = _entities("Officials of the World Bank and the IMF met in Washington.")
    assert ents["World Bank"][0] == ents["IMF"][0] == "Organization"


def test_one_body_with_and_inside_stays_one():
    ents = _entities("The Public and Commercial Services Union walked out.")
    assert ents["Public and Commercial Services Union"][0] == "Organization"


@pytest.mark.parametrize("opener", ["But", "However,", "The", "When"])
def test_sentence_openers_are_not_names(opener):
    ents = _entities(f"{opener} Tuesday talks in Geneva ended early.")
    assert set(ents) == {"Geneva"}


def test_upper_case_dateline_is_left_out():
    ents = _entities("GENEVA (Reuters) - Swiss Foreign Minister Anna Keller met envoys on Monday.")
    assert "GENEVA" not in ents and "Anna Keller" in ents


def test_spellings_of_one_country_are_one_place():
    ex = extract("Headline\n\nThe United States said U.S. troops would stay. America agreed.", lang="en")
    places = [e.name for e in ex.entities if e.kind == "Place"]
    assert places == ["United States"]


def test_town_that_is_a_family_name_is_the_person():
    ex = extract("Headline\n\nPresident Barack Obama spoke. Later Obama flew home.", lang="en")
    assert [e.kind for e in ex.entities] == ["Person"]


def test_lower_case_body_after_a_name():
    ents = _entities("Critics of the Obama administration met the Senate Democratic caucus.")
    assert ents["Obama administration"][0] == "Organization"
    assert ents["Senate Democratic caucus"][0] == "Organization"


def test_place_by_its_head_word():
    ents = _entities("The plane landed at Denver International Airport near Tahrir Square.")
    assert ents["Denver International Airport"][0] == "Place" and ents["Tahrir Square"][0] == "Place"


def test_named_things_are_not_people_nor_posts_bodies():
    ents = _entities(
        "Fox News Chairman and CEO Roger Ailes spoke on tonight's Kelly File and on The Sarah Jones Hour."
    )
    assert ents["Roger Ailes"][0] == "Person" and ents["Fox News"][0] == "Organization"
    assert "Kelly File" not in ents and "Sarah Jones Hour" not in ents and "Fox News Chairman" not in ents


def test_under_secretary_is_a_post_and_a_known_name_is_not_part_of_a_body():
    ex = extract(
        "Headline\n\nUS Treasury Under-Secretary Paul Novak said on Monday that Novak and State Department "
        "officials would travel to Tokyo.",
        lang="en",
    )
    names = {e.name for e in ex.entities}
    assert "Paul Novak" in names and "State Department" in names
    assert not any("and" in n.split() for n in names)


def _names(text: str) -> dict[str, str]:
    ex = extract("Headline\n\n" + text, lang="en")
    return {e.name: e.kind for e in ex.entities}


def test_also_known_as_is_the_same_person():
    names = _names(
        "Talks were held with Ahmed Qasim, also known as Abu Nidal, who leads the council. "
        "Supporters of Abu Nidal gathered outside. Mr Qasim said little."
    )
    assert [n for n, k in names.items() if k == "Person"] == ["Ahmed Qasim"]


def test_a_radio_outlet_of_a_named_broadcaster_is_the_broadcaster():
    names = _names("The BBC said the vote was close. He told BBC Radio 5 that he would stand again.")
    assert [n for n, k in names.items() if k == "Organization"] == ["BBC"]


def test_a_nationality_government_that_acts_is_a_body_but_government_troops_are_not():
    names = _names(
        "The Greek government said last month that it would drill in the area. Rebels attacked "
        "Syrian government troops near the border."
    )
    assert names.get("Greek government") == "Organization"
    assert "Syrian government" not in names


def test_a_product_after_and_is_not_a_person():
    names = _names("The firm that makes Oreos, Chips Ahoy and Zappo Crisps will cut jobs, Tom Reyes said.")
    assert "Zappo Crisps" not in names or names["Zappo Crisps"] != "Person"


def test_a_company_named_with_international_and_a_house_before_hopefuls():
    names = _names(
        "The move drew fire from White House hopefuls Ann Walker and Tom Reyes, said Lena Ortiz, "
        "a spokeswoman for the parent company, Zentra International."
    )
    assert names.get("Zentra International") == "Organization"
    assert "White House" not in names


def test_sir_and_the_given_name_is_the_knight_named_before():
    names = _names(
        "Police Commissioner Sir John Stevens said the evidence was inadmissible. Sir John said his "
        "officers would look for more."
    )
    assert [n for n, k in names.items() if k == "Person"] == ["John Stevens"]


def test_a_name_with_a_lower_case_venue_noun_is_a_place():
    ents = _entities(
        "The senator landed at the Denver airport and later spoke at the Blue Lantern nightclub."
    )
    assert ents["Denver airport"][0] == "Place"
    assert ents["Blue Lantern nightclub"][0] == "Place"
    assert "Denver" not in ents  # the town is part of the venue's name here


def test_a_tower_is_a_venue():
    ex = extract("Headline\n\nThe actress was spotted walking into Hudson Tower on Monday.", lang="en")
    (tower,) = [e for e in ex.entities if e.name == "Hudson Tower"]
    assert tower.kind == "Place" and tower.subtype == "CivicStructure"


def test_an_outlet_named_after_its_kind():
    ents = _entities(
        "Speaking to the Canadian newspaper the Ledger, the minister also gave an interview to the "
        "Japanese daily Mainichi Shimbun."
    )
    assert ents["Ledger"][0] == "Organization"
    assert ents["Mainichi Shimbun"][0] == "Organization"


def test_a_lower_case_ministry_is_a_body():
    ents = _entities("Strikers met officials at the mining ministry, a ministry spokesman said.")
    assert ents["mining ministry"][0] == "Organization"


def test_a_seat_of_power_is_a_place_where_things_happen_and_a_body_where_it_speaks():
    ents = _entities("The two men had lunch at the White House on Friday.")
    assert ents["White House"][0] == "Place"
    ents = _entities("The White House said on Friday it would veto the bill.")
    assert ents["White House"][0] == "Organization"


def test_a_party_name_before_a_lower_case_post_is_part_of_the_post():
    ents = _entities("Labour minister, Pedro Diaz, met the strikers.")
    assert "Labour" not in ents and ents["Pedro Diaz"][0] == "Person"


def test_a_gathering_is_not_a_person():
    ents = _entities("Leaders arrive for the Global Water Summit, an event first held in 2010.")
    assert "Global Water Summit" not in ents or ents["Global Water Summit"][0] != "Person"


def test_a_spanish_name_is_found_again_by_the_fathers_surname():
    ex = extract(
        "Headline\n\nUnion chief Juan Lechon Ortega met the minister. \"We will strike,\" Lechon said.",
        lang="en",
    )
    (st,) = [s for s in ex.statements if s.kind == "direct"]
    assert [e.name for e in ex.entities if e.key == st.speaker] == ["Juan Lechon Ortega"]
    assert [e.name for e in ex.entities if e.kind == "Person"] == ["Juan Lechon Ortega"]


def test_a_body_s_leadership_is_a_body():
    ents = _entities("Trump will meet members of the House Republican leadership on Thursday.")
    assert ents["House Republican leadership"][0] == "Organization"


def test_a_leadership_is_a_body_only_of_a_party_or_house():
    ents = _entities("He criticised the Middle Eastern leadership on Monday.")
    assert "Middle Eastern leadership" not in ents
    ents = _entities("Donors met the Clinton Foundation leadership in May.")
    assert "Clinton Foundation" in ents and "Clinton Foundation leadership" not in ents


def test_eu_before_a_body_is_european():
    ents = _entities(
        "EU Commission chief Ana Ruiz spoke first. Later the European Commission said the budget was fair."
    )
    assert [n for n, (k, _) in ents.items() if k == "Organization"] == ["EU Commission"]
