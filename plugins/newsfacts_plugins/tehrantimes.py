"""Tehran Times (tehrantimes.com), Tehran.

What its pages look like once their text is extracted:

* the article often comes as one long line (no paragraph breaks);
* the dateline is the place alone, upper case, and a dash: ``TEHRAN –`` (no agency: when the
  text is another agency's, the credit comes at the end, e.g. Mehr's CC license sentence, which
  the ``mehr`` plugin's pattern removes and reads as license "CC BY 4.0");
* the page's own close: "Leave a Comment", the comment form, and the site's copyright line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

import newsfacts
from newsfacts.contributions import Boilerplate, HtmlSelectors, OutletMatch, has_class, host_in
from newsfacts.lexicon import LexiconEntry
from newsfacts.models import Dateline, Span

OUTLET: Final = "tehrantimes"
HOSTS: Final = ("tehrantimes.com",)
#: Tehran Times is at home in Iran: a titled person the text gives no country is Iran's
#: (newsfacts.rules.home; ``newsfacts_lexicon``)
HOME: Final = tuple(LexiconEntry("outlet_home", key, "Tehran Times", "IRN") for key in (OUTLET, *HOSTS))

BOILERPLATE: Final = (
    Boilerplate("tehrantimes.leave_comment", r"Leave a Comment", scope="tail", outlets=(OUTLET,)),
    Boilerplate(
        "tehrantimes.comment_rules",
        r"\*?\s?Comments? (?:will be|are) (?:published|moderated).{0,120}",
        outlets=(OUTLET,),
    ),
    Boilerplate("tehrantimes.copyright", r"(?:©|Copyright)\s?.{0,20}Tehran Times.{0,80}", outlets=(OUTLET,)),
)

#: The place in capitals and a dash, with no agency in brackets: Tehran Times' own style.
_DATELINE: Final = re.compile(r"(?P<place>[A-Z][A-Z'.-]{2,}(?: [A-Z][A-Z'.-]+){0,2})[ \t]?[-–—](?=[ \t])")
#: Its own dateline, opening a line (see ``_opens_line``: a regex starting with ``^[ \t]*`` would be
#: tried at every position, this one only where the regex engine finds "TEHRAN").
_SIGNATURE: Final = re.compile(r"TEHRAN ?[–—] ")
#: Literals, looked for with ``str.find``: far faster than a regex scans.
_PLACE: Final = "TEHRAN"
_FOOTER: Final = "Tehran Times"


def _opens_line(text: str, start: int) -> bool:
    """Whether only spaces and tabs stand before ``start`` on its line."""
    return not text[text.rfind("\n", 0, start) + 1 : start].strip(" \t")


@newsfacts.hookimpl
def newsfacts_detect_outlet(url: str | None, text: str) -> OutletMatch | None:
    host = host_in(url, HOSTS) if url else None  # (no URL: no host, and no call)
    if host is not None:
        return OutletMatch(OUTLET, 1.0, f"url host {host}")
    if text.find(_PLACE, 0, 2000) >= 0 and any(
        _opens_line(text, m.start()) for m in _SIGNATURE.finditer(text, 0, 2000)
    ):
        return OutletMatch(OUTLET, 0.6, "dateline TEHRAN – without an agency")
    if text.find(_FOOTER, max(0, len(text) - 600)) >= 0:
        return OutletMatch(OUTLET, 0.5, "Tehran Times footer")
    return None


@newsfacts.hookimpl
def newsfacts_find_dateline(text: str, outlet: str | None, start: int) -> Dateline | None:
    if outlet != OUTLET:
        return None
    m = _DATELINE.match(text, start)
    if m is None:
        return None
    return Dateline(place=m.group("place"), agency=None, span=Span.trusted(m.start(), m.end()))


@newsfacts.hookimpl
def newsfacts_boilerplate(outlet: str | None) -> Iterable[Boilerplate]:
    return BOILERPLATE


#: Tehran Times' article pages (as of 2024, the same CMS as Mehr's): the headline in
#: ``div.item-title``, the lead in ``p.introtext``, the body in ``div.item-text``.
#: A selector that matches nothing on a page falls back to the general extractor for its field.
HTML: Final = HtmlSelectors(
    title=f"//div[{has_class('item-title')}]//*[self::h1 or self::h2]",
    body=f"//p[{has_class('introtext')}] | //div[{has_class('item-text')}]//p",
    date="//meta[@itemprop='datePublished' or @property='article:published_time']/@content",
)


@newsfacts.hookimpl
def newsfacts_html_selectors(url: str | None, html: str) -> HtmlSelectors | None:
    return HTML if host_in(url, HOSTS) is not None else None


@newsfacts.hookimpl
def newsfacts_lexicon() -> Iterable[LexiconEntry]:
    return HOME
