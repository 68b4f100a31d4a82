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
from urllib.parse import urlsplit

import newsfacts
from newsfacts.contributions import Boilerplate, OutletMatch

OUTLET: Final = "ifp"
HOSTS: Final = ("ifpnews.com",)

BOILERPLATE: Final = (
    Boilerplate("ifp.subscribe", r"› Subscribe", outlets=(OUTLET,)),
    Boilerplate("ifp.more_articles", r"More Articles", scope="tail", outlets=(OUTLET,)),
    Boilerplate("ifp.staff", r"(?:By )?IFP (?:Editorial Staff|Media Wire)", outlets=(OUTLET,)),
    Boilerplate("ifp.prev_next", r"(?:Previous|Next) article", outlets=(OUTLET,)),
)

# The theme's close as IFP prints it: the subscribe arrow, later the "More Articles" block.
_SIGNATURE: Final = re.compile(r"^› Subscribe[ \t]*$(?s:.*)^More Articles[ \t]*$", re.MULTILINE)


def _host(url: str) -> str:
    """The URL's lower-case host; "" for a URL that does not parse ("http://[bad")."""
    try:
        return (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    except ValueError:
        return ""


@newsfacts.hookimpl
def newsfacts_detect_outlet(url: str | None, text: str) -> OutletMatch | None:
    if url:
        host = _host(url)
        if any(host == h or host.endswith(f".{h}") for h in HOSTS):
            return OutletMatch(OUTLET, 1.0, f"url host {host}")
    if _SIGNATURE.search(text, max(0, len(text) - 1500)):
        return OutletMatch(OUTLET, 0.5, "› Subscribe … More Articles footer")
    return None


@newsfacts.hookimpl
def newsfacts_boilerplate(outlet: str | None) -> Iterable[Boilerplate]:
    return BOILERPLATE
