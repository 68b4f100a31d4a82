"""Constructions found in session 23's read sets of real articles (Iranian outlets on ministers, envoys and the
parliament; outlets of Latin America, Africa, Europe and Asia), each tested with sentences invented for it: "told a
meeting with Y that", "told reporters after talks with Y that", a given name that is also a royal title, tours that
"include" states, talks told between a name and its verb with no commas, an apposition no comma closes, a guest's
"visiting", a plan told before "and then visit", "informed Y" in a call and "followed up on ... with Y"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfacts.rules import Facts

from .facts import meeting_parties, persons, speaker_names

Extract = Callable[..., Facts]


def _rules(f: Facts) -> set[str]:
    return {r.rule for r in f.trace.firings}


# -- meeting.said_in_meeting after "told", statement.told_event, statement.told_audience_lead ------------------------


def test_told_a_meeting_with_the_guest(extract: Extract) -> None:
    """ "X told a meeting with Y in Sari on Sunday that ...": X met Y, and what X said is what follows "that"."""
    f = extract(
        "Governor Karim Rostami told a meeting with the visiting Armenian Governor Aram Sargsyan in Sari on Sunday "
        "that the two provinces should expand trade.",
        "2019-11-10",
    )
    assert meeting_parties(f) == [{"Karim Rostami", "Aram Sargsyan"}]
    (m,) = f.meetings
    assert m.date is not None and m.date.value == "2019-11-10"
    (st,) = f.statements
    assert speaker_names(f, st) == ["Karim Rostami"]
    assert st.content == "the two provinces should expand trade"
    assert "statement.told_event" in _rules(f)


@pytest.mark.parametrize("event", ["a gathering of students", "the opening session of the forum in Tabriz"])
def test_told_an_event_keeps_the_content_after_that(extract: Extract, event: str) -> None:
    f = extract(f"Foreign Minister Omid Farhadi told {event} on Monday that sanctions had failed.", "2019-11-10")
    (st,) = f.statements
    assert st.content == "sanctions had failed"
    assert f.meetings == ()


def test_told_reporters_after_talks_that(extract: Extract) -> None:
    """statement.told_audience_lead: "told reporters after a meeting with Y on Monday that ...": the audience and the
    phrase of time after it are no part of the content."""
    f = extract(
        "Foreign Minister Omid Farhadi told reporters after a meeting with his Omani counterpart Salim Harthi on "
        "Monday that Iran was ready to help.",
        "2024-05-05",
    )
    (st,) = f.statements
    assert st.content == "Iran was ready to help"
    assert meeting_parties(f) == [{"Omid Farhadi", "Salim Harthi"}]


# -- actor.given_name_opening ---------------------------------------------------------------------------------------


def test_amir_opening_two_name_words_is_a_given_name(extract: Extract) -> None:
    f = extract(
        "Iranian Foreign Minister Reza Karimi and the Taliban’s acting foreign minister, Amir Khan Daudzai, held a "
        "meeting in Tehran on Sunday.",
        "2022-01-10",
    )
    assert meeting_parties(f) == [{"Reza Karimi", "Amir Khan Daudzai"}]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Qatar's Amir Tamim Al Thani said Doha will mediate.", "Tamim Al Thani"),
        ("Amir Tamim bin Hamad said Doha will mediate.", "Tamim bin Hamad"),
        ("Kuwait's Amir Sheikh Nawaf Ahmad said Kuwait will mediate.", "Nawaf Ahmad"),
    ],
)
def test_a_royal_amir_stays_a_title(extract: Extract, sentence: str, name: str) -> None:
    """With "bin", "Al" or an honorific in the name, "Amir" is the royal's title."""
    f = extract(sentence)
    (st,) = f.statements
    assert speaker_names(f, st) == [name]


# -- meeting.tour_include, meeting.tour_reported -------------------------------------------------------------------


def test_a_tour_that_will_include_visits_to_states(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Reza Karimi will begin a tour of Latin America on Monday that will include visits to Cuba, "
        "Ecuador and Bolivia.",
        "2022-01-10",
    )
    assert meeting_parties(f) == [{"Reza Karimi", s} for s in ("Cuba", "Ecuador", "Bolivia")]
    assert all(m.status == "planned" and m.date is None for m in f.meetings)
    assert all("meeting.tour_include" in m.rules for m in f.meetings)


def test_a_tour_that_will_also_take_him_to_states(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Reza Karimi has arrived in Caracas at the start of a regional tour that will also take him "
        "to Cuba and Bolivia.",
        "2022-01-10",
    )
    assert {frozenset(p) for p in meeting_parties(f)} >= {
        frozenset({"Reza Karimi", "Cuba"}),
        frozenset({"Reza Karimi", "Bolivia"}),
    }


