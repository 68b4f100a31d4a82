"""Statements, round 3: lower-case modifiers before a fronted title, anonymous plural sources, ambiguous
descriptions, 'called X a success'."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfacts.rules import Facts

Extract = Callable[..., Facts]


def _speakers(f: Facts, i: int = 0) -> list[str]:
    names = {a.id: a.name for a in f.actors}
    return [names[k] for k in f.statements[i].speakers]


def _persons(f: Facts) -> list[str]:
    return [a.name for a in f.actors if a.kind == "person"]


# statement.fronted_title: a lower-case modifier before the title of a fronted quote's speaker


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The visit will take place in May, presidential spokesman Oleg Varga said.", "Oleg Varga", None),
        ("The visit will take place in May, presidential spokesman Oleg Varga told reporters.", "Oleg Varga", None),
        ("The talks were useful, government spokeswoman Ilona Berg told reporters.", "Ilona Berg", None),
        ("The talks were useful, government spokeswoman Ilona Berg told reporters in Vilnius.", "Ilona Berg", None),
        ("The talks were useful, the presidential spokesman Oleg Varga said.", "Oleg Varga", None),
        ("“We will not back down,” presidential aide Oleg Varga said.", "Oleg Varga", "We will not back down"),
        ("The ceasefire must hold, senior adviser Ilona Berg said.", "Ilona Berg", "The ceasefire must hold"),
        ("The ceasefire must hold, chief negotiator Ilona Berg said.", "Ilona Berg", "The ceasefire must hold"),
    ],
)
def test_modifier_before_fronted_title(extract: Extract, text: str, speaker: str, content: str | None) -> None:
    f = extract(text)
    (s,) = f.statements
    assert _speakers(f) == [speaker]
    assert speaker in _persons(f)
    first = text.split(",")[0]
    assert s.content.rstrip(",") == (content or first)
    assert s.cue.endswith(("said", "told"))


@pytest.mark.parametrize(
    "text",
    [
        "On Monday presidential spokesman Oleg Varga said the visit would take place in May.",
        "Presidential spokesman Oleg Varga said the visit would take place in May.",
        "Later, presidential spokesman Oleg Varga said the visit would take place in May.",
    ],
)
def test_modifier_title_not_fronted(extract: Extract, text: str) -> None:
    f = extract(text)
    (s,) = f.statements
    assert _speakers(f) == ["Oleg Varga"]
    assert s.content == "the visit would take place in May"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The visit will take place in May, said presidential spokesman Oleg Varga.", "said"),
        ("The visit will take place in May, said the presidential spokesman Oleg Varga on Monday.", "said"),
        ("The visit will take place in May, according to presidential spokesman Oleg Varga.", "according to"),
        ("According to presidential spokesman Oleg Varga, the visit will take place in May.", "According to"),
        ("The visit will take place in May, according to Kremlin aide Oleg Varga.", "according to"),
        ("The visit will take place in May, the country's presidential spokesman Oleg Varga said.", "said"),
        ("“The visit will take place in May,” presidential spokesman Oleg Varga told the Baltic news agency.", "told"),
    ],
)
def test_modifier_title_inverted_and_according_to(extract: Extract, text: str, cue: str) -> None:
    f = extract(text)
    (s,) = f.statements
    assert _speakers(f) == ["Oleg Varga"]
    assert s.cue.startswith(cue) or s.cue.endswith(cue)
    assert s.content.rstrip(",").lower() == "the visit will take place in may"


def test_conjunction_is_no_title_modifier(extract: Extract) -> None:
    # ", and spokesman X said." opens a new clause: its first half is no quote of X
    f = extract("The talks ended in Vilnius, and spokesman Oleg Varga said.")
    assert all(s.content != "The talks ended in Vilnius" for s in f.statements)


# statement.anonymous_source: plural sources with no determiner are an unnamed group (as the gold
# annotates "Palestinian sources", "Chinese experts"); a lone plural opening a sentence is no person


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Western diplomats said the talks had stalled.", "Western diplomats", "the talks had stalled"),
        ("Two EU diplomats told the paper that the deal was close.", "Two EU diplomats", "the deal was close"),
        ("Several analysts said the sanctions had failed.", "Several analysts", "the sanctions had failed"),
        ("Economic analysts welcomed the agreement.", "Economic analysts", "the agreement"),
        ("The talks had stalled, Western diplomats said.", "Western diplomats", "The talks had stalled"),
        ("The deal would fail, experts said.", "experts", "The deal would fail"),
        ("Diplomatic sources said the talks had stalled.", "Diplomatic sources", "the talks had stalled"),
        ("Many observers said the vote was flawed.", "Many observers", "the vote was flawed"),
        (
            "People familiar with the matter said the visit was planned.",
            "People familiar with the matter",
            "the visit was planned",
        ),
        (
            "Two Western diplomats, speaking on condition of anonymity, said the talks had stalled.",
            "Two Western diplomats",
            "the talks had stalled",
        ),
        ("Western diplomats, who asked not to be named, said the talks had stalled.", "Western diplomats", None),
    ],
)
def test_anonymous_source(extract: Extract, text: str, speaker: str, content: str | None) -> None:
    f = extract(text)
    (s,) = f.statements
    assert _speakers(f) == [speaker]
    assert next(a for a in f.actors if a.name == speaker).kind == "group"
    assert s.content == (content or "the talks had stalled")
    assert not _persons(f)


@pytest.mark.parametrize(
    "text",
    [
        "Traders said the oil price would rise.",
        "Bankers said the oil price would rise.",
        "Witnesses said the convoy had turned back.",
        "Organisers told reporters the summit would go ahead.",
        "Observers welcomed the deal.",
        "Analysts said the talks had stalled.",
    ],
)
def test_plural_opener_is_no_person(extract: Extract, text: str) -> None:
    f = extract(text)
    assert not _persons(f)
    assert not f.statements  # not a source noun: no speaker at all


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the parties told before, not anonymous sources
        ("Ilona Berg met Oleg Varga in Riga. The diplomats said the talks were useful.", {"Ilona Berg", "Oleg Varga"}),
        (
            "Ilona Berg met Oleg Varga in Vilnius. The two diplomats said the talks were useful.",
            {"Ilona Berg", "Oleg Varga"},
        ),
        # a surname told before keeps its person
        ("Foreign Minister Tom Evans met Ilona Berg in Vilnius. Evans said the talks were useful.", {"Tom Evans"}),
    ],
)
def test_anonymous_source_near_misses(extract: Extract, text: str, speakers: set[str]) -> None:
    f = extract(text)
    (s,) = f.statements
    assert set(_speakers(f)) == speakers
    assert "statement.anonymous_source" not in s.rules


def test_both_diplomats_are_no_anonymous_source(extract: Extract) -> None:
    f = extract("Ilona Berg met Oleg Varga in Vilnius. Both diplomats said the talks were useful.")
    assert all("statement.anonymous_source" not in s.rules for s in f.statements)


# coref.ambiguous_description: "the minister" with two ministers of different countries just told


@pytest.mark.parametrize(
    "text",
    [
        "Latvian Foreign Minister Ilona Berg met Hungarian Foreign Minister Oleg Varga in Riga on Monday. "
        "The minister said the talks were useful.",
        "Latvian Prime Minister Ilona Berg received Hungarian Prime Minister Oleg Varga in Riga. "
        "The prime minister said a visit was planned.",
        "Latvian Foreign Minister Ilona Berg held talks with Hungarian Foreign Minister Oleg Varga. "
        "The minister also said trade would grow.",
    ],
)
def test_ambiguous_minister_gives_no_statement(extract: Extract, text: str) -> None:
    f = extract(text)
    assert not f.statements


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the last one told spoke: the established subject
        (
            "Latvian Foreign Minister Ilona Berg met Hungarian Foreign Minister Oleg Varga in Riga. "
            "Varga said the talks were useful. The minister added that a visit was planned.",
            "Oleg Varga",
        ),
        # only one of the two spoke: the paragraph's speaker
        (
            "Latvian Foreign Minister Ilona Berg said ties were strong. She then met Hungarian Foreign Minister "
            "Oleg Varga. The minister said the talks were useful.",
            "Ilona Berg",
        ),
        # only one fits
        (
            "Latvian Foreign Minister Ilona Berg arrived in Riga. The minister said the talks would be useful.",
            "Ilona Berg",
        ),
        (
            "Latvian Foreign Minister Ilona Berg met Hungarian Defence Minister Oleg Varga in Riga. "
            "The foreign minister said the talks were useful.",
            "Ilona Berg",
        ),
        # the description names its country
        (
            "Latvian Foreign Minister Ilona Berg met Hungarian Foreign Minister Oleg Varga in Riga. "
            "The Latvian minister said the talks were useful.",
            "Ilona Berg",
        ),
    ],
)
def test_unambiguous_minister(extract: Extract, text: str, speaker: str) -> None:
    f = extract(text)
    assert _speakers(f, len(f.statements) - 1) == [speaker]


# 'call' as describe-as: "called the talks constructive" -> approve, "called X a threat" -> disapprove


@pytest.mark.parametrize(
    ("text", "kind", "content"),
    [
        ("Foreign Minister Ilona Berg called the talks constructive.", "approve", "the talks constructive"),
        ("Foreign Minister Ilona Berg called the talks a success.", "approve", "the talks a success"),
        ("Foreign Minister Ilona Berg called the meeting very useful.", "approve", "the meeting very useful"),
        ("Ilona Berg called the new sanctions a threat to peace.", "disapprove", "the new sanctions a threat to peace"),
        ("Ilona Berg called Moscow's decision a grave mistake.", "disapprove", "Moscow's decision a grave mistake"),
        ("Ilona Berg called the reports baseless.", "reject", "the reports baseless"),
        ("Ilona Berg called it a success.", "approve", "it a success"),
        ("Ilona Berg called Washington a threat to peace.", "disapprove", "Washington a threat to peace"),
    ],
)
def test_called_judgement(extract: Extract, text: str, kind: str, content: str) -> None:
    f = extract(text)
    (s,) = f.statements
    assert _speakers(f) == ["Ilona Berg"]
    assert s.kind == kind
    assert s.content == content
    assert s.cue == "called"


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Ilona Berg called Oleg Varga by phone on Monday.",
        "Foreign Minister Ilona Berg called the Hungarian minister by phone to discuss the threat.",
        "Foreign Minister Ilona Berg called a meeting to discuss the threat.",
        "Foreign Minister Ilona Berg called off the talks.",
        "Foreign Minister Ilona Berg called the ambassador to protest the threat.",
        "Foreign Minister Ilona Berg rejected the so-called peace plan.",
        "Ilona Berg called Oleg Varga a day after the dangerous attack.",
        "Ilona Berg called this week for calm, citing the dangerous escalation.",
    ],
)
def test_called_near_misses(extract: Extract, text: str) -> None:
    f = extract(text)
    assert all(s.cue != "called" for s in f.statements)


@pytest.mark.parametrize(
    ("text", "cue", "kind"),
    [
        ("Foreign Minister Ilona Berg called for an end to the fighting.", "called for", "appeal"),
        ("Foreign Minister Ilona Berg called on Hungary to withdraw.", "called on", "appeal"),
    ],
)
def test_called_for_stays_appeal(extract: Extract, text: str, cue: str, kind: str) -> None:
    f = extract(text)
    (s,) = f.statements
    assert (s.cue, s.kind) == (cue, kind)
