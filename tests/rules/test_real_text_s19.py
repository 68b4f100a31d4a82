"""Constructions found in session 19's read sets of real articles (Iranian outlets on the foreign-ministry beat,
and Iranian and regional outlets on parliaments, armies and clerics), each tested with sentences invented for
it: a state's officials after "of", a participle's aside between a subject and its verb, separate meetings of
a list of subjects, a list of names after "with", and an adjective between a state's possessive and a title."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfacts.rules import Facts, extract_facts
from newsfacts.rules.home import Home

from .facts import meeting_parties, names_of, one_by_cue, speaker_names

Extract = Callable[..., Facts]


def _rules(f: Facts) -> set[str]:
    return {r.rule for r in f.trace.firings}


@pytest.mark.parametrize(
    ("officials", "country"),
    [
        ("parliamentary and political officials of the Russian Federation", "RUS"),
        ("officials of Iran", "IRN"),
        ("the officials of the Philippines", "PHL"),
    ],
)
def test_officials_of_a_state_are_its_group(extract: Extract, officials: str, country: str) -> None:
    """actor.officials_of_country: "officials of the Russian Federation" is a group of that state, as "Russian
    officials" is; a planned meeting with them is one with the state's group."""
    f = extract(f"Speaker Tomas Varga will also meet and hold talks with {officials}.")
    (m,) = f.meetings
    groups = [a for a in f.actors if a.id in m.participants and a.kind != "person"]
    assert [g.country for g in groups] == [country]
    assert m.status == "planned"


def test_officials_of_several_states_are_no_one_states_group(extract: Extract) -> None:
    f = extract("Tomas Varga will meet officials of Iran and Iraq.")
    assert "actor.officials_of_country" not in _rules(f)


@pytest.mark.parametrize("comma", ["", ","])
def test_a_participles_aside_between_a_subject_and_its_verb(extract: Extract, comma: str) -> None:
    """actor.while_aside_subject, meeting.while_meeting_aside, statement.while_aside: "According to IRNA, X while
    meeting with Y on Tuesday in Tehran said that ...": X (one word no table knows) is a person, X met Y, X spoke."""
    f = extract(
        f"According to IRNA, Varga{comma} while meeting with Prime Minister Omar Sadek on Tuesday in Tehran{comma} "
        "said that the two countries are trusted friends.",
        "2025-03-05",
    )
    assert meeting_parties(f) == [{"Varga", "Omar Sadek"}]
    st = one_by_cue(f, "said")
    assert speaker_names(f, st) == ["Varga"]
    assert st.content == "the two countries are trusted friends"


def test_a_fronted_participle_after_a_sentence_adverb(extract: Extract) -> None:
    """ "Separately, while receiving the new ambassador, Y, X highlighted ...": X received Y."""
    f = extract(
        "Separately, while receiving the new Ghanaian ambassador, Kwame Mensah Boateng, President Karl Lind "
        "highlighted the potential to enhance relations."
    )
    assert meeting_parties(f) == [{"Kwame Mensah Boateng", "Karl Lind"}]


def test_an_adjective_between_a_states_possessive_and_a_title(extract: Extract) -> None:
    """actor.adjective_in_title: "Oman's new ambassador, Y": the title and its state are Y's, and the meeting is
    with Y, not with Oman."""
    f = extract("During the meeting with Oman's new ambassador, Salim Harthi, President Karl Lind hailed the ties.")
    assert meeting_parties(f) == [{"Salim Harthi", "Karl Lind"}]
    (harthi,) = [a for a in f.actors if a.name == "Salim Harthi"]
    assert harthi.country == "OMN"


def test_separate_meetings_of_a_list_of_subjects(extract: Extract) -> None:
    """meeting.separate_subjects: "A, B and C had separate meetings with Z": three meetings, one each."""
    f = extract(
        "Polish Ambassador Piotr Nowak Kowal, Ghana Ambassador Kofi Adu Mensah and Chile envoy Pablo Ruiz Soto "
        "had separate meetings with Foreign Minister Karl Lind."
    )
    assert {frozenset(p) for p in meeting_parties(f)} == {
        frozenset({"Piotr Nowak Kowal", "Karl Lind"}),
        frozenset({"Kofi Adu Mensah", "Karl Lind"}),
        frozenset({"Pablo Ruiz Soto", "Karl Lind"}),
    }
    assert len(f.meetings) == 3


