"""Constructions found in session 22's read sets of real articles (Iranian outlets on parliaments, armed forces and
provinces; wires and outlets of East and South Asia), each tested with sentences invented for it: a lead's role-holders
of two states with no article, a chief diplomat by another title, a title of a body glued to a name, a message handed
over, a visitor's talks with several officials of the state visited, a group of another state, "later in the day",
a talk being arranged, a state's side that speaks for its party, hyphenated ranks, each name after its state in a list
of one title, a copy of the credentials, "the meeting he held with" and officials "including" after a crowd."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfacts.rules import Facts

from .facts import meeting_parties, persons, speaker_names

Extract = Callable[..., Facts]


def _rules(f: Facts) -> set[str]:
    return {r.rule for r in f.trace.firings}


# -- actor.bare_demonym_list, coref.named_member of such a list, date of another day's talk ---------------------------


@pytest.mark.parametrize("role", ["foreign ministers", "energy ministers", "presidents"])
def test_a_leads_role_holders_of_two_states_with_no_article(extract: Extract, role: str) -> None:
    """actor.bare_demonym_list: "Peruvian and Chilean foreign ministers held a phone call": one unnamed role-holder
    of each state, as "the Peruvian and Chilean foreign ministers" are."""
    f = extract(f"Peruvian and Chilean {role} held a phone call on Friday.", "2019-09-13")
    (m,) = f.meetings
    assert m.modality == "phone"
    assert {a.country for a in f.actors if a.id in m.participants} == {"PER", "CHL"}
    assert "actor.bare_demonym_list" in _rules(f)


def test_a_crowd_of_two_states_stays_no_one(extract: Extract) -> None:
    f = extract("Peruvian and Chilean officials held talks in Lima on Friday.", "2019-09-13")
    assert all(a.name not in ("Official of Peru", "Official of Chile") for a in f.actors)


def test_the_list_is_the_persons_named_next_and_their_other_talk_is_its_own(extract: Extract) -> None:
    """coref.named_member for "the Peruvian and Chilean energy ministers" with no article: the persons named next
    (one titled only as the other's counterpart); "The two ministers met in Lima on September 2" is another talk
    (meeting.another_day), not a follow-up of Friday's call."""
    f = extract(
        "Peruvian and Chilean energy ministers exchanged views in a telephone talk on Friday.\n\n"
        "Peruvian Energy Minister Ana Ruiz and her Chilean counterpart Pablo Soto as the chairs of the joint "
        "commission dealt with a wide range of issues.\n\n"
        "The two ministers met in Lima on September 2.",
        "2019-09-13",
    )
    assert meeting_parties(f) == [{"Ana Ruiz", "Pablo Soto"}, {"Ana Ruiz", "Pablo Soto"}]
    phone, met = f.meetings
    assert (phone.modality, phone.date.value if phone.date else None) == ("phone", "2019-09-13")
    assert (met.modality, met.date.value if met.date else None) == ("in_person", "2019-09-02")
    assert "meeting.another_day" in met.rules


def test_a_follow_up_of_the_same_day_stays_one_talk(extract: Extract) -> None:
    f = extract(
        "Peruvian and Chilean foreign ministers held a phone call on Friday.\n\n"
        "Peruvian Foreign Minister Ana Ruiz and her Chilean counterpart Pablo Soto discussed trade.\n\n"
        "The two ministers also talked about the border on Friday.",
        "2019-09-13",
    )
    assert meeting_parties(f) == [{"Ana Ruiz", "Pablo Soto"}]


# -- coref.chief_diplomat ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["Secretary of State", "Foreign Secretary"])
def test_a_chief_diplomat_by_another_title(extract: Extract, title: str) -> None:
    """coref.chief_diplomat: "Japanese and US top diplomats held a telephone talk ... US Secretary of State X": the
    Secretary of State (a Foreign Secretary) is the state's foreign minister."""
    f = extract(
        "Japanese and US top diplomats held a telephone talk on Sunday.\n\n"
        f"Talking with US {title} Tom Baker, Japanese Foreign Minister Kenji Sato said the alliance is strong.",
        "2013-02-04",
    )
    assert meeting_parties(f) == [{"Tom Baker", "Kenji Sato"}]


def test_a_secretary_of_state_for_a_portfolio_is_no_foreign_minister(extract: Extract) -> None:
    f = extract(
        "British and Irish foreign ministers held a phone call on Friday.\n\n"
        "Secretary of State for Defence Tom Baker said on Friday the talks were useful.",
        "2019-09-13",
    )
    assert {"Tom Baker"} not in [p & {"Tom Baker"} for p in meeting_parties(f)]


def test_an_unnamed_counterpart_is_the_secretary_of_state_named_later(extract: Extract) -> None:
    """meeting.named_later with coref.chief_diplomat: "his U.S. counterpart ... U.S. Secretary of State Y"."""
    f = extract(
        "Foreign Minister Kim Min-jun had a phone call with his U.S. counterpart Monday, the ministry said.\n\n"
        "Kim had the call with U.S. Secretary of State Tom Baker at Baker's request.",
        "2022-05-09",
    )
    assert meeting_parties(f) == [{"Kim Min-jun", "Tom Baker"}]


# -- actor.title_of_body_object ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    ["Commander of the People's Liberation Army Navy", "Chief of the Border Guard Service", "Head of the Coast Guard"],
)
def test_a_title_of_a_body_glued_to_the_name_of_the_other_party(extract: Extract, title: str) -> None:
    """actor.title_of_body_object: "had a meeting with Commander of the People's Liberation Army Navy Shen Li in
    Qingdao": the two capitalised words before "in" are the person the title is of."""
    f = extract(f"On Monday, Admiral Omar Sadek had a meeting with {title} Shen Li in Qingdao.", "2019-04-24")
    assert meeting_parties(f) == [{"Omar Sadek", "Shen Li"}]
    assert persons(f)["Shen Li"][1] == title


