"""Meeting rules, session 4 round 2: constructions of outlets the dev set lacks (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

from newsfacts.lexicon import load_lexicon
from newsfacts.rules import Facts

from .facts import names_of

Extract = Callable[..., Facts]


def _parties(f: Facts) -> list[set[str]]:
    return [names_of(f, m.participants) for m in f.meetings]


def test_delegation_of_a_party_with_acronym(extract: Extract) -> None:
    f = extract(
        "A delegation of the Workers' Party of Ruritania (WPR), led by Deputy Secretary Anton Velikov, called on "
        "President Marta Soler in Valdora this morning. Later in the day, the delegation met Speaker Hugo Brandt."
    )
    assert {"Anton Velikov", "Marta Soler"} in _parties(f)
    (m,) = [m for m in f.meetings if names_of(f, m.participants) == {"Anton Velikov", "Marta Soler"}]
    assert "meeting.delegation_head" in m.rules


def test_courtesy_call_from_a_newly_appointed_envoy(extract: Extract) -> None:
    f = extract(
        "Prime Minister Lena Varga received a courtesy call from newly appointed Austrian Ambassador Felix Horn "
        "at her office on Monday.",
        "2024-05-08",
    )
    assert _parties(f) == [{"Lena Varga", "Felix Horn"}]


def test_led_own_country_delegation(extract: Extract) -> None:
    f = extract(
        "Peru and Bolivia held consultations in Lima on Monday. Foreign Secretary Ramon Quispe led the Peru side, "
        "while Bolivia's Vice Minister Elena Mamani led her country's delegation.",
        "2024-03-06",
    )
    assert _parties(f) == [{"Ramon Quispe", "Elena Mamani"}]
    assert "meeting.side_led_by" in f.meetings[0].rules


def test_the_two_countries_with_no_meeting_before(extract: Extract) -> None:
    f = extract(
        "Ghana and Togo have agreed to open a new border post. The decision came at the third round of Joint "
        "Border Consultations (JBC) between the two countries held in Accra on Thursday.",
        "2024-02-09",
    )
    (m,) = f.meetings
    assert names_of(f, m.participants) == {"Ghana", "Togo"}
    assert m.location is not None and m.location.name == "Accra"


def test_the_two_countries_needs_exactly_two(extract: Extract) -> None:
    f = extract("Ghana, Togo and Benin have agreed to open a new border post. Trade between the two countries grew.")
    assert f.meetings == ()


def test_counted_group_far_after_a_joint_call(extract: Extract) -> None:
    f = extract(
        "Dutch Prime Minister Pieter Smit, Belgian Prime Minister Anne Claes and Luxembourg Prime Minister Marc "
        "Weber held a video conference on Monday. The leaders discussed energy. Smit urged lower tariffs. Claes "
        "praised the plan. Weber agreed. Prices rose. Markets fell. Analysts were wary. Unions protested. "
        "Claes said the three leaders would meet in person in Vienna in May.",
        "2024-04-10",
    )
    trio = {"Pieter Smit", "Anne Claes", "Marc Weber"}
    statuses = sorted(m.status for m in f.meetings if names_of(f, m.participants) == trio)
    assert statuses == ["held", "planned"]
    (planned,) = [m for m in f.meetings if m.status == "planned"]
    assert planned.location is not None and planned.location.name == "Vienna"


def test_place_after_the_verb_wins(extract: Extract) -> None:
    f = extract(
        "Dutch Prime Minister Pieter Smit and Belgian Prime Minister Anne Claes held talks on Monday. "
        "Claes said in Brussels that the two leaders would meet again in Vienna in May.",
        "2024-04-10",
    )
    (planned,) = [m for m in f.meetings if m.status == "planned"]
    assert planned.location is not None and planned.location.name == "Vienna"


def test_joint_split_one_meeting_of_three(extract: Extract) -> None:
    f = extract(
        "Chancellor Erik Lund spoke with the leaders of Norway and Finland on Tuesday evening.\n\n"
        "Swedish Chancellor Erik Lund, Norwegian Prime Minister Ola Berg and Finnish Prime Minister Aino Virta "
        "held a video conference on Tuesday evening to discuss Arctic security.",
        "2024-09-12",
    )
    assert _parties(f) == [{"Erik Lund", "Ola Berg", "Aino Virta"}]
    assert f.meetings[0].modality == "video"
    assert "meeting.joint_split" in f.meetings[0].rules


def test_joint_split_not_when_met_separately(extract: Extract) -> None:
    f = extract(
        "Envoy Clara Holm met separately with Serbian negotiator Ivo Petrov and Kosovo negotiator Dren Gashi on "
        "Monday. Clara Holm, Ivo Petrov and Dren Gashi then held trilateral talks in Vienna on Monday.",
        "2024-09-12",
    )
    assert {"Clara Holm", "Ivo Petrov", "Dren Gashi"} in _parties(f)
    assert len(f.meetings) == 3


def test_counterparts_named_in_apposition(extract: Extract) -> None:
    f = extract(
        "Estonian Foreign Minister Karl Tamm hosted his Latvian and Lithuanian counterparts, Janis Ozols and "
        "Rasa Petraitis, at the ministry on Tuesday. Ozols praised the plan. Petraitis said Vilnius agreed.",
        "2024-06-05",
    )
    assert sorted(map(sorted, _parties(f))) == [["Janis Ozols", "Karl Tamm"], ["Karl Tamm", "Rasa Petraitis"]]
    countries = {a.name: a.country for a in f.actors}
    assert countries["Janis Ozols"] == "LVA" and countries["Rasa Petraitis"] == "LTU"


def test_body_delegation_with_acronym(extract: Extract) -> None:
    f = extract(
        "Prime Minister Omar Haddad received a Northern Regional Government (NRG) delegation headed by Premier "
        "Sami Karim in Mosul on Tuesday.",
        "2024-06-05",
    )
    assert _parties(f) == [{"Omar Haddad", "Sami Karim"}]


def test_discussed_by_two_officials(extract: Extract) -> None:
    f = extract(
        "Preparations for the summit were discussed today by Deputy Prime Minister Aibek Sultanov and "
        "Ambassador of Uzbekistan to Kyrgyzstan Rustam Aliev.",
        "2024-06-05",
    )
    (m,) = f.meetings
    assert names_of(f, m.participants) == {"Aibek Sultanov", "Rustam Aliev"}
    assert m.modality == "in_person" and m.status == "held" and m.date is not None and m.date.value == "2024-06-05"
    assert "meeting.discussed_by" in m.rules


def test_discussed_by_phone(extract: Extract) -> None:
    f = extract(
        "The border issue was discussed by phone on Monday by Foreign Minister Anna Lind and her Latvian "
        "counterpart Janis Ozols.",
        "2024-06-05",
    )
    (m,) = f.meetings
    assert m.modality == "phone"


def test_discussed_by_one_is_no_meeting(extract: Extract) -> None:
    f = extract("The budget was discussed today by Finance Minister Aibek Sultanov.", "2024-06-05")
    assert f.meetings == ()


def test_letters_of_credence_from_two_envoys(extract: Extract) -> None:
    f = extract(
        "President Joseph Banda yesterday received letters of credence from the new Turkish Ambassador to Malawi, "
        "Mr Kemal Aslan, and Kenya's High Commissioner, Mrs Grace Wanjiru, at State House in Lilongwe.",
        "2024-06-05",
    )
    assert sorted(map(sorted, _parties(f))) == [["Grace Wanjiru", "Joseph Banda"], ["Joseph Banda", "Kemal Aslan"]]
    assert all("meeting.credentials_list" in m.rules for m in f.meetings)


def test_ongoing_talks_are_background(extract: Extract) -> None:
    f = extract("The two ministers discussed regional security, including the ongoing talks between Serbia and Kosovo.")
    assert f.meetings == ()


def test_talks_between_states_still_meet(extract: Extract) -> None:
    f = extract("Talks between Serbia and Kosovo were held in Brussels on Monday.", "2024-06-05")
    assert _parties(f) == [{"Serbia", "Kosovo"}]


def test_process_modifiers_are_data() -> None:
    lx = load_lexicon()
    assert {"ongoing", "stalled"} <= lx.process_modifiers


def test_speaking_to_reporters_is_no_meeting(extract: Extract) -> None:
    f = extract("Foreign Minister Anna Lind speaks to reporters on Capitol Square on Wednesday.", "2024-06-05")
    assert f.meetings == ()
    f = extract("Foreign Minister Anna Lind spoke to Danish Foreign Minister Lars Holm on Wednesday.", "2024-06-05")
    assert _parties(f) == [{"Anna Lind", "Lars Holm"}]


def test_trip_with_a_named_host(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Pablo Ruiz will travel to Tegucigalpa next week to follow up on the agreements with his "
        "Honduran counterpart, Rosa Mejia.",
        "2024-06-05",
    )
    (m,) = f.meetings
    assert names_of(f, m.participants) == {"Pablo Ruiz", "Rosa Mejia"}
    assert m.status == "planned" and "meeting.trip_with_host" in m.rules


def test_trip_with_officials_stays_a_visit(extract: Extract) -> None:
    f = extract("Foreign Minister Pablo Ruiz will travel to Honduras next week for talks with trade officials.")
    (m,) = f.meetings
    assert names_of(f, m.participants) == {"Pablo Ruiz", "Honduras"}


def test_name_inside_the_next_title_is_no_party(extract: Extract) -> None:
    f = extract(
        "President Amir Saleh received the head of Chad's Transitional Military Council, General Idriss Mahamat, "
        "at the presidential palace in Cairo on Monday.",
        "2024-06-05",
    )
    assert _parties(f) == [{"Amir Saleh", "Idriss Mahamat"}]


def test_opening_place_and_coordinated_planned_verb(extract: Extract) -> None:
    f = extract(
        "In Vienna, Dr Novak will hold talks with Austrian Foreign Minister Karl Gruber on Monday and call on "
        "Chancellor Eva Moser, the ministry said.",
        "2024-06-05",
    )
    by = {frozenset(names_of(f, m.participants)): m for m in f.meetings}
    gruber = by[frozenset({"Novak", "Karl Gruber"})]
    moser = by[frozenset({"Novak", "Eva Moser"})]
    assert gruber.status == moser.status == "planned"
    assert gruber.location is not None and gruber.location.name == "Vienna"
    assert moser.location is not None and moser.location.name == "Vienna"
    assert "meeting.shared_place" in moser.rules


def test_coordinated_past_verb_stays_held(extract: Extract) -> None:
    f = extract(
        "Dr Novak will hold talks with Foreign Minister Karl Gruber on Monday and called on Chancellor Eva Moser.",
        "2024-06-05",
    )
    (moser,) = [m for m in f.meetings if "Eva Moser" in names_of(f, m.participants)]
    assert moser.status == "held"


def test_dateline_city_for_a_meeting_with_no_place(extract: Extract) -> None:
    f = extract("VIENNA: Chancellor Eva Moser received Slovak Prime Minister Jan Hruby on Monday.", "2024-06-05")
    (m,) = f.meetings
    assert m.location is not None and m.location.name == "Vienna"
    assert "meeting.dateline_place" in m.rules


def test_no_dateline_city_when_the_article_tells_of_a_city_abroad(extract: Extract) -> None:
    f = extract(
        "VIENNA: Chancellor Eva Moser met Slovak Prime Minister Jan Hruby on Monday. Moser arrived in Bratislava "
        "on Sunday.",
        "2024-06-05",
    )
    (m,) = f.meetings
    assert m.location is None


def test_no_dateline_city_for_a_call(extract: Extract) -> None:
    f = extract("VIENNA: Chancellor Eva Moser spoke by phone with Slovak Prime Minister Jan Hruby on Monday.")
    (m,) = f.meetings
    assert m.modality == "phone" and m.location is None


def test_the_day_of_the_announcement_is_not_the_meeting_day(extract: Extract) -> None:
    f = extract(
        "The Slovak President Marek Hudak will travel to Prague in May for talks with Czech President Petr Novy, "
        "the presidential office announced on Wednesday.",
        "2024-06-05",
    )
    (m,) = f.meetings
    assert m.status == "planned" and m.date is None


def test_dialogue_consultation_and_joint_commission_are_meeting_nouns(extract: Extract) -> None:
    f = extract("Ghana and Togo on Monday held their annual security dialogue in Accra.", "2024-06-05")
    assert _parties(f) == [{"Ghana", "Togo"}]
    f = extract(
        "On Sunday, Deputy Minister Ama Owusu and Vice Minister Koffi Dogbe held the regular political "
        "consultation between the foreign ministries.",
        "2024-06-05",
    )
    assert _parties(f) == [{"Ama Owusu", "Koffi Dogbe"}]
    f = extract("Ghana and Togo will hold the next session of their Joint Commission in Lome in July.")
    (m,) = f.meetings
    assert names_of(f, m.participants) == {"Ghana", "Togo"} and m.status == "planned"


def test_a_call_for_dialogue_is_no_meeting(extract: Extract) -> None:
    f = extract("The minister urged Armenia and Azerbaijan to return to dialogue.")
    assert f.meetings == ()


def test_said_on_a_day_after_a_call(extract: Extract) -> None:
    f = extract(
        "The border post will reopen in April, Foreign Minister Tomas Reyes said on Wednesday after a telephone "
        "conversation with his Bolivian counterpart, Elena Mamani.",
        "2025-01-29",
    )
    (m,) = f.meetings
    assert names_of(f, m.participants) == {"Tomas Reyes", "Elena Mamani"}
    assert m.modality == "phone" and m.date is not None and m.date.value == "2025-01-29"
