"""Meeting constructions: "the two" after two persons, meetings of three named parties,
co-chaired sessions, "due in <city> for talks", venues before the object, next meetings agreed
on, a visitor's "where he" (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

from newsfacts.rules import Facts

Extract = Callable[..., Facts]
PUB = "2025-03-19"


def _pairs(f: Facts) -> list[set[str]]:
    names = {a.id: a.name for a in f.actors}
    return [{names[p] for p in m.participants} for m in f.meetings]


# -- 1. "the two" ----------------------------------------------------------------------------------


def test_the_two_met_after_two_arrivals(extract: Extract) -> None:
    f = extract(
        "Japanese Foreign Minister Kenta Mori arrived in Tokyo on Sunday. Vietnamese Foreign Minister Tran "
        "Van Long flew in from Hanoi.\n\nThe two met in Tokyo on Monday.",
        PUB,
    )
    assert _pairs(f) == [{"Kenta Mori", "Tran Van Long"}]
    assert "meeting.the_two" in f.meetings[0].rules and f.meetings[0].date is not None


def test_the_two_officials_held_a_bilateral_meeting(extract: Extract) -> None:
    f = extract(
        "Portuguese Foreign Minister Rui Matos arrived in Luanda on Monday. Angolan Foreign Minister Teresa "
        "Neto welcomed the visit.\n\nThe two officials held a bilateral meeting on Tuesday.",
        PUB,
    )
    assert _pairs(f) == [{"Rui Matos", "Teresa Neto"}]


def test_the_two_is_no_guess_among_three(extract: Extract) -> None:
    f = extract(
        "Japanese Foreign Minister Kenta Mori, Indian Foreign Minister Ravi Menon and Australian Foreign "
        "Minister Sarah Hill arrived in Tokyo on Sunday.\n\nThe two met on Monday."
    )
    assert f.meetings == ()


def test_joint_subject_bilateral_meeting(extract: Extract) -> None:
    f = extract("Chilean President Ana Soto and Argentine President Pablo Ruiz held a bilateral meeting in Santiago.")
    assert _pairs(f) == [{"Ana Soto", "Pablo Ruiz"}]


# -- 2. three parties ------------------------------------------------------------------------------


def test_trilateral_meeting_of_three_named(extract: Extract) -> None:
    f = extract(
        "A trilateral meeting of Greek Foreign Minister Nikos Pappas, Cypriot Foreign Minister Andreas "
        "Kyprianou and Egyptian Foreign Minister Samir Farouk was held in Athens on Monday.",
        PUB,
    )
    assert _pairs(f) == [{"Nikos Pappas", "Andreas Kyprianou", "Samir Farouk"}]
    (m,) = f.meetings
    assert "meeting.meeting_of" in m.rules and m.location is not None and m.location.name == "Athens"


def test_meeting_of_a_body_is_no_meeting(extract: Extract) -> None:
    assert extract("A meeting of the Arab League was held in Cairo.").meetings == ()


def test_meeting_of_with_a_subject_is_not_read(extract: Extract) -> None:
    f = extract("Minister Jan Kollar attended a meeting of Nikos Pappas and Andreas Kyprianou in Athens.")
    assert f.meetings == ()


def test_took_part_in_trilateral_talks(extract: Extract) -> None:
    f = extract(
        "Indian Foreign Minister Ravi Menon, Japanese Foreign Minister Kenta Mori and Australian Foreign "
        "Minister Sarah Hill took part in the trilateral talks in New Delhi."
    )
    assert _pairs(f) == [{"Ravi Menon", "Kenta Mori", "Sarah Hill"}]


def test_one_took_part_is_no_meeting(extract: Extract) -> None:
    f = extract("Indian Foreign Minister Ravi Menon took part in the talks in New Delhi.")
    assert f.meetings == ()


def test_hosted_two_for_talks(extract: Extract) -> None:
    f = extract(
        "Turkish President Kemal Aslan hosted Azerbaijani President Ilham Guliyev and Georgian Prime "
        "Minister Irakli Beridze for talks in Ankara."
    )
    assert _pairs(f) == [{"Kemal Aslan", "Ilham Guliyev", "Irakli Beridze"}]


# -- 3. co-chaired, due in -------------------------------------------------------------------------


def test_co_chaired_joint_commission_with(extract: Extract) -> None:
    f = extract(
        "Indian Foreign Minister Ravi Menon co-chaired the Joint Commission meeting with his Saudi "
        "counterpart Faisal Rahman in Riyadh on Monday.",
        PUB,
    )
    assert _pairs(f) == [{"Ravi Menon", "Faisal Rahman"}]
    (m,) = f.meetings
    assert m.status == "held" and "meeting.co_chair" in m.rules


def test_set_to_head_to_co_chair_is_planned(extract: Extract) -> None:
    f = extract(
        "Kenyan Foreign Minister Grace Wanjiru is set to head to Addis Ababa to co-chair the Joint "
        "Ministerial Commission with Ethiopian Foreign Minister Tadesse Bekele."
    )
    assert {"Grace Wanjiru", "Tadesse Bekele"} in _pairs(f)
    assert all(m.status == "planned" for m in f.meetings)


def test_due_in_city_for_talks_is_planned(extract: Extract) -> None:
    f = extract(
        "Ukrainian Foreign Minister Oleh Bondar is due in Brussels on Thursday for talks with Dutch "
        "Foreign Minister Marta Lind.",
        PUB,
    )
    assert _pairs(f) == [{"Oleh Bondar", "Marta Lind"}]
    (m,) = f.meetings
    assert m.status == "planned" and "meeting.due_in" in m.rules and m.date is not None
    assert m.date.value == "2025-03-20"


# -- 4. material before the object -----------------------------------------------------------------


def test_received_day_and_lowercase_venue_before_object(extract: Extract) -> None:
    f = extract(
        "Peruvian President Rosa Quispe received on Tuesday at the presidential palace the visiting "
        "foreign minister of Chile, Diego Salas.",
        PUB,
    )
    assert _pairs(f) == [{"Rosa Quispe", "Diego Salas"}]


def test_meeting_with_described_then_named(extract: Extract) -> None:
    f = extract(
        "Iranian Deputy Foreign Minister Reza Karimi held a meeting with the president of the ICRC, "
        "Mirjana Spoljaric, in Geneva."
    )
    assert _pairs(f) == [{"Reza Karimi", "Mirjana Spoljaric"}]


# -- 5. next meetings agreed on --------------------------------------------------------------------


def test_agreed_to_meet_again_is_a_planned_meeting(extract: Extract) -> None:
    f = extract(
        "Estonian Prime Minister Kaja Tamm met Latvian Prime Minister Andris Ozols in Riga on Monday.\n\n"
        "The two leaders agreed to meet again on the sidelines of the NATO summit.",
        PUB,
    )
    assert [m.status for m in f.meetings] == ["held", "planned"]
    assert _pairs(f) == [{"Kaja Tamm", "Andris Ozols"}] * 2
    assert f.meetings[1].occasion is not None


def test_agreed_to_hold_next_round_in_same_sentence(extract: Extract) -> None:
    f = extract(
        "Estonian Prime Minister Kaja Tamm met Latvian Prime Minister Andris Ozols in Riga on Monday, and "
        "they agreed to hold the next round of talks in Berlin on Friday.",
        PUB,
    )
    held, planned = f.meetings
    assert held.status == "held" and held.location is not None and held.location.name == "Riga"
    assert planned.status == "planned" and planned.location is not None and planned.location.name == "Berlin"
    assert planned.date is not None and planned.date.value == "2025-03-21"


def test_agreed_to_boost_during_talks_is_held(extract: Extract) -> None:
    f = extract(
        "Estonian Prime Minister Kaja Tamm and Latvian Prime Minister Andris Ozols agreed to boost trade "
        "during talks in Riga."
    )
    assert [m.status for m in f.meetings] == ["held"]


# -- 6. a call whose parties come next -------------------------------------------------------------


def test_video_call_parties_in_next_sentence(extract: Extract) -> None:
    f = extract(
        "A video call was held on Monday.\n\nSlovak Prime Minister Marek Novak, Hungarian Prime Minister "
        "Gabor Fekete and Czech Prime Minister Petr Dvorak discussed energy security.",
        PUB,
    )
    (m,) = f.meetings
    assert _pairs(f) == [{"Marek Novak", "Gabor Fekete", "Petr Dvorak"}]
    assert m.modality == "video" and m.date is not None and m.date.value == "2025-03-17"


# -- 7. "a visit by X to Y, where he ..." ----------------------------------------------------------


def test_visit_by_where_he_is_the_visitor(extract: Extract) -> None:
    f = extract(
        "The statement came ahead of a visit by Emirati Minister Hamdan Saeed to Amman, where he is due to "
        "meet Jordanian Prime Minister Ali Nasser."
    )
    assert _pairs(f) == [{"Hamdan Saeed", "Ali Nasser"}]
    assert f.meetings[0].status == "planned"


def test_where_he_without_visit_is_the_subject(extract: Extract) -> None:
    f = extract(
        "Italian Foreign Minister Marco Rossi flew to Tunis, where he met Tunisian Foreign Minister Kamel Ben Ali."
    )
    assert _pairs(f) == [{"Marco Rossi", "Kamel Ben Ali"}]
