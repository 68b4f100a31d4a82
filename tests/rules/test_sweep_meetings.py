"""Session 10 sweep of the MEETINGS family: a small grammar of invented news sentences.

Slots -- a construction (met, held talks, a phone call, received, a visit, a planned meeting, a
possessive "X's talks with Y", "In a meeting with Y, X ...", two events of the same parties ...),
the two parties (a name with its title before or after, a name from every region, an unnamed
role-holder, a counterpart, an organization's chief, a visited country or capital) and the adjuncts
(a day, a place, an occasion, a dateline, a leading adverbial, an agency tail, a topic) -- are
combined, a deterministic sample of the product is extracted, and each case asserts its meetings:
the participants, the modality, the status, the day and the place where the case gives them, and
no meeting more.

Run ``python tests/rules/test_sweep_meetings.py`` for the table of failures by slot value.
Every sentence is invented.
"""

from __future__ import annotations

import itertools
import random
import re
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

import newsfacts
from newsfacts.models import Article

PUBLISHED = "2025-03-12"  # a Wednesday
SKIP = "<skip>"  # an attribute the case does not assert

# -- parties ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Party:
    key: str  # the slot value's class, for the failure table
    first: str  # the first mention (an apposition ends with a comma)
    later: str  # a later mention
    expect: tuple[str, str]  # ("name", full name) | ("unnamed", ISO) | ("role", word of the name) | ("country", ISO)
    country: str | None
    pron: str = "his"
    role: str | None = None  # for "his Egyptian counterpart": the party's office
    poss: bool = True  # the first mention takes "'s"


