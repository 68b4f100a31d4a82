"""Meeting constructions new outlets use: passive and noun talks, talks told after a cue, courtesy
calls, planned trips to a country or its capital (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

from newsfacts.rules import Facts

Extract = Callable[..., Facts]


def _pairs(f: Facts) -> list[set[str]]:
    names = {a.id: a.name for a in f.actors}
    return [{names[p] for p in m.participants} for m in f.meetings]


def test_passive_talks_place_day_between(extract: Extract) -> None:
    f = extract(
        "Peru and Chile agreed to settle the dispute within a year, following talks in Lima on Wednesday "
        "between Foreign Minister Rosa Quispe and her Chilean counterpart Diego Salas.",
        "2025-03-19",
    )
    (m,) = f.meetings
    assert _pairs(f) == [{"Rosa Quispe", "Diego Salas"}]
    assert "meeting.passive_talks" in m.rules and m.date is not None and m.date.value == "2025-03-19"


def test_passive_talks_need_between(extract: Extract) -> None:
    f = extract("Talks were held in Lima on Wednesday on the border dispute.")
    assert f.meetings == ()


def test_told_reporters_after_meeting_with(extract: Extract) -> None:
    f = extract(
        "Trade will double by 2030, Estonian Prime Minister Kaja Tamm told reporters after a meeting with "
        "Latvian Prime Minister Andris Ozols in Riga."
    )
    assert _pairs(f) == [{"Kaja Tamm", "Andris Ozols"}]
    assert "meeting.said_after_talks" in f.meetings[0].rules


def test_speaking_to_reporters_after_talks(extract: Extract) -> None:
    f = extract(
        "Speaking to reporters after talks with Kenyan President Samuel Kiprono, Tanzanian President "
        "Halima Juma said the border would stay open."
    )
    assert _pairs(f) == [{"Halima Juma", "Samuel Kiprono"}]


def test_courtesy_call_to(extract: Extract) -> None:
    f = extract(
        "Laotian Foreign Minister Somsak Vong met his Thai counterpart Anan Chai in Bangkok. The same day, "
        "Vong paid a courtesy call to Thai Prime Minister Preecha Suwan."
    )
    assert {"Somsak Vong", "Preecha Suwan"} in _pairs(f)


def test_scheduled_courtesy_call_is_planned(extract: Extract) -> None:
    f = extract("Laotian Foreign Minister Somsak Vong is scheduled to pay a courtesy call on Thai King Vajira Rama.")
    (m,) = f.meetings
    assert m.status == "planned" and "meeting.courtesy_call" in m.rules


def test_due_to_be_received_by(extract: Extract) -> None:
    f = extract(
        "Laotian Foreign Minister Somsak Vong met his Thai counterpart Anan Chai in Bangkok. "
        "Vong is due to be received by Thai Prime Minister Preecha Suwan on Friday."
    )
    assert {"Somsak Vong", "Preecha Suwan"} in _pairs(f)
    assert [m.status for m in f.meetings] == ["held", "planned"]


def test_travel_to_capital_to_meet_its_authorities(extract: Extract) -> None:
    f = extract(
        "Spanish regional president Carlos Ruiz is due to travel to Rabat in April to meet Moroccan authorities."
    )
    (m,) = f.meetings
    assert _pairs(f) == [{"Carlos Ruiz", "Morocco"}] and m.status == "planned"
    assert "meeting.trip_officials" in m.rules


def test_talks_with_officials_without_a_trip_stay_a_group(extract: Extract) -> None:
    f = extract("Spanish regional president Carlos Ruiz held talks with Moroccan authorities.")
    assert _pairs(f) == [{"Carlos Ruiz", "Moroccan authorities"}]


def test_scheduled_travel_for_talks_with_a_named_person_is_planned(extract: Extract) -> None:
    f = extract(
        "Mr Vong is scheduled to travel to Jakarta later in March for talks with Indonesian Minister Budi Rahman."
    )
    (m,) = f.meetings
    assert m.status == "planned" and _pairs(f) == [{"Vong", "Budi Rahman"}]


def test_expected_to_travel_to_a_country(extract: Extract) -> None:
    f = extract("Greek Prime Minister Nikos Andreou is expected to travel to India early next year.")
    (m,) = f.meetings
    assert _pairs(f) == [{"Nikos Andreou", "India"}] and m.status == "planned"
    assert "meeting.trip" in m.rules


def test_trip_superseded_by_whom_is_met(extract: Extract) -> None:
    f = extract("Greek Prime Minister Nikos Andreou will travel to Lima on Friday to meet Peruvian President Ana Ruiz.")
    assert _pairs(f) == [{"Nikos Andreou", "Ana Ruiz"}]


def test_travel_home_is_no_visit(extract: Extract) -> None:
    f = extract("Greek Prime Minister Nikos Andreou will travel to Athens on Friday.")
    assert f.meetings == ()


def test_upcoming_state_visit_of_to(extract: Extract) -> None:
    f = extract("The ministers also discussed the upcoming state visit of the President of Chile to Greece.")
    (m,) = f.meetings
    assert _pairs(f) == [{"President of Chile", "Greece"}] and m.status == "planned"
    assert "meeting.visit_noun" in m.rules


def test_state_visit_which_is_expected(extract: Extract) -> None:
    f = extract(
        "Greek Prime Minister Nikos Andreou held talks with Chilean President Ana Soto in Athens. The leaders "
        "discussed a state visit by the Greek president to Chile, which is expected in May."
    )
    pairs = _pairs(f)
    assert {"Nikos Andreou", "Ana Soto"} in pairs
    assert {"President of Greece", "Chile"} in pairs or {"Nikos Andreou", "Chile"} in pairs


def test_past_state_visit_is_not_planned(extract: Extract) -> None:
    f = extract("The ministers recalled the state visit of the President of Chile to Greece in 2019.")
    assert f.meetings == ()
