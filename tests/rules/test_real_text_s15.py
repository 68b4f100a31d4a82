"""Constructions found in session 15's read set of real articles (Africa, South and Southeast Asia, Latin
America), each tested with sentences invented for it: an acronym written without its last dot, a middle
initial before a particle, a portfolio list set off by a comma inside a title, the head words of a body's
title, a nuncio, initials standing for given names, meetings held one by one, a title's state left out of a
description, and verbs that are cues only with some objects ("maintained", "declared")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfacts.rules import Facts
from newsfacts.rules.coref import same_person

from .facts import meeting_parties, persons, speaker_names, statements_by_cue

Extract = Callable[..., Facts]


@pytest.mark.parametrize("us", ["U.S", "U.S.", "US"])
def test_an_acronym_without_its_last_dot_opens_a_title(extract: Extract, us: str) -> None:
    """A dot inside a word stops no title set off by a comma: "the U.S Ambassador to Ruritania, X"."""
    f = extract(
        f"Foreign Minister Tadesse Alemu held talks with the {us} Ambassador to Ruritania, Mark Ellison, today."
    )
    assert meeting_parties(f) == [{"Tadesse Alemu", "Mark Ellison"}]
    assert persons(f)["Mark Ellison"][0] == "USA"


@pytest.mark.parametrize("name", ["Maria T. de la Vega", "Jose R. del Pilar", "Ana M. Rosales"])
def test_a_middle_initial_before_a_particle(extract: Extract, name: str) -> None:
    """actor.middle_initial: the initial's period, then a surname that opens with a particle."""
    f = extract(f"Foreign Minister Kasem Srisuk met with Foreign Affairs Secretary {name} on July 18.")
    assert meeting_parties(f) == [{"Kasem Srisuk", name}]


@pytest.mark.parametrize("verb", ["proceeded to meet", "went on to meet", "then went on to hold talks with"])
def test_the_next_thing_done_is_a_meeting_held(extract: Extract, verb: str) -> None:
    """meeting.proceeded_to: "X proceeded to meet Y" tells of a meeting held, not one to come."""
    f = extract(f"Secretary Arjun Mehta {verb} Foreign Minister Lila Gurung in Kathmandu.")
    assert meeting_parties(f) == [{"Arjun Mehta", "Lila Gurung"}]
    assert f.meetings[0].status == "held"


def test_a_portfolio_list_set_off_by_a_comma_inside_a_title(extract: Extract) -> None:
    """actor.comma_portfolio: "the Minister of Foreign Affairs, Cooperation and Nationals Abroad, X": the
    portfolio list after the comma is the title's too."""
    f = extract(
        "Karimi met with the Minister of Foreign Affairs, Cooperation and Nationals Abroad, Ahmed Salem Ould Bah, "
        "to discuss trade."
    )
    assert meeting_parties(f) == [{"Karimi", "Ahmed Salem Ould Bah"}]
    assert persons(f)["Ahmed Salem Ould Bah"][1] == "Minister of Foreign Affairs, Cooperation and Nationals Abroad"


@pytest.mark.parametrize("body", ["Andean Community", "Andean Community (CAN)", "Caribbean League"])
def test_a_bodys_title_joined_to_a_subject(extract: Extract, body: str) -> None:
    """meeting.title_head_words and actor.conjoined_body: "X and Andean Community General Secretary Y met":
    the body's words open Y's title; "Andean" is no person joined to X."""
    f = extract(f"Foreign Minister Nestor Rivas and {body} General Secretary Jorge Pardo met on Friday.")
    assert meeting_parties(f) == [{"Nestor Rivas", "Jorge Pardo"}]
    assert "Andean" not in persons(f)


def test_head_words_join_only_a_title(extract: Extract) -> None:
    """A given name no table knows ("Jan") after ", and" is no title's head word: the statement of the person
    after the list keeps its speaker."""
    f = extract(
        "The minister spoke about the talks between Iran and the P5+1, and Jan Ekholm expressed pleasure over the "
        "trend of the talks."
    )
    (st,) = statements_by_cue(f, "expressed pleasure over")
    assert speaker_names(f, st) == ["Ekholm"]


