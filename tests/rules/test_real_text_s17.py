"""Constructions found in session 17's read sets of real articles (wire services worldwide, South and East
Asia, Africa, the Middle East and Central Asia), each tested with sentences invented for it: a possessor's
talks told inside another clause, a statement released by a body with a place in its name, a tweet's
participle, "revealed that", ideas exchanged, a date in figures between subject and verb, guests received
"respectively", and a caretaker's title."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfacts.rules import Facts

from .facts import meeting_parties, speaker_names, statements_by_cue

Extract = Callable[..., Facts]


@pytest.mark.parametrize("noun", ["discussions", "talks", "meeting"])
def test_the_possessor_of_talks_holds_them_whatever_the_clause_subject(extract: Extract, noun: str) -> None:
    """meeting.possessor_noun: in "The two sides reviewed progress following up on X's talks with Y", X and Y
    met; the clause's subject did not meet Y."""
    f = extract(
        "Foreign Secretary Ravi Menon met US Under Secretary Clara Hobbs on Monday.\n\n"
        "The two sides reviewed progress in many fields following up on Prime Minister Arjun Rao's "
        f"{noun} with President Tom Baker in Washington in September."
    )
    parties = meeting_parties(f)
    assert {"Arjun Rao", "Tom Baker"} in parties
    assert {"Ravi Menon", "Clara Hobbs", "Tom Baker"} not in parties
    assert "meeting.possessor_noun" in {r.rule for r in f.trace.firings}


def test_a_topic_verb_with_a_far_with_is_not_taken_across_a_meeting_noun(extract: Extract) -> None:
    """meeting.discussed_long_with reads the "with" of a long topic, but not one that belongs to a nearer
    meeting noun ("reviewed progress ... following up on the talks with Y")."""
    f = extract(
        "Foreign Minister Ravi Menon reviewed progress in many fields following up on the talks with "
        "President Tom Baker."
    )
    assert "meeting.discussed_long_with" not in {r.rule for r in f.trace.firings}


@pytest.mark.parametrize("gap", ["", " later on Sunday"])
def test_a_body_with_its_seat_releases_a_statement(extract: Extract, gap: str) -> None:
    """statement.issued_statement: "The Polish embassy in Paris released a statement saying ...": the body
    named with its seat speaks (statement.demonym_body reads it), a day may stand before the verb."""
    f = extract(
        f"The Polish embassy in Paris{gap} released a statement saying that the remarks were taken out of context."
    )
    (st,) = f.statements
    assert speaker_names(f, st) == ["Polish embassy in Paris"]
    assert st.content == "the remarks were taken out of context"


@pytest.mark.parametrize(
    "lead",
    ["commented on the remarks in a tweet", "posted a message", "responded via a short video"],
)
def test_a_participle_after_the_medium_it_was_written_in(extract: Extract, lead: str) -> None:
    """statement.medium_participle: "X commented on it in a tweet saying ...": no comma before the participle,
    the medium's writer speaks."""
    f = extract(f"Ambassador Piotr Nowak {lead} saying that the fall of Kyiv would mean war in Europe.")
    (st,) = statements_by_cue(f, "saying")
    assert speaker_names(f, st) == ["Piotr Nowak"]
    assert st.content == "the fall of Kyiv would mean war in Europe"
    assert "statement.medium_participle" in st.rules


def test_a_participle_after_a_noun_that_is_no_medium(extract: Extract) -> None:
    """Without a medium before it ("the plan outlining ..."), a participle with no comma is no cue."""
    f = extract("Ambassador Piotr Nowak presented the plan stating the goals of the talks.")
    assert not statements_by_cue(f, "stating")


def test_revealed_that_is_a_statement_and_revealed_plans_is_not(extract: Extract) -> None:
    """cue "reveal": only "revealed that ..." reports speech."""
    f = extract(
        "Foreign Minister Aida Nurova revealed that Kazakhstan has been working on its own vaccine. "
        "She revealed the plans on Monday."
    )
    (st,) = f.statements
    assert st.cue == "revealed"
    assert st.content == "Kazakhstan has been working on its own vaccine"


