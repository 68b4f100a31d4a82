"""Session 8: constructions that real news pages of outlets never seen before hold and the rules
missed (read from the engine's output on them): lists of states that end a sentence, counterparts
"from" a list of states without a possessive, and "bilateral meetings" with several parties.

Every sentence here is invented.
"""

from __future__ import annotations

from collections.abc import Callable

from newsfacts.rules import Facts

from .facts import names_of

Extract = Callable[..., Facts]


def _meetings(f: Facts) -> list[set[str]]:
    return [names_of(f, m.participants) for m in f.meetings]


def test_a_list_of_states_that_ends_the_sentence_gives_each_state_its_role_holder(extract: Extract) -> None:
    # the list's last name took the full stop ("Finland.") and the list was no list of states
    f = extract("Norwegian Foreign Minister Kari Holm held talks with the foreign ministers of Sweden and Finland.")
    assert _meetings(f) == [{"Kari Holm", "Foreign Minister of Sweden", "Foreign Minister of Finland"}]
    assert "actor.unnamed_list" in {r for a in f.actors for r in a.rules}


def test_a_list_of_three_states_at_the_sentence_end_is_read_whole(extract: Extract) -> None:
    f = extract("The summit was attended by the presidents of Chile, Peru and Bolivia.\n\nIt ended on Friday.")
    countries = {a.country for a in f.actors if a.kind == "person"}
    assert {"CHL", "PER", "BOL"} <= countries or not f.meetings  # no meeting is told; the people are read whole
    g = extract("Kenyan President Daniel Mwangi met the presidents of Uganda, Rwanda and Tanzania.")
    assert _meetings(g) == [{"Daniel Mwangi", "President of Uganda", "President of Rwanda", "President of Tanzania"}]


def test_counterparts_from_a_list_without_a_possessive_are_one_meeting_each(extract: Extract) -> None:
    f = extract(
        "On the first day of his visit, Indian Foreign Minister Ravi Menon held talks with counterparts from "
        "the United Arab Emirates, Brazil and Senegal."
    )
    assert sorted(map(sorted, _meetings(f))) == [
        ["Foreign Minister of Brazil", "Ravi Menon"],
        ["Foreign Minister of Senegal", "Ravi Menon"],
        ["Foreign Minister of the United Arab Emirates", "Ravi Menon"],
    ]


def test_bilateral_meetings_with_several_role_holders_are_one_meeting_each(extract: Extract) -> None:
    f = extract(
        "Indian Foreign Minister Ravi Menon held bilateral meetings with the foreign ministers of Saudi Arabia, "
        "Brazil and Senegal on Thursday.",
        "2025-03-14",
    )
    assert len(f.meetings) == 3
    assert {p for m in _meetings(f) for p in m} == {
        "Ravi Menon",
        "Foreign Minister of Saudi Arabia",
        "Foreign Minister of Brazil",
        "Foreign Minister of Senegal",
    }


def test_talks_with_several_role_holders_without_bilateral_stay_one_meeting(extract: Extract) -> None:
    f = extract(
        "Norwegian Foreign Minister Kari Holm held talks with the foreign ministers of Sweden and Finland on Monday."
    )
    assert len(f.meetings) == 1
    g = extract("Kari Holm held a bilateral meeting with Swedish Foreign Minister Lars Berg on Monday.")
    assert _meetings(g) == [{"Kari Holm", "Lars Berg"}]


def test_a_call_to_a_states_official_named_after_its_possessive(extract: Extract) -> None:
    f = extract(
        "Indian Prime Minister Narendra Modi called Nepal's new Prime Minister K P Sharma Oli yesterday to "
        "congratulate him.",
        "2025-03-12",
    )
    assert _meetings(f) == [{"Narendra Modi", "K P Sharma Oli"}]
    assert f.meetings[0].modality == "phone"


def test_called_up_to_congratulate_is_a_call(extract: Extract) -> None:
    f = extract(
        "Brazilian President Ana Costa called up Chilean President Rosa Alvarado on Monday to congratulate her.",
        "2025-03-12",
    )
    assert _meetings(f) == [{"Ana Costa", "Rosa Alvarado"}]
    assert f.meetings[0].modality == "phone"
    assert f.meetings[0].date is not None and f.meetings[0].date.value == "2025-03-10"


def test_the_honourable_is_no_part_of_a_name(extract: Extract) -> None:
    f = extract(
        "Minister of Foreign Affairs Kari Holm held talks with the Honourable Stephane Dion, Minister of Foreign "
        "Affairs of Canada, on Monday.",
        "2025-03-12",
    )
    assert _meetings(f) == [{"Kari Holm", "Stephane Dion"}]


def test_a_pair_format_before_the_meeting_noun_is_no_party(extract: Extract) -> None:
    # the official newsroom's name of the talks: "a Japan-Canada Foreign Ministers’ telephone talk"
    f = extract(
        "Mr. Kari Holm, Minister for Foreign Affairs, held a Norway-Sweden Foreign Ministers’ telephone talk with "
        "Lars Berg, Minister of Foreign Affairs of Sweden."
    )
    assert _meetings(f) == [{"Kari Holm", "Lars Berg"}]
    assert f.meetings[0].modality == "phone"
    assert not [a for a in f.actors if "Ministers" in (a.name or "")]


