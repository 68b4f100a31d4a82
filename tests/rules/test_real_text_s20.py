"""Constructions found in session 20's read sets of real articles (Iranian outlets on foreign relations, and wire
and regional outlets of the Gulf, Central and South Asia), each tested with sentences invented for it: a state's
possessive before a body's role-holder, a call told as an aside, long state names in a list, an ambassador's
posting, a pronoun after a possessor, and the capitalised head of a body told again."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfacts.rules import Facts, extract_facts
from newsfacts.rules.home import Home

from .facts import meeting_parties, one_by_cue, persons, speaker_names

Extract = Callable[..., Facts]


def _rules(f: Facts) -> set[str]:
    return {r.rule for r in f.trace.firings}


def test_a_states_possessive_gives_the_role_holder_of_its_body_its_country(extract: Extract) -> None:
    """actor.unnamed_role_of_possessor: "Norway's Foreign Ministry spokesman condemned ...": Norway's."""
    f = extract("Norway's Foreign Ministry spokesman on Tuesday condemned the attack on the convoy.")
    (st,) = f.statements
    (speaker,) = [a for a in f.actors if a.id in st.speakers]
    assert speaker.country == "NOR"
    assert "actor.unnamed_role_of_possessor" in _rules(f)


def test_a_lead_spokesman_is_the_one_an_inverted_cue_names_later(extract: Extract) -> None:
    """coref.spokesman_named_later: the spokesman left unnamed in the lead is the person an inverted cue names
    ("..., added Piet Molenaar, commenting on ...") in the sentences after it."""
    f = extract(
        "Norway's Foreign Ministry spokesman on Tuesday condemned the attack on the convoy.\n\n"
        "The attack took place on Monday, the agency reported.\n\n"
        "Such acts can never be justified, added Piet Molenaar, commenting on the attack."
    )
    assert [speaker_names(f, st) for st in f.statements] == [["Piet Molenaar"], ["Piet Molenaar"]]
    assert persons(f)["Piet Molenaar"][0] == "NOR"


@pytest.mark.parametrize(
    "aside",
    [
        " in a telephone conversation congratulated",
        ", in a phone call on Sunday, congratulated",
        " in a phone call on Sunday thanked",
    ],
)
def test_a_call_told_as_an_aside_is_a_talk_with_the_verbs_object(extract: Extract, aside: str) -> None:
    """meeting.call_aside: "Foreign Minister X in a telephone conversation congratulated Y on ...": X called Y."""
    f = extract(
        f"Foreign Minister Piet Molenaar{aside} Peruvian Foreign Minister Ana Ruiz on her appointment.",
        "2025-03-10",
    )
    assert meeting_parties(f) == [{"Piet Molenaar", "Ana Ruiz"}]
    assert f.meetings[0].modality == "phone"
    assert "meeting.call_aside" in {r for m in f.meetings for r in m.rules}


def test_an_aside_with_no_verb_taking_a_person_makes_no_talk(extract: Extract) -> None:
    f = extract("Foreign Minister Piet Molenaar in a phone call on Sunday stressed the need for calm.", "2025-03-10")
    assert f.meetings == ()


def test_a_list_of_states_with_long_names(extract: Extract) -> None:
    """actor.unnamed_list: "the presidents of the Islamic Republic of Iran and the Russian Federation" lists two
    states, though a name holds an "of"."""
    f = extract("The presidents of the Islamic Republic of Iran and the Russian Federation spoke by phone on Monday.")
    assert persons(f) == {"President of Iran": ("IRN", "President"), "President of Russia": ("RUS", "President")}
    assert len(f.meetings) == 1


def test_at_the_meeting_with_y_the_sides(extract: Extract) -> None:
    """meeting.own_talks_with: "At the meeting with Y, the sides pointed out ...": a talk of the one the sentences
    before told with Y."""
    f = extract(
        "President Nurlan Abenov received the ambassadors of Russia and China on Monday. During the meeting with "
        "Russian Ambassador Pavel Orlov, the president noted the importance of trade. At the meeting with Chinese "
        "Ambassador Li Wen, the sides pointed out the relevance of the upcoming summit."
    )
    assert {"Nurlan Abenov", "Li Wen"} in meeting_parties(f)


def test_an_ambassadors_posting_is_part_of_the_description(extract: Extract) -> None:
    """actor.envoy_mission: "The Iranian Ambassador to Russia met with X": the posting is the description's, who
    met X."""
    f = extract("The Iranian Ambassador to Russia met with Russian Deputy Foreign Minister Pavel Orlov on Friday.")
    assert meeting_parties(f) == [{"Ambassador of Iran", "Pavel Orlov"}]
    assert persons(f)["Ambassador of Iran"] == ("IRN", "Ambassador")


