"""Adverbs and time phrases between a subject and its verb ("X has long denied", "X last week met Y"): the
subject still speaks or meets. Negations and "yet" are no such gap: "X has never met Y" tells of no meeting.
Every sentence is invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfacts.rules import Facts

Extract = Callable[..., Facts]

#: what may stand between the subject (or its auxiliary) and the verb
GAPS = [
    "always",
    "long",
    "often",
    "still",
    "now",
    "just",
    "since",
    "so far",
    "this week",
    "last week",
    "last month",
    "earlier this month",
    "earlier this year",
    "in recent days",
    "in recent weeks",
    "in the past",
    "at the time",
    "on several occasions",
    "in response",
    "meanwhile",
]

STATEMENTS = [
    ("Iranian Foreign Minister Ali Nouri {gap} stressed the need for dialogue with Europe.", "Ali Nouri"),
    ("The Chinese Foreign Ministry has {gap} condemned the sanctions on the firms.", "Foreign Ministry"),
    ("Rwanda has {gap} rejected the accusations made by the panel.", "Rwanda"),
]

MEETINGS = [
    "Egyptian Foreign Minister Badr Rashed has {gap} met his Turkish counterpart Hakan Yilmaz in Ankara.",
    "Indian Prime Minister Arun Mehta {gap} held talks with Japanese Prime Minister Kenji Sato in Tokyo.",
]


@pytest.mark.parametrize("gap", GAPS)
@pytest.mark.parametrize(("sentence", "speaker"), STATEMENTS)
def test_statement_subject_before_a_gap(extract: Extract, gap: str, sentence: str, speaker: str) -> None:
    f = extract(sentence.format(gap=gap), published="2026-05-20")
    (st,) = f.statements
    names = {a.id: a.name for a in f.actors}
    (name,) = [names[k] for k in st.speakers]
    assert name.endswith(speaker)


@pytest.mark.parametrize("gap", GAPS)
@pytest.mark.parametrize("sentence", MEETINGS)
def test_meeting_subject_before_a_gap(extract: Extract, gap: str, sentence: str) -> None:
    f = extract(sentence.format(gap=gap), published="2026-05-20")
    (m,) = f.meetings
    assert len(m.participants) == 2
    assert m.status == "held"


@pytest.mark.parametrize("gap", ["never", "yet to have", "not"])
@pytest.mark.parametrize("sentence", MEETINGS)
def test_a_negation_is_no_gap(extract: Extract, gap: str, sentence: str) -> None:
    f = extract(sentence.format(gap=gap), published="2026-05-20")
    assert not [m for m in f.meetings if m.status == "held"]
