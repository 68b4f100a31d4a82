"""Constructions found in session 13's read sets of real articles (agencies and dailies of Asia, Europe,
Africa, the Americas and Oceania), each tested with sentences invented for it: a meeting told after the
main clause with a hyphened or dated modifier, the present progressive with a later time, a talk whose
modality a later sentence tells, "the Foreign Minister" of a ministry's own release, "she" after "According
to Ms X", a spokesman who is the press secretary told before, and a minister received by their own envoy."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfacts.rules import Facts, extract_facts
from newsfacts.rules.home import Home

from .facts import meeting_parties, speaker_names, statements_by_cue

Extract = Callable[..., Facts]


@pytest.mark.parametrize(
    "tail",
    [
        "following a two-hour meeting with Australian Prime Minister Daniel Brooks in Suva last night",
        "in his opening remarks at today's bilateral meeting with Australian Prime Minister Daniel Brooks",
        "after a long-awaited meeting with Australian Prime Minister Daniel Brooks",
    ],
)
def test_a_meeting_after_the_main_clause_is_the_subjects(extract: Extract, tail: str) -> None:
    """meeting.met: "X said ..., following a two-hour meeting with Y": the main clause's subject met Y."""
    f = extract(f"Fijian Prime Minister Ratu Tevita Naivalu said the talks were useful, {tail}.")
    assert meeting_parties(f) == [{"Ratu Tevita Naivalu", "Daniel Brooks"}]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Harris is meeting with China's Foreign Minister Liu Wen later tonight.", "planned"),
        ("Harris and China's Foreign Minister Liu Wen are holding talks tomorrow in Beijing.", "planned"),
        ("Harris is meeting with China's Foreign Minister Liu Wen next Tuesday.", "planned"),
        ("Harris is meeting with China's Foreign Minister Liu Wen in the Great Hall of the People.", "held"),
    ],
)
def test_the_present_progressive_with_a_later_time_is_planned(extract: Extract, sentence: str, status: str) -> None:
    """meeting.progressive_future: "is meeting Y later tonight" is still to come; without a later time the
    progressive tells a meeting under way."""
    f = extract("New Zealand Foreign Minister Tom Harris arrived in Beijing on Monday. " + sentence)
    assert meeting_parties(f) == [{"Tom Harris", "Liu Wen"}]
    assert f.meetings[0].status == status
    assert ("meeting.progressive_future" in f.meetings[0].rules) == (status == "planned")


@pytest.mark.parametrize("verb", ["spoke", "talked"])
def test_a_talk_told_later_as_a_call_is_the_call(extract: Extract, verb: str) -> None:
    """meeting.modality_told_later: "X spoke with Y" says not how; "X spoke with Y by phone" later does."""
    f = extract(
        f"For the first time in two years, the German chancellor {verb} with the Russian president. "
        "German Chancellor Karl Weber spoke with Russian President Ivan Sokolov on the phone on Friday."
    )
    assert meeting_parties(f) == [{"Karl Weber", "Ivan Sokolov"}]
    assert f.meetings[0].modality == "phone"
    assert "meeting.modality_told_later" in f.meetings[0].rules


def test_a_meeting_in_person_stays_so_when_a_call_is_told_later(extract: Extract) -> None:
    """A verb that says in person ("met") is no assumption: a call told later does not change it."""
    f = extract(
        "The German chancellor met the Russian president in Sochi. "
        "German Chancellor Karl Weber spoke with Russian President Ivan Sokolov on the phone on Friday."
    )
    assert [m.modality for m in f.meetings] == ["in_person"]
    assert "meeting.modality_told_later" not in f.meetings[0].rules


