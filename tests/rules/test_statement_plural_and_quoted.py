"""Statement constructions found missing on real articles: present-tense cues after plural
subjects, sources inside a body, adverbial phrases between subject and cue, split that-clauses."""

from __future__ import annotations

from collections.abc import Callable

from newsfacts.rules import Facts

from .facts import names_of

Extract = Callable[..., Facts]


def test_present_plural_sources(extract: Extract) -> None:
    f = extract("Bolivian sources say the new bridge was built without permits by the contractor.")
    (s,) = f.statements
    assert s.cue == "say" and "statement.present_plural" in s.rules
    assert s.content == "the new bridge was built without permits by the contractor"
    assert names_of(f, s.speakers) == {"Bolivian sources"}


def test_present_plural_conjoined_countries(extract: Extract) -> None:
    f = extract("Chile and Peru strongly reject the new tariffs imposed on fishing fleets.")
    (s,) = f.statements
    assert s.cue == "reject" and s.kind == "reject"
    assert names_of(f, s.speakers) == {"Chile", "Peru"}


def test_present_plural_not_after_modal_or_singular(extract: Extract) -> None:
    assert not extract("Western diplomats will say nothing about the vote in the assembly.").statements
    assert not extract("Paraguayan officials want to say more about the plan next week.").statements


def test_source_in_body(extract: Extract) -> None:
    f = extract(
        "A source in the Chilean Foreign Ministry told reporters on Friday that the two ministers "
        "discussed fishing quotas in detail."
    )
    (s,) = f.statements
    assert "statement.source_in_body" in s.rules
    assert s.content == "the two ministers discussed fishing quotas in detail"
    (a,) = [a for a in f.actors if a.id in s.speakers]
    assert (a.name, a.kind, a.country, a.unnamed) == ("Source in the Chilean Foreign Ministry", "person", "CHL", True)


def test_officials_at_body_are_a_group(extract: Extract) -> None:
    f = extract("Two senior officials at the Chilean Foreign Ministry said the visit was postponed until May.")
    (s,) = f.statements
    (a,) = [a for a in f.actors if a.id in s.speakers]
    assert (a.kind, a.country) == ("group", "CHL")
    assert s.content == "the visit was postponed until May"


def test_aux_phrase_between_subject_and_cue(extract: Extract) -> None:
    f = extract("Chilean officials have over the past decade voiced support for Peru in its border dispute.")
    (s,) = f.statements
    assert s.cue == "voiced support for" and "statement.aux_phrase" in s.rules
    assert names_of(f, s.speakers) == {"Chilean officials"}
    f = extract("Chilean Foreign Minister Ana Ruiz has throughout the crisis condemned the blockade of the port.")
    (s,) = f.statements
    assert names_of(f, s.speakers) == {"Ana Ruiz"} and s.content == "the blockade of the port"


def test_aux_phrase_needs_a_subject(extract: Extract) -> None:
    assert not extract("Talks in Lima have in recent weeks stressed nothing new.").statements


MEETING = "Chilean Foreign Minister Ana Ruiz met Peruvian Foreign Minister Luis Soto in Lima on Monday. "


def test_quoted_parties_in_a_readout(extract: Extract) -> None:
    f = extract(
        MEETING + "“The sides noted that the talks were useful, and agreed that trade should grow. "
        "According to them, the accord will help fishermen,” the ministry said."
    )
    inner = [s for s in f.statements if "statement.quoted_parties" in s.rules]
    assert [(s.cue, s.content) for s in inner] == [
        ("noted", "the talks were useful"),
        ("agreed", "trade should grow"),
        ("According to", "the accord will help fishermen"),
    ]
    assert all(names_of(f, s.speakers) == {"Ana Ruiz", "Luis Soto"} for s in inner)
    # the ministry's report of it stays a statement of its own
    assert any(s.cue == "ministry said" for s in f.statements)


def test_quoted_parties_after_an_opening_sentence(extract: Extract) -> None:
    f = extract(
        MEETING + "The ministry added, “The meeting was friendly. The sides confirmed their interest in closer ties.”"
    )
    (s,) = [s for s in f.statements if "statement.quoted_parties" in s.rules]
    assert s.content == "their interest in closer ties"


def test_quoted_cue_of_a_single_speaker_stays_inside(extract: Extract) -> None:
    f = extract(MEETING + "“We condemned the attack on the border post,” Ruiz said.")
    assert [s.cue for s in f.statements] == ["Ruiz said"]
