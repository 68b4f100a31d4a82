"""Cleaning pages in the wire and newspaper styles of outlets with no plugin of their own.

Every line here is invented: each test shows one general family (bylines, stamps, sign-offs,
desk codes, notes to readers) and that the article's sentences around it stay.
"""

from __future__ import annotations

import pytest

from newsfacts.clean import Cleaned, clean_article
from newsfacts.plugins import PluginManager, get_plugin_manager

HEADLINE = "Foreign ministers of Peru and Chile meet on border trade"
LEAD = "The foreign ministers of Peru and Chile met on Tuesday to discuss cross-border trade, the ministry said."
MORE = "Both sides agreed to set up a working group on customs, according to a joint statement issued later."
LAST = "The ministers are expected to meet again in Santiago in the spring, officials said."


@pytest.fixture(scope="module")
def pm() -> PluginManager:
    return get_plugin_manager()


def clean(pm: PluginManager, text: str) -> tuple[Cleaned, list[str], list[str]]:
    c = clean_article(text, None, pm.hook)
    return c, [s.slice(text) for s in c.body], [s.slice(text) for s in c.boilerplate]


def article(*header: str, lead: str = f"LIMA (Reuters) - {LEAD}", tail: tuple[str, ...] = ()) -> str:
    return "\n\n".join([HEADLINE, *header, lead, MORE, LAST, *tail]) + "\n"


# -- bylines and stamps between the headline and the dateline ---------------------------------


@pytest.mark.parametrize(
    "header",
    [
        ("By Jane Doe", "April 9, 2025 3:41 PM GMT+2 Updated 5 hours ago"),
        ("By MARIA LOPEZ and Tom Quill", "Updated 9:05 AM GMT-5, April 9, 2025"),
        ("by PERU DAILY WITH AGENCIES", "LIMA Apr 09, 2025 - 11:20 am GMT-5"),
        ("Ana Ruiz Published April 9, 2025",),
        ("Published On 9 Apr 2025",),
        ("By Jane Doe", "Published on 09/04/2025 - 18:02 GMT+2"),
        ("Updated - April 9, 2025 08:14 pm IST - LIMA", "AFP"),
        ("Jane Doe   |09.04.2025 - Update : 09.04.2025",),
        ("Andes Online , Wednesday 9 Apr 2025",),
        ("ANDES NEWS - Apr 9, 2025 - 18:25 | Politics, World",),
        ("Wednesday, 9 April 2025 4:32 PM  [ Last Update: Wednesday, 9 April 2025 5:10 PM ]",),
        ("World News 15:42 April 9, 2025",),
        ("Source: Andina", "Editor: Carla Mendez", "2025-04-09 20:14:32"),
        ("Source: Andina| 2025-04-09 21:05:11|Editor: staff",),
        ("PERU NEWS", "April 09, 2025 00:41", "Follow"),
    ],
)
def test_bylines_and_stamps_go_and_the_dateline_is_still_found(pm: PluginManager, header: tuple[str, ...]) -> None:
    text = article(*header)
    c, body, removed = clean(pm, text)
    assert c.title is not None and c.title.slice(text) == HEADLINE
    assert removed == list(header)
    assert body == [LEAD, MORE, LAST]
    assert c.dateline is not None and c.dateline.place == "LIMA"


def test_a_standfirst_before_the_byline_stays_and_the_dateline_after_it_is_found(pm: PluginManager) -> None:
    standfirst = "Talks focus on customs and a new border crossing, says the Peruvian ministry"
    text = article(standfirst, "Jane Doe |09.04.2025", lead=f"LIMA\n\n{LEAD}")
    c, body, removed = clean(pm, text)
    assert body == [standfirst, LEAD, MORE, LAST]
    assert c.dateline is not None and c.dateline.place == "LIMA"
    assert removed == ["Jane Doe |09.04.2025"]


@pytest.mark.parametrize(
    "lead",
    [
        f"LIMA, 9th April, 2025 (Andina) -- {LEAD}",
        f"Lima, April 9, 2025, ANDINA -- {LEAD}",
    ],
)
def test_datelines_with_a_year(pm: PluginManager, lead: str) -> None:
    c, body, _ = clean(pm, article(lead=lead))
    assert body[0] == LEAD
    assert c.dateline is not None and c.dateline.place in ("LIMA", "Lima")


@pytest.mark.parametrize("tag", ["(LEAD) ", "(2nd LD) ", "(URGENT) ", "(News Focus) "])
def test_a_wire_tag_before_the_headline_keeps_it_the_title(pm: PluginManager, tag: str) -> None:
    text = f"{tag}{HEADLINE}\n\nLIMA, April 9 (Andina) -- {LEAD}\n\n{MORE}\n"
    c, body, _ = clean(pm, text)
    assert c.title is not None and c.title.slice(text) == f"{tag}{HEADLINE}"
    assert body == [LEAD, MORE]


# -- chrome at the end of the article ----------------------------------------------------------