def test_a_bracketed_acronym_inside_a_title_set_off_by_a_comma(extract: Extract) -> None:
    """actor.role_apposition: "the Special Representative ... for Shanghai Cooperation Organization (SCO)
    Affairs, X": the acronym is a word of the title."""
    f = extract(
        "Ali Karimi met with the Special Representative of the President of the Russian Federation for Shanghai "
        "Cooperation Organization (SCO) Affairs, Pavel Orlov."
    )
    country, role = persons(f)["Pavel Orlov"]
    assert country == "RUS"
    assert role is not None and role.endswith("(SCO) Affairs")


def test_a_clause_opener_is_no_word_of_a_title(extract: Extract) -> None:
    f = extract("After Iranian Ambassador to Mauritania Reza Omrani met with Ahmed Salem on Tuesday, he left.")
    assert persons(f)["Reza Omrani"] == ("IRN", "Iranian Ambassador to Mauritania")


def test_a_pronoun_after_a_possessor_opening_the_sentence_before(extract: Extract) -> None:
    """coref.possessor_subject: "Spokesperson X's remarks came at a briefing. '...,' he said": X said it."""
    f = extract(
        "Foreign Ministry Spokesperson Li Wen's remarks came at a briefing on Tuesday. \"The situation serves "
        'no one," he said.'
    )
    st = one_by_cue(f, "he said")
    assert speaker_names(f, st) == ["Li Wen"]


def test_the_capitalised_head_of_a_body_told_before_is_that_body(extract: Extract) -> None:
    """coref.body: "the Ministry of Foreign Affairs affirmed ... The Ministry expressed ...": one speaker."""
    f = extract(
        "In a statement, the Ministry of Foreign Affairs (MoFA) affirmed that the country rejects terrorism. "
        "The Ministry expressed its sincere condolences to the people of Peru."
    )
    assert {tuple(speaker_names(f, st)) for st in f.statements} == {("Ministry of Foreign Affairs",)}


def test_a_bodys_own_name_after_the_is_kept(extract: Extract) -> None:
    f = extract("The Kremlin said on Monday that the talks were useful.")
    assert [speaker_names(f, st) for st in f.statements] == [["Kremlin"]]


def test_a_lower_case_body_of_a_state(extract: Extract) -> None:
    """actor.body_of_country: "the foreign ministry of Mauritania dismissed ...": a body of that state."""
    f = extract("The foreign ministry of Mauritania dismissed the reports on Tuesday.")
    (st,) = f.statements
    (speaker,) = [a for a in f.actors if a.id in st.speakers]
    assert (speaker.name, speaker.country) == ("foreign ministry of Mauritania", "MRT")
    assert st.kind == "reject"


def test_the_diplomatic_chief_is_the_foreign_minister(extract: Extract) -> None:
    f = extract(
        "Iranian Ambassador Reza Omrani met with Foreign Minister of Mauritania Ahmed Salem on Tuesday. The "
        "Mauritanian diplomatic chief offered gratitude to Iran for the letter."
    )
    st = one_by_cue(f, "offered gratitude")
    assert speaker_names(f, st) == ["Ahmed Salem"]
    assert st.kind == "approve"


@pytest.mark.parametrize(
    ("sentence", "cue", "kind"),
    [
        ("Piet Molenaar outlined Norway's views about ways to end the crisis.", "outlined", "say"),
        ("Piet Molenaar elaborated on the message of the king.", "elaborated on", "say"),
        ("Piet Molenaar expounded on his latest efforts to end the crisis.", "expounded on", "say"),
        ("Piet Molenaar condoled with the families of the victims.", "condoled with", "say"),
        ("Piet Molenaar has admired the envoy for his role in the talks.", "admired", "approve"),
        ("Piet Molenaar extended his condolences on the death of the envoy.", "extended his condolences", "say"),
        ("Piet Molenaar drew his attention to the plight of the refugees.", "drew his attention to", "say"),
        ("Piet Molenaar reciprocated the Eid greetings of the king.", "reciprocated", "say"),
    ],
)
def test_cues_of_an_account_sympathy_and_praise(extract: Extract, sentence: str, cue: str, kind: str) -> None:
    st = one_by_cue(extract(sentence), cue)
    assert st.kind == kind


def test_an_unresolved_plural_subject_after_talks_with_y(extract: Extract) -> None:
    """meeting.group_front_subject: "X called for ... . In talks with Y through videoconference, the diplomats
    discussed ...": Y and the subject told before."""
    f = extract(
        "Deputy Foreign Minister Ali Karimi has called for closer cooperation with Peru. In talks with Peruvian "
        "Deputy Foreign Minister Ana Ruiz through videoconference, the diplomats discussed trade."
    )
    assert meeting_parties(f) == [{"Ali Karimi", "Ana Ruiz"}]
    assert f.meetings[0].modality == "video"


