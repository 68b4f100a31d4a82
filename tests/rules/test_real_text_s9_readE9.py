"""Session 9, round 2, meetings and actors: name forms, coreference and meeting constructions of real news pages
(read on real-text gold sets of outlets never seen before) where who met whom was lost or wrong.

Every sentence here is invented.
"""

from __future__ import annotations

from collections.abc import Callable

from newsfacts.rules import Facts

from .facts import names_of, persons

Extract = Callable[..., Facts]


def _meetings(f: Facts) -> list[set[str]]:
    return sorted((names_of(f, m.participants) for m in f.meetings), key=lambda s: sorted(s))


# a cue word inside a country's name ("the United States") is no verb in a title set off by commas


def test_a_title_of_the_united_states_set_off_by_commas_names_the_person(extract: Extract) -> None:
    f = extract("The Secretary of Commerce of the United States, Paul Hendry, met Rosa Ibarra on Monday in Lima.")
    assert "Paul Hendry" in persons(f)
    assert _meetings(f) == [{"Paul Hendry", "Rosa Ibarra"}]


# a capitalised role no description is headed by ("Chair") opens a title set off by commas


def test_a_list_of_titles_each_set_off_by_commas_ends_with_a_chair_of_a_committee(extract: Extract) -> None:
    f = extract(
        "Nora Lind met the President of Norway, Ola Berg, the Minister of Defence, Kari Dahl, and the Chair of the "
        "Defence Committee of the Storting, Per Moen."
    )
    assert persons(f)["Per Moen"][1] == "Chair of the Defence Committee of the Storting"
    assert _meetings(f) == [{"Nora Lind", "Ola Berg", "Kari Dahl", "Per Moen"}]


# meeting.separate_meetings_with


def test_separate_meetings_after_a_visit_in_the_same_sentence_are_one_meeting_each(extract: Extract) -> None:
    f = extract(
        "Lena Brandt visited Belgrade where she had separate meetings with President Goran Ilic, Foreign Minister "
        "Milan Pavic and Defence Minister Jovan Kostic."
    )
    assert _meetings(f) == [
        {"Lena Brandt", "Goran Ilic"},
        {"Lena Brandt", "Jovan Kostic"},
        {"Lena Brandt", "Milan Pavic"},
    ]


# actor.told_surname_split


def test_a_told_surname_then_another_full_name_with_no_comma_are_two_persons(extract: Extract) -> None:
    f = extract(
        "Envoy Lena Brandt met Foreign Minister Milan Pavic in Belgrade on Monday. The ministry said that in the "
        "meeting with Brandt Milan Pavic stressed the need for calm."
    )
    assert "Brandt Milan Pavic" not in persons(f)
    assert _meetings(f) == [{"Lena Brandt", "Milan Pavic"}]


# actor.initial_a, actor.he_no_period, actor.glued_initials, actor.retired_rank


def test_the_middle_initial_a_belongs_to_the_name(extract: Extract) -> None:
    f = extract("Sheikh Hamad has received Colonel Daniel A. Moreno, Director for Gulf Affairs, in Doha.")
    assert "Daniel A. Moreno" in persons(f)


def test_he_without_its_last_period_is_no_part_of_the_name(extract: Extract) -> None:
    f = extract("President H.E Kwame Mensah held talks with H.E Ama Owusu in Accra on Monday.")
    assert _meetings(f) == [{"Kwame Mensah", "Ama Owusu"}]


def test_initials_glued_with_periods_belong_to_the_name_not_the_title(extract: Extract) -> None:
    f = extract("Envoy Tom Berg called on Foreign Minister K.R. Perera in Colombo on Monday.")
    assert persons(f)["K.R. Perera"][1] == "Foreign Minister"
    assert _meetings(f) == [{"Tom Berg", "K.R. Perera"}]


def test_a_retired_rank_in_brackets_stays_inside_the_title(extract: Extract) -> None:
    f = extract(
        "Tom Berg arrived in Colombo on Monday. He held talks with his Lankan counterpart Admiral (Retd.) Dr. Nimal "
        "Fernando on Tuesday."
    )
    assert _meetings(f) == [{"Tom Berg", "Nimal Fernando"}]


# coref.other_given_name


def test_two_full_names_with_one_surname_are_two_persons(extract: Extract) -> None:
    f = extract("Envoy Tom Berg called on President Ranil Perera in Colombo. He later met Prime Minister Sunil Perera.")
    assert {"Ranil Perera", "Sunil Perera"} <= set(persons(f))
    assert _meetings(f) == [{"Tom Berg", "Ranil Perera"}, {"Tom Berg", "Sunil Perera"}]


def test_an_abbreviated_title_before_a_surname_is_no_other_given_name(extract: Extract) -> None:
    f = extract("Ambassador Hugh Norton met Ana Ruiz in Lima. Amb Norton said the talks went well.")
    assert "Amb Norton" not in persons(f)


