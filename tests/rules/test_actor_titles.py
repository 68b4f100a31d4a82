"""Names after long or unusual titles, and descriptions that must find the right person.

Sentences invented for these tests, in the general forms several outlets use.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfacts.rules import Facts

Extract = Callable[..., Facts]


def _persons(f: Facts) -> set[str]:
    return {a.name for a in f.actors if a.kind == "person"}


def _speakers(f: Facts) -> list[set[str]]:
    names = {a.id: a.name for a in f.actors}
    return [{names[i] for i in s.speakers} for s in f.statements]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a title joined by "and the" runs up to the name, not into it
        (
            "Minister of Foreign Affairs and the Community Abroad Karim Benali met Tunisian Foreign Minister "
            "Hedi Trabelsi.",
            "Karim Benali",
        ),
        (
            "Minister of Foreign Affairs and the Community Abroad Karim Benali received the Tunisian ambassador.",
            "Karim Benali",
        ),
        # a title word ends the title, not starts the name
        (
            "Undersecretary for Policy Maria Lopez met Japanese Deputy Defense Minister Taro Kondo in Washington.",
            "Maria Lopez",
        ),
        ("British High Commissioner Sarah Clarke met Kenyan President William Otieno in Nairobi.", "Sarah Clarke"),
        ("Chinese Vice-Premier Liu Wen met US Treasury Secretary Janet Brown in Beijing.", "Liu Wen"),
        ("Chinese Vice Premier Liu Wen said the talks were useful.", "Liu Wen"),
        # a month that is a given name, between a title and a name
        ("Slovak Prime Minister Jan Kollar met Czech Prime Minister Petr Dvorak in Prague.", "Jan Kollar"),
        ("Deputy Prime Minister May Lim met Indonesian Foreign Minister Retno Wati on Monday.", "May Lim"),
        ("Foreign Minister June Tan said the accord was a milestone.", "June Tan"),
        # a regnal number stays with the name
        ("Spanish Prime Minister Pablo Ruiz met King Felipe VI in Madrid on Friday.", "Felipe VI"),
        ("King Abdullah II received Egyptian Foreign Minister Sameh Farid in Amman on Sunday.", "Abdullah II"),
        ("Emperor Naruhito met King Carl XVI Gustaf in Tokyo.", "Carl XVI Gustaf"),
        # a title word that is a surname ends a name of two words
        (
            "Pakistani Interior Minister Tariq Mahmood Sheikh met Afghan envoy Ahmad Wali in Islamabad.",
            "Tariq Mahmood Sheikh",
        ),
    ],
)
def test_name_after_a_title(extract: Extract, text: str, name: str) -> None:
    assert name in _persons(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "In May Chinese Foreign Minister Wang Lei said the talks were useful.",
        "Last June Chinese Foreign Minister Wang Lei said the talks were useful.",
    ],
)
def test_a_month_before_a_title_is_no_name(extract: Extract, text: str) -> None:
    assert _persons(extract(text)) == {"Wang Lei"}


def test_sheikh_before_a_name_stays_an_honorific(extract: Extract) -> None:
    f = extract("Qatari Emir Sheikh Tamim Thani met French President Paul Marchand in Doha.")
    assert "Tamim Thani" in _persons(f)


@pytest.mark.parametrize(
    "text",
    [
        "Belarusian President Viktor Lukin met Russian Foreign Minister Sergei Orlov in Minsk, BelTA reported.",
        "Sources said the talks between the two foreign ministers were useful.",
        "Kazakh President Kassym Tokayev received Chinese Foreign Minister Wang Lei on Monday, Akorda said.",
    ],
)
def test_agencies_and_palaces_are_no_persons(extract: Extract, text: str) -> None:
    assert not _persons(extract(text)) & {"BelTA", "Sources", "Akorda"}


# -- descriptions --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Zimbabwean President Emmerson Moyo visited Zambia on Monday. The Zimbabwean leader said ties were strong.",
            "Emmerson Moyo",
        ),
        (
            "Dutch Prime Minister Mark Visser visited Belgium on Monday. The Dutch leader said ties were strong.",
            "Mark Visser",
        ),
        (
            "Russian Foreign Minister Sergei Orlov visited Iran on Monday. "
            "The Russian Foreign Minister said the talks were frank.",
            "Sergei Orlov",
        ),
        (
            "Honduran Foreign Minister Eduardo Reina met Guatemalan Foreign Minister Carlos Ramirez. "
            "The Honduran foreign minister said migration was discussed.",
            "Eduardo Reina",
        ),
        (
            "Thai Prime Minister Srettha Thavi met Thai Deputy Prime Minister Anutin Charn in Bangkok. "
            "The Deputy Prime Minister said the budget was ready.",
            "Anutin Charn",
        ),
        (
            "Thai Deputy Prime Minister Anutin Charn met Thai Prime Minister Srettha Thavi. "
            "The Prime Minister said the budget was ready.",
            "Srettha Thavi",
        ),
    ],
)
def test_description_finds_the_person_of_that_role(extract: Extract, text: str, speaker: str) -> None:
    assert {speaker} in _speakers(extract(text))


@pytest.mark.parametrize(
    ("text", "not_speaker"),
    [
        # a deputy is not the head of the office, nor the head the deputy
        (
            "Thai Prime Minister Srettha Thavi visited Laos on Monday. "
            "The Deputy Prime Minister said the budget was ready.",
            "Srettha Thavi",
        ),
        (
            "Thai Prime Minister Srettha Thavi visited Laos on Monday. "
            "The deputy prime minister said the budget was ready.",
            "Srettha Thavi",
        ),
        (
            "Kenyan Vice President Rigathi Ochieng visited Uganda. The Kenyan President said the visit went well.",
            "Rigathi Ochieng",
        ),
        # an envoy is not the president
        (
            "French President Emmanuel Marchand visited Lebanon on Monday. "
            "The French envoy said the talks would continue.",
            "Emmanuel Marchand",
        ),
        # a vice president is not the leader
        (
            "Zimbabwean Vice President Constantino Moyo visited Zambia. The Zimbabwean leader said ties were strong.",
            "Constantino Moyo",
        ),
    ],
)
def test_description_of_another_rank_is_not_that_person(extract: Extract, text: str, not_speaker: str) -> None:
    assert all(not_speaker not in s for s in _speakers(extract(text)))


def test_an_official_may_be_the_vice_president(extract: Extract) -> None:
    f = extract("Iranian Vice President Ali Karimi visited Tajikistan. The Iranian official said ties were strong.")
    assert {"Ali Karimi"} in _speakers(f)


# -- "the Russian side" ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Chinese side said it valued the partnership with Pakistan.", "China"),
        (
            "Russian Foreign Minister Sergei Orlov met Chinese Foreign Minister Wang Lei in Moscow. "
            "The Russian side reaffirmed its support for the plan.",
            "Russia",
        ),
        ("The Turkish side stressed that the corridor must stay open.", "Türkiye"),
    ],
)
def test_the_demonym_side_is_the_country(extract: Extract, text: str, country: str) -> None:
    assert {country} in _speakers(extract(text))


def test_the_side_of_a_border_is_no_speaker(extract: Extract) -> None:
    f = extract("Pakistani troops crossed to the Afghan side of the border, Pakistani Army spokesman Asif Riaz said.")
    assert all("Afghanistan" not in s for s in _speakers(f))