@pytest.mark.parametrize("opening", ["On the sidelines of a meeting with", "In a meeting with"])
def test_a_fronted_meeting_with_a_portfolio_of_a_state(extract: Extract, opening: str) -> None:
    """A portfolio between a role and its state's "of" ("the Minister of Territorial Administration and
    Infrastructures of Armenia"), the object of a fronted "with": an unnamed minister of that state, whom the
    clause's subject met (never that subject's own title)."""
    f = extract(
        f"{opening} the Minister of Territorial Administration and Infrastructures of Armenia in Tehran, Ali "
        "Karimi said that the talks were useful."
    )
    assert meeting_parties(f) == [{"Ali Karimi", "Minister of Armenia"}]
    assert persons(f)["Ali Karimi"] == (None, None)


def test_a_fronted_phrases_object_named_in_apposition(extract: Extract) -> None:
    f = extract("In a meeting with the Foreign Minister of Peru, Ana Ruiz, Ali Karimi said the talks were useful.")
    assert meeting_parties(f) == [{"Ali Karimi", "Ana Ruiz"}]
    assert persons(f)["Ana Ruiz"] == ("PER", "Foreign Minister of Peru")


@pytest.mark.parametrize(
    "sentence",
    [
        "Iranian Foreign Minister Hussein Amir Abdollahian said the talks were useful.",
        "Minister Fouad Hussein and his Iranian counterpart Hussein Amir Abdollahian held a phone call on Friday.",
    ],
)
def test_a_title_word_that_is_a_given_name_inside_a_name(extract: Extract, sentence: str) -> None:
    """actor.given_name_inside_name: "Hussein Amir Abdollahian": "Amir" between two name words is the name's, and a
    title's whole name is not split at a surname told before."""
    assert "Hussein Amir Abdollahian" in persons(extract(sentence))


def test_a_royal_title_before_a_name_stays_a_title(extract: Extract) -> None:
    f = extract("Qatar Amir Sheikh Tamim bin Hamad said the talks were useful.")
    assert list(persons(f)) == ["Tamim bin Hamad"]


def test_talks_held_as_a_habit_are_no_meeting(extract: Extract) -> None:
    """meeting.habitual: "Iran has been continuously holding diplomatic talks with Japan": no meeting."""
    f = extract("Ali Karimi said Iran has been continuously holding diplomatic talks with Japan.")
    assert f.meetings == ()


@pytest.mark.parametrize("owner", ["Barzani’s headquarters", "his headquarters"])
def test_a_leaders_headquarters_speaks(extract: Extract, owner: str) -> None:
    """statement.office_of_person, statement.pronoun_office: "according to a statement from Barzani's
    headquarters": the headquarters, an office of the leader's, is the speaker."""
    f = extract(
        "President Masoud Barzani on Monday received Iranian Ambassador Ali Karimi in Erbil, according to a "
        f"statement from {owner}."
    )
    (st,) = f.statements
    (speaker,) = speaker_names(f, st)
    assert speaker.endswith("headquarters")


def test_a_description_after_an_opening_phrase_is_the_clauses_subject(extract: Extract) -> None:
    """coref.after_opening_phrase: "According to a statement by Sudani's office, the prime minister will discuss
    ...": the Iraqi prime minister told before, whose office the phrase names (no home leader, though the
    dateline is Turkish)."""
    f = extract_facts(
        "Iraqi Prime Minister Omar Sadek arrived in Tehran on Wednesday.\n\n"
        "According to a statement by Sadek’s office, the prime minister will hold talks with Iranian officials.",
        home=Home("TUR", "outlet", "test"),
    )
    assert list(persons(f)) == ["Omar Sadek"]


def test_welcomed_upon_arrival_by(extract: Extract) -> None:
    """meeting.welcomed: "X was welcomed upon arrival by Y": X and Y met."""
    f = extract("Omar Sadek was welcomed upon arrival by Iranian President Ali Karimi.")
    assert meeting_parties(f) == [{"Omar Sadek", "Ali Karimi"}]


def test_a_counterpart_of_the_nearest_subject(extract: Extract) -> None:
    """coref.counterpart_of_nearest_subject: "The spokesman explained that the Iranian Foreign Minister will meet
    his Iraqi counterpart": the Iraqi foreign minister, not the Iraqi spokesman."""
    f = extract(
        "Iranian Foreign Minister Ali Karimi will visit Baghdad on Sunday. Foreign Ministry spokesman Reza Nouri "
        "explained that the Iranian Foreign Minister will meet his Iraqi counterpart during the visit."
    )
    assert "Foreign Minister of Iraq" in persons(f)
    assert "Spokesman of Iraq" not in persons(f)


