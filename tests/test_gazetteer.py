"""The gazetteer tables (country, demonym, capital, organization): complete for every UN member
state and consistent, so that articles from outlets never seen name their states, demonyms and
cities in a form the lexicon knows."""

from __future__ import annotations

import collections

import pytest

from newsfacts.lexicon import builtin_entries, load_lexicon
from newsfacts.rules import Facts, extract_facts

#: the 193 member states of the United Nations, ISO 3166-1 alpha-3
_UN_CODES = """
    AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
    BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI
    DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY
    HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN
    LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR
    NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA
    KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
    SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB
    ZWE
"""
UN_MEMBERS = frozenset(_UN_CODES.split())
#: non-member entities news names as actors
NON_MEMBERS = frozenset({"PSE", "TWN", "XKX", "ESH", "VAT"})

#: states with no demonym of their own in the table, and why
NO_DEMONYM = {
    "DMA": "'Dominican' is the Dominican Republic's; Dominica is named as such",
    "COG": "'Congolese' is the DR Congo's, most news' Congo; Congo-Brazzaville is named as such",
}
#: states whose capital is left out of the capital table, and why
NO_CAPITAL = {
    "ATG": "St. John's is also Newfoundland's capital",
    "BHS": "Nassau is also a county of New York and a German town and house",
    "BGR": "Sofia is a common given name: 'Sofia Ramos' would lose her first name",
    "CHL": "Santiago is a given name ('Santiago Pena') and other cities' name; 'Santiago de Chile' is kept",
    "COM": "Moroni is a surname",
    "CRI": "San José is also a city of California and of many other countries",
    "GRD": "St. George's is a common name of places",
    "GUY": "Georgetown is also a university and a city of Penang",
    "JAM": "Kingston is also a city of Canada and of England, and a surname",
    "SYC": "Victoria is a given name and a state and city of Australia and of Canada",
}
#: capitals that must never stand for their government: shared with other places, or common words
NOT_METONYMS = (
    "Male",
    "Malé",
    "Victoria",
    "Kingston",
    "Georgetown",
    "Santiago",
    "San José",
    "Praia",
    "Nassau",
    "Panama City",
    "Djibouti",
    "Monaco",
    "San Marino",
    "Luxembourg City",
    "Kingstown",
    "Bridgetown",
    "Roseau",
    "Santo Domingo",
    "San Salvador",
    "Guatemala City",
    "Sofia",
    "Sydney",
)
#: capitals of the UN members, by ISO code (one spelling each)
CAPITALS = {
    "AFG": "Kabul", "ALB": "Tirana", "DZA": "Algiers", "AND": "Andorra la Vella", "AGO": "Luanda",
    "ARG": "Buenos Aires", "ARM": "Yerevan", "AUS": "Canberra", "AUT": "Vienna", "AZE": "Baku",
    "BHR": "Manama", "BGD": "Dhaka", "BRB": "Bridgetown", "BLR": "Minsk", "BEL": "Brussels",
    "BLZ": "Belmopan", "BEN": "Porto-Novo", "BTN": "Thimphu", "BOL": "La Paz", "BIH": "Sarajevo",
    "BWA": "Gaborone", "BRA": "Brasília", "BRN": "Bandar Seri Begawan", "BFA": "Ouagadougou",
    "BDI": "Gitega", "CPV": "Praia", "KHM": "Phnom Penh", "CMR": "Yaoundé", "CAN": "Ottawa",
    "CAF": "Bangui", "TCD": "N'Djamena", "CHL": "Santiago de Chile", "CHN": "Beijing", "COL": "Bogotá",
    "COG": "Brazzaville", "COD": "Kinshasa", "CIV": "Yamoussoukro", "HRV": "Zagreb", "CUB": "Havana",
    "CYP": "Nicosia", "CZE": "Prague", "DNK": "Copenhagen", "DJI": "Djibouti", "DMA": "Roseau",
    "DOM": "Santo Domingo", "ECU": "Quito", "EGY": "Cairo", "SLV": "San Salvador", "GNQ": "Malabo",
    "ERI": "Asmara", "EST": "Tallinn", "SWZ": "Mbabane", "ETH": "Addis Ababa", "FJI": "Suva",
    "FIN": "Helsinki", "FRA": "Paris", "GAB": "Libreville", "GMB": "Banjul", "GEO": "Tbilisi",
    "DEU": "Berlin", "GHA": "Accra", "GRC": "Athens", "GTM": "Guatemala City", "GIN": "Conakry",
    "GNB": "Bissau", "HTI": "Port-au-Prince", "HND": "Tegucigalpa", "HUN": "Budapest",
    "ISL": "Reykjavik", "IND": "New Delhi", "IDN": "Jakarta", "IRN": "Tehran", "IRQ": "Baghdad",
    "IRL": "Dublin", "ISR": "Jerusalem", "ITA": "Rome", "JPN": "Tokyo", "JOR": "Amman",
    "KAZ": "Astana", "KEN": "Nairobi", "KIR": "Tarawa", "PRK": "Pyongyang", "KOR": "Seoul",
    "KWT": "Kuwait City", "KGZ": "Bishkek", "LAO": "Vientiane", "LVA": "Riga", "LBN": "Beirut",
    "LSO": "Maseru", "LBR": "Monrovia", "LBY": "Tripoli", "LIE": "Vaduz", "LTU": "Vilnius",
    "LUX": "Luxembourg City", "MDG": "Antananarivo", "MWI": "Lilongwe", "MYS": "Kuala Lumpur",
    "MDV": "Malé", "MLI": "Bamako", "MLT": "Valletta", "MHL": "Majuro", "MRT": "Nouakchott",
    "MUS": "Port Louis", "MEX": "Mexico City", "FSM": "Palikir", "MDA": "Chisinau", "MCO": "Monaco",
    "MNG": "Ulaanbaatar", "MNE": "Podgorica", "MAR": "Rabat", "MOZ": "Maputo", "MMR": "Naypyidaw",
    "NAM": "Windhoek", "NRU": "Yaren", "NPL": "Kathmandu", "NLD": "Amsterdam", "NZL": "Wellington",
    "NIC": "Managua", "NER": "Niamey", "NGA": "Abuja", "MKD": "Skopje", "NOR": "Oslo", "OMN": "Muscat",
    "PAK": "Islamabad", "PLW": "Ngerulmud", "PAN": "Panama City", "PNG": "Port Moresby",
    "PRY": "Asunción", "PER": "Lima", "PHL": "Manila", "POL": "Warsaw", "PRT": "Lisbon", "QAT": "Doha",
    "ROU": "Bucharest", "RUS": "Moscow", "RWA": "Kigali", "KNA": "Basseterre", "LCA": "Castries",
    "VCT": "Kingstown", "WSM": "Apia", "SMR": "San Marino", "STP": "São Tomé", "SAU": "Riyadh",
    "SEN": "Dakar", "SRB": "Belgrade", "SLE": "Freetown", "SGP": "Singapore", "SVK": "Bratislava",
    "SVN": "Ljubljana", "SLB": "Honiara", "SOM": "Mogadishu", "ZAF": "Pretoria", "SSD": "Juba",
    "ESP": "Madrid", "LKA": "Colombo", "SDN": "Khartoum", "SUR": "Paramaribo", "SWE": "Stockholm",
    "CHE": "Bern", "SYR": "Damascus", "TJK": "Dushanbe", "TZA": "Dodoma", "THA": "Bangkok",
    "TLS": "Dili", "TGO": "Lomé", "TON": "Nuku'alofa", "TTO": "Port of Spain", "TUN": "Tunis",
    "TUR": "Ankara", "TKM": "Ashgabat", "TUV": "Funafuti", "UGA": "Kampala", "UKR": "Kyiv",
    "ARE": "Abu Dhabi", "GBR": "London", "USA": "Washington", "URY": "Montevideo", "UZB": "Tashkent",
    "VUT": "Port Vila", "VEN": "Caracas", "VNM": "Hanoi", "YEM": "Sanaa", "ZMB": "Lusaka",
    "ZWE": "Harare",
    "PSE": "Ramallah", "TWN": "Taipei", "XKX": "Pristina",
}  # fmt: skip
#: the forms news writes for a state, and the one canonical name each gives
COUNTRY_FORMS = {
    "TUR": ("Türkiye", ("Türkiye", "Turkiye", "Republic of Türkiye")),
    "CIV": ("Côte d'Ivoire", ("Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast")),
    "COD": ("DR Congo", ("DRC", "DR Congo", "Democratic Republic of the Congo", "Democratic Republic of Congo")),
    "COG": ("Congo", ("Congo-Brazzaville", "Republic of the Congo")),
    "CZE": ("Czechia", ("Czechia", "Czech Republic")),
    "SWZ": ("Eswatini", ("Eswatini", "Swaziland")),
    "MKD": ("North Macedonia", ("North Macedonia", "Macedonia")),
    "MMR": ("Myanmar", ("Myanmar", "Burma")),
    "CPV": ("Cabo Verde", ("Cabo Verde", "Cape Verde")),
    "TLS": ("Timor-Leste", ("Timor-Leste", "East Timor")),
    "VAT": ("Holy See", ("the Holy See", "the Vatican", "Vatican City")),
    "ARE": ("United Arab Emirates", ("the UAE", "UAE", "United Arab Emirates")),
    "USA": ("United States", ("the US", "U.S.", "USA", "United States of America", "the United States")),
    "GBR": ("United Kingdom", ("the UK", "U.K.", "Britain", "Great Britain", "United Kingdom")),
    "KOR": ("South Korea", ("South Korea", "Republic of Korea", "ROK")),
    "PRK": ("North Korea", ("North Korea", "DPRK", "Democratic People's Republic of Korea")),
    "SYR": ("Syria", ("Syria", "Syrian Arab Republic")),
    "RUS": ("Russia", ("Russia", "Russian Federation")),
    "MDA": ("Moldova", ("Moldova", "Republic of Moldova")),
    "LAO": ("Laos", ("Laos", "Lao PDR")),
    "VNM": ("Vietnam", ("Vietnam", "Viet Nam", "Việt Nam")),
    "PSE": ("Palestine", ("Palestine", "State of Palestine")),
    "XKX": ("Kosovo", ("Kosovo",)),
    "TWN": ("Taiwan", ("Taiwan",)),
    "ESH": ("Western Sahara", ("Western Sahara",)),
}
#: variant demonyms news uses
DEMONYM_FORMS = {
    "Emirati": "ARE",
    "Ivorian": "CIV",
    "Burkinabe": "BFA",
    "Burkinabé": "BFA",
    "Motswana": "BWA",
    "Batswana": "BWA",
    "Kyrgyz": "KGZ",
    "Kyrgyzstani": "KGZ",
    "Salvadoran": "SLV",
    "Filipino": "PHL",
    "Philippine": "PHL",
    "Lao": "LAO",
    "Laotian": "LAO",
    "Bangladeshi": "BGD",
    "Palestinian": "PSE",
    "Taiwanese": "TWN",
    "Kosovar": "XKX",
    "Sahrawi": "ESH",
}
#: keys whose tables name two codes on purpose
TWO_CODES = {
    "Hong Kong": "pycountry's HKG is the territory (a country key); as a venue its state is China",
    "Congo": "pycountry's short name of the Republic of Congo; the country table makes it the DR Congo's, as "
    "'Congolese' is (most news' Congo); the Republic is named as such or as Congo-Brazzaville",
}

