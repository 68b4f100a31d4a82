"""Constructions found in session 12's read set of real articles (Gulf, Turkish, Caucasian and Central Asian
outlets), each tested with sentences invented for it: an object's description after "from" or "by", a meeting
also attended by officials a few sentences on, "X and his counterpart, Y held ... after their meeting", and
indented list headlines."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfacts.rules import Facts

from .facts import meeting_parties

Extract = Callable[..., Facts]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rami Haddad received a phone call from Iran's foreign minister on Thursday.",
        "Rami Haddad, Minister of Foreign Affairs and Expatriates, received a phone call from the foreign minister "
        "of Iran on Thursday.",
        "Rami Haddad, the foreign minister, received a phone call from the foreign minister of Iran.",
    ],
)
def test_a_description_after_from_is_not_the_subject(extract: Extract, sentence: str) -> None:
    """coref.object_description: the caller named by a description is someone else than who took the call."""
    f = extract(sentence, published="2026-05-22")
    assert meeting_parties(f) == [{"Rami Haddad", "Foreign Minister of Iran"}]
    assert f.meetings[0].modality == "phone"


def test_a_description_after_by_is_not_the_subject(extract: Extract) -> None:
    f = extract("Rami Haddad was received by the president of Egypt in Cairo on Monday.", published="2026-05-22")
    assert meeting_parties(f) == [{"Rami Haddad", "President of Egypt"}]


LEAD = (
    "Kenyan President Daniel Otieno and Ghanaian President Kofi Mensah held talks at State House in Nairobi "
    "on Thursday. "
)


@pytest.mark.parametrize(
    "between",
    [
        "",
        "Otieno welcomed Mensah at the entrance. ",
        "Otieno welcomed Mensah at the entrance. The talks lasted two hours. ",
        "Otieno welcomed Mensah at the entrance. The two leaders had lunch. Trade was high on the agenda. ",
    ],
)
def test_the_meeting_was_attended_by_named_officials(extract: Extract, between: str) -> None:
    """meeting.attended, meeting.attended_definite: "The meeting was also attended by" names the meeting told
    last, a few sentences on."""
    f = extract(
        LEAD + between + "The closed-door meeting was also attended by Foreign Minister Grace Wanjiru and "
        "Trade Minister Samuel Kiprop.",
        published="2026-05-22",
    )
    assert meeting_parties(f) == [{"Daniel Otieno", "Kofi Mensah", "Grace Wanjiru", "Samuel Kiprop"}]


def test_attended_without_a_definite_noun_stays_near(extract: Extract) -> None:
    """Past two sentences, only "the meeting" names the last meeting: "Z also attended" is too far."""
    f = extract(
        LEAD + "Kenya's economy grew by five percent last year. Inflation fell to four percent. Exports rose. "
        "Foreign Minister Grace Wanjiru also attended.",
        published="2026-05-22",
    )
    assert meeting_parties(f) == [{"Daniel Otieno", "Kofi Mensah"}]


@pytest.mark.parametrize(
    "sentence",
    [
        "Jordanian Foreign Minister Rami Haddad and his German counterpart, Jonas Keller held a joint press "
        "conference in Amman after their meeting.",
        "Jordanian Foreign Minister Rami Haddad and German Foreign Minister Jonas Keller told reporters following "
        "their talks that the region needed calm.",
    ],
)
def test_after_their_meeting(extract: Extract, sentence: str) -> None:
    """meeting.during_talks with "after their" / "following their", and meeting.counterpart_apposition."""
    assert meeting_parties(extract(sentence, published="2026-05-22")) == [{"Rami Haddad", "Jonas Keller"}]


def test_an_indented_list_headline_is_no_statement(extract: Extract) -> None:
    """statement.heading_line: a list of related headlines under the article, numbered and indented."""
    f = extract(
        "Kenyan President Daniel Otieno said on Thursday that trade with Ghana would double.\n\n"
        "LATEST NEWS\n\n  1. Ministry slams new tariffs on steel\n\n    Ministry slams new tariffs on steel\n",
        published="2026-05-22",
    )
    assert [s.cue for s in f.statements] == ["said"]


TALKS = (
    "Jordanian Foreign Minister Rami Haddad held talks with German Foreign Minister Jonas Keller in Amman on Thursday. "
)


@pytest.mark.parametrize(
    "later",
    [
        "The ministers spoke by phone in September, after Keller took office.",
        "The two ministers last met in 2019 in Berlin.",
        "Haddad and Keller met in March in Berlin.",
        "In March, Haddad and Keller met in Berlin.",
        "The two ministers also met last year.",
    ],
)
def test_the_same_parties_at_another_time(extract: Extract, later: str) -> None:
    """meeting.another_time: a talk of another month or year is a meeting of its own, with no day."""
    f = extract(TALKS + later, published="2026-05-22")
    assert meeting_parties(f) == [{"Rami Haddad", "Jonas Keller"}] * 2
    assert [m.date.value if m.date else None for m in f.meetings] == ["2026-05-21", None]
    assert "meeting.another_time" in f.meetings[1].rules


@pytest.mark.parametrize(
    "later",
    [
        "It was the first talks between the two ministers since Keller took office in January.",
        "The two ministers discussed the crisis in May.",
        "Haddad and Keller agreed to meet again in September.",
    ],
)
def test_a_time_of_another_clause_or_the_same_month(extract: Extract, later: str) -> None:
    f = extract(TALKS + later, published="2026-05-22")
    held = [m for m in f.meetings if m.status == "held"]
    assert len(held) == 1


def test_co_operation_in_a_title(extract: Extract) -> None:
    """'Minister of Foreign Affairs and International Co-operation': the hyphenated spelling is a title word."""
    f = extract(
        "Rami Haddad, Minister of Foreign Affairs and International Co-operation, met Jonas Keller in Berlin.",
        published="2026-05-22",
    )
    assert meeting_parties(f) == [{"Rami Haddad", "Jonas Keller"}]


def test_a_counterpart_is_not_the_person_its_sentence_names(extract: Extract) -> None:
    """coref.counterpart_not_owner: in "Meeting his Tajik counterpart ..., X said", X owns the counterpart."""
    f = extract(
        "Parliament Speaker Ali Rezaei met foreign guests in Tehran on Monday. "
        "Meeting his Tajik counterpart at the hotel, Ali Rezaei said that trade would grow. "
        "Rezaei also stressed the need for closer ties.",
        published="2026-05-22",
    )
    (rezaei,) = [a for a in f.actors if a.name == "Ali Rezaei"]
    assert rezaei.country != "TJK"


def test_welcomed_and_met_is_no_statement(extract: Extract) -> None:
    """statement.shared_object: the welcome shares its object with the meeting verb."""
    f = extract(
        "Parliament Speaker Ali Rezaei welcomed and met Pakistani Speaker Ayaz Khan in Tehran on Monday.",
        published="2026-05-22",
    )
    assert not f.statements
    assert meeting_parties(f) == [{"Ali Rezaei", "Ayaz Khan"}]


def test_a_long_list_of_parliamentary_counterparts(extract: Extract) -> None:
    """meeting.counterparts: a word of the kind before "counterparts", and a list of eleven states."""
    states = (
        "Tajikistan, Pakistan, Serbia, Brazil, Uzbekistan, Nigeria, Kyrgyzstan, Bosnia, Nicaragua, Ghana, and Syria"
    )
    f = extract(
        f"Parliament Speaker Ali Rezaei met his Parliamentary counterparts from {states} in Tehran on Monday.",
        published="2026-05-22",
    )
    assert len(f.meetings) == 11
    countries = {a.country for m in f.meetings for k in m.participants for a in f.actors if a.id == k}
    assert {"TJK", "BIH", "SYR", "GHA"} <= countries


@pytest.mark.parametrize(
    "sentence",
    [
        "Iranian President Ali Nouri also commented on his meeting with Turkish President Kemal Aydin, calling it "
        "very positive.",
        "Regarding his talks with Turkish President Kemal Aydin, Iranian President Ali Nouri said that the dialogue "
        "was productive.",
        "Referring to his meeting with Turkish President Kemal Aydin, Iranian President Ali Nouri said the talks were "
        "positive.",
    ],
)
def test_his_meeting_with(extract: Extract, sentence: str) -> None:
    """meeting.his_meeting, meeting.his_meeting_front: the subject's own talk with Y, told in passing."""
    assert meeting_parties(extract(sentence, published="2026-05-22")) == [{"Ali Nouri", "Kemal Aydin"}]