PERSONS: tuple[Party, ...] = (
    Party(
        "east_asian_family_first",
        "Japanese Prime Minister Kishida Fumio",
        "Kishida",
        ("name", "Kishida Fumio"),
        "JPN",
        role="pm",
    ),
    Party(
        "name_apposition_country_s",
        "Wang Yi, China's foreign minister,",
        "Wang",
        ("name", "Wang Yi"),
        "CHN",
        role="fm",
        poss=False,
    ),
    Party("premier", "Chinese Premier Li Qiang", "Li", ("name", "Li Qiang"), "CHN", role="pm"),
    Party(
        "arabic_pm_fm",
        "Qatari Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani",
        "Sheikh Mohammed",
        ("name", "Mohammed bin Abdulrahman Al Thani"),
        "QAT",
        role="fm",
    ),
    Party(
        "emir_apposition",
        "the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani,",
        "Sheikh Tamim",
        ("name", "Tamim bin Hamad Al Thani"),
        "QAT",
        poss=False,
    ),
    Party(
        "crown_prince",
        "Saudi Crown Prince Mohammed bin Salman",
        "Prince Mohammed",
        ("name", "Mohammed bin Salman"),
        "SAU",
    ),
    Party(
        "south_asian_initial",
        "Indian External Affairs Minister S Jaishankar",
        "Jaishankar",
        ("name", "S Jaishankar"),
        "IND",
        role="fm",
    ),
    Party(
        "southeast_asian",
        "Indonesian Foreign Minister Retno Marsudi",
        "Marsudi",
        ("name", "Retno Marsudi"),
        "IDN",
        pron="her",
        role="fm",
    ),
    Party(
        "malay_given_later",
        "Malaysian Prime Minister Anwar Ibrahim",
        "Anwar",
        ("name", "Anwar Ibrahim"),
        "MYS",
        role="pm",
    ),
    Party(
        "vietnamese",
        "Vietnamese Prime Minister Pham Minh Chinh",
        "Chinh",
        ("name", "Pham Minh Chinh"),
        "VNM",
        role="pm",
    ),
    Party(
        "latin_de_la",
        "Mexican Foreign Secretary Juan Ramón de la Fuente",
        "de la Fuente",
        ("name", "Juan Ramón de la Fuente"),
        "MEX",
        role="fm",
    ),
    Party(
        "latin_da_silva",
        "Brazilian President Luiz Inácio Lula da Silva",
        "Lula",
        ("name", "Luiz Inácio Lula da Silva"),
        "BRA",
        role="president",
    ),
    Party(
        "latin_two_surnames",
        "Peruvian President Dina Boluarte Zegarra",
        "Boluarte",
        ("name", "Dina Boluarte Zegarra"),
        "PER",
        pron="her",
        role="president",
    ),
    Party(
        "african",
        "Nigerian President Bola Ahmed Tinubu",
        "Tinubu",
        ("name", "Bola Ahmed Tinubu"),
        "NGA",
        role="president",
    ),
    Party(
        "long_title_of",
        "South African Minister of International Relations and Cooperation Ronald Lamola",
        "Lamola",
        ("name", "Ronald Lamola"),
        "ZAF",
        role="fm",
    ),
    Party(
        "name_apposition_president",
        "William Ruto, Kenya's president,",
        "Ruto",
        ("name", "William Ruto"),
        "KEN",
        role="president",
        poss=False,
    ),
    Party("slavic", "Russian Foreign Minister Sergei Lavrov", "Lavrov", ("name", "Sergei Lavrov"), "RUS", role="fm"),
    Party(
        "slavic_diacritic",
        "Polish Foreign Minister Radosław Sikorski",
        "Sikorski",
        ("name", "Radosław Sikorski"),
        "POL",
        role="fm",
    ),
    Party(
        "turkish_diacritic",
        "Turkish President Recep Tayyip Erdoğan",
        "Erdoğan",
        ("name", "Recep Tayyip Erdoğan"),
        "TUR",
        role="president",
    ),
    Party("chancellor", "German Chancellor Olaf Scholz", "Scholz", ("name", "Olaf Scholz"), "DEU"),
    Party(
        "foreign_secretary", "British Foreign Secretary David Lammy", "Lammy", ("name", "David Lammy"), "GBR", role="fm"
    ),
    Party(
        "secretary_of_state",
        "US Secretary of State Antony Blinken",
        "Blinken",
        ("name", "Antony Blinken"),
        "USA",
        role="fm",
    ),
    Party("eu_chief", "EU foreign policy chief Kaja Kallas", "Kallas", ("name", "Kaja Kallas"), None, pron="her"),
    Party(
        "un_secretary_general", "UN Secretary-General António Guterres", "Guterres", ("name", "António Guterres"), None
    ),
    Party(
        "speaker_of_parliament",
        "Speaker of the Iranian Parliament Mohammad Bagher Ghalibaf",
        "Ghalibaf",
        ("name", "Mohammad Bagher Ghalibaf"),
        "IRN",
    ),
    Party("governor", "Tokyo Governor Yuriko Koike", "Koike", ("name", "Yuriko Koike"), "JPN", pron="her"),
    # left out: "Moroccan Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates Nasser Bourita", a
    # portfolio list with commas before a name, is a class of the title finder (actors/titles.py, the titles' sweep)
    Party(
        "of_title_apposition",
        "the Minister of Foreign Affairs and International Cooperation of Ghana, Samuel Okudzeto Ablakwa,",
        "Ablakwa",
        ("name", "Samuel Okudzeto Ablakwa"),
        "GHA",
        role="fm",
        poss=False,
    ),
    Party(
        "female_title",
        "Australian Foreign Minister Penny Wong",
        "Wong",
        ("name", "Penny Wong"),
        "AUS",
        pron="her",
        role="fm",
    ),
    Party(
        "country_s_title_apposition",
        "Singapore's foreign minister, Vivian Balakrishnan,",
        "Balakrishnan",
        ("name", "Vivian Balakrishnan"),
        "SGP",
        role="fm",
        poss=False,
    ),
    Party(
        "korean_hyphen", "South Korean Foreign Minister Cho Tae-yul", "Cho", ("name", "Cho Tae-yul"), "KOR", role="fm"
    ),
    Party(
        "suffix_jr",
        "Philippine President Ferdinand Marcos Jr.",
        "Marcos",
        ("name", "Ferdinand Marcos Jr"),
        "PHL",
        role="president",
        poss=False,
    ),
    Party(
        "country_s_title",
        "Pakistan's Prime Minister Shehbaz Sharif",
        "Sharif",
        ("name", "Shehbaz Sharif"),
        "PAK",
        role="pm",
    ),
    Party(
        "arabic_al",
        "UAE President Sheikh Mohamed bin Zayed Al Nahyan",
        "Sheikh Mohamed",
        ("name", "Mohamed bin Zayed Al Nahyan"),
        "ARE",
        role="president",
    ),
    Party("given_name_later", "Ethiopian Prime Minister Abiy Ahmed", "Abiy", ("name", "Abiy Ahmed"), "ETH", role="pm"),
    Party("nato_chief", "NATO Secretary General Mark Rutte", "Rutte", ("name", "Mark Rutte"), None),
    Party("king_of_country", "King Abdullah II of Jordan", "King Abdullah", ("name", "Abdullah II"), "JOR", poss=False),
    Party("country_s_king", "Jordan's King Abdullah II", "King Abdullah", ("name", "Abdullah II"), "JOR"),
    Party(
        "sultan_of",
        "Sultan Haitham bin Tarik of Oman",
        "Sultan Haitham",
        ("name", "Haitham bin Tarik"),
        "OMN",
        poss=False,
    ),
    Party(
        "president_of_the_republic",
        "the President of the Republic of Chile, Gabriel Boric,",
        "Boric",
        ("name", "Gabriel Boric"),
        "CHL",
        role="president",
        poss=False,
    ),
    Party(
        "western_order_japanese",
        "Japan's Prime Minister Shigeru Ishiba",
        "Ishiba",
        ("name", "Shigeru Ishiba"),
        "JPN",
        role="pm",
    ),
    Party("vice_president", "Chinese Vice President Han Zheng", "Han", ("name", "Han Zheng"), "CHN"),
    Party(
        "deputy_pm_fm",
        "Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Dar",
        "Dar",
        ("name", "Ishaq Dar"),
        "PAK",
        role="fm",
    ),
    Party(
        "central_asian_hyphen",
        "Kazakh President Kassym-Jomart Tokayev",
        "Tokayev",
        ("name", "Kassym-Jomart Tokayev"),
        "KAZ",
        role="president",
    ),
    Party(
        "turkish_heavy_diacritics",
        "Turkish Foreign Minister Mevlüt Çavuşoğlu",
        "Çavuşoğlu",
        ("name", "Mevlüt Çavuşoğlu"),
        "TUR",
        role="fm",
    ),
    Party("cambodian", "Cambodian Prime Minister Hun Manet", "Hun Manet", ("name", "Hun Manet"), "KHM", role="pm"),
    Party(
        "west_african",
        "Senegalese President Bassirou Diomaye Faye",
        "Faye",
        ("name", "Bassirou Diomaye Faye"),
        "SEN",
        role="president",
    ),
    Party(
        "minister_of_state",
        "Minister of State for Foreign Affairs of the UAE, Khalifa Shaheen Al Marar,",
        "Al Marar",
        ("name", "Khalifa Shaheen Al Marar"),
        "ARE",
        poss=False,
    ),
    Party(
        "ambassador_to",
        "the Chinese Ambassador to Sri Lanka, Qi Zhenhong,",
        "Qi",
        ("name", "Qi Zhenhong"),
        "CHN",
        poss=False,
    ),
    Party("special_envoy", "US Special Envoy Steve Witkoff", "Witkoff", ("name", "Steve Witkoff"), "USA"),
    Party(
        "mr_later",
        "Australian Prime Minister Anthony Albanese",
        "Mr Albanese",
        ("name", "Anthony Albanese"),
        "AUS",
        role="pm",
    ),
    Party(
        "unnamed_demonym_role",
        "the Fijian prime minister",
        "the Fijian prime minister",
        ("unnamed", "FJI"),
        "FJI",
        poss=False,
    ),
    Party(
        "unnamed_country_s_role",
        "Brazil's foreign minister",
        "the Brazilian minister",
        ("unnamed", "BRA"),
        "BRA",
        poss=False,
    ),
    Party("unnamed_role_of", "the President of Egypt", "the Egyptian president", ("unnamed", "EGY"), "EGY", poss=False),
    Party(
        "unnamed_org_chief", "the UN Secretary-General", "the UN chief", ("role", "secretary-general"), None, poss=False
    ),
)