def test_a_word_before_a_body_is_no_person(extract: Extract) -> None:
    """A one-word name right before a body's head word ("Andean Court of Justice Head X") names the body."""
    f = extract("Pardo met with Andean Court of Justice Head Hugo Salas.")
    assert meeting_parties(f) == [{"Pardo", "Hugo Salas"}]


def test_a_nuncio_and_a_monsignor(extract: Extract) -> None:
    """The Holy See's envoy is a role, "Monsignor" an honorific: both open a name's title."""
    f = extract("Pardo met with Hugo Salas and Apostolic Nuncio to Peru Monsignor Nicola Bertone on Monday.")
    assert meeting_parties(f) == [{"Pardo", "Hugo Salas", "Nicola Bertone"}]


@pytest.mark.parametrize(
    ("short", "full", "same"),
    [
        ("M.L. Petrov", "Mikhail Petrov", True),
        ("M. de Sarnac", "Marielle de Sarnac", True),
        ("K. Petrov", "Mikhail Petrov", False),
        ("S. Jaishankar", "Jaishankar", True),
    ],
)
def test_initials_for_given_names(short: str, full: str, same: bool) -> None:
    """coref.initials: initials standing for the given names, the first one the other name's first letter."""
    assert same_person(short, full, frozenset()) is same
    assert same_person(full, short, frozenset()) is same


def test_the_person_keeps_the_fuller_name(extract: Extract) -> None:
    """Of "Mikhail Petrov" and "M.L. Petrov" the person keeps the name with more words, whichever came first."""
    f = extract(
        "Deputy Foreign Minister M.L. Petrov met French lawmaker Claire Dumas on Thursday. Deputy Foreign "
        "Minister Mikhail Petrov said the talks were useful."
    )
    assert meeting_parties(f) == [{"Mikhail Petrov", "Claire Dumas"}]


@pytest.mark.parametrize("word", ["individually", "one by one", "separately"])
def test_meetings_held_one_by_one(extract: Extract, word: str) -> None:
    """The ambassadors of three states met "individually" are three meetings, each with its envoy."""
    f = extract(
        f"Prime Minister Sok Chan met with the new ambassadors of Chile and Peru {word} on Wednesday. Sok Chan "
        "had a meeting with Chilean Ambassador Pablo Fuentes. In the meeting with Peruvian Ambassador Rosa "
        "Quispe, Sok Chan said ties would grow."
    )
    assert {frozenset(p) for p in meeting_parties(f)} == {
        frozenset({"Sok Chan", "Pablo Fuentes"}),
        frozenset({"Sok Chan", "Rosa Quispe"}),
    }


def test_a_description_without_its_titles_state(extract: Extract) -> None:
    """coref.same_title: "The Acting Foreign Minister" is who bore "Acting Thai Foreign Minister", of two
    foreign ministers just named."""
    f = extract(
        "Acting Thai Foreign Minister Kasem Srisuk met with Foreign Affairs Secretary Ramon Cruz on July 18. The "
        "Acting Foreign Minister conveyed his appreciation for the warm hospitality."
    )
    (st,) = statements_by_cue(f, "conveyed")
    assert speaker_names(f, st) == ["Kasem Srisuk"]


def test_a_faiths_adjective_as_a_given_name(extract: Extract) -> None:
    """ "German Finance Minister Christian Lindner": between a title and a name the word is a given name."""
    f = extract("German Finance Minister Christian Albers met French Finance Minister Paul Morel on Monday.")
    assert meeting_parties(f) == [{"Christian Albers", "Paul Morel"}]


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        ("Historically, Kenya and Uganda have maintained strong and friendly relations.", []),
        ("President Ruto maintained that the border would stay open.", ["maintained"]),
        ("President Ruto had declared June 5 as a national holiday to mark the anniversary.", []),
        ("President Ruto declared a state of emergency in the north.", []),
        ("President Ruto declared that the country would never surrender.", ["declared"]),
        ("President Ruto declared his support for the plan.", ["declared"]),
    ],
)
def test_verbs_that_are_cues_only_with_some_objects(extract: Extract, sentence: str, cues: list[str]) -> None:
    """ "maintained strong and friendly relations" keeps ties, "declared June 5 as a national holiday" or "a
    state of emergency" decides: neither reports speech."""
    f = extract(sentence)
    assert [s.cue for s in f.statements] == cues


