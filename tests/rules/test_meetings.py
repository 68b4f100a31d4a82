"""Meeting rules: modality, status, participants, merging."""

from __future__ import annotations

from collections.abc import Callable

from newsfacts.rules import Facts

from .facts import names_of

Extract = Callable[..., Facts]


def test_phone_call_with(extract: Extract) -> None:
    f = extract(
        "Greek Foreign Minister Nikos Pappas held a phone call with his Cypriot counterpart Eleni Georgiou on Tuesday.",
        "2022-03-10",
    )
    (m,) = f.meetings
    assert m.modality == "phone" and m.status == "held"
    assert names_of(f, m.participants) == {"Nikos Pappas", "Eleni Georgiou"}
    assert m.date is not None and m.date.value == "2022-03-08"
    assert "meeting.phone_call" in m.rules


def test_met_in_a_city(extract: Extract) -> None:
    f = extract("Swedish Foreign Minister Karin Berg met with Polish Foreign Minister Marek Nowak in Warsaw.")
    (m,) = f.meetings
    assert m.modality == "in_person" and m.location is not None and m.location.name == "Warsaw"
    assert m.location.country == "POL"


def test_joint_subject_with_topics(extract: Extract) -> None:
    f = extract(
        "In a video conference, Irish Foreign Minister Sean Byrne and Danish Foreign Minister "
        "Mette Holm discussed fisheries, trade and energy."
    )
    (m,) = f.meetings
    assert m.modality == "video"
    assert "fisheries" in m.topics


def test_planned_meeting(extract: Extract) -> None:
    f = extract(
        "Austrian Chancellor Paul Huber is scheduled to meet Slovak President Jana Kovac on Friday.", "2023-01-04"
    )
    (m,) = f.meetings
    assert m.status == "planned" and m.date is not None and m.date.value == "2023-01-06"


def test_separate_calls_with_unnamed_counterparts(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Ahmad Karimi of Iraq held separate phone conversations with his Omani, "
        "Kuwaiti and Qatari counterparts."
    )
    assert len(f.meetings) == 3
    unnamed = sorted(a.name for a in f.actors if a.unnamed)
    assert unnamed == ["Foreign Minister of Kuwait", "Foreign Minister of Oman", "Foreign Minister of Qatar"]


def test_followup_sentences_merge_into_one_meeting(extract: Extract) -> None:
    text = (
        "Chilean Foreign Minister Rosa Diaz met Argentine Foreign Minister Tomas Ruiz in Santiago on Monday. "
        "In the meeting, the two sides discussed trade. "
        "The two ministers also stressed the need for regional integration."
    )
    f = extract(text)
    (m,) = f.meetings
    assert len(m.evidence) >= 2
    assert f.statements and f.statements[0].meeting == m.id


def test_no_meeting_without_parties(extract: Extract) -> None:
    f = extract("The meeting was held in a friendly atmosphere.")
    assert f.meetings == ()


def test_planned_travel_to_meet(extract: Extract) -> None:
    f = extract(
        "Peruvian Foreign Minister Elena Ruiz will travel to Quito on Friday to meet with "
        "Ecuadorian Foreign Minister Ana Mora.",
        "2024-05-06",
    )
    (m,) = f.meetings
    assert names_of(f, m.participants) == {"Elena Ruiz", "Ana Mora"}
    assert m.status == "planned" and m.modality == "in_person"
    assert m.location is not None and m.location.name == "Quito"


def test_is_also_scheduled_to_meet(extract: Extract) -> None:
    f = extract("Peruvian Foreign Minister Elena Ruiz is also scheduled to meet Brazilian Foreign Minister Joao Silva.")
    (m,) = f.meetings
    assert m.status == "planned"


def test_received_a_phone_call_today_from(extract: Extract) -> None:
    f = extract(
        "President Omar Haddad received a phone call today from President Ali Karimov of Uzbekistan.",
        "2024-05-06",
    )
    (m,) = f.meetings
    assert names_of(f, m.participants) == {"Omar Haddad", "Ali Karimov"}
    assert m.modality == "phone"