# States as parties: by name, by their government, by their capital where news uses it ("Washington and Beijing").
STATES: tuple[Party, ...] = (
    Party("state_name", "Japan", "Tokyo", ("state", "JPN"), "JPN"),
    Party("state_name_the", "the Philippines", "Manila", ("state", "PHL"), "PHL"),
    Party("state_republic_of", "the Republic of Korea", "Seoul", ("state", "KOR"), "KOR"),
    Party("state_demonym_government", "the Australian government", "Canberra", ("state", "AUS"), "AUS"),
    Party("state_capital_metonym", "Washington", "Washington", ("state", "USA"), "USA"),
    Party("state_capital_metonym", "Beijing", "Beijing", ("state", "CHN"), "CHN"),
    Party("state_name", "Vietnam", "Hanoi", ("state", "VNM"), "VNM"),
    Party("state_name", "Indonesia", "Jakarta", ("state", "IDN"), "IDN"),
)

# A counterpart: only after a party with an office, of another state.
COUNTERPARTS: tuple[tuple[str, str, str, str | None], ...] = (
    # (demonym, ISO, key, name or None)
    ("Egyptian", "EGY", "counterpart_unnamed", None),
    ("Vietnamese", "VNM", "counterpart_unnamed", None),
    ("Kenyan", "KEN", "counterpart_named", "Musalia Mudavadi"),
    ("Thai", "THA", "counterpart_named", "Maris Sangiampongsa"),
)