GAZ_TABLES = ("country", "demonym", "capital")


def _codes_by_key() -> dict[str, set[str]]:
    codes: dict[str, set[str]] = collections.defaultdict(set)
    for e in builtin_entries():
        if e.table in GAZ_TABLES and e.country:
            codes[e.key].add(e.country)
    return codes


def test_every_state_has_a_demonym() -> None:
    assert len(UN_MEMBERS) == 193
    have = set(load_lexicon().demonyms.values())
    missing = (UN_MEMBERS | NON_MEMBERS) - have - set(NO_DEMONYM)
    assert not missing, sorted(missing)


def test_demonym_variants() -> None:
    lx = load_lexicon()
    assert {k: lx.demonyms.get(k) for k in DEMONYM_FORMS} == DEMONYM_FORMS


def test_every_state_has_its_capital() -> None:
    lx = load_lexicon()
    assert set(CAPITALS) >= UN_MEMBERS - set(NO_CAPITAL)
    wrong = {
        iso: city
        for iso, city in CAPITALS.items()
        if iso not in NO_CAPITAL and (city not in lx.places or lx.places[city][0] != iso)
    }
    assert not wrong
    assert not set(NO_CAPITAL) & {iso for iso, _m in lx.places.values() if _m}  # none of theirs a metonym