def test_the_tour_of_a_reported_clause_is_its_subjects(extract: Extract) -> None:
    """meeting.tour_reported: the spokesman announced the tour; the minister named after "that" makes it."""
    f = extract(
        "Spokesman Omid Farhadi announced on Monday that Foreign Minister Reza Karimi would set off on a regional "
        "tour on Tuesday that will include Bolivia, Cuba and Venezuela.",
        "2022-01-10",
    )
    assert meeting_parties(f) == [{"Reza Karimi", s} for s in ("Bolivia", "Cuba", "Venezuela")]
    assert all("meeting.tour_reported" in m.rules for m in f.meetings)


# -- actor.meeting_aside_subject, meeting.in_meeting_with with no comma ----------------------------------------------


@pytest.mark.parametrize("comma", ["", ","])
def test_talks_told_between_an_unknown_name_and_its_verb(extract: Extract, comma: str) -> None:
    f = extract(
        f"Johari Ismail{comma} in a meeting with the Iranian Ambassador in Kuala Lumpur Reza Karimi{comma} called for "
        "bolstering relations in economy and science."
    )
    assert meeting_parties(f) == [{"Johari Ismail", "Reza Karimi"}]
    (st,) = f.statements
    assert speaker_names(f, st) == ["Johari Ismail"]


# -- actor.long_unclosed_apposition, actor.apposition_verb with "of ...", "visiting" before a name -----------------


def test_a_long_apposition_no_comma_closes(extract: Extract) -> None:
    f = extract(
        "Mohammad Reza Karimi, the speaker of the Iranian parliament held a meeting with visiting Zamri Abdul Latif "
        "the foreign minister of Malaysia in Tehran on Tuesday.",
        "2023-01-25",
    )
    assert meeting_parties(f) == [{"Mohammad Reza Karimi", "Zamri Abdul Latif"}]
    assert persons(f)["Mohammad Reza Karimi"] == ("IRN", "the speaker of the Iranian parliament")
    assert "actor.long_unclosed_apposition" in _rules(f)


def test_a_capitalised_cue_word_inside_a_body_name_is_no_verb(extract: Extract) -> None:
    """'the head of the State of Law coalition': "State" is the body's, no verb ending the apposition."""
    f = extract(
        "Nouri Hamdani, the head of the State of Law coalition, hosted Ambassador Reza Karimi in his office in Baghdad."
    )
    assert meeting_parties(f) == [{"Nouri Hamdani", "Reza Karimi"}]


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Reza Karimi held a meeting with visiting Zamri Abdul Latif in Tehran on Tuesday.",
        "Reza Karimi met visiting Zamri Latif in Tehran on Tuesday.",
    ],
)
def test_a_guests_visiting_before_a_bare_name(extract: Extract, sentence: str) -> None:
    f = extract(sentence, "2023-01-25")
    (m,) = f.meetings
    assert len(m.participants) == 2 and m.date is not None and m.date.value == "2023-01-24"


# -- meeting.then_planned -----------------------------------------------------------------------------------------


def test_a_plan_told_before_and_then_visit(extract: Extract) -> None:
    f = extract(
        "Minister Marco Ruiz is scheduled to stay in Riyadh until March 25 and then visit Qatar, Oman and India.",
        "2022-03-23",
    )
    assert meeting_parties(f) == [{"Marco Ruiz", s} for s in ("Qatar", "Oman", "India")]
    assert all(m.status == "planned" and m.date is None and m.location is None for m in f.meetings)
    assert all("meeting.then_planned" in m.rules for m in f.meetings)


def test_then_after_a_past_verb_stays_held(extract: Extract) -> None:
    f = extract("Minister Marco Ruiz stayed in Riyadh until March 25 and then visited Qatar.", "2022-03-28")
    (m,) = f.meetings
    assert m.status == "held"


# -- meeting.cue_object with "informed", "follow up on" as a topic verb ---------------------------------------------


@pytest.mark.parametrize("cue", ["informed", "assured"])
def test_a_person_informed_in_a_call(extract: Extract, cue: str) -> None:
    f = extract(
        f"During a telephone conversation, Foreign Minister Reza Karimi {cue} his Omani counterpart Salim Harthi "
        "that relations between the two countries are progressing."
    )
    (m,) = f.meetings
    assert meeting_parties(f) == [{"Reza Karimi", "Salim Harthi"}]
    assert m.modality == "phone"