@pytest.mark.parametrize("what", ["ideas", "opinions"])
def test_exchanging_ideas_with_someone_is_a_meeting(extract: Extract, what: str) -> None:
    """meeting table: "exchanged ideas on X with Y" as "exchanged views"."""
    f = extract(
        f"Foreign Minister Li Wen exchanged {what} on the situation in Syria with visiting UN Secretary-General "
        "Pedro Alves."
    )
    assert meeting_parties(f) == [{"Li Wen", "Pedro Alves"}]


@pytest.mark.parametrize("date", ["on Sunday 14/4/2024", "on 14/4/2024", "on Sunday, 14/4/2024,"])
def test_a_date_in_figures_between_subject_and_verb(extract: Extract, date: str) -> None:
    """meeting.weekday_date_gap: "X on Sunday 14/4/2024 made a phone call with Y"."""
    f = extract(f"Foreign Minister Samir Nabil {date} made a phone call with US Secretary of State Tom Baker.")
    assert meeting_parties(f) == [{"Samir Nabil", "Tom Baker"}]
    assert f.meetings[0].modality == "phone"


def test_guests_received_respectively_are_met_one_by_one(extract: Extract) -> None:
    """Guests "received respectively A, and B": two meetings, not one of three."""
    f = extract(
        "Prime Minister Nabil Haddad received respectively the Qatari Ambassador to Lebanon, Saud Al Kuwari, "
        "and the Algerian Ambassador to Lebanon, Rachid Benali."
    )
    assert sorted(map(sorted, meeting_parties(f))) == [
        ["Nabil Haddad", "Rachid Benali"],
        ["Nabil Haddad", "Saud Al Kuwari"],
    ]


def test_a_caretaker_title_is_no_name(extract: Extract) -> None:
    """title word "caretaker": "The Caretaker PM" describes the prime minister; "Caretaker" is no party."""
    f = extract(
        "Caretaker Prime Minister Nabil Haddad held meetings on Monday. The Caretaker PM also received the "
        "Algerian Ambassador to Lebanon, Rachid Benali."
    )
    assert meeting_parties(f) == [{"Nabil Haddad", "Rachid Benali"}]


@pytest.mark.parametrize("verb", ["addressed", "reviewed"])
def test_the_call_opening_an_article_with_no_meeting_told_before(extract: Extract, verb: str) -> None:
    """meeting.the_talks_first: "During the phone call, X and Y addressed ...", no meeting told before: the
    call of the sentence's two parties."""
    f = extract(
        "Egypt and Iran agreed to keep in touch. During the phone call, Foreign Minister Samir Nabil and his "
        f"Iranian counterpart Reza Karimi {verb} bilateral relations."
    )
    assert meeting_parties(f) == [{"Samir Nabil", "Reza Karimi"}]
    assert f.meetings[0].modality == "phone"


def test_the_call_told_again_after_a_meeting_is_no_new_meeting(extract: Extract) -> None:
    """With a meeting told before, "During the phone call, ..." tells that one again (meeting.followup)."""
    f = extract(
        "Foreign Minister Samir Nabil held a phone call with his Iranian counterpart Reza Karimi on Monday. "
        "During the phone call, Nabil and Karimi addressed bilateral relations."
    )
    assert len(f.meetings) == 1


def test_a_visit_whose_host_is_named_is_the_meeting_with_the_host(extract: Extract) -> None:
    """meeting.visit_host_named: "his day-long visit to Russia" and then his talks with his Russian counterpart:
    one meeting, with the counterpart, not a second one with Russia."""
    f = extract(
        "Iranian Foreign Minister Ali Rahimi says the nuclear issue will top the agenda of his talks during his "
        "day-long visit to Russia.\n\nUpon his arrival in Moscow, Rahimi said he would exchange views with his "
        "Russian counterpart Ivan Orlov."
    )
    assert meeting_parties(f) == [{"Ali Rahimi", "Ivan Orlov"}]
    assert "meeting.visit_host_named" in {r.rule for r in f.trace.firings}


