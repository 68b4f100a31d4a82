"""Statements whose source follows, sits aside or is joint; social media; kinds by content."""

from __future__ import annotations

from collections.abc import Callable

from newsfacts.rules import Facts

from .facts import names_of

Extract = Callable[..., Facts]


def test_trailing_source_people_familiar(extract: Extract) -> None:
    f = extract(
        "Irish Prime Minister Sean Doyle will travel to Lisbon next month, people familiar with the plans said. "
        "Doyle is also expected to stop in Madrid, the people said."
    )
    sts = [s for s in f.statements if "statement.trailing_source" in s.rules]
    assert [s.cue for s in sts] == ["people familiar with the plans said", "the people said"]
    assert sts[0].content == "Irish Prime Minister Sean Doyle will travel to Lisbon next month"
    assert names_of(f, sts[0].speakers) == names_of(f, sts[1].speakers) == {"people familiar with the plans"}


def test_trailing_source_office_of_the_subject(extract: Extract) -> None:
    f = extract("Croatian President Ivan Horvat praised the new ferry line, his office said.")
    praised = next(s for s in f.statements if s.cue == "praised")
    assert praised.content == "the new ferry line" and names_of(f, praised.speakers) == {"Ivan Horvat"}
    office = next(s for s in f.statements if s.cue == "his office said")
    assert office.content == "Croatian President Ivan Horvat praised the new ferry line"
    (name,) = names_of(f, office.speakers)
    assert name == "Ivan Horvat's office"  # named by its owner, as "X's office" is written


def test_trailing_the_people_needs_an_antecedent(extract: Extract) -> None:
    f = extract("The ferry line will reopen in June, the people said.")
    assert f.statements == ()


def test_relative_who_speaker(extract: Extract) -> None:
    f = extract(
        "The envoy met Maltese Foreign Minister Carmen Vella, who has repeatedly criticized the fishing quotas."
    )
    (s,) = [s for s in f.statements if s.cue == "criticized"]
    assert names_of(f, s.speakers) == {"Carmen Vella"} and s.kind == "disapprove"
    assert "statement.relative_who" in s.rules


def test_according_to_as_an_aside(extract: Extract) -> None:
    f = extract(
        "Latvian Foreign Minister Ilze Berzina met Estonian Foreign Minister Mart Tamm in Riga. "
        "Berzina, according to a statement from the Latvian Foreign Ministry, urged Tallinn to speed up the rail link."
    )
    urged = next(s for s in f.statements if s.cue == "urged")
    assert names_of(f, urged.speakers) == {"Ilze Berzina"} and urged.content == "Tallinn to speed up the rail link"
    acc = next(s for s in f.statements if s.cue == "according to")
    assert "statement.according_to_aside" in acc.rules
    assert acc.content == "urged Tallinn to speed up the rail link" and acc.kind == "say"


def test_according_to_a_spokesman_without_article(extract: Extract) -> None:
    f = extract("According to spokeswoman Lena Fischer, the talks lasted two hours.")
    (s,) = f.statements
    assert names_of(f, s.speakers) == {"Lena Fischer"} and s.content == "the talks lasted two hours"


def test_joint_subject_after_a_meeting(extract: Extract) -> None:
    f = extract(
        "Greek Prime Minister Nikos Stavrou met Cypriot President Andreas Loizou in Nicosia. "
        "Both leaders also agreed to extend the power cable project."
    )
    (s,) = f.statements
    assert names_of(f, s.speakers) == {"Nikos Stavrou", "Andreas Loizou"} and s.kind == "intend"
    # ("Both leaders" is a group mention too: the finite rule reads it through coref.group)
    assert {"statement.joint_subject", "statement.finite"} & set(s.rules)


def test_joint_subject_without_a_meeting_is_nothing(extract: Extract) -> None:
    f = extract("The two heads of government agreed to extend the power cable project.")
    assert f.statements == ()


def test_participle_after_joint_subject_with_titles(extract: Extract) -> None:
    f = extract(
        "Czech Prime Minister Pavel Dvorak and Slovak Prime Minister Juraj Kovac held talks in Brno, "
        "pledging to build a new highway link."
    )
    (s,) = f.statements
    assert names_of(f, s.speakers) == {"Pavel Dvorak", "Juraj Kovac"}


def test_posted_on_a_platform_fronted(extract: Extract) -> None:
    f = extract("Finnish President Aino Laine met Swedish King Carl. “A warm and useful talk,” Laine posted on X.")
    (s,) = [s for s in f.statements if s.direct]
    assert names_of(f, s.speakers) == {"Aino Laine"} and s.content.startswith("A warm and useful talk")


def test_posted_without_platform_is_no_statement(extract: Extract) -> None:
    f = extract("Finnish President Aino Laine posted a photo of the talks.")
    assert f.statements == ()


def test_kind_interest_in_is_intend(extract: Extract) -> None:
    f = extract("Peruvian President Luis Quispe expressed his government's strong interest in joining the pact.")
    (s,) = f.statements
    assert s.kind == "intend"


def test_kind_announced_aid_is_intend(extract: Extract) -> None:
    f = extract("Korean Foreign Minister Min Ho Park announced a relief package for flood victims in Nepal.")
    (s,) = f.statements
    assert s.kind == "intend"


def test_kind_described_as_partner_is_approve(extract: Extract) -> None:
    f = extract("Kenyan President Daniel Ruto described Ethiopia as “a trusted partner” in regional security.")
    (s,) = f.statements
    assert s.kind == "approve"


def test_kind_not_interested_in_peace_is_disapprove(extract: Extract) -> None:
    f = extract("Estonian Prime Minister Kaja Tamm said the regime was not serious about negotiations.")
    (s,) = f.statements
    assert s.kind == "disapprove"
