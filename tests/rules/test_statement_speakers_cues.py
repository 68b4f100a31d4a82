"""Statements on unseen outlets: body spokespersons, generic possessive roles, told audiences, new cues."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfacts.rules import Facts

Extract = Callable[..., Facts]


def _speaker(f: Facts, i: int = 0) -> tuple[str, str, str | None]:
    a = next(a for a in f.actors if a.id == f.statements[i].speakers[0])
    return a.name, a.kind, a.country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A spokesperson for the State Department said the sanctions would remain in place.", "USA"),
        ("A spokesman for the Chilean Foreign Ministry told reporters the embargo would end.", "CHL"),
        ("The Kremlin's spokesman said the visit would go ahead.", "RUS"),
        ("The Chilean Foreign Ministry issued a note. The ministry's spokeswoman said the report was false.", "CHL"),
    ],
)
def test_spokesperson_of_body(extract: Extract, text: str, country: str) -> None:
    f = extract(text)
    (s,) = f.statements
    name, kind, c = _speaker(f)
    assert kind == "person" and c == country and name.startswith("Spokes")
    assert "statement.spokesperson_of_body" in s.rules
    assert not s.content.startswith("reporters")


def test_spokesperson_of_body_fronted(extract: Extract) -> None:
    f = extract("The embargo will stay, a spokeswoman for the State Department said.")
    (s,) = f.statements
    assert s.content == "The embargo will stay" and _speaker(f)[2] == "USA"


def test_spokesperson_of_body_named_before(extract: Extract) -> None:
    f = extract(
        "Chilean Foreign Ministry spokeswoman Ana Vidal met reporters on Monday. "
        "The ministry's spokeswoman said the report was false."
    )
    assert len(f.statements) == 1
    assert _speaker(f)[0] == "Ana Vidal"


def test_body_source_needs_a_spokesperson(extract: Extract) -> None:
    # "sources for" is no construction; a guest or an office is no spokesperson: no guessed speaker
    assert extract("Sources for the State Department said the sanctions would remain.").statements == ()
    assert extract("The Kremlin's guest said the visit would go ahead.").statements == ()
    assert extract("The ministry's spokesman office said the visit would go ahead.").statements == ()


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Foreign Minister Faisal Al Rashed met Prime Minister Ana Kovac. The kingdom's foreign minister said "
        "the talks were useful.",
        "Saudi Foreign Minister Faisal Al Rashed arrived in Rome. The kingdom's top diplomat also said the talks "
        "were useful.",
    ],
)
def test_generic_possessive_role(extract: Extract, text: str) -> None:
    f = extract(text)
    (s,) = f.statements
    assert _speaker(f)[0] == "Faisal Al Rashed"
    assert "statement.generic_possessive_role" in s.rules


def test_generic_possessive_role_without_holder(extract: Extract) -> None:
    f = extract(
        "Prime Minister Ana Kovac met the delegation. The kingdom's foreign minister said the talks were useful."
    )
    assert f.statements == ()


def test_white_house_is_a_body(extract: Extract) -> None:
    for text, country in (
        ("The White House said the president would travel to Paris.", "USA"),
        ("Downing Street said the prime minister would travel to Paris.", "GBR"),
    ):
        f = extract(text)
        assert _speaker(f)[1:] == ("organization", country)
        assert not any(a.kind == "person" for a in f.actors)


def test_told_audience_is_no_content(extract: Extract) -> None:
    f = extract("Foreign Minister Jane Doe told reporters the talks had been useful.")
    assert f.statements[0].content == "the talks had been useful"
    f = extract("Foreign Minister Jane Doe met the envoy. “We are ready,” Doe told the BBC.")
    (s,) = f.statements
    assert s.content.startswith("We are ready") and s.cue == "Doe told" and s.direct


def test_quoted_as_saying_fronted(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Jane Doe met the envoy. The border would stay open, Doe was quoted as saying by the "
        "state news agency."
    )
    (s,) = f.statements
    assert s.content == "The border would stay open"


@pytest.mark.parametrize(
    ("cue_text", "cue", "kind", "content"),
    [
        ("cautioned against further escalation", "cautioned", "threaten", "against further escalation"),
        ("cautioned that escalation would harm the talks", "cautioned", "threaten", "escalation would harm the talks"),
        ("expressed regret over the decision", "expressed regret over", "say", "the decision"),
        ("expressed concern about the fighting", "expressed concern about", "say", "the fighting"),
        ("expressed outrage at the shelling", "expressed outrage at", "disapprove", "the shelling"),
        ("expressed disappointment with the vote", "expressed disappointment with", "disapprove", "the vote"),
        ("expressed solidarity with the flood victims", "expressed solidarity with", "approve", "the flood victims"),
        ("proposed holding a new round of talks", "proposed", "appeal", "holding a new round of talks"),
        ("encouraged both sides to resume talks", "encouraged", "appeal", "both sides to resume talks"),
        ("observed that trade had grown", "observed", "say", "trade had grown"),
    ],
)
def test_new_cues(extract: Extract, cue_text: str, cue: str, kind: str, content: str) -> None:
    f = extract(f"Foreign Minister Jane Doe {cue_text}.")
    (s,) = f.statements
    assert (s.cue, s.kind, s.content) == (cue, kind, content)


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Jane Doe observed the parade.",
        "Foreign Minister Jane Doe recalled the ambassador.",
        "Foreign Minister Jane Doe responded to the letter.",
        "Foreign Minister Jane Doe welcomed the delegation and the proposed agenda.",
        "Foreign Minister Jane Doe encouraged investment.",
    ],
)
def test_cue_verbs_used_plainly_are_no_statements(extract: Extract, text: str) -> None:
    f = extract(text)
    assert all(s.cue not in ("observed", "recalled", "responded", "proposed", "encouraged") for s in f.statements)


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("Norway had played a constructive role in the talks", "approve"),
        ("there was a high level of political dialogue between the two states", "approve"),
        ("the talks had covered the role of trade", "say"),
        ("parliaments play an important role in ties", "say"),
    ],
)
def test_content_kinds_of_praise(extract: Extract, content: str, kind: str) -> None:
    f = extract(f"Foreign Minister Jane Doe said {content}.")
    assert f.statements[0].kind == kind


def test_fronted_title_before_name(extract: Extract) -> None:
    f = extract("The visit will take place in May, Kremlin aide Sergei Belov told reporters.")
    (s,) = f.statements
    assert s.content == "The visit will take place in May"
    assert s.cue == "Kremlin aide Sergei Belov told"
    # the actor rules read a lower-case title before a name ("Kremlin aide"); where they do not,
    # statement.fronted_title takes the title into the cue
    assert "statement.fronted_quote" in s.rules
    assert [a.name for a in f.actors] == ["Sergei Belov"]


def test_fronted_title_needs_a_role(extract: Extract) -> None:
    # "and" and "later" are no title: the plain finite reading stays
    f = extract("The visit will take place in May, and later Sergei Belov told reporters the date.")
    assert all("statement.fronted_title" not in s.rules for s in f.statements)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Foreign Minister Jane Doe told state broadcaster HRT that the border would stay open.",
            "the border would stay open",
        ),
        ("Foreign Minister Jane Doe told Al Jazeera: “We are ready.”", "We are ready"),
    ],
)
def test_told_audience_with_that_or_colon(extract: Extract, text: str, content: str) -> None:
    assert extract(text).statements[0].content == content


def test_plural_noun_is_no_cue(extract: Extract) -> None:
    assert extract("Central Asian states have been seeking to share water.").statements == ()
    assert extract("Chile's demands were rejected by Peru.").statements == ()
    f = extract("Chile states that the border is open.")
    assert [s.cue for s in f.statements] == ["states"]


@pytest.mark.parametrize(
    ("cue_text", "kind"),
    [
        ("renewed her call for a ceasefire", "appeal"),
        ("repeated calls for calm", "appeal"),
        ("reiterated calls on both sides to talk", "appeal"),
        ("reiterated Croatia's opposition to the plan", "reject"),
        ("branded the decision a mistake", "disapprove"),
        ("made clear that the border would stay open", "say"),
        ("conceded that the talks had stalled", "say"),
    ],
)
def test_calls_told_again_and_judgements(extract: Extract, cue_text: str, kind: str) -> None:
    (s,) = extract(f"Foreign Minister Jane Doe {cue_text}.").statements
    assert s.kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Jane Doe renewed ties with Peru.",
        "Foreign Minister Jane Doe repeated the exercise.",
        "Foreign Minister Jane Doe signed the branded goods deal.",
    ],
)
def test_renew_and_repeat_need_a_call(extract: Extract, text: str) -> None:
    assert extract(text).statements == ()


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("Peru rejects the plan", "reject"),
        ("Lima urges calm in the region", "appeal"),
        ("reports of a meeting were untrue", "deny"),
        ("such a meeting is not on the agenda", "deny"),
        ("Peru would not accept the terms", "reject"),
        ("his government is firmly committed to the accord", "intend"),
        ("Britain stands ready to support any dialogue", "intend"),
        ("the weather will not be a problem", "say"),
        ("Peru's economy grew", "say"),
    ],
)
def test_content_kinds_of_reported_clauses(extract: Extract, content: str, kind: str) -> None:
    (s,) = extract(f"Foreign Minister Jane Doe said {content}.").statements
    assert s.kind == kind


def test_hope_is_say_whatever_it_hopes_for(extract: Extract) -> None:
    (s,) = extract("Foreign Minister Jane Doe expressed hope that Peru would support the bid.").statements
    assert s.kind == "say"
    (s,) = extract("Foreign Minister Jane Doe hoped the two countries will continue to expand trade.").statements
    assert s.kind == "say"


def test_delight_is_approval(extract: Extract) -> None:
    (s,) = extract("Foreign Minister Jane Doe expressed her delight at the progress of the talks.").statements
    assert s.kind == "approve"


def test_apposition_subject(extract: Extract) -> None:
    f = extract(
        "Chen Wei, a research fellow at the Shanghai Institute, told the Daily Herald that the talks had stalled."
    )
    (s,) = f.statements
    assert _speaker(f)[:2] == ("Chen Wei", "person")
    assert s.content == "the talks had stalled"


def test_apposition_needs_a_verb_after(extract: Extract) -> None:
    f = extract("The talks had stalled, said the report on Chen Wei, a research fellow at the Shanghai Institute.")
    assert all(a.name != "Chen Wei" for a in f.actors)


def test_clause_break_ends_content(extract: Extract) -> None:
    f = extract(
        "Peruvian Foreign Minister Ana Rojas met Chilean Foreign Minister Luis Vidal in Lima. "
        "Rojas stressed the need for dialogue, while Vidal called for calm."
    )
    assert [(s.cue, s.content) for s in f.statements] == [("stressed the need for", "dialogue"), ("called for", "calm")]
    assert "statement.clause_break" in f.statements[0].rules


def test_reported_clause_is_no_clause_break(extract: Extract) -> None:
    f = extract(
        "Peruvian Foreign Minister Ana Rojas met Chilean Foreign Minister Luis Vidal in Lima. "
        "Rojas said Vidal had called for calm."
    )
    assert f.statements[0].content == "Vidal had called for calm"


@pytest.mark.parametrize(
    "text",
    [
        "ASEAN urged calm on Monday. The talks will resume in May, according to a statement from the regional bloc.",
        "ASEAN urged calm on Monday. The talks will resume in May, the bloc said.",
    ],
)
def test_org_description(extract: Extract, text: str) -> None:
    f = extract(text)
    s = f.statements[-1]
    assert _speaker(f, len(f.statements) - 1)[0] == "ASEAN"
    assert s.content == "The talks will resume in May"


def test_org_description_needs_an_organization(extract: Extract) -> None:
    # a state's body is no bloc, and with no organization named before there is no speaker
    f = extract("Ghana's foreign ministry met the envoy. The talks will resume, according to the regional bloc.")
    assert f.statements == ()


@pytest.mark.parametrize(
    ("cue_text", "cue"),
    [
        ("took aim at Peru over the decision", "took aim at"),
        ("hit back at critics of the deal", "hit back at"),
        ("hit out at Peru over the vote", "hit out at"),
    ],
)
def test_reproach_idioms(extract: Extract, cue_text: str, cue: str) -> None:
    (s,) = extract(f"Foreign Minister Jane Doe {cue_text}.").statements
    assert (s.cue, s.kind) == (cue, "disapprove")


def test_org_description_after_a_preposition_is_no_subject(extract: Extract) -> None:
    f = extract("ASEAN urged calm on Monday. Members of the bloc said the talks would resume.")
    assert all(_speaker(f, i)[0] != "ASEAN" or s.cue != "said" for i, s in enumerate(f.statements))


@pytest.mark.parametrize(
    "text",
    [
        "A statement from the Chilean Foreign Ministry said the raid was a grave error.",
        "A statement issued by the Chilean Foreign Ministry said the raid was a grave error.",
        "The Chilean foreign ministry statement said the raid was a grave error.",
        "The Chilean Foreign Ministry's statement said the raid was a grave error.",
        "The raid was a grave error, a statement from the Chilean Foreign Ministry said.",
    ],
)
def test_statement_by_its_issuer(extract: Extract, text: str) -> None:
    f = extract(text)
    (s,) = f.statements
    assert _speaker(f)[1:] == ("organization", "CHL")
    assert s.content.lower() == "the raid was a grave error"
    assert "statement.statement_by" in s.rules


def test_statement_by_an_agency_is_no_statement(extract: Extract) -> None:
    assert extract("A statement from IRNA said the raid was a grave error.").statements == ()


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Jane Doe met the envoy. The raid was a grave error, Doe said, and Chile would respond.",
        "Foreign Minister Jane Doe met the envoy. “The raid,” Doe said, “was a grave error.”",
    ],
)
def test_parenthetical_speaker(extract: Extract, text: str) -> None:
    f = extract(text)
    (s,) = f.statements
    assert "statement.parenthetical_speaker" in s.rules
    assert "raid" in s.content and "grave error" in s.content


def test_parenthetical_needs_more_after(extract: Extract) -> None:
    # an opening phrase is no content, and "said, however" leaves nothing said after
    f = extract("Foreign Minister Jane Doe met the envoy. However, Doe said, the raid was a grave error.")
    assert all("statement.parenthetical_speaker" not in s.rules for s in f.statements)


@pytest.mark.parametrize("occasion", ["in a Telegram post", "in his nightly video address", "at a weekly briefing"])
def test_occasion_before_that(extract: Extract, occasion: str) -> None:
    (s,) = extract(f"Foreign Minister Jane Doe said {occasion} that the raid was a grave error.").statements
    assert s.content == "the raid was a grave error"


def test_office_of_a_person(extract: Extract) -> None:
    f = extract("The office of Chilean President Ana Rojas said the talks would resume.")
    (s,) = f.statements
    name, kind, country = _speaker(f)
    assert (kind, country) == ("organization", "CHL") and name.startswith("Office of")
    assert "statement.statement_by" in s.rules