def test_the_foreign_minister_of_a_release_is_its_own() -> None:
    """coref.home_leader: in a Pakistani paper, "the Foreign Minister" is the one it titled bare, not "Foreign
    Minister of Afghanistan Y" named after him."""
    f = extract_facts(
        "ISLAMABAD: Foreign Minister Tariq Hameed Malik had a telephone call with Foreign Minister of Afghanistan "
        "Mr Karim Noorzai today. The two Foreign Ministers exchanged greetings.\n\n"
        "Reiterating Pakistan's support to the peace process, the Foreign Minister underlined that the "
        "negotiations provided a historic opportunity. The Foreign Minister urged Afghan parties to work "
        "constructively.",
        home=Home("PAK", "outlet", "test"),
    )
    for cue in ("underlined", "urged"):
        (st,) = statements_by_cue(f, cue)
        assert speaker_names(f, st) == ["Tariq Hameed Malik"]


def test_she_after_according_to_a_woman_is_that_woman(extract: Extract) -> None:
    """coref.female_pronoun: of two women told in one sentence, "she" is the source it cites."""
    f = extract(
        "Mrs Amina Bello, the Special Assistant to the Minister on Media, disclosed this in a statement.\n\n"
        "According to Bello, the Minister is expected to meet with his counterpart, Mrs Grace Shikongo, on "
        "Monday.\n\nShe said that both ministers would discuss bilateral issues of mutual interest."
    )
    (st,) = statements_by_cue(f, "said")
    assert speaker_names(f, st) == ["Amina Bello"]


def test_the_spokesman_is_the_press_secretary_told_before(extract: Extract) -> None:
    """coref.spokesperson_press_secretary: "the spokesman" fits who was titled press secretary."""
    f = extract(
        "The press secretary of the Ministry of Foreign Affairs of Ukraine, Petro Kovalenko, spoke to reporters. "
        '"We will continue," Kovalenko said. "We expect progress," the spokesman added.'
    )
    (st,) = statements_by_cue(f, "the spokesman added")
    assert speaker_names(f, st) == ["Petro Kovalenko"]


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        (
            "Nigerian Foreign Minister Musa Danjuma met Nigeria's Ambassador to Namibia, Ngozi Okafor, in Windhoek.",
            [],
        ),
        (
            "Nigerian Foreign Minister Musa Danjuma met Namibia's Ambassador to Nigeria, Selma Amukoto, in Abuja.",
            [{"Musa Danjuma", "Selma Amukoto"}],
        ),
    ],
)
def test_a_minister_with_their_own_envoy_is_no_meeting(
    extract: Extract, sentence: str, parties: list[set[str]]
) -> None:
    """meeting.own_mission: talks with one's own state's envoy are no talk between states."""
    assert meeting_parties(extract(sentence)) == parties


@pytest.mark.parametrize("headline_verb", ["Participates in", "Holds Talks in", "Attends", "Addresses"])
def test_a_headline_verb_is_no_surname(extract: Extract, headline_verb: str) -> None:
    """nonname: the third-person verbs of title-case headlines never join the name before them."""
    f = extract(
        f"Foreign Minister Petrov {headline_verb} Black Sea Council Session\n\n"
        "Bulgaria's Foreign Minister Ivan Petrov held talks in Sochi on Saturday. Petrov and Russia's chief "
        "diplomat Oleg Morozov discussed bilateral relations."
    )
    assert {a.name for a in f.actors if a.kind == "person"} == {"Ivan Petrov", "Oleg Morozov"}


def test_a_veteran_diplomat_is_a_description(extract: Extract) -> None:
    """desc_adjective: "the veteran diplomat" refers back as "the diplomat" does."""
    f = extract(
        "Cuban foreign minister Pedro Alvarez arrived in Mexico on Tuesday. The veteran diplomat also met with "
        "Argentine Foreign Minister Jorge Sola."
    )
    assert meeting_parties(f) == [{"Pedro Alvarez", "Jorge Sola"}]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Brazilian Foreign Ministry released a note on Saturday which says that the remarks were unhelpful.",
        "The Brazilian Foreign Ministry issued a statement this Saturday (19) that said the remarks were unhelpful.",
        "The Brazilian Foreign Ministry released a note on Saturday. The note says that the remarks were unhelpful.",
    ],
)
def test_the_note_a_body_released_says_what_it_says(extract: Extract, sentence: str) -> None:
    """statement.issued_which, statement.according_to_issuer: a note's words are its issuer's."""
    f = extract(sentence)
    (st,) = f.statements
    assert speaker_names(f, st) == ["Brazilian Foreign Ministry"]
    assert st.content == "the remarks were unhelpful"


