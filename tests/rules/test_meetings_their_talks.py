"""meeting.their_talks: "X and Y agreed ... during their talks" tells of the subjects' own talk when no meeting
was told before; after one, "their talks" is that meeting told again. Every sentence is invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfacts.rules import Facts

from .facts import meeting_parties

Extract = Callable[..., Facts]

A = "Japanese Prime Minister Kenji Sato"
B = "Australian Prime Minister Mark Hollis"


@pytest.mark.parametrize(
    "sentence",
    [
        f"{A} and {B} agreed to deepen their alliance during their talks in Tokyo on Friday.",
        f"{A} and {B} agreed to deepen their alliance at their meeting in Tokyo.",
        f"{A} and {B} agreed to deepen their alliance in their first in-person talks.",
        f"During their talks on Friday, {A} and {B} agreed to deepen the alliance.",
        f"At their meeting in Tokyo, {A} and {B} agreed to deepen the alliance.",
    ],
)
def test_their_talks_is_a_meeting_of_the_subjects(extract: Extract, sentence: str) -> None:
    f = extract(sentence, published="2026-05-20")
    assert meeting_parties(f) == [{"Kenji Sato", "Mark Hollis"}]
    (m,) = f.meetings
    assert m.modality == "in_person" and m.status == "held"


def test_after_a_meeting_their_talks_is_that_meeting(extract: Extract) -> None:
    f = extract(
        f"{A} met {B} in Tokyo on Monday. Sato and Hollis agreed to deepen their alliance during their talks.",
        published="2026-05-20",
    )
    assert meeting_parties(f) == [{"Kenji Sato", "Mark Hollis"}]
    (m,) = f.meetings
    assert "meeting.followup" in m.rules


@pytest.mark.parametrize(
    "sentence",
    [
        f"{A} and {B} took part in their first conference.",
        f"{A} said their talks had been productive.",
        "Analysts said the two leaders differed on trade during their talks.",
    ],
)
def test_no_talk_of_the_subjects(extract: Extract, sentence: str) -> None:
    assert not extract(sentence, published="2026-05-20").meetings
