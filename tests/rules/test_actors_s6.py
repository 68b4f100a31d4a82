"""Session 6: name forms, titles and countries that unseen outlets write.

* actor.respective_counterparts: "his Polish and Lithuanian counterparts, X and Y", "her counterparts from
  A, B and C, X, Y and Z": each name a person of its state, in order;
* actor.honorific_post: "Foreign Minister Ambassador X", "the Minister of Foreign Affairs, Ambassador X": a
  post abroad kept as an honorific is not the person's title;
* actor.shared_demonym: "Indonesian Foreign Minister A and Defence Minister B": B is Indonesian too;
* the home country for one side of a meeting named together ("Foreign Minister A and Defence Minister B
  met ..."): both are the home's;
* "presidential" inside a title ("Russian presidential spokesman X"), Northern Ireland's officials (the
  United Kingdom's, not Ireland's), Hong Kong's domain (China's), Asean in mixed case;
* actor.acronym_not_person: a name before its own initials in brackets is an organization's;
* continental adjectives ("European calls", "Asian partners") and organization heads ("Association") are
  never a person's name.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest
from tests.rules.facts import names_of, persons

from newsfacts.lexicon import load_lexicon
from newsfacts.rules import Facts, extract_facts
from newsfacts.rules.home import Home, find_home

LX = load_lexicon()


def run(text: str, home: str | None = None) -> Facts:
    return extract_facts(text, home=Home(home, "outlet", "test") if home else None)


# -- actor.respective_counterparts -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Foreign Minister Anna Kovacs held separate talks with her Estonian and Finnish counterparts, "
            "Mart Tamberg and Lauri Niemela, on Thursday.",
            {"Mart Tamberg": "EST", "Lauri Niemela": "FIN"},
        ),
        (
            "Croatian Foreign Minister Ivo Maric hosted his Slovenian and Austrian counterparts, Tina Zupan and "
            "Georg Haller, at the ministry on Friday.",
            {"Tina Zupan": "SVN", "Georg Haller": "AUT"},
        ),
    ],
)
def test_the_names_after_counterparts_of_several_states_are_theirs_in_order(text: str, who: dict[str, str]) -> None:
    f = run(text)
    got = persons(f)
    for name, code in who.items():
        assert got[name][0] == code
    assert len(f.meetings) == 2
    assert all(len(m.participants) == 2 for m in f.meetings)


def test_the_names_after_counterparts_from_a_list_of_states_are_theirs() -> None:
    f = run(
        "Minister Anna Kovacs spoke on Monday with her counterparts from Estonia and Finland, Mart Tamberg "
        "and Lauri Niemela, and said the talks were useful. Tamberg said the plan was ready."
    )
    assert persons(f)["Mart Tamberg"][0] == "EST"


def test_one_name_after_plural_counterparts_is_no_list() -> None:
    f = run(
        "Foreign Minister Anna Kovacs held talks with her Estonian and Finnish counterparts, Mart Tamberg, on Thursday."
    )
    assert "actor.respective_counterparts" not in {r for a in f.actors for r in a.rules}


# -- actor.honorific_post ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Minister of Foreign Affairs, Ambassador Musa Garba Bello, said the talks with the envoy were useful.",
        "Foreign Affairs Minister Ambassador Musa Garba Bello said the talks with the envoy were useful.",
    ],
)
def test_ambassador_after_a_title_is_an_honorific_and_the_home_country_applies(text: str) -> None:
    f = run(text, "NGA")
    country, role = persons(f)["Musa Garba Bello"]
    assert country == "NGA"
    assert role is not None and "Minister" in role and "Ambassador" not in role


def test_an_envoy_of_a_leader_keeps_the_envoy_title() -> None:
    f = run("The Russian president's special envoy Pavel Orlov said the talks were useful.", "IRN")
    country, role = persons(f)["Pavel Orlov"]
    assert country == "RUS"
    assert role is not None and "envoy" in role


# -- actor.shared_demonym and the home's side --------------------------------------------------


def test_a_second_title_after_a_demonym_title_shares_its_state() -> None:
    f = run(
        "Turkish Foreign Minister Kemal Aksoy met Syrian Foreign Minister Samir Haddad, Defense Minister Nabil "
        "Kassem and Intelligence Chief Fadi Mansour in Ankara on Wednesday."
    )
    got = persons(f)
    assert got["Nabil Kassem"][0] == "SYR"
    assert got["Fadi Mansour"][0] == "SYR"


def test_two_holders_of_one_title_are_not_one_state() -> None:
    f = run("Russian Foreign Minister Oleg Petrov and Foreign Minister Wang Lei held talks in Beijing on Monday.")
    assert persons(f)["Wang Lei"][0] is None


def test_two_home_officials_named_together_are_both_the_homes() -> None:
    f = run(
        "Foreign Minister Margo Linden and Defence Minister Carl Ashton met Indonesian Foreign Minister Sri "
        "Kartini and Defence Minister Budi Hartono in Jakarta on Thursday.",
        "AUS",
    )
    got = persons(f)
    assert got["Margo Linden"][0] == "AUS"
    assert got["Carl Ashton"][0] == "AUS"
    assert got["Sri Kartini"][0] == "IDN"
    assert got["Budi Hartono"][0] == "IDN"


def test_a_visitor_holding_the_same_title_never_gets_the_home_country() -> None:
    f = run("Foreign Minister Margo Linden met Foreign Minister Sri Kartini in Canberra on Friday.", "AUS")
    got = persons(f)
    assert got["Margo Linden"][0] == "AUS"
    assert got["Sri Kartini"][0] is None


# -- countries in titles and domains -----------------------------------------------------------


def test_presidential_inside_a_title_keeps_the_demonym() -> None:
    f = run("Russian presidential spokesman Arkady Volsky said the visit was a provocation.", "NGA")
    assert persons(f)["Arkady Volsky"][0] == "RUS"


def test_northern_ireland_officials_serve_the_united_kingdom() -> None:
    f = run("Northern Ireland Secretary Helen Smithers said the talks in Dublin were constructive.")
    assert persons(f)["Helen Smithers"][0] == "GBR"


def test_a_hong_kong_domain_is_at_home_in_china() -> None:
    home = find_home(LX, url="https://www.example-daily.com.hk/news/1")
    assert home is not None and home.country == "CHN"


# -- no persons from organizations and adjectives ---------------------------------------------


def test_a_name_before_its_own_initials_is_no_person() -> None:
    f = run("He said the government would resume talks with the Gerakan Pembebasan Rakyat (GPR) soon.")
    assert "Gerakan Pembebasan Rakyat" not in persons(f)


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Lena Ost urged Germany not to join European calls for an arms embargo.",
        "The minister warned that delays could push the bloc to talks with Asian partners.",
        "Meanwhile, the Road Haulage Association has welcomed the talks on the border post.",
    ],
)
def test_continental_adjectives_and_association_names_are_no_persons(text: str) -> None:
    f = run(text)
    assert not [n for n in persons(f) if n in ("European", "Asian") or "Association" in n]


def test_asean_in_mixed_case_is_the_organization() -> None:
    f = run("The minister met Asean secretary-general Tran Van Minh in Jakarta on Monday.")
    assert "Asean" not in persons(f)
    assert names_of(f, tuple(a.id for a in f.actors if a.kind == "person")) <= {"Tran Van Minh"}


# -- a minister's portfolio naming an international word --------------------------------------


@pytest.mark.parametrize(
    "role",
    [
        "Minister of Foreign Affairs and International Cooperation",
        "Foreign Affairs and International Trade Minister",
        "Minister for European Union Affairs",
    ],
)
def test_a_ministers_international_portfolio_keeps_the_home_country(role: str) -> None:
    f = run(f"{role} Amara Diallo-Keita said the talks on the border were useful.", "RWA")
    assert persons(f)["Amara Diallo-Keita"][0] == "RWA"


@pytest.mark.parametrize(
    "text",
    [
        "Ambassador for International Cooperation Amara Diallo-Keita said the talks on the border were useful.",
        "The Minister-Counsellor at the Embassy, Amara Diallo-Keita, said the talks on the border were useful.",
    ],
)
def test_a_post_abroad_still_keeps_the_home_country_away(text: str) -> None:
    f = run(text, "RWA")
    assert persons(f)["Amara Diallo-Keita"][0] is None


def test_a_department_named_with_the_is_no_portfolio() -> None:
    f = run("Vice Minister of the International Department Wang Tao said the talks on trade were useful.", "LKA")
    assert persons(f)["Wang Tao"][0] is None
