"""Session 7: what real pages outside diplomacy showed (the HTML corpus's news, economy and court
reports, read by eye): a common noun opening a sentence or a headline taken for a person, words
that open a clause taken for a first name, an occupation written like a title, a number after
"declined to", and an outlet named with a demonym and a modifier after "told".

Every sentence here is invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from furniture import (
    HEADLINE,
    LAST,
    LEAD,
    MORE,
    clean,
    goes_between_paragraphs,
    stays_between_paragraphs_and_after_the_article,
)
from newsfacts.plugins import PluginManager, get_plugin_manager
from newsfacts.rules import Facts

Extract = Callable[..., Facts]


def _persons(f: Facts) -> set[str]:
    return {a.name for a in f.actors if a.kind == "person"}


def _speakers(f: Facts) -> set[str]:
    names = {a.id: a.name for a in f.actors}
    return {names[k] for s in f.statements for k in s.speakers}


@pytest.fixture(scope="module")
def pm() -> PluginManager:
    return get_plugin_manager()


def test_a_common_noun_opening_a_sentence_is_no_person(extract: Extract) -> None:
    f = extract(
        "Shelling caused heavy damage to the port on Sunday.\n\n"
        "Damage was recorded in 40 districts, the emergency service said.\n\n"
        '"We have lost everything," she added.',
        "2025-03-02",
    )
    assert "Damage" not in _persons(f)
    assert "Damage" not in _speakers(f)


def test_a_headline_line_opened_by_a_noun_is_no_person(extract: Extract) -> None:
    f = extract(
        "Rescue teams worked through the night in the old town.\n\n"
        "Floods sweep through the valley after storm\n\n"
        "The river rose two metres overnight, the regional governor said.",
        "2025-03-02",
    )
    assert "Floods" not in _persons(f)


def test_a_surname_opening_a_sentence_is_still_a_person(extract: Extract) -> None:
    # the article never writes "kowalczyk" in lower case and the sentence ends with a stop
    f = extract(
        "The talks on grain transit ended without a deal.\n\nKowalczyk said the sides would meet again in May.",
        "2025-03-02",
    )
    assert "Kowalczyk" in _persons(f)


def test_a_name_written_elsewhere_mid_sentence_is_a_person(extract: Extract) -> None:
    f = extract(
        "The visit of Minister Anna Kowalczyk ended on Friday, a report on the kowalczyk family farm aside.\n\n"
        "Kowalczyk said the sides would meet again in May.",
        "2025-03-02",
    )
    assert _speakers(f) == {"Anna Kowalczyk"}


@pytest.mark.parametrize("opener", ["If", "Whether", "Although", "Unless", "Once", "Since"])
def test_a_word_opening_a_clause_is_no_first_name(extract: Extract, opener: str) -> None:
    f = extract(
        f"{opener} Marta Lindqvist wins the vote, the coalition will hold, analysts said.\n\n"
        "Marta Lindqvist told reporters she was confident.",
        "2025-03-02",
    )
    assert not any(n.startswith(opener + " ") for n in _persons(f) | _speakers(f))


def test_an_occupation_before_a_name_is_no_part_of_it(extract: Extract) -> None:
    f = extract("Economist Dana Whitfield said the central bank would hold rates in June.", "2025-03-02")
    assert "Dana Whitfield" in _speakers(f)
    assert not any(n.startswith("Economist") for n in _persons(f))


def test_declined_to_a_number_is_no_refusal(extract: Extract) -> None:
    f = extract(
        "Even in 2023, when cases across Ruritania declined to 512, the province accounted for 90 of them.",
        "2025-03-02",
    )
    assert not [s for s in f.statements if s.kind == "reject"]


def test_declined_to_act_is_still_a_refusal(extract: Extract) -> None:
    f = extract("Foreign Minister Ali Rahimi declined to sign the transit agreement on Monday.", "2025-03-02")
    assert [s.kind for s in f.statements] == ["reject"]


@pytest.mark.parametrize(
    "audience",
    ["the Qatari state-owned Al-Rayyan television", "the BBC's Persian service", "the Omani state-run daily Al-Watan"],
)
def test_a_quote_told_to_an_outlet_keeps_the_quote(extract: Extract, audience: str) -> None:
    f = extract(
        "Foreign Minister Ali Rahimi met his Qatari counterpart in Doha.\n\n"
        f'"We will not accept this," he told {audience}.',
        "2025-03-02",
    )
    (s,) = f.statements
    assert s.content.startswith("We will not accept this")


@pytest.mark.parametrize(
    "line", ["Advertisement 1Story continues below", "ADVERTISEMENT embed-more-topicStory continues below"]
)
def test_an_ad_slot_label_goes(pm: PluginManager, line: str) -> None:
    goes_between_paragraphs(pm, line)


def test_prose_about_advertisements_stays(pm: PluginManager) -> None:
    stays_between_paragraphs_and_after_the_article(
        pm, "Advertisement spending fell by a fifth, and the story continues below the fold of every paper."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "“The sanctions will bite by winter,” said Lena Marsh, a senior fellow at the Baltic Policy Institute.",
        "“The sanctions will bite by winter,” said Lena Marsh, 47, who advised two finance ministers.",
        "“The sanctions will bite by winter,” said analyst Lena Marsh.",
        "“The sanctions will bite by winter,” said Riga economist Lena Marsh.",
    ],
)
def test_an_inverted_quote_with_a_described_speaker(extract: Extract, sentence: str) -> None:
    f = extract(sentence, "2025-03-02")
    (s,) = f.statements
    assert _speakers(f) == {"Lena Marsh"}
    assert s.content.startswith("The sanctions will bite by winter")
    assert s.direct


@pytest.mark.parametrize(
    "sentence",
    [
        # a preposition, an adverb or a participle after the cue: no description of the name
        "“The sanctions will bite by winter,” said on Monday Lena Marsh and others.",
        "“The sanctions will bite by winter,” said the report, citing Lena Marsh.",
    ],
)
def test_no_described_speaker_after_other_words(extract: Extract, sentence: str) -> None:
    f = extract(sentence, "2025-03-02")
    assert not any("statement.inverted_description" in s.rules for s in f.statements)


def test_an_inverted_cue_with_a_bare_post_of_a_body(extract: Extract) -> None:
    f = extract(
        "The new leader is seen as a hard-liner even within the movement, said Paul Ostrander, "
        "senior fellow at the Lakeside Institute for Policy, which was founded in 1990.",
        "2025-03-02",
    )
    (s,) = f.statements
    assert _speakers(f) == {"Paul Ostrander"}
    assert s.content == "The new leader is seen as a hard-liner even within the movement"
    assert "statement.inverted_apposition" in s.rules


def test_a_plural_demonym_is_no_person(extract: Extract) -> None:
    f = extract(
        "Many Chileans interviewed in Santiago said the choice was theirs.\n\n"
        '"It can harm the negotiations," he told a local radio station.',
        "2025-03-02",
    )
    assert "Chileans" not in _persons(f)


@pytest.mark.parametrize("body", ["Westfield Elementary School", "St Anne's Hospital", "the Harbour Museum"])
def test_an_institution_named_like_a_person_is_none(extract: Extract, body: str) -> None:
    f = extract(f"{body[:1].upper()}{body[1:]} wrote in a letter that the visit was cancelled.", "2025-03-02")
    assert not any(n.endswith(body.split()[-1]) for n in _persons(f))


def test_a_paragraph_printed_twice_loses_its_second_copy(pm: PluginManager) -> None:
    text = "\n\n".join([HEADLINE, LEAD, MORE, LAST, LEAD]) + "\n"
    _, body, removed = clean(pm, text)
    assert body == [LEAD, MORE, LAST]
    assert removed == [LEAD]


def test_a_short_line_may_repeat(pm: PluginManager) -> None:
    line = "The talks went on."
    _, body, _ = clean(pm, "\n\n".join([HEADLINE, LEAD, line, MORE, line, LAST]) + "\n")
    assert body == [LEAD, line, MORE, line, LAST]


def test_then_after_the_cue_is_no_content(extract: Extract) -> None:
    f = extract("The odds of a clash are highest on that border, Louise Harrow said then.", "2025-03-02")
    (s,) = f.statements
    assert s.content == "The odds of a clash are highest on that border"


def test_an_adverb_alone_is_no_content(extract: Extract) -> None:
    f = extract("The border will reopen in May. Foreign Minister Ali Rahimi said so.", "2025-03-02")
    assert f.statements == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Britain is urging Pakistan and India to talk to one another over their soaring tensions.",
        "The envoy has been pressing Armenia and Azerbaijan to meet without preconditions.",
        "Norway asked Colombia and the rebels to hold talks in Oslo.",
    ],
)
def test_an_appeal_to_meet_is_no_meeting(extract: Extract, sentence: str) -> None:
    assert extract(sentence, "2025-03-02").meetings == ()


def test_a_meeting_after_an_appeal_in_another_clause_stays(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Ali Rahimi urged restraint, and met his Omani counterpart Salim Harthi in Muscat.",
        "2025-03-02",
    )
    assert len(f.meetings) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The amendment was meant to protect freed slaves, though the Citizenship Clause is written more broadly.",
        "It was widely reported that the envoy would resign.",
        "Reporters were told that the border would reopen.",
    ],
)
def test_a_passive_cue_has_no_speaker(extract: Extract, sentence: str) -> None:
    assert extract(sentence, "2025-03-02").statements == ()