@pytest.mark.parametrize("when", ["this morning", "today", "this afternoon"])
def test_in_a_place_at_a_time_of_day_for_talks(extract: Extract, when: str) -> None:
    """meeting.in_place_for_talks: "X is in Equatorial Guinea this morning for bilateral talks with Y"."""
    f = extract(
        f"President Joseph Mbeki is in Equatorial Guinea {when} for bilateral talks with his counterpart President "
        "Teodoro Nsue."
    )
    assert meeting_parties(f) == [{"Joseph Mbeki", "Teodoro Nsue"}]


def test_a_clause_after_a_list_is_no_party(extract: Extract) -> None:
    """meeting.clause_after_list: "talks between A and B, and X expressed pleasure ...": X opens a clause."""
    f = extract(
        "President Lena Moravec spoke about the talks between Chile and Peru, and Jan Ekholm expressed pleasure "
        "over the trend of the talks."
    )
    assert all("Ekholm" not in p for p in meeting_parties(f))
    (st,) = statements_by_cue(f, "expressed pleasure over")
    assert speaker_names(f, st) == ["Ekholm"]


@pytest.mark.parametrize(
    ("states", "names"),
    [
        ("Chinese and South Korean", {"Foreign Minister of China", "Foreign Minister of South Korea"}),
        ("South Korean and Chinese", {"Foreign Minister of South Korea", "Foreign Minister of China"}),
        (
            "Japanese, South Korean and Chinese",
            {"Foreign Minister of Japan", "Foreign Minister of South Korea", "Foreign Minister of China"},
        ),
    ],
)
def test_a_list_of_demonyms_of_two_words(extract: Extract, states: str, names: set[str]) -> None:
    """actor.unnamed_demonym_list: "the Chinese and South Korean foreign ministers": one unnamed minister per
    state, a demonym of two words among them."""
    f = extract(f"The {states} foreign ministers met in Busan on Monday.")
    assert meeting_parties(f) == [names]


def test_unnamed_presidents_met_by_a_subject_of_no_known_state(extract: Extract) -> None:
    """A person of no known state who is the sentence's subject is no member of "the Somali and South Sudanese
    presidents" they met; "in two separate meetings" makes two meetings."""
    f = extract(
        "President Daniel Kamau on Wednesday held talks with the Somali and South Sudanese Presidents in two "
        "separate meetings at State House."
    )
    assert {frozenset(p) for p in meeting_parties(f)} == {
        frozenset({"Daniel Kamau", "President of Somalia"}),
        frozenset({"Daniel Kamau", "President of South Sudan"}),
    }


def test_where_it_was_said_closes_the_content(extract: Extract) -> None:
    """statement.occasion_tail: ", in his opening remarks at the meeting with Y" is no part of what was said."""
    f = extract(
        "Foreign Minister Rhys Tane noted New Zealand and Chile will not always agree, in his opening remarks at "
        "today's bilateral meeting with Ana Soto."
    )
    (st,) = statements_by_cue(f, "noted")
    assert st.content == "New Zealand and Chile will not always agree"


def test_a_people_is_no_person_met(extract: Extract) -> None:
    """A demonym's plural ("Nigerians living in Namibia") is no one's name: no meeting with it."""
    f = extract("Minister Chidi Okafor on arrival held a meeting with Nigerians living in Namibia.")
    assert f.meetings == ()


