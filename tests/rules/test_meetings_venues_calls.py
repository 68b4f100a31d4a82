"""Venues are no participants, phone calls told without "with", separate meetings, and a
"<nationality> side" reported by a readout (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfacts.rules import Facts

Extract = Callable[..., Facts]
PUB = "2025-03-19"


def _pairs(f: Facts) -> list[set[str]]:
    names = {a.id: a.name for a in f.actors}
    return [{names[p] for p in m.participants} for m in f.meetings]


# -- 1. a venue after "in"/"at" is never a participant --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Croatian Foreign Minister Ivan Kovac met Zoran Horvat in Ljubljana on Monday.",
        "Croatian Foreign Minister Ivan Kovac met Zoran Horvat at Oslo on Monday.",
        "Croatian Foreign Minister Ivan Kovac met the delegation in Oslo.",
        "Croatian Foreign Minister Ivan Kovac met in Ljubljana on Monday.",
        "Croatian Foreign Minister Ivan Kovac held talks in Oslo on Monday.",
        "Croatian Foreign Minister Ivan Kovac met with officials in the Netherlands.",
    ],
)
def test_venue_is_no_participant(extract: Extract, text: str) -> None:
    f = extract(text, PUB)
    countries = {a.name for a in f.actors if a.kind == "country"}
    assert not any(set(p) & countries for p in _pairs(f)), _pairs(f)


def test_named_object_keeps_its_venue(extract: Extract) -> None:
    f = extract(
        "Croatian Foreign Minister Ivan Kovac met Slovenian Foreign Minister Zoran Horvat in Ljubljana on Monday.", PUB
    )
    assert _pairs(f) == [{"Ivan Kovac", "Zoran Horvat"}]
    assert f.meetings[0].location is not None and f.meetings[0].location.name == "Ljubljana"


def test_visited_country_is_still_a_participant(extract: Extract) -> None:
    f = extract("Croatian Foreign Minister Ivan Kovac visited Norway on Monday.", PUB)
    assert _pairs(f) == [{"Ivan Kovac", "Norway"}]


# -- 2. "the <nationality> side ..., the ministry said" ------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "content"),
    [
        (
            "The Turkish side stressed the need for calm in the Aegean, the ministry said.",
            "Türkiye",
            "calm in the Aegean",
        ),
        ("The Greek side called for restraint, the Greek Foreign Ministry said in a statement.", "Greece", "restraint"),
        ("The Chinese side also voiced support for the ceasefire, the ministry added.", "China", "the ceasefire"),
    ],
)
def test_side_keeps_its_statement_under_a_trailing_source(
    extract: Extract, text: str, country: str, content: str
) -> None:
    f = extract(text, PUB)
    names = {a.id: a.name for a in f.actors}
    side = [s for s in f.statements if [names[k] for k in s.speakers] == [country]]
    assert len(side) == 1 and side[0].content == content
    assert "statement.side_in_report" in side[0].rules
    # the report of the report stays too (GUIDELINES: the source's statement holds the clause)
    assert any(names[s.speakers[0]] != country for s in f.statements)


def test_country_named_by_a_spokesman_is_his_words(extract: Extract) -> None:
    f = extract("Tehran welcomes any positive step, Iranian spokesman Ali Karimi said.", PUB)
    names = {a.id: a.name for a in f.actors}
    assert [[names[k] for k in s.speakers] for s in f.statements] == [["Ali Karimi"]]


# -- 3. a call told without "with" ----------------------------------------------------------------

TWO = "Turkish Foreign Minister Kemal Aydin and Greek Foreign Minister Nikos Petrou"


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (f"In a telephone conversation on Monday, {TWO} agreed to reopen the border.", "phone"),
        (f"In a phone call on Monday, {TWO} discussed the crisis.", "phone"),
        (f"{TWO} stressed the need for calm in a phone call on Monday.", "phone"),
        (f"{TWO} discussed the crisis in a phone call on Monday.", "phone"),
        ("In a video call on Tuesday, Turkey and Greece agreed to resume flights.", "video"),
    ],
)
def test_call_of_a_joint_subject(extract: Extract, text: str, modality: str) -> None:
    f = extract(text, PUB)
    assert len(f.meetings) == 1
    m = f.meetings[0]
    assert len(m.participants) == 2 and m.modality == modality
    assert m.date is not None


def test_call_tail_is_no_content(extract: Extract) -> None:
    f = extract(f"{TWO} stressed the need for calm in a phone call on Monday.", PUB)
    assert [s.content for s in f.statements] == ["calm"]
    assert "meeting.joint_in_a_call" in f.meetings[0].rules


def test_front_call_rule_name(extract: Extract) -> None:
    f = extract(f"In a telephone conversation on Monday, {TWO} agreed to reopen the border.", PUB)
    assert "meeting.joint_front" in f.meetings[0].rules


@pytest.mark.parametrize(
    "text",
    [
        "Turkish Foreign Minister Kemal Aydin stressed the need for calm in a phone call on Monday.",
        f"After a meeting on Tuesday, {TWO} said flights would resume.",
        f"{TWO} stressed the need for calm in a meeting of the alliance on Monday.",
    ],
)
def test_no_call_meeting_without_two_parties(extract: Extract, text: str) -> None:
    assert extract(text, PUB).meetings == ()


# -- 4. separately ---------------------------------------------------------------------------------

AB = "Greek Foreign Minister Nikos Petrou and Greek Defence Minister Eleni Kosta"


@pytest.mark.parametrize(
    "text",
    [
        f"Turkish Foreign Minister Kemal Aydin met separately with {AB} on Monday.",
        f"Turkish Foreign Minister Kemal Aydin separately met {AB} on Monday.",
        f"Turkish Foreign Minister Kemal Aydin met {AB} separately on Monday.",
        f"Turkish Foreign Minister Kemal Aydin held separate talks with {AB}.",
    ],
)
def test_separately_is_two_meetings(extract: Extract, text: str) -> None:
    f = extract(text, PUB)
    assert _pairs(f) == [{"Kemal Aydin", "Nikos Petrou"}, {"Kemal Aydin", "Eleni Kosta"}]


@pytest.mark.parametrize(
    "text",
    [
        f"Turkish Foreign Minister Kemal Aydin held talks with {AB} on Monday.",
        f"Turkish Foreign Minister Kemal Aydin met {AB} on Monday.",
    ],
)
def test_talks_with_two_of_one_country_is_one_meeting(extract: Extract, text: str) -> None:
    assert _pairs(extract(text, PUB)) == [{"Kemal Aydin", "Nikos Petrou", "Eleni Kosta"}]
