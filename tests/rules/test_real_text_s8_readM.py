"""Session 8, meetings read on real news pages (constructions seen across outlets, every sentence invented): a
reception "for" a guest, "said while meeting with", a pair or a list with its entourage as subject, "as they met",
"ended their meeting", a state's meeting that is the persons' one, an appeal "called X to hold talks", states left
out by "excluding", an event two states host, a call the next sentence names, the role of a state before the name,
a farewell call, a quoted modifier before "talks", a spokesman speaking about a call between two others and a body
whose name opens with a state before its chairman's name."""

from __future__ import annotations

from collections.abc import Callable

from newsfacts.rules import Facts

Extract = Callable[..., Facts]

LEAD = "Talks went on.\n\n"
PUB = "2026-05-09"


def _meetings(f: Facts) -> list[tuple[set[str], str, str]]:
    names = {a.id: a.name for a in f.actors}
    return [({names[p] for p in m.participants}, m.modality, m.status) for m in f.meetings]


def _fired(f: Facts, rule: str) -> bool:
    return rule in {r.rule for r in f.trace.firings}


# -- meeting.reception_for --------------------------------------------------------------------------------------


def test_a_fronted_reception_for_a_visiting_guest_is_a_meeting_with_the_host(extract: Extract) -> None:
    f = extract(
        LEAD + "During a reception in Hanoi on Tuesday for visiting Danish Prime Minister Lars Holm, President Tran "
        "Van Minh said the two sides should deepen ties.",
        PUB,
    )
    assert _meetings(f) == [({"Tran Van Minh", "Lars Holm"}, "in_person", "held")]
    assert _fired(f, "meeting.reception_for")


def test_his_reception_for_a_guest_after_the_verb(extract: Extract) -> None:
    f = extract(
        LEAD + "President Tran Van Minh affirmed in his reception for Prime Minister Lars Holm of Denmark that "
        "Denmark is a reliable partner.",
        PUB,
    )
    assert _meetings(f) == [({"Tran Van Minh", "Lars Holm"}, "in_person", "held")]


def test_a_reception_for_the_latter_is_for_whom_the_host_told(extract: Extract) -> None:
    f = extract(
        LEAD + "Vietnam considers Denmark a trusted partner, Prime Minister Tran Van Minh told Danish Foreign "
        "Minister Lars Holm during a reception for the latter in Hanoi on Tuesday.",
        PUB,
    )
    assert _meetings(f) == [({"Tran Van Minh", "Lars Holm"}, "in_person", "held")]


def test_a_reception_for_diplomats_names_no_guest(extract: Extract) -> None:
    f = extract(
        LEAD + "The minister attended a reception for diplomats in Hanoi on Tuesday, President Tran Van Minh said."
    )
    assert _meetings(f) == []


# -- meeting.while_meeting --------------------------------------------------------------------------------------


def test_said_while_meeting_with_a_guest_after_fronted_content(extract: Extract) -> None:
    f = extract(
        LEAD + "Denmark and China should deepen cooperation in energy and trade, Chinese President Wu Jianguo said "
        "while meeting with Danish Prime Minister Lars Holm.",
        PUB,
    )
    assert _meetings(f) == [({"Wu Jianguo", "Lars Holm"}, "in_person", "held")]
    assert _fired(f, "meeting.while_meeting")


# -- meeting.entourage_list, meeting.they_met, meeting.their_meeting -----------------------------------------------


def test_two_leaders_and_their_ministers_met(extract: Extract) -> None:
    f = extract(
        LEAD + "Chinese Premier Li Wei, Chilean President Pedro Soto and senior ministers of both governments met at "
        "Parliament House on Monday to discuss trade.",
        PUB,
    )
    assert _meetings(f) == [({"Li Wei", "Pedro Soto"}, "in_person", "held")]
    assert _fired(f, "meeting.entourage_list")


