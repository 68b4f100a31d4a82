"""Statements on unseen outlets, session 4 round 2: the medium a fronted report was told to, time words after
a fronted report's cue, parties and factions named after lower-case modifiers, appositions between a name
and its cue, bodies that spoke "yesterday", content kinds (support, "no such", "was determined to", judgements
after "calling"/"describing"), and a government no actor rule resolves as a target."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfacts.rules import Facts

from .facts import one_by_cue, speaker_names

Extract = Callable[..., Facts]

MEETING = "Foreign Minister Carla Mendes met her Uruguayan counterpart Tomas Ibarra in Lima on Monday. "


# statement.told_media: "..., X told local media." / "..., X told broadcaster RTV9.": the medium is no content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The two presidents are expected to sign the accord in Salto next month, a government source told "
            "local media.",
            "a government source told",
            "The two presidents are expected to sign the accord in Salto next month",
        ),
        (
            '"This is a deliberate provocation by the junta," foreign ministry spokesman Piet Varga told '
            "broadcaster RTV9.",
            "foreign ministry spokesman Piet Varga told",
            "This is a deliberate provocation by the junta",
        ),
        (
            "The ministers will meet again in Quito later this month, a senior official told The Harbour and Coast.",
            "a senior official told",
            "The ministers will meet again in Quito later this month",
        ),
    ],
)
def test_told_media_is_no_content(extract: Extract, text: str, cue: str, content: str) -> None:
    f = extract(text)
    st = one_by_cue(f, cue)
    assert st.content == content
    assert "statement.fronted_quote" in st.rules
    assert not any(s.cue == "told" for s in f.statements)  # the medium is not the content of a plain "told"


def test_told_media_rule_names_the_medium(extract: Extract) -> None:
    f = extract("Exports will double by 2030, a senior official told foreign reporters.")
    st = one_by_cue(f, "a senior official told")
    assert "statement.told_media" in st.rules


# statement.fronted_quote: a time word ("last week", "this morning") after the cue of a fronted report


def test_fronted_report_with_last_week(extract: Extract) -> None:
    f = extract(
        "The prime minister will be in Lima on 2 June at the start of a state visit, the presidency announced "
        "last week."
    )
    st = one_by_cue(f, "presidency announced")
    assert st.content == "The prime minister will be in Lima on 2 June at the start of a state visit"
    assert not any(s.content == "last week" for s in f.statements)


def test_fronted_report_with_last_week_then_participle(extract: Extract) -> None:
    f = extract(
        "Water reserves have fallen to a record low, the Ministry of Water Resources said last week, warning "
        "that farmers would suffer."
    )
    st = one_by_cue(f, "Ministry of Water Resources said")
    assert st.content == "Water reserves have fallen to a record low"
    warn = one_by_cue(f, "warning")
    assert warn.content == "farmers would suffer"


# statement.modified_body: lower-case words between the determiner (or a state's possessive) and a named body


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "content"),
    [
        (
            "In Lima, the opposition Zorya faction accused the government of making concessions.",
            "accused",
            "Zorya faction",
            "the government of making concessions",
        ),
        (
            'The conservative Civic Party (CP) criticized the trip as "a photo opportunity".',
            "criticized",
            "Civic Party",
            'the trip as "a photo opportunity"',
        ),
        (
            'Peru\'s opposition Green Liberal Party criticized the talks as "theatre".',
            "criticized",
            "Green Liberal Party",
            'the talks as "theatre"',
        ),
    ],
)
def test_modified_body_speaks(extract: Extract, sentence: str, cue: str, speaker: str, content: str) -> None:
    f = extract(MEETING + sentence)
    st = one_by_cue(f, cue)
    assert speaker_names(f, st) == [speaker]
    assert st.content == content
    assert "statement.modified_body" in st.rules


def test_modified_body_coordinated_cue_keeps_the_party(extract: Extract) -> None:
    f = extract(
        MEETING + 'Peru\'s opposition Green Liberal Party criticized the talks as "theatre" and demanded that the '
        "deal be put to a vote."
    )
    st = one_by_cue(f, "demanded")
    assert speaker_names(f, st) == ["Green Liberal Party"]
    assert st.content == "the deal be put to a vote"


@pytest.mark.parametrize(
    "sentence",
    [
        "Deputies from the opposition Green Party said the deal was a mistake.",  # the deputies, not the party
        "The minister's trusted Green Party said the deal was fine.",  # no state's possessive
    ],
)
def test_modified_body_not_a_subject(extract: Extract, sentence: str) -> None:
    f = extract(MEETING + sentence)
    assert not any("statement.modified_body" in s.rules for s in f.statements)


def test_party_named_with_the_is_a_body(extract: Extract) -> None:
    f = extract(MEETING + "The Northern Democratic Party (NDP) welcomed the agreement.")
    st = one_by_cue(f, "welcomed")
    assert speaker_names(f, st) == ["Northern Democratic Party"]
    assert st.kind == "approve"


# statement.aside_subject: "X, the member of the Presidency, urged": the name before the apposition speaks


def test_apposition_between_name_and_cue(extract: Extract) -> None:
    f = extract("Emir Kovac, the Croat member of the tripartite Presidency, urged the international community to act.")
    st = one_by_cue(f, "urged")
    assert speaker_names(f, st) == ["Emir Kovac"] or speaker_names(f, st) == ["Kovac"]
    assert "statement.aside_subject" in st.rules


# statement.body_head: "The Ministry of X yesterday rejected ..."


def test_body_head_with_yesterday(extract: Extract) -> None:
    f = extract(
        "The Ministry of Foreign Affairs and International Cooperation yesterday rejected a claim by the army that "
        "troops had laid mines."
    )
    st = one_by_cue(f, "rejected")
    assert speaker_names(f, st) == ["Ministry of Foreign Affairs and International Cooperation"]
    assert st.content == "a claim by the army that troops had laid mines"


# statement.content_kind: kinds from what was said after a neutral cue


@pytest.mark.parametrize(
    ("sentence", "cue", "kind"),
    [
        ("Mendes said Peru supported Uruguay's bid to join the council.", "said", "approve"),
        ("Ibarra said it supported the government's efforts to keep the peace.", "said", "approve"),
        ("Ibarra said no such proposal was on the table.", "said", "deny"),
        ("Mendes said Peru was determined to finish the road.", "said", "intend"),
        ('Mendes described the accord as "a historic step".', "described", "approve"),
        ('Ibarra criticized the tariffs, calling them "economic warfare against the poor".', "calling", "disapprove"),
        ('Ibarra dismissed the vote, describing it as "a sham".', "describing", "disapprove"),
    ],
)
def test_content_kinds_round_two(extract: Extract, sentence: str, cue: str, kind: str) -> None:
    f = extract(MEETING + sentence)
    st = one_by_cue(f, cue)
    assert st.kind == kind


# statement.target_government: "accused the government of ...": an unresolved government is the target


@pytest.mark.parametrize(
    ("sentence", "cue", "target"),
    [
        ("Opposition leader Tom Reyes accused the government of hiding the deal.", "accused", "government"),
        ("Senator Ana Cruz urged the national government to reopen the border.", "urged", "national government"),
        ("Senator Ana Cruz criticised the government's handling of the strike.", "criticised", "government"),
        ("Senator Ana Cruz urged the authorities to release the detained students.", "urged", "authorities"),
    ],
)
def test_government_object_is_the_target(extract: Extract, sentence: str, cue: str, target: str) -> None:
    f = extract(sentence)
    st = one_by_cue(f, cue)
    names = {a.id: a for a in f.actors}
    assert st.target is not None
    assert names[st.target].name == target
    assert names[st.target].kind == "organization"
    assert "statement.target_government" in st.rules


def test_government_as_subject_is_no_target_of_this_rule(extract: Extract) -> None:
    f = extract("Senator Ana Cruz said the government would review the plan.")
    st = one_by_cue(f, "said")
    assert "statement.target_government" not in st.rules


# statement.what_described: "praised Y for what she said was its role": the inner "said" is no statement of its own


def test_what_she_said_was_is_no_statement(extract: Extract) -> None:
    f = extract(
        "Minister Ama Boateng praised Zambia for what she said was its leading role in the region, and said Accra "
        "was keen to expand trade."
    )
    cues = [s.cue for s in f.statements]
    assert cues == ["praised", "said"]
    assert f.statements[1].content == "Accra was keen to expand trade"


# a relative clause "which it says contains ...": no statement of its own


def test_relative_which_it_says_is_no_statement(extract: Extract) -> None:
    f = extract("Baku insisted on amending the constitution, which it says contains territorial claims.")
    (st,) = f.statements
    assert st.cue == "insisted on"
    assert st.kind == "appeal"  # insisting on a step is a demand (cue "insist on")
    assert st.content == "amending the constitution, which it says contains territorial claims"


# statement.body_head: a possessive inside the body's name ("the People's Unity Party")


def test_body_head_with_possessive_inside_the_name(extract: Extract) -> None:
    f = extract(
        MEETING + "In a statement, the Opposition People's Unity Party welcomed the focus on trade but criticised "
        "the Government for ignoring farmers."
    )
    st = one_by_cue(f, "welcomed")
    assert speaker_names(f, st) == ["Opposition People's Unity Party"]
    assert st.content == "the focus on trade"
    crit = one_by_cue(f, "criticised")
    assert speaker_names(f, crit) == ["Opposition People's Unity Party"]
    assert "statement.target_government" in crit.rules