def test_joint_talks_of_a_list_of_subjects_stay_one_meeting(extract: Extract) -> None:
    f = extract("Piotr Nowak Kowal and Kofi Adu Mensah held talks with Foreign Minister Karl Lind.")
    assert meeting_parties(f) == [{"Piotr Nowak Kowal", "Kofi Adu Mensah", "Karl Lind"}]


def test_every_name_of_a_list_after_with_is_an_object(extract: Extract) -> None:
    """actor.meeting_object: "separate meetings with A, B and C": B, between commas, is an object too."""
    f = extract("Karl Lind held separate meetings with Piotr Nowak Kowal, Kofi Adu Mensah and Pablo Ruiz Soto.")
    assert len(f.meetings) == 3
    assert {"Kofi Adu Mensah", "Karl Lind"} in meeting_parties(f)


def test_a_talk_in_a_relative_clause_and_the_main_clauses_call(extract: Extract) -> None:
    """meeting.after_relative_clause: "X, who was in Rome for talks with Y, held a telephone conversation with Z":
    two meetings, the relative clause's in person (its own words say nothing of a phone), the call by phone."""
    f = extract(
        "Foreign Minister Karl Lind, who was in Rome on Friday to attend talks with Prime Minister Omar Sadek, "
        "held a telephone conversation with his Italian counterpart Paolo Conti.",
        "2025-03-05",
    )
    by_parties = {frozenset(names_of(f, m.participants)): m.modality for m in f.meetings}
    assert by_parties == {
        frozenset({"Karl Lind", "Omar Sadek"}): "in_person",
        frozenset({"Karl Lind", "Paolo Conti"}): "phone",
    }


def test_a_name_before_a_relative_clause_and_a_past_tense(extract: Extract) -> None:
    """actor.who_aside_subject with a past tense after the clause ("held"), no cue or meeting verb."""
    f = extract("Tomas Varga, who arrived in Rome on Friday, held a telephone conversation with Paolo Conti.")
    assert meeting_parties(f) == [{"Tomas Varga", "Paolo Conti"}]


def test_the_armed_forces_words_of_a_title(extract: Extract) -> None:
    """title words "armed", "forces", "logistics", "staff": "Minister of Defense and Armed Forces Logistics
    Brigadier General X" holds the whole title."""
    f = extract(
        "Minister of Defense and Armed Forces Logistics Brigadier General Reza Karimi met Defense Minister Omar "
        "Sadek in Tehran."
    )
    (karimi,) = [a for a in f.actors if a.name == "Reza Karimi"]
    assert karimi.role == "Minister of Defense and Armed Forces Logistics"


def test_a_title_told_the_other_way_round(extract: Extract) -> None:
    """coref.same_title_inverted: "the defense minister" is who bore "Minister of Defense ...", not the other
    defense minister."""
    f = extract(
        "Minister of Defense and Armed Forces Logistics Brigadier General Reza Karimi met with Tajikistan's Defense "
        "Minister Omar Sadek in Tehran on Tuesday. Karimi said relations are strategic. Additionally, the defense "
        "minister condemned the silence of the rights groups.",
        "2025-03-05",
    )
    assert speaker_names(f, one_by_cue(f, "condemned")) == ["Reza Karimi"]


def test_a_counterpart_holds_the_title_of_the_one_they_met(extract: Extract) -> None:
    """coref.counterpart_title: "A, Tajik Foreign Minister, met his Iranian counterpart, B. ... B condemned X. The
    Foreign Minister emphasized ...": the description fits both ministers; B spoke just before."""
    f = extract(
        "Tajik Foreign Minister Rustam Nazarov met and talked with his Iranian counterpart, Reza Karimi, in Tehran "
        "on Saturday. Karimi condemned the crimes in Gaza. The Foreign Minister emphasized the need for a united "
        "stance.",
        "2025-03-05",
    )
    assert speaker_names(f, one_by_cue(f, "emphasized the need for")) == ["Reza Karimi"]


