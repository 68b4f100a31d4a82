"""Page furniture of national outlets with no plugin of their own, fifth round: the outlet named alone
with its service or agency words (which also lets the headline under it be found), stamps with "kl"/"klo"
and times with a full stop, dates closed by a full stop, a day and month with no year, a zone after a
comma, a place before a bullet; share buttons and follow or download prompts in more languages, Cyrillic
link labels and photo credits; photo, editor and translation credits; sign-offs and desk codes in lower
case, an agency after its place; newsletter and support pitches.

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

OUTLETS = [
    "Andes English",
    "ABC Nyheter",
    "Andes Nieuws",
    "Andes Online",
    "Andes Web Team",
    "Andes Politics Hub",
    "Andean Broadcasting Corporate S.C.",
    "ANDA - Andean News Agency",
    "ANDA – Andska novinska agencija",
    "Вестник",
    "Андські Новини",
]
STAMPS = [
    "Publicerad 3 mars 2026 kl 09.15",
    "Uppdaterad 3 mars 2026 kl 11.40",
    "Publisert 03.03.2026, kl. 09.15",
    "03.03.2026. 09:15",
    "3. mar. 2026. 09:15",
    "Issued on: 03/03 - 09:15",
    "Tuesday 3 March 2026 09:15, UK",
    "Lima, Peru • Updated: Mar 3, 2026, 09:15 PET",
]
TOOLS = [
    "Dela artikeln:",
    "Dela på X",
    "Del artiklen",
    "Partager sur Facebook",
    "Teilen auf LinkedIn",
]
PROMPTS = [
    "Kövesse az Andes-t",
    "Pratite nas na društvenim mrežama",
    "Suivez Andes sur Google Actualités",
    "Preuzmite Andes aplikaciju",
    "Підписуйтесь на Андські Новини у Telegram",
    "Daily newsletter",
    "Receive the essential regional news every morning",
    "Keep up to date with regional news by downloading the Andes app",
    "Subscribe to Andes Weekly e-paper",
    "Get your news on the go. Download the latest Andes App for Android and iOS now.",
    "Get the Andes Post delivered - subscribe today",
    "Support Peru's leading independent online newspaper",
    "We welcome the submission of opinion pieces for possible publication on Andes Online.",
    "Story highlights",
]
CREDITS = [
    "Читайте також: Міністр відвідав кордон",
    "Фото: Андські Новини",
    "Photo by Jane Doe/EXA-AGENCY",
    "(Web editor: Li Wen, Zhao Min)",
    "Translated and edited by Radio Andes",
    "—ABC, Andes Integrated News",
    "Political correspondent @janedoe",
    "/j.d/",
    "ab/ cd/",
    "(ANDA) J.D.",
    "Lima, ANDA",
]


@pytest.fixture(scope="module")
def pm() -> PluginManager:
    return get_plugin_manager()


@pytest.mark.parametrize("line", OUTLETS + STAMPS)
def test_furniture_under_the_headline_goes_and_the_headline_stays(pm: PluginManager, line: str) -> None:
    goes_under_the_headline(pm, line)


@pytest.mark.parametrize("line", OUTLETS)
def test_the_outlet_over_the_headline_goes_and_the_headline_is_found(pm: PluginManager, line: str) -> None:
    text = "\n\n".join([line, HEADLINE, LEAD, MORE, LAST]) + "\n"
    c, body, removed = clean(pm, text)
    assert c.title is not None and c.title.slice(text) == HEADLINE
    assert removed == [line]
    assert body == [LEAD, MORE, LAST]


@pytest.mark.parametrize("line", STAMPS + TOOLS + PROMPTS + CREDITS)
def test_furniture_after_the_article_goes(pm: PluginManager, line: str) -> None:
    goes_after_the_article(pm, line)


@pytest.mark.parametrize("line", TOOLS + PROMPTS + CREDITS[2:])
def test_furniture_between_paragraphs_goes_alone(pm: PluginManager, line: str) -> None:
    goes_between_paragraphs(pm, line)


@pytest.mark.parametrize(
    "line",
    [
        # sentences that open like an outlet's name, a stamp, a button, a prompt or a credit
        "English and Spanish will be the working languages of the new commission, the minister said.",
        "Del Rosario told reporters the talks on the border would resume in Lima on Tuesday.",
        "Dela Cruz, the foreign secretary, said the two ministers had agreed to meet again in March.",
        "Support for the agreement is growing among independent lawmakers, the newspaper reported on Monday.",
        "Keep up to date with the talks, the minister told the ambassadors, as the deadline nears.",
        "Receive the delegation at the airport, the president ordered on Tuesday, officials said.",
        "Photo opportunities were limited when the two presidents met in Lima, the presidency said.",
        "On 3 March 2026 at 09.15 the two ministers signed the agreement, the ministry said.",
        "Lima, the Peruvian capital, will host the next round of talks in April, the ministry said.",
        "The two sides welcomed the submission of the joint report for publication next month, officials said.",
        "Daily newsletters of the ministry will now be published in English, the spokesman said.",
    ],
)
def test_sentences_that_resemble_furniture_stay(pm: PluginManager, line: str) -> None:
    stays_between_paragraphs_and_after_the_article(pm, line)
