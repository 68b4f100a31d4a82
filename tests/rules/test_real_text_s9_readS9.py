"""Session 9 (readS9): statement constructions that real news pages showed. Every sentence here is invented.

- a national outlet names its own leader bare, then by the office: "the President said", "The President of
  Norway stressed" (coref.untitled_home_leader); two untitled persons, or none of the home: no merge
- a lede gives the speaker by office, the next sentence names them bare (coref.lead_role_named_next)
- "The two also underscored ...", "The leaders of the two nations agreed ..." are the last meeting's persons
  (statement.joint_bare; "The heads of state expressed readiness ..." is a group mention, coref.group);
  "the two states in ..." is none
- '"...," the minister noted' after the counterpart was named last: who spoke last (statement.desc_last_speaker)
- "..., President X said receiving Minister Y": the content is the fronted clause (statement.fronted_quote)
- "..., said X, as he called for ...": the inverted speaker before an "as" clause (statement.fronted_quote)
- 'X said: “A.' then a paragraph '“B.”': the quote runs on (statement.quote_continues)
- "reminded his counterpart that ..." is a cue (``cue`` table), "pointed out" a fronting verb; "the Federal
  Chancellor" a description
- "according to a readout of the call publicized by X" (statement.according_to_body)
- "Spokeswoman X said ... “...,” she added": "she" is the woman a title told (coref.female_pronoun)
- "..., said Mr Lee's press secretary X" (statement.inverted_possessive_title)
- '“A.' then a paragraph 'B,” the ministry said' (statement.quote_continued_before)
- "The meeting, according to the ministry, discussed ..." (statement.according_to_aside)
- "A spokesman for the Foreign Ministry denounced ..." with any cue (statement.spokesperson_of_body)
- "according to a statement issued by State House Spokeswoman X" (statement.according_to)
- '“A.' / '“B.' / '“C,” he stated': the quote run's start; "he" is no person told inside it
  (statement.quote_run_before, coref.pronoun_after_quote)
- an initial read as a name ("L. V. Darii") is no statement's target
"""

from __future__ import annotations

from collections.abc import Callable

import newsfacts
from newsfacts.rules import Facts

Extract = Callable[..., Facts]


def _by_cue(f: Facts, word: str) -> list[tuple[str, str]]:
    names = {a.id: a.name for a in f.actors}
    return [(", ".join(sorted(names[k] for k in s.speakers)), s.content) for s in f.statements if word in s.cue]


def _speakers(text: str, url: str) -> list[tuple[str, str]]:
    a = newsfacts.extract(text, published="2025-03-05", url=url)
    names = {x.id: x.name for x in a.actors}
    return [(", ".join(sorted(names[k] for k in s.speakers)), s.content) for s in a.statements]


_LEADER_TEXT = (
    "Olav Brekke had a telephone conversation with President of Finland Aino Virta on Monday.\n\n"
    "In particular, Olav Brekke noted that the northern route must stay open.\n\n"
    "The President of Norway stressed the importance of close ties for stability in the region.\n"
)


def test_the_home_leader_by_office_is_the_untitled_person() -> None:
    got = _speakers(_LEADER_TEXT, "https://www.example.no/news/1")
    assert [who for who, c in got if "close ties" in c] == ["Olav Brekke"]


def test_the_office_is_no_one_of_two_untitled_persons() -> None:
    # with two persons told without a title, neither is known to hold the office
    text = _LEADER_TEXT.replace("President of Finland Aino Virta", "Per Lund")
    got = _speakers(text, "https://www.example.fi/news/1")
    assert [who for who, c in got if "close ties" in c] == ["President of Norway"]


def test_two_untitled_persons_leave_the_office_unnamed() -> None:
    text = (
        "Olav Brekke met Per Lunde in Bergen on Monday.\n\n"
        "Per Lunde said the talks were useful.\n\n"
        "The President of Norway stressed the importance of close ties.\n"
    )
    got = _speakers(text, "https://www.example.no/news/2")
    assert not any(who in ("Olav Brekke", "Per Lunde") and "close ties" in c for who, c in got)


