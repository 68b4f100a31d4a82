"""Page furniture of outlets with no plugin of their own: bylines without "By", reading times,
section labels, share bars and prompts, credits and sign-offs, alone or glued to a paragraph.

Every line here is invented. Each family has lines that go, and article sentences that look like
them and stay.
"""

from __future__ import annotations

import pytest

from furniture import (  # tests/ is on sys.path
    HEADLINE,
    LAST,
    LEAD,
    MORE,
    clean,
    goes_after_the_article,
    goes_between_paragraphs,
    goes_under_the_headline,
    stays_between_paragraphs_and_after_the_article,
)
from newsfacts.plugins import PluginManager, get_plugin_manager

BYLINES = [
    "Jane Doe",
    "Nur Aisyah Rahman",
    "Omar bin Khalid",
    "Jane Doe and Omar Ali",
    "By Jane Doe and Omar Ali",
    "Jane Doe | Staff Reporter",
    "Jane Doe, Diplomatic Correspondent",
    "Tom Quill Diplomatic editor",
    "By Jane Doe, diplomatic correspondent",
    "Jane Doe, Correspondent in Lima",
    "Jane Doe, Lima",
    "Jane Doe | Andina",
    "Jane Doe @janedoe",
    "Our correspondent in Lima",
    "Written by Jane Doe",
    "Reporting by Jane Doe; Editing by Omar Ali",
    "Reporting by Jane Doe in Lima; additional reporting by Omar Ali; Editing by Tom Quill",
    "Andes News, Lima",
    "Jane Doe in Lima",
    "By Jane Doe in Lima",
    "By Jane Doe | Andina | 9 April",
    "By Jane Doe (jdoe@example.com)",
    "Senior reporter",
    "WRITER: Jane Doe",
    "Jane Doe | Senior Correspondent | Lima",
    "Written By: Jane Doe",
]
STAMPS = [
    "3 min read",
    "5-minute read",
    "Reading time: 4 minutes",
    "Listen to this article",
    "Updated 14:02 GMT",
    "Updated 21:14, 09-Apr-2025",
    "Wed 9 Apr 2025 14.20 BST",
    "Lima   ●   Wed, April 9, 2025",
    "Last updated: April 9, 2025",
    "Published on April 9, 2025",
    "Issued on: 09/04/2025 - 14:02",
    "Jane Doe Published April 9, 2025 Updated a day ago",
    "World News | Andes Trust of Peru | Updated: April 09, 2025 2:02 pm PET",
    "Peru Desk / ANDINA.EXAMPLE / Updated: Apr 9, 2025, 14:02 PET",
    "By AT - Apr 09,2025 - Last updated at Apr 09,2025",
    "09 Apr 2025 02:02PM (Updated: 09 Apr 2025 02:05PM)",
    "Updated April 9",
    "Yesterday, 14:02",
    "Read time: 3 min",
]
LABELS = [
    "World",
    "Politics",
    "DIPLOMACY",
    "Diplomacy | Middle East",
    "Middle East & Africa",
    "Home > World > Americas",
    "News » Peru » Foreign Affairs",
    "Topics: Peru, Chile",
    "Keywords: border, trade",
    "Eurasia",
    "Current Affairs",
]
PROMPTS = [
    "Share",
    "Share on Facebook",
    "Share via Email",
    "Copy URL",
    "Copy link",
    "Tweet",
    "Follow us on Telegram",
    "Subscribe to Andina on Telegram",
    "Join our WhatsApp channel for the latest news.",
    "Subscribe to our newsletter",
    "Sign up for the Morning Brief",
    "Get the latest news from Peru and the world on our app.",
    "Read more: Peru and Chile open a new border post",
    "Also read: Bolivia names new envoy to Lima",
    "ALSO READ | Bolivia names new envoy to Lima",
    "Related: Chile and Argentina sign fisheries deal",
    "Leave a comment",
    "Advertisement",
    "Advertisement - Scroll to continue",
    "Reuse this content",
    "Support our journalism",
    "Listen to article",
    "Share on:",
    "Be the first to comment",
    "Read more - Peru and Chile open a new border post",
    "- Advertisement -",
    "Email Facebook X Reddit LinkedIn Print",
    "Link copied to clipboard",
    "Text Size Small Medium Large",
    "Daily newsletter Receive the news from the Andes every morning Subscribe",
    "Send us your feedback",
    "Contact us | Privacy Policy | Terms of Use",
    "Disclaimer: The views expressed are the author's own.",
    "Stay updated with our WhatsApp channel.",
    "Advertising",
    "Click to enlarge",
    "___",
]
CREDITS = [
    "— Andina",
    "-- Andina",
    "— TIMES/NA",
    "Enditem/ls",
    "/ANDINA/",
    "Source: Andina",
    "Source: Andina, Reuters",
    "(With input from Andina)",
    "With inputs from agencies",
    "(AFP)",
    "Agencies",
    "Photo: Andina",
    "File photo",
    "(Photo: Andina)",
    "Getty Images",
    "ANDINA/Jane Doe",
    "Image caption, The two ministers shook hands in Lima",
    "Jane Doe is the paper's Lima correspondent.",
    "Jane Doe is a staff writer at The Andean Times.",
    "The writer is a former ambassador of Peru to Chile.",
    "Omar Ali contributed reporting from Santiago.",
    "This article was amended on 9 April 2025 to correct the spelling of a name.",
    "An earlier version of this story gave a wrong date for the talks.",
    "If you quote any materials, a hyperlink to andina.example is obligatory.",
    "ab cd1 efg hi",
    "Source: Andina/jd",
    "with AFP",
    "With Andina and AFP",
    "About the author: Jane Doe covers diplomacy.",
    "Jane Doe is a Lima-based journalist covering diplomacy.",
    "Andes Press writer Omar Ali in Santiago contributed to this report.",
    "Andina's Jane Doe reports from Lima.",
    "Item 1 of 3 Peru's foreign minister speaks in Lima, April 9, 2025. ANDINA/Jane Doe",
    "(Except for the headline, this story has not been edited by Andina staff.)",
    "Purchase Licensing Rights, opens new tab",
]