# Visited places: (as written, ISO, key, location expected)
DESTINATIONS: tuple[tuple[str, str, str, str | None], ...] = (
    ("Sri Lanka", "LKA", "dest_country", None),
    ("Vietnam", "VNM", "dest_country", None),
    ("the Republic of Korea", "KOR", "dest_republic_of", None),
    ("the United Arab Emirates", "ARE", "dest_the_country", None),
    ("Beijing", "CHN", "dest_capital", "Beijing"),
    ("Canberra", "AUS", "dest_capital", "Canberra"),
    ("Türkiye", "TUR", "dest_diacritic", None),
    ("Kenya", "KEN", "dest_country", None),
)

COUNTRY_NAME = {
    "JPN": "Japan",
    "CHN": "China",
    "QAT": "Qatar",
    "SAU": "Saudi Arabia",
    "IND": "India",
    "IDN": "Indonesia",
    "MYS": "Malaysia",
    "VNM": "Vietnam",
    "MEX": "Mexico",
    "BRA": "Brazil",
    "PER": "Peru",
    "NGA": "Nigeria",
    "ZAF": "South Africa",
    "KEN": "Kenya",
    "RUS": "Russia",
    "POL": "Poland",
    "TUR": "Türkiye",
    "DEU": "Germany",
    "GBR": "the United Kingdom",
    "USA": "the United States",
    "IRN": "Iran",
    "MAR": "Morocco",
    "GHA": "Ghana",
    "AUS": "Australia",
    "SGP": "Singapore",
    "KOR": "South Korea",
    "PHL": "the Philippines",
    "PAK": "Pakistan",
    "ARE": "the United Arab Emirates",
    "ETH": "Ethiopia",
    "FJI": "Fiji",
    "EGY": "Egypt",
    "THA": "Thailand",
    "JOR": "Jordan",
    "OMN": "Oman",
    "CHL": "Chile",
    "KAZ": "Kazakhstan",
    "KHM": "Cambodia",
    "SEN": "Senegal",
}

# -- adjuncts --------------------------------------------------------------------------------------------

# (text, held date, planned date)
DAYS: tuple[tuple[str, str | None, str | None], ...] = (
    ("", None, None),
    (" on Monday", "2025-03-10", "2025-03-17"),
    (" on 10 March", "2025-03-10", None),
    (" on March 10", "2025-03-10", None),
    (" on Tuesday", "2025-03-11", "2025-03-18"),
    (" on Monday morning", "2025-03-10", "2025-03-17"),
    (" on Monday, March 10,", "2025-03-10", None),
    (" last week", None, None),
)
PLANNED_DAYS: tuple[tuple[str, str | None], ...] = (
    ("", None),
    (" on Monday", "2025-03-17"),
    (" on 20 March", "2025-03-20"),
    (" on March 20", "2025-03-20"),
    (" next week", SKIP),
)
# (text, location expected)
PLACES: tuple[tuple[str, str | None], ...] = (
    ("", None),
    (" in Geneva", "Geneva"),
    (" at Parliament House in Canberra", "Canberra"),
    (" in the Chinese capital, Beijing,", "Beijing"),
    (" in New Delhi", "New Delhi"),
    (" at the presidential palace in Jakarta", "Jakarta"),
)
TOPICS = (
    "",
    " to discuss bilateral trade and regional security",
    " and discussed the situation in the Middle East",
    " on ways to deepen economic cooperation",
)
DATELINES = (
    "",
    "COLOMBO - ",
    "Jakarta (ANTARA) - ",
    "BEIJING, March 12 (Xinhua) -- ",
    "NEW DELHI: ",
    "WASHINGTON (AP) — ",
    "Hanoi (VNA) – ",
)
# (text, held date it gives)
LEADS: tuple[tuple[str, str | None], ...] = (
    ("", None),
    ("Earlier on Tuesday, ", "2025-03-11"),
    ("Meanwhile, ", None),
    ("In a separate development, ", None),
    ("On Monday, ", "2025-03-10"),
    ("Separately, ", None),
)
TAILS = (
    "",
    ", the ministry said",
    ", according to a statement from the presidential office",
    ", Xinhua reported",
    ", state media reported",
    ", the Foreign Ministry said in a statement",
    ", Kyodo News reported",
)

