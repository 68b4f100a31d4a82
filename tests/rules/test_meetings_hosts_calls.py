"""Hosts and guests, calls, visits, chaired meetings and other meeting constructions of unseen
outlets, with near misses that are no meeting (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfacts.rules import Facts

Extract = Callable[..., Facts]

PUB = "2024-03-13"  # a Wednesday


def _pairs(f: Facts) -> list[set[str]]:
    names = {a.id: a.name for a in f.actors}
    return [{names[p] for p in m.participants} for m in f.meetings]


def _one(f: Facts) -> tuple[set[str], str, str, str | None, tuple[str, ...]]:
    assert len(f.meetings) == 1, _pairs(f)
    m = f.meetings[0]
    return _pairs(f)[0], m.modality, m.status, m.date.value if m.date else None, m.rules


# -- welcomed, greeted, played host to -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hungarian Prime Minister Tomas Varga was welcomed by Chilean President Pablo Soto in Santiago on Tuesday.",
        "Hungarian Prime Minister Tomas Varga was warmly greeted by Chilean President Pablo Soto on Tuesday.",
        "Chilean President Pablo Soto welcomed Hungarian Prime Minister Tomas Varga to Santiago on Tuesday.",
        "Chilean President Pablo Soto welcomed Hungarian Prime Minister Tomas Varga at the presidential palace "
        "on Tuesday.",
        "Chilean President Pablo Soto greeted the visiting Hungarian Prime Minister Tomas Varga on his arrival "
        "on Tuesday.",
        "Chilean President Pablo Soto played host to Hungarian Prime Minister Tomas Varga on Tuesday.",
    ],
)
def test_welcomed_host_and_guest(extract: Extract, text: str) -> None:
    parts, modality, status, date, rules = _one(extract(text, PUB))
    assert parts == {"Tomas Varga", "Pablo Soto"}
    assert (modality, status, date) == ("in_person", "held", "2024-03-12")
    assert "meeting.welcomed" in rules


def test_will_welcome_is_planned(extract: Extract) -> None:
    parts, _mod, status, _date, _rules = _one(
        extract("Chilean President Pablo Soto will welcome Hungarian Prime Minister Tomas Varga to Santiago next week.")
    )
    assert parts == {"Tomas Varga", "Pablo Soto"} and status == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "Chilean President Pablo Soto welcomed the decision of Hungarian Prime Minister Tomas Varga to visit Santiago.",
        "Chilean President Pablo Soto welcomed Hungarian Prime Minister Tomas Varga's remarks on trade.",
        "Chilean President Pablo Soto welcomed Hungary's offer in Santiago on Tuesday.",
        "The proposal was welcomed by Chilean President Pablo Soto on Tuesday.",
        "Chilean President Pablo Soto welcomed Hungarian Prime Minister Tomas Varga's visit to Santiago.",
    ],
)
def test_welcomed_something_is_no_meeting(extract: Extract, text: str) -> None:
    assert extract(text).meetings == ()


# -- hosts, plans, trips ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Hungarian Prime Minister Tomas Varga held talks with his host, Chilean President Pablo Soto, on Tuesday.",
            "held",
        ),
        ("Hungarian Prime Minister Tomas Varga sat down with Chilean President Pablo Soto on Tuesday.", "held"),
        ("Hungarian Prime Minister Tomas Varga had lunch with Chilean President Pablo Soto on Tuesday.", "held"),
        ("Hungarian Prime Minister Tomas Varga had a working dinner with Chilean President Pablo Soto.", "held"),
        ("Hungarian Prime Minister Tomas Varga is in Santiago for talks with Chilean President Pablo Soto.", "held"),
        (
            "Hungarian Prime Minister Tomas Varga arrived in Santiago on Tuesday for talks with Chilean President "
            "Pablo Soto.",
            "held",
        ),
        ("Hungarian Prime Minister Tomas Varga plans to meet Chilean President Pablo Soto on Friday.", "planned"),
        (
            "Hungarian Prime Minister Tomas Varga intends to hold talks with Chilean President Pablo Soto next week.",
            "planned",
        ),
        (
            "Hungarian Prime Minister Tomas Varga will hold a summit with Chilean President Pablo Soto next month.",
            "planned",
        ),
        ("Hungarian Prime Minister Tomas Varga will sit down with Chilean President Pablo Soto on Friday.", "planned"),
    ],
)
def test_host_and_plan_forms(extract: Extract, text: str, status: str) -> None:
    parts, modality, got, _date, _rules = _one(extract(text, PUB))
    assert parts == {"Tomas Varga", "Pablo Soto"}
    assert (modality, got) == ("in_person", status)


def test_plans_to_meet_on_friday_is_the_next_friday(extract: Extract) -> None:
    _p, _m, _s, date, _r = _one(
        extract("Hungarian Prime Minister Tomas Varga plans to meet Chilean President Pablo Soto on Friday.", PUB)
    )
    assert date == "2024-03-15"


def test_heading_a_delegation_of_a_group(extract: Extract) -> None:
    parts, *_ = _one(
        extract(
            "Hungarian Deputy Economy Minister Tomas Varga, heading a delegation of Hungarian lawmakers, met "
            "Chilean Foreign Minister Ines Rojas in Santiago."
        )
    )
    assert parts == {"Tomas Varga", "Ines Rojas"}


def test_trip_for_a_meeting_with_a_counterpart(extract: Extract) -> None:
    f = extract(
        "Italian Foreign Minister Antonio Rossi is due to travel to Algiers next month for a meeting with his "
        "Algerian counterpart."
    )
    assert _pairs(f) == [{"Antonio Rossi", "Foreign Minister of Algeria"}]
    assert f.meetings[0].status == "planned"


def test_sat_down_for_an_interview_is_no_meeting(extract: Extract) -> None:
    assert extract("Hungarian Prime Minister Tomas Varga sat down after the speech.").meetings == ()


@pytest.mark.parametrize(
    "text",
    [
        "Chilean President Pablo Soto received a letter from Hungarian Prime Minister Tomas Varga on Tuesday.",
        "Chilean President Pablo Soto received an invitation from Hungarian Prime Minister Tomas Varga.",
        "Chilean President Pablo Soto met with criticism from Hungarian Prime Minister Tomas Varga on Tuesday.",
        "Hungarian Prime Minister Tomas Varga has lunch with reporters every Friday.",
        "Chilean President Pablo Soto discussed the issue with reporters on Tuesday.",
    ],
)
def test_from_and_reporters_are_no_party(extract: Extract, text: str) -> None:
    assert extract(text).meetings == ()


def test_a_phone_call_from_is_still_a_call(extract: Extract) -> None:
    _parts, modality, *_ = _one(
        extract(
            "Chilean President Pablo Soto received a telephone call on Tuesday from Hungarian Prime Minister "
            "Tomas Varga."
        )
    )
    assert modality == "phone"


def test_a_one_word_name_after_in_is_the_venue(extract: Extract) -> None:
    f = extract(
        "Chilean President Pablo Soto hosted a trilateral meeting in Valdivia on Monday attended by Peruvian "
        "President Jorge Salas and Bolivian President Ana Quispe."
    )
    assert _pairs(f) == [{"Pablo Soto", "Jorge Salas", "Ana Quispe"}]


# -- visits ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hungarian Prime Minister Tomas Varga is on a three-day official visit to Chile.",
        "Hungarian Prime Minister Tomas Varga arrived in Santiago on Tuesday on a three-day official visit to Chile.",
    ],
)
def test_on_a_visit_is_a_meeting_with_the_country(extract: Extract, text: str) -> None:
    parts, modality, status, _date, rules = _one(extract(text))
    assert parts == {"Tomas Varga", "Chile"} and (modality, status) == ("in_person", "held")
    assert "meeting.on_a_visit" in rules


def test_on_a_visit_gives_way_to_a_host_of_no_known_country(extract: Extract) -> None:
    f = extract(
        "Maldivian Foreign Minister Hassan Latheef called on National Security Adviser Vikram Rao on Wednesday."
        "\n\nThe visiting minister is on a three-day official visit to India."
    )
    assert _pairs(f) == [{"Hassan Latheef", "Vikram Rao"}]


# -- chaired meetings ------------------------------------------------------------------------------


def test_chaired_a_meeting_attended_by(extract: Extract) -> None:
    parts, _m, _s, _d, rules = _one(
        extract(
            "Chilean President Pablo Soto chaired a meeting attended by Peruvian Foreign Minister Jorge Salas and "
            "Bolivian Foreign Minister Ana Quispe."
        )
    )
    assert parts == {"Pablo Soto", "Jorge Salas", "Ana Quispe"} and "meeting.chaired" in rules


def test_a_cabinet_meeting_of_one_state_is_no_meeting(extract: Extract) -> None:
    f = extract(
        "Chilean President Pablo Soto chaired a cabinet meeting attended by Chilean Foreign Minister Ines Rojas "
        "and Chilean Interior Minister Luis Pena."
    )
    assert f.meetings == ()


# -- calls -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hungarian Prime Minister Tomas Varga called Chilean President Pablo Soto on Tuesday to discuss trade.",
        "Hungarian Prime Minister Tomas Varga called Chilean President Pablo Soto by phone on Tuesday.",
        "Hungarian Prime Minister Tomas Varga dialled Chilean President Pablo Soto on Tuesday.",
    ],
)
def test_called_is_a_phone_call(extract: Extract, text: str) -> None:
    parts, modality, status, date, rules = _one(extract(text, PUB))
    assert parts == {"Tomas Varga", "Pablo Soto"}
    assert (modality, status, date) == ("phone", "held", "2024-03-12")
    assert "meeting.called_to" in rules


@pytest.mark.parametrize(
    "text",
    [
        "Hungarian Prime Minister Tomas Varga held a call with Chilean President Pablo Soto on Tuesday.",
        "Hungarian Prime Minister Tomas Varga had a phone call with Chilean President Pablo Soto on Tuesday.",
        "Hungarian Prime Minister Tomas Varga told Chilean President Pablo Soto in a phone call on Tuesday that "
        "trade must grow.",
    ],
)
def test_call_phrases(extract: Extract, text: str) -> None:
    parts, modality, *_ = _one(extract(text, PUB))
    assert parts == {"Tomas Varga", "Pablo Soto"} and modality == "phone"


@pytest.mark.parametrize(
    "text",
    [
        "Hungarian Prime Minister Tomas Varga called Chilean President Pablo Soto a liar on Tuesday.",
        "Hungarian Prime Minister Tomas Varga called Chilean President Pablo Soto's remarks unacceptable.",
        "Hungarian Prime Minister Tomas Varga called for talks with Chile.",
        "The ministry called the meeting to discuss trade.",
        "Hungarian Prime Minister Tomas Varga told reporters in a phone call on Tuesday that trade must grow.",
        "Hungarian Prime Minister Tomas Varga criticized Chilean President Pablo Soto during a meeting of EU "
        "leaders on Tuesday.",
    ],
)
def test_called_and_told_near_misses(extract: Extract, text: str) -> None:
    assert extract(text).meetings == ()


def test_urged_during_a_meeting(extract: Extract) -> None:
    parts, modality, _s, _d, rules = _one(
        extract(
            "Hungarian Prime Minister Tomas Varga urged Chilean President Pablo Soto to boost trade during a meeting "
            "in Santiago on Tuesday."
        )
    )
    assert parts == {"Tomas Varga", "Pablo Soto"} and modality == "in_person"
    assert "meeting.cue_object" in rules


@pytest.mark.parametrize(
    "text",
    [
        "Hungarian Prime Minister Tomas Varga met Chilean President Pablo Soto virtually on Tuesday.",
        "Hungarian Prime Minister Tomas Varga and Chilean President Pablo Soto met virtually.",
        "Hungarian Prime Minister Tomas Varga held virtual talks with Chilean President Pablo Soto on Tuesday.",
    ],
)
def test_virtually_is_video(extract: Extract, text: str) -> None:
    _parts, modality, *_ = _one(extract(text))
    assert modality == "video"


def test_virtually_all_is_no_video(extract: Extract) -> None:
    _parts, modality, *_ = _one(
        extract(
            "Hungarian Prime Minister Tomas Varga met Chilean President Pablo Soto, and virtually all trade issues "
            "were discussed."
        )
    )
    assert modality == "in_person"


# -- after meeting, titles and appositions ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "After meeting Chilean President Pablo Soto on Tuesday, Hungarian Prime Minister Tomas Varga said trade "
        "must grow.",
        "Hungarian Prime Minister Tomas Varga told reporters after meeting Chilean President Pablo Soto that trade "
        "must grow.",
        "Hungarian Prime Minister Tomas Varga said after hosting Chilean President Pablo Soto that trade must grow.",
    ],
)
def test_after_meeting(extract: Extract, text: str) -> None:
    parts, modality, status, _d, _r = _one(extract(text))
    assert parts == {"Tomas Varga", "Pablo Soto"} and (modality, status) == ("in_person", "held")


def test_after_meeting_officials_is_nobody(extract: Extract) -> None:
    assert extract("After meeting Chilean officials, the delegation left.").meetings == ()


def test_object_title_with_a_comma(extract: Extract) -> None:
    f = extract(
        "Minister of Foreign Affairs of Georgia Levan Kiknadze had a phone conversation with Deputy Chairman of "
        "the Cabinet of Ministers, Minister of Foreign Affairs of Armenia Aram Sargsyan."
    )
    assert _pairs(f) == [{"Levan Kiknadze", "Aram Sargsyan"}]
    assert f.meetings[0].modality == "phone"


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "Hungarian Prime Minister Tomas Varga met the head of the Chilean Senate, Pablo Soto, in Santiago.",
            "Pablo Soto",
        ),
        (
            "On Monday, the Hungarian minister Tomas Varga held a meeting with the president of the Red Cross, "
            "Anna Keller, in Geneva.",
            "Anna Keller",
        ),
        ("Hungarian Foreign Minister Tomas Varga met the UN refugee chief, Anna Keller, in Geneva.", "Anna Keller"),
        ("Hungarian Foreign Minister Tomas Varga met Chile's foreign minister, Ines Rojas, in Santiago.", "Ines Rojas"),
    ],
)
def test_description_then_name_is_the_name(extract: Extract, text: str, other: str) -> None:
    f = extract(text)
    assert _pairs(f) == [{"Tomas Varga", other}]
    assert not any(a.name.startswith(("President of", "Head of")) for a in f.actors)


# -- delegations with bare names, trips in the past tense, planned nouns, progressive visits ---------


@pytest.mark.parametrize(
    "text",
    [
        "Ines Rojas received a delegation led by Tomas Varga in Valdivia on Tuesday.",
        "Chilean President Ines Rojas received a delegation of Hungarian lawmakers headed by Tomas Varga.",
        "Chilean President Ines Rojas hosted a delegation from the Hungarian parliament led by Speaker Tomas Varga.",
        "Tomas Varga was welcomed by Ines Rojas in Valdivia on Tuesday.",
    ],
)
def test_delegation_heads_and_hosts_without_titles(extract: Extract, text: str) -> None:
    assert _pairs(extract(text)) == [{"Tomas Varga", "Ines Rojas"}]


def test_chaired_by_a_name_is_no_meeting(extract: Extract) -> None:
    assert extract("The report was chaired by Ana Lopez Garcia.").meetings == ()


@pytest.mark.parametrize(
    "text",
    [
        "Hungarian Prime Minister Tomas Varga traveled to Santiago to meet Chilean President Pablo Soto.",
        "Hungarian Prime Minister Tomas Varga flew to Santiago on Monday for talks with Chilean President Pablo Soto.",
    ],
)
def test_past_trip_for_talks(extract: Extract, text: str) -> None:
    parts, _m, status, _d, _r = _one(extract(text))
    assert parts == {"Tomas Varga", "Pablo Soto"} and status == "held"


def test_trip_to_officials_gives_way_to_the_named_host(extract: Extract) -> None:
    f = extract(
        "Hungarian Foreign Minister Tomas Varga held talks with Chilean Foreign Minister Ines Rojas in Santiago on "
        "Tuesday.\n\nVarga has travelled to Santiago for negotiations with Chilean officials."
    )
    assert _pairs(f) == [{"Tomas Varga", "Ines Rojas"}]


@pytest.mark.parametrize(
    ("text", "status", "date"),
    [
        (
            "A meeting between Hungarian Prime Minister Tomas Varga and Chilean President Pablo Soto is scheduled for "
            "Friday.",
            "planned",
            "2024-03-15",
        ),
        (
            "Talks between Hungarian Prime Minister Tomas Varga and Chilean President Pablo Soto will be held in "
            "Santiago on Friday.",
            "planned",
            "2024-03-15",
        ),
        (
            "Talks between Hungarian Prime Minister Tomas Varga and Chilean President Pablo Soto were held in Santiago "
            "on Tuesday.",
            "held",
            "2024-03-12",
        ),
        (
            "Talks between Hungarian Prime Minister Tomas Varga and Chilean President Pablo Soto on the trade deal, "
            "which is set for signing in May, ended on Tuesday.",
            "held",
            "2024-03-12",
        ),
    ],
)
def test_status_after_the_meeting_noun(extract: Extract, text: str, status: str, date: str) -> None:
    parts, _m, got, got_date, _r = _one(extract(text, PUB))
    assert parts == {"Tomas Varga", "Pablo Soto"} and (got, got_date) == (status, date)


def test_is_visiting_a_country(extract: Extract) -> None:
    parts, *_ = _one(extract("Hungarian Prime Minister Tomas Varga is currently visiting Chile."))
    assert parts == {"Tomas Varga", "Chile"}


def test_the_visiting_minister_is_no_visit(extract: Extract) -> None:
    f = extract("The visiting Hungarian Prime Minister Tomas Varga met Chilean President Pablo Soto on Tuesday.")
    assert _pairs(f) == [{"Tomas Varga", "Pablo Soto"}]


# -- a country opening a title, an abbreviation before "and", a meeting in an "after" clause -------


def test_country_opening_the_title_of_the_object(extract: Extract) -> None:
    f = extract("Nigerian President Bola Tinubu met Ivory Coast President Alassane Ouattara in Abidjan on Tuesday.")
    assert _pairs(f) == [{"Bola Tinubu", "Alassane Ouattara"}]


def test_country_alone_is_still_the_party(extract: Extract) -> None:
    f = extract("Nigerian President Bola Tinubu visited Ivory Coast on Tuesday.")
    assert _pairs(f) == [{"Bola Tinubu", "Côte d'Ivoire"}]


def test_country_opening_the_title_of_a_fronted_subject(extract: Extract) -> None:
    f = extract(
        "After talks with Nigerian President Bola Tinubu on Monday, Ivory Coast President Alassane Ouattara said "
        "the region was united."
    )
    assert _pairs(f) == [{"Bola Tinubu", "Alassane Ouattara"}]


def test_junior_before_and(extract: Extract) -> None:
    f = extract(
        "Philippine Defense Secretary Gilberto Teodoro Jr. and Australian Deputy Prime Minister Richard Marles held "
        "talks at Camp Aguinaldo on Tuesday."
    )
    assert len(f.meetings) == 1 and "Richard Marles" in _pairs(f)[0] and len(_pairs(f)[0]) == 2


def test_meeting_in_an_after_clause(extract: Extract) -> None:
    f = extract(
        "Ghana's President John Mahama hosted Nigerian President Bola Tinubu in Accra on Tuesday, a day after Tinubu "
        "met Ivory Coast President Alassane Ouattara in Abidjan.",
        PUB,
    )
    assert _pairs(f) == [{"John Mahama", "Bola Tinubu"}, {"Bola Tinubu", "Alassane Ouattara"}]
    assert f.meetings[0].date is not None and f.meetings[0].date.value == "2024-03-12"
    assert f.meetings[1].date is None  # the day of the first meeting is not this one's


def test_days_before_a_summit_is_one_meeting(extract: Extract) -> None:
    f = extract(
        "Ghana's President John Mahama hosted Nigerian President Bola Tinubu in Accra on Tuesday, days before the "
        "summit meeting."
    )
    assert _pairs(f) == [{"John Mahama", "Bola Tinubu"}]


# -- venues before the object, the visitor's delegation, "his meeting with Y" ----------------------


def test_venue_with_possessive_and_city_before_the_object(extract: Extract) -> None:
    f = extract(
        "Minister of Foreign Affairs Prince Faisal bin Farhan received at the ministry's headquarters in Riyadh "
        "today Iraqi Minister of Foreign Affairs Fuad Hussein.",
        PUB,
    )
    assert _pairs(f) == [{"Faisal bin Farhan", "Fuad Hussein"}]
    assert f.meetings[0].location is not None and f.meetings[0].location.name == "Riyadh"


def test_a_city_alone_after_met_in_is_no_object(extract: Extract) -> None:
    assert extract("Saudi Foreign Minister Prince Faisal bin Farhan met in Riyadh on Tuesday.").meetings == ()


def test_visitor_and_his_delegation(extract: Extract) -> None:
    f = extract("Kenyan President William Ruto and his delegation were received by Chinese President Xi Jinping.")
    assert _pairs(f) == [{"William Ruto", "Xi Jinping"}]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Kenyan President William Ruto hailed his meeting with Chinese President Xi Jinping as productive.", "held"),
        (
            "Kenyan President William Ruto said his talks with Chinese President Xi Jinping on Tuesday were fruitful.",
            "held",
        ),
        (
            "Kenyan President William Ruto said his meeting with Chinese President Xi Jinping would take place next "
            "week.",
            "planned",
        ),
    ],
)
def test_his_meeting_with(extract: Extract, text: str, status: str) -> None:
    parts, _m, got, _d, _r = _one(extract(text))
    assert parts == {"William Ruto", "Xi Jinping"} and got == status


def test_cancelled_his_meeting_is_none(extract: Extract) -> None:
    assert (
        extract("Kenyan President William Ruto cancelled his meeting with Chinese President Xi Jinping.").meetings == ()
    )


def test_the_demonym_minister_is_the_counterpart_named_before(extract: Extract) -> None:
    f = extract(
        "Cuban Foreign Minister Bruno Parrilla held talks on Tuesday with his Honduran counterpart Luis Maradiaga."
        "\n\nThe Honduran foreign minister is also expected to meet with Cuban Vice President Salvador Mesa."
    )
    assert _pairs(f) == [{"Bruno Parrilla", "Luis Maradiaga"}, {"Luis Maradiaga", "Salvador Mesa"}]
    assert not any(a.name == "Foreign Minister of Honduras" for a in f.actors)


def test_subject_before_an_in_a_meeting_aside(extract: Extract) -> None:
    f = extract(
        "Iranian President Masoud Pezeshkian, in a meeting with Iraqi Prime Minister Mohammed Shia al-Sudani in "
        "Tehran on Tuesday, said the two countries must expand trade."
    )
    assert _pairs(f) == [{"Masoud Pezeshkian", "Mohammed Shia al-Sudani"}]


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi Prime Minister Mohammed Shia al-Sudani, who arrived in Tehran on Monday, met Iranian President "
        "Masoud Pezeshkian on Tuesday.",
        "On Tuesday, Iraqi Prime Minister Mohammed Shia al-Sudani met Iranian President Masoud Pezeshkian.",
    ],
)
def test_the_day_after_the_verb_wins(extract: Extract, text: str) -> None:
    _p, _m, _s, date, _r = _one(extract(text, PUB))
    assert date == "2024-03-12"


@pytest.mark.parametrize(
    ("text", "status", "date"),
    [
        (
            "Hungarian Prime Minister Tomas Varga arrived in Santiago on Tuesday on a two-day visit, during which he "
            "will meet Chilean President Pablo Soto.",
            "planned",
            None,
        ),
        (
            "Hungarian Prime Minister Tomas Varga arrived in Santiago on Tuesday, where he met Chilean President Pablo "
            "Soto.",
            "held",
            "2024-03-12",
        ),
        (
            "The talks come ahead of a visit by Hungarian Prime Minister Tomas Varga to Santiago next Tuesday, where "
            "he is due to meet Chilean President Pablo Soto.",
            "planned",
            "2024-03-19",
        ),
    ],
)
def test_day_of_a_meeting_told_in_a_where_clause(extract: Extract, text: str, status: str, date: str | None) -> None:
    parts, _m, got, got_date, _r = _one(extract(text, PUB))
    assert parts == {"Tomas Varga", "Pablo Soto"} and (got, got_date) == (status, date)


@pytest.mark.parametrize(
    "text",
    [
        "Chilean President Pablo Soto met the deadline set by Peruvian President Jorge Salas.",
        "Chilean President Pablo Soto met the demands of Peruvian President Jorge Salas.",
        "Chilean President Pablo Soto's proposal met with resistance from Peruvian President Jorge Salas.",
        "Chilean President Pablo Soto greeted the crowd in Valdivia on Tuesday.",
        "Chilean President Pablo Soto welcomed the ruling in Valdivia on Tuesday.",
        "Chilean President Pablo Soto told reporters after a cabinet meeting that trade must grow.",
    ],
)
def test_met_and_welcomed_in_other_senses(extract: Extract, text: str) -> None:
    assert extract(text).meetings == ()


def test_passive_received_by(extract: Extract) -> None:
    f = extract("Peruvian President Jorge Salas was received by Chilean President Pablo Soto.")
    assert _pairs(f) == [{"Jorge Salas", "Pablo Soto"}]


@pytest.mark.parametrize(
    ("text", "status", "date"),
    [
        (
            "During Peruvian President Jorge Salas's three-day state visit to Chile, the two countries signed five "
            "agreements.",
            "held",
            None,
        ),
        ("Peruvian President Jorge Salas's upcoming visit to Chile was announced on Tuesday.", "planned", None),
        (
            "Peruvian President Jorge Salas's visit to Chile next Tuesday was announced on Monday.",
            "planned",
            "2024-03-19",
        ),
        ("Ahead of Peruvian President Jorge Salas's visit to Chile, officials met in Lima.", "planned", None),
    ],
)
def test_possessive_visit(extract: Extract, text: str, status: str, date: str | None) -> None:
    parts, _m, got, got_date, _r = _one(extract(text, PUB))
    assert parts == {"Jorge Salas", "Chile"} and (got, got_date) == (status, date)


def test_possessive_visit_gives_way_to_the_host(extract: Extract) -> None:
    f = extract(
        "Peruvian President Jorge Salas's visit to Chile comes as trade disputes grow. Salas met Senate President "
        "Ana Lopez on Tuesday."
    )
    assert _pairs(f) == [{"Jorge Salas", "Ana Lopez"}]


def test_visit_home_is_no_visit(extract: Extract) -> None:
    assert extract("Peruvian President Jorge Salas's visit to Peru ended.").meetings == ()


@pytest.mark.parametrize(
    "text",
    [
        "Chilean President Pablo Soto received a phone call initiated by Hungarian Prime Minister Tomas Varga on "
        "Tuesday.",
        "During a phone call on Tuesday, Hungarian Prime Minister Tomas Varga told Chilean President Pablo Soto that "
        "trade must grow.",
        "In a phone call on Tuesday, Hungarian Prime Minister Tomas Varga urged Chilean President Pablo Soto to boost "
        "trade.",
    ],
)
def test_fronted_and_initiated_calls(extract: Extract, text: str) -> None:
    parts, modality, _s, date, _r = _one(extract(text, PUB))
    assert parts == {"Tomas Varga", "Pablo Soto"} and (modality, date) == ("phone", "2024-03-12")


def test_urged_in_a_speech_is_no_meeting(extract: Extract) -> None:
    f = extract(
        "In a speech on Tuesday, Hungarian Prime Minister Tomas Varga urged Chilean President Pablo Soto to act."
    )
    assert f.meetings == ()


@pytest.mark.parametrize(
    ("text", "others"),
    [
        (
            "Chilean Foreign Minister Ines Rojas hosted her counterparts from Peru, Bolivia and Ecuador in Santiago.",
            ["Foreign Minister of Peru", "Foreign Minister of Bolivia", "Foreign Minister of Ecuador"],
        ),
        (
            "Chilean Foreign Minister Ines Rojas met her Peruvian and Bolivian counterparts in Santiago on Tuesday.",
            ["Foreign Minister of Peru", "Foreign Minister of Bolivia"],
        ),
        (
            "Chilean Foreign Minister Ines Rojas met her Peruvian counterpart in Valdivia on Tuesday.",
            ["Foreign Minister of Peru"],
        ),
    ],
)
def test_one_meeting_per_counterpart(extract: Extract, text: str, others: list[str]) -> None:
    assert _pairs(extract(text)) == [{"Ines Rojas", o} for o in others]


def test_trilateral_summit(extract: Extract) -> None:
    f = extract(
        "Chilean President Ines Rojas, Peruvian President Jorge Salas and Bolivian President Ana Quispe held a "
        "trilateral summit in La Paz on Tuesday."
    )
    assert _pairs(f) == [{"Ines Rojas", "Jorge Salas", "Ana Quispe"}]


def test_rang_is_a_phone_call(extract: Extract) -> None:
    parts, modality, *_ = _one(extract("British Prime Minister Keith Morton rang US President Dana Hill on Tuesday."))
    assert parts == {"Keith Morton", "Dana Hill"} and modality == "phone"


def test_the_bell_rang_is_no_call(extract: Extract) -> None:
    assert extract("The bell rang twice as Prime Minister Keith Morton spoke.").meetings == ()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Indian Prime Minister Arun Mehta arrived in Tokyo. Mr. Mehta met Mr. Tanaka on Tuesday.",
            {"Arun Mehta", "Tanaka"},
        ),
        (
            "H.E. Sheikh Khalid bin Saud Al Nasser received H.E. Murat Demir, Minister of Foreign Affairs of Turkiye.",
            {"Khalid bin Saud Al Nasser", "Murat Demir"},
        ),
    ],
)
def test_honorific_before_a_bare_object(extract: Extract, text: str, pair: set[str]) -> None:
    assert _pairs(extract(text)) == [pair]


# -- a held and a planned meeting of the same two ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hungarian Prime Minister Tomas Varga met Chilean President Pablo Soto in Lima on Tuesday. Varga is "
        "scheduled to meet Soto again in Budapest next month.",
        "Hungarian Prime Minister Tomas Varga will meet Chilean President Pablo Soto in Lima on Friday. Varga met "
        "Soto last year in Budapest.",
    ],
)
def test_held_and_planned_are_two_meetings(extract: Extract, text: str) -> None:
    f = extract(text, PUB)
    assert _pairs(f) == [{"Tomas Varga", "Pablo Soto"}] * 2
    assert {m.status for m in f.meetings} == {"held", "planned"}


def test_a_planned_meeting_told_as_held_later_is_one_held_meeting(extract: Extract) -> None:
    f = extract(
        "Hungarian Prime Minister Tomas Varga arrived in Lima on Monday for a visit during which he will meet "
        "Chilean President Pablo Soto. Varga met Soto on Tuesday.",
        PUB,
    )
    _parts, _m, status, date, _r = _one(f)
    assert (status, date) == ("held", "2024-03-12")


# -- an unnamed counterpart named later in the article -------------------------------------------

_LATER = (
    "Iranian Foreign Minister Karim Haddad met his Omani counterpart in Muscat on Tuesday. The two discussed "
    "regional issues. Haddad praised Oman's role. Iran and Oman have close ties. Trade grew last year. "
)


def test_unnamed_counterpart_named_later(extract: Extract) -> None:
    f = extract(_LATER + "Omani Foreign Minister Salim Harthi said Oman would keep mediating.")
    assert _pairs(f) == [{"Karim Haddad", "Salim Harthi"}]
    assert "meeting.named_later" in f.meetings[0].rules


@pytest.mark.parametrize(
    "tail",
    [
        "Omani Deputy Foreign Minister Salim Harthi said Oman would keep mediating.",
        "The Omani President's special envoy Salim Harthi said Oman would keep mediating.",
        "Haddad also met Sultan Tariq bin Said.",
    ],
)
def test_unnamed_counterpart_is_not_another_official(extract: Extract, tail: str) -> None:
    f = extract(_LATER + tail)
    assert {"Karim Haddad", "Foreign Minister of Oman"} in _pairs(f)