@pytest.mark.parametrize("verb", ["spoke about", "talked about"])
def test_ties_with_a_state_after_spoke_about_is_a_topic(extract: Extract, verb: str) -> None:
    """meeting.topic_with: "X spoke about ties with Russia" tells of no talk with Russia."""
    f = extract(f"Iranian Parliament Speaker Reza Karimi {verb} ties with Russia on Monday.")
    assert f.meetings == ()


def test_a_call_with_its_day_set_off_before_with(extract: Extract) -> None:
    """meeting.with_set_off: "In a phone call on Thursday night, with Y, X said": the day between the call and its
    "with"."""
    f = extract(
        "In a phone call on Thursday night, with the Foreign Minister of Iran, Hamid Rostami, British Foreign "
        "Secretary Mark Ellis said the matter will soon be reviewed.",
        published="2026-05-20",
    )
    assert meeting_parties(f) == [{"Mark Ellis", "Hamid Rostami"}]
    assert f.meetings[0].modality == "phone"


@pytest.mark.parametrize("adjective", ["new", "outgoing", "incoming", "newly-accredited"])
def test_ambassadors_with_an_adjective_are_role_holders(extract: Extract, adjective: str) -> None:
    """desc_adjective: "received the new ambassadors of A and B" names one envoy of each state."""
    f = extract(f"President Tran Van Minh received the {adjective} ambassadors of Panama and Chile in Hanoi.")
    assert meeting_parties(f) == [{"Tran Van Minh", "Ambassador of Panama", "Ambassador of Chile"}]


def test_the_top_leader_is_the_party_general_secretary(extract: Extract) -> None:
    """leader_role: a party's General Secretary leads the state ("the Vietnamese top leader")."""
    f = extract(
        "Party General Secretary and State President Tran Van Minh received the ambassadors of Panama and Chile "
        "in Hanoi. Appreciating the good relations, the Vietnamese top leader expressed his belief that the "
        "diplomats will help foster the ties."
    )
    (st,) = statements_by_cue(f, "expressed")
    assert speaker_names(f, st) == ["Tran Van Minh"]


@pytest.mark.parametrize(
    ("sentence", "cue", "kind", "content"),
    [
        (
            "North Korea took issue with the planned joint military exercise.",
            "took issue with",
            "disapprove",
            "the planned joint military exercise",
        ),
        (
            "Foreign Minister Han Min-jun singled out the nuclear program as the most critical issue.",
            "singled out",
            "say",
            "the nuclear program as the most critical issue",
        ),
        ("Foreign Secretary Tom Hale apologized for the damage to the graves.", "apologized for", "say", None),
        (
            "Foreign Minister Rafiq Hasan credited the high commissioner for his role during the visits.",
            "credited",
            "approve",
            None,
        ),
        (
            "The Foreign Ministry voiced pleasure with the outcome of the visit.",
            "voiced pleasure with",
            "approve",
            None,
        ),
        (
            "The Foreign Ministry lodged a protest with the Russian embassy over the remarks.",
            "lodged a protest with",
            "disapprove",
            None,
        ),
        ("The Foreign Ministry regretted the decision to close the border.", "regretted", "disapprove", None),
        ("Foreign Minister Ana Ruiz countered that the talks had been planned for months.", "countered", "say", None),
    ],
)
def test_cues_of_real_reports(extract: Extract, sentence: str, cue: str, kind: str, content: str | None) -> None:
    """cue: reporting words the real sets showed, each with its kind."""
    (st,) = extract(sentence).statements
    assert (st.cue, st.kind) == (cue, kind)
    if content is not None:
        assert st.content == content


