"""Meeting constructions of session 5 (invented sentences): trilateral talks told as "his A and B
counterparts", one unnamed list hosted as a whole, the role-holder of the state a visitor is in,
summonses received by a named official, talks chaired by a third party, sides named a sentence after
a meeting with no parties, counterparts listed with their names, another day's talk of the same two,
the day and place between a subject and its verb, and the boundaries of object gaps, appeals and
planned trips."""

from __future__ import annotations

from collections.abc import Callable

from newsfacts.rules import Facts

from .facts import names_of

Extract = Callable[..., Facts]

LEAD = "Talks went on.\n\n"


def _parties(f: Facts) -> list[set[str]]:
    return [names_of(f, m.participants) for m in f.meetings]


# -- meeting.counterparts with a joint modifier -----------------------------------------------------


def test_a_three_way_call_with_two_counterparts_is_one_meeting(extract: Extract) -> None:
    f = extract(
        LEAD + "Foreign Minister Ana Ruiz held a three-way video call with her Kenyan and Ghanaian counterparts "
        "on Tuesday. Kenya's Foreign Minister Paul Otieno and Ghana's Foreign Minister Kofi Mensah backed the plan."
    )
    assert _parties(f) == [{"Ana Ruiz", "Paul Otieno", "Kofi Mensah"}]
    assert f.meetings[0].modality == "video"


def test_counterparts_without_a_joint_word_stay_one_meeting_each(extract: Extract) -> None:
    f = extract(LEAD + "Foreign Minister Ana Ruiz held talks with her Kenyan and Ghanaian counterparts on Tuesday.")
    assert len(f.meetings) == 2


def test_a_trilateral_meeting_named_in_the_sentence_joins_the_counterparts(extract: Extract) -> None:
    f = extract(
        LEAD + "Foreign Minister Ana Ruiz met on Monday in Tulum with her counterparts from Kenya, Minister Paul "
        "Otieno, and Ghana, Minister Kofi Mensah, in the first trilateral meeting of its kind."
    )
    assert _parties(f) == [{"Ana Ruiz", "Paul Otieno", "Kofi Mensah"}]
    assert "meeting.counterparts_interleaved" in {r.rule for r in f.trace.firings}


def test_counterparts_listed_with_their_names_are_each_a_party(extract: Extract) -> None:
    f = extract(
        LEAD + "Foreign Minister Ana Ruiz met on Monday with her counterparts from Kenya, Minister Paul Otieno, "
        "and Ghana, Minister Kofi Mensah."
    )
    assert sorted(map(sorted, _parties(f))) == [["Ana Ruiz", "Kofi Mensah"], ["Ana Ruiz", "Paul Otieno"]]


# -- meeting.joint_split with the unnamed member on the joint side ---------------------------------


def test_a_joint_meeting_of_unnamed_ministers_takes_the_names_told_next(extract: Extract) -> None:
    f = extract(
        LEAD + "The foreign ministers of Chile, Peru and Bolivia met in Arica on Friday. "
        "Chilean Foreign Minister Rosa Vidal hosted her Peruvian and Bolivian counterparts, Minister Luis "
        "Quispe and Minister Marta Choque, at the regional government building."
    )
    assert _parties(f) == [{"Rosa Vidal", "Luis Quispe", "Marta Choque"}]
    persons = {a.name: a.country for a in f.actors if a.kind == "person"}
    assert persons["Marta Choque"] == "BOL" and persons["Luis Quispe"] == "PER"


# -- meeting.hosted_members ------------------------------------------------------------------------


def test_hosting_the_ministers_of_three_states_is_one_meeting(extract: Extract) -> None:
    f = extract(
        LEAD + "Foreign Minister Ana Ruiz hosted on Thursday in Tulum the foreign ministers of Kenya, Ghana and "
        "Senegal, with whom she discussed fisheries."
    )
    (m,) = f.meetings
    assert names_of(f, m.participants) == {
        "Ana Ruiz",
        "Foreign Minister of Kenya",
        "Foreign Minister of Ghana",
        "Foreign Minister of Senegal",
    }
    assert "meeting.hosted_members" in m.rules


def test_meeting_the_ministers_of_two_states_separately_is_two_meetings(extract: Extract) -> None:
    f = extract(LEAD + "Foreign Minister Ana Ruiz met the foreign ministers of Kenya and Ghana separately on Thursday.")
    assert len(f.meetings) == 2


# -- meeting.visit_host_role and meeting.coordinated_aux ---------------------------------------------


def test_the_president_a_visitor_is_to_meet_is_of_the_state_visited(extract: Extract) -> None:
    f = extract(
        LEAD + "German envoy Lena Vogt held talks in Nairobi on Monday with Kenyan Foreign Minister Paul Otieno. "
        "Vogt is expected to meet the President on Thursday before flying home.",
        "2025-06-03",
    )
    planned = [m for m in f.meetings if m.status == "planned"]
    (m,) = planned
    assert names_of(f, m.participants) == {"Lena Vogt", "President of Kenya"}
    assert "meeting.visit_host_role" in m.rules
    assert m.date is not None and m.date.value == "2025-06-05"


