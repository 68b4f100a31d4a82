"""Session 9 (readM9): meeting constructions that real pages of outlets never seen before hold and the
rules missed: calls with a list of leaders "including" each, a talk that "took place between" two, a
host "is hosting" a guest, a day before the object, a guest greeted at the airport, a speaker "said
receiving" a guest, several envoys presenting credentials, a day set off before "with", the issues
"discussed by" two, a joint press conference with a guest, a visitor "as guest of" a host, a phone
call and a visit of the same two, and "the two leaders last spoke on ...".

Every sentence here is invented.
"""

from __future__ import annotations

from collections.abc import Callable

from newsfacts.rules import Facts

from .facts import names_of

Extract = Callable[..., Facts]


def _meetings(f: Facts) -> list[set[str]]:
    return [names_of(f, m.participants) for m in f.meetings]


def _rules(f: Facts) -> set[str]:
    return {r for m in f.meetings for r in m.rules}


def test_calls_with_leaders_including_named_ones_are_one_call_each(extract: Extract) -> None:
    f = extract(
        "President Omar Haddad held a series of phone calls with world leaders, including King Faisal II of "
        "Jordan, President Karim Nasser of Egypt and Prime Minister Lena Holt of Canada."
    )
    assert sorted(map(sorted, _meetings(f))) == [
        ["Faisal II", "Omar Haddad"],
        ["Karim Nasser", "Omar Haddad"],
        ["Lena Holt", "Omar Haddad"],
    ]
    assert "meeting.with_including" in _rules(f)
    assert {m.modality for m in f.meetings} == {"phone"}


def test_a_named_object_of_a_state_does_not_end_the_list(extract: Extract) -> None:
    f = extract(
        "President Omar Haddad held phone calls with King Faisal II of Jordan and President Karim Nasser of Egypt."
    )
    assert sorted(map(sorted, _meetings(f))) == [["Faisal II", "Omar Haddad"], ["Karim Nasser", "Omar Haddad"]]


def test_a_call_that_took_place_between_two_is_their_call(extract: Extract) -> None:
    f = extract(
        "On March 3, a telephone conversation took place between the President of the Republic of Chile "
        "Daniel Rojas and the President of the Republic of Peru Ana Quispe."
    )
    assert _meetings(f) == [{"Daniel Rojas", "Ana Quispe"}]
    assert f.meetings[0].modality == "phone"
    assert "meeting.held_between" in _rules(f)
    g = extract("A meeting was held between President Daniel Rojas and President Ana Quispe in Lima.")
    assert _meetings(g) == [{"Daniel Rojas", "Ana Quispe"}]


def test_a_host_who_is_hosting_a_guest_meets_them(extract: Extract) -> None:
    f = extract("President Tomas Berg is on Tuesday hosting Chilean President Daniel Rojas at the palace in Oslo.")
    assert _meetings(f) == [{"Tomas Berg", "Daniel Rojas"}]
    assert "meeting.is_hosting" in _rules(f)
    # a place, or an event, hosted is no guest
    assert not extract("Norway is hosting the summit of the Arctic states.").meetings
    assert not extract("The hotel is hosting President Daniel Rojas.").meetings


def test_a_weekday_with_no_on_may_stand_before_the_object(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Laila Mansour received Sunday a phone call from her Turkish counterpart Emre Kaya "
        "as they discussed the crisis."
    )
    assert _meetings(f) == [{"Laila Mansour", "Emre Kaya"}]
    assert f.meetings[0].modality == "phone"


def test_a_guest_greeted_at_the_airport_by_a_host_met_them(extract: Extract) -> None:
    f = extract(
        "President Tomas Berg was solemnly greeted at Lima International Airport by the Prime Minister of "
        "Peru Luis Mendoza and other officials."
    )
    assert _meetings(f) == [{"Tomas Berg", "Luis Mendoza"}]
    assert "meeting.welcomed_venue" in _rules(f)


