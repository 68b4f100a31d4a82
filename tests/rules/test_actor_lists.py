"""Bare meeting objects, plural titles over lists of names, and "both countries" (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

from newsfacts.rules import Facts

from .facts import persons

Extract = Callable[..., Facts]


def test_bare_direct_object_of_met(extract: Extract) -> None:
    f = extract("Croatian Foreign Minister Ivan Kovac met Zoran Horvat in Ljubljana on Monday.")
    assert "Zoran Horvat" in persons(f)
    assert len(f.meetings) == 1 and len(f.meetings[0].participants) == 2


def test_one_word_object_after_with(extract: Extract) -> None:
    f = extract("Japanese Foreign Minister Taro Sato spoke by phone with Kishida on Tuesday.")
    assert "Kishida" in persons(f)


def test_one_word_objects_from_tables_are_no_persons(extract: Extract) -> None:
    for obj in ("Brussels", "NATO", "Monday", "Tokyo"):
        f = extract(f"Croatian Foreign Minister Ivan Kovac held talks with {obj} on Friday.")
        assert obj not in persons(f)
    f = extract("Croatian Foreign Minister Ivan Kovac met Kishida's envoy on Monday.")
    assert "Kishida" not in persons(f)


def test_plural_title_over_a_list(extract: Extract) -> None:
    f = extract("Prime Ministers Anna Berg, Lars Holm and Pekka Virta met in Oslo on Monday.")
    names = persons(f)
    assert {"Anna Berg", "Lars Holm", "Pekka Virta"} <= set(names)
    assert all(names[n][1] == "Prime Minister" for n in ("Anna Berg", "Lars Holm", "Pekka Virta"))


def test_plural_title_with_countries(extract: Extract) -> None:
    f = extract(
        "Leaders Robert Vesel of Slovakia, Imre Kasza of Hungary and Piotr Lis of Poland arrived on Monday. "
        "Vesel said the plan was good. Kasza said the plan was fair. Lis said the plan was bold."
    )
    names = persons(f)
    assert names["Robert Vesel"][0] == "SVK"
    assert names["Imre Kasza"][0] == "HUN"
    assert names["Piotr Lis"][0] == "POL"


def test_plural_title_without_and_is_no_list(extract: Extract) -> None:
    f = extract("Foreign Ministers Anna Berg, Lars Holm said the plan was good.")
    assert "Lars Holm" not in persons(f) or persons(f)["Lars Holm"][1] != "Foreign Minister"


def test_both_countries_as_subject(extract: Extract) -> None:
    f = extract("Iran and Iraq signed a deal on Monday. Both countries agreed to expand trade along the border.")
    st = next(s for s in f.statements if "trade" in s.content)
    assert {a.name for a in f.actors if a.id in st.speakers} == {"Iran", "Iraq"}


def test_the_two_countries_from_persons(extract: Extract) -> None:
    f = extract(
        "Kazakh Foreign Minister Erlan Kaliev met his Uzbek counterpart Jamshid Tursunov in Astana. "
        "The two countries pledged to build a railway."
    )
    st = next(s for s in f.statements if "railway" in s.content)
    assert {a.country for a in f.actors if a.id in st.speakers} == {"KAZ", "UZB"}


def test_the_two_countries_needs_exactly_two(extract: Extract) -> None:
    f = extract("Iran, Iraq and Syria signed a deal on Monday. Both countries agreed to expand trade.")
    assert not any("trade" in s.content for s in f.statements)
    f = extract("Iran and Iraq signed a deal on Monday. Officials said ties between the two countries were good.")
    assert all(a.kind != "country" or a.name not in ("Iran", "Iraq") or "coref.group" not in a.rules for a in f.actors)
