"""Mehr News Agency (en.mehrnews.com), Tehran.

What the English site's pages look like once their text is extracted:

* chrome before the headline: the section ("1. Politics") and a date stamp
  ("5 January 2020 - 19:55", "Apr 30, 2020, 1:57 PM", "Publish Date: …" on AMP pages);
* the headline, often printed twice;
* the dateline ``TEHRAN, Dec. 07 (MNA) –`` (the place changes with the correspondent);
* the close: the editor's initials ("MNA/", "HR/3940089", "RHM/IRN84501319"), "News Code 154186"
  or "News ID 230587", then Tags, Related News, the comment form and the site's menus
  ("TOP 10", "Mehr Vision", "Interview", "Op-Ed", "Report", "Latest News").
* Mehr licenses its content under CC BY 4.0 and says so in one sentence, which other outlets
  republishing Mehr's text (Tehran Times) carry too: that pattern applies to every article.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from typing import Final

import newsfacts
from newsfacts.contributions import Boilerplate, HtmlSelectors, OutletMatch, has_class, host_in
from newsfacts.lexicon import LexiconEntry
from newsfacts.models import Dateline, Span

OUTLET: Final = "mehr"
HOSTS: Final = ("mehrnews.com", "mehrnews.ir")
#: Mehr News Agency is at home in Iran: a titled person the text gives no country is Iran's
#: (newsfacts.rules.home; ``newsfacts_lexicon``)
HOME: Final = tuple(LexiconEntry("outlet_home", key, "Mehr News Agency", "IRN") for key in (OUTLET, *HOSTS))

_MONTH: Final = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
LICENSE_SENTENCE: Final = (
    r"All [Cc]ontent by Mehr News Agency is licensed under a Creative Commons Attribution 4\.0 International License\.?"
)

BOILERPLATE: Final = (
    # No ``outlets``: republishers carry the line too, and it names the license.
    Boilerplate("mehr.license", LICENSE_SENTENCE, scope="fragment", license="CC BY 4.0"),
    Boilerplate("mehr.section", r"\d{1,2}\.\s?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?", outlets=(OUTLET,)),
    Boilerplate("mehr.news_code", r"News (?:Code|ID)\s?:?\s?\d+", outlets=(OUTLET,)),
    Boilerplate("mehr.initials", r"MNA/|[A-Z]{1,5}/(?:[A-Z]{0,5}\d{1,12})?", outlets=(OUTLET,)),
    Boilerplate("mehr.replying", r"You are replying to:.{0,80}", outlets=(OUTLET,)),
    # The site's menus; as whole lines in a Mehr page they are never article text.
    Boilerplate("mehr.menu", r"TOP 10|Mehr Vision|Interview|Op-Ed|Report|Latest News|Your Comment", outlets=(OUTLET,)),
    Boilerplate("mehr.tail", r"Tags|Related News|Your Comment", scope="tail", outlets=(OUTLET,)),
)

_DATELINE: Final = re.compile(
    rf"(?P<place>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){{0,2}}),[ \t]+{_MONTH}[ \t]+\d{{1,2}}[ \t]*"
    r"\((?P<agency>MNA)\)[ \t]?[-–—]"
)
_SIGNATURE: Final = re.compile(r"\(MNA\) ?[-–—]")
#: Literals, looked for with ``str.find``: far faster than a regex scans.
_AGENCY: Final = "(MNA)"
_LICENSE: Final = "All Content by Mehr News Agency is licensed"
_CHROME: Final = re.compile(
    rf"\d{{1,2}}\.\s?[A-Z][a-z]+|(?:Publish Date:\s?)?(?:\d{{1,2}} [A-Z][a-z]+ \d{{4}} - \d{{1,2}}:\d{{2}}"
    rf"|{_MONTH} \d{{1,2}}, \d{{4}}, \d{{1,2}}:\d{{2}} [AP]M)"
)


@newsfacts.hookimpl
def newsfacts_detect_outlet(url: str | None, text: str) -> OutletMatch | None:
    host = host_in(url, HOSTS) if url else None  # (no URL: no host, and no call)
    if host is not None:
        return OutletMatch(OUTLET, 1.0, f"url host {host}")
    if text.find(_AGENCY, 0, 3000) >= 0 and _SIGNATURE.search(text, 0, 3000):
        return OutletMatch(OUTLET, 0.8, "dateline (MNA) –")
    if _LICENSE in text:
        # Weaker than a republisher's own signature: Tehran Times carries this line too.
        return OutletMatch(OUTLET, 0.4, "Mehr's license line")
    return None


#: A non-blank line, stripped (the first lines are read, within the first 4000 characters).
_LINE: Final = re.compile(r"\S[^\n]*\S|\S")


@newsfacts.hookimpl
def newsfacts_find_title(text: str, outlet: str | None) -> Span | None:
    """The first line after the section and date stamp, unless it is already the dateline."""
    if outlet != OUTLET:
        return None
    lines = [m.span() for m in itertools.islice(_LINE.finditer(text, 0, 4000), 8)]
    for i, (start, end) in enumerate(lines):
        line = text[start:end]
        if _CHROME.fullmatch(line):
            continue
        if _DATELINE.match(line) or line.endswith(".") or i + 1 >= len(lines):
            return None
        return Span.trusted(start, end)
    return None


@newsfacts.hookimpl
def newsfacts_find_dateline(text: str, outlet: str | None, start: int) -> Dateline | None:
    m = _DATELINE.match(text, start)  # "(MNA)" is Mehr's wherever the article was detected
    if m is None:
        return None
    return Dateline(place=m.group("place"), agency=m.group("agency"), span=Span.trusted(m.start(), m.end()))


@newsfacts.hookimpl
def newsfacts_boilerplate(outlet: str | None) -> Iterable[Boilerplate]:
    return BOILERPLATE


#: Mehr's article pages (as of 2024): the headline in ``div.item-title h1``, the lead in
#: ``p.summary``, the body in the ``articleBody`` item, the date in ``datePublished``.
#: A selector that matches nothing on a page falls back to the general extractor for its field.
HTML: Final = HtmlSelectors(
    title=f"//div[{has_class('item-title')}]//h1",
    body=f"//p[{has_class('summary')}] | //div[@itemprop='articleBody']//p",
    date="//meta[@itemprop='datePublished' or @property='article:published_time']/@content",
)


@newsfacts.hookimpl
def newsfacts_html_selectors(url: str | None, html: str) -> HtmlSelectors | None:
    return HTML if host_in(url, HOSTS) is not None else None


@newsfacts.hookimpl
def newsfacts_lexicon() -> Iterable[LexiconEntry]:
    return HOME
