"""IFP News / Iran Front Page (ifpnews.com), a WordPress site (the "Newspaper" theme).

What its pages look like once their text is extracted:

* the headline on the first line, then the article in paragraphs; no dateline;
* after the article: "› Subscribe", the theme's comment form ("Please enter your comment!",
  "Please enter your name here", the reCAPTCHA notice) and a "More Articles" block.

The comment form is the theme's, shared by many WordPress sites, so the ``generic`` plugin
removes it everywhere; this plugin adds what is IFP's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

import newsfacts
from newsfacts.contributions import Boilerplate, HtmlSelectors, OutletMatch, host_in
from newsfacts.lexicon import LexiconEntry

OUTLET: Final = "ifp"
HOSTS: Final = ("ifpnews.com",)
#: Iran Front Page is at home in Iran: a titled person the text gives no country is Iran's
#: (newsfacts.rules.home; ``newsfacts_lexicon``)
HOME: Final = tuple(LexiconEntry("outlet_home", key, "Iran Front Page", "IRN") for key in (OUTLET, *HOSTS))

BOILERPLATE: Final = (
    Boilerplate("ifp.subscribe", r"› Subscribe", outlets=(OUTLET,)),
    Boilerplate("ifp.more_articles", r"More Articles", scope="tail", outlets=(OUTLET,)),
    Boilerplate("ifp.staff", r"(?:By )?IFP (?:Editorial Staff|Media Wire)", outlets=(OUTLET,)),
    Boilerplate("ifp.prev_next", r"(?:Previous|Next) article", outlets=(OUTLET,)),
)

# The theme's close as IFP prints it: the subscribe arrow, later the "More Articles" block (the
# look-behind comes after the "›" so that the regex engine can scan for that character).
_SIGNATURE: Final = re.compile(r"›(?<=^›) Subscribe[ \t]*$(?s:.*)^More Articles[ \t]*$", re.MULTILINE)
#: In every signature; ``str.find`` looks for it far faster than a regex scans.
_ARROW: Final = "› Subscribe"


@newsfacts.hookimpl
def newsfacts_detect_outlet(url: str | None, text: str) -> OutletMatch | None:
    host = host_in(url, HOSTS) if url else None  # (no URL: no host, and no call)
    if host is not None:
        return OutletMatch(OUTLET, 1.0, f"url host {host}")
    tail = max(0, len(text) - 1500)
    if text.find(_ARROW, tail) >= 0 and _SIGNATURE.search(text, tail):
        return OutletMatch(OUTLET, 0.5, "› Subscribe … More Articles footer")
    return None


@newsfacts.hookimpl
def newsfacts_boilerplate(outlet: str | None) -> Iterable[Boilerplate]:
    return BOILERPLATE


#: IFP News' article pages (WordPress with the tagDiv theme, as of 2024): the headline in
#: ``h1.entry-title`` or ``h1.tdb-title-text``, the body in ``div.td-post-content``.
#: A selector that matches nothing on a page falls back to the general extractor for its field.
HTML: Final = HtmlSelectors(
    title="//h1[contains(@class, 'entry-title') or contains(@class, 'tdb-title-text')]",
    body="//div[contains(@class, 'td-post-content') or contains(@class, 'tdb_single_content')]//p",
    date="//meta[@property='article:published_time']/@content | //time[contains(@class, 'entry-date')]/@datetime",
)


@newsfacts.hookimpl
def newsfacts_html_selectors(url: str | None, html: str) -> HtmlSelectors | None:
    return HTML if host_in(url, HOSTS) is not None else None


@newsfacts.hookimpl
def newsfacts_lexicon() -> Iterable[LexiconEntry]:
    return HOME