def test_a_counterpart_of_the_same_state_is_no_twin(extract: Extract) -> None:
    """A counterpart takes the title of the one of another state only: "the Senegalese president" is still the
    president, not the Senegalese counterpart of the French minister."""
    f = extract(
        "French Foreign Minister Claire Morel met Senegalese President Amadou Sarr in Dakar on Thursday. Morel, who "
        "also held talks with her Senegalese counterpart Awa Diouf, said France wanted a new relationship. The "
        "Senegalese president said the talks were frank.",
        "2025-03-05",
    )
    (st,) = [s for s in f.statements if s.content == "the talks were frank"]
    assert speaker_names(f, st) == ["Amadou Sarr"]


@pytest.mark.parametrize("mission", ["for Afghanistan", "to Sudan", "for Syria affairs"])
def test_an_envoys_mission_is_part_of_the_description(extract: Extract, mission: str) -> None:
    """actor.envoy_mission: "Iran's Special Envoy for Afghanistan said ...": the envoy of the possessive's state
    speaks; the state of the mission is no subject."""
    f = extract(f"Iran’s Special Envoy {mission} said the talks were good.")
    (st,) = f.statements
    (speaker,) = [a for a in f.actors if a.id in st.speakers]
    assert (speaker.name, speaker.country) == ("Special Envoy of Iran", "IRN")
    assert "actor.envoy_mission" in _rules(f)


def test_a_special_envoy_is_the_special_representative_named_next(extract: Extract) -> None:
    """coref.special_envoy_representative: the lead's "special envoy" is the "special representative" named next."""
    f = extract(
        "Iran’s Special Envoy for Afghanistan said the talks were good.\n\nHassan Kazemi Qomi, Iran’s special "
        "representative for Afghanistan affairs, called it a useful and frank conversation."
    )
    assert {speaker_names(f, st)[0] for st in f.statements} == {"Hassan Kazemi Qomi"}


def test_the_subject_before_an_aside_that_names_a_meetings_party(extract: Extract) -> None:
    """statement.meeting_aside_subject: "X, in a meeting with "Y", the head of Z, said ...": X speaks, not Y (the
    apposition after Y is an aside of its own)."""
    f = extract(
        "Afghan official Omar Sadek arrived in Doha on Monday.\n\nIran’s Special Envoy for Afghanistan, in a meeting "
        'with "Sadek", the head of the political office of the movement in Doha, said defending the people is the '
        "basis of diplomacy."
    )
    (st,) = f.statements
    assert speaker_names(f, st) == ["Special Envoy of Iran"]
    assert "statement.meeting_aside_subject" in _rules(f)


def test_a_fronted_phrases_object_shares_no_state_with_the_subject(extract: Extract) -> None:
    """actor.fronted_object_no_list: "Speaking during a phone call with Qatari Emir A, President B urged ...": B
    is not Qatari (the two names are no list of one state's officials)."""
    f = extract(
        "Speaking during a telephone conversation with Qatari Emir Sheikh Tamim bin Hamad Al Thani, President Karl "
        "Lind also urged Muslim countries to defend the Palestinians."
    )
    (lind,) = [a for a in f.actors if a.name == "Karl Lind"]
    assert lind.country is None


def test_a_list_of_one_states_officials_still_shares_its_state(extract: Extract) -> None:
    f = extract("Indonesian Foreign Minister Retno Sari and Defence Minister Budi Hartono met Karl Lind.")
    (hartono,) = [a for a in f.actors if a.name == "Budi Hartono"]
    assert hartono.country == "IDN"


def test_a_one_word_title_in_the_lead_is_who_bears_it_later(extract: Extract) -> None:
    """coref.lead_title_later: "The Leader called ... (sentences on) Leader of the Revolution X": a capitalised
    title of one word in the lead is the one person named under it later in the article."""
    f = extract(
        "The Leader said the region needs no outside intervention.\n\nThe talks lasted two hours. The weather was "
        "fine. Trade was discussed.\n\nLeader of the Revolution Ayatollah Karim Nouri met Emir Tamim Al Thani on "
        "Thursday.",
        "2025-03-05",
    )
    (st,) = f.statements
    assert speaker_names(f, st) == ["Karim Nouri"]