# coref.pronoun_chain


def test_a_pronoun_opening_two_sentences_in_a_row_is_one_person(extract: Extract) -> None:
    f = extract(
        "Envoy Tom Berg arrived in Colombo on Monday. He also held talks with his Lankan counterpart Nimal Fernando "
        "during which they reviewed cooperation. He also called on Foreign Minister Ravi Silva."
    )
    assert {"Tom Berg", "Ravi Silva"} in _meetings(f)
    assert {"Nimal Fernando", "Ravi Silva"} not in _meetings(f)


# coref.org_chief_holder


def test_the_chief_of_an_organization_told_by_its_initials_is_its_named_head(extract: Extract) -> None:
    f = extract(
        "President Kwame Mensah met with the Secretary General of the United Nations (UN), Hans Berger, in Accra. "
        "The president later received the UN chief and his team at the palace."
    )
    assert "UN chief" not in persons(f)
    assert _meetings(f) == [{"Kwame Mensah", "Hans Berger"}]


# meeting.weekday_date_gap, meeting.bare_weekday_gap


def test_a_weekday_and_its_date_between_the_subject_and_the_verb(extract: Extract) -> None:
    f = extract("President Kwame Mensah on Thursday, September 23, 2021, held talks with Vice President Lisa Grant.")
    assert _meetings(f) == [{"Kwame Mensah", "Lisa Grant"}]


def test_a_bare_weekday_between_a_person_and_the_verb(extract: Extract) -> None:
    f = extract("President Kwame Mensah Wednesday met with Foreign Minister Lisa Grant at the State House.")
    assert _meetings(f) == [{"Kwame Mensah", "Lisa Grant"}]


def test_a_bare_weekday_after_two_states_makes_no_meeting_of_the_states(extract: Extract) -> None:
    f = extract("Norway and Chile Thursday held their annual security dialogue in Oslo.")
    assert _meetings(f) == []


# meeting.call_on_and_verb


def test_called_on_then_a_second_verb_before_to_is_a_courtesy_call(extract: Extract) -> None:
    f = extract(
        "Envoy Tom Berg called on President Ranil Perera and discussed ways to advance the partnership in Colombo."
    )
    assert _meetings(f) == [{"Tom Berg", "Ranil Perera"}]


def test_called_on_a_state_to_act_stays_an_appeal(extract: Extract) -> None:
    f = extract("President Ranil Perera called on Norway and Chile to end the dispute.")
    assert _meetings(f) == []


# coref.committee_not_minister


def test_a_chair_of_a_foreign_affairs_committee_is_no_foreign_minister(extract: Extract) -> None:
    f = extract(
        "On Monday the Minister of Foreign Affairs, Nora Lind, was in Oslo on a working visit. While in Oslo, the "
        "minister met the Chair of the Foreign Affairs Committee of the Storting, Per Moen. In her meetings, the "
        "Swedish Foreign Minister said the visit was useful."
    )
    said = [s for s in f.statements if s.cue.lower().endswith("said")]
    assert said and names_of(f, said[0].speakers) == {"Nora Lind"}


# meeting.spouse_left_out


def test_the_spouse_travelling_along_is_no_party_of_the_welcome(extract: Extract) -> None:
    f = extract(
        "Ola Berg landed in Riga on Tuesday. The Norwegian president and his wife Kari Berg were welcomed at Riga "
        "International Airport by Latvian Deputy Prime Minister Janis Ozols."
    )
    assert _meetings(f) == [{"Ola Berg", "Janis Ozols"}]


def test_a_named_spouse_in_the_subject_is_left_out(extract: Extract) -> None:
    f = extract("President Ola Berg and his wife Kari Berg were welcomed at Skaugum Palace by King Harald Lund.")
    assert _meetings(f) == [{"Ola Berg", "Harald Lund"}]


# meeting.counterpart_met_after


def test_an_unnamed_counterpart_is_the_one_of_that_state_met_later(extract: Extract) -> None:
    f = extract(
        "President Jorge Ruiz has finally spoken to his Chilean counterpart.\n\n"
        "Ruiz spoke to Chile leader Ana Vidal on Monday, the ministry said."
    )
    assert _meetings(f) == [{"Jorge Ruiz", "Ana Vidal"}]
    assert "President of Chile" not in persons(f)


# meeting.hoped_for


def test_a_visit_hoped_for_is_no_planned_meeting(extract: Extract) -> None:
    f = extract("“We hope Prime Minister Tom English will make his first formal visit to Norway soon,” Ola Berg said.")
    assert _meetings(f) == []


def test_a_visit_announced_stays_planned(extract: Extract) -> None:
    f = extract("Prime Minister Tom English will make his first formal visit to Norway next week, Ola Berg said.")
    assert _meetings(f) == [{"Tom English", "Norway"}]
