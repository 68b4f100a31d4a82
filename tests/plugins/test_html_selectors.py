"""The four Iranian outlet plugins read their own page structure (``newsfacts_html_selectors``)."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest

pytest.importorskip("trafilatura", reason="needs the html extra")

from newsfacts.io.html import parse_html
from newsfacts.plugins import make_plugin_manager

PARAGRAPHS = (
    "Iran's foreign minister held talks with his Omani counterpart in Muscat on Sunday, the two sides "
    "discussing bilateral trade and the situation in the region.",
    "The two ministers stressed the need for dialogue among the neighbours of the Persian Gulf, the "
    "foreign ministry said in a statement issued after the meeting.",
    "They also agreed that a joint economic commission would convene in Tehran before the end of the year.",
)
HEADLINE = "Iranian, Omani FMs Discuss Regional Situation in Muscat"
SIDEBAR = "<aside><h3>Most Visited</h3><p>Another story that is not part of this article at all.</p></aside>"


def _paragraphs(tag: str = "p") -> str:
    return "".join(f"<{tag}>{p}</{tag}>" for p in PARAGRAPHS)


PAGES = {
    "tasnim": (
        "https://www.tasnimnews.com/en/news/2024/03/03/1/iranian-omani-fms",
        f'<article><h1 class="title">{HEADLINE}</h1><h3 class="lead">{PARAGRAPHS[0]}</h3>'
        f'<div class="story">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])}</div></article>',
        '<meta property="article:published_time" content="2024-03-03T10:15:00+03:30">',
    ),
    "mehr": (
        "https://en.mehrnews.com/news/1/Iranian-Omani-FMs",
        f'<div class="item-title"><h1>{HEADLINE}</h1></div><p class="summary">{PARAGRAPHS[0]}</p>'
        f'<div itemprop="articleBody">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])}</div>',
        '<meta itemprop="datePublished" content="2024-03-03T10:15:00+03:30">',
    ),
    "tehrantimes": (
        "https://www.tehrantimes.com/news/1/Iranian-Omani-FMs",
        f'<div class="item-title"><h2>{HEADLINE}</h2></div><p class="introtext">{PARAGRAPHS[0]}</p>'
        f'<div class="item-text">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])}</div>',
        '<meta property="article:published_time" content="2024-03-03T10:15:00+03:30">',
    ),
    "ifp": (
        "https://ifpnews.com/iranian-omani-fms",
        f'<h1 class="entry-title">{HEADLINE}</h1><div class="td-post-content">{_paragraphs()}</div>',
        '<time class="entry-date updated" datetime="2024-03-03T10:15:00+03:30">March 3</time>',
    ),
}


def _page(url: str, body: str, head: str) -> str:
    # the <title> carries a social headline and a site suffix: the selector's headline must win
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>FMs meet | Outlet</title>'
        f'<link rel="canonical" href="{url}">{head}</head><body><nav><a href="/">Home</a></nav>{body}'
        f"{SIDEBAR}<footer>All rights reserved.</footer></body></html>"
    )


@pytest.mark.parametrize("outlet", sorted(PAGES))
def test_outlet_pages_are_read_with_the_outlets_selectors(outlet: str) -> None:
    url, body, head = PAGES[outlet]
    pm = make_plugin_manager()
    assert pm.hook.newsfacts_html_selectors(url=url, html="") is not None
    page = parse_html(_page(url, body, head), url)
    assert page.title == HEADLINE
    assert page.paragraphs == PARAGRAPHS
    assert page.published == dt.date(2024, 3, 3)


@pytest.mark.parametrize("outlet", sorted(PAGES))
def test_selectors_answer_only_for_their_own_host(outlet: str) -> None:
    module = importlib.import_module(f"newsfacts_plugins.{outlet}")
    for other, (url, _, _) in PAGES.items():
        assert module.newsfacts_html_selectors(url=url, html="") == (module.HTML if other == outlet else None)
    assert module.newsfacts_html_selectors(url="https://example.org/news/1", html="") is None
    assert module.newsfacts_html_selectors(url=None, html="") is None


def test_a_redesigned_page_falls_back_to_the_general_extractor() -> None:
    url = PAGES["tasnim"][0]
    redesigned = f"<main><h1>{HEADLINE}</h1><section>{_paragraphs()}</section></main>"
    page = parse_html(_page(url, redesigned, ""), url)
    assert page.title == HEADLINE
    assert page.paragraphs == PARAGRAPHS