def test_a_host_welcomed_at_a_venue_the_guest(extract: Extract) -> None:
    f = extract(
        "Prime Minister Karim Nasser welcomed on Thursday at the Grand Palace the Dutch Ambassador to Egypt "
        "Pieter de Vries with talks on trade."
    )
    assert _meetings(f) == [{"Karim Nasser", "Pieter de Vries"}]
    assert not extract("Prime Minister Karim Nasser welcomed at the Grand Palace the decision of the court.").meetings


def test_a_speaker_who_said_receiving_a_guest_met_them(extract: Extract) -> None:
    f = extract(
        "Relations between Chile and Peru are at their best, President Daniel Rojas said receiving Foreign "
        "Minister Ana Quispe, the agency reports."
    )
    assert _meetings(f) == [{"Daniel Rojas", "Ana Quispe"}]
    assert "meeting.said_receiving" in _rules(f)
    assert not extract("President Daniel Rojas said receiving aid from abroad was no shame.").meetings


def test_several_envoys_presenting_credentials_are_one_meeting_each(extract: Extract) -> None:
    f = extract(
        "The Ambassador of Chile Marta Solis, the Ambassador of Peru Jorge Salas and the Ambassador of Ghana "
        "Kofi Mensah presented the letters of credence to President Aigerim Nurlanova."
    )
    assert sorted(map(sorted, _meetings(f))) == [
        ["Aigerim Nurlanova", "Jorge Salas"],
        ["Aigerim Nurlanova", "Kofi Mensah"],
        ["Aigerim Nurlanova", "Marta Solis"],
    ]
    assert "meeting.credentials_given" in _rules(f)


def test_an_envoy_handing_in_the_letter_of_credence_meets_the_head_of_state(extract: Extract) -> None:
    f = extract(
        "Ambassador Marta Solis impressed the hosts when handing in the letter of credence to President "
        "Aigerim Nurlanova on May 4."
    )
    assert _meetings(f) == [{"Marta Solis", "Aigerim Nurlanova"}]


def test_held_discussion_in_the_singular_is_a_meeting(extract: Extract) -> None:
    f = extract("Prime Minister Lena Holt held discussion with President Karim Nasser of Egypt.")
    assert _meetings(f) == [{"Lena Holt", "Karim Nasser"}]
    # "had a discussion with" the own premier before leaving is no talk between states
    assert not extract("Foreign Minister Ravi Menon said he had a discussion with Prime Minister Anil Rao.").meetings


def test_a_day_and_place_set_off_before_with_and_said_that_his_talks(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Laila Mansour said that her talks, Monday in Tunis, with Under Secretary of State "
        "Mark Ellison, were useful."
    )
    assert _meetings(f) == [{"Laila Mansour", "Mark Ellison"}]
    g = extract("Foreign Minister Laila Mansour said that her talks with Secretary Mark Ellison were useful.")
    assert _meetings(g) == [{"Laila Mansour", "Mark Ellison"}]


def test_a_possessive_impending_meeting_is_planned(extract: Extract) -> None:
    f = extract("They discussed President Daniel Rojas's impending meeting with President Ana Quispe.")
    assert _meetings(f) == [{"Daniel Rojas", "Ana Quispe"}]
    assert f.meetings[0].status == "planned"


def test_the_issues_discussed_by_two_leaders_is_their_talk(extract: Extract) -> None:
    f = extract(
        "During the call, the ministers followed up on the issues discussed by Chilean President Daniel Rojas "
        "and Peruvian President Ana Quispe on Friday."
    )
    assert {"Daniel Rojas", "Ana Quispe"} in _meetings(f)
    assert "meeting.issues_discussed_by" in _rules(f)


def test_a_joint_press_conference_with_a_guest_is_a_meeting(extract: Extract) -> None:
    f = extract(
        "In a joint press conference with his Peruvian counterpart Ana Quispe in Santiago, Foreign Minister "
        "Daniel Rojas said the talks were good."
    )
    assert _meetings(f) == [{"Daniel Rojas", "Ana Quispe"}]