def test_the_one_who_bears_the_titles_word_wins_the_cataphora(extract: Extract) -> None:
    """coref.titled_later_same_word: "The Leader said ... Emir A met Leader B": both lead states, B bears the
    word."""
    f = extract(
        "The Leader said the region needs no outside intervention.\n\nQatar's Emir Tamim Al Thani met with Leader "
        "of the Revolution Ayatollah Karim Nouri on Thursday.",
        "2025-03-05",
    )
    (st,) = f.statements
    assert speaker_names(f, st) == ["Karim Nouri"]


def test_a_datelines_place_is_no_coordinated_cues_subject(extract: Extract) -> None:
    """statement.dateline_not_subject: "Tehran (IP) - The Leader called A a B and said C": the subject after the
    dateline says C."""
    f = extract(
        "Leader Karim Nouri arrived.\n\nTehran (IP) - The Leader called the oppression of the people a bitter "
        "reality and said that the world must act."
    )
    st = one_by_cue(f, "said")
    assert speaker_names(f, st) == ["Karim Nouri"]


def test_a_friday_prayer_leader_in_the_lead_is_the_cleric_named_next(extract: Extract) -> None:
    """coref.lead_desc_named_next, the "leader of the Friday prayers" role, "Hujjat al-Islam" as an honorific and
    "cleric" as a description: the lead's unnamed speaker is who the next sentence names first."""
    f = extract(
        "TEHRAN, Apr. 12 (MNA) – The temporary leader of the Friday prayers in Tehran stated that the regime is "
        "facing its collapse.\n\nSpeaking during this week’s sermon in Tehran, Hujjat al-Islam Reza Karimi said "
        "that Palestine is the first issue.\n\nThe senior cleric also noted that the governments have not cut ties."
    )
    assert {speaker_names(f, st)[0] for st in f.statements} == {"Reza Karimi"}
    assert len(f.statements) == 3


def test_a_lead_description_is_no_titled_persons(extract: Extract) -> None:
    """A person the text titles otherwise ("Foreign Minister X") is not the lead's unnamed leader of prayers."""
    f = extract(
        "The leader of the Friday prayers stated that the regime is facing its collapse.\n\nForeign Minister Reza "
        "Karimi said that Palestine is the first issue."
    )
    assert "coref.lead_desc_named_next" not in _rules(f)


def test_an_iranian_outlets_name_is_no_state(extract: Extract) -> None:
    """The agency table's Iranian outlets: "According to Iran Press, X ..., calling it useful": X speaks, and the
    outlet's name holds no state that could."""
    f = extract(
        "According to Iran Press, Reza Karimi, Iran’s special representative for Afghanistan affairs, talked about "
        "his meeting with Omar Sadek, calling it a useful and frank conversation."
    )
    assert speaker_names(f, one_by_cue(f, "calling")) == ["Reza Karimi"]
    assert "Iran" not in {a.name for a in f.actors}


def test_a_press_conference_aside_between_a_name_and_its_cue(extract: Extract) -> None:
    """actor.speech_aside_subject, statement.speech_aside: "X in his weekly press conference with the media, which
    was held virtually, congratulated ...": X is a person, and X speaks."""
    f = extract(
        "Iran PressIran News: Reza Karimi in his weekly press conference with the media, which was held virtually, "
        "congratulated the nurses on their day."
    )
    (st,) = f.statements
    assert speaker_names(f, st) == ["Reza Karimi"]
    assert st.content == "the nurses on their day"


def test_a_title_told_only_by_a_description_counts_as_that_title(extract: Extract) -> None:
    """coref.same_title with a description's title: "The Iranian president" told of X gives X the title, so "the
    president" after X spoke is X, not the other president titled by name."""
    f = extract(
        "Karimi met Iraqi President Abdul Rashid on Wednesday. The Iranian president also met with Iranians living in "
        "Iraq. He said that the regime continues to kill civilians. The president spoke about sanctions as well, "
        "saying that the country can resolve its problems."
    )
    assert speaker_names(f, one_by_cue(f, "saying")) == ["Karimi"]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "Russia’s foreign minister, Pavel Orlov, and defense minister, Ivan Sokolov, will visit Turkey today.",
            "planned",
        ),
        ("Russian Foreign Minister Pavel Orlov and Defense Minister Ivan Sokolov visited Ankara on Monday.", "held"),
    ],
)
def test_two_officials_visiting_a_state_together(extract: Extract, sentence: str, status: str) -> None:
    """meeting.joint_visit: "A and B will visit Turkey": one visit of both to the state, no talk between them."""
    f = extract(sentence, "2025-03-05")
    (m,) = f.meetings
    assert names_of(f, m.participants) == {
        "Pavel Orlov",
        "Ivan Sokolov",
        "Türkiye" if "Ankara" in sentence else "Turkey",
    }
    assert m.status == status


