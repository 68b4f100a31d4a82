"""Statements on unseen outlets, session 5: bodies that publish figures, bodies of an office or a state,
an account that holds a whole clause, outlets with "&" or hyphens, capitalised press adjectives, and
"called X 'Y'" with a quoted judgement."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfacts.lexicon import load_lexicon
from newsfacts.rules import Facts

from .facts import one_by_cue, speaker_names

Extract = Callable[..., Facts]

MEETING = "Foreign Minister Adel Nasser met his Tunisian counterpart Sami Ben Ali in Cairo on Monday. "


# statement.according_to_body: banks, boards, institutes and associations; "figures/data from"; a "for" name


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "Fish exports fell by a fifth last year, according to figures from the Coastal Reserve Bank.",
            "according to",
            "Coastal Reserve Bank",
            "Fish exports fell by a fifth last year",
        ),
        (
            "Hotel bookings rose 9 per cent in the spring, according to the Island Tourist Board.",
            "according to",
            "Island Tourist Board",
            "Hotel bookings rose 9 per cent in the spring",
        ),
        (
            "According to data from the Valley Institute of Statistics, grain prices doubled.",
            "According to",
            "Valley Institute of Statistics",
            "grain prices doubled",
        ),
        (
            "Some 800 detainees were freed this year, according to the Committee for the Defence of Detainees.",
            "according to",
            "Committee for the Defence of Detainees",
            "Some 800 detainees were freed this year",
        ),
    ],
)
def test_figures_from_a_named_body(extract: Extract, text: str, cue: str, speaker: str, content: str) -> None:
    f = extract(MEETING + text)
    st = one_by_cue(f, cue)
    assert speaker_names(f, st) == [speaker]
    assert st.content == content
    assert st.kind == "say"


# a state, or an office's title after "the", after "of" is whose the body is


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "Exports fell by a fifth last year, according to the Central Bank of Tunisia.",
            "according to",
            "Central Bank of Tunisia",
        ),
        ("The Reserve Bank of Tunisia said growth would slow to 2 per cent.", "said", "Reserve Bank of Tunisia"),
        (
            "According to the Office of the President, the two men discussed trade.",
            "According to",
            "Office of the President",
        ),
        (
            '"The visit was useful," the Office of the President said.',
            "the Office of the President said",
            "Office of the President",
        ),
    ],
)
def test_body_of_a_state_or_an_office(extract: Extract, text: str, cue: str, speaker: str) -> None:
    f = extract(MEETING + text)
    st = one_by_cue(f, cue)
    assert speaker_names(f, st) == [speaker]


# statement.account_whole: an account keeps the whole clause; the clause's own cues stay statements


def test_account_keeps_the_whole_clause(extract: Extract) -> None:
    f = extract(
        MEETING + "According to a statement from the Maritime Council, Nasser welcomed the offer and urged "
        "the shipping lines to return."
    )
    st = one_by_cue(f, "According to")
    assert speaker_names(f, st) == ["Maritime Council"]
    assert st.content == "Nasser welcomed the offer and urged the shipping lines to return"
    assert "statement.account_whole" in st.rules
    urged = one_by_cue(f, "urged")
    assert speaker_names(f, urged) == ["Adel Nasser"]
    assert urged.content == "the shipping lines to return"


# statement.told_media: outlets with "&" or hyphens, capitalised press adjectives, ", while <-ing>"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("“We are a sovereign country,” Nasser later told the P&Q.", "Adel Nasser", "We are a sovereign country"),
        (
            "The envoy is expected to arrive on Friday, a diplomatic source told Al-Nahar Al-Jadid.",
            "diplomatic source",
            "The envoy is expected to arrive on Friday",
        ),
        (
            "Egypt needed no lessons from anyone, the Egyptian minister told Egyptian journalists after the meeting.",
            "Adel Nasser",
            "Egypt needed no lessons from anyone",
        ),
        (
            "“We speak with everyone,” Nasser told Nouvel Hebdo after the talks, while insisting trade came first.",
            "Adel Nasser",
            "We speak with everyone",
        ),
    ],
)
def test_told_outlets(extract: Extract, text: str, speaker: str, content: str) -> None:
    f = extract(MEETING + text)
    sts = [s for s in f.statements if s.content == content]
    assert len(sts) == 1
    assert speaker_names(f, sts[0]) == [speaker]
    assert not any(s.cue == "told" for s in f.statements)  # the outlet is no content


def test_said_afterwards_then_a_participle(extract: Extract) -> None:
    f = extract(MEETING + "“Europe must do more,” Nasser said afterwards, speaking on the sidelines of a forum.")
    (st,) = f.statements
    assert speaker_names(f, st) == ["Adel Nasser"]
    assert st.content.startswith("Europe must do more")


def test_told_tables_hold_the_press_words() -> None:
    lx = load_lexicon()
    assert {"media", "reporters", "journalists"} <= lx.told_media_nouns
    assert {"local", "state-run"} <= lx.told_media_modifiers
    assert {"broadcaster", "news agency", "TV"} <= lx.told_outlet_kinds


# "called X 'Y'": a quoted judgement after the object


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Nasser called the talks “the most open in a decade”.", "called", "the talks “the most open in a decade”"),
        (
            "The Tunisian foreign ministry demanded the release of the crew, calling the seizure “an act of piracy”.",
            "calling",
            "the seizure “an act of piracy”",
        ),
    ],
)
def test_called_with_a_quoted_judgement(extract: Extract, text: str, cue: str, content: str) -> None:
    f = extract(MEETING + text)
    st = one_by_cue(f, cue)
    assert st.content == content


@pytest.mark.parametrize(
    "text",
    [
        "Nasser called the hotel to book a room for the delegation.",
        "Nasser called Ben Ali on Tuesday.",
    ],
)
def test_called_without_a_judgement_is_no_statement(extract: Extract, text: str) -> None:
    f = extract(MEETING + text)
    assert not [s for s in f.statements if s.cue.lower() == "called"]


# statement.according_to_body: mentions before the body's name are no part of it; a head read alone


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Tunisia's economy grew 3 per cent this year, according to the Central Bank of Tunisia.",
            "Central Bank of Tunisia",
        ),
        ("Egypt's defence budget is set to rise this year, according to the Finance Ministry.", "Finance Ministry"),
    ],
)
def test_account_body_after_a_named_subject(extract: Extract, text: str, speaker: str) -> None:
    f = extract(MEETING + text)
    st = one_by_cue(f, "according to")
    assert speaker_names(f, st) == [speaker]
    assert st.content == text.split(", according to")[0]


# kinds: "stressed the importance of" asks for it; "described as interference" disapproves


def test_importance_of_is_an_appeal(extract: Extract) -> None:
    f = extract(MEETING + "Nasser stressed the importance of reopening the border crossings.")
    st = one_by_cue(f, "stressed the importance of")
    assert st.kind == "appeal"
    assert st.content == "reopening the border crossings"


def test_described_as_interference_disapproves(extract: Extract) -> None:
    f = extract(MEETING + "Ben Ali described the remarks as “interference in our affairs”.")
    st = one_by_cue(f, "described")
    assert st.kind == "disapprove"


# statement.possessive_body: an international organization owns bodies too


def test_body_of_an_international_organization(extract: Extract) -> None:
    f = extract(
        MEETING + "The European Union’s diplomatic service expressed solidarity with Tunisia and called on Libya "
        "to release the sailors."
    )
    st = one_by_cue(f, "called on")
    assert speaker_names(f, st) == ["European Union’s diplomatic service"]
    assert st.content == "Libya to release the sailors"


def test_possessive_of_a_common_noun_is_no_body(extract: Extract) -> None:
    f = extract(MEETING + "The union's legal service said the strike would go ahead.")
    assert not any(a.name.startswith("union") for a in f.actors)
