"""Venue cities that are no capitals, and trips told by a spokesman: invented sentences."""

from __future__ import annotations

from collections.abc import Callable

from newsfacts.rules import Facts

Extract = Callable[..., Facts]


def _sets(f: Facts) -> list[set[str]]:
    names = {a.id: a.name for a in f.actors}
    return [{names[p] for p in m.participants} for m in f.meetings]


def test_a_posting_city_is_no_person(extract: Extract) -> None:
    f = extract("The Dutch consul in Benghazi met Libyan commander Salem Warfalli on Sunday.")
    assert "Benghazi" not in {a.name for a in f.actors}


def test_a_person_named_like_a_city_stays_a_person(extract: Extract) -> None:
    f = extract("Kenyan Defence Minister Aden Mwangi met Somali Defence Minister Yusuf Nur in Nairobi on Monday.")
    assert {"Aden Mwangi", "Yusuf Nur"} in _sets(f)


def test_a_trip_to_a_venue_city_is_a_visit(extract: Extract) -> None:
    f = extract("Qatari Foreign Minister Khalid Al-Thani will travel to Benghazi next week.")
    assert {"Khalid Al-Thani", "Libya"} in _sets(f)