def test_a_joint_press_conference_of_some_parties_of_a_meeting_is_that_meeting(extract: Extract) -> None:
    f = extract(
        "Secretary Mark Ellison held a trilateral meeting with Foreign Minister Ana Quispe and Foreign Minister "
        "Kenji Sato in Lima on Tuesday.\n\n"
        '"We stand together," Ellison told reporters at a joint news conference with Quispe.'
    )
    assert _meetings(f) == [{"Mark Ellison", "Ana Quispe", "Kenji Sato"}]


def test_a_visitor_who_arrived_as_guest_of_a_host_met_them(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Kenji Sato arrived in Lima yesterday as guest of Foreign Minister Ana Quispe for a "
        "two-day visit."
    )
    assert _meetings(f) == [{"Kenji Sato", "Ana Quispe"}]
    assert "meeting.guest_of" in _rules(f)


def test_a_phone_call_and_a_visit_of_the_same_two_are_two_meetings(extract: Extract) -> None:
    f = extract(
        "President Daniel Rojas and President Ana Quispe reviewed ties during a phone call on Friday.\n\n"
        "Earlier this month, President Daniel Rojas paid a visit to Peru at the invitation of President Ana Quispe."
    )
    assert sorted(m.modality for m in f.meetings) == ["in_person", "phone"]
    assert all(names_of(f, m.participants) == {"Daniel Rojas", "Ana Quispe"} for m in f.meetings)


def test_the_two_leaders_last_spoke_on_another_day(extract: Extract) -> None:
    f = extract(
        "President Daniel Rojas held a phone conversation with President Ana Quispe on Tuesday.\n\n"
        "Prior to this, the two leaders last spoke on 11 September 2022.",
        published="2025-07-01",
    )
    dates = sorted((m.date.value if m.date else None) or "" for m in f.meetings)
    assert dates == ["2022-09-11", "2025-07-01"]


def test_a_visit_to_a_capital_stays_when_the_talk_with_its_minister_was_held_elsewhere(extract: Extract) -> None:
    f = extract(
        "Chilean Foreign Minister Daniel Rojas held talks with his Peruvian counterpart, Ana Quispe, in Lima "
        "on Saturday.\n\n"
        "It comes two months after the Peruvian Foreign Minister made her first official visit to Chile.",
        published="2025-03-08",
    )
    assert {"Daniel Rojas", "Ana Quispe"} in _meetings(f)
    assert {"Ana Quispe", "Chile"} in _meetings(f)
    assert "meeting.visit_elsewhere" in _rules(f)


def test_a_visit_is_no_meeting_with_the_state_when_its_host_is_named_there(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Ana Quispe paid a visit to Chile on Monday.\n\n"
        "In Santiago she held talks with Chilean Foreign Minister Daniel Rojas."
    )
    assert _meetings(f) == [{"Ana Quispe", "Daniel Rojas"}]


def test_a_tour_that_took_a_leader_to_several_states_is_a_visit_to_each(extract: Extract) -> None:
    f = extract(
        "Prime Minister Lena Holt stopped over in Oslo on the last leg of her tour that took her to Japan last week "
        "and to Chile and Peru earlier this week."
    )
    assert sorted(map(sorted, _meetings(f))) == [["Chile", "Lena Holt"], ["Japan", "Lena Holt"], ["Lena Holt", "Peru"]]
    assert "meeting.tour" in _rules(f)
    # a tour of states where the article names whom she met: that meeting, not one with the state
    g = extract(
        "Foreign Minister Lena Holt was on a tour of three states – Japan, Chile and Peru – to discuss trade.\n\n"
        "In Tokyo, Holt met with her Japanese counterpart Kenji Sato on Monday."
    )
    assert sorted(map(sorted, _meetings(g))) == [
        ["Chile", "Lena Holt"],
        ["Kenji Sato", "Lena Holt"],
        ["Lena Holt", "Peru"],
    ]
    assert not extract("The band began a tour of Japan and Korea.").meetings