def test_a_visit_of_another_time_stays_a_meeting_with_the_country(extract: Extract) -> None:
    """The host's talks held elsewhere do not replace a visit of another time: "The two ministers last met in
    Moscow, while X last visited Mongolia in 2016"."""
    f = extract(
        "Russian Foreign Minister Ivan Orlov met Mongolian Foreign Minister Bat Erdene in Moscow in June. "
        "Orlov visited Mongolia in 2016."
    )
    assert {"Ivan Orlov", "Mongolia"} in meeting_parties(f)


@pytest.mark.parametrize("title", ["Secretary of State HE", "HE Secretary of State"])
def test_his_excellency_by_bare_initials_is_no_name(extract: Extract, title: str) -> None:
    """honorific "HE": Gulf agencies write "His Excellency" as "HE" before a name or a title; it is no part of
    the name."""
    f = extract(f"The Emir Sheikh Tamim Al Thani met with {title} Antony Blinken, who is visiting the country.")
    assert meeting_parties(f) == [{"Tamim Al Thani", "Antony Blinken"}]


def test_he_after_a_report_is_the_reporter_not_the_one_reported(extract: Extract) -> None:
    """coref.pronoun_reporter, and the last speaker kept: "X said Y also congratulated him. He added that ...":
    "He" is X, who reported, not Y, named inside the report."""
    f = extract(
        "Prime Minister Ahmad Yusof received a telephone call from the Emir of Qatar Sheikh Khalid Al-Thani today.\n\n"
        "Yusof said Sheikh Khalid also congratulated him on his appointment.\n\n"
        "He added that Sheikh Khalid has also invited him to visit Qatar.\n\n"
        "“I also made a similar invitation to him,” he said."
    )
    assert speaker_names(f, statements_by_cue(f, "added")[0]) == ["Ahmad Yusof"]
    assert speaker_names(f, statements_by_cue(f, "he said")[0]) == ["Ahmad Yusof"]
    assert "coref.pronoun_reporter" in {r.rule for r in f.trace.firings}


def test_a_fronted_report_keeps_its_reporter_as_the_last_speaker(extract: Extract) -> None:
    """A fronted report ("President X has made it clear that ..., Y highlighted") keeps Y as the last speaker."""
    f = extract(
        "Spokesman Reza Amini said the talks were useful.\n\n"
        "President Hassan Karimi has made it clear that his government would welcome any talks, Amini highlighted.\n\n"
        "Asked about the debt, he said that it has been confirmed by the courts."
    )
    assert speaker_names(f, statements_by_cue(f, "said")[-1]) == ["Reza Amini"]


def test_the_two_persons_just_named_chain_through_the_plurals_after(extract: Extract) -> None:
    """coref.the_two, then coref.the_two_chain: with no meeting told, "The two sides" is the two persons just
    named, and "They" or "The ministers" opening the next sentence are the same two."""
    f = extract(
        "According to a statement by the Egyptian foreign ministry, Foreign Minister Samir Nabil and his Iranian "
        "counterpart Reza Karimi agreed on the priority of a ceasefire.\n\n"
        "The two sides also called for full access to humanitarian aid. They urged Israel to remove obstacles.\n\n"
        "The ministers expressed their determination to advance the interests of the two peoples."
    )
    for cue in ("called for", "urged", "expressed"):
        assert speaker_names(f, statements_by_cue(f, cue)[0]) == ["Samir Nabil", "Reza Karimi"]
    assert "coref.the_two_chain" in {r.rule for r in f.trace.firings}