def test_a_two_word_demonym_with_no_determiner(extract: Extract) -> None:
    """actor.two_word_demonym_bare: "North Korean foreign minister begins ..." is North Korea's."""
    f = extract("North Korean foreign minister met Swedish Foreign Minister Ann Linde in Stockholm on Friday.")
    assert {a.name for a in f.actors} == {"Foreign Minister of North Korea", "Ann Linde"}


def test_talks_on_a_weekday_close_the_content(extract: Extract) -> None:
    """meeting noun after "during Wednesday's" and statement.talks_tail: the talks are a meeting, and where
    the words were said, no part of them."""
    f = extract(
        "Foreign Minister Omar Haddad emphasized the need for close cooperation to safeguard the agreement during "
        "Wednesday’s talks with his Russian counterpart, Pavel Orlov."
    )
    assert meeting_parties(f) == [{"Omar Haddad", "Pavel Orlov"}]
    (st,) = statements_by_cue(f, "emphasized the need for")
    assert st.content == "close cooperation to safeguard the agreement"


def test_talks_in_the_content_stay(extract: Extract) -> None:
    """The words "in the talks with Iran" after a cue's object are what was said."""
    f = extract("Minister Pavel Orlov stressed the importance of progress in the talks with Iran.")
    (st,) = statements_by_cue(f, "stressed the importance of")
    assert st.content == "progress in the talks with Iran"


@pytest.mark.parametrize(
    "venue", ["at the Palacio de Viana, in Madrid,", "at State House, Nairobi,", "at State House in Nairobi"]
)
def test_a_building_then_its_city_before_the_object(extract: Extract, venue: str) -> None:
    """meeting.venue_before_object: a building, then its city (set off by commas or after "in"), between
    "received" and the guest: the city is where, never whom."""
    f = extract(f"President Daniel Kamau received {venue} Somali President Hassan Omar on Monday.")
    assert meeting_parties(f) == [{"Daniel Kamau", "Hassan Omar"}]


def test_a_surname_that_is_a_title_word_told_alone(extract: Extract) -> None:
    """actor.title_surname_alone: "Julie Bishop ... Bishop says ... Minister Bishop": the surname alone is hers,
    and "she" after it too."""
    f = extract(
        "Foreign Minister Rhys Tane and his Australian counterpart Julie Bishop held talks in Auckland. Tane said "
        "the talks were fruitful. Bishop says it was an opportunity to build a strong relationship.\n\n"
        "“New Zealand is our essential partner,” she said."
    )
    by_cue = {s.cue: speaker_names(f, s) for s in f.statements}
    assert by_cue["says"] == ["Julie Bishop"]
    assert by_cue["she said"] == ["Julie Bishop"]


def test_bishop_before_a_name_is_a_title(extract: Extract) -> None:
    """A title word before a name ("Bishop Desmond Tutu") is no surname told alone."""
    f = extract(
        "Foreign Minister Julie Bishop met Archbishop Emeritus Desmond Tutu. Bishop Michael Curry said the visit "
        "was welcome."
    )
    (st,) = statements_by_cue(f, "said")
    assert speaker_names(f, st) == ["Michael Curry"]


def test_an_envoys_full_title_is_no_name(extract: Extract) -> None:
    """ "Ambassador Extraordinary and Plenipotentiary of X": no word of the title is a person."""
    f = extract(
        "Prime Minister of Georgia held a farewell meeting with H.E. Petr Novak, Ambassador Extraordinary and "
        "Plenipotentiary of the Czech Republic, today."
    )
    assert meeting_parties(f) == [{"Prime Minister of Georgia", "Petr Novak"}]


def test_a_relative_clause_with_a_city_and_its_country(extract: Extract) -> None:
    """meeting.who_clause_gap and meeting.city_country: "X, who is leading the delegation to the meeting in
    Kampala, Uganda, received a call from Y": X is the subject, not the city's country."""
    f = extract(
        "Foreign Minister, Tariq Aziz Khan, who is currently leading the delegation to the Ministerial Meeting "
        "in Kampala, Uganda, received a telephone call from the Foreign Minister of Iran, Reza Karimi, today."
    )
    assert meeting_parties(f) == [{"Tariq Aziz Khan", "Reza Karimi"}]
    assert f.meetings[0].modality == "phone"


