"""Constructions found in session 24's read sets of real articles (Iranian outlets on ministers and envoys; outlets of
the Gulf, the Arab world and Turkey; of Central Asia, the Caucasus and South and Southeast Asia), each tested with
sentences invented for it: a second "with" before unnamed counterparts, "a telephone conversation of X with Y took
place", plural meeting nouns, envoys' full titles, "This was stated by X", two cues sharing one object, welcomes on
arrival, office holders met abroad one by one, and titles that run on past "and"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfacts.rules import Facts

from .facts import meeting_parties, persons, speaker_names

Extract = Callable[..., Facts]


def _rules(f: Facts) -> set[str]:
    return {r.rule for r in f.trace.firings}


# -- meeting.with_then_counterparts, counterparts of another clause --------------------------------------------------


def test_a_named_party_then_with_his_counterparts(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Omid Farhadi held separate meetings in Jakarta with Indonesia's President Budi Santoso and "
        "with his counterparts from Japan, Brazil, the Philippines and Vietnam.",
        "2024-05-05",
    )
    parties = meeting_parties(f)
    assert {"Omid Farhadi", "Budi Santoso"} in parties
    for state in ("Japan", "Brazil", "the Philippines", "Vietnam"):
        assert {"Omid Farhadi", f"Foreign Minister of {state}"} in parties
    assert len(parties) == 5
    assert "meeting.with_then_counterparts" in _rules(f)


def test_a_counterpart_told_in_another_clause_is_no_party(extract: Extract) -> None:
    """ "X, in a meeting with Y, expressed his readiness to host his Iranian counterpart": Y met X; the counterpart
    is what X hopes for."""
    f = extract(
        "Armenian Foreign Minister Aram Sargsyan, in a meeting with Iranian Deputy Foreign Minister Reza Karimi, "
        "expressed his readiness to host his Iranian counterpart in Yerevan.",
        "2024-05-05",
    )
    assert meeting_parties(f) == [{"Aram Sargsyan", "Reza Karimi"}]


# -- meeting.noun_of_with, meeting.plural_noun_each, meeting.clause_after_list ----------------------------------------


def test_a_conversation_of_x_with_y_took_place(extract: Extract) -> None:
    f = extract(
        "On the initiative of the Uzbek side, a telephone conversation of Kazakh Foreign Minister Nurlan Abenov "
        "with the Minister of Foreign Affairs of Uzbekistan Timur Saidov took place.",
        "2024-05-05",
    )
    assert meeting_parties(f) == [{"Nurlan Abenov", "Timur Saidov"}]
    assert f.meetings[0].modality == "phone"
    assert "meeting.noun_of_with" in _rules(f)


@pytest.mark.parametrize("noun", ["phone calls", "telephone conversations", "meetings"])
def test_a_plural_meeting_noun_counts_one_talk_each(extract: Extract, noun: str) -> None:
    f = extract(
        f"Foreign Minister Elnur Mammadli on Monday held {noun} with Igor Petrov and Marek Novak.", "2024-05-05"
    )
    assert meeting_parties(f) == [{"Elnur Mammadli", "Igor Petrov"}, {"Elnur Mammadli", "Marek Novak"}]


def test_talks_with_two_stay_one_meeting(extract: Extract) -> None:
    f = extract("Foreign Minister Elnur Mammadli on Monday held talks with Igor Petrov and Marek Novak.", "2024-05-05")
    assert meeting_parties(f) == [{"Elnur Mammadli", "Igor Petrov", "Marek Novak"}]


def test_a_body_after_a_comma_and_its_cue_is_no_party(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Elnur Mammadli held telephone conversations with Igor Petrov and Marek Novak, the Foreign "
        "Ministry told reporters.",
        "2024-05-05",
    )
    assert meeting_parties(f) == [{"Elnur Mammadli", "Igor Petrov"}, {"Elnur Mammadli", "Marek Novak"}]


def test_the_co_chair_of_the_minsk_group(extract: Extract) -> None:
    """A co-chair is a title; the capital in the group's name gives no state."""
    f = extract(
        "Foreign Minister Elnur Mammadli met the co-chair of the OSCE Minsk Group from France, Pierre Laurent, in "
        "Baku on Monday.",
        "2024-05-05",
    )
    country, role = persons(f)["Pierre Laurent"]
    assert country == "FRA"
    assert role is not None and role.startswith("co-chair")