def test_a_call_told_after_the_meeting_clause_is_another_talk(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Retno Marsudi met British Foreign Secretary Liz Truss in London on Tuesday.\n\n"
        "On Wednesday, the minister headed to Paris to meet her French counterpart Jean Yves Le Drian and follow up "
        "on discussions in March and a phone call between President Joko Widodo and French President Emmanuel "
        "Macron.",
        "2025-03-14",
    )
    paris = [m for m in f.meetings if "Jean Yves Le Drian" in names_of(f, m.participants)]
    assert len(paris) == 1 and paris[0].modality == "in_person"
    # the call named with its own parties after "between" is a meeting of its own (meeting.between_later)
    call = [m for m in f.meetings if "Emmanuel Macron" in names_of(f, m.participants)]
    assert [(names_of(f, m.participants), m.modality) for m in call] == [({"Joko Widodo", "Emmanuel Macron"}, "phone")]


def test_the_words_right_after_the_parties_still_say_how_they_met(extract: Extract) -> None:
    f = extract("Kari Holm met Lars Berg on Monday in a video conference.", "2025-03-14")
    assert [m.modality for m in f.meetings] == ["video"]
    g = extract("Kari Holm spoke with Lars Berg in a telephone conversation on Monday.", "2025-03-14")
    assert [m.modality for m in g.meetings] == ["phone"]


def test_an_upcoming_or_anticipated_call_is_planned(extract: Extract) -> None:
    f = extract(
        "The spokesperson on Thursday updated the press on the highly anticipated phone call between Vietnamese "
        "President Nguyen Van Thanh and US President Joe Biden.",
        "2025-03-14",
    )
    assert [(m.modality, m.status) for m in f.meetings] == [("phone", "planned")]
    assert "meeting.planned_noun" in f.meetings[0].rules
    g = extract(
        "The ministers discussed the phone call between Chilean President Rosa Alvarado and Argentine President "
        "Tomas Ferreyra on Monday.",
        "2025-03-14",
    )
    assert [m.status for m in g.meetings] == ["held"]


def test_said_a_name_then_a_post_opened_by_a_capitalised_word(extract: Extract) -> None:
    f = extract("The talks lasted an hour, said Steve Goldstein, U.S. undersecretary of state for public diplomacy.")
    (st,) = f.statements
    assert names_of(f, st.speakers) == {"Steve Goldstein"}
    assert st.content == "The talks lasted an hour"


def test_alleged_mentioned_concurred_and_shared_the_view_are_cues(extract: Extract) -> None:
    f = extract("Nepal has alleged that India has imposed an economic blockade.")
    assert [(s.kind, s.content) for s in f.statements] == [("disapprove", "India has imposed an economic blockade")]
    g = extract("Chilean President Rosa Alvarado concurred that the talks went well.")
    assert [(s.cue, s.content) for s in g.statements] == [("concurred", "the talks went well")]
    h = extract("Kari Holm, Norway's foreign minister, mentioned that the talks were productive.")
    assert [s.content for s in h.statements] == ["the talks were productive"]
    i = extract(
        "Chilean President Rosa Alvarado met Argentine President Tomas Ferreyra on Monday. The two presidents shared "
        "the view that the deployment poses a threat."
    )
    (st,) = i.statements
    assert names_of(i, st.speakers) == {"Rosa Alvarado", "Tomas Ferreyra"}


def test_a_host_who_welcomed_a_guest_for_talks_approved_nothing(extract: Extract) -> None:
    f = extract(
        "Federal Chancellor Anna Becker welcomed French President Louis Martin to exchange views on current issues "
        "at the government's guest house."
    )
    assert _meetings(f) == [{"Anna Becker", "Louis Martin"}]
    assert f.statements == ()
    g = extract("Kari Holm welcomed Swedish Prime Minister Lars Berg for talks on Monday.", "2025-03-14")
    assert _meetings(g) == [{"Kari Holm", "Lars Berg"}] and g.statements == ()
    h = extract("Federal Chancellor Anna Becker welcomed France's decision to extend the truce.")
    assert [(s.kind, s.content) for s in h.statements] == [("approve", "France's decision to extend the truce")]


def test_a_said_colon_ending_its_paragraph_introduces_the_next_one(extract: Extract) -> None:
    f = extract(
        "Prime Minister David Clarke has held talks with German Chancellor Anna Becker in Berlin.\n\n"
        "The PM said:\n\n"
        "I want Britain to be a positive player in Europe. I want us to work together.\n\n"
        "The two leaders also discussed Afghanistan."
    )
    (st,) = f.statements
    assert names_of(f, st.speakers) == {"David Clarke"}
    assert st.content == "I want Britain to be a positive player in Europe. I want us to work together"
    assert "statement.colon_paragraph" in st.rules