@pytest.fixture(scope="module")
def pm() -> PluginManager:
    return get_plugin_manager()


@pytest.mark.parametrize("line", BYLINES + STAMPS + LABELS)
def test_furniture_under_the_headline_goes_and_the_headline_stays(pm: PluginManager, line: str) -> None:
    goes_under_the_headline(pm, line)


@pytest.mark.parametrize("line", BYLINES + STAMPS + LABELS + PROMPTS + CREDITS)
def test_furniture_after_the_article_goes(pm: PluginManager, line: str) -> None:
    goes_after_the_article(pm, line)


@pytest.mark.parametrize("line", PROMPTS + CREDITS)
def test_furniture_between_paragraphs_goes_alone(pm: PluginManager, line: str) -> None:
    goes_between_paragraphs(pm, line)


@pytest.mark.parametrize(
    "tail",
    [
        ("Tags:", "Border trade", "Peru-Chile relations"),
        ("Topics", "Border trade", "Andean diplomacy"),
        ("Explore more on these topics", "Foreign policy", "South America"),
        ("Trending now", "Bolivia names new envoy", "Chile signs fisheries deal"),
    ],
)
def test_a_topic_list_after_the_article_goes_whole(pm: PluginManager, tail: tuple[str, ...]) -> None:
    text = "\n\n".join([HEADLINE, LEAD, MORE, LAST, *tail]) + "\n"
    _, body, removed = clean(pm, text)
    assert removed == list(tail)
    assert body == [LEAD, MORE, LAST]