def test_they_far_from_the_pair_is_not_chained(extract: Extract) -> None:
    """The chain holds only from one sentence to the next: "They" two sentences on is not read so."""
    f = extract(
        "Foreign Minister Samir Nabil and his Iranian counterpart Reza Karimi agreed on a ceasefire.\n\n"
        "The two sides also called for aid.\n\nThe weather was fine.\n\nThey urged Israel to remove obstacles."
    )
    assert "coref.the_two_chain" not in {r.rule for r in f.trace.firings}


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("The Foreign Office", "the FO"),
        ("The Ministry of External Affairs", "the MEA"),
        ("The Ministry of Foreign Affairs", "the Foreign Ministry"),
        ("Japan’s Ministry of Foreign Affairs", "the MOFA"),
    ],
)
def test_a_body_told_by_another_of_its_names_is_one_body(extract: Extract, full: str, short: str) -> None:
    """coref.body_canonical: the ministry told in full, then by its initials or its other name, is one speaker."""
    f = extract(f"{full} condemned the attack on Monday.\n\n“We extend our condolences to the families,” {short} said.")
    assert len({st.speakers for st in f.statements}) == 1
    assert len([a for a in f.actors if a.kind == "organization"]) == 1


def test_bodies_of_two_states_stay_apart(extract: Extract) -> None:
    """A body of a named state is not merged into one of no state told: two foreign ministries."""
    f = extract("The Foreign Ministry said the talks were useful.\n\nThe Iranian Foreign Ministry said they were not.")
    assert len({st.speakers for st in f.statements}) == 2


@pytest.mark.parametrize(
    "tail",
    [
        "mentioned the Foreign Ministry Spokesman, Arif Nasir.",
        "Foreign Ministry Spokesman Arif Nasir mentioned.",
    ],
)
def test_mentioned_after_the_words_it_reports(extract: Extract, tail: str) -> None:
    """fronting verb "mention": '"There will be a meeting," mentioned the spokesman, X.'"""
    f = extract(f"“There will be a bilateral meeting with Australia,” {tail}")
    (st,) = f.statements
    assert speaker_names(f, st) == ["Arif Nasir"]
    assert st.content == "There will be a bilateral meeting with Australia"


@pytest.mark.parametrize("owner", ["its", "his", "their"])
def test_an_inverted_speaker_after_an_owner_pronoun(extract: Extract, owner: str) -> None:
    """An inverted speaker after "said its Minister X": the owner's pronoun before the title; no statement whose
    content is the speaker's name."""
    f = extract(
        f"The ministry will continue to strengthen diplomatic relations, said {owner} Minister Datuk Saifuddin Hassan."
    )
    (st,) = f.statements
    assert speaker_names(f, st) == ["Saifuddin Hassan"]
    assert st.content == "The ministry will continue to strengthen diplomatic relations"


@pytest.mark.parametrize(
    ("service", "name"),
    [
        ("the Kazakh Foreign Ministry’s press service", "Kazakh Foreign Ministry"),
        ("the press service of the Kazakh Foreign Ministry", "Press service of the Kazakh Foreign Ministry"),
        ("the Kremlin press service", "Kremlin press service"),
    ],
)
def test_an_inverted_press_service(extract: Extract, service: str, name: str) -> None:
    """statement.press_service after an inverted cue: "..., reported the Kazakh Foreign Ministry's press service"."""
    f = extract(f"Special attention was given to enhancing collaboration in promising areas, reported {service}.")
    (st,) = f.statements
    assert speaker_names(f, st) == [name]
    assert st.content == "Special attention was given to enhancing collaboration in promising areas"
    assert "statement.press_service" in st.rules


@pytest.mark.parametrize(
    "verb",
    ["summarized the outcomes of", "briefed reporters on the results of", "hailed the results of"],
)
def test_the_results_of_talks_told_by_a_party(extract: Extract, verb: str) -> None:
    """meeting.outcome_of_talks: "X summarized the outcomes of the talks with Y": X and Y met."""
    f = extract(f"Foreign Minister Aidar Tulenov {verb} the talks with his Russian counterpart Ivan Orlov.")
    assert meeting_parties(f) == [{"Aidar Tulenov", "Ivan Orlov"}]
    assert f.meetings[0].status == "held"