def test_honorific_stands_for_the_person(extract: Extract) -> None:
    f = extract(
        "His Highness Sheikh Hamad bin Khalid Al Rashid received a phone call from President Ali Karimov. "
        "His Highness stressed that trade must grow. In a separate call, His Highness received a phone call "
        "from Sultan Said bin Omar of Oman. Separately, His Highness Sheikh Saud bin Khalid Al Rashid met Karimov."
    )
    names = {a.name for a in f.actors if a.kind == "person"}
    assert {"Hamad bin Khalid Al Rashid", "Saud bin Khalid Al Rashid", "Said bin Omar"} <= names
    assert [names_of(f, s.speakers) for s in f.statements] == [{"Hamad bin Khalid Al Rashid"}]
    assert {"Hamad bin Khalid Al Rashid", "Said bin Omar"} in [names_of(f, m.participants) for m in f.meetings]


def test_a_palace_is_a_venue(extract: Extract) -> None:
    f = extract("Crown Prince Khalid bin Salman received Chilean Foreign Minister Tomas Vidal at Al-Qasr Palace.")
    (m,) = f.meetings
    assert m.location is not None and m.location.name == "Al-Qasr Palace"


def test_a_visit_that_names_the_host_is_a_meeting_with_the_host(extract: Extract) -> None:
    f = extract("Peruvian President Ana Vega visited China last year and met President Li Wei.")
    (m,) = f.meetings
    assert names_of(f, m.participants) == {"Ana Vega", "Li Wei"}


def test_an_invitation_to_visit_is_no_meeting(extract: Extract) -> None:
    f = extract("Chilean Foreign Minister Pablo Reyes invited his Bolivian counterpart Ana Mora to visit Lima.")
    assert f.meetings == ()


def test_double_title_is_one_person(extract: Extract) -> None:
    f = extract("Chile’s Prime Minister and Foreign Minister Pablo Reyes met Bolivian Foreign Minister Ana Mora.")
    (m,) = f.meetings
    assert names_of(f, m.participants) == {"Pablo Reyes", "Ana Mora"}
    assert {a.name for a in f.actors} == {"Pablo Reyes", "Ana Mora"}
    assert next(a for a in f.actors if a.name == "Pablo Reyes").country == "CHL"


def test_relatives_with_a_shared_family_name_stay_apart(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Salim Nasser Al-Harbi received a phone call from Peruvian Foreign Minister Elena Ruiz. "
        "Emir Fahad Jaber Al-Harbi met Chilean Foreign Minister Pablo Reyes."
    )
    names = {a.name for a in f.actors if a.kind == "person"}
    assert {"Salim Nasser Al-Harbi", "Fahad Jaber Al-Harbi"} <= names


def test_where_he_met_is_the_visitor(extract: Extract) -> None:
    f = extract(
        "Indian External Affairs Minister Ravi Menon held talks with Thai Foreign Minister Somchai Prasert. "
        "Prasert said the talks were useful. The External Affairs Minister had visited Singapore on Monday, "
        "where he met Deputy Prime Minister Tan Wei Ling."
    )
    pairs = [names_of(f, m.participants) for m in f.meetings]
    assert {"Ravi Menon", "Tan Wei Ling"} in pairs
    assert not any("Somchai Prasert" in p and "Tan Wei Ling" in p for p in pairs)


def test_a_courtesy_call_is_a_meeting_not_an_appeal(extract: Extract) -> None:
    f = extract("Chilean Foreign Minister Pablo Reyes also called on President Ana Vega at the palace in Lima.")
    (m,) = f.meetings
    assert names_of(f, m.participants) == {"Pablo Reyes", "Ana Vega"}
    assert f.statements == ()
    g = extract("Chilean Foreign Minister Pablo Reyes called on Peru to reopen the border.")
    assert g.meetings == () and [s.cue for s in g.statements] == ["called on"]