def test_the_speaker_by_office_in_the_lede_is_named_next() -> None:
    text = (
        "Norway's Foreign Ministry Spokesman says the report does not reflect the talks.\n\n"
        "Erik Dahl says the report repeats the earlier one.\n\n"
        "The spokesman also dismissed comments by some officials.\n"
    )
    got = _speakers(text, "https://www.example.com/news/3")
    assert ("Erik Dahl", "the report does not reflect the talks") in got
    assert ("Erik Dahl", "comments by some officials") in got


def test_the_two_and_the_heads_of_state_are_the_meetings_persons(extract: Extract) -> None:
    f = extract(
        "Prime Minister Karl Olsen had a telephone conversation with President of Estonia Ivo Rask.\n\n"
        "The heads of state expressed readiness to continue joint efforts.\n\n"
        "The two also underscored their keenness to further consolidate ties.\n",
        "2025-03-05",
    )
    assert _by_cue(f, "expressed") == [("Ivo Rask, Karl Olsen", "to continue joint efforts")]
    assert _by_cue(f, "underscored") == [("Ivo Rask, Karl Olsen", "their keenness to further consolidate ties")]


def test_the_leaders_of_the_two_nations_are_the_meetings_persons(extract: Extract) -> None:
    f = extract(
        "Prime Minister Karl Olsen had a telephone conversation with President of Estonia Ivo Rask.\n\n"
        "The presidents continued their discussion of the situation in Ukraine.\n\n"
        "The leaders of the two nations agreed that their foreign ministers will continue close contacts.\n",
        "2025-03-05",
    )
    [(who, _)] = _by_cue(f, "agreed")
    assert who == "Ivo Rask, Karl Olsen"


def test_the_two_states_is_no_speaker(extract: Extract) -> None:
    f = extract(
        "President Ivo Rask met Prime Minister Karl Olsen in Tallinn on Monday.\n\n"
        "They expressed satisfaction with relations between the two states in various fields.\n",
        "2025-03-05",
    )
    assert _by_cue(f, "states") == []


def test_the_minister_after_a_quote_is_who_spoke_last(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Karl Olsen on Wednesday held talks in Oslo with his Estonian counterpart, Liis Rask.\n\n"
        "These talks are part of regular consultations, Olsen said after his meeting with Liis Rask.\n\n"
        '"We discussed many topics of common interest," the minister noted.\n',
        "2025-03-05",
    )
    [(who, _)] = _by_cue(f, "noted")
    assert who == "Karl Olsen"


def test_a_minister_of_a_country_after_a_quote_keeps_its_description(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Karl Olsen held talks in Oslo with Estonian Foreign Minister Liis Rask.\n\n"
        "Olsen said the talks were useful.\n\n"
        "The Estonian minister expressed her appreciation for Norway's support.\n",
        "2025-03-05",
    )
    [(who, _)] = _by_cue(f, "expressed")
    assert who == "Liis Rask"


def test_the_fronted_clause_before_said_receiving(extract: Extract) -> None:
    f = extract(
        "The relations between our countries are at their highest level, President Ivo Rask said receiving "
        "Foreign Minister Karl Olsen of Norway.",
        "2025-03-05",
    )
    [(who, content)] = _by_cue(f, "said")
    assert who == "Ivo Rask"
    assert content == "The relations between our countries are at their highest level"


def test_the_inverted_speaker_before_an_as_clause(extract: Extract) -> None:
    f = extract(
        "Ending the blockade is the only solution to the crisis, said spokesperson Ivo Rask, as he called for "
        "humanitarian aid.",
        "2025-03-05",
    )
    [(who, content)] = _by_cue(f, "said")
    assert who == "Ivo Rask"
    assert content == "Ending the blockade is the only solution to the crisis"