def test_his_meeting_front_needs_a_subject(extract: Extract) -> None:
    f = extract(
        "Regarding his talks with Turkish President Kemal Aydin, analysts said the dialogue was productive.",
        published="2026-05-22",
    )
    assert not f.meetings


def test_a_house_of_representatives_names_no_person(extract: Extract) -> None:
    """'Representatives' is no name: "the Speaker of the House of Representatives for Tajikistan" names nobody."""
    f = extract(
        "Expressing his happiness to attend the ceremony, the Speaker of the House of Representatives for "
        "Tajikistan, highlighted the ties.",
        published="2026-05-22",
    )
    assert "Representatives" not in {a.name for a in f.actors}


@pytest.mark.parametrize("noun", ["spokesman", "spokeswoman", "spokesperson"])
def test_a_body_s_spokesperson_speaks(extract: Extract, noun: str) -> None:
    """actor.body_role_holder: "The Turkish Foreign Ministry spokesman said" is the spokesman's statement, for
    every form of the noun (the body's mention and the role-holder's differ in length by a letter or two)."""
    f = extract(f"The Turkish Foreign Ministry {noun} said that the groups resorted to unethical methods.")
    (st,) = f.statements
    (speaker,) = [a for a in f.actors if a.id in st.speakers]
    assert speaker.kind == "person" and speaker.country == "TUR"