def test_a_role_with_no_visit_told_makes_no_meeting(extract: Extract) -> None:
    f = extract(LEAD + "Lena Vogt is expected to meet the President on Thursday.")
    assert not f.meetings


def test_a_second_verb_after_a_trip_shares_its_subject(extract: Extract) -> None:
    f = extract(
        LEAD + "Foreign Minister Lena Vogt met Kenyan Foreign Minister Paul Otieno in Nairobi on Monday. "
        "Ms. Vogt will travel to Mombasa on Tuesday and is scheduled to call on the Head of State on Wednesday.",
        "2025-06-03",
    )
    (m,) = [m for m in f.meetings if m.status == "planned"]
    assert names_of(f, m.participants) == {"Lena Vogt", "Head of State of Kenya"}


# -- meeting.summoned_received and meeting.summons_received ------------------------------------------


def test_a_summoned_envoy_received_by_an_official_met_the_official(extract: Extract) -> None:
    f = extract(
        LEAD + "After the border incident, the Foreign Ministry summoned the Iranian ambassador. "
        "He was received on Tuesday afternoon by State Secretary Jan Kowal, a spokesman said.",
        "2025-06-05",
    )
    (m,) = f.meetings
    assert names_of(f, m.participants) == {"Jan Kowal", "Ambassador of Iran"}
    assert "meeting.summoned_received" in m.rules and "meeting.summons_received" in m.rules


def test_the_summons_folds_into_the_officials_meeting_and_lends_its_day(extract: Extract) -> None:
    f = extract(
        LEAD + "The Foreign Ministry summoned Iran's chargé d'affaires on Monday over the drone flights. "
        "Deputy Foreign Minister Jan Kowal, who met the Iranian diplomat, demanded an explanation.",
        "2025-06-05",
    )
    (m,) = f.meetings
    assert "Jan Kowal" in names_of(f, m.participants)
    assert m.date is not None and m.date.value == "2025-06-02"


# -- meeting.chaired_by ------------------------------------------------------------------------------


def test_a_chair_of_the_talks_told_next_takes_part(extract: Extract) -> None:
    f = extract(
        LEAD + "Kenyan Foreign Minister Paul Otieno and Ghanaian Foreign Minister Kofi Mensah met on Monday in "
        "Geneva. The talks were chaired by the Swiss State Secretary, Anna Keller."
    )
    (m,) = f.meetings
    assert names_of(f, m.participants) == {"Paul Otieno", "Kofi Mensah", "Anna Keller"}
    assert "meeting.chaired_by" in m.rules


# -- meeting.sides_named -----------------------------------------------------------------------------


def test_sides_led_by_named_heads_after_a_meeting_with_no_parties(extract: Extract) -> None:
    f = extract(
        LEAD + "Kenya and Ghana agreed on Wednesday to open two new consulates, following a meeting of the "
        "joint trade commission in Accra. The Kenyan delegation was led by Trade Minister Paul Otieno, while "
        "Ghana's team was headed by Deputy Minister Kofi Mensah.",
        "2025-06-05",
    )
    (m,) = f.meetings
    assert names_of(f, m.participants) == {"Paul Otieno", "Kofi Mensah"}
    assert "meeting.sides_named" in m.rules
    assert m.date is not None and m.date.value == "2025-06-04"


def test_one_side_led_by_a_head_makes_no_meeting(extract: Extract) -> None:
    f = extract(
        LEAD + "A meeting of the joint trade commission took place in Accra. "
        "The Kenyan delegation was led by Trade Minister Paul Otieno."
    )
    assert not f.meetings


# -- meeting.at_the_table ---------------------------------------------------------------------------


def test_persons_seated_at_the_table_of_talks_told_before_are_its_parties(extract: Extract) -> None:
    f = extract(
        LEAD + "A second round of talks on river navigation took place on Tuesday in Asunción. "
        "Across the table sat Paraguay's Foreign Minister, Rubén Acosta, and Bolivia's Foreign Minister, "
        "Elena Mamani, each joined by a deputy minister of transport.",
        "2025-06-05",
    )
    (m,) = f.meetings
    assert names_of(f, m.participants) == {"Rubén Acosta", "Elena Mamani"}
    assert "meeting.at_the_table" in m.rules
    assert m.date is not None and m.date.value == "2025-06-03"


def test_a_table_with_no_meeting_told_makes_none(extract: Extract) -> None:
    f = extract(
        "News in brief.\n\nAcross the table sat Paraguay's Foreign Minister, Rubén Acosta, and Bolivia's "
        "Foreign Minister, Elena Mamani, at the dinner."
    )
    assert not f.meetings