# -- actor.message_recipient, meeting.message_handed -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ambassador Pablo Soto has handed Omar Sadek, the chief adviser to the president, a message from his king.",
        "Ambassador Pablo Soto handed a message from his king to Omar Sadek on Saturday.",
        "Ambassador Pablo Soto delivered the king's written letter to Omar Sadek on Saturday.",
        "Ambassador Pablo Soto handed over a letter to Omar Sadek on Saturday.",
    ],
)
def test_a_message_handed_over_is_a_meeting(extract: Extract, sentence: str) -> None:
    """meeting.message_handed: who hands another a message or letter meets them."""
    f = extract(sentence, "2021-03-06")
    assert meeting_parties(f) == [{"Pablo Soto", "Omar Sadek"}]
    assert f.meetings[0].modality == "in_person"
    assert "meeting.message_handed" in f.meetings[0].rules


def test_a_message_to_be_handed_is_a_planned_meeting(extract: Extract) -> None:
    f = extract("Ambassador Pablo Soto will deliver a letter to President Omar Sadek next week.", "2021-03-06")
    assert [m.status for m in f.meetings] == ["planned"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ambassador Pablo Soto conveyed a message from his king to Omar Sadek on Saturday.",
        "Ambassador Pablo Soto handed over the documents to the embassy on Saturday.",
        "Ambassador Pablo Soto delivered a speech to the parliament on Saturday.",
    ],
)
def test_no_hand_over_no_meeting(extract: Extract, sentence: str) -> None:
    """A message conveyed may go by phone; papers handed to a body, a speech delivered are no talk."""
    assert extract(sentence, "2021-03-06").meetings == ()


def test_a_message_handed_during_a_meeting_told_is_that_meeting(extract: Extract) -> None:
    f = extract(
        "Ambassador Pablo Soto met President Omar Sadek on Saturday.\n\n"
        "During the meeting, Soto handed Sadek a letter from his king.",
        "2021-03-06",
    )
    assert meeting_parties(f) == [{"Pablo Soto", "Omar Sadek"}]


# -- meeting.host_officials --------------------------------------------------------------------------------------------


def test_a_visitor_meets_each_official_of_the_state_visited(extract: Extract) -> None:
    """meeting.host_officials: "During her visit, X will meet with President A, Speaker B and Foreign Minister C":
    one talk with each."""
    f = extract(
        "Peruvian Senate President Ana Ruiz arrived in Santiago on Sunday.\n\n"
        "During her two-day official visit, Ruiz will meet with Chilean President Pablo Soto, Parliament Speaker "
        "Jorge Vidal and Foreign Minister Marta Rojas.",
        "2016-11-13",
    )
    assert meeting_parties(f) == [{"Ana Ruiz", "Pablo Soto"}, {"Ana Ruiz", "Jorge Vidal"}, {"Ana Ruiz", "Marta Rojas"}]
    assert {m.status for m in f.meetings} == {"planned"}


