"""Meeting rules: modality, status, participants, merging."""

from __future__ import annotations

from collections.abc import Callable

from newsfacts.rules import Facts

Extract = Callable[..., Facts]


def _names(f: Facts, ids: tuple[str, ...]) -> set[str]:
    return {a.name for a in f.actors if a.id in ids}


def test_phone_call_with(extract: Extract) -> None:
    f = extract(
        "Greek Foreign Minister Nikos Pappas held a phone call with his Cypriot counterpart Eleni Georgiou on Tuesday.",
        "2022-03-10",
    )
    (m,) = f.meetings
    assert m.modality == "phone" and m.status == "held"
    assert _names(f, m.participants) == {"Nikos Pappas", "Eleni Georgiou"}
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
    assert _names(f, m.participants) == {"Elena Ruiz", "Ana Mora"}
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
    assert _names(f, m.participants) == {"Omar Haddad", "Ali Karimov"}
    assert m.modality == "phone"


def test_honorific_stands_for_the_person(extract: Extract) -> None:
    f = extract(
        "His Highness Sheikh Hamad bin Khalid Al Rashid received a phone call from President Ali Karimov. "
        "His Highness stressed that trade must grow. In a separate call, His Highness received a phone call "
        "from Sultan Said bin Omar of Oman. Separately, His Highness Sheikh Saud bin Khalid Al Rashid met Karimov."
    )
    names = {a.name for a in f.actors if a.kind == "person"}
    assert {"Hamad bin Khalid Al Rashid", "Saud bin Khalid Al Rashid", "Said bin Omar"} <= names
    assert [_names(f, s.speakers) for s in f.statements] == [{"Hamad bin Khalid Al Rashid"}]
    assert {"Hamad bin Khalid Al Rashid", "Said bin Omar"} in [_names(f, m.participants) for m in f.meetings]