def test_a_city_before_the_subject_is_no_apposition(extract: Extract) -> None:
    """ "Since the first edition in Athens, Peru has expressed ...": Peru is the subject (no comma after it)."""
    f = extract("Since the forum's first edition in Athens, Peru has expressed its intention to host the event.")
    (st,) = statements_by_cue(f, "expressed")
    assert speaker_names(f, st) == ["Peru"]


def test_a_portfolio_word_ends_a_title(extract: Extract) -> None:
    """ "Director of the Office of Foreign Assistance Peter Marocco": "Assistance" is the portfolio's."""
    f = extract("Rhys Tane met with Director of the Office of Foreign Assistance Peter Marocco last week.")
    assert meeting_parties(f) == [{"Rhys Tane", "Peter Marocco"}]


def test_capitalised_envoys_of_states_with_no_determiner(extract: Extract) -> None:
    """ "a closed-door meeting with Ambassadors of Russia and Ukraine": one unnamed envoy per state."""
    f = extract("Minister Chidi Okafor held a closed-door meeting with Ambassadors of Russia and Ukraine on Monday.")
    assert meeting_parties(f) == [{"Chidi Okafor", "Ambassador of Russia", "Ambassador of Ukraine"}]


def test_credentials_submitted_by_several_envoys(extract: Extract) -> None:
    """meeting.credence_from: "received letters of credentials submitted by the new Ambassadors of A, B and C":
    one ceremony with them all."""
    f = extract(
        "President Tran Van Minh received letters of credentials submitted by the new Ambassadors of Panama, "
        "Singapore and Indonesia at a ceremony in Hanoi on March 17."
    )
    assert meeting_parties(f) == [
        {"Tran Van Minh", "Ambassador of Panama", "Ambassador of Singapore", "Ambassador of Indonesia"}
    ]


def test_the_person_told_before_a_clause_with_no_that(extract: Extract) -> None:
    """statement.told_person: "has told her Chinese counterpart Australia expects ...": the person told is no
    part of what was said."""
    f = extract(
        "Foreign Minister Penny Marsh has told her Chinese counterpart Australia expects more movement on trade."
    )
    (st,) = statements_by_cue(f, "told")
    assert st.content == "Australia expects more movement on trade"


def test_a_fronted_report_said_ahead_of_the_talks(extract: Extract) -> None:
    """A report "..., the Russian Foreign Ministry said ahead of the talks.": what was said is before the cue."""
    f = extract(
        "The two top diplomats will discuss key issues of the bilateral agenda, the Russian Foreign Ministry said "
        "ahead of the talks."
    )
    (st,) = statements_by_cue(f, "the russian foreign ministry said")
    assert st.content == "The two top diplomats will discuss key issues of the bilateral agenda"


def test_a_telephonic_conversation_and_an_earlier_visit(extract: Extract) -> None:
    """A "telephonic conversation with Y on Saturday" is a phone call; "Last month, X had met Y in Riyadh"
    another talk (meeting.another_time), even with no date to resolve "Saturday" against."""
    f = extract(
        "Foreign Minister Tariq Aziz Khan had a telephonic conversation with his Saudi counterpart Faisal bin "
        "Salman on Saturday.\n\nLast month, Khan had met with Faisal bin Salman in Riyadh.",
        published=None,
    )
    assert sorted((m.modality, m.location.name if m.location else None) for m in f.meetings) == [
        ("in_person", "Riyadh"),
        ("phone", None),
    ]


def test_eam_is_a_title(extract: Extract) -> None:
    """India's "EAM" (External Affairs Minister) before a surname is a title, no name word."""
    f = extract("“We had a productive exchange of views,” EAM Jaishankar tweeted after meeting Senator Ron Hale.")
    assert {s.cue: speaker_names(f, s) for s in f.statements}["EAM Jaishankar tweeted"] == ["Jaishankar"]