def test_country_forms_have_one_canonical_name() -> None:
    lx = load_lexicon()
    for iso, (canon, forms) in COUNTRY_FORMS.items():
        assert {lx.countries[f] for f in forms} == {(canon, iso)}, iso
        assert lx.country_names[iso] == canon


def test_turkey_keeps_the_name_the_text_writes() -> None:
    # both are current English names; annotators keep the text's: still one actor, by ISO code
    lx = load_lexicon()
    assert lx.countries["Turkey"] == ("Turkey", "TUR")
    assert lx.countries["Türkiye"] == ("Türkiye", "TUR")


def test_every_state_has_one_canonical_name() -> None:
    lx = load_lexicon()
    assert not (UN_MEMBERS | NON_MEMBERS) - set(lx.country_names)
    # no ISO list form ("Iran, Islamic Republic of") nor a qualified one ("Holy See (Vatican City State)")
    assert not [
        lx.country_names[c]
        for c in UN_MEMBERS | NON_MEMBERS
        if "," in lx.country_names[c] or "(" in lx.country_names[c]
    ]


def test_no_key_names_two_states() -> None:
    two = {k: v for k, v in _codes_by_key().items() if len(v) > 1 and k not in TWO_CODES}
    assert not two


@pytest.mark.parametrize("city", NOT_METONYMS)
def test_ambiguous_capitals_are_no_metonyms(city: str) -> None:
    place = load_lexicon().places.get(city)
    assert place is None or not place[1]