@pytest.mark.parametrize(
    "sentence",
    [
        "The bank credited the account on Monday.",
        "The ministry lodged a strong protest after shells landed in the border town.",
        "The committee predicted growth of 3 percent.",
    ],
)
def test_near_misses_of_those_cues_are_no_statements(extract: Extract, sentence: str) -> None:
    assert extract(sentence).statements == ()


@pytest.mark.parametrize("front", ["During the meeting", "At the talks", "During the session,"])
def test_a_fronted_meeting_noun_with_no_comma_is_no_verb(extract: Extract, front: str) -> None:
    """coref.noun_before_subject: "During the meeting Mitov held ...": the name after "the meeting" is the
    subject, not the object of a verb "meeting"."""
    f = extract(
        "Bulgaria's Foreign Minister Ivan Petrov spoke in Sochi.\n\n"
        f"{front} Petrov held bilateral meetings with his Russian and Moldovan counterparts."
    )
    assert meeting_parties(f) == [
        {"Ivan Petrov", "Foreign Minister of Russia"},
        {"Ivan Petrov", "Foreign Minister of Moldova"},
    ]


def test_a_headline_infinitive_is_planned(extract: Extract) -> None:
    """meeting.headline_infinitive: "X to speak with Y on Friday" over the story is the call it plans."""
    f = extract(
        "South Korea foreign minister Kim Min-ho to speak with Chinese counterpart Liu Wen on Friday\n\n"
        "South Korea's Foreign Minister Kim Min-ho will speak with his Chinese counterpart Liu Wen by telephone on "
        "Friday, the foreign ministry said.",
        published="2026-05-20",
    )
    assert meeting_parties(f) == [{"Kim Min-ho", "Liu Wen"}]
    assert (f.meetings[0].modality, f.meetings[0].status) == ("phone", "planned")


@pytest.mark.parametrize("stop", [".", ""])
def test_to_after_a_verb_of_its_own_is_no_headline_infinitive(extract: Extract, stop: str) -> None:
    f = extract(f"Foreign Minister Kim Min-ho flew to Beijing on Monday to meet Chinese Foreign Minister Liu Wen{stop}")
    assert [m.status for m in f.meetings] == ["held"]


def test_a_visit_is_the_hosts_talk_when_the_place_is_in_the_state(extract: Extract) -> None:
    """meeting.visit_hosts_there: a host the text gives no country, met in a city of the visited state, is whom
    the visit was with: no second meeting with the state."""
    f = extract(
        "President Thabo Nkosi hosted Kenyan President Samuel Kamau at his residence in Durban on Thursday. It was "
        "the first time that Kamau had visited South Africa since he took office."
    )
    assert meeting_parties(f) == [{"Thabo Nkosi", "Samuel Kamau"}]


@pytest.mark.parametrize("name", ["Julie Bishop", "John Major", "Sarah Judge"])
def test_a_title_word_after_a_known_given_name_is_a_surname(extract: Extract, name: str) -> None:
    """actor.title_surname: "Julie Bishop": a title word that is also a surname ends a name after a given name."""
    f = extract(f"Foreign Minister Tom Harris met his Australian counterpart {name} in Auckland on Monday.")
    assert meeting_parties(f) == [{"Tom Harris", name}]


def test_a_day_before_a_title_is_no_word_of_it(extract: Extract) -> None:
    """actor.day_before_title: "said Friday Prime Minister X": the role starts after the day."""
    f = extract("The government said Friday Prime Minister Kenji Sato would meet President Ana Costa on Monday.")
    assert {a.name: a.role for a in f.actors if a.kind == "person"}["Kenji Sato"] == "Prime Minister"


