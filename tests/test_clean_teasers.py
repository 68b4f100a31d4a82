"""clean.teaser_list: the cut openings of other stories listed under an article are the page's, not the article's."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsfacts.api import extract
from newsfacts.clean import clean_article
from newsfacts.plugins import PluginManager, get_plugin_manager

HEAD = "Iran, Peru Discuss Trade\n\n"
BODY = (
    "Foreign Minister Piet Molenaar met his Peruvian counterpart Ana Ruiz in Lima on Monday.\n\n"
    "Molenaar stressed the need to expand trade between the two countries."
)
TEASERS = (
    "Deputy Foreign Minister Luis Vega has said Peru and Chile are committed…",
    "A video has gone viral showing a shepherd trying to calm down a…",
)


@pytest.fixture(scope="module")
def pm() -> PluginManager:
    return get_plugin_manager()


@pytest.mark.parametrize("last", ["", "Hundreds of people gathered in Lima on Friday in front of the"])
def test_a_list_of_cut_teasers_under_the_article_is_removed(pm: PluginManager, last: str) -> None:
    text = HEAD + BODY + "\n\n" + "\n\n".join([*TEASERS, last] if last else TEASERS)
    c = clean_article(text, None, pm.hook)
    body = [s.slice(text) for s in c.body]
    assert body == BODY.split("\n\n")
    removed = [s.slice(text) for s in c.boilerplate]
    assert all(t in removed for t in TEASERS)
    art = extract(text, published="2024-05-06")
    assert not any("Vega" in a.name for a in art.actors)


def test_one_paragraph_ending_in_an_ellipsis_stays(pm: PluginManager) -> None:
    text = HEAD + BODY + "\n\n" + TEASERS[0]
    c = clean_article(text, None, pm.hook)
    assert [s.slice(text) for s in c.body][-1] == TEASERS[0]


def test_a_long_paragraph_ending_in_an_ellipsis_is_the_articles(pm: PluginManager) -> None:
    long = "Molenaar said the talks had gone well and " + "the two sides would meet again soon and " * 6 + "…"
    text = HEAD + BODY + "\n\n" + long + "\n\n" + TEASERS[1]
    c = clean_article(text, None, pm.hook)
    assert long in [s.slice(text) for s in c.body]


@given(
    st.lists(
        st.sampled_from([*TEASERS, *BODY.split("\n\n"), "He added that the visit was useful."]),
        min_size=1,
        max_size=5,
        unique=True,
    )
)
def test_no_paragraph_that_ends_a_sentence_is_taken_for_a_teaser(paras: list[str]) -> None:
    text = HEAD + "\n\n".join(paras)
    c = clean_article(text, None, get_plugin_manager().hook)
    body = [s.slice(text) for s in c.body]
    assert [p for p in paras if p.endswith(".")] == [p for p in body if p.endswith(".")]
    assert body
