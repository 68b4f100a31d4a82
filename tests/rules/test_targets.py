"""Statement targets (rules/targets.py): who a statement is aimed at, one test per construction class and its
negative cases (where no target must come out), then a sweep of cue objects (each cue with persons, unnamed
officials, countries, organizations and titles). Every sentence is invented."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import pytest

from newsfacts.models import Statement
from newsfacts.rules import Facts
from newsfacts.rules.registry import RULES

Extract = Callable[..., Facts]

#: who speaks in most tests: a named foreign minister of a known state
NOURI = "Iranian Foreign Minister Ali Nouri"
MET_NOWAK = f"{NOURI} met Polish Foreign Minister Marek Nowak in Tehran on Monday. "


def _by_cue(f: Facts, cue: str) -> Statement:
    (st,) = [s for s in f.statements if s.cue == cue]
    return st


def _target(f: Facts, cue: str) -> tuple[str, str, str | None] | None:
    """The target of the one statement with this cue, as (name, kind, country), or None."""
    st = _by_cue(f, cue)
    if st.target is None:
        return None
    (a,) = [a for a in f.actors if a.id == st.target]
    return (a.name, a.kind, a.country)


def _rules(f: Facts, cue: str) -> tuple[str, ...]:
    return _by_cue(f, cue).rules


def test_every_target_rule_is_registered() -> None:
    for name in (
        "statement.target",
        "statement.target_pronoun",
        "statement.target_government",
        "statement.target_state_body",
        "statement.target_agent",
        "statement.target_victim",
        "statement.target_possessor",
        "statement.target_subject",
        "statement.target_expectation",
        "statement.target_talks_with",
        "statement.target_addressee",
        "statement.target_object_pronoun",
        "statement.target_rebuttal",
        "statement.target_stance_subject",
    ):
        assert name in RULES, name


# statement.target_state_body


@pytest.mark.parametrize(
    ("body", "name", "iso"),
    [
        ("the Myanmar authorities", "Myanmar authorities", "MMR"),
        ("the Algerian authorities", "Algerian authorities", "DZA"),
        ("the Turkish administration", "Turkish administration", "TUR"),
    ],
)
def test_a_state_body_named_by_its_state_is_an_organization_of_it(
    extract: Extract, body: str, name: str, iso: str
) -> None:
    f = extract(f"{NOURI} urged {body} to release the detained sailors.")
    assert _target(f, "urged") == (name, "organization", iso)
    assert "statement.target_state_body" in _rules(f, "urged")


def test_an_opposition_criticises_its_own_government(extract: Extract) -> None:
    f = extract("Polish opposition leader Jan Kowalczyk criticized the Polish authorities for the delays.")
    assert _target(f, "criticized") == ("Polish authorities", "organization", "POL")
    assert "statement.target_state_body" in _rules(f, "criticized")


def test_an_intention_about_the_speakers_own_government_has_no_target(extract: Extract) -> None:
    f = extract(f"{NOURI} said on Monday that the Iranian government will expand trade with the region.")
    assert _by_cue(f, "said").target is None


# statement.target_agent


def test_the_agent_after_by_is_the_target(extract: Extract) -> None:
    f = extract(f"{NOURI} rejected the allegations about the fuel shipments to the region made last week by Poland.")
    assert _target(f, "rejected") == ("Poland", "country", "POL")
    assert "statement.target_agent" in _rules(f, "rejected")


def test_an_agent_named_by_its_demonym_and_a_plural_noun(extract: Extract) -> None:
    f = extract(f"{NOURI} condemned the repeated shelling of the small border villages by Russian forces.")
    assert _target(f, "condemned") == ("Russia", "country", "RUS")


def test_an_agent_state_body(extract: Extract) -> None:
    f = extract(f"{NOURI} criticized the sudden closure of the two border crossings by the Turkish authorities.")
    assert _target(f, "criticized") == ("Turkish authorities", "organization", "TUR")


@pytest.mark.parametrize(
    "sentence",
    [
        # an intention: whoever launched what one joins is no one it is aimed at
        f"{NOURI} expressed readiness to take part in the new regional transport initiative launched by Morocco.",
        # a warning of a limit set by a body
        f"{NOURI} warned that pollution in the northern rivers has now exceeded the limits set by the United Nations.",
    ],
)
def test_no_agent_target_for_an_intention_or_a_warning(extract: Extract, sentence: str) -> None:
    f = extract(sentence)
    (st,) = f.statements
    assert st.target is None


# statement.target_stance_subject


@pytest.mark.parametrize(
    "content",
    [
        "Poland strongly condemns the attack on the convoy",
        "Poland would never support sanctions against Iran",
        "Poland rejects the plan",
    ],
)
def test_a_state_taking_a_stance_is_no_target(extract: Extract, content: str) -> None:
    f = extract(f"A spokesman for the Polish Foreign Ministry said {content}.")
    st = f.statements[-1]
    assert all(a.name != "Poland" for a in f.actors if a.id == st.target)
    assert "statement.target_stance_subject" in st.rules


def test_what_a_stance_is_aimed_at_is_told_after_its_verb(extract: Extract) -> None:
    f = extract(f"{NOURI} said Pakistan warmly praises the generous pledges of Qatar.")
    (st,) = f.statements
    assert _target(f, st.cue) == ("Qatar", "country", "QAT")


def test_a_state_as_a_plain_subject_stays_the_target(extract: Extract) -> None:
    f = extract(f"{NOURI} condemned Poland for its decision.")
    assert _target(f, "condemned") == ("Poland", "country", "POL")


# statement.target_victim


def test_whom_a_harm_was_done_to_is_no_target(extract: Extract) -> None:
    f = extract(f"{NOURI} met Polish Foreign Minister Marek Nowak. Nouri condemned the execution of Marek Nowak.")
    st = _by_cue(f, "condemned")
    assert st.target is None
    assert "statement.target_victim" in st.rules


def test_the_doer_of_a_harm_is_the_target(extract: Extract) -> None:
    f = extract(f"{NOURI} condemned the attack on a United Nations convoy by Russian forces.")
    assert _target(f, "condemned") == ("Russia", "country", "RUS")


# neutral statements: statement.target_possessor, _subject, _expectation, _talks_with, _addressee


def test_a_neutral_content_opening_on_a_possessor(extract: Extract) -> None:
    f = extract(f"{NOURI} pointed to Poland's decision to close its embassy in Tehran.")
    assert _target(f, "pointed to") == ("Poland", "country", "POL")
    assert "statement.target_possessor" in _rules(f, "pointed to")


@pytest.mark.parametrize(
    "sentence",
    [
        # the speaker's state is unknown: "Poland's economy" may be their own
        "A spokesman said Poland's economy grew by three percent last year.",
        # the possessor stands deep inside the content
        f"{NOURI} said the growth of trade with Poland's neighbours was slow.",
        # the speakers' own state
        f"{NOURI} said Iran's economy grew by three percent last year.",
    ],
)
def test_no_possessor_target(extract: Extract, sentence: str) -> None:
    f = extract(sentence)
    (st,) = f.statements
    assert st.target is None


def test_a_neutral_content_opening_on_a_state_as_subject(extract: Extract) -> None:
    f = extract(f"{NOURI} said Poland won't find partners in the region if it keeps its course.")
    assert _target(f, "said") == ("Poland", "country", "POL")
    assert "statement.target_subject" in _rules(f, "said")


@pytest.mark.parametrize(
    "sentence",
    [
        f"{NOURI} said the two countries would expand their trade.",
        f"{NOURI} said Iran will expand its trade with the region.",
        "A spokesman said Poland will expand its trade with the region.",
        f"{NOURI} said Poland and Iran had expanded their trade.",
    ],
)
def test_no_subject_target(extract: Extract, sentence: str) -> None:
    f = extract(sentence)
    (st,) = f.statements
    assert st.target is None


@pytest.mark.parametrize("verb", ["hopes", "expects", "urged"])
def test_the_speakers_side_expects_another(extract: Extract, verb: str) -> None:
    f = extract(f"{NOURI} said Iran {verb} Poland to reopen its embassy soon.")
    assert _target(f, "said") == ("Poland", "country", "POL")
    assert "statement.target_expectation" in _rules(f, "said")


def test_another_side_hoping_is_no_expectation(extract: Extract) -> None:
    f = extract(f"{NOURI} said Poland hopes Iran will reopen its embassy soon.")
    assert _by_cue(f, "said").target is None


def test_talks_with_a_state(extract: Extract) -> None:
    f = extract(f"{NOURI} said talks with Poland would be pointless for now.")
    assert _target(f, "said") == ("Poland", "country", "POL")
    assert "statement.target_talks_with" in _rules(f, "said")


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        (f"{NOURI} conveyed his condolences to the people and government of Poland after the earthquake.", None),
        (f"{NOURI} conveyed Iran's sympathy to the people of Poland after the earthquake.", "conveyed"),
    ],
)
def test_a_feeling_addressed_to_a_state(extract: Extract, sentence: str, cue: str | None) -> None:
    f = extract(sentence)
    (st,) = f.statements
    assert _target(f, st.cue) == ("Poland", "country", "POL")
    assert "statement.target_addressee" in st.rules


# statement.target_pronoun, statement.target_object_pronoun


def test_him_after_a_person_target_is_that_person(extract: Extract) -> None:
    f = extract(f"{NOURI} praised the work of Polish Foreign Minister Marek Nowak, describing him as a wise man.")
    assert _target(f, "describing") == ("Marek Nowak", "person", "POL")
    assert "statement.target_pronoun" in _rules(f, "describing")


def test_him_after_a_country_target_is_no_one(extract: Extract) -> None:
    f = extract(f"{NOURI} praised Poland's role in the talks, describing him as a wise man.")
    assert _by_cue(f, "describing").target is None


def test_it_before_a_modal_is_the_speakers_side(extract: Extract) -> None:
    f = extract(f"{NOURI} condemned Poland's decision, and warned it would take countermeasures.")
    assert _target(f, "condemned") == ("Poland", "country", "POL")
    assert _by_cue(f, "warned").target is None


@pytest.mark.parametrize("cue", ["urged him to reopen the embassy", "praised him for his efforts"])
def test_the_object_pronoun_is_the_one_other_person_told_before(extract: Extract, cue: str) -> None:
    f = extract(f"{MET_NOWAK}Nouri {cue}.")
    (st,) = f.statements
    assert _target(f, st.cue) == ("Marek Nowak", "person", "POL")
    assert "statement.target_object_pronoun" in st.rules


@pytest.mark.parametrize(
    "text",
    [
        # two other persons before: no guess
        f"{NOURI} met Polish Foreign Minister Marek Nowak and Czech Foreign Minister Jan Novak in Tehran on Monday. "
        "Nouri urged him to reopen the embassy.",
        # "her" as a possessive
        f"{MET_NOWAK}Nouri thanked her colleagues.",
    ],
)
def test_no_object_pronoun_target(extract: Extract, text: str) -> None:
    f = extract(text)
    assert all(s.target is None for s in f.statements)


# statement.target_rebuttal


def test_rejecting_the_accusations_is_aimed_at_the_accuser(extract: Extract) -> None:
    f = extract(
        "Polish Foreign Minister Marek Nowak accused Iran of supplying drones to Russia. "
        f"{NOURI} rejected the accusations as baseless."
    )
    assert _target(f, "rejected") == ("Marek Nowak", "person", "POL")
    assert "statement.target_rebuttal" in _rules(f, "rejected")


@pytest.mark.parametrize(
    "text",
    [
        # the object says more than "the accusations": whose they are is not told
        "Polish Foreign Minister Marek Nowak accused Iran of supplying drones to Russia. "
        f"{NOURI} rejected the accusations of corruption in his ministry.",
        # the statement before is the speaker's own
        f"{NOURI} criticised Polish Foreign Minister Marek Nowak. Nouri also rejected the claims.",
        # the statement before is too far back
        "Polish Foreign Minister Marek Nowak accused Iran of supplying drones to Russia. The talks went on. "
        "Trade grew. The weather was fine. "
        f"{NOURI} rejected the accusations as baseless.",
    ],
)
def test_no_rebuttal_target(extract: Extract, text: str) -> None:
    f = extract(text)
    st = f.statements[-1]
    assert st.kind == "reject"
    assert st.target is None


# sweep: the object of the cue itself, for each kind of actor


class Obj(NamedTuple):
    phrase: str
    target: tuple[str, str, str | None]


OBJECTS = (
    Obj("Poland", ("Poland", "country", "POL")),
    Obj("the Polish authorities", ("Polish authorities", "organization", "POL")),
    Obj("the Polish government", ("Polish government", "organization", "POL")),
    Obj("Polish Foreign Minister Marek Nowak", ("Marek Nowak", "person", "POL")),
    Obj("President Marek Nowak", ("Marek Nowak", "person", None)),
    Obj("NATO", ("NATO", "organization", None)),
    Obj("the European Union", ("European Union", "organization", None)),
)
CUES = (
    ("condemned", "{X} for the decision"),
    ("called on", "{X} to release the prisoners"),
    ("urged", "{X} to end the blockade"),
    ("praised", "{X} for the support"),
    ("accused", "{X} of violating the truce"),
    ("warned", "{X} against further escalation"),
    ("expressed his appreciation", "to {X} for the support"),
    ("thanked", "{X} for the warm hospitality"),
    ("criticized", "{X} for the delay"),
)


@pytest.mark.parametrize("obj", OBJECTS, ids=lambda o: o.phrase)
@pytest.mark.parametrize(("cue", "rest"), CUES, ids=[c for c, _ in CUES])
def test_sweep_the_object_of_the_cue_is_the_target(extract: Extract, cue: str, rest: str, obj: Obj) -> None:
    f = extract(f"{NOURI} met Pakistani officials in Tehran on Monday. Nouri {cue} {rest.format(X=obj.phrase)}.")
    got = _target(f, cue)
    assert got is not None
    name, kind, country = got
    assert (name, kind) == obj.target[:2]
    if obj.target[2] is not None:
        assert country == obj.target[2]


@pytest.mark.parametrize(("cue", "rest"), CUES, ids=[c for c, _ in CUES])
def test_sweep_the_speakers_own_state_is_no_target(extract: Extract, cue: str, rest: str) -> None:
    f = extract(f"{NOURI} met Pakistani officials in Tehran on Monday. Nouri {cue} {rest.format(X='Iran')}.")
    assert _by_cue(f, cue).target is None