# -- titles -----------------------------------------------------------------------------------------------------------


def test_an_envoys_full_title(extract: Extract) -> None:
    f = extract(
        "Ambassador Extraordinary and Plenipotentiary of the Russian Federation to Armenia Pavel Orlov said the "
        "talks were useful.",
        "2024-05-05",
    )
    country, role = persons(f)["Pavel Orlov"]
    assert country == "RUS"
    assert role == "Ambassador Extraordinary and Plenipotentiary of the Russian Federation to Armenia"


def test_a_portfolio_list_word_is_no_person(extract: Extract) -> None:
    f = extract(
        "Iranian Foreign Minister Reza Karimi spoke by phone with Tom Baker, Secretary of State for Foreign Affairs, "
        "Unions "
        "and Development of the United Kingdom.\n\nThe British minister thanked Iran for its help.",
        "2024-05-05",
    )
    assert "Unions" not in persons(f)
    (st,) = f.statements
    assert speaker_names(f, st) == ["Tom Baker"]


def test_two_titles_in_small_letters_to_the_sentences_end(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Faisal Nasser made on Saturday a phone call with Dr. Omar Khalil, prime minister and "
        "foreign minister of Palestine.",
        "2024-05-05",
    )
    assert meeting_parties(f) == [{"Faisal Nasser", "Omar Khalil"}]
    assert persons(f)["Omar Khalil"][0] == "PSE"


def test_a_title_and_then_the_next_name(extract: Extract) -> None:
    """actor.and_title: "X, Minister of A and B and Y, Minister of State": the title ends before the last "and"."""
    f = extract(
        "Foreign Minister Salim Harthi on Monday received Ahmed Nur Hassan, Minister of Foreign Affairs and "
        "International Cooperation and Ali Omar Farah, Minister of State; envoys of the President of Somalia.",
        "2024-05-05",
    )
    assert meeting_parties(f) == [{"Salim Harthi", "Ahmed Nur Hassan", "Ali Omar Farah"}]
    assert persons(f)["Ali Omar Farah"][1] == "Minister of State"
    assert persons(f)["Ahmed Nur Hassan"][1] == "Minister of Foreign Affairs and International Cooperation"


def test_an_apposition_no_comma_closes_before_held_a_meeting(extract: Extract) -> None:
    f = extract(
        "Muscat: Sayyid Badr al Harthi, Foreign Minister on Wednesday held a virtual meeting with Ravi Kumar, "
        "India’s Minister for External Affairs.",
        "2024-05-08",
    )
    assert meeting_parties(f) == [{"Badr al Harthi", "Ravi Kumar"}]
    assert f.meetings[0].modality == "video"


def test_a_permanent_representative(extract: Extract) -> None:
    f = extract(
        "Guterres met in New York with Iran's permanent representative to the United Nations Reza Rezaei.\n\n"
        "The Iranian envoy, for his part, said the talks were useful.",
        "2024-05-05",
    )
    assert persons(f)["Reza Rezaei"][0] == "IRN"
    (st,) = f.statements
    assert speaker_names(f, st) == ["Reza Rezaei"]


def test_words_of_offices_are_no_names(extract: Extract) -> None:
    f = extract(
        "Iran's Ambassador and Permanent Representative to the International Organizations in Vienna said Tehran "
        "will respond. The head of Iran Road Maintenance and Transportation Organization, Ali Moradi, said roads "
        "will open.",
        "2024-05-05",
    )
    assert not {"Permanent", "Organizations", "Road Maintenance", "Road"} & set(persons(f))


def test_a_role_after_as_is_no_one_of_its_own(extract: Extract) -> None:
    f = extract(
        "Guterres said his main agenda as the new UN chief will be peace.\n\n"
        "The Iranian envoy, for his part, said the stands will help.",
        "2024-05-05",
    )
    assert not any("chief" in a.name.lower() for a in f.actors)
    assert "actor.predicate_as" in _rules(f)


def test_as_well_as_is_no_predicate(extract: Extract) -> None:
    f = extract(
        "Zarif held talks over phone with his Armenian counterpart as well as the secretary-general of the "
        "Palestinian Islamic Jihad.",
        "2020-01-05",
    )
    assert {"Zarif", "Secretary-general of the Palestinian Islamic Jihad"} in meeting_parties(f)