@pytest.mark.parametrize(
    "lead",
    [
        "Ukrainian Foreign Ministry spokesman Petro Kovalenko said the talks had stalled.",
        "The press secretary of the Ministry of Foreign Affairs of Ukraine, Petro Kovalenko, spoke on Monday.",
    ],
)
def test_the_body_spokesman_is_the_named_one(extract: Extract, lead: str) -> None:
    """coref.body_role_named: "the Foreign Ministry spokesman" with no country is the one person named before
    whose title holds that body and that role."""
    f = extract(lead + ' "We will continue," the Foreign Ministry spokesman added.')
    (st,) = statements_by_cue(f, "the foreign ministry spokesman added")
    assert speaker_names(f, st) == ["Petro Kovalenko"]


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("the statements were neither constructive nor useful", "disapprove"),
        ("the remarks were not helpful", "disapprove"),
        ("the talks were constructive", "approve"),
    ],
)
def test_a_praise_word_denied_is_a_reproach(extract: Extract, content: str, kind: str) -> None:
    """content_kind: "neither constructive nor useful" disapproves; "constructive" alone approves."""
    (st,) = extract(f"The Brazilian Foreign Ministry said {content}.").statements
    assert st.kind == kind


def test_a_warning_told_as_a_noun(extract: Extract) -> None:
    """cue: "issued a sharp warning to the E3" threatens."""
    (st,) = extract("Foreign Minister Reza Karimi issued a sharp warning to the E3 over the accusations.").statements
    assert (st.cue, st.kind) == ("issued a sharp warning to", "threaten")


@pytest.mark.parametrize(
    ("sentence", "parties", "status", "place"),
    [
        (
            "White House spokeswoman Anna Price commented on President Paulo Ramos's visit to Russia.",
            {"Paulo Ramos", "Russia"},
            "held",
            None,
        ),
        (
            "The talks came a week after Iranian Foreign Minister Reza Karimi's visit to Cairo.",
            {"Reza Karimi", "Egypt"},
            "held",
            "Cairo",
        ),
        (
            "Days after US Defense Secretary James Harris’ visit to Seoul, the ministers spoke.",
            {"James Harris", "South Korea"},
            "held",
            "Seoul",
        ),
        (
            "Iranian Foreign Minister Reza Karimi's upcoming visit to Cairo was discussed.",
            {"Reza Karimi", "Egypt"},
            "planned",
            "Cairo",
        ),
    ],
)
def test_a_possessive_visit_to_a_state_or_its_city(
    extract: Extract, sentence: str, parties: set[str], status: str, place: str | None
) -> None:
    """meeting.possessive_visit: "X's visit to Russia" whatever the clause's subject; a city's state is visited
    ("Mattis’ visit to Seoul", the apostrophe alone after an "s": actor.bare_apostrophe)."""
    f = extract(sentence)
    assert meeting_parties(f) == [parties]
    m = f.meetings[0]
    assert m.status == status
    assert (m.location.name if m.location else None) == place


@pytest.mark.parametrize("comma", ["", ","])
def test_a_fronted_meeting_with_no_comma_before_the_subject(extract: Extract, comma: str) -> None:
    """meeting.front_no_comma: "During the meeting with Y the Head of State noted ...": Y's name runs into the
    main clause's subject."""
    f = extract(
        "President Nurlan Abenov received the ambassadors of Russia and China.\n\n"
        f"During the meeting with Russian ambassador Ivan Belov{comma} the Head of State noted the importance of "
        "trade."
    )
    assert {"Nurlan Abenov", "Ivan Belov"} in meeting_parties(f)


def test_he_after_reported_words_is_who_reported_before(extract: Extract) -> None:
    """coref.pronoun_after_report: "During the visit, X is expected to stress ..., he added.": X, named in the
    reported words, is not the reporter; the one who spoke before is."""
    f = extract(
        "Communications Director Kemal Aydin also said Erdem and Petrenko are expected to discuss the war.\n\n"
        "During the visit, Erdem is also expected to stress the call for a ceasefire, he added."
    )
    (st,) = statements_by_cue(f, "he added")
    assert speaker_names(f, st) == ["Kemal Aydin"]