@pytest.mark.parametrize(
    "tail",
    [
        ("-- ANDINA",),
        ("--PNA",),
        ("— AFP",),
        ("desk-xyz/ab",),
        ("bb.kl",),
        ("lima@andina.example.pe",),
        ("ANDINA/Carla Mendez/Tom Quill",),
        ("20:15 LOCAL TIME 01:15 GMT", "0071"),
        ("Published in Andes Times, April 10th, 2025",),
        ("First published in The Andean Review.",),
        ("Our Standards: The Andina Editorial Principles.",),
        ("Our Standards: The Andina Editorial Principles., opens new tab",),
        (
            "The Andina website carries only part of the stories sent to subscribers of its wire service. "
            "Please contact us for subscription options.",
        ),
        ("The site can also be accessed at the following alternate addresses:", "www.andina.example.pe"),
        ("Short link:",),
        ("Short link: https://example.org/a/123",),
        ("Save", "Click here to share on social media", "share2", "READ LATER", "PRINT"),
        ("Related:", "Peru, Chile sign deal on fisheries", "Chilean minister arrives in Lima"),
        ("Related Topics", "Peru-Chile"),
        ("SUGGESTED", "Peru's president meets Bolivian counterpart", "SHARE THIS ARTICLE"),
        ("READ MORE", "Peru unveils plan for new border crossing"),
        ("Copyright 2025 Andina. All Rights Reserved.",),
    ],
)
def test_sign_offs_codes_and_notes_go(pm: PluginManager, tail: tuple[str, ...]) -> None:
    _, body, removed = clean(pm, article(tail=tail))
    assert body == [LEAD, MORE, LAST]
    assert removed == list(tail)


@pytest.mark.parametrize(
    ("glued", "fragment"),
    [(" (end)", "(end)"), (" (END) bb.kl", "(END) bb.kl"), (" -- ANDINA", "-- ANDINA"), (" — AFP", "— AFP")],
)
def test_sign_offs_glued_to_the_last_paragraph_go_alone(pm: PluginManager, glued: str, fragment: str) -> None:
    _, body, removed = clean(pm, article(tail=(f"{LAST}{glued}",)).replace(f"{LAST}\n\n", "", 1))
    assert body == [LEAD, MORE, LAST]
    assert removed == [fragment]


@pytest.mark.parametrize(
    "line",
    [
        "By contrast, the Chilean side said it would wait for the report.",
        "Published in the official gazette on Monday, the decree takes effect in May.",
        "The minister said the deal, signed in Lima, would be published in April.",
        "Source: the ministry said the talks would resume on Friday.",
        "Follow-up talks are planned for June, officials said.",
        "Prices rose 5.2 percent -- the highest since 2021.",
        "He said the site can be reached by road in two hours.",
    ],
)
def test_article_sentences_that_resemble_chrome_stay(pm: PluginManager, line: str) -> None:
    _, body, _ = clean(pm, article(tail=(line,)))
    assert body == [LEAD, MORE, LAST, line]


# -- tails -------------------------------------------------------------------------------------


def test_a_comments_line_above_the_article_cuts_nothing(pm: PluginManager) -> None:
    text = article("By Jane Doe", "Share this article", "Comments")
    c, body, removed = clean(pm, text)
    assert body == [LEAD, MORE, LAST]
    assert removed == ["By Jane Doe", "Share this article", "Comments"]
    assert c.dateline is not None


def test_a_tail_line_between_paragraphs_goes_alone_with_the_links_after_it(pm: PluginManager) -> None:
    text = "\n\n".join(
        [HEADLINE, LEAD, "Comments", MORE, "Read more:", "Peru and Chile open a new border post", LAST, "Related News"]
    )
    _, body, removed = clean(pm, text)
    assert body == [LEAD, MORE, LAST]
    assert removed == ["Comments", "Read more:", "Peru and Chile open a new border post", "Related News"]


def test_a_tail_after_the_article_takes_the_list_after_it(pm: PluginManager) -> None:
    text = article(tail=("Most Read", "Peru and Chile open a new border post", "Bolivia names new envoy"))
    _, body, removed = clean(pm, text)
    assert body == [LEAD, MORE, LAST]
    assert removed[-3:] == ["Most Read", "Peru and Chile open a new border post", "Bolivia names new envoy"]


# -- an agency's credit line above the headline; a "Related readings" list between paragraphs ----------------------


@pytest.mark.parametrize("credit", ["Andean News Agency (Lima)", "Xinhua News Agency (Beijing)"])
def test_an_agency_credit_line_over_the_headline_is_no_title(pm: PluginManager, credit: str) -> None:
    text = "\n\n".join(["9 April 2025", credit, HEADLINE, LEAD, MORE, LAST]) + "\n"
    c, body, chrome = clean(pm, text)
    assert c.title is not None and c.title.slice(text) == HEADLINE
    assert credit in chrome
    assert body == [LEAD, MORE, LAST]


def test_related_readings_take_their_links_between_paragraphs(pm: PluginManager) -> None:
    links = [f"{HEADLINE} Peru and Chile sign a customs pact", f"{HEADLINE} Andean trade grows by a third"]
    text = "\n\n".join([HEADLINE, LEAD, MORE, "Related readings:", *links, LAST]) + "\n"
    _, body, chrome = clean(pm, text)
    assert body == [LEAD, MORE, LAST]
    assert "Related readings:" in chrome and all(link in chrome for link in links)
