"""Person names holding a place word, plural titles over "A of X and B of Y", and lists of
appositions (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

from newsfacts.rules import Facts

from .facts import persons

Extract = Callable[..., Facts]


def test_country_word_as_given_name_after_a_title(extract: Extract) -> None:
    f = extract("Defence Minister Chad Morrow met Japanese Foreign Minister Taro Sato in Tokyo on Monday.")
    names = persons(f)
    assert "Chad Morrow" in names and "Morrow" not in names
    assert names["Chad Morrow"][1] == "Defence Minister"
    f = extract("Senator Jordan Pell held talks with Croatian Foreign Minister Ivan Kovac in Zagreb on Friday.")
    assert "Jordan Pell" in persons(f)


def test_city_word_as_given_name_before_a_role_apposition(extract: Extract) -> None:
    f = extract("Lima Okafor, the Nigerian foreign minister, said the talks had been useful.")
    names = persons(f)
    assert "Lima Okafor" in names and names["Lima Okafor"][0] == "NGA"
    assert any(s.speakers for s in f.statements)


def test_place_word_as_surname_with_a_title(extract: Extract) -> None:
    f = extract(
        "Brazilian Foreign Minister Renato Lima met Japanese Foreign Minister Taro Sato on Monday. "
        "Renato Lima said the talks had been useful."
    )
    names = persons(f)
    assert "Renato Lima" in names and "Renato" not in names
    assert not any(a.kind == "country" and a.name == "Peru" for a in f.actors)


def test_place_words_in_names_of_bodies_and_possessives_stay_apart(extract: Extract) -> None:
    f = extract("Israel's Katz said the talks with Egyptian Foreign Minister Sameh Aziz had been useful.")
    assert "Israel Katz" not in persons(f)
    f = extract("Jordan King Abdullah met Egyptian Foreign Minister Sameh Aziz in Amman on Monday.")
    assert "Jordan King Abdullah" not in persons(f)
    f = extract("Prime Minister of Georgia Irakli Bakradze met Croatian Foreign Minister Ivan Kovac on Monday.")
    names = persons(f)
    assert "Irakli Bakradze" in names and "Georgia Irakli Bakradze" not in names


def test_plural_title_over_names_with_their_countries(extract: Extract) -> None:
    f = extract("Presidents Pablo Soto of Chile and Luis Vega of Peru met in Quito on Friday.")
    names = persons(f)
    assert names.get("Pablo Soto") == ("CHL", "President")
    assert names.get("Luis Vega") == ("PER", "President")
    assert not any(n.startswith("Presidents") for n in names)
    f = extract("Presidents Ana Ruiz, Pablo Soto and Luis Vega met in Quito on Friday.")
    assert {"Ana Ruiz", "Pablo Soto", "Luis Vega"} <= set(persons(f))


def test_second_name_in_a_list_of_appositions(extract: Extract) -> None:
    f = extract(
        "Tomas Varga, the Hungarian foreign minister, and Pablo Soto, his Chilean counterpart, "
        "met in Budapest on Monday."
    )
    names = persons(f)
    assert names.get("Pablo Soto", (None,))[0] == "CHL"
    assert len(f.meetings) == 1 and len(f.meetings[0].participants) == 2
    f = extract(
        "Mira Kovac, the Croatian trade minister, and Lars Holm, her Swedish counterpart, held talks on Tuesday."
    )
    assert "Lars Holm" in persons(f)


def test_no_person_after_an_apposition_list_without_a_role(extract: Extract) -> None:
    f = extract(
        "Tomas Varga, the Hungarian foreign minister, and Golden Meadow Farms, a dairy firm, signed a deal on Monday."
    )
    assert "Golden Meadow Farms" not in persons(f)
    f = extract("Tomas Varga, the Hungarian foreign minister, and Pablo Soto, his voice low, met in Budapest.")
    assert "Pablo Soto" not in persons(f)


def test_place_word_after_an_honorific_or_a_lower_case_title(extract: Extract) -> None:
    f = extract("Mr. Jordan Pell met the Argentine ambassador in Brasilia on Monday.")
    assert "Jordan Pell" in persons(f)
    f = extract("Croatian defence minister Chad Morrow met Japanese Foreign Minister Taro Sato on Monday.")
    assert "Chad Morrow" in persons(f)


def test_place_word_name_and_its_surname_alone_later(extract: Extract) -> None:
    f = extract(
        "Chad Morrow, the Croatian defence minister, met Japanese Foreign Minister Taro Sato on Monday. "
        "Morrow said the talks had been useful."
    )
    names = persons(f)
    assert "Chad Morrow" in names and "Morrow" not in names
    assert any(s.speakers for s in f.statements)


def test_place_word_after_a_preposition_or_alone_stays_out(extract: Extract) -> None:
    f = extract("In Chad Morrow, the Croatian defence minister, said the talks had been useful.")
    assert "Chad Morrow" not in persons(f)
    f = extract("The envoy to Chad Ivan Kovac met Japanese Foreign Minister Taro Sato on Monday.")
    names = persons(f)
    assert "Ivan Kovac" in names and "Chad Ivan Kovac" not in names
    # a place word after a titled one-word name, said once, may start the next phrase
    f = extract("Ivan Kovac told President Sato Chad would defend its border, the minister said.")
    assert "Sato Chad" not in persons(f)


def test_sentence_opened_by_a_name_ending_in_a_place_word(extract: Extract) -> None:
    for verb in ("said", "told reporters"):
        f = extract(f"Renato Lima {verb} the plan was sound.")
        assert "Renato Lima" in persons(f)
        assert not any(a.kind == "country" and a.name == "Peru" for a in f.actors)
    f = extract("Renato Lima met the Argentine ambassador in Brasilia on Monday.")
    assert "Renato Lima" in persons(f)
    f = extract("Officials in Lima said the plan was sound.")
    assert not persons(f)
