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
        ["Foreign Minister of United Arab Emirates", "Ravi Menon"],
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