def test_the_results_of_talks_between_others(extract: Extract) -> None:
    """The talks of others whose results someone tells are not the teller's: "X welcomed the results of the talks
    between A and B" names its own parties."""
    f = extract(
        "Foreign Minister Aidar Tulenov welcomed the results of the talks between President Ivan Orlov and "
        "President Lee Min."
    )
    assert meeting_parties(f) == [{"Ivan Orlov", "Lee Min"}]


@pytest.mark.parametrize(
    "tail",
    ["at a press conference on Wednesday, 31 January.", "in an interview in Pretoria.", "during the briefing."],
)
def test_where_and_when_it_was_said_is_no_content(extract: Extract, tail: str) -> None:
    """statement.occasion_only: a cue whose words are only where and when ("said at a press conference on
    Wednesday") reports nothing."""
    f = extract(f"The court was ignored, the International Relations and Cooperation Minister Nomsa Dube said {tail}")
    assert all(not st.content.startswith(("at ", "in ", "during ")) for st in f.statements)


def test_an_occasion_before_the_content_keeps_the_content(extract: Extract) -> None:
    """The occasion before a cue's words is no reason to drop them: "emphasized at the meeting on the need for X"."""
    f = extract(
        "Foreign Minister Javed Aziz emphasized at the meeting on the need for the resolution of border issues."
    )
    (st,) = f.statements
    assert "the need for the resolution of border issues" in st.content


def test_supported_to_return_is_no_stance(extract: Extract) -> None:
    """cue "support": "are looked after and supported to return home" is a passive with its purpose."""
    f = extract("Minister Kofi Mensah said the displaced will be looked after and supported to return home.")
    assert [st.cue for st in f.statements] == ["said"]


def test_during_the_meeting_between_subject_and_cue(extract: Extract) -> None:
    """The occasion between a subject and its verb ("X during the meeting expressed ..."), as "in the meeting"."""
    f = extract(
        "Foreign Minister Taro Mori held a meeting with his Chinese counterpart Li Wen in Beijing.\n\n"
        "Minister Mori during the meeting expressed Japan's serious concerns about the situation in the East China Sea."
    )
    (st,) = f.statements
    assert speaker_names(f, st) == ["Taro Mori"]


def test_both_ministers_after_a_meeting_are_its_parties(extract: Extract) -> None:
    """coref.group: "Both ministers stressed ..." after a meeting is its two parties."""
    f = extract(
        "Foreign Minister Ali Reza met his Omani counterpart Badr Said on Monday. Both ministers stressed the need "
        "for calm."
    )
    (st,) = statements_by_cue(f, "stressed the need for")
    assert speaker_names(f, st) == ["Ali Reza", "Badr Said"]


@pytest.mark.parametrize(
    "title",
    [
        "International Relations and Cooperation Minister",
        "Foreign Affairs and Trade Minister",
        "Economic Development & Trade Minister",
        "Science and Technology Minister",
    ],
)
def test_two_portfolios_joined_before_the_role(extract: Extract, title: str) -> None:
    """actor.portfolio_pair_title: the title runs over both portfolios before "Minister"."""
    f = extract(f"{title} Nomsa Dube met Foreign Minister Ali Bagheri in Pretoria on Monday.")
    dube = next(a for a in f.actors if a.name == "Nomsa Dube")
    assert dube.role == title


def test_a_day_before_and_is_no_portfolio(extract: Extract) -> None:
    """In "on Monday and South Korean President X" the day and the state's adjective are no portfolios."""
    f = extract(
        "Prime Minister Jan Novak will meet Japanese Prime Minister Kenji Mori in Tokyo on Monday and South "
        "Korean President Lee Sang-woo in Seoul on Wednesday."
    )
    lee = next(a for a in f.actors if a.name == "Lee Sang-woo")
    assert lee.role == "South Korean President"