# -- constructions ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Construction:
    key: str
    template: str
    modality: str = "in_person"
    status: str = "held"
    # which slots the template uses
    b_first: bool = False  # B is written before A (no counterpart for B)
    needs_poss: bool = False  # A takes "'s"
    visit: bool = False  # {dest} is the other party
    host_dest: bool = False  # {dest} is B's country
    second: str = ""  # a second event: "again" (the same two, planned) or "visit" (A visits B's country, planned)
    noun: bool = False  # a meeting noun ("talks", "a call"): "on ways to ..." may follow it
    states: bool = False  # the parties are states (STATES)


CONSTRUCTIONS: tuple[Construction, ...] = (
    Construction("met", "{A} met {B}{place}{day}{topic}."),
    Construction("met_with", "{A} met with {B}{day}{place}{topic}."),
    Construction("held_talks_with", "{A} held talks with {B}{place}{day}{topic}.", noun=True),
    Construction("held_a_meeting_with", "{A} held a meeting with {B}{day}{place}{topic}.", noun=True),
    Construction("held_a_phone_call_with", "{A} held a phone call with {B}{day}{topic}.", "phone", noun=True),
    Construction(
        "had_a_telephone_conversation", "{A} had a telephone conversation with {B}{day}{topic}.", "phone", noun=True
    ),
    Construction("held_a_video_call", "{A} held a video call with {B}{day}{topic}.", "video", noun=True),
    Construction("joint_held_talks", "{A} and {B} held talks{place}{day}{topic}.", noun=True),
    Construction("talks_between", "Talks between {A} and {B} were held{place}{day}."),
    Construction("received", "{A} received {B}{place}{day}{topic}."),
    Construction("hosted", "{A} hosted {B}{place}{day}{topic}."),
    Construction("welcomed", "{A} welcomed {B}{place}{day}{topic}."),
    Construction("was_received_by", "{B} was received by {A}{place}{day}.", b_first=True),
    Construction("called", "{A} called {B}{day}{topic}.", "phone"),
    Construction("phoned", "{A} phoned {B}{day}{topic}.", "phone"),
    Construction("telephoned", "{A} telephoned {B}{day}{topic}.", "phone"),
    Construction("spoke_by_phone_with", "{A} spoke by phone with {B}{day}{topic}.", "phone"),
    Construction("spoke_with_by_telephone", "{A} spoke with {B} by telephone{day}{topic}.", "phone"),
    Construction("received_a_call_from", "{A} received a phone call from {B}{day}{topic}.", "phone"),
    Construction(
        "poss_talks_subject", "{A}'s talks with {B}{place}{day} focused on trade and investment.", needs_poss=True
    ),
    Construction("poss_call_subject", "{A}'s call with {B}{day} went well, officials said.", "phone", needs_poss=True),
    Construction(
        "after_his_meeting",
        "{A} told reporters after {pron} meeting with {B}{place}{day} that the two sides had agreed to expand trade.",
    ),
    Construction(
        "in_a_meeting_with", "In a meeting with {B}{place}{day}, {A} called for closer cooperation.", b_first=True
    ),
    Construction(
        "in_a_phone_call_with",
        "In a phone call with {B}{day}, {A} discussed the situation in the region.",
        "phone",
        b_first=True,
    ),
    Construction("paid_a_visit_to", "{A} paid a visit to {dest}{day}.", visit=True),
    Construction("visited", "{A} visited {dest}{day}{topic}.", visit=True),
    Construction("will_meet", "{A} will meet {B}{place}{pday}.", status="planned"),
    Construction("is_scheduled_to_meet", "{A} is scheduled to meet {B}{place}{pday}.", status="planned"),
    Construction("is_due_to_hold_talks", "{A} is due to hold talks with {B}{place}{pday}.", status="planned"),
    Construction("joint_will_hold_talks", "{A} and {B} will hold talks{place}{pday}.", status="planned"),
    Construction("joint_met", "{A} and {B} met{place}{day}{topic}."),
    Construction("joint_spoke_by_phone", "{A} and {B} spoke by phone{day}{topic}.", "phone"),
    Construction("joint_held_a_phone_call", "{A} and {B} held a phone call{day}{topic}.", "phone", noun=True),
    Construction("conferred_with", "{A} conferred with {B}{place}{day}{topic}."),
    Construction("had_talks_with", "{A} had talks with {B}{place}{day}{topic}.", noun=True),
    Construction("sat_down_with", "{A} sat down with {B}{place}{day}{topic}."),
    Construction("exchanged_views_with", "{A} exchanged views with {B}{place}{day} on regional issues."),
    Construction("paid_a_courtesy_call_on", "{A} paid a courtesy call on {B}{place}{day}."),
    Construction("called_on", "{A} called on {B}{place}{day}."),
    Construction("was_hosted_by", "{B} was hosted by {A}{place}{day}.", b_first=True),
    Construction("is_to_meet", "{A} is to meet {B}{place}{pday}.", status="planned"),
    Construction("will_host", "{A} will host {B}{place}{pday}.", status="planned"),
    Construction("fronted_sidelines", "On the sidelines of the G20 summit in Rio de Janeiro{day}, {A} met {B}."),
    Construction("visited_where_met", "{A} visited {bdest}{day}, where {spron} met {B}.", host_dest=True),
    Construction("during_a_visit_met", "{A}, during a visit to {bdest}{day}, met {B}.", host_dest=True),
    Construction("states_joint_held_talks", "{A} and {B} held talks{place}{day}{topic}.", states=True, noun=True),
    Construction("states_held_talks_with", "{A} held talks with {B}{place}{day}{topic}.", states=True, noun=True),
    Construction(
        "states_annual_dialogue", "{A} and {B} held their annual strategic dialogue{place}{day}.", states=True
    ),
    Construction("is_expected_to_meet", "{A} is expected to meet {B}{place}{pday}.", status="planned"),
    Construction("will_travel_to_meet", "{A} will travel to {city}{pday} to meet {B}.", status="planned"),
    Construction(
        "poss_meeting_object", "Officials described {A}'s meeting with {B}{place}{day} as productive.", needs_poss=True
    ),
    Construction("held_a_telephone_call", "{A} held a telephone call with {B}{day}{topic}.", "phone", noun=True),
    Construction("is_set_to_visit", "{A} is set to visit {dest}{pday}.", status="planned", visit=True),
    Construction("on_the_sidelines", "{A} met {B} on the sidelines of the G20 summit in Rio de Janeiro{day}."),
    Construction("who_is_on_a_visit", "{A}, who is on a visit to {dest}, met {B}{day}.", host_dest=True),
    Construction("participle_meeting", "{A} opened a business forum in {city}{day}, later meeting {B}."),
    Construction("names_later", "{A} met {B}{place}{day}. {a} and {b} discussed trade, energy and security."),
    Construction(
        "call_then_planned_visit",
        "{A} held a phone call with {B}{day}. {a} will visit {bdest} next month, the ministry said.",
        "phone",
        second="visit",
    ),
    Construction(
        "met_then_meet_again",
        "{A} met {B}{place}{day}. The two agreed to meet again in Tokyo in the spring.",
        second="again",
    ),
)