def test_three_named_and_members_of_their_staff_met(extract: Extract) -> None:
    f = extract(
        LEAD + "Chilean President Pedro Soto, Vice President Maria Lopez, Danish Prime Minister Lars Holm and key "
        "members of their staff met for two hours in the palace.",
        PUB,
    )
    assert _meetings(f) == [({"Pedro Soto", "Maria Lopez", "Lars Holm"}, "in_person", "held")]


def test_one_government_and_its_officials_is_no_entourage_meeting(extract: Extract) -> None:
    f = extract(
        LEAD + "Chilean President Pedro Soto, Chilean Foreign Minister Maria Lopez and senior officials met at the "
        "palace on Monday.",
        PUB,
    )
    assert not _fired(f, "meeting.entourage_list")


def test_as_they_met_is_a_meeting_of_the_pair_the_sentence_opens_with(extract: Extract) -> None:
    f = extract(
        LEAD + "Chilean President Pedro Soto and Danish Prime Minister Lars Holm jointly urged a ceasefire as they "
        "met on Monday in Santiago.",
        PUB,
    )
    assert _meetings(f) == [({"Pedro Soto", "Lars Holm"}, "in_person", "held")]
    assert _fired(f, "meeting.they_met")


def test_the_pair_ended_their_meeting(extract: Extract) -> None:
    f = extract(
        LEAD + "Chilean President Pedro Soto and Danish Prime Minister Lars Holm have ended their 50-minute meeting "
        "at the palace.",
        PUB,
    )
    assert _meetings(f) == [({"Pedro Soto", "Lars Holm"}, "in_person", "held")]
    assert _fired(f, "meeting.their_meeting")


def test_thus_between_the_pair_and_met(extract: Extract) -> None:
    f = extract(
        LEAD + "Chilean President Pedro Soto and Danish Prime Minister Lars Holm thus met a week after a private "
        "dinner.",
        PUB,
    )
    assert _meetings(f) == [({"Pedro Soto", "Lars Holm"}, "in_person", "held")]


# -- meeting.states_of_persons ------------------------------------------------------------------------------------


def test_the_states_meeting_after_the_persons_meeting_is_one_meeting(extract: Extract) -> None:
    f = extract(
        LEAD + "Chilean Foreign Minister Pedro Soto met Danish Foreign Minister Lars Holm in Santiago on Monday. It "
        "was the first bilateral meeting between Chile and Denmark in ten years.",
        PUB,
    )
    assert _meetings(f) == [({"Pedro Soto", "Lars Holm"}, "in_person", "held")]
    assert _fired(f, "meeting.states_of_persons")


def test_a_states_meeting_on_another_day_stays(extract: Extract) -> None:
    f = extract(
        LEAD + "Chilean Foreign Minister Pedro Soto will meet his Danish counterpart, Lars Holm, on Monday. "
        '"There will be a bilateral meeting between Chile and Denmark at the ministry on March 21," the spokesman '
        "said.",
        PUB,
    )
    assert ({"Chile", "Denmark"}, "in_person", "planned") in _meetings(f)


# -- meeting.called_to_meet, meeting.excluded_list, meeting.joint_host_event --------------------------------------


def test_called_a_state_to_hold_talks_is_an_appeal(extract: Extract) -> None:
    f = extract(
        LEAD + "Turkish President Kemal Ozturk hailed the outcome and called Armenia to hold peace talks with "
        "Azerbaijan.",
        PUB,
    )
    assert _meetings(f) == []


def test_called_a_minister_to_discuss_is_still_a_call(extract: Extract) -> None:
    f = extract(
        LEAD + "Chilean President Pedro Soto called Danish Prime Minister Lars Holm on Monday to discuss trade.", PUB
    )
    assert _meetings(f) == [({"Pedro Soto", "Lars Holm"}, "phone", "held")]


