"""A synthetic article dressed in an outlet's page chrome, with the chrome as ground truth.

``outlet_articles()`` wraps a :func:`~newsfacts.testing.synthetic.synthetic_articles` draw in
the style of one of the built-in plugins' stored fixtures (Tasnim's doubled headline and
"Most Visited", Mehr's section, date stamp, initials and CC license line, Tehran Times'
``TEHRAN –`` and comment prompt, IFP's WordPress comment form, a Reuters reprint's stamp and
credits) and says what cleaning must find: outlet, title, dateline, license, and every
boilerplate string in text order. Cleaning must remove all of those and keep every
paragraph of the article.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import attrs
from hypothesis import strategies as st

from newsfacts.testing.synthetic import SyntheticArticle, synthetic_articles

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_TITLE_TOPICS = ("discuss regional issues", "hold talks on trade", "review bilateral ties", "confer on energy")


@attrs.frozen
class OutletArticle:
    """A page of ``outlet`` and what cleaning must find in it."""

    text: str
    url: str | None
    published: dt.date
    #: The outlet detection must name (``None``: no plugin claims the page).
    outlet: str | None
    title: str | None
    #: ``(place, agency)`` of the dateline, or ``None``.
    dateline: tuple[str | None, str | None] | None
    license: str | None
    #: Every boilerplate string, stripped, in text order.
    boilerplate: tuple[str, ...]
    #: The article's paragraphs as they must stand in the cleaned body.
    paragraphs: tuple[str, ...]
    article: SyntheticArticle


@attrs.frozen
class _Page:
    lines: tuple[str, ...]
    boilerplate: tuple[str, ...]
    paragraphs: tuple[str, ...]
    outlet: str | None
    dateline: tuple[str | None, str | None] | None
    license: str | None = None
    url: str | None = None


_Style = Callable[[st.DrawFn, SyntheticArticle, str], _Page]


def _title(draw: st.DrawFn, article: SyntheticArticle) -> str:
    a, b = article.truth.persons
    return f"{a.surname}, {b.surname} {draw(st.sampled_from(_TITLE_TOPICS))}"


def _first(paragraphs: tuple[str, ...], dateline: str) -> list[str]:
    return [f"{dateline} {paragraphs[0]}", *paragraphs[1:]]


def _tasnim(draw: st.DrawFn, article: SyntheticArticle, title: str) -> _Page:
    n = draw(st.integers(100000, 2999999))
    news_id = [f"News ID: {n} Service: Politics"] if draw(st.booleans()) else []
    tail = draw(st.sampled_from((["Most Visited in Politics", "Top Politics stories", "Top Stories"], ["All Stories"])))
    url = draw(st.sampled_from((None, f"https://www.tasnimnews.com/en/news/{article.published:%Y/%m/%d}/{n}/talks")))
    lines = (title, "", title, *news_id, *_first(article.paragraphs, "TEHRAN (Tasnim) –"), *tail)
    return _Page(lines, (title, *news_id, *tail), article.paragraphs, "tasnim", ("TEHRAN", "Tasnim"), url=url)


def _mehr(draw: st.DrawFn, article: SyntheticArticle, title: str) -> _Page:
    d = article.published
    stamp = f"{_MONTHS[d.month - 1]} {d.day}, {d.year}, {draw(st.integers(1, 12))}:{draw(st.integers(10, 59))} PM"
    n = draw(st.integers(100000, 999999))
    dateline = f"TEHRAN, {_MONTHS[d.month - 1]}. {d.day:02d} (MNA) –"
    body = _first(article.paragraphs, dateline)
    license_line = (
        "All Content by Mehr News Agency is licensed under a Creative Commons Attribution 4.0 International License."
    )
    licensed = draw(st.booleans())
    if licensed:
        body[-1] = f"{body[-1]} {license_line}"  # glued to the last paragraph, as Mehr prints it
    close = ["MNA/", f"News ID {n}", "Tags", "Related News"]
    url = draw(st.sampled_from((None, f"https://en.mehrnews.com/news/{n}/talks")))
    lines = ("1. Politics", stamp, title, title, *body, *close)
    boilerplate = ("1. Politics", stamp, title, *([license_line] if licensed else []), *close)
    license = "CC BY 4.0" if licensed else None
    return _Page(lines, boilerplate, article.paragraphs, "mehr", ("TEHRAN", "MNA"), license, url)


def _tehrantimes(draw: st.DrawFn, article: SyntheticArticle, title: str) -> _Page:
    one_line = draw(st.booleans())  # the site often runs the whole article into one line
    paragraphs = (" ".join(article.paragraphs),) if one_line else article.paragraphs
    close = ["Leave a Comment", "* Comments will be published after review."]
    url = draw(st.sampled_from((None, "https://www.tehrantimes.com/news/481522/talks")))
    lines = (title, *_first(paragraphs, "TEHRAN –"), *close)
    return _Page(lines, tuple(close), paragraphs, "tehrantimes", ("TEHRAN", None), url=url)


def _ifp(draw: st.DrawFn, article: SyntheticArticle, title: str) -> _Page:
    close = [
        "› Subscribe",
        "Please enter your comment!",
        "Please enter your name here",
        *draw(st.sampled_from(([], ["The reCAPTCHA verification period has expired. Please reload the page."]))),
        "More Articles",
    ]
    url = draw(st.sampled_from((None, "https://ifpnews.com/talks")))
    return _Page((title, *article.paragraphs, *close), tuple(close), article.paragraphs, "ifp", None, url=url)


def _reuters(draw: st.DrawFn, article: SyntheticArticle, title: str) -> _Page:
    d = article.published
    stamp = f"World Reuters {_MONTHS[d.month - 1]} {d.day:02d}, {d.year} 18:21:04 IST"
    place = article.truth.persons[0].country.city.upper()
    credit = "(Reporting by Olga Petrova; Editing by Mark Heinrich)"
    url = draw(st.sampled_from((None, "https://www.example-wire-reprint.com/world/talks-12345")))
    lines = (title, stamp, *_first(article.paragraphs, f"{place} (Reuters) -"), credit)
    outlet = "examplewirereprint" if url else None  # the generic plugin names the URL's host
    return _Page(lines, (stamp, credit), article.paragraphs, outlet, (place, "Reuters"), url=url)


#: The styles, by the plugin whose fixtures they copy.
STYLES: dict[str, _Style] = {
    "tasnim": _tasnim,
    "mehr": _mehr,
    "tehrantimes": _tehrantimes,
    "ifp": _ifp,
    "generic": _reuters,
}


@st.composite
def outlet_articles(draw: st.DrawFn, styles: tuple[str, ...] = tuple(STYLES)) -> OutletArticle:
    """A synthetic article in the page chrome of one of ``styles`` (keys of :data:`STYLES`)."""
    article = draw(synthetic_articles(meeting=True))
    style = draw(st.sampled_from(styles))
    title = _title(draw, article)
    page = STYLES[style](draw, article, title)
    # One or two blank lines between lines, as extracted pages have them.
    text = "".join(line + draw(st.sampled_from(("\n", "\n\n", "\n\n\n"))) for line in page.lines).rstrip("\n")
    return OutletArticle(
        text=text,
        url=page.url,
        published=article.published,
        outlet=page.outlet,
        title=title,
        dateline=page.dateline,
        license=page.license,
        boilerplate=page.boilerplate,
        paragraphs=page.paragraphs,
        article=article,
    )
