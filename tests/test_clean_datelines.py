"""Wire and newspaper datelines beyond the classic "MOSCOW (Reuters) -": the forms state agencies
and national papers open their stories with. The dateline leaves the body, and its place is
where newsfacts.rules.home may read an article's home country from."""

from __future__ import annotations

import pytest

from newsfacts.clean import Cleaned, clean_article
from newsfacts.plugins import PluginManager, get_plugin_manager

SENTENCE = "Foreign Minister Ana Torres held talks with her Chilean counterpart on Monday."


@pytest.fixture(scope="module")
def pm() -> PluginManager:
    return get_plugin_manager()


def clean(pm: PluginManager, text: str) -> tuple[Cleaned, list[str]]:
    c = clean_article(text, None, pm.hook)
    return c, [s.slice(text) for s in c.body]


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        # the agency's brackets closed by a colon, ".-", three hyphens or nothing at all
        ("LIMA, Apr 9 (Andina):", "LIMA", "Andina"),
        ("Quito, Apr. 9 (EFE).-", "Quito", "EFE"),
        ("Sucre, Sep 3 (ABI) ---", "Sucre", "ABI"),
        ("Asuncion, May 3 (IP)", "Asuncion", "IP"),
        ("MONTEVIDEO (Sodre)", "MONTEVIDEO", "Sodre"),
        ("La Paz, January 28/2025 (ABI) -", "La Paz", "ABI"),
        # an all-caps agency after the day
        ("BOGOTA, MAY 3, COLPRENSA.", "BOGOTA", "COLPRENSA"),
        # the agency after a dash, closed by a full stop
        ("MINSK, June 3 - Belarus Today.", "MINSK", "Belarus Today"),
        # a day and no agency, the month in any case
        ("PUTRAJAYA, July 16 —", "PUTRAJAYA", None),
        ("CARACAS, APRIL 13 -", "CARACAS", None),
        ("Santiago, March 2 –", "Santiago", None),
        # a city in capitals and its country
        ("PANAMA CITY, Panama —", "PANAMA CITY", None),
        # a city the lexicon knows, not in capitals, before a colon or a dash
        ("Kuwait City:", "Kuwait City", None),
        ("Lima -", "Lima", None),
    ],
)
def test_dateline_forms(pm: PluginManager, opening: str, place: str, agency: str | None) -> None:
    text = f"{opening} {SENTENCE}"
    c, body = clean(pm, text)
    assert c.dateline is not None and c.dateline.span is not None
    assert (c.dateline.place, c.dateline.agency, c.dateline.span.slice(text)) == (place, agency, opening)
    assert body == [SENTENCE]


@pytest.mark.parametrize(
    "line",
    [
        # a name before an outlet's name in brackets is a person, not a place
        "John Marsh (CNN) Former diplomats said the talks had stalled.",
        # capitalised words that are no city the lexicon knows
        "Meanwhile: the two ministers met again on Monday.",
        "Officials - speaking on condition of anonymity - said the talks had stalled.",
        # a date that opens a sentence, with no place before it
        "On April 9, the two ministers met in Lima.",
    ],
)
def test_sentence_openings_are_no_datelines(pm: PluginManager, line: str) -> None:
    c, body = clean(pm, line)
    assert c.dateline is None
    assert body == [line]


def test_a_headline_opening_with_a_city_stays_the_title(pm: PluginManager) -> None:
    text = f"Lima - talks on the border resume\n\n{SENTENCE}\n"
    c, body = clean(pm, text)
    assert c.title is not None and c.title.slice(text) == "Lima - talks on the border resume"
    assert body == [SENTENCE]
