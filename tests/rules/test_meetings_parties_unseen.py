"""Plural and role-only parties, host-side verbs, planned trips, participles, coordinated verbs and
topics that are no parties: meeting constructions of unseen outlets, with near misses (invented
sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfacts.rules import Facts

Extract = Callable[..., Facts]

PUB = "2024-03-13"  # a Wednesday


def _pairs(f: Facts) -> list[set[str]]:
    names = {a.id: a.name for a in f.actors}
    return [{names[p] for p in m.participants} for m in f.meetings]


def _rules(f: Facts) -> set[str]:
    return {r for m in f.meetings for r in m.rules}


# -- X and Y, an apposition, met; X and Y met Z ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hungarian Foreign Minister Tomas Varga and Pablo Soto, his Chilean counterpart, met on Monday in Vienna.",
        "Hungarian Foreign Minister Tomas Varga, and Chilean Foreign Minister Pablo Soto, his counterpart, "
        "met on Monday in Vienna.",
        "Tomas Varga, the Hungarian foreign minister, and Chilean Foreign Minister Pablo Soto met on Monday in Vienna.",
    ],
)
def test_apposition_inside_joint_subject(extract: Extract, text: str) -> None:
    f = extract(text, PUB)
    assert _pairs(f) == [{"Tomas Varga", "Pablo Soto"}]
    assert f.meetings[0].location is not None and f.meetings[0].location.name == "Vienna"


@pytest.mark.parametrize(
    "text",
    [
        "Hungarian Foreign Minister Tomas Varga and Chilean Foreign Minister Pablo Soto met Peruvian President "
        "Luis Vega in Lima on Monday.",
        "Hungarian Foreign Minister Tomas Varga and Chilean Foreign Minister Pablo Soto jointly met Peruvian "
        "President Luis Vega on Monday.",
    ],
)
def test_joint_subject_with_object_is_one_meeting_of_three(extract: Extract, text: str) -> None:
    f = extract(text, PUB)
    assert _pairs(f) == [{"Tomas Varga", "Pablo Soto", "Luis Vega"}]
    assert "meeting.joint_subject_object" in _rules(f)


def test_joint_subject_meeting_in_a_city_stays_two(extract: Extract) -> None:
    f = extract(
        "Hungarian Foreign Minister Tomas Varga and Chilean Foreign Minister Pablo Soto met in Lima on Monday.", PUB
    )
    assert _pairs(f) == [{"Tomas Varga", "Pablo Soto"}]


# -- the pair, the three -------------------------------------------------------------------------------


def test_the_pair_are_expected_to_meet(extract: Extract) -> None:
    f = extract(
        "Hungarian Foreign Minister Tomas Varga praised Peruvian Foreign Minister Luis Vega on Tuesday. "
        "The pair are expected to meet in Lima on Friday.",
        PUB,
    )
    assert _pairs(f) == [{"Tomas Varga", "Luis Vega"}]
    m = f.meetings[0]
    assert (m.status, m.date.value if m.date else None) == ("planned", "2024-03-15")


def test_the_three_will_meet_again(extract: Extract) -> None:
    f = extract(
        "Hungarian Foreign Minister Tomas Varga met Chilean Foreign Minister Pablo Soto and Peruvian Foreign "
        "Minister Luis Vega in Lima on Monday. The three will meet again on May 22.",
        PUB,
    )
    assert sorted(m.status for m in f.meetings) == ["held", "planned"]
    assert all(p == {"Tomas Varga", "Pablo Soto", "Luis Vega"} for p in _pairs(f))


def test_the_three_with_two_parties_told_is_nothing_new(extract: Extract) -> None:
    f = extract(
        "Hungarian Foreign Minister Tomas Varga met Chilean Foreign Minister Pablo Soto in Lima on Monday. "
        "The three will meet again on May 22.",
        PUB,
    )
    assert _pairs(f) == [{"Tomas Varga", "Pablo Soto"}]


# -- also attended; including; separately ----------------------------------------------------------------


@pytest.mark.parametrize(
    "tail",
    [
        "Peruvian Foreign Minister Luis Vega also attended.",
        "Peruvian Foreign Minister Luis Vega was also present.",
        "Peruvian Foreign Minister Luis Vega was also in attendance.",
    ],
)
def test_also_attended_joins_the_last_meeting(extract: Extract, tail: str) -> None:
    f = extract(
        "Hungarian Foreign Minister Tomas Varga met Chilean Foreign Minister Pablo Soto in Lima on Monday. " + tail,
        PUB,
    )
    assert _pairs(f) == [{"Tomas Varga", "Pablo Soto", "Luis Vega"}]
    assert "meeting.also_attended" in _rules(f)


def test_also_attended_something_else_is_no_party(extract: Extract) -> None:
    f = extract(
        "Hungarian Foreign Minister Tomas Varga met Chilean Foreign Minister Pablo Soto in Lima on Monday. "
        "Peruvian Foreign Minister Luis Vega also attended the opening of the new embassy.",
        PUB,
    )
    assert _pairs(f) == [{"Tomas Varga", "Pablo Soto"}]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Hungarian Foreign Minister Tomas Varga also met opposition leaders, including former lawmaker "
            "Maria Corina Machado.",
            [{"Tomas Varga", "Maria Corina Machado"}],
        ),
        (
            # one meeting with each named one (as the annotators of real articles read "met several officials
            # including A, B and C")
            "Hungarian Foreign Minister Tomas Varga also met senior Venezuelan opposition figures, including "
            "Governor Maria Machado and Mayor Edmundo Gonzalez, on Tuesday.",
            [{"Tomas Varga", "Maria Machado"}, {"Tomas Varga", "Edmundo Gonzalez"}],
        ),
    ],
)
def test_met_a_group_including_named_ones(extract: Extract, text: str, parties: list[set[str]]) -> None:
    f = extract(text, PUB)
    assert _pairs(f) == parties
    assert "meeting.including" in _rules(f)


@pytest.mark.parametrize(
    "text",
    [
        "Hungarian Foreign Minister Tomas Varga met officials from several countries, including Chile and Peru.",
        "Hungarian Foreign Minister Tomas Varga met business leaders in Caracas, including oil executives.",
    ],
)
def test_including_no_named_person_is_no_meeting(extract: Extract, text: str) -> None:
    assert _pairs(extract(text, PUB)) == []


def test_received_both_meeting_each_separately(extract: Extract) -> None:
    f = extract(
        "Chilean President Gabriel Boric received Hungarian Foreign Minister Tomas Varga and Peruvian Foreign "
        "Minister Luis Vega, meeting each separately.",
        PUB,
    )
    assert sorted(map(sorted, _pairs(f))) == [["Gabriel Boric", "Luis Vega"], ["Gabriel Boric", "Tomas Varga"]]


# -- mediated talks ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Sudanese President Omar Bashir and Chadian President Idriss Deby, mediated by Norwegian "
        "Foreign Minister Erik Dahl, were held in Oslo on Monday.",
        "Norwegian Foreign Minister Erik Dahl hosted indirect talks between Sudanese President Omar Bashir and "
        "Chadian President Idriss Deby in Oslo on Monday.",
    ],
)
def test_mediator_takes_part(extract: Extract, text: str) -> None:
    assert _pairs(extract(text, PUB)) == [{"Omar Bashir", "Idriss Deby", "Erik Dahl"}]


# -- participles and coordinated verbs -----------------------------------------------------------------------


def test_visit_then_participle_with_venues(extract: Extract) -> None:
    f = extract(
        "Hungarian Foreign Minister Tomas Varga began a visit to Kenya on Tuesday, meeting President William Ruto "
        "at State House and Speaker Moses Wetangula at parliament.",
        PUB,
    )
    assert sorted(map(sorted, _pairs(f))) == [["Moses Wetangula", "Tomas Varga"], ["Tomas Varga", "William Ruto"]]
    assert all(m.date is not None and m.date.value == "2024-03-12" for m in f.meetings)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Hungarian Foreign Minister Tomas Varga toured the region last week, holding talks with Kenyan "
            "President William Ruto.",
            "held",
        ),
        (
            "Hungarian Foreign Minister Tomas Varga will travel to Nairobi on Tuesday, meeting Kenyan President "
            "William Ruto.",
            "planned",
        ),
    ],
)
def test_participle_meeting(extract: Extract, text: str, status: str) -> None:
    f = extract(text, PUB)
    assert _pairs(f) == [{"Tomas Varga", "William Ruto"}]
    assert f.meetings[0].status == status


@pytest.mark.parametrize(
    "text",
    [
        "Hungarian Foreign Minister Tomas Varga spoke at the university, meeting students.",
        "Hungarian Foreign Minister Tomas Varga praised the agreement, meeting expectations of Kenyan President "
        "William Ruto.",
    ],
)
def test_participle_near_misses(extract: Extract, text: str) -> None:
    assert _pairs(extract(text, PUB)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hungarian Speaker Laszlo Kover held talks with Chilean Foreign Minister Pablo Soto and was also received "
        "by Chilean President Gabriel Boric.",
        "A delegation led by Hungarian Speaker Laszlo Kover held talks with Chilean Foreign Minister Pablo Soto "
        "and was also received by Chilean President Gabriel Boric.",
        "Hungarian Speaker Laszlo Kover met Chilean Foreign Minister Pablo Soto on Monday and later held talks "
        "with Chilean President Gabriel Boric.",
    ],
)
def test_coordinated_verbs_are_two_meetings(extract: Extract, text: str) -> None:
    f = extract(text, PUB)
    assert sorted(map(sorted, _pairs(f))) == [["Gabriel Boric", "Laszlo Kover"], ["Laszlo Kover", "Pablo Soto"]]


@pytest.mark.parametrize(
    "text",
    [
        "Hungarian Speaker Laszlo Kover met and held talks with Chilean Foreign Minister Pablo Soto on Monday.",
        "Hungarian Speaker Laszlo Kover met Chilean Foreign Minister Pablo Soto and discussed trade.",
    ],
)
def test_one_verb_phrase_is_one_meeting(extract: Extract, text: str) -> None:
    assert _pairs(extract(text, PUB)) == [{"Laszlo Kover", "Pablo Soto"}]


# -- the reported subject of "where he will" -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Ministry spokesperson Maria Lopez said Hungarian Foreign Minister Tomas Varga will travel to "
        "Lima on Friday, where he will hold talks with Peruvian Foreign Minister Luis Vega.",
        "Foreign Ministry spokesperson Maria Lopez told reporters that Hungarian Foreign Minister Tomas Varga "
        "will travel to Lima on Friday, where he will meet Peruvian Foreign Minister Luis Vega.",
    ],
)
def test_where_he_is_the_reported_traveller(extract: Extract, text: str) -> None:
    f = extract(text, PUB)
    assert _pairs(f) == [{"Tomas Varga", "Luis Vega"}]
    assert f.meetings[0].status == "planned"


def test_where_she_is_the_speaker_when_she_travels(extract: Extract) -> None:
    f = extract(
        "Foreign Ministry spokesperson Maria Lopez said she would travel to Lima on Friday, where she will meet "
        "Peruvian Foreign Minister Luis Vega.",
        PUB,
    )
    assert _pairs(f) == [{"Maria Lopez", "Luis Vega"}]


# -- planned trips, invitations -------------------------------------------------------------------------------


def test_travel_on_to_a_capital(extract: Extract) -> None:
    f = extract("Hungarian Foreign Minister Tomas Varga is due to travel on to Tallinn on Thursday.", PUB)
    assert _pairs(f) == [{"Tomas Varga", "Estonia"}]
    m = f.meetings[0]
    assert (m.status, m.location.name if m.location else None) == ("planned", "Tallinn")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Hungarian Foreign Minister Tomas Varga accepted an invitation to visit Rome.", "Italy"),
        (
            "Hungarian Foreign Minister Tomas Varga accepted his Italian counterpart's invitation to visit Italy "
            "next year.",
            "Italy",
        ),
    ],
)
def test_accepted_invitation_is_a_planned_visit(extract: Extract, text: str, country: str) -> None:
    f = extract(text, PUB)
    assert _pairs(f) == [{"Tomas Varga", country}]
    assert f.meetings[0].status == "planned"
    assert "meeting.accepted_invitation" in _rules(f)


@pytest.mark.parametrize(
    "text",
    [
        "Hungarian Foreign Minister Tomas Varga has not yet accepted an invitation to visit Rome.",
        "Hungarian Foreign Minister Tomas Varga invited Italian Foreign Minister Marco Rossi to visit Budapest.",
    ],
)
def test_invitation_near_misses(extract: Extract, text: str) -> None:
    assert _pairs(extract(text, PUB)) == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Hungarian Foreign Minister Tomas Varga paid a visit to Chile at the invitation of Chilean Foreign "
            "Minister Pablo Soto.",
            "held",
        ),
        (
            "Hungarian Foreign Minister Tomas Varga will visit Chile next week at the invitation of Chilean Foreign "
            "Minister Pablo Soto.",
            "planned",
        ),
    ],
)
def test_visit_at_the_invitation_of_a_named_host(extract: Extract, text: str, status: str) -> None:
    f = extract(text, PUB)
    assert _pairs(f) == [{"Tomas Varga", "Pablo Soto"}]
    assert f.meetings[0].status == status
    assert "meeting.at_invitation" in _rules(f)


def test_invitation_of_a_body_keeps_the_country(extract: Extract) -> None:
    f = extract("Hungarian Foreign Minister Tomas Varga visited Chile at the invitation of the Chilean Senate.", PUB)
    assert _pairs(f) == [{"Tomas Varga", "Chile"}]


# -- precision: a named host replaces the visited country; topics are no parties ---------------------------


def test_planned_meeting_during_a_visit_names_the_host(extract: Extract) -> None:
    f = extract(
        "Hungarian Foreign Minister Tomas Varga is on a two-day visit to Malaysia. He is scheduled to meet Prime "
        "Minister Anwar Ibrahim on Tuesday.",
        PUB,
    )
    assert _pairs(f) == [{"Tomas Varga", "Anwar Ibrahim"}]


@pytest.mark.parametrize(
    "tail",
    [
        "They discussed the situation in Ukraine and relations with Russia.",
        "They discussed bilateral cooperation and ties with Japan.",
    ],
)
def test_relations_with_a_state_is_a_topic(extract: Extract, tail: str) -> None:
    f = extract(
        "Hungarian Foreign Minister Tomas Varga held a video conference with Chilean Foreign Minister Pablo Soto "
        "on Monday. " + tail,
        PUB,
    )
    assert _pairs(f) == [{"Tomas Varga", "Pablo Soto"}]
    assert f.meetings[0].modality == "video"


def test_ties_with_a_person_is_a_party(extract: Extract) -> None:
    f = extract("Hungarian Foreign Minister Tomas Varga discussed bilateral ties with Chilean President Pablo Soto.")
    assert _pairs(f) == [{"Tomas Varga", "Pablo Soto"}]


# -- credentials, royals, delegations told before -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hungarian Ambassador Laszlo Kis presented his credentials to Chilean President Gabriel Boric on Monday.",
        "Chilean President Gabriel Boric received the credentials of Hungarian Ambassador Laszlo Kis on Monday.",
        "Hungarian Ambassador Laszlo Kis handed over his letters of credence to Chilean President Gabriel Boric "
        "on Monday.",
    ],
)
def test_credentials_ceremony_is_a_meeting(extract: Extract, text: str) -> None:
    f = extract(text, PUB)
    assert _pairs(f) == [{"Laszlo Kis", "Gabriel Boric"}]
    assert "meeting.credentials" in _rules(f)


def test_credentials_not_yet_presented_is_no_meeting(extract: Extract) -> None:
    f = extract(
        "Hungarian Ambassador Laszlo Kis has not presented his credentials to Chilean President Gabriel Boric.", PUB
    )
    assert _pairs(f) == []


def test_his_highness_is_the_royal_named_before(extract: Extract) -> None:
    f = extract(
        "Emir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah arrived at Bayan Palace on Monday. His Highness received a "
        "phone call from the King of Jordan on Monday.",
        PUB,
    )
    assert _pairs(f) == [{"Mishal Al-Ahmad Al-Jaber Al-Sabah", "King of Jordan"}]
    assert f.meetings[0].modality == "phone"


def test_delegation_told_arriving_before(extract: Extract) -> None:
    f = extract(
        "A Hungarian delegation led by Speaker Laszlo Kover arrived in Santiago on Monday. The delegation is "
        "scheduled to meet Chilean Vice President Ana Ruiz on Thursday.",
        PUB,
    )
    assert _pairs(f) == [{"Laszlo Kover", "Ana Ruiz"}]
    m = f.meetings[0]
    assert (m.status, m.date.value if m.date else None) == ("planned", "2024-03-14")


# -- planned visits told without a travel verb; two cities -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hungarian Foreign Minister Tomas Varga is expected in Asmara next week.",
        "Hungarian Foreign Minister Tomas Varga will be visiting Eritrea next week.",
        "Hungarian Foreign Minister Tomas Varga is expected to arrive in Asmara on Friday for a two-day visit.",
    ],
)
def test_planned_visit_without_travel_verb(extract: Extract, text: str) -> None:
    f = extract(text, PUB)
    assert _pairs(f) == [{"Tomas Varga", "Eritrea"}]
    assert f.meetings[0].status == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "Hungarian Foreign Minister Tomas Varga will arrive in Asmara on Friday.",
        "Hungarian Foreign Minister Tomas Varga was expected in Asmara last week but cancelled.",
        "Hungarian Foreign Minister Tomas Varga is expected in Asmara next week for a regional summit.",
    ],
)
def test_arrivals_and_summits_are_no_visit(extract: Extract, text: str) -> None:
    assert _pairs(extract(text, PUB)) == []


def test_two_cities_two_visits_each_in_its_city(extract: Extract) -> None:
    f = extract("Hungarian Foreign Minister Tomas Varga will visit Belgrade and Skopje next week.", PUB)
    got = sorted((m.location.name if m.location else "", sorted(p)) for m, p in zip(f.meetings, _pairs(f), strict=True))
    assert got == [("Belgrade", ["Serbia", "Tomas Varga"]), ("Skopje", ["North Macedonia", "Tomas Varga"])]


# -- an object pronoun is the main clause's subject ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chilean President Pablo Soto said he was optimistic when US envoy Mark Hill met him on Monday.",
        "Chilean President Pablo Soto said he was hopeful after US envoy Mark Hill received him in Washington.",
    ],
)
def test_object_pronoun_is_the_main_subject(extract: Extract, text: str) -> None:
    assert _pairs(extract(text, PUB)) == [{"Pablo Soto", "Mark Hill"}]


def test_object_pronoun_near_miss(extract: Extract) -> None:
    f = extract("Chilean President Pablo Soto said US envoy Mark Hill met her team in Santiago on Monday.", PUB)
    assert _pairs(f) == []


def test_names_with_their_countries_as_joint_subject(extract: Extract) -> None:
    f = extract("Foreign ministers Tomas Varga of Hungary and Pablo Soto of Chile met in Vienna on Monday.", PUB)
    assert _pairs(f) == [{"Tomas Varga", "Pablo Soto"}]
    assert f.meetings[0].location is not None and f.meetings[0].location.name == "Vienna"


def test_country_after_of_is_no_second_subject(extract: Extract) -> None:
    f = extract("Hungarian Foreign Minister Tomas Varga of Hungary met Chilean President Pablo Soto on Monday.", PUB)
    assert _pairs(f) == [{"Tomas Varga", "Pablo Soto"}]