def test_states_left_out_of_a_meeting_are_no_parties(extract: Extract) -> None:
    f = extract(
        LEAD + "Defence chiefs from regional countries excluding Mali, Chad and Niger met on Friday in Abuja.", PUB
    )
    assert _meetings(f) == []


def test_two_states_hosting_an_event_hold_no_talk(extract: Extract) -> None:
    f = extract(
        LEAD + "China and the United States will jointly host the 2026 Pacific Military Health Exchange in Xi'an "
        "from September 17 to 21.",
        PUB,
    )
    assert _meetings(f) == []


# -- meeting.call_told_after ----------------------------------------------------------------------------------------


def test_spoke_with_then_the_phone_call_is_a_call(extract: Extract) -> None:
    f = extract(
        LEAD + "Egyptian President Omar Haddad spoke with Jordan's King Abdullah II on Tuesday, stressing the need "
        "for unity. According to his office, the phone call addressed developments in the region.",
        PUB,
    )
    assert [(p, mod) for p, mod, _s in _meetings(f)] == [({"Omar Haddad", "Abdullah II"}, "phone")]
    assert _fired(f, "meeting.call_told_after")


def test_spoke_with_then_a_call_for_reform_stays_in_person(extract: Extract) -> None:
    f = extract(
        LEAD + "Egyptian President Omar Haddad spoke with Jordan's King Abdullah II in Amman on Tuesday. The call "
        "for reform was heard across the region.",
        PUB,
    )
    assert [(p, mod) for p, mod, _s in _meetings(f)] == [({"Omar Haddad", "Abdullah II"}, "in_person")]


# -- meeting.role_of_country_name, meeting.country_party_title ----------------------------------------------------


def test_the_role_of_a_state_then_the_name(extract: Extract) -> None:
    f = extract(
        LEAD + "Today, President Omar Haddad held a phone call with King of the Hashemite Kingdom of Jordan, His "
        "Majesty King Abdullah II bin Al Hussein.",
        PUB,
    )
    assert _meetings(f) == [({"Omar Haddad", "Abdullah II bin Al Hussein"}, "phone", "held")]


def test_a_farewell_call_on_the_chairman_of_a_party_named_after_a_state(extract: Extract) -> None:
    f = extract(
        LEAD + "Outgoing Chinese Ambassador Wang Lei paid a farewell call on Chile Vamos Unido (CVU) Chairman Pedro "
        "Soto here on Wednesday.",
        PUB,
    )
    assert _meetings(f) == [({"Wang Lei", "Pedro Soto"}, "in_person", "held")]
    assert _fired(f, "meeting.country_party_title")


# -- meeting.quoted_modifier, meeting.spoke_about_talks ----------------------------------------------------------


def test_a_quoted_modifier_between_held_and_talks(extract: Extract) -> None:
    f = extract(
        LEAD + 'US Secretary of State John Carter held "frank, substantive and constructive" talks with Chinese '
        "Foreign Minister Wang Lei in Beijing on Sunday.",
        PUB,
    )
    assert _meetings(f) == [({"John Carter", "Wang Lei"}, "in_person", "held")]


def test_a_spokesman_speaking_about_a_call_between_two_others_is_no_party(extract: Extract) -> None:
    f = extract(
        LEAD + "Late on Thursday the presidential spokesman Ali Demir spoke to reporters about the same day's phone "
        "discussion between the Turkish President, Kemal Ozturk and his U.S. counterpart John Carter.",
        PUB,
    )
    assert _meetings(f) == [({"Kemal Ozturk", "John Carter"}, "phone", "held")]


def test_spoke_about_the_call_between_two_others(extract: Extract) -> None:
    f = extract(
        LEAD + "Spokesman Ali Demir spoke about the phone call between Turkish President Kemal Ozturk and US "
        "President John Carter.",
        PUB,
    )
    assert _meetings(f) == [({"Kemal Ozturk", "John Carter"}, "phone", "held")]
    assert _fired(f, "meeting.spoke_about_talks")


