"""Meeting constructions of session 6 (invented sentences): the next round of a format between states, a format
of two named states convened, counterparts counted as one group after, counterparts from several states named in
order, names in a counterparts' apposition no actor rule read, a video conference with several counterparts, a
date between the subject and the verb, a delegation of a state headed by a titled head, talks "during" after the
main clause, sessions co-chaired by and meetings that brought together, and role-holders the leaders tasked to
meet."""

from __future__ import annotations

from collections.abc import Callable

from newsfacts.rules import Facts

Extract = Callable[..., Facts]

LEAD = "Talks went on.\n\n"


def _meetings(f: Facts) -> list[tuple[set[str], str]]:
    names = {a.id: a.name for a in f.actors}
    return [({names[p] for p in m.participants}, m.status) for m in f.meetings]


def _fired(f: Facts, rule: str) -> bool:
    return rule in {r.rule for r in f.trace.firings}


# -- meeting.next_round_states ----------------------------------------------------------------------------


def test_the_next_round_of_a_format_is_the_states_meeting(extract: Extract) -> None:
    f = extract(
        LEAD + "Norwegian Foreign Minister Lars Dahl met Danish Foreign Minister Mette Holm in Oslo on Monday. "
        "The next round of the Nordic Dialogue will be held in Copenhagen in 2027.",
        "2026-05-06",
    )
    assert ({"Lars Dahl", "Mette Holm"}, "held") in _meetings(f)
    assert ({"Norway", "Denmark"}, "planned") in _meetings(f)
    assert _fired(f, "meeting.next_round_states")


def test_the_sides_holding_the_next_meeting_of_their_commission_are_the_states(extract: Extract) -> None:
    f = extract(
        LEAD + "Norwegian Foreign Minister Lars Dahl met Danish Foreign Minister Mette Holm in Oslo on Monday. "
        "The two sides agreed to hold the next meeting of their joint commission in Aarhus in the autumn.",
        "2026-05-06",
    )
    assert ({"Norway", "Denmark"}, "planned") in _meetings(f)
    assert ({"Lars Dahl", "Mette Holm"}, "planned") not in _meetings(f)


def test_the_parties_holding_the_next_round_with_no_meeting_word(extract: Extract) -> None:
    f = extract(
        LEAD + "Norwegian Foreign Minister Lars Dahl met Danish Foreign Minister Mette Holm in Oslo on Monday. "
        "The parties agreed to hold the next round in Aarhus in 2027.",
        "2026-05-06",
    )
    assert ({"Norway", "Denmark"}, "planned") in _meetings(f)


def test_the_next_meeting_between_the_two_governments_is_the_states(extract: Extract) -> None:
    f = extract(
        LEAD + "Norwegian Foreign Minister Lars Dahl met Danish Foreign Minister Mette Holm in Oslo on Monday. "
        "The two ministers also announced that the next meeting between the two governments will be held in "
        "Aarhus in the spring.",
        "2026-05-06",
    )
    assert ({"Norway", "Denmark"}, "planned") in _meetings(f)


def test_ministers_holding_the_next_round_stay_the_parties(extract: Extract) -> None:
    f = extract(
        LEAD + "Norwegian Foreign Minister Lars Dahl met Danish Foreign Minister Mette Holm in Oslo on Monday. "
        "The two ministers agreed to hold the next round of the dialogue in Aarhus in the autumn.",
        "2026-05-06",
    )
    assert ({"Lars Dahl", "Mette Holm"}, "planned") in _meetings(f)
    assert not _fired(f, "meeting.next_round_states")


def test_a_next_trilateral_meeting_stays_the_persons(extract: Extract) -> None:
    f = extract(
        LEAD + "Norwegian Foreign Minister Lars Dahl, Danish Foreign Minister Mette Holm and Icelandic Foreign "
        "Minister Anna Berg held a trilateral meeting in Oslo on Monday. "
        "The next trilateral meeting will be held in Reykjavik in 2027.",
        "2026-05-06",
    )
    assert ({"Lars Dahl", "Mette Holm", "Anna Berg"}, "planned") in _meetings(f)


# -- meeting.states_format ----------------------------------------------------------------------------------


def test_two_states_agreeing_to_convene_their_commission(extract: Extract) -> None:
    f = extract(
        LEAD + "Norwegian Foreign Minister Lars Dahl met Danish Foreign Minister Mette Holm in Oslo on Monday. "
        "The two ministers agreed to convene the Norway-Denmark fisheries commission in Bergen in June.",
        "2026-05-06",
    )
    assert ({"Norway", "Denmark"}, "planned") in _meetings(f)
    assert _fired(f, "meeting.states_format")


def test_a_committee_of_two_states_that_will_be_convened(extract: Extract) -> None:
    f = extract(
        LEAD + "Norwegian Foreign Minister Lars Dahl met Danish Foreign Minister Mette Holm in Oslo on Monday. "
        "Both ministers announced that the Norway-Denmark border committee, which has not met since 2019, will be "
        "convened in Bergen in June.",
        "2026-05-06",
    )
    assert ({"Norway", "Denmark"}, "planned") in _meetings(f)
    # the ministers' talks stay the ones "both ministers" are
    assert any(st.cue == "announced" and len(st.speakers) == 2 for st in f.statements)


