"""Page furniture of real news and government pages (session 9): stamps with the page's tools or a
byline after them, dates a stamp does not take, credits and sources in brackets, links to the next and
the previous story, a CMS's article furniture (Joomla's "Rate this item", "(1 Vote)", "Read 160 times"),
comment forms and their rules, paywall prompts, bulleted share buttons, lines in Cyrillic only, lines of
signs, an image's alt text; and headlines under a site's name or menu, or under the page's own title.

Every line here is invented. Each kind has lines that go, and article sentences that look like them and
stay (a prose line removed loses the statements in it).
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
from newsfacts_plugins.generic import newsfacts_find_title

STAMPS = [
    "Posted on: March 03, 2026 | Back | Print",
    "Published: 3rd March 2026 09:15 AM  |   Last Updated: 3rd March 2026 11:40 AM   |  A+A-",
    "3 March 2026 - 09:15 By Andes Post",
    "Tuesday, 3, March, 2026",
    "3 Mar. 09:15",
]
CREDITS = [
    "(Photo | ANDA)",
    "[Photo: Andes Post]",
    "[Source: ANDA]",
    "(Source: Andes Post)",
    "(ANDA/Jane/JD)",
    "(ANDA) |",
    "Image of 'Ministers meet in Lima'",
]
PAGE = [
    "Written by",
    "Rate this item",
    "(1 Vote)",
    "Read 1,160 times",
    "Hits: 412",
    "Back to Press Releases",
    "• Facebook",
    "• VK",
    "Читайте нас в Телеграм",
    "−",
    "***",
]
LINKS = [
    "Previous story: Foreign minister visits the northern border",
    "Next article »",
    "« Older post",
]
FORMS = [
    "No comments",
    "name : *",
    "Email *",
    "Show email",
    "Verification code : Refresh",
    "Write code :",
    "All comments are reviewed and posted only if approved.",
    "Andes Post reserves the right to delete any comment at any time, and for any reason.",
    "Please register to access this content.",
    "This content is for our paying subscribers only",
    "To continue reading, please sign in or create a free account.",
]


@pytest.fixture(scope="module")
def pm() -> PluginManager:
    return get_plugin_manager()


@pytest.mark.parametrize("line", STAMPS + CREDITS[:-1] + PAGE[:3])
def test_furniture_under_the_headline_goes_and_the_headline_stays(pm: PluginManager, line: str) -> None:
    goes_under_the_headline(pm, line)


@pytest.mark.parametrize("line", STAMPS + CREDITS + PAGE + LINKS + FORMS)
def test_furniture_after_the_article_goes(pm: PluginManager, line: str) -> None:
    goes_after_the_article(pm, line)


@pytest.mark.parametrize("line", CREDITS + PAGE + LINKS + FORMS)
def test_furniture_between_paragraphs_goes_alone(pm: PluginManager, line: str) -> None:
    goes_between_paragraphs(pm, line)


@pytest.mark.parametrize(
    "line",
    [
        # sentences that open like a stamp, a link, a form, a paywall or a CMS's furniture
        "Written by the two ministers, the letter was sent to the council on Tuesday, officials said.",
        "Back to the negotiating table is where both sides must go, the minister told reporters.",
        "Next week the two presidents will meet in Lima to sign the border agreement, the ministry said.",
        "Previous talks between the two countries ended without an agreement in March, the envoy said.",
        "No comment was made by the embassy on the minister's remarks, the newspaper reported.",
        "Read the full statement, the spokesman told reporters, before judging the agreement.",
        "Please register your concerns with the embassy, the ministry told citizens on Tuesday.",
        "This content is not acceptable, the foreign minister said of the report on Tuesday.",
        "All comments are welcome, the minister said, as the consultation on the treaty opened.",
        "Image of a united region was the focus of the summit, the minister said on Tuesday.",
        "The government reserves the right to respond to any attack, the foreign minister warned.",
    ],
)
def test_sentences_that_resemble_furniture_stay(pm: PluginManager, line: str) -> None:
    stays_between_paragraphs_and_after_the_article(pm, line)


def _title(*lines: str) -> str | None:
    text = "\n\n".join([*lines, LEAD, MORE, LAST]) + "\n"
    span = newsfacts_find_title(text=text, outlet=None)
    return None if span is None else span.slice(text)


@pytest.mark.parametrize("chrome", ["News story", "Navigation and service", "MainPolitics", "STOCK MARKET BSE NSE"])
def test_the_headline_under_a_site_name_or_a_menu_is_found(pm: PluginManager, chrome: str) -> None:
    assert _title(chrome, HEADLINE) == HEADLINE
    _, body, removed = clean(pm, "\n\n".join([chrome, HEADLINE, LEAD, MORE, LAST]) + "\n")
    assert removed == [chrome]
    assert body == [LEAD, MORE, LAST]


def test_the_headline_under_the_pages_own_title_is_found(pm: PluginManager) -> None:
    page_title = HEADLINE + " - News - Andes Post"
    assert _title(page_title, HEADLINE) == HEADLINE
    _, body, removed = clean(pm, "\n\n".join([page_title, HEADLINE, LEAD, MORE, LAST]) + "\n")
    assert removed == [page_title]
    assert body == [LEAD, MORE, LAST]


def test_a_short_headline_stays_the_headline_when_no_longer_one_follows() -> None:
    assert _title("Border talks", LEAD) == "Border talks"
    # a short headline over a standfirst (a sentence): the headline
    assert _title("Border talks resume", "The ministers will meet in Lima on Tuesday.") == "Border talks resume"


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe (right), the new ambassador, presents her credentials to the president",
        "BAKU, Azerbaijan, March 3",
        "Information for the press:",
    ],
)
def test_a_caption_a_dateline_or_a_label_is_no_headline(line: str) -> None:
    assert _title(line) is None


def test_no_headline_is_looked_for_past_the_articles_first_sentence() -> None:
    assert _title("Andes Post", LEAD, HEADLINE) is None
