"""Every hook newsfacts calls, with the contract an implementation must keep.

Plugins implement these with :data:`newsfacts.hookimpl` and register through the
``newsfacts`` entry-point group (see :mod:`newsfacts.plugins`). Each hook says when it is
called, what it receives and what its answer means. ``firstresult`` hooks stop at the first
implementation that answers something other than ``None``: that is how an outlet plugin's
answer overrides the generic plugin's (which implements them with ``trylast=True``).

Every hook name starts with ``newsfacts_`` so that a typo in a plugin is caught by
``PluginManager.check_pending()`` instead of being silently ignored.
"""

# mypy: disable-error-code="empty-body"
# (hookspecs are signatures with docstrings; pluggy never calls their bodies)
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from newsfacts.contributions import Boilerplate, HtmlSelectors, OutletMatch
    from newsfacts.lexicon import LexiconEntry
    from newsfacts.models import Dateline, Span
    from newsfacts.rules import Rule

hookspec = pluggy.HookspecMarker("newsfacts")


# -- detect: which outlet wrote this? ---------------------------------------------------------


@hookspec
def newsfacts_detect_outlet(url: str | None, text: str) -> OutletMatch | None:
    """Say whether the article at ``url`` (may be ``None``) with ``text`` comes from your outlet.

    Called once per article, unless the input record names its outlet. Return an
    :class:`~newsfacts.contributions.OutletMatch` with a score, or ``None`` when the
    article is not yours. Every implementation is asked and the highest score wins: this is
    not a ``firstresult`` hook because a republished article carries two outlets'
    signatures (a Mehr license line in a Tehran Times page) and the strongest evidence must
    win, not the plugin that happened to be asked first.
    """


# -- clean: title, dateline and boilerplate ---------------------------------------------------


@hookspec(firstresult=True)
def newsfacts_find_title(text: str, outlet: str | None) -> Span | None:
    """Return the span of the headline in ``text``, or ``None`` to let the next plugin answer.

    ``outlet`` is the detected outlet (``None`` when nobody claimed the article). Answer only
    for your own outlet; the generic plugin answers last for everyone. The span covers the
    headline as it stands, once; a second copy of it is boilerplate.
    """


@hookspec(firstresult=True)
def newsfacts_find_dateline(text: str, outlet: str | None, start: int) -> Dateline | None:
    """Return the dateline opening the article body (``TEHRAN (Tasnim) –``), or ``None``.

    ``start`` is the offset of the first body line after the title and any leading
    boilerplate; look for the dateline there. The returned ``Dateline.span`` covers the
    dateline and its trailing dash, which the body then leaves out.
    """


@hookspec
def newsfacts_boilerplate(outlet: str | None) -> Iterable[Boilerplate]:
    """Contribute patterns for text that is not part of the article.

    Called once per outlet per process (the host caches the compiled result). Return
    :class:`~newsfacts.contributions.Boilerplate` patterns: comment forms, subscribe prompts,
    related-article lists, license lines. A pattern with ``outlets`` set applies only to
    those outlets; one without applies to every article, so keep such patterns specific
    enough never to match an article sentence.
    """


# -- extract: lexicon and rules ---------------------------------------------------------------


@hookspec
def newsfacts_lexicon() -> Iterable[LexiconEntry]:
    """Contribute lexicon entries: reporting cues with their kind, roles, organizations, places,
    and rows of the word-set tables the rules read (given names, honorific tokens, leader roles, ...).

    Called once per process; the entries are merged into the built-in tables before they are
    compiled. Use it for an outlet's house phrases ("underscored", "laid emphasis on") or the
    titles and names of the region it covers (``LexiconEntry("leader_role", "Crown Prince")``).
    """


@hookspec
def newsfacts_rules() -> Iterable[Rule]:
    """Contribute named extraction rules, run beside the built-in ones.

    Called once per process. Each rule carries a unique name (``"tasnim.statement.x"``) that
    the facts it produces list in their ``rules`` field and ``newsfacts explain`` prints.
    """


# -- read: where an outlet's HTML keeps its article ---------------------------------------------


@hookspec(firstresult=True)
def newsfacts_html_selectors(url: str | None, html: str) -> HtmlSelectors | None:
    """Return XPath selectors for the headline, body and date of an HTML page from your outlet.

    Called once per HTML page (a ``.html`` file or a WARC response), before the general
    extractor, with the page's URL (the WARC target URI, else its canonical or ``og:url``
    link; ``None`` when it names none) and its decoded HTML. Answer only for pages of your
    own outlet (match the URL host; fall back to a signature in ``html`` when ``url`` is
    ``None``) and return ``None`` for everything else. Any field left ``None``, or that
    matches nothing on the page, is found by the general extractor instead, so a wrong
    guess costs only precision, never the page.
    """


# -- events: who is who across articles ---------------------------------------------------------

if TYPE_CHECKING:
    from newsfacts.contributions import Official


@hookspec
def newsfacts_officials() -> Iterable[Official]:
    """Contribute well-known officials: name variants, country, roles and dates in office.

    Called once per process by :mod:`newsfacts.events`; the answers are added to the built-in
    table (``newsfacts/events/data/officials.json``). An official whose ``id`` is already
    known replaces the built-in entry, so a plugin can correct or extend a term. Use it for
    the people your outlet writes about under spellings of its own ("Amirabdollahian").
    """
