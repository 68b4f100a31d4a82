"""Delegations led by a named person: the head is the meeting's party, and "the delegation"
later in the article is that head again (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

from newsfacts.rules import Facts

Extract = Callable[..., Facts]


def _pairs(f: Facts) -> list[set[str]]:
    names = {a.id: a.name for a in f.actors}
    return [{names[p] for p in m.participants} for m in f.meetings]


def test_delegation_headed_by_met(extract: Extract) -> None:
    f = extract(
        "A trade delegation headed by Deputy Economy Minister Tomas Varga met Chilean Foreign Minister "
        "Ines Rojas in Santiago on Friday."
    )
    assert _pairs(f) == [{"Tomas Varga", "Ines Rojas"}]
    assert "meeting.delegation_head" in f.meetings[0].rules


def test_headed_by_fronted(extract: Extract) -> None:
    f = extract(
        "Headed by Tomas Varga, the Hungarian parliamentary delegation held talks with Chilean Foreign "
        "Minister Ines Rojas in Santiago."
    )
    assert _pairs(f) == [{"Tomas Varga", "Ines Rojas"}]
    assert "meeting.delegation_head" in f.meetings[0].rules


def test_delegation_comma_led_by(extract: Extract) -> None:
    f = extract(
        "The Hungarian delegation, led by Deputy Economy Minister Tomas Varga, held talks with Chilean "
        "Foreign Minister Ines Rojas on Friday."
    )
    assert _pairs(f) == [{"Tomas Varga", "Ines Rojas"}]


def test_the_delegation_later_is_the_head(extract: Extract) -> None:
    f = extract(
        "A delegation led by Deputy Economy Minister Tomas Varga met Chilean Foreign Minister Ines Rojas "
        "in Santiago on Friday.\n\nThe delegation also met Chilean Interior Minister Pablo Soto."
    )
    assert {"Tomas Varga", "Pablo Soto"} in _pairs(f)
    assert all("Tomas Varga" in p for p in _pairs(f))


def test_the_delegation_without_a_head_is_nobody(extract: Extract) -> None:
    f = extract("The delegation also met Chilean Interior Minister Pablo Soto on Friday.")
    assert f.meetings == ()


def test_delegation_without_meeting(extract: Extract) -> None:
    f = extract("A delegation headed by Deputy Economy Minister Tomas Varga arrived in Santiago on Friday.")
    assert f.meetings == ()


def test_ministry_headed_by_is_no_delegation(extract: Extract) -> None:
    f = extract("The committee headed by Senator Tomas Varga said on Friday it would review the trade accord.")
    assert f.meetings == ()


def test_group_of_countries_is_the_organization(extract: Extract) -> None:
    f = extract(
        "Hungarian Deputy Foreign Minister Tomas Varga held talks with the E3 group of countries in Geneva on Friday."
    )
    names = {a.name: a.kind for a in f.actors}
    assert names.get("E3") == "organization"
    assert _pairs(f) == [{"Tomas Varga", "E3"}]