def test_a_quote_left_open_runs_on_in_the_next_paragraph(extract: Extract) -> None:
    f = extract(
        "Presidential spokesperson Vincent Moyo said: “President Lee confirmed he will visit Oslo in May.\n\n"
        "“President Olsen expressed his appreciation for this commitment.”\n\n"
        "The visit was first announced in March.\n",
        "2025-03-05",
    )
    [(who, content)] = _by_cue(f, "said")
    assert who == "Vincent Moyo"
    assert content.startswith("President Lee confirmed")
    assert content.endswith("appreciation for this commitment")


def test_a_closed_quote_does_not_run_on(extract: Extract) -> None:
    f = extract(
        "Spokesperson Vincent Moyo said: “President Lee will visit Oslo in May.”\n\n"
        "“It was a good call,” said an aide.\n",
        "2025-03-05",
    )
    assert ("Vincent Moyo", "President Lee will visit Oslo in May") in _by_cue(f, "said")


def test_reminded_that_is_a_statement(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Karl Olsen reminded his Estonian counterpart that the talks sought to help the government.",
        "2025-03-05",
    )
    [(who, content)] = _by_cue(f, "reminded")
    assert who == "Karl Olsen"
    assert content.endswith("the talks sought to help the government")


def test_the_federal_chancellor_is_the_chancellor_named_before(extract: Extract) -> None:
    f = extract(
        "Federal Chancellor Anna Weber welcomed French President Paul Girard in Meseberg on Monday.\n\n"
        "“This is a good day for Europe,” said the Federal Chancellor.\n",
        "2025-03-05",
    )
    [(who, _)] = _by_cue(f, "said")
    assert who == "Anna Weber"


def test_according_to_a_readout_of_the_call(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Karl Olsen held a telephone conversation on Monday with his Estonian counterpart "
        "Liis Rask.\n\n"
        "According to a readout of the call publicized by Norway's foreign ministry, the two ministers discussed "
        "bilateral cooperation.\n",
        "2025-03-05",
    )
    [(who, content)] = _by_cue(f, "According to")
    assert "foreign ministry" in who.lower()
    assert content == "the two ministers discussed bilateral cooperation"


def test_she_after_a_quote_is_the_spokeswoman(extract: Extract) -> None:
    f = extract(
        "President Karl Olsen held talks with Secretary of State Paul Dent on Tuesday, according to a statement "
        "issued by State House Spokeswoman Ana Diaz.\n\n"
        "“Also discussed was the role of the two countries in regional security,” she said.\n",
        "2025-03-05",
    )
    [(who, _)] = _by_cue(f, "she said")
    assert who == "Ana Diaz"


def test_said_an_owners_press_secretary_and_the_name(extract: Extract) -> None:
    f = extract(
        "Prime Minister Karl Olsen met President Ivo Rask in Oslo.\n\n"
        "Both leaders also reaffirmed the close ties between the two countries, said Mr Olsen’s press secretary "
        "Karin Holm.\n",
        "2025-03-05",
    )
    said = _by_cue(f, "said")
    assert said == [("Karin Holm", "Both leaders also reaffirmed the close ties between the two countries")]


def test_a_paragraph_closing_a_quote_opened_before_is_read(extract: Extract) -> None:
    f = extract(
        "The Norwegian Foreign Ministry said on Friday that it had summoned the ambassador.\n\n"
        '"On March 25, the ambassador was summoned to the ministry.\n\n'
        'Norway made a strong protest over the action near the embassy," the ministry said in a statement.\n',
        "2025-03-05",
    )
    contents = [c for _, c in _by_cue(f, "said")]
    assert any(c.startswith("On March 25") and c.rstrip(",").endswith("the action near the embassy") for c in contents)