def test_preparing_a_session_of_a_committee_is_no_meeting_of_it(extract: Extract) -> None:
    f = extract(
        LEAD + "Norwegian Foreign Minister Lars Dahl met Danish Foreign Minister Mette Holm in Oslo on Monday. "
        "They discussed preparations for the session of the Norway-Denmark fisheries committee, which is due to "
        "convene in Bergen in June.",
        "2026-05-06",
    )
    assert not _fired(f, "meeting.states_format")


# -- meeting.counted_join, meeting.counterparts_bare_name ---------------------------------------------------


def test_counterparts_counted_after_are_one_meeting(extract: Extract) -> None:
    f = extract(
        LEAD + "Norwegian Foreign Minister Lars Dahl hosted his Danish and Finnish counterparts, Mette Holm and "
        "Aino Korhonen, at the ministry on Tuesday. The three ministers condemned the attack on the pipeline.",
        "2026-05-06",
    )
    assert _meetings(f) == [({"Lars Dahl", "Mette Holm", "Aino Korhonen"}, "held")]
    assert _fired(f, "meeting.counted_join")


def test_separate_talks_stay_separate_whatever_follows(extract: Extract) -> None:
    f = extract(
        LEAD + "Norwegian Foreign Minister Lars Dahl held separate talks with his Danish and Finnish counterparts, "
        "Mette Holm and Aino Korhonen, on Tuesday. The three ministers later attended a dinner.",
        "2026-05-06",
    )
    assert sorted(map(sorted, (p for p, _s in _meetings(f)))) == [
        ["Aino Korhonen", "Lars Dahl"],
        ["Lars Dahl", "Mette Holm"],
    ]


def test_names_in_the_apposition_no_actor_rule_read(extract: Extract) -> None:
    f = extract(
        LEAD + "Foreign Minister Lars Dahl held separate talks with his Turkish and Uzbek counterparts, Kaan "
        "Yıldırımtepe and Sardor Qurbonboyev, on Thursday.",
        "2026-05-08",
    )
    persons = {a.name: a.country for a in f.actors if a.kind == "person"}
    assert persons["Kaan Yıldırımtepe"] == "TUR" and persons["Sardor Qurbonboyev"] == "UZB"
    assert sorted(map(sorted, (p for p, _s in _meetings(f)))) == [
        ["Kaan Yıldırımtepe", "Lars Dahl"],
        ["Lars Dahl", "Sardor Qurbonboyev"],
    ]


# -- meeting.counterparts_from_named, video calls with several counterparts ------------------------------------


def test_counterparts_from_states_then_their_names(extract: Extract) -> None:
    f = extract(
        LEAD + "Norwegian Foreign Minister Lars Dahl held a videoconference on Friday with his counterparts from "
        "Denmark, Finland and Iceland, Mette Holm, Aino Korhonen and Sigrun Jonsdottir, to discuss the Arctic.",
        "2026-05-09",
    )
    assert _meetings(f) == [({"Lars Dahl", "Mette Holm", "Aino Korhonen", "Sigrun Jonsdottir"}, "held")]
    assert f.meetings[0].modality == "video"
    countries = {a.name: a.country for a in f.actors}
    assert countries["Aino Korhonen"] == "FIN" and countries["Sigrun Jonsdottir"] == "ISL"


def test_a_video_conference_with_unnamed_counterparts_is_one_meeting(extract: Extract) -> None:
    f = extract(
        LEAD + "Norwegian Prime Minister Lars Dahl held a video conference on Friday with his Danish and Finnish "
        "counterparts on energy prices.",
        "2026-05-09",
    )
    assert _meetings(f) == [({"Lars Dahl", "Prime Minister of Denmark", "Prime Minister of Finland"}, "held")]


def test_phone_talks_with_several_counterparts_stay_one_each(extract: Extract) -> None:
    f = extract(
        LEAD + "Norwegian Foreign Minister Lars Dahl held phone talks on Friday with his Danish and Finnish "
        "counterparts.",
        "2026-05-09",
    )
    assert len(f.meetings) == 2


# -- a date between subject and verb; a delegation of a state -----------------------------------------------


def test_a_day_and_month_between_subject_and_verb(extract: Extract) -> None:
    f = extract(LEAD + "President Lars Dahl on March 12 received Trade Minister Mette Holm of Denmark.", "2026-03-14")
    assert _meetings(f) == [({"Lars Dahl", "Mette Holm"}, "held")]
    assert f.meetings[0].date is not None and f.meetings[0].date.value == "2026-03-12"


def test_the_delegation_of_a_state_headed_by_a_titled_head(extract: Extract) -> None:
    f = extract(
        LEAD + "President of the Republic of Norway Lars Dahl on March 12 received the delegation of the Kingdom "
        "of Denmark headed by the Minister of Industry Mette Holm, who is in Oslo for a business forum.",
        "2026-03-14",
    )
    assert _meetings(f) == [({"Lars Dahl", "Mette Holm"}, "held")]


