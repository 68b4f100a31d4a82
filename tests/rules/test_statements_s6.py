"""Statements, session 6: a body's report ("the ministry reported"), houses and ministries named by their own
name, "according to a note from", intensified concerns and proposals."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfacts.rules import Facts

Extract = Callable[..., Facts]


def _speakers(f: Facts, i: int = 0) -> list[str]:
    names = {a.id: a.name for a in f.actors}
    return [names[k] for k in f.statements[i].speakers]


def _by_cue(f: Facts, cue: str) -> list[int]:
    return [i for i, s in enumerate(f.statements) if s.cue == cue]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The Interior Ministry reported that 300 migrants had crossed the river in May.",
            "Interior Ministry",
            "300 migrants had crossed the river in May",
        ),
        (
            "Ten fishing boats were seized near the reef on Sunday, the Coast Guard reported.",
            "Coast Guard",
            "Ten fishing boats were seized near the reef on Sunday",
        ),
        (
            "Exports of coffee fell by a fifth in the second quarter, the National Statistics Office reported.",
            "National Statistics Office",
            "Exports of coffee fell by a fifth in the second quarter",
        ),
    ],
)
def test_body_reported(extract: Extract, text: str, speaker: str, content: str) -> None:
    f = extract(text)
    (s,) = f.statements
    assert _speakers(f) == [speaker]
    assert s.content == content
    assert s.kind == "say"


@pytest.mark.parametrize(
    "text",
    [
        # a news agency's own sourcing is no statement
        "The two envoys reviewed the grain corridor on Friday, the Qatar News Agency reported.",
        "Trend reports, citing nobody, that the pipeline opened.",
        # an unnamed source that reports is the press's
        "The two envoys reviewed the grain corridor on Friday, a Slovenian source reported.",
        # "reports" as a noun
        "The two envoys discussed reports of shelling near the border.",
    ],
)
def test_reported_not_a_statement(extract: Extract, text: str) -> None:
    f = extract(text)
    assert not [s for s in f.statements if s.cue.endswith(("reported", "reports"))]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Global Affairs Canada said the consular team had reached the detained engineer.", "Global Affairs Canada"),
        ("The Cancillería said the two ministers would meet again in March.", "Cancillería"),
        ("Akorda said the president would travel to Bishkek next week.", "Akorda"),
    ],
)
def test_house_named_body(extract: Extract, text: str, speaker: str) -> None:
    f = extract(text)
    assert len(f.statements) == 1
    assert _speakers(f) == [speaker]
    assert next(a for a in f.actors if a.name == speaker).kind == "organization"


def test_house_named_body_country(extract: Extract) -> None:
    f = extract("Global Affairs Canada said the consular team had reached the detained engineer.")
    assert next(a for a in f.actors if a.name == "Global Affairs Canada").country == "CAN"


def test_house_at_a_venue_is_no_party(extract: Extract) -> None:
    f = extract("President Jomo Wafula received the Ugandan envoy Alice Nakato at Casa Presidencial on Monday.")
    assert not [a for a in f.actors if a.name == "Casa Presidencial"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "According to a note from the Farnesina, the two ministers discussed the Sahel.",
            "Farnesina",
            "the two ministers discussed the Sahel",
        ),
        (
            "According to a readout from Global Affairs Canada, the ministers reviewed the tariff dispute.",
            "Global Affairs Canada",
            "the ministers reviewed the tariff dispute",
        ),
        (
            "According to a statement from Casa Presidencial, the two presidents spoke for an hour.",
            "Casa Presidencial",
            "the two presidents spoke for an hour",
        ),
    ],
)
def test_according_to_document_of_named_body(extract: Extract, text: str, speaker: str, content: str) -> None:
    f = extract(text)
    (s,) = f.statements
    assert _speakers(f) == [speaker]
    assert s.content == content


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Foreign Minister Lena Berg expressed serious concern over the shelling of the port.", "disapprove"),
        ("Senator Paul Okafor voiced deep concern about the arrests of the two editors.", "disapprove"),
        ("Ambassador Kari Lund conveyed Norway's grave concern over the expulsions.", "disapprove"),
        ('Senator Paul Okafor had expressed "deep concern" over the arrests.', "disapprove"),
        # a plain concern stays `say`
        ("Foreign Minister Lena Berg expressed concern over the floods in the north.", "say"),
    ],
)
def test_intensified_concern(extract: Extract, text: str, kind: str) -> None:
    f = extract(text)
    (s,) = f.statements
    assert s.kind == kind


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Foreign Minister Pablo Vera proposed a joint fund for glacier research.",
            "a joint fund for glacier research",
        ),
        (
            "Foreign Minister Pablo Vera proposed the opening of a second border crossing.",
            "the opening of a second border crossing",
        ),
    ],
)
def test_proposed_object(extract: Extract, text: str, content: str) -> None:
    f = extract(text)
    (s,) = f.statements
    assert s.kind == "appeal"
    assert s.content == content


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The press service of the Cabinet denied that the crossing had been closed.", "Press service of the Cabinet"),
        (
            "The crossing will reopen on Friday, the press service of the Moldovan Foreign Ministry said.",
            "Press service of the Moldovan Foreign Ministry",
        ),
        (
            "The crossing will reopen on Friday, the Estonian Foreign Ministry's press service reported.",
            "Estonian Foreign Ministry",  # a named institution's press office is its voice
        ),
        (
            "The crossing will reopen on Friday, the President's press secretariat said.",
            "President's press secretariat",
        ),
    ],
)
def test_press_service(extract: Extract, text: str, speaker: str) -> None:
    f = extract(text)
    (s,) = f.statements
    assert _speakers(f) == [speaker]
    assert "statement.press_service" in s.rules
    assert s.content == "The crossing will reopen on Friday" or s.cue == "denied"


def test_according_to_press_service(extract: Extract) -> None:
    f = extract("According to the Latvian government's press service, the two prime ministers spoke for an hour.")
    (s,) = f.statements
    assert _speakers(f) == ["Latvian government's press service"]
    assert s.content == "the two prime ministers spoke for an hour"
    assert s.rules[0] == "statement.according_to_press_service"


def test_statement_read(extract: Extract) -> None:
    f = extract(
        "The Presidency said in a statement that the two leaders had spoken by telephone. "
        '"The two heads of state condemned the raids on the border markets," the statement read.'
    )
    (s,) = [s for s in f.statements if s.cue == "the statement read"]
    assert _speakers(f, f.statements.index(s)) == ["Presidency"]
    assert s.content.startswith("The two heads of state condemned the raids")


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Lena Berg read a letter from the king to the assembly.",
        "Foreign Minister Lena Berg read out the joint declaration.",
    ],
)
def test_read_is_no_cue_of_a_reader(extract: Extract, text: str) -> None:
    f = extract(text)
    assert not [s for s in f.statements if "read" in s.cue]


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Lena Berg toured the islands claimed by both countries on Monday.",
        "Foreign Minister Lena Berg discussed the measures announced by the finance ministry.",
        "Foreign Minister Lena Berg, in remarks to the press, thanked the hosts.",
    ],
)
def test_participle_and_noun_forms_are_no_cues(extract: Extract, text: str) -> None:
    f = extract(text)
    assert not [s for s in f.statements if s.cue in ("claimed", "announced", "remarks")]


def test_said_by_telephone_stays_a_statement(extract: Extract) -> None:
    f = extract("Foreign Minister Lena Berg said by telephone that the talks had been useful.")
    (s,) = f.statements
    assert s.content == "the talks had been useful"


def test_account_inner_subject(extract: Extract) -> None:
    f = extract(
        "Dutch Foreign Minister Anna Visser met her Belgian counterpart Luc Peeters in The Hague on Monday. "
        "According to a statement from the ministry, the two ministers reviewed the canal treaty and agreed to "
        "set up a joint commission."
    )
    (acc,) = [s for s in f.statements if s.cue == "According to"]
    assert acc.content == "the two ministers reviewed the canal treaty and agreed to set up a joint commission"
    (agreed,) = [s for s in f.statements if s.cue == "agreed to"]
    assert sorted(_speakers(f, f.statements.index(agreed))) == ["Anna Visser", "Luc Peeters"]
    assert agreed.rules[0] == "statement.account_inner"


def test_account_inner_needs_an_actor(extract: Extract) -> None:
    f = extract("According to the Farnesina, the visit was useful and stressed the need for more trade.")
    assert [s.cue for s in f.statements] == ["According to"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Foreign Minister Lena Berg expressed her condolences to the families of the victims.",
            "expressed her condolences to",
        ),
        (
            "Foreign Minister Paul Okafor conveyed his condolences to the families of the victims.",
            "conveyed his condolences to",
        ),
    ],
)
def test_condolences_with_pronoun(extract: Extract, text: str, cue: str) -> None:
    f = extract(text)
    (s,) = f.statements
    assert s.cue == cue
    assert s.kind == "say"
    assert s.content == "the families of the victims"


def test_a_suggestion_is_an_appeal(extract: Extract) -> None:
    # "suggested that the two sides set up a hotline": a proposal, as "proposed" is
    f = extract("Foreign Minister Lena Berg suggested that the two sides set up a hotline between their coast guards.")
    (s,) = f.statements
    assert s.cue == "suggested"
    assert s.kind == "appeal"
