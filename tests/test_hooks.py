"""Every hookspec, exercised through the host: a test plugin answers, and the answer shows.

``tests/plugins/test_contract.py``'s ``TestHost`` checks that each hook is named in some test;
this file is where each one is called the way the host calls it.
"""

from __future__ import annotations

import types
from collections.abc import Iterable

import pytest

import newsfacts
from newsfacts.contributions import Boilerplate, Official, OutletMatch
from newsfacts.events.officials import plugin_officials
from newsfacts.lexicon import LexiconEntry
from newsfacts.models import Dateline, Span
from newsfacts.plugins import make_plugin_manager
from newsfacts.rules import Rule

TEXT = "Headline of the day\n\nBRIGADOON – Karim Dastani mused that the talks went well.\n\nZZZ chrome line ZZZ\n"


def _plugin() -> types.SimpleNamespace:
    @newsfacts.hookimpl
    def newsfacts_detect_outlet(url: str | None, text: str) -> OutletMatch | None:
        return OutletMatch("testoutlet", 0.95, "test") if "BRIGADOON" in text else None

    @newsfacts.hookimpl
    def newsfacts_find_title(text: str, outlet: str | None) -> Span | None:
        return Span(0, text.index("\n")) if outlet == "testoutlet" else None

    @newsfacts.hookimpl
    def newsfacts_find_dateline(text: str, outlet: str | None, start: int) -> Dateline | None:
        if outlet != "testoutlet" or not text.startswith("BRIGADOON –", start):
            return None
        return Dateline(place="BRIGADOON", span=Span(start, start + len("BRIGADOON –")))

    @newsfacts.hookimpl
    def newsfacts_boilerplate(outlet: str | None) -> Iterable[Boilerplate]:
        return [Boilerplate("test.chrome", r"ZZZ chrome line ZZZ", outlets=("testoutlet",))]

    @newsfacts.hookimpl
    def newsfacts_lexicon() -> Iterable[LexiconEntry]:
        return [LexiconEntry("cue", "muse", "say")]

    @newsfacts.hookimpl
    def newsfacts_rules() -> Iterable[Rule]:
        return [
            Rule(
                "test.statement.mused",
                "statement",
                pattern=r"(?P<speaker>Karim Dastani) (?P<cue>opined) "
                r"(?P<content>[^.]+)",
            )
        ]

    @newsfacts.hookimpl
    def newsfacts_officials() -> Iterable[Official]:
        return [Official("OMN.dastani", "Karim Dastani", "OMN")]

    return types.SimpleNamespace(**{k: v for k, v in locals().items() if k.startswith("newsfacts_")})


@pytest.fixture(scope="module")
def article() -> newsfacts.Article:
    pm = make_plugin_manager(plugins=[_plugin()])
    return newsfacts.extract(TEXT, plugin_manager=pm)


def test_detect_outlet_names_the_outlet(article: newsfacts.Article) -> None:
    assert article.outlet == "testoutlet"


def test_find_title_and_find_dateline_answer_for_their_outlet(article: newsfacts.Article) -> None:
    assert article.title == "Headline of the day"
    assert article.dateline is not None and article.dateline.place == "BRIGADOON"
    assert not article.body.startswith("BRIGADOON")


def test_boilerplate_patterns_are_removed(article: newsfacts.Article) -> None:
    assert "ZZZ" not in article.body
    assert [s.slice(TEXT) for s in article.boilerplate] == ["ZZZ chrome line ZZZ"]


def test_lexicon_entries_become_cues(article: newsfacts.Article) -> None:
    assert [(s.cue, s.kind) for s in article.statements] == [("mused", "say")]


def test_rules_run_beside_the_built_in_ones() -> None:
    pm = make_plugin_manager(plugins=[_plugin()])
    text = "Omani Foreign Minister Karim Dastani opined that trade grew."
    article = newsfacts.extract(text, plugin_manager=pm)
    assert any("test.statement.mused" in s.rules for s in article.statements), article.statements


def test_officials_are_contributed() -> None:
    pm = make_plugin_manager(entry_points=False, plugins=[_plugin()])
    assert [o.id for o in plugin_officials(pm)] == ["OMN.dastani"]


@pytest.mark.parametrize("url", ["[", "http://[bad", "//[::1", "a]b["])
def test_a_url_that_does_not_parse_is_no_plugin_error(url: str) -> None:
    # Found by the plugin contract's arbitrary-input property: urlsplit raises ValueError.
    assert newsfacts.extract("Iran said hello.", url=url).outlet is None