def test_the_counterpart_joined_by_his_is_a_joint_subject(extract: Extract) -> None:
    """statement.coordinated: "X and his Slovenian counterpart Y met ... and agreed that ...": both agreed."""
    f = extract(
        "Croatian Foreign Minister Tomo Barić and his Slovenian counterpart Nina Vrhov met in Zagreb on Wednesday "
        "and agreed that the police would run joint patrols."
    )
    (st,) = f.statements
    assert speaker_names(f, st) == ["Tomo Barić", "Nina Vrhov"]


@pytest.mark.parametrize("initial", ["D.", "Ts."])
def test_a_glued_initial_is_written_with_the_name(extract: Extract, initial: str) -> None:
    """actor.glued_initial: "Minister of Foreign Affairs D.Tsogtbaatar": the father's initial is part of the name,
    and the name alone later is the same person."""
    f = extract(
        f"Minister of Foreign Affairs of Mongolia {initial}Batbold received US Ambassador to Mongolia Anne Kerr. "
        "Batbold said the talks were useful."
    )
    assert meeting_parties(f) == [{f"{initial}Batbold", "Anne Kerr"}]
    assert speaker_names(f, f.statements[0]) == [f"{initial}Batbold"]


@pytest.mark.parametrize("initials", ["L. P.", "L.P."])
def test_two_middle_initials(extract: Extract, initials: str) -> None:
    """actor.middle_initial: "Retno L. P. Marsudi", "Retno L.P. Marsudi": two initials inside the name."""
    f = extract(f"Indonesian Foreign Minister Retno {initials} Marsudi met Chinese Foreign Minister Li Wen on Monday.")
    assert meeting_parties(f) == [{f"Retno {initials} Marsudi", "Li Wen"}]


@pytest.mark.parametrize("honorific", ["Tan Sri", "Dato Sri", "Datuk Seri"])
def test_an_honorific_of_two_words_after_a_title_is_no_part_of_the_name(extract: Extract, honorific: str) -> None:
    """In "Prime Minister Tan Sri X" the honorific of two words ("Tan" alone may be a name) is left out."""
    f = extract(f"Prime Minister {honorific} Ahmad Yusof met President Joko Santoso on Monday.")
    assert meeting_parties(f) == [{"Ahmad Yusof", "Joko Santoso"}]


def test_a_name_that_starts_like_an_honorific_stays_whole(extract: Extract) -> None:
    """A name word that is half of an honorific ("Tan Kin Lian") is a name's when the other half is not there."""
    f = extract("Foreign Minister Vivian Lee met Tan Kin Lian on Monday.")
    assert meeting_parties(f) == [{"Vivian Lee", "Tan Kin Lian"}]


def test_will_have_a_meeting_and_pay_courtesy_calls(extract: Extract) -> None:
    """Three planned meetings in "X will have a bilateral meeting with A and pay courtesy calls on B and C" ("will
    have" holds a meeting as "will hold" does; "pay" after "and" carries the subject and the "will")."""
    f = extract(
        "Foreign Minister Taro Mori will have a bilateral meeting with his Sri Lankan counterpart Dinesh Perera and "
        "pay courtesy calls on President Ravi Silva and Prime Minister Nimal Fernando on 13 December."
    )
    assert sorted(map(sorted, meeting_parties(f))) == [
        ["Dinesh Perera", "Taro Mori"],
        ["Nimal Fernando", "Taro Mori"],
        ["Ravi Silva", "Taro Mori"],
    ]
    assert {m.status for m in f.meetings} == {"planned"}


def test_has_before_a_meeting_noun_is_no_holding(extract: Extract) -> None:
    """Only "will have" and its like hold a meeting: "X has said the meeting with Y was useful" tells none held."""
    f = extract("The Emir has praised the meeting with Senator Chris Lane as useful.")
    assert not f.meetings


