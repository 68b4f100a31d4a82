"""Descriptions that must find the right person, as outlets we have not seen write them.

Sentences invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfacts.rules import Facts

Extract = Callable[..., Facts]


def _speakers(f: Facts) -> list[set[str]]:
    names = {a.id: a.name for a in f.actors}
    return [{names[i] for i in s.speakers} for s in f.statements]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Iranian Foreign Minister Ali Rahimi met Omani Foreign Minister Badr Busaidi in Muscat. "
            "The visiting minister said ties were strong.",
            "Ali Rahimi",
        ),
        (
            "Omani Foreign Minister Badr Busaidi met Iranian Foreign Minister Ali Rahimi in Muscat on Monday. "
            "The visiting minister said ties were strong.",
            "Ali Rahimi",
        ),
        (
            "Omani Foreign Minister Badr Busaidi received Iranian Foreign Minister Ali Rahimi, who arrived in "
            "Muscat on Monday. The visiting foreign minister said ties were strong.",
            "Ali Rahimi",
        ),
        (
            "Iranian Foreign Minister Ali Rahimi met Omani Foreign Minister Badr Busaidi in Tehran. "
            "The visiting minister said ties were strong.",
            "Badr Busaidi",
        ),
    ],
)
def test_the_visitor_is_not_of_the_host_country(extract: Extract, text: str, speaker: str) -> None:
    assert _speakers(extract(text)) == [{speaker}]


def test_a_visitor_with_no_place_told_is_the_last_who_fits(extract: Extract) -> None:
    text = (
        "Iranian Foreign Minister Ali Rahimi met Omani Foreign Minister Badr Busaidi on Monday. "
        "The visiting minister said ties were strong."
    )
    assert _speakers(extract(text)) == [{"Badr Busaidi"}]


@pytest.mark.parametrize(
    ("text", "not_speaker"),
    [
        (
            "Former Kenyan President Daniel Mwangi met Ugandan President Yoweri Okello in Kampala. "
            "The Kenyan president said the border would reopen.",
            "Daniel Mwangi",
        ),
        (
            "Kenyan President William Otieno met Ugandan President Yoweri Okello in Kampala. "
            "The former Kenyan president said the border would reopen.",
            "William Otieno",
        ),
    ],
)
def test_a_former_holder_is_not_the_holder(extract: Extract, text: str, not_speaker: str) -> None:
    assert all(not_speaker not in s for s in _speakers(extract(text)))
