"""Session 5 (fin): a state's body named with its "of" portfolio ("the Iraqi Ministry of Finance", "the South
Sudanese ministry of information") speaks under its full name; "the note added" refers back to the body whose
statement was read."""

from __future__ import annotations

from collections.abc import Callable

from newsfacts.rules import Facts

from .facts import one_by_cue, speaker_names

Extract = Callable[..., Facts]


def test_capitalised_portfolio_is_part_of_the_body_name(extract: Extract) -> None:
    f = extract("The Maltese Ministry of Finance said on Tuesday that pensions would rise by four percent next year.")
    st = one_by_cue(f, "said")
    assert speaker_names(f, st) == ["Maltese Ministry of Finance"]
    assert "actor.body_of_portfolio" in {r for a in f.actors for r in a.rules}


def test_portfolio_with_and(extract: Extract) -> None:
    f = extract("The Estonian Ministry of Culture and Sport denied the reports about the closure of the museum.")
    assert speaker_names(f, one_by_cue(f, "denied")) == ["Estonian Ministry of Culture and Sport"]


def test_portfolio_stops_before_a_day_and_a_state(extract: Extract) -> None:
    f = extract("The Chilean Ministry of Energy on Monday rejected the proposal of the mining companies.")
    assert speaker_names(f, one_by_cue(f, "rejected")) == ["Chilean Ministry of Energy"]
    f = extract("The Ministry of Foreign Affairs of Peru said the ambassador had been recalled for consultations.")
    assert speaker_names(f, one_by_cue(f, "said")) == ["Ministry of Foreign Affairs of Peru"]


def test_no_portfolio_keeps_the_short_name(extract: Extract) -> None:
    f = extract("The Latvian Foreign Ministry said the envoy would be summoned over the remarks.")
    assert speaker_names(f, one_by_cue(f, "said")) == ["Latvian Foreign Ministry"]


def test_lower_case_portfolio_after_a_two_word_demonym(extract: Extract) -> None:
    f = extract("The Sri Lankan ministry of fisheries welcomed the release of the trawlers on Sunday.")
    assert speaker_names(f, one_by_cue(f, "welcomed")) == ["Sri Lankan ministry of fisheries"]


def test_the_note_added_refers_to_the_last_source(extract: Extract) -> None:
    f = extract(
        "The Chilean Foreign Ministry said the two ministers had discussed the border crossings. "
        "Energy and fisheries were also on the agenda, the note added."
    )
    st = one_by_cue(f, "the note added")
    assert speaker_names(f, st) == ["Chilean Foreign Ministry"]


def test_the_note_added_after_an_issued_statement(extract: Extract) -> None:
    f = extract(
        "The Danish Foreign Ministry issued a statement on Monday. "
        "The note added that Denmark would send an envoy to the region."
    )
    (st,) = f.statements
    assert speaker_names(f, st) == ["Danish Foreign Ministry"]