def test_talks_dated_weeks_before_are_not_the_call_told_first(extract: Extract) -> None:
    """meeting.earlier_talks: an undated phone call, then "On December 20, the foreign ministers of Jordan and Iran
    held talks in Amman" in an April article: two meetings, the second in person on its day."""
    f = extract(
        "Jordanian Foreign Minister Omar Sadek and his Iranian counterpart Ali Karimi have held a telephone "
        "conversation. On December 20, the foreign ministers of Jordan and Iran held talks in Amman.",
        "2023-04-21",
    )
    assert sorted((m.modality, m.date.value if m.date else None) for m in f.meetings) == [
        ("in_person", "2022-12-20"),
        ("phone", None),
    ]
    assert meeting_parties(f) == [{"Omar Sadek", "Ali Karimi"}, {"Omar Sadek", "Ali Karimi"}]


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("first vice speaker", "First Deputy Speaker"),
        ("deputy speaker", "Deputy Speaker"),
        ("speaker", "Speaker"),
    ],
)
def test_a_speakers_deputies_are_other_persons(extract: Extract, title: str, role: str) -> None:
    f = extract(f"The {title} of the Iranian parliament has warned that Tehran will respond.")
    assert persons(f) == {f"{role} of Iran": ("IRN", role)}


def test_a_lead_lawmaker_is_the_one_named_speaking_next(extract: Extract) -> None:
    """coref.spokesman_named_later: "A senior Iranian MP has said A. ... “B,” X told reporters": the lawmaker of the
    lead (no leader, no minister) is the first person named in the sentences after it, speaking there."""
    f = extract(
        "A senior Iranian MP has said that Tehran will respond to new sanctions.\n\n"
        "The sanctions were proposed last week.\n\n"
        '"Parliament will act," Reza Nouri told reporters on Thursday.'
    )
    assert {tuple(speaker_names(f, st)) for st in f.statements} == {("Reza Nouri",)}
    assert persons(f)["Reza Nouri"][0] == "IRN"


def test_a_mediating_state_is_its_minister_named_next(extract: Extract) -> None:
    """meeting.mediated_by: "The foreign ministers of A and B met in Luanda for talks mediated by Angola. X, Y and
    Angolan Foreign Minister Z agreed ...": one meeting of the three persons."""
    f = extract(
        "The foreign ministers of Peru and Chile met in Lima on Thursday for talks mediated by Ecuador. Peruvian "
        "Foreign Minister Ana Ruiz, her Chilean counterpart Pablo Soto and Ecuadorian Foreign Minister Luis Mena "
        "agreed to revive the border commission.",
        "2025-03-14",
    )
    assert meeting_parties(f) == [{"Ana Ruiz", "Pablo Soto", "Luis Mena"}]


def test_a_role_of_one_state_before_another_title(extract: Extract) -> None:
    """The president "of Egypt" is the role's state though another title with an "of" follows ("and US Secretary
    of State X"): no portfolio runs across the "and"."""
    f = extract("The President of Egypt and US Secretary of State Tom Reed held talks in Cairo on Monday.")
    assert meeting_parties(f) == [{"President of Egypt", "Tom Reed"}]


def test_the_head_of_a_states_institution(extract: Extract) -> None:
    """actor.head_of_state_body: "the head of the Russian State Duma", "the head of the Russian arbitration court":
    two unnamed persons of that state, each named with the institution."""
    f = extract(
        "Ali Karimi will also meet with the head of the Russian State Duma and the head of the Russian "
        "arbitration court."
    )
    assert persons(f) == {
        "Ali Karimi": (None, None),
        "Head of the Russian State Duma": ("RUS", "Head"),
        "Head of the Russian arbitration court": ("RUS", "Head"),
    }
    assert len(f.meetings) == 2


@pytest.mark.parametrize(
    ("verb", "modality"),
    [("had a meeting", "in_person"), ("also had talks", "in_person"), ("had a telephone conversation", "phone")],
)
def test_had_as_the_verb_of_a_talk(extract: Extract, verb: str, modality: str) -> None:
    """actor.had_meeting_subject: "Levitin had a meeting with Y": a one-word name before "had" and a talk's noun is
    the subject ("had" is no auxiliary here)."""
    f = extract(f"Levitin {verb} with Iranian Vice President Ali Karimi on Tuesday.", "2024-05-01")
    assert meeting_parties(f) == [{"Levitin", "Ali Karimi"}]
    assert f.meetings[0].modality == modality


def test_a_description_is_not_the_object_of_its_own_clause(extract: Extract) -> None:
    """coref.object_not_description: "Qatar's foreign minister also spoke with X by phone": X is the other party,
    not the minister."""
    f = extract("Qatar's foreign minister also spoke with Karimi by phone on Sunday.", "2024-05-06")
    assert meeting_parties(f) == [{"Foreign Minister of Qatar", "Karimi"}]