def test_the_body_s_spokesman_is_the_one_named_before(extract: Extract) -> None:
    f = extract(
        "Iranian Foreign Ministry Spokesman Ali Nouri said on Monday that the media were biased. "
        "The Iranian Foreign Ministry spokesman elsewhere noted that the groups resorted to unethical methods."
    )
    names = {a.id: a.name for a in f.actors}
    assert [[names[k] for k in s.speakers] for s in f.statements] == [["Ali Nouri"], ["Ali Nouri"]]


def test_a_label_before_the_subject(extract: Extract) -> None:
    """ "Outlet news: X welcomed and met Y": the label before the colon names no party."""
    f = extract(
        "Iran news: Parliament Speaker Ali Rezaei welcomed and met Pakistani Speaker Ayaz Khan in Tehran on Monday.",
        published="2026-05-22",
    )
    assert meeting_parties(f) == [{"Ali Rezaei", "Ayaz Khan"}]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tehran has denied any scheduled meeting between Iranian Foreign Minister Ali Nouri and his American "
        "counterpart John Miller.",
        "The ministry denied reports of a meeting between Iranian Foreign Minister Ali Nouri and US Secretary of "
        "State John Miller.",
        "The Kremlin said there were no plans for a meeting between Russian President Ivan Petrov and US President "
        "John Miller.",
        "The Kremlin said there were no talks between Russian President Ivan Petrov and US President John Miller.",
    ],
)
def test_a_denied_meeting_is_none(extract: Extract, sentence: str) -> None:
    """meeting.denied: a meeting denied, or said not to be planned, tells of none."""
    assert not extract(sentence, published="2026-05-22").meetings


@pytest.mark.parametrize(
    "sentence",
    [
        "Iraqi Foreign Minister Fuad Karim held a telephone conversation with his Iranian counterpart Hossein Amir "
        "Rahimi on Thursday.",
        "Iranian Foreign Minister Hossein Amir Rahimi met Iraqi Foreign Minister Fuad Karim on Thursday.",
    ],
)
def test_amir_inside_a_name(extract: Extract, sentence: str) -> None:
    """actor.given_name_inside_name: "Amir" (also an emir's title) between a given name and a surname."""
    assert meeting_parties(extract(sentence, published="2026-05-22")) == [{"Fuad Karim", "Hossein Amir Rahimi"}]


def test_wished_is_a_statement(extract: Extract) -> None:
    """The cue "wish": a courtesy told, coordinated or alone; "wished to" is no statement."""
    f = extract(
        "The Kuwaiti Foreign Ministry expressed sincere condolences to families of the victims and wished the injured "
        "quick recovery. Turkish Foreign Minister Kemal Aydin wished to visit Baku soon."
    )
    assert [(s.cue, s.content) for s in f.statements] == [
        ("expressed", "sincere condolences to families of the victims"),
        ("wished", "the injured quick recovery"),
    ]