def test_a_cues_participle_is_no_name_word(extract: Extract) -> None:
    f = extract(
        "Turkish Foreign Minister Kemal Aydin held a phone call with his American counterpart Antony Blinken.\n\n"
        "Congratulating Blinken for his new position, Aydin said he looked forward to working together.",
        "2024-05-05",
    )
    assert not any(a.name.startswith("Congratulating") for a in f.actors)
    (st,) = [s for s in f.statements if s.cue == "Congratulating"]
    names = {a.id: a.name for a in f.actors}
    assert st.target is not None and names[st.target] == "Antony Blinken"


def test_the_government_of_a_state_in_small_letters(extract: Extract) -> None:
    f = extract("The government of Spain also expressed solidarity with Saudi Arabia.", "2024-05-05")
    (st,) = f.statements
    assert speaker_names(f, st) == ["government of Spain"]


# -- statements: statement.shared_object, statement.stated_by ---------------------------------------------------------


def test_two_cues_of_one_object_are_one_statement(extract: Extract) -> None:
    f = extract("Pakistan strongly condemned and rejected the remarks by the Indian minister.", "2024-05-05")
    (st,) = f.statements
    assert st.cue == "condemned and rejected"
    assert st.kind == "disapprove"
    assert st.content == "the remarks by the Indian minister"


def test_stated_by_gives_a_states_statement_its_speaker(extract: Extract) -> None:
    f = extract(
        "Baku hopes that the talks will resume soon. This was stated today by Foreign Ministry spokesperson Leyla "
        "Hasanova, commenting on the news.",
        "2024-05-05",
    )
    (st,) = f.statements
    assert speaker_names(f, st) == ["Leyla Hasanova"]
    assert "statement.stated_by" in st.rules


def test_stated_by_makes_the_sentence_before_a_statement(extract: Extract) -> None:
    f = extract(
        "Azerbaijan is ready to sign the peace treaty before the end of the year. This was stated by President "
        "Elnur Mammadli at a meeting with ambassadors.",
        "2024-05-05",
    )
    (st,) = f.statements
    assert speaker_names(f, st) == ["Elnur Mammadli"]
    assert st.cue == "This was stated by"
    assert st.content == "Azerbaijan is ready to sign the peace treaty before the end of the year"
    assert st.kind == "intend"


def test_reported_by_is_no_statement(extract: Extract) -> None:
    f = extract("The talks lasted two hours. This was reported by the Foreign Ministry.", "2024-05-05")
    assert f.statements == ()


# -- meetings: topic_process, host_officials, arrival_welcome, list_last_other, an opening phrase ---------------------


def test_talks_of_two_states_told_as_a_topic(extract: Extract) -> None:
    f = extract(
        "Minister Reza Karimi spoke about the reconstruction of the region and negotiations between Baku and Yerevan.",
        "2024-05-05",
    )
    assert f.meetings == ()
    assert "meeting.topic_process" in _rules(f)


def test_talks_held_between_two_states_are_a_meeting(extract: Extract) -> None:
    """A passive "were held ... between" after a verb of discussing reports the talks (and once crashed the topic
    rule, which read a group the passive pattern does not have)."""
    f = extract("They discussed that talks were held in Vienna between Iran and Russia on Monday.", "2024-05-05")
    assert "meeting.topic_process" not in _rules(f)
    assert meeting_parties(f) == [{"Iran", "Russia"}]


def test_a_visitor_meets_each_office_holder(extract: Extract) -> None:
    f = extract(
        "Pakistan's Foreign Minister Tariq Hussain is scheduled to meet President Rohan Perera and Prime Minister "
        "Nimal Silva in Colombo on Monday.",
        "2024-05-05",
    )
    assert meeting_parties(f) == [{"Tariq Hussain", "Rohan Perera"}, {"Tariq Hussain", "Nimal Silva"}]
    assert all(m.status == "planned" for m in f.meetings)


