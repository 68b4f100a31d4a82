"""Outer attributions, content after place and time phrases, participles of a reported clause,
and kinds that follow what was said (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfacts.rules import Facts

from .facts import names_of, statements_by_cue

Extract = Callable[..., Facts]


# statement.that_after_phrase (content): a place, occasion or time phrase before the that-clause


@pytest.mark.parametrize(
    "text",
    [
        "German Chancellor Petra Lang said in Hamburg on Tuesday that Europe must fund its own air defence.",
        "German Chancellor Petra Lang said at a news conference in Hamburg that Europe must fund its own air defence.",
        "German Chancellor Petra Lang said during a visit to Tallinn that Europe must fund its own air defence.",
        "German Chancellor Petra Lang said in remarks aired by ARD that Europe must fund its own air defence.",
    ],
)
def test_content_skips_the_phrase_before_that(extract: Extract, text: str) -> None:
    (s,) = statements_by_cue(extract(text), "said")
    assert s.content == "Europe must fund its own air defence" and s.kind == "appeal"


def test_content_after_a_place_and_colon(extract: Extract) -> None:
    (s,) = statements_by_cue(extract('Czech Prime Minister Pavel Novotny said in Brno: "We will not waver."'), "said")
    assert s.content == "We will not waver" and s.direct


def test_relative_that_after_a_phrase_is_no_that_clause(extract: Extract) -> None:
    f = extract("Czech Prime Minister Pavel Novotny said at the talks that were held in Brno the mood was good.")
    (s,) = statements_by_cue(f, "said")
    assert s.content.startswith("at the talks")


# statement.according_to_joint / statement.according_to_issuer


MEETING = "Greek Prime Minister Nikos Varakis held talks with Cypriot President Eleni Stavrou in Athens. "


@pytest.mark.parametrize(
    "tail",
    [
        "The two leaders discussed energy links, according to readouts released by both governments.",
        "The talks focused on energy links, according to statements from the two sides.",
        "They discussed energy links, according to a joint statement.",
        "According to readouts issued by both governments, the leaders discussed energy links.",
    ],
)
def test_according_to_a_joint_source_is_the_meetings_parties(extract: Extract, tail: str) -> None:
    f = extract(MEETING + tail)
    (s,) = [s for s in f.statements if "statement.according_to_joint" in s.rules]
    assert names_of(f, s.speakers) == {"Nikos Varakis", "Eleni Stavrou"}
    assert "energy links" in s.content


def test_joint_source_with_the_parties_own_cue_is_told_once(extract: Extract) -> None:
    f = extract(MEETING + "The two leaders agreed to build a power cable, according to a joint statement.")
    assert not [s for s in f.statements if "statement.according_to_joint" in s.rules]
    (s,) = statements_by_cue(f, "agreed to")
    assert names_of(f, s.speakers) == {"Nikos Varakis", "Eleni Stavrou"}


def test_joint_source_needs_a_meeting(extract: Extract) -> None:
    f = extract("Energy links were discussed, according to readouts released by both governments.")
    assert f.statements == ()


@pytest.mark.parametrize("verb", ["issued", "released", "put out"])
def test_according_to_the_statement_cites_its_issuer(extract: Extract, verb: str) -> None:
    f = extract(
        f"The Hungarian Foreign Ministry {verb} a statement on Friday. "
        "Foreign Minister Gabor Kiss met his Slovak counterpart in Budapest. "
        "The two ministers discussed the Danube bridge, according to the statement."
    )
    (s,) = [s for s in f.statements if "statement.according_to_issuer" in s.rules]
    assert names_of(f, s.speakers) == {"Hungarian Foreign Ministry"}
    assert s.content == "The two ministers discussed the Danube bridge"


def test_according_to_the_statement_without_an_issuer_is_nothing(extract: Extract) -> None:
    f = extract("The two ministers discussed the Danube bridge, according to the statement.")
    assert f.statements == ()


def test_according_to_a_named_body_inside_the_phrase(extract: Extract) -> None:
    f = extract("Foreign Minister Gabor Kiss urged calm, according to a Hungarian Foreign Ministry readout.")
    (acc,) = statements_by_cue(f, "according to")
    assert names_of(f, acc.speakers) == {"Hungarian Foreign Ministry"}
    assert acc.content == "Foreign Minister Gabor Kiss urged calm"


# statement.citing


@pytest.mark.parametrize(
    ("text", "outer", "cited"),
    [
        (
            "The Chilean embassy, citing spokesperson Ana Rojas, said Santiago would not attend the forum.",
            "Chilean embassy",
            "Ana Rojas",
        ),
        (
            "The Latvian Foreign Ministry, citing Deputy Foreign Minister Juris Ozols, said Riga was ready for talks.",
            "Latvian Foreign Ministry",
            "Juris Ozols",
        ),
    ],
)
def test_citing_aside_keeps_the_outer_source(extract: Extract, text: str, outer: str, cited: str) -> None:
    f = extract(text)
    (s,) = statements_by_cue(f, "said")
    assert "statement.citing" in s.rules and names_of(f, s.speakers) == {outer, cited}


def test_citing_a_reason_is_no_source(extract: Extract) -> None:
    f = extract("Latvian Foreign Minister Juris Ozols, citing security concerns, said Riga would delay the trip.")
    (s,) = statements_by_cue(f, "said")
    assert "statement.citing" not in s.rules and names_of(f, s.speakers) == {"Juris Ozols"}


# statement.participle_inner


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "The Kremlin said Russian President Oleg Sorokin had spoken with Turkish President Kemal Aydin, "
            "warning that new sanctions would backfire.",
            "Oleg Sorokin",
            "warning",
        ),
        (
            "The Elysee said French President Luc Moreau met Ukrainian President Taras Bondar on Monday, "
            "stressing that Europe would stand by Kyiv.",
            "Luc Moreau",
            "stressing",
        ),
    ],
)
def test_participle_goes_with_the_reported_clauses_subject(extract: Extract, text: str, speaker: str, cue: str) -> None:
    f = extract(text)
    (p,) = statements_by_cue(f, cue)
    assert names_of(f, p.speakers) == {speaker} and "statement.participle_inner" in p.rules
    (said,) = statements_by_cue(f, "said")
    assert not said.content.endswith("backfire") and "stand by Kyiv" not in said.content


def test_participle_after_a_reported_statement_stays_the_reporters(extract: Extract) -> None:
    f = extract(
        'The Egyptian Foreign Ministry said Egypt "rejects" any transfer of people, stressing the need for calm.'
    )
    (p,) = statements_by_cue(f, "stressing the need for")
    assert names_of(f, p.speakers) == {"Egyptian Foreign Ministry"}


def test_participle_after_a_clause_without_a_person_subject_stays_the_speakers(extract: Extract) -> None:
    f = extract(
        "Lithuanian Foreign Minister Rasa Zukas said the talks had been useful, adding that Vilnius would respond."
    )
    (p,) = statements_by_cue(f, "adding")
    assert names_of(f, p.speakers) == {"Rasa Zukas"}


# kinds from content (content_kind.tsv rows)


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("Stockholm would continue to support Kyiv", "intend"),
        ("we will send more doctors to the region", "intend"),
        ("Sweden stands ready to mediate", "intend"),
        ("Stockholm plans to open an embassy in Hanoi", "intend"),
        ("the strike was a violation of international law", "disapprove"),
        ("the shelling was an outrageous act", "disapprove"),
        ("Europe must act now", "appeal"),
        ("the summit would be held in Oslo", "say"),
        ("the two countries would continue to cooperate", "say"),
        ("there was no plan to extend the talks", "say"),
    ],
)
def test_kind_follows_the_content(extract: Extract, content: str, kind: str) -> None:
    (s,) = statements_by_cue(extract(f"Swedish Foreign Minister Anna Berg said {content}."), "said")
    assert s.content == content and s.kind == kind
