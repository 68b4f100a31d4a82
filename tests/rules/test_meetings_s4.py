"""Meeting constructions of session 4 (invented sentences): parties named a sentence later, sides led by
named heads, delegations told as objects, calls received from counterparts, trilateral meetings, next
rounds, invitations accepted, calls and visits that are two talks; and the rank words read from the
lexicon only."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfacts.lexicon import LexiconEntry, load_lexicon
from newsfacts.rules import Facts, extract_facts
from newsfacts.rules.meetings.counterparts import _rank_word_in

Extract = Callable[..., Facts]

LEAD = "Talks went on.\n\n"


def _pairs(f: Facts) -> list[set[str]]:
    names = {a.id: a.name for a in f.actors}
    return [{names[p] for p in m.participants} for m in f.meetings]


def _find(f: Facts, names: set[str], status: str | None = None) -> list[object]:
    ids = {a.id: a.name for a in f.actors}
    return [m for m in f.meetings if {ids[p] for p in m.participants} == names and status in (None, m.status)]


# -- meeting.modality_apart ----------------------------------------------------------------------------


def test_a_held_call_and_a_planned_visit_are_two_meetings(extract: Extract) -> None:
    f = extract(
        LEAD + "Foreign Minister Karl Berg held a phone call with his Danish counterpart Otto Lind on Monday. "
        "Berg is expected to meet Lind in Copenhagen later this month.",
        "2025-03-05",
    )
    (call,) = _find(f, {"Karl Berg", "Otto Lind"}, "held")
    (visit,) = _find(f, {"Karl Berg", "Otto Lind"}, "planned")
    assert call.modality == "phone" and call.location is None
    assert visit.modality == "in_person" and visit.location is not None and visit.location.name == "Copenhagen"
    assert "meeting.modality_apart" in visit.rules


def test_a_video_call_and_an_earlier_phone_call_are_two_meetings(extract: Extract) -> None:
    f = extract(
        LEAD + "Prime Minister Karl Berg held talks by video link with his Danish counterpart Otto Lind on Tuesday. "
        "It was their first meeting, although the two had briefly spoken by phone in October."
    )
    assert sorted(m.modality for m in f.meetings) == ["phone", "video"]


def test_a_call_told_again_is_still_one_meeting(extract: Extract) -> None:
    f = extract(
        LEAD + "Foreign Minister Karl Berg held a phone call with his Danish counterpart Otto Lind on Monday. "
        "Berg and Lind discussed trade in the phone call."
    )
    assert len(f.meetings) == 1


# -- meeting.call_from, meeting.venue_clause, meeting.possessor_official, meeting.title_words_gap -------


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Karl Berg received a phone call from his Cypriot counterpart Andreas Petrou on Monday.",
        "Prime Minister Karl Berg today received a courtesy call from Cyprus's Minister for Foreign Affairs "
        "Dr Andreas Petrou at his office.",
    ],
)
def test_a_call_received_from_a_named_official(extract: Extract, sentence: str) -> None:
    assert _pairs(extract(LEAD + sentence)) == [{"Karl Berg", "Andreas Petrou"}]


def test_a_venue_set_off_by_commas_and_an_envoy_of_a_named_president(extract: Extract) -> None:
    f = extract(
        LEAD + "Foreign Minister Youssef Haddad received, at the Ministry in Jounieh on Wednesday, French President "
        "Paul Martin's Personal Envoy to Lebanon, Jean-Luc Moreau, with talks touching on reforms."
    )
    assert _pairs(f) == [{"Youssef Haddad", "Jean-Luc Moreau"}]


def test_the_envoy_of_an_unnamed_office_holder(extract: Extract) -> None:
    f = extract(
        LEAD + "President Andreas Petrou and Turkish Cypriot leader Mehmet Aslan met UN secretary-general's personal "
        "envoy Lucia Ferrer on Wednesday at the Ledra Palace."
    )
    assert _pairs(f) == [{"Andreas Petrou", "Mehmet Aslan", "Lucia Ferrer"}]


def test_capitalised_title_words_with_of_before_a_name(extract: Extract) -> None:
    f = extract(
        LEAD + "A Chilean parliamentary delegation led by Senate Speaker Pablo Rojas held talks in Lima on Thursday "
        "with Peruvian House of Representatives Speaker Ana Quispe."
    )
    assert _pairs(f) == [{"Pablo Rojas", "Ana Quispe"}]


def test_a_message_delivered_by_an_envoy(extract: Extract) -> None:
    f = extract(
        LEAD + "The head of the council, General Omar Bashiri, on Monday received a message from the Eritrean "
        "president delivered by Eritrea's Foreign Minister Tesfay Gebru."
    )
    assert _pairs(f) == [{"Omar Bashiri", "Tesfay Gebru"}]


def test_a_message_received_alone_is_no_meeting(extract: Extract) -> None:
    f = extract(LEAD + "President Omar Bashiri on Monday received a message from Eritrean President Isaias Tekle.")
    assert f.meetings == ()


# -- meeting.parenthetical_subject_gap ------------------------------------------------------------------


def test_a_bracketed_word_between_the_subject_and_its_verb(extract: Extract) -> None:
    f = extract(LEAD + "Foreign Minister Karl Berg (Reform) held a video call with his Moldovan counterpart Ion Rusu.")
    (m,) = f.meetings
    assert _pairs(f) == [{"Karl Berg", "Ion Rusu"}] and m.modality == "video"


# -- meeting.noun_modifier ------------------------------------------------------------------------------


def test_a_trilateral_meeting_is_one_meeting_of_all(extract: Extract) -> None:
    f = extract(
        LEAD + "Karl Berg is expected to hold a trilateral meeting with Piet Olsen and US Secretary of State "
        "Mark Rubin later this week."
    )
    assert _pairs(f) == [{"Karl Berg", "Piet Olsen", "Mark Rubin"}]


def test_a_bilateral_meeting_with_two_states_officials_stays_two(extract: Extract) -> None:
    f = extract(
        LEAD + "Foreign Minister Karl Berg held bilateral meetings with Danish Foreign Minister Otto Lind and "
        "Finnish Foreign Minister Pekka Virta in Oslo."
    )
    assert sorted(map(sorted, _pairs(f))) == [["Karl Berg", "Otto Lind"], ["Karl Berg", "Pekka Virta"]]


# -- meeting.next_round, meeting.next_meeting, meeting.reported_the_three, meeting.group_count --------


def test_the_next_round_agreed_is_a_planned_meeting(extract: Extract) -> None:
    f = extract(
        LEAD + "Premier Karl Berg held a phone call with German Chancellor Otto Lind on Thursday. The two ministers "
        "also agreed to hold the next round of the strategic dialogue in Beijing in the coming months.",
        "2025-03-27",
    )
    (planned,) = _find(f, {"Karl Berg", "Otto Lind"}, "planned")
    assert planned.modality == "in_person" and planned.location is not None and planned.location.name == "Beijing"
    assert len(_find(f, {"Karl Berg", "Otto Lind"}, "held")) == 1


def test_the_next_trilateral_meeting_takes_the_three(extract: Extract) -> None:
    f = extract(
        LEAD + "Foreign Minister Karl Berg, his Danish counterpart Otto Lind and Finnish Foreign Minister Pekka Virta "
        "held a trilateral meeting in Oslo on Tuesday. Earlier, Berg held talks with Lind. "
        '"The next trilateral meeting will be held in Helsinki in 2026," Virta said.'
    )
    (planned,) = [m for m in f.meetings if m.status == "planned"]
    assert len(planned.participants) == 3 and "meeting.next_meeting" in planned.rules
    assert planned.location is not None and planned.location.name == "Helsinki"


def test_the_next_meeting_needs_a_meeting_told_before(extract: Extract) -> None:
    f = extract(LEAD + "The next meeting of the council will be held in Helsinki in 2026, the spokesman said.")
    assert f.meetings == ()


def test_a_next_round_told_in_a_statement_is_no_meeting(extract: Extract) -> None:
    f = extract(
        LEAD + "Foreign Minister Karl Berg held a video conference with Danish Foreign Minister Otto Lind. Berg said "
        "that the next round of talks would be held in the spring."
    )
    assert [m.status for m in f.meetings] == ["held"]


def test_reported_the_three_meet_again(extract: Extract) -> None:
    f = extract(
        LEAD + "President Andreas Petrou and Turkish Cypriot leader Mehmet Aslan met UN envoy Lucia Ferrer on "
        "Wednesday. The meeting lasted three hours. Petrou called it positive. Aslan said it was useful. "
        "Ferrer said in a statement that the three would meet again on May 22.",
        "2025-05-08",
    )
    (planned,) = [m for m in f.meetings if m.status == "planned"]
    assert len(planned.participants) == 3 and planned.date is not None and planned.date.value == "2025-05-22"


def test_the_three_ministers_are_those_of_the_last_meetings(extract: Extract) -> None:
    f = extract(
        LEAD + "Minister Ana Costa hosted Brazil's Foreign Minister Pedro Lins in Lisbon on Tuesday. On Monday, Costa "
        "held a video call with India's External Affairs Minister Ravi Iyer. The three ministers are expected "
        "to meet in New Delhi in September.",
        "2025-05-14",
    )
    assert _find(f, {"Ana Costa", "Pedro Lins", "Ravi Iyer"}, "planned")


# -- meeting.side_led_by ----------------------------------------------------------------------------------


def test_the_sides_heads_replace_their_states(extract: Extract) -> None:
    f = extract(
        LEAD + "Chile and Peru held a round of political consultations in Lima on Tuesday. The Chilean side was "
        "headed by Pablo Rojas, Secretary-General of the Ministry of Foreign Affairs, while the Peruvian side was "
        "led by Dr Ana Quispe, Deputy Foreign Minister."
    )
    (m,) = f.meetings
    assert _pairs(f) == [{"Pablo Rojas", "Ana Quispe"}] and "meeting.side_led_by" in m.rules


def test_a_side_led_by_with_no_meeting_before_makes_none(extract: Extract) -> None:
    f = extract(LEAD + "The Chilean delegation was led by Pablo Rojas, Secretary-General of the ministry.")
    assert f.meetings == ()


def test_a_head_who_led_a_side_named_active_and_passive(extract: Extract) -> None:
    f = extract(
        LEAD + "Qatari Prime Minister Hamad Al Kuwari held separate meetings with a Hamas delegation and with Egypt "
        "in Doha. The Hamas delegation was led by Khalil Hayek, the group's deputy chief, a statement said. "
        "Hassan Rashed, the head of Egypt's intelligence service, led the Egyptian team."
    )
    assert {"Hamad Al Kuwari", "Khalil Hayek"} in _pairs(f)
    assert {"Hamad Al Kuwari", "Hassan Rashed"} in _pairs(f)


# -- meeting.delegation_later ------------------------------------------------------------------------------


def test_a_delegation_met_as_an_object_meets_again_later(extract: Extract) -> None:
    f = extract(
        LEAD + "Foreign Minister Karl Berg met with a visiting Chilean delegation led by Senate President Pablo Rojas "
        "in Oslo on Monday. Rojas said the talks were useful. The Chilean delegation is also scheduled to meet "
        "Prime Minister Otto Lind on Wednesday."
    )
    assert _find(f, {"Pablo Rojas", "Otto Lind"}, "planned")


def test_a_leader_of_a_delegation_in_a_relative_clause(extract: Extract) -> None:
    f = extract(
        LEAD + "Foreign Minister Karl Berg met Senate President Pablo Rojas in Oslo on Monday. Rojas, who is leading "
        "a parliamentary delegation on a visit to Norway, said ties were strong. During the visit, the delegation "
        "is scheduled to meet Prime Minister Otto Lind on Thursday."
    )
    assert _find(f, {"Pablo Rojas", "Otto Lind"}, "planned")


# -- meeting.visit_noun (a plain visit being prepared) ---------------------------------------------------


def test_preparations_for_the_visit_of_a_president(extract: Extract) -> None:
    f = extract(
        LEAD + "The sides also exchanged views on preparations for the upcoming visit of the Chilean president "
        "to Lima, the ministry said."
    )
    (m,) = f.meetings
    assert _pairs(f) == [{"President of Chile", "Peru"}] and m.status == "planned"
    assert m.location is not None and m.location.name == "Lima"


def test_a_visit_recalled_is_no_planned_meeting(extract: Extract) -> None:
    f = extract(LEAD + "The ministers recalled the important visit of the Chilean president to Peru in 2019.")
    assert f.meetings == ()


# -- meeting.meeting_of_members, meeting.named_next_sentence --------------------------------------------


def test_a_meeting_of_unnamed_ministers_named_next(extract: Extract) -> None:
    f = extract(
        LEAD + "A trilateral meeting of the foreign ministers of Norway, Denmark and Finland was held in Oslo on "
        "May 20. Norwegian Foreign Minister Karl Berg, Danish Foreign Minister Otto Lind and Finnish Foreign "
        "Minister Pekka Virta took part in the meeting."
    )
    assert _pairs(f) == [{"Karl Berg", "Otto Lind", "Pekka Virta"}]


def test_leaders_of_states_named_in_the_next_sentence(extract: Extract) -> None:
    f = extract(
        LEAD + "The leaders of Norway, Denmark and Finland held a video conference on Wednesday. Prime Minister "
        "Karl Berg, Danish Prime Minister Otto Lind and Finnish President Pekka Virta agreed that the border "
        "must be defended, spokesman Jon Dahl said."
    )
    (m,) = f.meetings
    assert _pairs(f) == [{"Karl Berg", "Otto Lind", "Pekka Virta"}]
    # the members are named either by the meeting rule or, before it, by coreference of the
    # unnamed list members ("the leaders of A, B and C" -> the persons named next)
    named_by = set(m.rules) | {r for a in f.actors for r in a.rules}
    assert named_by & {
        "meeting.named_next_sentence",
        "coref.list_member_named_after",
        "coref.list_member_by_elimination",
    }


def test_leaders_named_next_must_be_as_many(extract: Extract) -> None:
    f = extract(
        LEAD + "The leaders of Norway, Denmark and Finland held a video conference on Wednesday. Danish Prime "
        "Minister Otto Lind said the talks were useful."
    )
    assert all(len(p) == 3 for p in _pairs(f))
    assert {"Otto Lind"} not in _pairs(f)


# -- meeting.coordinated_planned ---------------------------------------------------------------------------


def test_a_held_and_a_planned_meeting_in_one_sentence_keep_their_days(extract: Extract) -> None:
    f = extract(
        LEAD + "The French envoy Jean Aubert had met earlier with President Joseph Haddad at the Baabda Palace, and "
        "is scheduled to meet Speaker Nabil Berro in Tyre tomorrow.",
        "2025-07-16",
    )
    (held,) = _find(f, {"Jean Aubert", "Joseph Haddad"}, "held")
    (planned,) = _find(f, {"Jean Aubert", "Nabil Berro"}, "planned")
    assert held.date is None and planned.date is not None and planned.date.value == "2025-07-17"


# -- meeting.participle_lead, meeting.pronoun_last_subject --------------------------------------------


def test_a_participle_meeting_after_a_long_title(extract: Extract) -> None:
    f = extract(
        LEAD + "French presidential envoy Jean Aubert began a two-day visit to Beirut on Tuesday, meeting Prime "
        "Minister Ramzi Haddad at the Serail and Speaker Hassan Berro in Tyre."
    )
    assert sorted(map(sorted, _pairs(f))) == [["Hassan Berro", "Jean Aubert"], ["Jean Aubert", "Ramzi Haddad"]]


def test_he_is_who_the_sentence_before_opened_with(extract: Extract) -> None:
    f = extract(
        LEAD + "Defence Minister Raj Singh held talks with his Australian counterpart Richard Marsh on Tuesday. "
        '"We had an excellent meeting," Singh said. Marsh arrived here on Monday on a three-day visit. He is '
        "scheduled to call on Prime Minister Narendra Rao on Wednesday."
    )
    assert _find(f, {"Richard Marsh", "Narendra Rao"}, "planned")
    assert not _find(f, {"Raj Singh", "Narendra Rao"})


# -- meeting.officials_from, meeting.list_modifier, meeting.country_modifier --------------------------


def test_officials_from_states_meet(extract: Extract) -> None:
    f = extract(LEAD + "Officials from Chile, Peru and the United States are expected to meet in Lima next week.")
    assert _pairs(f) == [{"Chile", "Peru", "United States"}]


def test_the_ministers_of_states_are_not_the_states(extract: Extract) -> None:
    f = extract(LEAD + "The transport ministers of Chile, Peru and Bolivia met in Lima on Wednesday.")
    assert {"Peru", "Bolivia"} not in _pairs(f) and {"Chile", "Peru", "Bolivia"} not in _pairs(f)


def test_a_state_qualifying_a_thing_is_no_party(extract: Extract) -> None:
    f = extract(LEAD + "A source denied reports that Beirut had received a US proposal to set up a zone.")
    assert f.meetings == ()


def test_a_delegation_of_a_state_is_a_party(extract: Extract) -> None:
    f = extract(LEAD + "President Karl Berg received a US delegation in Oslo on Monday.")
    assert _pairs(f) == [{"Karl Berg", "United States"}]


# -- meeting.trip_places, meeting.co_chair, meeting.met_each -------------------------------------------


def test_a_trip_to_two_capitals_is_two_visits(extract: Extract) -> None:
    f = extract(LEAD + "EU envoy Anna Berg will travel to Belgrade and Pristina next week, a spokesperson said.")
    assert sorted(map(sorted, _pairs(f))) == [["Anna Berg", "Kosovo"], ["Anna Berg", "Serbia"]]
    assert sorted(m.location.name for m in f.meetings if m.location) == ["Belgrade", "Pristina"]


def test_co_chair_with_after_a_long_body_name(extract: Extract) -> None:
    f = extract(
        LEAD + "Indian Commerce Minister Vikas Sahu will travel to Abu Dhabi in January to co-chair the next session "
        "of the High-Level Joint Task Force on Investments with Emirati minister Rashid Al Kaabi."
    )
    assert _pairs(f) == [{"Vikas Sahu", "Rashid Al Kaabi"}]


def test_she_met_each_of_them_separately(extract: Extract) -> None:
    f = extract(
        LEAD + "EU envoy Anna Berg hosted Kosovo's negotiator Arben Krasa and Serbia's Dejan Milic in Brussels on "
        "Monday for their first trilateral meeting. Before the joint session, she met each of the negotiators "
        "separately."
    )
    assert _find(f, {"Anna Berg", "Arben Krasa"}) and _find(f, {"Anna Berg", "Dejan Milic"})
    assert _find(f, {"Anna Berg", "Arben Krasa", "Dejan Milic"})


# -- meeting.told_in_place, meeting.summit_with, coref.group_before -----------------------------------


def test_one_official_telling_another_in_a_city(extract: Extract) -> None:
    f = extract(
        LEAD + "China's top diplomat Wang Li told German Foreign Minister Johann Weber in Beijing on Tuesday that "
        "China was not a party to the crisis.",
        "2025-07-29",
    )
    (m,) = f.meetings
    assert _pairs(f) == [{"Wang Li", "Johann Weber"}] and m.location is not None and m.location.name == "Beijing"


def test_telling_reporters_in_a_city_is_no_meeting(extract: Extract) -> None:
    f = extract(LEAD + "Foreign Minister Wang Li told reporters in Beijing on Tuesday that China was not a party.")
    assert f.meetings == ()


def test_a_summit_with_a_named_host(extract: Extract) -> None:
    f = extract(
        LEAD + "The two sides confirmed that Prime Minister Hiro Kane will travel to Manila next month for a summit "
        "with President Emilio Ramos."
    )
    assert _pairs(f) == [{"Hiro Kane", "Emilio Ramos"}]
    assert not any(s.speakers and len(s.speakers) == 2 for s in f.statements)


def test_a_summit_attended_is_no_meeting(extract: Extract) -> None:
    f = extract(LEAD + "The leaders of Chile, Peru and Bolivia will attend the summit in Lima next month.")
    assert f.meetings == ()


# -- meeting.invitation_accepted ---------------------------------------------------------------------------


def test_an_invitation_accepted_in_the_same_sentence(extract: Extract) -> None:
    f = extract(
        LEAD + "President Daniel Kirui hosted Somali President Hassan Warfa at State House on Monday. Mr Warfa invited "
        "Mr Kirui to visit Mogadishu, and the invitation was accepted, according to the communique."
    )
    (planned,) = _find(f, {"Daniel Kirui", "Hassan Warfa"}, "planned")
    assert planned.location is not None and planned.location.name == "Mogadishu"


def test_an_invitation_accepted_the_sentence_after(extract: Extract) -> None:
    f = extract(
        LEAD + "Prime Minister Taro Sato held phone talks with Indian Prime Minister Raj Kumar on Tuesday. Kumar "
        "invited Sato to visit India later this year. Sato accepted the invitation, the ministry said."
    )
    assert _find(f, {"Taro Sato", "Raj Kumar"}, "planned")


def test_an_invitation_alone_is_no_meeting(extract: Extract) -> None:
    f = extract(LEAD + "Indian Prime Minister Raj Kumar invited Japanese Prime Minister Taro Sato to visit India.")
    assert f.meetings == ()


# -- the rank words: one mechanism, the lexicon's tables ------------------------------------------------


@pytest.mark.parametrize(
    ("role", "other_post"),
    [
        ("Deputy Foreign Minister", True),
        ("Former Omani Foreign Minister", True),
        ("Vice Foreign Minister", True),
        ("Acting Foreign Minister", True),
        ("State Foreign Minister", True),
        ("Junior Foreign Minister", True),
        ("Omani Foreign Minister", False),
        ("Algerian Minister of Foreign Affairs and National Community Abroad", False),
        ("Deputy Minister of Foreign Affairs", True),
        ("Foreign Minister", False),
    ],
)
def test_rank_words_come_from_the_lexicon(role: str, other_post: bool) -> None:
    assert _rank_word_in(load_lexicon(), role, "foreign minister") is other_post


def test_a_plugin_rank_prefix_is_read() -> None:
    lx = load_lexicon([LexiconEntry("rank_prefix", "interim")])
    assert _rank_word_in(lx, "Interim Foreign Minister", "foreign minister")
    assert not _rank_word_in(load_lexicon(), "Interim Foreign Minister", "foreign minister")


def test_named_later_skips_an_acting_holder() -> None:
    text = (
        "Iranian Foreign Minister Karim Haddad met his Omani counterpart in Muscat on Tuesday. The two discussed "
        "regional issues. Haddad praised Oman's role. Iran and Oman have close ties. Trade grew last year. "
    )
    named = extract_facts(text + "Omani Minister of Foreign Affairs Salim Harthi said Oman would keep mediating.")
    assert _pairs(named) == [{"Karim Haddad", "Salim Harthi"}]
    acting = extract_facts(text + "Omani Acting Foreign Minister Salim Harthi said Oman would keep mediating.")
    assert _pairs(acting) == [{"Karim Haddad", "Foreign Minister of Oman"}]


# -- the word lists are lexicon tables ----------------------------------------------------------------


def test_meeting_word_tables_load() -> None:
    lx = load_lexicon()
    assert lx.meeting_modifiers["trilateral"] == "joint" and lx.meeting_modifiers["bilateral"] == "each"
    assert {"acting", "state", "junior"} <= lx.rank_prefixes
    assert "ties" in lx.relation_nouns and "officials" in lx.group_nouns and "palace" in lx.venue_nouns
    assert "summit" in lx.occasion_nouns and "discuss" in lx.call_purpose_verbs


def test_a_meeting_modifier_needs_a_known_value() -> None:
    with pytest.raises(ValueError, match="meeting modifier"):
        load_lexicon([LexiconEntry("meeting_modifier", "five-way", "several")])


def test_a_plugin_meeting_modifier_makes_one_meeting() -> None:
    text = LEAD + "Karl Berg is expected to hold a pentagonal meeting with Piet Olsen and Mark Rubin later this week."
    lx = load_lexicon([LexiconEntry("meeting_modifier", "pentagonal", "joint")])
    assert _pairs(extract_facts(text, lexicon=lx)) == [{"Karl Berg", "Piet Olsen", "Mark Rubin"}]


def test_a_plugin_relation_noun_makes_a_topic() -> None:
    text = LEAD + "Foreign Minister Karl Berg and Otto Lind discussed the rivalry with Russia on Monday."
    lx = load_lexicon([LexiconEntry("relation_noun", "rivalry")])
    assert {"Karl Berg", "Otto Lind"} in _pairs(extract_facts(text, lexicon=lx))
