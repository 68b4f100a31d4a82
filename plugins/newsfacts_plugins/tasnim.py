"""Tasnim News Agency (tasnimnews.com, short links tn.ai), Tehran.

What the English site's pages look like once their text is extracted:

* the headline, then (on most pages) the headline again after two blank lines;
* sometimes "News ID: 148356 Service: Politics" and the Persian name of a tag under it;
* the body opens with the dateline ``TEHRAN (Tasnim) –`` (a hyphen on some pages);
* the page ends with "Most Visited in Politics", "Top Politics stories", "Top Stories" or an
  indented "All Stories".

Its English desk also has house phrases the core lexicon does not hold: ``LEXICON`` adds them
as cues (``newsfacts_lexicon``), and ``RULES`` reads its "was quoted as saying" attribution
(``newsfacts_rules``), both through the public API only.
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
from newsfacts.rules import Rule

OUTLET: Final = "tasnim"
HOSTS: Final = ("tasnimnews.com", "tn.ai")

BOILERPLATE: Final = (
    Boilerplate("tasnim.news_id", r"News ID:\s?\d+(?:\s+Service:\s?[\w ]{1,40})?", outlets=(OUTLET,)),
    Boilerplate("tasnim.most_visited", r"Most Visited in [\w ]{1,30}", scope="tail", outlets=(OUTLET,)),
    Boilerplate("tasnim.top_stories", r"Top(?: [\w ]{1,30})? [Ss]tories|All Stories", outlets=(OUTLET,)),
)

_DATELINE: Final = re.compile(r"(?P<place>TEHRAN|Tehran) \((?P<agency>Tasnim)\) ?[-–—]")
#: At a line's start; the look-behind comes after the literal so that the regex engine scans for it.
_SIGNATURE: Final = re.compile(r"TEHRAN(?<=^TEHRAN) \(Tasnim\) ?[-–—]", re.MULTILINE)
#: Every signature holds it: ``str.find`` looks for it far faster than a regex scans.
_MENTION: Final = "(Tasnim)"
_HEAD_LINES: Final = 6

#: Tasnim News Agency is at home in Iran: a titled person the text gives no country is Iran's
#: (newsfacts.rules.home; ``newsfacts_lexicon``)
HOME: Final = tuple(LexiconEntry("outlet_home", key, "Tasnim News Agency", "IRN") for key in (OUTLET, *HOSTS))

#: House phrases, as cues in their base form (the lexicon inflects them: "laid emphasis on").
LEXICON: Final = (
    LexiconEntry("cue", "lay emphasis on", "appeal"),
    LexiconEntry("cue", "lay stress on", "appeal"),
)

#: fixed-width look-behinds: no capitalised word of up to 14 letters and a space right before
_NOT_AFTER_CAPITALISED_WORD: Final = "".join(rf"(?<![A-Z][\w’'-]{{{n}}} )" for n in range(14))

#: "X was quoted (by Tasnim) as saying (that) CONTENT": the speaker is resolved like any mention
#: (a name, a description or a pronoun); the statement is a plain ``say``.
RULES: Final = (
    Rule(
        "tasnim.statement.quoted_as_saying",
        "statement",
        "X was quoted by Tasnim as saying CONTENT",
        pattern=(
            # not a name after "to" nor the last words of a longer name ("The Saudi ambassador to the United
            # Nations was quoted ...": the post, not the speaker)
            r"(?<!\bto )(?<!\bto the )"
            + _NOT_AFTER_CAPITALISED_WORD
            + r"(?P<speaker>\b(?:[Hh]e|[Ss]he|[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,5}))\s+"
            r"(?:was|has been|had been)\s+"
            r"(?P<cue>quoted\s+(?:by\s+(?:the\s+)?Tasnim(?:\s+News\s+Agency)?\s+)?as\s+saying)"
            r"(?:\s+that)?,?\s+(?P<content>[^.;]{3,}?)\.?$"
        ),
        kind="say",
    ),
)


@newsfacts.hookimpl
def newsfacts_detect_outlet(url: str | None, text: str) -> OutletMatch | None:
    host = host_in(url, HOSTS) if url else None  # (no URL: no host, and no call)
    if host is not None:
        return OutletMatch(OUTLET, 1.0, f"url host {host}")
    if text.find(_MENTION, 0, 3000) < 0:
        return None
    if _SIGNATURE.search(text, 0, 3000):
        return OutletMatch(OUTLET, 0.9, "dateline TEHRAN (Tasnim) –")
    return OutletMatch(OUTLET, 0.6, "(Tasnim) in the text")


#: A non-blank line, stripped (the first lines are read, within the first 4000 characters).
_LINE: Final = re.compile(r"\S[^\n]*\S|\S")


@newsfacts.hookimpl
def newsfacts_find_title(text: str, outlet: str | None) -> Span | None:
    """The first line, when Tasnim's page repeats it or opens the body with the dateline next."""
    if outlet != OUTLET:
        return None
    lines = [m.span() for m in itertools.islice(_LINE.finditer(text, 0, 4000), _HEAD_LINES)]
    if len(lines) < 2:
        return None
    start, end = lines[0]
    head = text[start:end]
    if _DATELINE.match(head):
        return None
    repeated = any(text[s:e] == head for s, e in lines[1:])
    if repeated or _DATELINE.match(text, lines[1][0]):
        return Span.trusted(start, end)
    return None


@newsfacts.hookimpl
def newsfacts_find_dateline(text: str, outlet: str | None, start: int) -> Dateline | None:
    if outlet != OUTLET:
        return None
    m = _DATELINE.match(text, start)
    if m is None:
        return None
    return Dateline(place=m.group("place"), agency=m.group("agency"), span=Span.trusted(m.start(), m.end()))


@newsfacts.hookimpl
def newsfacts_lexicon() -> Iterable[LexiconEntry]:
    return (*HOME, *LEXICON)


@newsfacts.hookimpl
def newsfacts_rules() -> Iterable[Rule]:
    return RULES


@newsfacts.hookimpl
def newsfacts_boilerplate(outlet: str | None) -> Iterable[Boilerplate]:
    return BOILERPLATE


#: Tasnim's article pages (as of 2024): the headline in an ``h1`` of class ``title`` inside
#: ``article``, the lead in an ``h3.lead``, the body in ``div.story``.
#: A selector that matches nothing on a page falls back to the general extractor for its field.
HTML: Final = HtmlSelectors(
    title=f"//article//h1[{has_class('title')}]",
    body=f"//article//h3[{has_class('lead')}] | //div[{has_class('story')}]//p",
    date="//meta[@property='article:published_time' or @itemprop='datePublished']/@content",
)


@newsfacts.hookimpl
def newsfacts_html_selectors(url: str | None, html: str) -> HtmlSelectors | None:
    return HTML if host_in(url, HOSTS) is not None else None
