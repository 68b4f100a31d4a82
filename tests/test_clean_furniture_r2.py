"""Page furniture of outlets with no plugin of their own, second round: stamps in more styles,
bylines and credits written out, agency initials, language-version links, lone place tags,
counters and page widgets, prompts and appeals, comment rules and reuse notices, section tails
in more words and languages, photo credits glued to a caption.

Every line here is invented. Each kind has lines that go, and article sentences that look like
them and stay (a prose line removed loses the statements in it).
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

STAMPS = [
    "Diplomacy Desk 9 April 2025 14:02 (UTC -05:00)",
    "9 April 2025 14:02 (UTC-05:00)",
    "April 9, 2025 2:02 PM 3 min read",
    "Last updated: 09/04 - 14:02",
    "09 APR 2025",
    "09 ABR 2025 02:02 PM",
    "April 9, 2025 (Andes Daily)",
    "Jane Doe · Andes News · Posted: Apr 9, 2025 2:02 PM PET | Last Updated: 3 hours ago",
    "Actualizado el 09/04/2025, 02:02 p.m.",
    "09.04.2025, 14.02 Uhr",
    "Lima - APR 09, 2025 - 14:02 PET",
    "Andes Today 2025.04.09.",
    "Politics | April 9, 2025, Wednesday // 14:02 | Views: 318",
    "Published: 04.09.25, 14:02",
    "Published on April 9, 2025, at 2:02 pm (Lima)",
    "By Jane Doe in Diplomacy on 9 April 2025",
    "By ANDES/Andina, in News · 9 April 2025, 14:02 · 0 Comments",
]
CREDITS = [
    "Translator: Ana Quispe, Luis Mamani",
    "Translator: Ana Quispe | Editor: Luis Mamani",
    "Editor: L.Mamani",
    "Translation: Ana Quispe - Edition: Luis Mamani",
    "Text by: ANDES 24 with AFP",
    "Credits: Andina; Author: Andina;",
    "JANE DOE, Andes staff writer",
    "Jane Doe with AFP, dpa",
    "Andes Daily with AFP",
    "Newsroom",
    "By Andes staff",
    "The Andean Weekly staff",
    "By Andes Herald reporter.",
    "Andes Gazette report",
    "By diplomatic reporter Jane Doe",
    "Diplomatic reporter·Andes Herald·",
    "BY JANE DOE [jane.doe@example.com]",
    "Jane Doe | El Diario in English",
    "J.D.",
    "ANDES JD MK RT",
    "ANDES 1402 GMT 2025",
    "--(Andina)",
    "andesTV/ JD",
    "Keystone-SDA",
    "AFP/Reuters",
    "(Source: Andina)",
    "Andes.pe (Andean News Agency)",
    "Andes.pe, EFE",
    "The Andean Times",
    "Peru Today",
    "PERU / Foreign Affairs",
    "Edited translation from El Diario",
    "Some information for this report came from Reuters.",
    "(Spanish original by Jane Doe, Foreign Desk)",
    "[Edited by Jane Doe]",
    "Jane Doe is the paper's Andean correspondent, based in Lima.",
    "Source: Andina/jd(om)",
    "Source: Andina - EFE",
]
PHOTOS = [
    "Picture: PERU FOREIGN MINISTRY",
    "Foto: Andina/Jane Doe",
    "(Photo source: Andina.pe)",
    "Main image credit: Andina (public domain)",
    "featured image: the minister's Facebook page",
]
PLACES_AND_TAGS = [
    "Lima",
    "Lima, Cusco",
    "Lima--",
    "CUSCO, Cusco Region",
    "#Peru",
    "#Peru #Chile #border trade",
]
WIDGETS = [
    "Read in Spanish",
    "Quechua version",
    "Article in Spanish",
    "This article is also available in: Spanish, Portuguese",
    "Lire en français",
    "Zur Merkliste hinzufügen",
    "Link kopieren",
    "Compartir",
    "A+ A-",
    "0:00 / 3:12",
    "- Views: 318",
    "Comments - 0",
    "Full article 2 comments",
    "Listen",
    "Donate",
    "FOLLOW US:",
    "Go to video",
    "Show full article",
    "Open this photo in gallery:",
    "What you need to know:",
    "Key points:",
    "Get a quick summary with ANDES BRIEF",
    "Do you like the content of this article?",
    "How does this make you feel?",
    "Found a mistake in this article?",
    "Report it to us.",
    "Report an editorial error",
    "Check out our other content",
    "Kindly share this story:",
    "Download e-Paper",
    "Read more with Andina",
    "Latest news on Peru-Chile relations",
    "Content-Type: News",
    "Andes News' Journalistic Standards and Practices|About Andes News",
    "Corrections and clarifications",
]
PROMPTS = [
    "Stay up-to-date with more news on Andina's Telegram channel",
    "Subscribe to The Andean Times",
    "Subscribe to Andes24 and support independent journalism",
    "Get the Andina app for ad-free news",
    "Get breaking news alerts directly to your phone with the Andina app.",
    "Andina.pe is now on Telegram. Click here to join our channel.",
    "Like Andina on Facebook, follow @Andina on X to stay informed.",
    "For more stories like this, follow us on Facebook and Instagram.",
    "Sign up to The Brief, a free newsletter sent every morning.",
    "By subscribing, you help us keep reporting from the Andes.",
    "Support The Andean Times' journalism of integrity",
    "We have reported from Lima for ten years. Support independent journalism in Peru.",
    "In these times, quality journalism is more important than ever.",
    "Andes Eye covers the region. To learn more about republishing this content, write to us.",
    "Andes Notes is run by a small team and funded by donations from our readers.",
    "Track latest news live on Andina.pe",
]
NOTICES = [
    "Comments will be moderated. Keep them civil and on topic.",
    "Users with an Andes ID can leave comments on our stories.",
    "Please direct questions or comments to [desk@andina.example]",
    "All rights reserved. This material may not be reproduced without written permission.",
    "Any material taken from this site must be accompanied by a reference to the source.",
    "A link to Andina is required when using materials",
    "Copyright (c) 2025. Andes Media, Inc. Used with permission.",
    "This item was produced by an outside news team and checked before publication.",
    "Translation of an article originally published in Spanish on andina.example.",
]
TAILS = [
    ("Related Story", "Bolivia names new envoy to Lima"),
    ("RELATED STORY", "Bolivia names new envoy to Lima"),
    ("You may like these stories too:", "Bolivia names new envoy", "Chile signs fisheries deal"),
    ("Other news", "Bolivia names new envoy to Lima"),
    ("Other Topics of Interest", "Bolivia names new envoy to Lima"),
    ("More information", "Bolivia names new envoy to Lima"),
    ("More by this Author",),
    ("More in (andina.example):", "Bolivia names new envoy to Lima"),
    ("Related topic:", "Andean trade"),
    ("Related search: Peru, Chile, border",),
    ("Mehr lesen über", "Peru", "Chile"),
    ("Más sobre:", "Cancillería", "Política exterior"),
    ("TE PUEDE INTERESAR", "Dólar cierra a la baja"),
    ("Read More »", "Bolivia names new envoy to Lima"),
]
BETWEEN = [
    "LEE TAMBIÉN: Bolivia nombra nuevo embajador en Lima",
    "Editor's Choice: Peru targets record copper exports",
    "Read more Subscribers only Peru and Chile, a long border dispute",
]


@pytest.fixture(scope="module")
def pm() -> PluginManager:
    return get_plugin_manager()


@pytest.mark.parametrize("line", STAMPS + CREDITS[:24] + PLACES_AND_TAGS)
def test_furniture_under_the_headline_goes_and_the_headline_stays(pm: PluginManager, line: str) -> None:
    goes_under_the_headline(pm, line)


@pytest.mark.parametrize("line", STAMPS + CREDITS + PHOTOS + PLACES_AND_TAGS + WIDGETS + PROMPTS + NOTICES)
def test_furniture_after_the_article_goes(pm: PluginManager, line: str) -> None:
    goes_after_the_article(pm, line)


@pytest.mark.parametrize("line", PHOTOS + WIDGETS + PROMPTS + NOTICES + BETWEEN)
def test_furniture_between_paragraphs_goes_alone(pm: PluginManager, line: str) -> None:
    goes_between_paragraphs(pm, line)


@pytest.mark.parametrize("tail", TAILS)
def test_a_section_tail_after_the_article_goes_whole(pm: PluginManager, tail: tuple[str, ...]) -> None:
    text = "\n\n".join([HEADLINE, LEAD, MORE, LAST, *tail]) + "\n"
    _, body, removed = clean(pm, text)
    assert removed == list(tail)
    assert body == [LEAD, MORE, LAST]


@pytest.mark.parametrize("header", ["Related Story", "More information", "Other Topics of Interest"])
def test_a_link_header_between_paragraphs_takes_its_link_and_no_prose(pm: PluginManager, header: str) -> None:
    link = "Bolivia names new envoy to Lima"
    text = "\n\n".join([HEADLINE, LEAD, header, link, MORE, LAST]) + "\n"
    _, body, removed = clean(pm, text)
    assert removed == [header, link]
    assert body == [LEAD, MORE, LAST]


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("The two ministers shake hands in Lima on Tuesday.", "Photo by Andina"),
        ("The two ministers shake hands in Lima, 9 April 2025", "[ANDINA]"),
        ("Border posts near Tacna, 9 April 2025", "[Jane Doe/Andina]"),
    ],
)
def test_a_photo_credit_glued_to_a_caption_goes_alone(pm: PluginManager, caption: str, credit: str) -> None:
    text = "\n\n".join([HEADLINE, LEAD, MORE, f"{caption} {credit}", LAST]) + "\n"
    _, body, removed = clean(pm, text)
    assert removed == [credit]
    assert body == [LEAD, MORE, caption, LAST]


@pytest.mark.parametrize(
    "line",
    [
        # stamps and bylines
        "By the end of the talks on 9 April 2025, both sides had agreed on a roadmap.",
        "By Tuesday, the two ministers had met three times, the ministry said.",
        "Lima and Santiago signed the accord in April 2025, officials said.",
        # credits
        "Translation of the treaty into Quechua will take a year, the minister said.",
        "Translated from Spanish, the letter says the border will stay open.",
        "Jane Doe, with AFP and Reuters reporters present, said the talks went well.",
        "Some information in the report was false, the ministry said.",
        "Jane Doe is the ministry's spokeswoman, based in Lima, and said the talks went well.",
        "Editor Jane Doe said the newspaper would appeal the ruling.",
        "The staff of the embassy were evacuated on Monday, the ministry said.",
        "The Andean Times reported that the talks had stalled.",
        "Reuters and AFP reported that the talks had stalled.",
        # places and tags
        "Lima, Cusco and Arequipa will host the talks next year, the ministry said.",
        "#Peru trended on social media after the talks, officials said.",
        # widgets and prompts
        "Read in full, the statement calls for calm on both sides.",
        "Spanish version of the accord will be published on Friday, he said.",
        "Listen to the people of the border regions, the minister urged.",
        "Report it to the police, the minister told border traders.",
        "Latest news on the talks suggests a deal is close, diplomats said.",
        "Like many leaders on Facebook, the minister posted a photo of the meeting.",
        "Subscribe to the view that trade brings peace, the minister urged.",
        "Get tough on smuggling, the minister told the customs agency.",
        "Support for independent journalism has waned in the region, the report said.",
        "The minister said he would support independent journalism in both countries.",
        "Download speeds at the border post will improve next year, officials said.",
        "Sign up for the new visa scheme has been slow, officials said.",
        "Donate blood, the minister urged citizens after the earthquake.",
        # notices
        "Comments made by the envoy will be reviewed by the ministry, officials said.",
        "Any agreement must be accompanied by a timetable, the minister said.",
        "A link between the two railways is required under the accord, the minister said.",
        "This report was produced by a panel of experts, the statement said.",
        "This material may not be enough to convince Congress, the senator said.",
        # tails
        "More information will be released on Friday, the ministry said.",
        "Other news from the summit included a deal on fisheries.",
        "Related talks on fisheries will be held in May.",
    ],
)
def test_sentences_that_resemble_furniture_stay(pm: PluginManager, line: str) -> None:
    stays_between_paragraphs_and_after_the_article(pm, line)


@pytest.mark.parametrize(
    "run",
    [
        "By Jane Doe in " * 2000,
        "Jane Doe · Andes News · " * 2000,
        "ANDES JD " * 3000,
        "Jane Doe | El Diario " * 2000,
        "Translator: Ana Quispe, " * 2000,
        "Subscribe to Andes " * 2000,
        "Support Andes " * 2000,
        ". Support " * 3000,
        "journalism is " * 3000,
        "Comments will be " * 2000,
        "Any material " * 3000,
        "A link to " * 3000,
        "This material " * 3000,
        "Get the " * 3000,
        "#Peru " * 3000,
        "Lima, " * 3000,
        "[ANDES " * 3000,
        "click here " * 3000,
        "April 9, 2025, Wednesday // " * 500,
        "Read in " * 3000,
    ],
)
def test_near_misses_of_the_furniture_patterns_finish(pm: PluginManager, run: str) -> None:
    # no timing assert: a catastrophic backtrack would hang, which the runner's timeout reports
    for text in (run, f"{HEADLINE}\n\n{run}\n\n{LAST}\n", "\n".join([run[:120]] * 200)):
        c, _, _ = clean(pm, text)
        assert all(0 <= s.start <= s.end <= len(text) for s in (*c.body, *c.boilerplate))