@pytest.mark.parametrize(
    "name",
    [
        "African Union",
        "AU Commission",
        "ECOWAS",
        "IGAD",
        "EAC",
        "CIS",
        "OSCE",
        "ICC",
        "ICJ",
        "WFP",
        "OCHA",
        "OPEC+",
        "OPCW",
    ],
)
def test_international_bodies(name: str) -> None:
    assert name in load_lexicon().organizations


def _run(text: str) -> Facts:
    return extract_facts(text)


def _names(f: Facts, ids: tuple[str, ...]) -> set[str]:
    return {a.name for a in f.actors if a.id in ids}


def test_demonyms_and_venue_of_an_unnamed_meeting() -> None:
    f = _run("The Ivorian foreign minister met his Burkinabe counterpart in Abidjan on Monday.")
    (m,) = f.meetings
    assert {a.country for a in f.actors if a.id in m.participants} == {"CIV", "BFA"}
    assert m.location is not None and (m.location.name, m.location.country) == ("Abidjan", "CIV")


def test_variant_demonyms_give_countries() -> None:
    f = _run("Emirati Foreign Minister Saif Rahman held talks with his Motswana counterpart Lesego Kgosi in Gaborone.")
    assert {a.name: a.country for a in f.actors} == {"Saif Rahman": "ARE", "Lesego Kgosi": "BWA"}
    (m,) = f.meetings
    assert m.location is not None and m.location.country == "BWA"


def test_two_spellings_are_one_state() -> None:
    f = _run(
        "Türkiye's foreign minister Kemal Aydin met Greek Foreign Minister Nikos Pappas. Turkey said it wanted peace."
    )
    assert [a.name for a in f.actors if a.kind == "country"] == ["Turkey"]


def test_a_diacritic_capital_is_a_venue() -> None:
    f = _run("Lao Foreign Minister Sone Keo met Vietnamese Foreign Minister Tran Van Minh in Hà Nội on Friday.")
    (m,) = f.meetings
    assert m.location is not None and m.location.country == "VNM"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Victoria Nuland said the talks were useful.", "Victoria Nuland"),
        ("Paraguayan President Santiago Pena said Paraguay wanted closer ties.", "Santiago Pena"),
        ("Kenyan Defence Minister Aden Duale said the deal was fair.", "Aden Duale"),
        ("Sofia Ramos, the Colombian foreign minister, said the deal was fair.", "Sofia Ramos"),
    ],
)
def test_a_city_that_is_also_a_given_name_keeps_the_person(text: str, name: str) -> None:
    f = _run(text)
    assert name in {a.name for a in f.actors}
    assert not [a for a in f.actors if a.kind == "country" and a.name != "Paraguay"]


def test_an_ambiguous_capital_gives_no_location_country() -> None:
    f = _run("Georgetown University professor Anne Hill said the talks in Kingston had failed.")
    assert [a.name for a in f.actors] == ["Anne Hill"]


def test_congo_alone_is_the_dr_congo_as_congolese_is() -> None:
    """A table decision: "Congo" alone is the DR Congo (COD), like "Congolese"; the Republic of Congo is
    named as such or as Congo-Brazzaville (pycountry's short name "Congo" is the Republic's)."""
    lx = load_lexicon()
    assert lx.country_of("Congo") == lx.country_of("Congolese") == lx.country_of("DR Congo") == "COD"
    for name in ("Congo-Brazzaville", "the Republic of Congo", "the Republic of the Congo"):
        assert lx.country_of(name) == "COG", name
    f = extract_facts("Rwandan Foreign Minister Paul Mugabo met his Congo counterpart in Kigali on Monday.")
    assert all(a.country != "COG" for a in f.actors)