def test_followed_up_on_a_project_with_a_counterpart_by_phone(extract: Extract) -> None:
    f = extract(
        "Roads Minister Reza Karimi followed up on the advancement of the railway project, particularly with regard "
        "to land acquisition, with his Iraqi counterpart Salim Jabouri over the phone."
    )
    (m,) = f.meetings
    assert meeting_parties(f) == [{"Reza Karimi", "Salim Jabouri"}]
    assert m.modality == "phone"


def test_following_up_alone_is_no_meeting(extract: Extract) -> None:
    assert extract("The ministry followed up on the case of the detained sailors.").meetings == ()


# -- coref.pronoun_reporter after an opening phrase, coref.pronoun_main_subject after "made" ------------------------


def test_he_after_a_report_opened_by_a_phrase_is_the_reporter(extract: Extract) -> None:
    """ "In a press statement, X noted that ... Azimio protests. In particular, he took offense ...": the name
    that opens the clause after the phrase is who "he" is, not the last name told."""
    f = extract(
        "In a press statement, Omari Kiprono noted that foreign bodies were making claims about Peter Otieno’s "
        "rallies.\n\nHe further noted that police officers had shown great restraint."
    )
    assert [speaker_names(f, s) for s in f.statements] == [["Omari Kiprono"], ["Omari Kiprono"]]


def test_he_after_made_the_remarks_is_its_subject(extract: Extract) -> None:
    f = extract(
        "Spokesman Reza Karimi made the remarks on Tuesday in reaction to Secretary of State Mike Dawson and "
        "spokesperson David Orton.\n\nHe described such claims as baseless."
    )
    (st,) = f.statements
    assert speaker_names(f, st) == ["Reza Karimi"]


# -- nonname portfolio words, statement.participle_no_comma, Kenya's CS and PS --------------------------------------


def test_a_ministers_portfolio_is_no_part_of_the_name(extract: Extract) -> None:
    f = extract("Reza Karimi met Iraq's Minister of Electricity Salim Jabouri in Baghdad.")
    assert persons(f)["Salim Jabouri"] == ("IRQ", "Iraq's Minister of Electricity")


def test_a_participle_right_after_an_inverted_speaker(extract: Extract) -> None:
    f = extract(
        "Industry Minister Reza Karimi met Iraqi officials on Monday.\n\n"
        "Iraq has to pay $850 million to Iran for electricity, noted the Iranian minister hoping that the "
        "neighboring country would repay the money soon."
    )
    hoping = [s for s in f.statements if s.cue == "hoping"]
    assert [speaker_names(f, s) for s in hoping] == [["Reza Karimi"]]
    assert hoping[0].content == "the neighboring country would repay the money soon"
    assert "statement.participle_no_comma" in hoping[0].rules


@pytest.mark.parametrize(("cue", "title"), [("the CS told the diplomats", "CS"), ("stated PS Korir Kiptoo", "PS")])
def test_kenyas_cabinet_and_principal_secretaries(extract: Extract, cue: str, title: str) -> None:
    f = extract(f"Foreign Affairs Cabinet Secretary Alfred Omondi spoke.\n\n“We want peace,” {cue}.")
    (st,) = [s for s in f.statements if s.direct]
    assert st.content == "We want peace"
    assert speaker_names(f, st) == (["Alfred Omondi"] if title == "CS" else ["Korir Kiptoo"])


def test_an_inverted_cue_after_a_quote_that_closes_on_a_full_stop(extract: Extract) -> None:
    """text.inverted_after_quote: '“... resonance.” Added the CS.': one sentence, the quote its content."""
    f = extract(
        "Foreign Affairs Cabinet Secretary Alfred Omondi defended the envoy.\n\n"
        "“While the truth may be uncomfortable for some, the words find resonance.” Added the CS."
    )
    (st,) = [s for s in f.statements if s.direct]
    assert speaker_names(f, st) == ["Alfred Omondi"]
    assert st.content == "While the truth may be uncomfortable for some, the words find resonance"


# -- actor.name_inside_apposition, "respectively" ------------------------------------------------------------------


@pytest.mark.parametrize("title", ["associate spokesperson", "spokesman"])
def test_a_name_inside_anothers_apposition(extract: Extract, title: str) -> None:
    f = extract(f"Eri Tanabe, {title} for Secretary-General Ban Ki-moon, said the UN is following the developments.")
    (st,) = f.statements
    assert speaker_names(f, st) == ["Eri Tanabe"]