def test_a_clause_of_its_own_after_a_fronted_quote(extract: Extract) -> None:
    """statement.fronted_quote: a quote whose cue a clause of its own subject follows, quotes and all ('"...," he
    said as he described the talks as "frank."'), is still fronted; the cue gets no clause for content."""
    f = extract(
        "Foreign Secretary Alan Reyes spoke to reporters.\n\n"
        "“Most of the discussion was on trade,” he said as he described the discussion as “very good, frank.”"
    )
    (st,) = statements_by_cue(f, "he said")
    assert st.content == "Most of the discussion was on trade"
    assert not statements_by_cue(f, "said")


@pytest.mark.parametrize("verb", ["met Prime Minister Jan Novak in 2019.", "said that the talks were useful."])
def test_first_between_a_subject_and_its_verb(extract: Extract, verb: str) -> None:
    """The word "first" ("X first met Y", "X first said that ...") between the subject and its verb, as "later"
    or "then"."""
    f = extract(f"Spokesperson Mumtaz Rahim first {verb}")
    assert f.meetings or f.statements
    assert "Mumtaz Rahim" in {a.name for a in f.actors}


def test_an_aside_set_off_by_dashes(extract: Extract) -> None:
    """statement.aside_subject: "X — in his upcoming book Y — noted that ...": the subject before the dashes."""
    f = extract(
        "Former envoy Ajay Mehra — in his upcoming book The Anger Management — noted that Pakistan feared an attack."
    )
    (st,) = f.statements
    assert speaker_names(f, st) == ["Ajay Mehra"]
    assert st.content == "Pakistan feared an attack"


def test_he_after_a_list_of_those_to_be_met_is_the_subject(extract: Extract) -> None:
    """coref.pronoun_main_subject: "X will meet A, B and C. He will also pay a courtesy call on D": "He" is X, who
    opened the sentence before as its subject, not C, named last in it."""
    f = extract(
        "According to sources, Foreign Secretary Vinod Rao will meet with Party Chairman Chandra Raut, Party "
        "Chairman Mahesh Thakur and Party Chairman Umesh Yadav. He will also pay a courtesy call on Party Chairman "
        "Rajesh Lingden."
    )
    assert {"Vinod Rao", "Rajesh Lingden"} in meeting_parties(f)
    assert "coref.pronoun_main_subject" in {r.rule for r in f.trace.firings}


def test_he_after_an_object_that_opens_no_clause(extract: Extract) -> None:
    """The sentence before opened by no subject name ("The talks were held by X with Y"): nothing is preferred."""
    f = extract("The minister hosted Ravi Menon and Clara Hobbs. He said the talks were useful.")
    assert "coref.pronoun_main_subject" not in {r.rule for r in f.trace.firings}


def test_his_meeting_before_a_passive_clause(extract: Extract) -> None:
    """meeting.his_front_passive: "During his meeting with Y, matters ... were discussed": "his" is the person who
    opened a sentence before as its subject, not one listed after it."""
    f = extract(
        "Foreign Secretary Vikram Rao, who is on a visit to Kathmandu, also called on dignitaries which included "
        "President Ram Paudel and Foreign Minister Arzu Rana.\n\n"
        "During his meeting with Prime Minister Khadga Oli, matters of mutual interest were discussed, the "
        "foreign office said."
    )
    assert {"Vikram Rao", "Khadga Oli"} in meeting_parties(f)
    assert {"Arzu Rana", "Khadga Oli"} not in meeting_parties(f)
    assert "meeting.his_front_passive" in {r.rule for r in f.trace.firings}


def test_a_list_told_by_which_included(extract: Extract) -> None:
    """meeting.including: "called on dignitaries of Nepal which included President A and Prime Minister B": the
    named ones, as after "including"."""
    f = extract(
        "Foreign Secretary Vikram Rao also called on high-level dignitaries of Nepal which included President Ram "
        "Paudel and Prime Minister Khadga Oli."
    )
    parties = meeting_parties(f)
    assert any({"Vikram Rao", "Ram Paudel"} <= p for p in parties)
    assert any({"Vikram Rao", "Khadga Oli"} <= p for p in parties)