@pytest.mark.parametrize(
    "glued",
    [
        " — Andina",
        " - Andina",
        " — TIMES/NA",
        " Enditem",
        " Enditem/ls",
        " Source: Andina",
        " (With input from Andina)",
        " (AFP)",
        " (Photo: Andina)",
        " (Andina/Jane Doe)",
        " ANDINA/Jane Doe",
        " Photograph: Jane Doe/AFP",
    ],
)
def test_credits_glued_to_a_paragraph_go_alone(pm: PluginManager, glued: str) -> None:
    text = "\n\n".join([HEADLINE, LEAD, MORE, f"{LAST}{glued}"]) + "\n"
    _, body, removed = clean(pm, text)
    assert body == [LEAD, MORE, LAST]
    assert removed == [glued.strip()]


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the talks, both sides had agreed on a roadmap, the ministry said.",
        "Share of trade rose to 12 percent last year, according to customs data.",
        "Read more about the agreement in the joint statement, he said.",
        '"Never."',
        "“Enough!”",
        "World leaders gathered in Lima on Tuesday for the summit.",
        "Source: the ministry said the talks would resume on Friday.",
        "Politics aside, the two ministers agreed to cooperate on trade.",
        "Reporting by state media suggested the talks had stalled.",
        "Written by hand, the letter was delivered to the embassy on Monday.",
        "Jane Doe is a former diplomat who served in Lima for a decade, the ministry said.",
        "Jane Doe, the ministry's spokeswoman, said the talks went well.",
        "Follow the money, the minister told reporters on Twitter.",
        "Sign up for the new visa scheme has been slow, officials said.",
        "With input from all sides, the ministers agreed to draft a text.",
        "Photo opportunities were limited during the visit, reporters said.",
        "Related talks on fisheries will be held in May.",
        "Topics discussed included trade, security and migration.",
        "The writer of the letter, a former minister, said he regretted the delay.",
        "Europe remains divided on the issue, the minister said.",
        "Comments made by the envoy drew criticism from Santiago.",
        "Copy of the letter was sent to the United Nations, he said.",
        "Abu Dhabi and Riyadh have both welcomed the deal.",
        "He said the deal was final. - and added that no more talks were needed.",
        "By Jane Doe's account, the talks failed.",
        "Video footage showed the two ministers shaking hands in Lima.",
        "Watch out for the deadline, the minister warned.",
        "Yesterday the ministers met again in Lima.",
        "Stay the course, the minister urged his counterpart.",
        "Contact between the two sides resumed in May.",
        "For more than a decade, the two countries have disputed the border.",
        "Jane Doe writes that the talks were a success.",
        "Subscribe to the view that trade brings peace, the minister urged.",
        "Join talks in Geneva were envoys from Peru and Chile, the statement said.",
    ],
)
def test_sentences_that_resemble_furniture_stay(pm: PluginManager, line: str) -> None:
    stays_between_paragraphs_and_after_the_article(pm, line)


def test_a_one_word_quote_in_the_article_stays(pm: PluginManager) -> None:
    text = "\n\n".join([HEADLINE, LEAD, "“Peace.”", MORE, LAST]) + "\n"
    _, body, _ = clean(pm, text)
    assert body == [LEAD, "“Peace.”", MORE, LAST]


@pytest.mark.parametrize(
    "run",
    [
        "Jane Doe, " * 3000,
        "By Jane Doe and " * 2000,
        "World | " * 3000,
        "Home > " * 3000,
        "Reporting by Jane Doe; " * 1000,
        "Source: Andina, " * 2000,
        "Jane Doe is a " * 2000,
        "World News | Andes Trust of Peru | " * 500,
        "ANDINA/Jane Doe/" * 2000,
        "said. — Andina" * 2000,
        ". Photo: " * 3000,
    ],
)
def test_near_misses_of_the_furniture_patterns_finish(pm: PluginManager, run: str) -> None:
    # no timing assert: a catastrophic backtrack would hang, which the runner's timeout reports
    for text in (run, f"{HEADLINE}\n\n{run}\n\n{LAST}\n", "\n".join([run[:120]] * 200)):
        c, _, _ = clean(pm, text)
        assert all(0 <= s.start <= s.end <= len(text) for s in (*c.body, *c.boilerplate))