CITIES = ("Jakarta", "Nairobi", "Hanoi", "Lima")

# -- cases -----------------------------------------------------------------------------------------------


@dataclass
class Expect:
    parties: list[tuple[str, str]]
    modality: str
    status: str
    date: str | None = SKIP
    location: str | None = SKIP


@dataclass
class Case:
    id: str
    text: str
    expects: list[Expect]
    slots: dict[str, str] = field(default_factory=dict)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _tidy(text: str) -> str:
    text = text.replace(",.", ".").replace(",,", ",").replace(", ,", ",")
    return text.replace("..", ".")


def _poss(p: Party) -> str:
    return p.first + "'s"


def _counterpart(a: Party, rng: random.Random) -> Party | None:
    if a.role is None:
        return None
    choices = [c for c in COUNTERPARTS if c[1] != a.country]
    dem, iso, key, name = rng.choice(choices)
    if name is None:
        later = f"the {dem} minister" if a.role == "fm" else f"the {dem} leader"
        return Party(key, f"{a.pron} {dem} counterpart", later, ("unnamed", iso), iso, poss=False)
    return Party(key, f"{a.pron} {dem} counterpart {name}", name.split()[-1], ("name", name), iso)


def _case(c: Construction, rng: random.Random, n: int) -> Case | None:
    a = rng.choice(STATES if c.states else PERSONS)
    if c.needs_poss and not a.poss:
        return None
    if c.states:
        b: Party | None = rng.choice(STATES)
    else:
        b = _counterpart(a, rng) if not c.b_first and rng.random() < 0.2 else rng.choice(PERSONS)
    if b is None or b is a or (a.country is not None and a.country == b.country) or b.expect == a.expect:
        return None
    if c.host_dest and (b.country is None or b.country not in COUNTRY_NAME or b.expect[0] == "role"):
        return None
    if c.second == "visit" and (b.country is None or b.country == a.country):
        return None
    if {a.key, b.key} == {"unnamed_org_chief", "un_secretary_general"}:
        return None  # one office, twice
    day_text, held_date, _ = rng.choice(DAYS)
    pday_text, planned_date = rng.choice(PLANNED_DAYS)
    place_text, place_loc = rng.choice(PLACES)
    topic = rng.choice(TOPICS if c.noun else TOPICS[:3])
    dateline = rng.choice(DATELINES)
    lead, lead_date = rng.choice(LEADS) if c.status == "held" and not c.b_first else ("", None)
    tail = rng.choice(TAILS) if not c.second and "said" not in c.template else ""
    dest_text, dest_iso, dest_key, dest_loc = rng.choice(DESTINATIONS)
    if c.visit and dest_iso == a.country:
        return None
    if lead_date is not None:
        day_text, held_date = "", lead_date
    city = rng.choice(CITIES)
    tpl = c.template
    if lead:
        tpl = lead + (tpl if tpl.startswith("{") else tpl[:1].lower() + tpl[1:])
    uses_place = "{place}" in tpl
    uses_topic = "{topic}" in tpl
    uses_day = "{day}" in tpl
    uses_pday = "{pday}" in tpl
    text = ". ".join(
        _cap(
            part.format(
                A=a.first,
                B=b.first,
                a=a.later,
                b=b.later,
                pron=a.pron,
                spron={"his": "he", "her": "she"}[a.pron],
                day=day_text,
                pday=pday_text,
                place=place_text,
                topic=topic,
                dest=COUNTRY_NAME.get(b.country or "", "") if c.host_dest else dest_text,
                bdest=COUNTRY_NAME.get(b.country or "", ""),
                city=city,
            )
        )
        for part in tpl.split(". ")
    )
    if tail:
        text = text[:-1] + tail + "."
    text = dateline + text
    text = _tidy(text)
    if re.search(r"Jr\. [A-Z]", text):
        # left out: "... with President Ferdinand Marcos Jr. De la Fuente will visit ...": "Jr." closing a sentence
        # reads as "Jr. said" to the sentence splitter (text.py, not this family's)
        return None
    if re.search(r"\. [^\x00-\x7f]", text):
        # left out: "... Boluarte Zegarra. Çavuşoğlu will visit Peru": a sentence opening with a capital beyond A-Z is
        # not split from the one before (text.py's boundary pattern, not this family's)
        return None
    if c.visit:
        other: tuple[str, str] = ("country", dest_iso)
    else:
        other = b.expect
    if c.status == "held":
        date = held_date if (uses_day or lead_date) else None
        if date is None and "March 12" in dateline:
            date = SKIP  # the wire dateline's day may be the day of a held meeting the text gives no day
    else:
        date = planned_date if uses_pday else None
    if c.visit:
        loc: str | None = (
            dest_loc if dest_loc or not dateline else SKIP
        )  # a visited country: the dateline's city may be its place
    elif c.modality != "in_person":
        loc = None
    elif uses_place and place_loc:
        loc = place_loc
    elif uses_place and not dateline:
        loc = None
    else:
        loc = SKIP
    if c.key == "on_the_sidelines":
        loc = SKIP  # the summit's city or none: either reads right
    expects = [Expect([a.expect, other], c.modality, c.status, date, loc)]
    if c.second == "visit":
        expects.append(Expect([a.expect, ("country", b.country or "")], "in_person", "planned", None, SKIP))
    elif c.second == "again":
        expects.append(Expect([a.expect, b.expect], "in_person", "planned", None, "Tokyo"))
    slots = {
        "construction": c.key,
        "A": a.key,
        "B": "dest:" + dest_key if c.visit else b.key,
        "day": (lead_date and "lead") or (day_text.strip() if uses_day else pday_text.strip() if uses_pday else "-"),
        "place": place_text.strip() if uses_place else "-",
        "topic": topic.strip()[:20] if uses_topic else "-",
        "dateline": dateline.strip() or "none",
        "lead": lead.strip() or "none",
        "tail": tail.strip(", ") or "none",
    }
    return Case(f"{c.key}-{n}", text, expects, slots)


