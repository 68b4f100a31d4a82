"""Meeting constructions of session 7 (invented sentences): several parties after "with" who meet together (a
joint noun phrase after the verb, one video conference, one plural role of several states), objects each told with
its own venue and day, a meeting of states the next sentences tell as one of persons, a verb after "and" and an
adverb, a topic verb's distant "with", "after receiving the ...", and parties "joined by" another."""

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


# -- meeting.joint_noun_phrase ------------------------------------------------------------------------------------


def test_a_trilateral_meeting_after_the_verb_is_one_meeting(extract: Extract) -> None:
    f = extract(
        LEAD + "The Minister of Foreign Affairs of Kenya, Wanjiru Kamau, on Friday hosted a trilateral meeting with "
        "the Ugandan Minister of Foreign Affairs, Okello Mugisha, and the Tanzanian Minister of Foreign Affairs, "
        "Rehema Salim, in Nairobi.",
        "2026-05-09",
    )
    assert _meetings(f) == [({"Wanjiru Kamau", "Okello Mugisha", "Rehema Salim"}, "held")]
    assert _fired(f, "meeting.joint_noun_phrase")


# -- meeting.video_with_several, meeting.plural_role_object -------------------------------------------------------


def test_one_video_conference_with_the_ministers_of_two_states(extract: Extract) -> None:
    f = extract(
        LEAD + "On Monday, Norwegian Trade Minister Ingrid Solheim will hold a video conference with the trade "
        "ministers of Chile and Peru on copper supplies.",
        "2026-05-06",
    )
    assert len(f.meetings) == 1
    assert len(f.meetings[0].participants) == 3
    assert f.meetings[0].modality == "video"


def test_talks_with_the_ministers_of_two_states_are_one_meeting(extract: Extract) -> None:
    f = extract(
        LEAD + "Norwegian Foreign Minister Lars Dahl held talks with the foreign ministers of Chile and Peru in "
        "Oslo on Tuesday.",
        "2026-05-06",
    )
    assert len(f.meetings) == 1
    assert len(f.meetings[0].participants) == 3
    assert _fired(f, "meeting.plural_role_object")


def test_separate_talks_with_the_ministers_of_two_states_are_two(extract: Extract) -> None:
    f = extract(
        LEAD + "Norwegian Foreign Minister Lars Dahl held separate talks with the foreign ministers of Chile and "
        "Peru in Oslo on Tuesday.",
        "2026-05-06",
    )
    assert len(f.meetings) == 2


def test_a_call_with_the_presidents_of_two_states_named_after(extract: Extract) -> None:
    f = extract(
        LEAD + "President Lars Dahl held a video call on Monday night with the presidents of Chile and Peru, "
        "Ana Torres and Luis Vega, his office said.",
        "2026-05-06",
    )
    assert _meetings(f) == [({"Lars Dahl", "Ana Torres", "Luis Vega"}, "held")]


# -- meeting.venue_then --------------------------------------------------------------------------------------------


def test_each_object_with_its_own_venue_and_day(extract: Extract) -> None:
    f = extract(
        LEAD + "Danish Prime Minister Mette Holm will meet Peruvian President Luis Vega in Lima on Tuesday and "
        "Ecuadorian President Ana Torres in Quito on Thursday, her office said.",
        "2026-05-04",
    )
    got = {frozenset(m.participants): m for m in f.meetings}
    assert len(got) == 2
    names = {a.id: a.name for a in f.actors}
    by_guest = {next(names[p] for p in m.participants if names[p] != "Mette Holm"): m for m in f.meetings}
    assert by_guest["Luis Vega"].date is not None and by_guest["Luis Vega"].date.value == "2026-05-05"
    assert by_guest["Ana Torres"].date is not None and by_guest["Ana Torres"].date.value == "2026-05-07"
    assert by_guest["Ana Torres"].location is not None and by_guest["Ana Torres"].location.name == "Quito"
    assert _fired(f, "meeting.venue_then")


def test_a_venue_then_another_verb_adds_no_party(extract: Extract) -> None:
    f = extract(
        LEAD + "Danish Prime Minister Mette Holm met Peruvian President Luis Vega in Lima and later told reporters "
        "that the talks had gone well.",
        "2026-05-04",
    )
    assert _meetings(f) == [({"Mette Holm", "Luis Vega"}, "held")]


# -- meeting.states_named_later ---------------------------------------------------------------------------------