def test_a_title_set_off_by_a_comma_in_a_joint_subject(extract: Extract) -> None:
    f = extract("Premier Omar Haddad and Chilean President, Daniel Rojas have exchanged views on the trade deal.")
    assert _meetings(f) == [{"Omar Haddad", "Daniel Rojas"}]


def test_the_next_meeting_of_the_day_was_with_a_named_leader(extract: Extract) -> None:
    f = extract(
        "President Ricardo Lopes held talks with President Ana Quispe in Lima on Tuesday.\n\n"
        "The first bilateral meeting of the day, after his speech at the plenary, was with the Prime Minister of "
        "Barbados, Mia Thorne.\n\n"
        "Another bilateral meeting of the day took place with the President of the European Council, Karl Weber."
    )
    assert sorted(map(sorted, _meetings(f))) == [
        ["Ana Quispe", "Ricardo Lopes"],
        ["Karl Weber", "Ricardo Lopes"],
        ["Mia Thorne", "Ricardo Lopes"],
    ]
    assert "meeting.meeting_was_with" in _rules(f)


def test_the_two_heads_of_state_met_on_another_day(extract: Extract) -> None:
    f = extract(
        "President Ricardo Lopes held talks with President Ana Quispe on December 10 in Lima.\n\n"
        "The visit came after the two heads of state recently met on December 1 in Dubai.",
        published="2023-12-11",
    )
    assert sorted((m.date.value if m.date else "") or "" for m in f.meetings) == ["2023-12-01", "2023-12-10"]


def test_talks_between_a_state_and_an_unread_side_are_no_meeting(extract: Extract) -> None:
    f = extract(
        "Spokesman Karim Nasser said the pressure grew whenever a breakthrough was near in the Geneva talks between "
        "Tehran and world powers."
    )
    assert not f.meetings
    g = extract(
        "Spokesman Karim Nasser stressed that the focus of the current negotiations between Chile and Peru is trade."
    )
    assert not g.meetings


def test_a_speech_to_a_bodys_employees_is_no_meeting(extract: Extract) -> None:
    f = extract("Secretary of State Mark Ellison speaks to State Department employees upon arrival in Washington.")
    assert not f.meetings


def test_the_meeting_with_a_named_person_names_the_unnamed_party(extract: Extract) -> None:
    f = extract(
        # (a trade minister: "Chile's foreign minister" is a "Foreign Secretary" named later by coreference itself,
        # coref.chief_diplomat)
        "Secretary Mark Ellison met with Chile's trade minister on Wednesday.\n\n"
        "The meeting with Trade Secretary Ana Rojas in Washington came one week after Ellison took office."
    )
    assert _meetings(f) == [{"Mark Ellison", "Ana Rojas"}]
    assert "meeting.meeting_with_named" in _rules(f)


def test_after_the_meeting_they_were_joined_by_a_third_is_a_meeting_of_the_three(extract: Extract) -> None:
    f = extract(
        "Secretary Mark Ellison met with Foreign Minister Ana Rojas on Friday and discussed security.\n\n"
        "After the 20-minute meeting, they were joined by Canada's Foreign Minister Lena Holt, the spokesman said."
    )
    assert sorted(map(sorted, _meetings(f))) == [
        ["Ana Rojas", "Lena Holt", "Mark Ellison"],
        ["Ana Rojas", "Mark Ellison"],
    ]
    assert "meeting.joined_after" in _rules(f)


def test_rounds_of_talks_told_in_the_background_are_no_meeting(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Karim Nasser said the three rounds of talks between Chile and Peru sought to help the region."
    )
    assert not f.meetings


def test_a_visitor_who_arrived_for_a_visit_on_the_invitation_of_a_host_met_them(extract: Extract) -> None:
    f = extract(
        "President Ricardo Lopes arrived in Lima, Peru, on Tuesday for a two-day State visit, on the invitation of "
        "President Ana Quispe."
    )
    assert _meetings(f) == [{"Ricardo Lopes", "Ana Quispe"}]
    assert "meeting.arrived_invited" in _rules(f)