# -- meeting.another_day -----------------------------------------------------------------------------


def test_the_same_two_on_another_day_told_are_two_meetings(extract: Extract) -> None:
    f = extract(
        LEAD + "Foreign Minister Ana Ruiz received Kenyan Foreign Minister Paul Otieno in Lima on June 4. "
        "On June 3, the two ministers co-chaired the joint commission, during which they reviewed trade.",
        "2025-06-05",
    )
    assert sorted(m.date.value for m in f.meetings if m.date) == ["2025-06-03", "2025-06-04"]
    assert all(names_of(f, m.participants) == {"Ana Ruiz", "Paul Otieno"} for m in f.meetings)


def test_the_same_two_on_the_same_day_stay_one_meeting(extract: Extract) -> None:
    f = extract(
        LEAD + "Foreign Minister Ana Ruiz received Kenyan Foreign Minister Paul Otieno in Lima on June 4. "
        "On June 4, the two ministers co-chaired the joint commission.",
        "2025-06-05",
    )
    assert len(f.meetings) == 1


# -- boundaries --------------------------------------------------------------------------------------


def test_a_venue_with_its_noun_before_the_object_is_no_party(extract: Extract) -> None:
    f = extract(
        LEAD + "Foreign Minister Ana Ruiz received yesterday at the Ministry of Foreign Affairs headquarters her "
        "Kenyan counterpart, Paul Otieno.",
        "2025-06-05",
    )
    assert _parties(f) == [{"Ana Ruiz", "Paul Otieno"}]


def test_calling_on_a_body_to_do_a_quoted_thing_is_an_appeal(extract: Extract) -> None:
    f = extract(LEAD + "Foreign Minister Ana Ruiz called on the European Union to “act now, not later”.")
    assert not f.meetings


def test_is_to_travel_for_talks_is_planned(extract: Extract) -> None:
    f = extract(
        LEAD + "Foreign Minister Ana Ruiz is to travel to Nairobi on 9 March for further talks with Paul Otieno.",
        "2025-02-10",
    )
    (m,) = f.meetings
    assert m.status == "planned"


def test_a_trip_to_a_meeting_of_a_group_is_no_visit(extract: Extract) -> None:
    f = extract(
        LEAD + "Foreign Minister Ana Ruiz is to fly on to Ottawa on Friday for a meeting of G7 foreign ministers."
    )
    assert not f.meetings


def test_a_reported_trip_to_a_capital_is_a_planned_visit(extract: Extract) -> None:
    f = extract(LEAD + "Foreign Minister Ana Ruiz said she would travel to Nairobi in May to continue the talks.")
    (m,) = f.meetings
    assert m.status == "planned" and "Kenya" in names_of(f, m.participants)


def test_a_provincial_governor_a_visitor_is_to_meet_is_of_the_state_visited(extract: Extract) -> None:
    f = extract(
        LEAD + "German envoy Lena Vogt held talks in Nairobi on Monday with Kenyan Foreign Minister Paul Otieno. "
        "Vogt will travel on Wednesday to Kisumu, where she will meet the provincial governor.",
        "2025-06-03",
    )
    (m,) = [m for m in f.meetings if m.status == "planned"]
    assert "Lena Vogt" in names_of(f, m.participants)
    assert {a.country for a in f.actors if a.id in m.participants and a.name != "Lena Vogt"} == {"KEN"}


# -- meeting.cue_object with an unnamed role-holder ----------------------------------------------------


def test_telling_a_president_during_a_phone_call_is_a_call_with_him(extract: Extract) -> None:
    f = extract(
        LEAD + "Prime Minister Lena Vogt has told the President of Kenya that aid will continue during a phone "
        "call this morning.",
        "2025-06-03",
    )
    (m,) = f.meetings
    assert names_of(f, m.participants) == {"Lena Vogt", "President of Kenya"}
    assert m.modality == "phone" and "meeting.cue_object" in m.rules


# -- meeting.place_gap --------------------------------------------------------------------------


def test_the_day_and_place_between_subject_and_verb(extract: Extract) -> None:
    f = extract(
        LEAD + "The Minister of Trade, Dr. Anna Berg, on Tuesday in Oslo received the Special Envoy of the "
        "Japanese Government for Climate, Mr. Kenji Sato, and the two sides agreed to set up a joint team."
    )
    assert _parties(f) == [{"Anna Berg", "Kenji Sato"}]
    assert f.meetings[0].location is not None and f.meetings[0].location.name == "Oslo"


def test_a_body_seated_in_a_place_is_no_gap(extract: Extract) -> None:
    # "the embassy in Helsinki said": the place is the body's seat, read by the statement rules
    f = extract(LEAD + "The Russian embassy in Helsinki said the talks with Finland were useful.")
    assert not f.meetings
    assert [s.cue for s in f.statements] == ["said"]
