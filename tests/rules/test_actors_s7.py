"""Session 7: name forms, titles, lists and countries that unseen outlets write.

* a title word that is also a given name after an honorific ("Foreign Minister Prince Sultan bin X");
* actor.glued_initial: a father's initial glued to the name ("Minister of Foreign Affairs Ts.Bold");
* "Ma." before a Filipino given name, "Rt Hon." before a Commonwealth minister's name: the title still
  reaches the name;
* a title with "at the Ministry ..." in it ("Minister of State at the Ministry of Foreign Affairs X");
* party and opposition titles ("co-leader", "critic") take the home country;
* actor.apposition_clause / actor.apposition_list: after "A, " a role with its own verb ("a presidential
  aide told ...") or its own name ("India's Foreign Minister B and ...") is no apposition of A's;
* actor.no_apposition_after_place: "Speaking in Jaffna, the minister said": the place is no person;
* heads of a place's or an event's name ("River", "War", "Triangle") end no person's name;
* coreference: a counterpart is not the person it is told beside, "the head of government" is the premier
  named before, a description before two names is the one bearing its title, "the US official" is not a
  home minister;
* the home country for an unnamed spokesperson of a body of two words ("a Foreign Office spokesperson"),
  and for the outlets of the ``outlet_home`` table's new rows.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest
from tests.rules.facts import persons

from newsfacts.lexicon import load_lexicon
from newsfacts.rules import Facts, extract_facts
from newsfacts.rules.home import Home, find_home

LX = load_lexicon()


def run(text: str, home: str | None = None) -> Facts:
    return extract_facts(text, home=Home(home, "outlet", "test") if home else None)


# -- name forms ---------------------------------------------------------------------------------


def test_a_title_word_that_is_a_given_name_after_an_honorific_opens_the_name() -> None:
    f = run(
        "Trade Minister Anna Holt held a phone call with Jordanian Foreign Minister Prince Sultan bin Khalid "
        "Al Hashem on Tuesday."
    )
    got = persons(f)
    assert "Sultan bin Khalid Al Hashem" in got
    assert got["Sultan bin Khalid Al Hashem"][0] == "JOR"
    assert not any(a.unnamed for a in f.actors)


def test_a_glued_initial_keeps_the_title_before_it() -> None:
    f = run(
        "Minister of Foreign Affairs of Mongolia Ts.Bolormaa received the Ambassador of Japan, Kenji Sato, on Monday."
    )
    country, role = persons(f)["Ts.Bolormaa"]  # the glued initial is written with the name (actor.glued_initial)
    assert country == "MNG"
    assert role == "Minister of Foreign Affairs of Mongolia"


@pytest.mark.parametrize(
    ("text", "name", "home"),
    [
        (
            "DFA spokesperson Ma. Teresa Santos-Reyes said the two ministers would meet in Manila.",
            "Teresa Santos-Reyes",
            "PHL",
        ),
        (
            "Minister of State at the Ministry of Foreign Affairs Dr. Hamad bin Ali Al Kuwari met the envoy of "
            "Sudan in Doha on Tuesday.",
            "Hamad bin Ali Al Kuwari",
            "QAT",
        ),
    ],
)
def test_the_title_reaches_the_name_over_an_abbreviation_or_a_ministry(text: str, name: str, home: str) -> None:
    country, role = persons(run(text, home))[name]
    assert country == home
    assert role is not None and role.startswith(("DFA", "Minister of State at the Ministry"))


def test_rt_hon_neither_ends_the_sentence_nor_hides_the_title() -> None:
    f = run(
        "Siaosi Vea returned to Apia after talks in Wellington with New Zealand's Minister of Foreign Affairs, "
        "Rt Hon. Helen Marsh, and Trade Minister Tama Rua. Marsh said the talks were good.",
        "WSM",
    )
    assert persons(f)["Helen Marsh"][0] == "NZL"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Green Party co-leader Mere Tane criticised the package as too small.", "Mere Tane"),
        ("Conservative trade critic Jason Peller accused the government of wasting time.", "Jason Peller"),
    ],
)
def test_party_and_opposition_titles_take_the_home_country(text: str, name: str) -> None:
    assert persons(run(text, "NZL"))[name][0] == "NZL"


# -- appositions that are none ------------------------------------------------------------------


def test_a_role_with_its_own_verb_after_a_list_of_names_is_the_next_clause() -> None:
    f = run(
        "President Anna Holt held a video call on Monday with the prime ministers of Estonia and Latvia, "
        "Kalev Saar and Ilze Berzina, a government spokesman told reporters on Tuesday."
    )
    got = persons(f)
    assert got["Ilze Berzina"][1] is None or "spokesman" not in (got["Ilze Berzina"][1] or "")


def test_a_title_with_its_own_name_after_a_comma_is_the_next_of_a_list() -> None:
    f = run(
        "Holt, India's External Affairs Minister Raj Kumar and Japan's Foreign Minister Ken Ota agreed to fund "
        "a study, according to a readout.",
        "AUS",
    )
    got = persons(f)
    assert got["Raj Kumar"][0] == "IND"
    assert got.get("Holt", (None, None))[0] != "IND"


def test_a_place_after_in_before_a_description_is_no_person() -> None:
    f = run(
        "Fisheries Minister Ravi Perera warned on Thursday of tougher action. Speaking to reporters in Jaffna, "
        "the minister said fishermen had lost nets.",
        "LKA",
    )
    assert set(persons(f)) == {"Ravi Perera"}


@pytest.mark.parametrize("head", ["River", "War", "Triangle", "Lake", "Corridor"])
def test_heads_of_places_and_events_are_no_name_words(head: str) -> None:
    assert head in LX.nonname


def test_an_event_ending_in_war_is_no_speaker() -> None:
    f = run(
        "Foreign Minister Anna Holt met her counterpart on Monday. The question of damages from the Second "
        "World War was raised again, she said."
    )
    assert "War" not in persons(f)


# -- coreference ---------------------------------------------------------------------------------


def test_a_counterpart_is_not_the_person_told_beside_it() -> None:
    f = run(
        "The Foreign Secretary has spoken to her Jordanian counterpart about the case. Emma Wells held a phone "
        "call with Jordanian Foreign Minister Omar Haddad on Tuesday night.",
        "GBR",
    )
    assert persons(f)["Emma Wells"][0] in (None, "GBR")


def test_the_head_of_government_is_the_premier_named_before() -> None:
    f = run(
        "The Prime Minister, Amadou Fall, on Tuesday received the Gambian Foreign Minister, Isatou Jobe. Later, "
        "the head of government held talks with an envoy of the President of Mali, Oumar Traore.",
        "SEN",
    )
    assert not any(a.unnamed for a in f.actors if a.kind == "person")
    assert len(f.meetings) == 2


def test_a_description_before_two_names_is_the_one_bearing_its_title() -> None:
    f = run(
        "Talks on energy were held with Norway's ambassador on Thursday. Morag Lindsay received Ambassador "
        "Sigrid Haugland at the ministry. Lindsay said both countries faced the same question.",
        "GBR",
    )
    got = persons(f)
    assert got["Morag Lindsay"][0] != "NOR"
    assert got["Sigrid Haugland"][0] == "NOR"


def test_a_generic_description_of_another_state_is_not_a_home_minister() -> None:
    f = run(
        "Foreign Minister Hector Rodas held a phone call on Tuesday with a deputy secretary of state. Rodas "
        "asked that deportees be treated with dignity. The US official thanked Guatemala for its cooperation.",
        "GTM",
    )
    assert persons(f)["Hector Rodas"][0] == "GTM"


# -- the home country --------------------------------------------------------------------------------


def test_a_spokesperson_of_a_body_of_two_words_takes_the_home() -> None:
    f = run(
        "Emma Wells held a phone call with Jordanian Foreign Minister Omar Haddad on Tuesday night, a Foreign "
        "Office spokesperson confirmed.",
        "GBR",
    )
    (spokes,) = [a for a in f.actors if a.kind == "person" and a.unnamed]
    assert spokes.country == "GBR"


@pytest.mark.parametrize(
    ("url", "country"),
    [
        ("https://news.sky.com/story/x", "GBR"),
        ("https://www.madamasr.com/en/2026/01/01/news/x", "EGY"),
        ("https://bdnews24.com/world/x", "BGD"),
        ("https://www.tsa-algerie.com/en/x", "DZA"),
    ],
)
def test_national_outlets_on_generic_domains_have_a_home(url: str, country: str) -> None:
    home = find_home(LX, url=url)
    assert home is not None and home.country == country


def test_a_regional_outlet_has_no_home() -> None:
    assert find_home(LX, url="https://www.baltictimes.com/x") is None