def test_a_noun_phrase_subject_before_an_according_to_aside(extract: Extract) -> None:
    f = extract(
        "The meeting, according to the Norwegian Foreign Ministry, discussed issues of mutual interest.",
        "2025-03-05",
    )
    [(who, content)] = _by_cue(f, "according to")
    assert who == "Norwegian Foreign Ministry"
    assert content == "discussed issues of mutual interest"


def test_a_spokesman_for_a_ministry_with_any_cue(extract: Extract) -> None:
    f = extract("A spokesman for the Norwegian Foreign Ministry denounced the remarks.", "2025-03-05")
    [(who, content)] = _by_cue(f, "denounced")
    assert "Norwegian Foreign Ministry" in who
    assert content == "the remarks"


_RUN_TEXT = (
    "Mr Karl Olsen, the ministry's spokesman, said in a statement that Norway had protested.\n\n"
    "“The attention of the ministry has been drawn to the reports.\n\n"
    "“Unknown persons led by Per Lunde demolished a building of the mission.\n\n"
    "“We call on the authorities to act,” he stated.\n"
)


def test_a_fronted_quote_run_over_paragraphs_starts_at_its_first(extract: Extract) -> None:
    f = extract(_RUN_TEXT, "2025-03-05")
    [(_, content)] = _by_cue(f, "he stated")
    assert content.startswith("The attention of the ministry")
    assert content.rstrip(",").endswith("We call on the authorities to act")


def test_he_after_a_quote_is_not_a_person_told_inside_it(extract: Extract) -> None:
    f = extract(_RUN_TEXT, "2025-03-05")
    [(who, _)] = _by_cue(f, "he stated")
    assert who == "Karl Olsen"


def test_a_quote_closed_in_a_later_paragraph_without_an_opening_mark(extract: Extract) -> None:
    f = extract(
        "The two presidents met in Oslo on Monday.\n\n"
        "“For us to have real talks, I think that you could come to us at any time.\n\n"
        "As a result our specialists could work. And we could look at your needs,” President Olsen said.\n",
        "2025-03-05",
    )
    [(who, content)] = _by_cue(f, "said")
    assert who == "Olsen"
    assert content.startswith("For us to have real talks")
    assert content.rstrip(",").endswith("we could look at your needs")


def test_an_initial_read_as_a_name_is_no_target(extract: Extract) -> None:
    f = extract(
        "The Norwegian Foreign Ministry said it had summoned the ambassador.\n\n"
        '"On March 25, the Ambassador of the Republic of Estonia to the Kingdom of Norway, L. V. Darii, was summoned '
        'to the Norwegian Foreign Ministry and strongly condemned," the ministry said in a statement.\n',
        "2025-03-05",
    )
    assert all(a.name != "L" for a in f.actors)


def test_according_to_a_statement_issued_by_a_titled_person(extract: Extract) -> None:
    f = extract(
        "President Karl Olsen and Secretary Paul Dent discussed trade and investment, according to a statement "
        "issued by State House Spokeswoman Ana Diaz.",
        "2025-03-05",
    )
    [(who, content)] = _by_cue(f, "according to")
    assert who == "Ana Diaz"
    assert content.startswith("President Karl Olsen and Secretary Paul Dent discussed trade")


def test_a_person_told_beside_the_office_is_not_it() -> None:
    text = (
        "The Kremlin spokesman says Vladimir Putin will not attend the summit.\n\n"
        "Vladimir Putin says the summit is useless.\n"
    )
    got = _speakers(text, "https://www.example.com/news/4")
    assert [who for who, c in got if "will not attend" in c] == ["Kremlin spokesman"]


def test_pointed_out_after_the_quote(extract: Extract) -> None:
    f = extract(
        "President Karl Olsen met the President of the European Council in Oslo.\n\n"
        "“We are talking with the world about cooperation and partnerships for peace”, pointed out Olsen.\n",
        "2025-03-05",
    )
    [(who, content)] = _by_cue(f, "pointed out")
    assert who == "Karl Olsen"
    assert content.startswith("We are talking with the world")