def test_respectively_after_the_counterparts_makes_one_meeting_each(extract: Extract) -> None:
    f = extract(
        "Premier Abiy Tesfaye met with Moroccan and Algerian counterparts Saad Othmani and Ahmed Ouali respectively."
    )
    assert meeting_parties(f) == [{"Abiy Tesfaye", "Saad Othmani"}, {"Abiy Tesfaye", "Ahmed Ouali"}]


# -- meeting.plans_to_travel, meeting.invited_by_counterpart --------------------------------------------------------


@pytest.mark.parametrize("verb", ["announced plans to travel", "plans to travel", "intends to fly"])
def test_plans_to_travel_to_a_state(extract: Extract, verb: str) -> None:
    f = extract(f"Oil Minister Reza Karimi {verb} to Iraq in the coming days.", "2025-04-13")
    (m,) = f.meetings
    assert meeting_parties(f) == [{"Reza Karimi", "Iraq"}]
    assert m.status == "planned"


@pytest.mark.parametrize(("verb", "status"), [("will travel to", "planned"), ("visited", "held")])
def test_a_visit_at_the_invitation_of_an_unnamed_counterpart(extract: Extract, verb: str, status: str) -> None:
    f = extract(f"Iran’s Oil Minister Reza Karimi {verb} Iraq at the invitation of his Iraqi counterpart.")
    (m,) = f.meetings
    assert meeting_parties(f) == [{"Reza Karimi", "Oil Minister of Iraq"}]
    assert m.status == status and "meeting.invited_by_counterpart" in m.rules


# -- meeting.credentials_received_front -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "After receiving the credentials of the new Qatari ambassador Salim Hajri,",
        "After receiving on Tuesday, October 16, 2018 the credentials of Qatar’s new ambassador, Salim Hajri,",
    ],
)
def test_credentials_received_in_a_fronted_phrase(extract: Extract, lead: str) -> None:
    f = extract(f"{lead} President Reza Karimi recalled that the two states had close relations.", "2018-10-17")
    (m,) = f.meetings
    assert meeting_parties(f) == [{"Reza Karimi", "Salim Hajri"}]
    assert "meeting.credentials" in m.rules


# -- meeting.inverted_said_in; a press conference with a party -----------------------------------------------------


def test_said_x_during_a_press_conference_with_y(extract: Extract) -> None:
    f = extract(
        "“I totally disagree,” said Vieira Souza during a press conference in Brasilia with his Russian counterpart "
        "Sergei Lavrov.",
        "2023-04-18",
    )
    (m,) = f.meetings
    assert meeting_parties(f) == [{"Vieira Souza", "Sergei Lavrov"}]
    assert "meeting.inverted_said_in" in m.rules


def test_a_with_inside_what_a_press_conference_was_told_is_no_party(extract: Extract) -> None:
    f = extract(
        "In Tokyo, Chief Cabinet Secretary Hiroshi Tamaki told a press conference that Japan had lodged a protest "
        "with North Korea."
    )
    assert f.meetings == ()


# -- actor.said_after_quote -------------------------------------------------------------------------------------------


def test_said_after_a_closing_quote_is_the_verb(extract: Extract) -> None:
    f = extract(
        "Foreign Affairs Cabinet Secretary Alfred Omondi defended the envoy.\n\n"
        "“The government has extended a warm welcome to the comments.” Said Omondi."
    )
    (st,) = [s for s in f.statements if s.direct]
    assert speaker_names(f, st) == ["Alfred Omondi"] and st.cue == "Said Omondi"


def test_said_opening_a_sentence_stays_a_given_name(extract: Extract) -> None:
    f = extract("Said Jalili said Iran is ready to talk.")
    (st,) = f.statements
    assert speaker_names(f, st) == ["Said Jalili"]


# -- actor.portfolio_list ------------------------------------------------------------------------------------------


def test_a_titles_portfolio_list_after_a_comma(extract: Extract) -> None:
    f = extract(
        "The Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Nasser Benali, arrived in "
        "Cairo.\n\nIn addition, the Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates held "
        "talks with the Emirati Minister of State, Khalifa Almarar."
    )
    assert meeting_parties(f) == [{"Nasser Benali", "Khalifa Almarar"}]
    assert "actor.portfolio_list" in _rules(f)


def test_a_portfolio_list_before_a_name_stays_the_names_title(extract: Extract) -> None:
    f = extract(
        "Moroccan Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates Nasser Benali met "
        "Japanese Prime Minister Kenji Sato in Geneva on Monday."
    )
    assert persons(f)["Nasser Benali"][0] == "MAR"
    assert meeting_parties(f) == [{"Nasser Benali", "Kenji Sato"}]
