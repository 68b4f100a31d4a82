"""Meeting constructions seen missed on real articles: each with invented sentences."""

from __future__ import annotations

from collections.abc import Callable

from newsfacts.rules import Facts

Extract = Callable[..., Facts]


def _sets(f: Facts) -> list[set[str]]:
    names = {a.id: a.name for a in f.actors}
    return [{names[p] for p in m.participants} for m in f.meetings]


def test_own_talks_with_after_a_first_meeting(extract: Extract) -> None:
    f = extract(
        "Norwegian Foreign Minister Erik Dahl held talks with Chilean Foreign Minister Rosa Ibarra on Monday. "
        "The two sides discussed fisheries and trade. "
        "In his meeting with Peruvian Foreign Minister Tomas Quispe, the two sides reviewed mining projects."
    )
    sets = _sets(f)
    assert {"Erik Dahl", "Rosa Ibarra"} in sets
    assert {"Erik Dahl", "Tomas Quispe"} in sets
    m = next(m for m in f.meetings if "meeting.own_talks_with" in m.rules)
    assert {a.name for a in f.actors if a.id in m.participants} == {"Erik Dahl", "Tomas Quispe"}


def test_own_talks_with_inside_a_clause(extract: Extract) -> None:
    f = extract(
        "Finnish Foreign Minister Aino Korhonen hosted Kenyan Foreign Minister Daniel Mwangi in Helsinki on Friday. "
        "Korhonen told reporters that she had raised climate finance in the meeting with Mwangi."
    )
    assert _sets(f) == [{"Aino Korhonen", "Daniel Mwangi"}]


def test_in_the_meeting_without_a_party_stays_a_followup(extract: Extract) -> None:
    f = extract(
        "Austrian Chancellor Lukas Gruber met Slovak Prime Minister Peter Kollar in Vienna on Monday. "
        "In the meeting, the two sides discussed the Danube shipping routes."
    )
    (m,) = f.meetings
    assert "meeting.own_talks_with" not in m.rules
    assert "meeting.followup" in m.rules


def test_summoned_an_ambassador(extract: Extract) -> None:
    f = extract("The Chilean Foreign Ministry summoned the Argentine ambassador on Tuesday over the border dispute.")
    (m,) = f.meetings
    assert "meeting.summoned" in m.rules and m.status == "held"
    assert _sets(f) == [{"Chilean Foreign Ministry", "Ambassador of Argentina"}]


def test_summoned_two_envoys_two_meetings(extract: Extract) -> None:
    f = extract(
        "Spokesman Pablo Ruiz said that the Foreign Ministry of Peru summoned Chile's chargé d'affaires "
        "and Bolivia's ambassador in Lima over the remarks."
    )
    sets = _sets(f)
    assert len(sets) == 2
    assert {"Foreign Ministry of Peru", "Chargé d'Affaires of Chile"} in sets
    assert {"Foreign Ministry of Peru", "Ambassador of Bolivia"} in sets
    body = next(a for a in f.actors if a.name == "Foreign Ministry of Peru")
    assert body.country == "PER" and body.kind == "organization"


def test_recalling_own_ambassador_is_no_meeting(extract: Extract) -> None:
    f = extract("Ghana summoned its ambassador to Togo for consultations.")
    assert not f.meetings


def test_body_of_country(extract: Extract) -> None:
    f = extract("The Ministry of Foreign Affairs of Ukraine said the talks would resume in March.")
    (a,) = [a for a in f.actors if a.kind == "organization"]
    assert a.name == "Ministry of Foreign Affairs of Ukraine" and a.country == "UKR"
    assert "actor.body_of_country" in a.rules