def test_a_visitor_in_the_capital_visited(extract: Extract) -> None:
    f = extract(
        "Chilean envoy Ana Ruiz held talks with Peruvian President Pablo Soto and Peruvian Foreign Minister "
        "Marta Rojas in Lima on Wednesday.",
        "2019-01-14",
    )
    assert meeting_parties(f) == [{"Ana Ruiz", "Pablo Soto"}, {"Ana Ruiz", "Marta Rojas"}]


def test_a_host_meets_a_visiting_delegation_together(extract: Extract) -> None:
    """Not a host who meets several officials of a visiting state at home: one meeting of all."""
    f = extract(
        "Peruvian Foreign Minister Ana Ruiz on Wednesday met with Chilean Foreign Minister Pablo Soto, Defense "
        "Minister Jorge Vidal and Intelligence Chief Marta Rojas in the capital Lima.",
        "2019-01-14",
    )
    assert meeting_parties(f) == [{"Ana Ruiz", "Pablo Soto", "Jorge Vidal", "Marta Rojas"}]


def test_a_host_receives_guests_together(extract: Extract) -> None:
    f = extract(
        "Peruvian President Ana Ruiz received Chilean Deputy Foreign Minister Pablo Soto and Deputy Trade Minister "
        "Jorge Vidal during their visit.",
        "2019-01-14",
    )
    assert meeting_parties(f) == [{"Ana Ruiz", "Pablo Soto", "Jorge Vidal"}]


# -- coref.group_of_other_state, date.same_day_told_before -------------------------------------------------------------


def test_a_group_of_another_state_is_that_states_group(extract: Extract) -> None:
    """coref.group_of_other_state: "... He met the Belarusian top legislators": a group of that state, not the last
    meeting's parties; "later in the day" is the day told the sentence before (date.same_day_told_before)."""
    f = extract(
        "Speaker Omar Sadek said Pablo Soto will visit Chile.\n\n"
        "Sadek arrived in Minsk on Friday heading a delegation.\n\n"
        "He met the Belarusian top legislators and attended a meeting later in the day.",
        "2018-09-09",
    )
    assert {"Omar Sadek", "Belarusian top legislators"} in meeting_parties(f)
    (m,) = [m for m in f.meetings if "coref.group_of_other_state" in _rules(f) and m.date is not None]
    assert m.date.value == "2018-09-07"


def test_a_crowd_of_another_state_is_no_party(extract: Extract) -> None:
    f = extract(
        "The foreign minister, who is in Madrid for a meeting with the Spanish authorities, met with the Spanish "
        "Foreign Minister Ana Ruiz on Thursday evening.",
        "2020-10-09",
    )
    assert all("authorities" not in a.name for a in f.actors)


def test_later_in_the_day_with_no_day_before_is_the_day_of_publication(extract: Extract) -> None:
    f = extract("Foreign Minister Omar Sadek met Pablo Soto later in the day.", "2018-09-09")
    assert [m.date.value if m.date else None for m in f.meetings] == ["2018-09-09"]


# -- meeting.timing_for ------------------------------------------------------------------------------------------------


def test_a_talk_being_arranged_is_planned(extract: Extract) -> None:
    """meeting.timing_for: "fine-tuning the timing for a phone conversation between A and B": one to come."""
    f = extract(
        "Foreign Minister Kim Min-jun and Secretary of State Tom Baker will hold their first telephone conversation "
        "this week, an official said Sunday.\n\n"
        "\"We're currently fine-tuning the timing for a phone conversation between South Korean and US foreign "
        'ministers on Tuesday," the official said.',
        "2017-02-12",
    )
    assert [(m.modality, m.status) for m in f.meetings] == [("phone", "planned")]


# -- statement.side_party, "said for his part that" --------------------------------------------------------------------


def test_a_states_side_that_speaks_after_a_talk_is_its_party(extract: Extract) -> None:
    """statement.side_party: "The Turkish side said for his part that ...": the one party of that state."""
    f = extract(
        "Police chief Omar Sadek and his Turkish counterpart Kemal Demir held a virtual meeting on Saturday.\n\n"
        "Sadek said the two countries can cooperate.\n\n"
        "The Turkish side said for his part that his country is ready to cooperate.",
        "2020-12-27",
    )
    st = [s for s in f.statements if s.content.startswith("his country")]
    assert [speaker_names(f, s) for s in st] == [["Kemal Demir"]]