def test_talks_held_by_video_and_the_next_meeting_they_plan(extract: Extract) -> None:
    f = extract(
        "Peruvian Foreign Minister Elena Ruiz and her Chilean counterpart Tomas Vidal agreed Wednesday to expand "
        "trade during their first talks held via video link. The ministers also confirmed that they would hold "
        "in-person talks in Quito next month.",
        "2024-05-10",
    )
    assert sorted((m.modality, m.status) for m in f.meetings) == [("in_person", "planned"), ("video", "held")]
    for m in f.meetings:
        assert names_of(f, m.participants) == {"Elena Ruiz", "Tomas Vidal"}
    planned = next(m for m in f.meetings if m.status == "planned")
    assert planned.location is not None and planned.location.name == "Quito"


def test_two_objects_each_with_a_venue_are_two_meetings(extract: Extract) -> None:
    f = extract(
        "Chilean Foreign Minister Elena Ruiz is also expected to meet President Luis Soto in Lima "
        "and Regional Council President Ana Mora in Quito on Tuesday."
    )
    pairs = sorted(sorted(names_of(f, m.participants)) for m in f.meetings)
    assert pairs == [["Ana Mora", "Elena Ruiz"], ["Elena Ruiz", "Luis Soto"]]


def test_today_between_subject_and_verb(extract: Extract) -> None:
    f = extract(
        "Prime Minister Datuk Seri Amin Rahman and his Thai counterpart Somchai Prasert today held a "
        "four-eyes meeting in Putrajaya."
    )
    (m,) = f.meetings
    assert names_of(f, m.participants) == {"Amin Rahman", "Somchai Prasert"}


def test_surname_he_is_no_pronoun_and_a_clause_ends_the_object_list(extract: Extract) -> None:
    f = extract(
        "Chinese Premier Li Wei held a video call with Peruvian President Ana Vega. "
        "On Wednesday, Chinese Vice Premier He Lifeng met with visiting Peruvian Trade Minister Tomas Vidal "
        "in Beijing, and the two sides pledged to strengthen trade."
    )
    pairs = [names_of(f, m.participants) for m in f.meetings]
    assert pairs == [{"Li Wei", "Ana Vega"}, {"Lifeng", "Tomas Vidal"}]


def test_apposition_with_an_abbreviation(extract: Extract) -> None:
    f = extract(
        "Jung Pak met Korean envoy Lee Min-ho in Seoul. Pak, the U.S. deputy assistant secretary of state for "
        "Korea and Japan, is scheduled to visit Tokyo on Friday for talks with Japanese Foreign Minister Taro Sato."
    )
    pairs = [names_of(f, m.participants) for m in f.meetings]
    assert {"Jung Pak", "Taro Sato"} in pairs


def test_later_in_the_day_tomorrow_and_here(extract: Extract) -> None:
    f = extract(
        "LIMA, May 8 (Andina) -- Peruvian Foreign Minister Elena Ruiz met Chilean Foreign Minister Tomas Vidal "
        "here on Monday. Later in the day, Ruiz received Bolivian Foreign Minister Ana Mora. "
        "Ruiz will meet Ecuadorian Foreign Minister Jorge Leon tomorrow. "
        "Ruiz will travel to Washington next week to meet with U.S. Secretary of State Mark Hill.",
        "2024-05-08",
    )
    by = {frozenset(names_of(f, m.participants)): m for m in f.meetings}
    first = by[frozenset({"Elena Ruiz", "Tomas Vidal"})]
    assert first.location is not None and first.location.name == "Lima"
    mora = by[frozenset({"Elena Ruiz", "Ana Mora"})]
    assert mora.date is not None and mora.date.value == "2024-05-08"
    leon = by[frozenset({"Elena Ruiz", "Jorge Leon"})]
    assert leon.status == "planned" and leon.date is not None and leon.date.value == "2024-05-09"
    hill = by[frozenset({"Elena Ruiz", "Mark Hill"})]
    assert hill.location is not None and hill.location.name == "Washington"


def test_received_at_a_venue_before_the_guest(extract: Extract) -> None:
    f = extract(
        "President Omar Haddad received at the Government Palace on Tuesday the visiting Uzbek Foreign Minister "
        "Ali Karimov."
    )
    (m,) = f.meetings
    assert names_of(f, m.participants) == {"Omar Haddad", "Ali Karimov"}
