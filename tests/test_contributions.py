"""The helpers and data classes plugins use: hosts, boilerplate patterns, outlet claims."""

from __future__ import annotations

import pytest

from newsfacts.contributions import Boilerplate, OutletMatch, host_in, url_host


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://en.mehrnews.com/news/158201/x", "en.mehrnews.com"),
        ("HTTP://WWW.TasnimNews.com/en", "www.tasnimnews.com"),
        ("tn.ai/1500905", "tn.ai"),
        ("http://[bad", ""),
        ("", ""),
        (None, ""),
    ],
)
def test_url_host(url: str | None, host: str) -> None:
    assert url_host(url) == host


def test_host_in_takes_subdomains_but_not_lookalikes() -> None:
    hosts = ("mehrnews.com",)
    assert host_in("https://en.mehrnews.com/amp/1", hosts) == "en.mehrnews.com"
    assert host_in("https://mehrnews.com/", hosts) == "mehrnews.com"
    assert host_in("https://notmehrnews.com/", hosts) is None
    assert host_in("https://mehrnews.com.evil.org/", hosts) is None
    assert host_in(None, hosts) is None


def test_boilerplate_validates_its_pattern_and_scope() -> None:
    with pytest.raises(ValueError, match="regular expression"):
        Boilerplate("bad", "(unclosed")
    with pytest.raises(ValueError, match="scope"):
        Boilerplate("bad", "x", scope="page")
    assert Boilerplate("x", "x", outlets=["a"]).applies_to("a")
    assert not Boilerplate("x", "x", outlets=["a"]).applies_to("b")
    assert Boilerplate("x", "x").applies_to(None)


def test_outlet_match_score_is_a_probability_like_weight() -> None:
    with pytest.raises(ValueError, match="score"):
        OutletMatch("x", 1.5)


def test_has_class_matches_a_whole_class_token() -> None:
    from lxml import html

    from newsfacts.contributions import has_class

    root = html.fromstring('<div><p class="story lead">a</p><p class="story-list">b</p></div>')
    assert [p.text for p in root.xpath(f"//p[{has_class('story')}]")] == ["a"]