def test_talks_of_states_brought_together_persons(extract: Extract) -> None:
    f = extract(
        LEAD + "Bilateral talks between Chile and Peru were held at the foreign ministry in Santiago on Monday, "
        "with fisheries at the top of the agenda. The talks brought together Chile's Foreign Minister, Ana Torres, "
        "and Peru's Foreign Minister, Luis Vega.",
        "2026-05-06",
    )
    assert _meetings(f) == [({"Ana Torres", "Luis Vega"}, "held")]
    assert f.meetings[0].date is not None and f.meetings[0].date.value == "2026-05-04"
    assert _fired(f, "meeting.states_named_later")


def test_a_headline_meeting_of_states_is_the_body_one(extract: Extract) -> None:
    f = extract(
        "Chile and Peru hold video talks on fisheries\n"
        "Updated 6 May 2026\n"
        "Chilean President Ana Torres and Peruvian President Luis Vega held a video conference on Tuesday on "
        "fishing quotas.\n"
        "Both leaders said the talks had been useful.",
        "2026-05-06",
    )
    assert _meetings(f) == [({"Ana Torres", "Luis Vega"}, "held")]


def test_states_meeting_again_with_other_persons_stays(extract: Extract) -> None:
    f = extract(
        LEAD + "Talks between Chile and Peru were held in Lima on Monday. Separately, Norwegian Foreign Minister "
        "Lars Dahl met Danish Foreign Minister Mette Holm in Oslo.",
        "2026-05-06",
    )
    assert ({"Chile", "Peru"}, "held") in _meetings(f)


# -- meeting.and_adverb_verb, meeting.discussed_long_with, meeting.after_meeting -----------------------------


def test_a_verb_after_and_and_an_adverb_takes_the_sentence_subject(extract: Extract) -> None:
    f = extract(
        LEAD + "Foreign Minister Mette Holm arrived in Lima on Monday for a visit meant to ease the fishing "
        "dispute, and first met her Peruvian counterpart, Luis Vega, for three hours at the ministry.",
        "2026-05-06",
    )
    assert ({"Mette Holm", "Luis Vega"}, "held") in _meetings(f)
    assert _fired(f, "meeting.and_adverb_verb")


def test_a_long_topic_before_with_and_a_counterpart(extract: Extract) -> None:
    f = extract(
        LEAD + "In a separate call on Monday, Foreign Minister Lars Dahl discussed ferry links and the renewal of "
        "fishing licences between Oslo and Riga with his Latvian counterpart, Janis Ozols.",
        "2026-05-06",
    )
    assert ({"Lars Dahl", "Janis Ozols"}, "held") in _meetings(f)
    assert _fired(f, "meeting.discussed_long_with")


def test_a_long_topic_with_a_state_is_no_meeting(extract: Extract) -> None:
    f = extract(
        LEAD + "Foreign Minister Lars Dahl discussed fishing quotas, ferry links and future relations with Russia.",
        "2026-05-06",
    )
    assert not f.meetings


def test_after_receiving_the_titled_envoy(extract: Extract) -> None:
    f = extract(
        LEAD + "Foreign Minister Lars Dahl announced the programme on Tuesday after receiving the Chilean "
        "Ambassador to Norway, Ana Torres, at the ministry.",
        "2026-05-06",
    )
    assert _meetings(f) == [({"Lars Dahl", "Ana Torres"}, "held")]


# -- meeting.joined_by ---------------------------------------------------------------------------------------


def test_parties_joined_by_a_third(extract: Extract) -> None:
    f = extract(
        LEAD + "Chilean Foreign Minister Ana Torres met Peruvian Foreign Minister Luis Vega in Geneva on Monday. "
        "Torres and Vega were joined by the UN envoy Lars Dahl, who chaired the session.",
        "2026-05-06",
    )
    assert _meetings(f) == [({"Ana Torres", "Luis Vega", "Lars Dahl"}, "held")]
    assert _fired(f, "meeting.joined_by")


def test_joined_by_after_other_parties_adds_no_one(extract: Extract) -> None:
    f = extract(
        LEAD + "Chilean Foreign Minister Ana Torres met Peruvian Foreign Minister Luis Vega in Geneva on Monday. "
        "Danish Foreign Minister Mette Holm was joined by Lars Dahl at a concert.",
        "2026-05-06",
    )
    assert ({"Ana Torres", "Luis Vega", "Lars Dahl"}, "held") not in _meetings(f)
