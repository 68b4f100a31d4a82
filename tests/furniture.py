"""What the furniture tests (``test_clean_furniture*.py``) share: an invented article to put a
line of page furniture in, the cleaner's reading of it, and the checks every round makes."""

from __future__ import annotations

from newsfacts.clean import Cleaned, clean_article
from newsfacts.plugins import PluginManager

HEADLINE = "Foreign ministers of Peru and Chile meet on border trade"
LEAD = "The foreign ministers of Peru and Chile met on Tuesday to discuss cross-border trade, the ministry said."
MORE = "Both sides agreed to set up a working group on customs, according to a joint statement issued later."
LAST = "The ministers are expected to meet again in Santiago in the spring, officials said."


def clean(pm: PluginManager, text: str) -> tuple[Cleaned, list[str], list[str]]:
    """The cleaned article, its body paragraphs and the lines it removed, as text."""
    c = clean_article(text, None, pm.hook)
    return c, [s.slice(text) for s in c.body], [s.slice(text) for s in c.boilerplate]


def goes_under_the_headline(pm: PluginManager, line: str) -> None:
    """``line`` under the headline is removed, and the headline and the body stay."""
    text = "\n\n".join([HEADLINE, line, LEAD, MORE, LAST]) + "\n"
    c, body, removed = clean(pm, text)
    assert c.title is not None and c.title.slice(text) == HEADLINE
    assert removed == [line]
    assert body == [LEAD, MORE, LAST]


def goes_after_the_article(pm: PluginManager, line: str) -> None:
    """``line`` after the last paragraph is removed, and the body stays."""
    text = "\n\n".join([HEADLINE, LEAD, MORE, LAST, line]) + "\n"
    _, body, removed = clean(pm, text)
    assert removed == [line]
    assert body == [LEAD, MORE, LAST]


def goes_between_paragraphs(pm: PluginManager, line: str) -> None:
    """``line`` between two paragraphs is removed alone."""
    text = "\n\n".join([HEADLINE, LEAD, line, MORE, LAST]) + "\n"
    _, body, removed = clean(pm, text)
    assert removed == [line]
    assert body == [LEAD, MORE, LAST]


def stays_between_paragraphs_and_after_the_article(pm: PluginManager, line: str) -> None:
    """A prose ``line`` that looks like furniture stays, between paragraphs and after the last."""
    for lines in ([HEADLINE, LEAD, line, MORE, LAST], [HEADLINE, LEAD, MORE, LAST, line]):
        _, body, removed = clean(pm, "\n\n".join(lines) + "\n")
        assert line in body, removed
        assert removed == []
