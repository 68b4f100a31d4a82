"""Actor rules, one sentence each (written for these tests, not taken from any corpus)."""

from __future__ import annotations

from collections.abc import Callable

from newsfacts.rules import Facts

Extract = Callable[..., Facts]


def _person(facts: Facts, name: str):  # type: ignore[no-untyped-def]
    return next(a for a in facts.actors if a.name == name)


def test_title_name(extract: Extract) -> None:
    f = extract("Brazilian Foreign Minister Carlos Mendes Silva said the visit was useful.")
    a = _person(f, "Carlos Mendes Silva")
    assert a.kind == "person" and a.country == "BRA"
    assert "actor.title_name" in a.rules
    assert "Foreign Minister" in (a.role or "")


def test_title_with_posting_takes_the_sending_country(extract: Extract) -> None:
    f = extract("Kenya's Ambassador to Egypt Grace Wanjiru stressed that trade must grow.")
    assert _person(f, "Grace Wanjiru").country == "KEN"


def test_name_apposition(extract: Extract) -> None:
    f = extract("Lena Vogt, the German foreign minister's special envoy for Libya, praised the ceasefire.")
    a = _person(f, "Lena Vogt")
    assert a.country == "DEU" and "actor.name_apposition" in a.rules


def test_role_apposition(extract: Extract) -> None:
    f = extract("Chile's deputy minister for trade affairs, Pablo Reyes Soto, welcomed the accord.")
    assert "actor.role_apposition" in _person(f, "Pablo Reyes Soto").rules


def test_country_possessive_before_a_name(extract: Extract) -> None:
    f = extract("Peru's Ana Lucia Torres called for calm.")
    assert _person(f, "Ana Lucia Torres").country == "PER"


def test_surname_links_to_the_full_name(extract: Extract) -> None:
    f = extract("Thai Foreign Minister Somchai Prasert arrived on Monday. Prasert said the talks were useful.")
    persons = [a for a in f.actors if a.kind == "person"]
    assert [a.name for a in persons] == ["Somchai Prasert"]
    assert len(persons[0].mentions) == 2


def test_persons_who_neither_speak_nor_meet_are_not_emitted(extract: Extract) -> None:
    f = extract("Canadian Prime Minister Jean Tremblay attended a dinner.")
    assert f.actors == ()


def test_unnamed_presidents_of_several_countries(extract: Extract) -> None:
    f = extract("On May 3, the presidents of Kenya, Ghana and Peru held talks in Lima.")
    unnamed = [a for a in f.actors if a.unnamed]
    assert {a.country for a in unnamed} == {"KEN", "GHA", "PER"}
    assert all(a.name.startswith("President of") for a in unnamed)


def test_body_with_country(extract: Extract) -> None:
    f = extract("The Chilean Foreign Ministry said the envoy would return soon.")
    org = next(a for a in f.actors if a.kind == "organization")
    assert org.country == "CHL" and org.name == "Chilean Foreign Ministry"


def test_gulf_honorific_chains(extract: Extract) -> None:
    f = extract(
        "His Highness Prince Faisal bin Nasser bin Abdullah, Minister of Foreign Affairs, met today in Jeddah "
        "with Chilean Foreign Minister Tomas Vidal. His Royal Highness Crown Prince Khalid bin Salman bin Fahd "
        "received Vidal and welcomed the delegation."
    )
    names = {a.name for a in f.actors if a.kind == "person"}
    assert {"Faisal bin Nasser bin Abdullah", "Khalid bin Salman bin Fahd", "Tomas Vidal"} <= names
    assert not any("Highness" in n for n in names)
    assert "actor.title_apposition" in _person(f, "Faisal bin Nasser bin Abdullah").rules


def test_country_from_of_a_body_or_an_organization(extract: Extract) -> None:
    f = extract(
        "President Omar Haddad received a phone call from President Ali Karimov of Uzbekistan. "
        "State Department spokesperson Mary Cole said the call was useful. "
        "Kremlin spokesman Ivan Petrov said Moscow welcomed it. "
        "Peruvian Foreign Minister Elena Ruiz accused Ecuadorian Prime Minister Ana Vargas of stalling. "
        "Vargas’s office denied the accusation."
    )
    assert _person(f, "Ali Karimov").country == "UZB"
    assert _person(f, "Mary Cole").country == "USA"
    assert _person(f, "Ivan Petrov").country == "RUS"
    assert _person(f, "Vargas’s office").country == "ECU"