def test_two_officials_meeting_each_other_stay_a_meeting(extract: Extract) -> None:
    f = extract("Pavel Orlov and Ivan Sokolov met in Ankara on Monday.", "2025-03-05")
    assert meeting_parties(f) == [{"Pavel Orlov", "Ivan Sokolov"}]


@pytest.mark.parametrize(("home", "named"), [("IRN", True), (None, False)])
def test_the_home_states_member_of_a_list_is_its_titled_person(home: str | None, named: bool) -> None:
    """coref.list_member_home: "FM X spoke ... the foreign ministers of Iran and Turkey held talks" in an Iranian
    paper: Iran's member is X (the text gave X no state); with no home state the member stays unnamed."""
    f = extract_facts(
        "FM Reza Karimi spoke to reporters on Monday.\n\nIn addition, the foreign ministers of Iran and Turkey held "
        "talks in Baku.",
        home=Home(home, "outlet", "test") if home else None,
    )
    assert ({"Reza Karimi", "Foreign Minister of Türkiye"} in meeting_parties(f)) is named


def test_a_picture_of_his_meeting_tells_the_meeting(extract: Extract) -> None:
    """meeting.his_meeting with a picture: "X posted a message with a picture of his meeting with Y on Sunday
    night": X met Y."""
    f = extract(
        "According to IRNA, Ali Karimi posted a message on his X account with a picture of his meeting with Igor "
        "Sokolov on Sunday night.",
        "2025-03-05",
    )
    assert meeting_parties(f) == [{"Ali Karimi", "Igor Sokolov"}]


@pytest.mark.parametrize("ago", ["a few days ago", "two weeks ago", "recently"])
def test_a_fronted_quotes_cue_with_the_time_it_was_said(extract: Extract, ago: str) -> None:
    """statement.fronted_quote with "a few days ago" after the speaker: the tail tells when, it is no content."""
    f = extract(f"“Consensus among the states shows the importance of ties,” said Spokesman Reza Karimi {ago}.")
    (st,) = f.statements
    assert speaker_names(f, st) == ["Reza Karimi"]
    assert st.content == "Consensus among the states shows the importance of ties"


@pytest.mark.parametrize("title", ["top parliamentarian", "top legislator"])
def test_a_parliaments_top_parliamentarian_is_its_speaker(extract: Extract, title: str) -> None:
    """The role table's "top parliamentarian": the speaker told before, as a "top diplomat" is a foreign minister."""
    f = extract(
        "Iranian Parliament Speaker Reza Karimi arrived in Caracas.\n\nReferring to the world full of violence, the "
        f"{title} called for dialogue between religions."
    )
    assert speaker_names(f, one_by_cue(f, "called for")) == ["Reza Karimi"]


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        ("He continued to say that the groups have joined hands.", "continued to say", "the groups have joined hands"),
        ("He also extended sympathy to the people of Turkey.", "extended sympathy to", "the people of Turkey"),
    ],
)
def test_continued_to_say_and_extended_sympathy(extract: Extract, sentence: str, cue: str, content: str) -> None:
    """The cue table's "continue to say" (as "go on to say") and "extend sympathy to" (as "express sympathy")."""
    f = extract(f"Reza Karimi spoke in Tehran.\n\n{sentence}")
    st = one_by_cue(f, cue)
    assert speaker_names(f, st) == ["Reza Karimi"]
    assert st.content == content


@pytest.mark.parametrize(
    ("sentence", "said"), [("wrote a letter to the council", False), ("wrote that the council must act", True)]
)
def test_writing_a_letter_is_no_statement(extract: Extract, sentence: str, said: bool) -> None:
    """The cue table's "write" reads no letter, message or article as its content: what was written is told after."""
    f = extract(f"Ambassador Reza Karimi {sentence}.")
    assert bool(f.statements) is said
