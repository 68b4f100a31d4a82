"""What outlet plugins hand to the host through hooks: plain data, frozen attrs classes.

A plugin answers questions ("which outlet is this?") and contributes data (boilerplate
patterns, lexicon entries, rules); it never re-runs a pipeline stage. These classes are
the vocabulary of those answers. Like :mod:`newsfacts.models`, this module imports nothing
of ours but the models.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, Final
from urllib.parse import urlsplit

import attrs
from attrs import field, frozen

BOILERPLATE_SCOPES: Final = ("line", "fragment", "tail")


def _to_tuple(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _compiles(_inst: object, attribute: attrs.Attribute[Any], value: str) -> None:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"{attribute.name} is not a valid regular expression: {exc}") from exc


def url_host(url: str | None) -> str:
    """The URL's lower-case host: ``""`` for no URL or one that does not parse (``http://[bad``).

    A URL without a scheme (``www.tasnimnews.com/en/news/1``) is read as a host and a path.
    """
    if not url:
        return ""
    try:
        return (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    except ValueError:
        return ""


def host_in(url: str | None, hosts: Iterable[str]) -> str | None:
    """The URL's host when it is one of ``hosts`` or a subdomain of one (``en.mehrnews.com``
    for ``mehrnews.com``), else ``None``: what an outlet plugin's detection asks first."""
    host = url_host(url)
    if host and any(host == h or host.endswith(f".{h}") for h in hosts):
        return host
    return None


@frozen
class OutletMatch:
    """A plugin's claim that an article comes from ``outlet``.

    Every plugin may answer; the host keeps the claim with the highest ``score`` (ties go to
    the outlet name that sorts first, so the answer never depends on load order).
    A URL host match is strong evidence (``score`` 1.0), a text signature weaker (0.5–0.9).
    """

    outlet: str
    score: float = field(validator=attrs.validators.and_(attrs.validators.ge(0.0), attrs.validators.le(1.0)))
    #: Why the plugin thinks so ("url host tasnimnews.com", "dateline TEHRAN (Tasnim)").
    reason: str = ""


@frozen
class Boilerplate:
    """A pattern for text that is not part of the article.

    ``scope`` says what a match removes:

    * ``"line"``: a whole line whose stripped text fully matches ``pattern``;
    * ``"fragment"``: only the matched text, wherever it stands in a line (a license
      sentence glued to the last paragraph, agency initials such as ``AR/MA``);
    * ``"tail"``: a line that fully matches, and every line after it (``Most Visited``).

    ``license`` names the license a match declares (``"CC BY 4.0"``); ``outlets`` limits the
    pattern to articles detected as one of these outlets (empty: every article).
    Patterns are matched case-sensitively unless they say ``(?i)``.
    """

    name: str
    pattern: str = field(validator=_compiles)
    scope: str = field(default="line", validator=attrs.validators.in_(BOILERPLATE_SCOPES))
    license: str | None = None
    outlets: tuple[str, ...] = field(default=(), converter=_to_tuple)

    def applies_to(self, outlet: str | None) -> bool:
        return not self.outlets or outlet in self.outlets


def _xpath_compiles(_inst: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is None:
        return
    try:
        from lxml import etree  # only present with the html extra, where selectors are used
    except ImportError:
        return
    try:
        etree.XPath(value)
    except etree.XPathSyntaxError as exc:
        raise ValueError(f"{attribute.name} is not a valid XPath expression: {exc}") from exc


def _xpaths_compile(inst: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    for one in value:
        _xpath_compiles(inst, attribute, one)


def has_class(name: str) -> str:
    """An XPath predicate true for an element whose ``class`` attribute holds the class ``name``
    (as CSS's ``.name``, not a substring: ``story`` does not match ``story-list``)."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


@frozen
class HtmlSelectors:
    """Where an outlet's pages keep their headline, body and date, as XPath 1.0 expressions.

    XPath rather than CSS because lxml evaluates it natively, with no extra package, and
    because it can select an attribute (``//meta[@property="article:published_time"]/@content``).

    * ``title``: the first match's text (an element's text content, or an attribute's value)
      is the headline;
    * ``body``: every match is one paragraph, in document order (``//div[@class="story"]//p``);
      empty matches are dropped;
    * ``date``: the first match's text is the publication date (ISO 8601 or any form
      ``dateutil`` reads);
    * ``exclude``: elements removed before ``body`` is evaluated (captions, "read more" boxes).

    A ``None`` field, or one that matches nothing on a page, falls back to the general
    extractor for that field alone.
    """

    title: str | None = field(default=None, validator=_xpath_compiles)
    body: str | None = field(default=None, validator=_xpath_compiles)
    date: str | None = field(default=None, validator=_xpath_compiles)
    exclude: tuple[str, ...] = field(default=(), converter=tuple, validator=_xpaths_compile)


# -- events: well-known officials (``newsfacts_officials``) ------------------------------------

# A date in office as precisely as it is known: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``.
_PARTIAL_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _partial_date(_inst: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not _PARTIAL_DATE.fullmatch(value):
        raise ValueError(f"{attribute.name} must be YYYY-MM-DD, YYYY-MM or YYYY, got {value!r}")


def _alpha3(_inst: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if not re.fullmatch(r"[A-Z]{3}", value):
        raise ValueError(f"{attribute.name} must be an ISO 3166-1 alpha-3 code, got {value!r}")


@frozen
class Term:
    """One stretch in office: ``role`` ("foreign minister") from ``start`` to ``end``.

    Dates are as precise as they are known; ``end=None`` means still in office or unknown.
    """

    role: str
    start: str | None = field(default=None, validator=_partial_date)
    end: str | None = field(default=None, validator=_partial_date)


@frozen
class Official:
    """A well-known person, so that every spelling of the name resolves to one identity.

    ``id`` is stable across releases (``"IRN.zarif"``): event data keys actors by it, so it
    is never reused for somebody else. ``variants`` are other spellings and short forms
    ("Zarif", "Mohammad-Javad Zarif"); a surname-only form matches only when the article
    gives the same ``country``. ``terms`` let an unnamed role-holder ("the Iranian foreign
    minister") resolve to whoever held the role on the day.
    """

    id: str
    name: str
    country: str = field(validator=_alpha3)
    variants: tuple[str, ...] = field(default=(), converter=tuple)
    terms: tuple[Term, ...] = field(default=(), converter=tuple)