def test_a_side_that_says_its_is_the_state(extract: Extract) -> None:
    f = extract(
        "Police chief Omar Sadek and his Turkish counterpart Kemal Demir held a virtual meeting on Saturday.\n\n"
        "The Turkish side reaffirmed its support for the deal.",
        "2020-12-27",
    )
    (st,) = [s for s in f.statements if s.cue == "reaffirmed"]
    assert speaker_names(f, st) != ["Kemal Demir"]


# -- hyphenated ranks --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("rank", ["Brigadier-General", "Major-General", "Rear-Admiral"])
def test_a_hyphenated_rank_before_a_name(extract: Extract, rank: str) -> None:
    f = extract(f"Head of Peru's International Police {rank} Omar Sadek said on Saturday that ties are good.")
    assert persons(f)["Omar Sadek"][0] == "PER"


# -- read after the first sets: actor.interleaved_list, a ruler's title, credentials copied, ---------------------------
# -- meeting.noun_he_held, officials "including" after a quantified crowd, officials of a state of a trip told before --


def test_each_name_after_its_state_in_a_list_of_one_title(extract: Extract) -> None:
    """actor.interleaved_list: "met with the foreign ministers of Spain X, Latvia Y, and Switzerland Z": each a
    foreign minister of the state before the name, a meeting each."""
    f = extract(
        "Foreign Minister Omar Sadek met with the foreign ministers of Spain Pablo Soto, Latvia Anna Berzina, "
        "Poland Piotr Nowak, and Switzerland Hans Meier on Sept. 25.",
        "2024-09-26",
    )
    assert meeting_parties(f) == [
        {"Omar Sadek", "Pablo Soto"},
        {"Omar Sadek", "Anna Berzina"},
        {"Omar Sadek", "Piotr Nowak"},
        {"Omar Sadek", "Hans Meier"},
    ]
    p = persons(f)
    assert (p["Anna Berzina"], p["Hans Meier"]) == (("LVA", "Foreign Minister"), ("CHE", "Foreign Minister"))


def test_a_list_of_states_and_names_needs_a_title(extract: Extract) -> None:
    f = extract("The airline flies to Spain Pablo Soto said, Latvia and Poland.")
    assert "actor.interleaved_list" not in _rules(f)


def test_a_ruler_before_a_patronymic_keeps_the_title(extract: Extract) -> None:
    f = extract("Amir Tamim bin Hamad Al Thani met President Omar Sadek on Sunday.", "2022-01-10")
    assert persons(f)["Tamim bin Hamad Al Thani"][1] == "Amir"


@pytest.mark.parametrize("copy", ["copy of his credentials", "a copy of his credentials", "copies of his credentials"])
def test_a_copy_of_the_credentials_to_the_foreign_minister(extract: Extract, copy: str) -> None:
    """meeting.credentials: "submitted copy of his credentials to Foreign Minister Y": the new envoy met Y."""
    f = extract(f"New British Ambassador Tom Baker on Monday submitted {copy} to Foreign Minister Omar Sadek.")
    assert meeting_parties(f) == [{"Tom Baker", "Omar Sadek"}]


@pytest.mark.parametrize(
    ("noun", "modality"),
    [("the meeting he held", "in_person"), ("the talks he had", "in_person"), ("the phone call he had", "phone")],
)
def test_the_meeting_he_held_with(extract: Extract, noun: str, modality: str) -> None:
    """meeting.noun_he_held: "... in line with the meeting he held with his Lebanese counterpart X in Tehran on
    Sunday": he met X, that day, there."""
    f = extract(
        "Foreign Minister Omar Sadek said ties are good.\n\n"
        f"Sadek said his visit would build on {noun} with his Lebanese counterpart Pablo Soto in Tehran on Sunday.",
        "2010-08-12",
    )
    (m,) = [m for m in f.meetings if "meeting.noun_he_held" in m.rules]
    assert (m.modality, m.date.value if m.date else None) == (modality, "2010-08-08")
    assert {a.name for a in f.actors if a.id in m.participants} == {"Omar Sadek", "Pablo Soto"}


