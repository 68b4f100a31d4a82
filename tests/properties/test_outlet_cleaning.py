"""Chrome an outlet wraps around an article is removed, and no sentence of the article is."""

from __future__ import annotations

from hypothesis import given

import newsfacts
from newsfacts.testing.outlets import OutletArticle, outlet_articles


@given(outlet_articles())
def test_outlet_title_dateline_and_license_are_found(page: OutletArticle) -> None:
    article = newsfacts.extract(page.text, url=page.url, published=page.published)
    assert article.outlet == page.outlet
    assert article.title == page.title
    dateline = None if article.dateline is None else (article.dateline.place, article.dateline.agency)
    assert dateline == page.dateline
    assert article.license == page.license


@given(outlet_articles())
def test_outlet_boilerplate_is_removed_and_the_article_kept(page: OutletArticle) -> None:
    article = newsfacts.extract(page.text, url=page.url, published=page.published)
    assert tuple(s.slice(page.text) for s in article.boilerplate) == page.boilerplate
    for line in page.boilerplate:
        assert line not in article.body
    for sentence in page.article.sentences:
        assert sentence in article.body, sentence
    assert article.body == "\n\n".join(page.paragraphs)
