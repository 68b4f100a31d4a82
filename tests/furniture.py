"""What the furniture tests (``test_clean_furniture*.py``) share: an invented article to put a
line of page furniture in, and the cleaner's reading of it."""

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