def test_he_said_as_an_aside_is_the_sentences_subject(extract: Extract) -> None:
    """ "X accused A of B while, he said, C": the aside's pronoun is the clause's subject."""
    f = extract(
        "The ministry said the talks were useful, but a spokesman added that more was needed.\n\n"
        "Opposition spokesman Callum Reid accused ministers of playing at diplomacy while, he said, the government "
        "blocked new licences."
    )
    for cue in ("accused", "he said"):
        (st,) = statements_by_cue(f, cue)
        assert speaker_names(f, st) == ["Callum Reid"]


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("A phone call took place on Monday between Foreign Minister Ana Costa and Minister Tomas Rojas.", "phone"),
        (
            "Talks took place in Lisbon on Monday between Foreign Minister Ana Costa and Minister Tomas Rojas.",
            "in_person",
        ),
        ("Foreign Minister Ana Costa held a tete-a-tete with Minister Tomas Rojas on Monday.", "in_person"),
    ],
)
def test_took_place_between_and_a_tete_a_tete(extract: Extract, sentence: str, modality: str) -> None:
    """meeting.passive_talks: "took place on Monday between X and Y"; "a tete-a-tete with Y" is a meeting."""
    f = extract(sentence)
    assert meeting_parties(f) == [{"Ana Costa", "Tomas Rojas"}]
    assert f.meetings[0].modality == modality


@pytest.mark.parametrize("cue", ["signalled", "signaled", "indicated"])
def test_a_position_signalled(extract: Extract, cue: str) -> None:
    """cue: "signalled that", "indicated that" tell a position; "indicated the border" tells none."""
    (st,) = extract(f"Foreign Minister Ana Costa {cue} that Portugal could back the plan.").statements
    assert (st.cue, st.content) == (cue, "Portugal could back the plan")
    assert extract("The map indicated the border between the two states.").statements == ()


def test_told_a_regular_press_briefing(extract: Extract) -> None:
    """statement.told: "told a regular press briefing on Monday that ...": the audience is no content."""
    (st,) = extract(
        "Foreign Ministry spokesperson Lin Wei told a regular press briefing on Monday that China opposes the "
        "sanctions."
    ).statements
    assert st.content == "China opposes the sanctions"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Foreign Minister Ana Costa will embark on a tour of Chile, Peru and Bolivia.", "planned"),
        ("Foreign Minister Ana Costa begins a tour of Chile, Peru and Bolivia next month.", "planned"),
        ("Foreign Minister Ana Costa toured Chile, Peru and Bolivia last week.", "held"),
    ],
)
def test_a_tour_still_to_come_is_planned(extract: Extract, sentence: str, status: str) -> None:
    """meeting.tour: "will embark on a tour of A, B and C", "a tour of A and B next month": planned visits."""
    f = extract(sentence)
    assert meeting_parties(f) == [{"Ana Costa", c} for c in ("Chile", "Peru", "Bolivia")]
    assert {m.status for m in f.meetings} == {status}


@pytest.mark.parametrize("honorific", ["Dato’ Seri Utama Haji", "Dato' Seri Utama", "Madam", "Amb."])
def test_honorifics_are_no_part_of_the_name(extract: Extract, honorific: str) -> None:
    """honorific: Malay, West African and diplomatic honorifics open no name ("Dato’ Seri Utama Haji X")."""
    f = extract(
        f"Foreign Minister {honorific} Aziz bin Haji Omar held a bilateral meeting with Secretary of State Mark "
        "Ellis in Kuala Lumpur."
    )
    assert meeting_parties(f) == [{"Aziz bin Haji Omar", "Mark Ellis"}]


def test_a_wire_credit_is_no_part_of_a_name(extract: Extract) -> None:
    """agency: "Russia's Foreign Minister Ivan Sokolov Itar-Tass/Photographer": the agency ends the name."""
    f = extract(
        "Russia's Foreign Minister Ivan Sokolov Itar-Tass/Pavel Orlov\n\n"
        "Russian Foreign Minister Ivan Sokolov and EU foreign policy chief Anna Berg met in New Delhi on Monday."
    )
    assert {a.name for a in f.actors if a.kind == "person"} == {"Ivan Sokolov", "Anna Berg"}
