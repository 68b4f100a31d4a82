"""Persons on unseen outlets, round two: titles after an organization's descriptor, an office's own
bodies, names given in the order of a list of countries, a name's own
"of <Country>", countries written with their article, unnamed counterparts, descriptions of a
role-holder told before, addresses by their initials, and the home country a site's name spells.

Sentences invented for these tests, in the general forms many outlets use.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfacts.lexicon import load_lexicon
from newsfacts.rules import Facts
from newsfacts.rules.home import find_home

Extract = Callable[..., Facts]

LX = load_lexicon()


def _persons(f: Facts) -> dict[str, str | None]:
    return {a.name: a.country for a in f.actors if a.kind == "person"}


def _participants(f: Facts) -> list[set[str]]:
    names = {a.id: a.name for a in f.actors}
    return [{names[i] for i in m.participants} for m in f.meetings]


def _speakers(f: Facts) -> list[set[str]]:
    names = {a.id: a.name for a in f.actors}
    return [{names[i] for i in s.speakers} for s in f.statements]


# -- actor.descriptor_role -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Opposition Leader Tomas Varga said the agreement was a mistake.", "Tomas Varga"),
        ("The delegation also met Opposition Leader Ruth Okello at the parliament.", None),
        ("Party Chairman Liang Wei said the party would vote against the treaty.", "Liang Wei"),
    ],
)
def test_a_title_after_a_descriptor_is_a_person(extract: Extract, text: str, person: str | None) -> None:
    f = extract(text)
    assert not [a for a in f.actors if a.kind == "organization" and "Leader" in a.name]
    if person is not None:
        assert person in _persons(f)


def test_a_descriptor_before_a_plain_name_is_still_an_organization(extract: Extract) -> None:
    f = extract("The main opposition Vanguard said the vote was rigged.")
    assert "Vanguard" in {a.name for a in f.actors if a.kind == "organization"}
    assert not _persons(f)


# -- actor.possessive_title ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The President's Media Division said the two leaders discussed trade.", "President's Media Division"),
        ("The Prime Minister's Press Unit said the visit would go ahead.", "Prime Minister's Press Unit"),
    ],
)
def test_an_office_of_a_title_is_an_organization(extract: Extract, text: str, org: str) -> None:
    f = extract(text)
    assert not _persons(f)
    assert _speakers(f) == [{org}]


def test_a_title_after_a_possessive_title_still_names(extract: Extract) -> None:
    f = extract("The President's chief of staff Omar Haddad said the talks went well.")
    assert "Omar Haddad" in _persons(f)


# -- actor.country_list_prefix, actor.respective_names ---------------------------


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        (
            "The foreign ministers of Estonia and Georgia, Kalle Tamm and Nino Beridze, met in Vienna on Monday.",
            {"Kalle Tamm": "EST", "Nino Beridze": "GEO"},
        ),
        (
            "The presidents of Chile, Peru and Bolivia, Rosa Fuentes, Marco Quispe and Luis Mamani, met in Arica.",
            {"Rosa Fuentes": "CHL", "Marco Quispe": "PER", "Luis Mamani": "BOL"},
        ),
    ],
)
def test_names_after_a_country_list_take_its_countries_in_order(
    extract: Extract, text: str, persons: dict[str, str]
) -> None:
    f = extract(text)
    assert _persons(f) == persons
    assert _participants(f) == [set(persons)]


def test_a_list_with_fewer_names_than_countries_names_nobody(extract: Extract) -> None:
    f = extract("The foreign ministers of Estonia, Latvia and Georgia, Kalle Tamm and Nino Beridze, met in Vienna.")
    assert "Kalle Tamm" not in _persons(f) or _persons(f)["Kalle Tamm"] != "EST"


# -- coref.name_of_country -----------------------------------------------------------------------


def test_a_name_of_a_country_is_that_countrys(extract: Extract) -> None:
    text = (
        "Foreign Minister Rui Matos held a video call on Monday. The ministry said Rui Matos and his "
        "counterparts, Paulo Nzinga of Angola and Celia Mabote of Mozambique, agreed to meet again. "
        "Foreign Minister Paulo Nzinga and Foreign Minister Celia Mabote said the call was useful."
    )
    persons = _persons(extract(text))
    assert persons["Paulo Nzinga"] == "AGO"
    assert persons["Celia Mabote"] == "MOZ"


# -- actor.the_country_title ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        ("Prince Faisal hosted the US special envoy, Daniel Marsh, in Riyadh.", "Daniel Marsh", "USA"),
        (
            "Kenyan minister Paul Otieno met the Democratic Republic of Congo's Minister for Trade, Joseph Ilunga, "
            "in Nairobi.",
            "Joseph Ilunga",
            "COD",
        ),
    ],
)
def test_a_country_before_an_apposed_title(extract: Extract, text: str, person: str, country: str) -> None:
    assert _persons(extract(text))[person] == country


# -- coref.counterpart_of_subject, coref.counterpart_title ---------------------------------------


def test_an_unnamed_counterpart_holds_the_subjects_title(extract: Extract) -> None:
    text = (
        "Latvian President Maris Ozols will travel to Washington next month. Ozols and his US counterpart "
        'will discuss defense spending. "The visit matters," presidential adviser Ilze Berzina told reporters.'
    )
    f = extract(text)
    persons = _persons(f)
    assert persons["President of the United States"] == "USA"
    assert persons.get("Ilze Berzina") != "USA"
    assert {"Maris Ozols", "President of the United States"} in _participants(f)


def test_a_counterpart_named_later_with_the_same_title_is_still_linked(extract: Extract) -> None:
    text = (
        "Foreign Minister Ana Soler held talks with her Omani counterpart in Muscat on Monday. "
        "Foreign Minister Badr Salim of Oman said the talks were useful."
    )
    f = extract(text)
    assert "Foreign Minister of Oman" not in _persons(f)


# -- coref.unnamed_told_before -------------------------------------------------------------------


def test_a_generic_description_is_the_role_holder_told_before(extract: Extract) -> None:
    text = (
        "Estonia's foreign ministry summoned Russia's charge d'affaires on Monday. Deputy foreign minister "
        "Liisa Kask, who met the Russian diplomat, demanded an explanation. "
        '"This is a provocation," ministry spokesman Marek Saar told broadcaster ERR.'
    )
    f = extract(text)
    persons = _persons(f)
    assert persons.get("Marek Saar") != "RUS"
    assert {"Liisa Kask", "Charge d'Affaires of Russia"} in _participants(f) or any(
        "Liisa Kask" in p and any(n.endswith("of Russia") for n in p) for p in _participants(f)
    )


# -- coref.honorific_initials, coref.honorific_description ---------------------------------------


def test_an_address_by_its_initials_links_his_excellency(extract: Extract) -> None:
    text = (
        "HE the Minister of State Sheikh Hamad bin Nasser received the Peruvian ambassador in Doha today. "
        "His Excellency stressed the importance of trade between the two countries."
    )
    assert {"Hamad bin Nasser"} in _speakers(extract(text))


def test_his_excellency_is_the_latest_so_addressed(extract: Extract) -> None:
    text = (
        "HE the Prime Minister Sheikh Hamad bin Nasser met in Doha today with HE the Foreign Minister of "
        "Peru Carlos Quiroga Salas.\n\n"
        "HE the Prime Minister affirmed the State of Qatar's support for dialogue.\n\n"
        "His Excellency stressed the need to protect civilians."
    )
    speakers = _speakers(extract(text))
    assert speakers[-1] == {"Hamad bin Nasser"}


# -- actor.home_host_name ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "country"),
    [
        ("https://www.lettersfromlatvia.com/2026/a", "LVA"),
        ("https://ottawa-courier.example/a", "CAN"),
        ("https://www.thekenyanview.com/a", "KEN"),
        ("https://news.nigerianpost.com/a", "NGA"),  # "niger" inside "nigerian" counts once
    ],
)
def test_a_site_named_after_a_country_is_at_home_there(url: str, country: str) -> None:
    home = find_home(LX, url=url)
    assert home is not None
    assert (home.country, home.source) == (country, "host_name")


@pytest.mark.parametrize(
    "url",
    [
        "https://www.womanmagazine.example/a",  # "oman" is too short to be looked for
        "https://english.worldreport.example/a",
        "https://www.chinaindiawatch.example/a",  # two countries: no home
    ],
)
def test_a_site_with_no_or_two_countries_in_its_name_has_no_home(url: str) -> None:
    assert find_home(LX, url=url) is None


def test_an_international_outlet_is_not_read_by_its_name() -> None:
    home = find_home(LX, url="https://www.reuters.com/world/x")
    assert home is None


# -- actor.place_word_inside ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Foreign Minister Ramon Ortiz held a phone call with his Chilean counterpart, Carla Lagos Errazuriz.",
            "Carla Lagos Errazuriz",
        ),
        ("Foreign Minister Ana Lima Barros met Kenyan President Paul Otieno in Nairobi.", "Ana Lima Barros"),
    ],
)
def test_a_place_word_between_two_name_words_is_the_names(extract: Extract, text: str, person: str) -> None:
    assert person in _persons(extract(text))


def test_a_place_word_after_a_title_word_stays_a_place(extract: Extract) -> None:
    f = extract("President Paul Otieno met the Governor of Lagos State in Abuja.")
    assert not any("Lagos" in name for name in _persons(f))


# -- coref.opener_place, coref.spokesperson_of_body, coref.led_by_side, portfolio countries ----------


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        ("In Tokyo, Chief Cabinet Secretary Kenji Mori told reporters that Japan had protested.", "Kenji Mori", "JPN"),
        (
            "Meanwhile, in Beijing, Taiwan Affairs Office spokeswoman Li Hong condemned the visit.",
            "Li Hong",
            "CHN",
        ),
        (
            "The Kremlin warned that the drills were a provocation, spokesman Ivan Petrov told reporters.",
            "Ivan Petrov",
            "RUS",
        ),
        (
            "A delegation of US senators led by Senator Mark Hale met President Lai Ming in Taipei.",
            "Mark Hale",
            "USA",
        ),
    ],
)
def test_a_country_from_the_sentence(extract: Extract, text: str, person: str, country: str) -> None:
    assert _persons(extract(text))[person] == country


def test_a_place_after_a_preposition_inside_the_sentence_gives_nothing(extract: Extract) -> None:
    f = extract("Foreign Minister Ana Soler met her counterpart in Tokyo on Monday, and Kenji Mori said so.")
    assert _persons(f).get("Ana Soler") is None


# -- actor.unnamed_role_of_demonym, actor.titled_by_description ------------------------------------


def test_an_unnamed_official_of_a_described_body_has_its_country(extract: Extract) -> None:
    f = extract("An official of the Kenyan foreign ministry said the talks would resume next week.")
    assert set(_persons(f).values()) == {"KEN"}


def test_a_description_before_an_apposed_name_is_its_title(extract: Extract) -> None:
    f = extract("Speaker Ion Rusu met the Head of the EU Delegation to Georgia, Ambassador Karin Lind, in Tbilisi.")
    assert not any(name.startswith("Head of") for name in _persons(f))


def test_a_description_with_no_name_after_it_is_an_unnamed_person(extract: Extract) -> None:
    f = extract("Speaker Ion Rusu met the President of Iraq in Baghdad.")
    assert _persons(f)["President of Iraq"] == "IRQ"


# -- lexicon rows: "Korea", body heads ----------------------------------------------------------------


def test_korea_alone_is_a_country_not_a_person(extract: Extract) -> None:
    f = extract("The foreign ministers of Korea, Japan and China met in Tokyo on Friday.")
    assert "Korea" not in _persons(f)
    assert LX.country_of("Korea") == "KOR"
    assert LX.country_of("North Korea") == "PRK"


def test_a_secretariat_heads_a_body_not_a_name(extract: Extract) -> None:
    f = extract("Secretary General of the National Security Secretariat Takumi Hoshida met Ravi Menon in Delhi.")
    assert "Takumi Hoshida" in _persons(f)


# -- actor.honorific_inside_name, coref.unnamed_named_after --------------------------------------


def test_an_honorific_between_name_words_is_the_names(extract: Extract) -> None:
    text = (
        "Thai Foreign Minister Anan Sukhum held talks with his counterpart, U Kyaw Tun Aung, in Naypyitaw on "
        "Monday. Kyaw Tun Aung told his guest that the vote would be fair."
    )
    f = extract(text)
    assert "U Kyaw Tun Aung" in _persons(f)
    assert "Kyaw Tun Aung" not in _persons(f)
    assert {"U Kyaw Tun Aung"} in _speakers(f)


def test_an_unnamed_role_holder_named_in_the_next_sentence(extract: Extract) -> None:
    text = (
        "Chancellor Karl Weber and Prime Minister Jan Nowak discussed border controls in a video call on "
        "Wednesday, a government spokesman said in Berlin. According to spokesman Stefan Roth, both leaders "
        "agreed that the checks would stay."
    )
    f = extract(text)
    assert "government spokesman" not in _persons(f)
    assert _speakers(f)[0] == {"Stefan Roth"}


def test_two_people_with_that_title_leave_it_unnamed(extract: Extract) -> None:
    text = (
        "The ministers met on Monday, a government spokesman said. Spokesman Stefan Roth and spokesman Paul "
        "Brandt said the talks were useful."
    )
    f = extract(text)
    assert _speakers(f)[0] == {"government spokesman"}