@pytest.mark.parametrize(
    "sentence",
    [
        "Upon his arrival in Tehran, Iraqi Speaker Salim Jaber was welcomed by Deputy Speaker Reza Karimi.",
        "Earlier, on his arrival, Foreign Minister Tariq Hussain was received by Ambassador Rohan Perera.",
        "Iraqi Speaker Salim Jaber was welcomed at Imam Khomeini International Airport by Deputy Foreign Minister "
        "Reza Karimi.",
    ],
)
def test_a_welcome_on_arrival_is_no_meeting(extract: Extract, sentence: str) -> None:
    f = extract(sentence, "2024-05-05")
    assert f.meetings == ()
    assert "meeting.arrival_welcome" in _rules(f)


@pytest.mark.parametrize(
    "sentence",
    [
        "Upon arrival, Prime Minister Salim Jaber was welcomed by President Reza Karimi.",
        "Upon his arrival at the presidential palace, Salim Jaber was received by President Reza Karimi.",
    ],
)
def test_a_leaders_welcome_stays_a_meeting(extract: Extract, sentence: str) -> None:
    f = extract(sentence, "2024-05-05")
    assert meeting_parties(f) == [{"Salim Jaber", "Reza Karimi"}]


@pytest.mark.parametrize("tail", ["and several senior officials of the country", ", and several Sunni scholars"])
def test_a_list_ending_with_unnamed_others(extract: Extract, tail: str) -> None:
    f = extract(
        f"Ghaani held separate talks with Prime Minister Ali Karim, President Omar Saleh {tail}.".replace(" ,", ","),
        "2024-05-05",
    )
    assert meeting_parties(f) == [{"Ghaani", "Ali Karim"}, {"Ghaani", "Omar Saleh"}]


def test_an_opening_phrase_before_the_subject_of_and_held(extract: Extract) -> None:
    f = extract(
        "Heading an Iranian delegation, Minister Reza Karimi arrived in Baghdad on Tuesday morning and held meetings "
        "with senior Iraqi officials, including Prime Minister Ali Karim.",
        "2024-05-05",
    )
    assert meeting_parties(f) == [{"Reza Karimi", "Ali Karim"}]


# -- later in the session: fronted statements told to a conference, "summed up", surnames, ", then visit" ------------


def test_told_a_press_conference_with_a_guest_after_the_content(extract: Extract) -> None:
    f = extract(
        "A meeting of the two foreign ministers will happen very soon, Foreign Minister Aram Sargsyan told a joint "
        "press conference with Secretary General Marie Leclerc, who has arrived in Yerevan on an official visit.",
        "2024-05-05",
    )
    (st,) = f.statements
    assert st.content == "A meeting of the two foreign ministers will happen very soon"
    assert speaker_names(f, st) == ["Aram Sargsyan"]


def test_summed_up_after_what_was_said(extract: Extract) -> None:
    f = extract(
        "Spokesman Hikmet Aliyev spoke on Monday. Only a peaceful settlement will ensure peace in the region, "
        "Aliyev summed up.",
        "2024-05-05",
    )
    (st,) = f.statements
    assert st.cue == "Aliyev summed up"
    assert st.content == "Only a peaceful settlement will ensure peace in the region"


@pytest.mark.parametrize(("tail", "kept"), [("summed up. -06D--", False), ("said: ... the talks were useful", True)])
def test_a_full_stop_is_no_content_an_ellipsis_is(extract: Extract, tail: str, kept: bool) -> None:
    f = extract(f"Spokesman Hikmet Aliyev {tail}", "2024-05-05")
    assert bool(f.statements) is kept


def test_a_surname_is_the_person_it_ends_before_one_it_is_the_middle_name_of(extract: Extract) -> None:
    f = extract(
        "President Ferdinand Romualdez Marcos met Biden in New York.\n\n"
        "Ambassador Jose Manuel Romualdez told an event on Thursday that Marcos is expected to visit.\n\n"
        "“We are working on a possible standalone visit,” Romualdez said.",
        "2024-05-05",
    )
    (st,) = [s for s in f.statements if s.cue == "Romualdez said"]
    assert speaker_names(f, st) == ["Jose Manuel Romualdez"]


def test_a_comma_and_then_before_a_planned_visit(extract: Extract) -> None:
    f = extract(
        "Mexican Foreign Minister Mario Ortega is scheduled to stay in Riyadh until March 25, then visit Qatar, the "
        "United Arab Emirates and India.",
        "2022-03-23",
    )
    assert meeting_parties(f) == [
        {"Mario Ortega", "Qatar"},
        {"Mario Ortega", "United Arab Emirates"},
        {"Mario Ortega", "India"},
    ]
    assert all(m.status == "planned" for m in f.meetings)