def test_officials_including_after_a_quantified_crowd(extract: Extract) -> None:
    """meeting.with_including: "held meetings with several officials, including A and B" ("several officials" is
    read as a crowd of sources): one meeting each with the named."""
    f = extract(
        "Omani Foreign Minister Pablo Soto arrived in Tehran on Friday.\n\n"
        "Soto has held meetings with several officials, including Parliament Speaker Omar Sadek and Central Bank "
        "Governor Ali Karimi.",
        "2017-11-12",
    )
    assert meeting_parties(f) == [{"Pablo Soto", "Omar Sadek"}, {"Pablo Soto", "Ali Karimi"}]


def test_a_visitor_meets_each_official_of_no_state_told_on_a_trip_told_before(extract: Extract) -> None:
    """meeting.host_officials with officials of no state told: the trip told the sentence before says where."""
    f = extract(
        "US Secretary of State Tom Baker is expected to pay an official visit to Ethiopia next week.\n\n"
        "Baker is expected to meet with Prime Minister Omar Sadek and President Anna Berhe.",
        "2020-02-13",
    )
    assert {"Tom Baker", "Omar Sadek"} in meeting_parties(f)
    assert {"Tom Baker", "Anna Berhe"} in meeting_parties(f)
    assert {"Tom Baker", "Omar Sadek", "Anna Berhe"} not in meeting_parties(f)


def test_officials_met_at_one_venue_are_one_sitting(extract: Extract) -> None:
    """Not meeting.host_officials: "held talks with A and B at the Ministry of Foreign Affairs": one meeting."""
    f = extract(
        "Chilean Minister Ana Ruiz arrived in Lima on Monday.\n\n"
        "Later that day Ruiz held talks with Peruvian Foreign Minister Pablo Soto and Peruvian Public Works Minister "
        "Marta Rojas at the Ministry of Foreign Affairs.",
        "2025-10-23",
    )
    assert {"Ana Ruiz", "Pablo Soto", "Marta Rojas"} in meeting_parties(f)


# -- meeting.cancelled, "will meet" a name with no title -------------------------------------------------------------


def test_a_cancelled_meeting_is_none(extract: Extract) -> None:
    """meeting.cancelled: "a planned meeting between A and B has been cancelled": no meeting."""
    f = extract(
        "The spokesman says a planned meeting between Foreign Minister Omar Sadek and his Omani counterpart Pablo "
        "Soto has been cancelled due to illness.",
        "2019-01-10",
    )
    assert f.meetings == ()
    assert "meeting.cancelled" in _rules(f)


def test_a_postponed_meeting_is_still_planned(extract: Extract) -> None:
    f = extract(
        "A planned meeting between Foreign Minister Omar Sadek and Pablo Soto has been postponed to next week.",
        "2019-01-10",
    )
    assert [m.status for m in f.meetings] == ["planned"]


@pytest.mark.parametrize("verb", ["will meet", "is to receive", "plans to meet"])
def test_the_base_form_before_a_name_with_no_title(extract: Extract, verb: str) -> None:
    """actor.bare_object after "meet" and "receive": "Zarif will meet Omar Saleh on Sunday"."""
    f = extract(f"Foreign Minister Pablo Soto {verb} Omar Saleh on Sunday.", "2019-01-10")
    assert meeting_parties(f) == [{"Pablo Soto", "Omar Saleh"}]
    assert f.meetings[0].status == "planned"


def test_one_word_before_a_titles_words_is_its_place(extract: Extract) -> None:
    f = extract("He is to travel to Erbil to meet Kurdistan Region President Omar Saleh.", "2019-01-10")
    assert "Kurdistan" not in {a.name for a in f.actors}


@pytest.mark.parametrize("gap", ["had the opportunity to meet with", "had a chance to meet"])
def test_the_opportunity_to_meet(extract: Extract, gap: str) -> None:
    """meeting.opportunity_to: "he had the opportunity to meet with Y in Geneva": he met Y."""
    f = extract(
        "Foreign Minister Pablo Soto said ties with Foreign Minister Omar Sadek are good.\n\n"
        f"He also said that he {gap} Sadek in Geneva in February.",
        "2024-05-10",
    )
    assert meeting_parties(f) == [{"Pablo Soto", "Omar Sadek"}]
