"""Trips a spokesman reports, and who joins talks told before: invented sentences."""

from __future__ import annotations

from collections.abc import Callable

from newsfacts.rules import Facts

Extract = Callable[..., Facts]


def _sets(f: Facts) -> list[set[str]]:
    names = {a.id: a.name for a in f.actors}
    return [{names[p] for p in m.participants} for m in f.meetings]


def test_the_minister_a_spokesman_reports_is_the_minister_told_before(extract: Extract) -> None:
    f = extract(
        "Ghanaian Foreign Minister Kofi Mensah met Togolese President Faure Adjo in Lome on Monday. "
        "Foreign ministry spokesman Yaw Boateng said the minister will travel to Nairobi next week."
    )
    sets = _sets(f)
    assert {"Kofi Mensah", "Kenya"} in sets
    assert not any("Yaw Boateng" in s for s in sets)


def test_no_minister_told_before_no_trip_of_the_spokesman(extract: Extract) -> None:
    f = extract("Foreign ministry spokesman Yaw Boateng said the minister will travel to Nairobi next week.")
    assert not any("Yaw Boateng" in s for s in _sets(f))


def test_an_ambassador_is_no_minister_either(extract: Extract) -> None:
    f = extract("Chilean Ambassador Rodrigo Soto said on Tuesday the minister is expected to travel to Lima in May.")
    assert not any("Rodrigo Soto" in s for s in _sets(f))


_MET = "Chilean Foreign Minister Rodrigo Soto met Peruvian Foreign Minister Ana Quispe in Lima on Monday. "


def test_a_named_person_who_also_attended_joins_the_meeting(extract: Extract) -> None:
    f = extract(_MET + "Chilean Ambassador Pablo Rojas also attended the meeting.")
    assert _sets(f) == [{"Rodrigo Soto", "Ana Quispe", "Pablo Rojas"}]
    assert "meeting.attended" in f.meetings[0].rules


def test_talks_attended_by_a_named_person(extract: Extract) -> None:
    f = extract(_MET + "The talks were also attended by Bolivian Foreign Minister Luis Mamani.")
    assert _sets(f) == [{"Rodrigo Soto", "Ana Quispe", "Luis Mamani"}]


def test_an_unnamed_envoy_of_another_state_present_at_the_talks(extract: Extract) -> None:
    f = extract(_MET + "A Bolivian envoy was also present at the talks.")
    assert len(_sets(f)) == 1 and len(_sets(f)[0]) == 3


def test_an_unnamed_aide_of_a_state_already_there_joins_nothing(extract: Extract) -> None:
    f = extract(_MET + "A Chilean deputy minister also took part in the talks.")
    assert _sets(f) == [{"Rodrigo Soto", "Ana Quispe"}]


def test_attending_a_meeting_told_long_before_joins_nothing(extract: Extract) -> None:
    f = extract(
        _MET + "Trade rose by a fifth last year. Copper prices fell in March. "
        "Exports of fruit grew as well. Chilean Ambassador Pablo Rojas attended the meeting."
    )
    assert not any("Pablo Rojas" in s for s in _sets(f))