# -- meeting.during_talks_with ----------------------------------------------------------------------------------


def test_talks_with_after_the_main_clause(extract: Extract) -> None:
    f = extract(
        LEAD + "Foreign Minister Lars Dahl urged Denmark on Monday to drop the levy, during talks in Copenhagen "
        "with his Danish counterpart Mette Holm.",
        "2026-05-06",
    )
    assert _meetings(f) == [({"Lars Dahl", "Mette Holm"}, "held")]
    assert "meeting.during_talks_with" in f.meetings[0].rules


def test_in_a_call_with_after_the_main_clause_is_not_read_so(extract: Extract) -> None:
    f = extract(
        LEAD + "Foreign Minister Lars Dahl said on Monday that Norway was ready to help, in a statement with "
        "figures from the ministry.",
        "2026-05-06",
    )
    assert f.meetings == ()


# -- meeting.co_chaired_by, meeting.brought_together --------------------------------------------------------


def test_a_session_co_chaired_by_two_ministers(extract: Extract) -> None:
    f = extract(
        LEAD + "The joint commission opened in Oslo on Monday. The session was co-chaired by Foreign Minister "
        "Lars Dahl and his Danish counterpart, Mette Holm.",
        "2026-05-06",
    )
    assert _meetings(f) == [({"Lars Dahl", "Mette Holm"}, "held")]
    assert "meeting.co_chaired_by" in f.meetings[0].rules


def test_a_meeting_that_brought_together_two_officials(extract: Extract) -> None:
    f = extract(
        LEAD + "The meeting brought together Lars Dahl, head of the Norwegian fisheries agency, and Denmark's "
        "Consul General in Oslo, Mette Holm.",
        "2026-05-06",
    )
    assert _meetings(f) == [({"Lars Dahl", "Mette Holm"}, "held")]
    assert "meeting.brought_together" in f.meetings[0].rules


def test_a_session_of_one_states_officials_is_no_meeting(extract: Extract) -> None:
    f = extract(
        LEAD + "The session was co-chaired by Norwegian Foreign Minister Lars Dahl and Norwegian Trade Minister "
        "Anna Berg.",
        "2026-05-06",
    )
    assert f.meetings == ()


# -- meeting.delegated_meeting ----------------------------------------------------------------------------------


def test_leaders_agreeing_that_their_ministers_meet(extract: Extract) -> None:
    f = extract(
        LEAD + "Prime Minister Lars Dahl of Norway spoke by phone with Danish Prime Minister Mette Holm on Monday. "
        "The two leaders agreed that energy ministers from both sides would meet in Bergen next week.",
        "2026-05-06",
    )
    assert ({"Lars Dahl", "Mette Holm"}, "held") in _meetings(f)
    assert ({"Energy Minister of Norway", "Energy Minister of Denmark"}, "planned") in _meetings(f)


def test_leaders_instructing_their_ministers_to_meet_and_one_named_later(extract: Extract) -> None:
    f = extract(
        LEAD + "Prime Minister Lars Dahl of Norway spoke by phone with Danish Prime Minister Mette Holm on Monday, "
        "and both leaders agreed to instruct their trade ministers to meet in Bergen next week. "
        "Norwegian Trade Minister Anna Berg said she was ready.",
        "2026-05-06",
    )
    assert ({"Anna Berg", "Trade Minister of Denmark"}, "planned") in _meetings(f)


def test_commanders_of_both_sides_are_no_one_person_office(extract: Extract) -> None:
    f = extract(
        LEAD + "Prime Minister Lars Dahl of Norway spoke by phone with Danish Prime Minister Mette Holm on Monday. "
        "The two leaders agreed that military commanders of both sides would meet at the border next week.",
        "2026-05-06",
    )
    assert _meetings(f) == [({"Lars Dahl", "Mette Holm"}, "held")]


# -- meeting.counterpart_met_before ---------------------------------------------------------------------------


def test_an_unnamed_counterpart_is_the_one_of_that_state_met_before(extract: Extract) -> None:
    f = extract(
        LEAD + "Foreign Minister Lars Dahl hosted his Danish counterpart, Mette Holm, in Oslo on Thursday. "
        "Dahl is expected to travel to Copenhagen in April for a trilateral meeting with his Danish and Finnish "
        "counterparts.",
        "2026-03-14",
    )
    assert ({"Lars Dahl", "Mette Holm", "Foreign Minister of Finland"}, "planned") in _meetings(f)


# -- meeting.together_with ----------------------------------------------------------------------------------------


def test_a_third_party_together_with_the_two_who_met(extract: Extract) -> None:
    f = extract(
        LEAD + "Norwegian Prime Minister Lars Dahl and Danish Prime Minister Mette Holm met on Monday in Oslo, "
        "together with the UN special envoy for the Arctic, Anna Berg, to discuss shipping.",
        "2026-03-14",
    )
    assert _meetings(f) == [({"Lars Dahl", "Mette Holm", "Anna Berg"}, "held")]
    assert _fired(f, "meeting.together_with")