PER_CONSTRUCTION = 36


def cases() -> list[Case]:
    out: list[Case] = []
    for i, c in enumerate(CONSTRUCTIONS):
        rng = random.Random(1000 + i)
        seen: set[str] = set()
        n = 0
        tries = 0
        while n < PER_CONSTRUCTION and tries < PER_CONSTRUCTION * 20:
            tries += 1
            k = _case(c, rng, n)
            if k is None or k.text in seen:
                continue
            seen.add(k.text)
            out.append(k)
            n += 1
    return out


# -- checking --------------------------------------------------------------------------------------------

_HONORIFICS = {"mr", "mrs", "ms", "dr", "sheikh", "prince", "h", "e"}


def _toks(name: str) -> list[str]:
    name = unicodedata.normalize("NFKD", name or "")
    name = "".join(ch for ch in name if not unicodedata.combining(ch)).casefold()
    toks = re.findall(r"[a-z0-9]+", name)
    return [t for t in toks if t not in _HONORIFICS] or toks


def _fits(actor: object, want: tuple[str, str]) -> bool:
    kind, value = want
    a_kind = getattr(actor, "kind", "")
    if kind == "name":
        return a_kind == "person" and _toks(getattr(actor, "name", "")) == _toks(value)
    if kind == "unnamed":
        return (
            a_kind == "person" and getattr(actor, "country", None) == value and bool(getattr(actor, "unnamed", False))
        )
    if kind == "role":
        return a_kind == "person" and value in (getattr(actor, "name", "") or "").casefold()
    if kind == "state":
        # a state by its name, its capital or its government: the country, or the government as a body of it
        return a_kind in ("country", "organization", "group") and getattr(actor, "country", None) == value
    return a_kind == "country" and getattr(actor, "country", None) == value


