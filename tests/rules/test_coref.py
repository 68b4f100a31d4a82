"""Coreference rules: pronouns, descriptions, groups."""

from __future__ import annotations

from collections.abc import Callable

from newsfacts.rules import Facts

Extract = Callable[..., Facts]


def test_pronoun_refers_to_the_last_speaker(extract: Extract) -> None:
    f = extract("Mexican Foreign Minister Luis Ortega Ramos met reporters. He stressed that talks must go on.")
    (s,) = f.statements
    assert [a.name for a in f.actors if a.id in s.speakers] == ["Luis Ortega Ramos"]


def test_description_with_demonym(extract: Extract) -> None:
    text = (
        "Indonesian Foreign Minister Dewi Kartika met Dutch Foreign Minister Jan de Boer in Jakarta. "
        "The Indonesian diplomat condemned the attack on the embassy."
    )
    f = extract(text)
    s = f.statements[0]
    assert [a.name for a in f.actors if a.id in s.speakers] == ["Dewi Kartika"]


def test_group_refers_to_the_meeting_participants(extract: Extract) -> None:
    text = (
        "Norwegian Foreign Minister Erik Lund held talks with his Finnish counterpart Anna Virtanen in Oslo. "
        "The two ministers called for closer cooperation in the Arctic."
    )
    f = extract(text)
    s = f.statements[0]
    assert set(s.speakers) == {a.id for a in f.actors if a.kind == "person"}
    assert s.kind == "appeal"


def test_the_statement_refers_to_its_issuer(extract: Extract) -> None:
    text = (
        "The talks were frank, according to a statement issued by the Peruvian Foreign Ministry. "
        "“We want peace,” the statement said."
    )
    f = extract(text)
    org = next(a for a in f.actors if a.kind == "organization")
    assert all(s.speakers == (org.id,) for s in f.statements)
    assert len(f.statements) == 2
