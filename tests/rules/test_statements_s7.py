"""Statements, session 7: pronouns after a fronted report, present verbs inside a past report, speakers after
capitalised lead words, "with its spokesman X claiming", dash quotes, "issued a statement condemning",
opposition camps, and intention targets."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfacts.rules import Facts

Extract = Callable[..., Facts]


def _names(f: Facts) -> dict[str, str]:
    return {a.id: a.name for a in f.actors}


def _rows(f: Facts) -> list[tuple[list[str], str, str]]:
    names = _names(f)
    return [([names[k] for k in s.speakers], s.cue, s.content) for s in f.statements]


def test_fronted_pronoun_is_no_one_named_only_in_the_report(extract: Extract) -> None:
    f = extract(
        "Kalle Virtanen met Jaan Tamm in Helsinki on Monday. "
        "The question of damages for the harm done in the Great Northern War was open, he said."
    )
    rows = _rows(f)
    assert (["Kalle Virtanen"], "he said", rows[-1][2]) == rows[-1]
    assert rows[-1][2].startswith("The question of damages")
    assert all(a.name != "War" for a in f.actors)


def test_fronted_pronoun_keeps_the_named_one_when_no_one_came_before(extract: Extract) -> None:
    f = extract("President Ilona Varga held a phone call on Monday with the Austrian chancellor, she told reporters.")
    assert _rows(f)[0][0] == ["Ilona Varga"]


@pytest.mark.parametrize(
    ("text", "absent_cue"),
    [
        ("Foreign Minister Greta Lind said the government values the plan and hopes the talks resume soon.", "hopes"),
        (
            "The Estonian Foreign Ministry said in a statement that Tallinn holds the militia responsible for the "
            "raid and demands that it free the crew.",
            "demands",
        ),
    ],
)
def test_present_verb_inside_a_past_report_is_no_cue_of_the_speaker(
    extract: Extract, text: str, absent_cue: str
) -> None:
    f = extract(text)
    assert absent_cue not in [s.cue for s in f.statements]
    assert absent_cue in f.statements[0].content


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Greta Lind said the talks were useful and called for a ceasefire.",
        "Foreign Minister Greta Lind says the talks were useful and calls for a ceasefire.",
        "Foreign Minister Greta Lind thanked the Latvian government for its help and says Riga is a true friend.",
    ],
)
def test_a_second_cue_of_the_speaker_stays(extract: Extract, text: str) -> None:
    f = extract(text)
    assert len(f.statements) == 2
    assert {tuple(r[0]) for r in _rows(f)} == {("Greta Lind",)}


@pytest.mark.parametrize(
    ("text", "speaker", "content", "rule"),
    [
        (
            "The talks covered river traffic and the rail link to the port, the Prime Minister's Office said in a "
            "press release.",
            "Office",
            "The talks covered river traffic and the rail link to the port",
            "statement.fronted_name_lead",
        ),
        (
            # "Ma." is an honorific the name rules read (honorific.tsv): the plain fronted quote reads it
            "The talks covered river traffic and the rail link to the port, ministry spokesperson Ma. Teresa "
            "Lindqvist said in a briefing.",
            "Teresa Lindqvist",
            "The talks covered river traffic and the rail link to the port",
            "statement.fronted_quote",
        ),
    ],
)
def test_speaker_after_lead_words_the_name_rules_left_out(
    extract: Extract, text: str, speaker: str, content: str, rule: str
) -> None:
    f = extract(text)
    (row,) = _rows(f)
    assert row[0][0].endswith(speaker)
    assert row[2] == content
    assert rule in f.statements[0].rules


def test_no_name_lead_across_a_conjunction(extract: Extract) -> None:
    f = extract("The talks covered river traffic and the port, and the minister Jonas Varga said in a statement.")
    assert all("statement.fronted_name_lead" not in s.rules for s in f.statements)


def test_with_person_and_joined_participles(extract: Extract) -> None:
    f = extract(
        "The Moldovan Foreign Ministry denied any involvement, with its spokesman Ion Rusu claiming that the drones "
        'were launched by "smugglers" and calling on Kyiv to stop "the provocations".'
    )
    rows = _rows(f)
    assert rows[0] == (["Moldovan Foreign Ministry"], "denied", "any involvement")
    assert rows[1][:2] == (["Ion Rusu"], "claiming")
    assert rows[1][2] == 'the drones were launched by "smugglers"'
    assert rows[2] == (["Ion Rusu"], "calling on", 'Kyiv to stop "the provocations"')


def test_with_person_after_an_apposition(extract: Extract) -> None:
    f = extract(
        "The regional government rejected the charges, with its Minister of Information, Omar Farah Dahir, telling "
        "reporters that the ship carried only tractors."
    )
    rows = _rows(f)
    assert rows[-1] == (["Omar Farah Dahir"], "telling", "the ship carried only tractors")
    assert rows[0][2] == "the charges"


def test_participles_joined_by_and(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Greta Lind met her Latvian counterpart, stressing the need for unity and calling for more "
        "air defence."
    )
    assert [r[1:] for r in _rows(f)] == [("stressing the need for", "unity"), ("calling for", "more air defence")]


def test_dash_quote_runs_from_the_line_start(extract: Extract) -> None:
    f = extract(
        "Defence Minister Lars Holm met his Icelandic counterpart in Reykjavik on Monday.\n"
        "- We see more ships in the north. Both states share the same task, he said.\n"
        "– Iceland is a close partner, and it will stay so, Holm said to RUV after the meeting.\n"
    )
    rows = [s for s in f.statements if "statement.dash_quote" in s.rules]
    assert [s.content for s in rows] == [
        "We see more ships in the north. Both states share the same task",
        "Iceland is a close partner, and it will stay so",
    ]
    assert all(s.direct for s in rows)


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "Riga reacted within hours. The Latvian Foreign Ministry issued a statement saying that no pipeline "
            "could be built without Latvia.",
            "Latvian Foreign Ministry",
            "saying",
            "no pipeline could be built without Latvia",
        ),
        (
            "The Latvian Foreign Ministry condemned the raid. A day later the ministry issued a note condemning the "
            "attack on a border post in Narva.",
            "Latvian Foreign Ministry",
            "condemning",
            "the attack on a border post in Narva",
        ),
    ],
)
def test_issued_statement_participle(extract: Extract, text: str, speaker: str, cue: str, content: str) -> None:
    f = extract(text)
    assert ([speaker], cue, content) in _rows(f)


def test_issued_statement_needs_a_named_issuer(extract: Extract) -> None:
    f = extract("A day later the ministry issued a note condemning the attack on a border post in Narva.")
    assert not f.statements


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "Prime Minister Jan Novak flew to Tokyo on Sunday. The opposition criticised the trip.",
            "opposition",
            "criticised",
            "the trip",
        ),
        (
            "Prime Minister Jan Novak flew to Tokyo on Sunday. Opposition parties in Prague, meanwhile, accused the "
            "government of making the country dependent on Russian gas.",
            "Opposition parties in Prague",
            "accused",
            "the government of making the country dependent on Russian gas",
        ),
        (
            "Prime Minister Jan Novak flew to Tokyo on Sunday. Opposition lawmakers demanded that the government "
            "publish the deal.",
            "Opposition lawmakers",
            "demanded",
            "the government publish the deal",
        ),
        (
            "The treaty was signed in Suva on Friday. The Opposition has questioned why the treaty was not first "
            "tabled in Parliament.",
            "Opposition",
            "questioned",
            "why the treaty was not first tabled in Parliament",
        ),
    ],
)
def test_opposition_speaks(extract: Extract, text: str, speaker: str, cue: str, content: str) -> None:
    f = extract(text)
    assert ([speaker], cue, content) in _rows(f)


def test_opposition_leader_is_a_person(extract: Extract) -> None:
    f = extract("Opposition leader Petr Dvorak said the trip was a waste of money.")
    assert _rows(f)[0][0] == ["Petr Dvorak"]


def test_question_cue_needs_a_question(extract: Extract) -> None:
    f = extract("Police questioned two suspects in Riga on Monday.")
    assert not f.statements


def test_intention_target_is_not_its_own_subject(extract: Extract) -> None:
    f = extract("Energy Minister Rui Castro said Petrogal remained committed to the project.")
    st = f.statements[0]
    assert st.kind == "intend"
    assert st.target is None
    assert all(a.name != "Petrogal" for a in f.actors if a.kind == "person")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Foreign Minister Rui Castro said Portugal remained committed to supporting Mozambique.", "intend"),
        ('Foreign Minister Rui Castro told reporters that Portugal "will not tolerate" any violation.', "threaten"),
    ],
)
def test_content_kinds_s7(extract: Extract, text: str, kind: str) -> None:
    assert extract(text).statements[0].kind == kind


def test_adverb_between_subject_and_cue(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Aino Kask met her Latvian counterpart on Monday. She however denied reports that "
        "Estonian troops had crossed the border."
    )
    assert (["Aino Kask"], "denied", "reports that Estonian troops had crossed the border") in _rows(f)


@pytest.mark.parametrize(
    ("text", "speaker", "country"),
    [
        ("The Sri Lanka Navy said it had arrested 26 fishermen off the northern coast.", "Sri Lanka Navy", "LKA"),
        ("The Kenya Defence Forces said two soldiers were wounded near the border.", "Kenya Defence Forces", "KEN"),
    ],
)
def test_state_named_body(extract: Extract, text: str, speaker: str, country: str) -> None:
    f = extract(text)
    (st,) = f.statements
    (actor,) = [a for a in f.actors if a.id == st.speakers[0]]
    assert (actor.name, actor.country) == (speaker, country)


def test_disclosed_is_a_cue(extract: Extract) -> None:
    f = extract("Foreign Minister Aino Kask disclosed the programme of the visit on Wednesday.")
    assert _rows(f)[0][:2] == (["Aino Kask"], "disclosed")


def test_adding_continues_the_reporter(extract: Extract) -> None:
    f = extract(
        "Energy Minister Karim Haddad said Petrogal would raise deliveries to Italy next year, adding that technical "
        "teams would meet in Milan next month."
    )
    assert _rows(f)[-1] == (["Karim Haddad"], "adding", "technical teams would meet in Milan next month")


def test_offer_of_help(extract: Extract) -> None:
    f = extract(
        "During the call, President Ilona Varga expressed her condolences over the floods and offered Hungarian help "
        "with reconstruction."
    )
    assert (["Ilona Varga"], "offered", "Hungarian help with reconstruction") in _rows(f)
    assert f.statements[-1].kind == "intend"


def test_pronoun_content_keeps_the_target_of_the_cue_before(extract: Extract) -> None:
    f = extract("Foreign Minister Aino Kask condemned Russia's strikes on Kyiv, describing them as a war crime.")
    names = _names(f)
    assert [names.get(s.target or "") for s in f.statements] == ["Russia", "Russia"]