def _matches(f: Article, ids: tuple[str, ...], parties: list[tuple[str, str]]) -> bool:
    actors = {a.id: a for a in f.actors}
    got = [actors[i] for i in ids if i in actors]
    if len(got) != len(parties):
        return False
    return any(all(_fits(x, w) for x, w in zip(perm, parties, strict=True)) for perm in itertools.permutations(got))


def problems(f: Article, case: Case) -> list[str]:
    """What the extraction got wrong: 'missed', 'extra', 'modality', 'status', 'date', 'location'."""
    out: list[str] = []
    used: set[int] = set()
    for e in case.expects:
        hit = None
        for i, m in enumerate(f.meetings):
            if i not in used and _matches(f, m.participants, e.parties):
                hit = i
                break
        if hit is None:
            out.append("missed")
            continue
        used.add(hit)
        m = f.meetings[hit]
        if m.modality != e.modality:
            out.append(f"modality:{m.modality}")
        if m.status != e.status:
            out.append(f"status:{m.status}")
        if e.date != SKIP:
            got = m.date.value if m.date is not None else None
            if got != e.date:
                out.append(f"date:{got}")
        if e.location != SKIP:
            got_loc = m.location.name if m.location is not None else None
            ok = (got_loc or "").casefold() == (e.location or "").casefold() or bool(
                got_loc
                and e.location
                and (got_loc.casefold() in e.location.casefold() or e.location.casefold() in got_loc.casefold())
            )
            if not ok:
                out.append(f"location:{got_loc}")
    if len(f.meetings) > len(used):
        out.append("extra")
    return out


def run(case: Case) -> Article:
    return newsfacts.extract(case.text, published=PUBLISHED)


CASES = cases()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_sweep_meetings(case: Case) -> None:
    f = run(case)
    assert problems(f, case) == [], case.text


# -- the failure table -----------------------------------------------------------------------------------


def _table() -> Iterator[str]:
    from collections import Counter, defaultdict

    fails: dict[str, Counter[str]] = defaultdict(Counter)
    uses: dict[str, Counter[str]] = defaultdict(Counter)
    kinds: Counter[str] = Counter()
    examples: list[str] = []
    bad = 0
    for case in CASES:
        p = problems(run(case), case)
        for slot, value in case.slots.items():
            uses[slot][value] += 1
            if p:
                fails[slot][value] += 1
        if p:
            bad += 1
            for k in p:
                kinds[k.split(":")[0]] += 1
            examples.append(f"  {case.id}: {p} | {case.text}")
    yield f"cases {len(CASES)}, failing {bad}; by kind {dict(kinds)}"
    for slot in uses:
        yield f"-- {slot}"
        for value, n in sorted(uses[slot].items(), key=lambda kv: (-fails[slot][kv[0]] / kv[1], kv[0])):
            yield f"  {fails[slot][value]:4d} / {n:4d}  {value}"
    if "-v" in sys.argv:
        yield "-- failing cases"
        yield from examples


if __name__ == "__main__":
    for line in _table():
        print(line)