# -- meeting.required_talks ---------------------------------------------------------------------------------------


def test_talks_a_dispute_requires_are_no_meeting(extract: Extract) -> None:
    f = extract(
        LEAD + "The dispute requires direct dialogue between our Foreign Minister Pablo Ruiz and the British Foreign "
        "Secretary, John Hague.",
        PUB,
    )
    assert _meetings(f) == []


def test_a_stance_on_holding_a_summit_is_no_meeting(extract: Extract) -> None:
    f = extract(
        LEAD + "Earlier Thursday, Foreign Minister Lars Holm indicated a cautious stance on the holding of a summit "
        "meeting between President Pedro Soto and Prime Minister Wang Lei of China.",
        PUB,
    )
    assert _meetings(f) == []


# -- meeting.pleased_to_host (a subject gap) ---------------------------------------------------------------------


def test_said_he_was_pleased_to_host_his_counterpart(extract: Extract) -> None:
    f = extract(
        LEAD + "Foreign Minister Lars Holm of Denmark said he was pleased to host his Afghan counterpart and held a "
        "comprehensive discussion on all areas of mutual importance.",
        PUB,
    )
    assert _meetings(f) == [({"Lars Holm", "Foreign Minister of Afghanistan"}, "in_person", "held")]


# -- meeting.noun_own_with ----------------------------------------------------------------------------------------


def test_will_receive_a_guest_after_his_talks_with_another(extract: Extract) -> None:
    f = extract(
        LEAD + "Chilean President Pedro Soto will receive US Secretary of State John Carter after his talks with "
        "Foreign Minister Maria Lopez.",
        PUB,
    )
    assert ({"Pedro Soto", "John Carter"}, "in_person", "planned") in _meetings(f)
    assert ({"Pedro Soto", "Maria Lopez"}, "in_person", "planned") not in _meetings(f)


# -- meeting.courtesy_visits, meeting.coordinated_verb after separate meetings ----------------------------------


def test_courtesy_visits_to_two_then_a_meeting_with_a_third(extract: Extract) -> None:
    f = extract(
        LEAD + "Japanese Prime Minister Taro Sato held talks in Hanoi. He also paid courtesy visits to President Le "
        "Van Binh and Chairman Tran Quoc Hung, and had a meeting with National Assembly Chairman Pham Van Cuong.",
        PUB,
    )
    got = _meetings(f)
    assert ({"Taro Sato", "Le Van Binh"}, "in_person", "held") in got
    assert ({"Taro Sato", "Tran Quoc Hung"}, "in_person", "held") in got
    assert ({"Taro Sato", "Pham Van Cuong"}, "in_person", "held") in got
    assert _fired(f, "meeting.courtesy_visits")


def test_a_courtesy_visit_to_a_president(extract: Extract) -> None:
    f = extract(
        LEAD + "Prime Minister Lars Holm of Denmark paid a courtesy visit to Chilean President Pedro Soto on Monday.",
        PUB,
    )
    assert _meetings(f) == [({"Lars Holm", "Pedro Soto"}, "in_person", "held")]


# -- "discussions" as a meeting noun, meeting.counterpart_apposition (a list link) -------------------------------


def test_held_discussions_with_a_president(extract: Extract) -> None:
    f = extract(
        LEAD + "President Lars Holm held discussions with Chilean President Pedro Soto in Lusaka on Monday.", PUB
    )
    assert _meetings(f) == [({"Lars Holm", "Pedro Soto"}, "in_person", "held")]


def test_both_a_president_and_his_counterpart_set_off_by_commas_held_talks(extract: Extract) -> None:
    f = extract(
        LEAD + "The visit followed a working visit to Zambia, where both President Lars Holm and his counterpart, "
        "President Pedro Soto, held bilateral discussions on cooperation.",
        PUB,
    )
    assert _meetings(f) == [({"Lars Holm", "Pedro Soto"}, "in_person", "held")]
