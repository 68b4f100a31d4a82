"""Wire copy hard-wrapped at a fixed width with no blank lines between its paragraphs (clean.solid_wrapped):
each sentence is made whole before the lines are read, so a short line that ends a sentence is no line of
its own and the first line is no headline. Every line here is invented."""

from __future__ import annotations

import textwrap

import pytest

from newsfacts import extract
from newsfacts.clean import clean_article
from newsfacts.plugins import PluginManager, get_plugin_manager

PARAGRAPHS = [
    "Peruvian Foreign Minister Elena Vargas and visiting Chilean Foreign Minister Tomas Rojas held talks in "
    "Lima this morning at the Torre Tagle Palace.",
    '"We hope both sides will keep working on the border agreement," Vargas told reporters following her '
    "one-hour talks with Rojas.",
    "Rojas said the two countries would open a second crossing next year and expand cooperation on customs, "
    "trade and migration along the border.",
    "The ministers agreed to meet again in Santiago in the spring to review progress on the agreement.",
]


@pytest.fixture(scope="module")
def pm() -> PluginManager:
    return get_plugin_manager()


def solid(width: int = 72) -> str:
    """The paragraphs wrapped at ``width``, one after another with no blank line."""
    return "\n".join(line for p in PARAGRAPHS for line in textwrap.wrap(p, width)) + "\n"


@pytest.mark.parametrize("width", [64, 72, 78])
def test_every_sentence_of_solid_wire_copy_stays_in_the_body(pm: PluginManager, width: int) -> None:
    text = solid(width)
    c = clean_article(text, None, pm.hook)
    body = " ".join(" ".join(s.slice(text).split()) for s in c.body)
    assert c.title is None  # the first line is the start of a sentence, no headline
    for p in PARAGRAPHS:
        assert p in body


def test_the_meeting_of_the_first_wrapped_sentence_is_found() -> None:
    a = extract(solid(72))
    names = {x.id: x.name for x in a.actors}
    assert [{names[p] for p in m.participants} for m in a.meetings][:1] == [{"Elena Vargas", "Tomas Rojas"}]


def test_short_lines_with_blank_lines_between_are_no_solid_copy(pm: PluginManager) -> None:
    """A page of short lines each its own paragraph (blank lines between) keeps its lines."""
    text = "Peru and Chile hold talks\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    c = clean_article(text, None, pm.hook)
    assert c.title is not None and c.title.slice(text) == "Peru and Chile hold talks"
    assert [s.slice(text) for s in c.body] == PARAGRAPHS