def test_the_main_clauses_talk_after_a_fronted_one(extract: Extract) -> None:
    f = extract(
        "In addition to meeting with Venezuelan Oil Minister Pedro Alvarez, Oji met separately with President "
        "Nicolas Ramos.",
        "2024-05-05",
    )
    assert meeting_parties(f) == [{"Oji", "Pedro Alvarez"}, {"Oji", "Nicolas Ramos"}]
    assert "meeting.front_then_main" in _rules(f)


def test_a_reported_clauses_talk_after_a_fronted_one_is_no_main_one(extract: Extract) -> None:
    f = extract(
        "Following his meeting with Syrian Prime Minister Imad Khamis, Ali Velayati said Vice President Ali Karimi "
        "will consult with Syrian authorities.",
        "2024-05-05",
    )
    assert "meeting.front_then_main" not in _rules(f)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "They discussed the official visit by Prime Minister Omar Rahman to Singapore scheduled to be held by "
            "the end of this month.",
            "planned",
        ),
        ("They also discussed the proposed state visit by President Lina Tan to Malaysia in March.", "planned"),
        ("The visit by President Lina Tan to Malaysia took place in March.", "held"),
    ],
)
def test_a_visit_by_a_person_to_a_state(extract: Extract, sentence: str, status: str) -> None:
    f = extract(sentence, "2023-01-17")
    (m,) = f.meetings
    assert m.status == status
    assert "meeting.visit_by" in _rules(f)


@pytest.mark.parametrize("prep", ["on", "about"])
def test_informed_a_person_about_a_matter(extract: Extract, prep: str) -> None:
    """ "informed his colleague on/about X" is a statement of X, as "briefed ... on X" is; "informed X that" keeps
    what follows "that"."""
    f = extract(f"Minister Elnur Aliyev informed his colleague {prep} the summit to be held in Baku.", "2024-05-05")
    (st,) = f.statements
    assert st.content == "the summit to be held in Baku"
    f = extract("Minister Elnur Aliyev informed Galuzin that the situation on the border is calm.", "2024-05-05")
    (st,) = f.statements
    assert st.content == "the situation on the border is calm"


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        (
            "Ambassador of Kazakhstan in Ukraine Darkhan Serikov met with Minister of Culture and information policy "
            "of Ukraine Oleh Tkachuk.",
            "Oleh Tkachuk",
            "UKR",
        ),
        (
            "Russian Deputy Foreign Minister Mikhail Galkin has met with Azerbaijan's ambassador to this country "
            "Polad Bayramli to discuss bilateral cooperation.",
            "Polad Bayramli",
            "AZE",
        ),
    ],
)
def test_long_titles_in_translated_agency_copy(extract: Extract, sentence: str, name: str, country: str) -> None:
    f = extract(sentence, "2024-05-05")
    assert len(f.meetings) == 1
    assert name in {a.name for a in f.actors}
    assert persons(f)[name][0] == country


def test_the_country_in_a_title(extract: Extract) -> None:
    f = extract(
        "Azerbaijan’s Ambassador to Tajikistan Hasan Mammadli held meeting with the First Deputy Minister of Foreign "
        "Affairs of the country Khusrav Nazarov.",
        "2024-05-05",
    )
    assert meeting_parties(f) == [{"Hasan Mammadli", "Khusrav Nazarov"}]


def test_counterparts_named_with_no_comma(extract: Extract) -> None:
    """meeting.counterparts_named: "his U.S. and Japanese counterparts X and Y" (no comma before the names): each name
    is of its state, in the list's order."""
    f = extract(
        "First Vice Foreign Minister Cho Min-su talked on the phone with his U.S. and Japanese counterparts Mary "
        "Sanders and Kenji Mori.",
        "2022-05-26",
    )
    assert meeting_parties(f) == [{"Cho Min-su", "Mary Sanders"}, {"Cho Min-su", "Kenji Mori"}]
    assert persons(f)["Mary Sanders"][0] == "USA"
    assert persons(f)["Kenji Mori"][0] == "JPN"
